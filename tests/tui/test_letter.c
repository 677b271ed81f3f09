/*
 * tests/tui/test_letter.c — the thank-you letter page (tui/letter.c): RTL
 * Persian, self-contained, every database text escaped, the date in
 * Persian digits and written out, Persian wording under --lang en too, and
 * the file written whole.
 *
 * The expected date texts are written here by hand: 1403/12/05 is 5 Esfand
 * 1403 (the Jalali month names of SPEC §5).
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/record.h"
#include "locale/catalog.h"
#include "locale/jalali.h"
#include "store/store.h"
#include "tui/cli.h"
#include "tui/letter.h"

static struct tui_letter
sample(const char *name)
{
	struct tui_letter l;
	int32_t day = 0;

	memset(&l, 0, sizeof l);
	assert_int_equal(loc_jalali_to_day(1403, 12, 5, &day), 0);
	l.donor_name = name;
	l.ceremony = "جشن نیکوکاران";
	l.place = "تالار فرمانداری";
	l.held_on = day;
	l.station = "ایستگاه تبریز";
	l.org = 0;
	return l;
}

static void
test_page(void **state)
{
	struct tui_letter l = sample("علی‌رضا کریمی");
	char *h = tui_letter_html(&l);

	(void)state;
	assert_non_null(h);
	assert_non_null(strstr(h, "<html dir=\"rtl\" lang=\"fa\">"));
	assert_non_null(strstr(h, "<meta charset=\"utf-8\">"));
	assert_non_null(strstr(h, "علی‌رضا کریمی"));		/* ZWNJ kept */
	assert_non_null(strstr(h, "۱۴۰۳/۱۲/۰۵"));
	assert_non_null(strstr(h, "۵ اسفند ۱۴۰۳"));
	/* the written-out date is a labelled line like «مکان:» above it:
	 * the label takes its colon (it read «تاریخ برگزاری ۵ اسفند») */
	assert_non_null(strstr(h, "تاریخ برگزاری: ۵ اسفند ۱۴۰۳"));
	assert_non_null(strstr(h, "تقدیرنامه"));
	assert_non_null(strstr(h, "«جشن نیکوکاران»"));
	assert_non_null(strstr(h, "ایستگاه تبریز"));
	/* nothing to fetch */
	assert_null(strstr(h, "src="));
	assert_null(strstr(h, "href="));
	assert_null(strstr(h, "url("));
	assert_null(strstr(h, "<script"));
	assert_null(strstr(h, "<link"));
	assert_null(strstr(h, "<style"));
	/* no ASCII digit in the visible date line */
	assert_null(strstr(h, "1403"));
	free(h);
}

static void
test_escaped(void **state)
{
	struct tui_letter l = sample("<script>alert(\"x\")</script> & 'co'");
	char *h = tui_letter_html(&l);

	(void)state;
	assert_non_null(h);
	assert_null(strstr(h, "<script>"));
	assert_non_null(strstr(h, "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;"));
	free(h);
	l = sample("x");
	l.ceremony = "a</p><img src=x>";
	l.place = "";
	h = tui_letter_html(&l);
	assert_non_null(h);
	assert_null(strstr(h, "<img"));
	assert_non_null(strstr(h, "a&lt;/p&gt;&lt;img src=x&gt;"));
	free(h);
	/* a name with a right-to-left override (come in by a sync bundle or
	 * an import) is not printed backwards: the control is dropped */
	l = sample("زهرا \u202Eاحمدی\u200Cنژاد");
	h = tui_letter_html(&l);
	assert_non_null(h);
	assert_non_null(strstr(h, "زهرا احمدی\u200Cنژاد</div>"));
	assert_null(strstr(h, "\u202E"));
	free(h);
}

static void
test_persian_under_english(void **state)
{
	struct tui_letter l = sample("مهر");
	char *h;

	(void)state;
	assert_int_equal(loc_lang_set("en"), 0);
	h = tui_letter_html(&l);
	loc_lang_set("fa");
	assert_non_null(h);
	assert_non_null(strstr(h, "تقدیرنامه"));
	assert_null(strstr(h, "Letter of thanks"));
	free(h);
}

static void
test_write(void **state)
{
	struct tui_letter l = sample("بنیاد نیکوکاری مهر");
	char path[] = "/tmp/letterXXXXXX", buf[65536];
	char *h = tui_letter_html(&l);
	FILE *f;
	size_t n;
	int fd;

	struct cli_out_seen any = CLI_OUT_ANY;

	(void)state;
	fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(tui_letter_write(path, &l, &any), 0);
	f = fopen(path, "r");
	assert_non_null(f);
	n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	assert_string_equal(buf, h);
	free(h);
	unlink(path);
	assert_int_equal(tui_letter_write("/nonexistent-dir/x.html", &l, &any), -1);
}

/* CLI_OUT_NEW: the name was free when the clerk chose it, and must still
 * be: a file that came there is kept as it was (EEXIST), nothing of the
 * letter left beside it; on a free name the letter is written. */
