/*
 * tests/tui/test_bundle.c — signed sync bundles between three databases
 * (two stations, TBZ and MRG, and headquarters, HQ), through the library:
 * convergence whatever the order, idempotence, one conflict per record
 * edited on both sides (resolvable, neither version lost), and refusal of
 * altered or untrusted bundles with nothing applied.  Hostile bundles that
 * carry a good signature (made here with the maker's secret key: a faulty
 * or compromised peer) are refused whole too, and a peer's numbers cannot
 * wrap our clock or hold back our changes.
 */
#include <ctype.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/merge.h"
#include "store/stats.h"
#include "store/sync.h"
#include "store/users.h"
#include "tui/bundle.h"

static char root[256];
static int gen;	/* one set of databases per test */

struct db {
	struct store *st;
	char code[CORE_STATION_MAX + 1];
	char key[TUI_KEY_HEX];
};

static int
init_fn(struct store_txn *t, void *ctx)
{
	return store_init(t, ctx, "test");
}

static void
db_open(struct db *d, const char *code)
{
	char path[512];

	snprintf(path, sizeof path, "%s/%d-%s", root, gen, code);
	assert_int_equal(store_open(path, STORE_CREATE | STORE_NOSYNC, &d->st), 0);
	assert_int_equal(store_write(d->st, init_fn, (void *)code), 0);
	snprintf(d->code, sizeof d->code, "%s", code);
	assert_int_equal(tui_sync_key(d->st, d->key), 0);
	assert_int_equal(strlen(d->key), 64);
}

struct put {
	struct core_record *r;
	char id[CORE_ID_MAX];
};

static int
put_fn(struct store_txn *t, void *ctx)
{
	struct put *p = ctx;

	core_record_unset(p->r, 0);
	return store_put_new(t, p->r, p->id);
}

