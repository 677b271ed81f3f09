# A pledge moved (or made) in its form onto a need that is done or
# rejected is warned about under the need at F2 («نیاز این تعهد انجام‌شده
# یا ردشده است ...»), and F2 asks before saving, as about its other
# warnings; the need picker (F4 on the need) draws such needs dim, as a
# deactivated record, besides their status column.  Before, F2 saved
# without a word and the picker set them apart in nothing but the word.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
cat >"$TMP/n.csv" <<'CSV'
id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status
TST-24,TST-1,space,بازسازی دیوار محوطه,60000000,3,3,2000,1402/10/01,done
TST-25,TST-2,equipment,بي‌سيم دستي,30000000,2,2,500,1402/12/01,rejected
CSV
work_fixture "$DB" && "$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: TST-24 done, TST-25 rejected; TST-31 a pledge on TST-22"
need_of() { "$HAMYAR" --db "$DB" export pledges | tr -d '\r' | awk -F, -v p="$1" '$1 == p { print $3 }'; }
CLOSED="$(vis 'نیاز این تعهد انجام‌شده یا ردشده')"
ASK="$(vis 'هشدار در: نیاز. با این حال این رکورد ذخیره شود؟')"
row_attrs() { tm capture-pane -p -e -t main | grep -F -- "$1" | head -n 1; }
dim() { row_attrs "$1" | grep -qE "$(printf '\033')\[([0-9]+;)*2[;m]"; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 5
scr_wait "TST-31" >/dev/null; scr_type 'TST-31'; scr_settle; scr_keys Enter
scr_wait "$(vis 'مشارکت TST-31')"; ok $? "the pledge TST-31 opens"
scr_keys Tab; scr_keys F4
scr_wait "$(vis 'انتخاب: نیاز')"; ok $? "F4 on its need: the picker"
scr_wait TST-25 >/dev/null; scr_settle
dim TST-24; ok $? "the done need TST-24 is drawn dim"
dim TST-25; ok $? "the rejected need TST-25 is drawn dim"
dim TST-20; r=$?; [ $r -ne 0 ]; ok $? "the approved need TST-20 is not"
scr_keys F10; scr_gone "$(vis 'انتخاب: نیاز')" >/dev/null
scr_keys C-u; scr_type 'tst-۲۴'; scr_keys Tab; scr_settle
scr_keys F2
scr_wait "$ASK"; ok $? "moved onto the done TST-24: F2 asks, naming the need"
scr_cap | grep -qF "$CLOSED"; ok $? "... the warning under the need"
scr_keys n; scr_gone "$ASK" >/dev/null
is "$(need_of TST-31)" TST-22 "no: still on TST-22"
scr_keys C-u; scr_type 'TST-25'; scr_keys Tab; scr_settle
scr_cap | grep -qF "$CLOSED"; r=$?; [ $r -ne 0 ]; ok $? "another need typed: the warning goes until F2"
scr_keys F2; scr_wait "$ASK"; ok $? "the rejected TST-25: F2 asks too"
scr_keys y; scr_wait "$(vis 'جست‌وجو:')"; ok $? "yes: saved"
is "$(need_of TST-31)" TST-25 "TST-31 is on TST-25"
scr_keys Enter; scr_wait "$(vis 'مشارکت TST-31')" >/dev/null; scr_keys F2
scr_wait "$(vis 'جست‌وجو:')"; ok $? "opened and saved again on the same need: no question"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
