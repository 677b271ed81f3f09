# A donor marked inactive (no longer taking part, or registered twice) is
# honoured at a ceremony only after a question naming him: F5 in a
# ceremony asks, as it asks about a donor with no contribution recorded;
# «no» adds nothing, «yes» adds him; the recognitions' form says so
# under the donors' field and F2 asks before saving.  Before, he was added without a
# word, and a letter thanked a donor the programme had set aside.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: TST-12 (کارخانهٔ قند اهر) has pledges"
printf 'id,kind,name,county,active\nTST-12,org,کارخانهٔ قند اهر,AHR,0\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "TST-12 made inactive"
OFF="$(vis 'خیّر TST-12 (کارخانهٔ قند اهر) غیرفعال است')"
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

pick 'قند' TST-12
scr_wait "$OFF" 5; ok $? "an inactive donor: said before he is added, naming him"
scr_cap | grep -qF "$(vis 'بله (y)')"; ok $? "and the clerk is asked (yes / no)"
scr_keys n
scr_gone "$OFF"
scr_cap | grep -qF "$(vis 'هنوز از خیّری تجلیل نشده: F5 یکی می‌افزاید.')"; ok $? "«no»: not added"
is "$(donors)" "" "nothing stored"
pick 'قند' TST-12
scr_wait "$OFF" 5; scr_keys y
scr_wait "$(vis 'خیّر افزوده شد: TST-12')"; ok $? "«yes» adds him (his pledges stand: nothing more asked)"
pick 'فولاد' TST-10
scr_wait "$(vis 'هیچ مشارکتی از این خیّر ثبت نشده است')" 5
ok $? "an active donor with no pledge: asked only about that"
# (the line under the table says TST-12, selected, is inactive: the
# question is not about TST-10's being so)
scr_cap | grep -qF "$(vis 'خیّر TST-10 (شرکت فولاد آذر) غیرفعال است')"; is $? 1 "... not called inactive"
scr_keys y
scr_wait "$(vis 'خیّر افزوده شد: TST-10')"; ok $? "... and added"
is "$(donors)" "TST-12 TST-10" "the ceremony's donors are stored"
scr_keys F10; scr_wait "$(vis 'مراسم')"
scr_keys F10 F10 F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"

# The recognitions' form (main menu 8): the inactive donor added to
# «خیّرین تجلیل‌شده» is said under the field, naming him, and F2 asks.
ASK="$(vis 'با این حال این رکورد ذخیره شود؟')"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 8; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'خیّرین تجلیل‌شده:')" >/dev/null
scr_keys Tab; scr_type 'تجليل از خيّرين هفتهٔ ناجا'; scr_keys Tab
scr_type 'تالار ۲۲ بهمن اهر'; scr_keys Tab
scr_type 'قند'; scr_keys F4; scr_wait TST-12 >/dev/null; scr_keys Enter
scr_gone '┌' >/dev/null
scr_wait "$OFF" 5; ok $? "the form: the inactive donor is said under the field, naming him"
scr_keys F2
scr_wait "$ASK" 5; ok $? "... F2 asks before saving"
scr_keys n; scr_gone "$ASK" >/dev/null
is "$(donors)" "TST-12 TST-10" "«no»: the new ceremony is not stored"
scr_keys F2; scr_wait "$ASK" 5 >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; ok $? "«yes»: saved"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
