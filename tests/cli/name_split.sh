# A person's name in two columns, نام (first name) and نام خانوادگی
# (family name), as many station sheets keep it (SPEC §12; README "CSV
# import"): a donors file with both is read with the donor's name "first
# family", one space between, an empty part left out, normalised as the
# name always is.  Before, نام خانوادگی was an unknown column and the file
# was refused.  A column of whole names (نام و نام خانوادگی, name) beside a
# family name's is refused naming both, as is a family name with no first
# name; a group's نام is the group's own, so its file is not joined.
# Export keeps one name column: a round trip is unchanged.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
BOM=$(printf '\357\273\277')
export_rows() {	# export_rows KIND: the export without its BOM and CRs
	"$HAMYAR" --db "$D" export "$1" | tr -d '\r' | sed "1s/^$BOM//"
}
names() { export_rows donors | sed 1d | cut -d, -f3 | tr '\n' '|'; }

# ---- a clerk's sheet: row numbers, نام and نام خانوادگي (Arabic ي),
# Excel's BOM and CR LF; a first name alone (Arabic ي, spaces about it),
# a family name alone, names with ZWNJ and spaces inside.
printf '\357\273\277ردیف,نام,نام خانوادگي,نوع,شهرستان,کد ملی\r\n' >"$TMP/d1.csv"
printf '1,مریم,رضایی‌فر,شخص حقیقی,مرند,0012345679\r\n' >>"$TMP/d1.csv"
printf '2,  علي  ,,person,TBZ,\r\n' >>"$TMP/d1.csv"
printf '3,,کريمی‌نژاد,person,TBZ,\r\n' >>"$TMP/d1.csv"
printf '4,محمد   رضا, نوری   اصل ,person,TBZ,\r\n' >>"$TMP/d1.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/d1.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a donors sheet with نام and نام خانوادگی is read"
sed 's/^/# /' "$TMP/err"
is "$(cat "$TMP/out")" "rows imported: 4 (new: 4, updated: 0, unchanged: 0)" "... 4 new donors"
is "$(names)" "مریم رضایی‌فر|علی|کریمی‌نژاد|محمد رضا نوری اصل|" \
    "... named 'first family', an empty part left out, normalised (ی for ي, one space)"
export_rows donors | grep -q '^TBZ-1,person,مریم رضایی‌فر,0012345679,,,,MRD,'; ok $? "... the other columns in their fields"

# ---- the same rows again, in the sheet saved once more (LF line ends: not
# the same bytes, which would be refused as a file imported before) with a
# fifth row (not the same content, which would be refused so too): the
# joined names are compared with the stored ones, so its rows are
# repeats, not four more donors
tr -d '\r' <"$TMP/d1.csv" >"$TMP/d1-again.csv"
printf '5,سکینه,پورمحمدی,person,TBZ,\n' >>"$TMP/d1-again.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/d1-again.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "the same rows imported twice: refused"
grep -q "line 3: the same as record TBZ-2 already in the database" "$TMP/err" &&
grep -q "line 5: the same as record TBZ-4 already in the database" "$TMP/err"; ok $? "... its rows repeat the donors written (علی, محمد رضا نوری اصل)"
is "$(export_rows donors | sed 1d | wc -l)" 4 "... still four donors"

