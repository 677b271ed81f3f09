/*
 * tests/locale/test_words.c — numbers in words, Persian and English
 * (locale/words.h): units, teens, tens, hundreds («یکصد» always), «و»
 * between groups and inside them, zero groups left out, every scale up to
 * INT64_MAX and INT64_MIN, negatives, the size returned and the cut.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "locale/words.h"

static void
fa_is(int64_t v, const char *want)
{
	char buf[1024];
	size_t n = loc_words_fa(v, buf, sizeof buf);

	assert_string_equal(buf, want);
	assert_int_equal(n, strlen(want));
	/* no Arabic yeh or kaf, no double space, none at either end */
	assert_null(strstr(buf, "ي"));
	assert_null(strstr(buf, "ك"));
	assert_null(strstr(buf, "  "));
	assert_true(buf[0] != ' ' && buf[strlen(buf) - 1] != ' ');
}

static void
en_is(int64_t v, const char *want)
{
	char buf[1024];
	size_t n = loc_words_en(v, buf, sizeof buf);

	assert_string_equal(buf, want);
	assert_int_equal(n, strlen(want));
}

static void
test_fa_small(void **state)
{
	(void)state;
	fa_is(0, "صفر");
	fa_is(1, "یک");
	fa_is(6, "شش");
	fa_is(9, "نه");
	fa_is(10, "ده");
	fa_is(11, "یازده");
	fa_is(12, "دوازده");
	fa_is(13, "سیزده");
	fa_is(15, "پانزده");
	fa_is(16, "شانزده");
	fa_is(17, "هفده");
	fa_is(18, "هجده");
	fa_is(19, "نوزده");
	fa_is(20, "بیست");
	fa_is(21, "بیست و یک");
	fa_is(30, "سی");
	fa_is(40, "چهل");
	fa_is(60, "شصت");
	fa_is(99, "نود و نه");
}

static void
test_fa_hundreds(void **state)
{
	(void)state;
	/* one hundred is «یکصد», alone and within a number */
	fa_is(100, "یکصد");
	fa_is(101, "یکصد و یک");
	fa_is(110, "یکصد و ده");
	fa_is(119, "یکصد و نوزده");
	fa_is(120, "یکصد و بیست");
	fa_is(200, "دویست");
	fa_is(300, "سیصد");
	fa_is(345, "سیصد و چهل و پنج");
	fa_is(400, "چهارصد");
	fa_is(500, "پانصد");
	fa_is(600, "ششصد");
	fa_is(700, "هفتصد");
	fa_is(800, "هشتصد");
	fa_is(999, "نهصد و نود و نه");
	fa_is(100000, "یکصد هزار");
	fa_is(100100, "یکصد هزار و یکصد");
}

static void
test_fa_groups(void **state)
{
	(void)state;
	/* a group of one says «یک» */
	fa_is(1000, "یک هزار");
	fa_is(1001, "یک هزار و یک");
	fa_is(1100, "یک هزار و یکصد");
	fa_is(1234, "یک هزار و دویست و سی و چهار");
	fa_is(2000, "دو هزار");
	fa_is(12000, "دوازده هزار");
	fa_is(250000, "دویست و پنجاه هزار");
	fa_is(1000000, "یک میلیون");
	/* the brief's example */
	fa_is(50000000, "پنجاه میلیون");
	/* zero groups left out with their «و» */
	fa_is(1000005, "یک میلیون و پنج");
	fa_is(1000500, "یک میلیون و پانصد");
	fa_is(1005000, "یک میلیون و پنج هزار");
	fa_is(1234567, "یک میلیون و دویست و سی و چهار هزار و پانصد و شصت و هفت");
	fa_is(1000000000, "یک میلیارد");
	fa_is(2500000000LL, "دو میلیارد و پانصد میلیون");
	fa_is(1000000000000LL, "یک هزار میلیارد");
	fa_is(3000000001000LL, "سه هزار میلیارد و یک هزار");
	fa_is(999999999999LL, "نهصد و نود و نه میلیارد و نهصد و نود و نه میلیون و "
	    "نهصد و نود و نه هزار و نهصد و نود و نه");
	fa_is(1000000000000000LL, "یک میلیون میلیارد");	/* LOC_AMOUNT_MAX */
	fa_is(1000000000000000000LL, "یک میلیارد میلیارد");
}

