# The audit log screen (F8) over a log with an entry that cannot be read
# (its value garbled by a failing disk: tests/cli/damage.py), as `hamyar
# audit` does (tests/cli/audit_damaged.sh): the entry is named by its
# number and time, the entries after it are shown, and a note says how
# many could not be read and to run verify; F5 (one user's changes) still
# names it, whoever made it.  Before, the screen stopped at that entry and
# showed nothing but "the database is damaged".
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/station"
ME=$(id -un)
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1
printf 'kind,name,national_id,mobile,county\nperson,علي‌اكبر كريمي‌نژاد,۰۰۷۶۲۲۹۶۴۵,09141234567,MRD\nperson,زهرا موسوی‌پور,0012345679,۰۹۱۲۷۶۵۴۳۲۱,مرند\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a database with two donors"
"$HAMYAR" --db "$D" user add sara.k --role clerk --county MRD >/dev/null 2>&1; ok $? "and a clerk"
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy (a backup)"
is "$(damaged_copy "$TMP/b.mdb" "$TMP/c" data)" 1 "its first audit entry (the owner made admin) damaged"

BAD="$(vis 'خوانا نیست.')"
scr_start "$TMP/c"
scr_wait "$(vis 'منوی اصلی')"; ok $? "the program starts on the damaged copy"
scr_keys F8
scr_wait 'verify'; ok $? "F8: a note above the list says to run verify"
scr_cap | grep -qF "$(vis "۱ مدخل گزارش تغییرات خوانده نشد: 'hamyar verify' را اجرا کنید.")"; ok $? "... and how many entries could not be read"
scr_cap | grep -qF "sara.k"; ok $? "the clerk's creation, the last entry, is shown"
scr_keys Home
scr_wait "$BAD"; ok $? "Home: the first entry is said to be unreadable, the rest listed"
scr_settle
scr_cap | grep -qF "$(vis 'مدخل ۱ گزارش تغییرات (')"; ok $? "... named by its number, in Persian digits"
scr_cap | grep -F "$BAD" | grep -qF '۱۴۰'; ok $? "... and its time (a Jalali date)"
scr_cap | grep -qF "$(vis 'MRD-1')"; ok $? "the first donor's creation is shown after it"
scr_cap | grep -qF "MRD-2"; ok $? "... and the second's"
scr_cap | grep -qF "$(vis 'تغییرهای ۳۰ روز گذشته: ۳')"; ok $? "the heading counts the three readable changes"
scr_keys F5; scr_wait "$(vis 'نام کاربری')" >/dev/null
scr_type "$ME"; scr_keys Enter
scr_wait "$(vis "تغییرهای کاربر $ME: ۳")"; ok $? "F5 $ME: his three readable changes"
scr_keys Home; scr_settle
scr_cap | grep -qF "$BAD"; ok $? "... and the unreadable entry named, whoever made it"
scr_cap | grep -qF "sara.k"; ok $? "... sara.k's creation among them (by $ME)"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
