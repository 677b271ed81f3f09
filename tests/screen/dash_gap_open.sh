# The dashboard's gaps count open needs only, as the report's do: a done
# need (Tabriz's TBZ-4, 150,000,000 unpledged; Marand's TBZ-7, 2,950,000,000)
# has no gap left to fund.  The heading's total gap is 130,000,000, and
# Marand's row and its figures under the bars show a gap of 0.  Before,
# the total was 3,230,000,000.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/cli/fixtures_gap_open.inc"
DB="$TMP/db"
gap_open_db "$DB"; ok $? "fixture: open, done and rejected needs in Tabriz, a done one in Marand"
scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Needs by county"; ok $? "en: the dashboard"
scr_settle
scr_cap | grep -qF "(total gap: 130,000,000 rials)"; ok $? "en: the total gap is of the open needs"
scr_cap | grep -qF "3,230,000,000"; is $? 1 "en: not the old total with the done needs"
# the selected county's figures under the bars (Marand is first: M < T)
scr_cap | grep -qF "gap: 0 rials"; ok $? "en: Marand's done need leaves no gap"
scr_keys Down; scr_settle
scr_cap | grep -qF "gap: 130,000,000 rials"; ok $? "en: Tabriz's gap: the open needs'"
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done_testing
