# A thank-you letter that cannot be written (its folder read-only, or, for
# root, whom no mode stops, a folder that is not there), keys only: the
# popup says so with the file's path whole and left to right, as the note
# of a written letter shows it, not broken up by the Persian sentence
# around it (its '/' drawn at the wrong end, its parts in reverse order).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
mkdir -p "$TMP/ro"
chmod 555 "$TMP/ro"
if [ "$(id -u)" -eq 0 ]; then DIR="$TMP/ro/نامه‌ها"; else DIR="$TMP/ro"; fi
P="$DIR/tashakor-TST-10.html"

work_open "$DB"
work_ceremony
scr_keys F6
scr_wait "$(vis 'تقدیرنامه در این پرونده نوشته شود:')"; ok $? "F6 asks where to write the letter"
scr_keys C-u					# the path proposed, emptied
scr_type "$P"; scr_keys Enter
scr_wait "$(vis 'ذخیره نشد')"; ok $? "the letter cannot be written: a popup says so"
scr_settle
scr_cap >"$TMP/screen"
sed 's/^/# | /' "$TMP/screen"
# (its Persian folder name, inside a left-to-right line, reads as the
# layout verb draws it)
ltr() { printf '%s\n' "$1" | "$HAMYAR" layout --dir ltr; }
grep -qF "$(ltr "$P")" "$TMP/screen"; ok $? "the path is shown whole, left to right, on a line of its own"
grep -F "$(ltr "$P")" "$TMP/screen" | grep -qF "$(vis 'ممکن نشد')"; is $? 1 "... apart from the Persian sentence"
[ ! -e "$P" ]; ok $? "no file was written"
scr_keys Enter
scr_gone "$(vis 'ذخیره نشد')"; ok $? "Enter closes the popup"

# A path wider than the popup is split after a '/', each part whole and
# left to right.  (The prompt is back after the failure, holding the
# path: Ctrl-U empties it.)
LONG="$DIR/$(printf 'a%.0s' $(seq 40))/$(printf 'b%.0s' $(seq 40))/tashakor-TST-10.html"
scr_wait "$(vis 'تقدیرنامه در این پرونده نوشته شود:')"
scr_keys C-u
scr_type "$LONG"; scr_keys Enter
scr_wait "$(vis 'ذخیره نشد')"; scr_settle
scr_cap >"$TMP/screen"
A40=$(printf 'a%.0s' $(seq 40)) B40=$(printf 'b%.0s' $(seq 40))
grep -qF "$A40/" "$TMP/screen" && grep -qF "$B40/tashakor-TST-10.html" "$TMP/screen" &&
    ! grep -q '[ab]\{1,39\}│' "$TMP/screen"
ok $? "a long path is split after a '/' into whole parts"
scr_keys Enter
scr_gone "$(vis 'ذخیره نشد')"
done_testing
