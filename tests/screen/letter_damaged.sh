# The thank-you letter (تقدیرنامه, F6 on a ceremony's screen) of a donor
# on copies whose pledges' or payments' table a failing disk cut short
# (tests/cli/damage.py fewer pledge / payment: one record fewer, read
# without an error).  Before, the letter was written thanking him for the
# pledge it could read alone, or for less money than he paid, and nothing
# was said.  Now a pledge his index names, or a payment its pledge's index
# names, that is not there stops the letter: nothing written, and a
# message says a page of the database could not be read, to run verify
# and restore the last backup; the program goes on.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: donor TST-12 and his pledges TST-30 and TST-31"
work_paid "$DB"
printf 'id,held_on,title,place,donors\nTST-60,1403/08/01,تجلیل از خیّرین,سالن همایش,TST-12\n' >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null; ok $? "a ceremony honouring TST-12"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
for k in pledge payment; do
	is "$(fewer_copy "$TMP/b.mdb" "$TMP/$k" $k)" 1 "the ${k}s' page: one node fewer"
done

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
said() {	# said DIR: the damaged-database sentence for DIR, in its box
	scr_cap | sed 's/│//g' | tr -d '\n' | tr -s ' ' >"$TMP/cap"
	grep -qF "صفحه‌ای از پایگاه دادهٔ $1 خوانده نشد و کار متوقف شد: شاید آسیب دیده باشد." "$TMP/cap" &&
	    grep -qF "verify' را اجرا کنید؛ اگر آسیبی یافت، آخرین پشتیبان را برگردانید" "$TMP/cap"
}
letter() {	# letter DIR: F6 on the ceremony's screen, the program run in $TMP/out
	rm -rf "$TMP/out"; mkdir "$TMP/out"
	(cd "$TMP/out" && scr_start "$1") || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys 8; scr_wait 'TST-60' >/dev/null || return 1
	scr_keys F7; scr_wait 'کارخانهٔ قند اهر' >/dev/null || return 1
	scr_keys F6; scr_wait 'تقدیرنامه در این پرونده نوشته شود:' >/dev/null || return 1
	scr_keys Enter
}

letter "$DB"; ok $? "the sound database: F6, the name proposed"
scr_wait 'تقدیرنامه نوشته شد در' >/dev/null; ok $? "... the letter is written"
[ -s "$TMP/out/tashakor-TST-12.html" ]; ok $? "... in the program's folder"

for k in pledge payment; do
	letter "$TMP/$k"; ok $? "${k}s cut short: F6, the name proposed"
	scr_wait 'ذخیره نشد' >/dev/null; ok $? "... not saved"
	said "$TMP/$k"; ok $? "... a page of the database could not be read: verify, restore the last backup"
	[ ! -e "$TMP/out/tashakor-TST-12.html" ]; ok $? "... no letter written"
	scr_keys Enter; scr_settle
	scr_cap | grep -qF 'کارخانهٔ قند اهر'; ok $? "... the ceremony's screen again: the program goes on"
	scr_cap | grep -q '__EXIT__'; is $? 1 "... not ended"
done
done_testing
