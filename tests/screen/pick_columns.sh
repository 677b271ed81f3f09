# The record picker popup (a payment's pledge chosen from a list, F4 in
# the payment's form) at 80x24, keys only: its columns stand under their
# headings, as in the list, and every column shows its values on every row
# (the picker used to show a pledge's hours, empty on most rows, under no
# heading: an empty column nobody could name).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" demo >/dev/null; ok $? "the demo database"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 6
scr_wait "$(vis 'پرداخت')"; scr_keys F5
scr_wait "$(vis 'پرداخت: تازه')"; ok $? "a new payment's form"
scr_keys F4
scr_wait "$(vis 'انتخاب: مشارکت')"; ok $? "F4 on the pledge field opens the pledge picker"
scr_settle
scr_cap >"$TMP/pick"
# The popup's lines (between its corners), without its borders.
sed -n '/┌/,/└/p' "$TMP/pick" | sed -e 's/^ *│//' -e 's/│.*$//' >"$TMP/box"
head_line=$(grep -nF "$(vis 'شناسه')" "$TMP/box" | head -n 1 | cut -d: -f1)
[ -n "$head_line" ]; ok $? "the picker has a heading line"
# Each heading the pledge's fields have that the line shows; every row
# under it has a character at the heading's edge (right: Persian is right
# aligned, the cells too).
python3 - "$TMP/box" "${head_line:-0}" \
    "$(vis 'شناسه')" "$(vis 'خیّر')" "$(vis 'نیاز')" "$(vis 'نوع مشارکت')" \
    "$(vis 'مبلغ (ریال)')" "$(vis 'کمک غیرنقدی')" "$(vis 'ساعت')" "$(vis 'تاریخ تعهد')" \
    "$(vis 'وضعیت')" >"$TMP/cols" <<'PY'
import sys, unicodedata
def cells(s):
    # the line as the screen's cells: a combining mark (the shadda of
    # خیّر) or a format character (ZWNJ) takes no cell of its own
    out = []
    for ch in s:
        if out and unicodedata.category(ch) in ('Mn', 'Me', 'Cf'):
            out[-1] += ch
        else:
            out.append(ch)
    return out
lines = open(sys.argv[1], encoding='utf-8').read().split('\n')
h = int(sys.argv[2]) - 1
head = cells(lines[h]) if h >= 0 else []
rows = [cells(l) for l in lines[h + 1:] if 'DEMO-' in l]
print('rows', len(rows))
for label in sys.argv[3:]:
    lab = cells(label)
    i = next((k for k in range(len(head) - len(lab) + 1) if head[k:k + len(lab)] == lab), -1)
    if i < 0:
        continue
    edge = i + len(lab) - 1
    empty = sum(1 for r in rows if edge >= len(r) or r[edge] == ' ')
    print('col', label, 'empty', empty)
PY
grep -q '^rows [1-9]' "$TMP/cols"; ok $? "the picker lists pledges"
cols=$(grep -c '^col ' "$TMP/cols")
[ "$cols" -ge 4 ]; ok $? "at least four columns are named ($cols)"
grep '^col ' "$TMP/cols" | grep -v ' empty 0$' | sed 's/^/# /'
grep '^col ' "$TMP/cols" | grep -qv ' empty 0$'; is $? 1 "every named column has a value on every row"
grep -q "^col $(vis 'ساعت') " "$TMP/cols"; is $? 1 "no column of hours, empty on most rows"
scr_keys Down Enter
scr_gone "$(vis 'انتخاب: مشارکت')"; ok $? "Enter picks the selected pledge"
scr_cap | grep -q 'DEMO-[0-9]'; ok $? "... which the pledge field then shows"
done_testing
