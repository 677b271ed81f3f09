# The start offers an unsaved new record's form, or a new stage's prompts,
# by the name or title typed in it, as it offers a stored record's by its
# stored name (draft_offer_name.sh): «خیّر (تازه): «علی‌رضا موسوی‌نژاد»»,
# «مرحلهٔ تازهٔ نیاز TST-22: «خرید ایزوگام و قیر»».  Before, «خیّر
# (تازه)» and «مرحلهٔ تازهٔ نیاز TST-22» alone: which donor's form, which
# stage, the clerk had to guess.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
OFFER='دفعهٔ پیش یک فرم ذخیره‌نشده ماند:'
pid_of() { pgrep -f -- "--db $DB\$" | head -n 1; }
drop() {	# the link drops: the terminal goes away (SIGHUP)
	pid=$(pid_of)
	tm kill-server
	n=50; while [ "$n" -gt 0 ] && [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; do sleep 0.1; n=$((n - 1)); done
}
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture database with a need and two pledges"

# a new donor, his name typed (Arabic ي typed by mistake, a ZWNJ)
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_type 'ح'; scr_keys Tab; scr_type 'علی‌رضا موسوی‌نژاد'; scr_keys Tab	# the draft is written on leaving a field
sleep 0.5; drop
scr_start "$DB"
scr_wait "$(vis "$OFFER")"; ok $? "the next start offers the new donor's form"
scr_cap | grep -qF "$(vis 'خیّر (تازه): «علی‌رضا موسوی‌نژاد»')"; ok $? "... naming it by the name typed"
scr_keys y
scr_wait "$(vis 'علی‌رضا موسوی‌نژاد')"; ok $? "resumed: his form, with the name"
scr_keys Escape; scr_wait "$(vis 'دور بریزیم')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0" >/dev/null

# a new stage of need TST-22, its title typed, the link dropping in its
# planned start's prompt
work_open "$DB"
work_need_pledges && scr_wait "$(vis 'پرداخت‌های تعهد TST-30')" >/dev/null
scr_keys F10; scr_wait "$(vis 'نیاز TST-22: تعمیر سقف پاسگاه')" >/dev/null
scr_keys F5
scr_wait "$(vis 'عنوان:')"; scr_type 'خرید ایزوگام و قیر'; scr_keys Enter
scr_wait "$(vis 'شروع برنامه‌ریزی‌شده (سال/ماه/روز):')" >/dev/null
scr_type '1404/0'; scr_wait '1404/0' >/dev/null
drop
scr_start "$DB"
scr_wait "$(vis "$OFFER")"; ok $? "the next start offers the stage typed"
scr_cap | grep -qF "$(vis 'مرحلهٔ تازهٔ نیاز TST-22: «خرید ایزوگام و قیر»')"; ok $? "... naming it by the need and the title typed"
done_testing
