# A database of an earlier version (format 8) opened read-only, as a
# backup file or a data.mdb is: its word index keeps 32 words and parts of
# a name, and cannot be built whole without writing, so a long name's last
# words find nothing.  A search of the names by their words then says so
# once, dim, under the rows, whether it finds other names or none, in the
# list and in the popup that picks a record (the dashboard's F3) alike,
# and how every word is found: opened once for writing, which then finds
# it (store/search.c, "Bound").  Before, the list said it below «چیزی یافت
# نشد.» alone, not when «پاسگاه» found TST-22 and missed the need whose
# 33rd word it is, and the popup never said it.  A search by id reads no
# word index: no note.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
PUT="$(dirname "$HAMYAR_BIN")/tests/store/put_raw"

LONG='کانون فرهنگی و ورزشی بسیج خواهران مرند و بخش‌های یامچی و زنوز به یاد شهدا و ایثارگران و آزادگان در کوی و برزن و ده و شهر با یاری خیّر کوی نیک‌اندیش'
# a need's title of 33 words and parts, «پاسگاه» the 31st of its words
# but past the 32 entries (its ZWNJ words count twice), typed with Arabic
# yeh and kaf by mistake
LT='تعمیر و بازسازی ساختمان و حیاط و انبار و پارکینگ و نمازخانه و آشپزخانه و سرويس‌ها و دیوارها و سقف و درها و پنجره‌ها و نرده‌ها و سايه‌بان پاسگاه کوی نیک‌اندیش'
work_fixture "$DB"; ok $? "fixture: donors TST-10 to TST-12"
printf 'id,kind,name,county\nTST-15,org,%s,TBZ\n' "$LONG" >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "a donor of 32 words (34 entries)"
printf 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status\nTST-25,TST-1,space,%s,90000000,3,3,1000,1403/02/01,identified\n' "$LT" >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "a need of a long title"
"$PUT" "$DB" --format8; ok $? "the database made one of format 8"
cp "$DB/data.mdb" "$TMP/old.mdb"

NOTE=$(vis 'شاید نام بلندی نیامده باشد')
# the note's rows on the screen
notes() { scr_cap | grep -cF -- "$NOTE"; }
scr_start "$TMP/old.mdb"
scr_wait "$(vis 'فقط‌خواندنی')"; ok $? "at the start: a box titled read only"
scr_keys Enter; scr_wait "$(vis 'منوی اصلی')"
scr_keys 1
scr_wait "TST-12"; ok $? "the donors' list of the file, read only"
scr_gone "$NOTE"; ok $? "no search: no note"
scr_type 'خیر'
scr_wait "TST-15"; ok $? "خیر, the 31st word: found"
scr_wait "$NOTE"; ok $? "... and the list says that a long name may be missing"
is "$(notes)" 1 "... once"
scr_cap | grep -qF -- "$(vis 'یک بار باز شدن برای نوشتن درستش می‌کند.')"; ok $? "... and what finds every word"
scr_keys C-u; scr_type 'نيك‌انديش'
scr_wait "$(vis 'چیزی یافت نشد.')"; ok $? "نيك‌انديش, the last word: not in that index"
scr_wait "$NOTE"; ok $? "... and the list says why"
is "$(notes)" 1 "... once"
scr_keys C-u; scr_type 'نیکو'
scr_wait "TST-11"; scr_wait "$NOTE"; ok $? "a search that finds: the note too (a long name may be missed)"
scr_keys C-u; scr_type 'TST-1'; scr_wait "TST-15"
scr_gone "$NOTE"; ok $? "a search by a part of an id: no note"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
# the dashboard's F3: the popup that picks a need
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F3; scr_wait "$(vis 'انتخاب: نیاز')"; ok $? "F3: the popup of needs"
scr_gone "$NOTE"; ok $? "... no search: no note"
scr_type 'پاسگاه'
scr_wait "TST-22"; ok $? "پاسگاه finds TST-22"
scr_cap | grep -qF TST-25; is $? 1 "... not TST-25, whose 33rd entry it is"
scr_wait "$NOTE"; ok $? "... and the popup says that a long name may be missing"
is "$(notes)" 1 "... once"
scr_keys C-u; scr_type 'نيك‌انديش'
scr_wait "$(vis 'چیزی یافت نشد.')"; scr_wait "$NOTE"; ok $? "a search that finds nothing: the note too"
scr_resize 40 24
scr_wait "$NOTE"; ok $? "40x24: the note in the popup"
scr_keys F10; scr_gone "$(vis 'انتخاب: نیاز')"
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
scr_gone "$NOTE"; ok $? "... no note"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F3; scr_wait "$(vis 'انتخاب: نیاز')" >/dev/null
scr_type 'پاسگاه'
scr_wait "TST-25"; ok $? "the popup: پاسگاه finds TST-25 too"
scr_gone "$NOTE"; ok $? "... no note"
scr_keys F10; scr_gone "$(vis 'انتخاب: نیاز')"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quit"
done_testing
