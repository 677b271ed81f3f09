# import and export (SPEC §12): a full round trip through a fresh database
# gives identical files; Persian headers, BOM, any digit set, columns in any
# order; a 10,000-row file with 3 bad rows is refused whole with each bad
# row named (line, column, reason); --dry-run writes nothing.
. "$HAMYAR_SRC/tests/lib.sh"

A="$TMP/a" B="$TMP/b"
"$HAMYAR" --db "$A" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
"$HAMYAR" --db "$B" init --station HQ >/dev/null 2>&1; ok $? "init station HQ"

# Records of every kind; some rows with ids, most without; Persian headers
# (one typed with Arabic kaf and yeh), Persian and
# Arabic-Indic digits, Arabic yeh/kaf, a ZWNJ, a quoted comma and newline.
printf '\357\273\277kind,name,county,contact,phone\r\ncouncil,شورای اسلامی شهر تبریز,TBZ,"آقای رضایی, دبیر",04133334444\r\nimam_office,دفتر امام جمعه مراغه,مراغه,,\r\n' >"$TMP/groups.csv"
cat >"$TMP/donors.csv" <<'CSV'
نام,نوع,شهرستان,كد ملي,تلفن همراه,interests,capacity,introduced_by,notes
علی‌رضا كريمي,person,TBZ,۱۳۶۰۰۰۰۰۱۱,۰۹۱۴۱۲۳۴۵۶۷,space equipment,"۱٬۰۰۰٬۰۰۰",TBZ-1,"یادداشت
دو خطی"
شرکت فولاد آذر,org,MRG,,,costs,٥٠٠٠٠٠٠,,
فاطمه رضایی,person,MRD,,+989121234567,,,TBZ-2,
CSV
cat >"$TMP/units.csv" <<'CSV'
id,kind,name,county
TBZ-50,station,کلانتری ۱۱ تبریز,TBZ
,post,پاسگاه مرند,MRD
CSV
cat >"$TMP/needs.csv" <<'CSV'
unit,category,title,description,estimated_cost,urgency,impact,population,identified_on,status
TBZ-50,space,بازسازی ساختمان کلانتری,,2500000000,5,4,120000,1403/01/15,approved
TBZ-51,equipment,خودروی گشت,"خودروی ""گشت"" شبانه",1800000000,4,5,,۱۴۰۲/۱۱/۰۱,identified
CSV
cat >"$TMP/pledges.csv" <<'CSV'
donor,need,type,amount,in_kind,hours,pledged_on,status
TBZ-3,TBZ-52,space,1000000000,,,1403/02/01,pledged
TBZ-5,,policing,,,40,1403/03/10,pledged
CSV
cat >"$TMP/payments.csv" <<'CSV'
pledge,paid_on,amount,receipt
TBZ-54,1403/02/20,400000000,R-1001
CSV
cat >"$TMP/stages.csv" <<'CSV'
need,title,planned_start,planned_end,progress
TBZ-52,تخریب و پی‌ریزی,1403/03/01,1403/05/30,40
CSV
cat >"$TMP/recognitions.csv" <<'CSV'
held_on,title,place,donors
1403/04/20,همایش تجلیل از خیرین,تالار شهرداری,TBZ-3 TBZ-4
CSV
for k in groups donors units needs pledges payments stages recognitions; do
	"$HAMYAR" --lang en --db "$A" import $k "$TMP/$k.csv" >"$TMP/out" 2>"$TMP/err"
	r=$?; [ $r -eq 0 ] || sed "s/^/# /" "$TMP/err"
	ok $r "import $k"
done
is "$("$HAMYAR" --db "$A" export donors | grep -c '^TBZ-')" 3 "three donors exported"
"$HAMYAR" --db "$A" export donors >"$TMP/d.csv"
head -c 3 "$TMP/d.csv" | od -An -tx1 | tr -d ' \n' >"$TMP/bom"
is "$(cat "$TMP/bom")" "efbbbf" "CSV export starts with a BOM"
is "$(sed -n 1p "$TMP/d.csv" | tr -d '\357\273\277\r')" \
    "id,kind,name,national_id,legal_id,mobile,phone,county,address,interests,capacity,introduced_by,notes,active" \
    "header: SPEC §3 field names in order"