static void
test_write_new(void **state)
{
	struct tui_letter l = sample("علی‌اكبر كريمي");
	char dir[] = "/tmp/letterdXXXXXX", path[64], buf[256];
	const char sheet[] = "نام,مبلغ\nفاطمه نوری‌زاده,۱۲0000\n";
	struct cli_out_seen seen;
	FILE *f;
	size_t n;
	int e;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/tashakor.html", dir);
	cli_out_look(path, &seen);
	assert_int_equal(seen.how, CLI_OUT_NEW);
	f = fopen(path, "w");
	assert_non_null(f);
	fputs(sheet, f);
	fclose(f);
	errno = 0;
	assert_int_equal(tui_letter_write(path, &l, &seen), -1);
	e = errno;
	assert_int_equal(e, EEXIST);
	f = fopen(path, "r");
	assert_non_null(f);
	n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	assert_string_equal(buf, sheet);
	assert_int_equal(unlink(path), 0);
	assert_int_equal(rmdir(dir), 0);	/* no temporary file left */
	assert_non_null(mkdtemp(strcpy(dir, "/tmp/letterdXXXXXX")));
	snprintf(path, sizeof path, "%s/tashakor.html", dir);
	assert_int_equal(tui_letter_write(path, &l, &seen), 0);
	f = fopen(path, "r");
	assert_non_null(f);
	n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	assert_non_null(strstr(buf, "<!DOCTYPE html>"));
	assert_int_equal(unlink(path), 0);
	assert_int_equal(rmdir(dir), 0);
}

/* The whole of the file at path into buf (n bytes), NUL-terminated. */
static void
slurp(const char *path, char *buf, size_t n)
{
	FILE *f = fopen(path, "r");
	size_t got;

	assert_non_null(f);
	got = fread(buf, 1, n - 1, f);
	fclose(f);
	buf[got] = '\0';
}

/* CLI_OUT_SAME: an empty file was there when the clerk chose the name (no
 * question: nothing to lose).  A sheet saved in its place meanwhile (a new
 * file renamed there), or written into it (the same file, rewritten), is
 * not that file: kept as it is (EEXIST), nothing of the letter beside it.
 * The empty file, as it was, is replaced; so is one removed meanwhile. */
static void
test_write_same(void **state)
{
	struct tui_letter l = sample("علی‌اكبر كريمي");
	char dir[] = "/tmp/lettersXXXXXX", path[64], other[80], buf[4096];
	const char sheet[] = "نام,مبلغ\nفاطمه نوری‌زاده,۱۲0000\n";
	struct cli_out_seen seen;
	FILE *f;
	int e;

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof path, "%s/tashakor.html", dir);
	snprintf(other, sizeof other, "%s/sheet.csv", dir);
	/* empty, seen; then another file renamed over it */
	f = fopen(path, "w");
	assert_non_null(f);
	fclose(f);
	cli_out_look(path, &seen);
	assert_int_equal(seen.how, CLI_OUT_SAME);
	f = fopen(other, "w");
	assert_non_null(f);
	fputs(sheet, f);
	fclose(f);
	assert_int_equal(rename(other, path), 0);
	assert_int_equal(cli_out_still(path, &seen), EEXIST);
	errno = 0;
	assert_int_equal(tui_letter_write(path, &l, &seen), -1);
	e = errno;
	assert_int_equal(e, EEXIST);
	slurp(path, buf, sizeof buf);
	assert_string_equal(buf, sheet);
	/* seen with the sheet in it; then written again in place, the same
	 * size (the same file, its bytes changed) */
	cli_out_look(path, &seen);
	assert_int_equal(cli_out_still(path, &seen), 0);
	usleep(20000);	/* a later modification time, on any clock */
	f = fopen(path, "r+");
	assert_non_null(f);
	fputs("م", f);	/* its first letter, ن, another of two bytes */
	fclose(f);
	errno = 0;
	assert_int_equal(tui_letter_write(path, &l, &seen), -1);
	e = errno;
	assert_int_equal(e, EEXIST);
	slurp(path, buf, sizeof buf);
	assert_int_equal(strncmp(buf, "م", 2), 0);
	assert_string_equal(buf + 2, sheet + 2);
	/* unchanged since it was seen: replaced */
	cli_out_look(path, &seen);
	assert_int_equal(tui_letter_write(path, &l, &seen), 0);
	slurp(path, buf, sizeof buf);
	assert_non_null(strstr(buf, "<!DOCTYPE html>"));
	/* removed meanwhile: written where nothing is now */
	cli_out_look(path, &seen);
	assert_int_equal(unlink(path), 0);
	assert_int_equal(tui_letter_write(path, &l, &seen), 0);
	slurp(path, buf, sizeof buf);
	assert_non_null(strstr(buf, "<!DOCTYPE html>"));
	assert_int_equal(unlink(path), 0);
	assert_int_equal(rmdir(dir), 0);	/* no temporary file left */
}

/* The letter of the donor named name, thanked at ceremony in place, from
 * «کلانتری 11 تبریز»: texts stored with ASCII digits. */
static char *
digits_letter(const char *name, const char *ceremony, const char *place)
{
	struct tui_letter l = sample(name);
	char *h;

	l.ceremony = ceremony;
	l.place = place;
	l.station = "کلانتری 11 تبریز";
	h = tui_letter_html(&l);
	assert_non_null(h);
	return h;
}

