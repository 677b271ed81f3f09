# A receipt number is shown by README's digit rule for codes: the digits a
# `-`, `/` or `.` joins to Latin letters stay ASCII («TBZ/12346»,
# «AB12-3456»), a Latin word's too («فیش B2B ۷۷»), and a number alone is
# in the screen's digits («۱۲۳۴۶»): on the pledges screen, in the payments'
# list, in a payment's form and in `hamyar audit`; `export` writes it as
# typed.  Before, the screens turned every digit of it Persian,
# «TBZ/۱۲۳۴۶» and «AB۱۲-۳۴۵۶», where `hamyar audit` wrote «TBZ/12346»:
# one code in two spellings, and neither TBZ-12 nor ABC-123 is shown so.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: need TST-22 with pledge TST-30"
{
	echo 'pledge,paid_on,amount,receipt'
	echo 'TST-30,1403/07/12,40000000,TBZ/12346'
	echo 'TST-30,1403/07/20,10000000,۱۲۳۴۶'
	echo 'TST-30,1403/07/21,1000000,فیش B2B 77'
	echo 'TST-30,1403/07/22,2000000,AB12-3456'
} >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/p.csv" >/dev/null; ok $? "four payments: codes with Latin letters, a number alone"
"$HAMYAR" --db "$DB" export payments | tr -d '\r' | cut -d, -f5 | sed 1d | tr '\n' ' ' >"$TMP/x"
is "$(cat "$TMP/x")" "TBZ/12346 12346 فیش B2B 77 AB12-3456 " "export: as typed, in ASCII digits"

work_pledges "$DB"; ok $? "the pledges of need TST-22"
scr_wait "$(vis 'پرداخت‌های تعهد TST-30')" >/dev/null
row_has '۱۴۰۳/۰۷/۱۲' 'TBZ/12346'; ok $? "pledges screen: TBZ/12346 with its ASCII digits"
row_has '۱۴۰۳/۰۷/۲۰' '۱۲۳۴۶'; ok $? "... a number alone in Persian digits"
# (a receipt's cell is laid out left to right, as a code is)
row_has '۱۴۰۳/۰۷/۲۱' "$(printf 'فیش B2B ۷۷\n' | "$HAMYAR" layout --dir ltr)"; ok $? "... a Latin word's digits as written, the number's Persian"
row_has '۱۴۰۳/۰۷/۲۲' 'AB12-3456'; ok $? "... AB12-3456 as written"
scr_cap | grep -qF -e 'TBZ/۱' -e 'AB۱' -e 'B۲B'; is $? 1 "... no code's digit turned Persian"
work_pledges_quit; ok $? "back out"

# the payments' list (main menu 6), and a payment's form from it
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 6
scr_wait "$(vis 'جست‌وجو:')"
scr_wait 'TBZ/12346'; ok $? "payments' list: TBZ/12346 with its ASCII digits"
row_has 'AB12-3456' '۲٬۰۰۰٬۰۰۰'; ok $? "... AB12-3456 on its row"
row_has '۱۲۳۴۶' '۱۰٬۰۰۰٬۰۰۰'; ok $? "... ۱۲۳۴۶ in Persian digits on its row"
scr_cap | grep -qF -e 'TBZ/۱' -e 'AB۱'; is $? 1 "... no code's digit turned Persian"
scr_type 'TBZ'; scr_settle
scr_keys Enter
scr_wait "$(vis 'شمارهٔ رسید:')"; ok $? "the payment's form"
row_has "$(vis 'شمارهٔ رسید:')" 'TBZ/12346'; ok $? "the payment's form: TBZ/12346 with its ASCII digits"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"

# hamyar audit writes them alike (it did before)
"$HAMYAR" --db "$DB" audit >"$TMP/a"
holds "$(cat "$TMP/a")" '"TBZ/12346"' "audit: TBZ/12346"
holds "$(cat "$TMP/a")" '"۱۲۳۴۶"' "audit: ۱۲۳۴۶"
done_testing