grep -q '^TBZ-3,person,علی‌رضا کریمی,1360000011,,09141234567,,TBZ,,space equipment,1000000,TBZ-1,"یادداشت' "$TMP/d.csv"
ok $? "values canonical: ASCII digits, normalised text, choice names, quoting"
grep -q '^TBZ-5,person,فاطمه رضایی,,,09121234567,,MRD,' "$TMP/d.csv"; ok $? "+98 mobile stored as 09..."

# Round trip: export all -> fresh database -> export all: identical files.
"$HAMYAR" --db "$A" export all --out "$TMP/x1" 2>/dev/null; ok $? "export all (csv) to a folder"
"$HAMYAR" --db "$A" export all --format json --out "$TMP/x1.json" 2>/dev/null; ok $? "export all (json)"
r=0
for k in groups donors units needs pledges payments stages recognitions; do
	"$HAMYAR" --db "$B" import $k "$TMP/x1/$k.csv" >/dev/null 2>"$TMP/err" || { r=1; cat "$TMP/err"; }
done
ok $r "the exported files import into a fresh database"
"$HAMYAR" --db "$B" export all --out "$TMP/x2" 2>/dev/null
"$HAMYAR" --db "$B" export all --format json --out "$TMP/x2.json" 2>/dev/null
r=0
for k in groups donors units needs pledges payments stages recognitions; do
	cmp -s "$TMP/x1/$k.csv" "$TMP/x2/$k.csv" || { r=1; echo "# $k.csv differs"; }
done
ok $r "export -> import -> export: identical CSV files"
cmp -s "$TMP/x1.json" "$TMP/x2.json"; ok $? "export -> import -> export: identical JSON"
grep -q '"needs": \[' "$TMP/x1.json" && grep -q '"estimated_cost": 2500000000' "$TMP/x1.json"
ok $? "JSON: keys as SPEC §3, amounts as numbers"
grep -q '"county"' "$TMP/x1/needs.csv"; is $? 1 "a need's derived county is not exported"
# Ids order: TBZ-9 before TBZ-10.
printf 'kind,name,county\n' >"$TMP/many.csv"
i=0; while [ $i -lt 12 ]; do echo "person,خیر $i,TBZ" >>"$TMP/many.csv"; i=$((i + 1)); done
"$HAMYAR" --db "$B" import donors "$TMP/many.csv" >/dev/null 2>&1
ids=$("$HAMYAR" --db "$B" export donors | sed -n 's/^\(HQ-[0-9]*\),.*/\1/p' | tr '\n' ' ')
case "$ids" in *"HQ-9 HQ-10 "*) r=0 ;; *) r=1; echo "# $ids" ;; esac
ok $r "records in id order (number within station, not text)"

# 10,000 rows with 3 bad ones: exit 1, each reported, nothing written.
"$HAMYAR" --db "$A" export donors >"$TMP/before"
awk 'function nid(n,   s, i, body, r, c) {
	body = sprintf("%09d", n); s = 0
	for (i = 0; i < 9; i++) s += substr(body, i + 1, 1) * (10 - i)
	r = s % 11; c = r < 2 ? r : 11 - r; return body c }
