# A database of an earlier version (format 8) opened read-only, as a
# backup file or a data.mdb is: its word index keeps 32 words and parts of
# a name, and cannot be built whole without writing, so a long name's last
# word finds nothing.  The list says why below «چیزی یافت نشد.» (before,
# nothing more), and how every word is found: opened once for writing,
# which then finds it (store/search.c, "Bound").
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"

LONG='کانون فرهنگی و ورزشی بسیج خواهران مرند و بخش‌های یامچی و زنوز به یاد شهدا و ایثارگران و آزادگان در کوی و برزن و ده و شهر با یاری خیّر کوی نیک‌اندیش'
work_fixture "$DB"; ok $? "fixture: donors TST-10 to TST-12"
printf 'id,kind,name,county\nTST-15,org,%s,TBZ\n' "$LONG" >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "a donor of 32 words (34 entries)"
"$PUT" "$DB" --format8; ok $? "the database made one of format 8"
cp "$DB/data.mdb" "$TMP/old.mdb"

NOTE='این پایگاه داده از نگارش پیشین است'
scr_start "$TMP/old.mdb"
scr_wait "$(vis 'فقط‌خواندنی')"; ok $? "at the start: a box titled read only"
scr_keys Enter; scr_wait "$(vis 'منوی اصلی')"
scr_keys 1
scr_wait "TST-12"; ok $? "the donors' list of the file, read only"
scr_type 'خیر'
scr_wait "TST-15"; ok $? "خیر, the 31st word: found"
scr_keys C-u; scr_type 'نيك‌انديش'
scr_wait "$(vis 'چیزی یافت نشد.')"; ok $? "نيك‌انديش, the last word: not in that index"
scr_wait "$(vis "$NOTE")"; ok $? "... and the list says why"
scr_keys C-u; scr_type 'نیکو'
scr_wait "TST-11"; scr_gone "$(vis "$NOTE")"; ok $? "a search that finds: no note"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quit"

# opened for writing once: the index built whole
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys Enter
scr_wait "TST-12"; ok $? "the donors' list of the database"
scr_type 'نيك‌انديش'
scr_wait "TST-15"; ok $? "نيك‌انديش: found"
scr_gone "$(vis "$NOTE")"; ok $? "... no note"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quit"
done_testing
