# F2 (merge field by field) on the sync conflict screen is a decision the
# audit log must record as a merge.  When the marks, as they start, make
# one side's version whole (both sides changed the same field, HQ later,
# so HQ's version stays marked), the screen wrote the decision as "keep
# mine": the audit log read «تصمیم: نسخهٔ این پایگاه داده ماند», as if the
# person had pressed "keep mine" (F4 now), and the status line said so too.  Now it reads
# a merge, with a line saying the result is this database's version, as
# `sync resolve ID merge` records it; a merge that mixes the two sides
# says merged, each field's kept value and the one set aside.  Either
# names the fields each side gave (fields from mine, fields from theirs).  Persian at
# 80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'kind,name,county,mobile\nperson,علی‌رضا کریمی,TBZ,09141234567\nperson,فاطمه نوری,TBZ,۰۹۱۲۱۱۱۲۲۳۳\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "two donors registered at TBZ reach HQ"
# TBZ-1: both change the mobile, HQ later: HQ's version in use.
# TBZ-2: TBZ changes the name (typed with Arabic yeh and kaf), HQ the mobile.
printf 'id,mobile\nTBZ-1,09141230001\n' >"$TMP/t1.csv"
printf 'id,name\nTBZ-2,فاطمه نوری‌زاده كرماني\n' >"$TMP/t2.csv"
printf 'id,mobile\nTBZ-1,۰۹۳۵۱۲۳۰۰۰۲\nTBZ-2,09351113333\n' >"$TMP/q.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/t2.csv" >/dev/null 2>&1
sleep 0.01
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both edited at TBZ and at HQ, TBZ's bundle applied at HQ"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 2 "two open conflicts at HQ"
"$HAMYAR" --lang en --db "$Q" sync conflicts | grep -q '^donor TBZ-1 .*kept=mine'
ok $? "TBZ-1: HQ's version is in use"

scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۲')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'تلفن همراه')" >/dev/null
# the marks as they start: the mobile both changed, HQ's (in use) kept
scr_keys F2; scr_wait "$(vis 'TBZ-1 با مقدارهای نشان‌زده ذخیره شود؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'ادغام شد (همه همان نسخهٔ این پایگاه داده).')"
ok $? "F2 on TBZ-1: the status line says merged, the result this database's version"
"$HAMYAR" --lang en --db "$Q" audit --id TBZ-1 >"$TMP/a1"
grep -q '^  decision: merged$' "$TMP/a1"; ok $? "the audit log: decision merged (was: mine)"
grep -q '^  result: the same as mine$' "$TMP/a1"; ok $? "... its result this database's version"
grep -q '^  mobile: kept "09351230002" over "09141230001"$' "$TMP/a1"; ok $? "... HQ's mobile kept over TBZ's"
grep -q '^  fields from mine: mobile$' "$TMP/a1"; ok $? "... the mobile from this database's version"
grep -q '^  fields from theirs: (none)$' "$TMP/a1"; ok $? "... no field from the other"
"$HAMYAR" --db "$Q" audit --id TBZ-1 >"$TMP/a1fa"
grep -q '^  تصمیم: ادغام فیلد به فیلد$' "$TMP/a1fa"; ok $? "Persian: the decision, merged field by field"
grep -q '^  نتیجهٔ ادغام: همان نسخهٔ این پایگاه داده$' "$TMP/a1fa"; ok $? "Persian: the result, this database's version"
grep -q 'نسخهٔ این پایگاه داده ماند' "$TMP/a1fa"; is $? 1 "... not «this database's version kept»"

# TBZ-2: the marks start on each side's change, HQ's mobile and TBZ's name
scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'تلفن همراه')" >/dev/null
scr_keys F2; scr_wait "$(vis 'TBZ-2 با مقدارهای نشان‌زده ذخیره شود؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'دو نسخه فیلد به فیلد ادغام شد.')"; ok $? "F2 on TBZ-2: merged"
"$HAMYAR" --lang en --db "$Q" audit --id TBZ-2 >"$TMP/a2"
grep -q '^  decision: merged$' "$TMP/a2"; ok $? "the audit log: decision merged"
grep -q '^  result:' "$TMP/a2"; is $? 1 "... no result line: neither side's version whole"
grep -q '^  mobile: kept "09351113333" over "09121112233"$' "$TMP/a2"; ok $? "... HQ's mobile kept"
grep -q '^  name: kept "فاطمه نوری‌زاده کرمانی" over "فاطمه نوری"$' "$TMP/a2"; ok $? "... TBZ's name kept"
grep -q '^  fields from mine: mobile$' "$TMP/a2"; ok $? "... which fields came from this database's version: the mobile"
grep -q '^  fields from theirs: name$' "$TMP/a2"; ok $? "... and from TBZ's: the name"
"$HAMYAR" --db "$Q" audit --id TBZ-2 >"$TMP/a2fa"
grep -q '^  فیلدهای این پایگاه: تلفن همراه$' "$TMP/a2fa"; ok $? "Persian: the fields from this database's version, by label"
grep -q '^  فیلدهای نسخهٔ دیگر: نام$' "$TMP/a2fa"; ok $? "Persian: the fields from the other version"
scr_wait "$(vis 'تعارض باز نیست')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
# The audit screen (F8) says the decision's notes as `hamyar audit` does,
# a sentence each; before, each as a field changed from an empty value
# the entry never had, «ایستگاه نسخهٔ دیگر: (خالی) ← TBZ».
scr_keys F8; scr_wait "$(vis 'گزارش تغییرات')" >/dev/null; scr_keys End; scr_settle
scr_wait "$(vis 'تعارض خیّر TBZ-2 را حل کرد')"; ok $? "F8: TBZ-2's decision at the end of the audit log"
for l in 'تصمیم: ادغام فیلد به فیلد' 'ایستگاه نسخهٔ دیگر: TBZ' 'فیلدهای این پایگاه: تلفن همراه' 'فیلدهای نسخهٔ دیگر: نام'; do
	scr_cap | grep -qF "$(vis "$l")"; ok $? "... «$l», as hamyar audit says it"
done
scr_cap | grep -F "$(vis 'ایستگاه نسخهٔ دیگر')" | grep -qF "$(vis '(خالی)')"; is $? 1 "... no empty old value beside the station"
scr_cap | grep -qF "$(vis 'در انتظار تصمیم')"; is $? 1 "... nor «در انتظار تصمیم» as the decision's old value"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts)" "no conflicts" "no conflict left at HQ"
done_testing
