/*
 * tests/locale/test_catalog.c — the compiled message catalogs: Persian by
 * default, English on request, the msgid itself when a message is missing.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "locale/catalog.h"
#include "locale/loc.h"

static void
test_persian_is_default(void **state)
{
	(void)state;
	assert_string_equal(loc_lang(), "fa");
	assert_string_equal(_("unknown verb '%s'"), "فرمان ناشناخته «%s»");
}

static void
test_english_on_request(void **state)
{
	(void)state;
	assert_int_equal(loc_lang_set("en"), 0);
	assert_string_equal(loc_lang(), "en");
	assert_string_equal(_("unknown verb '%s'"), "unknown verb '%s'");
	assert_int_equal(loc_lang_set("fa"), 0);
	assert_string_equal(_("Verbs:\n"), "فرمان‌ها:\n");
}

static void
test_unknown_language_keeps_choice(void **state)
{
	(void)state;
	assert_int_equal(loc_lang_set("de"), LOC_EINVAL);
	assert_int_equal(loc_lang_set(NULL), LOC_EINVAL);
	assert_string_equal(loc_lang(), "fa");
}

static void
test_missing_message_falls_back_to_msgid(void **state)
{
	const char *id = "no such message in any catalog";

	(void)state;
	assert_ptr_equal(_(id), id);
	assert_ptr_equal(loc_gettext_lang("en", id), id);
	assert_ptr_equal(loc_gettext_lang("xx", id), id);
	assert_string_equal(loc_gettext(NULL), "");
}

static void
test_named_language_lookup(void **state)
{
	(void)state;
	assert_string_equal(loc_gettext_lang("fa", "option %s needs a value"),
	    "گزینهٔ %s مقدار می‌خواهد");
	assert_string_equal(loc_gettext_lang("en", "option %s needs a value"),
	    "option %s needs a value");
	assert_string_equal(loc_lang(), "fa");
}

/* Messages that hold a count (loc_ngettext, the .po's msgid_plural):
 * English gives 1 the singular and any other count the plural; Persian
 * gives 0 and 1 its first form, more its second (its noun after a number
 * is singular in both, a verb agrees with the count); a message the
 * catalogs lack takes the English rule. */
static void
test_plural_forms(void **state)
{
	const char *one = "%zu need", *many = "%zu needs";

	(void)state;
	assert_int_equal(loc_lang_set("en"), 0);
	assert_string_equal(P_(one, many, 1), "%zu need");
	assert_string_equal(P_(one, many, 0), "%zu needs");
	assert_string_equal(P_(one, many, 2), "%zu needs");
	assert_string_equal(P_(one, many, 21), "%zu needs");
	assert_int_equal(loc_lang_set("fa"), 0);
	assert_string_equal(P_(one, many, 1), "%zu نیاز");
	assert_string_equal(P_(one, many, 7), "%zu نیاز");
	{
		const char *left = "; open needs of a unit marked inactive, not ranked: %zu";

		assert_string_equal(P_(left, left, 0), "؛ %zu نیاز باز از واحدی غیرفعال رتبه‌بندی نشد");
		assert_string_equal(P_(left, left, 1), "؛ %zu نیاز باز از واحدی غیرفعال رتبه‌بندی نشد");
		assert_string_equal(P_(left, left, 2), "؛ %zu نیاز باز از واحدهای غیرفعال رتبه‌بندی نشدند");
		assert_string_equal(P_(left, left, 11), "؛ %zu نیاز باز از واحدهای غیرفعال رتبه‌بندی نشدند");
	}
	assert_string_equal(P_("%zu audit log entry could not be read: the database may be damaged; run 'hamyar --db %s verify'",
	    "%zu audit log entries could not be read: the database may be damaged; run 'hamyar --db %s verify'", 3),
	    "%zu مدخل گزارش تغییرات خوانده نشد: شاید پایگاه داده آسیب دیده باشد؛ 'hamyar --db %s verify' را اجرا کنید");
	/* not in the catalogs: the English rule, in either language */
	assert_string_equal(P_("%d apple", "%d apples", 1), "%d apple");
	assert_string_equal(P_("%d apple", "%d apples", 3), "%d apples");
	assert_string_equal(loc_ngettext(NULL, "x", 1), "");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_persian_is_default),
		cmocka_unit_test(test_english_on_request),
		cmocka_unit_test(test_unknown_language_keeps_choice),
		cmocka_unit_test(test_missing_message_falls_back_to_msgid),
		cmocka_unit_test(test_named_language_lookup),
		cmocka_unit_test(test_plural_forms),
	};
	return cmocka_run_group_tests_name("catalog", tests, NULL, NULL);
}
