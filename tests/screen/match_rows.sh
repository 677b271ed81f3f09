# The matching screen's rows at 80x24, keys only.  Its headings stand over
# their columns (they were two cells off, the width of the mark of the
# chosen match, in both directions), and the selection follows its record
# when a pledge reorders the matches: after a pledge from the first donor
# of a need, which takes all of his capacity (he then fits it with nothing
# free, 0, and comes second), Enter still shows that donor's pledge (it
# showed the other donor's, now on the first row).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
# TST-10's capacity 60,000,000: less than TST-21's gap of 80,000,000
printf 'id,capacity\nTST-10,60000000\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "TST-10 can give 60,000,000"

# columns_ok LABEL...: every match row has a character at the start
# (right) edge of each heading named; prints the headings that have not
columns_ok() {
	scr_settle
	scr_cap >"$TMP/scr"
	python3 - "$TMP/scr" "$@" <<'PY'
import re, sys, unicodedata
def cells(s):
    out = []
    for ch in s:
        if out and unicodedata.category(ch) in ('Mn', 'Me', 'Cf'):
            out[-1] += ch
        else:
            out.append(ch)
    return out
lines = [cells(l) for l in open(sys.argv[1], encoding='utf-8').read().split('\n')]
# the match rows: those that end with their id (and the chosen one's
# mark); the head line, a note and the status bar («ایستگاه: TST») name
# TST too, and a wider title column reaches over their blanks
rows = [l for l in lines if re.search(r'TST-[0-9]+ *\S? *$', ''.join(l))]
bad = 0
for label in sys.argv[2:]:
    lab = cells(label)
    head = next((l for l in lines if any(l[k:k + len(lab)] == lab for k in range(len(l)))), None)
    if head is None:
        print('# no heading', label); bad += 1; continue
    i = next(k for k in range(len(head)) if head[k:k + len(lab)] == lab)
    edge = i + len(lab) - 1
    if not rows or any(edge >= len(r) or r[edge] == ' ' for r in rows):
        print('# not over its column:', label); bad += 1
sys.exit(1 if bad else 0)
PY
}

work_open "$DB"
scr_keys F6; scr_wait "$(vis 'از یک نیاز: خیّرین جور با آن')" >/dev/null
scr_pick 'از یک نیاز: خیّرین جور با آن'
scr_type 'TST-21'; scr_wait "TST-21" >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّرین جور با یک نیاز')"; ok $? "the donors that fit TST-21"
ids_in_order TST-10 TST-11; ok $? "TST-10 first, TST-11 second (hamyar match need's order)"
columns_ok "$(vis 'شناسه')" "$(vis 'تناسب')" "$(vis 'توان مالی')" "$(vis 'آزاد')" "$(vis 'نام')"
ok $? "the headings stand over their columns (id, fit, capacity, free, name)"

scr_keys Home Enter
scr_wait "$(vis 'تعهد تازه از خیّر TST-10')"; ok $? "Enter on the first shows TST-10's pledge"
scr_keys F2; scr_wait "$(vis 'مبلغ (ریال)')" >/dev/null; scr_keys Enter	# the amount proposed kept
scr_wait "$(vis 'ثبت شد')"; ok $? "F2 records it"
ids_in_order TST-11 TST-10; ok $? "TST-11 now fits best and comes first (TST-10 has nothing free)"
scr_keys Enter
scr_wait "$(vis 'تعهد تازه از خیّر TST-10')"
ok $? "the selection followed TST-10: Enter shows his pledge again, not TST-11's"

scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter
scr_type 'TST-10'; scr_wait "TST-10" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نیازهای جور با یک خیّر')"; ok $? "the needs that fit TST-10"
columns_ok "$(vis 'شناسه')" "$(vis 'امتیاز')" "$(vis 'تناسب')" "$(vis 'کسری')" "$(vis 'عنوان')"
ok $? "the headings stand over their columns (id, score, fit, gap, title)"
scr_keys F10 F10 F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
