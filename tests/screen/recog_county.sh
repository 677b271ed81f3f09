# A county's supervisor records a recognition ceremony (keys only, as
# another real uid: nobody through setpriv; root only).  A ceremony with no
# donor is province-wide, which only HQ may record: the supervisor is asked
# for his county's first donor before it is saved, instead of typing title,
# place and date to be refused and lose them.  A donor of another county is
# refused with the reason and he picks again, what he typed kept.  The date
# offered is today in Persian digits, as the screen writes dates, and
# Ctrl-U empties a question's box as it does a form's field.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
work_nobody_fixture
scr_nobody_user supervisor TBZ "Tabriz's supervisor"

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "the supervisor starts the program"
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
scr_keys F7
scr_wait "$(vis 'هنوز مراسمی نیست: F5 یکی ثبت می‌کند.')"; ok $? "F7 opens the ceremonies (none yet)"
scr_keys F5
scr_wait "$(vis 'عنوان:')"
scr_type 'چیزی اشتباه'; scr_wait "$(vis 'چیزی اشتباه')" >/dev/null; scr_keys C-u; scr_settle
scr_cap | grep -qF "$(vis 'اشتباه')"; is $? 1 "Ctrl-U empties the title's box"
scr_type 'تجلیل از خیّرین هفتهٔ ناجا'
scr_keys Enter
scr_wait "$(vis 'مکان:')"; scr_type 'سالن شهرداری تبریز'; scr_keys Enter
scr_wait "$(vis 'تاریخ برگزاری (سال/ماه/روز):')"
today=$("$HAMYAR" date g2j "$(date +%Y-%m-%d)" | "$HAMYAR" text digits-fa)
scr_cap | grep -qF "$today"; ok $? "the date offered is today in Persian digits ($today)"
scr_keys C-u; scr_type '۱۴۰۵/۰۹/۰۱'; scr_keys Enter
scr_wait "$(vis 'با نخستین خیّر آن ثبت می‌شود')"; ok $? "he is told the ceremony needs his county's first donor"
scr_keys Enter
# first a donor of Ahar: refused at once, saying why, before the
# question about his contributions, and he picks again (no donor here
# has a pledge: one he may honour is asked about when picked,
# recog_first_nocontrib.sh, and the supervisor says yes)
NONE="$(vis 'هیچ مشارکتی از این خیّر ثبت نشده است')"
scr_type 'قند'; scr_wait "TST-12"; scr_keys Enter
scr_wait "$(vis 'مجاز نیست')"; ok $? "a donor of Ahar is refused"
scr_cap | grep -qF "$NONE"; is $? 1 "... not asked about first"
scr_cap | grep -qF "$(vis 'از شهرستان اهر است')"; ok $? "naming the county"
scr_keys Enter
scr_type 'فولاد'; scr_wait "TST-10"; ok $? "the donor list again"
scr_keys Enter
scr_wait "$NONE" >/dev/null; scr_keys y
scr_wait "$(vis 'مراسم ثبت شد: TST-24')"; ok $? "the ceremony is recorded with Tabriz's donor"
"$HAMYAR" --lang en --db "$DB" audit --id TST-24 >"$TMP/audit"
grep -q 'donors: (empty) -> "TST-10"' "$TMP/audit"; ok $? "its donor is stored"
grep -q 'title: (empty) -> "تجلیل از خیرین هفتهٔ ناجا"' "$TMP/audit"; ok $? "and the title typed before the refusal"
grep -q 'place: (empty) -> "سالن شهرداری تبریز"' "$TMP/audit"; ok $? "and the place"
grep -q 'held_on: (empty) -> "1405/09/01"' "$TMP/audit"; ok $? "and the date"
grep -q '^[0-9/]* [0-9:]* nobody create recognition "TST-24"' "$TMP/audit"; ok $? "written by nobody"
scr_keys F10; scr_settle	# left the ceremony
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
work_quit_dash
done_testing
