# A thank-you letter written to a file that is already there: tui_letter_write
# opened it with fopen("w"), truncating whatever was there (another donor's
# letter, a name mistyped) without a word, and a write that failed half-way
# left half a letter.  Now the clerk is asked, naming the file, before it is
# written over (no by default); no writes nothing and says the file is kept;
# yes replaces it whole, through a temporary file renamed over it, as the
# verbs write (cli_out_open), and no temporary file is left.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
H=$(mktemp -d /tmp/h.XXXXXX) || exit 1
trap 'tm kill-server >/dev/null 2>&1; rm -rf "$TMP" "$H"' EXIT
mkdir -p "$H/clerk"
cd "$H/clerk" || exit 1
F="$H/clerk/tashakor-TST-10.html"
ask() { scr_keys F6; scr_wait "$(vis 'تقدیرنامه در این پرونده نوشته شود:')" >/dev/null; scr_keys Enter; }
question="$(vis 'از پیش هست.')"	# the path before it: the question is wrapped
work_open "$DB"
work_ceremony
ask
scr_wait "$(vis 'تقدیرنامه نوشته شد در')"; ok $? "the first letter is written"
grep -qF '</html>' "$F"; ok $? "... whole"
scr_cap | grep -qF "$question"; is $? 1 "... without a question: no file was there"
# what the clerk has there now: the letter with a line of his own
printf '<!-- نسخهٔ چاپ‌شده برای آقای کریمی -->\n' >>"$F"
cp "$F" "$TMP/first"
inode=$(stat -c %i "$F")

ask
scr_wait "$question"; ok $? "the same name again: asked whether to write over it"
scr_cap | grep -q '│.*tashakor-TST-10\.html'; ok $? "... naming the file"
scr_keys n
scr_wait "$(vis 'نوشته نشد؛ پرونده همان که بود ماند:')"; ok $? "no: it says nothing was written"
scr_cap | grep -qF "$F $(vis 'نوشته نشد؛ پرونده همان که بود ماند:')"; ok $? "... naming the file kept, its whole path"
cmp -s "$F" "$TMP/first"; ok $? "... and the file is as it was"
is "$(stat -c %i "$F")" "$inode" "... the same file"

ask
scr_wait "$question" >/dev/null
scr_keys Enter	# the default: no
scr_wait "$(vis 'نوشته نشد؛ پرونده')"; ok $? "Enter on the question is no"
cmp -s "$F" "$TMP/first"; ok $? "... the file as it was"

ask
scr_wait "$question" >/dev/null
scr_keys y
scr_wait "$(vis 'تقدیرنامه نوشته شد در')"; ok $? "yes: the letter is written"
grep -qF 'نسخهٔ چاپ‌شده' "$F"; is $? 1 "... over the file there"
grep -qF '</html>' "$F"; ok $? "... whole"
[ "$(stat -c %i "$F")" != "$inode" ]; ok $? "... a new file renamed over it, not the old one rewritten"
is "$(ls -A "$H/clerk")" "tashakor-TST-10.html" "no temporary file is left beside it"

# an empty file (made by touch or mktemp) holds nothing to lose: no question
: >"$H/clerk/empty.html"
scr_keys F6; scr_wait "$(vis 'تقدیرنامه در این پرونده نوشته شود:')" >/dev/null
scr_keys C-u; scr_type "$H/clerk/empty.html"; scr_keys Enter
scr_wait "$(vis 'تقدیرنامه نوشته شد در')"; ok $? "an empty file there: written without a question"
grep -qF '</html>' "$H/clerk/empty.html"; ok $? "... the letter in it"
is "$(ls -A "$H/clerk" | wc -l)" 2 "two files, no temporary one"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null	# the recognitions' list
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
work_quit_dash
done_testing
