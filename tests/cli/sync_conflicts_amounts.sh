# `sync conflicts` writes an amount of money grouped by threes, as
# `report`, `match` and `rank --explain` write their figures: in Persian
# in Persian digits with ٬ (۴۰۰٬۰۰۰٬۰۰۰), under --lang en or for a user
# who chose ASCII digits in ASCII with commas (400,000,000).  Before, it
# gave the stored digits, `mine="400000000"`, where a zero more or less
# is not seen.  HQ raised a pledge of «زهرا نوروزی‌فر» to 400,000,000 and
# the need's cost, TBZ lowered the pledge to 45,000,000 and retyped the
# need's title (with an Arabic ي) and cost.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/sync.inc"
"$HAMYAR" --db "$Q" sync trust TBZ "$(key "$T")" >/dev/null
"$HAMYAR" --db "$T" sync trust HQ "$(key "$Q")" >/dev/null
printf 'id,kind,name,county\nTBZ-1,post,پاسگاه انتظامي تبریز ۳,TBZ\n' >"$TMP/u.csv"
printf 'id,kind,name,county\nTBZ-2,person,زهرا نوروزی‌فر,TBZ\n' >"$TMP/d.csv"
printf 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTBZ-10,TBZ-1,space,تعمیر سقف پاسگاه,100000000,4,3,1405/07/01,identified\n' >"$TMP/n.csv"
printf 'id,donor,need,type,amount,pledged_on,status\nTBZ-20,TBZ-2,TBZ-10,space,40000000,1405/07/10,pledged\n' >"$TMP/p.csv"
"$HAMYAR" --db "$T" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import needs "$TMP/n.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import pledges "$TMP/p.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a need and its pledge made at TBZ reach HQ"
printf 'id,amount\nTBZ-20,400000000\n' >"$TMP/a1.csv"
printf 'id,estimated_cost\nTBZ-10,1250000000\n' >"$TMP/c1.csv"
printf 'id,amount\nTBZ-20,۴۵۰۰۰۰۰۰\n' >"$TMP/a2.csv"
printf 'id,estimated_cost,title\nTBZ-10,980000000,تعمیر سقف پاسگاه و نصب دوربين‌ها\n' >"$TMP/c2.csv"
"$HAMYAR" --db "$Q" import pledges "$TMP/a1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import needs "$TMP/c1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import pledges "$TMP/a2.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import needs "$TMP/c2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both changed the pledge's amount and the need's cost; TBZ's bundle at HQ"

"$HAMYAR" --db "$Q" sync conflicts >"$TMP/fa"; ok $? "sync conflicts in Persian"
grep -qF '  مبلغ (ریال) (amount): ما=«۴۰۰٬۰۰۰٬۰۰۰» آن‌ها=«۴۵٬۰۰۰٬۰۰۰» ' "$TMP/fa"
ok $? "fa: the pledge's amounts in Persian digits grouped with ٬"
grep -qF '  هزینهٔ برآوردی (ریال) (estimated_cost): ما=«۱٬۲۵۰٬۰۰۰٬۰۰۰» آن‌ها=«۹۸۰٬۰۰۰٬۰۰۰» ' "$TMP/fa"
ok $? "fa: the need's estimated cost too"
grep -qF '  عنوان (title): ما=«تعمیر سقف پاسگاه» آن‌ها=«تعمیر سقف پاسگاه و نصب دوربین‌ها» ' "$TMP/fa"
ok $? "fa: a title is not an amount: as typed (its ي stored as ی)"

"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/en"; ok $? "sync conflicts --lang en"
grep -qxF '  amount: mine="400,000,000" theirs="45,000,000" changed=both' "$TMP/en"
ok $? "en: ASCII digits grouped with commas"
grep -qxF '  estimated_cost: mine="1,250,000,000" theirs="980,000,000" changed=both' "$TMP/en"
ok $? "en: the cost too"

PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
"$PUT" "$Q" --setting "user.$(id -un).digits" ascii; ok $? "digits: ascii"
"$HAMYAR" --db "$Q" sync conflicts >"$TMP/fa_ascii"; ok $? "sync conflicts in Persian, ASCII digits chosen"
grep -qF '  مبلغ (ریال) (amount): ما=«400,000,000» آن‌ها=«45,000,000» ' "$TMP/fa_ascii"
ok $? "... ASCII digits grouped with commas"
done_testing
