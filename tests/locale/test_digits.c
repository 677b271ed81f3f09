/*
 * tests/locale/test_digits.c — digit sets, digit collection and amounts
 * (locale/digits.h), in all three digit sets.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "locale/digits.h"
#include "locale/loc.h"

static void
test_digit_value(void **state)
{
	(void)state;
	assert_int_equal(loc_digit_value('0'), 0);
	assert_int_equal(loc_digit_value('9'), 9);
	assert_int_equal(loc_digit_value(0x06F0), 0);	/* ۰ */
	assert_int_equal(loc_digit_value(0x06F7), 7);	/* ۷ */
	assert_int_equal(loc_digit_value(0x0660), 0);	/* ٠ */
	assert_int_equal(loc_digit_value(0x0669), 9);	/* ٩ */
	assert_int_equal(loc_digit_value('a'), -1);
	assert_int_equal(loc_digit_value(0x06EF), -1);
	assert_int_equal(loc_digit_value(0x06FA), -1);
	assert_int_equal(loc_digit_value(0x065F), -1);
	assert_int_equal(loc_digit_value(0x066A), -1);	/* ٪ */
	assert_int_equal(loc_digit_value('/'), -1);
	assert_int_equal(loc_digit_value(':'), -1);
}

static void
check_conv(char *(*fn)(const char *), const char *in, const char *want)
{
	char *got = fn(in);

	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

/* A text on screen: the digits of a Latin word or code stay ASCII, the
 * figures of the Persian text turn Persian. */
static void
test_to_fa_text(void **state)
{
	(void)state;
	check_conv(loc_digits_to_fa_text, "پلاک 12 واحد 3B طبقه 2", "پلاک ۱۲ واحد 3B طبقه ۲");
	check_conv(loc_digits_to_fa_text, "دوربین 4MP و HD-1080 در 3 نقطه", "دوربین 4MP و HD-1080 در ۳ نقطه");
	check_conv(loc_digits_to_fa_text, "B2B Ali Reza 3rd", "B2B Ali Reza 3rd");
	check_conv(loc_digits_to_fa_text, "R-99 / 1403/05/01", "R-99 / ۱۴۰۳/۰۵/۰۱");
	/* a Latin word joined by '-', '/' or '.' to digits is one code, its
	 * digits all ASCII, at either end and along a chain */
	check_conv(loc_digits_to_fa_text, "کد ABC-123 و مدل X-200 برای 12 نفر",
	    "کد ABC-123 و مدل X-200 برای ۱۲ نفر");
	check_conv(loc_digits_to_fa_text, "دفتر TBZ-HQ-01، 5 اسفند 1403", "دفتر TBZ-HQ-01، ۵ اسفند ۱۴۰۳");
	check_conv(loc_digits_to_fa_text, "123-ABC A/3 No.5 v1.2.10 12-34-X", "123-ABC A/3 No.5 v1.2.10 12-34-X");
	/* a joiner with no Latin word beside it, or at a word's edge, joins
	 * nothing: a date, a range, a figure ending a sentence */
	check_conv(loc_digits_to_fa_text, "1403/05/01 تا 10-12 ساعت 2.5", "۱۴۰۳/۰۵/۰۱ تا ۱۰-۱۲ ساعت ۲.۵");
	check_conv(loc_digits_to_fa_text, "X- 20 X -20 X/ 3 ABC.12. 12.", "X- ۲۰ X -۲۰ X/ ۳ ABC.12. ۱۲.");
	check_conv(loc_digits_to_fa_text, "X--20 X_20 X:20 پلاک-12", "X--۲۰ X_۲۰ X:۲۰ پلاک-۱۲");
	check_conv(loc_digits_to_fa_text, "-20-A", "-20-A");
	check_conv(loc_digits_to_fa_text, "x_7 7x x7x 7-", "x_۷ 7x x7x ۷-");
	check_conv(loc_digits_to_fa_text, "12,500", "۱۲,۵۰۰");
	check_conv(loc_digits_to_fa_text, "9", "۹");
	check_conv(loc_digits_to_fa_text, "a9", "a9");
	check_conv(loc_digits_to_fa_text, "9a", "9a");
	check_conv(loc_digits_to_fa_text, "-9", "-۹");
	check_conv(loc_digits_to_fa_text, "", "");
	/* Persian and Arabic-Indic digits are left as they are */
	check_conv(loc_digits_to_fa_text, "۱۲ ١٢ A۱", "۱۲ ١٢ A۱");
	/* invalid UTF-8 is copied byte for byte */
	check_conv(loc_digits_to_fa_text, "\xff" "1\xc3", "\xff۱\xc3");
}

static void
test_to_ascii(void **state)
{
	(void)state;
	check_conv(loc_digits_to_ascii, "۱۴۰۳/۱۲/۳۰", "1403/12/30");
	check_conv(loc_digits_to_ascii, "١٤٠٣/١٢/٣٠", "1403/12/30");
	check_conv(loc_digits_to_ascii, "پلاک ۱۲ و ٣٤ و 56", "پلاک 12 و 34 و 56");
	check_conv(loc_digits_to_ascii, "", "");
	check_conv(loc_digits_to_ascii, "بی‌عدد", "بی‌عدد");
	/* Invalid UTF-8 is copied byte for byte. */
	check_conv(loc_digits_to_ascii, "\xff۱\xc3", "\xff" "1\xc3");
}

static void
test_to_fa(void **state)
{
	(void)state;
	check_conv(loc_digits_to_fa, "1403/12/30", "۱۴۰۳/۱۲/۳۰");
	check_conv(loc_digits_to_fa, "کوچه 7 پلاک 0", "کوچه ۷ پلاک ۰");
	/* Arabic-Indic digits are digits already; only ASCII ones change. */
	check_conv(loc_digits_to_fa, "٣ و 3", "٣ و ۳");
	check_conv(loc_digits_to_fa, "9876543210", "۹۸۷۶۵۴۳۲۱۰");
}

static void
test_collect(void **state)
{
	char out[16];

	(void)state;
	assert_int_equal(loc_digits_collect("0912 345 6789", out, sizeof out), 11);
	assert_string_equal(out, "09123456789");
	assert_int_equal(loc_digits_collect("۰۹۱۲-۳۴۵-۶۷۸۹", out, sizeof out), 11);
	assert_string_equal(out, "09123456789");
	assert_int_equal(loc_digits_collect("٠٩١٢\u2013٣٤٥\u2010٦٧٨٩", out, sizeof out), 11);
	assert_string_equal(out, "09123456789");
	/* ZWNJ, NBSP and the other dashes U+2011-U+2015 are skipped too. */
	assert_int_equal(loc_digits_collect("۱۲\u200c۳\u00a0۴\u2015۵\u2012۶", out, sizeof out), 6);
	assert_string_equal(out, "123456");
	assert_int_equal(loc_digits_collect("", out, sizeof out), 0);
	assert_string_equal(out, "");
	assert_int_equal(loc_digits_collect("۰۹۱۲الف", out, sizeof out), LOC_EINVAL);
	assert_int_equal(loc_digits_collect("12.3", out, sizeof out), LOC_EINVAL);
	assert_int_equal(loc_digits_collect("12\xff", out, sizeof out), LOC_EINVAL);
	/* 4 digits need 5 bytes. */
	assert_int_equal(loc_digits_collect("1234", out, 4), LOC_ERANGE);
	assert_int_equal(loc_digits_collect("1234", out, 5), 4);
	assert_int_equal(loc_digits_collect("1", out, 0), LOC_ERANGE);
}

static int64_t
parse_ok(const char *s)
{
	int64_t v = -7;

	assert_int_equal(loc_amount_parse(s, &v), 0);
	return v;
}

static void
test_amount_parse(void **state)
{
	int64_t v = 42;

	(void)state;
	assert_int_equal(parse_ok("0"), 0);
	assert_int_equal(parse_ok("1250000"), 1250000);
	assert_int_equal(parse_ok("1,250,000"), 1250000);
	assert_int_equal(parse_ok("۱٬۲۵۰٬۰۰۰"), 1250000);
	assert_int_equal(parse_ok("١٬٢٥٠٬٠٠٠"), 1250000);
	assert_int_equal(parse_ok("۱ ۲۵۰ ۰۰۰"), 1250000);
	assert_int_equal(parse_ok("  ۵۰۰ "), 500);
	assert_int_equal(parse_ok("۱2٣"), 123);	/* mixed sets */
	assert_int_equal(parse_ok("1000000000000000"), LOC_AMOUNT_MAX);
	assert_int_equal(parse_ok("۱٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰٬۰۰۰"), LOC_AMOUNT_MAX);
	assert_int_equal(parse_ok("000123"), 123);
	assert_int_equal(parse_ok("20.000.000"), 20000000);	/* dots, as in Iran */
	assert_int_equal(parse_ok("۲۰.۰۰۰.۰۰۰"), 20000000);
	assert_int_equal(parse_ok("۲۰٫۰۰۰٫۰۰۰"), 20000000);
	assert_int_equal(parse_ok("12.000"), 12000);
	assert_int_equal(loc_amount_parse("1000000000000001", &v), LOC_ERANGE);
	assert_int_equal(loc_amount_parse("99999999999999999999999", &v), LOC_ERANGE);
	assert_int_equal(v, 42);	/* untouched on error */
	assert_int_equal(loc_amount_parse("", &v), LOC_EINVAL);
	assert_int_equal(loc_amount_parse("   ", &v), LOC_EINVAL);
	assert_int_equal(loc_amount_parse("-5", &v), LOC_EINVAL);
	assert_int_equal(loc_amount_parse("۵ تومان", &v), LOC_EINVAL);
	assert_int_equal(loc_amount_parse("12a", &v), LOC_EINVAL);
	assert_int_equal(loc_amount_parse(",100", &v), LOC_EINVAL);
	assert_int_equal(loc_amount_parse("100,", &v), LOC_EINVAL);
	assert_int_equal(loc_amount_parse("1,,000", &v), LOC_EINVAL);
	assert_int_equal(loc_amount_parse("1.5", &v), LOC_EINVAL);
	assert_int_equal(loc_amount_parse("۱٫۵", &v), LOC_EINVAL);
	/* dots group digits, by threes only: anything else is a fraction */
	assert_int_equal(loc_amount_parse("20.5", &v), LOC_EINVAL);
	assert_int_equal(loc_amount_parse("2.00", &v), LOC_EINVAL);
	assert_int_equal(loc_amount_parse("1.2345", &v), LOC_EINVAL);
	assert_int_equal(loc_amount_parse("1234.567", &v), LOC_EINVAL);
	assert_int_equal(loc_amount_parse("0.500", &v), LOC_EINVAL);
	assert_int_equal(loc_amount_parse("1.000,000", &v), LOC_EINVAL);
	assert_int_equal(loc_amount_parse("1.000٫000", &v), LOC_EINVAL);
	assert_int_equal(loc_amount_parse("20.000.", &v), LOC_EINVAL);
	assert_int_equal(loc_amount_parse("\xff", &v), LOC_EINVAL);
	assert_int_equal(v, 42);
}

static void
check_fmt(int64_t v, unsigned flags, const char *want)
{
	char buf[64];
	size_t n = loc_amount_format(v, flags, buf, sizeof buf);

	assert_string_equal(buf, want);
	assert_int_equal(n, strlen(want));
}

static void
test_amount_format(void **state)
{
	char small[6];
	int64_t back;

	(void)state;
	check_fmt(0, 0, "0");
	check_fmt(0, LOC_FMT_FA_DIGITS | LOC_FMT_GROUP, "۰");
	check_fmt(999, LOC_FMT_GROUP, "999");
	check_fmt(1000, LOC_FMT_GROUP, "1,000");
	check_fmt(1250000, LOC_FMT_GROUP, "1,250,000");
	check_fmt(1250000, 0, "1250000");
	check_fmt(1250000, LOC_FMT_FA_DIGITS, "۱۲۵۰۰۰۰");
	check_fmt(1250000, LOC_FMT_FA_DIGITS | LOC_FMT_GROUP, "۱٬۲۵۰٬۰۰۰");
	check_fmt(LOC_AMOUNT_MAX, LOC_FMT_GROUP, "1,000,000,000,000,000");
	check_fmt(-1500, LOC_FMT_GROUP, "-1,500");
	check_fmt(INT64_MIN, 0, "-9223372036854775808");
	/* Too small a buffer: the needed length comes back, and the cut never
	 * splits a two-byte Persian digit. */
	assert_int_equal(loc_amount_format(123456, LOC_FMT_FA_DIGITS, small, sizeof small), 12);
	assert_string_equal(small, "۱۲");
	assert_int_equal(loc_amount_format(123456, 0, NULL, 0), 6);
	/* Round trips through the parser in both styles. */
	for (int64_t v = 1; v <= LOC_AMOUNT_MAX; v = v * 7 + 3) {
		char buf[64];
		loc_amount_format(v, LOC_FMT_FA_DIGITS | LOC_FMT_GROUP, buf, sizeof buf);
		assert_int_equal(loc_amount_parse(buf, &back), 0);
		assert_int_equal(back, v);
		loc_amount_format(v, LOC_FMT_GROUP, buf, sizeof buf);
		assert_int_equal(loc_amount_parse(buf, &back), 0);
		assert_int_equal(back, v);
	}
}

static void
check_money(int64_t rials, int toman, unsigned flags, const char *want)
{
	char buf[64];
	size_t n = loc_money_format(rials, toman, flags, buf, sizeof buf);

	assert_string_equal(buf, want);
	assert_int_equal(n, strlen(want));
}

/* Toman exactly: a tenth is shown, never cut, so that amounts shown add
 * up to the totals shown (15 + 15 rials are 1.5 + 1.5 = 3 toman, where
 * cut they read 1 + 1 beside a total of 3). */
static void
test_money_format(void **state)
{
	char small[8];

	(void)state;
	check_money(1250005, 0, LOC_FMT_GROUP, "1,250,005");
	check_money(1250000, 1, LOC_FMT_GROUP, "125,000");
	check_money(1250005, 1, LOC_FMT_GROUP, "125,000.5");
	check_money(1250005, 1, LOC_FMT_FA_DIGITS | LOC_FMT_GROUP, "۱۲۵٬۰۰۰٫۵");
	check_money(15, 1, LOC_FMT_GROUP, "1.5");
	check_money(5, 1, LOC_FMT_GROUP, "0.5");
	check_money(0, 1, LOC_FMT_GROUP, "0");
	/* a surplus (a negative gap) keeps its sign below one toman */
	check_money(-5, 1, LOC_FMT_GROUP, "-0.5");
	check_money(-12345, 1, LOC_FMT_GROUP, "-1,234.5");
	check_money(LOC_AMOUNT_MAX + 1, 1, LOC_FMT_GROUP, "100,000,000,000,000.1");
	/* cut like snprintf, never inside a Persian digit */
	assert_int_equal(loc_money_format(15, 1, LOC_FMT_FA_DIGITS, small, 4), 6);
	assert_string_equal(small, "۱");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_digit_value),
		cmocka_unit_test(test_to_ascii),
		cmocka_unit_test(test_to_fa),
		cmocka_unit_test(test_to_fa_text),
		cmocka_unit_test(test_collect),
		cmocka_unit_test(test_amount_parse),
		cmocka_unit_test(test_amount_format),
		cmocka_unit_test(test_money_format),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
