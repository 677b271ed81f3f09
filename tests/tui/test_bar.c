/*
 * tests/tui/test_bar.c — tui_bar (tui/scrkit.c), the dashboard's and the
 * ranking screen's bars: every part that is there shows, with at least
 * one cell, even when the parts before it round up to fill the bar (a
 * county whose received and pledged parts round to the whole bar still
 * has a gap, which its bar must not hide), and the cells add up to the
 * bar's width.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "tui/screens.h"

/* Counts the cells of each glyph in a bar: full, dark, light. */
static void
cells(const char *bar, int n[3])
{
	n[0] = n[1] = n[2] = 0;
	for (; *bar != '\0'; bar += 3) {
		if (memcmp(bar, "\xe2\x96\x88", 3) == 0)
			n[0]++;
		else if (memcmp(bar, "\xe2\x96\x93", 3) == 0)
			n[1]++;
		else if (memcmp(bar, "\xe2\x96\x91", 3) == 0)
			n[2]++;
		else
			fail_msg("not a bar glyph at \"%s\"", bar);
	}
}

static void
test_small_gap_shows(void **state)
{
	char buf[3 * 200 + 1];
	int n[3];

	(void)state;
	/* Tabriz: 1,900,000,000,000 received of 2,500,000,000,000 pledged,
	 * estimated 2,500,300,000,000: a gap of 300,000,000 rials, on a bar
	 * of 39 cells (80 columns) and of 159 (200 columns). */
	tui_bar(1900000000000, 600000000000, 300000000, 2500300000000, 39, buf, sizeof buf);
	cells(buf, n);
	assert_true(n[2] >= 1);
	assert_int_equal(n[0] + n[1] + n[2], 39);
	/* received: 1.9 of 2.5003 of 39 is 29.6 cells */
	assert_true(n[0] == 29 || n[0] == 30);
	tui_bar(1900000000000, 600000000000, 300000000, 2500300000000, 159, buf, sizeof buf);
	cells(buf, n);
	assert_true(n[2] >= 1);
	assert_int_equal(n[0] + n[1] + n[2], 159);
	/* a small received part after nothing else still shows too */
	tui_bar(1, 0, 999999, 1000000, 39, buf, sizeof buf);
	cells(buf, n);
	assert_int_equal(n[0], 1);
	assert_int_equal(n[2], 38);
}

static void
test_parts(void **state)
{
	char buf[3 * 200 + 1];
	int n[3];

	(void)state;
	/* exact thirds, and a part of 0 that takes no cell */
	tui_bar(100, 100, 100, 300, 30, buf, sizeof buf);
	cells(buf, n);
	assert_int_equal(n[0], 10);
	assert_int_equal(n[1], 10);
	assert_int_equal(n[2], 10);
	tui_bar(150, 0, 150, 300, 30, buf, sizeof buf);
	cells(buf, n);
	assert_int_equal(n[1], 0);
	assert_int_equal(n[0] + n[2], 30);
	/* a county smaller than the largest: its bar is shorter */
	tui_bar(0, 0, 160, 380, 38, buf, sizeof buf);
	cells(buf, n);
	assert_int_equal(n[2], 16);
	/* a one-cell bar with three parts: one cell, never more */
	tui_bar(1, 1, 1, 3, 1, buf, sizeof buf);
	cells(buf, n);
	assert_int_equal(n[0] + n[1] + n[2], 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_small_gap_shows),
		cmocka_unit_test(test_parts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
