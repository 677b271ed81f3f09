# The dashboard's top-ranked needs and the ranking screen at 80x24 cut a
# long title at its end: «تأمین هزینه سوخت خودروهای فرماندهی انتظامی شهر…»
# for every county's such need, the county and post that tell them apart
# lost.  They are cut in their middle now, as the lists and the matching
# screen cut them: «تأمین هزینه سوخت…شهرستان هشترود».
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ستاد استان' >/dev/null; ok $? "init"
cat >"$TMP/units.csv" <<'CSV'
id,kind,name,county
TBZ-2,station,فرماندهی انتظامی هشترود,HST
TBZ-3,station,فرماندهی انتظامی اهر,AHR
CSV
cat >"$TMP/needs.csv" <<'CSV'
id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status
TBZ-20,TBZ-2,costs,تأمین هزینه سوخت خودروهای فرماندهی انتظامی شهرستان هشترود,300000000,5,5,12000,1403/01/15,approved
TBZ-21,TBZ-3,costs,تأمین هزینه سوخت خودروهای فرماندهی انتظامی شهرستان اهر,200000000,3,3,4000,1403/02/01,approved
CSV
for k in units needs; do
	"$HAMYAR" --db "$DB" import $k "$TMP/$k.csv" >/dev/null; ok $? "import $k"
done
row() { scr_cap | grep -F "$1" | head -n 1; }	# the row of need id $1
END1="$(vis 'شهرستان هشترود')" END2="$(vis 'شهرستان اهر')"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 0
scr_wait "TBZ-21"; ok $? "the dashboard lists both needs among the top-ranked"
scr_settle
case $(row TBZ-20) in *"$END1"*) ok 0 "dashboard: a long title keeps its end, the county" ;;
*) ok 1 "dashboard: a long title keeps its end, the county"; row TBZ-20 | sed 's/^/# /' ;; esac
case $(row TBZ-21) in *"$END2"*) ok 0 "dashboard: ... the other need's too" ;;
*) ok 1 "dashboard: ... the other need's too"; row TBZ-21 | sed 's/^/# /' ;; esac
row TBZ-20 | grep -qF '…'; ok $? "dashboard: the title is cut (with «…»), in its middle"
scr_keys F4; scr_wait "$(vis 'رتبه‌بندی نیازها')" >/dev/null; scr_wait "TBZ-21" >/dev/null; scr_settle
case $(row TBZ-20) in *"$END1"*) ok 0 "ranking: a long title keeps its end, the county" ;;
*) ok 1 "ranking: a long title keeps its end, the county"; row TBZ-20 | sed 's/^/# /' ;; esac
row TBZ-20 | grep -qF '…'; ok $? "ranking: the title is cut (with «…»), in its middle"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
