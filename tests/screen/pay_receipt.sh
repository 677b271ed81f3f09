# A payment's receipt number is often the bank slip's whole reference (the
# slip's number, the bank and branch): on a need's pledges screen it is
# shown whole when the row has room for it, and one wider than its column
# is cut with an ellipsis, as every cut text is.  Before, the screen kept
# only its first 63 bytes (about 30 Persian letters), cut without a sign
# (and possibly inside a letter), though the row had room for the rest: a
# clerk checking a slip against it read a wrong number.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: need TST-22 with pledges TST-30 and TST-31"
R1='فيش ۱۲۳۴۵/الف - بانك ملّی شعبه‌ی مركزی تبريز كد 0042'
R2='واریز نقدی به حساب ۰۱۰۸۷۶۵۴۳۲۰۰۹ بانک ملی شعبهٔ مرکزی تبریز، کد شعبه ۰۰۴۲، به دست آقای احمدی‌نژاد'
printf 'pledge,paid_on,amount,receipt\nTST-30,1403/07/12,40000000,%s\nTST-30,1403/07/20,10000000,%s\n' \
    "$R1" "$R2" >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/p.csv" >/dev/null; ok $? "two payments with long receipt numbers"

work_pledges "$DB"; ok $? "the pledges of need TST-22"
scr_wait "$(vis 'پرداخت‌های تعهد TST-30')"
whole=$(vis 'فیش ۱۲۳۴۵/الف - بانک ملی شعبه‌ی مرکزی تبریز کد ۰۰۴۲')
scr_cap | grep -F '۱۴۰۳/۰۷/۱۲' | grep -qF -- "$whole"
ok $? "a receipt of 48 letters, which the row has room for, is shown whole"
row=$(scr_cap | grep -F '۱۴۰۳/۰۷/۲۰')
case $row in *"…"*) r=0 ;; *) r=1 ;; esac
ok $r "one wider than its column is cut with an ellipsis"
case $row in *"$(vis 'واریز نقدی به حساب')"*) r=0 ;; *) r=1 ;; esac
ok $r "... keeping its first words"
work_pledges_quit; ok $? "back out, and the program ends"
done_testing
