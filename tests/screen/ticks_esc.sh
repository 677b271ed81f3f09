# A donor's interests ticked in their list, then Esc (taken for "done"):
# the ticks are not dropped without a question, whose F2 keeps them; the
# list's bar says F2 keeps the ticks.  Before, the bar offered only F1 and
# F10, and Esc threw the ticks away without a word.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
Q=$(vis 'آن‌ها را دور بریزیم و بازگردیم؟')

scr_firstrun "$DB" TKS; ok $? "first start"
scr_keys Enter; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Down Down Down Down Down Down Down Down		# -> interests
scr_keys Space; scr_wait "$(vis 'تجهیزات عمومی')" >/dev/null
scr_cap | tail -n 1 | grep -qF "$(vis 'تیک‌ها بماند')"; ok $? "the list's bar says F2 keeps the ticks"
scr_keys Escape; sleep 1; scr_settle
scr_cap | grep -qF "$Q"; is $? 1 "Esc with nothing ticked goes back at once"
scr_cap | grep -qF '[ ]'; is $? 1 "... the list is closed"
scr_keys Space; scr_wait "$(vis 'تجهیزات عمومی')" >/dev/null
scr_keys Space Down Space Escape				# two ticks, then Esc
scr_wait "$Q"; ok $? "Esc after ticking asks before dropping the ticks"
scr_keys n; scr_settle
scr_cap | grep -qF '[x]'; ok $? "No: back in the list, the ticks still there"
scr_keys F10; scr_wait "$Q" >/dev/null
scr_keys F2; scr_settle
scr_wait "$(vis 'توسعهٔ فضاهای انتظامی، تجهیزات عمومی')"; ok $? "F2 in the question keeps both ticks in the form"
scr_keys Space; scr_wait "$(vis 'تجهیزات عمومی')" >/dev/null
scr_keys Space Escape; scr_wait "$Q" >/dev/null; scr_keys y	# untick one, then drop that
scr_settle
scr_cap | grep -qF "$(vis 'توسعهٔ فضاهای انتظامی، تجهیزات عمومی')"; ok $? "Yes drops only the change made in the list"
scr_keys F10; scr_wait "$(vis 'دور بریزیم')" >/dev/null; scr_keys y
scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
