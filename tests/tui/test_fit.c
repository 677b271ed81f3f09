/*
 * tests/tui/test_fit.c — tui_fit_middle (tui/draw.c), the matching
 * screen's need titles and donor names too long for their column: two
 * titles that differ only at their end stay apart (cut at the end they
 * read the same), the start and the end are kept around one ellipsis, at
 * word boundaries, never wider than the column, a combining mark never
 * parted from its letter; a text that fits is left whole.  tui_fit_end
 * (how tui_draw_text cuts a text) and tui_fit_before: never a cut inside
 * an amount or a date (a prefix of its digits reads as another figure),
 * a pledge's donor cut before its amount; brackets left balanced.
 * tui_wrap_next: a value broken into full lines between words.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "tui/draw.h"
#include "tui/form.h"

static const char north[] =
    "بازسازی ساختمان و تعمیر سقف و دیوارهای کلانتری شمارهٔ ۱۲ تبریز، بخش شمالی";
static const char south[] =
    "بازسازی ساختمان و تعمیر سقف و دیوارهای کلانتری شمارهٔ ۱۲ تبریز، بخش جنوبی";

static void
test_whole_when_it_fits(void **state)
{
	char buf[300];

	(void)state;
	assert_string_equal(tui_fit_middle("ساخت اتاق نگهبانی", 31, buf, sizeof buf),
	    "ساخت اتاق نگهبانی");
	assert_string_equal(tui_fit_middle("", 31, buf, sizeof buf), "");
}

static void
test_ends_told_apart(void **state)
{
	char a[300], b[300];
	int w;

	(void)state;
	for (w = 12; w <= 60; w++) {
		tui_fit_middle(north, w, a, sizeof a);
		tui_fit_middle(south, w, b, sizeof b);
		assert_true(tui_text_width(a) <= w);
		assert_true(tui_text_width(b) <= w);
		assert_non_null(strstr(a, "\xe2\x80\xa6"));
		assert_string_not_equal(a, b);
		/* the end whole, at a word's start; the start kept */
		assert_non_null(strstr(a, "شمالی"));
		assert_non_null(strstr(b, "جنوبی"));
		assert_int_equal(strncmp(a, "باز", strlen("باز")), 0);
	}
	tui_fit_middle(north, 31, a, sizeof a);
	/* (its «و» goes with the word it joins: test_end_joining) */
	assert_string_equal(a, "بازسازی ساختمان\xe2\x80\xa6بخش شمالی");
}

static void
test_mark_stays_with_its_letter(void **state)
{
	char a[300];
	const char *e;
	int w;

	(void)state;
	/* HAMZA ABOVE (U+0654) of «شمارهٔ» never starts the kept end */
	for (w = 8; w <= 70; w++) {
		tui_fit_middle(north, w, a, sizeof a);
		if ((e = strstr(a, "\xe2\x80\xa6")) != NULL)
			assert_memory_not_equal(e + 3, "\xd9\x94", 2);
	}
}

static void
test_small_buffer_left_to_draw(void **state)
{
	char a[16];

	(void)state;
	/* no room for a cut: the start as it fits, cut at its end when drawn */
	tui_fit_middle(north, 31, a, sizeof a);
	assert_true(strlen(a) < sizeof a);
}

/* A pledge's caption, as the payment form shows it beside the pledge. */
static const char pledge[] = "کارخانهٔ قند اهر — ۸۴۶٬۰۰۰٬۰۰۰ ریال";
static const char amount[] = "۸۴۶٬۰۰۰٬۰۰۰";

/* Whether every digit of a shows inside one whole amount: it has no digit
 * at all, or amount whole. */
static int
amount_whole_or_none(const char *a)
{
	return strstr(a, amount) != NULL || (strstr(a, "۸") == NULL && strstr(a, "۴") == NULL &&
	    strstr(a, "۶") == NULL && strstr(a, "۰") == NULL);
}

static void
test_end_never_inside_a_figure(void **state)
{
	char a[300];
	int w;

	(void)state;
	/* at 70 columns the hint showed «…۸۴۶» (۸۴۶٬۰۰۰٬۰… cut at its end),
	 * another amount to a clerk reading it */
	for (w = 1; w <= 40; w++) {
		tui_fit_end(pledge, w, a, sizeof a);
		assert_true(tui_text_width(a) <= w);
		assert_true(amount_whole_or_none(a));
	}
	tui_fit_end(pledge, 26, a, sizeof a);	/* (no « —» before the ellipsis) */
	assert_string_equal(a, "کارخانهٔ قند اهر\xe2\x80\xa6\xe2\x80\x8f");
	/* one amount too wide for its column: the ellipsis alone */
	tui_fit_end(amount, 8, a, sizeof a);
	assert_string_equal(a, "\xe2\x80\xa6\xe2\x80\x8f");
	/* a date likewise, and ASCII digits */
	tui_fit_end("تاریخ ۱۴۰۳/۰۵/۰۱", 12, a, sizeof a);
	assert_string_equal(a, "تاریخ\xe2\x80\xa6\xe2\x80\x8f");
	tui_fit_end("total 1,250,000", 12, a, sizeof a);
	assert_string_equal(a, "total\xe2\x80\xa6\xe2\x80\x8e");
	/* a figure that fits is kept whole, the cut after it */
	tui_fit_end("۱۲ نفر از کلانتری", 7, a, sizeof a);
	assert_string_equal(a, "۱۲ نفر\xe2\x80\xa6\xe2\x80\x8f");
}

