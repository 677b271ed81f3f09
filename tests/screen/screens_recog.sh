# Recognition, keys only: from the dashboard, F7 lists the ceremonies; F5
# records one (title, place, a date typed in Persian digits); F5 inside it
# adds a donor found by typing his name; F6 writes that donor's thank-you
# letter to the file the user names.  The ceremony and its donor are stored.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"

work_open "$DB"
scr_keys F7
scr_wait "$(vis 'هنوز مراسمی نیست: F5 یکی ثبت می‌کند.')"; ok $? "F7 opens the ceremonies (none yet)"
scr_keys F5
scr_wait "$(vis 'عنوان:')"; scr_type 'تجلیل از خيّرین هفتهٔ ناجا'; scr_keys Enter	# Arabic yeh
scr_wait "$(vis 'مکان:')"; scr_type 'سالن همایش فرماندهی'; scr_keys Enter
scr_wait "$(vis 'تاریخ برگزاری (سال/ماه/روز):')"
scr_keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
scr_type '۱۴۰۳/۱۰/۱۵'; scr_keys Enter
scr_wait "$(vis 'مراسم ثبت شد: TST-24')"; ok $? "F5 records the ceremony"
scr_cap | grep -qF "$(vis 'مراسم: تجلیل از خیرین هفتهٔ ناجا  ۱۴۰۳/۱۰/۱۵  سالن همایش فرماندهی')"
ok $? "it opens, its title normalised (Persian yeh, no tashdid), its Jalali date and place"
scr_wait "$(vis 'هنوز از خیّری تجلیل نشده: F5 یکی می‌افزاید.')"; ok $? "no donor honoured yet"
scr_keys F5
scr_type 'شرکت'
scr_wait "TST-10"; scr_keys Enter
# no pledge of his is recorded: said, and he is honoured all the same
scr_wait "$(vis 'هیچ مشارکتی از این خیّر ثبت نشده است')"; scr_keys y
scr_wait "$(vis 'خیّر افزوده شد: TST-10')"; ok $? "F5 adds a donor picked by name"
row_has "TST-10" "$(vis 'شرکت فولاد آذر')"; ok $? "the donor is listed with his name"
"$HAMYAR" --lang en --db "$DB" audit --id TST-24 | grep -q 'donors: (empty) -> "TST-10"'; ok $? "the ceremony's donors are stored"

scr_keys F6
scr_wait "$(vis 'تقدیرنامه در این پرونده نوشته شود:')"; ok $? "F6 asks where to write the letter"
scr_cap | grep -qF "tashakor-TST-10.html"; ok $? "proposing a file named after the donor"
scr_keys C-u					# the path proposed, emptied
scr_type "$TMP/letter.html"
scr_cap | grep -qF "$TMP/letter.html"; ok $? "the path typed reads left to right in its field (its / first)"
scr_keys Enter
scr_wait "$(vis 'تقدیرنامه نوشته شد در')"; ok $? "the letter is written"
scr_cap | grep -qF "$TMP/letter.html $(vis 'تقدیرنامه نوشته شد در')"
ok $? "and the message names the path as typed, its / at its start"
[ -s "$TMP/letter.html" ]; ok $? "the file is there"
# A file name in Persian: the path still reads left to right, its folders
# first, not broken up by the message around it.
scr_keys F6; scr_wait "$(vis 'تقدیرنامه در این پرونده نوشته شود:')"
scr_keys C-u					# the path proposed, emptied
scr_type "$TMP/نامه-آذر.html"; scr_keys Enter
scr_wait "$(vis 'تقدیرنامه نوشته شد در')"
[ -s "$TMP/نامه-آذر.html" ]; ok $? "a letter under a Persian file name is written"
scr_cap | grep -qF "$(printf '%s\n' "$TMP/نامه-آذر.html" | "$HAMYAR" layout --dir ltr) $(vis 'تقدیرنامه نوشته شد در')"
ok $? "and the message shows its path left to right as a whole, its / at its start"
grep -q '<html dir="rtl" lang="fa">' "$TMP/letter.html"; ok $? "an RTL Persian page"
grep -qF 'شرکت فولاد آذر' "$TMP/letter.html"; ok $? "with the donor's name"
grep -qF '۱۴۰۳/۱۰/۱۵' "$TMP/letter.html"; ok $? "and the ceremony's date in Persian digits"
scr_keys F10; scr_wait "$(vis 'تجلیل از خیرین هفتهٔ')"
row_has "TST-24" "۱"; ok $? "back in the list the ceremony shows one donor"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
work_quit_dash
done_testing
