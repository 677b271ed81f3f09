# The donors' list shows a short address column where the terminal is
# wide enough for it beside the columns it shows at 80 and 120 columns
# (from about 135 columns): an address of several lines on its row's one
# line.  At 80 and 120 columns the list is as before (no room without
# dropping a national id, a mobile or a kind; MRD-10 has a national id and
# a capacity, as a column empty in every row would be left out,
# list_empty_drop.sh, and leave the address room at 120).  At 160 columns
# the introducing group's column is shown too: the list kept at most 8
# columns by cutting the last in schema order, which dropped the group
# and kept the phone.  Before, no width showed an address.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRD-1,imam_office,دفتر امام جمعهٔ مرند,MRD\n' >"$TMP/groups.csv"
cat >"$TMP/donors.csv" <<'CSV'
id,kind,name,county,introduced_by,address,mobile,phone,national_id,capacity
MRD-10,person,محمدرضا عبدالله‌زاده,MRD,MRD-1,"مرند، خیابان امام
کوچهٔ ۵",09141234567,04142223344,0012345679,200000000
MRD-11,person,زهرا احمدي‌نژاد,MRD,,يامچي، بلوار آزادی,,,,
MRD-12,org,شركت فن‌آوران 3D,MRD,MRD-1,,,,,
CSV
for k in groups donors; do
	"$HAMYAR" --db "$D" import $k "$TMP/$k.csv" >/dev/null; ok $? "import $k"
done
HEAD() { scr_cap | sed -n 3p; }
ADDR="$(vis 'نشانی')"

scr_start "$D"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 1
scr_wait 'MRD-12' >/dev/null; scr_settle
HEAD | grep -qF "$ADDR"; is $? 1 "80 columns: no address column"
HEAD | grep -qF "$(vis 'همراه')"; ok $? "... the mobile's still"
scr_resize 120 24
HEAD | grep -qF "$ADDR"; is $? 1 "120 columns: none either"
HEAD | grep -qF "$(vis 'نوع')"; ok $? "... the kind's still"
scr_resize 140 24
HEAD | grep -qF "$ADDR"; ok $? "140 columns: the address column"
HEAD | grep -qF "$(vis 'نوع')"; ok $? "... the kind's kept"
scr_cap | grep 'MRD-11' | grep -qF "$(vis 'یامچی، بلوار آزادی')"; ok $? "... a donor's address in it (Arabic ي typed, stored Persian)"
scr_resize 160 24
scr_cap | grep 'MRD-10' | grep -qF "$(vis 'مرند، خیابان امام کوچهٔ ۵')"; ok $? "160 columns: an address of two lines on one"
HEAD | grep -qF "$(vis 'معرفی‌شده از سوی')"; ok $? "... the introducing group's column"
scr_cap | grep 'MRD-12' | grep -qF "$(vis 'دفتر امام جمعهٔ مرند')"; ok $? "... naming the group"
HEAD | grep -qF "$ADDR"; ok $? "... the address's kept"
scr_resize 80 24
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