static void
test_end_keeps_marks(void **state)
{
	char a[300];
	const char *e;
	int w;

	(void)state;
	/* the HAMZA ABOVE of «کارخانهٔ» went with the cut: «کارخانه…» */
	for (w = 2; w <= 30; w++) {
		tui_fit_end(pledge, w, a, sizeof a);
		if ((e = strstr(a, "\xe2\x80\xa6")) != NULL && e > a)
			assert_memory_not_equal(pledge + (e - a), "\xd9\x94", 2);
	}
	tui_fit_end(pledge, 9, a, sizeof a);
	assert_string_equal(a, "کارخانهٔ\xe2\x80\xa6\xe2\x80\x8f");
}

static void
test_before_keeps_the_amount(void **state)
{
	char a[300];
	int w;

	(void)state;
	tui_fit_before(pledge, " — ", 40, a, sizeof a);
	assert_string_equal(a, pledge);
	/* the donor's name gives way, the amount stays whole */
	tui_fit_before(pledge, " — ", 32, a, sizeof a);
	assert_string_equal(a, "کارخانهٔ قند\xe2\x80\xa6\xe2\x80\x8f — ۸۴۶٬۰۰۰٬۰۰۰ ریال");
	for (w = 1; w <= 40; w++) {
		tui_fit_before(pledge, " — ", w, a, sizeof a);
		/* drawn cut at its end if still too wide: as tui_draw_text
		 * would cut it */
		if (tui_text_width(a) > w)
			tui_fit_end(a, w, a, sizeof a);
		assert_true(tui_text_width(a) <= w);
		assert_true(amount_whole_or_none(a));
		/* room for « — », the amount and its unit, and an ellipsis */
		if (w >= 20)
			assert_non_null(strstr(a, amount));
	}
	/* no separator: cut at its end, as any text */
	tui_fit_before("کارخانهٔ قند اهر", " — ", 10, a, sizeof a);
	assert_string_equal(a, "کارخانهٔ قند اهر");
}

static void
test_middle_never_inside_a_figure(void **state)
{
	static const char title[] =
	    "خرید تجهیزات کلانتری شمارهٔ ۱۲ تبریز به مبلغ ۱۲٬۳۴۵٬۶۷۸٬۹۰۰";
	static const char big[] = "۱۲٬۳۴۵٬۶۷۸٬۹۰۰";
	char a[300];
	int w;

	(void)state;
	for (w = 5; w <= 70; w++) {
		const char *e;

		tui_fit_middle(title, w, a, sizeof a);
		/* no cut found: cut at its end when drawn */
		if (strcmp(a, title) == 0)
			tui_fit_end(title, w, a, sizeof a);
		assert_true(tui_text_width(a) <= w);
		/* the whole amount, or none of its digits */
		if ((e = strstr(a, "\xe2\x80\xa6")) != NULL && strstr(e, big) == NULL) {
			assert_null(strstr(e, "۹۰۰"));
			assert_null(strstr(e, "۰"));
		}
		if (strstr(a, big) == NULL)
			assert_null(strstr(a, "۱۲٬"));
	}
	tui_fit_middle(title, 30, a, sizeof a);
	assert_string_equal(a, "خرید تجهیزات\xe2\x80\xa6۱۲٬۳۴۵٬۶۷۸٬۹۰۰");
}

/* The brackets of a: "(" as many as ")", never a ")" before its "(". */
static int
balanced(const char *a)
{
	int d = 0;

	for (; *a; a++) {
		if (*a == '(')
			d++;
		else if (*a == ')' && --d < 0)
			return 0;
	}
	return d == 0;
}

static void
test_end_keeps_brackets_balanced(void **state)
{
	/* a donor's name with its Latin spelling, as the conflict list and
	 * the audit log show it */
	static const char who[] = "علی ولی‌زاده (Vali-Zadeh)";
	char a[300];
	int w;

	(void)state;
	for (w = 1; w <= 26; w++) {
		tui_fit_end(who, w, a, sizeof a);
		assert_true(tui_text_width(a) <= w);
		assert_true(balanced(a));
	}
	/* «(Va…» showed as «Va…)» in a Persian line: closed after the
	 * ellipsis (an LRM between: it ends the Latin run) */
	tui_fit_end(who, 19, a, sizeof a);
	assert_string_equal(a, "علی ولی‌زاده (Vali\xe2\x80\xa6\xe2\x80\x8e)");
	/* less than two letters in it: cut before it */
	tui_fit_end(who, 16, a, sizeof a);
	assert_string_equal(a, "علی ولی‌زاده\xe2\x80\xa6\xe2\x80\x8f");
	/* nested, and a closed one left alone */
	tui_fit_end("کلانتری (شعبهٔ [مرکزی تبریز])", 24, a, sizeof a);
	assert_string_equal(a, "کلانتری (شعبهٔ [مرکزی\xe2\x80\xa6\xe2\x80\x8f])");
	tui_fit_end("(TBZ) کلانتری شمارهٔ ۱۲ تبریز", 14, a, sizeof a);
	assert_string_equal(a, "(TBZ) کلانتری\xe2\x80\xa6\xe2\x80\x8f");
}

