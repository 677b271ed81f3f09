/*
 * tests/core/test_match.c — matching donors and needs, the fit of capacity
 * to gap, and the interest counts (core/match.c).
 *
 * Expectations come from the rules written in core/match.h and SPEC §8 and
 * issue 3 item 6 (same county, category among the donor's interests, gap
 * open, best first by priority then fit; for a need, the active donors who
 * fit it), worked by hand in the comments.
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "core/match.h"
#include "core/rank.h"

#define NEAR(x, y, eps) assert_true(fabs((x) - (y)) <= (eps))
#define PT(t) (1u << (t))

static struct core_match_need
need(const char *id, const char *county, int cat, int status, int64_t gap,
    double score, int32_t on)
{
	struct core_match_need x;

	memset(&x, 0, sizeof x);
	snprintf(x.id, sizeof x.id, "%s", id);
	snprintf(x.county, sizeof x.county, "%s", county);
	x.category = cat;
	x.status = status;
	x.gap = gap;
	x.score = score;
	x.identified_on = on;
	return x;
}

static struct core_match_donor
donor(const char *id, const char *county, unsigned interests, int64_t cap,
    int active, int32_t pledges)
{
	struct core_match_donor d;

	memset(&d, 0, sizeof d);
	snprintf(d.id, sizeof d.id, "%s", id);
	snprintf(d.county, sizeof d.county, "%s", county);
	d.interests = interests;
	d.capacity = cap;
	d.active = active;
	d.pledges = pledges;
	return d;
}

static void
test_fit(void **state)
{
	(void)state;
	NEAR(core_match_fit(100, 100), 1, 0);
	NEAR(core_match_fit(200, 100), 0.75, 1e-15);	/* .5 + .5 * 100/200 */
	NEAR(core_match_fit(400, 100), 0.625, 1e-15);
	NEAR(core_match_fit(50, 100), 0.25, 1e-15);	/* .5 * 50/100 */
	NEAR(core_match_fit(0, 100), 0, 0);		/* capacity unknown */
	NEAR(core_match_fit(-1, 100), 0, 0);
	NEAR(core_match_fit(100, 0), 1, 0);
	/* Anyone who covers the gap fits better than anyone who cannot. */
	assert_true(core_match_fit(1000000000000LL, 1) > core_match_fit(99, 100));
}

/* A donor's free capacity is his capacity less the unpaid remainder of his
 * open pledges (the caller's sum, in .open), never below 0, and 0 when his
 * capacity is unknown. */
static void
test_free_capacity(void **state)
{
	struct core_match_donor d = donor("TBZ-1", "TBZ", PT(CORE_PT_SPACE), 100000000, 1, 0);

	(void)state;
	assert_true(core_match_free(&d) == 100000000);		/* nothing open */
	d.open = 30000000;
	assert_true(core_match_free(&d) == 70000000);
	d.open = 100000000;
	assert_true(core_match_free(&d) == 0);			/* all of it */
	d.open = 150000000;
	assert_true(core_match_free(&d) == 0);			/* past it: not below 0 */
	d.open = INT64_MAX;
	assert_true(core_match_free(&d) == 0);
	d.open = -5;						/* a bad sum counts as 0 */
	assert_true(core_match_free(&d) == 100000000);
	d.capacity = 0;						/* unknown */
	d.open = 0;
	assert_true(core_match_free(&d) == 0);
	d.capacity = -1;
	d.open = 10;
	assert_true(core_match_free(&d) == 0);
	d.capacity = INT64_MAX;
	d.open = 1;
	assert_true(core_match_free(&d) == INT64_MAX - 1);
}

/* Matching fits the free capacity, not the whole one: a donor whose open
 * pledges elsewhere take part of his capacity fits a gap by what is left,
 * and one whose pledges take all of it fits nothing (0) but is still
 * listed (his non-material help is still wanted; the caller proposes him
 * no amount). */
