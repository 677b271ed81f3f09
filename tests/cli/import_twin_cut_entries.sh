# A stored name whose word-index entries were cut (more than 32 words and
# parts: a long charity's name whose words have ZWNJs; or a word of more
# than 60 letters) is found as the twin of a row whose same name is
# written with fewer ZWNJs or spaces, so that its own entries are not cut:
# a donor, a group and a unit, in a short import (each start of the
# letters looked up) and in a long one (more than 256 rows: the index's
# cut names read once, store/search.c wset_of).  A row of another name
# that starts the same is not warned about, nor the stored names imported
# back under their ids.  Before, the lookup probed the index for the
# stored name's last word, whose entry had been cut off (or its letters
# cut short), and the row came in without a warning.
# Since database format 9 the index keeps 128 words and parts of a name,
# more than a name an import takes can have (store/search.c, "Bound"): the
# charity's name below is no longer cut, and is found by its last word;
# the word of 64 letters still is (tests/store/test_search.c cuts names
# of more than 128 entries, put by the store itself).
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init"
# 31 words, 4 of them with a ZWNJ: 35 entries, cut at 32 before format 9
CUT='مؤسسهٔ خیریهٔ حامیان نظم‌وامنیت در شهرستان‌های تبریز و مرند و میانه و اهر و سراب و بناب و جلفا و هریس و اسکو و کلیبر و ملکان و عجب‌شیر و بستان‌آباد'
# the same, the ZWNJs left out (31 entries) and Arabic ي/ك
JOINED='مؤسسهٔ خيريهٔ حاميان نظموامنيت در شهرستانهاي تبريز و مرند و ميانه و اهر و سراب و بناب و جلفا و هريس و اسكو و كليبر و ملكان و عجبشير و بستانآباد'
# its start, another end
OTHER='مؤسسهٔ خیریهٔ حامیان نظموامنیت در شهرستانهای تبریز و مرند و میانه و اهر و سراب و بناب و جلفا و هریس و اسکو و کلیبر و ملکان و عجبشیر و اهر'
# a word of 64 letters (its entry keeps 60), and the same with spaces
LONG='بنیاد نیکوکارانمهرورزانخیرخواهانامدادگرانپشتیبانانحامیانیاورانیاریگرانهمراهان تبریز'
SPACED='بنیاد نیکوکاران مهرورزان خیرخواهان امدادگران پشتیبانان حامیان یاوران یاریگران همراهان تبریز'

printf 'kind,name,county\nperson,%s,TBZ\nperson,%s,TBZ\n' "$CUT" "$LONG" >"$TMP/a.csv"
"$HAMYAR" --db "$D" import donors "$TMP/a.csv" >"$TMP/out" 2>"$TMP/err"
ok $? "two donors imported: TBZ-1 (35 entries), TBZ-2 (a word cut at 60 letters)"
printf 'kind,name,county\nreligious_board,%s,TBZ\n' "$CUT" >"$TMP/g.csv"
"$HAMYAR" --db "$D" import groups "$TMP/g.csv" >"$TMP/out" 2>"$TMP/err"
ok $? "a group of the cut name imported: TBZ-3"

printf 'kind,name,county,mobile\nperson,%s,TBZ,09141234567\nperson,%s,TBZ,09141234568\nperson,%s,TBZ,09141234569\n' \
    "$JOINED" "$OTHER" "$SPACED" >"$TMP/b.csv"
"$HAMYAR" --db "$D" import donors "$TMP/b.csv" --dry-run >"$TMP/out" 2>"$TMP/err"
is $? 0 "the same names another way: taken"
holds "$(sed -n '/سطر 2،/p' "$TMP/err")" "ستون 2 (name): هشدار: خیّری با همین نام در همین شهرستان هست: TBZ-1 (" \
    "line 2 (ZWNJs left out) warned as TBZ-1's twin"
grep -q "سطر 3،" "$TMP/err"; is $? 1 "line 3 (another name, the same start): no warning"
holds "$(sed -n '/سطر 4،/p' "$TMP/err")" "ستون 2 (name): هشدار: خیّری با همین نام در همین شهرستان هست: TBZ-2 (" \
    "line 4 (spaces in the long word) warned as TBZ-2's twin"

printf 'kind,name,county\nother,%s,TBZ\n' "$JOINED" >"$TMP/h.csv"
"$HAMYAR" --db "$D" import groups "$TMP/h.csv" --dry-run >"$TMP/out" 2>"$TMP/err"
is $? 0 "a group of the same name another way: taken"
holds "$(cat "$TMP/err")" "سطر 2، ستون 2 (name): هشدار: گروه TBZ-3 (" "... warned as group TBZ-3's twin"

