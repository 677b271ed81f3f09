# match need ID by a clerk, for a need of another county: refused with who
# may read it, as match donor ID of another county's donor is; before, he
# was told there was no such need, and went looking for a mistyped id.  An
# id that is nowhere is still "no need"; his own county's need matches.
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
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null; ok $? "units of Tabriz (MRD-1) and Marand (MRD-2)"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nMRD-1,space,بازسازی سالن تبريز,7000,5,5,1403/01/01,approved\nMRD-2,space,تعمیر پاسگاه‌ مرند,2000,5,5,1403/01/01,approved\n' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "a need in each (MRD-3 Tabriz, MRD-4 Marand)"
printf 'kind,name,county,interests\nperson,مريم كاظمي‌نژاد,TBZ,space\nperson,Ali رضایی 2,MRD,space\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "a donor in each (MRD-5 Tabriz, MRD-6 Marand)"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county مرند >/dev/null; ok $? "nobody is a Marand clerk"

as_nobody "$BIN" --db "$DB" match need MRD-3 >"$TMP/out" 2>"$TMP/err"
is $? 1 "match need MRD-3 (Tabriz's): exit 1"
is "$(cat "$TMP/out")" "" "... nothing printed"
grep -qF 'نیازی با شناسهٔ' "$TMP/err"; is $? 1 "... not told there is no such need"
as_nobody "$BIN" --db "$DB" match donor MRD-5 >/dev/null 2>"$TMP/err2"
is "$(cat "$TMP/err")" "$(cat "$TMP/err2")" "... but, as for Tabriz's donor, who may read it: $(cat "$TMP/err2")"
as_nobody "$BIN" --db "$DB" match need mrd-3 >/dev/null 2>"$TMP/err"
is "$(cat "$TMP/err")" "$(cat "$TMP/err2")" "... the id typed in lower case too"
as_nobody "$BIN" --lang en --db "$DB" match need MRD-99 >/dev/null 2>"$TMP/err"
is $? 1 "an id that is nowhere: exit 1"
grep -qx 'hamyar: no need MRD-99' "$TMP/err"; ok $? "... no need MRD-99"
as_nobody "$BIN" --db "$DB" match need MRD-4 >"$TMP/out"; ok $? "his own county's need"
grep -q '^MRD-6 ' "$TMP/out"; ok $? "... matched with Marand's donor"
"$HAMYAR" --db "$DB" match need MRD-3 | grep -q '^MRD-5 '; ok $? "the administrator matches Tabriz's need with Tabriz's donor"
done_testing
