# F2 pressed in a reference box holding a name typed (a pledge's donor
# typed «نيكوكاري» with an Arabic ي and ك): the one record the name finds is
# taken and shown, and that F2 does not save, so that no record is taken
# unseen (the name's last word is a prefix: «علی» alone takes «علیرضا …»
# when he is the only one).  The next F2 saves.  Tab, which shows the
# record as it takes it, is not stopped.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import needs /dev/stdin >/dev/null <<'CSV'
id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status
TST-24,TST-2,costs,تجهیز اتاق مخابرات,"۹۰٬۰۰۰٬۰۰۰",3,3,500,1403/04/01,assessed
CSV
ok $? "fixture: TST-24, estimated at 90,000,000"
of_donor() { "$HAMYAR" --db "$DB" export pledges | tr -d '\r' | awk -F, -v d="$1" '$2 == d { k++ } END { print k + 0 }'; }
before=$(of_donor TST-11)

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 5
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'تاریخ تعهد*:')"; ok $? "a new pledge's form"
scr_keys Tab; scr_type TST-24; scr_keys Tab
scr_keys Space; scr_wait "$(vis 'تأمین هزینه‌های خدماتی و امنیتی')" >/dev/null
scr_pick 'تأمین هزینه‌های خدماتی و امنیتی'
scr_gone '┌' >/dev/null; scr_keys Tab
scr_type 60000000; scr_keys Tab PgUp
scr_type 'نيكوكاري'; scr_keys F2
scr_wait "$(vis 'هنوز ذخیره نشد')"; ok $? "F2 in the donor's box holding a name: not saved yet"
scr_cap | grep -qF -- "$(vis 'نیکوکاری مهر')"; ok $? "... the donor it found named"
scr_cap | grep -qF 'TST-11'; ok $? "... with his id"
is "$(of_donor TST-11)" "$before" "... and no pledge written"
scr_keys F2
scr_wait "$(vis 'جست‌وجو:')"; ok $? "the next F2 saves"
is "$(of_donor TST-11)" $((before + 1)) "... one pledge more of TST-11"

# Tab takes it as before, and F2 then saves at once (on another need:
# a second pledge of his on TST-24 would be asked about, pledge_again.sh)
scr_keys F5; scr_wait "$(vis 'تاریخ تعهد*:')" >/dev/null
scr_type 'نيكوكاري'; scr_keys Tab; scr_wait 'TST-11' >/dev/null
scr_type TST-21; scr_keys Tab
scr_keys Space; scr_wait "$(vis 'تجهیزات عمومی')" >/dev/null
scr_pick 'تجهیزات عمومی'
scr_gone '┌' >/dev/null; scr_keys Tab
scr_type 10000000; scr_keys F2
scr_wait "$(vis 'جست‌وجو:')"; ok $? "a name taken by Tab: F2 saves at once"
is "$(of_donor TST-11)" $((before + 2)) "... two pledges more of TST-11"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
