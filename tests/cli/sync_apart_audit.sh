# A station installed afresh sends a new record under a number HQ holds
# for another person: HQ's TBZ-1 «علی‌رضا کریمی» meets the new TBZ-1
# «مریم یوسفی‌پور».  The import puts the two in the conflict queue and,
# the new one being newer, uses it.  Its audit entry used to read
# «name: "علی‌رضا کریمی" -> "مریم یوسفی‌پور"», as if one person's record
# had been edited into another's.  It now says another record under this
# number came (made at TBZ), that the two wait in the conflicts, which
# version is in use, and per field the value in use and the one waiting.
# At TBZ, where its own record stays in use and nothing changes, the
# import of HQ's old TBZ-1 now says so too (it wrote nothing before).
# What is applied is unchanged: the exports agree after the exchange.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
tbz_donors
ok $? "TBZ's two donors at HQ"
printf 'id,notes\nTBZ-1,پرونده در ستاد ۱۴۰۳\n' >"$TMP/q.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1
ok $? "HQ edits TBZ-1's notes"

reinstall_tbz
ok $? "TBZ made again, its new key trusted at HQ"
printf 'kind,name,county,mobile\nperson,مریم يوسفی‌پور,TBZ,۰۹۱۴۱۱۱۲۲۳۳\n' >"$TMP/n.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "the new TBZ-1 sent to HQ first"
is "$(field "$Q" TBZ-1 name)" "مریم یوسفی‌پور" "HQ uses the newer version, as before"

"$HAMYAR" --lang en --db "$Q" audit --id TBZ-1 >"$TMP/a"
sed -n '/ sync donor "TBZ-1"$/,$p' "$TMP/a" | sed 1,7d >"$TMP/a2"	# past the creation
grep -qx '  another record under this number: made at TBZ; the two wait in the conflicts for a decision (hamyar sync conflicts)' "$TMP/a2"
ok $? "HQ's entry: another record under this number, made at TBZ, both waiting in the conflicts"
grep -qx '  version in use: the incoming one' "$TMP/a2"; ok $? "... the incoming one in use"
grep -qx '  name: in use "مریم یوسفی‌پور", waiting "علی‌رضا کریمی"' "$TMP/a2"
ok $? "... the name in use and the one waiting"
grep -qx '  notes: in use (empty), waiting "پرونده در ستاد 1403"' "$TMP/a2"
ok $? "... the notes too"
grep -q 'name: "علی‌رضا کریمی" -> "مریم یوسفی‌پور"' "$TMP/a"; is $? 1 "... not as an edit of the name"
"$HAMYAR" --db "$Q" audit --id TBZ-1 >"$TMP/af"
grep -qx '  رکوردی دیگر با همین شماره: ساختهٔ TBZ؛ هر دو در تعارض‌ها منتظر تصمیم‌اند (hamyar sync conflicts)' "$TMP/af"
ok $? "... in Persian"
grep -qx '  نسخهٔ به‌کار: نسخهٔ رسیده' "$TMP/af"; ok $? "... the version in use, in Persian"
grep -qx '  نام: به‌کار "مریم یوسفی‌پور"، در انتظار "علی‌رضا کریمی"' "$TMP/af"
ok $? "... the name in use and the one waiting, in Persian"

# TBZ-2, an ordinary edit that comes by sync, reads as before
bundle "$Q" "$T" TBZ; ok $? "HQ's bundle imported at the new TBZ"
is "$(field "$T" TBZ-1 name)" "مریم یوسفی‌پور" "TBZ keeps its own TBZ-1 in use (the newer)"
"$HAMYAR" --lang en --db "$T" audit --id TBZ-1 >"$TMP/t"
is "$(grep -c 'another record under this number' "$TMP/t")" 1 "TBZ's audit says once that another record came under TBZ-1"
grep -qx '  version in use: this database'"'"'s' "$TMP/t"; ok $? "... this database's in use"
"$HAMYAR" --lang en --db "$T" audit --id TBZ-2 >"$TMP/t2"
grep -qx '  name: (empty) -> "زهرا احمدی‌نژاد"' "$TMP/t2" && ! grep -q 'another record' "$TMP/t2"
ok $? "TBZ-2, a plain record by sync, reads as before"

bundle "$T" "$Q" HQ && bundle "$Q" "$T" TBZ
ok $? "bundles both ways again"
"$HAMYAR" --db "$Q" export donors --format json >"$TMP/eq" &&
"$HAMYAR" --db "$T" export donors --format json >"$TMP/et"
cmp -s "$TMP/eq" "$TMP/et"; ok $? "HQ's and TBZ's exports are identical"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor TBZ-1 ')" 1 "TBZ-1 still waits at HQ"
done_testing
