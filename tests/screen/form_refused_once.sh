# F2 refused: each reason is said once, under its field (or in the note
# under the fields), and the status line says that nothing was saved and
# names the fields, at 80x24 and at 40x24.  Before, the status said «ذخیره
# نشد: خانه‌های دارای خطا را درست کنید.» naming no field (at 40x24 the
# fields marked may be below the screen's end), and on a pledge naming a
# donor the database could not read it said the note's first half again
# («خیّر TST-12، که این فرم به آن اشاره دارد، خوانده نشد» twice on the
# screen).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/d1"
work_fixture "$DB" && "$HAMYAR" --db "$DB" import pledges "$WORK_DATA/pledges.csv" >/dev/null
ok $? "fixture: donor TST-12 «کارخانهٔ قند اهر», his pledge TST-30"
"$HAMYAR" --db "$DB" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
G="$TMP/g"
is "$(fewer_copy "$TMP/b.mdb" "$G" donor)" 1 "the donors' page: one node fewer (TST-12)"

HAMYAR_BIDI=terminal; export HAMYAR_BIDI	# the text in logical order
flat() { scr_cap | tr -d '\n' | tr -s ' '; }
# count_of TEXT: how many times the screen says TEXT
count_of() { flat | grep -oF -- "$1" | wc -l | tr -d ' '; }

for SCR_SIZE in 80x24 40x24; do
	# a new pledge, nothing typed but what is given in kind: its donor
	# and its kind of contribution are required
	scr_start "$DB"; scr_wait 'منوی اصلی' >/dev/null
	scr_keys 5; scr_wait 'رکوردها:' >/dev/null; scr_keys F5
	scr_wait 'تاریخ تعهد' >/dev/null; scr_keys Tab Tab Tab Tab	# in kind
	scr_type 'کمک به ساخت ايستگاه'; scr_keys Tab F2; scr_settle
	flat | grep -qF 'ذخیره نشد: خانه‌های دارای خطا را درست کنید: خیّر، نوع مشارکت.'
	ok $? "$SCR_SIZE: a new pledge refused, the status naming the donor and the kind"
	scr_keys F10; scr_wait 'ذخیره‌نشده' >/dev/null; scr_keys y
	scr_wait 'رکوردها:' >/dev/null; scr_keys F10; scr_wait 'منوی اصلی' >/dev/null
	scr_keys F10; scr_bye; scr_wait '__EXIT__=0' >/dev/null
	tm kill-server 2>/dev/null

	# pledge TST-30 on the copy that lost its donor
	scr_start "$G"; scr_wait 'منوی اصلی' >/dev/null
	scr_keys 5; scr_wait 'رکوردها:' >/dev/null; scr_keys Enter
	scr_wait 'مشارکت TST-30' >/dev/null; scr_settle
	scr_keys F2; scr_settle
	flat | grep -qF 'ذخیره نشد: یادداشت زیر خانه‌ها دربارهٔ «خیّر» را ببینید.'
	ok $? "$SCR_SIZE: F2 on the pledge naming a donor not read: not saved, naming the field"
	is "$(count_of 'که این فرم به آن اشاره دارد')" 1 "$SCR_SIZE: ... the donor not read said once, in the note"
	scr_keys F10; scr_wait 'رکوردها:' >/dev/null; scr_keys F10; scr_wait 'منوی اصلی' >/dev/null
	scr_keys F10; scr_bye; scr_wait '__EXIT__=0' >/dev/null
	tm kill-server 2>/dev/null
done

# At 40x24 a field's message takes the rows under it across the screen:
# the 15 columns under a national id cut the donor's name to «مع…د…» and
# lost what to do
printf 'name,kind,national_id,county\n%s\n' 'مریم رضایی‌نژاد,person,0012345679,TBZ' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/n.csv" >/dev/null 2>&1; ok $? "a donor with national id 0012345679"
SCR_SIZE=40x24
scr_start "$DB"; scr_wait 'منوی اصلی' >/dev/null
scr_keys 1; scr_wait 'رکوردها:' >/dev/null; scr_keys F5
scr_wait 'کد ملی:' >/dev/null
scr_keys Space; scr_wait 'شخص حقیقی' >/dev/null; scr_keys Enter
scr_keys Tab; scr_type 'علي‌رضا کاظمي'; scr_keys Tab
scr_type '۰۰۱۲۳۴۵۶۷۹'; scr_keys Tab; scr_settle
flat | grep -qF 'خطا: این کد ملی پیش‌تر برای'; ok $? "40x24: the national id already registered, said under it"
flat | grep -qF 'مریم رضایی‌نژاد'; ok $? "... naming the donor who has it, whole"
flat | grep -qF 'همان رکورد را ویرایش کنید'; ok $? "... and what to do: edit that record"
scr_keys F10; scr_wait 'ذخیره‌نشده' >/dev/null; scr_keys y
scr_wait 'رکوردها:' >/dev/null; scr_keys F10; scr_wait 'منوی اصلی' >/dev/null
scr_keys F10; scr_bye; scr_wait '__EXIT__=0' >/dev/null
tm kill-server 2>/dev/null

# A payment whose pledge's other payments are read short (the payments'
# table cut short): at 40x24 the status says it whole, the damage and
# what to do being the note's (before, it said the damage too, and was
# cut before pointing to the note)
work_short_copies
scr_start "$Y"; scr_wait 'منوی اصلی' >/dev/null
scr_keys 6; scr_wait 'رکوردها:' >/dev/null; scr_keys Enter; scr_wait 'پرداخت TST-50' >/dev/null
scr_keys Tab Tab C-u; scr_type '۹۰٬۰۰۰٬۰۰۰'; scr_keys Tab F2; scr_settle
flat | grep -qF 'ذخیره نشد: جمعی که این رکورد با آن سنجیده می‌شود شاید کمتر از واقع باشد (یادداشت پایین صفحه را ببینید).'
ok $? "40x24: F2 on a sum read short: not saved, the status whole, pointing to the note"
flat | grep -qF 'جمع‌های نشان‌داده‌شده شاید کمتر از واقع باشند'; ok $? "... the note at the foot"
done_testing
