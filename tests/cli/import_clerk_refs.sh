# A Tabriz clerk imports pledges (as another real uid: nobody through
# setpriv; root only).  A row pledging Ahar's donor to a Tabriz need, or a
# Tabriz donor to Ahar's need, refers to another county's record: refused
# by its line and column, as the form refuses it, and without the record's
# name; the file is then not imported at all.  Before, both rows were
# stored (the store takes a pledge of either county from its clerk).  His
# own county's rows still import, and HQ's pledge from Ahar's donor to his
# need, given back with its references unchanged, is not refused.
. "$HAMYAR_SRC/tests/lib.sh"

if ! second_uid; then
	ok 0 "# SKIP needs root, setpriv and the nogroup group for a second uid"
	done_testing
	exit $?
fi
DB="$TMP/db"
for k in init units donors needs; do
	if [ $k = init ]; then
		"$HAMYAR" --db "$DB" init --station TST >/dev/null
	else
		"$HAMYAR" --db "$DB" import $k "$HAMYAR_SRC/tests/data/screens/$k.csv" >/dev/null
	fi || { ok 1 "fixture: $k"; done_testing; exit 1; }
done
printf 'donor,need,type,amount,pledged_on\nTST-12,TST-20,space,30000000,1403/05/01\n' >"$TMP/hq.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/hq.csv" >/dev/null; ok $? "HQ: Ahar's donor pledges to a Tabriz need (TST-24)"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county TBZ >/dev/null; ok $? "nobody is a Tabriz clerk"
as_clerk() { as_nobody "$BIN" --lang en --db "$DB" "$@"; }
count() { "$HAMYAR" --db "$DB" export pledges | tr -d '\r' | grep -c '^TST-'; }

printf 'donor,need,type,amount,pledged_on\n%s\n%s\n%s\n' \
    'TST-12,TST-20,space,۲۵۰۰۰۰۰۰,1403/05/03' \
    'TST-10,TST-22,space,5000000,1403/05/04' \
    'TST-11,TST-20,equipment,7000000,1403/05/04' >"$TMP/p.csv"
chmod 644 "$TMP/p.csv"
as_clerk import pledges "$TMP/p.csv" >/dev/null 2>"$TMP/err"; is $? 1 "rows of another county's donor and need: exit 1"
grep -q 'line 2, column 1 (donor): TST-12 is a record of another county' "$TMP/err"; ok $? "... line 2's donor (Ahar's) is named by its column"
grep -q 'line 3, column 2 (need): TST-22 is a record of another county' "$TMP/err"; ok $? "... line 3's need (Ahar's) too"
grep -q 'line 4' "$TMP/err"; is $? 1 "... line 4 (his county's donor and need) is not"
grep -qF 'قند' "$TMP/err"; is $? 1 "... and no Ahar record's name is given"
is "$(count)" 1 "nothing was imported (HQ's one pledge only)"
as_nobody "$BIN" --db "$DB" import pledges "$TMP/p.csv" >/dev/null 2>"$TMP/err"
grep -qF 'سطر 2، ستون 1 (donor): TST-12 پرونده‌ای از شهرستانی دیگر است' "$TMP/err"; ok $? "said in Persian too"

sed -i '2,3d' "$TMP/p.csv"
as_clerk import pledges "$TMP/p.csv" >/dev/null 2>"$TMP/err"; ok $? "his own county's row imports"
is "$(count)" 2 "... stored"
printf 'id,donor,need,amount\nTST-24,TST-12,TST-20,26000000\n' >"$TMP/u.csv"; chmod 644 "$TMP/u.csv"
as_clerk import pledges "$TMP/u.csv" >/dev/null 2>"$TMP/err"; ok $? "HQ's pledge, its references unchanged, takes his new amount"
"$HAMYAR" --db "$DB" export pledges | tr -d '\r' | grep -q '^TST-24,TST-12,TST-20,space,26000000,'; ok $? "... stored"
done_testing
