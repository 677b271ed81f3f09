/*
 * tests/core/test_merge.c — hybrid logical clock (monotonic, ahead of what
 * it received, close to the wall clock), version order and text, and the
 * sync merge decisions over a small hand-made history, plus field-by-field
 * resolution.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "core/hlc.h"
#include "core/merge.h"

static void
test_hlc(void **state)
{
	uint64_t t, prev, wall = 1732780800000ull;	/* 2024-11-28 in ms */
	int i;

	(void)state;
	t = core_hlc_tick(0, wall);
	assert_int_equal(core_hlc_ms(t), wall);
	assert_int_equal(t & 0xffff, 0);
	/* Same millisecond: the counter moves. */
	prev = t;
	t = core_hlc_tick(t, wall);
	assert_true(t == prev + 1);
	assert_int_equal(core_hlc_ms(t), wall);
	/* Clock going backwards: still strictly increasing. */
	for (i = 0; i < 1000; i++) {
		prev = t;
		t = core_hlc_tick(t, wall - 5000);
		assert_true(t > prev);
	}
	/* Receiving a stamp from a machine 10 s ahead: ours passes it. */
	prev = (wall + 10000) << 16 | 7;
	t = core_hlc_recv(t, prev, wall);
	assert_true(t > prev);
	assert_int_equal(core_hlc_ms(t), wall + 10000);
	/* Receiving an old stamp: the wall clock rules. */
	t = core_hlc_recv(0, 5, wall);
	assert_int_equal(t, wall << 16);
	/* 65536 events in one millisecond carry into the next. */
	t = wall << 16 | 0xffff;
	assert_int_equal(core_hlc_ms(core_hlc_tick(t, wall)), wall + 1);
	/* A stamp at the top of the range (a forged or corrupt version):
	 * the clock must not wrap round to 0 or to the wall clock, below
	 * what it has received (it was 0 before the fix). */
	t = core_hlc_tick(wall << 16, wall);
	prev = core_hlc_recv(t, UINT64_MAX - 1, wall);
	assert_true(prev >= t);
	assert_true(core_hlc_tick(prev, wall) >= prev);
	assert_true(core_hlc_recv(t, UINT64_MAX, wall) >= t);
	assert_true(core_hlc_tick(UINT64_MAX, wall) == UINT64_MAX);
	/* Just below the cap: still strictly increasing, up to the cap. */
	t = core_hlc_recv(0, CORE_HLC_MAX - 2, wall);
	assert_true(t == CORE_HLC_MAX - 1);
	assert_true(core_hlc_tick(t, wall) == CORE_HLC_MAX);
	assert_true(core_hlc_tick(CORE_HLC_MAX, wall) == CORE_HLC_MAX);
	/* A wall clock past the cap (a machine set to the far future). */
	assert_true(core_hlc_tick(0, UINT64_MAX / 4) <= CORE_HLC_MAX);
	assert_true(core_hlc_tick(0, UINT64_MAX / 4) > 0);
}

static void
test_version(void **state)
{
	struct core_version a, b, z;
	char buf[64];

	(void)state;
	assert_int_equal(core_version_set(&a, 100, "TBZ"), 0);
	assert_int_equal(core_version_set(&b, 100, "MRG"), 0);
	assert_int_equal(core_version_set(&z, 0, ""), 0);
	assert_true(core_version_is_zero(&z));
	assert_true(core_version_cmp(&z, &b) < 0);
	/* Same stamp: the station code breaks the tie, bytewise. */
	assert_true(core_version_cmp(&a, &b) > 0);
	assert_true(core_version_cmp(&b, &a) < 0);
	b.hlc = 101;
	assert_true(core_version_cmp(&a, &b) < 0);
	assert_int_equal(core_version_cmp(&a, &a), 0);
	assert_int_equal(core_version_format(&a, buf, sizeof buf), 7);
	assert_string_equal(buf, "100@TBZ");
	/* The largest stamp a version may carry, and one past it: a stamp
	 * that would let a receiving clock wrap is refused. */
	snprintf(buf, sizeof buf, "%llu@HQ2", (unsigned long long)CORE_HLC_MAX);
	assert_int_equal(core_version_parse(buf, &a), 0);
	assert_true(a.hlc == CORE_HLC_MAX);
	assert_string_equal(a.origin, "HQ2");
	snprintf(buf, sizeof buf, "%llu@HQ2", (unsigned long long)CORE_HLC_MAX + 1);
	assert_int_equal(core_version_parse(buf, &a), CORE_EINVAL);
	assert_int_equal(core_version_parse("18446744073709551615@HQ2", &a), CORE_EINVAL);
	assert_int_equal(core_version_parse("18446744073709551614@HQ2", &a), CORE_EINVAL);
	assert_int_equal(core_version_parse("0@", &a), 0);
	assert_true(core_version_is_zero(&a));
	assert_int_equal(core_version_parse("12@", &a), CORE_EINVAL);
	assert_int_equal(core_version_parse("@TBZ", &a), CORE_EINVAL);
	assert_int_equal(core_version_parse("12TBZ", &a), CORE_EINVAL);
	assert_int_equal(core_version_parse("1x@TBZ", &a), CORE_EINVAL);
	assert_int_equal(core_version_parse("-1@TBZ", &a), CORE_EINVAL);
	assert_int_equal(core_version_parse("18446744073709551616@TBZ", &a), CORE_EINVAL);
	assert_int_equal(core_version_parse("0@TBZ", &a), CORE_EINVAL);
	assert_int_equal(core_version_parse("5@T", &a), CORE_EINVAL);	/* 1-letter code */
	assert_int_equal(core_version_set(&a, 5, "تبریز"), CORE_EINVAL);
}

