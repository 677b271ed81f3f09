# A unit's county changed on both sides while apart: on the sync conflict
# screen, the question of a decision that keeps a county other than the
# one in use says that the unit's needs and their pledges move with it,
# how many and where, as the unit form warns (unit_county_move.sh); one
# that keeps the county in use says nothing of it.  Before, F3 moved the
# needs to another county with a question that did not say so.  In
# Persian at 80x24: F3 (the other county), F4 (the one in use), then the
# county marked on the other side and F2.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'kind,name,county\npost,پاسگاه ممقان,TBZ\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nHQ-1,space,بازسازی ساختمان پاسگاه,2000000000,5,5,1405/07/15,approved\nHQ-1,costs,هزینهٔ سوخت,80000000,2,2,1405/08/10,done\n' >"$TMP/n.csv"
"$HAMYAR" --db "$Q" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import needs "$TMP/n.csv" >/dev/null 2>&1 && bundle "$Q" "$T" TBZ
ok $? "HQ's unit HQ-1, with two needs, reaches TBZ"
printf 'id,county\nHQ-1,AZS\n' >"$TMP/t.csv"
printf 'id,county\nHQ-1,OSK\n' >"$TMP/q.csv"
"$HAMYAR" --db "$T" import units "$TMP/t.csv" >/dev/null 2>&1; sleep 0.01
"$HAMYAR" --db "$Q" import units "$TMP/q.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^unit HQ-1 ')" 1 "TBZ moved it to Azarshahr, HQ to Osku: a conflict at HQ"
"$HAMYAR" --db "$Q" export units | tr -d '\r' | grep -q '^HQ-1,post,[^,]*,OSK,'; ok $? "... HQ's (newer) in use: Osku"

# (the popup wraps the sentence after «آذرشهر»)
moves=$(vis 'با این تغییر، ۲ نیاز این واحد (۱ نیاز باز) و تعهدهایشان به شهرستان آذرشهر')
scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'آذرشهر')" >/dev/null
scr_keys F3; scr_wait "$(vis 'نسخهٔ دیگر HQ-1 بماند؟')" >/dev/null
scr_wait "$moves"; ok $? "F3 (Azarshahr): the question says the two needs, one open, and their pledges move to Azarshahr"
scr_keys n; scr_gone "$(vis 'بماند؟')" >/dev/null
scr_keys F4; scr_wait "$(vis 'نسخهٔ این پایگاه داده از HQ-1 بماند؟')" >/dev/null
scr_cap | grep -qF "$(vis 'تعهدهایشان به شهرستان')"; r=$?; [ $r -ne 0 ]; ok $? "F4 (Osku, in use): nothing moves, nothing said"
scr_keys n; scr_gone "$(vis 'بماند؟')" >/dev/null
scr_keys Space; sleep 0.3
scr_keys F2; scr_wait "$(vis 'HQ-1 با مقدارهای نشان‌زده ذخیره شود؟')" >/dev/null
scr_wait "$moves"; ok $? "F2 with Azarshahr marked: said too"
scr_keys y; scr_wait "$(vis 'تعارض حل شد')"; ok $? "y: decided"
"$HAMYAR" --db "$Q" export units | tr -d '\r' | grep -q '^HQ-1,post,[^,]*,AZS,'; ok $? "HQ-1 is in Azarshahr"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
