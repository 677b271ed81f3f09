# Every list's column headings stand at least two cells apart, however
# narrow the screen: each run of text between gaps of two or more spaces
# on the heading line is one field's label.  Before, a list whose columns
# did not leave a spare cell per column put one space between all of them,
# and two headings read as one: «وضعیت تاریخ شناسایی» in the needs list at
# 80x24, «عنوان تاریخ برگزاری» in the recognitions list, «وضعیت تاریخ تعهد»
# in the pledges list at 100 columns.  Both bidi modes, Persian and
# English, at 80x24, 100x30 and 120x30.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: units, donors, needs and pledges made with the CLI"
printf 'need,title,planned_start,planned_end\n%s\n%s\n' \
    'TST-20,پی‌ریزی و فونداسیون,1403/01/20,1403/03/01' \
    'TST-21,خرید و نصب دوربین‌ها,1403/02/01,1403/06/30' >"$TMP/stages.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/stages.csv" >/dev/null; ok $? "two stages"

# The fields' labels, English and Persian (from the schema and the catalog),
# one a line, in the three forms a screen shows them.
python3 - "$HAMYAR_SRC" >"$TMP/labels.en" 2>"$TMP/labels.fa" <<'PY'
import re, sys
src = sys.argv[1]
labels = re.findall(r'F(?:_ID|_CH|_NUM|_REF|_TXT)?\((?:\s*"[a-z_]+",)?\s*N_\("([^"]+)"\)',
                    open(src + '/core/record.c', encoding='utf-8').read())
# the headings tui/list.c gives some columns (col_label: an amount in
# toman, the national or legal id)
lc = open(src + '/tui/list.c', encoding='utf-8').read()
fn = lc[lc.index('\ncol_label('):]
labels += re.findall(r'N?_\("([^"]+)"\)', fn[:fn.index('\n}\n')])
def catalog(name):
    po, msgid = {}, None
    for line in open(src + '/locale/po/' + name, encoding='utf-8'):
        m = re.match(r'msgid "(.*)"$', line)
        if m:
            msgid = m.group(1)
        m = re.match(r'msgstr "(.*)"$', line)
        if m and msgid:
            po[msgid] = m.group(1)
    return po
po, en = catalog('fa.po'), catalog('en.po')
for l in sorted(set(labels)):
    print(en.get(l) or l)
    print(po.get(l, l), file=sys.stderr)
PY
[ "$(wc -l <"$TMP/labels.fa")" -gt 20 ]; ok $? "the fields' labels read from the schema and the catalog"
"$HAMYAR" layout --dir rtl <"$TMP/labels.fa" >"$TMP/labels.vis"

# The runs of the heading line (line 3: title bar, search line, headings)
# that are not one label; none when the headings stand apart.
joined() {	# joined LABELS-FILE
	scr_cap | sed -n 3p | sed 's/^ *//; s/ *$//; s/   */\n/g' | grep -vxF -f "$1"
}

for lang in fa en; do
for mode in app terminal; do
	[ $lang = en ] && [ $mode = terminal ] && continue	# LTR: the same either way
	if [ $lang = en ]; then
		labels=$TMP/labels.en; menu='Main menu'; search='Search:'
	elif [ $mode = app ]; then
		labels=$TMP/labels.vis; menu=$(vis 'منوی اصلی'); search=$(vis 'جست‌وجو:')
	else
		labels=$TMP/labels.fa; menu='منوی اصلی'; search='جست‌وجو:'
	fi
	HAMYAR_BIDI=$mode scr_start "$DB" --lang $lang
	scr_wait "$menu" >/dev/null; ok $? "$lang $mode: main menu"
	for size in 80x24 100x30 120x30; do
		scr_resize "${size%x*}" "${size#*x}"
		for item in 1 2 3 4 5 6 7 8; do
			scr_keys $item; scr_wait "$search" >/dev/null; scr_settle
			bad=$(joined "$labels")
			[ -z "$bad" ]; ok $? "$lang $mode $size: list $item: headings two cells apart"
			[ -z "$bad" ] || { printf '%s\n' "$bad" | sed 's/^/# run: /'; scr_cap | sed -n 3p | sed 's/^/# | /'; }
			scr_keys F10; scr_wait "$menu" >/dev/null
		done
	done
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done
done
done_testing
