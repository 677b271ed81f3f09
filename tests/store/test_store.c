/*
 * tests/store/test_store.c — the record store: every kind through put, get,
 * update and deactivate; every index (driven by the schema flags, so a new
 * indexed field is tested too); unique values refused naming the holder;
 * optimistic concurrency; search in Persian order with resumable paging;
 * settings, drafts, change log, audit log, backup and verify.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "core/record.h"
#include "locale/jalali.h"
#include "store/store.h"
#include "store/store_int.h"	/* rec_decode, for the encoding test */

static char tmpdir[256];
static int dbn;

/* A fresh database directory path (not created). */
static const char *
newdb(void)
{
	static char p[512];

	snprintf(p, sizeof p, "%s/db%d", tmpdir, ++dbn);
	return p;
}

static int
rmtree_cb(const char *dir)
{
	char cmd[600];

	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	return system(cmd);
}

/* National id with a valid check digit (SPEC §4), from nine digits. */
static void
make_nid(unsigned n9, char *out)
{
	int d[10], i, s = 0, r;

	for (i = 8; i >= 0; i--) {
		d[i] = (int)(n9 % 10);
		n9 /= 10;
	}
	for (i = 0; i < 9; i++)
		s += d[i] * (10 - i);
	r = s % 11;
	d[9] = r < 2 ? r : 11 - r;
	for (i = 0; i < 10; i++)
		out[i] = (char)('0' + d[i]);
	out[10] = '\0';
}

static int32_t
jday(int y, int m, int d)
{
	int32_t day = 0;

	assert_int_equal(loc_jalali_to_day(y, m, d, &day), 0);
	return day;
}

struct put_ctx {
	struct core_record *r;
	char id[CORE_ID_MAX];
	int rc;
	struct store_why why;
};

static int
put_fn(struct store_txn *t, void *vctx)
{
	struct put_ctx *c = vctx;

	c->rc = store_put_new(t, c->r, c->id);
	c->why = *store_txn_why(t);
	return c->rc;
}

static int
put(struct store *st, struct core_record *r, char *id)
{
	struct put_ctx c = { r, "", 0, { 0 } };
	int rc = store_write(st, put_fn, &c);

	if (id)
		strcpy(id, c.id);
	return rc;
}

struct upd_ctx {
	struct core_record *r;
	uint64_t rev;
	struct store_why why;
};

static int
upd_fn(struct store_txn *t, void *vctx)
{
	struct upd_ctx *c = vctx;
	int rc = store_update(t, c->r, c->rev);

	c->why = *store_txn_why(t);
	return rc;
}

static int
update(struct store *st, struct core_record *r, uint64_t rev, struct store_why *why)
{
	struct upd_ctx c = { r, rev, { 0 } };
	int rc = store_write(st, upd_fn, &c);

	if (why)
		*why = c.why;
	return rc;
}

struct deact_ctx {
	enum core_kind k;
	const char *id;
	uint64_t rev;
	int back;	/* store_reactivate instead */
};

static int
deact_fn(struct store_txn *t, void *vctx)
{
	struct deact_ctx *c = vctx;

	return c->back ? store_reactivate(t, c->k, c->id, c->rev) :
	    store_deactivate(t, c->k, c->id, c->rev);
}

static int
get(struct store *st, enum core_kind k, const char *id, struct core_record **r, struct store_meta *m)
{
	struct store_txn *t;
	int rc;

	assert_int_equal(store_read_begin(st, &t), 0);
	rc = store_get(t, k, id, r, m);
	store_read_end(t);
	return rc;
}

/* Does iter_index(k, field, value) return id? */
static int
index_has(struct store *st, enum core_kind k, int field, const char *value, const char *id)
{
	struct store_txn *t;
	struct store_iter *it;
	char got[CORE_ID_MAX];
	int found = 0;

	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_iter_index(t, k, field, value, &it), 0);
	while (store_iter_next(it, got) == 0)
		if (strcmp(got, id) == 0)
			found = 1;
	store_iter_free(it);
	store_read_end(t);
	return found;
}

static int
init_fn(struct store_txn *t, void *ctx)
{
	return store_init(t, ctx, "ایستگاه تبریز");
}

static struct store *
open_new(const char *station)
{
	struct store *st;
	const char *p = newdb();

	assert_int_equal(store_open(p, STORE_CREATE | STORE_NOSYNC, &st), 0);
	assert_int_equal(store_write(st, init_fn, (void *)station), 0);
	assert_int_equal(store_user_set(st, "clerk1"), 0);
	return st;
}

static int
restored_fn(struct store_txn *t, void *ctx)
{
	struct store_audit_field f[2] = {
		{ "from", "", "/mnt/usb/b.mdb" }, { "aside", "", "/db/data.mdb.before-restore-1" },
	};

	(void)ctx;
	if (store_audit_db_restored(t, f, 0) != STORE_EINVAL)	/* at least one line */
		return -1;
	return store_audit_db_restored(t, f, 2);
}

/* A restore's entry (store_audit_db_restored): under id RESTORE, by the
 * store's user, its lines as given; the database still verifies. */
static void
test_audit_db_restored(void **state)
{
	struct store *st = open_new("TBZ");
	struct store_txn *t;
	struct store_iter *it;
	struct store_audit a;
	size_t n = 0;

	(void)state;
	assert_int_equal(store_write(st, restored_fn, NULL), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_audit_iter(t, STORE_RESTORE_ID, 0, &it), 0);
	memset(&a, 0, sizeof a);
	assert_int_equal(store_audit_next(it, &a), 0);
	assert_int_equal(a.action, STORE_ACT_DB_RESTORE);
	assert_int_equal(a.kind, CORE_NKINDS);
	assert_string_equal(a.user, "clerk1");
	assert_int_equal(a.nfields, 2);
	assert_string_equal(a.fields[0].name, "from");
	assert_string_equal(a.fields[0].new_text, "/mnt/usb/b.mdb");
	assert_string_equal(a.fields[1].new_text, "/db/data.mdb.before-restore-1");
	store_audit_done(&a);
	assert_int_equal(store_audit_next(it, &a), STORE_ENOTFOUND);
	store_iter_free(it);
	store_read_end(t);
	assert_int_equal(store_verify(st, NULL, NULL, &n), 0);
	assert_int_equal(n, 0);
	store_close(st);
}

/* A sample valid record of each kind, referring to parents. */
struct family {
	char group[CORE_ID_MAX], unit[CORE_ID_MAX], unit2[CORE_ID_MAX], donor[CORE_ID_MAX],
	    need[CORE_ID_MAX], pledge[CORE_ID_MAX], payment[CORE_ID_MAX], stage[CORE_ID_MAX],
	    recognition[CORE_ID_MAX];
};

static struct core_record *
sample(enum core_kind k, const struct family *f, int i)
{
	struct core_record *r = core_record_new(k);
	char nid[11], buf[128];

	assert_non_null(r);
	switch (k) {
	case CORE_DONOR:
		core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
		snprintf(buf, sizeof buf, "محمدرضا نوروزی‌فر %d", i);
		core_record_set_text(r, CORE_DONOR_NAME, buf);
		make_nid(13770000u + (unsigned)i, nid);
		core_record_set_text(r, CORE_DONOR_NATIONAL_ID, nid);
		core_record_set_text(r, CORE_DONOR_MOBILE, "09141234567");
		core_record_set_text(r, CORE_DONOR_COUNTY, "TBZ");
		core_record_set_num(r, CORE_DONOR_INTERESTS, (1 << CORE_PT_SPACE) | (1 << CORE_PT_SUPPORT));
		core_record_set_num(r, CORE_DONOR_CAPACITY, 500000000);
		if (f->group[0])
			core_record_set_text(r, CORE_DONOR_INTRODUCED_BY, f->group);
		break;
	case CORE_GROUP:
		core_record_set_num(r, CORE_GROUP_KIND, 0);
		core_record_set_text(r, CORE_GROUP_NAME, "دفتر امام جمعه مرند");
		core_record_set_text(r, CORE_GROUP_COUNTY, "MRD");
		break;
	case CORE_UNIT:
		core_record_set_num(r, CORE_UNIT_KIND, 0);
		core_record_set_text(r, CORE_UNIT_NAME, i ? "پاسگاه خواجه" : "کلانتری ۱۲ تبریز");
		core_record_set_text(r, CORE_UNIT_COUNTY, i ? "HRS" : "TBZ");
		break;
	case CORE_NEED:
		core_record_set_text(r, CORE_NEED_UNIT, f->unit);
		core_record_set_num(r, CORE_NEED_CATEGORY, CORE_PT_EQUIPMENT);
		core_record_set_text(r, CORE_NEED_TITLE, "دوربین‌های نظارتی میدان ساعت");
		core_record_set_num(r, CORE_NEED_ESTIMATED_COST, 900000000);
		core_record_set_num(r, CORE_NEED_URGENCY, 4);
		core_record_set_num(r, CORE_NEED_IMPACT, 5);
		core_record_set_num(r, CORE_NEED_POPULATION, 12000);
		core_record_set_num(r, CORE_NEED_IDENTIFIED_ON, jday(1403, 11, 2));
		core_record_set_num(r, CORE_NEED_STATUS, CORE_NEED_ASSESSED);
		break;
	case CORE_PLEDGE:
		core_record_set_text(r, CORE_PLEDGE_DONOR, f->donor);
		core_record_set_text(r, CORE_PLEDGE_NEED, f->need);
		core_record_set_num(r, CORE_PLEDGE_TYPE, CORE_PT_EQUIPMENT);
		core_record_set_num(r, CORE_PLEDGE_AMOUNT, 300000000);
		core_record_set_num(r, CORE_PLEDGE_PLEDGED_ON, jday(1403, 12, 1));
		core_record_set_num(r, CORE_PLEDGE_STATUS, CORE_PLEDGE_PLEDGED);
		break;
	case CORE_PAYMENT:
		core_record_set_text(r, CORE_PAYMENT_PLEDGE, f->pledge);
		core_record_set_num(r, CORE_PAYMENT_PAID_ON, jday(1403, 12, 10));
		core_record_set_num(r, CORE_PAYMENT_AMOUNT, 100000000);
		core_record_set_text(r, CORE_PAYMENT_RECEIPT, "۷۷۱۲");
		break;
	case CORE_STAGE:
		core_record_set_text(r, CORE_STAGE_NEED, f->need);
		core_record_set_text(r, CORE_STAGE_TITLE, "خرید و نصب");
		core_record_set_num(r, CORE_STAGE_PROGRESS, 20);
		break;
	case CORE_RECOGNITION:
		core_record_set_num(r, CORE_RECOGNITION_HELD_ON, jday(1404, 1, 20));
		core_record_set_text(r, CORE_RECOGNITION_TITLE, "همایش تجلیل از خیّرین");
		core_record_set_text(r, CORE_RECOGNITION_DONORS, f->donor);
		break;
	case CORE_USER:
		snprintf(buf, sizeof buf, "clerk%d", i + 2);
		core_record_set_text(r, CORE_USER_ID, buf);
		core_record_set_num(r, CORE_USER_ROLE, CORE_ROLE_CLERK);
		core_record_set_text(r, CORE_USER_COUNTY, "TBZ");
		break;
	default:
		fail();
	}
	return r;
}

static void
put_family(struct store *st, struct family *f)
{
	struct core_record *r;

	memset(f, 0, sizeof *f);
	r = sample(CORE_GROUP, f, 0); assert_int_equal(put(st, r, f->group), 0); core_record_free(r);
	r = sample(CORE_UNIT, f, 0); assert_int_equal(put(st, r, f->unit), 0); core_record_free(r);
	r = sample(CORE_UNIT, f, 1); assert_int_equal(put(st, r, f->unit2), 0); core_record_free(r);
	r = sample(CORE_DONOR, f, 0); assert_int_equal(put(st, r, f->donor), 0); core_record_free(r);
	r = sample(CORE_NEED, f, 0); assert_int_equal(put(st, r, f->need), 0); core_record_free(r);
	r = sample(CORE_PLEDGE, f, 0); assert_int_equal(put(st, r, f->pledge), 0); core_record_free(r);
	r = sample(CORE_PAYMENT, f, 0); assert_int_equal(put(st, r, f->payment), 0); core_record_free(r);
	r = sample(CORE_STAGE, f, 0); assert_int_equal(put(st, r, f->stage), 0); core_record_free(r);
	r = sample(CORE_RECOGNITION, f, 0); assert_int_equal(put(st, r, f->recognition), 0); core_record_free(r);
}

static void
value_text(const struct core_record *r, int field, char *buf, size_t n)
{
	const struct core_schema *s = core_schema_get(r->kind);

	if (core_ftype_is_text(s->fields[field].type))
		snprintf(buf, n, "%s", r->v[field].text);
	else
		snprintf(buf, n, "%lld", (long long)r->v[field].num);
}

static void
assert_indexed(struct store *st, const struct core_record *r, int want)
{
	const struct core_schema *s = core_schema_get(r->kind);
	size_t i;
	char val[256];

	for (i = 0; i < s->nfields; i++) {
		if (!(s->fields[i].flags & (CORE_FF_INDEX | CORE_FF_UNIQUE)) || !r->v[i].set)
			continue;
		value_text(r, (int)i, val, sizeof val);
		if (index_has(st, r->kind, (int)i, val, r->v[0].text) != want)
			fail_msg("%s %s field %s value %s: indexed %d, wanted %d", s->name,
			    r->v[0].text, s->fields[i].name, val, !want, want);
	}
}

/* Every kind: put, get back equal, every indexed field in its index; update
 * each indexed field to a new value: old entry gone, new one there;
 * deactivate; the revision counts up. */
