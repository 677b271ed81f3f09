# The audit screen (F8) breaks a conflict merge's list of fields over the
# rows it needs between whole fields only: before, a row could end inside
# a field's label, «توان مشارکت» at the end of one row and «(ریال)» at the
# start of the next.  At 40 columns a field's label takes the row above
# its values, which get the width the label's column had: before, the
# values had 4 and 5 cells there, «(خالی)» broken into «(خال» and «ی)», an
# amount into «۵۰٬۰۰» and «۰٬۰۰۰».  HQ changes five fields of «مریم
# یوسفی‌پور», TBZ her name (typed with an Arabic yeh) and her notes, and HQ
# merges the two field by field.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
new_tbz1; ok $? "TBZ registers TBZ-1, which reaches HQ"
printf 'id,mobile,phone,address,capacity,interests\nTBZ-1,09141110000,04133334444,تبریز، خیابان امام، کوچهٔ 12,50000000,equipment\n' >"$TMP/h.csv"
printf 'id,notes,name\nTBZ-1,یادداشت خیّر قدیمی,مريم یوسفی‌پور نیک\n' >"$TMP/t.csv"
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/h.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both change TBZ-1 apart; TBZ's bundle at HQ"
"$HAMYAR" --db "$Q" sync resolve TBZ-1 merge >/dev/null; ok $? "HQ merges it field by field"
# a row of the screen that is $1 alone (its blanks aside)
row_is() { scr_cap | sed 's/^ *//; s/ *$//' | grep -qxF -- "$(vis "$1")"; }
# scrolled up from the end until the fields from here are in view
to_list() {
	scr_keys End; scr_settle
	_n=0; while [ $_n -lt 40 ] && ! scr_cap | grep -qF "$(vis 'فیلدهای این پایگاه:')"; do
		scr_keys Up; _n=$((_n + 1))
	done
	scr_keys Up Up; scr_settle
}

SCR_SIZE=80x24
scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F8; scr_wait "$(vis 'گزارش تغییرات')" >/dev/null; to_list
row_is 'فیلدهای این پایگاه: تلفن همراه، تلفن، نشانی، زمینه‌های علاقه‌مندی،'
ok $? "80x24: the fields from here broken after a whole field" || scr_cap | sed 's/^/# | /'
row_is 'توان مشارکت (ریال)'; ok $? "... the last field's label with its unit on the next row"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

SCR_SIZE=40x24
scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F8; scr_wait "$(vis 'گزارش تغییرات')" >/dev/null; to_list
row_is 'فیلدهای این پایگاه: تلفن همراه،'; ok $? "40x24: the fields from here, a whole field a row's end" || scr_cap | sed 's/^/# | /'
row_is 'تلفن، نشانی، زمینه‌های علاقه‌مندی،'; ok $? "... the next row whole fields"
row_is 'توان مشارکت (ریال)'; ok $? "... the label with its unit"
row_is 'تلفن همراه:'; ok $? "... a field's label on a row of its own"
scr_cap | grep -F '۰۹۱۴۱۱۱۰۰۰۰' | grep -F '←' | grep -qF '۰۹۱۴۱۱۱۲۲۳۳'; ok $? "... its values under it, each whole"
scr_keys End; scr_settle
row_is 'توان مشارکت (ریال):'; ok $? "... the amount's label"
scr_cap | grep -F '۵۰٬۰۰۰٬۰۰۰' | grep -F '←' | grep -qF "$(vis '(خالی)')"; ok $? "... the amount and «(خالی)» whole under it"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
