# hamyar audit (SPEC §11, §12): every change with who, when (Jalali date and
# time), the record, and each changed field's old -> new; --id and --since;
# stored text never reaches the terminal raw.
. "$HAMYAR_SRC/tests/lib.sh"

DB=$TMP/db
ME=$(id -un)
"$HAMYAR" --db "$DB" init --station MRD >/dev/null 2>&1; ok $? "init"
# A unit name that starts with RIGHT-TO-LEFT OVERRIDE (U+202E; normalising
# drops it, SPEC 5), one with a tab, and Persian digits (stored as ASCII
# digits).
printf 'name,kind,county\n\342\200\256کلانتری ۱۱,station,MRD\n"پاسگاه\tباسمنج",post,MRD\n' >"$TMP/u1.csv"
printf 'id,name,kind,county,address\nMRD-1,کلانتری ۱۲,station,MRD,میدان ساعت\n' >"$TMP/u2.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u1.csv" >/dev/null 2>&1; ok $? "import two units"
"$HAMYAR" --db "$DB" import units "$TMP/u2.csv" >/dev/null 2>&1; ok $? "import changes MRD-1's name and address"

"$HAMYAR" --lang en --db "$DB" audit --id MRD-1 >"$TMP/a1" 2>"$TMP/err"; ok $? "audit --id MRD-1"
"$HAMYAR" --lang en --db "$DB" audit --id mrd-1 >"$TMP/a1l" 2>"$TMP/err"; ok $? "audit --id mrd-1 (typed in lower case)"
cmp -s "$TMP/a1" "$TMP/a1l"; ok $? "... lists MRD-1's changes"
is "$(grep -c '^[0-9]' "$TMP/a1")" 2 "two changes of MRD-1: its creation and the update"
sed -n 1p "$TMP/a1" | grep -Eq "^1[34][0-9]{2}/(0[1-9]|1[0-2])/(0[1-9]|[12][0-9]|3[01]) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9] [^ ]+ create unit \"MRD-1\"\$"
ok $? "the first line: Jalali date, time, login, create, kind, id"
# the date is today's, in the Jalali calendar (the date verb converts)
today=$("$HAMYAR" date g2j "$(date +%Y-%m-%d)")
sed -n 1p "$TMP/a1" | grep -q "^$today "; ok $? "the date is today's Jalali date ($today)"
grep -q "^1.* update unit \"MRD-1\"\$" "$TMP/a1"; ok $? "the update is listed"
sed -n '/ update unit/,$p' "$TMP/a1" | grep -c '^  ' | grep -qx 2; ok $? "... with only the two fields that changed"
grep -qx '  address: (empty) -> "میدان ساعت"' "$TMP/a1"; ok $? "address: old (unset) -> new"
grep -qx '  name: "کلانتری 11" -> "کلانتری 12"' "$TMP/a1"; ok $? "name: old -> new, the override dropped on import"
grep -q "$(printf '\342\200\256')" "$TMP/a1"; r=$?; [ $r -ne 0 ]; ok $? "no raw bidi override reaches the output"
"$HAMYAR" --lang en --db "$DB" audit --id MRD-2 | grep -q '^  name: (empty) -> "پاسگاه باسمنج"$\|^  name: (empty) -> "پاسگاه\\tباسمنج"$'
ok $? "a tab in a value is never raw"
grep -q " create user \| setting " "$TMP/a1"; r=$?; [ $r -ne 0 ]; ok $? "--id keeps to that record"

# In Persian (the default) the action, the record kind, the field names and
# the choices among the values are Persian words; --lang en keeps the
# identifiers above.
"$HAMYAR" --db "$DB" audit --id MRD-1 >"$TMP/fa1"; ok $? "audit --id MRD-1 in Persian"
# the heading a Persian sentence, its verb last: «واحد "MRD-1" را افزود»
# (before, «ساخت واحد "MRD-1"», the English order; then «را ساخت», where
# the dashboard and the rest of the program say a record is added, افزود)
# its date and time in Persian digits, as its figures (before, ASCII)
today_fa=$(echo "$today" | "$HAMYAR" text digits-fa)
sed -n 1p "$TMP/fa1" | grep -Eq "^$today_fa [۰۱۲۳۴۵۶۷۸۹:]{8} [^ ]+ واحد \"MRD-1\" را افزود\$"; ok $? "the creation: واحد ... را افزود (added unit), the dashboard's verb"
grep -q "را ساخت" "$TMP/fa1"; is $? 1 "... never «را ساخت» (made)"
grep -q " واحد \"MRD-1\" را تغییر داد\$" "$TMP/fa1"; ok $? "the update: واحد ... را تغییر داد (changed unit)"
grep -q " افزود واحد \| ساخت واحد \| تغییر داد واحد " "$TMP/fa1"; is $? 1 "no verb before its object"
grep -qx '  نشانی: (خالی) -> "میدان ساعت"' "$TMP/fa1"; ok $? "a field by its Persian label (نشانی, address)"
grep -qx '  نوع: (خالی) -> "کلانتری"' "$TMP/fa1"; ok $? "a choice by its Persian label (کلانتری, station)"
grep -qx '  فعال: (خالی) -> "بله"' "$TMP/fa1"; ok $? "a yes/no flag as بله"
grep -Eq '(^|[ "])(create|update|unit|name|address|kind|station|active)([ ":]|$)' "$TMP/fa1"; r=$?
[ $r -ne 0 ]; ok $? "no English word in the Persian log"