static void
test_every_kind(void **state)
{
	struct store *st = open_new("TBZ");
	struct family f;
	int k;

	(void)state;
	put_family(st, &f);
	for (k = 0; k < CORE_NKINDS; k++) {
		const struct core_schema *s = core_schema_get(k);
		struct core_record *r = sample(k, &f, 7), *g, *g2;
		struct store_meta m;
		char id[CORE_ID_MAX];
		size_t i;
		struct deact_ctx dc;
		int af;

		assert_int_equal(put(st, r, id), 0);
		assert_string_equal(r->v[0].text, id);
		if (k != CORE_USER)
			assert_int_equal(strncmp(id, "TBZ-", 4), 0);
		assert_int_equal(get(st, k, id, &g, &m), 0);
		assert_int_equal(m.rev, 1);
		assert_string_equal(m.version.origin, "TBZ");
		assert_true(m.version.hlc > 0);
		for (i = 0; i < s->nfields; i++)
			if (!(s->fields[i].flags & CORE_FF_DERIVED) && !core_value_equal(r, g, (int)i))
				fail_msg("%s field %s differs after get", s->name, s->fields[i].name);
		assert_indexed(st, g, 1);

		/* change every indexed field (where another valid value exists) */
		g2 = core_record_dup(g);
		for (i = 0; i < s->nfields; i++) {
			const struct core_field *fd = &s->fields[i];

			if (!(fd->flags & (CORE_FF_INDEX | CORE_FF_UNIQUE)) || (fd->flags & CORE_FF_DERIVED))
				continue;
			if (fd->type == CORE_FT_COUNTY)
				core_record_set_text(g2, (int)i, "MRG");
			else if (fd->type == CORE_FT_ENUM)
				core_record_set_num(g2, (int)i, g->v[i].num ? 0 : 1);
			else if (fd->type == CORE_FT_NID) {
				char nid[11];

				make_nid(20010000u, nid);
				core_record_set_text(g2, (int)i, nid);
			} else if (fd->type == CORE_FT_REF && fd->ref == CORE_UNIT)
				core_record_set_text(g2, (int)i, f.unit2);
		}
		for (i = 0; i < s->nfields; i++)	/* texts, names and titles too */
			if (s->fields[i].type == CORE_FT_TEXT) {
				char nt[256];

				snprintf(nt, sizeof nt, "ویرایش‌شده %s", core_record_text(g, (int)i));
				core_record_set_text(g2, (int)i, nt);
			}
		assert_int_equal(update(st, g2, m.rev, NULL), 0);
		core_record_free(r);
		assert_int_equal(get(st, k, id, &r, NULL), 0);
		/* r now is the stored new version; old values gone, new ones indexed */
		assert_indexed(st, r, 1);
		for (i = 0; i < s->nfields; i++) {
			char val[256];

			if (!(s->fields[i].flags & (CORE_FF_INDEX | CORE_FF_UNIQUE)) || !g->v[i].set ||
			    core_value_equal(g, r, (int)i))
				continue;
			value_text(g, (int)i, val, sizeof val);
			assert_false(index_has(st, k, (int)i, val, id));
		}
		{	/* the search index follows a new name or title */
			struct store_txn *t;
			struct store_iter *it;
			char got[CORE_ID_MAX];
			int hit = 0, old_hit = 0;
			size_t sf;

			assert_int_equal(store_read_begin(st, &t), 0);
			if (store_iter_search(t, k, "ويرايش", &it) == 0) {	/* Arabic yeh typed */
				while (store_iter_next(it, got) == 0)
					hit |= strcmp(got, id) == 0;
				store_iter_free(it);
				for (sf = 0; sf < s->nfields; sf++)
					if (s->fields[sf].flags & CORE_FF_SEARCH)
						break;
				/* the new name holds every old word ("ویرایش‌شده"
				 * + old name): found by them once, i.e. the old
				 * name's word entries are gone (a stale one would
				 * return it twice) */
				assert_int_equal(store_iter_search(t, k, core_record_text(g, (int)sf), &it), 0);
				while (store_iter_next(it, got) == 0)
					old_hit += strcmp(got, id) == 0;
				store_iter_free(it);
				assert_true(hit);
				assert_int_equal(old_hit, 1);
			}
			store_read_end(t);
		}
		if (k == CORE_NEED) {	/* derived county follows the new unit */
			assert_string_equal(core_record_text(r, CORE_NEED_COUNTY), "HRS");
			assert_true(index_has(st, CORE_NEED, CORE_NEED_COUNTY, "HRS", id));
		}
		core_record_free(g);
		core_record_free(g2);
		assert_int_equal(get(st, k, id, &g, &m), 0);
		assert_int_equal(m.rev, 2);

		dc.k = k;
		dc.id = id;
		dc.rev = m.rev;
		dc.back = 0;
		assert_int_equal(store_write(st, deact_fn, &dc), 0);
		core_record_free(g);
		assert_int_equal(get(st, k, id, &g, &m), 0);
		assert_int_equal(m.rev, 3);
		af = core_field_find(s, "active");
		if (af >= 0)
			assert_int_equal(g->v[af].num, 0);
		else
			assert_int_equal(m.deleted, 1);
		if (k == CORE_DONOR)
			assert_true(core_donor_inactive(g));
		assert_indexed(st, g, 1);	/* nothing is removed */
		core_record_free(g);
		/* and back: active again, one revision later; again is a no-op */
		dc.rev = m.rev;
		dc.back = 1;
		assert_int_equal(store_write(st, deact_fn, &dc), 0);
		assert_int_equal(get(st, k, id, &g, &m), 0);
		assert_int_equal(m.rev, 4);
		if (af >= 0)
			assert_int_equal(g->v[af].num, 1);
		assert_int_equal(m.deleted, 0);
		if (k == CORE_DONOR)
			assert_false(core_donor_inactive(g));
		core_record_free(g);
		dc.rev = m.rev;
		assert_int_equal(store_write(st, deact_fn, &dc), 0);
		assert_int_equal(get(st, k, id, &g, &m), 0);
		assert_int_equal(m.rev, 4);
		core_record_free(g);
		core_record_free(r);
	}
	{
		size_t n = 0;

		assert_int_equal(store_verify(st, NULL, NULL, &n), 0);
		assert_int_equal(n, 0);
	}
	store_close(st);
}

static void
test_duplicate_nid(void **state)
{
	struct store *st = open_new("TBZ");
	struct family f;
	struct core_record *a, *b;
	struct put_ctx c;
	char nid[11], holder[CORE_ID_MAX];
	struct store_txn *t;
	size_t n;

	(void)state;
	put_family(st, &f);
	a = sample(CORE_DONOR, &f, 100);
	make_nid(36100000u, nid);
	core_record_set_text(a, CORE_DONOR_NATIONAL_ID, nid);
	assert_int_equal(put(st, a, NULL), 0);

	b = sample(CORE_DONOR, &f, 101);
	core_record_set_text(b, CORE_DONOR_NAME, "علی كريمي");	/* Arabic kaf/yeh */
	core_record_set_text(b, CORE_DONOR_NATIONAL_ID, nid);
	c.r = b;
	c.rc = 0;
	assert_int_equal(store_write(st, put_fn, &c), STORE_EDUP);
	assert_int_equal(c.why.code, STORE_EDUP);
	assert_int_equal(c.why.field, CORE_DONOR_NATIONAL_ID);
	assert_string_equal(c.why.id, a->v[0].text);
	assert_false(b->v[0].set);	/* the id given back */

	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_lookup_unique(t, CORE_DONOR, CORE_DONOR_NATIONAL_ID, nid, holder), 0);
	assert_string_equal(holder, a->v[0].text);
	assert_int_equal(store_count(t, CORE_DONOR, &n), 0);
	assert_int_equal(n, 2);	/* the family's donor and a */
	store_read_end(t);
	core_record_free(a);
	core_record_free(b);
	store_close(st);
}

static void
test_conflict(void **state)
{
	struct store *st = open_new("TBZ");
	struct family f;
	struct core_record *mine, *theirs, *now;
	struct store_meta m;
	struct store_why why;

	(void)state;
	put_family(st, &f);
	assert_int_equal(get(st, CORE_DONOR, f.donor, &mine, &m), 0);
	assert_int_equal(get(st, CORE_DONOR, f.donor, &theirs, NULL), 0);
	core_record_set_text(theirs, CORE_DONOR_MOBILE, "09149998877");
	assert_int_equal(update(st, theirs, m.rev, NULL), 0);
	core_record_set_text(mine, CORE_DONOR_ADDRESS, "تبریز، خیابان امام");
	assert_int_equal(update(st, mine, m.rev, &why), STORE_ECONFLICT);
	assert_int_equal(why.rev, m.rev + 1);
	assert_int_equal(get(st, CORE_DONOR, f.donor, &now, &m), 0);
	assert_string_equal(core_record_text(now, CORE_DONOR_MOBILE), "09149998877");
	assert_false(now->v[CORE_DONOR_ADDRESS].set);	/* nothing overwritten */
	assert_int_equal(m.rev, 2);
	core_record_free(mine);
	core_record_free(theirs);
	core_record_free(now);
	store_close(st);
}

struct many_ctx {
	const char *const *names;
	size_t n;
};

static int
many_fn(struct store_txn *t, void *vctx)
{
	struct many_ctx *c = vctx;
	size_t i;
	int rc;

	for (i = 0; i < c->n; i++) {
		struct core_record *r = core_record_new(CORE_DONOR);

		core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
		core_record_set_text(r, CORE_DONOR_NAME, c->names[i]);
		core_record_set_text(r, CORE_DONOR_COUNTY, "TBZ");
		rc = store_put_new(t, r, NULL);
		core_record_free(r);
		if (rc != 0)
			return rc;
	}
	return 0;
}

static void
search(struct store *st, const char *prefix, char out[][CORE_ID_MAX], size_t *n, size_t max,
    struct store_pos *pos)
{
	struct store_txn *t;
	struct store_iter *it;

	*n = 0;
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_iter_search(t, CORE_DONOR, prefix, &it), 0);
	if (pos && pos->len)
		assert_int_equal(store_iter_seek(it, pos), 0);
	while (*n < max && store_iter_next(it, out[*n]) == 0)
		++*n;
	if (pos)
		store_iter_pos(it, pos);
	store_iter_free(it);
	store_read_end(t);
}

static void
name_of(struct store *st, const char *id, char *buf, size_t n)
{
	struct core_record *r;

	assert_int_equal(get(st, CORE_DONOR, id, &r, NULL), 0);
	snprintf(buf, n, "%s", core_record_text(r, CORE_DONOR_NAME));
	core_record_free(r);
}

/* Persian order (CLDR fa): آ ا ب پ ... ک گ ... ی, not code-point order
 * (where پ U+067E and گ U+06AF come after ی-less letters such as ی U+06CC?
 * no: after ک U+06A9 but before ی; and ژ U+0698 after و U+0648). */
static void
test_search_order_and_paging(void **state)
{
	static const char *const names[] = {
		"ژاله رضایی", "پروین اعتصامی", "آرش کمانگیر", "زهرا کریمی", "گلناز بابایی",
		"علی کریمی", "علیرضا نوری", "علی‌اکبر دهخدا", "یوسف مرادی", "بهرام بیضایی",
	};
	/* expected order, by CLDR fa: آ ب پ ز ژ ع(علی ..., علی‌اکبر, علیرضا) گ ی */
	static const char *const want[] = {
		"آرش کمانگیر", "بهرام بیضایی", "پروین اعتصامی", "زهرا کریمی", "ژاله رضایی",
		NULL /* three علی names */, NULL, NULL, "گلناز بابایی", "یوسف مرادی",
	};
	struct store *st = open_new("TBZ");
	struct many_ctx c = { names, sizeof names / sizeof names[0] };
	char ids[16][CORE_ID_MAX], page[16][CORE_ID_MAX], nm[128];
	size_t n, i, np;
	struct store_pos pos;

	(void)state;
	assert_int_equal(store_write(st, many_fn, &c), 0);
	search(st, "", ids, &n, 16, NULL);
	assert_int_equal(n, 10);
	for (i = 0; i < n; i++) {
		name_of(st, ids[i], nm, sizeof nm);
		if (want[i])
			assert_string_equal(nm, want[i]);
		else
			assert_int_equal(strncmp(nm, "علی", strlen("علی")), 0);
	}
	/* typed with Arabic yeh: علي finds the three علی names */
	search(st, "علي", page, &np, 16, NULL);
	assert_int_equal(np, 3);
	search(st, "علیر", page, &np, 16, NULL);
	assert_int_equal(np, 1);
	name_of(st, page[0], nm, sizeof nm);
	assert_string_equal(nm, "علیرضا نوری");
	/* nobody's name starts with ک, but three have a word that does (the
	 * word index: store/search.c), in order of that word: کریمی, کریمی,
	 * کمانگیر (ر before م), the two کریمی by whole name (ز before ع) */
	search(st, "ك", page, &np, 16, NULL);
	assert_int_equal(np, 3);
	name_of(st, page[0], nm, sizeof nm);
	assert_string_equal(nm, "زهرا کریمی");
	name_of(st, page[1], nm, sizeof nm);
	assert_string_equal(nm, "علی کریمی");
	name_of(st, page[2], nm, sizeof nm);
	assert_string_equal(nm, "آرش کمانگیر");
	/* paging: pages of 3 from positions, each in its own transaction */
	memset(&pos, 0, sizeof pos);
	for (i = 0; i < n; i += np) {
		size_t j;

		search(st, "", page, &np, 3, &pos);
		assert_true(np > 0);
		for (j = 0; j < np; j++)
			assert_string_equal(page[j], ids[i + j]);
	}
	assert_int_equal(i, n);
	store_close(st);
}

static int
misc_fn(struct store_txn *t, void *ctx)
{
	(void)ctx;
	assert_int_equal(store_setting_set(t, "rank.weights", "0.3 0.3 0.1 0.1 0.1 0.1", 23), 0);
	/* saved again as it is (F2 with nothing changed): no second entry */
	assert_int_equal(store_setting_set(t, "rank.weights", "0.3 0.3 0.1 0.1 0.1 0.1", 23), 0);
	assert_int_equal(store_setting_set(t, "user.clerk1.bidi", "terminal", 8), 0);
	assert_int_equal(store_setting_set(t, "station", "XX", 2), STORE_EINVAL);
	assert_int_equal(store_draft_put(t, "clerk1", "donor:new", "name=زهرا\x1f", 14), 0);
	assert_int_equal(store_draft_put(t, "clerk1", "need:TBZ-5", "x", 1), 0);
	assert_int_equal(store_draft_put(t, "clerk2", "donor:new", "yy", 2), 0);
	return 0;
}

static int
count_cb(const char *name, const void *data, size_t len, void *ctx)
{
	(void)name;
	(void)data;
	(void)len;
	++*(int *)ctx;
	return 0;
}

static int
del_fn(struct store_txn *t, void *ctx)
{
	(void)ctx;
	return store_draft_del(t, "clerk1", "donor:new");
}

static void
test_settings_drafts_logs(void **state)
{
	struct store *st = open_new("TBZ");
	struct store_txn *t;
	struct family f;
	char *v, station[CORE_STATION_MAX + 1];
	size_t len;
	int n, again = 0;
	struct store_change c;
	struct store_iter *it;
	struct store_audit a;
	uint64_t seq, last;

	(void)state;
	assert_int_equal(store_station(st, station), 0);
	assert_string_equal(station, "TBZ");
	put_family(st, &f);
	assert_int_equal(store_write(st, misc_fn, NULL), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_setting_get(t, "station.name", &v, &len), 0);
	assert_string_equal(v, "ایستگاه تبریز");
	free(v);
	assert_int_equal(store_setting_get(t, "county.TBZ", &v, &len), 0);
	assert_int_equal(strncmp(v, "تبریز\t", strlen("تبریز\t")), 0);
	free(v);
	assert_int_equal(store_setting_get(t, "user.clerk1.bidi", &v, &len), 0);
	assert_string_equal(v, "terminal");
	free(v);
	n = 0;
	assert_int_equal(store_draft_each(t, "clerk1", count_cb, &n), 0);
	assert_int_equal(n, 2);
	assert_int_equal(store_draft_get(t, "clerk1", "donor:new", &v, &len), 0);
	assert_int_equal(len, 14);
	assert_memory_equal(v, "name=زهرا\x1f", 14);
	free(v);
	assert_int_equal(store_draft_get(t, "clerk3", "donor:new", &v, &len), STORE_ENOTFOUND);

	/* change log: 9 records of the family, in order, with full records,
	 * and the pledge again (rev 2) after the payment: its status followed */
	assert_int_equal(store_change_last(t, &last), 0);
	assert_int_equal(last, 10);
	for (seq = 0, n = 0; store_change_next(t, seq, &c) == 0; n++) {
		assert_int_equal(c.seq, seq + 1);
		assert_non_null(c.rec);
		assert_string_equal(c.rec->v[0].text, c.id);
		if (c.meta.rev == 2) {	/* the pledge's second version */
			assert_string_equal(c.id, f.pledge);
			assert_int_equal(c.rec->v[CORE_PLEDGE_STATUS].num, CORE_PLEDGE_PARTIAL);
			again++;
		} else
			assert_int_equal(c.meta.rev, 1);
		seq = c.seq;
		store_change_done(&c);
	}
	assert_int_equal(n, 10);
	assert_int_equal(again, 1);

	/* audit: the donor's creation, by clerk1, name field */
	assert_int_equal(store_audit_iter(t, f.donor, 0, &it), 0);
	assert_int_equal(store_audit_next(it, &a), 0);
	assert_string_equal(a.user, "clerk1");
	assert_int_equal(a.action, STORE_ACT_CREATE);
	assert_int_equal(a.kind, CORE_DONOR);
	assert_string_equal(a.id, f.donor);
	{
		size_t i;
		int seen = 0;

		for (i = 0; i < a.nfields; i++)
			if (strcmp(a.fields[i].name, "name") == 0) {
				assert_string_equal(a.fields[i].old_text, "");
				assert_string_equal(a.fields[i].new_text, "محمدرضا نوروزی‌فر 0");
				seen = 1;
			}
		assert_true(seen);
	}
	store_audit_done(&a);
	assert_int_equal(store_audit_next(it, &a), STORE_ENOTFOUND);
	store_iter_free(it);
	/* the weights setting is audited too */
	assert_int_equal(store_audit_iter(t, "rank.weights", 0, &it), 0);
	assert_int_equal(store_audit_next(it, &a), 0);
	assert_int_equal(a.action, STORE_ACT_SETTING);
	assert_int_equal(a.nfields, 1);
	assert_string_equal(a.fields[0].new_text, "0.3 0.3 0.1 0.1 0.1 0.1");
	store_audit_done(&a);
	assert_int_equal(store_audit_next(it, &a), STORE_ENOTFOUND);
	store_iter_free(it);
	/* since a time in the future: nothing */
	assert_int_equal(store_audit_iter(t, NULL, (int64_t)time(NULL) + 3600, &it), 0);
	assert_int_equal(store_audit_next(it, &a), STORE_ENOTFOUND);
	store_iter_free(it);
	store_read_end(t);

	assert_int_equal(store_write(st, del_fn, NULL), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_draft_get(t, "clerk1", "donor:new", &v, &len), STORE_ENOTFOUND);
	store_read_end(t);
	store_close(st);
}

