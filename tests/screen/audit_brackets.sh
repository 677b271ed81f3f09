# A value cut to its column keeps its brackets balanced.  A donor's name
# with its Latin spelling in brackets, «علی ولی‌زاده (Vali-Zadeh) مقدم»,
# in the audit log's narrow value column at 70 columns, was cut inside the
# bracket and showed «Va…)» (the open bracket mirrored in a Persian line,
# the ellipsis inside it); now the bracket is closed after the ellipsis,
# «(Vali…)» (the hyphen before the ellipsis dropped), or the cut goes
# before it when less than two letters of it
# are left.  The conflict list draws its columns the same way.
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
row=$(scr_cap | grep -F "$(vis 'نام')" | grep -F "Vali")
holds "$row" "(Vali…)" "the name cut, its bracket closed after the ellipsis, no hyphen before it"
case $row in *"(Vali-Zadeh)"*) ok 1 "... and cut: $row" ;; *) ok 0 "... and cut" ;; esac
o=$(printf '%s' "$row" | tr -cd '(' | wc -c); c=$(printf '%s' "$row" | tr -cd ')' | wc -c)
is "$o" "$c" "as many ( as ) on the row"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
