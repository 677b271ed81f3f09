/*
 * tests/core/test_keytext.c — reading what `hamyar sync key` prints
 * (core/keytext.h), the one reading `sync trust` and the sync keys screen
 * share: the station line in either language and the key, the station
 * already chosen, and each refusal with the word it names.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/keytext.h"

#define KEY "df09459d60129d7a5174cadc0bdc2936e22f8ca836a1f3750b5c069a5525e431"
#define KEY2 "f1ae18f14a5e73d8511f168462de23052ce567c182929215ef73668bd37eb5f1"

static enum core_keytext
rd(const char *text, int first, const char *preset, char *code, char *hex, char *msg)
{
	strcpy(code, preset);
	return core_key_text(text, first, code, hex, msg, 600);
}

static void
test_read(void **state)
{
	char code[CORE_STATION_MAX + 1], hex[CORE_KEY_HEX], msg[600];

	(void)state;
	assert_int_equal(rd("ایستگاه TBZ\n" KEY "\n", 0, "", code, hex, msg), CORE_KEYTEXT_OK);
	assert_string_equal(code, "TBZ");
	assert_string_equal(hex, KEY);
	/* English, lower-case code, CR LF, the key in capitals */
	assert_int_equal(rd("station mrd\r\nDF09459D60129D7A5174CADC0BDC2936E22F8CA836A1F3750B5C069A5525E431",
	    0, "", code, hex, msg), CORE_KEYTEXT_OK);
	assert_string_equal(code, "MRD");
	assert_string_equal(hex, KEY);
	/* joined by a space, the code typed first, the station chosen */
	assert_int_equal(rd("tbz ایستگاه TBZ " KEY, 1, "", code, hex, msg), CORE_KEYTEXT_OK);
	assert_string_equal(code, "TBZ");
	assert_int_equal(rd(KEY " " KEY, 0, "TBZ", code, hex, msg), CORE_KEYTEXT_OK);
	assert_string_equal(code, "TBZ");
	assert_string_equal(hex, KEY);
}

static void
test_refused(void **state)
{
	char code[CORE_STATION_MAX + 1], hex[CORE_KEY_HEX], msg[600];

	(void)state;
	assert_int_equal(rd("ایستگاه TBZ\n" KEY, 0, "ARD", code, hex, msg), CORE_KEYTEXT_STATIONS);
	assert_non_null(strstr(msg, "ARD"));
	assert_non_null(strstr(msg, "TBZ"));
	assert_int_equal(rd("MRD ایستگاه TBZ " KEY, 1, "", code, hex, msg), CORE_KEYTEXT_STATIONS);
	assert_int_equal(rd("station TBZ " KEY " " KEY2, 0, "", code, hex, msg), CORE_KEYTEXT_KEYS);
	assert_int_equal(rd("station TBZ salam " KEY, 0, "", code, hex, msg), CORE_KEYTEXT_WORD);
	assert_non_null(strstr(msg, "salam"));
	assert_int_equal(rd("station T " KEY, 0, "", code, hex, msg), CORE_KEYTEXT_CODE);
	assert_non_null(strstr(msg, "T"));
	assert_int_equal(rd("station TBZ", 0, "", code, hex, msg), CORE_KEYTEXT_NOKEY);
	assert_string_equal(code, "TBZ");	/* (the screen then asks for the key) */
	assert_int_equal(rd(KEY, 0, "", code, hex, msg), CORE_KEYTEXT_NOSTATION);
	assert_int_equal(rd("", 0, "", code, hex, msg), CORE_KEYTEXT_NOKEY);
}

/* core_keytext_scan: the words the screen looks at before it reads a
 * text as sync key's output (a key typed in groups is not that) */
static void
test_scan(void **state)
{
	int marked, first;

	(void)state;
	assert_int_equal(core_keytext_scan("ایستگاه TBZ\n" KEY "\n", &marked, &first), 3);
	assert_int_equal(marked, 1);
	assert_int_equal(first, 0);
	/* the code typed first, then the key */
	assert_int_equal(core_keytext_scan("  TBZ\t" KEY, &marked, &first), 2);
	assert_int_equal(marked, 1);
	assert_int_equal(first, 1);
	/* a key read out in four groups: no whole key, no station word */
	assert_int_equal(core_keytext_scan("df09459d60129d7a 5174cadc0bdc2936 e22f8ca836a1f375 0b5c069a5525e431",
	    &marked, &first), 4);
	assert_int_equal(marked, 0);
	assert_int_equal(first, 1);
	/* a key one digit too long is no key */
	assert_int_equal(core_keytext_scan("TBZ " KEY "0", &marked, &first), 2);
	assert_int_equal(marked, 0);
	assert_int_equal(core_keytext_scan(" \r\n", &marked, &first), 0);
	assert_int_equal(marked, 0);
	assert_int_equal(first, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_read),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_scan),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
