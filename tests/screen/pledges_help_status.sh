# F1 on a need's pledges screen names the statuses a payment gives a
# pledge in the words the screen shows in its status column («بخشی
# ایفاشده», «ایفاشده»; Partly fulfilled, Fulfilled), in both languages.
# Before, help said «بخشی، انجام‌شده» (partial, fulfilled): «انجام‌شده» is
# a need's status, not a pledge's.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: need TST-22, pledges TST-30 and TST-31"

work_pledges "$DB"; ok $? "the pledges of need TST-22"
scr_keys F1
scr_wait "$(vis 'بخشی ایفاشده، ایفاشده')"; ok $? "help names «بخشی ایفاشده، ایفاشده», as the screen does"
scr_cap | grep -qF "$(vis 'بخشی، انجام‌شده')"; is $? 1 "not «بخشی، انجام‌شده»"
scr_keys Escape; sleep 0.3
work_pledges_quit; ok $? "back out, and the program ends"

work_pledges "$DB" en; ok $? "the same in English"
scr_keys F1
scr_wait "(partly fulfilled, fulfilled)"; ok $? "help names (partly fulfilled, fulfilled)"
scr_keys Escape; sleep 0.3
work_pledges_quit en; ok $? "back out, and the program ends"
done_testing
