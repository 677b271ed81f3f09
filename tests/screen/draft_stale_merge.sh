# A draft typed over an older revision of a record: the clerk edits a
# donor, his line drops (the draft kept), and meanwhile another saves the
# same donor (here an import of a sheet of updates).  Resumed, its F2 is
# refused as before (nothing of the other's is written over unseen), but
# the form takes the other's version with the clerk's own changes over it,
# as a form open while another saves does, naming the field the other
# changed, and a second F2 saves both.  A field both changed is named with
# the other's value, and keeps the clerk's.  Before, F2 said «go back and
# open it again» each time: Esc's yes threw the typing away, and keeping
# the form only got it refused again.  A draft of an earlier program (no
# version named) keeps its values where they differ from the other's, and
# names those fields to be checked (16 of 29 checks fail without).
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
gone() {	# the program of this test has ended (its tmux killed: SIGHUP)
	tm kill-server 2>/dev/null
	n=50; while [ "$n" -gt 0 ] && pgrep -f -- "--db $DB\$" >/dev/null; do sleep 0.1; n=$((n - 1)); done
	! pgrep -f -- "--db $DB\$" >/dev/null
}
row_has() { scr_cap | grep -F -- "$1" | grep -qF -- "$2"; }
flat() { scr_cap | tr -d '\n' | tr -s ' '; }
OFFER="$(vis 'دفعهٔ پیش یک فرم ذخیره‌نشده ماند:')"
GOBACK="$(vis 'بازگردید و دوباره بازش کنید')"

# --- different fields: the draft's address, the other's mobile ---
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 1
scr_wait 'MRD-5' >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّر MRD-5')" >/dev/null
for i in 1 2 3 4 5 6 7; do scr_keys Tab; done
scr_keys End; scr_type '، کوچهٔ شهید باکري'; scr_keys Tab; scr_settle
gone; ok $? "the address typed, the line drops: its draft kept"
other 09149998877; ok $? "meanwhile another saves another mobile"
scr_start "$DB"
scr_wait "$OFFER" >/dev/null; scr_keys y
scr_wait "$(vis 'کوچهٔ شهید باکری')"; ok $? "the draft resumed"
scr_keys F2
scr_wait "$(vis 'کس دیگری در این میان این رکورد را ذخیره کرد؛')"
ok $? "F2 is refused, saying the other's changes are now in the form with ours"
scr_cap | grep -qF "$GOBACK"; is $? 1 "... not «go back and open it again»"
scr_cap | grep -qF "$(vis 'تغییرات او (تلفن')"; ok $? "... naming the field the other changed, the mobile"
row_has "$(vis 'تلفن همراه:')" '۰۹۱۴۹۹۹۸۸۷۷'; ok $? "the form shows the other's mobile"
row_has "$(vis 'نشانی:')" "$(vis 'مرند، خیابان امام، کوچهٔ شهید باکری')"; ok $? "... and keeps the address typed"
scr_keys F2
scr_wait "$(vis 'ذخیره شد: MRD-5')"; ok $? "the second F2 saves"
"$HAMYAR" --db "$DB" export donors | grep -q '09149998877,,MRD,"\{0,1\}مرند، خیابان امام، کوچهٔ شهید باکری"\{0,1\},'
ok $? "stored: the other's mobile and the address typed"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends"

# --- the same field: the draft's mobile stays, the other's is named ---
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 1
scr_wait 'MRD-5' >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّر MRD-5')" >/dev/null
for i in 1 2 3 4; do scr_keys Tab; done
scr_keys C-u; scr_type '۰۹۱۲۱۱۱۲۲۳۳'; scr_keys Tab; scr_settle
gone; ok $? "a mobile typed, the line drops"
other 09145556677; ok $? "meanwhile another saves a mobile too"
scr_start "$DB"
scr_wait "$OFFER" >/dev/null; scr_keys y
scr_wait '۰۹۱۲۱۱۱۲۲۳۳' >/dev/null; scr_keys F2
scr_wait "$(vis '«تلفن همراه» را هم')"; ok $? "F2 is refused, naming the field the other changed too"
scr_cap | grep -qF '۰۹۱۴۵۵۵۶۶۷۷'; ok $? "... with the other's value"
row_has "$(vis 'تلفن همراه:')" '۰۹۱۲۱۱۱۲۲۳۳'; ok $? "our value stays in the field"
scr_keys F2
scr_wait "$(vis 'ذخیره شد: MRD-5')"; ok $? "the second F2 saves it"
"$HAMYAR" --db "$DB" export donors | grep -q ',09121112233,'; ok $? "stored: our mobile"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null

# --- a draft of an earlier program (no "ver=" line): the version it was
# typed over not known, its values are kept where they differ from the
# other's, and those fields named to be checked ---
PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 1
scr_wait 'MRD-5' >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّر MRD-5')" >/dev/null
for i in 1 2 3 4 5 6 7; do scr_keys Tab; done
scr_keys C-u; scr_type 'مرند، میدان معلم'; scr_keys Tab; scr_settle
gone; ok $? "an address typed, the line drops"
"$PUT" "$DB" --draft-nover "$(id -un)" donor:MRD-5; ok $? "... its draft made one of an earlier program"
other 09147776655; ok $? "meanwhile another saves another mobile"
scr_start "$DB"
scr_wait "$OFFER" >/dev/null; scr_keys y
scr_wait "$(vis 'میدان معلم')" >/dev/null; scr_keys F2
scr_wait "$(vis 'پس از پیش‌نویس شما جای دیگری ذخیره شد')"; ok $? "F2 is refused, saying the record was saved after the draft"
scr_cap | grep -qF "$GOBACK"; is $? 1 "... not «go back and open it again»"
flat | grep -qF "$(vis 'تلفن همراه، نشانی')"; ok $? "... naming the fields the draft holds over it: the mobile, the address"
row_has "$(vis 'نشانی:')" "$(vis 'مرند، میدان معلم')"; ok $? "the address typed kept"
scr_keys F2
scr_wait "$(vis 'ذخیره شد: MRD-5')"; ok $? "the second F2 saves what the form shows"
"$HAMYAR" --db "$DB" export donors | grep -q 'مرند، میدان معلم'; ok $? "stored: the address typed"
done_testing
