/*
 * tests/core/test_ahp.c — AHP weights, consistency and the matrix-row parser
 * (core/ahp.c).
 *
 * Independent sources the expectations come from:
 *   - Wikipedia, "Analytic hierarchy process – leader example" (the worked
 *     example of choosing a company leader; criteria Experience, Education,
 *     Charisma, Age): the criteria judgements
 *         Experience  1    4    3    7
 *         Education  1/4   1   1/3   3
 *         Charisma   1/3   3    1    5
 *         Age        1/7  1/3  1/5   1
 *     and the published priorities .547, .127, .270, .056 with CR 0.044;
 *   - the definition: for a consistent matrix a_ij = w_i / w_j the
 *     eigenvector is w itself and lambda_max = n, CI = CR = 0; a 2 x 2
 *     reciprocal matrix is always consistent, [1 3; 1/3 1] gives 3/4, 1/4;
 *   - Saaty's RI table (SPEC §8): CR = CI / RI(n).
 */
#include <math.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "core/rank.h"

#define NEAR(x, y, eps) assert_true(fabs((x) - (y)) <= (eps))

static void
test_leader_example(void **state)
{
	const double a[16] = {
		1,       4,       3,       7,
		1.0 / 4, 1,       1.0 / 3, 3,
		1.0 / 3, 3,       1,       5,
		1.0 / 7, 1.0 / 3, 1.0 / 5, 1,
	};
	struct core_ahp_result r;
	double sum = 0;
	int i;

	(void)state;
	assert_int_equal(core_ahp(a, 4, &r), 0);
	assert_int_equal(r.n, 4);
	NEAR(r.w[0], 0.547, 0.001);
	NEAR(r.w[1], 0.127, 0.001);
	NEAR(r.w[2], 0.270, 0.001);
	NEAR(r.w[3], 0.056, 0.001);
	for (i = 0; i < 4; i++)
		sum += r.w[i];
	NEAR(sum, 1, 1e-12);
	NEAR(r.cr, 0.044, 0.0005);
	/* The figures hang together: CI from lambda_max, CR from CI. */
	NEAR(r.ci, (r.lambda_max - 4) / 3, 1e-12);
	NEAR(r.cr, r.ci / 0.90, 1e-12);
	assert_true(r.lambda_max > 4);
	/* It is an eigenvector: A w = lambda_max w componentwise. */
	for (i = 0; i < 4; i++) {
		double aw = 0;
		int j;

		for (j = 0; j < 4; j++)
			aw += a[i * 4 + j] * r.w[j];
		NEAR(aw, r.lambda_max * r.w[i], 1e-9);
	}
	assert_int_equal(r.worst_i, -1);
	assert_int_equal(r.fault, CORE_AHP_OK);
}

static void
test_consistent(void **state)
{
	/* a_ij = w_i / w_j with w = 8, 4, 2, 1, 1 (over 16). */
	const double w[5] = { 8, 4, 2, 1, 1 };
	double a[25];
	struct core_ahp_result r;
	int i, j;

	(void)state;
	for (i = 0; i < 5; i++)
		for (j = 0; j < 5; j++)
			a[i * 5 + j] = w[i] / w[j];
	assert_int_equal(core_ahp(a, 5, &r), 0);
	for (i = 0; i < 5; i++)
		NEAR(r.w[i], w[i] / 16, 1e-12);
	NEAR(r.lambda_max, 5, 1e-9);
	NEAR(r.ci, 0, 1e-9);
	NEAR(r.cr, 0, 1e-9);
	assert_true(r.ci >= 0);
	assert_true(r.iterations <= 3);
}

