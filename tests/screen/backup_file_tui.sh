# The full-screen program on a backup file (--db /mnt/usb/hamyar.mdb, to
# check a backup before it is put back) opens it to read only, as the
# verbs do.  It said nothing of it: the menu, F5 and the forms were as on
# the station's database, and a clerk's typing was refused only at F2,
# «ذخیره نشد: پایگاه داده فقط‌خواندنی باز شده است», without why.  Now it
# says at the start that this is a file opened to look through and that
# the program is started on the database's folder to change it, and F5 in a list says why nothing can
# be made, as on a disk mounted read-only.  The file is not changed.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
mkdir -p "$TMP/usb"
"$HAMYAR" --db "$DB" backup "$TMP/usb/پشتیبان ۱۴۰۵.mdb" >/dev/null; ok $? "a backup"
B="$TMP/usb/پشتیبان ۱۴۰۵.mdb"
sum=$(cksum <"$B")

scr_start "$B"
scr_wait "$(vis 'فقط‌خواندنی')"; ok $? "at the start: a box titled read only"
scr_cap | grep -qF -- "$(vis 'data.mdb')"; ok $? "... which says it is a file (a backup, or a data.mdb)"
scr_cap | grep -qF -- "$(vis 'روی پوشهٔ آن باز کنید، نه روی این پرونده')"; ok $? "... and to start the program on the database's folder to change it"
scr_keys Enter; scr_wait "$(vis 'منوی اصلی')"; ok $? "Enter: the main menu"
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')"
scr_keys F5; scr_settle
scr_cap | grep -qF -- "$(vis 'چیزی ذخیره نمی‌شود: پایگاه داده از یک پرونده')"
ok $? "F5 in the donors' list: nothing can be saved, the database opened from a file"
scr_cap | grep -qF -- "$(vis 'کد ملی:')"; is $? 1 "... and no form opened to type into"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
is "$(cksum <"$B")" "$sum" "the backup file is not changed"
done_testing
