# A county clerk's view of a reference group that introduced donors of
# several counties: the group form's line and F8's question count his
# county's donors and their pledges only, as his lists show them, not
# another county's, whose records he may not read.
. "$HAMYAR_SRC/tests/lib.sh"
. "$HAMYAR_SRC/tests/screen/screen.inc"
scr_second_uid
DB="$TMP/db"
"$HAMYAR" --db "$DB" init --station MRD --name 'ایستگاه مرند' >/dev/null; ok $? "init"
printf 'id,kind,name,county\nMRD-1,other,انجمن خیّرین مرند و تبریز,MRD\n' >"$TMP/g.csv"
printf 'id,kind,name,county\nMRD-2,post,پاسگاه انتظامی یامچی,MRD\n' >"$TMP/u.csv"
printf 'id,unit,category,title,estimated_cost,urgency,impact,identified_on,status\nMRD-3,MRD-2,space,تعمیر ساختمان پاسگاه,900000000,3,3,1405/02/01,identified\n' >"$TMP/n.csv"
{
	echo 'id,kind,name,county,introduced_by'
	echo 'MRD-10,person,محمدرضا عبدالله‌زاده,MRD,MRD-1'
	echo 'MRD-11,person,زهرا احمدي‌نژاد,TBZ,MRD-1'
} >"$TMP/d.csv"
{
	echo 'id,donor,need,type,amount,pledged_on,status'
	echo 'MRD-20,MRD-10,MRD-3,space,30000000,1405/03/01,pledged'
	echo 'MRD-21,MRD-11,,space,80000000,1405/03/01,pledged'
} >"$TMP/p.csv"
for k in g:groups u:units n:needs d:donors p:pledges; do
	"$HAMYAR" --db "$DB" import ${k#*:} "$TMP/${k%%:*}.csv" >/dev/null; ok $? "import ${k#*:}"
done
chgrp -R nogroup "$DB" && chmod 2770 "$DB"
"$HAMYAR" --db "$DB" user add nobody --role clerk --county MRD >/dev/null; ok $? "nobody is a Marand clerk"

SCR_SIZE=160x30	# each sentence on one line
scr_start_nobody "$DB"
scr_wait "$(vis 'منوی اصلی')"; scr_keys 2
scr_wait "$(vis 'جست‌وجو:')"; scr_type MRD-1
scr_wait "$(vis 'انجمن خیرین مرند و تبریز')" >/dev/null; scr_keys Enter
scr_wait "$(vis 'خیّرینی که این گروه معرفی کرده است: ۱ فعال، ۰ غیرفعال.')"
ok $? "the clerk's group form counts his county's donor only"
scr_wait "$(vis 'تعهدهای آنان: ۳۰٬۰۰۰٬۰۰۰ ریال؛ دریافت‌شده: ۰ ریال.')"
ok $? "... and his pledges only (not the Tabriz donor's 80 million)"
scr_keys F8
scr_wait "$(vis 'خیّرین فعالی که این گروه معرفی کرده است: ۱.')"
ok $? "F8's question says 1 too"
scr_keys n; scr_keys F10
scr_wait "$(vis 'جست‌وجو:')"; scr_keys C-u; scr_keys F10
scr_wait "$(vis 'منوی اصلی')"; scr_keys F10; scr_bye
scr_wait "__EXIT__=0"; ok $? "the program ends with 0"
done_testing
