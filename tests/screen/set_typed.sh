# Text typed where a form takes none.  A donor's «زمینه‌های علاقه‌مندی» (a
# check list): a clerk types the address there, one field too far.  Before,
# the first Space opened the list and each Space after ticked whatever the
# letters had moved to, said only in the status line.  Now letters only
# find a choice (as on a choice field), a Space right after typed text
# opens and ticks nothing, and that nothing was ticked is said under the
# field; F4 opens the list, as a Space not just after typing does, and
# there Space ticks.  A yes/no field («فعال»): a key that picks no answer
# is said under the field (it takes بله or خیر), not only in the status line.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null; ok $? "init"
"$HAMYAR" --db "$DB" demo >/dev/null; ok $? "demo"
ticks() { scr_cap | grep -c '\[x\]'; }
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 1
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Tab Tab Tab Tab Tab Tab Tab Tab; scr_settle
scr_type 'خیابان امام، کوچهٔ 12، پلاک ۵'; scr_settle
scr_cap | grep -qF '┌'; is $? 1 "the address typed on the check list: no list opened"
scr_cap | grep -qF "$(vis 'تیک‌زدنی است، نه تایپ‌کردنی')"; ok $? "... said under the field: it is ticked, not typed"
scr_cap | grep -qF "$(vis 'تیک نخورد.')"; ok $? "... and nothing was ticked"
scr_keys F4; scr_wait "$(vis 'توسعهٔ فضاهای انتظامی')" >/dev/null; ok $? "F4 opens the list"
is "$(ticks)" 0 "... with nothing ticked by the typing"
scr_keys Escape; scr_gone "$(vis 'توسعهٔ فضاهای انتظامی')"; ok $? "Esc closes it, nothing to drop"
scr_type 'نظ'; scr_settle
scr_cap | grep -qF "$(vis '«نظارتی»')"; ok $? "«نظ» typed: its note names نظارتی, which F4 opens the list on"
scr_keys Tab BTab Space; scr_wait "$(vis 'توسعهٔ فضاهای انتظامی')" >/dev/null; ok $? "Space not just after typing opens the list"
scr_keys Down Space; scr_settle; is "$(ticks)" 1 "... where Space ticks the choice moved to"
scr_keys Enter; scr_gone "$(vis 'توسعهٔ فضاهای انتظامی')"
row_has "$(vis 'زمینه‌های علاقه‌مندی:')" "$(vis 'تجهیزات عمومی')"; ok $? "Enter keeps the tick: تجهیزات عمومی"
# فعال: the last field
scr_keys PageDown; scr_settle
scr_type 'x'; scr_settle
scr_cap | grep -qF "$(vis 'فقط «بله» یا «خیر» می‌گیرد')"; ok $? "x on «فعال»: said under it that it takes بله or خیر"
row_has "$(vis 'فعال:')" "$(vis 'بله')"; ok $? "... left بله"
scr_type 'خ'; scr_settle
row_has "$(vis 'فعال:')" "$(vis 'خیر')"; ok $? "خ still picks خیر"
scr_cap | grep -qF "$(vis 'فقط «بله» یا «خیر» می‌گیرد')"; is $? 1 "... and the note goes"
scr_keys Escape; scr_wait "$(vis 'دور بریزیم')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; ok $? "the form dropped"
done_testing
