# A payment typed in the payment form (main menu 6) that takes its
# pledge's payments past the pledged amount was asked about with «هشدار
# در: مبلغ (ریال). با این حال این رکورد ذخیره شود؟» and no figure: the
# clerk could not tell by how much without leaving the form.  The need's
# pledges screen (pay_over_ask.sh) has said it since; now the form's
# question says it too: «جمع پرداخت‌ها با این یکی: ۱۱۰٬۰۰۰٬۰۰۰ ریال؛ مبلغ
# تعهد: ۱۰۰٬۰۰۰٬۰۰۰ ریال.» above the question.  Amounts typed in mixed
# digits with separators.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
ASK='هشدار در: مبلغ (ریال). با این حال این رکورد ذخیره شود؟'
FIG='جمع پرداخت‌ها با این یکی: ۱۱۰٬۰۰۰٬۰۰۰ ریال؛ مبلغ تعهد: ۱۰۰٬۰۰۰٬۰۰۰ ریال.'

work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: TST-30, a pledge of 100,000,000"
npay() { "$HAMYAR" --db "$DB" export payments | tr -d '\r' | grep -c '^TST-30,\|,TST-30,'; }

pay() {	# pay DATE AMOUNT: a new payment on TST-30 in the payment form
	scr_keys F5
	scr_wait "$(vis 'تاریخ پرداخت*:')" >/dev/null || return 1
	scr_type TST-30; scr_keys Tab
	scr_type "$1"; scr_keys Tab
	scr_type "$2"; scr_keys Tab
	scr_keys F2
}
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 6; scr_wait "$(vis 'هنوز رکوردی نیست: F5 رکورد تازه می‌سازد.')" >/dev/null
pay 1403/06/01 '۶۰٬000,٠٠٠'
scr_wait "$(vis 'جست‌وجو:')"; ok $? "a first payment of 60,000,000 is saved at once"
pay '۱۴۰۳/۰۶/۰۲' '50,000,000'
scr_wait "$(vis "$ASK")"; ok $? "a second of 50,000,000: asked, naming the amount"
scr_cap | grep -qF "$(vis "$FIG")"; ok $? "... with the payments' total and the pledged amount"
scr_keys n; scr_gone "$(vis "$ASK")"
scr_wait "$(vis 'ذخیره نشد')"; ok $? "no: not saved, the form stays"
scr_keys F2; scr_wait "$(vis "$ASK")"; ok $? "F2 again asks again"
scr_keys y; scr_wait "$(vis 'جست‌وجو:')"; ok $? "yes: saved"
is "$(npay)" 2 "two payments on TST-30"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
