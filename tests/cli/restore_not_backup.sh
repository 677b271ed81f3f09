# `restore` refuses what is not a backup, naming the file and what to give
# instead, and changes nothing: the donors' CSV from the same stick, a
# folder, a name that is not there, the database's own data.mdb; and it
# refuses while a session has the database open (LMDB's lock on lock.mdb),
# naming the process, where `cp` replaced the file under it.  Before the
# verb, every refusal check here failed.
. "$HAMYAR_SRC/tests/lib.sh"

donors_db
sum=$(cksum <"$D/data.mdb"); files=$(ls -a "$D")
unchanged() { is "$(cksum <"$D/data.mdb") $(ls -a "$D" | tr '\n' ' ')" "$sum $(echo "$files" | tr '\n' ' ')" "$1: nothing changed"; }

"$HAMYAR" --db "$D" restore "$TMP/d.csv" >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: برگرداندن $TMP/d.csv انجام نشد: آن پشتیبانِ پایگاه دادهٔ همیار نیست (یک CSV، یک گزارش، پروندهٔ دیگری؟)؛ چیزی تغییر نکرد. پروندهٔ پشتیبانی را بدهید که «hamyar backup» نوشته است." \
    "the donors' CSV: refused"
unchanged "the CSV"
"$HAMYAR" --lang en --db "$D" restore "$TMP/d.csv" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: restore from $TMP/d.csv refused: it is not a backup of a Hamyar database (a CSV, a report, another file?); nothing was changed. Give the backup file that 'hamyar backup' wrote." \
    "in English"
mkdir "$TMP/usb"
"$HAMYAR" --lang en --db "$D" restore "$TMP/usb" 2>"$TMP/err"; rc=$?
is "$rc" 2 "a folder: refused, a usage error (tests/cli/out_path.sh)"
holds "$(cat "$TMP/err")" "restore from $TMP/usb refused: it is a folder, not a backup file" "... saying so"
"$HAMYAR" --db "$D" restore "$TMP/usb/نیست.mdb" 2>"$TMP/err"; is $? 1 "a name that is not there: refused"
holds "$(cat "$TMP/err")" "برگرداندن $TMP/usb/نیست.mdb انجام نشد: خوانده نمی‌شود" "... naming it"
"$HAMYAR" --db "$D" restore "$D/data.mdb" 2>"$TMP/err"; is $? 1 "the database's own data.mdb: refused"
holds "$(cat "$TMP/err")" "آن پروندهٔ خودِ پایگاه داده است، نه پشتیبان" "... saying so"
unchanged "those"
"$HAMYAR" --db "$D" restore 2>/dev/null; is $? 2 "no file: usage (exit 2)"

# a session has the database open
"$HAMYAR" --db "$D" backup "$TMP/usb/b.mdb" >/dev/null; ok $? "a backup"
mkfifo "$TMP/fifo"
"$HAMYAR" --db "$D" sync import - <"$TMP/fifo" >/dev/null 2>&1 &
P=$!
exec 3>"$TMP/fifo"
i=0
while [ $i -lt 200 ] && ! grep -q pipe "/proc/$P/wchan" 2>/dev/null; do
	sleep 0.05; i=$((i + 1))
done
grep -q pipe "/proc/$P/wchan"; ok $? "a session has the database open"
files=$(ls -a "$D")
"$HAMYAR" --db "$D" restore "$TMP/usb/b.mdb" >/dev/null 2>"$TMP/err"; rc=$?
is "$rc" 1 "restore meanwhile: refused"
holds "$(cat "$TMP/err")" "پایگاه دادهٔ $D در حال کار است (فرایند $P آن را باز دارد)؛ چیزی تغییر نکرد" "naming the process"
unchanged "in use"
kill "$P"; exec 3>&-; wait "$P"
"$HAMYAR" --db "$D" restore "$TMP/usb/b.mdb" >/dev/null 2>&1; ok $? "the session ended: restored"
done_testing
