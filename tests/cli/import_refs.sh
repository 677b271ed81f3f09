# A station moving its pledge sheets into Hamyar (README "CSV import"):
# the sheets name their donors by national id (leading zeros dropped by
# the spreadsheet, Persian digits) or an organisation by its legal id,
# not by Hamyar's ids.  A reference column takes, besides an id, a value
# of a unique field of the kind referred to (a donor's national id or
# legal id) that one record in the database holds; the id is stored, as
# if it had been written.  A name is never looked up (two donors may share
# one); a value no record holds, or two hold (a sync duplicate not yet
# settled), is a row error, and nothing is written.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
# Donors as the office typed them: a ZWNJ in a name, Arabic ي/ك, ids in
# Persian digits; an organisation with its legal id.
cat >"$TMP/donors.csv" <<'CSV'
kind,name,county,national_id,legal_id
person,زهرا نوروزی‌فر,TBZ,۰۰۱۲۳۴۵۶۷۹,
person,علي كريمي,TBZ,1361234563,
org,شرکت فولاد تبريز,TBZ,,10101234565
person,علی کریمی,MRG,1581234562,
CSV
"$HAMYAR" --db "$D" import donors "$TMP/donors.csv" >/dev/null; ok $? "four donors, two of them named علی کریمی"
printf 'id,kind,name,county\nTBZ-50,station,کلانتری ۱۱ تبریز,TBZ\n' >"$TMP/u.csv"
"$HAMYAR" --db "$D" import units "$TMP/u.csv" >/dev/null
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTBZ-50,space,بازسازی ساختمان کلانتری,900000000,5,4,1403/01/05,approved\n' >"$TMP/n.csv"
"$HAMYAR" --db "$D" import needs "$TMP/n.csv" >/dev/null; ok $? "a need, TBZ-51"
pledges() {	# pledges: the pledges' donor column, one a line
	"$HAMYAR" --db "$D" export pledges | tr -d '\r' | awk -F, 'NR > 1 { print $2 }' | tr '\n' ' '
}

# ---- the sheet names donors by national id and legal id, as typed.
cat >"$TMP/p.csv" <<'CSV'
خیّر,نیاز,نوع مشارکت,مبلغ (ریال),تاریخ تعهد
12345679,TBZ-51,space,"50,000,000",1403/02/01
۱۳۶۱۲۳۴۵۶۳,TBZ-51,space,"20,000,000",1403/02/02
١٥٨١٢٣٤٥٦٢,TBZ-51,space,"10,000,000",1403/02/03
 10101234565 ,TBZ-51,space,"300,000,000",1403/02/04
tbz-2,TBZ-51,space,"1,000,000",1403/02/05
CSV
"$HAMYAR" --db "$D" import pledges "$TMP/p.csv" >"$TMP/out" 2>"$TMP/err"
ok $? "pledges naming donors by national id (zeros dropped, Persian and Arabic-Indic digits), legal id and id"
is "$(pledges)" "TBZ-1 TBZ-2 TBZ-4 TBZ-3 TBZ-2 " "... each stored (and exported) as the donor's id"
is "$(cat "$TMP/err")" "" "... with nothing to say"