static int
setdel_put_fn(struct store_txn *t, void *ctx)
{
	(void)ctx;
	assert_int_equal(store_setting_set(t, "rank.weights", "0.3 0.3 0.1 0.1 0.1 0.1", 23), 0);
	assert_int_equal(store_setting_set(t, "sync.trust.MRD", "کلید مرند", strlen("کلید مرند")), 0);
	assert_int_equal(store_setting_set(t, "sync.peer.MRD.acked", "4", 1), 0);
	return 0;
}

static int
setdel_del_fn(struct store_txn *t, void *ctx)
{
	(void)ctx;
	assert_int_equal(store_setting_del(t, "rank.weights"), 0);
	assert_int_equal(store_setting_del(t, "sync.trust.MRD"), 0);
	assert_int_equal(store_setting_del(t, "station.name"), 0);
	assert_int_equal(store_setting_del(t, "sync.peer.MRD.acked"), 0);
	/* not there: nothing deleted, nothing logged */
	assert_int_equal(store_setting_del(t, "rank.method"), STORE_ENOTFOUND);
	return 0;
}

/* the last audit entry under name: a setting's change from old to new */
static void
assert_setting_last(struct store_txn *t, const char *name, int n, const char *old,
    const char *nw)
{
	struct store_iter *it;
	struct store_audit a;
	int i;

	assert_int_equal(store_audit_iter(t, name, 0, &it), 0);
	for (i = 0; i < n; i++) {
		assert_int_equal(store_audit_next(it, &a), 0);
		assert_int_equal(a.action, STORE_ACT_SETTING);
		assert_int_equal(a.nfields, 1);
		if (i == n - 1) {
			assert_string_equal(a.user, "clerk1");
			assert_string_equal(a.fields[0].name, name);
			assert_string_equal(a.fields[0].old_text, old);
			assert_string_equal(a.fields[0].new_text, nw);
		}
		store_audit_done(&a);
	}
	assert_int_equal(store_audit_next(it, &a), STORE_ENOTFOUND);
	store_iter_free(it);
}

/* Deleting an audited setting (rank.*, sync.trust.*, station.name) is
 * logged as store_setting_set logs a change: its old value, the new one
 * empty.  Other settings (a peer's sync marks) are not audited. */
static void
test_setting_del_audited(void **state)
{
	struct store *st = open_new("TBZ");
	struct store_txn *t;
	struct store_iter *it;
	struct store_audit a;
	char *v;
	size_t len;

	(void)state;
	assert_int_equal(store_write(st, setdel_put_fn, NULL), 0);
	assert_int_equal(store_write(st, setdel_del_fn, NULL), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_setting_get(t, "rank.weights", &v, &len), STORE_ENOTFOUND);
	assert_int_equal(store_setting_get(t, "station.name", &v, &len), STORE_ENOTFOUND);
	assert_setting_last(t, "rank.weights", 2, "0.3 0.3 0.1 0.1 0.1 0.1", "");
	assert_setting_last(t, "sync.trust.MRD", 2, "کلید مرند", "");
	assert_setting_last(t, "station.name", 1, "ایستگاه تبریز", "");
	assert_int_equal(store_audit_iter(t, "sync.peer.MRD.acked", 0, &it), 0);
	assert_int_equal(store_audit_next(it, &a), STORE_ENOTFOUND);
	store_iter_free(it);
	assert_int_equal(store_audit_iter(t, "rank.method", 0, &it), 0);
	assert_int_equal(store_audit_next(it, &a), STORE_ENOTFOUND);
	store_iter_free(it);
	store_read_end(t);
	store_close(st);
}

/* A deactivated (deleted) pledge or payment no longer counts in its need's
 * sums: deleting it must raise the gap the ranking, the dashboard and the
 * report show. */
static void
test_gap_without_deactivated(void **state)
{
	struct store *st = open_new("TBZ");
	struct family f;
	struct store_txn *t;
	struct store_need_sums s;
	struct core_record *p;
	struct store_meta m;
	struct deact_ctx d;

	(void)state;
	put_family(st, &f);
	/* the payment deleted: received 0, pledged as before */
	assert_int_equal(get(st, CORE_PAYMENT, f.payment, &p, &m), 0);
	core_record_free(p);
	d.k = CORE_PAYMENT; d.id = f.payment; d.rev = m.rev; d.back = 0;
	assert_int_equal(store_write(st, deact_fn, &d), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_need_sums(t, f.need, &s), 0);
	store_read_end(t);
	assert_int_equal(s.pledged, 300000000);
	assert_int_equal(s.received, 0);
	/* the pledge deleted: nothing pledged, the whole cost is the gap */
	assert_int_equal(get(st, CORE_PLEDGE, f.pledge, &p, &m), 0);
	core_record_free(p);
	d.k = CORE_PLEDGE; d.id = f.pledge; d.rev = m.rev;
	assert_int_equal(store_write(st, deact_fn, &d), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_need_sums(t, f.need, &s), 0);
	store_read_end(t);
	assert_int_equal(s.pledged, 0);
	assert_int_equal(s.received, 0);
	assert_int_equal(s.gap, 900000000);
	/* brought back, it counts again */
	assert_int_equal(get(st, CORE_PLEDGE, f.pledge, &p, &m), 0);
	core_record_free(p);
	d.rev = m.rev; d.back = 1;
	assert_int_equal(store_write(st, deact_fn, &d), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_need_sums(t, f.need, &s), 0);
	store_read_end(t);
	assert_int_equal(s.pledged, 300000000);
	assert_int_equal(s.gap, 600000000);
	store_close(st);
}

/* store_need_stages counts a need's stages, those below 100 percent (no
 * progress counting as 0) and, of those, the ones past their planned end
 * (no actual end and the planned end before today, or an actual end after
 * it); a deleted stage counts nowhere, a stage at 100 percent ended late
 * is finished, and a need with no stages gives zeros. */
static void
stages_are(struct store *st, const char *need, int32_t today, int total, int unfinished,
    int overdue)
{
	struct store_txn *t;
	struct store_need_stages ns;

	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_need_stages(t, need, today, &ns), 0);
	store_read_end(t);
	assert_int_equal(ns.total, total);
	assert_int_equal(ns.unfinished, unfinished);
	assert_int_equal(ns.overdue, overdue);
}

static void
test_need_stages(void **state)
{
	struct store *st = open_new("TBZ");
	struct family f;
	struct core_record *r;
	struct store_meta m;
	struct deact_ctx d;
	char late[CORE_ID_MAX], done[CORE_ID_MAX], none[CORE_ID_MAX], other[CORE_ID_MAX];
	int32_t today = jday(1404, 3, 1);

	(void)state;
	put_family(st, &f);	/* its stage: 20 percent, no dates */
	stages_are(st, f.need, today, 1, 1, 0);
	/* 50 percent, planned to end before today: unfinished and overdue */
	r = sample(CORE_STAGE, &f, 0);
	core_record_set_num(r, CORE_STAGE_PROGRESS, 50);
	core_record_set_num(r, CORE_STAGE_PLANNED_END, jday(1404, 2, 1));
	assert_int_equal(put(st, r, late), 0);
	core_record_free(r);
	/* 100 percent, ended after its planned end: finished */
	r = sample(CORE_STAGE, &f, 0);
	core_record_set_num(r, CORE_STAGE_PROGRESS, 100);
	core_record_set_num(r, CORE_STAGE_PLANNED_END, jday(1404, 1, 10));
	core_record_set_num(r, CORE_STAGE_ACTUAL_END, jday(1404, 1, 20));
	assert_int_equal(put(st, r, done), 0);
	core_record_free(r);
	/* no progress, planned to end after today: unfinished, not overdue */
	r = sample(CORE_STAGE, &f, 0);
	core_record_unset(r, CORE_STAGE_PROGRESS);
	core_record_set_num(r, CORE_STAGE_PLANNED_END, jday(1404, 6, 1));
	assert_int_equal(put(st, r, none), 0);
	core_record_free(r);
	stages_are(st, f.need, today, 4, 3, 1);
	/* written with no progress, it is stored at 0 (CORE_FF_ZERO), as a
	 * stage made on the need's screen is; before, it was left empty */
	assert_int_equal(get(st, CORE_STAGE, none, &r, &m), 0);
	assert_true(r->v[CORE_STAGE_PROGRESS].set);
	assert_int_equal(r->v[CORE_STAGE_PROGRESS].num, 0);
	core_record_free(r);
	/* a day before the planned end: the 50 percent one not overdue yet */
	stages_are(st, f.need, jday(1404, 1, 31), 4, 3, 0);
	/* the overdue one deleted: it counts nowhere */
	assert_int_equal(get(st, CORE_STAGE, late, &r, &m), 0);
	core_record_free(r);
	d.k = CORE_STAGE; d.id = late; d.rev = m.rev; d.back = 0;
	assert_int_equal(store_write(st, deact_fn, &d), 0);
	stages_are(st, f.need, today, 3, 2, 0);
	/* another need's stages are not this one's; a need with none: zeros */
	r = sample(CORE_NEED, &f, 0);
	assert_int_equal(put(st, r, other), 0);
	core_record_free(r);
	stages_are(st, other, today, 0, 0, 0);
	store_close(st);
}

static int
reopens(struct store *st, const struct core_record *r)
{
	struct store_txn *t;
	int yes = -1;

	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_stage_reopens(t, r, &yes), 0);
	store_read_end(t);
	return yes;
}

/* store_stage_reopens: a write that gives a need that is done a stage
 * below 100 percent it did not have (a new one, or one lowered from 100)
 * is told, against the stored stage; a need not done, or a stage below
 * 100 already, is not. */
static void
test_stage_reopens(void **state)
{
	struct store *st = open_new("TBZ");
	struct family f;
	struct core_record *r, *s2;
	char done[CORE_ID_MAX], full[CORE_ID_MAX];

	(void)state;
	put_family(st, &f);
	/* a stage of a need in its first status: never */
	r = sample(CORE_STAGE, &f, 0);
	core_record_set_num(r, CORE_STAGE_PROGRESS, 10);
	assert_int_equal(reopens(st, r), 0);
	core_record_free(r);
	/* a need recorded done, with a stage at 100 */
	r = sample(CORE_NEED, &f, 0);
	core_record_set_num(r, CORE_NEED_STATUS, CORE_NEED_DONE);
	assert_int_equal(put(st, r, done), 0);
	core_record_free(r);
	r = sample(CORE_STAGE, &f, 0);
	assert_int_equal(core_record_set_text(r, CORE_STAGE_NEED, done), 0);
	core_record_set_num(r, CORE_STAGE_PROGRESS, 100);
	assert_int_equal(reopens(st, r), 0);	/* new at 100 */
	assert_int_equal(put(st, r, full), 0);
	core_record_unset(r, CORE_STAGE_PROGRESS);
	core_record_unset(r, 0);
	assert_int_equal(reopens(st, r), 1);	/* new, progress empty: 0 */
	assert_int_equal(get(st, CORE_STAGE, full, &s2, NULL), 0);
	core_record_set_num(s2, CORE_STAGE_PROGRESS, 60);
	assert_int_equal(reopens(st, s2), 1);	/* lowered from 100 */
	core_record_set_num(s2, CORE_STAGE_PROGRESS, 100);
	assert_int_equal(reopens(st, s2), 0);	/* kept at 100 */
	core_record_free(s2);
	core_record_free(r);
	store_close(st);
}

/* In one write transaction (an import of payments), store_pledge_paid
 * answers from the sums the transaction keeps, which each payment written
 * moves: a new payment, a changed amount, a payment moved to another
 * pledge, deleted and brought back.  Each answer is the sum of the stored
 * payments (store_pledge_paid with an except, which reads them all), and
 * the pledges' statuses follow it. */
struct paid_ctx {
	const struct family *f;
	char p2[CORE_ID_MAX];
};

static void
paid_is(struct store_txn *t, const char *pid, int64_t want)
{
	int64_t kept, read;

	assert_int_equal(store_pledge_paid(t, pid, NULL, &kept), 0);
	assert_int_equal(store_pledge_paid(t, pid, "NONE-1", &read), 0);
	assert_int_equal(read, want);
	assert_int_equal(kept, want);
}

static int
status_of(struct store_txn *t, const char *pid)
{
	struct core_record *p;
	int st;

	assert_int_equal(store_get(t, CORE_PLEDGE, pid, &p, NULL), 0);
	st = (int)p->v[CORE_PLEDGE_STATUS].num;
	core_record_free(p);
	return st;
}

static int
paid_fn(struct store_txn *t, void *vctx)
{
	struct paid_ctx *c = vctx;
	struct core_record *r, *y;
	struct store_meta m;
	char yid[CORE_ID_MAX];

	store_txn_bulk(t);
	r = sample(CORE_PLEDGE, c->f, 1);
	assert_int_equal(store_put_new(t, r, c->p2), 0);
	core_record_free(r);
	paid_is(t, c->f->pledge, 100000000);
	paid_is(t, c->p2, 0);
	y = sample(CORE_PAYMENT, c->f, 1);
	core_record_set_num(y, CORE_PAYMENT_AMOUNT, 150000000);
	assert_int_equal(store_put_new(t, y, yid), 0);
	paid_is(t, c->f->pledge, 250000000);
	assert_int_equal(status_of(t, c->f->pledge), CORE_PLEDGE_PARTIAL);
	core_record_set_num(y, CORE_PAYMENT_AMOUNT, 200000000);
	assert_int_equal(store_update(t, y, 1), 0);
	paid_is(t, c->f->pledge, 300000000);
	assert_int_equal(status_of(t, c->f->pledge), CORE_PLEDGE_FULFILLED);
	core_record_set_text(y, CORE_PAYMENT_PLEDGE, c->p2);
	assert_int_equal(store_update(t, y, 2), 0);
	paid_is(t, c->f->pledge, 100000000);
	paid_is(t, c->p2, 200000000);
	assert_int_equal(status_of(t, c->f->pledge), CORE_PLEDGE_PARTIAL);
	assert_int_equal(store_deactivate(t, CORE_PAYMENT, yid, 3), 0);
	paid_is(t, c->p2, 0);
	assert_int_equal(status_of(t, c->p2), CORE_PLEDGE_PLEDGED);
	assert_int_equal(store_exists(t, CORE_PAYMENT, yid, &m), 0);
	assert_int_equal(store_reactivate(t, CORE_PAYMENT, yid, m.rev), 0);
	paid_is(t, c->p2, 200000000);
	core_record_free(y);
	return 0;
}

static void
test_paid_in_one_write(void **state)
{
	struct store *st = open_new("TBZ");
	struct family f;
	struct paid_ctx c;
	struct store_txn *t;

	(void)state;
	put_family(st, &f);
	c.f = &f;
	assert_int_equal(store_write(st, paid_fn, &c), 0);
	/* and so it is stored */
	assert_int_equal(store_read_begin(st, &t), 0);
	paid_is(t, f.pledge, 100000000);
	paid_is(t, c.p2, 200000000);
	assert_int_equal(status_of(t, c.p2), CORE_PLEDGE_PARTIAL);
	store_read_end(t);
	store_close(st);
}

