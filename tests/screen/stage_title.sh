# A stage's title is shown whole on the need's stages screen at 80x24: the
# stage column is as wide as the longest title (within bounds), and the
# timeline takes what is left.  Before, the column was 14 cells whatever
# the titles, and «خرید و نصب دوربین‌ها» read «خرید و نصب دو…» beside 23
# cells of timeline.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"

work_open "$DB"
scr_keys Enter
scr_wait "$(vis 'نیاز TST-20: ساخت اتاق نگهبانی')"; ok $? "the top-ranked need's stages"
scr_keys F5
scr_wait "$(vis 'عنوان:')"; scr_type 'خرید و نصب دوربین‌ها'; scr_keys Enter
scr_wait "$(vis 'شروع برنامه‌ریزی‌شده (سال/ماه/روز):')"; scr_type '1403/02/01'; scr_keys Enter
scr_wait "$(vis 'پایان برنامه‌ریزی‌شده (سال/ماه/روز):')"; scr_type '1449/12/29'; scr_keys Enter
scr_wait "$(vis 'مرحله افزوده شد.')"; ok $? "a stage with a long title is added"
scr_cap | grep -qF "$(vis 'خرید و نصب دوربین‌ها')"; ok $? "its title is shown whole"
scr_cap | grep -qF '…'; is $? 1 "nothing on the screen is cut with an ellipsis"
n=$(scr_cap | grep -F "$(vis 'خرید و نصب دوربین‌ها')" | grep -o '[░█]' | wc -l)
[ "$n" -ge 10 ]; ok $? "its timeline is still drawn ($n cells of bar)"
row_has "$(vis 'خرید و نصب دوربین‌ها')" '۱۴۰۳/۰۲/۰۱'; ok $? "and its dates on the same row"
done_testing
