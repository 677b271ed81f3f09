# A clerk whose program is open when a bundle moving units into or out of
# his county is imported (by another session: the station's sync) is
# told of it while it stays open: on the main menu within a few seconds,
# its needs count changed with it, and on the dashboard when a second
# move comes while he is there (the notes read again when the change log
# moved, at most every two seconds, as the need, pledges and dashboard
# screens read records again).  The notes are marked told as they come:
# the next start says nothing again.  Before, they were read once, when
# the program started: said only at the next start.
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
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nHQ-1,space,بازسازی ساختمان پاسگاه,2000000000,5,5,1405/07/15,approved\nHQ-1,costs,هزینهٔ سوخت,80000000,2,2,1405/08/10,done\nHQ-2,equipment,دوربین مداربسته,500000000,4,3,1405/08/01,assessed\nHQ-3,equipment,بی‌سیم كلانتري,90000000,3,3,1405/08/02,assessed\n' >"$TMP/n.csv"
"$HAMYAR" --db "$Q" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import needs "$TMP/n.csv" >/dev/null 2>&1 &&
xfer "$Q" "$T" TBZ; ok $? "HQ: units in Tabriz and Azarshahr, their needs; TBZ holds them"
scr_nobody_user clerk TBZ "a Tabriz clerk"
DASH="$(vis 'نیازها به تفکیک شهرستان')"

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "the clerk's main menu"
scr_settle
scr_cap | grep -qE -- "$(vis 'برده شد')|$(vis 'آورده شد')"; is $? 1 "... no unit moved: nothing said"
scr_cap | grep -qF -- "$(vis '۴. نیاز (۳)')"; ok $? "... three needs in Tabriz"

# HQ moves HQ-1 (two needs) to Azarshahr; TBZ's sync imports it meanwhile
printf 'id,county\nHQ-1,AZS\n' >"$TMP/m.csv"
"$HAMYAR" --db "$Q" import units "$TMP/m.csv" >/dev/null 2>&1 &&
xfer "$Q" "$T" TBZ; ok $? "HQ moves HQ-1; TBZ imports the bundle while the clerk's menu is open"
scr_wait "$(vis 'واحد HQ-1 به شهرستان آذرشهر برده شد: نیازهایش (۲) هم با آن رفتند')" 8
ok $? "the menu says HQ-1 went to Azarshahr with its two needs, the program still open"
scr_wait "$(vis '۴. نیاز (۱)')" 5; ok $? "... and counts one need left"
scr_keys 0
scr_wait "$DASH"; ok $? "the dashboard"
scr_settle
scr_cap | grep -qF -- "$(vis 'واحد HQ-1 به شهرستان آذرشهر برده شد')"; ok $? "... says it too"

# HQ moves HQ-3 to Tabriz while the clerk is on the dashboard
printf 'id,county\nHQ-3,TBZ\n' >"$TMP/m.csv"
"$HAMYAR" --db "$Q" import units "$TMP/m.csv" >/dev/null 2>&1 &&
xfer "$Q" "$T" TBZ; ok $? "HQ moves HQ-3 to Tabriz; TBZ imports it while the dashboard is open"
scr_wait "$(vis 'واحد HQ-3 (پاسگاه گوگان) از شهرستان آذرشهر به این شهرستان آورده شد')" 8
ok $? "the dashboard says HQ-3 came from Azarshahr"
scr_cap | grep -qF -- "$(vis 'واحد HQ-1 به شهرستان آذرشهر برده شد')"; ok $? "... HQ-1's note still there"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_settle; scr_cap | grep -qF -- "$(vis 'واحد HQ-3 (پاسگاه گوگان)')"; ok $? "and on the menu"
scr_keys F10; scr_wait "$(vis 'خروج از همیار؟')" >/dev/null; scr_keys y
scr_wait "__EXIT__=0" >/dev/null

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle
scr_cap | grep -qE -- "$(vis 'برده شد')|$(vis 'آورده شد')"; is $? 1 "the next start: told once, nothing said again"
scr_keys F10; scr_wait "$(vis 'خروج از همیار؟')" >/dev/null; scr_keys y
scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
