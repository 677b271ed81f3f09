/*
 * tests/core/test_rank.c — TOPSIS and SAW ranking, the explanation, ties and
 * eligibility (core/rank.c).
 *
 * Independent sources the expectations come from:
 *   - E. Roszkowska, "Multi-criteria decision making models by applying the
 *     TOPSIS method to crisp and interval data", Multiple Criteria Decision
 *     Making (University of Economics in Katowice) 6 (2011) 200-230,
 *     Example 1, decision maker 1: five alternatives, criteria C1 max,
 *     C2 min, C3 max, C4 max, weights 0.175, 0.425, 0.175, 0.225; relative
 *     closeness A1 0.5355, A2 0.4349, A3 0.5575, A4 0.5170, A5 0.3706, so the
 *     order A3, A1, A4, A2, A5;
 *   - SAW worked by hand below (min-max normalisation, values in comments);
 *   - TOPSIS recomputed here from the textbook formulas (Hwang & Yoon 1981),
 *     written independently of the library, on random data;
 *   - SPEC §8: eligible statuses identified/assessed/approved with gap > 0;
 *     ties by older identified_on, then id (TBZ-9 before TBZ-10).
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

#include "core/rank.h"

#define NEAR(x, y, eps) assert_true(fabs((x) - (y)) <= (eps))

static void
item(struct core_rank_item *it, const char *id, int32_t on, double urg,
    double imp, double pop, double gap, double wait, double inter)
{
	memset(it, 0, sizeof *it);
	snprintf(it->id, sizeof it->id, "%s", id);
	it->identified_on = on;
	it->crit[CORE_CRIT_URGENCY] = urg;
	it->crit[CORE_CRIT_IMPACT] = imp;
	it->crit[CORE_CRIT_POPULATION] = pop;
	it->crit[CORE_CRIT_GAP] = gap;
	it->crit[CORE_CRIT_WAITING] = wait;
	it->crit[CORE_CRIT_INTEREST] = inter;
}

static double
contrib_sum(const struct core_rank_result *r)
{
	double s = 0;
	int k;

	for (k = 0; k < CORE_NCRIT; k++) {
		assert_true(r->contribution[k] >= 0);
		s += r->contribution[k];
	}
	return s;
}

static void
test_names(void **state)
{
	(void)state;
	assert_string_equal(core_crit_names[CORE_CRIT_URGENCY], "urgency");
	assert_string_equal(core_crit_names[CORE_CRIT_GAP], "gap");
	assert_string_equal(core_crit_names[CORE_CRIT_INTEREST], "interest");
	assert_int_equal(core_crit_from_name("waiting"), CORE_CRIT_WAITING);
	assert_int_equal(core_crit_from_name("population"), CORE_CRIT_POPULATION);
	assert_int_equal(core_crit_from_name("cost"), -1);
	assert_int_equal(core_crit_from_name(NULL), -1);
	assert_int_equal(core_crit_benefit[CORE_CRIT_GAP], 0);
	assert_int_equal(core_crit_benefit[CORE_CRIT_URGENCY], 1);
	assert_int_equal(core_rank_method_from_name("topsis"), CORE_RANK_TOPSIS);
	assert_int_equal(core_rank_method_from_name("saw"), CORE_RANK_SAW);
	assert_int_equal(core_rank_method_from_name("SAW"), -1);
	assert_string_equal(core_rank_method_name(CORE_RANK_SAW), "saw");
	assert_string_equal(core_rank_method_name(CORE_RANK_TOPSIS), "topsis");
}

/* Roszkowska (2011), Example 1: C1 -> urgency, C2 (min) -> gap,
 * C3 -> impact, C4 -> population; waiting and interest weigh nothing. */
static void
test_topsis_published(void **state)
{
	static const double x[5][4] = {
		{ 7, 21, 4, 7 }, { 7, 24, 6, 4 }, { 14, 25, 3, 8 },
		{ 14, 26, 9, 3 }, { 21, 35, 4, 4 },
	};
	static const double closeness[5] = { 0.5355, 0.4349, 0.5575, 0.5170, 0.3706 };
	static const size_t order[5] = { 2, 0, 3, 1, 4 };	/* A3 A1 A4 A2 A5 */
	struct core_rank_item it[5];
	struct core_rank_result r[5];
	struct core_weights w = { { 0 } };
	char id[16];
	size_t i;

	(void)state;
	for (i = 0; i < 5; i++) {
		snprintf(id, sizeof id, "TBZ-%zu", i + 1);
		item(&it[i], id, 100, x[i][0], x[i][2], x[i][3], x[i][1], 7, 3);
	}
	w.w[CORE_CRIT_URGENCY] = 0.175;
	w.w[CORE_CRIT_GAP] = 0.425;
	w.w[CORE_CRIT_IMPACT] = 0.175;
	w.w[CORE_CRIT_POPULATION] = 0.225;
	assert_int_equal(core_rank(it, 5, &w, CORE_RANK_TOPSIS, r), 0);
	for (i = 0; i < 5; i++) {
		assert_int_equal(r[i].item, order[i]);
		assert_int_equal(r[i].rank, i + 1);
		NEAR(r[i].score, closeness[r[i].item], 0.00006);
		NEAR(contrib_sum(&r[i]), r[i].score, 1e-12);
		/* Weightless criteria explain nothing. */
		NEAR(r[i].contribution[CORE_CRIT_WAITING], 0, 0);
		NEAR(r[i].contribution[CORE_CRIT_INTEREST], 0, 0);
	}
	/* A5 has the largest C2 (35, the worst cost): it sits at the
	 * anti-ideal there, so gap explains none of its score; A1 has the
	 * smallest C2 and gap explains part of its score. */
	NEAR(r[4].contribution[CORE_CRIT_GAP], 0, 0);
	assert_true(r[1].contribution[CORE_CRIT_GAP] > 0);
}

