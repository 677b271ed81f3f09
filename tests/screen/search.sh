# Searching the donor list as a clerk does: by the family name alone, with
# an Arabic kaf/yeh typed, by a word inside a ZWNJ name's start, by the part
# of a compound name after its ZWNJ (نژاد finds احمدی‌نژاد), by two words in
# either order, each word the start of a word, a space after it or not
# (store/search.c, through the list's search-as-you-type: search_words_prefix.sh);
# the rows found sorted by name with F6.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" SRH; ok $? "first start"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
{
	echo "kind,name,county"
	echo "person,علی کریمی,TBZ"		# SRH-1
	echo "person,علیرضا نوری,TBZ"		# SRH-2
	echo "person,اکبر نوروزی‌فر,TBZ"	# SRH-3
	echo "person,کریمی علی,MRG"		# SRH-4
	echo "person,زهرا کریمی,TBZ"		# SRH-5
} >"$TMP/donors.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/donors.csv" >/dev/null 2>&1; ok $? "5 donors imported"
printf 'kind,name,county,national_id,mobile\nperson,حسن رضایی,TBZ,1375388347,09141234567\n' >"$TMP/d6.csv"	# SRH-6
printf 'kind,name,county\nstation,کلانتری ۱۲ تبریز,TBZ\n' >"$TMP/u.csv"		# SRH-7, a unit
printf 'kind,name,county,mobile\nperson,مریم رضایی,TBZ,۰۹۱۴ ۱۲۳ ۴۵۶۷\n' >"$TMP/d8.csv"	# SRH-8, same mobile
"$HAMYAR" --db "$DB" import donors "$TMP/d6.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" import donors "$TMP/d8.csv" >/dev/null 2>&1; ok $? "donors with a national id and a mobile, and a unit"
printf 'kind,name,county\nperson,مریم احمدی‌نژاد,TBZ\nperson,رضا نژادی,MRG\n' >"$TMP/d9.csv"	# SRH-9, SRH-10
"$HAMYAR" --db "$DB" import donors "$TMP/d9.csv" >/dev/null 2>&1; ok $? "a compound family name (ZWNJ) and a name starting with its second part"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys Enter
scr_wait "SRH-5"; ok $? "the donor list"
ids() { scr_cap | grep -o 'SRH-[0-9]*' | sort | tr '\n' ' '; }
search() {	# search TEXT: the search box emptied, TEXT typed, the list settles
	scr_keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace \
	    BSpace BSpace BSpace BSpace BSpace BSpace
	scr_type "$1"; sleep 0.5
}

