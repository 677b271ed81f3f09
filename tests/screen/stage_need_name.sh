# A stage opened from the list of all stages (main menu 7, Enter) names its
# need beside the need's id: a long title is cut in its middle, as the lists
# cut it, so that its end (the county, «چاراویماق») is read; it was cut at
# its end, mid-word («…کلانتری ۱۵ چ»).  Saved, the status line names the
# need too: many stages share a title («اجرا»), and «ذخیره شد: TST-31 اجرا»
# said not whose.  Persian and English, 80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
NEED='توسعه و بازسازی ساختمان و دوربین‌های کلانتری شهرستان چاراويماق'	# Arabic yeh typed
work_fixture "$DB"; ok $? "fixture: units, donors and needs made with the CLI"
printf 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status\nTST-40,TST-1,space,%s,300000000,5,4,12000,1403/01/15,approved\n' "$NEED" >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "a need of a long title, its county at the end"
printf 'need,title,planned_start,planned_end\nTST-40,اجرا,1403/01/20,1403/03/01\n' >"$TMP/s.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/s.csv" >/dev/null; ok $? "its stage «اجرا»"
id=$("$HAMYAR" --db "$DB" export stages | tr -d '\r' | awk -F, 'NR == 2 { print $1 }')

for lang in fa en; do
	if [ $lang = en ]; then
		v() { "$HAMYAR" layout --dir ltr <<EOI
$1
EOI
		}
		menu='Main menu'; search='Search:'; need='Need*:'; saved="Saved: $id"; nlabel='(need:' 
	else
		v() { vis "$1"; }; menu=$(vis 'منوی اصلی'); search=$(vis 'جست‌وجو:')
		need=$(vis 'نیاز*:'); saved=$(vis "ذخیره شد: $id"); nlabel=$(vis 'نیاز:')
	fi
	scr_start "$DB" --lang $lang
	scr_wait "$menu" >/dev/null; ok $? "$lang: main menu"
	scr_keys 7; scr_wait "$search" >/dev/null; scr_wait "$id" >/dev/null
	ok $? "$lang: the stages list shows stage $id"
	scr_keys Enter; scr_wait "$need" >/dev/null; ok $? "$lang: its form"
	row=$(scr_cap | grep -F -- "$need")
	holds "$row" "$(v 'توسعه')" "$lang: the need's row starts its title"
	holds "$row" "$(v 'چاراویماق')" "$lang: ... and ends it with the county, whole"
	scr_keys F2; scr_wait "$saved" >/dev/null; ok $? "$lang: saved, back on the list"
	row=$(scr_cap | grep -F -- "$saved")
	holds "$row" "$(v 'اجرا')" "$lang: the note names the stage"
	holds "$row" "$nlabel" "$lang: ... and its need, so labelled"
	holds "$row" "$(v 'توسعه')" "$lang: ... by its title"
	holds "$row" "$(v 'چاراویماق')" "$lang: ... the county too (cut in its middle)"
	[ "$(printf '%s\n' "$row" | wc -l)" -eq 1 ]; ok $? "$lang: ... on one row"
	scr_keys F10; scr_wait "$menu" >/dev/null; scr_keys F10
	scr_bye; scr_wait "__EXIT__=0"; ok $? "$lang: quits cleanly"
done
done_testing
