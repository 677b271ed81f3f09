/*
 * store/defer.c — the secondary entries of a bulk write, put in key order
 * at its end.
 *
 * An import writes, per record, entries into five sub-databases whose keys
 * do not follow the order of the records: the name's collation key
 * (DB_SEARCH), each word of the name (DB_WORDS), a county or other
 * indexed value (DB_INDEX), the id as text (DB_AUDIT_ID), the version
 * history (DB_HISTORY).  Put one by one, each lands at another place of
 * its B-tree: every put walks the tree, looks up each page of the path in
 * the transaction's dirty list, and splits pages half full.  For 10^5
 * donors that was half the time of the import (bench_import.sh).
 *
 * A write transaction marked bulk (store_txn_bulk) keeps those entries in
 * memory instead and puts them before the commit, sorted as LMDB orders
 * them (all five use LMDB's default comparison: bytes, then length; for
 * the duplicates of a DUPSORT key the same on the data).  An entry past
 * the last key of its sub-database is appended (MDB_APPEND: no tree walk,
 * pages filled); any other is put the usual way, so a bulk write into a
 * database that already holds records is correct, only less quick.
 *
 * What the rest of store/ must keep: the entries are not in LMDB until
 * defer_flush, so every function that reads one of these sub-databases
 * inside a write transaction (iterators, store_count_index,
 * store_version_base, words_rebuild) and every delete from them calls
 * defer_flush first.  The unique index and the records themselves are
 * never deferred: the duplicate and reference checks of later rows read
 * them.  Within one key (non-DUPSORT) the entry put last wins, as it would
 * have; an entry equal to another (key and data, DUPSORT) is put once.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "store/store_int.h"

#define LMDB_KEY_MAX 511	/* mdb_env_get_maxkeysize of a default build */

struct dent {
	size_t off;		/* key, then data, in the arena */
	unsigned klen, dlen;
	size_t seq;		/* order of the puts: the later wins */
};

struct dlist {
	unsigned char *arena;
	size_t alen, acap;
	struct dent *e;
	size_t n, cap;
};

struct defer {
	struct dlist db[DB_COUNT];
	size_t seq;
	size_t pending;
};

static int
deferred_db(int db)
{
	return db == DB_INDEX || db == DB_SEARCH || db == DB_WORDS || db == DB_AUDIT_ID ||
	    db == DB_HISTORY;
}

static int
dupsort_db(int db)
{
	return db == DB_INDEX || db == DB_SEARCH || db == DB_AUDIT_ID;
}

void
store_txn_bulk(struct store_txn *t)
{
	if (t != NULL && t->write && t->defer == NULL)
		t->defer = calloc(1, sizeof *t->defer);	/* NULL: puts go straight */
}

static void
dlist_clear(struct dlist *l)
{
	free(l->arena);
	free(l->e);
	memset(l, 0, sizeof *l);
}

void
defer_free(struct store_txn *t)
{
	int i;

	if (t->defer == NULL)
		return;
	for (i = 0; i < DB_COUNT; i++)
		dlist_clear(&t->defer->db[i]);
	free(t->defer);
	t->defer = NULL;
}

/* LMDB's default order (mdb_cmp_memn): bytes, then the shorter first. */
static int
cmp_memn(const unsigned char *a, size_t al, const unsigned char *b, size_t bl)
{
	int c = memcmp(a, b, al < bl ? al : bl);

	if (c != 0)
		return c;
	return al < bl ? -1 : al > bl;
}

static const unsigned char *sort_arena;	/* qsort has no context argument */
static int sort_dup;

static int
dent_cmp(const void *pa, const void *pb)
{
	const struct dent *a = pa, *b = pb;
	int c = cmp_memn(sort_arena + a->off, a->klen, sort_arena + b->off, b->klen);

	if (c == 0 && sort_dup)
		c = cmp_memn(sort_arena + a->off + a->klen, a->dlen,
		    sort_arena + b->off + b->klen, b->dlen);
	if (c == 0)
		c = a->seq < b->seq ? -1 : a->seq > b->seq;
	return c;
}

/* Do the n bytes at a and b match?  From the end: entries of one
 * sub-database share their start (kind, field, a word) and differ in the
 * record key at the end. */
static int
same_bytes(const unsigned char *a, const unsigned char *b, size_t n)
{
	while (n > 0) {
		n--;
		if (a[n] != b[n])
			return 0;
	}
	return 1;
}

