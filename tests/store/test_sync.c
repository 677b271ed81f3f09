/*
 * tests/store/test_sync.c — store/sync.c's per-peer records: when a bundle
 * last passed each way (store_sync_peer_stamp, store_sync_peer_when), and
 * what store_sync_peer_reset forgets and sets for a station installed
 * afresh.  (The queue and applying are tested through bundles, in
 * tests/tui/test_bundle.c.)
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/record.h"
#include "store/store.h"
#include "store/sync.h"

static char tmpdir[256];
static int dbn;

static int
init_fn(struct store_txn *t, void *ctx)
{
	return store_init(t, ctx, "ستاد استان");
}

static struct store *
open_new(const char *station)
{
	struct store *st;
	char p[512];

	snprintf(p, sizeof p, "%s/db%d", tmpdir, ++dbn);
	assert_int_equal(store_open(p, STORE_CREATE | STORE_NOSYNC, &st), 0);
	assert_int_equal(store_write(st, init_fn, (void *)station), 0);
	assert_int_equal(store_user_set(st, "hq1"), 0);
	return st;
}

struct stamp_ctx {
	const char *peer;
	enum store_sync_way way;
	int64_t when;
	const char *tag;
	int rc;
};

static int
stamp_fn(struct store_txn *t, void *vctx)
{
	struct stamp_ctx *c = vctx;

	c->rc = store_sync_peer_stamp(t, c->peer, c->way, c->when, c->tag);
	return 0;	/* the code is the test's: commit what was done */
}

static int
stamp(struct store *st, const char *peer, enum store_sync_way way, int64_t when, const char *tag)
{
	struct stamp_ctx c = { peer, way, when, tag, 0 };

	assert_int_equal(store_write(st, stamp_fn, &c), 0);
	return c.rc;
}

static int64_t
when(struct store *st, const char *peer, enum store_sync_way way)
{
	struct store_txn *t;
	int64_t w = -1;

	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_sync_peer_when(t, peer, way, &w), 0);
	store_read_end(t);
	return w;
}

static int
set_fn(struct store_txn *t, void *vctx)
{
	const char *const *kv = vctx;

	return store_setting_set(t, kv[0], kv[1], strlen(kv[1]));
}

static void
test_stamp_each_way(void **state)
{
	struct store *st = open_new("HQ");

	(void)state;
	assert_int_equal(when(st, "TBZ", STORE_SYNC_IN), 0);	/* never */
	assert_int_equal(when(st, "TBZ", STORE_SYNC_OUT), 0);
	assert_int_equal(stamp(st, "TBZ", STORE_SYNC_IN, 1764547200, "ab12cd"), 0);
	assert_int_equal(when(st, "TBZ", STORE_SYNC_IN), 1764547200);
	assert_int_equal(when(st, "TBZ", STORE_SYNC_OUT), 0);	/* the other way apart */
	assert_int_equal(when(st, "MRG", STORE_SYNC_IN), 0);	/* and other peers */
	assert_int_equal(stamp(st, "TBZ", STORE_SYNC_OUT, 1764550000, NULL), 0);
	assert_int_equal(when(st, "TBZ", STORE_SYNC_OUT), 1764550000);
	/* the same bundle imported again: its first import's date stays */
	assert_int_equal(stamp(st, "TBZ", STORE_SYNC_IN, 1764600000, "ab12cd"), 0);
	assert_int_equal(when(st, "TBZ", STORE_SYNC_IN), 1764547200);
	/* another bundle: its date, even an earlier one (the clock set back) */
	assert_int_equal(stamp(st, "TBZ", STORE_SYNC_IN, 1764500000, "ef34"), 0);
	assert_int_equal(when(st, "TBZ", STORE_SYNC_IN), 1764500000);
	/* no tag: every stamp counts */
	assert_int_equal(stamp(st, "TBZ", STORE_SYNC_OUT, 1764560000, ""), 0);
	assert_int_equal(when(st, "TBZ", STORE_SYNC_OUT), 1764560000);
	store_close(st);
}

static void
test_stamp_refused(void **state)
{
	struct store *st = open_new("HQ");
	char long_tag[80];
	const char *bad[2] = { "sync.peer.MRG.in", "دیروز" };

	(void)state;
	assert_int_equal(stamp(st, "تبریز", STORE_SYNC_IN, 1764547200, NULL), STORE_EINVAL);
	assert_int_equal(stamp(st, "TBZ", STORE_SYNC_IN, 0, NULL), STORE_EINVAL);
	assert_int_equal(stamp(st, "TBZ", STORE_SYNC_IN, 1764547200, "a b"), STORE_EINVAL);
	memset(long_tag, 'f', 65);
	long_tag[65] = '\0';
	assert_int_equal(stamp(st, "TBZ", STORE_SYNC_IN, 1764547200, long_tag), STORE_EINVAL);
	assert_int_equal(when(st, "TBZ", STORE_SYNC_IN), 0);	/* nothing written */
	/* a value not of this program's shape reads as never */
	assert_int_equal(store_write(st, set_fn, bad), 0);
	assert_int_equal(when(st, "MRG", STORE_SYNC_IN), 0);
	store_close(st);
}

