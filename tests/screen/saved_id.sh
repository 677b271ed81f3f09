# Back on the list after F2 saved a form, the status line names the record
# saved: a new one by the id the store gave it (the clerk writes it on the
# paper form; before, the list started again from its top and nothing said
# which id the new donor got), an edited one too.  The next key clears it.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" SVD; ok $? "first start"
scr_keys Enter; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_wait "$(vis 'کد ملی:')"
scr_keys Space; scr_wait "$(vis 'شخص حقیقی') │"; scr_keys Enter
scr_keys Tab; scr_type 'نرگس امینی‌پور'
scr_keys Tab Tab Tab Tab Tab; scr_type 'تبریز'; scr_keys Tab
scr_keys F2
scr_wait "$(vis 'جست‌وجو:')"; ok $? "saved: back on the list"
id=$("$HAMYAR" --db "$DB" export donors | tr -d '\r' | awk -F, 'NR == 2 { print $1 }')
case $id in SVD-[0-9]*) ok 0 "the store gave it an id ($id)" ;; *) ok 1 "the store gave it an id ($id)" ;; esac
scr_wait "$(vis "ذخیره شد: $id نرگس امینی‌پور")"; ok $? "the list says which: its new id and name"
scr_keys Down; scr_gone "$(vis 'ذخیره شد:')"; ok $? "the next key clears it"

scr_type "$id"; scr_wait "$id"; scr_keys Enter
scr_wait "$(vis 'کد ملی:')"
scr_keys Tab End; scr_type ' زاده'; scr_keys F2
scr_wait "$(vis "ذخیره شد: $id نرگس امینی‌پور زاده")"; ok $? "an edit saved is named too"
scr_keys Escape; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
