# The ranking left open reads the needs again when another session writes
# what it rests on, and only then (tui/rankscr.c, rank_changes_matter): a
# need, a pledge, a unit, or a donor's county, interests, capacity or being
# active (the interest criterion).  A donor's name changed elsewhere is
# looked at in the change log and the needs are not read again; before,
# any write read them all again, 0.4 to 0.85 s on 20,000 needs, every two
# seconds while another session saved.  HAMYAR_REREAD_LOG says what the
# screen did with each write it saw: "rank skip SEQ" or "rank read SEQ".
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db" RR="$TMP/reread"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
# log_wait WORD N: the log holds N lines of WORD (a wait, not a timing)
log_wait() {
	n=200
	while [ $n -gt 0 ]; do
		[ "$(grep -c "^rank $1 " "$RR" 2>/dev/null)" -ge "$2" ] && return 0
		sleep 0.1; n=$((n - 1))
	done
	echo "# the log:"; sed 's/^/# | /' "$RR" 2>/dev/null
	return 1
}
SCR_ENV="$SCR_ENV_DEFAULT HAMYAR_REREAD_LOG=$RR"
work_open "$DB"
scr_keys F4; scr_wait "TOPSIS" >/dev/null; ok $? "the ranking open"

# another process renames donor TST-11 (a ZWNJ, Arabic yeh and kaf typed)
printf 'id,name\nTST-11,بنياد نیکوکاری مهر‌آيين كرج\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "another process renames donor TST-11"
log_wait skip 1; ok $? "the ranking sees the change: nothing it rests on"
is "$(grep -c '^rank read ' "$RR")" 0 "... and does not read the needs again"

# donor TST-12 now interested in equipment too: the interest of TST-21
printf 'id,interests\nTST-12,space equipment\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "another process gives TST-12 an interest more"
log_wait read 1; ok $? "the ranking reads the needs again"

# a need changed: read again, its new score on the screen
s() {
	"$HAMYAR" --db "$DB" rank | awk -v id="$1" '$2 == id { print $3 }' |
	    "$HAMYAR" text digits-fa | sed 's/\./٫/'
}
scr_keys F3; scr_settle; scr_type "TST-21"; scr_keys Enter
scr_wait "$(vis "چرا TST-21: امتیاز $(s TST-21)")" >/dev/null; ok $? "F3: TST-21 selected"
printf '%s\n%s\n' 'id,urgency,impact' 'TST-21,5,5' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "another process raises TST-21's urgency and impact"
log_wait read 2; ok $? "the ranking reads the needs again"
scr_wait "$(vis "چرا TST-21: امتیاز $(s TST-21)")"; ok $? "... TST-21's new score on the screen"
is "$(grep -c '^rank skip ' "$RR")" 1 "one write skipped in all: the name"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
work_quit_dash
done_testing
