# The head line of the matching screen keeps its figure whole at 80x24: a
# need's long title (or a donor's long name) is what gets cut, with an
# ellipsis, not the gap or the capacity after it.  With the title before
# the figure, «کسری ۳۰۰٬۰۰۰٬۰۰۰ ریال» came out as «کسری ۳۰…», a number a
# clerk could take for thirty rials.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'id,title\nTST-20,%s\n' 'ساخت اتاق نگهبانی و سرویس بهداشتی کلانتری ۱۲ Tabriz با دیوارکشی و نورپردازی محوطه' >"$TMP/n.csv"
printf 'id,name\nTST-10,%s\n' 'شرکت تعاونی تولیدی و صنعتی فولادسازان آذربایجان شرقی Azar Steel Co. شعبهٔ تبریز' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null &&
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "a need with a long title, a donor with a long name"

work_open "$DB"
scr_keys F6; scr_wait "$(vis 'از یک نیاز: خیّرین جور با آن')" >/dev/null
scr_pick 'از یک نیاز: خیّرین جور با آن'
scr_type 'TST-20'; scr_wait "TST-20" >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّرین جور با یک نیاز')"; ok $? "the donors that fit TST-20"
head=$(scr_cap | sed -n 2p)
holds "$head" "۳۰۰٬۰۰۰٬۰۰۰" "the need's gap is whole on the head line"
case $head in *"…"*"$(vis 'ساخت اتاق نگهبانی')"*) r=0 ;; *) r=1 ;; esac
ok $r "... its long title cut at its end, with an ellipsis"
[ $r = 0 ] || echo "# $head"

scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter
scr_type 'TST-10'; scr_wait "TST-10" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نیازهای جور با یک خیّر')"; ok $? "the needs that fit TST-10"
head=$(scr_cap | sed -n 2p)
holds "$head" "۵۰۰٬۰۰۰٬۰۰۰" "the donor's capacity is whole on the head line"
case $head in *"…"*"$(vis 'شرکت تعاونی')"*) r=0 ;; *) r=1 ;; esac
ok $r "... the long name cut at its end, with an ellipsis"
[ $r = 0 ] || echo "# $head"
done_testing
