# hamyar text normalize|key|digits-fa|digits-en (SPEC §12, §5): one answer
# per stdin line in input order, "error: ..." and exit 1 for a line that is
# not UTF-8, exit 2 for usage errors.  Expected strings follow the SPEC §5
# rules character by character.
. "$HAMYAR_SRC/tests/lib.sh"

out=$(printf 'علي كريمي\n' | "$HAMYAR" text normalize); rc=$?
is "$out" "علی کریمی" "normalize turns Arabic yeh and kaf Persian (the issue's example)"
is $rc 0 "normalize of good lines exits 0"

zwnj=$(printf '\342\200\214')
printf '  محمّد   رضا  \nمی%s%sشود\n%sکتاب%s\nپلاک ۱۲ واحد ٣\nخانە\n\nمسـئول\n' \
    "$zwnj" "$zwnj" "$zwnj" "$zwnj" | "$HAMYAR" text normalize >"$TMP/out"; rc=$?
is $rc 0 "several lines exit 0"
is "$(cat "$TMP/out")" "محمد رضا
می${zwnj}شود
کتاب
پلاک 12 واحد 3
خانه

مسئول" "spaces trimmed and collapsed, harakat and tatweel gone, ZWNJ kept inside words only, digits ASCII"
is "$(wc -l <"$TMP/out" | tr -d ' ')" 7 "one answer line per input line, the empty one included"

out=$(printf 'فاطمة\nأحمد\nمؤمن\nمسئول\nآرش\nمی%sشود\nAli REZAEI\n' "$zwnj" | "$HAMYAR" text key)
is "$out" "فاطمه
احمد
مومن
مسیول
ارش
میشود
ali rezaei" "key folds ة أ ؤ ئ آ, drops ZWNJ, lowercases Latin"

out=$(printf 'کوچه 7 پلاک 12\n1403/12/30\n' | "$HAMYAR" text digits-fa)
is "$out" "کوچه ۷ پلاک ۱۲
۱۴۰۳/۱۲/۳۰" "digits-fa writes Persian digits"
out=$(printf '۰۹۱۲ ٣٤٥ 6789\n' | "$HAMYAR" text digits-en)
is "$out" "0912 345 6789" "digits-en reads Persian, Arabic-Indic and ASCII digits"

# A line that is not UTF-8 answers in its place; the others still answer.
printf 'علي\n\377\376\nكريم\r\n' | "$HAMYAR" --lang en text normalize >"$TMP/out"; rc=$?
is $rc 1 "a line that is not UTF-8 makes the exit status 1"
is "$(cat "$TMP/out")" "علی
error: not valid UTF-8
کریم" "it answers 'error: ...' in its place, CR LF line ends accepted"
printf '\377\n' | "$HAMYAR" text key >"$TMP/out"
case "$(cat "$TMP/out")" in "error: "*"UTF-8"*) r=0 ;; *) r=1 ;; esac
ok $r "the reason is in Persian by default"
printf 'a\300\257\n' | "$HAMYAR" text digits-en >/dev/null; is $? 1 "an overlong form is not UTF-8 either (digits-en)"

# Usage errors.
"$HAMYAR" text </dev/null >/dev/null 2>"$TMP/err"; is $? 2 "text without an operation exits 2"
"$HAMYAR" text shout </dev/null >/dev/null 2>"$TMP/err"; is $? 2 "an unknown operation exits 2"
grep -q shout "$TMP/err"; ok $? "the error names the unknown operation"
"$HAMYAR" text normalize علي </dev/null >/dev/null 2>&1; is $? 2 "values as arguments are a usage error (stdin only)"
"$HAMYAR" text --help >"$TMP/out"; is $? 0 "text --help exits 0"
grep -q 'digits-fa' "$TMP/out"; ok $? "text --help names the operations"

# No output, no error for empty input.
out=$("$HAMYAR" text normalize </dev/null); rc=$?
is "$rc/$out" "0/" "empty input: no answers, exit 0"
done_testing
