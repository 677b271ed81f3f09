# The units' list shows a unit's address where the terminal has room for
# it: at 120 columns it showed four columns (id, kind, name, county) and a
# wide blank, the address, which tells two posts of one county apart,
# nowhere.  An address of two lines is shown on its row's one line.  At 80
# columns the four columns stay as they were, the names whole.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TST --name "ایستگاه آزمون" >/dev/null; ok $? "init"
cat >"$TMP/u.csv" <<'CSV'
id,name,kind,county,address
TST-1,کلانتری ۱۱ تبريز,station,TBZ,"تبریز، خیابان امام، کوچهٔ شهید بهشتی، پلاک ۱۲"
TST-2,پاسگاه انتظامی یامچی,post,MRD,"مرند، جادهٔ یامچی
کیلومتر ۳"
TST-3,پاسگاه باسمنج,post,TBZ,
CSV
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null; ok $? "three units, one address of two lines"
row() { scr_cap | grep -F "$1"; }
scr_start "$DB" --lang fa
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 3
scr_wait "TST-3" >/dev/null; scr_settle
scr_cap | grep -F "$(vis 'شناسه')" | grep -qF "$(vis 'نشانی')"; is $? 1 "80x24: no address column"
row TST-2 | grep -qF "$(vis 'پاسگاه انتظامی یامچی')"; ok $? "80x24: the name whole"
scr_resize 120 24
scr_cap | grep -F "$(vis 'شناسه')" | grep -qF "$(vis 'نشانی')"; ok $? "120x24: the address's column"
row TST-1 | grep -qF "$(vis 'تبریز، خیابان امام، کوچهٔ شهید بهشتی، پلاک ۱۲')"; ok $? "120x24: TST-1's address whole"
row TST-2 | grep -qF "$(vis 'مرند، جادهٔ یامچی کیلومتر ۳')"; ok $? "... TST-2's two lines on its row"
row TST-2 | grep -qF "$(vis 'پاسگاه انتظامی یامچی')"; ok $? "... the name still whole"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
