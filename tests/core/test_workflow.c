/*
 * tests/core/test_workflow.c — the need status workflow of SPEC §3
 * (core/workflow.c).
 *
 * The expected table is written out here by hand from the SPEC text: the
 * forward chain identified -> assessed -> approved -> in_progress -> done,
 * rejected reachable from the first three only, and approval (review) by a
 * supervisor, hq or admin.  Every pair of the 6 x 6 statuses is checked
 * against it, so an extra or a missing step fails.  Then the stages'
 * rules: which is overdue, and which write gives a done need a stage not
 * complete.
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

/* A stage of need MRG-10: planned end day end (0: none), actual end day
 * actual (0: none), progress p (-1: empty). */
static struct core_record *
stage(int32_t end, int32_t actual, int p)
{
	struct core_record *r = core_record_new(CORE_STAGE);

	assert_non_null(r);
	assert_int_equal(core_record_set_text(r, CORE_STAGE_NEED, "MRG-10"), 0);
	assert_int_equal(core_record_set_text(r, CORE_STAGE_TITLE, "نصب دوربین‌ها"), 0);
	if (end)
		core_record_set_num(r, CORE_STAGE_PLANNED_END, end);
	if (actual)
		core_record_set_num(r, CORE_STAGE_ACTUAL_END, actual);
	if (p >= 0)
		core_record_set_num(r, CORE_STAGE_PROGRESS, p);
	return r;
}

/* One definition of an overdue stage: below 100 percent (not done) and
 * today past its planned end; an actual end recorded on a stage below 100
 * percent changes neither.  Before, the need's screen also counted a stage
 * finished late at 100 percent, which the question before marking the need
 * done did not; and a stage below 100 percent whose actual end lay after
 * its planned end was overdue while its planned end was still ahead (an
 * actual end in the future, 1406 typed for 1405), and one whose actual end
 * lay before its planned end never was, however late. */
static void
test_stage_overdue(void **state)
{
	const int32_t today = 1000;
	struct {
		int32_t end, actual;
		int p, overdue;
	} c[] = {
		{ 900, 0, 40, 1 },	/* past its end, at 40% */
		{ 900, 0, -1, 1 },	/* past its end, progress empty: 0 */
		{ 900, 950, 100, 0 },	/* finished late: done, not overdue */
		{ 900, 0, 100, 0 },	/* at 100, no actual end */
		{ 900, 950, 50, 1 },	/* ended after its end below 100 */
		{ 900, 880, 50, 1 },	/* ended before its end below 100: late now */
		{ 900, 880, 100, 0 },	/* done before its end */
		{ 900, 1200, 50, 1 },	/* past its end, actual end ahead */
		{ 1000, 0, 0, 0 },	/* due today: not yet */
		{ 1000, 1200, 50, 0 },	/* due today, actual end ahead: not yet */
		{ 1000, 900, 50, 0 },	/* due today, actual end past: not yet */
		{ 999, 0, 0, 1 },	/* due yesterday */
		{ 999, 1200, 50, 1 },	/* due yesterday, actual end ahead */
		{ 999, 1200, 100, 0 },	/* due yesterday, at 100 */
		{ 1100, 0, 10, 0 },	/* ahead */
		{ 1100, 1200, 50, 0 },	/* ahead, actual end after it: not yet */
		{ 1100, 1050, 50, 0 },	/* ahead, actual end before it */
		{ 1100, 950, 50, 0 },	/* ahead, actual end past */
		{ 0, 0, 0, 0 },		/* no planned end */
		{ 0, 1200, 50, 0 },	/* no planned end, an actual end */
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof c / sizeof c[0]; i++) {
		struct core_record *r = stage(c[i].end, c[i].actual, c[i].p);

		assert_int_equal(core_stage_overdue(r, today), c[i].overdue);
		assert_int_equal(core_stage_unfinished(r), c[i].p < 100);
		assert_int_equal(core_stage_progress(r), c[i].p < 0 ? 0 : c[i].p);
		core_record_free(r);
	}
}

/* A stage of a rejected need is not overdue: its work will not be done.
 * In every other status, and for a need not found (-1), it is overdue as
 * core_stage_overdue says.  Before, the screens judged the stage alone and
 * listed a rejected need's stages among the late ones for ever. */
static void
test_stage_late(void **state)
{
	const int32_t today = 1000;
	struct core_record *late = stage(900, 0, 40), *ahead = stage(1100, 0, 10);
	struct core_record *done = stage(900, 950, 100);
	int st;

	(void)state;
	for (st = CORE_NEED_IDENTIFIED; st <= CORE_NEED_REJECTED; st++) {
		assert_int_equal(core_stage_late(late, st, today), st != CORE_NEED_REJECTED);
		assert_int_equal(core_stage_late(ahead, st, today), 0);
		assert_int_equal(core_stage_late(done, st, today), 0);
	}
	assert_int_equal(core_stage_late(late, -1, today), 1);
	assert_int_equal(core_stage_late(late, R, today), 0);
	core_record_free(late);
	core_record_free(ahead);
	core_record_free(done);
}

/* A write that gives a done need a stage below 100 percent it did not
 * have: a new one below 100 (empty: 0), or one lowered from 100, or one
 * moved to it from another need; not one below 100 already, not a need
 * that is not done. */
static void
test_stage_reopens(void **state)
{
	struct core_record *full = stage(900, 950, 100), *half = stage(900, 0, 50);
	struct core_record *empty = stage(900, 0, -1), *other = stage(900, 0, 30);

	(void)state;
	assert_int_equal(core_record_set_text(other, CORE_STAGE_NEED, "MRG-11"), 0);
	assert_int_equal(core_stage_reopens(NULL, half, D), 1);
	assert_int_equal(core_stage_reopens(NULL, empty, D), 1);
	assert_int_equal(core_stage_reopens(NULL, full, D), 0);
	assert_int_equal(core_stage_reopens(full, half, D), 1);
	assert_int_equal(core_stage_reopens(half, empty, D), 0);
	assert_int_equal(core_stage_reopens(half, full, D), 0);
	assert_int_equal(core_stage_reopens(other, half, D), 1);
	assert_int_equal(core_stage_reopens(full, half, P), 0);
	assert_int_equal(core_stage_reopens(NULL, half, R), 0);
	core_record_free(full);
	core_record_free(half);
	core_record_free(empty);
	core_record_free(other);
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
		cmocka_unit_test(test_stage_overdue),
		cmocka_unit_test(test_stage_late),
		cmocka_unit_test(test_stage_reopens),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
