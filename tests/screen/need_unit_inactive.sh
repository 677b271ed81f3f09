# A new need of a unit marked inactive: leaving the unit's field says so
# under it, naming the unit and that its needs are out of the ranking and
# matching, and F2 asks before saving (a second F2 saves), as a pledge on
# a need of an inactive unit and a donor of an inactive group are
# treated.  Before, the form showed «(غیرفعال)» beside the unit and F2
# saved at once a need that was then never ranked.  An active unit is not
# warned about, nor a stored need whose unit is unchanged.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
cat >"$TMP/u.csv" <<'CSV'
id,kind,name,county,active
MRD-1,post,پاسگاه بین‌راهی یامچی,MRD,0
MRD-2,station,کلانتری ۱۲ مرند,MRD,1
CSV
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null 2>&1; ok $? "two units imported, MRD-1 inactive"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 4
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'تاریخ شناسایی*:')" >/dev/null
scr_type 'mrd-2'; scr_keys Tab	# an active unit
row=$(scr_cap | grep -nF "$(vis 'واحد*:')" | head -n 1 | cut -d: -f1)
scr_settle
scr_cap | sed -n "${row}p" | grep -qF 'MRD-2'; ok $? "an active unit is taken"
scr_cap | sed -n "$((row + 1)),$((row + 2))p" | grep -qF "$(vis 'هشدار')"; is $? 1 "... with no warning under it"
scr_keys BTab C-u; scr_type 'mrd-1'; scr_keys Tab	# the inactive one
scr_wait "$(vis 'هشدار: واحد MRD-1')"; ok $? "leaving an inactive unit warns, naming it"
scr_cap | sed -n "$((row + 1)),$((row + 2))p" | tr -d '\n' | grep -qF "$(vis 'رتبه‌بندی')"
ok $? "... under the field: out of the ranking"
scr_keys Space; scr_wait "$(vis 'نظارتی')" >/dev/null; scr_pick 'تجهیزات عمومی'
scr_keys Tab; scr_type 'خرید دوربین‌های مداربسته'; scr_keys Tab Tab
scr_type '۱۲۰٬۰۰۰٬۰۰۰'; scr_keys Tab; scr_type '4'; scr_keys Tab; scr_type '۳'; scr_keys Tab
scr_keys F2
scr_wait "$(vis 'با این حال این رکورد ذخیره شود؟')"; ok $? "the first F2 asks"
scr_keys F2
scr_wait "MRD-3"; ok $? "the second F2 saves"
# the stored need opened and saved again: its unit unchanged, no warning
scr_keys Enter; scr_wait "$(vis 'نیاز MRD-3')" >/dev/null
scr_keys Tab Tab; scr_type ' فوری'; scr_keys Tab
scr_keys F2; scr_wait "$(vis 'جست‌وجو:')"; ok $? "MRD-3 edited (its unit unchanged) saves at once"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
out=$("$HAMYAR" --db "$DB" export needs | tr -d '\r' | awk -F, 'NR > 1 { print $1 "=" $2 "=" $4 }')
is "$out" "MRD-3=MRD-1=خرید دوربین‌های مداربسته فوری" "the need is saved with the unit"
done_testing