static void
test_fit_uses_free(void **state)
{
	struct core_match_donor d[3];
	struct core_match_need x[2];
	struct core_match out[3];
	size_t n;

	(void)state;
	/* TBZ-1: 100,000,000 of which 60,000,000 pledged unpaid, 40,000,000
	 * free; TBZ-2: 50,000,000 all free; TBZ-3: 40,000,000 all pledged */
	d[0] = donor("TBZ-1", "TBZ", PT(CORE_PT_SPACE) | PT(CORE_PT_POLICING), 100000000, 1, 0);
	d[0].open = 60000000;
	d[1] = donor("TBZ-2", "TBZ", PT(CORE_PT_SPACE), 50000000, 1, 0);
	d[2] = donor("TBZ-3", "TBZ", PT(CORE_PT_SPACE) | PT(CORE_PT_POLICING), 40000000, 1, 9);
	d[2].open = 40000000;
	x[0] = need("TBZ-20", "TBZ", CORE_PT_SPACE, CORE_NEED_APPROVED, 40000000, 0.5, 100);
	assert_int_equal(core_match_donors(&x[0], d, 3, out, &n), 0);
	/* TBZ-1: free 40M covers the gap exactly, 1 (on his whole capacity
	 * it was .5 + .5 * 40/100 = .7, after TBZ-2); TBZ-2: .5 + .5 * 40/50
	 * = .9; TBZ-3: nothing free, 0 despite his nine past pledges */
	assert_int_equal(n, 3);
	assert_int_equal(out[0].index, 0);
	NEAR(out[0].fit, 1, 0);
	assert_int_equal(out[1].index, 1);
	NEAR(out[1].fit, 0.9, 1e-15);
	assert_int_equal(out[2].index, 2);
	NEAR(out[2].fit, 0, 0);

	/* From TBZ-3, with nothing free: his needs are still listed, the
	 * space need at fit 0, the policing (non-material) one too */
	x[1] = need("TBZ-21", "TBZ", CORE_PT_POLICING, CORE_NEED_IDENTIFIED, 1000000, 0.7, 100);
	assert_int_equal(core_match_needs(&d[2], x, 2, out, &n), 0);
	assert_int_equal(n, 2);
	assert_int_equal(out[0].index, 1);
	assert_int_equal(out[1].index, 0);
	NEAR(out[1].fit, 0, 0);
	/* ... and TBZ-1 fits the space need by his free 40M, exactly */
	assert_int_equal(core_match_needs(&d[0], x, 1, out, &n), 0);
	assert_int_equal(n, 1);
	NEAR(out[0].fit, 1, 0);
}