static void
test_end_no_letter_of_a_word(void **state)
{
	/* a need's title in the conflict list's name column: «... و ن…»,
	 * one letter of «نصب», read as noise by a clerk */
	static const char title[] = "تعمیر سقف پاسگاه و نصب ناودان‌های جدید";
	static const char late[] = "اکنون نسخهٔ دیگر به‌کار است (تازه‌تر است).";
	char a[300];
	const char *e;
	int w;

	(void)state;
	tui_fit_end(title, 21, a, sizeof a);	/* its «و» with it (test_end_joining) */
	assert_string_equal(a, "تعمیر سقف پاسگاه\xe2\x80\xa6\xe2\x80\x8f");
	tui_fit_end(late, 38, a, sizeof a);
	assert_string_equal(a, "اکنون نسخهٔ دیگر به‌کار است (تازه‌تر\xe2\x80\xa6\xe2\x80\x8f)");
	/* at no width a word's first letter or two before the ellipsis:
	 * what is kept ends at a word's end, or three letters of it */
	for (w = 6; w <= 40; w++) {
		size_t k, n;
		int letters = 0;

		tui_fit_end(title, w, a, sizeof a);
		assert_true(tui_text_width(a) <= w);
		if ((e = strstr(a, "\xe2\x80\xa6")) == NULL)
			continue;
		n = (size_t)(e - a);
		assert_memory_equal(a, title, n);
		if (title[n] == ' ')
			continue;
		for (k = n; k > 0 && a[k - 1] != ' '; k--)
			if (((unsigned char)a[k - 1] & 0xC0) != 0x80)
				letters++;
		assert_true(k == 0 || letters >= 3);
	}
	/* a text of one word is still cut inside it */
	tui_fit_end("ناودان‌های", 4, a, sizeof a);
	assert_string_equal(a, "ناو\xe2\x80\xa6\xe2\x80\x8f");
}

/* tui_fit_end, the cut at the end of every line, and tui_fit_middle, the
 * lists' cut of a title, leave no
 * joining word («و», «یا», «از», «به», «در», «با»; and, or, of) hanging
 * before its ellipsis: it goes with the word it joins, as tui_fit_words
 * has it; a word that only starts with those letters stays. */
static void
test_end_joining(void **state)
{
	static const char title[] = "تعمیر سقف پاسگاه و نصب ناودان‌های جدید";
	static const char *const words[] = { " و ", " یا ", " يا ", " از ", " به ", " در ", " با " };
	char a[300], t[300];
	size_t i;
	int w;

	(void)state;
	/* the cut right after «و», and after «و » */
	tui_fit_end(title, 19, a, sizeof a);
	assert_string_equal(a, "تعمیر سقف پاسگاه\xe2\x80\xa6\xe2\x80\x8f");
	tui_fit_end(title, 20, a, sizeof a);
	assert_string_equal(a, "تعمیر سقف پاسگاه\xe2\x80\xa6\xe2\x80\x8f");
	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		snprintf(t, sizeof t, "تجهیز پاسگاه%sدوربین مداربسته", words[i]);
		for (w = 12; w <= 26; w++) {
			const char *e;

			tui_fit_end(t, w, a, sizeof a);
			if ((e = strstr(a, "\xe2\x80\xa6")) == NULL)
				continue;
			assert_true((size_t)(e - a) <= strlen("تجهیز پاسگاه") ||
			    (size_t)(e - a) > strlen("تجهیز پاسگاه") + strlen(words[i]) - 1);
		}
	}
	tui_fit_end("Supply and fitting of cameras", 12, a, sizeof a);
	assert_string_equal(a, "Supply\xe2\x80\xa6\xe2\x80\x8e");
	tui_fit_end("Supply of cameras", 10, a, sizeof a);
	assert_string_equal(a, "Supply\xe2\x80\xa6\xe2\x80\x8e");
	/* two in a row both go; a word starting with «و» stays */
	tui_fit_end("مصالح و یا تجهیزات", 12, a, sizeof a);
	assert_string_equal(a, "مصالح\xe2\x80\xa6\xe2\x80\x8f");
	tui_fit_end("مصالح ورودی جدید", 13, a, sizeof a);
	assert_string_equal(a, "مصالح ورودی\xe2\x80\xa6\xe2\x80\x8f");
	/* the start of a middle cut too (tui_fit_middle: the lists' titles
	 * at 64 and 80 columns), «همایش تجلیل از…» in the ceremonies' list */
	for (i = 0; i < sizeof words / sizeof words[0]; i++) {
		snprintf(t, sizeof t, "همایش تجلیل%sخیرین مشارکت‌های مردمی شهرستان مرند", words[i]);
		for (w = 12; w <= 50; w++) {
			const char *e;

			tui_fit_middle(t, w, a, sizeof a);
			assert_true(tui_text_width(a) <= w);
			if ((e = strstr(a, "\xe2\x80\xa6")) == NULL)
				continue;
			assert_true((size_t)(e - a) <= strlen("همایش تجلیل") ||
			    (size_t)(e - a) > strlen("همایش تجلیل") + strlen(words[i]) - 1);
		}
	}
	tui_fit_middle("همایش تجلیل از خیرین مشارکت‌های مردمی", 32, a, sizeof a);
	assert_null(strstr(a, "از\xe2\x80\xa6"));
	/* a text whose first word joins is cut as before */
	tui_fit_end("و تجهیزات کامل", 4, a, sizeof a);
	assert_string_equal(a, "و\xe2\x80\xa6\xe2\x80\x8f");
}

/* Whether the character that ends s[0..n) is one tui_cut_trim takes off:
 * a space, a hyphen or dash, a ZWNJ. */
static int
sep_before(const char *s, size_t n)
{
	static const char *const seps[] = { " ", "-", "\xe2\x80\x90", "\xe2\x80\x93",
	    "\xe2\x80\x94", "\xe2\x80\x8c", "\xc2\xa0" };
	size_t i, k;

	for (i = 0; i < sizeof seps / sizeof seps[0]; i++)
		if ((k = strlen(seps[i])) <= n && memcmp(s + n - k, seps[i], k) == 0)
			return 1;
	return 0;
}

static int
sep_after(const char *s)
{
	static const char *const seps[] = { " ", "-", "\xe2\x80\x90", "\xe2\x80\x93",
	    "\xe2\x80\x94", "\xe2\x80\x8c", "\xc2\xa0" };
	size_t i;

	for (i = 0; i < sizeof seps / sizeof seps[0]; i++)
		if (strncmp(s, seps[i], strlen(seps[i])) == 0)
			return 1;
	return 0;
}

