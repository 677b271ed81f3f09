# A payment whose pledge is lost, a stage whose need is (tests/cli/damage.py
# fewer pledge / fewer need on copies: TBZ-21 and AHR-11 read as not
# there), have no county to read.  Before, the access rule took them for
# province-wide records: every county's clerk had them in his lists, his
# search found them, his export named them.  Now such a record is a
# clerk's only where a surviving link names his county: its id's station
# when the station is named after a county (TBZ-31, TBZ-41 made at
# Tabriz's station: Tabriz's), none for OST-32, OST-42 (HQ, supervisors
# and auditors only).  A clerk's list that leaves one out says it does not
# show every record, and to ask provincial HQ; root reads them all.
# Station AHR; Tabriz's pledge TBZ-21 (donor AHR-6, need AHR-11 of Tabriz)
# paid by TBZ-31 and OST-32; Tabriz's need AHR-11 staged by TBZ-41, OST-42;
# Ahar's AHR-20, AHR-30, AHR-40 whole.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
scr_second_uid
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station AHR --name 'ایستگاه اهر' >/dev/null 2>&1; ok $? "init, station AHR"
printf 'id,kind,name,county\nAHR-1,post,پاسگاه اهر,AHR\nAHR-2,station,کلانتری ۱۲ تبريز,TBZ\n' >"$TMP/u.csv"
printf 'id,kind,name,county\nAHR-5,person,علي‌اكبر كريمي‌نژاد,AHR\nAHR-6,org,شرکت فولاد آذر,TBZ\n' >"$TMP/d.csv"
printf 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status\nAHR-10,AHR-1,space,ساخت اتاق نگهبانی,300000000,5,4,12000,1403/01/15,approved\nAHR-11,AHR-2,equipment,دوربین مداربسته,80000000,3,3,4000,۱۴۰۳/۰۲/۰۱,approved\n' >"$TMP/n.csv"
printf 'id,donor,need,type,amount,pledged_on,status\nAHR-20,AHR-5,AHR-10,space,100000000,1403/05/01,pledged\nTBZ-21,AHR-6,AHR-11,space,15000000,1403/05/02,pledged\n' >"$TMP/p.csv"
printf 'id,pledge,paid_on,amount,receipt\nAHR-30,AHR-20,1403/06/01,10000000,فيش ۱۱\nTBZ-31,TBZ-21,1403/06/02,1000000,فيش ۱۲\nOST-32,TBZ-21,۱۴۰۳/۰۶/۰۳,1000000,فیش ۱۳\n' >"$TMP/y.csv"
printf 'id,need,title,planned_start,planned_end,progress\nAHR-40,AHR-10,پی‌ریزی,1403/06/01,1403/07/01,10\nTBZ-41,AHR-11,خرید دوربین,1403/06/01,1403/07/01,0\nOST-42,AHR-11,نصب دوربین,1403/07/01,1403/08/01,0\n' >"$TMP/s.csv"
bad=0
for k in units:u donors:d needs:n pledges:p payments:y stages:s; do
	"$HAMYAR" --db "$DB" import "${k%:*}" "$TMP/${k#*:}.csv" >/dev/null 2>&1 || bad=1
done
is "$bad" 0 "units, donors, needs, pledges, payments, stages of Ahar and Tabriz"
for c in TBZ AHR; do
	"$HAMYAR" --db "$DB" user add nobody --role clerk --county "$c" >/dev/null &&
	    "$HAMYAR" --db "$DB" backup "$TMP/$c.mdb" >/dev/null 2>&1; ok $? "a copy where nobody is $c's clerk"
	is "$(fewer_copy "$TMP/$c.mdb" "$TMP/p$c" pledge)" 1 "... its pledges' page one node fewer (TBZ-21)"
	is "$(fewer_copy "$TMP/$c.mdb" "$TMP/n$c" need)" 1 "... its needs' page one node fewer (AHR-11)"
	DB="$TMP/p$c" scr_share_db; DB="$TMP/n$c" scr_share_db
done

clerk() {	# clerk DIR KEY: the clerk's list KEY
	scr_start_nobody "$1" || return 1
	scr_wait "$(vis 'منوی اصلی')" >/dev/null || return 1
	scr_keys "$2"; scr_wait "$(vis 'رکوردها:')" >/dev/null || return 1
	scr_settle
}
has() { scr_cap | grep -qF "$1"; }
ask_hq() { scr_cap | grep -qF "$(vis 'از ستاد استان بپرسید.')"; }

clerk "$TMP/pTBZ" 6; ok $? "pledges cut short: Tabriz's clerk's payments"
has TBZ-31; ok $? "... TBZ-31 listed (made at Tabriz's station)"
has OST-32; is $? 1 "... OST-32 not (no link to a county left)"
has AHR-30; is $? 1 "... nor Ahar's AHR-30"
has "$(vis 'همهٔ رکوردها')"; ok $? "... it says it does not show every record"
ask_hq; ok $? "... and to ask provincial HQ"
scr_keys F3; scr_settle; scr_type 'OST-32'; scr_keys Enter; scr_settle
has "$(vis 'چیزی یافت نشد')"; ok $? "... F3 OST-32: nothing found"

clerk "$TMP/pAHR" 6; ok $? "Ahar's clerk's payments"
has AHR-30; ok $? "... AHR-30 listed"
has TBZ-31; is $? 1 "... TBZ-31 not (Tabriz's)"
has OST-32; is $? 1 "... OST-32 not"
ask_hq; ok $? "... to ask provincial HQ"

clerk "$TMP/nTBZ" 7; ok $? "needs cut short: Tabriz's clerk's stages"
has TBZ-41; ok $? "... TBZ-41 listed"
has OST-42; is $? 1 "... OST-42 not"
ask_hq; ok $? "... to ask provincial HQ"
clerk "$TMP/nAHR" 7; ok $? "Ahar's clerk's stages"
has AHR-40; ok $? "... AHR-40 listed"
has TBZ-41 || has OST-42; is $? 1 "... neither TBZ-41 nor OST-42"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye

# export: stopping at the first row naming a lost record (OST-32, OST-42),
# named only to one who may read it
as_nobody "$BIN" --db "$TMP/pTBZ" export payments >"$TMP/out" 2>"$TMP/err"
is $? 3 "Tabriz's clerk's export of payments: the damage, exit 3"
grep -qF 'OST-32' "$TMP/err"; is $? 1 "... OST-32 not named to him"
"$HAMYAR" --db "$TMP/pTBZ" export payments >"$TMP/out" 2>"$TMP/err"
grep -qF 'پرداخت OST-32، مشارکت TBZ-21 را نام می‌برد' "$TMP/err"; ok $? "... root's names it"
done_testing
