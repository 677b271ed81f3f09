# The same hand-made CSV (rows without ids, no national id) imported twice,
# saved again in between with a row added at its end (so not refused as the
# same file, by the digest of its bytes or of its content): the second
# import is refused whole, each row named by its line and the record it
# repeats, and the database is left as it was; --allow-repeats
# imports such rows anyway.  Rows that repeat each other inside one file
# (two equal payments of one day) are accepted, a row that differs in one
# field is accepted, and a row that equals a stored record only once
# normalised (Arabic ي/ك, Persian digits, a county by its name) is a repeat
# on the file's first import.  A pledge's status, worked out from its
# payments, does not count.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"

# the id of the record on row N (1: the first) of KIND's export
id_of() { "$HAMYAR" --db "$D" export "$1" | tr -d '\r' | awk -F, -v n="$2" 'NR == n + 1 { print $1 }'; }
snapshot() { "$HAMYAR" --db "$D" export all --format json --out "$1" >/dev/null 2>&1; }
# imports KIND FILE [OPTION]; the exit status into $r, stderr into $TMP/err
import() { "$HAMYAR" --db "$D" import "$@" >"$TMP/out" 2>"$TMP/err"; r=$?; }

cat >"$TMP/units.csv" <<'CSV'
نوع,نام,شهرستان,نشانی
station,کلانتری ۱۲ تبریز,تبریز,خیابان امام‌خمینی، کوچهٔ ۵
post,پاسگاه باسمنج,TBZ,
CSV
import units "$TMP/units.csv"; ok $r "units imported"
U1=$(id_of units 1) U2=$(id_of units 2)
cat >"$TMP/donors.csv" <<'CSV'
نام,نوع,شهرستان,تلفن همراه
علی‌رضا کریمی,person,TBZ,۰۹۱۴۱۲۳۴۵۶۷
فاطمه نوری‌زاده,person,مرند,
CSV
import donors "$TMP/donors.csv"; ok $r "donors without a national id imported"
D1=$(id_of donors 1)
cat >"$TMP/needs.csv" <<CSV
unit,category,title,estimated_cost,urgency,impact,identified_on,status
$U1,equipment,خودروی گشت شبانه,"۱٬۸۰۰٬۰۰۰٬۰۰۰",4,5,۱۴۰۳/۰۱/۱۵,identified
CSV
import needs "$TMP/needs.csv"; ok $r "needs imported"
N1=$(id_of needs 1)
cat >"$TMP/pledges.csv" <<CSV
donor,need,type,amount,pledged_on,status
$D1,$N1,costs,500000000,1403/02/01,pledged
CSV
import pledges "$TMP/pledges.csv"; ok $r "pledges imported"
P1=$(id_of pledges 1)
# two equal payments of one day in one file: both kept
cat >"$TMP/payments.csv" <<CSV
pledge,paid_on,amount,receipt
$P1,۱۴۰۳/۰۲/۲۰,100000000,
$P1,۱۴۰۳/۰۲/۲۰,100000000,
CSV
import payments "$TMP/payments.csv"; ok $r "two equal rows of one file are both imported"
is "$("$HAMYAR" --db "$D" export payments | grep -c "^TBZ-")" 2 "two payments stored"
Y1=$(id_of payments 1) Y2=$(id_of payments 2)
is "$("$HAMYAR" --db "$D" export pledges | tr -d '\r' | awk -F, 'NR == 2 { print $(NF - 1) }')" "partial" \
    "the pledge's status follows its payments (partial)"

