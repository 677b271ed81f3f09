# `audit --since DAY` (no --id) on a copy whose audit log lost an entry of
# that period (tests/cli/damage.py fewer audit: the first leaf of a log
# of 200 donors' creations one node fewer, read without an error).  A
# walk from a day after the log's first entry was not counted: it listed
# the period's changes one fewer and ended with exit 0.  Now the entries'
# numbers say when one is missing (a look-up on a sound log): the lost
# entry is named on the standard error, by its number, time and record,
# as the log's id index still keeps them, then how many of the period are
# lost, exit 3, after the entries read.  An entry lost before the day is
# not the period's: exit 0.  The day's midnight is put between the first
# donors and the 200 by the time zone (an offset to the second).
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/fixtures_damaged.inc"
audit_lost_period
n_of() { grep -c 'نیکوکار' "$TMP/out"; }

TZ=$zone "$HAMYAR" --db "$D" audit --since "$day" >"$TMP/out" 2>"$TMP/err"
is $? 0 "the sound database: audit --since the day of the 200, exit 0"
is "$(n_of)" 200 "... the 200 listed"
is "$(cat "$TMP/err")" "" "... nothing on the standard error"

TZ=$zone "$HAMYAR" --db "$P" audit --since "$day" >"$TMP/out" 2>"$TMP/err"
is $? 3 "the damaged copy: exit 3, not 0 with one fewer"
is "$(n_of)" 199 "... the 199 it holds listed"
grep -qE 'مدخل [0-9]+ گزارش تغییرات \(1[0-9/]+ [0-9:]+، رکورد [A-Z]+-[0-9]+\) از دست رفته است: گزارش دیگر آن را ندارد' "$TMP/err"
ok $? "... the lost entry named, by number, time and record"
grep -qE 'مدخل‌های از دست رفتهٔ گزارش تغییرات در 1[0-9]{3}/[0-9]{2}/[0-9]{2} یا پس از آن: 1؛' "$TMP/err"
ok $? "... how many of the period are lost"
grep -qF "؛ شاید پایگاه داده آسیب دیده باشد: 'hamyar --db $P verify' را اجرا کنید" "$TMP/err"
ok $? "... one, to verify"
TZ=$zone "$HAMYAR" --lang en --db "$P" audit --since "$day" >"$TMP/out" 2>"$TMP/err"
is $? 3 "in English: exit 3"
grep -qF "audit log entries on or after " "$TMP/err"; ok $? "... the same sentence"
TZ=$zone "$HAMYAR" --db "$P" audit --user root --since "$day" >"$TMP/out" 2>"$TMP/err"
is $? 3 "--user root --since: exit 3 too"
TZ=$zone "$HAMYAR" --db "$P" audit --since "$after" >"$TMP/out" 2>"$TMP/err"
is $? 0 "--since the day after, the lost entry before it: exit 0"
is "$(cat "$TMP/err" | grep -c 'از دست رفته')" 0 "... nothing said lost"
done_testing
