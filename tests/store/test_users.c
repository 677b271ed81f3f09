/*
 * tests/store/test_users.c — the users table and the access policy at the
 * store's write path (store/users.h, SPEC §11).
 *
 * Each test makes a fresh database (station TBZ), records users as its
 * owner, then writes as one of them through store_users_enforce and checks
 * what the store let through: a refused write must leave nothing behind and
 * name the reason.  Also: optimistic concurrency between two handles (two
 * SSH sessions), the audit log's user, and the hook's life cycle.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>
#include <sys/stat.h>

#include "core/access.h"
#include "core/record.h"
#include "store/store.h"
#include "store/users.h"

static char dir[512];
static int dbn;

/* ---- fixtures ---- */

static struct core_record *
rec(enum core_kind k)
{
	struct core_record *r = core_record_new(k);

	assert_non_null(r);
	return r;
}

static void
text(struct core_record *r, int f, const char *s)
{
	assert_int_equal(core_record_set_text(r, f, s), 0);
}

struct put {
	struct core_record *r;
	char id[CORE_ID_MAX];
};

static int
put_fn(struct store_txn *t, void *ctx)
{
	struct put *p = ctx;

	return store_put_new(t, p->r, p->id);
}

/* Writes r as new through st; returns the store code; id into id_out. */
static int
put(struct store *st, struct core_record *r, char *id_out)
{
	struct put p;
	int rc;

	memset(&p, 0, sizeof p);
	p.r = core_record_dup(r);
	assert_non_null(p.r);
	rc = store_write(st, put_fn, &p);
	if (id_out != NULL)
		strcpy(id_out, p.id);
	core_record_free(p.r);
	return rc;
}

static struct core_record *
unit(const char *name, const char *county)
{
	struct core_record *r = rec(CORE_UNIT);

	core_record_set_num(r, CORE_UNIT_KIND, 0);
	text(r, CORE_UNIT_NAME, name);
	text(r, CORE_UNIT_COUNTY, county);
	return r;
}

static struct core_record *
donor(const char *name, const char *county)
{
	struct core_record *r = rec(CORE_DONOR);

	core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
	text(r, CORE_DONOR_NAME, name);
	text(r, CORE_DONOR_COUNTY, county);
	return r;
}

static struct core_record *
need(const char *unit_id, const char *title)
{
	struct core_record *r = rec(CORE_NEED);

	text(r, CORE_NEED_UNIT, unit_id);
	core_record_set_num(r, CORE_NEED_CATEGORY, CORE_PT_EQUIPMENT);
	text(r, CORE_NEED_TITLE, title);
	core_record_set_num(r, CORE_NEED_URGENCY, 4);
	core_record_set_num(r, CORE_NEED_IMPACT, 3);
	core_record_set_num(r, CORE_NEED_IDENTIFIED_ON, 20000);
	core_record_set_num(r, CORE_NEED_STATUS, CORE_NEED_IDENTIFIED);
	return r;
}

static struct core_record *
user(const char *login, int role, const char *county)
{
	struct core_record *r = rec(CORE_USER);

	text(r, CORE_USER_ID, login);
	core_record_set_num(r, CORE_USER_ROLE, role);
	if (county != NULL)
		text(r, CORE_USER_COUNTY, county);
	return r;
}

static int
init_fn(struct store_txn *t, void *ctx)
{
	(void)ctx;
	return store_init(t, "TBZ", "ایستگاه تبریز");
}

static struct store *
open_db(void)
{
	struct store *st;

	assert_int_equal(store_open(dir, STORE_NOSYNC, &st), 0);
	return st;
}

/* Opens the database as login (owner or not), under the policy. */
static struct store *
open_as(const char *login, int owner)
{
	struct store_identity id;
	struct store *st = open_db();

	assert_int_equal(store_users_resolve(st, login, owner, &id), 0);
	assert_int_equal(store_users_enforce(st, &id), 0);
	assert_string_equal(store_user(st), login);
	return st;
}

static size_t
count(enum core_kind k)
{
	struct store *st = open_db();
	struct store_txn *t;
	size_t n = 0;

	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_count(t, k, &n), 0);
	store_read_end(t);
	store_close(st);
	return n;
}

/* A new database with users: owner "owner"; clerks ali (Marand), reza
 * (Tabriz); hq1; auditor aud; supervisor sara (Marand). */
static int
setup(void **state)
{
	struct store *st;
	struct core_record *u;

	(void)state;
	snprintf(dir, sizeof dir, "%s/users-%ld-%d", getenv("HAMYAR_TEST_TMP") ?
	    getenv("HAMYAR_TEST_TMP") : "/tmp", (long)getpid(), dbn++);
	assert_int_equal(store_open(dir, STORE_CREATE | STORE_NOSYNC, &st), 0);
	assert_int_equal(store_write(st, init_fn, NULL), 0);
	store_close(st);
	st = open_as("owner", 1);
	u = user("ali", CORE_ROLE_CLERK, "MRD");
	assert_int_equal(put(st, u, NULL), 0);
	core_record_free(u);
	u = user("reza", CORE_ROLE_CLERK, "TBZ");
	assert_int_equal(put(st, u, NULL), 0);
	core_record_free(u);
	u = user("hq1", CORE_ROLE_HQ, NULL);
	assert_int_equal(put(st, u, NULL), 0);
	core_record_free(u);
	u = user("aud", CORE_ROLE_AUDITOR, NULL);
	assert_int_equal(put(st, u, NULL), 0);
	core_record_free(u);
	u = user("sara", CORE_ROLE_SUPERVISOR, "MRD");
	assert_int_equal(put(st, u, NULL), 0);
	core_record_free(u);
	store_close(st);
	return 0;
}

static int
teardown(void **state)
{
	char cmd[600];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd) == 0 ? 0 : -1;
}

/* ---- tests ---- */

/* No users yet: only the owner gets in, as admin. */
static void
test_empty_table(void **state)
{
	struct store_identity id;
	struct store *st;
	char d2[600];

	(void)state;
	snprintf(d2, sizeof d2, "%s-empty", dir);
	assert_int_equal(store_open(d2, STORE_CREATE | STORE_NOSYNC, &st), 0);
	assert_int_equal(store_write(st, init_fn, NULL), 0);
	assert_int_equal(store_users_resolve(st, "ali", 0, &id), STORE_EACCES);
	assert_true(id.empty);
	assert_int_equal(id.actor.role, -1);
	assert_int_equal(store_users_enforce(st, &id), STORE_EINVAL);	/* refused stays refused */
	assert_int_equal(store_users_resolve(st, "owner", 1, &id), 0);
	assert_int_equal(id.actor.role, CORE_ROLE_ADMIN);
	assert_false(id.listed);
	store_close(st);
	snprintf(d2, sizeof d2, "rm -rf '%s-empty'", dir);
	assert_int_equal(system(d2), 0);
}

/* With users: a stranger is refused; the listed get their role. */
static void
test_resolve(void **state)
{
	struct store_identity id;
	struct store *st = open_db();

	(void)state;
	assert_int_equal(store_users_resolve(st, "mallory", 0, &id), STORE_EACCES);
	assert_false(id.empty);
	assert_int_equal(store_users_resolve(st, "ali", 0, &id), 0);
	assert_int_equal(id.actor.role, CORE_ROLE_CLERK);
	assert_string_equal(id.actor.county, "MRD");
	assert_true(id.listed);
	assert_int_equal(store_users_resolve(st, "hq1", 0, &id), 0);
	assert_int_equal(id.actor.role, CORE_ROLE_HQ);
	/* the owner is admin even when not in the table */
	assert_int_equal(store_users_resolve(st, "owner", 1, &id), 0);
	assert_int_equal(id.actor.role, CORE_ROLE_ADMIN);
	/* ... and being named like an admin is not being the owner */
	assert_int_equal(store_users_resolve(st, "owner", 0, &id), STORE_EACCES);
	assert_int_equal(store_users_resolve(st, "", 0, &id), STORE_EINVAL);
	store_close(st);
}

