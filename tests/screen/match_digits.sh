# The matching screen from a donor names him on its head line in the
# user's digits, as the list of donors and his form do («کارگاه ۲۲ بهمن»),
# beside his capacity (and free capacity) in Persian digits and his id as
# stored (TST-10).
# Before, the name alone kept the stored ASCII digits («کارگاه 22 بهمن»),
# while the same screen from a need showed its title in Persian ones.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
# typed with Persian and ASCII digits mixed, an Arabic yeh in «توليدي»
printf 'id,name\nTST-10,%s\n' 'کارگاه توليدي 22 بهمن شمارهٔ ۳' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "a donor whose name holds figures"

work_open "$DB"
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter
scr_type 'کارگاه'; scr_wait "TST-10" >/dev/null
# the picker cuts a long name in its middle (its start and end kept)
row=$(scr_cap | grep -F 'TST-10')
holds "$row" "$(vis 'بهمن شمارهٔ ۳')" "the list to pick him from: his name in Persian digits"
case $row in *22*|*3*) r=1 ;; *) r=0 ;; esac
ok $r "... none of its figures in ASCII digits"
scr_keys Enter
scr_wait "$(vis 'نیازهای جور با یک خیّر')"; ok $? "the needs that fit TST-10"
head=$(scr_cap | sed -n 2p)
# at 80 columns his capacity and free capacity come first, and the name
# is cut after its figure (not in ASCII digits: «کارگاه تولیدی 22»)
holds "$head" "$(vis 'کارگاه تولیدی ۲۲')" "the head line names him in Persian digits, as the list did"
holds "$head" "$(vis 'توان مالی: ۵۰۰٬۰۰۰٬۰۰۰، آزاد: ۵۰۰٬۰۰۰٬۰۰۰ ریال')" \
    "... beside his capacity and free capacity in Persian digits"
holds "$head" "TST-10" "... and his id as stored"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
