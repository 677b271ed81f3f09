# The station's name given at the first start (or init) with a typo went
# on the title bar and on every thank-you letter, and nothing could
# change it.  The settings (F9) now have, under the login's own, the
# station's name: its administrator (or HQ) types over it (Enter), the title bar
# takes it at once, and the audit log keeps the old and the new name.
# A clerk (a second uid: root only) is refused, told who may (HQ or the
# administrator).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
scr_second_uid
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name 'ایستگاه مرتد' >/dev/null; ok $? "init, the name mistyped (مرتد)"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county MRD >/dev/null 2>&1; ok $? "nobody is a Marand clerk"

scr_start "$DB"
scr_wait "$(vis 'همیار — ایستگاه مرتد')"; ok $? "the title bar has the name as given"
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null; scr_keys F9
scr_wait "$(vis 'تنظیمات ایستگاه')"; ok $? "the settings have the station's part"
scr_cap | grep -qF "$(vis 'ایستگاه مرتد')"; ok $? "... with its name"
scr_keys Down Down Down Down Down Down Enter
scr_wait "$(vis 'نام ایستگاه:')"; ok $? "Enter on it asks for the name"
scr_keys C-u; scr_type 'ايستگاه انتظامی مرند'; scr_keys Enter
scr_wait "$(vis 'ذخیره شد. نام ایستگاه: ایستگاه انتظامی مرند')"; ok $? "saved, said so (Arabic ي typed: stored as ی)"
scr_cap | head -n 1 | grep -qF "$(vis 'همیار — ایستگاه انتظامی مرند')"; ok $? "the title bar has the new name at once"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null; scr_keys F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
"$HAMYAR" --lang en --db "$DB" audit --id station.name >"$TMP/a"
grep -q ' set setting "station.name"$' "$TMP/a"; ok $? "audited (set setting, not setting setting)"
grep -qF 'station name: "ایستگاه مرتد" -> "ایستگاه انتظامی مرند"' "$TMP/a"; ok $? "... the old name and the new: $(tail -n 1 "$TMP/a")"

scr_start_nobody "$DB"
scr_wait "$(vis 'همیار — ایستگاه انتظامی مرند')"; ok $? "the next start (a clerk's) has the new name"
scr_keys F9; scr_wait "$(vis 'همهٔ تنظیمات')" >/dev/null; scr_pick 'همهٔ تنظیمات'
scr_wait "$(vis 'تنظیمات ایستگاه')" >/dev/null
scr_keys Down Down Down Down Down Down Enter
scr_wait "$(vis 'نام ایستگاه:')" >/dev/null; scr_keys C-u; scr_type 'ایستگاه من'; scr_keys Enter
scr_wait "$(vis 'ذخیره نشد:')"; ok $? "a clerk: not saved"
scr_cap | grep -qF "$(vis 'تغییر تنظیمات ایستگاه فقط از ستاد استان یا مدیر سامانه ساخته است.')"; ok $? "... told who may"
scr_cap | head -n 1 | grep -qF "$(vis 'ایستگاه انتظامی مرند')"; ok $? "the name is as it was"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
