# The main menu offers each role only what he may open (SPEC §11).  With
# two sync conflicts waiting at MRG: the administrator is told so and his
# key bar offers F7 (conflicts) and F8 (the audit log); a supervisor, who
# may read the audit log but not decide conflicts, is not told of them and
# his bar has F8 but no F7; a clerk's has neither.  The keys still answer
# those who press them with who may.  Before, every bar offered F7 and F8
# (the count was already kept from those F7 refuses).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/cli/sync.inc"
scr_second_uid
"$HAMYAR" --db "$T" sync trust MRG "$(key "$M")" >/dev/null &&
"$HAMYAR" --db "$M" sync trust TBZ "$(key "$T")" >/dev/null; ok $? "TBZ and MRG trust each other"
printf 'kind,name,county\nperson,مهدی نوروزی‌فر,TBZ\nperson,زهرا كريمي,MRG\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null && bundle "$T" "$M" MRG
printf 'id,address\nTBZ-1,تبریز، خیابان امام\nTBZ-2,مراغه، کوی فرهنگ ۳\n' >"$TMP/a.csv"
printf 'id,address\nTBZ-1,تبریز، میدان ساعت ۲\nTBZ-2,مراغه، خیابان خواجه‌نصیر\n' >"$TMP/b.csv"
"$HAMYAR" --db "$T" import donors "$TMP/a.csv" >/dev/null &&
"$HAMYAR" --db "$M" import donors "$TMP/b.csv" >/dev/null && bundle "$T" "$M" MRG
is "$("$HAMYAR" --lang en --db "$M" sync conflicts | grep -c '^donor ')" 2 "MRG holds two conflicts"
chgrp -R nogroup "$M" && chmod 2770 "$M"
bar() { scr_cap | tail -n 1; }
F7="$(vis 'تعارض‌ها')F7" F8="$(vis 'تغییرات')F8"
WAIT="$(vis 'تعارض‌های همگام‌سازی در انتظار تصمیم')"

scr_start "$M"
scr_wait "$(vis 'منوی اصلی')"; scr_settle
scr_cap | grep -qF "$WAIT"; ok $? "the administrator is told conflicts wait"
bar | grep -qF "$F7"; ok $? "... his bar offers F7"
bar | grep -qF "$F8"; ok $? "... and F8"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

"$HAMYAR" --db "$M" user add nobody --role supervisor --county مراغه >/dev/null
scr_start_nobody "$M"
scr_wait "$(vis 'منوی اصلی')"; ok $? "a supervisor of Maragheh starts the program"
scr_settle
scr_cap | grep -qF "$WAIT"; is $? 1 "he is not told conflicts wait"
bar | grep -qF "$F7"; is $? 1 "his bar has no F7"
bar | grep -qF "$F8"; ok $? "... but F8, the audit log he may read"
scr_keys F7
scr_wait "$(vis 'فقط از ستاد استان یا مدیر سامانه ساخته است')"; ok $? "F7 pressed all the same says who decides conflicts"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0" >/dev/null

"$HAMYAR" --db "$M" user add nobody --role clerk --county مراغه >/dev/null
scr_start_nobody "$M"
scr_wait "$(vis 'منوی اصلی')"; ok $? "a clerk of Maragheh starts the program"
scr_settle
scr_cap | grep -qF "$WAIT"; is $? 1 "he is not told conflicts wait"
bar | grep -qF "$F7"; is $? 1 "his bar has no F7"
bar | grep -qF "$F8"; is $? 1 "... nor F8"
bar | grep -qF "F10"; ok $? "... but still F10"
scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
