# A record changed at a station and at HQ while apart: `sync conflicts`
# says which side changed each field since the two last agreed (the
# version both histories share, found in the change log), and `sync
# resolve ID merge` keeps each side's own changes, a field both changed as
# the version in use has it.  Before, the listing gave only the two values,
# and "keep mine" or "keep theirs" dropped the other side's changes unless
# the fields were named one by one.  Where the shared version is not known
# (a suspected duplicate: two records), merge is refused and nothing is
# decided.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star

printf 'kind,name,county,mobile,notes\nperson,علی‌رضا كريمي,TBZ,09141234567,اولیه\nperson,زهرا احمدی‌نژاد,TBZ,09121112233,\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "two donors registered at TBZ reach HQ"

# TBZ-1: TBZ changes the mobile and the name first; HQ the notes and the
# name after it, so HQ's version is newer and in use at HQ.
printf 'id,name,mobile\nTBZ-1,علیرضا کریمی,09141112222\n' >"$TMP/t1.csv"
printf 'id,name,notes\nTBZ-1,علی‌رضا کریمی‌نژاد,ویرایش ستاد ۲\n' >"$TMP/q1.csv"
# TBZ-2: HQ first (the address), TBZ after (the mobile): TBZ's is in use.
printf 'id,address\nTBZ-2,تبریز، ولیعصر، کوچهٔ ۳\n' >"$TMP/q2.csv"
printf 'id,mobile\nTBZ-2,09351234567\n' >"$TMP/t2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/q1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/q2.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/t2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both edited on both sides; TBZ's bundle applied at HQ"

"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/c"
is "$(grep -c '^donor' "$TMP/c")" 2 "two open conflicts at HQ"
grep -q '^  mobile: mine="09141234567" theirs="09141112222" changed=TBZ$' "$TMP/c"
ok $? "TBZ-1's mobile: changed at TBZ only"
grep -q '^  notes: mine="ویرایش ستاد 2" theirs="اولیه" changed=here$' "$TMP/c"
ok $? "TBZ-1's notes: changed here only"
grep -q '^  name: mine=".*" theirs=".*" changed=both$' "$TMP/c"; ok $? "TBZ-1's name: changed on both sides"
grep -q '^  address: mine="تبریز، ولیعصر، کوچهٔ 3" theirs="" changed=here$' "$TMP/c"
ok $? "TBZ-2's address: changed here only (theirs is empty, not a change of theirs)"
"$HAMYAR" --db "$Q" sync conflicts >"$TMP/cf"
grep -q 'نام (name): .* تغییر=هر دو$' "$TMP/cf"; ok $? "in Persian: تغییر=هر دو"
grep -q '(mobile): .* تغییر=TBZ$' "$TMP/cf"
ok $? "... and تغییر=TBZ for the mobile"

"$HAMYAR" --db "$Q" sync resolve TBZ-1 merge >"$TMP/out" 2>&1; ok $? "sync resolve TBZ-1 merge"
is "$(field "$Q" TBZ-1 mobile)" "09141112222" "... TBZ's new mobile kept"
is "$(field "$Q" TBZ-1 notes)" "ویرایش ستاد 2" "... HQ's notes kept"
is "$(field "$Q" TBZ-1 name)" "علی‌رضا کریمی‌نژاد" "... the name both changed as in use here (HQ's, the newer)"
"$HAMYAR" --db "$Q" sync resolve TBZ-2 merge >/dev/null 2>&1; ok $? "sync resolve TBZ-2 merge"
is "$(field "$Q" TBZ-2 mobile)" "09351234567" "... TBZ's mobile (its version was in use)"
is "$(field "$Q" TBZ-2 address)" "تبریز، ولیعصر، کوچهٔ 3" "... and HQ's address, which keep theirs would have dropped"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 0 "no conflict left at HQ"
"$HAMYAR" --lang en --db "$Q" audit --id TBZ-2 | grep -qx '  decision: merged'
ok $? "the decision is in the audit log, as merged"

# the decisions reach TBZ; both databases hold the same donors
bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ
is "$("$HAMYAR" --lang en --db "$T" sync conflicts | grep -c '^donor')" 0 "no open conflict at TBZ"
"$HAMYAR" --db "$T" export donors >"$TMP/t.csv" 2>/dev/null
"$HAMYAR" --db "$Q" export donors >"$TMP/q.csv" 2>/dev/null
cmp -s "$TMP/t.csv" "$TMP/q.csv"; ok $? "TBZ and HQ hold the same donors"