static void
test_small(void **state)
{
	const double one[1] = { 1 };
	const double two[4] = { 1, 3, 1.0 / 3, 1 };
	const double same[9] = { 1, 1, 1, 1, 1, 1, 1, 1, 1 };
	struct core_ahp_result r;

	(void)state;
	assert_int_equal(core_ahp(one, 1, &r), 0);
	NEAR(r.w[0], 1, 1e-15);
	NEAR(r.lambda_max, 1, 1e-15);
	NEAR(r.cr, 0, 0);

	assert_int_equal(core_ahp(two, 2, &r), 0);
	NEAR(r.w[0], 0.75, 1e-12);
	NEAR(r.w[1], 0.25, 1e-12);
	NEAR(r.lambda_max, 2, 1e-12);
	NEAR(r.cr, 0, 0);		/* RI(2) = 0 */

	/* A rounded reciprocal (0.4997 for 1/2) is taken as the exact one:
	 * the weights follow the upper triangle and lambda_max stays n. */
	{
		const double near[4] = { 1, 2, 0.4997, 1 };

		assert_int_equal(core_ahp(near, 2, &r), 0);
		NEAR(r.w[0], 2.0 / 3, 1e-12);
		NEAR(r.lambda_max, 2, 1e-12);
		assert_true(r.ci >= 0);
	}

	assert_int_equal(core_ahp(same, 3, &r), 0);
	NEAR(r.w[0], 1.0 / 3, 1e-15);
	NEAR(r.w[2], 1.0 / 3, 1e-15);
}

static void
test_inconsistent(void **state)
{
	/* Consistent w = 4, 2, 1, 1, except that criterion 1 is now said to be
	 * 1/4 as important as criterion 4 (instead of 4 times). */
	const double w[4] = { 4, 2, 1, 1 };
	double a[16];
	/* A preference cycle: 1 > 2 > 3 > 1, each strongly. */
	const double cyc[9] = { 1, 9, 1.0 / 9, 1.0 / 9, 1, 9, 9, 1.0 / 9, 1 };
	struct core_ahp_result r;
	int i, j;

	(void)state;
	for (i = 0; i < 4; i++)
		for (j = 0; j < 4; j++)
			a[i * 4 + j] = w[i] / w[j];
	a[0 * 4 + 3] = 1.0 / 4;
	a[3 * 4 + 0] = 4;
	assert_int_equal(core_ahp(a, 4, &r), CORE_ECONSIST);
	assert_true(r.cr > 0.10);
	assert_int_equal(r.worst_i, 0);
	assert_int_equal(r.worst_j, 3);
	/* The figures are still there for the message. */
	assert_true(r.lambda_max > 4);
	NEAR(r.cr, r.ci / 0.90, 1e-12);

	assert_int_equal(core_ahp(cyc, 3, &r), CORE_ECONSIST);
	assert_true(r.cr > 1);
	assert_true(r.worst_i >= 0 && r.worst_i < r.worst_j && r.worst_j < 3);
}

/* What the other judgements point to, for the pair named (the supervisor's
 * message says "change it towards X"): before, only the pair was named. */
static void
test_implied(void **state)
{
	const double w[4] = { 4, 2, 1, 1 };
	double a[16], b[9] = { 1, 2, 3, 0.5, 1, 2, 1.0 / 3, 0.5, 1 };
	struct core_ahp_result r, r2;
	double v;
	int i, j;

	(void)state;
	for (i = 0; i < 4; i++)
		for (j = 0; j < 4; j++)
			a[i * 4 + j] = w[i] / w[j];
	a[0 * 4 + 3] = 1.0 / 4;
	a[3 * 4 + 0] = 4;
	assert_int_equal(core_ahp(a, 4, &r), CORE_ECONSIST);
	v = core_ahp_implied(a, 4, r.worst_i, r.worst_j);
	/* 1 is 4 times as important as 4 by the other judgements (1 > 2 > 4
	 * twice each, 1 > 3 = 4 four times), though the weights, pulled by
	 * the 1/4, put 4 near 1; taking it makes the matrix consistent */
	NEAR(v, 4, 0);
	a[0 * 4 + 3] = v;
	a[3 * 4 + 0] = 1 / v;
	assert_int_equal(core_ahp(a, 4, &r2), 0);
	assert_true(r2.cr < r.cr);
	/* 1 > 2 > 3 twice each says 4, not the 3 given; below 1, the
	 * scale's fractions */
	NEAR(core_ahp_implied(b, 3, 0, 2), 4, 0);
	NEAR(core_ahp_implied(b, 3, 2, 0), 1.0 / 4, 1e-15);
	/* the nearest value of the scale to the others' 2 * 1.6 = 3.2 is
	 * the 3 given: the next one towards 3.2 */
	b[1 * 3 + 2] = 1.6;
	b[2 * 3 + 1] = 1 / 1.6;
	NEAR(core_ahp_implied(b, 3, 0, 2), 4, 0);
	/* consistent: nothing to change */
	b[1 * 3 + 2] = 1.5;
	b[2 * 3 + 1] = 1 / 1.5;
	NEAR(core_ahp_implied(b, 3, 0, 2), 3, 0);
	/* two criteria: no other judgement */
	NEAR(core_ahp_implied(b, 2, 0, 1), b[1], 0);
}

