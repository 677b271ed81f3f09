# The list of all stages (main menu 7) is in the order a supervisor reads
# them: by need (in the order the needs were registered), each need's
# stages by planned start, whatever order they were typed in.  Before, it
# was by title: one need's «اجرا» beside another's, a need's stages
# scattered over the list.  F6 still sorts by the other columns, the
# title among them (the store's name order, as before).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture: units, donors and needs made with the CLI"
# typed out of order: the later need's first, each need's later stage first
cat >"$TMP/s.csv" <<'CSV'
id,need,title,planned_start,planned_end
TST-101,TST-21,اجرا,1403/05/01,1403/07/01
TST-102,TST-20,تحویل,1403/04/01,1403/04/20
TST-103,TST-20,اجرا,۱۴۰۳/۰۲/۰۱,1403/03/30
TST-104,TST-21,برآورد و طراحی,1403/01/10,1403/02/10
CSV
"$HAMYAR" --db "$DB" import stages "$TMP/s.csv" >/dev/null; ok $? "four stages of two needs"
order() { scr_cap | grep -o 'TST-10[1-4]' | tr '\n' ' '; }

scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 7
scr_wait "TST-104" >/dev/null; ok $? "the stages list"
scr_settle
is "$(order)" "TST-103 TST-102 TST-104 TST-101 " "by need, then planned start"
scr_keys F1; scr_wait 'Help' >/dev/null; scr_keys NPage; scr_wait "Stages are listed by need, each need's" >/dev/null
ok $? "F1 says the order"
scr_keys Escape; scr_settle
scr_keys F6; scr_wait "Sort by" >/dev/null
scr_keys Down Down Enter; scr_wait "Sorted by name." >/dev/null; ok $? "F6: the title's order"
is "$(order)" "TST-101 TST-103 TST-104 TST-102 " "... by title, as before"
scr_keys F6; scr_wait "Sort by" >/dev/null
scr_keys Down Enter; scr_wait "Sorted by Need." >/dev/null; ok $? "F6: the need's order again"
is "$(order)" "TST-103 TST-102 TST-104 TST-101 " "... by need, then planned start"
scr_keys F6; scr_wait "Sort by" >/dev/null
scr_keys Down Enter; scr_wait "descending" >/dev/null; ok $? "F6 again: reversed"
is "$(order)" "TST-101 TST-104 TST-102 TST-103 " "... the last need's latest stage first"
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null; ok $? "quits"

# in Persian too: the list opens in the need's order
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 7
scr_wait "TST-104" >/dev/null; ok $? "fa: the stages list"
scr_settle
is "$(order)" "TST-103 TST-102 TST-104 TST-101 " "fa: by need, then planned start"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done_testing
