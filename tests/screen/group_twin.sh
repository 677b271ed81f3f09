# A reference group registered a second time: the same name in the same
# county (typed with Arabic ي, a double space) is warned about under the
# name, naming the group already registered, when the name is left with
# the county given and again at F2, which asks before saving; the same
# name in another county is a group of its own and saves at once.
# A space typed where the ZWNJ belongs («خیریه های امام جمعه» for
# «خیریه‌های امام‌جمعه») is the same name too; before, it was not.
# Before, the second «اتاق بازرگانی تبریز» was saved without a word, and
# the donors it introduced were split between two records.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ --name 'ایستگاه تبریز' >/dev/null; ok $? "init"
printf 'id,kind,name,county,contact\nTBZ-1,industry,اتاق بازرگانی تبریز,TBZ,حمید صمدی\nTBZ-2,other,خیریه‌های امام‌جمعه,TBZ,\n' >"$TMP/g.csv"
"$HAMYAR" --db "$D" import groups "$TMP/g.csv" >/dev/null 2>&1; ok $? "two groups (TBZ-1, TBZ-2)"
ngroups() { "$HAMYAR" --db "$D" export groups | tr -d '\r' | awk 'NR > 1 { n++ } END { print n + 0 }'; }
WARN="$(vis 'هشدار: گروه TBZ-1')"

scr_start "$D"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 2
scr_wait "TBZ-1" >/dev/null; scr_keys F5
scr_wait "$(vis 'رابط:')" >/dev/null
scr_keys Space; scr_wait "$(vis 'صنعت')" >/dev/null; scr_pick 'صنعت'
scr_keys Tab; scr_type 'اتاق  بازرگاني تبريز'; scr_keys Tab
scr_type 'تبریز'; scr_keys Tab
scr_keys BTab BTab; scr_keys Tab	# the name left again, the county given
scr_wait "$WARN"; ok $? "leaving the name warns: a group of that name in this county"
row=$(scr_cap | grep -nF "$(vis 'نام*:')" | head -n 1 | cut -d: -f1)
scr_cap | sed -n "$((row + 1)),$((row + 2))p" | grep -qF "$WARN"; ok $? "... under the name, naming TBZ-1"
scr_keys F2
scr_wait "$(vis 'هشدار در: نام.')"; ok $? "F2 asks before saving the second group"
scr_keys n; scr_gone "$(vis 'هشدار در: نام.')" >/dev/null
is "$(ngroups)" 2 "... and no, nothing saved"
# the county changed to Marand: another group
scr_keys Tab C-u; scr_type 'مرند'; scr_keys Tab
scr_keys F2
scr_wait "$(vis 'ذخیره شد:')"; ok $? "the same name in another county saves at once"
is "$(ngroups)" 3 "three groups"
# a space for each ZWNJ
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'رابط:')" >/dev/null
scr_keys Space; scr_wait "$(vis 'صنعت')" >/dev/null; scr_pick 'سایر'
scr_keys Tab; scr_type 'خیریه های امام جمعه'; scr_keys Tab
scr_type 'تبریز'; scr_keys Tab
scr_keys BTab BTab; scr_keys Tab
scr_wait "$(vis 'هشدار: گروه TBZ-2')"; ok $? "a space typed for each ZWNJ: the same name, warned naming TBZ-2"
scr_keys F10; scr_settle; scr_cap | grep -qF "$(vis 'دور بریزیم')" && scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null; ok $? "quit"
done_testing
