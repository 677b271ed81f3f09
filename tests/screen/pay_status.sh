# A payment typed in the payment form (main menu 6), not on a need's
# pledges screen, still brings its pledge's status along: partial after a
# part is paid, fulfilled once the amount is reached; and a pledge made in
# the pledge form starts as "pledged" rather than with no status at all.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"

work_fixture "$DB"; ok $? "fixture"
"$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null; ok $? "pledges imported"
status_of() { "$HAMYAR" --db "$DB" export pledges | tr -d '\r' | awk -F, -v id="$1" '$1 == id { print $(NF - 1) }'; }	# status, before active
is "$(status_of TST-30)" pledged "TST-30 (100,000,000 rials) starts pledged"

pay() {	# pay PLEDGE DATE AMOUNT: a new payment in the payment form
	scr_keys F5
	scr_wait "$(vis 'تاریخ پرداخت*:')" || return 1
	scr_type "$1"; scr_keys Tab
	scr_type "$2"; scr_keys Tab
	scr_type "$3"; scr_keys Tab
	scr_keys F2
	scr_wait "$(vis 'جست‌وجو:')"
}
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
scr_keys 6
scr_wait "$(vis 'هنوز رکوردی نیست: F5 رکورد تازه می‌سازد.')"; ok $? "the payment list"
pay TST-30 1403/06/01 40000000; ok $? "a payment of 40,000,000 on TST-30 is saved"
is "$(status_of TST-30)" partial "TST-30 is now partly paid"
pay TST-30 1403/06/02 60000000; ok $? "a second payment of 60,000,000"
is "$(status_of TST-30)" fulfilled "TST-30 is now fulfilled"

scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys 5; scr_wait "TST-30"
scr_keys F5; scr_wait "$(vis 'تاریخ تعهد*:')"
scr_type TST-10; scr_keys Tab Tab
scr_keys Space; scr_wait "$(vis 'تجهیزات عمومی')"; scr_keys Down Enter
scr_keys Tab; scr_type 5000000; scr_keys Tab Tab Tab
scr_type 1403/07/01; scr_keys F2
scr_wait "$(vis 'جست‌وجو:')"; ok $? "a new pledge saved in the pledge form"
new=$("$HAMYAR" --db "$DB" export pledges | tr -d '\r' | awk -F, '$2 == "TST-10" { print $(NF - 1) }')
is "$new" pledged "it is pledged, not without a status"

# The status a clerk may pick in the pledge form: partial and fulfilled
# follow the payments (the store sets them), so the menu does not offer
# them where they would be silently undone on saving.
scr_keys F5; scr_wait "$(vis 'تاریخ تعهد*:')"
scr_keys Tab Tab Tab Tab Tab Tab Tab Space
scr_wait "$(vis 'لغوشده') │"; ok $? "a new pledge's status menu offers cancelled"
scr_cap | grep -qF "$(vis 'تعهدشده') │"; ok $? "... and pledged"
scr_cap | grep -qF "$(vis 'ایفاشده') │"; is $? 1 "... not fulfilled, which only payments make"
scr_cap | grep -qF "$(vis 'بخشی ایفاشده') │"; is $? 1 "... nor partly fulfilled"
scr_keys Escape; sleep 0.8; scr_keys F10
scr_wait "$(vis 'جست‌وجو:')"
scr_type TST-30; scr_wait TST-30; scr_keys Enter
scr_wait "$(vis 'تاریخ تعهد*:')"
scr_keys Tab Tab Tab Tab Tab Tab Tab Space
scr_wait "$(vis 'لغوشده') │"; ok $? "the fulfilled pledge's status menu offers cancelled"
scr_cap | grep -qF "$(vis 'ایفاشده') │"; ok $? "... and its own status, fulfilled"
scr_cap | grep -qF "$(vis 'تعهدشده') │"; is $? 1 "... not pledged, which its payments would undo"
done_testing
