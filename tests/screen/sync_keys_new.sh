# The sync keys screen's F7, as `hamyar sync key --new`: the administrator
# makes this station's own key anew after a question that says the old key
# stops signing and every station must trust the new one; no keeps the
# key; yes shows the new key, says what to do, and HQ then refuses TBZ's
# bundle until it trusts the new key.  HQ staff, who may trust keys, may
# not make a new own key: F7 says only the administrator may, and the key
# stays.  Before, F7 did nothing on this screen.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
k0=$("$HAMYAR" --db "$T" sync key | tail -n 1)

scr_start "$T"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F9; scr_wait "$(vis 'تنظیمات')" >/dev/null
scr_pick 'کلیدهای همگام‌سازی و ایستگاه‌های مورد اعتماد'
scr_wait "$k0"; ok $? "the keys screen shows TBZ's key"
scr_cap | grep -qF "$(vis 'کلید تازهٔ خود')"; ok $? "its key bar offers F7, a new own key"
scr_keys F7; scr_wait "$(vis 'کلید همگام‌سازی تازه ساخته شود؟')"; ok $? "F7 asks first"
scr_cap | grep -qF 'hamyar sync trust TBZ KEY --replace'; ok $? "... saying what every station must then do"
scr_keys n; scr_gone "$(vis 'ساخته شود؟')"
is "$("$HAMYAR" --db "$T" sync key | tail -n 1)" "$k0" "no: the key is kept"
scr_keys F7; scr_wait "$(vis 'ساخته شود؟')" >/dev/null
scr_keys y
scr_wait "$(vis 'برای ایستگاه TBZ کلید تازه ساخته شد')"; ok $? "yes: it says a new key was made"
k1=$("$HAMYAR" --db "$T" sync key | tail -n 1)
[ ${#k1} -eq 64 ] && [ "$k1" != "$k0" ]; ok $? "... a new key is stored"
scr_cap | grep -qF "$k1"; ok $? "... and shown whole"
"$HAMYAR" --lang en --db "$T" audit | grep -A1 'sync.key.public' | grep -qF "\"$k0\" -> \"$k1\""
ok $? "the audit log has the old key and the new"
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/b1" >/dev/null 2>&1
"$HAMYAR" --db "$Q" sync import "$TMP/b1" >/dev/null 2>"$TMP/err"; is $? 1 "HQ refuses TBZ's next bundle"
grep -qF 'کلید ایستگاه TBZ عوض شده است' "$TMP/err"; ok $? "... saying TBZ's key has changed"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"

if second_uid; then
	DB=$T
	scr_share_db
	"$HAMYAR" --db "$T" user add "$(id -un)" --role admin >/dev/null
	"$HAMYAR" --db "$T" user add nobody --role hq >/dev/null; ok $? "nobody is HQ staff at TBZ"
	scr_start_nobody "$T"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F9; scr_wait "$(vis 'تنظیمات')" >/dev/null
	scr_pick 'کلیدهای همگام‌سازی و ایستگاه‌های مورد اعتماد'
	scr_wait "$k1"; ok $? "HQ staff see the keys screen"
	scr_keys F7
	scr_wait "$(vis 'فقط مدیر سامانه می‌تواند')"; ok $? "F7: only the administrator may make a new key"
	scr_cap | grep -qF "$(vis 'ساخته شود؟')"; is $? 1 "... asked nothing"
	is "$("$HAMYAR" --db "$T" sync key | tail -n 1)" "$k1" "... the key stays"
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
fi
done_testing
