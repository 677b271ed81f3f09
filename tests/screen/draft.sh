# The terminal goes away mid-form (tmux session killed: SIGHUP): the typing
# is kept as a draft, and the next start offers it back.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" DRF; ok $? "first start"
scr_keys Enter; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'کد ملی:')"
scr_keys Tab; scr_type 'مریم سلطانی'; scr_keys Tab	# saved as a draft on field exit
scr_type '۱۲۳۴'					# still in the field when the line drops
scr_wait '۱۲۳۴'
pid=$(pgrep -f -- "--db $DB\$" | head -n 1)
tm kill-server
n=50; while [ "$n" -gt 0 ] && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.1; n=$((n - 1)); done
[ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; ok $? "the program ends when its terminal goes away"

scr_start "$DB"
scr_wait "$(vis 'دفعهٔ پیش یک فرم ذخیره‌نشده ماند:')"; ok $? "the next start offers the unsaved form"
scr_keys y
scr_wait "$(vis 'مریم سلطانی')"; ok $? "resumed: the name typed before is back"
scr_cap | grep -qF '۱۲۳۴'; ok $? "and the half-typed national id from the moment the line dropped"
scr_type '۵'
scr_wait '۱۲۳۴۵'; ok $? "the cursor is back in the national id field: typing goes on there"
scr_keys Escape
scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; ok $? "leaving with unsaved changes asks first"
scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; ok $? "... and goes back to the donor list, as the form was opened from it"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_cap | grep -qF "$(vis 'دفعهٔ پیش یک فرم ذخیره‌نشده ماند:')"; is $? 1 "a discarded draft is not offered again"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"

# SIGTERM (shutdown): the draft is kept too, and the terminal restored.
SCR_LOG="$TMP/term.log"; : >"$SCR_LOG"
SCR_LOG=$SCR_LOG scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys Enter; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'کد ملی:')"
scr_keys Tab; scr_type 'نرگس'
scr_wait "$(vis 'نرگس')"
pid=$(pgrep -f -- "--db $DB\$" | head -n 1)
[ -n "$pid" ] && kill -TERM "$pid"
scr_wait "__EXIT__=0"; ok $? "SIGTERM: the program exits cleanly (status 0)"
tail -c 64 "$SCR_LOG" | grep -qF "$(printf '\033[8h')"; ok $? "... after putting the terminal back in implicit bidi mode"
scr_start "$DB"
scr_wait "$(vis 'دفعهٔ پیش یک فرم ذخیره‌نشده ماند:')"; ok $? "the draft is offered after SIGTERM too"
scr_keys y
scr_wait "$(vis 'نرگس')"; ok $? "with the text typed"
scr_keys Escape; scr_wait "$(vis 'بله')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10		# the list, then the menu
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"

# A draft of an existing record remembers the revision it was typed over:
# if someone saved the record meanwhile, resuming and saving is refused.
printf 'id,kind,name,county\nDRF-50,person,کاوه آهنگر,TBZ\n' >"$TMP/k1.csv"
printf 'id,kind,name,county\nDRF-50,person,کاوه آهنگر,MRG\n' >"$TMP/k2.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/k1.csv" >/dev/null 2>&1; ok $? "a donor imported"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys Enter; scr_type 'کاوه'; scr_wait 'DRF-50'; scr_keys Enter
scr_wait "$(vis 'کد ملی:')"
scr_keys Tab End; scr_type ' زاده'; scr_keys Tab
scr_wait "$(vis 'کاوه آهنگر زاده')"
tm kill-server; sleep 0.5
"$HAMYAR" --db "$DB" import donors "$TMP/k2.csv" >/dev/null 2>&1; ok $? "meanwhile someone else changes it"
scr_start "$DB"
scr_wait "$(vis 'دفعهٔ پیش یک فرم ذخیره‌نشده ماند:')"; scr_keys y
scr_wait "$(vis 'کاوه آهنگر زاده')"; ok $? "the draft of the edit is resumed"
scr_keys F2
scr_wait "$(vis 'کس دیگری در این میان')"; ok $? "saving it is refused as a conflict, not written over the other change"
"$HAMYAR" --db "$DB" export donors | grep -q 'DRF-50,person,کاوه آهنگر,.*MRG'; ok $? "the other change is kept"
scr_keys Escape; scr_wait "$(vis 'بله')"; scr_keys y
scr_keys F10; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
done_testing
