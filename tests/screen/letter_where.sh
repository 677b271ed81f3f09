# A thank-you letter written under the name proposed (tashakor-ID.html, in
# the program's folder): the note says where it is, its whole path, as a
# clerk or the administrator must find it to print it.  Before, it named
# only the file (the folder the program was started in is seen nowhere).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
# where the program runs (an SSH login's home): a short path, so that the
# note holding it fits the 80 columns whatever folder the tests run in
H=$(mktemp -d /tmp/h.XXXXXX) || exit 1
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$TMP" "$H"' EXIT
mkdir -p "$H/clerk"
cd "$H/clerk" || exit 1
work_open "$DB"
work_ceremony
scr_keys F6
scr_wait "$(vis 'تقدیرنامه در این پرونده نوشته شود:')"; ok $? "F6 proposes a file"
scr_keys Enter
scr_wait "$(vis 'تقدیرنامه نوشته شد در')"; ok $? "the letter is written under the name proposed"
[ -s "$H/clerk/tashakor-TST-10.html" ]; ok $? "in the program's folder"
scr_cap | grep -qF "$H/clerk/tashakor-TST-10.html $(vis 'تقدیرنامه نوشته شد در')"
ok $? "the note names its whole path, left to right"
done_testing
