/*
 * tests/core/test_access.c — the access policy (core/access.h) against
 * SPEC §11, row by row:
 *   admin (the database owner), hq (all counties, weights, sync),
 *   supervisor (reads all, writes own county), clerk (own county only),
 *   auditor (read-only, audit log).
 * The expectations below are written from that text, not from the code.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "core/access.h"
#include "core/record.h"

static struct core_actor
actor(int role, const char *county)
{
	struct core_actor a;

	memset(&a, 0, sizeof a);
	a.role = role;
	strcpy(a.county, county);
	return a;
}

static struct core_scope
scope(const char *c1, const char *c2)
{
	struct core_scope s;

	memset(&s, 0, sizeof s);
	core_scope_add(&s, c1);
	core_scope_add(&s, c2);
	return s;
}

/* Writes: who may create/update/deactivate a record of Marand (MRD), of
 * Tabriz (TBZ), or a province-wide one. */
static void
test_writes_by_role(void **state)
{
	static const struct {
		int role;
		const char *county;
		int mrd, tbz, province;
	} rows[] = {
		{ CORE_ROLE_ADMIN, "", 1, 1, 1 },
		{ CORE_ROLE_HQ, "", 1, 1, 1 },
		{ CORE_ROLE_HQ, "TBZ", 1, 1, 1 },	/* hq is all counties, whatever its scope */
		{ CORE_ROLE_SUPERVISOR, "MRD", 1, 0, 0 },
		{ CORE_ROLE_CLERK, "MRD", 1, 0, 0 },
		{ CORE_ROLE_CLERK, "TBZ", 0, 1, 0 },
		{ CORE_ROLE_AUDITOR, "", 0, 0, 0 },
		{ CORE_ROLE_AUDITOR, "MRD", 0, 0, 0 },
	};
	static const enum core_action acts[] = { CORE_ACCESS_CREATE, CORE_ACCESS_UPDATE,
		CORE_ACCESS_DEACTIVATE };
	struct core_scope mrd = scope("MRD", NULL), tbz = scope("TBZ", NULL), prov = scope(NULL, NULL);
	struct core_access out;
	size_t i, j;

	(void)state;
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct core_actor a = actor(rows[i].role, rows[i].county);

		for (j = 0; j < 3; j++) {
			const struct core_scope *o1 = acts[j] == CORE_ACCESS_CREATE ? NULL : &mrd;
			const struct core_scope *n1 = acts[j] == CORE_ACCESS_DEACTIVATE ? NULL : &mrd;
			const struct core_scope *o2 = acts[j] == CORE_ACCESS_CREATE ? NULL : &tbz;
			const struct core_scope *n2 = acts[j] == CORE_ACCESS_DEACTIVATE ? NULL : &tbz;
			const struct core_scope *o3 = acts[j] == CORE_ACCESS_CREATE ? NULL : &prov;
			const struct core_scope *n3 = acts[j] == CORE_ACCESS_DEACTIVATE ? NULL : &prov;

			assert_int_equal(core_access_check(&a, acts[j], o1, n1, &out), rows[i].mrd);
			assert_int_equal(out.allowed, rows[i].mrd);
			assert_int_equal(core_access_check(&a, acts[j], o2, n2, &out), rows[i].tbz);
			assert_int_equal(core_access_check(&a, acts[j], o3, n3, &out), rows[i].province);
		}
	}
}

