# A payment dated before its pledge is said when the date is left, and
# when its pledge is left with the date already there, in the words F2's
# check uses («تاریخ پرداخت پیش از تاریخ تعهد (…) است»); before, only F2
# said it, though F1 says each field is checked when it is left.  A date
# put right, Tab: the error goes.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null; ok $? "init"
"$HAMYAR" --db "$DB" demo >/dev/null; ok $? "demo"
line=$("$HAMYAR" --db "$DB" export pledges | tr -d '\r' | grep ',pledged,1$' | head -n 1)
P=${line%%,*}; D=$(printf '%s\n' "$line" | cut -d, -f8)
Y=${D%%/*}; M=$(printf '%s\n' "$D" | cut -d/ -f2)
EARLY=$(echo "$((Y - 1))/$M/01" | "$HAMYAR" text digits-fa)
SAME=$(echo "$D" | "$HAMYAR" text digits-fa)
[ -n "$P" ] && [ -n "$EARLY" ]; ok $? "a pledge of the demo, $P of $D; a day a year before it, $EARLY"
SAID="$(vis 'پیش از تاریخ تعهد')"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 6
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'تاریخ پرداخت*:')" >/dev/null
scr_type "$(printf '%s' "$P" | tr 'A-Z' 'a-z')"; scr_keys Tab; scr_settle
scr_keys C-u; scr_type "$EARLY"; scr_keys Tab
scr_wait "$SAID" >/dev/null; ok $? "the date before the pledge's, Tab: said under it"
scr_keys BTab C-u; scr_type "$SAME"; scr_keys Tab; scr_settle
scr_cap | grep -qF "$SAID"; is $? 1 "the pledge's own day, Tab: the error goes"
scr_keys Escape; scr_wait "$(vis 'دور بریزیم')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'تاریخ پرداخت*:')" >/dev/null
scr_keys Tab C-u; scr_type "$EARLY"; scr_keys Tab; scr_settle
scr_cap | grep -qF "$SAID"; is $? 1 "a new payment, no pledge yet: nothing said of the date"
scr_keys BTab BTab; scr_type "$P"; scr_keys Tab
scr_wait "$SAID" >/dev/null; ok $? "the pledge then typed, Tab: said under the date"
scr_keys Escape; scr_wait "$(vis 'دور بریزیم')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; ok $? "dropped"
done_testing
