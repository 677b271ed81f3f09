# A payment on a need's pledges screen (F5) that takes the pledge's
# payments past the pledged amount asks a question that says what yes
# does and by how much: «... بیشتر می‌شود.» then «جمع پرداخت‌ها با این
# یکی: ۱۱۰٬۰۰۰٬۰۰۰ ریال؛ مبلغ تعهد: ۱۰۰٬۰۰۰٬۰۰۰ ریال.» and «با این حال این
# پرداخت ثبت شود؟».  Before, the clerk read the bare warning, a
# statement, over yes and no, with no figure and no word of what either
# would do.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
ASK='با این حال این پرداخت ثبت شود؟'
FIG='جمع پرداخت‌ها با این یکی: ۱۱۰٬۰۰۰٬۰۰۰ ریال؛ مبلغ تعهد: ۱۰۰٬۰۰۰٬۰۰۰ ریال.'

work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: TST-30 pledges 100,000,000"
printf 'pledge,paid_on,amount\nTST-30,1403/06/01,40000000\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/p.csv" >/dev/null; ok $? "40,000,000 paid on it"
paid_on() { "$HAMYAR" --db "$DB" export payments | tr -d '\r' | awk -F, -v p="$1" '$2 == p { n++ } END { print n + 0 }'; }

pay70() {
	scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت (سال/ماه/روز):')" >/dev/null; scr_keys Enter
	scr_wait "$(vis 'مبلغ (ریال):')" >/dev/null; scr_keys C-u; scr_type '70000000'; scr_keys Enter
	scr_wait "$(vis 'شمارهٔ رسید:')" >/dev/null; scr_type "${1-}"; scr_keys Enter
}
work_open "$DB"
work_need_pledges
scr_wait "$(vis 'پرداخت‌های تعهد TST-30')"; ok $? "the pledges screen, TST-30 selected"
pay70 'فيش ۷۷'		# a receipt typed with the Arabic yeh
scr_wait "$(vis 'جمع پرداخت‌های این تعهد')"; ok $? "70,000,000 more: the warning"
scr_cap | grep -qF "$(vis "$ASK")"; ok $? "... asks whether to record the payment anyway"
scr_cap | grep -qF "$(vis "$FIG")"; ok $? "... with the payments' total and the pledged amount"
scr_keys n; scr_gone "$(vis "$ASK")"
is "$(paid_on TST-30)" 1 "no: nothing more stored"
# no: the amount asked again, holding what was typed, as the payment's
# form goes back to it; the date and the receipt typed are kept (before,
# no threw the three answers away, their draft too)
scr_wait "$(vis 'مبلغ (ریال):')"; ok $? "... the amount asked again"
scr_cap | grep -qF "$(vis '۷۰٬۰۰۰٬۰۰۰')"; ok $? "... holding the 70,000,000 typed"
scr_keys C-u; scr_type '۶۰٬۰۰۰٬۰۰۰'; scr_keys Enter
scr_wait "$(vis 'پرداخت ثبت شد')"; ok $? "60,000,000, the rest: recorded without a question"
is "$(paid_on TST-30)" 2 "two payments stored"
"$HAMYAR" --db "$DB" export payments | tr -d '\r' | grep -q '^[^,]*,TST-30,.*,60000000,فیش 77,'
ok $? "... of 60,000,000, with the receipt typed before the no"
pay70
scr_wait "$(vis "$ASK")"; ok $? "70,000,000 more: asked"
scr_keys y; scr_gone "$(vis "$ASK")"
scr_wait "$(vis 'پرداخت ثبت شد')"; ok $? "yes: the payment is recorded"
is "$(paid_on TST-30)" 3 "three payments stored"
work_pledges_quit; ok $? "the program quits cleanly"
done_testing
