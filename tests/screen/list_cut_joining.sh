# The needs' list at 80x24 and 64x24: a title too long for its column,
# cut in its middle (tui_fit_middle) right after a joining word, leaves
# that word out with the rest, as a table column's cut at a word's start
# does (tui_fit_words, one rule: drop_joining in tui/draw.c), and as
# the cut at a text's end (tui_fit_end) now does too:
# «تعمیر سقف…۱۶ مرند», not «تعمیر سقف و…۱۶ مرند»; «خرید دوربین…»,
# not «خرید دوربین یا…»; "Roof repair…", not "Roof repair and…"; and a
# need's title in its form at 64 columns, cut at its end, «... درب
# ورودی…», not «... درب ورودی و…».  The
# demo's ceremony «همایش تجلیل از خیرین مشارکت‌های مردمی» in the
# ceremonies' list: «همایش تجلیل…مشارکت‌های مردمی», not «همایش تجلیل
# از…».  Before, each kept its joining word before the «…».
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db" DEMO="$TMP/demo"
"$HAMYAR" --db "$DEMO" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1 &&
"$HAMYAR" --db "$DEMO" demo >/dev/null 2>&1; ok $? "the demo database"
printf 'kind,name,county\npost,پاسگاه ممقان,TBZ\n' >"$TMP/u.csv"
{
	printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\n'
	printf 'TBZ-1,space,%s,2000000000,5,5,1405/07/15,approved\n' 'تعمیر سقف و بازسازی ساختمان اصلی کلانتری شمارهٔ ۱۶ مرند'
	printf 'TBZ-1,equipment,%s,900000000,4,4,1405/07/16,approved\n' 'خرید دوربین يا بی‌سیم‌های دستی برای گشت کلانتری ۱۲ تبریز'
	printf 'TBZ-1,space,%s,800000000,4,4,1405/07/17,approved\n' 'Roof repair and new gutters for the main building of post 16'
	printf 'TBZ-1,equipment,%s,700000000,3,3,1405/07/18,approved\n' 'نصب دوربین‌های مداربسته درب ورودی و ساختمان اداری پاسگاه'
} >"$TMP/n.csv"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null 2>&1; ok $? "four needs with long titles"

row() { grep -F "$(vis "$1")" "$TMP/s"; }
for SCR_SIZE in 80x24 64x24; do
	scr_start "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 4
	scr_wait "$(vis 'جست‌وجو:')"; ok $? "$SCR_SIZE: the needs' list"
	scr_settle; scr_cap >"$TMP/s"
	row 'تعمیر سقف' | grep -qF "$(vis 'تعمیر سقف…')"; ok $? "$SCR_SIZE: «تعمیر سقف و بازسازی...» cut as «تعمیر سقف…»" || sed 's/^/# /' "$TMP/s"
	row 'تعمیر سقف' | grep -qF "$(vis 'و…')"; is $? 1 "$SCR_SIZE: ... no «و» hanging before the «…»"
	row 'خرید دوربین' | grep -qF "$(vis 'خرید دوربین…')"; ok $? "$SCR_SIZE: «خرید دوربین يا ...» cut as «خرید دوربین…»" || sed 's/^/# /' "$TMP/s"
	row 'خرید دوربین' | grep -qF "$(vis 'یا…')"; is $? 1 "$SCR_SIZE: ... no «یا» hanging before the «…»"
	grep -F 'Roof repair' "$TMP/s" | grep -qF 'Roof repair…'; ok $? "$SCR_SIZE: the English title cut as \"Roof repair…\"" || sed 's/^/# /' "$TMP/s"
	grep -F 'Roof repair' "$TMP/s" | grep -qF 'and…'; is $? 1 "$SCR_SIZE: ... no \"and\" hanging before the «…»"
	if [ "$SCR_SIZE" = 64x24 ]; then
		# the need's form: its title field, 38 cells, cut at its end
		# (tui_fit_end's cut, as tui_draw_text cuts a text too wide)
		scr_type 'درب'; scr_settle; scr_keys Enter
		scr_wait "$(vis 'شرح:')"; ok $? "$SCR_SIZE: the form of the need with «درب ورودی و ساختمان»"
		scr_settle; scr_cap >"$TMP/s"
		row 'عنوان*:' | grep -qF "$(vis 'درب ورودی…')"; ok $? "$SCR_SIZE: its title cut at its end as «... درب ورودی…»" || row 'عنوان*:' | sed 's/^/# /'
		row 'عنوان*:' | grep -qF "$(vis 'و…')"; is $? 1 "$SCR_SIZE: ... no «و» hanging before the «…»"
		scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
	fi
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
	scr_wait "__EXIT__=0" >/dev/null; ok $? "$SCR_SIZE: the program ends with 0"
	scr_start "$DEMO"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 8; scr_wait "$(vis 'جست‌وجو:')"; ok $? "$SCR_SIZE: the ceremonies' list"
	scr_settle; scr_cap >"$TMP/s"
	row 'همایش تجلیل' | grep -qF "$(vis 'همایش تجلیل…')"; ok $? "$SCR_SIZE: the demo's ceremony cut as «همایش تجلیل…»" || sed 's/^/# /' "$TMP/s"
	row 'همایش تجلیل' | grep -qF "$(vis 'از…')"; is $? 1 "$SCR_SIZE: ... no «از» hanging before the «…»"
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
	scr_wait "__EXIT__=0" >/dev/null; ok $? "$SCR_SIZE: the program ends with 0"
done
done_testing
