# The sync conflict screen at 50x20 in Persian: a link in a donor's
# notes, followed by a full stop, broken inside it over its column's
# lines (14 cells) keeps its full stop with its last letters, «4.» by
# TBZ's star, not alone on the last line with the star, «* .», as it
# was before (the link 56 cells, four full lines, and the stop a fifth).
# The popup of both values (Enter) breaks it the same way.  A donor
# «علی‌رضا کریمی» (typed with Arabic ي and ك) whose notes TBZ gave the
# link while HQ wrote others.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'name,kind,county,address,notes\nعلي‌رضا كريمي,person,TBZ,تبریز,یادداشت اولیه\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a donor registered at TBZ reaches HQ"
link='https://hamyar.example.ir/receipts/TBZ-1/1405-09-11/1234'
printf 'id,notes\nTBZ-1,رسید: %s.\n' "$link" >"$TMP/u1.csv"
printf 'id,notes\nTBZ-1,رسید در پرونده است\n' >"$TMP/u2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/u1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/u2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "TBZ put a link and a full stop in the notes, HQ other notes; TBZ's bundle at HQ"

SCR_SIZE=50x20
scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null; scr_keys Enter
scr_wait 'https://'; ok $? "Enter opens TBZ-1, its link on the screen"
scr_settle
scr_cap >"$TMP/s"
# the fields' lines: from the notes' row to the line under them
sed -n "/$(vis 'یادداشت‌ها')/,/$(vis 'از آخرین یکسانی')/p" "$TMP/s" | sed '$d' >"$TMP/rows"
if grep -q '^ *\* *[.]* *$' "$TMP/rows"; then ok 1 "no line of the full stop alone with the star"; sed 's/^/# /' "$TMP/rows"
else ok 0 "no line of the full stop alone with the star"; fi
grep -q '\* *\.[0-9]' "$TMP/rows" || grep -q '[0-9]\. *\*' "$TMP/rows"
ok $? "the full stop with the link's last digit, by the star"
pieces=$(grep -o '[A-Za-z0-9:/.-]*' "$TMP/rows" | tr -cd 'A-Za-z0-9')
case $pieces in *"$(printf '%s' "$link" | tr -cd 'A-Za-z0-9')"*) r=0 ;; *) r=1; echo "# $pieces" ;; esac
ok $r "the link, broken inside, all of it"
# Enter on the notes: the popup, 44 cells wide
scr_keys Enter
scr_wait '┌' >/dev/null; ok $? "Enter on the notes: both values in a popup"
scr_settle
if scr_cap | grep '│' | grep -q '│ *[.] *│'; then ok 1 "... no line of the full stop alone"; scr_cap | sed 's/^/# /'
else ok 0 "... no line of the full stop alone"; fi
scr_keys Escape; scr_gone '┌' >/dev/null
scr_keys F10; scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