/* The refusal says why and who may do it instead. */
static void
test_refusal_names_who(void **state)
{
	struct core_actor clerk = actor(CORE_ROLE_CLERK, "TBZ");
	struct core_actor aud = actor(CORE_ROLE_AUDITOR, "");
	struct core_scope mrd = scope("MRD", NULL), prov = scope(NULL, NULL);
	struct core_access out;

	(void)state;
	assert_int_equal(core_access_check(&clerk, CORE_ACCESS_CREATE, NULL, &mrd, &out), 0);
	assert_int_equal(out.why, CORE_ACCESS_COUNTY);
	assert_int_equal(out.action, CORE_ACCESS_CREATE);
	assert_string_equal(out.county, "MRD");
	assert_true(out.same_county);
	assert_true(out.roles_ok & (1u << CORE_ROLE_CLERK));
	assert_true(out.roles_ok & (1u << CORE_ROLE_SUPERVISOR));
	assert_true(out.roles_ok & (1u << CORE_ROLE_HQ));
	assert_false(out.roles_ok & (1u << CORE_ROLE_AUDITOR));

	assert_int_equal(core_access_check(&clerk, CORE_ACCESS_CREATE, NULL, &prov, &out), 0);
	assert_int_equal(out.why, CORE_ACCESS_PROVINCE);
	assert_false(out.roles_ok & (1u << CORE_ROLE_CLERK));
	assert_true(out.roles_ok & (1u << CORE_ROLE_HQ));

	assert_int_equal(core_access_check(&aud, CORE_ACCESS_UPDATE, &mrd, &mrd, &out), 0);
	assert_int_equal(out.why, CORE_ACCESS_READONLY);
}

/* Moving a record between counties needs both: a Tabriz clerk can neither
 * take a Marand record into Tabriz nor push a Tabriz record to Marand. */
static void
test_move_between_counties(void **state)
{
	struct core_actor clerk = actor(CORE_ROLE_CLERK, "TBZ");
	struct core_actor hq = actor(CORE_ROLE_HQ, "");
	struct core_scope mrd = scope("MRD", NULL), tbz = scope("TBZ", NULL);
	struct core_access out;

	(void)state;
	assert_int_equal(core_access_check(&clerk, CORE_ACCESS_UPDATE, &mrd, &tbz, &out), 0);
	assert_string_equal(out.county, "MRD");
	assert_int_equal(core_access_check(&clerk, CORE_ACCESS_UPDATE, &tbz, &mrd, &out), 0);
	assert_string_equal(out.county, "MRD");
	assert_int_equal(core_access_check(&clerk, CORE_ACCESS_UPDATE, &tbz, &tbz, &out), 1);
	assert_int_equal(core_access_check(&hq, CORE_ACCESS_UPDATE, &mrd, &tbz, &out), 1);
}

/* A pledge of a Tabriz donor to a Marand need belongs to both counties:
 * the clerk of either may record it, a third county's may not. */
static void
test_two_county_scope(void **state)
{
	struct core_scope both = scope("TBZ", "MRD");
	struct core_actor tbz = actor(CORE_ROLE_CLERK, "TBZ"), mrd = actor(CORE_ROLE_CLERK, "MRD");
	struct core_actor ahr = actor(CORE_ROLE_CLERK, "AHR");
	struct core_access out;

	(void)state;
	assert_int_equal(both.n, 2);
	assert_int_equal(core_access_check(&tbz, CORE_ACCESS_CREATE, NULL, &both, &out), 1);
	assert_int_equal(core_access_check(&mrd, CORE_ACCESS_CREATE, NULL, &both, &out), 1);
	assert_int_equal(core_access_check(&ahr, CORE_ACCESS_CREATE, NULL, &both, &out), 0);
	/* adding the same county twice keeps one; a third is refused */
	assert_int_equal(core_scope_add(&both, "TBZ"), 0);
	assert_int_equal(both.n, 2);
	assert_int_equal(core_scope_add(&both, "AHR"), CORE_ERANGE);
	assert_int_equal(both.n, 2);
}

/* Weights, sync and the station's settings: hq and admin.  Users: admin.
 * Audit log: not clerks. */