/* A Marand clerk records in Marand; Tabriz is refused with the county
 * named, and nothing of the refused write is kept. */
static void
test_clerk_county(void **state)
{
	struct store *ali = open_as("ali", 0), *hq;
	struct core_record *u1 = unit("کلانتری ۱۱ مرند", "MRD"), *u2 = unit("پاسگاه‌ باسمنج", "TBZ");
	struct core_record *n;
	const struct core_access *a;
	char mrd_id[CORE_ID_MAX], tbz_id[CORE_ID_MAX];

	(void)state;
	assert_int_equal(put(ali, u1, mrd_id), 0);
	assert_int_equal(put(ali, u2, NULL), STORE_EACCES);
	a = store_users_refusal(ali);
	assert_non_null(a);
	assert_false(a->allowed);
	assert_int_equal(a->why, CORE_ACCESS_COUNTY);
	assert_int_equal(a->action, CORE_ACCESS_CREATE);
	assert_string_equal(a->county, "TBZ");
	assert_int_equal(count(CORE_UNIT), 1);

	/* HQ makes the Tabriz unit; a need there is Tabriz's (its unit's
	 * county), so the Marand clerk may not add one, but may in Marand. */
	hq = open_as("hq1", 0);
	assert_int_equal(put(hq, u2, tbz_id), 0);
	n = need(tbz_id, "دوربین مداربسته");
	assert_int_equal(put(ali, n, NULL), STORE_EACCES);
	assert_string_equal(store_users_refusal(ali)->county, "TBZ");
	core_record_free(n);
	n = need(mrd_id, "خودروی گشت");
	assert_int_equal(put(ali, n, NULL), 0);
	core_record_free(n);
	assert_int_equal(count(CORE_NEED), 1);
	store_close(hq);
	store_close(ali);
	core_record_free(u1);
	core_record_free(u2);
}

struct upd {
	enum core_kind k;
	const char *id;
	int field;
	const char *value;
	uint64_t rev;		/* 0: read it first */
	int deactivate;
};

static int
upd_fn(struct store_txn *t, void *ctx)
{
	struct upd *u = ctx;
	struct core_record *r;
	struct store_meta m;
	int rc;

	if ((rc = store_get(t, u->k, u->id, &r, &m)) != 0)
		return rc;
	if (u->deactivate)
		rc = store_deactivate(t, u->k, u->id, u->rev ? u->rev : m.rev);
	else if ((rc = core_record_set_text(r, u->field, u->value)) == 0)
		rc = store_update(t, r, u->rev ? u->rev : m.rev);
	core_record_free(r);
	return rc;
}

/* Updates and deactivations: a clerk can neither change, move nor retire
 * another county's record, nor move his own out of his county. */
static void
test_clerk_update(void **state)
{
	struct store *hq = open_as("hq1", 0), *ali;
	struct core_record *u1 = unit("کلانتری مرند", "MRD"), *u2 = unit("کلانتری تبریز", "TBZ");
	char m[CORE_ID_MAX], t[CORE_ID_MAX];
	struct upd u;

	(void)state;
	assert_int_equal(put(hq, u1, m), 0);
	assert_int_equal(put(hq, u2, t), 0);
	store_close(hq);
	ali = open_as("ali", 0);
	memset(&u, 0, sizeof u);
	u.k = CORE_UNIT;
	u.id = m;
	u.field = CORE_UNIT_ADDRESS;
	u.value = "خیابان امام، کوچهٔ ۳";
	assert_int_equal(store_write(ali, upd_fn, &u), 0);
	u.id = t;
	assert_int_equal(store_write(ali, upd_fn, &u), STORE_EACCES);
	assert_int_equal(store_users_refusal(ali)->action, CORE_ACCESS_UPDATE);
	u.id = m;
	u.field = CORE_UNIT_COUNTY;
	u.value = "TBZ";	/* moving his own unit to Tabriz */
	assert_int_equal(store_write(ali, upd_fn, &u), STORE_EACCES);
	assert_string_equal(store_users_refusal(ali)->county, "TBZ");
	u.id = t;
	u.value = "MRD";	/* taking Tabriz's unit */
	assert_int_equal(store_write(ali, upd_fn, &u), STORE_EACCES);
	u.deactivate = 1;
	assert_int_equal(store_write(ali, upd_fn, &u), STORE_EACCES);
	assert_int_equal(store_users_refusal(ali)->action, CORE_ACCESS_DEACTIVATE);
	u.id = m;
	assert_int_equal(store_write(ali, upd_fn, &u), 0);
	store_close(ali);
	/* the Tabriz unit is unchanged */
	{
		struct store *st = open_db();
		struct store_txn *tx;
		struct core_record *r;
		struct store_meta meta;

		assert_int_equal(store_read_begin(st, &tx), 0);
		assert_int_equal(store_get(tx, CORE_UNIT, t, &r, &meta), 0);
		assert_int_equal(meta.rev, 1);
		assert_string_equal(core_record_text(r, CORE_UNIT_COUNTY), "TBZ");
		assert_int_equal(r->v[CORE_UNIT_ACTIVE].num, 1);
		core_record_free(r);
		store_read_end(tx);
		store_close(st);
	}
	core_record_free(u1);
	core_record_free(u2);
}

/* A pledge belongs to its donor's and its need's counties; a payment to its
 * pledge's.  A supervisor of either county may pair them; a clerk's write
 * may refer only to his own county's records (the form's and import's
 * rule): a Tabriz donor with a Marand need is refused to the clerks of
 * both, naming the field, but a reference the pledge already held is kept
 * when he changes its amount, and his payment on it is taken. */
