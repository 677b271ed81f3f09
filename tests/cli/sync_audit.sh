# Resolving a sync conflict is written to the audit log (SPEC §11: who,
# when, record, what): who decided, the decision (mine, theirs, merged),
# the other station, and per field that differed the value kept and the
# one set aside, even when the decision keeps the version already in use
# and so changes no field of the record.
. "$HAMYAR_SRC/tests/lib.sh"

tbz_hq
xfer() { "$HAMYAR" --db "$1" sync export --to "$3" --out "$TMP/b" 2>/dev/null && "$HAMYAR" --db "$2" sync import "$TMP/b" >/dev/null; }
printf 'kind,name,county,mobile\nperson,علی‌رضا کریمی,TBZ,09141234567\nperson,فاطمه نوری,TBZ,09121112233\nperson,مهدی رضایي,TBZ,09141230000\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null && xfer "$T" "$Q" HQ
ok $? "three donors from TBZ at HQ"
# HQ edits first, TBZ a moment later: TBZ's version is the newer, in use at HQ.
printf 'id,mobile\nTBZ-1,09351112222\nTBZ-2,09351113333\n' >"$TMP/q.csv"
printf 'id,name\nTBZ-1,علیرضا کریمی‌نژاد\nTBZ-2,فاطمه نوری‌زاده\n' >"$TMP/t.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null
sleep 0.01
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null
xfer "$T" "$Q" HQ
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 2 "two conflicts at HQ"
me=$(id -un)

# Keep the version in use (TBZ's): no field of TBZ-1 changes.
"$HAMYAR" --lang en --db "$Q" sync conflicts | grep -q '^donor TBZ-1 .*kept=theirs'; ok $? "TBZ-1: TBZ's version is in use"
"$HAMYAR" --db "$Q" sync resolve TBZ-1 theirs >/dev/null; ok $? "resolve TBZ-1 theirs"
"$HAMYAR" --lang en --db "$Q" audit --id TBZ-1 >"$TMP/a1"
grep -q " $me resolve donor \"TBZ-1\"$" "$TMP/a1"; ok $? "the audit log has who resolved TBZ-1"
grep -q '^  decision: kept theirs$' "$TMP/a1"; ok $? "... the decision: theirs"
grep -q '^  other station: TBZ$' "$TMP/a1"; ok $? "... the other station"
grep -q '""' "$TMP/a1"; is $? 1 "... no empty value quoted (was peer: \"\" -> \"TBZ\")"
grep -q '^  mobile: kept "09141234567" over "09351112222"$' "$TMP/a1"; ok $? "... the mobile kept and the one set aside"
grep -q '^  name: kept "علیرضا کریمی‌نژاد" over "علی‌رضا کریمی"$' "$TMP/a1"; ok $? "... the name kept and the one set aside"

# Field by field: HQ's mobile, TBZ's name.
"$HAMYAR" --db "$Q" sync resolve TBZ-2 name >/dev/null; ok $? "resolve TBZ-2 field by field"
"$HAMYAR" --lang en --db "$Q" audit --id TBZ-2 >"$TMP/a2"
grep -q '^  decision: merged$' "$TMP/a2"; ok $? "the audit log has the decision: merged"
grep -q '^  fields from mine: mobile$' "$TMP/a2"; ok $? "... the field kept from this database"
grep -q '^  fields from theirs: name$' "$TMP/a2"; ok $? "... the field taken from the other"
grep -q '""' "$TMP/a2"; is $? 1 "... no empty value quoted"
grep -q '^  mobile: kept "09351113333" over "09121112233"$' "$TMP/a2"; ok $? "... this database's mobile kept"
grep -q '^  name: kept "فاطمه نوری‌زاده" over "فاطمه نوری"$' "$TMP/a2"; ok $? "... TBZ's name kept"
# In Persian too.
"$HAMYAR" --db "$Q" audit --id TBZ-2 >"$TMP/a3"
grep -q " $me تعارض خیّر \"TBZ-2\" را حل کرد$" "$TMP/a3"; ok $? "Persian: who resolved the conflict"
grep -q '^  تصمیم: ادغام فیلد به فیلد$' "$TMP/a3"; ok $? "Persian: the decision"
grep -q '^  فیلدهای این پایگاه: تلفن همراه$' "$TMP/a3"; ok $? "Persian: the field kept from here"
grep -q '""' "$TMP/a3"; is $? 1 "Persian: no empty value quoted"
grep -q '^  تلفن همراه: ماند "09351113333"، نه "09121112233"$' "$TMP/a3"; ok $? "Persian: the value kept and the one set aside"

# merge, where the result is this database's version whole: both changed
# the mobile, HQ later, so the merge keeps HQ's.  The supervisor chose a
# merge, and the log says so (before: decision "mine", as if he had typed
# mine), with a line saying the result is this database's version.
printf 'id,mobile\nTBZ-3,09141230001\n' >"$TMP/t3.csv"
printf 'id,mobile\nTBZ-3,09351230002\n' >"$TMP/q3.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t3.csv" >/dev/null
sleep 0.01
"$HAMYAR" --db "$Q" import donors "$TMP/q3.csv" >/dev/null
xfer "$T" "$Q" HQ
"$HAMYAR" --lang en --db "$Q" sync conflicts | grep -q '^donor TBZ-3 .*kept=mine'; ok $? "TBZ-3: HQ's version is in use"
"$HAMYAR" --db "$Q" sync resolve TBZ-3 merge >/dev/null; ok $? "resolve TBZ-3 merge"
"$HAMYAR" --lang en --db "$Q" audit --id TBZ-3 >"$TMP/a4"
grep -q '^  decision: merged$' "$TMP/a4"; ok $? "the audit log has the decision he made: merged"
grep -q '^  result: the same as mine$' "$TMP/a4"; ok $? "... and that its result is this database's version"
grep -q '^  mobile: kept "09351230002" over "09141230001"$' "$TMP/a4"; ok $? "... HQ's mobile kept"
"$HAMYAR" --db "$Q" audit --id TBZ-3 >"$TMP/a5"
grep -q '^  تصمیم: ادغام فیلد به فیلد$' "$TMP/a5"; ok $? "Persian: the decision, merged"
grep -q '^  نتیجهٔ ادغام: همان نسخهٔ این پایگاه داده$' "$TMP/a5"; ok $? "Persian: the result, this database's version"
"$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor' >"$TMP/n"
is "$(cat "$TMP/n")" 0 "no conflict left at HQ"
done_testing
