# A clerk's program left running while the administrator removes his
# account: his next save is refused, saying his account was removed, and
# nothing is written; before, the session went on writing with the role it
# had at its start until he quit (a removed user could not log in, but one
# logged in stayed).  A county changed meanwhile takes effect the same way.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
scr_second_uid
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name "ایستگاه مرند" >/dev/null 2>&1; ok $? "init"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county مرند >/dev/null; ok $? "nobody is a Marand clerk"

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "nobody opens the program"
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')"; scr_keys F5
scr_wait "$(vis 'شهرستان*:')"; ok $? "F5: a new donor, in Marand"
scr_keys Space Enter Tab
scr_type 'مريم كاظمي‌نژاد'
"$HAMYAR" --db "$DB" user add nobody --role clerk --county TBZ >/dev/null; ok $? "meanwhile the administrator moves him to Tabriz"
scr_keys F2
scr_wait "$(vis 'ذخیره نشد')"; ok $? "F2: not saved"
scr_cap | grep -qF "$(vis 'ثبت در شهرستان مرند فقط از کارشناس یا سرپرست')"; ok $? "... saying only Marand's clerks may record in Marand"
"$HAMYAR" --db "$DB" export donors | grep -qF 'کاظمی'; is $? 1 "no Marand donor stored"
"$HAMYAR" --db "$DB" user remove nobody >/dev/null; ok $? "the administrator removes his account"
scr_keys Tab Tab Tab Tab Tab C-u BSpace BSpace BSpace BSpace BSpace BSpace; scr_type 'تبریز'; scr_keys Tab
scr_keys F2
scr_wait "$(vis 'حساب شما در همین مدت از این پایگاه داده برداشته شد')"; ok $? "F2 again, in Tabriz: refused, his account was removed"
"$HAMYAR" --db "$DB" export donors | grep -qF 'کاظمی'; is $? 1 "nothing stored"
"$HAMYAR" --lang en --db "$DB" audit --user nobody 2>/dev/null | grep -q .; is $? 1 "and nothing by him in the audit log"
done_testing
