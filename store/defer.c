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
 * pages filled); when only a few existing entries sort after the first
 * one, they are merged into the list so that all is appended (pull_tail);
 * any other is put the usual way, so a bulk write into a database that
 * already holds records is correct, only less quick.
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
#include <pthread.h>
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

struct sort_ctx {
	const unsigned char *arena;
	int dup;
};

/* qsort_r's comparison: key, then (DUPSORT) data, then the order of the
 * puts. */
static int
dent_cmp(const void *pa, const void *pb, void *pc)
{
	const struct dent *a = pa, *b = pb;
	const struct sort_ctx *x = pc;
	int c = cmp_memn(x->arena + a->off, a->klen, x->arena + b->off, b->klen);

	if (c == 0 && x->dup)
		c = cmp_memn(x->arena + a->off + a->klen, a->dlen,
		    x->arena + b->off + b->klen, b->dlen);
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
	struct sort_ctx x = { l->arena, dup };
	struct skey *a, *b;
	struct dent *ne;
	int byte;

	/* entries put in order already (the history of new records with
	 * rising ids) need nothing */
	for (i = 1; i < n && dent_cmp(&l->e[i - 1], &l->e[i], &x) <= 0; i++)
		;
	if (i >= n)
		return 0;
	a = malloc(n * sizeof *a);
	b = malloc(n * sizeof *b);
	ne = malloc(n * sizeof *ne);
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
		struct skey *sw;

		if (uniform(a, n, byte))
			continue;
		radix_pass(a, b, n, byte);
		sw = a;
		a = b;
		b = sw;
	}
	for (i = 0; i < n; i++)
		ne[i] = l->e[a[i].i];
	for (i = 0; i < n; i = j) {
		int ordered = 1;

		for (j = i + 1; j < n && a[j].hi == a[i].hi && a[j].lo == a[i].lo; j++)
			if (ordered && dent_cmp(&ne[j - 1], &ne[j], &x) > 0)
				ordered = 0;
		if (!ordered)
			qsort_r(ne + i, j - i, sizeof *ne, dent_cmp, &x);
	}
	free(l->e);
	l->e = ne;
	l->cap = n;
	free(a);
	free(b);
	return 0;
}

static int grow(void **p, size_t *cap, size_t need, size_t size);

/*
 * When the last keys of a sub-database sort after the first entry to put
 * (the history of new donors goes before the administrator's, made at
 * init), each entry put the usual way lands just before them, and every
 * page split leaves a half-full page behind: the history and the audit
 * ids of 10^5 donors took twice the pages they need.  If those existing
 * entries are few (at most a quarter of the list), they are taken out of
 * the sub-database and merged into the sorted list, before any entry equal
 * to them (a later put wins, an equal DUPSORT entry is put once), so that
 * everything is appended.  Returns 1 if so, 0 if not (too many), or a
 * store code.
 */
static int
pull_tail(struct store_txn *t, int db, MDB_cursor *c)
{
	struct dlist *l = &t->defer->db[db], old;
	struct sort_ctx x;
	MDB_val k = { l->e[0].klen, l->arena + l->e[0].off }, d;
	size_t cap = l->n / 4, m = 0, base, i, j, o;
	struct dent *ne;
	int rc, dup = dupsort_db(db);

	memset(&old, 0, sizeof old);
	rc = mdb_cursor_get(c, &k, &d, MDB_SET_RANGE);
	for (; rc == 0; rc = mdb_cursor_get(c, &k, &d, MDB_NEXT)) {
		struct dent *e;

		if (m == cap || grow((void **)&old.e, &old.cap, m + 1, sizeof *old.e) != 0 ||
		    grow((void **)&old.arena, &old.acap, old.alen + k.mv_size + d.mv_size, 1) != 0) {
			rc = m == cap ? 0 : STORE_ENOMEM;
			dlist_clear(&old);
			return rc;
		}
		e = &old.e[m++];
		e->off = old.alen;
		e->klen = (unsigned)k.mv_size;
		e->dlen = (unsigned)d.mv_size;
		e->seq = 0;
		memcpy(old.arena + old.alen, k.mv_data, k.mv_size);
		memcpy(old.arena + old.alen + k.mv_size, d.mv_data, d.mv_size);
		old.alen += k.mv_size + d.mv_size;
	}
	if (rc != MDB_NOTFOUND) {
		dlist_clear(&old);
		return lmdb_err(t, rc);
	}
	base = l->alen;
	if (grow((void **)&l->arena, &l->acap, l->alen + old.alen, 1) != 0 ||
	    (ne = malloc((l->n + m) * sizeof *ne)) == NULL) {
		dlist_clear(&old);
		return STORE_ENOMEM;
	}
	for (i = 0; i < m; i++) {
		MDB_val ok = { old.e[i].klen, old.arena + old.e[i].off };
		MDB_val od = { old.e[i].dlen, old.arena + old.e[i].off + old.e[i].klen };

		if ((rc = mdb_del(t->txn, t->st->dbi[db], &ok, dup ? &od : NULL)) != 0) {
			free(ne);
			dlist_clear(&old);
			return lmdb_err(t, rc);
		}
		old.e[i].off += base;
	}
	memcpy(l->arena + base, old.arena, old.alen);
	l->alen += old.alen;
	x.arena = l->arena;
	x.dup = dup;
	for (i = j = o = 0; i < l->n || j < m;) {
		/* ties: the existing entry first (seq 0 sorts first) */
		if (j < m && (i == l->n || dent_cmp(&old.e[j], &l->e[i], &x) <= 0))
			ne[o++] = old.e[j++];
		else
			ne[o++] = l->e[i++];
	}
	free(l->e);
	l->e = ne;
	l->n = l->cap = o;
	t->defer->pending += m;
	free(old.e);
	free(old.arena);
	return 1;
}

