# The ranking screen's key bar in Persian.  F4's label was the Latin
# «TOPSIS/SAW»: drawn right to left, the key of the label on its right,
# the bar read «… وزن‌هاF6 TOPSIS/SAWF4 راهنماF1», and the eye joins
# «F6 TOPSIS/SAW» (a QA user pressed F6 for the method and F4 for the
# weights, and got the other).  The label is Persian now, «تغییر روش», so
# no key is followed by a Latin word; the keys do what their labels say.
# English keeps «F4TOPSIS/SAW», which reads left to right as it is.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"

bar() { scr_cap | tail -n 1; }
work_open "$DB"
scr_keys F4
scr_wait "TOPSIS" >/dev/null; scr_settle
b=$(bar)
if echo "$b" | grep -qE 'F[0-9]+ +[A-Za-z]'; then
	ok 1 "fa: no key of the bar is followed by a Latin word (read as its label)"; echo "# $b"
else
	ok 0 "fa: no key of the bar is followed by a Latin word (read as its label)"
fi
case $b in *"$(vis 'تغییر روش')F4"*) ok 0 "fa: F4 is labelled «تغییر روش»" ;;
*) ok 1 "fa: F4 is labelled «تغییر روش»"; echo "# $b" ;; esac
case $b in *"$(vis 'وزن‌ها')F6"*) ok 0 "fa: F6 «وزن‌ها»" ;;
*) ok 1 "fa: F6 «وزن‌ها»"; echo "# $b" ;; esac
scr_keys F4
scr_wait "SAW"; ok $? "fa: F4 changes the method to SAW"
scr_keys F6
scr_wait "CR = "; ok $? "fa: F6 opens the weights"
scr_keys F10; scr_wait "SAW" >/dev/null
# The help lists the keys as the bar names them.
scr_keys F1; scr_wait "$(vis 'F1 راهنما')" >/dev/null
scr_cap | grep -qF "$(vis 'F6 وزن‌ها')  $(vis 'F4 تغییر روش')  $(vis 'F3 جست‌وجو')  $(vis 'F1 راهنما')"
ok $? "fa: the help lists F4 «تغییر روش» and F6 «وزن‌ها»"
scr_keys Escape

scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Needs by county" >/dev/null; scr_keys F4
scr_wait "TOPSIS" >/dev/null; scr_settle
case $(bar) in *"F4TOPSIS/SAW"*"F6Weights"*) ok 0 "en: F4TOPSIS/SAW, F6Weights" ;;
*) ok 1 "en: F4TOPSIS/SAW, F6Weights"; bar | sed 's/^/# /' ;; esac
done_testing
