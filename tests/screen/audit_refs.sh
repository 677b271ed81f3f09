# The audit screen (F8) on a change of a list of records, a ceremony's
# donors: the donor added is seen at 80 columns, marked + and first in the
# new value, and one taken out marked - first in the old; the others follow.
# Before, both values showed the list as stored, cut at the column's width
# the same way ("TST-1 TST-2 TST-3 TST-4 TS..." on both sides), so the
# change itself could not be seen.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST --name 'ایستگاه آزمون' >/dev/null; ok $? "init"
{
	echo 'name,kind,county'
	for n in 'علی کریمی' 'زهرا احمدي‌نژاد' 'رضا محمدی' 'مريم رضايي' 'حسن علوی' 'سارا نوری' 'کاظم صمدی'; do
		echo "$n,person,TBZ"
	done
} >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "seven donors, TST-1 to TST-7"
printf 'held_on,title,place,donors\n1403/11/20,تجلیل دههٔ فجر,تالار,TST-1 TST-2 TST-3 TST-4 TST-5 TST-6\n' >"$TMP/r1.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r1.csv" >/dev/null; ok $? "a ceremony of six donors, TST-8"
printf 'id,held_on,title,place,donors\nTST-8,1403/11/20,تجلیل دههٔ فجر,تالار,TST-2 TST-3 TST-4 TST-5 TST-6 TST-7\n' >"$TMP/r2.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r2.csv" >/dev/null; ok $? "TST-7 added, TST-1 taken out"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys F8
scr_wait "$(vis 'تجلیل TST-8')"; ok $? "F8: the audit log holds the ceremony's change"
row=$(scr_cap | grep -F "$(vis 'خیّرین تجلیل‌شده')" | tail -n 1)
printf '# %s\n' "$row"
printf '%s\n' "$row" | grep -qF -- '+TST-7 TST-2'; ok $? "the new value begins with the donor added, marked +"
printf '%s\n' "$row" | grep -qF -- '-TST-1 TST-2'; ok $? "the old value begins with the donor taken out, marked -"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