static void
test_pledge_scope(void **state)
{
	struct store *hq = open_as("hq1", 0), *ali, *reza, *sara;
	struct core_record *d = donor("مهدی رضایی‌نژاد", "TBZ"), *u = unit("کلانتری مرند", "MRD");
	struct core_record *dm = donor("زهرا كريمي", "MRD"), *gt = rec(CORE_GROUP);
	struct core_record *n, *p, *pay;
	char did[CORE_ID_MAX], uid[CORE_ID_MAX], nid[CORE_ID_MAX], pid[CORE_ID_MAX];
	char dmid[CORE_ID_MAX], gid[CORE_ID_MAX];
	const struct core_access *a;
	struct upd up;

	(void)state;
	assert_int_equal(put(hq, d, did), 0);
	assert_int_equal(put(hq, u, uid), 0);
	assert_int_equal(put(hq, dm, dmid), 0);
	core_record_set_num(gt, CORE_GROUP_KIND, 0);
	text(gt, CORE_GROUP_NAME, "هیئت امنای مسجد جامع تبریز");
	text(gt, CORE_GROUP_COUNTY, "TBZ");
	assert_int_equal(put(hq, gt, gid), 0);
	n = need(uid, "تجهیزات اتاق مخابرات");
	assert_int_equal(put(hq, n, nid), 0);
	store_close(hq);

	p = rec(CORE_PLEDGE);
	text(p, CORE_PLEDGE_DONOR, did);
	text(p, CORE_PLEDGE_NEED, nid);
	core_record_set_num(p, CORE_PLEDGE_TYPE, CORE_PT_EQUIPMENT);
	core_record_set_num(p, CORE_PLEDGE_AMOUNT, 50000000);
	core_record_set_num(p, CORE_PLEDGE_PLEDGED_ON, 20010);
	core_record_set_num(p, CORE_PLEDGE_STATUS, CORE_PLEDGE_PLEDGED);
	ali = open_as("ali", 0);	/* Marand: the need's county */
	reza = open_as("reza", 0);	/* Tabriz: the donor's county */
	sara = open_as("sara", 0);	/* supervisor, Marand */
	assert_int_equal(put(ali, p, NULL), STORE_EACCES);
	a = store_users_refusal(ali);
	assert_int_equal(a->why, CORE_ACCESS_FOREIGN);
	assert_int_equal(a->action, CORE_ACCESS_CREATE);
	assert_int_equal(a->kind, CORE_PLEDGE);
	assert_int_equal(a->field, CORE_PLEDGE_DONOR);
	assert_string_equal(a->ref, did);
	assert_string_equal(a->county, "TBZ");
	assert_int_equal(put(reza, p, NULL), STORE_EACCES);
	a = store_users_refusal(reza);
	assert_int_equal(a->why, CORE_ACCESS_FOREIGN);
	assert_int_equal(a->field, CORE_PLEDGE_NEED);
	assert_string_equal(a->ref, nid);
	assert_string_equal(a->county, "MRD");
	assert_int_equal(count(CORE_PLEDGE), 0);
	assert_int_equal(put(sara, p, pid), 0);
	pay = rec(CORE_PAYMENT);
	text(pay, CORE_PAYMENT_PLEDGE, pid);
	core_record_set_num(pay, CORE_PAYMENT_PAID_ON, 20020);
	core_record_set_num(pay, CORE_PAYMENT_AMOUNT, 1000000);
	assert_int_equal(put(reza, pay, NULL), 0);
	/* the supervisor's pledge, its references unchanged: the clerk may
	 * change what it gives, but not give it another Tabriz donor */
	memset(&up, 0, sizeof up);
	up.k = CORE_PLEDGE;
	up.id = pid;
	up.field = CORE_PLEDGE_IN_KIND;
	up.value = "۲ دستگاه بی‌سیم Motorola";
	assert_int_equal(store_write(ali, upd_fn, &up), 0);
	up.field = CORE_PLEDGE_DONOR;
	up.value = dmid;	/* his county's donor instead: both his county's */
	assert_int_equal(store_write(ali, upd_fn, &up), 0);
	up.value = did;		/* and back: the Tabriz donor is not his to add */
	assert_int_equal(store_write(ali, upd_fn, &up), STORE_EACCES);
	assert_int_equal(store_users_refusal(ali)->why, CORE_ACCESS_FOREIGN);
	assert_int_equal(store_users_refusal(ali)->action, CORE_ACCESS_UPDATE);
	/* his county's donor and need: taken */
	text(p, CORE_PLEDGE_DONOR, dmid);
	assert_int_equal(put(ali, p, NULL), 0);
	/* a donor of his county introduced by a Tabriz group: refused */
	text(dm, CORE_DONOR_NAME, "علی‌اصغر محمدی");
	text(dm, CORE_DONOR_INTRODUCED_BY, gid);
	assert_int_equal(put(ali, dm, NULL), STORE_EACCES);
	assert_int_equal(store_users_refusal(ali)->field, CORE_DONOR_INTRODUCED_BY);
	assert_int_equal(put(sara, dm, NULL), 0);
	store_close(reza);
	store_close(ali);
	/* A pledge of the Tabriz donor with no need is Tabriz's only. */
	text(p, CORE_PLEDGE_DONOR, did);
	core_record_unset(p, CORE_PLEDGE_NEED);
	assert_int_equal(put(sara, p, NULL), STORE_EACCES);
	assert_string_equal(store_users_refusal(sara)->county, "TBZ");
	store_close(sara);
	assert_int_equal(count(CORE_PLEDGE), 2);
	assert_int_equal(count(CORE_PAYMENT), 1);
	assert_int_equal(count(CORE_DONOR), 3);
	core_record_free(d);
	core_record_free(dm);
	core_record_free(gt);
	core_record_free(u);
	core_record_free(n);
	core_record_free(p);
	core_record_free(pay);
}

struct setting {
	const char *name, *value;
};

static int
setting_fn(struct store_txn *t, void *ctx)
{
	struct setting *s = ctx;

	return store_setting_set(t, s->name, s->value, strlen(s->value));
}

static int
setting_del_fn(struct store_txn *t, void *ctx)
{
	return store_setting_del(t, ctx);
}

/* Weights and sync settings: hq and admin; one's own settings: anyone;
 * another user's: admin. */
static void
test_settings(void **state)
{
	struct store *ali = open_as("ali", 0), *hq = open_as("hq1", 0), *own = open_as("owner", 1);
	struct setting w = { "rank.weights", "0.3 0.2 0.1 0.2 0.1 0.1" };
	struct setting sy = { "sync.trust.HQ", "abcd" };
	struct setting mine = { "user.ali.bidi", "terminal" };
	struct setting theirs = { "user.reza.bidi", "app" };
	struct setting prefix = { "user.alice.bidi", "app" };	/* "ali" is a prefix of "alice" */

	(void)state;
	assert_int_equal(store_write(ali, setting_fn, &w), STORE_EACCES);
	assert_int_equal(store_users_refusal(ali)->action, CORE_ACCESS_WEIGHTS);
	assert_int_equal(store_write(ali, setting_fn, &sy), STORE_EACCES);
	assert_int_equal(store_users_refusal(ali)->action, CORE_ACCESS_SYNC);
	assert_int_equal(store_write(ali, setting_fn, &mine), 0);
	assert_int_equal(store_write(ali, setting_fn, &theirs), STORE_EACCES);
	assert_int_equal(store_write(ali, setting_fn, &prefix), STORE_EACCES);
	assert_int_equal(store_write(hq, setting_fn, &w), 0);
	assert_int_equal(store_write(hq, setting_fn, &sy), 0);
	assert_int_equal(store_write(hq, setting_fn, &theirs), STORE_EACCES);
	assert_int_equal(store_write(own, setting_fn, &theirs), 0);
	assert_int_equal(store_write(ali, setting_del_fn, (void *)"rank.weights"), STORE_EACCES);
	assert_int_equal(store_write(ali, setting_del_fn, (void *)"user.reza.bidi"), STORE_EACCES);
	assert_int_equal(store_write(ali, setting_del_fn, (void *)"user.ali.bidi"), 0);
	assert_int_equal(store_write(hq, setting_del_fn, (void *)"rank.weights"), 0);
	{
		struct setting cn = { "county.MRD", "مرند\tMarand" };

		assert_int_equal(store_write(ali, setting_fn, &cn), STORE_EACCES);
		assert_int_equal(store_users_refusal(ali)->action, CORE_ACCESS_SETTINGS);
		assert_int_equal(store_write(hq, setting_fn, &cn), 0);
	}
	store_close(ali);
	store_close(hq);
	store_close(own);
}

/* Users: only the admin adds or changes them; a clerk cannot raise his own
 * role. */
static void
test_users_admin(void **state)
{
	struct store *ali = open_as("ali", 0), *hq = open_as("hq1", 0), *own = open_as("owner", 1);
	struct core_record *me = user("ali", CORE_ROLE_HQ, NULL), *nu = user("nima", CORE_ROLE_CLERK, "AHR");
	struct store_identity id;
	struct upd u;

	(void)state;
	memset(&u, 0, sizeof u);
	u.k = CORE_USER;
	u.id = "ali";
	u.field = CORE_USER_COUNTY;
	u.value = "TBZ";
	assert_int_equal(store_write(ali, upd_fn, &u), STORE_EACCES);
	assert_int_equal(store_users_refusal(ali)->action, CORE_ACCESS_USERS);
	assert_int_equal(put(ali, nu, NULL), STORE_EACCES);
	assert_int_equal(put(hq, nu, NULL), STORE_EACCES);
	assert_int_equal(put(own, nu, NULL), 0);
	assert_int_equal(store_write(own, upd_fn, &u), 0);	/* the admin moves ali */
	store_close(ali);
	store_close(hq);
	store_close(own);
	ali = open_db();
	assert_int_equal(store_users_resolve(ali, "ali", 0, &id), 0);
	assert_int_equal(id.actor.role, CORE_ROLE_CLERK);
	assert_string_equal(id.actor.county, "TBZ");
	store_close(ali);
	/* A deactivated user is refused like a stranger. */
	own = open_as("owner", 1);
	u.deactivate = 1;
	assert_int_equal(store_write(own, upd_fn, &u), 0);
	store_close(own);
	ali = open_db();
	assert_int_equal(store_users_resolve(ali, "ali", 0, &id), STORE_EACCES);
	store_close(ali);
	core_record_free(me);
	core_record_free(nu);
}

