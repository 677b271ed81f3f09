# A ceremony's form (8, Enter on a ceremony) on a copy whose donors'
# table a failing disk cut short (tests/cli/damage.py fewer donor: the
# last donor, TST-12 «کارخانهٔ قند اهر», lost without an error), the
# ceremony that honoured him whole.  Before, the donors' line read «شرکت
# فولاد آذر، بنیاد نیکوکاری مهر، TST-12», nothing was said, and F2 saved.
# Now, as a pledge's form says of its donor (form_damaged_ref.sh), the
# sentence under the fields names him: he could not be read, run verify,
# restore the last backup, the form is not saved while it names him; F2
# says «ذخیره نشد» naming the field, the note under the fields naming him.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture: donors TST-10, TST-11, TST-12"
printf 'id,held_on,title,place,donors\nTST-60,۱۴۰۳/۰۸/۰۱,تجلیل از خیّرین,سالن همایش,TST-10 TST-11 TST-12\n' >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null 2>&1; ok $? "a ceremony honouring the three"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
P="$TMP/p"
is "$(fewer_copy "$TMP/b.mdb" "$P" donor)" 1 "the donors' page: one node fewer"

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
said() {	# said: the form's sentence naming TST-12, with the advice
	scr_cap | tr -d '\n' | tr -s ' ' >"$TMP/cap"
	grep -qF 'خیّر TST-12، که این فرم به آن اشاره دارد، خوانده نشد' "$TMP/cap" &&
	    grep -qF "verify' را اجرا کنید" "$TMP/cap"
}
form() {	# form DIR: the ceremony's form
	scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys 8; scr_wait 'TST-60' >/dev/null || return 1
	scr_keys Enter; scr_wait 'خیّرین تجلیل‌شده' >/dev/null || return 1
	scr_settle
}

form "$DB"; ok $? "the sound database: the ceremony's form"
scr_cap | grep -qF 'کارخانهٔ قند اهر'; ok $? "... TST-12 named"
said; is $? 1 "... nothing said of damage"

form "$P"; ok $? "the damaged copy: the ceremony's form opens"
scr_cap | grep -qF 'بنیاد نیکوکاری مهر'; ok $? "... the donors it can read named"
said; ok $? "... and under the fields: TST-12 could not be read, run verify"
scr_keys F2; scr_settle
scr_cap | tr -d '\n' | tr -s ' ' | grep -qF 'ذخیره نشد: یادداشت زیر خانه‌ها دربارهٔ «خیّرین تجلیل‌شده» را ببینید'; ok $? "F2: not saved, naming the field whose note names him"
scr_cap | grep -q '__EXIT__'; is $? 1 "the program goes on"
done_testing
