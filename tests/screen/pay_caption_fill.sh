# The payment form's caption beside its pledge (its donor, its need and
# its amount, tui_pledge_fit) takes the cells left blank beside a cut
# name: at 80 columns «TBZ-551 — (ایفاشده) سیده‌ز… — ۱۱۵٬۰۰۰٬۰۰۰»
# stopped four cells short of the row's edge, the name cut where its next letters
# fitted (the need's id first took off a separator's cells again); at 64
# columns the box kept half the field, twelve blank cells beside «(ای…)».
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"
printf 'id,kind,name,county\nTST-15,person,سیده‌زهرا حق‌شناس,TBZ\n' >"$TMP/d.csv"
printf 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status\n%s\n' \
    'TST-40,TST-1,space,هزینه نگهداری ساختمان پلیس راه هريس,900000000,3,3,1403/03/01,identified' >"$TMP/n.csv"
printf 'id,donor,need,type,amount,pledged_on,status\nTST-30,TST-15,TST-40,space,115000000,1403/05/01,pledged\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null 2>&1 &&
printf 'pledge,paid_on,amount,receipt\nTST-30,1403/06/01,115000000,فیش ۱۲\n' |
	"$HAMYAR" --db "$DB" import payments - >/dev/null 2>&1
ok $? "fixture: TST-30 of سیده‌زهرا حق‌شناس on TST-40, paid in full"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 6; scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_wait 'TST-' >/dev/null
scr_settle; scr_keys Enter
scr_wait "$(vis 'تاریخ پرداخت*:')" >/dev/null; scr_settle
# at 80 columns the need's id alone before the name; at 64 the donor and
# the amount alone (tui_fit_before), the box beside them as wide as the
# id with a cell to type in, as at 80
look() {	# COLS PART WHAT
	scr_resize $1 24
	row=$(scr_cap | grep -F 'TST-30')
	holds "$row" "$(vis '۱۱۵٬۰۰۰٬۰۰۰')" "$1 columns: the amount whole"
	holds "$row" "$(vis "$2")" "$1 columns: $3"
}
look 80 'TST-40 — (ایفاشده) سیده‌زهرا…' "the name to its word's end, «سیده‌زهرا…» (was «سیده‌زهر…», 3 cells blank)"
look 64 '(ایفاشده) سید…' "the name's start, «(ایفاشده) سید…» (was «(ای…)» beside a box of 12 blank cells)"
scr_resize 80 24
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
