/*
 * tests/locale/test_hash.c — FNV-1a, 32 and 64 bits.
 *
 * The vectors for "", "a" and "foobar" are the published FNV-1a test
 * vectors (draft-eastlake-fnv, "The FNV Non-Cryptographic Hash
 * Algorithm", and test_fnv.c of http://www.isthe.com/chongo/src/fnv/);
 * the Persian one was worked out apart from this code (Python, byte by
 * byte), so that a change of the hash the tables use shows here.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "locale/hash.h"

static const struct {
	const char *s;
	uint32_t h32;
	uint64_t h64;
} vectors[] = {
	{ "", 0x811c9dc5u, 0xcbf29ce484222325ull },
	{ "a", 0xe40c292cu, 0xaf63dc4c8601ec8cull },
	{ "foobar", 0xbf9cf968u, 0x85944171f73967e8ull },
	{ "علی", 0x940a8568u, 0x49394d631be0dea8ull },
};

static void
test_published_vectors(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < sizeof vectors / sizeof vectors[0]; i++) {
		const char *s = vectors[i].s;

		assert_int_equal(loc_fnv32(s, strlen(s)), vectors[i].h32);
		assert_int_equal(loc_fnv32_str(s), vectors[i].h32);
		assert_true(loc_fnv64(s, strlen(s)) == vectors[i].h64);
		assert_true(loc_fnv64_str(s) == vectors[i].h64);
		assert_true(loc_fnv64_add(LOC_FNV64_BASIS, s, strlen(s)) == vectors[i].h64);
	}
}

/* Hashing in pieces is hashing the whole; the bytes of a given length
 * count past a NUL, a string's stop at it. */
static void
test_pieces_and_nul(void **state)
{
	uint64_t h64;

	(void)state;
	h64 = loc_fnv64_add(LOC_FNV64_BASIS, "foo", 3);
	assert_true(loc_fnv64_add(h64, "bar", 3) == 0x85944171f73967e8ull);
	assert_int_not_equal(loc_fnv32("a\0b", 3), loc_fnv32_str("a\0b"));
	assert_int_equal(loc_fnv32_str("a\0b"), 0xe40c292cu);
	assert_true(loc_fnv64("a\0b", 3) != loc_fnv64_str("a\0b"));
	assert_int_equal(loc_fnv32("a", 0), 0x811c9dc5u);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_published_vectors),
		cmocka_unit_test(test_pieces_and_nul),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
