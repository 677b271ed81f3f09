# The full-screen program on a database with a damaged page that only a
# list reads (a page of the records, overwritten as a failing disk leaves
# it): LMDB trusts its pages and the program dies on it.  Before, the
# terminal was given back with the shell's «Bus error» and nothing else,
# while every verb says what it may be and what to do.  Now the program
# says it too, once the terminal is back: run verify, and restore the
# last backup if it finds damage.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

. "$HAMYAR_SRC/tests/cli/fixtures_damaged.inc"
damaged_base

# the first page (tests/cli/damage.py wipe) with which the database opens
# and the donors' export stops on a signal, as the list will
pages=$(($(stat -c %s "$TMP/b.mdb") / 4096))
P="$TMP/p"; found=0; pg=2
while [ "$pg" -lt "$pages" ]; do
	damaged_copy "$TMP/b.mdb" "$P" wipe "$pg" >/dev/null
	if "$HAMYAR" --db "$P" user list >/dev/null 2>&1 &&
	    ! "$HAMYAR" --db "$P" export donors >/dev/null 2>"$TMP/err" &&
	    grep -qF 'خوانده نشد و کار متوقف شد' "$TMP/err"; then
		found=1; break
	fi
	pg=$((pg + 1))
done
is "$found" 1 "a page the donors' list stops on ($pg)"

scr_start "$P"
scr_wait "$(vis 'منوی اصلی')"; ok $? "the program opens the database"
scr_keys 1
scr_wait "__EXIT__="; ok $? "the donors' list stops the program"
scr_cap | grep -q '__EXIT__=0'; is $? 1 "... not as a normal end"
scr_wait "hamyar: صفحه‌ای از پایگاه دادهٔ"; ok $? "it says a page of the database could not be read"
scr_cap | tr -d '\n' | grep -qF "'hamyar --db $P verify' را اجرا کنید؛ اگر آسیبی یافت، آخرین پشتیبان را برگردانید"
ok $? "... and to run verify, then restore the last backup"
done_testing