static void
test_fa_extremes(void **state)
{
	(void)state;
	fa_is(INT64_MAX, "نه میلیارد میلیارد و دویست و بیست و سه میلیون میلیارد و "
	    "سیصد و هفتاد و دو هزار میلیارد و سی و شش میلیارد و "
	    "هشتصد و پنجاه و چهار میلیون و هفتصد و هفتاد و پنج هزار و هشتصد و هفت");
	fa_is(-1, "منفی یک");
	fa_is(-1500, "منفی یک هزار و پانصد");
	fa_is(INT64_MIN, "منفی نه میلیارد میلیارد و دویست و بیست و سه میلیون میلیارد و "
	    "سیصد و هفتاد و دو هزار میلیارد و سی و شش میلیارد و "
	    "هشتصد و پنجاه و چهار میلیون و هفتصد و هفتاد و پنج هزار و هشتصد و هشت");
}

static void
test_en(void **state)
{
	(void)state;
	en_is(0, "zero");
	en_is(7, "seven");
	en_is(13, "thirteen");
	en_is(40, "forty");
	en_is(42, "forty-two");
	en_is(100, "one hundred");
	en_is(101, "one hundred and one");
	en_is(999, "nine hundred and ninety-nine");
	en_is(1000, "one thousand");
	en_is(1005, "one thousand and five");
	en_is(1234, "one thousand two hundred and thirty-four");
	en_is(50000000, "fifty million");
	en_is(1000005, "one million and five");
	en_is(1000500, "one million five hundred");
	en_is(2500000000LL, "two billion five hundred million");
	en_is(1000000000000LL, "one trillion");
	en_is(1000000000000000LL, "one quadrillion");
	en_is(-15, "minus fifteen");
	en_is(INT64_MAX, "nine quintillion two hundred and twenty-three quadrillion "
	    "three hundred and seventy-two trillion thirty-six billion "
	    "eight hundred and fifty-four million seven hundred and seventy-five thousand "
	    "eight hundred and seven");
	en_is(INT64_MIN, "minus nine quintillion two hundred and twenty-three quadrillion "
	    "three hundred and seventy-two trillion thirty-six billion "
	    "eight hundred and fifty-four million seven hundred and seventy-five thousand "
	    "eight hundred and eight");
}

static void
test_lang_and_size(void **state)
{
	char buf[64], small[8];
	size_t need;

	(void)state;
	loc_words("fa", 50000000, buf, sizeof buf);
	assert_string_equal(buf, "پنجاه میلیون");
	loc_words("fa_IR", 3, buf, sizeof buf);
	assert_string_equal(buf, "سه");
	loc_words("en", 3, buf, sizeof buf);
	assert_string_equal(buf, "three");
	loc_words(NULL, 3, buf, sizeof buf);
	assert_string_equal(buf, "three");
	/* the size needed, like snprintf, and nothing written with n 0 */
	need = loc_words_fa(1234, NULL, 0);
	assert_int_equal(need, strlen("یک هزار و دویست و سی و چهار"));
	/* cut at a character, not in the middle of a two-byte letter:
	 * «یک ه» is 2+2+1+2 = 7 bytes, all that 8 holds with its NUL */
	need = loc_words_fa(1234, small, sizeof small);
	assert_int_equal(need, strlen("یک هزار و دویست و سی و چهار"));
	assert_string_equal(small, "یک ه");
	need = loc_words_en(1234, small, 5);
	assert_string_equal(small, "one ");
	assert_int_equal(need, strlen("one thousand two hundred and thirty-four"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fa_small),
		cmocka_unit_test(test_fa_hundreds),
		cmocka_unit_test(test_fa_groups),
		cmocka_unit_test(test_fa_extremes),
		cmocka_unit_test(test_en),
		cmocka_unit_test(test_lang_and_size),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
