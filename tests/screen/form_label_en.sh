# A form's labels are read whole: English's "Estimated cost (rials):" is
# wider than the label column every form had, and the need form showed
# "Estimated cost (rials…", its unit lost, at 80 columns and at any other
# width.  The column now takes the form's widest label (up to a third of
# the screen); a form whose labels fit keeps its columns as they were.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
id=$("$HAMYAR" --db "$DB" export needs | tr -d '\r' | sed -n 2p | cut -d, -f1)
cost=$("$HAMYAR" --db "$DB" export needs | tr -d '\r' | sed -n 2p | cut -d, -f6)
grouped=$(printf '%s' "$cost" | sed ':a;s/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/;ta')

scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 4
scr_wait "$id" >/dev/null; scr_keys F3; scr_type "$id"; scr_keys Enter
scr_wait "Need $id" >/dev/null; scr_settle
row=$(scr_cap | grep -F "Estimated cost")
case $row in *"Estimated cost (rials):"*) ok 0 "en: the label whole, with its unit" ;;
*) ok 1 "en: the label whole, with its unit"; echo "# $row" ;; esac
case $row in *"…"*) ok 1 "en: nothing cut"; echo "# $row" ;; *) ok 0 "en: nothing cut" ;; esac
case $row in *": "*"$grouped"*) ok 0 "en: the amount beside it ($grouped)" ;;
*) ok 1 "en: the amount beside it ($grouped)"; echo "# $row" ;; esac
# the other fields' values start in the same column as the cost's
# (in characters: the cells before it)
col() { scr_cap | grep -F "$1" | sed "s/ $2.*//" | LC_ALL=C.UTF-8 wc -m; }
c1=$(col "Estimated cost" "$grouped"); c2=$(col "Urgency*:" "$("$HAMYAR" --db "$DB" export needs | tr -d '\r' | sed -n 2p | cut -d, -f7)")
is "$c1" "$c2" "en: the values in one column"
scr_keys F10; scr_wait "Records:" >/dev/null
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
