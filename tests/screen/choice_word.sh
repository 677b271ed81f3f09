# A word typed on a choice field, with the keyboard left in Latin: the
# choice's English name ("support", "equipment", the word a CSV cell
# takes) or a Persian word typed on the Latin layout («حمایتی» is
# "plhdj...") picks the choice; a word that names none («building») picks
# nothing, puts back the choice there was, and is said under the field
# with what it takes.  Before, each letter alone went on to some choice:
# all three words left a need's category on «توسعهٔ فضاهای انتظامی», unsaid.
# The same on every choice field: a need's status, a donor's kind, a
# user's role.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
cat_row() { row_has "$(vis 'زمینهٔ مشارکت*:')" "$(vis "$1")"; }
retype() { scr_keys BTab Tab; scr_type "$1"; scr_settle; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu"
scr_keys 4; scr_wait "TST-20" >/dev/null
scr_keys F5; scr_wait "$(vis 'زمینهٔ مشارکت*:')" >/dev/null; ok $? "a new need's form"
scr_type 'TST-1'; scr_keys Tab; scr_settle
scr_type 'support'; scr_settle
cat_row 'حمایتی'; ok $? "support on the category picks حمایتی"
retype 'equipment'
cat_row 'تجهیزات عمومی'; ok $? "equipment picks تجهیزات عمومی"
retype 'building'
cat_row 'تجهیزات عمومی'; ok $? "building picks nothing: the category stays تجهیزات عمومی"
scr_cap | grep -qF "$(vis '«building» گزینهٔ «زمینهٔ مشارکت» نیست')"; ok $? "... and that building is no category is said under the field"
scr_cap | grep -qF "(information)"; ok $? "... with the choices it takes and their English names"
retype 'plhdj'
cat_row 'حمایتی'; ok $? "plhdj (حمایت on the Latin layout) picks حمایتی"
scr_cap | grep -qF "$(vis 'گزینه‌ها:')"; is $? 1 "... and the note is gone"
scr_keys Tab; scr_type 'خرید دوربین مداربسته برای پاسگاه'
scr_keys Tab Tab Tab; scr_type '۳'; scr_keys Tab; scr_type '2'
scr_keys Tab Tab Tab; scr_type 'building'; scr_settle
row_has "$(vis 'وضعیت*:')" "$(vis 'شناسایی‌شده')"; ok $? "building on the status leaves شناسایی‌شده"
scr_cap | grep -qF "(identified)"; ok $? "... said with the statuses it takes"
scr_keys F2; scr_wait "TST-2" >/dev/null; scr_settle
cat=$("$HAMYAR" --db "$DB" export needs | tr -d '\r' | grep ',خرید دوربین مداربسته برای پاسگاه,' | cut -d, -f3)
is "$cat" support "the need is stored with the category support"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

# a donor's kind: "org" is شخص حقوقی
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_type org; scr_settle
row_has "$(vis 'نوع*:')" "$(vis 'شخص حقوقی')"; ok $? "org on a donor's kind picks شخص حقوقی"
scr_type 'xy'; scr_settle			# one word: orgxy
row_has "$(vis 'نوع*:')" "$(vis 'شخص')"; is $? 1 "orgxy names no kind: the kind is left empty, as it was before the word"
scr_cap | grep -qF "(person)"; ok $? "... and what the kind takes is said"
scr_keys Escape; scr_wait "$(vis 'دور بریزیم')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null

# a user's role: "auditor" is حسابرس, "hq" ستاد استان
scr_keys 9; scr_wait "root" >/dev/null
scr_keys F5; scr_wait "$(vis 'نقش*:')" >/dev/null
scr_keys Tab					# login, then the role
scr_type 'auditor'; scr_settle
row_has "$(vis 'نقش*:')" "$(vis 'حسابرس')"; ok $? "auditor on a role picks حسابرس"
retype 'hq'
row_has "$(vis 'نقش*:')" "$(vis 'ستاد استان')"; ok $? "hq picks ستاد استان"
done_testing
