# `export --out -` writes to stdout, as `sync export --out -` does and as
# "-" means to most commands (a script piping the sheet on); it made a
# file named "-" in the current folder, which the next `rm -` or `cat -`
# does not even reach.  `export all` in CSV still needs a folder.
. "$HAMYAR_SRC/tests/lib.sh"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD >/dev/null 2>&1; ok $? "init"
printf 'نام,نوع,شهرستان,نشانی\nکلانتری ۱۱ مرند,station,مرند,"مرند، خیابان امام"\n' >"$TMP/u.csv"
"$HAMYAR" --db "$D" import units "$TMP/u.csv" >/dev/null; ok $? "a unit"
"$HAMYAR" --db "$D" export units --out "$TMP/u_file.csv"; ok $? "export units to a file"
mkdir "$TMP/cwd"
cd "$TMP/cwd" || exit 1
"$HAMYAR" --db "$D" export units --out - >"$TMP/u_out.csv"; ok $? "export units --out -"
cmp -s "$TMP/u_file.csv" "$TMP/u_out.csv"; ok $? "... the same sheet, on stdout"
[ ! -e "$TMP/cwd/-" ]; ok $? "... and no file named -"
"$HAMYAR" --db "$D" export units --format json --out=- | grep -q '"name": "کلانتری 11 مرند"'; ok $? "--out=- in JSON: on stdout"
[ ! -e "$TMP/cwd/-" ]; ok $? "... no file named -"
"$HAMYAR" --db "$D" export all --out - 2>"$TMP/err"; is $? 2 "export all (CSV) --out -: a usage error"
holds "$(cat "$TMP/err")" "export all --format csv به --out DIR نیاز دارد" "... it needs a folder"
[ ! -e "$TMP/cwd/-" ]; ok $? "... no folder named -"
done_testing
