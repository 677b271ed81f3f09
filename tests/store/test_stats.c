/*
 * tests/store/test_stats.c — store/stats.c: per county sums, the rank
 * gathering, stored weights and matrix, recent activity.
 *
 * The database is built here with a few units, needs, donors, pledges and
 * payments whose sums are worked by hand in the comments (SPEC §3: a
 * need's gap is its estimated cost minus its non-cancelled material
 * pledges); the gap is also checked against core_need_gap over the same
 * pledges, and the rank items against core_rank_eligible's rule.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "core/pledge.h"
#include "core/rank.h"
#include "core/record.h"
#include "locale/jalali.h"
#include "store/stats.h"
#include "store/store.h"

static char tmpdir[256];
static struct store *st;
static char unit_tbz[CORE_ID_MAX], unit_ahr[CORE_ID_MAX];
static char need1[CORE_ID_MAX], need2[CORE_ID_MAX], need3[CORE_ID_MAX], need4[CORE_ID_MAX];
static char donor1[CORE_ID_MAX], donor2[CORE_ID_MAX];

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
};

static int
put_fn(struct store_txn *t, void *vctx)
{
	struct put_ctx *c = vctx;

	return store_put_new(t, c->r, c->id);
}

/* Writes r (freed here) and copies its new id into id. */
static void
put(struct core_record *r, char *id)
{
	struct put_ctx c = { r, "" };

	assert_int_equal(store_write(st, put_fn, &c), 0);
	if (id != NULL)
		strcpy(id, c.id);
	core_record_free(r);
}

static void
unit(const char *name, const char *county, char *id)
{
	struct core_record *r = core_record_new(CORE_UNIT);

	core_record_set_num(r, CORE_UNIT_KIND, 0);
	core_record_set_text(r, CORE_UNIT_NAME, name);
	core_record_set_text(r, CORE_UNIT_COUNTY, county);
	put(r, id);
}

static void
need(const char *unit_id, int cat, const char *title, int64_t cost, int urg, int imp,
    int64_t pop, int32_t on, int status, char *id)
{
	struct core_record *r = core_record_new(CORE_NEED);

	core_record_set_text(r, CORE_NEED_UNIT, unit_id);
	core_record_set_num(r, CORE_NEED_CATEGORY, cat);
	core_record_set_text(r, CORE_NEED_TITLE, title);
	core_record_set_num(r, CORE_NEED_ESTIMATED_COST, cost);
	core_record_set_num(r, CORE_NEED_URGENCY, urg);
	core_record_set_num(r, CORE_NEED_IMPACT, imp);
	core_record_set_num(r, CORE_NEED_POPULATION, pop);
	core_record_set_num(r, CORE_NEED_IDENTIFIED_ON, on);
	core_record_set_num(r, CORE_NEED_STATUS, status);
	put(r, id);
}

static void
donor(const char *name, const char *county, unsigned interests, int64_t cap, int active, char *id)
{
	struct core_record *r = core_record_new(CORE_DONOR);

	core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_ORG);
	core_record_set_text(r, CORE_DONOR_NAME, name);
	core_record_set_text(r, CORE_DONOR_COUNTY, county);
	core_record_set_num(r, CORE_DONOR_INTERESTS, interests);
	core_record_set_num(r, CORE_DONOR_CAPACITY, cap);
	core_record_set_num(r, CORE_DONOR_ACTIVE, active);
	put(r, id);
}

static void
pledge(const char *d, const char *x, int type, int64_t amount, int status, char *id)
{
	struct core_record *r = core_record_new(CORE_PLEDGE);

	core_record_set_text(r, CORE_PLEDGE_DONOR, d);
	core_record_set_text(r, CORE_PLEDGE_NEED, x);
	core_record_set_num(r, CORE_PLEDGE_TYPE, type);
	core_record_set_num(r, CORE_PLEDGE_AMOUNT, amount);
	core_record_set_num(r, CORE_PLEDGE_PLEDGED_ON, jday(1403, 5, 1));
	core_record_set_num(r, CORE_PLEDGE_STATUS, status);
	put(r, id);
}

static void
payment(const char *p, int64_t amount, const char *receipt)
{
	struct core_record *r = core_record_new(CORE_PAYMENT);

	core_record_set_text(r, CORE_PAYMENT_PLEDGE, p);
	core_record_set_num(r, CORE_PAYMENT_PAID_ON, jday(1403, 6, 1));
	core_record_set_num(r, CORE_PAYMENT_AMOUNT, amount);
	core_record_set_text(r, CORE_PAYMENT_RECEIPT, receipt);
	put(r, NULL);
}

static int
init_fn(struct store_txn *t, void *ctx)
{
	(void)ctx;
	return store_init(t, "TST", "ایستگاه آزمون");
}

