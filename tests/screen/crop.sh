# Text too wide for its column is cut in its middle, with an ellipsis, its
# start and its end kept (tui_fit_middle: two names or titles that differ
# only at their end are told apart), whatever its direction against the
# screen's: a long Persian name in the English list keeps its first words
# at its right and its last at its left, an English name in the Persian
# list its first words at its left; a name that fits is drawn whole, with
# no ellipsis.
. "$HAMYAR_SRC/tests/lib.sh"

D=$TMP/d
. "$HAMYAR_SRC/tests/screen/sessions.inc"
trap '$TM kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
"$HAMYAR" --db "$D" init --station TBZ >/dev/null 2>&1
printf 'name,kind,county\n%s\n%s\n%s\n' \
    'علی‌رضا کریمی‌نژاد اصفهانی فرزند محمدحسین ساکن محلهٔ باغمیشه تبریز,person,TBZ' \
    '"John Smith Wellington, Borough Representative of the Charity",org,TBZ' \
    'فاطمه نوری,person,TBZ' >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "three donors, two with long names"
vis() { printf '%s\n' "$1" | "$HAMYAR" layout --dir "$2"; }

for lang in en fa; do
	$TM new-session -d -s $lang -x 70 -y 20 "env HAMYAR_LANG=$lang HAMYAR_BIDI=app TERM=xterm '$HAMYAR' --db '$D'"
	sleep 0.3
	$TM send-keys -t $lang 1
	wait_for $lang "TBZ-3" >/dev/null
done
# English screen (left to right): the Persian name's start is at the right
# of its cut run, its end at the run's left, the ellipsis between.
row=$(screen en | grep "TBZ-1")
case $row in *"$(vis 'باغمیشه تبریز' rtl)…"*"$(vis 'علی‌رضا کریمی' rtl)"*) r=0 ;; *) r=1 ;; esac
ok $r "English list: a long Persian name keeps its first and last words, the ellipsis between"
case $row in *"$(vis 'فرزند' rtl)"*) r=1 ;; *"…"*) r=0 ;; *) r=1 ;; esac
ok $r "... and not its middle"
row=$(screen en | grep "TBZ-2")
case $row in *"John Smith…"*"the Charity"*) r=0 ;; *) r=1 ;; esac
ok $r "English list: a long English name keeps its start and its end, the ellipsis between"
row=$(screen en | grep "TBZ-3")
case $row in *"…"*) r=1 ;; *"$(vis 'فاطمه نوری' rtl)"*) r=0 ;; *) r=1 ;; esac
ok $r "... a name that fits is whole, with no ellipsis"
# Persian screen (right to left): the English name's start at its left.
row=$(screen fa | grep "TBZ-2")
case $row in *"John Smith…"*"of the Charity"*) r=0 ;; *) r=1 ;; esac
ok $r "Persian list: a long English name keeps its start at its left, its end at its right"
row=$(screen fa | grep "TBZ-1")
case $row in *"$(vis 'باغمیشه تبریز' rtl)…"*"$(vis 'علی‌رضا کریمی' rtl)"*) r=0 ;; *) r=1 ;; esac
ok $r "Persian list: a long Persian name keeps its first and last words, the ellipsis between"
row=$(screen fa | grep "TBZ-3")
case $row in *"…"*) r=1 ;; *"$(vis 'فاطمه نوری' rtl)"*) r=0 ;; *) r=1 ;; esac
ok $r "... a name that fits is whole, with no ellipsis"
done_testing
