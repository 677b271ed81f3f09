# F2's question on a form with a warning says what the warning is, not only
# where.  The line under a field is often under the question too: a need's
# identification date at 80x24 lies behind the box, so a clerk was asked
# «هشدار در: تاریخ شناسایی. با این حال این رکورد ذخیره شود؟» with the warning
# itself («این تاریخ پس از امروز است: ...») hidden, and a yes was a yes to
# a warning not read.  Now the question lists each field warned about with
# its warning, in Persian and in English, 80x24.  HAMYAR_TODAY fixes today
# at 1405/09/09.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture: four needs"
ident() { "$HAMYAR" --db "$DB" export needs | tr -d '\r' | awk -F, -v id="$1" '$1 == id { print $10 }'; }

for lang in fa en; do
	if [ $lang = fa ]; then
		menu=$(vis 'منوی اصلی'); search=$(vis 'جست‌وجو:'); label=$(vis 'تاریخ شناسایی*:')
		ask=$(vis 'هشدار در: تاریخ شناسایی. با این حال این رکورد ذخیره شود؟')
		what=$(vis 'تاریخ شناسایی: این تاریخ پس از امروز است')
		date='۱۴۰۶/۰۲/۱۰'; quit=$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')
	else
		menu='Main menu'; search='Search:'; label='Identified on*:'
		ask='Warnings on: Identified on. Save this record anyway?'
		what='Identified on: This date is after today'
		date='1406/03/11'; quit='Discard them and go back?'
	fi
	SCR_ENV="$SCR_ENV_DEFAULT HAMYAR_TODAY=1405/09/09" scr_start "$DB" --lang $lang
	scr_wait "$menu" >/dev/null
	scr_keys 4; scr_wait "$search" >/dev/null
	scr_keys F3; scr_type TST-21; scr_wait TST-21 >/dev/null; scr_keys Enter
	scr_wait "$label" >/dev/null
	scr_keys Tab Tab Tab Tab Tab Tab Tab Tab; scr_settle
	scr_keys C-u; scr_type "$date"; scr_keys Tab
	scr_keys F2
	scr_wait "$ask" >/dev/null; ok $? "$lang: F2 asks, naming the field"
	scr_cap | grep -qF -- "$what"; ok $? "$lang: ... and the question says what the warning is"
	scr_keys n; scr_gone "$ask" >/dev/null
	is "$(ident TST-21)" 1403/02/01 "$lang: no: not saved"
	scr_keys F10; scr_wait "$quit" >/dev/null; scr_keys y
	scr_wait "$search" >/dev/null
	scr_keys F10; scr_wait "$menu" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$lang: quits"
done
done_testing
