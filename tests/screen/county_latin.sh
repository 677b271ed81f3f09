# A county typed with the keyboard left in Latin: the clerk thinks «مراغه»
# and the terminal sends "lvhyi" (the same keys on the program's Persian
# layout).  Leaving the field reads them as Persian, sets the county and
# says so; keys that name no county are an error that says how to find
# one (F4).  Before, "lvhyi" was only «شهرستان ناشناخته است», with no word
# of the keyboard or of the list.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" CLT; ok $? "first start"
scr_keys 2; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'رابط:')"; ok $? "F5 opens a new reference group"
scr_keys Space; scr_wait "$(vis 'دفتر امام جمعه')" >/dev/null; scr_keys Enter
scr_keys Tab; scr_type 'دفتر امام جمعهٔ مراغه'; scr_keys Tab
scr_type 'qwe'; scr_keys Tab				# no county in either layout
row=$(scr_cap | grep -nF "$(vis 'شهرستان*:')" | head -n 1 | cut -d: -f1)
scr_wait "$(vis 'خطا: شهرستان ناشناخته است')"; ok $? "keys that name no county: an error"
scr_cap | sed -n "$((row + 1))p" | grep -qF 'F4'; ok $? "... under the county, saying F4 lists the counties"
scr_keys BTab C-u; scr_type 'lvhyi'; scr_keys Tab	# «مراغه» on the Latin keyboard
scr_wait "$(vis 'با صفحه‌کلید لاتین')"; ok $? "the Latin keys are read on the Persian layout, and it says so"
scr_cap | sed -n "${row}p" | grep -qF "$(vis 'مراغه')"; ok $? "the county field shows مراغه"
scr_cap | grep -qF "$(vis 'شهرستان ناشناخته')"; is $? 1 "no error left"
scr_keys F2; scr_wait "$(vis 'با این حال این رکورد ذخیره شود؟')"; ok $? "F2 asks about the warning first (warn_ask.sh)"
scr_keys y; scr_wait 'CLT-1'; ok $? "yes saves"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0" >/dev/null
out=$("$HAMYAR" --db "$DB" export groups | tr -d '\r' | sed -n 2p)
case "$out" in "CLT-1,imam_office,دفتر امام جمعهٔ مراغه,MRG,"*) r=0 ;; *) r=1; echo "# export: $out" ;; esac
ok $r "stored with the county code of Maragheh"
done_testing