/* A history: version -> base. */
struct hist {
	struct core_version v[8], base[8];
	int n;
};

static int
base_of(void *ctx, const struct core_version *v, struct core_version *base)
{
	struct hist *h = ctx;
	int i;

	for (i = 0; i < h->n; i++)
		if (core_version_cmp(&h->v[i], v) == 0) {
			*base = h->base[i];
			return 1;
		}
	return 0;
}

static struct core_version
V(uint64_t hlc, const char *o)
{
	struct core_version v;

	core_version_set(&v, hlc, o);
	return v;
}

static void
test_decide(void **state)
{
	struct hist h;
	struct core_version z = V(0, ""), v1 = V(10, "TBZ"), v2 = V(20, "TBZ"),
	    v3 = V(30, "TBZ"), w2 = V(25, "MRG"), w2same = V(20, "MRG");

	(void)state;
	memset(&h, 0, sizeof h);
	/* Local history: v1 (new) -> v2. */
	h.v[0] = v1; h.base[0] = z;
	h.v[1] = v2; h.base[1] = v1;
	h.n = 2;
	/* New record here. */
	assert_int_equal(core_merge_decide(&z, &v1, &z, 0, base_of, &h), CORE_MERGE_APPLY);
	/* Already seen. */
	assert_int_equal(core_merge_decide(&v2, &v1, &z, 1, base_of, &h), CORE_MERGE_SKIP);
	assert_int_equal(core_merge_decide(&v2, &v2, &v1, 0, base_of, &h), CORE_MERGE_SKIP);
	/* Plain update: remote's base is our version. */
	assert_int_equal(core_merge_decide(&v2, &v3, &v2, 0, base_of, &h), CORE_MERGE_APPLY);
	/* Remote older, and an ancestor of ours: old news. */
	assert_int_equal(core_merge_decide(&v2, &v1, &z, 0, base_of, &h), CORE_MERGE_SKIP);
	/* Concurrent edits of v1: MRG's w2 (base v1) against our v2. */
	assert_int_equal(core_merge_decide(&v2, &w2, &v1, 0, base_of, &h), CORE_MERGE_APPLY_CONFLICT);
	/* Same stamp, concurrent: TBZ > MRG bytewise, so ours stays. */
	assert_int_equal(core_merge_decide(&v2, &w2same, &v1, 0, base_of, &h), CORE_MERGE_KEEP_CONFLICT);
	/* Remote two steps ahead (we know its base w2 came from v2). */
	h.v[2] = w2; h.base[2] = v2; h.n = 3;
	{
		struct core_version w3 = V(40, "MRG");

		assert_int_equal(core_merge_decide(&v2, &w3, &w2, 0, base_of, &h), CORE_MERGE_APPLY);
	}
	/* Is-ancestor walks. */
	assert_int_equal(core_merge_is_ancestor(&v1, &w2, base_of, &h), 1);
	assert_int_equal(core_merge_is_ancestor(&z, &w2, base_of, &h), 1);
	assert_int_equal(core_merge_is_ancestor(&v3, &w2, base_of, &h), 0);
	/* A corrupt loop (base newer than the version) ends the walk. */
	h.v[3] = V(50, "HQ"); h.base[3] = V(60, "HQ"); h.n = 4;
	assert_int_equal(core_merge_is_ancestor(&v1, &h.v[3], base_of, &h), 0);
}

/* Where two histories last agreed: TBZ made v1 and edited it to v2 and
 * v4; MRG, from v2, made w3 and w5 (w5 queued here, unknown to the history,
 * with its base w3 given). */
