# F4 on the ranking (TOPSIS / SAW) ranks the needs already read again,
# without reading the database, unless something changed since they were
# read (tui/rankscr.c, rank_rescore): then it reads them, so what another
# session wrote meanwhile is ranked.  Before, every F4 read every donor
# and need again (most of a second a press on 20,000 needs); these checks
# hold the cache to what it must not miss:
# - a need imported by another process (the change log's last number
#   moved) is ranked at the next F4, in the method's order as `rank` has it;
# - F4 with nothing changed gives `rank`'s order of the other method;
# - weights saved in another session's editor (a setting, not a record:
#   not in the change log) score the needs at the next F4.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
order() { "$HAMYAR" --db "$DB" rank --method "$1" | sed 1d | awk '{ print $2 }'; }
# urgency's weight as the explanation shows it: four places, Persian digits
urgency() {
	"$HAMYAR" --db "$DB" rank --json | grep -o '"urgency": [0-9.]*' | head -n 1 |
	    awk '{ printf "%.4f\n", $2 }' | "$HAMYAR" text digits-fa | sed 's/\./٫/'
}

work_open "$DB"
scr_keys F4; scr_wait "TOPSIS" >/dev/null
scr_wait "TST-23"; ok $? "the ranking: TOPSIS, the fixture's four needs"

# another process imports a need that comes first in both methods
printf '%s\n%s\n' 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status' \
    'TST-24,TST-1,equipment,بی‌سیم‌های گشت شبانه,10000000,5,5,20000,1400/01/01,approved' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "another process imports TST-24"
scr_keys F4; scr_wait "SAW" >/dev/null; scr_settle
# shellcheck disable=SC2046 # one id a word
ids_in_order $(order saw); ok $? "F4: SAW ranks TST-24 too, in rank --method saw's order"
scr_cap | grep -qF "$(vis 'چرا TST-20:')"; ok $? "... TST-20, selected before, still explained"

scr_keys F4; scr_wait "TOPSIS" >/dev/null; scr_settle
# shellcheck disable=SC2046
ids_in_order $(order topsis); ok $? "F4 again, nothing changed: rank --method topsis's order"

# another session saves weights: urgency 3 times impact
w0=$(urgency)
scr_cap | grep -qF "$w0"; ok $? "urgency's weight shown: $w0"
tm new-session -d -s other -x 80 -y 24 "env $SCR_ENV_DEFAULT HAMYAR_BIDI=app HOME='$TMP' '$HAMYAR' --db '$DB'; sleep 300"
other() { tm capture-pane -p -t other; }
owait() { n=100; while [ $n -gt 0 ]; do other | grep -qF -- "$1" && return 0; sleep 0.1; n=$((n - 1)); done; return 1; }
owait "$(vis 'منوی اصلی')"; tm send-keys -t other 0
owait "$(vis 'نیازها به تفکیک شهرستان')"; tm send-keys -t other F4
owait "TOPSIS"; tm send-keys -t other F6
owait "CR = "; tm send-keys -t other 3; sleep 0.2; tm send-keys -t other F2
owait "$(vis 'وزن‌ها ذخیره شد')"; ok $? "the other session saves new weights"
w1=$(urgency)
[ "$w1" != "$w0" ]; ok $? "urgency's weight is now $w1"
scr_keys F4; scr_wait "SAW" >/dev/null; scr_settle
scr_cap | grep -qF "$w1"; ok $? "F4: the needs are scored with the new weights (urgency $w1)"
# shellcheck disable=SC2046
ids_in_order $(order saw); ok $? "... in rank --method saw's order"

scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
