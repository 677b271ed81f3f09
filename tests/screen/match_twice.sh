# A pledge made from the matching screen (Enter, then F2) by a donor who
# already has a pledge on the need, not cancelled, is asked about before it
# is written: «خیّر ... پیش‌تر تعهد ... را برای نیاز ... داده است»; «n»
# writes nothing and says so, «y» writes it.  A donor whose only pledge on
# the need was cancelled is not asked.  Before, the same match taken again
# (the next day, or by a second person at HQ) wrote a second pledge of the
# donor's whole capacity without a word, and the need's gap fell twice.
# The amount asked about is his free capacity: his capacity less what his
# pledge already takes of it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
# TST-21 (equipment, 80,000,000): the foundation TST-11 has pledged
# 20,000,000; the steel company TST-10 pledged and cancelled.
{
	echo 'donor,need,type,amount,pledged_on,status'
	echo 'TST-11,TST-21,equipment,20000000,1403/05/01,pledged'
	echo 'TST-10,TST-21,equipment,10000000,1403/05/02,cancelled'
} >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null; ok $? "two pledges on TST-21"
npledges() { "$HAMYAR" --db "$DB" export pledges | tr -d '\r' | grep -c ",TST-21,"; }
is "$(npledges)" 2 "TST-21 has two pledges"

# the donors of TST-21, best first, as the screen lists them
order=$("$HAMYAR" --db "$DB" match need TST-21 | awk '{print $1}')
pos() { printf '%s\n' "$order" | grep -n "^$1\$" | head -n 1 | cut -d: -f1; }
[ -n "$(pos TST-11)" ] && [ -n "$(pos TST-10)" ]; ok $? "both donors fit TST-21 ($(echo $order))"
# walk from the first row to donor $1 and press Enter
choose() {
	scr_keys Home; _n=$(( $(pos "$1") - 1 ))
	while [ "$_n" -gt 0 ]; do scr_keys Down; _n=$((_n - 1)); done
	scr_keys Enter
}
ASKED=$(vis 'خیّر TST-11 پیش‌تر تعهد')

work_open "$DB"
scr_keys F6
scr_wait "$(vis 'از یک نیاز: خیّرین جور با آن')" >/dev/null
scr_keys Down Enter
scr_type 'دوربین'; scr_wait "TST-21" >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّرین جور با یک نیاز')"; ok $? "the donors that fit TST-21"

choose TST-11
scr_wait "$(vis 'تعهد تازه از خیّر TST-11')"; ok $? "Enter on TST-11 shows the pledge it would make"
scr_wait "$(vis 'را برای همین نیاز داده است: F2 پیش از ثبت تعهدی دیگر')"
ok $? "... saying that he already has one on TST-21 and that F2 will ask"
scr_cap | grep -qF "$(vis 'F2 آن را ثبت می‌کند.')"; is $? 1 "... not that F2 simply records it"
scr_keys F2; scr_wait "$(vis 'مبلغ (ریال)')" >/dev/null; scr_keys Enter	# the amount proposed kept
scr_wait "$ASKED"; ok $? "F2: TST-11 already has a pledge on TST-21, and is asked whether to record another"
scr_cap | grep -qF "$(vis "تعهد دیگری")"; ok $? "... in Persian, as a question"
# his free capacity: 50,000,000 less the 20,000,000 of his pledge, unpaid
scr_cap | grep -qF "$(vis "۳۰٬۰۰۰٬۰۰۰ ریال ثبت شود؟")"; ok $? "... naming the amount it would record (his free capacity, less than the gap)"
scr_keys n
scr_wait "$(vis 'تعهدی ثبت نشد.')"; ok $? "«n»: it says no pledge was recorded"
is "$(npledges)" 2 "... and none was"

choose TST-11
scr_wait "$(vis 'تعهد تازه از خیّر TST-11')" >/dev/null
scr_keys F2; scr_wait "$(vis 'مبلغ (ریال)')" >/dev/null; scr_keys Enter	# the amount proposed kept
scr_wait "$ASKED" >/dev/null; scr_keys y
scr_wait "$(vis 'ثبت شد')"; ok $? "«y»: the second pledge is recorded"
is "$(npledges)" 3 "... and stored"

# a cancelled pledge is no pledge: TST-10 is not asked
if [ -n "$(pos TST-10)" ] && scr_cap | grep -qF "TST-10"; then
	order=$("$HAMYAR" --db "$DB" match need TST-21 | awk '{print $1}')	# as they stand now
	choose TST-10
	scr_wait "$(vis 'F2 آن را ثبت می‌کند.')" >/dev/null
	scr_keys F2; scr_wait "$(vis 'مبلغ (ریال)')" >/dev/null; scr_keys Enter	# the amount proposed kept
	scr_wait "$(vis 'ثبت شد')"; ok $? "TST-10, whose pledge was cancelled, records without a question"
	scr_cap | grep -qF "$(vis 'خیّر TST-10 پیش‌تر')"; is $? 1 "... and was not asked"
	is "$(npledges)" 4 "... and it is stored"
else
	ok 1 "TST-10 is still offered for TST-21"; scr_cap | sed 's/^/# | /'
fi
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