static int
setup(void **state)
{
	char path[300], p1[CORE_ID_MAX], p2[CORE_ID_MAX];

	(void)state;
	snprintf(tmpdir, sizeof tmpdir, "%s/stats.XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(tmpdir) == NULL)
		return -1;
	snprintf(path, sizeof path, "%s/db", tmpdir);
	if (store_open(path, STORE_CREATE | STORE_NOSYNC, &st) != 0)
		return -1;
	store_user_set(st, "کاربر");
	if (store_write(st, init_fn, NULL) != 0)
		return -1;
	unit("کلانتری ۱۲ تبريز", "TBZ", unit_tbz);	/* Arabic yeh in the name */
	unit("پاسگاه اهر", "AHR", unit_ahr);
	/* TBZ: need1 space 300M approved; need2 equipment 80M identified;
	 * need3 costs 50M rejected.  AHR: need4 space 120M done. */
	need(unit_tbz, CORE_PT_SPACE, "ساخت اتاق‌ نگهبانی", 300000000, 5, 4, 12000,
	    jday(1403, 1, 15), CORE_NEED_APPROVED, need1);
	need(unit_tbz, CORE_PT_EQUIPMENT, "دوربین مداربسته", 80000000, 3, 3, 4000,
	    jday(1403, 2, 1), CORE_NEED_IDENTIFIED, need2);
	need(unit_tbz, CORE_PT_COSTS, "هزینهٔ برق", 50000000, 2, 2, 100,
	    jday(1403, 3, 1), CORE_NEED_REJECTED, need3);
	need(unit_ahr, CORE_PT_SPACE, "تعمیر سقف", 120000000, 4, 4, 3000,
	    jday(1402, 11, 1), CORE_NEED_DONE, need4);
	donor("شرکت آسفالت تبريز", "TBZ", 1u << CORE_PT_SPACE | 1u << CORE_PT_EQUIPMENT,
	    500000000, 1, donor1);
	donor("بنیاد نیکوکاری", "TBZ", 1u << CORE_PT_SPACE, 100000000, 0, donor2);	/* inactive */
	/* need1: 100M pledged (paid 40M + 20M), 70M cancelled (paid 0), a
	 * non-material pledge of 5M that does not count.
	 * need4: 120M fulfilled (paid 120M). */
	pledge(donor1, need1, CORE_PT_SPACE, 100000000, CORE_PLEDGE_PARTIAL, p1);
	payment(p1, 40000000, "R-۱۰۱");
	payment(p1, 20000000, "R-102");
	pledge(donor2, need1, CORE_PT_SPACE, 70000000, CORE_PLEDGE_CANCELLED, NULL);
	pledge(donor1, need1, CORE_PT_SUPPORT, 5000000, CORE_PLEDGE_PLEDGED, NULL);
	pledge(donor1, need4, CORE_PT_SPACE, 120000000, CORE_PLEDGE_FULFILLED, p2);
	payment(p2, 120000000, "R-103");
	return 0;
}

static int
teardown(void **state)
{
	char cmd[300];

	(void)state;
	store_close(st);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

static void
test_counties(void **state)
{
	struct store_txn *t;
	struct store_county_stats *cs;
	size_t n;
	const struct core_pledge_line lines[] = {	/* need1's pledges */
		{ CORE_PT_SPACE, CORE_PLEDGE_PARTIAL, 1, 100000000 },
		{ CORE_PT_SPACE, CORE_PLEDGE_CANCELLED, 1, 70000000 },
		{ CORE_PT_SUPPORT, CORE_PLEDGE_PLEDGED, 1, 5000000 },
	};

	(void)state;
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_stats_counties(t, &cs, &n), 0);
	store_read_end(t);
	assert_int_equal(n, 2);
	/* code order: AHR before TBZ */
	assert_string_equal(cs[0].county, "AHR");
	assert_int_equal(cs[0].needs, 1);		/* done: still counted */
	assert_int_equal(cs[0].estimated, 120000000);
	assert_int_equal(cs[0].pledged, 120000000);
	assert_int_equal(cs[0].received, 120000000);
	assert_int_equal(cs[0].gap, 0);
	assert_string_equal(cs[1].county, "TBZ");
	assert_int_equal(cs[1].needs, 2);		/* need1, need2; need3 rejected: not counted */
	/* rejected need3 adds no money: 300M + 80M */
	assert_int_equal(cs[1].estimated, 380000000);
	assert_int_equal(cs[1].pledged, 100000000);
	assert_int_equal(cs[1].received, 60000000);
	/* gaps: need1 300M - 100M = 200M, need2 80M */
	assert_int_equal(cs[1].gap, core_need_gap(300000000, lines, 3) + 80000000);
	assert_int_equal(cs[1].gap, 280000000);
	free(cs);
}

static void
test_gather(void **state)
{
	struct store_txn *t;
	struct store_rank_data g;
	int32_t today = jday(1403, 7, 1);
	size_t i;

	(void)state;
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_rank_gather(t, NULL, today, &g), 0);
	assert_int_equal(g.ndonors, 2);
	assert_int_equal(g.nneeds, 4);
	/* rankable: need1 (approved, gap 200M), need2 (identified, gap 80M) */
	assert_int_equal(g.nitems, 2);
	for (i = 0; i < g.nitems; i++) {
		const struct core_rank_item *x = &g.items[i];
		const struct core_match_need *m = &g.needs[g.item_need[i]];

		assert_string_equal(x->id, m->id);
		assert_true(core_rank_eligible(m->status, m->gap));
	}
	assert_string_equal(g.items[0].id, need1);
	assert_true(g.items[0].crit[CORE_CRIT_GAP] == 200000000.0);
	assert_true(g.items[0].crit[CORE_CRIT_URGENCY] == 5.0);
	assert_true(g.items[0].crit[CORE_CRIT_POPULATION] == 12000.0);
	/* 1403/01/15 to 1403/07/01: 17 days to 02/01, then 5 months of 31 */
	assert_true(g.items[0].crit[CORE_CRIT_WAITING] == 17 + 5 * 31);
	/* interest: donor1 only (donor2 is inactive) */
	assert_true(g.items[0].crit[CORE_CRIT_INTEREST] == 1.0);
	assert_string_equal(g.items[1].id, need2);
	assert_true(g.items[1].crit[CORE_CRIT_INTEREST] == 1.0);
	assert_string_equal(g.titles[g.item_need[1]], "دوربین مداربسته");
	store_rank_data_free(&g);
	/* one county only */
	assert_int_equal(store_rank_gather(t, "AHR", today, &g), 0);
	assert_int_equal(g.nneeds, 1);
	assert_int_equal(g.nitems, 0);
	store_rank_data_free(&g);
	store_read_end(t);
	store_rank_data_free(&g);	/* twice: safe */
}

