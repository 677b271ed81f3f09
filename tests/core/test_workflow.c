/*
 * tests/core/test_workflow.c — the need status workflow of SPEC §3
 * (core/workflow.c).
 *
 * The expected table is written out here by hand from the SPEC text: the
 * forward chain identified -> assessed -> approved -> in_progress -> done,
 * rejected reachable from the first three only, and approval (review) by a
 * supervisor, hq or admin.  Every pair of the 6 x 6 statuses is checked
 * against it, so an extra or a missing step fails.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include "core/record.h"
#include "core/workflow.h"

enum { I = CORE_NEED_IDENTIFIED, AS = CORE_NEED_ASSESSED, AP = CORE_NEED_APPROVED,
	P = CORE_NEED_IN_PROGRESS, D = CORE_NEED_DONE, R = CORE_NEED_REJECTED };

/* expected[from][to]: 1 where SPEC §3 has the step. */
static const int expected[6][6] = {
	/*           I  AS AP P  D  R */
	[I]  = {     0, 1, 0, 0, 0, 1 },
	[AS] = {     0, 0, 1, 0, 0, 1 },
	[AP] = {     0, 0, 0, 1, 0, 1 },
	[P]  = {     0, 0, 0, 0, 1, 0 },
	[D]  = {     0, 0, 0, 0, 0, 0 },
	[R]  = {     0, 0, 0, 0, 0, 0 },
};

static void
test_every_pair(void **state)
{
	int from, to;

	(void)state;
	for (from = 0; from < 6; from++)
		for (to = 0; to < 6; to++) {
			assert_int_equal(core_workflow_allowed(from, to), expected[from][to]);
			assert_int_equal(core_workflow_roles(from, to) != 0, expected[from][to]);
		}
}

static void
test_out_of_range(void **state)
{
	(void)state;
	assert_int_equal(core_workflow_allowed(-1, AS), 0);
	assert_int_equal(core_workflow_allowed(I, 6), 0);
	assert_int_equal(core_workflow_check(CORE_ROLE_ADMIN, 7, I), CORE_WF_BADSTATUS);
	assert_int_equal(core_workflow_check(CORE_ROLE_ADMIN, I, -2), CORE_WF_BADSTATUS);
	assert_int_equal(core_workflow_check(CORE_ROLE_ADMIN, I, I), CORE_WF_TRANSITION);
}

static void
test_next_lists(void **state)
{
	int out[6], n;

	(void)state;
	n = core_workflow_next(I, out, 6);
	assert_int_equal(n, 2);
	assert_int_equal(out[0], AS);	/* forward step first */
	assert_int_equal(out[1], R);	/* rejected last */
	n = core_workflow_next(AP, out, 6);
	assert_int_equal(n, 2);
	assert_int_equal(out[0], P);
	assert_int_equal(out[1], R);
	n = core_workflow_next(P, out, 6);
	assert_int_equal(n, 1);
	assert_int_equal(out[0], D);
	assert_int_equal(core_workflow_next(D, out, 6), 0);
	assert_int_equal(core_workflow_next(R, out, 6), 0);
	assert_int_equal(core_workflow_next(99, out, 6), 0);
	/* room for one: only the forward step */
	n = core_workflow_next(AS, out, 1);
	assert_int_equal(n, 1);
	assert_int_equal(out[0], AP);
}

