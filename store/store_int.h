/*
 * store/store_int.h — private to store/: the structs behind the opaque
 * handles of store.h, and the encoding helpers of codec.c.
 */
#ifndef STORE_STORE_INT_H
#define STORE_STORE_INT_H

#include <lmdb.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "store/idsum.h"
#include "store/store.h"

#define REC_FORMAT 1		/* record value format written (codec.c) */
#define DB_FORMAT  9		/* database layout version (meta "format"):
				   2 added the word index "words" (search.c),
				   3 and 4 changed its entries, 5 indexed a
				   donor's mobile, 6 ordered the names'
				   index by the stored text (آ before ا),
				   7 indexed the parts of a ZWNJ word,
				   8 keeps in a version's history entry its
				   number in the change log (entries written
				   before stay without it: nothing to migrate),
				   9 indexes every word of a long name (not
				   its first 32 words and parts alone);
				   older: migrated on open (store.c, migrate) */
#define WORDS_FORMAT 4		/* the first format whose word index search reads */
#define MOBILE_FORMAT 5		/* the first format with mobiles in DB_INDEX */
#define NAMES_FORMAT 6		/* the first format with today's DB_SEARCH keys */
#define PARTS_FORMAT 7		/* the first format with the parts after a ZWNJ
				   in the word index (search.c) */
#define LONG_FORMAT 9		/* the first format with today's word index:
				   every word and part of a name a form takes
				   (search.c, WORDS_MAX) */
#define KEY_MAX	   400		/* longest index key kept (LMDB allows 511) */
#define RKEY_MAX   (CORE_ID_MAX + 16)

/* The named sub-databases. */
enum {
	DB_META,	/* "format", "hlc", "changeseq", "auditseq", "seq:STATION" */
	DB_SETTINGS,	/* name -> blob */
	DB_DRAFTS,	/* user \0 form -> blob */
	DB_CHANGES,	/* seq (8 BE) -> kind, record key, record value */
	DB_AUDIT,	/* time (8 BE) seq (8 BE) -> entry */
	DB_AUDIT_ID,	/* id text -> audit key (dupsort) */
	DB_UNIQUE,	/* kind field value -> record key */
	DB_INDEX,	/* kind field value -> record keys (dupsort) */
	DB_SEARCH,	/* kind field collation key -> record keys (dupsort) */
	DB_HISTORY,	/* kind record-key hlc (8 BE) origin -> base hlc, base origin
			   [, 0, change-log seq (8 BE): format 8 on] */
	DB_WORDS,	/* kind field word 0 name-key 0 record-key -> words (search.c) */
	DB_REC0,	/* + kind: record key -> record value */
	DB_COUNT = DB_REC0 + CORE_NKINDS
};

struct store {
	MDB_env *env;
	MDB_dbi dbi[DB_COUNT];
	unsigned flags;
	int txn_open;
	size_t limit;		/* hard limit of the map */
	char station[CORE_STATION_MAX + 1];
	char user[64];
	char *path;		/* the directory (or backup file) opened */
	int isfile;
	MDB_txn *spare;		/* a reset read transaction, renewed by the next read */
	struct store_txn *spare_t;
	/* access policy hook (store/users.h): checked before each write */
	int (*policy)(void *ctx, struct store_txn *t, enum store_action act,
	    const struct core_record *old, const struct core_record *new_rec, const char *setting);
	void *policy_ctx;
	void (*policy_free)(void *ctx);
	uint64_t format;	/* meta "format" read at open (0: not initialised) */
	int nowords;		/* no usable word index (an older database opened
				   read-only): search by the start of the name */
	int noparts;		/* a word index without the parts after a ZWNJ
				   (formats 4-6 opened read-only): read, and
				   verified, as it is */
	int shortwords;		/* a word index of at most 32 entries a name
				   (formats 4-8 opened read-only): read, and
				   verified, as it is */
};

/* A meta counter of a write transaction, kept by store.c (meta_get/put)
 * and written to DB_META once, before the commit. */
struct meta_slot {
	char name[32];
	uint64_t v;
	int dirty;
};
#define META_SLOTS 8

struct buf {
	unsigned char *p;
	size_t len, cap;
	int err;
};

