# After a decision in the sync conflict screen its status line names the
# record and says what was decided.  At 40 columns that line was wider
# than the screen even with the record's name left out, so the decision
# itself was cut at its end («تعارض حل شد: خیّر TBZ-1؛ نسخهٔ این پایگ…»).
# Now, where the line cannot fit one row, the record takes the first row,
# its name cut in its middle to what the row leaves, and the decision the
# row (or two) under it, whole: on the list (the last conflict settled)
# and over the hint of the record's page (another version still waiting).
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
. "$HAMYAR_SRC/tests/screen/pair.inc"
SCR_SIZE=40x24
# the row holding $1 and the one under it, as the screen shows them
rows_at() {
	_r=$(scr_cap | grep -nF -- "$1" | head -n 1 | cut -d: -f1)
	[ -n "$_r" ] && scr_cap | sed -n "${_r},$((_r + ${2:-1}))p"
}

# A donor «زهرا نوروزی‌فر کرمانی‌نژاد» whose address both sides changed.
printf 'name,kind,county,address\nزهرا نوروزی‌فر کرمانی‌نژاد,person,TBZ,تبریز\n' >"$TMP/d.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "a donor registered at TBZ reaches HQ"
printf 'id,address\nTBZ-1,تبریز، باغمیشه، کوچهٔ شهيد رجايي\n' >"$TMP/u1.csv"
printf 'id,address\nTBZ-1,تبریز، ولیعصر\n' >"$TMP/u2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/u1.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$Q" import donors "$TMP/u2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ
ok $? "both changed the address; TBZ's bundle applied at HQ"
scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نشانی')" >/dev/null
scr_keys F4; scr_wait "$(vis 'نسخهٔ این پایگاه داده از TBZ-1')" >/dev/null; scr_keys y
scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۰')"; ok $? "F4: settled"
two=$(rows_at "$(vis 'تعارض حل شد')")
first=$(printf '%s\n' "$two" | sed -n 1p) second=$(printf '%s\n' "$two" | sed -n 2p)
is "$(echo $second)" "$(vis 'نسخهٔ این پایگاه داده ماند.')" "the decision whole, on the row under the record"
holds "$first" "$(vis 'تعارض حل شد: خیّر TBZ-1 (زهرا')" "... the record above it: the name's start" || echo "# $two"
holds "$first" "$(vis 'نژاد)؛')" "... and its end, cut in its middle"
holds "$first" "…" "... with an ellipsis"
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0" >/dev/null

# A donor edited at three databases while apart (TBZ the mobile, MRG the
# address, HQ the notes): two versions wait at HQ, and after the first is
# decided the page shows the other, the status line over its hint.
M=$TMP/m
"$HAMYAR" --db "$M" init --station MRG >/dev/null 2>&1
"$HAMYAR" --db "$M" sync trust HQ "$("$HAMYAR" --db "$Q" sync key | tail -n 1)" >/dev/null
"$HAMYAR" --db "$Q" sync trust MRG "$("$HAMYAR" --db "$M" sync key | tail -n 1)" >/dev/null
printf 'name,kind,county,mobile,notes\nعلی‌رضا كريمي,person,TBZ,09141234567,اولیه\n' >"$TMP/d2.csv"
"$HAMYAR" --db "$T" import donors "$TMP/d2.csv" >/dev/null 2>&1 && bundle "$T" "$Q" HQ && bundle "$Q" "$M" MRG
printf 'id,notes\nTBZ-2,پرونده در ستاد\n' >"$TMP/q.csv"
printf 'id,mobile\nTBZ-2,09141112222\n' >"$TMP/t.csv"
printf 'id,address\nTBZ-2,مرند، خیابان امام\n' >"$TMP/m.csv"
"$HAMYAR" --db "$Q" import donors "$TMP/q.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$T" import donors "$TMP/t.csv" >/dev/null 2>&1 &&
"$HAMYAR" --db "$M" import donors "$TMP/m.csv" >/dev/null 2>&1 &&
bundle "$T" "$Q" HQ && bundle "$M" "$Q" HQ
ok $? "TBZ-2 edited at three databases; TBZ's and MRG's bundles applied at HQ"
scr_start "$Q"
scr_wait "$(vis 'منوی اصلی')" >/dev/null; scr_keys F7
scr_wait "$(vis 'تعارض‌های باز همگام‌سازی: ۱')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'نسخهٔ منتظر ۱ از ۲')" >/dev/null
scr_keys F3; scr_wait "$(vis 'نسخهٔ رسیده از')" >/dev/null; scr_keys y
scr_wait "$(vis 'تعارض حل شد')"; ok $? "F3 on the first waiting version: settled, the other shown"
scr_cap | grep -qF "$(vis 'تغییر کرده است')"; ok $? "... on the record's page"
two=$(rows_at "$(vis 'تعارض حل شد')")
first=$(printf '%s\n' "$two" | sed -n 1p) second=$(printf '%s\n' "$two" | sed -n 2p)
is "$(echo $second)" "$(vis 'نسخهٔ رسیده از MRG ماند.')" "the decision whole, on the row under the record" || echo "# $two"
holds "$first" "$(vis 'تعارض حل شد: خیّر TBZ-2 (علی')" "... the record above it, its name's start"
holds "$first" "$(vis 'کریمی)؛')" "... and its end"
scr_cap | grep -qF "$(vis 'فیلد')"; ok $? "... the fields' heading still in sight"
scr_keys F10; scr_wait "$(vis 'تعارض‌های باز همگام‌سازی')" >/dev/null
scr_keys F10; scr_wait "$(vis 'منوی اصلی')" >/dev/null
scr_keys F10; scr_bye; scr_wait "__EXIT__=0"; ok $? "quits"
done_testing
