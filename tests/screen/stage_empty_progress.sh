# A stage stored with its progress empty by an older version (put_raw
# --stage stands for one) is at 0 (CORE_FF_ZERO, core_stage_progress):
# the stages list and the stage's form show ۰, as for any stage at 0,
# where they showed nothing.  Saving the form with a new title stores the
# title alone: the audit log has no progress "" -> "0" nobody typed.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
export HAMYAR_TODAY=1403/08/01
PUT="$(dirname "$HAMYAR")/tests/store/put_raw"
"$HAMYAR" --db "$DB" init --station MRG --name 'ایستگاه مراغه' >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRG-1,post,پاسگاه مراغه,MRG\n' >"$TMP/u.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null; ok $? "a unit"
printf 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status\nMRG-10,MRG-1,equipment,خرید بی‌سیم,50000000,3,3,1403/02/01,in_progress\n' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "a need"
printf 'need,title,progress\nMRG-10,خرید دستگاه‌ها,۰\nMRG-10,نصب,40\n' >"$TMP/s.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/s.csv" >/dev/null; ok $? "two stages, at 0 and 40 (MRG-11, MRG-12)"
A=$("$PUT" "$DB" --stage MRG-10 'آموزش کاربران'); ok $? "a stage stored with its progress empty ($A)"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 7
scr_wait "$(vis 'رکوردها:')" >/dev/null; ok $? "the stages list"
# the progress column is the last: wide enough to show it
scr_resize 160 24
scr_wait "$(vis 'پیشرفت')" >/dev/null; ok $? "... its progress column on a wide screen"
holds "$(scr_cap | grep -F "$A")" ' ۰ ' "... the stage's progress shown as ۰"
# sorted by progress, it is among those at 0 (after MRG-11 by id), not
# before them all as an empty value
scr_sort_by 'پیشرفت'; scr_settle
is "$(scr_cap | grep -o 'MRG-1[0-9]' | tr '\n' ' ')" "MRG-11 $A MRG-12 " "... sorted by progress: at 0 beside MRG-11, then MRG-12 at 40"
scr_sort_by 'شناسه'; scr_settle
scr_keys Home; scr_settle
row=$(scr_cap | grep -n "$A" | cut -d: -f1); top=$(scr_cap | grep -n 'MRG-11' | cut -d: -f1)
while [ "$top" -lt "$row" ]; do scr_keys Down; top=$((top + 1)); done
scr_keys Enter
scr_wait "$(vis 'پیشرفت (درصد):')" >/dev/null; ok $? "its form"
holds "$(scr_cap | grep -F "$(vis 'پیشرفت (درصد):')")" '۰' "... progress ۰"
scr_keys Down; scr_type ' و نگهداری'; scr_keys F2
scr_wait "$(vis 'ذخیره شد:')" >/dev/null; ok $? "a new title saved (F2)"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null; ok $? "quits"
"$HAMYAR" --db "$DB" audit --id "$A" >"$TMP/a"
holds "$(cat "$TMP/a")" '"آموزش کاربران" -> "آموزش کاربران و نگهداری"' "the audit log has the new title"
grep -qF 'پیشرفت' "$TMP/a"; is $? 1 "... and no progress change (was \"\" -> \"0\")"
done_testing
