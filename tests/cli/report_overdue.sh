# The report says which stages are overdue (SPEC §1: each funded need
# followed through its stages and timetable), so that a county supervisor
# need not open main menu 7 and its F4 «فقط مراحل عقب‌افتاده» every week:
# per county how many, and each stage (need, stage, planned end, days late,
# progress), in the text and on the page, with --county and for a clerk
# his county's.  Before, the report said nothing of them.  The rule is the
# list's (core_stage_late): a stage of a rejected or deactivated need, a
# stage deactivated, one done late (100 percent) or not yet due is not
# overdue.  HAMYAR_TODAY fixes the day at 1404/06/01.
. "$HAMYAR_SRC/tests/lib.sh"
DB="$TMP/db"
export HAMYAR_TODAY=1404/06/01
. "$HAMYAR_SRC/tests/cli/fixtures_overdue.inc"
overdue_db

# the text, in English: identifiers, ASCII digits
"$HAMYAR" --lang en --db "$DB" report >"$TMP/en.txt"; ok $? "report"
sed -n '/^overdue_stages$/,$p' "$TMP/en.txt" >"$TMP/late.txt"
holds "$(cat "$TMP/late.txt")" 'Stages overdue on 1404/06/01: 3 (counties with one: 2).' "three stages overdue, in two counties"
holds "$(cat "$TMP/late.txt")" 'Maragheh: 2' "... two of Maragheh"
holds "$(cat "$TMP/late.txt")" 'Tabriz: 1' "... one of Tabriz"
row() { grep -F "$1" "$TMP/late.txt" | grep -F -- "$2" | awk '{ print $1, $2, $3, $4 }'; }
is "$(row MRG-10 'پی‌ریزی و اسکلت')" "MRG-10 1404/05/01 31 40" "a stage past its planned end: 31 days late, 40 percent"
is "$(row MRG-10 'سیم‌کشی برق')" "MRG-10 1404/05/21 11 0" "... one at 0 percent, 11 days late (its title typed with an Arabic yeh)"
is "$(row MRG-11 'نصب بی‌سیم‌ها')" "MRG-11 1404/03/31 10 60" "an actual end after the planned end below 100 percent: late by 10 days, to its actual end"
is "$(grep -n 'پی‌ریزی' "$TMP/late.txt" | cut -d: -f1)" "$(($(grep -n 'سیم‌کشی' "$TMP/late.txt" | cut -d: -f1) - 1))" "the latest first"
grep -q 'ساخت پاسگاه انتظامی روستای قره‌آغاج — پی‌ریزی و اسکلت' "$TMP/late.txt"; ok $? "the need's title and the stage's"
for s in 'نقاشی نما' 'حصارکشی' 'نصب درها' 'نصب دوربین‌ها' 'عایق‌کاری سقف'; do
	! grep -qF "$s" "$TMP/late.txt"; ok $? "not overdue: $s"
done

# in Persian
"$HAMYAR" --db "$DB" report >"$TMP/fa.txt"; ok $? "report in Persian"
holds "$(cat "$TMP/fa.txt")" 'مراحل عقب‌افتاده در ۱۴۰۴/۰۶/۰۱: ۳ (در ۲ شهرستان).' "... the count, in Persian digits"
holds "$(cat "$TMP/fa.txt")" 'مراغه: ۲' "... per county"
grep -F 'MRG-11' "$TMP/fa.txt" | grep -qF '۱۴۰۴/۰۳/۳۱'; ok $? "... the planned end in Persian digits"

# --county: that county's only
"$HAMYAR" --lang en --db "$DB" report --county تبريز >"$TMP/tbz.txt"; ok $? "report --county Tabriz"
holds "$(cat "$TMP/tbz.txt")" 'Stages overdue on 1404/06/01: 1 (counties with one: 1).' "... its one overdue stage"
! grep -qF 'MRG-10' "$TMP/tbz.txt"; ok $? "... none of Maragheh"

# none overdue: said so (a county with no stage)
"$HAMYAR" --lang en --db "$DB" report --county AJB >"$TMP/none.txt"
holds "$(cat "$TMP/none.txt")" 'No stage is overdue on 1404/06/01.' "a county with none: said so"

# the page
"$HAMYAR" --db "$DB" report --html "$TMP/r.html" >/dev/null 2>&1; ok $? "report --html"
holds "$(cat "$TMP/r.html")" '<h2 id="overdue">مراحل عقب‌افتاده</h2>' "the page has the section"
holds "$(cat "$TMP/r.html")" '<tr><th>مراغه</th><td>۲</td></tr>' "... per county how many"
holds "$(cat "$TMP/r.html")" '<td dir="ltr">MRG-11</td><th>خرید بی‌سیم کلانتری ۱۱</th><th>نصب بی‌سیم‌ها</th><td>۱۴۰۴/۰۳/۳۱</td><td>۱۰</td><td>۶۰</td>' "... each stage (the Arabic yeh typed in the title stored as Persian)"
! grep -qE '<(link|script|img)|src=|href=' "$TMP/r.html"; ok $? "... no external file"

# a clerk: his county's
if second_uid; then
	chgrp -R nogroup "$DB" && chmod 2770 "$DB"
	"$HAMYAR" --db "$DB" user add nobody --role clerk --county TBZ >/dev/null; ok $? "a Tabriz clerk"
	as_nobody "$BIN" --lang en --db "$DB" report >"$TMP/c.txt"; ok $? "his report"
	holds "$(cat "$TMP/c.txt")" 'Stages overdue on 1404/06/01: 1 (counties with one: 1).' "... his county's overdue stage only"
	! grep -qF 'MRG-10' "$TMP/c.txt"; ok $? "... none of Maragheh"
else
	ok 0 "# SKIP needs a second uid for the clerk"
fi
done_testing