struct save_ctx {
	const double *m;
	const struct core_weights *w;
};

static int
save_fn(struct store_txn *t, void *vctx)
{
	struct save_ctx *c = vctx;

	return store_rank_save(t, c->m, c->w);
}

/* A donor's open sum, what his free capacity is his capacity less: donor1
 * pledged 100M on need1 (approved) and was paid 60M of it: 40M open; his
 * 5M support pledge counts for nothing (not material), nor his 120M on
 * need4, done.  donor2's only pledge is cancelled: nothing open. */
static void
test_donor_open(void **state)
{
	struct store_txn *t;
	struct store_rank_data g;
	int64_t open = -1;
	size_t i;

	(void)state;
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_donor_open(t, donor1, &open), 0);
	assert_true(open == 40000000);
	assert_true(open == core_pledge_unpaid(CORE_NEED_APPROVED, 100000000, 60000000));
	assert_int_equal(store_donor_open(t, donor2, &open), 0);
	assert_true(open == 0);
	assert_int_equal(store_donor_open(t, "TST-999", &open), 0);	/* no pledges */
	assert_true(open == 0);
	/* the need's matching fills it in for its county's active donors */
	assert_int_equal(store_rank_gather(t, NULL, jday(1403, 7, 1), &g), 0);
	for (i = 0; i < g.ndonors; i++)
		assert_true(g.donors[i].open == 0);	/* the ranking reads no pledges */
	assert_int_equal(store_rank_donor_pledges(t, &g, "TBZ"), 0);
	store_read_end(t);
	for (i = 0; i < g.ndonors; i++) {
		if (strcmp(g.donors[i].id, donor1) == 0) {
			assert_true(g.donors[i].open == 40000000);
			assert_true(core_match_free(&g.donors[i]) == 460000000);
		} else {
			assert_true(g.donors[i].open == 0);	/* donor2: inactive, not read */
		}
	}
	store_rank_data_free(&g);
}

static void
test_weights(void **state)
{
	struct store_txn *t;
	struct core_weights w, d, got;
	double m[36], back[36];
	struct core_ahp_result ar;
	struct save_ctx c = { m, &w };
	int k;

	(void)state;
	core_weights_default(&d);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_rank_weights(t, &got), -1);	/* none stored: fine */
	assert_int_equal(store_rank_matrix(t, back), 0);	/* none stored yet */
	store_read_end(t);
	for (k = 0; k < CORE_NCRIT; k++)
		assert_true(got.w[k] == d.w[k]);
	assert_memory_equal(back, core_rank_default_matrix, sizeof back);
	/* gap judged 3 times as important as urgency: a different matrix */
	memcpy(m, core_rank_default_matrix, sizeof m);
	m[0 * 6 + 3] = 1.0 / 3;
	m[3 * 6 + 0] = 3;
	assert_int_equal(core_ahp(m, 6, &ar), 0);
	memcpy(w.w, ar.w, sizeof w.w);
	assert_int_equal(store_write(st, save_fn, &c), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_rank_weights(t, &got), -1);
	assert_int_equal(store_rank_matrix(t, back), 1);
	store_read_end(t);
	for (k = 0; k < CORE_NCRIT; k++)
		assert_true(got.w[k] == w.w[k]);	/* %.17g round-trips */
	assert_true(got.w[CORE_CRIT_GAP] > d.w[CORE_CRIT_GAP]);
	assert_memory_equal(back, m, sizeof back);
	/* The first save's audit entries: the old values are the defaults
	 * the ranking used until then, not "" */
	{
		static const char *const names[2] = { "rank.weights", "rank.matrix" };
		struct store_iter *it;
		struct store_audit a;
		char want[1024];
		size_t len;
		int i, j, n;

		for (i = 0; i < 2; i++) {
			const double *v = i == 0 ? d.w : core_rank_default_matrix;

			n = i == 0 ? CORE_NCRIT : CORE_NCRIT * CORE_NCRIT;
			for (j = 0, len = 0; j < n; j++)
				len += (size_t)snprintf(want + len, sizeof want - len, "%s%.17g",
				    j ? " " : "", v[j]);
			assert_int_equal(store_read_begin(st, &t), 0);
			assert_int_equal(store_audit_iter(t, names[i], 0, &it), 0);
			assert_int_equal(store_audit_next(it, &a), 0);
			assert_int_equal(a.action, STORE_ACT_SETTING);
			assert_int_equal(a.nfields, 1);
			assert_string_equal(a.fields[0].old_text, want);
			assert_string_not_equal(a.fields[0].new_text, want);
			store_audit_done(&a);
			assert_int_equal(store_audit_next(it, &a), STORE_ENOTFOUND);
			store_iter_free(it);
			store_read_end(t);
		}
	}
}

