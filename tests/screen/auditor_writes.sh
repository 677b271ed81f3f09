# An auditor (SPEC §2, §11: read-only) on the screens that write, as
# another real uid (nobody through setpriv; root only), on 80 columns in
# Persian: each refusal is a whole sentence that says who makes the
# change, and nothing is stored.
# - F5 on a list: the refusal was cut at the line's end with "…"; it now
#   takes two lines.
# - F5 on the ceremonies: he was asked the title, the place and the date,
#   then refused, then asked them all again; now refused before any.
# - F2 on the ranking weights and F7 (sync conflicts): he was told that
#   the clerks and supervisors of each county make the change; now that
#   provincial HQ or the administrator does.
# - F8, the audit log, with F5 (one user's changes) works for him.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
work_nobody_fixture
scr_nobody_user auditor "" "an auditor"
before=$("$HAMYAR" --db "$DB" export all --format json)
entries() { "$HAMYAR" --db "$DB" audit | grep -Ec '^(1[34]|۱[۳۴])'; }
n0=$(entries)
RO="$(vis 'حسابرس فقط می‌تواند بخواند')"

scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; ok $? "the auditor starts the program"
scr_keys 1; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F5; scr_settle
scr_cap | grep -qF "$RO"; ok $? "F5 on the donors: he is told he only reads"
scr_cap | grep -qF "$(vis 'استان انجام می‌دهند.')"; ok $? "... the whole sentence, to its end"
scr_cap | grep -q '…'; is $? 1 "... not cut with an ellipsis"
# a donor's form: typing, F2 and F8 refused, nothing kept as a draft;
# its help is a reader's (before, the writer's: F2 saves, F8 makes the
# record inactive, typing is kept as a draft)
scr_keys Enter; scr_wait "$(vis 'فقط‌خواندنی')" >/dev/null; ok $? "Enter: a donor's form, read only"
scr_type 'علي‌رضا'; scr_keys F2; scr_settle
scr_cap | grep -qF "$RO"; ok $? "... typing and F2: he is told he only reads"
scr_cap | grep -qF 'علی‌رضا'; is $? 1 "... nothing typed into the form"
scr_keys F8; scr_settle
scr_cap | grep -qF "$RO"; ok $? "... F8 too"
scr_keys F1; scr_wait "$(vis 'این رکورد را فقط می‌توانید بخوانید')"; ok $? "... F1: the help of a record to read"
scr_cap | grep -q 'F2\|F8'; is $? 1 "... not the writer's keys (F2 saves, F8 inactive)"
scr_cap | grep -qF "$(vis 'پیش‌نویس')"; is $? 1 "... nor the draft"
scr_keys Escape; scr_settle; scr_keys F10; scr_wait "$(vis 'جست‌وجو:')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
scr_keys F7; scr_wait "$(vis 'مراسم‌ها')"; ok $? "F7 on the dashboard: the ceremonies"
scr_keys F5; scr_settle
scr_cap | grep -qF "$RO"; ok $? "F5 there: he is told he only reads"
scr_cap | grep -qF "$(vis 'عنوان:')"; is $? 1 "... before being asked a ceremony's title"
scr_keys Enter; scr_settle
scr_cap | grep -qF "$(vis 'عنوان:')"; is $? 1 "... nor asked it after the message"
scr_cap | grep -qF "$(vis 'مراسم‌ها')"; ok $? "... and is back on the ceremonies"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null

scr_keys F4; scr_wait "TOPSIS" >/dev/null
# the weights: his to read only; a judgement typed changes nothing and
# says why, so leaving asks nothing (before, the matrix took it, and F10
# asked whether to save it with F2, which was then refused)
scr_keys F6; scr_wait 'CR' >/dev/null; scr_settle
cr0=$(scr_cap | grep 'CR = ')
scr_keys Right; scr_type '7'; scr_settle
scr_cap | grep -qF "$RO"; ok $? "a judgement typed on the weights: he is told he only reads"
is "$(scr_cap | grep 'CR = ')" "$cr0" "... and the matrix is as it was (the same λmax, CI and CR)"
scr_type '+'; scr_type '/'; scr_type '۳'; scr_settle
is "$(scr_cap | grep 'CR = ')" "$cr0" "... nor do +, / and a Persian digit change it"
scr_keys F2; scr_settle
scr_cap | grep -qF "$RO"; ok $? "F2 on the weights: he only reads"
scr_cap | grep -qF "$(vis 'این را ستاد استان یا مدیر سامانه تغییر می‌دهد.')"; ok $? "... and HQ or the administrator changes them"
scr_cap | grep -qF "$(vis 'کارشناسان و سرپرستان')"; is $? 1 "... not the counties' clerks and supervisors"
scr_keys Enter; scr_settle
scr_keys F1; scr_wait "$(vis 'شما وزن‌ها را فقط می‌خوانید:')"; ok $? "F1: the help of weights to read"
scr_cap | grep -q 'F2'; is $? 1 "... not saying F2 saves them"
scr_keys Escape; scr_settle
scr_keys F10; scr_wait "TOPSIS"; ok $? "F10: back to the ranking"
scr_cap | grep -qF "$(vis 'وزن‌ها تغییرهای ذخیره‌نشده دارند.')"; is $? 1 "... asked nothing about unsaved changes"
scr_keys F10; scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

scr_keys F7; scr_settle
scr_cap | grep -qF "$(vis 'این را ستاد استان یا مدیر سامانه تغییر می‌دهد.')"; ok $? "F7 (sync conflicts): HQ or the administrator decides them"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null

scr_keys F8; scr_wait "$(vis 'تغییرهای')"; ok $? "F8: the audit log opens for him"
scr_keys F5; scr_wait "$(vis 'نام کاربری')" >/dev/null
scr_type "$(id -un)"; scr_keys Enter
nfa=$(printf '%s\n' "$n0" | "$HAMYAR" text digits-fa)
scr_wait "$(vis "تغییرهای کاربر $(id -un): $nfa")"; ok $? "F5: that user's changes, all $n0 of them"
scr_cap | grep -qF "$(vis 'کاربر nobody را افزود')"; ok $? "... the owner's making him an auditor among them"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"

is "$("$HAMYAR" --db "$DB" export all --format json)" "$before" "nothing of his was stored"
is "$(entries)" "$n0" "... and the audit log holds no entry of his"
done_testing
