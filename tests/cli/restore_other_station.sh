# Restoring another station's backup over a station's database: TBZ's
# administrator takes MRD's backup from a stick the two share.  `restore`
# refuses it (exit 1), naming both stations and the flag that says he means
# it, and nothing in TBZ's folder changes; with --other-station it is done,
# TBZ's database kept aside.  (Before, `cp` did it without a word; before
# the verb, every check here failed.)
. "$HAMYAR_SRC/tests/lib.sh"

donors_db
"$HAMYAR" --db "$D" backup "$TMP/hamyar.mdb" >/dev/null; ok $? "station MRD backs up"
O="$TMP/tabriz"
"$HAMYAR" --db "$O" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "station TBZ"
printf 'kind,name,national_id,county\nperson,نرگس امینی‌پور,0451234561,TBZ\n' >"$TMP/t.csv"
"$HAMYAR" --db "$O" import donors "$TMP/t.csv" >/dev/null; ok $? "a donor at TBZ"
sum=$(cksum <"$O/data.mdb"); files=$(ls -a "$O")

"$HAMYAR" --db "$O" restore "$TMP/hamyar.mdb" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: برگرداندن $TMP/hamyar.mdb انجام نشد: آن پشتیبانِ ایستگاه MRD است و پایگاه دادهٔ $O از آنِ ایستگاه TBZ است؛ چیزی تغییر نکرد. اگر به‌راستی می‌خواهید پشتیبانِ آن ایستگاه جای این پایگاه داده را بگیرد، --other-station را بیفزایید." \
    "refused, both stations and the flag named"
is "$(cksum <"$O/data.mdb")" "$sum" "TBZ's database is as it was"
is "$(ls -a "$O")" "$files" "nothing added to its folder"
"$HAMYAR" --lang en --db "$O" restore "$TMP/hamyar.mdb" 2>"$TMP/err" >/dev/null; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: restore from $TMP/hamyar.mdb refused: it is a backup of station MRD, and the database in $O is station TBZ's; nothing was changed. To put the other station's backup in its place all the same, add --other-station." \
    "in English under --lang en"

"$HAMYAR" --db "$O" restore "$TMP/hamyar.mdb" --other-station >/dev/null 2>&1; ok $? "with --other-station: restored"
holds "$("$HAMYAR" --db "$O" export donors)" "0012345679" "the folder now holds MRD's donors"
set -- "$O"/data.mdb.before-restore-*
holds "$("$HAMYAR" --db "$1" export donors)" "0451234561" "TBZ's database kept aside"
"$HAMYAR" --db "$D" restore "$TMP/hamyar.mdb" >/dev/null 2>&1; ok $? "MRD's own backup back at MRD needs no flag"
done_testing
