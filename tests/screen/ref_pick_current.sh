# F4 (or Space) in a form's reference field that holds a record's id (a
# stored pledge's donor or need) opens the record picker on that record: its
# row selected and scrolled into view (the picker's page positioned on it
# by its name's key), so that Enter keeps it and the donor beside it in
# name order is a key away.  An id typed in lower case with Persian
# digits is that record too; an id of no record opens it at the top; a
# name typed there still opens it searching for the name.  Before, it
# always opened at the first donor: a clerk moving a pledge to a
# neighbouring donor walked down from «آرش ...», and the pledge's own
# donor, the 19th of 22, was not on the screen.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRD-1,station,کلانتری ۱۱ مرند,MRD\n' >"$TMP/units.csv"
# 22 donors (the picker shows 12 rows at 80x24), their ids in their
# names' order: آرش first, محمدرضا نیک‌نام (typed with Arabic ي/ك) the
# 19th, مریم رضایی‌فر after him
cat >"$TMP/donors.csv" <<'CSV'
id,kind,name,county
MRD-10,person,آرش صادقی‌پور,MRD
MRD-11,person,اکبر نوری,MRD
MRD-12,person,بهرام قاسمی,MRD
MRD-13,person,پروین اعتمادی,MRD
MRD-14,person,تقی رحمانی,MRD
MRD-15,person,جواد حسین‌زاده,MRD
MRD-16,person,حمید جعفری,MRD
MRD-17,person,خدیجه موسوی,MRD
MRD-18,person,داوود عباسی,MRD
MRD-19,person,رقیه کاظمی,MRD
MRD-20,person,زهرا احمدي‌نژاد,MRD
MRD-21,person,سعید یوسفی,MRD
MRD-22,person,شهلا امیری,MRD
MRD-23,person,صادق زارعی,MRD
MRD-24,person,طاهره سلیمانی,MRD
MRD-25,person,عباس ملکی,MRD
MRD-26,person,فاطمه شريفي,MRD
MRD-27,person,کاظم عبدالله‌زاده,MRD
MRD-28,person,محمدرضا نيك‌نام,MRD
MRD-29,person,مریم رضایی‌فر,MRD
MRD-30,person,ناصر بهرامی,MRD
MRD-31,person,یوسف طاهری,MRD
CSV
cat >"$TMP/needs.csv" <<'CSV'
id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status
MRD-40,MRD-1,space,ساخت اتاق نگهبانی,300000000,5,4,12000,1403/01/15,approved
MRD-41,MRD-1,equipment,دوربین مداربسته,80000000,3,3,4000,1403/02/01,identified
CSV
printf 'id,donor,need,type,amount,pledged_on,status\nMRD-50,MRD-28,MRD-40,space,50000000,1403/05/01,pledged\n' >"$TMP/pledges.csv"
import_each "$D" units donors needs pledges; ok $? "a unit, 22 donors, two needs and a pledge"

E=$(printf '\033')
DONORS="$(vis 'انتخاب: خیّر')"
NEEDS="$(vis 'انتخاب: نیاز')"
row_has() { scr_cap | grep -F -- "$1" | grep -qF -- "$2"; }
# record NAME's row in the picker is the selected one: reverse video from
# the box's left border on
selected() {
	_n=$(scr_cap | grep -nF "$(vis "$1")" | grep -F ' │' | head -n 1 | cut -d: -f1)
	[ -n "$_n" ] && tm capture-pane -p -e -t main | sed -n "${_n}p" |
	    grep -qE "│ ?($E\\[[0-9;]*m)*$E\\[([0-9];)*7[;m]"
}
in_picker() { scr_cap | grep -F ' │' | grep -qF "$(vis "$1")"; }
# the ids on the picker's rows (not its search line)
rows() { scr_cap | sed -n '/┌/,/└/p' | sed '1,3d' | grep -o 'MRD-[0-9]*' | tr '\n' ' '; }
# F4 in the field, the picker TITLE up and settled
picker() { scr_keys F4; scr_wait "$1" >/dev/null; sleep 0.3; scr_settle; }
# the box of the donor emptied and TEXT typed in it
retype() { scr_keys C-u; scr_type "$1"; }

scr_start "$D"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 5
scr_wait 'MRD-50' >/dev/null; scr_keys Enter
scr_wait "$(vis 'تاریخ تعهد*:')" >/dev/null
row_has "$(vis 'خیّر*:')" 'MRD-28'; ok $? "the stored pledge's form, on its donor MRD-28"

