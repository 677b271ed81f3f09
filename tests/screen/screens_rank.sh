# Ranking and weights, keys only.  The ranking screen lists the needs in the
# order `hamyar rank` prints for the same database, with the same scores;
# the selected need's criteria and contributions are those of
# `hamyar rank --explain`; F4 switches to SAW and the order follows
# `hamyar rank --method saw`.  The AHP editor shows CR as the judgements
# change, agreeing with `hamyar ahp` on the same matrix; over 0.10 it names
# the pair `hamyar ahp` names and refuses to save; a consistent matrix is
# saved (the owner is admin) and `hamyar rank --json` then uses its weights.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"

# ASCII "0.6473" -> "۰٫۶۴۷۳" as the screen writes numbers
fa_num() { printf '%s\n' "$1" | "$HAMYAR" text digits-fa | sed 's/\./٫/'; }
# the matrix of the default judgements with a12 (urgency : impact) set to $1
matrix() {
	printf '1 %s 3 3 5 5\n1/%s 1 3 3 5 5\n1/3 1/3 1 1 2 2\n1/3 1/3 1 1 2 2\n' "$1" "$1"
	printf '1/5 1/5 1/2 1/2 1 1\n1/5 1/5 1/2 1/2 1 1\n'
}

work_open "$DB"
scr_keys F4
scr_wait "TOPSIS"; ok $? "F4 on the dashboard opens the ranking (TOPSIS first)"
"$HAMYAR" --db "$DB" rank >"$TMP/topsis.txt"
expect=$(sed 1d "$TMP/topsis.txt" | awk '{print $2}')
# shellcheck disable=SC2086
ids_in_order $expect; ok $? "the order on screen is hamyar rank's: $(echo $expect)"
first=$(sed -n 2p "$TMP/topsis.txt" | awk '{print $2}')
score=$(sed -n 2p "$TMP/topsis.txt" | awk '{print $3}')
row_has "$first" "$(fa_num "$score")"; ok $? "the first need's score is hamyar rank's ($score)"
scr_wait "$(vis "چرا $first:")"; ok $? "the explanation is of the selected need ($first)"
"$HAMYAR" --lang en --db "$DB" rank --explain | sed -n 3,8p >"$TMP/explain.txt"
urg=$(awk '$1 == "urgency" {print $4}' "$TMP/explain.txt")
pop=$(awk '$1 == "population" {print $4}' "$TMP/explain.txt")
row_has "$(vis 'فوریت')" "$(fa_num "$urg")"; ok $? "urgency's contribution is hamyar rank --explain's ($urg)"
row_has "$(vis 'جمعیت')" "$(fa_num "$pop")"; ok $? "population's contribution is hamyar rank --explain's ($pop)"
row_has "$(vis 'جمعیت')" "۱۲٬۰۰۰"; ok $? "with the raw value 12000 in Persian digits, grouped (SPEC §5)"
# and what the part came from: the normalised value and the weight, to
# four places, as hamyar rank --explain prints them (before, neither)
scr_cap | grep -qF "$(vis 'نرمال‌شده')"; ok $? "the explanation has a column of normalised values"
nv=$(awk '$1 == "population" {printf "%.4f", $6}' "$TMP/explain.txt")
wt=$(awk '$1 == "population" {print $8}' "$TMP/explain.txt")
[ -n "$nv" ] && row_has "$(vis 'جمعیت')" "$(fa_num "$nv")"
ok $? "population's normalised value is hamyar rank --explain's ($nv)"
[ -n "$wt" ] && row_has "$(vis 'جمعیت')" "$(fa_num "$wt")"; ok $? "... and its weight ($wt)"
# N in Persian digits with the group separator ٬
fa_grouped() { printf '%s' "$1" | sed ':a;s/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/;ta' | "$HAMYAR" text digits-fa | sed 's/,/٬/g'; }
days=$(awk '$1 == "waiting" {print $2}' "$TMP/explain.txt")
row_has "$(vis 'انتظار')" "$(vis "$(fa_grouped "$days") روز")"
ok $? "the waiting time with its unit ($days days), the number first"
gap=$(awk '$1 == "gap" {print $2}' "$TMP/explain.txt")
grouped=$(fa_grouped "$gap")
[ -n "$gap" ] && row_has "$(vis 'کسری')" "$(vis "$grouped ریال")"
ok $? "the gap reads number then rials ($gap), not rials then number"

# F1: the keys in the help read right to left, each with its own label
# (not "F6 TOPSIS/SAW", "F4 weights", as when F4's label was Latin).
scr_keys F1
scr_wait "$(vis 'راهنما')"
scr_cap | grep -qF "$(vis 'F6 وزن‌ها')  $(vis 'F4 تغییر روش')  $(vis 'F3 جست‌وجو')  $(vis 'F1 راهنما')"
ok $? "the help lists F4 (method), then F6 weights, each key by its label"
scr_keys Escape
scr_gone "$(vis 'Esc نیز بازمی‌گرداند')"

