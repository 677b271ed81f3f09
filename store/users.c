/*
 * store/users.c — the users table, identity resolution and the policy hook
 * (see store/users.h).
 *
 * The hook lives in struct store (policy, policy_ctx, policy_free in
 * store_int.h); store.c calls store_policy_check at the top of its one
 * record-writing function and in store_setting_set.  The enforcement policy
 * set by store_users_enforce keeps, in its context, a copy of the identity
 * and the last refusal, so the UI can explain it after store_write returns
 * STORE_EACCES.
 */
#include "store/users.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/workflow.h"
#include "store/store_int.h"

int
store_policy_set(struct store *st, store_policy_fn check, void *ctx, void (*ctx_free)(void *ctx))
{
	if (st == NULL)
		return STORE_EINVAL;
	if (st->policy_free != NULL)
		st->policy_free(st->policy_ctx);
	st->policy = check;
	st->policy_ctx = ctx;
	st->policy_free = ctx_free;
	return 0;
}

int
store_policy_check(struct store_txn *t, enum store_action act,
    const struct core_record *old, const struct core_record *new_rec, const char *setting)
{
	struct store *st = t->st;

	if (st->policy == NULL)
		return 0;
	return st->policy(st->policy_ctx, t, act, old, new_rec, setting);
}

int
store_users_get(struct store_txn *t, const char *login, struct core_actor *actor)
{
	struct core_record *u;
	struct store_meta m;
	int rc;

	if (login == NULL || *login == '\0')
		return STORE_EINVAL;
	if ((rc = store_get(t, CORE_USER, login, &u, &m)) != 0)
		return rc;
	if (m.deleted) {	/* a deactivated user is no user */
		core_record_free(u);
		return STORE_ENOTFOUND;
	}
	memset(actor, 0, sizeof *actor);
	actor->role = u->v[CORE_USER_ROLE].set ? (int)u->v[CORE_USER_ROLE].num : -1;
	snprintf(actor->county, sizeof actor->county, "%s", core_record_text(u, CORE_USER_COUNTY));
	core_record_free(u);
	if (core_role_name(actor->role) == NULL)
		return STORE_ECORRUPT;
	return 0;
}

int
store_users_resolve(struct store *st, const char *login, int owner, struct store_identity *id)
{
	struct store_txn *t;
	size_t n = 0;
	int rc;

	memset(id, 0, sizeof *id);
	id->actor.role = -1;
	if (login == NULL || *login == '\0' || strlen(login) >= sizeof id->login)
		return STORE_EINVAL;
	strcpy(id->login, login);
	id->owner = owner != 0;
	if ((rc = store_read_begin(st, &t)) != 0)
		return rc;
	if ((rc = store_count(t, CORE_USER, &n)) != 0)
		goto out;
	id->empty = n == 0;
	rc = store_users_get(t, login, &id->actor);
	if (rc == 0)
		id->listed = 1;
	else if (rc != STORE_ENOTFOUND)
		goto out;
	else {
		/* not a user: never added, or removed (which the refusal
		 * says otherwise) */
		struct store_meta m;

		id->removed = store_exists(t, CORE_USER, login, &m) == 0 && m.deleted;
	}
	rc = 0;
	if (id->owner) {
		/* The database's owner is its admin (SPEC §11). */
		id->actor.role = CORE_ROLE_ADMIN;
		id->actor.county[0] = '\0';
	} else if (!id->listed) {
		id->actor.role = -1;
		rc = STORE_EACCES;
	}
out:
	store_read_end(t);
	return rc;
}

/* ---- record scope ---- */

/* Reads record id of kind k (none named: nothing) into *r (NULL when it is
 * not there, which marks out missing).  Returns 0 or a read error. */
static int
get_named(struct store_txn *t, enum core_kind k, const char *id, struct core_record **r,
    struct core_scope *out)
{
	int rc;

	*r = NULL;
	if (id == NULL || *id == '\0')
		return 0;
	rc = store_get(t, k, id, r, NULL);
	if (rc == STORE_ENOTFOUND) {
		out->missing = 1;
		return 0;
	}
	return rc;
}

static int
add_county_of(struct store_txn *t, enum core_kind k, const char *id, int field,
    struct core_scope *out)
{
	struct core_record *r;
	int rc;

	if ((rc = get_named(t, k, id, &r, out)) != 0 || r == NULL)
		return rc;
	core_scope_add(out, core_record_text(r, field));
	core_record_free(r);
	return 0;
}

/* A need's county, or its unit's for a need stored without one (its unit
 * not there when it came by sync, or an older version's). */