BEGIN {
	print "name,national_id,county,kind,mobile"
	for (i = 1; i <= 10000; i++) {
		line = i + 1; n = nid(136100000 + i); county = "TBZ"; mob = sprintf("0914%07d", i)
		if (line == 1001) n = substr(n, 1, 9) ((substr(n, 10, 1) + 1) % 10)	# bad check digit
		if (line == 5003) county = "XXQ"					# no such county
		if (line == 9999) mob = "0914123"					# too short
		printf "خیر شماره %d,%s,%s,person,%s\n", i, n, county, mob
	}
}' >"$TMP/big.csv"
is "$(wc -l <"$TMP/big.csv" | tr -d ' ')" 10001 "the 10,000-row file has a header and 10,000 rows"
"$HAMYAR" --lang en --db "$A" import donors "$TMP/big.csv" >"$TMP/out" 2>"$TMP/err"
is $? 1 "10,000 rows with 3 bad: exit 1"
is "$(grep -c 'line [0-9]*, column' "$TMP/err")" 3 "exactly the 3 bad rows are reported"
grep -q 'line 1001, column 2 (national_id)' "$TMP/err"; ok $? "bad national id: line 1001, column 2"
grep -q 'line 5003, column 3 (county)' "$TMP/err"; ok $? "bad county: line 5003, column 3"
grep -q 'line 9999, column 5 (mobile)' "$TMP/err"; ok $? "bad mobile: line 9999, column 5"
"$HAMYAR" --db "$A" import donors "$TMP/big.csv" >/dev/null 2>"$TMP/err"
grep -q 'سطر 1001، ستون 2 (national_id): ' "$TMP/err"; ok $? "the same report in Persian by default"
"$HAMYAR" --db "$A" export donors >"$TMP/after"
cmp -s "$TMP/before" "$TMP/after"; ok $? "database unchanged after the refused import"
# Fixed, a dry run writes nothing; then the real import writes all.
grep -v '^خیر شماره \(1000\|5002\|9998\),' "$TMP/big.csv" >"$TMP/good.csv"
"$HAMYAR" --db "$A" import donors "$TMP/good.csv" --dry-run >/dev/null 2>&1; ok $? "--dry-run of the good rows"
"$HAMYAR" --db "$A" export donors >"$TMP/after"
cmp -s "$TMP/before" "$TMP/after"; ok $? "--dry-run wrote nothing"
"$HAMYAR" --db "$A" import donors "$TMP/good.csv" >/dev/null 2>&1; ok $? "import 9,997 good rows"
is "$("$HAMYAR" --db "$A" export donors | grep -c '^TBZ-')" 10000 "3 + 9,997 donors"
# Checks that need the database: a duplicate national id, a missing group.
printf 'name,kind,county,national_id,introduced_by\nتکراری,person,TBZ,1360000011,\nبی‌گروه,person,TBZ,,TBZ-999\n' >"$TMP/dup.csv"
"$HAMYAR" --lang en --db "$A" import donors "$TMP/dup.csv" >/dev/null 2>"$TMP/err"
is $? 1 "duplicate national id / unknown reference: exit 1"
grep -q 'line 2, column 4 (national_id).*TBZ-3' "$TMP/err"; ok $? "the duplicate names its holder"
grep -q 'line 3, column 5 (introduced_by).*TBZ-999' "$TMP/err"; ok $? "the missing reference is named"
# A warning (national id of no known city) is shown, and the row kept; stdin.
printf 'name,kind,county,national_id\nهشدار,person,TBZ,0123456789\n' |
	"$HAMYAR" --lang en --db "$A" import donors - >/dev/null 2>"$TMP/err"
