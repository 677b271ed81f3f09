# The dashboard of a database whose needs are all rejected: no county row
# (rejected needs count nowhere, as in the report), and the screen says
# that the needs recorded are all rejected, not that none was recorded.
# An empty database still says none was recorded.  In Persian and English.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
E="$TMP/e"
"$HAMYAR" --db "$E" init --station TBZ >/dev/null 2>&1
work_open "$E"
scr_wait "$(vis 'هنوز نیازی ثبت نشده است.')"; ok $? "empty database: no needs recorded yet"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null 2>&1
printf 'kind,name,county\nstation,کلانتری ۱۱ تبریز,TBZ\npost,پاسگاه بستان‌آباد,BST\n' >"$TMP/u.csv"
cat >"$TMP/n.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-1,space,بازسازی ساختمان کلانتري,2500000000,5,4,1403/12/30,rejected
TBZ-2,equipment,دوربین‌های نظارتی,۹۰۰٬۰۰۰٬۰۰۰,2,2,1399/12/30,rejected
CSV
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null
ok $? "fixture: two needs, both rejected"
tm kill-server >/dev/null 2>&1
work_open "$DB"
scr_wait "$(vis 'نیازی برای نشان دادن نیست: نیازهای ثبت‌شده همه ردشده‌اند.')"
ok $? "fa: the needs recorded are all rejected"
scr_cap | grep -qF "$(vis 'هنوز نیازی ثبت نشده است.')"; is $? 1 "fa: not 'no needs recorded yet'"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

tm kill-server >/dev/null 2>&1
scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "No needs to show: the needs recorded are all rejected."; ok $? "en: all rejected"
scr_keys F1; scr_wait "Help" >/dev/null; scr_settle
# (the help's lines joined: the sentences run across them)
help=$(scr_cap | sed -n 's/^ *│ *\(.*[^ ]\) *│.*$/\1/p' | tr '\n' ' ')
case "$help" in *"Rejected and deactivated needs are left out with their pledges"*) r=0 ;; *) r=1 ;; esac
ok $r "en: F1 says which needs are left out ..."
case "$help" in *"and so are the open needs of a unit marked inactive (a done one counts)"*) r=0 ;; *) r=1 ;; esac
ok $r "... and the open needs of an inactive unit, a done one counted"
case "$help" in *"and pledges cancelled, deactivated or on no need, as in 'hamyar report'"*) r=0 ;; *) r=1 ;; esac
ok $r "... and which pledges, as in the report"
scr_keys Escape; scr_settle
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done_testing
