# The needs' list on a 132-column terminal (an HQ user over SSH): its
# category column was held at the width of the longest category,
# «تأمین هزینه‌های خدماتی و امنیتی» (30 cells), while the needs in view
# were all «اطلاعاتی» (8): the titles and units beside it were cut with
# «…».  The category is now a column of text, as a pledge's type is: as
# wide as the widest in view (or its heading), the rest to the titles.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ستاد استان' >/dev/null; ok $? "init"
cat >"$TMP/units.csv" <<'CSV'
id,kind,name,county
TBZ-2,station,فرماندهی انتظامی بستان‌آباد,BST
TBZ-3,station,کلانتری ۱۱ اهر,AHR
CSV
cat >"$TMP/needs.csv" <<'CSV'
id,unit,category,title,estimated_cost,urgency,impact,identified_on,status,active
TBZ-20,TBZ-2,information,آموزش همیاران کلانتری ۱۱ اهر,120000000,4,3,1405/01/10,approved,1
TBZ-21,TBZ-3,information,شبکهٔ اطلاع‌رسانی محله‌های اهر,90000000,3,3,1405/02/01,identified,1
CSV
for k in units needs; do
	"$HAMYAR" --db "$DB" import $k "$TMP/$k.csv" >/dev/null; ok $? "import $k"
done
SCR_SIZE=132x43
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 4
scr_wait "TBZ-21"; ok $? "the needs' list at 132 columns"
scr_settle
scr_cap | grep -qF "$(vis 'زمینهٔ مشارکت')"; ok $? "it shows the category column"
scr_cap | grep -qF "$(vis 'آموزش همیاران کلانتری ۱۱ اهر')"
r=$?; ok $r "a long title is whole, not cut beside a half-empty category column"
[ $r -eq 0 ] || scr_cap | sed -n '1,5s/^/# /p'
scr_cap | grep -qF "$(vis 'فرماندهی انتظامی بستان‌آباد')"
ok $? "... and its unit's name too"
scr_cap | grep -q '…'; ok $((1 - $?)) "nothing on the list is cut"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
