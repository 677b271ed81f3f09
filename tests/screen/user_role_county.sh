# A clerk made HQ (or admin, or an auditor) on the users' form: the
# county he had is taken off as the role is chosen, and said so under the
# county («ستاد استان با همهٔ شهرستان‌ها کار می‌کند: حوزهٔ شهرستان مرند
# برداشته شد ...»); F2 saves him with no county.  The role changed back
# before saving brings the county back, and says so.  Before, the county
# stayed and F2 refused it until it was emptied by hand, where `user add
# ali --role hq` took it off (tests/cli/user_role_county.sh).  A county
# typed for HQ is still refused (tests/screen/user_county_all.sh), and a
# clerk with none still is, naming the county.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
"$HAMYAR" --db "$DB" user add ali --role clerk --county 'مرند' >/dev/null 2>&1; ok $? "ali is a clerk of Marand"
"$HAMYAR" --db "$DB" user add zahra --role supervisor --county 'عجب‌شير' >/dev/null 2>&1; ok $? "zahra is a supervisor of Ajabshir"
TAKEN="$(vis 'ستاد استان با همهٔ شهرستان‌ها کار می‌کند')"
BACK="$(vis 'حوزهٔ شهرستان مرند برگشت')"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 9
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_type ali
scr_wait "$(vis 'کارشناس')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'کاربر ali')"; ok $? "ali's form opens"
scr_wait "$(vis 'مرند')" >/dev/null
scr_keys Space; scr_wait "$(vis 'ستاد استان')" >/dev/null; scr_pick 'ستاد استان'
scr_gone '┌'
scr_wait "$TAKEN"; ok $? "HQ chosen: under the county, HQ works with every county"
scr_cap | grep -qF "$(vis 'مرند برداشته شد')"; ok $? "... and Marand is taken off"
row_has "$(vis 'حوزهٔ شهرستان:')" "$(vis 'مرند')"; is $? 1 "... the county field is empty"

scr_keys Space; scr_wait "$(vis 'کارشناس')" >/dev/null; scr_pick 'کارشناس'
scr_gone '┌'
scr_wait "$BACK"; ok $? "clerk chosen again before saving: Marand is back, said so"
row_has "$(vis 'حوزهٔ شهرستان:')" "$(vis 'مرند')"; ok $? "... in the county field"
scr_cap | grep -qF "$TAKEN"; is $? 1 "... the note of its taking off gone"
scr_cap | grep -qF "$(vis 'تغییرات ذخیره‌نشده')"; is $? 1 "... and nothing unsaved"

# typed on the role, as --role takes it: «hq»
scr_type 'hq'
scr_wait "$TAKEN"; ok $? "«hq» typed on the role: the county taken off again"
scr_keys F2
if ! getent passwd ali >/dev/null; then
	scr_wait "$(vis 'هشدار در: نام کاربری.')" >/dev/null; scr_keys F2
fi
scr_wait "$(vis 'جست‌وجو:')"; ok $? "F2 saves at once, back on the list: no county to empty by hand"
scr_settle
row_has ali "$(vis 'ستاد استان')"; ok $? "... listing ali as HQ"
is "$("$HAMYAR" --lang en --db "$DB" user list | grep '^ali' | cut -f1-3)" "$(printf 'ali\thq\t')" \
    "ali is HQ with no county"

# an auditor, from a supervisor: the note names the role chosen
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys C-u; scr_type zahra
scr_wait "$(vis 'سرپرست')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'کاربر zahra')" >/dev/null
scr_keys Space; scr_wait "$(vis 'حسابرس')" >/dev/null; scr_pick 'حسابرس'
scr_gone '┌'
scr_wait "$(vis 'حسابرس با همهٔ شهرستان‌ها کار می‌کند')"; ok $? "zahra made an auditor: said under the county, naming the auditor"
scr_cap | grep -qF "$(vis 'حوزهٔ شهرستان عجب‌شیر')"; ok $? "... and Ajabshir taken off"
scr_keys F10
scr_wait "$(vis 'دور بریزیم')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
is "$("$HAMYAR" --lang en --db "$DB" user list | grep '^zahra' | cut -f1-3)" "$(printf 'zahra\tsupervisor\tAJB')" \
    "left unsaved: zahra is still Ajabshir's supervisor"

# the reverse: a new clerk with no county is refused, naming the county
scr_keys F5; scr_wait "$(vis 'حوزهٔ شهرستان:')" >/dev/null
scr_type 'reza'; scr_keys Tab; scr_type 'clerk'
scr_keys F2
scr_wait "$(vis 'ذخیره نشد: خانه‌های دارای خطا را درست کنید: حوزهٔ شهرستان.')"
ok $? "a new clerk with no county: not saved, the status naming the county"
scr_cap | grep -qF "$(vis 'کارشناس و سرپرست باید حوزهٔ شهرستان داشته باشند')"; ok $? "... said under it"
# the form's help says what choosing a role does to the county
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null
scr_cap | grep -qF "$(vis 'می‌کنند، حوزهٔ شهرستان برداشته می‌شود؛ گزینش دوبارهٔ کارشناس یا سرپرست')"
ok $? "F1 on the form: a role of every county takes the county off, clerk or supervisor again brings it back"
scr_keys Enter; scr_gone '┌' >/dev/null
scr_keys F10; scr_wait "$(vis 'دور بریزیم')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