static void
test_borderline(void **state)
{
	/* 3 x 3 with a_12 = 2, a_23 = 2, a_13 = x: consistent at x = 4.  CR
	 * grows as x leaves 4; 1 is refused, 3 is accepted. */
	double a[9] = { 1, 2, 4, 0.5, 1, 2, 0.25, 0.5, 1 };
	struct core_ahp_result r;

	(void)state;
	a[2] = 3;
	a[6] = 1.0 / 3;
	assert_int_equal(core_ahp(a, 3, &r), 0);
	assert_true(r.cr < 0.10 && r.cr > 0);
	a[2] = 1;
	a[6] = 1;
	assert_int_equal(core_ahp(a, 3, &r), CORE_ECONSIST);
	assert_true(r.cr > 0.10);
}

static void
test_faults(void **state)
{
	double a[9];
	const double base[9] = { 1, 3, 5, 1.0 / 3, 1, 2, 1.0 / 5, 1.0 / 2, 1 };
	struct core_ahp_result r;
	enum core_ahp_fault f;
	int i, j;

	(void)state;
	memcpy(a, base, sizeof a);
	assert_int_equal(core_ahp_check(a, 3, &f, &i, &j), 0);
	assert_int_equal(f, CORE_AHP_OK);

	a[7] = 2;			/* row 3 col 2 should be 1/2 */
	assert_int_equal(core_ahp(a, 3, &r), CORE_EINVAL);
	assert_int_equal(r.fault, CORE_AHP_RECIPROCAL);
	assert_int_equal(r.fault_i, 2);
	assert_int_equal(r.fault_j, 1);

	memcpy(a, base, sizeof a);
	a[4] = 2;
	assert_int_equal(core_ahp(a, 3, &r), CORE_EINVAL);
	assert_int_equal(r.fault, CORE_AHP_DIAGONAL);
	assert_int_equal(r.fault_i, 1);
	assert_int_equal(r.fault_j, 1);

	memcpy(a, base, sizeof a);
	a[1] = 0;
	assert_int_equal(core_ahp(a, 3, &r), CORE_EINVAL);
	assert_int_equal(r.fault, CORE_AHP_NONPOSITIVE);
	assert_int_equal(r.fault_j, 1);

	memcpy(a, base, sizeof a);
	a[2] = -5;
	assert_int_equal(core_ahp(a, 3, &r), CORE_EINVAL);
	assert_int_equal(r.fault, CORE_AHP_NONPOSITIVE);

	memcpy(a, base, sizeof a);
	a[2] = 10;
	a[6] = 0.1;
	assert_int_equal(core_ahp(a, 3, &r), CORE_EINVAL);
	assert_int_equal(r.fault, CORE_AHP_SCALE);
	assert_int_equal(r.fault_i, 0);
	assert_int_equal(r.fault_j, 2);

	memcpy(a, base, sizeof a);
	a[5] = NAN;
	assert_int_equal(core_ahp(a, 3, &r), CORE_EINVAL);
	assert_int_equal(r.fault, CORE_AHP_NOTFINITE);

	/* 0.333 for 1/3 and 0.111 for 1/9 are what people type. */
	memcpy(a, base, sizeof a);
	a[3] = 0.333;
	assert_int_equal(core_ahp(a, 3, &r), 0);
	a[2] = 9;
	a[6] = 0.111;
	assert_int_equal(core_ahp_check(a, 3, NULL, NULL, NULL), 0);
	a[3] = 0.3;			/* 0.9 with 3: not reciprocal */
	assert_int_equal(core_ahp(a, 3, &r), CORE_EINVAL);
	assert_int_equal(r.fault, CORE_AHP_RECIPROCAL);

	assert_int_equal(core_ahp(base, 0, &r), CORE_EINVAL);
	assert_int_equal(r.fault, CORE_AHP_SIZE);
	assert_int_equal(core_ahp(base, 11, &r), CORE_EINVAL);
	assert_int_equal(r.fault, CORE_AHP_SIZE);
	assert_int_equal(core_ahp(NULL, 3, &r), CORE_EINVAL);
}

