# A popup list (F4 on a choice field, a list's F4 pickers) where the
# clerk types a word that is in no item: the list is put back where it
# was (popup_word.sh) and the word is said in the popup's bottom border,
# «building» در این فهرست نیست, the box widened for it where it is
# narrower, as a form's choice field says «no choice» under the field
# (choice_word.sh); an arrow takes the note away, and a word that is in
# the list says nothing.  The county picker, taller than the screen at
# 80x24, shows the note where its ▼ is; at 40 columns a long word is
# cut, «نیست» kept.  Persian and English.  Before, nothing was said.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
LABEL="$(vis 'زمینهٔ مشارکت*:')"
TITLE="$(vis 'زمینهٔ مشارکت') ─"
popup() { scr_keys F4; scr_wait "$TITLE" >/dev/null; scr_settle; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle
scr_keys 4; scr_wait "TST-20" >/dev/null
scr_keys F5; scr_wait "$LABEL" >/dev/null; ok $? "a new need's form"
scr_type 'TST-1'; scr_keys Tab; scr_settle
popup; scr_type 'building'; scr_settle
NOTE="$(vis '«building» در این فهرست نیست')"
scr_cap | grep -qF "$NOTE"; ok $? "F4, building: «building» is not in this list, said in the popup" || scr_cap | sed 's/^/# /'
scr_cap | grep -F "$NOTE" | grep -qF '─'; ok $? "... on its bottom border"
scr_keys Down; scr_settle
scr_cap | grep -qF "$(vis 'در این فهرست نیست')"; is $? 1 "... an arrow takes it away"
scr_type 'support'; scr_settle
scr_cap | grep -qF "$(vis 'در این فهرست نیست')"; is $? 1 "support, a choice's name: nothing said"
scr_keys Escape; scr_settle
scr_keys Escape; scr_wait "$(vis 'دور بریزیم')" >/dev/null; scr_keys y
scr_wait "TST-20" >/dev/null

# a list's F4 county picker, taller than the screen
scr_keys F4; scr_wait "$(vis 'صافی بر پایهٔ')" >/dev/null; scr_settle
scr_pick 'شهرستان'; scr_wait "$(vis 'آذرشهر')" >/dev/null; scr_settle
scr_type 'مرتب'; scr_settle
scr_cap | grep -qF "$(vis '«مرتب» در این فهرست نیست')"; ok $? "the county picker, مرتب: «مرتب» is not in this list" || scr_cap | sed 's/^/# /'
scr_keys Enter; scr_settle
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null; ok $? "the program ends with 0"

# at 40 columns a long word is cut, not the sentence
SCR_SIZE=40x24
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle
scr_keys 4; scr_wait "TST-20" >/dev/null
scr_keys F4; scr_wait "$(vis 'صافی بر پایهٔ')" >/dev/null; scr_settle
scr_keys Home Down Down Down; scr_settle; scr_keys Enter
scr_wait "$(vis 'آذرشهر')" >/dev/null; scr_settle
scr_type 'buildingsandmore'; scr_settle
scr_cap | grep -F "$(vis 'در این فهرست نیست')" | grep -qF '…'; ok $? "40: a long word cut in the note, its end «در این فهرست نیست» whole" || scr_cap | sed 's/^/# /'
scr_keys Enter; scr_settle
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null; ok $? "40: the program ends with 0"
SCR_SIZE=80x24
scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_settle
scr_keys 4; scr_wait "TST-20" >/dev/null
scr_keys F4; scr_wait "Filter by" >/dev/null; scr_settle
scr_keys Home Down Down Down; scr_settle; scr_keys Enter	# County
scr_wait "Varzaqan" >/dev/null; scr_settle
scr_type 'Zzz'; scr_settle
scr_cap >"$TMP/c"; grep -qF '"Zzz" is not in this list' "$TMP/c"; ok $? "en: the county picker, Zzz: \"Zzz\" is not in this list" || sed "s/^/# /" "$TMP/c"
scr_keys Enter; scr_settle
scr_keys F10; scr_wait "Main menu" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null; ok $? "en: the program ends with 0"
done_testing