printf 'kind,name,county\nother,%s,TBZ\n' "$CUT" >"$TMP/u.csv"
"$HAMYAR" --db "$D" import units "$TMP/u.csv" >"$TMP/out" 2>"$TMP/err"
ok $? "a unit of the cut name imported: TBZ-4"
printf 'kind,name,county\nother,%s,TBZ\n' "$JOINED" >"$TMP/u.csv"
"$HAMYAR" --db "$D" import units "$TMP/u.csv" --dry-run >"$TMP/out" 2>"$TMP/err"
is $? 0 "a unit of the same name another way: taken"
holds "$(cat "$TMP/err")" "سطر 2، ستون 2 (name): هشدار: واحد TBZ-4 (" "... warned as unit TBZ-4's twin"

"$HAMYAR" --db "$D" export donors --out "$TMP/back.csv" >/dev/null 2>&1
"$HAMYAR" --db "$D" import donors "$TMP/back.csv" --allow-repeats >"$TMP/out" 2>"$TMP/err"
is $? 0 "the donors exported import back"
grep -q "هشدار" "$TMP/err"; is $? 1 "... with no warning (each is itself)"

# a long import: 300 other rows first, the twins on lines 302 and 304
awk -v j="$JOINED" -v o="$OTHER" -v s="$SPACED" 'BEGIN {
	split("الف ب پ ت ث ج چ ح خ د", d, " ")
	print "kind,name,county"
	for (i = 0; i < 300; i++)
		printf "person,%s%s%s‌نیا %sپور,TBZ\n", d[int(i / 100) % 10 + 1], d[int(i / 10) % 10 + 1], d[i % 10 + 1], d[i % 10 + 1]
	printf "person,%s,TBZ\nperson,%s,TBZ\nperson,%s,TBZ\n", j, o, s
}' >"$TMP/c.csv"
"$HAMYAR" --db "$D" import donors "$TMP/c.csv" --dry-run >"$TMP/out" 2>"$TMP/err"
is $? 0 "a long import: taken"
holds "$(sed -n '/سطر 302،/p' "$TMP/err")" "هشدار: خیّری با همین نام در همین شهرستان هست: TBZ-1 (" \
    "... line 302 warned as TBZ-1's twin"
grep -q "سطر 303،" "$TMP/err"; is $? 1 "... line 303 (the same start): no warning"
holds "$(sed -n '/سطر 304،/p' "$TMP/err")" "هشدار: خیّری با همین نام در همین شهرستان هست: TBZ-2 (" \
    "... line 304 warned as TBZ-2's twin"
is "$(grep -c "هشدار" "$TMP/err")" 2 "... and no other row"

# 40 more donors whose names start as the cut one's: each long row's
# lookup walks the 41 entries of «مؤسسه», and after three rows the
# index's words and cut names are read once instead (search.c
# walked_much); the twin on line 6 is found there
D="$TMP/db2"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init a second database"
awk -v c="$CUT" 'BEGIN {
	split("الف ب پ ت ث ج چ ح خ د", d, " ")
	print "kind,name,county"
	printf "person,%s,TBZ\n", c
	for (i = 0; i < 40; i++)
		printf "person,مؤسسهٔ خیریهٔ %s%s‌نیا,TBZ\n", d[int(i / 10) % 10 + 1], d[i % 10 + 1]
}' >"$TMP/m.csv"
"$HAMYAR" --db "$D" import donors "$TMP/m.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "41 donors imported"
awk -v j="$JOINED" -v o="$OTHER" 'BEGIN {
	print "kind,name,county"
	for (i = 0; i < 4; i++)
		printf "person,%s%d,TBZ\n", o, i
	printf "person,%s,TBZ\n", j
}' >"$TMP/n.csv"
"$HAMYAR" --db "$D" import donors "$TMP/n.csv" >"$TMP/out" 2>"$TMP/err"; is $? 0 "five long names imported"
holds "$(sed -n '/سطر 6،/p' "$TMP/err")" "هشدار: خیّری با همین نام در همین شهرستان هست: TBZ-1 (" \
    "... line 6 warned as TBZ-1's twin"
is "$(grep -c "هشدار" "$TMP/err")" 1 "... and no other row"

# the word of more than 60 letters first: its own entry keeps 60
D="$TMP/db3"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init a third database"
printf 'kind,name,county\nperson,%s,TBZ\n' "${LONG#بنیاد }" >"$TMP/a.csv"
"$HAMYAR" --db "$D" import donors "$TMP/a.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a donor whose first word is cut at 60 letters"
printf 'kind,name,county\nperson,%s,TBZ\n' "${SPACED#بنیاد }" >"$TMP/b.csv"
"$HAMYAR" --db "$D" import donors "$TMP/b.csv" --dry-run >"$TMP/out" 2>"$TMP/err"; is $? 0 "the same name with spaces: taken"
holds "$(cat "$TMP/err")" "سطر 2، ستون 2 (name): هشدار: خیّری با همین نام در همین شهرستان هست: TBZ-1 (" \
    "... warned as TBZ-1's twin"
done_testing
