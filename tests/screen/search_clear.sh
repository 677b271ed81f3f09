# Ctrl-U empties a list's search and the search of the popup that picks a
# record for a form's field, as it empties a form's field: a clerk who
# typed a wrong name there starts again with the key he uses everywhere
# else, and the list's F1 says so.  Before, Ctrl-U did nothing in a search
# (only Esc or Backspace after Backspace cleared it), and F1 did not name it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name 'ایستگاه مرند' >/dev/null
printf 'id,kind,name,county\nMRD-5,person,علي‌اكبر كريمي‌نژاد,MRD\nMRD-6,person,زهرا موسوی‌پور,MRD\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "two donors"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 1
scr_wait 'MRD-6'
scr_type 'كريمي'; scr_gone 'MRD-6'; ok $? "the list searched (Arabic ي/ك typed): one donor"
scr_keys C-u
scr_wait 'MRD-6'; ok $? "Ctrl-U: the search is empty, both donors again"
scr_cap | grep -qF "$(vis 'کریمی')"; ok $? "... the name still listed"
scr_cap | grep -F "$(vis 'جست‌وجو:')" | grep -qF "$(vis 'كريمي')"; is $? 1 "... and the search box empty"
# The list's F1 says so (before, only Esc and Backspace).
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
scr_cap | grep '│' | grep -qF 'Ctrl-U'; ok $? "the list's F1 names Ctrl-U"
scr_cap | grep -qF "$(vis 'Backspace پاک می‌کند؛ Ctrl-U')"
ok $? "... after Backspace, in Persian"
scr_keys Enter; scr_settle
scr_cap | grep '│' | grep -qF 'Ctrl-U'; is $? 1 "Enter closes the help"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys 5; scr_wait "$(vis 'جست‌وجو:')"; scr_keys F5
scr_wait "$(vis 'تاریخ تعهد*:')"
scr_type 'موسوی'; scr_keys Space
scr_wait "$(vis 'انتخاب: خیّر')"; scr_gone 'MRD-5'; ok $? "the donor's popup searches the name typed"
scr_keys C-u; scr_type 'کریمی'
scr_wait 'MRD-5'; ok $? "Ctrl-U there empties its search: another name typed finds its donor"
scr_gone 'MRD-6'; ok $? "... alone"
scr_keys Enter
scr_wait "MRD-5"; scr_gone "$(vis "انتخاب: خیّر")"; ok $? "picked into the form"
done_testing
