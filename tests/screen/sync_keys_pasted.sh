# The sync keys screen given all that `hamyar sync key` printed at the
# other station, pasted: an administrator copies both lines («ایستگاه TBZ»
# and the key under it), as `sync trust` takes them.  The screen refused
# them as a key (or took the first line alone, the paste's line break
# arriving as Enter).  Now the code field and the key field read the text
# as `sync trust` does (core_key_text): an Enter with the next line right
# behind it is the paste's line break; a station line naming another
# station, two different keys or another word are refused with the verb's
# sentence, naming the field, and nothing is trusted.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
Q="$TMP/hq" T="$TMP/tbz" M="$TMP/mrd" T2="$TMP/tbz2"
"$HAMYAR" --db "$Q" init --station HQ --name 'ستاد استان' >/dev/null; ok $? "init HQ"
"$HAMYAR" --db "$T" init --station TBZ --name 'ایستگاه تبریز' >/dev/null; ok $? "init TBZ"
"$HAMYAR" --db "$M" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init MRD"
"$HAMYAR" --db "$T2" init --station TBZ >/dev/null; ok $? "init TBZ afresh"
"$HAMYAR" --db "$TMP/ahr" init --station AHR >/dev/null; ok $? "init AHR"
akey=$("$HAMYAR" --db "$TMP/ahr" sync key | tail -n 1)
t_out=$("$HAMYAR" --db "$T" sync key)	# «ایستگاه TBZ», then the key
m_out=$("$HAMYAR" --lang en --db "$M" sync key)	# "station MRD", then the key
t2_out=$("$HAMYAR" --db "$T2" sync key)
tkey=$(printf '%s\n' "$t_out" | tail -n 1) mkey=$(printf '%s\n' "$m_out" | tail -n 1)
t2key=$(printf '%s\n' "$t2_out" | tail -n 1)
is "$(printf '%s\n' "$t_out" | head -n 1)" "ایستگاه TBZ" "TBZ's sync key names its station first, in Persian"
trusted() {	# trusted CODE KEY: HQ trusts KEY for CODE (in the audit log)
	"$HAMYAR" --lang en --db "$Q" audit | grep -A1 "sync.trust.$1" | grep -qF -- "-> \"$2\""
}
code_field() { scr_keys F5; scr_wait "$(vis 'کد ایستگاه (۲ تا ۸ حرف لاتین یا رقم):')" >/dev/null; }

scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F9; scr_wait "$(vis 'تنظیمات')" >/dev/null
scr_pick 'کلیدهای همگام‌سازی و ایستگاه‌های مورد اعتماد'
scr_wait "$(vis 'ایستگاه‌های مورد اعتماد اینجا: ۰')"; ok $? "the keys screen, no station trusted"

# F5, TBZ's two lines pasted into the code field as a terminal sends them,
# the line break and the last line's end arriving as Enter: TBZ trusted
# with its key, no key asked for.
code_field
scr_type "$t_out
"
scr_wait "$(vis 'به TBZ اعتماد شد')"; ok $? "F5, sync key's two lines pasted into the code field: TBZ is trusted"
scr_cap | grep -qF "$(vis 'کلید عمومی TBZ')"; is $? 1 "... without asking for its key"
trusted TBZ "$tkey"; ok $? "... with the key on the pasted text's last line"

# F5, mrd typed, MRD's English lines pasted into the key field (no line
# end after them), then Enter.
code_field
scr_type mrd; scr_keys Enter; scr_wait "$(vis 'کلید عمومی MRD')" >/dev/null
scr_type "$m_out"
scr_cap | grep -qF "$(vis 'به MRD اعتماد شد')"; is $? 1 "the key field keeps the pasted lines until Enter"
scr_keys Enter
scr_wait "$(vis 'به MRD اعتماد شد')"; ok $? "MRD's English lines pasted into the key field: MRD is trusted"
trusted MRD "$mkey"; ok $? "... with MRD's key"
scr_wait "$(vis 'ایستگاه‌های مورد اعتماد اینجا: ۲')"; ok $? "two stations listed"

