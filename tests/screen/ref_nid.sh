# A clerk with a donor on the phone types his national id, not his record's
# id, in a new pledge's donor box (as an import takes it there).  Leaving
# the box said only that this is not a record's id.  Now a national id in
# any digits, with the zeros a spreadsheet drops, or a legal id, that one
# donor holds is that donor: the box shows his id and name.  A value no
# donor holds is refused, the message naming the field.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" NID; ok $? "first start"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
printf 'name,kind,national_id,legal_id,county\n%s\n%s\n' \
    'محمدرضا نیک‌نام,person,0076229645,,TBZ' \
    'شركت فولاد آذر,org,,10101234565,TBZ' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "two donors imported (NID-1, NID-2)"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 5
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'تاریخ تعهد*:')"; ok $? "a new pledge, on its donor"
row_of() { scr_cap | grep -F -- "$(vis "$1")" | head -n 1; }
scr_type '۷۶۲۲۹6۴۵'; scr_keys Tab	# mixed digits, the two zeros dropped
scr_wait "$(vis 'نیک‌نام')"; ok $? "a national id typed: the donor's name is shown"
holds "$(row_of 'خیّر*:')" 'NID-1' "... and his id is in the box"
scr_keys BTab C-u; scr_type '۱۰۱۰۱۲۳۴۵۶۵'; scr_keys Tab
scr_wait "$(vis 'فولاد آذر')"; ok $? "a legal id in Persian digits: the organisation"
holds "$(row_of 'خیّر*:')" 'NID-2' "... NID-2"
scr_keys BTab C-u; scr_type '1641234563'; scr_keys Tab	# a valid id no donor holds
scr_wait "$(vis 'خیّر: رکوردی با «1641234563» پیدا نشد')"; ok $? "a national id no donor holds: refused, naming the field"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
