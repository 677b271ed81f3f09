# A station's key read out over the phone and typed at HQ with `sync trust
# STATION KEY`, as the sync keys screen (F9) takes it: there, digits of any
# script and a key typed in groups were taken, but `sync trust` refused a
# key typed with the Persian layout left on («۷۰c3…») as not a key, and one
# typed in groups of eight as «70c3468f» being neither a key nor what
# `sync key` prints; a key with a character lost or doubled was refused
# without saying how many it had.  Now the digits are read as ASCII, the
# blanks between groups dropped, and a wrong key says how many characters
# it has (64 wanted) or the first that is not 0-9 or a-f.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
k=$(key "$T")
fa=$(printf '%s' "$k" | sed 'y/0123456789/۰۱۲۳۴۵۶۷۸۹/')
"$HAMYAR" --db "$Q" sync trust TBZ "$fa" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/out" "$TMP/err")" "0 کلید TBZ مورد اعتماد است" "a key typed with Persian digits: trusted"
"$HAMYAR" --db "$Q" sync status >/dev/null 2>&1
holds "$("$HAMYAR" --lang en --db "$Q" audit --id sync.trust.TBZ)" "\"$k\"" "... the key in ASCII, as sync key prints it"

g=$(printf '%s' "$k" | sed 's/\(........\)/\1 /g; s/ $//')
"$HAMYAR" --db "$M" sync trust TBZ "$g" >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/out" "$TMP/err")" "0 کلید TBZ مورد اعتماد است" "a key typed in groups of eight: trusted"
"$HAMYAR" --db "$M" sync trust TBZ "$k" >"$TMP/out" 2>&1
is "$(cat "$TMP/out")" "کلید TBZ از پیش مورد اعتماد است: چیزی تغییر نکرد" "... the same key as sync key prints it"

short=${k%?}
"$HAMYAR" --db "$TMP/hq2" init --station HQ >/dev/null 2>&1
"$HAMYAR" --db "$TMP/hq2" sync trust TBZ "$short" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: «$short» کلید عمومی یک ایستگاه نیست: کلید، سطر آخری که «hamyar sync key» در آن ایستگاه چاپ می‌کند، 64 نویسه (0 تا 9 و a تا f) دارد و این 63 نویسه دارد" \
    "a character lost: refused, saying it has 63"
bad="${short}ی"
"$HAMYAR" --db "$TMP/hq2" sync trust TBZ "$bad" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: «$bad» کلید عمومی یک ایستگاه نیست: «ی» در آن هست و کلید، سطر آخری که «hamyar sync key» در آن ایستگاه چاپ می‌کند، فقط 0 تا 9 و a تا f دارد" \
    "a Persian letter in it: refused, naming it"
"$HAMYAR" --lang en --db "$TMP/hq2" sync trust TBZ "$short" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "1 hamyar: «$short» is not a station's public key: a key, the last line that 'hamyar sync key' prints at that station, has 64 characters (0-9 and a-f), and this has 63" \
    "in English under --lang en"
g63="$(printf '%s' "$k" | cut -c1-56) $(printf '%s' "$k" | cut -c58-64)"
"$HAMYAR" --db "$TMP/hq2" sync trust TBZ "$g63" 2>/dev/null; is $? 1 "groups that make 63: refused"
is "$("$HAMYAR" --db "$TMP/hq2" sync status 2>&1 | grep -c TBZ)" 0 "nothing trusted there"
done_testing
