# MRG and HQ edit two donors while apart and HQ settles the two conflicts;
# then TBZ edits them too.  HQ's bundle brings TBZ, for each donor, HQ's
# edit, MRG's and HQ's decision: three versions, each queued in turn and
# taking the last one's place, so one decision per donor waits at TBZ.
# The import's summary counts the conflicts as `sync conflicts` (and the
# conflict screen) list them, one per record waiting, not one per version
# the bundle carried (it said 3 where 2 were listed).
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
open_at() { "$HAMYAR" --lang en --db "$1" sync conflicts | grep -c '^donor'; }

printf 'kind,name,county,national_id\nperson,فاطمه رحیمی‌پور,TBZ,0012345679\nperson,حسين كاظمي,TBZ,\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "two donors at TBZ"
xfer "$T" "$Q" HQ && xfer "$Q" "$M" MRG; ok $? "they reach HQ and MRG"

# While apart, MRG adds mobiles and HQ notes; HQ receives MRG's versions
# and settles the two conflicts, one each way; then TBZ corrects the names.
printf 'id,mobile\nTBZ-1,09141234567\nTBZ-2,۰۹۱۴۷۶۵۴۳۲۱\n' >"$TMP/m.csv"
"$HAMYAR" --db "$M" import donors "$TMP/m.csv" >/dev/null; ok $? "MRG edits both"
sleep 0.01
printf 'id,notes\nTBZ-1,تماس ستاد ۱۴۰۵\nTBZ-2,Tel. checked\n' >"$TMP/q.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null; ok $? "HQ edits both"
xfer "$M" "$Q" HQ; ok $? "MRG's bundle at HQ"
is "$(open_at "$Q")" 2 "two conflicts at HQ"
"$HAMYAR" --db "$Q" sync resolve TBZ-1 mine >/dev/null &&
"$HAMYAR" --db "$Q" sync resolve TBZ-2 theirs >/dev/null; ok $? "HQ decides both"
sleep 0.01
printf 'id,name\nTBZ-1,فاطمه رحیمی‌پور اصل\nTBZ-2,حسین کاظمی‌نیا\n' >"$TMP/t.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null; ok $? "TBZ edits both"

xfer "$Q" "$T" TBZ; ok $? "HQ's bundle imported at TBZ"
is "$(open_at "$T")" 2 "two records wait for a decision at TBZ"
holds "$(cat "$TMP/out")" ", conflicts: 2" "the summary counts two conflicts, as listed"
case $(cat "$TMP/out") in *settled*) ok 1 "none counted as settled elsewhere"; sed 's/^/# /' "$TMP/out" ;;
*) ok 0 "none counted as settled elsewhere" ;; esac
xfer "$Q" "$T" TBZ fa; ok $? "the same bundle again, in Persian"
holds "$(cat "$TMP/out")" "، ۰ تعارض" "a repeat: nothing new waits"
is "$(open_at "$T")" 2 "the two still wait"
done_testing
