# The rules of a need's status and of a pledge's status hold wherever the
# data is written, not only in the TUI screen that shows them: a clerk's
# import may not approve a need, skip a step or record a need already
# approved (each row named by line and column, nothing written); the admin
# still records history at any status.  import of payments moves the
# pledge's status (pledged, partial, fulfilled), and a pledge imported with
# no status is pledged.  The clerk is another real uid, through setpriv
# (root only), as in exchange_access.sh.
. "$HAMYAR_SRC/tests/lib.sh"

DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null 2>&1; ok $? "init"
printf 'kind,name,county\nstation,کلانتری ۱۱ تبریز,TBZ\n' >"$TMP/u.csv"
printf 'kind,name,county\nperson,علی‌رضا کریمی,TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null 2>&1 &&
    "$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a unit (TBZ-1) and a donor (TBZ-2)"

# The admin (the database's owner) imports history: needs already approved,
# done, rejected.
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTBZ-1,space,بازسازی ساختمان,1000,5,5,1400/01/01,done\nTBZ-1,space,نمازخانه,1000,5,5,1403/01/01,assessed\nTBZ-1,equipment,دوربین,1000,4,4,1403/01/01,approved\n' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null 2>"$TMP/err"; ok $? "the admin imports needs done, assessed and approved (TBZ-3..5)"

# ---- pledges and payments (as the admin) ----
printf 'donor,need,type,amount,pledged_on\nTBZ-2,TBZ-5,equipment,1000,1403/02/01\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null 2>&1; ok $? "a pledge of 1000 with no status column (TBZ-6)"
# the column named status, wherever it is
col() { tr -d '\r' | sed '1s/^\xef\xbb\xbf//' | awk -F, -v id="$1" -v c="$2" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == c) k = i } $1 == id { print $k }'; }
pstatus() { "$HAMYAR" --db "$DB" export pledges | col TBZ-6 status; }
is "$(pstatus)" pledged "... it is pledged"
printf 'pledge,paid_on,amount,receipt\nTBZ-6,1403/02/10,400,R1\n' >"$TMP/y1.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/y1.csv" >/dev/null 2>&1; ok $? "a payment of 400"
is "$(pstatus)" partial "... the pledge is partial"
printf 'pledge,paid_on,amount,receipt\nTBZ-6,1403/02/20,600,R2\n' >"$TMP/y2.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/y2.csv" >/dev/null 2>&1; ok $? "a payment of 600"
is "$(pstatus)" fulfilled "... the pledge is fulfilled"
printf 'id,status\nTBZ-6,cancelled\n' >"$TMP/pc.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/pc.csv" >/dev/null 2>&1; ok $? "the pledge cancelled"
printf 'pledge,paid_on,amount,receipt\nTBZ-6,1403/02/25,1,R3\n' >"$TMP/y3.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/y3.csv" >/dev/null 2>&1
is "$(pstatus)" cancelled "... a payment after that leaves it cancelled"

# ---- a clerk's import ----
if ! second_uid; then
	ok 0 "# SKIP needs root, setpriv and the nogroup group for a second uid"
	done_testing
	exit $?
fi
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county TBZ >/dev/null; ok $? "nobody is a Tabriz clerk"
nstatus() { "$HAMYAR" --db "$DB" export needs | col "$1" status; }

printf 'id,status\nTBZ-4,approved\n' >"$TMP/a.csv"; chmod 644 "$TMP/a.csv"
as_nobody "$BIN" --db "$DB" import needs "$TMP/a.csv" >/dev/null 2>"$TMP/err"
is $? 1 "a clerk approving an assessed need by import: exit 1"
grep -q 'a.csv: سطر 2، ستون 2 (status): تغییر وضعیت نیاز از «ارزیابی‌شده» به «تصویب‌شده» فقط کار سرپرست، ستاد استان یا مدیر سامانه است.' "$TMP/err"
ok $? "... the row is named by line and column, with the step and who may take it"
tail -n 1 "$TMP/err" | grep -q 'هیچ چیز وارد نشد'; ok $? "... and nothing was imported"
is "$(nstatus TBZ-4)" assessed "... the need is still assessed"

printf 'id,status\nTBZ-5,done\n' >"$TMP/s.csv"; chmod 644 "$TMP/s.csv"
as_nobody "$BIN" --lang en --db "$DB" import needs "$TMP/s.csv" >/dev/null 2>"$TMP/err"
is $? 1 "a clerk skipping a step (approved to done): exit 1"
grep -q "s.csv: line 2, column 2 (status): A need's status does not go from “Approved” to “Done”; its next step: “In progress” or “Rejected”." "$TMP/err"
ok $? "... the step is named, and where the need may go"
as_nobody "$BIN" --db "$DB" import needs "$TMP/s.csv" >/dev/null 2>"$TMP/err"
grep -q "گام بعدش: «در حال اجرا» یا «ردشده»." "$TMP/err"; ok $? "... in Persian with Persian quotes"
grep -q "[“”]" "$TMP/err"; r=$?; [ $r -ne 0 ]; ok $? "... and no English quote"
[ $r -ne 0 ] || sed 's/^/# /' "$TMP/err"
is "$(nstatus TBZ-5)" approved "... the need is still approved"

printf 'unit,category,title,urgency,impact,identified_on,status\nTBZ-1,space,پاسگاه,5,5,1403/01/01,identified\nTBZ-1,space,آشپزخانه,5,5,1403/01/01,approved\n' >"$TMP/new.csv"; chmod 644 "$TMP/new.csv"
as_nobody "$BIN" --db "$DB" import needs "$TMP/new.csv" >/dev/null 2>"$TMP/err"
is $? 1 "a clerk recording a new need already approved: exit 1"
grep -q 'new.csv: سطر 3، ستون 7 (status): فقط سرپرست، ستاد استان یا مدیر سامانه می‌تواند نیاز تازه را با وضعیت «تصویب‌شده» ثبت کند؛ آن را «شناسایی‌شده» ثبت کنید.' "$TMP/err"
ok $? "... the row is named, with who may"
grep -q 'سطر 2' "$TMP/err"; is $? 1 "... the identified one is not at fault"
"$HAMYAR" --db "$DB" export needs | grep -q 'پاسگاه'; is $? 1 "... and neither was written"

printf 'id,status\nTBZ-5,in_progress\n' >"$TMP/ok.csv"; chmod 644 "$TMP/ok.csv"
as_nobody "$BIN" --db "$DB" import needs "$TMP/ok.csv" >/dev/null 2>"$TMP/err"; ok $? "the clerk's own step (approved to in progress) imports"
is "$(nstatus TBZ-5)" in_progress "... and is stored"

"$HAMYAR" --db "$DB" user add nobody --role supervisor --county TBZ >/dev/null; ok $? "nobody is made a Tabriz supervisor"
as_nobody "$BIN" --db "$DB" import needs "$TMP/a.csv" >/dev/null 2>"$TMP/err"; ok $? "a supervisor approves by import"
is "$(nstatus TBZ-4)" approved "... the need is approved"
done_testing
