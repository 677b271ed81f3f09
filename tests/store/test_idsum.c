/*
 * tests/store/test_idsum.c — store/idsum.c: the table of int64 sums by
 * record id that a write transaction keeps its pledges' paid sums in, and
 * the import its running sums of needs' pledges and pledges' payments.
 *
 * Every sum set is also kept here in a plain array, in order, and the table
 * is checked against it: each id found with its own last sum, each id never
 * set not found.  The ids are record ids as stations make them ("TBZ-7"),
 * and ones of the greatest length an id may have (CORE_ID_MAX - 1 bytes).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/record.h"
#include "store/idsum.h"
#include "store/store.h"

/* Enough ids for the table to double many times from its first size:
 * 64, 128, ... 32768 slots, at most half of them used. */
#define MANY 12000

/* Id number i as a station would give it, its station code by i. */
static void
id_of(size_t i, char *id)
{
	static const char *const code[] = { "TBZ", "AHR", "MRG", "MYN", "SLM" };

	snprintf(id, CORE_ID_MAX, "%s-%zu", code[i % 5], i / 5 + 1);
}

/* A sum of id i that no other i has, negative for some. */
static int64_t
sum_of(size_t i)
{
	int64_t v = (int64_t)i * 1000003 + 17;

	return i % 3 == 0 ? -v : v;
}

/* The table's own rules: a power of 2 at most half full, and as many used
 * slots as it says. */
static void
check_shape(const struct store_idsum *m, size_t n)
{
	size_t i, used = 0;

	assert_int_equal(m->n, n);
	if (m->cap == 0)
		return;
	assert_int_equal(m->cap & (m->cap - 1), 0);
	assert_true(2 * m->n <= m->cap);
	for (i = 0; i < m->cap; i++)
		used += m->v[i].id[0] != '\0';
	assert_int_equal(used, n);
}

static void
test_empty(void **state)
{
	struct store_idsum m = { 0 };

	(void)state;
	assert_null(store_idsum_get(&m, "TBZ-1"));
	assert_null(store_idsum_get(&m, ""));
	check_shape(&m, 0);
	store_idsum_free(&m);	/* never set: nothing to free */
	store_idsum_free(&m);	/* and again */
	assert_null(store_idsum_get(&m, "TBZ-1"));
}

static void
test_set_get(void **state)
{
	struct store_idsum m = { 0 };
	int64_t *p;

	(void)state;
	assert_int_equal(store_idsum_set(&m, "TBZ-1", 5000000), 0);
	assert_int_equal(store_idsum_set(&m, "TBZ-2", 0), 0);
	assert_int_equal(store_idsum_set(&m, "AHR-1", -250000), 0);
	check_shape(&m, 3);
	assert_non_null(p = store_idsum_get(&m, "TBZ-1"));
	assert_int_equal(*p, 5000000);
	assert_non_null(p = store_idsum_get(&m, "TBZ-2"));	/* a sum of 0 is kept */
	assert_int_equal(*p, 0);
	assert_non_null(p = store_idsum_get(&m, "AHR-1"));
	assert_int_equal(*p, -250000);

	/* missing ids: one never set, a prefix and an extension of one set,
	 * another station's, and no id at all */
	assert_null(store_idsum_get(&m, "TBZ-3"));
	assert_null(store_idsum_get(&m, "TBZ-"));
	assert_null(store_idsum_get(&m, "TBZ-10"));
	assert_null(store_idsum_get(&m, "MRG-1"));
	assert_null(store_idsum_get(&m, ""));

	/* set again: replaced, not added */
	assert_int_equal(store_idsum_set(&m, "TBZ-1", 7000000), 0);
	check_shape(&m, 3);
	assert_int_equal(*store_idsum_get(&m, "TBZ-1"), 7000000);

	/* changed in place through the pointer, as the running sums are */
	p = store_idsum_get(&m, "AHR-1");
	*p += 1000000;
	assert_int_equal(*store_idsum_get(&m, "AHR-1"), 750000);
	assert_int_equal(*store_idsum_get(&m, "TBZ-1"), 7000000);

	/* extremes of int64 are kept as they are */
	assert_int_equal(store_idsum_set(&m, "SLM-9", INT64_MAX), 0);
	assert_int_equal(store_idsum_set(&m, "SLM-8", INT64_MIN), 0);
	assert_true(*store_idsum_get(&m, "SLM-9") == INT64_MAX);
	assert_true(*store_idsum_get(&m, "SLM-8") == INT64_MIN);

	/* "" cannot be kept: it marks a free slot */
	assert_int_equal(store_idsum_set(&m, "", 1), STORE_EINVAL);
	check_shape(&m, 5);
	assert_null(store_idsum_get(&m, ""));

	store_idsum_free(&m);
	check_shape(&m, 0);
	assert_null(m.v);
	assert_null(store_idsum_get(&m, "TBZ-1"));
	/* usable again after free */
	assert_int_equal(store_idsum_set(&m, "TBZ-1", 3), 0);
	assert_int_equal(*store_idsum_get(&m, "TBZ-1"), 3);
	store_idsum_free(&m);
}