static int
need_scope(struct store_txn *t, const struct core_record *n, struct core_scope *out)
{
	if (n->v[CORE_NEED_COUNTY].set) {
		core_scope_add(out, core_record_text(n, CORE_NEED_COUNTY));
		return 0;
	}
	return add_county_of(t, CORE_UNIT, core_record_text(n, CORE_NEED_UNIT),
	    CORE_UNIT_COUNTY, out);
}

/* The scope of the need id names (a pledge's, a stage's): the need's own,
 * as store_record_scope reads it for the need itself.  Before, a need
 * stored without its county put its pledges and stages in no county,
 * though the need was its unit's. */
static int
add_need_of(struct store_txn *t, const char *id, struct core_scope *out)
{
	struct core_record *n;
	int rc;

	if ((rc = get_named(t, CORE_NEED, id, &n, out)) != 0 || n == NULL)
		return rc;
	rc = need_scope(t, n, out);
	core_record_free(n);
	return rc;
}

static int
pledge_scope(struct store_txn *t, const struct core_record *p, struct core_scope *out)
{
	int rc;

	if ((rc = add_county_of(t, CORE_DONOR, core_record_text(p, CORE_PLEDGE_DONOR),
	    CORE_DONOR_COUNTY, out)) != 0)
		return rc;
	return add_need_of(t, core_record_text(p, CORE_PLEDGE_NEED), out);
}

/* A recognition belongs to the one county all its donors share: none
 * (province-wide) when they are of two or more, or one has no county.  A
 * donor not there (out->missing) leaves it of no county read; with the
 * donors still there of one county at most, of a county not known
 * (out->lost, store_record_scope), theirs its link. */
static int
recognition_scope(struct store_txn *t, const struct core_record *r, struct core_scope *out)
{
	struct core_scope seen;
	char *list, *tok, *save;
	int rc = 0, wide = 0;

	memset(&seen, 0, sizeof seen);
	if ((list = strdup(core_record_text(r, CORE_RECOGNITION_DONORS))) == NULL)
		return STORE_ENOMEM;
	for (tok = strtok_r(list, " ", &save); tok != NULL && rc == 0;
	    tok = strtok_r(NULL, " ", &save)) {
		struct core_scope one;

		memset(&one, 0, sizeof one);
		if ((rc = add_county_of(t, CORE_DONOR, tok, CORE_DONOR_COUNTY, &one)) != 0)
			break;
		if (one.missing)
			out->missing = 1;
		else if (one.n == 0)
			wide = 1;	/* a donor of no county */
		else
			(void)core_scope_add(&seen, one.county[0]);	/* full at 2: enough */
	}
	free(list);
	if (rc != 0)
		return rc;
	if (wide || seen.n > 1)
		return 0;
	if (out->missing) {
		out->lost = 1;
		if (seen.n == 1) {
			snprintf(out->link[0], sizeof out->link[0], "%s", seen.county[0]);
			out->nlink = 1;
		}
		return 0;
	}
	if (seen.n == 1)
		core_scope_add(out, seen.county[0]);
	return 0;
}

static int
scope_of(struct store_txn *t, const struct core_record *r, struct core_scope *out)
{
	struct core_record *p;
	int rc;

	switch (r->kind) {
	case CORE_DONOR:
		core_scope_add(out, core_record_text(r, CORE_DONOR_COUNTY));
		return 0;
	case CORE_GROUP:
		core_scope_add(out, core_record_text(r, CORE_GROUP_COUNTY));
		return 0;
	case CORE_UNIT:
		core_scope_add(out, core_record_text(r, CORE_UNIT_COUNTY));
		return 0;
	case CORE_NEED:
		return need_scope(t, r, out);
	case CORE_PLEDGE:
		return pledge_scope(t, r, out);
	case CORE_PAYMENT:
		rc = store_get(t, CORE_PLEDGE, core_record_text(r, CORE_PAYMENT_PLEDGE), &p, NULL);
		if (rc == STORE_ENOTFOUND)
			out->missing = 1;
		if (rc == STORE_ENOTFOUND || rc == STORE_EINVAL)
			return 0;
		if (rc != 0)
			return rc;
		rc = pledge_scope(t, p, out);
		core_record_free(p);
		return rc;
	case CORE_STAGE:
		return add_need_of(t, core_record_text(r, CORE_STAGE_NEED), out);
	case CORE_RECOGNITION:
		return recognition_scope(t, r, out);
	default:
		return 0;
	}
}

/* Whether code is a county's (the seed table: a station named after its
 * county, TBZ, AHR). */
static int
county_code(const char *code)
{
	const struct core_county *c;

	for (c = core_counties_seed; c->code != NULL; c++)
		if (strcmp(c->code, code) == 0)
			return 1;
	return 0;
}

