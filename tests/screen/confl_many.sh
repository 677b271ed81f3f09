# The conflict screen on a record edited at three databases while apart
# (TBZ the mobile, MRG the address, HQ the notes): at HQ it waits with two
# versions, HQ's own set aside when TBZ's won and TBZ's set aside when
# MRG's won.  The list says how many versions wait; the record's page says
# which one it shows ("Waiting version 1 of 2"), PgDn and PgUp show each,
# and F2, F3 and F4 decide the one shown only: the queue still holds the
# other, which the page shows next, decided against what the first
# decision made, so merging each in turn keeps all three stations'
# changes.  Before, the screen showed the newest version alone, said
# nothing of the other, and one decision closed both.  Each page names the
# station of each column's version: the first, TBZ's version set aside
# when MRG's came, «changed at TBZ and at MRG»; the second, HQ's own set
# aside when TBZ's came, against MRG's now in use, «changed here and at
# MRG».  Before, the first said «here» of TBZ's version and the second
# named TBZ over a column holding MRG's.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/screen/sessions.inc"
trap '$TM kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
. "$HAMYAR_SRC/tests/screen/pair.inc"
M=$TMP/m
"$HAMYAR" --db "$M" init --station MRG >/dev/null 2>&1
"$HAMYAR" --db "$M" sync trust HQ "$("$HAMYAR" --db "$Q" sync key | tail -n 1)" >/dev/null
"$HAMYAR" --db "$Q" sync trust MRG "$("$HAMYAR" --db "$M" sync key | tail -n 1)" >/dev/null
field() {	# field DB ID NAME: a donor's value in `export donors --format json`
	"$HAMYAR" --db "$1" export donors --format json | grep "^{\"id\": \"$2\"," |
	    sed -n "s/.*\"$3\": \"\([^\"]*\)\".*/\1/p"
}
printf 'name,kind,county,mobile,notes\nعلی‌رضا كريمي,person,TBZ,09141234567,اولیه\nمریم یوسفی‌پور,person,TBZ,09141230000,اولیه\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ && bundle "$Q" "$M" MRG
ok $? "two donors of TBZ reach HQ and MRG"
printf 'id,notes\nTBZ-1,پرونده در ستاد\nTBZ-2,ستاد\n' >"$TMP/q.csv"
printf 'id,mobile\nTBZ-1,09141112222\nTBZ-2,09141110000\n' >"$TMP/t.csv"
printf 'id,address\nTBZ-1,مرند، خیابان امام\nTBZ-2,مرند\n' >"$TMP/m.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$M" import donors "$TMP/m.csv" >/dev/null 2>&1 &&
bundle "$T" "$Q" HQ && bundle "$M" "$Q" HQ
ok $? "edited at all three; TBZ's and MRG's bundles applied at HQ"

$TM new-session -d -s keep "sleep 300"
$TM new-session -d -s a -x 100 -y 30 "env HAMYAR_LANG=en HAMYAR_BIDI=app TERM=xterm '$HAMYAR' --db '$Q'"
wait_for a "Main menu" >/dev/null
$TM send-keys -t a F7
wait_for a "Open sync conflicts: 2" >/dev/null
ok $? "two records in conflict, each listed once"
screen a | grep -qE '^ Kind +Id +From +Fields +Versions +Name'; ok $? "the list has a Versions column"
screen a | grep -qE '^ Donor +TBZ-1 +MRG +[0-9]+ +2 '; ok $? "TBZ-1: two versions wait, the newest from MRG"
$TM send-keys -t a Enter
wait_for a "Waiting version 1 of 2 of this record (PgDn: the next, PgUp: the one before)."
ok $? "the record's page says which of its waiting versions it shows"
screen a | grep -qF "changed at TBZ and at MRG"; ok $? "... the newest first: MRG's, against TBZ's set aside when it came (not 'here')"
$TM send-keys -t a PgDn
wait_for a "Waiting version 2 of 2" >/dev/null; ok $? "PgDn: the other waiting version"
screen a | grep -qF "changed here and at MRG"; ok $? "... HQ's own, set aside when TBZ's won, against MRG's now in use (not TBZ's)"
screen a | grep -qE "^ Changed here [0-9/]+ [0-9:]+, at MRG "; ok $? "... and the other's time as MRG's"
screen a | grep -qE '^ +Notes +● '; ok $? "... with HQ's own notes, which the newest does not show"
$TM send-keys -t a PgUp
wait_for a "Waiting version 1 of 2" >/dev/null; ok $? "PgUp: back to the first"