static void
test_other_actions(void **state)
{
	static const struct {
		int role;
		int weights, sync, users, audit, settings;
	} rows[] = {
		{ CORE_ROLE_ADMIN, 1, 1, 1, 1, 1 },
		{ CORE_ROLE_HQ, 1, 1, 0, 1, 1 },
		{ CORE_ROLE_SUPERVISOR, 0, 0, 0, 1, 0 },
		{ CORE_ROLE_CLERK, 0, 0, 0, 0, 0 },
		{ CORE_ROLE_AUDITOR, 0, 0, 0, 1, 0 },
	};
	struct core_access out;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof rows / sizeof rows[0]; i++) {
		struct core_actor a = actor(rows[i].role, "MRD");

		assert_int_equal(core_access_check(&a, CORE_ACCESS_WEIGHTS, NULL, NULL, &out), rows[i].weights);
		assert_int_equal(core_access_check(&a, CORE_ACCESS_SYNC, NULL, NULL, &out), rows[i].sync);
		assert_int_equal(core_access_check(&a, CORE_ACCESS_USERS, NULL, NULL, &out), rows[i].users);
		assert_int_equal(core_access_check(&a, CORE_ACCESS_AUDIT, NULL, NULL, &out), rows[i].audit);
		assert_int_equal(core_access_check(&a, CORE_ACCESS_SETTINGS, NULL, NULL, &out), rows[i].settings);
	}
	{
		struct core_actor c = actor(CORE_ROLE_CLERK, "MRD");

		core_access_check(&c, CORE_ACCESS_WEIGHTS, NULL, NULL, &out);
		assert_int_equal(out.why, CORE_ACCESS_ROLE);
		assert_int_equal(out.roles_ok, (1u << CORE_ROLE_ADMIN) | (1u << CORE_ROLE_HQ));
	}
}

/* Reads: everyone reads every county except a clerk (own county only). */
static void
test_reads(void **state)
{
	struct core_scope tbz = scope("TBZ", NULL), prov = scope(NULL, NULL);
	struct core_actor clerk = actor(CORE_ROLE_CLERK, "MRD"), sup = actor(CORE_ROLE_SUPERVISOR, "MRD");
	struct core_actor aud = actor(CORE_ROLE_AUDITOR, "");
	struct core_access out;

	(void)state;
	assert_int_equal(core_access_check(&clerk, CORE_ACCESS_READ, &tbz, NULL, &out), 0);
	assert_int_equal(out.why, CORE_ACCESS_COUNTY);
	assert_int_equal(core_access_check(&clerk, CORE_ACCESS_READ, &prov, NULL, &out), 1);
	assert_int_equal(core_access_check(&sup, CORE_ACCESS_READ, &tbz, NULL, &out), 1);
	assert_int_equal(core_access_check(&aud, CORE_ACCESS_READ, &tbz, NULL, &out), 1);
}

/* A clerk or supervisor without a county writes nothing; a bad role
 * nothing at all. */
static void
test_no_scope_and_bad_role(void **state)
{
	struct core_actor clerk = actor(CORE_ROLE_CLERK, ""), bad = actor(7, "MRD");
	struct core_actor neg = actor(-1, "MRD");
	struct core_scope mrd = scope("MRD", NULL);
	struct core_access out;

	(void)state;
	assert_int_equal(core_access_check(&clerk, CORE_ACCESS_CREATE, NULL, &mrd, &out), 0);
	assert_int_equal(out.why, CORE_ACCESS_NOSCOPE);
	assert_int_equal(core_access_check(&bad, CORE_ACCESS_READ, &mrd, NULL, &out), 0);
	assert_int_equal(out.why, CORE_ACCESS_BADROLE);
	assert_int_equal(core_access_check(&neg, CORE_ACCESS_CREATE, NULL, &mrd, &out), 0);
}

