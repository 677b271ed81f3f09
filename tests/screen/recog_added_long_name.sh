# F5 in a ceremony says whom it added, his id and his name, the name cut
# with «…» so that the line under the donors fits the screen: a
# charity's name of 145 letters (ZWNJs, an Arabic yeh and kaf typed by
# mistake) is cut, the id and the closing parenthesis kept.  Before, the
# line said the id alone («خیّر افزوده شد: TST-15»).  80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_long_name_fixture
printf 'id,held_on,title,place,donors\nTST-50,1403/10/15,تجلیل از خیّرین هفتهٔ ناجا,سالن همایش,\n' >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null; ok $? "a ceremony honouring no one yet"

work_open "$DB"
scr_keys F7; scr_wait "TST-50" >/dev/null
scr_keys Enter; scr_wait "$(vis 'هنوز از خیّری تجلیل نشده')" >/dev/null
scr_keys F5; scr_type 'نيكوكاران'
scr_wait "TST-15" >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّر افزوده شد: TST-15 (مؤسسهٔ خیریهٔ نیکوکاران')"
ok $? "F5 says whom it added: his id and the start of his name"
line=$(scr_cap | grep -F "$(vis 'خیّر افزوده شد')")
printf '%s\n' "$line" | grep -qF '…'; ok $? "... the name cut with an ellipsis"
printf '%s\n' "$line" | grep -qF "$(vis 'استان')"; is $? 1 "... its end left out"
printf '%s\n' "$line" | grep -qF "$(vis '…)')"; ok $? "... the parenthesis closed after the cut"
# its columns: the characters but the zero-width ones (ZWNJ, hamza above)
w=$(printf '%s' "$line" | sed 's/ *$//; s/\xe2\x80\x8c//g; s/\xd9\x94//g' | wc -m)
[ "$w" -le 80 ]; ok $? "... on one line of the screen ($w columns)"
"$HAMYAR" --db "$DB" export recognitions | grep -q '^TST-50,.*TST-15'; ok $? "... and the ceremony saved with him"
scr_keys F10; scr_wait "TST-50" >/dev/null
scr_keys F10 F10 F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