struct store_txn {
	struct store *st;
	MDB_txn *txn;
	int write;
	int own_settings;	/* STORE_OWN_SETTINGS: write is 0, yet the
				   user's own settings may be set */
	int mapfull;		/* an operation hit MDB_MAP_FULL */
	int lmdb_rc;		/* the last LMDB failure */
	int short_sum;		/* a sum read in it left out a record its
				   index names that is not there
				   (store_sum_short) */
	int audit_id_seen;	/* the audit log's id index counted in it:
				   0 not yet, 1 whole, 2 short
				   (audit_index_short) */
	struct store_why why;
	struct meta_slot meta[META_SLOTS];	/* write: counters read or set */
	int nmeta;
	struct defer *defer;	/* bulk write: secondary entries kept (defer.c) */
	MDB_cursor *bcur[DB_COUNT];	/* bulk write: a cursor kept per
				   sub-database for the puts of every record
				   (bulk_put), NULL until used */
	struct buf kept[2];	/* bulk write: write_rec's record and
				   audit_append's entry encoded here, the room
				   kept from one record to the next */
	struct wcache *words;	/* bulk write: the words of the text words_field
				   saw last (search.c), for store_name_twin_if */
	unsigned words_gen;	/* bumped at each write of the word index in
				   LMDB (put_sorted, put_entries' deletions,
				   words_rebuild): what search.c's set of its
				   words was made from */
	int allow_dup;		/* store_apply_dup: a unique value held by another
				   record is left to it, not refused */
	struct store_idsum paid;	/* write: pledges' paid sums worked out
				   (store_pledge_paid), kept by write_rec */
	int remote;		/* store_sync_resolve: writing another station's
				   version; the local rules of a write (a need's
				   status workflow, a pledge's status from its
				   payments) are not applied to it again */
	struct claims *claims;	/* store_txn_defer_unique: the unique values
				   claimed from another record (claim.c) */
	size_t claim_tag;	/* store_unique_tag: noted with each claim */
	const struct store_audit_field *sync_note;	/* store/sync.c: lines put
				   before the fields of the audit entry of the
				   next store_apply (two records under one
				   number, store_sync_apply); NULL: none */
	size_t nsync_note;
};

enum iter_type { IT_KIND, IT_INDEX, IT_SEARCH, IT_AUDIT, IT_WORDS, IT_NUMBER };

struct store_iter {
	struct store_txn *t;
	MDB_cursor *cur;
	enum iter_type type;
	enum core_kind kind;
	int started, done;
	int atend;		/* store_iter_last: positioned after the last entry */
	int onlast;		/* the cursor sits on the entry `last` (after a prev) */
	unsigned char prefix[KEY_MAX];	/* INDEX: the exact key; SEARCH: the prefix */
	size_t plen;
	unsigned char last[STORE_POS_MAX];	/* position of the last row returned */
	size_t lastlen;
	/* audit */
	char id[CORE_ID_MAX];
	int by_id;
	int broken;		/* the log itself could not be read
				   (store_audit_broken) */
	int whole;		/* IT_KIND: walked forwards from the first
				   record, in a read transaction */
	size_t walked;		/* ... the records it returned so far */
	int keyself;		/* IT_INDEX of store_iter_one: the id is the
				   entry's key (a record), not its data */
	int64_t since;
	/* IT_AUDIT, no id: the numbers of the first and last entries the
	 * walk read, and whether each was the one before's next
	 * (store_audit_lost) */
	uint64_t seq_first, seq_last;
	int seq_gap;
	/* words (search.c) */
	struct wquery *words;
	/* IT_NUMBER (a bare number searched, store_iter_search): the keys of
	 * the records with that id number, one per station, in key order,
	 * then the search of the same text by name, `then`.  A position is
	 * 'N' and a record key, or 'S' and the position of `then`. */
	struct numkey {
		unsigned char k[RKEY_MAX];
		size_t len;
	} *num;
	size_t nnum;
	struct store_iter *then;
};

/* ---- codec.c ---- */

struct rd {
	const unsigned char *p;
	size_t len, off;
};

int buf_grow(struct buf *b, size_t need);

/* Makes the array *p (*cap elements of size bytes) hold at least need,
 * doubling from 64.  Returns 0, or -1 (out of memory; *p as it was). */
int store_grow(void **p, size_t *cap, size_t need, size_t size);
void buf_put(struct buf *b, const void *p, size_t n);
void buf_sv(struct buf *b, int64_t v);

