# An import file counts as a whole for the unique fields (a person's
# national id, an organisation's legal id): a row may take a value that
# another row of the same file gives up.  Two donors whose national ids
# were typed the wrong way round are exported, the two cells swapped in a
# spreadsheet, and the file imported back; three records pass their
# national ids round; two organisations swap their legal ids (Persian
# headers and digits).  A file where a row takes a value that another
# record keeps (not in the file, or in the file keeping it), or where two
# rows give the same value, is still refused whole, naming the line and
# the column, and nothing of it is written.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
# imports FILE as donors; the exit status into $r, stderr into $TMP/err
import() { "$HAMYAR" --db "$D" import donors "$@" >"$TMP/out" 2>"$TMP/err"; r=$?; }
export_donors() { "$HAMYAR" --db "$D" export donors | tr -d '\r' >"$1"; }
# the national or legal id of donor ID (both columns; one is empty)
uid() { "$HAMYAR" --db "$D" export donors | tr -d '\r' | awk -F, -v id="$1" '$1 == id { print $4 $5 }'; }

cat >"$TMP/donors.csv" <<'CSV'
نوع,نام,شهرستان,کد ملی,شناسه ملی,تلفن همراه
person,مهدی نوروزی‌فر,تبریز,1360000011,,09141112233
person,زهرا کریمی,TBZ,0012345679,,
person,علی‌رضا کاظمی,مراغه,1360000021,,
person,فاطمه نوری‌زاده,MRD,1360000038,,
organisation,بنیاد نیکوکاری مهرآفرین,TBZ,,10380284790,
organisation,شرکت فولاد‌سازان آذر,TBZ,,10102345674,
CSV
import "$TMP/donors.csv"; ok $r "six donors imported (TBZ-1 to TBZ-6)"
[ $r -eq 0 ] || sed 's/^/# /' "$TMP/err"

# The clerk's round trip: export, swap the two cells, import the file back.
"$HAMYAR" --db "$D" export donors >"$TMP/export.csv"
awk -F, 'BEGIN { OFS = "," }
	$1 == "TBZ-1" { a = NR } $1 == "TBZ-2" { b = NR } { line[NR] = $0; nid[NR] = $4 }
	END { for (i = 1; i <= NR; i++) { $0 = line[i]
		if (i == a) $4 = nid[b]; else if (i == b) $4 = nid[a]; print } }' \
    "$TMP/export.csv" >"$TMP/swap.csv"
is "$(awk -F, '$1 == "TBZ-1" { print $4 }' "$TMP/swap.csv")" 0012345679 "the swapped file gives TBZ-1 TBZ-2's national id"
import "$TMP/swap.csv"
ok $r "two donors swapping their national ids in one file: imported"
[ $r -eq 0 ] || sed 's/^/# /' "$TMP/err"
is "$(uid TBZ-1) $(uid TBZ-2)" "0012345679 1360000011" "... TBZ-1 and TBZ-2 hold each other's former national id"
"$HAMYAR" --db "$D" verify >/dev/null 2>&1; ok $? "... verify passes (the unique index follows)"
printf 'kind,name,county,national_id\nperson,حسین رضائی,TBZ,0012345679\n' >"$TMP/third.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/third.csv" >/dev/null 2>"$TMP/err"; r=$?
is $r 1 "... a third record with 0012345679 is refused"
holds "$(cat "$TMP/err")" "the same value is held by TBZ-1" "... naming TBZ-1, which holds it now"
is "$("$HAMYAR" --lang en --db "$D" sync conflicts)" "no conflicts" "... and no duplicate is listed"

# A cycle of three, in a hand-made file with Persian headers and digits:
# TBZ-1 takes TBZ-3's, TBZ-2 takes TBZ-1's, TBZ-3 takes TBZ-2's.
cat >"$TMP/cycle.csv" <<'CSV'
شناسه,کد ملی
TBZ-1,۱۳۶۰۰۰۰۰۲۱
TBZ-2,۰۰۱۲۳۴۵۶۷۹
TBZ-3,١٣٦٠٠٠٠٠١١
CSV
import "$TMP/cycle.csv"
ok $r "a cycle of three national ids in one file: imported"
[ $r -eq 0 ] || sed 's/^/# /' "$TMP/err"
is "$(uid TBZ-1) $(uid TBZ-2) $(uid TBZ-3)" "1360000021 0012345679 1360000011" "... each holds the next one's"
is "$(uid TBZ-4)" 1360000038 "... TBZ-4, not in the file, keeps its own"
export_donors "$TMP/after_cycle.csv"
grep -q '^TBZ-1,person,مهدی نوروزی‌فر,1360000021,,09141112233,' "$TMP/after_cycle.csv"
ok $? "... the columns the file does not have are kept (TBZ-1's mobile)"
"$HAMYAR" --db "$D" verify >/dev/null 2>&1; ok $? "... verify passes"