/* Puts the entries of db, sorted already, and forgets them. */
static int
put_sorted(struct store_txn *t, int db)
{
	struct dlist *l = &t->defer->db[db];
	MDB_cursor *c;
	MDB_val k, d, lk;
	const struct dent *prev = NULL;	/* the entry put last */
	size_t i, start = 0;
	int rc, dup = dupsort_db(db);

	if (l->n == 0)
		return 0;
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
	if (start > 0 && (rc = pull_tail(t, db, c)) != 0) {
		if (rc < 0) {
			mdb_cursor_close(c);
			return rc;
		}
		start = 0;	/* every entry there now sorts before the list */
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

static int
flush_db(struct store_txn *t, int db)
{
	int rc;

	if (t->defer->db[db].n == 0)
		return 0;
	if ((rc = sort_entries(&t->defer->db[db], dupsort_db(db))) != 0)
		return rc;
	return put_sorted(t, db);
}

int
defer_flush_db(struct store_txn *t, int db)
{
	if (t->defer == NULL || t->defer->pending == 0)
		return 0;
	return flush_db(t, db);
}

/* The final flush sorts on a second thread: while this one puts the
 * entries of one sub-database (LMDB's write transaction is this thread's),
 * the other sorts the next.  For 10^5 donors the sorting (~60 ms) was a
 * third of the flush; only the smallest list's is left in line. */
size_t defer_thread_min = 16384;
unsigned long defer_threaded;

struct sorter {
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct defer *d;
	int db[DB_COUNT];	/* the non-empty lists, smallest first */
	int rc[DB_COUNT];
	int n, sorted, stop;	/* db[0..sorted) are sorted */
};

static void *
sorter_run(void *arg)
{
	struct sorter *s = arg;
	int i, rc, stop;

	for (i = 1; i < s->n; i++) {
		pthread_mutex_lock(&s->mu);
		stop = s->stop;
		pthread_mutex_unlock(&s->mu);
		rc = stop ? 0 : sort_entries(&s->d->db[s->db[i]], dupsort_db(s->db[i]));
		pthread_mutex_lock(&s->mu);
		s->rc[i] = rc;
		s->sorted = i + 1;
		pthread_cond_signal(&s->cv);
		pthread_mutex_unlock(&s->mu);
	}
	return NULL;
}

/* Puts every list, sorting the next on the sorter thread.  Returns 0, a
 * store code, or 1 when no thread could be started (nothing done). */
static int
flush_threaded(struct store_txn *t)
{
	struct sorter s;
	pthread_t th;
	int i, j, rc = 0;

	memset(&s, 0, sizeof s);
	s.d = t->defer;
	for (i = 0; i < DB_COUNT; i++) {
		if (t->defer->db[i].n == 0)
			continue;
		for (j = s.n; j > 0 && t->defer->db[s.db[j - 1]].n > t->defer->db[i].n; j--)
			s.db[j] = s.db[j - 1];
		s.db[j] = i;
		s.n++;
	}
	if (s.n < 2)
		return 1;
	pthread_mutex_init(&s.mu, NULL);
	pthread_cond_init(&s.cv, NULL);
	if (pthread_create(&th, NULL, sorter_run, &s) != 0) {
		pthread_cond_destroy(&s.cv);
		pthread_mutex_destroy(&s.mu);
		return 1;
	}
	defer_threaded++;
	rc = sort_entries(&t->defer->db[s.db[0]], dupsort_db(s.db[0]));
	if (rc == 0)
		rc = put_sorted(t, s.db[0]);
	for (i = 1; i < s.n && rc == 0; i++) {
		pthread_mutex_lock(&s.mu);
		while (s.sorted <= i)
			pthread_cond_wait(&s.cv, &s.mu);
		rc = s.rc[i];
		pthread_mutex_unlock(&s.mu);
		if (rc == 0)
			rc = put_sorted(t, s.db[i]);
	}
	pthread_mutex_lock(&s.mu);
	s.stop = 1;
	pthread_mutex_unlock(&s.mu);
	pthread_join(th, NULL);
	pthread_cond_destroy(&s.cv);
	pthread_mutex_destroy(&s.mu);
	return rc;
}

int
defer_flush(struct store_txn *t)
{
	int i, rc;

	if (t->defer == NULL || t->defer->pending == 0)
		return 0;
	if (t->defer->pending >= defer_thread_min && (rc = flush_threaded(t)) != 1)
		return rc;
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
