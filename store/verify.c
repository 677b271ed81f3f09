/*
 * store/verify.c — consistency check of a database (`hamyar verify`).
 *
 * In one read transaction: every record decodes; every record is in each
 * of its indexes (unique, secondary, search); every index entry names a
 * record that exists and whose field has the entry's value; a need's derived
 * county is its unit's; and each station's id counter is past the largest
 * number in use, so the next id can never collide.  The word index
 * (search.c) is checked both ways too: each word of a search field has its
 * entry with the record's word list as value, and each entry is one its
 * record should have (not left from an earlier name).  Problems are reported
 * one by one through a callback; the check itself never writes.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

#include "locale/catalog.h"
#include "store/store_int.h"

struct vctx {
	struct store_txn *t;
	void (*fn)(const struct store_problem *p, void *ctx);
	void *ctx;
	size_t n;
	struct { char st[CORE_STATION_MAX + 1]; uint64_t max; } seen[64];
	int nseen;
	int unreadable;			/* a table walk met a bad page */
	unsigned bad_index;		/* 1u << db: an index with a bad page */
	uint64_t bad;			/* 1 << db: a table its probe could not
					   walk (probe_tables): not touched */
	/* the problems named so far, to name each once (seen_before) */
	struct store_problem *said;
	size_t *slot;			/* open addressing: index + 1, 0 empty */
	size_t nsaid, nslot;
};

/* Did table db's probe (probe_tables) find a page that stops LMDB? */
#define BAD(v, db) (((v)->bad >> (db)) & 1)
_Static_assert(DB_COUNT <= 64, "a bit of vctx.bad per sub-database");

static uint64_t
problem_hash(const struct store_problem *p)
{
	const unsigned char *b = (const unsigned char *)p;
	uint64_t h = 1469598103934665603ULL;
	size_t i;

	for (i = 0; i < sizeof *p; i++)
		h = (h ^ b[i]) * 1099511628211ULL;
	return h;
}

/*
 * Has p been named already?  A record that cannot be decoded is met once
 * per walk that reads it (its kind's table, then each index naming it):
 * before, `verify` said «رکورد خوانا نیست: donor TBZ-457» seven times and
 * counted seven problems.  Remembers p when it is new.  p is compared
 * whole (problem() zeroes it first).  Without memory, every problem is
 * new (named, as before, rather than lost).
 */
static int
seen_before(struct vctx *v, const struct store_problem *p)
{
	size_t i, j;

	if (2 * (v->nsaid + 1) > v->nslot) {
		size_t n = v->nslot ? 2 * v->nslot : 64;
		size_t *slot = calloc(n, sizeof *slot);
		struct store_problem *said = realloc(v->said, (n / 2) * sizeof *said);

		if (said != NULL)
			v->said = said;
		if (slot == NULL || said == NULL) {
			free(slot);
			return 0;
		}
		for (i = 0; i < v->nsaid; i++) {
			j = (size_t)(problem_hash(&v->said[i]) & (n - 1));
			while (slot[j] != 0)
				j = (j + 1) & (n - 1);
			slot[j] = i + 1;
		}
		free(v->slot);
		v->slot = slot;
		v->nslot = n;
	}
	j = (size_t)(problem_hash(p) & (v->nslot - 1));
	for (; v->slot[j] != 0; j = (j + 1) & (v->nslot - 1))
		if (memcmp(&v->said[v->slot[j] - 1], p, sizeof *p) == 0)
			return 1;
	v->said[v->nsaid] = *p;
	v->slot[j] = ++v->nsaid;
	return 0;
}

static void
problem(struct vctx *v, enum store_problem_code code, enum core_kind k, const char *id,
    int field, const char *detail)
{
	struct store_problem p;

	memset(&p, 0, sizeof p);
	p.code = code;
	p.kind = k;
	snprintf(p.id, sizeof p.id, "%s", id ? id : "");
	p.field = field;
	snprintf(p.detail, sizeof p.detail, "%s", detail ? detail : "");
	if (seen_before(v, &p))
		return;
	v->n++;
	if (v->fn)
		v->fn(&p, v->ctx);
}

static void
hexdetail(const void *p, size_t n, char *out, size_t outn)
{
	const unsigned char *b = p;
	size_t i, o = 0;

	for (i = 0; i < n && o + 3 < outn; i++)
		o += (size_t)snprintf(out + o, outn - o, "%02x", b[i]);
	out[o] = '\0';
}

/*
 * A walk of table that ended on rc.  A page LMDB cannot make sense of (or
 * a transaction such a page failed) is a problem named by the table, and
 * the checks go on in a fresh read transaction: before, a bad page of the
 * records or of their indexes stopped verify with "cannot check the
 * database" (exit 3), the problems it had found left uncounted and the
 * administrator not told to restore the last backup.  Any other error is
 * returned as it is.
 */
static int
walk_end(struct vctx *v, int rc, const char *table)
{
	struct store *st;

	if (rc == MDB_NOTFOUND || rc == 0)
		return 0;
	if (rc != MDB_CORRUPTED && rc != MDB_PAGE_NOTFOUND && rc != MDB_BAD_TXN)
		return lmdb_err(v->t, rc);
	problem(v, STORE_PB_UNREADABLE, CORE_NKINDS, NULL, -1, table);
	v->unreadable = 1;
	/* LMDB fails every later read of a transaction that met a bad page */
	st = v->t->st;
	store_read_end(v->t);
	v->t = NULL;
	return store_read_begin(st, &v->t);
}

