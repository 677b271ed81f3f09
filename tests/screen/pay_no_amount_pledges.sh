# A payment recorded on a need's pledges screen (F5) on a material pledge
# that names no amount (equipment given in kind) was recorded without a
# word.  Now it asks, as for a payment past its pledge, saying the pledge
# names no amount, so the payment cannot be checked against it; no
# records nothing, yes records it.  The payment form and import payments
# say the same (pay_no_amount.sh).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
ASK='با این حال این پرداخت ثبت شود؟'
WHY='در مشارکتِ این پرداخت مبلغی تعهد نشده است'

work_fixture "$DB"
printf 'id,donor,need,type,in_kind,pledged_on,status\nTST-30,TST-12,TST-22,equipment,ایزوگام و قیرِ بامِ پاسگاه (۲۰۰ متر),1403/05/01,pledged\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null
ok $? "fixture: TST-30, an equipment pledge in kind on TST-22, no amount"
paid_on() { "$HAMYAR" --db "$DB" export payments | tr -d '\r' | awk -F, -v p="$1" '$2 == p { n++ } END { print n + 0 }'; }

pay() {
	scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت (سال/ماه/روز):')" >/dev/null; scr_keys Enter
	scr_wait "$(vis 'مبلغ (ریال):')" >/dev/null; scr_keys C-u; scr_type '۲٬۰۰۰٬۰۰۰'; scr_keys Enter
	scr_wait "$(vis 'شمارهٔ رسید:')" >/dev/null; scr_keys Enter
}
work_open "$DB"
work_need_pledges
scr_wait "$(vis 'پرداخت‌های تعهد TST-30')"; ok $? "the pledges screen, TST-30 selected"
pay
scr_wait "$(vis "$ASK")"; ok $? "2,000,000 on it: asks whether to record it anyway"
scr_cap | grep -qF "$(vis "$WHY")"; ok $? "... saying the pledge names no amount"
scr_keys n; scr_gone "$(vis "$ASK")"
is "$(paid_on TST-30)" 0 "no: nothing stored"
pay
scr_wait "$(vis "$ASK")"; ok $? "asked again"
scr_keys y; scr_gone "$(vis "$ASK")"
scr_wait "$(vis 'پرداخت ثبت شد')"; ok $? "yes: the payment is recorded"
is "$(paid_on TST-30)" 1 "one payment stored"
work_pledges_quit; ok $? "the program quits cleanly"
done_testing
