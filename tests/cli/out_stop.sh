# report --html FILE and sync export --out FILE stopped by a signal leave
# no temporary file (FILE.tmpPID) beside FILE, as export does (cf8cc05):
# the temporary is named for removal on a stop before it is made
# (cli_out_open), and the rename into place is done with the stop
# signals held, so a stop there comes after a whole file.  Before, neither
# named its temporary file: a Ctrl-C or a kill left it there.
# The stop comes at a known point, without timing: gdb runs the verb to a
# breakpoint and resumes it with SIGTERM (a real delivery: held if the
# program holds it).  Skipped where gdb cannot run the program.
. "$HAMYAR_SRC/tests/lib.sh"

need_gdb

DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "init"
printf 'kind,name,county,mobile\nperson,علی‌رضا کریمی,TBZ,09141234567\nperson,فاطمه نوری‌زاده,TBZ,09121112233\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "two donors"

# stopped AT ARGS...: hamyar --db DB ARGS run under gdb to the function AT,
# then sent SIGTERM (the breakpoint deleted first: a signal held by the
# program would otherwise stop it there again); gdb's words into $TMP/gdb
stopped() {
	_at=$1; shift
	gdb -q -batch -ex 'set confirm off' -ex 'handle SIGTERM nostop noprint pass' \
	    -ex "break $_at" -ex run -ex delete -ex 'signal SIGTERM' -ex continue \
	    --args "$HAMYAR" --db "$DB" "$@" </dev/null >"$TMP/gdb" 2>&1
}
ended() { grep -q 'Program terminated with signal SIGTERM' "$TMP/gdb"; }

# report --html: stopped while the page is written, then as it takes its name
# (--force: over the earlier page, and below over a file not a bundle)
mkdir "$TMP/r"; printf '<p>گزارش پیشین</p>\n' >"$TMP/r/page.html"; cp "$TMP/r/page.html" "$TMP/was.html"
stopped tui_report_html report --html "$TMP/r/page.html" --force
ended; ok $? "report --html, stopped while writing: ended by SIGTERM"
is "$(ls "$TMP/r")" "page.html" "... no temporary file left"
cmp -s "$TMP/r/page.html" "$TMP/was.html"; ok $? "... the earlier page as it was"
stopped cli_out_close report --html "$TMP/r/page.html" --force
ended; ok $? "report --html, stopped as the page takes its name: ended by SIGTERM"
is "$(ls "$TMP/r")" "page.html" "... no temporary file left"
grep -q '</html>' "$TMP/r/page.html"; ok $? "... the new page, whole (the stop came after)"

# sync export --out: stopped before the bundle takes its name, then as it does
mkdir "$TMP/s"; printf 'بستهٔ پیشین\n' >"$TMP/s/b"; cp "$TMP/s/b" "$TMP/was.b"
stopped cli_stop_hold sync export --to HQ --out "$TMP/s/b" --force
ended; ok $? "sync export --out, stopped before the rename: ended by SIGTERM"
is "$(ls "$TMP/s")" "b" "... no temporary file left"
cmp -s "$TMP/s/b" "$TMP/was.b"; ok $? "... the earlier bundle as it was"
stopped cli_out_close sync export --to HQ --out "$TMP/s/b" --force
ended; ok $? "sync export --out, stopped as the bundle takes its name: ended by SIGTERM"
is "$(ls "$TMP/s")" "b" "... no temporary file left"
"$HAMYAR" --db "$DB" sync export --to HQ --out "$TMP/whole.b" 2>/dev/null
is "$(wc -c <"$TMP/s/b")" "$(wc -c <"$TMP/whole.b")" "... the new bundle, whole (as long as one not stopped)"
done_testing
