# The dashboard's ceremonies (F7) at 80 columns: a long title or place is
# cut in its middle, its start and its end kept, as the recognitions'
# list and every other list cut them.  Two ceremonies whose titles differ
# only at their end (the county's name, the year) read the same there
# before: «همایش بزرگداشت خیّرین مشارکت‌کننده…» twice, the end cut off.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
{ echo 'held_on,title,place,donors'
  echo '1403/10/15,همایش بزرگداشت خیّرین مشارکت‌کننده در طرح‌های انتظامی شهرستان اهر,سالن همایش‌های فرمانداری شهرستان اهر,TST-10'
  echo '1403/10/16,همایش بزرگداشت خیّرین مشارکت‌کننده در طرح‌های انتظامی شهرستان مرند,سالن همایش‌های فرمانداری شهرستان مرند,TST-11'
} >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null; ok $? "two ceremonies, titles and places differing at their end"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 0
scr_wait "$(vis 'پیشخوان')"; scr_keys F7
scr_wait "$(vis 'مراسم‌ها')"; ok $? "the dashboard's F7: the ceremonies"
scr_settle
# (the place of Marand's «سالن همایش‌های…مرند», 18 cells: its cut at 18
# columns, which the cut at 20 may not be narrower than, tui_fit_middle;
# before, «سالن…شهرستان مرند», 17)
for c in اهر:'سالن…' مرند:'سالن همایش‌های…'; do
	start=${c#*:} c=${c%%:*}
	row=$(scr_cap | grep -F -- "$(vis 'همایش…')" | grep -F -- "$(vis "$c")")
	holds "$row" "$(vis "$start")" "the ceremony of $c: its place's start"
	n=$(printf '%s\n' "$row" | grep -oF -- "$(vis "$c")" | wc -l)
	is "$n" 2 "... and the end of its title and of its place, «$c», both in its row"
	is "$(printf '%s\n' "$row" | grep -o '…' | wc -l)" 2 "... each cut in its middle"
done
scr_keys F10; scr_wait "$(vis 'پیشخوان')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
