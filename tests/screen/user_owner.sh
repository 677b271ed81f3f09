# The database's owner is its admin whatever the users table says and
# cannot be removed (README): `user remove` refuses him, naming why.  On
# the users screen F8 on the owner's record refused him only as "you
# cannot remove yourself: another administrator can" (no other can), and
# another admin's F8 on it marked him removed in the table while he still
# got in.  Now both are refused at once, with user remove's reason, no
# question asked, nothing written; so is another role given him in his
# form (user add refuses it: "another role would not apply").  (The second admin is a second uid:
# root only.)
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
scr_second_uid
me=$(id -un)
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role admin >/dev/null 2>&1; ok $? "nobody is a second admin"
reason="$(vis "$me مالک این پایگاه داده است و همیشه مدیر آن است: نمی‌توان او را برداشت")"

# the owner, on his own record
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 9
scr_wait "$(vis 'جست‌وجو:')"; scr_type "$me"
scr_wait "$(vis 'مدیر سامانه')" >/dev/null; scr_keys Enter
scr_wait "$(vis "کاربر $me")" >/dev/null; scr_keys F8
scr_wait "$reason"; ok $? "the owner's F8 on his record: user remove's reason"
scr_cap | grep -qF "$(vis 'غیرفعال شود؟')"; is $? 1 "... no question asked"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"

# another admin, on the owner's record
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 9
scr_wait "$(vis 'جست‌وجو:')"; scr_type "$me"
scr_wait "$(vis 'مدیر سامانه')" >/dev/null; scr_keys Enter
scr_wait "$(vis "کاربر $me")" >/dev/null; scr_keys F8
scr_wait "$reason"; ok $? "another admin's F8 on the owner's record: refused, with the reason"
scr_cap | grep -qF "$(vis 'غیرفعال شود؟')"; is $? 1 "... no question asked"
scr_keys y; scr_settle
"$HAMYAR" --lang en --db "$DB" user list | grep -q "^$me	admin"; ok $? "the owner is still listed as admin"
"$HAMYAR" --lang en --db "$DB" audit --id "$me" | grep -q 'deactivate'; is $? 1 "nothing written"
# ... and his role changed in his form (still open): refused as user add
# refuses it
scr_wait "$(vis "کاربر $me")" >/dev/null
scr_keys Space; scr_wait "$(vis 'کارشناس')" >/dev/null; scr_pick 'کارشناس'
scr_keys Tab; scr_type 'مرند'; scr_keys F2
scr_wait "$(vis 'ذخیره نشد: خانه‌های دارای خطا را درست کنید: نقش')"
ok $? "another admin making the owner a clerk: not saved, naming the role"
scr_cap | grep -qF "$(vis "خطا: $me مالک این پایگاه داده است")"; ok $? "... the reason under the role, once"
scr_cap | grep -qF "$(vis 'کارساز')"; ok $? "... another role would not apply"
"$HAMYAR" --lang en --db "$DB" user list | grep -q "^$me	admin"; ok $? "the owner is still admin"
"$HAMYAR" --lang en --db "$DB" audit --id "$me" >"$TMP/a"; grep -q 'update' "$TMP/a"; is $? 1 "nothing written"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
