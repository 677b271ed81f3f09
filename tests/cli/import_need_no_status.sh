# A needs sheet without a status column (a county's list of what its units
# need): each new need is taken as identified (شناسایی‌شده), as a new need's
# form starts it, and the first such row says so once; rows that update a
# need keep its status.  Before, every row was refused for its status
# ("a new record needs it, and the file has no column for it").
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
BOM=$(printf '\357\273\277')
"$HAMYAR" --db "$DB" init --station MRD >/dev/null 2>&1; ok $? "init station MRD"
printf 'kind,name,county\nstation,کلانتری ۱۱ مرند,MRD\npost,پاسگاه زنوز,MRD\n' >"$TMP/u.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null 2>&1; ok $? "two units of Marand"

printf 'واحد,زمینه مشارکت,عنوان,فوریت,اثرگذاری,تاریخ شناسایی,برآورد هزینه\n' >"$TMP/n.csv"
printf 'MRD-1,equipment,دوربین مداربسته ورودی کلانتری,4,3,1405/08/01,۱۲۰٬۰۰۰٬۰۰۰\n' >>"$TMP/n.csv"
printf 'MRD-2,space,بازسازی ساختمان پاسگاه زنوز,5,4,۱۴۰۵/۰۷/۱۵,٩٠٠٠٠٠٠٠٠\n' >>"$TMP/n.csv"
"$HAMYAR" --lang en --db "$DB" import needs "$TMP/n.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a needs sheet with no status column: imported"
is "$(cat "$TMP/err")" "$TMP/n.csv: line 2: the file has no column for the status: this new need, and each after it, is taken as identified, as a new need's form starts it" \
    "... saying once, at its first row, that new needs are taken as identified"
"$HAMYAR" --db "$DB" export needs | tr -d '\r' | sed "1s/^$BOM//" >"$TMP/x"
is "$(grep -c ',identified,MRD,1$' "$TMP/x")" 2 "... both identified"

# in Persian, on a dry run
printf 'واحد,زمینه مشارکت,عنوان,فوریت,اثرگذاری,تاریخ شناسایی\nMRD-2,equipment,بی‌سيم دستی پاسگاه,3,3,1405/08/20\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/p.csv" --dry-run >"$TMP/out" 2>"$TMP/err"; ok $? "a dry run of another such sheet"
grep -qF 'سطر 2: پرونده ستونی برای وضعیت ندارد: این نیاز تازه و هر نیاز تازهٔ پس از آن «شناسایی‌شده» گرفته می‌شود' "$TMP/err"
ok $? "... said in Persian"

# rows that update needs, with no status column: their status kept, nothing said
printf 'id,status\nMRD-3,assessed\n' >"$TMP/a.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/a.csv" >/dev/null 2>&1; ok $? "MRD-3 assessed"
printf 'id,urgency\nMRD-3,2\n' >"$TMP/b.csv"
"$HAMYAR" --lang en --db "$DB" import needs "$TMP/b.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "MRD-3's urgency changed by a sheet with no status column"
is "$(cat "$TMP/err")" "" "... nothing said of the status"
"$HAMYAR" --db "$DB" export needs | grep -q '^MRD-3,MRD-1,.*,2,3,,1405/08/01,assessed,'; ok $? "... and it stays assessed"

# a sheet's status column says it: taken as given
printf 'unit,category,title,urgency,impact,identified_on,status\nMRD-1,costs,هزینهٔ سوخت خودرو گشت,2,2,1405/06/01,assessed\n' >"$TMP/s.csv"
"$HAMYAR" --lang en --db "$DB" import needs "$TMP/s.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a sheet with its status column"
is "$(cat "$TMP/err")" "" "... nothing said"
"$HAMYAR" --db "$DB" export needs | grep -q ',هزینهٔ سوخت خودرو گشت,.*,assessed,MRD,1'; ok $? "... its status as given"
done_testing
