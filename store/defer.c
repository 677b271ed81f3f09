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
 *
 * Sorting while the rows are written.  Sorted all at the end, the lists
 * of 10^5 donors kept the main thread waiting for the sort (~0.2 s of
 * CPU) while the second core had been idle during the writer's loop.  So
 * each list is kept in runs: a run has an arena of fixed size (its
 * entries point into it, so it never moves) and the entries put into it;
 * when the next entry does not fit, the run is sealed and a new one begun
 * (4 KiB first, doubling up to defer_run_bytes).  Once a bulk write holds
 * defer_thread_min entries a sorter thread is started, and every sealed
 * run is queued to it and sorted there while the main thread writes on,
 * its bytes copied in their new order (in_order: the run's arena is in
 * the cache then, the merge reads each run's in a row).  A flush of a
 * list seals its last run and queues, after it, the merge of its runs
 * (merge_list: a heap of the runs' heads, or the runs laid end to end
 * when they do not overlap; then the bytes copied into one arena in that
 * order, so that the puts read them in a row); the main thread waits for
 * that, then puts the merged list as before.  The final flush queues
 * every list's merge at once, smallest list first, so that the sorter
 * merges the next list while the main thread puts one.  One worker taking
 * the jobs in order means a list's runs are sorted before its merge
 * starts.  A sealed run is the sorter's; the main thread goes back to a
 * list's runs only when its merge is done, or to free them after joining
 * the thread.  Without the thread (a small write, or pthread_create
 * failed) the same is done in line at the flush: each run sorted, then
 * all merged.  defer_free stops and joins the thread before freeing
 * anything; after a failed flush the rest of the queue is dropped.
 *
 * Tried and left: merging the sorted runs pairwise on the sorter as they
 * come (fewer runs at the flush, but about 0.1 s more CPU, and slower on
 * a busy machine), a tournament of losers instead of the heap (the same
 * run often gives many entries in a row, two comparisons each in the
 * heap, log2(runs) in the tournament), runs of 1 MiB (no difference).
 */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "locale/hash.h"
#include "store/store_int.h"

#define LMDB_KEY_MAX 511	/* mdb_env_get_maxkeysize of a default build */

struct dent {
	const unsigned char *p;	/* key, then data, in a run's arena */
	unsigned klen, dlen;
	size_t seq;		/* order of the puts: the later wins */
};

struct run;
struct dlist;

/* A job of the sorter thread: sort run r, or (r NULL) merge list l. */
struct job {
	struct job *next;
	struct run *r;
	struct dlist *l;
	int dup;		/* the list's sub-database is DUPSORT */
	int done, rc;		/* under the mutex */
};

struct run {
	unsigned char *arena;	/* never reallocated: entries point into it */
	size_t alen, acap;
	struct dent *e;
	size_t n, cap;
	int sorted;
	struct job job;
};

struct dlist {
	struct run **run;	/* the last one is being filled */
	size_t nrun, rcap;
	size_t n;		/* entries in all runs */
	struct dent *e;		/* after merge_list: all n, in order */
	struct job fin;		/* the merge */
};

/*
 * The pending entries of DB_INDEX by key, for store_index_other: an
 * import asks, for each row, which other donor has its mobile, and
 * putting the index's pending entries first (defer_flush_db) for every
 * row made them ordinary puts again, a third of the writer's work.  Per
 * key, the two smallest data (record keys) put since the last flush are
 * kept here (each entry's copy of them: a run's arena moves when the
 * sorter puts it in order); the smallest other than the one record the
 * caller skips is among them.  Entries are only added between flushes
 * (a delete from the index flushes first), so these and LMDB's entries
 * together are the index.
 */
struct kmin {
	struct kmin *next;	/* the chain of a bucket */
	uint32_t h;
	unsigned short klen;
	unsigned char n;	/* data kept: 0, 1 or 2 */
	unsigned char dlen[2];
	unsigned char d[2][RKEY_MAX];	/* the smallest first */
	unsigned char key[];
};

struct kchunk {
	struct kchunk *next;
	size_t used, cap;
	unsigned char mem[];
};

struct kindex {
	struct kmin **b;
	size_t nb, n;
	struct kchunk *chunks;
	int bad;	/* an entry could not be kept: not to be asked */
};

struct defer {
	struct kindex kx;	/* DB_INDEX's pending entries by key */
	struct dlist db[DB_COUNT];
	size_t seq;
	size_t pending;
	int thread;		/* the sorter: 0 not yet, 1 running, -1 none */
	pthread_t th;
	pthread_mutex_t mu;
	pthread_cond_t work, done;
	struct job *head, *tail;	/* the sorter's queue */
	int stop;
};

size_t defer_thread_min = 16384;
size_t defer_run_bytes = (size_t)1 << 18;
unsigned long defer_threaded;


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
kindex_clear(struct kindex *x)
{
	while (x->chunks != NULL) {
		struct kchunk *c = x->chunks;

		x->chunks = c->next;
		free(c);
	}
	free(x->b);
	memset(x, 0, sizeof *x);
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

static struct kmin *
kindex_find(const struct kindex *x, const unsigned char *key, size_t klen, uint32_t h)
{
	struct kmin *e;

	if (x->nb == 0)
		return NULL;
	for (e = x->b[h & (x->nb - 1)]; e != NULL; e = e->next)
		if (e->h == h && e->klen == klen && memcmp(e->key, key, klen) == 0)
			return e;
	return NULL;
}

/* Notes the pending DB_INDEX entry (key, data) in x; without the memory,
 * or for data longer than a record key, x is marked bad. */
static void
kindex_note(struct kindex *x, const unsigned char *key, size_t klen, const unsigned char *data,
    size_t dlen)
{
	uint32_t h;
	struct kmin *e;
	int c;

	if (x->bad)
		return;
	if (dlen > RKEY_MAX || klen > 0xffff) {
		x->bad = 1;
		return;
	}
	h = loc_fnv32(key, klen);
	if ((e = kindex_find(x, key, klen, h)) == NULL) {
		size_t need = (sizeof *e + klen + 7) & ~(size_t)7, i;

		if (x->n >= x->nb) {
			size_t nb = x->nb ? 2 * x->nb : 1024;
			struct kmin **tb = calloc(nb, sizeof *tb);

			if (tb == NULL) {
				x->bad = 1;
				return;
			}
			for (i = 0; i < x->nb; i++)
				while (x->b[i] != NULL) {
					struct kmin *m = x->b[i];

					x->b[i] = m->next;
					m->next = tb[m->h & (nb - 1)];
					tb[m->h & (nb - 1)] = m;
				}
			free(x->b);
			x->b = tb;
			x->nb = nb;
		}
		if (x->chunks == NULL || x->chunks->cap - x->chunks->used < need) {
			size_t cap = need > 65536 ? need : 65536;
			struct kchunk *ck = malloc(sizeof *ck + cap);

			if (ck == NULL) {
				x->bad = 1;
				return;
			}
			ck->next = x->chunks;
			ck->used = 0;
			ck->cap = cap;
			x->chunks = ck;
		}
		e = (struct kmin *)(void *)(x->chunks->mem + x->chunks->used);
		x->chunks->used += need;
		e->h = h;
		e->klen = (unsigned short)klen;
		e->n = 0;
		memcpy(e->key, key, klen);
		e->next = x->b[h & (x->nb - 1)];
		x->b[h & (x->nb - 1)] = e;
		x->n++;
	}
	if (e->n == 0 || (c = cmp_memn(data, dlen, e->d[0], e->dlen[0])) < 0) {
		if (e->n > 0) {
			memcpy(e->d[1], e->d[0], e->dlen[0]);
			e->dlen[1] = e->dlen[0];
		}
		memcpy(e->d[0], data, dlen);
		e->dlen[0] = (unsigned char)dlen;
		if (e->n < 2)
			e->n++;
		return;
	}
	if (c == 0)
		return;
	if (e->n == 1 || cmp_memn(data, dlen, e->d[1], e->dlen[1]) < 0) {
		memcpy(e->d[1], data, dlen);
		e->dlen[1] = (unsigned char)dlen;
		e->n = 2;
	}
}

int
defer_index_min(struct store_txn *t, const void *key, size_t klen,
    unsigned char d[2][RKEY_MAX], size_t dlen[2])
{
	const struct defer *df = t->defer;
	const struct kmin *e;
	int i;

	if (df == NULL || df->db[DB_INDEX].n == 0)
		return 0;
	if (df->kx.bad)
		return -1;
	if ((e = kindex_find(&df->kx, key, klen, loc_fnv32(key, klen))) == NULL)
		return 0;
	for (i = 0; i < e->n; i++) {
		memcpy(d[i], e->d[i], e->dlen[i]);
		dlen[i] = e->dlen[i];
	}
	return e->n;
}

static void
run_free(struct run *r)
{
	free(r->arena);
	free(r->e);
	free(r);
}

static void
dlist_clear(struct dlist *l)
{
	size_t i;

	for (i = 0; i < l->nrun; i++)
		run_free(l->run[i]);
	free(l->run);
	free(l->e);
	memset(l, 0, sizeof *l);
}

void
defer_free(struct store_txn *t)
{
	struct defer *d = t->defer;
	int i;

	if (d == NULL)
		return;
	if (d->thread == 1) {
		pthread_mutex_lock(&d->mu);
		d->stop = 1;
		pthread_cond_signal(&d->work);
		pthread_mutex_unlock(&d->mu);
		pthread_join(d->th, NULL);
		pthread_cond_destroy(&d->work);
		pthread_cond_destroy(&d->done);
		pthread_mutex_destroy(&d->mu);
	}
	for (i = 0; i < DB_COUNT; i++)
		dlist_clear(&d->db[i]);
	kindex_clear(&d->kx);
	free(d);
	t->defer = NULL;
}

/* qsort_r's comparison (pd: the int dup): key, then (DUPSORT) data, then
 * the order of the puts.  Never 0 for two entries. */
static int
dent_cmp(const void *pa, const void *pb, void *pd)
{
	const struct dent *a = pa, *b = pb;
	int c = cmp_memn(a->p, a->klen, b->p, b->klen);

	if (c == 0 && *(const int *)pd)
		c = cmp_memn(a->p + a->klen, a->dlen, b->p + b->klen, b->dlen);
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

/* Copies the bytes of the sorted run r into a new arena in the order of
 * its entries: the merge then reads each run's keys in a row, not each
 * from another place of many arenas (the arena of one run is in the
 * cache while it is sorted, the arenas of all are not at the merge).
 * Without the memory, nothing is changed. */
static void
in_order(struct run *r)
{
	unsigned char *na = malloc(r->alen ? r->alen : 1);
	size_t i, o = 0;

	if (na == NULL)
		return;
	for (i = 0; i < r->n; i++) {
		size_t len = r->e[i].klen + r->e[i].dlen;

		memcpy(na + o, r->e[i].p, len);
		r->e[i].p = na + o;
		o += len;
	}
	free(r->arena);
	r->arena = na;
	r->acap = r->alen;
}

/* Sorts the entries of r as dent_cmp orders them: a stable LSD radix sort
 * on 16 bytes of each key (the bytes all keys share skipped), then every
 * run of equal sort keys checked and, if out of order, sorted by
 * dent_cmp.  Those are mostly in order already: the entries of one word,
 * or of one county, come in record-key order.  Returns 0 or
 * STORE_ENOMEM.  On the sorter thread or in line (merge_list). */
static int
sort_run(struct run *r, int dup)
{
	size_t n = r->n, common, i, j;
	struct skey *a, *b;
	struct dent *ne;
	int byte;

	/* entries put in order already (the history of new records with
	 * rising ids) need nothing */
	for (i = 1; i < n && dent_cmp(&r->e[i - 1], &r->e[i], &dup) <= 0; i++)
		;
	if (i >= n) {
		r->sorted = 1;
		return 0;
	}
	a = malloc(n * sizeof *a);
	b = malloc(n * sizeof *b);
	ne = malloc(n * sizeof *ne);
	if (a == NULL || b == NULL || ne == NULL) {
		free(a);
		free(b);
		free(ne);
		return STORE_ENOMEM;
	}
	common = r->e[0].klen;
	for (i = 1; i < n && common > 0; i++) {
		const unsigned char *k0 = r->e[0].p, *ki = r->e[i].p;
		size_t c = 0, m = r->e[i].klen < common ? r->e[i].klen : common;

		while (c < m && k0[c] == ki[c])
			c++;
		common = c;
	}
	for (i = 0; i < n; i++) {
		const unsigned char *k = r->e[i].p;
		uint64_t w[2] = { 0, 0 };

		for (j = 0; j < 16; j++) {
			uint64_t v = common + j < r->e[i].klen ? k[common + j] : 0;

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
		ne[i] = r->e[a[i].i];
	for (i = 0; i < n; i = j) {
		int ordered = 1;

		for (j = i + 1; j < n && a[j].hi == a[i].hi && a[j].lo == a[i].lo; j++)
			if (ordered && dent_cmp(&ne[j - 1], &ne[j], &dup) > 0)
				ordered = 0;
		if (!ordered)
			qsort_r(ne + i, j - i, sizeof *ne, dent_cmp, &dup);
	}
	free(r->e);
	r->e = ne;
	r->cap = n;
	r->sorted = 1;
	free(a);
	free(b);
	in_order(r);
	return 0;
}

/* The head of a run in merge_list's heap. */
struct head {
	const struct dent *p, *end;
};

static void
sift_down(struct head *h, size_t k, size_t i, int dup)
{
	for (;;) {
		size_t c = 2 * i + 1, m = i;
		struct head sw;

		if (c < k && dent_cmp(h[c].p, h[m].p, &dup) < 0)
			m = c;
		if (c + 1 < k && dent_cmp(h[c + 1].p, h[m].p, &dup) < 0)
			m = c + 1;
		if (m == i)
			return;
		sw = h[i];
		h[i] = h[m];
		h[m] = sw;
		i = m;
	}
}

/* Copies the bytes of l's merged entries, in their order, into one run
 * that replaces the others: the main thread then reads them in a row as
 * it puts them, not each from another place of many arenas.  Without the
 * memory, nothing is changed. */
static void
compact(struct dlist *l)
{
	struct run *c;
	size_t i, size = 0;

	for (i = 0; i < l->nrun; i++)
		size += l->run[i]->alen;
	if ((c = calloc(1, sizeof *c)) == NULL)
		return;
	if ((c->arena = malloc(size)) == NULL) {
		free(c);
		return;
	}
	for (i = 0; i < l->n; i++) {
		size_t len = l->e[i].klen + l->e[i].dlen;

		memcpy(c->arena + c->alen, l->e[i].p, len);
		l->e[i].p = c->arena + c->alen;
		c->alen += len;
	}
	c->acap = size;
	c->sorted = 1;
	for (i = 0; i < l->nrun; i++)
		run_free(l->run[i]);
	l->run[0] = c;
	l->nrun = 1;
}

/* Sorts the runs of l not sorted yet and merges them all into l->e, in
 * dent_cmp's order; the runs keep only their arenas.  Returns 0 or
 * STORE_ENOMEM.  On the sorter thread (the list's "fin" job) or in line. */
static int
merge_list(struct dlist *l, int dup)
{
	struct head *h = NULL;
	struct dent *ne;
	size_t i, k = 0, o = 0;
	int rc, apart = 1;

	for (i = 0; i < l->nrun; i++) {
		struct run *r = l->run[i];

		if (!r->sorted && (rc = sort_run(r, dup)) != 0)
			return rc;
		if (r->n == 0)
			continue;
		/* runs that do not overlap, in order, are laid end to end */
		if (k > 0 && apart && dent_cmp(&h[k - 1].end[-1], &r->e[0], &dup) > 0)
			apart = 0;
		if (k == 0 && (h = malloc(l->nrun * sizeof *h)) == NULL)
			return STORE_ENOMEM;
		h[k].p = r->e;
		h[k].end = r->e + r->n;
		k++;
	}
	if (k == 0)
		return 0;
	if (k == 1) {
		/* one run: its list as it is */
		for (i = 0; l->run[i]->n == 0; i++)
			;
		free(h);
		l->e = l->run[i]->e;
		l->run[i]->e = NULL;
		l->run[i]->cap = 0;
		return 0;
	}
	if ((ne = malloc(l->n * sizeof *ne)) == NULL) {
		free(h);
		return STORE_ENOMEM;
	}
	if (apart) {
		for (i = 0; i < k; i++) {
			memcpy(ne + o, h[i].p, (size_t)(h[i].end - h[i].p) * sizeof *ne);
			o += (size_t)(h[i].end - h[i].p);
		}
	} else {
		for (i = k / 2; i-- > 0;)
			sift_down(h, k, i, dup);
		while (k > 0) {
			ne[o++] = *h[0].p++;
			if (h[0].p == h[0].end)
				h[0] = h[--k];
			sift_down(h, k, 0, dup);
		}
	}
	free(h);
	for (i = 0; i < l->nrun; i++) {
		free(l->run[i]->e);
		l->run[i]->e = NULL;
		l->run[i]->cap = 0;
	}
	l->e = ne;
	compact(l);
	return 0;
}

/* The sorter thread: takes the jobs in order until told to stop. */
static void *
sorter_main(void *arg)
{
	struct defer *d = arg;
	struct job *j;
	int rc;

	pthread_mutex_lock(&d->mu);
	for (;;) {
		while (!d->stop && d->head == NULL)
			pthread_cond_wait(&d->work, &d->mu);
		if (d->stop)
			break;
		j = d->head;
		if ((d->head = j->next) == NULL)
			d->tail = NULL;
		pthread_mutex_unlock(&d->mu);
		rc = j->r != NULL ? sort_run(j->r, j->dup) : merge_list(j->l, j->dup);
		pthread_mutex_lock(&d->mu);
		j->rc = rc;
		j->done = 1;
		pthread_cond_signal(&d->done);
	}
	pthread_mutex_unlock(&d->mu);
	return NULL;
}

static void
enqueue(struct defer *d, struct job *j)
{
	pthread_mutex_lock(&d->mu);
	j->next = NULL;
	j->done = 0;
	j->rc = 0;
	if (d->tail != NULL)
		d->tail->next = j;
	else
		d->head = j;
	d->tail = j;
	pthread_cond_signal(&d->work);
	pthread_mutex_unlock(&d->mu);
}

/* Hands the sealed run r of db to the sorter, if there is one. */
static void
seal(struct defer *d, int db, struct run *r)
{
	if (d->thread != 1)
		return;
	r->job.r = r;
	r->job.dup = dupsort_db(db);
	enqueue(d, &r->job);
}

/* Starts the sorter and hands it every run sealed so far; without it
 * (d->thread -1) the runs are sorted at the flush. */
static void
start_sorter(struct defer *d)
{
	size_t i;
	int db;

	d->thread = -1;
	if (pthread_mutex_init(&d->mu, NULL) != 0)
		return;
	if (pthread_cond_init(&d->work, NULL) != 0) {
		pthread_mutex_destroy(&d->mu);
		return;
	}
	if (pthread_cond_init(&d->done, NULL) != 0) {
		pthread_cond_destroy(&d->work);
		pthread_mutex_destroy(&d->mu);
		return;
	}
	if (pthread_create(&d->th, NULL, sorter_main, d) != 0) {
		pthread_cond_destroy(&d->done);
		pthread_cond_destroy(&d->work);
		pthread_mutex_destroy(&d->mu);
		return;
	}
	d->thread = 1;
	for (db = 0; db < DB_COUNT; db++)
		for (i = 0; i + 1 < d->db[db].nrun; i++)
			seal(d, db, d->db[db].run[i]);
}

/* Seals the last run of db and has its runs merged: queued to the sorter
 * (merge_wait waits for it), or here. */
static int
merge_start(struct defer *d, int db)
{
	struct dlist *l = &d->db[db];

	if (d->thread != 1)
		return merge_list(l, dupsort_db(db));
	seal(d, db, l->run[l->nrun - 1]);
	l->fin.r = NULL;
	l->fin.l = l;
	l->fin.dup = dupsort_db(db);
	enqueue(d, &l->fin);
	return 0;
}

static int
merge_wait(struct defer *d, int db)
{
	struct job *j = &d->db[db].fin;
	int rc;

	if (d->thread != 1)
		return 0;
	pthread_mutex_lock(&d->mu);
	while (!j->done)
		pthread_cond_wait(&d->done, &d->mu);
	rc = j->rc;
	pthread_mutex_unlock(&d->mu);
	return rc;
}

/*
 * When the last keys of a sub-database sort after the first entry to put
 * (the history of new donors goes before the administrator's, made at
 * init), each entry put the usual way lands just before them, and every
 * page split leaves a half-full page behind: the history and the audit
 * ids of 10^5 donors took twice the pages they need.  If those existing
 * entries are few (at most a quarter of the list), they are taken out of
 * the sub-database and merged into the merged list, before any entry
 * equal to them (a later put wins, an equal DUPSORT entry is put once),
 * so that everything is appended; their bytes become one more run of the
 * list.  Returns 1 if so, 0 if not (too many), or a store code.
 */
static int
pull_tail(struct store_txn *t, int db, MDB_cursor *c)
{
	struct dlist *l = &t->defer->db[db];
	struct run *old;
	MDB_val k = { l->e[0].klen, (void *)l->e[0].p }, d;
	size_t cap = l->n / 4, m = 0, i, j, o;
	struct dent *ne;
	int rc, dup = dupsort_db(db);

	if (store_grow((void **)&l->run, &l->rcap, l->nrun + 1, sizeof *l->run) != 0 ||
	    (old = calloc(1, sizeof *old)) == NULL)
		return STORE_ENOMEM;
	/* while the arena grows, each entry's seq holds its offset there */
	rc = mdb_cursor_get(c, &k, &d, MDB_SET_RANGE);
	for (; rc == 0; rc = mdb_cursor_get(c, &k, &d, MDB_NEXT)) {
		struct dent *e;

		if (m == cap || store_grow((void **)&old->e, &old->cap, m + 1, sizeof *old->e) != 0 ||
		    store_grow((void **)&old->arena, &old->acap, old->alen + k.mv_size + d.mv_size, 1) != 0) {
			rc = m == cap ? 0 : STORE_ENOMEM;
			run_free(old);
			return rc;
		}
		e = &old->e[m++];
		e->seq = old->alen;
		e->klen = (unsigned)k.mv_size;
		e->dlen = (unsigned)d.mv_size;
		memcpy(old->arena + old->alen, k.mv_data, k.mv_size);
		memcpy(old->arena + old->alen + k.mv_size, d.mv_data, d.mv_size);
		old->alen += k.mv_size + d.mv_size;
	}
	if (rc != MDB_NOTFOUND) {
		run_free(old);
		return lmdb_err(t, rc);
	}
	if ((ne = malloc((l->n + m) * sizeof *ne)) == NULL) {
		run_free(old);
		return STORE_ENOMEM;
	}
	for (i = 0; i < m; i++) {
		old->e[i].p = old->arena + old->e[i].seq;
		old->e[i].seq = 0;
	}
	for (i = 0; i < m; i++) {
		MDB_val ok = { old->e[i].klen, (void *)old->e[i].p };
		MDB_val od = { old->e[i].dlen, (void *)(old->e[i].p + old->e[i].klen) };

		if ((rc = mdb_del(t->txn, t->st->dbi[db], &ok, dup ? &od : NULL)) != 0) {
			free(ne);
			run_free(old);
			return lmdb_err(t, rc);
		}
	}
	for (i = j = o = 0; i < l->n || j < m;) {
		/* ties: the existing entry first (seq 0 sorts first) */
		if (j < m && (i == l->n || dent_cmp(&old->e[j], &l->e[i], &dup) <= 0))
			ne[o++] = old->e[j++];
		else
			ne[o++] = l->e[i++];
	}
	free(l->e);
	l->e = ne;
	l->n = o;
	free(old->e);
	old->e = NULL;
	old->n = old->cap = 0;
	old->sorted = 1;
	l->run[l->nrun++] = old;	/* for its arena */
	t->defer->pending += m;
	return 1;
}

/* Puts the entries of db, merged already (l->e), and forgets them. */
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
	if (db == DB_WORDS)
		t->words_gen++;
	if ((rc = mdb_cursor_open(t->txn, t->st->dbi[db], &c)) != 0)
		return lmdb_err(t, rc);
	/* the entries up to the sub-database's last key are put the usual
	 * way; those after it (all, into an empty one) are appended */
	rc = mdb_cursor_get(c, &lk, &d, MDB_LAST);
	if (rc == 0) {
		while (start < l->n && cmp_memn(l->e[start].p, l->e[start].klen,
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
		    same_bytes(nx->p, e->p, e->klen);
		int same_prev = prev != NULL && prev->klen == e->klen &&
		    same_bytes(prev->p, e->p, e->klen);
		unsigned flags;

		k.mv_data = (void *)e->p;
		k.mv_size = e->klen;
		d.mv_data = (void *)(e->p + e->klen);
		d.mv_size = e->dlen;
		/* the same key (and data, DUPSORT) put again: the last one wins */
		if (same_next && (!dup || (nx->dlen == e->dlen &&
		    same_bytes(nx->p + nx->klen, d.mv_data, e->dlen))))
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
	if (db == DB_INDEX)
		kindex_clear(&t->defer->kx);
	return 0;
}

int
defer_flush_db(struct store_txn *t, int db)
{
	int rc;

	if (t->defer == NULL || t->defer->pending == 0 || t->defer->db[db].n == 0)
		return 0;
	/* One run, still being filled, is not the sorter's: sorted here.
	 * A sync import reads the history before each change it applies, so
	 * each flush holds an entry or two, and handing each to the sorter
	 * and waiting for it took a third of the import. */
	if (t->defer->db[db].nrun == 1)
		rc = merge_list(&t->defer->db[db], dupsort_db(db));
	else if ((rc = merge_start(t->defer, db)) == 0)
		rc = merge_wait(t->defer, db);
	return rc != 0 ? rc : put_sorted(t, db);
}

/* The final flush: every list's merge queued at once, the smallest first,
 * so that while this thread puts one list (LMDB's write transaction is
 * this thread's) the sorter merges the next. */
int
defer_flush(struct store_txn *t)
{
	struct defer *d = t->defer;
	int order[DB_COUNT], n = 0, i, j, rc;

	if (d == NULL || d->pending == 0)
		return 0;
	for (i = 0; i < DB_COUNT; i++) {
		if (d->db[i].n == 0)
			continue;
		for (j = n; j > 0 && d->db[order[j - 1]].n > d->db[i].n; j--)
			order[j] = order[j - 1];
		order[j] = i;
		n++;
	}
	if (d->thread == 1)
		defer_threaded++;
	for (i = 0; i < n; i++)
		if ((rc = merge_start(d, order[i])) != 0)
			return rc;
	for (i = 0; i < n; i++)
		if ((rc = merge_wait(d, order[i])) != 0 || (rc = put_sorted(t, order[i])) != 0)
			return rc;
	return 0;
}

int
store_grow(void **p, size_t *cap, size_t need, size_t size)
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

/* Begins a run of db with room for at least need bytes, sealing the last
 * one.  Returns 0 or STORE_ENOMEM. */
static int
new_run(struct defer *d, int db, size_t need)
{
	struct dlist *l = &d->db[db];
	struct run *r;
	size_t size = 4096, i;

	for (i = 0; i < l->nrun && size < defer_run_bytes; i++)
		size *= 2;
	if (size > defer_run_bytes)
		size = defer_run_bytes;
	if (size < need)
		size = need;
	if (store_grow((void **)&l->run, &l->rcap, l->nrun + 1, sizeof *l->run) != 0 ||
	    (r = calloc(1, sizeof *r)) == NULL)
		return STORE_ENOMEM;
	if ((r->arena = malloc(size)) == NULL) {
		free(r);
		return STORE_ENOMEM;
	}
	r->acap = size;
	if (l->nrun > 0)
		seal(d, db, l->run[l->nrun - 1]);
	l->run[l->nrun++] = r;
	return 0;
}

int
defer_put(struct store_txn *t, int db, const void *key, size_t klen, const void *data,
    size_t dlen, unsigned flags)
{
	struct defer *df = t->defer;
	struct dlist *l;
	struct run *r;
	struct dent *e;
	MDB_val k = { klen, (void *)key }, d = { dlen, (void *)data };
	int rc;

	if (df == NULL || !deferred_db(db)) {
		rc = bulk_put(t, db, &k, &d, flags);
		if (rc == MDB_KEYEXIST && (flags & MDB_NODUPDATA))
			rc = 0;
		return rc ? lmdb_err(t, rc) : 0;
	}
	if (klen == 0 || klen > LMDB_KEY_MAX || dlen > 0xffff)
		return STORE_EINVAL;
	l = &df->db[db];
	if (l->nrun == 0 || l->run[l->nrun - 1]->acap - l->run[l->nrun - 1]->alen < klen + dlen) {
		if ((rc = new_run(df, db, klen + dlen)) != 0)
			return rc;
	}
	r = l->run[l->nrun - 1];
	if (store_grow((void **)&r->e, &r->cap, r->n + 1, sizeof *r->e) != 0)
		return STORE_ENOMEM;
	e = &r->e[r->n++];
	e->p = r->arena + r->alen;
	e->klen = (unsigned)klen;
	e->dlen = (unsigned)dlen;
	e->seq = df->seq++;
	memcpy(r->arena + r->alen, key, klen);
	memcpy(r->arena + r->alen + klen, data, dlen);
	r->alen += klen + dlen;
	if (db == DB_INDEX)
		kindex_note(&df->kx, key, klen, data, dlen);
	l->n++;
	df->pending++;
	if (df->thread == 0 && df->pending >= defer_thread_min)
		start_sorter(df);
	return 0;
}
