/*
 * tests/tui/test_json.c — the JSON writer (tui/json.c) against RFC 8259:
 * section 7 (a string escapes quotation mark, reverse solidus and the
 * control characters U+0000..U+001F; \n \r \t have two-character forms)
 * and section 8.1 (text exchanged is UTF-8: invalid bytes must not pass).
 * U+2028/U+2029 are escaped too (ECMA-262 before ES2019 ends a line there).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "locale/text.h"
#include "tui/json.h"

/* Returns what tui_json_string writes for text (caller frees). */
static char *
js(const char *text)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	assert_non_null(f);
	assert_int_equal(tui_json_string(f, text), 0);
	fclose(f);
	return out;
}

#define IS(text, want) do { char *got_ = js(text); \
	assert_string_equal(got_, want); \
	assert_true(loc_utf8_valid(got_, strlen(got_))); \
	free(got_); } while (0)

static void
test_escapes(void **state)
{
	(void)state;
	IS("", "\"\"");
	IS("say \"hi\"", "\"say \\\"hi\\\"\"");
	IS("C:\\dir\\", "\"C:\\\\dir\\\\\"");
	IS("a\nb\rc\td", "\"a\\nb\\rc\\td\"");
	IS("\x01\x08\x0c\x1f\x7f", "\"\\u0001\\u0008\\u000c\\u001f\\u007f\"");
	/* Not escaped: solidus, the printable ASCII, Persian with ZWNJ,
	 * Arabic yeh/kaf as typed, Persian digits. */
	IS("</script> a/b ~", "\"</script> a/b ~\"");
	IS("علی‌رضا كريمي ۱۴۰۳", "\"علی‌رضا كريمي ۱۴۰۳\"");
	/* U+2028 LINE SEPARATOR, U+2029 PARAGRAPH SEPARATOR. */
	IS("a\xe2\x80\xa8" "b\xe2\x80\xa9", "\"a\\u2028b\\u2029\"");
}

static void
test_invalid_utf8(void **state)
{
	(void)state;
	/* A stray continuation byte, a lone lead byte at the end, an
	 * overlong '/', a UTF-16 surrogate, a Latin-1 name: each bad byte is
	 * one U+FFFD, the good ones around it kept. */
	IS("a\x80" "b", "\"a\\ufffdb\"");
	IS("\xd8", "\"\\ufffd\"");
	IS("\xc0\xaf", "\"\\ufffd\\ufffd\"");
	IS("\xed\xa0\x80", "\"\\ufffd\\ufffd\\ufffd\"");
	IS("Jos\xe9 \"x\"", "\"Jos\\ufffd \\\"x\\\"\"");
	IS("\xd8\xb9\xd9", "\"ع\\ufffd\"");
}

static void
test_key_int(void **state)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);

	(void)state;
	assert_non_null(f);
	assert_int_equal(tui_json_key(f, "name"), 0);
	assert_int_equal(tui_json_int(f, INT64_MIN), 0);
	fputc(' ', f);
	assert_int_equal(tui_json_int(f, 1000000000000000), 0);
	fclose(f);
	assert_string_equal(out, "\"name\": -9223372036854775808 1000000000000000");
	free(out);
}

static void
test_write_error(void **state)
{
	FILE *f = fopen("/dev/null", "r");	/* not writable */

	(void)state;
	assert_non_null(f);
	assert_int_equal(tui_json_string(f, "x"), TUI_JSON_EIO);
	fclose(f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_escapes),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_key_int),
		cmocka_unit_test(test_write_error),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