scr_keys F4
scr_wait "SAW"; ok $? "F4 switches to SAW"
expect=$("$HAMYAR" --db "$DB" rank --method saw | sed 1d | awk '{print $2}')
# shellcheck disable=SC2086
ids_in_order $expect; ok $? "the order is hamyar rank --method saw's: $(echo $expect)"
[ "$expect" != "$(sed 1d "$TMP/topsis.txt" | awk '{print $2}')" ]; ok $? "(and differs from TOPSIS's on this data)"

# The AHP editor.
scr_keys F6
scr_wait "CR = "; ok $? "F6 opens the weights editor with CR shown"
cr=$(matrix 1 | "$HAMYAR" ahp 2>/dev/null | awk '$1 == "CR" {printf "%.3f", $2}')
scr_cap | grep -qF "CR = $(fa_num "$cr")"; ok $? "CR of the default judgements is hamyar ahp's ($cr)"
# at 80 columns every criterion's name is whole over its column
r=0; for c in 'فوریت' 'اثرگذاری' 'جمعیت' 'کسری' 'انتظار' 'علاقه‌مندی'; do
	scr_cap | sed -n 3,6p | grep -qF "$(vis "$c")" || r=1
done
ok $r "the column headings are whole at 80 columns (اثرگذاری, علاقه‌مندی not cut)"
scr_keys 9						# urgency : impact = 9
cr=$(matrix 9 | "$HAMYAR" ahp 2>/dev/null | awk '$1 == "CR" {printf "%.3f", $2}')
scr_wait "CR = $(fa_num "$cr")"; ok $? "typing 9 updates CR at once to hamyar ahp's ($cr)"
matrix 9 | "$HAMYAR" --lang en ahp 2>&1 >/dev/null | grep -q "criterion 1 with criterion 2"
ok $? "hamyar ahp names the pair urgency/impact for that matrix"
scr_wait "$(vis 'جفتی که بیش از همه ناسازگاری می‌آورد: فوریت / اثرگذاری')"
ok $? "the editor names the same pair (urgency / impact)"
# and what to change it to: the other comparisons (urgency : population 3
# times population : impact 1/3, and so on) all say 1
scr_wait "$(vis 'در مقایسهٔ «فوریت» با «اثرگذاری» عدد ۹ را زده‌اید')"
ok $? "the editor says which judgement was given for the pair (9)"
scr_cap | grep -qF "$(vis 'مقایسه‌های دیگر شما حدود ۱ را')"
ok $? "... and the value the other comparisons point to (1)"
matrix 9 | "$HAMYAR" --lang en ahp 2>&1 >/dev/null |
    grep -qF "the judgement there is 9; the other comparisons point to about 1"
ok $? "hamyar ahp points to the same value"
scr_keys F2
scr_wait "$(vis 'CR بیش از ۰٫۱۰ است: پیش از ذخیره جفت نام‌برده را تغییر دهید.')"
ok $? "F2 refuses to save an inconsistent matrix"
scr_keys Enter
"$HAMYAR" --db "$DB" rank --json | grep -q '"urgency": 0.324165'; ok $? "the stored weights are still the default"

scr_keys 3						# urgency : impact = 3
cr=$(matrix 3 | "$HAMYAR" ahp 2>/dev/null | awk '$1 == "CR" {printf "%.3f", $2}')
scr_wait "CR = $(fa_num "$cr")"; ok $? "typing 3 brings CR down to $cr"
scr_wait "$(vis 'سازگار (CR حداکثر ۰٫۱۰).')"; ok $? "and says the matrix is consistent"
scr_keys F2
scr_wait "$(vis 'وزن‌ها ذخیره شد: رتبه‌بندی از این پس با آن‌هاست.')"; ok $? "F2 saves the weights (the owner is admin)"
w1=$(matrix 3 | "$HAMYAR" ahp | awk '$2 == 1 {print $3}')
"$HAMYAR" --db "$DB" rank --json | grep -q "\"urgency\": $w1"; ok $? "hamyar rank --json now uses urgency weight $w1 from the editor's matrix"

scr_keys F10
scr_wait "SAW"; ok $? "F10 goes back to the ranking"
expect=$("$HAMYAR" --db "$DB" rank --method saw | sed 1d | awk '{print $2}')
# shellcheck disable=SC2086
ids_in_order $expect; ok $? "re-ranked with the new weights, still hamyar rank's order: $(echo $expect)"
scr_keys F10 F10 F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
