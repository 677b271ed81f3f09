# `user add reza --role hq --county MRD` was taken and confirmed «کاربر
# reza افزوده شد: ستاد استان مرند (MRD)», as if HQ's reach were Marand
# only; the access policy gives hq, admin and auditors every county
# whatever their record says.  --county is for a clerk or supervisor: for
# another role it is refused (exit 2) naming the option and the role, and
# nothing is written.
. "$HAMYAR_SRC/tests/lib.sh"

DB=$TMP/db
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "init"
before=$("$HAMYAR" --lang en --db "$DB" user list --all)

"$HAMYAR" --db "$DB" user add reza --role hq --county 'مرند' >"$TMP/out" 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: --county فقط برای کارشناس و سرپرست است: ستاد استان با همهٔ شهرستان‌ها کار می‌کند؛ --county را ندهید" \
    "hq with --county: refused, naming the option and the role"
is "$(wc -c <"$TMP/out")" 0 "... nothing confirmed"
"$HAMYAR" --lang en --db "$DB" user add reza --role auditor --county MRD >/dev/null 2>"$TMP/err"; rc=$?
is "$rc $(cat "$TMP/err")" "2 hamyar: --county is for a clerk or supervisor: auditor works with every county; leave --county out" "an auditor with --county, in English"
"$HAMYAR" --db "$DB" user add reza --role 'مدیر سامانه' --county TBZ >/dev/null 2>&1; is $? 2 "an admin with --county: refused"
is "$("$HAMYAR" --lang en --db "$DB" user list --all)" "$before" "nothing was written"

"$HAMYAR" --db "$DB" user add reza --role hq >"$TMP/out" 2>/dev/null; ok $? "hq without --county: taken"
is "$(cat "$TMP/out")" "کاربر reza افزوده شد: ستاد استان (همهٔ شهرستان‌ها)" "... for every county"
"$HAMYAR" --db "$DB" user add zahra --role supervisor --county 'عجب‌شير' >/dev/null 2>&1; ok $? "a supervisor with --county (ZWNJ, Arabic yeh): taken"
is "$("$HAMYAR" --lang en --db "$DB" user list | grep '^zahra')" "$(printf 'zahra\tsupervisor\tAJB')" "... of Ajabshir"
done_testing