# Two records of one national id (a suspected duplicate): no shared
# version, so merge cannot tell and refuses; nothing is decided.
printf 'kind,name,county,national_id\nperson,مهدی نوروزی‌فر,TBZ,1360000011\n' >"$TMP/n.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/n.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
dup=$("$HAMYAR" --lang en --db "$Q" sync conflicts | sed -n 's/^donor \([A-Z]*-[0-9]*\) .*duplicate$/\1/p' | head -n 1)
[ -n "$dup" ]; ok $? "a suspected duplicate at HQ ($dup)"
before=$("$HAMYAR" --db "$Q" sync conflicts)
err=$("$HAMYAR" --db "$Q" sync resolve "$dup" merge 2>&1); rc=$?
is $rc 1 "merge on it: refused"
holds "$err" "معلوم نیست کدام طرف" "... saying which side changed what is not known"
holds "$err" "mine" "... and what to use instead"
is "$("$HAMYAR" --db "$Q" sync conflicts)" "$before" "... nothing decided"

# A record with two entries at HQ: TBZ's version lost to HQ's, then MRG's
# (the newest) won over HQ's.  merge decides on MRG's entry, as resolve
# and the conflict screen do: HQ's notes and MRG's address kept.  Before,
# it took the marks of the first entry (TBZ's: HQ's record was then MRG's)
# and applied them to the second, which dropped MRG's address.
printf 'kind,name,county,phone\nperson,فاطمه رضائی‌پور,TBZ,04135551234\n' >"$TMP/d3.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d3.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ &&
    bundle "$Q" "$M" MRG
id3=$("$HAMYAR" --db "$M" export donors --format json | sed -n 's/^{"id": "\([A-Z]*-[0-9]*\)", .*رضائی‌پور.*/\1/p')
[ -n "$id3" ]; ok $? "a third donor reaches MRG through HQ ($id3)"
printf 'id,mobile\n%s,09147778899\n' "$id3" >"$TMP/t3.csv"
printf 'id,notes\n%s,پیگیری ستاد ۳\n' "$id3" >"$TMP/q3.csv"
printf 'id,address\n%s,مراغه، خیابان خواجه‌نصیر\n' "$id3" >"$TMP/m3.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t3.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/q3.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$M" import donors "$TMP/m3.csv" >/dev/null 2>&1 &&
    bundle "$T" "$Q" HQ && bundle "$M" "$Q" HQ
"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/c3"
is "$(grep -c "^donor $id3 " "$TMP/c3")" 1 "$id3 listed once at HQ"
grep -q "^donor $id3 .* versions=2\$" "$TMP/c3"; ok $? "... with two versions waiting (TBZ's, MRG's)"
"$HAMYAR" --lang en --db "$Q" sync conflicts | grep -q "^donor $id3 .* theirs=MRG [0-9/]* [0-9:]* kept=theirs"
ok $? "... MRG's is in use"
"$HAMYAR" --db "$Q" sync resolve "$id3" merge >/dev/null 2>&1; ok $? "sync resolve $id3 merge"
is "$(field "$Q" "$id3" address)" "مراغه، خیابان خواجه‌نصیر" "... MRG's address kept (changed=MRG in MRG's entry)"
is "$(field "$Q" "$id3" notes)" "پیگیری ستاد 3" "... and HQ's notes"

