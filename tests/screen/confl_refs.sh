# A ceremony's donors changed at a station and at HQ while apart: the sync
# conflict screen names the donors of each side («زهرا احمدی‌نژاد، شرکت
# فولاد آذر»), as the ceremony's form does, in the row and in the popup
# of both values in full; before, it showed only their ids (TBZ-1 TBZ-2),
# which say nothing to the person deciding.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
printf 'kind,name,county\nperson,زهرا احمدی‌نژاد,TBZ\norg,شركت فولاد آذر,TBZ\nperson,محمد کاظمی,TBZ\n' >"$TMP/d.csv"
printf 'held_on,title,place,donors\n1403/10/15,تجلیل از خیّرین ۱۴۰۳,سالن همایش,TBZ-1\n' >"$TMP/r.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import recognitions "$TMP/r.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "three donors and a ceremony of TBZ reach HQ"
rid=$("$HAMYAR" --db "$T" export recognitions | tr -d '\r' | sed -n 's/^\(TBZ-[0-9]*\),.*/\1/p' | head -n 1)
printf 'id,donors\n%s,TBZ-1 TBZ-2\n' "$rid" >"$TMP/u1.csv"
printf 'id,donors\n%s,TBZ-1 TBZ-3\n' "$rid" >"$TMP/u2.csv"
"$HAMYAR" --db "$T" import recognitions "$TMP/u1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import recognitions "$TMP/u2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
is "$("$HAMYAR" --lang en --db "$Q" sync conflicts | grep -c '^recognition')" 1 "the ceremony $rid in conflict at HQ"

scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F7; scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null
scr_keys Enter; scr_wait "$(vis 'خیّرین تجلیل‌شده')"; ok $? "Enter: the ceremony's donors differ"
# (the field's row and the lines under it, where a list too long for its
# column goes on: its first donor's name, and its end, where the two lists
# differ: کاظمی here, فولاد آذر at TBZ, whose last word may go on the next line)
row=$(scr_cap | sed -n "/$(vis 'خیّرین تجلیل‌شده')/,/$(vis 'از آخرین یکسانی')/p" | sed '$d')
is "$(printf '%s\n' "$row" | grep -oF "$(vis 'زهرا')" | wc -l)" 2 "both sides' donors by name (زهرا احمدی‌نژاد، ...)"
case $row in *"$(vis 'کاظمی')"*) case $row in *"$(vis 'آذر')"*) r=0 ;; *) r=1 ;; esac ;; *) r=1 ;; esac
ok $r "... each list's end in sight: this database's «کاظمی», TBZ's «فولاد آذر»"
case $row in *TBZ-2*|*TBZ-3*) ok 1 "... not by their ids"; echo "# $row" ;; *) ok 0 "... not by their ids" ;; esac
scr_keys Enter; scr_wait '┌' >/dev/null
scr_cap | sed -n '/┌/,/└/p' | grep -qF "$(vis 'زهرا احمدی‌نژاد، محمد کاظمی')"
ok $? "Enter on it: this database's list in full, by name"
scr_cap | sed -n '/┌/,/└/p' | grep -qF "$(vis 'زهرا احمدی‌نژاد، شرکت فولاد آذر')"
ok $? "... and the other's (شرکت فولاد آذر, typed with Arabic ك)"
scr_cap | sed -n '/┌/,/└/p' | grep -q "TBZ-[0-9]"; is $? 1 "... no ids"
scr_keys Escape; scr_gone '┌'
scr_keys F10; scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
