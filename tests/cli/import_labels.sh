# A clerk heads the columns of a file as the forms label the fields (the
# Persian labels of the catalog, SPEC §3), not by their English names:
# every kind's file headed by every one of its labels is read, each cell
# into the field its label names, as the same rows headed by the names are
# (the exports of the two databases are the same).  The labels are taken
# from the program itself (the columns a file may have, listed after an
# unknown column), so a label changed in the catalog is checked as it is
# shown.  A column of a field Hamyar does not hold (a donor's کد پستی or
# شماره شبا) is refused, named, with the columns allowed listed in
# Persian; nothing is written.
. "$HAMYAR_SRC/tests/lib.sh"

A="$TMP/en" B="$TMP/fa"
"$HAMYAR" --db "$A" init --station MRD >/dev/null 2>&1; ok $? "init station MRD (names)"
"$HAMYAR" --db "$B" init --station MRD >/dev/null 2>&1; ok $? "init station MRD (labels)"

# cols KIND: "name<TAB>label" for each column a KIND file may have, as the
# message after an unknown column lists them
cols() {
	printf 'ستون ناشناس\n' >"$TMP/unknown.csv"
	"$HAMYAR" --db "$A" import "$1" "$TMP/unknown.csv" 2>&1 >/dev/null | python3 -c '
import re, sys
m = re.search(r"ستون‌های مجاز برای «[^»]*» \(\w+\): (.*?)؛ ", sys.stdin.read())
for item in m.group(1).split("، ") if m else []:
    name, label = item.split(" ", 1)
    print(name + "\t" + label[1:-1])'
}
# files KIND NAME=VALUE...: $TMP/KIND-en.csv headed by the names,
# $TMP/KIND-fa.csv by the labels, one row of the values given (the other
# cells empty)
files() {
	k=$1; shift
	cols "$k" >"$TMP/$k.cols"
	python3 - "$TMP/$k.cols" "$TMP/$k-en.csv" "$TMP/$k-fa.csv" "$@" <<'PY'
import csv, sys
cols = [l.rstrip("\n").split("\t") for l in open(sys.argv[1], encoding="utf-8")]
vals = dict(a.split("=", 1) for a in sys.argv[4:])
assert set(vals) <= {n for n, _ in cols}, (set(vals), cols)
row = [vals.get(n, "") for n, _ in cols]
for path, head in ((sys.argv[2], [n for n, _ in cols]), (sys.argv[3], [l for _, l in cols])):
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, lineterminator="\n").writerows([head, row])
PY
}
rows() { "$HAMYAR" --db "$1" export "$2" | tr -d '\r' | sed '1d'; }
# both KIND NAME=VALUE...: the row imported under the names into A and
# under the labels into B; the same record in both
both() {
	k=$1
	files "$@"
	n=$(wc -l <"$TMP/$k.cols")
	[ "$n" -ge 4 ] && ! cmp -s "$TMP/$k-en.csv" "$TMP/$k-fa.csv" && head -n 1 "$TMP/$k-fa.csv" | tr -d '\000-\177' | grep -q .
	ok $? "$k: the $n columns allowed, each with its Persian label ($(head -n 1 "$TMP/$k-fa.csv"))"
	"$HAMYAR" --db "$A" import "$k" "$TMP/$k-en.csv" >/dev/null 2>"$TMP/err"; ok $? "$k: the row under the names imported"
	sed 's/^/# /' "$TMP/err"
	"$HAMYAR" --db "$B" import "$k" "$TMP/$k-fa.csv" >/dev/null 2>"$TMP/err"; ok $? "$k: the row under the labels imported"
	sed 's/^/# /' "$TMP/err"
	a=$(rows "$A" "$k")
	is "$(printf '%s\n' "$a" | grep -c "^MRD-")" 1 "$k: ... one record"
	is "$(rows "$B" "$k")" "$a" "$k: ... the same under the labels, each cell in its field"
}
id_of() { rows "$A" "$1" | awk -F, -v n="$2" 'NR == n { print $1 }'; }

both groups kind=imam_office name="دفتر امام جمعهٔ مرند" county=مرند contact="حاج علی‌اکبر كريمي" phone=04142223344 active=1
G1=$(id_of groups 1)
both donors kind=person name="مریم حسین‌زاده" national_id=0012345679 mobile=۰۹۱۴۱۱۱۲۲۳۳ \
    phone=04142226677 county=MRD address="مرند، خیابان طالقانی، پلاک ۱۲" interests="space equipment" \
    capacity=500000000 introduced_by="$G1" notes="خیّر قدیمی محلهٔ امیرکبیر" active=1
D1=$(id_of donors 1)
both units kind=station name="کلانتری ۱۱ مرند" county=مرند address="بلوار امام‌خمینی، کوچهٔ ۳" active=1
U1=$(id_of units 1)
both needs unit="$U1" category=equipment title="خودروی گشت‌زنی شبانه" description="برای گشت شبانهٔ محله‌های حاشیه" \
    estimated_cost=1800000000 urgency=4 impact=5 population=25000 identified_on=۱۴۰۳/۰۱/۱۵ status=assessed
N1=$(id_of needs 1)
both pledges donor="$D1" need="$N1" type=equipment amount=500000000 in_kind="لاستیک زمستانی" hours=12 \
    pledged_on=1403/02/01 status=partial
P1=$(id_of pledges 1)
both payments pledge="$P1" paid_on=1403/02/10 amount=200000000 receipt=000123
both stages need="$N1" title="خرید خودرو" planned_start=1403/03/01 planned_end=1403/06/31 actual_end=1403/06/20 progress=40
both recognitions held_on=1403/07/01 title="همایش تجلیل از خیّرین" place="سالن اجتماعات فرمانداری مرند" \
    donors="$D1" notes="با حضور فرماندار"
