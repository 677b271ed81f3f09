# A clerk told on the main menu of units and needs moved out of or into
# his county (clerk_moved_notice.sh) is told the same on the dashboard,
# where he may go straight on from the menu and stay: the same notes, from
# the same marker (user.LOGIN.moved: told once, the next start says
# nothing again, on either screen).  Before, the dashboard said nothing
# and the notes were hidden under it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
scr_second_uid
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
DB="$T"
xfer() {
	"$HAMYAR" --db "$1" sync export --to "$3" --out "$TMP/b" >/dev/null 2>&1 &&
	"$HAMYAR" --db "$2" sync import "$TMP/b" >/dev/null 2>&1
}
printf 'kind,name,county,address\npost,پاسگاه ممقان,TBZ,ممقان\nstation,کلانتری ۱۲ تبریز,TBZ,خیابان امام\npost,پاسگاه گوگان,AZS,گوگان\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nHQ-1,space,بازسازی ساختمان پاسگاه,2000000000,5,5,1405/07/15,approved\nHQ-1,costs,هزینهٔ سوخت,80000000,2,2,1405/08/10,done\nHQ-2,equipment,دوربین مداربسته,500000000,4,3,1405/08/01,assessed\nHQ-3,equipment,بی‌سیم,90000000,3,3,1405/08/02,assessed\n' >"$TMP/n.csv"
"$HAMYAR" --db "$Q" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import needs "$TMP/n.csv" >/dev/null 2>&1 &&
xfer "$Q" "$T" TBZ; ok $? "HQ: units in Tabriz and Azarshahr, their needs; TBZ holds them"
scr_nobody_user clerk TBZ "a Tabriz clerk"
DASH="$(vis 'نیازها به تفکیک شهرستان')"

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 0
scr_wait "$DASH"; ok $? "the clerk's dashboard"
scr_settle
scr_cap | grep -qE -- "$(vis 'برده شد')|$(vis 'آورده شد')"; is $? 1 "... no unit moved: nothing said"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_wait "$(vis 'خروج از همیار؟')" >/dev/null; scr_keys y
scr_wait "__EXIT__=0" >/dev/null

# HQ moves HQ-1 (two needs) to Azarshahr and HQ-3 (one) to Tabriz
printf 'id,county\nHQ-1,AZS\nHQ-3,TBZ\n' >"$TMP/m.csv"
"$HAMYAR" --db "$Q" import units "$TMP/m.csv" >/dev/null 2>&1 &&
xfer "$Q" "$T" TBZ; ok $? "HQ moves two units; TBZ imports the bundle"
for size in 80x24 100x30; do
	SCR_SIZE=$size
	[ $size = 80x24 ] || printf 'id,county\nHQ-1,TBZ\n' >"$TMP/m.csv"
	[ $size = 80x24 ] || { "$HAMYAR" --db "$Q" import units "$TMP/m.csv" >/dev/null 2>&1 &&
	    xfer "$Q" "$T" TBZ; ok $? "$size: HQ moves HQ-1 back to Tabriz; TBZ imports the bundle"; }
	scr_start_nobody "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 0
	scr_wait "$DASH"; ok $? "$size: straight on to the dashboard"
	scr_settle
	if [ $size = 80x24 ]; then
		scr_cap | grep -qF -- "$(vis 'واحد HQ-1 به شهرستان آذرشهر برده شد: نیازهایش (۲) هم با آن رفتند')"
		ok $? "$size: the dashboard says HQ-1 went to Azarshahr with its two needs"
		scr_cap | grep -qF -- "$(vis 'واحد HQ-3 (پاسگاه گوگان) از شهرستان آذرشهر به این شهرستان آورده شد')"
		ok $? "$size: ... and that HQ-3 came from Azarshahr"
	else
		scr_cap | grep -qF -- "$(vis 'واحد HQ-1 (پاسگاه ممقان) از شهرستان آذرشهر به این شهرستان آورده شد')"
		ok $? "$size: the dashboard says HQ-1 came back from Azarshahr"
	fi
	scr_cap | grep -qF -- "$(vis 'کسانی نشان داده می‌شود که اجازهٔ خواندن')"; ok $? "$size: ... under the line on recent activity"
	scr_cap | grep -qE -- "$(vis 'برده شد')|$(vis 'آورده شد')"; ok $? "$size: (as the checks of no note find it)"
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_settle; scr_cap | grep -qF -- "$(vis 'واحد HQ-1')"; ok $? "$size: and on the menu, as before"
	scr_keys F10; scr_wait "$(vis 'خروج از همیار؟')" >/dev/null; scr_keys y
	scr_wait "__EXIT__=0" >/dev/null
done
SCR_SIZE=80x24

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 0
scr_wait "$DASH" >/dev/null; scr_settle
scr_cap | grep -qE -- "$(vis 'برده شد')|$(vis 'آورده شد')"; is $? 1 "the next start: told once, nothing said again on the dashboard"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_wait "$(vis 'خروج از همیار؟')" >/dev/null; scr_keys y
scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