# Two organisations swap their legal ids.
cat >"$TMP/legal.csv" <<'CSV'
شناسه,نوع,نام,شناسه ملی
TBZ-5,organisation,بنیاد نیکوکاری مهرآفرین,۱۰۱۰۲۳۴۵۶۷۴
TBZ-6,organisation,شرکت فولاد‌سازان آذر,10380284790
CSV
import "$TMP/legal.csv"
ok $r "two organisations swapping their legal ids: imported"
[ $r -eq 0 ] || sed 's/^/# /' "$TMP/err"
is "$(uid TBZ-5) $(uid TBZ-6)" "10102345674 10380284790" "... each holds the other's"
"$HAMYAR" --db "$D" verify >/dev/null 2>&1; ok $? "... verify passes"

# Refused as before.  Each file swaps TBZ-1 and TBZ-2 back (that part
# alone would be accepted) and has one row that really duplicates.
export_donors "$TMP/before.csv"
refused() {	# refused FILE LINE-AND-COLUMN REASON NAME
	"$HAMYAR" --lang en --db "$D" import donors "$1" >"$TMP/out" 2>"$TMP/err"; r=$?
	is $r 1 "$4: refused"
	holds "$(cat "$TMP/err")" "$(basename "$1"): $2: $3" "... naming the line and column: $2: $3"
	holds "$(cat "$TMP/err")" "rows with errors: 1; nothing was imported" "... only that row, nothing imported"
	export_donors "$TMP/now.csv"
	cmp -s "$TMP/before.csv" "$TMP/now.csv"; ok $? "... nothing written"
}
# a new row taking the national id that TBZ-4 keeps (not in the file)
cat >"$TMP/kept.csv" <<'CSV'
id,kind,name,county,national_id
TBZ-1,person,مهدی نوروزی‌فر,TBZ,0012345679
TBZ-2,person,زهرا کریمی,TBZ,1360000021
,person,حسین رضائی,MRG,1360000038
CSV
refused "$TMP/kept.csv" "line 4, column 5 (national_id)" "the same value is held by TBZ-4" \
    "swap plus a row taking a value another record keeps"
# TBZ-1 taking TBZ-3's, which TBZ-3's own row in the file keeps
cat >"$TMP/keeps.csv" <<'CSV'
id,national_id,mobile
TBZ-3,1360000011,۰۹۱۴۵۵۵۶۶۷۷
TBZ-1,1360000011,
TBZ-2,1360000021,
CSV
refused "$TMP/keeps.csv" "line 3, column 2 (national_id)" "the same value is held by TBZ-3" \
    "swap plus a row taking a value that a row of the file keeps"
# two new rows giving the same national id, which nobody held
cat >"$TMP/twice.csv" <<'CSV'
id,kind,name,county,national_id
TBZ-1,person,مهدی نوروزی‌فر,TBZ,0012345679
,person,مریم احمدی‌نژاد,TBZ,1622334450
TBZ-2,person,زهرا کریمی,TBZ,1360000021
,person,مريم احمدي نژاد,TBZ,1622334450
CSV
refused "$TMP/twice.csv" "line 5, column 5 (national_id)" "the same value is on line 3 of this file" \
    "swap plus two new rows giving the same national id"
# two rows taking the national id that TBZ-1 gives up
cat >"$TMP/both.csv" <<'CSV'
id,national_id
TBZ-1,0012345679
TBZ-2,1360000021
TBZ-4,1360000021
TBZ-3,1360000038
CSV
refused "$TMP/both.csv" "line 4, column 2 (national_id)" "the same value is held by TBZ-2" \
    "a value given up taken by two rows"
# --dry-run of a swap: accepted, nothing written
printf 'id,national_id\nTBZ-3,1360000038\nTBZ-4,1360000011\n' >"$TMP/dry.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/dry.csv" --dry-run >"$TMP/out" 2>"$TMP/err"
ok $? "--dry-run of a swap: no error"
export_donors "$TMP/now.csv"
cmp -s "$TMP/before.csv" "$TMP/now.csv"; ok $? "... nothing written"
"$HAMYAR" --db "$D" verify >/dev/null 2>&1; ok $? "verify passes at the end"
done_testing