/* The figures in the database's texts (a workshop's name, a hall, the
 * station's name: stored with ASCII digits) are Persian, as the letter's
 * dates are, not «تالار 22 بهمن» beside «۵ اسفند ۱۴۰۳»; the HTML's own
 * numbers (an escaped quote's &#39;) are not touched. */
static void
test_digits(void **state)
{
	char *h;

	(void)state;
	h = digits_letter("کارگاه تولیدی 22 بهمن 'Azar 2'", "همایش هفتهٔ ناجا 1403", "تالار شمارهٔ 3 فرمانداری");
	assert_non_null(strstr(h, "<div id=\"name\" style=\"font-size:34px;font-weight:bold;margin:6px 0 16px 0;\">"
	    "کارگاه تولیدی ۲۲ بهمن &#39;Azar ۲&#39;</div>"));
	assert_non_null(strstr(h, "«همایش هفتهٔ ناجا ۱۴۰۳»"));
	assert_non_null(strstr(h, "تالار شمارهٔ ۳ فرمانداری"));
	assert_non_null(strstr(h, "کلانتری ۱۱ تبریز"));
	assert_null(strstr(h, "22 بهمن"));
	assert_null(strstr(h, "Azar 2"));
	assert_null(strstr(h, "1403"));
	assert_null(strstr(h, "شمارهٔ 3"));
	assert_null(strstr(h, "کلانتری 11"));
	free(h);
	/* the digits of a Latin word stay as written, as on the screens:
	 * a firm «فن‌آوران 3D» is not «فن‌آوران ۳D» */
	h = digits_letter("شرکت فن‌آوران 3D", "همایش B2B خیّرین 1404", "تالار 4A");
	assert_non_null(strstr(h, "شرکت فن‌آوران 3D</div>"));
	assert_non_null(strstr(h, "«همایش B2B خیّرین ۱۴۰۴»"));
	assert_non_null(strstr(h, "تالار 4A"));
	assert_null(strstr(h, "۳D"));
	assert_null(strstr(h, "۴A"));
	free(h);
	/* nor those of a code whose Latin word is joined to them by a dash,
	 * a slash or a dot: «TBZ-HQ-01» was printed «TBZ-HQ-۰۱»; the
	 * figures of the Persian text beside it still turn Persian */
	h = digits_letter("شرکت X-200 و ABC-123", "همایش 12 خیّر دفتر TBZ-HQ-01", "سالن A/3 طبقهٔ 2");
	assert_non_null(strstr(h, "شرکت X-200 و ABC-123</div>"));
	assert_non_null(strstr(h, "«همایش ۱۲ خیّر دفتر TBZ-HQ-01»"));
	assert_non_null(strstr(h, "سالن A/3 طبقهٔ ۲"));
	assert_null(strstr(h, "-۰۱"));
	assert_null(strstr(h, "-۲۰۰"));
	assert_null(strstr(h, "/۳"));
	free(h);
}

/* An organisation is thanked as one (its esteemed organisation, its
 * success), a person as a person (جنابعالی, health). */
static void
test_org(void **state)
{
	struct tui_letter l = sample("بنیاد نیکوکاری مهر");
	char *h;

	(void)state;
	l.org = 1;
	h = tui_letter_html(&l);
	assert_non_null(h);
	assert_non_null(strstr(h, "آن مجموعهٔ محترم"));
	assert_null(strstr(h, "جنابعالی"));
	assert_null(strstr(h, "سلامتی"));
	free(h);
	l.org = 0;
	h = tui_letter_html(&l);
	assert_non_null(h);
	assert_non_null(strstr(h, "جنابعالی"));
	assert_null(strstr(h, "آن مجموعهٔ محترم"));
	free(h);
}

/* How often needle occurs in h. */
static int
count(const char *h, const char *needle)
{
	int n = 0;

	for (; (h = strstr(h, needle)) != NULL; h += strlen(needle))
		n++;
	return n;
}

/* h with every tag taken out: the text a reader sees, less its line
 * breaks. */
static char *
untag(const char *h)
{
	char *o = malloc(strlen(h) + 1), *w = o;

	assert_non_null(o);
	while (*h) {
		if (*h == '<') {
			while (*h && *h != '>')
				h++;
			if (*h)
				h++;
		} else {
			*w++ = *h++;
		}
	}
	*w = '\0';
	return o;
}

/* Whether the text of h (its tags taken out) holds want. */
static int
has_text(const char *h, const char *want)
{
	char *t = untag(h);
	int r = strstr(t, want) != NULL;

	free(t);
	return r;
}

/* The letter says what the donor is thanked for: the need, the type, the
 * money received in Persian digits grouped with U+066C and the unit, or
 * the amount pledged when nothing is paid yet, the hours, the thing given
 * in kind; and the money received in all.  Before, it thanked him for "his
 * valuable participation" and never said which. */
