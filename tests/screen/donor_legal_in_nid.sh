# An organisation's legal id typed in the donor form's «کد ملی» (the field
# above «شناسه ملی»), or a person's national id in «شناسه ملی»: the error
# says which id it is, not that a national id has ten digits (or a legal
# id eleven).  A value that is neither is still said so.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" LEG; ok $? "first start"
scr_keys Enter; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null
scr_keys Space; scr_wait "$(vis 'شخص حقوقی')" >/dev/null
scr_type 'حح'; scr_keys Enter
scr_keys Tab; scr_type 'شركت ساختمانی البرز'; scr_keys Tab
scr_type '۱۰۱۰۱۰۰۰۰۰۱'; scr_keys Tab
scr_wait "$(vis 'این شناسه ملی شخص حقوقی')"; ok $? "a legal id in «کد ملی»: said to be an organisation's legal id"
holds "$(scr_below 'کد ملی:')" "$(vis 'نه کد ملی')" "... under the national id"
scr_cap | grep -qF -- "$(vis 'کد ملی ۱۰ رقم دارد')"; is $? 1 "... not the national id's length"
# the legal id in its own field: no error left
scr_keys BTab C-u Tab; scr_type '10101000001'; scr_keys Tab
scr_gone "$(vis 'این شناسه ملی شخص حقوقی')"; ok $? "the legal id in «شناسه ملی»: the error gone"
# a person's national id in «شناسه ملی»
scr_keys BTab C-u; scr_type '۰۰۱۲۳۴۵۶۷۹'; scr_keys Tab
scr_wait "$(vis 'این کد ملی شخص حقیقی')"; ok $? "a national id in «شناسه ملی»: said to be a person's national id"
scr_cap | grep -qF -- "$(vis 'شناسه ملی ۱۱ رقم دارد')"; is $? 1 "... not the legal id's length"
# 11 digits that are no legal id: still a national id's length
scr_keys BTab C-u BTab C-u; scr_type '10101000002'; scr_keys Tab
scr_wait "$(vis 'کد ملی ۱۰ رقم دارد')"; ok $? "11 digits that are no legal id in «کد ملی»: its length said"
done_testing
