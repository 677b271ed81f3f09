# The record picker (F4 on a form's reference) on a copy whose donors'
# table a failing disk cut short (tests/cli/damage.py fewer donor: TST-12,
# the last donor, read as not there, without an error).  Before, F4 on a
# new pledge's donor showed «رکوردها: ۳» over two donors and nothing of
# damage, and a search by TST-12's name (which the words' index still
# names) found nothing, in silence.  Now the picker says under its rows,
# as the lists do, that the list does not show every record, the database
# named, to run verify and restore the last backup.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture: donors TST-10, TST-11 and TST-12 «کارخانهٔ قند اهر»"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
G="$TMP/g"
is "$(fewer_copy "$TMP/b.mdb" "$G" donor)" 1 "the donors' page: one node fewer (TST-12)"

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
flat() { scr_cap | sed 's/│//g' | tr -d '\n' | tr -s ' '; }
said() { flat | grep -qF 'این فهرست همهٔ رکوردها را نشان نمی‌دهد'; }
advice() {	# advice DIR: the database named, verify, restore
	flat | grep -qF "پایگاه دادهٔ $1 خوانده نشد" &&
	    flat | grep -qF "verify' را اجرا کنید" &&
	    flat | grep -qF "آخرین پشتیبان را برگردانید"
}
picker() {	# picker DIR: a new pledge's form (F5 on the pledges' list), F4 on its donor
	scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys 5; scr_wait 'رکوردها:' >/dev/null || return 1
	scr_keys F5; scr_wait 'مشارکت: تازه' >/dev/null || return 1
	scr_keys F4; scr_wait 'انتخاب: خیّر' >/dev/null && scr_settle
}

picker "$DB"; ok $? "the sound database: F4 on a new pledge's donor"
scr_cap | grep -qF 'TST-12'; ok $? "... lists TST-12"
said; is $? 1 "... and says nothing of damage"
scr_keys Escape; scr_settle

picker "$G"; ok $? "the donors cut short: the picker opens"
scr_cap | grep -qF 'TST-10'; ok $? "... with the donors it read"
said; ok $? "... and says under them that the list does not show every record"
advice "$G"; ok $? "... the database named, to run verify and restore the last backup"
scr_type 'قند'; scr_settle
said; ok $? "a search by TST-12's name: still said"
scr_keys Escape Escape; scr_wait 'مشارکت: تازه' >/dev/null; ok $? "Esc: back on the form, the program goes on"
done_testing
