# Roles on the work screens (SPEC §11), keys only, as another real uid
# (nobody through setpriv; root only): a Tabriz clerk sees his county only
# on the dashboard and the ranking (as `hamyar rank --county TBZ`), may not
# save the ranking weights (told who may), may take a need from identified
# to assessed but is not offered approving it (F6 names who may), and what he
# was refused is not stored; his lists hold his county's records only.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
work_nobody_fixture
printf 'donor,need,type,amount,pledged_on\nTST-10,TST-20,space,90000000,1403/05/03\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null; ok $? "pledges of Ahar (two) and of Tabriz (one)"
scr_nobody_user clerk TBZ "a Tabriz clerk"

# The verbs hold him to his county as the screens do.
as_clerk() { as_nobody "$BIN" --db "$DB" "$@"; }
mine=$(as_clerk rank); ok $? "the clerk runs hamyar rank"
is "$mine" "$("$HAMYAR" --db "$DB" rank --county TBZ)" "his ranking is Tabriz's (as rank --county TBZ for HQ)"
as_clerk rank --county AHR >/dev/null 2>"$TMP/err"; is $? 1 "rank --county Ahar is refused"
grep -qF 'اهر' "$TMP/err"; ok $? "naming the county and who may see it: $(cat "$TMP/err")"
as_clerk match donor TST-12 >/dev/null 2>&1; is $? 1 "matching Ahar's donor is refused"
as_clerk match donor TST-10 | grep -q '^TST-2[01] '; ok $? "matching a Tabriz donor gives Tabriz needs"
as_clerk match need TST-22 >/dev/null 2>&1; is $? 1 "an Ahar need is not his to match"

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "the clerk starts the program"
scr_cap | grep -qF "nobody"; ok $? "the status bar names him"
# F7, the sync conflicts: not his to decide, and said so of deciding (not
# of exchanging bundles, which he did not ask for)
scr_keys F7; sleep 0.3; scr_settle
scr_cap | grep -qF "$(vis 'تصمیم دربارهٔ تعارض‌های همگام‌سازی فقط از ستاد استان یا مدیر سامانه ساخته است.')"
ok $? "F7: deciding sync conflicts is HQ's or the administrator's, he is told"
scr_cap | grep -qF "$(vis 'تبادل بسته‌های همگام‌سازی')"; is $? 1 "... not that exchanging bundles is"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
# The main menu counts what his lists will hold: Tabriz's two donors and
# two needs (not the province's three and four); pledges have no county
# of their own, so no number rather than the province's.
scr_cap | grep -qF "$(vis '۱. خیّر (۲)')"; ok $? "the menu counts his county's donors (2)"
scr_cap | grep -qF "$(vis '۴. نیاز (۲)')"; ok $? "and his county's needs (2)"
scr_cap | grep -qF "$(vis '۵. مشارکت')"; ok $? "pledges are listed"
scr_cap | grep -qF "$(vis '۵. مشارکت (')"; is $? 1 "without the province's count"
scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; ok $? "he opens the dashboard"
scr_cap | grep -qF "$(vis 'تبریز')"; ok $? "it shows Tabriz"
scr_cap | grep -F "░" | grep -qF "$(vis 'اهر')"; is $? 1 "and no bar of Ahar, a county he may not read"
scr_cap | grep -q "TST-22"; is $? 1 "nor Ahar's needs"
scr_cap | grep -F "$(vis 'برآورد هزینه:')" | grep -qF "$(vis 'تبریز:')"; ok $? "Tabriz's figures in full under its row"
scr_cap | grep -qF "$(vis 'از ۱')"; is $? 1 "and no row count: his one row is all there is"
scr_cap | grep -qF "$(vis 'فقط به کسانی نشان داده می‌شود که اجازهٔ خواندن گزارش ممیزی را دارند.')"
ok $? "recent activity (the audit log) is not shown to a clerk"

