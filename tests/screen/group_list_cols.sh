# The reference groups' list picks its columns by the same rule in
# English as in Persian.  At 80x24 the English list showed id, name,
# county and phone: the kind's column was picked at its widest English
# label («Friday-prayer imam's office», 27 cells, against «دفتر امام
# جمعه»'s 14) and no longer fitted, so the phone, which most groups
# leave empty, took its place; at 120 columns the contact person's was
# left out the same way.  A choice's column is now picked at its widest
# Persian label in English too and widened from what is left, a label
# it cannot hold cut with «…», as is a name too long for the room.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ --name 'ستاد تبریز' >/dev/null; ok $? "init"
cat >"$TMP/groups.csv" <<'CSV'
id,kind,name,county,contact,phone
TBZ-1,imam_office,دفتر امام جمعهٔ تبریز,TBZ,سید محمدعلی آل‌هاشم,04135551234
TBZ-2,council,شوراي اسلامی شهر مرند,MRD,,
TBZ-3,religious_board,هیئت عزاداران حسینی‌ها,TBZ,علی‌اصغر قره‌باغی,
TBZ-4,industry,کارخانهٔ قند میاندوآب,TBZ,,۰۴۱۴۵۵۵۶۶۷۷
TBZ-5,other,گروه خیّرین محلهٔ ششگلان,TBZ,زهرا عبدالله‌زاده,
CSV
"$HAMYAR" --db "$D" import groups "$TMP/groups.csv" >/dev/null; ok $? "five groups, two with a phone"
HEAD() { scr_cap | sed -n 3p; }
ROW() { scr_cap | grep -F "$1"; }
# The groups' list (the main menu's 2) at SCR_SIZE, in English (en) or
# Persian (fa), once group $2 is on it; close_groups leaves it and the
# program (its status: whether the program ended with 0).
open_groups() {
	if [ "$1" = en ]; then
		scr_start "$D" --lang en; MENU="Main menu"
	else
		scr_start "$D"; MENU=$(vis 'منوی اصلی')
	fi
	scr_wait "$MENU" >/dev/null; scr_keys 2
	scr_wait "$2" >/dev/null; scr_settle
}
close_groups() {
	scr_keys F10; scr_wait "$MENU" >/dev/null; scr_keys F10; scr_bye
	scr_wait "__EXIT__=0"
}
# Whether the Persian heading holds these labels from left to right, the
# last at its end.
HEAD_FA() {
	_p='*'
	for _w; do _p="$_p*$(vis "$_w")"; done
	case $(HEAD) in $_p) return 0 ;; esac
	return 1
}

SCR_SIZE=80x24
open_groups en TBZ-5
HEAD | grep -qE '^ Id +Kind +Name +County *$'; ok $? "English 80x24: id, kind, name and county, as in Persian"
HEAD | grep -q 'Phone'; is $? 1 "... no phone's column in the kind's place"
ROW TBZ-1 | grep -qF "Friday-prayer imam's office"; ok $? "... the longest kind whole"
ROW TBZ-1 | grep -qF "$(vis 'دفتر امام جمعهٔ تبریز')"; ok $? "... beside its name whole"
ROW TBZ-3 | grep -qF "$(vis 'هیئت عزاداران حسینی‌ها')"; ok $? "... a name with a ZWNJ, whole"
ROW TBZ-2 | grep -qF "$(vis 'شورای اسلامی شهر مرند')"; ok $? "... a name typed with Arabic ي, whole"
ROW TBZ-5 | grep -qF "$(vis 'گروه خیرین محلهٔ ششگلان')"; ok $? "... a name typed with a shadda (stored without), whole"
close_groups

# the same columns in Persian
open_groups fa TBZ-5
HEAD_FA 'شهرستان' 'نام' 'نوع' 'شناسه'; ok $? "Persian 80x24: id, kind, name and county"
HEAD | grep -qF "$(vis 'تلفن')"; is $? 1 "... no phone's column"
close_groups

# at 120 columns the contact person's column too, in both languages
SCR_SIZE=120x30
open_groups en TBZ-5
HEAD | grep -qE '^ Id +Kind +Name +County +Contact person +Phone *$'; ok $? "English 120x30: the contact person's column as in Persian"
ROW TBZ-3 | grep -qF "$(vis 'علی‌اصغر قره‌باغی')"; ok $? "... a contact whole"
ROW TBZ-4 | grep -qF "04145556677"; ok $? "... a phone whole"
close_groups
open_groups fa TBZ-5
HEAD_FA 'تلفن' 'رابط' 'شهرستان' 'نام' 'نوع' 'شناسه'; ok $? "Persian 120x30: id, kind, name, county, contact, phone"
close_groups

# a name too long for the room left beside the longest kind: both cut
# with «…», never silently
printf 'id,kind,name,county\nTBZ-6,imam_office,دفتر امام جمعهٔ شهرستان آذرشهر و ممقان و گوگان,AZS\n' >"$TMP/more.csv"
"$HAMYAR" --db "$D" import groups "$TMP/more.csv" >/dev/null; ok $? "a group with a long name"
SCR_SIZE=80x24
open_groups en TBZ-6
HEAD | grep -qE '^ Id +Kind +Name +County *$'; ok $? "English 80x24: the same columns"
ROW TBZ-6 | grep -qF '…'; ok $? "... the long name cut with «…»"
ROW TBZ-6 | grep -qE "Friday-pr[a-z' -]*(office|…)"; ok $? "... its kind whole or cut with «…»"
ROW TBZ-6 | grep -qF "$(vis 'دفتر امام')"; ok $? "... the name's start shown"
close_groups; ok $? "the program ends with 0"
done_testing
