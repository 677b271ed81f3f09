# A name in the audit log's narrow value column keeps its brackets
# balanced.  A donor's name with its Latin spelling in brackets,
# «علی ولی‌زاده (Vali-Zadeh) مقدم», at 70 columns, was cut inside the
# bracket and showed «Va…)» (the open bracket mirrored in a Persian line,
# the ellipsis inside it); then the bracket was closed after the ellipsis,
# «(Vali…)».  Now a value wider than its column goes on over the rows
# under it (tests/screen/audit_long.sh), broken between words: the
# bracketed spelling whole on its row, nothing cut.  Where a column still
# cuts (the conflict list), tui_fit_end closes the bracket
# (tests/tui/test_fit.c).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST --name "ایستگاه آزمون" >/dev/null &&
printf 'name,kind,county,mobile\nعلی ولی‌زاده (Vali-Zadeh) مقدم,person,TBZ,09141234567\n' >"$TMP/d.csv" &&
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null
ok $? "fixture: a donor whose name holds its Latin spelling in brackets"

SCR_SIZE=70x20
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F8; scr_wait "$(vis 'گزارش تغییرات')"; ok $? "F8: the audit log"
scr_settle
row=$(scr_cap | grep -F "Vali")
holds "$row" "(Vali-Zadeh)" "the Latin spelling whole, in its brackets"
case $row in *"…"*) ok 1 "... and not cut: $row" ;; *) ok 0 "... and not cut" ;; esac
scr_cap | grep -F "$(vis 'نام')" | grep -qF "$(vis 'علی ولی‌زاده')"; ok $? "... the name's start on the label's row, the rest under it"
o=$(printf '%s' "$row" | tr -cd '(' | wc -c); c=$(printf '%s' "$row" | tr -cd ')' | wc -c)
is "$o" "$c" "as many ( as ) on the row"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
