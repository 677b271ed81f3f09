# The sync conflict screen (tui/conflscr.c), F7 from the main menu: two
# records changed at a station and at HQ while apart; the menu says
# decisions are waiting; the list names them; a record's fields side by
# side; one merged field by field (Space, F2), one kept as theirs (F3);
# the decisions travel back in a bundle and both databases end the same.
. "$HAMYAR_SRC/tests/lib.sh"

. "$HAMYAR_SRC/tests/screen/sessions.inc"
trap '$TM kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'name,kind,county,mobile,notes\nعلی‌رضا کریمی,person,TBZ,09141234567,اولیه\nفاطمه نوری,person,TBZ,09121112233,\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "two donors registered at TBZ reach HQ"
# TBZ edits both donors; HQ edits both too, differently
printf 'id,name,mobile\nTBZ-1,علیرضا کریمی,09141112222\nTBZ-2,فاطمه نوری‌زاده,09121112233\n' >"$TMP/u1.csv"
printf 'id,name,notes\nTBZ-1,علی‌رضا کریمی‌نژاد,ویرایش ستاد\nTBZ-2,فاطمه نوري,یادداشت ستاد\n' >"$TMP/u2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/u1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/u2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both edited on both sides, TBZ's bundle applied at HQ"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 2 "two open conflicts at HQ"

vis() { printf '%s\n' "$1" | "$HAMYAR" layout --dir rtl; }
$TM new-session -d -s keep "sleep 300"
$TM new-session -d -s a -x 100 -y 30 "env HAMYAR_LANG=en HAMYAR_BIDI=app TERM=xterm '$HAMYAR' --db '$Q'"
wait_for a "Main menu" >/dev/null
wait_for a "Sync conflicts waiting for a decision: 2 (F7)"; ok $? "the main menu says two records wait for a decision"
$TM send-keys -t a F7
wait_for a "Open sync conflicts: 2"; ok $? "F7: the conflict list, two records"
screen a | grep -Eq "Donor +TBZ-1 +TBZ +3 "; ok $? "TBZ-1 from TBZ, three fields differ"
screen a | grep -Eq "Donor +TBZ-2 +TBZ +2 "; ok $? "TBZ-2 from TBZ, two fields differ (HQ's name typed with Arabic yeh is the same name)"
$TM send-keys -t a F1
wait_for a "F1 Help  F6 Keys  F10 Back"; ok $? "F1 on the list names the list's own keys (F6: the sync keys screen)"
screen a | grep -q "F2 Save"; r=$?; [ $r -ne 0 ]; ok $? "... not the F2 Save of a record (the list saves nothing)"
$TM send-keys -t a Space
wait_for a "Open sync conflicts: 2" >/dev/null
$TM send-keys -t a Enter
wait_for a "changed here and at TBZ"; ok $? "Enter opens TBZ-1"
d='[0-9]'
screen a | grep -Eq "Changed here ($d|/)+ $d$d:$d$d, at TBZ ($d|/)+ $d$d:$d$d\."
ok $? "... saying when each side changed it, as Jalali dates and times"
$TM send-keys -t a F1
wait_for a "F1 Help  F2 Save  F3 Keep theirs  F4 Keep mine"; ok $? "F1 on a record names its keys: save as marked, keep theirs, keep mine"
$TM send-keys -t a Space
wait_for a "This database's version is the one in use now" >/dev/null
screen a | grep -q "This database's version is the one in use now"; ok $? "... saying which version is in use"
# Each side's own changes since they last agreed (the star) start marked:
# TBZ changed the mobile, HQ the notes, both the name (this version, in
# use, marked).  Before, every mark started on this database's version,
# so F2 dropped TBZ's new mobile unless the clerk saw to it.
screen a | grep -Eq "Mobile +○ 09141234567 +● 09141112222 \*"; ok $? "... the mobile of each side, TBZ's changed and marked"
screen a | grep -Eq "Notes +● $(vis 'ویرایش ستاد') \* +○ $(vis 'اولیه')"; ok $? "... the notes of each side, shaped right to left, HQ's changed and marked"
screen a | grep -Eq "Name +● .* \* +○ .* \*"; ok $? "... the name changed on both sides, the version in use marked"
screen a | grep -q "Changed here and at TBZ since they last agreed: choose which to keep."
ok $? "... and the selected field says both sides changed it"
$TM send-keys -t a Down
wait_for a "Changed at TBZ only since they last agreed: marked to take theirs."
ok $? "Down to the mobile: TBZ alone changed it"
$TM send-keys -t a Down
wait_for a "Changed here only since they last agreed: marked to keep this database's."
ok $? "Down to the notes: this database alone changed them"
$TM send-keys -t a Up Up
wait_for a "Changed here and at TBZ since" >/dev/null
# take the other's name too: Space on the first row (the name), F2
$TM send-keys -t a Space
$TM send-keys -t a F2
wait_for a "Save TBZ-1 with the values as marked?"; ok $? "F2 asks first"
$TM send-keys -t a y
wait_for a "Open sync conflicts: 1"; ok $? "merged: one conflict left"
line=$("$HAMYAR" --db "$Q" export donors | grep '^TBZ-1,')
case $line in *',علیرضا کریمی,,,09141112222,,TBZ,,,,,ویرایش ستاد,'*) r=0 ;; *) r=1 ;; esac
ok $r "TBZ-1: TBZ's name and mobile, HQ's notes: no side's change lost"
$TM send-keys -t a Enter
wait_for a "TBZ-2" >/dev/null
$TM send-keys -t a F3
wait_for a "Keep the other version of TBZ-2?"; ok $? "F3 asks first"
$TM send-keys -t a n
wait_for a "changed here and at TBZ"; ok $? "... and n changes nothing"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 1 "... still one open"
$TM send-keys -t a F3
wait_for a "Keep the other version of TBZ-2?" >/dev/null
$TM send-keys -t a y
wait_for a "No open conflicts: every change has been settled."; ok $? "kept theirs: no conflict left"
line=$("$HAMYAR" --db "$Q" export donors | grep '^TBZ-2,')
case $line in *',فاطمه نوری‌زاده,,,09121112233,,TBZ,,,,,,'*) r=0 ;; *) r=1 ;; esac
ok $r "TBZ-2 is TBZ's version"
$TM send-keys -t a F10
wait_for a "Main menu" >/dev/null
screen a | grep -q "Sync conflicts waiting"; r=$?; [ $r -ne 0 ]; ok $? "the menu no longer says decisions wait"
$TM kill-session -t a

