# A unit registered a second time: the same name in the same county
# (typed with Arabic ي/ك, without its ZWNJ) is warned about under the
# name, naming the unit already registered, and F2 asks before saving;
# the same name in another county is a unit of its own and saves at once,
# and a stored unit saved again is not warned about itself.  Before, the
# second «پاسگاه بین‌راهی یامچی» was saved without a word: its needs, their
# pledges and the unit's sums were split between two records, and making
# one inactive left the other's needs ranked.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
printf 'id,kind,name,county,address\nMRD-1,post,پاسگاه بین‌راهی یامچی,MRD,"مرند، جادهٔ یامچی"\n' >"$TMP/u.csv"
"$HAMYAR" --db "$D" import units "$TMP/u.csv" >/dev/null 2>&1; ok $? "a unit (MRD-1)"
nunits() { "$HAMYAR" --db "$D" export units | tr -d '\r' | awk 'NR > 1 { n++ } END { print n + 0 }'; }
WARN="$(vis 'هشدار: واحد MRD-1')"

scr_start "$D"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 3
scr_wait "MRD-1" >/dev/null; scr_keys F5
scr_wait "$(vis 'نشانی:')" >/dev/null
scr_keys Space; scr_wait "$(vis 'فرماندهی')" >/dev/null; scr_pick 'پاسگاه'
scr_keys Tab; scr_type 'پاسگاه بينراهي  یامچی'; scr_keys Tab
scr_type 'مرند'; scr_keys Tab
scr_wait "$WARN"; ok $? "leaving the county warns: a unit of that name in this county"
row=$(scr_cap | grep -nF "$(vis 'نام*:')" | head -n 1 | cut -d: -f1)
scr_cap | sed -n "$((row + 1)),$((row + 2))p" | grep -qF "$WARN"; ok $? "... under the name, naming MRD-1"
scr_keys F2
scr_wait "$(vis 'هشدار در: نام.')"; ok $? "F2 asks before saving the second unit"
scr_keys n; scr_gone "$(vis 'هشدار در: نام.')" >/dev/null
is "$(nunits)" 1 "... and no, nothing saved"
# the county changed to Jolfa: another unit
scr_keys Tab C-u; scr_type 'جلفا'; scr_keys Tab
scr_gone "$WARN"; ok $? "another county: the warning goes"
scr_keys F2
scr_wait "$(vis 'ذخیره شد:')"; ok $? "the same name in another county saves at once"
is "$(nunits)" 2 "two units"
# the stored unit opened and saved again is no twin of itself, nor
# warned about for a twin stored before (MRD-9, imported with its id)
# while its name and county stay as they were
printf 'id,kind,name,county\nMRD-9,post,پاسگاه بین‌راهی یامچی,MRD\n' >"$TMP/t.csv"
"$HAMYAR" --db "$D" import units "$TMP/t.csv" >/dev/null 2>&1; ok $? "a twin stored (MRD-9)"
scr_keys C-u; scr_type 'MRD-1'; scr_wait "$(vis 'رکوردها: ۱')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'واحد MRD-1')" >/dev/null
scr_keys Tab Tab Tab; scr_type '، کیلومتر ۳'; scr_keys Tab
scr_keys F2; scr_wait "$(vis 'جست‌وجو:')"; ok $? "MRD-1's address edited saves at once"
scr_cap | grep -qF -- "$(vis 'هشدار: واحد MRD')"; is $? 1 "... with no warning about itself or MRD-9"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null; ok $? "quit"
"$HAMYAR" --db "$D" export units | tr -d '\r' | grep -q '^MRD-1,post,.*کیلومتر 3,1$'; ok $? "MRD-1's address saved"
done_testing
