# A province shares one ranking (SPEC §8): the weights HQ saves in the
# weights editor travel in its sync bundles and rank the needs at the
# stations too.  Before, every bundle left them behind and each station
# ranked by its own (the defaults), whatever HQ had chosen.  The newer
# weights win where they arrive (hybrid logical clock, as records); a
# bundle brought again, or weights sent back to where they came from,
# change nothing; taking them is audited as received by sync, from the
# station that chose them.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
HQ="$TMP/hq"
ST="$TMP/tbz"
work_fixture "$HQ"; ok $? "HQ's database (station TST) made with the CLI"
"$HAMYAR" --db "$ST" init --station TBZ >/dev/null; ok $? "a station's database, TBZ"
key() { "$HAMYAR" --db "$1" sync key | tail -n 1; }
"$HAMYAR" --db "$HQ" sync trust TBZ "$(key "$ST")" >/dev/null &&
"$HAMYAR" --db "$ST" sync trust TST "$(key "$HQ")" >/dev/null
ok $? "each trusts the other's key"
urgency() { "$HAMYAR" --db "$1" rank --json | grep -o '"weights": {"urgency": [0-9.]*' | sed 's/.* //'; }
default=$(urgency "$ST")
[ -n "$default" ]; ok $? "the station ranks by the default weights (urgency $default)"

# HQ saves new weights in the editor: urgency : impact = 3
work_open "$HQ"
scr_keys F4; scr_wait "TOPSIS" >/dev/null
scr_keys F6; scr_wait "CR = "; ok $? "HQ: F6 opens the weights editor"
scr_keys 3; scr_settle
scr_keys F2
scr_wait "$(vis 'وزن‌ها ذخیره شد: رتبه‌بندی از این پس با آن‌هاست.')"; ok $? "HQ: F2 saves the weights"
scr_keys F10 F10 F10 F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "HQ: the program quits"
chosen=$(urgency "$HQ")
[ -n "$chosen" ] && [ "$chosen" != "$default" ]; ok $? "HQ ranks by its new weights (urgency $chosen)"

"$HAMYAR" --db "$HQ" sync export --to TBZ --out "$TMP/b1" >/dev/null 2>&1; ok $? "HQ writes a bundle for TBZ"
grep -q '^rank [0-9]*@TST	' "$TMP/b1"; ok $? "... carrying its ranking, stamped by HQ's clock"
"$HAMYAR" --db "$ST" sync import "$TMP/b1" >"$TMP/out" 2>&1; ok $? "TBZ imports it"
grep -qF 'وزن‌های رتبه‌بندی از TST رسید' "$TMP/out"; ok $? "... and is told the ranking's weights came from TST"
is "$(urgency "$ST")" "$chosen" "TBZ now ranks by HQ's weights"
"$HAMYAR" --lang en --db "$ST" audit >"$TMP/audit"
grep -q "ranking weights: \"0\.[0-9]* [0-9. ]*\" -> \"${chosen%?}" "$TMP/audit"
ok $? "taking them is in TBZ's audit log (ranking weights: the defaults TBZ used -> HQ's)"
# The entry says they came by sync, from TST: the user who imported the
# bundle did not choose them (before, "changed setting", by that user).
grep -B1 "ranking weights: \"0\.[0-9]* [0-9. ]*\" -> " "$TMP/audit" | head -n 1 | grep -q ' sync setting "rank.weights"$'
ok $? "... as received by sync, not as a setting the importer changed"
# (the entry's lines up to the next entry: the itemised weights come first)
sed -n '/sync setting "rank.weights"/,/^[^ ]/p' "$TMP/audit" | grep -qx "  from: TST"
ok $? "... from station TST"
"$HAMYAR" --db "$ST" audit --id rank.weights >"$TMP/audit"
grep -qx "  از ایستگاه: TST" "$TMP/audit"; ok $? "... in Persian too (از ایستگاه: TST)"
grep -q 'را تغییر داد$' "$TMP/audit"; is $? 1 "... and not as the importer's change"
scr_start "$ST"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F8
scr_wait "$(vis 'از همگام‌سازی رسید')" >/dev/null
scr_wait "$(vis 'از ایستگاه')"; ok $? "TBZ's audit screen: the weights came by sync, from station TST"
scr_cap | grep -q "TST"; ok $? "... naming TST"
scr_cap | grep -q "from\|rank\."; is $? 1 "... no stored name in English"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
sleep 0.3

"$HAMYAR" --db "$ST" sync import "$TMP/b1" >"$TMP/out" 2>&1; ok $? "the same bundle again"
grep -qF 'وزن‌های رتبه‌بندی' "$TMP/out"; is $? 1 "... says nothing of weights (not newer)"
is "$(urgency "$ST")" "$chosen" "... and the weights stay"
"$HAMYAR" --db "$ST" sync export --to TST --out "$TMP/b2" >/dev/null 2>&1
grep -q '^rank [0-9]*@TST	' "$TMP/b2"; ok $? "TBZ's bundle back to HQ carries the weights it holds, HQ's version"
"$HAMYAR" --db "$HQ" sync import "$TMP/b2" >"$TMP/out" 2>&1; ok $? "HQ imports it"
grep -qF 'وزن‌های رتبه‌بندی' "$TMP/out"; is $? 1 "... nothing taken: they are its own"

# A bundle whose ranking line was changed is refused whole, as any change.
sed 's/^rank \([0-9]*\)@TST\t0\./rank \1@TST\t9./' "$TMP/b1" >"$TMP/b3"
cmp -s "$TMP/b1" "$TMP/b3"; is $? 1 "(a copy of HQ's bundle with a weight changed)"
"$HAMYAR" --db "$ST" sync import "$TMP/b3" >/dev/null 2>&1; is $? 1 "... refused (exit 1)"
is "$(urgency "$ST")" "$chosen" "... the weights as they were"
done_testing
