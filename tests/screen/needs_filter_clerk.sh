# A Tabriz clerk filters his needs by status and by category, and his
# pledges by status, as a supervisor does (F4), his county kept: the
# search line shows the filter beside «شهرستان: تبریز», an Ahar need of
# the same status and category never shows, and «بدون صافی» clears the
# filter, not his county.  F4 and F1 do not offer him the county.
# Before, F4 on his needs' list only said his county was fixed.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
scr_second_uid
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ستاد تبریز' >/dev/null; ok $? "init"
cat >"$TMP/units.csv" <<'CSV'
id,kind,name,county
TBZ-2,station,کلانتری ۱۲ تبریز,TBZ
TBZ-3,station,کلانتری ۱۱ اهر,AHR
CSV
cat >"$TMP/donors.csv" <<'CSV'
id,kind,name,county,active
TBZ-10,person,محمدرضا عبدالله‌زاده,TBZ,1
TBZ-11,person,زهرا احمدي‌نژاد,AHR,1
CSV
cat >"$TMP/needs.csv" <<'CSV'
id,unit,category,title,estimated_cost,urgency,impact,identified_on,status,active
TBZ-20,TBZ-2,equipment,دوربین 4MP ورودی کلانتری,120000000,4,3,1405/01/10,identified,1
TBZ-21,TBZ-2,space,تعمیر سقف ساختمان,900000000,3,3,1405/02/01,assessed,1
TBZ-22,TBZ-2,equipment,خرید بی‌سیم دستی,۵۰۰۰۰۰۰۰,2,2,1405/02/05,approved,1
TBZ-23,TBZ-3,equipment,دوربین‌های میدان اهر,80000000,5,4,1405/01/12,identified,1
CSV
cat >"$TMP/pledges.csv" <<'CSV'
id,donor,need,type,amount,hours,pledged_on,status
TBZ-30,TBZ-10,TBZ-20,equipment,30000000,,1405/03/01,pledged
TBZ-31,TBZ-10,TBZ-21,space,20000000,,1405/03/02,cancelled
TBZ-32,TBZ-11,TBZ-23,equipment,5000000,,1405/03/03,pledged
CSV
for k in units donors needs pledges; do
	"$HAMYAR" --db "$DB" import $k "$TMP/$k.csv" >/dev/null; ok $? "import $k"
done
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county TBZ >/dev/null; ok $? "nobody is a Tabriz clerk"
shown() { scr_cap | sed -n '3,$p' | grep -qF "$1"; }
MENU="$(vis 'صافی بر پایهٔ')"
COUNTY="$(vis 'شهرستان: تبریز')"
filter() {	# FIELD VALUE: F4, the field, the value
	scr_keys F4; scr_wait "$MENU" >/dev/null; scr_pick "$1"
	scr_gone "$MENU" >/dev/null; scr_wait "$(vis "$2")" >/dev/null; scr_pick "$2"
	scr_gone '┌' >/dev/null
}

SCR_SIZE=120x30
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 4
scr_wait "$COUNTY"; ok $? "the clerk's needs: his county"
scr_keys F1; scr_wait "$(vis 'F1 راهنما')" >/dev/null
scr_cap | grep -qF "$(vis 'F4 بر پایهٔ زمینهٔ مشارکت، وضعیت صافی می‌گذارد.')"
ok $? "F1 names the category and the status, not his county"
scr_cap | grep -qF "$(vis 'شهرستان شما زیر هر صافی می‌ماند؛ «بدون صافی» صافی را برمی‌دارد،')"
ok $? "... and says his county stays under any filter"
scr_keys Enter; scr_gone '┌' >/dev/null
scr_keys F4; scr_wait "$MENU"; ok $? "F4 opens the filter menu"
scr_cap | grep -qF "$(vis 'وضعیت') │"; ok $? "... with the status"
scr_cap | grep -qF "$(vis 'زمینهٔ مشارکت') │"; ok $? "... and the category"
scr_cap | grep -qF "$(vis 'شهرستان') │"; is $? 1 "... not the county"
scr_keys Escape; scr_gone "$MENU" >/dev/null

