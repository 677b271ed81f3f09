# `sync import usb/`, the stick's folder for the bundle in it: a usage
# error (exit 2), nothing imported, as `restore FOLDER` is; before, it
# named no bundle, and which file on the stick was for this station was
# left to ls and to opening each.  Now it lists the bundles in it, oldest
# written first, each with its maker, addressee and time, then the ones
# for this station, in the order to import them.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
U="$TMP/usb"
mkdir "$U"
printf 'kind,name,county,mobile\nperson,علی‌رضا كريمي,TBZ,۰۹۱۴۱۲۳۴۵۶۷\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a donor at TBZ"
"$HAMYAR" --db "$T" sync export --to HQ --out "$U/tbz-2.bundle" 2>/dev/null; ok $? "TBZ's bundle for HQ"
"$HAMYAR" --db "$M" sync export --to HQ --out "$U/mrg.bundle" 2>/dev/null; ok $? "MRG's bundle for HQ"
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$U/hq.bundle" 2>/dev/null; ok $? "HQ's bundle for TBZ"
cp "$U/tbz-2.bundle" "$U/tbz-1.bundle"
printf 'kind,name\n' >"$U/donors.csv"
touch -d '2026-11-30 09:10' "$U/tbz-2.bundle"; touch -d '2026-11-29 08:05' "$U/mrg.bundle"
touch -d '2026-11-28 17:40' "$U/tbz-1.bundle"; touch -d '2026-12-01 10:00' "$U/hq.bundle"

"$HAMYAR" --db "$Q" sync import "$U" >"$TMP/out" 2>"$TMP/err"; is $? 2 "the folder given: a usage error"
is "$(sed -n 2,5p "$TMP/err" | sed 's/،.*//')" "  $U/tbz-1.bundle: از TBZ برای HQ
  $U/mrg.bundle: از MRG برای HQ
  $U/tbz-2.bundle: از TBZ برای HQ
  $U/hq.bundle: از HQ برای TBZ" "the bundles in it, oldest written first, each with its maker and addressee, not the CSV"
holds "$(sed -n 2p "$TMP/err")" "نوشته‌شده در 1405/09/07" "... and when it was written"
is "$(sed -n '6,$p' "$TMP/err")" "hamyar: بسته‌های این ایستگاه (HQ)، به ترتیب، قدیمی‌ترین نخست:
  hamyar sync import $U/tbz-1.bundle
  hamyar sync import $U/mrg.bundle
  hamyar sync import $U/tbz-2.bundle" "then those for this station, in the order to import them"
holds "$(head -n 1 "$TMP/err")" "hamyar sync import $U/FILE" "the first line still says how to name a bundle"
is "$("$HAMYAR" --lang en --db "$Q" sync status | grep -c 'last bundle in: never')" 2 "nothing was imported"
"$HAMYAR" --db "$M" sync import "$U/" 2>"$TMP/err"; is $? 2 "at MRG, for which none is"
holds "$(cat "$TMP/err")" "هیچ‌یک برای این ایستگاه (MRG) نیست" "... says none is for it"
mkdir "$TMP/empty"
"$HAMYAR" --db "$Q" sync import "$TMP/empty/" 2>"$TMP/err"; is $? 2 "a folder with no bundle"
holds "$(cat "$TMP/err")" "بسته‌ای در آن نیست" "... says there is none"
done_testing