static void
note_seq(struct vctx *v, const char *id)
{
	char st[CORE_STATION_MAX + 1];
	uint64_t seq;
	int i;

	if (core_id_parse(id, st, &seq) != 0)
		return;
	for (i = 0; i < v->nseen; i++)
		if (strcmp(v->seen[i].st, st) == 0)
			break;
	if (i == v->nseen) {
		if (v->nseen == 64)
			return;
		strcpy(v->seen[i].st, st);
		v->seen[i].max = 0;
		v->nseen++;
	}
	if (seq > v->seen[i].max)
		v->seen[i].max = seq;
}

/* The word entries: is one there (check_records), or expected (check_index)? */
struct wcheck {
	struct store_txn *t;
	const unsigned char *key;	/* check_index: the entry looked for */
	size_t klen;
	const void *val;
	size_t vlen;
	int missing, found;
	int failed;			/* a lookup failed (not "not there") */
};

static int
word_present(const unsigned char *key, size_t klen, const unsigned char *val, size_t vlen,
    void *ctx)
{
	struct wcheck *w = ctx;
	MDB_val k = { klen, (void *)key }, d;
	int rc = mdb_get(w->t->txn, w->t->st->dbi[DB_WORDS], &k, &d);

	if (rc != 0 && rc != MDB_NOTFOUND)
		w->failed = 1;
	else if (rc != 0 || d.mv_size != vlen || memcmp(d.mv_data, val, vlen) != 0)
		w->missing++;
	return 0;
}

static int
word_expected(const unsigned char *key, size_t klen, const unsigned char *val, size_t vlen,
    void *ctx)
{
	struct wcheck *w = ctx;

	if (klen == w->klen && memcmp(key, w->key, klen) == 0 && vlen == w->vlen &&
	    memcmp(val, w->val, vlen) == 0)
		w->found = 1;
	return 0;
}

/* Is (key, rkey) in db?  1 if it is, 0 if it is not, -1 if the lookup
 * failed: a damaged page of the index on the way to it says nothing of
 * the entry, and was reported as "missing from an index" for every
 * record whose key led there (some forty donors for one bad page). */
static int
has_entry(struct store_txn *t, int db, const unsigned char *key, size_t klen,
    const void *rkey, size_t rklen)
{
	MDB_val k = { klen, (void *)key }, d = { rklen, (void *)rkey };
	MDB_cursor *c;
	int rc;

	if (db == DB_UNIQUE) {
		if ((rc = mdb_get(t->txn, t->st->dbi[db], &k, &d)) != 0)
			return rc == MDB_NOTFOUND ? 0 : -1;
		return d.mv_size == rklen && memcmp(d.mv_data, rkey, rklen) == 0;
	}
	if (mdb_cursor_open(t->txn, t->st->dbi[db], &c) != 0)
		return -1;
	rc = mdb_cursor_get(c, &k, &d, MDB_GET_BOTH);
	mdb_cursor_close(c);
	return rc == 0 ? 1 : rc == MDB_NOTFOUND ? 0 : -1;
}

/* 1 if an entry of index db (key k, value d) cannot be one the program
 * writes: its key names no kind or field, or its record key no id. */
static int
entry_garbage(int db, const MDB_val *k, const MDB_val *d)
{
	const unsigned char *kp = k->mv_data, *rk;
	const struct core_schema *s;
	char id[CORE_ID_MAX];
	size_t wl, rkl;
	int f;

	if (k->mv_size < 2 || (s = core_schema_get(kp[0])) == NULL ||
	    (f = kp[1]) >= (int)s->nfields)
		return 1;
	if (db != DB_WORDS)
		return key_to_id(s->kind, d->mv_data, d->mv_size, id) != 0;
	return !search_only(s->fields[f].flags) ||
	    words_split_key(kp, k->mv_size, &wl, &rk, &rkl) != 0 ||
	    key_to_id(s->kind, rk, rkl, id) != 0;
}

/*
 * Before the records are looked up in the indexes: which index has a page
 * LMDB cannot make sense of (v->bad_index).  A lookup that passes through
 * a garbled page may find nothing where the entry is (LMDB reads the
 * garbage as it is, and says "not found"): random bytes in one page of
 * the county index made verify call some forty donors "missing from an
 * index" (رکورد در نمایه نیامده است), as if their entries were lost,
 * while the index walk named the page.  A record not found in an index
 * known damaged is that damage, named once by the index's walk (and
 * restore is the remedy either way), not a problem of its own.  Nothing
 * is reported here; a walk that met a bad page starts a fresh read
 * transaction, as walk_end does.  An index is damaged too when its walk
 * reads entries the program cannot have written (entry_garbage): LMDB
 * follows a garbled page's nodes without a word, and the lookups miss.
 */
