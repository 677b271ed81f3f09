# A record list at 40x24 whose search reads past 200,000 rows (200,001
# donors «مریم ...»; the count then a least one, «۲۰۰۰۰۰ یا بیشتر»).
# The count did not fit beside the search box at its fewest and was cut
# at its end, «رکوردها: ۲۰۰۰۰۰…», which read as a count still being
# made, never settling once typing stopped.
# Now a count the search line cannot hold whole goes on the row under
# it (the filters' own row), whole; at 80 columns it stays beside the
# box, as before.  The record picker likewise (its count was cut to
# «رکوردها:…» at 40 columns from five figures on).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null; ok $? "init"
awk 'BEGIN { print "kind,name,county"; for (i = 1; i <= 200001; i++) printf "person,مریم کریمی‌نژاد %d,TBZ\n", i }' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "200,001 donors"

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
for size in 40x24 80x24; do
	SCR_SIZE=$size
	scr_start "$DB"
	scr_wait 'منوی اصلی' >/dev/null; scr_keys 1
	scr_wait 'رکوردها: ۲۰۰۰۰۱' >/dev/null; ok $? "$size: the donors' list, 200,001 counted"
	scr_type 'مریم'
	scr_wait 'رکوردها: ۲۰۰۰۰۰ یا بیشتر' 30; ok $? "$size: a search of «مریم»: the count settles, whole" || scr_cap | sed 's/^/# | /'
	scr_cap | grep -qF 'رکوردها: ۲۰۰۰۰۰…'; is $? 1 "$size: ... not cut"
	scr_cap | grep 'جست‌وجو:' | grep -qF 'رکوردها:'; beside=$?
	if [ "$size" = 40x24 ]; then
		is $beside 1 "$size: ... on the row under the search line"
		scr_cap | sed -n 3p | grep -qF 'رکوردها: ۲۰۰۰۰۰ یا بیشتر'; ok $? "$size: ... that row"
	else
		ok $beside "$size: ... beside the search box, as before"
	fi
	scr_keys F10; scr_wait 'منوی اصلی' >/dev/null
	scr_keys F10; scr_bye
done

# the record picker (F4 on a new pledge's donor) at 40x24: its count
# was cut to «رکوردها:…» from 5 figures on, the search typed or not
SCR_SIZE=40x24
scr_start "$DB"
scr_wait 'منوی اصلی' >/dev/null; scr_keys 5
scr_wait 'رکوردها:' >/dev/null; scr_keys F5
scr_wait 'مشارکت: تازه' >/dev/null; scr_keys F4
scr_wait 'انتخاب: خیّر'; ok $? "40x24: the picker"
scr_wait 'رکوردها: ۲۰۰۰۰۱'; ok $? "... its count whole, on the row under its search line" || scr_cap | sed 's/^/# | /'
scr_type 'مریم'
scr_wait 'رکوردها: ۲۰۰۰۰۰ یا بیشتر' 30; ok $? "... a search of «مریم»: the count settles, whole"
scr_cap | grep -qF 'رکوردها:…'; is $? 1 "... not cut"
scr_keys Escape Escape; scr_wait 'مشارکت: تازه' >/dev/null; ok $? "Esc: back on the form"
scr_keys Escape; scr_wait 'رکوردها:' >/dev/null
scr_keys F10; scr_wait 'منوی اصلی' >/dev/null; scr_keys F10; scr_bye

# the picker at 80x24, its count beside the box: the count it made again
# after reading its rows took the «یا بیشتر» off (count_rows), on every
# paint, «رکوردها: ۲۰۰۰۰۰» said of 200,001
SCR_SIZE=80x24
scr_start "$DB"
scr_wait 'منوی اصلی' >/dev/null; scr_keys 5
scr_wait 'رکوردها:' >/dev/null; scr_keys F5
scr_wait 'مشارکت: تازه' >/dev/null; scr_keys F4
scr_wait 'رکوردها: ۲۰۰۰۰۱'; ok $? "80x24: the picker, 200,001 counted"
scr_type 'مریم'
scr_wait 'یا بیشتر' 30; ok $? "... a search of «مریم»: «رکوردها: ۲۰۰۰۰۰ یا بیشتر», a least count" || scr_cap | sed 's/^/# | /'
scr_cap | grep 'جست‌وجو:' | grep -qF 'رکوردها: ۲۰۰۰۰۰ یا بیشتر'; ok $? "... whole, beside the search box"
scr_keys Escape Escape; scr_wait 'مشارکت: تازه' >/dev/null; ok $? "Esc: back on the form"
done_testing
