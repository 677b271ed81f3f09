# A clerk's report is his county's (SPEC §11).  Naming another county with
# --county is refused with who may read it, as his rank --county is; before,
# he silently got his own county's figures, on a page he had asked for as
# another county's.  His own county, by code or Persian name, still works.
. "$HAMYAR_SRC/tests/lib.sh"

if ! second_uid; then
	ok 0 "# SKIP needs root, setpriv and the nogroup group for a second uid"
	done_testing
	exit $?
fi
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name "ایستگاه مرند" >/dev/null 2>&1
cat >"$TMP/u.csv" <<'CSV'
kind,name,county
station,کلانتری ۱۱ تبریز,TBZ
post,پاسگاه انتظامی مرند,MRD
CSV
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null; ok $? "units of Tabriz and Marand"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nMRD-1,space,بازسازی سالن تبريز,7000,5,5,1403/01/01,approved\nMRD-2,space,تعمیر پاسگاه‌ مرند,2000,5,5,1403/01/01,approved\n' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "a need in each"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county مرند >/dev/null; ok $? "nobody is a Marand clerk"

plain_report "$TMP/r.txt" as_nobody "$BIN" --lang en --db "$DB" report --county TBZ 2>"$TMP/err"
is $? 1 "the Marand clerk's report --county TBZ: refused (exit 1)"
is "$(cat "$TMP/r.txt")" "" "... printing no figure"
as_nobody "$BIN" --db "$DB" report --county 'تبريز' >/dev/null 2>"$TMP/err"
is $? 1 "... nor by its name typed with an Arabic yeh"
as_nobody "$BIN" --db "$DB" rank --county TBZ >/dev/null 2>"$TMP/err2"
is "$(cat "$TMP/err")" "$(cat "$TMP/err2")" "... the same refusal, in Persian, as his rank --county TBZ"
grep -qF 'تبریز' "$TMP/err"; ok $? "... naming Tabriz"
chmod 777 "$TMP"
as_nobody "$BIN" --db "$DB" report --html "$TMP/t.html" --county TBZ >/dev/null 2>&1
is $? 1 "report --html --county TBZ: refused"
[ ! -e "$TMP/t.html" ]; ok $? "... and no page written"
as_nobody "$BIN" --db "$DB" report --county ناکجا >/dev/null 2>"$TMP/err"
is $? 2 "a county that does not exist: a usage error (exit 2), not a refusal"
grep -qF 'ناکجا' "$TMP/err"; ok $? "... naming it"

plain_report "$TMP/r.txt" as_nobody "$BIN" --lang en --db "$DB" report --county 'مرند'; ok $? "his own county by its Persian name: allowed"
is "$(awk '$1 == "total" { print $2, $3 }' "$TMP/r.txt" | head -n 1)" "1 2000" "... and it is Marand's"
plain_report "$TMP/r2.txt" as_nobody "$BIN" --lang en --db "$DB" report --county mrd; ok $? "by its code in lower case: allowed"
cmp -s "$TMP/r.txt" "$TMP/r2.txt"; ok $? "... the same report"
plain_report "$TMP/r3.txt" as_nobody "$BIN" --lang en --db "$DB" report; ok $? "without --county: his county"
cmp -s "$TMP/r.txt" "$TMP/r3.txt"; ok $? "... the same report"
"$HAMYAR" --lang en --db "$DB" report --county TBZ | plain_figures | awk '$1 == "total" { print $2, $3; exit }' >"$TMP/tot"
is "$(cat "$TMP/tot")" "1 7000" "the administrator's report --county TBZ is Tabriz's"

# The needs a clerk's report leaves out are his county's too: a rejected
# need of Tabriz is not in the Marand clerk's rows; a deactivated one of
# Marand is.
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nMRD-1,equipment,دوربین‌های نظارتي 4MP,9000,3,3,1403/02/01,rejected\nMRD-2,costs,سوخت خودروهای گشت مرند,3000,2,2,1403/02/02,assessed\n' >"$TMP/n2.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n2.csv" >/dev/null &&
printf 'id,active\nMRD-6,0\n' >"$TMP/n6.csv" && "$HAMYAR" --db "$DB" import needs "$TMP/n6.csv" >/dev/null
ok $? "a rejected need of Tabriz, a deactivated one of Marand"
"$HAMYAR" --lang en --db "$DB" report | plain_figures | awk '$1 == "needs_rejected" || $1 == "needs_deactivated" { print $1, $2, $3 }' | tr '\n' ';' >"$TMP/adm"
is "$(cat "$TMP/adm")" "needs_rejected 1 9000;needs_deactivated 1 3000;" "the administrator's report: both left-out needs' rows"
as_nobody "$BIN" --lang en --db "$DB" report | plain_figures | awk '$1 == "needs_rejected" || $1 == "needs_deactivated" { print $1, $2, $3 }' | tr '\n' ';' >"$TMP/clk"
is "$(cat "$TMP/clk")" "needs_deactivated 1 3000;" "the Marand clerk's: Marand's deactivated need only"
done_testing
