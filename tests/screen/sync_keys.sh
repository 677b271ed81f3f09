# The sync keys screen (F9, then "sync keys and trusted stations"), keys
# only, at 80x24, as an administrator at HQ over SSH would use it instead
# of `hamyar sync key` and `sync trust STATION KEY [--replace]`: it shows
# this station's key whole (what `sync key` prints), each trusted
# station's key shortened and how far the exchange with it has gone (the
# numbers the bundles carry); F5 trusts a new station, every mistake named
# by its field and asked again with what was typed; F6 replaces a key only
# after a question that says what replacing does, with the effect of
# --replace; and every change is in the audit log, as the verb's is.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
M=$TMP/m T2=$TMP/t2
"$HAMYAR" --db "$M" init --station MRD >/dev/null 2>&1
"$HAMYAR" --db "$T2" init --station TBZ >/dev/null 2>&1	# TBZ installed afresh
qkey=$("$HAMYAR" --db "$Q" sync key | tail -n 1)
tkey=$("$HAMYAR" --db "$T" sync key | tail -n 1)
mkey=$("$HAMYAR" --db "$M" sync key | tail -n 1)
t2key=$("$HAMYAR" --db "$T2" sync key | tail -n 1)
short() { printf '%s…%s' "$(printf %s "$1" | cut -c1-8)" "$(printf %s "$1" | cut -c57-64)"; }
fa() { printf %s "$1" | "$HAMYAR" text digits-fa; }
line() { sed -n "s/^$1 //p" "$2"; }	# a header line of a bundle

# An exchange both ways, with changes at both ends, so that HQ holds TBZ's
# log up to one number and TBZ has acknowledged HQ's up to another.
printf 'name,kind,county\n%s\n%s\n' 'علی‌رضا کریمی,person,TBZ' 'مهدي صادقي,person,TBZ' >"$TMP/d.csv"
printf 'name,kind,county\n%s\n%s\n%s\n' 'فاطمه نوری‌زاده,person,AHR' 'شرکت فولاد آذر ۲,org,TBZ' \
    'زهرا كاظمي,person,MRG' >"$TMP/h.csv"
printf 'name,kind,county
%s
%s
' 'حسن ملکی,person,TBZ' 'مريم رحيمي‌پور,person,TBZ' >"$TMP/d2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/b1" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" sync import "$TMP/b1" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/h.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/b2" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" sync import "$TMP/b2" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/d2.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" sync export --to HQ --out "$TMP/b3" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" sync import "$TMP/b3" >/dev/null 2>&1
ok $? "TBZ and HQ exchange bundles both ways"
printf 'name,kind,county\nرضا احمدی‌نژاد,person,TBZ\n' >"$TMP/h2.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/h2.csv" >/dev/null 2>&1	# one more here, not sent
"$HAMYAR" --db "$Q" sync export --to TBZ --out "$TMP/b4" >/dev/null 2>&1
recv=$(line upto "$TMP/b3") acked=$(line ack "$TMP/b3") ours=$(line upto "$TMP/b4")
[ "$recv" -gt 0 ] && [ "$acked" -gt 0 ] && [ "$recv" -ne "$acked" ] && [ "$recv" -ne "$ours" ] &&
    [ "$acked" -ne "$ours" ]
ok $? "three different numbers to show: TBZ's log held up to $recv, HQ's acknowledged up to $acked of $ours"

scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F9; scr_wait "$(vis 'تنظیمات')" >/dev/null
scr_pick 'کلیدهای همگام‌سازی و ایستگاه‌های مورد اعتماد'
scr_wait "$(vis 'ایستگاه‌های مورد اعتماد اینجا: ۱')"; ok $? "F9 opens the keys screen: one station trusted"
scr_cap | grep -qF "$(vis 'این ایستگاه: HQ.')"; ok $? "it names this station"
scr_cap | grep -qxF "  $qkey"; is $? 1 "(the key is not drawn at the left edge in Persian)"
scr_cap | grep -qE "^ +$qkey *\$"; ok $? "and shows its key whole on a line of its own, as 'sync key' prints it"
row=$(scr_cap | grep -F "$(short "$tkey")")
holds "$row" "TBZ" "TBZ's row, its key shortened to its first and last eight digits"
holds "$row" "$(vis "$(fa "$acked") از $(fa "$ours")")" "HQ's changes TBZ acknowledged: $acked of $ours, in Persian digits"
holds "$row" " $(fa "$recv") " "TBZ's changes held here: up to $recv"
# when the last bundle came from TBZ and went to it, as `sync status` says
st=$("$HAMYAR" --lang en --db "$Q" sync status | grep '^TBZ: ')
t_in=$(printf %s "$st" | sed -n 's/.*last bundle in: \([0-9/]* [0-9:]*\).*/\1/p')
t_out=$(printf %s "$st" | sed -n 's/.*last bundle out: \([0-9/]* [0-9:]*\).*/\1/p')
holds "$row" "$(vis "$(fa "${t_in% *}")")" "the day of the last bundle from TBZ, in Persian digits (${t_in% *})"
holds "$row" "$(vis "$(fa "${t_out% *}")")" "... and of the last one for it (${t_out% *})"
is "$(printf %s "$row" | "$HAMYAR" text digits-en | grep -o '[0-9]\{4\}/[0-9]\{2\}/[0-9]\{2\}' | wc -l)" 2 "... two dates on TBZ's row"
scr_cap | grep -F "$(vis 'آخرین ورود')" | grep -qF "$(vis 'آخرین صدور')"; ok $? "... under the headings آخرین ورود and آخرین صدور"
# on 60 columns the key column goes (Enter shows it), the two dates stay whole
tm resize-window -t main -x 60 -y 24 2>/dev/null || tm resize-pane -t main -x 60 -y 24
scr_wait "$(vis 'آخرین صدور')" >/dev/null
row60=$(scr_cap | grep -E ' TBZ *$')
is "$(printf %s "$row60" | "$HAMYAR" text digits-en | grep -o '[0-9]\{4\}/[0-9]\{2\}/[0-9]\{2\}' | wc -l)" 2 "60 columns: both dates whole on TBZ's row"
holds "$row60" "$(vis "$(fa "$acked") از $(fa "$ours")")" "... and the numbers"
case $row60 in *"$(short "$tkey" | cut -c1-8)"*) r=1 ;; *) r=0 ;; esac; is $r 0 "... without the key"
tm resize-window -t main -x 80 -y 24 2>/dev/null || tm resize-pane -t main -x 80 -y 24
scr_wait "$(short "$tkey")" >/dev/null; ok $? "80 columns again: the key is back"
scr_keys Enter
scr_wait "$tkey"; ok $? "Enter shows TBZ's key whole"
scr_cap | grep -qF "$(vis "تأییدشده از سوی TBZ: تغییرهای ما تا شمارهٔ $(fa "$acked") از $(fa "$ours").")"
ok $? "... with the numbers said in a sentence"
scr_cap | grep -qF "$(vis "آخرین بسته از TBZ اینجا وارد شد: $(fa "$t_in")")"
ok $? "... and when its last bundle was imported here, date and time"
scr_cap | grep -qF "$(vis "آخرین بسته برای TBZ اینجا ساخته شد: $(fa "$t_out")")"
ok $? "... and when the last bundle for it was made here"
scr_keys Enter; scr_gone "$tkey"

