# F3 and F4 on the sync conflict screen ask first; the question says what
# becomes of the version not kept: it is set aside and its values stay in
# the audit log (which the decision's entry then shows).  Before, it said
# the version "stays in the queue as set aside" («... در صف می‌ماند»),
# while the queue (this screen, `sync conflicts`) no longer lists it: a
# supervisor read that the conflict was still waiting.  In Persian at
# 80x24 (F4), then in English (F3).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'name,kind,county\n%s\n%s\n' 'علی‌رضا کریمی,person,TBZ' 'فاطمه نوری,person,TBZ' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "two donors registered at TBZ reach HQ"
printf 'id,address\nTBZ-1,تبریز، باغمیشه\nTBZ-2,تبریز، ولیعصر\n' >"$TMP/u1.csv"
printf 'id,address\nTBZ-1,تبریز، خیابان امام\nTBZ-2,تبریز، ائل‌گلی\n' >"$TMP/u2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/u1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/u2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^donor')" 2 "both changed on both sides: two conflicts at HQ"

scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۲')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'تبریز، باغمیشه')" >/dev/null
scr_keys F4; scr_wait "$(vis 'نسخهٔ این پایگاه داده از TBZ-1 بماند؟')" >/dev/null
scr_wait "$(vis 'نسخهٔ دیگر کنار می‌رود؛ مقدارهایش در گزارش تغییرات می‌ماند.')"
ok $? "F4 asks, saying the other version is set aside and its values stay in the audit log"
scr_cap | grep -qF "$(vis 'در صف می‌ماند')"; r=$?; [ $r -ne 0 ]; ok $? "... not that it stays in the queue"
scr_keys y; scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')"; ok $? "y: one conflict left"
"$HAMYAR" --db "$Q" audit --id TBZ-1 | grep -qF 'نشانی: ماند "تبریز، خیابان امام"، نه "تبریز، باغمیشه"'
ok $? "the audit log keeps the value set aside"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"

scr_start "$Q" --lang en
scr_wait "Main menu" >/dev/null; scr_keys F7
scr_wait "Open sync conflicts: 1" >/dev/null; scr_keys Enter
scr_wait "Field" >/dev/null
scr_keys F3; scr_wait "Keep the other version of TBZ-2?" >/dev/null
scr_wait "This database's is set aside; its values stay in the audit log."
ok $? "en: F3 says this database's version is set aside, its values in the audit log"
scr_cap | grep -qF "stays in the queue"; r=$?; [ $r -ne 0 ]; ok $? "... not that it stays in the queue"
scr_keys y; scr_wait "Open sync conflicts: 0"; ok $? "y: none left"
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
