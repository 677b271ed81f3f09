# A list's F4 county picker (the province's 21 counties, taller than
# 80x24 leaves) stands above the status line: its bottom border on the
# row above «کاربر: …», which stays in view, and the counties past its
# height reached by scrolling inside it.  Before, its box was 22 rows,
# its bottom border drawn over the status line.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
line() { scr_cap | sed -n "${1}p"; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 1
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_settle
scr_keys F4; scr_wait "$(vis 'صافی بر پایهٔ')" >/dev/null; scr_settle
scr_keys Down Enter; scr_wait "$(vis 'آذرشهر')" >/dev/null; scr_settle
line 23 | grep -qF "$(vis 'کاربر:')"; ok $? "the county picker open: the status line in view (row 23)" || scr_cap | sed 's/^/# /'
line 22 | grep -qF '└'; ok $? "... the picker's bottom border just above it"
scr_cap | sed -n '2,22p' | grep -qF "$(vis 'کاربر:')"; is $? 1 "... not the status line drawn inside it"
scr_keys End; scr_settle
scr_cap | grep -qF "$(vis 'هشترود')"; ok $? "End: the last county, scrolled into the box"
line 23 | grep -qF "$(vis 'کاربر:')"; ok $? "... the status line still in view"
scr_keys Enter; scr_gone "$(vis 'آذرشهر')" >/dev/null; scr_settle
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