# ---- the other headers of a family name: نام‌خانوادگی (ZWNJ), فامیل,
# فاميلی (Arabic ي); the first names' نام with Arabic ي nowhere to fold
for hf in 'نام‌خانوادگی:صادقی' 'فامیل:موسوی‌نیا' 'فاميلی:باقري'; do
	h=${hf%%:*} f=${hf#*:}
	printf 'نوع,شهرستان,نام,%s\nperson,TBZ,حسن,%s\n' "$h" "$f" >"$TMP/h.csv"
	"$HAMYAR" --lang en --db "$D" import donors "$TMP/h.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a family name headed $h"
	export_rows donors | grep -q ",person,حسن $(echo "$f" | sed 's/ي/ی/g'),"; ok $? "... joined: حسن $f"
done

# ---- updating: a row with its id, first and family names, changes the
# name; the round trip through export is unchanged
printf 'id,نام,نام خانوادگی\nTBZ-2,علی,احمدی\n' >"$TMP/up.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/up.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "TBZ-2 updated from first and family names"
is "$(cat "$TMP/out")" "rows imported: 1 (new: 0, updated: 1, unchanged: 0)" "... 1 updated"
export_rows donors | grep -q '^TBZ-2,person,علی احمدی,'; ok $? "... named علی احمدی"
export_rows donors >"$TMP/x.csv"
head -n 1 "$TMP/x.csv" | grep -q ',name,'; ok $? "the export has one name column"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/x.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "the export imported back"
is "$(cat "$TMP/out")" "rows imported: 7 (new: 0, updated: 0, unchanged: 7)" "... all unchanged"
export_rows donors | cmp -s - "$TMP/x.csv"; ok $? "... the donors as they were"

# ---- both parts empty: the name is required, named by its column
printf 'نام,نام خانوادگی,نوع,شهرستان\n ,,person,TBZ\n' >"$TMP/e.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/e.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "no first or family name: refused"
grep -q "e.csv: line 2, column 1 (نام): This field is required" "$TMP/err"; ok $? "... the name required, at column نام"

# ---- a column of whole names beside a family name's: which is the
# first name?  Refused, naming both; nothing written
printf 'نام و نام خانوادگی,نام خانوادگی,نوع,شهرستان\nرضا امینی,امینی,person,TBZ\n' >"$TMP/w.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/w.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "نام و نام خانوادگی and نام خانوادگی: refused"
grep -qF "w.csv: line 1: column 1 (نام و نام خانوادگی) holds whole names and column 2 (نام خانوادگی) family names; head the column of first names 'نام' to join the two, or delete the column of family names" "$TMP/err"
ok $? "... naming both columns"
"$HAMYAR" --db "$D" import donors "$TMP/w.csv" >"$TMP/out" 2>"$TMP/err"
grep -qF 'w.csv: سطر 1: ستون 1 («نام و نام خانوادگی») نام‌های کامل را دارد و ستون 2 («نام خانوادگی») نام‌های خانوادگی را' "$TMP/err"; ok $? "... in Persian too"
printf 'name,kind,county,فامیلی\nرضا امینی,person,TBZ,امینی\n' >"$TMP/w2.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/w2.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "name and فامیلی: refused"
grep -qF "column 1 (name) holds whole names and column 4 (فامیلی) family names" "$TMP/err"; ok $? "... naming both columns"
export_rows donors | grep -q 'امینی'; is $? 1 "... and nothing written"
# a family name with no first name
printf 'فامیل,نوع,شهرستان\nامینی,person,TBZ\n' >"$TMP/f.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/f.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "فامیل with no نام: refused"
grep -qF "f.csv: line 1: column 1 (فامیل) holds family names but no column holds the first names; add a column 'نام' of first names beside it" "$TMP/err"; ok $? "... saying the first names are missing"
# two family names' columns
printf 'نام,نام خانوادگی,نوع,شهرستان,فامیلی\nرضا,امینی,person,TBZ,امینی\n' >"$TMP/ff.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/ff.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "نام خانوادگی and فامیلی: refused"
grep -qF "ff.csv: line 1, column 5: column 'فامیلی' repeats column 2 (نام خانوادگی)" "$TMP/err"; ok $? "... naming both columns"

# ---- a group's نام is its own name, not a person's first name: its
# file with a family name's column is not joined (an unknown column)
printf 'نوع,نام,نام خانوادگی,شهرستان\nهیئت مذهبی,هیئت انصار,امینی,TBZ\n' >"$TMP/g.csv"
"$HAMYAR" --lang en --db "$D" import groups "$TMP/g.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a groups file with نام خانوادگی: refused"
grep -qF "g.csv: line 1, column 3: unknown column 'نام خانوادگی'" "$TMP/err"; ok $? "... an unknown column there"
# ... and the family name's column alone is no sign that the file is a
# donors file: its other columns are a group's, so `hamyar import donors`
# is not suggested (it was, the family name counted as a donor's column).
grep -q "these are the columns of" "$TMP/err"; is $? 1 "... without suggesting import donors"
printf 'نام,نام خانوادگی,شهرستان,تلفن\nهیئت امنای مسجد جامع,رضايي,مرند,۰۴۱۴۲۲۲۳۳۳۳\n' >"$TMP/g2.csv"
"$HAMYAR" --lang en --db "$D" import groups "$TMP/g2.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "نام, نام خانوادگی, شهرستان, تلفن as groups: refused"
grep -q "these are the columns of [Dd]onor" "$TMP/err"; is $? 1 "... without 'these are the columns of donor'"
# with a column no group has but a donor does (کد ملی): the donor's
# columns, family name among them, are suggested as before
printf 'نام,نام خانوادگی,کد ملی,شهرستان\nزهرا,حسین‌زاده,0012345679,مرند\n' >"$TMP/g3.csv"
"$HAMYAR" --lang en --db "$D" import groups "$TMP/g3.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a donors file with کد ملی given as groups: refused"
grep -qF "these are the columns of donor (donors); to import them: hamyar import donors" "$TMP/err"; ok $? "... suggesting import donors"

# ---- English headers of first and family names, any case and spacing:
# First Name with Last Name, surname, family name, FAMILY_NAME
n=0
for h in 'Last Name' surname 'family name' FAMILY_NAME; do
	n=$((n + 1))
	printf 'First Name,%s,kind,county\nمحمدرضا,کریمی‌نژاد %d,person,TBZ\n' "$h" "$n" >"$TMP/en.csv"
	"$HAMYAR" --lang en --db "$D" import donors "$TMP/en.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "First Name and $h: read"
	export_rows donors | grep -q ",person,محمدرضا کریمی‌نژاد $n,"; ok $? "... joined: محمدرضا کریمی‌نژاد $n"
done
printf 'نام,surname,kind,county\nفاطمه,علي‌پور,person,TBZ\n' >"$TMP/en2.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/en2.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "نام and surname: read"
export_rows donors | grep -q ",person,فاطمه علی‌پور,"; ok $? "... joined, ي folded"
# first name with no family name: not a donor's whole name, refused
before=$(export_rows donors | wc -l)
printf 'first name,kind,county\nمریم,person,TBZ\n' >"$TMP/en3.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/en3.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "first name alone: refused"
grep -qF "en3.csv: line 1: column 1 (first name) holds first names but no column holds the family names" "$TMP/err"; ok $? "... saying so"
is "$(export_rows donors | wc -l)" "$before" "... nothing written"
# a groups file's Last Name is not a family name to join
printf 'name,Last Name,county\nهیئت انصار,امینی,TBZ\n' >"$TMP/en4.csv"
"$HAMYAR" --lang en --db "$D" import groups "$TMP/en4.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "groups with Last Name: refused"
grep -qF "en4.csv: line 1, column 2: unknown column 'Last Name'" "$TMP/err"; ok $? "... an unknown column there"
done_testing
