# Two clerks at one donor: while one has the form open and types, the other
# saves the record (here an import of a sheet of updates).  The first one's
# F2 is refused as before (nothing of the other's is written over unseen),
# but the form now takes the other's version with the clerk's own changes
# over it, says so, and a second F2 saves both.  Before, it said "go back
# and open it again": going back threw the typing away, and F2 could never
# save it.  A field both changed is named, with the other's value; the
# clerk's own value stays in it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "a database"
printf 'id,kind,name,national_id,mobile,county,address\nMRD-5,person,علي‌اكبر كريمي‌نژاد,۰۰۷۶۲۲۹۶۴۵,09141234567,MRD,مرند، خیابان امام\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "a donor"
other() {	# the other clerk saves a mobile for MRD-5
	printf 'id,mobile\nMRD-5,%s\n' "$1" >"$TMP/o$1.csv"
	"$HAMYAR" --db "$DB" import donors "$TMP/o$1.csv" >/dev/null
}
open_donor() {
	scr_start "$DB"
	scr_wait "$(vis 'منوی اصلی')"; scr_keys 1
	scr_wait 'MRD-5'; scr_keys Enter
	scr_wait "$(vis 'خیّر MRD-5')"
}

# --- different fields: both kept ---
open_donor; ok $? "the donor's form"
for i in 1 2 3 4 5 6 7; do scr_keys Tab; done
scr_keys End; scr_type '، کوچهٔ شهید باکری'; scr_keys Tab
other 09149998877; ok $? "meanwhile another saves another mobile"
scr_keys F2
scr_wait "$(vis 'کس دیگری در این میان این رکورد را ذخیره کرد؛')"
ok $? "F2 is refused, saying the other's changes are now in the form with ours"
row_has() { scr_cap | grep -F -- "$1" | grep -qF -- "$2"; }
row_has "$(vis 'تلفن همراه:')" '۰۹۱۴۹۹۹۸۸۷۷'; ok $? "the form shows the other's mobile"
row_has "$(vis 'نشانی:')" "$(vis 'مرند، خیابان امام، کوچهٔ شهید باکری')"; ok $? "... and keeps the address typed"
"$HAMYAR" --db "$DB" export donors | grep -q '09149998877,,MRD,"\{0,1\}مرند، خیابان امام"\{0,1\},'
ok $? "nothing was written by the refused F2"
scr_keys F2
scr_wait "$(vis 'ذخیره شد: MRD-5')"; ok $? "the second F2 saves"
"$HAMYAR" --db "$DB" export donors | grep -q '09149998877,,MRD,"\{0,1\}مرند، خیابان امام، کوچهٔ شهید باکری"\{0,1\},'
ok $? "stored: the other's mobile and the address typed"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"

# --- the same field: ours stays, theirs is named ---
open_donor
for i in 1 2 3 4; do scr_keys Tab; done
scr_keys C-u; scr_type '۰۹۱۲۱۱۱۲۲۳۳'; scr_keys Tab
other 09145556677; ok $? "meanwhile another saves a mobile too"
scr_keys F2
scr_wait "$(vis '«تلفن همراه» را هم')"; ok $? "F2 is refused, naming the field the other changed too"
scr_cap | grep -qF '۰۹۱۴۵۵۵۶۶۷۷'; ok $? "... with the other's value"
scr_cap | grep -qF "$(vis 'مقدار شما ماند')"; ok $? "... and saying ours is kept"
row_has "$(vis 'تلفن همراه:')" '۰۹۱۲۱۱۱۲۲۳۳'; ok $? "our value stays in the field"
scr_keys F2
scr_wait "$(vis 'ذخیره شد: MRD-5')"; ok $? "the second F2 saves it"
"$HAMYAR" --db "$DB" export donors | grep -q ',09121112233,'; ok $? "stored: our mobile"
done_testing
