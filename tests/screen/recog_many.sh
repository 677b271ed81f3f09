# A ceremony honours at most 500 donors (CORE_REFS_MAX): in a ceremony of
# 500, F5 says so in the screen's note line, before any donor is picked,
# and the ceremony keeps its 500.  Before, a donors list of any length was
# taken (import_honour_many.sh: the import refuses 501 too).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
many_donors_db
ids=""; i=1; while [ $i -le 500 ]; do ids="$ids MRD-$((i + 10))"; i=$((i + 1)); done
printf 'id,held_on,title,place,donors\nMRD-600,1405/08/20,جشن تجلیل خیّرین مرند,تالار شهرداری,%s\n' "${ids# }" >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null 2>&1; ok $? "a ceremony honouring 500 of them"
count() { "$HAMYAR" --db "$DB" export recognitions | tr -d '\r' | grep '^MRD-600,' | tr ' ' '\n' | grep -c 'MRD-'; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 8
scr_wait 'MRD-600' >/dev/null; scr_keys F7
scr_wait 'MRD-11' >/dev/null; ok $? "F7: the ceremony's donors"
scr_keys F5
scr_wait "$(vis 'در یک مراسم حداکثر از ۵۰۰ خیّر تجلیل می‌شود')" 5; ok $? "F5: at most 500 donors, it says"
scr_cap | grep -qF "$(vis 'انتخاب')"; is $? 1 "... no donor picker opened"
is "$(count)" 501 "... the ceremony keeps its 500 donors (501 ids with its own)"
scr_keys F10 F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
