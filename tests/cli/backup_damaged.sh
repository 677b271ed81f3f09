# `hamyar backup` of a damaged database.  Before, the copy was written and
# named as the backup, "Backup written", exit 0: an administrator kept a
# damaged file as his last good copy, and a backup run again under the
# same name (the weekly stick) replaced the good one with it; damage that
# made LMDB stop (a node's flags garbled) ended the run with its temporary
# copy left on the stick.  Now the copy is checked as `verify` checks a
# database before it takes the file's name: damage is named, nothing is
# written (the file there before is kept as it was), exit 3.
# tests/cli/damage.py damages the first audit entry behind LMDB's back.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/station"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1
printf 'kind,name,national_id,mobile,county\nperson,علي‌اكبر كريمي‌نژاد,۰۰۷۶۲۲۹۶۴۵,09141234567,MRD\nperson,زهرا موسوی‌پور,0012345679,۰۹۱۲۷۶۵۴۳۲۱,مرند\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a database with two donors"
mkdir "$TMP/usb"
"$HAMYAR" --db "$D" backup "$TMP/usb/hamyar.mdb" >"$TMP/out" 2>"$TMP/err"; ok $? "a sound database: backed up"
grep -qF "پشتیبان در $TMP/usb/hamyar.mdb نوشته شد" "$TMP/out"; ok $? "... saying so"
cp "$TMP/usb/hamyar.mdb" "$TMP/good.mdb"

# damage KIND [ARG]: the good backup put back in $TMP/c, damaged
damage() {
	is "$(damaged_copy "$TMP/good.mdb" "$TMP/c" "$@")" 1 "damage $*: an audit entry found"
}

# An audit entry whose value is garbage: LMDB copies it as it is.
damage data
"$HAMYAR" --db "$TMP/c" backup "$TMP/usb/hamyar.mdb" >"$TMP/out" 2>"$TMP/err"
is $? 3 "a damaged database: backup refused (exit 3)"
grep -qF "پشتیبان‌گیری در $TMP/usb/hamyar.mdb انجام نشد: پایگاه داده آسیب دیده است: 1 مشکل" "$TMP/err"
ok $? "saying in Persian that the database is damaged, one problem"
grep -qF "چیزی نوشته نشد و پرونده‌ای که از پیش آنجا بود دست نخورده ماند" "$TMP/err"
ok $? "... that nothing was written and the file there is kept"
grep -qF 'مدخلی از گزارش تغییرات خوانا نیست: - 1' "$TMP/out"; ok $? "naming the damage as verify does"
grep -qF 'نوشته شد' "$TMP/out"; is $? 1 "not that a backup was written"
cmp -s "$TMP/usb/hamyar.mdb" "$TMP/good.mdb"; ok $? "the good backup under that name is kept as it was"
is "$(ls -A "$TMP/usb" | tr '\n' ' ')" "hamyar.mdb hamyar.mdb.b2sum " "nothing else left on the stick"
"$HAMYAR" --db "$TMP/c" backup "$TMP/usb/new.mdb" >/dev/null 2>&1
is $? 3 "to a new name: refused too"
is "$(ls -A "$TMP/usb" | tr '\n' ' ')" "hamyar.mdb hamyar.mdb.b2sum " "and no file made"
"$HAMYAR" --lang en --db "$TMP/c" backup "$TMP/usb/new.mdb" >"$TMP/out" 2>"$TMP/err"
grep -qF "backup to $TMP/usb/new.mdb failed: the database is damaged (problems: 1, named above)" "$TMP/err"; ok $? "in English too"

# The node's flags garbled: LMDB follows pages that are not there while
# copying (1, 6: it stops), or copies the node as it is (4: the check
# finds it).
for f in 1 4 6; do
	damage flags $f
	rm -f "$TMP/usb/"*; cp "$TMP/good.mdb" "$TMP/usb/hamyar.mdb"
	"$HAMYAR" --db "$TMP/c" backup "$TMP/usb/hamyar.mdb" >"$TMP/out" 2>"$TMP/err"
	is $? 3 "flags $f: backup refused (exit 3)"
	grep -qF "پشتیبان‌گیری در $TMP/usb/hamyar.mdb انجام نشد: پایگاه داده آسیب دیده است" "$TMP/err"
	ok $? "flags $f: saying the database is damaged and no backup was made"
	grep -qF 'نوشته شد' "$TMP/out"; is $? 1 "flags $f: not that a backup was written"
	cmp -s "$TMP/usb/hamyar.mdb" "$TMP/good.mdb"; ok $? "flags $f: the good backup kept"
	is "$(ls -A "$TMP/usb")" "hamyar.mdb" "flags $f: no half copy left"
done

# the sound database still backs up, over the old file
"$HAMYAR" --db "$D" backup "$TMP/usb/hamyar.mdb" >/dev/null 2>&1; ok $? "the sound database: backed up again"
"$HAMYAR" --db "$TMP/usb/hamyar.mdb" export donors | grep -qF 'موسوی‌پور'; ok $? "... and the copy reads"
done_testing
