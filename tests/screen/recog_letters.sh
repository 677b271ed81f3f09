# A ceremony's letters from the recognitions' list (main menu 8), not only
# from the dashboard: F7 on a ceremony opens its donors, F6 writes a
# donor's thank-you letter, and F10 goes straight back to the list.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
printf 'held_on,title,place,donors\n1403/10/15,تجلیل از خیّرین هفتهٔ ناجا,سالن همایش فرماندهی,TST-10 TST-11\n' >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null; ok $? "a ceremony honouring two donors"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 8
scr_wait "$(vis 'هفتهٔ ناجا')"; ok $? "the recognitions' list"
scr_cap | grep -qF "$(vis 'نامه‌ها')"; ok $? "its key bar offers F7 letters"
scr_keys F1; scr_wait "$(vis 'نامهٔ سپاس')"; ok $? "and its help says so"
scr_keys Escape; scr_settle
scr_keys F7
scr_wait "$(vis 'شرکت فولاد آذر')"; ok $? "F7 opens the ceremony's donors"
scr_cap | grep -qF "$(vis 'بنیاد نیکوکاری مهر')"; ok $? "both of them"
scr_keys F6
scr_wait "$(vis 'تقدیرنامه در این پرونده نوشته شود:')"; ok $? "F6 asks where to write the letter"
scr_keys C-u; scr_type "$TMP/letter.html"; scr_keys Enter
scr_wait "$(vis 'تقدیرنامه نوشته شد در')"; ok $? "the letter is written"
grep -q 'شرکت فولاد آذر' "$TMP/letter.html"; ok $? "to the file named, for the donor selected"
scr_keys F10
scr_wait "$(vis 'جست‌وجو:')"; ok $? "F10 goes straight back to the recognitions' list"
done_testing