# the decisions reach TBZ; both databases then export the same
bundle "$Q" "$T" TBZ && bundle "$T" "$Q" HQ
is "$("$HAMYAR" --lang en --db "$T" sync conflicts | grep -c '^donor')" 0 "no open conflict at TBZ after HQ's bundle"
"$HAMYAR" --db "$T" export all --out "$TMP/t.json" --format json >/dev/null 2>&1
"$HAMYAR" --db "$Q" export all --out "$TMP/q.json" --format json >/dev/null 2>&1
cmp -s "$TMP/t.json" "$TMP/q.json"; ok $? "TBZ and HQ export the same"

# one person registered at TBZ and, a moment later, at HQ: both records
# kept, HQ's (the later) shown as a possible duplicate of TBZ's; F3 keeps it
printf 'name,kind,county,national_id\nحسین رضایی‌فر,person,TBZ,1360000011\n' >"$TMP/p1.csv"
printf 'name,kind,county,national_id,mobile\nحسين رضايي‌فر,person,TBZ,1360000011,09145556677\n' >"$TMP/p2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/p1.csv" >/dev/null 2>&1; sleep 0.01
"$HAMYAR" --db "$Q" import donors "$TMP/p2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
tid=$("$HAMYAR" --db "$T" export donors | sed -n 's/^\(TBZ-[0-9]*\),.*1360000011.*/\1/p')
qid=$("$HAMYAR" --db "$Q" export donors | sed -n 's/^\(HQ-[0-9]*\),.*1360000011.*/\1/p')
$TM new-session -d -s d -x 110 -y 30 "env HAMYAR_LANG=en HAMYAR_BIDI=app TERM=xterm '$HAMYAR' --db '$Q'"
wait_for d "Main menu" >/dev/null
$TM send-keys -t d F7
wait_for d "Open sync conflicts: 1" >/dev/null
$TM send-keys -t d Enter
wait_for d "$qid"" ($(vis 'حسین رضایی‌فر')): a possible duplicate of $tid"; ok $? "a duplicate: the later record, naming the earlier"
screen d | grep -Eq "Earlier: $tid +Later: $qid"; ok $? "... the two records side by side"
screen d | grep -Eq "Mobile +● \(empty\) +○ 09145556677"; ok $? "... with the fields that differ"
$TM send-keys -t d F3
wait_for d "Keep $qid, and retire $tid?" && screen d | grep -q "(It is made inactive, without the shared id.)"; ok $? "F3 asks to keep the later record"
$TM send-keys -t d y
wait_for d "No open conflicts: every change has been settled."; ok $? "... and settles it"
$TM kill-session -t d
"$HAMYAR" --db "$Q" export donors | tr -d '\r' >"$TMP/dd.csv"
grep -q "^$qid,.*,1360000011,.*,1\$" "$TMP/dd.csv" && grep -q "^$tid,person,حسین رضایی‌فر,,.*,0\$" "$TMP/dd.csv"
ok $? "$qid keeps the national id; $tid is kept, inactive, without it"
bundle "$Q" "$T" TBZ
"$HAMYAR" --db "$T" export all --out "$TMP/t.json" --format json --force >/dev/null 2>&1
"$HAMYAR" --db "$Q" export all --out "$TMP/q.json" --format json --force >/dev/null 2>&1
cmp -s "$TMP/t.json" "$TMP/q.json"; ok $? "TBZ and HQ export the same again"

