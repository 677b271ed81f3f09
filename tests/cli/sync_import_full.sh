# sync import into a database whose disk fills up while the bundle is
# applied (HQ's server with little room left): it said «بسته رد شد و هیچ
# تغییری اعمال نشد: دیسک پر است» (the bundle refused), which reads as if
# the bundle were bad, sending the administrator to ask the station for a
# new one, and did not say what to do.  Now it says the bundle was not
# imported as the database's disk is full, that it is to be imported again
# once there is room (df -h on the database's folder); nothing of it is
# applied, and the same bundle goes in once room is made.  Needs root and
# mount (a small tmpfs); skipped otherwise.
. "$HAMYAR_SRC/tests/lib.sh"
small_disk "$TMP/disk" 400k

M="$TMP/mrd"
"$HAMYAR" --db "$M" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1
"$HAMYAR" --db "$M" demo --size 40 >/dev/null 2>&1; ok $? "a station with records"
H="$TMP/disk/hq"
"$HAMYAR" --db "$H" init --station HQ >/dev/null 2>&1; ok $? "HQ's database on a small disk"
"$HAMYAR" --db "$H" sync trust MRD "$("$HAMYAR" --db "$M" sync key | tail -n 1)" >/dev/null; ok $? "HQ trusts MRD"
"$HAMYAR" --db "$M" sync export --to HQ --out "$TMP/b.hsb" >/dev/null 2>&1; ok $? "MRD's bundle"
before=$("$HAMYAR" --db "$H" export donors | cksum)

"$HAMYAR" --db "$H" sync import "$TMP/b.hsb" >"$TMP/out" 2>"$TMP/err"
is $? 3 "the import onto the full disk: exit 3"
err=$(cat "$TMP/err")
grep -qF 'بسته رد شد' "$TMP/err"; is $? 1 "the bundle is not said to be refused: $err"
holds "$err" "بستهٔ MRD در $TMP/b.hsb وارد نشد و هیچ تغییری اعمال نشد: دیسک پایگاه داده پر است" "says it was not imported as the database's disk is full"
holds "$err" "df -h $H" "... the command that shows the room, for the database's folder"
holds "$err" "همین بسته را دوباره وارد کنید" "... and to import the same bundle again"
is "$("$HAMYAR" --db "$H" export donors | cksum)" "$before" "nothing of the bundle is applied"
"$HAMYAR" --lang en --db "$H" sync import "$TMP/b.hsb" >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "not imported, nothing applied: the database's disk is full" "in English too: $(cat "$TMP/err")"

# room made: the same bundle goes in
mount -o remount,size=8m "$TMP/disk" 2>/dev/null; ok $? "room is made on the disk"
"$HAMYAR" --db "$H" sync import "$TMP/b.hsb" >"$TMP/out" 2>"$TMP/err"; ok $? "the same bundle is imported: $(cat "$TMP/out" "$TMP/err")"
is "$("$HAMYAR" --db "$H" export donors | cksum)" "$("$HAMYAR" --db "$M" export donors | cksum)" "HQ holds MRD's donors"

done_testing
