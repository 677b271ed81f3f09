# A donor honoured at a ceremony gets a letter thanking him for his
# participation: F5 in a ceremony says so when the donor picked has no
# contribution recorded (no pledge, or only cancelled ones) and adds him
# only if the clerk says so; one with a pledge is added without a word.
# Before, any donor was added silently and his letter thanked him for a
# participation nobody had recorded (a name picked for a similar one).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: TST-12 (کارخانهٔ قند اهر) has pledges"
printf 'donor,need,type,amount,pledged_on,status\nTST-10,TST-20,space,۵۰٬۰۰۰٬۰۰۰,۱۴۰۳/۱۲/۳۰,cancelled\n' >"$TMP/c.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/c.csv" >/dev/null; ok $? "TST-10's only pledge (Esfand 30, 1403) is cancelled"
NONE="$(vis 'هیچ مشارکتی از این خیّر ثبت نشده است')"
donors() { "$HAMYAR" --db "$DB" export recognitions | tr -d '\r' | awk -F, 'NR > 1 { print $5 }'; }
pick() {	# pick TEXT ID: F5, the donor found by TEXT, Enter on ID
	scr_keys F5; scr_type "$1"
	scr_wait "$2" >/dev/null; scr_keys Enter
}

work_open "$DB"
scr_keys F7
scr_wait "$(vis 'هنوز مراسمی نیست: F5 یکی ثبت می‌کند.')"
scr_keys F5
scr_wait "$(vis 'عنوان:')"; scr_type 'تجليل از خيّرين دههٔ فجر'; scr_keys Enter
scr_wait "$(vis 'مکان:')"; scr_type 'سالن اجتماعات فرمانداری'; scr_keys Enter
scr_wait "$(vis 'تاریخ برگزاری (سال/ماه/روز):')"; scr_keys Enter
scr_wait "$(vis 'مراسم ثبت شد:')"; ok $? "a ceremony is recorded"

pick 'بنیاد' TST-11
scr_wait "$NONE" 5; ok $? "a donor with no pledge: said before he is added"
scr_cap | grep -qF "$(vis 'بله (y)')"; ok $? "and the clerk is asked (yes / no)"
scr_keys n
scr_gone "$NONE"
scr_cap | grep -qF "$(vis 'هنوز از خیّری تجلیل نشده: F5 یکی می‌افزاید.')"; ok $? "«no»: not added"
is "$(donors)" "" "nothing stored"

pick 'فولاد' TST-10
scr_wait "$NONE" 5; ok $? "a donor whose only pledge is cancelled: said too"
scr_keys y
scr_wait "$(vis 'خیّر افزوده شد: TST-10')"; ok $? "«yes» adds him"

pick 'قند' TST-12
scr_wait "$(vis 'خیّر افزوده شد: TST-12')"; ok $? "a donor with pledges is added"
scr_cap | grep -qF "$NONE"; is $? 1 "without a word"
is "$(donors)" "TST-10 TST-12" "the ceremony's donors are stored"
scr_keys F10; scr_wait "$(vis 'مراسم')"
scr_keys F10 F10 F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
