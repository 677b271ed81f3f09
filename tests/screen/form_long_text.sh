# A text field takes a most number of characters (core_text_max): a name
# pasted over with a page was saved whole.  Now the form says, under the
# field the clerk leaves, how many characters it takes, in Persian
# digits; F2 refuses the form and nothing is saved; a name of exactly the
# limit (Persian with ZWNJ, counted in characters, not bytes) is saved.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
# n characters: "خیریهٔ مهر‌آفرین " (17, a ZWNJ inside) over and over, then ی
name() {
	awk -v n="$1" 'BEGIN { w = "خیریهٔ مهر‌آفرین "; s = "";
		for (k = 0; k + 17 <= n - 1; k += 17) s = s w;
		for (; k < n; k++) s = s "ی"; printf "%s", s }'
}
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null; ok $? "a new database"
count() { "$HAMYAR" --db "$DB" export donors --format json | grep -c '"id"'; }

SCR_SIZE=120x30; scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null; ok $? "a new donor form"
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')" >/dev/null; scr_keys Enter
scr_keys Tab; scr_type "$(name 151)"; scr_settle
scr_keys Tab; scr_settle
scr_wait "$(vis 'این خانه حداکثر ۱۵۰ نویسه می‌پذیرد')"
ok $? "leaving a name of 151 characters: the limit said under it, in Persian digits"
scr_cap | grep -qF "$(vis 'خطا: متن بیش از اندازه بلند است')"; ok $? "... as an error"
scr_keys F2
scr_wait "$(vis 'ذخیره نشد: خانه‌های دارای خطا را درست کنید')"; ok $? "F2 refuses the form"
is "$(count)" 0 "nothing is saved"
# F2 put the cursor in the name, at its end: one letter less is the limit
scr_keys BSpace; scr_keys Tab Tab Tab Tab Tab; scr_type "مرند"; scr_keys Tab; scr_settle
scr_cap | grep -qF "$(vis 'حداکثر ۱۵۰ نویسه')"; is $? 1 "a name of 150 characters: the message is gone"
scr_keys F2; scr_settle
n=0; while [ "$(count)" != 1 ] && [ $n -lt 30 ]; do sleep 0.1; n=$((n + 1)); done
is "$(count)" 1 "... and F2 saves the donor"
"$HAMYAR" --db "$DB" export donors --format json | python3 -c '
import json, sys
r = json.load(sys.stdin)["donors"][0]
assert len(r["name"]) == 150 and "\u200c" in r["name"], len(r["name"])'
ok $? "... its name whole: 150 characters, the ZWNJ kept"
done_testing
