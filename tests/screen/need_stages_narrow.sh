# A need's stages screen at 50x20 and 40x20 (SSH from a phone, an old
# machine): the stages' table shows only the columns that fit whole,
# headings and dates uncut, the title taking the room the others leave;
# the heading «مراحل» leaves off the timeline's span when the timeline is
# not shown.  Before, at 50 columns the last column shown was cut, its
# heading «تاریخ انجام» read «انجا…» and its dates a few digits; at 40
# the End column likewise and the heading «(خط زمانی ۱۴۰۵/۰۱/۱۰…».
# At 80x24 every column, the date done too.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" demo >/dev/null 2>&1; ok $? "the demo database"
# The demo dates its stages from today: the first stage's start as stored.
START=$("$HAMYAR" --db "$DB" export stages | awk -F, '$1 == "TBZ-513" { print $4 }' |
	sed 'y/0123456789/۰۱۲۳۴۵۶۷۸۹/')
# (matched in ASCII digits: sh's ? is one byte, a Persian digit two)
case $(printf '%s\n' "$START" | "$HAMYAR" text digits-en) in 14??/??/??) ok 0 "the demo's first stage of TBZ-512 starts $START" ;;
*) ok 1 "the demo's first stage of TBZ-512 starts on a date"; echo "# got: $START" ;; esac
for size in 80x24 50x20 40x20; do
	SCR_SIZE=$size
	scr_start "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 4
	scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F3; scr_type TBZ-512; scr_keys Enter
	scr_wait "$(vis 'فوریت')" >/dev/null; scr_keys F10
	scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F7
	scr_wait "$(vis 'مراحل و وضعیت')"; ok $? "$size: need TBZ-512's stages"
	scr_settle; scr_cap >"$TMP/s"
	head=$(grep -F "$(vis 'مرحله')" "$TMP/s" | grep -F "$(vis 'آغاز')")
	case $head in *…*) ok 1 "$size: no heading cut"; echo "# $head" ;;
	*) ok 0 "$size: no heading cut" ;; esac
	if [ $size = 80x24 ]; then
		case $head in *"$(vis 'انجام در')"*) ok 0 "$size: ... the date done there" ;;
		*) ok 1 "$size: ... the date done there"; echo "# $head" ;; esac
	fi
	r=$(grep -F "$(vis 'برآورد و طراحی')" "$TMP/s")
	printf '%s\n' "$r" | grep -qE "$(vis "$START")( |$)"; ok $? "$size: the first stage's start whole ($START)"
	case $r in *…*) ok 1 "$size: ... no date cut"; echo "# $r" ;; *) ok 0 "$size: ... no date cut" ;; esac
	case $r in *"$(vis '۱۴۰')" | *"$(vis '۱۴۰۵/۰')" | *"$(vis '۱۴۰۵/۰۲')") ok 1 "$size: ... no date's piece at the edge"; echo "# $r" ;;
	*) ok 0 "$size: ... no date's piece at the edge" ;; esac
	sec=$(grep -F "$(vis 'مراحل')" "$TMP/s" | grep -vF "$(vis 'مراحل و وضعیت')")
	case $sec in *…*) ok 1 "$size: the stages' heading not cut"; echo "# $sec" ;;
	*) ok 0 "$size: the stages' heading not cut" ;; esac
	scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$size: quits"
done
done_testing
