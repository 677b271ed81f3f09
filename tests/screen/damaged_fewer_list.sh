# The full-screen lists on a database one of whose tables a failing disk
# cut short (tests/cli/damage.py fewer TABLE: a leaf holding one node
# fewer, which LMDB reads as one record fewer, without an error).  Before,
# the donors' list said «رکوردها: ۲» over one donor and nothing of damage,
# the users' list left a user out in silence.  Now a list that reads
# fewer rows than it counts, or an entry of an index naming a record that
# is not there, says under its rows that it does not show every record,
# that the database may be damaged, to run verify and restore the last
# backup; the program goes on (the clerk's search text stays).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

. "$HAMYAR_SRC/tests/cli/fixtures_damaged.inc"
damaged_base

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
said() { scr_cap | tr -d '\n' | grep -qF 'این فهرست همهٔ رکوردها را نشان نمی‌دهد'; }
advice() {	# advice DIR: verify DIR, then restore
	scr_cap | tr -d '\n' | tr -s ' ' | grep -qF "پایگاه دادهٔ $1 خوانده نشد" &&
	    scr_cap | tr -d '\n' | tr -s ' ' | grep -qF "آخرین پشتیبان را برگردانید"
}

P="$TMP/p"
is "$(fewer_copy "$TMP/b.mdb" "$P" donor)" 1 "the donors' page: one node fewer"

# the sound database: no such sentence
scr_start "$D"
scr_wait 'منوی اصلی' >/dev/null; ok $? "the sound database opens"
scr_keys 1
scr_wait 'MRD-2' >/dev/null; ok $? "its donors' list shows both donors"
said; is $? 1 "... and says nothing of damage"

scr_start "$P"
scr_wait 'منوی اصلی' >/dev/null; ok $? "the damaged copy opens"
scr_keys 1
scr_wait 'MRD-1' >/dev/null; ok $? "its donors' list shows the donor it can read"
scr_settle
said; ok $? "... and says it does not show every record"
advice "$P"; ok $? "... that a page of the database could not be read, and to restore the last backup"
scr_cap | tr -d '\n' | tr -s ' ' | grep -qF "verify' را اجرا کنید"; ok $? "... after running verify"
scr_cap | grep -q '__EXIT__'; is $? 1 "the program goes on"
scr_keys F3; scr_type 'كريمي'
scr_wait 'كريمي' >/dev/null; ok $? "a search typed in the list ..."
scr_settle
said; ok $? "... keeps the sentence"
scr_cap | grep -qF 'كريمي'; ok $? "... and the search text"

# the names' index cut short (the records whole): the list in name order
# reads one row fewer than the table's count
S="$TMP/s"
is "$(fewer_copy "$TMP/b.mdb" "$S" search)" 1 "the names' index: one node fewer"
scr_start "$S"
scr_wait 'منوی اصلی' >/dev/null; ok $? "that copy opens"
scr_keys 1
scr_wait 'MRD-' >/dev/null; ok $? "its donors' list shows the donor its index names"
scr_settle
said; ok $? "... and says it does not show every record"

# the users' table: root and three clerks, one left out
U="$TMP/u"
"$HAMYAR" --db "$U" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1
for l in ali reza sara; do
	"$HAMYAR" --db "$U" user add "$l" --role clerk --county TBZ >/dev/null 2>&1
done
"$HAMYAR" --db "$U" backup "$TMP/u.mdb" >/dev/null 2>&1; ok $? "a database of four users, backed up"
Q="$TMP/q"
is "$(fewer_copy "$TMP/u.mdb" "$Q" user)" 1 "the users' page: one node fewer"
scr_start "$Q"
scr_wait 'منوی اصلی' >/dev/null; ok $? "the copy opens"
scr_keys 9
scr_wait 'ali' >/dev/null; ok $? "its users' list shows the users it can read"
scr_settle
said; ok $? "... and says it does not show every record"
advice "$Q"; ok $? "... to verify and restore"
scr_keys F10; scr_wait 'منوی اصلی' >/dev/null; ok $? "F10 goes back to the menu"
scr_keys 2
scr_wait 'گروه' >/dev/null; scr_settle
said; is $? 1 "the groups' list, a sound table, says nothing of damage"
done_testing
