# `sync conflicts --all` lists, after the open conflicts, the ones already
# closed, each with its two versions then, how it was closed (decided=mine,
# theirs or merged: the version kept; superseded: its station's newer
# version took its place) and, where this database's audit log holds it,
# who decided and when.  Before, a decided conflict could not be listed
# at all (`--all` was a usage error).  A decision made at another station
# is said in this database's words, naming that station (decided=theirs
# at=TBZ where TBZ kept its own); before, in the deciding station's words
# (decided=mine), without saying which station.  Donors of TBZ with real names,
# «علی‌رضا كريمي» (typed with Arabic ي and ك) and «زهرا احمدی‌نژاد»,
# changed at HQ and at TBZ while apart.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/sync.inc"
"$HAMYAR" --db "$Q" sync trust TBZ "$(key "$T")" >/dev/null
"$HAMYAR" --db "$T" sync trust HQ "$(key "$Q")" >/dev/null
tbz_donors; ok $? "TBZ registers TBZ-1 and TBZ-2; they reach HQ"
printf 'name,kind,county\nمریم یوسفی‌پور,person,TBZ\n' >"$TMP/d3.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d3.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "... and TBZ-3, «مریم یوسفی‌پور»"
printf 'id,mobile,notes\nTBZ-1,09141110000,\nTBZ-2,09141112222,\nTBZ-3,,یادداشت ستاد\n' >"$TMP/h.csv"
printf 'id,mobile,notes\nTBZ-1,09149990000,\nTBZ-2,09149992222,\nTBZ-3,09149993333,\n' >"$TMP/t.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/h.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both change the three donors, HQ later; TBZ's bundle at HQ"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor TBZ-')" 3 "three conflicts wait at HQ"

"$HAMYAR" --db "$Q" sync resolve TBZ-1 mine >/dev/null; ok $? "HQ keeps its own TBZ-1"
"$HAMYAR" --db "$Q" sync resolve TBZ-3 merge >/dev/null; ok $? "HQ merges TBZ-3"
# TBZ edits TBZ-2 again: its newer version takes the older's place in
# the queue (and wins: HQ's waits now)
printf 'id,mobile\nTBZ-2,09148887777\n' >"$TMP/t2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "TBZ changes TBZ-2 again; its bundle at HQ"

"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/open"; ok $? "sync conflicts"
is "$(grep -c '^donor TBZ-' "$TMP/open")" 1 "without --all: the one open conflict only"
grep -q 'decided' "$TMP/open"; r=$?; [ $r -ne 0 ]; ok $? "... nothing decided in it"

"$HAMYAR" --lang en --db "$Q" sync conflicts --all >"$TMP/all"; ok $? "sync conflicts --all"
head -n "$(wc -l <"$TMP/open")" "$TMP/all" | cmp -s - "$TMP/open"; ok $? "the open conflict first, as without --all"
grep -qx 'decided conflicts: 3' "$TMP/all"; ok $? "then how many are closed: 3"
me=$(id -un)
when='1[34][0-9][0-9]/[01][0-9]/[0-3][0-9] [0-2][0-9]:[0-5][0-9]'
grep -Eqx "donor TBZ-1 mine=HQ $when theirs=TBZ $when decided=mine" "$TMP/all"
ok $? "TBZ-1: its two versions then, decided=mine"
grep -A1 '^donor TBZ-1 ' "$TMP/all" | grep -Eqx "  decided: this database's version kept, by $me, $when"
ok $? "... which version was kept, by whom and when"
grep -A1 '^donor TBZ-3 ' "$TMP/all" | grep -Eqx "  decided: merged field by field, by $me, $when"
ok $? "TBZ-3: merged, by whom and when"
grep -Eq '^donor TBZ-3 .* decided=merged$' "$TMP/all"; ok $? "... decided=merged"
grep -Eq '^donor TBZ-2 .* decided=superseded$' "$TMP/all"; ok $? "TBZ-2's first version: superseded"
grep -A1 '^donor TBZ-2 .*decided=superseded' "$TMP/all" | grep -q '^  superseded: a newer version from the same station took its place'
ok $? "... said so: not a decision"