static void
test_common(void **state)
{
	struct hist h;
	struct core_version z = V(0, ""), v1 = V(10, "TBZ"), v2 = V(20, "TBZ"),
	    w3 = V(30, "MRG"), v4 = V(40, "TBZ"), w5 = V(50, "MRG"), anc;

	(void)state;
	memset(&h, 0, sizeof h);
	h.v[0] = v1; h.base[0] = z;
	h.v[1] = v2; h.base[1] = v1;
	h.v[2] = w3; h.base[2] = v2;
	h.v[3] = v4; h.base[3] = v2;
	h.n = 4;
	memset(&anc, 0, sizeof anc);
	assert_int_equal(core_merge_common(&v4, &w5, &w3, base_of, &h, &anc), 1);
	assert_int_equal(core_version_cmp(&anc, &v2), 0);
	/* either order of the two sides; the queued one's base from the
	 * history when not given */
	h.v[4] = w5; h.base[4] = w3; h.n = 5;
	memset(&anc, 0, sizeof anc);
	assert_int_equal(core_merge_common(&w5, &v4, NULL, base_of, &h, &anc), 1);
	assert_int_equal(core_version_cmp(&anc, &v2), 0);
	/* one side an ancestor of the other: that side */
	assert_int_equal(core_merge_common(&w5, &v2, NULL, base_of, &h, &anc), 1);
	assert_int_equal(core_version_cmp(&anc, &v2), 0);
	/* a base this database never saw: unknown, not a guess */
	{
		struct core_version x7 = V(70, "MRD"), x6 = V(60, "MRD");

		assert_int_equal(core_merge_common(&v4, &x7, &x6, base_of, &h, &anc), 0);
	}
	/* two records made apart share nothing */
	{
		struct core_version y1 = V(15, "AHR");

		h.v[5] = y1; h.base[5] = z; h.n = 6;
		assert_int_equal(core_merge_common(&v4, &y1, NULL, base_of, &h, &anc), 0);
	}
	/* a corrupt history (a base newer than its version) ends the walk */
	h.v[6] = V(90, "HQ"); h.base[6] = V(95, "HQ"); h.n = 7;
	assert_int_equal(core_merge_common(&h.v[6], &v4, NULL, base_of, &h, &anc), 0);
}

/* The three-way pick: each side's own changes kept, a field both changed
 * from the version in use. */
static void
test_pick(void **state)
{
	unsigned name = 1u << CORE_DONOR_NAME, mob = 1u << CORE_DONOR_MOBILE,
	    cap = 1u << CORE_DONOR_CAPACITY, addr = 1u << CORE_DONOR_ADDRESS;
	unsigned diff = name | mob | cap;

	(void)state;
	/* mine changed name and capacity, theirs mobile and capacity */
	assert_int_equal(core_merge_pick(diff, name | cap, mob | cap, 0), mob);
	assert_int_equal(core_merge_pick(diff, name | cap, mob | cap, 1), mob | cap);
	/* a field not in diff (both made it the same) is never taken */
	assert_int_equal(core_merge_pick(diff, name, mob | addr, 0), mob);
	assert_int_equal(core_merge_pick(0, name, mob, 1), 0);
}

static void
test_fields(void **state)
{
	struct core_record *a = core_record_new(CORE_DONOR), *b, *m;
	unsigned mask;

	(void)state;
	assert_non_null(a);
	core_record_set_text(a, CORE_DONOR_ID, "TBZ-7");
	core_record_set_num(a, CORE_DONOR_KIND, CORE_DONOR_PERSON);
	core_record_set_text(a, CORE_DONOR_NAME, "علی‌رضا کریمی");
	core_record_set_text(a, CORE_DONOR_COUNTY, "TBZ");
	b = core_record_dup(a);
	assert_non_null(b);
	assert_int_equal(core_merge_diff(a, b, &mask), 0);
	assert_int_equal(mask, 0);
	core_record_set_text(b, CORE_DONOR_NAME, "علیرضا کریمی‌پور");
	core_record_set_text(b, CORE_DONOR_MOBILE, "09141234567");
	core_record_set_num(a, CORE_DONOR_CAPACITY, 5000000);
	assert_int_equal(core_merge_diff(a, b, &mask), 3);
	assert_int_equal(mask, (1u << CORE_DONOR_NAME) | (1u << CORE_DONOR_MOBILE) |
	    (1u << CORE_DONOR_CAPACITY));
	/* Mine with theirs' mobile and capacity (unset there). */
	assert_int_equal(core_merge_fields(a, b, (1u << CORE_DONOR_MOBILE) |
	    (1u << CORE_DONOR_CAPACITY), &m), 0);
	assert_string_equal(core_record_text(m, CORE_DONOR_NAME), "علی‌رضا کریمی");
	assert_string_equal(core_record_text(m, CORE_DONOR_MOBILE), "09141234567");
	assert_int_equal(m->v[CORE_DONOR_CAPACITY].set, 0);
	core_record_free(m);
	/* Kinds must agree. */
	m = core_record_new(CORE_GROUP);
	assert_int_equal(core_merge_diff(a, m, &mask), CORE_EINVAL);
	{
		struct core_record *out = NULL;

		assert_int_equal(core_merge_fields(a, m, 0, &out), CORE_EINVAL);
		assert_null(out);
	}
	core_record_free(m);
	core_record_free(a);
	core_record_free(b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hlc),
		cmocka_unit_test(test_version),
		cmocka_unit_test(test_decide),
		cmocka_unit_test(test_common),
		cmocka_unit_test(test_pick),
		cmocka_unit_test(test_fields),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
