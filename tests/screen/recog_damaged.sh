# A ceremony's screen (تجلیل از خیّرین: 8, F7 on a ceremony) on a copy
# whose donors' table a failing disk cut short (tests/cli/damage.py fewer
# donor: the last donor, TST-12 «کارخانهٔ قند اهر», lost without an
# error), the ceremony that honoured him whole.  Before, his row showed
# his id and an empty name, nothing was said of damage, and F6 wrote a
# thank-you letter to «TST-12».  Now his row shows his id where his name
# goes, the damaged-database sentence stands under the rows (as the
# pledges' screen says it of a pledge's donor it cannot read), and F6 on
# him writes nothing: «ذخیره نشد» with the same advice (so does F8, whose
# write the store refuses as naming a donor not there); the letters of
# the donors it can read are written as ever.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: donors TST-10, TST-11, TST-12 and pledges"
printf 'id,held_on,title,place,donors\nTST-60,۱۴۰۳/۰۸/۰۱,تجلیل از خیّرین,سالن همایش,TST-10 TST-11 TST-12\n' >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null 2>&1; ok $? "a ceremony honouring the three"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
P="$TMP/p"
is "$(fewer_copy "$TMP/b.mdb" "$P" donor)" 1 "the donors' page: one node fewer"

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
foot() {	# foot DIR: the list's damaged-database sentence for DIR
	scr_cap | tr -d '\n' | tr -s ' ' >"$TMP/cap"
	grep -qF 'این فهرست همهٔ رکوردها را نشان نمی‌دهد' "$TMP/cap" &&
	    grep -qF "verify' را اجرا کنید" "$TMP/cap"
}
boxed() {	# boxed DIR: the stopped-on-a-page sentence for DIR, in its box
	scr_cap | sed 's/│//g' | tr -d '\n' | tr -s ' ' >"$TMP/cap"
	grep -qF "صفحه‌ای از پایگاه دادهٔ $1 خوانده نشد و کار متوقف شد: شاید آسیب دیده باشد." "$TMP/cap" &&
	    grep -qF "verify' را اجرا کنید؛ اگر آسیبی یافت، آخرین پشتیبان را برگردانید" "$TMP/cap"
}
ceremony() {	# ceremony DIR: its screen, the program run in $TMP/out
	rm -rf "$TMP/out"; mkdir "$TMP/out"
	(cd "$TMP/out" && scr_start "$1") || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys 8; scr_wait 'TST-60' >/dev/null || return 1
	scr_keys F7; scr_wait 'بنیاد نیکوکاری مهر' >/dev/null || return 1
	scr_settle
}

ceremony "$DB"; ok $? "the sound database: the ceremony's screen"
row_has 'TST-12' 'کارخانهٔ قند اهر'; ok $? "... TST-12 named"
foot; is $? 1 "... nothing said of damage"

ceremony "$P"; ok $? "the damaged copy: the ceremony's screen opens"
row_has 'TST-10' 'شرکت فولاد آذر'; ok $? "... the donors it can read named"
[ "$(scr_cap | grep -o 'TST-12' | wc -l)" -eq 2 ]; ok $? "... TST-12's id where his name goes"
foot; ok $? "... and under the rows: not every record shown, run verify"
scr_keys End; scr_settle
scr_keys F6; scr_settle
scr_cap | grep -qF 'تقدیرنامه در این پرونده نوشته شود:'; is $? 1 "F6 on TST-12: no file asked for"
scr_wait 'ذخیره نشد' >/dev/null; ok $? "... «not saved»"
boxed "$P"; ok $? "... a page of the database could not be read: verify, restore the last backup"
[ ! -e "$TMP/out/tashakor-TST-12.html" ]; ok $? "... no letter written"
scr_keys Enter; scr_settle
scr_keys Up; scr_settle
scr_keys F6; scr_wait 'تقدیرنامه در این پرونده نوشته شود:' >/dev/null; ok $? "F6 on TST-11: his letter asked for"
scr_keys Enter; scr_wait 'تقدیرنامه نوشته شد در' >/dev/null; ok $? "... and written"
[ -s "$TMP/out/tashakor-TST-11.html" ]; ok $? "... in the program's folder"
scr_cap | grep -q '__EXIT__'; is $? 1 "the program goes on"
# F8 on TST-11: the ceremony written again would name TST-12, whom the
# store does not find; before, «ارجاع به رکوردی است که وجود ندارد» alone
scr_keys F8; scr_wait 'از این مراسم برداشته شود؟' >/dev/null; ok $? "F8 on TST-11: asked"
scr_keys y; scr_wait 'ذخیره نشد' >/dev/null; ok $? "... not saved"
boxed "$P"; ok $? "... a page of the database could not be read: verify, restore the last backup"
done_testing
