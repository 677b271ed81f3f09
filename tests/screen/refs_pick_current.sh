# F4 in a form's list of ids (a ceremony's donors) opens the
# donor picker where the clerk is in the list: on the id under the cursor,
# which is after the last id on entering the box, after typing and after
# a pick, so on the last id then; on the one the cursor was moved back
# onto otherwise.  Its row is selected and scrolled into view in name
# order, so that the donor beside it is a key away.  A name typed after
# the ids still opens it searching for the name.  Before, it always
# opened at the first donor: a clerk adding the neighbour of the 19th of
# 22 donors walked down from «آرش ...».
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
# 22 donors (the picker shows 12 rows at 80x24), their ids in their
# names' order: آرش first, فاطمه شریفی and محمدرضا نیک‌نام (typed with
# Arabic ي/ك) the 17th and 19th, مریم رضایی‌فر after him
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
printf 'id,held_on,title,place,donors\nMRD-60,1404/11/20,تجلیل از خیّرین دههٔ فجر,سالن اجتماعات فرمانداری,MRD-12 MRD-26 MRD-28\n' >"$TMP/recognitions.csv"
import_each "$D" donors recognitions; ok $? "22 donors and a ceremony honouring MRD-12, MRD-26, MRD-28"

E=$(printf '\033')
DONORS="$(vis 'انتخاب: خیّر')"
FIELD="$(vis 'خیّرین تجلیل‌شده:')"
# the ids in the donors' box
field_ids() { scr_cap | grep -F -- "$FIELD" | grep -o 'MRD-[0-9]*' | tr '\n' ' '; }
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
# F4 in the field, the picker up and settled
picker() { scr_keys F4; scr_wait "$DONORS" >/dev/null; sleep 0.3; scr_settle; }
closed() { scr_gone "$DONORS" >/dev/null; scr_settle; }

scr_start "$D"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 8
scr_wait 'MRD-60' >/dev/null; scr_keys Enter
scr_wait "$FIELD" >/dev/null
scr_keys Tab Tab Tab; scr_settle
is "$(field_ids)" "MRD-12 MRD-26 MRD-28 " "the stored ceremony's form, on its donors"

picker
selected 'محمدرضا نیک‌نام'; ok $? "F4: the picker opens on the last donor of the list, محمدرضا نیک‌نام"
in_picker 'آرش صادقی‌پور'; is $? 1 "... scrolled to him: the first donor is not in view"
selected 'آرش صادقی‌پور'; is $? 1 "... nor selected"
scr_keys Down; scr_settle
selected 'مریم رضایی‌فر'; ok $? "Down: the donor after him, مریم رضایی‌فر"
scr_keys Enter; closed
is "$(field_ids)" "MRD-12 MRD-26 MRD-28 MRD-29 " "... Enter adds her after the others"
picker
selected 'مریم رضایی‌فر'; ok $? "F4 again: on her, the donor just added"
scr_keys Escape; closed

# the cursor moved back onto the second id: the picker opens on it
scr_keys Home Right Right Right Right Right Right Right Right; scr_settle
picker
selected 'فاطمه شریفی'; ok $? "the cursor on MRD-26: F4 opens on فاطمه شریفی"
selected 'مریم رضایی‌فر'; is $? 1 "... not on the last donor"
scr_keys Enter; closed
scr_keys Tab BTab; scr_settle
is "$(field_ids)" "MRD-12 MRD-26 MRD-28 MRD-29 " "... Enter on her: the list as it was, no donor twice"
scr_keys Home; scr_settle
picker
selected 'بهرام قاسمی'; ok $? "Home: F4 opens on the first id, بهرام قاسمی"
scr_keys Escape; closed

# an id typed at the end in lower case and Persian digits
scr_keys End; scr_type ' mrd-۳۰'
picker
selected 'ناصر بهرامی'; ok $? "mrd-۳۰ typed at the end: F4 opens on ناصر بهرامی"
in_picker 'آرش صادقی‌پور'; is $? 1 "... the first donor not in view"
scr_keys Escape; closed

# a name typed after the ids: the picker searches for it, as before
scr_type ' زاده'
picker
row_has() { scr_cap | grep -F -- "$1" | grep -qF -- "$2"; }
row_has "$(vis 'جست‌وجو:')" "$(vis 'زاده')"; ok $? "a name typed after the ids: F4 opens searching for it"
is "$(rows)" "MRD-15 MRD-27 " "... the part after a ZWNJ finds حسین‌زاده and عبدالله‌زاده"
scr_keys Enter; closed
is "$(field_ids)" "MRD-12 MRD-26 MRD-28 MRD-29 MRD-30 MRD-15 " "... the one picked takes the name's place"

scr_keys F2	# none of them has a pledge: asked (recog_form_nocontrib.sh)
scr_wait "$(vis 'با این حال این رکورد ذخیره شود؟')" >/dev/null; scr_keys y
scr_wait "$(vis 'ذخیره شد:')" >/dev/null; ok $? "the ceremony is saved"
"$HAMYAR" --db "$D" export recognitions | tr -d '\r' | grep -q ',"\{0,1\}MRD-12 MRD-26 MRD-28 MRD-29 MRD-30 MRD-15"\{0,1\},'
ok $? "with the donors picked, each once"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