/* Pledged beyond the estimated cost: the gap is 0, as the dashboard
 * shows it (never negative), and the surplus says by how much;
 * store_need_pledged sums the need's counting pledges, leaving out the
 * one being edited, for the pledge form's warning. */
static void
test_gap_over_estimate(void **state)
{
	struct store *st = open_new("TBZ");
	struct family f;
	struct store_txn *t;
	struct store_need_sums s;
	struct core_record *p;
	char second[CORE_ID_MAX], third[CORE_ID_MAX];
	int64_t pledged;

	(void)state;
	put_family(st, &f);		/* 300,000,000 pledged on 900,000,000 */
	p = sample(CORE_PLEDGE, &f, 1);
	core_record_set_num(p, CORE_PLEDGE_AMOUNT, 700000000);
	assert_int_equal(put(st, p, second), 0);
	core_record_free(p);
	p = sample(CORE_PLEDGE, &f, 2);	/* cancelled: counts nowhere */
	core_record_set_num(p, CORE_PLEDGE_STATUS, CORE_PLEDGE_CANCELLED);
	assert_int_equal(put(st, p, third), 0);
	core_record_free(p);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_need_sums(t, f.need, &s), 0);
	assert_int_equal(s.pledged, 1000000000);
	assert_int_equal(s.gap, 0);
	assert_int_equal(s.surplus, 100000000);
	assert_int_equal(store_need_pledged(t, f.need, NULL, &pledged), 0);
	assert_int_equal(pledged, 1000000000);
	assert_int_equal(store_need_pledged(t, f.need, second, &pledged), 0);
	assert_int_equal(pledged, 300000000);
	assert_int_equal(store_need_pledged(t, f.need, third, &pledged), 0);
	assert_int_equal(pledged, 1000000000);
	store_read_end(t);
	store_close(st);
}

static void
test_gap_and_audit_update(void **state)
{
	struct store *st = open_new("TBZ");
	struct family f;
	struct store_txn *t;
	struct store_need_sums s;
	struct core_record *p;
	struct store_meta m;
	struct store_iter *it;
	struct store_audit a;
	int found = 0;

	(void)state;
	put_family(st, &f);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_need_sums(t, f.need, &s), 0);
	store_read_end(t);
	assert_int_equal(s.estimated, 900000000);
	assert_int_equal(s.pledged, 300000000);
	assert_int_equal(s.received, 100000000);
	assert_int_equal(s.gap, 600000000);
	/* a non-material pledge does not count; a cancelled one neither */
	p = sample(CORE_PLEDGE, &f, 1);
	core_record_set_num(p, CORE_PLEDGE_TYPE, CORE_PT_SUPPORT);
	assert_int_equal(put(st, p, NULL), 0);
	core_record_free(p);
	assert_int_equal(get(st, CORE_PLEDGE, f.pledge, &p, &m), 0);
	core_record_set_num(p, CORE_PLEDGE_STATUS, CORE_PLEDGE_CANCELLED);
	assert_int_equal(update(st, p, m.rev, NULL), 0);
	core_record_free(p);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_need_sums(t, f.need, &s), 0);
	assert_int_equal(s.pledged, 0);
	assert_int_equal(s.gap, 900000000);
	/* the audit log says who changed status from what to what: the
	 * payment made it partial, then it was cancelled */
	assert_int_equal(store_audit_iter(t, f.pledge, 0, &it), 0);
	while (store_audit_next(it, &a) == 0) {
		if (a.action == STORE_ACT_UPDATE) {
			assert_int_equal(a.nfields, 1);
			assert_string_equal(a.fields[0].name, "status");
			assert_string_equal(a.fields[0].old_text, found ? "partial" : "pledged");
			assert_string_equal(a.fields[0].new_text, found ? "cancelled" : "partial");
			found++;
		}
		store_audit_done(&a);
	}
	store_iter_free(it);
	store_read_end(t);
	assert_int_equal(found, 2);
	store_close(st);
}

static void
test_refs_and_ids(void **state)
{
	struct store *st = open_new("TBZ");
	struct family f;
	struct core_record *r;
	struct put_ctx c;
	char id[CORE_ID_MAX];

	(void)state;
	put_family(st, &f);
	r = sample(CORE_NEED, &f, 0);
	core_record_set_text(r, CORE_NEED_UNIT, "TBZ-999");
	c.r = r;
	assert_int_equal(store_write(st, put_fn, &c), STORE_EREF);
	assert_int_equal(c.why.field, CORE_NEED_UNIT);
	assert_string_equal(c.why.id, "TBZ-999");
	/* an imported id from another station is kept; ours goes on */
	core_record_set_text(r, CORE_NEED_UNIT, f.unit);
	core_record_set_text(r, CORE_NEED_ID, "MRG-41");
	assert_int_equal(put(st, r, id), 0);
	assert_string_equal(id, "MRG-41");
	assert_int_equal(put(st, r, NULL), STORE_EEXIST);
	core_record_unset(r, CORE_NEED_ID);
	assert_int_equal(put(st, r, id), 0);
	assert_string_equal(id, "TBZ-10");	/* after the family's TBZ-1..9 */
	/* an id ahead of the counter moves the counter */
	core_record_set_text(r, CORE_NEED_ID, "TBZ-50");
	assert_int_equal(put(st, r, NULL), 0);
	core_record_unset(r, CORE_NEED_ID);
	assert_int_equal(put(st, r, id), 0);
	assert_string_equal(id, "TBZ-51");
	core_record_free(r);
	/* ids are unique across kinds: a group given the need's id is refused,
	 * naming the kind that holds it; nothing is written */
	r = sample(CORE_GROUP, &f, 0);
	core_record_set_text(r, CORE_GROUP_ID, "TBZ-50");
	c.r = r;
	assert_int_equal(store_write(st, put_fn, &c), STORE_EEXIST);
	assert_int_equal(c.why.kind, CORE_NEED);
	assert_string_equal(c.why.id, "TBZ-50");
	core_record_set_text(r, CORE_GROUP_ID, "TBZ-52");
	assert_int_equal(put(st, r, NULL), 0);	/* a free id is taken */
	core_record_free(r);
	{
		size_t n;

		assert_int_equal(store_verify(st, NULL, NULL, &n), 0);
		assert_int_equal(n, 0);
	}
	store_close(st);
}

