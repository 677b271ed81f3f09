# A provincial HQ user lists the needs of one county in one status: F4
# county «تبریز», then F4 status «تصویب‌شده».  Before, F4 kept one filter
# at a time: the status replaced the county, and the list held the
# approved needs of every county (an Ahar one among them) while he read
# it as Tabriz's.  Now a county filter stays beside the other one, in
# either order; another county replaces the county, the status staying;
# «بدون صافی» clears both; F1 says so.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
scr_second_uid
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ستاد استان' >/dev/null; ok $? "init"
cat >"$TMP/units.csv" <<'CSV'
id,kind,name,county
TBZ-2,station,کلانتری ۱۲ تبريز,TBZ
TBZ-3,station,کلانتری ۱۱ اهر,AHR
CSV
cat >"$TMP/needs.csv" <<'CSV'
id,unit,category,title,estimated_cost,urgency,impact,identified_on,status,active
TBZ-20,TBZ-2,equipment,دوربین 4MP ورودی کلانتری,120000000,4,3,1405/01/10,approved,1
TBZ-21,TBZ-2,space,تعمیر سقف ساختمان,900000000,3,3,1405/02/01,identified,1
TBZ-22,TBZ-3,equipment,خرید بی‌سیم دستی,۵۰۰۰۰۰۰۰,2,2,1405/02/05,identified,1
TBZ-23,TBZ-3,equipment,دوربین‌های میدان اهر,80000000,5,4,1405/01/12,approved,1
CSV
for k in units needs; do
	"$HAMYAR" --db "$DB" import $k "$TMP/$k.csv" >/dev/null; ok $? "import $k"
done
scr_nobody_user hq "" "an HQ user"
MENU="$(vis 'صافی بر پایهٔ')"
# the ids in the rows of the list (below its search line and heading)
ids() { scr_cap | sed -n '4,$p' | grep -oE 'TBZ-2[0-9]' | sort | tr '\n' ' '; }
filter() {	# FIELD VALUE: F4, the field, the value
	scr_keys F4; scr_wait "$MENU" >/dev/null; scr_pick "$1"
	scr_gone "$MENU" >/dev/null; scr_wait "$(vis "$2") │" >/dev/null; scr_pick "$2"
	scr_gone '┌' >/dev/null; scr_settle
}
line2() { scr_cap | sed -n 2p; }

SCR_SIZE=120x30
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 4
scr_wait "TBZ-23"; ok $? "the needs' list, every county"
filter 'شهرستان' 'تبریز'
is "$(ids)" "TBZ-20 TBZ-21 " "county Tabriz: its two needs"
filter 'وضعیت' 'تصویب‌شده'
is "$(ids)" "TBZ-20 " "then status approved: Tabriz's approved need only, not Ahar's"
# drawn right to left: the county, first, on the right
case $(line2) in *"$(vis 'وضعیت: تصویب‌شده')"*"$(vis 'شهرستان: تبریز')"*) ok 0 "the search line names both filters" ;;
*) ok 1 "the search line names both filters"; line2 | sed 's/^/# /' ;; esac
filter 'شهرستان' 'اهر'
is "$(ids)" "TBZ-23 " "another county replaces the county, the status staying"
scr_keys F4; scr_wait "$MENU" >/dev/null; scr_pick 'بدون صافی'; scr_gone '┌' >/dev/null
scr_wait "TBZ-21" >/dev/null; scr_settle
is "$(ids)" "TBZ-20 TBZ-21 TBZ-22 TBZ-23 " "«بدون صافی» clears both"
filter 'وضعیت' 'شناسایی‌شده'
filter 'شهرستان' 'تبریز'
is "$(ids)" "TBZ-21 " "status first, then county: both kept"
case $(line2) in *"$(vis 'وضعیت: شناسایی‌شده')"*"$(vis 'شهرستان: تبریز')"*) ok 0 "... and both named" ;;
*) ok 1 "... and both named"; line2 | sed 's/^/# /' ;; esac
scr_keys F1; scr_wait "$(vis 'F1 راهنما')" >/dev/null
scr_cap | grep -qF "$(vis 'صافی شهرستان با صافی دیگری هم می‌ماند؛ «بدون صافی»')"
ok $? "F1 says a county filter stays beside another"
scr_keys Escape; scr_gone '┌' >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