static void
test_gifts(void **state)
{
	struct tui_letter_item it[4] = {
		{ "ساخت اتاق نگهبانی 2", 0, 1, 250000000, 250000000, 0, "", 0, 0 },
		{ "دوربین مداربسته", 1, 1, 30000000, 0, 0, "", 0, 0 },
		{ "", 6, 0, 0, 0, 40, "", 0, 0 },
		{ "", 4, 0, 0, 0, 0, "تابلوی راهنمایی 3 عدد", 0, 0 },
	};
	struct tui_letter l = sample("علی‌رضا کریمی");
	char *h;

	(void)state;
	l.items = it;
	l.nitems = 4;
	h = tui_letter_html(&l);
	assert_non_null(h);
	assert_non_null(strstr(h, "شرح مشارکت‌ها:"));
	assert_non_null(strstr(h, "ساخت اتاق نگهبانی ۲"));
	assert_non_null(strstr(h, "توسعهٔ فضاهای انتظامی"));
	assert_non_null(strstr(h, "۲۵۰٬۰۰۰٬۰۰۰ ریال"));
	assert_non_null(strstr(h, "دوربین مداربسته"));
	assert_non_null(strstr(h, "تعهد: ۳۰٬۰۰۰٬۰۰۰ ریال"));
	assert_non_null(strstr(h, "انتظامی (داوطلبانه)"));
	assert_non_null(strstr(h, "۴۰ ساعت"));
	assert_non_null(strstr(h, "تابلوی راهنمایی ۳ عدد"));
	assert_true(has_text(h, "جمع مبالغ دریافت‌شده تا امروز: ۲۵۰٬۰۰۰٬۰۰۰ ریال"));
	assert_null(strstr(h, "250"));
	assert_null(strstr(h, "250,000,000"));
	assert_null(strstr(h, "مورد دیگر"));	/* all four fit */
	free(h);
	/* toman, as the user's setting says: rials / 10 */
	l.toman = 1;
	h = tui_letter_html(&l);
	assert_non_null(h);
	assert_true(has_text(h, "جمع مبالغ دریافت‌شده تا امروز: ۲۵٬۰۰۰٬۰۰۰ تومان"));
	assert_non_null(strstr(h, "تعهد: ۳٬۰۰۰٬۰۰۰ تومان"));
	assert_null(strstr(h, "ریال"));
	free(h);
	/* nothing recorded: no table, no sum */
	l.nitems = 0;
	l.items = NULL;
	h = tui_letter_html(&l);
	assert_non_null(h);
	assert_null(strstr(h, "<table"));
	assert_null(strstr(h, "شرح مشارکت‌ها"));
	assert_null(strstr(h, "جمع مبالغ"));
	free(h);
}

/* A donor with many pledges gets a letter of one page: the first
 * TUI_LETTER_ITEMS_MAX rows and "and N more"; the sum is of them all. */
static void
test_gifts_many(void **state)
{
	struct tui_letter_item it[10];
	struct tui_letter l = sample("بنیاد نیکوکاری مهر");
	char *h;
	int i;

	(void)state;
	for (i = 0; i < 10; i++) {
		it[i] = (struct tui_letter_item){ "تعمیر سقف پاسگاه", 0, 1, 1000000, 1000000, 0, "", 0, 0 };
	}
	l.items = it;
	l.nitems = 10;
	h = tui_letter_html(&l);
	assert_non_null(h);
	assert_int_equal(count(h, "تعمیر سقف پاسگاه"), TUI_LETTER_ITEMS_MAX);
	assert_non_null(strstr(h, "و ۵ مورد دیگر"));
	assert_true(has_text(h, "جمع مبالغ دریافت‌شده تا امروز: ۱۰٬۰۰۰٬۰۰۰ ریال"));
	free(h);
}

/* The sum the letter states is in digits and in words, as a formal
 * letter writes it (the table's figures in digits alone, each row one
 * line), and the sum received says from when it
 * counts: the day of the donor's first payment, to this day.  Before,
 * no amount was in words and the sum said «تا امروز» alone. */
