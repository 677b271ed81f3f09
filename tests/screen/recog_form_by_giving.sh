# Whom to honour, from the recognitions' form (main menu 8, F5 or Enter on
# a ceremony): F7 on its donors field «خیّرین تجلیل‌شده» lists donors by
# what they gave, as F7 in a ceremony does (recog_by_giving.sh), in the 365
# days up to the form's date (today's while the date is not filled in);
# Enter adds the selected donor to the field, the list staying open for
# the next, and F2 saves him with the ceremony.  Before, the form's field
# offered only F4, the plain donor picker: a clerk preparing a new
# ceremony had no list by giving there.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: TST-12 (کارخانهٔ قند اهر) has pledges TST-30, TST-31"
# days before today, as the CLI takes them and as the screen shows them
jal() { "$HAMYAR" date g2j "$(date -d "-$1 days" +%Y-%m-%d)"; }
fa() { printf '%s\n' "$1" | "$HAMYAR" text digits-fa; }
d0=$(jal 0); d30=$(jal 30); d60=$(jal 60); d400=$(jal 400)
# two people with ZWNJ in their names (one typed with an Arabic yeh)
printf 'id,kind,name,county\nTST-13,person,محمدرضا نوروزي‌فر,TBZ\nTST-14,person,زهرا صالح‌پور,AHR\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "two more donors"
{
	echo 'id,donor,need,type,amount,hours,pledged_on,status'
	echo "TST-40,TST-13,TST-20,space,90000000,,$d400,pledged"
	echo "TST-41,TST-14,,support,,40,$d60,pledged"
} >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null; ok $? "pledges: TST-13 material, TST-14 non-material"
{
	echo 'pledge,paid_on,amount,receipt'
	echo "TST-30,$d30,60000000,فیش ۱"
	echo "TST-40,$d60,50000000,فیش ۲"
	echo "TST-40,$d400,30000000,فیش ۳"
} >"$TMP/y.csv"
"$HAMYAR" --db "$DB" import payments "$TMP/y.csv" >/dev/null
ok $? "payments: TST-12 60M and TST-13 50M in the last year, TST-13 30M 400 days ago"
printf 'id,held_on,title,place,donors\nTST-50,%s,تجلیل از خیّرین دههٔ فجر,سالن اجتماعات فرمانداری,TST-13\n' "$d400" >"$TMP/r.csv"
"$HAMYAR" --db "$DB" import recognitions "$TMP/r.csv" >/dev/null 2>&1; ok $? "a ceremony 400 days ago honours TST-13"
donors() { "$HAMYAR" --db "$DB" export recognitions | tr -d '\r' | awk -F, -v c="$1" '$1 == c { print $5 }'; }
BAR="$(vis 'به‌ترتیب کمک')"
LIST="$(vis 'خیّرین به‌ترتیب کمک')"
FIELD="$(vis 'خیّرین تجلیل‌شده:')"
field_row() { scr_cap | grep -F -- "$FIELD" | head -n 1; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys 8; scr_wait 'TST-50' >/dev/null
# a stored ceremony's form: the period ends at its date
scr_keys Enter; scr_wait "$FIELD" >/dev/null
scr_cap | tail -n 1 | grep -qF "$BAR"; is $? 1 "on the date field the bar has no F7 (by giving)"
scr_keys Tab Tab Tab; scr_settle
scr_cap | tail -n 1 | grep -qF "$BAR"; ok $? "on the donors field the bar offers F7, named as in a ceremony"
scr_keys F7
scr_wait "$(vis "خیّرین به‌ترتیب کمک: $(fa "$(jal 764)") - $(fa "$d400")")"
ok $? "F7: donors by giving, the 365 days up to the stored ceremony's date"
scr_settle
row_has "$(vis 'محمدرضا نوروزی‌فر')" "$(fa_amount 30000000)"; ok $? "... TST-13 with his 30,000,000 of that year"
row_has "$(vis 'محمدرضا نوروزی‌فر')" "$(vis 'همین مراسم')"; ok $? "... marked as in this ceremony"
scr_keys F10; scr_gone "$LIST" >/dev/null
scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null

# a new ceremony, its date emptied: the 365 days up to today
scr_keys F5; scr_wait "$FIELD" >/dev/null
scr_keys C-u Tab; scr_type 'تجليل از خيّرين نيكوكار هفتهٔ ناجا'
scr_keys Tab; scr_type 'تالار ۲۲ بهمن اهر'; scr_keys Tab
# the plain picker stays: TST-12 found by his name with F4
scr_type 'قند'; scr_keys F4; scr_wait 'TST-12' >/dev/null; scr_keys Enter
scr_gone '┌' >/dev/null
field_row | grep -qF 'TST-12'; ok $? "F4 still picks a donor by name (TST-12)"
scr_keys F7
scr_wait "$(vis "خیّرین به‌ترتیب کمک: $(fa "$(jal 364)") - $(fa "$d0")")"
ok $? "no date in the form: the 365 days up to today"
scr_settle
row_has "$(vis 'کارخانهٔ قند اهر')" "$(fa_amount 60000000)"; ok $? "TST-12: 60,000,000 paid in the year"
row_has "$(vis 'کارخانهٔ قند اهر')" "$(vis 'همین مراسم')"; ok $? "... marked as in this ceremony: the field has him"
row_has "$(vis 'محمدرضا نوروزی‌فر')" "$(fa_amount 50000000)"; ok $? "TST-13: 50,000,000 (the payment of 400 days ago left out)"
row_has "$(vis 'محمدرضا نوروزی‌فر')" "$(fa "$d400")"; ok $? "... last honoured 400 days ago"
row_has "$(vis 'زهرا صالح‌پور')" "$(vis 'اهر')"; ok $? "TST-14 listed (non-material), of Ahar"
scr_cap | grep -qF "$(vis 'شرکت فولاد آذر')"; is $? 1 "TST-10 (nothing given) not listed"
scr_keys Enter; scr_settle
scr_cap | grep -qF "$(vis 'خیّر افزوده شد')"; is $? 1 "Enter on TST-12, in the field already, adds nothing"
scr_keys Down Enter
scr_wait "$(vis 'خیّر افزوده شد: TST-13 (محمدرضا نوروزی‌فر)')"; ok $? "Enter adds the selected donor, said under the list with his id and name"
scr_settle
scr_cap | grep -qF "$LIST"; ok $? "the list stays open for the next"
row_has "$(vis 'محمدرضا نوروزی‌فر')" "$(vis 'همین مراسم')"; ok $? "... him marked as in this ceremony"
scr_keys Down Enter
scr_wait "$(vis 'خیّر افزوده شد: TST-14 (زهرا صالح‌پور)')"; ok $? "a second Enter adds the next one (TST-14), named"
# (at 80 columns the help is reflowed: a phrase on one line of the form's)
scr_keys F1; scr_wait "$(vis 'F7 روی خانهٔ «خیّرین تجلیل‌شده»')"; ok $? "its F1 says how it works from the form"
scr_keys Escape; scr_gone "$(vis 'F7 روی خانهٔ «خیّرین تجلیل‌شده»')" >/dev/null
scr_keys F10; scr_gone "$LIST" >/dev/null
field_row | grep -qF 'TST-12 TST-13 TST-14'; ok $? "the three donors in the form's field, in order"
is "$("$HAMYAR" --db "$DB" export recognitions | tr -d '\r' | grep -c '^TST-')" 1 "nothing stored before F2 (TST-50 alone)"
# the date typed (Persian digits): the list's period follows it
scr_keys BTab BTab BTab; scr_type "$(fa "$d30")"
scr_keys Tab Tab Tab; scr_settle; scr_keys F7
scr_wait "$(vis "خیّرین به‌ترتیب کمک: $(fa "$(jal 394)") - $(fa "$d30")")"
ok $? "the form's date typed: the 365 days up to it"
scr_keys F10; scr_gone "$LIST" >/dev/null
scr_keys F2; scr_wait "$(vis 'ذخیره شد: TST-51')"; ok $? "F2 saves the ceremony"
is "$(donors TST-51)" "TST-12 TST-13 TST-14" "... with the donors chosen from the list by giving"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
done_testing
