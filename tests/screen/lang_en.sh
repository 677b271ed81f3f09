# The English interface (--lang en) as a person reads it: figures in ASCII
# digits unless the user chose Persian ones (the menu's counts, the
# dashboard's sums, a form's amount and date), as the English report page
# has them; the Persian interface keeps Persian digits by default.  The
# status line names the station as English says it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null 2>&1
printf 'id,kind,name,county\nTST-1,station,کلانتری ۱۲ تبریز,TBZ\n' >"$TMP/u.csv"
printf 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status\n%s\n' \
    'TST-20,TST-1,equipment,خرید خودرو,1250000000,5,5,1000,1403/01/15,approved' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "a unit and a need"

fa_digits() { scr_cap | grep -q '[۰۱۲۳۴۵۶۷۸۹]'; }

scr_start "$DB" --lang en
scr_wait "Main menu"; ok $? "the English main menu"
scr_cap | grep -q "4\. Need (1)"; ok $? "its items are numbered and counted in ASCII digits"
fa_digits; r=$?; [ $r -ne 0 ]; ok $? "... and no Persian digit is on the screen"
[ $r -ne 0 ] || scr_cap | sed 's/^/# | /'
scr_cap | grep -q "User: $(id -un) (Administrator)   Station: TST   Keyboard: EN"; ok $? "the status line says Station, not Work station (and the role)"
scr_keys 0
scr_wait "Needs by county"; ok $? "the dashboard"
scr_cap | grep -q "1,250,000,000"; ok $? "... the estimated cost grouped with commas"
fa_digits; r=$?; [ $r -ne 0 ]; ok $? "... no Persian digit on the dashboard"
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys 4; scr_wait "TST-20" >/dev/null; scr_keys Enter
scr_wait "Need TST-20"; ok $? "the need's form"
scr_cap | grep -q "1403/01/15"; ok $? "... its date in ASCII digits"
scr_cap | grep -q "1,250,000,000"; ok $? "... its amount grouped in ASCII digits"
scr_keys F10; scr_wait "Records:" >/dev/null; scr_keys F10; scr_wait "Main menu" >/dev/null

# the user's own choice of Persian digits is kept, in English too
scr_keys F9; scr_wait "Digits: ASCII (switch to Persian)"; ok $? "F9 says the digits are ASCII"
scr_keys Down; scr_keys Enter
scr_wait "Need (۱)"; ok $? "switched to Persian digits"
scr_keys F10; sleep 0.5
scr_start "$DB" --lang en
scr_wait "Need (۱)"; ok $? "the choice holds at the next start"
scr_keys F9; scr_wait "Digits: Persian (switch to ASCII)" >/dev/null
scr_keys Down; scr_keys Enter
scr_wait "Need (1)"; ok $? "and back to ASCII"
scr_keys F10; sleep 0.5

# the Persian interface: Persian digits by default
DB2="$TMP/db2"
"$HAMYAR" --db "$DB2" init --station TST >/dev/null 2>&1
"$HAMYAR" --db "$DB2" import units "$TMP/u.csv" >/dev/null &&
"$HAMYAR" --db "$DB2" import needs "$TMP/n.csv" >/dev/null
scr_start "$DB2"
scr_wait "$(vis 'نیاز (۱)')"; ok $? "the Persian menu counts in Persian digits"

done_testing
