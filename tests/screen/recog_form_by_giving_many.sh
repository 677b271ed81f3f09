# A ceremony honours at most 500 donors (CORE_REFS_MAX), from the
# recognitions' form's F7 too (the donors by giving, recog_form_by_giving.sh):
# in a ceremony of 499, Enter adds the 500th to the field, then Enter on
# another is refused, the status line saying why, and F7 again does not
# open the list; F2 saves the 500.  As F5 and F7 in a ceremony say it
# (recog_many.sh), before a donor is picked, not as a refused save after.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
many_donors_db
ids=""; i=1; while [ $i -le 499 ]; do ids="$ids MRD-$((i + 10))"; i=$((i + 1)); done
printf 'id,held_on,title,place,donors\nMRD-600,1405/08/20,جشن تجلیل خیّرین مرند,تالار شهرداری,%s\n' "${ids# }" >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null 2>&1; ok $? "a ceremony honouring 499 of them"
{
	echo 'id,donor,need,type,amount,hours,pledged_on,status'
	echo 'MRD-700,MRD-510,,support,,40,1405/07/01,pledged'
	echo 'MRD-701,MRD-511,,policing,,10,۱۴۰۵/۰۶/۰۱,pledged'
} >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null; ok $? "MRD-510 and MRD-511, not in it, gave in the year before it"
count() { "$HAMYAR" --db "$DB" export recognitions | tr -d '\r' | grep '^MRD-600,' | tr ' ' '\n' | grep -c 'MRD-'; }
MANY="$(vis 'در یک مراسم حداکثر از ۵۰۰ خیّر تجلیل می‌شود')"
LIST="$(vis 'خیّرین به‌ترتیب کمک')"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 8
scr_wait 'MRD-600' >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّرین تجلیل‌شده:')" >/dev/null
scr_keys Tab Tab Tab; scr_settle
scr_keys F7; scr_wait "$LIST" 5; ok $? "F7 on the donors field of a ceremony of 499: the list"
scr_wait 'MRD-510' >/dev/null; scr_settle
scr_keys Enter; scr_wait "$(vis 'خیّر افزوده شد: MRD-510')" 5; ok $? "Enter adds the 500th (MRD-510)"
scr_keys Down Enter; scr_wait "$MANY" 5; ok $? "Enter on another: at most 500 donors, it says"
scr_cap | grep -qF "$(vis 'خیّر افزوده شد: MRD-511')"; is $? 1 "... MRD-511 not added"
scr_keys F10; scr_gone "$LIST" >/dev/null
scr_keys F7; scr_wait "$MANY" 5; ok $? "F7 again: at most 500 donors, said"
scr_settle; scr_cap | grep -qF "$LIST"; is $? 1 "... the list not opened"
scr_keys F2; scr_wait "$(vis 'ذخیره شد: MRD-600')" 5; ok $? "F2 saves the ceremony"
is "$(count)" 501 "... with its 500 donors (501 ids with its own), MRD-510 the last"
"$HAMYAR" --db "$DB" export recognitions | tr -d '\r' | grep '^MRD-600,' | grep -q 'MRD-509 MRD-510,'
ok $? "... MRD-510 after the others"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