/* A record of no county read only because one it is read from is lost (a
 * payment's pledge, a stage's need, a need's unit; out->lost): its links
 * left, the county of the station its id was made at, where the station
 * is named after a county (a county's station makes its county's
 * records).  Before, such a record was province-wide to the access rule:
 * every county's clerk read it. */
int
store_record_scope(struct store_txn *t, const struct core_record *r, struct core_scope *out)
{
	char station[CORE_STATION_MAX + 1];
	uint64_t seq;
	int rc;

	memset(out, 0, sizeof *out);
	if ((rc = scope_of(t, r, out)) != 0)
		return rc;
	/* (a ceremony's donors of two counties, one lost: province-wide) */
	if (out->n > 0 || !out->missing || (r->kind == CORE_RECOGNITION && !out->lost))
		return 0;
	out->lost = 1;
	if (core_id_parse(core_record_text(r, 0), station, &seq) == 0 && county_code(station) &&
	    out->nlink < CORE_SCOPE_MAX && (out->nlink == 0 || strcmp(out->link[0], station) != 0))
		snprintf(out->link[out->nlink++], sizeof out->link[0], "%s", station);
	return 0;
}

/* ---- enforcement ---- */

struct guard {
	struct store_identity id;
	struct core_access last;
	size_t txn_seen;	/* the write transaction id.actor was read in */
};

/* The user's role and county as stored now, read again once per write
 * transaction: an account removed or changed by the administrator while
 * the user's session is open (a clerk's program left running all day)
 * takes effect at his next write, not at his next start.  The owner is
 * admin whatever the table says.  Returns 0, STORE_EACCES (removed: g->last
 * says so) or a read error. */
static int
refresh(struct guard *g, struct store_txn *t)
{
	struct core_actor now;
	size_t id;
	int rc;

	if (g->id.owner || t->txn == NULL || (id = mdb_txn_id(t->txn)) == g->txn_seen)
		return 0;
	rc = store_users_get(t, g->id.login, &now);
	if (rc == STORE_ENOTFOUND) {
		memset(&g->last, 0, sizeof g->last);
		g->last.allowed = 0;
		g->last.why = CORE_ACCESS_GONE;
		g->last.roles_ok = 1u << CORE_ROLE_ADMIN;
		return STORE_EACCES;
	}
	if (rc != 0)
		return rc;
	g->id.actor = now;
	g->txn_seen = id;
	return 0;
}

/* A need's status may change only by a step of the workflow that the
 * user's role may take (core/workflow.h), whatever writes it: a form, an
 * import, a verb.  A new need is held to core_workflow_check_new.  A
 * version from another station (store_apply: STORE_ACT_SYNC, or a sync
 * conflict settled, t->remote) is that station's decision: not judged
 * here.  Returns 0, or STORE_EACCES with g->last saying why. */
static int
need_step(struct guard *g, struct store_txn *t, enum core_action act,
    const struct core_record *old, const struct core_record *now)
{
	enum core_wf_why w;
	unsigned roles;
	int from, to;

	if (t->remote || now == NULL || now->kind != CORE_NEED ||
	    (act != CORE_ACCESS_CREATE && act != CORE_ACCESS_UPDATE) ||
	    !now->v[CORE_NEED_STATUS].set)
		return 0;
	to = (int)now->v[CORE_NEED_STATUS].num;
	if (old == NULL) {
		from = -1;
		w = core_workflow_check_new(g->id.actor.role, to);
		roles = core_workflow_roles_new(to);
	} else {
		if (!old->v[CORE_NEED_STATUS].set ||
		    (from = (int)old->v[CORE_NEED_STATUS].num) == to)
			return 0;
		w = core_workflow_check(g->id.actor.role, from, to);
		roles = core_workflow_roles(from, to);
	}
	if (w == CORE_WF_OK)
		return 0;
	memset(&g->last, 0, sizeof g->last);
	g->last.allowed = 0;
	g->last.why = CORE_ACCESS_WORKFLOW;
	g->last.action = act;
	g->last.roles_ok = roles;
	g->last.from = from;
	g->last.to = to;
	return STORE_EACCES;
}

/* An admin may not remove his own user record nor take his own admin role
 * away, whatever writes it (user remove, user add, the users screen's F8 or
 * form): with no other admin at hand he would be locked out of managing the
 * database, and even with one, it is not a step to take by one's own hand.
 * Another admin can.  Returns 0, or STORE_EACCES with g->last saying why. */
