# A thank-you letter to a name that was free when the clerk chose it (no
# question asked: letter_overwrite.sh) was renamed over that name at the
# end whatever was there by then: a file saved under that name meanwhile
# (another letter or a sheet, from another window) was replaced without a
# word.  Now the letter takes the name only if it is still free (as the
# verbs' files do: out_race.sh); if a file came, it is kept as it is and
# the clerk is asked now, naming it and saying it came meanwhile, whether
# to write this letter over it (no by default): no keeps it and says so,
# naming it (F6 writes the letter again under another name), yes writes
# the letter over it.  A file there at the start that may be replaced
# (one the clerk said yes to writing over, or an empty one, not asked
# about) was replaced at the end whatever was there by then: a sheet
# written into it or saved in its place meanwhile was lost.  Now the
# letter takes the name only over that same file, as it was: else the
# file there is kept and the clerk asked, as for a file that came where
# none was.  The same in English (--lang en), the catalog's words.
# The file comes at a known point, without timing: the program runs under
# gdb, which stops it each time a letter is made (tui_letter_html) and
# runs $TMP/next there (the test puts in it what is to happen).  Skipped
# where gdb cannot run the program.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"

need_gdb

DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
H=$(mktemp -d /tmp/h.XXXXXX) || exit 1
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$TMP" "$H"' EXIT
mkdir -p "$H/clerk"
cd "$H/clerk" || exit 1
# what comes: a clerk's sheet, Persian with ZWNJ and Arabic ي/ك
printf 'نام,کد ملی,مبلغ\nعلی‌رضا كريمي,۰۰۱۲۳۴۵۶۷۹,۲۵۰۰۰۰\nفاطمه نوری‌زاده,1361234563,۱۲0000\n' >"$TMP/sheet"

# the program under gdb, in the pane as scr_start starts it: gdb's own
# output into $TMP/gdb, the program's on the pane, and its exit status
# for the pane's __EXIT__ read from gdb's last words
: >"$TMP/next"
cat >"$TMP/gdbcmds" <<EOF
set confirm off
set pagination off
break tui_letter_html
commands
silent
shell sh '$TMP/next'; : >'$TMP/next'
continue
end
EOF
cat >"$TMP/under-gdb" <<EOF
#!/bin/sh
args=
for a; do args="\$args '\$a'"; done
gdb -q -batch -x '$TMP/gdbcmds' -ex "run \$args >/dev/tty 2>'$TMP/err'" '$HAMYAR' >'$TMP/gdb' 2>&1
grep -q 'exited normally' '$TMP/gdb' && exit 0
rc=\$(sed -n 's/.*exited with code 0*\([0-9][0-9]*\)\].*/\1/p' '$TMP/gdb')
exit \${rc:-99}
EOF
chmod +x "$TMP/under-gdb"
came() { printf "cp '%s' '%s'\n" "$TMP/sheet" "$1" >"$TMP/next"; }
# the sheet saved in the place of the file at $1 (beside it, then renamed
# over it: another file), as an editor saves
swapped() { printf "cp '%s' '%s.came' && mv -f '%s.came' '%s'\n" "$TMP/sheet" "$1" "$1" "$1" >"$TMP/next"; }
letter_to() {	# F6, and the file name typed over the one proposed
	scr_keys F6; scr_wait "$(vis 'تقدیرنامه در این پرونده نوشته شود:')" >/dev/null
	scr_keys C-u; scr_type "$1"; scr_keys Enter
}
temps() { ls -A "$H/clerk" | grep -c '\.tmp'; }
# the path of the letter NAME.html as the screen shows it: the folder left
# to right, the Persian name in its own order
shown() { printf '%s/clerk/%s.html' "$H" "$(vis "$1")"; }
race="$(vis 'در همین میان، هنگام نوشتن')"	# the dialog's first line
kept="$(vis 'نوشته نشد؛ پرونده همان که بود ماند:')"
written="$(vis 'تقدیرنامه نوشته شد در')"

