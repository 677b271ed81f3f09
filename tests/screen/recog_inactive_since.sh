# A donor honoured at a ceremony and made inactive afterwards (F8 in the
# donors' screen) stays in the ceremony, nothing removed, but is set
# apart there: his row is drawn dim with the word «غیرفعال», the line
# under the table says how many of the ceremony's donors are inactive and,
# when he is selected, that he is; F6 asks before his letter, naming him
# («n» writes nothing, «y» the letter), while an active donor's letter is
# written without a question.  Before, the ceremony and its letters gave
# no sign of it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null &&
printf 'donor,need,type,amount,pledged_on\nTST-11,TST-22,space,20000000,1403/05/03\n' >"$TMP/p.csv" &&
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null 2>&1 &&
printf 'held_on,title,place,donors\n1403/11/22,تجليل از خيّرين دههٔ فجر,تالار ۲۲ بهمن اهر,TST-11 TST-12\n' >"$TMP/r.csv" &&
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null
ok $? "fixture: a ceremony honouring TST-11 and TST-12, both active, both with pledges"
donors() { "$HAMYAR" --db "$DB" export recognitions | tr -d '\r' | awk -F, 'NR > 1 { print $5 }'; }
row_attrs() { tm capture-pane -p -e -t main | grep -F -- "$1" | head -n 1; }

# TST-12 made inactive in the donors' screen, after he was honoured.
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_type 'قند'; scr_wait "TST-12" >/dev/null; scr_keys Enter
scr_wait "$(vis 'غیرفعال‌سازی')" >/dev/null; scr_keys F8
scr_wait "$(vis 'این رکورد غیرفعال شود؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; ok $? "TST-12 made inactive with F8 in the donors' screen"
scr_keys Escape; sleep 0.5
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0" >/dev/null
is "$("$HAMYAR" --db "$DB" export donors | tr -d '\r' | awk -F, '$1 == "TST-12" { print $NF }')" 0 "TST-12 is stored inactive"

work_open "$DB"
scr_keys F7; scr_wait "$(vis 'مراسم‌ها')" >/dev/null; scr_keys Enter
scr_wait "TST-12"; ok $? "the ceremony opened: TST-12 still in it"
row_has TST-12 "$(vis 'کارخانهٔ قند اهر (غیرفعال)')"; ok $? "his row says he is inactive"
row_attrs TST-12 | grep -q '\[2m'; ok $? "... and is drawn dim"
row_has TST-11 "$(vis 'غیرفعال')"; is $? 1 "the active TST-11's row says nothing of it"
row_attrs TST-11 | grep -q '\[2m'; is $? 1 "... and is not dim"
scr_cap | grep -qF "$(vis 'خیّرین غیرفعال این مراسم: ۱؛ F6 پیش از نوشتن نامه‌شان می‌پرسد.')"
ok $? "the line under the table: one inactive donor, F6 asks"

# F6 on the active TST-11 (selected first): no question, the path asked.
scr_keys F6; scr_wait "tashakor-TST-11.html"; ok $? "F6 on the active donor: straight to the file's name"
scr_cap | grep -qF "$(vis 'غیرفعال است.')"; is $? 1 "... no question about inactivity"
scr_keys Escape; scr_gone "tashakor-TST-11.html" >/dev/null

scr_keys Down
scr_wait "$(vis 'خیّر انتخاب‌شده (TST-12) غیرفعال است: F6 پیش از نوشتن نامه‌اش می‌پرسد.')"
ok $? "TST-12 selected: the line says he is inactive"
# (the question is wrapped in its popup: its first line)
ASK="$(vis 'خیّر TST-12 (کارخانهٔ قند اهر) غیرفعال است. با این حال تقدیرنامهٔ او')"
scr_keys F6; scr_wait "$ASK" 5; ok $? "F6 on him asks first, naming him"
scr_keys n; scr_gone "$ASK" >/dev/null
scr_cap | grep -qF "tashakor-TST-12.html"; is $? 1 "«n»: no letter, not even the file's name asked"
scr_keys F6; scr_wait "$ASK" 5 >/dev/null; scr_keys y
scr_wait "tashakor-TST-12.html"; ok $? "«y»: the file's name asked"
scr_keys C-u					# the path proposed, emptied
scr_type "$TMP/l12.html"; scr_keys Enter
scr_wait "$(vis 'تقدیرنامه نوشته شد در')"; ok $? "... and the letter written"
grep -qF 'کارخانهٔ قند اهر' "$TMP/l12.html"; ok $? "the letter names him"
scr_keys F10; scr_wait "$(vis 'مراسم‌ها')" >/dev/null
scr_keys F10 F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
is "$(donors)" "TST-11 TST-12" "nothing removed from the ceremony"
done_testing
