# A backup put back, as the README says (data.mdb and lock.mdb moved aside,
# the backup copied in), while a clerk's session was still open: his next
# save is refused, saying the database's file was replaced and to start the
# program again, and the form stays open with what he typed.  Before, F2
# said "saved" with the new id, but LMDB had written the donor into the
# file moved aside: he was in neither database.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" TST; ok $? "first start opens the main menu"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a backup is taken"
# the administrator restores it, forgetting the clerk's session
mkdir "$TMP/damaged"
mv "$DB/data.mdb" "$DB/lock.mdb" "$TMP/damaged/" && cp "$TMP/b.mdb" "$DB/data.mdb"
ok $? "the backup is put back as the README says"

scr_keys Enter					# 1. donors
scr_wait "$(vis 'هنوز رکوردی نیست: F5 رکورد تازه می‌سازد.')"; ok $? "the donor list"
scr_keys F5
scr_wait "$(vis 'کد ملی:')"; ok $? "F5 opens a new donor form"
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')"; scr_keys Enter	# kind: person
scr_keys Tab; scr_type 'مریم كاظمی‌فر'; scr_keys Tab		# Arabic kaf typed
scr_type '۰۰۱۲۳۴۵۶۷۹'; scr_keys Tab
scr_keys Tab Tab Tab F4
scr_wait "$(vis 'تبریز')"
scr_type 'ت'; scr_keys Enter
scr_keys F2
scr_wait "$(vis 'جایگزین شده است')"; ok $? "F2 says the database's file was replaced"
scr_cap | grep -qF "$(vis 'ذخیره نشد')"; ok $? "and that it was not saved"
scr_cap | grep -qF 'TST-1'; is $? 1 "no id is given"
scr_cap | grep -qF "$(vis 'مریم کاظمی‌فر')"; ok $? "the form is still open with the name typed"
is "$("$HAMYAR" --db "$DB" export donors | grep -c 'کاظمی')" 0 "the donor is not in the restored database"
is "$("$HAMYAR" --db "$TMP/damaged" export donors | grep -c 'کاظمی')" 0 "nor in the file moved aside"
done_testing