/* Auditors write nothing. */
static void
test_auditor(void **state)
{
	struct store *aud = open_as("aud", 0);
	struct core_record *u = unit("پاسگاه مرند", "MRD");
	struct setting w = { "rank.weights", "1" };

	(void)state;
	assert_int_equal(put(aud, u, NULL), STORE_EACCES);
	assert_int_equal(store_users_refusal(aud)->why, CORE_ACCESS_READONLY);
	assert_int_equal(store_write(aud, setting_fn, &w), STORE_EACCES);
	assert_int_equal(count(CORE_UNIT), 0);
	store_close(aud);
	core_record_free(u);
}

static int
draft_fn(struct store_txn *t, void *ctx)
{
	(void)ctx;
	return store_draft_put(t, store_user(store_txn_store(t)), "donor", "x", 1);
}

static int
writable_fn(struct store_txn *t, void *ctx)
{
	*(int *)ctx = store_txn_writable(t);
	return 0;
}

static size_t
audit_entries(void)
{
	struct store *st = open_db();
	struct store_txn *t;
	struct store_iter *it;
	struct store_audit a;
	size_t n = 0;

	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_audit_iter(t, NULL, 0, &it), 0);
	while (store_audit_next(it, &a) == 0) {
		store_audit_done(&a);
		n++;
	}
	store_iter_free(it);
	store_read_end(t);
	store_close(st);
	return n;
}

/* An auditor's store opened with STORE_OWN_SETTINGS (the full-screen
 * program): his own display settings are saved; every other write is
 * refused by the store itself, with or without the policy. */
static void
test_auditor_own_settings(void **state)
{
	static const char *const refused[] = {
		"user.reza.bidi", "user.audit.digits", "user.au.digits", "user.aud.x.digits",
		"user.aud.", "rank.weights", "station.name", "sync.trust.HQ", "county.MRD",
		"import.units.abc",
	};
	struct core_record *u = unit("پاسگاه مرند", "MRD");
	struct setting mine = { "user.aud.digits", "ascii" };
	struct setting w = { "rank.weights", "0.3 0.2 0.1 0.2 0.1 0.1" };
	struct store_identity id;
	struct store *st;
	struct store_txn *t;
	size_t before = audit_entries(), i;
	char *v = NULL;
	int pass, writable = -1;

	(void)state;
	{
		char fresh[600];
		struct stat sb;

		snprintf(fresh, sizeof fresh, "%s-new", dir);
		assert_int_equal(store_open(fresh, STORE_OWN_SETTINGS | STORE_CREATE, &st), STORE_EINVAL);
		assert_int_not_equal(stat(fresh, &sb), 0);	/* nothing made */
	}
	for (pass = 0; pass < 2; pass++) {
		assert_int_equal(store_open(dir, STORE_OWN_SETTINGS | STORE_NOSYNC, &st), 0);
		if (pass == 0) {
			/* the store alone: no policy to refuse anything */
			assert_int_equal(store_user_set(st, "aud"), 0);
		} else {
			assert_int_equal(store_users_resolve(st, "aud", 0, &id), 0);
			assert_int_equal(store_users_enforce(st, &id), 0);
		}
		assert_int_equal(store_write(st, setting_fn, &mine), 0);
		assert_int_equal(store_write(st, writable_fn, &writable), 0);
		assert_int_equal(writable, 0);
		for (i = 0; i < sizeof refused / sizeof refused[0]; i++) {
			struct setting x = { refused[i], "1" };

			assert_int_equal(store_write(st, setting_fn, &x), STORE_ERDONLY);
			assert_int_equal(store_write(st, setting_del_fn, (void *)refused[i]), STORE_ERDONLY);
		}
		assert_int_equal(store_write(st, setting_fn, &w), STORE_ERDONLY);
		assert_int_equal(put(st, u, NULL), STORE_ERDONLY);
		assert_int_equal(store_write(st, draft_fn, NULL), STORE_ERDONLY);
		store_close(st);
	}
	/* kept, for his next start; nothing else written, nothing audited */
	st = open_db();
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_setting_get(t, "user.aud.digits", &v, NULL), 0);
	assert_string_equal(v, "ascii");
	free(v);
	assert_int_equal(store_setting_get(t, "user.reza.bidi", &v, NULL), STORE_ENOTFOUND);
	assert_int_equal(store_setting_get(t, "rank.weights", &v, NULL), STORE_ENOTFOUND);
	store_read_end(t);
	store_close(st);
	assert_int_equal(count(CORE_UNIT), 0);
	assert_int_equal(audit_entries(), before);
	/* and taken back the same way */
	assert_int_equal(store_open(dir, STORE_OWN_SETTINGS | STORE_NOSYNC, &st), 0);
	assert_int_equal(store_user_set(st, "aud"), 0);
	assert_int_equal(store_write(st, setting_del_fn, (void *)"user.aud.digits"), 0);
	store_close(st);
	core_record_free(u);
}

struct apply {
	struct core_record *r;
	struct store_meta m;
};

static int
apply_fn(struct store_txn *t, void *ctx)
{
	struct apply *a = ctx;

	return store_apply(t, a->r, &a->m);
}

/* Sync import applies records through store_apply: hq and admin only. */
static void
test_sync_apply(void **state)
{
	struct store *ali = open_as("ali", 0), *hq = open_as("hq1", 0);
	struct apply a;

	(void)state;
	memset(&a, 0, sizeof a);
	a.r = unit("کلانتری اهر", "AHR");
	text(a.r, CORE_UNIT_ID, "AHR-7");
	a.m.rev = 1;
	a.m.version.hlc = (uint64_t)1 << 40;
	strcpy(a.m.version.origin, "AHR");
	assert_int_equal(store_write(ali, apply_fn, &a), STORE_EACCES);
	assert_int_equal(store_users_refusal(ali)->action, CORE_ACCESS_SYNC);
	assert_int_equal(count(CORE_UNIT), 0);
	assert_int_equal(store_write(hq, apply_fn, &a), 0);
	assert_int_equal(count(CORE_UNIT), 1);
	store_close(ali);
	store_close(hq);
	core_record_free(a.r);
}

/* ---- a need's status workflow and a pledge's status ---- */

#define REVIEWERS ((1u << CORE_ROLE_ADMIN) | (1u << CORE_ROLE_HQ) | (1u << CORE_ROLE_SUPERVISOR))

struct num_upd {
	enum core_kind k;
	const char *id;
	int field;
	int64_t value;
};

static int
num_upd_fn(struct store_txn *t, void *ctx)
{
	struct num_upd *u = ctx;
	struct core_record *r;
	struct store_meta m;
	int rc;

	if ((rc = store_get(t, u->k, u->id, &r, &m)) != 0)
		return rc;
	core_record_set_num(r, u->field, u->value);
	rc = store_update(t, r, m.rev);
	core_record_free(r);
	return rc;
}

/* Sets numeric field of record id through st; returns the store code. */
static int
set_num(struct store *st, enum core_kind k, const char *id, int field, int64_t value)
{
	struct num_upd u = { k, id, field, value };

	return store_write(st, num_upd_fn, &u);
}

/* The stored value of numeric field of record id (-1 if unset), and its
 * revision into *rev if not NULL. */
