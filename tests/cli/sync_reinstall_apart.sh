# A station installed afresh that types a record and sends it to HQ before
# HQ's first bundle reaches it: its new TBZ-1 (another person) meets HQ's
# old TBZ-1 as two versions of one record, at HQ and then at the station.
# No decision keeps both (README, the known limit), so `sync conflicts`
# says these are two different records under one number and what to do:
# keep the right one there, type the other again as a new record.  A
# plain conflict (one record edited at two places) is not marked so.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
tbz_donors && bundle "$Q" "$M" MRG
ok $? "TBZ's two donors at HQ and MRG"

# a plain conflict first: TBZ-2 edited at HQ and at MRG while apart (and
# HQ's TBZ-1 edited, so its history is more than its creation)
printf 'id,notes\nTBZ-2,یادداشت ستاد ۱۴۰۳\nTBZ-1,پرونده در ستاد\n' >"$TMP/q.csv"
printf 'id,notes\nTBZ-2,یادداشت مرند\n' >"$TMP/m2.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$M" import donors "$TMP/m2.csv" >/dev/null 2>&1 && bundle "$M" "$Q" HQ
ok $? "TBZ-2 edited at HQ and at MRG, MRG's edit imported at HQ; HQ edits TBZ-1 too"

reinstall_tbz
ok $? "TBZ made again, its new key trusted at HQ with --replace"

# the new station types a donor and sends it before HQ's bundle comes
printf 'kind,name,county,mobile\nperson,مریم یوسفی‌پور,TBZ,۰۹۱۴۱۱۱۲۲۳۳\n' >"$TMP/n.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/t1" >/dev/null 2>&1 &&
"$HAMYAR" --lang en --db "$Q" sync import "$TMP/t1" >"$TMP/i" 2>&1
ok $? "TBZ's new TBZ-1 sent to HQ first"
grep -qxF "two different records under one number, one from TBZ and one here, wait in the conflicts: keep one, type the other again as a new record and move to it its pledges and ceremonies (hamyar sync conflicts): TBZ-1" "$TMP/i"
ok $? "HQ's import says TBZ-1 is two different records under one number, and what to do"

"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/c" 2>&1
grep -q '^donor TBZ-1 ' "$TMP/c"
ok $? "HQ lists TBZ-1 as a conflict"
is "$(grep -c 'Two different records under one number' "$TMP/c")" 1 \
    "... marked as two different records under one number, once (TBZ-2's is not)"
sed -n '/^donor TBZ-1 /,/^donor /p' "$TMP/c" | grep -q 'type the other again as a new record'
ok $? "... under TBZ-1's entry, saying what to do"
grep -q '^donor TBZ-2 ' "$TMP/c"
ok $? "TBZ-2's plain conflict is listed too"
! sed -n '/^donor TBZ-2 /,$p' "$TMP/c" | grep -q 'Two different records'
ok $? "... without the mark"
"$HAMYAR" --db "$Q" sync conflicts >"$TMP/cf" 2>&1
grep -q 'دو رکورد جدا با یک شماره' "$TMP/cf"
ok $? "... and in Persian"

"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/q1" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" sync import "$TMP/q1" >"$TMP/i" 2>&1
ok $? "HQ's bundle imported at TBZ"
grep -qF "دو رکورد جدا با یک شماره، یکی از HQ و یکی اینجا، در تعارض‌ها منتظرند" "$TMP/i" &&
grep -q ": TBZ-1\$" "$TMP/i" && ! grep -q "TBZ-2\$" "$TMP/i"
ok $? "TBZ's import says so of TBZ-1 (in Persian), not of TBZ-2"
"$HAMYAR" --lang en --db "$T" sync conflicts >"$TMP/ct" 2>&1
sed -n '/^donor TBZ-1 /,/^donor /p' "$TMP/ct" | grep -q 'Two different records under one number'
ok $? "TBZ marks its TBZ-1 conflict the same way"

# once decided, the entry is gone and so is the mark
"$HAMYAR" --db "$Q" sync resolve TBZ-1 mine >/dev/null 2>&1
ok $? "HQ keeps its TBZ-1"
"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/c2" 2>&1
is "$(grep -c 'Two different records' "$TMP/c2")" 0 "no mark at HQ after the decision"
done_testing
