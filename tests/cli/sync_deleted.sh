# A need deleted at HQ (made inactive) while its station retitled it: the
# station's edit, newer, wins at HQ and the need is active again, with a
# conflict waiting.  Deleted or not is the record's state, not one of its
# fields, so before the listing did not show it and no decision brought it
# back: "mine", "merge", everything left the need active, and HQ's
# deletion was lost.  Now `sync conflicts` says which side has it deleted,
# and the side kept gives the state (mine for a merge).  In the full-screen
# program the conflict screen says it on a line of its own.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
. "$HAMYAR_SRC/tests/screen/screen.inc"
trust_star
active() {	# active DB ID: the need's active column in `export needs`
	"$HAMYAR" --db "$1" export needs | tr -d '\r' | grep "^$2," | sed 's/.*,//'
}
title() { "$HAMYAR" --db "$1" export needs | tr -d '\r' | grep "^$2," | cut -d, -f4; }

printf 'name,kind,county\nکلانتری ۱۱ تبریز,station,TBZ\n' >"$TMP/u.csv"
printf 'unit,category,title,urgency,impact,identified_on,status\n' >"$TMP/n.csv"
for t in 'بازسازی ساختمان' 'خرید دوربین' 'تعمیر خودرو'; do
	printf 'TBZ-1,space,%s,5,4,1403/01/15,approved\n' "$t" >>"$TMP/n.csv"
done
"$HAMYAR" --db "$T" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import needs "$TMP/n.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "three needs of TBZ reach HQ"
printf 'id,active\nTBZ-2,0\nTBZ-3,0\nTBZ-4,0\n' >"$TMP/d.csv"
printf 'id,title\nTBZ-2,بازسازی کامل ساختمان\nTBZ-3,خرید دو دوربین\nTBZ-4,تعمیر دو خودرو\n' >"$TMP/e.csv"
"$HAMYAR" --db "$Q" import needs "$TMP/d.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import needs "$TMP/e.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "HQ deletes them, TBZ retitles them later; TBZ's bundle reaches HQ"
is "$(active "$Q" TBZ-2)" 1 "TBZ's newer edit is in use at HQ: the need active again"
"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/c"
is "$(grep -c '^need' "$TMP/c")" 3 "three conflicts"
is "$(grep -c '^  deleted: mine=yes theirs=no$' "$TMP/c")" 3 "... each saying HQ's version has the need deleted, TBZ's not"
"$HAMYAR" --db "$Q" sync conflicts | grep -q '^  حذف‌شده: ما=بله آن‌ها=خیر$'; ok $? "in Persian: حذف‌شده: ما=بله آن‌ها=خیر"

"$HAMYAR" --db "$Q" sync resolve TBZ-2 mine >/dev/null; ok $? "TBZ-2: mine"
is "$(active "$Q" TBZ-2)" 0 "... deleted again, as HQ had it"
is "$(title "$Q" TBZ-2)" "بازسازی ساختمان" "... with HQ's title"
"$HAMYAR" --db "$Q" sync resolve TBZ-3 merge >/dev/null; ok $? "TBZ-3: merge"
is "$(active "$Q" TBZ-3)" 0 "... deleted, as HQ's version (a mixture is mine with theirs' fields)"
is "$(title "$Q" TBZ-3)" "خرید دو دوربین" "... with TBZ's title, which TBZ alone changed"
"$HAMYAR" --db "$Q" sync resolve TBZ-4 theirs >/dev/null; ok $? "TBZ-4: theirs"
is "$(active "$Q" TBZ-4)" 1 "... active, as TBZ's version"
is "$("$HAMYAR" --lang en --db "$Q" audit --id TBZ-2 | grep -c 'deactivate need "TBZ-2"')" 2 \
    "the deletion kept is in the audit log (HQ's and the decision's)"

bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ
is "$("$HAMYAR" --lang en --db "$T" sync conflicts | grep -c '^need')" 0 "the decisions reach TBZ: no conflict left there"
is "$(active "$T" TBZ-2)$(active "$T" TBZ-3)$(active "$T" TBZ-4)" 001 "TBZ holds the needs as decided"
"$HAMYAR" --db "$T" export needs >"$TMP/t.csv"; "$HAMYAR" --db "$Q" export needs >"$TMP/q.csv"
cmp -s "$TMP/t.csv" "$TMP/q.csv"; ok $? "TBZ and HQ export the same needs"

# the conflict screen says it too
printf 'id,active\nTBZ-4,0\n' >"$TMP/d2.csv"
printf 'id,title\nTBZ-4,تعمیر سه خودرو\n' >"$TMP/e2.csv"
"$HAMYAR" --db "$Q" import needs "$TMP/d2.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import needs "$TMP/e2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F7; scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null
scr_keys Enter
scr_wait "$(vis 'نسخهٔ این پایگاه داده آن را حذف کرده است (F2 و F4 همین را نگه می‌دارند).')"
ok $? "the conflict screen: this database's version has it deleted"
scr_keys F2; scr_wait "$(vis 'TBZ-4 با مقدارهای نشان‌زده ذخیره شود؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'تعارض بازی نیست')" >/dev/null
is "$(active "$Q" TBZ-4)" 0 "F2 (TBZ's title marked, every field of theirs): still deleted, as the line said"
is "$(title "$Q" TBZ-4)" "تعمیر سه خودرو" "... with TBZ's title"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
done_testing