search 'نوروزی'
scr_gone "SRH-1"; scr_wait "SRH-3"; is "$(ids)" "SRH-3 " "the family name alone finds اکبر نوروزی‌فر"
search 'كريمي'
scr_gone "SRH-3"; scr_wait "SRH-5"; is "$(ids)" "SRH-1 SRH-4 SRH-5 " "كريمي (Arabic kaf and yeh) finds the three کریمی"
search 'علی'
scr_gone "SRH-5"; scr_wait "SRH-2"; is "$(ids)" "SRH-1 SRH-2 SRH-4 " "علی finds علی and علیرضا, as first or last word"
search 'علی '
scr_wait "SRH-2"; is "$(ids)" "SRH-1 SRH-2 SRH-4 " "a space after علی: the start of a word still, علیرضا too"
scr_type 'کر'; sleep 0.5
scr_gone "SRH-2"; is "$(ids)" "SRH-1 SRH-4 " "علی کر: both orders of علی کریمی"
search 'نوری علیر'
scr_gone "SRH-1"; scr_wait "SRH-2"; is "$(ids)" "SRH-2 " "نوری علیر: two words in the other order"
search 'کریمی زه'
scr_gone "SRH-2"; scr_gone "SRH-1"; scr_wait "SRH-5"; is "$(ids)" "SRH-5 " "کریمی زه: family name first, then the first name's start"
order() { scr_cap | grep -o 'SRH-[0-9]*' | tr '\n' ' '; }
search 'کریمی'
scr_gone "SRH-2"; scr_wait "SRH-1"; scr_wait "SRH-4"
is "$(order)" "SRH-1 SRH-4 SRH-5 " "names sharing the word come in the order they were registered"
scr_sort_by 'نام'
scr_wait "$(vis 'مرتب بر پایهٔ نام.')"; sleep 0.3
is "$(order)" "SRH-5 SRH-1 SRH-4 " "F6 name: the rows found in Persian name order (زهرا، علی، کریمی)"
search 'نژ'
scr_gone "SRH-5"; scr_wait "SRH-9"; scr_wait "SRH-10"
is "$(order)" "SRH-9 SRH-10 " "نژ: مریم احمدی‌نژاد by its second part, once, then رضا نژادی (نژاد before نژادی)"
search 'نژاد '
scr_wait "SRH-10"; is "$(order)" "SRH-9 SRH-10 " "نژاد and a space: the part, then نژادی (a whole word first)"
search 'فر'
scr_gone "SRH-9"; scr_wait "SRH-3"; is "$(ids)" "SRH-3 " "فر: the part after the ZWNJ of نوروزی‌فر"
search 'مریم نژ'
scr_gone "SRH-3"; scr_wait "SRH-9"; is "$(ids)" "SRH-9 " "مریم نژ: the first name and the second part"
search 'نژادی'
scr_gone "SRH-9"; scr_wait "SRH-10"; is "$(ids)" "SRH-10 " "نژادی: only رضا نژادی"
search 'احمدی‌نژاد'
scr_gone "SRH-10"; scr_wait "SRH-9"; is "$(ids)" "SRH-9 " "the whole name typed with its ZWNJ still finds it"
search 'نوروزی'
scr_gone "SRH-9"; scr_wait "SRH-3"
search 'احمدینژاد'
scr_gone "SRH-3"; scr_wait "SRH-9"; is "$(ids)" "SRH-9 " "... and typed without it"
search 'ژاد'
scr_wait "$(vis 'چیزی یافت نشد.')"; ok $? "not from the middle of a part"
# One record by what names it exactly: its id, in any case; its national
# id, in Persian digits with a dash as it is read out on the phone.
rows() { scr_cap | sed '1,2d' | grep -o 'SRH-[0-9]*' | sort | tr '\n' ' '; }	# not the search line
search 'SRH-4'
scr_gone "SRH-1"; is "$(rows)" "SRH-4 " "the id SRH-4 finds that donor alone"
search 'srh-2'
scr_wait "SRH-2"; is "$(rows)" "SRH-2 " "... typed in lower case too"
search '۱۳۷۵-۳۸۸۳۴۷'
scr_wait "SRH-6"; is "$(rows)" "SRH-6 " "a national id in Persian digits with a dash finds its donor"
search '1375388340'
scr_wait "$(vis 'چیزی یافت نشد.')"; ok $? "a national id no donor has finds nothing"
# a mobile, as a donor reads it out or as the phone shows the caller:
# every donor who gave it (a family shares one)
search '۰۹۱۴۱۲۳۴۵۶۷'
scr_gone "SRH-4"; scr_wait "SRH-8"; is "$(rows)" "SRH-6 SRH-8 " "a mobile in Persian digits finds the two donors who gave it"
search '+98 914 123 4567'
scr_gone "SRH-1"; scr_wait "SRH-8"; is "$(rows)" "SRH-6 SRH-8 " "... written with +98 and spaces too"
search '09141234560'
scr_wait "$(vis 'چیزی یافت نشد.')"; ok $? "a mobile no donor has finds nothing"
search 'SRH-7'
scr_wait "$(vis 'چیزی یافت نشد.')"; ok $? "the id of a unit finds no donor"
# A bare number, as a clerk reads it off a receipt or the caller says it:
# the donor of that id number, in Persian or ASCII digits.
search '۴'
scr_gone "SRH-8"; scr_wait "SRH-4"; is "$(rows)" "SRH-4 " "the number ۴ alone finds SRH-4"
search '10'
scr_gone "SRH-4"; scr_wait "SRH-10"; is "$(rows)" "SRH-10 " "... and 10 in ASCII digits SRH-10"
search '7'
scr_wait "$(vis 'چیزی یافت نشد.')"; ok $? "the number of a unit finds no donor"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quit"
done_testing