static void
test_gifts_words_since(void **state)
{
	int32_t esfand5, farvardin10;
	struct tui_letter_item it[3] = {
		{ "ساخت اتاق نگهبانی", 0, 1, 300000000, 250000000, 0, "", 1, 0 },
		{ "دوربین مداربسته", 1, 1, 30000000, 0, 0, "", 0, 0 },
		{ "تعمیر سقف پاسگاه", 0, 1, 1500000, 1500005, 0, "", 1, 0 },
	};
	struct tui_letter l = sample("علی‌رضا کريمی");
	char *h, *txt, *h2, *txt2;

	(void)state;
	assert_int_equal(loc_jalali_to_day(1402, 12, 5, &esfand5), 0);
	assert_int_equal(loc_jalali_to_day(1403, 1, 10, &farvardin10), 0);
	it[0].first_paid = farvardin10;
	it[2].first_paid = esfand5;	/* the earliest, though not the largest */
	l.items = it;
	l.nitems = 3;
	h = tui_letter_html(&l);
	assert_non_null(h);
	txt = untag(h);
	assert_non_null(strstr(txt, "جمع مبالغ دریافت‌شده از ۵ اسفند ۱۴۰۲ تا امروز: "
	    "۲۵۱٬۵۰۰٬۰۰۵ ریال (دویست و پنجاه و یک میلیون و پانصد هزار و پنج ریال)"));
	assert_null(strstr(txt, "دریافت‌شده تا امروز"));
	/* the table's figures in digits alone */
	assert_non_null(strstr(txt, "تعهد: ۳۰٬۰۰۰٬۰۰۰ ریال"));
	assert_null(strstr(txt, "سی میلیون"));
	assert_int_equal(count(h, "class=\"words\""), 1);
	free(txt);
	free(h);
	/* toman: whole toman in toman words; 5 rials over a toman is not,
	 * and its words say it in rials, exactly */
	l.toman = 1;
	h = tui_letter_html(&l);
	assert_non_null(h);
	txt = untag(h);
	assert_non_null(strstr(txt, "تعهد: ۳٬۰۰۰٬۰۰۰ تومان"));
	assert_non_null(strstr(txt, "جمع مبالغ دریافت‌شده از ۵ اسفند ۱۴۰۲ تا امروز: "
	    "۲۵٬۱۵۰٬۰۰۰٫۵ تومان (دویست و پنجاه و یک میلیون و پانصد هزار و پنج ریال)"));
	free(txt);
	free(h);
	/* a sum of whole toman in toman words */
	it[2].received = 1500000;
	h2 = tui_letter_html(&l);
	assert_non_null(h2);
	txt2 = untag(h2);
	assert_non_null(strstr(txt2, "۲۵٬۱۵۰٬۰۰۰ تومان (بیست و پنج میلیون و یکصد و پنجاه هزار تومان)"));
	free(txt2);
	free(h2);
	it[2].received = 1500005;
	/* no day known for the money received (a letter built without it):
	 * the line as before, no «از» with nothing after it */
	it[0].has_first = it[2].has_first = 0;
	l.toman = 0;
	h = tui_letter_html(&l);
	assert_non_null(h);
	txt = untag(h);
	assert_non_null(strstr(txt, "جمع مبالغ دریافت‌شده تا امروز: ۲۵۱٬۵۰۰٬۰۰۵ ریال ("));
	assert_null(strstr(txt, "دریافت‌شده از"));
	free(txt);
	free(h);
}

/* An organisation's letter is addressed to its management, «مدیریت
 * محترم» above its name, not «خیّر گرامی», a person's. */
static void
test_org_heading(void **state)
{
	struct tui_letter l = sample("شرکت فولاد آذر");
	char *h;

	(void)state;
	l.org = 1;
	h = tui_letter_html(&l);
	assert_non_null(h);
	assert_non_null(strstr(h, "مدیریت محترم</div>"));
	assert_null(strstr(h, "خیّر گرامی"));
	free(h);
	l.org = 0;
	h = tui_letter_html(&l);
	assert_non_null(h);
	assert_non_null(strstr(h, "خیّر گرامی</div>"));
	assert_null(strstr(h, "مدیریت محترم"));
	free(h);
}

/* ---- the contributions read from a store ---- */

static int
init_fn(struct store_txn *t, void *ctx)
{
	return store_init(t, ctx, "test");
}

struct fill {
	char donor[CORE_ID_MAX], need[CORE_ID_MAX];
	char live[CORE_ID_MAX], dead[CORE_ID_MAX];
};

static struct core_record *
rec(enum core_kind k)
{
	struct core_record *r = core_record_new(k);

	assert_non_null(r);
	return r;
}

static void
put(struct store_txn *t, struct core_record *r, char *id)
{
	char tmp[CORE_ID_MAX];

	assert_int_equal(store_put_new(t, r, id != NULL ? id : tmp), 0);
	core_record_free(r);
}

/* A pledge of donor on need (NULL: none) of type, amount (< 0: none),
 * hours (0: none), status; its id into id. */
static void
pledge(struct store_txn *t, const struct fill *f, const char *need, int type,
    int64_t amount, int64_t hours, int status, char *id)
{
	struct core_record *r = rec(CORE_PLEDGE);

	core_record_set_text(r, CORE_PLEDGE_DONOR, f->donor);
	if (need != NULL)
		core_record_set_text(r, CORE_PLEDGE_NEED, need);
	core_record_set_num(r, CORE_PLEDGE_TYPE, type);
	if (amount >= 0)
		core_record_set_num(r, CORE_PLEDGE_AMOUNT, amount);
	if (hours > 0)
		core_record_set_num(r, CORE_PLEDGE_HOURS, hours);
	core_record_set_num(r, CORE_PLEDGE_PLEDGED_ON, 19800);
	core_record_set_num(r, CORE_PLEDGE_STATUS, status);
	put(t, r, id);
}

static void
payment_on(struct store_txn *t, const char *pid, int64_t amount, int32_t on, char *id)
{
	struct core_record *r = rec(CORE_PAYMENT);

	core_record_set_text(r, CORE_PAYMENT_PLEDGE, pid);
	core_record_set_num(r, CORE_PAYMENT_PAID_ON, on);
	core_record_set_num(r, CORE_PAYMENT_AMOUNT, amount);
	put(t, r, id);
}

static void
payment(struct store_txn *t, const char *pid, int64_t amount, char *id)
{
	payment_on(t, pid, amount, 19810, id);
}

