# An auditor (read-only) is offered on the key bars only what he can do:
# no F5 (new) on any list, no F5/F6 (new stage, status) on a need's
# screen, no F5/F8 (payment, cancel) on its pledges, no F2 on a match or
# on the ranking weights, no F5 on the ceremonies, no F6 (sync keys) on
# the sync conflicts he may not decide; F1's list of keys is the bar's
# and its text describes no key he lacks (a list's, the pledges'),
# and the lines shown where nothing is recorded yet do not tell him to
# press F5.  Before, every bar was the writer's.  The owner (admin) still
# has them all.  Keys only, as another real uid (nobody through setpriv;
# root only), in Persian at 80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
work_nobody_fixture "fixture: units, donors, needs and pledges (TST-22 has some, with no payment)" pledges
scr_nobody_user auditor "" "an auditor"
bar() { scr_settle; scr_cap | tail -n 1; }
MENU="$(vis 'منوی اصلی')" SEARCH="$(vis 'جست‌وجو:')"

# The owner: the writer's bar, so the checks below can fail.
scr_start "$DB"; scr_wait "$MENU" >/dev/null
scr_keys 1; scr_wait "$SEARCH" >/dev/null
holds "$(bar)" "F5" "the owner's donors' list offers F5"
scr_keys F10; scr_wait "$MENU" >/dev/null; scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

scr_start_nobody "$DB"
scr_wait "$MENU"; ok $? "the auditor starts the program"
for k in 1 2 3 4 5 6 7 8 9; do
	scr_keys "$k"; scr_wait "$SEARCH" >/dev/null
	b=$(bar)
	holds "$b" "F3" "list $k: F3 (search) on the bar"
	case $b in *F5*) ok 1 "list $k: no F5"; echo "# $b" ;; *) ok 0 "list $k: no F5" ;; esac
	scr_keys F10; scr_wait "$MENU" >/dev/null
done

scr_keys 1; scr_wait "$SEARCH" >/dev/null
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
scr_cap | grep -q 'F3'; ok $? "F1 on a list: its keys listed"
scr_cap | grep -q 'F5'; is $? 1 "... without F5, in the keys and in the text"
scr_keys Escape; scr_settle; scr_keys F10; scr_wait "$MENU" >/dev/null

# A need's screen and its pledges.
scr_keys 4; scr_wait "TST-20" >/dev/null
scr_type 'تعمیر'; scr_wait "TST-22" >/dev/null; scr_keys F7
scr_wait "$(vis 'نیاز TST-22: تعمیر سقف پاسگاه')"; ok $? "F7: the need's screen"
b=$(bar)
holds "$b" "F7" "... its bar offers F7 (pledges)"
case $b in *F5*|*F6*) ok 1 "... no F5 (new stage) nor F6 (status)"; echo "# $b" ;; *) ok 0 "... no F5 (new stage) nor F6 (status)" ;; esac
scr_cap | grep -qF "$(vis 'هنوز مرحله‌ای نیست.')"; ok $? "... 'no stages yet', without 'F5 adds one'"
scr_keys F7; scr_wait "$(vis 'تعهدها و پرداخت‌ها')"; ok $? "F7: its pledges"
scr_wait "TST-30" >/dev/null
b=$(bar)
case $b in *F5*|*F8*) ok 1 "... no F5 (payment) nor F8 (cancel)"; echo "# $b" ;; *) ok 0 "... no F5 (payment) nor F8 (cancel)" ;; esac
holds "$b" "F10" "... F10 still there"
scr_cap | grep -qF "$(vis 'هنوز پرداختی نیست.')"; ok $? "... 'no payments yet', without 'F5 records one'"
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
scr_cap | grep -qF "$(vis 'ستاد استان')"; ok $? "F1 there: payments and cancellations are recorded by the counties or HQ"
scr_cap | grep -q 'F5\|F8'; is $? 1 "... and neither F5 nor F8 is described"
scr_keys Escape; scr_settle
scr_keys F10; scr_wait "$(vis 'نیاز TST-22: تعمیر سقف پاسگاه')" >/dev/null
scr_keys F10; scr_wait "$SEARCH" >/dev/null; scr_keys F10; scr_wait "$MENU" >/dev/null

# The dashboard's matching, ranking weights and ceremonies.
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F6; scr_wait "$(vis 'از یک نیاز')" >/dev/null; scr_keys Down Enter
scr_type 'تعمیر'; scr_wait "TST-22" >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّرین جور با یک نیاز')"; ok $? "matching from the need TST-22"
scr_wait "TST-1" >/dev/null
b=$(bar)
holds "$b" "F3" "... its bar offers F3 (the need)"
case $b in *F2*) ok 1 "... no F2 (make a pledge)"; echo "# $b" ;; *) ok 0 "... no F2 (make a pledge)" ;; esac
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F4; scr_wait "TOPSIS" >/dev/null; scr_keys F6; scr_wait "$(vis 'وزن‌های رتبه‌بندی (AHP)')"; ok $? "the ranking weights"
b=$(bar)
case $b in *F2*) ok 1 "... no F2 (save)"; echo "# $b" ;; *) ok 0 "... no F2 (save)" ;; esac
scr_keys F10; scr_settle; scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F7; scr_wait "$(vis 'تجلیل از خیّرین')"; ok $? "the ceremonies"
scr_wait "$(vis 'هنوز مراسمی نیست.')"; ok $? "... 'no ceremonies yet', without 'F5 records one'"
b=$(bar)
case $b in *F5*) ok 1 "... no F5 (new ceremony)"; echo "# $b" ;; *) ok 0 "... no F5 (new ceremony)" ;; esac
scr_keys F5; scr_settle
scr_cap | grep -qF "$(vis 'حسابرس فقط می‌تواند بخواند')"; ok $? "... F5 pressed all the same says he only reads"
scr_keys Enter; scr_settle; scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$MENU" >/dev/null

# The sync conflicts, which he may not decide: no F6 to a keys screen
# that would refuse him too.
scr_keys F7; scr_wait "$(vis 'تعارض‌های همگام‌سازی')"; ok $? "F7: the sync conflicts, refused"
b=$(bar)
case $b in *F6*) ok 1 "... no F6 (sync keys)"; echo "# $b" ;; *) ok 0 "... no F6 (sync keys)" ;; esac
holds "$b" "F10" "... F10 to go back"
scr_keys F10; scr_wait "$MENU" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
