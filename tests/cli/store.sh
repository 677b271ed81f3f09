# The store's verbs: init, demo, rank, match, backup, verify (SPEC §12).
. "$HAMYAR_SRC/tests/lib.sh"

DB="$TMP/station"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >"$TMP/out" 2>&1
ok $? "init makes a new database"
grep -q TBZ "$TMP/out"; ok $? "init names the station"
is "$(stat -c %a "$DB")" 2770 "the database directory is mode 0770, setgid (files keep its group)"
is "$(stat -c %a "$DB/data.mdb")" 660 "the data file is mode 0660"
"$HAMYAR" --lang en --db "$DB" init --station MRG >/dev/null 2>"$TMP/err"
is $? 1 "init refuses an existing database"
grep -q "already exists" "$TMP/err"; ok $? "and says so"
"$HAMYAR" --db "$TMP/x" init --station 'T-1' >/dev/null 2>&1
is $? 1 "a bad station code is invalid data"
"$HAMYAR" --db "$TMP/x" init >/dev/null 2>&1
is $? 2 "init without --station is a usage error"
[ ! -e "$TMP/x" ]; ok $? "and makes nothing"
"$HAMYAR" --db "$DB" verify >"$TMP/out" 2>&1
ok $? "a new database verifies clean"
"$HAMYAR" --db "$TMP/none" verify >/dev/null 2>"$TMP/err"
is $? 3 "verify of no database is a storage error: exit 3"
# every verb that opens a database says so the same way, in Persian, and
# makes nothing there
for v in verify audit "export donors" report rank "match need TBZ-1" "sync key" \
    "backup $TMP/none.bk" "user list" "import donors $TMP/none.csv"; do
	: >"$TMP/none.csv"
	# shellcheck disable=SC2086
	"$HAMYAR" --db "$TMP/none" $v >/dev/null 2>"$TMP/err"
	is $? 3 "$v on no database: exit 3"
	grep -q 'پایگاه دادهٔ .* باز نشد: آنجا پایگاه داده‌ای نیست' "$TMP/err"
	ok $? "$v on no database: the reason in Persian"
done
[ ! -e "$TMP/none" ]; ok $? "and no database was made"

# demo on a path with no database: made as DEMO
D="$TMP/demo"
"$HAMYAR" --db "$D" demo --size 40 >"$TMP/out" 2>&1
ok $? "demo makes a sample database"
grep -q '۴۰ نیاز' "$TMP/out"; ok $? "demo says what it added (its counts in Persian digits)"
"$HAMYAR" --db "$D" verify >/dev/null 2>&1
ok $? "the demo database verifies clean"
"$HAMYAR" --db "$D" rank --json >"$TMP/r1.json"
ok $? "rank --json exits 0"
n1=$(grep -o '"rank": ' "$TMP/r1.json" | wc -l)
"$HAMYAR" --db "$D" demo --size 40 >/dev/null 2>&1
ok $? "demo runs again on the same database"
"$HAMYAR" --db "$D" rank --json >"$TMP/r2.json"
n2=$(grep -o '"rank": ' "$TMP/r2.json" | wc -l)
[ "$n1" -gt 5 ] && [ "$n2" -gt "$n1" ]; ok $? "the second run added more rankable needs ($n1 then $n2)"

# the demo data passes the import checks of a fresh database (an independent
# validation of its ids, national/legal ids, phones, dates and references)
"$HAMYAR" --db "$TMP/fresh" init --station MRG >/dev/null 2>&1
r=0
for k in groups units donors needs pledges; do
	"$HAMYAR" --db "$D" export $k --out "$TMP/$k.csv" >/dev/null 2>&1 || r=1
	"$HAMYAR" --lang en --db "$TMP/fresh" import $k "$TMP/$k.csv" >/dev/null 2>>"$TMP/imp.err" || r=1