picker "$DONORS"
selected 'محمدرضا نیک‌نام'; ok $? "F4: the picker opens on the pledge's donor, محمدرضا نیک‌نام, selected"
in_picker 'آرش صادقی‌پور'; is $? 1 "... scrolled to him: the first donor is not in view"
selected 'آرش صادقی‌پور'; is $? 1 "... nor selected"
scr_keys Enter; scr_gone "$DONORS" >/dev/null; scr_settle
row_has "$(vis 'خیّر*:')" 'MRD-28'; ok $? "Enter keeps him: the donor is still MRD-28"
scr_keys F10; scr_gone "$(vis 'تاریخ تعهد*:')" >/dev/null; scr_settle
scr_cap | grep -qF "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')"; is $? 1 "... the form unchanged: F10 leaves it without asking"

scr_wait 'MRD-50' >/dev/null; scr_keys Enter
scr_wait "$(vis 'تاریخ تعهد*:')" >/dev/null
picker "$DONORS"
selected 'محمدرضا نیک‌نام'; ok $? "F4 again: on محمدرضا نیک‌نام"
scr_keys Down; scr_settle
selected 'مریم رضایی‌فر'; ok $? "Down: the next donor, مریم رضایی‌فر"
scr_keys Enter; scr_gone "$DONORS" >/dev/null; scr_settle
row_has "$(vis 'خیّر*:')" 'MRD-29'; ok $? "... Enter picks her: MRD-29"
row_has 'MRD-29' "$(vis 'مریم رضایی‌فر')"; ok $? "... named beside her id"
picker "$DONORS"
selected 'مریم رضایی‌فر'; ok $? "F4 again: on the donor now in the box"
scr_keys Escape; scr_gone "$DONORS" >/dev/null; scr_settle
scr_keys Space; scr_wait "$DONORS" >/dev/null; sleep 0.3; scr_settle
selected 'مریم رضایی‌فر'; ok $? "Space, as F4: on her too"
scr_keys Escape; scr_gone "$DONORS" >/dev/null; scr_settle
row_has "$(vis 'خیّر*:')" 'MRD-29'; ok $? "... Esc: the donor still MRD-29"

# an id typed in lower case and Persian digits, as a Persian keyboard
# sends it
retype 'mrd-۲۶'
picker "$DONORS"
selected 'فاطمه شریفی'; ok $? "mrd-۲۶ typed: F4 opens on فاطمه شریفی (MRD-26)"
in_picker 'آرش صادقی‌پور'; is $? 1 "... the first donor not in view"
scr_keys Enter; scr_gone "$DONORS" >/dev/null; scr_settle
row_has "$(vis 'خیّر*:')" 'MRD-26'; ok $? "... Enter: MRD-26"

# an id no donor has: the picker at the top, as before
retype 'MRD-99'
picker "$DONORS"
selected 'آرش صادقی‌پور'; ok $? "MRD-99, no donor's id: F4 opens at the top"
scr_keys Escape; scr_gone "$DONORS" >/dev/null; scr_settle

# a name typed: the picker searches for it, as before
retype 'زاده'
picker "$DONORS"
row_has "$(vis 'جست‌وجو:')" "$(vis 'زاده')"; ok $? "a name typed: F4 opens searching for it"
is "$(rows)" "MRD-15 MRD-27 " "... the part after a ZWNJ finds حسین‌زاده and عبدالله‌زاده"
scr_keys Down Enter; scr_gone "$DONORS" >/dev/null; scr_settle
row_has "$(vis 'خیّر*:')" 'MRD-27'; ok $? "... the second picked: MRD-27"
retype 'نيك'
picker "$DONORS"
row_has "$(vis 'جست‌وجو:')" "$(vis 'نيك')"; ok $? "a name typed with Arabic ي/ك: F4 searches for it"
is "$(rows)" "MRD-28 " "... finding نیک‌نام alone"
scr_keys Enter; scr_gone "$DONORS" >/dev/null; scr_settle
row_has "$(vis 'خیّر*:')" 'MRD-28'; ok $? "... Enter picks him: MRD-28"

# the need: دوربین before ساخت in name order
scr_keys Tab
picker "$NEEDS"
selected 'ساخت اتاق نگهبانی'; ok $? "the need's field: F4 opens on its need, ساخت اتاق نگهبانی"
selected 'دوربین مداربسته'; is $? 1 "... not on the first need"
scr_keys Up Enter; scr_gone "$NEEDS" >/dev/null; scr_settle
row_has "$(vis 'نیاز:')" 'MRD-41'; ok $? "... Up and Enter pick the need before it, MRD-41"

scr_keys Escape; scr_wait "$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
"$HAMYAR" --db "$D" export pledges | tr -d '\r' | awk -F, 'NR == 2 { print $2, $3 }' >"$TMP/p"
is "$(cat "$TMP/p")" "MRD-28 MRD-40" "discarded: the pledge still of MRD-28 for MRD-40"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
