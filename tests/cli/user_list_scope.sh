# A clerk works on his own county only (SPEC §11), and the users' screen
# (main menu 9) shows a Tabriz clerk the users of Tabriz only; but
# `hamyar user list` run by him listed every user of every county, the
# administrator included.  It now follows the screen's rule (one function,
# tui_actor_read_county): a clerk lists his county's users (with --all,
# its removed ones too), and no one of another county, no HQ user and no
# administrator; every other role (admin, hq, supervisor, auditor) lists
# every user, as on the screen.
. "$HAMYAR_SRC/tests/lib.sh"

if ! second_uid; then
	ok 0 "# SKIP needs root, setpriv and the nogroup group for a second uid"
	done_testing
	exit $?
fi
DB="$TMP/db"
ME=$(id -un)
T=$(printf '\t')
"$HAMYAR" --db "$DB" init --station TBZ --name "ایستگاه تبریز" >/dev/null 2>&1; ok $? "init"
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county 'تبريز' >/dev/null 2>&1; ok $? "nobody is a Tabriz clerk (county typed with Arabic yeh)"
"$HAMYAR" --db "$DB" user add zahra_m --role supervisor --county TBZ >/dev/null 2>&1; ok $? "zahra_m, a Tabriz supervisor"
"$HAMYAR" --db "$DB" user add reza.k --role clerk --county 'تبریز' >/dev/null 2>&1; ok $? "reza.k, another Tabriz clerk"
"$HAMYAR" --db "$DB" user add ali.rezaei --role clerk --county 'عجب‌شير' >/dev/null 2>&1; ok $? "ali.rezaei, a clerk of Ajabshir (ZWNJ, Arabic yeh)"
"$HAMYAR" --db "$DB" user add maryam --role hq >/dev/null 2>&1; ok $? "maryam, HQ"
"$HAMYAR" --db "$DB" user add sara --role auditor >/dev/null 2>&1; ok $? "sara, an auditor"
"$HAMYAR" --db "$DB" user remove reza.k >/dev/null 2>&1; ok $? "reza.k removed"
"$HAMYAR" --db "$DB" user remove ali.rezaei >/dev/null 2>&1; ok $? "ali.rezaei removed"
all_en=$(printf '%s\tadmin\t\nmaryam\thq\t\nnobody\tclerk\tTBZ\nsara\tauditor\t\nzahra_m\tsupervisor\tTBZ\n' "$ME" | sort)

# the clerk: his county's users only
out=$(as_nobody "$BIN" --lang en --db "$DB" user list 2>/dev/null | sort)
is "$out" "$(printf 'nobody\tclerk\tTBZ\nzahra_m\tsupervisor\tTBZ\n')" "a Tabriz clerk's user list under --lang en: Tabriz's users only"
out=$(as_nobody "$BIN" --db "$DB" user list 2>/dev/null | sort)
is "$out" "$(printf 'nobody\tکارشناس\tTBZ\tتبریز\nzahra_m\tسرپرست\tTBZ\tتبریز\n')" "... in Persian too"
printf '%s\n' "$out" | grep -qE "^($ME|maryam|sara|ali\.rezaei)	"; is $? 1 "... no admin, HQ, auditor or Ajabshir user"
out=$(as_nobody "$BIN" --lang en --db "$DB" user list --all 2>/dev/null | sort)
is "$out" "$(printf 'nobody\tclerk\tTBZ\tactive\nreza.k\tclerk\tTBZ\tremoved\nzahra_m\tsupervisor\tTBZ\tactive\n')" \
    "user list --all: Tabriz's removed clerk too, not Ajabshir's"
out=$(as_nobody "$BIN" --db "$DB" user list --all 2>/dev/null | sort)
is "$out" "$(printf 'nobody\tکارشناس\tTBZ\tتبریز\tفعال\nreza.k\tکارشناس\tTBZ\tتبریز\tبرداشته‌شده\nzahra_m\tسرپرست\tTBZ\tتبریز\tفعال\n')" "... in Persian"

# the administrator (the owner) and every other role: every user
is "$("$HAMYAR" --lang en --db "$DB" user list 2>/dev/null | sort)" "$all_en" "the administrator lists every user"
for role in hq supervisor auditor admin; do
	case $role in supervisor) county=TBZ ;; *) county= ;; esac
	"$HAMYAR" --db "$DB" user add nobody --role "$role" ${county:+--county "$county"} >/dev/null 2>&1; ok $? "nobody is now $role"
	exp=$(printf '%s\n' "$all_en" | sed "s/^nobody${T}clerk${T}TBZ\$/nobody${T}$role${T}$county/" | sort)
	is "$(as_nobody "$BIN" --lang en --db "$DB" user list 2>/dev/null | sort)" "$exp" "nobody as $role lists every user"
done
is "$(as_nobody "$BIN" --db "$DB" user list --all 2>/dev/null | grep -c .)" 7 "... under --all the removed ones of every county too"
done_testing