/* Adds a donor; returns its id in id. */
static void
add_donor(struct db *d, const char *name, const char *county, const char *mobile, char *id)
{
	struct put p;

	p.r = core_record_new(CORE_DONOR);
	assert_non_null(p.r);
	core_record_set_num(p.r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
	core_record_set_text(p.r, CORE_DONOR_NAME, name);
	core_record_set_text(p.r, CORE_DONOR_COUNTY, county);
	if (mobile != NULL)
		core_record_set_text(p.r, CORE_DONOR_MOBILE, mobile);
	assert_int_equal(store_write(d->st, put_fn, &p), 0);
	strcpy(id, p.id);
	core_record_free(p.r);
}

struct edit {
	const char *id;
	int field;
	const char *text;
};

static int
edit_fn(struct store_txn *t, void *ctx)
{
	struct edit *e = ctx;
	struct core_record *r;
	struct store_meta m;
	int rc;

	if ((rc = store_get(t, CORE_DONOR, e->id, &r, &m)) != 0)
		return rc;
	core_record_set_text(r, e->field, e->text);
	rc = store_update(t, r, m.rev);
	core_record_free(r);
	return rc;
}

static void
edit_donor(struct db *d, const char *id, int field, const char *text)
{
	struct edit e = { id, field, text };

	assert_int_equal(store_write(d->st, edit_fn, &e), 0);
}

static void
trust_all(struct db *dbs, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			if (i != j)
				assert_int_equal(tui_sync_trust(dbs[i].st, dbs[j].code, dbs[j].key, 0), 0);
}

/* Every record of every kind, in id order, as canonical text. */
static char *
dump(struct db *d)
{
	struct store_txn *t;
	struct store_iter *it;
	struct core_record *r;
	char id[CORE_ID_MAX], val[1024], *buf = NULL;
	size_t len = 0, f;
	FILE *out = open_memstream(&buf, &len);
	int k;

	assert_non_null(out);
	assert_int_equal(store_read_begin(d->st, &t), 0);
	for (k = 0; k < CORE_NKINDS; k++) {
		const struct core_schema *s = core_schema_get((enum core_kind)k);

		if (k == CORE_USER)
			continue;
		assert_int_equal(store_iter_kind(t, (enum core_kind)k, &it), 0);
		while (store_iter_next(it, id) == 0) {
			assert_int_equal(store_get(t, (enum core_kind)k, id, &r, NULL), 0);
			fprintf(out, "%s", s->name);
			for (f = 0; f < s->nfields; f++) {
				core_value_format(r, (int)f, val, sizeof val);
				fprintf(out, "|%s", val);
			}
			fputc('\n', out);
			core_record_free(r);
		}
		store_iter_free(it);
	}
	store_read_end(t);
	fclose(out);
	return buf;
}

static uint64_t
last_change(struct db *d)
{
	struct store_txn *t;
	uint64_t seq;

	assert_int_equal(store_read_begin(d->st, &t), 0);
	assert_int_equal(store_change_last(t, &seq), 0);
	store_read_end(t);
	return seq;
}

/* Sends from -> to; returns tui_bundle_import's code, stats in *s. */
static int
send(struct db *from, struct db *to, struct tui_bundle_stats *s)
{
	struct tui_bundle_stats tmp;
	char *data;
	size_t len;
	int rc;

	assert_int_equal(tui_bundle_make(from->st, to->code, &data, &len, NULL), 0);
	rc = tui_bundle_import(to->st, data, len, s ? s : &tmp, NULL);
	free(data);
	return rc;
}

static int
count_cb(const struct store_conflict *c, void *ctx)
{
	(void)c;
	(*(size_t *)ctx)++;
	return 0;
}

static size_t
open_conflicts(struct db *d)
{
	struct store_txn *t;
	size_t n = 0;

	assert_int_equal(store_read_begin(d->st, &t), 0);
	assert_int_equal(store_sync_conflicts(t, 0, count_cb, &n), 0);
	store_read_end(t);
	return n;
}

static void
assert_same(struct db *dbs, size_t n)
{
	char *a = dump(&dbs[0]), *b;
	size_t i;

	for (i = 1; i < n; i++) {
		b = dump(&dbs[i]);
		assert_string_equal(a, b);
		free(b);
	}
	free(a);
}

static void
close_all(struct db *dbs, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		store_close(dbs[i].st);
}

/* Adds a person with a national id; returns its id in id. */
static void
add_person_nid(struct db *d, const char *name, const char *nid, char *id)
{
	struct put p;

	p.r = core_record_new(CORE_DONOR);
	assert_non_null(p.r);
	core_record_set_num(p.r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
	core_record_set_text(p.r, CORE_DONOR_NAME, name);
	core_record_set_text(p.r, CORE_DONOR_COUNTY, d->code);
	core_record_set_text(p.r, CORE_DONOR_NATIONAL_ID, nid);
	assert_int_equal(store_write(d->st, put_fn, &p), 0);
	strcpy(id, p.id);
	core_record_free(p.r);
}

struct dup_resolve {
	const char *id;
	enum store_conflict_state state;
};

static int
dup_resolve_fn(struct store_txn *t, void *ctx)
{
	struct dup_resolve *r = ctx;

	return store_sync_resolve(t, CORE_DONOR, r->id,
	    r->state == STORE_CONFLICT_THEIRS ? ~0u : 0, r->state);
}

/* Field f of donor id at d, "" if unset; -1 if no such donor. */
static int
donor_field(struct db *d, const char *id, int f, char *buf, size_t n)
{
	struct store_txn *t;
	struct core_record *r;
	int rc;

	assert_int_equal(store_read_begin(d->st, &t), 0);
	rc = store_get(t, CORE_DONOR, id, &r, NULL);
	store_read_end(t);
	if (rc != 0)
		return -1;
	core_value_format(r, f, buf, n);
	core_record_free(r);
	return 0;
}

/* One person registered at two stations while apart: both records
 * everywhere, whatever the order, one suspected duplicate everywhere;
 * "theirs" settles it, the settling edits close it everywhere, and the
 * four databases agree with neither record lost. */
static void
test_duplicate_converges(void **state)
{
	struct db d[4];	/* TBZ, MRG, HQ (TBZ first), HQB (MRG first) */
	char tid[CORE_ID_MAX], mid[CORE_ID_MAX], holder[CORE_ID_MAX], v[64];
	struct store_txn *t;
	struct dup_resolve rz;
	int round, i;

	(void)state;
	gen++;
	db_open(&d[0], "TBZ");
	db_open(&d[1], "MRG");
	db_open(&d[2], "HQ");
	db_open(&d[3], "HQB");
	trust_all(d, 4);
	add_person_nid(&d[0], "سیدمحمد طاهری‌نژاد", "1360000011", tid);
	usleep(2000);
	add_person_nid(&d[1], "سيدمحمد طاهري‌نژاد", "1360000011", mid);
	for (round = 0; round < 2; round++) {
		assert_int_equal(send(&d[0], &d[2], NULL), 0);
		assert_int_equal(send(&d[1], &d[2], NULL), 0);
		assert_int_equal(send(&d[1], &d[3], NULL), 0);
		assert_int_equal(send(&d[0], &d[3], NULL), 0);
		assert_int_equal(send(&d[0], &d[1], NULL), 0);
		assert_int_equal(send(&d[1], &d[0], NULL), 0);
	}
	assert_same(d, 4);
	for (i = 0; i < 4; i++) {
		assert_int_equal(open_conflicts(&d[i]), 1);
		assert_int_equal(donor_field(&d[i], tid, CORE_DONOR_NATIONAL_ID, v, sizeof v), 0);
		assert_string_equal(v, "1360000011");
		assert_int_equal(donor_field(&d[i], mid, CORE_DONOR_NATIONAL_ID, v, sizeof v), 0);
		assert_string_equal(v, "1360000011");
	}
	/* The later record (MRG's) is the one queued, at HQB too. */
	rz.id = mid;
	rz.state = STORE_CONFLICT_THEIRS;
	assert_int_equal(store_write(d[3].st, dup_resolve_fn, &rz), 0);
	assert_int_equal(open_conflicts(&d[3]), 0);
	for (round = 0; round < 2; round++)
		for (i = 0; i < 3; i++) {
			assert_int_equal(send(&d[3], &d[i], NULL), 0);
			assert_int_equal(send(&d[i], &d[3], NULL), 0);
		}
	assert_same(d, 4);
	for (i = 0; i < 4; i++) {
		assert_int_equal(open_conflicts(&d[i]), 0);
		/* theirs: MRG's record keeps the national id, TBZ's is retired
		 * but kept, with its name */
		assert_int_equal(donor_field(&d[i], mid, CORE_DONOR_NATIONAL_ID, v, sizeof v), 0);
		assert_string_equal(v, "1360000011");
		assert_int_equal(donor_field(&d[i], tid, CORE_DONOR_NATIONAL_ID, v, sizeof v), 0);
		assert_string_equal(v, "");
		assert_int_equal(donor_field(&d[i], tid, CORE_DONOR_NAME, v, sizeof v), 0);
		assert_string_equal(v, "سیدمحمد طاهری‌نژاد");
		assert_int_equal(store_read_begin(d[i].st, &t), 0);
		assert_int_equal(store_lookup_unique(t, CORE_DONOR, CORE_DONOR_NATIONAL_ID,
		    "1360000011", holder), 0);
		store_read_end(t);
		assert_string_equal(holder, mid);
	}
	close_all(d, 4);
}

/* sync trust: a station's key is not replaced unless asked; a database's
 * own station is not trusted; station codes are one case. */
static void
test_trust_rules(void **state)
{
	struct db d[2];
	char st[CORE_STATION_MAX + 1], *data;
	size_t len;

	(void)state;
	gen++;
	db_open(&d[0], "tbz");	/* lower case at init: kept as TBZ */
	db_open(&d[1], "HQ");
	assert_int_equal(store_station(d[0].st, st), 0);
	assert_string_equal(st, "TBZ");
	assert_int_equal(tui_sync_trust(d[0].st, "TBZ", d[1].key, 0), TUI_BUNDLE_ESELF);
	assert_int_equal(tui_sync_trust(d[0].st, "tbz", d[1].key, 1), TUI_BUNDLE_ESELF);
	assert_int_equal(tui_sync_trust(d[1].st, "Tbz", d[0].key, 0), 0);
	assert_int_equal(tui_sync_trust(d[1].st, "TBZ", d[0].key, 0), 0);	/* same key */
	assert_int_equal(tui_sync_trust(d[1].st, "tbz", d[1].key, 0), TUI_BUNDLE_ETRUSTED);
	assert_int_equal(tui_sync_trust(d[0].st, "hq", d[1].key, 0), 0);
	/* One key speaks for one station: not under a second code (any
	 * case of its hex), not this database's own key. */
	{
		char up[TUI_KEY_HEX], who[CORE_STATION_MAX + 1];
		size_t i;

		for (i = 0; i < TUI_KEY_HEX; i++)
			up[i] = (char)toupper((unsigned char)d[1].key[i]);
		assert_int_equal(tui_sync_trust(d[0].st, "MRG", up, 0), TUI_BUNDLE_EKEYUSED);
		assert_int_equal(tui_sync_trust(d[0].st, "MRG", d[1].key, 1), TUI_BUNDLE_EKEYUSED);
		assert_int_equal(tui_sync_key_holder(d[0].st, up, "MRG", who), 1);
		assert_string_equal(who, "HQ");
		assert_int_equal(tui_sync_key_holder(d[0].st, d[1].key, "hq", who), 0);
		assert_int_equal(tui_sync_trust(d[0].st, "MRG", d[0].key, 0), TUI_BUNDLE_EKEYUSED);
		assert_int_equal(tui_sync_key_holder(d[0].st, d[0].key, NULL, who), 1);
		assert_string_equal(who, "TBZ");
		assert_int_equal(tui_sync_trust(d[0].st, "HQ", d[1].key, 1), 0);	/* its own again */
	}
	/* A bundle for "hq" is for HQ; TBZ's key is still the one trusted. */
	assert_int_equal(tui_bundle_make(d[0].st, "hq", &data, &len, NULL), 0);
	assert_non_null(strstr(data, "\nto HQ\n"));
	free(data);
	assert_int_equal(send(&d[0], &d[1], NULL), 0);
	close_all(d, 2);
}

static void
test_three_databases_converge(void **state)
{
	struct db d[3];	/* TBZ, MRG, HQ */
	struct tui_bundle_stats s;
	char a1[CORE_ID_MAX], a2[CORE_ID_MAX], b1[CORE_ID_MAX], h1[CORE_ID_MAX];
	uint64_t before;
	char *x, *y;
	int round;

	(void)state;
	gen++;
	db_open(&d[0], "TBZ");
	db_open(&d[1], "MRG");
	db_open(&d[2], "HQ");
	trust_all(d, 3);
	/* Apart: each station registers donors (ZWNJ, Arabic yeh kept as typed). */
	add_donor(&d[0], "علی‌رضا کریمی", "TBZ", "09141234567", a1);
	add_donor(&d[0], "فاطمه رضایی", "TBZ", NULL, a2);
	add_donor(&d[1], "محمد حسيني", "MRG", NULL, b1);
	add_donor(&d[2], "شرکت فولاد آذر", "MRD", NULL, h1);
	assert_string_equal(a1, "TBZ-1");
	assert_string_equal(b1, "MRG-1");
	/* Stations -> HQ, HQ -> stations. */
	assert_int_equal(send(&d[0], &d[2], &s), 0);
	assert_int_equal(s.applied, 2);
	assert_int_equal(send(&d[1], &d[2], NULL), 0);
	assert_int_equal(send(&d[2], &d[0], NULL), 0);
	assert_int_equal(send(&d[2], &d[1], NULL), 0);
	/* TBZ got MRG's donor through HQ. */
	x = dump(&d[0]);
	assert_non_null(strstr(x, "محمد حسيني"));
	free(x);
	/* More edits apart, then exchanges in another order, twice. */
	edit_donor(&d[1], a2, CORE_DONOR_MOBILE, "09121112233");
	edit_donor(&d[0], a1, CORE_DONOR_NOTES, "معرفی از طریق شورا");
	for (round = 0; round < 2; round++) {
		assert_int_equal(send(&d[1], &d[0], NULL), 0);
		assert_int_equal(send(&d[0], &d[1], NULL), 0);
		assert_int_equal(send(&d[2], &d[1], NULL), 0);
		assert_int_equal(send(&d[1], &d[2], NULL), 0);
		assert_int_equal(send(&d[0], &d[2], NULL), 0);
		assert_int_equal(send(&d[2], &d[0], NULL), 0);
	}
	assert_same(d, 3);
	assert_int_equal(open_conflicts(&d[0]) + open_conflicts(&d[1]) + open_conflicts(&d[2]), 0);
	/* Importing the same bundle twice changes nothing. */
	{
		char *data;
		size_t len;

		edit_donor(&d[0], a1, CORE_DONOR_ADDRESS, "تبریز، خیابان امام");
		assert_int_equal(tui_bundle_make(d[0].st, "HQ", &data, &len, NULL), 0);
		assert_int_equal(tui_bundle_import(d[2].st, data, len, &s, NULL), 0);
		assert_int_equal(s.applied, 1);
		before = last_change(&d[2]);
		x = dump(&d[2]);
		assert_int_equal(tui_bundle_import(d[2].st, data, len, &s, NULL), 0);
		assert_int_equal(s.applied, 0);
		assert_int_equal(s.conflicts, 0);
		assert_int_equal(last_change(&d[2]), before);
		y = dump(&d[2]);
		assert_string_equal(x, y);
		free(x);
		free(y);
		free(data);
	}
	close_all(d, 3);
}

struct sides {
	struct store_txn *t;
	struct core_record *mine, *theirs;
	unsigned mine_ch, theirs_ch;	/* changed_cb */
};

static int
sides_cb(const struct store_conflict *c, void *ctx)
{
	struct sides *sd = ctx;

	assert_int_equal(store_sync_conflict_sides(sd->t, c, &sd->mine, &sd->theirs), 0);
	return 1;
}

static size_t
all_conflicts(struct db *d)
{
	struct store_txn *t;
	size_t n = 0;

	assert_int_equal(store_read_begin(d->st, &t), 0);
	assert_int_equal(store_sync_conflicts(t, 1, count_cb, &n), 0);
	store_read_end(t);
	return n;
}

static struct {
	const char *id;
	unsigned take;
} rz;

static int
resolve_fn(struct store_txn *t, void *ctx)
{
	(void)ctx;
	return store_sync_resolve(t, CORE_DONOR, rz.id, rz.take, STORE_CONFLICT_MERGED);
}

/* ---- several waiting versions, decided one at a time ---- */

/* store_sync_conflict_changed of the first entry, sides from sides_cb. */
static int
changed_cb(const struct store_conflict *c, void *ctx)
{
	struct sides *sd = ctx;

	assert_int_equal(store_sync_conflict_changed(sd->t, c, sd->mine, sd->theirs, &sd->mine_ch,
	    &sd->theirs_ch), 1);
	return 1;
}

struct keys_ctx {
	char key[4][128];
	size_t n;
};

static int
keys_cb(const struct store_conflict *c, void *ctx)
{
	struct keys_ctx *k = ctx;

	if (k->n < 4)
		snprintf(k->key[k->n++], sizeof k->key[0], "%s", c->key);
	return 0;
}

static struct keys_ctx
open_keys(struct db *d)
{
	struct keys_ctx k;
	struct store_txn *t;

	memset(&k, 0, sizeof k);
	assert_int_equal(store_read_begin(d->st, &t), 0);
	assert_int_equal(store_sync_conflicts(t, 0, keys_cb, &k), 0);
	store_read_end(t);
	return k;
}

struct entry_ctx {
	const char *id, *key;
	unsigned take;
	enum store_conflict_state state;
	int flags;
};

static int
entry_fn(struct store_txn *t, void *ctx)
{
	struct entry_ctx *e = ctx;

	return store_sync_resolve_entry(t, CORE_DONOR, e->id, e->key, e->take, e->state, e->flags);
}

/* A donor edited at TBZ (mobile), MRG (address) and HQ (notes) while
 * apart waits at HQ with two versions.  store_sync_resolve_entry decides
 * one: the other stays open, and is then decided against the record the
 * first decision made, so all three changes are kept; the decisions reach
 * TBZ and MRG, which close theirs, and the three agree. */
static void
test_resolve_each_version(void **state)
{
	struct db d[3];	/* TBZ, MRG, HQ */
	char id[CORE_ID_MAX], v[128];
	struct keys_ctx k, k2;
	struct entry_ctx e;
	int i, round;

	(void)state;
	gen++;
	db_open(&d[0], "TBZ");
	db_open(&d[1], "MRG");
	db_open(&d[2], "HQ");
	trust_all(d, 3);
	add_donor(&d[0], "علی‌رضا کریمی", "TBZ", "09141234567", id);
	assert_int_equal(send(&d[0], &d[2], NULL), 0);
	assert_int_equal(send(&d[2], &d[1], NULL), 0);
	edit_donor(&d[2], id, CORE_DONOR_NOTES, "پرونده در ستاد");
	edit_donor(&d[0], id, CORE_DONOR_MOBILE, "09141112222");
	edit_donor(&d[1], id, CORE_DONOR_ADDRESS, "مرند، خیابان امام");
	assert_int_equal(send(&d[0], &d[2], NULL), 0);
	assert_int_equal(send(&d[1], &d[2], NULL), 0);
	k = open_keys(&d[2]);
	assert_int_equal(k.n, 2);

	/* an unknown entry, and one of another record: not found */
	e.flags = 0;
	e.id = id;
	e.key = "sync.conflict.donor.TBZ-1.1@XX";
	e.take = 0;
	e.state = STORE_CONFLICT_MINE;
	assert_int_equal(store_write(d[2].st, entry_fn, &e), STORE_ENOTFOUND);
	e.id = "TBZ-99";
	e.key = k.key[0];
	assert_int_equal(store_write(d[2].st, entry_fn, &e), STORE_ENOTFOUND);
	assert_int_equal(open_keys(&d[2]).n, 2);

	/* each in its turn, the first in key order: theirs but for the
	 * fields the version set aside changed since the two last agreed
	 * (store_sync_conflict_changed), as the screen's F4 starts */
	for (i = 0; i < 2; i++) {
		struct store_txn *t;
		struct sides sd;
		unsigned diff, mch = 0, tch = 0;

		k = open_keys(&d[2]);
		assert_int_equal(k.n, (size_t)(2 - i));
		memset(&sd, 0, sizeof sd);
		assert_int_equal(store_read_begin(d[2].st, &t), 0);
		sd.t = t;
		assert_int_equal(store_sync_conflicts(t, 0, sides_cb, &sd), 1);
		assert_int_equal(store_sync_conflicts(t, 0, changed_cb, &sd), 1);
		mch = sd.mine_ch;
		tch = sd.theirs_ch;
		store_read_end(t);
		assert_true(core_merge_diff(sd.mine, sd.theirs, &diff) > 0);
		assert_true(mch != 0 && tch != 0);	/* each side changed something */
		e.id = id;
		e.key = k.key[0];
		e.take = diff & ~mch;
		e.state = STORE_CONFLICT_MERGED;
		assert_int_equal(store_write(d[2].st, entry_fn, &e), 0);
		core_record_free(sd.mine);
		core_record_free(sd.theirs);
		k2 = open_keys(&d[2]);
		assert_int_equal(k2.n, (size_t)(1 - i));	/* the other still waits */
		if (i == 0)
			assert_string_equal(k2.key[0], k.key[1]);
	}
	assert_int_equal(donor_field(&d[2], id, CORE_DONOR_NOTES, v, sizeof v), 0);
	assert_string_equal(v, "پرونده در ستاد");
	assert_int_equal(donor_field(&d[2], id, CORE_DONOR_MOBILE, v, sizeof v), 0);
	assert_string_equal(v, "09141112222");
	assert_int_equal(donor_field(&d[2], id, CORE_DONOR_ADDRESS, v, sizeof v), 0);
	assert_string_equal(v, "مرند، خیابان امام");
	/* the decisions travel: every database closes its entries and agrees */
	for (round = 0; round < 2; round++)
		for (i = 0; i < 2; i++) {
			assert_int_equal(send(&d[2], &d[i], NULL), 0);
			assert_int_equal(send(&d[i], &d[2], NULL), 0);
		}
	for (i = 0; i < 3; i++)
		assert_int_equal(open_conflicts(&d[i]), 0);
	assert_same(d, 3);
	close_all(d, 3);
}

/* The value of note name in the last STORE_ACT_RESOLVE audit entry of
 * record id in d, into v (n bytes); "" if it has none. */
static void
resolve_note(struct db *d, const char *id, const char *name, char *v, size_t n)
{
	struct store_txn *t;
	struct store_iter *it;
	struct store_audit a;
	size_t i;
	int rc;

	v[0] = '\0';
	assert_int_equal(store_read_begin(d->st, &t), 0);
	assert_int_equal(store_audit_iter(t, id, 0, &it), 0);
	while ((rc = store_audit_next(it, &a)) == 0) {
		if (a.action == STORE_ACT_RESOLVE) {
			v[0] = '\0';
			for (i = 0; i < a.nfields; i++)
				if (strcmp(a.fields[i].name, name) == 0)
					snprintf(v, n, "%s", a.fields[i].new_text);
		}
		store_audit_done(&a);
	}
	assert_int_equal(rc, STORE_ENOTFOUND);
	store_iter_free(it);
	store_read_end(t);
}

/* One waiting version decided on its own (the conflict screen's F4 on a
 * record with several) with STORE_RESOLVE_MERGE: the audit log says
 * merged, with the result line, even when the marks keep the version in
 * use whole (state mine, as the queue keeps it).  Before, the entry path
 * took no flags and the log read "mine", as if F2 had been pressed. */
static void
test_resolve_entry_merge_audit(void **state)
{
	struct db d[2];	/* TBZ, HQ */
	char id[CORE_ID_MAX], v[64];
	struct keys_ctx k;
	struct entry_ctx e;

	(void)state;
	gen++;
	db_open(&d[0], "TBZ");
	db_open(&d[1], "HQ");
	trust_all(d, 2);
	add_donor(&d[0], "مهدی رضایی", "TBZ", "09141234567", id);
	assert_int_equal(send(&d[0], &d[1], NULL), 0);
	/* both change the mobile, HQ later: HQ's version stays in use */
	edit_donor(&d[0], id, CORE_DONOR_MOBILE, "09141230001");
	edit_donor(&d[1], id, CORE_DONOR_MOBILE, "09351230002");
	assert_int_equal(send(&d[0], &d[1], NULL), 0);
	k = open_keys(&d[1]);
	assert_int_equal(k.n, 1);
	e.id = id;
	e.key = k.key[0];
	e.take = 0;
	e.state = STORE_CONFLICT_MINE;
	e.flags = STORE_RESOLVE_MERGE;
	assert_int_equal(store_write(d[1].st, entry_fn, &e), 0);
	assert_int_equal(open_conflicts(&d[1]), 0);
	resolve_note(&d[1], id, "decision", v, sizeof v);
	assert_string_equal(v, "merged");
	resolve_note(&d[1], id, "result", v, sizeof v);
	assert_string_equal(v, "mine");
	assert_int_equal(donor_field(&d[1], id, CORE_DONOR_MOBILE, v, sizeof v), 0);
	assert_string_equal(v, "09351230002");
	close_all(d, 2);
}

static void
test_conflict_queue(void **state)
{
	struct db d[3];
	char id[CORE_ID_MAX], *x;
	struct store_txn *t;
	struct core_record *r;
	int i;

	(void)state;
	gen++;
	db_open(&d[0], "TBZ");
	db_open(&d[1], "MRG");
	db_open(&d[2], "HQ");
	trust_all(d, 3);
	add_donor(&d[0], "زهرا احمدی", "TBZ", NULL, id);
	assert_int_equal(send(&d[0], &d[1], NULL), 0);
	assert_int_equal(send(&d[0], &d[2], NULL), 0);
	/* Both stations change the same donor while apart. */
	edit_donor(&d[0], id, CORE_DONOR_NAME, "زهرا احمدی‌نژاد");
	edit_donor(&d[1], id, CORE_DONOR_MOBILE, "09351234567");
	/* Any order, repeated. */
	for (i = 0; i < 2; i++) {
		assert_int_equal(send(&d[1], &d[2], NULL), 0);
		assert_int_equal(send(&d[0], &d[2], NULL), 0);
		assert_int_equal(send(&d[2], &d[0], NULL), 0);
		assert_int_equal(send(&d[2], &d[1], NULL), 0);
		assert_int_equal(send(&d[0], &d[1], NULL), 0);
		assert_int_equal(send(&d[1], &d[0], NULL), 0);
	}
	assert_same(d, 3);
	/* One conflict in each database, nothing else. */
	assert_int_equal(open_conflicts(&d[0]), 1);
	assert_int_equal(open_conflicts(&d[1]), 1);
	assert_int_equal(open_conflicts(&d[2]), 1);
	/* Neither version lost: the record holds one edit, the queue the other. */
	x = dump(&d[2]);
	{
		int has_name = strstr(x, "احمدی‌نژاد") != NULL;
		int has_mobile = strstr(x, "09351234567") != NULL;

		assert_int_equal(has_name + has_mobile, 1);
	}
	free(x);
	/* Resolve at HQ field by field: take from theirs the field they edited. */
	{
		struct sides sd;
		unsigned take;

		memset(&sd, 0, sizeof sd);
		assert_int_equal(store_read_begin(d[2].st, &t), 0);
		sd.t = t;
		assert_int_equal(store_sync_conflicts(t, 0, sides_cb, &sd), 1);
		store_read_end(t);
		assert_non_null(sd.mine);
		assert_non_null(sd.theirs);
		take = strcmp(core_record_text(sd.theirs, CORE_DONOR_NAME), "زهرا احمدی‌نژاد") == 0
		    ? 1u << CORE_DONOR_NAME : 1u << CORE_DONOR_MOBILE;
		/* The two sides differ in exactly the two edited fields. */
		{
			unsigned diff;

			assert_int_equal(core_merge_diff(sd.mine, sd.theirs, &diff), 2);
			assert_int_equal(diff, (1u << CORE_DONOR_NAME) | (1u << CORE_DONOR_MOBILE));
		}
		core_record_free(sd.mine);
		core_record_free(sd.theirs);
		rz.id = id;
		rz.take = take;
		assert_int_equal(store_write(d[2].st, resolve_fn, &rz), 0);
	}
	assert_int_equal(open_conflicts(&d[2]), 0);
	assert_int_equal(all_conflicts(&d[2]), 1);	/* kept, marked resolved */
	assert_int_equal(store_read_begin(d[2].st, &t), 0);
	assert_int_equal(store_get(t, CORE_DONOR, id, &r, NULL), 0);
	store_read_end(t);
	assert_string_equal(core_record_text(r, CORE_DONOR_NAME), "زهرا احمدی‌نژاد");
	assert_string_equal(core_record_text(r, CORE_DONOR_MOBILE), "09351234567");
	core_record_free(r);
	/* A second resolve finds nothing open. */
	assert_int_equal(store_write(d[2].st, resolve_fn, &rz), STORE_ENOTFOUND);
	/* The resolution reaches the stations like any edit. */
	assert_int_equal(send(&d[2], &d[0], NULL), 0);
	assert_int_equal(send(&d[2], &d[1], NULL), 0);
	assert_int_equal(send(&d[0], &d[1], NULL), 0);
	assert_int_equal(send(&d[1], &d[0], NULL), 0);
	assert_same(d, 3);
	/* The resolution closed the same entry at both stations. */
	assert_int_equal(open_conflicts(&d[0]), 0);
	assert_int_equal(open_conflicts(&d[1]), 0);
	assert_int_equal(all_conflicts(&d[0]), 1);
	assert_int_equal(all_conflicts(&d[1]), 1);
	x = dump(&d[0]);
	assert_non_null(strstr(x, "زهرا احمدی‌نژاد|"));
	assert_non_null(strstr(x, "09351234567"));
	free(x);
	/* A new station hears of the resolution from HQ first, then gets the
	 * stations' old versions: no conflict reopens there. */
	{
		struct db e[4];
		int j;

		db_open(&e[3], "SRB");
		for (j = 0; j < 3; j++) {
			e[j] = d[j];
			assert_int_equal(tui_sync_trust(e[3].st, d[j].code, d[j].key, 0), 0);
			assert_int_equal(tui_sync_trust(d[j].st, "SRB", e[3].key, 0), 0);
		}
		assert_int_equal(send(&d[2], &e[3], NULL), 0);
		assert_int_equal(send(&d[0], &e[3], NULL), 0);
		assert_int_equal(send(&d[1], &e[3], NULL), 0);
		assert_int_equal(open_conflicts(&e[3]), 0);
		assert_same(e, 4);
		store_close(e[3].st);
	}
	close_all(d, 3);
}

static void
test_refused_whole(void **state)
{
	struct db d[3];	/* TBZ, HQ, and XYZ which HQ does not trust */
	struct tui_bundle_stats s;
	char id[CORE_ID_MAX], *data, *bad, *x, *y;
	size_t len, i, pos[5];
	uint64_t before;
	int rc;

	(void)state;
	gen++;
	db_open(&d[0], "TBZ");
	db_open(&d[1], "HQ");
	db_open(&d[2], "XYZ");
	assert_int_equal(tui_sync_trust(d[1].st, "TBZ", d[0].key, 0), 0);
	add_donor(&d[0], "حسین نوری", "TBZ", NULL, id);
	add_donor(&d[0], "مریم کاظمی", "TBZ", "09141112222", id);
	assert_int_equal(tui_bundle_make(d[0].st, "HQ", &data, &len, NULL), 0);
	before = last_change(&d[1]);
	x = dump(&d[1]);
	/* One byte changed: in the magic, the addressee, a name, the key, the
	 * signature. */
	pos[0] = 3;
	pos[1] = (size_t)(strstr(data, "\nto ") - data) + 5;
	pos[2] = (size_t)(strstr(data, "مریم") - data) + 1;
	pos[3] = (size_t)(strstr(data, "\nkey ") - data) + 10;
	pos[4] = len - 10;
	for (i = 0; i < 5; i++) {
		bad = malloc(len);
		assert_non_null(bad);
		memcpy(bad, data, len);
		bad[pos[i]] ^= 0x01;
		rc = tui_bundle_import(d[1].st, bad, len, &s, NULL);
		assert_true(rc == TUI_BUNDLE_EBADSIG || rc == TUI_BUNDLE_EFORMAT ||
		    rc == TUI_BUNDLE_EUNTRUSTED);
		free(bad);
	}
	/* Cut short, or with a byte added. */
	assert_int_not_equal(tui_bundle_import(d[1].st, data, len - 1, &s, NULL), 0);
	bad = malloc(len + 1);
	memcpy(bad, data, len);
	bad[len] = '\n';
	assert_int_not_equal(tui_bundle_import(d[1].st, bad, len + 1, &s, NULL), 0);
	free(bad);
	assert_int_equal(last_change(&d[1]), before);
	y = dump(&d[1]);
	assert_string_equal(x, y);
	free(y);
	/* The good one is then accepted. */
	assert_int_equal(tui_bundle_import(d[1].st, data, len, &s, NULL), 0);
	assert_int_equal(s.applied, 2);
	free(data);
	/* Untrusted station. */
	add_donor(&d[2], "ناشناس", "MRG", NULL, id);
	before = last_change(&d[1]);
	assert_int_equal(send(&d[2], &d[1], NULL), TUI_BUNDLE_EUNTRUSTED);
	/* A trusted station's code with another key (XYZ posing as TBZ is
	 * not possible: the header names XYZ; but TBZ's key replaced is). */
	{
		struct db o;

		db_open(&o, "OTH");
		assert_int_equal(tui_sync_trust(d[1].st, "XYZ", o.key, 0), 0);
		close_all(&o, 1);
	}
	assert_int_equal(send(&d[2], &d[1], NULL), TUI_BUNDLE_EUNTRUSTED);
	assert_int_equal(last_change(&d[1]), before);
	/* Addressed to someone else. */
	assert_int_equal(tui_sync_trust(d[0].st, "XYZ", d[2].key, 0), 0);
	assert_int_equal(tui_bundle_make(d[2].st, "MRG", &data, &len, NULL), 0);
	/* XYZ's key at HQ changes: only when asked for by name. */
	assert_int_equal(tui_sync_trust(d[1].st, "XYZ", d[2].key, 0), TUI_BUNDLE_ETRUSTED);
	assert_int_equal(tui_sync_trust(d[1].st, "XYZ", d[2].key, 1), 0);
	assert_int_equal(tui_bundle_import(d[1].st, data, len, &s, NULL), TUI_BUNDLE_ENOTFORUS);
	free(data);
	assert_int_equal(last_change(&d[1]), before);
	y = dump(&d[1]);
	assert_string_not_equal(x, y);	/* only the good TBZ bundle landed */
	free(y);
	free(x);
	/* A malformed key is refused by trust. */
	assert_int_equal(tui_sync_trust(d[1].st, "TBZ", "abc", 0), TUI_BUNDLE_EKEY);
	close_all(d, 3);
}


/* ---- hostile bundles with a good signature ---- */

#define SIG_LINE (4 + crypto_sign_BYTES * 2 + 1)

/* Returns text followed by "sig HEX\n", signed with d's secret key as
 * tui_bundle_make signs (caller frees); its length in *len. */
static char *
sign_as(struct db *d, const char *text, size_t tlen, size_t *len)
{
	struct store_txn *t;
	unsigned char sk[crypto_sign_SECRETKEYBYTES], sig[crypto_sign_BYTES];
	char *skhex, hex[crypto_sign_BYTES * 2 + 1], *out;

	assert_int_equal(store_read_begin(d->st, &t), 0);
	assert_int_equal(store_setting_get(t, "sync.key.secret", &skhex, NULL), 0);
	store_read_end(t);
	assert_int_equal(sodium_hex2bin(sk, sizeof sk, skhex, strlen(skhex), NULL, NULL, NULL), 0);
	free(skhex);
	crypto_sign_detached(sig, NULL, (const unsigned char *)text, tlen, sk);
	sodium_bin2hex(hex, sizeof hex, sig, sizeof sig);
	out = malloc(tlen + SIG_LINE + 1);
	assert_non_null(out);
	memcpy(out, text, tlen);
	snprintf(out + tlen, SIG_LINE + 1, "sig %s\n", hex);
	*len = tlen + SIG_LINE;
	return out;
}

/* A bundle from d to "HQ": the header up to the key, then rest; signed. */
static char *
hand_bundle(struct db *d, const char *rest, size_t *len)
{
	char *text, *out;
	size_t n = strlen(rest) + 256;

	text = malloc(n);
	assert_non_null(text);
	snprintf(text, n, "hamyar-bundle 1\nfrom %s\nto HQ\nkey %s\n%s", d->code, d->key, rest);
	out = sign_as(d, text, strlen(text), len);
	free(text);
	return out;
}

/* data (a bundle d made) with its first "old" replaced by "new", signed
 * again by d (caller frees). */
static char *
resign_replace(struct db *d, const char *data, size_t len, const char *old, const char *new,
    size_t *outlen)
{
	size_t tlen = len - SIG_LINE, ol = strlen(old), nl = strlen(new), pre;
	const char *at;
	char *text, *out;

	at = strstr(data, old);
	assert_non_null(at);
	assert_true((size_t)(at - data) + ol <= tlen);
	pre = (size_t)(at - data);
	text = malloc(tlen - ol + nl + 1);
	assert_non_null(text);
	memcpy(text, data, pre);
	memcpy(text + pre, new, nl);
	memcpy(text + pre + nl, at + ol, tlen - pre - ol);
	out = sign_as(d, text, tlen - ol + nl, outlen);
	free(text);
	return out;
}

/* Makes donor id (person, name, county TBZ) as a bundle from "from"
 * carries it, its fields text with "old" replaced by "new" (old NULL: as
 * it is), and asserts that "to" refuses the bundle as malformed. */
static void
refuse_donor(struct db *from, struct db *to, const char *id, const char *name,
    const char *old, const char *new)
{
	struct tui_bundle_stats s;
	struct core_record *r = core_record_new(CORE_DONOR);
	char *fields, f2[1024], rest[2048], *at, *data;
	size_t len;

	assert_non_null(r);
	core_record_set_text(r, CORE_DONOR_ID, id);
	core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
	core_record_set_text(r, CORE_DONOR_NAME, name);
	core_record_set_text(r, CORE_DONOR_COUNTY, "TBZ");
	assert_int_equal(store_sync_record_encode(r, &fields), 0);
	core_record_free(r);
	at = old != NULL ? strstr(fields, old) : NULL;
	if (old != NULL)
		assert_non_null(at);
	if (at != NULL)
		snprintf(f2, sizeof f2, "%.*s%s%s", (int)(at - fields), fields, new, at + strlen(old));
	else
		snprintf(f2, sizeof f2, "%s", fields);
	snprintf(rest, sizeof rest,
	    "since 0\nupto 1\nack 0\nchanges 1\nc donor %s %llu@%s 0@ 0\t%s\nresolved 0\n",
	    id, (unsigned long long)(1732780800000ull << 16), from->code, f2);
	data = hand_bundle(from, rest, &len);
	assert_int_equal(tui_bundle_import(to->st, data, len, &s, NULL), TUI_BUNDLE_EFORMAT);
	free(data);
	free(fields);
}

static uint64_t
peer_number(struct db *d, const char *peer, const char *what)
{
	struct store_txn *t;
	uint64_t v;

	assert_int_equal(store_read_begin(d->st, &t), 0);
	assert_int_equal(store_sync_peer_get(t, peer, what, &v), 0);
	store_read_end(t);
	return v;
}

static void
test_hostile_signed(void **state)
{
	struct db d[2];	/* TBZ, HQ */
	struct tui_bundle_stats s;
	struct core_record *r;
	char *fields, *x, *y, *data, rest[2048], id[CORE_ID_MAX];
	char good[64];
	size_t len, i;
	uint64_t before;
	int rc;
	/* Each is "since.. changes .. resolved 0\n" after the key line. */
	static const char *const bad[] = {
		/* A stamp at the top of the 64 bits: the importer's clock would
		 * wrap and it could write nothing any more. */
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 18446744073709551614@TBZ 0@ 0\t%s\nresolved 0\n",
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 18446744073709551615@TBZ 0@ 0\t%s\nresolved 0\n",
		/* Numbers past 2^64 - 1. */
		"since 0\nupto 18446744073709551616\nack 0\nchanges 1\nc donor TBZ-1 %s 0@ 0\t%s\nresolved 0\n",
		"since 0\nupto 1\nack 99999999999999999999999\nchanges 1\nc donor TBZ-1 %s 0@ 0\t%s\nresolved 0\n",
		/* A count far past the lines, or one line short. */
		"since 0\nupto 1\nack 0\nchanges 18446744073709551615\nc donor TBZ-1 %s 0@ 0\t%s\nresolved 0\n",
		"since 0\nupto 1\nack 0\nchanges 2\nc donor TBZ-1 %s 0@ 0\t%s\nresolved 0\n",
		/* A word too many, a deleted flag that is neither 0 nor 1. */
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 %s 0@ 0 7\t%s\nresolved 0\n",
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 %s 0@ 2\t%s\nresolved 0\n",
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 %s 0@ -1\t%s\nresolved 0\n",
		/* The id of the line and of the fields differ.  (A user's
		 * line: test_user_by_sync.) */
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-2 %s 0@ 0\t%s\nresolved 0\n",
		/* A base newer than its version. */
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 %s 999999999999999999@TBZ 0\t%s\nresolved 0\n",
		/* Signed lines after the last section. */
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 %s 0@ 0\t%s\nresolved 0\nx\n",
		/* A resolution of a record id the store never makes. */
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 %s 0@ 0\t%s\nresolved 1\nx donor a.b 5@TBZ mine\n",
		/* A resolution of an open state. */
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 %s 0@ 0\t%s\nresolved 1\nx donor TBZ-1 5@TBZ open\n",
		/* Notes of files imported that no import makes: a short or
		 * upper-case digest, a kind by its singular or unknown, neither
		 * bytes nor content, a station in lower case, no login, a
		 * control character in it, a line short of the count. */
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 %s 0@ 0\t%s\nresolved 0\nimported 1\ni donors b 0123abc 1 3 TBZ\tkarimi\n",
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 %s 0@ 0\t%s\nresolved 0\nimported 1\ni donors b 0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF 1 3 TBZ\tkarimi\n",
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 %s 0@ 0\t%s\nresolved 0\nimported 1\ni donor b 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef 1 3 TBZ\tkarimi\n",
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 %s 0@ 0\t%s\nresolved 0\nimported 1\ni rockets b 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef 1 3 TBZ\tkarimi\n",
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 %s 0@ 0\t%s\nresolved 0\nimported 1\ni donors x 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef 1 3 TBZ\tkarimi\n",
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 %s 0@ 0\t%s\nresolved 0\nimported 1\ni donors b 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef 1 3 tbz\tkarimi\n",
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 %s 0@ 0\t%s\nresolved 0\nimported 1\ni donors b 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef 1 3 TBZ\t\n",
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 %s 0@ 0\t%s\nresolved 0\nimported 1\ni donors b 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef 1 3 TBZ\tka\033rimi\n",
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 %s 0@ 0\t%s\nresolved 0\nimported 2\ni donors b 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef 1 3 TBZ\tkarimi\n",
		/* a negative count of rows, which %llu took as 2^64 - 3 */
		"since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 %s 0@ 0\t%s\nresolved 0\nimported 1\ni donors b 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef 1 -3 TBZ\tkarimi\n",
	};

	(void)state;
	gen++;
	db_open(&d[0], "TBZ");
	db_open(&d[1], "HQ");
	trust_all(d, 2);
	/* The fields of a real donor record, as a bundle carries them. */
	r = core_record_new(CORE_DONOR);
	assert_non_null(r);
	core_record_set_text(r, CORE_DONOR_ID, "TBZ-1");
	core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
	core_record_set_text(r, CORE_DONOR_NAME, "<script>alert(1)</script> زهرا");
	core_record_set_text(r, CORE_DONOR_COUNTY, "TBZ");
	assert_int_equal(store_sync_record_encode(r, &fields), 0);
	core_record_free(r);
	snprintf(good, sizeof good, "%llu@TBZ", (unsigned long long)(1732780800000ull << 16));
	before = last_change(&d[1]);
	x = dump(&d[1]);
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		if (strstr(bad[i], "%s 0@") != NULL || strstr(bad[i], "%s 9") != NULL)
			snprintf(rest, sizeof rest, bad[i], good, fields);
		else
			snprintf(rest, sizeof rest, bad[i], fields);
		data = hand_bundle(&d[0], rest, &len);
		rc = tui_bundle_import(d[1].st, data, len, &s, NULL);
		if (rc != TUI_BUNDLE_EFORMAT)
			print_message("bundle %zu: %d\n", i, rc);
		assert_int_equal(rc, TUI_BUNDLE_EFORMAT);
		free(data);
	}
	assert_int_equal(last_change(&d[1]), before);
	y = dump(&d[1]);
	assert_string_equal(x, y);
	free(y);
	/* The same note well formed is taken (so the refusals above are of
	 * what each line changed), with its station */
	snprintf(rest, sizeof rest, "since 0\nupto 1\nack 0\nchanges 0\nresolved 0\nimported 1\n"
	    "i donors c 0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef 1732780800 3 TBZ\tkarimi\n");
	data = hand_bundle(&d[0], rest, &len);
	assert_int_equal(tui_bundle_import(d[1].st, data, len, &s, NULL), 0);
	free(data);
	{
		struct store_txn *t;
		char *v = NULL;

		assert_int_equal(store_read_begin(d[1].st, &t), 0);
		assert_int_equal(store_setting_get(t, "import.donors.content."
		    "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", &v, NULL), 0);
		store_read_end(t);
		assert_string_equal(v, "1732780800\tkarimi\t3\tTBZ");
		free(v);
	}
	/* Garbage after a good signature, or a NUL byte in a signed line. */
	snprintf(rest, sizeof rest, "since 0\nupto 1\nack 0\nchanges 1\nc donor TBZ-1 %s 0@ 0\t%s\nresolved 0\n",
	    good, fields);
	data = hand_bundle(&d[0], rest, &len);
	{
		char *more = malloc(len + 2), *nul = malloc(len);
		size_t tl = len - SIG_LINE, nlen;
		char *nd;

		assert_non_null(more);
		assert_non_null(nul);
		memcpy(more, data, len);
		memcpy(more + len, "x\n", 2);
		assert_int_equal(tui_bundle_import(d[1].st, more, len + 2, &s, NULL), TUI_BUNDLE_EFORMAT);
		memcpy(nul, data, tl);
		*strstr(nul, "<script>") = '\0';
		nd = sign_as(&d[0], nul, tl, &nlen);
		assert_int_equal(tui_bundle_import(d[1].st, nd, nlen, &s, NULL), TUI_BUNDLE_EFORMAT);
		free(nd);
		free(nul);
		free(more);
	}
	assert_int_equal(last_change(&d[1]), before);
	/* A name that is not UTF-8 (Latin-1 "José"): JSON and HTML exports
	 * of it would not be UTF-8 either. */
	refuse_donor(&d[0], &d[1], "TBZ-1", "Jos\xe9", NULL, NULL);
	/* Values with no meaning here: a choice past the list (code that
	 * shifts a mask or indexes a table by it), a set bit past the
	 * participation types, a flag that is neither 0 nor 1. */
	refuse_donor(&d[0], &d[1], "TBZ-1", "زهرا", "kind=0", "kind=7");
	refuse_donor(&d[0], &d[1], "TBZ-1", "زهرا", "kind=0", "kind=-1");
	refuse_donor(&d[0], &d[1], "TBZ-1", "زهرا", "active=1", "active=2");
	refuse_donor(&d[0], &d[1], "TBZ-1", "زهرا", "kind=0", "kind=0\tinterests=1099511627776");
	assert_int_equal(last_change(&d[1]), before);
	/* Ids the store never makes: past 10^15 (HQ-(2^64-1) moved HQ's own
	 * id sequence past 2^64, to 1, so HQ's next donor collided with
	 * HQ-1), sequence 0, no station. */
	add_donor(&d[1], "پرویز ملکی", "TBZ", NULL, id);
	assert_string_equal(id, "HQ-1");
	before = last_change(&d[1]);
	refuse_donor(&d[0], &d[1], "HQ-18446744073709551615", "سارا", NULL, NULL);
	refuse_donor(&d[0], &d[1], "TBZ-1000000000000001", "سارا", NULL, NULL);
	refuse_donor(&d[0], &d[1], "TBZ-0", "سارا", NULL, NULL);
	refuse_donor(&d[0], &d[1], "TBZ", "سارا", NULL, NULL);
	refuse_donor(&d[0], &d[1], "T-5", "سارا", NULL, NULL);
	assert_int_equal(last_change(&d[1]), before);
	add_donor(&d[1], "پرویز ملکی", "MRD", NULL, id);
	assert_string_equal(id, "HQ-2");
	/* The same bundle well formed is taken, name and all, and the
	 * database can still write (its clock is sound). */
	assert_int_equal(tui_bundle_import(d[1].st, data, len, &s, NULL), 0);
	assert_int_equal(s.applied, 1);
	free(data);
	y = dump(&d[1]);
	assert_non_null(strstr(y, "<script>alert(1)</script> زهرا"));
	free(y);
	add_donor(&d[1], "رضا قلی‌زاده", "TBZ", NULL, id);
	assert_string_equal(id, "HQ-3");
	free(x);
	free(fields);
	close_all(d, 2);
}

/* A bundle whose stamp would wrap the clock, had it been taken: the
 * importer must still be able to write afterwards. */
struct user_put {
	const char *login;
	int role;
};

static int
user_fn(struct store_txn *t, void *ctx)
{
	struct user_put *u = ctx;
	struct core_record *r = core_record_new(CORE_USER);
	char id[CORE_ID_MAX];
	int rc;

	if (r == NULL)
		return STORE_ENOMEM;
	core_record_set_text(r, CORE_USER_ID, u->login);
	core_record_set_num(r, CORE_USER_ROLE, u->role);
	rc = store_put_new(t, r, id);
	core_record_free(r);
	return rc;
}

/* A user account in a bundle signed by a trusted station: the owner made a
 * clerk of another county, or removed (deleted flag 1), under his login or
 * a station-made id.  Users are each station's own (tui_bundle_make sends
 * none), so the whole bundle is refused, saying so (TUI_BUNDLE_EUSER), and
 * nothing of it is applied: the owner stays this database's admin. */
static void
test_user_by_sync(void **state)
{
	static const char *const lines[] = {
		"since 0\nupto 1\nack 0\nchanges 1\nc user %s %s 0@ 0\t%s\nresolved 0\n",
		"since 0\nupto 1\nack 0\nchanges 1\nc user %s %s 0@ 1\t%s\nresolved 0\n",
		/* after a donor that would be applied on its own */
		"since 0\nupto 2\nack 0\nchanges 2\nc donor TBZ-1 %s 0@ 0\t%s\nc user %s %s 0@ 0\t%s\nresolved 0\n",
	};
	static const char *const ids[] = { "مالک", "TBZ-7" };
	struct db d[2];	/* TBZ, HQ (whose owner is مالک) */
	struct user_put own = { "مالک", CORE_ROLE_ADMIN };
	struct tui_bundle_stats s;
	struct core_record *r;
	struct core_actor a;
	struct store_txn *t;
	char *uf, *df, *x, *y, *data, rest[4096], good[64];
	size_t len, i, j;
	uint64_t before;

	(void)state;
	gen++;
	db_open(&d[0], "TBZ");
	db_open(&d[1], "HQ");
	trust_all(d, 2);
	assert_int_equal(store_write(d[1].st, user_fn, &own), 0);
	r = core_record_new(CORE_DONOR);
	assert_non_null(r);
	core_record_set_text(r, CORE_DONOR_ID, "TBZ-1");
	core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
	core_record_set_text(r, CORE_DONOR_NAME, "علی‌رضا کريمی");
	core_record_set_text(r, CORE_DONOR_COUNTY, "TBZ");
	assert_int_equal(store_sync_record_encode(r, &df), 0);
	core_record_free(r);
	snprintf(good, sizeof good, "%llu@TBZ", (unsigned long long)(1732780800000ull << 16));
	before = last_change(&d[1]);
	x = dump(&d[1]);
	for (j = 0; j < 2; j++) {
		r = core_record_new(CORE_USER);
		assert_non_null(r);
		core_record_set_text(r, CORE_USER_ID, ids[j]);
		core_record_set_num(r, CORE_USER_ROLE, CORE_ROLE_CLERK);
		core_record_set_text(r, CORE_USER_COUNTY, "TBZ");
		assert_int_equal(store_sync_record_encode(r, &uf), 0);
		core_record_free(r);
		for (i = 0; i < sizeof lines / sizeof lines[0]; i++) {
			if (i < 2)
				snprintf(rest, sizeof rest, lines[i], ids[j], good, uf);
			else
				snprintf(rest, sizeof rest, lines[i], good, df, ids[j], good, uf);
			data = hand_bundle(&d[0], rest, &len);
			assert_int_equal(tui_bundle_import(d[1].st, data, len, &s, NULL), TUI_BUNDLE_EUSER);
			free(data);
		}
		free(uf);
	}
	free(df);
	assert_int_equal(last_change(&d[1]), before);
	y = dump(&d[1]);
	assert_string_equal(x, y);
	free(x);
	free(y);
	assert_int_equal(store_read_begin(d[1].st, &t), 0);
	assert_int_equal(store_users_get(t, "مالک", &a), 0);	/* not deleted */
	assert_int_equal(a.role, CORE_ROLE_ADMIN);
	store_read_end(t);
	/* said as what it is, not as a damaged bundle */
	assert_string_not_equal(tui_bundle_strerror(TUI_BUNDLE_EUSER),
	    tui_bundle_strerror(TUI_BUNDLE_EFORMAT));
	close_all(d, 2);
}

static void
test_clock_cannot_wrap(void **state)
{
	struct db d[2];	/* TBZ, HQ */
	struct tui_bundle_stats s;
	char id[CORE_ID_MAX], *data, *bad, *p, ver[64];
	size_t len, blen;
	int rc;

	(void)state;
	gen++;
	db_open(&d[0], "TBZ");
	db_open(&d[1], "HQ");
	trust_all(d, 2);
	add_donor(&d[0], "مهدی شکوهی", "TBZ", NULL, id);
	assert_int_equal(tui_bundle_make(d[0].st, "HQ", &data, &len, NULL), 0);
	/* "c donor TBZ-1 HLC@TBZ ..." -> the largest stamp but one. */
	p = strstr(data, "\nc donor TBZ-1 ");
	assert_non_null(p);
	p += strlen("\nc donor TBZ-1 ");
	snprintf(ver, sizeof ver, "%.*s", (int)(strchr(p, ' ') - p), p);
	bad = resign_replace(&d[0], data, len, ver, "18446744073709551614@TBZ", &blen);
	rc = tui_bundle_import(d[1].st, bad, blen, &s, NULL);
	assert_int_equal(rc, TUI_BUNDLE_EFORMAT);
	free(bad);
	/* HQ still stamps its own writes. */
	add_donor(&d[1], "نرگس احمدي", "TBZ", NULL, id);
	assert_string_equal(id, "HQ-1");
	/* The real bundle is taken, and later ones still in order. */
	assert_int_equal(tui_bundle_import(d[1].st, data, len, &s, NULL), 0);
	assert_int_equal(s.applied, 1);
	free(data);
	edit_donor(&d[1], "TBZ-1", CORE_DONOR_NOTES, "ویرایش در ستاد");
	assert_int_equal(send(&d[1], &d[0], &s), 0);
	assert_int_equal(s.applied, 2);
	close_all(d, 2);
}

/* A station whose clock runs a year ahead: its bundle is taken (its
 * stamps are valid versions), and the importer is told how far ahead and
 * by whom, so `sync import` can say to set that clock right; a bundle
 * from a clock that keeps time is not. */
static void
test_clock_ahead(void **state)
{
	struct db d[3];	/* TBZ, HQ, MRG */
	struct tui_bundle_stats s;
	char id[CORE_ID_MAX], *data, *bad, *p, ver[64];
	size_t len, blen;
	uint64_t hlc, year = UINT64_C(365) * 86400 * 1000;

	(void)state;
	gen++;
	db_open(&d[0], "TBZ");
	db_open(&d[1], "HQ");
	db_open(&d[2], "MRG");
	trust_all(d, 3);
	add_donor(&d[0], "علی‌رضا کريمی", "TBZ", "09141234567", id);
	add_donor(&d[0], "زهرا نوری‌زاده", "TBZ", NULL, id);
	/* a clock that keeps time: nothing ahead */
	assert_int_equal(tui_bundle_make(d[0].st, "MRG", &data, &len, NULL), 0);
	assert_int_equal(tui_bundle_import(d[2].st, data, len, &s, NULL), 0);
	assert_int_equal(s.applied, 2);
	assert_true(s.ahead_ms < 60000);
	free(data);
	/* TBZ-2 stamped a year ahead (the clock's year set wrong) */
	assert_int_equal(tui_bundle_make(d[0].st, "HQ", &data, &len, NULL), 0);
	p = strstr(data, "\nc donor TBZ-2 ");
	assert_non_null(p);
	p += strlen("\nc donor TBZ-2 ");
	snprintf(ver, sizeof ver, "%.*s", (int)(strchr(p, ' ') - p), p);
	hlc = strtoull(ver, NULL, 10);
	/* (in the change line: the same version is the header's "tip") */
	{
		char oldc[96], newc[96];

		snprintf(oldc, sizeof oldc, "c donor TBZ-2 %s ", ver);
		snprintf(newc, sizeof newc, "c donor TBZ-2 %llu@TBZ ",
		    (unsigned long long)(hlc + (year << CORE_HLC_COUNTER_BITS)));
		bad = resign_replace(&d[0], data, len, oldc, newc, &blen);
	}
	assert_int_equal(tui_bundle_import(d[1].st, bad, blen, &s, NULL), 0);
	assert_int_equal(s.applied, 2);
	assert_true(s.ahead_ms > year - 86400000 && s.ahead_ms <= year);
	assert_string_equal(s.ahead_by, "TBZ");
	assert_true(s.ahead_at_ms == core_hlc_ms(hlc) + year);
	free(bad);
	free(data);
	close_all(d, 3);
}

/* Watermarks: an old bundle imported again changes nothing; an "ack"
 * past our log does not hold back our later changes; a bundle cut short
 * is no delivery. */
static void
test_watermarks(void **state)
{
	struct db d[2];	/* HQ, TBZ */
	struct tui_bundle_stats s;
	char id1[CORE_ID_MAX], id2[CORE_ID_MAX], *b1, *b2, *x, *y, *data, *bad, *cut;
	size_t l1, l2, len, blen, n;
	uint64_t before, recv;

	(void)state;
	gen++;
	db_open(&d[0], "HQ");
	db_open(&d[1], "TBZ");
	trust_all(d, 2);
	add_donor(&d[0], "سید حسن موسوی", "TBZ", NULL, id1);
	assert_int_equal(tui_bundle_make(d[0].st, "TBZ", &b1, &l1, NULL), 0);
	assert_int_equal(tui_bundle_import(d[1].st, b1, l1, &s, NULL), 0);
	edit_donor(&d[0], id1, CORE_DONOR_NAME, "سیدحسن موسوی‌نژاد");
	assert_int_equal(tui_bundle_make(d[0].st, "TBZ", &b2, &l2, NULL), 0);
	assert_int_equal(tui_bundle_import(d[1].st, b2, l2, &s, NULL), 0);
	/* TBZ edits the record after HQ's version; then b1 comes again. */
	edit_donor(&d[1], id1, CORE_DONOR_NOTES, "یادداشت ایستگاه");
	before = last_change(&d[1]);
	recv = peer_number(&d[1], "HQ", "recv");
	x = dump(&d[1]);
	assert_int_equal(tui_bundle_import(d[1].st, b1, l1, &s, NULL), 0);
	assert_int_equal(s.applied + s.conflicts, 0);
	assert_int_equal(tui_bundle_import(d[1].st, b2, l2, &s, NULL), 0);
	assert_int_equal(s.applied + s.conflicts, 0);
	assert_int_equal(last_change(&d[1]), before);
	assert_true(peer_number(&d[1], "HQ", "recv") == recv);
	assert_int_equal(open_conflicts(&d[1]), 0);
	y = dump(&d[1]);
	assert_string_equal(x, y);
	free(x);
	free(y);
	free(b1);
	free(b2);
	/* TBZ -> HQ with an ack far past HQ's log (a peer holding a log HQ no
	 * longer has, as after HQ restored an older backup). */
	assert_int_equal(tui_bundle_make(d[1].st, "HQ", &data, &len, NULL), 0);
	x = strstr(data, "\nack ");
	assert_non_null(x);
	{
		char old[40];

		snprintf(old, sizeof old, "%.*s", (int)(strchr(x + 1, '\n') - x + 1), x);
		bad = resign_replace(&d[1], data, len, old, "\nack 1000000\n", &blen);
	}
	assert_int_equal(tui_bundle_import(d[0].st, bad, blen, &s, NULL), 0);
	free(bad);
	free(data);
	assert_true(peer_number(&d[0], "TBZ", "acked") <= last_change(&d[0]));
	/* HQ's next change still goes to TBZ.  HQ takes that ack for one of
	 * a log of its own it no longer has (as if restored from a backup),
	 * so it keeps its new record back until TBZ has heard so (bundle.c,
	 * "numbers taken"): one exchange, not for good. */
	add_donor(&d[0], "خیریه امام رضا", "MRD", NULL, id2);
	assert_int_equal(tui_bundle_make(d[0].st, "TBZ", &data, &len, &n), 0);
	assert_non_null(strstr(data, "\nrestored "));
	assert_null(strstr(data, "restored 0\n"));
	assert_int_equal(tui_bundle_import(d[1].st, data, len, &s, NULL), 0);
	free(data);
	assert_int_equal(send(&d[1], &d[0], &s), 0);
	assert_int_equal(tui_bundle_make(d[0].st, "TBZ", &data, &len, &n), 0);
	assert_true(n >= 1);
	assert_int_equal(tui_bundle_import(d[1].st, data, len, &s, NULL), 0);
	y = dump(&d[1]);
	assert_non_null(strstr(y, "خیریه امام رضا"));
	free(y);
	/* A bundle cut inside its "upto" number, in a buffer of exactly its
	 * length (no NUL after it), is not a delivery. */
	x = strstr(data, "\nupto ");
	assert_non_null(x);
	n = (size_t)(x - data) + 7;
	cut = malloc(n);
	assert_non_null(cut);
	memcpy(cut, data, n);
	before = peer_number(&d[0], "TBZ", "acked");
	assert_int_equal(tui_bundle_delivered(d[0].st, cut, n), TUI_BUNDLE_EFORMAT);
	assert_true(peer_number(&d[0], "TBZ", "acked") == before);
	free(cut);
	/* The whole one is. */
	assert_int_equal(tui_bundle_delivered(d[0].st, data, len), 0);
	assert_true(peer_number(&d[0], "TBZ", "acked") == last_change(&d[0]));
	free(data);
	close_all(d, 2);
}

/* The province's ranking line: taken when well formed and newer, the
 * bundle refused whole (nothing applied) when it is not well formed or
 * its numbers could not rank anything. */
static void
test_rank_line(void **state)
{
	static const char w_ok[] = "0.5 0.1 0.1 0.1 0.1 0.1";
	static const char *const bad[] = {
		"rank %s\t0.5 0.1 0.1 0.1 0.1 0.1\n",			/* no matrix */
		"rank %s 0.5 0.1 0.1 0.1 0.1 0.1 %s\n",			/* spaces, not tabs */
		"rank 12x@TBZ\t0.5 0.1 0.1 0.1 0.1 0.1\t%s\n",		/* a version that is none */
		"rank %s\t0.5 0.1 0.1 0.1 0.1\t%s\n",			/* five weights */
		"rank %s\t0.5 0.1 0.1 0.1 0.1 nan\t%s\n",		/* not a number */
		"rank %s\t0.5 0.1 0.1 0.1 0.1 0.1\t1 2 3\n",		/* a short matrix */
		"rank %s\t0.5 0.1 0.1 0.1 0.1 0.1\t%s\t\n",		/* a third tab */
		"rank %s\t0.5 0.1 0.1 0.1 0.1 0.1\t%s\nrank %s\t0.5 0.1 0.1 0.1 0.1 0.1\t%s\n",
	};
	struct db d[2];
	struct tui_bundle_stats s;
	struct store_txn *t;
	struct core_weights got;
	char ver[64], m[1024], line[2048], rest[4096], *data;
	size_t i, len;
	int k, rc;

	(void)state;
	gen++;
	db_open(&d[0], "TBZ");
	db_open(&d[1], "HQ");
	trust_all(d, 2);
	snprintf(ver, sizeof ver, "%llu@TBZ", (unsigned long long)(1732780800000ull << 16));
	for (k = 0, m[0] = '\0'; k < 36; k++)
		snprintf(m + strlen(m), sizeof m - strlen(m), "%s%.17g", k ? " " : "",
		    core_rank_default_matrix[k]);
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++) {
		if (strstr(bad[i], "12x@") != NULL)
			snprintf(line, sizeof line, bad[i], m);
		else if (i == 1)
			snprintf(line, sizeof line, bad[i], ver, m);
		else if (strstr(bad[i], "1 2 3") != NULL || strstr(bad[i], "\t%s") == NULL)
			snprintf(line, sizeof line, bad[i], ver);
		else
			snprintf(line, sizeof line, bad[i], ver, m, ver, m);
		snprintf(rest, sizeof rest, "since 0\nupto 0\nack 0\nchanges 0\nresolved 0\n%s", line);
		data = hand_bundle(&d[0], rest, &len);
		rc = tui_bundle_import(d[1].st, data, len, &s, NULL);
		if (rc != TUI_BUNDLE_EFORMAT)
			print_message("rank line %zu: %d\n", i, rc);
		assert_int_equal(rc, TUI_BUNDLE_EFORMAT);
		free(data);
	}
	assert_int_equal(store_read_begin(d[1].st, &t), 0);
	assert_int_equal(store_rank_weights(t, &got), -1);	/* none stored: the default */
	store_read_end(t);
	assert_true(got.w[0] != 0.5);
	/* well formed: taken, once */
	snprintf(rest, sizeof rest, "since 0\nupto 0\nack 0\nchanges 0\nresolved 0\nrank %s\t%s\t%s\n",
	    ver, w_ok, m);
	data = hand_bundle(&d[0], rest, &len);
	assert_int_equal(tui_bundle_import(d[1].st, data, len, &s, NULL), 0);
	assert_int_equal(s.rank, 1);
	assert_int_equal(store_read_begin(d[1].st, &t), 0);
	assert_int_equal(store_rank_weights(t, &got), -1);
	store_read_end(t);
	assert_true(got.w[0] == 0.5);
	assert_int_equal(tui_bundle_import(d[1].st, data, len, &s, NULL), 0);
	assert_int_equal(s.rank, 0);	/* the same again: not newer */
	free(data);
	close_all(d, 2);
}

