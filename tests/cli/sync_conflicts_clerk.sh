# sync conflicts by a clerk lists his own county's conflicts only (SPEC §11:
# a clerk reads his own county): before, a Maragheh clerk was shown a
# Tabriz donor's conflict, both versions' values (an address here).  The
# administrator, and a supervisor, still see every conflict.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"

if ! second_uid; then
	ok 0 "# SKIP needs root, setpriv and the nogroup group for a second uid"
	done_testing
	exit $?
fi
"$HAMYAR" --db "$T" sync trust MRG "$(key "$M")" >/dev/null &&
"$HAMYAR" --db "$M" sync trust TBZ "$(key "$T")" >/dev/null; ok $? "TBZ and MRG trust each other"
printf 'kind,name,county,national_id\nperson,مهدی نوروزی‌فر,TBZ,1360000011\nperson,زهرا كريمي,MRG,\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null
"$HAMYAR" --db "$T" sync export --to MRG --out "$TMP/b1" 2>/dev/null
"$HAMYAR" --db "$M" sync import "$TMP/b1" >/dev/null; ok $? "a Tabriz donor (TBZ-1) and a Maragheh one (TBZ-2) reach MRG"
printf 'id,address\nTBZ-1,تبریز، خیابان امام\nTBZ-2,مراغه، کوی فرهنگ ۳\n' >"$TMP/a.csv"
printf 'id,address\nTBZ-1,تبریز، میدان ساعت ۲\nTBZ-2,مراغه، خیابان خواجه‌نصیر\n' >"$TMP/b.csv"
"$HAMYAR" --db "$T" import donors "$TMP/a.csv" >/dev/null
"$HAMYAR" --db "$M" import donors "$TMP/b.csv" >/dev/null
"$HAMYAR" --db "$T" sync export --to MRG --out "$TMP/b2" 2>/dev/null
"$HAMYAR" --db "$M" sync import "$TMP/b2" >/dev/null
is "$("$HAMYAR" --lang en --db "$M" sync conflicts | grep -c '^donor ')" 2 "MRG holds two conflicts, both addresses changed on both sides"
chgrp -R nogroup "$M" && chmod 2770 "$M"
"$HAMYAR" --db "$M" user add nobody --role clerk --county مراغه >/dev/null; ok $? "nobody is a Maragheh clerk"
as_nobody "$BIN" --lang en --db "$M" sync conflicts >"$TMP/out" 2>"$TMP/err"; ok $? "sync conflicts, as the clerk"
grep -q '^donor TBZ-2 ' "$TMP/out"; ok $? "... lists Maragheh's donor's conflict"
grep -q '^donor TBZ-1 ' "$TMP/out"; is $? 1 "... and not Tabriz's"
grep -qF 'میدان ساعت' "$TMP/out"; is $? 1 "... none of Tabriz's donor's values"
"$HAMYAR" --db "$M" user add nobody --role supervisor --county مراغه >/dev/null
is "$(as_nobody "$BIN" --lang en --db "$M" sync conflicts | grep -c '^donor ')" 2 "a supervisor of Maragheh reads both"
"$HAMYAR" --db "$M" user add nobody --role clerk --county TBZ >/dev/null
as_nobody "$BIN" --lang en --db "$M" sync conflicts >"$TMP/out"
grep -q '^donor TBZ-1 ' "$TMP/out" && ! grep -q '^donor TBZ-2 ' "$TMP/out"; ok $? "a Tabriz clerk: Tabriz's only"
done_testing
