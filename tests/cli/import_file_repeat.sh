# A file imported again after some of its records were edited (a need moved
# on to approved, a donor's mobile changed): the row check cannot see it
# (the edited rows no longer equal what is stored) and the edited rows came
# in twice.  The station remembers each file it imported by the digest of
# its bytes, for its kind: the same file again is refused whole before a row
# is read, saying when, by whom and how many rows, and how to override;
# --allow-repeats imports it anyway.  A refused import, a failed one and a
# dry run leave no mark; standard input is the same file; the record is the
# station's, sent in its sync bundles, and a backup keeps it.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD >/dev/null 2>&1; ok $? "init station MRD"
ME=$(id -un)

id_of() { "$HAMYAR" --db "$D" export "$1" | tr -d '\r' | awk -F, -v n="$2" 'NR == n + 1 { print $1 }'; }
count() { "$HAMYAR" --db "$D" export "$1" | grep -c "^MRD-"; }
snapshot() { "$HAMYAR" --db "$D" export all --format json --out "$1" >/dev/null 2>&1; }
import() { "$HAMYAR" --db "$D" import "$@" >"$TMP/out" 2>"$TMP/err"; r=$?; }

cat >"$TMP/units.csv" <<'CSV'
نوع,نام,شهرستان,نشانی
station,کلانتری ۱۱ مرند,مرند,بلوار امام‌خمینی، کوچهٔ ۳
CSV
import units "$TMP/units.csv"; ok $r "units imported"
U1=$(id_of units 1)
cat >"$TMP/needs.csv" <<CSV
واحد,زمینه مشارکت,عنوان,برآورد هزینه,فوریت,اثرگذاری,تاریخ شناسایی,وضعیت
$U1,equipment,خودروی گشت‌زنی شبانه,"۱٬۸۰۰٬۰۰۰٬۰۰۰",4,5,۱۴۰۳/۰۱/۱۵,identified
$U1,space,تعمیر ساختمان كلانتري,950000000,3,4,1403/01/20,identified
CSV
import needs "$TMP/needs.csv"; ok $r "two needs imported"
N1=$(id_of needs 1)
cat >"$TMP/donors.csv" <<'CSV'
نام,نوع,شهرستان,تلفن همراه
مریم حسین‌زاده,حقیقی,مرند,۰۹۱۴۱۱۱2233
يوسف كاظمي,person,MRD,
CSV
import donors "$TMP/donors.csv"; ok $r "two donors without a national id imported"
D1=$(id_of donors 1) D2=$(id_of donors 2)

# The records edited since: a need approved, the donors' mobiles changed.
printf 'id,status\n%s,assessed\n' "$N1" >"$TMP/step1.csv"
printf 'id,status\n%s,approved\n' "$N1" >"$TMP/step2.csv"
import needs "$TMP/step1.csv" && import needs "$TMP/step2.csv"; ok $r "the need moved on to approved"
printf 'id,تلفن همراه\n%s,۰۹۱۲۷۶۵۴۳۲۱\n%s,09141234567\n' "$D1" "$D2" >"$TMP/mobile.csv"
import donors "$TMP/mobile.csv"; ok $r "one donor's mobile changed, the other's given"

# The same files again: refused whole, nothing written.
snapshot "$TMP/before.json"
import needs "$TMP/needs.csv"
is "$r" 1 "needs again after the approval: refused (exit 1)"
is "$(count needs)" 2 "... still two needs"
holds "$(cat "$TMP/err")" "needs.csv: همین پرونده، با همین محتوا، در " "... the Persian message says the file was imported"
holds "$(cat "$TMP/err")" " به دست $ME وارد شده است (2 ردیف)؛ هیچ چیز وارد نشد" "... by whom and how many rows"
holds "$(cat "$TMP/err")" "برای واردکردن دوبارهٔ آن: hamyar import needs $TMP/needs.csv --allow-repeats" "... and how to import it again"
holds "$(grep -c 'سطر' "$TMP/err")" "0" "... refused before any row is read (no row named)"
when=$(sed -n 's/.*، در \([0-9/]* [0-9:]*\) به دست.*/\1/p' "$TMP/err")
case $when in [0-9][0-9][0-9][0-9]/[0-9][0-9]/[0-9][0-9]\ [0-9][0-9]:[0-9][0-9]) r=0 ;; *) r=1 ;; esac
ok $r "... and when, as a Jalali date and time ($when)"
import donors "$TMP/donors.csv"
is "$r" 1 "donors again, both edited since: refused"
is "$(count donors)" 2 "... still two donors"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/donors.csv" >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "donors.csv: this file, with the same content, was imported on $when" "... the English message"
holds "$(cat "$TMP/err")" "by $ME (rows: 2); nothing was imported. To import it again all the same: hamyar import donors $TMP/donors.csv --allow-repeats" \
    "... naming the user, the rows and the option"
import donors - <"$TMP/donors.csv"
is "$r" 1 "the same file on standard input: refused too"
cat "$TMP/donors.csv" | "$HAMYAR" --db "$D" import donors - >/dev/null 2>"$TMP/err"
is "$?" 1 "... through a pipe too"
import donors "$TMP/donors.csv" --dry-run
is "$r" 1 "--dry-run of the same file: refused"
import units "$TMP/units.csv"
is "$r" 1 "units again: refused"
holds "$(cat "$TMP/err")" "(1 ردیف)" "... one row"
snapshot "$TMP/after.json"
cmp -s "$TMP/before.json" "$TMP/after.json"; ok $? "the refused imports changed nothing"

