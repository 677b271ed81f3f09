# The sync conflict list at 40x20, 50x20 and 80x24 in Persian: the name
# column stays, its name cut at a word's start, and the least telling
# columns go first where it has no room: how many versions («نسخه‌ها»),
# then how many fields («فیلدها»); the kind, id and station stay.  Each
# column is as wide as its heading or widest value, so at 80 columns the
# name is whole.  Before, the fixed widths (14, 12, 10, 8, 8) filled 40
# and 50 columns and the name column was not drawn at all; at 80 the
# name was cut («زهرا نوروزی‌فر کرمانی…»).  Two donors of TBZ whose
# address both sides changed, one «زهرا نوروزی‌فر کرمانی‌نژاد», the
# other typed with Arabic ي and ك, «علي‌رضا كريمي».
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'name,kind,county,address\nزهرا نوروزی‌فر کرمانی‌نژاد,person,TBZ,تبریز\nعلي‌رضا كريمي,person,TBZ,تبریز\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "two donors registered at TBZ reach HQ"
printf 'id,address\nTBZ-1,تبریز، باغمیشه\nTBZ-2,مرند\n' >"$TMP/u1.csv"
printf 'id,address\nTBZ-1,تبریز، ولیعصر\nTBZ-2,جلفا\n' >"$TMP/u2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/u1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/u2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both changed both addresses; TBZ's bundle applied at HQ"

for size in 40x20 50x20 80x24; do
	SCR_SIZE=$size
	scr_start "$Q"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
	scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۲')" >/dev/null; scr_settle
	scr_cap >"$TMP/s"
	head=$(sed -n 4p "$TMP/s")
	case $head in *"$(vis 'نام')"*) ok 0 "$size: the name column is headed" ;;
	*) ok 1 "$size: the name column is headed"; echo "# $head" ;; esac
	r1=$(grep -F 'TBZ-1' "$TMP/s") r2=$(grep -F 'TBZ-2' "$TMP/s")
	case $r1 in *"$(vis 'زهرا نوروزی‌فر')"*) ok 0 "$size: TBZ-1's row names «زهرا نوروزی‌فر»" ;;
	*) ok 1 "$size: TBZ-1's row names «زهرا نوروزی‌فر»"; echo "# $r1" ;; esac
	case $r2 in *"$(vis 'علی‌رضا کریمی')"*) ok 0 "$size: TBZ-2's row names «علی‌رضا کریمی» whole" ;;
	*) ok 1 "$size: TBZ-2's row names «علی‌رضا کریمی» whole"; echo "# $r2" ;; esac
	case $r1 in *TBZ*TBZ-1*) ok 0 "$size: ... and the station it came from" ;;
	*) ok 1 "$size: ... and the station it came from"; echo "# $r1" ;; esac
	case $size in
	80x24)
		case $r1 in *"$(vis 'زهرا نوروزی‌فر کرمانی‌نژاد')"*) ok 0 "$size: the name whole" ;;
		*) ok 1 "$size: the name whole"; echo "# $r1" ;; esac
		case $head in *"$(vis 'نسخه‌ها')"*"$(vis 'فیلدها')"*) ok 0 "$size: every column shown" ;;
		*) ok 1 "$size: every column shown"; echo "# $head" ;; esac ;;
	*)
		case $head in *"$(vis 'نسخه‌ها')"*) ok 1 "$size: how many versions goes first"; echo "# $head" ;;
		*) ok 0 "$size: how many versions goes first" ;; esac ;;
	esac
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$size: quits"
done
done_testing