# Refused, naming the field, in the sentences of `sync trust`.
code_field
scr_type ard; scr_keys Enter; scr_wait "$(vis 'کلید عمومی ARD')" >/dev/null
scr_type "$t_out"; scr_keys Enter
scr_wait "$(vis 'کلید عمومی: متن دو ایستگاه را نام می‌برد، ARD و TBZ')"
ok $? "TBZ's lines for ARD: refused, the key field named, both stations named"
scr_keys Enter; scr_wait "$(vis 'کلید عمومی ARD')" >/dev/null
scr_keys C-u; scr_type "سلام دنيا
$mkey"; scr_keys Enter
scr_wait "$(vis 'کلید عمومی: «سلام» نه کلید عمومی یک ایستگاه است')"
ok $? "other words with a key: refused, naming the first word"
scr_keys Enter; scr_wait "$(vis 'کلید عمومی ARD')" >/dev/null
scr_keys C-u; scr_type "$tkey
$mkey"; scr_keys Enter
scr_wait "$(vis 'کلید عمومی: در متن دو کلید متفاوت هست')"; ok $? "two different keys: refused"
scr_keys Enter Escape; scr_wait "$(vis 'کد ایستگاه (۲ تا ۸ حرف لاتین یا رقم):')" >/dev/null
scr_keys C-u; scr_type "ایستگاه ARD x$mkey"; scr_keys Enter
scr_wait "$(vis 'نه') «x$mkey»"; ok $? "the code field too: a word that is no key refused, naming it"
scr_cap | grep -qF "$(vis 'کد ایستگاه:') │"; ok $? "... and the field"
scr_keys Enter Escape
scr_wait "$(vis 'ایستگاه‌های مورد اعتماد اینجا: ۲')"; ok $? "back on the screen, still two stations"
"$HAMYAR" --lang en --db "$Q" audit | grep -q 'sync.trust.ARD'; is $? 1 "nothing was trusted for ARD"

# The lines joined by a space, in the code field: the station line and
# the key; and the first line alone: the code, the key then asked for.
code_field
scr_type "ایستگاه ARD $mkey"; scr_keys Enter
scr_wait "$(vis 'این کلید از پیش برای ایستگاه MRD مورد اعتماد است')"; ok $? "joined by a space: read, MRD's key refused for ARD as typed would be"
scr_keys Enter; scr_wait "$(vis 'کلید عمومی ARD')"; ok $? "... the key field asked again"
scr_keys Escape; scr_wait "$(vis 'کد ایستگاه (۲ تا ۸ حرف لاتین یا رقم):')" >/dev/null
scr_cap | grep -q ' ARD '; ok $? "... and Esc goes back to the code, ARD"
scr_keys Escape; scr_gone "$(vis 'کد ایستگاه (۲ تا ۸ حرف لاتین یا رقم):')" >/dev/null

# A key read out in groups (no station word, no whole key among them) is
# still one key, its blanks dropped, as before.
code_field
scr_type ahr; scr_keys Enter; scr_wait "$(vis 'کلید عمومی AHR')" >/dev/null
scr_type "$(printf %s "$akey" | sed 's/.\{16\}/& /g')"; scr_keys Enter
scr_wait "$(vis 'به AHR اعتماد شد')"; ok $? "a key typed in groups of sixteen: AHR is trusted"
trusted AHR "$akey"; ok $? "... with its key"

# F6 on TBZ (the third row, after AHR and MRD), the new TBZ's lines pasted
# through tmux's paste buffer (its line break sent as CR): asked, then
# replaced.
scr_keys Home Down Down
scr_keys F6; scr_wait "$(vis 'کلید عمومی TBZ')"; ok $? "F6 on TBZ asks for its new key"
tm set-buffer -b k "$t2_out"; tm paste-buffer -b k -t main; sleep 0.3
scr_keys Enter
scr_wait "$(vis 'کلید مورد اعتماد ایستگاه TBZ جایگزین شود؟')"; ok $? "F6, the new TBZ's lines pasted: asked whether to replace"
scr_keys y
scr_wait "$(vis 'کلید مورد اعتماد TBZ جایگزین شد')"; ok $? "yes: replaced"
trusted TBZ "$t2key"; ok $? "... with the new TBZ's key"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
