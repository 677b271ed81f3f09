# The audit screen's F3 reads a record id as hamyar audit --id does: its
# number alone («۱») is this station's record (MRD-1), and zeros before
# its number are dropped (MRD-01).  Before, both were «رکوردی با شناسهٔ
# ... نیست».
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name "ایستگاه مرند" >/dev/null 2>&1; ok $? "init"
printf 'kind,name,county\nperson,مريم كاظمي‌نژاد,MRD\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "donor MRD-1"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys F8
scr_wait "$(vis 'تغییرات')" >/dev/null
scr_keys F3; scr_wait "$(vis 'شناسهٔ رکورد')"; scr_type '۱'; scr_keys Enter
scr_wait "$(vis 'تغییرهای MRD-1: ۱')"; ok $? "F3 ۱: the changes of MRD-1, this station's record number 1"
scr_cap | grep -qF "$(vis 'نیست')"; is $? 1 "... not «no such record»"
scr_keys F3; scr_wait "$(vis 'شناسهٔ رکورد')"; scr_keys C-u BSpace BSpace BSpace BSpace BSpace BSpace
scr_type 'mrd-01'; scr_keys Enter
scr_wait "$(vis 'تغییرهای MRD-1: ۱')"; ok $? "F3 mrd-01: MRD-1's changes"
scr_keys F10
done_testing
