# A ceremony's form names the donors it honoured, not their ids: a
# supervisor reading «خیّرین تجلیل‌شده» sees «شرکت فولاد آذر، ...» in
# Persian, right to left, and the id only after a name that another donor
# also has (two «بنیاد نیکوکاری مهر»: which one was honoured).  The ids
# come back while the field is edited (they are what it holds, and what
# F4 puts there).  Before, the field showed «TST-10 TST-11 TST-13».
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
FIELD='خیّرین تجلیل‌شده:'
# the field's row and the one under it (names go on there at 80 columns)
field_rows() { scr_cap | grep -A1 -F -- "$(vis "$FIELD")"; }
work_fixture "$DB"; ok $? "fixture database made with the CLI"
# a person with a ZWNJ name typed with an Arabic yeh, and a second
# organisation of the same name as TST-11 in another county
printf 'id,kind,name,county\nTST-13,person,محمدرضا نوروزي‌فر,AHR\nTST-14,org,بنیاد نیکوکاری مهر,AHR\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "two more donors"
printf 'held_on,title,place,donors\n1403/10/15,تجلیل از خیّرین هفتهٔ ناجا,سالن ۲ فرماندهی,TST-10 TST-11 TST-13\n' >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null; ok $? "a ceremony honouring three donors"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 8
scr_wait "$(vis 'هفتهٔ ناجا')"; scr_keys Enter
scr_wait "$(vis "$FIELD")"; ok $? "Enter opens the ceremony's form"
scr_settle
row_has "$(vis "$FIELD")" "$(vis 'شرکت فولاد آذر، بنیاد نیکوکاری مهر (TST-11)،')"
ok $? "its donors by name, in order, right to left; the id after the name two donors share"
field_rows | tail -n 1 | grep -qF "$(vis 'محمدرضا نوروزی‌فر')"
ok $? "... the third on the row under it, whole (Persian yeh)"
field_rows | grep -qF 'TST-10'; is $? 1 "... and no id where the name alone tells who it is"
# the field reached: its ids, to edit
scr_keys Tab Tab Tab; scr_settle
row_has "$(vis "$FIELD")" 'TST-10 TST-11 TST-13'; ok $? "in the field, the ids it holds"
# a donor added by F4 after them: the names again once the field is left
scr_type ' کارخانه'; scr_keys F4
scr_wait "$(vis 'انتخاب: خیّر')"; scr_wait 'TST-12'; scr_keys Enter
scr_gone "$(vis 'انتخاب: خیّر')"; scr_keys Tab; scr_settle
field_rows | tail -n 1 | grep -qF "$(vis 'محمدرضا نوروزی‌فر، کارخانهٔ قند اهر')"
ok $? "a donor picked by F4: named after the others when the field is left"
# an unknown id stays as typed, with its error: nothing hides it
scr_keys BTab; scr_type ' اهرزاده'; scr_keys Tab; scr_settle
row_has "$(vis "$FIELD")" "$(vis 'اهرزاده')"; ok $? "a name left unpicked is shown as typed"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
