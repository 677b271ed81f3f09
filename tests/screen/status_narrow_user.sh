# The status line at 40x20 (an old machine's terminal) keeps the user's
# login beside the keyboard layout: the note that the window is small
# reads «پنجره کوچک» there, not «پنجره کوچک‌تر از ۸۰×۲۴», whose 22
# cells left no room for the user (before, he was not on the line at
# all).  At 50x20 the note is whole beside him, as before.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station TBZ --name 'ایستگاه تبریز' >/dev/null 2>&1; ok $? "a database"
status() { scr_settle; scr_cap | tail -n 2 | head -n 1; }
USER_="$(vis 'کاربر: root')"
SMALL="$(vis 'پنجره کوچک‌تر از ۸۰×۲۴')"
SHORT="$(vis 'پنجره کوچک')"
SCR_SIZE=40x20
scr_start "$DB"
scr_wait "$(vis 'منوی اصلی')" >/dev/null
st=$(status)
case $st in *"$USER_"*|*' root '*|'root '*|*' root') ok 0 "40x20: the user on the status line" ;;
*) ok 1 "40x20: the user on the status line"; echo "# $st" ;; esac
case $st in *"$SHORT"*) ok 0 "40x20: ... and that the window is small" ;;
*) ok 1 "40x20: ... and that the window is small"; echo "# $st" ;; esac
case $st in *"$(vis 'صفحه‌کلید: ')"*|*' EN'*|*' FA'*) ok 0 "40x20: ... and the keyboard layout" ;;
*) ok 1 "40x20: ... and the keyboard layout"; echo "# $st" ;; esac
case $st in *…*) ok 1 "40x20: nothing cut"; echo "# $st" ;; *) ok 0 "40x20: nothing cut" ;; esac
tm resize-window -t main -x 50 -y 20; sleep 0.3
st=$(status)
case $st in *"$USER_"*) ok 0 "50x20: the user" ;; *) ok 1 "50x20: the user"; echo "# $st" ;; esac
case $st in *"$SMALL"*) ok 0 "50x20: ... the full note" ;; *) ok 1 "50x20: ... the full note"; echo "# $st" ;; esac
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
