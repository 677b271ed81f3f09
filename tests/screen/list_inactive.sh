# A record deactivated (F8, an import's active 0, `user remove`) is drawn
# set apart in its list whatever its kind: dim, as a deactivated donor's
# row is (tests/screen/nid.sh), also where the kind keeps the deletion in
# the record's metadata, having no `active` field (a need, a pledge, a
# stage, a user).  Before, those rows looked active.  The rows stay in
# the list, as a deactivated donor's do.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
cat >"$TMP/n.csv" <<'CSV'
id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status,active
TST-23,TST-2,space,ساخت سایه‌بان,40000000,2,2,800,1403/06/01,identified,0
CSV
cat >"$TMP/p.csv" <<'CSV'
id,donor,need,type,amount,pledged_on,status,active
TST-30,TST-12,TST-22,space,100000000,1403/05/01,pledged,1
TST-31,TST-11,TST-22,space,15000000,1403/05/02,pledged,0
CSV
cat >"$TMP/s.csv" <<'CSV'
id,need,title,planned_start,planned_end,progress,active
TST-60,TST-22,پی‌ریزی,1403/01/01,1403/02/01,10,1
TST-61,TST-22,دیوارچینی,1403/01/01,1403/02/01,10,0
CSV
work_fixture "$DB" && "$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import stages "$TMP/s.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" user add daemon --role auditor >/dev/null &&
    "$HAMYAR" --db "$DB" user remove daemon >/dev/null
ok $? "fixture: a need, a pledge, a stage and a user deactivated"

row_attrs() { tm capture-pane -p -e -t main | grep -F -- "$1" | head -n 1; }
dim() { row_attrs "$1" | grep -qE "$(printf '\033')\[([0-9]+;)*2[;m]"; }
# Each list: the deactivated row dim, the active one not (it is not the
# selected row: the first row is selected, reverse).
check() {	# MENU-KEY WAIT-ID OFF-ID ON-ID NAME
	scr_keys "$1"; scr_wait "$2" >/dev/null; scr_keys Down; scr_settle
	dim "$3"; ok $? "$5: the deactivated $3 is drawn dim"
	dim "$4"; r=$?; [ $r -ne 0 ]; ok $? "$5: the active $4 is not"
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
}
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
check 4 TST-23 TST-23 TST-21 "needs"
check 5 TST-31 TST-31 TST-30 "pledges"
check 7 TST-61 TST-61 TST-60 "stages"
check 9 daemon daemon root "users"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