done
ok $r "every demo record exports and imports into a fresh database"
grep -qi 'warning\|error' "$TMP/imp.err"; is $? 1 "with no warning or error from validation"
"$HAMYAR" --db "$TMP/fresh" verify >/dev/null 2>&1
ok $? "and the fresh database verifies clean"
# nothing paid or finished on a day still to come
today=$("$HAMYAR" date g2j "$(date +%Y-%m-%d)")
"$HAMYAR" --db "$D" export payments --out "$TMP/pay.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$D" export stages --out "$TMP/stg.csv" >/dev/null 2>&1
ok $? "demo payments and stages export"
is "$(awk -F, -v t="$today" 'NR > 1 && $3 > t' "$TMP/pay.csv" | wc -l | tr -d ' ')" 0 "no demo payment is dated after today ($today)"
is "$(awk -F, -v t="$today" 'NR > 1 && $6 != "" && $6 > t' "$TMP/stg.csv" | wc -l | tr -d ' ')" 0 "no demo stage ended after today"
# amounts as a person pays them: whole thousands of rials, and a pledge paid
# in parts is left owing nothing or a real sum, never the rials a division
# dropped (577,000,000 pledged, 576,999,999 paid)
"$HAMYAR" --db "$D" export pledges --out "$TMP/plg.csv" >/dev/null 2>&1
ok $? "demo pledges export"
is "$(awk -F, 'NR > 1 && $4 % 1000 != 0' "$TMP/pay.csv" | wc -l | tr -d ' ')" 0 "every demo payment is a whole number of thousands of rials"
is "$(awk -F, 'NR == FNR { if (FNR > 1) paid[$2] += $4; next }
	FNR > 1 && ($1 in paid) && $5 - paid[$1] > 0 && $5 - paid[$1] < 1000000' "$TMP/pay.csv" "$TMP/plg.csv" |
    wc -l | tr -d ' ')" 0 "no demo pledge is left owing less than a million rials"
is "$(awk -F, 'NR == FNR { if (FNR > 1) paid[$2] += $4; next }
	FNR > 1 && $9 == "fulfilled" && ($1 in paid) && paid[$1] != $5' "$TMP/pay.csv" "$TMP/plg.csv" |
    wc -l | tr -d ' ')" 0 "a fulfilled demo pledge is paid in full"

# rank --json: SPEC §12 shape
"$HAMYAR" --db "$D" rank --json --top 5 >"$TMP/top.json"
ok $? "rank --json --top 5"
head -c 24 "$TMP/top.json" | grep -q '^{"method": "topsis"'; ok $? "the object starts with the method"
r=0
for c in urgency impact population gap waiting interest; do
	grep -q "\"weights\": {.*\"$c\": [0-9.]*" "$TMP/top.json" || r=1
done
ok $r "weights name the six criteria"
is "$(grep -c '"id": "DEMO-[0-9]*", "rank": ' "$TMP/top.json")" 5 "five needs, each with id and rank"
# one need a line: rank, score, criteria, contributions
awk -F'"rank": ' 'NF > 1 { split($2, a, ","); print a[1] }' "$TMP/top.json" | tr '\n' ' ' >"$TMP/ranks"
is "$(cat "$TMP/ranks")" "1 2 3 4 5 " "ranks 1..5 in order"
awk '/"score": / {
	match($0, /"score": [0-9.]+/); s = substr($0, RSTART + 9, RLENGTH - 9) + 0
	if (NR > 2 && s > prev + 1e-9) bad = 1; prev = s
	match($0, /"contributions": \{[^}]*\}/); c = substr($0, RSTART, RLENGTH)
	n = split(c, parts, /: /); sum = 0
	for (i = 2; i <= n; i++) { v = parts[i]; sub(/[,}].*/, "", v); sum += v }
	if (sum - s > 0.00002 || s - sum > 0.00002) bad = 1
	m = split($0, crit, /"criteria": \{/); if (m < 2) bad = 1
} END { exit bad }' "$TMP/top.json"
ok $? "scores descend and each need's contributions add up to its score"
r=0
for c in urgency impact population gap waiting interest; do
	[ "$(grep -c "\"criteria\": {.*\"$c\": [0-9]" "$TMP/top.json")" -eq 5 ] || r=1
