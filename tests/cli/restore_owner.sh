# Only the folder's owner (or root) puts a backup back: a clerk of the
# station's group, who may write the folder (2770), is refused (exit 1),
# told who does it and the command to ask for, and nothing in the folder
# changes.  (Before, `cp` by any member of the group replaced the
# database; before the verb, the refusal checks failed.)
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
if ! second_uid; then
	echo "ok 1 - # SKIP needs root, setpriv and the nogroup group for a second uid"
	echo "1..1"; exit 0
fi
"$HAMYAR" --db "$DB" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "a station database"
chgrp -R nogroup "$DB" && chmod 2770 "$DB" && chmod 660 "$DB"/*.mdb
"$HAMYAR" --db "$DB" user add nobody --role clerk --county MRD >/dev/null; ok $? "nobody, of its group, a clerk"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null; ok $? "a backup"
chmod 644 "$TMP/b.mdb"
files=$(ls -a "$DB"); sum=$(cksum <"$DB/data.mdb")
as_nobody "$BIN" --db "$DB" restore "$TMP/b.mdb" >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: برگرداندن $TMP/b.mdb انجام نشد: فقط مالک پوشهٔ $DB (یا root) می‌تواند پشتیبانی را در آن بگذارد؛ چیزی تغییر نکرد. از مدیر سامانهٔ ایستگاه بخواهید این را اجرا کند: hamyar --db $DB restore $TMP/b.mdb" \
    "the clerk is refused, told whom to ask and what"
is "$(ls -a "$DB") $(cksum <"$DB/data.mdb")" "$files $sum" "nothing changed in the folder"
"$HAMYAR" --db "$DB" restore "$TMP/b.mdb" >/dev/null 2>&1; ok $? "the owner restores it"
is "$(stat -c '%a %G' "$DB/data.mdb")" "660 nogroup" "data.mdb the group's, as before"
as_nobody "$BIN" --db "$DB" export donors >/dev/null; ok $? "and the clerk opens it"
done_testing
