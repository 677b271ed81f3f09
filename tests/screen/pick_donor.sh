# A clerk typing a payment knows the donor, not the pledge's id: in the
# pledge picker of the payment form (F4) the donor's name finds the
# donor's pledges (any word of it, with Arabic ي/ك typed, the part after
# a ZWNJ), and so does the need's title; the id still does, in Persian
# digits too.  The pledge picked by the donor's name is the one the
# payment is saved on.  The payments list is searched the same way.  The
# headings of the picker, empty, stay apart.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

"$HAMYAR" --db "$DB" init --station TBZ --name "ایستگاه تبریز" >/dev/null; ok $? "init"
printf 'kind,name,county\nstation,کلانتری ۱۲ تبریز,TBZ\n' >"$TMP/u.csv"	# TBZ-1
printf 'kind,name,county\nperson,مریم احمدی‌نژاد,TBZ\nperson,علی کریمی,TBZ\nperson,زهرا نوروزی‌فر,TBZ\n' >"$TMP/d.csv"	# TBZ-2..4
printf 'unit,category,title,estimated_cost,urgency,impact,population,identified_on,status
TBZ-1,equipment,دوربین مداربسته,80000000,3,3,4000,1403/02/01,identified
TBZ-1,space,ساخت اتاق نگهبانی,300000000,5,4,12000,1403/01/15,approved
' >"$TMP/n.csv"	# TBZ-5, TBZ-6
printf 'donor,need,type,amount,pledged_on,status
TBZ-2,TBZ-5,equipment,20000000,1403/05/01,pledged
TBZ-3,TBZ-6,space,50000000,1403/05/02,pledged
TBZ-4,TBZ-6,space,15000000,1403/05/03,pledged
' >"$TMP/p.csv"	# TBZ-7 (احمدی‌نژاد), TBZ-8 (کریمی), TBZ-9 (نوروزی‌فر)
for k in units:u donors:d needs:n pledges:p; do
	"$HAMYAR" --db "$DB" import "${k%%:*}" "$TMP/${k#*:}.csv" >/dev/null || break
done; ok $? "a unit, three donors, two needs and three pledges imported"

# the ids on the rows of the popup (not its search line)
rows() { scr_cap | sed -n '/┌/,/└/p' | sed '1,3d' | grep -o 'TBZ-[0-9]*' | sort | tr '\n' ' '; }
search() {	# search TEXT: the search emptied (Esc on an empty one closes it), TEXT typed
	scr_keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace \
	    BSpace BSpace BSpace BSpace BSpace BSpace
	scr_type "$1"; sleep 0.5
}

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 6
scr_wait "$(vis 'هنوز رکوردی نیست: F5 رکورد تازه می‌سازد.')"; ok $? "the payment list"
scr_keys F5; scr_wait "$(vis 'پرداخت: تازه')"
scr_keys F4; scr_wait "$(vis 'انتخاب: مشارکت')"; ok $? "F4 opens the pledge picker"
scr_wait "TBZ-9"; is "$(rows)" "TBZ-7 TBZ-8 TBZ-9 " "it lists the three pledges"
search 'کریمی'
scr_gone "TBZ-7"; scr_wait "TBZ-8"; is "$(rows)" "TBZ-8 " "the donor's family name finds his pledge"
search 'كريمي'
scr_wait "TBZ-8"; is "$(rows)" "TBZ-8 " "... typed with an Arabic kaf and yeh too"
search 'نژاد'
scr_gone "TBZ-8"; scr_wait "TBZ-7"; is "$(rows)" "TBZ-7 " "the part after the ZWNJ of احمدی‌نژاد"
search 'زهرا نوروزیفر'
scr_gone "TBZ-7"; scr_wait "TBZ-9"; is "$(rows)" "TBZ-9 " "first name and family name, the ZWNJ left out"
search 'نگهبانی'
scr_gone "TBZ-7"; scr_wait "TBZ-8"; is "$(rows)" "TBZ-8 TBZ-9 " "the need's title finds the two pledges for it"
search '۷'
scr_gone "TBZ-8"; scr_wait "TBZ-7"; is "$(rows)" "TBZ-7 " "the id's number in Persian digits"
search 'رضایی'
scr_gone "TBZ-7"; is "$(rows)" "" "a donor with no pledge: none"
# the headings of the empty list stay apart, two cells between them (a
# QA pass saw them run together; guarded here); the amount among them, a
# pledge's first column after its id (pledge_narrow.sh), its date and
# its status last (pick_pledge_status.sh, pick_pledge_fit.sh)
scr_cap | sed -n '/┌/,/└/p' | sed -n 3p | grep -qF "$(vis 'خیّر  نیاز  مبلغ (ریال)  تاریخ تعهد  وضعیت')"
ok $? "the empty picker's headings: two cells between each"
search 'مریم'
scr_wait "TBZ-7"; scr_keys Enter
scr_gone "$(vis 'انتخاب: مشارکت')"
scr_settle; scr_cap | grep -F "$(vis 'مشارکت*:')" | grep -qF "TBZ-7"
ok $? "Enter picks مریم احمدی‌نژاد's pledge, TBZ-7, for the payment"
scr_keys Tab; scr_type 1403/06/01; scr_keys Tab; scr_type 5000000; scr_keys Tab F2
scr_wait "$(vis 'جست‌وجو:')"; ok $? "the payment is saved"
pledge=$("$HAMYAR" --db "$DB" export payments | tr -d '\r' | awk -F, 'NR == 2 { print $2 }')
is "$pledge" "TBZ-7" "on TBZ-7, the pledge of مریم احمدی‌نژاد"
# the payments list: by the donor of the payment's pledge
scr_type 'کریمی'; sleep 0.5
scr_wait "$(vis 'چیزی یافت نشد.')"; ok $? "the payments list: no payment of کریمی"
search 'احمدی'
scr_wait "TBZ-10"; ok $? "... and احمدی finds the payment made on her pledge"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quit"
done_testing
