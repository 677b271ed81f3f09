# A new record's date of the day of entry (a payment's date, a pledge's, a
# stage's planned start) starts at today's (HAMYAR_TODAY fixes the day):
# Tab keeps it, the first character typed replaces it rather than going
# after it, Backspace or an arrow first means editing it.  A stored record
# shows its own date, and typing there edits it.  An optional date emptied
# with Ctrl-U stays empty; a resumed draft keeps the draft's date, not the
# new day's.  The pledges screen's payment popup proposes today the same way.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
TODAY_ENV="$SCR_ENV_DEFAULT HAMYAR_TODAY=۱۴۰۵/۱/۱۵"	# any digits, as typed
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: two pledges of 1403 made with the CLI"
# the stored payment's date (ASCII, as exported) by its receipt number
paid_on() { "$HAMYAR" --db "$DB" export payments | tr -d '\r' | awk -F, -v r="$1" '$5 == r { print $3 }'; }
# the screen row of a form's field, by its label
row_of() { scr_cap | grep -F -- "$(vis "$1")"; }

SCR_ENV=$TODAY_ENV scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
scr_keys 6; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت*:')"; ok $? "F5: a new payment's form"
row_of 'تاریخ پرداخت*:' | grep -qF '۱۴۰۵/۰۱/۱۵'; ok $? "its date shows today, 1405/01/15, in Persian digits"
scr_type TST-30; scr_keys Tab Tab			# past the date: kept
scr_type '۲۵۰۰۰۰۰'; scr_keys Tab; scr_type 'R-201'; scr_keys F2
scr_wait "$(vis 'جست‌وجو:')"; ok $? "saved with the date untouched"
is "$(paid_on R-201)" "1405/01/15" "the stored payment is dated today"

scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت*:')"
scr_type TST-30; scr_keys Tab
scr_type '۱۴۰۵/۰۱/۰۲'
scr_wait '۱۴۰۵/۰۱/۰۲'; ok $? "a date typed into the proposed one..."
is "$(row_of 'تاریخ پرداخت*:' | tr -s ' ' '\n' | grep -F '۱۴۰۵')" '۱۴۰۵/۰۱/۰۲' \
    "... replaces it: the field holds it alone, not after 1405/01/15"
scr_keys Tab; scr_type '۱۰۰۰۰۰۰'; scr_keys Tab; scr_type 'R-202'; scr_keys F2
scr_wait "$(vis 'جست‌وجو:')"; ok $? "saved"
is "$(paid_on R-202)" "1405/01/02" "the stored payment has the date typed"

# Backspace first: the clerk edits the proposal (the day 15 becomes 14)
scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت*:')"
scr_type TST-30; scr_keys Tab BSpace; scr_type '۴'
scr_wait '۱۴۰۵/۰۱/۱۴'; ok $? "Backspace then a digit edits the proposed date: 1405/01/14"
scr_keys Tab; scr_type '۱۰۰۰۰۰۰'; scr_keys Tab; scr_type 'R-203'; scr_keys F2
scr_wait "$(vis 'جست‌وجو:')"
is "$(paid_on R-203)" "1405/01/14" "and is stored so"

# A stored record: its own date, and typing goes after it
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys 5; scr_wait "TST-31"
scr_type TST-30; scr_wait TST-30; scr_keys Enter
scr_wait "$(vis 'تاریخ تعهد*:')"; ok $? "the stored pledge TST-30 opened"
row_of 'تاریخ تعهد*:' | grep -qF '۱۴۰۳/۰۵/۰۱'; ok $? "it shows its own date, 1403/05/01"
scr_cap | grep -qF '۱۴۰۵/۰۱/۱۵'; is $? 1 "not today's"
scr_keys Tab Tab Tab Tab Tab Tab; scr_type '۷'
scr_wait '۱۴۰۳/۰۵/۰۱۷'; ok $? "a digit typed in its date goes after it: no overtype on a stored record"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"
"$HAMYAR" --db "$DB" export pledges | tr -d '\r' | grep -q '^TST-30,.*,1403/05/01,'; ok $? "its stored date is unchanged"

# A new pledge's date is proposed too
scr_keys F5; scr_wait "$(vis 'تاریخ تعهد*:')"
row_of 'تاریخ تعهد*:' | grep -qF '۱۴۰۵/۰۱/۱۵'; ok $? "a new pledge's date shows today"
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')"; ok $? "a new form left untouched goes back without asking"

