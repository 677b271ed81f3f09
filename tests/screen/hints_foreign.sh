# A supervisor reads every county's needs but changes his own county's
# only.  On a need of another county with no stage yet, the need's screen
# says there are none without telling him to press F5 (F5 there only
# says who may add one), as it does for an auditor, and so does its
# pledges' screen of a pledge with no payment; on a need of his own
# county it still says F5 adds one, and F5 does.  Before, every county's
# need said «هنوز مرحله‌ای نیست: F5 یکی می‌افزاید.» to him, and every
# pledge «هنوز پرداختی نیست: F5 یکی ثبت می‌کند.».  Root only (nobody via
# setpriv).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
work_nobody_fixture "fixture database made with the CLI: Ahar's need TST-22 has pledges, no payment" pledges
scr_nobody_user supervisor TBZ "Tabriz's supervisor"
HINT="$(vis 'هنوز مرحله‌ای نیست: F5 یکی می‌افزاید.')"
NONE="$(vis 'هنوز مرحله‌ای نیست.')"

# $1: a need's title to search for; opens its screen from the needs' list
open_need() {
	scr_type "$1"; scr_wait "$2" >/dev/null; scr_keys F7
	scr_wait "$(vis "نیاز $2: $1")"
}

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "the supervisor starts the program"
scr_keys 4; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
open_need 'تعمیر سقف' TST-22; ok $? "Ahar's need TST-22 open"
scr_wait "$NONE"; ok $? "... it says it has no stage yet"
scr_cap | grep -qF -- "$HINT"; is $? 1 "... without telling him F5 adds one"
scr_keys F5; scr_wait "$(vis 'مجاز نیست')"; ok $? "F5 says he may not"
scr_keys Enter; scr_gone "$(vis 'مجاز نیست')" >/dev/null
scr_keys F7; scr_wait "TST-30"; ok $? "its pledges: TST-30 selected"
scr_wait "$(vis 'هنوز پرداختی نیست.')"; ok $? "... it says it has no payment yet"
scr_cap | grep -qF -- "$(vis 'هنوز پرداختی نیست: F5 یکی ثبت می‌کند.')"
is $? 1 "... without telling him F5 records one"
scr_keys F10; scr_wait "$(vis 'نیاز TST-22: تعمیر سقف پاسگاه')" >/dev/null
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys C-u
open_need 'ساخت اتاق' TST-20; ok $? "Tabriz's need TST-20 open"
scr_wait "$HINT"; ok $? "... it says F5 adds a stage"
scr_keys F5; scr_wait "$(vis 'عنوان:')"; ok $? "... and F5 asks for one"
scr_keys Escape; scr_gone "$(vis 'عنوان:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
