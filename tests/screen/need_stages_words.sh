# A need's stages at 80x24: a stage's title wider than its column is cut
# at a word's start with «…», as the lists cut a name (tui_fit_words):
# the demo's «تأمین مصالح و تجهیزات» (21 cells in a column of 20) reads
# «تأمین مصالح…», its «و» going with the word it joins (a cut never ends
# on a «و», «یا», «از», «به», «در» or «با» left hanging before the «…»),
# and a longer title of a stage added by import,
# «خرید و نصب دوربین‌های مداربسته در ورودی پاسگاه», «خرید و نصب…»;
# the titles that fit stay whole.  Before, both were cut inside a
# word: «تأمین مصالح و تجهیز…», «خرید و نصب دوربین‌ها…»; then the first
# read «تأمین مصالح و…».
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" demo >/dev/null 2>&1; ok $? "the demo database"
printf 'id,need,title,planned_start,planned_end,actual_end,progress,active\n,TBZ-512,%s,1405/03/01,1405/04/01,,10,1\n' \
    'خرید و نصب دوربین‌های مداربسته در ورودی پاسگاه' >"$TMP/st.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/st.csv" >/dev/null; ok $? "a stage with a long title imported for TBZ-512"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 4
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F3; scr_type TBZ-512; scr_keys Enter
scr_wait "$(vis 'فوریت')" >/dev/null; scr_keys F10
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F7
scr_wait "$(vis 'مراحل و وضعیت')"; ok $? "need TBZ-512's stages"
scr_settle; scr_cap >"$TMP/s"
row() { grep -F "$(vis "$1")" "$TMP/s"; }
row 'تأمین مصالح' | grep -qF "$(vis 'تأمین مصالح…')"; ok $? "«تأمین مصالح و تجهیزات» cut at a word's start, its «و» with it: «تأمین مصالح…»" || row 'تأمین مصالح' | sed 's/^/# /'
row 'تأمین مصالح' | grep -qF "$(vis 'و…')"; is $? 1 "... no «و» left hanging before the «…»"
row 'تأمین مصالح' | grep -qF "$(vis 'تجهیز')"; is $? 1 "... no piece of «تجهیزات» left"
row 'خرید و نصب' | grep -qF "$(vis 'خرید و نصب…')"; ok $? "the imported title cut at a word's start: «خرید و نصب…»" || row 'خرید و نصب' | sed 's/^/# /'
row 'خرید و نصب' | grep -qF "$(vis 'دوربین')"; is $? 1 "... no piece of «دوربین‌های» left"
row 'برآورد و طراحی' | grep -qF '…'; is $? 1 "«برآورد و طراحی», which fits, whole"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null; ok $? "the program ends with 0"
done_testing