done
ok $r "every need lists the six raw criterion values"
grep -q '"gap": 0[,}]' "$TMP/top.json"; is $? 1 "no ranked need has a closed gap"
"$HAMYAR" --db "$D" rank --json --method saw --top 3 | head -c 20 | grep -q '"method": "saw"'
ok $? "rank --method saw"
"$HAMYAR" --db "$D" rank --county تبریز --top 3 >"$TMP/c.txt" 2>&1
ok $? "rank --county with the Persian county name"
is "$(sed 1d "$TMP/c.txt" | grep -c ' تبریز ')" 3 "each need's county is named (تبریز), as report and the screens name it"
grep -q 'TBZ' "$TMP/c.txt"; is $? 1 "not by its code"
"$HAMYAR" --lang en --db "$D" rank --county TBZ --top 2 | sed 1d | grep -c ' Tabriz ' >"$TMP/n"
is "$(cat "$TMP/n")" 2 "under --lang en, by its English name"
"$HAMYAR" --db "$D" rank --county Atlantis >/dev/null 2>&1
is $? 2 "an unknown county is a usage error, as an unknown method"
"$HAMYAR" --db "$D" rank --method best >/dev/null 2>&1
is $? 2 "an unknown method is a usage error"
"$HAMYAR" --lang en --db "$D" rank --explain --top 1 >"$TMP/x.txt"
is "$(awk 'NR > 2 && / -> / { print $1 }' "$TMP/x.txt" | tr '\n' ' ')" "urgency impact population gap waiting interest " \
    "rank --explain lists the criteria (in English by their --json keys)"
"$HAMYAR" --db "$D" rank --explain --top 1 >"$TMP/x.txt"
is "$(awk 'NR > 2 && / -> / { print $1 }' "$TMP/x.txt" | tr '\n' ' ')" "فوریت اثرگذاری جمعیت کسری انتظار علاقه‌مندی " \
    "... and in Persian by their labels"
grep -c 'S+ = .*S- = ' "$TMP/x.txt" >"$TMP/n"
is "$(cat "$TMP/n")" 1 "... and under them the need's TOPSIS distances, once"
sed -n 1p "$TMP/x.txt" | grep -q ' TOPSIS '; ok $? "... the method named TOPSIS"
grep -Eq '[a-z]{2,}' "$TMP/x.txt"; is $? 1 "no English word in the Persian explanation"

# match
top=$(sed -n 's/.*"id": "\(DEMO-[0-9]*\)", "rank": 1,.*/\1/p' "$TMP/top.json")
"$HAMYAR" --db "$D" match need "$top" >"$TMP/m.txt" 2>/dev/null
ok $? "match need $top"
donor=$(awk 'NR == 1 { print $1 }' "$TMP/m.txt")
if [ -n "$donor" ]; then
	"$HAMYAR" --db "$D" match donor "$donor" >"$TMP/md.txt" 2>/dev/null
	ok $? "match donor $donor"
else
	"$HAMYAR" --db "$D" match need "$top" >/dev/null 2>&1; ok $? "match need (no fitting donor)"
fi
"$HAMYAR" --db "$D" match need NOPE-1 >/dev/null 2>&1
is $? 1 "match of an unknown need is invalid data"
"$HAMYAR" --db "$D" match >/dev/null 2>&1
is $? 2 "match without arguments is a usage error"

# a writer killed with SIGKILL at random moments: `hamyar verify` stays clean
K="$TMP/killed"
"$HAMYAR" --db "$K" init --station KIL >/dev/null 2>&1
r=0
rounds=6
[ "${HAMYAR_LONG:-0}" = 1 ] && rounds=60
i=0
while [ $i -lt $rounds ]; do
	i=$((i + 1))
	"$HAMYAR" --db "$K" demo --size 3000 >/dev/null 2>&1 &
	w=$!
	sleep "0.0$(awk -v s="$$$i" 'BEGIN { srand(s); printf "%d", 1 + rand() * 9 }')"
	kill -9 $w 2>/dev/null
	wait $w 2>/dev/null
	"$HAMYAR" --db "$K" verify >"$TMP/kv.txt" 2>&1 || { r=1; cat "$TMP/kv.txt" | sed 's/^/# /'; }
done
ok $r "$rounds writers killed mid-demo: verify clean after each"