static int
self_demote(struct guard *g, enum core_action act, const struct core_record *old,
    const struct core_record *now)
{
	const struct core_record *r = now != NULL ? now : old;

	if (r == NULL || r->kind != CORE_USER || old == NULL ||
	    strcmp(core_record_text(r, CORE_USER_ID), g->id.login) != 0)
		return 0;
	if (act != CORE_ACCESS_DEACTIVATE && (now == NULL ||
	    (now->v[CORE_USER_ROLE].set && now->v[CORE_USER_ROLE].num == CORE_ROLE_ADMIN)))
		return 0;
	memset(&g->last, 0, sizeof g->last);
	g->last.allowed = 0;
	g->last.why = CORE_ACCESS_SELF;
	g->last.action = CORE_ACCESS_USERS;
	g->last.roles_ok = 1u << CORE_ROLE_ADMIN;
	return STORE_EACCES;
}

/* A clerk's record may refer only to records he may read (SPEC §11: he
 * works with his own county's records): a pledge pairing another county's
 * donor with his county's need passes the scope check (a pledge is either
 * county's) but is refused here, as the form (tui/form.c ref_check) and
 * import (foreign_refs) refuse it, so that no other way of writing takes
 * it.  A reference the stored version already held is kept (HQ's pledge
 * of another county's donor to his need: he may still change its
 * amount).  A record referred to that is not here is left to the
 * validation that says so.  Returns 0, STORE_EACCES with g->last naming
 * the field, or a read error. */
static int
foreign_ref(struct guard *g, struct store_txn *t, enum core_action act,
    const struct core_record *old, const struct core_record *now)
{
	const struct core_schema *s;
	struct core_access acc;
	struct core_scope sc;
	struct core_record *r;
	size_t i;
	int rc;

	if (g->id.actor.role != CORE_ROLE_CLERK || now == NULL ||
	    (act != CORE_ACCESS_CREATE && act != CORE_ACCESS_UPDATE) ||
	    (s = core_schema_get(now->kind)) == NULL)
		return 0;
	for (i = 1; i < s->nfields; i++) {
		const char *ref = core_record_text(now, (int)i);

		if (s->fields[i].type != CORE_FT_REF || !now->v[i].set || *ref == '\0')
			continue;
		if (old != NULL && old->v[i].set && strcmp(core_record_text(old, (int)i), ref) == 0)
			continue;
		rc = store_get(t, s->fields[i].ref, ref, &r, NULL);
		if (rc == STORE_ENOTFOUND || rc == STORE_EINVAL)
			continue;
		if (rc != 0)
			return rc;
		rc = store_record_scope(t, r, &sc);
		core_record_free(r);
		if (rc != 0)
			return rc;
		if (core_access_check(&g->id.actor, CORE_ACCESS_READ, &sc, NULL, &acc))
			continue;
		g->last = acc;
		g->last.why = CORE_ACCESS_FOREIGN;
		g->last.action = act;
		g->last.kind = (int)now->kind;
		g->last.field = (int)i;
		snprintf(g->last.ref, sizeof g->last.ref, "%s", ref);
		return STORE_EACCES;
	}
	return 0;
}

static int
decide(struct guard *g, struct store_txn *t, enum core_action act,
    const struct core_record *old, const struct core_record *now)
{
	struct core_scope so, sn;
	int rc;

	if (act == CORE_ACCESS_CREATE || act == CORE_ACCESS_UPDATE ||
	    act == CORE_ACCESS_DEACTIVATE) {
		if ((old != NULL && old->kind == CORE_USER) || (now != NULL && now->kind == CORE_USER)) {
			if (g->id.actor.role == CORE_ROLE_ADMIN &&
			    (rc = self_demote(g, act, old, now)) != 0)
				return rc;
			act = CORE_ACCESS_USERS;
		}
	}
	if (act == CORE_ACCESS_CREATE || act == CORE_ACCESS_UPDATE ||
	    act == CORE_ACCESS_DEACTIVATE) {
		/* hq and admin write every county: no need to look the
		 * counties up (an import of 10^5 pledges stays as fast) */
		if (g->id.actor.role == CORE_ROLE_ADMIN || g->id.actor.role == CORE_ROLE_HQ) {
			memset(&g->last, 0, sizeof g->last);
			g->last.allowed = 1;
			g->last.action = act;
			return need_step(g, t, act, old, now);
		}
		if (old != NULL && (rc = store_record_scope(t, old, &so)) != 0)
			return rc;
		if (now != NULL && act != CORE_ACCESS_DEACTIVATE &&
		    (rc = store_record_scope(t, now, &sn)) != 0)
			return rc;
		if (!core_access_check(&g->id.actor, act, old ? &so : NULL,
		    now && act != CORE_ACCESS_DEACTIVATE ? &sn : NULL, &g->last))
			return STORE_EACCES;
		if ((rc = foreign_ref(g, t, act, old, now)) != 0)
			return rc;
		return need_step(g, t, act, old, now);
	} else {
		core_access_check(&g->id.actor, act, NULL, NULL, &g->last);
	}
	return g->last.allowed ? 0 : STORE_EACCES;
}