/* A text cut short does not end with a hyphen, a dash, a space or a ZWNJ
 * before its ellipsis («ساختمان-…», «کتاب‌…», «مرند —…»), nor does the kept
 * end of a middle cut start with one after it. */
static void
test_no_separator_at_the_ellipsis(void **state)
{
	static const char *const texts[] = {
		"ساختمان-اداری کلانتری-مرکزی شهرستان‌های شمال‌غربی استان",
		"کتاب‌های درسی دبستان‌ها — مرند، خیابان امام - کوچهٔ ۱۲",
		"Vali-Zadeh \xe2\x80\x93 Tabriz-North office - main building",
	};
	char a[300];
	const char *e;
	size_t i;
	int w;

	(void)state;
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
		for (w = 2; w <= 60; w++) {
			tui_fit_end(texts[i], w, a, sizeof a);
			assert_true(tui_text_width(a) <= w);
			if ((e = strstr(a, "\xe2\x80\xa6")) != NULL && sep_before(a, (size_t)(e - a)))
				fail_msg("w %d: «%s» ends with a separator before its ellipsis", w, a);
			tui_fit_middle(texts[i], w, a, sizeof a);
			if ((e = strstr(a, "\xe2\x80\xa6")) != NULL &&
			    (sep_before(a, (size_t)(e - a)) || sep_after(e + 3)))
				fail_msg("w %d: «%s» has a separator at its ellipsis", w, a);
		}
	tui_fit_end("ساختمان-اداری کلانتری", 9, a, sizeof a);
	assert_string_equal(a, "ساختمان\xe2\x80\xa6\xe2\x80\x8f");
	tui_fit_end("کتاب‌های درسی", 5, a, sizeof a);
	assert_string_equal(a, "کتاب\xe2\x80\xa6\xe2\x80\x8f");
	tui_fit_end("مرند — خیابان امام", 8, a, sizeof a);
	assert_string_equal(a, "مرند\xe2\x80\xa6\xe2\x80\x8f");
	/* a separator inside the kept text stays */
	tui_fit_end("ساختمان-اداری کلانتری", 14, a, sizeof a);
	assert_string_equal(a, "ساختمان-اداری\xe2\x80\xa6\xe2\x80\x8f");
	/* tui_cut_trim itself: every separator at the end, nothing else */
	assert_int_equal(tui_cut_trim("ab -\xe2\x80\x8c \xe2\x80\x94", 11), 2);
	assert_int_equal(tui_cut_trim("- \xe2\x80\x8c", 5), 0);
	assert_int_equal(tui_cut_trim("\xd9\x85\xdb\x8c", 4), 4);
	assert_int_equal(tui_cut_trim("", 0), 0);
}

/* Whether the original text t goes on, after its first n bytes, with a
 * combining mark or a ZWNJ: the kept start ends with a letter cut from
 * what goes with it. */
static int
cut_from_its_mark(const char *t, size_t n)
{
	const unsigned char *p = (const unsigned char *)t + n;

	return (p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0x8c) ||	/* ZWNJ */
	    (p[0] == 0xd9 && p[1] >= 0x8b && p[1] <= 0x95) ||		/* U+064B..0655 */
	    (p[0] == 0xd9 && p[1] == 0xb0);				/* U+0670 */
}

/* Texts of the sync conflict screen's columns and the matching screen's:
 * an address, names and titles with ZWNJs and marks. */
static const char addr[] =
    "تبریز خیابان امام کوچهٔ شهید بهشتی پلاک ۱۲ واحد ۳ طبقهٔ دوم روبه‌روی مسجد جامع";
static const char books[] = "کتاب‌های درسی دبستان‌ها مرند خیابان امام";
static const char *const joined[] = {
	addr,
	books,
	"علی‌رضا کريمي‌نژاد، مدیر شرکت حمل‌ونقل آذرخش Azarakhsh Co",
	"می‌خواهم‌هایشان‌را بنیاد نیکوکاری مهر",
	north,
};

/* The kept start of a middle cut ends at a word's end where one is near:
 * «تبریز…جامع», not «تبریز خیاب…جامع» beside a word that ended in the
 * start's first half (only a word ending past its middle counted). */
static void
test_middle_start_at_a_word(void **state)
{
	char a[300];
	const char *e, *t;
	size_t i, hl, j;
	int w;

	(void)state;
	for (i = 0; i < sizeof joined / sizeof joined[0]; i++)
		for (w = 6; w <= 70; w++) {
			t = joined[i];
			tui_fit_middle(t, w, a, sizeof a);
			assert_true(tui_text_width(a) <= w);
			if ((e = strstr(a, "\xe2\x80\xa6")) == NULL)
				continue;
			hl = (size_t)(e - a);
			assert_memory_equal(a, t, hl);
			/* in the middle of a word: no word ended in the
			 * start's second half */
			if (t[hl] != ' ' && t[hl] != ',')
				for (j = hl / 2; j < hl; j++)
					if (a[j] == ' ')
						fail_msg("w %d: «%s» cut inside a word, one ended near", w, a);
		}
	tui_fit_middle(addr, 15, a, sizeof a);
	assert_string_equal(a, "تبریز\xe2\x80\xa6جامع");
	/* (at 19 to 21 columns «تبریز…مسجد جامع», 15 cells, was narrower
	 * than the cut at 17: test_middle_monotonic) */
	tui_fit_middle(addr, 21, a, sizeof a);
	assert_string_equal(a, "تبریز خیابان\xe2\x80\xa6جامع");
	tui_fit_middle(addr, 22, a, sizeof a);
	assert_string_equal(a, "تبریز خیابان\xe2\x80\xa6مسجد جامع");
}

