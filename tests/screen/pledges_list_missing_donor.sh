# The pledges' list on a copy whose donors' table a failing disk cut short
# (tests/cli/damage.py fewer donor: TST-12, the donor of pledges TST-30 and
# TST-31, read as not there, without an error).  Every pledge is listed,
# so the list's count agrees; before, the donor's column showed «TST-12»
# where his name goes and nothing said why.  Now the list says, under its
# rows, that the database could not be read whole (the database named,
# verify, restore the last backup).  The sound database says nothing.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: donor TST-12 «کارخانهٔ قند اهر», his pledges TST-30 and TST-31"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
G="$TMP/g"
is "$(fewer_copy "$TMP/b.mdb" "$G" donor)" 1 "the donors' page: one node fewer (TST-12)"

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
flat() { scr_cap | tr -d '\n' | tr -s ' '; }
said() { flat | grep -qF 'این فهرست همهٔ رکوردها را نشان نمی‌دهد'; }
pledges() {	# pledges DIR: its pledges' list
	scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys 5; scr_wait 'رکوردها:' >/dev/null && scr_settle
}

pledges "$DB"; ok $? "the sound database: the pledges' list"
scr_cap | grep -F 'TST-30' | grep -qF 'کارخانهٔ قند اهر'; ok $? "... TST-30 with its donor's name"
said; is $? 1 "... and nothing said of damage"
scr_keys F10; scr_wait 'منوی اصلی' >/dev/null; scr_keys F10; scr_bye

pledges "$G"; ok $? "the damaged copy: the pledges' list"
scr_cap | grep -F 'TST-30' | grep -qF 'TST-12'; ok $? "... TST-30 with its donor's id, his name unread"
said; ok $? "... and it says the database could not be read whole"
flat | grep -qF "hamyar --db $G verify"; ok $? "... naming the database and verify"
# the pledges' table itself is whole; export stops on the pledge that
# names a donor not there (h-damage7), as the list says damage
"$HAMYAR" --db "$G" export pledges >/dev/null 2>&1; is $? 3 "... export pledges stops there too (exit 3)"
scr_keys F10; scr_wait 'منوی اصلی' >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null; ok $? "the program ends with 0"
done_testing