/* The sort key of an entry: 16 bytes of its key from the common start of
 * all keys, big-endian, zero-padded (a shorter key pads with 0, below any
 * byte it would be compared with, so an order of the padded bytes is the
 * order of the keys; equal padded bytes are settled by dent_cmp). */
struct skey {
	uint64_t hi, lo;
	size_t i;
};

static void
radix_pass(struct skey *from, struct skey *to, size_t n, int byte)
{
	size_t count[256] = { 0 }, pos[256], i, sum = 0;
	int b;

	for (i = 0; i < n; i++) {
		uint64_t w = byte < 8 ? from[i].lo : from[i].hi;

		count[(w >> ((byte & 7) * 8)) & 0xff]++;
	}
	for (b = 0; b < 256; b++) {
		pos[b] = sum;
		sum += count[b];
	}
	for (i = 0; i < n; i++) {
		uint64_t w = byte < 8 ? from[i].lo : from[i].hi;

		to[pos[(w >> ((byte & 7) * 8)) & 0xff]++] = from[i];
	}
}

/* Does every entry have the same byte `byte` of its sort key? */
static int
uniform(const struct skey *k, size_t n, int byte)
{
	size_t i;
	uint64_t w0 = byte < 8 ? k[0].lo : k[0].hi, m = (uint64_t)0xff << ((byte & 7) * 8);

	for (i = 1; i < n; i++)
		if (((byte < 8 ? k[i].lo : k[i].hi) & m) != (w0 & m))
			return 0;
	return 1;
}

/* Sorts l->e as dent_cmp orders them: a stable LSD radix sort on 16 bytes
 * of each key (the bytes all keys share skipped), then every run of equal
 * sort keys checked and, if out of order, sorted by dent_cmp.  The runs
 * are mostly in order already: the entries of one word, or of one county,
 * come in record-key order.  Returns 0 or STORE_ENOMEM. */
static int
sort_entries(struct dlist *l, int dup)
{
	size_t n = l->n, common, i, j;
	struct skey *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b);
	struct dent *ne = malloc(n * sizeof *ne);
	int byte;

	sort_arena = l->arena;
	sort_dup = dup;
	if (a == NULL || b == NULL || ne == NULL) {
		free(a);
		free(b);
		free(ne);
		return STORE_ENOMEM;
	}
	common = l->e[0].klen;
	for (i = 1; i < n && common > 0; i++) {
		const unsigned char *k0 = l->arena + l->e[0].off, *ki = l->arena + l->e[i].off;
		size_t c = 0, m = l->e[i].klen < common ? l->e[i].klen : common;

		while (c < m && k0[c] == ki[c])
			c++;
		common = c;
	}
	for (i = 0; i < n; i++) {
		const unsigned char *k = l->arena + l->e[i].off;
		uint64_t w[2] = { 0, 0 };

		for (j = 0; j < 16; j++) {
			uint64_t v = common + j < l->e[i].klen ? k[common + j] : 0;

			w[j / 8] |= v << ((7 - j % 8) * 8);
		}
		a[i].hi = w[0];
		a[i].lo = w[1];
		a[i].i = i;
	}
	for (byte = 0; byte < 16; byte++) {
		struct skey *x;

		if (uniform(a, n, byte))
			continue;
		radix_pass(a, b, n, byte);
		x = a;
		a = b;
		b = x;
	}
	for (i = 0; i < n; i++)
		ne[i] = l->e[a[i].i];
	for (i = 0; i < n; i = j) {
		int ordered = 1;

		for (j = i + 1; j < n && a[j].hi == a[i].hi && a[j].lo == a[i].lo; j++)
			if (ordered && dent_cmp(&ne[j - 1], &ne[j]) > 0)
				ordered = 0;
		if (!ordered)
			qsort(ne + i, j - i, sizeof *ne, dent_cmp);
	}
	free(l->e);
	l->e = ne;
	l->cap = n;
	free(a);
	free(b);
	return 0;
}

