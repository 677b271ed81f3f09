# The status line names the user's role and, for a clerk or a
# supervisor, his county, where they fit: «کاربر: nobody (کارشناس، تبریز)»
# at 80 columns; narrower, the county given up first, then the role, each
# whole, never cut with «…» (the narrow-screen rule).  Before, it said
# «کاربر: nobody» alone, whatever he might do.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
work_nobody_fixture "fixture: units, donors, needs"
scr_nobody_user clerk TBZ "a Tabriz clerk"
MENU="$(vis 'منوی اصلی')"
status() { scr_settle; scr_cap | tail -n 2 | head -n 1; }

scr_start_nobody "$DB"; scr_wait "$MENU" >/dev/null
s=$(status)
holds "$s" "$(vis 'کاربر: nobody (کارشناس، تبریز)')" "80 columns: the clerk's role and county beside his login"
holds "$s" "$(vis 'ایستگاه: TST')" "... the station still there"
for w in 66 58 50 40; do
	tm resize-window -t main -x $w -y 24; sleep 0.3
	s=$(status)
	case $s in *…*) ok 1 "$w columns: nothing cut with «…»"; echo "# $s" ;; *) ok 0 "$w columns: nothing cut with «…»" ;; esac
	case $s in *"$(vis 'تبریز')"*) has_c=1 ;; *) has_c=0 ;; esac
	case $s in *"$(vis 'کارشناس')"*) has_r=1 ;; *) has_r=0 ;; esac
	[ $has_c -eq 0 ] || [ $has_r -eq 1 ]; ok $? "... the county only beside the role (given up first)"
	holds "$s" "EN" "... the keyboard's layout kept"
done
tm resize-window -t main -x 80 -y 24; sleep 0.3
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null
"$HAMYAR" --db "$DB" user add nobody --role auditor >/dev/null 2>&1 || {
	"$HAMYAR" --db "$DB" user remove nobody >/dev/null 2>&1
	"$HAMYAR" --db "$DB" user add nobody --role auditor >/dev/null 2>&1; }
ok $? "nobody is now an auditor"
SCR_ENV="LC_ALL=C.UTF-8 HAMYAR_LANG=en" scr_start_nobody "$DB"; scr_wait "Main menu" >/dev/null || scr_wait "$MENU" >/dev/null
s=$(status)
case $s in *"nobody (Auditor)"*|*"$(vis 'nobody (حسابرس)')"*) ok 0 "the auditor's role, no county" ;;
*) ok 1 "the auditor's role, no county"; echo "# $s" ;; esac
done_testing
