# The ranking screen's search (F3, / or typing an id: README "ranking
# screen") on its key bar and in its F1 help at 80x24, in Persian and in
# English, the help still whole on one page.  Before, both were full: the
# key answered, but neither the bar nor the help said so.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
bar() { scr_cap | tail -n 1; }
seen() { scr_cap | grep -qF -- "$1"; }
bottom() { scr_cap | grep -F '└' | tail -n 1; }

work_open "$DB"
scr_keys F4; scr_wait "TOPSIS" >/dev/null; scr_settle
case $(bar) in *"$(vis 'جست‌وجو')F3"*) ok 0 "fa: the bar has F3 «جست‌وجو»" ;;
*) ok 1 "fa: the bar has F3 «جست‌وجو»"; bar | sed 's/^/# /' ;; esac
scr_keys F1; scr_wait "$(vis 'راهنما')" >/dev/null; scr_settle
seen "$(vis 'F3 جست‌وجو')  $(vis 'F1 راهنما')"; ok $? "fa: the help's keys name F3"
seen "$(vis 'نیازی را با شناسه یا شماره‌اش می‌یابد')"; ok $? "fa: the help says F3 finds a need by its id or number"
seen "$(vis 'صفحه‌کلید فارسی/لاتین.')"; ok $? "fa: ... and still fits to the keyboard's line"
case $(bottom) in *▼*) r=1 ;; *) r=0 ;; esac
ok $r "fa: ... no mark of more below"
scr_keys Escape; scr_settle
scr_keys F3; scr_wait "$(vis 'شناسه')"; ok $? "fa: F3 asks for an id"
scr_keys Escape; scr_settle
scr_keys F10; scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0" >/dev/null

scr_start "$DB" --lang en
scr_wait "Main menu" >/dev/null; scr_keys 0
scr_wait "Back" >/dev/null; scr_settle; scr_keys F4
scr_wait "TOPSIS" >/dev/null; scr_settle
case $(bar) in *"F3Find"*) ok 0 "en: the bar has F3 Find" ;;
*) ok 1 "en: the bar has F3 Find"; bar | sed 's/^/# /' ;; esac
scr_keys F1; scr_wait "Help" >/dev/null; scr_settle
seen "F1 Help  F3 Find  F4 TOPSIS/SAW  F6 Weights  F7 Match  F8 County  F10 Back"; ok $? "en: the help's keys, F3 among them, on one line"
seen "finds a need by id or number"; ok $? "en: the help says what F3 finds"
seen "Persian/Latin keyboard."; ok $? "en: ... and still fits to the keyboard's line"
case $(bottom) in *▼*) r=1 ;; *) r=0 ;; esac
ok $r "en: ... no mark of more below"
scr_keys Escape; scr_settle
scr_keys F10; scr_keys F10; scr_wait "Main menu" >/dev/null; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "exits"
done_testing
