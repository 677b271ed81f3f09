# A second pledge of a donor on the same need, typed in the pledge's form
# (the pledges' list, F5): said under the need as soon as donor and need
# are both given, naming the pledge he already has («خیّر … پیش‌تر تعهد …
# را برای همین نیاز داده است»), and F2 asks before saving, as the matching
# screen's F2 asks: the same promise typed twice counts his money twice
# against the need's gap.  Before, the form saved it without a word.  A
# donor changed to one with no pledge there takes the warning away.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && printf 'id,donor,need,type,amount,pledged_on,status\nTST-30,TST-12,TST-22,space,20000000,1403/05/01,pledged\n' >"$TMP/p.csv" &&
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null
ok $? "fixture: TST-12 (کارخانهٔ قند اهر) has pledge TST-30 on TST-22 (120,000,000)"
on_need() { "$HAMYAR" --db "$DB" export pledges | tr -d '\r' | awk -F, -v n="$1" '$3 == n { k++ } END { print k + 0 }'; }
AGAIN=$(vis 'پیش‌تر تعهد')
ASK=$(vis 'با این حال این رکورد ذخیره شود؟')

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 5
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F5
scr_wait "$(vis 'تاریخ تعهد*:')"; ok $? "F5: a new pledge"
scr_type 'كارخانهٔ'; scr_keys Tab; scr_settle
row_has "$(vis 'خیّر*:')" TST-12; ok $? "«كارخانهٔ» (Arabic kaf) Tab: TST-12"
scr_type '۲2'; scr_keys Tab; scr_settle
row_has "$(vis 'نیاز:')" TST-22; ok $? "«۲2» Tab: TST-22"
scr_cap | grep -F "$AGAIN" | grep -qF TST-30; ok $? "said under the need: he already has pledge TST-30 on it"
scr_keys Tab; scr_type '۱۰,000,000'; scr_keys Tab
scr_keys F2
scr_wait "$ASK"; ok $? "F2 asks first"
scr_cap | grep -F "$AGAIN" | grep -qF TST-30; ok $? "... saying what the need's warning says"
scr_keys n; scr_gone "$ASK"
is "$(on_need TST-22)" 1 "n: nothing saved, still one pledge on TST-22"
# another donor, with no pledge on TST-22: the warning goes
scr_keys BTab BTab BTab BTab C-u; scr_type 'فولاد'; scr_keys Tab; scr_settle
row_has "$(vis 'خیّر*:')" TST-10; ok $? "the donor changed to TST-10 (شرکت فولاد آذر)"
scr_cap | grep -qF "$AGAIN"; is $? 1 "... the warning is gone"
scr_keys F2
scr_wait "$(vis 'ذخیره شد')"; ok $? "F2 saves at once"
is "$(on_need TST-22)" 2 "two pledges on TST-22"
# and the first donor again, answered yes
scr_keys F5; scr_wait "$(vis 'تاریخ تعهد*:')"
scr_type 'TST-12'; scr_keys Tab; scr_type 'tst-22'; scr_keys Tab; scr_settle
scr_keys Tab; scr_type '5000000'; scr_keys Tab F2
scr_wait "$ASK"; ok $? "TST-12 on TST-22 again: asked"
scr_keys y; scr_wait "$(vis 'ذخیره شد')"; ok $? "y saves"
is "$(on_need TST-22)" 3 "three pledges on TST-22"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
