# The keys trusted at a station after its backup was made.  Restored over
# the station's database, a station trusted only since (MRD, trusted at
# TBZ after the backup) is trusted again with the key that database had
# for it, and restore says so; before, it was dropped without a word and
# MRD's bundles were refused as from an unknown station.  Restored into an
# empty folder (or over a database that cannot be read), there is nothing
# to learn from: restore says what it cannot know, from the backup's last
# entry on (this station's key may have been made anew since: the backup's
# key shown, to compare with what the stations trust; stations trusted, or
# keys replaced, since then are not known), names the stations the backup
# trusts, and says what to run.  Before, it said nothing of the keys.  A
# station restored so from a backup made before its new key signs with the
# old one again: HQ refuses its bundles (the old key may have leaked), and
# its refusal now says what to do then (a new key there, trusted here with
# --replace); before, it said only that the bundle was made before the new
# key and that the station's next bundle would carry its changes, which
# never happens.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
tbz_donors; ok $? "TBZ's two donors at HQ"
k0=$(key "$T")
"$HAMYAR" --db "$T" backup "$TMP/tbz.bak" >/dev/null 2>&1; ok $? "TBZ backed up"

D="$TMP/mrd"
"$HAMYAR" --db "$D" init --station MRD >/dev/null 2>&1 &&
"$HAMYAR" --db "$D" sync trust TBZ "$k0" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" sync trust MRD "$(key "$D")" >/dev/null 2>&1; ok $? "MRD trusted at TBZ after the backup (and TBZ at MRD)"
printf 'kind,name,county\nperson,مهدی موسوی‌نژاد,MRD\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$D" sync export --to TBZ --out "$TMP/mrd.bundle" >/dev/null 2>&1; ok $? "a bundle of MRD's for TBZ"

# over the station's database: MRD trusted again
"$HAMYAR" --db "$T" restore "$TMP/tbz.bak" >"$TMP/out" 2>"$TMP/err"; is $? 0 "the backup restored over TBZ's database"
holds "$(cat "$TMP/out")" "ایستگاه MRD پس از گرفتن پشتیبان مورد اعتماد شده بود؛ دوباره مورد اعتماد است" "... saying MRD, trusted after the backup, is trusted again"
"$HAMYAR" --db "$T" sync trust MRD "$(key "$D")" 2>&1 | grep -q 'از پیش مورد اعتماد است'
ok $? "TBZ trusts MRD's key (not dropped)"
"$HAMYAR" --db "$T" sync import "$TMP/mrd.bundle" >/dev/null 2>"$TMP/err"; ok $? "MRD's bundle imports at the restored TBZ"
is "$(field "$T" MRD-1 name)" "مهدی موسوی‌نژاد" "... its donor there"
"$HAMYAR" --lang en --db "$T" audit >"$TMP/a"
grep -q 'sync.trust.MRD' "$TMP/a"; ok $? "the restored database's audit log has MRD's trust"
case $(cat "$TMP/out") in *"پایگاه داده‌ای نبود"*) r=1 ;; *) r=0 ;; esac
ok $r "... and nothing of what restore cannot know: it had the database to learn from"

