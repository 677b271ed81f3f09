# report --html: the bars of the charts of needs per county and per type.
# A county or type with an estimated cost or a gap has a bar that shows,
# however small beside the largest (a county's 1,600,000,000 gap beside
# Tabriz's 2,500,300,000,000 estimate was a bar 0 wide: no gap at all to
# the eye), and the bars keep their proportions.  Persian and English.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1
units_csv AJB
# Tabriz 2,500,300,000,000; Maragheh 1,800,000,000; Ajabshir 1,250,150,000,000.
cat >"$TMP/needs.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-1,space,بازسازی ساختمان کلانتري,2500000000000,5,4,1403/12/30,approved
TBZ-1,costs,هزینهٔ نگهبانی,300000000,3,3,1404/01/01,assessed
TBZ-2,equipment,خودروی گشت پلیس‌راه,۱٬۸۰۰٬۰۰۰٬۰۰۰,4,5,1402/12/29,identified
TBZ-3,space,ساخت پاسگاه,1250150000000,2,2,1399/12/30,approved
CSV
import_each "$D" units needs

# bars FILE CHART: "NAME EST-WIDTH GAP-WIDTH" per row of chart CHART (1:
# counties, 2: types) of the page FILE, one line each.
bars() {
	python3 - "$1" "$2" <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
svg = re.findall(r"<svg .*?</svg>", page, re.S)[int(sys.argv[2]) - 1]
# (a label and each bar hold a <title> of the name and amounts)
rows = re.findall(r'<text [^>]*>(?:<title>[^<]*</title>)?([^<]*)</text>\s*<rect [^>]*width="(\d+)"[^>]*class="est"(?:/>|>.*?</rect>)\s*<rect [^>]*width="(\d+)"[^>]*class="gap"', svg)
for name, est, gap in rows:
	print(name.replace(" ", "_"), est, gap)
PY
}
for lang in fa en; do
	"$HAMYAR" --lang $lang --db "$D" report --html "$TMP/$lang.html"; ok $? "$lang: report --html"
	bars "$TMP/$lang.html" 1 >"$TMP/b"
	case $lang in fa) tbz=تبریز mrg=مراغه ajb=عجب‌شیر ;; en) tbz=Tabriz mrg=Maragheh ajb=Ajabshir ;; esac
	row() { awk -v n="$1" '$1 == n { print $2, $3 }' "$TMP/b"; }
	is "$(row $tbz)" "470 470" "$lang: Tabriz, the largest estimate (no pledge): its estimate and gap the whole span"
	set -- $(row $mrg)
	[ "${1:-0}" -ge 1 ] && [ "${2:-0}" -ge 1 ]; ok $? "$lang: Maragheh's estimate and gap (1,800,000,000) show ($1, $2 wide)"
	set -- $(row $ajb)
	is "$*" "235 235" "$lang: Ajabshir's estimate and gap half of Tabriz's"
	bars "$TMP/$lang.html" 2 >"$TMP/b"
	# the material types alone (a non-material need has no amounts),
	# each with a need: each has a bar (costs: 300,000,000)
	awk '$2 == 0 && $1 != "" { z++ } END { print z + 0 }' "$TMP/b" >"$TMP/z"
	is "$(cat "$TMP/z")" 0 "$lang: the three types with a need have a bar (costs: 300,000,000)"
	is "$(wc -l <"$TMP/b" | tr -d ' ')" 3 "$lang: the three material types in the chart, none other"
done
done_testing
