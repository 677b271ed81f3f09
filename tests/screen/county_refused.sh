# A clerk's save in a county not his is refused under the field that chose
# the county, the cursor put there, as the other refusals a field can fix
# are (a need's status step, a value already registered): a donor's county,
# a need's unit.  Before, only the status line said it, and the cursor
# stayed where it was, the county field unmarked.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
scr_second_uid
DB="$TMP/db"
cursor_y() { tm display -p -t main '#{cursor_y}'; }
# the screen row (0 first) holding text
row_of() { scr_cap | grep -nF -- "$1" | head -n 1 | cut -d: -f1 | awk '{ print $1 - 1 }'; }
work_fixture "$DB"; ok $? "fixture database made with the CLI"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county TBZ >/dev/null; ok $? "nobody is a Tabriz clerk"
refused="$(vis 'خطا: ثبت در شهرستان اهر فقط از کارشناس یا سرپرست همان')"

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 1
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F5
scr_wait "$(vis 'شهرستان*:')"; ok $? "F5: a new donor"
scr_keys Space Enter Tab
scr_type 'مريم كاظمي‌نژاد'
scr_keys Tab Tab Tab Tab Tab; scr_type 'اهر'; scr_keys Tab Tab; scr_settle
county=$(row_of "$(vis 'شهرستان*:')")
row_has "$(vis 'شهرستان*:')" "$(vis 'اهر')"; ok $? "Ahar typed as the county"
[ "$(cursor_y)" -gt "$county" ]; ok $? "... the cursor moved on"
scr_keys F2
scr_wait "$(vis 'ذخیره نشد: خانه‌های دارای خطا را درست کنید')"; ok $? "F2: not saved, fix the marked fields"
is "$(row_of "$refused")" "$((county + 1))" "the refusal is said under the county field"
is "$(cursor_y)" "$county" "the cursor is on the county field"
"$HAMYAR" --db "$DB" export donors | grep -qF 'کاظمی‌نژاد'; is $? 1 "the donor is not written"
scr_keys C-u; scr_type 'تبریز'; scr_keys F2
scr_wait "$(vis 'ذخیره شد')"; ok $? "Tabriz typed over it: saved"
scr_cap | grep -qF "$refused"; is $? 1 "... and the mark is gone"
"$HAMYAR" --db "$DB" export donors | tr -d '\r' | grep -F 'مریم کاظمی‌نژاد' | grep -q ',TBZ,'
ok $? "the donor is stored in Tabriz"
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10

# a need of Tabriz moved to Ahar's post: the unit field is marked
scr_wait "$(vis 'منوی اصلی')"; scr_keys 4
scr_wait "TST-20"; scr_type 'نگهبانی'; scr_settle
scr_keys Enter; scr_wait "$(vis 'وضعیت*:')"; ok $? "TST-20's form"
unit=$(row_of "$(vis 'واحد*:')")
is "$(cursor_y)" "$unit" "the cursor on its unit"
scr_keys C-u; scr_type 'TST-2'; scr_keys Tab; scr_settle
[ "$(cursor_y)" -gt "$unit" ]; ok $? "Ahar's post typed as its unit, the cursor moved on"
scr_keys F2
scr_wait "$(vis 'ذخیره نشد: خانه‌های دارای خطا را درست کنید')"; ok $? "F2 with Ahar's post as its unit: not saved"
# (a unit the clerk may not read: refused as the form refuses a reference
# to another county's record, before the store is asked)
is "$(row_of "$(vis 'پرونده‌ای از شهرستانی دیگر است')")" "$((unit + 1))" "the refusal is said under the unit field"
is "$(cursor_y)" "$unit" "the cursor is on the unit field"
"$HAMYAR" --db "$DB" export needs | tr -d '\r' | grep -q '^TST-20,TST-1,'; ok $? "TST-20 is still Tabriz's"
scr_keys F10; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "TST-20"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