static int
find_bad_index(struct vctx *v, int db)
{
	MDB_cursor *c;
	MDB_val k, d;
	struct store *st;
	int rc;

	if (BAD(v, db)) {
		v->bad_index |= 1u << db;
		return 0;
	}
	if ((rc = mdb_cursor_open(v->t->txn, v->t->st->dbi[db], &c)) != 0)
		return lmdb_err(v->t, rc);
	while ((rc = mdb_cursor_get(c, &k, &d, MDB_NEXT)) == 0)
		if (entry_garbage(db, &k, &d))
			v->bad_index |= 1u << db;	/* a garbled page LMDB
							   reads as it is */
	mdb_cursor_close(c);
	if (rc == MDB_NOTFOUND)
		return 0;
	if (rc != MDB_CORRUPTED && rc != MDB_PAGE_NOTFOUND && rc != MDB_BAD_TXN)
		return lmdb_err(v->t, rc);
	v->bad_index |= 1u << db;
	st = v->t->st;
	store_read_end(v->t);
	v->t = NULL;
	return store_read_begin(st, &v->t);
}

/* The table names walk_end gives an index (store_unreadable_label). */
static const char *
index_table(int db)
{
	return db == DB_UNIQUE ? "unique" : db == DB_INDEX ? "index" : db == DB_SEARCH ?
	    "search" : "words";
}

/* A lookup in index db failed: the index is damaged, named by its table
 * (once: problem() names each problem once), not the record. */
static void
lookup_failed(struct vctx *v, int db)
{
	problem(v, STORE_PB_UNREADABLE, CORE_NKINDS, NULL, -1, index_table(db));
	v->unreadable = 1;
}

/* Is unique value key indexed to some record?  Then a record that holds
 * it too and is not named is a sync duplicate (store_apply_dup: two
 * stations registered one person while apart), left for a person to
 * settle in the conflict queue, not damage.  -1 if the lookup failed. */
static int
held_by_other(struct store_txn *t, const unsigned char *key, size_t klen)
{
	MDB_val k = { klen, (void *)key }, d;
	int rc = mdb_get(t->txn, t->st->dbi[DB_UNIQUE], &k, &d);

	return rc == 0 ? 1 : rc == MDB_NOTFOUND ? 0 : -1;
}

/* 1 if the names' index (DB_SEARCH) has the keys of a format before
 * NAMES_FORMAT: a database opened read only before the first open that
 * may write has made it again (store.c, migrate).  Its entries cannot be
 * compared with the keys made today; nor could a backup of it (store_backup
 * checks its copy so) be made. */
static int
old_names(const struct store *st)
{
	return st->format != 0 && st->format < NAMES_FORMAT;
}

static int
check_records(struct vctx *v, enum core_kind k)
{
	const struct core_schema *s = core_schema_get(k);
	MDB_cursor *c;
	MDB_val key, d;
	int rc, op = MDB_FIRST;
	char id[CORE_ID_MAX];

	if (BAD(v, DB_REC0 + k))	/* named by its probe */
		return 0;
	if ((rc = mdb_cursor_open(v->t->txn, v->t->st->dbi[DB_REC0 + k], &c)) != 0)
		return lmdb_err(v->t, rc);
	while ((rc = mdb_cursor_get(c, &key, &d, op)) == 0) {
		struct core_record *r = NULL;
		size_t i;
		char hex[96];

		op = MDB_NEXT;
		if (key_to_id(k, key.mv_data, key.mv_size, id) != 0) {
			hexdetail(key.mv_data, key.mv_size, hex, sizeof hex);
			problem(v, STORE_PB_UNDECODABLE, k, "", -1, hex);
			continue;
		}
		if (rec_decode(k, d.mv_data, d.mv_size, &r, NULL) != 0) {
			problem(v, STORE_PB_UNDECODABLE, k, id, -1, "");
			continue;
		}
		if (k != CORE_USER)
			note_seq(v, id);
		if (!r->v[0].set || strcmp(r->v[0].text, id) != 0)
			problem(v, STORE_PB_STALE, k, id, 0, r->v[0].set ? r->v[0].text : "");
		for (i = 0; i < s->nfields; i++) {
			unsigned fl = s->fields[i].flags;
			unsigned char ik[KEY_MAX];
			size_t il = 0;
			int db;

			if (s->fields[i].type == CORE_FT_MOBILE && v->t->st->format != 0 &&
			    v->t->st->format < MOBILE_FORMAT) {
				continue;	/* not indexed yet: an older database
						   read only, migrated by the next
						   open that may write (store.c) */
			} else if (fl & (CORE_FF_UNIQUE | CORE_FF_INDEX)) {
				il = (size_t)index_key(r, (int)i, ik);
				db = (fl & CORE_FF_UNIQUE) ? DB_UNIQUE : DB_INDEX;
			} else if ((fl & CORE_FF_SEARCH) && old_names(v->t->st)) {
				continue;	/* the names' index of an older
						   database, read only: its keys
						   were made otherwise */
			} else if (fl & CORE_FF_SEARCH) {
				if (r->v[i].set && r->v[i].text && *r->v[i].text &&
				    search_key(k, (int)i, r->v[i].text, ik, &il) != 0)
					il = 0;
				db = DB_SEARCH;
			} else {
				continue;
			}
			if (il) {
				int has = BAD(v, db) ? -1 :
				    has_entry(v->t, db, ik, il, key.mv_data, key.mv_size);

				if (has == 0 && db == DB_UNIQUE)
					has = held_by_other(v->t, ik, il);
				if (has < 0)
					lookup_failed(v, db);
				else if (has == 0 && !(v->bad_index & (1u << db)))
					problem(v, STORE_PB_UNINDEXED, k, id, (int)i,
					    r->v[i].text ? r->v[i].text : "");
			}
			if (search_only(fl) && !v->t->st->nowords && BAD(v, DB_WORDS)) {
				lookup_failed(v, DB_WORDS);
			} else if (search_only(fl) && !v->t->st->nowords) {
				struct wcheck w;

				memset(&w, 0, sizeof w);
				w.t = v->t;
				int we = words_entries(v->t->st, r, (int)i, key.mv_data,
				    key.mv_size, word_present, &w);

				if (w.failed)
					lookup_failed(v, DB_WORDS);
				if ((w.missing && !(v->bad_index & (1u << DB_WORDS))) ||
				    (we != 0 && !w.failed))
					problem(v, STORE_PB_UNINDEXED, k, id, (int)i,
					    r->v[i].text ? r->v[i].text : "");
			}
		}
		if (k == CORE_NEED && r->v[CORE_NEED_UNIT].set && !BAD(v, DB_REC0 + CORE_UNIT)) {
			struct core_record *u;

			if (store_get(v->t, CORE_UNIT, r->v[CORE_NEED_UNIT].text, &u, NULL) == 0) {
				if (!core_value_equal(r, u, CORE_NEED_COUNTY) &&
				    !(r->v[CORE_NEED_COUNTY].set && u->v[CORE_UNIT_COUNTY].set &&
				    strcmp(r->v[CORE_NEED_COUNTY].text, u->v[CORE_UNIT_COUNTY].text) == 0))
					problem(v, STORE_PB_DERIVED, k, id, CORE_NEED_COUNTY,
					    core_record_text(r, CORE_NEED_COUNTY));
				core_record_free(u);
			}
		}
		core_record_free(r);
	}
	mdb_cursor_close(c);
	return walk_end(v, rc, "records");
}

