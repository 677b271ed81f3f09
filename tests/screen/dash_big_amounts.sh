# The dashboard with amounts in the hundreds of trillions of rials (SPEC §4
# allows up to 10^15 a need; a county's sum is larger): every gap is shown
# whole, on the county rows and on the top-ranked needs, not cut to
# "۱٬۹۹۹٬۹۹۹٬۹۹۹٬۹۹۹…" or "۱۲۳٬۴۵۶٬۷۸۹٬۰۱۲٬۳…" by a column 18 cells wide,
# which reads as a smaller figure.  The bars make room.  At 80x24, in
# Persian and in English.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null 2>&1
printf 'kind,name,county\nstation,کلانتری ۱۱ تبریز,TBZ\npost,پاسگاه مراغه,MRG\n' >"$TMP/u.csv"
# TBZ-3, TBZ-4 in Tabriz (999,999,999,999,999 each, with a mistyped Arabic
# yeh and kaf), TBZ-5 in Maragheh (123,456,789,012,345, in Persian digits).
cat >"$TMP/n.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-1,space,ساختمان فرماندهي انتظامي,999999999999999,5,5,1403/12/30,approved
TBZ-1,space,مجتمع آموزشي كلانتری‌ها,999999999999999,4,4,1403/01/01,approved
TBZ-2,equipment,بالگرد امداد,۱۲۳٬۴۵۶٬۷۸۹٬۰۱۲٬۳۴۵,5,5,1404/01/01,approved
CSV
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null
ok $? "fixture: two needs of 999,999,999,999,999 rials in Tabriz, one of 123,456,789,012,345 in Maragheh"
# bar_row_has NAME TEXT: the county row of NAME (the one with a bar, not
# the selected county's figures under the rows) holds TEXT.
bar_row_has() { scr_cap | grep '[█▓░]' | grep -F -- "$1" | grep -qF -- "$2"; }

work_open "$DB"
scr_wait "$(vis 'نیازهای دارای بالاترین اولویت')" >/dev/null
bar_row_has "$(vis 'تبریز')" "۱٬۹۹۹٬۹۹۹٬۹۹۹٬۹۹۹٬۹۹۸"; ok $? "fa: Tabriz's gap whole on its row"
bar_row_has "$(vis 'مراغه')" "۱۲۳٬۴۵۶٬۷۸۹٬۰۱۲٬۳۴۵"; ok $? "fa: Maragheh's gap whole on its row"
bar_row_has "$(vis 'تبریز')" "░"; ok $? "fa: Tabriz's bar still there"
row_has "TBZ-5" "۱۲۳٬۴۵۶٬۷۸۹٬۰۱۲٬۳۴۵"; ok $? "fa: the top-ranked need TBZ-5 with its gap whole"
row_has "TBZ-3" "۹۹۹٬۹۹۹٬۹۹۹٬۹۹۹٬۹۹۹"; ok $? "fa: TBZ-3 with its gap whole"
row_has "TBZ-3" "$(vis 'ساختمان فرماندهی انتظامی')"; ok $? "fa: ... and its title"
scr_cap | grep -q '…'; is $? 1 "fa: nothing on the dashboard is cut"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

tm kill-server >/dev/null 2>&1
scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Top-ranked needs" >/dev/null
bar_row_has "Tabriz" "1,999,999,999,999,998"; ok $? "en: Tabriz's gap whole on its row"
bar_row_has "Maragheh" "123,456,789,012,345"; ok $? "en: Maragheh's gap whole on its row"
row_has "TBZ-5" "123,456,789,012,345"; ok $? "en: TBZ-5's gap whole"
scr_cap | grep -q '…'; is $? 1 "en: nothing on the dashboard is cut"
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done_testing
