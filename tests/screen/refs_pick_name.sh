# A ceremony's donors (a list of ids) picked by name, as a clerk does: the
# beginning of a donor's name typed in the field after the ids already
# there, then F4.  The list opens searching for that name, and the donor
# picked takes the name's place.  Before, the list opened on every donor,
# the name was left in the field with the id after it ("فولاد TST-10"),
# and the field said it was no id; and it advised Space, which in this
# field only separates ids.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
PICK='انتخاب: خیّر'

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 8
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F5
scr_wait "$(vis 'خیّرین تجلیل‌شده:')"; ok $? "F5: a new ceremony's form"
scr_keys Tab; scr_type 'تجلیل از خیّرین هفتهٔ ناجا'
scr_keys Tab Tab
# the first donor by a word of its name, Arabic yeh typed by mistake
scr_type 'بنياد'; scr_keys F4
scr_wait "$(vis "$PICK")"; ok $? "F4 opens the donors"
scr_wait "TST-11"
scr_cap | grep -qF "TST-10"; is $? 1 "... searching for the name typed: not the others"
scr_keys Enter
scr_wait "TST-11"; scr_settle
row_has "$(vis 'خیّرین تجلیل‌شده:')" "TST-11"; ok $? "the donor picked is in the field"
scr_cap | grep -qF "$(vis 'بنياد')"; is $? 1 "... in the place of the name typed"
# a second one after it, by the part of a name
scr_type ' فولاد'; scr_keys F4
scr_wait "$(vis "$PICK")"
scr_wait "TST-10"
scr_cap | grep -qF "TST-12"; is $? 1 "a second name after an id: the list searches for it alone"
scr_keys Enter; scr_settle
row_has "$(vis 'خیّرین تجلیل‌شده:')" "TST-11 TST-10"; ok $? "the second donor after the first"
scr_keys Tab; scr_settle
scr_cap | grep -qF "$(vis 'خطا:')"; is $? 1 "the field has no error"
# a name that finds no donor, left in the field: the advice names F4,
# not Space (a name one donor has, Tab takes: ceremony_donor_name.sh)
scr_keys BTab; scr_type ' زرین'; scr_keys Tab; scr_settle
scr_wait "$(vis 'شناسه نیست (مانند TBZ-42): F4')"
ok $? "a name left in the field: the message says F4 finds it"
scr_cap | grep -qF "$(vis 'پس از شناسه‌ها تایپ شده')"; ok $? "... by the name typed after the ids"
scr_cap | grep -qF "$(vis 'فاصله یا')"; is $? 1 "... and not Space, which separates the ids"
scr_keys BTab BSpace BSpace BSpace BSpace BSpace; scr_type ' اهر'
scr_keys F4; scr_wait "TST-12"; scr_keys Enter; scr_settle
scr_keys F2	# none of the three has a pledge here: asked (recog_form_nocontrib.sh)
scr_wait "$(vis 'با این حال این رکورد ذخیره شود؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'ذخیره شد:')"; ok $? "the ceremony is saved"
"$HAMYAR" --db "$DB" export recognitions | grep -q ',"\{0,1\}TST-11 TST-10 TST-12"\{0,1\},'
ok $? "with the three donors picked by name"
done_testing
