# What Enter on a match shows is what F2 records, each record named: the
# donor (id and name), the need (id and title), a NEW pledge with its
# amount and where the amount comes from (the donor's capacity, the
# need's gap), its type and its date; in Persian and in English.  Before,
# it read «تعهد TST-11 برای نیاز TST-21: ...», which a clerk took for
# pledge TST-11, an existing one.  F2 then says which pledge it recorded
# for which donor and need; Esc leaves a chosen match without writing.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
# a donor typed with Arabic yeh and kaf and a ZWNJ, capacity not recorded
printf 'id,kind,name,county,interests,active\nTST-40,person,علی‌رضا كريمي,TBZ,equipment,1\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "TST-40, no capacity recorded"
npledges() { "$HAMYAR" --db "$DB" export pledges | tr -d '\r' | grep -c ",TST-21,"; }
TODAY=$("$HAMYAR" date g2j "$(date +%F)" | "$HAMYAR" text digits-fa)
row_has() { scr_cap | grep -F -- "$1" | grep -qF -- "$2"; }

work_open "$DB"
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter
scr_type 'TST-11'; scr_wait "TST-11" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نیازهای جور با یک خیّر')"; ok $? "the needs that fit TST-11"
scr_keys Enter
scr_wait "$(vis 'تعهد تازه از خیّر TST-11  بنیاد نیکوکاری مهر')"
ok $? "Enter: a new pledge, of donor TST-11 named (his Arabic yeh shown as Persian)"
scr_cap | grep -qF "$(vis 'برای نیاز TST-21  دوربین مداربسته')"; ok $? "... to need TST-21, its title"
scr_cap | grep -qF "$(vis 'مبلغ: ۵۰٬۰۰۰٬۰۰۰ ریال (همهٔ توان مالی آزاد خیّر، کمتر از کسری نیاز).')"
ok $? "... its amount: the donor's whole free capacity, less than the gap, said so"
scr_cap | grep -qF "$(vis "نوع مشارکت: تجهیزات عمومی؛ تاریخ تعهد: $TODAY.")"; ok $? "... its type and today's date"
scr_cap | grep -qF "$(vis 'F2 آن را ثبت می‌کند.')"; ok $? "... and that F2 records it"
scr_cap | grep -qF "$(vis 'تعهد TST-11')"; is $? 1 "the donor's id is nowhere read as a pledge's («تعهد TST-11»)"
is "$(npledges)" 0 "nothing is recorded by Enter"
scr_keys F2; scr_wait "$(vis 'مبلغ (ریال)')" >/dev/null; scr_keys Enter	# the amount proposed kept
scr_wait "$(vis 'ثبت شد: خیّر TST-11، نیاز TST-21، ۵۰٬۰۰۰٬۰۰۰ ریال.')"
ok $? "F2: the pledge recorded is named, with its donor, need and amount"
is "$("$HAMYAR" --db "$DB" export pledges | tr -d '\r' | grep ',TST-11,TST-21,' | cut -d, -f5)" 50000000 "... and stored so"

# from the need: a donor with no capacity gets the whole gap left, said so
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F6; scr_wait "$(vis 'از یک نیاز: خیّرین جور با آن')" >/dev/null
scr_pick 'از یک نیاز: خیّرین جور با آن'
scr_type 'TST-21'; scr_wait "TST-21" >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّرین جور با یک نیاز')"; ok $? "the donors that fit TST-21"
scr_keys Home
n=$("$HAMYAR" --db "$DB" match need TST-21 | awk '{print $1}' | grep -n '^TST-40$' | cut -d: -f1)
while [ "${n:-1}" -gt 1 ]; do scr_keys Down; n=$((n - 1)); done
scr_keys Enter
scr_wait "$(vis 'تعهد تازه از خیّر TST-40  علی‌رضا کریمی')"; ok $? "Enter on TST-40: his name as stored (ی ک)"
scr_cap | grep -qF "$(vis 'مبلغ: ۳۰٬۰۰۰٬۰۰۰ ریال (همهٔ کسری نیاز؛ توان مالی خیّر ثبت نشده است).')"
ok $? "... the whole gap left, his capacity not being recorded"
# Esc leaves with the match chosen, writing nothing
before=$(npledges)
scr_keys Escape
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; ok $? "Esc goes back to the dashboard"
is "$(npledges)" "$before" "... recording nothing"
# the head of a donor whose capacity is not recorded says so (was «-»)
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter
scr_type 'TST-40'; scr_wait "TST-40" >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّر TST-40  توان مالی ثبت نشده  علی‌رضا کریمی')"; ok $? "TST-40's head: capacity not recorded"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"

# the same in English
scr_start "$DB" --lang en
scr_wait 'Main menu' >/dev/null; scr_keys 0; scr_wait 'Needs by county' >/dev/null
scr_keys F6; scr_wait 'From a donor' >/dev/null; scr_keys Enter
scr_type 'TST-10'; scr_wait "TST-10" >/dev/null; scr_keys Enter
scr_wait 'Needs for a donor'; ok $? "English: the needs that fit TST-10"
n=$("$HAMYAR" --db "$DB" match donor TST-10 | awk '{print $1}' | grep -n '^TST-21$' | cut -d: -f1)
while [ "${n:-1}" -gt 1 ]; do scr_keys Down; n=$((n - 1)); done
scr_keys Enter
scr_wait 'New pledge from donor TST-10'; ok $? "... Enter: a new pledge from donor TST-10"
scr_cap | grep -qF 'to need TST-21'; ok $? "... to need TST-21"
scr_cap | grep -q "Amount 30,000,000 rials\{0,1\} (the whole gap, within the donor's free capacity)\."
ok $? "... the gap left, within his capacity"
scr_cap | grep -qF "Type "; ok $? "... its type and date"
scr_cap | grep -qF 'F2 records it.'; ok $? "... and that F2 records it"
scr_keys F10; scr_wait 'Needs by county' >/dev/null
scr_keys F10; scr_wait 'Main menu' >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
