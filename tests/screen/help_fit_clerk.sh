# A clerk's F1 help of the donors' list (two lines more than an
# administrator's: his county stays under any filter) and of the ranking
# (F6 only shows the weights) fit their box at 80x24, in Persian and in
# English, whole to the keyboard's line, with no mark of more below.
# Before, both were a line or two too tall and the last lines were below
# the box.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
scr_second_uid
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ستاد تبریز' >/dev/null; ok $? "init"
printf 'id,kind,name,county,active\nTBZ-10,person,محمدرضا عبدالله‌زاده,TBZ,1\n' >"$TMP/donors.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/donors.csv" >/dev/null; ok $? "import a donor"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county TBZ >/dev/null; ok $? "nobody is a Tabriz clerk"
bottom() { scr_cap | grep -F '└' | tail -n 1; }
seen() { scr_cap | grep -qF -- "$1"; }
nomore() { case $(bottom) in *▼*) return 1 ;; *) return 0 ;; esac; }

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 1
scr_wait 'TBZ-10' >/dev/null; scr_settle; scr_keys F1
scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
seen "$(vis 'صافی را برمی‌دارد، نه شهرستان شما را.')"; ok $? "fa: the clerk's donors' help says his county stays"
seen "$(vis 'صفحه‌کلید فارسی/لاتین.')"; ok $? "... and fits to the keyboard's line"
nomore; ok $? "... no mark of more below"
scr_keys Escape; scr_settle; scr_keys F10
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 0
scr_wait "$(vis 'رتبه‌بندی')" >/dev/null; scr_settle; scr_keys F4
scr_wait "TOPSIS" >/dev/null; scr_settle; scr_keys F1
scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
seen "$(vis 'صفحه‌کلید فارسی/لاتین.')"; ok $? "fa: the clerk's ranking help fits to the keyboard's line"
nomore; ok $? "... no mark of more below"

# as scr_start_nobody, in English
tm kill-server >/dev/null 2>&1
for try in 1 2 3 4 5 6 7 8 9 10; do	# a server still going away refuses
	tm new-session -d -s main -x 80 -y 24 "cd '$TMP' && env $SCR_ENV_DEFAULT HAMYAR_BIDI=app \
	    setpriv --reuid=65534 --regid=65534 --clear-groups -- '$BIN' --db '$DB' --lang en; echo __EXIT__=\$?; sleep 300" \
	    2>/dev/null && break
	sleep 0.2
done
scr_wait "Main menu" >/dev/null; scr_keys 1
scr_wait 'TBZ-10' >/dev/null; scr_settle; scr_keys F1
scr_wait "Help" >/dev/null; scr_settle
seen '"No filter" clears the filter, not your county.'; ok $? "en: the clerk's donors' help says his county stays"
seen "Persian/Latin keyboard."; ok $? "... and fits to the keyboard's line"
nomore; ok $? "... no mark of more below"
scr_keys Escape; scr_settle; scr_keys F10
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Back" >/dev/null; scr_settle; scr_keys F4
scr_wait "TOPSIS" >/dev/null; scr_settle; scr_keys F1
scr_wait "Help" >/dev/null; scr_settle
seen "Persian/Latin keyboard."; ok $? "en: the clerk's ranking help fits to the keyboard's line"
nomore; ok $? "... no mark of more below"
done_testing
