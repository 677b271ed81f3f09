# A backup put back as the README says (`cp` as root: data.mdb gets the
# backup's 0640 or the umask's 0644): a clerk of the station's group cannot
# write it until the files' owner opens the database once.  He is told
# that, and what to ask for; before, he was told to have his account added
# to the group (it is in it), which nobody could act on.  A uid outside the
# group is still told about the group.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
if ! second_uid; then
	echo "ok 1 - # SKIP needs root, setpriv and the nogroup group for a second uid"
	echo "1..1"; exit 0
fi
"$HAMYAR" --db "$DB" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "a station database"
chgrp -R nogroup "$DB" && chmod 2770 "$DB" && chmod 660 "$DB"/*.mdb
"$HAMYAR" --db "$DB" user add nobody --role clerk --county MRD >/dev/null; ok $? "nobody, of its group, a clerk"
printf 'kind,name,national_id,county\nperson,علي‌اكبر كريمي‌نژاد,۰۰۷۶۲۲۹۶۴۵,MRD\n' >"$TMP/d.csv"
as_nobody "$BIN" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "the clerk can write"

# the backup put back
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null; ok $? "a backup"
rm -f "$DB/data.mdb" "$DB/lock.mdb"
(umask 022; cp "$TMP/b.mdb" "$DB/data.mdb")
[ $(( 0$(stat -c %a "$DB/data.mdb") & 020 )) -eq 0 ]; ok $? "put back with cp ($(stat -c %a "$DB/data.mdb")): the group may not write"
printf 'kind,name,national_id,county\nperson,زهرا حسيني,٠٠١٢٣٤٥٦٧٩,MRD\n' >"$TMP/e.csv"
as_nobody "$BIN" --db "$DB" import donors "$TMP/e.csv" >/dev/null 2>"$TMP/err"; is $? 3 "the clerk's write fails (storage)"
grep -qF 'حساب شما در گروه ایستگاه (nogroup) هست' "$TMP/err"; ok $? "saying his account is in the group: $(cat "$TMP/err")"
grep -qF 'verify' "$TMP/err"; ok $? "... and what the administrator runs"
grep -qF 'را به این گروه بیفزاید' "$TMP/err"; is $? 1 "... not to have it added to the group"
# what he is told to ask for works
"$HAMYAR" --db "$DB" verify >/dev/null; ok $? "the owner runs verify"
as_nobody "$BIN" --db "$DB" import donors "$TMP/e.csv" >/dev/null; ok $? "then the clerk can write again"

# outside the group: the group is still what he is told about
chgrp -R root "$DB"
as_nobody "$BIN" --db "$DB" export donors >/dev/null 2>"$TMP/err"; is $? 3 "a uid outside the group cannot open it"
grep -qF 'گروه ایستگاه' "$TMP/err" && ! grep -qF 'حساب شما در گروه' "$TMP/err"; ok $? "... and is told of the group it lacks"
done_testing
