# Enter on a match says, above the new pledge, why the match is listed:
# the county the donor and the need share, the need's type among the
# donor's interests, and the donor's free capacity (or that none is
# recorded), in Persian and in English, whole on one row at 80x24; at
# 64 columns, where the amount would be cut, the reasons alone.
# Before, nothing on the screen named the donor's county or interests.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
# a donor typed with Arabic yeh and kaf and a ZWNJ, capacity not recorded
printf 'id,kind,name,county,interests,active\nTST-40,person,علی‌رضا كريمي,TBZ,equipment,1\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "TST-40, no capacity recorded"
seen() { scr_cap | grep -qF -- "$1"; }

work_open "$DB"
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter
scr_type 'TST-11'; scr_wait "TST-11" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نیازهای جور با یک خیّر')"; ok $? "the needs that fit TST-11"
scr_keys Enter
scr_wait "$(vis 'تعهد تازه از خیّر TST-11')" >/dev/null
seen "$(vis 'چرا: هر دو در تبریز؛ علاقه‌مند به تجهیزات عمومی؛ توان آزاد ۵۰٬۰۰۰٬۰۰۰ ریال.')"
ok $? "fa: why TST-21 is listed for TST-11: county, interest, free capacity"
# at 64 columns the reasons alone, not an amount cut to «توان آزاد…»
scr_resize 64 24
seen "$(vis 'چرا: هر دو در تبریز؛ علاقه‌مند به تجهیزات عمومی.')"; ok $? "fa 64 columns: the reasons whole"
scr_cap | grep -qF "…$(vis 'توان آزاد')"; is $? 1 "... no amount cut short"
scr_resize 80 24
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter
scr_type 'TST-40'; scr_wait "TST-40" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نیازهای جور با یک خیّر')"; ok $? "the needs that fit TST-40"
scr_keys Enter
scr_wait "$(vis 'تعهد تازه از خیّر TST-40')" >/dev/null
seen "$(vis 'چرا: هر دو در تبریز؛ علاقه‌مند به تجهیزات عمومی؛ توان مالی ثبت نشده.')"
ok $? "fa: for TST-40, that his capacity is not recorded"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null

scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Back" >/dev/null; scr_settle
scr_keys F6; scr_wait "From a donor: the needs that fit" >/dev/null
scr_keys Enter
scr_type 'TST-11'; scr_wait "TST-11" >/dev/null; scr_keys Enter
scr_wait "Needs for a donor"; ok $? "en: the needs that fit TST-11"
scr_keys Enter
scr_wait "New pledge from donor TST-11" >/dev/null
seen "Why: both in Tabriz; interested in Public equipment; free 50,000,000 rials."
ok $? "en: why TST-21 is listed for TST-11"
scr_keys F10; scr_keys F10; scr_wait "Main menu" >/dev/null; scr_settle; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "exits"
done_testing