static int
flush_db(struct store_txn *t, int db)
{
	struct dlist *l = &t->defer->db[db];
	MDB_cursor *c;
	MDB_val k, d, lk;
	const struct dent *prev = NULL;	/* the entry put last */
	size_t i, start = 0;
	int rc, dup = dupsort_db(db);

	if (l->n == 0)
		return 0;
	if ((rc = sort_entries(l, dup)) != 0)
		return rc;
	if ((rc = mdb_cursor_open(t->txn, t->st->dbi[db], &c)) != 0)
		return lmdb_err(t, rc);
	/* the entries up to the sub-database's last key are put the usual
	 * way; those after it (all, into an empty one) are appended */
	rc = mdb_cursor_get(c, &lk, &d, MDB_LAST);
	if (rc == 0) {
		while (start < l->n && cmp_memn(l->arena + l->e[start].off, l->e[start].klen,
		    lk.mv_data, lk.mv_size) <= 0)
			start++;
	} else if (rc != MDB_NOTFOUND) {
		mdb_cursor_close(c);
		return lmdb_err(t, rc);
	}
	for (i = 0; i < l->n; i++) {
		const struct dent *e = &l->e[i], *nx = i + 1 < l->n ? &l->e[i + 1] : NULL;
		int same_next = nx != NULL && nx->klen == e->klen &&
		    same_bytes(l->arena + nx->off, l->arena + e->off, e->klen);
		int same_prev = prev != NULL && prev->klen == e->klen &&
		    same_bytes(l->arena + prev->off, l->arena + e->off, e->klen);
		unsigned flags;

		k.mv_data = l->arena + e->off;
		k.mv_size = e->klen;
		d.mv_data = l->arena + e->off + e->klen;
		d.mv_size = e->dlen;
		/* the same key (and data, DUPSORT) put again: the last one wins */
		if (same_next && (!dup || (nx->dlen == e->dlen &&
		    same_bytes(l->arena + nx->off + nx->klen, d.mv_data, e->dlen))))
			continue;
		if (i >= start && !same_prev)
			flags = MDB_APPEND;	/* past every key there */
		else if (i >= start)
			flags = MDB_APPENDDUP;	/* the next record key of a key just appended */
		else
			flags = dup ? MDB_NODUPDATA : 0;
		rc = mdb_cursor_put(c, &k, &d, flags);
		if (rc == MDB_KEYEXIST && dup && !(flags & (MDB_APPEND | MDB_APPENDDUP)))
			rc = 0;	/* that record key is there already */
		if (rc != 0) {
			mdb_cursor_close(c);
			return lmdb_err(t, rc);
		}
		prev = e;
	}
	mdb_cursor_close(c);
	t->defer->pending -= l->n;
	dlist_clear(l);
	return 0;
}

int
defer_flush_db(struct store_txn *t, int db)
{
	if (t->defer == NULL || t->defer->pending == 0)
		return 0;
	return flush_db(t, db);
}

int
defer_flush(struct store_txn *t)
{
	int i, rc;

	if (t->defer == NULL || t->defer->pending == 0)
		return 0;
	for (i = 0; i < DB_COUNT; i++)
		if ((rc = flush_db(t, i)) != 0)
			return rc;
	return 0;
}

static int
grow(void **p, size_t *cap, size_t need, size_t size)
{
	size_t nc = *cap ? *cap : 64;
	void *np;

	if (need <= *cap)
		return 0;
	while (nc < need)
		nc *= 2;
	if ((np = realloc(*p, nc * size)) == NULL)
		return -1;
	*p = np;
	*cap = nc;
	return 0;
}

int
defer_put(struct store_txn *t, int db, const void *key, size_t klen, const void *data,
    size_t dlen, unsigned flags)
{
	struct dlist *l;
	struct dent *e;
	MDB_val k = { klen, (void *)key }, d = { dlen, (void *)data };
	int rc;

	if (t->defer == NULL || !deferred_db(db)) {
		rc = mdb_put(t->txn, t->st->dbi[db], &k, &d, flags);
		if (rc == MDB_KEYEXIST && (flags & MDB_NODUPDATA))
			rc = 0;
		return rc ? lmdb_err(t, rc) : 0;
	}
	if (klen == 0 || klen > LMDB_KEY_MAX || dlen > 0xffff)
		return STORE_EINVAL;
	l = &t->defer->db[db];
	if (grow((void **)&l->e, &l->cap, l->n + 1, sizeof *l->e) != 0 ||
	    grow((void **)&l->arena, &l->acap, l->alen + klen + dlen, 1) != 0)
		return STORE_ENOMEM;
	e = &l->e[l->n++];
	e->off = l->alen;
	e->klen = (unsigned)klen;
	e->dlen = (unsigned)dlen;
	e->seq = t->defer->seq++;
	memcpy(l->arena + l->alen, key, klen);
	memcpy(l->arena + l->alen + klen, data, dlen);
	l->alen += klen + dlen;
	t->defer->pending++;
	return 0;
}
