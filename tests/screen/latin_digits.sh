# Persian digits on screen are for figures: the digits of a Latin word in
# a Persian text stay as they are written ("واحد 3B", "شرکت B2B",
# "دوربین 4MP", and a code whose letters a dash joins to its digits,
# "3B-4", "X-200"), while the text's own figures turn Persian ("پلاک ۱۲";
# a receipt number follows the same rule, «R-101», «۱۲۳۴۶»,
# receipt_digits.sh).  Before, every ASCII digit turned Persian, so
# the screen showed «۳B», «B۲B» and «۴MP», words no one wrote, in the lists
# and the forms (also right after typing them: "4MP" became «۴MP» on
# leaving the field); and until later «3B-۴», «X-۲۰۰».
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null; ok $? "a database"
printf 'id,kind,name,legal_id,county,address\nTBZ-5,org,شرکت B2B پارس 2,10101234565,TBZ,تبریز، پلاک 12 واحد 3B-4 طبقه 2\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "an organisation with Latin codes in its name and address"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 1
scr_wait 'TBZ-5'; ok $? "the donors' list"
scr_cap | grep -F 'TBZ-5' | grep -qF "$(vis 'شرکت B2B پارس ۲')"
ok $? "the list shows «شرکت B2B پارس ۲»: the code as written, the figure Persian"
scr_keys Enter; scr_wait "$(vis 'خیّر TBZ-5')"
scr_cap | grep -qF "$(vis 'تبریز، پلاک ۱۲ واحد 3B-4 طبقه ۲')"
ok $? "the form shows the address with «3B-4» and «۱۲», «۲»"
for i in 1 2 3 4 5 6 7; do scr_keys Tab; done
scr_keys End; scr_type '، دوربین X-200 در 2 جا'; scr_keys Tab
scr_wait "$(vis 'دوربین X-200 در ۲ جا')"
ok $? "typed «X-200» stays «X-200» on leaving the field, «2» turns «۲»"
scr_keys F2; scr_wait "$(vis 'ذخیره شد:')"
"$HAMYAR" --db "$DB" export donors | grep -qF 'واحد 3B-4 طبقه 2، دوربین X-200 در 2 جا'
ok $? "stored with ASCII digits as ever"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
done_testing
