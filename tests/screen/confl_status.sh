# After a decision in the sync conflict screen the status line says what
# was done, to which record: its kind, id and name (as the record now
# reads) and the choice: this database's version kept (F4), the other
# station's (F3), merged field by field (F2), or for a suspected duplicate
# which record stays and which is retired.  Before, the list came back
# with one row fewer and nothing said what had been decided.  The next key
# clears it.  In Persian at 80x24, then in English.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'name,kind,county\n%s\n%s\n%s\n' 'علی‌رضا کریمی,person,TBZ' 'فاطمه نوری,person,TBZ' \
    'مهدي صادقي,person,TBZ' >"$TMP/d.csv"		# an Arabic yeh typed in the third
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "three donors registered at TBZ reach HQ"
printf 'id,name,notes\n%s\n%s\n%s\n' 'TBZ-1,علی‌رضا کریمی,تماس گرفته شد' \
    'TBZ-2,فاطمه نوری‌زاده,تماس ۲' 'TBZ-3,مهدی صادقی‌پور,الف' >"$TMP/u1.csv"
printf 'id,notes\nTBZ-1,پیگیری شود\nTBZ-2,یادداشت ستاد\nTBZ-3,ب\n' >"$TMP/u2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/u1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/u2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 3 "all three changed on both sides: three open conflicts at HQ"

scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۳')"; ok $? "F7: three conflicts"
scr_cap | grep -qF "$(vis 'تعارض حل شد')"; r=$?; [ $r -ne 0 ]; ok $? "no status line before a decision"

# F4 on TBZ-1: this database's version
scr_keys Enter; scr_wait "$(vis 'پیگیری شود')" >/dev/null
scr_keys F4; scr_wait "$(vis 'نسخهٔ این پایگاه داده از TBZ-1 بماند؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'تعارض حل شد: خیّر TBZ-1 (علی‌رضا کریمی)؛ نسخهٔ این پایگاه داده ماند.')"
ok $? "F4: the status line names the donor, its id and name, and that this database's version was kept"
scr_cap | grep -qF "$(vis 'تعارض‌های باز همگام‌سازی: ۲')"; ok $? "... under the list, now of two"
scr_keys Down
scr_gone "$(vis 'تعارض حل شد')"; ok $? "the next key clears it"

# F3 on TBZ-2 (the first row now): the other station's version, its name
scr_keys Home Enter; scr_wait "$(vis 'یادداشت ستاد')" >/dev/null
scr_keys F3; scr_wait "$(vis 'نسخهٔ دیگر TBZ-2 بماند؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'تعارض حل شد: خیّر TBZ-2 (فاطمه نوری‌زاده)؛ نسخهٔ رسیده از TBZ ماند.')"
ok $? "F3: the record by the name it now has, and the station whose version was kept"

# F2 on TBZ-3: the other's name (TBZ alone changed it: marked from the
# start), this database's notes (both changed them: the version in use)
scr_keys Enter; scr_wait "$(vis 'مهدی صادقی‌پور')" >/dev/null
scr_cap | grep -qF "$(vis 'تعارض حل شد')"; r=$?; [ $r -ne 0 ]; ok $? "the record's own screen has no stale status line"
scr_keys F2; scr_wait "$(vis 'TBZ-3 با مقدارهای نشان‌زده ذخیره شود؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'تعارض حل شد: خیّر TBZ-3 (مهدی صادقی‌پور)؛ دو نسخه فیلد به فیلد ادغام شد.')"
ok $? "F2: merged field by field, the record by its merged name"
scr_cap | grep -qF "$(vis 'تعارض بازی نیست')"; ok $? "... below the list's note that none is left"
"$HAMYAR" --db "$Q" export donors | tr -d '\r' | grep -q '^TBZ-3,person,مهدی صادقی‌پور,.*,ب,'
ok $? "the merge stored TBZ's name and HQ's notes"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"

# A duplicate (one national id registered at both stations), in English:
# F3 keeps the later record and retires the earlier.
bundle "$Q" "$T" TBZ
printf 'name,kind,county,national_id\nحسین رضایی‌فر,person,TBZ,1360000011\n' >"$TMP/p1.csv"
printf 'name,kind,county,national_id,mobile\nحسين رضايي‌فر,person,TBZ,1360000011,09145556677\n' >"$TMP/p2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/p1.csv" >/dev/null 2>&1; sleep 0.01
"$HAMYAR" --db "$Q" import donors "$TMP/p2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
tid=$("$HAMYAR" --db "$T" export donors | sed -n 's/^\(TBZ-[0-9]*\),.*1360000011.*/\1/p')
qid=$("$HAMYAR" --db "$Q" export donors | sed -n 's/^\(HQ-[0-9]*\),.*1360000011.*/\1/p')
scr_start "$Q" --lang en
scr_wait "Main menu" >/dev/null; scr_keys F7
scr_wait "Open sync conflicts: 1" >/dev/null; scr_keys Enter
scr_wait "a possible duplicate of $tid"; ok $? "en: the duplicate $qid of $tid"
scr_keys F3; scr_wait "Keep $qid, and retire $tid?" >/dev/null; scr_keys y
scr_wait "Conflict settled: Donor $qid ("; ok $? "en: the status line names the record kept"
scr_cap | grep "Conflict settled: Donor $qid (" | grep -qF "$(vis 'حسین رضایی‌فر')) kept, $tid retired."
ok $? "en: ... by its name, and the one retired"
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
