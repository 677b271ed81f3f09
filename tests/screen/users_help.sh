# The users' list is searched by login name: its F1 help says so, and a
# Latin search that finds nothing gets no reading of its keys on the
# Persian keyboard (logins are Latin).  Before, the help was the one of
# pledges and payments («Type a record's id (TBZ-12) ... a pledge's donor
# or need»), and «xq» was answered with its Persian keys («ذص»).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station USH >/dev/null; ok $? "a database"
"$HAMYAR" --db "$DB" user add ali.karimi --role clerk --county تبریز >/dev/null; ok $? "a clerk ali.karimi"
HINT="$(vis 'با صفحه‌کلید فارسی')"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys 9; scr_wait "$(vis 'نام کاربری')"
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null
scr_cap | grep -qF "$(vis 'نام کاربری یا بخشی از آن را برای یافتن حساب تایپ کنید.')"; ok $? "the help: search by login name"
scr_cap | grep -qF 'TBZ-12'; is $? 1 "... not by a record id like TBZ-12"
scr_keys Enter; scr_gone '┌' >/dev/null
scr_type 'karimi'; scr_wait 'ali.karimi'; ok $? "a part of a login finds the account"
scr_keys C-u; scr_type 'xq'; scr_wait "$(vis 'چیزی یافت نشد')"; ok $? "xq: nothing found"
scr_cap | grep -qF "$HINT"; is $? 1 "... and no Persian reading of the keys"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"

# The donors' list keeps its hint: a name typed with the keyboard left in Latin.
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')"
scr_type 'xq'; scr_wait "$HINT"; ok $? "donors: xq gets the Persian reading, as before"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