static int
fill_fn(struct store_txn *t, void *ctx)
{
	struct fill *f = ctx;
	struct core_record *r;
	struct store_meta m;
	char unit[CORE_ID_MAX], pay[CORE_ID_MAX];

	r = rec(CORE_UNIT);
	core_record_set_num(r, CORE_UNIT_KIND, 0);
	core_record_set_text(r, CORE_UNIT_NAME, "کلانتری ۱۱ تبریز");
	core_record_set_text(r, CORE_UNIT_COUNTY, "TBZ");
	put(t, r, unit);
	r = rec(CORE_NEED);
	core_record_set_text(r, CORE_NEED_UNIT, unit);
	core_record_set_num(r, CORE_NEED_CATEGORY, 0);
	core_record_set_text(r, CORE_NEED_TITLE, "ساخت اتاق نگهبانی");
	core_record_set_num(r, CORE_NEED_ESTIMATED_COST, 900000000);
	core_record_set_num(r, CORE_NEED_URGENCY, 3);
	core_record_set_num(r, CORE_NEED_IMPACT, 3);
	core_record_set_num(r, CORE_NEED_IDENTIFIED_ON, 19700);
	core_record_set_num(r, CORE_NEED_STATUS, CORE_NEED_APPROVED);
	put(t, r, f->need);
	r = rec(CORE_DONOR);
	core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_ORG);
	core_record_set_text(r, CORE_DONOR_NAME, "شرکت فولاد آذر");
	core_record_set_text(r, CORE_DONOR_COUNTY, "TBZ");
	put(t, r, f->donor);
	/* received 250,000,000 (a deactivated payment of 99,000,000 left
	 * out, and its day, before the others, too) */
	pledge(t, f, f->need, 0, 300000000, 0, CORE_PLEDGE_PARTIAL, f->live);
	payment(t, f->live, 200000000, NULL);
	payment_on(t, f->live, 50000000, 19815, NULL);
	payment_on(t, f->live, 99000000, 19805, pay);
	assert_int_equal(store_get(t, CORE_PAYMENT, pay, &r, &m), 0);
	core_record_free(r);
	assert_int_equal(store_deactivate(t, CORE_PAYMENT, pay, m.rev), 0);
	/* pledged, nothing received yet */
	pledge(t, f, f->need, 1, 40000000, 0, CORE_PLEDGE_PLEDGED, NULL);
	/* volunteer hours, on no need */
	pledge(t, f, NULL, 6, -1, 12, CORE_PLEDGE_PLEDGED, NULL);
	/* cancelled, and deactivated: not thanked for */
	pledge(t, f, f->need, 0, 70000000, 0, CORE_PLEDGE_CANCELLED, NULL);
	pledge(t, f, f->need, 0, 80000000, 0, CORE_PLEDGE_PLEDGED, f->dead);
	assert_int_equal(store_get(t, CORE_PLEDGE, f->dead, &r, &m), 0);
	core_record_free(r);
	assert_int_equal(store_deactivate(t, CORE_PLEDGE, f->dead, m.rev), 0);
	return 0;
}

/* The letter's contributions come from the store: the donor's pledges but
 * cancelled and deactivated ones, the money received on each (deactivated
 * payments left out), the need's title; the money received first. */
