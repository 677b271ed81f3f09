# Typing in a popup list (F4 on a choice field, a list's F4 pickers)
# reads the letters typed one after another as one word, as the choice
# field itself does (choice_word.sh): on a need's category, F4 and
# "support" (its English name, the word a CSV cell takes) is حمایتی,
# "equipment" تجهیزات عمومی; a word that begins no choice («building»)
# moves nothing, Enter keeping the choice the list was on; the same
# letter again still goes through the choices with it, and an arrow
# starts the next word anew; on a list's county picker «مرند» is مرند and
# «مرتب», no county, leaves the picker where it was.  Before, each letter that went no further
# from those before it moved on to some choice of its own: "support"
# and "building" each ended elsewhere.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
LABEL="$(vis 'زمینهٔ مشارکت*:')"
cat_row() { row_has "$LABEL" "$(vis "$1")"; }
TITLE="$(vis 'زمینهٔ مشارکت') ─"
popup() { scr_keys F4; scr_wait "$TITLE" >/dev/null; scr_settle; }
pick() { scr_keys Enter; scr_gone "$TITLE" >/dev/null; scr_settle; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle
scr_keys 4; scr_wait "TST-20" >/dev/null
scr_keys F5; scr_wait "$LABEL" >/dev/null; ok $? "a new need's form"
scr_type 'TST-1'; scr_keys Tab; scr_settle
popup; scr_type 'support'; scr_settle; pick
cat_row 'حمایتی'; ok $? "F4, support: حمایتی" || scr_cap | sed 's/^/# /'
popup; scr_type 'equipment'; scr_settle; pick
cat_row 'تجهیزات عمومی'; ok $? "F4, equipment: تجهیزات عمومی"
popup; scr_type 'building'; scr_settle; pick
cat_row 'تجهیزات عمومی'; ok $? "F4, building: no choice, the list left on تجهیزات عمومی"
popup; scr_keys Home; scr_type 'نظ'; scr_settle; pick
cat_row 'نظارتی'; ok $? "F4, Home, نظ: نظارتی, as before"
popup; scr_keys Home; scr_type 'حمایت'; scr_keys Down; scr_type 'ا'; scr_settle; pick
cat_row 'انتظامی (داوطلبانه)'; ok $? "F4, حمایت, Down, ا: the arrow ended the word, ا a word anew after نظارتی (انتظامی (داوطلبانه))"
scr_keys Escape; scr_wait "$(vis 'دور بریزیم')" >/dev/null; scr_keys y
scr_wait "TST-20" >/dev/null

# a list's F4 county picker: a Persian word, and one that names no county
scr_keys F4; scr_wait "$(vis 'صافی بر پایهٔ')" >/dev/null; scr_settle
scr_pick 'شهرستان'; scr_wait "$(vis 'آذرشهر')" >/dev/null; scr_settle
scr_type 'مرند'; scr_settle; scr_keys Enter; scr_settle
scr_cap | grep -qF "$(vis 'شهرستان: مرند')"; ok $? "the county picker, مرند: مرند" || scr_cap | sed 's/^/# /'
scr_keys F4; scr_wait "$(vis 'صافی بر پایهٔ')" >/dev/null; scr_settle
scr_pick 'شهرستان'; scr_wait "$(vis 'آذرشهر')" >/dev/null; scr_settle
scr_type 'مرتب'; scr_settle; scr_keys Enter; scr_settle
scr_cap | grep -qF "$(vis 'شهرستان: مرند')"; ok $? "... مرتب, no county: the picker left on مرند"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null; ok $? "the program ends with 0"
done_testing
