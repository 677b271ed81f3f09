# `sync trust مرند KEY`: the county's Persian name typed for the station's
# code.  Before, «کد ایستگاه نیست» alone, the code to type never named;
# now the county table's code is suggested (MRD), with the command, for a
# name typed with Arabic ي/ك too, and nothing is trusted.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
k=$(key "$M")
"$HAMYAR" --db "$Q" sync trust مرند "$k" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a county's name for the code: refused"
holds "$(cat "$TMP/err")" "کد آن MRD است (hamyar sync trust MRD KEY)" "... suggesting its code, MRD"
"$HAMYAR" --db "$Q" sync trust 'كليبر' "$k" 2>"$TMP/err"; is $? 1 "«كليبر» typed with Arabic ي/ك: refused"
holds "$(cat "$TMP/err")" "کد آن KLB است" "... suggesting KLB"
"$HAMYAR" --db "$Q" sync trust تهران "$k" 2>"$TMP/err"; is $? 1 "a name of no county of the table: refused"
is "$(cat "$TMP/err")" "hamyar: «تهران» کد ایستگاه نیست: 2 تا 8 حرف لاتین یا رقم" "... as before, no code suggested"
"$HAMYAR" --lang en --db "$Q" sync trust مرند "$k" 2>"$TMP/err"; is $? 1 "in English: refused"
holds "$(cat "$TMP/err")" "its code is MRD (hamyar sync trust MRD KEY)" "... suggesting MRD"
holds "$("$HAMYAR" --lang en --db "$Q" sync status)" "no station is trusted yet" "and nothing was trusted"
done_testing