ok $? "a row with only a warning is imported (from stdin)"
grep -q 'line 2, column 4 (national_id): warning: ' "$TMP/err"; ok $? "the warning is reported"
# A payment dated before its pledge (a rule that needs the pledge).
printf 'pledge,paid_on,amount\nTBZ-54,1403/01/20,1000\n' >"$TMP/early.csv"
"$HAMYAR" --lang en --db "$A" import payments "$TMP/early.csv" >/dev/null 2>"$TMP/err"
is $? 1 "a payment dated before its pledge is refused"
grep -q 'line 2, column 2 (paid_on)' "$TMP/err"; ok $? "... at its paid_on column"
printf 'pledge,paid_on,amount\nTBZ-54,1403/03/20,1200000000\n' >"$TMP/over.csv"
"$HAMYAR" --lang en --db "$A" import payments "$TMP/over.csv" >/dev/null 2>"$TMP/err"
ok $? "a payment over the pledged amount is kept"
grep -q 'line 2, column 3 (amount): warning: ' "$TMP/err"; ok $? "... with a warning"
# Usage and format errors.
"$HAMYAR" --db "$A" import nothing "$TMP/dup.csv" >/dev/null 2>&1; is $? 2 "unknown kind: usage error"
printf 'name,colour\nx,red\n' >"$TMP/badhdr.csv"
"$HAMYAR" --db "$A" import donors "$TMP/badhdr.csv" >/dev/null 2>"$TMP/err"; is $? 1 "unknown column: exit 1"
grep -q "colour" "$TMP/err"; ok $? "the unknown column is named"
n0=$("$HAMYAR" --db "$A" export donors | wc -l)
printf 'name,kind,county\nخوب,person,TBZ\nخوب دیگر,person,TBZ\n"unclosed,person,TBZ\n' >"$TMP/broken.csv"
"$HAMYAR" --lang en --db "$A" import donors "$TMP/broken.csv" >/dev/null 2>"$TMP/err"; is $? 1 "malformed CSV: exit 1"
grep -q 'line 4, column 1 (name): malformed CSV' "$TMP/err"; ok $? "... naming the line and the column"
is "$("$HAMYAR" --db "$A" export donors | wc -l)" "$n0" "good rows before a malformed tail are not written"
"$HAMYAR" --db "$A" export all >/dev/null 2>&1; is $? 2 "export all as CSV needs --out"
"$HAMYAR" --db "$A" export donrs >/dev/null 2>"$TMP/err"; is $? 2 "export of a mistyped kind: usage error"
grep -q 'از «donrs» نمی‌توان خروجی گرفت: donors، groups' "$TMP/err"; ok $? "... naming what was typed and the kinds"
"$HAMYAR" --lang en --db "$A" export donors --format xml >/dev/null 2>"$TMP/err"; is $? 2 "export --format xml: usage error"
grep -q "^hamyar: --format 'xml': give csv or json\$" "$TMP/err"; ok $? "... naming the format typed and the two there are"
# A control character in a text (an escape sequence from a crafted or
# damaged spreadsheet) is refused by line and column; nothing is written,
# so export and report never carry it to a terminal.  A tab is a space.
printf 'name,kind,county,address\n"زهرا \033[2J کریمی",person,TBZ,\n"محمد\tنوری",person,TBZ,"خیابان امام\033]0;x\007"\n' >"$TMP/ctl.csv"
"$HAMYAR" --lang en --db "$A" import donors "$TMP/ctl.csv" >/dev/null 2>"$TMP/err"; is $? 1 "control characters: exit 1"
grep -q 'line 2, column 1 (name): The text holds a control character' "$TMP/err"; ok $? "... the name of line 2 named"
grep -q 'line 3, column 4 (address): The text holds a control character' "$TMP/err"; ok $? "... the address of line 3 named"
is "$("$HAMYAR" --db "$A" export donors | wc -l)" "$n0" "... and nothing written"
printf 'name,kind,county\n"محمد\tنوری",person,TBZ\n' >"$TMP/tab.csv"
"$HAMYAR" --db "$A" import donors "$TMP/tab.csv" >/dev/null 2>&1; ok $? "a tab inside a name is a space"
"$HAMYAR" --db "$A" export donors | grep -q ',محمد نوری,'; ok $? "... stored as one"
# An update from a file with columns left out changes only the columns it
# has: the mobile, county and national id of MRD-1 stay; an empty cell of a
# column that is there clears that field.
C="$TMP/c"
"$HAMYAR" --db "$C" init --station MRD >/dev/null 2>&1
printf 'name,kind,county,national_id,mobile\nعلی‌اکبر کریمی,person,MRD,0012345679,09141234567\nمریم نوری,person,TBZ,,09121112233\n' >"$TMP/c1.csv"
"$HAMYAR" --db "$C" import donors "$TMP/c1.csv" >/dev/null 2>&1; ok $? "two donors for the partial update"
printf 'id,name\nMRD-1,علی‌اکبر کریمی‌نژاد\n' >"$TMP/part.csv"
"$HAMYAR" --db "$C" import donors "$TMP/part.csv" >/dev/null 2>&1; ok $? "an update with only id and name"
line=$("$HAMYAR" --db "$C" export donors | grep '^MRD-1,')
case $line in *',علی‌اکبر کریمی‌نژاد,0012345679,,09141234567,,MRD,'*) r=0 ;; *) r=1 ;; esac
ok $r "the name changed, national id, mobile and county kept"
printf 'id,mobile\nmrd-2,\n' >"$TMP/part2.csv"
"$HAMYAR" --db "$C" import donors "$TMP/part2.csv" >/dev/null 2>&1; ok $? "an empty mobile cell, the id typed in lower case"
line=$("$HAMYAR" --db "$C" export donors | grep '^MRD-2,')
case $line in *',مریم نوری,,,,,TBZ,'*) r=0 ;; *) r=1 ;; esac
ok $r "the mobile is cleared, the rest kept"
printf 'id,name\nMRD-40,سارا احمدی\n' >"$TMP/part3.csv"
"$HAMYAR" --lang en --db "$C" import donors "$TMP/part3.csv" >/dev/null 2>"$TMP/err"
is $? 1 "a new id in a file without the required columns: exit 1"
grep -q 'line 2, field kind: neither a national id (a person) nor a legal id (an organisation) says which this donor is, and the file has no column for it' "$TMP/err"; ok $? "... the missing kind named"
is "$("$HAMYAR" --db "$C" export donors | wc -l)" 3 "... and nothing written"

