# report --html has a section on honouring donors (SPEC §1 item 6): the
# ceremonies held up to the report's day, newest first, with their date,
# title, place and the donors honoured at each, and a sentence and a total
# row saying how many ceremonies and how many donors (each once, however
# often honoured).  A ceremony recorded for a later day is not counted;
# with --county, the county's donors only and the ceremonies that
# honoured one of them.  Texts are escaped, their digits the page's.
# Before, the page said nothing of ceremonies at all.
# Then, apart from those held, under a heading of their own in the page
# and the text, the ceremonies planned for a later day, soonest first, with
# their date, place and the donors to be honoured so far (one naming no
# donor yet too, but not under --county).  Before, the report said nothing
# of them: a supervisor preparing the next ceremony did not find it there.
. "$HAMYAR_SRC/tests/lib.sh"

HEAD='<h2>تجلیل از خیّرین</h2>'
# the page's text between the section's heading and the next one
section() { sed -n '/<h2>تجلیل از خیّرین<\/h2>/,/<h2>/p' "$1" | sed '$d'; }
section_en() { sed -n '/<h2>Honouring donors<\/h2>/,/<h2>/p' "$1" | sed '$d'; }

E="$TMP/e"
"$HAMYAR" --db "$E" init --station TST >/dev/null 2>&1
"$HAMYAR" --db "$E" report --html "$TMP/e.html"; ok $? "report --html of an empty database"
s=$(section "$TMP/e.html")
holds "$s" "$HEAD" "the page has the honouring section"
holds "$s" 'هنوز مراسم تجلیلی برگزار نشده است.' "... saying no ceremony is held yet"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TST >/dev/null 2>&1
cat >"$TMP/d.csv" <<'CSV'
id,kind,name,county
TST-1,org,شرکت فولاد آذر,TBZ
TST-2,person,علی‌رضا کريمی,TBZ
TST-3,org,کارخانهٔ قند اهر,AHR
CSV
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "donors of Tabriz and Ahar"
later=$("$HAMYAR" date g2j "$(date -d '+40 days' +%Y-%m-%d)")
sooner=$("$HAMYAR" date g2j "$(date -d '+10 days' +%Y-%m-%d)")
sooner_fa=$(printf '%s\n' "$sooner" | "$HAMYAR" text digits-fa)
later_fa=$(printf '%s\n' "$later" | "$HAMYAR" text digits-fa)
cat >"$TMP/r.csv" <<CSV
id,held_on,title,place,donors
TST-50,1403/10/15,تجلیل از خیّرین هفتهٔ ناجا 1403,سالن <همایش> & تالار,TST-1 TST-2 TST-3
TST-51,1402/12/20,جشن نیکوکاران,,TST-2
TST-52,1403/05/01,تجلیل در اهر,فرمانداری اهر,TST-3
TST-53,$later,مراسم آینده,تالار,TST-1 TST-2
TST-54,$sooner,جشن پیش رو,سالن شهرداری,
CSV
"$HAMYAR" --db "$D" import recognitions "$TMP/r.csv" >/dev/null 2>&1; ok $? "four ceremonies, one of them in 40 days"
"$HAMYAR" --db "$D" report --html "$TMP/a.html"; ok $? "report --html"
s=$(section "$TMP/a.html")
holds "$s" "$HEAD" "the honouring section"
holds "$s" ': ۳؛ خیّرین تجلیل‌شده در آن‌ها: ۳ (' "three ceremonies held, three donors (علی‌رضا twice, once)"
holds "$s" 'هفتهٔ ناجا ۱۴۰۳</th>' "... the title, its digits Persian"
holds "$s" 'سالن &lt;همایش&gt; &amp; تالار' "... the place escaped"
held=$(printf '%s\n' "$s" | grep '^<tr><td>')
case $held in *'مراسم آینده'*) ok 1 "... the ceremony of a later day not among them" ;;
*) ok 0 "... the ceremony of a later day not among them" ;; esac
rows=$(printf '%s\n' "$s" | grep -c '^<tr><td>')
is "$rows" 3 "... one row a ceremony held"
first=$(printf '%s\n' "$s" | grep '^<tr><td>' | head -n 1)
holds "$first" '<td>۱۴۰۳/۱۰/۱۵</td>' "... newest first"
holds "$first" '<td>۳</td></tr>' "... three donors honoured at it"
holds "$(printf '%s\n' "$s" | grep -F 'جشن نیکوکاران')" '<th>—</th>' "... no place: a dash"
holds "$s" '<tr class="total"><th colspan="3">خیّرین تجلیل‌شده، هر کدام یک بار</th><td>۳</td></tr>' "... the total row: three donors"
grep -qiE '<link|<script|<img|src=|href=|url\(' "$TMP/a.html"; is $? 1 "nothing external"
# the planned ones, apart, after the table of those held
p=$(printf '%s\n' "$s" | sed -n '/<h3 id="planned-ceremonies">/,$p')
holds "$p" '<h3 id="planned-ceremonies">مراسم‌های برنامه‌ریزی‌شده (هنوز برگزار نشده)</h3>' "planned: a heading of their own"
holds "$p" ': ۲؛ خیّرینی که تا کنون برای تجلیل در آن‌ها نام برده شده‌اند: ۲ (' "... two planned, two donors named so far"
prow=$(printf '%s\n' "$p" | grep '^<tr class="planned">')
is "$(printf '%s\n' "$prow" | wc -l)" 2 "... a row each"
holds "$(printf '%s\n' "$prow" | head -n 1)" "<td>$sooner_fa</td><th>جشن پیش رو</th><th>سالن شهرداری</th><td>۰</td>" "... soonest first: date, title, place, no donor yet"
holds "$(printf '%s\n' "$prow" | sed -n 2p)" "<td>$later_fa</td><th>مراسم آینده</th><th>تالار</th><td>۲</td>" "... then the later one, two donors to be honoured"
case $(printf '%s\n' "$s" | sed -n '/<h3 id="planned-ceremonies">/q;p') in *'مراسم آینده'*) ok 1 "... not before its heading" ;;
*) ok 0 "... not before its heading" ;; esac

