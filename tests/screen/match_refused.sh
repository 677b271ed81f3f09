# On the matching screen a refusal comes before any question (keys only, as
# another real uid: nobody through setpriv; root only).  Donor TST-11
# (Tabriz) already has a pledge on need TST-21 (Tabriz), so F2 on that
# match asks whether to record a second one; but before, it asked that
# even of a user the store then refused, and his «yes» led to «not saved».
# Now a user who may not record the pledge is told so in the preview and
# by F2, and never asked: a supervisor of Ahar (another county), an
# auditor, and a Tabriz clerk whose donor HQ moved to Ahar while his
# screen was open (CORE_ACCESS_FOREIGN).  A Tabriz clerk who may record
# it is asked, as before.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
work_nobody_fixture
printf 'donor,need,type,amount,pledged_on\nTST-11,TST-21,equipment,20000000,1403/05/01\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null; ok $? "TST-11 has a pledge on TST-21"
scr_share_db
npledges() { "$HAMYAR" --db "$DB" export pledges | tr -d '\r' | grep -c ",TST-21,"; }
QUESTION=$(vis 'تعهد دیگری')

# as nobody with role $1 (county $2): the match TST-11 -> TST-21 chosen
open_match() {
	"$HAMYAR" --db "$DB" user add nobody --role "$1" ${2:+--county "$2"} >/dev/null || return 1
	scr_start_nobody "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null || return 1
	scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null || return 1
	scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null || return 1
	scr_keys Enter
	scr_type 'TST-11'; scr_wait "TST-11" >/dev/null; scr_keys Enter
	scr_wait "$(vis 'نیازهای جور با یک خیّر')" >/dev/null || return 1
	scr_keys Enter
	scr_wait "$(vis 'تعهد تازه از خیّر TST-11')" >/dev/null
}
quit() {
	scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
}
# refused WHO MESSAGE: the preview and F2 say MESSAGE, F2 asks nothing
refused() {
	scr_wait "$(vis 'شما نمی‌توانید آن را ثبت کنید:')"; ok $? "$1: the preview says he may not record it"
	scr_cap | grep -qF "$(vis 'F2 پیش از ثبت تعهدی دیگر')"; is $? 1 "$1: ... not that F2 will ask"
	scr_keys F2
	scr_wait "$(vis 'مجاز نیست')"; ok $? "$1: F2 refuses at once"
	scr_cap | grep -qF "$(vis "$2")"; ok $? "$1: ... saying why: «$2»"
	scr_cap | grep -qF "$QUESTION"; is $? 1 "$1: ... and asks no question"
	scr_keys Enter
	scr_wait "$(vis 'تعهدی ثبت نشد.')"; ok $? "$1: no pledge recorded, it says"
	scr_cap | grep -qF "$QUESTION"; is $? 1 "$1: ... and no question follows"
	is "$(npledges)" 1 "$1: ... and none is"
}

open_match supervisor AHR; ok $? "an Ahar supervisor chooses the match (he reads every county)"
refused "Ahar supervisor" 'ثبت در شهرستان تبریز فقط از کارشناس یا سرپرست همان شهرستان'
quit; ok $? "quits"

open_match auditor; ok $? "an auditor chooses the match"
refused "auditor" 'حسابرس فقط می‌تواند بخواند'
quit; ok $? "quits"

open_match clerk TBZ; ok $? "a Tabriz clerk chooses the match"
scr_wait "$(vis 'F2 پیش از ثبت تعهدی دیگر')"; ok $? "Tabriz clerk: the preview says F2 will ask"
scr_keys F2; scr_wait "$(vis 'مبلغ (ریال)')" >/dev/null; scr_keys Enter	# the amount proposed kept
scr_wait "$QUESTION"; ok $? "Tabriz clerk: F2 asks whether to record a second pledge"
scr_keys n; scr_wait "$(vis 'تعهدی ثبت نشد.')" >/dev/null
is "$(npledges)" 1 "... «n»: none recorded"
# HQ moves the donor to Ahar while the clerk's screen is open
printf 'id,kind,name,county,interests,capacity,active\nTST-11,org,بنياد نیکوکاری مهر,AHR,equipment,50000000,1\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "HQ moves TST-11 to Ahar"
scr_keys Enter	# the preview drawn again
refused "Tabriz clerk, donor moved" 'TST-11 پرونده‌ای از شهرستانی دیگر است'
quit; ok $? "quits"
done_testing
