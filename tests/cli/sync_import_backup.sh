# The wrong file from the stick: HQ's administrator, the station's backup
# and its bundle side by side on one USB stick, gives `sync import` the
# backup.  It was refused as «... بستهٔ همگام‌سازی نیست یا آسیب دیده است؛
# از ایستگاه فرستنده بستهٔ تازه بخواهید», sending him to ask the station
# for a new bundle when the bundle was beside it.  It now says the file is
# a copy of station TBZ's database (a backup, or a data.mdb), not a
# bundle, which file a bundle is, and that a backup goes back with
# restore; nothing applied, exit 1 as before.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
tbz_donors; ok $? "TBZ's two donors at HQ"
mkdir "$TMP/usb"
"$HAMYAR" --db "$T" backup "$TMP/usb/hamyar-TBZ.mdb" >/dev/null 2>&1; ok $? "TBZ's backup on the stick"
"$HAMYAR" --db "$Q" export donors >"$TMP/q0"

"$HAMYAR" --db "$Q" sync import "$TMP/usb/hamyar-TBZ.mdb" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: بسته رد شد و هیچ تغییری اعمال نشد: $TMP/usb/hamyar-TBZ.mdb رونوشتی از پایگاه دادهٔ ایستگاه TBZ است (پشتیبان یا data.mdb)، نه بستهٔ همگام‌سازی: بسته پرونده‌ای است که hamyar sync export --to HQ در ایستگاه فرستنده می‌نویسد؛ پشتیبان با hamyar restore برگردانده می‌شود (README، «Backup and restore»)" \
    "the backup given for a bundle: said to be TBZ's database, not a bundle"
is "$(cat "$TMP/out")" "" "nothing said imported"
"$HAMYAR" --db "$Q" export donors | cmp -s - "$TMP/q0"; ok $? "HQ's donors as they were"
"$HAMYAR" --lang en --db "$Q" sync import "$TMP/usb/hamyar-TBZ.mdb" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: bundle refused, nothing applied: $TMP/usb/hamyar-TBZ.mdb is a copy of station TBZ's database (a backup, or a data.mdb), not a sync bundle: a bundle is the file that hamyar sync export --to HQ writes at the sending station; a backup is put back with hamyar restore (README, \"Backup and restore\")" \
    "in English under --lang en"
"$HAMYAR" --db "$Q" sync import "$T/data.mdb" 2>"$TMP/err"; rc=$?
holds "$rc $(cat "$TMP/err")" "1 hamyar: بسته رد شد و هیچ تغییری اعمال نشد: $T/data.mdb رونوشتی از پایگاه دادهٔ ایستگاه TBZ است" "TBZ's data.mdb itself alike"

# a file that is neither keeps the words it had
printf 'kind,name,county\nperson,علی‌رضا کریمی,TBZ\n' >"$TMP/usb/donors.csv"
"$HAMYAR" --db "$Q" sync import "$TMP/usb/donors.csv" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: بسته رد شد و هیچ تغییری اعمال نشد: $TMP/usb/donors.csv بستهٔ همگام‌سازی نیست یا آسیب دیده است؛ از ایستگاه فرستنده بستهٔ تازه بخواهید (hamyar sync export --to HQ)" \
    "a CSV: not a bundle, as before"
# a pipe that sent something else is read once, and not opened again to
# see whether it is a database (that open waited for a writer for ever)
mkfifo "$TMP/pipe"
(printf 'kind,name\n' >"$TMP/pipe" &)
timeout 20 "$HAMYAR" --db "$Q" sync import "$TMP/pipe" 2>"$TMP/err"; rc=$?
holds "$rc $(cat "$TMP/err")" "1 hamyar: بسته رد شد و هیچ تغییری اعمال نشد: $TMP/pipe بستهٔ همگام‌سازی نیست" "a pipe with no bundle: refused, not waited on"
done_testing
