# The audit screen keeps the newest changes its 20,000 lines hold, whole,
# and counts every change of its period.  3,000 donors imported (each
# change a heading and one line per field, as `hamyar audit --id` lists
# them): the count says all 3,001 changes (the first user's too), End
# shows the last donor's change, and Home the oldest change kept: the
# newest 20,000 / (lines a change) of them, no older one and no part of
# one.  Since the screen lays out only the changes it can keep (a change
# read is counted, and laid out only if the newer ones leave it room),
# what it shows must be what it showed when every change was laid out and
# the oldest dropped as the lines filled (tests/bench/bench_tui.sh
# measures the opening: 15 s before, for 130,000 changes, 1 s after).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
N=3000
"$HAMYAR" --db "$DB" init --station AUD >/dev/null
awk -v n=$N 'BEGIN {
	split("علی‌رضا مریم حسین فاطمه", a, " ")
	print "kind,name,county,mobile,notes"
	for (i = 1; i <= n; i++) printf "person,%s نوری‌زاده %d,TBZ,0914%07d,خيّر شماره %d\n", a[i % 4 + 1], i, i, i
}' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "$N donors imported"
per=$("$HAMYAR" --db "$DB" audit --id AUD-1 | wc -l)
all=$("$HAMYAR" --db "$DB" audit | grep -c 'را افزود')
is "$all" $((N + 1)) "the log: the first user and the $N donors"
kept=$((20000 / per))
first=$((N - kept + 1))
echo "# $per lines a change: the newest $kept kept, AUD-$first the oldest"
SCR_SIZE=80x24
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys F8; scr_wait "$(vis 'گزارش تغییرات')"; scr_settle
scr_cap | sed -n 2p | grep -qF "$(vis "$(printf '%s' "$all" | sed 'y/0123456789/۰۱۲۳۴۵۶۷۸۹/')")"
ok $? "the count: every change of the 30 days ($all), those not kept too"
scr_cap | grep -qF "AUD-$N "; ok $? "at the end: the last donor's change, AUD-$N"
scr_keys Home; scr_settle
row=$(scr_cap | sed -n 4p)
holds "$row" "AUD-$first " "Home: the oldest change kept is AUD-$first, the newest $kept whole"
case $row in *"$(vis '(ادامه از بالا)')"*) ok 1 "... its heading, not a change cut by the top" ;; *) ok 0 "... its heading, not a change cut by the top" ;; esac
scr_cap | sed -n 5p | grep -qF "$(vis 'شناسه')"; ok $? "... its first field under it"
scr_keys Up; scr_settle
is "$(scr_cap | sed -n 4p)" "$row" "Up at the top: nothing older (AUD-$((first - 1)) dropped whole)"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
