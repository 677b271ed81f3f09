# `sync status`: where the exchange with each trusted station stands, as
# the keys screen shows it: how far this database holds the station's log,
# how far it acknowledged ours, and when the last bundle from it was
# imported here and the last one for it made (a Jalali date and time, and
# how many days ago), so that HQ sees which station has been silent and
# for how long.  Before, nothing kept those dates.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
st() { "$HAMYAR" --lang en --db "$1" sync status; }
peer() { st "$1" | grep "^$2: "; }
in_at() { sed -n 's/.*last bundle in: \([0-9/]* [0-9:]*\).*/\1/p'; }
out_at() { sed -n 's/.*last bundle out: \([0-9/]* [0-9:]*\).*/\1/p'; }

st "$Q" >"$TMP/s"; ok $? "sync status at HQ"
last=$(sed -n 's/^station HQ, its change log up to \([0-9][0-9]*\)$/\1/p' "$TMP/s")
[ -n "$last" ]; ok $? "it names the station and its log's end ($last)"
is "$(grep -c '^MRG: \|^TBZ: ' "$TMP/s")" 2 "one line per trusted station"
is "$(peer "$Q" TBZ)" "TBZ: received up to 0, acknowledged 0 of $last; last bundle in: never; last bundle out: never" \
    "nothing exchanged yet: never, both ways"

printf 'kind,name,county,mobile\nperson,علی‌رضا كريمي,TBZ,09141234567\nperson,زهرا احمدی‌نژاد,TBZ,۰۹۱۲۱۱۱۲۲۳۳\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1
before=$("$HAMYAR" date g2j "$(date +%F)")
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/b1" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" sync import "$TMP/b1" >/dev/null 2>&1; ok $? "TBZ's bundle imported at HQ"
after=$("$HAMYAR" date g2j "$(date +%F)")
line=$(peer "$Q" TBZ)
day=$(printf '%s\n' "$line" | in_at | cut -d' ' -f1)
[ -n "$day" ] && { [ "$day" = "$before" ] || [ "$day" = "$after" ]; }
ok $? "HQ: TBZ's last bundle came today ($day)"
upto=$(sed -n 's/^upto //p' "$TMP/b1")
holds "$line" "TBZ: received up to $upto, acknowledged 0 of " "... and HQ holds TBZ's log up to $upto"
holds "$line" "last bundle out: never" "... no bundle made for TBZ yet"
is "$(peer "$Q" MRG | in_at)" "" "MRG: nothing came from it"
tday=$(peer "$T" HQ | out_at | cut -d' ' -f1)
[ -n "$tday" ] && { [ "$tday" = "$before" ] || [ "$tday" = "$after" ]; }
ok $? "TBZ: its last bundle for HQ was made today"
holds "$(peer "$T" HQ)" "last bundle in: never" "... and none came from HQ yet"

# how long ago, counted to today (HAMYAR_TODAY stands for the clock)
later=$("$HAMYAR" date g2j "$(date -d "$("$HAMYAR" date j2g "$day") + 12 days" +%F)")
HAMYAR_TODAY=$later "$HAMYAR" --lang en --db "$Q" sync status >"$TMP/s12"
holds "$(grep '^TBZ: ' "$TMP/s12")" "(12 days ago)" "twelve days on: '12 days ago'"
next=$("$HAMYAR" date g2j "$(date -d "$("$HAMYAR" date j2g "$day") + 1 day" +%F)")
holds "$(HAMYAR_TODAY=$next "$HAMYAR" --lang en --db "$Q" sync status | grep '^TBZ: ')" "(yesterday)" "a day on: 'yesterday'"
holds "$(HAMYAR_TODAY=$day "$HAMYAR" --lang en --db "$Q" sync status | grep '^TBZ: ')" "(today)" "the same day: 'today'"
holds "$(HAMYAR_TODAY=$later "$HAMYAR" --db "$Q" sync status | grep '^TBZ: ')" "(۱۲ روز پیش)" "in Persian: «۱۲ روز پیش», in Persian digits as the screens"

# the same bundle imported again is no news from TBZ: its date stays
"$HAMYAR" --db "$Q" sync import "$TMP/b1" >/dev/null 2>&1
is "$(peer "$Q" TBZ)" "$line" "the same bundle again changes nothing in HQ's status"

# HQ's answer: made (out) at HQ, imported (in) at TBZ
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/b2" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" sync import "$TMP/b2" >/dev/null 2>&1; ok $? "HQ's bundle for TBZ imported there"
[ -n "$(peer "$Q" TBZ | out_at)" ]; ok $? "HQ: the last bundle for TBZ has its date now"
holds "$(peer "$T" HQ)" "HQ: received up to " "TBZ: HQ's line"
[ -n "$(peer "$T" HQ | in_at)" ]; ok $? "TBZ: the last bundle from HQ has its date"
holds "$(peer "$Q" MRG)" "last bundle in: never; last bundle out: never" "MRG's line at HQ untouched"

# a refused bundle (altered) is not a bundle received
"$HAMYAR" --db "$M" sync export --to HQ --out "$TMP/m1" >/dev/null 2>&1
sed 's/^upto /upto 9/' "$TMP/m1" >"$TMP/m1bad"
"$HAMYAR" --db "$Q" sync import "$TMP/m1bad" >/dev/null 2>&1; is $? 1 "MRG's bundle altered: refused"
is "$(peer "$Q" MRG | in_at)" "" "... and MRG still has sent nothing, as HQ sees it"

st "$Q" | LC_ALL=C grep -q '[^ -~]'; is $? 1 "--lang en: ASCII only (digits too)"
"$HAMYAR" --db "$Q" sync status >"$TMP/fa"
holds "$(cat "$TMP/fa")" "ایستگاه HQ، فهرست تغییرهای آن تا شمارهٔ" "in Persian by default"
holds "$(grep '^MRG: ' "$TMP/fa")" "آخرین بستهٔ واردشده: هرگز" "... «هرگز» for never"
"$HAMYAR" --db "$Q" sync status extra >/dev/null 2>&1; is $? 2 "sync status takes no argument"
done_testing
