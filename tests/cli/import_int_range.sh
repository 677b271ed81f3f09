# A population served or a pledge's hours out of range was refused with
# «عدد بیرون از بازهٔ مجاز است» / "The number is out of the allowed
# range", naming neither the range nor, for -5, that the number is
# negative (an amount says «مبلغ نمی‌تواند منفی باشد»).  Now the message
# names the field's range, 0 to 1,000,000,000 people or 0 to 1,000,000
# hours, and says «نمی‌تواند منفی باشد» of a negative one; nothing is
# written.
. "$HAMYAR_SRC/tests/lib.sh"
D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
import() { "$HAMYAR" --db "$D" "$@" >"$TMP/out" 2>"$TMP/err"; r=$?; }

printf 'kind,name,county\nstation,کلانتری ۱۲ تبریز,TBZ\n' >"$TMP/u.csv"
import import units "$TMP/u.csv"; ok $r "a unit (TBZ-1)"
printf 'kind,name,county\nperson,زهرا كريمي,TBZ\n' >"$TMP/d.csv"
import import donors "$TMP/d.csv"; ok $r "a donor (TBZ-2)"
cat >"$TMP/n.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,population,identified_on,status
TBZ-1,equipment,دوربين‌های مداربسته,80000000,3,3,-5,1403/02/01,identified
TBZ-1,equipment,گشت داوطلبان محله‌ی ولی‌عصر,90000000,4,4,۲٬۰۰۰٬۰۰۰٬۰۰۰,1403/04/01,assessed
TBZ-1,space,سایه‌بان پاسگاه,40000000,2,2,−۱۲,1403/06/01,identified
CSV
import import needs "$TMP/n.csv"; is $r 1 "needs with a population of -5, 2,000,000,000 and −۱۲: refused"
is "$(grep -c 'جمعیت تحت پوشش نمی‌تواند منفی باشد: عددی از 0 تا 1,000,000,000 است' "$TMP/err")" 2 \
    "-5 and −۱۲: «نمی‌تواند منفی باشد», with the range"
is "$(grep -c 'سطر 3، ستون 7 (population): جمعیت تحت پوشش عددی از 0 تا 1,000,000,000 است' "$TMP/err")" 1 \
    "2,000,000,000: the range"
is "$(grep -c 'بیرون از بازهٔ مجاز' "$TMP/err")" 0 "not «بیرون از بازهٔ مجاز»"
is "$("$HAMYAR" --db "$D" export needs | tr -d '\r' | sed 1d | wc -l)" 0 "nothing written"
"$HAMYAR" --lang en --db "$D" import needs "$TMP/n.csv" 2>"$TMP/en" >/dev/null
holds "$(cat "$TMP/en")" "line 2, column 7 (population): A population served cannot be negative: it is a number from 0 to 1,000,000,000" \
    "in English: -5 cannot be negative, with the range"
holds "$(cat "$TMP/en")" "line 3, column 7 (population): A population served is a number from 0 to 1,000,000,000" \
    "in English: too many, with the range"

printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTBZ-1,equipment,خودروی گشت,900000000,4,4,1403/01/10,approved\n' >"$TMP/n2.csv"
import import needs "$TMP/n2.csv"; ok $r "a need (TBZ-3)"
printf 'donor,need,type,hours,pledged_on\nTBZ-2,TBZ-3,support,-40,1403/02/01\nTBZ-2,TBZ-3,support,2000000,1403/02/01\n' >"$TMP/p.csv"
import import pledges "$TMP/p.csv"; is $r 1 "pledges of -40 and 2,000,000 hours: refused"
holds "$(cat "$TMP/err")" "سطر 2، ستون 4 (hours): ساعت نمی‌تواند منفی باشد: عددی از 0 تا 1,000,000 است" \
    "-40 hours: «نمی‌تواند منفی باشد», with the range"
holds "$(cat "$TMP/err")" "سطر 3، ستون 4 (hours): ساعت عددی از 0 تا 1,000,000 است" "2,000,000 hours: the range"
"$HAMYAR" --lang en --db "$D" import pledges "$TMP/p.csv" 2>"$TMP/en" >/dev/null
holds "$(cat "$TMP/en")" "line 2, column 4 (hours): Hours cannot be negative: they are a number from 0 to 1,000,000" \
    "in English: -40 hours"
done_testing
