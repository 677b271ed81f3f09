# A county's supervisor records a ceremony with its first donor (picked
# from the donor list after title, place and date).  A donor with no
# contribution recorded gets the same question as F5 in a ceremony asks
# (recog_nocontrib.sh), when he is picked: «no» shows the list again,
# «yes» records him.  Before, the first donor was never asked about: the
# question came only for the second donor on, after the ceremony was
# already recorded with a donor nobody had a pledge from.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
work_nobody_fixture
printf 'donor,need,type,amount,pledged_on,status\nTST-10,TST-20,space,۲۰٬۰۰۰٬۰۰۰,۱۴۰۳/۰۲/۱۰,pledged\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null; ok $? "TST-10 (فولاد آذر, Tabriz) has a pledge (TST-24); TST-11 (بنیاد مهر, Tabriz) none"
scr_nobody_user supervisor TBZ "Tabriz's supervisor"
NONE="$(vis 'هیچ مشارکتی از این خیّر ثبت نشده است')"
donors() { "$HAMYAR" --db "$DB" export recognitions | tr -d '\r' | awk -F, 'NR > 1 { print $1 ":" $5 }' | tr '\n' ' '; }
ceremony() {	# ceremony TITLE: F5 and the prompts, up to the donor list
	scr_keys F5
	scr_wait "$(vis 'عنوان:')" >/dev/null; scr_type "$1"; scr_keys Enter
	scr_wait "$(vis 'مکان:')" >/dev/null; scr_type 'سالن شهرداری تبریز'; scr_keys Enter
	scr_wait "$(vis 'تاریخ برگزاری (سال/ماه/روز):')" >/dev/null; scr_keys C-u; scr_type '۱۴۰۵/۰۹/۰۱'; scr_keys Enter
	scr_wait "$(vis 'با نخستین خیّر آن ثبت می‌شود')" >/dev/null; scr_keys Enter
}

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "the supervisor starts the program"
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
scr_keys F7; scr_wait "$(vis 'هنوز مراسمی نیست: F5 یکی ثبت می‌کند.')"
ceremony 'تجلیل از خيّرين هفتهٔ ناجا'
scr_type 'بنیاد'; scr_wait "TST-11" >/dev/null; scr_keys Enter
scr_wait "$NONE" 5; ok $? "the first donor picked, with no pledge: asked at once"
scr_cap | grep -qF "$(vis 'بله (y)')"; ok $? "yes / no"
is "$(donors)" "" "nothing recorded while he is asked"
scr_keys n
scr_gone "$NONE"
scr_type 'فولاد'; scr_wait "TST-10"; ok $? "«no»: the donor list again"
scr_keys Enter
scr_wait "$(vis 'مراسم ثبت شد: TST-25')"; ok $? "a donor with a pledge: the ceremony is recorded"
scr_cap | grep -qF "$NONE"; is $? 1 "without the question"
is "$(donors)" "TST-25:TST-10 " "with the donor picked second"

scr_keys F10; scr_settle
ceremony 'جشن نیکوکاران محله‌های باغمیشه'
scr_type 'بنیاد'; scr_wait "TST-11" >/dev/null; scr_keys Enter
scr_wait "$NONE" 5; ok $? "asked again for TST-11 in a second ceremony"
scr_keys y
scr_wait "$(vis 'مراسم ثبت شد: TST-26')"; ok $? "«yes»: recorded with him"
is "$(donors)" "TST-25:TST-10 TST-26:TST-11 " "both ceremonies stored with their donors"
scr_keys F10; scr_settle
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
work_quit_dash
done_testing