scr_keys F4
scr_wait "TOPSIS"
expect=$("$HAMYAR" --db "$DB" rank --county TBZ | sed 1d | awk '{print $2}')
# shellcheck disable=SC2086
ids_in_order $expect; ok $? "his ranking is hamyar rank --county TBZ's: $(echo $expect)"
scr_keys F6
scr_wait "CR = "
scr_keys 3 F2
scr_wait "$(vis 'ذخیره نشد')"; ok $? "saving weights is refused to a clerk"
scr_cap | grep -qF "$(vis 'ستاد')"; ok $? "and he is told who may (hq)"
scr_keys Enter
"$HAMYAR" --db "$DB" rank --json | grep -q '"urgency": 0.324165'; ok $? "the stored weights are unchanged"
scr_keys F10
scr_wait "TOPSIS"; ok $? "F10 leaves his weights at once: he could change nothing"
scr_cap | grep -qF "$(vis 'بدون ذخیرهٔ وزن‌ها خارج می‌شوید؟')"; is $? 1 "... with no question about unsaved weights"
scr_keys F10
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"

# The workflow: identified -> assessed is his; assessed -> approved is not.
scr_keys F3
scr_type 'دوربین'
scr_wait "TST-21"; scr_keys Enter
scr_wait "$(vis 'نیاز TST-21: دوربین مداربسته')"; ok $? "he opens a need of his county"
scr_keys F6
scr_wait "$(vis 'وضعیت تازه')"; scr_keys Enter
scr_wait "$(vis 'وضعیت اکنون: ارزیابی‌شده')"; ok $? "he marks it assessed"
scr_keys F6
scr_wait "$(vis 'سرپرست، ستاد استان یا مدیر سامانه است.')"
ok $? "approving is not offered, and he is told who may"
scr_cap | grep -qF "$(vis 'وضعیت تازه')"; is $? 1 "... instead of a menu of steps he may not take"
scr_keys Enter
"$HAMYAR" --db "$DB" export needs | tr -d '\r' | grep -q '^TST-21,.*,assessed,[A-Z]*,1$'; ok $? "the need is stored assessed, not approved"
"$HAMYAR" --db "$DB" audit --id TST-21 | grep -q ' nobody '; ok $? "the audit log names the clerk for his change"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"

# The lists: a clerk reads his own county only (SPEC §11).
scr_keys 1; scr_wait "TST-10"; ok $? "his donor list shows a Tabriz donor"
scr_cap | grep -q "TST-11"; ok $? "and the other Tabriz donor (Arabic yeh in the name)"
scr_cap | grep -q "TST-12"; is $? 1 "but not Ahar's donor"
# F4 offers him the introducing group (tests/screen/donors_by_group_clerk.sh),
# not the county, which is his
scr_keys F4; scr_wait "$(vis 'صافی بر پایهٔ')"; ok $? "F4 on his donors opens the filter menu"
scr_cap | grep -qF "$(vis 'گروه معرف') │"; ok $? "... offering the introducing group"
scr_cap | grep -qF "$(vis 'شهرستان') │"; is $? 1 "... not the county"
scr_keys Escape; scr_gone "$(vis 'صافی بر پایهٔ')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys 4; scr_wait "TST-21"; ok $? "his need list shows Tabriz needs"
scr_cap | grep -qE "TST-2[23]"; is $? 1 "and no need of Ahar"
# F4 there offers the status and the category, not the county
# (tests/screen/needs_filter_clerk.sh)
scr_keys F4; scr_wait "$(vis 'صافی بر پایهٔ')"; ok $? "F4 on his needs opens the filter menu"
scr_cap | grep -qF "$(vis 'وضعیت') │"; ok $? "... offering the status"
scr_cap | grep -qF "$(vis 'شهرستان') │"; is $? 1 "... not the county"
scr_keys Escape; scr_gone "$(vis 'صافی بر پایهٔ')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
# the groups' list has no filter but the county: F4 says it is his
scr_keys 2; scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F4
scr_wait "$(vis 'حساب شما تنها در همین شهرستان کار می‌کند')"; ok $? "F4 on his groups says the county filter is his, not a menu"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys 5; scr_wait "$(vis 'شرکت فولاد آذر')"; ok $? "his pledge list shows the Tabriz donor's pledge"
scr_cap | grep -qE "TST-3[01]|$(vis 'کارخانهٔ قند اهر')"; is $? 1 "and not Ahar's pledges (no county field: each row's scope is asked)"
work_quit_dash
done_testing
