# The audit screen (F8) of a restored database shows the restore: who put
# the backup back, from which file, its station, and the name the old
# database is kept under (by its name alone: its folder is the
# database's, and the whole path cut its dated end at 80 columns).
# Before, restore wrote nothing in the log it brought back.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name "ایستگاه مرند" >/dev/null 2>&1; ok $? "init"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null; ok $? "a backup"
"$HAMYAR" --db "$DB" restore "$TMP/b.mdb" >/dev/null 2>&1; ok $? "restored"
aside=$(ls "$DB" | grep before-restore)

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys F8
scr_wait "$(vis 'پایگاه داده را از پشتیبان بازگرداند')"; ok $? "F8: «پایگاه داده را از پشتیبان بازگرداند»"
scr_cap | grep -F "$(vis 'از پشتیبان:')" | grep -qF "b.mdb"; ok $? "... from the backup b.mdb"
scr_cap | grep -F "$(vis 'ایستگاه پشتیبان:')" | grep -qF "MRD"; ok $? "... of station MRD"
scr_cap | grep -qF "$aside"; ok $? "... the old database kept as $aside, whole"
scr_keys F10
done_testing