static void
test_items_load(void **state)
{
	char dir[] = "/tmp/letterdbXXXXXX", cmd[64];
	struct store *st;
	struct store_txn *t;
	struct tui_letter_item *it;
	struct fill f;
	size_t n, i;

	(void)state;
	memset(&f, 0, sizeof f);
	assert_non_null(mkdtemp(dir));
	assert_int_equal(store_open(dir, STORE_CREATE | STORE_NOSYNC, &st), 0);
	assert_int_equal(store_write(st, init_fn, (void *)"TST"), 0);
	assert_int_equal(store_write(st, fill_fn, &f), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(tui_letter_items_load(t, f.donor, &it, &n), 0);
	store_read_end(t);
	assert_int_equal(n, 3);
	assert_string_equal(it[0].title, "ساخت اتاق نگهبانی");
	assert_int_equal(it[0].type, 0);
	assert_true(it[0].has_amount);
	assert_int_equal(it[0].pledged, 300000000);
	assert_int_equal(it[0].received, 250000000);
	/* the day of its first payment not deactivated */
	assert_true(it[0].has_first);
	assert_int_equal(it[0].first_paid, 19810);
	assert_int_equal(it[1].type, 1);
	assert_int_equal(it[1].pledged, 40000000);
	assert_int_equal(it[1].received, 0);
	assert_false(it[1].has_first);
	assert_int_equal(it[2].type, 6);
	assert_false(it[2].has_amount);
	assert_int_equal(it[2].hours, 12);
	assert_string_equal(it[2].title, "");
	for (i = 0; i < n; i++) {
		assert_true(it[i].pledged != 70000000);
		assert_true(it[i].pledged != 80000000);
	}
	tui_letter_items_free(it, n);
	/* a donor with no pledge: none, and no error */
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(tui_letter_items_load(t, "TST-999", &it, &n), 0);
	store_read_end(t);
	assert_int_equal(n, 0);
	tui_letter_items_free(it, n);
	store_close(st);
	snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
	assert_int_equal(system(cmd), 0);
}

/* h with every <wbr> taken out: the text as it reads. */
static char *
unwbr(const char *h)
{
	char *o = malloc(strlen(h) + 1), *w = o;

	assert_non_null(o);
	while (*h) {
		if (strncmp(h, "<wbr>", 5) == 0)
			h += 5;
		else
			*w++ = *h++;
	}
	*w = '\0';
	return o;
}

/* The text of the <td> holding needle (its opening tag up to the
 * needle), copied into buf. */
static const char *
cell_of(const char *h, const char *needle, char *buf, size_t n)
{
	const char *e = strstr(h, needle), *b;

	assert_non_null(e);
	for (b = e; b > h && strncmp(b, "<td", 3) != 0; b--)
		;
	snprintf(buf, n, "%.*s", (int)(e - b), b);
	return buf;
}

/* Long texts (a ceremony's title, a need's title, an organisation's name,
 * a place, a thing given in kind; Persian with ZWNJ, Latin words and
 * digits) wrap inside the page at their words: the page and the need's
 * cell say so (overflow-wrap), a run of ZWNJ-joined parts with no space
 * may break after its ZWNJs (<wbr>), a word never is, and every text is
 * in the page whole.  Before, the table and a long run pushed the page
 * past its border (Chromium showed the ceremony's place cut off the
 * printed width) and a thing given in kind never wrapped (nowrap). */
static void
test_long_text(void **state)
{
	static const char title[] = "تأمین و نصب سامانهٔ دوربین‌های مداربستهٔ هوشمند با وضوح 4K و "
	    "ذخیره‌ساز NVR-32CH برای پاسگاه‌های مرزی شهرستان‌های خداآفرین، کلیبر و اهر در سال 1403";
	static const char run[] = "بازسازی‌وتعمیرات‌اساسی‌ساختمان‌کلانتری‌شمارهٔ‌11‌تبریز";
	static const char kind[] = "تابلوهای راهنمایی و رانندگی، مخروط‌های ترافیکی و چراغ‌های "
	    "چشمک‌زن LED-12V برای ایست‌های بازرسی ورودی و خروجی شهر";
	struct tui_letter_item it[3] = {
		{ (char *)title, 1, 1, 1250000000, 1250000000, 0, "", 0, 0 },
		{ (char *)run, 0, 1, 300000000, 0, 0, "", 0, 0 },
		{ "", 4, 0, 0, 0, 0, (char *)kind, 0, 0 },
	};
	struct tui_letter l = sample("شرکت تعاونی تولیدی و توزیعی فرآورده‌های لبنی آذربایجان‌شرقی (سهامی خاص)");
	char *h, *t, cell[600];
	const char *p;

	(void)state;
	l.org = 1;
	l.ceremony = "همایش بزرگداشت خیّرین و نیکوکاران مشارکت‌کننده در طرح‌های توسعهٔ "
	    "فضاهای انتظامی استان به مناسبت هفتهٔ ناجا 1403 (NAJA-WEEK-1403)";
	l.place = "سالن‌همایش‌های‌بین‌المللی‌فرماندهی‌انتظامی‌استان‌آذربایجان‌شرقی";
	l.items = it;
	l.nitems = 3;
	h = tui_letter_html(&l);
	assert_non_null(h);
	/* the page wraps what it holds; the need's cell lets the table stay
	 * in the page (a word wider than its column broken, not run past) */
	assert_non_null(strstr(h, "overflow-wrap:break-word;"));
	assert_non_null(strstr(cell_of(h, "تأمین و نصب", cell, sizeof cell), "overflow-wrap:anywhere;"));
	assert_non_null(strstr(cell_of(h, "بازسازی", cell, sizeof cell), "overflow-wrap:anywhere;"));
	/* the thing given in kind wraps too: not in a nowrap cell */
	cell_of(h, "تابلوهای راهنمایی", cell, sizeof cell);
	assert_null(strstr(cell, "nowrap"));
	assert_non_null(strstr(cell, "overflow-wrap:anywhere;"));
	/* an amount is still not broken */
	assert_non_null(strstr(cell_of(h, "۱٬۲۵۰٬۰۰۰٬۰۰۰", cell, sizeof cell), "white-space:nowrap;"));
	/* a title of words: no break of ours in it, its words whole */
	assert_non_null(strstr(h, "تأمین و نصب سامانهٔ دوربین‌های مداربستهٔ هوشمند با وضوح 4K و "
	    "ذخیره‌ساز NVR-32CH برای پاسگاه‌های مرزی شهرستان‌های خداآفرین، کلیبر و اهر در سال ۱۴۰۳"));
	assert_non_null(strstr(h, "«همایش بزرگداشت خیّرین و نیکوکاران مشارکت‌کننده در طرح‌های توسعهٔ "
	    "فضاهای انتظامی استان به مناسبت هفتهٔ ناجا ۱۴۰۳ (NAJA-WEEK-1403)»"));
	assert_non_null(strstr(h, "شرکت تعاونی تولیدی و توزیعی فرآورده‌های لبنی آذربایجان‌شرقی (سهامی خاص)</div>"));
	/* a run with no space may break after each ZWNJ, never inside a part */
	assert_non_null(strstr(h, "بازسازی\u200C<wbr>وتعمیرات\u200C<wbr>اساسی\u200C<wbr>ساختمان\u200C<wbr>"
	    "کلانتری\u200C<wbr>شمارهٔ\u200C<wbr>۱۱\u200C<wbr>تبریز</td>"));
	assert_non_null(strstr(h, "سالن\u200C<wbr>همایش\u200C<wbr>های\u200C<wbr>بین"));
	/* read without the breaks, every text is there whole: nothing cut */
	t = unwbr(h);
	assert_non_null(strstr(t, "بازسازی‌وتعمیرات‌اساسی‌ساختمان‌کلانتری‌شمارهٔ‌۱۱‌تبریز</td>"));
	assert_non_null(strstr(t, "سالن‌همایش‌های‌بین‌المللی‌فرماندهی‌انتظامی‌استان‌آذربایجان‌شرقی<br>"));
	assert_non_null(strstr(t, "تابلوهای راهنمایی و رانندگی، مخروط‌های ترافیکی و چراغ‌های "
	    "چشمک‌زن LED-12V برای ایست‌های بازرسی ورودی و خروجی شهر</td>"));
	free(t);
	/* only those long runs: no other <wbr> in the page */
	for (p = h; (p = strstr(p, "<wbr>")) != NULL; p += 5)
		assert_true(strncmp(p - 3, "\u200C", 3) == 0);
	free(h);
	/* the page's <title> takes no tag: a long name is there as it is */
	l = sample("بنیاد‌خیریه‌نیکوکاران‌وحامیان‌انتظامی‌آذربایجان");
	h = tui_letter_html(&l);
	assert_non_null(h);
	assert_non_null(strstr(h, " - بنیاد‌خیریه‌نیکوکاران‌وحامیان‌انتظامی‌آذربایجان</title>"));
	assert_non_null(strstr(h, "بنیاد\u200C<wbr>خیریه"));	/* the name's line may break */
	free(h);
	/* a short word with a ZWNJ (a name) is never broken */
	l = sample("علی‌رضا کریمی‌نژاد");
	l.ceremony = "جشن نیکوکاران می‌شود";
	h = tui_letter_html(&l);
	assert_non_null(h);
	assert_null(strstr(h, "<wbr>"));
	assert_non_null(strstr(h, "علی‌رضا کریمی‌نژاد</div>"));
	free(h);
}

/* A pledge with both an amount and a thing given in kind (an equipment
 * pledge "یک دستگاه موتورسیکلت" valued at 975,000,000 rials), or hours and
 * what was done in them, is thanked for both, in the row's one cell: the
 * amount, not broken, then the thing itself.  Before, the letter showed
 * the amount alone and the thing given was lost from it. */
static void
test_gifts_in_kind_and_amount(void **state)
{
	struct tui_letter_item it[2] = {
		{ "تجهیز اتاق مخابرات کلانتری 38 ملکان", 1, 1, 975000000, 975000000, 0,
		    "یک دستگاه موتورسیکلت", 0, 0 },
		{ "", 6, 0, 0, 0, 12, "آموزش ایمنی در مدرسهٔ 3 هشترود", 0, 0 },
	};
	struct tui_letter l = sample("شرکت فرش‌بافی ارس");
	char *h, cell[800];

	(void)state;
	l.org = 1;
	l.items = it;
	l.nitems = 2;
	h = tui_letter_html(&l);
	assert_non_null(h);
	assert_non_null(strstr(h, "یک دستگاه موتورسیکلت"));
	assert_non_null(strstr(h, "آموزش ایمنی در مدرسهٔ ۳ هشترود"));
	/* in the cell of its amount, after it; the amount kept whole */
	cell_of(h, "یک دستگاه موتورسیکلت", cell, sizeof cell);
	assert_non_null(strstr(cell, "۹۷۵٬۰۰۰٬۰۰۰ ریال"));
	assert_null(strstr(cell, "تجهیز اتاق"));
	assert_non_null(strstr(cell_of(h, "۹۷۵٬۰۰۰٬۰۰۰", cell, sizeof cell), "white-space:nowrap;"));
	cell_of(h, "آموزش ایمنی", cell, sizeof cell);
	assert_non_null(strstr(cell, "۱۲ ساعت"));
	/* the thing given wraps: the cell is not nowrap, its amount is */
	assert_non_null(strstr(cell, "overflow-wrap:anywhere;"));
	assert_true(has_text(h, "جمع مبالغ دریافت‌شده تا امروز: ۹۷۵٬۰۰۰٬۰۰۰ ریال"));
	free(h);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_page),
		cmocka_unit_test(test_escaped),
		cmocka_unit_test(test_persian_under_english),
		cmocka_unit_test(test_write),
		cmocka_unit_test(test_write_new),
		cmocka_unit_test(test_write_same),
		cmocka_unit_test(test_org),
		cmocka_unit_test(test_digits),
		cmocka_unit_test(test_gifts),
		cmocka_unit_test(test_gifts_many),
		cmocka_unit_test(test_gifts_words_since),
		cmocka_unit_test(test_org_heading),
		cmocka_unit_test(test_items_load),
		cmocka_unit_test(test_long_text),
		cmocka_unit_test(test_gifts_in_kind_and_amount),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