static int
put_fn(struct store_txn *t, void *ctx)
{
	char id[CORE_ID_MAX];

	return store_put_new(t, ctx, id);
}

struct reset_ctx {
	uint64_t last;
};

static int
reset_fn(struct store_txn *t, void *vctx)
{
	struct reset_ctx *c = vctx;
	int rc;

	if ((rc = store_sync_peer_raise(t, "TBZ", "recv", 7)) != 0 ||
	    (rc = store_sync_peer_raise(t, "TBZ", "acked", 3)) != 0 ||
	    (rc = store_sync_peer_stamp(t, "TBZ", STORE_SYNC_IN, 1764547200, "ab")) != 0 ||
	    (rc = store_change_last(t, &c->last)) != 0)
		return rc;
	return store_sync_peer_reset(t, "TBZ");
}

/* A station installed afresh: its numbers are forgotten, "own" is our
 * log's end (its old changes in it go back to it whatever it sends
 * first), and when its last bundle came is kept. */
static void
test_reset(void **state)
{
	struct store *st = open_new("HQ");
	struct core_record *r = core_record_new(CORE_DONOR);
	struct reset_ctx c = { 0 };
	struct store_txn *t;
	uint64_t v;

	(void)state;
	core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
	core_record_set_text(r, CORE_DONOR_NAME, "علی‌رضا کریمی");
	core_record_set_text(r, CORE_DONOR_COUNTY, "TBZ");
	assert_int_equal(store_write(st, put_fn, r), 0);
	core_record_free(r);
	assert_int_equal(store_write(st, reset_fn, &c), 0);
	assert_true(c.last > 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_sync_peer_get(t, "TBZ", "recv", &v), 0);
	assert_int_equal(v, 0);
	assert_int_equal(store_sync_peer_get(t, "TBZ", "acked", &v), 0);
	assert_int_equal(v, 0);
	assert_int_equal(store_sync_peer_get(t, "TBZ", "own", &v), 0);
	assert_int_equal(v, c.last);
	store_read_end(t);
	assert_int_equal(when(st, "TBZ", STORE_SYNC_IN), 1764547200);
	store_close(st);
}

/* ---- what a station's first bundle with a new key said ---- */

#define KEY1 "abababababababababababababababababababababababababababababababab"
#define KEY2 "2222222222222222222222222222222222222222222222222222222222222222"

struct keyed_ctx {
	const char *key;	/* trusted for TBZ before the bundle */
	int same;
};

static int
keyed_fn(struct store_txn *t, void *vctx)
{
	const struct keyed_ctx *c = vctx;
	int rc;

	if ((rc = store_setting_set(t, "sync.trust.TBZ", c->key, strlen(c->key))) != 0 ||
	    (rc = store_sync_peer_raise(t, "TBZ", "recv", 7)) != 0 ||
	    (rc = store_sync_peer_rekey(t, "TBZ")) != 0)
		return rc;
	rc = store_sync_peer_before(t, "TBZ", c->same);
	return rc == 1 ? 0 : rc != 0 ? rc : -1;
}

static int
keyed(struct store *st, const char *key)
{
	struct store_txn *t;
	int fate;

	assert_int_equal(store_read_begin(st, &t), 0);
	fate = store_sync_peer_keyed(t, "TBZ", key);
	store_read_end(t);
	return fate;
}

/* store_sync_peer_before notes, for the key trusted then, whether the
 * station proved the same database or one installed afresh, so that a
 * restore of a backup made before that key was trusted knows which
 * (store_sync_peer_keyed): nothing before any bundle, nothing for another
 * key (a key replaced again since). */
static void
test_keyed(void **state)
{
	struct store *st = open_new("HQ");
	struct keyed_ctx same = { KEY1, 1 }, fresh = { KEY2, 0 };
	struct store_txn *t;
	uint64_t v;

	(void)state;
	assert_int_equal(keyed(st, KEY1), 0);
	assert_int_equal(store_write(st, keyed_fn, &same), 0);
	assert_int_equal(keyed(st, KEY1), STORE_KEYED_SAME);
	assert_int_equal(keyed(st, "ABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABABAB"),
	    STORE_KEYED_SAME);	/* any case */
	assert_int_equal(keyed(st, KEY2), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_sync_peer_get(t, "TBZ", "recv", &v), 0);
	assert_int_equal(v, 7);		/* put back */
	assert_int_equal(store_sync_peer_keyed(t, "تبریز", KEY1), STORE_EINVAL);
	store_read_end(t);
	assert_int_equal(store_write(st, keyed_fn, &fresh), 0);
	assert_int_equal(keyed(st, KEY2), STORE_KEYED_FRESH);
	assert_int_equal(keyed(st, KEY1), 0);
	store_close(st);
}

