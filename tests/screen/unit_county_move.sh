# A stored unit's county changed in its form: its needs (a need's county
# is its unit's) and their pledges move with it to the new county.  It is
# said under the county, naming how many needs (how many of them open)
# move and where, and F2 asks before saving, as about any warning.  Before, the form saved the move
# without a word (import alike: tests/cli/import_unit_county_move.sh).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRD-1,post,پاسگاه بین‌راهی یامچی,MRD\n' >"$TMP/u.csv"
"$HAMYAR" --db "$D" import units "$TMP/u.csv" >/dev/null 2>&1; ok $? "a unit (MRD-1)"
printf 'unit,category,title,urgency,impact,identified_on,status\n' >"$TMP/n.csv"
printf 'MRD-1,equipment,خرید دوربین,4,5,1403/05/01,identified\n' >>"$TMP/n.csv"
printf 'MRD-1,equipment,خرید بی‌سیم,3,3,1403/05/02,rejected\n' >>"$TMP/n.csv"
"$HAMYAR" --db "$D" import needs "$TMP/n.csv" >/dev/null 2>&1; ok $? "two needs of MRD-1, one rejected"
county() { "$HAMYAR" --db "$D" export units | tr -d '\r' | awk -F, '$1 == "MRD-1" { print $4 }'; }
WARN="$(vis 'هشدار: با این تغییر، ۲ نیاز این واحد (۱ نیاز باز)')"

scr_start "$D"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 3
scr_wait "MRD-1" >/dev/null
scr_keys C-u; scr_type 'MRD-1'; scr_wait "$(vis 'رکوردها: ۱')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'واحد MRD-1')" >/dev/null
scr_keys Tab Tab C-u; scr_type 'جلفا'; scr_keys Tab
scr_wait "$WARN"; ok $? "leaving the county changed to Jolfa warns: 2 needs, 1 open, move"
row=$(scr_cap | grep -nF "$(vis 'شهرستان*:')" | head -n 1 | cut -d: -f1)
scr_cap | sed -n "$((row + 1)),$((row + 3))p" | grep -qF "$(vis 'به شهرستان جلفا می‌روند')"; ok $? "... under the county, naming Jolfa"
scr_keys F2
scr_wait "$(vis 'هشدار در: شهرستان.')"; ok $? "F2 asks before saving"
scr_keys n; scr_gone "$(vis 'هشدار در: شهرستان.')" >/dev/null
is "$(county)" MRD "... and no, nothing saved"
scr_keys F2; scr_wait "$(vis 'هشدار در: شهرستان.')"; ok $? "F2 again asks again"
scr_keys y
scr_wait "$(vis 'ذخیره شد:')"; ok $? "yes: saved"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null; ok $? "quit"
is "$(county)" JLF "MRD-1 moved to Jolfa"
done_testing
