# A list longer than the screen on a database whose donors' table a
# failing disk cut short (tests/cli/damage.py fewer donor: the last,
# MRD-12, «یاسمن رحیمی», last in name order too, read without an error),
# read page by page in id order (F6, the id column).  The lists counted
# the rows they read against the table's count only when the whole list
# fitted one page: paged down to its last row, the donors' list said
# «رکوردها: ۱۲» over eleven donors and nothing of damage.  Now the last
# page of a list paged from its first row counts every row passed on the
# way: the damaged-database sentence under the rows.
# End reads the last page backwards, without the rows before it: before,
# it showed the eleven in silence too.  Now End counts the list's entries
# (their keys; tests/screen/damaged_fewer_end_long.sh: past 5000 rows too) against the heading's count.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1
{
	echo 'kind,name,mobile,county'
	for n in 'علي‌اكبر كريمي‌نژاد' 'زهرا موسوی‌پور' 'حسین رضایی' 'مریم احمدی‌فر' 'رضا قاسمی' 'فاطمه نوری' \
	    'محمد جعفری' 'سارا کاظمی' 'علی صادقی' 'نرگس حیدری' 'مهدی اکبری' 'یاسمن رحیمی'; do
		echo "person,$n,,MRD"
	done
} >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a database of twelve donors"
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
P="$TMP/p"
is "$(fewer_copy "$TMP/b.mdb" "$P" donor)" 1 "the donors' page: one node fewer"

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
SCR_SIZE=80x14	# a page of a few rows: the twelve donors take three
said() { scr_cap | tr -d '\n' | grep -qF 'این فهرست همهٔ رکوردها را نشان نمی‌دهد'; }
paged() {	# paged DIR: the donors' list, PgDn to its last page
	scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys 1; scr_wait 'MRD-1' >/dev/null || return 1
	scr_keys F6; scr_wait 'مرتب‌سازی' >/dev/null || return 1
	scr_keys Enter; scr_settle	# the first column: by id
	said && { echo "# said on the first page"; return 1; }
	scr_keys NPage; scr_settle; scr_keys NPage; scr_settle; scr_keys NPage; scr_settle
	scr_keys NPage; scr_settle
}

paged "$D"; ok $? "the sound database: the donors' list paged to its end, nothing said on its first page"
scr_cap | grep -qF 'MRD-12'; ok $? "... its last donor shown"
said; is $? 1 "... and nothing said of damage"

paged "$P"; ok $? "the damaged copy: the donors' list paged to its end, nothing said on its first page"
scr_cap | grep -qF 'MRD-11'; ok $? "... the last donor it can read shown"
said; ok $? "... and it says it does not show every record"
scr_cap | tr -d '\n' | tr -s ' ' | grep -qF "verify' را اجرا کنید"; ok $? "... to run verify"
scr_keys Home; scr_settle
said; ok $? "back on its first page, still said"
scr_cap | grep -q '__EXIT__'; is $? 1 "the program goes on"

ended() {	# ended DIR: the donors' list by id, End from its first page
	scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys 1; scr_wait 'MRD-1' >/dev/null || return 1
	scr_keys F6; scr_wait 'مرتب‌سازی' >/dev/null || return 1
	scr_keys Enter; scr_settle
	said && { echo "# said on the first page"; return 1; }
	scr_keys End; scr_settle
}
ended "$D"; ok $? "the sound database: End on the donors' list by id"
scr_cap | grep -qF 'MRD-12'; ok $? "... its last donor shown"
said; is $? 1 "... and nothing said of damage"
ended "$P"; ok $? "the damaged copy: End on the donors' list by id"
scr_cap | grep -qF 'MRD-11'; ok $? "... the last donor it can read shown"
said; ok $? "... and it says it does not show every record"
scr_keys Home; scr_settle
said; ok $? "back on its first page, still said"
done_testing