/* The writers of the many short pieces of a record, a change-log or an
 * audit entry, inline (an import's writer called them about 45 times a
 * row): buf_grow only when the room is short (or after an error). */
static inline void
buf_bytes(struct buf *b, const void *p, size_t n)
{
	if (n == 0 || ((b->err || b->len + n > b->cap) && buf_grow(b, n) != 0))
		return;
	memcpy(b->p + b->len, p, n);
	b->len += n;
}

static inline void
buf_u8(struct buf *b, unsigned v)
{
	unsigned char c = (unsigned char)v;

	buf_bytes(b, &c, 1);
}

/* v as an unsigned LEB128 varint. */
static inline void
buf_uv(struct buf *b, uint64_t v)
{
	unsigned char tmp[10];
	size_t n = 0;

	do {
		tmp[n] = v & 0x7f;
		v >>= 7;
		if (v)
			tmp[n] |= 0x80;
		n++;
	} while (v);
	buf_bytes(b, tmp, n);
}

/* n, then the n bytes of s. */
static inline void
buf_str(struct buf *b, const char *s, size_t n)
{
	buf_uv(b, n);
	buf_bytes(b, s, n);
}
void buf_be64(struct buf *b, uint64_t v);
void buf_free(struct buf *b);
void be64_put(unsigned char *p, uint64_t v);
uint64_t be64_get(const unsigned char *p);
int rd_u8(struct rd *r, unsigned *v);
int rd_uv(struct rd *r, uint64_t *v);
int rd_sv(struct rd *r, int64_t *v);
int rd_str(struct rd *r, const char **s, size_t *n);
int rd_be64(struct rd *r, uint64_t *v);

/* Record key of id (RKEY_MAX bytes): see codec.c.  STORE_EINVAL if id is
 * malformed for kind k. */
int id_to_key(enum core_kind k, const char *id, unsigned char *key, size_t *len);
int key_to_id(enum core_kind k, const unsigned char *key, size_t len, char *id);

int rec_encode(const struct core_record *r, const struct store_meta *m, struct buf *b);
int rec_decode_meta(const void *p, size_t len, struct store_meta *m, size_t *off);
int rec_decode(enum core_kind k, const void *p, size_t len, struct core_record **out,
    struct store_meta *meta);

/* ---- store.c, shared with verify.c ---- */

int lmdb_err(struct store_txn *t, int rc);

/* One audit log entry (DB_AUDIT key k, value d) into a (store_audit_done
 * frees it).  Returns 0, STORE_ECORRUPT or STORE_ENOMEM; verify.c reads
 * the whole log with it. */
int audit_decode(const MDB_val *k, const MDB_val *d, struct store_audit *a);
/* Index keys of field f of r: unique/index value key or search key.
 * Returns the length (0 if the field is unset or has no key), or a negative
 * code. */
int index_key(const struct core_record *r, int f, unsigned char *key);
int search_key(enum core_kind k, int f, const char *text, unsigned char *key, size_t *len);

/* ---- claim.c: unique values claimed in a deferred check ---- */

struct claim {
	unsigned char *key;	/* the value's index key, then the record key */
	size_t klen, rklen;
	uint64_t hash;		/* of the value's key */
	enum core_kind kind;
	int field;
	size_t tag;		/* t->claim_tag when it was made */
	int live;		/* 0: taken over, dropped or settled */
};

struct claims {
	struct claim *v;	/* in the order they were made */
	size_t n, cap, live;
	size_t refused;		/* settled as duplicates (store_unique_settle) */
	size_t *slot;		/* open addressing: claim number + 1, 0 empty */
	size_t scap;
};

/* Notes that the record of key rkey holds unique value key (of field
 * field), which another record is indexed under (t->claims must be set).
 * Returns 0, STORE_EINVAL or STORE_ENOMEM. */
int claim_add(struct store_txn *t, enum core_kind k, int field, const unsigned char *key,
    size_t klen, const unsigned char *rkey, size_t rklen);
/* The earliest live claim of value key, or NULL (also for c NULL). */
struct claim *claim_first(struct claims *c, const unsigned char *key, size_t klen);
/* Whether record rkey has a live claim of value key. */
int claim_has(struct claims *c, const unsigned char *key, size_t klen, const unsigned char *rkey,
    size_t rklen);
