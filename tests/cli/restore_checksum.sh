# LMDB keeps no checksums: a backup altered on the stick (one digit of a
# stored national id changed) passed `verify` and was restored as sound.
# `backup FILE` now writes FILE.b2sum beside it (BLAKE2b-512, b2sum's
# format, so `b2sum -c` checks it too); `restore` checks it and refuses an
# altered backup, naming the checksum file and what to do; a backup with no
# checksum (an older version's) is restored with a warning; a checksum
# file that holds none is refused.  `hamyar --db FILE verify` checks the
# checksum too.  Before, every check of the checksum here failed.
. "$HAMYAR_SRC/tests/lib.sh"

donors_db
mkdir "$TMP/usb"
B="$TMP/usb/hamyar-1405-09-08.mdb"
"$HAMYAR" --db "$D" backup "$B" >"$TMP/out"; ok $? "a backup"
[ -s "$B.b2sum" ]; ok $? "its checksum beside it"
holds "$(cat "$TMP/out")" "چکیدهٔ وارسی آن در $B.b2sum نوشته شد" "and says so"
if command -v b2sum >/dev/null; then
	(cd "$TMP/usb" && b2sum -c hamyar-1405-09-08.mdb.b2sum >/dev/null 2>&1); ok $? "b2sum -c checks it"
fi
"$HAMYAR" --db "$B" verify >"$TMP/out" 2>"$TMP/err"; ok $? "verify of the backup file: sound"
is "$(cat "$TMP/err")" "" "... without a warning"

# one digit of Zahra's national id changed on the stick
cp "$B" "$TMP/usb/altered.mdb"; cp "$B.b2sum" "$TMP/usb/altered.mdb.b2sum"
python3 - "$TMP/usb/altered.mdb" <<'PY'
import sys
p = sys.argv[1]; d = bytearray(open(p, 'rb').read())
i = d.find(b'0012345679'); assert i >= 0
d[i + 9] = ord('8'); open(p, 'wb').write(d)
PY
ok $? "a digit of the backup changed"
"$HAMYAR" --db "$TMP/usb/altered.mdb" verify >/dev/null 2>&1; rc=$?
is "$rc" 1 "verify of the altered backup file: refused, the checksum does not match"
sum=$(cksum <"$D/data.mdb")
"$HAMYAR" --db "$D" restore "$TMP/usb/altered.mdb" >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: برگرداندن $TMP/usb/altered.mdb انجام نشد: پشتیبان پس از نوشته شدن تغییر کرده است (با چکیدهٔ وارسی‌اش در $TMP/usb/altered.mdb.b2sum نمی‌خواند)؛ چیزی تغییر نکرد. پشتیبان پیشین را برگردانید، یا رونوشتی از همین پشتیبان را از دیسک دیگری." \
    "restore of the altered backup: refused"
is "$(cksum <"$D/data.mdb")" "$sum" "the database is as it was"
ls -a "$D" | grep -q 'incomplete\|before-restore'; is $? 1 "nothing left in its folder"
"$HAMYAR" --lang en --db "$D" restore "$TMP/usb/altered.mdb" 2>"$TMP/err" >/dev/null
holds "$(cat "$TMP/err")" "the backup was changed after it was written (it does not match its checksum in $TMP/usb/altered.mdb.b2sum)" "in English"

# a checksum file that holds none
echo 'نه چکیده' >"$TMP/usb/altered.mdb.b2sum"
"$HAMYAR" --db "$D" restore "$TMP/usb/altered.mdb" >/dev/null 2>"$TMP/err"; rc=$?
is "$rc" 1 "a checksum file without a checksum: refused"
holds "$(cat "$TMP/err")" "پروندهٔ چکیدهٔ وارسی آن، $TMP/usb/altered.mdb.b2sum، چکیده‌ای (به قالب b2sum) در خود ندارد" "... naming it"

# an older version's backup: no checksum, a warning
cp "$B" "$TMP/usb/old.mdb"
"$HAMYAR" --db "$D" restore "$TMP/usb/old.mdb" >/dev/null 2>"$TMP/err"; ok $? "a backup without a checksum: restored"
holds "$(cat "$TMP/err")" "هشدار: کنار $TMP/usb/old.mdb چکیدهٔ وارسی نیست" "with a warning"
"$HAMYAR" --db "$TMP/usb/old.mdb" verify >/dev/null 2>"$TMP/err"; ok $? "verify of it: sound"
holds "$(cat "$TMP/err")" "هشدار: کنار $TMP/usb/old.mdb چکیدهٔ وارسی نیست" "with the warning"
# a database's own data.mdb is no backup to have a checksum
"$HAMYAR" --db "$D/data.mdb" verify >/dev/null 2>"$TMP/err"; ok $? "verify of a database's data.mdb: sound"
is "$(cat "$TMP/err")" "" "... and no warning of a missing checksum"
done_testing
