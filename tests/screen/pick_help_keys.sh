# F1 in the popup that picks a record lists its keys as a screen's F1
# does: Ctrl-U and Esc empty the search, Esc with it empty closes the
# popup without picking as F10 does, Enter picks; then the keys of its
# bar (F1, F10) and those every screen has (Esc and a digit, F12 or
# Ctrl-Space).  Before, it named neither Ctrl-U nor Esc's closing, and
# had no line of keys.  The keys do what it says (here the picker of the
# donors' list's F4 «گروه معرف»).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
cat >"$TMP/groups.csv" <<'CSV'
id,kind,name,county
MRD-1,imam_office,دفتر امام جمعهٔ مرند,MRD
MRD-2,council,شورای اسلامی شهر یامچی,MRD
CSV
"$HAMYAR" --db "$D" import groups "$TMP/groups.csv" >/dev/null; ok $? "import groups"
TITLE="$(vis 'انتخاب: گروه مرجع')"
box() { scr_cap | grep '│'; }

scr_start "$D"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 1
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F4
scr_wait "$(vis 'صافی بر پایهٔ')" >/dev/null; scr_pick 'گروه معرف'
scr_wait "$TITLE"; ok $? "the record picker"
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
box | grep -qF 'Ctrl-U'; ok $? "its help names Ctrl-U"
box | grep -qF "$(vis 'F10 بازگشت')"; ok $? "... lists the keys of its bar: F10"
box | grep -qF "$(vis 'F1 راهنما')"; ok $? "... and F1"
box | grep -qF 'Ctrl-Space'; ok $? "... and the keyboard switch"
box | grep -qF 'Enter'; ok $? "... and Enter"
scr_keys Enter; scr_wait "$TITLE" >/dev/null; scr_settle
box | grep -qF "$(vis 'راهنما')"; is $? 1 "Enter closes the help, back in the picker"
scr_type 'شوراي'; scr_wait "$(vis 'شورای اسلامی شهر یامچی')" >/dev/null; scr_settle
scr_cap | grep -qF 'MRD-1 '; is $? 1 "a search narrows it"
scr_keys C-u; scr_wait 'MRD-1 ' >/dev/null; ok $? "Ctrl-U empties the search"
scr_type 'دفتر'; scr_settle
scr_cap | grep -qF 'MRD-2 '; is $? 1 "searched again"
scr_keys Escape; scr_wait 'MRD-2 ' >/dev/null; ok $? "Esc empties it"
scr_cap | grep -qF "$TITLE"; ok $? "... the picker still open"
scr_keys Escape; scr_gone "$TITLE"; ok $? "Esc with the search empty closes it"
scr_cap | grep -qF "$(vis 'گروه معرف:')"; is $? 1 "... nothing picked"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
