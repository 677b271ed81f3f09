# The ranking weights by role (SPEC §11: the weights are provincial HQ's
# and the administrator's; core_access_check, CORE_ACCESS_WEIGHTS).  A
# clerk and a supervisor open the weights to read them: a judgement typed
# (a digit, +, /) changes nothing and says at once, under the CR, who may
# change them; the key bar offers no F2 (save); F1 says they only read;
# F10 asks nothing.  The ranking's F1 says F6 shows the weights, not that
# it edits them.  Before, the matrix took a clerk's typing, the bar
# offered F2, and only F2 at the end refused: the judgements he had typed
# were lost with a late error.  An hq user still edits and is offered F2.
# Keys only, as another real uid (nobody through setpriv; root only), in
# Persian at 80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
scr_second_uid
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
bar() { scr_settle; scr_cap | tail -n 1; }
MENU="$(vis 'منوی اصلی')" DASH="$(vis 'نیازها به تفکیک شهرستان')"
WHO="$(vis 'تغییر وزن‌های اولویت‌بندی فقط از ستاد استان یا مدیر سامانه ساخته است.')"
ASKED="$(vis 'وزن‌ها تغییرهای ذخیره‌نشده دارند.')"
before=$("$HAMYAR" --db "$DB" rank --json | sed 's/"needs".*//')

# to the ranking (0, F4) as nobody
open_rank() {
	scr_start_nobody "$DB"
	scr_wait "$MENU" >/dev/null; scr_keys 0
	scr_wait "$DASH" >/dev/null; scr_keys F4
	scr_wait "TOPSIS"
}
quit() {
	scr_keys F10; scr_wait "$DASH" >/dev/null
	scr_keys F10; scr_wait "$MENU" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
}

for role in clerk supervisor; do
	"$HAMYAR" --db "$DB" user add nobody --role $role --county TBZ >/dev/null
	ok $? "nobody is a Tabriz $role"
	open_rank; ok $? "$role: the ranking opens"
	if [ $role = clerk ]; then want=1; else want=0; fi
	bar | grep -q 'F8'; is $? $want "$role: F8 on his bar but for a clerk"
	scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
	scr_cap | grep -qF "$(vis 'AHP؛ ستاد استان')"; ok $? "$role: the ranking's F1: F6 shows the weights"
	scr_cap | grep -qF "$(vis 'ویرایش می‌کند (AHP')"; is $? 1 "$role: ... not that it edits them"
	# a clerk ranks his county's needs alone (no F8 on his bar); a
	# supervisor reads every county's, F8 on his bar as on his help
	if [ $role = clerk ]; then other=0; else other=1; fi
	scr_cap | grep -qF "$(vis 'شهرستان شما رتبه‌بندی می‌شوند')"; is $? $other "$role: ... whether his county's needs alone are ranked"
	scr_cap | grep -q 'F8'; is $? $want "$role: ... F8 said as his bar has it or not"
	scr_keys Escape; scr_settle
	scr_keys F6; scr_wait 'CR = ' >/dev/null; scr_settle
	b=$(bar)
	case $b in *F2*) ok 1 "$role: the weights' bar offers no F2 (save)"; echo "# $b" ;;
	*) ok 0 "$role: the weights' bar offers no F2 (save)" ;; esac
	holds "$b" "F10" "$role: ... F10 (back) still there"
	cr0=$(scr_cap | grep 'CR = ')
	scr_keys Right; scr_type '7'; scr_settle
	scr_cap | grep -qF "$WHO"; ok $? "$role: a judgement typed says at once who may change the weights"
	is "$(scr_cap | grep 'CR = ')" "$cr0" "$role: ... and the matrix is as it was"
	scr_type '+'; scr_type '/'; scr_type '۳'; scr_keys Tab; scr_type '-'; scr_settle
	is "$(scr_cap | grep 'CR = ')" "$cr0" "$role: ... nor do +, /, - and a Persian digit change it"
	scr_keys F1; scr_wait "$(vis 'شما وزن‌ها را فقط می‌خوانید:')"; ok $? "$role: F1: the help of weights to read"
	scr_cap | grep -q 'F2'; is $? 1 "$role: ... not saying F2 saves them"
	scr_keys Escape; scr_settle
	scr_keys F10; scr_wait "TOPSIS"; ok $? "$role: F10: back to the ranking"
	scr_cap | grep -qF "$ASKED"; is $? 1 "$role: ... asked nothing about unsaved changes"
	quit; ok $? "$role: quits"
done
is "$("$HAMYAR" --db "$DB" rank --json | sed 's/"needs".*//')" "$before" "the weights are as they were"

# hq: edits as before, and is offered F2
"$HAMYAR" --db "$DB" user add nobody --role hq >/dev/null; ok $? "nobody is now hq"
open_rank >/dev/null
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
scr_cap | grep -qF "$(vis 'ویرایش می‌کند (AHP')"; ok $? "hq: the ranking's F1: F6 edits the weights"
scr_keys Escape; scr_settle
scr_keys F6; scr_wait 'CR = ' >/dev/null
holds "$(bar)" "F2" "hq: the weights' bar offers F2 (save)"
cr0=$(scr_cap | grep 'CR = ')
scr_keys Right; scr_type '7'; scr_settle
scr_cap | grep -qF "$WHO"; is $? 1 "hq: a judgement typed is not refused"
isnt() { [ "$1" != "$2" ]; ok $? "$3"; }
isnt "$(scr_cap | grep 'CR = ')" "$cr0" "hq: ... it changes the matrix (CR)"
scr_keys F2; scr_wait "$(vis 'وزن‌ها ذخیره شد')"; ok $? "hq: F2 saves"
scr_keys F10; scr_wait "TOPSIS" >/dev/null
quit >/dev/null
isnt "$("$HAMYAR" --db "$DB" rank --json | sed 's/"needs".*//')" "$before" "hq: the weights saved are new"
done_testing