# ---- what is refused, each by line, column and value; nothing written.
cat >"$TMP/bad.csv" <<'CSV'
donor,need,type,amount,pledged_on
0084567899,TBZ-51,space,1000,1403/02/01
1361234560,TBZ-51,space,1000,1403/02/01
علی کریمی,TBZ-51,space,1000,1403/02/01
12345679,بازسازی ساختمان کلانتری,space,1000,1403/02/01
10861234565,TBZ-51,space,1000,1403/02/01
۸۴۵۶۷۸۹۹,TBZ-51,space,1000,1403/02/01
CSV
"$HAMYAR" --db "$D" import pledges "$TMP/bad.csv" >"$TMP/out" 2>"$TMP/err"
is $? 1 "unknown national ids, a name, a need by its title: refused"
is "$(pledges)" "TBZ-1 TBZ-2 TBZ-4 TBZ-3 TBZ-2 " "... nothing written"
grep -q '/bad.csv: سطر 2، ستون 1 (donor): هیچ خیّری کد ملی 0084567899 ندارد$' "$TMP/err"
ok $? "a national id no donor has: said in Persian with line, column and value"
grep -q '/bad.csv: سطر 3، ستون 1 (donor): «1361234560» شناسه (مانند TBZ-42) نیست، و به‌عنوان کد ملی: ' "$TMP/err"
ok $? "a national id with a wrong check digit: said as such"
grep -q '/bad.csv: سطر 4، ستون 1 (donor): «علی کریمی» نه شناسه (مانند TBZ-42) است و نه کد ملی یا شناسه ملی یک خیّر؛ نام پذیرفته نیست، چون نام‌ها یکتا نیستند$' "$TMP/err"
ok $? "a name (two donors have it): not taken, and why"
grep -q '/bad.csv: سطر 5، ستون 2 (need): «بازسازی ساختمان کلانتری» شناسه نیست .*نه نام یا عنوانش' "$TMP/err"
ok $? "a need by its title: a need is given by its id only"
grep -q '/bad.csv: سطر 6، ستون 1 (donor): هیچ خیّری شناسه ملی 10861234565 ندارد$' "$TMP/err"
ok $? "a legal id no organisation has"
grep -q '/bad.csv: سطر 7، ستون 1 (donor): هیچ خیّری کد ملی 0084567899 ندارد (در پرونده: «۸۴۵۶۷۸۹۹»)$' "$TMP/err"
ok $? "... and one in Persian digits, its zeros dropped: read, and named as written"
"$HAMYAR" --lang en --db "$D" import pledges "$TMP/bad.csv" 2>"$TMP/err.en" >/dev/null
grep -q '/bad.csv: line 2, column 1 (donor): no donor has the national id 0084567899$' "$TMP/err.en"
ok $? "in English too"
grep -q '/bad.csv: line 4, column 1 (donor): علی کریمی is neither an id (like TBZ-42) nor a national id or legal id of a donor; a name is not taken, as names are not unique$' "$TMP/err.en"
ok $? "... the name refused, and why"
is "$(grep -c 'rows with errors: 6; nothing was imported' "$TMP/err.en")" 1 "... six rows with errors"

# ---- a dry run, a partial update and the list of a recognition.
printf 'donor,need,type,amount,pledged_on\n۰۰۱۲۳۴۵۶۷۹,TBZ-51,space,1000,1403/03/01\n' >"$TMP/dry.csv"
"$HAMYAR" --lang en --db "$D" import pledges "$TMP/dry.csv" --dry-run >"$TMP/out" 2>&1
holds "$(cat "$TMP/out")" "rows that are good: 1 (new: 1, updated: 0, unchanged: 0; dry run" "a dry run takes a national id"
printf 'id,donor\nTBZ-56,۱۰۱۰۱۲۳۴۵۶۵\n' >"$TMP/upd.csv"
"$HAMYAR" --db "$D" import pledges "$TMP/upd.csv" >/dev/null 2>&1; ok $? "an update of one column, the donor by legal id in Persian digits"
is "$(pledges)" "TBZ-1 TBZ-2 TBZ-4 TBZ-3 TBZ-3 " "... the pledge now the organisation's (TBZ-3), the rest kept"
printf 'held_on,title,donors\n1403/04/01,تجلیل از خیّران,"TBZ-1، 10101234565 ۱۳۶۱۲۳۴۵۶۳,12345679"\n' >"$TMP/r.csv"
"$HAMYAR" --db "$D" import recognitions "$TMP/r.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a recognition's donors: ids, a legal id and national ids"
is "$("$HAMYAR" --db "$D" export recognitions | tr -d '\r' | awk -F, 'NR == 2 { print $5 }')" "TBZ-1 TBZ-3 TBZ-2" \
    "... stored as the donors' ids, in the order given, TBZ-1 (also as 12345679) once"
