# A donor and a group registered a second time under a long charity's
# name whose stored word-index entries were cut (31 words, 4 of them with
# a ZWNJ: 35 entries, kept up to 32), typed again without the ZWNJs and
# with Arabic ي/ك (31 entries, none cut): the donor form and the group
# form warn under the name, naming the stored one, and F2 asks before
# saving, as for any other twin (tests/screen/donor_twin.sh,
# group_twin.sh).  Before, the lookup probed the index for the stored
# name's last word, whose entry had been cut off: no warning, and F2 saved
# the second at once.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
D="$TMP/db"

CUT='مؤسسهٔ خیریهٔ حامیان نظم‌وامنیت در شهرستان‌های تبریز و مرند و میانه و اهر و سراب و بناب و جلفا و هریس و اسکو و کلیبر و ملکان و عجب‌شیر و بستان‌آباد'
JOINED='مؤسسهٔ خيريهٔ حاميان نظموامنيت در شهرستانهاي تبريز و مرند و ميانه و اهر و سراب و بناب و جلفا و هريس و اسكو و كليبر و ملكان و عجبشير و بستانآباد'

"$HAMYAR" --db "$D" init --station TBZ --name 'ایستگاه تبریز' >/dev/null; ok $? "init"
printf 'kind,name,county\nperson,%s,TBZ\n' "$CUT" >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a donor of the long name (TBZ-1)"
printf 'kind,name,county\nreligious_board,%s,TBZ\n' "$CUT" >"$TMP/g.csv"
"$HAMYAR" --db "$D" import groups "$TMP/g.csv" >/dev/null 2>&1; ok $? "a group of the long name (TBZ-2)"
count() { "$HAMYAR" --db "$D" export "$1" | tr -d '\r' | awk 'NR > 1 { n++ } END { print n + 0 }'; }
under() {	# under LABEL: the three rows under the field LABEL (Persian)
	_r=$(scr_cap | grep -nF "$(vis "$1")" | head -n 1 | cut -d: -f1)
	scr_cap | sed -n "$((_r + 1)),$((_r + 3))p"
}
ASK="$(vis 'با این حال این رکورد ذخیره شود؟')"

scr_start "$D"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys Enter
scr_wait "TBZ-1" >/dev/null
scr_keys F5
scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Space; scr_settle; scr_keys Enter
scr_keys Tab; scr_type "$JOINED"; scr_keys Tab Tab Tab Tab Tab
scr_type 'تبریز'; scr_keys Tab
WARN="$(vis 'هشدار: خیّری با همین نام در همین شهرستان هست: TBZ-1؛')"
scr_wait "$WARN"; ok $? "the donor form warns: a donor of this name in this county"
under 'نام*:' | grep -qF "$WARN"; ok $? "... under the name, naming TBZ-1"
scr_keys F2
scr_wait "$ASK"; ok $? "F2 asks before saving the second donor"
scr_keys n; scr_gone "$ASK" >/dev/null
is "$(count donors)" 1 "... and no, nothing saved"
scr_keys F10; scr_settle; scr_cap | grep -qF "$(vis 'دور بریزیم')" && scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

scr_keys 2
scr_wait "TBZ-2" >/dev/null; scr_keys F5
scr_wait "$(vis 'رابط:')" >/dev/null
scr_keys Space; scr_wait "$(vis 'صنعت')" >/dev/null; scr_pick 'سایر'
scr_keys Tab; scr_type "$JOINED"; scr_keys Tab
scr_type 'تبریز'; scr_keys Tab
scr_keys BTab BTab; scr_keys Tab	# the name left again, the county given
GWARN="$(vis 'هشدار: گروه TBZ-2')"
scr_wait "$GWARN"; ok $? "the group form warns: a group of this name in this county"
_r=$(scr_cap | grep -nF "$(vis 'نام*:')" | head -n 1 | cut -d: -f1)
scr_cap | sed -n "$((_r + 1)),$((_r + 2))p" | grep -qF "$GWARN"; ok $? "... under the name, naming TBZ-2"
scr_keys F2
scr_wait "$(vis 'هشدار در: نام.')"; ok $? "F2 asks before saving the second group"
scr_keys n; scr_gone "$(vis 'هشدار در: نام.')" >/dev/null
is "$(count groups)" 1 "... and no, nothing saved"
scr_keys F10; scr_settle; scr_cap | grep -qF "$(vis 'دور بریزیم')" && scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null; ok $? "quit"
done_testing
