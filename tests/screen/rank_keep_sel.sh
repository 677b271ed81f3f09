# The need selected on the ranking stays selected when the order changes
# under it: F4 to the other method, weights saved in the editor.  Before,
# the row stayed and another need's explanation took its place (TST-22,
# second in TOPSIS, selected; F4: the second row of SAW, TST-20, and its
# explanation), so a supervisor could not follow one need from TOPSIS to
# SAW, nor see where a new weight moved it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
pos() { "$HAMYAR" --db "$DB" rank --method "$1" | sed 1d | awk -v id="$2" '$2 == id { print $1 }'; }
t=$(pos topsis TST-22); s=$(pos saw TST-22)
[ -n "$t" ] && [ -n "$s" ] && [ "$t" != "$s" ]; ok $? "TST-22 is $t in TOPSIS and $s in SAW"

work_open "$DB"
scr_keys F4; scr_wait "TOPSIS" >/dev/null
n=1; while [ $n -lt "$t" ]; do scr_keys Down; n=$((n + 1)); done
scr_wait "$(vis 'چرا TST-22:')"; ok $? "TST-22 selected in TOPSIS (rank $t)"
scr_keys F4; scr_wait "SAW" >/dev/null
scr_wait "$(vis 'چرا TST-22:')"; ok $? "F4: TST-22 still selected in SAW"
score=$("$HAMYAR" --db "$DB" rank --method saw | awk '$2 == "TST-22" { print $3 }' | "$HAMYAR" text digits-fa | sed 's/\./٫/')
scr_cap | grep -qF "$(vis "چرا TST-22: امتیاز $score")"; ok $? "... with its SAW score ($score)"
# weights: impact far above urgency; TST-22 (impact 5) moves, still selected
scr_keys F6; scr_wait "CR = " >/dev/null
scr_keys 1; scr_keys /; scr_keys F2
scr_wait "$(vis 'وزن‌ها ذخیره شد')" >/dev/null; scr_keys F10
scr_wait "SAW" >/dev/null
scr_wait "$(vis 'چرا TST-22:')"; ok $? "weights saved: TST-22 still selected"
scr_keys F10 F10 F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