/* The defaults saved as they are on a database that never had weights
 * (F2 in the editor with nothing changed): stored (a bundle's ranking line
 * reads them), but no change is logged. */
static void
test_weights_default_saved(void **state)
{
	struct store_txn *t;
	struct store_iter *it;
	struct store_audit a;
	struct core_weights d;
	struct save_ctx c = { core_rank_default_matrix, &d };
	struct store *s2;
	char path[300], *v = NULL;

	(void)state;
	core_weights_default(&d);
	snprintf(path, sizeof path, "%s/db2", tmpdir);
	assert_int_equal(store_open(path, STORE_CREATE | STORE_NOSYNC, &s2), 0);
	store_user_set(s2, "مریم");
	assert_int_equal(store_write(s2, init_fn, NULL), 0);
	assert_int_equal(store_write(s2, save_fn, &c), 0);
	assert_int_equal(store_read_begin(s2, &t), 0);
	assert_int_equal(store_setting_get(t, "rank.weights", &v, NULL), 0);
	free(v);
	assert_int_equal(store_setting_get(t, "rank.matrix", &v, NULL), 0);
	free(v);
	assert_int_equal(store_audit_iter(t, "rank.weights", 0, &it), 0);
	assert_int_equal(store_audit_next(it, &a), STORE_ENOTFOUND);
	store_iter_free(it);
	store_read_end(t);
	store_close(s2);
}

struct raw_ctx {
	const char *value;
};

static int
raw_fn(struct store_txn *t, void *vctx)
{
	struct raw_ctx *c = vctx;

	return store_setting_set(t, "rank.weights", c->value, strlen(c->value));
}

/* Weights the ranking cannot use are refused when saved, and a stored one
 * (written another way) is named, not replaced by the default in silence. */
static void
test_weights_bad(void **state)
{
	static const struct {
		const char *stored;
		int bad;
	} cases[] = {
		{ "inf 1 1 1 1 1", CORE_CRIT_URGENCY },
		{ "1 nan 1 1 1 1", CORE_CRIT_IMPACT },
		{ "1 1 1 1 1 1e400", CORE_CRIT_INTEREST },	/* overflows to inf */
		{ "1 1 1 -2 1 1", CORE_CRIT_GAP },
		{ "1 1 1", CORE_CRIT_GAP },			/* the fourth is missing */
		{ "1e308 1e308 1 1 1 1", CORE_NCRIT },		/* the sum overflows */
		{ "0 0 0 0 0 0", CORE_NCRIT },
	};
	struct store_txn *t;
	struct core_weights w, d, got;
	struct save_ctx c = { core_rank_default_matrix, &w };
	struct raw_ctx r;
	char *before = NULL, *after = NULL;
	size_t i;
	int k;

	(void)state;
	core_weights_default(&d);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_setting_get(t, "rank.weights", &before, NULL), 0);
	store_read_end(t);
	/* saving: refused, nothing written */
	for (k = 0; k < 3; k++) {
		w = d;
		w.w[CORE_CRIT_WAITING] = k == 0 ? INFINITY : k == 1 ? NAN : -1;
		assert_int_equal(core_weights_check(&w), CORE_CRIT_WAITING);
		assert_int_equal(store_write(st, save_fn, &c), STORE_EINVAL);
	}
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_setting_get(t, "rank.weights", &after, NULL), 0);
	store_read_end(t);
	assert_string_equal(after, before);
	free(before);
	free(after);
	/* stored: named */
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		r.value = cases[i].stored;
		assert_int_equal(store_write(st, raw_fn, &r), 0);
		assert_int_equal(store_read_begin(st, &t), 0);
		assert_int_equal(store_rank_weights(t, &got), cases[i].bad);
		store_read_end(t);
		for (k = 0; k < CORE_NCRIT; k++)
			assert_true(got.w[k] == d.w[k]);	/* the default, to go on with */
	}
}