/* ... and never inside a grapheme: where no word ends near, «کتا…» of
 * «کتاب‌ها», not «کتاب…», a whole other word, its letter parted from its
 * ZWNJ; a letter never parted from its mark either. */
static void
test_middle_start_whole_graphemes(void **state)
{
	char a[300];
	const char *e;
	size_t i;
	int w;

	(void)state;
	for (i = 0; i < sizeof joined / sizeof joined[0]; i++)
		for (w = 6; w <= 70; w++) {
			tui_fit_middle(joined[i], w, a, sizeof a);
			if ((e = strstr(a, "\xe2\x80\xa6")) != NULL &&
			    cut_from_its_mark(joined[i], (size_t)(e - a)))
				fail_msg("w %d: «%s» cuts a letter from its mark or ZWNJ", w, a);
		}
	tui_fit_middle(books, 9, a, sizeof a);
	assert_string_equal(a, "کتا\xe2\x80\xa6امام");
}

/* ... and the cells the start gives back at a word's end go to the end,
 * back to the start of its first word where they reach it: the
 * dashboard's ceremonies «همایش…شهرستان مرند», not «همایش…هرستان مرند»
 * with four cells left blank.  The end starts inside a word only where
 * the cells left could not hold the rest of that word. */
static void
test_middle_end_takes_the_cells_back(void **state)
{
	static const char title[] = "همایش بزرگداشت خیّرین مشارکت‌کننده در طرح‌های انتظامی شهرستان مرند";
	const char *texts[] = { title, addr, books, north };
	char a[300], part[300];
	const char *e, *t, *tail;
	size_t i, k;
	int w;

	(void)state;
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
		for (w = 6; w <= 70; w++) {
			t = texts[i];
			tui_fit_middle(t, w, a, sizeof a);
			if ((e = strstr(a, "\xe2\x80\xa6")) == NULL)
				continue;
			tail = t + strlen(t) - strlen(e + 3);
			if (tail == t || tail[-1] == ' ')
				continue;
			for (k = (size_t)(tail - t); k > 0 && t[k - 1] != ' '; k--)
				;
			memcpy(part, t + k, (size_t)(tail - t) - k);
			part[(size_t)(tail - t) - k] = '\0';
			if ((size_t)(e - a) >= k || t[e - a] != ' ')
				continue;	/* the start reaches that word */
			if (tui_text_width(part) <= w - tui_text_width(a))
				fail_msg("w %d: «%s»: «%s» would have fit", w, a, part);
		}
	tui_fit_middle(title, 19, a, sizeof a);
	assert_string_equal(a, "همایش\xe2\x80\xa6شهرستان مرند");
}

/* The cells of a joining word the start of a middle cut leaves off
 * («از» of «حمایت از…») go to the end, a whole word at a time, where one
 * fits: before, they were left empty, «حمایت…هریس» in 14 cells. */
static void
test_middle_joining_cells_to_the_end(void **state)
{
	static const char *const texts[] = {
		"حمایت از ورزش محله‌ای کلانتری ۱۶ هریس",
		"همایش تجلیل از خیرین مشارکت‌های مردمی شهرستان مرند",
		"خرید دوربین و تجهیزات پاسگاه کلانتری ۱۲ مرند",
		"تعمیر سقف پاسگاه و نصب ناودان‌های جدید در کلانتری ۱۲",
	};
	char a[300], part[300];
	const char *e, *t, *tail;
	size_t i, k, b;
	int w;

	(void)state;
	tui_fit_middle(texts[0], 14, a, sizeof a);
	assert_string_equal(a, "حمایت\xe2\x80\xa6۱۶ هریس");
	tui_fit_middle(texts[1], 30, a, sizeof a);
	assert_string_equal(a, "همایش تجلیل\xe2\x80\xa6مردمی شهرستان مرند");
	tui_fit_middle(texts[2], 27, a, sizeof a);
	assert_string_equal(a, "خرید دوربین\xe2\x80\xa6کلانتری ۱۲ مرند");
	tui_fit_middle(texts[3], 35, a, sizeof a);
	assert_string_equal(a, "تعمیر سقف پاسگاه\xe2\x80\xa6جدید در کلانتری ۱۲");
	/* where the word does not fit the cut stays (the dashboard's 20
	 * cells at 64 columns: «کلانتری» needs 8 of the 7 left) */
	tui_fit_middle(texts[0], 20, a, sizeof a);
	assert_string_equal(a, "حمایت\xe2\x80\xa6۱۶ هریس");
	/* every width: a start cut before a joining word leaves no room for
	 * the whole word before the end, unless that word is the one the
	 * joining word joined (the ellipsis would stand for it alone) */
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
		for (w = 6; w <= 60; w++) {
			t = texts[i];
			tui_fit_middle(t, w, a, sizeof a);
			assert_true(tui_text_width(a) <= w);
			if ((e = strstr(a, "\xe2\x80\xa6")) == NULL)
				continue;
			k = (size_t)(e - a);	/* the start's end in t */
			tail = t + strlen(t) - strlen(e + 3);
			if (t[k] != ' ' || tail[-1] != ' ')
				continue;
			for (b = k + 1; t[b] != ' ' && t[b] != '\0'; b++)
				;
			if (!((b - k - 1 == strlen("از") && memcmp(t + k + 1, "از", b - k - 1) == 0) ||
			    (b - k - 1 == strlen("و") && memcmp(t + k + 1, "و", b - k - 1) == 0)))
				continue;	/* no joining word left off there */
			b++;		/* the first word after it */
			for (k = (size_t)(tail - t) - 1; k > b && t[k - 1] != ' '; k--)
				;
			if (k <= b)
				continue;
			memcpy(part, t + k, (size_t)(tail - t) - k);
			part[(size_t)(tail - t) - k] = '\0';
			if (tui_text_width(part) <= w - tui_text_width(a))
				fail_msg("w %d: «%s»: «%s» would have fit", w, a, part);
		}
}