rows "$B" donors | grep -q "^$D1,person,مریم حسین‌زاده,0012345679,,09141112233,04142226677,MRD,مرند، خیابان طالقانی، پلاک 12,space equipment,500000000,$G1,"
ok $? "the donor under the labels: mobile, phone, county, address, interests, capacity and who introduced him in their fields"

# The labels as a clerk types them: Arabic ي and ك, no ZWNJ, a space for
# it, the ezafe's ٔ left out.
printf 'نوع,نام,کد ملي,تلفن همراه,شهرستان,نشاني,زمینه های علاقه مندی,توان مشارکت (ریال),معرفی‌شده از سوي,يادداشت‌ها\n' >"$TMP/typed.csv"
printf 'person,علی رضایی‌فر,0023456787,09147654321,مرند,مرند، کوی ولیعصر,support,30000000,%s,نیکوکار\n' "$G1" >>"$TMP/typed.csv"
"$HAMYAR" --db "$B" import donors "$TMP/typed.csv" >/dev/null 2>"$TMP/err"; ok $? "donors headed by the labels as typed (ي, ك, no ZWNJ) imported"
sed 's/^/# /' "$TMP/err"
rows "$B" donors | grep -q ",علی رضایی‌فر,0023456787,,09147654321,,MRD,مرند، کوی ولیعصر,support,30000000,$G1,نیکوکار,1\$"
ok $? "... each cell in its field"
printf 'نام,هزینه برآوردی (ریال),زمینه مشارکت,شماره رسید\n' >"$TMP/need-typed.csv"
"$HAMYAR" --db "$B" import needs "$TMP/need-typed.csv" --dry-run >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "ستون «شماره رسید» شناخته نیست" "a needs file: a payment's label (شماره رسید) is not a need's column"
case $(cat "$TMP/err") in *«هزینه*|*«زمینه*) r=1 ;; *) r=0 ;; esac
ok $r "... while هزینه برآوردی and زمینه مشارکت (no ٔ) are"
# The ezafe typed as a word of its own, after a space or a ZWNJ (Persian
# or Arabic yeh): زمینه ی مشارکت is زمینهٔ مشارکت.
printf 'عنوان,واحد,زمینه ی مشارکت,هزینه‌ی برآوردی (ریال),فوريت,impact,identified_on,status\n' >"$TMP/need-ezafe.csv"
printf 'دوربین‌های ورودی پاسگاه,%s,equipment,250000000,4,3,1403/05/01,identified\n' "$U1" >>"$TMP/need-ezafe.csv"
"$HAMYAR" --db "$B" import needs "$TMP/need-ezafe.csv" >/dev/null 2>"$TMP/err"
ok $? "a needs file headed زمینه ی مشارکت and هزینه‌ی برآوردی (the ezafe as a word) imported"
sed 's/^/# /' "$TMP/err"
rows "$B" needs | grep -q ",$U1,equipment,دوربین‌های ورودی پاسگاه,,250000000,4,3,"
ok $? "... the category and the cost in their fields"
printf 'title,unit,category,شماره ي رسید\nx,%s,equipment,1\n' "$U1" >"$TMP/need-pay.csv"
"$HAMYAR" --db "$B" import needs "$TMP/need-pay.csv" --dry-run >/dev/null 2>"$TMP/err"
holds "$(cat "$TMP/err")" "ستون «شماره ي رسید» شناخته نیست" "... a payment's شماره ي رسید is still not a need's column"
printf 'شماره,شماره‌ی رسید,amount,paid_on,pledge\n' >"$TMP/pay-ezafe.csv"
"$HAMYAR" --db "$B" import payments "$TMP/pay-ezafe.csv" --dry-run >/dev/null 2>"$TMP/err"
case $(cat "$TMP/err") in *«شماره‌ی*) r=1 ;; *) r=0 ;; esac
ok $r "a payments file: شماره‌ی رسید (ZWNJ, then ی) is the receipt's column"
holds "$(cat "$TMP/err")" "ستون «شماره» شناخته نیست" "... while a bare شماره is not read as شمارهٔ رسید"

# Fields Hamyar does not hold: refused, named, the columns allowed listed.
snap() { "$HAMYAR" --db "$B" export all --format json --out "$1" >/dev/null 2>&1; }
snap "$TMP/before.json"
printf 'نام,نوع,شهرستان,کد پستی,شماره شبا\nحسن نوروزی,person,مرند,5161645987,IR820540102680020817909002\n' >"$TMP/postal.csv"
"$HAMYAR" --db "$B" import donors "$TMP/postal.csv" >/dev/null 2>"$TMP/err"
is "$?" 1 "a donors file with کد پستی and شماره شبا: refused (exit 1)"
holds "$(cat "$TMP/err")" "postal.csv: سطر 1، ستون 4: ستون «کد پستی» شناخته نیست" "... naming the postal code's column, by its line and column"
holds "$(cat "$TMP/err")" "postal.csv: سطر 1، ستون 5: ستون «شماره شبا» شناخته نیست" "... and the Sheba number's"
holds "$(cat "$TMP/err")" "ستون‌های مجاز برای «خیّر» (donors): id (شناسه)، kind (نوع)، name (نام)، national_id (کد ملی)" \
    "... listing the columns allowed, in Persian"
holds "$(cat "$TMP/err")" "نام هر ستون ناشناخته را یکی از این نام‌ها یا برچسب‌ها بگذارید، یا آن ستون را پاک کنید" \
    "... and what to do"
holds "$(cat "$TMP/err")" "هیچ چیز وارد نشد" "... nothing imported"
snap "$TMP/after.json"
cmp -s "$TMP/before.json" "$TMP/after.json"; ok $? "... and nothing written"
done_testing
