# hamyar audit shows the ranking's stored numbers (its weights and its
# comparisons, stored with 17 significant digits, "%.17g", which sync
# carries as they are) as people read them: each with the fewest of 15, 16
# or 17 digits that read back as the same number: 0.3, not
# 0.29999999999999999; 1/3 as 0.3333333333333333; a weight that needs all
# 17 digits keeps them.  What is stored does not change.  The heading
# names the action, then the setting: in English `set setting NAME`
# (it said `setting setting NAME`).
. "$HAMYAR_SRC/tests/lib.sh"

DB=$TMP/db
PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
"$HAMYAR" --db "$DB" init --station HQ >/dev/null 2>&1; ok $? "init"
# as store_rank_save writes them (the weights editor, F2)
W=$(awk 'BEGIN { split("0.3 0.1 0.2 0.15 0.05", a, " ");
	for (i = 1; i <= 5; i++) printf "%.17g ", a[i]; printf "0.34982665225395465" }')
M=$(awk 'BEGIN { for (i = 0; i < 36; i++) printf "%s%.17g", i ? " " : "",
	i % 7 == 0 ? 1 : (i % 2 ? 1 / 3 : 5) }')
"$PUT" "$DB" --setting rank.weights "$W" >/dev/null && "$PUT" "$DB" --setting rank.matrix "$M" >/dev/null
ok $? "ranking weights and comparisons saved"
case $W in *0.29999999999999999*) r=0 ;; *) r=1 ;; esac; ok $r "... stored with 17 digits ($W)"

# shown STORED SHOWN: every number of SHOWN the first of %.15g, %.16g and
# %.17g of the same number of STORED that reads back as it
shown() {
	python3 - "$1" "$2" <<'PY'
import sys
stored, shown = sys.argv[1].split(), sys.argv[2].split()
bad = len(stored) != len(shown)
for a, b in sorted(set(zip(stored, shown))):
    v = float(a)
    want = next(s for s in ('%.15g' % v, '%.16g' % v, '%.17g' % v)
                if float(s) == v or s == '%.17g' % v)
    if b != want:
        print('# %s shown as %s, not %s' % (a, b, want))
        bad = True
sys.exit(1 if bad else 0)
PY
}
# each under what people call it, as the audit screen names it (the
# entry's heading keeps the setting's name, which --id takes)
for lang in fa en; do
	# no value before: as the audit screen says it, not ""
	if [ $lang = fa ]; then LW='وزن‌های رتبه‌بندی'; LM='مقایسه‌های زوجی رتبه‌بندی (AHP)'; E='(خالی)'
	else LW='ranking weights'; LM='ranking comparisons (AHP)'; E='(empty)'; fi
	"$HAMYAR" --lang $lang --db "$DB" audit >"$TMP/a.$lang"; ok $? "$lang: audit"
	grep -q '"rank.weights"\( را تغییر داد\)\{0,1\}$' "$TMP/a.$lang"; ok $? "$lang: the entry's heading names the setting (rank.weights)"
	grep -q '^  rank\.' "$TMP/a.$lang"; is $? 1 "$lang: its values are not labelled by the stored name"
	grep -q 'setting setting\|تنظیم تنظیم' "$TMP/a.$lang"; is $? 1 "$lang: the heading says 'setting' once"
	if [ $lang = en ]; then H=' set setting "rank.weights"$'; else H=' تنظیم "rank.weights" را تغییر داد$'; fi
	grep -q "$H" "$TMP/a.$lang"; ok $? "$lang: ... the action and the setting (in Persian the verb last): $(grep 'rank.weights"' "$TMP/a.$lang" | head -n 1)"
	got=$(sed -n "s/^  $LW: $E -> \"\\(.*\\)\"\$/\\1/p" "$TMP/a.$lang")
	shown "$W" "$got"; ok $? "$lang: the weights as the fewest digits that read back the same ($got)"
	case " $got " in *" 0.3 "*" 0.34982665225395465 "*) r=0 ;; *) r=1 ;; esac
	ok $r "$lang: ... 0.3 for 0.29999999999999999, and all 17 digits where they are needed"
	got=$(sed -n "s/^  $LM: $E -> \"\\(.*\\)\"\$/\\1/p" "$TMP/a.$lang")
	shown "$M" "$got"; ok $? "$lang: the comparisons too"
	case " $got " in *" 0.3333333333333333 "*) r=0 ;; *) r=1 ;; esac
	ok $r "$lang: ... 1/3 as 0.3333333333333333"
done
# A change of the comparisons or weights is itemised under the whole line,
# as on the audit screen (tui_rank_changes): one line for each comparison
# (upper triangle) and each weight that changed; before, only the 36
# numbers in a row.
M2=$(echo "$M" | awk '{ $6 = 3; print }')
W2=$(echo "$W" | awk '{ $5 = 0.1; $6 = 0.29982665225395465; print }')
"$PUT" "$DB" --setting rank.matrix "$M2" >/dev/null && "$PUT" "$DB" --setting rank.weights "$W2" >/dev/null
ok $? "a comparison and two weights changed"
"$HAMYAR" --lang en --db "$DB" audit >"$TMP/a2"; ok $? "audit"
grep -qx '    Urgency/Interest: "1/3" -> "3"' "$TMP/a2"; ok $? "... urgency/interest 1/3 -> 3 on a line of its own"
is "$(grep -c '^    [A-Za-z]*/[A-Za-z]*: ' "$TMP/a2")" 1 "... no line for a comparison that did not change"
grep -qx '    Waiting: "0.0500" -> "0.1000"' "$TMP/a2"; ok $? "... the weight of waiting 0.0500 -> 0.1000"
grep -qx '    Interest: "0.3498" -> "0.2998"' "$TMP/a2"; ok $? "... of interest 0.3498 -> 0.2998"
is "$(grep -c '^    [A-Za-z]*: ' "$TMP/a2")" 2 "... and no line for a weight that did not change"
"$HAMYAR" --lang fa --db "$DB" audit >"$TMP/a2fa"
grep -q '^    فوریت/علاقه‌مندی: "1/3" -> "3"$' "$TMP/a2fa"; ok $? "fa: the same line, the criteria by their Persian names"
"$HAMYAR" --db "$DB" audit --id '' >/dev/null 2>"$TMP/err"; is $? 2 "audit --id with nothing after it: a usage error"
grep -qF -- '--id' "$TMP/err"; ok $? "... naming --id ($(cat "$TMP/err"))"
done_testing
