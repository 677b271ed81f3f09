# A Tabriz clerk's pledges' list holds his donors' pledges on other
# counties' needs, whose titles he is not told: the need's cell says so in
# words that fit its column at 80 columns, «شهرستانی دیگر».  Before, the
# caption «پرونده‌ای از شهرستانی دیگر» was cut in its middle to
# «پرونده‌ای…دیگر» ("a record…other") on every such row, saying nothing.
# His own county's need keeps its title; the Ahar need's title is not
# shown.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
scr_second_uid
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'id,donor,need,type,amount,pledged_on\nTST-30,TST-10,TST-22,space,25000000,1403/05/03\nTST-31,TST-11,TST-21,equipment,۱۵٬۰۰۰٬۰۰۰,1403/05/04\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null
ok $? "Tabriz donors pledge to an Ahar need (TST-30 on TST-22) and a Tabriz one (TST-31 on TST-21)"
scr_nobody_user clerk TBZ "a Tabriz clerk"
OTHER=$(vis 'شهرستانی دیگر')

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 5
scr_wait TST-31; ok $? "the clerk's pledges' list"
row_has TST-30 "$OTHER"; ok $? "TST-30's need: «شهرستانی دیگر», whole"
scr_cap | grep -qF "$(vis 'پرونده‌ای')"; is $? 1 "... no «پرونده‌ای…دیگر» cut"
scr_cap | grep -qF "$(vis 'سقف')"; is $? 1 "... and the Ahar need's title (تعمیر سقف پاسگاه) is not shown"
row_has TST-31 "$(vis 'دوربین مداربسته')"; ok $? "TST-31's need, of Tabriz: its title"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