# Every sheet saved again (CRLF line ends: not the same bytes) with a new
# row added at its end (not the same content either; the same file, or its
# rows alone saved again, is refused as a whole: see import_file_repeat.sh
# and import_content_repeat.sh) and imported again: refused whole, every
# row named with the record it repeats; the database as it was.
for f in units donors needs pledges payments; do sed 's/$/\r/' "$TMP/$f.csv" >"$TMP/$f-again.csv"; done
printf 'post,پاسگاه سردرود,TBZ,\r\n' >>"$TMP/units-again.csv"
printf 'زهرا احمدی‌نژاد,person,TBZ,\r\n' >>"$TMP/donors-again.csv"
printf '%s,space,تعمیر سقف پاسگاه,"250,000,000",3,3,1403/01/20,identified\r\n' "$U2" >>"$TMP/needs-again.csv"
printf '%s,%s,costs,100000000,1403/02/05,pledged\r\n' "$D1" "$N1" >>"$TMP/pledges-again.csv"
printf '%s,1403/02/25,50000000,\r\n' "$P1" >>"$TMP/payments-again.csv"
snapshot "$TMP/before.json"
import units "$TMP/units-again.csv"
is "$r" 1 "units again: refused (exit 1)"
holds "$(cat "$TMP/err")" "سطر 2: همان رکورد $U1 است که از پیش در پایگاه داده هست" "units again: line 2 names $U1 (Persian)"
holds "$(cat "$TMP/err")" "سطر 3: همان رکورد $U2 است" "units again: line 3 names $U2"
holds "$(cat "$TMP/err")" "--allow-repeats" "units again: the option is named"
"$HAMYAR" --lang en --db "$D" import units "$TMP/units-again.csv" >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "units-again.csv: line 2: the same as record $U1 already in the database (was this file imported before?)" \
    "units again: the English message"
import donors "$TMP/donors-again.csv"
is "$r" 1 "donors without a national id again: refused"
is "$(grep -c 'همان رکورد' "$TMP/err")" 2 "donors again: both rows named"
import needs "$TMP/needs-again.csv"
holds "$r $(cat "$TMP/err")" "1 " "needs again: refused"
holds "$(cat "$TMP/err")" "سطر 2: همان رکورد $N1 است" "needs again: line 2 names $N1"
import pledges "$TMP/pledges-again.csv"
is "$r" 1 "pledges again: refused, though the stored one's status is now partial"
holds "$(cat "$TMP/err")" "سطر 2: همان رکورد $P1 است" "pledges again: line 2 names $P1"
import payments "$TMP/payments-again.csv"
is "$r" 1 "payments again: refused"
holds "$(cat "$TMP/err")" "سطر 2: همان رکورد $Y1 است" "payments again: line 2 names $Y1"
holds "$(cat "$TMP/err")" "سطر 3: همان رکورد $Y2 است" "payments again: line 3 names $Y2"
import payments "$TMP/payments-again.csv" --dry-run
is "$r" 1 "payments again, --dry-run: refused too"
snapshot "$TMP/after.json"
cmp -s "$TMP/before.json" "$TMP/after.json"; ok $? "the refused imports changed nothing (export before and after identical)"

# A row that differs in one field is a new record.
cat >"$TMP/units2.csv" <<'CSV'
نوع,نام,شهرستان,نشانی
station,کلانتری ۱۲ تبریز,تبریز,خیابان امام‌خمینی، کوچهٔ ۶
CSV
import units "$TMP/units2.csv"
is "$r" 0 "a row differing in one field (the address) is imported"
is "$("$HAMYAR" --db "$D" export units | grep -c "^TBZ-")" 3 "three units stored"

# --allow-repeats: the real twin.
import payments "$TMP/payments.csv" --allow-repeats
is "$r" 0 "--allow-repeats imports the repeated payments"
is "$("$HAMYAR" --db "$D" export payments | grep -c "^TBZ-")" 4 "four payments stored"

# A file never imported whose values equal a stored record only once
# normalised: Arabic yeh and kaf, Persian digits, the county by its code.
cat >"$TMP/units3.csv" <<'CSV'
kind,name,county,address
post,پاسگاه باسمنج,تبریز,
station,كلانتري ۱۲ تبريز,TBZ,خيابان امام‌خميني، كوچهٔ 5
CSV
import units "$TMP/units3.csv"
is "$r" 1 "a first import whose rows equal stored units once normalised: refused"
holds "$(cat "$TMP/err")" "سطر 2: همان رکورد $U2 است" "line 2 names $U2 (county by its name)"
holds "$(cat "$TMP/err")" "سطر 3: همان رکورد $U1 است" "line 3 names $U1 (ي and ك typed, other digits)"
cat >"$TMP/donors2.csv" <<'CSV'
name,kind,county,mobile
علي‌رضا كريمي,person,تبریز,09141234567
CSV
import donors "$TMP/donors2.csv"
holds "$r $(cat "$TMP/err")" "1 " "a donor typed with Arabic ي/ك: refused"
holds "$(cat "$TMP/err")" "همان رکورد $D1 است" "it names $D1"
done_testing
