# The audit log's line for a station's own sync key made anew (`sync key
# --new`, or a restore that kept the newer key) named the field by its
# stored name, «sync.key.public: "…" -> "…"», English among the Persian
# lines, where a trusted station's key reads «کلید ایستگاه MRD».  It now
# reads «کلید همگام‌سازی این ایستگاه» (`this station's sync key` under
# --lang en), in `audit` and on the audit screen's heading alike; the
# entry's heading keeps the name `audit --id` takes.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "a new database at TBZ"
k0=$("$HAMYAR" --db "$D" sync key | tail -n 1)
k1=$("$HAMYAR" --db "$D" sync key --new 2>/dev/null | tail -n 1)
[ ${#k1} -eq 64 ] && [ "$k1" != "$k0" ]; ok $? "sync key --new made a new key"

"$HAMYAR" --db "$D" audit --id sync.key.public >"$TMP/a" 2>&1; is $? 0 "audit --id sync.key.public"
is "$(sed -n 2p "$TMP/a")" "  کلید همگام‌سازی این ایستگاه: \"$k0\" -> \"$k1\"" "the field named in Persian, old key and new"
grep -q '^  sync\.key\.public' "$TMP/a"; is $? 1 "no stored name for the field"
holds "$(sed -n 1p "$TMP/a")" 'تنظیم "sync.key.public" را تغییر داد' "the heading keeps the name --id takes"
"$HAMYAR" --lang en --db "$D" audit --id sync.key.public >"$TMP/a" 2>&1
is "$(sed -n 2p "$TMP/a")" "  this station's sync key: \"$k0\" -> \"$k1\"" "under --lang en: this station's sync key"
holds "$(sed -n 1p "$TMP/a")" 'set setting "sync.key.public"' "... the heading as scripts read it"
done_testing
