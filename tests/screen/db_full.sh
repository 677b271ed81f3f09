# The database at its map size limit (HAMYAR_MAP_LIMIT, made small here).
# The clerk (a second uid: root only) is told what happened and to call
# the station's administrator, in words he can act on: no name of an
# environment variable (that is for the administrator: the command line's
# message names it, and the README says what to do).  The administrator
# himself (the database's owner) is not told to call himself: his form
# names the variable to raise and the README's section.  What he typed stays: a form stays open with it, a new
# stage's prompts come back holding it; and once the administrator has
# made room (a write run with a higher limit grows the map, which the
# running program takes up), the same typing is saved.
#
# A reader that stays in the middle of a read (the audit log printed into a
# pipe nobody reads; an export no longer does: it reads the records whole
# into a file before it writes) keeps every page freed after it from being
# used again, so the map fills for good and any write fails, whatever its
# size.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
scr_second_uid
DB="$TMP/db"
LIMITS="HAMYAR_MAP_INIT=256K HAMYAR_MAP_LIMIT=2M"
export HAMYAR_MAP_INIT=256K HAMYAR_MAP_LIMIT=2M
SCR_ENV="$SCR_ENV_DEFAULT $LIMITS"
pin=""
release() {	# the held audit listing writes on to its end and leaves
	[ -n "$pin" ] || return 0
	kill -0 "$pin" 2>/dev/null && timeout 60 cat "$TMP/pin" >/dev/null
	wait "$pin"
	pin=""
}
trap 'release; tm kill-server >/dev/null 2>&1; rm -rf "$TMP"' EXIT
donors() {	# donors FIRST N: a CSV of N donors with ids from TST-FIRST
	awk -v a="$1" -v n="$2" 'BEGIN { print "id,kind,name,county,address"
		for (i = a; i < a + n; i++)
			printf "TST-%d,person,خیّر شمارهٔ %d,TBZ,تبریز، خیابان امام، کوچهٔ شهید بهشتی، پلاک %d\n", i, i, i }'
}

work_fixture "$DB"; ok $? "fixture database, its map limited to 2 MiB"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county TBZ >/dev/null 2>&1; ok $? "nobody is a Tabriz clerk"
i=1000
while [ "$i" -lt 1600 ]; do
	donors "$i" 100 >"$TMP/d.csv"
	"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null || break
	i=$((i + 100))
done
is "$i" 1600 "600 donors fit"

# the audit's own fd 9 reads the pipe, so that it does not break: it waits
mkfifo "$TMP/pin"
"$HAMYAR" --db "$DB" audit 9<>"$TMP/pin" >"$TMP/pin" & pin=$!
sleep 0.5
kill -0 "$pin" 2>/dev/null; ok $? "an audit listing held in the middle of its read"
for n in 100 10 1; do
	while donors "$i" "$n" >"$TMP/d.csv" &&
	    "$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>"$TMP/err"; do
		i=$((i + n))
	done
done
grep -q 'HAMYAR_MAP_LIMIT' "$TMP/err"; ok $? "the command line tells the administrator which limit was reached"
grep -q 'README' "$TMP/err"; ok $? "... and where to read what to do"
"$HAMYAR" --db "$DB" --lang en import donors "$TMP/d.csv" 2>&1 >/dev/null | grep -q 'raise it with HAMYAR_MAP_LIMIT'
ok $? "... in English too"

# The administrator's form: what he is to do, not to call himself.
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'کد ملی:')"
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')"; scr_keys Enter
scr_keys Tab; scr_type 'نرگس امینی‌پور'; scr_keys Tab
scr_keys Tab Tab Tab Tab F4; scr_wait "$(vis 'تبریز')"
scr_type 'ت'; scr_keys Enter
scr_keys F2
scr_wait "HAMYAR_MAP_LIMIT"; ok $? "the administrator's form: the variable to raise is named"
scr_cap | sed -n '18,23p' | grep -qF "$(vis 'نگه داشته')"; ok $? "... that his typing is kept"
scr_cap | grep -qF "$(vis 'و دوباره F2 بزنید.')"; ok $? "... and to press F2 again, the whole message shown"
scr_cap | grep -qF "$(vis 'به مدیر ایستگاه خبر دهید')"; is $? 1 "... not to call the administrator"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10; scr_wait "$(vis 'منوی اصلی')"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

# A form: the clerk's message, the typing still there.
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'کد ملی:')"
scr_keys Space; scr_wait "$(vis 'شخص حقیقی')"; scr_keys Enter
scr_keys Tab; scr_type 'نرگس امینی‌پور'; scr_keys Tab
scr_keys Tab Tab Tab Tab F4; scr_wait "$(vis 'تبریز')"
scr_type 'ت'; scr_keys Enter
scr_keys F2
scr_wait "$(vis 'به مدیر ایستگاه خبر دهید.')"; ok $? "a form not saved: the clerk is told to call the station's administrator"
scr_cap | grep -qF "$(vis 'پایگاه داده به سقف اندازه‌اش رسیده است')"; ok $? "... and what happened"
scr_cap | grep -qF "$(vis 'آنچه نوشتید نگه داشته شده است؛')"; ok $? "... and that his typing is kept"
scr_cap | grep -q 'HAMYAR_MAP_LIMIT'; is $? 1 "no environment variable is named to the clerk"
scr_cap | grep -qF "$(vis 'نرگس امینی‌پور')"; ok $? "the form is still open with the name typed"
scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10; scr_wait "$(vis 'منوی اصلی')"

# A new stage's prompts: the same message, then the prompts again with the
# typing; saved once there is room.
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
scr_keys Enter; scr_wait "$(vis 'نیاز TST-20: ساخت اتاق نگهبانی')"
scr_keys F5
scr_wait "$(vis 'عنوان:')"; scr_type 'خرید دوربین‌ها'; scr_keys Enter
scr_wait "$(vis 'شروع برنامه‌ریزی‌شده (سال/ماه/روز):')"; scr_type '1405/01/10'; scr_keys Enter
scr_wait "$(vis 'پایان برنامه‌ریزی‌شده (سال/ماه/روز):')"; scr_type '1405/03/20'; scr_keys Enter
scr_wait "$(vis 'به مدیر ایستگاه خبر دهید.')"; ok $? "a stage not saved: the same message"
scr_cap | grep -q 'HAMYAR_MAP_LIMIT'; is $? 1 "... naming no environment variable"
scr_keys Enter
scr_wait "$(vis 'عنوان:')"; ok $? "the stage's prompts come back"
row_has "│" "$(vis 'خرید دوربین‌ها')"; ok $? "holding the title typed"
scr_keys Enter
scr_wait "$(vis 'شروع برنامه‌ریزی‌شده (سال/ماه/روز):')"
row_has "│" "1405/01/10"; ok $? "and the planned start"

env HAMYAR_MAP_LIMIT=8M "$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null
ok $? "the administrator makes room: a write with a higher limit grows the map"
scr_keys Enter
scr_wait "$(vis 'پایان برنامه‌ریزی‌شده (سال/ماه/روز):')"
row_has "│" "1405/03/20"; ok $? "the planned end typed is there too"
scr_keys Enter
scr_wait "$(vis 'مرحله افزوده شد.')"; ok $? "Enter on it saves the stage in the program still running"
release
"$HAMYAR" --db "$DB" export stages | tr -d '\r' | grep -q ',TST-20,خرید دوربین‌ها,1405/01/10,1405/03/20,'
ok $? "stored with what was typed before the refusal"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
