# A county's supervisor records a ceremony: after its title, place and
# date he is asked for his county's first donor, and Esc in that list
# brings the three prompts back holding what he typed (Esc there gives the
# ceremony up), as a write refused does.  Before, Esc in the list dropped
# all three without a question: «مراسم ثبت نشد: ...», the typing lost.
# (Keys only, as another real uid: nobody through setpriv; root only.)
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
work_nobody_fixture
scr_nobody_user supervisor TBZ "Tabriz's supervisor"

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "the supervisor starts the program"
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
scr_keys F7
scr_wait "$(vis 'هنوز مراسمی نیست: F5 یکی ثبت می‌کند.')" >/dev/null
scr_keys F5
scr_wait "$(vis 'عنوان:')"
scr_type 'تجلیل از خيّرین هفتهٔ ناجا'; scr_keys Enter
scr_wait "$(vis 'مکان:')"; scr_type 'سالن شهرداری تبریز'; scr_keys Enter
scr_wait "$(vis 'تاریخ برگزاری (سال/ماه/روز):')"
scr_keys C-u; scr_type '۱۴۰۵/۰۹/۰۱'; scr_keys Enter
scr_wait "$(vis 'با نخستین خیّر آن ثبت می‌شود')" >/dev/null; scr_keys Enter
scr_wait "TST-10"; ok $? "the donor list"
scr_keys Escape
scr_wait "$(vis 'عنوان:')"; ok $? "Esc in the list: the title's prompt again"
scr_cap | grep -qF "$(vis 'هفتهٔ ناجا')"; ok $? "... holding the title typed"
scr_cap | grep -qF "$(vis 'مراسم ثبت نشد')"; is $? 1 "... not «not recorded»"
scr_keys Enter
scr_wait "$(vis 'سالن شهرداری تبریز')"; ok $? "... the place typed"
scr_keys Enter
scr_wait "$(vis '۱۴۰۵/۰۹/۰۱')"; ok $? "... the date typed"
scr_keys Enter
scr_wait "$(vis 'با نخستین خیّر آن ثبت می‌شود')" >/dev/null; scr_keys Enter
scr_type 'فولاد'; scr_wait "TST-10" >/dev/null; scr_keys Enter
scr_wait "$(vis 'هیچ مشارکتی از این خیّر ثبت نشده است')" >/dev/null; scr_keys y
scr_wait "$(vis 'مراسم ثبت شد: TST-24')"; ok $? "the ceremony is recorded with the donor picked then"
"$HAMYAR" --lang en --db "$DB" audit --id TST-24 >"$TMP/audit"
grep -q 'place: (empty) -> "سالن شهرداری تبریز"' "$TMP/audit"; ok $? "its place as typed before the Esc"
grep -q 'held_on: (empty) -> "1405/09/01"' "$TMP/audit"; ok $? "and its date"
scr_keys F10; scr_settle	# left the ceremony
# Esc on the prompt itself still gives a new ceremony up
scr_keys F5; scr_wait "$(vis 'عنوان:')" >/dev/null
scr_type 'همایش دوم'; scr_keys Escape
scr_gone "$(vis 'عنوان:')"; ok $? "Esc on a prompt gives the new ceremony up"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
work_quit_dash
done_testing