# hot backup while another process writes
"$HAMYAR" --db "$D" demo --size 300 >/dev/null 2>&1 &
writer=$!
"$HAMYAR" --db "$D" backup "$TMP/hot.mdb" >/dev/null 2>&1
ok $? "backup while demo writes"
wait $writer; ok $? "the writer finished"
"$HAMYAR" --db "$TMP/hot.mdb" verify >/dev/null 2>&1
ok $? "the backup file verifies clean (opened read-only)"
mkdir "$TMP/restored" && cp "$TMP/hot.mdb" "$TMP/restored/data.mdb"
"$HAMYAR" --db "$TMP/restored" verify >/dev/null 2>&1
ok $? "restored into a directory, it verifies clean"
"$HAMYAR" --db "$TMP/restored" rank --json --top 1 >/dev/null 2>&1
ok $? "and ranks"
[ "$(stat -c %s "$TMP/hot.mdb")" -le "$(stat -c %s "$D/data.mdb")" ]
ok $? "the backup is compacted (not larger than the live file)"
# a copy cut short (an interrupted transfer, a full disk): every verb says
# the database is damaged, exit 3, and nothing dies of SIGBUS
mkdir "$TMP/cut"
size=$(stat -c %s "$TMP/hot.mdb")
head -c $((size / 4096 / 2 * 4096)) "$TMP/hot.mdb" >"$TMP/cut/data.mdb"
for v in verify "export donors" report rank "backup $TMP/cut.bk"; do
	# shellcheck disable=SC2086
	"$HAMYAR" --db "$TMP/cut" $v >/dev/null 2>"$TMP/err"
	is $? 3 "$v on a truncated file: exit 3"
	grep -q 'پایگاه داده آسیب دیده است' "$TMP/err"; ok $? "$v on a truncated file: says it is damaged"
done
head -c $((size / 4096 / 2 * 4096)) "$TMP/hot.mdb" >"$TMP/cut.mdb"
"$HAMYAR" --db "$TMP/cut.mdb" verify >/dev/null 2>&1
is $? 3 "a truncated backup file: exit 3"
"$HAMYAR" --db "$D" backup "$TMP/no/such/dir/b.mdb" >/dev/null 2>"$TMP/err"
is $? 2 "a backup into a folder that does not exist is a usage error (a path to correct: backup_path.sh)"
grep -q 'آنجا پایگاه داده‌ای نیست' "$TMP/err"; is $? 1 "and does not say the database is missing"
"$HAMYAR" --db "$D" verify >/dev/null 2>&1
ok $? "the live database verifies clean after it all"
# A page overwritten with zeros (a failing disk): verify says the database
# is damaged or lists problems, and never dies of a signal (LMDB keeps no
# checksums and may fail an assertion on such a page).
pages=$(( $(stat -c %s "$TMP/hot.mdb") / 4096 ))
worst=0 damaged=0 step=$(( pages / 40 + 1 ))
p=2
while [ "$p" -lt "$pages" ]; do
	rm -rf "$TMP/zp" && mkdir "$TMP/zp" && cp "$TMP/hot.mdb" "$TMP/zp/data.mdb"
	dd if=/dev/zero of="$TMP/zp/data.mdb" bs=4096 seek="$p" count=1 conv=notrunc 2>/dev/null
	"$HAMYAR" --db "$TMP/zp" verify >/dev/null 2>"$TMP/zerr"; r=$?
	[ "$r" -gt "$worst" ] && worst=$r
	# exit 3 where it cannot be opened; else the damaged table named
	# (exit 1, tests/cli/verify_damaged_pages.sh), with the restore
	{ [ "$r" -eq 3 ] && grep -q 'آسیب دیده' "$TMP/zerr"; } ||
	    { [ "$r" -eq 1 ] && grep -q "restore FILE' برگردانید" "$TMP/zerr"; } &&
	    damaged=$((damaged + 1))
	p=$((p + step))
done
[ "$worst" -le 3 ]; ok $? "verify of a file with one zeroed page never dies of a signal (worst exit $worst)"
[ "$damaged" -gt 0 ]; ok $? "... and says the database is damaged where it cannot read it, with the restore ($damaged pages)"
done_testing
