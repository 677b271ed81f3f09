# A form whose F2 is refused keeps what was typed, on the screen and in its
# draft, on purpose: a line dropped after the refusal loses nothing, and
# the draft, written once the checks have run, names the field the
# refusal put the cursor on.  Esc's yes deletes it: the next new form of
# the kind is not offered it.  On damage nothing is written: F2 refused
# on a sum read short wrote the draft into the damaged database (F2
# wrote it before any check), and so did each field left after it.
# Before: the draft of a form killed after the refusal named the field the
# cursor was in at F2, not the one to put right (check 7), and the
# short-sum refusal, the field left after it and the dropped line each
# wrote to the damaged copy (checks 18, 19, 21).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/d"
cursor_y() { tm display -p -t main '#{cursor_y}'; }
row_of() { scr_cap | grep -nF -- "$1" | head -n 1 | cut -d: -f1 | awk '{ print $1 - 1 }'; }
gone() {	# gone: the program of this test has ended (its tmux killed)
	n=50; while [ "$n" -gt 0 ] && pgrep -f -- "--db $1\$" >/dev/null; do sleep 0.1; n=$((n - 1)); done
	! pgrep -f -- "--db $1\$" >/dev/null
}
OFFER="$(vis 'دفعهٔ پیش یک فرم ذخیره‌نشده ماند:')"

"$HAMYAR" --db "$DB" init --station TST --name 'ایستگاه آزمون' >/dev/null &&
printf 'name,kind,national_id,county\n%s\n' 'مریم رضایی‌نژاد,person,0012345679,TBZ' >"$TMP/d.csv" &&
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a donor with national id 0012345679 (TST-1)"

# a new donor whose national id is TST-1's, his name typed with Arabic
# yeh and kaf and a ZWNJ
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 1
scr_wait 'TST-1' >/dev/null; scr_keys F5
scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')" >/dev/null; scr_keys Enter
scr_keys Tab; scr_type 'علي‌رضا کاظمي'; scr_keys Tab
scr_type '۰۰۱۲۳۴۵۶۷۹'; scr_keys Tab Tab		# on to the mobile
scr_keys F2
scr_wait "$(vis 'ذخیره نشد: خانه‌های دارای خطا را درست کنید: کد ملی، شهرستان.')"
ok $? "F2 refused: the status names the national id and the county"
nid=$(row_of "$(vis 'کد ملی:')")
is "$(cursor_y)" "$nid" "... the cursor put on the national id"
pid=$(pgrep -f -- "--db $DB\$" | head -n 1)
[ -n "$pid" ] && kill -KILL "$pid"; gone "$DB"; ok $? "the program killed after the refusal (no SIGHUP)"
tm kill-server 2>/dev/null

scr_start "$DB"
scr_wait "$OFFER"; ok $? "the next start offers the refused form: nothing typed is lost"
scr_cap | grep -qF "$(vis 'علی‌رضا کاظمی')"; ok $? "... named by the name typed"
scr_keys y; scr_wait "$(vis 'علی‌رضا کاظمی')" >/dev/null; scr_settle
is "$(cursor_y)" "$(row_of "$(vis 'کد ملی:')")" "... resumed in the field the refusal named, the national id"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; ok $? "Esc, yes: the typing given up, back on the donors"
scr_keys F5; scr_wait "$(vis 'کد ملی:')"; ok $? "F5: a new donor's form"
scr_cap | grep -qF "$OFFER"; is $? 1 "... offered no draft of the donor given up"
scr_cap | grep -qF "$(vis 'کاظمی')"; is $? 1 "... and empty"
scr_keys Escape; scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
tm kill-server 2>/dev/null

# Damage: the payments' table cut short, payment TST-50's pledge's sum read
# short at F2
work_short_copies
. "$HAMYAR_SRC/tests/screen/short.inc"
scr_start "$Y"; scr_wait 'منوی اصلی' >/dev/null
scr_keys 6; scr_wait 'رکوردها:' >/dev/null; scr_keys Enter; scr_wait 'پرداخت TST-50' >/dev/null
scr_keys Tab Tab C-u; scr_type '۹۰٬۰۰۰٬۰۰۰'; scr_keys Tab; scr_settle	# the amount, left: a draft
sum0=$(md5sum <"$Y/data.mdb")
scr_keys F2; scr_settle
flat | grep -qF 'ذخیره نشد: جمعی که این رکورد با آن سنجیده می‌شود شاید کمتر از واقع باشد'
ok $? "F2 on the damaged copy: not saved, a sum may be short"
is "$(md5sum <"$Y/data.mdb")" "$sum0" "... and nothing written to it, not even a draft"
scr_keys Tab; scr_settle
is "$(md5sum <"$Y/data.mdb")" "$sum0" "a field left after it writes no draft either"
tm kill-server; gone "$Y"; ok $? "the line drops"
is "$(md5sum <"$Y/data.mdb")" "$sum0" "... and the program ends writing nothing"
scr_start "$Y"
scr_wait 'دفعهٔ پیش یک فرم ذخیره‌نشده ماند:' >/dev/null; ok $? "the draft of the field left before F2 is offered: nothing lost"
scr_keys y; scr_wait '۹۰٬۰۰۰٬۰۰۰' >/dev/null; ok $? "... the amount typed back"
done_testing
