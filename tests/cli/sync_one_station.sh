# A conflict whose two versions both carry one station's code: TBZ made
# them in two of its databases, the one it had before it was installed
# afresh (or restored from a backup) and the one it has now.  Before,
# `sync conflicts` said «changed: at TBZ ..., at TBZ ...» at HQ and
# «changed: here ..., at TBZ ...» at TBZ itself, which told the supervisor
# nothing; it now says the record was changed in two databases of TBZ
# (of this station, at TBZ), why that happens, and which time is this
# database's version and which the incoming one's, and a field changed by
# one side only says which side («changed=mine», «changed=theirs»), not
# the station, which is both's.  A conflict between two stations is said
# as before.  The times are on the first line (and, with --clocks, whose
# first line has clock stamps, on this one).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
d='[0-9]{4}/[0-9]{2}/[0-9]{2} [0-9]{2}:[0-9]{2}'
tbz_donors && bundle "$Q" "$M" MRG
ok $? "TBZ's two donors at HQ and MRG"
# a plain conflict: TBZ-2 edited at HQ and at MRG while apart
printf 'id,notes\nTBZ-2,یادداشت ستاد ۱۴۰۳\n' >"$TMP/q.csv"
printf 'id,notes\nTBZ-2,یادداشت مرند\n' >"$TMP/m.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$M" import donors "$TMP/m.csv" >/dev/null 2>&1 && bundle "$M" "$Q" HQ
ok $? "TBZ-2 edited at HQ and at MRG"

# TBZ installed afresh types a donor and sends it before HQ's bundle came:
# its TBZ-1 (another person) meets HQ's TBZ-1, which the old TBZ made
reinstall_tbz &&
printf 'kind,name,county,mobile\nperson,مریم یوسفی‌پور,TBZ,۰۹۱۴۱۱۱۲۲۳۳\n' >"$TMP/n.csv" &&
"$HAMYAR" --db "$T" import donors "$TMP/n.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "TBZ installed afresh, its new TBZ-1 sent to HQ first"

"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/c" 2>&1
sed -n '/^donor TBZ-1 /,/^donor /p' "$TMP/c" >"$TMP/c1"
grep -Eq "^  changed: in two databases of TBZ \(installed afresh or restored from a backup\)\$" "$TMP/c1"
ok $? "HQ: TBZ-1 was changed in two databases of TBZ"
"$HAMYAR" --lang en --db "$Q" sync conflicts --clocks 2>&1 | sed -n '/^donor TBZ-1 /,/^donor /p' |
    grep -Eq "^  changed: in two databases of TBZ \(installed afresh or restored from a backup\): this database's version $d, the incoming $d\$"
ok $? "... with --clocks, this database's version and the incoming one each with its time"
grep -q "at TBZ .*, at TBZ" "$TMP/c"; is $? 1 "... not «at TBZ ..., at TBZ ...»"
grep -q "Two different records under one number" "$TMP/c1"; ok $? "... still marked as two records under one number"
"$HAMYAR" --lang en --db "$Q" sync conflicts --clocks 2>&1 | sed -n '/^donor TBZ-2 /,$p' | grep -Eq "^  changed: here $d, at MRG $d\$"
ok $? "TBZ-2, changed at HQ and at MRG, is said as before"
sed -n '/^donor TBZ-2 /,$p' "$TMP/c" | grep -q "two databases"; is $? 1 "... not as two databases of one station"
"$HAMYAR" --db "$Q" sync conflicts >"$TMP/cf" 2>&1
grep -q "^  محل تغییر: دو پایگاه دادهٔ TBZ (که از نو نصب یا از نسخهٔ پشتیبان برگردانده شده است)$" "$TMP/cf"
ok $? "... and in Persian"

# at the new TBZ, HQ's TBZ-1 (the old TBZ's) comes back: both are TBZ's
bundle "$Q" "$T" TBZ; ok $? "HQ's bundle imported at the new TBZ"
"$HAMYAR" --lang en --db "$T" sync conflicts >"$TMP/t" 2>&1
grep -Eq "^  changed: in two databases of this station \(installed afresh or restored from a backup\)\$" "$TMP/t"
ok $? "TBZ: changed in two databases of this station"
grep -q "changed: here .*, at TBZ" "$TMP/t"; is $? 1 "... not «here ..., at TBZ ...» (TBZ is here)"
"$HAMYAR" --db "$T" sync conflicts 2>&1 | grep -q "^  محل تغییر: دو پایگاه دادهٔ همین ایستگاه (که از نو"
ok $? "... and in Persian"

# restored from a backup: one record, edited by the station before its
# disk died (that edit reached HQ) and again after the restore
"$HAMYAR" --db "$Q" sync resolve TBZ-2 mine >/dev/null 2>&1 &&
bundle "$Q" "$M" MRG && bundle "$M" "$Q" HQ &&
"$HAMYAR" --db "$M" backup "$TMP/bk.mdb" >/dev/null 2>&1
ok $? "TBZ-2's conflict decided at HQ, the decision at MRG; MRG backed up"
printf 'id,mobile\nTBZ-2,09141230000\n' >"$TMP/e1.csv"
printf 'id,notes\nTBZ-2,پس از بازگردانی از پشتیبان\n' >"$TMP/e2.csv"
"$HAMYAR" --db "$M" import donors "$TMP/e1.csv" >/dev/null 2>&1 && bundle "$M" "$Q" HQ &&
rm -rf "$M" && mkdir "$M" && cp "$TMP/bk.mdb" "$M/data.mdb" &&
"$HAMYAR" --db "$M" import donors "$TMP/e2.csv" >/dev/null 2>&1 &&
bundle "$M" "$Q" HQ && bundle "$Q" "$M" MRG
ok $? "MRG edits TBZ-2, sends it, is restored from the backup, edits it again and sends it"
"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/c" 2>&1
sed -n '/^donor TBZ-2 /,/^donor /p' "$TMP/c" >"$TMP/c2"
grep -Eq "^  changed: in two databases of MRG \(installed afresh or restored from a backup\)\$" "$TMP/c2"
ok $? "HQ: TBZ-2 changed in two databases of MRG"
grep -q "Two different records" "$TMP/c2"; is $? 1 "... one record, not two under one number"
grep -q '^  mobile: mine="09141230000" theirs=".*" changed=mine$' "$TMP/c2"
ok $? "... the mobile changed by this database's version (MRG's before the restore), not «changed=MRG»"
grep -q '^  notes: mine="یادداشت ستاد 1403" theirs="پس از بازگردانی از پشتیبان" changed=theirs$' "$TMP/c2"
ok $? "... the notes by the incoming one (MRG's after it)"
"$HAMYAR" --lang en --db "$M" sync conflicts >"$TMP/m" 2>&1
grep -q "^  changed: in two databases of this station " "$TMP/m"
ok $? "MRG: changed in two databases of this station"
grep -q '^  mobile: .* changed=theirs$' "$TMP/m" && grep -q '^  notes: .* changed=mine$' "$TMP/m"
ok $? "... the mobile by the incoming version, the notes by this database's, not «changed=here» for both"
done_testing
