# A bundle HQ makes for TBZ after trusting TBZ's new key (`sync trust TBZ
# KEY --replace`) and before TBZ's first bundle signed with it has come
# carries HQ's whole change log, TBZ's own records too: a new key does not
# say whether TBZ is the same database (its key made anew, `sync key
# --new`) or one installed afresh, which needs everything back
# (sync_reinstall.sh), and a bundle in a file cannot be both.  So the
# export says so, with the count the same database lacks and how to send
# only that (import TBZ's bundle first); the bundle still carries
# everything.  Before, it said nothing: HQ sent its whole log and the
# clerk did not know why.  Once TBZ's bundle has come, the next one for
# it carries only what it lacks, and nothing is said.  `sync push` talks to
# the station: it asks it (`sync status` there) how much of HQ's log it
# holds, and sends only the rest, whichever database it is; before, a push
# carried everything too.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
changes_in() { sed -n 's/^changes //p' "$1"; }
printf 'kind,name,county\nperson,فاطمه نوری‌زاده,MRG\n' >"$TMP/m.csv"
printf 'id,notes\nTBZ-2,ویرایش ستاد ۱۴۰۳\n' >"$TMP/q.csv"
tbz_donors &&
"$HAMYAR" --db "$M" import donors "$TMP/m.csv" >/dev/null 2>&1 && bundle "$M" "$Q" HQ &&
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 &&
bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ && bundle "$Q" "$M" MRG
ok $? "TBZ's two donors and MRG's one at HQ, HQ's edit of TBZ-2, acknowledged"
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/q0" >/dev/null 2>"$TMP/err"
is "$(changes_in "$TMP/q0")" 0 "HQ's bundle for TBZ carries nothing: TBZ has it all"
case $(cat "$TMP/err") in *"کلید تازه‌ای"*) r=1 ;; *) r=0 ;; esac
ok $r "... and says nothing of a new key"

"$HAMYAR" --db "$T" sync key --new >"$TMP/out" 2>/dev/null &&
"$HAMYAR" --db "$Q" sync trust TBZ "$(tail -n 1 "$TMP/out")" --replace >/dev/null 2>&1
ok $? "TBZ's key made anew, trusted at HQ (--replace)"
printf 'kind,name,county\nperson,رضا قاسمي,MRG\n' >"$TMP/m2.csv"
"$HAMYAR" --db "$M" import donors "$TMP/m2.csv" >/dev/null 2>&1 && bundle "$M" "$Q" HQ
ok $? "a new donor of MRG's at HQ"

"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/q1" >/dev/null 2>"$TMP/err"
ok $? "HQ makes a bundle for TBZ before TBZ's first with its new key"
n=$(changes_in "$TMP/q1")
is "$n" 5 "... carrying HQ's whole log (5 changes), as a station installed afresh needs"
err=$(cat "$TMP/err")
holds "$err" "کلید تازه‌ای برای TBZ اینجا مورد اعتماد است و هنوز هیچ بسته‌ای با امضای آن نرسیده است" "the export says a new key is trusted for TBZ and has signed nothing yet"
holds "$err" "همهٔ تغییرهای این پایگاه داده (5) را می‌برد" "... that the bundle carries all of HQ's changes, counted"
holds "$err" "1 تا از آن‌ها را ندارد" "... that the same database lacks 1 of them"
holds "$err" "hamyar sync export --to HQ" "... and to import TBZ's bundle first"
"$HAMYAR" --lang en --db "$Q" sync export --to TBZ --out "$TMP/q1" >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "it lacks 1 of them: import its bundle first (hamyar sync export --to HQ there)" "English too"

"$HAMYAR" --db "$T" sync import "$TMP/q1" >/dev/null 2>&1; ok $? "TBZ takes it"
is "$(field "$T" MRG-2 name)" "رضا قاسمی" "... MRG's new donor at TBZ"
"$HAMYAR" --lang en --db "$T" sync export --to HQ --out "$TMP/t1" >/dev/null 2>&1 &&
"$HAMYAR" --lang en --db "$Q" sync import "$TMP/t1" >"$TMP/out" 2>&1; ok $? "TBZ's first bundle with its new key imports at HQ"
holds "$(cat "$TMP/out")" "goes on from what its old key signed" "... the same database"
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/q2" >/dev/null 2>"$TMP/err"
is "$(changes_in "$TMP/q2")" 0 "HQ's next bundle for TBZ carries nothing"
case $(cat "$TMP/err") in *"کلید تازه‌ای"*) r=1 ;; *) r=0 ;; esac
ok $r "... and no note"

