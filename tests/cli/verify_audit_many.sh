# A record changed some three hundred times: its entries in the audit
# log's index by record outgrow the index's node and LMDB keeps them in a
# sub-database of their own, whose pages (P_LEAF2) hold the values packed
# after the header.  verify's probe of each table (store/verify.c,
# page_kind) must take such a page as sound: read as an ordinary leaf,
# whose nodes lie after its free space, it named the index damaged
# («صفحه‌ای از پایگاه داده خوانده نمی‌شود: نمایهٔ گزارش تغییرات ...»,
# exit 1) on a sound database.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/d"
"$HAMYAR" --db "$D" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "init"
printf 'kind,name,national_id,mobile,county\nperson,زهرا موسوی‌پور,0012345679,۰۹۱۲۷۶۵۴۳۲۱,تبریز\n' >"$TMP/one.csv"
"$HAMYAR" --db "$D" import donors "$TMP/one.csv" >/dev/null 2>&1; ok $? "a donor"
i=1; failed=0
while [ "$i" -le 300 ]; do
	printf 'id,kind,name,national_id,mobile,county\nTBZ-1,person,زهرا موسوی‌پور,0012345679,0912%07d,TBZ\n' "$i" >"$TMP/up.csv"
	"$HAMYAR" --db "$D" import donors "$TMP/up.csv" >/dev/null 2>&1 || failed=$((failed + 1))
	i=$((i + 1))
done
is "$failed" 0 "her mobile changed 300 times"
[ "$("$HAMYAR" --db "$D" audit --id TBZ-1 | grep -c '^[0-9۰۱۲۳۴۵۶۷۸۹]')" -gt 300 ]; ok $? "... each in the audit log"
"$HAMYAR" --db "$D" verify >"$TMP/out" 2>"$TMP/err"
is "$? $(cat "$TMP/out")" "0 پایگاه داده سالم و یکپارچه است." "verify: the database is consistent"
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "its backup is made (checked as verify checks)"
"$HAMYAR" --db "$TMP/b.mdb" verify >/dev/null 2>&1; ok $? "... and verify of the backup says it is sound"
done_testing
