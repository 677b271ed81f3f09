# F1 in the popup that picks a record (a pledge's donor) below 80
# columns: as a list's help (pledge_list_cols.sh), the lines of a
# paragraph flow into each other, each but the last full, at the popup's
# right edge (RTL).  Before, its hand-broken lines were kept, each
# followed by a short one with its last word or two.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "a database with three donors"

flows() {	# the help on screen: "" if its first paragraph flows
	scr_cap >"$TMP/help"
	python3 - "$TMP/help" <<'PY'
import sys, unicodedata
def cells(s):
    return sum(0 if unicodedata.category(c) in ('Mn', 'Me', 'Cf') else 1 for c in s)
cap = open(sys.argv[1], encoding='utf-8').read().split('\n')
top = max(i for i, l in enumerate(cap) if '┌' in l)	# the help, over the picker
end = next(i for i in range(top + 1, len(cap)) if '└' in cap[i])
inner = [l[l.index('│') + 1:l.rindex('│')] for l in cap[top + 1:end] if '│' in l]
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
PY
}
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 5; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'مشارکت: تازه')"; ok $? "a new pledge's form"
scr_resize 64 30
scr_keys F4; scr_wait "$(vis 'انتخاب: خیّر')"; ok $? "64x30: F4 on its donor, the donor picker"
scr_keys F1; scr_wait "$(vis 'Enter رکورد')" >/dev/null; scr_settle
bad=$(flows)
[ -z "$bad" ]; ok $? "64x30: the picker's help flows: every line of its first paragraph but the last full"
[ -z "$bad" ] || { printf '%s\n' "$bad" | sed 's/^/# /'; sed 's/^/# | /' "$TMP/help"; }
scr_keys Escape; scr_wait "$(vis 'انتخاب: خیّر')" >/dev/null
scr_keys F10; scr_gone "$(vis 'انتخاب: خیّر')" >/dev/null
tm resize-window -t main -x 80 -y 24; sleep 0.3
scr_keys F10; scr_cap | grep -qF "$(vis 'دور بریزیم')" && scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
