# A need opened from the list has the cursor on its first field, the unit,
# and the unit's name (the reference's caption) is shown beside the id
# there from the start, as on every other reference field the cursor is
# not on: a supervisor reviewing his clerks' needs reads «پاسگاه اهر», not
# a bare TST-2.  Once something is typed in the field the caption goes
# (it named the id that was there); leaving the field brings the new id's.
# Before, the caption of the field under the cursor was never shown, so
# the unit's name appeared only after Tab.  Persian and English.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/work.inc"
DB="$TMP/db"
work_fixture "$DB"; ok $? "fixture: units TST-1 (Tabriz) and TST-2 (Ahar), four needs"

unit_row() { scr_cap | grep -F -- "$1" | head -n 1; }
for lang in fa en; do
	if [ $lang = en ]; then
		v() { printf '%s\n' "$1" | "$HAMYAR" layout --dir auto; }
		menu='Main menu'; search='Search:'; label='Unit*:'
		tabriz='کلانتری 12 تبریز'	# ASCII digits under English
	else
		v() { vis "$1"; }; menu=$(vis 'منوی اصلی'); search=$(vis 'جست‌وجو:')
		label=$(vis 'واحد*:'); tabriz='کلانتری ۱۲ تبریز'
	fi
	scr_start "$DB" --lang $lang
	scr_wait "$menu" >/dev/null; ok $? "$lang: main menu"
	scr_keys 4; scr_wait "$search" >/dev/null
	scr_keys F3; scr_type 'TST-22'; scr_wait "TST-22" >/dev/null; scr_keys Enter
	scr_wait "$label"; ok $? "$lang: TST-22's form, the cursor on its unit"
	scr_settle
	holds "$(unit_row "$label")" "TST-2" "$lang: ... the unit's id"
	holds "$(unit_row "$label")" "$(v 'پاسگاه اهر')" "$lang: ... and its name beside it, the cursor on it"
	scr_keys BSpace; scr_settle
	case $(unit_row "$label") in
	*"$(v 'پاسگاه اهر')"*) ok 1 "$lang: a key typed in the field: the old name goes" ;;
	*) ok 0 "$lang: a key typed in the field: the old name goes" ;;
	esac
	scr_type '1'; scr_keys Tab; scr_settle	# TST-21: no unit; TST-1 typed back
	scr_keys BTab; scr_settle
	holds "$(unit_row "$label")" "$(v "$tabriz")" "$lang: back on it after Tab: the new id's name (TST-1)"
	scr_keys F10; scr_wait "$(v 'دور بریزیم')" >/dev/null 2>&1 || scr_wait 'Discard' >/dev/null 2>&1
	scr_keys y; scr_wait "$search" >/dev/null
	scr_keys F10; scr_wait "$menu" >/dev/null
	scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null; ok $? "$lang: quits"
done
done_testing
