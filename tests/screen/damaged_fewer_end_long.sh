# End on a list of more than 5000 rows (SORT_LIMIT in tui/list.c) on a
# copy whose donors' table a failing disk cut short: 5,100 donors, the
# table's first leaf one node fewer (tests/cli/damage.py fewer donor: a
# donor in the middle of the table lost, read without an error).  End
# reads the last page backwards; it counted the list's entries against
# the heading's count only for a list of up to 5000 rows, and on a longer
# one showed its last page under «رکوردها: ۵۱۰۰» in silence.  Now End
# counts the entries (their keys, the map's pages given back as they add
# up) at any length, and says the damaged-database sentence under the
# last page; on the sound database, nothing.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1; ok $? "init"
{
	echo 'id,kind,name,county'
	i=1
	while [ $i -le 5100 ]; do
		echo "MRD-$((i + 10)),person,علی‌اکبر رضایي $i,مرند"
		i=$((i + 1))
	done
} >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "5,100 donors"
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
P="$TMP/p"
is "$(fewer_copy "$TMP/b.mdb" "$P" donor)" 1 "the donors' first leaf: one node fewer"
"$HAMYAR" --db "$P" export donors >/dev/null 2>&1; is $? 3 "... a donor lost (export donors: exit 3)"

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
said() { scr_cap | tr -d '\n' | grep -qF 'این فهرست همهٔ رکوردها را نشان نمی‌دهد'; }
ended() {	# ended DIR: the donors' list by id, End from its first page
	scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys 1; scr_wait 'MRD-11' >/dev/null || return 1
	scr_keys F6; scr_wait 'مرتب‌سازی' >/dev/null || return 1
	scr_keys Enter; scr_settle	# the first column: by id
	said && { echo "# said on the first page"; return 1; }
	scr_keys End; scr_wait 'MRD-5110' >/dev/null || return 1
	scr_settle
}
ended "$D"; ok $? "the sound database: End on the donors' list by id, its last donor shown"
said; is $? 1 "... and nothing said of damage"
scr_keys Home; scr_settle; scr_keys End; scr_settle
said; is $? 1 "... nor at End again"
ended "$P"; ok $? "the damaged copy: End on the donors' list by id, its last donor shown"
said; ok $? "... and it says it does not show every record"
scr_cap | tr -d '\n' | tr -s ' ' | grep -qF "verify' را اجرا کنید"; ok $? "... to run verify"
scr_cap | grep -q 'MRD-5110'; ok $? "... the last page shown above it"
scr_keys Home; scr_settle
said; ok $? "back on its first page, still said"
scr_cap | grep -q '__EXIT__'; is $? 1 "the program goes on"
done_testing