# Who: the login of the real uid, not the environment.
printf 'id,name,kind,county\nMRD-2,پاسگاه باسمنج ۲,post,MRD\n' >"$TMP/u3.csv"
USER=someone LOGNAME=someone "$HAMYAR" --db "$DB" import units "$TMP/u3.csv" >/dev/null 2>&1; ok $? "a change made with USER and LOGNAME set to someone else"
"$HAMYAR" --lang en --db "$DB" audit --id MRD-2 | tail -n 2 | head -n 1 | grep -q " $ME update unit \"MRD-2\""
ok $? "... is the real login's ($ME)"
"$HAMYAR" --lang en --db "$DB" audit | grep -q " someone "; r=$?; [ $r -ne 0 ]; ok $? "'someone' appears nowhere in the log"

# Order and --since.
"$HAMYAR" --lang en --db "$DB" audit >"$TMP/all"; ok $? "audit (everything)"
grep '^[0-9]' "$TMP/all" | cut -c1-19 >"$TMP/times"
sort "$TMP/times" | cmp -s - "$TMP/times"; ok $? "entries are in time order"
head -n 1 "$TMP/all" | grep -q " create user \"$ME\"\$\| setting "; ok $? "the first entry is the database's first change"
is "$("$HAMYAR" --lang en --db "$DB" audit --since "$(date +%Y-%m-%d)" | wc -l)" "$(wc -l <"$TMP/all")" "--since today (ISO): everything"
is "$("$HAMYAR" --lang en --db "$DB" audit --since "$today" | wc -l)" "$(wc -l <"$TMP/all")" "--since today (Jalali): everything"
tomorrow=$("$HAMYAR" date g2j "$(date -d tomorrow +%Y-%m-%d)")
out=$("$HAMYAR" --lang en --db "$DB" audit --since "$tomorrow"); is "$out" "" "--since tomorrow: nothing"
out=$("$HAMYAR" --lang en --db "$DB" audit --id MRD-1 --since "$tomorrow" 2>"$TMP/err"); r=$?
is "$r:$out" "0:" "a record with no changes in the period: nothing on stdout, exit 0"
grep -q "MRD-1" "$TMP/err"; ok $? "... and a note on stderr"
out=$("$HAMYAR" --lang en --db "$DB" audit --id MRD-99 2>"$TMP/err"); r=$?
is "$r:$out" "1:" "an id no record has (MRD-99): nothing on stdout, exit 1 (cli/audit_ghost.sh)"
is "$(cat "$TMP/err")" "hamyar: no record MRD-99" "... and stderr says there is no such record"

# Errors.
"$HAMYAR" --lang en --db "$DB" audit --bogus >/dev/null 2>&1; is $? 2 "an unknown option is a usage error"
"$HAMYAR" --lang en --db "$DB" audit --since yesterday >/dev/null 2>&1; is $? 2 "--since a word is a usage error"
# --since reads its day as every date is read: a mistyped year (1043 for
# 1403) was taken silently, listing the whole log as from 1043.
"$HAMYAR" --lang en --db "$DB" audit --since 1043/01/05 >"$TMP/out" 2>"$TMP/err"; is $? 2 "--since 1043/01/05 (a mistyped year) is a usage error"
grep -qF -- "--since '1043/01/05': The year looks mistyped: write the date as in 1403/01/05" "$TMP/err"; ok $? "... naming the option and saying why"
is "$(cat "$TMP/out")" "" "... and nothing listed"
"$HAMYAR" --db "$DB" audit --since=۱۰۴۳/۰۱/۰۵ >/dev/null 2>"$TMP/err"; is $? 2 "--since=۱۰۴۳/۰۱/۰۵ (Persian digits): refused too"
grep -qF -- '--since «۱۰۴۳/۰۱/۰۵»: سال تاریخ اشتباه تایپ شده به نظر می‌رسد' "$TMP/err"; ok $? "... in Persian"
"$HAMYAR" --lang en --db "$DB" audit --since 1499/01/01 >/dev/null 2>"$TMP/err"; is $? 2 "--since 1499/01/01 (more than 50 years ahead) is refused"
"$HAMYAR" --lang en --db "$DB" audit --since 1403/13/01 >/dev/null 2>"$TMP/err"; is $? 2 "--since 1403/13/01 (no such month) is refused"
grep -qF -- "--since '1403/13/01'" "$TMP/err"; ok $? "... naming the option"
"$HAMYAR" --lang en --db "$DB" audit --since 03/01/05 >/dev/null 2>"$TMP/err"; is $? 2 "--since 03/01/05 (a two-digit year) is refused"
grep -qF -- "Write the year with four digits" "$TMP/err"; ok $? "... asking for four digits"
is "$("$HAMYAR" --lang en --db "$DB" audit --since ۱۴۰۳/۰۱/۰۵ | wc -l)" "$(wc -l <"$TMP/all")" "--since ۱۴۰۳/۰۱/۰۵ (Persian digits): everything"
"$HAMYAR" --db "$TMP/none" audit >/dev/null 2>&1; is $? 3 "no database: exit 3"
done_testing
