# The sync conflict screen at 40x20, 50x20 and 80x24 in Persian: the
# lines of a record's page read to their end.  The line saying which
# version is in use drops its bracket, «(تازه‌تر است)», where it does not
# fit (the line under it says when each side changed); the times, the
# line saying which side changed the field, and the keys' hint go on
# over two lines (the hint broken where its two parts meet); the column
# heading of this database's values is «اینجا» where «این پایگاه داده»
# does not fit.  Before, at 40x20 they were cut: «اکنون نسخهٔ دیگر
# به‌کار است (تازه‌تر اس…)», «زمان تغییر: ... د…», «این پایگاه د…»,
# «... Ente…».  A need «تعمیر سقف پاسگاه و نصب ناودان‌های جدید در
# ساختمان اصلي» (typed with Arabic ي) whose description both changed,
# HQ first (typed with Arabic ك), so TBZ's is in use.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'kind,name,county\npost,پاسگاه ممقان,TBZ\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status,description\nTBZ-1,space,تعمیر سقف پاسگاه و نصب ناودان‌های جدید در ساختمان اصلي,2000000000,5,5,1405/07/15,approved,شرح اولیه\n' >"$TMP/n.csv"
"$HAMYAR" --db "$T" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import needs "$TMP/n.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a need of TBZ reaches HQ"
printf 'id,description\nTBZ-2,شرح تازهٔ كارشناس ستاد\n' >"$TMP/q.csv"
printf 'id,description\nTBZ-2,برآورد کارشناس ایستگاه\n' >"$TMP/t.csv"
"$HAMYAR" --db "$Q" import needs "$TMP/q.csv" >/dev/null 2>&1 && sleep 1 &&
"$HAMYAR" --db "$T" import needs "$TMP/t.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both changed its description, HQ first; TBZ's bundle at HQ"

d='[۰۱۲۳۴۵۶۷۸۹]'	# a Persian digit
for size in 40x20 50x20 80x24; do
	SCR_SIZE=$size
	scr_start "$Q"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
	scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null; scr_keys Enter
	scr_wait "$(vis 'شرح')"; ok $? "$size: Enter opens TBZ-2"
	scr_settle
	scr_cap >"$TMP/s"
	rows=${size#*x}
	# the page under its heading (rows 2 and 3), to the line over the
	# status line: nothing in it cut
	sed -n "4,$((rows - 2))p" "$TMP/s" >"$TMP/page"
	if grep -q '…' "$TMP/page"; then ok 1 "$size: nothing on the page cut"; sed 's/^/# /' "$TMP/page"
	else ok 0 "$size: nothing on the page cut"; fi
	grep -qF "$(vis 'اکنون نسخهٔ دیگر به‌کار است')" "$TMP/s"
	ok $? "$size: which version is in use"
	# both times, and the station of the other: «... در TBZ ...»
	is "$(grep -o "$d$d:$d$d" "$TMP/page" | wc -l)" 2 "$size: ... when each side changed, both times"
	grep -qF "$(vis 'زمان تغییر: اینجا')" "$TMP/page"; ok $? "$size: ... here and"
	sed -n "/$(vis 'زمان تغییر')/,+1p" "$TMP/page" | grep TBZ | grep -q "$d"; ok $? "$size: ... at TBZ"
	head=$(grep -F "$(vis 'فیلد')" "$TMP/page")
	case $head in *"$(vis 'این پایگاه داده')"*|*"$(vis 'اینجا')"*) ok 0 "$size: this database's column headed" ;;
	*) ok 1 "$size: this database's column headed"; echo "# $head" ;; esac
	grep -qF "$(vis 'یکی را برگزینید.')" "$TMP/page"; ok $? "$size: which side changed it, to its end"
	grep -qF "$(vis 'فاصله یا پیکان‌ها: مقدار ماندنی.')" "$TMP/page" &&
	grep -qF "$(vis 'Enter: هر دو مقدار کامل.')" "$TMP/page"; ok $? "$size: the keys' hint, both parts"
	scr_keys F10; scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null
	scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$size: quits"
done
done_testing
