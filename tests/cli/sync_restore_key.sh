# A station restored from a backup made before `sync key --new`: the backup
# holds the old key pair, which HQ no longer trusts (it took the new one
# with --replace) and which may have leaked.  Restore keeps the newer pair
# (the database it replaces shows, in its audit log, that it was made from
# the backup's key), says so in Persian, and its audit log has the change;
# the restored station's bundles import at HQ.  Where the audit log cannot
# show which key is newer (the station made again with init, then the old
# backup restored), restore keeps the backup's key and warns, saying what to
# do.  Before, the old key came back without a word and HQ refused every
# bundle of the station.  Likewise a key trusted for another station (HQ)
# replaced after the backup: the newer one is trusted again, its numbers set
# aside as sync trust --replace sets them; before, the restored station
# trusted HQ's old key and refused HQ's bundles.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
tbz_donors; ok $? "TBZ's two donors at HQ"
k0=$(key "$T")
"$HAMYAR" --db "$T" backup "$TMP/tbz.bak" >/dev/null 2>&1; ok $? "TBZ backed up"
"$HAMYAR" --db "$T" sync key --new >"$TMP/out" 2>/dev/null; ok $? "TBZ's key made anew"
k1=$(tail -n 1 "$TMP/out")
"$HAMYAR" --db "$Q" sync trust TBZ "$k1" --replace >/dev/null 2>&1; ok $? "HQ trusts the new key"
"$HAMYAR" --db "$Q" sync key --new >"$TMP/out" 2>/dev/null; ok $? "HQ's key made anew too"
h1=$(tail -n 1 "$TMP/out")
"$HAMYAR" --db "$T" sync trust HQ "$h1" --replace >/dev/null 2>&1; ok $? "... TBZ trusts it (--replace)"

"$HAMYAR" --db "$T" restore "$TMP/tbz.bak" >"$TMP/out" 2>"$TMP/err"; is $? 0 "the older backup restored"
is "$(key "$T")" "$k1" "... the newer key kept, not the backup's"
holds "$(cat "$TMP/out")" "کلید همگام‌سازی قدیمی ایستگاه TBZ" "... saying in Persian the backup holds the station's old key"
holds "$(cat "$TMP/out")" "پس کلید تازه‌تر ماند" "... and that the newer key is kept"
holds "$(cat "$TMP/out")" "کاری لازم نیست" "... nothing to do"
holds "$(cat "$TMP/out")" "نسخهٔ پشتیبان به کلید قدیمی ایستگاه HQ اعتماد دارد" "... and that the backup trusts HQ's old key"
holds "$(cat "$TMP/out")" "کلید تازه دوباره مورد اعتماد است" "... HQ's new key trusted again"
"$HAMYAR" --db "$T" sync trust HQ "$h1" 2>&1 | grep -q 'از پیش مورد اعتماد است'; ok $? "TBZ trusts HQ's new key (the backup's old one replaced)"
"$HAMYAR" --lang en --db "$T" audit >"$TMP/a"
grep -q "\"$k0\" -> \"$k1\"" "$TMP/a"; ok $? "the restored database's audit log has the key's change, the backup's key to the newer"
grep -q 'sync.key.secret' "$TMP/a"; r=$?; [ $r -ne 0 ]; ok $? "... never the secret"
printf 'id,notes\nTBZ-1,پس از بازگرداندن\n' >"$TMP/n.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/b" >/dev/null 2>&1; ok $? "a bundle made at the restored station"
"$HAMYAR" --db "$Q" sync import "$TMP/b" >/dev/null 2>"$TMP/err"; is $? 0 "... HQ takes it (signed with the key it trusts)"
is "$(field "$Q" TBZ-1 notes)" "پس از بازگرداندن" "... its change applied at HQ"
printf 'id,notes\nTBZ-2,از ستاد\n' >"$TMP/q.csv"
rm -f "$TMP/b"	# TBZ's bundle, imported: export would keep it
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/b" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" sync import "$TMP/b" >/dev/null 2>&1; ok $? "HQ's bundle, signed with its new key, imports at the restored TBZ"
is "$(field "$T" TBZ-2 notes)" "از ستاد" "... its change applied"

# made again with init (a new key, not made from the backup's), then the
# old backup restored: which key the stations trust cannot be told
rm -rf "$T"
"$HAMYAR" --db "$T" init --station TBZ >/dev/null 2>&1
k2=$(key "$T")
"$HAMYAR" --db "$T" restore "$TMP/tbz.bak" >"$TMP/out" 2>"$TMP/err"; is $? 0 "the backup restored over a database made again"
is "$(key "$T")" "$k0" "... the backup's key stays (not shown older)"
holds "$(cat "$TMP/err")" "هشدار: کلید همگام‌سازی ایستگاه TBZ در نسخهٔ پشتیبان" "... with a warning in Persian"
holds "$(cat "$TMP/err")" "hamyar sync key --new" "... saying to make a new key"
holds "$(cat "$TMP/err")" "hamyar sync trust TBZ KEY --replace" "... and have the stations trust it"
"$HAMYAR" --lang en --db "$T" restore "$TMP/tbz.bak" >/dev/null 2>"$TMP/err"
grep -q "warning: the backup holds another sync key of station TBZ" "$TMP/err"; r=$?
[ $r -ne 0 ]; ok $? "the same key again: nothing said"
[ "$k2" != "$k0" ]; ok $? "(the key init made was another)"
done_testing
