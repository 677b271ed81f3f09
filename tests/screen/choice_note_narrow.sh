# The note under a choice field when the word typed names none of its
# choices lists every choice, each readable whole, on a narrow terminal
# too: at 64 and 40 columns the need's category «building» gives the
# seven categories down to the last, «انتظامی (داوطلبانه)», with the
# note's end (its full stop) and nothing cut («…»); where the choices
# with their English names do not fit the note's five rows, the Persian
# names alone, on as many rows as they take.  Before, at 64 columns the
# note stopped at «حمایتی (supp…)», «نظارتی» and «انتظامی (داوطلبانه)»
# never shown; at 40 at «توسعهٔ فضاهای انتظام…», the first.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
# the rows from the category's label down to the title's
note() {
	scr_cap | awk -v a="$(vis 'زمینهٔ مشارکت*:')" -v b="$(vis 'عنوان*:')" \
	    'index($0, a) { on = 1 } on { print } on && index($0, b) { exit }'
}

for cols in 64 40; do
	SCR_SIZE=${cols}x24
	scr_start "$DB"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle
	scr_keys 4; scr_wait "TST-20" >/dev/null
	scr_keys F5; scr_wait "$(vis 'زمینهٔ مشارکت*:')" >/dev/null
	scr_type 'TST-1'; scr_keys Tab; scr_settle
	scr_type 'building'; scr_settle
	note | grep -qF "«building»"; ok $? "$cols columns: building on the category is said no choice under it"
	for w in 'حمایتی' 'نظارتی' 'اطلاعاتی' 'عمومی'; do
		note | grep -qF "$(vis "$w")"; ok $? "$cols: ... the choice «$w» in the note"
	done
	note | grep -qF "$(vis '(داوطلبانه).')"; ok $? "$cols: ... down to the last, «انتظامی (داوطلبانه)», and the note's end"
	note | grep -qF "…"; is $? 1 "$cols: ... nothing in it cut" || note | sed 's/^/# /'
	scr_keys Escape; scr_wait "$(vis 'دور بریزیم')" >/dev/null; scr_keys y
	scr_wait "TST-20" >/dev/null; scr_keys F10
	scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
	scr_wait "__EXIT__=0" >/dev/null; ok $? "$cols: the program ends with 0"
done
done_testing
