# A ceremony's donors typed by their numbers alone, «۱۰ 11» (the ids a
# clerk reads off a list, in either digits), are this station's donors
# TST-10 and TST-11, as a single reference box and the CLI take a number:
# the field shows their names once left and F2 saves them.  Before, the
# field said «شناسه نیست (مانند TBZ-42)» and nothing could be saved.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 8
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F5
scr_wait "$(vis 'خیّرین تجلیل‌شده:')"; ok $? "F5: a new ceremony's form"
scr_keys Tab; scr_type 'تجلیل از خیّرین هفتهٔ ناجا'
scr_keys Tab Tab
scr_type '۱۰ 11'; scr_keys Tab; scr_settle
scr_cap | grep -qF -- "$(vis 'خطا:')"; is $? 1 "«۱۰ 11» in the donors: no error"
row_has "$(vis 'خیّرین تجلیل‌شده:')" "$(vis 'شرکت فولاد آذر')"; ok $? "... the first one's name shown"
scr_cap | grep -qF -- "$(vis 'نیکوکاری مهر')"; ok $? "... and the second's"
scr_keys F2; scr_wait "$(vis 'با این حال این رکورد ذخیره شود؟')" >/dev/null	# no pledge of TST-10 yet
scr_keys F2; scr_wait "$(vis 'ذخیره شد:')"; ok $? "F2 saves"
"$HAMYAR" --db "$DB" export recognitions | grep -q 'TST-10[ ;,]*TST-11'; ok $? "... the ceremony honours TST-10 and TST-11"
done_testing
