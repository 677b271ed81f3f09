# A number typed with its minus in a Persian form's number box, -5 in the
# payment form's amount, showed as «5-»: with no letter in it the text
# took the field's right-to-left direction and its minus, neutral, went
# to the far side (the sign alone, the digits still to come, too).  Now a
# number with its sign is laid out left to right as typed, in both bidi
# modes: in mode app the program lays it out so (checked on the screen);
# in mode terminal, where the terminal reorders the row, the text is
# bracketed by LRMs, so that a reordering terminal shows -5 in a Persian
# row (checked on the cells written, laid out as such a terminal would:
# hamyar layout, the row a right-to-left paragraph or a left-to-right
# one).  A date being typed, ۱۴۰۳/, keeps its slash after it so too.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
ROW='مبلغ (ریال)*:'
LRM=$(printf '\342\200\216')
row() { scr_cap | grep -F -- "$1" | head -n 1; }
cursor_x() { tm display -p -t main '#{cursor_x}'; }
# as a terminal that reorders shows ROW: a right-to-left paragraph, and a
# left-to-right one
seen_rtl() { printf '%s\n' "$1" | "$HAMYAR" layout --dir rtl --no-shape; }
seen_ltr() { printf '%s\n' "$1" | "$HAMYAR" layout --dir ltr --no-shape; }

for mode in app terminal; do
	if [ $mode = app ]; then v() { vis "$1"; }; else v() { printf '%s\n' "$1"; }; fi
	DB="$TMP/db-$mode"
	work_fixture "$DB" && printf 'id,donor,need,type,amount,pledged_on,status\nTST-40,TST-12,TST-22,space,100000000,1403/05/01,pledged\n' |
		"$HAMYAR" --db "$DB" import pledges - >/dev/null 2>&1
	ok $? "$mode: fixture, pledge TST-40"
	HAMYAR_BIDI=$mode scr_start "$DB"
	scr_wait "$(v 'منوی اصلی')" >/dev/null; scr_keys 6
	scr_wait "$(v 'جست‌وجو:')" >/dev/null; scr_keys F5
	scr_wait "$(v 'تاریخ پرداخت*:')"; ok $? "$mode: the payment form"
	scr_type TST-40; scr_keys Tab
	scr_keys C-u; scr_type '۱۴۰۳/'; scr_settle
	r=$(row "$(v 'تاریخ پرداخت*:')")
	if [ $mode = app ]; then
		holds "$r" ' ۱۴۰۳/ ' "$mode: a date being typed, ۱۴۰۳/, shows its slash after it"
	else
		holds "$r" "$LRM۱۴۰۳/$LRM" "$mode: a date being typed, ۱۴۰۳/, bracketed by LRMs"
		holds "$(seen_rtl "$r")" ' ۱۴۰۳/ ' "$mode: ... so a terminal shows its slash after it"
	fi
	scr_type '۰۷/۲۰'; scr_keys Tab
	tm send-keys -t main -l -- '-'; scr_settle
	r=$(row "$(v "$ROW")")
	if [ $mode = app ]; then
		x=$(cursor_x); pre=${r%%-*}
		is "$x" "$((${#pre} + 1))" "$mode: the minus alone: the cursor right of it, where the digits come"
	else
		holds "$r" "$LRM-$LRM" "$mode: the minus alone, bracketed by LRMs"
	fi
	tm send-keys -t main -l -- '5۰'; scr_settle
	r=$(row "$(v "$ROW")")
	if [ $mode = app ]; then
		holds "$r" ' -5۰ ' "$mode: -5۰ typed in the amount shows as typed"
		case $r in *'5۰-'*) ok 1 "$mode: not 5۰-" ;; *) ok 0 "$mode: not 5۰-" ;; esac
		x=$(cursor_x); pre=${r%%-5۰*}
		is "$x" "$((${#pre} + 3))" "$mode: the cursor right of it, its logical end"
	else
		holds "$r" "$LRM-5۰$LRM" "$mode: -5۰ typed in the amount, bracketed by LRMs"
		holds "$(seen_rtl "$r")" ' -5۰ ' "$mode: ... a terminal reordering the row right to left shows -5۰"
		holds "$(seen_ltr "$r")" ' -5۰ ' "$mode: ... and left to right"
	fi
	scr_keys Tab; scr_settle
	scr_wait "$(v 'مبلغ نمی‌تواند منفی باشد')"; ok $? "$mode: Tab: refused, the amount cannot be negative"
	r=$(row "$(v "$ROW")")
	if [ $mode = app ]; then
		holds "$r" ' -5۰ ' "$mode: the refused text still shows as typed"
	else
		holds "$(seen_rtl "$r")" ' -5۰ ' "$mode: the refused text still shows as typed"
	fi
	scr_keys F10; scr_wait "$(v 'آن‌ها را دور بریزیم و بازگردیم؟')" >/dev/null
	scr_keys y; scr_wait "$(v 'جست‌وجو:')" >/dev/null
	scr_keys F10; scr_wait "$(v 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "$mode: the program quits cleanly"
done

# The prompts of a payment on a need's pledges screen (F5) alike: their
# amount showed «5-» too, and a date being typed «/۱۴۰۳».
DB="$TMP/db-app"
work_pledges "$DB"; ok $? "the pledges of need TST-22"
scr_keys F5
scr_wait "$(vis 'تاریخ پرداخت (سال/ماه/روز):')"; ok $? "F5 asks for a payment's date"
scr_keys C-u; scr_type '۱۴۰۳/'; scr_settle
holds "$(row '۱۴۰۳')" ' ۱۴۰۳/ ' "a date being typed in the prompt shows its slash after it"
scr_type '۰۷/۲۰'; scr_keys Enter
scr_wait "$(vis 'مبلغ (ریال):')"; ok $? "then its amount"
tm send-keys -t main -l -- '-5'; scr_settle
r=$(scr_cap | grep -F -- '│' | grep -F -- '5' | head -n 1)
holds "$r" ' -5 ' "-5 typed in the amount's prompt shows as typed"
scr_keys Escape; scr_settle; scr_keys y; scr_settle
work_pledges_quit; ok $? "back out, and the program ends"
done_testing
