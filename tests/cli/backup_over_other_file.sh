# backup FILE over a file that is there and is not a backup: «hamyar
# backup needs.csv», typed for «import needs needs.csv», replaced the
# administrator's sheet with a database («پشتیبان در needs.csv نوشته شد»).
# A backup still takes the place of an earlier backup of that name (the
# last one on the stick), and of an empty file; another file is refused
# (exit 1), kept as it was, and nothing else is written beside it.
. "$HAMYAR_SRC/tests/lib.sh"

DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1; ok $? "init"
printf 'kind,name,county\nperson,علي‌اكبر كريمي‌نژاد,مرند\n' >"$TMP/donors.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/donors.csv" >/dev/null 2>&1; ok $? "a donor"
mkdir "$TMP/usb"
cp "$TMP/donors.csv" "$TMP/usb/needs.csv"
sum=$(cksum <"$TMP/usb/needs.csv")

"$HAMYAR" --db "$DB" backup "$TMP/usb/needs.csv" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc" 1 "backup over a CSV: refused, exit 1"
holds "$(cat "$TMP/err")" "پشتیبان‌گیری در $TMP/usb/needs.csv انجام نشد: این پرونده از پیش آنجا هست و پشتیبان نیست" "... saying the file is there and is not a backup"
holds "$(cat "$TMP/err")" "چیزی نوشته نشد و آن پرونده دست نخورد" "... that nothing was written and it is kept"
is "$(wc -c <"$TMP/out")" 0 "... no «written» on stdout"
is "$(cksum <"$TMP/usb/needs.csv")" "$sum" "the CSV is as it was"
is "$(ls -A "$TMP/usb")" "needs.csv" "nothing else was left in its folder"
"$HAMYAR" --lang en --db "$DB" backup "$TMP/usb/needs.csv" >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "backup to $TMP/usb/needs.csv refused: that file is there and is not a backup" "in English"

# an earlier backup of that name, an empty file: replaced as before
"$HAMYAR" --db "$DB" backup "$TMP/usb/hamyar.mdb" >/dev/null 2>&1; ok $? "a first backup"
"$HAMYAR" --db "$DB" import donors "$TMP/donors.csv" --allow-repeats >/dev/null 2>&1
"$HAMYAR" --db "$DB" backup "$TMP/usb/hamyar.mdb" >/dev/null 2>&1; ok $? "a second backup over the first"
is "$("$HAMYAR" --db "$TMP/usb/hamyar.mdb" export donors | grep -c 'کریمی‌نژاد')" 2 "... which holds both donors"
: >"$TMP/usb/empty.mdb"
"$HAMYAR" --db "$DB" backup "$TMP/usb/empty.mdb" >/dev/null 2>&1; ok $? "a backup over an empty file"
"$HAMYAR" --db "$TMP/usb/empty.mdb" verify >/dev/null 2>&1; ok $? "... which is a sound backup"
done_testing
