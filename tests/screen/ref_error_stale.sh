# A reference's error goes when its text changes: a need's unit «۱۲» read
# as TBZ-12, a group of the demo and not a unit, is said on Tab; back in
# the field, Ctrl-U and «کلانتری» typed, the words about TBZ-12 no longer
# show under it, nor behind the list Space opens.  Before, the error stayed
# until the field was left.  The new text is checked on leaving it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null; ok $? "init"
"$HAMYAR" --db "$DB" demo >/dev/null; ok $? "demo"
"$HAMYAR" --db "$DB" export groups | grep -q '^TBZ-12,'; ok $? "TBZ-12 is a group of the demo"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 4
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'زمینهٔ مشارکت*:')" >/dev/null
scr_type '۱۲'; scr_keys Tab
scr_wait "$(vis 'یک گروه مرجع است، نه واحد')" >/dev/null; ok $? "«۱۲»: TBZ-12 is a group, not a unit"
scr_keys BTab C-u; scr_type 'کلانتری'; scr_settle
scr_cap | grep -q 'TBZ-12'; is $? 1 "Ctrl-U and «کلانتری» typed: the error about TBZ-12 is gone"
scr_wait "$(vis 'کلانتری')" >/dev/null; ok $? "... the new text shown"
scr_keys Space; scr_wait "$(vis 'انتخاب: واحد')" >/dev/null; ok $? "Space opens the units to pick from"
scr_cap | grep -q 'TBZ-12'; is $? 1 "... and no TBZ-12 error behind it"
scr_keys Escape; scr_settle	# the first clears its search
scr_cap | grep -qF "$(vis 'انتخاب: واحد')" && scr_keys Escape
scr_gone "$(vis 'انتخاب: واحد')"; ok $? "Esc closes the list"
scr_keys C-u; scr_type '۱۲'; scr_keys Tab
scr_wait "$(vis 'یک گروه مرجع است، نه واحد')" >/dev/null; ok $? "«۱۲» again, Tab: said again"
done_testing
