# Esc then a digit is F1-F10, for terminals without function keys.  The
# program waited 600 ms for that digit after every Esc: a clerk who pressed
# Esc to leave a donor's form and typed 25 into the list's search a third
# of a second later got F2 (the form saved) and a search for 5.  Now only a
# digit that comes with the Esc (within 150 ms; Alt-2 sends the two at
# once) makes an F-key; a later one is Esc and then the digit, as typed.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST >/dev/null; ok $? "a new database"
printf 'id,kind,name,county,interests\nTST-10,person,علی‌رضا کریمی,TBZ,space\nTST-25,org,بنیاد نیکوکاری مهر,مرند,equipment\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "two donors"
revs() { "$HAMYAR" --db "$DB" audit | grep -c .; }
before=$(revs)
late() { tm send-keys -t main Escape; sleep 0.35; tm send-keys -t main -l "$1"; sleep 0.3; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 1; scr_wait "TST-25" >/dev/null
scr_keys Enter; scr_wait "$(vis 'کد ملی:')"; ok $? "the first donor's form (TST-25)"
# Esc to leave it, then 10 typed in the list's search a third of a second on
late 10
scr_wait "TST-10"; ok $? "Esc, then 10 a third of a second later: the list searches for 10 and finds TST-10"
scr_cap | grep -qF "TST-25"; is $? 1 "... alone: the search holds both digits"
scr_cap | grep -qF "$(vis 'ذخیره شد')"; is $? 1 "... and the form was not saved by an F2"
is "$(revs)" "$before" "nothing was written"
# the same with Persian digits: Esc, then ۲۵ later, is no F2 and no help
scr_keys C-u; scr_wait "$(vis 'رکوردها: ۲')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'کد ملی:')" >/dev/null
late '۲۵'
scr_wait "TST-25"; ok $? "Esc, then ۲۵ later: back on the list, TST-25 found"
scr_cap | grep -qF "TST-10"; is $? 1 "... alone: the search holds ۲۵"
scr_cap | grep -qF "$(vis 'خانه‌ها را پر کنید؛')"; is $? 1 "... no help opened"

# the documented fallback: Esc and the digit together
scr_keys C-u; scr_keys Escape 5
scr_wait "$(vis 'خیّر: تازه')"; ok $? "Esc and 5 together: F5, a new donor's form"
scr_keys Escape 1
scr_wait "$(vis 'خانه‌ها را پر کنید؛')"; ok $? "Esc and 1 together: F1, the form's help"
scr_keys Enter; scr_gone "$(vis 'خانه‌ها را پر کنید؛')" >/dev/null
tm send-keys -t main Escape; sleep 0.05; tm send-keys -t main '۰'
scr_wait "$(vis 'جست‌وجو:')"; ok $? "Esc and a Persian ۰ 50 ms apart: F10, back to the list"
scr_wait "$(vis 'رکوردها: ۲')"; ok $? "... with no ۰ typed into the search: both donors listed"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
