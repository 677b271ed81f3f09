# The first line of each record in `sync conflicts` says, for each side,
# the station that made its version and when, as a Jalali date and time
# (ASCII digits, as the changed: line under it and every verb's output
# give them): «donor TBZ-1 mine=HQ 1405/09/11 10:20 theirs=TBZ ...».
# Before, it gave the hybrid clock stamps («mine=117715439582838784@HQ»),
# which tell a supervisor nothing.  --clocks still prints the stamps, for a
# script that compares versions; any other option is a usage error.
# Without --clocks no «changed: here ..., at TBZ ...» line follows, which
# said the same stations and times a second time; with it, the line gives
# the times the stamps do not.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
before=$("$HAMYAR" date g2j "$(date +%F)")
printf 'kind,name,county,mobile,notes\nperson,علی‌رضا كريمي,TBZ,09141234567,اولیه\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a donor of TBZ reaches HQ"
printf 'id,mobile\nTBZ-1,09141112222\n' >"$TMP/t1.csv"
printf 'id,notes\nTBZ-1,پیگیری شود\n' >"$TMP/q1.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/q1.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "TBZ changed the mobile, HQ the notes; TBZ's bundle applied at HQ"
after=$("$HAMYAR" date g2j "$(date +%F)")
# (the day the versions were made: today, or yesterday if midnight passed)
day="($(printf '%s' "$before" | sed 's|/|\\/|g')|$(printf '%s' "$after" | sed 's|/|\\/|g'))"
when="$day [0-9]{2}:[0-9]{2}"

"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/c"; ok $? "sync conflicts"
head -n 1 "$TMP/c" | grep -Eq "^donor TBZ-1 mine=HQ $when theirs=TBZ $when kept=mine\$"
ok $? "the first line: each side's station and the Jalali date and time of its version"
head -n 1 "$TMP/c" | grep -Eq '[0-9]{10}|@'; r=$?; [ $r -ne 0 ]; ok $? "... no clock stamp in it"
"$HAMYAR" --db "$Q" sync conflicts | head -n 1 | grep -Eq "^خیّر TBZ-1 ما=HQ $when آن‌ها=TBZ $when مانده=ما\$"
ok $? "in Persian too, the date in ASCII digits as the rest of the output"

"$HAMYAR" --lang en --db "$Q" sync conflicts --clocks | head -n 1 |
    grep -Eq '^donor TBZ-1 mine=[0-9]+@HQ theirs=[0-9]+@TBZ kept=mine$'
ok $? "--clocks: the clock stamps, for a script"
grep -q '^  changed: ' "$TMP/c"; r=$?; [ $r -ne 0 ]; ok $? "no changed: line saying the stations and times again"
"$HAMYAR" --db "$Q" sync conflicts | grep -q 'زمان تغییر'; r=$?; [ $r -ne 0 ]; ok $? "... nor «زمان تغییر» in Persian"
"$HAMYAR" --lang en --db "$Q" sync conflicts --clocks | sed -n 2p |
    grep -Eq "^  changed: here $when, at TBZ $when\$"
ok $? "--clocks: the changed: line under it gives each version's time"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts --clocks | sed 1,2d)" "$(sed 1d "$TMP/c")" \
    "... the other lines under it as without it"
"$HAMYAR" --lang en --db "$Q" sync conflicts --clock >"$TMP/o" 2>"$TMP/e"; r=$?
is $r 2 "an option mistyped: a usage error"
grep -q 'conflicts \[--clocks\]' "$TMP/e"; ok $? "... the usage naming --clocks"
[ ! -s "$TMP/o" ]; ok $? "... and nothing listed"
done_testing