filter 'وضعیت' 'شناسایی‌شده'
scr_wait "$(vis 'وضعیت: شناسایی‌شده')"; ok $? "the status filter is shown"
scr_cap | grep -qF "$COUNTY"; ok $? "... his county's still"
scr_wait 'TBZ-20' >/dev/null; scr_settle
shown 'TBZ-20'; ok $? "his identified need is listed"
shown 'TBZ-21'; is $? 1 "... not his assessed one"
shown 'TBZ-22'; is $? 1 "... nor his approved one"
shown 'TBZ-23'; is $? 1 "... nor Ahar's identified need"

filter 'زمینهٔ مشارکت' 'تجهیزات عمومی'
scr_wait "$(vis 'زمینهٔ مشارکت: تجهیزات عمومی')"; ok $? "the category filter is shown"
scr_cap | grep -qF "$(vis 'وضعیت: شناسایی‌شده')"; is $? 1 "... in the status's place"
scr_cap | grep -qF "$COUNTY"; ok $? "... his county's still"
scr_wait 'TBZ-22' >/dev/null; scr_settle
shown 'TBZ-20'; ok $? "his equipment needs are listed"
shown 'TBZ-22'; ok $? "... both"
shown 'TBZ-21'; is $? 1 "... not his building's"
shown 'TBZ-23'; is $? 1 "... nor Ahar's equipment need"
scr_type 'خريد'	# Arabic yeh: a search within the filter
scr_wait "$(vis 'خرید بی‌سیم دستی')" >/dev/null; scr_settle
shown 'TBZ-20'; is $? 1 "a search within the filter"
shown 'TBZ-22'; ok $? "... finds its need"
scr_keys C-u
scr_type 'دوربین'
scr_wait 'TBZ-20' >/dev/null; scr_settle
shown 'TBZ-23'; is $? 1 "a search matching Ahar's need does not show it"
scr_keys C-u

filter 'زمینهٔ مشارکت' 'توسعهٔ فضاهای انتظامی'
scr_wait 'TBZ-21' >/dev/null; scr_settle
shown 'TBZ-20'; is $? 1 "another category: the equipment needs gone"
scr_cap | sed -n 2p | grep -qF "$(vis 'شهرستان: تبریز   زمینهٔ مشارکت: توسعهٔ فضاهای انتظامی')"
ok $? "at 120 columns the search line shows his county and the category whole"
scr_cap | sed -n 2p | grep -qF "$(vis 'رکوردها: ۱')"; ok $? "... and the count (his one building need)"
scr_resize 80 24
scr_cap | sed -n 2p | grep -qF "$(vis 'تبریز   توسعهٔ فضاهای انتظامی   رکوردها: ۱')"
ok $? "at 80 columns the filters' values whole beside the count, their names left out"
scr_resize 120 30
scr_keys F4; scr_wait "$MENU"; scr_pick 'بدون صافی'; scr_gone "$MENU" >/dev/null
scr_wait 'TBZ-22' >/dev/null; scr_settle
scr_cap | grep -qF "$(vis 'زمینهٔ مشارکت:')"; is $? 1 "«بدون صافی» drops the filter"
scr_cap | grep -qF "$COUNTY"; ok $? "... not his county"
shown 'TBZ-20'; ok $? "... his needs all listed"
shown 'TBZ-23'; is $? 1 "... Ahar's still not"

filter 'وضعیت' 'ردشده'
scr_wait "$(vis 'هیچ رکوردی با این صافی نیست: F4 صافی را عوض می‌کند.')"
ok $? "a status none of his needs has: the list says the filter leaves none"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

scr_keys 5; scr_wait 'TBZ-30' >/dev/null; scr_settle
shown 'TBZ-32'; is $? 1 "his pledges: Ahar's not listed"
filter 'وضعیت' 'لغوشده'
scr_wait "$(vis 'وضعیت: لغوشده')"; ok $? "his pledges filtered by status"
scr_wait 'TBZ-31' >/dev/null; scr_settle
shown 'TBZ-30'; is $? 1 "... the pledged one gone"
filter 'وضعیت' 'تعهدشده'
scr_wait 'TBZ-30' >/dev/null; scr_settle
shown 'TBZ-31'; is $? 1 "another status: the cancelled one gone"
shown 'TBZ-32'; is $? 1 "... and Ahar's pledged one not shown"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
