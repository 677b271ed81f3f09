# A yes/no field (a unit's «فعال»): a letter typed picks the answer it
# begins, خ خیر, ن (نه) خیر and ب بله, with the program's Persian keyboard off (the
# keys o and f read on the Persian layout) or on (Ctrl-T), and y / n
# alike; Space still toggles.  Before, only Space changed it, and a
# letter was answered that the field is chosen from a list.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
ACTIVE="$(vis 'فعال:')"
active() { scr_settle; scr_cap | grep -F "$ACTIVE" | grep -qF "$(vis "$1")"; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 3
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'نشانی:')" >/dev/null
scr_keys Space; scr_wait "$(vis 'فرماندهی')" >/dev/null; scr_pick 'پاسگاه'
scr_keys Tab; scr_type 'پاسگاه بین‌راهی یامچی'; scr_keys Tab
scr_type 'مرند'; scr_keys Tab Tab
active 'بله'; ok $? "a new unit is active: بله"
scr_type 'خ'; active 'خیر'; ok $? "خ: خیر"
scr_cap | grep -qF "$(vis 'از فهرست انتخاب می‌شود')"; is $? 1 "... and not told it is chosen from a list"
scr_type 'ب'; active 'بله'; ok $? "ب: بله"
scr_type 'o'; active 'خیر'; ok $? "o, the key of خ with the keyboard in Latin: خیر"
scr_type 'f'; active 'بله'; ok $? "f, the key of ب: بله"
scr_type 'n'; active 'خیر'; ok $? "n: خیر"
scr_type 'y'; active 'بله'; ok $? "y: بله"
scr_type 'ن'; active 'خیر'; ok $? "ن, as نه (no): خیر (was refused)"
scr_type 'ب'; active 'بله'; ok $? "... ب back to بله"
scr_type 'k'; active 'خیر'; ok $? "k, the key of ن with the keyboard in Latin: خیر"
scr_type 'y'; active 'بله'; ok $? "... y back to بله"
scr_keys C-t; scr_wait "$(vis 'صفحه‌کلید: FA')" >/dev/null
scr_type 'o'; active 'خیر'; ok $? "Persian keyboard on (Ctrl-T): o gives خ, خیر"
scr_type 'f'; active 'بله'; ok $? "... f gives ب, بله"
scr_type 'n'; active 'خیر'; ok $? "... n (د) read back as n: خیر"
scr_keys C-t; scr_keys Space; active 'بله'; ok $? "Space still toggles"
scr_type 'خ'; scr_keys F2; scr_wait "$(vis 'ذخیره شد:')"; ok $? "F2 saves"
"$HAMYAR" --db "$DB" export units | tr -d '\r' | grep -q ',0$'; ok $? "... the unit inactive"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null; ok $? "quit"
# in English: y Yes, n No
scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 3
scr_wait "MRD-1" >/dev/null; scr_keys Enter
scr_wait "Address:" >/dev/null; scr_keys Tab Tab Tab Tab
en_active() { scr_settle; scr_cap | grep -F "Active:" | grep -qw "$1"; }
en_active No; ok $? "en: the unit saved inactive shows No"
scr_type 'y'; en_active Yes; ok $? "en: y gives Yes"
scr_type 'n'; en_active No; ok $? "en: n gives No"
scr_type 'Y'; en_active Yes; ok $? "en: Y too"
scr_keys F2; scr_wait "Search:" >/dev/null
"$HAMYAR" --db "$DB" export units | tr -d '\r' | grep -q ',1$'; ok $? "en: F2 saves it active"
scr_keys F10; scr_wait "Main menu" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null; ok $? "en: quit"
done_testing