static void
test_who_approves(void **state)
{
	(void)state;
	/* approval: supervisor, hq, admin; not a clerk or an auditor */
	assert_int_equal(core_workflow_check(CORE_ROLE_SUPERVISOR, AS, AP), CORE_WF_OK);
	assert_int_equal(core_workflow_check(CORE_ROLE_HQ, AS, AP), CORE_WF_OK);
	assert_int_equal(core_workflow_check(CORE_ROLE_ADMIN, AS, AP), CORE_WF_OK);
	assert_int_equal(core_workflow_check(CORE_ROLE_CLERK, AS, AP), CORE_WF_ROLE);
	assert_int_equal(core_workflow_check(CORE_ROLE_AUDITOR, AS, AP), CORE_WF_ROLE);
	/* rejecting is a review decision too */
	assert_int_equal(core_workflow_check(CORE_ROLE_CLERK, I, R), CORE_WF_ROLE);
	assert_int_equal(core_workflow_check(CORE_ROLE_SUPERVISOR, AP, R), CORE_WF_OK);
	/* the clerk's own steps */
	assert_int_equal(core_workflow_check(CORE_ROLE_CLERK, I, AS), CORE_WF_OK);
	assert_int_equal(core_workflow_check(CORE_ROLE_CLERK, AP, P), CORE_WF_OK);
	assert_int_equal(core_workflow_check(CORE_ROLE_CLERK, P, D), CORE_WF_OK);
	/* an auditor takes no step at all */
	assert_int_equal(core_workflow_check(CORE_ROLE_AUDITOR, I, AS), CORE_WF_ROLE);
	assert_int_equal(core_workflow_check(CORE_ROLE_AUDITOR, P, D), CORE_WF_ROLE);
	/* a bad role is refused, a skipped step is a transition error first */
	assert_int_equal(core_workflow_check(9, I, AS), CORE_WF_ROLE);
	assert_int_equal(core_workflow_check(-1, I, AS), CORE_WF_ROLE);
	assert_int_equal(core_workflow_check(CORE_ROLE_ADMIN, I, AP), CORE_WF_TRANSITION);
	assert_int_equal(core_workflow_check(CORE_ROLE_ADMIN, P, R), CORE_WF_TRANSITION);
	assert_int_equal(core_workflow_check(CORE_ROLE_ADMIN, D, I), CORE_WF_TRANSITION);
	assert_int_equal(core_workflow_roles(AS, AP),
	    (1u << CORE_ROLE_ADMIN) | (1u << CORE_ROLE_HQ) | (1u << CORE_ROLE_SUPERVISOR));
}

/* A need recorded new at a later status has made the steps from
 * identified to it: a clerk records identified or assessed only; approved,
 * in progress, done and rejected need a reviewer's step on the way. */
static void
test_new_need(void **state)
{
	const unsigned writers = (1u << CORE_ROLE_ADMIN) | (1u << CORE_ROLE_HQ) |
	    (1u << CORE_ROLE_SUPERVISOR) | (1u << CORE_ROLE_CLERK);
	const unsigned reviewers = writers & ~(1u << CORE_ROLE_CLERK);

	(void)state;
	assert_int_equal(core_workflow_roles_new(I), writers);
	assert_int_equal(core_workflow_roles_new(AS), writers);
	assert_int_equal(core_workflow_roles_new(AP), reviewers);
	assert_int_equal(core_workflow_roles_new(P), reviewers);
	assert_int_equal(core_workflow_roles_new(D), reviewers);
	assert_int_equal(core_workflow_roles_new(R), reviewers);
	assert_int_equal(core_workflow_roles_new(-1), 0u);
	assert_int_equal(core_workflow_roles_new(6), 0u);
	assert_int_equal(core_workflow_check_new(CORE_ROLE_CLERK, AS), CORE_WF_OK);
	assert_int_equal(core_workflow_check_new(CORE_ROLE_CLERK, AP), CORE_WF_ROLE);
	assert_int_equal(core_workflow_check_new(CORE_ROLE_CLERK, R), CORE_WF_ROLE);
	assert_int_equal(core_workflow_check_new(CORE_ROLE_ADMIN, D), CORE_WF_OK);
	assert_int_equal(core_workflow_check_new(CORE_ROLE_SUPERVISOR, D), CORE_WF_OK);
	assert_int_equal(core_workflow_check_new(CORE_ROLE_AUDITOR, I), CORE_WF_ROLE);
	assert_int_equal(core_workflow_check_new(CORE_ROLE_ADMIN, 9), CORE_WF_BADSTATUS);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_pair),
		cmocka_unit_test(test_out_of_range),
		cmocka_unit_test(test_next_lists),
		cmocka_unit_test(test_who_approves),
		cmocka_unit_test(test_new_need),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