# Every problem of the file is reported at once: a bad mobile (found while
# reading), a national id repeated in the file (named by its line, not by
# an id that was never written), one already held, a missing reference.
printf 'name,kind,county,national_id,mobile,introduced_by\nسارا احمدی,person,MRD,1360000011,09121234567,\nزهرا کاظمی,person,MRD,,0912,\nمحمد رضایی,person,MRD,1360000011,,\nرضا نوری,person,MRD,0012345679,,\nفاطمه,person,MRD,,,MRD-77\n' >"$TMP/mix.csv"
"$HAMYAR" --lang en --db "$C" import donors "$TMP/mix.csv" >/dev/null 2>"$TMP/err"
is $? 1 "four bad rows of four kinds: exit 1"
grep -q 'line 3, column 5 (mobile)' "$TMP/err"; ok $? "... the bad mobile"
grep -q 'line 4, column 4 (national_id): the same value is on line 2 of this file' "$TMP/err"; ok $? "... the repeat, by line"
grep -q 'line 5, column 4 (national_id): the same value is held by MRD-1' "$TMP/err"; ok $? "... the one already held, by id"
grep -q 'line 6, column 6 (introduced_by): no record MRD-77' "$TMP/err"; ok $? "... the missing reference"
grep -q 'rows with errors: 4' "$TMP/err"; ok $? "... four rows counted"
"$HAMYAR" --db "$C" import donors "$TMP/mix.csv" >/dev/null 2>"$TMP/err2"
grep -q 'همین مقدار در سطر ۲\|همین مقدار در سطر 2' "$TMP/err2"; ok $? "... and in Persian"
is "$("$HAMYAR" --db "$C" export donors | wc -l)" 3 "... and nothing written"

# A spreadsheet's leftovers: empty header cells at the end, rows of commas
# only; a value under a column with no name is an error.
printf 'kind,name,county,,\nperson,نرگس حسینی,TBZ,,\n,,,,\n\nperson,حمید نوری,MRD,, \n' >"$TMP/blank.csv"
"$HAMYAR" --db "$C" import donors "$TMP/blank.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "empty trailing columns and a row of commas are left out"
is "$("$HAMYAR" --db "$C" export donors | wc -l)" 5 "... two donors added"
printf 'kind,name,county,,\nperson,نرگس,TBZ,,تلفن\n' >"$TMP/blank2.csv"
"$HAMYAR" --lang en --db "$C" import donors "$TMP/blank2.csv" >/dev/null 2>"$TMP/err"
is $? 1 "a value under a column with no name: exit 1"
grep -q 'line 2: a value in column 5, which has no name in the header' "$TMP/err"; ok $? "... named by line and column"

# A file saved as Windows-1256 (not UTF-8) is named so, not "out of memory";
# a header with an escape sequence is shown with placeholders.
printf '\346\323\355,kind\n' >"$TMP/cp.csv"
"$HAMYAR" --lang en --db "$C" import donors "$TMP/cp.csv" >/dev/null 2>"$TMP/err"
is $? 1 "a non-UTF-8 header: exit 1"
grep -q 'line 1: the file is not UTF-8 text; save it as "CSV UTF-8"' "$TMP/err"; ok $? "... and says to save it as UTF-8"
printf 'name,\033[31mred,kind\n' >"$TMP/esc.csv"
"$HAMYAR" --lang en --db "$C" import donors "$TMP/esc.csv" >/dev/null 2>"$TMP/err"
is $? 1 "an escape sequence in a header name: exit 1"
grep -q "$(printf '\033')" "$TMP/err"; is $? 1 "... the escape is not written to the terminal"
grep -q "unknown column '.\[31mred'" "$TMP/err"; ok $? "... it is shown with a placeholder"

