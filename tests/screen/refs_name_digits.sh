# A ceremony's donors: a donor whose name has a digit in it, «کارگاه ۲
# برادران», typed after the ids to be found with F4.  Only an item that
# is an id, or a number alone among the ids, is an id: the name's ۲ is
# the name's.  Before, ۲ was read as TST-2 (a unit): F4 searched for
# «برادران» alone or for nothing, and Tab wrote TST-2 into the name
# («کارگاه TST-2 برادران»).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
DONORS="$(vis 'خیّرین تجلیل‌شده:')"
PICK='انتخاب: خیّر'
work_fixture "$DB"; ok $? "fixture: donors TST-10 to TST-12, units TST-1 and TST-2"
printf 'id,kind,name,county\nTST-15,org,کارگاه ۲ برادران,TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "donor TST-15, «کارگاه ۲ برادران»"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 8
scr_wait "$(vis 'جست‌وجو:')" >/dev/null; scr_keys F5
scr_wait "$DONORS"; ok $? "F5: a new ceremony's form"
scr_keys Tab; scr_type 'تجلیل از خیّرین هفتهٔ ناجا'
scr_keys Tab Tab

# the name with its digit, typed after an id: F4 searches for it whole
scr_type 'TST-10 کارگاه ۲'; scr_keys F4
scr_wait "$(vis "$PICK")"; ok $? "F4 opens the donors"
scr_wait "TST-15"; ok $? "... searching for «کارگاه ۲»: TST-15"
scr_cap | grep -qF 'TST-11'; is $? 1 "... and not the others"
scr_keys Enter; scr_gone "$(vis "$PICK")"; scr_settle
row_has "$DONORS" "TST-10 TST-15"; ok $? "Enter: TST-15 after TST-10, nothing else"

# Tab with the whole name still in the box: looked up whole, its ۲ the
# name's, and the one donor so named taken (ceremony_donor_name.sh)
scr_keys C-u; scr_type 'TST-10 کارگاه ۲ برادران'; scr_keys Tab; scr_settle
scr_cap | grep -qF "$(vis 'کارگاه ۲ برادران')"; ok $? "Tab: the name keeps its ۲"
scr_cap | grep -qF 'TST-2'; is $? 1 "... no TST-2 written into it"
scr_cap | grep -qF "$(vis 'شناسه نیست')"; is $? 1 "... no «not an id»: the donor is found"
scr_keys BTab; scr_settle
row_has "$DONORS" "TST-10 TST-15"; ok $? "... TST-15 after TST-10"
scr_cap | grep -qF 'TST-12'; is $? 1 "... nothing else"
scr_keys End; scr_type ' برادران'; scr_keys F4
scr_wait "$(vis "$PICK")"; scr_wait "TST-15"; ok $? "F4 on «برادران» after the ids: TST-15"
scr_keys F10; scr_gone "$(vis "$PICK")"; scr_settle

# numbers alone among the ids are still ids
scr_keys C-u; scr_type '۱۰ 11'; scr_keys Tab; scr_settle
scr_keys BTab; scr_settle
row_has "$DONORS" "TST-10 TST-11"; ok $? "۱۰ 11 on Tab: TST-10 TST-11"
scr_keys F10; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