/* Walks one index sub-database: each entry must name a live record whose
 * field gives the same key. */
static int
check_index(struct vctx *v, int db)
{
	MDB_cursor *c;
	MDB_val key, d;
	int rc, op = MDB_FIRST;

	if (BAD(v, db))
		return 0;
	if ((rc = mdb_cursor_open(v->t->txn, v->t->st->dbi[db], &c)) != 0)
		return lmdb_err(v->t, rc);
	while ((rc = mdb_cursor_get(c, &key, &d, op)) == 0) {
		const struct core_schema *s;
		enum core_kind k;
		int f;
		char id[CORE_ID_MAX], hex[96];
		struct core_record *r = NULL;
		unsigned char ik[KEY_MAX];
		size_t il = 0;

		op = MDB_NEXT;
		hexdetail(key.mv_data, key.mv_size, hex, sizeof hex);
		if (key.mv_size < 2 || (s = core_schema_get(((unsigned char *)key.mv_data)[0])) == NULL ||
		    (f = ((unsigned char *)key.mv_data)[1]) >= (int)s->nfields) {
			if (v->bad_index & (1u << db))	/* garbage read from its
							   bad page */
				lookup_failed(v, db);
			else
				problem(v, STORE_PB_DANGLING, CORE_NKINDS, "", -1, hex);
			continue;
		}
		k = s->kind;
		if (BAD(v, DB_REC0 + k))	/* its records: not to be read */
			continue;
		if (key_to_id(k, d.mv_data, d.mv_size, id) != 0) {
			if (v->bad_index & (1u << db))
				lookup_failed(v, db);
			else
				problem(v, STORE_PB_DANGLING, k, "", f, hex);
			continue;
		}
		rc = store_get(v->t, k, id, &r, NULL);
		if (rc == STORE_ENOTFOUND) {
			problem(v, STORE_PB_DANGLING, k, id, f, hex);
			continue;
		}
		if (rc != 0) {
			problem(v, STORE_PB_UNDECODABLE, k, id, -1, "");
			continue;
		}
		if (db == DB_SEARCH) {
			if (r->v[f].set && r->v[f].text && *r->v[f].text &&
			    search_key(k, f, r->v[f].text, ik, &il) != 0)
				il = 0;
		} else {
			il = (size_t)index_key(r, f, ik);
		}
		if (il != key.mv_size || memcmp(ik, key.mv_data, il) != 0)
			problem(v, STORE_PB_STALE, k, id, f, hex);
		core_record_free(r);
	}
	mdb_cursor_close(c);
	return walk_end(v, rc, db == DB_UNIQUE ? "unique" : db == DB_INDEX ? "index" : "search");
}

