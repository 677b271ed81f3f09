# A conflict on one record whose two versions hold the same values (TBZ
# and HQ each changed «علی‌رضا کریمی»'s mobile to the same number while
# apart) lists no field to choose, and its foot says «مقدارها یکی است:
# F4 یا F3 تعارض را می‌بندد.», yet the bar offered F2 «ذخیره», which had
# nothing to merge and wrote the decision as a merge.  The bar now offers
# F3 and F4 only, as a same-values duplicate's does; F2 asks nothing and
# decides nothing, the foot saying again which keys close it.  A conflict
# whose values differ («فاطمه نوری») keeps F2 on its bar.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'kind,name,county,mobile\nperson,علی‌رضا کریمی,TBZ,09141234567\nperson,فاطمه نوری,TBZ,۰۹۱۲۱۱۱۲۲۳۳\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "two donors registered at TBZ reach HQ"
# TBZ-1: both the same new mobile (HQ's typed in Persian digits);
# TBZ-2: two different names (TBZ's with Arabic yeh and kaf)
printf 'id,mobile,name\nTBZ-1,09141230001,علی‌رضا کریمی\nTBZ-2,۰۹۱۲۱۱۱۲۲۳۳,فاطمه نوری‌زاده كرماني\n' >"$TMP/t.csv"
printf 'id,mobile,name\nTBZ-1,۰۹۱۴۱۲۳۰۰۰۱,علی‌رضا کریمی\nTBZ-2,۰۹۱۲۱۱۱۲۲۳۳,فاطمه نوری‌پور\n' >"$TMP/q.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both edited at TBZ and at HQ, TBZ's bundle applied at HQ"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 2 "two open conflicts at HQ"

SAME='مقدارها یکی است: F4 یا F3 تعارض را می‌بندد.'
scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۲')" >/dev/null; scr_settle
scr_keys Home Enter
scr_wait "$(vis 'دو نسخه مقدارهای یکسان دارند.')"; ok $? "TBZ-1: the two versions hold the same values"
scr_wait "$(vis "$SAME")"; ok $? "... the foot says F4 or F3 closes it"
bar=$(scr_cap | tail -n 1)
printf '%s\n' "$bar" | grep -qF "$(vis 'F2ذخیره')"; is $? 1 "... the bar offers no F2 «ذخیره»"
printf '%s\n' "$bar" | grep -qF "$(vis 'F4نسخهٔ من')"; ok $? "... F4 «نسخهٔ من» on it"
printf '%s\n' "$bar" | grep -qF "$(vis 'F3نسخهٔ آنها')"; ok $? "... F3 «نسخهٔ آنها» on it"
scr_keys F2; scr_settle
scr_cap | grep -qF "$(vis 'ذخیره شود؟')"; is $? 1 "F2: no question asked"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 2 "... nothing decided"
scr_cap | grep -qF "$(vis "$SAME")"; ok $? "... the screen says again F4 or F3 closes it"
scr_keys F4; scr_wait "$(vis 'بماند')" >/dev/null; scr_keys y
scr_wait "$(vis 'تعارض حل شد')"; ok $? "F4 closes it"
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 1 "one conflict left"
"$HAMYAR" --lang en --db "$Q" audit --id TBZ-1 | grep -q 'merged'; is $? 1 "... and the audit log reads no merge"
scr_settle; scr_keys Home Enter
scr_wait "$(vis 'فاطمه نوری‌پور')"; ok $? "TBZ-2: the two names listed"
scr_cap | tail -n 1 | grep -qF "$(vis 'F2ذخیره')"; ok $? "... and F2 «ذخیره» on the bar"
scr_cap | grep -qF "$(vis 'مقدارها یکی است')"; is $? 1 "... not the same-values line"
scr_keys F10 F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
