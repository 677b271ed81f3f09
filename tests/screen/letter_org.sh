# A thank-you letter to an organisation (a firm, a foundation) thanks it as
# one: «آن مجموعهٔ محترم», not «جنابعالی», and wishes it success, not
# health.  Before, every letter addressed the donor as a person, so a
# clerk printed «... مشارکت ارزشمند جنابعالی ... سلامتی روزافزون شما» for
# «شرکت فولاد آذر».  A person's letter is as it was.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'kind,name,national_id,county\nperson,زهرا حسيني‌فر,۰۰۷۶۲۲۹۶۴۵,TBZ\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/p.csv" >/dev/null; ok $? "a person among the donors"
pid=$("$HAMYAR" --db "$DB" export donors | grep 'زهرا' | cut -d, -f1)
printf 'held_on,title,place,donors\n1403/10/15,تجلیل از خیّرین هفتهٔ ناجا,سالن همایش,TST-10 %s\n' "$pid" >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null; ok $? "a ceremony honouring a firm and a person"

letter() {	# letter FILE: F6 on the donor selected, the letter to FILE
	scr_keys F6; scr_wait "$(vis 'تقدیرنامه در این پرونده نوشته شود:')" >/dev/null
	scr_keys C-u; scr_type "$1"; scr_keys Enter
	scr_wait "$(vis 'تقدیرنامه نوشته شد در')"
}
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 8
scr_wait "$(vis 'هفتهٔ ناجا')"; scr_keys F7
scr_wait "$(vis 'شرکت فولاد آذر')"; ok $? "the ceremony's donors"
letter "$TMP/org.html"; ok $? "the firm's letter written"
grep -qF 'شرکت فولاد آذر' "$TMP/org.html"; ok $? "... to the firm"
grep -qF 'مشارکت ارزشمند آن مجموعهٔ محترم' "$TMP/org.html"; ok $? "... thanking the organisation"
grep -qF 'جنابعالی' "$TMP/org.html"; is $? 1 "... not a person"
grep -qF 'سلامتی' "$TMP/org.html"; is $? 1 "... nor wishing it health"
scr_keys Down; scr_settle
letter "$TMP/person.html"; ok $? "the person's letter written"
grep -qF 'زهرا حسینی‌فر' "$TMP/person.html"; ok $? "... to her"
grep -qF 'مشارکت ارزشمند جنابعالی' "$TMP/person.html"; ok $? "... thanking her as a person, as before"
grep -qF 'سلامتی روزافزون شما' "$TMP/person.html"; ok $? "... and wishing her health"
done_testing
