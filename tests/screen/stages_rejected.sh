# A rejected need's stages are no longer followed: its work will not be
# done, so none of them is overdue (core_stage_late).  A supervisor who
# rejects an approved need whose timetable was already drawn up («پی‌ریزی و
# اسکلت», planned to end 1403/09/30, at 40 percent) no longer finds it
# among the late stages of the funded needs: not on the need's screen
# (no "!", «مراحل عقب‌افتاده: ۰»), not in the stages' list (no "!"), not
# under F4's «فقط مراحل عقب‌افتاده»; a stage of a need in progress still
# is.  Before, a rejected need's stages stayed overdue for ever, on every
# one of those screens.  Rejecting says how many of its stages are open
# and that they will no longer be followed; F5 on the rejected need asks
# before adding a stage to it.  HAMYAR_TODAY fixes the day (1404/06/01).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
export HAMYAR_TODAY=1404/06/01
"$HAMYAR" --db "$DB" init --station MRG --name 'ایستگاه مراغه' >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRG-1,post,پاسگاه انتظامی قره‌آغاج,MRG\nMRG-2,station,کلانتری ۱۲ تبريز,TBZ\n' >"$TMP/u.csv"
{
	echo 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status'
	echo 'MRG-10,MRG-1,space,ساخت پاسگاه انتظامی روستای قره‌آغاج,900000000,4,4,1403/02/01,approved'
	echo 'MRG-11,MRG-2,equipment,خرید بی‌سیم كلانتری ۱۲,50000000,3,3,1403/02/01,in_progress'
} >"$TMP/n.csv"
{
	echo 'id,need,title,planned_start,planned_end,actual_end,progress'
	echo 'MRG-20,MRG-10,پی‌ریزی و اسکلت,۱۴۰۳/۰۳/۰۱,1403/09/30,,40'
	echo 'MRG-21,MRG-10,نازک‌کاری,1404/07/01,1404/12/29,,0'
	echo 'MRG-22,MRG-11,نصب بی‌سيم‌ها,1403/06/01,١٤٠٣/٠٨/٣٠,,60'
} >"$TMP/s.csv"
for k in u:units n:needs s:stages; do
	"$HAMYAR" --db "$DB" import "${k#*:}" "$TMP/${k%%:*}.csv" >/dev/null; ok $? "import ${k#*:}"
done
ROW() { scr_cap | grep -F -- "$1"; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; ok $? "main menu"
scr_keys 4; scr_wait "$(vis 'قره‌آغاج')" >/dev/null; ok $? "the needs' list"
scr_keys F3; scr_type 'قره'; sleep 0.5; scr_settle
scr_keys F7; scr_wait "$(vis 'نیاز MRG-10: ساخت پاسگاه انتظامی روستای قره‌آغاج')" >/dev/null
ok $? "F7: the need's screen"
scr_wait "$(vis 'مراحل عقب‌افتاده: ۱')" >/dev/null; ok $? "approved, one stage overdue"
ROW "$(vis 'پی‌ریزی و اسکلت')" | grep -q '!'; ok $? "... marked «!»"

scr_keys F6; scr_wait "$(vis 'ردشده')" >/dev/null; ok $? "F6 offers «ردشده»"
scr_keys Down Enter; scr_wait "$(vis 'نیاز MRG-10 رد شود؟')" >/dev/null; ok $? "asked first"
# the question says how many stages are open and that they will no longer
# be followed, as it says of a need marked done (its words, its digits)
scr_cap >"$TMP/q"
grep -qF "$(vis '۲ مرحله از ۲ مرحلهٔ آن')" "$TMP/q"; ok $? "... naming its two stages not complete yet, in Persian digits"
grep -qF "$(vis 'پیگیری نمی‌شوند')" "$TMP/q"; ok $? "... which are no longer followed once it is rejected"
scr_keys y; scr_wait "$(vis 'وضعیت اکنون: ردشده')" >/dev/null; ok $? "the need is rejected"
scr_wait "$(vis 'مراحل عقب‌افتاده: ۰')" >/dev/null; ok $? "its screen counts no stage overdue"
ROW "$(vis 'پی‌ریزی و اسکلت')" | grep -q '!'; is $? 1 "... and marks none «!»"
"$HAMYAR" --db "$DB" export needs | tr -d '\r' | grep -q '^MRG-10,.*,rejected,MRG,1$'; ok $? "stored rejected"
# F5 on the rejected need: asked first, as on a need done; «n» adds nothing
scr_keys F5; scr_wait "$(vis 'ردشده است: مراحل آن')" >/dev/null; ok $? "F5 asks first: the need is rejected"
scr_cap | grep -qF "$(vis 'عنوان:')"; is $? 1 "... before any prompt"
scr_keys n; sleep 0.5; scr_settle
scr_cap | grep -qF "$(vis 'عنوان:')"; is $? 1 "«n»: no prompt"
is "$("$HAMYAR" --db "$DB" export stages | grep -c ',MRG-10,')" 2 "... and no stage added"

scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 7; scr_wait 'MRG-22' >/dev/null; ok $? "the stages' list"
scr_settle
ROW 'MRG-22' | grep -q '!'; ok $? "the stage of the need in progress is marked «!»"
ROW 'MRG-20' | grep -q '!'; is $? 1 "the rejected need's stage is not"
scr_keys F4; scr_wait "$(vis 'فقط مراحل عقب‌افتاده')" >/dev/null; ok $? "F4 offers «فقط مراحل عقب‌افتاده»"
scr_keys Home; sleep 0.3
top=$(scr_cap | grep -n '┌' | head -n 1 | cut -d: -f1)
row=$(scr_cap | grep -nF -- "$(vis 'فقط مراحل عقب‌افتاده')" | head -n 1 | cut -d: -f1)
k=$((row - top - 1)); while [ "$k" -gt 0 ]; do scr_keys Down; k=$((k - 1)); done
sleep 0.3; scr_keys Enter
scr_wait "$(vis 'رکوردها: ۱')" >/dev/null; ok $? "«فقط مراحل عقب‌افتاده» lists one stage"
scr_settle
ROW 'MRG-22' >/dev/null; ok $? "... the need in progress's"
ROW 'MRG-20' >/dev/null; is $? 1 "... not the rejected need's"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0" >/dev/null; ok $? "quits"
done_testing
