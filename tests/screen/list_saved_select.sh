# Back on a list from a form that saved a record (F5 and F2, or Enter, a
# change and F2), the record is selected and in view, in name order and in
# a list sorted with F6, at 80x24 and 40x24: Enter opens it again, and the
# clerk sees where it went.  Before, the list came back at the page it was
# left at (its first, here), the row at the old place selected, and only
# the status line named the record saved (9 of 21 checks fail without).
# A list searched by words, which cannot seek the record, stays at its
# page (the last checks: the search's second page kept).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null; ok $? "init"
{ echo 'name,kind,county'
  for n in 'آرش' 'بهرام' 'پرویز' 'تینا' 'ثریا' 'جواد' 'چنگیز' 'حسن' 'خسرو' 'داوود' 'ذبیح‌الله' 'رضا' \
      'زهرا' 'ژاله' 'سعید' 'شهرام' 'صادق' 'ضیاءالدین' 'طاهره' 'ظریف' 'عباس' 'غلامعلی' 'فرهاد' 'قاسم' \
      'کاوه' 'گلناز' 'لیلا' 'مهدی' 'نرگس' 'وحید' 'هادی' 'یاسر'; do
	echo "$n احمدی‌نژاد,person,TBZ"
  done; } >"$TMP/d.csv"	# TBZ-1 .. TBZ-32, in name order
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "32 donors"
E=$(printf '\033')
# NAME's row in the list is the selected one (reverse video)
selected() {
	_n=$(scr_cap | grep -nF "$(vis "$1")" | head -n 1 | cut -d: -f1)
	[ -n "$_n" ] && tm capture-pane -p -e -t main | sed -n "${_n}p" | grep -qE "$E\\[([0-9]+;)*7m"
}
# NAME is on a row of the list (not the status line naming what was saved)
shown() { scr_cap | grep -vF "$(vis 'ذخیره شد:')" | grep -qF "$(vis "$1")"; }
new_donor() {	# NAME: F5 on the donors, a person of Tabriz named NAME, F2
	scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null
	scr_keys Space; scr_wait "$(vis 'شخص حقیقی')" >/dev/null; scr_keys Enter
	scr_keys Tab; scr_type "$1"; scr_keys Tab Tab Tab Tab Tab; scr_type 'تبریز'; scr_keys Tab
	scr_keys F2; scr_wait "$(vis 'ذخیره شد:')" >/dev/null; scr_settle
}

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 1
scr_wait "$(vis 'آرش احمدی‌نژاد')" >/dev/null
new_donor 'مريم نوري‌زاده'
scr_cap | grep -qF "$(vis 'ذخیره شد: TBZ-33')"; ok $? "80x24, name order: F5, F2 saves TBZ-33"
shown 'مریم نوری‌زاده'; ok $? "... back on the list, in view (29th of 33 in name order)"
selected 'مریم نوری‌زاده'; ok $? "... and selected"
scr_keys Enter; scr_wait "$(vis 'خیّر TBZ-33')"; ok $? "Enter opens it again"
scr_keys Tab; scr_keys C-u; scr_type 'آبتین نوری‌زاده'; scr_keys Tab F2
scr_wait "$(vis 'ذخیره شد:')" >/dev/null; scr_settle
shown 'آبتین نوری‌زاده'; ok $? "renamed آبتین and saved: in view, now first in name order"
selected 'آبتین نوری‌زاده'; ok $? "... and selected"
selected 'آرش احمدی‌نژاد'; is $? 1 "... not the row after it"

scr_sort_by 'شناسه'; scr_wait "$(vis 'آرش احمدی‌نژاد')" >/dev/null; scr_settle
new_donor 'یوسف رحیمی'
shown 'یوسف رحیمی'; ok $? "sorted by id (F6): the new TBZ-34, last, in view"
selected 'یوسف رحیمی'; ok $? "... and selected"
shown 'آرش احمدی‌نژاد'; is $? 1 "... the first page left"
scr_keys Home; scr_settle; scr_keys Enter; scr_wait "$(vis 'خیّر TBZ-1')" >/dev/null
scr_keys Tab; scr_keys C-u; scr_type 'آرش احمدی‌نژاد ثانی'; scr_keys Tab F2
scr_wait "$(vis 'ذخیره شد:')" >/dev/null; scr_settle
selected 'آرش احمدی‌نژاد ثانی'; ok $? "the first, edited in the sorted list: selected where it stays"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null; tm kill-server 2>/dev/null

SCR_SIZE=40x24 scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys 1
scr_wait 'TBZ-' >/dev/null; scr_settle
new_donor 'نسرین کاظمي'
shown 'نسرین کاظمی'; ok $? "40x24, name order: the new TBZ-35 in view"
selected 'نسرین کاظمی'; ok $? "... and selected"
shown 'آبتین نوری‌زاده'; is $? 1 "... the first page left"
scr_sort_by 'شناسه'; scr_wait 'TBZ-1' >/dev/null; scr_settle
new_donor 'پریسا صادقی'
shown 'پریسا صادقی'; ok $? "40x24 sorted by id: the new TBZ-36 in view"
selected 'پریسا صادقی'; ok $? "... and selected"
scr_sort_by 'نام'; scr_settle
scr_type 'احمدي'; scr_wait "$(vis 'ثریا')" >/dev/null; scr_keys PageDown; scr_settle
selected 'طاهره'; ok $? "a search «احمدي», PageDown: طاهره (TBZ-19) selected on its second page"
scr_keys Enter; scr_wait "$(vis 'خیّر TBZ-19')" >/dev/null
scr_keys Tab Tab Tab Tab; scr_type '09141112233'; scr_keys Tab F2
scr_wait "$(vis 'ذخیره شد:')" >/dev/null; scr_settle
shown 'طاهره'; ok $? "... her mobile saved: the search's page kept, she in view"
selected 'طاهره'; ok $? "... and selected"
done_testing