# TBZ's edit lost at HQ (HQ's was newer), and TBZ edited again from it:
# its newer version supersedes the entry and wins.  Its chain runs through
# the version that lost, which only the superseded entry holds here: the
# shared version is still found through it, so the changes are told and
# merge keeps both.  Before, HQ could not tell (no changed=, merge
# refused as if the history were an older program's).
printf 'kind,name,county,mobile\nperson,محمدحسین اسدی‌زاده,TBZ,09140001122\n' >"$TMP/d4.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d4.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
id4=$("$HAMYAR" --db "$Q" export donors --format json | sed -n 's/^{"id": "\([A-Z]*-[0-9]*\)", .*اسدی‌زاده.*/\1/p')
[ -n "$id4" ]; ok $? "a fourth donor at HQ ($id4)"
printf 'id,mobile\n%s,09142223344\n' "$id4" >"$TMP/t4.csv"
printf 'id,notes\n%s,تماس گرفته شد\n' "$id4" >"$TMP/q4.csv"
printf 'id,phone\n%s,04133334444\n' "$id4" >"$TMP/t5.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t4.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/q4.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ &&
"$HAMYAR" --db "$T" import donors "$TMP/t5.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/c4"
grep -q "^donor $id4 .* theirs=TBZ [0-9/]* [0-9:]* kept=theirs" "$TMP/c4"; ok $? "TBZ's second version in use at HQ, one entry open"
grep -q '^  phone: mine="" theirs="04133334444" changed=TBZ$' "$TMP/c4"
ok $? "... its phone: changed at TBZ"
grep -q '^  notes: mine="تماس گرفته شد" theirs="" changed=here$' "$TMP/c4"
ok $? "... HQ's notes: changed here"
"$HAMYAR" --db "$Q" sync resolve "$id4" merge >/dev/null 2>&1; ok $? "sync resolve $id4 merge"
is "$(field "$Q" "$id4" notes)" "تماس گرفته شد" "... HQ's notes kept"
is "$(field "$Q" "$id4" mobile)" "09142223344" "... and TBZ's mobile"

# Which station made a change, where a side is not one station's.  HQ's
# edit lost to TBZ's (newer); HQ then edited the record in use (the phone):
# that change is HQ's, in the version in use.  Then MRG's version came
# (newer still): at HQ the version set aside is TBZ's, and TBZ, not HQ,
# changed its mobile.  Before, the column in use was said to be the other
# station's change and the column set aside this database's: changed=TBZ
# for HQ's phone, changed=here for TBZ's mobile, changed=TBZ for MRG's
# address.
printf 'kind,name,county,mobile\nperson,سیدمرتضی موسوی‌نیا,TBZ,09145556677\n' >"$TMP/d6.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d6.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ &&
    bundle "$Q" "$M" MRG
id6=$("$HAMYAR" --db "$M" export donors --format json | sed -n 's/^{"id": "\([A-Z]*-[0-9]*\)", .*موسوی‌نیا.*/\1/p')
[ -n "$id6" ]; ok $? "a donor at TBZ, HQ and MRG ($id6)"
printf 'id,notes\n%s,پرونده در ستاد\n' "$id6" >"$TMP/q6.csv"
printf 'id,mobile\n%s,09148889900\n' "$id6" >"$TMP/t6.csv"
printf 'id,phone\n%s,04135556677\n' "$id6" >"$TMP/q7.csv"
printf 'id,address\n%s,مراغه، کوی فرهنگیان\n' "$id6" >"$TMP/m6.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q6.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/t6.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ &&
"$HAMYAR" --db "$Q" import donors "$TMP/q7.csv" >/dev/null 2>&1
"$HAMYAR" --lang en --db "$Q" sync conflicts | sed -n "/^donor $id6 /,/^donor /p" >"$TMP/c6"
grep -q '^  phone: mine="" theirs="04135556677" changed=here$' "$TMP/c6"
ok $? "HQ's phone, typed after the conflict into the version in use: changed=here"
grep -q '^  mobile: mine="09145556677" theirs="09148889900" changed=TBZ$' "$TMP/c6"
ok $? "... TBZ's mobile: changed=TBZ"
"$HAMYAR" --db "$M" import donors "$TMP/m6.csv" >/dev/null 2>&1 && bundle "$M" "$Q" HQ
"$HAMYAR" --lang en --db "$Q" sync conflicts | grep -A8 "^donor $id6 .* theirs=MRG [0-9/]* [0-9:]* kept=theirs" |
    sed -n '1p;/^  /p' >"$TMP/c7"
grep -q '^  mobile: mine="09148889900" theirs="09145556677" changed=TBZ$' "$TMP/c7"
ok $? "MRG's version in use at HQ: the mobile of the version set aside was changed at TBZ"
grep -q '^  phone: mine="04135556677" theirs="" changed=here$' "$TMP/c7"
ok $? "... its phone here"
grep -q '^  address: mine="" theirs="مراغه، کوی فرهنگیان" changed=MRG$' "$TMP/c7"
ok $? "... and the address of the version in use at MRG"
"$HAMYAR" --db "$Q" sync conflicts | grep -q '(mobile): .* تغییر=TBZ$'
ok $? "in Persian: تغییر=TBZ for the mobile"
done_testing