/* Closes every live claim of value key by record rkey. */
void claim_drop(struct claims *c, const unsigned char *key, size_t klen, const unsigned char *rkey,
    size_t rklen);
void claims_free(struct store_txn *t);

/* mdb_put into sub-database db, through a cursor kept for the write if
 * it is bulk (store.c); returns LMDB's code. */
int bulk_put(struct store_txn *t, int db, MDB_val *k, MDB_val *d, unsigned flags);

/* ---- defer.c: the secondary entries of a bulk write ---- */

/* Puts (key, data) into sub-database db: at once, or kept until
 * defer_flush if t is bulk and db one of the deferred (DB_INDEX, DB_SEARCH,
 * DB_WORDS, DB_AUDIT_ID, DB_HISTORY).  MDB_KEYEXIST under MDB_NODUPDATA
 * is success.  Returns 0 or a STORE_ code (lmdb_err). */
int defer_put(struct store_txn *t, int db, const void *key, size_t klen, const void *data,
    size_t dlen, unsigned flags);
/* Puts every kept entry (of db), in key order.  Before any read of a
 * deferred sub-database in a write transaction, and before the commit. */
int defer_flush(struct store_txn *t);
int defer_flush_db(struct store_txn *t, int db);
void defer_free(struct store_txn *t);
/* The two smallest data (record keys) of DB_INDEX's entries under key
 * kept since its last flush, the smallest first, into d and dlen: returns
 * how many (0, 1 or 2), or -1 if they could not be kept (then
 * defer_flush_db and read LMDB). */
int defer_index_min(struct store_txn *t, const void *key, size_t klen,
    unsigned char d[2][RKEY_MAX], size_t dlen[2]);
/* Once a bulk write holds defer_thread_min entries, a second thread sorts
 * them in runs of at most defer_run_bytes (bytes of keys and data) as they
 * come and merges them at the flush; tests lower both.  defer_threaded
 * counts the flushes that had that thread. */
extern size_t defer_thread_min;
extern size_t defer_run_bytes;
extern unsigned long defer_threaded;

/* ---- search.c: the word index ---- */

/* A field with search entries (not also a unique or secondary index). */
#define search_only(fl) (((fl) & CORE_FF_SEARCH) && !((fl) & (CORE_FF_UNIQUE | CORE_FF_INDEX)))

/* Replaces the word entries of search field f of old (NULL: none) by r's,
 * for record key rkey; nothing if the words are the same or st->nowords. */
int words_field(struct store_txn *t, const struct core_record *old, const struct core_record *r,
    int f, const unsigned char *rkey, size_t rklen);
/* Frees t->words (store_write, as the transaction ends). */
void words_cache_free(struct store_txn *t);
/* Empties the word index and fills it from every record (write txn). */
int words_rebuild(struct store_txn *t);

/* Calls fn with every record (decoded) of the kinds in the bit mask kinds
 * (1 << kind), and its key; a record that does not decode is skipped
 * (verify reports it).  Stops at fn's first non-zero answer and returns
 * it; else 0 or a store code. */
int rec_each(struct store_txn *t, unsigned kinds,
    int (*fn)(struct store_txn *t, const struct core_record *r, const unsigned char *rkey,
    size_t rklen, void *ctx), void *ctx);
/* Calls fn with each (key, value) entry that field f of r should have in
 * st's word index; stops at fn's nonzero return and returns it. */
int words_entries(const struct store *st, const struct core_record *r, int f,
    const unsigned char *rkey, size_t rklen,
    int (*fn)(const unsigned char *key, size_t klen, const unsigned char *val, size_t vlen,
    void *ctx), void *ctx);
/* Splits an entry key: word key length, record key. */
int words_split_key(const unsigned char *key, size_t klen, size_t *wlen,
    const unsigned char **rkey, size_t *rklen);
/* Parses query into it->words (field f) and picks the scan word; returns
 * the number of query words (0: no word, it->words still set) or
 * STORE_ENOMEM. */
int words_query(struct store_iter *it, int f, const char *query);
void words_query_free(struct store_iter *it);
/* The next id of an IT_WORDS iterator: 0, STORE_ENOTFOUND, or an error. */
int words_next(struct store_iter *it, char *id);
/* The id before the iterator's position (or the last, it->atend), as
 * store_iter_prev: 0, STORE_ENOTFOUND, or an error; sets it->last. */
int words_prev(struct store_iter *it, char *id);

#endif