/* The textbook TOPSIS, written out plainly, to check the library on data
 * no book has: separations S+ and S-, closeness S-/(S+ + S-). */
static void
topsis_reference(const struct core_rank_item *it, size_t n, const double *w,
    double *c, double *dm2)
{
	double norm[CORE_NCRIT], vbest[CORE_NCRIT], vworst[CORE_NCRIT], wsum = 0;
	size_t i;
	int k;

	for (k = 0; k < CORE_NCRIT; k++)
		wsum += w[k];
	for (k = 0; k < CORE_NCRIT; k++) {
		norm[k] = 0;
		for (i = 0; i < n; i++)
			norm[k] += it[i].crit[k] * it[i].crit[k];
		norm[k] = sqrt(norm[k]);
		for (i = 0; i < n; i++) {
			double v = w[k] / wsum * it[i].crit[k] / norm[k];
			int better = core_crit_benefit[k] ? v > vbest[k] : v < vbest[k];
			int worse = core_crit_benefit[k] ? v < vworst[k] : v > vworst[k];

			if (i == 0 || better)
				vbest[k] = v;
			if (i == 0 || worse)
				vworst[k] = v;
		}
	}
	for (i = 0; i < n; i++) {
		double sp = 0, sm = 0;

		for (k = 0; k < CORE_NCRIT; k++) {
			double v = w[k] / wsum * it[i].crit[k] / norm[k];

			sp += (v - vbest[k]) * (v - vbest[k]);
			sm += (v - vworst[k]) * (v - vworst[k]);
			dm2[i * CORE_NCRIT + k] = (v - vworst[k]) * (v - vworst[k]);
		}
		c[i] = sqrt(sm) / (sqrt(sp) + sqrt(sm));
	}
}

static void
test_topsis_reference(void **state)
{
	enum { N = 300 };
	struct core_rank_item *it = calloc(N, sizeof *it);
	struct core_rank_result *r = calloc(N, sizeof *r);
	double *c = calloc(N, sizeof *c), *dm2 = calloc(N * CORE_NCRIT, sizeof *dm2);
	struct core_weights w = { { 0.3, 0.25, 0.1, 0.15, 0.12, 0.08 } };
	unsigned seed = 12345;
	unsigned char seen[N] = { 0 };
	size_t i;
	int k;

	(void)state;
	assert_non_null(it);
	assert_non_null(r);
	assert_non_null(c);
	assert_non_null(dm2);
	for (i = 0; i < N; i++) {
		char id[16];

		seed = seed * 1103515245u + 12345u;
		snprintf(id, sizeof id, "TBZ-%zu", i + 1);
		item(&it[i], id, (int32_t)(seed % 50), 1 + (seed >> 8) % 5,
		    1 + (seed >> 12) % 5, 10 + (seed >> 4) % 5000,
		    1e6 + (double)((seed >> 3) % 900) * 1e6, (seed >> 16) % 400,
		    (seed >> 20) % 30);
	}
	topsis_reference(it, N, w.w, c, dm2);
	assert_int_equal(core_rank(it, N, &w, CORE_RANK_TOPSIS, r), 0);
	for (i = 0; i < N; i++) {
		size_t x = r[i].item;

		assert_true(x < N);
		assert_int_equal(seen[x], 0);
		seen[x] = 1;
		NEAR(r[i].score, c[x], 1e-12);
		NEAR(contrib_sum(&r[i]), r[i].score, 1e-12);
		/* The distances --explain prints: S- as the reference's, and
		 * the score made of them, S- / (S+ + S-). */
		{
			double sm2 = 0;

			for (k = 0; k < CORE_NCRIT; k++)
				sm2 += dm2[x * CORE_NCRIT + k];
			NEAR(r[i].dist_worst * r[i].dist_worst, sm2, 1e-12);
			NEAR(r[i].dist_worst / (r[i].dist_best + r[i].dist_worst), r[i].score, 1e-11);
		}
		/* Contributions are proportional to d-_k^2. */
		for (k = 0; k < CORE_NCRIT; k++) {
			double t = 0;
			int j;

			for (j = 0; j < CORE_NCRIT; j++)
				t += dm2[x * CORE_NCRIT + j];
			if (t > 0)
				NEAR(r[i].contribution[k], r[i].score * dm2[x * CORE_NCRIT + k] / t, 1e-12);
		}
		if (i > 0) {
			assert_true(r[i - 1].score >= r[i].score);
			if (r[i - 1].score == r[i].score)
				assert_true(it[r[i - 1].item].identified_on <= it[x].identified_on);
		}
		assert_int_equal(r[i].rank, i + 1);
	}
	free(it);
	free(r);
	free(c);
	free(dm2);
}

