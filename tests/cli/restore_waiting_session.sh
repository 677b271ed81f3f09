# A session started while `restore` puts a backup back: restore holds
# LMDB's exclusive lock on lock.mdb from its check that nobody has the
# database open until the backup has its name, so the session waits.  But
# LMDB opens data.mdb before it waits for the lock: the session then read
# the file moved aside by the lock state of the backup and said the
# database was damaged (exit 3).  store_open now opens afresh a data.mdb
# replaced while it waited, and the session lists the backup's records.
# The restore is stopped under gdb while it checks its copy, and the
# session started then (2 checks fail before the store fix).
. "$HAMYAR_SRC/tests/lib.sh"
need_gdb

donors_db 1
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null; ok $? "a backup"
printf 'kind,name,national_id,county\nperson,علي‌اكبر كريمي‌نژاد,1361234563,MRD\n' >"$TMP/e.csv"
"$HAMYAR" --db "$D" import donors "$TMP/e.csv" >/dev/null; ok $? "a donor after it"

# at the breakpoint: the session started, and seen waiting for the lock
cat >"$TMP/session.sh" <<SH
"$HAMYAR" --db "$D" export donors >"$TMP/s.out" 2>"$TMP/s.err" &
echo \$! >"$TMP/s.pid"
i=0
while [ \$i -lt 200 ] && ! grep -q lk "/proc/\$!/wchan" 2>/dev/null; do sleep 0.05; i=\$((i + 1)); done
cat "/proc/\$!/wchan" >"$TMP/s.wchan" 2>/dev/null
SH
_gdb_at store_verify "sh '$TMP/session.sh'" --db "$D" restore "$TMP/b.mdb"
is "$rc" 0 "the restore ends well ($(cat "$TMP/err"))"
holds "$(cat "$TMP/s.wchan")" "lk" "the session waited for the lock meanwhile"
P=$(cat "$TMP/s.pid")
i=0
while [ $i -lt 200 ] && kill -0 "$P" 2>/dev/null; do sleep 0.05; i=$((i + 1)); done
is "$(cat "$TMP/s.err")" "" "the session that waited: no error"
holds "$(cat "$TMP/s.out")" "0012345679" "it lists the backup's donor"
case $(cat "$TMP/s.out") in *1361234563*) ok 1 "not the one added after it";; *) ok 0 "not the one added after it";; esac
"$HAMYAR" --db "$D" verify >/dev/null; ok $? "verify: consistent"
done_testing