# F5, with the Persian keyboard on (F12): the prompts take Latin.  A code
# one letter short, then the key with its last digit missing.
scr_keys F12; scr_wait "$(vis 'صفحه‌کلید: FA')" >/dev/null
scr_keys F5; scr_wait "$(vis 'کد ایستگاه (۲ تا ۸ حرف لاتین یا رقم):')"
ok $? "F5 asks for the station's code"
scr_cap | grep -qF "$(vis 'صفحه‌کلید: EN')"; ok $? "with the keyboard on Latin while the prompt is open"
scr_type m; scr_keys Enter
scr_wait "$(vis 'کد ایستگاه: «m» کد ایستگاه نیست')"; ok $? "a code of one letter is refused, naming the field"
scr_keys Enter; scr_wait "$(vis 'کد ایستگاه (۲ تا ۸ حرف لاتین یا رقم):')" >/dev/null
scr_type rd; scr_keys Enter	# "mrd": upper case is the code's one form
scr_wait "$(vis 'کلید عمومی MRD')"; ok $? "the code corrected in place (mrd), the key is asked for MRD"
scr_type "$(printf %s "$mkey" | cut -c1-63)"; scr_keys Enter
scr_wait "$(vis 'کلید ۶۴ نویسه')"; ok $? "a key one digit short is refused, naming the field"
scr_cap | grep -qF "$(vis '۶۳')"; ok $? "... and how many characters it has (63)"
scr_keys Enter; scr_wait "$(vis 'کلید عمومی MRD')" >/dev/null
scr_keys End; scr_type "$(printf %s "$mkey" | cut -c64)"; scr_keys Enter
scr_wait "$(vis 'به MRD اعتماد شد')"; ok $? "the last digit added: MRD is trusted"
scr_cap | grep -qF "$(vis 'ایستگاه‌های مورد اعتماد اینجا: ۲')"; ok $? "two stations listed"
scr_cap | grep -F "$(short "$mkey")" | grep -qF MRD; ok $? "MRD's row with its key"
scr_cap | grep -qF "$(vis 'صفحه‌کلید: FA')"; ok $? "the keyboard is Persian again after the prompt"
"$HAMYAR" --db "$M" sync export --to HQ --out "$TMP/bm" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" sync import "$TMP/bm" >/dev/null 2>&1; ok $? "a bundle from MRD is now taken at HQ"
"$HAMYAR" --lang en --db "$Q" audit | grep -A1 'sync.trust.MRD' | grep -qF "(empty) -> \"$mkey\""
ok $? "the audit log has MRD's key, as for 'sync trust'"
scr_keys F12; scr_wait "$(vis 'صفحه‌کلید: EN')" >/dev/null

# F5 with this station's own code, then with its own key for MRG.
scr_keys F5; scr_wait "$(vis 'کد ایستگاه (۲ تا ۸ حرف لاتین یا رقم):')" >/dev/null
scr_type hq; scr_keys Enter
scr_wait "$(vis 'کد ایستگاه: HQ ایستگاه خود این پایگاه داده است')"; ok $? "its own station is refused, naming the field"
scr_keys Enter; scr_wait "$(vis 'کد ایستگاه (۲ تا ۸ حرف لاتین یا رقم):')" >/dev/null
scr_keys C-u; scr_type MRG; scr_keys Enter; scr_wait "$(vis 'کلید عمومی MRG')" >/dev/null
scr_type "$qkey"; scr_keys Enter
scr_wait "$(vis 'کلید عمومی: این کلید خود این پایگاه داده است')"; ok $? "its own key is refused for MRG, naming the field"
scr_keys Enter; scr_wait "$(vis 'کلید عمومی MRG')" >/dev/null
scr_keys C-u; scr_type abcd; scr_keys Enter
# a Latin value then a Persian count: an RLM after the quote keeps the
# count after it, read from the right (before, the count went inside)
scr_wait '۴ «abcd»'; ok $? "a short key: its length follows it on the screen, outside the quotes"
scr_keys Enter Escape; sleep 0.3; scr_keys Escape
scr_wait "$(vis 'ایستگاه‌های مورد اعتماد اینجا: ۲')" >/dev/null
"$HAMYAR" --lang en --db "$Q" audit | grep -q 'sync.trust.MRG'; is $? 1 "nothing was written for MRG"

