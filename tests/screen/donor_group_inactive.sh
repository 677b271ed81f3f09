# A donor introduced by a reference group marked inactive: leaving the
# field says so under it, naming the group, and F2 asks before saving
# (a second F2 saves), as a pledge on a need of an inactive unit is
# treated.  Before, the form showed «(inactive)» beside the group and F2
# saved at once.  An active group is not warned about.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" MRD; ok $? "first start"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
cat >"$TMP/g.csv" <<'CSV'
id,kind,name,county,active
MRD-1,religious_board,هیئت امناي مسجد جامع مرند,MRD,0
MRD-2,other,کانون فرهنگی‌هنری یامچی,MRD,1
CSV
"$HAMYAR" --db "$DB" import groups "$TMP/g.csv" >/dev/null 2>&1; ok $? "two groups imported, MRD-1 inactive"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')" >/dev/null; scr_keys Enter
scr_keys Tab; scr_type 'علیرضا كريمی‌پور'; scr_keys Tab	# Arabic kaf and yeh, as typed
scr_keys Tab Tab Tab Tab; scr_type 'مرند'; scr_keys Tab	# the county
scr_keys Tab Tab Tab; scr_type 'mrd-2'; scr_keys Tab	# introduced by an active group
row=$(scr_cap | grep -nF "$(vis 'معرفی‌شده از سوی:')" | head -n 1 | cut -d: -f1)
scr_settle
scr_cap | sed -n "${row}p" | grep -qF 'MRD-2'; ok $? "an active group is taken"
scr_cap | sed -n "$((row + 1)),$((row + 2))p" | grep -qF "$(vis 'هشدار')"; is $? 1 "... with no warning under it"
scr_keys BTab C-u; scr_type 'mrd-1'; scr_keys Tab	# an inactive one
scr_wait "$(vis 'غیرفعال است.')"; ok $? "leaving an inactive group warns"
scr_cap | sed -n "$((row + 1))p" | grep -qF "$(vis 'هشدار: گروه مرجع MRD-1')"
ok $? "... under the field, naming the group"
scr_keys F2
scr_wait "$(vis 'با این حال این رکورد ذخیره شود؟')"; ok $? "the first F2 asks"
scr_keys F2
scr_wait "MRD-3"; ok $? "the second F2 saves"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
out=$("$HAMYAR" --db "$DB" export donors | tr -d '\r' | awk -F, 'NR > 1 { print $1 "=" $12 }')
is "$out" "MRD-3=MRD-1" "the donor is saved with the group"
done_testing
