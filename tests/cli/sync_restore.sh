# A station restored from an OLD backup (README, "Backup and restore"): HQ
# holds the changes the station made after the backup, and those it
# received after it.  Before, HQ's numbers for the station stayed where the
# old database had left them: HQ never sent those changes back (a station's
# own are not sent to it), and its "ack", past the restored log, was cut to
# that log's end, so the edits typed at the restored station before it next
# sent a bundle were taken as acknowledged and never sent at all.  Now the
# station knows it was restored (backup marks its copy; without the mark,
# sync_restore_even.sh, HQ's ack, not of its log, says it), moves no number
# on HQ's bundle made before HQ heard of it, and its next bundle tells HQ, which
# takes the station's numbers as they are and sends back everything the
# station no longer holds, its own records too: the station ends with all
# its work, numbers its next donor after its old ones, and nothing meets
# as a conflict on either side.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
printf 'kind,name,county,mobile\nperson,علی‌رضا كريمي,TBZ,09141234567\nperson,زهرا احمدی‌نژاد,TBZ,\nperson,مهدی نوروزی,TBZ,\nperson,سید حسن موسوی,TBZ,\nperson,فاطمه نوری‌زاده,TBZ,\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 &&
bundle "$T" "$Q" HQ && bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ
ok $? "TBZ's five donors at HQ, acknowledged both ways"
"$HAMYAR" --db "$T" backup "$TMP/tbz-old.mdb" >/dev/null 2>&1; ok $? "TBZ backed up"

# after the backup: TBZ adds two donors and edits one; HQ adds one and
# edits another of TBZ's; they exchange bundles both ways
printf 'kind,name,county\nperson,مریم یوسفی‌پور,TBZ\norg,شرکت فولاد آذر ۲,TBZ\n' >"$TMP/n.csv"
printf 'id,notes\nTBZ-1,ویرایش پس از پشتیبان\n' >"$TMP/e1.csv"
printf 'kind,name,county\nperson,رضا قاسمی,MRG\n' >"$TMP/q.csv"
printf 'id,notes\nTBZ-2,ویرایش ستاد\n' >"$TMP/q2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/e1.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ &&
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/q2.csv" >/dev/null 2>&1 &&
bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ
ok $? "after the backup: TBZ-6, TBZ-7 and TBZ-1's edit at HQ; HQ's donor and edit at TBZ"
is "$(field "$Q" TBZ-7 name)" "شرکت فولاد آذر 2" "HQ holds TBZ-7 (its digit stored as ASCII)"

# TBZ's disk is replaced and the old backup restored, as the README says
rm -f "$T/data.mdb" "$T/lock.mdb"
cp "$TMP/tbz-old.mdb" "$T/data.mdb"
"$HAMYAR" --db "$T" verify >/dev/null 2>&1; ok $? "TBZ restored from the old backup"
is "$(field "$T" TBZ-6 name)" "" "... without what came after it"

# edits typed at the restored TBZ before it sends anything: three changes,
# fewer than HQ holds of its old log
printf 'id,mobile\nTBZ-3,09141110003\nTBZ-4,09141110004\nTBZ-5,09141110005\n' >"$TMP/e2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/e2.csv" >/dev/null 2>&1; ok $? "three edits at the restored TBZ"

# HQ's bundle first: its ack is of TBZ's old log
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/b1" >/dev/null 2>&1
"$HAMYAR" --lang en --db "$T" sync import "$TMP/b1" >"$TMP/out" 2>&1; ok $? "HQ's bundle imported at TBZ"
holds "$(cat "$TMP/out")" "this database was restored from a backup: its bundles now ask the other stations for the changes made since the backup" "... TBZ says it was restored (its copy made by backup is marked)"
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/b2" >/dev/null 2>&1
is "$(grep -c '^c donor TBZ-[345] ' "$TMP/b2")" 3 "TBZ's next bundle still carries its three edits"
grep -q '^restored [1-9]' "$TMP/b2"; ok $? "... and tells HQ it was restored"
"$HAMYAR" --db "$Q" sync import "$TMP/b2" >"$TMP/out" 2>&1; ok $? "TBZ's bundle imported at HQ"
holds "$(cat "$TMP/out")" "ایستگاه TBZ از روی نسخهٔ پشتیبان برگردانده شده است" "... HQ says TBZ was restored, in Persian"
is "$(field "$Q" TBZ-4 mobile)" "09141110004" "HQ holds TBZ's edit typed after the restore"

# HQ's next bundle gives TBZ back everything it lost
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/b3" >/dev/null 2>&1
"$HAMYAR" --db "$T" sync import "$TMP/b3" >/dev/null 2>&1; ok $? "HQ's next bundle imported at TBZ"
is "$(field "$T" TBZ-6 name)" "مریم یوسفی‌پور" "TBZ holds its own TBZ-6 again"
is "$(field "$T" TBZ-7 name)" "شرکت فولاد آذر 2" "... and TBZ-7"
is "$(field "$T" TBZ-1 notes)" "ویرایش پس از پشتیبان" "... its edit of TBZ-1"
is "$(field "$T" TBZ-2 notes)" "ویرایش ستاد" "... HQ's edit of TBZ-2"
is "$(field "$T" HQ-1 name)" "رضا قاسمی" "... HQ's donor"
is "$(field "$T" TBZ-3 mobile)" "09141110003" "... and keeps its edits since the restore"

# its numbering goes on after its old records
printf 'kind,name,county\nperson,نرگس رحیمی‌فر,TBZ\n' >"$TMP/n2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n2.csv" >/dev/null 2>&1
is "$(field "$T" TBZ-8 name)" "نرگس رحیمی‌فر" "the next donor typed at TBZ is TBZ-8"
is "$(field "$T" TBZ-6 name)" "مریم یوسفی‌پور" "... TBZ-6 still its own"
bundle "$T" "$Q" HQ && bundle "$Q" "$T" TBZ; ok $? "TBZ and HQ exchange bundles both ways"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 0 "no conflict at HQ"
is "$("$HAMYAR" --lang en --db "$T" sync conflicts | grep -c '^donor')" 0 "no conflict at TBZ"
"$HAMYAR" --db "$T" export donors >"$TMP/t.out" 2>/dev/null
"$HAMYAR" --db "$Q" export donors >"$TMP/q.out" 2>/dev/null
cmp -s "$TMP/t.out" "$TMP/q.out"; ok $? "TBZ and HQ hold the same donors"
is "$(grep -c '^TBZ-' "$TMP/t.out")" 8 "... TBZ's eight, none twice"

# TBZ's bundle that told HQ, imported again, changes nothing: HQ's next
# bundle does not send TBZ's records back again
"$HAMYAR" --lang en --db "$Q" sync import "$TMP/b2" >"$TMP/out" 2>&1
case $(cat "$TMP/out") in *restored*) ok 1 "the same bundle again: no second restore";; *) ok 0 "the same bundle again: no second restore";; esac
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/b4" >/dev/null 2>&1
is "$(grep -c '^c donor TBZ-' "$TMP/b4")" 0 "HQ's next bundle carries none of TBZ's own records"
printf 'id,phone\nTBZ-8,04133334444\n' >"$TMP/e3.csv"
"$HAMYAR" --db "$T" import donors "$TMP/e3.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
is "$(field "$Q" TBZ-8 phone)" "04133334444" "TBZ's later edits reach HQ as before"
done_testing