static void
test_needs_for_donor(void **state)
{
	struct core_match_need x[8];
	struct core_match out[8];
	struct core_match_donor d = donor("TBZ-1", "TBZ", PT(CORE_PT_EQUIPMENT) | PT(CORE_PT_COSTS),
	    30000000, 1, 2);
	size_t n;

	(void)state;
	x[0] = need("TBZ-10", "TBZ", CORE_PT_EQUIPMENT, CORE_NEED_APPROVED, 30000000, 0.6, 100);
	x[1] = need("TBZ-11", "TBZ", CORE_PT_COSTS, CORE_NEED_IDENTIFIED, 90000000, 0.8, 100);
	x[2] = need("TBZ-12", "AHR", CORE_PT_COSTS, CORE_NEED_IDENTIFIED, 10000000, 0.9, 100);	/* other county */
	x[3] = need("TBZ-13", "TBZ", CORE_PT_SPACE, CORE_NEED_IDENTIFIED, 10000000, 0.9, 100);	/* not interested */
	x[4] = need("TBZ-14", "TBZ", CORE_PT_COSTS, CORE_NEED_DONE, 10000000, 0.9, 100);	/* closed */
	x[5] = need("TBZ-15", "TBZ", CORE_PT_COSTS, CORE_NEED_ASSESSED, 0, 0.9, 100);	/* gap filled */
	x[6] = need("TBZ-16", "TBZ", CORE_PT_EQUIPMENT, CORE_NEED_ASSESSED, 60000000, 0.6, 100);
	x[7] = need("TBZ-9", "TBZ", CORE_PT_EQUIPMENT, CORE_NEED_ASSESSED, 30000000, 0.6, 100);
	assert_int_equal(core_match_needs(&d, x, 8, out, &n), 0);
	/* Priority first: TBZ-11 (0.8).  Then the 0.6s by fit: TBZ-10 and
	 * TBZ-9 fit exactly (1.0) and tie, so by id TBZ-9 first; TBZ-16
	 * (capacity half the gap, fit .25) last. */
	assert_int_equal(n, 4);
	assert_int_equal(out[0].index, 1);
	assert_int_equal(out[1].index, 7);
	assert_int_equal(out[2].index, 0);
	assert_int_equal(out[3].index, 6);
	NEAR(out[0].fit, 0.5 * 30.0 / 90.0, 1e-15);
	NEAR(out[1].fit, 1, 0);
	NEAR(out[3].fit, 0.25, 1e-15);

	/* Older need first at equal score and fit. */
	x[0].identified_on = 50;
	assert_int_equal(core_match_needs(&d, x, 8, out, &n), 0);
	assert_int_equal(out[1].index, 0);

	/* A need of a unit marked inactive is proposed to no donor. */
	x[1].unit_inactive = 1;
	assert_int_equal(core_match_needs(&d, x, 8, out, &n), 0);
	assert_int_equal(n, 3);
	assert_int_equal(out[0].index, 0);
	x[1].unit_inactive = 0;

	/* An inactive donor, or one with no interests, gets nothing. */
	d.active = 0;
	assert_int_equal(core_match_needs(&d, x, 8, out, &n), 0);
	assert_int_equal(n, 0);
	d.active = 1;
	d.interests = 0;
	assert_int_equal(core_match_needs(&d, x, 8, out, &n), 0);
	assert_int_equal(n, 0);
	/* Empty list. */
	assert_int_equal(core_match_needs(&d, NULL, 0, NULL, &n), 0);
	assert_int_equal(n, 0);
	assert_int_equal(core_match_needs(NULL, x, 8, out, &n), CORE_EINVAL);
	assert_int_equal(core_match_needs(&d, NULL, 3, out, &n), CORE_EINVAL);
}

static void
test_donors_for_need(void **state)
{
	struct core_match_donor d[7];
	struct core_match out[7];
	struct core_match_need x = need("TBZ-40", "MRG", CORE_PT_SPACE, CORE_NEED_APPROVED,
	    50000000, 0.5, 10);
	size_t n;

	(void)state;
	d[0] = donor("MRG-1", "MRG", PT(CORE_PT_SPACE), 100000000, 1, 0);	/* covers, fit .75 */
	d[1] = donor("MRG-2", "MRG", PT(CORE_PT_SPACE) | PT(CORE_PT_COSTS), 50000000, 1, 0);	/* exact, 1 */
	d[2] = donor("MRG-3", "MRG", PT(CORE_PT_SPACE), 25000000, 1, 9);	/* half, .25 */
	d[3] = donor("MRG-4", "MRG", PT(CORE_PT_SPACE), 100000000, 0, 9);	/* inactive */
	d[4] = donor("TBZ-5", "TBZ", PT(CORE_PT_SPACE), 50000000, 1, 0);	/* other county */
	d[5] = donor("MRG-6", "MRG", PT(CORE_PT_COSTS), 50000000, 1, 0);	/* not interested */
	d[6] = donor("MRG-7", "MRG", PT(CORE_PT_SPACE), 100000000, 1, 3);	/* as MRG-1, more pledges */
	assert_int_equal(core_match_donors(&x, d, 7, out, &n), 0);
	assert_int_equal(n, 4);
	assert_int_equal(out[0].index, 1);
	assert_int_equal(out[1].index, 6);
	assert_int_equal(out[2].index, 0);
	assert_int_equal(out[3].index, 2);
	NEAR(out[0].fit, 1, 0);
	NEAR(out[1].fit, 0.75, 1e-15);
	NEAR(out[3].fit, 0.25, 1e-15);

	assert_int_equal(core_match_donors(&x, NULL, 0, NULL, &n), 0);
	assert_int_equal(n, 0);
	assert_int_equal(core_match_donors(NULL, d, 7, out, &n), CORE_EINVAL);
}

