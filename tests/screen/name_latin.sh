# A donor's name typed with the keyboard left in Latin: the clerk thinks
# «علی‌رضا محمدی» and the terminal sends "ugdBvqh lplnd".  Leaving the
# field warns, gives the Persian reading of those keys and says how to
# type it again; a name kept in Latin still saves after a yes (a company's may be).
# Before, the Latin letters were taken without a word.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" NLT; ok $? "first start"
scr_keys Enter; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')" >/dev/null; scr_keys Enter
scr_keys Tab; scr_type 'ugdBvqh lplnd'; scr_keys Tab
row=$(scr_cap | grep -nF "$(vis 'نام*:')" | head -n 1 | cut -d: -f1)
scr_wait "$(vis 'هشدار: با حروف لاتین')"; ok $? "leaving the name warns it is in Latin letters"
scr_cap | sed -n "$((row + 1)),$((row + 2))p" >"$TMP/under"
grep -qF "$(vis 'محمدی')" "$TMP/under"; ok $? "... under the name, with the Persian reading of the keys"
grep -qF 'F12' "$TMP/under"; ok $? "... and how to type it again (F12)"
scr_keys BTab C-u F12; scr_type 'ugdBvqh lplnd'; scr_keys Tab	# again, on the Persian layout
scr_wait "$(vis 'علی‌رضا محمدی')"; ok $? "with F12 the same keys give the Persian name"
scr_cap | grep -qF "$(vis 'با حروف لاتین')"; is $? 1 "no warning then"
scr_keys F12 Tab Tab Tab Tab F4; scr_wait "$(vis 'آذرشهر')" >/dev/null; scr_keys Enter	# county
scr_keys F2; scr_wait 'NLT-1'; ok $? "saved"
# A company's Latin name is kept, warned once.
scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')" >/dev/null; scr_keys Down Enter
scr_keys Tab; scr_type 'Sahand Steel'; scr_keys Tab
scr_wait "$(vis 'هشدار: با حروف لاتین')"; ok $? "a Latin company name is warned about"
scr_keys Tab Tab Tab Tab F4; scr_wait "$(vis 'آذرشهر')" >/dev/null; scr_keys Enter
scr_keys F2; scr_wait "$(vis 'با این حال این رکورد ذخیره شود؟')"; ok $? "F2 asks about the warning (warn_ask.sh)"
scr_keys y; scr_wait 'NLT-2'; ok $? "... and a yes saves it as typed"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0" >/dev/null
"$HAMYAR" --db "$DB" export donors | tr -d '\r' | grep -q '^NLT-2,org,Sahand Steel,'; ok $? "the Latin name stored as typed"
done_testing
