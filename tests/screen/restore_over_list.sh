# A backup copied over data.mdb in place (cp backup data.mdb) while a
# session is open: the store refuses that session's reads (the file is not
# the one it opened), but a list showed the refusal as an empty table,
# «هنوز رکوردی نیست: F5 رکورد تازه می‌سازد» (no records yet: F5 makes one),
# and a search «چیزی یافت نشد», so the clerk or the administrator took the
# donors for lost and started typing them again.  Now the list says the
# database's file was replaced and to start the program again, and claims
# no empty table.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/station"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1
printf 'kind,name,national_id,mobile,county\nperson,علي‌اكبر كريمي‌نژاد,۰۰۷۶۲۲۹۶۴۵,09141234567,MRD\nperson,زهرا موسوی‌پور,0012345679,۰۹۱۲۷۶۵۴۳۲۱,مرند\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a database with two donors"
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a backup"

scr_start "$D"
scr_wait "$(vis 'منوی اصلی')"; ok $? "the program starts"
scr_keys 1
scr_wait "$(vis 'زهرا موسوی‌پور')"; ok $? "the donor list shows the donors"
scr_keys F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null
cp "$TMP/b.mdb" "$D/data.mdb"; ok $? "the backup is copied over data.mdb in place"
scr_keys 1
scr_wait "$(vis 'فهرست خوانده نشد')"; ok $? "the list says it could not be read"
scr_cap | grep -qF "$(vis 'پروندهٔ پایگاه داده')"; ok $? "... as the database's file was replaced"
scr_cap | grep -qF "$(vis 'از برنامه بیرون بروید')"; ok $? "... and to quit and start the program again"
scr_cap | grep -qF "$(vis 'هنوز رکوردی نیست')"; is $? 1 "no 'no records yet'"
scr_type 'زهرا'
scr_settle
scr_cap | grep -qF "$(vis 'چیزی یافت نشد')"; is $? 1 "a search says no 'nothing found'"
scr_cap | grep -qF "$(vis 'فهرست خوانده نشد')"; ok $? "... but the same refusal"
scr_keys Escape F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null
# the dashboard and the audit screen say it whole, wrapped at 80 columns:
# its end, what to do, was cut with «…»
scr_keys 0
scr_wait "$(vis 'خواندن پایگاه داده ممکن نشد')"; ok $? "the dashboard says it could not read the database"
scr_cap | grep -qF "$(vis 'دوباره باز کنید')"; ok $? "... and, wrapped, to close the program and open it again"
scr_keys F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F8
scr_wait "$(vis 'جایگزین شده است')"; ok $? "the audit screen says the file was replaced"
scr_cap | grep -qF "$(vis 'دوباره باز کنید')"; ok $? "... and, wrapped, what to do"
scr_keys F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10
scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends"
done_testing
