# A need's stages screen and its pledges' payments on copies whose stages',
# payments' or donors' table a failing disk cut short (tests/cli/damage.py
# fewer stage / payment / donor: one record fewer, read without an error).
# The indexes still name every record; before, the need's screen listed
# the stage it could read, the pledges screen the payment it could read
# and a sum paid short of it, or the pledges' donor by his id, and none
# said anything (the dashboard, which reads every stage, said «the
# database is damaged» alone).  Now a record an index names
# that is not there is damage: the screen says under its rows, as the
# lists do, that not every record is shown, to run verify and restore the
# last backup; the program goes on.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: needs TST-20 and TST-22, pledges TST-30 and TST-31 of TST-22"
printf 'id,need,title,planned_start,planned_end,actual_end,progress\nTST-40,TST-20,خريد مصالح,۱۴۰۳/۰۵/۰۱,1403/05/20,,0\nTST-41,TST-20,پی‌ریزی ساختمان,1403/05/21,۱۴۰۳/۰۶/۱۰,,0\n' >"$TMP/st.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/st.csv" >/dev/null; ok $? "two stages of TST-20"
work_paid "$DB"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
S="$TMP/s"
is "$(fewer_copy "$TMP/b.mdb" "$S" stage)" 1 "the stages' page: one node fewer"
Y="$TMP/y"
is "$(fewer_copy "$TMP/b.mdb" "$Y" payment)" 1 "the payments' page: one node fewer"
G="$TMP/g"
is "$(fewer_copy "$TMP/b.mdb" "$G" donor)" 1 "the donors' page: one node fewer (TST-12, the pledges' donor)"

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order,
vis() { printf '%s\n' "$1"; }			# as the helpers wait for it
said() { scr_cap | tr -d '\n' | grep -qF 'این فهرست همهٔ رکوردها را نشان نمی‌دهد'; }
advice() {	# advice DIR: verify DIR, then restore
	scr_cap | tr -d '\n' | tr -s ' ' | grep -qF "پایگاه دادهٔ $1 خوانده نشد" &&
	    scr_cap | tr -d '\n' | tr -s ' ' | grep -qF "verify' را اجرا کنید" &&
	    scr_cap | tr -d '\n' | tr -s ' ' | grep -qF "آخرین پشتیبان را برگردانید"
}
stages() {	# stages DIR: the need TST-20's screen, from the needs' list
	SCR_ENV="$SCR_ENV_DEFAULT HAMYAR_TODAY=1403/05/10" scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys 4; scr_wait 'TST-20' >/dev/null || return 1
	scr_keys F3; scr_type 'نگهبانی'; scr_settle
	scr_keys F7; scr_wait 'نیاز TST-20: ساخت اتاق نگهبانی' >/dev/null
}

stages "$DB"; ok $? "the sound database: need TST-20's screen"
scr_wait 'پی‌ریزی ساختمان' >/dev/null; ok $? "... both stages listed"
scr_settle
said; is $? 1 "... and nothing said of damage"

stages "$S"; ok $? "the stages cut short: need TST-20's screen"
scr_wait 'خرید مصالح' >/dev/null; ok $? "... the stage it can read listed"
scr_settle
said; ok $? "... and it says not every record is shown"
advice "$S"; ok $? "... the database named, to run verify and restore the last backup"
scr_cap | grep -qF 'پی‌ریزی ساختمان'; is $? 1 "... (the stage not read is not listed)"
scr_cap | grep -qF 'پیشرفت:'; ok $? "... its progress line still shown"
scr_keys F10; scr_wait 'رکوردها:' >/dev/null; ok $? "back to the needs' list: the program goes on"

# the dashboard sums every stage (overdue ones): a table read short stops
# it, and it says so with the advice; before, «خواندن پایگاه داده ممکن
# نشد: پایگاه داده آسیب دیده است» alone
scr_start "$S"; scr_wait 'منوی اصلی' >/dev/null
scr_keys 0; scr_wait 'خواندن پایگاه داده ممکن نشد:'; ok $? "the stages cut short: the dashboard cannot be read"
scr_settle
advice "$S"; ok $? "... the database named, to run verify and restore the last backup"
scr_keys F10; scr_wait 'منوی اصلی' >/dev/null; ok $? "back to the main menu: the program goes on"

work_pledges "$DB"; ok $? "the sound database: the pledges of need TST-22"
scr_wait 'فیش ۱۲' >/dev/null; ok $? "... TST-30's two payments listed"
scr_settle
said; is $? 1 "... and nothing said of damage"
work_pledges_quit; ok $? "back out"

work_pledges "$Y"; ok $? "the payments cut short: the pledges of need TST-22"
scr_wait 'TST-31' >/dev/null; ok $? "... both pledges listed"
scr_settle
said; ok $? "... and it says not every record is shown"
advice "$Y"; ok $? "... the database named, to run verify and restore the last backup"
work_pledges_quit; ok $? "back out, and the program ends"

# (the dashboard reads every donor: from the needs' list, F7 twice)
scr_start "$G"; scr_wait 'منوی اصلی' >/dev/null
scr_keys 4; scr_wait 'TST-22' >/dev/null
scr_keys F3; scr_type 'تعمیر'; scr_settle
scr_keys F7; scr_wait 'نیاز TST-22: تعمیر سقف پاسگاه' >/dev/null
scr_keys F7; scr_wait 'تعهدها و پرداخت‌ها'; ok $? "the pledges' donor not there: the pledges of need TST-22"
scr_wait 'TST-31' >/dev/null; ok $? "... both pledges listed, by the donor's id"
scr_settle
said; ok $? "... and it says not every record is shown"
advice "$G"; ok $? "... the database named, to run verify and restore the last backup"
scr_keys F10; scr_wait 'نیاز TST-22: تعمیر سقف پاسگاه' >/dev/null; ok $? "back: the program goes on"
done_testing
