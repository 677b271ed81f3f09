# The dashboard, keys only: per-county bars drawn with three different
# block characters (legible without colour), their lengths in proportion
# to the figures of the fixture (worked out here from the CSV files), each
# county's gap; the top-ranked needs in the order of `hamyar rank`; recent
# activity from the audit log.  Also on a monochrome vt100 terminal.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture database with pledges made with the CLI"

work_open "$DB"
scr_cap | grep -qF "$(vis '█ دریافت‌شده  ▓ تعهدشده  ░ کسری')"; ok $? "the legend names the three block characters"
# From the CSV files: Tabriz's needs cost 300M + 80M, nothing pledged; Ahar's
# 120M + 40M with 100M + 15M pledged on TST-22, nothing received.  Bars are
# scaled to the largest estimated cost (Tabriz) over the bar's width: the
# Tabriz bar is the widest, all of it light shade (gap).
tbz=$(scr_cap | grep -F "$(vis 'تبریز')")
ahr=$(scr_cap | grep -F "$(vis 'اهر')" | grep -F '░')
count() { printf '%s' "$1" | grep -o "$2" | wc -l; }
w=$(count "$tbz" '░')
[ "$w" -ge 20 ]; ok $? "Tabriz's bar is all gap ($w cells of ░)"
is "$(count "$tbz" '▓')$(count "$tbz" '█')" "00" "with nothing pledged or received"
exp_p=$(awk -v w="$w" 'BEGIN { printf "%d", (115 * w + 190) / 380 }')
exp_t=$(awk -v w="$w" 'BEGIN { printf "%d", (160 * w + 190) / 380 }')
is "$(count "$ahr" '▓')" "$exp_p" "Ahar's pledged part is 115/380 of the width ($exp_p cells of ▓)"
is "$(( $(count "$ahr" '▓') + $(count "$ahr" '░') ))" "$exp_t" "its whole bar 160/380 ($exp_t cells)"
row_has "$(vis 'تبریز')" "۳۸۰٬۰۰۰٬۰۰۰"; ok $? "Tabriz's gap: 380,000,000"
row_has "$(vis 'اهر')" "۴۵٬۰۰۰٬۰۰۰"; ok $? "Ahar's gap: 120M - 115M + 40M = 45,000,000"
row_has "$(vis 'تبریز')" "۲"; ok $? "Tabriz has two open needs"

expect=$("$HAMYAR" --db "$DB" rank --top 5 | sed 1d | awk '{print $2}')
# shellcheck disable=SC2086
ids_in_order $expect; ok $? "the top-ranked needs are in hamyar rank's order: $(echo $expect)"
scr_cap | grep -qF "$(vis 'فعالیت‌های اخیر')"; ok $? "a recent activity section"
scr_cap | grep -qF "$(vis 'مشارکت TST-31 را افزود')"; ok $? "naming the last record added (pledge TST-31), the verb last"

# Enter opens the selected top need; Tab gets there from the counties,
# Down moves the selection.
scr_keys Tab Down Enter
second=$(echo $expect | awk '{print $2}')
scr_wait "$(vis "نیاز $second:")"; ok $? "Tab, Down then Enter opens the second-ranked need ($second)"
scr_keys F10
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
work_quit_dash

# Monochrome vt100: the same bars, drawn with the same characters.
tm kill-server >/dev/null 2>&1
sleep 0.2
tm new-session -d -s main -x 80 -y 24 "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=vt100 NO_COLOR=1 HAMYAR_BIDI=app '$HAMYAR' --db '$DB'; echo __EXIT__=\$?; sleep 300"
scr_wait "$(vis 'منوی اصلی')"
scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; ok $? "the dashboard opens on a vt100 without colours"
is "$(count "$(scr_cap | grep -F "$(vis 'اهر')" | grep -F '░')" '▓')" "$exp_p" "its bars are drawn with the same block characters"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"
done_testing