static void
test_backup_and_open_errors(void **state)
{
	struct store *st = open_new("TBZ"), *bk;
	struct family f;
	char path[700], dir[600];
	struct store_txn *t;
	size_t n;
	struct stat sb;

	(void)state;
	put_family(st, &f);
	snprintf(path, sizeof path, "%s/backup.mdb", tmpdir);
	assert_int_equal(store_backup(st, path), 0);
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(store_open(path, 0, &bk), 0);
	assert_int_equal(store_read_begin(bk, &t), 0);
	assert_int_equal(store_count(t, CORE_DONOR, &n), 0);
	assert_int_equal(n, 1);
	store_read_end(t);
	assert_int_equal(store_verify(bk, NULL, NULL, &n), 0);
	assert_int_equal(n, 0);
	store_close(bk);
	store_close(st);

	snprintf(dir, sizeof dir, "%s/nothing-here", tmpdir);
	assert_int_equal(store_open(dir, 0, &bk), STORE_ENODB);
	assert_int_equal(store_open(dir, STORE_CREATE, &bk), 0);
	assert_int_equal(stat(dir, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0770);
	snprintf(path, sizeof path, "%s/data.mdb", dir);
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0660);
	store_close(bk);
	assert_int_equal(store_open(dir, STORE_CREATE, &bk), STORE_EEXIST);
	/* missing parents are made, as for ~/.local/share/hamyar */
	snprintf(dir, sizeof dir, "%s/home/.local/share/hamyar", tmpdir);
	assert_int_equal(store_open(dir, STORE_CREATE, &bk), 0);
	assert_int_equal(stat(dir, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0770);
	store_close(bk);
}

static size_t
donors_in(const char *dir)
{
	struct store *st;
	struct store_txn *t;
	size_t n = 0;

	assert_int_equal(store_open(dir, STORE_RDONLY, &st), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_count(t, CORE_DONOR, &n), 0);
	store_read_end(t);
	store_close(st);
	return n;
}

/* A backup put back, as the README says (data.mdb and lock.mdb moved
 * aside, the backup copied in), while a program still has the database
 * open: its next write is refused, STORE_EMOVED, and is in neither file.
 * Before, LMDB committed it into the file moved aside and the program said
 * it was saved; nobody would see it again. */
static void
test_replaced_under(void **state)
{
	struct family f;
	struct store *st, *fresh;
	struct core_record *r;
	char dir[600], aside[700], bk[700], from[800], to[800], cmd[2400], id[CORE_ID_MAX];

	(void)state;
	memset(&f, 0, sizeof f);
	st = open_new("TBZ");
	snprintf(dir, sizeof dir, "%s/db%d", tmpdir, dbn);
	r = sample(CORE_DONOR, &f, 1);
	assert_int_equal(put(st, r, id), 0);
	core_record_free(r);
	snprintf(bk, sizeof bk, "%s/replaced.mdb", tmpdir);
	assert_int_equal(store_backup(st, bk), 0);

	snprintf(aside, sizeof aside, "%s-damaged", dir);
	assert_int_equal(mkdir(aside, 0770), 0);
	snprintf(from, sizeof from, "%s/data.mdb", dir);
	snprintf(to, sizeof to, "%s/data.mdb", aside);
	assert_int_equal(rename(from, to), 0);
	snprintf(from, sizeof from, "%s/lock.mdb", dir);
	snprintf(to, sizeof to, "%s/lock.mdb", aside);
	assert_int_equal(rename(from, to), 0);
	snprintf(cmd, sizeof cmd, "cp '%s' '%s/data.mdb'", bk, dir);
	assert_int_equal(system(cmd), 0);

	r = sample(CORE_DONOR, &f, 2);
	assert_int_equal(put(st, r, id), STORE_EMOVED);
	store_close(st);
	assert_int_equal(donors_in(dir), 1);
	assert_int_equal(donors_in(aside), 1);
	/* a program started after the restore writes as ever */
	assert_int_equal(store_open(dir, STORE_NOSYNC, &fresh), 0);
	assert_int_equal(store_user_set(fresh, "clerk1"), 0);
	assert_int_equal(put(fresh, r, id), 0);
	store_close(fresh);
	core_record_free(r);
	assert_int_equal(donors_in(dir), 2);
}

/* store_open's answer for dir with flags, in a child process (-100 if the
 * child did not end by itself) */
static int
open_in_child(const char *dir, unsigned flags)
{
	struct store *st;
	pid_t pid;
	int status, rc;

	fflush(NULL);
	if ((pid = fork()) == 0) {
		rc = store_open(dir, flags, &st);
		if (rc == 0)
			store_close(st);
		_exit(-rc);
	}
	assert_true(pid > 0);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	return WIFEXITED(status) ? -WEXITSTATUS(status) : -100;
}

/* A backup copied over data.mdb in place ("cp backup data.mdb", not moved
 * aside as the README says) while a program has the database open: the
 * lock file then describes the file that was there.  Before, nothing
 * noticed: the program open went on reading and writing the new file by
 * the old file's transaction numbers, and one started meanwhile opened it
 * likewise.  Now that program's reads and writes are refused
 * (STORE_EMOVED), one opening it meanwhile is refused (STORE_ECOPIED),
 * and once every program has closed it, the file copied in opens as the
 * database. */
static void
test_overwritten_under(void **state)
{
	struct family f;
	struct store *st, *other;
	struct store_txn *t;
	struct core_record *r;
	char dir[600], bk[700], cmd[2400], id[CORE_ID_MAX];

	(void)state;
	memset(&f, 0, sizeof f);
	st = open_new("TBZ");
	snprintf(dir, sizeof dir, "%s/db%d", tmpdir, dbn);
	r = sample(CORE_DONOR, &f, 1);
	assert_int_equal(put(st, r, id), 0);
	core_record_free(r);
	snprintf(bk, sizeof bk, "%s/overwritten.mdb", tmpdir);
	assert_int_equal(store_backup(st, bk), 0);
	r = sample(CORE_DONOR, &f, 2);
	assert_int_equal(put(st, r, id), 0);
	core_record_free(r);

	snprintf(cmd, sizeof cmd, "cp '%s' '%s/data.mdb'", bk, dir);
	assert_int_equal(system(cmd), 0);

	r = sample(CORE_DONOR, &f, 3);
	assert_int_equal(put(st, r, id), STORE_EMOVED);
	core_record_free(r);
	assert_int_equal(store_read_begin(st, &t), STORE_EMOVED);
	/* another process (LMDB's locks are a process's: a second open in
	 * this one would take the lock file for its own) */
	assert_int_equal(open_in_child(dir, STORE_RDONLY), STORE_ECOPIED);
	assert_int_equal(open_in_child(dir, STORE_NOSYNC), STORE_ECOPIED);
	store_close(st);
	/* every program closed: the file copied in is the database */
	assert_int_equal(donors_in(dir), 1);
	assert_int_equal(store_open(dir, STORE_NOSYNC, &other), 0);
	assert_int_equal(store_user_set(other, "clerk1"), 0);
	r = sample(CORE_DONOR, &f, 4);
	assert_int_equal(put(other, r, id), 0);
	core_record_free(r);
	store_close(other);
	assert_int_equal(donors_in(dir), 2);
}

/* names: the named sub-databases in the LMDB file of dir, one per line */
static void
lmdb_names(const char *dir, char *names, size_t n)
{
	MDB_env *env;
	MDB_txn *txn;
	MDB_dbi main;
	MDB_cursor *c;
	MDB_val k, d;
	size_t o = 0;

	names[0] = '\0';
	assert_int_equal(mdb_env_create(&env), 0);
	assert_int_equal(mdb_env_open(env, dir, MDB_RDONLY, 0660), 0);
	assert_int_equal(mdb_txn_begin(env, NULL, MDB_RDONLY, &txn), 0);
	assert_int_equal(mdb_dbi_open(txn, NULL, 0, &main), 0);
	assert_int_equal(mdb_cursor_open(txn, main, &c), 0);
	while (mdb_cursor_get(c, &k, &d, MDB_NEXT) == 0 && o + k.mv_size + 2 < n)
		o += (size_t)snprintf(names + o, n - o, "%.*s\n", (int)k.mv_size, (char *)k.mv_data);
	mdb_cursor_close(c);
	mdb_txn_abort(txn);
	mdb_env_close(env);
}

/* Another program's LMDB file put where a database should be (the wrong
 * file restored as data.mdb) is no database: a writing open refuses it
 * and writes nothing into it.  Before, the open made every one of the
 * store's sub-databases in it and took it for a database without a
 * station.  An LMDB file with no sub-database at all (an init killed
 * before its first commit) is still the store's to make. */
static void
test_foreign_lmdb(void **state)
{
	MDB_env *env;
	MDB_txn *txn;
	MDB_dbi dbi;
	MDB_val k = { 6, "ledger" }, d = { 11, "1405/09/09;" };
	struct store *st;
	char names[1024], dir[600];

	(void)state;
	snprintf(dir, sizeof dir, "%s", newdb());
	assert_int_equal(mkdir(dir, 0770), 0);
	assert_int_equal(mdb_env_create(&env), 0);
	assert_int_equal(mdb_env_set_maxdbs(env, 4), 0);
	assert_int_equal(mdb_env_open(env, dir, 0, 0660), 0);
	assert_int_equal(mdb_txn_begin(env, NULL, 0, &txn), 0);
	assert_int_equal(mdb_dbi_open(txn, "accounts", MDB_CREATE, &dbi), 0);
	assert_int_equal(mdb_put(txn, dbi, &k, &d, 0), 0);
	assert_int_equal(mdb_txn_commit(txn), 0);
	mdb_env_close(env);

	assert_int_equal(store_open(dir, 0, &st), STORE_ENODB);
	assert_int_equal(store_open(dir, STORE_RDONLY, &st), STORE_ENODB);
	assert_int_equal(store_open(dir, STORE_CREATE, &st), STORE_EEXIST);
	lmdb_names(dir, names, sizeof names);
	assert_string_equal(names, "accounts\n");

	/* an empty LMDB file: the store makes its sub-databases */
	snprintf(dir, sizeof dir, "%s", newdb());
	assert_int_equal(mkdir(dir, 0770), 0);
	assert_int_equal(mdb_env_create(&env), 0);
	assert_int_equal(mdb_env_open(env, dir, 0, 0660), 0);
	assert_int_equal(mdb_txn_begin(env, NULL, 0, &txn), 0);
	assert_int_equal(mdb_txn_commit(txn), 0);
	mdb_env_close(env);
	assert_int_equal(store_open(dir, 0, &st), 0);
	store_close(st);
	lmdb_names(dir, names, sizeof names);
	assert_non_null(strstr(names, "meta\n"));
	assert_non_null(strstr(names, "audit\n"));
}

/* A record written with a field this program does not know, and lacking
 * one it does, decodes: unknown skipped, missing unset (the encoding is
 * self-describing by field name). */
static void
test_encoding_evolution(void **state)
{
	(void)state;
	/* format 1, flags 0, rev 1, hlc 5, origin "TBZ", base 0 "", 3 fields:
	 * id "TBZ-1", colour (unknown) "سبز", name "زهرا" */
	static const unsigned char rec[] = {
		1, 0, 1, 5, 3, 'T', 'B', 'Z', 0, 0, 3,
		2, 'i', 'd', CORE_FT_ID, 5, 'T', 'B', 'Z', '-', '1',
		6, 'c', 'o', 'l', 'o', 'u', 'r', CORE_FT_TEXT, 6, 0xd8, 0xb3, 0xd8, 0xa8, 0xd8, 0xb2,
		4, 'n', 'a', 'm', 'e', CORE_FT_TEXT, 8, 0xd8, 0xb2, 0xd9, 0x87, 0xd8, 0xb1, 0xd8, 0xa7,
	};
	struct core_record *r;
	struct store_meta m;

	assert_int_equal(rec_decode(CORE_DONOR, rec, sizeof rec, &r, &m), 0);
	assert_int_equal(m.rev, 1);
	assert_int_equal(m.version.hlc, 5);
	assert_string_equal(m.version.origin, "TBZ");
	assert_string_equal(core_record_text(r, CORE_DONOR_ID), "TBZ-1");
	assert_string_equal(core_record_text(r, CORE_DONOR_NAME), "زهرا");
	assert_false(r->v[CORE_DONOR_ACTIVE].set);	/* missing: unset */
	assert_false(core_donor_inactive(r));		/* ... and active */
	assert_false(r->v[CORE_DONOR_COUNTY].set);
	core_record_free(r);
	/* a later format is refused, a cut record is damage */
	{
		unsigned char later[sizeof rec];

		memcpy(later, rec, sizeof rec);
		later[0] = 2;
		assert_int_equal(rec_decode(CORE_DONOR, later, sizeof later, &r, &m), STORE_EVERSION);
		assert_int_equal(rec_decode(CORE_DONOR, rec, sizeof rec - 3, &r, &m), STORE_ECORRUPT);
	}
}

/* Damage the database behind the store's back (through LMDB directly) and
 * check that verify names each problem. */
struct damage {
	struct family *f;
};

static int
damage_fn(struct store_txn *t, void *vctx)
{
	struct damage *d = vctx;
	unsigned char rk[64], ik[64];
	size_t rkl;
	MDB_val k, v;

	/* 1. the donor's county entry removed: unindexed */
	assert_int_equal(id_to_key(CORE_DONOR, d->f->donor, rk, &rkl), 0);
	ik[0] = CORE_DONOR;
	ik[1] = CORE_DONOR_COUNTY;
	memcpy(ik + 2, "TBZ", 3);
	k.mv_size = 5;
	k.mv_data = ik;
	v.mv_size = rkl;
	v.mv_data = rk;
	assert_int_equal(mdb_del(t->txn, t->st->dbi[DB_INDEX], &k, &v), 0);
	/* 2. the stage record removed, its index entries left: dangling */
	assert_int_equal(id_to_key(CORE_STAGE, d->f->stage, rk, &rkl), 0);
	k.mv_size = rkl;
	k.mv_data = rk;
	assert_int_equal(mdb_del(t->txn, t->st->dbi[DB_REC0 + CORE_STAGE], &k, NULL), 0);
	/* 3. the counter set back */
	k.mv_size = strlen("seq:TBZ");
	k.mv_data = "seq:TBZ";
	memset(ik, 0, 8);
	ik[7] = 3;
	v.mv_size = 8;
	v.mv_data = ik;
	assert_int_equal(mdb_put(t->txn, t->st->dbi[DB_META], &k, &v, 0), 0);
	return 0;
}

struct seen {
	int code[8];
	char id[8][CORE_ID_MAX];
	int n;
};

static void
seen_cb(const struct store_problem *p, void *ctx)
{
	struct seen *s = ctx;

	if (s->n < 8) {
		s->code[s->n] = p->code;
		strcpy(s->id[s->n], p->id);
		s->n++;
	}
}

static int
has_problem(const struct seen *s, int code, const char *id)
{
	int i;

	for (i = 0; i < s->n; i++)
		if (s->code[i] == code && strcmp(s->id[i], id) == 0)
			return 1;
	return 0;
}

static void
test_verify_finds_damage(void **state)
{
	struct store *st = open_new("TBZ");
	struct family f;
	struct damage d = { &f };
	struct seen s;
	size_t n;

	(void)state;
	put_family(st, &f);
	assert_int_equal(store_verify(st, NULL, NULL, &n), 0);
	assert_int_equal(n, 0);
	assert_int_equal(store_write(st, damage_fn, &d), 0);
	memset(&s, 0, sizeof s);
	assert_int_equal(store_verify(st, seen_cb, &s, &n), 0);
	assert_true(has_problem(&s, STORE_PB_UNINDEXED, f.donor));
	assert_true(has_problem(&s, STORE_PB_DANGLING, f.stage));
	assert_true(has_problem(&s, STORE_PB_COUNTER, "TBZ"));
	assert_int_equal(n, (size_t)s.n);
	assert_true(n >= 3);
	store_close(st);
}

/* A payment the pledges index names but the payments table lost (a page
 * a failing disk cut short, read without an error; tests/lib.sh
 * fewer_copy): store_pledge_first_paid and store_payment_repeats go on
 * past it to the pledge's other payments and say t's sums short
 * (STORE_SHORT_PAYMENT), as store_pledge_paid does.  Before, both
 * stopped at it: no first day ("nothing paid", so a pledge's date could
 * move past its payments) or no repeat found, and nothing said short. */
static int
drop_payment_fn(struct store_txn *t, void *vctx)
{
	const char *id = vctx;
	unsigned char rk[64];
	size_t rkl;
	MDB_val k;

	assert_int_equal(id_to_key(CORE_PAYMENT, id, rk, &rkl), 0);
	k.mv_size = rkl;
	k.mv_data = rk;
	assert_int_equal(mdb_del(t->txn, t->st->dbi[DB_REC0 + CORE_PAYMENT], &k, NULL), 0);
	return 0;
}

static void
test_payment_lost(void **state)
{
	struct store *st = open_new("TBZ");
	struct family f;
	struct core_record *r;
	struct store_txn *t;
	char y2[CORE_ID_MAX], other[CORE_ID_MAX];
	int32_t first;
	int has, found;

	(void)state;
	put_family(st, &f);
	/* a second payment of the pledge, ten days after the first */
	r = sample(CORE_PAYMENT, &f, 0);
	core_record_set_num(r, CORE_PAYMENT_PAID_ON, jday(1403, 12, 20));
	core_record_set_text(r, CORE_PAYMENT_RECEIPT, "۷۷۱۳");
	assert_int_equal(put(st, r, y2), 0);
	core_record_free(r);
	/* sound: no sum short */
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_pledge_first_paid(t, f.pledge, &has, &first), 0);
	assert_int_equal(has, 1);
	assert_int_equal(first, jday(1403, 12, 10));
	assert_int_equal(store_sum_short(t), 0);
	store_read_end(t);
	/* the first payment lost from its table, its index entries left */
	assert_int_equal(store_write(st, drop_payment_fn, f.payment), 0);
	/* the first day of those there (the second), said short */
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_sum_short(t), 0);
	has = 0;
	first = 0;
	assert_int_equal(store_pledge_first_paid(t, f.pledge, &has, &first), 0);
	assert_int_equal(has, 1);
	assert_int_equal(first, jday(1403, 12, 20));
	assert_int_equal(store_sum_short(t), STORE_SHORT_PAYMENT);
	store_read_end(t);
	/* a new slip with the second's receipt: found, past the lost one */
	r = sample(CORE_PAYMENT, &f, 0);
	core_record_set_text(r, CORE_PAYMENT_RECEIPT, "۷۷۱۳");
	assert_int_equal(store_read_begin(st, &t), 0);
	found = 0;
	other[0] = '\0';
	assert_int_equal(store_payment_repeats(t, r, NULL, &found, other), 0);
	assert_int_equal(found, 1);
	assert_string_equal(other, y2);
	assert_int_equal(store_sum_short(t), STORE_SHORT_PAYMENT);
	store_read_end(t);
	/* the lost one's receipt: not found, but said short (it may be) */
	core_record_set_text(r, CORE_PAYMENT_RECEIPT, "۷۷۱۲");
	assert_int_equal(store_read_begin(st, &t), 0);
	found = 1;
	assert_int_equal(store_payment_repeats(t, r, NULL, &found, NULL), 0);
	assert_int_equal(found, 0);
	assert_int_equal(store_sum_short(t), STORE_SHORT_PAYMENT);
	store_read_end(t);
	core_record_free(r);
	store_close(st);
}

/* A version from another station (sync): kept as it came, its history
 * known, passed on in the change log, audited as sync; the local clock
 * moves past it. */
struct apply_ctx {
	struct core_record *r;
	struct store_meta m;
	int rc;
};

static int
apply_fn(struct store_txn *t, void *vctx)
{
	struct apply_ctx *c = vctx;

	return c->rc = store_apply(t, c->r, &c->m);
}

/* A sync duplicate (store_apply_dup): one national id in a local record
 * and in a record from another station.  Both are written; the index keeps
 * naming the first holder, also when the other one moves to another value
 * (its delete must not take the holder's entry); verify takes the pair as
 * sound; when the holder gives the value up, store_unique_claim hands it
 * to the other. */
static int
apply_dup_fn(struct store_txn *t, void *vctx)
{
	struct apply_ctx *c = vctx;

	c->rc = store_apply_dup(t, c->r, &c->m);
	return c->rc;
}

struct claim_ctx {
	const char *id;
	struct store_why why;
};

static int
claim_fn(struct store_txn *t, void *vctx)
{
	struct claim_ctx *c = vctx;
	int rc = store_unique_claim(t, CORE_DONOR, c->id);

	c->why = *store_txn_why(t);
	return rc == STORE_EDUP ? 0 : rc;
}

/* A deferred unique check (store_txn_defer_unique, an import): each step
 * gives donor ids[step[0]] national id nids[step[1]] in one transaction;
 * then the claims are settled (settle), each duplicate noted and answered
 * with keep. */
struct swap_ctx {
	char ids[3][CORE_ID_MAX];
	char nids[4][11];
	const int (*steps)[2];
	int settle, keep;
	int ncb;
	size_t tag;
	char claimant[CORE_ID_MAX], holder[CORE_ID_MAX];
	struct store_why why;	/* after the first step */
};

static int
swap_cb(const struct store_why *dup, const char *id, size_t tag, void *vctx)
{
	struct swap_ctx *c = vctx;

	assert_int_equal(dup->code, STORE_EDUP);
	assert_int_equal(dup->field, CORE_DONOR_NATIONAL_ID);
	if (c->ncb++ == 0) {
		c->tag = tag;
		snprintf(c->claimant, sizeof c->claimant, "%s", id);
		snprintf(c->holder, sizeof c->holder, "%s", dup->id);
	}
	return c->keep;
}

static int
swap_fn(struct store_txn *t, void *vctx)
{
	struct swap_ctx *c = vctx;
	struct core_record *r;
	struct store_meta m;
	size_t i;
	int rc;

	c->ncb = 0;
	if ((rc = store_txn_defer_unique(t)) != 0)
		return rc;
	for (i = 0; c->steps[i][0] >= 0; i++) {
		if ((rc = store_get(t, CORE_DONOR, c->ids[c->steps[i][0]], &r, &m)) != 0)
			return rc;
		core_record_set_text(r, CORE_DONOR_NATIONAL_ID, c->nids[c->steps[i][1]]);
		store_unique_tag(t, i + 1);
		rc = store_update(t, r, m.rev);
		if (i == 0)
			c->why = *store_txn_why(t);
		core_record_free(r);
		if (rc != 0)
			return rc;
	}
	return c->settle ? store_unique_settle(t, swap_cb, c) : 0;
}

/* The holder of national id nids[n], or "" for none. */
static const char *
nid_holder(struct store *st, const struct swap_ctx *c, int n)
{
	static char holder[CORE_ID_MAX];
	struct store_txn *t;

	assert_int_equal(store_read_begin(st, &t), 0);
	if (store_lookup_unique(t, CORE_DONOR, CORE_DONOR_NATIONAL_ID, c->nids[n], holder) != 0)
		holder[0] = '\0';
	store_read_end(t);
	return holder;
}

