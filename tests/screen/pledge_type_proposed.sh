# A new pledge (the pledges list, F5): once its need is chosen, the
# need's category is proposed as the pledge's type while the type is
# empty, and the type's list (F4) opens on it, so Enter keeps it.  The
# clerk may still choose another.  Before, «نوع مشارکت» stayed empty and
# its list opened on its first item («توسعهٔ فضاهای انتظامی»), whatever
# the need was for.  80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture: TST-21 a need of public equipment"
field_of() { "$HAMYAR" --db "$DB" export pledges | tr -d '\r' | awk -F, -v d="$1" -v f="$2" '$2 == d { print $f }'; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 5
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'مشارکت: تازه')"; ok $? "F5: a new pledge"
scr_type 'TST-11'; scr_keys Tab; scr_settle
scr_type 'tst-۲۱'; scr_keys Tab; scr_settle
scr_cap | grep "$(vis 'نوع مشارکت')" | grep -qF "$(vis 'تجهیزات عمومی')"
ok $? "the need TST-21 chosen: its category proposed as the type"
scr_keys F4; scr_settle; scr_keys Enter; scr_settle
scr_cap | grep "$(vis 'نوع مشارکت')" | grep -qF "$(vis 'تجهیزات عمومی')"
ok $? "F4 opens the list on it: Enter keeps it"
scr_keys Tab; scr_type '۵۰۰۰۰۰۰'; scr_keys Tab; scr_settle
scr_keys F2; scr_wait "$(vis 'جست‌وجو:')"; ok $? "F2 saves"
is "$(field_of TST-11 4)" equipment "the pledge saved with the type equipment"

# the clerk chooses another: the first item, and a second need does not
# overwrite a type already there
scr_keys F5; scr_wait "$(vis 'مشارکت: تازه')" >/dev/null
scr_type 'TST-10'; scr_keys Tab; scr_settle
scr_type 'TST-21'; scr_keys Tab; scr_settle
scr_keys F4; scr_settle; scr_keys Up Enter; scr_settle
scr_cap | grep "$(vis 'نوع مشارکت')" | grep -qF "$(vis 'توسعهٔ فضاهای انتظامی')"
ok $? "another type chosen in the list"
scr_keys Tab; scr_type '7000000'; scr_keys Tab; scr_settle
scr_keys BTab BTab BTab; scr_keys C-u; scr_type 'TST-22'; scr_keys Tab; scr_settle
scr_cap | grep "$(vis 'نوع مشارکت')" | grep -qF "$(vis 'توسعهٔ فضاهای انتظامی')"
ok $? "another need: the type chosen is kept"
scr_keys F2; scr_wait "$(vis 'جست‌وجو:')"; ok $? "F2 saves"
is "$(field_of TST-10 4)" space "the pledge saved with the type chosen"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
