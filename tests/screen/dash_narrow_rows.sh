# The dashboard at 40x24 shows five county rows, as many as a clerk needs
# to see where he is among the 21, with the selected county's figures all
# there, each whole (estimated cost, pledged, received, overdue stages,
# the non-material count: five lines, none of whose labels can share a
# line with another figure at 40 columns), the top-ranked needs and two
# rows of recent activity: the blank line over recent activity gives way
# (its heading, in bold, parts it from the top-ranked needs).  At 80x24
# and 64x24 (and 50x24) nothing changes: six rows, the blank line kept.
# Persian and English.  Before, at 40x24, four rows.  At 40 columns the
# top-ranked needs keep a word of their title (the columns as wide as
# what they hold, the score left out) and the activity rows name their
# record; before, no title and «تجلیل…».
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1 &&
"$HAMYAR" --db "$DB" demo >/dev/null 2>&1; ok $? "the demo database"
fa() { printf '%s\n' "$1" | "$HAMYAR" text digits-fa; }
dash() {	# the dashboard at $SCR_SIZE, in language $1, its screen in $TMP/s
	if [ "$1" = en ]; then
		MENU="Main menu" HEAD="Needs by county" ACT="Recent activity"
		scr_start "$DB" --lang en
	else
		MENU="$(vis 'منوی اصلی')" HEAD="$(vis 'نیازها به تفکیک')" ACT="$(vis 'فعالیت‌های اخیر')"
		scr_start "$DB"
	fi
	scr_wait "$MENU" >/dev/null; scr_settle; scr_keys 0
	scr_wait "$HEAD"; ok $? "$SCR_SIZE $1: the dashboard"
	scr_settle; scr_cap >"$TMP/s"
}
bye() {
	scr_keys F10; scr_wait "$MENU" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
}
has() { grep -qF -- "$1" "$TMP/s"; }
# the line of recent activity's heading, and the line over it
act_line() { grep -nF -- "$ACT" "$TMP/s" | cut -d: -f1; }
act_rows() { sed -n "$(($(act_line) + 1)),$(($(act_line) + 2))p" "$TMP/s" | grep -c 'root'; }
# the top-ranked needs' rows: an id and a gap (a grouped figure)
top_rows() { grep 'TBZ-[0-9]' "$TMP/s" | grep '[٬,]'; }
# how many of them show no word of a title: the row less its id, its
# figures, the ellipsis and the spaces is empty
untitled() {
	top_rows | sed 's/TBZ-[0-9]*//; s/[0-9۰۱۲۳۴۵۶۷۸۹٬٫,.…]//g; s/ //g' | grep -c '^$'
}
# the record an activity row names (its id), in its two rows
act_ids() { sed -n "$(($(act_line) + 1)),$(($(act_line) + 2))p" "$TMP/s" | grep -c 'TBZ-[0-9]'; }
over_act() { sed -n "$(($(act_line) - 1))p" "$TMP/s" | tr -d ' '; }

SCR_SIZE=40x24; dash fa
has "$(vis "$(fa '1–5 از 21')")"; ok $? "40 fa: five county rows, «۱–۵ از ۲۱»" || sed 's/^/# /' "$TMP/s"
miss=""
for c in آذرشهر اسکو اهر بستان‌آباد بناب; do
	has "$(vis "$c")" || miss="$miss $c"
done
is "$miss" "" "40 fa: Azarshahr to Bonab (the fifth, its needs all non-material)"
miss=""
for l in 'برآورد هزینه:' 'تعهدشده:' 'دریافت‌شده:' 'مراحل عقب‌افتاده: ۲' 'معنوی: ۳ باز، ۰ انجام‌شده'; do
	grep -F "$(vis "$l")" "$TMP/s" | grep -qvF '…' || miss="$miss $l"
done
is "$miss" "" "40 fa: the selected county's five figures, each whole"
is "$(top_rows | wc -l)" 5 "40 fa: the five top-ranked needs"
is "$(untitled)" 0 "40 fa: each top-ranked need with a word of its title" || top_rows | sed 's/^/# /'
is "$(act_ids)" 2 "40 fa: each activity row names its record"
is "$(act_rows)" 2 "40 fa: two rows of recent activity under its heading"
[ -n "$(act_line)" ] && [ "$(act_line)" -le 22 ]; ok $? "40 fa: recent activity's heading on line $(act_line)"
bye
SCR_SIZE=40x24; dash en
sed -n 2p "$TMP/s" | grep -qF "1–5 of 21"; ok $? "40 en: five county rows: $(sed -n 2p "$TMP/s")"
miss=""
for l in 'estimated cost:' 'pledged:' 'received:' 'overdue stages:' 'non-material: 2 open, 1 done'; do
	grep -F "$l" "$TMP/s" | grep -qvF '…' || miss="$miss $l"
done
is "$miss" "" "40 en: the five figures, each whole"
is "$(top_rows | wc -l)" 5 "40 en: the five top-ranked needs"
is "$(untitled)" 0 "40 en: each top-ranked need with a word of its title" || top_rows | sed 's/^/# /'
# the English action is longer («added recognition TBZ-…»): its verb
is "$(sed -n "$(($(act_line) + 1)),$(($(act_line) + 2))p" "$TMP/s" | grep -c 'root added')" 2 \
    "40 en: each activity row says what was done"
is "$(act_rows)" 2 "40 en: two rows of recent activity under its heading"
bye
for SCR_SIZE in 80x24 64x24 50x24; do
	dash fa
	has "$(vis "$(fa '1–6 از 21')")"; ok $? "${SCR_SIZE%x*} fa: six county rows, as before"
	is "$(over_act)" "" "${SCR_SIZE%x*} fa: the blank line over recent activity kept"
	bye
	dash en
	sed -n 2p "$TMP/s" | grep -qF "1–6 of 21"; ok $? "${SCR_SIZE%x*} en: six county rows, as before"
	is "$(over_act)" "" "${SCR_SIZE%x*} en: the blank line over recent activity kept"
	bye
done
done_testing
