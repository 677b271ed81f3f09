# End on the donors' list in name order (its default) on a copy whose
# donors' table a failing disk cut short (tests/cli/damage.py fewer donor:
# MRD-43, «علی‌اکبر رضایي 33», the first leaf's last node, lost without an
# error), while the name index still names him.  End reads the last page
# backwards; End's count (end_count) walked the name index's entries and
# counted them against the heading's count, which they match: the table
# was not walked, and a lost donor off both the first and the last page
# went unnoticed («رکوردها: ۶۰» over 59 in silence), where the same End in
# id order, the table's walk, says so.  Now End in name order walks the
# table too and says the damaged-database sentence under the last page as
# id order does; on the sound database, nothing.  So by id filtered by
# county (F4), whose county index still names him: each entry's record is
# looked for.  The record picker (F4 on a new pledge's donor) lists donors
# in name order too, and its End counted nothing at all: now it counts as
# the list does, and says it under its last rows.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1; ok $? "init"
{
	echo 'id,kind,name,county'
	i=1
	while [ $i -le 60 ]; do
		echo "MRD-$((i + 10)),person,علی‌اکبر رضایي $(printf %02d $i),مرند"
		i=$((i + 1))
	done
} >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "60 donors"
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
P="$TMP/p"
is "$(fewer_copy "$TMP/b.mdb" "$P" donor)" 1 "the donors' first leaf: one node fewer"
"$HAMYAR" --db "$P" export donors 2>/dev/null | grep -q '^MRD-43,'; is $? 1 "... MRD-43 lost"

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
said() { scr_cap | tr -d '\n' | grep -qF 'این فهرست همهٔ رکوردها را نشان نمی‌دهد'; }
ended() {	# ended DIR: the donors' list in name order, End from its first page
	scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys 1; scr_wait 'MRD-11' >/dev/null || return 1
	scr_settle
	said && { echo "# said on the first page"; return 1; }
	scr_cap | grep -q 'MRD-4[234]' && { echo "# MRD-43's place on the first page"; return 1; }
	scr_keys End; scr_wait 'MRD-70' >/dev/null || return 1
	scr_settle
	scr_cap | grep -q 'MRD-4[234]' && { echo "# MRD-43's place on the last page"; return 1; }
	return 0
}
ended "$D"; ok $? "the sound database: End on the donors' list in name order, its last donor shown"
said; is $? 1 "... and nothing said of damage"
scr_keys Home; scr_settle; scr_keys End; scr_settle
said; is $? 1 "... nor at End again"
ended "$P"; ok $? "the damaged copy: End in name order, MRD-43 off both pages, the last donor shown"
said; ok $? "... and it says it does not show every record"
scr_cap | tr -d '\n' | tr -s ' ' | grep -qF "verify' را اجرا کنید"; ok $? "... to run verify"
scr_keys Home; scr_settle
said; ok $? "back on its first page, still said"
# id order said it before too: the same sentence
scr_keys F6; scr_wait 'مرتب‌سازی' >/dev/null
scr_keys Enter; scr_settle	# the first column: by id
scr_keys End; scr_wait 'MRD-70' >/dev/null; scr_settle
said; ok $? "in id order End says the same"
# id order filtered by county (F4): the county's index walked, which
# still names MRD-43 (before, nothing said here either)
filtered() {	# filtered DIR: by id, F4 county Marand, End
	scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys 1; scr_wait 'MRD-11' >/dev/null || return 1
	scr_keys F6; scr_wait 'مرتب‌سازی' >/dev/null || return 1
	scr_keys Enter; scr_settle
	scr_keys F4; scr_wait 'صافی بر پایهٔ' >/dev/null || return 1
	scr_keys Down Enter; scr_wait 'آذرشهر' >/dev/null || return 1
	# the province's counties in their order: Marand the fifteenth
	scr_keys Home Down Down Down Down Down Down Down Down Down Down Down Down Down Down
	scr_settle; scr_keys Enter; scr_wait 'شهرستان: مرند' >/dev/null || return 1
	scr_settle
	said && { echo "# said on the first page"; return 1; }
	scr_keys End; scr_wait 'MRD-70' >/dev/null || return 1
	scr_settle
}
filtered "$D"; ok $? "the sound database: by id, filtered by county Marand, End"
said; is $? 1 "... nothing said of damage"
filtered "$P"; ok $? "the damaged copy: by id, filtered by county Marand, End"
said; ok $? "... it says the list does not show every record"
scr_cap | grep -q '__EXIT__'; is $? 1 "the program goes on"

picked() {	# picked DIR: a new pledge's form, F4 on its donor, End
	scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys 5; scr_wait 'رکوردها:' >/dev/null || return 1
	scr_keys F5; scr_wait 'مشارکت: تازه' >/dev/null || return 1
	scr_keys F4; scr_wait 'MRD-11' >/dev/null || return 1
	scr_settle
	said && { echo "# said on the first page"; return 1; }
	scr_keys End; scr_wait 'MRD-70' >/dev/null || return 1
	scr_settle
	scr_cap | grep -q 'MRD-4[234]' && { echo "# MRD-43's place on the last page"; return 1; }
	return 0
}
picked "$D"; ok $? "the sound database: End in the picker of a pledge's donor, the last donor shown"
said; is $? 1 "... and nothing said of damage"
picked "$P"; ok $? "the damaged copy: End in the picker, the last donor shown"
said; ok $? "... and it says under the rows that the list does not show every record"
scr_cap | grep 'MRD-70' | grep -q '│'; ok $? "... the last donor inside the box, above the sentence"
scr_keys Escape; scr_wait 'مشارکت: تازه' >/dev/null; ok $? "Esc: back on the form, the program goes on"
done_testing
