# The dashboard says how many stages of the selected county are overdue,
# beside its figures («مراحل عقب‌افتاده: ۲»), counted as the stages list's
# F4 «فقط مراحل عقب‌افتاده» and the report count them: a stage deactivated,
# of a need rejected or deactivated, done late or not yet due is not.
# Before, the dashboard said nothing of them.  It fits at 80x24: the
# parts under it are all there.  HAMYAR_TODAY
# fixes the day at 1404/06/01.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
export HAMYAR_TODAY=1404/06/01
"$HAMYAR" --db "$DB" init --station MRG --name 'ایستگاه مراغه' >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRG-1,post,پاسگاه انتظامی قره‌آغاج,MRG\nMRG-2,station,کلانتری ۱۱ تبریز,TBZ\n' >"$TMP/u.csv"
{
	echo 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status,active'
	echo 'MRG-10,MRG-1,space,ساخت پاسگاه انتظامی روستای قره‌آغاج,900000000,4,4,1403/02/01,in_progress,1'
	echo 'MRG-11,MRG-2,equipment,خرید بی‌سیم کلانتري ۱۱,50000000,3,3,1403/02/01,approved,1'
	echo 'MRG-12,MRG-1,equipment,دوربین مداربسته پاسگاه,40000000,3,3,1403/02/01,rejected,1'
	echo 'MRG-13,MRG-2,space,تعمیر سقف کلانتری,70000000,3,3,1403/02/01,in_progress,0'
} >"$TMP/n.csv"
{
	echo 'id,need,title,planned_start,planned_end,actual_end,progress,active'
	echo 'MRG-20,MRG-10,پی‌ریزی و اسکلت,۱۴۰۳/۰۳/۰۱,1404/05/01,,40,1'
	echo 'MRG-21,MRG-10,سیم‌کشي برق,1403/10/01,1404/05/21,,0,1'
	echo 'MRG-22,MRG-10,نقاشی نما,1403/10/01,1404/05/21,,10,0'
	echo 'MRG-23,MRG-10,حصارکشی,1403/10/01,1404/04/01,1404/04/20,100,1'
	echo 'MRG-24,MRG-10,نصب درها,1404/05/01,1404/09/30,,20,1'
	echo 'MRG-25,MRG-11,نصب بی‌سیم‌ها,1403/06/01,1404/03/31,,60,1'
	echo 'MRG-26,MRG-12,نصب دوربین‌ها,1403/06/01,1404/03/31,,30,1'
	echo 'MRG-27,MRG-13,عایق‌کاری سقف,1403/06/01,1404/03/31,,30,1'
} >"$TMP/s.csv"
for k in u:units n:needs s:stages; do
	"$HAMYAR" --db "$DB" import "${k#*:}" "$TMP/${k%%:*}.csv" >/dev/null 2>&1; ok $? "import ${k#*:}"
done
"$HAMYAR" --lang en --db "$DB" report | grep -qF 'Stages overdue on 1404/06/01: 3 (counties with one: 2).'
ok $? "the report counts three, in two counties"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; ok $? "main menu"
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null; ok $? "the dashboard"
# Tabriz first (alphabetical order), then Maragheh
scr_wait "$(vis 'تبریز:')" >/dev/null; ok $? "Tabriz selected"
scr_cap | grep -qF "$(vis 'مراحل عقب‌افتاده: ۱')"; ok $? "... one stage overdue (not the deactivated need's)"
scr_keys Down; scr_wait "$(vis 'مراغه:')" >/dev/null; ok $? "Down: Maragheh"
scr_wait "$(vis 'مراحل عقب‌افتاده: ۲')" >/dev/null
ok $? "... two (not the rejected need's, the deactivated, the done or the not yet due)"
scr_keys Down; sleep 0.3; scr_settle
scr_cap | grep -qF "$(vis 'مراحل عقب‌افتاده: ۰')"; ok $? "a county with none: ۰"
# it fits at 80x24: the parts under it are all there
scr_cap | grep -qF "$(vis 'فعالیت‌های اخیر')"; ok $? "recent activity still shown"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null; ok $? "quits"
done_testing
