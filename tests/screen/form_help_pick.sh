# A form's F1 help says what a record picked for a reference field does
# with the next letter typed: since a pick (F4 or Space on a pledge's
# donor, Enter in the list) stands in the box as a proposal, the first
# letter typed replaces the id picked (screen/ref_pick_then_type.sh).
# Before, the help said only that Space or F4 opens the list, and a
# clerk who typed after a pick to add to it lost the id unwarned.
# (2 of 5 checks fail without.)
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null; ok $? "init"
printf 'kind,name,county\nperson,مریم احمدی‌نژاد,TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "a donor"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 5
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$(vis 'مشارکت: تازه')"; ok $? "a new pledge's form"
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
scr_cap | grep -qF "$(vis 'رکوردی که آنجا')"; ok $? "F1: the help says a record picked there"
scr_cap | grep -qF "$(vis 'جای شناسهٔ آن را می‌گیرد.')"; ok $? "... has its id replaced by the next letter typed"
scr_keys Escape; scr_gone "$(vis 'راهنما')" >/dev/null
scr_keys F10; scr_settle; scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye
done_testing
