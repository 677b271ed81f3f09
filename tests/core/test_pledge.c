/*
 * tests/core/test_pledge.c — pledge status from payments and a need's gap
 * from its pledges (core/pledge.c).
 *
 * Figures are worked by hand from SPEC §3 (gap = estimated cost minus the
 * non-cancelled material pledges) in the comments.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/pledge.h"
#include "core/record.h"

static void
test_status_from_payments(void **state)
{
	(void)state;
	/* 50,000,000 rials pledged */
	assert_int_equal(core_pledge_status(CORE_PLEDGE_PLEDGED, 1, 50000000, 0), CORE_PLEDGE_PLEDGED);
	assert_int_equal(core_pledge_status(CORE_PLEDGE_PLEDGED, 1, 50000000, 1), CORE_PLEDGE_PARTIAL);
	assert_int_equal(core_pledge_status(CORE_PLEDGE_PLEDGED, 1, 50000000, 49999999), CORE_PLEDGE_PARTIAL);
	assert_int_equal(core_pledge_status(CORE_PLEDGE_PARTIAL, 1, 50000000, 50000000), CORE_PLEDGE_FULFILLED);
	assert_int_equal(core_pledge_status(CORE_PLEDGE_PLEDGED, 1, 50000000, 60000000), CORE_PLEDGE_FULFILLED);
	/* a payment removed: back from fulfilled to partial, then pledged */
	assert_int_equal(core_pledge_status(CORE_PLEDGE_FULFILLED, 1, 50000000, 20000000), CORE_PLEDGE_PARTIAL);
	assert_int_equal(core_pledge_status(CORE_PLEDGE_PARTIAL, 1, 50000000, 0), CORE_PLEDGE_PLEDGED);
	/* cancelled stays cancelled */
	assert_int_equal(core_pledge_status(CORE_PLEDGE_CANCELLED, 1, 50000000, 50000000), CORE_PLEDGE_CANCELLED);
	assert_int_equal(core_pledge_status(CORE_PLEDGE_CANCELLED, 1, 50000000, 0), CORE_PLEDGE_CANCELLED);
	/* no amount (in kind, hours): as the clerk set it */
	assert_int_equal(core_pledge_status(CORE_PLEDGE_PLEDGED, 0, 0, 1000), CORE_PLEDGE_PLEDGED);
	assert_int_equal(core_pledge_status(CORE_PLEDGE_FULFILLED, 0, 0, 0), CORE_PLEDGE_FULFILLED);
	/* an amount of 0 is met by nothing paid?  0 paid: pledged */
	assert_int_equal(core_pledge_status(CORE_PLEDGE_PLEDGED, 1, 0, 0), CORE_PLEDGE_PLEDGED);
	/* out of range: unchanged */
	assert_int_equal(core_pledge_status(7, 1, 10, 10), 7);
}

static void
test_counts(void **state)
{
	(void)state;
	assert_int_equal(core_pledge_counts(CORE_PT_SPACE, CORE_PLEDGE_PLEDGED), 1);
	assert_int_equal(core_pledge_counts(CORE_PT_EQUIPMENT, CORE_PLEDGE_PARTIAL), 1);
	assert_int_equal(core_pledge_counts(CORE_PT_COSTS, CORE_PLEDGE_FULFILLED), 1);
	assert_int_equal(core_pledge_counts(CORE_PT_COSTS, CORE_PLEDGE_CANCELLED), 0);
	assert_int_equal(core_pledge_counts(CORE_PT_INFORMATION, CORE_PLEDGE_PLEDGED), 0);
	assert_int_equal(core_pledge_counts(CORE_PT_POLICING, CORE_PLEDGE_FULFILLED), 0);
	assert_int_equal(core_pledge_counts(-1, CORE_PLEDGE_PLEDGED), 0);
	assert_int_equal(core_pledge_counts(CORE_NPTYPES, CORE_PLEDGE_PLEDGED), 0);
}