static int64_t
stored_num(enum core_kind k, const char *id, int field, uint64_t *rev)
{
	struct store *st = open_db();
	struct store_txn *t;
	struct core_record *r;
	struct store_meta m;
	int64_t v;

	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_get(t, k, id, &r, &m), 0);
	v = r->v[field].set ? r->v[field].num : -1;
	if (rev != NULL)
		*rev = m.rev;
	core_record_free(r);
	store_read_end(t);
	store_close(st);
	return v;
}

/* A need's status moves by the workflow's steps whatever writes it: a
 * clerk neither approves, nor skips a step, nor records a need already
 * approved; a supervisor approves; the admin records history at any
 * status but does not skip a step either; a version from another station
 * is not judged again. */
static void
test_need_workflow(void **state)
{
	struct store *hq = open_as("hq1", 0), *ali, *sara, *own;
	struct core_record *u = unit("کلانتری مرند", "MRD"), *n;
	const struct core_access *a;
	char uid[CORE_ID_MAX], nid[CORE_ID_MAX], old_id[CORE_ID_MAX];
	uint64_t rev, rev2;
	struct apply ap;

	(void)state;
	assert_int_equal(put(hq, u, uid), 0);
	ali = open_as("ali", 0);
	n = need(uid, "خودروی گشت");
	assert_int_equal(put(ali, n, nid), 0);		/* identified */
	core_record_set_num(n, CORE_NEED_STATUS, CORE_NEED_APPROVED);
	assert_int_equal(put(ali, n, NULL), STORE_EACCES);
	a = store_users_refusal(ali);
	assert_int_equal(a->why, CORE_ACCESS_WORKFLOW);
	assert_int_equal(a->action, CORE_ACCESS_CREATE);
	assert_int_equal(a->from, -1);
	assert_int_equal(a->to, CORE_NEED_APPROVED);
	assert_int_equal(a->roles_ok, REVIEWERS);
	assert_int_equal(count(CORE_NEED), 1);
	core_record_set_num(n, CORE_NEED_STATUS, CORE_NEED_ASSESSED);
	assert_int_equal(put(ali, n, NULL), 0);		/* a clerk's own step */

	assert_int_equal(set_num(ali, CORE_NEED, nid, CORE_NEED_STATUS, CORE_NEED_ASSESSED), 0);
	assert_int_equal(set_num(ali, CORE_NEED, nid, CORE_NEED_STATUS, CORE_NEED_APPROVED), STORE_EACCES);
	a = store_users_refusal(ali);
	assert_int_equal(a->why, CORE_ACCESS_WORKFLOW);
	assert_int_equal(a->action, CORE_ACCESS_UPDATE);
	assert_int_equal(a->from, CORE_NEED_ASSESSED);
	assert_int_equal(a->to, CORE_NEED_APPROVED);
	assert_int_equal(a->roles_ok, REVIEWERS);
	assert_int_equal(stored_num(CORE_NEED, nid, CORE_NEED_STATUS, &rev), CORE_NEED_ASSESSED);
	sara = open_as("sara", 0);
	assert_int_equal(set_num(sara, CORE_NEED, nid, CORE_NEED_STATUS, CORE_NEED_APPROVED), 0);
	/* approved -> done skips in_progress: nobody's step */
	assert_int_equal(set_num(ali, CORE_NEED, nid, CORE_NEED_STATUS, CORE_NEED_DONE), STORE_EACCES);
	a = store_users_refusal(ali);
	assert_int_equal(a->why, CORE_ACCESS_WORKFLOW);
	assert_int_equal(a->from, CORE_NEED_APPROVED);
	assert_int_equal(a->roles_ok, 0u);
	own = open_as("owner", 1);
	assert_int_equal(set_num(own, CORE_NEED, nid, CORE_NEED_STATUS, CORE_NEED_DONE), STORE_EACCES);
	assert_int_equal(stored_num(CORE_NEED, nid, CORE_NEED_STATUS, &rev), CORE_NEED_APPROVED);
	/* ... other fields of a need still change, and a clerk takes his step */
	assert_int_equal(set_num(ali, CORE_NEED, nid, CORE_NEED_URGENCY, 5), 0);
	assert_int_equal(set_num(ali, CORE_NEED, nid, CORE_NEED_STATUS, CORE_NEED_IN_PROGRESS), 0);
	/* the admin records a need done long ago */
	core_record_set_num(n, CORE_NEED_STATUS, CORE_NEED_DONE);
	assert_int_equal(put(own, n, old_id), 0);
	assert_int_equal(stored_num(CORE_NEED, old_id, CORE_NEED_STATUS, NULL), CORE_NEED_DONE);

	/* Another station rejected what was identified there: applied as is. */
	memset(&ap, 0, sizeof ap);
	ap.r = core_record_dup(n);
	assert_non_null(ap.r);
	text(ap.r, CORE_NEED_ID, "AHR-3");
	core_record_set_num(ap.r, CORE_NEED_STATUS, CORE_NEED_IDENTIFIED);
	ap.m.rev = 1;
	ap.m.version.hlc = (uint64_t)1 << 40;
	strcpy(ap.m.version.origin, "AHR");
	assert_int_equal(store_write(hq, apply_fn, &ap), 0);
	core_record_set_num(ap.r, CORE_NEED_STATUS, CORE_NEED_DONE);	/* two steps on */
	ap.m.version.hlc = ((uint64_t)1 << 40) + 5;
	assert_int_equal(store_write(hq, apply_fn, &ap), 0);
	assert_int_equal(stored_num(CORE_NEED, "AHR-3", CORE_NEED_STATUS, &rev2), CORE_NEED_DONE);
	assert_int_equal(rev2, 2);
	core_record_free(ap.r);
	store_close(own);
	store_close(sara);
	store_close(ali);
	store_close(hq);
	core_record_free(u);
	core_record_free(n);
}

struct deact {
	enum core_kind k;
	const char *id;
};

static int
deact_fn(struct store_txn *t, void *ctx)
{
	struct deact *d = ctx;
	struct store_meta m;
	int rc;

	if ((rc = store_exists(t, d->k, d->id, &m)) != 0)
		return rc;
	return store_deactivate(t, d->k, d->id, m.rev);
}

static struct core_record *
payment(const char *pledge, int64_t amount)
{
	struct core_record *r = rec(CORE_PAYMENT);

	text(r, CORE_PAYMENT_PLEDGE, pledge);
	core_record_set_num(r, CORE_PAYMENT_PAID_ON, 20020);
	core_record_set_num(r, CORE_PAYMENT_AMOUNT, amount);
	return r;
}

/* A pledge's status follows its payments wherever a payment is written
 * here, in the same transaction: a pledge recorded with no status is
 * pledged; 400 of 1000 paid makes it partial, 600 more fulfilled, and
 * retiring a payment takes it back.  A cancelled pledge stays so; a
 * payment applied from another station changes nothing here. */
