/*
 * tests/tui/test_letter.c — the thank-you letter page (tui/letter.c): RTL
 * Persian, self-contained, every database text escaped, the date in
 * Persian digits and written out, Persian wording under --lang en too, and
 * the file written whole.
 *
 * The expected date texts are written here by hand: 1403/12/05 is 5 Esfand
 * 1403 (the Jalali month names of SPEC §5).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "locale/catalog.h"
#include "locale/jalali.h"
#include "tui/letter.h"

static struct tui_letter
sample(const char *name)
{
	struct tui_letter l;
	int32_t day = 0;

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

	(void)state;
	fd = mkstemp(path);
	assert_true(fd >= 0);
	close(fd);
	assert_int_equal(tui_letter_write(path, &l), 0);
	f = fopen(path, "r");
	assert_non_null(f);
	n = fread(buf, 1, sizeof buf - 1, f);
	fclose(f);
	buf[n] = '\0';
	assert_string_equal(buf, h);
	free(h);
	unlink(path);
	assert_int_equal(tui_letter_write("/nonexistent-dir/x.html", &l), -1);
}

/* The figures in the database's texts (a workshop's name, a hall, the
 * station's name: stored with ASCII digits) are Persian, as the letter's
 * dates are, not «تالار 22 بهمن» beside «۵ اسفند ۱۴۰۳»; the HTML's own
 * numbers (an escaped quote's &#39;) are not touched. */
static void
test_digits(void **state)
{
	struct tui_letter l = sample("کارگاه تولیدی 22 بهمن 'Azar 2'");
	char *h;

	(void)state;
	l.ceremony = "همایش هفتهٔ ناجا 1403";
	l.place = "تالار شمارهٔ 3 فرمانداری";
	l.station = "کلانتری 11 تبریز";
	h = tui_letter_html(&l);
	assert_non_null(h);
	assert_non_null(strstr(h, "<div id=\"name\" style=\"font-size:34px;font-weight:bold;margin:10px 0 30px 0;\">"
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
	l = sample("شرکت فن‌آوران 3D");
	l.ceremony = "همایش B2B خیّرین 1404";
	l.place = "تالار 4A";
	l.station = "کلانتری 11 تبریز";
	h = tui_letter_html(&l);
	assert_non_null(h);
	assert_non_null(strstr(h, "شرکت فن‌آوران 3D</div>"));
	assert_non_null(strstr(h, "«همایش B2B خیّرین ۱۴۰۴»"));
	assert_non_null(strstr(h, "تالار 4A"));
	assert_null(strstr(h, "۳D"));
	assert_null(strstr(h, "۴A"));
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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_page),
		cmocka_unit_test(test_escaped),
		cmocka_unit_test(test_persian_under_english),
		cmocka_unit_test(test_write),
		cmocka_unit_test(test_org),
		cmocka_unit_test(test_digits),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