# A dry run and a refused import leave no mark: the same file imports
# after them.  A donor with the national id another donor holds is refused;
# once that donor's id is corrected, the same file goes in.
cat >"$TMP/more.csv" <<'CSV'
نام,نوع,کد ملی,شهرستان
رضا نوروزی‌فر,person,0012345679,مرند
CSV
printf 'نام,نوع,کد ملی,شهرستان\nعلی‌اکبر صادقی,person,۰۰۱۲۳۴۵۶۷۹,MRD\n' >"$TMP/first.csv"
import donors "$TMP/first.csv"; ok $r "a donor with national id 0012345679"
D3=$(id_of donors 3)
import donors "$TMP/more.csv" --dry-run; is "$r" 1 "a file whose donor's national id is held: refused in a dry run"
import donors "$TMP/more.csv"; is "$r" 1 "... and for real"
printf 'id,کد ملی\n%s,0084567899\n' "$D3" >"$TMP/fix.csv"
import donors "$TMP/fix.csv"; ok $r "the other donor's national id corrected"
import donors "$TMP/more.csv"; ok $r "the same file then imports: the refusals left no mark"
is "$(count donors)" 4 "... four donors"
import donors "$TMP/more.csv"; is "$r" 1 "... and once imported, it is refused"
printf 'نام,نوع,شهرستان\nسکینه پورمحمدی,حقیقی,مرند\n' >"$TMP/dry.csv"
import donors "$TMP/dry.csv" --dry-run; ok $r "a good file in a dry run"
import donors "$TMP/dry.csv"; ok $r "... then imports: the dry run left no mark"
is "$(count donors)" 5 "... five donors"
printf '\357\273\277name,kind,county\r\n' >"$TMP/empty.csv"
import donors "$TMP/empty.csv"; ok $r "a file of no rows imports"
import donors "$TMP/empty.csv"; ok $r "... and again: a file of no rows is not noted"

# --allow-repeats imports the file again.
import needs "$TMP/needs.csv" --allow-repeats
is "$r" 0 "--allow-repeats imports the same file again"
is "$(count needs)" 4 "... four needs"
import needs "$TMP/needs.csv"
is "$r" 1 "... and it is noted again: refused without the option"

# The record travels in the station's bundles (tui/bundle.c): at
# headquarters the file is refused as the file imported at MRD, whose
# records came in by sync (before, only its rows were checked, and rows
# the station had edited since came in a second time); a backup put back
# keeps it.
Q="$TMP/hq"
"$HAMYAR" --db "$Q" init --station HQ >/dev/null 2>&1
"$HAMYAR" --db "$D" sync trust HQ "$("$HAMYAR" --db "$Q" sync key | tail -n 1)" >/dev/null &&
"$HAMYAR" --db "$Q" sync trust MRD "$("$HAMYAR" --db "$D" sync key | tail -n 1)" >/dev/null &&
"$HAMYAR" --db "$D" sync export --to HQ --out "$TMP/b" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" sync import "$TMP/b" >/dev/null 2>&1; ok $? "MRD's records synced to HQ"
"$HAMYAR" --db "$Q" import units "$TMP/units.csv" >/dev/null 2>"$TMP/err"
is "$?" 1 "at HQ the units file is refused"
holds "$(cat "$TMP/err")" "همین پرونده، با همین محتوا، در ایستگاه MRD در " "... as the file imported at MRD"
holds "$(cat "$TMP/err")" "(1 ردیف) و رکوردهایش با همگام‌سازی به اینجا می‌رسند" "... of one row, whose record came here by sync"
"$HAMYAR" --db "$D" backup "$TMP/bk.mdb" >/dev/null 2>&1; ok $? "backup"
mkdir "$TMP/restored" && cp "$TMP/bk.mdb" "$TMP/restored/data.mdb"
"$HAMYAR" --db "$TMP/restored" import needs "$TMP/needs.csv" >/dev/null 2>"$TMP/err"
is "$?" 1 "the backup put back: the needs file is still refused"
holds "$(cat "$TMP/err")" "همین پرونده، با همین محتوا" "... as a file imported before"
"$HAMYAR" --db "$TMP/restored" verify >/dev/null 2>&1; ok $? "... and the database verifies"
# The login the record names is read back from the database: one that
# reached it another way (an older version, a damaged file; put_raw stands
# for it) with a right-to-left override, a C1 control and an escape is
# shown with the placeholders the screens use, and none of them reaches
# the terminal raw.
PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
printf 'نوع,نام,شهرستان\nstation,پاسگاه انتظامی یامچی,مرند\n' >"$TMP/unit2.csv"
import units "$TMP/unit2.csv"; ok $r "another units file imported"
. "$HAMYAR_SRC/tests/cli/repeat.inc"
"$PUT" "$D" --setting "import.units.$(b2sum -l 256 "$TMP/unit2.csv" | cut -d' ' -f1)" "$(forged_login '[2J')" >/dev/null
ok $? "... its record forged to name a login with control characters"
import units "$TMP/unit2.csv"
is "$r" 1 "the file again: refused"
login_clean "کاربر◊nimda�x␛[2J" "$TMP/unit2.csv"
done_testing
