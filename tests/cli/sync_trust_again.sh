# `sync trust TBZ KEY` given twice with the same key said «کلید TBZ مورد
# اعتماد است» both times, as if something had been done the second time.
# The second time says the key was already trusted (exit 0), and nothing
# is written: the audit log and the exchange state are as they were.
. "$HAMYAR_SRC/tests/lib.sh"

T="$TMP/tbz"; H="$TMP/hq"
"$HAMYAR" --db "$T" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "TBZ"
"$HAMYAR" --db "$H" init --station HQ --name 'ستاد استان' >/dev/null 2>&1; ok $? "HQ"
key=$("$HAMYAR" --db "$T" sync key | tail -n 1)

"$HAMYAR" --db "$H" sync trust TBZ "$key" >"$TMP/out" 2>&1; rc=$?
is "$rc $(cat "$TMP/out")" "0 کلید TBZ مورد اعتماد است" "the first time: trusted"
audit=$("$HAMYAR" --lang en --db "$H" audit)
status=$("$HAMYAR" --lang en --db "$H" sync status)

"$HAMYAR" --db "$H" sync trust tbz "$key" >"$TMP/out" 2>&1; rc=$?
is "$rc $(cat "$TMP/out")" "0 کلید TBZ از پیش مورد اعتماد است: چیزی تغییر نکرد" "the same key again: already trusted, said"
"$HAMYAR" --lang en --db "$H" sync trust TBZ "$(echo "$key" | tr a-f A-F)" >"$TMP/out" 2>&1; rc=$?
is "$rc $(cat "$TMP/out")" "0 the key of TBZ is already trusted: nothing changed" "... in capitals, in English"
is "$("$HAMYAR" --lang en --db "$H" audit)" "$audit" "... nothing written to the audit log"
is "$("$HAMYAR" --lang en --db "$H" sync status)" "$status" "... the exchange state as it was"
done_testing
