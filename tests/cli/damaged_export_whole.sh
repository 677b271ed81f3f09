# export on copies a failing disk cut short (tests/cli/damage.py fewer:
# the last donor, MRD-13 of Ahar, or the last unit, MRD-2, lost without an
# error), while the records naming them, and those resting on these, are
# whole.  Two things are checked.
# To the standard output an export stopped after the rows before the
# record naming one lost (exit 3, the sentence on stderr): the header and
# MRD-30's row on stdout, a half export that reads as a whole one in a
# file made with ">".  Now stdout gets nothing unless the export is whole,
# as --out FILE gets no file, and the error names the record: «مشارکت
# MRD-31، خیّر MRD-13 را نام می‌برد که در پایگاه داده نیست», then the
# damaged-database sentence.
# A record resting on one that names a record lost (a payment whose
# pledge names the donor lost; a stage whose need names the unit lost)
# was exported, exit 0: only the row's own references were looked for.
# Now those of the records it names are too, and the export stops there.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/cli/fixtures_damaged.inc"

D="$TMP/db"
"$HAMYAR" --db "$D" init --station MRD --name 'ایستگاه مرند' >/dev/null 2>&1; ok $? "init"
printf 'id,kind,name,county\nMRD-1,station,کلانتری ۱۱ مرند,MRD\nMRD-2,post,پاسگاه اهر,اهر\n' >"$TMP/u.csv"
"$HAMYAR" --db "$D" import units "$TMP/u.csv" >/dev/null 2>&1; ok $? "two units"
{
	echo 'id,kind,name,county'
	echo 'MRD-11,person,علي‌اكبر كريمي‌نژاد,مرند'
	echo 'MRD-12,person,زهرا موسوی‌پور,MRD'
	echo 'MRD-13,org,کارخانهٔ قند اهر,اهر'
} >"$TMP/d.csv"
"$HAMYAR" --db "$D" import donors "$TMP/d.csv" >/dev/null 2>&1; ok $? "three donors, the last of Ahar"
{
	echo 'id,unit,category,title,estimated_cost,urgency,impact,population,identified_on,status'
	echo 'MRD-20,MRD-1,space,ساخت اتاق نگهبانی,300000000,5,4,12000,1403/01/15,approved'
	echo 'MRD-23,MRD-2,space,ساخت سایه‌بان,40000000,2,2,800,۱۴۰۳/۰۶/۰۱,identified'
} >"$TMP/n.csv"
"$HAMYAR" --db "$D" import needs "$TMP/n.csv" >/dev/null 2>&1; ok $? "two needs, the second of MRD-2"
{
	echo 'id,donor,need,type,amount,pledged_on,status'
	echo 'MRD-30,MRD-11,MRD-20,space,100000000,1403/05/01,pledged'
	echo 'MRD-31,MRD-13,MRD-20,space,50000000,۱۴۰۳/۰۵/۰۲,pledged'
} >"$TMP/p.csv"
"$HAMYAR" --db "$D" import pledges "$TMP/p.csv" >/dev/null 2>&1; ok $? "two pledges, the second of MRD-13"
{
	echo 'id,pledge,paid_on,amount,receipt'
	echo 'MRD-40,MRD-30,1403/06/01,10000000,R-1'
	echo 'MRD-41,MRD-31,1403/06/02,20000000,R-2'
} >"$TMP/y.csv"
"$HAMYAR" --db "$D" import payments "$TMP/y.csv" >/dev/null 2>&1; ok $? "a payment of each"
printf 'id,need,title,planned_start,planned_end,actual_end,progress\nMRD-60,MRD-23,برآورد هزینه‌ها,1403/07/01,1403/08/20,,0\n' >"$TMP/s.csv"
"$HAMYAR" --db "$D" import stages "$TMP/s.csv" >/dev/null 2>&1; ok $? "a stage of MRD-23"
"$HAMYAR" --db "$D" backup "$TMP/b.mdb" >/dev/null 2>&1; ok $? "a compact copy"
is "$(fewer_copy "$TMP/b.mdb" "$TMP/pd" donor)" 1 "the donors' page: one node fewer (MRD-13)"
is "$(fewer_copy "$TMP/b.mdb" "$TMP/pu" unit)" 1 "the units' page: one node fewer (MRD-2)"

# the sound database: stdout and --out FILE alike, whole
for k in pledges payments stages; do
	"$HAMYAR" --db "$D" export $k >"$TMP/out" 2>"$TMP/err"; is $? 0 "the sound database: export $k, exit 0"
	"$HAMYAR" --db "$D" export $k --out "$TMP/$k.csv" 2>"$TMP/err"
	cmp -s "$TMP/out" "$TMP/$k.csv"; ok $? "... stdout the same as --out FILE"
done
grep -qF 'MRD-41,MRD-31,1403/06/02,20000000,R-2' "$TMP/payments.csv"; ok $? "... the payments' sheet holds MRD-41"