# F5 for TBZ, which has a key: the same question as F6; no keeps it.
scr_keys F5; scr_wait "$(vis 'کد ایستگاه (۲ تا ۸ حرف لاتین یا رقم):')" >/dev/null
scr_type tbz; scr_keys Enter; scr_wait "$(vis 'کلید عمومی TBZ')" >/dev/null
scr_type "$t2key"; scr_keys Enter
scr_wait "$(vis 'کلید مورد اعتماد ایستگاه TBZ جایگزین شود؟')"; ok $? "F5 on a trusted station asks whether to replace its key"
scr_cap | grep -qF "$(vis 'فراموش می‌شود')"; ok $? "... saying what replacing does"
scr_keys n
scr_wait "$(vis 'TBZ از پیش کلید مورد اعتماد دارد و همان ماند')"; ok $? "no: the key is kept, and it says so"
"$HAMYAR" --db "$T2" sync export --to HQ --out "$TMP/bt2" >/dev/null 2>&1
"$HAMYAR" --db "$Q" sync import "$TMP/bt2" >/dev/null 2>&1; is $? 1 "the new TBZ's bundle is still refused"

# F6 on TBZ: MRD's key is refused before any question; then TBZ's new key.
scr_keys Home Down
scr_cap | grep -F "$(short "$tkey")" | grep -qF TBZ; ok $? "TBZ selected"
scr_keys F6; scr_wait "$(vis 'کلید عمومی TBZ')"; ok $? "F6 asks for TBZ's new key"
scr_type "$mkey"; scr_keys Enter
scr_wait "$(vis 'این کلید از پیش برای ایستگاه MRD مورد اعتماد است')"; ok $? "MRD's key is refused for TBZ, naming MRD"
scr_cap | grep -qF "$(vis 'جایگزین شود؟')"; is $? 1 "without asking first whether to replace"
scr_keys Enter; scr_wait "$(vis 'کلید عمومی TBZ')" >/dev/null
scr_keys C-u; scr_type "$(printf %s "$t2key" | tr a-f A-F)"; scr_keys Enter	# in capitals
scr_wait "$(vis 'کلید مورد اعتماد ایستگاه TBZ جایگزین شود؟')" >/dev/null
scr_keys y
scr_wait "$(vis 'کلید مورد اعتماد TBZ جایگزین شد')"; ok $? "yes: TBZ's key is replaced"
row=$(scr_cap | grep -F "$(short "$t2key")")
holds "$row" "TBZ" "TBZ's row has its new key"
holds "$row" "$(vis "— از $(fa "$ours")")" "and, as after --replace, nothing acknowledged any more"
"$HAMYAR" --lang en --db "$Q" audit | grep -A1 'sync.trust.TBZ' | grep -qF "\"$tkey\" -> \"$t2key\""
ok $? "the audit log has the old key and the new"
"$HAMYAR" --db "$Q" sync import "$TMP/bt2" >/dev/null 2>&1; ok $? "the new TBZ's bundle is taken now"
"$HAMYAR" --db "$Q" sync import "$TMP/b3" >/dev/null 2>&1; is $? 1 "and the old key's refused"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"

# In English, reached from the sync conflicts (F7, then F6).
scr_start "$Q" --lang en
scr_wait "Main menu" >/dev/null
scr_keys F7; scr_wait "F6Keys"; ok $? "en: the conflicts' key bar offers the keys screen"
scr_keys F6; scr_wait "Stations trusted here: 2"; ok $? "en: F6 opens it"
scr_cap | grep -qE "F5Trust station +F6Replace key +F7New own key +F10Back"; ok $? "en: its key bar"
scr_cap | grep -qE '^ Station +Key +Received +Ours acked +Last in +Last out'; ok $? "en: its column headings, each whole at 80 columns"
scr_keys F10; scr_wait "Sync conflicts" >/dev/null; scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "en: quits"
done_testing
