# Every county of the province has a row on the dashboard, a county with no
# counted need showing zeros, so a supervisor sees that it has none rather
# than miss it: a database with needs in Tabriz and Marand only lists all
# 21 counties, those with a need first, then Azarshahr (آذرشهر) and the
# others with 0 needs and a gap of 0, reached by scrolling (they leave
# recent activity its rows); at 80x24 and at 64 columns.  F1 says the gap counts open needs only (as `hamyar report`
# does) and that every county has a row.  In Persian and English.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/cli/fixtures_gap_open.inc"
DB="$TMP/db"
gap_open_db "$DB"; ok $? "fixture: needs in Tabriz and Marand only"
fa() { printf '%s\n' "$1" | "$HAMYAR" text digits-fa; }

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; ok $? "fa: the dashboard at 80x24"
scr_settle
scr_cap | grep -qF "$(vis "$(fa "از 21")")"; ok $? "fa: the heading counts 21 county rows"
scr_keys Down Down; scr_settle
az=$(vis 'آذرشهر')
is "$(scr_cap | grep -F "$az" | grep -vF ':' | sed "s/$az//" | tr -d ' ')" "۰۰" "fa: Azarshahr, with no need, has a row of zeros"
scr_keys End; scr_settle
scr_cap | grep -qF "$(vis 'هوراند')"; ok $? "fa: End reaches Hurand, the last county"
scr_cap | grep -qF "$(vis 'تبریز')"; is $? 1 "fa: Tabriz scrolled away (the rows scroll)"
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
scr_cap | grep -qF "$(vis 'کسری فقط نیازهای باز را می‌شمارد')"; ok $? "fa: F1 says the gap counts open needs only"
scr_keys Escape; scr_gone "┌" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

SCR_SIZE=64x24
scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Needs by county"; ok $? "en: the dashboard at 64 columns"
scr_settle
scr_cap | grep -qF "of 21"; ok $? "en: the heading counts 21 county rows"
scr_cap | grep -qF "Marand:  estimated cost: 2,950,000,000"; ok $? "en: Marand, with a need, comes first"
scr_keys Down Down; scr_settle
scr_cap | grep -qF "Ahar:  estimated cost: 0"; ok $? "en: Ahar after Tabriz: its figures zeros"
scr_cap | grep -q '^ *Ahar  *0  *0 *$'; ok $? "en: Ahar, with no need, has a row of zeros"
scr_keys F1; scr_wait "Help" >/dev/null; scr_settle
# at 64 columns the help wraps: join its lines to find the sentences
help=$(scr_cap | sed -n 's/^ *│ *\(.*[^ ]\) *│ *$/\1/p' | tr '\n' ' ')
case "$help" in *"The gap counts open needs only: done and rejected needs are"*) r=0 ;; *) r=1 ;; esac
ok $r "en: F1 says the gap counts open needs only"
case "$help" in *"Every county has a row"*) r=0 ;; *) r=1 ;; esac
ok $r "en: F1 says every county has a row"
scr_keys Escape; scr_gone "┌" >/dev/null
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done_testing
