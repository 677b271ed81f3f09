# Choosing by a letter with the keyboard left in Latin: the clerk thinks
# «ش» (شخص حقوقی) and presses the key that sends "a"; in a popup list he
# thinks «م» (مراغه) and the terminal sends "l".  A Latin key that picks
# nothing is read on the program's Persian layout, as the yes/no
# questions already read y and n.  Before, both keys did nothing.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" CHL; ok $? "first start"
scr_keys Enter; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_cap | tail -n 2 | grep -qF 'EN'; ok $? "the keyboard is Latin (the status bar says EN)"
row=$(scr_cap | grep -nF "$(vis 'نوع*:')" | head -n 1 | cut -d: -f1)
scr_keys a					# ش on the Persian layout
scr_wait "$(vis 'شخص حقیقی')"; ok $? "a on the kind picks شخص حقیقی (ش)"
scr_keys a
scr_wait "$(vis 'شخص حقوقی')"; ok $? "a again: the next choice with a word in ش, شخص حقوقی"
scr_keys Tab; scr_type 'بنیاد خیریهٔ سهند'
scr_keys Tab Tab Tab Tab Tab				# -> county
scr_keys F4; scr_wait "$(vis 'آذرشهر')" >/dev/null
scr_keys l Enter					# م on the Persian layout
scr_wait "$(vis 'مراغه')"; ok $? "l in the county list goes to مراغه (م), Enter takes it"
scr_cap | grep -F "$(vis 'شهرستان*:')" | grep -qF "$(vis 'مراغه')"; ok $? "... into the county field"
scr_keys F2; scr_wait 'CHL-1'; ok $? "F2 saves"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0" >/dev/null
out=$("$HAMYAR" --db "$DB" export donors | tr -d '\r' | sed -n 2p)
case "$out" in "CHL-1,org,بنیاد خیریهٔ سهند,,,,,MRG,"*) r=0 ;; *) r=1; echo "# export: $out" ;; esac
ok $r "stored as an organisation in Maragheh"
done_testing
