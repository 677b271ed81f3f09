# A donors sheet with one id column for people and organisations alike
# (README "CSV import"): an office keeps «کد ملی» for everyone, and an
# organisation's 11-digit legal id (شناسه ملی) is typed there; or heads it
# «کد/شناسه ملی», as the donors' list does.  Such a value is read as the
# row's legal id, checked as one, and named by the column it is in; a
# person's national id under «شناسه ملی» likewise.  Before, an
# organisation's row was refused with "A national id has 10 digits".
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD >/dev/null 2>&1; ok $? "init station MRD"
BOM=$(printf '\357\273\277')
export_rows() {	# the donors' export without its BOM and CRs
	"$HAMYAR" --db "$D" export donors | tr -d '\r' | sed "1s/^$BOM//"
}

# ---- one «کد ملی» column, a kind column: the company's legal id in it
# (Persian digits, Arabic ك in its name), a person's national id beside it
printf 'نام,نوع,شهرستان,کد ملی,موبایل\n' >"$TMP/a.csv"
printf 'شركت ساختمانی البرز,حقوقی,مرند,۱۰۱۰۱۰۰۰۰۰۱,09141112233\n' >>"$TMP/a.csv"
printf 'زهرا احمدی‌نژاد,حقیقی,مرند,0012345679,09142223344\n' >>"$TMP/a.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/a.csv" >"$TMP/out" 2>"$TMP/err"
ok $? "an organisation's legal id in the «کد ملی» column: imported"
sed 's/^/# /' "$TMP/err"
export_rows donors | grep -q '^MRD-[0-9]*,org,شرکت ساختمانی البرز,,10101000001,09141112233,'
ok $? "... as its legal id, the national id empty"
export_rows donors | grep -q '^MRD-[0-9]*,person,زهرا احمدی‌نژاد,0012345679,,09142223344,'
ok $? "... the person's national id as it was"

# ---- its check digit wrong: said as a legal id's, in the column it is in
printf 'نام,نوع,شهرستان,کد ملی\nکارگاه نجاری برادران کریمی,حقوقی,مرند,10101000002\n' >"$TMP/b.csv"
export_rows >"$TMP/before_b"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/b.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "a wrong legal id under «کد ملی»: refused"
grep -q "b.csv: line 2, column 4 (کد ملی): The legal id's check digit is wrong" "$TMP/err"
ok $? "... as a legal id, naming the column it is in"
grep -q "national id has 10 digits" "$TMP/err"; is $? 1 "... not as a national id of the wrong length"
"$HAMYAR" --db "$D" import donors "$TMP/b.csv" >"$TMP/out" 2>"$TMP/err"
grep -q 'سطر 2، ستون 4 (کد ملی): رقم کنترل شناسه ملی درست نیست' "$TMP/err"; ok $? "... in Persian too"
export_rows | cmp -s - "$TMP/before_b"; ok $? "... and nothing was written"

# ---- a person's row keeps the national id's field: 11 digits there
# are no id of his, said as the legal id they are; a wrong one as a
# national id of the wrong length
printf 'نام,نوع,شهرستان,کد ملی\nعلی محمدی,حقیقی,مرند,14000000003\nرضا کریمی,حقیقی,مرند,14000000004\n' >"$TMP/c.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/c.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "11 digits under «کد ملی» on a person's row: refused"
grep -q "c.csv: line 2, column 4 (کد ملی): This is an organisation's legal id (11 digits), not a national id" "$TMP/err"
ok $? "... a legal id said to be one"
grep -q "c.csv: line 3, column 4 (کد ملی): A national id has 10 digits" "$TMP/err"; ok $? "... other 11 digits a national id's wrong length"

# ---- both columns, each filled: each is its own column's
printf 'نام,نوع,شهرستان,کد ملی,شناسه ملی\nبنیاد نیکوکاری مهر,حقوقی,مرند,14000000018,10380284790\n' >"$TMP/d.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/d.csv" >"$TMP/out" 2>"$TMP/err"; is $? 1 "both id columns filled on an organisation's row: refused"
grep -q "d.csv: line 2, column 4 (کد ملی): This is an organisation's legal id (11 digits), not a national id" "$TMP/err"
ok $? "... the «کد ملی» cell checked as a national id"

# ---- «کد/شناسه ملی», as the donors' list heads it, and no kind column:
# each row's kind from its id's digits; a national id whose zeros Excel
# dropped is still one
printf 'ردیف,نام و نام خانوادگي,کد/شناسهٔ ملی,شهرستان\n' >"$TMP/e.csv"
printf '1,بنیاد خیریه امام رضا,14000000018,مرند\n2,سارا کاظمی‌فر,۱۵۳۰۰۰۰۰۱۷,مرند\n3,مریم نوری,23456787,مرند\n' >>"$TMP/e.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/e.csv" >"$TMP/out" 2>"$TMP/err"
ok $? "a «کد/شناسهٔ ملی» column and no kind column: imported"
sed 's/^/# /' "$TMP/err"
export_rows | grep -q '^MRD-[0-9]*,org,بنیاد خیریه امام رضا,,14000000018,'; ok $? "... 11 digits an organisation's legal id"
export_rows | grep -q '^MRD-[0-9]*,person,سارا کاظمی‌فر,1530000017,,'; ok $? "... 10 digits a person's national id"
export_rows | grep -q '^MRD-[0-9]*,person,مریم نوری,0023456787,,'; ok $? "... 8 digits a national id without its zeros"

# ---- a person's national id under «شناسه ملی» (a kind column says so)
printf 'نام,نوع,شهرستان,شناسه ملی\nحسین رضایی,حقیقی,مرند,0034567895\n' >"$TMP/f.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/f.csv" >"$TMP/out" 2>"$TMP/err"
ok $? "a person's national id under «شناسه ملی»: imported"
export_rows | grep -q '^MRD-[0-9]*,person,حسین رضایی,0034567895,,'; ok $? "... as his national id"

# ---- an export read back: unchanged
export_rows >"$TMP/x1"
"$HAMYAR" --db "$D" export donors --out "$TMP/all.csv" >/dev/null 2>&1
"$HAMYAR" --db "$TMP/db2" init --station MRD >/dev/null 2>&1
"$HAMYAR" --db "$TMP/db2" import donors "$TMP/all.csv" >/dev/null 2>"$TMP/err"; ok $? "the export imported into a new database"
"$HAMYAR" --db "$TMP/db2" export donors | tr -d '\r' | sed "1s/^$BOM//" | cmp -s - "$TMP/x1"
ok $? "... exports the same"

done_testing
