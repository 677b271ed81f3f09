# A matching screen with nothing proposed says why, in Persian, when the
# donor or need itself is open: no open need of the donor's county in his
# interests; no active donor of the need's county interested in its
# category.  Before, it said only «موردی جور نشد.» and a clerk could not
# tell a fault from an empty county.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'id,kind,name,county,interests,capacity,active\nTST-40,person,زهرا نوروزی‌فر,تبريز,support,90000000,1\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "TST-40: a Tabriz donor interested in support only"
printf 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTST-41,TST-2,equipment,بی‌سیم‌های پاسگاه اهر,60000000,3,3,1403/07/01,identified\n' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "TST-41: an Ahar equipment need (no Ahar donor is interested)"

work_open "$DB"
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter
scr_type 'TST-40'; scr_wait "TST-40" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نیازهای جور با یک خیّر')"; ok $? "the needs that fit TST-40"
scr_wait "$(vis 'در شهرستان تبریز نیازی در زمینه‌های مورد علاقهٔ این خیّر')"
ok $? "none: no open need of Tabriz in his interests, it says"
scr_cap | grep -qF "$(vis 'موردی جور نشد.')"; is $? 1 "... not a bare «no matches»"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F6; scr_wait "$(vis 'از یک نیاز: خیّرین جور با آن')" >/dev/null
scr_pick 'از یک نیاز: خیّرین جور با آن'
scr_type 'TST-41'; scr_wait "TST-41" >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّرین جور با یک نیاز')"; ok $? "the donors that fit TST-41"
scr_wait "$(vis 'هیچ خیّر فعالی از شهرستان اهر')"; ok $? "none: no active donor of Ahar ..."
scr_cap | grep -qF "$(vis 'تجهیزات عمومی')"; ok $? "... interested in its category, named"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
