# A part of a record's id with its dash finds the records whose id holds
# it, in a list and in the popup that picks a record: here the matching
# screen's need and donor pickers and the needs' list.  «tst-2» lists the
# needs TST-20 to TST-23, «ST-۲۲» (Persian digits, no such id) TST-22
# alone, and Enter picks it.  Before, a part of an id found nothing in a
# named kind («چیزی یافت نشد»), though pledges and payments are found so.
# A Latin name's word with a dash and no digit (Azar-Co) is still a name.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'id,kind,name,county,interests,capacity,active\nTST-15,org,شرکت Azar-Co,TBZ,space,1000,1\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "a donor with a Latin name with a dash, شرکت Azar-Co"
# the rows of the popup (under its search line and headings)
rows() { scr_cap | sed -n 7,18p; }

work_open "$DB"
scr_keys F6; scr_wait "$(vis 'از یک نیاز: خیّرین جور با آن')" >/dev/null; scr_keys Down Enter
scr_wait "$(vis 'انتخاب: نیاز')"; ok $? "the need picker"
scr_type 'tst-2'; scr_wait "TST-23"; ok $? "tst-2: the needs whose id holds TST-2 are listed"
r=$(rows)
for id in TST-20 TST-21 TST-22; do holds "$r" "$id" "... $id among them"; done
scr_cap | grep -qF "$(vis 'چیزی یافت نشد')"; is $? 1 "... not 'nothing found'"
scr_keys BSpace BSpace BSpace BSpace BSpace; scr_type 'ST-۲۲'; scr_settle
r=$(rows)
holds "$r" "TST-22" "ST-۲۲ (Persian digits): TST-22"
case $r in *TST-20*|*TST-21*|*TST-23*) ok 1 "... alone"; echo "$r" | sed 's/^/# /' ;; *) ok 0 "... alone" ;; esac
scr_keys Enter
scr_wait "$(vis 'خیّرین جور با یک نیاز')"; ok $? "Enter: the donors for a need"
scr_cap | sed -n 2p | grep -qF "TST-22"; ok $? "... of the need TST-22"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null

# The donor picker: TST-1 is no donor's id, a part of TST-10 to TST-12.
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'انتخاب: خیّر')"; ok $? "the donor picker"
scr_type 'TST-1'; scr_wait "TST-12"; ok $? "TST-1: the donors TST-10 to TST-12"
holds "$(rows)" "TST-10" "... TST-10 among them"
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
scr_cap | grep -qF "$(vis 'بخشی از یک شناسه با خط تیره‌اش')"; ok $? "F1 there says a part of an id finds records"
scr_keys Escape; scr_settle
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

# A Latin word with a dash but no digit is a name's word, not an id's part.
scr_keys 1; scr_wait "TST-10" >/dev/null
scr_type 'Azar-Co'; scr_wait "TST-15"; ok $? "the donors' list: Azar-Co still finds شرکت Azar-Co by its name"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

# The needs' list itself, and a name still found by its words.
scr_keys 4; scr_wait "TST-20" >/dev/null
scr_type 'T-22'; scr_settle
holds "$(scr_cap | sed -n 3,12p)" "TST-22" "the needs' list: T-22 finds TST-22"
scr_keys BSpace BSpace BSpace BSpace; scr_type 'تعمیر'; scr_wait "TST-22"; ok $? "... and a word of a title still finds its need"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