/* A note of a file imported by a login that is not UTF-8 (a Latin-1
 * "karimé", which Unix allows): a bundle is UTF-8 text, and one line of
 * other bytes had every bundle of the station refused whole, for good, as
 * every bundle carries every note.  The note is left out; the others go. */
#define HEX_A "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
#define HEX_B "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210"

static int
marks_fn(struct store_txn *t, void *ctx)
{
	static const char bad[] = "1732780800\tkarim\xe9\t3", good[] = "1732780800\tkarimi\t2";
	int rc;

	(void)ctx;
	if ((rc = store_setting_set(t, "import.donors." HEX_A, bad, strlen(bad))) != 0)
		return rc;
	return store_setting_set(t, "import.donors." HEX_B, good, strlen(good));
}

static void
test_mark_login_not_utf8(void **state)
{
	struct db d[2];
	struct tui_bundle_stats s;
	struct store_txn *t;
	char *data, *v = NULL;
	size_t len;

	(void)state;
	gen++;
	db_open(&d[0], "TBZ");
	db_open(&d[1], "HQ");
	trust_all(d, 2);
	assert_int_equal(store_write(d[0].st, marks_fn, NULL), 0);
	assert_int_equal(tui_bundle_make(d[0].st, "HQ", &data, &len, NULL), 0);
	assert_null(strstr(data, HEX_A));
	assert_int_equal(tui_bundle_import(d[1].st, data, len, &s, NULL), 0);
	free(data);
	assert_int_equal(store_read_begin(d[1].st, &t), 0);
	assert_int_equal(store_setting_get(t, "import.donors." HEX_B, &v, NULL), 0);
	assert_int_equal(store_setting_get(t, "import.donors." HEX_A, &data, NULL), STORE_ENOTFOUND);
	store_read_end(t);
	assert_string_equal(v, "1732780800\tkarimi\t2\tTBZ");
	free(v);
	close_all(d, 2);
}

