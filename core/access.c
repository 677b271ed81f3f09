/*
 * core/access.c — the access policy of SPEC §11 (see core/access.h for the
 * table).  Pure: no I/O, no store; the caller supplies the record's scope.
 */
#include "core/access.h"

#include <stdio.h>
#include <string.h>

#include "core/record.h"

#define BIT(r) (1u << (r))
#define WRITERS (BIT(CORE_ROLE_ADMIN) | BIT(CORE_ROLE_HQ) | BIT(CORE_ROLE_SUPERVISOR) | \
    BIT(CORE_ROLE_CLERK))
#define PROVINCE (BIT(CORE_ROLE_ADMIN) | BIT(CORE_ROLE_HQ))

static const char *const role_names[] = {
	"admin", "hq", "supervisor", "clerk", "auditor"
};
#define NROLES ((int)(sizeof role_names / sizeof role_names[0]))

int
core_role_from_name(const char *name)
{
	int i;

	if (name == NULL)
		return -1;
	for (i = 0; i < NROLES; i++)
		if (strcmp(name, role_names[i]) == 0)
			return i;
	return -1;
}

const char *
core_role_name(int r)
{
	return r >= 0 && r < NROLES ? role_names[r] : NULL;
}

int
core_scope_add(struct core_scope *s, const char *county)
{
	int i;

	if (county == NULL || *county == '\0')
		return 0;
	for (i = 0; i < s->n; i++)
		if (strcmp(s->county[i], county) == 0)
			return 0;
	if (s->n >= CORE_SCOPE_MAX)
		return CORE_ERANGE;
	snprintf(s->county[s->n], CORE_COUNTY_MAX, "%s", county);
	s->n++;
	return 0;
}

static int
in_scope(const struct core_scope *s, const char *county)
{
	int i;

	for (i = 0; i < s->n; i++)
		if (strcmp(s->county[i], county) == 0)
			return 1;
	return 0;
}

static int
refuse(struct core_access *out, enum core_access_why why, unsigned roles, int same,
    const char *county)
{
	out->allowed = 0;
	out->why = why;
	out->roles_ok = roles;
	out->same_county = same;
	snprintf(out->county, sizeof out->county, "%s", county ? county : "");
	return 0;
}

/* A clerk's or supervisor's write against one scope. */
static int
scope_ok(const struct core_actor *who, const struct core_scope *s, struct core_access *out)
{
	if (s == NULL)
		return 1;
	if (s->n == 0)
		return refuse(out, CORE_ACCESS_PROVINCE, PROVINCE, 0, NULL);
	if (!in_scope(s, who->county))
		return refuse(out, CORE_ACCESS_COUNTY, WRITERS, 1, s->county[0]);
	return 1;
}

int
core_access_check(const struct core_actor *who, enum core_action act,
    const struct core_scope *old, const struct core_scope *now, struct core_access *out)
{
	const struct core_scope *s;
	int role = who->role;

	memset(out, 0, sizeof *out);
	out->action = act;
	out->allowed = 1;
	if (role < 0 || role >= NROLES)
		return refuse(out, CORE_ACCESS_BADROLE, BIT(CORE_ROLE_ADMIN), 0, NULL);
	switch (act) {
	case CORE_ACCESS_READ:
		s = now != NULL ? now : old;
		if (role != CORE_ROLE_CLERK || s == NULL || (s->n == 0 && !s->lost))
			return 1;
		if (who->county[0] == '\0')
			return refuse(out, CORE_ACCESS_NOSCOPE, BIT(CORE_ROLE_ADMIN), 0, NULL);
		if (s->n == 0) {
			/* its county lost with a record it names: a link
			 * left (its id's station) may name his */
			int i;

			for (i = 0; i < s->nlink && i < CORE_SCOPE_MAX; i++)
				if (strcmp(s->link[i], who->county) == 0)
					return 1;
			return refuse(out, CORE_ACCESS_LOST, (1u << NROLES) - 1 - BIT(CORE_ROLE_CLERK),
			    0, NULL);
		}
		if (!in_scope(s, who->county))
			return refuse(out, CORE_ACCESS_COUNTY, (1u << NROLES) - 1, 1,
			    s->county[0]);
		return 1;
	case CORE_ACCESS_AUDIT:
		if (role == CORE_ROLE_CLERK)
			return refuse(out, CORE_ACCESS_ROLE, PROVINCE | BIT(CORE_ROLE_SUPERVISOR) |
			    BIT(CORE_ROLE_AUDITOR), 0, NULL);
		return 1;
	case CORE_ACCESS_WEIGHTS:
	case CORE_ACCESS_SYNC:
	case CORE_ACCESS_SETTINGS:
		if (role != CORE_ROLE_ADMIN && role != CORE_ROLE_HQ)
			return refuse(out, role == CORE_ROLE_AUDITOR ? CORE_ACCESS_READONLY :
			    CORE_ACCESS_ROLE, PROVINCE, 0, NULL);
		return 1;
	case CORE_ACCESS_USERS:
		if (role != CORE_ROLE_ADMIN)
			return refuse(out, role == CORE_ROLE_AUDITOR ? CORE_ACCESS_READONLY :
			    CORE_ACCESS_ROLE, BIT(CORE_ROLE_ADMIN), 0, NULL);
		return 1;
	case CORE_ACCESS_CREATE:
	case CORE_ACCESS_UPDATE:
	case CORE_ACCESS_DEACTIVATE:
		break;
	default:
		return refuse(out, CORE_ACCESS_ROLE, BIT(CORE_ROLE_ADMIN), 0, NULL);
	}
	if (role == CORE_ROLE_ADMIN || role == CORE_ROLE_HQ)
		return 1;
	if (role == CORE_ROLE_AUDITOR) {
		s = old != NULL ? old : now;
		return refuse(out, CORE_ACCESS_READONLY, s != NULL && s->n > 0 ? WRITERS : PROVINCE,
		    s != NULL && s->n > 0, s != NULL && s->n > 0 ? s->county[0] : NULL);
	}
	if (who->county[0] == '\0')
		return refuse(out, CORE_ACCESS_NOSCOPE, BIT(CORE_ROLE_ADMIN), 0, NULL);
	return scope_ok(who, old, out) && scope_ok(who, now, out);
}
