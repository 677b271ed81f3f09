# The record picker (F4 on a pledge's donor, the dashboard's F3) takes
# Home and End as the lists do, to the first and the last record, and its
# F1 says so; it took only Up/Down and PgUp/PgDn, so reaching the end of
# 40 donors was three PgDn and no key said which.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

"$HAMYAR" --db "$DB" init --station PHE >/dev/null; ok $? "a database"
{
	echo 'kind,name,national_id,county'
	for n in 'آرش' 'بهرام' 'پرویز' 'تینا' 'ثمین' 'جواد' 'چکاوک' 'حسین' 'خسرو' 'داوود' \
	    'ذبیح' 'رضا' 'زهرا' 'ژاله' 'سارا' 'شیرین' 'صادق' 'ضیاء' 'طاهره' 'ظریف' \
	    'عباس' 'غلامرضا' 'فرهاد' 'قاسم' 'کاوه' 'گلناز' 'لیلا' 'مریم' 'نرگس' 'وحید' \
	    'هادی' 'یاسمن'; do
		printf 'person,%s احمدی‌نژاد,,TBZ\n' "$n"
	done
} >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "32 donors"

rows() { scr_cap | sed -n '/┌/,/└/p' | grep -c 'PHE-'; }
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 5; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'مشارکت: تازه')"
scr_keys F4; scr_wait "$(vis 'انتخاب: خیّر')"; ok $? "F4 on the donor: the picker"
scr_wait "$(vis 'آرش احمدی‌نژاد')"; ok $? "it starts at the first donor"
scr_cap | grep -qF "$(vis 'یاسمن احمدی‌نژاد')"; is $? 1 "the last is not on its page"
scr_keys End; scr_settle
scr_cap | grep -qF "$(vis 'یاسمن احمدی‌نژاد')"; ok $? "End: the last donor is shown"
scr_cap | grep -qF "$(vis 'آرش احمدی‌نژاد')"; is $? 1 "and the first is not"
scr_keys Enter; scr_gone "$(vis 'انتخاب: خیّر')"
scr_cap | grep "$(vis 'خیّر*:')" | grep -qF 'PHE-32'; ok $? "Enter after End picks the last donor (PHE-32, the 32nd imported)"
scr_keys F4; scr_wait "$(vis 'انتخاب: خیّر')"
scr_keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
scr_keys End; scr_settle; scr_keys Home; scr_settle
scr_cap | grep -qF "$(vis 'آرش احمدی‌نژاد')"; ok $? "Home: back to the first donor"
scr_keys F1; scr_wait "$(vis 'تایپ کنید')"
scr_cap | grep -qF "$(vis 'PgUp/PgDn و Home/End جابه‌جا می‌کنند')"; ok $? "its help names Home/End"
scr_keys Enter; scr_keys F10; scr_gone "$(vis 'انتخاب: خیّر')"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
