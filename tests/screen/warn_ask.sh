# Warnings said when a field is left (a name typed with the keyboard in
# Latin, a mobile another donor has) make F2 ask once, in Persian, yes /
# no, naming the fields, as the program's other questions do: «no» keeps
# the form, not saved, on the first field warned about; yes (or F2, as
# in every question) saves.  Before, F2 saved a Latin-typed name at once,
# the warning dropped, and a shared mobile got only a line in the status
# bar asking for a second F2.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"

scr_firstrun "$DB" WRN; ok $? "first start"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
printf 'name,kind,national_id,mobile,county\n%s\n' \
    'زهرا موسوی‌پور,person,0012345679,09141234567,TBZ' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "one donor imported (WRN-1)"
ASK="$(vis 'با این حال این رکورد ذخیره شود؟')"
LATIN="$(vis 'هشدار: با حروف لاتین')"
ndonors() { "$HAMYAR" --db "$DB" export donors | tr -d '\r' | awk 'NR > 1' | wc -l | tr -d ' '; }
new_donor() {	# new_donor NAME MOBILE: a person donor of Maragheh, up to F2
	scr_keys F5; scr_wait "$(vis 'کد ملی:')" >/dev/null
	scr_keys Space; scr_wait "$(vis 'شخص حقیقی')" >/dev/null; scr_keys Enter
	scr_keys Tab; scr_type "$1"; scr_keys Tab Tab Tab	# national id, legal id: empty
	scr_type "$2"; scr_keys Tab Tab F4
	scr_wait "$(vis 'مراغه')" >/dev/null; scr_keys Enter
}

scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys Enter
scr_wait "WRN-1" >/dev/null
# 1. the name typed on the Latin layout ("ugd ;vdld" for «علی کریمی»)
new_donor 'ugd ;vdld' '0914 765 4321'
scr_wait "$LATIN"; ok $? "leaving the name warned it is in Latin letters"
scr_keys F2
scr_wait "$ASK" 5; ok $? "F2 asks before saving the record with the warning"
scr_cap >"$TMP/q"
grep -qF "$(vis 'بله (y)')" "$TMP/q" && grep -qF "$(vis 'خیر (n)')" "$TMP/q"; ok $? "yes / no, in Persian"
grep -qF "$(vis 'هشدار در: نام.')" "$TMP/q"; ok $? "naming the field warned about (نام)"
is "$(ndonors)" 1 "nothing saved while asked"
scr_keys n
scr_wait "$(vis 'ذخیره نشد: هشدارها را ببینید.')"; ok $? "«no»: not saved, and said so"
scr_cap | grep -qF "$LATIN"; ok $? "the warning still under the name"
is "$(ndonors)" 1 "nothing saved"
scr_keys F2; scr_wait "$ASK" 5; ok $? "F2 again asks again"
scr_keys y
scr_wait 'WRN-2'; ok $? "yes saves it"
is "$(ndonors)" 2 "stored"
# 2. the mobile of WRN-1, in Persian digits, and a Persian name with an
# Arabic yeh and a ZWNJ: one warning, one question, F2 answering yes
new_donor 'مريم حسين‌زاده' '۰۹۱۴ ۱۲۳ ۴۵۶۷'
scr_wait "$(vis 'هشدار: این شماره برای')"; ok $? "leaving the mobile warned it is WRN-1's"
scr_keys F2
scr_wait "$ASK" 5; ok $? "F2 asks before saving a shared mobile"
scr_cap | grep -qF "$(vis 'هشدار در: تلفن همراه.')"; ok $? "naming the mobile"
scr_keys F2
scr_wait 'WRN-3'; ok $? "F2 in the question saves, as yes"
is "$(ndonors)" 3 "stored"
# 3. both: one question naming both fields
new_donor 'Sahand ;vdld' '09141234567'
scr_wait "$(vis 'هشدار: این شماره برای')" >/dev/null
scr_keys F2
scr_wait "$ASK" 5; ok $? "two warnings: one question"
scr_cap | grep -qF "$(vis 'هشدار در: نام، تلفن همراه.')"; ok $? "naming both fields"
scr_keys y
scr_wait 'WRN-4'; ok $? "one yes saves it"
scr_cap | grep -qF "$ASK"; is $? 1 "no second question"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "the program quits cleanly"
"$HAMYAR" --db "$DB" export donors | tr -d '\r' | awk -F, 'NR > 1 { print $1 "," $3 "," $6 }' >"$TMP/out"
printf '%s\n' 'WRN-1,زهرا موسوی‌پور,09141234567' 'WRN-2,ugd ;vdld,09147654321' \
    'WRN-3,مریم حسین‌زاده,09141234567' 'WRN-4,Sahand ;vdld,09141234567' >"$TMP/want"
cmp -s "$TMP/out" "$TMP/want"; ok $? "stored as typed (the name normalised, the mobiles in one form)"
done_testing
