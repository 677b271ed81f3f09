# A column empty on every row shown (donors imported without a national
# id or a mobile) is left out, heading and all, and its room goes to the
# other columns (list_layout; list_empty_drop.sh), at 80 columns in
# Persian and in English: a long name shown whole that was cut before
# («محمدرضا احمدی‌نژاد خسروشاهی»).  The columns keep their order, and a
# list where one row has a mobile shows it whole.  Before lists3, the
# empty national id and mobile kept their 12 cells each; before lists4,
# their headings over nothing.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station TBZ --name 'ستاد تبریز' >/dev/null; ok $? "init"
cat >"$TMP/donors.csv" <<'CSV'
id,kind,name,county
TBZ-10,person,سیده‌زهرا عبدالله‌زاده قره‌باغی اصل,TBZ
TBZ-11,person,محمدرضا احمدي‌نژاد خسروشاهی,AHR
TBZ-12,person,شرکت فرش دستباف آذربایجان شرقی,TBZ
CSV
"$HAMYAR" --db "$D" import donors "$TMP/donors.csv" >/dev/null; ok $? "import donors with no id or mobile"
HEAD() { scr_cap | sed -n 3p; }
ROW() { scr_cap | grep -F "$1"; }

scr_start "$D"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 1
scr_wait 'TBZ-12' >/dev/null; scr_settle
ROW TBZ-11 | grep -qF "$(vis 'محمدرضا احمدی‌نژاد خسروشاهی')"; ok $? "80 columns: the long name whole"
HEAD | grep -qF "$(vis 'تلفن همراه')"; is $? 1 "... the mobile's column left out, heading and all"
HEAD | grep -qF "$(vis 'کد/شناسهٔ ملی')"; is $? 1 "... and the national id's"
h=$(HEAD)
case $h in *"$(vis 'شهرستان')"*"$(vis 'نام')"*"$(vis 'شناسه')") r=0 ;; *) r=1 ;; esac
ok $r "... the columns in their order (right to left: id, name, county)"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"

scr_start "$D" --lang en
scr_wait "Main menu"; scr_keys 1
scr_wait 'TBZ-12' >/dev/null; scr_settle
ROW TBZ-11 | grep -qF "$(vis 'محمدرضا احمدی‌نژاد خسروشاهی')"; ok $? "English: the long name whole"
HEAD | grep -qE '^ Id .*Name +County'; ok $? "... id, name and county, in order"
HEAD | grep -qE 'Mobile|Nat/legal id'; is $? 1 "... no empty mobile nor national id"
scr_keys F10; scr_wait "Main menu"; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"

# one donor with a mobile: the column has its width back
printf 'id,kind,name,county,mobile\nTBZ-13,person,علی کریمی,TBZ,09141234567\n' >"$TMP/more.csv"
"$HAMYAR" --db "$D" import donors "$TMP/more.csv" >/dev/null; ok $? "import a donor with a mobile"
scr_start "$D"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 1
scr_wait 'TBZ-13' >/dev/null; scr_settle
ROW TBZ-13 | grep -qF "$(vis '۰۹۱۴۱۲۳۴۵۶۷')"; ok $? "a mobile shown whole"
HEAD | grep -qF "$(vis 'تلفن همراه')"; ok $? "... under its heading"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "exits"
done_testing