# Export to a folder, or to a missing folder: the cause, in Persian, a
# usage error (exit 2; tests/cli/out_path.sh).
mkdir "$TMP/adir"
"$HAMYAR" --db "$C" export donors --out "$TMP/adir" >/dev/null 2>"$TMP/err"
is $? 2 "export onto a folder: exit 2"
grep -q 'این یک پوشه است، نه پرونده' "$TMP/err"; ok $? "... says it is a folder"
"$HAMYAR" --db "$C" export donors --out "$TMP/none/x.csv" >/dev/null 2>"$TMP/err"
grep -qF "پوشهٔ $TMP/none وجود ندارد" "$TMP/err"; ok $? "export into a missing folder says so in Persian"
# A text that a spreadsheet would run as a formula is exported after an
# apostrophe (OWASP CSV injection); importing the export gives it back as
# it was, and the round trip stays byte for byte.
D1="$TMP/f1" D2="$TMP/f2"
"$HAMYAR" --db "$D1" init --station MRD >/dev/null 2>&1
"$HAMYAR" --db "$D2" init --station MRD >/dev/null 2>&1
printf 'name,kind,county,notes\n"=HYPERLINK(""http://x"",""کلیک"")",person,TBZ,-نکتهٔ مهم\n@علی‌رضا,person,TBZ,+۹۸\n' >"$TMP/fx.csv"
"$HAMYAR" --db "$D1" import donors "$TMP/fx.csv" >/dev/null 2>&1; ok $? "names and notes that look like formulas are imported"
"$HAMYAR" --db "$D1" export donors --out "$TMP/fx1.csv" >/dev/null 2>&1
grep -q '^MRD-1,person,"'"'"'=HYPERLINK(' "$TMP/fx1.csv"; ok $? "... exported with an apostrophe before ="
grep -q ",'-نکتهٔ مهم," "$TMP/fx1.csv"; ok $? "... and before -"
grep -q "^MRD-2,person,'@علی‌رضا," "$TMP/fx1.csv"; ok $? "... and before @"
"$HAMYAR" --db "$D1" export donors --format json | grep -q '"name": "=HYPERLINK'; ok $? "... JSON keeps the value as it is"
"$HAMYAR" --db "$D2" import donors "$TMP/fx1.csv" >/dev/null 2>&1
"$HAMYAR" --db "$D2" export donors --out "$TMP/fx2.csv" >/dev/null 2>&1
cmp -s "$TMP/fx1.csv" "$TMP/fx2.csv"; ok $? "... and the round trip is identical"

# A donor's interests in Persian: the labels as a clerk types them (several
# words each, Arabic yeh/kaf, separated by ، or by commas), stored as the
# participation type names; a value that is none is refused with the
# allowed values listed, in Persian and in English.
D3="$TMP/i3"
"$HAMYAR" --db "$D3" init --station MRD >/dev/null 2>&1
cat >"$TMP/int.csv" <<'CSV'
kind,name,county,interests
person,زهرا احمدی,TBZ,"تجهيزات عمومی، اطلاعاتي"
person,حسین نوری,MRD,"تأمین هزینه‌های خدماتی و امنیتی,انتظامی (داوطلبانه)"
person,مریم کاظمی,MRG,space حمایتی
CSV
"$HAMYAR" --db "$D3" import donors "$TMP/int.csv" >/dev/null 2>"$TMP/err"; ok $? "interests given by their Persian labels are imported"
"$HAMYAR" --db "$D3" export donors --out "$TMP/int-out.csv" >/dev/null 2>&1
is "$(cut -d, -f1,10 "$TMP/int-out.csv" | sed 1d | tr '\r\n' ' ')" \
    "MRD-1,equipment information MRD-2,costs policing MRD-3,space support " "... stored as the type names"