static void
test_ten(void **state)
{
	/* n = 10, the largest with an RI: consistent from w = 9, 8, ..., 1, 1
	 * (every ratio within 1/9..9). */
	const double w[10] = { 9, 8, 7, 6, 5, 4, 3, 2, 1, 1 };
	double a[100];
	struct core_ahp_result r;
	int i, j;

	(void)state;
	for (i = 0; i < 10; i++)
		for (j = 0; j < 10; j++)
			a[i * 10 + j] = w[i] / w[j];
	assert_int_equal(core_ahp(a, 10, &r), 0);
	for (i = 0; i < 10; i++)
		NEAR(r.w[i], w[i] / 46, 1e-12);
	NEAR(r.cr, 0, 1e-9);
}

static void
test_parse_entry(void **state)
{
	double v;

	(void)state;
	assert_int_equal(core_ahp_parse_entry("3", &v), 0);
	NEAR(v, 3, 0);
	assert_int_equal(core_ahp_parse_entry("1/3", &v), 0);
	NEAR(v, 1.0 / 3, 1e-15);
	assert_int_equal(core_ahp_parse_entry("0.5", &v), 0);
	NEAR(v, 0.5, 1e-15);
	assert_int_equal(core_ahp_parse_entry(".25", &v), 0);
	NEAR(v, 0.25, 1e-15);
	/* Persian digits: ۵ = 5, ۱/۷ = 1/7, ۰٫۵ (Arabic decimal separator). */
	assert_int_equal(core_ahp_parse_entry("۵", &v), 0);
	NEAR(v, 5, 0);
	assert_int_equal(core_ahp_parse_entry("۱/۷", &v), 0);
	NEAR(v, 1.0 / 7, 1e-15);
	assert_int_equal(core_ahp_parse_entry("۰٫۵", &v), 0);
	NEAR(v, 0.5, 1e-15);
	/* Arabic-Indic digits (٣ = 3, ٩ = 9) and a fraction slash U+2044. */
	assert_int_equal(core_ahp_parse_entry("٣", &v), 0);
	NEAR(v, 3, 0);
	assert_int_equal(core_ahp_parse_entry("١⁄٩", &v), 0);
	NEAR(v, 1.0 / 9, 1e-15);
	/* Mixed sets within one entry. */
	assert_int_equal(core_ahp_parse_entry("1/۴", &v), 0);
	NEAR(v, 0.25, 1e-15);

	assert_int_equal(core_ahp_parse_entry("", &v), CORE_EINVAL);
	assert_int_equal(core_ahp_parse_entry("x", &v), CORE_EINVAL);
	assert_int_equal(core_ahp_parse_entry("3x", &v), CORE_EINVAL);
	assert_int_equal(core_ahp_parse_entry("1/0", &v), CORE_EINVAL);
	assert_int_equal(core_ahp_parse_entry("1/", &v), CORE_EINVAL);
	assert_int_equal(core_ahp_parse_entry("/3", &v), CORE_EINVAL);
	assert_int_equal(core_ahp_parse_entry("1//3", &v), CORE_EINVAL);
	assert_int_equal(core_ahp_parse_entry("1.2.3", &v), CORE_EINVAL);
	assert_int_equal(core_ahp_parse_entry("-3", &v), CORE_EINVAL);
	assert_int_equal(core_ahp_parse_entry(".", &v), CORE_EINVAL);
	assert_int_equal(core_ahp_parse_entry("سه", &v), CORE_EINVAL);
	assert_int_equal(core_ahp_parse_entry("\xff", &v), CORE_EINVAL);
	assert_int_equal(core_ahp_parse_entry(NULL, &v), CORE_EINVAL);
}

