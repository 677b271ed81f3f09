# The first start, before the station has a name or a code, has the title
# bar «همیار   نخستین اجرا»: it had «همیار —    نخستین اجرا», a dash
# before an empty name.  Once named, the bar is «همیار — NAME» as before.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
title() { scr_cap | head -n 1; }

scr_start "$DB"
scr_wait "$(vis 'کد ایستگاه (۲ تا ۸ حرف لاتین یا رقم):')"; ok $? "the first start asks for the station's code"
title | grep -qF "$(vis 'نخستین اجرا')"; ok $? "the title bar names the first start"
title | grep -qF "$(vis 'همیار')"; ok $? "and the program"
title | grep -qF '—'; is $? 1 "no dash before a name there is not yet"
scr_type FST; scr_keys Enter
scr_wait "$(vis 'نام ایستگاه:')"; scr_type "کلانتری ۱۱ تبریز"; scr_keys Enter
scr_wait "$(vis 'خیّرین')"; scr_keys n
scr_wait "$(vis 'منوی اصلی')"
title | grep -qF "$(vis 'همیار — کلانتری ۱۱ تبریز')"; ok $? "named, the bar has «همیار — NAME»"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"

SCR_ENV="LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color" scr_start "$TMP/db2" --lang en
scr_wait 'First start'; title | grep -q '^ Hamyar   *First start'; ok $? "in English: «Hamyar   First start», no dash"
done_testing
