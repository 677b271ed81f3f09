# A clerk's SSH connection hangs with a form half typed; he logs in again.
# The old session is still running (sshd has not noticed yet), and the new
# one offers its draft: he resumes it there and saves it.  When the old
# session's line finally drops, SIGHUP makes it keep its work as a draft:
# it must not write its stale copy back, to be offered at the next start as
# unsaved work and saved a second time (two groups, two payments).  The same
# for a new payment's prompts.  A draft nobody resumed elsewhere is kept on
# SIGHUP as before; and a session that is still in use is told when another
# has taken its form over.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/sessions.inc"
trap '$TM kill-server 2>/dev/null; rm -rf "$TMP"' EXIT
DB="$TMP/db"
vis() { printf '%s\n' "$1" | "$HAMYAR" layout --dir rtl; }
"$HAMYAR" --db "$DB" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "a database"
printf 'id,kind,name,national_id,county\nMRD-5,person,علي‌اكبر كريمي‌نژاد,۰۰۷۶۲۲۹۶۴۵,MRD\n' >"$TMP/d.csv"
"$HAMYAR" --db "$DB" import donors "$TMP/d.csv" >/dev/null; ok $? "a donor"
printf 'id,kind,name,county\nMRD-7,station,کلانتری ۱۱ مرند,MRD\n' >"$TMP/u.csv"
"$HAMYAR" --db "$DB" import units "$TMP/u.csv" >/dev/null; ok $? "a unit"
printf 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status\nMRD-8,MRD-7,equipment,دوربين‌های مداربسته ورودی,90000000,4,4,1404/01/05,assessed\n' >"$TMP/n.csv"
"$HAMYAR" --db "$DB" import needs "$TMP/n.csv" >/dev/null; ok $? "its need"
printf 'id,donor,need,type,amount,pledged_on\nMRD-9,MRD-5,MRD-8,equipment,50000000,1404/01/10\n' >"$TMP/p.csv"
"$HAMYAR" --db "$DB" import pledges "$TMP/p.csv" >/dev/null; ok $? "the donor's pledge to it"

session() {	# NAME: a session of the program on the database
	# (a server still going away when its last session ended refuses a
	# new one: retry)
	for _try in 1 2 3 4 5 6 7 8 9 10; do
		$TM new-session -d -s "$1" -x 80 -y 24 \
		    "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color HAMYAR_BIDI=app HOME='$TMP' '$HAMYAR' --db '$DB'" \
		    2>/dev/null && return 0
		sleep 0.2
	done
	echo "# cannot start tmux"; return 1
}
keys() { $TM send-keys -t "$1" "$2"; sleep 0.2; }
typ() { $TM send-keys -t "$1" -l "$2"; sleep 0.2; }
hangup() {	# NAME: its terminal goes away; wait until the program has ended
	_pid=$($TM list-panes -t "$1" -F '#{pane_pid}')
	$TM kill-session -t "$1"
	_n=50; while [ "$_n" -gt 0 ] && kill -0 "$_pid" 2>/dev/null; do sleep 0.1; _n=$((_n - 1)); done
	! kill -0 "$_pid" 2>/dev/null
}
OFFER=$(vis 'دفعهٔ پیش یک فرم ذخیره‌نشده ماند:')
NAME='هيئت امناي مسجد جامع كوي وليعصر (عج) - شعبه‌ی ۲'

# --- a new group's form, resumed in a second session and saved there ---
session A; wait_for A "$(vis 'منوی اصلی')" >/dev/null
keys A 2; wait_for A "$(vis 'جست‌وجو:')" >/dev/null
keys A F5; wait_for A "$(vis 'رابط:')" >/dev/null
keys A Space; keys A Enter; keys A Tab
typ A "$NAME"; keys A Tab; typ A 'مرند'; keys A Tab
typ A 'حاج‌آقا محمدعلي صادقي‌پور'; keys A Tab
wait_for A "$(vis 'حاج‌آقا محمدعلی صادقی‌پور')"; ok $? "session A: a new group typed (its draft kept on each field left)"
session B
wait_for B "$OFFER"; ok $? "session B (the clerk logged in again) offers the form A has open"
keys B y; wait_for B "$(vis 'حاج‌آقا محمدعلی صادقی‌پور')"; ok $? "... resumed in B"
keys B F2; wait_for B "$(vis 'ذخیره شد:')"; ok $? "... and saved there"
hangup A; ok $? "A's line drops at last (SIGHUP): the program ends"
$TM kill-session -t B
session C; wait_for C "$(vis 'منوی اصلی')" >/dev/null
screen C | grep -qF "$OFFER"; r=$?
is $r 1 "the next start offers nothing: the form was saved"
if [ $r -eq 0 ]; then	# the clerk takes it for unsaved work, and saves it
	keys C y; keys C F2; wait_for C "$(vis 'ذخیره شد:')" >/dev/null
fi
$TM kill-session -t C
n=$("$HAMYAR" --db "$DB" export groups | grep -c 'صادقی‌پور')
is "$n" 1 "one group in the database"