static void
test_interest_counts(void **state)
{
	struct core_match_donor d[6];
	struct core_match_need x[5];
	uint32_t c[5];
	size_t i, j;

	(void)state;
	d[0] = donor("TBZ-1", "TBZ", PT(CORE_PT_COSTS) | PT(CORE_PT_SPACE), 0, 1, 0);
	d[1] = donor("TBZ-2", "TBZ", PT(CORE_PT_COSTS), 0, 1, 0);
	d[2] = donor("TBZ-3", "TBZ", PT(CORE_PT_COSTS), 0, 0, 0);	/* inactive */
	d[3] = donor("AHR-4", "AHR", PT(CORE_PT_COSTS), 0, 1, 0);
	d[4] = donor("MRG-5", "MRG", PT(CORE_PT_OVERSIGHT), 0, 1, 0);
	d[5] = donor("AHR-6", "AHR", PT(CORE_PT_SPACE) | PT(CORE_PT_COSTS), 0, 1, 0);
	x[0] = need("TBZ-10", "TBZ", CORE_PT_COSTS, 0, 1, 0, 0);	/* 2 */
	x[1] = need("TBZ-11", "TBZ", CORE_PT_SPACE, 0, 1, 0, 0);	/* 1 */
	x[2] = need("TBZ-12", "AHR", CORE_PT_COSTS, 0, 1, 0, 0);	/* 2 */
	x[3] = need("TBZ-13", "BNB", CORE_PT_COSTS, 0, 1, 0, 0);	/* 0: no donors */
	x[4] = need("TBZ-14", "MRG", CORE_PT_POLICING, 0, 1, 0, 0);	/* 0 */
	memset(c, 0xff, sizeof c);
	assert_int_equal(core_match_interest_counts(x, 5, d, 6, c), 0);
	assert_int_equal(c[0], 2);
	assert_int_equal(c[1], 1);
	assert_int_equal(c[2], 2);
	assert_int_equal(c[3], 0);
	assert_int_equal(c[4], 0);
	/* Agrees with counting one by one. */
	for (i = 0; i < 5; i++) {
		uint32_t k = 0;

		for (j = 0; j < 6; j++)
			k += d[j].active && strcmp(d[j].county, x[i].county) == 0 &&
			    (d[j].interests >> x[i].category) & 1u;
		assert_int_equal(c[i], k);
	}
	/* No donors at all. */
	assert_int_equal(core_match_interest_counts(x, 5, NULL, 0, c), 0);
	assert_int_equal(c[0], 0);
	assert_int_equal(core_match_interest_counts(NULL, 0, d, 6, NULL), 0);
	assert_int_equal(core_match_interest_counts(x, 5, NULL, 6, c), CORE_EINVAL);
}

