# A need's estimated cost typed by a clerk who chose toman in the settings:
# the field takes rials, as its label «(ریال)» says, and beside it the
# form shows the same amount in toman, as the lists and the dashboard
# show it.  Before, the form alone spoke rials with nothing in toman.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" TMN; ok $? "first start"
scr_keys F9; scr_wait "$(vis 'همهٔ تنظیمات (رنگ‌ها، ریال یا تومان، ...)')" >/dev/null
scr_keys Down Down Down Enter; scr_wait "$(vis 'تنظیمات حساب شما')" >/dev/null
scr_keys Down Down Down Down Down Enter
scr_wait "$(vis 'واحد مبلغ‌ها: تومان')"; ok $? "amounts switched to toman"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 4; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'هزینهٔ برآوردی (ریال):')"; ok $? "the need form says its cost is in rials"
scr_keys Tab Tab Tab Tab			# unit, category, title, description -> cost
scr_type '۵۰٬۰۰۰٬۰۰۰'; scr_keys Tab		# rials, with Persian separators
row=$(scr_cap | grep -nF "$(vis 'هزینهٔ برآوردی (ریال):')" | head -n 1 | cut -d: -f1)
scr_settle
scr_cap | sed -n "${row}p" >"$TMP/row"
grep -qF '۵۰٬۰۰۰٬۰۰۰' "$TMP/row"; ok $? "the field keeps the rials typed"
grep -qF "$(vis '۵٬۰۰۰٬۰۰۰ تومان')" "$TMP/row"; ok $? "beside it, the same amount in toman"
scr_keys BTab; scr_settle
scr_cap | sed -n "${row}p" | grep -qF "$(vis 'تومان')"; is $? 1 "(while it is edited, the field alone)"
scr_keys F10; scr_cap | grep -qF "$(vis 'دور بریزیم')" && scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