/* ---- who decided a conflict ---- */

struct settle_ctx {
	const char *id, *by;
	enum store_kept kept;
};

static int
settle_fn(struct store_txn *t, void *vctx)
{
	const struct settle_ctx *c = vctx;
	struct core_version v;

	memset(&v, 0, sizeof v);
	v.hlc = UINT64_C(117715439582838784);
	snprintf(v.origin, sizeof v.origin, "HQ");
	return store_sync_settle_by(t, CORE_DONOR, c->id, &v, STORE_CONFLICT_MINE, c->by, c->kept);
}

struct seen_ctx {
	char by[CORE_STATION_MAX + 1];
	enum store_kept kept;
	enum store_conflict_state state;
	int n;
};

static int
seen_fn(const struct store_conflict *c, void *vctx)
{
	struct seen_ctx *x = vctx;

	snprintf(x->by, sizeof x->by, "%s", c->by);
	x->kept = c->kept;
	x->state = c->state;
	x->n++;
	return 0;
}

static void
seen(struct store *st, struct seen_ctx *x)
{
	struct store_txn *t;

	memset(x, 0, sizeof *x);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_sync_conflicts(t, 1, seen_fn, x), 0);
	store_read_end(t);
}

struct strip_ctx {
	char name[128];
};

static int
name_fn(const char *name, const void *data, size_t len, void *vctx)
{
	(void)data;
	(void)len;
	snprintf(((struct strip_ctx *)vctx)->name, 128, "%s", name);
	return 1;
}

/* The entry's "state mine TBZ other" line cut back to "state mine", as a
 * program before this one wrote it. */
static int
strip_fn(struct store_txn *t, void *vctx)
{
	struct strip_ctx *c = vctx;
	char *data = NULL, *at;
	int rc;

	if (store_setting_each(t, "sync.conflict.", name_fn, c) < 0)
		return STORE_EIO;
	if ((rc = store_setting_get(t, c->name, &data, NULL)) != 0)
		return rc;
	if ((at = strstr(data, "state mine TBZ other\n")) == NULL) {
		free(data);
		return STORE_EINVAL;
	}
	memmove(at + strlen("state mine"), at + strlen("state mine TBZ other"),
	    strlen(at + strlen("state mine TBZ other")) + 1);
	rc = store_setting_set(t, c->name, data, strlen(data));
	free(data);
	return rc;
}

/* A decision that came in a bundle keeps the station that made it and
 * what it kept (its "mine" may be another database's "theirs"), and an
 * entry written by a program before this one, without them, still reads:
 * its decision, who made it not known. */
static void
test_settle_by(void **state)
{
	struct store *st = open_new("MRG");
	struct settle_ctx c = { "TBZ-1", "TBZ", STORE_KEPT_OTHER };
	struct strip_ctx sc;
	struct seen_ctx x;

	(void)state;
	assert_int_equal(store_write(st, settle_fn, &c), 0);
	seen(st, &x);
	assert_int_equal(x.n, 1);
	assert_string_equal(x.by, "TBZ");
	assert_int_equal(x.kept, STORE_KEPT_OTHER);
	assert_int_equal(x.state, STORE_CONFLICT_MINE);
	memset(&sc, 0, sizeof sc);
	assert_int_equal(store_write(st, strip_fn, &sc), 0);
	seen(st, &x);
	assert_int_equal(x.n, 1);
	assert_string_equal(x.by, "");
	assert_int_equal(x.kept, STORE_KEPT_UNKNOWN);
	assert_int_equal(x.state, STORE_CONFLICT_MINE);
	assert_string_equal(store_kept_name(STORE_KEPT_QUEUED), "queued");
	assert_int_equal(store_kept_from_name("merged"), STORE_KEPT_MERGED);
	assert_int_equal(store_kept_from_name("mine"), -1);
	store_close(st);
}

static int
setup(void **state)
{
	const char *base = getenv("HAMYAR_TEST_TMP");

	(void)state;
	snprintf(tmpdir, sizeof tmpdir, "%s/sync.XXXXXX", base && *base ? base : "/tmp");
	return mkdtemp(tmpdir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	char cmd[600];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_stamp_each_way),
		cmocka_unit_test(test_stamp_refused),
		cmocka_unit_test(test_reset),
		cmocka_unit_test(test_keyed),
		cmocka_unit_test(test_settle_by),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
