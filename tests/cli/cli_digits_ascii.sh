# The command line's messages give their numbers in ASCII digits: the
# counts, rows, lines and columns they print (%zu) are, and so is a value
# echoed back as typed.  Some Persian messages held fixed numbers in
# Persian digits amid those: «--top تعداد نیازها را از ۱ به بالا
# می‌پذیرد، نه «0»», «ستون 2 (فعال): ۱ برای رکورد در کار، ۰ ...», «کلید
# همان ۶۴ نویسهٔ (0 تا 9 و a تا f)», «--size ... از ۱ تا ۱۰۰۰۰۰۰»,
# «۲ تا ۸ حرف لاتین یا رقم» for a station code, and layout's
# help «وضعیت خروج را ۱ می‌کند».  They are ASCII now, as the rest.
. "$HAMYAR_SRC/tests/lib.sh"

persian_digit() { printf '%s' "$1" | grep -qE '۰|۱|۲|۳|۴|۵|۶|۷|۸|۹'; }
noasc() {	# noasc TEXT WANT NAME: TEXT holds WANT and no Persian digit
	holds "$1" "$2" "$3"
	persian_digit "$1"; is $? 1 "... no Persian digit in it"
}

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1; ok $? "init"

"$HAMYAR" --db "$D" rank --top 0 2>"$TMP/err"; is $? 2 "rank --top 0: usage error"
noasc "$(cat "$TMP/err")" "--top تعداد نیازها را از 1 به بالا می‌پذیرد، نه «0»" "--top's range in ASCII, as the 0 typed"
"$HAMYAR" --db "$TMP/d2" demo --size 0 >/dev/null 2>"$TMP/err"; is $? 2 "demo --size 0: usage error"
noasc "$(cat "$TMP/err")" "از 1 تا 1000000" "--size's range in ASCII"
"$HAMYAR" --db "$TMP/d3" init --station 'M' >/dev/null 2>"$TMP/err"
noasc "$(cat "$TMP/err")" "«M» کد ایستگاه نیست: 2 تا 8 حرف لاتین یا رقم" "a station code's length in ASCII"
"$HAMYAR" --db "$D" sync trust TBZ 12ab >/dev/null 2>"$TMP/err"; is $? 1 "sync trust with a short key: refused"
noasc "$(cat "$TMP/err")" "64 نویسه (0 تا 9 و a تا f) دارد و این 4 نویسه دارد" "the key's 64 characters and the 4 typed in ASCII, as its 0 to 9"
printf 'id,فعال\nMRD-1,شاید\n' >"$TMP/x.csv"
"$HAMYAR" --db "$D" import pledges "$TMP/x.csv" >/dev/null 2>"$TMP/err"; is $? 1 "an active cell that is neither 1 nor 0: exit 1"
noasc "$(cat "$TMP/err")" "ستون 2 (فعال): 1 (بله) برای رکورد در کار، 0 (خیر) برای رکورد حذف‌شده" "its 1 and 0 in ASCII, as its column"
noasc "$("$HAMYAR" layout --help 2>&1)" "وضعیت خروج را 1 می‌کند" "layout --help: the exit status in ASCII"
done_testing
