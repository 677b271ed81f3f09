# A unit's county changed at HQ, and the bundle imported here, takes its
# needs out of one county's lists into another's.  The clerks of both are
# told on the main menu the first time they open it after the move: the
# unit, how many needs, and the county they went to or came from (the
# unit's name only to those of the county it went to: a clerk reads his
# own county's records only); a need given a unit of the other county
# likewise.  Before, the Tabriz clerk's needs count
# dropped with no word: the import's summary said it to the one who
# imported the bundle, and the audit log, which a clerk may not read.
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

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "the clerk's main menu"
scr_cap | grep -qE -- "$(vis 'برده شد')|$(vis 'آورده شد')"; is $? 1 "... no unit moved: nothing said"
scr_keys F10; scr_wait "$(vis 'خروج از همیار؟')"; scr_keys y
scr_wait "__EXIT__=0"

# HQ moves HQ-1 (two needs) to Azarshahr and HQ-3 (one) to Tabriz
printf 'id,county\nHQ-1,AZS\nHQ-3,TBZ\n' >"$TMP/m.csv"
"$HAMYAR" --db "$Q" import units "$TMP/m.csv" >/dev/null 2>&1 &&
xfer "$Q" "$T" TBZ; ok $? "HQ moves two units; TBZ imports the bundle"
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_wait "$(vis 'واحد HQ-1 به شهرستان آذرشهر برده شد: نیازهایش (۲) هم با آن رفتند')"
ok $? "the clerk is told that HQ-1 went to Azarshahr with its two needs"
scr_cap | grep -F -- "$(vis 'HQ-1')" | grep -qF -- "$(vis 'ممقان')"; is $? 1 "... not its name (Azarshahr's unit now)"
scr_cap | grep -qF -- "$(vis 'واحد HQ-3 (پاسگاه گوگان) از شهرستان آذرشهر به این شهرستان آورده شد')"
ok $? "... and that HQ-3, with its name, came from Azarshahr"
scr_cap | grep -qF -- "$(vis "(۱) هم با آن آمدند")"; ok $? "... with its one need"
scr_keys 4; scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"
scr_cap | grep -qF -- "$(vis 'واحد HQ-1 به شهرستان آذرشهر')"; ok $? "still said back on the menu"
scr_keys F10; scr_wait "$(vis 'خروج از همیار؟')"; scr_keys y
scr_wait "__EXIT__=0"; ok $? "quits"

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_cap | grep -qE -- "$(vis 'برده شد')|$(vis 'آورده شد')"; is $? 1 "the next start: told once, nothing said again"
scr_keys F10; scr_wait "$(vis 'خروج از همیار؟')"; scr_keys y
scr_wait "__EXIT__=0"

# a need given a unit of another county goes too: HQ gives HQ-6 (of HQ-2,
# Tabriz) Azarshahr's HQ-1, and HQ-4 (of HQ-1, Azarshahr now) Tabriz's HQ-2
printf 'id,unit\nHQ-6,HQ-1\nHQ-4,HQ-2\n' >"$TMP/m.csv"
"$HAMYAR" --db "$Q" import needs "$TMP/m.csv" >/dev/null 2>&1 &&
xfer "$Q" "$T" TBZ; ok $? "HQ gives two needs units of the other county; TBZ imports the bundle"
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_wait "$(vis 'نیاز HQ-6 به واحدی از شهرستان آذرشهر داده شد و به آنجا رفت')"
ok $? "the clerk is told that need HQ-6 went to Azarshahr"
scr_cap | grep -qF -- "$(vis 'دوربین')"; is $? 1 "... not its title (Azarshahr's need now)"
scr_cap | grep -qF -- "$(vis 'نیاز HQ-4 (بازسازی ساختمان پاسگاه) به واحدی از این شهرستان داده شد')"
ok $? "... and that HQ-4, with its title, came here"
scr_keys F10; scr_wait "$(vis 'خروج از همیار؟')"; scr_keys y
scr_wait "__EXIT__=0"
done_testing
