# F6's thank-you letter prompt proposes the file by its whole path, so the
# clerk reads where it will go: tashakor-ID.html in the folder the program
# was started in (README), or, started in the database's own folder,
# where no letter may be written, in his home folder.  Before, it
# proposed the name alone, tashakor-TST-10.html, the folder seen nowhere
# (and, started in the database's folder, refused what it proposed).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
# short paths, so that the prompt holding them fits the 80 columns
H=$(mktemp -d /tmp/h.XXXXXX) || exit 1
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$TMP" "$H"' EXIT
mkdir -p "$H/clerk"
cd "$H/clerk" || exit 1
work_open "$DB"
work_ceremony
scr_keys F6
scr_wait "$(vis 'تقدیرنامه در این پرونده نوشته شود:')"; ok $? "F6 proposes a file"
scr_wait "$H/clerk/tashakor-TST-10.html"; ok $? "... by its whole path, in the folder the program was started in"
scr_keys Enter
scr_wait "$(vis 'تقدیرنامه نوشته شد در')" >/dev/null
[ -s "$H/clerk/tashakor-TST-10.html" ]; ok $? "Enter writes it there"
tm kill-server; sleep 0.3

# started in the database's folder: the home folder (scr_start's HOME, $TMP)
cd "$DB" || exit 1
work_open "$DB"
work_ceremony
scr_keys F6
scr_wait "$(vis 'تقدیرنامه در این پرونده نوشته شود:')" >/dev/null
scr_wait "$TMP/tashakor-TST-10.html"; ok $? "started in the database's folder: proposed in the home folder"
scr_keys Enter
scr_wait "$(vis 'تقدیرنامه نوشته شد در')"; ok $? "... and written"
[ -s "$TMP/tashakor-TST-10.html" ]; ok $? "... there"
ls "$DB"/tashakor-* >/dev/null 2>&1; is $? 2 "nothing written into the database's folder"
done_testing
