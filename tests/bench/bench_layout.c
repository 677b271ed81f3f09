/*
 * tests/bench/bench_layout.c — cost of loc_layout_line, which the screen
 * calls for every line it draws.  Target: a full 80x24 screen of Persian
 * text laid out in well under a millisecond.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "locale/layout.h"
#include "tests/bench/table.h"

static double
now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

int
main(void)
{
	static const struct {
		const char *name, *s;
		enum loc_dir dir;
		unsigned flags;
	} lines[] = {
		{ "persian_80col_rtl_shaped",
		  "علی‌اکبر کریمی — کد ملی ۰۰۱۲۳۴۵۶۷۸، تلفن ۰۹۱۲۳۴۵۶۷۸۹ (تهران، منطقهٔ ۱۲) مبلغ ۱٬۲۰۰",
		  LOC_DIR_RTL, LOC_LAYOUT_SHAPE },
		{ "mixed_40col_auto_shaped", "نیاز N-1402-0042: Roof repair «مدرسه»",
		  LOC_DIR_AUTO, LOC_LAYOUT_SHAPE },
		{ "latin_80col_auto",
		  "Donor 1234: Ali Karimi, Tehran, +98 912 345 6789, pledged 1,200,000 rials (2025)",
		  LOC_DIR_AUTO, LOC_LAYOUT_SHAPE },
		{ "persian_80col_terminal_mode",
		  "علی‌اکبر کریمی — کد ملی ۰۰۱۲۳۴۵۶۷۸، تلفن ۰۹۱۲۳۴۵۶۷۸۹ (تهران، منطقهٔ ۱۲) مبلغ ۱٬۲۰۰",
		  LOC_DIR_RTL, LOC_LAYOUT_LOGICAL },
	};
	const int reps = 200000;
	struct loc_layout l;
	double t, per[4];
	long sink = 0;
	size_t k;
	int i;

	for (k = 0; k < sizeof lines / sizeof lines[0]; k++) {
		size_t len = strlen(lines[k].s);

		t = now();
		for (i = 0; i < reps; i++) {
			if (loc_layout_line(lines[k].s, len, lines[k].dir, lines[k].flags, &l) != 0)
				return 1;
			sink += l.width;
			loc_layout_done(&l);
		}
		per[k] = (now() - t) / reps;
		printf("layout_%s: %.2f us/line\n", lines[k].name, per[k] * 1e6);
	}
	printf("layout_screen_80x24_persian: %.3f ms (target < 1 ms)\n", per[0] * 24 * 1e3);
	/* the longest line `hamyar layout` takes: 65536 bytes of Persian
	 * words and digits, shaped, in an RTL paragraph */
	{
		static char big[65536 + 1];
		const char *w = "علی‌اکبر کریمی (تهران) ۱۲۳ ";
		size_t wl = strlen(w), n = 0;
		const int breps = 50;

		while (n + wl <= sizeof big - 1) {
			memcpy(big + n, w, wl);
			n += wl;
		}
		memset(big + n, 'x', sizeof big - 1 - n);
		t = now();
		for (i = 0; i < breps; i++) {
			if (loc_layout_line(big, sizeof big - 1, LOC_DIR_RTL, LOC_LAYOUT_SHAPE, &l) != 0)
				return 1;
			sink += l.width;
			loc_layout_done(&l);
		}
		printf("layout_longest_line_64k: %.2f ms/line\n", (now() - t) / breps * 1e3);
	}
	table_line("lay out a full Persian screen, 80x24", per[0] * 24 * 1e3, "ms", NULL, "<", 1, NULL);
	return sink == 0;
}
