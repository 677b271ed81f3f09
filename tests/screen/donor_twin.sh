# A donor registered a second time: the same name (Arabic ي/ك, a space
# typed for the ZWNJ) in the same county as an active donor whom no
# national id, legal id or mobile tells apart from him is warned about
# under the name, naming that donor's id, when the county is left, and F2
# asks before saving, as about any warning; a second F2 saves (two people
# may share a name).  A donor of that name with another national id is
# another donor and saves at once.  Before, the second «علی کریمی‌پور» was
# saved without a word.  And the mobile's warning, naming a donor with a
# long name, fits the rows under the field with its end (what to do):
# the name is cut in its middle, at 80 columns in Persian and at 64 in
# English, where the name's warning takes a third row.  Before, its end
# was cut off («... اگر همان خیّر است، آن…»).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" DTW; ok $? "first start"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
cat >"$TMP/d.csv" <<'CSV'
name,kind,national_id,mobile,county
علی کریمی‌پور,person,,,TBZ
غلامرضا عبدالحسین‌زاده قراملکی تبریزی اصل,person,0012345679,09141234567,TBZ
زهرا نوری,person,0012345687,,TBZ
CSV
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "three donors imported (DTW-1 to DTW-3)"
ndonors() { "$HAMYAR" --db "$DB" export donors | tr -d '\r' | awk 'NR > 1 { n++ } END { print n + 0 }'; }
under() {	# under LABEL: the three rows under the field LABEL (Persian)
	under_shown "$(vis "$1")"
}
under_shown() {	# under_shown LABEL: the same, LABEL as the screen shows it
	_r=$(scr_cap | grep -nF "$1" | head -n 1 | cut -d: -f1)
	scr_cap | sed -n "$((_r + 1)),$((_r + 3))p"
}

# a new donor: DTW-1's name and county, DTW-2's mobile
new_donor() {	# new_donor NAME MOBILE
	scr_keys F5
	scr_wait "$(vis 'کد ملی:')" >/dev/null || scr_wait 'National id:' >/dev/null
	scr_keys Space; scr_settle; scr_keys Enter
	scr_keys Tab; scr_type "$1"; scr_keys Tab Tab Tab
	[ -n "$2" ] && scr_type "$2"
	scr_keys Tab Tab
}

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys Enter
scr_wait "DTW-1" >/dev/null
new_donor 'علي كريمي پور' '09141234567'
scr_type 'تبریز'; scr_keys Tab
WARN="$(vis 'هشدار: خیّری با همین نام در همین شهرستان هست: DTW-1؛')"
scr_wait "$WARN"; ok $? "leaving the county warns: a donor of this name in this county"
under 'نام*:' | grep -qF "$WARN"; ok $? "... under the name, naming DTW-1"
under 'تلفن همراه:' >"$TMP/mob"
grep -qF 'DTW-2' "$TMP/mob"; ok $? "the mobile's warning names DTW-2"
grep -qF "$(vis 'اگر همان خیّر است، آن را ویرایش کنید.')" "$TMP/mob"
ok $? "... and its end is shown whole at 80 columns (the long name cut)"
grep -qF "$(vis 'قراملکی تبریزی')" "$TMP/mob"; is $? 1 "... the name cut in its middle"
scr_keys F2
scr_wait "$(vis 'با این حال این رکورد ذخیره شود؟')"; ok $? "F2 asks before saving the second donor"
scr_keys n; scr_gone "$(vis 'با این حال این رکورد ذخیره شود؟')" >/dev/null
is "$(ndonors)" 3 "... and no, nothing saved"
scr_keys F2; scr_wait "$(vis 'با این حال این رکورد ذخیره شود؟')" >/dev/null; scr_keys F2
scr_wait "DTW-4"; ok $? "the second F2 saves (two people may share a name)"
scr_wait "$(vis 'جست‌وجو:')" >/dev/null	# back in the list
# the same name as DTW-3, with another national id: another donor
scr_keys F5
scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Space; scr_settle; scr_keys Enter
scr_keys Tab; scr_type 'زهرا  نوري'; scr_keys Tab; scr_type '0012345695'; scr_keys Tab Tab Tab Tab
scr_type 'تبریز'; scr_keys Tab; scr_settle
scr_cap | grep -qF "$(vis 'خیّری با همین نام')"; is $? 1 "another national id than DTW-3's: no warning"
scr_keys F2
scr_wait "DTW-5"; ok $? "... F2 saves at once"
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null; ok $? "quit"

# 64 columns, in English
SCR_SIZE=64x24
scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 1
scr_wait "DTW-1" >/dev/null
new_donor 'علي كريمي پور' '09141234567'
scr_type 'Tabriz'; scr_keys Tab
scr_wait "in this county: DTW-" >/dev/null	# DTW-1 or DTW-4, saved above
under_shown 'Name*:' | tr -d '\n' | grep -qE "already in this county: DTW-[14]; if the"
ok $? "at 64 columns in English: the name's warning"
under_shown 'Name*:' | tr -d '\n' | grep -qF "same donor, edit that one."; ok $? "... whole, in three rows"
under_shown 'Mobile:' >"$TMP/mob"
grep -qF 'DTW-2' "$TMP/mob" && grep -qF 'the same donor, edit that one.' "$TMP/mob"
ok $? "the mobile's warning names DTW-2 and ends whole"
scr_keys F10; scr_settle; scr_cap | grep -qF 'Discard' && scr_keys y
scr_settle; scr_keys F10; scr_settle; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null; ok $? "quit"
done_testing
