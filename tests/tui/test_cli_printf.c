/*
 * tests/tui/test_cli_printf.c — cli_printf and cli_snprintf (tui/cli.c):
 * printf for a sentence a person reads, whose whole numbers are written in
 * the digits the flags say (Persian with LOC_FMT_FA_DIGITS), never
 * grouped, and everything else as printf writes it.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "locale/digits.h"
#include "tui/cli.h"

#define FA (LOC_FMT_FA_DIGITS | LOC_FMT_GROUP)

/* cli_printf of the format and arguments writes want, and returns its
 * length. */
#define PR(want, flags, ...) do { \
	char *o_ = NULL; size_t l_ = 0; FILE *f_ = open_memstream(&o_, &l_); \
	int k_; \
	assert_non_null(f_); \
	k_ = cli_printf(f_, (flags), __VA_ARGS__); \
	fclose(f_); \
	assert_string_equal(o_, want); \
	assert_int_equal(k_, (int)strlen(want)); \
	free(o_); } while (0)

static void
test_counts(void **state)
{
	(void)state;
	PR("۴۱۰ ردیف وارد شد: ۰ تازه", FA, "%zu ردیف وارد شد: %zu تازه", (size_t)410, (size_t)0);
	PR("410 ردیف وارد شد: 0 تازه", LOC_FMT_GROUP, "%zu ردیف وارد شد: %zu تازه",
	    (size_t)410, (size_t)0);
	/* not grouped: a count as the verbs always wrote it */
	PR("۳۰۰۰۰ ردیف", FA, "%zu ردیف", (size_t)30000);
	PR("changes sent: 2000, to HQ", LOC_FMT_GROUP, "changes sent: %zu, to %s", (size_t)2000, "HQ");
	/* every length of integer */
	PR("۱ ۲ ۳ ۴ -۵ ۶ ۷", FA, "%d %ld %lld %u %d %lu %llu", 1, 2L, 3LL, 4u, -5, 6UL, 7ULL);
	PR("-12 34", 0, "%ld %zu", -12L, (size_t)34);
}

static void
test_rest_as_printf(void **state)
{
	(void)state;
	/* a %s keeps its digits (a code, a file's name), %% is one % */
	PR("TBZ-12 در /tmp/a1: ۵٪ 5%", FA, "%s در %s: %d٪ 5%%", "TBZ-12", "/tmp/a1", 5);
	PR("[ab   ] [  x]", FA, "[%-5s] [%3s]", "ab", "x");
	PR("0.50 1000 1e+06 c", FA, "%.2f %g %g %c", 0.5, 1000.0, 1e6, 'c');
	PR("ff", FA, "%x", 255u);
	PR("", FA, "%s", "");
	PR("بدون عدد", FA, "بدون عدد");
}

static void
test_snprintf(void **state)
{
	char buf[16];

	(void)state;
	assert_int_equal(cli_snprintf(buf, sizeof buf, FA, "%zu نیاز", (size_t)96),
	    (int)strlen("۹۶ نیاز"));
	assert_string_equal(buf, "۹۶ نیاز");
	/* cut at a character's end: «۱۲۳۴۵۶۷۸» is 16 bytes, 15 fit, so 7
	 * digits (14 bytes) */
	cli_snprintf(buf, sizeof buf, FA, "%d", 12345678);
	assert_string_equal(buf, "۱۲۳۴۵۶۷");
	cli_snprintf(buf, sizeof buf, 0, "%d", 12345678);
	assert_string_equal(buf, "12345678");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_rest_as_printf),
		cmocka_unit_test(test_snprintf),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
