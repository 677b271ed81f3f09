# What import and sync say they did is a Persian sentence for a person:
# its counts are in the digits the user reads (Persian, SPEC §5 «Numbers
# on screen»), as demo's and audit's are: «۲ ردیف وارد شد: ۲ تازه، ۰
# به‌روز شده، ۰ بدون تغییر», «بسته از TBZ: ۳ تغییر، ۳ اعمال شد، ...».
# Before, ASCII digits inside the Persian sentence («2 ردیف وارد شد»).
# A user who chose ASCII digits, and --lang en, get ASCII; a code in the
# sentence (TBZ, a file's name) is as it is.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
printf 'kind,name,county,mobile\nperson,علی‌رضا كريمي,TBZ,09141234567\nperson,زهرا احمدی‌نژاد,TBZ,۰۹۱۲۱۱۱۲۲۳۳\n' >"$TMP/d2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d2.csv" >"$TMP/out" 2>&1; ok $? "import donors"
is "$(cat "$TMP/out")" "۲ ردیف وارد شد: ۲ تازه، ۰ به‌روز شده، ۰ بدون تغییر" "import: its counts in Persian digits"
"$HAMYAR" --db "$T" import donors "$TMP/d2.csv" --dry-run --allow-repeats >"$TMP/out" 2>/dev/null
is "$(cat "$TMP/out")" "۲ ردیف درست است: ۲ تازه، ۰ به‌روز شده، ۰ بدون تغییر (آزمایشی: چیزی نوشته نشد)" "import --dry-run: the same"
mkdir "$TMP/all1"
printf 'kind,name,county\nstation,کلانتری 12 تبریز,TBZ\n' >"$TMP/all1/units.csv"
"$HAMYAR" --db "$T" import all "$TMP/all1" >"$TMP/out" 2>&1; ok $? "import all"
holds "$(cat "$TMP/out")" "/all1/units.csv: ۱ ردیف وارد شد" "import all: each file's count in Persian digits, its name as it is"
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/b" >/dev/null 2>"$TMP/err"; ok $? "sync export"
holds "$(cat "$TMP/err")" "۳ " "sync export: how many changes, in Persian digits"
"$HAMYAR" --db "$Q" sync import "$TMP/b" >"$TMP/out" 2>&1; ok $? "sync import"
holds "$(cat "$TMP/out")" "بسته از TBZ: ۳ تغییر، ۳ اعمال شد، ۰ از پیش بود، ۰ تعارض" "sync import: its counts in Persian digits, the station's code as it is"
holds "$(cat "$TMP/out")" "خیّر ۲" "... the changes by kind too"
! grep -q '[0-9]' "$TMP/out"; ok $? "... no ASCII digit in its lines"

# sync status: the change log's numbers and the times of the last bundles
"$HAMYAR" --db "$Q" sync status >"$TMP/out" 2>&1; ok $? "sync status"
sed -n 1p "$TMP/out" | grep -q 'تا شمارهٔ [۰۱۲۳۴۵۶۷۸۹][۰۱۲۳۴۵۶۷۸۹]*$'; ok $? "sync status: the change log's number in Persian digits"
grep '^TBZ:' "$TMP/out" | grep -q '^TBZ: [^0-9]*$'; ok $? "... TBZ's line: numbers and the bundle's time without an ASCII digit"
"$HAMYAR" --lang en --db "$Q" sync status | sed -n 1p | grep -q 'up to [0-9][0-9]*$'; ok $? "sync status --lang en: ASCII"

# rank --explain is read by a person: its first line in the digits of the
# raw values under it; rank alone, whose rows scripts read, in ASCII
printf 'unit,category,title,estimated_cost,urgency,impact,population,identified_on,status\nTBZ-3,equipment,دوربین,500000000,4,3,1000,1405/08/01,approved\n' >"$TMP/n.csv"
"$HAMYAR" --db "$T" import needs "$TMP/n.csv" >"$TMP/out" 2>&1; ok $? "a need of the unit imported above (TBZ-3)"
"$HAMYAR" --db "$T" rank --explain >"$TMP/out" 2>&1; ok $? "rank --explain"
is "$(sed -n 1p "$TMP/out")" "۱ نیاز به روش TOPSIS اولویت‌بندی شد" "rank --explain: the count in Persian digits"
"$HAMYAR" --db "$T" rank >"$TMP/out" 2>&1
is "$(sed -n 1p "$TMP/out")" "1 نیاز به روش TOPSIS اولویت‌بندی شد" "rank (for scripts): as before, ASCII"

"$HAMYAR" --lang en --db "$T" import donors "$TMP/d2.csv" --dry-run --allow-repeats >"$TMP/out" 2>/dev/null
holds "$(cat "$TMP/out")" "rows that are good: 2 (new: 2," "--lang en: ASCII"

PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
"$PUT" "$T" --setting "user.$(id -un).digits" ascii; ok $? "digits: ascii"
"$HAMYAR" --db "$T" import donors "$TMP/d2.csv" --dry-run --allow-repeats >"$TMP/out" 2>/dev/null
is "$(cat "$TMP/out")" "2 ردیف درست است: 2 تازه، 0 به‌روز شده، 0 بدون تغییر (آزمایشی: چیزی نوشته نشد)" "ASCII digits chosen: the counts in ASCII"
done_testing