static void
test_defer_unique(void **state)
{
	static const int take[][2] = { { 0, 1 }, { -1, -1 } };
	static const int swap[][2] = { { 0, 1 }, { 1, 0 }, { -1, -1 } };
	static const int cycle[][2] = { { 0, 0 }, { 1, 2 }, { 2, 1 }, { -1, -1 } };
	static const int kept[][2] = { { 0, 1 }, { 1, 2 }, { -1, -1 } };
	static const int twice[][2] = { { 0, 2 }, { 2, 2 }, { 1, 3 }, { -1, -1 } };
	static const int dropped[][2] = { { 0, 2 }, { 0, 3 }, { -1, -1 } };
	struct store *st = open_new("TBZ");
	struct family f;
	struct swap_ctx c;
	size_t n;
	int i;

	(void)state;
	put_family(st, &f);
	memset(&c, 0, sizeof c);
	for (i = 0; i < 4; i++)
		make_nid(36200000u + (unsigned)i, c.nids[i]);
	for (i = 0; i < 3; i++) {
		struct core_record *r = sample(CORE_DONOR, &f, 500 + i);

		core_record_set_text(r, CORE_DONOR_NATIONAL_ID, c.nids[i]);
		assert_int_equal(put(st, r, c.ids[i]), 0);
		core_record_free(r);
	}
	/* a value taken and never given up: not committed, unless settled */
	c.steps = take;
	assert_int_equal(store_write(st, swap_fn, &c), STORE_EDUP);
	assert_int_equal(c.why.code, STORE_EDUP);	/* the write itself went on */
	assert_string_equal(c.why.id, c.ids[1]);
	assert_string_equal(nid_holder(st, &c, 0), c.ids[0]);
	assert_string_equal(nid_holder(st, &c, 1), c.ids[1]);
	/* two swapped */
	c.steps = swap;
	c.settle = 1;
	assert_int_equal(store_write(st, swap_fn, &c), 0);
	assert_int_equal(c.ncb, 0);
	assert_string_equal(nid_holder(st, &c, 1), c.ids[0]);
	assert_string_equal(nid_holder(st, &c, 0), c.ids[1]);
	/* a cycle of three: 0 takes 1's, 1 takes 2's, 2 takes 0's */
	c.steps = cycle;
	assert_int_equal(store_write(st, swap_fn, &c), 0);
	assert_int_equal(c.ncb, 0);
	assert_string_equal(nid_holder(st, &c, 0), c.ids[0]);
	assert_string_equal(nid_holder(st, &c, 2), c.ids[1]);
	assert_string_equal(nid_holder(st, &c, 1), c.ids[2]);
	assert_int_equal(store_verify(st, NULL, NULL, &n), 0);
	assert_int_equal(n, 0);
	/* a value another record keeps: refused, named with its tag */
	c.steps = kept;
	assert_int_equal(store_write(st, swap_fn, &c), STORE_EDUP);
	assert_int_equal(c.ncb, 1);
	assert_int_equal(c.tag, 1);
	assert_string_equal(c.claimant, c.ids[0]);
	assert_string_equal(c.holder, c.ids[2]);
	assert_string_equal(nid_holder(st, &c, 0), c.ids[0]);	/* nothing written */
	assert_string_equal(nid_holder(st, &c, 2), c.ids[1]);
	/* a value given up, claimed twice: the earliest claim takes it */
	c.steps = twice;
	assert_int_equal(store_write(st, swap_fn, &c), STORE_EDUP);
	assert_int_equal(c.ncb, 1);
	assert_int_equal(c.tag, 2);
	assert_string_equal(c.claimant, c.ids[2]);
	assert_string_equal(c.holder, c.ids[0]);
	/* a claim the record gives up again goes with it */
	c.steps = dropped;
	assert_int_equal(store_write(st, swap_fn, &c), 0);
	assert_int_equal(c.ncb, 0);
	assert_string_equal(nid_holder(st, &c, 3), c.ids[0]);
	assert_string_equal(nid_holder(st, &c, 0), "");
	assert_string_equal(nid_holder(st, &c, 2), c.ids[1]);
	assert_int_equal(store_verify(st, NULL, NULL, &n), 0);
	assert_int_equal(n, 0);
	/* kept by both (a sync duplicate): the entry stays the holder's */
	c.steps = take;
	c.keep = 1;
	assert_int_equal(store_write(st, swap_fn, &c), 0);
	assert_int_equal(c.ncb, 1);
	assert_string_equal(nid_holder(st, &c, 1), c.ids[2]);
	assert_string_equal(nid_holder(st, &c, 3), "");
	store_close(st);
}

static void
test_apply_dup(void **state)
{
	struct store *st = open_new("TBZ");
	struct family f;
	struct core_record *a, *g;
	struct apply_ctx c;
	struct claim_ctx cl;
	struct store_meta m;
	struct store_txn *t;
	char nid[11], nid2[11], aid[CORE_ID_MAX], holder[CORE_ID_MAX];
	size_t n;

	(void)state;
	put_family(st, &f);
	make_nid(36100002u, nid);
	make_nid(36100003u, nid2);
	a = sample(CORE_DONOR, &f, 400);
	core_record_set_text(a, CORE_DONOR_NAME, "محمدحسین نوری‌زاده");
	core_record_set_text(a, CORE_DONOR_NATIONAL_ID, nid);
	assert_int_equal(put(st, a, aid), 0);

	c.r = sample(CORE_DONOR, &f, 401);
	core_record_set_text(c.r, CORE_DONOR_ID, "MRG-3");
	core_record_set_text(c.r, CORE_DONOR_NAME, "محمدحسين نوري‌زاده");	/* Arabic yeh */
	core_record_set_text(c.r, CORE_DONOR_NATIONAL_ID, nid);
	memset(&c.m, 0, sizeof c.m);
	c.m.version.hlc = (uint64_t)1 << 60;
	strcpy(c.m.version.origin, "MRG");
	assert_int_equal(store_write(st, apply_fn, &c), STORE_EDUP);	/* plain apply refuses */
	assert_int_equal(store_write(st, apply_dup_fn, &c), 0);
	assert_int_equal(get(st, CORE_DONOR, "MRG-3", &g, NULL), 0);
	assert_string_equal(core_record_text(g, CORE_DONOR_NATIONAL_ID), nid);
	core_record_free(g);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_lookup_unique(t, CORE_DONOR, CORE_DONOR_NATIONAL_ID, nid, holder), 0);
	store_read_end(t);
	assert_string_equal(holder, aid);
	assert_int_equal(store_verify(st, NULL, NULL, &n), 0);
	assert_int_equal(n, 0);
	/* claiming a value another record holds: refused, the holder named */
	cl.id = "MRG-3";
	assert_int_equal(store_write(st, claim_fn, &cl), 0);
	assert_int_equal(cl.why.code, STORE_EDUP);
	assert_string_equal(cl.why.id, aid);
	/* Edited here while the pair waits: the shared id was there before. */
	assert_int_equal(get(st, CORE_DONOR, "MRG-3", &g, &m), 0);
	core_record_set_text(g, CORE_DONOR_PHONE, "04135551234");
	assert_int_equal(update(st, g, m.rev, NULL), 0);
	core_record_free(g);
	/* ... but a record taking the id anew is still refused. */
	assert_int_equal(get(st, CORE_DONOR, f.donor, &g, &m), 0);
	core_record_set_text(g, CORE_DONOR_NATIONAL_ID, nid);
	assert_int_equal(update(st, g, m.rev, NULL), STORE_EDUP);
	core_record_free(g);

	/* MRG-3 moves to another national id: the holder keeps its entry. */
	c.m.base = c.m.version;
	c.m.version.hlc++;
	core_record_set_text(c.r, CORE_DONOR_NATIONAL_ID, nid2);
	assert_int_equal(store_write(st, apply_dup_fn, &c), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_lookup_unique(t, CORE_DONOR, CORE_DONOR_NATIONAL_ID, nid, holder), 0);
	assert_string_equal(holder, aid);
	assert_int_equal(store_lookup_unique(t, CORE_DONOR, CORE_DONOR_NATIONAL_ID, nid2, holder), 0);
	assert_string_equal(holder, "MRG-3");
	store_read_end(t);

	/* Back to the shared id; then the holder gives it up. */
	c.m.base = c.m.version;
	c.m.version.hlc++;
	core_record_set_text(c.r, CORE_DONOR_NATIONAL_ID, nid);
	assert_int_equal(store_write(st, apply_dup_fn, &c), 0);
	assert_int_equal(get(st, CORE_DONOR, aid, &g, &m), 0);
	core_record_unset(g, CORE_DONOR_NATIONAL_ID);
	assert_int_equal(update(st, g, m.rev, NULL), 0);
	core_record_free(g);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_lookup_unique(t, CORE_DONOR, CORE_DONOR_NATIONAL_ID, nid, holder),
	    STORE_ENOTFOUND);
	store_read_end(t);
	assert_int_equal(store_verify(st, NULL, NULL, &n), 0);
	assert_int_equal(n, 1);	/* MRG-3's value is in no index */
	memset(&cl, 0, sizeof cl);
	cl.id = "MRG-3";
	assert_int_equal(store_write(st, claim_fn, &cl), 0);
	assert_int_equal(cl.why.code, 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_lookup_unique(t, CORE_DONOR, CORE_DONOR_NATIONAL_ID, nid, holder), 0);
	store_read_end(t);
	assert_string_equal(holder, "MRG-3");
	assert_int_equal(store_verify(st, NULL, NULL, &n), 0);
	assert_int_equal(n, 0);
	core_record_free(a);
	core_record_free(c.r);
	store_close(st);
}

/* Makes every version history entry one of a program before format 8:
 * the base alone, without the version's number in the change log. */
static int
history_v7_fn(struct store_txn *t, void *ctx)
{
	MDB_cursor *cur;
	MDB_val k, d;
	unsigned char keys[64][1 + RKEY_MAX + 8 + CORE_STATION_MAX], vals[64][8 + CORE_STATION_MAX];
	size_t klen[64], vlen[64], n = 0, i;
	int rc;

	(void)ctx;
	/* read first, then write: not put under a cursor walking them */
	assert_int_equal(mdb_cursor_open(t->txn, t->st->dbi[DB_HISTORY], &cur), 0);
	for (rc = mdb_cursor_get(cur, &k, &d, MDB_FIRST); rc == 0;
	    rc = mdb_cursor_get(cur, &k, &d, MDB_NEXT)) {
		assert_true(n < 64 && k.mv_size <= sizeof keys[0]);
		assert_true(d.mv_size >= 17 && d.mv_size - 9 <= sizeof vals[0]);
		assert_int_equal(((const unsigned char *)d.mv_data)[d.mv_size - 9], 0);
		memcpy(keys[n], k.mv_data, klen[n] = k.mv_size);
		memcpy(vals[n], d.mv_data, vlen[n] = d.mv_size - 9);
		n++;
	}
	assert_int_equal(rc, MDB_NOTFOUND);
	mdb_cursor_close(cur);
	for (i = 0; i < n; i++) {
		MDB_val nk = { klen[i], keys[i] }, nv = { vlen[i], vals[i] };

		assert_int_equal(mdb_put(t->txn, t->st->dbi[DB_HISTORY], &nk, &nv, 0), 0);
	}
	return 0;
}

static void
test_apply_remote(void **state)
{
	struct store *st = open_new("TBZ");
	struct family f;
	struct apply_ctx c;
	struct core_record *g;
	struct store_meta m;
	struct store_txn *t;
	struct core_version base, v2;
	struct store_change ch;
	struct store_iter *it;
	struct store_audit a;
	uint64_t last;
	uint64_t far = ((uint64_t)4102444800000ull) << 16;	/* year 2100 */

	(void)state;
	put_family(st, &f);
	c.r = sample(CORE_DONOR, &f, 300);
	core_record_set_text(c.r, CORE_DONOR_ID, "MRG-7");
	core_record_set_text(c.r, CORE_DONOR_NAME, "رقیه عبدالله‌پور");
	memset(&c.m, 0, sizeof c.m);
	c.m.version.hlc = far;
	strcpy(c.m.version.origin, "MRG");
	assert_int_equal(store_write(st, apply_fn, &c), 0);
	assert_int_equal(get(st, CORE_DONOR, "MRG-7", &g, &m), 0);
	assert_int_equal(m.version.hlc, far);
	assert_string_equal(m.version.origin, "MRG");
	assert_int_equal(m.rev, 1);
	assert_string_equal(core_record_text(g, CORE_DONOR_NAME), "رقیه عبدالله‌پور");
	assert_true(index_has(st, CORE_DONOR, CORE_DONOR_COUNTY, "TBZ", "MRG-7"));

	/* a second remote version on top of the first */
	core_record_set_text(c.r, CORE_DONOR_COUNTY, "MRG");
	c.m.base = c.m.version;
	c.m.version.hlc = far + 5;
	assert_int_equal(store_write(st, apply_fn, &c), 0);
	assert_true(index_has(st, CORE_DONOR, CORE_DONOR_COUNTY, "MRG", "MRG-7"));
	assert_false(index_has(st, CORE_DONOR, CORE_DONOR_COUNTY, "TBZ", "MRG-7"));

	assert_int_equal(store_read_begin(st, &t), 0);
	v2 = c.m.version;
	assert_int_equal(store_version_base(t, CORE_DONOR, "MRG-7", &v2, &base), 1);
	assert_int_equal(base.hlc, far);
	assert_string_equal(base.origin, "MRG");
	v2.hlc = far + 1;	/* never seen */
	assert_int_equal(store_version_base(t, CORE_DONOR, "MRG-7", &v2, &base), 0);
	assert_int_equal(store_change_last(t, &last), 0);
	assert_int_equal(store_change_next(t, last - 1, &ch), 0);
	assert_string_equal(ch.id, "MRG-7");
	assert_string_equal(ch.meta.version.origin, "MRG");
	assert_int_equal(ch.meta.base.hlc, far);
	store_change_done(&ch);
	assert_int_equal(store_audit_iter(t, "MRG-7", 0, &it), 0);
	assert_int_equal(store_audit_next(it, &a), 0);
	assert_int_equal(a.action, STORE_ACT_SYNC);
	store_audit_done(&a);
	store_iter_free(it);
	store_read_end(t);

	/* a local edit now: newer than the remote stamp, based on it */
	core_record_free(g);
	assert_int_equal(get(st, CORE_DONOR, "MRG-7", &g, &m), 0);
	assert_int_equal(m.rev, 2);
	core_record_set_text(g, CORE_DONOR_MOBILE, "09143334455");
	assert_int_equal(update(st, g, m.rev, NULL), 0);
	core_record_free(g);
	assert_int_equal(get(st, CORE_DONOR, "MRG-7", &g, &m), 0);
	assert_true(m.version.hlc > far + 5);
	assert_string_equal(m.version.origin, "TBZ");
	assert_int_equal(m.base.hlc, far + 5);
	/* each version as it was written, from the change log (sync's
	 * conflict screen compares both sides with the one they share) */
	assert_int_equal(store_read_begin(st, &t), 0);
	{
		struct core_record *was = NULL;
		struct core_version v1 = { far, "MRG" };

		assert_int_equal(store_version_record(t, CORE_DONOR, "MRG-7", &m.version, &was), 1);
		assert_string_equal(core_record_text(was, CORE_DONOR_MOBILE), "09143334455");
		assert_string_equal(core_record_text(was, CORE_DONOR_COUNTY), "MRG");
		core_record_free(was);
		assert_int_equal(store_version_record(t, CORE_DONOR, "MRG-7", &v1, &was), 1);
		assert_string_equal(core_record_text(was, CORE_DONOR_COUNTY), "TBZ");
		assert_string_equal(core_record_text(was, CORE_DONOR_NAME), "رقیه عبدالله‌پور");
		core_record_free(was);
		v1.hlc = far + 1;	/* never seen */
		assert_int_equal(store_version_record(t, CORE_DONOR, "MRG-7", &v1, &was), 0);
		assert_null(was);
		v1.hlc = far;	/* another record's */
		assert_int_equal(store_version_record(t, CORE_DONOR, "MRG-8", &v1, &was), 0);
	}
	store_read_end(t);
	/* history entries of a program before format 8: the bases are read
	 * as ever; where a version is in the change log is not known */
	assert_int_equal(store_write(st, history_v7_fn, NULL), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	{
		struct core_record *was = NULL;

		assert_int_equal(store_version_base(t, CORE_DONOR, "MRG-7", &m.version, &base), 1);
		assert_int_equal(base.hlc, far + 5);
		assert_string_equal(base.origin, "MRG");
		assert_int_equal(store_version_record(t, CORE_DONOR, "MRG-7", &m.version, &was), 0);
		assert_null(was);
	}
	store_read_end(t);
	/* the other station's counter moved past 7: a later MRG id is not reused */
	{
		size_t n;

		assert_int_equal(store_verify(st, NULL, NULL, &n), 0);
		assert_int_equal(n, 0);
	}
	core_record_free(g);
	core_record_free(c.r);
	store_close(st);
}

/* Paging over a secondary index, and counts. */
static void
test_index_paging_and_counts(void **state)
{
	static const char *const names[] = {
		"زهرا کریمی", "علی کریمی", "یوسف مرادی", "پروین اعتصامی", "ژاله رضایی",
		"آرش کمانگیر", "گلناز بابایی",
	};
	struct store *st = open_new("TBZ");
	struct many_ctx mc = { names, 7 };
	struct store_txn *t;
	struct store_iter *it;
	struct store_pos pos;
	char all[8][CORE_ID_MAX], id[CORE_ID_MAX];
	size_t n = 0, i, cnt;

	(void)state;
	assert_int_equal(store_write(st, many_fn, &mc), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_count_index(t, CORE_DONOR, CORE_DONOR_COUNTY, "TBZ", &cnt), 0);
	assert_int_equal(cnt, 7);
	assert_int_equal(store_count_index(t, CORE_DONOR, CORE_DONOR_COUNTY, "MRG", &cnt), 0);
	assert_int_equal(cnt, 0);
	assert_int_equal(store_count_index(t, CORE_DONOR, CORE_DONOR_NAME, "x", &cnt), STORE_EINVAL);
	assert_int_equal(store_iter_index(t, CORE_DONOR, CORE_DONOR_COUNTY, "TBZ", &it), 0);
	while (store_iter_next(it, all[n]) == 0)
		n++;
	store_iter_free(it);
	store_read_end(t);
	assert_int_equal(n, 7);
	for (i = 1; i < n; i++)	/* id order: TBZ-2 before TBZ-10 and so on */
		assert_true(strlen(all[i - 1]) < strlen(all[i]) ||
		    (strlen(all[i - 1]) == strlen(all[i]) && strcmp(all[i - 1], all[i]) < 0));
	/* two at a time, each page in its own transaction */
	memset(&pos, 0, sizeof pos);
	for (i = 0; i < n;) {
		int k;

		assert_int_equal(store_read_begin(st, &t), 0);
		assert_int_equal(store_iter_index(t, CORE_DONOR, CORE_DONOR_COUNTY, "TBZ", &it), 0);
		if (pos.len)
			assert_int_equal(store_iter_seek(it, &pos), 0);
		for (k = 0; k < 2 && store_iter_next(it, id) == 0; k++)
			assert_string_equal(id, all[i++]);
		store_iter_pos(it, &pos);
		store_iter_free(it);
		store_read_end(t);
	}
	/* by enum value, as a number or a choice name */
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_count_index(t, CORE_NEED, CORE_NEED_STATUS, "approved", &cnt), 0);
	assert_int_equal(cnt, 0);
	assert_int_equal(store_count_index(t, CORE_NEED, CORE_NEED_STATUS, "nonsense", &cnt), STORE_EINVAL);
	store_read_end(t);
	store_close(st);
}