static void
test_pledge_follows(void **state)
{
	struct store *hq = open_as("hq1", 0), *ali;
	struct core_record *d = donor("مهدی رضایی‌نژاد", "MRD"), *u = unit("کلانتری مرند", "MRD");
	struct core_record *n, *p, *y;
	char did[CORE_ID_MAX], uid[CORE_ID_MAX], nid[CORE_ID_MAX], pid[CORE_ID_MAX];
	char cid[CORE_ID_MAX], y1[CORE_ID_MAX], y2[CORE_ID_MAX], y3[CORE_ID_MAX];
	struct deact dx = { CORE_PAYMENT, y2 };
	struct apply ap;
	uint64_t rev, rev2;

	(void)state;
	assert_int_equal(put(hq, d, did), 0);
	assert_int_equal(put(hq, u, uid), 0);
	n = need(uid, "تجهیزات اتاق مخابرات");
	assert_int_equal(put(hq, n, nid), 0);
	p = rec(CORE_PLEDGE);
	text(p, CORE_PLEDGE_DONOR, did);
	text(p, CORE_PLEDGE_NEED, nid);
	core_record_set_num(p, CORE_PLEDGE_TYPE, CORE_PT_EQUIPMENT);
	core_record_set_num(p, CORE_PLEDGE_AMOUNT, 1000);
	core_record_set_num(p, CORE_PLEDGE_PLEDGED_ON, 20010);
	ali = open_as("ali", 0);
	assert_int_equal(put(ali, p, pid), 0);
	assert_int_equal(stored_num(CORE_PLEDGE, pid, CORE_PLEDGE_STATUS, NULL), CORE_PLEDGE_PLEDGED);

	y = payment(pid, 400);
	assert_int_equal(put(ali, y, y1), 0);
	assert_int_equal(stored_num(CORE_PLEDGE, pid, CORE_PLEDGE_STATUS, NULL), CORE_PLEDGE_PARTIAL);
	core_record_set_num(y, CORE_PAYMENT_AMOUNT, 600);
	assert_int_equal(put(ali, y, y2), 0);
	assert_int_equal(stored_num(CORE_PLEDGE, pid, CORE_PLEDGE_STATUS, NULL), CORE_PLEDGE_FULFILLED);
	assert_int_equal(store_write(ali, deact_fn, &dx), 0);
	assert_int_equal(stored_num(CORE_PLEDGE, pid, CORE_PLEDGE_STATUS, NULL), CORE_PLEDGE_PARTIAL);
	/* a payment's amount corrected: 400 -> 1000 */
	assert_int_equal(set_num(ali, CORE_PAYMENT, y1, CORE_PAYMENT_AMOUNT, 1000), 0);
	assert_int_equal(stored_num(CORE_PLEDGE, pid, CORE_PLEDGE_STATUS, NULL), CORE_PLEDGE_FULFILLED);

	/* cancelled stays cancelled, paid or not */
	core_record_set_num(p, CORE_PLEDGE_STATUS, CORE_PLEDGE_CANCELLED);
	assert_int_equal(put(ali, p, cid), 0);
	core_record_free(y);
	y = payment(cid, 1000);
	assert_int_equal(put(ali, y, y3), 0);
	assert_int_equal(stored_num(CORE_PLEDGE, cid, CORE_PLEDGE_STATUS, NULL), CORE_PLEDGE_CANCELLED);

	/* a payment from another station: its pledge is that station's to
	 * update; nothing is written to it here */
	core_record_unset(p, CORE_PLEDGE_STATUS);
	assert_int_equal(put(ali, p, pid), 0);
	(void)stored_num(CORE_PLEDGE, pid, CORE_PLEDGE_STATUS, &rev);
	memset(&ap, 0, sizeof ap);
	ap.r = payment(pid, 1000);
	text(ap.r, CORE_PAYMENT_ID, "AHR-9");
	ap.m.rev = 1;
	ap.m.version.hlc = (uint64_t)1 << 40;
	strcpy(ap.m.version.origin, "AHR");
	assert_int_equal(store_write(hq, apply_fn, &ap), 0);
	assert_int_equal(stored_num(CORE_PLEDGE, pid, CORE_PLEDGE_STATUS, &rev2), CORE_PLEDGE_PLEDGED);
	assert_int_equal(rev2, rev);
	core_record_free(ap.r);
	store_close(ali);
	store_close(hq);
	core_record_free(d);
	core_record_free(u);
	core_record_free(n);
	core_record_free(p);
	core_record_free(y);
}

/* Two sessions edit one record: the second save is told of the conflict
 * and nothing of the first is overwritten; the audit log names who did
 * what. */
static void
test_two_sessions(void **state)
{
	struct store *s1 = open_as("ali", 0), *s2 = open_as("sara", 0), *st;
	struct core_record *u = unit("کلانتری ۱۲ مرند", "MRD");
	struct store_iter *it;
	struct store_audit au;
	struct store_txn *t;
	char id[CORE_ID_MAX];
	struct upd a, b;
	int n = 0, seen_update = 0;

	(void)state;
	assert_int_equal(put(s1, u, id), 0);
	memset(&a, 0, sizeof a);
	a.k = CORE_UNIT;
	a.id = id;
	a.field = CORE_UNIT_ADDRESS;
	a.value = "میدان ساعت";
	a.rev = 1;		/* both opened the form at revision 1 */
	b = a;
	b.value = "خیابان شهید بهشتی";
	assert_int_equal(store_write(s1, upd_fn, &a), 0);
	assert_int_equal(store_write(s2, upd_fn, &b), STORE_ECONFLICT);
	store_close(s1);
	store_close(s2);

	st = open_db();
	assert_int_equal(store_read_begin(st, &t), 0);
	{
		struct core_record *r;
		struct store_meta m;

		assert_int_equal(store_get(t, CORE_UNIT, id, &r, &m), 0);
		assert_string_equal(core_record_text(r, CORE_UNIT_ADDRESS), "میدان ساعت");
		assert_int_equal(m.rev, 2);
		core_record_free(r);
	}
	assert_int_equal(store_audit_iter(t, id, 0, &it), 0);
	memset(&au, 0, sizeof au);
	while (store_audit_next(it, &au) == 0) {
		size_t i;

		assert_string_equal(au.user, "ali");
		if (au.action == STORE_ACT_UPDATE) {
			seen_update = 1;
			assert_int_equal(au.nfields, 1);
			assert_string_equal(au.fields[0].name, "address");
			assert_string_equal(au.fields[0].old_text, "");
			assert_string_equal(au.fields[0].new_text, "میدان ساعت");
		}
		for (i = 0; i < au.nfields; i++)
			assert_string_not_equal(au.fields[i].new_text, "خیابان شهید بهشتی");
		store_audit_done(&au);
		n++;
	}
	assert_int_equal(n, 2);
	assert_true(seen_update);
	store_iter_free(it);
	store_read_end(t);
	store_close(st);
	core_record_free(u);
}

/* store_users_may: asking without writing (the UI greys out what it may
 * not do; a clerk's lists keep to his county). */
static void
test_may(void **state)
{
	struct store *st = open_db();
	struct store_identity ali, aud;
	struct store_txn *t;
	struct core_record *m = unit("کلانتری مرند", "MRD"), *z = unit("کلانتری تبریز", "TBZ");
	struct core_access a;

	(void)state;
	assert_int_equal(store_users_resolve(st, "ali", 0, &ali), 0);
	assert_int_equal(store_users_resolve(st, "aud", 0, &aud), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_users_may(t, &ali, CORE_ACCESS_READ, m, &a), 1);
	assert_int_equal(store_users_may(t, &ali, CORE_ACCESS_READ, z, &a), 0);
	assert_string_equal(a.county, "TBZ");
	assert_int_equal(store_users_may(t, &aud, CORE_ACCESS_READ, z, &a), 1);
	assert_int_equal(store_users_may(t, &ali, CORE_ACCESS_AUDIT, NULL, &a), 0);
	assert_int_equal(store_users_may(t, &aud, CORE_ACCESS_AUDIT, NULL, &a), 1);
	assert_int_equal(store_users_may(t, &ali, CORE_ACCESS_CREATE, z, &a), 0);
	store_read_end(t);
	store_close(st);
	core_record_free(m);
	core_record_free(z);
}

/* store_users_may_write: the write's own decision, asked before writing
 * (the match screen asks it before its question about a second pledge).
 * A Tabriz donor's pledge to a Marand need: the Marand clerk is refused
 * for the donor, the Tabriz clerk for the need, the auditor as read-only;
 * the Marand supervisor and HQ may; a pledge whose donor and need are
 * both Tabriz's is refused to the Marand supervisor for the county.
 * Nothing is written by asking. */