static void
test_parse_row(void **state)
{
	double row[CORE_AHP_MAX];
	int n, bad;

	(void)state;
	assert_int_equal(core_ahp_parse_row("1 3\t1/3  ۵\r\n", row, CORE_AHP_MAX, &n, &bad), 0);
	assert_int_equal(n, 4);
	NEAR(row[0], 1, 0);
	NEAR(row[1], 3, 0);
	NEAR(row[2], 1.0 / 3, 1e-15);
	NEAR(row[3], 5, 0);

	assert_int_equal(core_ahp_parse_row("   ", row, CORE_AHP_MAX, &n, &bad), 0);
	assert_int_equal(n, 0);

	assert_int_equal(core_ahp_parse_row("1 3 سه 2", row, CORE_AHP_MAX, &n, &bad), CORE_EINVAL);
	assert_int_equal(bad, 3);
	assert_int_equal(core_ahp_parse_row("1,3", row, CORE_AHP_MAX, &n, &bad), CORE_EINVAL);
	assert_int_equal(bad, 1);
	assert_int_equal(core_ahp_parse_row("1 2 3 4", row, 3, &n, &bad), CORE_ERANGE);
	assert_int_equal(bad, 4);
	/* An entry longer than any number is refused, not truncated. */
	assert_int_equal(core_ahp_parse_row("1 1111111111111111111111111111111111111111111111111111111111111111111",
	    row, CORE_AHP_MAX, &n, &bad), CORE_EINVAL);
	assert_int_equal(bad, 2);
}

static void
test_default_weights(void **state)
{
	struct core_ahp_result r;
	struct core_weights w;
	double sum = 0;
	int k;

	(void)state;
	assert_int_equal(core_ahp(core_rank_default_matrix, CORE_NCRIT, &r), 0);
	assert_true(r.cr < 0.10);
	core_weights_default(&w);
	for (k = 0; k < CORE_NCRIT; k++) {
		NEAR(w.w[k], r.w[k], 0);
		sum += w.w[k];
	}
	NEAR(sum, 1, 1e-12);
	/* The documented judgements: urgency = impact > population = gap >
	 * waiting = interest. */
	NEAR(w.w[CORE_CRIT_URGENCY], w.w[CORE_CRIT_IMPACT], 1e-12);
	NEAR(w.w[CORE_CRIT_POPULATION], w.w[CORE_CRIT_GAP], 1e-12);
	NEAR(w.w[CORE_CRIT_WAITING], w.w[CORE_CRIT_INTEREST], 1e-12);
	assert_true(w.w[CORE_CRIT_IMPACT] > w.w[CORE_CRIT_GAP]);
	assert_true(w.w[CORE_CRIT_GAP] > w.w[CORE_CRIT_WAITING]);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_leader_example),
		cmocka_unit_test(test_consistent),
		cmocka_unit_test(test_small),
		cmocka_unit_test(test_inconsistent),
		cmocka_unit_test(test_implied),
		cmocka_unit_test(test_borderline),
		cmocka_unit_test(test_faults),
		cmocka_unit_test(test_ten),
		cmocka_unit_test(test_parse_entry),
		cmocka_unit_test(test_parse_row),
		cmocka_unit_test(test_default_weights),
	};
	return cmocka_run_group_tests_name("ahp", tests, NULL, NULL);
}