/* SAW by hand.  Weights 3:2:1:2:1:1 (normalised to .3 .2 .1 .2 .1 .1).
 *            urg imp pop  gap  wait int    normalised (gap inverted)
 *   TBZ-1     5   3  100 1000   10   2     1   0   0   1   0   1/3
 *   TBZ-2     3   5  300 3000   30   1     .5  1   1   0   1   0
 *   TBZ-3     1   4  200 2000   20   4     0   .5  .5  .5  .5  1
 * scores: TBZ-1 .3 + .2 + .1/3 = .5333..; TBZ-2 .15 + .2 + .1 + .1 = .55;
 * TBZ-3 .1 + .05 + .1 + .05 + .1 = .4. */
static void
test_saw_by_hand(void **state)
{
	struct core_rank_item it[3];
	struct core_rank_result r[3];
	struct core_weights w = { { 3, 2, 1, 2, 1, 1 } };

	(void)state;
	item(&it[0], "TBZ-1", 10, 5, 3, 100, 1000, 10, 2);
	item(&it[1], "TBZ-2", 10, 3, 5, 300, 3000, 30, 1);
	item(&it[2], "TBZ-3", 10, 1, 4, 200, 2000, 20, 4);
	assert_int_equal(core_rank(it, 3, &w, CORE_RANK_SAW, r), 0);
	assert_int_equal(r[0].item, 1);
	assert_int_equal(r[1].item, 0);
	assert_int_equal(r[2].item, 2);
	NEAR(r[0].score, 0.55, 1e-12);
	NEAR(r[1].score, 0.3 + 0.2 + 0.1 / 3, 1e-12);
	NEAR(r[2].score, 0.4, 1e-12);
	NEAR(r[0].contribution[CORE_CRIT_URGENCY], 0.15, 1e-12);
	NEAR(r[0].contribution[CORE_CRIT_IMPACT], 0.2, 1e-12);
	NEAR(r[0].contribution[CORE_CRIT_POPULATION], 0.1, 1e-12);
	NEAR(r[0].contribution[CORE_CRIT_GAP], 0, 1e-12);
	NEAR(r[0].contribution[CORE_CRIT_WAITING], 0.1, 1e-12);
	NEAR(r[0].contribution[CORE_CRIT_INTEREST], 0, 1e-12);
	NEAR(r[1].contribution[CORE_CRIT_GAP], 0.2, 1e-12);
	NEAR(r[1].contribution[CORE_CRIT_INTEREST], 0.1 / 3, 1e-12);
	NEAR(r[2].contribution[CORE_CRIT_INTEREST], 0.1, 1e-12);
	/* Scores are rounded to 12 places for the tie rules (core/rank.h). */
	NEAR(contrib_sum(&r[0]), r[0].score, 1e-12);
	NEAR(contrib_sum(&r[1]), r[1].score, 1e-12);
	NEAR(contrib_sum(&r[2]), r[2].score, 1e-12);
}

/* The explanation's normalised values, by hand on the data above: SAW's
 * min-max (the gap inverted) with contribution = weight * r exactly, so a
 * supervisor can check it; TOPSIS's x / ||x||.  Before, the explanation had
 * no normalised value and the same raw 5 with the same weight gave
 * different contributions in two criteria, with nothing to say why. */
