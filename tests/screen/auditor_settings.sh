# An auditor (SPEC §11: read-only) saves his own display settings: digits
# and rial or toman, kept for his next start.  The program opened his
# database read-only, so the settings screen told him it could not save
# them.  Every other write stays refused: the station's name on the same
# screen, and nothing of his reaches the records or the audit log.  As
# another real uid (nobody through setpriv; root only), on 80 columns.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
work_nobody_fixture
scr_nobody_user auditor "" "an auditor"
before=$("$HAMYAR" --db "$DB" export all --format json)
entries() { "$HAMYAR" --db "$DB" audit | grep -Ec '^(1[34]|۱[۳۴])'; }
n0=$(entries)

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "the auditor starts the program"
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
row_has "$(vis 'تبریز')" "۳۸۰٬۰۰۰٬۰۰۰"; ok $? "amounts start in Persian digits, in rials"
scr_keys F9
scr_wait "$(vis 'تنظیمات حساب شما')"; ok $? "F9 on the dashboard opens his settings"
scr_keys Down Down Enter				# digits
scr_wait "$(vis 'ذخیره شد. ارقام: لاتین (ASCII)')"; ok $? "digits switched to ASCII and saved"
scr_cap | grep -qF "$(vis 'ذخیره نشد')"; is $? 1 "... not refused"
scr_keys Down Down Down Enter				# amounts in
scr_wait "$(vis 'ذخیره شد. واحد مبلغ‌ها: تومان')"; ok $? "amounts switched to toman and saved"
scr_keys Down Enter					# the station's name
scr_wait "$(vis 'نام ایستگاه:')" >/dev/null
scr_keys C-u; scr_type 'ايستگاه حسابرس'; scr_keys Enter
scr_wait "$(vis 'ذخیره نشد:')"; ok $? "the station's name: not saved (it is the station's, not his)"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"

# kept for him across a restart
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
row_has "$(vis 'تبریز')" "38,000,000"; ok $? "after a restart: still ASCII digits and toman"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"

# his settings only: the owner's screens are as they were
work_open "$DB"
row_has "$(vis 'تبریز')" "۳۸۰٬۰۰۰٬۰۰۰"; ok $? "the owner still sees Persian digits and rials"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"

is "$("$HAMYAR" --db "$DB" export all --format json)" "$before" "no record of his was stored"
is "$(entries)" "$n0" "... and the audit log holds no entry of his"
"$HAMYAR" --db "$DB" audit --user nobody 2>/dev/null | grep -c . | grep -qx 0; ok $? "audit --user nobody: nothing"
done_testing
