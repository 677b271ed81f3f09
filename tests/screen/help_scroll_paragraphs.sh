# A help too tall for its box even run together (the matching screen's at
# 80x24) scrolls with its paragraphs and blank lines kept, only its keys
# joined: before, it was run into one block (help_compact's last level)
# that had to scroll all the same, «چرا یک مورد آمده است», «تناسب» and
# «امتیاز» one paragraph.  A help that fits once run together (the
# ranking's, help_fit.sh) still does.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
# the box's rows with nothing in them, between its borders
blank_rows() { scr_cap | grep -c '^ *│ *│ *$'; }

work_open "$DB"
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter
scr_type 'TST-11'; scr_wait "TST-11" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نیازهای جور با یک خیّر')"; ok $? "the needs that fit TST-11"
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
scr_cap | grep -qF "$(vis 'ادامه در پایین')"; ok $? "80x24: the help scrolls"
[ "$(blank_rows)" -ge 2 ]; ok $? "... its paragraphs apart, a blank row between them ($(blank_rows))"
scr_cap | grep -qF "$(vis 'خیّر فعال است، از شهرستان نیاز')"; ok $? "... its start in view"
scr_keys End; scr_settle
scr_cap | grep -qF "$(vis 'صفحه‌کلید فارسی/لاتین.')"; ok $? "... End: its last line, nothing cut"
scr_keys Escape; scr_settle
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F4; scr_wait "TOPSIS" >/dev/null; scr_settle
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
scr_cap | grep -qF "$(vis 'ادامه در پایین')"; is $? 1 "the ranking's help, run together, still fits without scrolling"
scr_keys Escape; scr_settle
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