/* Walks the word index: each entry must be one its record should have. */
static int
check_words(struct vctx *v)
{
	MDB_cursor *c;
	MDB_val key, d;
	int rc, op = MDB_FIRST;

	if (BAD(v, DB_WORDS))
		return 0;
	if ((rc = mdb_cursor_open(v->t->txn, v->t->st->dbi[DB_WORDS], &c)) != 0)
		return lmdb_err(v->t, rc);
	while ((rc = mdb_cursor_get(c, &key, &d, op)) == 0) {
		const struct core_schema *s;
		const unsigned char *kp = key.mv_data, *rk;
		size_t wl, rkl;
		int f;
		char id[CORE_ID_MAX], hex[96];
		struct core_record *r = NULL;
		struct wcheck w;

		op = MDB_NEXT;
		hexdetail(key.mv_data, key.mv_size, hex, sizeof hex);
		if (key.mv_size < 2 || (s = core_schema_get(kp[0])) == NULL ||
		    (f = kp[1]) >= (int)s->nfields || !search_only(s->fields[f].flags) ||
		    words_split_key(kp, key.mv_size, &wl, &rk, &rkl) != 0 ||
		    key_to_id(s->kind, rk, rkl, id) != 0) {
			if (v->bad_index & (1u << DB_WORDS))	/* garbage */
				lookup_failed(v, DB_WORDS);
			else
				problem(v, STORE_PB_DANGLING, CORE_NKINDS, "", -1, hex);
			continue;
		}
		if (BAD(v, DB_REC0 + s->kind))
			continue;
		rc = store_get(v->t, s->kind, id, &r, NULL);
		if (rc == STORE_ENOTFOUND) {
			problem(v, STORE_PB_DANGLING, s->kind, id, f, hex);
			continue;
		}
		if (rc != 0) {
			problem(v, STORE_PB_UNDECODABLE, s->kind, id, -1, "");
			continue;
		}
		memset(&w, 0, sizeof w);
		w.key = kp;
		w.klen = key.mv_size;
		w.val = d.mv_data;
		w.vlen = d.mv_size;
		if (words_entries(v->t->st, r, f, rk, rkl, word_expected, &w) != 0 || !w.found)
			problem(v, STORE_PB_STALE, s->kind, id, f, hex);
		core_record_free(r);
	}
	mdb_cursor_close(c);
	return walk_end(v, rc, "words");
}

/* Every audit log entry decodes; every entry of its id index (record id ->
 * audit key) names an entry that is there. */
static int
check_audit(struct vctx *v)
{
	MDB_cursor *c;
	MDB_val k, d, e;
	struct store_audit a;
	char hex[64], id[CORE_ID_MAX];
	int rc;

	if ((rc = mdb_cursor_open(v->t->txn, v->t->st->dbi[DB_AUDIT], &c)) != 0)
		return lmdb_err(v->t, rc);
	while (!BAD(v, DB_AUDIT) && (rc = mdb_cursor_get(c, &k, &d, MDB_NEXT)) == 0) {
		rc = audit_decode(&k, &d, &a);
		store_audit_done(&a);
		if (rc == STORE_ENOMEM)
			break;
		if (rc != 0) {
			/* the entry's number in the log, as `hamyar audit` counts */
			if (k.mv_size == 16)
				snprintf(id, sizeof id, "%llu", (unsigned long long)
				    be64_get((const unsigned char *)k.mv_data + 8));
			else
				id[0] = '\0';
			hexdetail(k.mv_data, k.mv_size, hex, sizeof hex);
			problem(v, STORE_PB_AUDIT, CORE_NKINDS, id, -1, hex);
		}
	}
	mdb_cursor_close(c);
	if (rc == STORE_ENOMEM)
		return rc;
	if (BAD(v, DB_AUDIT))
		rc = MDB_NOTFOUND;
	if (rc != MDB_NOTFOUND)
		return walk_end(v, rc, "audit");
	if (BAD(v, DB_AUDIT_ID))
		return 0;
	if ((rc = mdb_cursor_open(v->t->txn, v->t->st->dbi[DB_AUDIT_ID], &c)) != 0)
		return lmdb_err(v->t, rc);
	while ((rc = mdb_cursor_get(c, &k, &d, MDB_NEXT)) == 0) {
		int g;

		if (BAD(v, DB_AUDIT))
			break;
		g = mdb_get(v->t->txn, v->t->st->dbi[DB_AUDIT], &d, &e);
		/* a value no audit key can be (empty, or longer than LMDB
		 * takes a key): garbage LMDB read from a garbled page of the
		 * index as it is, the index named (before, "cannot check the
		 * database", exit 3) */
		if (g == MDB_BAD_VALSIZE || g == EINVAL) {
			problem(v, STORE_PB_UNREADABLE, CORE_NKINDS, NULL, -1, "audit_id");
			v->unreadable = 1;
			continue;
		}
		if (g == MDB_NOTFOUND) {
			snprintf(id, sizeof id, "%.*s", (int)(k.mv_size < sizeof id ? k.mv_size :
			    sizeof id - 1), (const char *)k.mv_data);
			hexdetail(d.mv_data, d.mv_size, hex, sizeof hex);
			problem(v, STORE_PB_AUDIT_DANGLING, CORE_NKINDS, id, -1, hex);
		} else if (g != 0) {
			rc = g;
			break;
		}
	}
	mdb_cursor_close(c);
	return walk_end(v, rc, "audit_id");
}

