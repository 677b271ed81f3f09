# The donors-by-giving list's F1 says what Enter does with an inactive
# donor where it was opened: in a ceremony (F7 there) he is asked about
# before he is added; on a ceremony's form (F7 on its donors field) he is
# added to the field, a warning under it names him and F2 asks before the
# ceremony is saved.  Before, the form's list said he was «asked about
# before he is added», which the form never does.  Each claim is checked
# against what the place does.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: TST-12 (کارخانهٔ قند اهر) has pledges TST-30, TST-31"
printf 'id,kind,name,county,active\nTST-12,org,کارخانهٔ قند اهر,AHR,0\nTST-13,person,محمدرضا نوروزي‌فر,TBZ,1\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "TST-12 made inactive; TST-13 added"
d30=$("$HAMYAR" date g2j "$(date -d '-30 days' +%Y-%m-%d)")
printf 'pledge,paid_on,amount,receipt\nTST-30,%s,۶۰۰۰۰۰۰۰,فیش ۱\n' "$d30" >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null; ok $? "TST-12 paid 60,000,000 thirty days ago"
donors() { "$HAMYAR" --db "$DB" export recognitions | tr -d '\r' | awk -F, 'NR > 1 { print $5 }'; }
LIST="$(vis 'خیّرین به‌ترتیب کمک')"
OFF="$(vis 'خیّر TST-12 (کارخانهٔ قند اهر) غیرفعال است')"
ASKED="$(vis 'پیش از افزودنش پرسیده می‌شود.')"
WARNED="$(vis 'هشداری زیر خانه نام او را می‌برد')"
help_has() { scr_cap | grep -qF "$1"; }
SCR_SIZE=${SCR_SIZE_T:-100x40}

# in a ceremony: asked
work_open "$DB"
scr_keys F7; scr_wait "$(vis 'هنوز مراسمی نیست: F5 یکی ثبت می‌کند.')" >/dev/null
scr_keys F5
scr_wait "$(vis 'عنوان:')"; scr_type 'تجليل از خيّرين دههٔ فجر'; scr_keys Enter
scr_wait "$(vis 'مکان:')"; scr_type 'سالن اجتماعات فرمانداری'; scr_keys Enter
scr_wait "$(vis 'تاریخ برگزاری (سال/ماه/روز):')"; scr_keys Enter
scr_wait "$(vis 'مراسم ثبت شد:')"; ok $? "a ceremony is recorded"
scr_keys F7; scr_wait "$LIST" >/dev/null; scr_settle
row_has "$(vis 'کارخانهٔ قند اهر')" "$(vis '(غیرفعال)')"; ok $? "the ceremony's list: TST-12 marked inactive"
scr_keys F1; scr_wait "$(vis 'F1 راهنما')" >/dev/null
help_has "$ASKED"; ok $? "its F1: an inactive donor is asked about before he is added"
help_has "$WARNED"; is $? 1 "... not the form's warning"
help_has "$(vis 'F4 به شهرستان پالایش می‌کند.')"; ok $? "... and the keys, F4 by county"
scr_keys Escape; scr_gone "$(vis 'F1 راهنما')" >/dev/null
scr_keys Enter; scr_wait "$OFF" 5; ok $? "Enter on TST-12 asks, naming him, as F1 says"
scr_keys n; scr_gone "$OFF" >/dev/null
is "$(donors)" "" "«no»: nothing stored"
scr_keys F10; scr_gone "$LIST" >/dev/null
scr_keys F10; scr_wait "$(vis 'مراسم')" >/dev/null
scr_keys F10 F10 F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"

# on the form: warned under the field, F2 asking
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 8; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'خیّرین تجلیل‌شده:')" >/dev/null
scr_keys Tab; scr_type 'تجليل از خيّرين هفتهٔ ناجا'; scr_keys Tab
scr_type 'تالار ۲۲ بهمن اهر'; scr_keys Tab
scr_keys F7; scr_wait "$LIST" >/dev/null; scr_settle
scr_keys F1; scr_wait "$(vis 'F1 راهنما')" >/dev/null
help_has "$WARNED"; ok $? "the form's list's F1: an inactive donor is warned about under the field"
help_has "$(vis 'F2 پیش از ذخیرهٔ مراسم با او می‌پرسد.')"; ok $? "... and F2 asks"
help_has "$ASKED"; is $? 1 "... not «asked about before he is added»"
help_has "$(vis 'تا امروز، اگر فرم تاریخی ندارد')"; ok $? "... then how F7 works from the form"
scr_keys Escape; scr_gone "$(vis 'F1 راهنما')" >/dev/null
scr_keys Enter; scr_wait "$(vis 'خیّر افزوده شد: TST-12')" 5; ok $? "Enter adds TST-12 to the field"
scr_cap | grep -qF "$(vis 'بله (y)')"; is $? 1 "... nothing asked"
scr_keys F10; scr_gone "$LIST" >/dev/null
scr_wait "$OFF" 5; ok $? "the warning under the field names him"
scr_keys F2; scr_wait "$(vis 'با این حال این رکورد ذخیره شود؟')" 5; ok $? "F2 asks before saving"
scr_keys n; scr_settle
is "$(donors)" "" "«no»: not stored"
scr_keys F10; scr_wait "$(vis 'دور بریزیم')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"

# English: the form's list
scr_start "$DB" --lang en
scr_wait 'Main menu' >/dev/null
scr_keys 8; scr_wait 'Search:' >/dev/null
scr_keys F5; scr_wait 'Donors honoured:' >/dev/null
scr_keys Tab Tab Tab F7; scr_wait 'Donors by giving' >/dev/null; scr_settle
scr_keys F1; scr_wait 'F1 Help' >/dev/null
help_has 'a warning under the field names him'; ok $? "English: the form's list's F1 says the field warns"
help_has 'asked about before he is added'; is $? 1 "... not that he is asked"
scr_keys Escape; scr_gone 'F1 Help' >/dev/null
scr_keys F10; scr_gone 'Donors by giving' >/dev/null
scr_keys F10; sleep 0.5; scr_settle; scr_cap | grep -q 'Discard' && scr_keys y
scr_wait 'Search:' >/dev/null; scr_keys F10; scr_wait 'Main menu' >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
