/*
 * tests/tui/test_stages_text.c — tui_need_stages_text (tui/stages.c), the
 * sentence a need's page and its final-step question say of stages below
 * 100 percent: in English the count and the verb agree with the numbers
 * ("1 of its 3 stages is", "2 of its 3 stages are", a need's one stage
 * not "1 of its 1 stages are"); in Persian the noun stays singular after
 * a number, as before.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "locale/catalog.h"
#include "store/store.h"
#include "tui/screens.h"

static const char *
say(int total, int unfinished, int overdue, char *buf, size_t n)
{
	struct store_need_stages ns = { total, unfinished, overdue };

	return tui_need_stages_text(&ns, 1, buf, n);
}

static void
test_english_agrees(void **state)
{
	char buf[400];

	(void)state;
	assert_int_equal(loc_lang_set("en"), 0);
	assert_string_equal(say(3, 0, 0, buf, sizeof buf), "");
	assert_string_equal(say(1, 1, 0, buf, sizeof buf),
	    "Its one stage is not complete yet (below 100 percent).");
	assert_string_equal(say(3, 1, 0, buf, sizeof buf),
	    "1 of its 3 stages is not complete yet (below 100 percent).");
	assert_string_equal(say(3, 2, 1, buf, sizeof buf),
	    "2 of its 3 stages are not complete yet (below 100 percent). Overdue among them: 1.");
}

static void
test_persian_singular(void **state)
{
	char buf[400];

	(void)state;
	assert_int_equal(loc_lang_set("fa"), 0);
	assert_string_equal(say(3, 1, 0, buf, sizeof buf),
	    "1 مرحله از 3 مرحلهٔ آن هنوز کامل نشده است (پیشرفت کمتر از صد درصد).");
	assert_string_equal(say(3, 2, 0, buf, sizeof buf),
	    "2 مرحله از 3 مرحلهٔ آن هنوز کامل نشده است (پیشرفت کمتر از صد درصد).");
	assert_string_equal(say(1, 1, 0, buf, sizeof buf),
	    "تنها مرحلهٔ آن هنوز کامل نشده است (پیشرفت کمتر از صد درصد).");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_english_agrees),
		cmocka_unit_test(test_persian_singular),
	};
	return cmocka_run_group_tests_name("stages_text", tests, NULL, NULL);
}
