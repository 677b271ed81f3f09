# report --html: the charts have a value scale a printout keeps.  Their
# amounts were only in hover tooltips (<title>), which paper does not
# show; now the bar charts have gridlines at round amounts with their
# values under the bars, and the time chart gridlines across with their
# values on its y axis, in the page's digits, grouped (the legend names
# the unit).  Expected steps: a scale of at most 4-5 parts of 1, 2, 2.5
# or 5 times a power of ten: counties up to 2,950,000,000 in steps of
# 1,000,000,000; types up to 3,150,000,000 likewise; the time chart up
# to 80,000,000 pledged in steps of 20,000,000.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/fixtures_gap_open.inc"
export HAMYAR_TODAY=1404/06/01
D="$TMP/db"
gap_open_db "$D"; ok $? "fixture: Marand's 2,950,000,000, 80,000,000 pledged"
"$HAMYAR" --db "$D" --lang en report --html "$TMP/en.html"; ok $? "report --html --lang en"
# svg N FILE: the Nth chart; scale: its scale's values in order
svg() { python3 - "$2" "$1" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
print(re.findall(r"<svg .*?</svg>", page, re.S)[int(sys.argv[2]) - 1])
PY
}
scale() { grep -o 'class="scale">[^<]*<' | sed 's/class="scale">//; s/<$//' | tr '\n' ' '; }
is "$(svg 1 "$TMP/en.html" | scale)" "0 1,000,000,000 2,000,000,000 " "en: the county chart's scale"
is "$(svg 1 "$TMP/en.html" | grep -c 'class="grid"')" 3 "en: ... with a gridline at each value"
is "$(svg 2 "$TMP/en.html" | scale)" "0 1,000,000,000 2,000,000,000 3,000,000,000 " "en: the type chart's scale"
is "$(svg 3 "$TMP/en.html" | scale)" "20,000,000 40,000,000 60,000,000 80,000,000 " "en: the time chart's y axis"
is "$(svg 3 "$TMP/en.html" | grep -c 'class="grid"')" 4 "en: ... with its gridlines"
# the 1,000,000,000 line is a third of the way along the bars' 470 pixels
# from the labels' edge (490; on an English page mirrored: 190 + 159)
svg 1 "$TMP/en.html" | grep -qF '<line x1="349" y1="30" x2="349"'; ok $? "en: the 1,000,000,000 gridline where a bar of that amount ends"
"$HAMYAR" --db "$D" report --html "$TMP/fa.html"; ok $? "report --html"
is "$(svg 3 "$TMP/fa.html" | scale)" "۲۰٬۰۰۰٬۰۰۰ ۴۰٬۰۰۰٬۰۰۰ ۶۰٬۰۰۰٬۰۰۰ ۸۰٬۰۰۰٬۰۰۰ " "fa: the time chart's values in Persian digits"
is "$(svg 1 "$TMP/fa.html" | scale)" "۰ ۱٬۰۰۰٬۰۰۰٬۰۰۰ ۲٬۰۰۰٬۰۰۰٬۰۰۰ " "fa: the county chart's too"
svg 1 "$TMP/fa.html" | grep -qF '<line x1="331" y1="30" x2="331"'; ok $? "fa: right to left, the 1,000,000,000 line 159 pixels left of the labels' edge"
done_testing
