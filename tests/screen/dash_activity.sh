# The dashboard's recent activity reads as Persian: the record, then the
# verb ("پرداخت TBZ-7 را افزود", "مشارکت TBZ-6 را تغییر داد"), where the
# words were joined in English order ("افزود پرداخت TBZ-7": added payment).
# English keeps its order.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null 2>&1
printf 'kind,name,county\nperson,علی‌رضا کريمی,TBZ\n' >"$TMP/d.csv"
printf 'kind,name,county\nstation,کلانتری ۱۱ تبریز,TBZ\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nTBZ-2,space,بازسازی ساختمان کلانتري,۲٬۵۰۰٬۰۰۰٬۰۰۰,5,4,1403/12/30,approved\n' >"$TMP/n.csv"
printf 'donor,need,type,amount,pledged_on,status\nTBZ-1,TBZ-3,space,1000000000,1403/12/30,pledged\n' >"$TMP/p.csv"
printf 'pledge,paid_on,amount,receipt\nTBZ-4,1404/01/15,400000000,R-1\n' >"$TMP/y.csv"
for f in d:donors u:units n:needs p:pledges y:payments; do
	"$HAMYAR" --db "$DB" import ${f#*:} "$TMP/${f%:*}.csv" >/dev/null 2>&1 || echo "# import ${f#*:} failed"
done
# the payment TBZ-5 was added; it changed its pledge TBZ-4 (now partial)
work_open "$DB"
scr_wait "$(vis 'فعالیت‌های اخیر')" >/dev/null
scr_cap | grep -qF "$(vis 'پرداخت TBZ-5 را افزود')"; ok $? "fa: 'پرداخت TBZ-5 را افزود' (payment TBZ-5 added)"
scr_cap | grep -qF "$(vis 'مشارکت TBZ-4 را تغییر داد')"; ok $? "fa: 'مشارکت TBZ-4 را تغییر داد' (pledge TBZ-4 changed)"
scr_cap | grep -qF "$(vis 'نیاز TBZ-3 را افزود')"; ok $? "fa: 'نیاز TBZ-3 را افزود' (need TBZ-3 added)"
scr_cap | grep -qF "$(vis 'افزود پرداخت')"; is $? 1 "fa: no verb before its object"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

tm kill-server >/dev/null 2>&1
scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Recent activity" >/dev/null
scr_cap | grep -qF "added Payment TBZ-5"; ok $? "en: 'added Payment TBZ-5'"
scr_cap | grep -qF "changed Pledge TBZ-4"; ok $? "en: 'changed Pledge TBZ-4'"
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done_testing
