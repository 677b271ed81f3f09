# HQ restored from a backup made before it trusted TBZ's new key (`sync
# key --new` at TBZ, `sync trust TBZ KEY --replace` at HQ), after TBZ's
# first bundle signed with that key had come to HQ and shown it the same
# database.  Restore trusts the new key again, and, as the database it
# replaces knew the answer, keeps what TBZ acknowledged as the backup has
# it: HQ's next bundle for TBZ carries only what TBZ lacks (nothing), and
# TBZ's next bundle is taken for what it is.  Before, restore set TBZ's
# numbers aside as --replace does, so HQ's next bundle for TBZ carried the
# whole change log again (3 changes TBZ held), and TBZ's next bundle,
# which goes on past the backup's numbers, was taken for a new change log
# ("begins a new change log (the station installed afresh)").  Likewise a
# station installed afresh, whose first bundle had begun a new log: its
# numbers stay forgotten at the restored HQ, and the exchanges bring the
# two databases to the same records.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
changes_in() { sed -n 's/^changes //p' "$1"; }
same_exports() {	# same_exports NAME: TBZ's and HQ's exports identical
	"$HAMYAR" --db "$Q" export all --out "$TMP/xq" >/dev/null 2>&1 &&
	"$HAMYAR" --db "$T" export all --out "$TMP/xt" >/dev/null 2>&1 &&
	diff -r "$TMP/xq" "$TMP/xt" >/dev/null
	ok $? "$1"
	rm -rf "$TMP/xq" "$TMP/xt"
}
tbz_donors && bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ; ok $? "TBZ's two donors at HQ, acknowledged both ways"
printf 'kind,name,county\nperson,رضا قاسمی,MRG\n' >"$TMP/q.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 &&
bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ; ok $? "HQ's donor at TBZ, acknowledged"
"$HAMYAR" --db "$Q" backup "$TMP/hq.bak" >/dev/null 2>&1; ok $? "HQ backed up"

"$HAMYAR" --db "$T" sync key --new >"$TMP/out" 2>/dev/null; ok $? "TBZ's key made anew"
printf 'id,notes\nTBZ-2,پس از کلید تازه\n' >"$TMP/n2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n2.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" sync trust TBZ "$(tail -n 1 "$TMP/out")" --replace >/dev/null 2>&1 &&
xfer "$T" "$Q" HQ; ok $? "TBZ-2 edited at TBZ; HQ trusts the new key and imports TBZ's bundle"
holds "$(cat "$TMP/out")" "goes on from what its old key signed" "... the same database, HQ says"
bundle "$Q" "$T" TBZ; ok $? "HQ's bundle, acknowledging it, imported at TBZ"

"$HAMYAR" --db "$Q" restore "$TMP/hq.bak" >"$TMP/out" 2>"$TMP/err"; is $? 0 "HQ restored from the backup made before"
holds "$(cat "$TMP/out")" "نخستین بستهٔ TBZ با کلید تازه پیش‌تر رسیده بود و نشان داد که همان پایگاه داده است" "... saying in Persian TBZ's first bundle with the new key showed the same database"
holds "$(cat "$TMP/out")" "بستهٔ بعدی برای آن فقط آنچه را ندارد می‌برد" "... and that the next bundle for it carries only what it lacks"
"$HAMYAR" --lang en --db "$Q" sync export --to TBZ --out "$TMP/q1" >"$TMP/out" 2>"$TMP/err"; ok $? "HQ's next bundle for TBZ"
is "$(changes_in "$TMP/q1")" 0 "... carries only what TBZ lacks (nothing), not the whole change log"
holds "$(cat "$TMP/err")" "changes: 0, for TBZ" "... and sync export says so"
case $(cat "$TMP/err") in *"a new key is trusted here for TBZ"*) r=1 ;; *) r=0 ;; esac
ok $r "... with no note that it carries everything"
"$HAMYAR" --db "$T" sync import "$TMP/q1" >/dev/null 2>&1; ok $? "... TBZ takes it"

printf 'id,notes\nTBZ-1,پس از برگرداندن\n' >"$TMP/n3.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n3.csv" >/dev/null 2>&1 &&
xfer "$T" "$Q" HQ; ok $? "TBZ-1 edited at TBZ, its bundle imported at the restored HQ"
case $(cat "$TMP/out") in *"begins a new change log"*) r=1 ;; *) r=0 ;; esac
ok $r "... not taken for a new change log (TBZ is the same database)"
for i in 1 2; do bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ || echo "# round $i failed"; done
is "$(field "$Q" TBZ-1 notes)" "پس از برگرداندن" "HQ holds TBZ-1's edit"
is "$(field "$Q" TBZ-2 notes)" "پس از کلید تازه" "... and TBZ-2's, made after the backup"
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/q2" >/dev/null 2>&1
is "$(changes_in "$TMP/q2")" 0 "HQ's bundle for TBZ empty once they are in step"
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/t2" >/dev/null 2>&1
is "$(changes_in "$TMP/t2")" 0 "... and TBZ's for HQ"
same_exports "TBZ's and HQ's exports identical"
bundle "$T" "$Q" HQ && bundle "$T" "$Q" HQ && same_exports "... and after a bundle imported twice"

# TBZ installed afresh, its first bundle (a new log) come to HQ, then HQ
# restored from a backup made before that
"$HAMYAR" --db "$Q" backup "$TMP/hq2.bak" >/dev/null 2>&1; ok $? "HQ backed up again"
reinstall_tbz; ok $? "TBZ installed afresh, its new key trusted at HQ"
xfer "$T" "$Q" HQ; holds "$(cat "$TMP/out")" "begins a new change log" "its first bundle begins a new log at HQ"
bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ && bundle "$Q" "$T" TBZ; ok $? "the two exchange bundles"
printf 'kind,name,county\nperson,مریم یوسفی‌پور,TBZ\n' >"$TMP/n4.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n4.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ; ok $? "a new donor at TBZ, at HQ"
"$HAMYAR" --db "$Q" restore "$TMP/hq2.bak" >"$TMP/out" 2>"$TMP/err"; is $? 0 "HQ restored from the backup made before"
holds "$(cat "$TMP/out")" "فهرست تغییرهای تازه‌ای را آغاز می‌کرد (ایستگاه از نو نصب شده است)" "... saying TBZ's first bundle with the new key began a new log"
xfer "$T" "$Q" HQ
case $(cat "$TMP/out") in *"goes on from what its old key signed"*) r=1 ;; *) r=0 ;; esac
ok $r "TBZ's next bundle not taken for its old log"
for i in 1 2 3; do bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ || echo "# round $i failed"; done
is "$(field "$Q" TBZ-3 name)" "مریم یوسفی‌پور" "HQ holds the new donor"
is "$(field "$T" TBZ-2 notes)" "پس از کلید تازه" "... the new TBZ its old records"
same_exports "TBZ's and HQ's exports identical"
done_testing