printf 'held_on,title,donors\n1403/04/01,تجلیل,"TBZ-1، 0084567899"\n' >"$TMP/r2.csv"
"$HAMYAR" --db "$D" import recognitions "$TMP/r2.csv" >"$TMP/out" 2>"$TMP/err"
is $? 1 "a recognition naming an unknown national id: refused"
grep -q 'سطر 2، ستون 3 (donors): هیچ خیّری کد ملی 0084567899 ندارد' "$TMP/err"; ok $? "... naming it"

# ---- a national id that two records hold: the same person registered at
# MRG while apart, come in by sync and not yet settled.  It names neither.
M="$TMP/mrg"
"$HAMYAR" --db "$M" init --station MRG >/dev/null 2>&1
"$HAMYAR" --db "$D" sync trust MRG "$("$HAMYAR" --db "$M" sync key | tail -n 1)" >/dev/null
printf 'kind,name,county,national_id\nperson,علی کريمی,MRG,1581234562\n' >"$TMP/md.csv"
"$HAMYAR" --db "$M" import donors "$TMP/md.csv" >/dev/null
"$HAMYAR" --db "$M" sync export --to TBZ --out "$TMP/b1" 2>/dev/null &&
    "$HAMYAR" --db "$D" sync import "$TMP/b1" >/dev/null
ok $? "MRG's record of the same national id comes in by sync"
printf 'donor,need,type,amount,pledged_on\n1581234562,TBZ-51,space,1000,1403/05/01\n' >"$TMP/amb.csv"
"$HAMYAR" --db "$D" import pledges "$TMP/amb.csv" >"$TMP/out" 2>"$TMP/err"
is $? 1 "a pledge by that national id: refused"
grep -q '/amb.csv: سطر 2، ستون 1 (donor): کد ملی 1581234562 را بیش از یک خیّر دارند (TBZ-4 و MRG-1)' "$TMP/err"
ok $? "... naming both records"
printf 'donor,need,type,amount,pledged_on\nMRG-1,TBZ-51,space,1000,1403/05/01\n' >"$TMP/amb2.csv"
"$HAMYAR" --db "$D" import pledges "$TMP/amb2.csv" >/dev/null 2>&1; ok $? "... by id it is taken"
# An id that is another kind's record (ids are unique across kinds): a
# need's id in a pledge's donor column, a unit's among a ceremony's donors.
# Said so, not "no record TBZ-51 (donor) here ... import donors first",
# which sent the clerk to import a file that would not help.
printf 'donor,need,type,amount,pledged_on
TBZ-51,TBZ-51,space,1000,1403/05/01
' >"$TMP/kind.csv"
"$HAMYAR" --db "$D" import pledges "$TMP/kind.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a need's id as a pledge's donor: refused"
grep -qF '/kind.csv: سطر 2، ستون 1 (donor): TBZ-51 شناسهٔ رکوردی از نوع دیگری (نیاز) است، نه خیّر' "$TMP/err"
ok $? "... said to be a need's, not a donor's"
grep -q 'import donors' "$TMP/err"; is $? 1 "... not sent to import donors first"
U=$(tr -d '\r' <"$TMP/u.csv" | sed -n 2p | cut -d, -f1)
printf 'held_on,title,donors
1403/08/01,جشن تجلیل خیّرین,%s
' "$U" >"$TMP/kind2.csv"
"$HAMYAR" --lang en --db "$D" import recognitions "$TMP/kind2.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a unit's id among a ceremony's donors: refused"
grep -qF "kind2.csv: line 2, column 3 (donors): $U is the id of a record of another kind (unit), not of a donor" "$TMP/err"
ok $? "... said to be a unit's ($U)"
done_testing
