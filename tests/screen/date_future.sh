# The need form warns when the day a need was identified is still to come
# (1406 typed for 1405): F2 asks whether to save with a warning, naming the
# field; no leaves it unsaved with the warning under the field, and yes
# keeps it, as with every warning (SPEC §4).  Before, it was saved without a word and the need waited 0 days in
# the ranking.  A past date saves at the first F2.  HAMYAR_TODAY fixes
# today at 1405/09/09.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture: four needs"
ident() { "$HAMYAR" --db "$DB" export needs | tr -d '\r' | awk -F, -v id="$1" '$1 == id { print $10 }'; }
WARN=$(vis 'این تاریخ پس از امروز است')
LABEL=$(vis 'تاریخ شناسایی*:')

# open need $1 from the need list, the cursor on its identification date
open_date() {
	scr_keys F3 BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
	scr_type "$1"; scr_wait "$1" >/dev/null; scr_keys Enter
	scr_wait "$LABEL" >/dev/null
	scr_keys Tab Tab Tab Tab Tab Tab Tab Tab; scr_settle
	scr_keys C-u
}
SCR_ENV="$SCR_ENV_DEFAULT HAMYAR_TODAY=1405/09/09" scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 4; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
open_date TST-21
scr_type '۱۴۰۶/۰۲/۱۰'; scr_keys Tab
scr_keys F2
scr_wait "$(vis 'هشدار در: تاریخ شناسایی. با این حال این رکورد ذخیره شود؟')"
ok $? "identified on 1406/02/10, after today: F2 asks, naming the field"
scr_keys n; scr_wait "$WARN"; ok $? "no: the warning stands under the field"
is "$(ident TST-21)" 1403/02/01 "... not saved yet"
scr_keys F2; scr_wait "$(vis 'با این حال این رکورد ذخیره شود؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'ذخیره شد: TST-21')"; ok $? "yes keeps it"
is "$(ident TST-21)" 1406/02/10 "... as typed"

open_date TST-23
scr_type '1405/09/09'; scr_keys Tab; scr_settle
scr_cap | grep -qF "$WARN"; is $? 1 "today's date: no warning"
scr_keys F2
scr_wait "$(vis 'ذخیره شد: TST-23')"; ok $? "... saved at the first F2"
is "$(ident TST-23)" 1405/09/09 "... and stored"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