# decided at TBZ: the decision reaches HQ in a bundle; who and when are
# in TBZ's audit log, not HQ's
bundle "$Q" "$T" TBZ; ok $? "HQ's bundle at TBZ"
"$HAMYAR" --db "$T" sync resolve TBZ-2 mine >/dev/null && bundle "$T" "$Q" HQ
ok $? "TBZ decides TBZ-2 (its own version); its bundle at HQ"
"$HAMYAR" --lang en --db "$Q" sync conflicts --all >"$TMP/all2"; ok $? "sync conflicts --all at HQ"
grep -qx 'no open conflicts' "$TMP/all2"; ok $? "no open conflict left: said so"
# TBZ kept its own version: at HQ that is the other one, "theirs" here,
# and the line names TBZ.  Before, HQ said decided=mine, TBZ's word, and
# that the decision was made at "another database".
grep -A1 '^donor TBZ-2 .*decided=theirs at=TBZ$' "$TMP/all2" | grep -qx "  decided at station TBZ: the other version kept (in this database's words; who and when are in TBZ's audit log, not here)"
ok $? "TBZ-2 decided at TBZ: at HQ in HQ's words (theirs), naming TBZ"
grep -q '^donor TBZ-2 .*decided=mine' "$TMP/all2"; r=$?; [ $r -ne 0 ]; ok $? "... not decided=mine, TBZ's word"
"$HAMYAR" --lang en --db "$T" sync conflicts --all >"$TMP/allt"; ok $? "sync conflicts --all at TBZ"
grep -A1 '^donor TBZ-2 .*decided=mine$' "$TMP/allt" | grep -Eqx "  decided: this database's version kept, by $me, $when"
ok $? "... at TBZ: its own version kept, by whom and when"
grep -A1 '^donor TBZ-1 .*decided=theirs at=HQ$' "$TMP/allt" | grep -qx "  decided at station HQ: the other version kept (in this database's words; who and when are in HQ's audit log, not here)"
ok $? "... TBZ-1, HQ keeping its own: at TBZ HQ's version, theirs, decided at HQ"

"$HAMYAR" --db "$Q" sync conflicts --all >"$TMP/fa"; ok $? "in Persian"
grep -qx 'تعارض بازی نیست' "$TMP/fa"; ok $? "fa: «تعارض بازی نیست»"
grep -qx 'تعارض‌های تصمیم‌گرفته: ۴' "$TMP/fa"; ok $? "fa: «تعارض‌های تصمیم‌گرفته: ۴», in Persian digits"
grep -Eq "^خیّر TBZ-1 ما=HQ $when آن‌ها=TBZ $when تصمیم=ما$" "$TMP/fa"; ok $? "fa: «تصمیم=ما»"
# the time of the decision, in a sentence a person reads, in Persian
# digits as `hamyar audit` writes times (before, ASCII: «... root، 1405/09/12 09:35»)
d='[۰۱۲۳۴۵۶۷۸۹]'
whenfa="$d$d$d$d/$d$d/$d$d $d$d:$d$d"
grep -Eq "^  تصمیم: نسخهٔ این پایگاه داده ماند، به دست $me، $whenfa$" "$TMP/fa"; ok $? "fa: by whom and when, in Persian digits"
grep -Eq "^  تصمیم: .*$when$" "$TMP/fa"; is $? 1 "fa: no decision's time in ASCII digits"
"$HAMYAR" --db "$Q" audit --id TBZ-1 | grep 'تعارض' | grep -Eo "$whenfa" | head -n 1 >"$TMP/at"
[ -s "$TMP/at" ] && grep -A1 '^خیّر TBZ-1 ' "$TMP/fa" | grep -qF "$(cat "$TMP/at")"; ok $? "fa: TBZ-1's decided at $(cat "$TMP/at"), as hamyar audit writes it"
grep -Eq "^خیّر TBZ-2 ما=HQ $when آن‌ها=TBZ $when تصمیم=آن‌ها در=TBZ$" "$TMP/fa"; ok $? "fa: TBZ-2 «تصمیم=آن‌ها در=TBZ»"
grep -qx "  تصمیم در ایستگاه TBZ گرفته شد: نسخهٔ دیگر ماند (به زبان این پایگاه داده؛ چه کسی و کی، در گزارش تغییرات TBZ است، نه اینجا)" "$TMP/fa"
ok $? "fa: decided at TBZ, in HQ's words"
"$HAMYAR" --db "$Q" sync conflicts >"$TMP/fa0"; ok $? "without --all"
is "$(cat "$TMP/fa0")" "تعارضی نیست" "... «تعارضی نیست», as before"
"$HAMYAR" --db "$Q" sync conflicts --al >/dev/null 2>&1; is $? 2 "a mistyped option: usage error"
"$HAMYAR" --db "$Q" sync conflicts --bogus 2>&1 | grep -qF 'conflicts [--clocks] [--all]'; ok $? "the usage names --all"
"$HAMYAR" --help | grep -qF 'conflicts [--clocks] [--all]'; ok $? "hamyar --help names it"
done_testing
