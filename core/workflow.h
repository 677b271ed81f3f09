/*
 * core/workflow.h — the status workflow of a need (SPEC §3).
 *
 * A need moves forward one step at a time:
 *
 *   identified -> assessed -> approved -> in_progress -> done
 *        \            \           \
 *         +------------+-----------+--> rejected
 *
 * Rejection is possible from the first three states only: once work has
 * started (in_progress) a need is finished, not rejected.  done and
 * rejected are final.  Approving (and rejecting, which is the same review
 * decision) is a supervisor's, hq's or admin's act (SPEC §2: "county
 * supervisor: review, approve needs"); the other steps may be taken by any
 * role that writes records (admin, hq, supervisor, clerk).  An auditor
 * changes nothing.
 *
 * A need recorded new at a later status (historical data, an import) is
 * taken to have made the steps from identified to it: it may be recorded
 * so by a role that may take every one of them (core_workflow_check_new),
 * so a clerk records identified or assessed, and a supervisor, hq or admin
 * any status.
 *
 * Pure functions over the CORE_NEED_* status and CORE_ROLE_* role indexes
 * of core/record.h; county scope is checked elsewhere (core/access.h).
 */
#ifndef CORE_WORKFLOW_H
#define CORE_WORKFLOW_H

#include <stdint.h>

struct core_record;

/* Why a status change is refused. */
enum core_wf_why {
	CORE_WF_OK = 0,
	CORE_WF_BADSTATUS,	/* from or to is not a need status */
	CORE_WF_TRANSITION,	/* not a step of the workflow */
	CORE_WF_ROLE		/* the step needs another role (core_workflow_roles) */
};

/* Returns 1 if a need may go from status from to status to (any role), else
 * 0 (also for a status out of range, and for from == to). */
int core_workflow_allowed(int from, int to);

/* Writes into out (room for max entries) the statuses a need in status from
 * may move to, in workflow order (the forward step first, rejected last),
 * and returns their number (0 for a final or invalid status). */
int core_workflow_next(int from, int *out, int max);

/* Returns the mask of roles (bit 1 << CORE_ROLE_x) that may move a need
 * from status from to status to, or 0 if the step is not allowed. */
unsigned core_workflow_roles(int from, int to);

/* Decides whether role may move a need from status from to status to.
 * Returns CORE_WF_OK or the reason of the refusal. */
enum core_wf_why core_workflow_check(int role, int from, int to);

/* Returns the mask of roles that may record a new need at status: those
 * that could bring it there from identified by steps they may take each
 * (identified itself: every role that writes), or 0 for an invalid
 * status. */
unsigned core_workflow_roles_new(int status);

/* Decides whether role may record a new need at status.  Returns
 * CORE_WF_OK, CORE_WF_BADSTATUS or CORE_WF_ROLE. */
enum core_wf_why core_workflow_check_new(int role, int status);

/*
 * A need's execution stages (SPEC §3 stage), judged the same on every
 * screen, in the import and in the store's counts:
 *
 * - a stage's progress left empty is 0 (the schema's default, CORE_FF_ZERO:
 *   the store writes it so);
 * - a stage is complete at 100 percent, unfinished below;
 * - an unfinished stage is overdue when today is past its planned end,
 *   whatever actual end it has (one below 100 percent is not done: an
 *   actual end in the future does not make it late before its planned end,
 *   nor one before its planned end keep it from being late after it).  A
 *   stage finished late (at 100 percent) is not overdue: it is done.
 *   Neither is a stage of a rejected need (core_stage_late).
 */

/* Returns stage r's progress in percent (0 when it has none). */
int64_t core_stage_progress(const struct core_record *r);

/* Returns 1 if stage r is below 100 percent, else 0. */
int core_stage_unfinished(const struct core_record *r);

/* Returns 1 if stage r is overdue on day today (a day number), else 0
 * (also for a stage with no planned end). */
int core_stage_overdue(const struct core_record *r, int32_t today);

/* Returns 1 if stage r, of a need in status need_status, is overdue on day
 * today: core_stage_overdue, unless the need is rejected.  A rejected
 * need's work will not be done: its stages are no longer followed, and a
 * supervisor's overdue stages (the need's screen, the stages' list and its
 * «Overdue only») are those of needs still to be carried out.  A status
 * not known (-1: the need not found) judges the stage alone. */
int core_stage_late(const struct core_record *r, int need_status, int32_t today);

/* Whether writing stage now (old: the same stage as stored, or NULL for a
 * new one) gives its need, in status need_status, an unfinished stage it
 * did not have: 1 when the need is done and now is below 100 percent,
 * unless old was already an unfinished stage of the same need (nothing
 * new said: the need was marked done knowing it).  Else 0. */
int core_stage_reopens(const struct core_record *old, const struct core_record *now,
    int need_status);

#endif