# --- the same, put off at B's start (Esc) and resumed by F5 on the list ---
session A; wait_for A "$(vis 'منوی اصلی')" >/dev/null
keys A 3; wait_for A "$(vis 'جست‌وجو:')" >/dev/null
keys A F5; wait_for A "$(vis 'نشانی:')" >/dev/null
keys A Space; keys A Enter; keys A Tab
typ A 'پاسگاه انتظامی روستای قره‌چمن'; keys A Tab; typ A 'مرند'; keys A Tab
wait_for A "$(vis 'پاسگاه انتظامی روستای قره‌چمن')" >/dev/null
session B
wait_for B "$OFFER" >/dev/null; keys B Escape
wait_for B "$(vis 'منوی اصلی')" >/dev/null; sleep 0.7	# a digit just after Esc is an F-key
keys B 3; wait_for B "$(vis 'جست‌وجو:')" >/dev/null
keys B F5; wait_for B "$OFFER"; ok $? "B puts it off at the start; F5 on the units offers it"
keys B y; wait_for B "$(vis 'پاسگاه انتظامی روستای قره‌چمن')" >/dev/null
keys B F2; wait_for B "$(vis 'ذخیره شد:')"; ok $? "... resumed and saved there"
hangup A; ok $? "A's line drops"
$TM kill-session -t B
session C; wait_for C "$(vis 'منوی اصلی')" >/dev/null
keys C 3; wait_for C "$(vis 'جست‌وجو:')" >/dev/null
keys C F5; wait_for C "$(vis 'نشانی:')" >/dev/null
screen C | grep -qF "$OFFER"; r=$?
is $r 1 "the next F5 on the units offers nothing"
if [ $r -eq 0 ]; then
	keys C y; keys C F2; wait_for C "$(vis 'ذخیره شد:')" >/dev/null
fi
$TM kill-session -t C
n=$("$HAMYAR" --db "$DB" export units | grep -c 'قره‌چمن')
is "$n" 1 "one unit in the database"

# --- a new payment's prompts, resumed and recorded in a second session ---
pledges() {	# NAME: the need's pledges (F7 in the needs' list, F7), MRD-9 selected
	keys "$1" 4; wait_for "$1" 'MRD-8' >/dev/null
	keys "$1" F7; wait_for "$1" "$(vis 'مراحل و وضعیت')" >/dev/null
	keys "$1" F7; wait_for "$1" "$(vis 'پرداخت‌های تعهد MRD-9')" >/dev/null
}
session A; wait_for A "$(vis 'منوی اصلی')" >/dev/null
pledges A; ok $? "session A: the pledges of need MRD-8"
keys A F5; wait_for A "$(vis 'تاریخ پرداخت (سال/ماه/روز):')" >/dev/null
keys A C-u; typ A '۱۴۰۵/۰۲/۲۰'; keys A Enter
wait_for A "$(vis 'مبلغ (ریال):')" >/dev/null
keys A C-u; typ A '۲۰٬۰۰۰٬۰۰۰'; keys A Enter
wait_for A "$(vis 'شمارهٔ رسید:')"; ok $? "a payment's date and amount answered (its draft kept on each answer)"
typ A 'R-45'
session B
wait_for B "$OFFER"; ok $? "session B offers the payment A has open"
keys B y; wait_for B "$(vis 'تاریخ پرداخت (سال/ماه/روز):')" >/dev/null
keys B Enter; wait_for B "$(vis 'مبلغ (ریال):')" >/dev/null
keys B Enter; wait_for B "$(vis 'شمارهٔ رسید:')" >/dev/null
keys B C-u; typ B 'R-45'; keys B Enter
wait_for B "$(vis 'پرداخت ثبت شد؛')"; ok $? "... resumed and recorded there"
hangup A; ok $? "A's line drops (SIGHUP) in the receipt's prompt"
$TM kill-session -t B
session C; wait_for C "$(vis 'منوی اصلی')" >/dev/null
screen C | grep -qF "$OFFER"; r=$?
is $r 1 "the next start offers no payment: it was recorded"
if [ $r -eq 0 ]; then
	keys C y; keys C Enter; keys C Enter; keys C Enter
	wait_for C "$(vis 'پرداخت ثبت شد؛')" >/dev/null
fi
$TM kill-session -t C
n=$("$HAMYAR" --db "$DB" export payments | grep -c ',MRD-9,')
is "$n" 1 "one payment in the database"

# --- both sessions in use: the first is told, and keeps no draft ---
session A; wait_for A "$(vis 'منوی اصلی')" >/dev/null
keys A 2; wait_for A "$(vis 'جست‌وجو:')" >/dev/null
keys A F5; wait_for A "$(vis 'رابط:')" >/dev/null
keys A Space; keys A Enter; keys A Tab; typ A 'شورای اسلامی روستای كهريز'; keys A Tab
session B
wait_for B "$OFFER" >/dev/null; keys B y
wait_for B "$(vis 'شورای اسلامی روستای کهریز')"; ok $? "B resumes the form A has open"
typ A 'مرند'; keys A Tab
wait_for A "$(vis 'این فرم در نشست دیگری از شما ادامه داده شد')"
ok $? "A, leaving a field, is told its form was resumed in another session"
keys B Tab; keys B Tab; typ B 'آقای رحیمی'; keys B Tab
hangup B; ok $? "B's line drops"
hangup A; ok $? "then A's"
session C
wait_for C "$OFFER" >/dev/null; keys C y
wait_for C "$(vis 'آقای رحیمی')"; ok $? "the start offers B's draft, with what B typed: A, ending last, did not write over it"
keys C Escape; wait_for C "$(vis 'بله')" >/dev/null; keys C y
wait_for C "$(vis 'جست‌وجو:')" >/dev/null

done_testing
