# The dashboard's heading keeps its gap figure on a narrow window: at 64
# columns, with the county rows' range beside it, «Needs by county
# (material gap: 74,969,000,000 rials)» did not fit and was cut to
# «(material gap: 74,969,000,000 ria…)», and the Persian «(کسری مادی:…»
# lost the number altogether.  Now the label is shortened first («gap:»,
# «کسری:»), then the unit dropped, before anything is cut; at 80 columns
# the heading is whole, as before.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null &&
    "$HAMYAR" --db "$DB" demo >/dev/null; ok $? "the demo database"
heading() { scr_cap | sed -n 2p; }

SCR_SIZE=64x24
scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Needs by county"; ok $? "en: the dashboard at 64 columns"
scr_settle
heading | grep -qE 'Needs by county  \(gap: [0-9][0-9,]+ rials\) +1–6 of 21$'
ok $? "en: the heading holds the whole figure and its unit, the label shortened: $(heading)"
heading | grep -qF '…'; is $? 1 "en: nothing cut"
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; ok $? "fa: the dashboard at 64 columns"
scr_settle
heading | grep -qF "$(vis 'کسری:')"; ok $? "fa: the short label: $(heading)"
heading | grep -qF "$(vis 'ریال)')"; ok $? "fa: the figure's unit, after the whole figure"
heading | grep -qF '٬۰۰۰٬۰۰۰'; ok $? "fa: the figure, grouped"
heading | grep -qF '…'; is $? 1 "fa: nothing cut"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

SCR_SIZE=80x24
scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Needs by county"; ok $? "en: the dashboard at 80x24"
scr_settle
heading | grep -qE 'Needs by county  \(material gap: [0-9][0-9,]+ rials\) +1–6 of 21$'
ok $? "en: 80 columns: the whole label, as before"
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits cleanly"
done_testing