/* tui_fit_middle walked over every width: the text whole where it fits;
 * else never wider than the width, and never narrower than at a smaller
 * width (before, «همایش…» 53 cells wide at 54 columns and 48 at 55, and
 * the text whole, uncut, below 5 columns or where no middle cut fitted). */
static void
test_middle_monotonic(void **state)
{
	static const char *const texts[] = {
		"همایش بزرگداشت خیّرین مشارکت‌کننده در طرح‌های انتظامی شهرستان مرند",
		"همایش تجلیل از خیرین مشارکت‌های مردمی شهرستان مرند",
		"حمایت از ورزش محله‌ای کلانتری ۱۶ هریس",
		"خرید تجهیزات کلانتری شمارهٔ ۱۲ تبریز به مبلغ ۱۲٬۳۴۵٬۶۷۸٬۹۰۰",
		"علی‌رضا کريمي‌نژاد، مدیر شرکت حمل‌ونقل آذرخش Azarakhsh Co",
		"می‌خواهم‌هایشان‌را بنیاد نیکوکاری مهر",
		"Supply and fitting of cameras at the northern border posts",
		addr, books, north, south,
	};
	char a[600];
	size_t i;
	int w, was, got;

	(void)state;
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
		for (w = 1, was = 0; w <= 90; w++, was = got) {
			tui_fit_middle(texts[i], w, a, sizeof a);
			got = tui_text_width(a);
			if (tui_text_width(texts[i]) <= w)
				assert_string_equal(a, texts[i]);
			if (got > w)
				fail_msg("w %d: «%s» is %d cells wide", w, a, got);
			if (got < was)
				fail_msg("w %d: «%s» is %d cells wide, %d at w %d", w, a, got, was, w - 1);
		}
}

/* The piece of r, split at « — », that starts as donor does. */
static const char *
donor_piece(const char *r, const char *donor, char *piece, size_t n)
{
	const char *p = r, *e;

	for (;;) {
		e = strstr(p, " — ");
		if (strncmp(p, donor, 3) == 0) {
			size_t len = e != NULL ? (size_t)(e - p) : strlen(p);

			if (len >= n)
				len = n - 1;
			memcpy(piece, p, len);
			piece[len] = '\0';
			return piece;
		}
		if (e == NULL)
			return NULL;
		p = e + strlen(" — ");
	}
}

/* tui_pledge_fit, a payment's pledge beside its id on the payment's form:
 * where the donor's name is cut, the row leaves no blank cell its next
 * letters would fill.  Before, at 80 columns (43 cells) «TBZ-551 —
 * (ایفاشده) سیده‌ز… — ۱۱۵٬۰۰۰٬۰۰۰» four cells short of the edge: a third
 * separator's cells taken off, and the cells the need's middle cut left
 * at a word's end not given back to the name. */
static void
test_pledge_fit_gives_cells_back(void **state)
{
	static const char donor[] = "(ایفاشده) سیده‌زهرا حق‌شناس";
	static const char hint[] =
	    "(ایفاشده) سیده‌زهرا حق‌شناس — TBZ-551 هزینه نگهداری ساختمان پلیس راه هریس — ۱۱۵٬۰۰۰٬۰۰۰";
	char r[600], piece[600], more[600];
	int w, got;

	(void)state;
	for (w = 24; w <= 90; w++) {
		tui_pledge_fit(hint, w, r, sizeof r);
		got = tui_text_width(r);
		if (got > w)
			fail_msg("w %d: «%s» is %d cells wide", w, r, got);
		assert_non_null(strstr(r, "۱۱۵٬۰۰۰٬۰۰۰"));
		if (donor_piece(r, donor, piece, sizeof piece) == NULL ||
		    strcmp(piece, donor) == 0)
			continue;	/* the name whole */
		tui_fit_end(donor, tui_text_width(piece) + (w - got), more, sizeof more);
		if (strcmp(more, piece) != 0)
			fail_msg("w %d: «%s» leaves %d cells blank, «%s» would fill them", w, r,
			    w - got, more);
	}
	tui_pledge_fit(hint, 43, r, sizeof r);
	assert_string_equal(r, "TBZ-551 — (ایفاشده) سیده‌زهرا\xe2\x80\xa6\xe2\x80\x8f — ۱۱۵٬۰۰۰٬۰۰۰");
}

/* tui_fit_words: a name in a narrow column cut at a word's start, the
 * separators before the ellipsis left off; whole when it fits; its first
 * word cut only when even that one does not fit. */
