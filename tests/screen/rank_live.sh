# The ranking left open reads the needs again when the database changes
# under it (another session, an import, a bundle, `sync resolve`), as the
# dashboard does: the change log's last number, looked at every two
# seconds at most (tui/rankscr.c, rank_draw), the need selected staying
# selected.  Before, it kept the scores it was opened with until F4 was
# pressed twice (TST-21 still at its old score and rank, the ranking
# short of a need imported meanwhile, the weights another session saved
# not used).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
score() {
	"$HAMYAR" --db "$DB" rank | awk -v id="$1" '$2 == id { print $3 }' |
	    "$HAMYAR" text digits-fa | sed 's/\./٫/'
}
pos() { "$HAMYAR" --db "$DB" rank | sed 1d | awk -v id="$1" '$2 == id { print $1 }'; }
s0=$(score TST-21)

work_open "$DB"
scr_keys F4; scr_wait "TOPSIS" >/dev/null
scr_keys F3; scr_settle; scr_type "TST-21"; scr_keys Enter
scr_wait "$(vis "چرا TST-21: امتیاز $s0")"; ok $? "F3: TST-21 selected, its score $s0"

# another process raises TST-21's urgency and impact: it comes first
printf '%s\n%s\n' 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status' \
    'TST-21,TST-1,equipment,دوربین مداربسته,80000000,5,5,4000,1403/02/01,identified' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "another process imports TST-21 changed"
s1=$(score TST-21)
[ "$s1" != "$s0" ] && [ "$(pos TST-21)" = 1 ]; ok $? "rank: TST-21 now first, its score $s1"
scr_wait "$(vis "چرا TST-21: امتیاز $s1")"; ok $? "the screen, no key pressed: TST-21's new score, still selected"
scr_wait "TOPSIS" >/dev/null
# shellcheck disable=SC2046 # one id a word
ids_in_order $("$HAMYAR" --db "$DB" rank | sed 1d | awk '{ print $2 }'); ok $? "... the needs in rank's new order"

# a need imported meanwhile is ranked too, TST-21 still the one explained
printf '%s\n%s\n' 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status' \
    'TST-24,TST-1,equipment,بی‌سیم‌های گشت شبانه,10000000,5,5,20000,1400/01/01,approved' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "another process imports TST-24"
scr_wait "TST-24"; ok $? "the screen ranks TST-24 without a key pressed"
s2=$(score TST-21)
scr_wait "$(vis "چرا TST-21: امتیاز $s2")"; ok $? "... TST-21 still selected, at its score now ($s2)"

# weights saved in another session's editor (a setting, not in the
# change log): the needs ranked with them, no key pressed
urgency() {
	"$HAMYAR" --db "$DB" rank --json | grep -o '"urgency": [0-9.]*' | head -n 1 |
	    awk '{ printf "%.4f\n", $2 }' | "$HAMYAR" text digits-fa | sed 's/\./٫/'
}
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
scr_wait "$w1"; ok $? "the screen, no key pressed: the needs scored with the new weights (urgency $w1)"
s3=$(score TST-21)
scr_wait "$(vis "چرا TST-21: امتیاز $s3")"; ok $? "... TST-21 still selected, at its score by them ($s3)"

scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
work_quit_dash
done_testing
