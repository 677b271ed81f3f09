# A right-to-left line that a wrap starts with a command-line option
# («--county») shows its dashes after the word, «county--»: the bidi
# algorithm gives the dashes, at the start of a right-to-left line, the
# line's direction.  F1 on the ranking (80x24, Persian) names
# «hamyar rank --county»; a supervisor's, which says HQ changes the
# weights, was broken before «--county», which read «county--» at the
# start of the next line.  A line is no longer broken
# before a word that starts with a dash; the option stays with its
# command.  Both the popups' wrap (help) and tui_draw_wrapped keep to it.
# Root only (the supervisor is nobody, via setpriv).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
work_nobody_fixture
scr_nobody_user supervisor TBZ "Tabriz's supervisor"

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; ok $? "the supervisor's dashboard"
scr_keys F4; scr_wait "$(vis 'رتبه‌بندی نیازها')"; ok $? "the ranking"
scr_keys F1; scr_wait "$(vis 'راهنما')"; ok $? "F1 opens its help"
scr_wait "county"; ok $? "... which names the option --county"
scr_cap | grep -qF -- 'county--'; is $? 1 "... never drawn as «county--»"
scr_cap | grep -qF -- '--county'; ok $? "... but as «--county»"
scr_cap | grep -qE -- '(^|[^-])-( |$)'; is $? 1 "... no dash left alone by a wrap"
scr_keys Escape; scr_gone "$(vis 'راهنما')" >/dev/null
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