static void
test_fit_words(void **state)
{
	char buf[200];

	(void)state;
	assert_string_equal(tui_fit_words("علی‌رضا کریمی", 13, buf, sizeof buf), "علی‌رضا کریمی");
	assert_string_equal(tui_fit_words("کارخانهٔ لبنیات نیک‌اندیشان", 14, buf, sizeof buf),
	    "کارخانهٔ…");
	assert_string_equal(tui_fit_words("کارخانهٔ لبنیات نیک‌اندیشان", 16, buf, sizeof buf),
	    "کارخانهٔ لبنیات…");
	/* a dash before the cut goes with it (tui_cut_trim) */
	assert_string_equal(tui_fit_words("تبریز - خیابان امام", 12, buf, sizeof buf), "تبریز…");
	/* a joining word before the cut goes with it: no «و…» left hanging */
	assert_string_equal(tui_fit_words("تأمین مصالح و تجهیزات", 20, buf, sizeof buf),
	    "تأمین مصالح…");
	assert_string_equal(tui_fit_words("خرید و نصب دوربین در ورودی پاسگاه", 22, buf, sizeof buf),
	    "خرید و نصب دوربین…");
	assert_string_equal(tui_fit_words("تعمیر سقف پاسگاه یا ساختمان", 22, buf, sizeof buf),
	    "تعمیر سقف پاسگاه…");
	assert_string_equal(tui_fit_words("کمک به بازسازی", 12, buf, sizeof buf), "کمک…");
	assert_string_equal(tui_fit_words("اهدای تجهیزات از طرف خیرین", 18, buf, sizeof buf),
	    "اهدای تجهیزات…");
	assert_string_equal(tui_fit_words("تجهیز پاسگاه با دوربین و هشدار", 26, buf, sizeof buf),
	    "تجهیز پاسگاه با دوربین…");
	/* «يا» typed with an Arabic yeh, two joining words in a row */
	assert_string_equal(tui_fit_words("مصالح يا و تجهیزات", 17, buf, sizeof buf), "مصالح…");
	/* «ولی» or «بهار» only begin with one: kept */
	assert_string_equal(tui_fit_words("مصالح ولی تجهیزات", 14, buf, sizeof buf), "مصالح ولی…");
	assert_string_equal(tui_fit_words("Supply and fitting", 14, buf, sizeof buf), "Supply…");
	/* a joining word first: kept rather than nothing */
	assert_string_equal(tui_fit_words("و تجهیزات کامل", 8, buf, sizeof buf), "و…");
	/* the first word alone too wide: cut inside it, as tui_fit_end */
	assert_string_equal(tui_fit_words("نیک‌اندیشان تبریز", 6, buf, sizeof buf),
	    tui_fit_end("نیک‌اندیشان تبریز", 6, buf + 100, 100));
}

/* tui_wrap_next, a value over several lines of a column (the sync
 * conflict screen): broken at the last space after which the words still
 * fit, so each line holds all the words it has room for; blanks kept as
 * typed; a word wider than the line broken inside it, as much as fits,
 * a mark or a ZWNJ never parted from its letter; lines put back together
 * give the whole text. */
static void
test_wrap_next(void **state)
{
	static const char address[] =
	    "تبریز خیابان امام کوچهٔ شهید بهشتی پلاک ۱۲ واحد ۳ طبقهٔ دوم روبه‌روی مسجد جامع";
	static const char link[] = "https://hamyar.example.ir/receipts/TBZ-1/1405-09-11";
	char line[300], all[600];
	const char *p;
	size_t len, next;
	int w;

	(void)state;
	len = tui_wrap_next("ساخت اتاق", 20, &next);
	assert_int_equal(len, strlen("ساخت اتاق"));
	assert_int_equal(next, len);
	/* 28 columns: «تبریز خیابان امام کوچهٔ شهید» is 26, «بهشتی» would
	 * make 32 */
	len = tui_wrap_next(address, 28, &next);
	memcpy(line, address, len);
	line[len] = '\0';
	assert_string_equal(line, "تبریز خیابان امام کوچهٔ شهید");
	assert_int_equal(next, len + 1);
	/* two blanks typed between two words: kept, the line still full */
	len = tui_wrap_next("تبریز  خیابان امام", 15, &next);
	memcpy(line, "تبریز  خیابان امام", len);
	line[len] = '\0';
	assert_string_equal(line, "تبریز  خیابان");
	for (w = 4; w <= 40; w++) {
		/* every line fits, none leaves room for the next word, and
		 * the lines with the blanks they broke at are the whole */
		for (p = address, all[0] = '\0'; *p != '\0'; p += next) {
			len = tui_wrap_next(p, w, &next);
			memcpy(line, p, len);
			line[len] = '\0';
			assert_true(tui_text_width(line) <= w || strchr(line, ' ') == NULL);
			if (p[next] != '\0' && next == len + 1) {
				char more[600];
				size_t wl = strcspn(p + next, " ");

				memcpy(more, p, next + wl);	/* the line, its blank, the next word */
				more[next + wl] = '\0';
				assert_true(tui_text_width(more) > w);
			}
			strncat(all, p, next);
		}
		assert_string_equal(all, address);
		/* a link wider than the line: broken inside, each piece full */
		for (p = link, all[0] = '\0'; *p != '\0'; p += next) {
			len = tui_wrap_next(p, w, &next);
			assert_int_equal(len, next);
			memcpy(line, p, len);
			line[len] = '\0';
			assert_true(tui_text_width(line) <= w);
			if (p[next] != '\0')
				assert_int_equal(tui_text_width(line), w);
			strncat(all, p, next);
		}
		assert_string_equal(all, link);
	}
	/* a word with a mark (کوچهٔ) and a ZWNJ (روبه‌روی) broken inside:
	 * never between a letter and either */
	for (w = 1; w <= 6; w++)
		for (p = "کوچهٔ‌روبه‌روی"; *p != '\0'; p += next) {
			tui_wrap_next(p, w, &next);
			assert_false(strncmp(p + next, "\xd9\x94", 2) == 0);	/* U+0654 */
			assert_false(strncmp(p + next, "\xe2\x80\x8c", 3) == 0);	/* ZWNJ */
			assert_false(next >= 3 && strncmp(p + next - 3, "\xe2\x80\x8c", 3) == 0);
		}
	/* a full stop (or «).» ) after a link broken inside it stays with
	 * its last letters: no line of punctuation alone, which the
	 * conflict screen showed as «* .» at 50x20 (the link 56 cells, its
	 * column 14) */
	{
		static const char *const ends[] = { ".", ").", "،", "!?" };
		char text[120];
		size_t e;

		for (e = 0; e < sizeof ends / sizeof ends[0]; e++) {
			snprintf(text, sizeof text, "%s/1234%s", link, ends[e]);
			for (w = 2; w <= 60; w++) {
				for (p = text, all[0] = '\0'; *p != '\0'; p += next) {
					len = tui_wrap_next(p, w, &next);
					memcpy(line, p, len);
					line[len] = '\0';
					assert_true(tui_text_width(line) <= w);
					assert_string_not_equal(line, ends[e]);
					strncat(all, p, next);
				}
				assert_string_equal(all, text);
			}
		}
		len = tui_wrap_next("https://hamyar.example.ir/rece.", 30, &next);
		assert_int_equal(len, 29);	/* «…/rec», then «e.» */
	}
}

