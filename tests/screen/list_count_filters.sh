# A list says how many records are in view and which filters are on
# whatever is on: a search with a filter (F4), a second filter (a donor's
# introducing group, which no index counts), in Persian and in English,
# at 80 and at 120 columns.  The count is never cut; a filter too long
# for the search line takes a row of its own under it (at 80 columns,
# the group's long name, whole), where it was cut (its value alone, with
# an ellipsis).  Before, a search or a group's filter left the count out
# of the search line.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
cat >"$TMP/groups.csv" <<'CSV'
id,kind,name,county
MRD-1,imam_office,دفتر امام جمعهٔ مرند و نمایندگی ولی فقیه در شهرستان,MRD
MRD-2,imam_office,هیئت امنای مسجد جامع,MRD
CSV
cat >"$TMP/donors.csv" <<'CSV'
id,kind,name,county,introduced_by
MRD-10,person,علی عبدالله‌زاده,MRD,MRD-1
MRD-11,person,علي‌رضا احمدی,MRD,MRD-1
MRD-12,person,علی کریمی,MRD,MRD-2
MRD-13,person,زهرا علیزاده,MRD,MRD-1
MRD-14,person,محمد رضایی,MRD,MRD-1
CSV
for k in groups donors; do
	"$HAMYAR" --db "$D" import $k "$TMP/$k.csv" >/dev/null; ok $? "import $k"
done
LINE() { scr_cap | sed -n 2p; }
FILTERS() { scr_cap | sed -n 2,3p; }	# the search line, and the filters' own row
# F4, the introducing group, then the group MRD-1 (the first in name order
# is «دفتر ...»)
group_filter() {
	scr_keys F4; scr_wait "$1" >/dev/null; scr_keys Down Down Enter
	scr_wait 'MRD-2' >/dev/null; scr_settle; scr_keys Enter
	scr_gone '┌' >/dev/null; scr_settle
}

for size in 80x24 120x40; do
	scr_start "$D"
	tm resize-window -t main -x "${size%x*}" -y "${size#*x}"
	scr_wait "$(vis 'منوی اصلی')"; scr_keys 1
	scr_wait 'MRD-14' >/dev/null; scr_settle
	scr_type 'علی'; scr_wait 'MRD-10' >/dev/null; sleep 1; scr_settle
	LINE | grep -qF "$(vis 'رکوردها: ۴')"; ok $? "$size: a search says its count (4: the words starting علی)"
	group_filter "$(vis 'صافی بر پایهٔ')"
	LINE | grep -qF "$(vis 'رکوردها: ۳')"; ok $? "$size: a search and a group's filter: 3"
	FILTERS | grep -qF "$(vis 'دفتر امام جمعهٔ مرند و نمایندگی ولی فقیه در شهرستان')"
	ok $? "$size: ... the group named whole"
	scr_keys Escape; sleep 1; scr_settle
	LINE | grep -qF "$(vis 'رکوردها: ۴')"; ok $? "$size: the group's filter alone: 4"
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye
	scr_wait "__EXIT__=0" >/dev/null
done

scr_start "$D" --lang en
scr_wait "Main menu"; scr_keys 1
scr_wait 'MRD-14' >/dev/null; scr_settle
scr_type 'علی'; scr_wait 'MRD-10' >/dev/null; sleep 1; scr_settle
group_filter 'Filter by'
LINE | grep -qF 'Records: 3'; ok $? "English, 80 columns: a search and a group's filter: Records: 3"
scr_cap | sed -n 3p | grep -qF "Introducing group: $(vis 'دفتر امام جمعهٔ مرند و نمایندگی ولی فقیه در شهرستان')"
ok $? "... the long group's filter on a row of its own, named whole"
FILTERS | grep -qF '…'; is $? 1 "... nothing cut"
scr_keys Escape; scr_keys F10; scr_wait "Main menu"; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "exits"
done_testing