static void
test_recent(void **state)
{
	struct store_txn *t;
	struct store_activity a[4];
	size_t n;

	(void)state;
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_stats_recent(t, (int64_t)time(NULL), a, 4, &n), 0);
	store_read_end(t);
	assert_int_equal(n, 4);
	/* newest first: the rank settings saved last (if test_weights ran
	 * before), else the last payment's pledge (its status followed the
	 * payment, in the same write) and the payment */
	assert_string_equal(a[0].user, "کاربر");
	assert_true(a[0].time >= a[1].time && a[1].time >= a[2].time);
	if (a[0].action == STORE_ACT_SETTING) {
		assert_string_equal(a[0].id, "rank.weights");
		assert_string_equal(a[1].id, "rank.matrix");
		assert_int_equal(a[2].kind, CORE_PLEDGE);
		assert_int_equal(a[2].action, STORE_ACT_UPDATE);
		assert_int_equal(a[3].kind, CORE_PAYMENT);
	} else {
		assert_int_equal(a[0].kind, CORE_PLEDGE);
		assert_int_equal(a[0].action, STORE_ACT_UPDATE);
		assert_int_equal(a[1].kind, CORE_PAYMENT);
	}
	assert_int_equal(store_stats_recent(t = NULL, 0, a, 0, &n), 0);
	assert_int_equal(n, 0);
}

struct recv_ctx {
	struct core_version v;
	const char *w, *m;
	int rc;
};

static int
recv_fn(struct store_txn *t, void *vctx)
{
	struct recv_ctx *c = vctx;

	c->rc = store_rank_receive(t, &c->v, c->w, c->m);
	return c->rc < 0 ? c->rc : 0;
}

/* The ranking as sync carries it: a save stamps a version; a received
 * one is taken only when newer (then the clock passes it), never when
 * older or the same, never with numbers the ranking cannot use. */
static void
test_weights_shared(void **state)
{
	struct store_txn *t;
	struct core_version v, v2;
	struct core_weights w, got;
	double m[36];
	struct core_ahp_result ar;
	struct save_ctx c = { m, &w };
	struct recv_ctx r;
	char *sw = NULL, *sm = NULL, *tw = NULL, *tm = NULL;
	char ws[200], station[CORE_STATION_MAX + 1];
	int k;

	(void)state;
	memcpy(m, core_rank_default_matrix, sizeof m);
	m[0 * 6 + 1] = 3;	/* urgency : impact */
	m[1 * 6 + 0] = 1.0 / 3;
	assert_int_equal(core_ahp(m, 6, &ar), 0);
	memcpy(w.w, ar.w, sizeof w.w);
	assert_int_equal(store_write(st, save_fn, &c), 0);
	assert_int_equal(store_station(st, station), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_rank_shared(t, &v, &sw, &sm), 0);
	store_read_end(t);
	assert_string_equal(v.origin, station);	/* stamped here */
	assert_true(v.hlc > 0);
	assert_non_null(strstr(sm, "0.33333333333333331"));

	/* older, and the same version: nothing taken */
	memset(&r, 0, sizeof r);
	assert_int_equal(core_version_set(&r.v, v.hlc - 1, "MRG"), 0);
	for (k = 0, ws[0] = '\0'; k < CORE_NCRIT; k++)
		snprintf(ws + strlen(ws), sizeof ws - strlen(ws), "%s%s", k ? " " : "",
		    k == 0 ? "0.5" : "0.1");
	r.w = ws;
	r.m = sm;
	assert_int_equal(store_write(st, recv_fn, &r), 0);
	assert_int_equal(r.rc, 0);
	r.v = v;
	assert_int_equal(store_write(st, recv_fn, &r), 0);
	assert_int_equal(r.rc, 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_rank_weights(t, &got), -1);
	store_read_end(t);
	assert_true(got.w[0] == w.w[0]);

	/* numbers the ranking cannot use: refused, nothing written */
	assert_int_equal(core_version_set(&r.v, v.hlc + 1000, "MRG"), 0);
	r.w = "0.5 0.1 0.1 0.1 0.1";	/* five */
	assert_int_equal(store_write(st, recv_fn, &r), STORE_EINVAL);
	r.w = "0.5 0.1 0.1 0.1 0.1 nan";
	assert_int_equal(store_write(st, recv_fn, &r), STORE_EINVAL);
	r.w = "0.5 0.1 0.1 0.1 0.1 -0.1";
	assert_int_equal(store_write(st, recv_fn, &r), STORE_EINVAL);

	/* newer: taken, with its version; the clock moves past it */
	r.v.hlc = v.hlc + ((uint64_t)3600000 << CORE_HLC_COUNTER_BITS);	/* an hour on */
	r.w = ws;
	assert_int_equal(store_write(st, recv_fn, &r), 0);
	assert_int_equal(r.rc, 1);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_rank_weights(t, &got), -1);
	assert_int_equal(store_rank_shared(t, &v2, &tw, &tm), 0);
	store_read_end(t);
	assert_true(got.w[0] == 0.5);
	assert_int_equal(core_version_cmp(&v2, &r.v), 0);
	assert_true(strncmp(tw, "0.5 0.10000000000000001 ", 24) == 0);	/* stored as a save stores them, %.17g */
	/* a save here now is newer than what was received */
	assert_int_equal(store_write(st, save_fn, &c), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	free(tw);
	free(tm);
	assert_int_equal(store_rank_shared(t, &v2, &tw, &tm), 0);
	store_read_end(t);
	assert_true(core_version_cmp(&v2, &r.v) > 0);
	assert_true(v2.hlc > r.v.hlc);	/* the clock passed what came */
	free(sw);
	free(sm);
	free(tw);
	free(tm);
}

