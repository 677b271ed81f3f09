# One donor edited at three databases while apart (TBZ the mobile, MRG the
# address, HQ the notes): at HQ the record waits with two versions, TBZ's
# (set aside when MRG's won) and HQ's own (set aside when TBZ's won).
# `sync resolve ID merge` keeps the changes of all three: what only an
# older waiting version changed is kept too, where no other side changed
# the field.  Before, merge weighed only the newest incoming version's two
# sides, and HQ lost its own edit.  "theirs" still keeps the newest
# version whole.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
printf 'kind,name,county,mobile,notes\nperson,علی‌رضا كريمي,TBZ,09141234567,اولیه\nperson,مریم یوسفی‌پور,TBZ,09141230000,اولیه\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ &&
bundle "$Q" "$M" MRG && bundle "$M" "$Q" HQ && bundle "$Q" "$T" TBZ
ok $? "two donors of TBZ reach HQ and MRG"

# HQ edits first, then TBZ, then MRG: at HQ, TBZ's version wins over HQ's,
# then MRG's over TBZ's.  The second donor: the name at two of them.
printf 'id,notes\nTBZ-1,ویرایش ستاد\nTBZ-2,ستاد\n' >"$TMP/q.csv"
printf 'id,mobile\nTBZ-1,09141112222\n' >"$TMP/t1.csv"
printf 'id,name\nTBZ-2,مریم یوسفی‌پور تبریزی\n' >"$TMP/t2.csv"
printf 'id,address\nTBZ-1,مرند، خیابان امام\n' >"$TMP/m1.csv"
printf 'id,name\nTBZ-2,مریم يوسفي‌پور مرندی\n' >"$TMP/m2.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/t1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/t2.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$M" import donors "$TMP/m1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$M" import donors "$TMP/m2.csv" >/dev/null 2>&1 &&
bundle "$T" "$Q" HQ && bundle "$M" "$Q" HQ
ok $? "both donors edited at all three; TBZ's and MRG's bundles applied at HQ"
"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/c"
when='[0-9]{4}/[0-9]{2}/[0-9]{2} [0-9]{2}:[0-9]{2}'	# a Jalali date and time
# One entry per record, as the conflict screen lists them and `sync
# resolve ID` decides them: the header of the newest incoming version says
# how many versions wait, the other's follows it, numbered.  Before, one
# entry per version: TBZ-1 twice, as if two records waited.
is "$(grep -c '^donor TBZ-1 ' "$TMP/c")" 1 "sync conflicts: TBZ-1 listed once"
grep -Eq "^donor TBZ-1 mine=[A-Z]+ $when theirs=MRG $when kept=theirs versions=2\$" "$TMP/c"
ok $? "... its header: MRG's version, the newest, and versions=2"
grep -Eq "^  version 2 of 2: mine=HQ $when theirs=MRG $when kept=theirs\$" "$TMP/c"
ok $? "... and, under it, the other waiting version (HQ's own, set aside when TBZ's won), against MRG's in use"
# the header names the versions the changed: line under it (given with
# --clocks) and the field lines compare: there, MRG's in use, not the
# entry's TBZ (which is what the header said before, under a changed: line
# naming MRG)
"$HAMYAR" --lang en --db "$Q" sync conflicts --clocks >"$TMP/ck"
awk '
	/ mine=[0-9]+@[A-Z]+ / { h = $0; sub(/.* mine=[0-9]+@/, "", h); m = h; sub(/ .*/, "", m)
		sub(/.* theirs=[0-9]+@/, "", h); t = h; sub(/ .*/, "", t); next }
	/^  changed: / { c = $0; sub(/^  changed: /, "", c)
		cm = (c ~ /^here /) ? "HQ" : c; sub(/^at /, "", cm); sub(/ .*/, "", cm)
		ct = c; sub(/.*, at /, "", ct); sub(/ .*/, "", ct)
		print m "/" t " " cm "/" ct }' "$TMP/ck" >"$TMP/agree"
is "$(tr '\n' ' ' <"$TMP/agree")" "TBZ/MRG TBZ/MRG HQ/MRG HQ/MRG TBZ/MRG TBZ/MRG HQ/MRG HQ/MRG " "... each header's mine=/theirs= stations are its changed: line's"
is "$(sed -n '/^donor TBZ-1 /,/^donor /p' "$TMP/c" | grep -c '^  notes: mine="ویرایش ستاد"')" 1 \
    "... with HQ's notes, which only that version holds"
is "$(grep -c '^donor ' "$TMP/c")" 2 "two records listed, TBZ-1 and TBZ-2"
"$HAMYAR" --db "$Q" sync conflicts | grep -Eq "^  نسخهٔ 2 از 2: ما=HQ $when "; ok $? "in Persian: نسخهٔ ۲ از ۲"
"$HAMYAR" --db "$Q" sync conflicts | grep -q '^خیّر TBZ-1 .* نسخه‌ها=2$'; ok $? "... and نسخه‌ها=2"

"$HAMYAR" --db "$Q" sync resolve TBZ-1 merge >"$TMP/out" 2>&1; ok $? "sync resolve TBZ-1 merge"
is "$(field "$Q" TBZ-1 mobile)" "09141112222" "... TBZ's mobile kept"
is "$(field "$Q" TBZ-1 address)" "مرند، خیابان امام" "... MRG's address kept"
is "$(field "$Q" TBZ-1 notes)" "ویرایش ستاد" "... and HQ's own notes, from the older waiting version"
"$HAMYAR" --lang en --db "$Q" audit --id TBZ-1 | grep -qx '  decision: merged'
ok $? "the decision is audited as merged"

# TBZ-2: the name changed at TBZ and at MRG (MRG's, the newest, in use),
# the notes at HQ; theirs keeps MRG's version whole, HQ's notes with it gone.
"$HAMYAR" --db "$Q" sync resolve TBZ-2 theirs >/dev/null 2>&1; ok $? "sync resolve TBZ-2 theirs"
is "$(field "$Q" TBZ-2 name)" "مریم یوسفی‌پور مرندی" "... MRG's name (Arabic letters made Persian)"
is "$(field "$Q" TBZ-2 notes)" "اولیه" "... and theirs is the newest version whole: HQ's notes not folded in"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 0 "no conflict left at HQ"

# the decisions reach both stations; all three hold the same donors
bundle "$Q" "$T" TBZ && bundle "$Q" "$M" MRG && bundle "$T" "$Q" HQ && bundle "$M" "$Q" HQ
ok $? "the decisions exchanged"
is "$("$HAMYAR" --lang en --db "$T" sync conflicts | grep -c '^donor')" 0 "no open conflict at TBZ"
is "$("$HAMYAR" --lang en --db "$M" sync conflicts | grep -c '^donor')" 0 "no open conflict at MRG"
for d in "$T" "$M" "$Q"; do "$HAMYAR" --db "$d" export donors >"$d.csv" 2>/dev/null; done
cmp -s "$T.csv" "$Q.csv" && cmp -s "$M.csv" "$Q.csv"; ok $? "TBZ, MRG and HQ hold the same donors"
is "$(field "$T" TBZ-1 notes)" "ویرایش ستاد" "HQ's notes reached TBZ"
done_testing
