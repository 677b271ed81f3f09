# A Persian sheet's yes/no cells (export --headers fa writes بله and خیر)
# read back as a clerk types them: خير with the Arabic yeh of an Arabic
# keyboard, بلی (the other spelling of yes), a cell copied from a letter
# with its direction mark (RLM) before the word.  Before, the فعال column
# of a kind that keeps deletion in its metadata (needs, pledges, payments,
# stages, recognitions) took only بله and خیر exactly, and a donor's or a
# unit's active field refused بلی and a direction mark.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1; ok $? "init station TBZ"
cat >"$TMP/units.csv" <<'EOF'
id,kind,name,county
TBZ-1,station,کلانتری ۱۱ میانه,MNH
TBZ-2,post,پاسگاه انتظامی بستان‌آباد,BST
EOF
cat >"$TMP/needs.csv" <<'EOF'
id,unit,category,title,urgency,impact,identified_on,status
TBZ-21,TBZ-1,space,احداث ساختمان کلانتری,5,4,1404/12/28,identified
TBZ-22,TBZ-2,equipment,خرید خودروی گشت,4,3,1404/11/02,assessed
TBZ-23,TBZ-2,costs,هزینه‌های خدماتی پاسگاه,3,3,1404/10/15,approved
EOF
import_each "$D" units needs; ok $? "two units and three needs"
active() {	# active KIND ID: its active cell in the English export
	"$HAMYAR" --db "$D" export "$1" | tr -d '\r' | awk -F, -v id="$2" '$1 == id { print $NF }'
}
RLM=$(printf '\342\200\217')

# the فعال column of needs: خير (Arabic yeh), خیر after an RLM, بلی
printf 'شناسه,فعال\r\nTBZ-21,خير\r\nTBZ-22,%sخیر\r\n' "$RLM" >"$TMP/n1.csv"
"$HAMYAR" --db "$D" import needs "$TMP/n1.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "needs' فعال: خير with an Arabic yeh, خیر after an RLM: read"
sed 's/^/# /' "$TMP/err"
is "$(active needs TBZ-21),$(active needs TBZ-22),$(active needs TBZ-23)" "0,0,1" "... as no: the two needs deleted"
printf 'شناسه,فعال\r\nTBZ-21,بلی\r\nTBZ-22,بلي\r\n' >"$TMP/n2.csv"
"$HAMYAR" --db "$D" import needs "$TMP/n2.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "بلی, and بلي with an Arabic yeh: read"
sed 's/^/# /' "$TMP/err"
is "$(active needs TBZ-21),$(active needs TBZ-22)" "1,1" "... as yes: both restored"

# a unit's active field
printf 'شناسه,فعال\r\nTBZ-1,%sخير\r\nTBZ-2,بلی\r\n' "$RLM" >"$TMP/u.csv"
"$HAMYAR" --db "$D" import units "$TMP/u.csv" >"$TMP/out" 2>"$TMP/err"; ok $? "a unit's فعال: خير after an RLM, بلی: read"
sed 's/^/# /' "$TMP/err"
is "$(active units TBZ-1),$(active units TBZ-2)" "0,1" "... as no and yes"

# what is neither is still refused, saying what is taken
printf 'شناسه,فعال\r\nTBZ-23,شاید\r\n' >"$TMP/n3.csv"
"$HAMYAR" --db "$D" import needs "$TMP/n3.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "شاید: refused"
holds "$(cat "$TMP/err")" "ستون 2 (فعال): 1 (بله) برای رکورد در کار، 0 (خیر) برای رکورد حذف‌شده" "... naming 1 and 0 with بله and خیر, as the Persian sheet writes them"
is "$(active needs TBZ-23)" 1 "... and nothing changed"
done_testing
