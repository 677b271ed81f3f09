# An export stopped with Ctrl-C leaves none of its temporary files
# (*.csv.tmpPID) behind: `export all --out DIR` writes every kind under a
# temporary name and renames them at the end (all or nothing), and each of
# them is named for removal on a stop before it is made; the folder goes
# too if the export made it, and an earlier export in a folder stays as it
# was.  Before, a stop left the temporaries of the kinds written so far.
# So for `export KIND --out FILE`.  The export is caught midway without
# timing: Ctrl-S stops the terminal's output, so the progress bar it
# draws on stderr for a kind of 1000 rows or more blocks it there, after
# its temporary files are made; then Ctrl-C (the shell running it traps
# SIGINT, so only the export ends) and Ctrl-Q.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null; ok $? "init"
"$HAMYAR" --db "$DB" demo --size 3000 >/dev/null; ok $? "a large sample database"
n=$("$HAMYAR" --db "$DB" export donors | tail -n +2 | wc -l)
[ "$n" -ge 1000 ]; ok $? "... $n donors: export draws its progress bar"

# run_stopped ARGS...: hamyar --db DB ARGS in tmux, stopped by Ctrl-C once
# a temporary file of it exists (in $watch); its exit status into $st
run_stopped() {
	tm kill-server >/dev/null 2>&1
	for try in 1 2 3 4 5 6 7 8 9 10; do
		tm new-session -d -s main -x 80 -y 24 \
		    "trap : INT; sleep 0.3; env LANG=C.UTF-8 '$HAMYAR' --db '$DB' $*; echo __EXIT__=\$?; sleep 300" 2>/dev/null && break
		sleep 0.2
	done
	scr_keys C-s
	_n=100
	while [ $_n -gt 0 ] && ! ls "$watch" 2>/dev/null | grep -q '\.tmp[0-9]'; do sleep 0.1; _n=$((_n - 1)); done
	ls "$watch" 2>/dev/null | grep -q '\.tmp[0-9]'; ok $? "$1 $2: a temporary file is being written"
	scr_keys C-c; scr_keys C-q
	scr_wait "__EXIT__=" >/dev/null
	st=$(scr_cap | grep -o '__EXIT__=[0-9]*')
}

# a folder the export makes: gone with its temporaries
watch="$TMP/new"
run_stopped export all --out "$TMP/new"
is "$st" "__EXIT__=130" "export all into a new folder: ended by Ctrl-C"
[ ! -e "$TMP/new" ]; ok $? "... its folder is gone, temporaries and all"

# a folder with an earlier export in it: that stays, no temporary left
"$HAMYAR" --db "$DB" export all --out "$TMP/old" >/dev/null; ok $? "an earlier export"
printf 'id,name\nTBZ-1,مریم رضایی‌نژاد\n' >"$TMP/old/donors.csv"
cp -r "$TMP/old" "$TMP/was"
watch="$TMP/old"
run_stopped export all --out "$TMP/old" --force	# over the earlier export
is "$st" "__EXIT__=130" "export all into it: ended by Ctrl-C"
is "$(ls "$TMP/old" | grep -c tmp)" 0 "... no temporary file left"
diff -r "$TMP/was" "$TMP/old" >/dev/null; ok $? "... the earlier export as it was"

# one kind into a file
mkdir "$TMP/one"; printf 'id\nTBZ-2\n' >"$TMP/one/d.csv"
watch="$TMP/one"
run_stopped export donors --out "$TMP/one/d.csv" --force
is "$st" "__EXIT__=130" "export donors --out FILE: ended by Ctrl-C"
is "$(ls "$TMP/one")" "d.csv" "... no temporary file left"
is "$(cat "$TMP/one/d.csv")" "$(printf 'id\nTBZ-2')" "... the earlier file as it was"

# not stopped: the export is whole, as before
"$HAMYAR" --db "$DB" export all --out "$TMP/whole" >/dev/null; ok $? "export all, not stopped"
is "$(ls "$TMP/whole" | tr '\n' ' ')" "donors.csv groups.csv needs.csv payments.csv pledges.csv recognitions.csv stages.csv units.csv " "... its eight files, no temporary"
done_testing
