# The audit log scrolls by lines and starts at its end, so its first row
# was often a field of a change whose heading was above the view: «نام
# (خالی) ← …» under no record, no login, no time.  Now the first row of the
# view is always a heading: that of the change cut by the top, while Up
# walks back through its fields, until its own heading comes.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
ARROW='←'
first_row() { scr_cap | sed -n 4p; }	# title, count, a blank, then the log

"$HAMYAR" --db "$DB" init --station AUD >/dev/null
printf 'name,kind,county,mobile,notes\nعلی‌رضا کریمی,person,TBZ,09141234567,خیّر قدیمی\nفاطمه نوری‌زاده,person,MRG,09121112233,\nشرکت فولاد آذر,org,TBZ,,صنعت\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "three donors: three changes of several fields"
SCR_ENV="LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=linux"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
tm resize-window -t main -x 80 -y 14 2>/dev/null || tm resize-pane -t main -x 80 -y 14
scr_keys F8; scr_wait "$(vis 'گزارش تغییرات')"; scr_settle
seen_field=0 bad=0
for step in 1 2 3 4 5 6 7 8 9 10 11 12; do
	case $(first_row) in *"$ARROW"*) bad=$((bad + 1)) ;; esac
	scr_cap | sed -n 5p | grep -qF "$ARROW" && seen_field=1
	scr_keys Up
done
is "$bad" 0 "at the end and all the way up, the first row is a change's heading, never a field"
is "$seen_field" 1 "... with the fields under it"
scr_keys End; scr_settle
first_row | grep -qF "$(vis 'را افزود')"; ok $? "End: the first row names the change (added, «را افزود») ..."
scr_cap | grep -F "$(vis 'یادداشت‌ها')" | grep -qF "$(vis 'صنعت')"; ok $? "... whose last field is in view"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
