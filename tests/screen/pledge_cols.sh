# The need's pledges screen (a need, F7) lays out its two tables as the
# lists do: two cells between columns, so that no two headings read as one
# (before, one cell: «نوع مشارکت مبلغ» and «تاریخ پرداخت مبلغ» at any width);
# each value stands under its heading (in Persian both end at the column's
# right edge, in English both start at its left); the ids, amounts, hours
# and statuses are never cut; the donor's name and the type share the rest
# of the row, whole at 120 columns.  At 80x24 and 120x30, Persian and
# English.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
printf 'id,donor,need,type,amount,hours,pledged_on\n%s\n%s\n%s\n' \
    'TST-30,TST-12,TST-22,space,100000000,,1403/05/01' \
    'TST-31,TST-12,TST-22,policing,,120,1403/05/02' \
    'TST-32,TST-11,TST-22,equipment,15000000,,1403/05/03' >"$TMP/p.csv"
printf 'id,pledge,paid_on,amount,receipt\nTST-40,TST-30,1403/06/01,40000000,R-101\n' >"$TMP/y.csv"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null
ok $? "fixture: three pledges of TST-22 (one of 120 hours), a payment on the first"

# cols DIR HEAD N ROW...: the screen's line holding HEAD is a heading line
# of N runs (texts between gaps of two or more spaces), each one of the
# labels in $TMP/labels; each line holding a ROW text has N runs too, each
# at the edge of its heading's run on the interface's start side (rtl: the
# right, ltr: the left).  Prints what is wrong, nothing when all is well.
cols() {
	scr_cap >"$TMP/cap"
	python3 - "$TMP/cap" "$TMP/labels" "$@" <<'PY'
import re, sys, unicodedata
cap, labels, d, head, n = open(sys.argv[1], encoding='utf-8').read().split('\n'), \
    set(open(sys.argv[2], encoding='utf-8').read().split('\n')), sys.argv[3], sys.argv[4], int(sys.argv[5])
def cells(s):	# the cells s takes on the screen: marks (U+0654, a shadda) none
    return sum(0 if unicodedata.category(c) in ('Mn', 'Me', 'Cf') else
               2 if unicodedata.east_asian_width(c) in 'WF' else 1 for c in s)
def runs(line):	# (first cell, cell after the last, text)
    return [(cells(line[:m.start()]), cells(line[:m.end()]), m.group())
            for m in re.finditer(r'\S+(?: \S+)*', line)]
h = [l for l in cap if head in l]
if not h:
    sys.exit(print('no heading line'))
hr = runs(h[0])
if len(hr) != n or any(t not in labels for _, _, t in hr):
    print('heading runs: ' + ' | '.join(t for _, _, t in hr))
edge = (lambda r: r[1]) if d == 'rtl' else (lambda r: r[0])
for row in sys.argv[6:]:
    l = [l for l in cap if row in l and l is not h[0]]
    if not l:
        print('no row ' + row); continue
    rr = runs(l[0])
    if [edge(r) for r in rr] != [edge(r) for r in hr]:
        print('row %s: %s' % (row, ' | '.join(t for _, _, t in rr)))
PY
}
# label TEXT...: the labels of a heading line as the screen shows them
labels() { : >"$TMP/labels"; for t in "$@"; do v "$t" >>"$TMP/labels"; done; }

for lang in fa en; do
	if [ $lang = fa ]; then
		d=rtl; v() { vis "$1"; }
		pays='پرداخت‌های تعهد TST-30'
		set -- 'مشارکت' 'خیّر' 'نوع مشارکت' 'مبلغ' 'پرداخت‌شده' 'وضعیت'
		head=$(vis 'نوع مشارکت'); phead=$(vis 'شمارهٔ رسید')
	else
		d=ltr; v() { printf '%s\n' "$1"; }
		pays='Payments of pledge TST-30'
		set -- 'Pledge' 'Donor' 'Type' 'Amount' 'Paid' 'Status'
		head='Type'; phead='Receipt no.'
	fi
	labels "$@"
	work_pledges "$DB" $lang
	scr_wait "$(v "$pays")"; ok $? "$lang: the need's pledges"
	for size in 80x24 120x30; do
		scr_resize "${size%x*}" "${size#*x}"
		labels "$@"
		bad=$(cols $d "$head" 6 TST-30 TST-31 TST-32)
		[ -z "$bad" ]; ok $? "$lang $size: pledges: six headings two cells apart, each value under its heading"
		[ -z "$bad" ] || { printf '%s\n' "$bad" | sed 's/^/# /'; scr_cap | sed 's/^/# | /'; }
		if [ $lang = fa ]; then
			labels 'تاریخ پرداخت' 'مبلغ' 'شمارهٔ رسید'
			bad=$(cols $d "$phead" 3 "R-101")
		else
			labels 'Paid on' 'Amount' 'Receipt no.'
			bad=$(cols $d "$phead" 3 "R-101")
		fi
		[ -z "$bad" ]; ok $? "$lang $size: payments: three headings two cells apart, each value under its heading"
		[ -z "$bad" ] || printf '%s\n' "$bad" | sed 's/^/# /'
		if [ $lang = fa ]; then
			row_has TST-30 "$(vis 'بخشی ایفاشده')" && row_has TST-30 "۴۰٬۰۰۰٬۰۰۰  ۱۰۰٬۰۰۰٬۰۰۰" &&
			    row_has TST-31 "$(vis '۱۲۰ ساعت')" && row_has TST-32 "۱۵٬۰۰۰٬۰۰۰"
			ok $? "$lang $size: the amounts, the hours and the statuses whole"
		else
			row_has TST-30 "100,000,000  40,000,000  Partly fulfilled" && row_has TST-31 "120 hours"
			ok $? "$lang $size: the amounts, the hours and the statuses whole"
		fi
	done
	# at 120 columns the names and the types are whole too
	if [ $lang = fa ]; then
		row_has TST-30 "$(vis 'توسعهٔ فضاهای انتظامی')" && row_has TST-30 "$(vis 'کارخانهٔ قند اهر')" &&
		    row_has TST-32 "$(vis 'بنیاد نیکوکاری مهر')" && row_has TST-31 "$(vis 'انتظامی (داوطلبانه)')"
	else
		row_has TST-30 "Development of police spaces" && row_has TST-31 "Volunteer policing"
	fi
	ok $? "$lang 120x30: the donors' names and the types whole"
	work_pledges_quit $lang; ok $? "$lang: quits"
done
done_testing