/* ---- bulk writes (store_txn_bulk, store/defer.c) ---- */

struct bulk_ctx {
	int bulk;
	int fail;		/* return an error at the end: nothing kept */
	size_t seen_mid;	/* what a search inside the write found half-way */
	size_t county_mid;
};

/* Real names: ZWNJ, Arabic ي/ك typed by mistake, Latin and digits. */
static const char *const bulk_first[] = { "علی", "فاطمه", "محمدرضا", "زهرا", "علي", "Sara" };
static const char *const bulk_last[] = { "کریمی", "احمدی‌نژاد", "كريمي", "نوروزی‌فر", "رضایی" };
#define BULK_N 240

static void
bulk_name(size_t i, char *buf, size_t n)
{
	snprintf(buf, n, "%s %s %zu", bulk_first[i % 6], bulk_last[(i / 6) % 5], i % 37);
}

static size_t
count_search(struct store_txn *t, const char *q)
{
	struct store_iter *it;
	char id[CORE_ID_MAX];
	size_t n = 0;

	assert_int_equal(store_iter_search(t, CORE_DONOR, q, &it), 0);
	while (store_iter_next(it, id) == 0)
		n++;
	store_iter_free(it);
	return n;
}

static int
bulk_fn(struct store_txn *t, void *vctx)
{
	struct bulk_ctx *c = vctx;
	char name[128], id[CORE_ID_MAX];
	size_t i;
	int rc;

	if (c->bulk)
		store_txn_bulk(t);
	for (i = 0; i < BULK_N; i++) {
		struct core_record *r = core_record_new(CORE_DONOR);

		bulk_name(i, name, sizeof name);
		core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
		core_record_set_text(r, CORE_DONOR_NAME, name);
		core_record_set_text(r, CORE_DONOR_COUNTY, i % 3 ? "TBZ" : "MRG");
		rc = store_put_new(t, r, id);
		core_record_free(r);
		if (rc != 0)
			return rc;
		if (i == BULK_N / 2) {
			/* reads in the same write see what it kept so far */
			c->seen_mid = count_search(t, "كريمي");
			assert_int_equal(store_count_index(t, CORE_DONOR, CORE_DONOR_COUNTY, "MRG",
			    &c->county_mid), 0);
		}
		if (i % 10 == 9) {
			/* edit a record written earlier in this same write: its old
			 * index and word entries go, the new ones come */
			struct core_record *o;
			struct store_meta m;
			char oid[CORE_ID_MAX];

			snprintf(oid, sizeof oid, "TBZ-%zu", i - 4);
			assert_int_equal(store_get(t, CORE_DONOR, oid, &o, &m), 0);
			core_record_set_text(o, CORE_DONOR_NAME, "یوسف مرادی");
			core_record_set_text(o, CORE_DONOR_COUNTY, "MRD");
			rc = store_update(t, o, m.rev);
			core_record_free(o);
			if (rc != 0)
				return rc;
		}
	}
	return c->fail ? STORE_EINVAL : 0;
}

/* Every id of a search, in order, into one string. */
static void
search_all(struct store *st, const char *q, char *out, size_t n)
{
	char ids[BULK_N + 8][CORE_ID_MAX];
	size_t k, i, o = 0;

	search(st, q, ids, &k, BULK_N + 8, NULL);
	out[0] = '\0';
	for (i = 0; i < k && o + CORE_ID_MAX + 1 < n; i++)
		o += (size_t)snprintf(out + o, n - o, "%s ", ids[i]);
}

/* A bulk and a plain write of the same records give the same database;
 * thread_min is defer_thread_min for the bulk one. */
static void
bulk_compare(size_t thread_min)
{
	static const char *const queries[] = { "", "کریمی", "علی ", "احمدی", "یوسف مرادی", "sa" };
	static const char *const counties[] = { "TBZ", "MRG", "MRD" };
	struct store *plain = open_new("TBZ"), *bulk = open_new("TBZ");
	struct bulk_ctx pc = { 0 }, bc = { 0 };
	static char a[BULK_N * CORE_ID_MAX], b[BULK_N * CORE_ID_MAX];
	struct store_txn *t;
	size_t i, na, nb, saved_min = defer_thread_min;
	unsigned long threaded = defer_threaded;

	defer_thread_min = thread_min;
	/* a failed bulk write keeps nothing */
	bc.bulk = 1;
	bc.fail = 1;
	assert_int_equal(store_write(bulk, bulk_fn, &bc), STORE_EINVAL);
	assert_int_equal(store_read_begin(bulk, &t), 0);
	assert_int_equal(store_count(t, CORE_DONOR, &nb), 0);
	assert_int_equal(count_search(t, "کریمی"), 0);
	store_read_end(t);
	assert_int_equal(nb, 0);

	bc.fail = 0;
	assert_int_equal(store_write(plain, bulk_fn, &pc), 0);
	assert_int_equal(store_write(bulk, bulk_fn, &bc), 0);
	/* half-way, the bulk write saw what the plain one saw, and not none */
	assert_true(pc.seen_mid > 10);
	assert_int_equal(bc.seen_mid, pc.seen_mid);
	assert_true(pc.county_mid > 10);
	assert_int_equal(bc.county_mid, pc.county_mid);
	/* afterwards: the same answers, in the same order, from every index */
	for (i = 0; i < sizeof queries / sizeof queries[0]; i++) {
		search_all(plain, queries[i], a, sizeof a);
		search_all(bulk, queries[i], b, sizeof b);
		assert_true(a[0] != '\0');
		assert_string_equal(a, b);
	}
	for (i = 0; i < 3; i++) {
		assert_int_equal(store_read_begin(plain, &t), 0);
		assert_int_equal(store_count_index(t, CORE_DONOR, CORE_DONOR_COUNTY, counties[i], &na), 0);
		store_read_end(t);
		assert_int_equal(store_read_begin(bulk, &t), 0);
		assert_int_equal(store_count_index(t, CORE_DONOR, CORE_DONOR_COUNTY, counties[i], &nb), 0);
		store_read_end(t);
		assert_true(na > 0);
		assert_int_equal(na, nb);
	}
	/* every record, as written through the bulk write's kept cursors
	 * (store.c bulk_put), the same as written plainly */
	{
		struct store_txn *tb;
		struct store_iter *it;
		char id[CORE_ID_MAX];
		size_t nrec = 0;

		assert_int_equal(store_read_begin(plain, &t), 0);
		assert_int_equal(store_read_begin(bulk, &tb), 0);
		assert_int_equal(store_iter_kind(t, CORE_DONOR, &it), 0);
		while (store_iter_next(it, id) == 0) {
			struct core_record *ra, *rb;
			struct store_meta ma, mb;
			int f;

			assert_int_equal(store_get(t, CORE_DONOR, id, &ra, &ma), 0);
			assert_int_equal(store_get(tb, CORE_DONOR, id, &rb, &mb), 0);
			for (f = 0; f <= CORE_DONOR_ACTIVE; f++) {
				const char *va = core_record_text(ra, f), *vb = core_record_text(rb, f);

				assert_string_equal(va ? va : "", vb ? vb : "");
			}
			assert_int_equal(ma.rev, mb.rev);
			core_record_free(ra);
			core_record_free(rb);
			nrec++;
		}
		store_iter_free(it);
		store_read_end(tb);
		store_read_end(t);
		assert_int_equal(nrec, BULK_N);
	}
	assert_true(index_has(bulk, CORE_DONOR, CORE_DONOR_COUNTY, "MRD", "TBZ-5"));
	assert_false(index_has(bulk, CORE_DONOR, CORE_DONOR_COUNTY, "TBZ", "TBZ-5"));
	assert_int_equal(store_verify(plain, NULL, NULL, &na), 0);
	assert_int_equal(na, 0);
	assert_int_equal(store_verify(bulk, NULL, NULL, &nb), 0);
	assert_int_equal(nb, 0);
	/* a second bulk write into a database that holds records (entries
	 * that land before the last key are put the usual way) */
	assert_int_equal(store_write(bulk, bulk_fn, &bc), 0);
	assert_int_equal(store_write(plain, bulk_fn, &pc), 0);
	for (i = 0; i < sizeof queries / sizeof queries[0]; i++) {
		search_all(plain, queries[i], a, sizeof a);
		search_all(bulk, queries[i], b, sizeof b);
		assert_string_equal(a, b);
	}
	assert_int_equal(store_verify(bulk, NULL, NULL, &nb), 0);
	assert_int_equal(nb, 0);
	/* the sorter thread ran for each bulk commit, or never */
	if (thread_min <= 1)
		assert_int_equal(defer_threaded - threaded, 2);
	else
		assert_int_equal(defer_threaded, threaded);
	defer_thread_min = saved_min;
	store_close(plain);
	store_close(bulk);
}

static void
test_bulk_write(void **state)
{
	(void)state;
	bulk_compare((size_t)-1);
}

/* The same with the final flush sorting on a second thread, as an import
 * of many rows does. */
static void
test_bulk_write_threaded(void **state)
{
	(void)state;
	bulk_compare(1);
}

/* Bulk entries that sort before a sub-database's last keys: the few
 * existing entries after the first new one are merged into the list and
 * everything appended (store/defer.c, pull_tail), a new entry winning
 * over an existing one with its key, an equal DUPSORT entry kept once;
 * with many existing entries there, the usual puts.  Keys start with 0xf0,
 * after every real entry. */
struct tail_ctx {
	int bulk;
	size_t nnew, step;	/* new keys 0, step, 2 * step, ... */
	const size_t *old;	/* existing keys */
	size_t nold;
};

static void
tail_key(size_t i, char *k)
{
	snprintf(k, 8, "\xf0%05zu", i);
}

static int
tail_fn(struct store_txn *t, void *vctx)
{
	struct tail_ctx *c = vctx;
	char k[8];
	size_t i;
	int rc;

	if (!c->bulk) {
		for (i = 0; i < c->nold; i++) {
			MDB_val mk = { 6, k }, md = { 3, "old" }, dk = { 6, k }, dd = { 1, "A" };

			tail_key(c->old[i], k);
			if (mdb_put(t->txn, t->st->dbi[DB_HISTORY], &mk, &md, 0) != 0 ||
			    mdb_put(t->txn, t->st->dbi[DB_AUDIT_ID], &dk, &dd, 0) != 0)
				return STORE_EIO;
		}
		return 0;
	}
	store_txn_bulk(t);
	for (i = 0; i < c->nnew; i++) {
		tail_key(i * c->step, k);
		if ((rc = defer_put(t, DB_HISTORY, k, 6, "new", 3, 0)) != 0 ||
		    (rc = defer_put(t, DB_AUDIT_ID, k, 6, "A", 1, 0)) != 0 ||
		    (rc = defer_put(t, DB_AUDIT_ID, k, 6, "B", 1, 0)) != 0)
			return rc;
	}
	return 0;
}

/* The 0xf0 entries of db: their number (duplicates counted), and the data
 * of key i into *data (first duplicate). */
static size_t
tail_read(struct store *st, int db, size_t i, char *data)
{
	struct store_txn *t;
	MDB_cursor *c;
	MDB_val k = { 1, "\xf0" }, d;
	char want[8];
	size_t n = 0;
	int rc;

	tail_key(i, want);
	data[0] = '\0';
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(mdb_cursor_open(t->txn, t->st->dbi[db], &c), 0);
	for (rc = mdb_cursor_get(c, &k, &d, MDB_SET_RANGE); rc == 0;
	    rc = mdb_cursor_get(c, &k, &d, MDB_NEXT)) {
		if (k.mv_size == 6 && memcmp(k.mv_data, want, 6) == 0 && data[0] == '\0')
			snprintf(data, 8, "%.*s", (int)d.mv_size, (const char *)d.mv_data);
		n++;
	}
	mdb_cursor_close(c);
	store_read_end(t);
	return n;
}

/* The existing entries of c, then the new ones in a bulk write. */
static void
tail_write(struct store *st, struct tail_ctx *c)
{
	c->bulk = 0;
	assert_int_equal(store_write(st, tail_fn, c), 0);
	c->bulk = 1;
	assert_int_equal(store_write(st, tail_fn, c), 0);
}

/* Leaf pages of db. */
static size_t
leaf_pages(struct store *st, int db)
{
	struct store_txn *t;
	MDB_stat ms;

	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(mdb_stat(t->txn, t->st->dbi[db], &ms), 0);
	store_read_end(t);
	return ms.ms_leaf_pages;
}

static void
test_bulk_tail(void **state)
{
	static const size_t few[] = { 501, 1000, 5001 }, many[] = { 1, 3, 4, 5, 9 };
	struct store *st = open_new("TBZ");
	struct tail_ctx c = { 0, 2000, 2, few, 3 };
	char data[8];
	size_t before;

	(void)state;
	before = leaf_pages(st, DB_HISTORY);
	tail_write(st, &c);
	/* 2,000 new, 501 and 5001 kept, 1000 taken by the new entry */
	assert_int_equal(tail_read(st, DB_HISTORY, 1000, data), 2002);
	assert_string_equal(data, "new");
	assert_int_equal(tail_read(st, DB_HISTORY, 501, data), 2002);
	assert_string_equal(data, "old");
	assert_int_equal(tail_read(st, DB_HISTORY, 5001, data), 2002);
	assert_string_equal(data, "old");
	/* 2,002 entries of 6 + 3 bytes, 19 bytes a node: 10 full pages; the
	 * usual puts, each before the old entries, left 20 half-full ones */
	assert_true(leaf_pages(st, DB_HISTORY) - before <= 12);
	/* DUPSORT: 1000 has A (existing and new: once) and B */
	assert_int_equal(tail_read(st, DB_AUDIT_ID, 0, data), 2000 * 2 + 2);
	assert_string_equal(data, "A");
	store_close(st);

	/* five existing entries among eight new ones: put the usual way */
	st = open_new("TBZ");
	c.nnew = 8;
	c.step = 1;
	c.old = many;
	c.nold = 5;
	tail_write(st, &c);
	assert_int_equal(tail_read(st, DB_HISTORY, 9, data), 9);
	assert_string_equal(data, "old");
	assert_int_equal(tail_read(st, DB_HISTORY, 3, data), 9);
	assert_string_equal(data, "new");
	assert_int_equal(tail_read(st, DB_AUDIT_ID, 0, data), 8 * 2 + 1);
	store_close(st);
}

