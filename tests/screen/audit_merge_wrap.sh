# A conflict merged field by field names, on the audit screen (F8), the
# fields each side gave as one sentence; with many of them it goes on over
# the rows it needs, at 80 columns and laid out again at 50.  Before, one
# row cut at its end («... زمینه‌های علاقه‌مندی، توان مشارک…»), the last
# fields lost.  HQ changes five fields of «مریم یوسفی‌پور», TBZ her name
# (typed with an Arabic yeh) and her notes.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
new_tbz1; ok $? "TBZ registers TBZ-1, which reaches HQ"
printf 'id,mobile,phone,address,capacity,interests\nTBZ-1,09141110000,04133334444,تبریز، خیابان امام، کوچهٔ 12,50000000,equipment\n' >"$TMP/h.csv"
printf 'id,notes,name\nTBZ-1,یادداشت خیّر قدیمی,مريم یوسفی‌پور نیک\n' >"$TMP/t.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/h.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both change TBZ-1 apart; TBZ's bundle at HQ"
"$HAMYAR" --db "$Q" sync resolve TBZ-1 merge >/dev/null; ok $? "HQ merges it field by field"
MINE='فیلدهای این پایگاه: تلفن همراه، تلفن، نشانی، زمینه‌های علاقه‌مندی، توان مشارکت (ریال)'
"$HAMYAR" --db "$Q" audit --id TBZ-1 | grep -qxF "  $MINE"; ok $? "hamyar audit: «$MINE»"

# the rows of the screen from the one starting the sentence, joined
sentence() {
	scr_cap | awk -v s="$(vis 'فیلدهای این پایگاه:')" 'index($0, s) { on = 1 } on && n < 4 { print; n++ }'
}
scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F8; scr_wait "$(vis 'گزارش تغییرات')" >/dev/null; scr_keys End; scr_settle
scr_wait "$(vis 'فیلدهای این پایگاه: تلفن همراه')"; ok $? "F8: the fields from here, at 80 columns"
sentence | grep -qF "$(vis '(ریال)')"; ok $? "... to the last one's end, «توان مشارکت (ریال)»"
sentence | grep -qF '…'; is $? 1 "... nothing cut"
scr_cap | grep -qF "$(vis 'فیلدهای نسخهٔ دیگر: نام، یادداشت‌ها')"; ok $? "... then the other's, «نام، یادداشت‌ها»"
tm resize-window -t main -x 50 -y 24; sleep 0.5; scr_settle
n=0; while [ $n -lt 40 ] && ! scr_cap | grep -qF "$(vis 'فیلدهای این پایگاه:')"; do scr_keys Up; n=$((n + 1)); done
scr_settle
sentence | grep -qF "$(vis 'زمینه‌های علاقه‌مندی')" && sentence | grep -qF "$(vis '(ریال)')"
ok $? "at 50 columns: over more rows, every field there"
sentence | grep -qF '…'; is $? 1 "... nothing cut"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
