# The pledges' list at 80x24 and 100x30, with real Persian names: an
# amount's column as wide as its widest amount, so that the donors' names
# (ZWNJ in them) are whole at 80 columns; a pledge of time shows its hours
# in the amount's column; the type comes in at 100 columns.  F6 offers the
# columns shown, and a column sorted by stays in view when the terminal is
# made narrower; in English too, at 80 columns, the five columns that
# matter (donor, need, amount, status beside the id).  The F1 help at 64 columns: its hand-broken lines flow
# into each other, every line of a paragraph but its last full, each
# ending at the popup's right edge (RTL).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
printf 'id,kind,name,county\nTST-13,person,سیده‌زهرا عبدالله‌زاده,TBZ\n' >"$TMP/d.csv"
cat >"$TMP/p.csv" <<'CSV'
id,donor,need,type,amount,hours,pledged_on
TST-30,TST-12,TST-22,space,100000000,,1403/05/01
TST-31,TST-12,TST-22,policing,,120,1403/05/02
TST-32,TST-11,TST-22,equipment,15000000,,1403/05/03
TST-33,TST-10,TST-21,costs,250000000,,1403/05/04
TST-35,TST-13,TST-20,space,33000000,,1403/05/06
CSV
work_fixture "$DB" && "$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null 2>&1
ok $? "fixture: five pledges, one of 120 hours, a donor «سیده‌زهرا عبدالله‌زاده»"

has() { scr_cap | grep -qF -- "$1"; }
head_has() { scr_cap | grep -F "$(vis 'شناسه')" | grep -qF "$(vis "$1")"; }
menu_has() { scr_cap | grep -F '│' | grep -qF "$(vis "$1") │"; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
scr_keys 5; scr_wait "TST-35"; scr_settle
row_has TST-35 "$(vis 'سیده‌زهرا عبدالله‌زاده')" && row_has TST-32 "$(vis 'بنیاد نیکوکاری مهر')" &&
    row_has TST-33 "$(vis 'شرکت فولاد آذر')"
ok $? "80x24: the donors' names whole"
row_has TST-33 "۲۵۰٬۰۰۰٬۰۰۰" && row_has TST-32 "۱۵٬۰۰۰٬۰۰۰"; ok $? "80x24: the amounts whole"
row_has TST-31 "$(vis '۱۲۰ ساعت')"; ok $? "80x24: the hours of a pledge of time in the amount's column"
head_has 'مبلغ (ریال)' && ! head_has 'ساعت' && ! head_has 'تاریخ تعهد'
ok $? "80x24: headings: the amount, no hours and no date column"
scr_cap | grep -q '…'; [ $? -ne 0 ]; ok $? "80x24: nothing cut"
scr_keys F6; scr_wait "$(vis 'مرتب‌سازی بر پایهٔ')"
menu_has 'مبلغ (ریال)' && ! menu_has 'تاریخ تعهد' && ! menu_has 'نوع مشارکت'
ok $? "80x24: F6 offers the columns shown, not the date nor the type"
scr_keys Escape; scr_gone "┌"

scr_resize 100 30
head_has 'نوع مشارکت'; ok $? "100x30: the type's column"
row_has TST-32 "$(vis 'تجهیزات عمومی')" && row_has TST-35 "$(vis 'توسعهٔ فضاهای')"
ok $? "100x30: the types (the longer cut after the names are whole)"
row_has TST-35 "$(vis 'سیده‌زهرا عبدالله‌زاده')"; ok $? "100x30: the names still whole"
scr_sort_by 'نوع مشارکت'
scr_wait "$(vis 'مرتب بر پایهٔ نوع مشارکت.')" 3 >/dev/null
scr_resize 80 24
head_has 'نوع مشارکت'; ok $? "sorted by type, then 80x24: the type's column stays in view"
scr_keys F6; scr_wait "$(vis 'مرتب‌سازی بر پایهٔ')"
menu_has 'نوع مشارکت'; ok $? "80x24: F6 offers it, as it is shown"
scr_keys Escape; scr_gone "┌"

# the date, shown at 120 columns, sorted by, then 80 columns
scr_resize 120 30
head_has 'تاریخ تعهد'; ok $? "120x30: the date's column"
scr_sort_by 'تاریخ تعهد'
scr_wait "$(vis 'مرتب بر پایهٔ تاریخ تعهد.')" 3 >/dev/null
scr_resize 80 24
head_has 'تاریخ تعهد'; ok $? "sorted by date, then 80x24: the date's column stays in view"
ids_in_order TST-30 TST-31 TST-32 TST-33 TST-35; ok $? "80x24: the rows in date order"

# F1 at 64 columns
scr_resize 64 30
scr_keys F1; scr_wait "$(vis 'راهنما')"; scr_settle
scr_cap >"$TMP/help"
bad=$(python3 - "$TMP/help" <<'PY'
import sys, unicodedata
def cells(s):
    return sum(0 if unicodedata.category(c) in ('Mn', 'Me', 'Cf') else 1 for c in s)
cap = open(sys.argv[1], encoding='utf-8').read().split('\n')
top = next(i for i, l in enumerate(cap) if '┌' in l)
box = [l for l in cap[top + 1:] if '│' in l and '└' not in l]
box = box[:next((i for i, l in enumerate(cap[top + 1:]) if '└' in l), len(box))]
inner = [l[l.index('│') + 1:l.rindex('│')] for l in box]
width = cells(inner[0]) - 2
para = []
for t in inner:
    if not t.strip():
        break
    para.append(t)
if len(para) < 3:
    print('a first paragraph of %d lines' % len(para))
for t in para[:-1]:
    if cells(t.strip()) < width - 15:
        print('short line (%d of %d): %s' % (cells(t.strip()), width, t.strip()))
for t in para:
    if t.rstrip(' ') != t[:len(t) - 1].rstrip(' ') + ' ' and cells(t) - cells(t.rstrip(' ')) != 1:
        print('not at the right edge: ' + t)
PY
)
[ -z "$bad" ]; ok $? "64x30: the help's first paragraph flows: every line but its last full, at the right edge"
[ -z "$bad" ] || { printf '%s\n' "$bad" | sed 's/^/# /'; sed 's/^/# | /' "$TMP/help"; }
scr_keys Escape; scr_gone "┌"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
# English at 80x24: «Partly fulfilled» is wider, the five columns still fit
scr_start "$DB" --lang en
scr_wait 'Main menu'; scr_keys 5; scr_wait "TST-35"; scr_settle
scr_cap | grep -F 'Donor' | grep -F 'Need' | grep -F 'Amount (rials)' | grep -qF 'Status'
ok $? "en 80x24: donor, need, amount and status headed"
row_has TST-33 "250,000,000" && row_has TST-31 "120 hours" && row_has TST-30 "Pledged"
ok $? "en 80x24: the amounts, the hours and the statuses whole"
scr_keys F10; scr_wait 'Main menu'; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "en: quits"
done_testing
