# A stick passed around the offices: TBZ's bundle for MRG waits on it as
# usb/x.bundle, and MRG's `sync export --to TBZ --out usb/x.bundle`
# replaced it, exit 0, TBZ's changes never reaching MRG.  Now a bundle
# there that this station did not write for the same peer (another
# station's, or this station's for another peer) is kept, exit 1, saying
# whose it is and proposing another name or --force; this station's own
# earlier bundle for that peer is still superseded, and a bundle for this
# station that it has imported already is written over (its answer on the
# stick it came on).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
"$HAMYAR" --db "$T" sync trust MRG "$(key "$M")" >/dev/null
"$HAMYAR" --db "$M" sync trust TBZ "$(key "$T")" >/dev/null
printf 'kind,name,national_id,mobile,county\nperson,علي‌اكبر كريمي‌نژاد,۰۰۷۶۲۲۹۶۴۵,09141234567,TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "TBZ registers a donor"
mkdir "$TMP/usb"
"$HAMYAR" --db "$T" sync export --to MRG --out "$TMP/usb/x.bundle" 2>/dev/null; ok $? "TBZ's bundle for MRG on the stick"
sum=$(cksum <"$TMP/usb/x.bundle")

"$HAMYAR" --db "$M" sync export --to TBZ --out "$TMP/usb/x.bundle" >"$TMP/out" 2>"$TMP/err"; is $? 1 "MRG's bundle for TBZ at that name: refused"
is "$(cat "$TMP/err")" "hamyar: $TMP/usb/x.bundle بستهٔ ایستگاه TBZ برای MRG است، نه بسته‌ای که این ایستگاه (MRG) نوشته باشد: شاید در انتظار ورود در آنجا باشد، پس نگه داشته شد و چیزی نوشته نشد. نام دیگری برای پرونده بدهید، مانند $TMP/usb/MRG-to-TBZ.bundle، یا برای نوشتن روی آن --force را هم بدهید." \
    "... saying whose bundle it is, another name and --force"
is "$(cksum <"$TMP/usb/x.bundle")" "$sum" "TBZ's bundle is kept as it was"
is "$(ls "$TMP/usb" | tr '\n' ' ')" "x.bundle " "and nothing else was written"
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/usb/x.bundle" 2>"$TMP/err"; is $? 1 "TBZ's bundle for HQ over its bundle for MRG: refused"
holds "$(cat "$TMP/err")" "بستهٔ این ایستگاه برای MRG است، نه برای HQ" "... saying it is this station's bundle for MRG"
is "$(cksum <"$TMP/usb/x.bundle")" "$sum" "... kept as it was"
"$HAMYAR" --lang en --db "$M" sync export --to TBZ --out "$TMP/usb/x.bundle" 2>"$TMP/err"; is $? 1 "in English too"
holds "$(cat "$TMP/err")" "is station TBZ's bundle for MRG, not one this station (MRG) wrote" "... naming TBZ"

"$HAMYAR" --db "$M" sync import "$TMP/usb/x.bundle" >/dev/null 2>&1; ok $? "MRG imports TBZ's bundle, as it was meant to"
is "$(field "$M" TBZ-1 mobile)" "09141234567" "TBZ's donor at MRG"

"$HAMYAR" --db "$T" sync export --to MRG --out "$TMP/usb/x.bundle" 2>/dev/null; ok $? "TBZ's next bundle for MRG supersedes its earlier one"
"$HAMYAR" --db "$M" sync export --to TBZ --out "$TMP/usb/x.bundle" --force 2>/dev/null; ok $? "MRG's, with --force, writes over TBZ's"
holds "$(head -n 3 "$TMP/usb/x.bundle")" "from MRG" "... and the bundle there is MRG's"
"$HAMYAR" --db "$M" sync export --to TBZ --out "$TMP/usb/MRG-to-TBZ.bundle" 2>/dev/null; ok $? "the name proposed is free to write"

# A bundle for this station that it has imported already is done with:
# the answer may go over it on the stick it came on.
printf 'kind,name,mobile,county\nperson,زهرا موسوی‌پور,09127654321,مرند\n' >"$TMP/m.csv"
"$HAMYAR" --db "$M" import donors "$TMP/m.csv" >/dev/null 2>&1; ok $? "MRG registers a donor"
"$HAMYAR" --db "$M" sync export --to TBZ --out "$TMP/usb/x.bundle" 2>/dev/null; ok $? "MRG's next bundle for TBZ on the stick"
"$HAMYAR" --db "$T" sync export --to MRG --out "$TMP/usb/x.bundle" 2>"$TMP/err"; is $? 1 "TBZ's for MRG over it before TBZ imported it: refused"
holds "$(cat "$TMP/err")" "بستهٔ ایستگاه MRG برای TBZ است" "... naming MRG's bundle for TBZ"
"$HAMYAR" --db "$T" sync import "$TMP/usb/x.bundle" >/dev/null 2>&1; ok $? "TBZ imports it"
"$HAMYAR" --db "$T" sync export --to MRG --out "$TMP/usb/x.bundle" 2>"$TMP/err"; ok $? "then TBZ's answer is written over it"
holds "$(head -n 3 "$TMP/usb/x.bundle")" "from TBZ" "... the bundle there TBZ's now"
done_testing
