# A pledge's payments are judged together: a second payment that takes
# them past the pledged amount is warned about like one large payment, in
# the payment form (main menu 6), on a need's pledges screen, and by
# `import payments`.  Before, each payment was compared with the whole
# pledge alone: 40,000,000 then 70,000,000 on a pledge of 100,000,000 were
# saved without a word, the pledge "fulfilled" and 10,000,000 too many
# counted as received.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
OVER='با این پرداخت، جمع پرداخت‌های این تعهد از مبلغ تعهدشده بیشتر می‌شود'
OVER_PART='جمع پرداخت‌های این تعهد'	# the start of the warning, on one line when it wraps

work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: TST-30 pledges 100,000,000"
paid_on() { "$HAMYAR" --db "$DB" export payments | tr -d '\r' | awk -F, -v p="$1" '$2 == p { n++ } END { print n + 0 }'; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
scr_keys 6
scr_wait "$(vis 'هنوز رکوردی نیست: F5 رکورد تازه می‌سازد.')"; ok $? "the payment list"
pay() {	# pay PLEDGE DATE AMOUNT: a new payment in the payment form, F2
	scr_keys F5
	scr_wait "$(vis 'تاریخ پرداخت*:')" || return 1
	scr_type "$1"; scr_keys Tab
	scr_keys C-u; scr_type "$2"; scr_keys Tab
	scr_type "$3"; scr_keys Tab
	scr_keys F2
}
pay TST-30 1403/06/01 40000000
scr_wait "$(vis 'جست‌وجو:')"; ok $? "40,000,000 on TST-30 is saved at once"
pay TST-30 1403/06/02 '۷۰٬۰۰۰٬۰۰۰'
scr_wait "$(vis "$OVER_PART")"; ok $? "70,000,000 more is warned about: the payments would pass the pledge"
scr_wait "$(vis 'با این حال این رکورد ذخیره شود؟')" >/dev/null
ok $? "... and not saved by the first F2"
is "$(paid_on TST-30)" 1 "only the first payment is stored"
scr_keys n; scr_gone "$(vis 'با این حال این رکورد ذخیره شود؟')" >/dev/null	# «no»: on the amount
scr_keys C-u; scr_type '60000000'; scr_keys Tab F2
scr_wait "$(vis 'جست‌وجو:')"; ok $? "60,000,000, the rest, is saved at once"
is "$(paid_on TST-30)" 2 "two payments stored"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"

# The need's pledges screen: TST-30 is paid in full, so a payment more asks
# first; TST-31 (15,000,000) takes 15,000,000 without a question.
work_open "$DB"
work_need_pledges
scr_wait "$(vis 'پرداخت‌های تعهد TST-30')"; ok $? "the pledges screen, TST-30 selected"
scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت (سال/ماه/روز):')"; scr_keys Enter
scr_wait "$(vis 'مبلغ (ریال):')"; scr_keys C-u; scr_type '5000000'; scr_keys Enter
scr_wait "$(vis 'شمارهٔ رسید:')"; scr_keys Enter
scr_wait "$(vis "$OVER_PART")"; ok $? "a payment on a pledge paid in full asks first"
scr_keys n
scr_gone "$(vis "$OVER_PART")"
scr_wait "$(vis 'مبلغ (ریال):')"; ok $? "answered no: the amount asked again, as the form goes back to it"
is "$(paid_on TST-30)" 2 "... nothing stored"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null; scr_keys y	# given up
scr_gone "$(vis 'مبلغ (ریال):')"
scr_keys Down; scr_wait "$(vis 'پرداخت‌های تعهد TST-31')"
scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت (سال/ماه/روز):')"; scr_keys Enter
scr_wait "$(vis 'مبلغ (ریال):')"; scr_keys Enter		# the 15,000,000 proposed
scr_wait "$(vis 'شمارهٔ رسید:')"; scr_keys Enter
scr_wait "$(vis 'پرداخت ثبت شد؛ تعهد TST-31: ایفاشده')"; ok $? "TST-31's whole amount is taken without a question"
work_pledges_quit; ok $? "the program quits cleanly"

# import: the rows of one file add up with each other and with what is stored
printf 'pledge,paid_on,amount\nTST-31,1403/07/01,1000\n' >"$TMP/y1.csv"
out=$("$HAMYAR" --db "$DB" import payments "$TMP/y1.csv" 2>&1)
holds "$out" "$OVER" "import: a payment on a pledge paid in full is warned about"
"$HAMYAR" --db "$DB" import pledges /dev/stdin >/dev/null <<'EOF'
id,donor,need,type,amount,pledged_on,status
TST-40,TST-12,TST-22,space,100000000,1403/05/01,pledged
EOF
printf 'pledge,paid_on,amount\nTST-40,1403/07/01,60000000\nTST-40,1403/07/02,70000000\n' >"$TMP/y2.csv"
out=$("$HAMYAR" --db "$DB" import payments "$TMP/y2.csv" 2>&1)
holds "$out" "سطر 3، ستون 3 (amount): هشدار: $OVER" "import: the second row, which takes the two past the pledge, is named"
case $out in *"سطر 2، ستون 3"*) ok 1 "... not the first" ;; *) ok 0 "... not the first" ;; esac
done_testing