static void
test_normalised(void **state)
{
	struct core_rank_item it[3];
	struct core_rank_result r[3];
	struct core_weights w = { { 3, 2, 1, 2, 1, 1 } };
	struct core_rank_norm c;
	double x[CORE_NCRIT];
	size_t i;
	int k;

	(void)state;
	item(&it[0], "TBZ-1", 10, 5, 3, 100, 1000, 10, 2);
	item(&it[1], "TBZ-2", 10, 3, 5, 300, 3000, 30, 2);
	item(&it[2], "TBZ-3", 10, 1, 4, 200, 2000, 20, 2);
	assert_int_equal(core_rank_norm_init(it, 3, CORE_RANK_SAW, &c), 0);
	core_rank_normalised(&c, &it[0], x);
	NEAR(x[CORE_CRIT_URGENCY], 1, 1e-15);		/* 5 of 1..5 */
	NEAR(x[CORE_CRIT_IMPACT], 0, 1e-15);		/* 3 of 3..5 */
	NEAR(x[CORE_CRIT_POPULATION], 0, 1e-15);
	NEAR(x[CORE_CRIT_GAP], 1, 1e-15);		/* the smallest gap is best */
	NEAR(x[CORE_CRIT_INTEREST], 1, 1e-15);		/* all equal: 1 */
	core_rank_normalised(&c, &it[2], x);
	NEAR(x[CORE_CRIT_URGENCY], 0, 1e-15);
	NEAR(x[CORE_CRIT_IMPACT], 0.5, 1e-15);
	NEAR(x[CORE_CRIT_GAP], 0.5, 1e-15);
	assert_int_equal(core_rank(it, 3, &w, CORE_RANK_SAW, r), 0);
	for (i = 0; i < 3; i++) {
		core_rank_normalised(&c, &it[r[i].item], x);
		for (k = 0; k < CORE_NCRIT; k++)
			NEAR(r[i].contribution[k], w.w[k] / 10 * x[k], 1e-15);
	}
	assert_int_equal(core_rank_norm_init(it, 3, CORE_RANK_TOPSIS, &c), 0);
	core_rank_normalised(&c, &it[0], x);
	NEAR(x[CORE_CRIT_URGENCY], 5 / sqrt(25 + 9 + 1), 1e-15);
	NEAR(x[CORE_CRIT_GAP], 1000 / sqrt(1e6 + 9e6 + 4e6), 1e-15);
	NEAR(x[CORE_CRIT_INTEREST], 2 / sqrt(12), 1e-15);
	/* a column of zeros: 0, not NaN */
	for (i = 0; i < 3; i++)
		it[i].crit[CORE_CRIT_POPULATION] = 0;
	assert_int_equal(core_rank_norm_init(it, 3, CORE_RANK_TOPSIS, &c), 0);
	core_rank_normalised(&c, &it[1], x);
	NEAR(x[CORE_CRIT_POPULATION], 0, 0);
	assert_int_equal(core_rank_norm_init(it, 3, (enum core_rank_method)7, &c), CORE_EINVAL);
	assert_int_equal(core_rank_norm_init(NULL, 3, CORE_RANK_SAW, &c), CORE_EINVAL);
}

/* SAW's cost column runs from its largest value down, (x - max) / (min -
 * max): the need with the largest gap got 0 / negative = -0, which the
 * ranking screen showed as «-۰٫۰۰۰۰» and `rank --explain` as "normalised
 * -0.000000", in every SAW ranking of two needs or more.  A zero is +0, in
 * the normalised value and in the contribution made of it. */
static void
test_normalised_no_minus_zero(void **state)
{
	struct core_rank_item it[2];
	struct core_rank_result r[2];
	struct core_weights w = { { 1, 1, 1, 1, 1, 1 } };
	struct core_rank_norm c;
	double x[CORE_NCRIT];
	size_t i;
	int k, m;

	(void)state;
	item(&it[0], "BNB-1", 10, 3, 5, 96500, 498000000, 253, 1);
	item(&it[1], "BNB-2", 20, 2, 3, 63500, 200000000, 558, 2);
	for (m = CORE_RANK_TOPSIS; m <= CORE_RANK_SAW; m++) {
		assert_int_equal(core_rank_norm_init(it, 2, (enum core_rank_method)m, &c), 0);
		for (i = 0; i < 2; i++) {
			core_rank_normalised(&c, &it[i], x);
			for (k = 0; k < CORE_NCRIT; k++)
				assert_false(x[k] == 0 && signbit(x[k]));
		}
		assert_int_equal(core_rank(it, 2, &w, (enum core_rank_method)m, r), 0);
		for (i = 0; i < 2; i++)
			for (k = 0; k < CORE_NCRIT; k++)
				assert_false(r[i].contribution[k] == 0 && signbit(r[i].contribution[k]));
	}
	/* the largest gap is SAW's worst: 0, as a plain zero */
	assert_int_equal(core_rank_norm_init(it, 2, CORE_RANK_SAW, &c), 0);
	core_rank_normalised(&c, &it[0], x);
	NEAR(x[CORE_CRIT_GAP], 0, 0);
	assert_false(signbit(x[CORE_CRIT_GAP]));
}

/* A smaller gap is better, everything else equal, in both methods; more of
 * any benefit criterion is better. */
static void
test_directions(void **state)
{
	struct core_rank_item it[2];
	struct core_rank_result r[2];
	struct core_weights w;
	int m, k;

	(void)state;
	core_weights_default(&w);
	for (m = CORE_RANK_TOPSIS; m <= CORE_RANK_SAW; m++)
		for (k = 0; k < CORE_NCRIT; k++) {
			item(&it[0], "TBZ-1", 5, 3, 3, 100, 5e6, 30, 4);
			item(&it[1], "TBZ-2", 5, 3, 3, 100, 5e6, 30, 4);
			it[1].crit[k] *= 2;	/* TBZ-2 has more of criterion k */
			assert_int_equal(core_rank(it, 2, &w, m, r), 0);
			assert_int_equal(r[0].item, core_crit_benefit[k] ? 1 : 0);
			if (m == CORE_RANK_TOPSIS) {
				/* Two items: the better is the ideal, the
				 * other the anti-ideal; only k separates them. */
				NEAR(r[0].score, 1, 1e-12);
				NEAR(r[1].score, 0, 1e-12);
				NEAR(r[0].contribution[k], 1, 1e-12);
			} else {
				/* Constant columns give both items their full
				 * weight; k gives it only to the better. */
				NEAR(r[0].score, 1, 1e-12);
				NEAR(r[1].score, 1 - w.w[k], 1e-12);
				NEAR(r[0].contribution[k], w.w[k], 1e-12);
				NEAR(r[1].contribution[k], 0, 0);
			}
		}
}

