# The sync keys screen of a station that trusts none yet (a new HQ
# database): its bar offered F6 «جایگزینی کلید», which has no station to
# act on and only answered that none is trusted.  It is offered once a
# station is trusted; F5 «اعتماد به ایستگاه» always.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
Q="$TMP/hq" T="$TMP/tbz"
"$HAMYAR" --db "$Q" init --station HQ --name 'ستاد استان' >/dev/null; ok $? "init HQ"
"$HAMYAR" --db "$T" init --station TBZ --name 'ایستگاه تبریز' >/dev/null; ok $? "init TBZ"
bar() { scr_cap | tail -n 1; }
keys_open() {
	scr_start "$Q"
	scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F9; scr_wait "$(vis 'تنظیمات')" >/dev/null
	scr_pick 'کلیدهای همگام‌سازی و ایستگاه‌های مورد اعتماد'
	scr_wait "$(vis "ایستگاه‌های مورد اعتماد اینجا: $1")"
}
keys_quit() {
	scr_keys F10; scr_gone "$(vis 'ایستگاه‌های مورد اعتماد اینجا')" >/dev/null
	scr_wait "$(vis 'منوی اصلی')" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0"
}
keys_open '۰'; ok $? "the keys screen: no station trusted"
scr_settle
case $(bar) in *"$(vis 'جایگزینی کلید')"*) ok 1 "no F6 «جایگزینی کلید» with no station to act on"; bar | sed 's/^/# /' ;;
*) ok 0 "no F6 «جایگزینی کلید» with no station to act on" ;; esac
case $(bar) in *"$(vis 'اعتماد به ایستگاه')F5"*) ok 0 "F5 «اعتماد به ایستگاه» is offered" ;;
*) ok 1 "F5 «اعتماد به ایستگاه» is offered"; bar | sed 's/^/# /' ;; esac
scr_keys F1; scr_wait "$(vis 'F1 راهنما')" >/dev/null
scr_cap | grep -qF "$(vis 'F6 جایگزینی کلید')"; is $? 1 "F1's keys leave F6 out too"
scr_keys Escape; scr_gone '┌' >/dev/null
keys_quit; ok $? "the program quits cleanly"

"$HAMYAR" --db "$Q" sync trust TBZ "$("$HAMYAR" --db "$T" sync key | tail -n 1)" >/dev/null; ok $? "HQ trusts TBZ"
keys_open '۱'; ok $? "the keys screen: one station trusted"
scr_settle
case $(bar) in *"$(vis 'جایگزینی کلید')F6"*) ok 0 "then F6 «جایگزینی کلید» is offered" ;;
*) ok 1 "then F6 «جایگزینی کلید» is offered"; bar | sed 's/^/# /' ;; esac
keys_quit; ok $? "the program quits cleanly"
done_testing