static void
test_need_closed(void **state)
{
	struct core_match_need x;

	(void)state;
	x = need("TBZ-1", "TBZ", CORE_PT_EQUIPMENT, CORE_NEED_IDENTIFIED, 1, 0, 0);
	assert_int_equal(core_match_need_closed(&x), CORE_MATCH_OPEN);
	x.status = CORE_NEED_IN_PROGRESS;	/* work started, money still short */
	assert_int_equal(core_match_need_closed(&x), CORE_MATCH_OPEN);
	x.gap = 0;				/* pledges cover the cost */
	assert_int_equal(core_match_need_closed(&x), CORE_MATCH_CLOSED_COVERED);
	x.category = CORE_PT_SPACE;
	assert_int_equal(core_match_need_closed(&x), CORE_MATCH_CLOSED_COVERED);
	x.category = CORE_PT_COSTS;
	assert_int_equal(core_match_need_closed(&x), CORE_MATCH_CLOSED_COVERED);
	/* volunteers: no cost, no gap, still open */
	x.category = CORE_PT_POLICING;
	x.status = CORE_NEED_APPROVED;
	assert_int_equal(core_match_need_closed(&x), CORE_MATCH_OPEN);
	x.category = CORE_PT_INFORMATION;
	assert_int_equal(core_match_need_closed(&x), CORE_MATCH_OPEN);
	x.status = CORE_NEED_DONE;
	assert_int_equal(core_match_need_closed(&x), CORE_MATCH_CLOSED_STATUS);
	x = need("TBZ-2", "TBZ", CORE_PT_SPACE, CORE_NEED_REJECTED, 5000000, 0, 0);
	assert_int_equal(core_match_need_closed(&x), CORE_MATCH_CLOSED_STATUS);
	/* its unit inactive: closed, after a final status, before a gap */
	x.unit_inactive = 1;
	assert_int_equal(core_match_need_closed(&x), CORE_MATCH_CLOSED_STATUS);
	x.status = CORE_NEED_APPROVED;
	assert_int_equal(core_match_need_closed(&x), CORE_MATCH_CLOSED_UNIT);
	x.gap = 0;
	assert_int_equal(core_match_need_closed(&x), CORE_MATCH_CLOSED_UNIT);
	x.unit_inactive = 0;
	assert_int_equal(core_match_need_closed(&x), CORE_MATCH_CLOSED_COVERED);
}

/* A donor gets every need that takes a pledge, the needs that would list
 * him from their side: in progress with a gap, non-material with no cost,
 * not done, rejected, covered or of an inactive unit; the ranked ones
 * first by score, then the others by fit. */
static void
test_needs_both_ways(void **state)
{
	struct core_match_need x[7];
	struct core_match_donor d = donor("TBZ-10", "TBZ",
	    (1u << CORE_PT_SPACE) | (1u << CORE_PT_EQUIPMENT) | (1u << CORE_PT_POLICING),
	    500, 1, 0);
	struct core_match m[7], md[1];
	size_t nm, nd, i, j;

	(void)state;
	x[0] = need("TBZ-20", "TBZ", CORE_PT_EQUIPMENT, CORE_NEED_APPROVED, 80, 0.2, 0);
	x[1] = need("TBZ-21", "TBZ", CORE_PT_SPACE, CORE_NEED_IN_PROGRESS, 300, 0, 0);
	x[2] = need("TBZ-22", "TBZ", CORE_PT_POLICING, CORE_NEED_APPROVED, 0, 0, 0);
	x[3] = need("TBZ-23", "TBZ", CORE_PT_EQUIPMENT, CORE_NEED_DONE, 60, 0, 0);
	x[4] = need("TBZ-24", "TBZ", CORE_PT_SPACE, CORE_NEED_REJECTED, 90, 0, 0);
	x[5] = need("TBZ-25", "TBZ", CORE_PT_EQUIPMENT, CORE_NEED_IN_PROGRESS, 0, 0, 0);
	x[6] = need("TBZ-26", "TBZ", CORE_PT_SPACE, CORE_NEED_IN_PROGRESS, 50, 0, 0);
	x[6].unit_inactive = 1;
	assert_int_equal(core_match_needs(&d, x, 7, m, &nm), 0);
	assert_int_equal(nm, 3);
	assert_string_equal(x[m[0].index].id, "TBZ-20");	/* ranked */
	assert_string_equal(x[m[1].index].id, "TBZ-21");	/* fit 0.8 */
	/* non-material: fit of his past participation, none: 0 (before,
	 * 1 for a need with no gap, whoever the donor) */
	assert_string_equal(x[m[2].index].id, "TBZ-22");
	NEAR(m[2].fit, 0, 0);
	assert_int_equal(core_match_need_ranked(&x[0]), 1);
	assert_int_equal(core_match_need_ranked(&x[1]), 0);
	assert_int_equal(core_match_need_ranked(&x[2]), 0);
	/* each pair both ways: the need lists the donor iff he lists it */
	for (i = 0; i < 7; i++) {
		int listed = 0;

		for (j = 0; j < nm; j++)
			listed |= m[j].index == i;
		assert_int_equal(core_match_donors(&x[i], &d, 1, md, &nd), 0);
		assert_int_equal(listed, nd == 1 && core_match_need_closed(&x[i]) == CORE_MATCH_OPEN);
	}
}