# F2 on the first, with the marks as they start: that version only
$TM send-keys -t a F2
wait_for a "The other waiting version of TBZ-1 (1) stays in the queue, to be decided in its turn."
ok $? "F2 asks, saying the other waiting version stays in the queue (one: in the singular)"
$TM send-keys -t a y
wait_for a "Conflict settled: Donor TBZ-1" >/dev/null; ok $? "decided"
"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/c"
is "$(grep -c '^donor TBZ-1 ' "$TMP/c")" 1 "the queue still holds TBZ-1's other version"
grep -A9 '^donor TBZ-1 ' "$TMP/c" | grep -q '^  notes: mine="پرونده در ستاد"'; ok $? "... HQ's notes in it, not lost"
is "$(field "$Q" TBZ-1 mobile)" "09141112222" "TBZ's mobile kept by the first decision"
is "$(field "$Q" TBZ-1 address)" "مرند، خیابان امام" "... and MRG's address"
screen a | grep -qF "changed here and at TBZ"; ok $? "the page shows the version still waiting at once"
screen a | grep -qF "Waiting version"; is $? 1 "... the last one: no 'Waiting version' line"
$TM send-keys -t a F2
wait_for a "Save TBZ-1 with the values as marked?" >/dev/null
$TM send-keys -t a y
wait_for a "Open sync conflicts: 1" >/dev/null; ok $? "the second decided: TBZ-1 leaves the list"
is "$(field "$Q" TBZ-1 notes)" "پرونده در ستاد" "HQ's own notes kept"
is "$(field "$Q" TBZ-1 mobile)" "09141112222" "TBZ's mobile kept"
is "$(field "$Q" TBZ-1 address)" "مرند، خیابان امام" "MRG's address kept"
is "$("$HAMYAR" --lang en --db "$Q" audit --id TBZ-1 | grep -cx '  decision: merged')" 2 \
    "two decisions in the audit log"
$TM kill-session -t a

# in Persian, on 80 columns: TBZ-2, F3 on its first version only
$TM new-session -d -s b -x 80 -y 30 "env HAMYAR_LANG=fa HAMYAR_BIDI=app TERM=xterm '$HAMYAR' --db '$Q'"
wait_for b "F7" >/dev/null
$TM send-keys -t b F7
sleep 0.5
$TM send-keys -t b Enter
vis() { printf '%s\n' "$1" | "$HAMYAR" layout --dir rtl; }
wait_for b "$(vis 'نسخهٔ منتظر ۱ از ۲ این رکورد (PgDn: بعدی، PgUp: قبلی).')"
ok $? "fa: نسخهٔ منتظر ۱ از ۲ این رکورد"
screen b | grep -qF "$(vis 'هم در TBZ و هم در MRG تغییر کرده است')"; ok $? "fa: the first, TBZ's set aside: TBZ and MRG"
$TM send-keys -t b PgDn
wait_for b "$(vis 'هم اینجا و هم در MRG تغییر کرده است')"; ok $? "fa: PgDn, HQ's own against MRG's in use: اینجا and MRG"
$TM send-keys -t b PgUp
wait_for b "$(vis 'نسخهٔ منتظر ۱ از ۲ این رکورد (PgDn: بعدی، PgUp: قبلی).')" >/dev/null
$TM send-keys -t b F3
wait_for b "$(vis 'در صف می‌مانند')" >/dev/null; ok $? "fa: F3 says the other version stays in the queue"
$TM send-keys -t b y
sleep 0.5
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor TBZ-2 ')" 1 "TBZ-2: its other version still waits"
is "$(field "$Q" TBZ-2 address)" "مرند" "F3 kept the version in use (MRG's)"
$TM kill-session -t b
done_testing
