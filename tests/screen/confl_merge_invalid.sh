# F2 in the sync conflict screen writes the values as marked, a record
# neither station wrote; its fields must still go together.  HQ made a
# donor an organisation (a legal id, no national id) while TBZ corrected
# its national id and mobile: marking TBZ's national id with HQ's kind and
# legal id stored an organisation with a national id.  Now the screen says
# which field does not go with the others and why, and writes nothing; the
# record stays open with its marks, and a mixture that goes together
# (TBZ's mobile alone) is saved.  Persian at 80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'kind,name,county,national_id,mobile\nperson,بنیاد نیکوکاری مهرآفرین,TBZ,0012345679,09141112233\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a donor registered at TBZ reaches HQ"
printf 'id,kind,national_id,legal_id\nTBZ-1,organization,,10101234565\n' >"$TMP/q.csv"
printf 'id,national_id,mobile\nTBZ-1,1360000011,09145556677\n' >"$TMP/t.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor TBZ-1 ')" 1 "changed on both sides: a conflict at HQ"
"$HAMYAR" --db "$Q" export donors >"$TMP/before.csv"

scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'شناسه ملی')" >/dev/null
# Right: this database's value (the right-hand column), Left: the other's.
# Kind, national id, legal id, mobile: HQ's, TBZ's, HQ's, TBZ's.
scr_keys Right Down Left Down Right Down Left
scr_keys F2; scr_wait "$(vis 'TBZ-1 با مقدارهای نشان‌زده ذخیره شود؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'مقدارهای نشان‌زده با هم جور نیستند')"; ok $? "F2: refused, the values do not go together"
scr_cap | grep -qF "$(vis 'کد ملی: شخص حقوقی شناسه ملی دارد')"
ok $? "... naming the national id and the rule"
"$HAMYAR" --db "$Q" export donors | cmp -s - "$TMP/before.csv"; ok $? "... nothing written"
scr_keys Enter
scr_gone "$(vis 'مقدارهای نشان‌زده با هم جور نیستند')" >/dev/null
scr_cap | grep -qF "$(vis 'شناسه ملی')"; ok $? "the record stays open"
# HQ's national id (none) instead: HQ's version with TBZ's mobile.
scr_keys Up Up Right
scr_keys F2; scr_wait "$(vis 'TBZ-1 با مقدارهای نشان‌زده ذخیره شود؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'دو نسخه فیلد به فیلد ادغام شد.')"; ok $? "HQ's national id, TBZ's mobile: merged"
"$HAMYAR" --db "$Q" export donors | tr -d '\r' | grep -q '^TBZ-1,org,[^,]*,,10101234565,09145556677,'
ok $? "... an organisation with its legal id and TBZ's mobile"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
