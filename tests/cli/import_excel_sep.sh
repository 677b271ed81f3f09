# Excel's separator line, «sep=;» first in a CSV (Excel writes it, and reads
# it, to name the separator), is passed over as before, and the note says
# what it is and names the separator: before, it called the line a title
# above the column names and quoted it as «sep=», the separator cut off.
# A «sep=|» naming a separator import does not take is still a title.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
imp() { "$HAMYAR" "$@" >"$TMP/out" 2>"$TMP/err"; r=$?; }

# Excel's semicolon CSV, with its BOM and CRLF, Persian headers
printf '\357\273\277sep=;\r\nنوع;نام;شهرستان\r\nstation;کلانتری ۱۲ تبريز;تبریز\r\n' >"$TMP/semi.csv"
imp --db "$D" import units "$TMP/semi.csv"
is "$r" 0 "a semicolon file with sep=; first: imported"
holds "$(cat "$TMP/out")" "۱ تازه" "... its one row"
holds "$(cat "$TMP/err")" "semi.csv: سطر 1: «sep=;» سطر جداکنندهٔ اکسل است (خانه‌ها با نقطه‌ویرگول (;) از هم جدا شده‌اند) و از آن گذشتیم؛ نام ستون‌ها از سطر 2 خوانده می‌شود" \
    "the note: Excel's separator line, the semicolon named"
grep -q "عنوان" "$TMP/err"; is $? 1 "... not called a title"

printf 'SEP=,\r\nkind,name,county\r\npost,پاسگاه باسمنج,TBZ\r\n' >"$TMP/comma.csv"
imp --lang en --db "$D" import units "$TMP/comma.csv"
is "$r" 0 "a comma file with SEP=, first: imported"
holds "$(cat "$TMP/err")" "comma.csv: line 1: 'sep=,' is Excel's separator line (the cells are separated by commas (,)), and passed over; the column names are read from line 2" \
    "... the comma named, in English"

printf 'sep=\t\nkind\tname\tcounty\npost\tپاسگاه سردرود\tTBZ\n' >"$TMP/tab.csv"
imp --lang en --db "$D" import units "$TMP/tab.csv"
is "$r" 0 "a tab file with sep=TAB first: imported"
holds "$(cat "$TMP/err")" "'sep=\\t' is Excel's separator line (the cells are separated by tabs)" "... tabs named"

printf 'sep=|\nkind,name,county\npost,پاسگاه خسروشاه,TBZ\n' >"$TMP/bar.csv"
imp --lang en --db "$D" import units "$TMP/bar.csv"
is "$r" 0 "sep=| over a comma file: imported"
holds "$(cat "$TMP/err")" "'sep=|' is read as a title above the column names" "... a title, as before: it is not the file's separator"
is "$("$HAMYAR" --db "$D" export units | tr -d '\r' | awk 'NR > 1' | wc -l)" 4 "four units"
done_testing