static void
test_ties(void **state)
{
	struct core_rank_item it[5];
	struct core_rank_result r[5];
	struct core_weights w;
	int m;

	(void)state;
	core_weights_default(&w);
	/* Same criteria everywhere: the order is identified_on, then id with
	 * the sequence compared as a number. */
	item(&it[0], "TBZ-10", 1000, 4, 4, 50, 2e6, 10, 3);
	item(&it[1], "TBZ-9", 1000, 4, 4, 50, 2e6, 10, 3);
	item(&it[2], "AHR-300", 1000, 4, 4, 50, 2e6, 10, 3);
	item(&it[3], "TBZ-11", 990, 4, 4, 50, 2e6, 10, 3);
	item(&it[4], "MRG-1", 1001, 4, 4, 50, 2e6, 10, 3);
	for (m = CORE_RANK_TOPSIS; m <= CORE_RANK_SAW; m++) {
		assert_int_equal(core_rank(it, 5, &w, m, r), 0);
		assert_int_equal(r[0].item, 3);		/* oldest */
		assert_int_equal(r[1].item, 2);		/* AHR < TBZ */
		assert_int_equal(r[2].item, 1);		/* TBZ-9 */
		assert_int_equal(r[3].item, 0);		/* TBZ-10 */
		assert_int_equal(r[4].item, 4);		/* newest */
		NEAR(r[0].score, 1, 1e-12);		/* all equal: all ideal */
		NEAR(r[4].score, r[0].score, 0);
		NEAR(contrib_sum(&r[0]), 1, 1e-12);
	}
}

/* The reason two neighbours stand in their order, as the explanation
 * states it: the score, else the older identified_on, else the id. */
static void
test_tie_reason(void **state)
{
	struct core_rank_item it[5];
	struct core_rank_result r[5];
	struct core_weights w;
	int m;

	(void)state;
	core_weights_default(&w);
	/* urgency and impact weigh the same (default matrix) and hold the
	 * same values between them: needs with the two swapped tie on paper */
	item(&it[0], "TBZ-10", 1000, 5, 3, 50, 2e6, 10, 3);
	item(&it[1], "TBZ-9", 1000, 3, 5, 50, 2e6, 10, 3);
	item(&it[2], "TBZ-11", 990, 3, 5, 50, 2e6, 10, 3);
	item(&it[3], "TBZ-13", 990, 5, 3, 50, 2e6, 10, 3);
	item(&it[4], "TBZ-12", 990, 1, 1, 50, 2e6, 10, 3);
	for (m = CORE_RANK_TOPSIS; m <= CORE_RANK_SAW; m++) {
		assert_int_equal(core_rank(it, 5, &w, m, r), 0);
		assert_int_equal(r[0].item, 2);		/* TBZ-11: older, lower id */
		assert_int_equal(r[1].item, 3);		/* TBZ-13 */
		assert_int_equal(r[2].item, 1);		/* TBZ-9 before TBZ-10 */
		assert_int_equal(r[3].item, 0);
		assert_int_equal(r[4].item, 4);
		assert_int_equal(core_rank_tie(it, &r[0], &r[1]), CORE_RANK_TIE_ID);
		assert_int_equal(core_rank_tie(it, &r[1], &r[2]), CORE_RANK_TIE_OLDER);
		assert_int_equal(core_rank_tie(it, &r[2], &r[1]), CORE_RANK_TIE_OLDER);
		assert_int_equal(core_rank_tie(it, &r[2], &r[3]), CORE_RANK_TIE_ID);
		assert_int_equal(core_rank_tie(it, &r[3], &r[4]), CORE_RANK_TIE_NONE);
	}
}

/* Many exact ties (few distinct values): the whole order is strict and
 * follows the rules, whatever path the sort takes. */
static void
test_order_many_ties(void **state)
{
	enum { N = 5000 };
	struct core_rank_item *it = calloc(N, sizeof *it);
	struct core_rank_result *r = calloc(N, sizeof *r);
	struct core_weights w;
	unsigned seed = 7;
	size_t i;
	int m;

	(void)state;
	assert_non_null(it);
	assert_non_null(r);
	core_weights_default(&w);
	for (i = 0; i < N; i++) {
		char id[16];

		seed = seed * 1103515245u + 12345u;
		snprintf(id, sizeof id, "%s-%u", (seed >> 20) % 2 ? "TBZ" : "AHR", (seed >> 8) % 100000);
		item(&it[i], id, (int32_t)((seed >> 4) % 3), 1 + (seed >> 12) % 2, 3, 10,
		    1e6 * (1 + (seed >> 16) % 2), 5, 1);
	}
	for (m = CORE_RANK_TOPSIS; m <= CORE_RANK_SAW; m++) {
		assert_int_equal(core_rank(it, N, &w, m, r), 0);
		for (i = 1; i < N; i++) {
			const struct core_rank_item *a = &it[r[i - 1].item], *b = &it[r[i].item];

			assert_true(r[i - 1].score >= r[i].score);
			if (r[i - 1].score == r[i].score) {
				assert_true(a->identified_on <= b->identified_on);
				if (a->identified_on == b->identified_on)
					assert_true(core_rank_id_cmp(a->id, b->id) <= 0);
			}
		}
	}
	free(it);
	free(r);
}