# A stage's planned start is optional: emptied with Ctrl-U it stays empty,
# also through a draft resumed after the line drops (on a later day).
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys 7; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'شروع برنامه‌ریزی‌شده:')"
row_of 'شروع برنامه‌ریزی‌شده:' | grep -qF '۱۴۰۵/۰۱/۱۵'; ok $? "a new stage's planned start shows today"
scr_type TST-22; scr_keys Tab; scr_type 'گچ‌کاری'; scr_keys Tab
tm send-keys -t main C-u; sleep 0.2
scr_keys Tab Up Up Down Tab					# away and back: not refilled
scr_settle
row_of 'شروع برنامه‌ریزی‌شده:' | grep -qF '۱۴۰۵'; is $? 1 "emptied with Ctrl-U, it stays empty when the clerk moves on and back"
pid=$(pgrep -f -- "--db $DB\$" | head -n 1)
tm kill-server
n=50; while [ "$n" -gt 0 ] && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.1; n=$((n - 1)); done
SCR_ENV="$SCR_ENV_DEFAULT HAMYAR_TODAY=1405/01/20" scr_start "$DB"
scr_wait "$(vis 'دفعهٔ پیش یک فرم ذخیره‌نشده ماند:')"; ok $? "the next day, the unsaved stage is offered"
scr_keys y; scr_wait "$(vis 'گچ‌کاری')"
scr_cap | grep -qF '۱۴۰۵/۰۱/۲۰'; is $? 1 "resumed: the emptied date is not refilled with the new day"
scr_keys F2; scr_wait "$(vis 'جست‌وجو:')"; ok $? "the stage is saved"
"$HAMYAR" --db "$DB" export stages | tr -d '\r' | grep -q '^[^,]*,TST-22,گچ‌کاری,,'; ok $? "stored without a planned start"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"

# A draft typed over the proposal keeps its date on a later day too
scr_keys 6; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت*:')"
row_of 'تاریخ پرداخت*:' | grep -qF '۱۴۰۵/۰۱/۲۰'; ok $? "a new payment's date follows the day: 1405/01/20"
scr_type TST-30; scr_keys Tab; scr_type '۱۴۰۵/۰۱/۱۸'; scr_keys Tab
scr_wait '۱۴۰۵/۰۱/۱۸'
tm kill-server; sleep 0.5
SCR_ENV="$SCR_ENV_DEFAULT HAMYAR_TODAY=1405/01/21" scr_start "$DB"
scr_wait "$(vis 'دفعهٔ پیش یک فرم ذخیره‌نشده ماند:')"; scr_keys y
scr_wait "$(vis 'تاریخ پرداخت*:')"
row_of 'تاریخ پرداخت*:' | grep -qF '۱۴۰۵/۰۱/۱۸'; ok $? "a resumed draft keeps its date, 1405/01/18, not the new day's"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"

# The pledges screen's payment popup: today proposed, typed over
SCR_ENV=$TODAY_ENV work_open "$DB"
work_need_pledges; scr_wait "$(vis 'پرداخت‌های تعهد TST-30')"
scr_keys F5; scr_wait "$(vis 'تاریخ پرداخت (سال/ماه/روز):')"
scr_cap | grep -qF '۱۴۰۵/۰۱/۱۵'; ok $? "the payment popup proposes today"
scr_type '۱۴۰۵/۰۱/۰۳'
scr_wait '۱۴۰۵/۰۱/۰۳'; ok $? "a date typed there..."
is "$(scr_cap | grep -F '۱۴۰۵/۰۱/۰۳' | sed 's/^[^│]*│//; s/│.*$//' | tr -d ' ')" '۱۴۰۵/۰۱/۰۳' \
    "... replaces the proposal: the box holds it alone"
scr_keys Enter; scr_wait "$(vis 'مبلغ (ریال):')"
tm send-keys -t main C-u; scr_type '۱۰۰۰۰۰۰'; scr_keys Enter
scr_wait "$(vis 'شمارهٔ رسید:')"; scr_type 'R-204'; scr_keys Enter
scr_wait "$(vis 'پرداخت ثبت شد')"; ok $? "the payment is recorded"
is "$(paid_on R-204)" "1405/01/03" "with the date typed"
work_pledges_quit
done_testing
