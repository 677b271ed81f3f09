# A unit moved out of Tabriz and back again at HQ, in one bundle, took
# its needs away and brought them back: the Tabriz clerk's main menu says
# both moves, in order, not only that they went.  (Reported as the two
# notes sharing one key; each is keyed by the change log's number of its
# own unit write, so this is a regression check: it passes before.)  A
# third move in the bundle, a need given a unit of Azarshahr, is counted
# under the two named as a unit or a need (before, «واحد دیگر هم با
# نیازهایشان», a need counted as a unit moved with its needs: 2 checks
# fail before).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
scr_second_uid
. "$HAMYAR_SRC/tests/cli/sync.inc"
trust_star
DB="$T"
xfer() {
	"$HAMYAR" --db "$1" sync export --to "$3" --out "$TMP/b" >/dev/null 2>&1 &&
	"$HAMYAR" --db "$2" sync import "$TMP/b" >/dev/null 2>&1
}
printf 'kind,name,county,address\npost,پاسگاه ممقان,TBZ,ممقان\npost,پاسگاه گوگان,AZS,گوگان\n' >"$TMP/u.csv"
printf 'unit,category,title,estimated_cost,urgency,impact,identified_on,status\nHQ-1,space,بازسازی ساختمان پاسگاه,2000000000,5,5,1405/07/15,approved\nHQ-1,costs,هزینهٔ سوخت,80000000,2,2,1405/08/10,done\nHQ-1,equipment,بی‌سیم,90000000,3,3,1405/08/02,assessed\n' >"$TMP/n.csv"
"$HAMYAR" --db "$Q" import units "$TMP/u.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import needs "$TMP/n.csv" >/dev/null 2>&1 &&
xfer "$Q" "$T" TBZ; ok $? "HQ: a Tabriz unit and its three needs; TBZ holds them"
scr_nobody_user clerk TBZ "a Tabriz clerk"

printf 'id,county\nHQ-1,AZS\n' >"$TMP/m.csv"
"$HAMYAR" --db "$Q" import units "$TMP/m.csv" >/dev/null 2>&1
printf 'id,county\nHQ-1,TBZ\n' >"$TMP/m.csv"
"$HAMYAR" --db "$Q" import units "$TMP/m.csv" >/dev/null 2>&1 &&
printf 'id,unit\nHQ-5,HQ-2\n' >"$TMP/m.csv" &&
"$HAMYAR" --db "$Q" import needs "$TMP/m.csv" >/dev/null 2>&1 &&
xfer "$Q" "$T" TBZ; ok $? "HQ moves HQ-1 to Azarshahr and back; and gives need HQ-5 Azarshahr's HQ-2; TBZ imports all in one bundle"
"$HAMYAR" --db "$T" export units | grep -q '^HQ-1,post,[^,]*,TBZ,'; ok $? "... HQ-1 is in Tabriz"
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "the clerk's main menu"
scr_wait "$(vis 'HQ-1 (پاسگاه ممقان) از شهرستان آذرشهر به این شهرستان آورده شد')"
ok $? "... names two moves: HQ-1 came back from Azarshahr with its needs"
n=$(scr_cap | grep -cF -- "$(vis 'HQ-1')")
is "$n" 2 "... after it went there: two lines, one for each move"
scr_cap | grep -qF -- "$(vis 'و ۱ واحد یا نیاز دیگر هم جابه‌جا شدند')"; ok $? "... and counts HQ-5's as a unit or a need"
scr_cap | grep -qF -- "$(vis 'نیازهایشان جابه‌جا')"; is $? 1 "... not as a unit moved with its needs"
scr_keys F10; scr_wait "$(vis 'خروج از همیار؟')"; scr_keys y
scr_wait "__EXIT__=0"
# A conflict decided for the other side's move: HQ moves HQ-1 to
# Azarshahr, TBZ edits its address later; TBZ's version stays in use (no
# move said), until `sync resolve HQ-1 theirs` takes HQ's, which moves
# it: the clerk is told then.  (Reported as not written when a decision
# moves a unit; it is, the decision being a write like a form's: a
# regression check, it passes before.)
printf 'id,county\nHQ-1,AZS\n' >"$TMP/m.csv"
"$HAMYAR" --db "$Q" import units "$TMP/m.csv" --allow-repeats >/dev/null 2>&1
sleep 0.05
printf 'id,address\nHQ-1,ممقان، خیابان اصلی\n' >"$TMP/a.csv"
"$HAMYAR" --db "$T" import units "$TMP/a.csv" >/dev/null 2>&1 &&
xfer "$Q" "$T" TBZ; ok $? "HQ moves HQ-1 to Azarshahr, TBZ edits it later; TBZ imports HQ's bundle"
"$HAMYAR" --db "$T" export units | grep -q '^HQ-1,post,[^,]*,TBZ,'; ok $? "... TBZ's version stays in use, in Tabriz"
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_cap | grep -qF -- "$(vis 'واحد HQ-')"; is $? 1 "... the clerk is told of no move"
scr_keys F10; scr_wait "$(vis 'خروج از همیار؟')"; scr_keys y
scr_wait "__EXIT__=0"
"$HAMYAR" --db "$T" sync resolve HQ-1 theirs >/dev/null 2>&1; ok $? "TBZ keeps HQ's version (sync resolve HQ-1 theirs)"
"$HAMYAR" --db "$T" export units | grep -q '^HQ-1,post,[^,]*,AZS,'; ok $? "... HQ-1 is in Azarshahr now"
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_wait "$(vis 'واحد HQ-1 به شهرستان آذرشهر برده شد: نیازهایش (۲) هم با آن رفتند')"
ok $? "... and the clerk is told that HQ-1 went to Azarshahr with its two needs"
scr_keys F10; scr_wait "$(vis 'خروج از همیار؟')"; scr_keys y
scr_wait "__EXIT__=0"
done_testing
