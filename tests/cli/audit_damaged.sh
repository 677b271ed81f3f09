# `hamyar audit` over an audit log with an entry that cannot be read (its
# value garbled by a failing disk, or the entry gone that the log's id
# index names).  Before, audit stopped at that entry: exit 3 with nothing
# listed after it, so a log damaged at its first entry showed nothing at
# all; an entry missing under --id ended the listing there with exit 0, as
# if there were no more.  Now the entry is named (its number and time),
# the others are listed, and the end says how many could not be read and
# to run verify, exit 3.  tests/cli/damage.py damages the first entry
# (init recording the owner as the admin) behind LMDB's back.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/station"
ME=$(id -un)
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1
printf 'kind,name,national_id,mobile,county\nperson,علي‌اكبر كريمي‌نژاد,۰۰۷۶۲۲۹۶۴۵,09141234567,MRD\nperson,زهرا موسوی‌پور,0012345679,۰۹۱۲۷۶۵۴۳۲۱,مرند\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a database with two donors"
"$HAMYAR" --db "$D" user add sara.k --role clerk --county MRD >/dev/null 2>&1; ok $? "and a clerk"
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy (a backup)"

# damage KIND: the copy put back in $TMP/c, its first audit entry damaged
damage() {
	is "$(damaged_copy "$TMP/b.mdb" "$TMP/c" "$@")" 1 "damage $*: an audit entry found"
}

damage data
"$HAMYAR" --db "$TMP/c" audit >"$TMP/out" 2>"$TMP/err"
is $? 3 "an unreadable first entry: audit ends with exit 3"
grep -qF 'مدخل 1 گزارش تغییرات (' "$TMP/err"; ok $? "naming the entry by its number"
grep -qF 'خوانا نیست؛ مدخل‌های پس از آن فهرست می‌شوند' "$TMP/err"; ok $? "... saying it cannot be read and the rest follow"
grep -q "$ME خیّر \"MRD-1\" را افزود\$" "$TMP/out"; ok $? "the first donor's creation is listed after it"
grep -qF 'کریمی‌نژاد' "$TMP/out"; ok $? "... with the donor's name"
grep -q "$ME خیّر \"MRD-2\" را افزود\$" "$TMP/out"; ok $? "and the second's"
grep -q "\"sara.k\"\$" "$TMP/out"; ok $? "and the clerk's, the last entry"
grep -qF "1 مدخل گزارش تغییرات خوانده نشد: شاید پایگاه داده آسیب دیده باشد؛ 'hamyar --db $TMP/c verify' را اجرا کنید" "$TMP/err"
ok $? "the end says how many could not be read, and to run verify"
"$HAMYAR" --lang en --db "$TMP/c" audit >"$TMP/out" 2>"$TMP/err"
is $? 3 "in English: exit 3"
grep -q '^hamyar: audit log entry 1 (1[34][0-9][0-9]/[01][0-9]/[0-3][0-9] [0-9:]*) cannot be read; the entries after it are listed$' "$TMP/err"
ok $? "in English: the entry named with its time"
grep -qF "hamyar: 1 audit log entry could not be read: the database may be damaged; run 'hamyar --db $TMP/c verify'" "$TMP/err"
ok $? "in English: one entry that could not be read, in the singular"
is "$(grep -c '^1[34].* create ' "$TMP/out")" 3 "in English: the three other creations listed"
# --id the admin's login: the damaged entry is his creation
"$HAMYAR" --db "$TMP/c" audit --id "$ME" >"$TMP/out" 2>"$TMP/err"
is $? 3 "--id $ME: its only entry unreadable, exit 3"
grep -qF 'مدخل 1 گزارش تغییرات (' "$TMP/err"; ok $? "--id $ME: named"
grep -qF 'تغییری ثبت نشده' "$TMP/err"; is $? 1 "--id $ME: not that nothing is recorded for him"
# --user: an entry that cannot be read is named whoever made it
"$HAMYAR" --db "$TMP/c" audit --user "$ME" >"$TMP/out" 2>"$TMP/err"
is $? 3 "--user $ME: exit 3"
is "$(grep -Ec '^(1[34]|۱[۳۴])' "$TMP/out")" 3 "--user $ME: his three readable entries listed"

# the entry's key changed: the id index names an entry no longer there
damage rekey
"$HAMYAR" --db "$TMP/c" audit --id "$ME" >"$TMP/out" 2>"$TMP/err"
is $? 3 "--id $ME, the entry his index names missing: exit 3, not 0"
grep -qF 'مدخل 1 گزارش تغییرات (' "$TMP/err"; ok $? "... naming the entry the index names"

# the sound database: nothing said, exit 0
"$HAMYAR" --db "$D" audit >"$TMP/out" 2>"$TMP/err"; ok $? "the database itself: exit 0"
[ ! -s "$TMP/err" ]; ok $? "... nothing on stderr"
is "$(grep -Ec '^(1[34]|۱[۳۴])' "$TMP/out")" 4 "... its four entries"
done_testing