P="$TMP/pd"
# 1. stdout: nothing unless whole
"$HAMYAR" --db "$P" export pledges >"$TMP/out" 2>"$TMP/err"
is $? 3 "donor lost: export pledges to stdout, exit 3"
[ ! -s "$TMP/out" ]; ok $? "... nothing on stdout (before: the header and MRD-30's row)"
grep -qF 'hamyar: مشارکت MRD-31، خیّر MRD-13 را نام می‌برد که در پایگاه داده نیست' "$TMP/err"
ok $? "... naming the pledge and the donor lost"
said "$P"; ok $? "... then the damaged-database sentence"
"$HAMYAR" --db "$P" export pledges --format json --out - >"$TMP/out" 2>"$TMP/err"
is $? 3 "--format json --out -: exit 3"
[ ! -s "$TMP/out" ]; ok $? "... nothing on stdout (before: the opening of the JSON)"
"$HAMYAR" --db "$P" export donors >"$TMP/out" 2>"$TMP/err"
is $? 3 "export donors, its table read short: exit 3"
[ ! -s "$TMP/out" ]; ok $? "... nothing on stdout (before: MRD-11 and MRD-12)"
said "$P"; ok $? "... the damaged-database sentence"
"$HAMYAR" --db "$P" export all --format json >"$TMP/out" 2>"$TMP/err"
is $? 3 "export all --format json to stdout: exit 3"
[ ! -s "$TMP/out" ]; ok $? "... nothing on stdout (before: the groups, and more)"
"$HAMYAR" --db "$P" export pledges --out "$TMP/p1.csv" >"$TMP/out" 2>"$TMP/err2"
is $? 3 "--out FILE: exit 3"
[ ! -e "$TMP/p1.csv" ]; ok $? "... no file written"
"$HAMYAR" --db "$P" export pledges 2>"$TMP/err" >/dev/null
cmp -s "$TMP/err" "$TMP/err2"; ok $? "... the same error as to stdout"

# 2. a payment resting on a pledge whose donor is lost
"$HAMYAR" --db "$P" export payments >"$TMP/out" 2>"$TMP/err"
is $? 3 "export payments, MRD-41's pledge naming the donor lost: exit 3, not 0"
[ ! -s "$TMP/out" ]; ok $? "... nothing on stdout"
grep -qF 'hamyar: مشارکت MRD-31، که پرداخت MRD-41 بر آن استوار است، خیّر MRD-13 را نام می‌برد که در پایگاه داده نیست' "$TMP/err"
ok $? "... naming the payment, its pledge and the donor lost"
said "$P"; ok $? "... then the damaged-database sentence"
"$HAMYAR" --db "$P" export payments --format json --out "$TMP/y.json" >/dev/null 2>"$TMP/err"
is $? 3 "export payments --format json --out FILE: exit 3"
[ ! -e "$TMP/y.json" ]; ok $? "... no file written"
"$HAMYAR" --lang en --db "$P" export payments >/dev/null 2>"$TMP/err"
is "$(head -1 "$TMP/err")" "hamyar: pledge MRD-31, which payment MRD-41 rests on, names donor MRD-13, which is not in the database" \
    "... in English too"
"$HAMYAR" --db "$P" export stages >"$TMP/out" 2>"$TMP/err"
is $? 0 "export stages, their need and its unit there: exit 0"
grep -qF 'MRD-60,MRD-23' "$TMP/out"; ok $? "... listing MRD-60"
"$HAMYAR" --db "$TMP/pu" export stages >"$TMP/out" 2>"$TMP/err"
is $? 3 "unit MRD-2 lost: export stages, MRD-60's need naming it: exit 3"
[ ! -s "$TMP/out" ]; ok $? "... nothing on stdout"
grep -qF 'hamyar: نیاز MRD-23، که مرحله MRD-60 بر آن استوار است، واحد MRD-2 را نام می‌برد که در پایگاه داده نیست' "$TMP/err"
ok $? "... naming the stage, its need and the unit lost"
"$HAMYAR" --db "$TMP/pu" export payments >"$TMP/out" 2>"$TMP/err"
is $? 0 "unit MRD-2 lost: export payments, whose pledges' need MRD-20 is of MRD-1: exit 0"
grep -qF 'MRD-41,MRD-31' "$TMP/out"; ok $? "... listing MRD-41"
"$HAMYAR" --db "$TMP/pu" export all --out "$TMP/all" >/dev/null 2>"$TMP/err"
is $? 3 "export all --out DIR: exit 3"
[ ! -e "$TMP/all/stages.csv" ] && [ ! -e "$TMP/all/payments.csv" ]; ok $? "... no file written"

# A clerk is told of the record only if he may read it: a Marand clerk
# (MRD-41's pledge is for need MRD-20, of Marand) is, an Ahar clerk is
# not (another county's ids); both get the damaged-database sentence.
if second_uid; then
	for c in MRD AHR; do
		cp -a "$P" "$TMP/c$c"
		"$HAMYAR" --db "$TMP/c$c" user add nobody --role clerk --county $c >/dev/null 2>&1
		ok $? "a copy where nobody is a clerk of $c"
		chgrp -R nogroup "$TMP/c$c" && chmod 2770 "$TMP/c$c" && chmod g+rw "$TMP/c$c"/*
		as_nobody "$BIN" --db "$TMP/c$c" export payments >"$TMP/out" 2>"$TMP/err"
		is $? 3 "... his export payments: exit 3"
		[ ! -s "$TMP/out" ]; ok $? "... nothing on stdout"
		said "$TMP/c$c"; ok $? "... the damaged-database sentence"
		grep -qF 'MRD-31' "$TMP/err"
		if [ $c = MRD ]; then ok $? "... the Marand clerk told of MRD-41, MRD-31 and MRD-13"
		else is $? 1 "... the Ahar clerk not told of Marand's records"; fi
	done
fi
done_testing
