# A row with fewer cells than the header has columns, as a clerk leaves one
# when he mends a spreadsheet's CSV in a text editor: a comma lost, or the
# end of the row cut off.  Its missing cells are not empty ones: a row with
# an id cleared its record's address, capacity and notes in silence, and a
# new row's missing county was said to be an empty cell.  Now the row is
# refused, naming its line, the first missing column and why, and nothing
# of the file is written.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD >/dev/null 2>&1; ok $? "init"

# Excel's "CSV UTF-8": BOM, CRLF, a quoted address with a newline and a comma.
printf '\357\273\277ردیف,نام و نام خانوادگی,نوع,کد ملی,شناسه ملی,تلفن همراه,شهرستان,نشانی,توان مشارکت (ریال),یادداشت‌ها\r\n' >"$TMP/d.csv"
printf '1,محمدرضا نیک‌نام,شخص حقیقی,۰۰۷۶۲۲۹۶۴۵,,۰۹۱۴۱۲۳۴۵۶۷,مرند,"خیابان امام، کوچهٔ ۱۲\nپلاک ۳","۵۰۰٬۰۰۰٬۰۰۰",نیک‌اندیش\r\n' >>"$TMP/d.csv"
printf '2,شركت فولاد آذر,شخص حقوقی,,10101234565,,مرند,"شهرک صنعتی, فاز ۲","1,000,000,000",\r\n\r\n' >>"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>"$TMP/err"; ok $? "a spreadsheet's donors are imported"
"$HAMYAR" --db "$D" export donors --out "$TMP/before.csv"; ok $? "export"
"$HAMYAR" --db "$D" audit >"$TMP/audit-before"

# An update of MRD-1 cut short after its county: address, capacity and
# notes are missing, not emptied.
printf '\357\273\277id,kind,name,national_id,legal_id,mobile,phone,county,address,interests,capacity,introduced_by,notes,active\r\n' >"$TMP/u.csv"
printf 'MRD-1,person,محمدرضا نیک‌نام,0076229645,,09141234567,,MRD\r\n' >>"$TMP/u.csv"
"$HAMYAR" --db "$D" import donors "$TMP/u.csv" >/dev/null 2>"$TMP/err"; is $? 1 "an update row cut short: exit 1"
holds "$(cat "$TMP/err")" 'u.csv: سطر 2: ستون 9 (address) و ستون‌های پس از آن در این ردیف نیست: ردیف 8 خانه دارد و سرعنوان 14 ستون' \
    "... its line, the first missing column and the counts are named, in Persian"
"$HAMYAR" --db "$D" export donors --out "$TMP/after.csv"
cmp -s "$TMP/before.csv" "$TMP/after.csv"; ok $? "... and the record keeps its address, capacity and notes"
"$HAMYAR" --db "$D" audit >"$TMP/audit-after"
cmp -s "$TMP/audit-before" "$TMP/audit-after"; ok $? "... nothing in the audit log"

# A comma lost in the middle of a new row, beside a good row: the good
# row is not written either.
printf '\357\273\277نام,نوع,کد ملی,شهرستان,نشانی\r\n' >"$TMP/n.csv"
printf 'علي كريمي,شخص حقیقی,۱۶۴۱۲۳۴۵۶۳,مرند,میدان ساعت\r\n' >>"$TMP/n.csv"
printf 'زهرا احمدی‌نژاد,شخص حقیقی,0012345679 مرند,بازار\r\n' >>"$TMP/n.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/n.csv" >/dev/null 2>"$TMP/err"; is $? 1 "a comma lost: exit 1"
holds "$(cat "$TMP/err")" 'n.csv: line 3: column 5 (نشانی) and those after it are missing: the row has 4 cells and the header 5 columns' \
    "... named by line and column in English too"
"$HAMYAR" --db "$D" export donors --out "$TMP/after.csv"
cmp -s "$TMP/before.csv" "$TMP/after.csv"; ok $? "... and the good row beside it is not written"

# A row of one cell: "1 cell", in the singular (not "1 cells").
printf 'name,kind,county\nعلي كريمي\n' >"$TMP/one.csv"
"$HAMYAR" --lang en --db "$D" import donors "$TMP/one.csv" >/dev/null 2>"$TMP/err"; is $? 1 "a row of one cell: exit 1"
holds "$(cat "$TMP/err")" 'one.csv: line 2: column 2 (kind) and those after it are missing: the row has 1 cell and the header 3 columns' \
    "... its one cell in the singular"

# Columns the reading passes over may be missing: a row-number column
# at the end, and empty unnamed ones.
printf 'نام,نوع,کد ملی,شهرستان,ردیف,\r\nعلی کریمی,person,1641234563,MRD\r\n' >"$TMP/r.csv"
"$HAMYAR" --db "$D" import donors "$TMP/r.csv" --dry-run >/dev/null 2>"$TMP/err"; ok $? "a row short of a row-number column only is read"

done_testing
