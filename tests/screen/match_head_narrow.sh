# At 64 columns the head line of the matching screen from a donor keeps
# his figure whole and room for his name: where both figures would leave
# the name fewer than 12 cells, it gives his free capacity alone (what
# matching weighs), «توان آزاد: ۵۰٬۰۰۰٬۰۰۰ ریال  بنیاد نیکوکاری مهر», in
# Persian and in English; at 80 columns both figures as before.  Before,
# at 64 columns the name was cut to «بنی…» (nothing of it in English),
# and with a longer figure «ریال» itself was cut to «ری…».
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
head2() { scr_cap | sed -n 2p; }

work_open "$DB"
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter
scr_type 'TST-11'; scr_wait "TST-11" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نیازهای جور با یک خیّر')"; ok $? "the needs that fit TST-11"
holds "$(head2)" "$(vis 'توان مالی: ۵۰٬۰۰۰٬۰۰۰، آزاد: ۵۰٬۰۰۰٬۰۰۰ ریال')" "fa 80 columns: both figures on the head line"
scr_resize 64 24
holds "$(head2)" "$(vis 'توان آزاد: ۵۰٬۰۰۰٬۰۰۰ ریال  بنیاد نیکوکاری مهر')" "fa 64 columns: his free capacity whole, and his name"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_settle; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null

scr_start "$DB" --lang en
tm resize-window -t main -x 64 -y 24
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Back" >/dev/null; scr_settle
scr_keys F6; scr_wait "From a donor: the needs that fit" >/dev/null
scr_keys Enter
scr_type 'TST-11'; scr_wait "TST-11" >/dev/null; scr_keys Enter
scr_wait "Needs for a donor"; ok $? "en: the needs that fit TST-11, at 64 columns"
holds "$(head2)" "Donor TST-11  free capacity: 50,000,000 rials" "en 64 columns: his free capacity whole"
holds "$(head2)" "$(vis 'بنیاد نیکوکاری')" "... and his name, cut at its end if need be"
scr_keys F10; scr_keys F10; scr_wait "Main menu" >/dev/null; scr_settle; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "exits"
done_testing
