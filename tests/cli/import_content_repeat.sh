# A file imported again after a spreadsheet program opened and saved it
# (other bytes: CRLF row ends, a BOM, every cell quoted, a mobile and a
# national id without their leading zeros, amounts grouped by threes,
# Persian digits made ASCII) and after some of its records were edited (a
# need approved, a need's cost and a pledge's amount corrected, a donor's
# address given): the digest of its bytes did not know it, and the edited
# rows, no longer equal to their records, came in a second time (or the
# import was refused by the rows left unedited, each named as a repeat).
# The station also keeps the digest of the file's content (its rows' values
# as they are stored, the kind): the same content again is refused whole,
# saying when, by whom and how many rows it was imported, that a
# spreadsheet program may have saved it again and how to import it all the
# same, and that alone; nothing is written.  The very same bytes are still
# refused first, as a file imported before.  --allow-repeats imports it
# (and notes it again); one cell really changed is other content; a dry
# run says it would be refused and leaves no mark; a file whose rows all
# have ids (updates) is not checked by its content, one with a row without
# an id is, whole; a backup keeps the record, and the station's sync
# bundles carry it.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD >/dev/null 2>&1; ok $? "init station MRD"
ME=$(id -un)
CS="همین محتوا (همین ردیف‌ها با همین مقدارها) در "

id_of() { "$HAMYAR" --db "$D" export "$1" | tr -d '\r' | awk -F, -v n="$2" 'NR == n + 1 { print $1 }'; }
count() { "$HAMYAR" --db "$D" export "$1" | grep -c "^MRD-"; }
snapshot() { "$HAMYAR" --db "$D" export all --format json --out "$1" >/dev/null 2>&1; }
import() { "$HAMYAR" --db "$D" import "$@" >"$TMP/out" 2>"$TMP/err"; r=$?; }
# resave FROM TO: the file as a spreadsheet program saves it: a BOM, CRLF,
# every cell between quotes, ASCII digits, amounts (9 digits or more)
# grouped by threes, a national id's and a mobile's leading zeros dropped
resave() {
	python3 - "$1" "$2" <<'PY'
import csv, re, sys
src, dst = sys.argv[1:3]
fa = str.maketrans("۰۱۲۳۴۵۶۷۸۹٬", "0123456789,")
with open(src, encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f))
def cell(c):
    c = c.translate(fa)
    if re.fullmatch(r"0+[1-9][0-9]{7,9}", c):
        return c.lstrip("0")
    if re.fullmatch(r"[0-9]{9,}", c):
        return f"{int(c):,}"
    return c
rows = [rows[0]] + [[cell(c) for c in r] for r in rows[1:]]
with open(dst, "w", encoding="utf-8-sig", newline="") as f:
    csv.writer(f, quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(rows)
PY
}

cat >"$TMP/units.csv" <<'CSV'
نوع,نام,شهرستان,نشانی
station,کلانتری ۱۱ مرند,مرند,بلوار امام‌خمینی، کوچهٔ ۳
post,پاسگاه يكانات,MRD,
CSV
import units "$TMP/units.csv"; ok $r "units imported"
U1=$(id_of units 1) U2=$(id_of units 2)
cat >"$TMP/donors.csv" <<'CSV'
نام,نوع,کد ملی,شهرستان,تلفن همراه,نشانی
مریم حسین‌زاده,حقیقی,0012345679,مرند,09141112233,مرند، خیابان طالقانی
يوسف كاظمي,person,,MRD,۰۹۱۴۷۶۵۴۳۲۱,
CSV
import donors "$TMP/donors.csv"; ok $r "donors imported"
D1=$(id_of donors 1) D2=$(id_of donors 2)
cat >"$TMP/needs.csv" <<CSV
واحد,زمینه مشارکت,عنوان,برآورد هزینه,فوریت,اثرگذاری,تاریخ شناسایی,وضعیت
$U1,equipment,خودروی گشت‌زنی شبانه,"۱٬۸۰۰٬۰۰۰٬۰۰۰",4,5,۱۴۰۳/۰۱/۱۵,identified
$U2,space,تعمیر ساختمان كلانتري,950000000,3,4,1403/01/20,identified
CSV
import needs "$TMP/needs.csv"; ok $r "two needs imported"
N1=$(id_of needs 1) N2=$(id_of needs 2)
cat >"$TMP/pledges.csv" <<CSV
donor,need,type,amount,pledged_on
0012345679,$N1,costs,"۵۰۰٬۰۰۰٬۰۰۰",۱۴۰۳/۰۲/۰۱
$D2,$N2,equipment,120000000,1403/02/03
CSV
import pledges "$TMP/pledges.csv"; ok $r "two pledges imported (the first's donor by national id)"
P1=$(id_of pledges 1)

