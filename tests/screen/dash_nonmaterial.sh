# The dashboard's money is of the material needs alone, as the report's
# (tests/cli/report_nonmaterial.sh): Tabriz's support need (۱۲۰٬۰۰۰٬۰۰۰,
# 50,000,000 of costs pledged on it) is not in its gap, and its
# non-material needs are counted under the bars: 1 open (1 with a pledge),
# 1 done.  The heading says the gap is the material needs'.  Before, the
# heading read "(total gap: 370,000,000 rials)" and the figures had no
# non-material line.
# Its own screen (Enter) says its gap is not in the money totals.
# The top-ranked needs show the gap the ranking scored, the support need
# TBZ-3's too: 70,000,000, its cost less the costs pledged on it (SPEC §3:
# a need's gap is its estimated cost less its material pledges; §8 ranks
# it by that gap), as `rank` and its own screen give it.  Before, "-"
# there, beside the rank and the score that gap had made.
# And no blank line under the county figures at 80x24: the top-ranked
# needs' heading follows them (before, a blank row stood between: a
# county row less).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/cli/fixtures_nonmaterial.inc"
DB="$TMP/db"
nonmat_db "$DB"; ok $? "fixture: a material and two non-material needs in Tabriz, pledges on both kinds"
# the line just above the top-ranked needs' heading (empty if none)
above() { scr_cap | awk -v h="$1" 'index($0, h) { print p; exit } { p = $0 }' | tr -d ' '; }
scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Needs by county"; ok $? "en: the dashboard"
scr_settle
scr_cap | grep -qF "(material gap: 300,000,000 rials)"; ok $? "en: the heading's gap is the material needs'"
scr_cap | grep -qF "370,000,000"; is $? 1 "en: not the gap with the support need's cost in it"
is "$(scr_cap | awk '$1 == "Tabriz" && $2 == "3" {print $NF}')" "300,000,000" "en: Tabriz's row"
scr_cap | grep -qF " non-material: 1 open (1 with a pledge), 1 done"; ok $? "en: the non-material needs counted"
is "$(above 'Top-ranked needs')" "non-material:1open(1withapledge),1doneoverduestages:0" \
    "en: the top-ranked needs' heading right under the figures, no blank row"
scr_cap | grep -qF "1–2 of 21"; ok $? "en: two county rows at 80x24"
is "$(scr_cap | awk '$2 == "TBZ-3" {print $4; exit}')" "70,000,000" "en: the top-ranked support need's gap, the one it was ranked by"
is "$("$HAMYAR" --lang en --db "$DB" rank --json | grep '"id": "TBZ-3"' | sed -n 's/.*"criteria": {[^}]*"gap": \([0-9]*\).*/\1/p')" "70000000" \
    "... as rank scores it"
is "$(scr_cap | awk '$2 == "TBZ-2" {print $4; exit}')" "300,000,000" "en: the equipment need's gap in full"
scr_keys F1; scr_wait "non-material need takes no money"; ok $? "en: the help says what the amounts count"
scr_keys Escape; scr_settle
# Enter opens the first top-ranked need, TBZ-3: its own gap, said to be
# left out of the money totals (before: the gap alone)
scr_keys Enter; scr_wait "Need TBZ-3:" >/dev/null
scr_cap | grep -qF "Gap: 70,000,000 rials  (non-material need: not in the money totals)"
ok $? "en: the support need's own gap, said to be out of the totals"
scr_keys F10; scr_wait "Needs by county" >/dev/null
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; ok $? "fa: the dashboard"
scr_settle
scr_cap | grep -qF "$(vis 'کسری مادی:')"; ok $? "fa: the heading says the gap is the material needs'"
detail_has 'کسری' 300000000; ok $? "fa: Tabriz's gap"
scr_cap | grep -qF "$(fa_amount 370000000)"; is $? 1 "fa: not the gap with the support need's cost in it"
scr_cap | grep -qF "$(vis 'معنوی: ۱ باز (۱ دارای تعهد)، ۱ انجام‌شده')"; ok $? "fa: the non-material needs counted"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done_testing
