# The users' list (main menu 9) at 40 columns, as the station's
# administrator reads it over SSH from a small window: each user's role
# beside his login and county.  The county's column, as wide as «ندارد؛
# باید تعیین شود», took the room the role needed, and the list showed
# logins and counties alone: «مدیر سامانه», «حسابرس», «کارشناس» were
# nowhere, the one thing the list is read for.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" user add ali --role clerk --county MRD >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" user add reza --role auditor >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" user add sara --role supervisor --county تبریز >/dev/null 2>&1
ok $? "a database with a clerk, an auditor and a supervisor"

row() { scr_cap | grep " $1\$"; }	# the list's row of login $1 (RTL: at its right)
SCR_SIZE=40x24 scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 9
scr_wait "$(vis 'نام کاربری')"; ok $? "40 columns: the users' list"
scr_wait ' sara' >/dev/null
holds "$(scr_cap | sed -n 3p)" "$(vis 'نقش')" "the role's column is headed"
holds "$(row ali)" "$(vis 'کارشناس')" "ali: clerk"
holds "$(row ali)" "$(vis 'مرند')" "... of Marand"
holds "$(row reza)" "$(vis 'حسابرس')" "reza: auditor"
holds "$(row reza)" "$(vis 'همهٔ شهرستان‌ها')" "... with every county, whole"
holds "$(row sara)" "$(vis 'سرپرست')" "sara: supervisor"
holds "$(row sara)" "$(vis 'تبریز')" "... of Tabriz"
holds "$(row root)" "$(vis 'مدیر سامانه')" "root: the administrator"
done_testing
