# The matching screen at 80x24 fits and proposes a donor's FREE capacity:
# his capacity less the unpaid part of his open pledges.  From a donor the
# head line says both («توان مالی: X، آزاد: Y ریال»), from a need the rows
# have a column for each, and Enter proposes at most the free capacity
# («همهٔ توان مالی آزاد خیّر»).  A donor whose pledges take all of his
# capacity is still listed, but proposed no amount: the preview says why
# and F2 records nothing; one whose free capacity changed between Enter
# and F2 (a payment recorded elsewhere) is not written.  Before, the
# screen proposed «همهٔ توان مالی خیّر», his whole capacity, whatever he
# had pledged elsewhere.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
# TST-11 (capacity 50,000,000) pledged 20,000,000 on TST-21, 5,000,000 of
# it paid: 15,000,000 open, 35,000,000 free.  TST-40 (10,000,000, typed
# with an Arabic yeh and kaf) pledged all of it on TST-20, unpaid.
printf 'id,kind,name,county,interests,capacity,active\nTST-40,person,علی‌رضا كريمي,TBZ,equipment,10000000,1\n' >"$TMP/d.csv"
printf 'id,donor,need,type,amount,pledged_on,status\nTST-50,TST-11,TST-21,equipment,20000000,1403/05/01,pledged\nTST-51,TST-40,TST-20,space,10000000,1403/05/02,pledged\n' >"$TMP/p.csv"
printf 'pledge,paid_on,amount\nTST-50,1403/05/20,5000000\n' >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null 2>&1 &&
    "$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null 2>&1
ok $? "TST-40, two pledges and a payment"
npledges() { "$HAMYAR" --db "$DB" export pledges | tr -d '\r' | grep -c ",TST-21,"; }
row_has() { scr_cap | grep -F -- "$1" | grep -qF -- "$2"; }

work_open "$DB"
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter
scr_type 'TST-11'; scr_wait "TST-11" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نیازهای جور با یک خیّر')"; ok $? "the needs that fit TST-11"
scr_cap | sed -n 2p | grep -qF "$(vis 'توان مالی: ۵۰٬۰۰۰٬۰۰۰، آزاد: ۳۵٬۰۰۰٬۰۰۰ ریال')"
ok $? "the head line: his capacity, 50,000,000, and what is free of it, 35,000,000"
scr_keys Enter
scr_wait "$(vis 'تعهد تازه از خیّر TST-11')"; ok $? "Enter: the pledge TST-11 would make on TST-21"
scr_cap | grep -qF "$(vis 'مبلغ: ۳۵٬۰۰۰٬۰۰۰ ریال (همهٔ توان مالی آزاد خیّر، کمتر از کسری نیاز).')"
ok $? "... of his free capacity, 35,000,000, less than the gap, said so"
scr_cap | grep -qF "$(vis '۵۰٬۰۰۰٬۰۰۰ ریال (همهٔ توان مالی')"; is $? 1 "... not his whole capacity"
# meanwhile another session records 5,000,000 more paid on his pledge:
# 40,000,000 free now, and F2 does not write the 35,000,000 shown
printf 'pledge,paid_on,amount\nTST-50,1403/06/20,5000000\n' >"$TMP/y2.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/y2.csv" >/dev/null 2>&1; ok $? "another session: 5,000,000 more paid"
before=$(npledges)
scr_keys F2
scr_wait "$(vis 'توان مالی آزاد خیّر TST-11 در این میان')"; ok $? "F2: his free capacity changed meanwhile, it says"
scr_cap | grep -qF "$(vis '۴۰٬۰۰۰٬۰۰۰ ریال است.')"; ok $? "... and what it is now"
is "$(npledges)" "$before" "... and nothing was recorded"
scr_wait "$(vis 'مبلغ: ۴۰٬۰۰۰٬۰۰۰ ریال')"; ok $? "the preview now proposes 40,000,000"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null

# from the need: both figures for each donor
scr_keys F6; scr_wait "$(vis 'از یک نیاز: خیّرین جور با آن')" >/dev/null
scr_pick 'از یک نیاز: خیّرین جور با آن'
scr_type 'TST-21'; scr_wait "TST-21" >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّرین جور با یک نیاز')"; ok $? "the donors that fit TST-21"
scr_settle
scr_cap | grep -F "$(vis 'توان مالی')" | grep -qF "$(vis 'آزاد')"; ok $? "a column for capacity and one for free"
row_has TST-11 "۴۰٬۰۰۰٬۰۰۰"; ok $? "TST-11: 40,000,000 free"
row_has TST-11 "۵۰٬۰۰۰٬۰۰۰"; ok $? "... of 50,000,000"
row_has TST-10 "۵۰۰٬۰۰۰٬۰۰۰"; ok $? "TST-10: his 500,000,000, nothing pledged"
row_has TST-40 "۱۰٬۰۰۰٬۰۰۰"; ok $? "TST-40, with nothing free, is still listed with his capacity"
row_has TST-40 "$(vis 'علی‌رضا کریمی')"; ok $? "... and his name, whole at 80 columns"
row_has TST-40 "۰٫۰۰"; ok $? "... fitting nothing (0.00)"
ids_in_order TST-10 TST-11 TST-40; ok $? "in the order of fit: TST-40 last"
expect=$("$HAMYAR" --db "$DB" match need TST-21 | awk '{print $1}')
# shellcheck disable=SC2086
ids_in_order $expect; ok $? "as hamyar match need lists them ($(echo $expect))"
scr_keys End Enter
scr_wait "$(vis 'تعهد تازه از خیّر TST-40')"; ok $? "Enter on TST-40"
scr_cap | grep -qF "$(vis 'بی‌مبلغ: تعهدهای باز خیّر همهٔ توان مالی او را گرفته‌اند.')"; ok $? "... no amount: his open pledges take all of his capacity"
scr_cap | grep -qF "$(vis 'F2 چیزی ثبت نمی‌کند')"; ok $? "... and F2 records nothing, it says"
scr_cap | grep -qF "$(vis 'F2 آن را ثبت می‌کند.')"; is $? 1 "... not that F2 records it"
before=$(npledges)
scr_keys F2
scr_wait "$(vis 'چیزی ثبت نشد: خیّر TST-40 توان مالی آزاد ندارد')"; ok $? "F2: nothing recorded, and why"
is "$(npledges)" "$before" "... and no pledge is stored"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null

# from TST-40: his need listed, the reason said under it
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter
scr_type 'TST-40'; scr_wait "TST-40" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نیازهای جور با یک خیّر')"; ok $? "the needs that fit TST-40"
scr_cap | sed -n 2p | grep -qF "$(vis 'توان مالی: ۱۰٬۰۰۰٬۰۰۰، آزاد: ۰ ریال')"; ok $? "the head line: nothing free"
scr_cap | grep -qF "TST-21"; ok $? "TST-21 still listed"
scr_cap | grep -qF "$(vis 'خیّر TST-40 توان مالی آزاد ندارد')"; ok $? "... with the reason no money is proposed"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
