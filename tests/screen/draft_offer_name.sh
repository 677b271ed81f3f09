# The start offers a stored record's unsaved form by its name as well as
# its id: «خیّر TST-10 (شرکت فولاد آذر)».  Before, it said «خیّر TST-10»
# alone, and the clerk had to remember whose form he had left.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
OFFER='دفعهٔ پیش یک فرم ذخیره‌نشده ماند:'
work_fixture "$DB"; ok $? "fixture: units, donors and needs"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys Enter; scr_wait "$(vis 'جست‌وجو:')"
scr_type 'فولاد'; sleep 0.5
scr_keys Enter; scr_wait "$(vis 'کد ملی:')"; ok $? "donor TST-10's form"
scr_keys Tab; scr_keys End; scr_type ' تبریز'; scr_keys Tab	# the draft is written on leaving a field
sleep 0.5
pid=$(pgrep -f -- "--db $DB\$" | head -n 1)
tm kill-server
n=50; while [ "$n" -gt 0 ] && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.1; n=$((n - 1)); done

scr_start "$DB"
scr_wait "$(vis "$OFFER")"; ok $? "the next start offers the unsaved form"
scr_cap | grep -qF "$(vis 'خیّر TST-10 (شرکت فولاد آذر)')"; ok $? "naming the donor: id and name"
scr_keys y
scr_wait "$(vis 'شرکت فولاد آذر تبریز')"; ok $? "resumed: it is his form, with the typing"
done_testing