/* Ties on paper: the default weights give urgency and impact equal
 * weights, and waiting and interest equal weights (the default matrix's
 * rows are the same), so swapping both pairs between two needs gives the
 * same score by the formulas (the columns' norms, minima and maxima are
 * the same as well, the third need being symmetric).  The older need must
 * come first (SPEC §8), not the one float rounding favours: TOPSIS made the
 * two closenesses differ in the last place and put TBZ-2 first. */
static void
test_paper_ties(void **state)
{
	struct core_rank_item it[3];
	struct core_rank_result r[3];
	struct core_weights w;
	int m, u, v, a, b;

	(void)state;
	core_weights_default(&w);
	assert_true(w.w[CORE_CRIT_URGENCY] == w.w[CORE_CRIT_IMPACT]);
	assert_true(w.w[CORE_CRIT_WAITING] == w.w[CORE_CRIT_INTEREST]);
	for (m = CORE_RANK_TOPSIS; m <= CORE_RANK_SAW; m++)
		for (u = 1; u <= 5; u++)
			for (v = 1; v <= 5; v++)
				for (a = 0; a <= 60; a += 3)
					for (b = 0; b <= 60; b += 7) {
						item(&it[0], "TBZ-1", 100, u, v, 1200, 5e8, a, b);
						item(&it[1], "TBZ-2", 200, v, u, 1200, 5e8, b, a);
						item(&it[2], "TBZ-3", 300, 3, 3, 800, 9e8, 30, 30);
						assert_int_equal(core_rank(it, 3, &w, m, r), 0);
						if (r[0].item == 2)
							continue;
						/* TBZ-1 and TBZ-2 are next to each other,
						 * the older first, with one score. */
						assert_int_equal(r[0].item, 0);
						assert_int_equal(r[1].item, 1);
						assert_true(r[0].score == r[1].score);
					}
}

/* Finite values so large that a column's range overflows (SAW: inf / inf)
 * are refused, not ranked with NaN scores in an arbitrary order (before
 * the fix: rc 0 and NaN scores, on x86-64). */
static void
test_huge_values(void **state)
{
	enum { N = 40 };
	struct core_rank_item it[N];
	struct core_rank_result r[N];
	struct core_weights w;
	char id[16];
	int i, m;

	(void)state;
	core_weights_default(&w);
	for (i = 0; i < N; i++) {
		snprintf(id, sizeof id, "TBZ-%d", i + 1);
		item(&it[i], id, 100, 3, 3, i % 2 ? 1e308 : -1e308, 1e6, 10, i % 3);
	}
	for (m = CORE_RANK_TOPSIS; m <= CORE_RANK_SAW; m++) {
		int rc = core_rank(it, N, &w, m, r);

		/* Either refused, or every score a number in [0, 1]. */
		if (rc == 0) {
			for (i = 0; i < N; i++)
				assert_true(isfinite(r[i].score) && r[i].score >= 0 && r[i].score <= 1);
		} else {
			assert_int_equal(rc, CORE_EINVAL);
		}
	}
	/* (Which of the two depends on the machine: x87 arithmetic holds the
	 * column range 2e308 in extended precision, SSE makes it inf.) */
}

static void
test_id_cmp(void **state)
{
	(void)state;
	assert_true(core_rank_id_cmp("TBZ-9", "TBZ-10") < 0);
	assert_true(core_rank_id_cmp("TBZ-10", "TBZ-9") > 0);
	assert_true(core_rank_id_cmp("TBZ-10", "TBZ-10") == 0);
	assert_true(core_rank_id_cmp("AHR-100", "TBZ-1") < 0);
	assert_true(core_rank_id_cmp("TB-5", "TBZ-1") < 0);	/* prefix first */
	assert_true(core_rank_id_cmp("TBZ-99999999999", "TBZ-100000000000") < 0);
	assert_true(core_rank_id_cmp("TBZ-7", "junk") < 0);	/* malformed last */
	assert_true(core_rank_id_cmp("junk", "TBZ-7") > 0);
	assert_true(core_rank_id_cmp("junk-a", "junk-b") < 0);
	assert_true(core_rank_id_cmp("TBZ-07", "TBZ-7") != 0);
	assert_true((core_rank_id_cmp("TBZ-07", "TBZ-7") < 0) ==
	    (core_rank_id_cmp("TBZ-7", "TBZ-07") > 0));
}

