# At 40x24, a unit's form and a pledge's form on a copy whose pledges'
# table a failing disk cut short (tests/cli/damage.py fewer pledge: TST-31
# read as not there).  The note at the form's foot that the sums may be
# short, the database named twice, takes about 9 rows at 40 columns; it
# was cut at 4 (draw_at_foot, shared with the lists), after the
# database's name, so that what to do (verify, restore the last backup)
# was read nowhere, while rows above stood empty.  Now it takes the rows
# its words need while the form keeps its rows: the whole sentence, its
# last words «بخش "Backup and restore").» in view, over the status line,
# which stays (F2's refusal too).  Likewise the sentence under a form's
# fields that a record it names could not be read (fewer donor: the
# pledge's donor TST-12), about 10 rows at 40 columns, was cut at 6,
# before what to do; now whole, to «تا فرم به آن اشاره دارد ذخیره
# نمی‌شود.».
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
work_short_copies
. "$HAMYAR_SRC/tests/screen/short.inc"
SCR_SIZE=40x24
form() {	# form DIR MENU TITLE: the form of the first record of list MENU
	scr_start "$1" || return 1
	scr_wait 'منوی اصلی' >/dev/null || return 1
	scr_keys "$2"; scr_wait 'رکوردها:' >/dev/null || return 1
	scr_keys Enter; scr_wait "$3" >/dev/null && scr_settle
}
whole() {	# the note's first words and its last, what to do between
	flat | grep -qF 'جمع‌های نشان‌داده‌شده شاید کمتر از واقع' &&
	    flat | grep -qF "verify' را اجرا کنید" &&
	    flat | grep -qF 'آخرین پشتیبان را برگردانید' &&
	    flat | grep -qF 'بخش "Backup and restore").'
}
keys_bar() { scr_cap | tail -n 1 | grep -qF 'F10'; }

form "$P" 3 'واحد TST-2'; ok $? "the pledges cut short, 40x24: unit TST-2's form"
whole; ok $? "... the whole note at its foot, to «Backup and restore»"
scr_cap | grep -qF 'نام*:'; ok $? "... its fields above it"
keys_bar; ok $? "... the keys' line at the foot"
scr_keys F10; scr_settle; scr_keys F10; scr_wait 'منوی اصلی' >/dev/null
scr_keys F10; scr_bye

form "$P" 5 'مشارکت TST-30'; ok $? "pledge TST-30's form"
i=0; while [ "$i" -lt 3 ]; do scr_keys Tab; i=$((i + 1)); done
scr_keys C-u; scr_type '۱۱۰٬۰۰۰٬۰۰۰'; scr_keys Tab; scr_settle
scr_keys F2; scr_settle
flat | grep -qF 'ذخیره نشد: جمعی که این رکورد با آن سنجیده می‌شود'; ok $? "... F2: not saved, the status line says why"
whole; ok $? "... and the whole note above it"
keys_bar; ok $? "... the keys' line at the foot"
scr_keys F10; scr_settle; scr_keys y; scr_wait 'رکوردها:' >/dev/null
scr_keys F10; scr_wait 'منوی اصلی' >/dev/null; scr_keys F10; scr_bye

G="$TMP/g"
is "$(fewer_copy "$TMP/b.mdb" "$G" donor)" 1 "the donors' page: one node fewer (TST-12)"
form "$G" 5 'مشارکت TST-30'; ok $? "the donors cut short, 40x24: pledge TST-30's form"
flat | grep -qF 'خیّر TST-12، که این فرم به آن اشاره دارد، خوانده نشد'
ok $? "... under its fields: the donor TST-12 could not be read"
flat | grep -qF 'آخرین پشتیبان را برگردانید' && flat | grep -qF 'تا فرم به آن اشاره دارد ذخیره نمی‌شود.'
ok $? "... the whole sentence, to «ذخیره نمی‌شود.»"
scr_keys F2; scr_settle
flat | grep -qF 'ذخیره نشد: یادداشت زیر خانه‌ها دربارهٔ «خیّر» را ببینید'; ok $? "... F2: the status line says why"
flat | grep -qF 'تا فرم به آن اشاره دارد ذخیره نمی‌شود.'; ok $? "... the sentence still whole above it"
keys_bar; ok $? "... the keys' line at the foot"
done_testing
