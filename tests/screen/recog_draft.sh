# The prompts of a new ceremony (F5 on the ceremonies, F7 on the
# dashboard) keep what was typed as a draft, as a payment's and a stage's
# do: the connection drops (SIGHUP) or the program is told to stop
# (SIGTERM) in the middle of them, and the next start, or the next F5 on
# the ceremonies, offers the typing back; each prompt starts with what was
# typed in it.  A ceremony recorded, or its prompts cancelled with Esc,
# leaves no draft.  Before, the typing was gone.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
OFFER='دفعهٔ پیش یک فرم ذخیره‌نشده ماند:'
TITLE_P='عنوان:'
PLACE_P='مکان:'
DATE_P='تاریخ برگزاری (سال/ماه/روز):'
pid_of() { pgrep -f -- "--db $DB\$" | head -n 1; }
gone() {	# waits until process $1 has ended; 0 if it has
	n=50; while [ "$n" -gt 0 ] && [ -n "$1" ] && kill -0 "$1" 2>/dev/null; do sleep 0.1; n=$((n - 1)); done
	[ -n "$1" ] && ! kill -0 "$1" 2>/dev/null
}
drop() {	# the SSH link drops: the terminal goes away (SIGHUP)
	pid=$(pid_of)
	tm kill-server
	gone "$pid"
}
ceremonies() { scr_keys F7; scr_wait "$(vis 'هنوز مراسمی نیست: F5 یکی ثبت می‌کند.')"; }

work_fixture "$DB"; ok $? "fixture database made with the CLI"

# --- the link drops in the place's prompt ---
work_open "$DB"
ceremonies; ok $? "F7: the ceremonies, none yet"
scr_keys F5
scr_wait "$(vis "$TITLE_P")"
scr_type 'تجلیل از خيّرین هفتهٔ ناجا'; scr_keys Enter	# Arabic yeh, ZWNJ
scr_wait "$(vis "$PLACE_P")"
scr_type 'سالن همایش'; scr_wait "$(vis 'سالن همایش')"
drop; ok $? "the program ends when the link drops in the middle of a new ceremony"

scr_start "$DB"
scr_wait "$(vis "$OFFER")"; ok $? "the next start offers the ceremony typed"
scr_cap | grep -qF "$(vis 'مراسم تازه')"; ok $? "... naming it a new ceremony"
scr_keys y
scr_wait "$(vis "$TITLE_P")"; ok $? "resumed: the ceremony's prompts again"
row_has "│" "$(vis 'تجلیل از خيّرین هفتهٔ ناجا')"; ok $? "the title prompt holds the title typed"
scr_keys Enter
scr_wait "$(vis "$PLACE_P")"
row_has "│" "$(vis 'سالن همایش')"; ok $? "the place prompt holds what was half typed"
scr_type ' فرماندهی'; scr_keys Enter
scr_wait "$(vis "$DATE_P")"
scr_type '۱۴۰۳/۱۰/۱۵'; scr_keys Enter
scr_wait "$(vis 'مراسم ثبت شد: TST-24')"; ok $? "the ceremony is recorded"
"$HAMYAR" --lang en --db "$DB" audit --id TST-24 | grep -q 'place: (empty) -> "سالن همایش فرماندهی"'
ok $? "stored with the place typed before and after the drop"
"$HAMYAR" --lang en --db "$DB" audit --id TST-24 | grep -q 'title: (empty) -> "تجلیل از خیرین هفتهٔ ناجا"'
ok $? "and the title typed before it"
scr_keys F10; scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_cap | grep -qF "$(vis "$OFFER")"; is $? 1 "a ceremony recorded leaves no draft"

# --- SIGTERM in the title's prompt; put off at the start, offered by F5 ---
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
scr_keys F7; scr_wait "$(vis 'TST-24')"
scr_keys F5
scr_wait "$(vis "$TITLE_P")"; scr_type 'جشن نیکوکاری ۱۴۰۴'; scr_wait "$(vis 'جشن نیکوکاری ۱۴۰۴')"
pid=$(pid_of); [ -n "$pid" ] && kill -TERM "$pid"
scr_wait "__EXIT__=0"; ok $? "SIGTERM in the middle of a new ceremony: the program exits cleanly"
scr_start "$DB"
scr_wait "$(vis "$OFFER")"; ok $? "the draft is offered after SIGTERM too"
scr_keys Escape
scr_gone "$(vis "$OFFER")"; ok $? "Esc: put off, the main menu"
sleep 0.7	# a digit soon after Esc would be an F-key
scr_keys 0; scr_wait "$(vis 'نیازها به تفکیک شهرستان')"
scr_keys F7; scr_wait "TST-24"
scr_keys F5
scr_wait "$(vis "$OFFER")"; ok $? "F5 on the ceremonies asks about its draft"
scr_cap | grep -qF "$(vis 'مراسم تازه')"; ok $? "... naming it"
scr_keys y
scr_wait "$(vis "$TITLE_P")"
row_has "│" "$(vis 'جشن نیکوکاری ۱۴۰۴')"; ok $? "the title half typed at SIGTERM is back"
scr_keys Escape	# a draft's answers: asked first (prompt_discard.sh)
scr_wait "$(vis 'پاسخ‌هایی که در این پرسش‌ها نوشته‌اید از دست می‌روند.')"; ok $? "Esc asks before discarding them"
scr_keys y
scr_gone "$(vis "$TITLE_P")"; ok $? "yes cancels the ceremony"
scr_keys F5
scr_wait "$(vis "$TITLE_P")"
scr_cap | grep -qF "$(vis "$OFFER")"; is $? 1 "cancelled: the next F5 asks nothing, its draft is gone"
row_has "│" "$(vis 'جشن نیکوکاری')"; is $? 1 "and the title prompt is empty"
scr_keys Escape; scr_gone "$(vis "$TITLE_P")"
"$HAMYAR" --db "$DB" export recognitions 2>/dev/null | grep -c 'جشن نیکوکاری' | grep -qx 0
ok $? "nothing of the cancelled ceremony was stored"
scr_keys F10; scr_keys F10; scr_wait "$(vis 'منوی اصلی')"; scr_keys F10
scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')"
scr_cap | grep -qF "$(vis "$OFFER")"; is $? 1 "no draft is offered at the next start"
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
done_testing
