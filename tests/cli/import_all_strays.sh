# import all DIR and a CSV file of the folder that is none of the eight
# export all writes (tui/verb_exchange.c import_all_strays): a donors file
# saved as "Donors.csv" or "خیرین.csv", or a "donor.csv" typed by hand, was
# passed over in silence while the rest went in, exit 0, so the
# administrator took the folder for imported.  Each such file is now named,
# with what to do, and nothing is imported (exit 1).
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD >/dev/null 2>&1; ok $? "init"
mkdir "$TMP/in"
cat >"$TMP/in/groups.csv" <<'CSV'
نوع,نام,شهرستان
council,شورای اسلامی شهر مرند,مرند
CSV
cat >"$TMP/in/Donors.csv" <<'CSV'
نام و نام خانوادگی,نوع,شهرستان,کد ملی
زهرا نوروزی‌فر,person,مرند,0012345679
CSV
cp "$TMP/in/Donors.csv" "$TMP/in/خیرین.csv"
sum() { "$HAMYAR" --db "$D" export all --format json | cksum; }
before=$(sum)

"$HAMYAR" --db "$D" import all "$TMP/in" >"$TMP/out" 2>"$TMP/err"; rc=$?
is $rc 1 "a stray CSV in the folder: invalid data"
err=$(cat "$TMP/err")
holds "$err" "$TMP/in/Donors.csv: خوانده نشد: import all تنها پرونده‌هایی را می‌گیرد که export all می‌نویسد، هر یک به نام نوعش" "Donors.csv named (the case differs)"
holds "$err" "$TMP/in/خیرین.csv: خوانده نشد" "خیرین.csv named"
holds "$err" "(hamyar import KIND FILE)" "with how to import it alone"
holds "$err" "از هیچ پرونده‌ای چیزی وارد نشد" "and nothing was imported"
is "$(sum)" "$before" "the database is unchanged: not even the groups went in"
"$HAMYAR" --lang en --db "$D" import all "$TMP/in" --dry-run 2>"$TMP/err" >/dev/null; rc=$?
is $rc 1 "--dry-run: the same"
holds "$(cat "$TMP/err")" "Donors.csv: not read: import all takes only the files export all writes" "in English under --lang en"

# other files (not .csv) and hidden ones are none of its business
mv "$TMP/in/Donors.csv" "$TMP/in/donors.csv"
rm "$TMP/in/خیرین.csv"
echo "یادداشت" >"$TMP/in/notes.txt"
: >"$TMP/in/.~lock.donors.csv"
"$HAMYAR" --db "$D" import all "$TMP/in" >"$TMP/out" 2>"$TMP/err"; rc=$?
is $rc 0 "renamed: the folder imports"
holds "$(cat "$TMP/out")" "۲ ردیف از ۲ پرونده در یک تراکنش وارد شد" "both files' rows"
case $(cat "$TMP/err") in *"خوانده نشد"*) ok 1 "no stray named" ;; *) ok 0 "no stray named" ;; esac
holds "$("$HAMYAR" --db "$D" export donors)" "0012345679" "the donor is there"
done_testing