# installed afresh: the bundle made first still gives it everything back
reinstall_tbz; ok $? "TBZ installed afresh, its new key trusted at HQ"
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/q3" >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "0 تا از آن‌ها را ندارد" "the note again: the same database would lack nothing"
"$HAMYAR" --db "$T" sync import "$TMP/q3" >/dev/null 2>&1; ok $? "... HQ's bundle imported at the new TBZ"
is "$(field "$T" TBZ-1 name)" "علی‌رضا کریمی" "TBZ holds its TBZ-1 again"
is "$(field "$T" MRG-2 name)" "رضا قاسمی" "... and MRG's donors"

# pushed (a stand-in for ssh that runs the command here): said too
cat >"$TMP/ssh" <<'FAKE'
#!/bin/sh
[ "$1" = "--" ] && shift
shift
exec sh -c "$*"
FAKE
chmod +x "$TMP/ssh"
reinstall_tbz
HAMYAR_SSH="$TMP/ssh" HAMYAR_REMOTE="HAMYAR_DB=$T $HAMYAR" \
    "$HAMYAR" --lang en --db "$Q" sync push tbz >"$TMP/out" 2>"$TMP/err"; ok $? "HQ pushes a bundle to TBZ installed afresh again"
holds "$(cat "$TMP/err")" "so this bundle carries all of this database's changes" "... saying what it carries, and why"
is "$(field "$T" TBZ-2 notes)" "ویرایش ستاد 1403" "... TBZ's TBZ-2 there with HQ's edit"
HAMYAR_SSH="$TMP/ssh" HAMYAR_REMOTE="HAMYAR_DB=$T $HAMYAR" \
    "$HAMYAR" --lang en --db "$Q" sync push tbz >"$TMP/out" 2>"$TMP/err"; ok $? "a second push"
holds "$(cat "$TMP/out")" "changes sent: 0, to TBZ" "... sends nothing more"
case $(cat "$TMP/err") in *"new key is trusted"*) r=1 ;; *) r=0 ;; esac
ok $r "... and says nothing of the whole log"

# a push to the same database, its key made anew: the station, on the
# line, says how much of HQ's log it holds, and only the rest goes
bundle "$T" "$Q" HQ && bundle "$Q" "$T" TBZ && "$HAMYAR" --db "$T" sync key --new >"$TMP/out" 2>/dev/null &&
"$HAMYAR" --db "$Q" sync trust TBZ "$(tail -n 1 "$TMP/out")" --replace >/dev/null 2>&1
ok $? "TBZ's key made anew, trusted at HQ"
printf 'kind,name,county\nperson,سارا کاظمی,MRG\n' >"$TMP/m3.csv"
"$HAMYAR" --db "$M" import donors "$TMP/m3.csv" >/dev/null 2>&1 && bundle "$M" "$Q" HQ
ok $? "a new donor of MRG's at HQ"
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/q4" >/dev/null 2>&1
n=$(changes_in "$TMP/q4"); [ "${n:-0}" -gt 1 ]; ok $? "(a bundle in a file would carry everything: $n changes)"
HAMYAR_SSH="$TMP/ssh" HAMYAR_REMOTE="HAMYAR_DB=$T $HAMYAR" \
    "$HAMYAR" --lang en --db "$Q" sync push tbz >"$TMP/out" 2>"$TMP/err"; ok $? "HQ pushes a bundle to TBZ"
holds "$(cat "$TMP/out")" "changes sent: 1, to TBZ" "... carrying the new donor only"
case $(cat "$TMP/err") in *"new key is trusted"*) r=1 ;; *) r=0 ;; esac
ok $r "... and no note of the whole log"
is "$(field "$T" MRG-3 name)" "سارا کاظمی" "... the donor at TBZ"
"$HAMYAR" --lang en --db "$T" sync export --to HQ --out "$TMP/t2" >/dev/null 2>&1 &&
"$HAMYAR" --lang en --db "$Q" sync import "$TMP/t2" >"$TMP/out" 2>&1; ok $? "TBZ's bundle with its new key imports at HQ"
holds "$(cat "$TMP/out")" "goes on from what its old key signed" "... the same database"
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/q5" >/dev/null 2>&1
is "$(changes_in "$TMP/q5")" 0 "... and HQ's next bundle carries nothing"
"$HAMYAR" --db "$T" export donors >"$TMP/t.out" 2>/dev/null
"$HAMYAR" --db "$Q" export donors >"$TMP/q.out" 2>/dev/null
cmp -s "$TMP/t.out" "$TMP/q.out"; ok $? "TBZ and HQ hold the same donors"
done_testing
