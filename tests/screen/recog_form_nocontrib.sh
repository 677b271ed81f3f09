# The recognitions' form (main menu 8, F5 or Enter on a ceremony): a
# donor added to «خیّرین تجلیل‌شده» who has no contribution recorded is
# said under the field when he is picked, naming him, as the ceremony
# screen asks when he is picked there (recog_nocontrib.sh); F2 then asks
# before saving (warn_ask.sh).  A donor with pledges is taken without a
# word, and one the ceremony already had is not said again.  Before, the
# form took any donor silently.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: TST-12 (کارخانهٔ قند اهر) has pledges, TST-10 and TST-11 none"
NONE="$(vis 'هیچ مشارکتی از')"
ASK="$(vis 'با این حال این رکورد ذخیره شود؟')"
donors() { "$HAMYAR" --db "$DB" export recognitions | tr -d '\r' | awk -F, 'NR > 1 { print $5 }'; }
add() {	# add TEXT ID: in the donors' field, the donor found by TEXT (F4)
	scr_type "$1"; scr_keys F4; scr_wait "$2" >/dev/null; scr_keys Enter
	scr_gone '┌' >/dev/null
}

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 8; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'خیّرین تجلیل‌شده:')"; ok $? "F5: a new ceremony's form"
scr_keys Tab; scr_type 'تجليل از خيّرين هفتهٔ ناجا'; scr_keys Tab
scr_type 'تالار ۲۲ بهمن اهر'; scr_keys Tab
add 'قند' TST-12
scr_settle; scr_cap | grep -qF "$NONE"; is $? 1 "a donor with pledges: no word"
add ' بنیاد' TST-11
scr_wait "$NONE" 5; ok $? "a donor with no pledge: said when he is picked"
row=$(scr_cap | grep -nF "$(vis 'خیّرین تجلیل‌شده:')" | head -n 1 | cut -d: -f1)
scr_cap | sed -n "$((row + 1))p" | grep -qF 'TST-11'; ok $? "... under the field, naming him"
scr_cap | sed -n "$((row + 1))p" | grep -qF "$(vis 'بنیاد نیکوکاری مهر')"; ok $? "... by his name too"
scr_keys F2
scr_wait "$ASK" 5; ok $? "F2 asks before saving"
scr_cap | grep -qF "$(vis 'هشدار در: خیّرین تجلیل‌شده.')"; ok $? "naming the field"
scr_keys n; scr_gone "$ASK" >/dev/null
is "$(donors)" "" "«no»: nothing stored"
scr_keys F2; scr_wait "$ASK" 5 >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')"; ok $? "«yes»: saved"
is "$(donors)" "TST-12 TST-11" "with both donors"
# opened again: TST-10 added; TST-11, already honoured, is not said again
scr_keys Enter; scr_wait "$(vis 'خیّرین تجلیل‌شده:')" >/dev/null
scr_keys Tab Tab Tab End
add ' فولاد' TST-10
scr_wait "$NONE" 5; ok $? "TST-10 added: said"
row=$(scr_cap | grep -nF "$(vis 'خیّرین تجلیل‌شده:')" | head -n 1 | cut -d: -f1)
scr_cap | sed -n "$((row + 1))p" | grep -qF 'TST-10'; ok $? "... naming TST-10"
scr_cap | sed -n "$((row + 1))p" | grep -qF 'TST-11'; is $? 1 "... not TST-11, honoured already"
scr_keys F2; scr_wait "$ASK" 5 >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
is "$(donors)" "TST-12 TST-11 TST-10" "the three donors stored"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
