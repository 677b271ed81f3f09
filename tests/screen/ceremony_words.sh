# Words of the ceremonies and the matching screen, one for one thing and
# each with its unit: the ceremonies' list heads its place column «مکان»
# and the ceremony's form asks «مکان:», as the new ceremony's box does
# (before, «محل» and «محل:»); the donors by
# giving, in toman at 80 columns, head the money paid in the period with
# its unit, «(تومان)», in every form but the narrowest (before, its second
# form was «پرداختی بازه», the unit lost, where the English says "Toman
# paid in the period"); the matching screen's F2 box asks «مبلغ (ریال):»
# with its colon, as every other box (before, «مبلغ (ریال)»).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_long_name_fixture
jal() { "$HAMYAR" date g2j "$(date -d "-$1 days" +%Y-%m-%d)"; }
printf 'pledge,paid_on,amount,receipt\nTST-30,%s,45000000,فیش ۱\n' "$(jal 30)" >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null 2>&1; ok $? "a payment in the last year"
printf 'id,held_on,title,place,donors\nTST-50,%s,تجلیل از خیّرین دههٔ فجر,سالن اجتماعات فرمانداری,\n' "$(jal 400)" >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null 2>&1; ok $? "a ceremony"
row_of() { scr_cap | grep -F -- "$1" | grep -F '│' | head -n 1; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 8
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_settle
h=$(scr_cap | grep -F -- "$(vis 'عنوان')" | head -n 1)
holds "$h" "$(vis 'مکان')" "the ceremonies' list: the place headed «مکان»"
case $h in *"$(vis 'محل')"*) ok 1 "... not «محل»"; echo "# $h" ;; *) ok 0 "... not «محل»" ;; esac
scr_keys F5; scr_wait "$(vis 'خیّرین تجلیل‌شده:')" >/dev/null
scr_cap | grep -qF "$(vis 'مکان:')"; ok $? "... the new ceremony's form asks «مکان:» too"
scr_keys Escape; scr_settle; scr_cap | grep -qF "$(vis 'دور بریزیم')" && scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null
# amounts in toman (the settings, as amount_toman.sh)
scr_keys F9; scr_wait "$(vis 'همهٔ تنظیمات (رنگ‌ها، ریال یا تومان، ...)')" >/dev/null
scr_keys Down Down Down Enter; scr_wait "$(vis 'تنظیمات حساب شما')" >/dev/null
scr_keys Down Down Down Down Down Enter
scr_wait "$(vis 'واحد مبلغ‌ها: تومان')"; ok $? "amounts switched to toman"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 8; scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'خیّرین تجلیل‌شده:')" >/dev/null
scr_keys Tab Tab Tab; scr_settle
scr_keys F7; scr_wait "$(vis 'خیّرین به‌ترتیب کمک')" >/dev/null; scr_settle
h=$(row_of "$(vis 'نام')")
holds "$h" "$(vis '(تومان)')" "the donors by giving in toman at 80 columns: the period's paid heading in toman"
# narrower, each width its form: «پرداختی بازه» never without its unit
# (the narrowest, «پرداخت بازه», which F1 explains, may be)
bad=
for w in 79 78 77 76 75 74 73 72 71 70 69 68 67 66 65 64; do
	scr_resize $w 24
	h=$(row_of "$(vis 'نام')")
	case $h in *"$(vis 'پرداختی بازه')"*) case $h in *"$(vis '(تومان)')"*) ;; *) bad="$bad $w" ;; esac ;; esac
done
[ -z "$bad" ]; ok $? "... at 64 to 79 columns, never «پرداختی بازه» without «(تومان)» (at:$bad)"
scr_resize 80 24
scr_keys F10; scr_settle
scr_keys Escape; scr_settle; scr_cap | grep -qF "$(vis 'دور بریزیم')" && scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