/*
 * Reads every entry of a sub-database the checks above do not walk (the
 * change log bundles are made from, the records' histories, the settings
 * with the sync keys, the drafts, the counters, the audit log's id index),
 * so that a damaged page there is found: before, verify called such a
 * database sound while backup, which copies every page, refused it as
 * damaged and sent the administrator to verify.  A page LMDB cannot make
 * sense of is a problem named by its table; the walk goes on with the
 * next table.
 */
/* The tables verify reads through besides the records and their indexes,
 * with the names a problem gives them and what each holds in words for the
 * administrator (store_unreadable_label; msgids, translated by the caller). */
static const struct {
	int db;
	const char *table;
	const char *label;
} readable[] = {
	{ DB_CHANGES, "changes", N_("the change log that sync bundles are made from") },
	{ DB_HISTORY, "history", N_("the records' version history (sync)") },
	{ DB_SETTINGS, "settings", N_("the settings (station name, sync keys, ranking weights)") },
	{ DB_DRAFTS, "drafts", N_("the drafts of forms not saved") },
	{ DB_META, "meta", N_("the counters (record numbers, change log)") },
	{ DB_AUDIT_ID, "audit_id", N_("the audit log's index by record") },
};

/* The tables the checks above walk, named so when a page of one cannot be
 * read (walk_end) */
static const struct {
	const char *table;
	const char *label;
} walked[] = {
	{ "records", N_("the records themselves (donors, units, needs, pledges ...)") },
	{ "unique", N_("the index of values that must be unique (national ids ...)") },
	{ "index", N_("the records' indexes (by county, unit, donor ...)") },
	{ "search", N_("the index of names that search uses") },
	{ "words", N_("the index of words that search uses") },
	{ "audit", N_("the audit log") },
};

/* The name of a page only backup's copy reaches (store_verify's last check). */
#define PAGES_TABLE "pages"

/* The name of LMDB's own table of free pages (its dbi 0, FREE_DBI), which
 * every write and backup's copy read: part of the database's structure. */
#define FREE_TABLE "free"
#define FREE_DB 0

const char *
store_unreadable_label(const char *table)
{
	size_t i;

	for (i = 0; i < sizeof readable / sizeof readable[0]; i++)
		if (strcmp(table, readable[i].table) == 0)
			return readable[i].label;
	for (i = 0; i < sizeof walked / sizeof walked[0]; i++)
		if (strcmp(table, walked[i].table) == 0)
			return walked[i].label;
	if (strcmp(table, PAGES_TABLE) == 0)
		return N_("a page that the checks of the tables did not reach (a backup would refuse it)");
	if (strcmp(table, FREE_TABLE) == 0)
		return N_("the database's own structure (LMDB's list of free pages)");
	return NULL;
}

/* The table name a problem gives sub-database db (store_unreadable_label). */
static const char *
table_of(int db)
{
	size_t i;

	if (db >= DB_REC0)
		return "records";
	if (db == DB_UNIQUE || db == DB_INDEX || db == DB_SEARCH || db == DB_WORDS)
		return index_table(db);
	if (db == DB_AUDIT)
		return "audit";
	for (i = 0; i < sizeof readable / sizeof readable[0]; i++)
		if (readable[i].db == db)
			return readable[i].table;
	return NULL;
}

/*
 * Runs fn(arg) in a child process, which exits with what it returns: 0 if
 * it went through, 1 if LMDB stopped on a page it could not make sense of
 * or the child died of one, -1 if that is not known (no child, or
 * another error).  probe: the table dbi walked whole (every entry, and a
 * byte of each key and value, overflow pages too) in t's snapshot.
 *
 * LMDB checks little of a page it reads (lmdb.h: the file is trusted).  A
 * page header is, from its start, the page number (a size_t), two bytes of
 * padding, the flags (P_BRANCH 0x01, P_LEAF 0x02, P_OVERFLOW 0x04, P_META
 * 0x08, P_LEAF2 0x20, P_SUBP 0x40) and the bounds mp_lower and mp_upper of
 * the free space, the node offsets between the header and mp_lower
 * (mdb.c, struct MDB_page).  Overwritten with 0xff bytes the bounds send
 * LMDB past the end of the file (SIGBUS); other bytes trip its assertion in
 * mdb_cursor_first (a leaf expected, abort()) or a read of unmapped
 * memory (SIGSEGV), whichever the page's layout leads to.  Neither can be
 * recovered from inside the process: the walk is done where it may die.
 */
