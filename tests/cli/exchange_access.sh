# import, export, report and sync under the access policy (SPEC §11): a
# Tabriz clerk (another real uid, through setpriv; root only) exports and
# reports his county only, cannot import another county's rows, and cannot
# exchange sync bundles.
. "$HAMYAR_SRC/tests/lib.sh"

if ! second_uid; then
	ok 0 "# SKIP needs root, setpriv and the nogroup group for a second uid"
	done_testing
	exit $?
fi
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null 2>&1
printf 'kind,name,county\nperson,علی‌رضا کریمی,TBZ\nperson,محمد حسینی,MRG\nperson,فاطمه رضایی,TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "the owner imports donors of two counties"
cat >"$TMP/u.csv" <<'CSV'
kind,name,county
station,کلانتری ۱۱ تبریز,TBZ
post,پاسگاه مراغه,MRG
CSV
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTBZ-4,space,بازسازی,1000,5,5,1403/01/01,approved\nTBZ-5,space,پاسگاه,2000,5,5,1403/01/01,approved\n' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county TBZ >/dev/null; ok $? "nobody is a Tabriz clerk"

out=$(as_nobody "$BIN" --db "$DB" export donors | grep -c '^TBZ-')
is "$out" 2 "the clerk's export holds his county's two donors"
as_nobody "$BIN" --db "$DB" export donors | grep -q 'محمد حسینی'; is $? 1 "... and not Maragheh's"
is "$("$HAMYAR" --db "$DB" export donors | grep -c '^TBZ-')" 3 "the owner's export holds all three"
as_nobody "$BIN" --lang en --db "$DB" report >"$TMP/r.txt"
awk '$1 == "total" { print $2, $3; exit }' "$TMP/r.txt" >"$TMP/tot"	# the county table's
is "$(cat "$TMP/tot")" "1 1,000" "the clerk's report is his county's"

printf 'kind,name,county\nperson,زهرا احمدی,TBZ\nperson,مریم کاظمی,MRG\n' >"$TMP/mixed.csv"
chmod 644 "$TMP/mixed.csv"
as_nobody "$BIN" --lang en --db "$DB" import donors "$TMP/mixed.csv" >/dev/null 2>"$TMP/err"
is $? 1 "a clerk's import with another county's row: exit 1"
grep -q 'line 3, column 3 (county): ' "$TMP/err"; ok $? "the other county's row is reported by line and its county's column"
"$HAMYAR" --db "$DB" export donors | grep -q 'زهرا احمدی'; is $? 1 "nothing of that file was written"
printf 'kind,name,county\nperson,زهرا احمدی,TBZ\n' >"$TMP/own.csv"; chmod 644 "$TMP/own.csv"
as_nobody "$BIN" --db "$DB" import donors "$TMP/own.csv" >/dev/null 2>&1; ok $? "his own county's rows import"

as_nobody "$BIN" --db "$DB" sync key >/dev/null 2>"$TMP/err"; is $? 1 "a clerk cannot make or show the sync key"
grep -q . "$TMP/err"; ok $? "... and is told who can"
as_nobody "$BIN" --db "$DB" sync export --to HQ >/dev/null 2>&1; is $? 1 "nor export a bundle"
as_nobody "$BIN" --db "$DB" sync trust HQ 0000000000000000000000000000000000000000000000000000000000000000 >/dev/null 2>&1
is $? 1 "nor trust a key"
"$HAMYAR" --db "$DB" sync key >/dev/null; ok $? "the owner (admin) can"

# A clerk saved with no county (an older version let one be; put_raw stands
# for it) reads no county's records: his report is refused, as his rank and
# match are, where it gave him the whole province's; his export holds none.
DB="$TMP/db2"
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null 2>&1
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
# (put_raw of the build under test, beside the program or its wrapper:
# tests/run.sh)
"$(dirname "$HAMYAR_BIN")/tests/store/put_raw" "$DB" --user nobody clerk >/dev/null
ok $? "(another database) nobody made a clerk with no county, past the check"
as_nobody "$BIN" --lang en --db "$DB" report >"$TMP/r.txt" 2>"$TMP/err"
is $? 1 "his report: refused (exit 1)"
is "$(cat "$TMP/r.txt")" "" "... printing no figure"
as_nobody "$BIN" --db "$DB" report >/dev/null 2>"$TMP/err"
grep -q 'شهرستان' "$TMP/err"; ok $? "... and saying why, in Persian: no county"
as_nobody "$BIN" --db "$DB" rank >/dev/null 2>"$TMP/err2"
is "$(cat "$TMP/err")" "$(cat "$TMP/err2")" "... the same refusal as his rank's"
is "$(as_nobody "$BIN" --db "$DB" export donors | grep -c '^TBZ-')" 0 "his export holds no donor"
done_testing
