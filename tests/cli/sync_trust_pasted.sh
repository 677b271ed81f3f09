# sync trust given all that `sync key` printed at the other station: an
# administrator copies both lines («ایستگاه TBZ» and the key under it),
# not the last one alone.  That was refused as a key («... کلید عمومی یک
# ایستگاه نیست») or as a usage error; now the key is picked out of it, in
# quotes, pasted without them, or on standard input ("-"), the station's
# code before it or read from its station line (Persian or English, as
# the other station's language is).  A station line naming another
# station than the one given, two different keys, and any other word are
# refused, naming what is wrong, and nothing is trusted.
. "$HAMYAR_SRC/tests/lib.sh"

T="$TMP/tbz"; H="$TMP/hq"; M="$TMP/mrd"
"$HAMYAR" --db "$T" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "TBZ"
"$HAMYAR" --db "$H" init --station HQ --name 'ستاد استان' >/dev/null 2>&1; ok $? "HQ"
"$HAMYAR" --db "$M" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1; ok $? "MRD"
out=$("$HAMYAR" --db "$T" sync key); ok $? "TBZ's sync key (Persian)"
is "$(printf '%s\n' "$out" | sed -n 1p)" "ایستگاه TBZ" "... its first line names the station, in Persian"
key=$(printf '%s\n' "$out" | tail -n 1)
out_en=$("$HAMYAR" --lang en --db "$M" sync key); ok $? "MRD's sync key (English)"
key_m=$(printf '%s\n' "$out_en" | tail -n 1)

trusted() {	# trusted DB CODE: is CODE among the stations DB trusts?
	"$HAMYAR" --lang en --db "$1" sync status | grep -q "^$2:"
}
untrust() {	# a fresh HQ, trusting no one
	rm -rf "$H"; "$HAMYAR" --db "$H" init --station HQ >/dev/null 2>&1
}

# the two lines, in quotes, after the station's code
"$HAMYAR" --db "$H" sync trust TBZ "$out" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/out" "$TMP/err")" "0 کلید TBZ مورد اعتماد است" "sync trust TBZ \"<both lines>\": trusted"
trusted "$H" TBZ; ok $? "... TBZ is trusted"
# the key is the one a bundle is checked with: one from TBZ is taken
"$HAMYAR" --db "$T" sync trust HQ "$("$HAMYAR" --db "$H" sync key)" >/dev/null 2>&1; ok $? "TBZ trusts HQ the same way"
printf 'id,kind,name,county\nTBZ-1,station,کلانتری ۱۲ تبريز,TBZ\n' >"$TMP/u.csv"
"$HAMYAR" --db "$T" import units "$TMP/u.csv" >/dev/null 2>&1; ok $? "a unit at TBZ"
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/b" 2>/dev/null; ok $? "TBZ's bundle for HQ"
"$HAMYAR" --db "$H" sync import "$TMP/b" >/dev/null 2>&1; ok $? "... HQ takes it: the key picked out is TBZ's"

# the two lines alone: the station read from the first
untrust
"$HAMYAR" --db "$H" sync trust "$out" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/out" "$TMP/err")" "0 کلید TBZ مورد اعتماد است" "sync trust \"<both lines>\": the station from its line"
# pasted without quotes: the words as arguments
untrust
# shellcheck disable=SC2086 # split on purpose, as a paste without quotes
"$HAMYAR" --db "$H" sync trust $out >/dev/null 2>&1; ok $? "sync trust ایستگاه TBZ KEY (pasted without quotes): trusted"
trusted "$H" TBZ; ok $? "... TBZ is trusted"
# English output, on standard input, the code typed too (lower case)
printf '%s\r\n' "$out_en" | "$HAMYAR" --db "$H" sync trust mrd - >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/out" "$TMP/err")" "0 کلید MRD مورد اعتماد است" "sync key's English lines (CR LF) on stdin, 'sync trust mrd -': trusted"
untrust
printf '%s\n' "$out_en" | "$HAMYAR" --db "$H" sync trust - >/dev/null 2>&1; ok $? "... and 'sync trust -' alone"
trusted "$H" MRD; ok $? "... MRD is trusted"

# refused, nothing trusted
untrust
"$HAMYAR" --db "$H" sync trust MRD "$out" >/dev/null 2>"$TMP/err"; is $? 1 "TBZ's lines given for MRD: refused, exit 1"
holds "$(cat "$TMP/err")" "متن دو ایستگاه را نام می‌برد، MRD و TBZ" "... naming both stations"
trusted "$H" MRD; is $? 1 "... MRD is not trusted"
trusted "$H" TBZ; is $? 1 "... nor TBZ"
"$HAMYAR" --db "$H" sync trust TBZ "ایستگاه TBZ
$key
hamyar: ردیف‌های دارای خطا: 1" >/dev/null 2>"$TMP/err"; is $? 1 "a line of something else among them: refused"
holds "$(cat "$TMP/err")" "«hamyar:» نه کلید عمومی یک ایستگاه است" "... naming the word"
"$HAMYAR" --lang en --db "$H" sync trust TBZ "station TBZ
$key
$key_m" >/dev/null 2>"$TMP/err"; is $? 1 "two different keys: refused"
holds "$(cat "$TMP/err")" "two different keys" "... saying so"
"$HAMYAR" --lang en --db "$H" sync trust TBZ "station TBZ
${key%?}" >/dev/null 2>"$TMP/err"; is $? 1 "a key cut short under its station line: refused"
holds "$(cat "$TMP/err")" "is neither a station's public key" "... as no key"
echo 'ایستگاه TBZ' | "$HAMYAR" --lang en --db "$H" sync trust - >/dev/null 2>"$TMP/err"; is $? 1 "the station line alone on stdin: refused"
holds "$(cat "$TMP/err")" "no station's public key was given" "... no key given"
printf '%s\n' "$key" | "$HAMYAR" --lang en --db "$H" sync trust - >/dev/null 2>"$TMP/err"; is $? 2 "the key alone on stdin, no station: a usage error"
holds "$(cat "$TMP/err")" "which station's key this is was not given" "... asking for the station"
"$HAMYAR" --db "$H" sync trust TBZ "کلید:
$key" >/dev/null 2>"$TMP/err"; is $? 1 "a word before the key («کلید:»): refused"
trusted "$H" TBZ; is $? 1 "nothing was trusted by any of them"
# as before: a key alone, a short one
"$HAMYAR" --db "$H" sync trust TBZ 12ab >/dev/null 2>"$TMP/err"; is $? 1 "sync trust TBZ 12ab: refused as before"
holds "$(cat "$TMP/err")" "«12ab» کلید عمومی یک ایستگاه نیست" "... in the same words"
"$HAMYAR" --db "$H" sync trust TBZ >/dev/null 2>&1; is $? 2 "no key: a usage error"
"$HAMYAR" --db "$H" sync trust TBZ "$key" >/dev/null 2>&1; ok $? "the key line alone: trusted, as before"
done_testing