real=$HAMYAR; HAMYAR=$TMP/under-gdb
scr_start "$DB"
HAMYAR=$real
scr_wait "$(vis 'منوی اصلی')" 30; ok $? "the program started under gdb"
scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
work_ceremony

# the name proposed, free when chosen; a sheet saved there meanwhile
F="$H/clerk/tashakor-TST-10.html"
came "$F"
scr_keys F6; scr_wait "$(vis 'تقدیرنامه در این پرونده نوشته شود:')" >/dev/null; scr_keys Enter
scr_wait "$race"; ok $? "a file came at the name while the letter was made: the clerk is asked"
scr_cap | grep -q '│.*tashakor-TST-10\.html'; ok $? "... naming the file"
cmp -s "$F" "$TMP/sheet"; ok $? "... the sheet not replaced meanwhile"
is "$(temps)" 0 "... nothing of the letter left beside it"
scr_keys n
scr_wait "$kept"; ok $? "no: it says nothing was written"
scr_cap | grep -qF "$F $kept"; ok $? "... naming the file kept, its whole path"
cmp -s "$F" "$TMP/sheet"; ok $? "... the sheet as it was, byte for byte"
is "$(ls -A "$H/clerk")" "tashakor-TST-10.html" "... and nothing else in the folder"

# Enter on that question is no
G="$H/clerk/تقدیرنامهٔ شركت.html"
came "$G"
letter_to "تقدیرنامهٔ شركت.html"
scr_wait "$race" >/dev/null; scr_keys Enter
scr_wait "$kept"; ok $? "Enter on the question is no"
cmp -s "$G" "$TMP/sheet"; ok $? "... the file that came as it was"

# yes: the letter written over the file that came
G="$H/clerk/نامهٔ ۱۴۰۵.html"
came "$G"
letter_to "نامهٔ ۱۴۰۵.html"
scr_wait "$race" >/dev/null; scr_keys y
scr_wait "$written"; ok $? "yes: the letter is written"
grep -qF '</html>' "$G" && ! grep -qF 'نوری‌زاده' "$G"; ok $? "... over the file that came, whole"
is "$(temps)" 0 "... no temporary file left"

# a file there at the start, the clerk asked and answering yes; the sheet
# written into it meanwhile: not the file he said yes to, kept, and he is
# asked again, as for a file that came
K="$H/clerk/نامهٔ علی‌اكبر.html"
printf '<!-- نسخهٔ دیگر -->\n' >"$K"
came "$K"
letter_to "نامهٔ علی‌اكبر.html"
scr_wait "$(vis 'از پیش هست. این تقدیرنامه')"; ok $? "a file there at the start: the question of then"
scr_keys y
scr_wait "$race"; ok $? "yes, and a sheet written into that file meanwhile: asked again, as for a file that came"
cmp -s "$K" "$TMP/sheet"; ok $? "... the sheet not replaced meanwhile"
scr_keys n
scr_wait "$(shown 'نامهٔ علی‌اكبر') $kept"; ok $? "no: it says nothing was written, naming the file"
cmp -s "$K" "$TMP/sheet"; ok $? "... the sheet as it was, byte for byte"
is "$(temps)" 0 "... nothing of the letter left beside it"

# an empty file there at the start (no question: nothing to lose), and a
# sheet saved in its place meanwhile: asked; yes writes the letter over it
E="$H/clerk/تقدیرنامهٔ ۲.html"
: >"$E"
swapped "$E"
letter_to "تقدیرنامهٔ ۲.html"
scr_wait "$race"; ok $? "an empty file there, a sheet saved in its place meanwhile: asked"
cmp -s "$E" "$TMP/sheet"; ok $? "... the sheet not replaced meanwhile"
scr_keys y
scr_wait "$(shown 'تقدیرنامهٔ ۲') $written"; ok $? "yes: the letter is written, naming the file"
grep -qF '</html>' "$E" && ! grep -qF 'نوری‌زاده' "$E"; ok $? "... over the sheet, whole"
is "$(temps)" 0 "... no temporary file left"