/* tui_latin_marked's output as long as its marks make it: a short Latin
 * piece between two non-letters gets a mark on each side (".a." is 3
 * bytes, 9 marked), more than twice its length; under ASan, a buffer of
 * twice the length was written past (the conflict screen's link piece at
 * 40 columns). */
static void
test_latin_marked_short_pieces(void **state)
{
	static const struct { const char *in, *out; } t[] = {
		{ ".a", "\xe2\x80\x8e.a" },
		{ ".a.", "\xe2\x80\x8e.a.\xe2\x80\x8e" },
		{ "(x) /y/", "\xe2\x80\x8e(x)\xe2\x80\x8e \xe2\x80\x8e/y/\xe2\x80\x8e" },
		{ "در www.example.ir.", "در www.example.ir.\xe2\x80\x8e" },
		{ "نقشه", "نقشه" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		char *m = tui_latin_marked(t[i].in);

		assert_non_null(m);
		assert_string_equal(m, t[i].out);
		free(m);
	}
}

/* A middle cut's kept end that starts inside a word («همایش تجلیل…رکت‌های
 * مردمی», the end of «مشارکت‌های») starts at a word's start instead where
 * that shows at most 3 cells fewer: the word whole, the start giving up
 * its last word («همایش…مشارکت‌های مردمی»), or the word left out
 * («خرید…روستاهای اطراف», not «خرید و نصب…تاهای اطراف»). */
static void
test_middle_end_at_a_word(void **state)
{
	static const char *const texts[] = {
		"همایش تجلیل از خیرین و مشارکت‌های مردمی",
		"خرید و نصب دوربین‌های مداربسته در ورودی‌های شهر اهر و روستاهای اطراف",
		"همایش تجلیل از خیرین مشارکت‌های مردمی شهرستان مرند",
	};
	char a[300];
	const char *e, *t, *tail, *p;
	size_t i;
	int w;

	(void)state;
	tui_fit_middle(texts[0], 25, a, sizeof a);
	assert_string_equal(a, "همایش\xe2\x80\xa6مشارکت‌های مردمی");
	tui_fit_middle(texts[0], 22, a, sizeof a);
	assert_string_equal(a, "همایش\xe2\x80\xa6مشارکت‌های مردمی");
	tui_fit_middle(texts[1], 24, a, sizeof a);
	assert_string_equal(a, "خرید\xe2\x80\xa6روستاهای اطراف");
	/* where that costs more, the cut stays (4 cells: «همایش تجلیل» gives
	 * 6 for «شه»'s 2) */
	tui_fit_middle(texts[2], 22, a, sizeof a);
	assert_string_equal(a, "همایش تجلیل\xe2\x80\xa6رستان مرند");
	/* every width: an end that starts inside a word has its next word
	 * more than 3 cells on */
	for (i = 0; i < sizeof texts / sizeof texts[0]; i++)
		for (w = 6; w <= 70; w++) {
			char part[300];

			t = texts[i];
			tui_fit_middle(t, w, a, sizeof a);
			assert_true(tui_text_width(a) <= w);
			if ((e = strstr(a, "\xe2\x80\xa6")) == NULL)
				continue;
			tail = t + strlen(t) - strlen(e + 3);
			if (tail == t || tail[-1] == ' ' || (p = strchr(tail, ' ')) == NULL)
				continue;
			memcpy(part, tail, (size_t)(p - tail) + 1);
			part[p - tail + 1] = '\0';
			if (tui_text_width(part) <= 3)
				fail_msg("w %d: «%s» starts its end inside a word", w, a);
		}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_whole_when_it_fits),
		cmocka_unit_test(test_ends_told_apart),
		cmocka_unit_test(test_mark_stays_with_its_letter),
		cmocka_unit_test(test_small_buffer_left_to_draw),
		cmocka_unit_test(test_end_never_inside_a_figure),
		cmocka_unit_test(test_end_keeps_marks),
		cmocka_unit_test(test_before_keeps_the_amount),
		cmocka_unit_test(test_middle_never_inside_a_figure),
		cmocka_unit_test(test_end_keeps_brackets_balanced),
		cmocka_unit_test(test_end_no_letter_of_a_word),
		cmocka_unit_test(test_end_joining),
		cmocka_unit_test(test_no_separator_at_the_ellipsis),
		cmocka_unit_test(test_middle_start_at_a_word),
		cmocka_unit_test(test_middle_end_takes_the_cells_back),
		cmocka_unit_test(test_middle_joining_cells_to_the_end),
		cmocka_unit_test(test_middle_start_whole_graphemes),
		cmocka_unit_test(test_middle_monotonic),
		cmocka_unit_test(test_middle_end_at_a_word),
		cmocka_unit_test(test_pledge_fit_gives_cells_back),
		cmocka_unit_test(test_wrap_next),
		cmocka_unit_test(test_fit_words),
		cmocka_unit_test(test_latin_marked_short_pieces),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
