# A need's stages screen lists its stages by planned start and, on the
# same start, in the order they were registered: TST-9 before TST-100
# before TST-1000, as every list orders ids (core_rank_id_cmp).  Before,
# the ids were compared as text, and a station past its 99th or 999th
# record showed the stage registered last («پی‌ریزی»، TST-1000) first and
# the first one («خريد مصالح»، TST-9, typed with an Arabic yeh) last.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
{
	echo 'id,need,title,planned_start,planned_end,actual_end,progress'
	echo 'TST-9,TST-20,خريد مصالح,۱۴۰۳/۰۵/۰۱,1403/05/20,,0'
	echo 'TST-100,TST-20,گودبرداری,1403/05/01,۱۴۰۳/۰۶/۱۰,,0'
	echo 'TST-1000,TST-20,پی‌ریزی,١٤٠٣/٠٥/٠١,1403/07/10,,0'
	echo 'TST-1001,TST-20,نقشه‌برداری,1403/04/20,1403/04/30,1403/04/30,100'
} >"$TMP/stages.csv"
"$HAMYAR" --db "$DB" import stages "$TMP/stages.csv" >/dev/null; ok $? "four stages of TST-20, three on the same start"

# the line numbers of the titles, top down, in the order given
titles_in_order() {
	cap=$(scr_cap); last=0
	for t in "$@"; do
		n=$(printf '%s\n' "$cap" | grep -nF -- "$(vis "$t")" | head -n 1 | cut -d: -f1)
		if [ -z "$n" ] || [ "$n" -le "$last" ]; then
			echo "# «$t» not below line $last"; return 1
		fi
		last=$n
	done
}

SCR_ENV="$SCR_ENV_DEFAULT HAMYAR_TODAY=1403/05/10" work_open "$DB"
scr_keys Enter
scr_wait "$(vis 'نیاز TST-20: ساخت اتاق نگهبانی')"; ok $? "the need's stages screen"
scr_wait "$(vis 'پی‌ریزی')" >/dev/null; ok $? "its stages are listed"
titles_in_order 'نقشه‌برداری' 'خرید مصالح' 'گودبرداری' 'پی‌ریزی'
ok $? "the earliest start first, then the same start in the order registered (TST-9, TST-100, TST-1000)"
# the same order in English (F10 back to the dashboard and out first)
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
work_quit_dash
SCR_ENV="$SCR_ENV_DEFAULT HAMYAR_TODAY=1403/05/10" scr_start "$DB" --lang en
scr_wait 'Main menu' >/dev/null; scr_keys 0; scr_wait 'Needs by county' >/dev/null
scr_keys Enter; scr_wait 'Need TST-20' >/dev/null; ok $? "English: the need's stages screen"
vis() { printf '%s\n' "$1" | "$HAMYAR" layout --dir auto; }
scr_wait "$(vis 'پی‌ریزی')" >/dev/null
titles_in_order 'نقشه‌برداری' 'خرید مصالح' 'گودبرداری' 'پی‌ریزی'
ok $? "English: the same order"
done_testing
