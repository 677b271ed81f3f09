/* tests/locale/test_strbuf.c — the growing byte string. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "locale/strbuf.h"

static void
test_appends_and_terminates(void **state)
{
	struct loc_strbuf b = { 0 };
	char *s;

	(void)state;
	loc_strbuf_str(&b, "علی ");
	loc_strbuf_add(&b, "کریمی‌نژاد;tail", strlen("کریمی‌نژاد"));
	loc_strbuf_printf(&b, " %s-%d", "TBZ", 42);
	assert_false(b.failed);
	assert_int_equal(b.len, strlen("علی کریمی‌نژاد TBZ-42"));
	s = loc_strbuf_take(&b);
	assert_string_equal(s, "علی کریمی‌نژاد TBZ-42");
	assert_null(b.p);
	assert_int_equal(b.len, 0);
	free(s);
}

static void
test_grows_past_many_doublings(void **state)
{
	struct loc_strbuf b = { 0 };
	size_t i, want = 0;

	(void)state;
	for (i = 0; i < 100000; i++) {
		loc_strbuf_add(&b, "0123456789", i % 11);
		want += i % 11;
	}
	assert_false(b.failed);
	assert_int_equal(b.len, want);
	assert_memory_equal(b.p + b.len - 9, "012345678", 9);
	assert_int_equal(b.p[b.len], '\0');
	assert_true(b.cap > b.len);
	loc_strbuf_done(&b);
	assert_null(b.p);
}

static void
test_empty_take_is_empty_string(void **state)
{
	struct loc_strbuf b = { 0 };
	char *s;

	(void)state;
	s = loc_strbuf_take(&b);
	assert_non_null(s);
	assert_string_equal(s, "");
	free(s);
	loc_strbuf_done(&b);	/* safe on an empty buffer */
}

static void
test_failure_is_sticky(void **state)
{
	struct loc_strbuf b = { 0 };

	(void)state;
	loc_strbuf_str(&b, "x");
	b.failed = 1;	/* as after a failed realloc */
	loc_strbuf_str(&b, "more");
	assert_int_equal(b.len, 1);
	assert_null(loc_strbuf_take(&b));
	assert_null(b.p);
	/* An impossible size fails cleanly instead of overflowing. */
	loc_strbuf_str(&b, "y");
	loc_strbuf_add(&b, "z", (size_t)-1 / 2);
	assert_true(b.failed);
	loc_strbuf_done(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_appends_and_terminates),
		cmocka_unit_test(test_grows_past_many_doublings),
		cmocka_unit_test(test_empty_take_is_empty_string),
		cmocka_unit_test(test_failure_is_sticky),
	};
	return cmocka_run_group_tests_name("strbuf", tests, NULL, NULL);
}
