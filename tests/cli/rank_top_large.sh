# `rank --top 99999999999999999999` said --top takes "1 or more, not «…»",
# which reads as if the number were too small.  A number too large for
# --top (in any digit set) now says so and gives the maximum; 0 still
# gets "1 or more", and the largest --top taken ranks them all.
. "$HAMYAR_SRC/tests/lib.sh"
D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1; ok $? "init"
b=$(getconf LONG_BIT)
MAX=$(( ((1 << (b - 2)) - 1) * 2 + 1 ))	# LONG_MAX of this build
"$HAMYAR" --db "$D" rank --top 99999999999999999999 >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: --top: «99999999999999999999» بیش از اندازه بزرگ است، بیشینه $MAX (--top بیش از شمار نیازها همهٔ آن‌ها را رتبه‌بندی می‌کند)" \
    "20 digits: too large, with the maximum"
[ ! -s "$TMP/out" ]; ok $? "... nothing ranked"
"$HAMYAR" --lang en --db "$D" rank --top "۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹" >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: --top: '۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹۹' is too large, at most $MAX (a --top beyond the number of needs ranks them all)" \
    "in Persian digits, in English"
over="${MAX%7}8"	# LONG_MAX + 1: 2^31 and 2^63 - 1 end in 7
"$HAMYAR" --lang en --db "$D" rank --top "$over" >/dev/null 2>"$TMP/err"; is $? 2 "one above the maximum: refused"
grep -q "too large, at most $MAX" "$TMP/err"; ok $? "... as too large"
"$HAMYAR" --lang en --db "$D" rank --top "$MAX" >/dev/null 2>"$TMP/err"; ok $? "the maximum itself: taken"
"$HAMYAR" --lang en --db "$D" rank --top 0 >/dev/null 2>"$TMP/err"
is "$(cat "$TMP/err")" "hamyar: --top takes a number of needs, 1 or more, not '0'" "0: still 1 or more"
"$HAMYAR" --lang en --db "$D" rank --top 12x99999999999999999999 >/dev/null 2>"$TMP/err"
grep -q "1 or more, not" "$TMP/err"; ok $? "not a number, however long: not called too large"
done_testing
