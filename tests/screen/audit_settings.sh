# HQ saves the ranking weights in the AHP editor (F6 on the ranking
# screen) and trusts a station's key: the audit screen and the dashboard's
# recent activity name those settings as people call them ("ranking
# weights", "key of station MRD"), not by their stored names (rank.weights,
# in the Persian screens too), and show the weights as the editor does
# (0.3498), not as stored (0.34982665225395459); `hamyar audit` in Persian
# says "changed setting", not "setting changed setting".  The first save
# shows the default weights, which the ranking used until then, as the
# old ones (they were shown as empty).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db" M="$TMP/mrd"
"$HAMYAR" --db "$DB" init --station HQ >/dev/null 2>&1
"$HAMYAR" --db "$M" init --station MRD >/dev/null 2>&1
"$HAMYAR" --db "$DB" sync trust MRD "$("$HAMYAR" --db "$M" sync key | tail -n 1)" >/dev/null
ok $? "HQ trusts Marand's key"

scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null
scr_keys 0; scr_wait "Needs by county" >/dev/null
scr_keys F4; scr_wait "Ranking of needs" >/dev/null
scr_keys F6; scr_wait "Ranking weights (AHP)"; ok $? "F6 on the ranking: the weights editor"
scr_keys +; scr_keys F2
scr_wait "Weights saved"; ok $? "a comparison raised and saved"
# the editor's weights, its last column, in the order of its rows
ew=$(scr_cap | grep -E '^ (Urgency|Impact|Population|Gap|Waiting|Interest) ' | awk '{ print $NF }' | tr '\n' ' ')
scr_keys F10; scr_wait "Ranking of needs" >/dev/null; scr_keys F10
scr_wait "Recent activity" >/dev/null
scr_wait "setting: ranking weights"; ok $? "the dashboard's recent activity: the ranking weights"
scr_cap | grep -q "rank\.weights\|rank\.matrix"; r=$?; [ $r -ne 0 ]; ok $? "... not rank.weights"
[ $r -ne 0 ] || scr_cap | sed 's/^/# | /'
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F8; scr_wait "Audit log" >/dev/null
scr_wait "changed the setting ranking weights"; ok $? "the audit log: the ranking weights changed"
scr_cap | grep -Eq "ranking weights: +0\.3242 0\.3242 0\.1148… +→  0\.[0-9]{4} 0\.[0-9]{4} "
ok $? "... from the default weights (the first save: not empty) to the new ones, with four decimals, as the editor shows them"
scr_cap | grep -q "ranking weights:  *(empty)"; is $? 1 "... the old weights not shown as empty"
aw=$(scr_cap | sed -n 's/.*ranking weights:  *[0-9. ]*…  *→  *\([0-9. ]*\).*/\1/p' | head -n 1)
case "$ew" in "$aw"*) [ -n "$aw" ]; r=$? ;; *) r=1 ;; esac
ok $r "... the same numbers as the editor's ($aw; the editor: $ew)"
scr_cap | grep -q "ranking comparisons (AHP)"; ok $? "... and the comparisons (AHP)"
scr_cap | grep -q "key of station MRD"; ok $? "... and Marand's key trusted"
scr_cap | grep -q "rank\.\|sync\.trust\|0000000"; r=$?; [ $r -ne 0 ]; ok $? "... no stored name, no stored number"
[ $r -ne 0 ] || scr_cap | sed 's/^/# | /'
scr_keys F10; scr_wait "Main menu" >/dev/null; scr_keys F10
sleep 0.3

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F8
# the verb after its object, as Persian says it; before, «تنظیم را
# تغییر داد   وزن‌های رتبه‌بندی», the object after the verb
scr_wait "$(vis 'تنظیم وزن‌های رتبه‌بندی را تغییر داد')"; ok $? "the Persian audit log names the ranking weights, then the verb"
scr_cap | grep -qF "$(vis 'تغییر داد   وزن‌های')"; is $? 1 "... not the verb before them"
scr_cap | grep -q "rank\.\|sync\.trust"; r=$?; [ $r -ne 0 ]; ok $? "... with no stored name in English"

"$HAMYAR" --db "$DB" audit | grep "rank.weights" | head -n 1 >"$TMP/line"
grep -q ' root تنظیم "rank.weights" را تغییر داد$' "$TMP/line"; ok $? "hamyar audit: 'changed setting', the setting once"
[ -s "$TMP/line" ] && sed 's/^/# /' "$TMP/line"

done_testing