static int
unit_active_fn(struct store_txn *t, void *vctx)
{
	const int *on = vctx;
	struct core_record *r;
	struct store_meta m;
	int rc;

	if ((rc = store_get(t, CORE_UNIT, unit_tbz, &r, &m)) != 0)
		return rc;
	core_record_set_num(r, CORE_UNIT_ACTIVE, *on);
	rc = store_update(t, r, m.rev);
	core_record_free(r);
	return rc;
}

/* A unit marked inactive: its needs leave the county sums, as they leave
 * the ranking (store_rank_gather); active again, they count again.  Last:
 * it writes. */
static void
test_counties_unit_inactive(void **state)
{
	struct store_txn *t;
	struct store_county_stats *cs;
	size_t n;
	int on = 0;

	(void)state;
	assert_int_equal(store_write(st, unit_active_fn, &on), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_unit_inactive(t, unit_tbz), 1);
	assert_int_equal(store_unit_inactive(t, unit_ahr), 0);
	assert_int_equal(store_unit_inactive(t, "TBZ-999"), 0);
	assert_int_equal(store_unit_inactive(t, ""), 0);
	assert_int_equal(store_stats_counties(t, &cs, &n), 0);
	store_read_end(t);
	/* TBZ's needs are all of the inactive unit: no TBZ row */
	assert_int_equal(n, 1);
	assert_string_equal(cs[0].county, "AHR");
	assert_int_equal(cs[0].estimated, 120000000);
	free(cs);
	on = 1;
	assert_int_equal(store_write(st, unit_active_fn, &on), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_unit_inactive(t, unit_tbz), 0);
	assert_int_equal(store_stats_counties(t, &cs, &n), 0);
	store_read_end(t);
	assert_int_equal(n, 2);
	assert_int_equal(cs[1].estimated, 380000000);
	free(cs);
}

/* AHR's unit marked inactive (vctx: 0) or active again (1). */
static int
ahr_active_fn(struct store_txn *t, void *vctx)
{
	const int *on = vctx;
	struct core_record *r;
	struct store_meta m;
	int rc;

	if ((rc = store_get(t, CORE_UNIT, unit_ahr, &r, &m)) != 0)
		return rc;
	core_record_set_num(r, CORE_UNIT_ACTIVE, *on);
	rc = store_update(t, r, m.rev);
	core_record_free(r);
	return rc;
}

/* A need done before its unit was made inactive stays in the county
 * sums (store_need_unit_off 0): AHR's only need, need4, is done, and the
 * AHR row keeps it; TBZ's open need1 is left out with its inactive unit.
 * Before, the AHR row went, its money with it.  Last: it writes. */
static void
test_counties_unit_inactive_done(void **state)
{
	struct store_txn *t;
	struct store_county_stats *cs;
	struct core_record *r;
	size_t n, i;
	int on = 0, found = 0;

	(void)state;
	assert_int_equal(store_write(st, ahr_active_fn, &on), 0);
	assert_int_equal(store_write(st, unit_active_fn, &on), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_unit_inactive(t, unit_ahr), 1);
	assert_int_equal(store_get(t, CORE_NEED, need4, &r, NULL), 0);
	assert_int_equal(store_need_unit_off(t, r), 0);		/* done */
	core_record_free(r);
	assert_int_equal(store_get(t, CORE_NEED, need1, &r, NULL), 0);
	assert_int_equal(store_need_unit_off(t, r), 1);		/* approved */
	core_record_free(r);
	assert_int_equal(store_stats_counties(t, &cs, &n), 0);
	store_read_end(t);
	for (i = 0; i < n; i++)
		if (strcmp(cs[i].county, "AHR") == 0) {
			found = 1;
			assert_int_equal(cs[i].needs, 1);
			assert_int_equal(cs[i].estimated, 120000000);
		} else {
			fail_msg("a row of %s: TBZ's needs are open ones of an inactive unit", cs[i].county);
		}
	assert_true(found);
	free(cs);
	on = 1;
	assert_int_equal(store_write(st, ahr_active_fn, &on), 0);
	assert_int_equal(store_write(st, unit_active_fn, &on), 0);
}

/* Only an open need has a gap to fund (store_need_open): identified (or
 * no status at all), assessed, approved, in progress; not done, not
 * rejected.  store_stats_counties adds the gaps of those alone. */
static void
test_need_open(void **state)
{
	static const int want[] = {
		[CORE_NEED_IDENTIFIED] = 1, [CORE_NEED_ASSESSED] = 1, [CORE_NEED_APPROVED] = 1,
		[CORE_NEED_IN_PROGRESS] = 1, [CORE_NEED_DONE] = 0, [CORE_NEED_REJECTED] = 0,
	};
	struct core_record *r = core_record_new(CORE_NEED);
	size_t i;

	(void)state;
	assert_int_equal(store_need_open(r), 1);	/* no status: identified */
	for (i = 0; i < sizeof want / sizeof want[0]; i++) {
		core_record_set_num(r, CORE_NEED_STATUS, (int64_t)i);
		assert_int_equal(store_need_open(r), want[i]);
	}
	core_record_free(r);
}

