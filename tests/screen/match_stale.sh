# F2 on the matching screen records the amount the preview showed, or
# nothing: when another session (here the CLI, as a second SSH login
# would) pledges to the need between Enter and F2, the need's gap is not
# the one the amount came from.  F2 then records nothing, says that the
# gap changed and what it is now, and the preview shows the new amount; F2
# again records that.  Before, it wrote the old amount, and the need's
# pledges passed its estimated cost without the warning the pledge form
# gives.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
amounts() { "$HAMYAR" --db "$DB" export pledges | tr -d '\r' | grep ",TST-20," | cut -d, -f5 | sort -n | tr '\n' ' '; }

work_open "$DB"
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter
scr_type 'TST-10'; scr_wait "TST-10" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نیازهای جور با یک خیّر')"; ok $? "the needs that fit TST-10 (شرکت فولاد آذر)"
n=$("$HAMYAR" --db "$DB" match donor TST-10 | awk '{print $1}' | grep -n '^TST-20$' | cut -d: -f1)
[ -n "$n" ]; ok $? "TST-20 (ساخت اتاق نگهبانی, 300,000,000) is among them"
scr_keys Home; while [ "${n:-1}" -gt 1 ]; do scr_keys Down; n=$((n - 1)); done
scr_keys Enter
scr_wait "$(vis 'مبلغ: ۳۰۰٬۰۰۰٬۰۰۰ ریال')"; ok $? "Enter: a pledge of the whole gap, 300,000,000"
# meanwhile, another session pledges 100,000,000 to TST-20
printf 'donor,need,type,amount,pledged_on\nTST-11,TST-20,space,100000000,1403/08/01\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null; ok $? "another session pledges 100,000,000 to TST-20"
scr_keys F2
scr_wait "$(vis 'کسری نیاز TST-20 در این میان')"; ok $? "F2: the gap changed meanwhile, it says"
scr_cap | grep -qF "$(vis '۲۰۰٬۰۰۰٬۰۰۰ ریال است.')"; ok $? "... and what it is now"
scr_cap | grep -qF "$(vis 'چیزی ثبت نشد؛ تعهد تازه را دوباره ببینید.')"; ok $? "... the whole sentence shown, not cut"
is "$(amounts)" "100000000 " "... and nothing was recorded"
scr_wait "$(vis 'مبلغ: ۲۰۰٬۰۰۰٬۰۰۰ ریال')"; ok $? "the preview now shows the gap left, 200,000,000"
scr_keys F2; scr_wait "$(vis 'مبلغ (ریال)')" >/dev/null; scr_keys Enter	# the amount proposed kept
scr_wait "$(vis 'ثبت شد: خیّر TST-10، نیاز TST-20، ۲۰۰٬۰۰۰٬۰۰۰ ریال.')"; ok $? "F2 again records that"
is "$(amounts)" "100000000 200000000 " "... the need's pledges reach its estimate, not past it"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