static int
probe_fn(int (*fn)(void *), void *arg)
{
	pid_t pid;
	int status;

	fflush(stdout);
	fflush(stderr);
	if ((pid = fork()) < 0)
		return -1;
	if (pid == 0) {
		int fd;

		/* died of, not reported by the verb's handler (cli_catch_damage),
		 * and LMDB's assertion text not shown */
		signal(SIGBUS, SIG_DFL);
		signal(SIGSEGV, SIG_DFL);
		signal(SIGABRT, SIG_DFL);
		if ((fd = open("/dev/null", O_WRONLY | O_CLOEXEC)) >= 0)
			dup2(fd, STDERR_FILENO);
		_exit(fn(arg));
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	if (WIFSIGNALED(status))
		return 1;
	return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 :
	    WIFEXITED(status) && WEXITSTATUS(status) == 1 ? 1 : -1;
}

/* What a child's walk or copy ended on, as its exit status: 0 sound, 1 a
 * page LMDB could not make sense of, 2 anything else. */
static int
probe_status(int rc)
{
	return rc == 0 || rc == MDB_NOTFOUND ? 0 : rc == MDB_CORRUPTED ||
	    rc == MDB_PAGE_NOTFOUND || rc == MDB_BAD_TXN ? 1 : 2;
}

struct probe_walk {
	struct store_txn *t;
	MDB_dbi dbi;
	size_t psize;			/* LMDB's page size (0: not known) */
};

/* The page flags' kinds (mdb.c): P_BRANCH, P_LEAF, P_OVERFLOW, P_META. */
#define PG_KIND 0x0f
#define PG_LEAF 0x02
#define PG_OVERFLOW 0x04
#define PG_LEAF2 0x20

/*
 * The header of the page p points into, read as mdb.c's struct MDB_page
 * lays it out: the page number (a size_t), two bytes of padding, the
 * flags, and the bounds of the free space mp_lower and mp_upper (16-bit
 * each), the header being 8 bytes more than a size_t (PAGEHDRSZ); a leaf's
 * nodes lie between mp_upper and the page's end.  The map starts on a
 * page of the system's, which is LMDB's page size (mdb_env_open): a page
 * starts where an address rounded down to it does.  Returns the kind of
 * a sound page (PG_LEAF, PG_OVERFLOW ...), or -1 when the page's bounds
 * cannot be a page's, or p is not after them: a page LMDB reads without
 * checking, when a walk reaches a leaf from its neighbour, and follows
 * into garbage it returns as entries.  (A page outside the file is not
 * mapped: reading it kills the child, which is damage too.)
 */
static int
page_kind(const struct probe_walk *w, const void *p)
{
	const unsigned char *b = p, *pg;
	uint16_t flags, lower, upper;
	size_t hdr = sizeof(size_t) + 8;

	pg = b - ((uintptr_t)b % w->psize);
	memcpy(&flags, pg + sizeof(size_t) + 2, 2);
	memcpy(&lower, pg + sizeof(size_t) + 4, 2);
	memcpy(&upper, pg + sizeof(size_t) + 6, 2);
	if ((flags & PG_KIND) == PG_OVERFLOW)
		return PG_OVERFLOW;
	if ((flags & PG_KIND) != PG_LEAF)
		return -1;
	if (lower < hdr || lower > upper || upper > w->psize)
		return -1;
	/* P_LEAF2 (0x20, a sub-database of MDB_DUPFIXED values: the audit
	 * log's index) keeps its values packed right after the header;
	 * another leaf its nodes after mp_upper */
	if ((size_t)(b - pg) < ((flags & PG_LEAF2) ? hdr : upper))
		return -1;
	return PG_LEAF;
}

/* probe's walk, in the child: every entry, its key's page header checked
 * (a leaf) and its value's (a leaf, or the first of its overflow pages) */
static int
probe_walk(void *arg)
{
	const struct probe_walk *w = arg;
	MDB_cursor *c;
	MDB_val k, d;
	MDB_stat ms;
	volatile unsigned char sum = 0;
	size_t n = 0;
	int rc;

	if (mdb_cursor_open(w->t->txn, w->dbi, &c) != 0)
		return 2;
	while ((rc = mdb_cursor_get(c, &k, &d, MDB_NEXT)) == 0) {
		n++;
		if (w->psize != 0 && (page_kind(w, k.mv_data) != PG_LEAF ||
		    page_kind(w, d.mv_data) < 0))
			return 1;
		if (k.mv_size > 0)
			sum ^= ((const unsigned char *)k.mv_data)[k.mv_size - 1];
		if (d.mv_size > 0)
			sum ^= ((const unsigned char *)d.mv_data)[0] ^
			    ((const unsigned char *)d.mv_data)[d.mv_size - 1];
	}
	/* as many entries as LMDB counts in the table (its record in the
	 * database's own table, each duplicate one): a leaf whose bounds
	 * were damaged to fewer nodes reads as fewer entries, in silence */
	if (rc == MDB_NOTFOUND && mdb_stat(w->t->txn, w->dbi, &ms) == 0 && ms.ms_entries != n)
		return 1;
	return probe_status(rc);
}

static int
probe(struct store_txn *t, MDB_dbi dbi)
{
	struct probe_walk w;
	MDB_stat ms;

	memset(&w, 0, sizeof w);
	w.t = t;
	w.dbi = dbi;
	/* the page size, if the map's pages are the system's (else the
	 * headers are not looked at) */
	if (mdb_env_stat(t->st->env, &ms) == 0 && ms.ms_psize > 0 &&
	    (long)ms.ms_psize == sysconf(_SC_PAGESIZE))
		w.psize = ms.ms_psize;
	return probe_fn(probe_walk, &w);
}

/* store_verify's last check, in the child: every page as backup reads
 * them, LMDB's compact copy, into nothing.  Its read transaction takes a
 * reader slot under the parent's pid (the environment's); ended, the slot
 * pins no page.  A child killed by a damaged page leaves its slot holding
 * that snapshot until verify's process has ended and the next open clears
 * the slots of processes gone (store_open, mdb_reader_check): the
 * database is damaged then, and is to be restored. */
static int
probe_copy(void *arg)
{
	struct store *st = arg;
	int fd = open("/dev/null", O_WRONLY | O_CLOEXEC);

	return fd < 0 ? 2 : probe_status(mdb_env_copyfd2(st->env, fd, MDB_CP_COMPACT));
}

/*
 * Before any check: each table, and LMDB's own table of free pages, walked
 * by a probe.  One that stops it is named by its table, once, and no check
 * after reads it (v->bad): before, a page so damaged stopped verify
 * itself, "verify stopped: a page of the database is damaged" (exit 3),
 * or "cannot check the database", the table not named and what it had
 * found so far uncounted.
 */
static void
probe_tables(struct vctx *v)
{
	int db;

	if (probe(v->t, FREE_DB) == 1) {
		problem(v, STORE_PB_UNREADABLE, CORE_NKINDS, NULL, -1, FREE_TABLE);
		v->unreadable = 1;
	}
	for (db = 0; db < DB_COUNT; db++) {
		if (table_of(db) == NULL || probe(v->t, v->t->st->dbi[db]) != 1)
			continue;
		v->bad |= (uint64_t)1 << db;
		problem(v, STORE_PB_UNREADABLE, CORE_NKINDS, NULL, -1, table_of(db));
		v->unreadable = 1;
	}
}

static int
check_readable(struct vctx *v, int db, const char *table)
{
	MDB_cursor *c;
	MDB_val k, d;
	unsigned char sum = 0;
	int rc;

	if (BAD(v, db))
		return 0;
	if ((rc = mdb_cursor_open(v->t->txn, v->t->st->dbi[db], &c)) != 0)
		return lmdb_err(v->t, rc);
	while ((rc = mdb_cursor_get(c, &k, &d, MDB_NEXT)) == 0)
		if (d.mv_size > 0)	/* a value on overflow pages is read too */
			sum ^= ((const unsigned char *)d.mv_data)[d.mv_size - 1];
	mdb_cursor_close(c);
	(void)sum;
	return walk_end(v, rc, table);
}

int
store_verify(struct store *st, void (*fn)(const struct store_problem *p, void *ctx),
    void *ctx, size_t *nproblems)
{
	struct vctx v;
	int rc, i;

	memset(&v, 0, sizeof v);
	v.fn = fn;
	v.ctx = ctx;
	*nproblems = 0;
	if ((rc = store_read_begin(st, &v.t)) != 0)
		return rc;
	probe_tables(&v);
	rc = find_bad_index(&v, DB_UNIQUE);
	if (rc == 0)
		rc = find_bad_index(&v, DB_INDEX);
	if (rc == 0 && !old_names(st))
		rc = find_bad_index(&v, DB_SEARCH);
	if (rc == 0 && !st->nowords)
		rc = find_bad_index(&v, DB_WORDS);
	for (i = 0; i < CORE_NKINDS && rc == 0; i++)
		rc = check_records(&v, (enum core_kind)i);
	if (rc == 0)
		rc = check_index(&v, DB_UNIQUE);
	if (rc == 0)
		rc = check_index(&v, DB_INDEX);
	if (rc == 0 && !old_names(st))
		rc = check_index(&v, DB_SEARCH);
	if (rc == 0 && !st->nowords)
		rc = check_words(&v);
	if (rc == 0)
		rc = check_audit(&v);
	for (i = 0; rc == 0 && i < (int)(sizeof readable / sizeof readable[0]); i++)
		rc = check_readable(&v, readable[i].db, readable[i].table);
	for (i = 0; rc == 0 && i < v.nseen; i++) {
		char name[32];
		MDB_val k, d;
		uint64_t next = 0;

		snprintf(name, sizeof name, "seq:%s", v.seen[i].st);
		k.mv_size = strlen(name);
		k.mv_data = name;
		if (!BAD(&v, DB_META) &&
		    mdb_get(v.t->txn, st->dbi[DB_META], &k, &d) == 0 && d.mv_size == 8)
			next = be64_get(d.mv_data);
		if (next <= v.seen[i].max) {
			char det[64];

			snprintf(det, sizeof det, "%llu <= %llu", (unsigned long long)next,
			    (unsigned long long)v.seen[i].max);
			problem(&v, STORE_PB_COUNTER, CORE_NKINDS, v.seen[i].st, -1, det);
		}
	}
	if (v.t != NULL)
		store_read_end(v.t);
	/* Last, every page as backup reads them: LMDB's compact copy, into
	 * nothing.  A page none of the walks above reached as it is (a leaf
	 * reached from its neighbour, whose header LMDB does not check
	 * there) stops the copy: backup refused such a database while
	 * verify called it sound. */
	if (rc == 0 && !v.unreadable) {	/* (a bad page named once) */
		/* (in a child: a page that sends LMDB out of the file kills
		 * the process that reads it, verify before) */
		if (probe_fn(probe_copy, st) == 1)
			problem(&v, STORE_PB_UNREADABLE, CORE_NKINDS, NULL, -1, PAGES_TABLE);
	}
	free(v.said);
	free(v.slot);
	*nproblems = v.n;
	return rc;
}