/* Many ids, each looked up after every doubling of the table: a rehash
 * that lost or moved an entry wrongly shows at once. */
static void
test_growth(void **state)
{
	struct store_idsum m = { 0 };
	char id[CORE_ID_MAX];
	size_t i, j, caps = 0, lastcap = 0;
	int64_t *p;

	(void)state;
	for (i = 0; i < MANY; i++) {
		id_of(i, id);
		assert_int_equal(store_idsum_set(&m, id, sum_of(i)), 0);
		if (m.cap != lastcap) {
			caps++;
			lastcap = m.cap;
			for (j = 0; j <= i; j++) {
				id_of(j, id);
				assert_non_null(p = store_idsum_get(&m, id));
				assert_true(*p == sum_of(j));
			}
		}
	}
	assert_true(caps >= 8);		/* 64 up to 32768 */
	check_shape(&m, MANY);
	for (i = 0; i < MANY; i++) {
		id_of(i, id);
		assert_non_null(p = store_idsum_get(&m, id));
		assert_true(*p == sum_of(i));
	}
	/* ids past the last one set, and the same numbers at a station not
	 * used: not found */
	for (i = MANY; i < MANY + 500; i++) {
		id_of(i, id);
		assert_null(store_idsum_get(&m, id));
	}
	for (i = 1; i <= 500; i++) {
		snprintf(id, sizeof id, "KRJ-%zu", i);
		assert_null(store_idsum_get(&m, id));
	}

	/* every sum set again, after the growth: none added */
	for (i = 0; i < MANY; i++) {
		id_of(i, id);
		assert_int_equal(store_idsum_set(&m, id, -sum_of(i)), 0);
	}
	check_shape(&m, MANY);
	for (i = 0; i < MANY; i++) {
		id_of(i, id);
		assert_true(*store_idsum_get(&m, id) == -sum_of(i));
	}
	store_idsum_free(&m);
}

/* Ids of CORE_ID_MAX - 1 bytes, alike but for their last bytes; one byte
 * more does not fit and is neither kept nor found. */
static void
test_longest(void **state)
{
	struct store_idsum m = { 0 };
	char id[CORE_ID_MAX], over[CORE_ID_MAX + 8];
	size_t i;
	int64_t *p;

	(void)state;
	for (i = 0; i < 300; i++) {
		memset(id, 'Z', CORE_ID_MAX - 1);
		memcpy(id, "TBZ-", 4);
		id[CORE_ID_MAX - 4] = (char)('0' + i / 100);
		id[CORE_ID_MAX - 3] = (char)('0' + i / 10 % 10);
		id[CORE_ID_MAX - 2] = (char)('0' + i % 10);
		id[CORE_ID_MAX - 1] = '\0';
		assert_int_equal(strlen(id), CORE_ID_MAX - 1);
		assert_int_equal(store_idsum_set(&m, id, (int64_t)i * 10), 0);
	}
	check_shape(&m, 300);
	for (i = 0; i < 300; i++) {
		memset(id, 'Z', CORE_ID_MAX - 1);
		memcpy(id, "TBZ-", 4);
		id[CORE_ID_MAX - 4] = (char)('0' + i / 100);
		id[CORE_ID_MAX - 3] = (char)('0' + i / 10 % 10);
		id[CORE_ID_MAX - 2] = (char)('0' + i % 10);
		id[CORE_ID_MAX - 1] = '\0';
		assert_non_null(p = store_idsum_get(&m, id));
		assert_true(*p == (int64_t)i * 10);
		/* the same id one byte longer: too long, not a match */
		memcpy(over, id, CORE_ID_MAX - 1);
		over[CORE_ID_MAX - 1] = '7';
		over[CORE_ID_MAX] = '\0';
		assert_null(store_idsum_get(&m, over));
		assert_int_equal(store_idsum_set(&m, over, 1), STORE_EINVAL);
		/* and one byte shorter: another id, not set */
		id[CORE_ID_MAX - 2] = '\0';
		assert_null(store_idsum_get(&m, id));
	}
	check_shape(&m, 300);
	store_idsum_free(&m);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_set_get),
		cmocka_unit_test(test_growth),
		cmocka_unit_test(test_longest),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