printf 'kind,name,county,interests\nperson,رضا صادقی,TBZ,"حمایتی، آموزشی"\n' >"$TMP/int-bad.csv"
"$HAMYAR" --db "$D3" import donors "$TMP/int-bad.csv" >/dev/null 2>"$TMP/err"; is $? 1 "an interest that is no participation type: exit 1"
grep -q 'سطر 2، ستون 4 (interests): نوع مشارکت نیست؛ مقدارهای مجاز: «توسعهٔ فضاهای انتظامی» (space)،' "$TMP/err"; ok $? "... the Persian message lists the allowed values"
grep -q '«انتظامی (داوطلبانه)» (policing)' "$TMP/err"; ok $? "... every one of them, label and name"
"$HAMYAR" --lang en --db "$D3" import donors "$TMP/int-bad.csv" >/dev/null 2>"$TMP/err"
grep -q 'line 2, column 4 (interests): Not a participation type; the allowed values are space, equipment, costs, information, support, oversight and policing' "$TMP/err"; ok $? "... and the English one"
is "$("$HAMYAR" --db "$D3" export donors | grep -c 'رضا صادقی')" 0 "... and nothing was written"
# A value that is none of a field's choices is answered with the choices,
# by name and label (either may be typed).
printf 'name,kind,county\nمریم نوری,شخصی,TBZ\nرضا کاظمی,شخص حقوقی,TBZ\n' >"$TMP/kind.csv"
"$HAMYAR" --db "$C" import donors "$TMP/kind.csv" >/dev/null 2>"$TMP/err"
is $? 1 "a kind that is no choice: exit 1"
grep -q 'سطر 2، ستون 2 (kind): .*یکی از اینها را بنویسید: person (شخص حقیقی)، org (شخص حقوقی)' "$TMP/err"; ok $? "... the choices listed in Persian"
grep -q 'سطر 3' "$TMP/err"; is $? 1 "... the Persian label of the other row is taken"
"$HAMYAR" --lang en --db "$C" import donors "$TMP/kind.csv" >/dev/null 2>"$TMP/err"
grep -q 'line 2, column 2 (kind): Not one of the allowed choices; write one of: person (Person), org (Organisation)' "$TMP/err"; ok $? "... and in English"
# Ids are unique across kinds: a groups file given a donor's id is refused.
printf 'id,kind,name,county\nMRD-1,council,شورای اسلامی شهر مرند,MRD\n' >"$TMP/gid.csv"
"$HAMYAR" --lang en --db "$C" import groups "$TMP/gid.csv" >/dev/null 2>"$TMP/err"
is $? 1 "a group given a donor's id: exit 1"
grep -q 'line 2, column 1 (id): MRD-1 is the id of a record of another kind (donor)' "$TMP/err"; ok $? "... saying whose id it is"
is "$("$HAMYAR" --db "$C" export groups | wc -l)" 1 "... and no group written"
# A file in Windows-1256 throughout: one message with the advice, not one
# per cell.
{ printf 'name,kind,county\n'; for i in 1 2 3 4 5; do printf '\343\317\355 \346\307\323\322,person,TBZ\n'; done; } >"$TMP/cp2.csv"
"$HAMYAR" --lang en --db "$C" import donors "$TMP/cp2.csv" >/dev/null 2>"$TMP/err"
is $? 1 "rows in Windows-1256: exit 1"
is "$(grep -c 'not UTF-8' "$TMP/err")" 1 "... one message"
tail -n 1 "$TMP/err" | grep -q 'nothing was imported'; ok $? "... and the last line says nothing was imported"
grep -q 'line 2, column 1: the file is not UTF-8 text; save it as "CSV UTF-8"' "$TMP/err"; ok $? "... naming the first place and the advice"
# Ids typed in lower case: in a list of donors of a recognition, and in
# match.
printf 'held_on,title,donors\n1403/12/01,تقدیر از خیّرین,mrd-1 mrd-2\n' >"$TMP/rec.csv"
"$HAMYAR" --db "$C" import recognitions "$TMP/rec.csv" >/dev/null 2>"$TMP/err"; ok $? "recognition donors typed in lower case are read"
"$HAMYAR" --db "$C" match donor mrd-1 >/dev/null 2>"$TMP/err"; ok $? "match donor mrd-1 finds MRD-1"
# A row bad for another reason still has its missing references reported,
# so the clerk fixes everything in one round.
printf 'kind,name,county,introduced_by,mobile\nperson,زهرا احمدی,TBZ,MRD-999,0912\n' >"$TMP/rf.csv"
"$HAMYAR" --lang en --db "$C" import donors "$TMP/rf.csv" >/dev/null 2>"$TMP/err"
is $? 1 "a bad mobile and a missing introducer: exit 1"
grep -q 'line 2, column 5 (mobile)' "$TMP/err" && grep -q 'line 2, column 4 (introduced_by): no record MRD-999' "$TMP/err"
ok $? "... both reported"
grep -q 'rows with errors: 1;' "$TMP/err"; ok $? "... the row counted once"
# Every missing donor of a list is named, not only the first.
printf 'held_on,title,donors\n1403/13/01,تقدیر,MRD-1 MRD-900 MRD-901\n' >"$TMP/rf2.csv"
"$HAMYAR" --lang en --db "$C" import recognitions "$TMP/rf2.csv" >/dev/null 2>"$TMP/err"
is $? 1 "a bad date and two missing donors: exit 1"
grep -q 'no record MRD-900' "$TMP/err" && grep -q 'no record MRD-901' "$TMP/err"; ok $? "... both missing donors named"
grep -q 'no record MRD-1 ' "$TMP/err"; r=$?; [ $r -ne 0 ]; ok $? "... and not the one that is there"
# An empty "active" cell would leave a record neither active nor not.
printf 'id,active\nMRD-1,\n' >"$TMP/act.csv"
"$HAMYAR" --lang en --db "$C" import donors "$TMP/act.csv" >/dev/null 2>"$TMP/err"
is $? 1 "an empty active cell: exit 1"
grep -q 'line 2, column 2 (active): This field is required' "$TMP/err"; ok $? "... the cell named"
# A deleted pledge (kinds without an `active` field keep it in the record's
# metadata) is exported with active 0, not as if in use, and an import
# brings that back: the round trip keeps it deleted; 1 restores it.
E1="$TMP/del1" E2="$TMP/del2"
for d in "$E1" "$E2"; do "$HAMYAR" --db "$d" init --station MRD >/dev/null 2>&1; done
printf 'kind,name,county\nperson,رضا نوروزی‌فر,MRD\n' >"$TMP/dd.csv"
printf 'donor,type,amount,pledged_on,active\nMRD-1,costs,5000000,1403/05/01,1\nMRD-1,costs,7000000,1403/05/02,0\n' >"$TMP/dp.csv"
"$HAMYAR" --db "$E1" import donors "$TMP/dd.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$E1" import pledges "$TMP/dp.csv" >/dev/null 2>&1; ok $? "pledges imported, one of them deleted (active 0)"
"$HAMYAR" --db "$E1" export pledges --out "$TMP/dp1.csv" >/dev/null 2>&1
head -n 1 "$TMP/dp1.csv" | tr -d '\r' | grep -q ',status,active$'; ok $? "the pledges' export ends with an active column"
is "$(tr -d '\r' <"$TMP/dp1.csv" | awk -F, '$1 == "MRD-3" { print $NF }')" 0 "... 0 for the deleted pledge"
is "$(tr -d '\r' <"$TMP/dp1.csv" | awk -F, '$1 == "MRD-2" { print $NF }')" 1 "... 1 for the other"
"$HAMYAR" --db "$E1" export pledges --format json | grep -q '"id": "MRD-3", .*"active": 0}'; ok $? "... and JSON says so too"
"$HAMYAR" --db "$E2" import donors "$TMP/dd.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$E2" import pledges "$TMP/dp1.csv" >/dev/null 2>&1; ok $? "the export imports into a fresh database"
"$HAMYAR" --db "$E2" export pledges --out "$TMP/dp2.csv" >/dev/null 2>&1
cmp -s "$TMP/dp1.csv" "$TMP/dp2.csv"; ok $? "... and exports again identical: still deleted"
printf 'id,active\nMRD-3,1\n' >"$TMP/dr.csv"
"$HAMYAR" --db "$E2" import pledges "$TMP/dr.csv" >/dev/null 2>&1; ok $? "active 1 in an update"
is "$("$HAMYAR" --db "$E2" export pledges | tr -d '\r' | awk -F, '$1 == "MRD-3" { print $NF }')" 1 "... restores the pledge"
printf 'id,فعال\nMRD-3,شاید\n' >"$TMP/dx.csv"
"$HAMYAR" --lang en --db "$E2" import pledges "$TMP/dx.csv" >/dev/null 2>"$TMP/err"; is $? 1 "an active cell that is neither 1 nor 0: exit 1"
grep -q 'line 2: column 2 (فعال): 1 (yes) for a record in use, 0 (no) for a deleted one' "$TMP/err"; ok $? "... the cell named by its Persian header"
is "$("$HAMYAR" --db "$E2" export pledges | tr -d '\r' | awk -F, '$1 == "MRD-3" { print $NF }')" 1 "... and nothing changed"
done_testing
