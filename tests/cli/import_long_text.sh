# A text field has a most number of characters (core_text_max): a CSV
# with a 10 MB "name" (a sheet whose cell was pasted over with a page, a
# broken export) stored it whole, to be indexed, synced and shown.  Now
# the row is refused, its line and column named with the start of the
# cell quoted, and nothing of the file is written; a text of exactly the
# limit (Persian, with ZWNJ, counted in characters, not bytes) is taken.
. "$HAMYAR_SRC/tests/lib.sh"

donors_db 1
sum() { "$HAMYAR" --db "$D" export all --format json | cksum; }
before=$(sum)
"$HAMYAR" --db "$D" audit >"$TMP/audit-before"

# n characters: "خیریهٔ مهر‌آفرین " (17: ZWNJ inside, one space) over and
# over, then ی to make up n
name() {
	awk -v n="$1" 'BEGIN { w = "خیریهٔ مهر‌آفرین "; s = "";
		for (k = 0; k + 17 <= n - 1; k += 17) s = s w;
		for (; k < n; k++) s = s "ی"; printf "%s", s }'
}
[ "$(name 150 | iconv -f UTF-8 -t UTF-32LE | wc -c)" -eq 600 ]; ok $? "the name of 150 characters has 150"

# ---- one character over the limit (151), between two good rows
{ printf 'نام و نام خانوادگی,نوع,شهرستان,کد ملی\n'
  printf 'علي كريمي,person,مرند,1641234563\n'
  name 151; printf ',person,مرند,\n'
  printf 'مریم احمدی‌نژاد,person,مرند,\n'; } >"$TMP/long.csv"
"$HAMYAR" --db "$D" import donors "$TMP/long.csv" >/dev/null 2>"$TMP/err"; rc=$?
is $rc 1 "a name of 151 characters among good rows: exit 1"
holds "$(cat "$TMP/err")" "long.csv: سطر 3، ستون 1 (نام و نام خانوادگی): «خیریهٔ مهر‌آفرین" "its line and column named"
holds "$(cat "$TMP/err")" "حداکثر 150 نویسه" "and the limit, in characters"
holds "$(cat "$TMP/err")" "هیچ چیز وارد نشد" "nothing imported"
is "$(sum)" "$before" "the database is as it was: the good rows are not written either"
"$HAMYAR" --db "$D" audit >"$TMP/audit-after"
cmp -s "$TMP/audit-before" "$TMP/audit-after"; ok $? "nothing in the audit log"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/long.csv" >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "line 3, column 1 (نام و نام خانوادگی): \"خیریهٔ" "in English under --lang en"
holds "$(cat "$TMP/err")" "at most 150 characters" "... with the limit"

# ---- a 10 MB name: refused, the message short
{ printf 'نام و نام خانوادگی,نوع,شهرستان,کد ملی\nعلي كريمي,person,مرند,1641234563\n'
  yes 'abcdefghij' | head -n 1000000 | tr -d '\n'; printf ',person,مرند,\n'; } >"$TMP/huge.csv"
"$HAMYAR" --db "$D" import donors "$TMP/huge.csv" >/dev/null 2>"$TMP/err"; rc=$?
is $rc 1 "a 10 MB name: exit 1"
n=$(wc -c <"$TMP/err")
[ "$n" -lt 2000 ]; ok $? "the message is short ($n bytes)"
holds "$(cat "$TMP/err")" "huge.csv: سطر 3، ستون 1 (نام و نام خانوادگی): «abcdefghijabcdefghij" "line and column named, the cell's start quoted"
holds "$(cat "$TMP/err")" "…»" "... cut, then …"
is "$(sum)" "$before" "the database is as it was"

# ---- a name of first and family names, too long together: the two quoted
{ printf 'نام,نام خانوادگی,نوع,شهرستان\n'
  printf 'مریم,'; name 146; printf ',person,مرند\n'; } >"$TMP/split.csv"
"$HAMYAR" --db "$D" import donors "$TMP/split.csv" >/dev/null 2>"$TMP/err"; rc=$?
is $rc 1 "a first name and a family name of 151 characters together: exit 1"
holds "$(cat "$TMP/err")" "split.csv: سطر 2، ستون 1 (نام): «مریم خیریهٔ مهر‌آفرین" "the name read from both quoted"
is "$(sum)" "$before" "the database is as it was"

# ---- a long address and notes of several lines, in an English header
{ printf 'name,kind,county,address,notes\n'
  printf 'علی رضایی,person,مرند,"'; name 301; printf '",\n'; } >"$TMP/addr.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/addr.csv" >/dev/null 2>"$TMP/err"; rc=$?
is $rc 1 "an address of 301 characters: exit 1"
holds "$(cat "$TMP/err")" "addr.csv: line 2, column 4 (address):" "its column named"
holds "$(cat "$TMP/err")" "at most 300 characters" "... with its own limit"

# ---- exactly the limits: taken, kept whole
{ printf 'نام و نام خانوادگی,نوع,شهرستان,نشانی,یادداشت‌ها\n'
  name 150; printf ',person,مرند,"'; name 300; printf '","'; name 1999
  printf '\n'; name 2000; printf '"\n'; } >"$TMP/max.csv"
"$HAMYAR" --db "$D" import donors "$TMP/max.csv" >/dev/null 2>"$TMP/err"; ok $? "a name of 150, an address of 300 and notes of 4000 characters: imported"
"$HAMYAR" --db "$D" export donors --format json >"$TMP/out.json"
python3 - "$TMP/out.json" <<'PY'
import json, sys
d = [r for r in json.load(open(sys.argv[1]))["donors"] if r["name"].startswith("خیریه")]
assert len(d) == 1, d
r = d[0]
assert (len(r["name"]), len(r["address"]), len(r["notes"])) == (150, 300, 4000), \
    (len(r["name"]), len(r["address"]), len(r["notes"]))
assert "\u200c" in r["name"] and "\n" in r["notes"]
PY
ok $? "... stored whole: 150, 300 and 4000 characters (ZWNJ and the line break counted)"
done_testing
