# Enter on a stage of a rejected need (its need's screen) asks first, as
# F5, adding a stage, does: a rejected need's stages are no longer followed
# (core_stage_late), so a progress or an actual end recorded on one counts
# nowhere.  Before, «ثبت پیشرفت (درصد)» went straight to the prompt and
# «مرحله به‌روز شد.» without a word.  «n» changes nothing; «y» goes on to
# the menu.  A stage of a need in progress is not asked about.
# HAMYAR_TODAY fixes the day (1404/06/01).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
export HAMYAR_TODAY=1404/06/01
"$HAMYAR" --db "$DB" init --station MRG --name 'ایستگاه مراغه' >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRG-1,post,پاسگاه انتظامی قره‌آغاج,MRG\n' >"$TMP/u.csv"
{
	echo 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status'
	echo 'MRG-10,MRG-1,space,ساخت پاسگاه انتظامی روستای قره‌آغاج,900000000,4,4,1403/02/01,approved'
	echo 'MRG-11,MRG-1,equipment,خرید بی‌سیم پاسگاه قره‌آغاج,50000000,3,3,1403/02/01,in_progress'
} >"$TMP/n.csv"
{
	echo 'id,need,title,planned_start,planned_end,actual_end,progress'
	echo 'MRG-20,MRG-10,پی‌ریزی و اسکلت,۱۴۰۳/۰۳/۰۱,1403/09/30,,40'
	echo 'MRG-22,MRG-11,نصب بی‌سيم‌ها,1403/06/01,١٤٠٣/٠٨/٣٠,,60'
} >"$TMP/s.csv"
for k in u:units n:needs s:stages; do
	"$HAMYAR" --db "$DB" import "${k#*:}" "$TMP/${k%%:*}.csv" >/dev/null; ok $? "import ${k#*:}"
done
printf 'id,status\nMRG-10,rejected\n' >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/r.csv" >/dev/null 2>&1; ok $? "MRG-10 rejected"
progress() { "$HAMYAR" --db "$DB" export stages | tr -d '\r' | awk -F, -v id="$1" '$1 == id { print $7 }'; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; ok $? "main menu"
scr_keys 4; scr_wait "$(vis 'قره‌آغاج')" >/dev/null; ok $? "the needs' list"
scr_keys F3; scr_type 'ساخت'; sleep 0.5; scr_settle
scr_keys F7; scr_wait "$(vis 'نیاز MRG-10: ساخت پاسگاه انتظامی روستای قره‌آغاج')" >/dev/null
ok $? "F7: the rejected need's screen"
scr_wait "$(vis 'پی‌ریزی و اسکلت')" >/dev/null; ok $? "... its stage"
scr_keys Enter; scr_wait "$(vis 'ردشده است: مراحل آن')" >/dev/null; ok $? "Enter on the stage asks first: the need is rejected"
scr_cap | grep -qF "$(vis 'ثبت پیشرفت (درصد)')"; is $? 1 "... before the menu"
scr_keys n; sleep 0.5; scr_settle
scr_cap | grep -qF "$(vis 'ثبت پیشرفت (درصد)')"; is $? 1 "«n»: no menu"
is "$(progress MRG-20)" 40 "... and the stage as it was"

scr_keys Enter; scr_wait "$(vis 'ردشده است: مراحل آن')" >/dev/null; ok $? "Enter again: asked again"
scr_keys y; scr_wait "$(vis 'ثبت پیشرفت (درصد)')" >/dev/null; ok $? "«y»: the menu"
scr_keys Enter; sleep 0.5; scr_settle
scr_wait "$(vis 'پیشرفت (۰ تا ۱۰۰):')" >/dev/null; ok $? "the progress asked"
scr_type '۵۰'; scr_keys Enter
scr_wait "$(vis 'مرحله به‌روز شد.')" >/dev/null; ok $? "... the progress recorded"
is "$(progress MRG-20)" 50 "... 50 percent, stored"

# a need in progress: the menu at once
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F3; scr_keys C-u; scr_type 'خرید'; sleep 0.5; scr_settle
scr_keys F7; scr_wait "$(vis 'نیاز MRG-11: خرید بی‌سیم پاسگاه قره‌آغاج')" >/dev/null
ok $? "F7: the need in progress"
scr_wait "$(vis 'نصب بی‌سیم‌ها')" >/dev/null; ok $? "... its stage"
scr_keys Enter; scr_wait "$(vis 'ثبت پیشرفت (درصد)')" >/dev/null; ok $? "Enter: the menu, nothing asked"
scr_cap | grep -qF "$(vis 'ردشده است')"; is $? 1 "... no question of a rejected need"
scr_keys Escape; sleep 0.3
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0" >/dev/null; ok $? "quits"
done_testing