# The records edited since, by update rows (a file of ids only, noted by
# its bytes alone).
printf 'id,وضعیت\n%s,assessed\n' "$N1" >"$TMP/step1.csv"
printf 'id,وضعیت\n%s,approved\n' "$N1" >"$TMP/step2.csv"
import needs "$TMP/step1.csv" && import needs "$TMP/step2.csv"; ok $r "need $N1 moved on to approved"
printf 'id,برآورد هزینه\n%s,900000000\n' "$N2" >"$TMP/cost.csv"
import needs "$TMP/cost.csv"; ok $r "need $N2's cost corrected"
printf 'id,amount\n%s,450000000\n' "$P1" >"$TMP/amount.csv"
import pledges "$TMP/amount.csv"; ok $r "pledge $P1's amount corrected"
printf 'id,نشانی\n%s,مرند، کوچهٔ شهید باکری\n' "$D2" >"$TMP/address.csv"
import donors "$TMP/address.csv"; ok $r "donor $D2's address given"

for k in units donors needs pledges; do resave "$TMP/$k.csv" "$TMP/$k-resaved.csv"; done
grep -q '"12345679","مرند","9141112233"' "$TMP/donors-resaved.csv" &&
grep -q '"1,800,000,000"' "$TMP/needs-resaved.csv" && grep -q '"1403/01/15"' "$TMP/needs-resaved.csv"
ok $? "(the files saved again: zeros dropped, amounts grouped, ASCII digits)"
cmp -s "$TMP/needs.csv" "$TMP/needs-resaved.csv"; is $? 1 "(... other bytes)"

# The files saved again: refused whole, that alone said; nothing written.
snapshot "$TMP/before.json"
import needs "$TMP/needs-resaved.csv"
is "$r" 1 "needs saved again, both records edited since: refused (exit 1)"
is "$(count needs)" 2 "... still two needs"
holds "$(cat "$TMP/err")" "needs-resaved.csv: $CS" "... the Persian message: the same content was imported"
holds "$(cat "$TMP/err")" " به دست $ME وارد شده است (2 ردیف)؛ شاید پرونده دوباره در برنامهٔ صفحه‌گسترده ذخیره شده باشد. هیچ چیز وارد نشد." \
    "... by whom, how many rows, saved again by a spreadsheet program"
holds "$(cat "$TMP/err")" "برای واردکردن آن با این حال: hamyar import needs $TMP/needs-resaved.csv --allow-repeats" \
    "... and how to import it all the same"
is "$(wc -l <"$TMP/err")" 1 "... and nothing else said"
when=$(sed -n 's/.* در \([0-9/]* [0-9:]*\) به دست.*/\1/p' "$TMP/err")
import needs "$TMP/needs.csv"
is "$r" 1 "the very bytes imported before: refused"
holds "$(cat "$TMP/err")" "needs.csv: همین پرونده، با همین محتوا، در $when به دست $ME" \
    "... as the same file (its bytes checked first), imported when the content says ($when)"
holds "$(grep -c "$CS" "$TMP/err")" "0" "... not as the same content"
"$HAMYAR" --lang en --db "$D" import needs "$TMP/needs-resaved.csv" >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "needs-resaved.csv: the same content (the same rows with the same values) was imported on $when by $ME (rows: 2); the file may have been saved again by a spreadsheet program. Nothing was imported. To import it all the same: hamyar import needs $TMP/needs-resaved.csv --allow-repeats" \
    "... the English message"

