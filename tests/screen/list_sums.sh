# The pledges' and payments' lists end with the sums of the rows in view
# (after search and filter), counted as a need's sums are: a cancelled or
# deactivated pledge is left out and the line says how many; received is
# what was paid on the pledges counted; a deactivated payment is left out
# of the payments' sum.  Persian digits with ٬ and the unit; the sums
# follow a search typed letter by letter (Arabic ي typed for ی) and a
# filter.  A need's pledges screen says how many of its rows the need's
# sums leave out, and gives the sum of the selected pledge's payments.
# At 80x24 and 64x24 (the foot line wraps between words, never between a
# sum and its unit).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
printf 'id,kind,name,county\nTST-13,person,سیده‌زهرا عبدالله‌زاده,TBZ\n' >"$TMP/d.csv"
cat >"$TMP/p.csv" <<'CSV'
id,donor,need,type,amount,hours,pledged_on,status,active
TST-30,TST-12,TST-22,space,100000000,,1403/05/01,,1
TST-31,TST-12,TST-22,policing,,120,1403/05/02,,1
TST-32,TST-11,TST-22,equipment,15000000,,1403/05/03,,1
TST-33,TST-10,TST-22,costs,250000000,,1403/05/04,cancelled,1
TST-34,TST-10,TST-21,equipment,7000000,,1403/05/05,,0
TST-35,TST-13,TST-20,space,33000000,,1403/05/06,,1
CSV
cat >"$TMP/y.csv" <<'CSV'
id,pledge,paid_on,amount,receipt,active
TST-40,TST-30,1403/06/01,40000000,R-101,1
TST-41,TST-35,1403/06/02,3000000,R-102,1
TST-42,TST-33,1403/06/03,5000000,R-103,1
TST-43,TST-30,1403/06/04,1000000,R-104,0
CSV
work_fixture "$DB" && "$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null 2>&1
ok $? "fixture: six pledges (one cancelled, one deactivated, one of hours), four payments (one deactivated, one on the cancelled pledge)"

has() { scr_cap | grep -qF -- "$1"; }
NB=$(printf '\302\240')	# the no-break space between a sum and its unit
# the foot line's sentences, as they stand on the screen (wrapped or not)
foot_pledges() {	# PLEDGED RECEIVED
	scr_wait "$(vis 'جمع این تعهدها:')" >/dev/null && has "$1" && has "$2"
}

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
scr_keys 5; scr_wait "TST-35"; ok $? "the pledges' list"
# counted: 100,000,000 + 15,000,000 + 33,000,000 (the hours pledge has no
# amount); received on them 40,000,000 + 3,000,000 (the deactivated
# payment and the one on the cancelled pledge left out)
foot_pledges "۱۴۸٬۰۰۰٬۰۰۰" "۴۳٬۰۰۰٬۰۰۰"; ok $? "80x24: the pledges' sums: pledged and received"
has "$(vis 'به حساب نیامده: ۲ لغوشده یا غیرفعال.')"; ok $? "80x24: the cancelled and the deactivated pledge said to be left out"
scr_cap | grep -F "۱۴۸٬۰۰۰٬۰۰۰" | grep -qF "$(vis 'ریال')"; ok $? "80x24: the sum and its unit on one line"
[ "$(scr_cap | grep -c "TST-3[0-5]")" = 6 ]; ok $? "80x24: the six rows shown above the foot line"

# a search typed letter by letter, ي for ی: the sums of the one row found
scr_type 'بنياد'
scr_wait "$(vis "جمع این تعهدها: ۱۵٬۰۰۰٬۰۰۰${NB}ریال؛")"; ok $? "a search: the sums of the rows found"
has "$(vis 'به حساب نیامده')"; [ $? -ne 0 ]; ok $? "a search: nothing left out is said when nothing is"
has "$(vis 'رکوردها: ۱')"; ok $? "a search: its rows counted"
scr_keys Escape; scr_wait "$(vis 'جمع این تعهدها: ۱۴۸٬۰۰۰٬۰۰۰')"; ok $? "Esc: the sums of every row again"

# a filter: the cancelled ones
scr_keys F4; scr_wait "$(vis 'بدون صافی')"; scr_pick 'وضعیت'
scr_wait "$(vis 'لغوشده')"; scr_pick 'لغوشده'
scr_wait "$(vis "جمع این تعهدها: ۰${NB}ریال؛")"; ok $? "filtered by cancelled: nothing counted"
has "$(vis 'به حساب نیامده: ۱ لغوشده یا غیرفعال.')"; ok $? "filtered by cancelled: the one row said to be left out"

# 64 columns: the foot line wraps between words
scr_resize 64 24
scr_keys F4; scr_wait "$(vis 'بدون صافی')"; scr_pick 'بدون صافی'
foot_pledges "۱۴۸٬۰۰۰٬۰۰۰" "۴۳٬۰۰۰٬۰۰۰"; ok $? "64x24: the pledges' sums"
scr_cap | grep -F "۴۳٬۰۰۰٬۰۰۰" | grep -qF "$(vis 'ریال')"; ok $? "64x24: the received sum and its unit on one line"
has "$(vis 'به حساب نیامده: ۲ لغوشده یا غیرفعال.')"; ok $? "64x24: the rows left out said"
scr_resize 80 24

# a pledge written meanwhile by another process (an import): the sums
# follow it, as the rows do, without a key
printf 'id,donor,need,type,amount,pledged_on\nTST-36,TST-11,TST-23,space,2000000,1403/05/07\n' >"$TMP/p2.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p2.csv" >/dev/null 2>&1; ok $? "another process imports a pledge of 2,000,000"
scr_wait "۱۵۰٬۰۰۰٬۰۰۰"; ok $? "the pledges' sum follows: 150,000,000"

# the payments: 40,000,000 + 3,000,000 + 5,000,000; the deactivated one out
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys 6; scr_wait "TST-43"
scr_wait "$(vis "جمع این پرداخت‌ها: ۴۸٬۰۰۰٬۰۰۰${NB}ریال.")"; ok $? "the payments' sum"
has "$(vis 'به حساب نیامده: ۱ غیرفعال.')"; ok $? "the deactivated payment said to be left out"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"

# the need's pledges screen: TST-22's sums leave out its cancelled pledge
work_pledges "$DB"; ok $? "TST-22's pledges"
has "$(vis 'تعهدها (۱ لغوشده یا غیرفعال، بیرون از جمع‌های بالا)')"; ok $? "the pledges' heading says one row is left out of the sums"
has "$(vis 'تعهدشده: ۱۱۵٬۰۰۰٬۰۰۰')"; ok $? "the need's pledged: 100,000,000 + 15,000,000"
has "$(vis 'پرداخت‌های تعهد TST-30، روی هم ۴۰٬۰۰۰٬۰۰۰ ریال')"; ok $? "the payments' heading gives their sum (the deactivated one out)"
scr_resize 64 24
has "$(vis 'تعهدها (۱ لغوشده یا غیرفعال، بیرون از جمع‌های بالا)')" &&
    has "$(vis 'پرداخت‌های تعهد TST-30، روی هم ۴۰٬۰۰۰٬۰۰۰ ریال')"
ok $? "64x24: both headings whole"
scr_resize 80 24
work_pledges_quit; ok $? "quits"
done_testing
