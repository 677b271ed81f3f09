# A pledge whose type does not fit its need's category (costs, material,
# moved onto a support need, which takes no money; a pledge given the
# type policing, non-material, on a space need, whose gap is rials) is
# warned about under its type at F2, naming the pledge's type and the
# need's category by their labels, and F2 asks before saving, as about
# the form's other warnings; a second save of it as it is asks nothing.
# Before, F2 saved without a word.  (import pledges says the same:
# tests/cli/import_pledge_type_category.sh.)
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
cat >"$TMP/n.csv" <<'CSV'
id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status
TST-24,TST-1,support,بسته‌های معيشتي کارکنان,,3,3,2000,1403/10/01,approved
CSV
work_fixture "$DB" && "$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: TST-24 a support need; TST-31 a space pledge on TST-22"
field_of() { "$HAMYAR" --db "$DB" export pledges | tr -d '\r' | awk -F, -v p="$1" -v f="$2" '$1 == p { print $f }'; }
ASK="$(vis 'هشدار در: نوع مشارکت. با این حال این رکورد ذخیره شود؟')"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 5
scr_wait "TST-31" >/dev/null; scr_type 'TST-31'; scr_settle; scr_keys Enter
scr_wait "$(vis 'مشارکت TST-31')"; ok $? "the pledge TST-31 opens"
scr_keys Tab; scr_keys C-u; scr_type 'tst-۲۴'; scr_keys Tab; scr_settle
scr_keys F2
scr_wait "$ASK"; ok $? "a space pledge moved onto the support TST-24: F2 asks, naming the type"
scr_cap | grep -qF "$(vis 'مادی است ولی دستهٔ نیازش')"; ok $? "... the warning under the type: material, the need's category not"
scr_cap | grep -qF "$(vis '«توسعهٔ فضاهای انتظامی»')"; ok $? "... naming the pledge's type"
scr_cap | grep -qF "$(vis '«حمایتی»، معنوی است')"; ok $? "... and the need's category"
scr_keys n; scr_gone "$ASK" >/dev/null
is "$(field_of TST-31 3)" TST-22 "no: still on TST-22"
scr_keys F2; scr_wait "$ASK" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; ok $? "yes: saved"
is "$(field_of TST-31 3)" TST-24 "TST-31 is on TST-24"
scr_keys Enter; scr_wait "$(vis 'مشارکت TST-31')" >/dev/null; scr_keys F2
scr_wait "$(vis 'جست‌وجو:')"; ok $? "opened and saved again as it is: no question"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"

# in English, the other way: TST-30 (space on TST-22) given the type
# volunteer policing
scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 5
scr_wait "TST-30" >/dev/null; scr_type 'TST-30'; scr_settle; scr_keys Enter
scr_wait "Pledge TST-30"; ok $? "en: the pledge TST-30 opens"
scr_keys Tab Tab; scr_type 'policing'; scr_keys Tab; scr_settle
scr_keys F2; scr_wait "Warnings on: Type"; ok $? "en: policing on the space need: F2 asks"
scr_cap | tr -s ' \n' ' ' | grep -qF "\"Volunteer policing\", is non-material, but its need's category, \"Development of police spaces\", is material"
ok $? "en: ... naming both"
scr_keys n; scr_keys Escape; scr_settle
scr_wait "Discard" >/dev/null && scr_keys y
scr_wait "Search:" >/dev/null
is "$(field_of TST-30 4)" space "en: not saved: still space"
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "en: quits"
done_testing
