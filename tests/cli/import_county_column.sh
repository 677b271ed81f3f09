# A Marand clerk's sheet with a row of another county: the refusal named
# the line alone ("line 2: Recording in Tabriz county can be done only
# by ..."), though every other error of an import names its column.  The
# cell that chose the county is named now, as the form puts the cursor
# there: a donor's, group's or unit's county, a need's unit.  Nothing of
# the file is written.  (As another real uid: nobody through setpriv; root
# only.)
. "$HAMYAR_SRC/tests/lib.sh"

if ! second_uid; then
	ok 0 "# SKIP needs root, setpriv and the nogroup group for a second uid"
	done_testing
	exit $?
fi
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD >/dev/null; ok $? "init"
printf 'kind,name,county\nstation,کلانتری ۱۱ مرند,MRD\npost,پاسگاه صوفیان,TBZ\n' >"$TMP/u.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null; ok $? "HQ's units: MRD-1 in Marand, MRD-2 in Tabriz"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county MRD >/dev/null; ok $? "nobody is a Marand clerk"
as_clerk() { as_nobody "$BIN" --db "$DB" "$@"; }

# Excel's CSV: BOM, CRLF, Persian headers, the county by its Persian name.
printf '\357\273\277نام و نام خانوادگی,کد ملی,تلفن همراه,شهرستان\r\n' >"$TMP/d.csv"
printf 'محمدرضا نیک‌نام,۰۰۷۶۲۲۹۶۴۵,۰۹۱۴۱۲۳۴۵۶۷,مرند\r\nعلي كريمي,1641234563,,تبريز\r\n' >>"$TMP/d.csv"
chmod 644 "$TMP/d.csv"
as_clerk import donors "$TMP/d.csv" >/dev/null 2>"$TMP/err"; is $? 1 "a row of Tabriz: exit 1"
holds "$(cat "$TMP/err")" 'd.csv: سطر 3، ستون 4 (شهرستان): ثبت در شهرستان تبریز فقط از کارشناس یا سرپرست همان شهرستان' \
    "... its line and its county's column are named"
grep -q 'سطر 2' "$TMP/err"; is $? 1 "... not the Marand row"
is "$("$HAMYAR" --db "$DB" export donors | grep -c 'MRD-')" 0 "... and nothing was written"

# A need takes its unit's county: the unit's column is named.
printf 'unit,category,title,urgency,impact,identified_on,status\n' >"$TMP/n.csv"
printf 'MRD-2,equipment,خرید دوربین,4,5,1403/05/01,identified\n' >>"$TMP/n.csv"
chmod 644 "$TMP/n.csv"
as_nobody "$BIN" --lang en --db "$DB" import needs "$TMP/n.csv" >/dev/null 2>"$TMP/err"; is $? 1 "a need of a Tabriz unit: exit 1"
holds "$(cat "$TMP/err")" 'n.csv: line 2, column 1 (unit): Recording in Tabriz county' "... named by its unit's column"

done_testing
