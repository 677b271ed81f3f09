/*
 * tests/tui/test_fit.c — tui_fit_middle (tui/draw.c), the matching
 * screen's need titles and donor names too long for their column: two
 * titles that differ only at their end stay apart (cut at the end they
 * read the same), the start and the end are kept around one ellipsis, at
 * word boundaries, never wider than the column, a combining mark never
 * parted from its letter; a text that fits is left whole.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "tui/draw.h"

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
	assert_string_equal(a, "بازسازی ساختمان و\xe2\x80\xa6بخش شمالی");
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

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_whole_when_it_fits),
		cmocka_unit_test(test_ends_told_apart),
		cmocka_unit_test(test_mark_stays_with_its_letter),
		cmocka_unit_test(test_small_buffer_left_to_draw),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
