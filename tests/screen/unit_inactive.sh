# A unit made inactive with F8 takes no help now.  Its open needs stay
# stored and listed, but the ranking leaves them out as it leaves out a
# deactivated need, and its heading counts them («واحد غیرفعال: ۲»);
# matching from one says why nothing is proposed, naming the unit; and a
# new pledge on one is warned about under its need, naming the unit, F2
# asking before it saves (a second F2 saves it, as other warnings).
# Before, the needs were ranked, matched and pledged to without a word.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture: TST-22 and TST-23 are the open needs of unit TST-2 (پاسگاه اهر)"
on_need() { "$HAMYAR" --db "$DB" export pledges | tr -d '\r' | awk -F, -v n="$1" '$3 == n { k++ } END { print k + 0 }'; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 3
scr_wait "$(vis 'جست‌وجو:')"; scr_type TST-2
scr_wait "$(vis 'پاسگاه اهر')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'واحد TST-2')"; scr_keys F8
scr_wait "$(vis 'از رتبه‌بندی و تطبیق بیرون می‌روند')"; ok $? "F8 on the unit: the question says its open needs leave the ranking and matching"
scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; ok $? "... yes: made inactive"
scr_keys C-u; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"

# the ranking: the unit's needs left out, and counted
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F4; scr_wait "TOPSIS" >/dev/null
scr_cap | sed -n 2p | grep -qF "$(vis 'واحد غیرفعال: ۲')"; ok $? "the ranking's heading counts the two needs of the inactive unit"
scr_cap | sed -n 2p | grep -qF "$(vis 'نیازهای رتبه‌بندی‌شده: ۲')"; ok $? "... beside the two ranked"
scr_cap | grep -qE 'TST-2[23]'; is $? 1 "... which are TST-20 and TST-21, not TST-22 or TST-23"
scr_keys F1; scr_wait "$(vis 'نیازهای واحد غیرفعال')"; ok $? "F1 says why"
scr_keys Escape; scr_gone "$(vis 'نیازهای واحد غیرفعال')" >/dev/null
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null

# matching from one of its needs: why none is proposed, naming the unit
scr_keys F6; scr_wait "$(vis 'از یک نیاز: خیّرین جور با آن')" >/dev/null
scr_pick 'از یک نیاز: خیّرین جور با آن'
scr_type 'TST-22'; scr_wait "TST-22" >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّرین جور با یک نیاز')"; ok $? "matching from TST-22 (TST-12 of Ahar is interested in space)"
scr_wait "$(vis 'نیاز TST-22 از واحد TST-2 (پاسگاه اهر) است')"
ok $? "... proposes no donor, and says the need's unit is inactive, naming it"
scr_cap | grep -qF 'TST-12'; is $? 1 "... TST-12 is not proposed"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"

# a new pledge on TST-22: warned, naming the unit
scr_keys 5; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5
scr_wait "$(vis 'تاریخ تعهد*:')"
scr_type TST-12; scr_keys Tab
scr_type TST-22; scr_keys Tab
scr_wait "$(vis 'نیاز TST-22 از واحد TST-2 (پاسگاه اهر) است')"
ok $? "the need typed: the warning under it names the inactive unit"
scr_keys Space; scr_wait "$(vis 'توسعهٔ فضاهای انتظامی')" >/dev/null
scr_pick 'توسعهٔ فضاهای انتظامی'
scr_gone '┌' >/dev/null; scr_keys Tab
scr_type 50000000; scr_keys Tab
scr_keys F2
scr_wait "$(vis 'با این حال این رکورد ذخیره شود؟')"; ok $? "F2 asks first"
is "$(on_need TST-22)" 0 "... nothing saved yet"
scr_keys F2
scr_wait "$(vis 'جست‌وجو:')"; ok $? "a second F2 saves it"
is "$(on_need TST-22)" 1 "... the pledge is on TST-22"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