static void
test_edges(void **state)
{
	struct core_rank_item it[3];
	struct core_rank_result r[3];
	struct core_weights w, bad;
	int m, k;

	(void)state;
	core_weights_default(&w);
	item(&it[0], "TBZ-1", 1, 5, 5, 0, 1e6, 0, 0);
	for (m = CORE_RANK_TOPSIS; m <= CORE_RANK_SAW; m++) {
		/* Empty list. */
		assert_int_equal(core_rank(NULL, 0, &w, m, NULL), 0);
		/* One need: it is the best there is; the explanation is the
		 * weights. */
		assert_int_equal(core_rank(it, 1, &w, m, r), 0);
		assert_int_equal(r[0].item, 0);
		assert_int_equal(r[0].rank, 1);
		NEAR(r[0].score, 1, 1e-12);
		for (k = 0; k < CORE_NCRIT; k++)
			NEAR(r[0].contribution[k], w.w[k], 1e-12);
	}
	/* Zero columns (no population, no interest anywhere) divide nothing
	 * by zero. */
	item(&it[1], "TBZ-2", 2, 1, 1, 0, 3e6, 0, 0);
	item(&it[2], "TBZ-3", 3, 3, 3, 0, 2e6, 0, 0);
	for (m = CORE_RANK_TOPSIS; m <= CORE_RANK_SAW; m++) {
		assert_int_equal(core_rank(it, 3, &w, m, r), 0);
		assert_int_equal(r[0].item, 0);
		assert_int_equal(r[2].item, 1);
		for (k = 0; k < 3; k++) {
			assert_true(isfinite(r[k].score));
			NEAR(contrib_sum(&r[k]), r[k].score, 1e-12);
		}
	}
	/* Refusals. */
	assert_int_equal(core_rank(it, 3, NULL, CORE_RANK_SAW, r), CORE_EINVAL);
	assert_int_equal(core_rank(it, 3, &w, (enum core_rank_method)7, r), CORE_EINVAL);
	assert_int_equal(core_rank(NULL, 3, &w, CORE_RANK_SAW, r), CORE_EINVAL);
	assert_int_equal(core_rank(it, 3, &w, CORE_RANK_SAW, NULL), CORE_EINVAL);
	memset(&bad, 0, sizeof bad);
	assert_int_equal(core_rank(it, 3, &bad, CORE_RANK_SAW, r), CORE_EINVAL);
	bad = w;
	bad.w[2] = -0.1;
	assert_int_equal(core_rank(it, 3, &bad, CORE_RANK_TOPSIS, r), CORE_EINVAL);
	bad.w[2] = NAN;
	assert_int_equal(core_rank(it, 3, &bad, CORE_RANK_TOPSIS, r), CORE_EINVAL);
	it[1].crit[CORE_CRIT_GAP] = INFINITY;
	assert_int_equal(core_rank(it, 3, &w, CORE_RANK_TOPSIS, r), CORE_EINVAL);
}

static void
test_eligible(void **state)
{
	(void)state;
	assert_true(core_rank_eligible(CORE_NEED_IDENTIFIED, 1));
	assert_true(core_rank_eligible(CORE_NEED_ASSESSED, 50000000));
	assert_true(core_rank_eligible(CORE_NEED_APPROVED, 1));
	assert_false(core_rank_eligible(CORE_NEED_APPROVED, 0));
	assert_false(core_rank_eligible(CORE_NEED_IDENTIFIED, -5));	/* over-pledged */
	assert_false(core_rank_eligible(CORE_NEED_IN_PROGRESS, 1000));
	assert_false(core_rank_eligible(CORE_NEED_DONE, 1000));
	assert_false(core_rank_eligible(CORE_NEED_REJECTED, 1000));
	assert_false(core_rank_eligible(-1, 1000));

	NEAR(core_rank_waiting(100, 130), 30, 0);
	NEAR(core_rank_waiting(100, 100), 0, 0);
	NEAR(core_rank_waiting(130, 100), 0, 0);	/* dated in the future */
	NEAR(core_rank_waiting(INT32_MIN, INT32_MAX), 4294967295.0, 0);
}

/* The explanation as shown: rounded to p places, the six parts add up to
 * the rounded score exactly, each within one unit of its own value.  The
 * hand-made case rounds each part by itself to 0.6680 beside 0.6682; the
 * two units missing go to the largest fractions dropped (.48 and .45). */
