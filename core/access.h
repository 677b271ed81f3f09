/*
 * core/access.h — who may do what (SPEC §11), as a pure function.
 *
 * The policy knows roles, counties and actions, nothing else: the store
 * works out which counties a record belongs to (its "scope") and asks here.
 *
 *   role        writes records                 weights sync users audit
 *   admin       any county, province-wide      yes     yes  yes   yes
 *   hq          any county, province-wide      yes     yes  no    yes
 *   supervisor  own county only                no      no   no    yes
 *   clerk       own county only                no      no   no    no
 *   auditor     nothing (read-only)            no      no   no    yes
 * (The station's settings — its name, the county table — go with weights.)
 *
 * Everyone who is a user may read every county except a clerk, who reads
 * his own county only (the UI filters; the store does not police reads).
 *
 * A record's scope is the set of counties it belongs to (at most
 * CORE_SCOPE_MAX): a donor, group or unit its county; a need its unit's; a
 * pledge its donor's and its need's (a supervisor of either county may
 * record it; a clerk only one whose donor and need are both his county's,
 * see below); a payment its pledge's; a stage its need's; a recognition the one
 * county all its donors share.  An empty scope is province-wide: only hq and
 * admin write those; every user reads them, but for one empty only
 * because a record it names is lost (core_scope.lost), which a clerk reads
 * only when a surviving link names his county.  An update is checked against both the stored scope and
 * the new one, so nobody moves a record out of or into a county he does not
 * hold.
 *
 * A clerk's write may moreover refer only to records he may read (a
 * pledge to his county's donor and need, not another county's donor with
 * his need), as the forms and import refuse it; a reference the record
 * already held is kept.  The store checks that (store/users.c: it reads
 * the records referred to) and reports CORE_ACCESS_FOREIGN.
 *
 * core_access_check fills a struct core_access with the decision, the
 * reason and who may do it instead (a role mask and the county concerned),
 * so the UI can say so in a sentence; core/ itself makes no sentences.
 */
#ifndef CORE_ACCESS_H
#define CORE_ACCESS_H

#define CORE_COUNTY_MAX 16	/* county code buffer, with NUL */
#define CORE_SCOPE_MAX	2
#define CORE_ACCESS_REF_MAX 32	/* a record id with NUL (CORE_ID_MAX) */

enum core_action {
	CORE_ACCESS_READ,	/* see a record */
	CORE_ACCESS_CREATE,	/* new record */
	CORE_ACCESS_UPDATE,	/* change a record */
	CORE_ACCESS_DEACTIVATE,	/* mark a record inactive */
	CORE_ACCESS_WEIGHTS,	/* ranking weights and matrix */
	CORE_ACCESS_SYNC,	/* import or export bundles, trust keys */
	CORE_ACCESS_USERS,	/* add or change users */
	CORE_ACCESS_AUDIT,	/* read the audit log */
	CORE_ACCESS_SETTINGS	/* the station's settings: its name, the county table */
};

/* Why a request is refused (0: allowed). */
enum core_access_why {
	CORE_ACCESS_OK = 0,
	CORE_ACCESS_READONLY,	/* an auditor asked to write */
	CORE_ACCESS_COUNTY,	/* a county outside the user's scope */
	CORE_ACCESS_PROVINCE,	/* a province-wide record: hq or admin only */
	CORE_ACCESS_NOSCOPE,	/* clerk/supervisor account with no county set */
	CORE_ACCESS_ROLE,	/* the action needs another role (roles_ok) */
	CORE_ACCESS_BADROLE,	/* role out of range */
	CORE_ACCESS_WORKFLOW,	/* a need's status step the user may not take
				   (core/workflow.h; from, to, roles_ok) */
	CORE_ACCESS_SELF,	/* an admin removing himself or taking his own
				   admin role away (store/users.c) */
	CORE_ACCESS_GONE,	/* the user's account was removed while his
				   session was open (store/users.c) */
	CORE_ACCESS_FOREIGN,	/* a clerk's record refers to a record of
				   another county (store/users.c: kind, field,
				   ref, county) */
	CORE_ACCESS_LOST	/* a clerk reading a record whose county
				   cannot be read, a record it names lost
				   (core_scope.lost), no link left to his */
};

/* The user asking: a role (CORE_ROLE_* of core/record.h) and the county
 * scope ("" for none). */
struct core_actor {
	int role;
	char county[CORE_COUNTY_MAX];
};

/* The counties a record belongs to; n == 0 is province-wide.  missing is
 * set (store_record_scope) when a record the county is read from is not
 * there (a donor, need, pledge or unit it names, lost or never received):
 * the record may belong to a county more than the n read, so a list that
 * leaves it out of a county says it does not show every record. */
struct core_scope {
	int n;
	char county[CORE_SCOPE_MAX][CORE_COUNTY_MAX];
	int missing;
	/* lost: n is 0 only because the records the county is read from
	 * are not there (a payment's pledge, a stage's need, lost): not a
	 * province-wide record but one of a county not known.  A clerk reads
	 * it only if his county is among the nlink a surviving link names
	 * (the county of the station its id was made at, a ceremony's
	 * donors still there); before, every county's clerk read it, as
	 * province-wide.  Writes are as for n == 0: hq and admin. */
	int lost;
	int nlink;
	char link[CORE_SCOPE_MAX][CORE_COUNTY_MAX];
};

struct core_access {
	int allowed;			/* 1 or 0 */
	enum core_access_why why;
	enum core_action action;
	unsigned roles_ok;		/* bit 1 << CORE_ROLE_x: roles that may do it */
	int same_county;		/* those roles must hold county (clerk, supervisor) */
	char county[CORE_COUNTY_MAX];	/* the county concerned ("" if none) */
	int from, to;			/* WORKFLOW: the need's stored status (-1 for a
					   new need) and the one asked for; roles_ok 0
					   when no role may (not a step) */
	int kind, field;		/* FOREIGN: the record's kind and the field
					   (enum core_kind, field index) */
	char ref[CORE_ACCESS_REF_MAX];	/* FOREIGN: the id referred to */
};

/* Decides whether who may do act on a record whose stored scope is old and
 * whose new scope is now (either NULL when it does not apply: old for a
 * create, now for a deactivate; both NULL for weights, sync, users, audit).
 * Fills *out and returns 1 if allowed, 0 if not. */
int core_access_check(const struct core_actor *who, enum core_action act,
    const struct core_scope *old, const struct core_scope *now, struct core_access *out);

/* Adds county (a code; NULL or "" ignored) to scope s unless already there
 * or s is full.  Returns 0, or CORE_ERANGE if s was full. */
int core_scope_add(struct core_scope *s, const char *county);

/* Returns the role named name ("admin", "hq", "supervisor", "clerk",
 * "auditor"), or -1. */
int core_role_from_name(const char *name);

/* Returns the identifier of role r ("clerk"), or NULL if out of range. */
const char *core_role_name(int r);

#endif
