# The dashboard keeps a done need of a unit made inactive afterwards, as
# `hamyar report` does: its estimated cost and the money received on it
# stay in the county's figures; only the unit's open need is left out.
# Before, the done need's 120,000,000 received vanished with its unit.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null 2>&1
printf 'kind,name,county\nstation,کلانتری ۱۱ تبريز,TBZ\npost,پاسگاه عجب‌شیر,TBZ\n' >"$TMP/u.csv"
cat >"$TMP/n.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-1,space,بازسازی ساختمان کلانتری,300000000,5,4,1403/12/30,approved
TBZ-2,equipment,دوربین‌های نظارتي 4MP,۱۲۰٬۰۰۰٬۰۰۰,3,3,1403/10/01,done
TBZ-2,space,ساخت سایه‌بان,40000000,2,2,1404/01/15,identified
CSV
printf 'kind,name,county\nperson,علی‌رضا کريمی,TBZ\n' >"$TMP/d.csv"
printf 'donor,need,type,amount,pledged_on\nTBZ-6,TBZ-3,space,100000000,1404/01/10\nTBZ-6,TBZ-4,equipment,120000000,1403/11/11\nTBZ-6,TBZ-5,space,10000000,1404/01/20\n' >"$TMP/p.csv"
printf 'pledge,paid_on,amount,receipt\nTBZ-8,1403/12/01,120000000,1001\nTBZ-9,1404/02/01,4000000,1002\n' >"$TMP/pay.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null 2>&1 &&
    "$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import payments "$TMP/pay.csv" >/dev/null
ok $? "fixture: the post's done need paid in full, its open need, the station's need"
printf 'id,kind,name,county,active\nTBZ-2,post,پاسگاه عجب‌شیر,TBZ,0\n' >"$TMP/off.csv"
"$HAMYAR" --db "$DB" import units "$TMP/off.csv" >/dev/null; ok $? "the post TBZ-2 made inactive"

fa_amount() {
	printf '%s\n' "$1" | sed -e ':a' -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/' -e 'ta' |
	    "$HAMYAR" text digits-fa | sed 's/,/٬/g'
}
detail_has() { scr_cap | grep -F -- "$(vis "$1:")" | grep -qF -- "$(fa_amount "$2")"; }
set -- $("$HAMYAR" --db "$DB" report | awk '$1 == "تبریز" { print $2, $3, $4, $5, $6 }')
is "$*" "2 420000000 220000000 120000000 200000000" "the report's Tabriz row: the station's need and the done one"

work_open "$DB"
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; ok $? "the dashboard"
scr_settle
detail_has 'برآورد هزینه' 420000000; ok $? "Tabriz: estimated cost 420,000,000, as the report has it"
detail_has 'تعهدشده' 220000000; ok $? "pledged 220,000,000"
detail_has 'دریافت‌شده' 120000000; ok $? "received 120,000,000: the done need's money counted"
detail_has 'کسری' 200000000; ok $? "gap 200,000,000"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