# in Persian, right to left
printf 'id,notes\nTBZ-1,تماس گرفته شد\n' >"$TMP/u3.csv"
printf 'id,notes\nTBZ-1,پیگیری شود\n' >"$TMP/u4.csv"
"$HAMYAR" --db "$T" import donors "$TMP/u3.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/u4.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
$TM new-session -d -s p -x 80 -y 24 "env HAMYAR_BIDI=app TERM=xterm '$HAMYAR' --db '$Q'"
wait_for p "$(vis 'منوی اصلی')" >/dev/null
$TM send-keys -t p F7
wait_for p "$(vis 'تعارض‌های باز همگام‌سازی: ۱')"; ok $? "in Persian: the list's heading"
$TM send-keys -t p Enter
wait_for p "$(vis 'پیگیری شود')"; ok $? "in Persian: this database's note"
screen p | grep -qF "$(vis 'تماس گرفته شد')"; ok $? "... and the other's"
$TM kill-session -t p
# Several versions of one record from the other side: the screen shows the
# newest, which F3/F2 take; ids in number order; Enter shows a long value in
# full; Left and Right mark the column they point at.
bundle "$Q" "$T" TBZ
printf 'name,kind,county\n' >"$TMP/more.csv"
for n in 1 2 3 4 5 6 7 8 9 10; do printf 'خیّر آزمون %s,person,TBZ\n' "$n" >>"$TMP/more.csv"; done
"$HAMYAR" --db "$T" import donors "$TMP/more.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "ten more donors at TBZ reach HQ"
printf 'id,name\nTBZ-2,فاطمه نوری‌زاده اول\nTBZ-10,خیّر آزمون ده\n' >"$TMP/v1.csv"
long='یادداشت بلند ستاد دربارهٔ این خیّر که در ستون جا نمی‌شود و باید کامل خوانده شود تا تصمیم درستی گرفته شود واژهٔ‌پایانی'
printf 'id,name,notes\nTBZ-2,فاطمه نوری‌زاده دوم,%s\n' "$long" >"$TMP/v2.csv"
printf 'id,name\nTBZ-2,فاطمه نوری ستاد\nTBZ-10,خیّر آزمون ستاد\n' >"$TMP/vq.csv"
"$HAMYAR" --db "$T" import donors "$TMP/v1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/vq.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/v2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "TBZ-2 changed twice at TBZ, once at HQ; TBZ-10 once at each"
$TM new-session -d -s v -x 100 -y 30 "env HAMYAR_LANG=en HAMYAR_BIDI=app TERM=xterm '$HAMYAR' --db '$Q'"
wait_for v "Main menu" >/dev/null
$TM send-keys -t v F7
wait_for v "Open sync conflicts: 3" >/dev/null
l1=$(screen v | grep -n "Donor  *TBZ-1 " | cut -d: -f1)
l2=$(screen v | grep -n "Donor  *TBZ-2 " | cut -d: -f1)
l10=$(screen v | grep -n "Donor  *TBZ-10 " | cut -d: -f1)
[ -n "$l1" ] && [ -n "$l2" ] && [ -n "$l10" ] && [ "$l1" -lt "$l2" ] && [ "$l2" -lt "$l10" ]
ok $? "the list in number order: TBZ-1, TBZ-2, TBZ-10"
$TM send-keys -t v Down Enter
wait_for v "Donor TBZ-2"; ok $? "Enter opens TBZ-2"
screen v | grep -qF "$(vis 'فاطمه نوری‌زاده دوم')"; ok $? "... the other side's newest name is shown"
screen v | grep -qF "$(vis 'فاطمه نوری‌زاده اول')"; r=$?; [ $r -ne 0 ]; ok $? "... not its older one"
$TM send-keys -t v Right
wait_re v "Name +○ .* +● $(vis 'فاطمه نوری‌زاده دوم')"; ok $? "Right marks the right column (the other)"
$TM send-keys -t v Right
screen v | grep -Eq "Name +○ .* +● $(vis 'فاطمه نوری‌زاده دوم')"; ok $? "... and again changes nothing"
$TM send-keys -t v Left
wait_re v "Name +● .* +○ $(vis 'فاطمه نوری‌زاده دوم')"; ok $? "Left marks the left column (this database)"
$TM send-keys -t v Down Enter
wait_for v "$(vis 'واژهٔ‌پایانی')"; ok $? "Enter on the notes shows the long note to its last word"
$TM send-keys -t v Enter
$TM send-keys -t v Up Right F2
wait_for v "Save TBZ-2 with the values as marked?" >/dev/null
$TM send-keys -t v y
wait_for v "Open sync conflicts: 2" >/dev/null
"$HAMYAR" --db "$Q" export donors | grep -q "^TBZ-2,person,فاطمه نوری‌زاده دوم,"
ok $? "F2 saved the newest name the screen showed"
$TM kill-session -t v
# A clerk (root only: another real uid through setpriv) is told who decides
# conflicts, sees none of their values, and the menu does not call him.
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null 2>&1; then
	chmod 755 "$TMP"
	cp "$HAMYAR" "$TMP/hamyar" && chmod 755 "$TMP/hamyar"
	chgrp -R nogroup "$Q" && chmod 2770 "$Q"
	"$HAMYAR" --db "$Q" user add nobody --role clerk --county TBZ >/dev/null
	$TM new-session -d -s c -x 100 -y 30 "setpriv --reuid=65534 --regid=65534 --clear-groups -- env HAMYAR_LANG=en HAMYAR_BIDI=app TERM=xterm HOME=$TMP '$TMP/hamyar' --db '$Q'"
	wait_for c "Main menu" >/dev/null
	screen c | grep -q "Sync conflicts waiting"; r=$?; [ $r -ne 0 ]; ok $? "a clerk's menu does not say conflicts wait"
	$TM send-keys -t c F7
	wait_for c "provincial HQ"; ok $? "F7: a clerk is told who decides conflicts"
	screen c | grep -qF "$(vis 'پیگیری شود')"; r=$?; [ $r -ne 0 ]; ok $? "... and sees none of the values"
	$TM kill-session -t c
fi
done_testing