static void
ceremony(int32_t on, const char *donors, char *id)
{
	struct core_record *r = core_record_new(CORE_RECOGNITION);

	core_record_set_num(r, CORE_RECOGNITION_HELD_ON, on);
	core_record_set_text(r, CORE_RECOGNITION_TITLE, "تجلیل از خیّرین");
	core_record_set_text(r, CORE_RECOGNITION_PLACE, "تالار شهرداری");
	core_record_set_text(r, CORE_RECOGNITION_DONORS, donors);
	put(r, id);
}

static const struct store_honour_row *
honour_find(const struct store_honour_row *rows, size_t n, const char *id)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(rows[i].donor, id) == 0)
			return &rows[i];
	return NULL;
}

/* Whom to honour: donor1 paid 40M + 20M + 120M on 1403/06/01 and made a
 * support pledge (non-material) on 1403/05/01; donor2's only pledge is
 * cancelled and unpaid: not listed.  A period that ends before the
 * payments keeps the pledge alone; one before both lists nobody.  The
 * last ceremony that honoured donor1 is the latest but the one left out.
 * Last: it writes. */
static void
test_honour_gather(void **state)
{
	struct store_txn *t;
	struct store_honour_row *rows;
	const struct store_honour_row *r;
	char c1[CORE_ID_MAX], c2[CORE_ID_MAX], both[2 * CORE_ID_MAX + 2];
	size_t n;

	(void)state;
	snprintf(both, sizeof both, "%s %s", donor2, donor1);
	ceremony(jday(1402, 12, 20), both, c1);
	ceremony(jday(1403, 8, 1), donor1, c2);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_honour_gather(t, jday(1402, 8, 1), jday(1403, 7, 30), c2, &rows, &n), 0);
	assert_int_equal(n, 1);
	assert_non_null(r = honour_find(rows, n, donor1));
	assert_true(r->paid == 180000000);
	assert_int_equal(r->nonmat, 1);
	assert_int_equal(r->last, jday(1402, 12, 20));	/* c2 left out */
	free(rows);
	assert_int_equal(store_honour_gather(t, jday(1402, 8, 1), jday(1403, 7, 30), NULL, &rows, &n), 0);
	assert_non_null(r = honour_find(rows, n, donor1));
	assert_int_equal(r->last, jday(1403, 8, 1));
	free(rows);
	/* to 1403/05/31: the pledge, not the payments */
	assert_int_equal(store_honour_gather(t, jday(1402, 6, 1), jday(1403, 5, 31), NULL, &rows, &n), 0);
	assert_int_equal(n, 1);
	assert_true(rows[0].paid == 0);
	assert_int_equal(rows[0].nonmat, 1);
	free(rows);
	assert_int_equal(store_honour_gather(t, jday(1401, 1, 1), jday(1403, 4, 31), NULL, &rows, &n), 0);
	assert_int_equal(n, 0);
	free(rows);
	store_read_end(t);
}

struct deact_ctx {
	enum core_kind k;
	const char *id;
};

static int
deact_fn(struct store_txn *t, void *vctx)
{
	struct deact_ctx *c = vctx;
	struct core_record *x;
	struct store_meta m;
	int rc;

	/* the revision stored: a payment's write may have changed its pledge */
	if ((rc = store_get(t, c->k, c->id, &x, &m)) != 0)
		return rc;
	core_record_free(x);
	return store_deactivate(t, c->k, c->id, m.rev);
}

/* A payment deactivated adds nothing to its donor's paid sum, nor do the
 * payments of a pledge deactivated (as the letter leaves such pledges
 * out); a non-material pledge deactivated is not counted.  Last: it
 * writes. */
static void
test_honour_deactivated(void **state)
{
	struct store_txn *t;
	struct store_honour_row *rows;
	const struct store_honour_row *r;
	struct core_record *y;
	char d3[CORE_ID_MAX], pa[CORE_ID_MAX], pb[CORE_ID_MAX], pc[CORE_ID_MAX];
	char ya[CORE_ID_MAX], yb[CORE_ID_MAX];
	struct deact_ctx c;
	size_t n;

	(void)state;
	donor("علی‌اکبر رحیمي", "TBZ", 1u << CORE_PT_SPACE, 10000000, 1, d3);
	pledge(d3, need1, CORE_PT_SPACE, 9000000, CORE_PLEDGE_PARTIAL, pa);
	pledge(d3, need1, CORE_PT_SPACE, 7000000, CORE_PLEDGE_PARTIAL, pb);
	pledge(d3, need1, CORE_PT_OVERSIGHT, 0, CORE_PLEDGE_PLEDGED, pc);
	y = core_record_new(CORE_PAYMENT);
	core_record_set_text(y, CORE_PAYMENT_PLEDGE, pa);
	core_record_set_num(y, CORE_PAYMENT_PAID_ON, jday(1403, 6, 1));
	core_record_set_num(y, CORE_PAYMENT_AMOUNT, 3000000);
	core_record_set_text(y, CORE_PAYMENT_RECEIPT, "R-۲۰۱");
	put(y, ya);
	y = core_record_new(CORE_PAYMENT);
	core_record_set_text(y, CORE_PAYMENT_PLEDGE, pa);
	core_record_set_num(y, CORE_PAYMENT_PAID_ON, jday(1403, 6, 2));
	core_record_set_num(y, CORE_PAYMENT_AMOUNT, 4000000);
	core_record_set_text(y, CORE_PAYMENT_RECEIPT, "R-202");
	put(y, yb);
	payment(pb, 5000000, "R-203");
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_honour_gather(t, jday(1403, 1, 1), jday(1403, 12, 29), NULL, &rows, &n), 0);
	store_read_end(t);
	assert_non_null(r = honour_find(rows, n, d3));
	assert_true(r->paid == 12000000);
	assert_int_equal(r->nonmat, 1);
	free(rows);
	c.k = CORE_PAYMENT;
	c.id = yb;
	assert_int_equal(store_write(st, deact_fn, &c), 0);
	c.k = CORE_PLEDGE;
	c.id = pb;
	assert_int_equal(store_write(st, deact_fn, &c), 0);
	c.id = pc;
	assert_int_equal(store_write(st, deact_fn, &c), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_honour_gather(t, jday(1403, 1, 1), jday(1403, 12, 29), NULL, &rows, &n), 0);
	store_read_end(t);
	assert_non_null(r = honour_find(rows, n, d3));
	assert_true(r->paid == 3000000);	/* ya alone */
	assert_int_equal(r->nonmat, 0);
	free(rows);
	(void)ya;
}

