# The audit screen (F8) narrowed to the changes from a day on (F6: a
# Jalali date in any digits, as `hamyar audit --since` reads it) and to
# the changes whose text holds some words (F7: a name typed with an Arabic
# yeh, a value, a login; each word on its own, in any order).  Before,
# the screen had F3 (a record), F4 (30 days or all time) and F5 (a login)
# only, and F6 and F7 did nothing.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name "ایستگاه مرند" >/dev/null 2>&1; ok $? "init"
printf 'kind,name,county,address\nperson,مریم کاظمی‌نژاد,MRD,مرند کوچهٔ ۱۲\nperson,علی رضایی,MRD,مرند بازار\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "two donors"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F8
scr_wait "$(vis 'تغییرهای ۳۰ روز گذشته: ۳')"; ok $? "F8: the three changes of the last 30 days (the station's name, two donors)"
scr_cap | grep -qF "$(vis 'از تاریخ')F6"; ok $? "the key bar offers F6 از تاریخ"
scr_cap | grep -qF "$(vis 'جست‌وجو')F7"; ok $? "... and F7 جست‌وجو"
scr_keys F6; scr_wait "$(vis 'از تاریخ (خالی: دوره‌ای که F4 برگزیده):')"; ok $? "F6 asks for a date"
scr_type '۱۴۵۰/۱/۱'; scr_keys Enter
scr_wait "$(vis 'تغییرها از ۱۴۵۰/۰۱/۰۱ به بعد: ۰')"; ok $? "a day to come, in Persian digits: none from then on"
scr_cap | grep -qF "$(vis 'تغییری ثبت نشده است.')"; ok $? "... and the screen says so"
scr_keys F6; scr_wait "$(vis 'از تاریخ (خالی: دوره‌ای که F4 برگزیده):')" >/dev/null
scr_keys C-u; scr_type '1300/01/01'; scr_keys Enter
scr_wait "$(vis 'تغییرها از ۱۳۰۰/۰۱/۰۱ به بعد: ۳')"; ok $? "1300/01/01 in ASCII digits: all three"
# 1970-01-01, the first day of the clock's count: a day like any other
scr_keys F6; scr_wait "$(vis 'از تاریخ (خالی: دوره‌ای که F4 برگزیده):')" >/dev/null
scr_keys C-u; scr_type '۱۳۴۸/۱۰/۱۱'; scr_keys Enter
scr_wait "$(vis 'تغییرها از ۱۳۴۸/۱۰/۱۱ به بعد: ۳')"; ok $? "1348/10/11 (1970-01-01): all three, from that day"
scr_keys F6; scr_wait "$(vis 'از تاریخ (خالی: دوره‌ای که F4 برگزیده):')" >/dev/null
scr_keys C-u; scr_type '1300/01/01'; scr_keys Enter
scr_wait "$(vis 'تغییرها از ۱۳۰۰/۰۱/۰۱ به بعد: ۳')" >/dev/null
scr_keys F6; scr_wait "$(vis 'از تاریخ (خالی: دوره‌ای که F4 برگزیده):')" >/dev/null
scr_keys C-u; scr_type '1043/09/01'; scr_keys Enter
scr_wait "$(vis 'سال تاریخ اشتباه تایپ شده به نظر می‌رسد')"; ok $? "a mistyped year: said why"
scr_keys Enter
scr_wait "$(vis 'تغییرها از ۱۳۰۰/۰۱/۰۱ به بعد: ۳')"; ok $? "... and the day given before stays"
scr_keys F4; scr_wait "$(vis 'تغییرهای ۳۰ روز گذشته: ۳')"; ok $? "F4: back to the last 30 days"

scr_keys F7; scr_wait "$(vis 'جست‌وجو در تغییرها (خالی: همهٔ تغییرها):')"; ok $? "F7 asks for words"
scr_type 'كاظمي'; scr_keys Enter	# Arabic kaf and yeh typed
scr_wait "$(vis 'تغییرهای ۳۰ روز گذشته: ۱')"; ok $? "«كاظمي» (Arabic letters): the one change"
scr_cap | grep -qF "$(vis 'مریم کاظمی‌نژاد')"; ok $? "... Maryam's creation"
scr_cap | grep -qF "$(vis 'علی رضایی')"; is $? 1 "... not Ali's"
scr_keys F7; scr_wait "$(vis 'جست‌وجو در تغییرها')" >/dev/null
scr_keys C-u; scr_type 'کوچهٔ 12'; scr_keys Enter
scr_wait "$(vis 'تغییرهای ۳۰ روز گذشته: ۱')"; ok $? "a value in other digits, «کوچهٔ 12»: the one change"
scr_keys F6; scr_wait "$(vis 'از تاریخ')" >/dev/null; scr_type '۱۴۵۰/۱/۱'; scr_keys Enter
scr_wait "$(vis 'تغییرها از ۱۴۵۰/۰۱/۰۱ به بعد: ۰')"; ok $? "F6 and F7 together"
scr_cap | grep -qF "$(vis 'هیچ تغییری «کوچهٔ 12» را ندارد.')"; ok $? "... none: the screen names the words, not «تغییری ثبت نشده است.»"
scr_keys F6; scr_wait "$(vis 'از تاریخ')" >/dev/null; scr_keys C-u Enter
scr_keys F7; scr_wait "$(vis 'جست‌وجو در تغییرها')" >/dev/null; scr_keys C-u Enter
scr_wait "$(vis 'تغییرهای ۳۰ روز گذشته: ۳')"; ok $? "both emptied: every change again"
# two words, in another order than the change has them, as a list's
# search takes them (before, the words were looked for together: none)
scr_keys F7; scr_wait "$(vis 'جست‌وجو در تغییرها')" >/dev/null
scr_keys C-u; scr_type 'نژاد مريم'; scr_keys Enter
scr_wait "$(vis 'تغییرهای ۳۰ روز گذشته: ۱')"; ok $? "«نژاد مريم»: each word on its own, the one change"
scr_cap | grep -qF "$(vis 'مریم کاظمی‌نژاد')"; ok $? "... Maryam's creation"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
