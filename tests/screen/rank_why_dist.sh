# The ranking's explanation under TOPSIS gives, beside the selected
# need's score, its distances to the best need and to the worst, the
# score being S- / (S+ + S-), as `rank --explain` prints them (to four
# places here).  Before, the criteria's contributions alone were shown:
# nothing on the screen said how far a need was from the best.  Under SAW
# (a weighted sum, F4) the line has no distances.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
# S+ or S- of the first need, to four places in Persian digits
dist() {
	"$HAMYAR" --lang en --db "$DB" rank --explain --top 1 | grep 'S+ = ' |
	    sed "s/.*$1 = \([0-9.]*\).*/\1/" | awk '{ printf "%.4f\n", $1 }' |
	    "$HAMYAR" text digits-fa | sed 's/\./٫/'
}
first=$("$HAMYAR" --db "$DB" rank --top 1 | sed -n 2p | awk '{ print $2 }')
best=$(dist 'S+'); worst=$(dist 'S-')
[ -n "$best" ] && [ -n "$worst" ]; ok $? "rank --explain: $first at $best from the best, $worst from the worst"

work_open "$DB"
scr_keys F4; scr_wait "TOPSIS" >/dev/null
scr_wait "$(vis "چرا $first:")"; ok $? "TOPSIS: $first explained"
scr_cap | grep -F "$(vis "چرا $first:")" | grep -qF "$(vis "فاصله تا بهترین $best، تا بدترین $worst")"
ok $? "... its line gives its distances to the best and the worst need" || scr_cap | sed 's/^/# /'
scr_keys F4; scr_wait "SAW" >/dev/null; scr_settle
scr_cap | grep -qF "$(vis 'فاصله تا بهترین')"; is $? 1 "SAW: no distances"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
