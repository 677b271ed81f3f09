# A record of a kind with no Active field (a need, a pledge, a payment, a
# stage, a ceremony, a user: its deactivation kept beside its fields)
# retired at another station, or made active again there, reaches this
# database by sync with an audit entry that says so: a line "active"
# ("1" -> "0", the export's column; «فعال: "بله" -> "خیر"» in Persian, and
# on the audit screen).  Before, the entry was "sync need MRD-2" with no
# line under it, as if nothing of the record had changed (SPEC §11: the
# old and new value of each field).  Each entry received by sync also says
# which station made that version and when («ساخته‌شده در: ایستگاه MRD، در
# 1405/09/11 14:03:21»): its login and time are the import's.
. "$HAMYAR_SRC/tests/lib.sh"

M="$TMP/mrd" T="$TMP/tbz"
"$HAMYAR" --db "$M" init --station MRD >/dev/null 2>&1
"$HAMYAR" --db "$T" init --station TBZ >/dev/null 2>&1
"$HAMYAR" --db "$T" sync trust MRD "$("$HAMYAR" --db "$M" sync key | tail -n 1)" >/dev/null
xfer() { "$HAMYAR" --db "$M" sync export --to TBZ --out "$TMP/b" 2>/dev/null && "$HAMYAR" --db "$T" sync import "$TMP/b" >/dev/null; }
printf 'name,kind,county\nکلانتری ۱۱ مرند,station,MRD\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,population,identified_on,status\nMRD-1,space,تعمیر ساختمان پاسگاه,۱۲۰۰۰۰۰۰۰,2,3,1000,۱۴۰۵/۰۹/۰۱,identified\n' >"$TMP/n.csv"
"$HAMYAR" --db "$M" import units "$TMP/u.csv" >/dev/null &&
"$HAMYAR" --db "$M" import needs "$TMP/n.csv" >/dev/null && xfer
ok $? "a unit and its need made at MRD, at TBZ by sync"
printf 'id,active\nMRD-2,0\n' >"$TMP/x.csv"
"$HAMYAR" --db "$M" import needs "$TMP/x.csv" >/dev/null && xfer
ok $? "the need retired at MRD, the bundle taken at TBZ"
is "$("$HAMYAR" --db "$T" export needs | tr -d '\r' | grep '^MRD-2,' | sed 's/.*,//')" 0 "... inactive at TBZ"
"$HAMYAR" --db "$T" --lang en audit --id MRD-2 >"$TMP/a"
tail -n 3 "$TMP/a" | head -n 1 | grep -q ' sync need "MRD-2"$'; ok $? "the last entry: the need received by sync"
tail -n 2 "$TMP/a" | head -n 1 | grep -Eq '^  made at: station MRD, 1[34][0-9][0-9]/[01][0-9]/[0-3][0-9] [0-2][0-9]:[0-5][0-9]:[0-5][0-9]$'
ok $? "... where and when that version was made: at MRD, its Jalali date and time (was not said)"
is "$(tail -n 1 "$TMP/a")" '  active: "1" -> "0"' "... retired: active 1 -> 0 (was no line at all)"
is "$(grep -c 'active:' "$TMP/a")" 1 "... one such line in all: the entry that made it has none"
"$HAMYAR" --db "$T" audit --id MRD-2 | tail -n 2 >"$TMP/p"
is "$(tail -n 1 "$TMP/p")" '  فعال: "بله" -> "خیر"' "in Persian: فعال بله -> خیر"
head -n 1 "$TMP/p" | grep -q '^  ساخته‌شده در: ایستگاه MRD، در ۱[۳۴]'; ok $? "... and ساخته‌شده در: ایستگاه MRD، with its date"
is "$(grep -c '^  made at: station MRD, ' "$TMP/a")" 2 "every entry received by sync says where its version was made"

printf 'id,active\nMRD-2,1\n' >"$TMP/x.csv"
"$HAMYAR" --db "$M" import needs "$TMP/x.csv" >/dev/null && xfer
ok $? "the need made active again at MRD, the bundle taken at TBZ"
is "$("$HAMYAR" --db "$T" --lang en audit --id MRD-2 | tail -n 1)" '  active: "0" -> "1"' "... active 0 -> 1"

# an edit received by sync, its state unchanged: no such line
printf 'id,title\nMRD-2,تعمیر و نوسازی ساختمان پاسگاه\n' >"$TMP/y.csv"
"$HAMYAR" --db "$M" import needs "$TMP/y.csv" >/dev/null && xfer
"$HAMYAR" --db "$T" --lang en audit --id MRD-2 | tail -n 2 >"$TMP/e"
grep -q '^  title: ' "$TMP/e"; ok $? "an edit by sync: its field"
grep -q 'active' "$TMP/e"; is $? 1 "... and no line of its state"

# A conflict between the need edited here and retired there: the decision's
# entry says which state it kept, as it says which title (before, only the
# title: a decision that kept the need active, or retired, did not say so).
"$HAMYAR" --db "$M" sync trust TBZ "$("$HAMYAR" --db "$T" sync key | tail -n 1)" >/dev/null
printf 'id,title\nMRD-2,نوسازی ساختمان پاسگاه بخش مرکزی\n' >"$TMP/z.csv"
"$HAMYAR" --db "$T" import needs "$TMP/z.csv" >/dev/null
sleep 0.05
printf 'id,active\nMRD-2,0\n' >"$TMP/x.csv"
"$HAMYAR" --db "$M" import needs "$TMP/x.csv" --allow-repeats >/dev/null && xfer
"$HAMYAR" --db "$T" --lang en sync conflicts | grep -q 'deleted: mine=no theirs=yes'; ok $? "a conflict at TBZ: edited here, retired at MRD"
"$HAMYAR" --db "$T" sync resolve MRD-2 mine >/dev/null; ok $? "resolve MRD-2 mine"
"$HAMYAR" --db "$T" --lang en audit --id MRD-2 | sed -n '/ resolve need "MRD-2"$/,$p' >"$TMP/r"
grep -q '^  active: kept "1" over "0"$' "$TMP/r"; ok $? "the decision's entry: the need kept active, over retired"
grep -q '^  title: kept "نوسازی ساختمان پاسگاه بخش مرکزی" over ' "$TMP/r"; ok $? "... and the title kept"
is "$("$HAMYAR" --db "$T" export needs | tr -d '\r' | grep '^MRD-2,' | sed 's/.*,//')" 1 "... active at TBZ"
"$HAMYAR" --db "$T" audit --id MRD-2 | grep -q '^  فعال: ماند "بله"، نه "خیر"$'; ok $? "in Persian: فعال ماند بله، نه خیر"
done_testing