static void
test_gap(void **state)
{
	/* A need estimated at 300,000,000 rials:
	 *   space 100,000,000 pledged          counts
	 *   equipment 50,000,000 partial       counts
	 *   costs 70,000,000 cancelled         does not
	 *   support (non-material) 999         does not
	 *   space, no amount                   nothing to add
	 * gap = 300,000,000 - 150,000,000 = 150,000,000 */
	const struct core_pledge_line p[] = {
		{ CORE_PT_SPACE, CORE_PLEDGE_PLEDGED, 1, 100000000 },
		{ CORE_PT_EQUIPMENT, CORE_PLEDGE_PARTIAL, 1, 50000000 },
		{ CORE_PT_COSTS, CORE_PLEDGE_CANCELLED, 1, 70000000 },
		{ CORE_PT_SUPPORT, CORE_PLEDGE_PLEDGED, 1, 999 },
		{ CORE_PT_SPACE, CORE_PLEDGE_PLEDGED, 0, 0 },
	};

	(void)state;
	assert_int_equal(core_pledge_total(p, 5), 150000000);
	assert_int_equal(core_need_gap(300000000, p, 5), 150000000);
	/* the first two only: 300 - 150 */
	assert_int_equal(core_need_gap(300000000, p, 2), 150000000);
	/* the first only */
	assert_int_equal(core_need_gap(300000000, p, 1), 200000000);
	/* no pledges: the whole cost */
	assert_int_equal(core_need_gap(300000000, NULL, 0), 300000000);
	/* no surplus while the pledges stay within the estimate */
	assert_int_equal(core_need_surplus(300000000, p, 5), 0);
	assert_int_equal(core_need_surplus(150000000, p, 5), 0);
	assert_int_equal(core_need_gap(150000000, p, 5), 0);
}

/* Pledged beyond the estimate (100,000,000 on a need of 90,000,000): the
 * gap is 0, as the dashboard shows it, never -10,000,000; what is beyond
 * is the surplus. */
static void
test_over_estimate(void **state)
{
	const struct core_pledge_line one[] = {
		{ CORE_PT_SPACE, CORE_PLEDGE_PLEDGED, 1, 100000000 },
	};
	const struct core_pledge_line p[] = {
		{ CORE_PT_SPACE, CORE_PLEDGE_PLEDGED, 1, 100000000 },
		{ CORE_PT_EQUIPMENT, CORE_PLEDGE_PARTIAL, 1, 50000000 },
		{ CORE_PT_COSTS, CORE_PLEDGE_CANCELLED, 1, 70000000 },
	};

	(void)state;
	assert_int_equal(core_need_gap(90000000, one, 1), 0);
	assert_int_equal(core_need_surplus(90000000, one, 1), 10000000);
	/* 150,000,000 count on 120,000,000; the cancelled 70,000,000 not */
	assert_int_equal(core_need_gap(120000000, p, 3), 0);
	assert_int_equal(core_need_surplus(120000000, p, 3), 30000000);
	/* no estimate (0): every rial pledged is beyond it */
	assert_int_equal(core_need_gap(0, one, 1), 0);
	assert_int_equal(core_need_surplus(0, one, 1), 100000000);
	/* gap and surplus are never both above 0, and their difference is
	 * estimated - pledged */
	assert_int_equal(core_need_gap(120000000, p, 3) - core_need_surplus(120000000, p, 3),
	    120000000 - core_pledge_total(p, 3));
}

/* What a pledge still owes against its donor's capacity: its share less
 * its payments, at least 0, while its need is open (neither done nor
 * rejected). */
static void
test_unpaid(void **state)
{
	(void)state;
	assert_true(core_pledge_unpaid(CORE_NEED_APPROVED, 100000000, 0) == 100000000);
	assert_true(core_pledge_unpaid(CORE_NEED_IDENTIFIED, 100000000, 30000000) == 70000000);
	assert_true(core_pledge_unpaid(CORE_NEED_ASSESSED, 100000000, 100000000) == 0);
	assert_true(core_pledge_unpaid(CORE_NEED_IN_PROGRESS, 100000000, 120000000) == 0);	/* overpaid */
	assert_true(core_pledge_unpaid(CORE_NEED_IN_PROGRESS, 100000000, 99999999) == 1);
	assert_true(core_pledge_unpaid(CORE_NEED_APPROVED, 100000000, -5) == 100000000);
	assert_true(core_pledge_unpaid(CORE_NEED_APPROVED, 0, 0) == 0);	/* counts for nothing */
	/* a done need's pledges are settled, a rejected one's will not be paid */
	assert_true(core_pledge_unpaid(CORE_NEED_DONE, 100000000, 30000000) == 0);
	assert_true(core_pledge_unpaid(CORE_NEED_REJECTED, 100000000, 0) == 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_status_from_payments),
		cmocka_unit_test(test_counts),
		cmocka_unit_test(test_gap),
		cmocka_unit_test(test_over_estimate),
		cmocka_unit_test(test_unpaid),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
