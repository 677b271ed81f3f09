# The dashboard's gaps count open needs only, as the report's do: a done
# need (Tabriz's TBZ-4, 150,000,000 unpledged; Marand's TBZ-7, 2,950,000,000)
# has no gap left to fund.  The heading's gap is 130,000,000, and
# Marand's row and its figures under the bars show a gap of 0, Tabriz's
# 130,000,000 (280,000,000 with its done need).  Before, the total was
# 3,230,000,000.
# Tabriz's figures are read from their own lines: its gap is the heading's
# too, and "gap: 130,000,000 rials" found anywhere on the screen matched the
# heading whatever the figures said (the check passed with Down not
# pressed, with Marand's figures still shown).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/cli/fixtures_gap_open.inc"
DB="$TMP/db"
gap_open_db "$DB"; ok $? "fixture: open, done and rejected needs in Tabriz, a done one in Marand"
scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Needs by county"; ok $? "en: the dashboard"
scr_settle
scr_cap | grep -qF "(material gap: 130,000,000 rials)"; ok $? "en: the total gap is of the open needs"
scr_cap | grep -qF "3,230,000,000"; is $? 1 "en: not the old total with the done needs"
# the rows' gap column, each county's own
is "$(scr_cap | awk '$1 == "Marand" && $2 == "1" {print $NF}')" "0" "en: Marand's row: its done need leaves no gap"
is "$(scr_cap | awk '$1 == "Tabriz" && $2 == "3" {print $NF}')" "130,000,000" "en: Tabriz's row: the open needs' gap"
# the selected county's figures under the bars (Marand is first: M < T),
# from the line naming it to the top-ranked needs' heading
figures() { scr_cap | awk -v c="$1" 'index($0, " " c ":") == 1 { f = 1 } /Top-ranked needs/ { f = 0 } f' | tr '\n' ' ' | tr -s ' '; }
is "$(figures Marand)" " Marand: estimated cost: 2,950,000,000 pledged: 0 received: 0 gap: 0 rials overdue stages: 0 " \
    "en: Marand's figures: its done need leaves no gap"
scr_keys Down; scr_settle
is "$(figures Tabriz)" " Tabriz: estimated cost: 360,000,000 pledged: 80,000,000 received: 0 gap: 130,000,000 rials overdue stages: 0 " \
    "en: Tabriz's figures: the gap of its open needs, not of the done TBZ-4"
# no blank row under the figures: the top-ranked needs' heading follows
# Tabriz's last line of figures (before, a blank row stood between)
is "$(scr_cap | awk 'index($0, "Top-ranked needs") { print p; exit } { p = $0 }' | tr -s ' ')" \
    " gap: 130,000,000 rials overdue stages: 0" "en: the top-ranked needs right under the figures"
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done_testing
