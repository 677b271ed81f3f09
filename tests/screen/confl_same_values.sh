# A suspected duplicate whose two records hold the same values (the same
# person registered alike at TBZ and at HQ while apart: on two demo
# stations merged, most of their 410) lists no field to choose, yet the
# foot said «فاصله یا پیکان‌ها: مقدار ماندنی.  Enter: هر دو مقدار کامل.»,
# keys for a choice there is none of.  It says now which key settles it,
# «مقدارها یکی است: F4 قبلی را نگه می‌دارد ...», and F4 does so.  A
# duplicate whose values differ keeps the hint of the choice.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'kind,name,county,national_id\nperson,علی‌رضا کریمی,TBZ,1360000011\n' >"$TMP/same.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/same.csv" >/dev/null &&
"$HAMYAR" --db "$T" import donors "$TMP/same.csv" >/dev/null; ok $? "HQ and TBZ each register «علی‌رضا کریمی» alike"
printf 'kind,name,county,national_id,mobile\nperson,زهرا احمدی‌نژاد,TBZ,1360000021,09141112233\n' >"$TMP/q2.csv"
printf 'kind,name,county,national_id,mobile\nperson,زهرا احمدی‌نژاد,TBZ,1360000021,09149998877\n' >"$TMP/t2.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q2.csv" >/dev/null &&
"$HAMYAR" --db "$T" import donors "$TMP/t2.csv" >/dev/null; ok $? "... and «زهرا احمدی‌نژاد» with two mobiles"
bundle "$T" "$Q" HQ; ok $? "TBZ's bundle at HQ"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor .*duplicate$')" 2 "two suspected duplicates at HQ"

SAME='مقدارها یکی است: F4 قبلی را نگه می‌دارد و بعدی را کنار می‌گذارد؛ F3 برعکس.'
CHOOSE='فاصله یا پیکان‌ها: مقدار ماندنی.'
scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۲')" >/dev/null; scr_settle
# the list in id order: TBZ-1 (the same values) first
scr_keys Home Enter
scr_wait "$(vis 'دو نسخه مقدارهای یکسان دارند.')"; ok $? "TBZ-1: the two records hold the same values"
scr_wait "$(vis "$SAME")"; ok $? "... the foot says which key settles it"
scr_cap | grep -qF "$(vis "$CHOOSE")"; r=$?
[ $r -ne 0 ]; ok $? "... not the hint of a choice there is none of"
# the bar offers only what works: no F2 «قبلی، نشان‌زده», there being no
# value to mark (before, it was there; F2 asked to keep the earlier «with
# the marked values» and wrote the decision as a merge)
bar=$(scr_cap | tail -n 1)
printf '%s\n' "$bar" | grep -qF "$(vis 'قبلی، نشان‌زده')"; is $? 1 "... the bar offers no F2 «قبلی، نشان‌زده»"
printf '%s\n' "$bar" | grep -qF "$(vis 'F4قبلی بماند')"; ok $? "... F4 «قبلی بماند» on it"
printf '%s\n' "$bar" | grep -qF "$(vis 'F3بعدی بماند')"; ok $? "... F3 «بعدی بماند» on it"
scr_keys F2; scr_settle
scr_cap | grep -qF "$(vis 'بماند و')"; is $? 1 "F2: no question asked"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor .*duplicate$')" 2 "... nothing decided"
scr_cap | grep -qF "$(vis "$SAME")"; ok $? "... the foot still says which key settles it"
scr_keys F4; scr_wait "$(vis 'بماند')" >/dev/null; scr_keys y
scr_wait "$(vis 'تعارض حل شد')"; ok $? "F4 settles it"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor .*duplicate$')" 1 "one duplicate left"
scr_settle; scr_keys Home Enter
scr_wait "$(vis '۰۹۱۴۹۹۹۸۸۷۷')"; ok $? "TBZ-2: the two mobiles listed"
scr_cap | grep -qF "$(vis "$CHOOSE")"; ok $? "... and the hint of the choice"
scr_cap | tail -n 1 | grep -qF "$(vis 'قبلی، نشان‌زده')"; ok $? "... and F2 «قبلی، نشان‌زده» on the bar"
scr_cap | grep -qF "$(vis 'مقدارها یکی است')"; r=$?
[ $r -ne 0 ]; ok $? "... not the same-values line"
scr_keys F10 F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