/* Format 2: its four header lines are checked (one missing, or a version
 * that is not one, makes the bundle malformed, nothing applied), and a
 * bundle of format 1, without them, is still applied (hand_bundle). */
static void
test_format2_header(void **state)
{
	struct db d[2];	/* TBZ, HQ */
	struct tui_bundle_stats s;
	char id[CORE_ID_MAX], *data, *bad, *x, old[64];
	size_t len, blen;

	(void)state;
	gen++;
	db_open(&d[0], "TBZ");
	db_open(&d[1], "HQ");
	trust_all(d, 2);
	add_donor(&d[0], "علی‌رضا کريمی", "TBZ", "09141234567", id);
	assert_int_equal(tui_bundle_make(d[0].st, "HQ", &data, &len, NULL), 0);
	assert_int_equal(strncmp(data, "hamyar-bundle 2\n", 16), 0);
	assert_non_null(strstr(data, "\nrestored 0\nheard 0\n"));
	x = strstr(data, "\nheard ");
	assert_non_null(x);
	snprintf(old, sizeof old, "%.*s", (int)(strchr(x + 1, '\n') - x), x);
	bad = resign_replace(&d[0], data, len, old, "", &blen);
	assert_int_equal(tui_bundle_import(d[1].st, bad, blen, &s, NULL), TUI_BUNDLE_EFORMAT);
	free(bad);
	bad = resign_replace(&d[0], data, len, "\nacktip 0@\n", "\nacktip 12\n", &blen);
	assert_int_equal(tui_bundle_import(d[1].st, bad, blen, &s, NULL), TUI_BUNDLE_EFORMAT);
	free(bad);
	assert_int_equal(last_change(&d[1]), 0);
	assert_int_equal(tui_bundle_import(d[1].st, data, len, &s, NULL), 0);
	assert_int_equal(s.applied, 1);
	free(data);
	close_all(d, 2);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_three_databases_converge),
		cmocka_unit_test(test_conflict_queue),
		cmocka_unit_test(test_resolve_each_version),
		cmocka_unit_test(test_refused_whole),
		cmocka_unit_test(test_hostile_signed),
		cmocka_unit_test(test_user_by_sync),
		cmocka_unit_test(test_clock_cannot_wrap),
		cmocka_unit_test(test_clock_ahead),
		cmocka_unit_test(test_watermarks),
		cmocka_unit_test(test_duplicate_converges),
		cmocka_unit_test(test_trust_rules),
		cmocka_unit_test(test_rank_line),
		cmocka_unit_test(test_mark_login_not_utf8),
		cmocka_unit_test(test_format2_header),
		cmocka_unit_test(test_resolve_entry_merge_audit),
	};
	char tmpl[] = "/tmp/test_bundle.XXXXXX";
	char cmd[300];
	int rc;

	if (mkdtemp(tmpl) == NULL)
		return 1;
	snprintf(root, sizeof root, "%s", tmpl);
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", root);
	if (system(cmd) != 0)
		rc = 1;
	return rc;
}
