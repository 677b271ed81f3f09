# The reasons `date`, `check` and `import` print come from messages the
# screens share («کد ملی ۱۰ رقم دارد» under a form's field, «سال‌های ۱ تا
# ۳۱۷۷» under a date): the command line printed their numbers in Persian
# digits amid its ASCII line numbers, columns and dates.  They are ASCII on
# the command line now (cli_ascii), Persian on the screens as before.
. "$HAMYAR_SRC/tests/lib.sh"

persian_digit() { printf '%s' "$1" | grep -qE '۰|۱|۲|۳|۴|۵|۶|۷|۸|۹'; }
noasc() {	# noasc TEXT WANT NAME: TEXT holds WANT and no Persian digit
	holds "$1" "$2" "$3"
	persian_digit "$1"; is $? 1 "... no Persian digit in it"
}

out=$("$HAMYAR" date j2g ۱۴۰۴/۱۳/۰۱ 2>&1); is $? 1 "date j2g, a 13th month: exit 1"
noasc "$out" "error: چنین ماهی نیست: ماه از 1 تا 12 است" "j2g: the months' range in ASCII"
out=$("$HAMYAR" date j2g ۳۱۷۸/۰۱/۰۱ 2>&1); is $? 1 "date j2g, the year 3178: exit 1"
noasc "$out" "error: چنین روزی در تقویم خورشیدی نیست (سال‌های 1 تا 3177)" "j2g: the years' range in ASCII"
out=$("$HAMYAR" date g2j 2025-02-30 9999-12-31 2>&1); is $? 1 "date g2j, bad dates: exit 1"
noasc "$out" "error: بیرون از سال‌های 1 تا 3177 خورشیدی است" "g2j: outside the years, in ASCII"
out=$("$HAMYAR" date j2g ۱۴۰۴/۱۲/۳۰ 2>&1)
noasc "$out" "error: این سال کبیسه نیست: اسفند آن 29 روز دارد" "j2g: Esfand 30 of 1404, its 29 in ASCII"
out=$(printf '1403/12/31\n' | "$HAMYAR" date j2g 2>&1)
noasc "$out" "error: اسفند 29 روز دارد و در سال کبیسه 30 روز" "j2g from standard input: ASCII too"

out=$("$HAMYAR" check nid ۱۲۳ 2>&1); is $? 1 "check nid, three digits: exit 1"
noasc "$out" "error: کد ملی 10 رقم دارد" "check nid: its 10 in ASCII"
out=$("$HAMYAR" check mobile ۰۹۱۲ 2>&1)
noasc "$out" "error: شماره همراه با 09 آغاز می‌شود و 9 رقم دیگر دارد" "check mobile: 09 and 9 in ASCII"
out=$("$HAMYAR" check legal 1 2>&1)
noasc "$out" "error: شناسه ملی 11 رقم دارد" "check legal: 11 in ASCII"
out=$("$HAMYAR" check phone 1 2>&1)
noasc "$out" "error: شماره تلفن 11 رقم دارد و با 0 و کد شهر آغاز می‌شود" "check phone: 11 and 0 in ASCII"
out=$("$HAMYAR" check postal 12 2>&1)
noasc "$out" "error: کد پستی 10 رقم دارد" "check postal: 10 in ASCII"
out=$("$HAMYAR" check sheba IR12 2>&1)
noasc "$out" "error: شماره شبا IR و 24 رقم است" "check sheba: 24 in ASCII"
out=$(printf '۱۲۳\n' | "$HAMYAR" check nid 2>&1)
noasc "$out" "error: کد ملی 10 رقم دارد" "check from standard input: ASCII too"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1; ok $? "init"
# a donor's «فعال» column holding neither 1 nor 0 (the field's own check)
printf 'id,نام,فعال\nMRD-1,علی‌رضا كريمي,شايد\n' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>"$TMP/err"; is $? 1 "a donor's active cell that is neither 1 nor 0: exit 1"
noasc "$(cat "$TMP/err")" "ستون 3 (فعال): 1 (بله) یا 0 (خیر) وارد کنید" "its 1 and 0 in ASCII, as its column"
printf 'id,active\nMRD-1,۲\n' >"$TMP/u.csv"
"$HAMYAR" --db "$D" import units "$TMP/u.csv" >/dev/null 2>"$TMP/err"; is $? 1 "a unit's active cell ۲: exit 1"
noasc "$(cat "$TMP/err")" "ستون 2 (active): 1 (بله) یا 0 (خیر) وارد کنید" "units: ASCII too"

# English stays as it was
out=$("$HAMYAR" --lang en check nid 123 2>&1)
is "$out" "error: A national id has 10 digits" "English: unchanged"
done_testing
