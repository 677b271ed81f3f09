# `sync conflicts` in Persian writes a choice as the label its form shows,
# as the conflict screen and `hamyar audit` do: a need's status
# «تصویب‌شده», not approved; a donor's interests, a set of choices, by
# their labels joined with «، », a yes/no field بله or خیر, and a county
# by its name.  Under --lang en, for a script, the stored codes stay.
# Before, the Persian
# output gave the codes: «وضعیت (status): ما=«approved» آن‌ها=«assessed»».
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'name,kind,county\nکلانتری ۱۱ تبریز,station,TBZ\n' >"$TMP/u.csv"
printf 'unit,category,title,urgency,impact,identified_on,status\nTBZ-1,equipment,خرید دوربين مداربسته,5,4,۱۴۰۳/۰۱/۱۵,identified\n' >"$TMP/n.csv"
printf 'name,kind,county,interests\nعلی‌رضا کریمی,person,TBZ,space\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import needs "$TMP/n.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a need and a donor of TBZ reach HQ"
nid=$("$HAMYAR" --db "$T" export needs | sed -n 's/^\(TBZ-[0-9]*\),.*/\1/p')
did=$("$HAMYAR" --db "$T" export donors | sed -n 's/^\(TBZ-[0-9]*\),.*/\1/p')
printf 'id,status\n%s,assessed\n' "$nid" >"$TMP/s1.csv"
printf 'id,status\n%s,approved\n' "$nid" >"$TMP/s2.csv"
printf 'id,interests,active\n%s,equipment costs,0\n' "$did" >"$TMP/i1.csv"
printf 'id,interests,county\n%s,information,MRD\n' "$did" >"$TMP/i2.csv"
"$HAMYAR" --db "$Q" import needs "$TMP/s1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import needs "$TMP/s2.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/i2.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import needs "$TMP/s1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/i1.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "HQ approved the need and changed the donor's interests; TBZ assessed it, changed them and retired the donor"

"$HAMYAR" --db "$Q" sync conflicts >"$TMP/fa"; ok $? "sync conflicts in Persian"
grep -q '^  وضعیت (status): ما=«تصویب‌شده» آن‌ها=«ارزیابی‌شده» ' "$TMP/fa"
ok $? "the need's status by its labels, «تصویب‌شده» and «ارزیابی‌شده»"
grep -q '^  زمینه‌های علاقه‌مندی (interests): ما=«اطلاعاتی» آن‌ها=«تجهیزات عمومی، تأمین هزینه‌های خدماتی و امنیتی» ' "$TMP/fa"
ok $? "the donor's interests by their labels, joined with «، »"
grep -q '^  فعال (active): ما=«بله» آن‌ها=«خیر» ' "$TMP/fa"
ok $? "... whether active, بله or خیر"
grep -q '^  شهرستان (county): ما=«مرند» آن‌ها=«تبریز» ' "$TMP/fa"
ok $? "... and the county HQ moved the donor to by its name, «مرند»"
grep -Eq '«(approved|assessed|information|equipment|costs|0|1|TBZ|MRD)[» ]' "$TMP/fa"; r=$?; [ $r -ne 0 ]
ok $? "no stored code among the Persian values"

"$HAMYAR" --lang en --db "$Q" sync conflicts >"$TMP/en"; ok $? "sync conflicts --lang en"
grep -q '^  status: mine="approved" theirs="assessed" changed=both$' "$TMP/en"
ok $? "en, for a script: the stored codes"
grep -q '^  interests: mine="information" theirs="equipment costs" ' "$TMP/en"; ok $? "... a set's too"
grep -q '^  active: mine="1" theirs="0" ' "$TMP/en"; ok $? "... a yes/no field's"
grep -q '^  county: mine="MRD" theirs="TBZ" ' "$TMP/en"; ok $? "... and a county's code"
done_testing
