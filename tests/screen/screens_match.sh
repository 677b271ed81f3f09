# Matching, keys only: from the dashboard, F6 asks "from a donor or a need",
# the donor is found by typing part of his name, his fitting needs are shown
# best first as `hamyar match donor` lists them; Enter on the first and F2
# record a pledge (two keys), and back on the dashboard the county's gap
# and the need's gap are lower by the pledged amount.  Then from a need:
# the donors that fit it, as `hamyar match need` lists them.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"

# The figures before: Tabriz's needs cost 300,000,000 + 80,000,000 and
# nothing is pledged (tests/data/screens/needs.csv).
work_open "$DB"
row_has "$(vis 'تبریز')" "۳۸۰٬۰۰۰٬۰۰۰"; ok $? "the dashboard shows Tabriz's gap of 380,000,000 rials"
row_has "TST-20" "۳۰۰٬۰۰۰٬۰۰۰"; ok $? "and the need TST-20 with its gap of 300,000,000 among the top-ranked"

scr_keys F6
scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')"; ok $? "F6 asks: from a donor or from a need"
scr_keys Enter
scr_type 'شرکت فول'
scr_wait "TST-10"; ok $? "typing the start of the donor's name finds him"
scr_keys Enter
scr_wait "$(vis 'نیازهای جور با یک خیّر')"; ok $? "Enter opens the needs that fit the donor"
expect=$("$HAMYAR" --db "$DB" match donor TST-10 | awk '{print $1}')
# shellcheck disable=SC2086
ids_in_order $expect; ok $? "the needs are in the order of hamyar match donor ($(echo $expect))"
scr_cap | grep -q "TST-22"; is $? 1 "a need of another county is not offered"

scr_keys Enter
scr_wait "$(vis 'F2 آن را ثبت می‌کند.')"; ok $? "Enter on the first match shows the pledge it would make"
row_has "TST-20" "۳۰۰٬۰۰۰٬۰۰۰"; ok $? "the proposed amount is the need's whole gap (the donor can cover it)"
scr_keys F2; scr_wait "$(vis 'مبلغ (ریال)')" >/dev/null; scr_keys Enter	# the amount proposed kept
scr_wait "$(vis 'ثبت شد')"; ok $? "F2 records the pledge"
scr_cap | grep -qF "TST-24"; ok $? "with the next id of the station"
"$HAMYAR" --db "$DB" export pledges | tr -d '\r' | grep -q "^TST-24,TST-10,TST-20,space,300000000,"
ok $? "the stored pledge: donor, need, type and amount"

scr_keys F10
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; ok $? "F10 goes back to the dashboard"
scr_wait "$(vis 'تبریز')"
row_has "$(vis 'تبریز')" "۸۰٬۰۰۰٬۰۰۰"; ok $? "Tabriz's gap is now 80,000,000 rials"
row_has "$(vis 'تبریز')" "۳۸۰٬۰۰۰٬۰۰۰"; is $? 1 "and no longer 380,000,000"
row_has "TST-20" "۰٫"; is $? 1 "TST-20 has no gap left, so it is no longer among the ranked (no score row)"
scr_cap | grep -qF "TST-24"; ok $? "the new pledge is in the recent activity"

# From a need: the donors that fit it.
scr_keys F6
scr_wait "$(vis 'از یک نیاز: خیّرین جور با آن')"
scr_keys Down Enter
scr_type 'دوربین'
scr_wait "TST-21"
scr_keys Enter
scr_wait "$(vis 'خیّرین جور با یک نیاز')"; ok $? "from a need: the donors that fit it"
expect=$("$HAMYAR" --db "$DB" match need TST-21 | awk '{print $1}')
# shellcheck disable=SC2086
ids_in_order $expect; ok $? "in the order of hamyar match need ($(echo $expect))"
scr_cap | grep -q "TST-12"; is $? 1 "the Ahar donor does not fit a Tabriz need"
scr_keys F10 F10 F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