static void
test_role_names(void **state)
{
	(void)state;
	assert_int_equal(core_role_from_name("admin"), CORE_ROLE_ADMIN);
	assert_int_equal(core_role_from_name("hq"), CORE_ROLE_HQ);
	assert_int_equal(core_role_from_name("supervisor"), CORE_ROLE_SUPERVISOR);
	assert_int_equal(core_role_from_name("clerk"), CORE_ROLE_CLERK);
	assert_int_equal(core_role_from_name("auditor"), CORE_ROLE_AUDITOR);
	assert_int_equal(core_role_from_name("root"), -1);
	assert_int_equal(core_role_from_name("Admin"), -1);
	assert_int_equal(core_role_from_name(NULL), -1);
	assert_string_equal(core_role_name(CORE_ROLE_CLERK), "clerk");
	assert_null(core_role_name(5));
	/* the record schema's role choices are the same names in the same order */
	{
		const struct core_schema *s = core_schema_get(CORE_USER);
		int i;

		for (i = 0; i < 5; i++)
			assert_string_equal(s->fields[CORE_USER_ROLE].choices[i], core_role_name(i));
	}
}

/* A scope of no county only because a record it is read from is lost
 * (core_scope.lost): a clerk reads it only where a link left names his
 * county; every other role reads it; writes stay hq's and admin's.
 * Before, it read as province-wide: every county's clerk. */
static void
test_lost_county(void **state)
{
	struct core_actor tbz = actor(CORE_ROLE_CLERK, "TBZ"), ahr = actor(CORE_ROLE_CLERK, "AHR");
	struct core_actor sup = actor(CORE_ROLE_SUPERVISOR, "AHR"), hq = actor(CORE_ROLE_HQ, "");
	struct core_actor aud = actor(CORE_ROLE_AUDITOR, "");
	struct core_scope lost = scope(NULL, NULL), linked = scope(NULL, NULL);
	struct core_access out;

	(void)state;
	lost.missing = lost.lost = 1;
	linked.missing = linked.lost = 1;
	linked.nlink = 1;
	strcpy(linked.link[0], "TBZ");
	assert_int_equal(core_access_check(&tbz, CORE_ACCESS_READ, &lost, NULL, &out), 0);
	assert_int_equal(out.why, CORE_ACCESS_LOST);
	assert_true(out.roles_ok & (1u << CORE_ROLE_SUPERVISOR));
	assert_false(out.roles_ok & (1u << CORE_ROLE_CLERK));
	assert_int_equal(core_access_check(&tbz, CORE_ACCESS_READ, &linked, NULL, &out), 1);
	assert_int_equal(core_access_check(&ahr, CORE_ACCESS_READ, &linked, NULL, &out), 0);
	assert_int_equal(out.why, CORE_ACCESS_LOST);
	assert_int_equal(core_access_check(&sup, CORE_ACCESS_READ, &lost, NULL, &out), 1);
	assert_int_equal(core_access_check(&hq, CORE_ACCESS_READ, &lost, NULL, &out), 1);
	assert_int_equal(core_access_check(&aud, CORE_ACCESS_READ, &lost, NULL, &out), 1);
	/* a province-wide record (missing only, or nothing lost): as before */
	lost.lost = 0;
	assert_int_equal(core_access_check(&tbz, CORE_ACCESS_READ, &lost, NULL, &out), 1);
	/* writes: hq's and admin's, the link's clerk's no more than before */
	assert_int_equal(core_access_check(&tbz, CORE_ACCESS_UPDATE, &linked, &linked, &out), 0);
	assert_int_equal(out.why, CORE_ACCESS_PROVINCE);
	assert_int_equal(core_access_check(&hq, CORE_ACCESS_UPDATE, &linked, &linked, &out), 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_writes_by_role),
		cmocka_unit_test(test_refusal_names_who),
		cmocka_unit_test(test_move_between_counties),
		cmocka_unit_test(test_two_county_scope),
		cmocka_unit_test(test_other_actions),
		cmocka_unit_test(test_reads),
		cmocka_unit_test(test_lost_county),
		cmocka_unit_test(test_no_scope_and_bad_role),
		cmocka_unit_test(test_role_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
