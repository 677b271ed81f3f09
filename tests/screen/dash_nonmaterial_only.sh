# A county whose needs are all non-material (Bonab: a support need with a
# pledge of hours, a policing need, both open, and an information need
# done) has no money to draw: its row on the dashboard showed an empty bar
# and a gap of 0, as if nothing were needed there.  In the bar's place it
# now counts its open non-material needs («فقط نیاز معنوی (۲ باز)»), as
# the figures under the rows and the report count them apart from money,
# and its gap is "-" (the county gaps are of the material needs).
# A county with a material need (Tabriz) keeps its bar and gap.  In
# English and Persian, at 80x24 and 100x30; at 64 columns, shorter
# («non-material (2 open)»), the count whole.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ >/dev/null 2>&1
printf 'kind,name,county\nstation,کلانتری ۱۱ تبريز,TBZ\nstation,فرماندهی انتظامی شهرستان بناب,BNB\n' >"$TMP/u.csv"
cat >"$TMP/n.csv" <<'CSV'
unit,category,title,estimated_cost,urgency,impact,identified_on,status
TBZ-1,equipment,دوربین‌های نظارتي ورودی بازار,500000000,4,4,1404/02/10,identified
TBZ-2,support,بسته‌های معیشتی کارکنان,90000000,2,2,1404/08/29,approved
TBZ-2,policing,داوطلبان ایمنی مدارس,,5,1,1404/04/09,in_progress
TBZ-2,information,گزارش‌های مردمی محله‌ها,200000000,3,3,1403/07/01,done
CSV
printf 'kind,name,county\nperson,علی‌رضا کريمی,BNB\n' >"$TMP/d.csv"
printf 'donor,need,type,hours,pledged_on\nTBZ-7,TBZ-4,support,40,1404/09/05\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null 2>&1 &&
    "$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null &&
    "$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null 2>&1
ok $? "fixture: an equipment need in Tabriz; in Bonab non-material needs only"

for size in 80x24 100x30; do
	SCR_SIZE=$size
	scr_start "$DB" --lang en
	scr_wait "Main menu" >/dev/null; scr_keys 0
	scr_wait "Needs by county"; ok $? "en $size: the dashboard"
	scr_settle
	row=$(scr_cap | grep -E '^ *Bonab ')
	case "$row" in *"non-material needs only (2 open)"*) r=0 ;; *) r=1 ;; esac
	ok $r "en $size: Bonab counts its open non-material needs in the bar's place"
	is "$(printf '%s\n' "$row" | awk '{print $NF}')" "-" "en $size: its gap is -, not 0"
	is "$(scr_cap | awk '$1 == "Tabriz" {print $NF}')" "500,000,000" "en $size: Tabriz's gap as before"
	scr_cap | grep -E '^ *Tabriz ' | grep -qF '░'; ok $? "en $size: Tabriz's bar as before"
	# its amounts «-» there too, as its gap and the report's tables
	# (before, «estimated cost: 0 ... gap: 0 rials» under a gap of «-»)
	scr_cap | grep -qF "Bonab:  estimated cost: -  pledged: -  received: -  gap: -"; ok $? "en $size: Bonab's figures under the rows, its amounts -"
	scr_cap | grep -qF "non-material: 2 open (1 with a pledge), 1 done"; ok $? "en $size: ... with its non-material needs"
	scr_keys F10; scr_wait "Main menu" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done
# at 64 columns the bar is narrow: a shorter text, its count whole
SCR_SIZE=64x24
scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Needs by county"; ok $? "en 64x24: the dashboard"
scr_settle
row=$(scr_cap | grep -E '^ *Bonab ')
case "$row" in *"non-material (2 open)"*) r=0 ;; *) r=1 ;; esac
ok $r "en 64x24: Bonab's count whole in a narrow bar"
is "$(printf '%s\n' "$row" | awk '{print $NF}')" "-" "en 64x24: its gap is -"
scr_keys F10; scr_wait "Main menu" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
SCR_SIZE=80x24

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 0
scr_wait "$(vis 'نیازها به تفکیک شهرستان')"; ok $? "fa: the dashboard"
scr_settle
row=$(scr_cap | grep -F "$(vis 'بناب')" | head -n 1)
case "$row" in *"$(vis 'فقط نیاز معنوی (۲ باز)')"*) r=0 ;; *) r=1 ;; esac
ok $r "fa: Bonab's open non-material needs counted in the bar's place"
case "$row" in *"$(fa_amount 0)"*) r=1 ;; *) r=0 ;; esac
ok $r "fa: ... and no gap of 0"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
done_testing
