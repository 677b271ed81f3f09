# Edits undone are no change.  A letter typed in an empty field and erased
# (Backspace, or Ctrl-U), a stored name's last letter typed again with an
# Arabic ي, an amount typed again in Latin digits: Esc went back only after
# «این فرم تغییرات ذخیره‌نشده دارد», and a draft of the empty form was kept
# and offered at the next start.  The form now compares what it would save
# with what it was opened with.  A real change still asks.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
Q=$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')
MARK=$(vis 'تغییرات ذخیره‌نشده')
OFFER=$(vis 'دفعهٔ پیش یک فرم ذخیره‌نشده ماند:')
LIST=$(vis 'جست‌وجو:')
# Esc goes straight back to the list, without the question (answered yes
# if it comes, for the test to go on)
back_unasked() {
	scr_keys Escape
	scr_wait "$LIST" 5 >/dev/null; _r=$?
	if [ $_r -ne 0 ] && scr_cap | grep -qF -- "$Q"; then
		scr_keys y; scr_wait "$LIST" >/dev/null
	fi
	ok $_r "$1"
}

work_fixture "$DB"; ok $? "fixture: three donors"
printf 'id,kind,name,county,capacity\nTST-15,person,سیده‌زهرا کریمی,TBZ,75000000\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "a donor named with a ZWNJ imported (TST-15)"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys Enter
scr_wait "$LIST" >/dev/null; scr_keys F5
scr_wait "$(vis 'کد ملی:')"; ok $? "a new donor's form"
scr_keys Tab; scr_type 'ع'
scr_wait "$MARK"; ok $? "a letter typed in the empty name: the status bar says unsaved changes"
scr_keys BSpace; scr_gone "$MARK"; ok $? "... erased with Backspace: no longer"
back_unasked "Esc does not ask about the letter erased: back at the list"

scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Tab Tab; scr_type '۰۰۷۶'; scr_wait '۰۰۷۶' >/dev/null
scr_keys C-u
back_unasked "digits typed in the national id and emptied with Ctrl-U: Esc does not ask"

# a real change still asks
scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Tab; scr_type 'مریم'; scr_keys Tab; scr_keys Escape
scr_wait "$Q"; ok $? "a name typed and kept: Esc asks"
scr_keys n; scr_gone "$Q"
scr_cap | grep -qF -- "$(vis 'مریم')"; ok $? "... No stays on the form, the name kept"
scr_keys BTab C-u Tab
back_unasked "the name emptied again: Esc no longer asks"

# a stored donor: a letter typed again in another form of the same
# letter, an amount in other digits: the same value, no change
scr_type 'سیده'; scr_wait 'TST-15' >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّر TST-15')"; ok $? "the stored donor TST-15 opened"
scr_keys Tab End BSpace; scr_type 'ي'; scr_keys Tab
scr_wait "$(vis 'سیده‌زهرا کریمی')"; ok $? "the name's last letter typed again with an Arabic ي: shown normalised"
scr_keys PgDn BTab BTab BTab C-u; scr_type '75000000'; scr_keys Tab
scr_wait "$(vis '۷۵٬۰۰۰٬۰۰۰')"; ok $? "the capacity typed again in Latin digits"
back_unasked "Esc does not ask: nothing that would be saved differs"
scr_keys Enter; scr_wait "$(vis 'خیّر TST-15')" >/dev/null
scr_keys Tab End; scr_type 'ان'; scr_keys Tab Escape
scr_wait "$Q"; ok $? "a letter added to the stored name: Esc asks"
scr_keys y; scr_wait "$LIST" >/dev/null
"$HAMYAR" --db "$DB" export donors | grep -q 'سیده‌زهرا کریمی,'; ok $? "discarded: the name stored is as it was"

# a draft: kept while the form differs, gone once it does not
scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Tab; scr_type 'ن'; scr_keys Tab		# kept as a draft on leaving the field
scr_keys BTab BSpace Tab			# and undone
scr_gone "$MARK" 3 >/dev/null; scr_settle
tm kill-server; sleep 0.5			# the line drops (SIGHUP: the draft kept)
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "restarted"
scr_cap | grep -qF -- "$OFFER"; is $? 1 "no draft offered for a form left with no change"
scr_keys Enter; scr_wait "$LIST" >/dev/null; scr_keys F5
scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Tab; scr_type 'نرگس'; scr_keys Tab; scr_settle
tm kill-server; sleep 0.5
scr_start "$DB"
scr_wait "$OFFER"; ok $? "a form with a name typed: its draft is offered"
scr_keys y; scr_wait "$(vis 'نرگس')" >/dev/null
scr_keys Escape; scr_wait "$Q"; ok $? "... and Esc on it asks"
scr_keys y; scr_wait "$LIST"; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
