# The modes of the files the verbs write.  A sync bundle (donors' national
# ids and mobiles), an export and a report's page were written under the
# umask's 0644, readable by every account on the machine, while a backup
# was 0640 (0660 under a umask of 0002).  Now each is 0640 at most: the
# owner's, its group reading it as it reads the database, nobody else's;
# a bundle written over one left 0666 is 0640, one kept 0600 stays so, and
# a narrower umask narrows them.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/sync.inc"
umask 022
mode() { stat -c %a "$1"; }
trust_star
printf 'kind,name,national_id,mobile,county\nperson,علي‌رضا كريمي,۰۰۷۶۲۲۹۶۴۵,09141234567,TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a donor with a national id and a mobile"
mkdir "$TMP/usb"
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/usb/hq.bundle" >/dev/null 2>&1; ok $? "a bundle for HQ"
is "$(mode "$TMP/usb/hq.bundle")" 640 "the bundle: 640, not the umask's 644"
chmod 666 "$TMP/usb/hq.bundle"
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/usb/hq.bundle" >/dev/null 2>&1; ok $? "written again over it, left 666"
is "$(mode "$TMP/usb/hq.bundle")" 640 "... 640"
chmod 600 "$TMP/usb/hq.bundle"
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/usb/hq.bundle" >/dev/null 2>&1; ok $? "written again over it, kept 600"
is "$(mode "$TMP/usb/hq.bundle")" 600 "... stays 600"
"$HAMYAR" --db "$T" export donors --out "$TMP/usb/donors.csv" >/dev/null 2>&1; ok $? "export --out"
is "$(mode "$TMP/usb/donors.csv")" 640 "the export: 640"
"$HAMYAR" --db "$T" export all --out "$TMP/usb/all" >/dev/null 2>&1; ok $? "export all --out DIR"
is "$(stat -c %a "$TMP"/usb/all/* | sort -u | tr '\n' ' ')" "640 " "each of its files: 640"
"$HAMYAR" --db "$T" report --html "$TMP/usb/r.html" >/dev/null 2>&1; ok $? "report --html"
is "$(mode "$TMP/usb/r.html")" 640 "the report's page: 640"
(umask 002; "$HAMYAR" --db "$T" backup "$TMP/usb/b.mdb" >/dev/null 2>&1); ok $? "a backup under a umask of 002"
is "$(mode "$TMP/usb/b.mdb")" 640 "... 640, not 660"
(umask 077; "$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/usb/b2.bundle" >/dev/null 2>&1); ok $? "a bundle under a umask of 077"
is "$(mode "$TMP/usb/b2.bundle")" 600 "... 600"
"$HAMYAR" --db "$Q" sync import "$TMP/usb/hq.bundle" >/dev/null 2>&1; ok $? "and the bundle imports at HQ"
done_testing
