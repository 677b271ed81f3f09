# HQ trusts TBZ's key made anew (`sync key --new` there, `sync trust TBZ KEY
# --replace` here).  A new key alone cannot say whether TBZ is the same
# database or one installed afresh, so HQ sets TBZ's numbers aside; TBZ's
# first bundle signed with the new key goes on from its old log (it starts
# past what HQ acknowledged), so HQ takes them back: the next bundle for TBZ
# carries only what TBZ lacks, and HQ's acknowledgements of TBZ's log go on.
# Before, --replace forgot them for good, as for a station installed
# afresh: HQ's "received" for TBZ stayed at 0, so HQ never acknowledged
# TBZ's log again and every bundle of TBZ carried all it had made since.  A station installed afresh (its first bundle starts a
# new log) still gets everything back.
# A bundle TBZ made before its new key, imported at HQ after HQ trusts the
# new key, is refused (the old key may have leaked: whoever holds it could
# make such a bundle), with words that say it was signed with TBZ's
# previous key, replaced here on that day, that nothing of it is lost (its
# changes go in TBZ's next bundle) and to import pending bundles before
# trusting a new key.  Before, the refusal said TBZ's key had changed and to
# trust it anew with --replace, which HQ had just done.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
changes_in() { sed -n 's/^changes //p' "$1"; }
tbz_donors && bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ; ok $? "TBZ's two donors at HQ, acknowledged both ways"
printf 'kind,name,county\nperson,رضا قاسمی,MRG\n' >"$TMP/q.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 &&
bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ; ok $? "HQ's donor at TBZ, acknowledged"
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/q0" >/dev/null 2>&1
is "$(changes_in "$TMP/q0")" 0 "HQ's bundle for TBZ carries nothing: TBZ has it all"

printf 'id,notes\nTBZ-1,پیش از کلید تازه\n' >"$TMP/n1.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/old" >/dev/null 2>&1
ok $? "TBZ-1 edited at TBZ, a bundle for HQ made with the old key (not yet imported)"
"$HAMYAR" --db "$T" sync key --new >"$TMP/out" 2>/dev/null; ok $? "TBZ's key made anew"
k1=$(tail -n 1 "$TMP/out")
printf 'id,notes\nTBZ-2,پس از کلید تازه\n' >"$TMP/n2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n2.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/new" >/dev/null 2>&1; ok $? "TBZ-2 edited, a bundle signed with the new key"
"$HAMYAR" --db "$Q" sync trust TBZ "$k1" --replace >"$TMP/out" 2>&1; ok $? "HQ trusts TBZ's new key (--replace)"
holds "$(cat "$TMP/out")" "تا رسیدن نخستین بسته‌اش با کلید تازه کنار گذاشته می‌شود" "... saying what TBZ acknowledged is set aside until its first bundle with the new key"

# the bundle made before the new key: refused, saying exactly why
"$HAMYAR" --db "$Q" sync import "$TMP/old" >/dev/null 2>"$TMP/err"; is $? 1 "the old key's pending bundle is refused at HQ (exit 1)"
holds "$(cat "$TMP/err")" "این بسته با کلید پیشین ایستگاه TBZ امضا شده است" "... saying it is signed with TBZ's previous key"
holds "$(cat "$TMP/err")" "جایش را گرفت (sync trust --replace)" "... which the key trusted here replaced"
holds "$(cat "$TMP/err")" "چیزی از آن از دست نمی‌رود" "... that nothing of it is lost"
holds "$(cat "$TMP/err")" "hamyar sync export --to HQ" "... to ask TBZ for a new bundle"
holds "$(cat "$TMP/err")" "بسته‌های منتظرِ هر ایستگاه را پیش از اعتماد به کلید تازه‌اش وارد کنید" "... and to import pending bundles before trusting a new key"
"$HAMYAR" --lang en --db "$Q" sync import "$TMP/old" >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "signed with station TBZ's previous key" "English too"
case $(cat "$TMP/err") in *"trust it anew"*) r=1 ;; *) r=0 ;; esac
ok $r "... not that the key must be trusted anew (it is)"

"$HAMYAR" --lang en --db "$Q" sync import "$TMP/new" >"$TMP/out" 2>&1; ok $? "the new key's bundle imports at HQ"
holds "$(cat "$TMP/out")" "goes on from what its old key signed" "... which says TBZ is the same database, its numbers kept"
is "$(field "$Q" TBZ-2 notes)" "پس از کلید تازه" "... TBZ-2's edit applied"
is "$(field "$Q" TBZ-1 notes)" "پیش از کلید تازه" "... and TBZ-1's, from the refused bundle: nothing lost"
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/q1" >/dev/null 2>&1
is "$(changes_in "$TMP/q1")" 0 "HQ's next bundle for TBZ carries only what TBZ lacks (nothing), not the whole log"
"$HAMYAR" --db "$T" sync import "$TMP/q1" >/dev/null 2>&1; ok $? "... TBZ takes it"
printf 'id,notes\nTBZ-1,یک ویرایش دیگر\n' >"$TMP/n3.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n3.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/t3" >/dev/null 2>&1; ok $? "one more edit at TBZ, a bundle for HQ"
is "$(changes_in "$TMP/t3")" 1 "... carrying that edit only: HQ acknowledged the rest (before, HQ's numbers for TBZ stayed at 0 and every bundle of TBZ carried all it made since the new key)"
"$HAMYAR" --lang en --db "$Q" sync status >"$TMP/st"
holds "$(cat "$TMP/st")" "TBZ: received up to" "sync status names TBZ"
case $(cat "$TMP/st") in *"TBZ: received up to 0,"*) r=1 ;; *) r=0 ;; esac
ok $r "... with what HQ holds of it, not 0"

# installed afresh: its first bundle starts a new log; everything goes back
reinstall_tbz; ok $? "TBZ installed afresh, its new key trusted at HQ"
"$HAMYAR" --lang en --db "$T" sync export --to HQ --out "$TMP/b" >/dev/null 2>&1 &&
"$HAMYAR" --lang en --db "$Q" sync import "$TMP/b" >"$TMP/out" 2>&1; ok $? "its first bundle imports at HQ"
holds "$(cat "$TMP/out")" "begins a new change log" "... which says it starts a new log"
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/q2" >/dev/null 2>&1
n=$(changes_in "$TMP/q2"); [ "${n:-0}" -ge 3 ]; ok $? "HQ's next bundle for it carries everything ($n changes)"
"$HAMYAR" --db "$T" sync import "$TMP/q2" >/dev/null 2>&1; ok $? "... imported at the new TBZ"
is "$(field "$T" TBZ-2 notes)" "پس از کلید تازه" "... TBZ's own records are back"
is "$(field "$T" TBZ-1 notes)" "پیش از کلید تازه" "... with every edit"
done_testing
