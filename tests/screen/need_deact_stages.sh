# F8 on a need whose stages are not all at 100 percent says in its question
# how many are not complete and how many of those are overdue, and that
# its stages are then no longer followed, in the words of the question
# before rejecting it (and of the import's warning on such a row).  Before,
# it asked only whether to mark the record inactive.  A need whose stages
# are all done, and the question that makes one active again, say nothing
# of its stages.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRD-1,station,کلانتری ۱۱ مرند,مرند\n' >"$TMP/units.csv"
cat >"$TMP/needs.csv" <<'EOT'
id,unit,category,title,estimated_cost,urgency,impact,identified_on,status
MRD-10,MRD-1,space,تعمیر سقف کلانتري,900000000,3,3,1403/02/01,in_progress
MRD-11,MRD-1,equipment,خرید بی‌سیم,50000000,3,3,1403/02/01,in_progress
EOT
cat >"$TMP/stages.csv" <<'EOT'
id,need,title,planned_start,planned_end,actual_end,progress
MRD-20,MRD-10,عایق‌کاری بام,1403/03/01,1403/05/01,,40
MRD-21,MRD-10,نصب ناودان,1403/03/01,1440/05/01,,0
MRD-22,MRD-10,برچیدن ایزوگام کهنه,1403/03/01,1403/04/01,1403/04/01,100
MRD-23,MRD-11,تحویل بی‌سیم‌ها,1403/03/01,1403/04/01,1403/04/01,100
EOT
for k in units needs stages; do
	"$HAMYAR" --db "$D" import $k "$TMP/$k.csv" >/dev/null 2>&1; ok $? "import $k"
done

scr_start "$D"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 4
scr_wait "$(vis 'جست‌وجو:')"; scr_type MRD-10
scr_wait "$(vis 'تعمیر سقف کلانتری')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نیاز MRD-10')"; scr_keys F8
scr_wait "$(vis 'این رکورد غیرفعال شود؟')"; ok $? "F8 on the need asks"
scr_wait "$(vis '۲ مرحله از ۳ مرحلهٔ آن هنوز کامل نشده است')"; ok $? "... how many of its stages are not complete, in Persian digits"
scr_cap | grep -qF "$(vis '۱ مرحله از برنامه عقب افتاده است')"; ok $? "... and how many of them are overdue"
scr_cap | grep -qF "$(vis 'پیگیری نمی‌شوند و هیچ‌یک عقب‌افتاده شمرده نمی‌شود')"; ok $? "... and that they are then no longer followed"
scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; ok $? "deactivated: back on the list"
"$HAMYAR" --db "$D" export needs | tr -d '\r' | grep -q '^MRD-10,.*,0$'; ok $? "the need is inactive"
scr_keys Enter
scr_wait "$(vis 'نیاز MRD-10')"; scr_keys F8
scr_wait "$(vis 'این رکورد دوباره فعال شود؟')"; ok $? "F8 again offers to make it active"
scr_cap | grep -qF "$(vis 'هنوز کامل نشده')"; is $? 1 "... and says nothing of its stages"
scr_keys n; scr_keys F10
scr_wait "$(vis 'جست‌وجو:')"; scr_keys C-u; scr_type MRD-11
scr_wait "$(vis 'خرید بی‌سیم')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نیاز MRD-11')"; scr_keys F8
scr_wait "$(vis 'این رکورد غیرفعال شود؟')"
scr_cap | grep -qF "$(vis 'هنوز کامل نشده')"; is $? 1 "a need whose stages are all done: nothing of them"
scr_keys n; scr_keys F10
scr_wait "$(vis 'جست‌وجو:')"; scr_keys C-u; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
