# A payment's receipt number typed wrong, corrected from the need's
# pledges screen (Tab to the payments, Enter: its form; the last digits
# typed again, with a Persian digit among them; F2): the form closes onto
# the tables, which show the new number, and the note line says it was
# saved, naming the payment («ذخیره شد: TBZ-5.»), as a list says a save.
# Before, the form closed with no word, the clerk left to compare digits
# to know whether the correction was kept.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null 2>&1
printf 'kind,name,county\nother,پليس راه تبریز,TBZ\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTBZ-1,equipment,خرید بی‌سیم‌های دستی,120000000,4,3,1405/08/01,assessed\n' >"$TMP/n.csv"
printf 'name,kind,county\nزهرا عبدالله‌زاده,person,TBZ\n' >"$TMP/d.csv"
printf 'donor,need,type,amount,pledged_on\nTBZ-3,TBZ-2,equipment,80000000,1405/08/05\n' >"$TMP/p.csv"
printf 'pledge,paid_on,amount,receipt\nTBZ-4,1405/08/10,50000000,TBZ/12346\n' >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null 2>&1
ok $? "pledge TBZ-4 and its payment TBZ-5, receipt TBZ/12346 (should be TBZ/12345)"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 4
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F7
scr_wait "$(vis 'مراحل و وضعیت')" >/dev/null; scr_keys F7
scr_wait "$(vis 'تعهدها و پرداخت‌ها')"; ok $? "the need's pledges"
scr_keys Tab Enter
scr_wait "$(vis 'شمارهٔ رسید:')"; ok $? "Tab, Enter: the payment's form"
scr_keys Tab Tab Tab BSpace BSpace; scr_type '۴5'; scr_keys F2
scr_wait "$(vis 'تعهدها و پرداخت‌ها')"; ok $? "F2 saves, back on the need's pledges"
scr_wait "$(vis 'ذخیره شد: TBZ-5.')" 3; ok $? "... which say the payment was saved, naming it"
"$HAMYAR" --db "$DB" export payments | tr -d '\r' | grep -q '^TBZ-5,.*,TBZ/12345,'; ok $? "stored with receipt TBZ/12345"
scr_keys Down; scr_settle
scr_cap | grep -qF "$(vis 'ذخیره شد')"; ok $? "... the note stays while the clerk moves on"
scr_keys F10; scr_wait "$(vis 'مراحل و وضعیت')" >/dev/null
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