import pledges "$TMP/pledges-resaved.csv"
is "$r" 1 "pledges saved again (a national id without its zeros), one edited since: refused"
holds "$(cat "$TMP/err")" "pledges-resaved.csv: $CS" "... as the same content"
is "$(wc -l <"$TMP/err")" 1 "... alone: the unedited pledge's row not named as a repeat"
import donors "$TMP/donors-resaved.csv"
is "$r" 1 "donors saved again (mobiles and a national id without their zeros): refused"
holds "$(cat "$TMP/err")" "donors-resaved.csv: $CS" "... as the same content"
is "$(wc -l <"$TMP/err")" 1 "... alone: not the national id held, nor the repeat"
import units "$TMP/units-resaved.csv"
is "$r" 1 "units saved again, none edited: refused"
holds "$(cat "$TMP/err") $(grep -c 'سطر' "$TMP/err")" "units-resaved.csv: $CS" "... as the same content"
holds "$(grep -c 'سطر' "$TMP/err")" 0 "... and no row named"
import needs "$TMP/needs-resaved.csv" --dry-run
is "$r" 1 "--dry-run of the needs saved again: refused as well"
holds "$(cat "$TMP/err")" "needs-resaved.csv: $CS" "... saying why"
sed 's/\r$//' "$TMP/needs-resaved.csv" | sed '1s/^\xef\xbb\xbf//' >"$TMP/needs-lf.csv"
import needs - <"$TMP/needs-lf.csv"
is "$r" 1 "saved once more (LF, no BOM), on standard input: refused"
snapshot "$TMP/after.json"
cmp -s "$TMP/before.json" "$TMP/after.json"; ok $? "the refused imports changed nothing (export before and after identical)"

# One cell really changed: other content.
sed "s/تعمیر ساختمان كلانتري/تعمیر بام کلانتری/" "$TMP/needs-resaved.csv" >"$TMP/needs-changed.csv"
import needs "$TMP/needs-changed.csv" --dry-run
is "$r" 0 "a needs file with one cell changed is not refused by its content"
holds "$(cat "$TMP/out")" "۲ ردیف درست است" "... its two rows are good (dry run)"
is "$(count needs)" 2 "... the dry run wrote nothing"

# A dry run leaves no mark: a new file, tried, then imported, then its
# copy saved again refused.
printf 'واحد,زمینه مشارکت,عنوان,برآورد هزینه,فوریت,اثرگذاری,تاریخ شناسایی,وضعیت\n%s,costs,سوخت خودروهای گشت,60000000,2,3,۱۴۰۳/۰۳/۰۱,identified\n' "$U2" >"$TMP/new.csv"
import needs "$TMP/new.csv" --dry-run; ok $r "a new needs file, dry run"
resave "$TMP/new.csv" "$TMP/new-resaved.csv"
import needs "$TMP/new-resaved.csv"; ok $r "... the same content saved again then imports: the dry run left no mark"
is "$(count needs)" 3 "... three needs"
import needs "$TMP/new.csv"
is "$r" 1 "... and the first copy is then refused"
holds "$(cat "$TMP/err")" "new.csv: $CS" "... as the same content"

# --allow-repeats imports it, and notes it again.
import needs "$TMP/needs-resaved.csv" --allow-repeats
is "$r" 0 "--allow-repeats imports the needs saved again"
is "$(count needs)" 5 "... five needs"
import needs "$TMP/needs-lf.csv"
is "$r" 1 "... and the same content is refused again"
holds "$(cat "$TMP/err")" "needs-lf.csv: $CS" "... noted anew by the import with --allow-repeats"

