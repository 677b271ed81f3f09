# A county's sheet imported at its station, then sent to HQ as well: once
# the station has edited the records it made, HQ's import of the same file
# no longer equals them row by row, and made every record a second time
# (two of each need, the totals doubled).  The station's notes of the files
# it imported now travel in its bundles: HQ refuses the file, by its bytes
# or (saved again by a spreadsheet) by its content, naming the station, and
# passes the notes on to the other stations.  `--allow-repeats` still
# imports it.  A bundle that alters a note is refused whole (signed).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
count() { "$HAMYAR" --db "$1" export "$2" | tail -n +2 | grep -c .; }

printf 'name,kind,county,mobile\nزهرا احمدی‌نژاد,person,TBZ,09141234567\nشرکت فولاد آذر,org,TBZ,09141112233\nمحمدرضا كريمي,person,TBZ,09121112233\n' >"$TMP/donors.csv"
"$HAMYAR" --db "$T" import donors "$TMP/donors.csv" >/dev/null 2>&1; ok $? "TBZ imports its sheet of three donors"
printf 'id,mobile\nTBZ-1,09351234567\nTBZ-2,09141112234\nTBZ-3,09359876543\n' >"$TMP/edit.csv"
"$HAMYAR" --db "$T" import donors "$TMP/edit.csv" >/dev/null 2>&1; ok $? "... and then edits their mobiles"
bundle "$T" "$Q" HQ; ok $? "TBZ's bundle reaches HQ"
grep -q "^i donors b [0-9a-f]\{64\} [0-9]* 3 TBZ	" "$TMP/b"; ok $? "the bundle notes the file: donors, by its bytes, 3 rows, at TBZ"
grep -q "^i donors c [0-9a-f]\{64\} [0-9]* 3 TBZ	" "$TMP/b"; ok $? "... and by its content"
is "$(count "$Q" donors)" 3 "HQ holds the three donors"

"$HAMYAR" --db "$Q" import donors "$TMP/donors.csv" >"$TMP/out" 2>&1; rc=$?
is $rc 1 "HQ imports the same sheet: refused"
holds "$(cat "$TMP/out")" "در ایستگاه TBZ" "... naming the station it was imported at"
holds "$(cat "$TMP/out")" "هیچ چیز وارد نشد" "... and that nothing was imported"
holds "$(cat "$TMP/out")" "--allow-repeats" "... and how to import it all the same"
is "$(count "$Q" donors)" 3 "... still three donors, not six"
"$HAMYAR" --lang en --db "$Q" import donors "$TMP/donors.csv" 2>&1 | grep -q "imported at station TBZ on "
ok $? "in English: imported at station TBZ"

# saved again by a spreadsheet program: CRLF rows, the same content
sed 's/$/\r/' "$TMP/donors.csv" >"$TMP/donors2.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/donors2.csv" >"$TMP/out" 2>&1; rc=$?
is $rc 1 "the same sheet saved again (CRLF): refused as well"
holds "$(cat "$TMP/out")" "همین محتوا" "... by its content"
holds "$(cat "$TMP/out")" "در ایستگاه TBZ" "... at station TBZ"
is "$(count "$Q" donors)" 3 "... still three donors"

# HQ passes the notes on: MRG refuses the sheet too
bundle "$Q" "$M" MRG; ok $? "HQ's bundle reaches MRG"
"$HAMYAR" --db "$M" import donors "$TMP/donors.csv" >"$TMP/out" 2>&1; rc=$?
is $rc 1 "MRG imports the sheet: refused"
holds "$(cat "$TMP/out")" "در ایستگاه TBZ" "... naming TBZ, where it was imported first"
# back at TBZ, its own note is its own
bundle "$Q" "$T" TBZ
"$HAMYAR" --db "$T" import donors "$TMP/donors.csv" >"$TMP/out" 2>&1
case $(cat "$TMP/out") in *"در ایستگاه"*) ok 1 "TBZ: its own import, not another station's"; sed 's/^/# /' "$TMP/out" ;;
*"همین پرونده"*) ok 0 "TBZ: its own import, not another station's" ;;
*) ok 1 "TBZ: its own import, not another station's"; sed 's/^/# /' "$TMP/out" ;; esac

# importing twice, by choice
"$HAMYAR" --db "$Q" import donors "$TMP/donors.csv" --allow-repeats >/dev/null 2>&1
ok $? "--allow-repeats imports it at HQ all the same"
is "$(count "$Q" donors)" 6 "... six donors then"

# a bundle with a note altered: refused whole
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/b1" >/dev/null 2>&1
sed 's/^\(i donors b [0-9a-f]* [0-9]*\) 3 TBZ/\1 30 TBZ/' "$TMP/b1" >"$TMP/b2"
cmp -s "$TMP/b1" "$TMP/b2"; is $? 1 "(a copy of TBZ's bundle with a note's rows changed)"
"$HAMYAR" --db "$Q" sync import "$TMP/b2" >/dev/null 2>&1; is $? 1 "... refused"
done_testing
