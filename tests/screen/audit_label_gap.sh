# The audit screen (F8, F3 on a need) at 80x24: a field's label ends with
# a colon, so a label that fills its 20 columns is not read into the old
# value beside it.  Before, «هزینهٔ برآوردی (ریال)» stood one space from
# «(خالی)» and the two read as one phrase, «هزینهٔ برآوردی (ریال) (خالی)».
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1
printf 'id,name,county,kind,active\nTBZ-1,کلانتری ۱۲ تبریز,TBZ,station,1\n' >"$TMP/u.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null 2>&1
printf 'id,unit,category,title,urgency,impact,identified_on,status\nTBZ-2,TBZ-1,equipment,خودروی گشت‌زنی,3,3,1405/01/10,identified\n' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null 2>&1
printf 'id,estimated_cost\nTBZ-2,500000000\n' >"$TMP/n2.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n2.csv" >/dev/null 2>&1; ok $? "a need, then its estimated cost set"
row_of() { scr_cap | grep -F -- "$1" | tail -n 1; }
# F10 until the main menu (the search's list, then the log)
to_menu() { for i in 1 2 3; do scr_cap | head -n 1 | grep -qF -- "$1" && break; scr_keys F10; scr_settle; done; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F8
scr_wait "$(vis 'گزارش تغییرات')" >/dev/null; scr_settle
scr_keys F3; scr_settle; scr_type 'TBZ-2'; scr_keys Enter
scr_wait "$(vis '۵۰۰٬۰۰۰٬۰۰۰')" >/dev/null; scr_settle
r=$(row_of "$(vis '۵۰۰٬۰۰۰٬۰۰۰')")
printf '%s\n' "$r" | grep -qF "$(vis 'هزینهٔ برآوردی (ریال):')"; ok $? "fa: the cost's label ends with a colon" || printf '# %s\n' "$r"
printf '%s\n' "$r" | grep -qF "$(vis 'هزینهٔ برآوردی (ریال) (خالی)')"; is $? 1 "... not read into «(خالی)»"
r=$(row_of "$(vis 'خودروی گشت‌زنی')")
printf '%s\n' "$r" | grep -qF "$(vis 'عنوان:')"; ok $? "... a short label too, «عنوان:»"
to_menu "$(vis 'منوی اصلی')"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys F8
scr_wait "Changes" >/dev/null; scr_settle
scr_keys F3; scr_settle; scr_type 'TBZ-2'; scr_keys Enter
scr_wait "500,000,000" >/dev/null; scr_settle
r=$(row_of "500,000,000")
case $r in *"Estimated cost…: "*) ok 0 "en: the label, cut to its 20 columns, ends with a colon" ;; *) ok 1 "en: the label, cut to its 20 columns, ends with a colon"; printf '# %s\n' "$r" ;; esac
to_menu "Main menu"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
