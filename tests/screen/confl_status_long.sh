# After a decision in the sync conflict screen the status line names the
# record and says what was kept; with a need's long title (as most are)
# the line was cut at its end, the decision lost («... پاسگاه انتظامی اهر
# ۵)؛ نسخهٔ این پایگاه داده مان...»).  The title gives way now, cut with an
# ellipsis, and the decision is read whole: in Persian at 80x24 (F4, this
# database's version), then in English at 80x24 (F3, the other's).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'kind,name,county\nstation,پاسگاه انتظامی اهر ۵,AHR\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\n%s\n%s\n' \
    'TBZ-1,information,آموزش همیاران اطلاعاتی پاسگاه انتظامی اهر ۵ در سال ۱۴۰۵,280000000,5,5,1404/10/30,identified' \
    'TBZ-1,equipment,خرید و نصب دوربین‌های مداربسته در ورودی‌های شهر اهر و روستاهای اطراف,950000000,4,4,1404/11/02,identified' \
    >"$TMP/n.csv"
"$HAMYAR" --db "$T" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import needs "$TMP/n.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a unit and two needs of long titles, registered at TBZ, reach HQ"
printf 'id,urgency\nTBZ-2,3\nTBZ-3,2\n' >"$TMP/t1.csv"
printf 'id,urgency,population\nTBZ-2,4,30000\nTBZ-3,5,۱۲۰۰۰\n' >"$TMP/q1.csv"
"$HAMYAR" --db "$T" import needs "$TMP/t1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import needs "$TMP/q1.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^need')" 2 "both changed on both sides: two open conflicts at HQ"

# The line must fit the 78 columns between the borders: what is shown is
# what is read.
row() { scr_cap | grep -F "$1"; }
scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۲')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'آموزش همیاران')" >/dev/null
scr_keys F4; scr_wait "$(vis 'نسخهٔ این پایگاه داده از TBZ-2 بماند؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'تعارض حل شد')" >/dev/null
line=$(row "$(vis 'تعارض حل شد')")
case $line in *"$(vis '؛ نسخهٔ این پایگاه داده ماند.')"*) ok 0 "fa: the status line ends with the decision whole" ;;
*) ok 1 "fa: the status line ends with the decision whole"; echo "# $line" ;; esac
case $line in *"$(vis 'تعارض حل شد: نیاز TBZ-2 (آموزش همیاران')"*) ok 0 "fa: ... after the need, its id and the start of its title" ;;
*) ok 1 "fa: ... after the need, its id and the start of its title"; echo "# $line" ;; esac
case $line in *"…"*) ok 0 "fa: the title cut with an ellipsis" ;;
*) ok 1 "fa: the title cut with an ellipsis"; echo "# $line" ;; esac
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

scr_start "$Q" --lang en
scr_wait "Main menu" >/dev/null; scr_keys F7
scr_wait "Open sync conflicts: 1" >/dev/null; scr_keys Enter
scr_wait "Need TBZ-3" >/dev/null
scr_keys F3; scr_wait "Keep the other version of TBZ-3?" >/dev/null; scr_keys y
scr_wait "Conflict settled: Need TBZ-3 (" >/dev/null
line=$(row "Conflict settled: Need TBZ-3 (")
case $line in *"…"*"), the version from TBZ kept.") ok 0 "en: the title cut, the decision whole" ;;
*) ok 1 "en: the title cut, the decision whole"; echo "# $line" ;; esac
"$HAMYAR" --db "$Q" export needs | grep -q '^TBZ-3,.*,2,4,,1404/11/02,'
ok $? "the other version (TBZ's urgency, no population) kept"
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
