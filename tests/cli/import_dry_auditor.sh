# import --dry-run by an auditor (SPEC §11: read-only), as another real uid
# (nobody through setpriv; root only): he may check a station's sheet
# before a clerk imports it, since a dry run writes nothing.  Every row is
# checked as for anyone (a bad national id, one a donor holds already, a
# record referred to that does not exist), the summary says who may import
# is judged at the import, and nothing is written: not a record, not an
# audit entry, not the note that the file was imported (the owner imports
# it afterwards).  Without --dry-run he is refused before a row is read,
# told that --dry-run checks the file.  Before, the dry run was refused
# too, after the rows' own errors.
. "$HAMYAR_SRC/tests/lib.sh"

if ! second_uid; then
	ok 0 "# SKIP needs root, setpriv and the nogroup group for a second uid"
	done_testing
	exit $?
fi
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1
printf 'kind,name,national_id,county\nperson,علي‌اكبر كريمي‌نژاد,0076229645,TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "a database with a donor"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role auditor >/dev/null; ok $? "nobody is an auditor"
before=$("$HAMYAR" --db "$DB" export all --format json)
n0=$("$HAMYAR" --db "$DB" audit | grep -c '^1[34]')
sum0=$(md5sum <"$DB/data.mdb")
au() { as_nobody "$BIN" --db "$DB" "$@"; }

# A good sheet: Persian digits, Arabic ي/ك, a name with a ZWNJ.
cat >"$TMP/good.csv" <<'CSV'
kind,name,national_id,mobile,county
person,نرگس امینی‌فر,۰۰۱۳۵۴۲۴۱۹,09141234567,TBZ
org,شركت فولاد آذر,,,مرند
CSV
chmod 644 "$TMP/good.csv"
au import donors "$TMP/good.csv" --dry-run >"$TMP/out" 2>"$TMP/err"; is $? 0 "dry run of a good sheet: exit 0"
is "$(sed -n 1p "$TMP/out")" "۲ ردیف درست است: ۲ تازه، ۰ به‌روز شده، ۰ بدون تغییر (آزمایشی: چیزی نوشته نشد)" "... its rows are good, nothing written"
grep -qF 'بررسی به دست حسابرس: اینکه واردکنندهٔ پرونده اجازهٔ ثبت در شهرستان‌های آن را دارد یا نه، هنگام وارد کردن سنجیده می‌شود.' "$TMP/out"
ok $? "... and who may import it is judged at the import"
is "$(cat "$TMP/err")" "" "... nothing on stderr"
au --lang en import donors "$TMP/good.csv" --dry-run >"$TMP/out" 2>/dev/null; is $? 0 "--lang en: exit 0"
grep -qx 'Checked by an auditor: whether the one who imports the file may write in its counties is judged when he imports it.' "$TMP/out"
ok $? "... the same in English"

# A bad sheet: each bad row named, as for a clerk.
cat >"$TMP/bad.csv" <<'CSV'
kind,name,national_id,county
person,زهرا احمدي,0076229645,TBZ
person,رضا کریمی,1234567890,TBZ
CSV
chmod 644 "$TMP/bad.csv"
au import donors "$TMP/bad.csv" --dry-run >/dev/null 2>"$TMP/err"; is $? 1 "dry run of a bad sheet: exit 1"
grep -qF 'bad.csv: سطر 2، ستون 3 (national_id): همین مقدار را TBZ-1 دارد' "$TMP/err"; ok $? "... line 2: the national id a donor holds"
grep -qF 'bad.csv: سطر 3، ستون 3 (national_id): رقم کنترل کد ملی درست نیست' "$TMP/err"; ok $? "... line 3: a bad check digit"
grep -qF 'ردیف‌های دارای خطا: 2؛ هیچ چیز وارد نشد' "$TMP/err"; ok $? "... two rows with errors"
printf 'donor,need,type,amount,pledged_on\nTBZ-99,,costs,۵۰٬۰۰۰٬۰۰۰,1404/01/10\n' >"$TMP/p.csv"; chmod 644 "$TMP/p.csv"
au import pledges "$TMP/p.csv" --dry-run >/dev/null 2>"$TMP/err"; is $? 1 "dry run of pledges of a donor not recorded: exit 1"
grep -qF 'p.csv: سطر 2، ستون 1 (donor): رکورد TBZ-99 (خیّر) در اینجا نیست' "$TMP/err"; ok $? "... the reference named"

# Without --dry-run: refused before a row is read.
au import donors "$TMP/bad.csv" >/dev/null 2>"$TMP/err"; is $? 1 "import without --dry-run: refused, exit 1"
grep -qF 'حسابرس فقط می‌تواند بخواند' "$TMP/err"; ok $? "... he only reads"
grep -qF "«hamyar import donors $TMP/bad.csv --dry-run» پرونده را بی‌آنکه چیزی بنویسد بررسی می‌کند؛ هیچ چیز وارد نشد" "$TMP/err"
ok $? "... --dry-run checks the file"
grep -qF 'سطر' "$TMP/err"; is $? 1 "... no row read"

is "$("$HAMYAR" --db "$DB" export all --format json)" "$before" "nothing of his was written"
is "$("$HAMYAR" --db "$DB" audit | grep -c '^1[34]')" "$n0" "... the audit log holds no entry of his"
is "$(md5sum <"$DB/data.mdb")" "$sum0" "... data.mdb is as it was"
"$HAMYAR" --db "$DB" import donors "$TMP/good.csv" >"$TMP/out" 2>&1; ok $? "the owner imports the sheet the auditor checked"
grep -qF '۲ ردیف وارد شد: ۲ تازه' "$TMP/out"; ok $? "... its two rows, the dry runs having noted nothing"
done_testing
