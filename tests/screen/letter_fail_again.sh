# A thank-you letter that cannot be written to the name F6 proposes (or
# another relative one): the message names the file's path whole, not
# only the name relative to the program's folder, which the clerk does not
# see; closing it brings the prompt back holding that whole path, for the
# clerk to change the folder.  Before, the message said
# «nodir/tashakor-TST-10.html» alone, and closing it left the clerk on
# the ceremony with what he had typed lost.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
ASK='تقدیرنامه در این پرونده نوشته شود:'
work_fixture "$DB"; ok $? "fixture database made with the CLI"

work_open "$DB"
work_ceremony
scr_keys F6
scr_wait "$(vis "$ASK")"; ok $? "F6 asks where to write the letter"
scr_keys C-u; scr_type 'nodir/tashakor-TST-10.html'; scr_keys Enter	# a folder not there
scr_wait "$(vis 'ذخیره نشد')"; ok $? "the letter cannot be written: a popup says so"
scr_settle
scr_cap | grep -qE '/[^ ]*/nodir/tashakor-TST-10\.html'; ok $? "naming the path whole, from /"
scr_keys Enter
scr_gone "$(vis 'ذخیره نشد')"; ok $? "Enter closes the popup"
scr_wait "$(vis "$ASK")"; ok $? "and the prompt is back"
scr_cap | grep -qE '/[^ ]*/nodir/tashakor-TST-10\.html'; ok $? "holding the whole path, to change the folder"
scr_keys C-u; scr_type "$TMP/tashakor-TST-10.html"; scr_keys Enter
scr_wait "$(vis 'تقدیرنامه نوشته شد در')"; ok $? "another folder: the letter is written"
[ -s "$TMP/tashakor-TST-10.html" ]; ok $? "the file is there"
done_testing
