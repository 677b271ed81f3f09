# A backup named as another station's backup: two stations' administrators
# (or HQ, backing up several) sharing one stick and one habit of name,
# `backup /mnt/usb/hamyar.mdb`.  The backup of a new, empty database at
# station TBZ took the place of station MRD's backup of all its donors, in
# silence (exit 0), and MRD's last copy was gone.  It is now refused
# (exit 1), naming both stations, and the other backup kept as it was; a
# backup of the same station still takes the place of its earlier one.
. "$HAMYAR_SRC/tests/lib.sh"

donors_db
"$HAMYAR" --db "$D" backup "$TMP/hamyar.mdb" >/dev/null; ok $? "station MRD backs up"
sum=$(cksum <"$TMP/hamyar.mdb")

O="$TMP/other"
"$HAMYAR" --db "$O" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "a new database at TBZ"
"$HAMYAR" --db "$O" backup "$TMP/hamyar.mdb" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: پشتیبان‌گیری در $TMP/hamyar.mdb انجام نشد: آن پرونده پشتیبانِ پایگاه دادهٔ ایستگاه دیگری (MRD) است، نه این ایستگاه (TBZ)؛ چیزی نوشته نشد و آن پرونده دست نخورد. پشتیبان را به نام دیگری بگیرید، یا اگر آن پشتیبان لازم نیست نخست آن را پاک کنید." \
    "TBZ over MRD's backup: refused, both stations named"
is "$(cat "$TMP/out")" "" "nothing said done"
is "$(cksum <"$TMP/hamyar.mdb")" "$sum" "MRD's backup is kept as it was"
holds "$("$HAMYAR" --db "$TMP/hamyar.mdb" export donors)" "0012345679" "and still holds MRD's donors"
"$HAMYAR" --lang en --db "$O" backup "$TMP/hamyar.mdb" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: backup to $TMP/hamyar.mdb refused: that file is a backup of another station's database (MRD), not of this one (TBZ); nothing was written and it is kept. Back up under another name, or remove that file first if it is not needed." \
    "in English under --lang en"
ls -a "$TMP" | grep -q 'incomplete'; is $? 1 "no copy left beside it"

# the same station's earlier backup is still replaced
"$HAMYAR" --db "$O" backup "$TMP/tbz.mdb" >/dev/null; ok $? "TBZ backs up under its own name"
"$HAMYAR" --db "$O" backup "$TMP/tbz.mdb" >/dev/null; ok $? "and again, over its earlier backup"
"$HAMYAR" --db "$D" backup "$TMP/hamyar.mdb" >/dev/null; ok $? "MRD backs up again over its own"
done_testing