static void
test_explain_round(void **state)
{
	struct core_rank_result r;
	struct core_rank_item it[40];
	struct core_rank_result res[40];
	struct core_weights w;
	double score, part[CORE_NCRIT];
	static const double c[CORE_NCRIT] = {
	    0.269345, 0.062235, 0.00063, 0.109725, 0.000017, 0.226248
	};
	uint64_t seed = 7;
	size_t i;
	int k, p, m;

	(void)state;
	memset(&r, 0, sizeof r);
	r.score = 0.6682;
	for (k = 0; k < CORE_NCRIT; k++)
		r.contribution[k] = c[k];
	core_rank_explain_round(&r, 4, &score, part);
	assert_int_equal(llround(score * 1e4), 6682);
	for (k = 0, i = 0; k < CORE_NCRIT; k++)
		i += (size_t)llround(part[k] * 1e4);
	assert_int_equal(i, 6682);
	assert_int_equal(llround(part[CORE_CRIT_URGENCY] * 1e4), 2694);
	assert_int_equal(llround(part[CORE_CRIT_IMPACT] * 1e4), 622);
	assert_int_equal(llround(part[CORE_CRIT_POPULATION] * 1e4), 6);
	assert_int_equal(llround(part[CORE_CRIT_GAP] * 1e4), 1097);
	assert_int_equal(llround(part[CORE_CRIT_WAITING] * 1e4), 0);
	assert_int_equal(llround(part[CORE_CRIT_INTEREST] * 1e4), 2263);

	core_weights_default(&w);
	for (i = 0; i < 40; i++) {
		double v[CORE_NCRIT];

		for (k = 0; k < CORE_NCRIT; k++) {
			seed = seed * 6364136223846793005u + 1442695040888963407u;
			v[k] = (double)(seed >> 40) / 1000.0;
		}
		item(&it[i], "TBZ-1", (int32_t)i, v[0], v[1], v[2], v[3] + 1, v[4], v[5]);
		snprintf(it[i].id, sizeof it[i].id, "TBZ-%zu", i + 1);
	}
	for (m = 0; m < 2; m++) {
		assert_int_equal(core_rank(it, 40, &w, m ? CORE_RANK_SAW : CORE_RANK_TOPSIS, res), 0);
		for (i = 0; i < 40; i++)
			for (p = 2; p <= 6; p++) {
				double scale = pow(10, p);
				long long sum = 0;

				core_rank_explain_round(&res[i], p, &score, part);
				assert_true(llround(score * scale) == llround(res[i].score * scale));
				for (k = 0; k < CORE_NCRIT; k++) {
					sum += llround(part[k] * scale);
					assert_true(fabs(part[k] - res[i].contribution[k]) < 1 / scale + 1e-12);
				}
				assert_true(sum == llround(score * scale));
			}
	}
}

/* An unknown value (a population left blank) stands in as the median of
 * the known ones, not 0: odd and even counts, none known, a known 0 kept. */
static void
test_fill_missing(void **state)
{
	struct core_rank_item it[5];
	double fill[CORE_NCRIT];
	const double pop[5] = { 4000, 0, 1000, 9000, 0 };
	int i;

	(void)state;
	memset(it, 0, sizeof it);
	for (i = 0; i < 5; i++)
		it[i].crit[CORE_CRIT_POPULATION] = pop[i];
	it[1].missing[CORE_CRIT_POPULATION] = 1;
	it[4].missing[CORE_CRIT_POPULATION] = 1;
	/* known: 4000, 1000, 9000: median 4000 */
	assert_int_equal(core_rank_fill_missing(it, 5, fill), 0);
	assert_true(it[1].crit[CORE_CRIT_POPULATION] == 4000);
	assert_true(it[4].crit[CORE_CRIT_POPULATION] == 4000);
	assert_true(fill[CORE_CRIT_POPULATION] == 4000);
	assert_true(it[0].crit[CORE_CRIT_POPULATION] == 4000 && it[2].crit[CORE_CRIT_POPULATION] == 1000);
	assert_int_equal(it[1].missing[CORE_CRIT_POPULATION], 1);	/* still said unknown */
	/* known: 4000, 1000, 9000, and a 0 typed as 0: median (1000 + 4000) / 2 */
	it[4].missing[CORE_CRIT_POPULATION] = 0;
	it[4].crit[CORE_CRIT_POPULATION] = 0;
	assert_int_equal(core_rank_fill_missing(it, 5, NULL), 0);
	assert_true(it[1].crit[CORE_CRIT_POPULATION] == 2500);
	assert_true(it[4].crit[CORE_CRIT_POPULATION] == 0);
	/* none known: 0 for all, a column that moves no score */
	for (i = 0; i < 5; i++)
		it[i].missing[CORE_CRIT_POPULATION] = 1;
	assert_int_equal(core_rank_fill_missing(it, 5, fill), 0);
	assert_true(fill[CORE_CRIT_POPULATION] == 0 && it[3].crit[CORE_CRIT_POPULATION] == 0);
	assert_int_equal(core_rank_fill_missing(NULL, 0, fill), 0);
	assert_int_equal(core_rank_fill_missing(NULL, 1, fill), CORE_EINVAL);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_explain_round),
		cmocka_unit_test(test_topsis_published),
		cmocka_unit_test(test_topsis_reference),
		cmocka_unit_test(test_saw_by_hand),
		cmocka_unit_test(test_normalised),
		cmocka_unit_test(test_normalised_no_minus_zero),
		cmocka_unit_test(test_directions),
		cmocka_unit_test(test_ties),
		cmocka_unit_test(test_tie_reason),
		cmocka_unit_test(test_order_many_ties),
		cmocka_unit_test(test_paper_ties),
		cmocka_unit_test(test_huge_values),
		cmocka_unit_test(test_id_cmp),
		cmocka_unit_test(test_edges),
		cmocka_unit_test(test_eligible),
		cmocka_unit_test(test_fill_missing),
	};
	return cmocka_run_group_tests_name("rank", tests, NULL, NULL);
}