# into an empty folder: what it cannot know, said
N="$TMP/new/tbz"
"$HAMYAR" --db "$N" restore "$TMP/tbz.bak" >"$TMP/out" 2>"$TMP/err"; is $? 0 "the backup restored into an empty folder"
out=$(cat "$TMP/out")
holds "$out" "در $N پایگاه داده‌ای نبود که نسخهٔ پشتیبان با آن سنجیده شود" "it says there was no database to compare the backup with"
last=$("$HAMYAR" --lang en --db "$N" audit | grep '^[0-9]' | grep -v restore-backup | tail -n 1 | cut -c1-16)
holds "$out" "پس از آخرین رویداد نسخهٔ پشتیبان ($last)" "... that it cannot know what changed after the backup's last entry ($last)"
short="$(printf %.8s "$k0")...$(printf %s "$k0" | tail -c 8)"
holds "$out" "کلید این ایستگاه همان کلید نسخهٔ پشتیبان است، $short" "... this station's key, the backup's, shown to compare"
holds "$out" "hamyar sync trust TBZ KEY --replace" "... and what to do if it was made anew"
holds "$out" "همان‌های نسخهٔ پشتیبان‌اند: HQ." "... the stations the backup trusts, named"
holds "$out" "ایستگاهی که از آن پس مورد اعتماد شده اینجا مورد اعتماد نیست" "... that a station trusted since is not trusted here"
holds "$out" "hamyar sync trust STATION KEY" "... and what to run"
"$HAMYAR" --db "$N" sync import "$TMP/mrd.bundle" >/dev/null 2>&1; is $? 1 "(MRD's bundle is refused there: that is what the message is for)"
"$HAMYAR" --db "$N" sync trust MRD "$(key "$D")" >/dev/null 2>&1 &&
"$HAMYAR" --db "$N" sync import "$TMP/mrd.bundle" >/dev/null 2>&1; ok $? "... once sync trust is run, it imports"
"$HAMYAR" --lang en --db "$TMP/new/en" restore "$TMP/tbz.bak" >"$TMP/out" 2>&1
holds "$(cat "$TMP/out")" "so restore cannot know what changed in the sync keys after the backup's last entry" "English too"
holds "$(cat "$TMP/out")" "the stations whose keys are trusted here are the backup's: HQ." "... naming the stations"

# over a database that cannot be read (the wrong file copied in)
B="$TMP/bad"
mkdir -p "$B" && cp "$TMP/d.csv" "$B/data.mdb"
"$HAMYAR" --db "$B" restore "$TMP/tbz.bak" >"$TMP/out" 2>"$TMP/err"; is $? 0 "the backup restored over a file that is no database"
holds "$(cat "$TMP/out")" "پایگاه داده‌ای که در $B بود خوانده نشد" "... saying the database there could not be read, so nothing was learnt from it"

# TBZ's key made anew after the backup (HQ trusts the new one), then the
# backup restored into an empty folder: the old key again
"$HAMYAR" --db "$T" sync key --new >"$TMP/out" 2>/dev/null &&
"$HAMYAR" --db "$Q" sync trust TBZ "$(tail -n 1 "$TMP/out")" --replace >/dev/null 2>&1
ok $? "TBZ's key made anew after the backup, trusted at HQ"
R="$TMP/again/tbz"
"$HAMYAR" --db "$R" restore "$TMP/tbz.bak" >"$TMP/out" 2>&1; ok $? "the backup restored into an empty folder"
is "$(key "$R")" "$k0" "... with the backup's key, the old one: nothing to learn the new one from"
holds "$(cat "$TMP/out")" "$short" "... which restore shows, to compare with what HQ trusts"
"$HAMYAR" --db "$R" sync export --to HQ --out "$TMP/r.bundle" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" sync import "$TMP/r.bundle" >/dev/null 2>"$TMP/err"; is $? 1 "HQ refuses its bundle (signed with TBZ's replaced key)"
holds "$(cat "$TMP/err")" "اگر TBZ از نسخهٔ پشتیبانی که پیش از کلید تازه‌اش گرفته شده بود بازگردانده شده است" "... saying what if TBZ was restored from a backup made before its new key"
holds "$(cat "$TMP/err")" "آنجا کلید تازه‌ای بسازید (hamyar sync key --new) و اینجا به آن اعتماد کنید: hamyar sync trust TBZ KEY --replace" "... a new key there, trusted here with --replace"
"$HAMYAR" --lang en --db "$Q" sync import "$TMP/r.bundle" >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "If TBZ was restored from a backup made before its new key and signs with this old key again, make a new key there" "English too"
"$HAMYAR" --db "$R" sync key --new >"$TMP/out" 2>/dev/null &&
"$HAMYAR" --db "$Q" sync trust TBZ "$(tail -n 1 "$TMP/out")" --replace >/dev/null 2>&1 &&
"$HAMYAR" --db "$R" sync export --to HQ --out "$TMP/r.bundle" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" sync import "$TMP/r.bundle" >/dev/null 2>&1; ok $? "done so, the restored TBZ's bundle imports at HQ"
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/q.bundle" >/dev/null 2>&1 &&
"$HAMYAR" --db "$R" sync import "$TMP/q.bundle" >/dev/null 2>&1; ok $? "... and HQ's at TBZ"
done_testing
