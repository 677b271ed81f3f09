# A backup copied over data.mdb in place (cp backup /var/lib/hamyar/data.mdb)
# while sessions of the program still have the database open, instead of
# ending them and moving data.mdb and lock.mdb aside as the README says.
# The lock file the sessions share then describes the file that was there:
# before, nothing noticed, and a program started meanwhile read the new
# file by the old one's transaction numbers and wrote into it.  Now a
# program opening it meanwhile is refused, naming what happened and what
# to do (end every session); once they have ended, the file copied in
# opens as the database.  The session left open is `sync import -`
# waiting for its bundle on a FIFO.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/station"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1
printf 'kind,name,national_id,mobile,county\nperson,علي‌اكبر كريمي‌نژاد,۰۰۷۶۲۲۹۶۴۵,09141234567,MRD\nperson,زهرا موسوی‌پور,0012345679,۰۹۱۲۷۶۵۴۳۲۱,مرند\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a database with two donors"
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a backup"
printf 'kind,name,national_id,county\nperson,حسین‌علی رضايي,1234567891,MRD\n' >"$TMP/d2.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d2.csv" >/dev/null 2>&1; ok $? "a third donor after it"

mkfifo "$TMP/fifo"
"$HAMYAR" --db "$D" sync import - <"$TMP/fifo" >/dev/null 2>&1 &
P=$!
exec 3>"$TMP/fifo"
i=0
while [ $i -lt 200 ] && ! grep -q pipe "/proc/$P/wchan" 2>/dev/null; do
	sleep 0.05; i=$((i + 1))
done
grep -q pipe "/proc/$P/wchan"; ok $? "a session has the database open"

cp "$TMP/b.mdb" "$D/data.mdb"; ok $? "the backup copied over data.mdb"
"$HAMYAR" --db "$D" export donors >"$TMP/out" 2>"$TMP/err"
is $? 3 "export meanwhile: refused (exit 3)"
grep -qF "پروندهٔ data.mdb آن رونویسی شد (پشتیبانی روی آن کپی شد؟) در حالی که نشست‌هایی از برنامه پایگاه داده را باز داشتند" "$TMP/err"
ok $? "saying data.mdb was overwritten while sessions had it open"
grep -qF 'نخست همهٔ نشست‌ها باید بسته شوند' "$TMP/err"; ok $? "... and that every session must end first"
[ ! -s "$TMP/out" ]; ok $? "nothing exported"
printf 'kind,name,national_id,county\nperson,نرگس امینی,0451234561,MRD\n' >"$TMP/d3.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d3.csv" >/dev/null 2>"$TMP/err"
is $? 3 "an import meanwhile: refused (exit 3)"
grep -qF 'رونویسی شد' "$TMP/err"; ok $? "... saying why"
"$HAMYAR" --lang en --db "$D" verify >/dev/null 2>"$TMP/err"
is $? 3 "verify meanwhile: refused (exit 3)"
grep -qF "cannot open the database $D: its file data.mdb was overwritten (a backup copied over it?) while sessions of the program had the database open" "$TMP/err"
ok $? "in English too"

kill "$P"; exec 3>&-; wait "$P"
"$HAMYAR" --db "$D" verify >/dev/null 2>&1; ok $? "the session ended: the database opens, consistent"
"$HAMYAR" --db "$D" export donors >"$TMP/out" 2>&1; ok $? "export works"
grep -qF 'موسوی‌پور' "$TMP/out"; ok $? "it is the backup: its donors"
grep -qF 'حسین‌علی' "$TMP/out"; is $? 1 "not the donor added after it"
grep -qF 'امینی' "$TMP/out"; is $? 1 "nor the import refused meanwhile"
"$HAMYAR" --db "$D" import donors "$TMP/d3.csv" >/dev/null 2>&1; ok $? "and takes new records"
done_testing
