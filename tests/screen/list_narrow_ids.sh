# Record lists on a narrow terminal (40 and 50 columns): the id column
# kept its 10 cells for ids of 7 (TBZ-906) while the name beside it was
# cut, the payments' list showing «حمید…» where «حمید پورمحمدی…» wanted
# one cell more.  Now, under 60 cells and only where a name or title is
# still cut, the id column is as wide as the ids shown and its heading,
# the name taking the cells it frees.  Where every name fits (the donors'
# list at 40 columns) and at 80 columns the id keeps its 10 cells.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" demo >/dev/null 2>&1; ok $? "the demo database"
# TBZ-906 pays a pledge of «حمید پورمحمدی»
pledge=$("$HAMYAR" --db "$DB" export payments | tr -d '\r' | grep '^TBZ-906,' | cut -d, -f2)
donor=$("$HAMYAR" --db "$DB" export pledges | tr -d '\r' | grep "^$pledge," | cut -d, -f2)
"$HAMYAR" --db "$DB" export donors | tr -d '\r' | grep "^$donor," | grep -q 'حمید پورمحمدی'
ok $? "TBZ-906 pays a pledge ($pledge) of حمید پورمحمدی ($donor)"

SCR_SIZE=40x24
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle; scr_keys 6
scr_wait "TBZ-906"; ok $? "40 columns: the payments' list"
scr_settle
row=$(scr_cap | grep -F "TBZ-906")
holds "$row" "$(vis 'حمید پورمحمدی')" "... TBZ-906 shows its donor's two names" || echo "# $row"
case $row in *[!\ ]"  TBZ-906") ok 0 "... two cells from its id, the id column as wide as its ids" ;;
*) ok 1 "... two cells from its id, the id column as wide as its ids" ;; esac
holds "$(scr_cap | grep -F "$(vis 'مشارکت')")" "$(vis 'شناسه')" "... the id column keeps its heading"
# the donors' list at 40 columns: every name fits, the id keeps 10 cells
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle; scr_keys 1
scr_wait "$(vis 'رکوردها: ۴۱۰')"; ok $? "40 columns: the donors' list"
scr_settle
row=$(scr_cap | grep -F "TBZ-" | head -n 1)
case $row in *[!\ ]"     TBZ-"???) ok 0 "... its names all fit: the id column as before, 10 cells" ;;
*) ok 1 "... its names all fit: the id column as before, 10 cells"; echo "# $row" ;; esac
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null; ok $? "40 columns: the program ends with 0"

# 50 columns: the needs' titles, cut, gain the id's spare cells too
SCR_SIZE=50x24
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle; scr_keys 4
scr_wait "$(vis 'رکوردها: ۲۰۰')"; ok $? "50 columns: the needs' list"
scr_settle
row=$(scr_cap | grep -F "TBZ-" | head -n 1)
case $row in *[!\ ]"  TBZ-"???) ok 0 "... a title two cells from its id" ;;
*) ok 1 "... a title two cells from its id"; echo "# $row" ;; esac
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null; ok $? "50 columns: the program ends with 0"

# 80 columns: as before, the id column 10 cells wide
SCR_SIZE=80x24
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle; scr_keys 6
scr_wait "TBZ-906"; ok $? "80 columns: the payments' list"
scr_settle
row=$(scr_cap | grep -F "TBZ-906")
case $row in *[!\ ]"     TBZ-906") ok 0 "... the id column 10 cells wide, as before" ;;
*) ok 1 "... the id column 10 cells wide, as before"; echo "# $row" ;; esac
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null; ok $? "80 columns: the program ends with 0"
done_testing
