# A ceremony's donors holding an id that names no donor, «TST-999», or a
# record of another kind, «tst-20» (a need): said under the field on Tab,
# naming that id, as a single reference box says it (ref_bare_number.sh),
# a number alone in its words too («این ایستگاه رکوردی با شناسهٔ TST-999
# ندارد (عدد تنها، ...)»; before, «رکوردی با شناسهٔ TST-999 نیست»).
# Before, nothing was said until F2, and then on the status line.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
DONORS="$(vis 'خیّرین تجلیل‌شده:')"
work_fixture "$DB"; ok $? "fixture: donors TST-10 to TST-12, needs TST-20 to TST-23"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 8
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$DONORS"; ok $? "F5: a new ceremony's form"
scr_keys Tab; scr_type 'تجلیل از خیّرین هفتهٔ ناجا'
scr_keys Tab Tab

scr_type 'TST-10 TST-999'; scr_keys Tab
scr_wait "$(vis 'خطا: رکوردی با شناسهٔ TST-999 نیست')"; ok $? "TST-999 among the donors: said on Tab"
scr_cap | grep -qF -- "$(vis 'F4 خیّر را با نامی')"; ok $? "... and how to find the donor: F4 and a name"

scr_keys BTab C-u; scr_type '۱۰ tst-20 11'; scr_keys Tab
scr_wait "$(vis 'خطا: TST-20 یک نیاز است، نه خیّر')"; ok $? "tst-20, a need, among the donors: its kind named on Tab"

scr_keys BTab C-u; scr_type '11 ۹۹۹'; scr_keys Tab
scr_wait "$(vis 'این ایستگاه رکوردی با شناسهٔ TST-999 ندارد')"
ok $? "«۹۹۹», a number of no donor: said on Tab too, as a single reference box says it (ref_bare_number.sh)"
scr_cap | grep -qF -- "$(vis 'رکوردی با شناسهٔ TST-999 نیست')"; is $? 1 "... not in the words of an id typed whole"

scr_keys BTab C-u; scr_type 'TST-11 ۱۰'; scr_keys Tab; scr_settle
scr_cap | grep -qF -- "$(vis 'خطا:')"; is $? 1 "donors that are: no error left"
scr_keys F2; scr_wait "$(vis 'با این حال این رکورد ذخیره شود؟')" >/dev/null	# no pledge of TST-10 yet
scr_keys F2; scr_wait "$(vis 'ذخیره شد:')"; ok $? "F2 saves"
"$HAMYAR" --db "$DB" export recognitions | grep -q 'TST-11[ ;,]*TST-10'; ok $? "... the ceremony honours TST-11 and TST-10"
done_testing