# --county TBZ: Tabriz's donors only; the Ahar ceremony left out
"$HAMYAR" --db "$D" report --html "$TMP/t.html" --county TBZ; ok $? "report --html --county TBZ"
s=$(section "$TMP/t.html")
holds "$s" ': ۲؛ خیّرین تجلیل‌شده در آن‌ها: ۲ (' "Tabriz: two ceremonies, two donors"
case $s in *'تجلیل در اهر'*) ok 1 "... not the Ahar one" ;; *) ok 0 "... not the Ahar one" ;; esac
p=$(printf '%s\n' "$s" | sed -n '/<h3 id="planned-ceremonies">/,$p')
is "$(printf '%s\n' "$p" | grep -c '^<tr class="planned">')" 1 "Tabriz: one planned ceremony, the one naming Tabriz's donors"
holds "$p" '<td>۲</td></tr>' "... its two donors of Tabriz"
first=$(printf '%s\n' "$s" | grep '^<tr><td>' | head -n 1)
holds "$first" '<td>۲</td></tr>' "... two of Tabriz honoured at the first"

# English, ASCII digits
"$HAMYAR" --db "$D" --lang en report --html "$TMP/en.html"; ok $? "report --html --lang en"
s=$(section_en "$TMP/en.html")
holds "$s" 'Ceremonies held up to ' "English: the section, its sentence"
holds "$s" ': 3; donors honoured in them: 3 (each once' "... three and three"
holds "$s" '<td>1403/10/15</td>' "... ASCII digits"
# the text report has the same section (before, only the page had one)
t=$("$HAMYAR" --db "$E" report); ok $? "report (text) of an empty database"
holds "$t" 'تجلیل از خیّرین
هنوز مراسم تجلیلی برگزار نشده است.' "text: the heading, and no ceremony held yet"
holds "$t" 'مراسم‌های برنامه‌ریزی‌شده (هنوز برگزار نشده)
مراسمی برای پس از ' "text: none planned either"
t=$("$HAMYAR" --db "$D" report); ok $? "report (text)"
holds "$t" 'تجلیل از خیّرین
مراسم‌های برگزارشده تا ' "text: the honouring heading and its sentence"
holds "$t" ': ۳؛ خیّرین تجلیل‌شده در آن‌ها: ۳ (' "text: three ceremonies, three donors"
first=$(printf '%s\n' "$t" | grep -A 3 '^تاریخ برگزاری' | sed -n 2p)
holds "$first" '۱۴۰۳/۱۰/۱۵' "text: newest first"
holds "$first" ' ۳ تجلیل از خیرین هفتهٔ ناجا ۱۴۰۳ — سالن <همایش> & تالار' "... its three donors, title and place"
case $(printf '%s\n' "$t" | sed -n '/^مراسم‌های برنامه‌ریزی‌شده/q;p') in *'مراسم آینده'*) ok 1 "text: the ceremony of a later day not listed" ;;
*) ok 0 "text: the ceremony of a later day not listed" ;; esac
holds "$(printf '%s\n' "$t" | grep -F 'جشن نیکوکاران')" 'جشن نیکوکاران' "text: a ceremony with no place"
case $(printf '%s\n' "$t" | grep -F 'جشن نیکوکاران') in *'—'*) ok 1 "... no dash after its title" ;;
*) ok 0 "... no dash after its title" ;; esac
holds "$t" 'خیّرین تجلیل‌شده، هر کدام یک بار: ۳' "text: donors honoured, each once"
p=$(printf '%s\n' "$t" | sed -n '/^مراسم‌های برنامه‌ریزی‌شده (هنوز برگزار نشده)$/,$p')
holds "$p" ': ۲؛ خیّرینی که تا کنون برای تجلیل در آن‌ها نام برده شده‌اند: ۲ (' "text: planned apart, two of them, two donors"
holds "$p" 'تاریخ برنامه‌ریزی‌شده خیّرین برای تجلیل عنوان و محل' "... their column headings"
holds "$(printf '%s\n' "$p" | grep -F 'جشن پیش رو')" "$sooner_fa" "... the soonest with its date"
holds "$(printf '%s\n' "$p" | grep -A1 -F 'جشن پیش رو' | tail -n 1)" 'مراسم آینده — تالار' "... then the later one"
holds "$(printf '%s\n' "$p" | grep -F 'مراسم آینده')" ' ۲ مراسم آینده' "... two donors to be honoured there"
t=$("$HAMYAR" --db "$D" report --county TBZ); ok $? "report --county TBZ (text)"
holds "$t" ': ۲؛ خیّرین تجلیل‌شده در آن‌ها: ۲ (' "text, Tabriz: two ceremonies, two donors"
case $t in *'تجلیل در اهر'*) ok 1 "text, Tabriz: not the Ahar one" ;;
*) ok 0 "text, Tabriz: not the Ahar one" ;; esac
t=$("$HAMYAR" --db "$D" --lang en report); ok $? "report --lang en (text)"
holds "$t" 'honouring
Ceremonies held up to ' "English text: an identifier heading, the sentence"
holds "$t" 'held_on    donors ceremony' "... identifier column headings"
holds "$t" 'honoured_once: 3' "... donors honoured, each once"
holds "$t" 'planned_ceremonies
Ceremonies planned after ' "English text: planned, an identifier heading"
holds "$t" 'planned_for donors ceremony' "... identifier column headings"
done_testing