# Rows with ids: a file of updates only makes no record: saved again, it
# is taken (its rows leave their records as they are); a file with a row
# without an id is checked whole.
sed 's/$/\r/' "$TMP/cost.csv" >"$TMP/cost-again.csv"
import needs "$TMP/cost-again.csv"
is "$r" 0 "an update file (ids only) saved again: imported"
holds "$(cat "$TMP/out")" "۰ تازه، ۰ به‌روز شده، ۱ بدون تغییر" "... its record unchanged"
printf 'id,kind,name,county,address\n%s,station,کلانتری ۱۱ مرند,MRD,بلوار امام‌خمینی، کوچهٔ ۴\n,post,پاسگاه کشکسرای,MRD,\n' "$U1" >"$TMP/mixed.csv"
import units "$TMP/mixed.csv"; ok $r "a units file of an update and a new unit"
resave "$TMP/mixed.csv" "$TMP/mixed-resaved.csv"
import units "$TMP/mixed-resaved.csv"
is "$r" 1 "... saved again: refused"
holds "$(cat "$TMP/err")" "mixed-resaved.csv: $CS" "... as the same content (1 new unit would come in twice)"
holds "$(cat "$TMP/err")" "(2 ردیف)" "... of two rows"

# The record travels in the station's bundles: HQ refuses the content
# imported at MRD (before, only its rows were checked); a backup put back
# keeps it.
Q="$TMP/hq"
"$HAMYAR" --db "$Q" init --station HQ >/dev/null 2>&1
"$HAMYAR" --db "$D" sync trust HQ "$("$HAMYAR" --db "$Q" sync key | tail -n 1)" >/dev/null &&
"$HAMYAR" --db "$Q" sync trust MRD "$("$HAMYAR" --db "$D" sync key | tail -n 1)" >/dev/null &&
"$HAMYAR" --db "$D" sync export --to HQ --out "$TMP/b" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" sync import "$TMP/b" >/dev/null 2>&1; ok $? "MRD's records synced to HQ"
"$HAMYAR" --db "$Q" import units "$TMP/units-resaved.csv" >/dev/null 2>"$TMP/err"
is "$?" 1 "at HQ the units saved again are refused"
holds "$(cat "$TMP/err")" "units-resaved.csv: همین محتوا (همین ردیف‌ها با همین مقدارها) در ایستگاه MRD در " "... as the content imported at MRD"
holds "$(cat "$TMP/err")" "و رکوردهایش با همگام‌سازی به اینجا می‌رسند" "... whose records came here by sync"
"$HAMYAR" --db "$D" backup "$TMP/bk.mdb" >/dev/null 2>&1; ok $? "backup"
mkdir "$TMP/restored" && cp "$TMP/bk.mdb" "$TMP/restored/data.mdb"
"$HAMYAR" --db "$TMP/restored" import pledges "$TMP/pledges-resaved.csv" >/dev/null 2>"$TMP/err"
is "$?" 1 "the backup put back: the pledges saved again are still refused"
holds "$(cat "$TMP/err")" "pledges-resaved.csv: $CS" "... as the same content"
"$HAMYAR" --db "$TMP/restored" verify >/dev/null 2>&1; ok $? "... and the database verifies"
# The login the record names is read back from the database: one that
# reached it another way (an older version, a damaged file; put_raw stands
# for it, setting every content record of units, whose digests the shell
# cannot compute) with a right-to-left override, a C1 control and an
# escape is shown with the placeholders the screens use, as for a file
# imported before (import_file_repeat.sh), and none reaches the terminal raw.
PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
printf 'نوع,نام,شهرستان\nstation,پاسگاه انتظامی یامچی,مرند\n' >"$TMP/unit3.csv"
import units "$TMP/unit3.csv"; ok $r "another units file imported"
. "$HAMYAR_SRC/tests/cli/repeat.inc"
"$PUT" "$D" --settings "import.units.content." "$(forged_login '[31m')" >/dev/null
ok $? "... its content's record forged to name a login with control characters"
resave "$TMP/unit3.csv" "$TMP/unit3-resaved.csv"
import units "$TMP/unit3-resaved.csv"
is "$r" 1 "the file saved again: refused"
holds "$(cat "$TMP/err")" "unit3-resaved.csv: $CS" "... as the same content"
login_clean "کاربر◊nimda�x␛[31m" "$TMP/unit3-resaved.csv"
done_testing