/* The fit for a non-material need: w = 2 * same + other, w / (w + 2). */
static void
test_past_fit(void **state)
{
	(void)state;
	NEAR(core_match_past_fit(0, 0), 0, 0);		/* never took part */
	NEAR(core_match_past_fit(0, 1), 1.0 / 3, 1e-15);	/* one of another kind */
	NEAR(core_match_past_fit(1, 0), 0.5, 1e-15);	/* one of the same */
	NEAR(core_match_past_fit(0, 2), 0.5, 1e-15);	/* two of another: as one same */
	NEAR(core_match_past_fit(2, 0), 2.0 / 3, 1e-15);
	NEAR(core_match_past_fit(1, 3), 5.0 / 7, 1e-15);
	NEAR(core_match_past_fit(-4, -1), 0, 0);		/* nonsense counts as none */
	/* more of the same kind always fits better, and stays below 1 */
	assert_true(core_match_past_fit(1, 0) > core_match_past_fit(0, 1));
	assert_true(core_match_past_fit(1000000, 0) < 1);
	assert_true(core_match_past_fit(3, 0) > core_match_past_fit(2, 1));
}

/* A non-material need's donors: capacity in rials plays no part; by past
 * participation of its type (twice) and of the other non-material types,
 * then by more pledges of any type (one who never gave, last); a donor
 * with an open pledge on it is left out, from both sides alike. */
