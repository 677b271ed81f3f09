# In the lists, two needs' titles that differ only at their end («ساخت
# پاسگاه انتظامی روستای قره‌آغاج بخش مرکزی» and «... بخش شمالی») are told
# apart at 80 columns: a title, a name or a reference's caption too long
# for its column is cut in its middle, its start and end kept around an
# ellipsis (tui_fit_middle), as the matching screen cuts them
# (match_title_end.sh): in the needs' list, and in the stages' list, whose
# need column names them.  Before, both were cut at their end and read
# the same («ساخت پاسگاه انتظامی روس…»).  Wide enough (132x43), whole.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRG --name 'ایستگاه مراغه' >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRG-1,post,پاسگاه انتظامی قره‌آغاج,MRG\n' >"$TMP/u.csv"
{
	echo 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status'
	echo 'MRG-10,MRG-1,space,ساخت پاسگاه انتظامی روستای قره‌آغاج بخش مرکزی,900000000,4,4,1403/02/01,in_progress'
	echo 'MRG-11,MRG-1,space,ساخت پاسگاه انتظامي روستای قره‌آغاج بخش شمالی,800000000,4,4,1403/02/01,in_progress'
} >"$TMP/n.csv"
printf 'id,need,title,planned_start,planned_end,progress\nMRG-20,MRG-10,پی‌ریزی و اسکلت,1403/03/01,1403/09/30,40\nMRG-21,MRG-11,پی‌ریزی و اسکلت,1403/03/01,1403/09/30,40\n' >"$TMP/s.csv"
for k in u:units n:needs s:stages; do
	"$HAMYAR" --db "$DB" import "${k#*:}" "$TMP/${k%%:*}.csv" >/dev/null; ok $? "import ${k#*:}"
done
CENTRE="$(vis 'بخش مرکزی')" NORTH="$(vis 'بخش شمالی')" START="$(vis 'ساخت پاسگاه')"
row() { scr_cap | grep -F -- "$1"; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 4
scr_wait 'MRG-11' >/dev/null; scr_settle
holds "$(row MRG-10)" "$CENTRE" "80 columns, needs: MRG-10's title ends «بخش مرکزی»"
holds "$(row MRG-11)" "$NORTH" "... MRG-11's «بخش شمالی»"
holds "$(row MRG-10)" "$START" "... both start as they do"
holds "$(row MRG-11)" '…' "... cut in the middle"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 7
scr_wait 'MRG-21' >/dev/null; scr_settle
holds "$(row MRG-20)" "$CENTRE" "80 columns, stages: MRG-20's need ends «بخش مرکزی»"
holds "$(row MRG-21)" "$NORTH" "... MRG-21's «بخش شمالی»"
scr_resize 132 43
holds "$(row MRG-21)" "$(vis 'ساخت پاسگاه انتظامی روستای قره‌آغاج بخش شمالی')" "132x43: the need's title whole"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
