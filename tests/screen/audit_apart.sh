# The audit screen (F8) on HQ's import of a record that a station
# installed afresh typed under a number HQ holds for another person (HQ's
# TBZ-1 «علی‌رضا کریمی», the new TBZ-1 «مریم یوسفی‌پور»).  It showed
# «نام: علی‌رضا کریمی ← مریم یوسفی‌پور» under «از همگام‌سازی رسید», as if
# one person's record had been edited into another's; it now says, under
# that heading, that another record under this number came, made at TBZ,
# and that the two wait in the conflicts, which version is in use, and
# then the fields (this database's version ← the one in use).  Persian at
# 80x24.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'name,kind,county,mobile\nعلی‌رضا كريمي,person,TBZ,09141234567\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a donor registered at TBZ reaches HQ"
rm -rf "$T"
"$HAMYAR" --db "$T" init --station TBZ >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" sync trust HQ "$("$HAMYAR" --db "$Q" sync key | tail -n 1)" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" sync trust TBZ "$("$HAMYAR" --db "$T" sync key | tail -n 1)" --replace >/dev/null 2>&1
ok $? "TBZ installed afresh, its new key trusted at HQ"
printf 'name,kind,county,mobile\nمریم یوسفی‌پور,person,TBZ,۰۹۱۴۱۱۱۲۲۳۳\n' >"$TMP/n.csv"
"$HAMYAR" --db "$T" import donors "$TMP/n.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "the new TBZ-1, another person, sent to HQ first"

scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F8
scr_wait "$(vis 'رکوردی دیگر با همین شماره: ساختهٔ TBZ؛ هر دو در تعارض‌ها منتظر تصمیم‌اند')"
ok $? "F8: the import's entry says another record under this number came, both waiting"
row=$(scr_cap | grep -F "$(vis 'نسخهٔ به‌کار')" | tail -n 1)
printf '# %s\n' "$row"
printf '%s\n' "$row" | grep -qF "$(vis 'نسخهٔ رسیده')" &&
printf '%s\n' "$row" | grep -qF "$(vis 'نسخهٔ این پایگاه داده')"
ok $? "... the version in use: this database's, now the incoming one"
row=$(scr_cap | grep -F "$(vis 'مریم یوسفی‌پور')" | tail -n 1)
printf '%s\n' "$row" | grep -qF "$(vis 'علی‌رضا کریمی')"
ok $? "... then the names, the one waiting and the one in use"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
