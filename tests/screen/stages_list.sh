# The list of all stages (main menu 7) gives its need column a fair share
# of the room: the columns of text (the need's title, the stage's title)
# are as wide as their rows' texts where the room allows, so a need's
# title is shown whole beside a short stage title.  Before, the need
# column was 16 cells whatever its texts («…ساخت اتاق نگهبا» for «ساخت
# اتاق نگهبانی») while the stage's title column had ten cells to spare.
# Both bidi modes, Persian and English, at 80x24 and 120x30.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
NEED='ساخت اتاق نگهبانی'		# TST-20's title, 17 cells
STAGE='پی‌ریزی و فونداسیون'		# with a ZWNJ
work_fixture "$DB"; ok $? "fixture: units, donors and needs made with the CLI"
printf 'need,title,planned_start,planned_end\nTST-20,%s,1403/01/20,1403/03/01\n' "$STAGE" >"$TMP/stages.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/stages.csv" >/dev/null; ok $? "a stage of TST-20"
id=$("$HAMYAR" --db "$DB" export stages | tr -d '\r' | awk -F, 'NR == 2 { print $1 }')

for lang in fa en; do
for mode in app terminal; do
	[ $lang = en ] && [ $mode = terminal ] && continue	# LTR: the same either way
	if [ $lang = en ]; then
		v() { "$HAMYAR" layout --dir ltr <<EOF
$1
EOF
		}
		menu='Main menu'; search='Search:'
	elif [ $mode = app ]; then
		v() { vis "$1"; }; menu=$(vis 'منوی اصلی'); search=$(vis 'جست‌وجو:')
	else
		v() { printf '%s\n' "$1"; }; menu='منوی اصلی'; search='جست‌وجو:'
	fi
	HAMYAR_BIDI=$mode scr_start "$DB" --lang $lang
	scr_wait "$menu" >/dev/null; ok $? "$lang $mode: main menu"
	for size in 80x24 120x30; do
		scr_resize "${size%x*}" "${size#*x}"
		scr_keys 7; scr_wait "$search" >/dev/null; scr_wait "$id" >/dev/null
		ok $? "$lang $mode $size: the stages list shows stage $id"
		row=$(scr_cap | grep -F -- "$id")
		holds "$row" "$(v "$NEED")" "$lang $mode $size: ... its need's title whole"
		holds "$row" "$(v "$STAGE")" "$lang $mode $size: ... and its own title whole"
		case $row in *…*) ok 1 "$lang $mode $size: ... nothing on its row cut"; echo "# $row" ;;
		*) ok 0 "$lang $mode $size: ... nothing on its row cut" ;; esac
		scr_keys F10; scr_wait "$menu" >/dev/null
	done
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done
done
done_testing
