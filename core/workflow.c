/*
 * core/workflow.c — the need status workflow (see workflow.h): a table of
 * the allowed steps and of the roles that may take each.
 */
#include "core/workflow.h"

#include <string.h>

#include "core/record.h"

#define NSTATUS (CORE_NEED_REJECTED + 1)
#define WRITERS ((1u << CORE_ROLE_ADMIN) | (1u << CORE_ROLE_HQ) | \
    (1u << CORE_ROLE_SUPERVISOR) | (1u << CORE_ROLE_CLERK))
#define REVIEWERS ((1u << CORE_ROLE_ADMIN) | (1u << CORE_ROLE_HQ) | \
    (1u << CORE_ROLE_SUPERVISOR))

/* roles[from][to]: who may take the step, 0 where there is no such step. */
static const unsigned steps[NSTATUS][NSTATUS] = {
	[CORE_NEED_IDENTIFIED] = {
		[CORE_NEED_ASSESSED] = WRITERS,
		[CORE_NEED_REJECTED] = REVIEWERS },
	[CORE_NEED_ASSESSED] = {
		[CORE_NEED_APPROVED] = REVIEWERS,
		[CORE_NEED_REJECTED] = REVIEWERS },
	[CORE_NEED_APPROVED] = {
		[CORE_NEED_IN_PROGRESS] = WRITERS,
		[CORE_NEED_REJECTED] = REVIEWERS },
	[CORE_NEED_IN_PROGRESS] = {
		[CORE_NEED_DONE] = WRITERS },
};

static int
valid(int s)
{
	return s >= 0 && s < NSTATUS;
}

unsigned
core_workflow_roles(int from, int to)
{
	if (!valid(from) || !valid(to))
		return 0;
	return steps[from][to];
}

int
core_workflow_allowed(int from, int to)
{
	return core_workflow_roles(from, to) != 0;
}

int
core_workflow_next(int from, int *out, int max)
{
	int to, n = 0;

	if (!valid(from))
		return 0;
	for (to = 0; to < NSTATUS; to++)
		if (steps[from][to] != 0 && n < max)
			out[n++] = to;
	return n;
}

enum core_wf_why
core_workflow_check(int role, int from, int to)
{
	unsigned roles;

	if (!valid(from) || !valid(to))
		return CORE_WF_BADSTATUS;
	if ((roles = steps[from][to]) == 0)
		return CORE_WF_TRANSITION;
	if (role < 0 || role > CORE_ROLE_AUDITOR || !(roles & (1u << role)))
		return CORE_WF_ROLE;
	return CORE_WF_OK;
}

unsigned
core_workflow_roles_new(int status)
{
	unsigned roles = 0;
	int role, from, to, reach[NSTATUS];

	if (!valid(status))
		return 0;
	/* Steps only go to a later status in the enum's order: one pass. */
	for (role = 0; role <= CORE_ROLE_AUDITOR; role++) {
		if (!(WRITERS & (1u << role)))
			continue;
		for (to = 0; to < NSTATUS; to++)
			reach[to] = to == CORE_NEED_IDENTIFIED;
		for (from = 0; from < NSTATUS; from++)
			for (to = 0; to < NSTATUS; to++)
				if (reach[from] && (steps[from][to] & (1u << role)))
					reach[to] = 1;
		if (reach[status])
			roles |= 1u << role;
	}
	return roles;
}

enum core_wf_why
core_workflow_check_new(int role, int status)
{
	if (!valid(status))
		return CORE_WF_BADSTATUS;
	if (role < 0 || role > CORE_ROLE_AUDITOR || !(core_workflow_roles_new(status) & (1u << role)))
		return CORE_WF_ROLE;
	return CORE_WF_OK;
}

int64_t
core_stage_progress(const struct core_record *r)
{
	return r->v[CORE_STAGE_PROGRESS].set ? r->v[CORE_STAGE_PROGRESS].num : 0;
}

int
core_stage_unfinished(const struct core_record *r)
{
	return core_stage_progress(r) < 100;
}

int
core_stage_overdue(const struct core_record *r, int32_t today)
{
	const struct core_value *end = &r->v[CORE_STAGE_PLANNED_END];

	/* An actual end on a stage below 100 percent does not make it done,
	 * nor late before its planned end has passed. */
	return end->set && core_stage_unfinished(r) && end->num < today;
}

int
core_stage_late(const struct core_record *r, int need_status, int32_t today)
{
	return need_status != CORE_NEED_REJECTED && core_stage_overdue(r, today);
}

int
core_stage_reopens(const struct core_record *old, const struct core_record *now, int need_status)
{
	if (need_status != CORE_NEED_DONE || !core_stage_unfinished(now))
		return 0;
	return old == NULL || !core_stage_unfinished(old) ||
	    strcmp(core_record_text(old, CORE_STAGE_NEED), core_record_text(now, CORE_STAGE_NEED)) != 0;
}
