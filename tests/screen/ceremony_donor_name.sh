# A ceremony's donors, as a clerk fills them in the ceremony's form: a
# name typed after the ids, then Tab, is looked up as in every other
# reference box (a need's unit, a pledge's donor): the one donor found
# takes its place, after the ids already there; a name several donors
# have opens the list searching for it.  Before, Tab said «شناسه نیست
# (مانند TBZ-42)» under the box and the name stayed there, F4 alone
# finding him.  Arabic yeh and kaf typed by mistake find the name too.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'id,kind,name,county\nTST-13,org,شرکت آب منطقه‌ای آذربایجان,TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "a second donor named «شرکت ...»"
NOTID=$(vis 'شناسه نیست')
LABEL=$(vis 'خیّرین تجلیل‌شده:')
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 8
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F5
scr_wait "$LABEL"; ok $? "F5: a new ceremony"
scr_keys Tab; scr_type 'تجلیل از خیّرین هفتهٔ ناجا'
scr_keys Tab Tab; scr_type 'فولاد'; scr_keys Tab; scr_settle
row_has "$LABEL" "$(vis 'شرکت فولاد آذر')"; ok $? "«فولاد» Tab: TST-10, شرکت فولاد آذر, in the box"
scr_cap | grep -qF "$NOTID"; is $? 1 "... no «not an id» error"
scr_keys BTab End; scr_type ' نيكوكاري'; scr_keys Tab; scr_settle
row_has "$LABEL" "$(vis 'شرکت فولاد آذر، بنیاد نیکوکاری مهر')"; ok $? "«نيكوكاري» (Arabic yeh, kaf) after it: TST-11 added after TST-10"
scr_cap | grep -qF "$NOTID"; is $? 1 "... no error"
# a name several donors share: the list opens searching for it
scr_keys BTab End; scr_type ' شرکت'; scr_keys Tab
scr_wait "$(vis 'انتخاب: خیّر')" 5; ok $? "«شرکت», two donors' word: the list opens searching for it"
scr_cap | grep -qF "$(vis 'شرکت آب منطقه‌ای آذربایجان')"; ok $? "... listing both"
scr_keys F10; scr_gone "$(vis 'انتخاب: خیّر')"; scr_settle
scr_keys BTab End; scr_keys BSpace BSpace BSpace BSpace BSpace; scr_keys Tab; scr_settle
scr_keys F2; scr_wait "$(vis 'با این حال این رکورد ذخیره شود؟')"; scr_keys y
scr_wait "$(vis 'ذخیره شد')"; ok $? "F2 saves (asked first: they pledged nothing)"
"$HAMYAR" --db "$DB" export recognitions | tr -d '\r' | grep -q ',TST-10 TST-11,'
ok $? "stored with donors TST-10 and TST-11"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
