# The matching screen for a non-material need (support): its donors come
# by their past participation of that kind, the columns say it («همین
# نوع», «معنوی دیگر»: their past pledges of its type and of the other
# non-material types) instead of capacity and free capacity in rials, the
# head shows its gap as a material need's does (before, its type in the
# gap's place), and Enter's «چرا» line speaks of
# that participation, never of «توان آزاد»; a donor who has an open pledge
# on the need is not proposed again.  From a donor, such a need's gap is
# SPEC §3's, its estimated cost less its material pledges, as the ranking,
# the dashboard and its own screen give it (before, «-»).  At 80x24 and at 64 columns, in Persian and in English.  Before,
# a rich donor who had never taken part came first with fit 1, the «چرا»
# line gave his free capacity, and the donor already pledged to the need
# was listed again.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
{
	echo "id,kind,name,county,interests,capacity,active"
	echo "TST-40,person,زهرا حسینی‌نژاد,TBZ,support information,,1"
	echo "TST-41,person,علی‌رضا كريمي,تبريز,support,900000000,1"
	echo "TST-42,person,مهدی رضایی,TBZ,support equipment,50000000,1"
	echo "TST-43,person,فاطمه عبدالله‌زاده,TBZ,support,,1"
	echo "TST-44,org,مؤسسهٔ خیریهٔ امید,TBZ,support oversight,,1"
} >"$TMP/donors.csv"
{
	echo "id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status"
	echo "TST-24,TST-1,support,برگزاری نشست آگاهی‌بخشی محله,,4,4,5000,1403/03/01,approved"
	echo "TST-25,TST-1,information,گزارش‌دهی محله‌ای,,3,3,2000,۱۴۰۳/03/05,approved"
	echo "TST-26,TST-1,support,همراهی در طرح امنیت مدارس,,3,4,3000,1402/03/05,done"
	echo "TST-27,TST-1,oversight,نظارت بر ساخت اتاق نگهبانی,,3,4,3000,1402/03/05,done"
} >"$TMP/needs.csv"
{
	echo "id,donor,need,type,amount,in_kind,pledged_on,status"
	echo "TST-50,TST-40,TST-26,support,,۴ ساعت,1402/04/01,fulfilled"
	echo "TST-51,TST-40,TST-25,information,,2 ساعت,1403/04/01,fulfilled"
	echo "TST-52,TST-44,TST-27,oversight,,بازدید ماهانه,1402/05/01,fulfilled"
	echo "TST-54,TST-42,TST-21,equipment,10000000,,1403/05/01,fulfilled"
	echo "TST-57,TST-43,TST-24,support,,۲ ساعت,1403/06/01,pledged"
} >"$TMP/pledges.csv"
import_each "$DB" donors needs pledges; ok $? "donors of Tabriz interested in support, non-material needs, pledges"
seen() { scr_cap | grep -qF -- "$1"; }

