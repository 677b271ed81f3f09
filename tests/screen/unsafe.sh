# A donor whose name holds ESC [2J (clear screen) and U+202E (right-to-left
# override): import refuses the ESC now (core/validate.c), so the name is
# put past validation (tests/store/put_raw.c), as text from an older
# version or a damaged file would be there.  The list and the form show
# visible placeholders and the screen stays intact.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" UNS; ok $? "first start"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
printf 'kind,name,county\nperson,"حسن\033[2J\342\200\256evil",TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1; is $? 1 "import refuses the ESC"
"$(dirname "$HAMYAR_BIN")/tests/store/put_raw" "$DB" "$(printf 'حسن\033[2J\342\200\256evil')" TBZ >/dev/null
ok $? "the hostile name is put past validation"
printf 'kind,name,county\nperson,"سارا امینی",TBZ\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "and a plain one imported"
"$HAMYAR" --db "$DB" export donors | od -c | grep -q '033'; ok $? "the name is stored with its ESC"

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_keys Enter
scr_wait "UNS-1"; ok $? "the donor list shows the record"
line=$(scr_cap | grep 'UNS-1')
case "$line" in *"␛"*) r=0 ;; *) r=1 ;; esac; ok $r "ESC is shown as the visible placeholder ␛"
case "$line" in *"◊"*) r=0 ;; *) r=1 ;; esac; ok $r "U+202E is shown as the visible placeholder ◊"
case "$line" in *"$(vis 'حسن')"*) r=0 ;; *) r=1 ;; esac; ok $r "the Persian part of the name is still drawn"
scr_cap | head -n 1 | grep -qF "$(vis 'همیار')"; ok $? "the title bar is intact (no clear screen)"
scr_cap | tail -n 1 | grep -qF "$(vis 'جست‌وجو')"; ok $? "the function-key bar is intact"
scr_cap | grep -q 'UNS-2'; ok $? "the other rows are intact"
scr_cap | grep 'UNS-2' | grep -qF "$(vis 'سارا امینی')"; ok $? "and not reordered by the override"
scr_keys Down Down Up; scr_keys Enter 	# open UNS-1 (name order: حسن before سارا)
scr_wait "$(vis 'کد ملی:')"
scr_cap | grep -F "$(vis 'نام*:')" | grep -q '␛.*◊\|◊.*␛'; ok $? "the form's name field shows both placeholders too"
scr_cap | head -n 1 | grep -qF "$(vis 'همیار')"; ok $? "and the screen is still intact"
scr_keys F10; scr_keys F10; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
done_testing
