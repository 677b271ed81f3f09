# Text typed on a check list (a donor's «زمینه‌های علاقه‌مندی») names a
# choice in its note only when the text begins one.  Before, letters that
# began none kept the choice found by the letters before them: «تهران»
# (ت begins توسعهٔ فضاهای انتظامی) said F4 opens the list on «توسعهٔ
# فضاهای انتظامی»; a word's last letter alone went on to a choice it began.
# A Latin word is read as on a choice field (choice_word.sh): "support"
# names حمایتی.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null; ok $? "init"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 1
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Tab Tab Tab Tab Tab Tab Tab Tab; scr_settle
scr_type 'تهران'; scr_settle
scr_cap | grep -qF "$(vis 'تیک‌زدنی است، نه تایپ‌کردنی')"; ok $? "«تهران» typed on the check list: said it is ticked, not typed"
named() { scr_cap | grep -qF "$(vis 'روی')"; }	# «F4 فهرست را روی «…» باز می‌کند»
named; is $? 1 "... naming no choice: تهران begins none (before: انتظامی (داوطلبانه), from its ا)"
scr_keys Tab BTab; scr_type 'تو'; scr_settle
scr_cap | grep -qF "$(vis '«توسعهٔ فضاهای انتظامی»')"; ok $? "«تو» names توسعهٔ فضاهای انتظامی"
scr_type 'ر'; scr_settle
named; is $? 1 "«تور» names none (before: توسعهٔ…, found by تو)"
scr_keys Tab BTab; scr_type 'نظارت بر'; scr_settle
scr_cap | grep -qF "$(vis '«نظارتی»')"; is $? 1 "«نظارت بر»: the last word, بر, begins no choice: نظارتی is not named"
scr_keys Tab BTab; scr_type 'نظا'; scr_settle
scr_cap | grep -qF "$(vis '«نظارتی»')"; ok $? "«نظا» names نظارتی"
scr_keys Tab BTab; scr_type 'support'; scr_settle
scr_cap | grep -qF "$(vis '«حمایتی»')"; ok $? "support names حمایتی"
scr_keys Escape; scr_wait "$(vis 'دور بریزیم')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; ok $? "the form dropped"
done_testing