/* A non-material need's pledges carry no rials: store_need_sums says
 * whether a need is material (.material) and how many pledges it has
 * (.pledges: any type, neither cancelled nor deactivated), and
 * store_stats_counties sums the money of the material needs alone,
 * counting the others: open, open with a pledge, done.  AHR gets a support
 * need of 40M, open, with a pledge of hours, and a policing need of 10M,
 * done: its money stays need4's, its gap 0.  Before, the AHR row had 170M
 * estimated and a gap of 40M no pledge of that kind could close.  Last:
 * it writes. */
static void
test_counties_nonmaterial(void **state)
{
	struct store_txn *t;
	struct store_county_stats *cs;
	struct store_need_sums ns;
	struct core_record *r;
	char sup[CORE_ID_MAX], pol[CORE_ID_MAX];
	size_t n;

	(void)state;
	need(unit_ahr, CORE_PT_SUPPORT, "کلاس‌های پیشگیری از اعتیاد", 40000000, 3, 4, 900,
	    jday(1403, 4, 1), CORE_NEED_IDENTIFIED, sup);
	need(unit_ahr, CORE_PT_POLICING, "همیاران ترافيک مدرسه", 10000000, 2, 2, 500,
	    jday(1402, 7, 1), CORE_NEED_DONE, pol);
	r = core_record_new(CORE_PLEDGE);	/* hours, no amount */
	core_record_set_text(r, CORE_PLEDGE_DONOR, donor1);
	core_record_set_text(r, CORE_PLEDGE_NEED, sup);
	core_record_set_num(r, CORE_PLEDGE_TYPE, CORE_PT_SUPPORT);
	core_record_set_num(r, CORE_PLEDGE_HOURS, 40);
	core_record_set_num(r, CORE_PLEDGE_PLEDGED_ON, jday(1403, 5, 1));
	core_record_set_num(r, CORE_PLEDGE_STATUS, CORE_PLEDGE_PLEDGED);
	put(r, NULL);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_need_sums(t, sup, &ns), 0);
	assert_int_equal(ns.material, 0);
	assert_int_equal(ns.pledges, 1);
	assert_int_equal(ns.gap, 40000000);	/* its own gap, as SPEC §3 has it */
	assert_int_equal(store_need_sums(t, need1, &ns), 0);
	assert_int_equal(ns.material, 1);	/* space */
	assert_int_equal(store_stats_counties(t, &cs, &n), 0);
	store_read_end(t);
	assert_int_equal(n, 2);
	assert_string_equal(cs[0].county, "AHR");
	assert_int_equal(cs[0].needs, 3);
	assert_int_equal(cs[0].estimated, 120000000);
	assert_int_equal(cs[0].pledged, 120000000);
	assert_int_equal(cs[0].gap, 0);
	assert_int_equal(cs[0].nm_open, 1);
	assert_int_equal(cs[0].nm_pledged, 1);
	assert_int_equal(cs[0].nm_done, 1);
	/* TBZ's needs are material: none counted apart */
	assert_int_equal(cs[1].estimated, 380000000);
	assert_int_equal(cs[1].nm_open + cs[1].nm_pledged + cs[1].nm_done, 0);
	free(cs);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_counties),
		cmocka_unit_test(test_need_open),
		cmocka_unit_test(test_gather),
		cmocka_unit_test(test_donor_open),
		cmocka_unit_test(test_weights),
		cmocka_unit_test(test_weights_default_saved),
		cmocka_unit_test(test_recent),
		cmocka_unit_test(test_weights_bad),	/* after test_recent: its writes are audited */
		cmocka_unit_test(test_weights_shared),
		cmocka_unit_test(test_counties_unit_inactive),	/* last: they write */
		cmocka_unit_test(test_counties_unit_inactive_done),
		cmocka_unit_test(test_honour_gather),
		cmocka_unit_test(test_honour_deactivated),
		cmocka_unit_test(test_counties_nonmaterial),	/* last: it writes */
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