static void
test_may_write(void **state)
{
	struct store *hq = open_as("hq1", 0), *st;
	struct core_record *d = donor("مهدی رضایی‌نژاد", "TBZ"), *u = unit("کلانتری مرند", "MRD");
	struct core_record *ut = unit("کلانتری ۱۱ تبريز", "TBZ"), *n, *p;
	char did[CORE_ID_MAX], uid[CORE_ID_MAX], utid[CORE_ID_MAX], nid[CORE_ID_MAX], ntid[CORE_ID_MAX];
	struct store_identity ali, reza, sara, aud, hqi;
	struct store_txn *t;
	struct core_access a;

	(void)state;
	assert_int_equal(put(hq, d, did), 0);
	assert_int_equal(put(hq, u, uid), 0);
	assert_int_equal(put(hq, ut, utid), 0);
	n = need(uid, "تجهیزات اتاق مخابرات");
	assert_int_equal(put(hq, n, nid), 0);
	core_record_free(n);
	n = need(utid, "دوربین‌های مداربسته");
	assert_int_equal(put(hq, n, ntid), 0);
	core_record_free(n);
	store_close(hq);
	st = open_db();
	assert_int_equal(store_users_resolve(st, "ali", 0, &ali), 0);
	assert_int_equal(store_users_resolve(st, "reza", 0, &reza), 0);
	assert_int_equal(store_users_resolve(st, "sara", 0, &sara), 0);
	assert_int_equal(store_users_resolve(st, "aud", 0, &aud), 0);
	assert_int_equal(store_users_resolve(st, "hq1", 0, &hqi), 0);
	p = rec(CORE_PLEDGE);
	text(p, CORE_PLEDGE_DONOR, did);
	text(p, CORE_PLEDGE_NEED, nid);
	core_record_set_num(p, CORE_PLEDGE_TYPE, CORE_PT_EQUIPMENT);
	core_record_set_num(p, CORE_PLEDGE_AMOUNT, 50000000);
	core_record_set_num(p, CORE_PLEDGE_PLEDGED_ON, 20010);
	core_record_set_num(p, CORE_PLEDGE_STATUS, CORE_PLEDGE_PLEDGED);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_users_may_write(t, &ali, NULL, p, &a), 0);
	assert_int_equal(a.why, CORE_ACCESS_FOREIGN);
	assert_int_equal(a.field, CORE_PLEDGE_DONOR);
	assert_string_equal(a.ref, did);
	assert_int_equal(store_users_may_write(t, &reza, NULL, p, &a), 0);
	assert_int_equal(a.why, CORE_ACCESS_FOREIGN);
	assert_int_equal(a.field, CORE_PLEDGE_NEED);
	assert_int_equal(store_users_may_write(t, &aud, NULL, p, &a), 0);
	assert_int_equal(a.why, CORE_ACCESS_READONLY);
	assert_int_equal(store_users_may_write(t, &sara, NULL, p, &a), 1);
	assert_int_equal(a.allowed, 1);
	assert_int_equal(store_users_may_write(t, &hqi, NULL, p, &a), 1);
	text(p, CORE_PLEDGE_NEED, ntid);
	assert_int_equal(store_users_may_write(t, &sara, NULL, p, &a), 0);
	assert_int_equal(a.why, CORE_ACCESS_COUNTY);
	assert_string_equal(a.county, "TBZ");
	assert_int_equal(store_users_may_write(t, &reza, NULL, p, &a), 1);
	assert_int_equal(store_users_may_write(t, &reza, NULL, NULL, &a), STORE_EINVAL);
	store_read_end(t);
	store_close(st);
	assert_int_equal(count(CORE_PLEDGE), 0);
	core_record_free(p);
	core_record_free(d);
	core_record_free(u);
	core_record_free(ut);
}

/* The scope of r read in st (n, the counties, missing). */
static struct core_scope
scope_of(struct store *st, const struct core_record *r)
{
	struct store_txn *t;
	struct core_scope s;

	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_record_scope(t, r, &s), 0);
	store_read_end(t);
	return s;
}

/* store_record_scope says when a record a county is read from is not
 * there (missing): a pledge's donor or need, a payment's pledge, a stage's
 * need, a need's unit (a need stored without its county), a ceremony's
 * donor.  The counties still read are kept: a pledge of a Tabriz donor
 * whose need is lost is Tabriz's, and may be Marand's too.  Before, a lost
 * record read as none, and the list filtered by county walked each row's
 * records again to tell (tui/list.c links_there). */
static void
test_scope_missing(void **state)
{
	struct store *hq = open_as("hq1", 0), *st;
	struct core_record *d = donor("مهدی رضایی‌نژاد", "TBZ"), *u = unit("کلانتری مرند", "MRD");
	struct core_record *n, *p, *x;
	char did[CORE_ID_MAX], uid[CORE_ID_MAX], nid[CORE_ID_MAX], pid[CORE_ID_MAX];
	struct core_scope s;

	(void)state;
	assert_int_equal(put(hq, d, did), 0);
	assert_int_equal(put(hq, u, uid), 0);
	n = need(uid, "تجهیزات اتاق مخابرات");
	assert_int_equal(put(hq, n, nid), 0);
	p = rec(CORE_PLEDGE);
	text(p, CORE_PLEDGE_DONOR, did);
	text(p, CORE_PLEDGE_NEED, nid);
	core_record_set_num(p, CORE_PLEDGE_TYPE, CORE_PT_EQUIPMENT);
	core_record_set_num(p, CORE_PLEDGE_AMOUNT, 50000000);
	core_record_set_num(p, CORE_PLEDGE_PLEDGED_ON, 20010);
	core_record_set_num(p, CORE_PLEDGE_STATUS, CORE_PLEDGE_PLEDGED);
	assert_int_equal(put(hq, p, pid), 0);
	store_close(hq);
	st = open_db();
	/* every record there: both counties, nothing missing */
	s = scope_of(st, p);
	assert_int_equal(s.n, 2);
	assert_string_equal(s.county[0], "TBZ");
	assert_string_equal(s.county[1], "MRD");
	assert_int_equal(s.missing, 0);
	/* the donor lost: the need's county, and missing */
	text(p, CORE_PLEDGE_DONOR, "TBZ-999");
	s = scope_of(st, p);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.county[0], "MRD");
	assert_int_equal(s.missing, 1);
	/* the need lost: the donor's county, and missing */
	text(p, CORE_PLEDGE_DONOR, did);
	text(p, CORE_PLEDGE_NEED, "TBZ-998");
	s = scope_of(st, p);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.county[0], "TBZ");
	assert_int_equal(s.missing, 1);
	/* no need named: nothing missing */
	core_record_unset(p, CORE_PLEDGE_NEED);
	s = scope_of(st, p);
	assert_int_equal(s.n, 1);
	assert_int_equal(s.missing, 0);
	/* a payment: its pledge there, then lost */
	x = rec(CORE_PAYMENT);
	text(x, CORE_PAYMENT_PLEDGE, pid);
	s = scope_of(st, x);
	assert_int_equal(s.n, 2);
	assert_int_equal(s.missing, 0);
	text(x, CORE_PAYMENT_PLEDGE, "TBZ-997");
	s = scope_of(st, x);
	assert_int_equal(s.n, 0);
	assert_int_equal(s.missing, 1);
	core_record_free(x);
	/* a stage: its need there, then lost */
	x = rec(CORE_STAGE);
	text(x, CORE_STAGE_NEED, nid);
	s = scope_of(st, x);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.county[0], "MRD");
	assert_int_equal(s.missing, 0);
	text(x, CORE_STAGE_NEED, "TBZ-996");
	s = scope_of(st, x);
	assert_int_equal(s.n, 0);
	assert_int_equal(s.missing, 1);
	core_record_free(x);
	/* a need without its county, its unit lost */
	core_record_unset(n, CORE_NEED_COUNTY);
	text(n, CORE_NEED_UNIT, "TBZ-995");
	s = scope_of(st, n);
	assert_int_equal(s.n, 0);
	assert_int_equal(s.missing, 1);
	/* a ceremony: one of its donors lost */
	x = rec(CORE_RECOGNITION);
	text(x, CORE_RECOGNITION_DONORS, did);
	s = scope_of(st, x);
	assert_int_equal(s.n, 1);
	assert_int_equal(s.missing, 0);
	text(x, CORE_RECOGNITION_DONORS, "TBZ-994");
	s = scope_of(st, x);
	assert_int_equal(s.n, 0);
	assert_int_equal(s.missing, 1);
	core_record_free(x);
	store_close(st);
	core_record_free(p);
	core_record_free(n);
	core_record_free(d);
	core_record_free(u);
}

