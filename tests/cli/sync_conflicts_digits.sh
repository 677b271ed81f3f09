# `sync conflicts` in Persian writes a record's figures in Persian digits,
# as `hamyar audit` does: its amounts grouped («۴۰۰٬۰۰۰٬۰۰۰», as before),
# a whole number too («فوریت: ما=«۵» آن‌ها=«۲»», a population «۳۰٬۰۰۰»),
# and a title stored beside them in those digits, a Latin word's as
# written (`4MP`).  Before, «۴۰۰٬۰۰۰٬۰۰۰» stood above «5» and «پاسگاه 3».
# Under --lang en, and for a user who chose ASCII digits, as stored.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/sync.inc"
"$HAMYAR" --db "$Q" sync trust TBZ "$(key "$T")" >/dev/null
"$HAMYAR" --db "$T" sync trust HQ "$(key "$Q")" >/dev/null
printf 'id,kind,name,county\nTBZ-1,post,پاسگاه انتظامي تبریز ۳,TBZ\n' >"$TMP/u.csv"
printf 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status\nTBZ-10,TBZ-1,space,تعمیر سقف پاسگاه,100000000,4,3,20000,1405/07/01,identified\n' >"$TMP/n.csv"
"$HAMYAR" --db "$T" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import needs "$TMP/n.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a need made at TBZ reaches HQ"
printf 'id,estimated_cost,urgency,population,title\nTBZ-10,1250000000,5,30000,تعمیر سقف پاسگاه 3\n' >"$TMP/c1.csv"
printf 'id,estimated_cost,urgency,population,title\nTBZ-10,980000000,2,45000,نصب ۲ دوربين 4MP\n' >"$TMP/c2.csv"
"$HAMYAR" --db "$Q" import needs "$TMP/c1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import needs "$TMP/c2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both changed the need's cost, urgency, population and title; TBZ's bundle at HQ"

"$HAMYAR" --db "$Q" sync conflicts >"$TMP/fa"; ok $? "sync conflicts in Persian"
has() { grep -qF -- "$1" "$TMP/$3"; ok $? "$2"; }
has '  هزینهٔ برآوردی (ریال) (estimated_cost): ما=«۱٬۲۵۰٬۰۰۰٬۰۰۰» آن‌ها=«۹۸۰٬۰۰۰٬۰۰۰» ' "fa: the cost in Persian digits, as before" fa
has '  فوریت (urgency): ما=«۵» آن‌ها=«۲» ' "fa: urgency in Persian digits" fa
has '  جمعیت تحت پوشش (population): ما=«۳۰٬۰۰۰» آن‌ها=«۴۵٬۰۰۰» ' "fa: the population grouped in Persian digits" fa
has '  عنوان (title): ما=«تعمیر سقف پاسگاه ۳» آن‌ها=«نصب ۲ دوربین 4MP» ' "fa: the titles in the figures' digits, 4MP as written" fa

"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/en"; ok $? "sync conflicts --lang en"
has '  urgency: mine="5" theirs="2" ' "en: urgency as stored" en
has '  population: mine="30000" theirs="45000" ' "en: the population as stored" en
has '  title: mine="تعمیر سقف پاسگاه 3" theirs="نصب 2 دوربین 4MP" ' "en: the titles as stored" en

PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"
"$PUT" "$Q" --setting "user.$(id -un).digits" ascii; ok $? "digits: ascii"
"$HAMYAR" --db "$Q" sync conflicts >"$TMP/fa2"; ok $? "sync conflicts in Persian, ASCII digits chosen"
has '  فوریت (urgency): ما=«5» آن‌ها=«2» ' "... urgency in ASCII" fa2
has '  جمعیت تحت پوشش (population): ما=«30,000» آن‌ها=«45,000» ' "... the population grouped with commas, as the amounts" fa2
has '  عنوان (title): ما=«تعمیر سقف پاسگاه 3» آن‌ها=«نصب 2 دوربین 4MP» ' "... the titles as stored" fa2
done_testing
