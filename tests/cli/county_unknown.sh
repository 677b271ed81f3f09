# A county --county does not take (a name mistyped, a code guessed) was
# refused with «شهرستان «X» وجود ندارد» by user add and report, and «...
# شناخته نیست» by rank, which names neither the option nor the counties
# it takes; their codes are written nowhere an administrator reads (not in
# the README, not in hamyar.1), so adding a clerk was guesswork.  Each now
# names --county and lists every county by its code and name (Persian, or
# English under --lang en), as a bad --role lists the roles.  Exit 2, and
# nothing is written.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name "ایستگاه مرند" >/dev/null 2>&1; ok $? "init"
before=$("$HAMYAR" --db "$D" user list)

# «مرندد», «كليبر» with an Arabic ك and ي typed for a county that is not one
"$HAMYAR" --db "$D" user add ali --role clerk --county مرندد >/dev/null 2>"$TMP/err"
is $? 2 "user add with a county that is none: exit 2"
err=$(cat "$TMP/err")
holds "$err" "شهرستان «مرندد» وجود ندارد (--county)" "names the value and the option"
holds "$err" "MRD مرند" "lists Marand by code and name"
holds "$err" "KLB کلیبر" "... and Kaleybar"
holds "$err" "TBZ تبریز" "... and Tabriz"
is "$("$HAMYAR" --db "$D" user list)" "$before" "nothing was added"

"$HAMYAR" --lang en --db "$D" user add ali --role clerk --county Marandd >/dev/null 2>"$TMP/err"
is $? 2 "in English: exit 2"
holds "$(cat "$TMP/err")" "no county 'Marandd' (--county)" "names the value and the option in English"
holds "$(cat "$TMP/err")" "MRD Marand" "... and lists the counties by their English names"

"$HAMYAR" --db "$D" rank --county 'تبريزز' >/dev/null 2>"$TMP/err"
is $? 2 "rank --county a county that is none: exit 2"
holds "$(cat "$TMP/err")" "(--county)؛ کد یا نام یکی از این شهرستان‌ها را بدهید" "rank says the same"
"$HAMYAR" --db "$D" report --county XYZ >/dev/null 2>"$TMP/err"
is $? 2 "report --county XYZ: exit 2"
holds "$(cat "$TMP/err")" "AHR اهر" "report lists the counties too"

# the list names every county the program knows: each is taken back
sed -n 's/^hamyar: .*: //p' "$TMP/err" | sed 's/، /\n/g' | awk '{print $1}' >"$TMP/codes"
[ "$(grep -c '^[A-Z][A-Z][A-Z]$' "$TMP/codes")" -ge 20 ]; ok $? "the list holds the province's counties: $(grep -c . "$TMP/codes")"
for c in $(cat "$TMP/codes"); do
	"$HAMYAR" --db "$D" user add "u$(echo "$c" | tr 'A-Z' 'a-z')" --role clerk --county "$c" >/dev/null 2>&1 ||
	    echo "$c"
done >"$TMP/bad"
is "$(cat "$TMP/bad")" "" "every code listed is one user add takes"
done_testing
