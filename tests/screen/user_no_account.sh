# The admin adds a user on the users screen (9, F5) whose login has no
# Unix account on this computer (mistyped, or not made yet): leaving the
# login field says so under it, with where the account and its password
# are made; F2 then asks, as about any warning, and F2 there saves him
# (README's order: the user, then the account).  A login that has an
# account (nobody) is taken without a word.  Before, nothing was said.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
nouser=hmyr-nouser-$$
getent passwd "$nouser" >/dev/null; is $? 2 "no account $nouser here"

scr_start "$D"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 9
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F5
scr_wait "$(vis 'نام کاربری*:')" >/dev/null
scr_type "$nouser"; scr_keys Tab
scr_wait "$(vis "هشدار: در این رایانه حساب یونیکسی «$nouser»")"; ok $? "a login with no account: warned under the field"
scr_cap | grep -qF "$(vis 'کاربر نمی‌تواند وارد شود.')"; ok $? "... that the user cannot sign in, the whole message shown"
scr_cap | grep -qF 'passwd'; ok $? "... naming passwd"
scr_keys Space; scr_wait "$(vis 'حسابرس')" >/dev/null; scr_pick 'حسابرس'
scr_keys F2
scr_wait "$(vis 'نام کاربری')" >/dev/null
scr_wait "$(vis 'هشدار در: نام کاربری.')"; ok $? "F2 asks, naming the login field"
scr_keys F2
scr_wait "$(vis "ذخیره شد: $nouser")"; ok $? "F2 there saves the user"
"$HAMYAR" --lang en --db "$D" user list | grep -q "^$nouser	auditor"; ok $? "... listed as an auditor"
scr_keys F5
scr_wait "$(vis 'نام کاربری*:')" >/dev/null
scr_type nobody; scr_keys Tab
scr_wait "$(vis 'نقش*:')" >/dev/null; scr_settle
scr_cap | grep -qF "$(vis 'هشدار')"; is $? 1 "nobody, who has an account: no warning"
scr_keys Space; scr_wait "$(vis 'حسابرس')" >/dev/null; scr_pick 'حسابرس'
scr_keys F2
scr_wait "$(vis 'ذخیره شد: nobody')"; ok $? "saved at once"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
