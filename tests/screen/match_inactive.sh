# F2 on the matching screen records nothing for a need or a donor that
# another session (here the CLI, as a second SSH login would) deactivated
# between Enter and F2: it says which was deactivated, in Persian, and the
# matches are read again without it.  Before, only the need's gap was
# checked again, and a pledge was written on a deactivated need or from an
# inactive donor, which the screen never offers.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
pledges() { "$HAMYAR" --db "$DB" export pledges | tr -d '\r' | sed 1d | wc -l; }
# Row N of `match donor TST-10` (1-based) selected with Home and Down.
row_of() { "$HAMYAR" --db "$DB" match donor TST-10 | awk '{print $1}' | grep -n "^$1\$" | cut -d: -f1; }
go_row() { n=$1; scr_keys Home; while [ "${n:-1}" -gt 1 ]; do scr_keys Down; n=$((n - 1)); done; }

work_open "$DB"
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter
scr_type 'TST-10'; scr_wait "TST-10" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نیازهای جور با یک خیّر')"; ok $? "the needs that fit TST-10 (شرکت فولاد آذر)"

# The need deactivated meanwhile.
n=$(row_of TST-20); [ -n "$n" ]; ok $? "TST-20 (ساخت اتاق نگهبانی) is among them"
go_row "$n"; scr_keys Enter
scr_wait "$(vis 'برای نیاز TST-20')"; ok $? "Enter: the pledge to TST-20 shown"
printf 'id,active\nTST-20,0\n' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "another session deactivates the need TST-20"
scr_keys F2
scr_wait "$(vis 'نیاز TST-20 در این میان در نشستی دیگر غیرفعال شد')"; ok $? "F2: the need was deactivated meanwhile, it says"
scr_cap | grep -qF "$(vis 'تعهدی نمی‌پذیرد. چیزی ثبت')"; ok $? "... and that nothing was recorded"
is "$(pledges)" 0 "... no pledge written"
scr_settle; is "$(scr_cap | sed -n 3,20p | grep -c 'TST-20')" 0 "... and TST-20 is no longer listed"

# The donor made inactive meanwhile.
n=$(row_of TST-21); [ -n "$n" ]; ok $? "TST-21 (دوربین مداربسته) is among them"
go_row "$n"; scr_keys Enter
scr_wait "$(vis 'برای نیاز TST-21')"; ok $? "Enter: the pledge to TST-21 shown"
printf 'id,active\nTST-10,0\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "another session makes the donor TST-10 inactive"
scr_keys F2
scr_wait "$(vis 'خیّر TST-10 در این میان در نشستی دیگر غیرفعال شد')"; ok $? "F2: the donor was made inactive meanwhile, it says"
is "$(pledges)" 0 "... no pledge written"
scr_wait "$(vis 'خیّر TST-10 غیرفعال است')"; ok $? "... and the screen says the donor is inactive"

# A need rejected meanwhile, from the need's side.
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F6; scr_wait "$(vis 'از یک نیاز: خیّرین جور با آن')" >/dev/null; scr_keys Down Enter
scr_type 'TST-22'; scr_wait "TST-22" >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّرین جور با یک نیاز')"; ok $? "the donors that fit TST-22"
scr_wait "TST-12" >/dev/null; scr_keys Home Enter
scr_wait "$(vis 'برای نیاز TST-22')"; ok $? "Enter: the pledge from TST-12 shown"
printf 'id,status\nTST-22,rejected\n' >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/r.csv" >/dev/null; ok $? "another session rejects the need TST-22"
scr_keys F2
scr_wait "$(vis 'وضعیت نیاز TST-22 در این میان در نشستی دیگر «ردشده» شد')"; ok $? "F2: the need was rejected meanwhile, it says"
is "$(pledges)" 0 "... no pledge written"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
