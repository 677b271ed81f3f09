# At 40x24, on a copy whose donors' table a failing disk cut short
# (tests/cli/damage.py fewer donor: TST-12 read as not there), the donors'
# list and the record picker (F4 on a new pledge's donor) say under their
# rows that the list does not show every record, the database named, to
# run verify and restore the last backup: about 9 rows at 40 columns.
# Both stopped at 4 rows, after the database's name, so that what to do
# was read nowhere.  Now each takes the rows its words need (as a form's
# foot does, draw_at_foot) while the list keeps its search line, three
# rows of records and the status line; the picker three of its rows, its
# box growing down to the status line where it needs the rows.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture: donors TST-10, TST-11 and TST-12"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
G="$TMP/g"
is "$(fewer_copy "$TMP/b.mdb" "$G" donor)" 1 "the donors' page: one node fewer (TST-12)"

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
SCR_SIZE=40x24
# the database by a short name (a word longer than a row, as $TMP's
# path is at the picker's 32 columns, ends a wrapped sentence there)
cd "$TMP" || exit 1
G=g
flat() { scr_cap | sed 's/│//g' | tr -d '\n' | tr -s ' '; }
whole() {	# its first words, the database, what to do, its last words
	flat | grep -qF 'این فهرست همهٔ رکوردها را نشان نمی‌دهد' &&
	    flat | grep -qF "پایگاه دادهٔ $G خوانده نشد" &&
	    flat | grep -qF "verify' را اجرا کنید" &&
	    flat | grep -qF 'آخرین پشتیبان را برگردانید' &&
	    flat | grep -qF 'بخش "Backup and restore").'
}

scr_start "$G"
scr_wait 'منوی اصلی' >/dev/null; scr_keys 1
scr_wait 'رکوردها:'; ok $? "the donors cut short, 40x24: the donors' list"
scr_settle
whole; ok $? "... the whole sentence under its rows, to «Backup and restore»"
scr_cap | grep -qF 'TST-10'; ok $? "... its rows above it"
scr_cap | grep -qF 'رکوردها:'; ok $? "... its search line"
scr_cap | tail -n 1 | grep -qF 'F10'; ok $? "... the keys' line at the foot"
scr_keys End; scr_settle
whole; ok $? "End: still whole"
scr_keys F10; scr_wait 'منوی اصلی' >/dev/null

scr_keys 5; scr_wait 'رکوردها:' >/dev/null
scr_keys F5; scr_wait 'مشارکت: تازه' >/dev/null
scr_keys F4; scr_wait 'انتخاب: خیّر'; ok $? "the picker: F4 on a new pledge's donor"
scr_settle
whole; ok $? "... the whole sentence under its rows"
scr_cap | grep -qF 'TST-10'; ok $? "... its rows above it"
scr_keys Escape Escape; scr_wait 'مشارکت: تازه' >/dev/null; ok $? "Esc: back on the form"
done_testing
