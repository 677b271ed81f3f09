# F2 on a match asks the pledge's amount with the proposal in the box
# (the donor's free capacity or the gap): Enter keeps it, typing replaces
# it with the amount actually agreed, Esc records nothing.  Before, F2
# wrote the proposal, and the clerk could not give the amount agreed.
# More than proposed (past the gap or the donor's free capacity) is asked
# about first.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture database made with the CLI"
amount_of() { "$HAMYAR" --db "$DB" export pledges | tr -d '\r' | awk -F, -v d="$1" -v n="$2" '$2 == d && $3 == n { print $5 }'; }
PROMPT=$(vis 'مبلغ (ریال):')

work_open "$DB"
scr_keys F6; scr_wait "$(vis 'از یک خیّر: نیازهای جور با او')" >/dev/null
scr_keys Enter; scr_type 'شرکت فول'; scr_wait "TST-10" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نیازهای جور با یک خیّر')"; ok $? "the needs that fit TST-10"
scr_keys Enter; scr_wait "$(vis 'F2 آن را ثبت می‌کند.')" >/dev/null
scr_keys F2
scr_wait "$PROMPT"; ok $? "F2 asks the amount"
scr_cap | grep -F "$PROMPT" >/dev/null; scr_cap | grep -qF "$(vis '۳۰۰٬۰۰۰٬۰۰۰')"; ok $? "... the gap proposed"
scr_keys Escape; scr_settle
scr_wait "$(vis 'تعهدی ثبت نشد')"; ok $? "Esc: nothing recorded, it says"
is "$(amount_of TST-10 TST-20)" "" "... and nothing is stored"
# more than proposed (past the gap): asked first, «n» records nothing
scr_keys Enter; scr_wait "$(vis 'F2 آن را ثبت می‌کند.')" >/dev/null
scr_keys F2; scr_wait "$PROMPT" >/dev/null
scr_type '999000000'; scr_keys Enter
scr_wait "$(vis 'بیش از مبلغ پیشنهادی')"; ok $? "999,000,000, past the gap: asked first"
scr_keys n; scr_wait "$(vis 'تعهدی ثبت نشد')"; ok $? "«n»: nothing recorded"
is "$(amount_of TST-10 TST-20)" "" "... and nothing is stored"
scr_keys Enter; scr_wait "$(vis 'F2 آن را ثبت می‌کند.')" >/dev/null
scr_keys F2; scr_wait "$PROMPT" >/dev/null
scr_type '۲۵۰۰۰۰۰۰۰'; scr_keys Enter
scr_wait "$(vis 'ثبت شد')"; ok $? "the amount agreed typed: recorded"
is "$(amount_of TST-10 TST-20)" 250000000 "the pledge stored with the amount typed, not the proposal"
scr_cap | grep -qF "$(vis '۲۵۰٬۰۰۰٬۰۰۰')"; ok $? "the note names the amount recorded"
scr_keys F10; scr_wait "$(vis 'نیازها به تفکیک شهرستان')" >/dev/null
work_quit_dash
done_testing
