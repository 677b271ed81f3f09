# A donor added to a ceremony by mistake (a name like another's, the
# wrong ceremony) is taken out on the ceremony screen: F8, shown on its
# key bar and in F1, asks first, naming him; «no» keeps him, «yes»
# removes him from this ceremony only (he stays in the database and in
# other ceremonies).  Before, the screen had no key for it: only the
# recognitions' form could take a donor out, by editing a field of ids.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: TST-12 (کارخانهٔ قند اهر) has pledges"
{
	echo 'id,held_on,title,place,donors'
	echo 'TST-50,1403/11/22,تجليل از خيّرين دههٔ فجر,سالن اجتماعات فرمانداری,TST-12 TST-10 TST-11'
	echo 'TST-51,1403/12/01,تجلیل دوم,اهر,TST-10'
} >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null 2>&1; ok $? "two ceremonies; TST-50 honours three donors, TST-51 TST-10"
donors() { "$HAMYAR" --db "$DB" export recognitions | tr -d '\r' | awk -F, -v c="$1" '$1 == c { print $5 }'; }
ASK="$(vis 'خیّر TST-10 (شرکت فولاد آذر) از این مراسم برداشته شود؟')"

work_open "$DB"
scr_keys F7; scr_wait "TST-50" >/dev/null
scr_keys End; scr_keys Enter
scr_wait "$(vis 'بنیاد نیکوکاری مهر')"; ok $? "TST-50 open: its three donors"
scr_cap | tail -n 1 | grep -qF "$(vis 'برداشتن خیّر')"; ok $? "the key bar shows F8 (remove donor)"
scr_keys F1; scr_wait "$(vis 'F8 خیّر برگزیده را')"; ok $? "F1 says what F8 does"
scr_keys Escape; scr_gone "$(vis 'F8 خیّر برگزیده را')" >/dev/null
scr_keys Down; scr_keys F8
scr_wait "$ASK"; ok $? "F8 on TST-10 asks first, naming him"
scr_keys n; scr_gone "$ASK" >/dev/null
is "$(donors TST-50)" "TST-12 TST-10 TST-11" "«no»: he stays"
scr_keys F8; scr_wait "$ASK" >/dev/null; scr_keys y
scr_wait "$(vis 'خیّر برداشته شد: TST-10')"; ok $? "«yes»: removed, and said so"
is "$(donors TST-50)" "TST-12 TST-11" "... the ceremony keeps the other two, in their order"
is "$(donors TST-51)" "TST-10" "... the other ceremony still honours him"
"$HAMYAR" --db "$DB" export donors | tr -d '\r' | grep -q '^TST-10,'; ok $? "... and he is still in the database"
scr_cap | grep -F 'TST-10' | grep -qvF "$(vis 'خیّر برداشته شد')"; is $? 1 "... and no longer in the ceremony's list (only in the note)"
scr_cap | grep -qF "$(vis 'شرکت فولاد آذر')"; is $? 1 "... his name gone from it too"
scr_keys F10; scr_wait "$(vis 'مراسم')" >/dev/null
scr_keys F10 F10 F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
