# A clerk or supervisor saved with no county (the users' form let one be
# saved before it refused it; tests/store/put_raw stands for that older
# database) may save nothing.  He is told so once, when the program opens,
# in a popup saying what to ask the administrator for and how it is set;
# the administrator sees him marked in the users' list and in `user list`,
# where an empty county read as every county, as an admin's does.  Before,
# he met only a refusal at each save, and the list showed nothing amiss.
# His lists and dashboard show no county's rows, as the access rules let
# him read none, and say why.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
scr_second_uid
DB="$TMP/db"
PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$PUT" "$DB" --user nobody clerk; ok $? "nobody recorded as a clerk with no county, past the check"
"$HAMYAR" --db "$DB" user add hoseyn --role supervisor --county AHR >/dev/null
ok $? "hoseyn is Ahar's supervisor"

# the administrator's view
"$HAMYAR" --db "$DB" user list >"$TMP/list"
grep -q "$(printf '^nobody\tکارشناس\tندارد؛ باید تعیین شود$')" "$TMP/list"
ok $? "user list: nobody's county is marked as missing"
grep -q "$(printf '^hoseyn\tسرپرست\tAHR\tاهر$')" "$TMP/list"; ok $? "... hoseyn's is Ahar (code, then name)"
grep -q "$(printf '^root\tمدیر سامانه\t')" "$TMP/list" && ! grep -q "$(printf '^root\t.*باید')" "$TMP/list"
ok $? "... the admin's, every county, is not marked"
"$HAMYAR" --lang en --db "$DB" user list | grep -q "$(printf '^nobody\tclerk\tnone: needs one$')"
ok $? "user list in English: none: needs one"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 9
scr_wait "$(vis 'نام کاربری')"; scr_settle
row_has nobody "$(vis 'ندارد؛ باید تعیین شود')"; ok $? "the users' list marks nobody's county as missing"
row_has hoseyn "$(vis 'اهر')"; ok $? "... hoseyn's is Ahar"
row_has hoseyn "$(vis 'باید تعیین شود')"; is $? 1 "... and not marked"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"

# the clerk's view
scr_start_nobody "$DB"
scr_wait "$(vis 'بدون شهرستان')"; ok $? "nobody opens the program: a popup titled No county"
scr_cap | grep -qF "$(vis 'شهرستانی ندارد، حال آنکه کارشناس و سرپرست هر یک')"
ok $? "... saying his account has no county"
scr_cap | grep -qF "$(vis 'هیچ ثبتی از شما ذخیره نمی‌شود')"; ok $? "... that nothing he records can be saved"
scr_cap | grep -qF 'hamyar user add nobody --role clerk --county'; ok $? "... and how the administrator sets it"
scr_keys Enter; scr_gone "$(vis 'بدون شهرستان')"; ok $? "Enter closes it"
scr_wait "$(vis 'منوی اصلی')"; ok $? "the main menu under it"
# He reads no county's rows (core/access.c refuses him each): the lists
# show none, where they showed every county's rows that would not open.
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')"; ok $? "the donors' list opens"
scr_settle
scr_cap | grep -q 'TST-1[0-2]'; is $? 1 "... showing him no donor"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys 4; scr_wait "$(vis 'جست‌وجو:')"; ok $? "the needs' list opens"
scr_settle
scr_cap | grep -q 'TST-2[0-9]'; is $? 1 "... showing him no need"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; ok $? "the dashboard opens"
scr_settle
scr_cap | grep -q 'TST-2[0-9]'; is $? 1 "... ranking no need for him"
scr_cap | grep -qF "$(vis 'تبریز')"; is $? 1 "... and no county's figures"
# and says why, as the lists do: before, it was silently empty, as if
# no need had been recorded
scr_cap | grep -qF "$(vis 'حساب شما شهرستانی ندارد')"; ok $? "... saying his account has no county"
scr_cap | grep -qF "$(vis 'از مدیر پایگاه داده بخواهید')"; ok $? "... and to ask the database administrator"
scr_cap | grep -qF "$(vis 'هنوز نیازی ثبت نشده است')"; is $? 1 "... not that no need is recorded yet"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
# His lists say why they are empty: before, the users' list said only
# «هنوز رکوردی نیست» (no records yet) under «حوزهٔ شهرستان: -».
scr_keys 9; scr_wait "$(vis 'نام کاربری')"; ok $? "the users' list opens"
scr_settle
scr_cap | grep -qF "$(vis 'هنوز رکوردی نیست')"; is $? 1 "... not saying there are no records yet"
scr_cap | grep -qF "$(vis 'حساب شما شهرستانی ندارد')"; ok $? "... but that his account has no county"
scr_cap | grep -qF "$(vis 'از مدیر پایگاه داده بخواهید')"; ok $? "... and to ask the database administrator"
scr_cap | grep -qF "$(vis 'حوزهٔ شهرستان: ندارد؛ باید تعیین شود')"; ok $? "... its county filter: none, one needed (not «-»)"
scr_cap | grep -q 'hoseyn\|root'; is $? 1 "... listing no one"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')"; scr_settle
scr_cap | grep -qF "$(vis 'حساب شما شهرستانی ندارد')"; ok $? "the donors' list says so too"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"

# given a county, he is told nothing
"$HAMYAR" --db "$DB" user add nobody --role clerk --county TBZ >/dev/null; ok $? "the administrator gives nobody Tabriz"
"$HAMYAR" --db "$DB" user list | grep -q "$(printf '^nobody\tکارشناس\tTBZ\tتبریز$')"; ok $? "user list: nobody's county is Tabriz"
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_settle
scr_cap | grep -qF "$(vis 'بدون شهرستان')"; is $? 1 "nobody opens the program: no popup"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
