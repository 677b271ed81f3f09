# A popup menu with more choices than the screen has rows (the county
# filter of a list: 21 counties, and the box at most 22 rows high on 80x24,
# fewer on a small window) says so in its bottom border, as a long message
# does: ▼ while there are more below, ▲ once the last is in view.  Before,
# its bottom border was plain: at 80x24 هوراند was not on screen and nothing
# said that the list went on.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
bottom() { scr_cap | grep -F '└' | tail -n 1; }

"$HAMYAR" --db "$DB" init --station MOR >/dev/null; ok $? "a database"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "main menu at 80x24"
scr_keys 3; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F4; scr_wait "$(vis 'بدون صافی')"
holds "$(bottom)" '└──' "the filter's own short menu: a plain bottom border ..."
case $(bottom) in *▼*|*▲*) r=0 ;; *) r=1 ;; esac
is "$r" 1 "... with no arrow"
scr_keys End Enter; scr_wait "$(vis 'آذرشهر')"
scr_cap | grep -qF "$(vis 'هوراند')"; is $? 1 "the counties' menu: هوراند, the last, is below the screen"
holds "$(bottom)" '▼' "... and the bottom border says there is more below (▼)"
scr_keys End; scr_wait "$(vis 'هوراند')"; ok $? "End: هوراند in view"
holds "$(bottom)" '▲' "... and the border says there was more above (▲)"
scr_keys Enter; scr_settle
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
