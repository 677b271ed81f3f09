# The main menu's F1 help says only what the user's role can use, as its
# key bar does (menu_roles.sh): the administrator reads of F7 (sync
# conflicts), F8 (the audit log) and the station's sync keys; a supervisor
# of F8 but not F7 nor the sync keys; a clerk of neither F7 nor F8; an
# auditor of F8, and not that F5 makes a record (he changes nothing).
# Before, every role's help described F7 and F8.  (As another real uid:
# nobody through setpriv; root only.)
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
scr_second_uid
DB=$TMP/db
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "a new database"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
# the help popup's lines only (its frame), not the key bar
help() { scr_cap | grep '│'; }
open_help() {
	scr_wait "$(vis 'منوی اصلی')" >/dev/null && scr_settle
	scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null && scr_settle
}
close() {
	scr_keys Escape; scr_gone '┌' >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
}

scr_start "$DB"; open_help
help | grep -qF 'F7'; ok $? "the administrator's help tells of F7"
help | grep -qF 'F8'; ok $? "... and of F8"
help | grep -qF "$(vis 'همگام‌سازی')"; ok $? "... and of sync"
close

"$HAMYAR" --db "$DB" user add nobody --role supervisor --county تبریز >/dev/null
scr_start_nobody "$DB"; open_help
help | grep -qF 'F8'; ok $? "a supervisor's help tells of F8, the audit log he may read"
help | grep -qF 'F7'; is $? 1 "... not of F7"
help | grep -qF "$(vis 'همگام‌سازی')"; is $? 1 "... nor of sync conflicts or keys"
help | grep -qF 'F5'; ok $? "... and of F5 for a new record"
close

"$HAMYAR" --db "$DB" user add nobody --role clerk --county تبریز >/dev/null
scr_start_nobody "$DB"; open_help
help | grep -qF 'F5'; ok $? "a clerk's help tells of F5"
help | grep -qF 'F7'; is $? 1 "... not of F7"
help | grep -qF 'F8'; is $? 1 "... nor of F8"
help | grep -qF 'F10'; ok $? "... but of F10"
close

"$HAMYAR" --db "$DB" user add nobody --role auditor >/dev/null
scr_start_nobody "$DB"; open_help
help | grep -qF 'F8'; ok $? "an auditor's help tells of F8"
help | grep -qF 'F5'; is $? 1 "... not of F5 (he makes no record)"
help | grep -qF "$(vis 'تغییر نمی‌دهد')"; ok $? "... and says he changes nothing"
help | grep -qF 'F7'; is $? 1 "... nor of F7"
close
ok $? "quits"
done_testing
