# A pledge's form and a payment's on a copy whose donors' table a failing
# disk cut short (tests/cli/damage.py fewer donor: TST-12, the pledges'
# donor, read as not there, without an error).  Before, the pledge's form
# showed «خیّر: TST-12» with no name and no word, the payment's form its
# pledge's caption with «-» for the donor, and F2 saved either (a field
# left wrote a draft).  Now the form says beside the field that the record
# could not be read, and under the fields the damaged-database sentence
# (the database named, verify, restore the last backup); F2 refuses,
# and nothing is written to the database, not even a draft.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: donor TST-12 «کارخانهٔ قند اهر», his pledges TST-30 and TST-31"
printf 'id,pledge,paid_on,amount,receipt\nTST-50,TST-30,1403/06/01,10000000,فيش ۱۱\n' >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null; ok $? "a payment on TST-30"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
G="$TMP/g"
is "$(fewer_copy "$TMP/b.mdb" "$G" donor)" 1 "the donors' page: one node fewer (TST-12)"

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
flat() { scr_cap | tr -d '\n' | tr -s ' '; }
said() { flat | grep -qF 'خیّر TST-12، که این فرم به آن اشاره دارد، خوانده نشد'; }
advice() {	# advice DIR: the database named, verify, restore
	flat | grep -qF "پایگاه دادهٔ $1 خوانده نشد" &&
	    flat | grep -qF "verify' را اجرا کنید" &&
	    flat | grep -qF "آخرین پشتیبان را برگردانید"
}
form() {	# form DIR MENU KIND: the form of the first record, TST-KIND, of list MENU
	scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys "$2"; scr_wait 'رکوردها:' >/dev/null || return 1
	scr_keys Enter; scr_wait "$3" >/dev/null && scr_settle
}

form "$DB" 5 'مشارکت TST-30'; ok $? "the sound database: pledge TST-30's form"
scr_cap | grep -qF 'کارخانهٔ قند اهر'; ok $? "... its donor's name beside his id"
said; is $? 1 "... and nothing said of damage"

form "$G" 5 'مشارکت TST-30'; ok $? "the donors cut short: pledge TST-30's form"
scr_cap | grep -qF '(خوانده نشد)'; ok $? "... beside the donor's id: could not be read"
said; ok $? "... under the fields: the donor TST-12 could not be read"
advice "$G"; ok $? "... the database named, to run verify and restore the last backup"
sum0=$(md5sum <"$G/data.mdb")
scr_keys Tab Tab Tab Tab; scr_type 'آجر و سيمان'; scr_keys Tab; scr_settle	# in kind: typed, and left
scr_keys F2; scr_wait 'ذخیره نشد: یادداشت زیر خانه‌ها دربارهٔ «خیّر» را ببینید' >/dev/null; ok $? "F2: not saved, naming the donor field (the note names him)"
scr_keys F10; scr_wait 'ذخیره‌نشده' >/dev/null
scr_keys y; scr_wait 'رکوردها:' >/dev/null; ok $? "the typing thrown away: back on the pledges' list"
scr_keys F10; scr_wait 'منوی اصلی' >/dev/null
scr_keys F10; scr_bye; scr_wait '__EXIT__=0' >/dev/null; ok $? "the program ends cleanly"
is "$(md5sum <"$G/data.mdb")" "$sum0" "nothing written to the damaged database (no pledge, no draft)"

form "$G" 6 'پرداخت TST-50'; ok $? "the donors cut short: payment TST-50's form"
said; ok $? "... its pledge's donor TST-12 could not be read, said under the fields"
advice "$G"; ok $? "... the database named, to run verify and restore the last backup"
scr_keys F2; scr_wait 'ذخیره نشد: یادداشت زیر خانه‌ها دربارهٔ «مشارکت» را ببینید' >/dev/null; ok $? "F2: not saved, naming the pledge field"
scr_keys F10; scr_wait 'رکوردها:' >/dev/null; ok $? "back on the payments' list: the program goes on"
done_testing