work_open "$DB"
scr_keys F6; scr_wait "$(vis 'از یک نیاز: خیّرین جور با آن')" >/dev/null
scr_keys Down Enter
scr_type 'TST-24'; scr_wait "TST-24" >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّرین جور با یک نیاز')"; ok $? "the donors for TST-24, a support need"
scr_wait "$(vis 'معنوی دیگر')" >/dev/null; scr_settle
ids_in_order TST-40 TST-44 TST-42 TST-41; ok $? "by past participation, who never gave last"
seen "TST-43"; is $? 1 "TST-43, whose pledge on TST-24 is open, is not proposed again"
scr_cap | sed -n 3p | grep -qF "$(vis 'معنوی دیگر')" && scr_cap | sed -n 3p | grep -qF "$(vis 'همین نوع')"
ok $? "the columns: past pledges of its type and of other non-material types"
scr_cap | sed -n 3p | grep -qF "$(vis 'توان مالی')"; is $? 1 "... not capacity in rials"
seen "۹۰۰٬۰۰۰٬۰۰۰"; is $? 1 "... TST-41's 900,000,000 shown nowhere"
row_has TST-40 "۰٫۶۰"; ok $? "TST-40 fits 0.60 (one of its type, one information pledge)"
row_has TST-41 "۰٫۰۰"; ok $? "TST-41 fits 0, his capacity notwithstanding"
scr_cap | sed -n 2p | grep -qF "$(vis 'کسری ۰ ریال')"; ok $? "the head shows its gap (SPEC §3: no estimated cost, ۰), as a material need's (match_nonmaterial_gap.sh)"
scr_cap | sed -n 2p | grep -qF "$(vis 'حمایتی')"; is $? 1 "... not its type in its place"
scr_keys Home Enter
scr_wait "$(vis 'تعهد تازه از خیّر TST-40')" >/dev/null
seen "$(vis 'چرا: هر دو در تبریز؛ علاقه‌مند به حمایتی؛ سابقه: ۱ از همین نوع، ۱ معنوی دیگر.')"
ok $? "fa: why TST-40: county, interest, his past participation"
seen "$(vis 'توان آزاد')"; is $? 1 "... no «توان آزاد»"
scr_resize 64 24
seen "$(vis 'چرا: علاقه‌مند به حمایتی؛ سابقه: ۱ از همین نوع، ۱ معنوی دیگر.')"
ok $? "fa 64 columns: the county left out, the participation kept"
ids_in_order TST-40 TST-44 TST-42 TST-41; ok $? "... the four donors still listed"
scr_resize 80 24
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
seen "$(vis 'نیاز معنوی پول نمی‌گیرد')"
ok $? "F1 says how a non-material need's fit is reckoned"
scr_keys Escape; scr_settle
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
# from a donor with a material and a non-material need
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter
scr_type 'TST-42'; scr_wait "TST-42" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نیازهای جور با یک خیّر')"; ok $? "the needs for TST-42"
scr_wait "$(vis 'برگزاری نشست')" >/dev/null; scr_settle
row_has TST-21 "۷۰٬۰۰۰٬۰۰۰"; ok $? "TST-21, material: its gap"
scr_cap | grep -F TST-24 | grep -qF "$(vis 'برگزاری نشست')" && ! scr_cap | grep -F TST-24 | grep -q "[۰-۹]٬"
ok $? "TST-24, non-material: no gap in rials"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
# TST-43's only need in his interests has his open pledge: said why
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter
scr_type 'TST-43'; scr_wait "TST-43" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نیازهای جور با یک خیّر')"; ok $? "the needs for TST-43"
scr_wait "$(vis 'تعهد باز دارد: نیاز معنوی دوباره')"
ok $? "none: his open pledge on TST-24, said, not «no need is open»"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null

# a non-material need with an estimated cost: from a donor, its gap
printf 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status\nTST-28,TST-1,support,حمایت از ورزش محله‌ای,30000000,3,3,2000,1403/03/05,approved\n' >"$TMP/n2.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n2.csv" >/dev/null 2>&1; ok $? "a support need with an estimated cost of 30,000,000"
work_open "$DB"
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter
scr_type 'TST-42'; scr_wait "TST-42" >/dev/null; scr_keys Enter
scr_wait "$(vis 'ورزش محله‌ای')"; ok $? "the needs for TST-42, TST-28 among them"
scr_settle
row_has TST-28 "۳۰٬۰۰۰٬۰۰۰"; ok $? "TST-28, non-material: its gap, its estimated cost with no material pledge (before, «-»)"
scr_cap | grep -F TST-28 | grep -q -- ' - '; is $? 1 "... no «-» in its row"
# (the row as the terminal gets it, left to right: title, gap, fit, score, id)
scr_cap | grep -qE -- ' ۰ +۰٫۰۰ +- +TST-24'; ok $? "TST-24, with no cost: its gap ۰ (SPEC §3), beside its fit and its score «-» (not ranked)"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null

scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Back" >/dev/null; scr_settle
scr_keys F6; scr_wait "From a need: the donors that fit" >/dev/null
scr_keys Down Enter
scr_type 'TST-24'; scr_wait "TST-24" >/dev/null; scr_keys Enter
scr_wait "Donors for a need"; ok $? "en: the donors for TST-24"
scr_wait "Other types" >/dev/null; scr_settle
scr_cap | sed -n 3p | grep -qF "This type" && scr_cap | sed -n 3p | grep -qF "Other types"; ok $? "en: the columns «This type», «Other types»"
scr_keys Home Enter
scr_wait "New pledge from donor TST-40" >/dev/null
seen "Why: both in Tabriz; interested in Support; past: 1 of this type, 1 other."
ok $? "en: why TST-40 is listed"
seen "free"; is $? 1 "... no free capacity"
scr_keys F10; scr_keys F10; scr_wait "Main menu" >/dev/null; scr_settle; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "exits"
done_testing