static int
enforce(void *ctx, struct store_txn *t, enum store_action act, const struct core_record *old,
    const struct core_record *new_rec, const char *setting)
{
	struct guard *g = ctx;
	size_t n;
	int rc;

	if ((rc = refresh(g, t)) != 0)
		return rc;
	switch (act) {
	case STORE_ACT_CREATE:
		return decide(g, t, CORE_ACCESS_CREATE, NULL, new_rec);
	case STORE_ACT_UPDATE:
		return decide(g, t, CORE_ACCESS_UPDATE, old, new_rec);
	case STORE_ACT_DEACTIVATE:
		return decide(g, t, CORE_ACCESS_DEACTIVATE, old, new_rec);
	case STORE_ACT_SYNC:
		if (new_rec != NULL && new_rec->kind == CORE_USER)
			return decide(g, t, CORE_ACCESS_USERS, old, new_rec);
		return decide(g, t, CORE_ACCESS_SYNC, NULL, NULL);
	case STORE_ACT_SETTING:
		if (setting == NULL)
			return STORE_EINVAL;
		if (strncmp(setting, "rank.", 5) == 0)
			return decide(g, t, CORE_ACCESS_WEIGHTS, NULL, NULL);
		if (strncmp(setting, "sync.", 5) == 0)
			return decide(g, t, CORE_ACCESS_SYNC, NULL, NULL);
		if (strncmp(setting, "county.", 7) == 0 || strncmp(setting, "station.", 8) == 0)
			return decide(g, t, CORE_ACCESS_SETTINGS, NULL, NULL);
		if (strncmp(setting, "user.", 5) == 0) {
			n = strlen(g->id.login);
			if (strncmp(setting + 5, g->id.login, n) == 0 && setting[5 + n] == '.')
				return 0;	/* one's own settings */
			return decide(g, t, CORE_ACCESS_USERS, NULL, NULL);
		}
		if (g->id.actor.role == CORE_ROLE_AUDITOR)
			return decide(g, t, CORE_ACCESS_WEIGHTS, NULL, NULL);
		return 0;
	default:
		return decide(g, t, CORE_ACCESS_USERS, NULL, NULL);
	}
}

int
store_users_enforce(struct store *st, const struct store_identity *id)
{
	struct guard *g;
	int rc;

	if (st == NULL || id == NULL || core_role_name(id->actor.role) == NULL)
		return STORE_EINVAL;
	if ((rc = store_user_set(st, id->login)) != 0)
		return rc;
	if ((g = calloc(1, sizeof *g)) == NULL)
		return STORE_ENOMEM;
	g->id = *id;
	g->last.allowed = 1;
	return store_policy_set(st, enforce, g, free);
}

const struct core_access *
store_users_refusal(const struct store *st)
{
	if (st == NULL || st->policy != enforce)
		return NULL;
	return &((const struct guard *)st->policy_ctx)->last;
}

const struct store_identity *
store_users_identity(const struct store *st)
{
	if (st == NULL || st->policy != enforce)
		return NULL;
	return &((const struct guard *)st->policy_ctx)->id;
}

int
store_users_may(struct store_txn *t, const struct store_identity *id, enum core_action act,
    const struct core_record *r, struct core_access *out)
{
	struct core_scope s;
	int rc;

	if (r != NULL) {
		if ((rc = store_record_scope(t, r, &s)) != 0)
			return rc;
		return core_access_check(&id->actor, act, &s, NULL, out);
	}
	return core_access_check(&id->actor, act, NULL, NULL, out);
}

int
store_users_may_write(struct store_txn *t, const struct store_identity *id,
    const struct core_record *old, const struct core_record *now, struct core_access *out)
{
	struct guard g;
	int rc;

	if (t == NULL || id == NULL || now == NULL || out == NULL)
		return STORE_EINVAL;
	memset(&g, 0, sizeof g);
	g.id = *id;
	g.last.allowed = 1;
	rc = decide(&g, t, old != NULL ? CORE_ACCESS_UPDATE : CORE_ACCESS_CREATE, old, now);
	*out = g.last;
	if (rc == 0)
		return 1;
	return rc == STORE_EACCES ? 0 : rc;
}
