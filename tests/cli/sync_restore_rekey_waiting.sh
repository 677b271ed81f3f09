# HQ restored from a backup made after it trusted TBZ's new key (`sync
# trust TBZ KEY --replace`) and before TBZ's first bundle signed with it
# came: the backup still has TBZ's numbers set aside, waiting for that
# bundle, which had come to the database replaced since and shown it the
# same database.  Restore settles them as that bundle did (puts them back),
# and says so in Persian: HQ's next bundle for TBZ carries only what TBZ
# lacks, and TBZ's next bundle is taken for what it is.  Before, the numbers
# stayed set aside: HQ's next bundle for TBZ carried the whole log (3
# changes TBZ held), and TBZ's next bundle, which goes on past what the
# backup holds of it, was taken for a new change log.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
changes_in() { sed -n 's/^changes //p' "$1"; }
tbz_donors && bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ; ok $? "TBZ's two donors at HQ, acknowledged both ways"
printf 'kind,name,county\nperson,رضا قاسمی,MRG\n' >"$TMP/q.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 &&
bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ; ok $? "HQ's donor at TBZ, acknowledged"
"$HAMYAR" --db "$T" sync key --new >"$TMP/out" 2>/dev/null &&
"$HAMYAR" --db "$Q" sync trust TBZ "$(tail -n 1 "$TMP/out")" --replace >/dev/null 2>&1
ok $? "TBZ's key made anew, trusted at HQ with --replace"
"$HAMYAR" --db "$Q" backup "$TMP/hq.bak" >/dev/null 2>&1; ok $? "HQ backed up, TBZ's first bundle with its new key not yet come"
printf 'id,notes\nTBZ-2,پس از کلید تازه\n' >"$TMP/n2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n2.csv" >/dev/null 2>&1 &&
xfer "$T" "$Q" HQ && bundle "$Q" "$T" TBZ; ok $? "TBZ-2 edited; TBZ's bundle at HQ, HQ's at TBZ"
holds "$(cat "$TMP/out")" "goes on from what its old key signed" "... the same database, HQ said"

"$HAMYAR" --db "$Q" restore "$TMP/hq.bak" >"$TMP/out" 2>"$TMP/err"; is $? 0 "HQ restored from the backup"
holds "$(cat "$TMP/out")" "آن بسته پس از آن رسیده بود و نشان داد که همان پایگاه داده است" "... saying in Persian that TBZ's bundle had shown the same database since"
holds "$(cat "$TMP/out")" "آنچه TBZ پیش‌تر تأیید کرده بود برگردانده می‌شود" "... and that what TBZ acknowledged is put back"
"$HAMYAR" --lang en --db "$Q" sync export --to TBZ --out "$TMP/q1" >/dev/null 2>"$TMP/err"; ok $? "HQ's next bundle for TBZ"
is "$(changes_in "$TMP/q1")" 0 "... carries only what TBZ lacks (nothing), not the whole change log"
case $(cat "$TMP/err") in *"a new key is trusted here for TBZ"*) r=1 ;; *) r=0 ;; esac
ok $r "... with no note that it carries everything"
"$HAMYAR" --db "$T" sync import "$TMP/q1" >/dev/null 2>&1; ok $? "... TBZ takes it"
printf 'id,notes\nTBZ-1,پس از برگرداندن\n' >"$TMP/n3.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n3.csv" >/dev/null 2>&1 &&
xfer "$T" "$Q" HQ; ok $? "TBZ-1 edited at TBZ, its bundle imported at the restored HQ"
case $(cat "$TMP/out") in *"begins a new change log"*) r=1 ;; *) r=0 ;; esac
ok $r "... not taken for a new change log"
for i in 1 2; do bundle "$T" "$Q" HQ && bundle "$Q" "$T" TBZ || echo "# round $i failed"; done
is "$(field "$Q" TBZ-1 notes)" "پس از برگرداندن" "HQ holds TBZ-1's edit"
is "$(field "$Q" TBZ-2 notes)" "پس از کلید تازه" "... and TBZ-2's, made after the backup"
"$HAMYAR" --db "$Q" export all --out "$TMP/xq" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" export all --out "$TMP/xt" >/dev/null 2>&1 &&
diff -r "$TMP/xq" "$TMP/xt" >/dev/null; ok $? "TBZ's and HQ's exports identical"
done_testing