static void
test_nonmaterial(void **state)
{
	struct core_match_donor d[6];
	struct core_match out[6], mn[2];
	struct core_match_need x[2];
	char pl[1][CORE_ID_MAX] = { "TBZ-70" };
	int32_t same, other;
	size_t n, nn, i, j;

	(void)state;
	x[0] = need("TBZ-70", "TBZ", CORE_PT_SUPPORT, CORE_NEED_APPROVED, 0, 0, 10);
	x[1] = need("TBZ-71", "TBZ", CORE_PT_EQUIPMENT, CORE_NEED_APPROVED, 100, 0.5, 10);
	/* a rich donor who never took part in a non-material way */
	d[0] = donor("TBZ-1", "TBZ", PT(CORE_PT_SUPPORT) | PT(CORE_PT_EQUIPMENT), 1000000000, 1, 5);
	d[0].past[CORE_PT_EQUIPMENT] = 5;
	/* no capacity recorded, two support pledges: 4 / 6 */
	d[1] = donor("TBZ-2", "TBZ", PT(CORE_PT_SUPPORT), 0, 1, 2);
	d[1].past[CORE_PT_SUPPORT] = 2;
	/* one oversight, one information pledge: 2 / 4 */
	d[2] = donor("TBZ-3", "TBZ", PT(CORE_PT_SUPPORT), 5, 1, 2);
	d[2].past[CORE_PT_OVERSIGHT] = 1;
	d[2].past[CORE_PT_INFORMATION] = 1;
	/* never gave anything */
	d[3] = donor("TBZ-4", "TBZ", PT(CORE_PT_SUPPORT), 500, 1, 0);
	/* the best record, but his support pledge on TBZ-70 is still open */
	d[4] = donor("TBZ-5", "TBZ", PT(CORE_PT_SUPPORT) | PT(CORE_PT_EQUIPMENT), 100, 1, 4);
	d[4].past[CORE_PT_SUPPORT] = 4;
	d[4].pledged = pl;
	d[4].npledged = 1;
	/* as TBZ-3, a material pledge more: before him */
	d[5] = donor("TBZ-6", "TBZ", PT(CORE_PT_SUPPORT), 0, 1, 3);
	d[5].past[CORE_PT_OVERSIGHT] = 1;
	d[5].past[CORE_PT_INFORMATION] = 1;
	d[5].past[CORE_PT_COSTS] = 1;

	core_match_past(&d[5], CORE_PT_SUPPORT, &same, &other);
	assert_int_equal(same, 0);
	assert_int_equal(other, 2);	/* the costs pledge is not counted */
	assert_int_equal(core_match_pledged(&d[4], "TBZ-70"), 1);
	assert_int_equal(core_match_pledged(&d[4], "TBZ-71"), 0);
	assert_int_equal(core_match_pledged(&d[3], "TBZ-70"), 0);

	assert_int_equal(core_match_donors(&x[0], d, 6, out, &n), 0);
	assert_int_equal(n, 5);
	assert_string_equal(d[out[0].index].id, "TBZ-2");	/* 2 same: 2/3 */
	assert_string_equal(d[out[1].index].id, "TBZ-6");	/* 2 other: 1/2, 3 pledges */
	assert_string_equal(d[out[2].index].id, "TBZ-3");	/* 2 other: 1/2, 2 pledges */
	assert_string_equal(d[out[3].index].id, "TBZ-1");	/* 0, but 5 pledges */
	assert_string_equal(d[out[4].index].id, "TBZ-4");	/* never gave: last */
	NEAR(out[0].fit, 2.0 / 3, 1e-15);
	NEAR(out[1].fit, 0.5, 1e-15);
	NEAR(out[3].fit, 0, 0);		/* his billion rials count for nothing */
	NEAR(out[4].fit, 0, 0);

	/* the material need still lists TBZ-5 (by money, his open pledge
	 * elsewhere is none of its business) */
	assert_int_equal(core_match_donors(&x[1], d, 6, out, &n), 0);
	for (i = 0, j = 0; i < n; i++)
		j += strcmp(d[out[i].index].id, "TBZ-5") == 0;
	assert_int_equal(j, 1);

	/* both sides agree, pair by pair */
	for (i = 0; i < 6; i++) {
		assert_int_equal(core_match_needs(&d[i], x, 2, mn, &nn), 0);
		for (j = 0; j < 2; j++) {
			size_t k, nd, listed = 0, lists = 0;

			for (k = 0; k < nn; k++)
				listed += mn[k].index == j;
			assert_int_equal(core_match_donors(&x[j], d, 6, out, &nd), 0);
			for (k = 0; k < nd; k++)
				if (out[k].index == i) {
					lists++;
					/* the same fit from either side */
					NEAR(out[k].fit, core_match_pair_fit(&d[i], &x[j]), 0);
				}
			assert_int_equal(listed, lists);
		}
	}
	/* from TBZ-5: TBZ-71 only */
	assert_int_equal(core_match_needs(&d[4], x, 2, mn, &nn), 0);
	assert_int_equal(nn, 1);
	assert_int_equal(mn[0].index, 1);
	/* once his pledge is no longer open (fulfilled), proposed again,
	 * first: 4 of the same, 8 / 10 */
	d[4].npledged = 0;
	assert_int_equal(core_match_donors(&x[0], d, 6, out, &n), 0);
	assert_int_equal(n, 6);
	assert_string_equal(d[out[0].index].id, "TBZ-5");
	NEAR(out[0].fit, 0.8, 1e-15);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fit),
		cmocka_unit_test(test_free_capacity),
		cmocka_unit_test(test_fit_uses_free),
		cmocka_unit_test(test_needs_for_donor),
		cmocka_unit_test(test_donors_for_need),
		cmocka_unit_test(test_interest_counts),
		cmocka_unit_test(test_need_closed),
		cmocka_unit_test(test_needs_both_ways),
		cmocka_unit_test(test_past_fit),
		cmocka_unit_test(test_nonmaterial),
	};
	return cmocka_run_group_tests_name("match", tests, NULL, NULL);
}
