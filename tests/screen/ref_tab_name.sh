# A reference field (a donor's introducing group, a need's unit, a
# pledge's donor) with a name typed and Tab: the name is looked up as the
# list's search finds it.  One record found is taken, its id and name shown
# as after a pick (a unit typed with Arabic ي and ك, a group by its words
# joined with a ZWNJ); several open the list already searching for the name,
# as Space or F4 does; none is an error naming the field.  Before, Tab
# answered any name with «این شناسهٔ یک رکورد نیست…», even when one record
# alone bore it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
row_of() { scr_cap | grep -F -- "$(vis "$1")" | head -n 1; }
PICK=$(vis 'انتخاب: گروه مرجع')
# A new record's form from the main menu's item $1 (its list, then F5):
# its status, whether $2 came on the screen.
new_form() {
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys "$1"
	scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
	scr_wait "$(vis "$2")"
}
# The form left, what was typed thrown away, and its list: back to the menu.
discard_form() {
	scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null; scr_keys y
	scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10
}

work_fixture "$DB"; ok $? "fixture: two units, three donors"
cat >"$TMP/g.csv" <<'CSV'
id,kind,name,county
TST-40,religious_board,هیئت ابوالفضلی,TBZ
TST-41,religious_board,هیئت‌امنای مسجد جامع,TBZ
TST-42,council,شورای اسلامی شهر تبریز,TBZ
CSV
"$HAMYAR" --db "$DB" import groups "$TMP/g.csv" >/dev/null 2>&1; ok $? "three groups, one named with a ZWNJ"

scr_start "$DB"
new_form 1 'کد ملی:'; ok $? "a new donor's form"
scr_keys PgDn BTab BTab			# «معرفی‌شده از سوی»
scr_type 'هیئت‌امنا'; scr_keys Tab
scr_wait 'TST-41'; ok $? "one group found by a name with a ZWNJ: Tab takes it"
holds "$(row_of 'معرفی‌شده از سوی:')" "$(vis 'هیئت‌امنای مسجد جامع')" "... its name shown beside its id"
scr_cap | grep -qF -- "$(vis 'خطا:')"; is $? 1 "... and no error"

scr_keys BTab C-u; scr_type 'هیئت'; scr_keys Tab
scr_wait "$PICK"; ok $? "a name two groups bear: Tab opens the list"
holds "$(row_of 'جست‌وجو:')" "$(vis 'هیئت')" "... searching for it"
scr_cap | grep -qF 'TST-40' && scr_cap | grep -qF 'TST-41'; ok $? "... both groups listed"
scr_cap | grep -qF 'TST-42'; is $? 1 "... and not the council"
scr_keys F10; scr_gone "$PICK" >/dev/null
scr_wait "$(vis 'با «هیئت» چند رکورد پیدا شد')"; ok $? "closed without a pick: an error saying several are found"
holds "$(row_of 'خطا:')" "$(vis 'معرفی‌شده از سوی:')" "... naming the field"
scr_keys BTab F4; scr_wait "$PICK" >/dev/null
holds "$(row_of 'جست‌وجو:')" "$(vis 'هیئت')" "F4 opens it on the same search"
scr_keys Down Enter; scr_gone "$PICK" >/dev/null
scr_settle
row=$(row_of 'معرفی‌شده از سوی:')
case $row in *TST-40*|*TST-41*) r=0 ;; *) r=1 ;; esac; ok $r "a group picked there goes in the field"

scr_keys C-u; scr_type 'زرین‌کوب'; scr_keys Tab
scr_wait "$(vis 'رکوردی با «زرین‌کوب» پیدا نشد')"; ok $? "a name no group bears: an error"
holds "$(row_of 'خطا:')" "$(vis 'معرفی‌شده از سوی:')" "... naming the field"
scr_cap | grep -qF -- "$(vis 'هیئت')"; is $? 1 "... the group picked before no longer shown beside it"
discard_form

# a need's unit typed with an Arabic ي and ك
new_form 4 'زمینهٔ مشارکت*:'; ok $? "a new need's form, on its unit"
scr_type 'كلانتري'; scr_keys Tab
scr_wait 'TST-1 '; ok $? "the one unit found is taken"
holds "$(row_of 'واحد*:')" "$(vis 'کلانتری ۱۲ تبریز')" "... its name shown"
scr_keys BTab C-u; scr_type 'پاسگاه'; scr_keys Tab
scr_wait 'TST-2 '; ok $? "another unit by its first word"
discard_form

# a pledge's donor
new_form 5 'تاریخ تعهد*:'; ok $? "a new pledge, on its donor"
scr_type 'نيكوكاري'; scr_keys Tab
scr_wait 'TST-11'; ok $? "a donor found by a word of his name: taken"
holds "$(row_of 'خیّر*:')" "$(vis 'نیکوکاری مهر')" "... named beside his id"
discard_form
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
