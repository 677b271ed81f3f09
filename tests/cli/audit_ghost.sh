# hamyar audit --id ID for an id no record has ever had: before, it said
# «برای GHOST-99 تغییری ثبت نشده است» and exit 0, as if GHOST-99 were a
# record never changed.  Now it says there is no such record, naming the
# id as typed, exit 1, as the other verbs refuse an unknown id.  A record
# that is there (inactive too), a user, and a setting keep their answers,
# and one with no change in --since's period is still "no changes".
. "$HAMYAR_SRC/tests/lib.sh"

DB=$TMP/db
"$HAMYAR" --db "$DB" init --station MRD >/dev/null 2>&1; ok $? "init"
printf 'kind,name,county,mobile\nperson,زهرا احمدی‌نژاد,MRD,09141234567\nperson,علي كريمي,MRD,09147654321\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "two donors"
"$HAMYAR" --db "$DB" user add sara --role auditor >/dev/null 2>&1; ok $? "a user sara"

"$HAMYAR" --db "$DB" audit --id GHOST-99 >"$TMP/out" 2>"$TMP/err"; is $? 1 "--id GHOST-99 (no record ever had it): exit 1"
is "$(cat "$TMP/err")" "hamyar: رکورد GHOST-99 وجود ندارد" "... saying no record has it, naming it"
is "$(cat "$TMP/out")" "" "... nothing on stdout"
grep -qF 'تغییری ثبت نشده' "$TMP/err"; is $? 1 "... not that it has no changes"
"$HAMYAR" --lang en --db "$DB" audit --id GHOST-99 >/dev/null 2>"$TMP/err"; is $? 1 "in English: exit 1"
is "$(cat "$TMP/err")" "hamyar: no record GHOST-99" "... no record GHOST-99"
"$HAMYAR" --db "$DB" audit --id ghost-99 >/dev/null 2>"$TMP/err"; is $? 1 "--id ghost-99 (lower case, tried as GHOST-99 too): exit 1"
grep -qF 'ghost-99' "$TMP/err"; ok $? "... naming the id as typed"
"$HAMYAR" --db "$DB" audit --id MRD-۹۹ --since 1400/01/01 >/dev/null 2>"$TMP/err"; is $? 1 "--id MRD-۹۹ --since 1400/01/01: exit 1"
grep -qF 'رکورد MRD-۹۹ وجود ندارد' "$TMP/err"; ok $? "... no record, not no changes since that day"
"$HAMYAR" --db "$DB" audit --id GHOST-99 --user sara >/dev/null 2>"$TMP/err"; is $? 1 "--id GHOST-99 --user sara: exit 1"
grep -qF 'رکورد GHOST-99 وجود ندارد' "$TMP/err"; ok $? "... no record"

# what is there keeps its answers
"$HAMYAR" --db "$DB" audit --id MRD-1 >"$TMP/out" 2>"$TMP/err"; ok $? "--id MRD-1 (a donor): exit 0"
grep -q '"MRD-1"$' "$TMP/out"; ok $? "... its history"
"$HAMYAR" --db "$DB" audit --id MRD-1 --since 1420/01/01 >"$TMP/out" 2>"$TMP/err"; ok $? "--id MRD-1 --since 1420/01/01: exit 0"
is "$(cat "$TMP/err")" "برای MRD-1 در 1420/01/01 یا پس از آن تغییری ثبت نشده است" "... no changes in the period, as before"
printf 'id,kind,name,county,active\nMRD-2,person,علی کریمی,MRD,0\n' >"$TMP/off.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/off.csv" >/dev/null 2>&1; ok $? "MRD-2 deactivated"
"$HAMYAR" --lang en --db "$DB" audit --id MRD-2 >"$TMP/out" 2>"$TMP/err"; ok $? "--id MRD-2 (inactive): exit 0"
grep -c '^1' "$TMP/out" | grep -qx 2; ok $? "... its creation and its deactivation"
"$HAMYAR" --db "$DB" audit --id sara >"$TMP/out" 2>"$TMP/err"; ok $? "--id sara (a user): exit 0"
grep -q '"sara"$' "$TMP/out"; ok $? "... her creation"
"$HAMYAR" --db "$DB" audit --id rank.weights >"$TMP/out" 2>"$TMP/err"; ok $? "--id rank.weights (a setting never changed): exit 0"
is "$(cat "$TMP/err")" "برای rank.weights تغییری ثبت نشده است" "... no changes, not no record"
done_testing
