# A clerk's sync conflicts lists his county's conflicts only (see
# sync_conflicts_clerk.sh) and says how many others wait, of records of
# other counties, not listed, and who decides them; with none of his own it
# says so of the counties he may read.  Before, it said «تعارضی نیست» (no
# conflicts) while another county's waited, and nothing of them beside his
# own.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"

if ! second_uid; then
	ok 0 "# SKIP needs root, setpriv and the nogroup group for a second uid"
	done_testing
	exit $?
fi
trust_star
printf 'kind,name,county\nperson,مهدی نوروزی‌فر,TBZ\nperson,زهرا كريمي,MRG\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null && bundle "$T" "$Q" HQ && bundle "$Q" "$M" MRG
ok $? "a Tabriz donor (TBZ-1) and a Maragheh one (TBZ-2) reach HQ and MRG"
printf 'id,address\nTBZ-1,تبریز، خیابان امام\nTBZ-2,مراغه، کوی فرهنگ ۳\n' >"$TMP/a.csv"
printf 'id,address\nTBZ-1,تبریز، میدان ساعت ۲\nTBZ-2,مراغه، خیابان خواجه‌نصیر\n' >"$TMP/b.csv"
printf 'id,address\nTBZ-1,تبریز، ائل‌گلی\n' >"$TMP/c.csv"
"$HAMYAR" --db "$T" import donors "$TMP/a.csv" >/dev/null
"$HAMYAR" --db "$M" import donors "$TMP/b.csv" >/dev/null
"$HAMYAR" --db "$Q" import donors "$TMP/c.csv" >/dev/null
bundle "$T" "$Q" HQ && bundle "$Q" "$M" MRG
is "$("$HAMYAR" --lang en --db "$M" sync conflicts | grep -c '^donor ')" 2 "MRG holds two conflicts"
chgrp -R nogroup "$M" && chmod 2770 "$M"
"$HAMYAR" --db "$M" user add nobody --role clerk --county مراغه >/dev/null; ok $? "nobody is a Maragheh clerk"

as_nobody "$BIN" --lang en --db "$M" sync conflicts >"$TMP/out" 2>"$TMP/err"; ok $? "sync conflicts, as the clerk"
grep -q '^donor TBZ-2 ' "$TMP/out" && ! grep -q 'TBZ-1' "$TMP/out"; ok $? "... lists Maragheh's donor's conflict, not Tabriz's"
holds "$(cat "$TMP/out")" "conflicts of other counties' records, not listed, for provincial HQ or the administrator to decide: 1" \
    "... and says one more waits, of another county's record"
"$HAMYAR" --db "$M" sync resolve TBZ-2 mine >/dev/null; ok $? "the administrator decides Maragheh's"
as_nobody "$BIN" --lang en --db "$M" sync conflicts >"$TMP/out"
is "$(cat "$TMP/out")" "no conflicts in the counties you may read; conflicts of other counties' records, for provincial HQ or the administrator to decide: 1" \
    "the clerk: none in his counties, not 'no conflicts'"
as_nobody "$BIN" --db "$M" sync conflicts >"$TMP/out"
is "$(cat "$TMP/out")" "در شهرستان‌هایی که می‌توانید ببینید تعارضی نیست؛ تعارض‌های رکوردهای شهرستان‌های دیگر، که ستاد استان یا مدیر سامانه درباره‌شان تصمیم می‌گیرد: ۱" \
    "... in Persian"
is "$("$HAMYAR" --lang en --db "$M" sync conflicts | grep -c '^donor ')" 1 "the administrator still lists Tabriz's"
"$HAMYAR" --lang en --db "$M" sync conflicts | grep -q "other counties"; is $? 1 "... with no such line"
"$HAMYAR" --db "$M" sync resolve TBZ-1 theirs >/dev/null
is "$(as_nobody "$BIN" --lang en --db "$M" sync conflicts)" "no conflicts" "all decided: the clerk reads 'no conflicts'"
done_testing