/* A need received by sync before its unit is stored without its county
 * (store_apply: the unit not there to read it from), and stays so when
 * the unit comes after it: the need is its unit's county all the same
 * (store_record_scope), and so are its stages and pledges.  Before, they
 * read the need's county field alone: a stage of the Marand clerk's need
 * was province-wide, refused to him (CORE_ACCESS_PROVINCE), and a list of
 * Marand's stages left it out. */
static void
test_scope_need_unit(void **state)
{
	struct store *hq = open_as("hq1", 0), *st;
	struct store_identity ali, reza;
	struct store_txn *t;
	struct core_record *g, *x, *d = donor("مهدی رضایی‌نژاد", "TBZ");
	struct core_access a;
	struct core_scope s;
	struct apply ap;
	char did[CORE_ID_MAX];

	(void)state;
	assert_int_equal(put(hq, d, did), 0);
	memset(&ap, 0, sizeof ap);
	ap.r = need("MRD-7", "بازسازی پاسگاه مرزی");
	text(ap.r, CORE_NEED_ID, "MRD-20");
	ap.m.rev = 1;
	ap.m.version.hlc = (uint64_t)1 << 40;
	strcpy(ap.m.version.origin, "MRD");
	assert_int_equal(store_write(hq, apply_fn, &ap), 0);
	core_record_free(ap.r);
	ap.r = unit("پاسگاه مرزی جلفا", "MRD");
	text(ap.r, CORE_UNIT_ID, "MRD-7");
	ap.m.version.hlc++;
	assert_int_equal(store_write(hq, apply_fn, &ap), 0);
	core_record_free(ap.r);
	store_close(hq);
	st = open_db();
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_get(t, CORE_NEED, "MRD-20", &g, NULL), 0);
	store_read_end(t);
	/* received without it, the need took its unit's county when the
	 * unit came (before, it kept none) */
	assert_true(g->v[CORE_NEED_COUNTY].set);
	assert_string_equal(g->v[CORE_NEED_COUNTY].text, "MRD");
	/* ... and its history says so: the county, and why (the unit came
	 * after it), in an entry after the need's own */
	{
		struct store_iter *ai;
		struct store_audit au;
		int seen = 0;
		size_t i;

		assert_int_equal(store_read_begin(st, &t), 0);
		assert_int_equal(store_audit_iter(t, "MRD-20", 0, &ai), 0);
		while (store_audit_next(ai, &au) == 0) {
			for (i = 0; i + 1 < au.nfields; i++)
				if (strcmp(au.fields[i].name, "county") == 0 &&
				    strcmp(au.fields[i].new_text, "MRD") == 0 &&
				    strcmp(au.fields[i + 1].name, "unit_arrived") == 0 &&
				    strcmp(au.fields[i + 1].new_text, "MRD-7") == 0)
					seen++;
			store_audit_done(&au);
		}
		store_iter_free(ai);
		store_read_end(t);
		assert_int_equal(seen, 1);
	}
	s = scope_of(st, g);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.county[0], "MRD");
	core_record_free(g);
	x = rec(CORE_STAGE);
	text(x, CORE_STAGE_NEED, "MRD-20");
	text(x, CORE_STAGE_TITLE, "برآورد هزینه‌ها");
	s = scope_of(st, x);
	assert_int_equal(s.n, 1);
	assert_string_equal(s.county[0], "MRD");
	assert_int_equal(s.missing, 0);
	assert_int_equal(store_users_resolve(st, "ali", 0, &ali), 0);
	assert_int_equal(store_users_resolve(st, "reza", 0, &reza), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_users_may(t, &ali, CORE_ACCESS_READ, x, &a), 1);
	assert_int_equal(store_users_may(t, &reza, CORE_ACCESS_READ, x, &a), 0);
	assert_int_equal(a.why, CORE_ACCESS_COUNTY);
	assert_string_equal(a.county, "MRD");
	store_read_end(t);
	core_record_free(x);
	x = rec(CORE_PLEDGE);
	text(x, CORE_PLEDGE_DONOR, did);
	text(x, CORE_PLEDGE_NEED, "MRD-20");
	s = scope_of(st, x);
	assert_int_equal(s.n, 2);
	assert_string_equal(s.county[0], "TBZ");
	assert_string_equal(s.county[1], "MRD");
	core_record_free(x);
	store_close(st);
	core_record_free(d);
}

static int calls;

static int
count_hook(void *ctx, struct store_txn *t, enum store_action act, const struct core_record *old,
    const struct core_record *new_rec, const char *setting)
{
	(void)t; (void)old; (void)new_rec; (void)setting;
	calls++;
	return act == STORE_ACT_SETTING ? (int)(intptr_t)ctx : 0;
}

/* The hook is called for every write, may refuse, and can be removed; the
 * enforcement's refusal is reported only while it is the hook. */
static void
test_hook(void **state)
{
	struct store *st = open_db();
	struct core_record *u = unit("کلانتری هریس", "HRS");
	struct setting s = { "ui.theme", "mono" };

	(void)state;
	assert_null(store_users_refusal(st));
	assert_int_equal(store_policy_set(st, count_hook, (void *)(intptr_t)STORE_EACCES, NULL), 0);
	calls = 0;
	assert_int_equal(put(st, u, NULL), 0);
	assert_int_equal(calls, 1);
	assert_int_equal(store_write(st, setting_fn, &s), STORE_EACCES);
	assert_int_equal(calls, 2);
	assert_null(store_users_refusal(st));
	assert_int_equal(store_policy_set(st, NULL, NULL, NULL), 0);
	assert_int_equal(store_write(st, setting_fn, &s), 0);
	assert_int_equal(calls, 2);
	assert_int_equal(store_policy_set(NULL, NULL, NULL, NULL), STORE_EINVAL);
	store_close(st);
	core_record_free(u);
	assert_string_equal(store_strerror(STORE_EACCES), "refused by the access policy");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_empty_table, setup, teardown),
		cmocka_unit_test_setup_teardown(test_resolve, setup, teardown),
		cmocka_unit_test_setup_teardown(test_clerk_county, setup, teardown),
		cmocka_unit_test_setup_teardown(test_clerk_update, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pledge_scope, setup, teardown),
		cmocka_unit_test_setup_teardown(test_settings, setup, teardown),
		cmocka_unit_test_setup_teardown(test_users_admin, setup, teardown),
		cmocka_unit_test_setup_teardown(test_auditor, setup, teardown),
		cmocka_unit_test_setup_teardown(test_auditor_own_settings, setup, teardown),
		cmocka_unit_test_setup_teardown(test_sync_apply, setup, teardown),
		cmocka_unit_test_setup_teardown(test_need_workflow, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pledge_follows, setup, teardown),
		cmocka_unit_test_setup_teardown(test_two_sessions, setup, teardown),
		cmocka_unit_test_setup_teardown(test_may, setup, teardown),
		cmocka_unit_test_setup_teardown(test_may_write, setup, teardown),
		cmocka_unit_test_setup_teardown(test_scope_missing, setup, teardown),
		cmocka_unit_test_setup_teardown(test_scope_need_unit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_hook, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