/* ---- runs: the deferred entries sorted in runs as they come, merged at
 * the flush (store/defer.c) ---- */

#define RUNS_N	  3000	/* puts per sub-database */
#define RUNS_KEYS 1000	/* distinct keys: each put three times, in other runs */

struct runs_ctx {
	int fail;		/* the write fails at its end: nothing kept */
	size_t mid[2];		/* defer_flush_db of DB_HISTORY, DB_AUDIT_ID after
				   that many puts (0: none) */
	int mid_ok[2];		/* what the write read there was as expected */
	size_t every;		/* also flush DB_HISTORY every that many puts,
				   checking what it holds (0: never) */
	size_t every_bad;	/* flushes where it was not as expected */
};

/* The key of put i (keys out of order, each coming back every RUNS_KEYS
 * puts) and its data: for DB_HISTORY the put's number (the last put of a
 * key wins), for DUPSORT DB_AUDIT_ID one of two letters (every key gets
 * an entry equal to an earlier one, which is kept once). */
static void
runs_put(size_t i, char *key, char *hist, char *aud)
{
	snprintf(key, 7, "\xf1%05zu", (i * 7919 + 13) % RUNS_KEYS);
	snprintf(hist, 6, "%05zu", i);
	aud[0] = (char)('a' + (i / 7) % 2);
}

/* "key=data " for each entry of the first n puts as LMDB must hold them:
 * the keys in order; DB_HISTORY the last data of each, DB_AUDIT_ID each
 * different data, in order. */
static void
runs_expect(int db, size_t n, char *out, size_t size)
{
	static size_t last[RUNS_KEYS];
	static int has[RUNS_KEYS][2];
	char key[8], hist[8], aud[2];
	size_t i, o = 0;
	int j;

	memset(has, 0, sizeof has);
	for (i = 0; i < n; i++) {
		size_t k = (i * 7919 + 13) % RUNS_KEYS;

		runs_put(i, key, hist, aud);
		last[k] = i;
		has[k][aud[0] - 'a'] = 1;
	}
	out[0] = '\0';
	for (i = 0; i < RUNS_KEYS; i++) {
		if (!has[i][0] && !has[i][1])
			continue;
		if (db == DB_HISTORY) {
			o += (size_t)snprintf(out + o, size - o, "%05zu=%05zu ", i, last[i]);
			continue;
		}
		for (j = 0; j < 2; j++)
			if (has[i][j])
				o += (size_t)snprintf(out + o, size - o, "%05zu=%c ", i, 'a' + j);
	}
}

/* The same of what db holds in txn (its 0xf1 entries). */
static void
runs_dump(MDB_txn *txn, MDB_dbi dbi, char *out, size_t size)
{
	MDB_cursor *c;
	MDB_val k = { 1, "\xf1" }, d;
	size_t o = 0;
	int rc;

	out[0] = '\0';
	assert_int_equal(mdb_cursor_open(txn, dbi, &c), 0);
	for (rc = mdb_cursor_get(c, &k, &d, MDB_SET_RANGE); rc == 0 && o + 32 < size;
	    rc = mdb_cursor_get(c, &k, &d, MDB_NEXT))
		o += (size_t)snprintf(out + o, size - o, "%.*s=%.*s ", (int)k.mv_size - 1,
		    (const char *)k.mv_data + 1, (int)d.mv_size, (const char *)d.mv_data);
	mdb_cursor_close(c);
}

static char runs_a[RUNS_N * 16], runs_b[RUNS_N * 16];

static int
runs_fn(struct store_txn *t, void *vctx)
{
	static const int dbs[2] = { DB_HISTORY, DB_AUDIT_ID };
	struct runs_ctx *c = vctx;
	char key[8], hist[8], aud[2];
	size_t i;
	int rc, m;

	store_txn_bulk(t);
	for (i = 0; i < RUNS_N; i++) {
		for (m = 0; m < 2; m++) {
			if (c->mid[m] == 0 || i != c->mid[m])
				continue;
			/* a read of the sub-database in the write flushes it */
			if ((rc = defer_flush_db(t, dbs[m])) != 0)
				return rc;
			runs_expect(dbs[m], i, runs_a, sizeof runs_a);
			runs_dump(t->txn, t->st->dbi[dbs[m]], runs_b, sizeof runs_b);
			c->mid_ok[m] = runs_a[0] != '\0' && strcmp(runs_a, runs_b) == 0;
		}
		if (c->every != 0 && i > 0 && i % c->every == 0) {
			if ((rc = defer_flush_db(t, DB_HISTORY)) != 0)
				return rc;
			runs_expect(DB_HISTORY, i, runs_a, sizeof runs_a);
			runs_dump(t->txn, t->st->dbi[DB_HISTORY], runs_b, sizeof runs_b);
			c->every_bad += strcmp(runs_a, runs_b) != 0;
		}
		runs_put(i, key, hist, aud);
		if ((rc = defer_put(t, DB_HISTORY, key, 6, hist, 5, 0)) != 0 ||
		    (rc = defer_put(t, DB_AUDIT_ID, key, 6, aud, 1, 0)) != 0)
			return rc;
	}
	return c->fail ? STORE_EINVAL : 0;
}

/* A bulk write of c into a new database with runs of at most run_bytes
 * and the sorter thread from thread_min entries; checks every entry kept
 * (or, c->fail, none). */
static void
runs_write(struct runs_ctx *c, size_t run_bytes, size_t thread_min)
{
	static const int dbs[2] = { DB_HISTORY, DB_AUDIT_ID };
	struct store *st = open_new("TBZ");
	struct store_txn *t;
	size_t saved_min = defer_thread_min, saved_bytes = defer_run_bytes, np;
	unsigned long threaded = defer_threaded;
	int m;

	defer_thread_min = thread_min;
	defer_run_bytes = run_bytes;
	assert_int_equal(store_write(st, runs_fn, c), c->fail ? STORE_EINVAL : 0);
	defer_thread_min = saved_min;
	defer_run_bytes = saved_bytes;
	assert_int_equal(defer_threaded - threaded, !c->fail && thread_min <= RUNS_N);
	for (m = 0; m < 2; m++) {
		if (c->fail)
			runs_a[0] = '\0';
		else
			runs_expect(dbs[m], RUNS_N, runs_a, sizeof runs_a);
		assert_int_equal(store_read_begin(st, &t), 0);
		runs_dump(t->txn, t->st->dbi[dbs[m]], runs_b, sizeof runs_b);
		store_read_end(t);
		assert_string_equal(runs_b, runs_a);
		assert_int_equal(c->mid_ok[m], c->mid[m] != 0);
	}
	assert_int_equal(c->every_bad, 0);
	assert_int_equal(store_verify(st, NULL, NULL, &np), 0);
	store_close(st);
}

/* More entries than a run, with a key's later puts in other runs: on the
 * sorter thread, and in line (as without a thread); runs of a few entries
 * and of a few hundred. */
static void
test_bulk_runs(void **state)
{
	static const size_t bytes[] = { 48, 2048 };
	struct runs_ctx c;
	size_t b;

	(void)state;
	for (b = 0; b < 2; b++) {
		memset(&c, 0, sizeof c);
		runs_write(&c, bytes[b], 1);
		memset(&c, 0, sizeof c);
		runs_write(&c, bytes[b], (size_t)-1);
	}
}

/* Each sub-database flushed in the middle of the write (as a read of it
 * does), the other's runs still being sorted; the later puts of the same
 * keys go after. */
static void
test_bulk_runs_mid(void **state)
{
	struct runs_ctx c;

	(void)state;
	memset(&c, 0, sizeof c);
	c.mid[0] = 1234;
	c.mid[1] = 2345;
	runs_write(&c, 64, 1);
	memset(&c, 0, sizeof c);
	c.mid[0] = 1234;
	c.mid[1] = 2345;
	runs_write(&c, 64, (size_t)-1);
}

/* DB_HISTORY flushed every few puts (as a sync import reads the history
 * before each change), each flush's few entries in one run sorted in
 * line while the sorter thread has the other list's runs; and without the
 * thread. */
static void
test_bulk_runs_often(void **state)
{
	static const size_t every[] = { 3, 17 };
	struct runs_ctx c;
	size_t e;

	(void)state;
	for (e = 0; e < 2; e++) {
		memset(&c, 0, sizeof c);
		c.every = every[e];
		runs_write(&c, 2048, 1);
		memset(&c, 0, sizeof c);
		c.every = every[e];
		runs_write(&c, 2048, (size_t)-1);
	}
}

/* A write that fails after many runs (and after a flush in the middle)
 * keeps nothing, and frees all (under ASan and valgrind). */
static void
test_bulk_runs_abort(void **state)
{
	struct runs_ctx c;

	(void)state;
	memset(&c, 0, sizeof c);
	c.fail = 1;
	runs_write(&c, 64, 1);
	memset(&c, 0, sizeof c);
	c.fail = 1;
	c.mid[0] = 1500;
	runs_write(&c, 64, 1);
	memset(&c, 0, sizeof c);
	c.fail = 1;
	runs_write(&c, 64, (size_t)-1);
}

/* The bulk write and the entries after the last key of test_bulk_tail
 * again, with lists of many small runs. */
static void
test_bulk_small_runs(void **state)
{
	size_t saved = defer_run_bytes;

	defer_run_bytes = 100;
	bulk_compare(1);
	bulk_compare((size_t)-1);
	test_bulk_tail(state);
	defer_run_bytes = saved;
}

/* ---- store_index_other: the pending index entries looked up ---- */

struct other_ctx {
	int bulk;
	size_t n;		/* donors to write */
	char out[16384];	/* every answer, in order */
	size_t o;
	size_t found;
};

static void
mobile_of(size_t i, size_t m, char *buf, size_t n)
{
	snprintf(buf, n, "0914%07zu", 1000000 + i % m);
}

static void
other_note(struct other_ctx *c, int rc, const char *id)
{
	c->o += (size_t)snprintf(c->out + c->o, sizeof c->out - c->o, "%s ",
	    rc == 0 ? id : rc == STORE_ENOTFOUND ? "-" : "ERR");
	c->found += rc == 0;
}

static int
other_fn(struct store_txn *t, void *vctx)
{
	struct other_ctx *c = vctx;
	char mob[32], id[CORE_ID_MAX], other[CORE_ID_MAX];
	size_t i;
	int rc;

	if (c->bulk)
		store_txn_bulk(t);
	for (i = 0; i < c->n; i++) {
		struct core_record *r = core_record_new(CORE_DONOR);

		mobile_of(i * 7 + 3, 13, mob, sizeof mob);
		core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
		core_record_set_text(r, CORE_DONOR_NAME, i % 2 ? "مریم احمدی‌نژاد" : "علي كريمي");
		core_record_set_text(r, CORE_DONOR_COUNTY, "TBZ");
		core_record_set_text(r, CORE_DONOR_MOBILE, mob);
		rc = store_put_new(t, r, id);
		core_record_free(r);
		if (rc != 0)
			return rc;
		/* as the import asks once a row is written: another holder */
		other_note(c, store_index_other(t, CORE_DONOR, CORE_DONOR_MOBILE, mob, id, other),
		    other);
		other_note(c, store_index_other(t, CORE_DONOR, CORE_DONOR_MOBILE, mob, NULL, other),
		    other);
		other_note(c, store_index_other(t, CORE_DONOR, CORE_DONOR_MOBILE, "09140000000",
		    NULL, other), other);
		if (i % 9 == 8) {
			/* a record's mobile changed: its old entry goes (a delete
			 * puts the pending entries first) */
			struct core_record *o;
			struct store_meta m;

			assert_int_equal(store_get(t, CORE_DONOR, id, &o, &m), 0);
			mobile_of(i, 5, mob, sizeof mob);
			core_record_set_text(o, CORE_DONOR_MOBILE, mob);
			rc = store_update(t, o, m.rev);
			core_record_free(o);
			if (rc != 0)
				return rc;
			other_note(c, store_index_other(t, CORE_DONOR, CORE_DONOR_MOBILE, mob, id,
			    other), other);
		}
		if (i == c->n / 2) {
			/* a read of the index in the middle puts them first */
			size_t cnt;

			assert_int_equal(store_count_index(t, CORE_DONOR, CORE_DONOR_MOBILE, mob, &cnt),
			    0);
			assert_true(cnt > 0);
		}
	}
	return 0;
}

/* store_index_other in a bulk write (its own rows' entries waiting,
 * with and without the sorter thread) answers as in a plain write, where
 * every entry is in LMDB; both over records stored before, whose mobiles
 * the new ones share. */
static void
test_index_other(void **state)
{
	static const size_t thread_min[] = { 1, (size_t)-1 };
	static struct other_ctx plain, bulk, first;
	size_t saved = defer_thread_min, k;

	(void)state;
	for (k = 0; k < 2; k++) {
		struct store *ps = open_new("TBZ"), *bs = open_new("TBZ");

		defer_thread_min = thread_min[k];
		memset(&first, 0, sizeof first);
		first.n = 20;
		assert_int_equal(store_write(ps, other_fn, &first), 0);
		memset(&first, 0, sizeof first);
		first.n = 20;
		assert_int_equal(store_write(bs, other_fn, &first), 0);
		memset(&plain, 0, sizeof plain);
		memset(&bulk, 0, sizeof bulk);
		plain.n = bulk.n = 300;
		bulk.bulk = 1;
		assert_int_equal(store_write(ps, other_fn, &plain), 0);
		assert_int_equal(store_write(bs, other_fn, &bulk), 0);
		assert_true(plain.found > 300);
		assert_null(strstr(plain.out, "ERR"));
		assert_string_equal(bulk.out, plain.out);
		store_close(ps);
		store_close(bs);
	}
	defer_thread_min = saved;
}

static int
setup(void **state)
{
	const char *base = getenv("HAMYAR_TEST_TMP");

	(void)state;
	snprintf(tmpdir, sizeof tmpdir, "%s/store.XXXXXX", base && *base ? base : "/tmp");
	if (mkdtemp(tmpdir) == NULL)
		return -1;
	return 0;
}

static int
teardown(void **state)
{
	(void)state;
	return rmtree_cb(tmpdir) == 0 ? 0 : -1;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_kind),
		cmocka_unit_test(test_duplicate_nid),
		cmocka_unit_test(test_conflict),
		cmocka_unit_test(test_search_order_and_paging),
		cmocka_unit_test(test_settings_drafts_logs),
		cmocka_unit_test(test_setting_del_audited),
		cmocka_unit_test(test_gap_and_audit_update),
		cmocka_unit_test(test_gap_without_deactivated),
		cmocka_unit_test(test_gap_over_estimate),
		cmocka_unit_test(test_need_stages),
		cmocka_unit_test(test_stage_reopens),
		cmocka_unit_test(test_paid_in_one_write),
		cmocka_unit_test(test_refs_and_ids),
		cmocka_unit_test(test_backup_and_open_errors),
		cmocka_unit_test(test_encoding_evolution),
		cmocka_unit_test(test_verify_finds_damage),
		cmocka_unit_test(test_payment_lost),
		cmocka_unit_test(test_apply_remote),
		cmocka_unit_test(test_apply_dup),
		cmocka_unit_test(test_defer_unique),
		cmocka_unit_test(test_index_paging_and_counts),
		cmocka_unit_test(test_bulk_write),
		cmocka_unit_test(test_bulk_write_threaded),
		cmocka_unit_test(test_bulk_tail),
		cmocka_unit_test(test_bulk_runs),
		cmocka_unit_test(test_bulk_runs_mid),
		cmocka_unit_test(test_bulk_runs_often),
		cmocka_unit_test(test_bulk_runs_abort),
		cmocka_unit_test(test_bulk_small_runs),
		cmocka_unit_test(test_index_other),
		cmocka_unit_test(test_foreign_lmdb),
		cmocka_unit_test(test_replaced_under),
		cmocka_unit_test(test_overwritten_under),
		cmocka_unit_test(test_audit_db_restored),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
