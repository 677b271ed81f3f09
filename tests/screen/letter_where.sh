# A thank-you letter written under the name proposed (tashakor-ID.html, in
# the program's folder): the note says where it is, its whole path, as a
# clerk or the administrator must find it to print it.  Before, it named
# only the file (the folder the program was started in is seen nowhere).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
mkdir -p "$TMP/home/clerk"
cd "$TMP/home/clerk" || exit 1		# where the program runs (an SSH login's home)
work_open "$DB"
work_ceremony
scr_keys F6
scr_wait "$(vis 'تقدیرنامه در این پرونده نوشته شود:')"; ok $? "F6 proposes a file"
scr_keys Enter
scr_wait "$(vis 'تقدیرنامه نوشته شد در')"; ok $? "the letter is written under the name proposed"
[ -s "$TMP/home/clerk/tashakor-TST-10.html" ]; ok $? "in the program's folder"
scr_cap | grep -qF "$TMP/home/clerk/tashakor-TST-10.html $(vis 'تقدیرنامه نوشته شد در')"
ok $? "the note names its whole path, left to right"
done_testing
