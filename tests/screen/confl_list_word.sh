# The sync conflict list at 41x20 in Persian (where the name column,
# its columns as wide as their contents, has 21 cells: one more than
# «تعمیر سقف پاسگاه و ن» and its «…»; at 80x24 it now has room for most
# of the title): a need's title too long for
# the name column is cut after a whole word, «تعمیر سقف پاسگاه…» (a
# joining «و» left off with the rest), not with one letter of the next,
# «... و ن…», which a clerk reads as noise
# (the shared cut of every list, tui_draw_text: a word is kept whole
# or with three letters of it at least).  The title typed with Arabic ي.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'kind,name,county\npost,پاسگاه ممقان,TBZ\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status,description\nTBZ-1,space,تعمیر سقف پاسگاه و نصب ناودان‌های جدید در ساختمان اصلي,2000000000,5,5,1405/07/15,approved,شرح اولیه\n' >"$TMP/n.csv"
"$HAMYAR" --db "$T" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import needs "$TMP/n.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a need of TBZ reaches HQ"
printf 'id,description\nTBZ-2,شرح ستاد\n' >"$TMP/q.csv"
printf 'id,description\nTBZ-2,شرح ایستگاه\n' >"$TMP/t.csv"
"$HAMYAR" --db "$Q" import needs "$TMP/q.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import needs "$TMP/t.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both changed its description; TBZ's bundle at HQ"

SCR_SIZE=41x20
scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')"; ok $? "F7: the conflict list"
scr_settle
row=$(scr_cap | grep -F 'TBZ-2')
case $row in *"$(vis 'تعمیر سقف پاسگاه…')"*) ok 0 "the title cut after a whole word, «... پاسگاه…»" ;;
*) ok 1 "the title cut after a whole word, «... پاسگاه…»"; echo "# $row" ;; esac
case $row in *"$(vis 'و…')"*) ok 1 "... not on a joining «و…»" ;; *) ok 0 "... not on a joining «و…»" ;; esac
case $row in *"$(vis 'و ن…')"*) ok 1 "... not «و ن…»" ;; *) ok 0 "... not «و ن…»" ;; esac
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