# a file there at the start, the clerk asked and answering yes, nothing
# coming: written over it, without a second question
: >"$TMP/next"
letter_to tashakor-TST-10.html
scr_wait "$(vis 'از پیش هست. این تقدیرنامه')"; ok $? "a file there at the start, nothing coming: the question of then"
scr_keys y
scr_wait "$F $written"; ok $? "yes: written"
grep -qF '</html>' "$F" && ! grep -qF 'نوری‌زاده' "$F"; ok $? "... over it, whole"
scr_cap | grep -qF "$race"; is $? 1 "... without a second question"

# nothing comes: written without a question, as before
: >"$TMP/next"
letter_to free.html
scr_wait "$written"; ok $? "a free name, nothing coming: written without a question"
grep -qF '</html>' "$H/clerk/free.html"; ok $? "... whole"
is "$(temps)" 0 "no temporary file left at all"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null	# the recognitions' list
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
work_quit_dash

# In English: the same questions and notes, the catalog's words
HAMYAR=$TMP/under-gdb
scr_start "$DB" --lang en
HAMYAR=$real
scr_wait "Main menu" 30; ok $? "under gdb again, in English"
scr_keys 0; scr_wait "Needs by county" >/dev/null
scr_keys F7; scr_wait "TST-" >/dev/null; scr_keys Enter	# the ceremony
scr_wait "TST-10" >/dev/null
en_letter_to() {
	scr_keys F6; scr_wait "Write the letter to the file:" >/dev/null
	scr_keys C-u; scr_type "$1"; scr_keys Enter
}
race="was saved there while this letter"
kept="Not written; the file there is kept:"
written="Letter written to"
# a sheet saved where nothing was
G="$H/clerk/letter-en.html"
came "$G"
en_letter_to letter-en.html
scr_wait "$race"; ok $? "in English: a file came at the name while the letter was made: asked"
scr_cap | grep -q '│.*letter-en\.html'; ok $? "... naming the file"
cmp -s "$G" "$TMP/sheet"; ok $? "... the sheet not replaced meanwhile"
scr_keys n
scr_wait "$kept $G"; ok $? "... no: it says nothing was written, naming the file"
cmp -s "$G" "$TMP/sheet"; ok $? "... the sheet as it was, byte for byte"
# an empty file there at the start, a sheet saved in its place meanwhile
G="$H/clerk/empty-en.html"
: >"$G"
swapped "$G"
en_letter_to empty-en.html
scr_wait "$race"; ok $? "in English: an empty file there, a sheet saved in its place meanwhile: asked"
cmp -s "$G" "$TMP/sheet"; ok $? "... the sheet not replaced meanwhile"
scr_keys n
scr_wait "$kept $G"; ok $? "... no: it says nothing was written, naming the file"
cmp -s "$G" "$TMP/sheet"; ok $? "... the sheet as it was, byte for byte"
# a file there at the start, yes to the question of then, and the sheet
# written into it meanwhile: asked again; yes writes the letter over it
G="$H/clerk/yes-en.html"
printf '<!-- another copy -->\n' >"$G"
came "$G"
en_letter_to yes-en.html
scr_wait "is already there. Write this letter over it?"; ok $? "in English: a file there at the start: the question of then"
scr_keys y
scr_wait "$race"; ok $? "... yes, and the sheet written into it meanwhile: asked again"
scr_keys y
scr_wait "$written $G"; ok $? "... yes: written"
grep -qF '</html>' "$G" && ! grep -qF 'نوری‌زاده' "$G"; ok $? "... over the sheet, whole"
is "$(temps)" 0 "no temporary file left at all"
scr_keys F10; scr_wait "Ceremonies" >/dev/null
scr_keys F10; scr_wait "Needs by county" >/dev/null
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
