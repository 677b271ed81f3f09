# Two filters on a list at 40 and 50 columns (the needs' county, then a
# status): the search line had no room for them, and each was cut to a
# letter or two, «آذ…   شن…»; their room went and came as the search box
# took what was typed.  Now filters that do not fit whole beside the box
# (at its fewest cells) and the count take a row of their own under the
# search line, named whole, «شهرستان: آذرشهر   وضعیت: شناسایی‌شده», the
# page a row shorter; a search typed leaves that row as it is.  On the
# search line (80 columns, a county and a long group name) the filters
# are fitted to the room the box leaves at its fewest, whatever is typed
# in it: before, an empty box gave them more, and they changed (lost a
# name) as a search was typed.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" demo >/dev/null 2>&1; ok $? "the demo database"
ROW() { scr_cap | sed -n "${1}p"; }
filter() {	# filter FIELD VALUE: F4, the field, the value
	scr_keys F4; scr_wait "$(vis 'صافی بر پایهٔ')" >/dev/null
	scr_pick "$1"; scr_wait "$(vis "$2") │" >/dev/null
	scr_pick "$2"; scr_gone '┌' >/dev/null; scr_settle
}
BOTH="$(vis 'شهرستان: آذرشهر   وضعیت: شناسایی‌شده')"
for SCR_SIZE in 40x24 50x24; do
	scr_start "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle; scr_keys 4
	scr_wait "$(vis 'رکوردها: ۲۰۰')" >/dev/null
	filter 'شهرستان' 'آذرشهر'
	filter 'وضعیت' 'شناسایی‌شده'
	scr_wait "$(vis 'رکوردها: ۲')" >/dev/null; scr_settle
	is "$(ROW 3 | sed "s/^ *//; s/ *$//")" "$BOTH" "$SCR_SIZE: two filters on a row of their own, named whole" || echo "# $(ROW 2)"
	holds "$(ROW 2)" "$(vis 'رکوردها: ۲')" "... the count on the search line"
	case $(ROW 2) in *…*) ok 1 "... nothing cut there" ;; *) ok 0 "... nothing cut there" ;; esac
	holds "$(ROW 4)" "$(vis 'شناسه')" "... the columns' heading under the filters"
	holds "$(ROW 5)" "TBZ-" "... the rows under it"
	scr_type 'توسعه'; scr_wait "$(vis 'توسعه')" >/dev/null; scr_settle
	is "$(ROW 3 | sed "s/^ *//; s/ *$//")" "$BOTH" "$SCR_SIZE: a word typed: the filters' row as it was"
	holds "$(ROW 2)" "$(vis 'توسعه')" "... the word in the box"
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
	scr_wait "__EXIT__=0" >/dev/null; ok $? "$SCR_SIZE: the program ends with 0"
done

# 80 columns: a county and a long group name beside the box
D="$TMP/mrd"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1
printf 'id,kind,name,county\nMRD-1,imam_office,دفتر امام جمعهٔ مرند,MRD\n' >"$TMP/g.csv"
printf 'id,kind,name,county,introduced_by\n%s\n%s\n%s\n' \
    'MRD-10,person,محمدرضا عبدالله‌زاده,MRD,MRD-1' 'MRD-11,person,زهرا احمدي‌نژاد,MRD,MRD-1' \
    'MRD-12,person,علی کریمی,MRD,' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import groups "$TMP/g.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a group and three donors at MRD"
SCR_SIZE=80x24
scr_start "$D"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 1
scr_wait "$(vis 'رکوردها: ۳')" >/dev/null
filter 'شهرستان' 'مرند'
scr_keys F4; scr_wait "$(vis 'صافی بر پایهٔ')" >/dev/null; scr_pick 'گروه معرف'
scr_wait "$(vis 'انتخاب: گروه مرجع')" >/dev/null; scr_type 'دفتر امام'
scr_wait "$(vis 'دفتر امام جمعهٔ مرند')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'رکوردها: ۲')" >/dev/null; scr_settle
F="$(vis 'شهرستان: مرند   دفتر امام جمعهٔ مرند')"
holds "$(ROW 2)" "$F" "80x24: the filters on the search line, the group by its name alone" || echo "# $(ROW 2)"
holds "$(ROW 3)" "$(vis 'شناسه')" "... the columns' heading under it"
scr_type 'محمدرضا عبدالله'; scr_wait "$(vis 'رکوردها: ۱')" >/dev/null; scr_settle
holds "$(ROW 2)" "$F" "... a long search typed: the filters as they were" || echo "# $(ROW 2)"
holds "$(ROW 2)" "$(vis 'محمدرضا')" "... beside it in the box"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "80x24: the program ends with 0"
done_testing
