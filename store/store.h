/*
 * store/store.h — the record store (SPEC §9, §10, §11): one LMDB environment
 * per database directory, holding every record kind, their indexes, the
 * change log for sync, the audit log, drafts and settings.
 *
 * The whole API is in this header; the structs behind struct store,
 * struct store_txn and struct store_iter are private to store/.  Nothing
 * returned by a store_ function points into the LMDB map: records, texts and
 * blobs are copied out, and the caller frees them as each function says.
 *
 * Model:
 *   - A database directory holds data.mdb and lock.mdb (created mode 0660,
 *     the directory 0770, so a station's group can share it).  Several
 *     processes (several SSH sessions) may use it at once; LMDB serialises
 *     writers and readers never block.
 *   - All access goes through a transaction.  A read transaction sees one
 *     snapshot; keep it short (a screenful, a verb), since a long reader
 *     keeps old pages alive.  A write is a function run by store_write(): it
 *     runs inside one write transaction that commits as a whole or not at
 *     all (one form save = one store_write).  If the map fills up, store_write
 *     aborts, grows the map and runs the function AGAIN from the start, so the
 *     function must have no effects outside the transaction other than ones
 *     it can repeat (it may record assigned ids in its context: the last run
 *     is the one that counts).
 *   - Records are struct core_record (core/record.h) of one kind; each kind
 *     has its own sub-database keyed by id in id order (station code, then
 *     number: TBZ-9 before TBZ-10).  Users are keyed by login.
 *   - Each record carries a struct store_meta: its revision (1 on creation,
 *     +1 per write), its version (hybrid logical clock stamp and origin
 *     station, core/hlc.h) and the version it was edited from (base).
 *   - Every write appends to the change log (local sequence numbers, for
 *     sync) and to the audit log (user, time, record, old -> new per field).
 *   - Unique indexes (national id, legal id) and secondary indexes (fields
 *     flagged CORE_FF_INDEX: county, status, category, parent references) and
 *     the search index (fields flagged CORE_FF_SEARCH: name, title) are kept
 *     in the same transaction as the record.  The search key is the
 *     collation key (locale/collate.h) of the folded search text
 *     (loc_text_key), so names list in Persian alphabetical order; and
 *     each WORD of a search field has its entry in a word index
 *     (store/search.c), so what a clerk types finds a name by any of its
 *     words (the family name too), matching on letters
 *     (loc_collate_prefix): ZWNJ and the Arabic variants of ی and ک do not
 *     hide a name.  An older database (format 1: no word index; 2: an
 *     earlier layout) gets it built once, in one write transaction, by
 *     the first store_open that may write; opened read only it is
 *     searched by the start of the name.
 *   - A struct store belongs to one thread of one process: open it again
 *     after fork(), and in each thread that needs one.
 *
 * Errors: every function returns 0 or a negative STORE_E* code;
 * store_strerror() names it in English (for logs: the UI shows its own
 * Persian message).  After a failure inside store_write's function, the
 * function should return the code; store_write then aborts the whole
 * transaction and returns it.  Details of STORE_EDUP, STORE_ECONFLICT and
 * STORE_EREF are in store_txn_why().
 */
#ifndef STORE_STORE_H
#define STORE_STORE_H

#include <stddef.h>
#include <stdint.h>

#include "core/hlc.h"
#include "core/record.h"

/* ---- errors -------------------------------------------------------------- */

#define STORE_OK	   0
#define STORE_EINVAL	 (-1)	/* bad argument or record (missing id, wrong kind) */
#define STORE_ENOMEM	 (-2)	/* allocation failed */
#define STORE_ENOTFOUND	 (-3)	/* no such record / setting / draft; end of iteration */
#define STORE_EDUP	 (-4)	/* unique value held by another record (why: field, id) */
#define STORE_ECONFLICT	 (-5)	/* record changed since read (why: rev now stored) */
#define STORE_EEXIST	 (-6)	/* database or record already exists */
#define STORE_ENODB	 (-7)	/* no database at that path (or not initialised) */
#define STORE_EFULL	 (-8)	/* map at its hard limit: nothing of this write kept */
#define STORE_ENOSPC	 (-9)	/* disk full: nothing of this write kept */
#define STORE_EPERM	 (-10)	/* permission denied (database files or directory) */
#define STORE_ECORRUPT	 (-11)	/* undecodable record or damaged database */
#define STORE_EVERSION	 (-12)	/* database made by a newer program */
#define STORE_EREF	 (-13)	/* a reference field names no record (why: field, id) */
#define STORE_ERDONLY	 (-14)	/* write on a read-only store or in a read transaction */
#define STORE_EIO	 (-15)	/* other system or LMDB error (errno-style cause lost) */
#define STORE_EBUSY	 (-16)	/* too many readers, or a transaction already open */
#define STORE_EACCES	 (-17)	/* refused by the access policy (store/users.h) */
#define STORE_EMOVED	 (-18)	/* the folder's data.mdb is no longer the file this
				   store has open (a backup put back while it
				   ran), or was overwritten in place since it
				   was opened: nothing of this write kept */
#define STORE_ECOPIED	 (-19)	/* store_open: the folder's data.mdb was
				   overwritten in place (a backup copied over
				   it) while other processes had the database
				   open: their lock file describes another file */

/* Returns a static English description of a STORE_* code.  Never NULL. */
const char *store_strerror(int code);

/* A size as HAMYAR_MAP_LIMIT and HAMYAR_MAP_INIT take it: digits, in bytes,
 * or followed by K, M or G (also KB, KiB...: binary all the same), at least
 * 64 KiB (a smaller one counts as 64 KiB).  Returns 0, or STORE_EINVAL for
 * anything else ("1.5G", "16T", "abc"), which store_open would ignore for
 * the default. */
int store_size_parse(const char *s, size_t *out);

/* ---- open and close ------------------------------------------------------ */

struct store;		/* an open database */
struct store_txn;	/* a read or write transaction */
struct store_iter;	/* a cursor returning record ids in order */

#define STORE_CREATE	0x01	/* create the directory and files; fail with
				   STORE_EEXIST if a database is already there */
#define STORE_RDONLY	0x02	/* read only (auditors, verify of a backup) */
#define STORE_NOSYNC	0x04	/* do not fsync on commit (bulk loads, tests):
				   a crashed process loses nothing, a power cut
				   may lose the last commits */
#define STORE_OWN_SETTINGS 0x08	/* read only but for the settings of the
				   store's user (store_user_set): an auditor's
				   display settings, "user.LOGIN.KEY".  Its write
				   transactions are not writable
				   (store_txn_writable 0): every write refuses
				   with STORE_ERDONLY but store_setting_set and
				   store_setting_del of such a name.  Nothing
				   is migrated or created at open. */

/* Environment variables read by store_open:
 *   HAMYAR_MAP_LIMIT  hard limit of the map in bytes (suffix K, M or G
 *                     allowed); default 8G on 64-bit, 1G on 32-bit.
 *   HAMYAR_MAP_INIT   initial map size (same syntax); default 16M. */

/* Opens the database at path (a directory; or a regular file, such as a
 * backup, which is then opened read-only).  With STORE_CREATE the directory
 * is created mode 0770 (missing parents as mkdir -p) and the files 0660.  Stores
 * the new handle in *out.  Caller closes with store_close.
 * Errors: STORE_ENODB (no database there and no STORE_CREATE), STORE_EEXIST
 * (STORE_CREATE and one exists), STORE_EPERM, STORE_EVERSION, STORE_ENOMEM,
 * STORE_ENOSPC, STORE_EIO. */
int store_open(const char *path, unsigned flags, struct store **out);

/* 1 if the data file of the database at path (a folder's data.mdb, or a
 * backup file) is cut short: shorter than its pages (a copy that did not
 * finish, a disk that filled up), which store_open reports as
 * STORE_ECORRUPT.  *have is the file's size, *need the size its meta page
 * calls for (0 when the file is too short to hold even that).  0 when the
 * file is whole or cannot be read. */
int store_data_short(const char *path, uint64_t *have, uint64_t *need);

/* Closes st; NULL is a no-op.  No transaction of st may be open. */
void store_close(struct store *st);

/* Sets the user name written in the audit log for writes through st (the
 * Unix login, decided by the caller; at most 63 bytes).  Until set, writes
 * are audited as "?".  Returns 0 or STORE_EINVAL. */
int store_user_set(struct store *st, const char *login);

/* Returns the user set with store_user_set ("?" if none).  Static to st. */
const char *store_user(const struct store *st);

/* Makes a new database usable: records the station code (core_station_valid;
 * kept in upper case, core_station_normalize) and name, seeds the settings, and starts the id counter.  Call once, in a
 * store_write, after store_open(..., STORE_CREATE).  Errors: STORE_EINVAL
 * (bad code), STORE_EEXIST (already initialised). */
int store_init(struct store_txn *t, const char *station, const char *name);

/* Copies this database's station code into buf (CORE_STATION_MAX + 1
 * bytes).  Returns 0 or STORE_ENODB if the database was never initialised. */
int store_station(struct store *st, char *buf);

/* ---- transactions -------------------------------------------------------- */

/* Begins a read transaction.  Caller ends it with store_read_end.
 * Errors: STORE_EBUSY (another transaction of st is open, or too many
 * readers), STORE_ENOMEM, STORE_EIO. */
int store_read_begin(struct store *st, struct store_txn **out);

/* Ends a read transaction; NULL is a no-op. */
void store_read_end(struct store_txn *t);

/* Runs fn(t, ctx) inside one write transaction and commits it.  If fn
 * returns nonzero, the transaction is aborted and that value returned.  If
 * the map fills (in fn or at commit), the transaction is aborted, the map
 * grown and fn run again from the start (see the model above); at the hard
 * limit the result is STORE_EFULL.  Either way everything committed before
 * is intact.  No other transaction of st may be open.
 * Returns 0 or fn's code, STORE_EFULL, STORE_ENOSPC, STORE_ERDONLY,
 * STORE_EBUSY, STORE_ENOMEM, STORE_EIO. */
int store_write(struct store *st, int (*fn)(struct store_txn *t, void *ctx), void *ctx);

/* Returns 1 if t is a write transaction, else 0. */
int store_txn_writable(const struct store_txn *t);

/* Marks write transaction t as a bulk write (an import, a sync import):
 * the entries of the name, word and secondary indexes and of the history
 * are kept in memory and put in key order before the commit, which is
 * several times quicker for many records (store/defer.c).  Everything
 * the transaction reads still sees them.  Costs memory: about 200 bytes a
 * record.  Without memory for it, the write goes on unmarked. */
void store_txn_bulk(struct store_txn *t);

/* Returns the store that t belongs to. */
struct store *store_txn_store(struct store_txn *t);

/* Why the last call on t failed, for the codes that name something. */
struct store_why {
	int code;			/* the STORE_* code, 0 if none */
	enum core_kind kind;		/* EDUP/EREF/EEXIST: kind of the record named */
	int field;			/* EDUP/EREF: the field (of the record written); else -1 */
	char id[CORE_ID_MAX];		/* EDUP: holder's id; EREF: the missing id */
	uint64_t rev;			/* ECONFLICT: the revision now stored */
	int msg;			/* EINVAL from store_sync_resolve: the
					   enum core_msg of field's error */
	int64_t arg;			/* and the value that error is about
					   (core_issue.arg: a payment's pledge
					   date); 0 if none.  (In memory only:
					   nothing of store_why is stored.) */
};

/* Returns the details of the last failed call on t (valid until the next
 * call on t). */
const struct store_why *store_txn_why(const struct store_txn *t);

/* ---- records ------------------------------------------------------------- */

struct store_meta {
	uint64_t rev;			/* 1 on creation, +1 per write */
	struct core_version version;	/* hlc stamp and origin station of this revision */
	struct core_version base;	/* version it was edited from (zero if new) */
	int deleted;			/* deactivated (kinds without an active field) */
};

/* Reads record id of kind k.  Stores a new record in *out (caller frees with
 * core_record_free) and, if meta is not NULL, its metadata.  Fields the
 * stored record lacks (written by an older program) are unset; fields this
 * program does not know are skipped.
 * Errors: STORE_ENOTFOUND, STORE_ECORRUPT, STORE_ENOMEM, STORE_EINVAL. */
int store_get(struct store_txn *t, enum core_kind k, const char *id,
    struct core_record **out, struct store_meta *meta);

/* Returns 0 if record id of kind k exists (meta filled if not NULL), else
 * STORE_ENOTFOUND (or STORE_ECORRUPT, STORE_EINVAL). */
int store_exists(struct store_txn *t, enum core_kind k, const char *id, struct store_meta *meta);

/* Calls fn(field, id, ctx) for each record that r refers to (its REF and
 * REFS fields, each id of a list) and this database does not hold, in
 * field order.  Stops when fn returns nonzero and returns that.  Returns 0,
 * fn's value, or a store code. */
int store_missing_refs(struct store_txn *t, const struct core_record *r,
    int (*fn)(int field, const char *id, void *ctx), void *ctx);

/* Writes r as a new record.  If r's id field is unset, the next id of this
 * station is assigned (STATION-N) and written into r and into id_out (if
 * not NULL, CORE_ID_MAX bytes); if it is set (an import keeping ids, a user
 * login), it is kept, and the station's counter moves past it.  Derived
 * fields are filled (a need's county from its unit).  The unique and
 * reference fields are checked before anything is written.
 * Errors: STORE_EDUP (why: the field and the holder's id; nothing written),
 * STORE_EEXIST (id taken; by a record of another kind: why gives that
 * kind and the id), STORE_EREF (why: field and missing id),
 * STORE_EINVAL (bad id, unknown kind), STORE_ERDONLY, STORE_ENOMEM, and the
 * LMDB failures (fatal to the transaction: return them from fn). */
int store_put_new(struct store_txn *t, struct core_record *r, char *id_out);

/* Overwrites the stored record r's id with r, if its revision is still rev
 * (the revision the caller read).  Derived fields are filled; only changed
 * fields are audited; an unchanged record writes nothing.
 * Errors: STORE_ECONFLICT (stored revision differs: why.rev; nothing
 * written), STORE_ENOTFOUND, STORE_EDUP, STORE_EREF, STORE_EINVAL,
 * STORE_ERDONLY, STORE_ENOMEM, LMDB failures. */
int store_update(struct store_txn *t, struct core_record *r, uint64_t rev);

/* Marks record id inactive (active = 0 where the kind has that field, else
 * meta.deleted = 1): nothing is ever removed.  rev as for store_update.
 * Errors as store_update. */
int store_deactivate(struct store_txn *t, enum core_kind k, const char *id, uint64_t rev);

/* Undoes store_deactivate (active = 1, or meta.deleted = 0), as an update
 * under the access policy; nothing is written for an active record.
 * Errors as store_update. */
int store_reactivate(struct store_txn *t, enum core_kind k, const char *id, uint64_t rev);

/* Applies a record version that came from elsewhere (sync): writes r with
 * exactly meta's version and base (rev becomes stored rev + 1), without the
 * revision check, maintaining indexes, the version history, the change log
 * (origin kept, so it is passed on) and the audit log (action "sync":
 * after any sync_note lines, a line "origin", "" -> "MRD 1764680000", the
 * station and Unix time the version was made (meta->version); and for a
 * kind with no "active" field whose meta.deleted changes, a line
 * "active", "1" -> "0" or "0" -> "1").
 * Advances this station's clock past meta->version.hlc.  Reference fields are
 * not checked (bundles may arrive in any order).
 * Errors: STORE_EDUP (why names the local holder; nothing written),
 * STORE_EINVAL, STORE_ERDONLY, STORE_ENOMEM, LMDB failures. */
int store_apply(struct store_txn *t, struct core_record *r, const struct store_meta *meta);

/* Like store_apply, but a unique value (national id, legal id) that
 * another record holds does not refuse the write: both records keep it
 * (two stations registered the same person while apart, SPEC §10; the
 * sync module queues it for a person to settle).  The unique index keeps
 * naming the record that held the value first, so it stays one entry per
 * value.  On success store_txn_why(t) has code STORE_EDUP, the field and
 * the holder's id if a value was left to another record, else code 0.
 * Errors as store_apply (never STORE_EDUP). */
int store_apply_dup(struct store_txn *t, struct core_record *r, const struct store_meta *meta);

/* The version history that core_merge needs: if version v of record id is
 * known here, stores its base in *base and returns 1; returns 0 if unknown,
 * or a negative STORE_* code. */
int store_version_base(struct store_txn *t, enum core_kind k, const char *id,
    const struct core_version *v, struct core_version *base);

/* The record as version v of record id was written (its change-log entry,
 * found through the version's history entry), into *out (caller frees).
 * Returns 1, 0 if v is not known here or was written before format 8 (whose
 * history entries do not say where it is), or a negative STORE_* code. */
int store_version_record(struct store_txn *t, enum core_kind k, const char *id,
    const struct core_version *v, struct core_record **out);

/* Number of records of kind k (active or not) into *n.  Returns 0 or an
 * error. */
int store_count(struct store_txn *t, enum core_kind k, size_t *n);

/* Number of records of kind k whose indexed field has value (as in
 * store_iter_index) into *n.  Returns 0, STORE_EINVAL (field not indexed),
 * or an error. */
int store_count_index(struct store_txn *t, enum core_kind k, int field,
    const char *value, size_t *n);

/* ---- unique index ---------------------------------------------------------- */

/* Looks up who holds value in the unique field (national_id, legal_id) of
 * kind k; value is compared in stored (normalised) form.  Copies the holder's
 * id into id (CORE_ID_MAX bytes).  Returns 0, STORE_ENOTFOUND, STORE_EINVAL
 * (field not unique). */
int store_lookup_unique(struct store_txn *t, enum core_kind k, int field,
    const char *value, char *id);

/* Makes the unique index name record id for each of its unique values
 * that no record is indexed under (after the other holder of a sync
 * duplicate gave the value up).  A value indexed to another record is
 * left to it and answered STORE_EDUP (why: the field and the holder).
 * Writes nothing to the change or audit log: the record is unchanged.
 * Returns 0, STORE_EDUP, STORE_ENOTFOUND, STORE_EINVAL, STORE_ERDONLY or
 * an LMDB failure. */
int store_unique_claim(struct store_txn *t, enum core_kind k, const char *id);

/* Makes the unique check of write transaction t one of the whole
 * transaction (an import, whose file counts as a whole): a record may take
 * a value (national id, legal id) that another record holds if that one
 * gives it up before the end, as when two records swap their national ids
 * or three pass them round.  A write that takes a value indexed to another
 * record then goes on (store_txn_why has STORE_EDUP, the field and the
 * holder), the entry is left to the holder and the claim kept, with the
 * tag of store_unique_tag; when the holder gives the value up, the earliest
 * claim of it takes the entry.  A record written again with another value
 * drops its claim.  Call store_unique_settle before fn returns: a
 * transaction with a claim unsettled, or settled as a duplicate, is not
 * committed (store_write returns STORE_EDUP).  Returns 0, STORE_ERDONLY or
 * STORE_ENOMEM. */
int store_txn_defer_unique(struct store_txn *t);

/* The tag noted with the claims of the next writes (an import's line). */
void store_unique_tag(struct store_txn *t, size_t tag);

/* Settles the claims of a transaction made by store_txn_defer_unique: for
 * each value still indexed to another record, in the order the claims were
 * made, calls fn with dup (code STORE_EDUP, the kind, the field and the
 * holder's id), the claiming record's id and the claim's tag.  fn returns
 * 0 to refuse the value (the transaction will not commit), 1 to let both
 * records hold it with the entry left to the holder (a sync duplicate, as
 * store_apply_dup), or a negative store code, which stops the settling.
 * Returns 0, fn's negative value, or an LMDB failure. */
int store_unique_settle(struct store_txn *t,
    int (*fn)(const struct store_why *dup, const char *id, size_t tag, void *ctx), void *ctx);

/* ---- iteration ------------------------------------------------------------- */

/* A resumable position in an iteration (for paging: keep the position of
 * the last row shown, start the next page's iterator after it, in a later
 * transaction). */
#define STORE_POS_MAX 320
struct store_pos {
	size_t len;			/* 0: the beginning */
	unsigned char key[STORE_POS_MAX];
};

/* Iterates every record id of kind k in id order.  Caller frees with
 * store_iter_free (before the transaction ends).  Errors: STORE_EINVAL,
 * STORE_ENOMEM, STORE_EIO. */
int store_iter_kind(struct store_txn *t, enum core_kind k, struct store_iter **out);

/* Iterates, in id order, the ids of records of kind k whose field (flagged
 * CORE_FF_INDEX or CORE_FF_UNIQUE) has value: for text-like fields the text
 * (a county code, a parent id), for ENUM/INT/BOOL fields the number in
 * decimal ("2").  Errors: STORE_EINVAL (field not indexed), STORE_ENOMEM. */
int store_iter_index(struct store_txn *t, enum core_kind k, int field,
    const char *value, struct store_iter **out);

/* The first id store_iter_index would give for (k, field, value) other
 * than except (NULL: none), into id (CORE_ID_MAX bytes), without putting
 * a bulk write's pending index entries first: they are looked up where
 * they wait (store/defer.c), so an import can ask for every row.
 * Returns 0, STORE_ENOTFOUND, STORE_EINVAL (field not indexed) or
 * another store code. */
int store_index_other(struct store_txn *t, enum core_kind k, int field, const char *value,
    const char *except, char *id);

/* A record of kind k (a reference group, a unit, a donor: a kind with a
 * name and a county) of county, other than the record except (NULL:
 * none), whose name has the twin key of name (loc_text_twin_key: Arabic
 * ي/ك, hamza forms, ZWNJ and spaces folded, «امام جمعه» is «امام‌جمعه»):
 * the same group or donor registered twice.  Looked up in the word index,
 * not by reading the county's records (store/search.c).  Its id into id
 * (CORE_ID_MAX bytes).  The forms, import and the demo data ask it alike.
 * Returns 0 when one is found, STORE_ENOTFOUND when none is (or name or
 * county is empty), STORE_EINVAL for a kind without a name and a county,
 * STORE_ENOMEM or another store code. */
int store_name_twin(struct store_txn *t, enum core_kind k, const char *county,
    const char *name, const char *except, char *id);

/* As store_name_twin, but only a record that accept (not NULL) returns 1
 * for counts: a donor told apart by his national id, or one marked
 * inactive, is not the new one's twin.  And in a bulk write
 * (store_txn_bulk) the names written since the index was last brought up
 * to date are not looked at (the record found is read, so a name changed
 * since is not taken for its old one): the caller, an import, looks among
 * the rows it wrote itself; store_name_twin sees them. */
int store_name_twin_if(struct store_txn *t, enum core_kind k, const char *county,
    const char *name, const char *except,
    int (*accept)(const struct core_record *r, void *ctx), void *ctx, char *id);
/* As store_name_twin_if, given twin, name's twin key (loc_text_twin_key)
 * as the caller made it already (NULL: made here). */
int store_name_twin_key_if(struct store_txn *t, enum core_kind k, const char *county,
    const char *name, const char *twin, const char *except,
    int (*accept)(const struct core_record *r, void *ctx), void *ctx, char *id);

/* name's twin key (loc_text_twin_key), newly allocated (NULL: no
 * memory).  In a bulk write, just after a record with that name was
 * written, it is made from the folding the word entries were made of
 * (t's word cache), not folded again. */
char *store_twin_key(struct store_txn *t, const char *name);

/* Iterates the record id of kind k alone: one id if the record is here,
 * none otherwise (a list searched by a record's id).  As the others, it
 * goes backwards too.  Errors: STORE_EINVAL (not an id), STORE_ENOMEM. */
int store_iter_one(struct store_txn *t, enum core_kind k, const char *id,
    struct store_iter **out);

/* Iterates the records of kind k whose search field (CORE_FF_SEARCH: name,
 * title) matches what a clerk typed, prefix, in any form (Arabic yeh/kaf,
 * ZWNJ, ...: it is folded like the stored text).  prefix is split into
 * words at spaces: each must match a different word of the name, in any
 * order; a word followed by a space must be that whole word ("علی " finds
 * "علی کریمی", not "علیرضا"), the last one, if no space follows, the start
 * of a word ("کری" finds "علی کریمی" and "کریمی علی"; a ZWNJ word is one
 * word: "نوروزی‌فر" is found by "نور", by the part "فر", and by its parts
 * typed apart, in order, "نوروزی فر"; store/search.c).  Each record once, in
 * Persian order of the name's word that matched one query word (the one
 * with the fewest candidates), then in id order (the names sharing a word
 * come in the order they were registered: that keeps inserts cheap, see
 * store/search.c).  "" (or only spaces) iterates all records in name order
 * (then id order).  A bare number ("593", "۵۹۳") lists first the records
 * of kind k with that id number at every station (TBZ-593, MRG-593), in
 * station order, then the names as above (each record once).  Pages
 * resume with store_iter_pos/seek.  Errors: STORE_EINVAL (kind has no
 * search field), STORE_ENOMEM. */
int store_iter_search(struct store_txn *t, enum core_kind k, const char *prefix,
    struct store_iter **out);

/* 1 if st's search may miss a name by a word after its 32nd word or part:
 * a database of an earlier version (format 4 to 8) opened read-only, whose
 * word index keeps 32 of a name (the first open that may write builds it
 * whole, store/search.c "Bound"); else 0. */
int store_search_short(const struct store *st);

/* Moves it to just after position pos (from store_iter_pos of an iterator of
 * the same kind and arguments).  Returns 0 or STORE_EINVAL. */
int store_iter_seek(struct store_iter *it, const struct store_pos *pos);

/* Moves it onto record id's own entry, as if store_iter_next had just
 * returned it: store_iter_next then returns the entry after it,
 * store_iter_prev the one before, store_iter_pos gives its position.  The
 * entry is found by its key, not by walking the range: in name order
 * (store_iter_search of "") the record's name is read for it.  For the
 * iterators of store_iter_kind, store_iter_index (not a unique field's)
 * and store_iter_search of "" (the whole names' index).  Returns 0,
 * STORE_ENOTFOUND (no such record, or not in it's range: another index
 * value, no name), STORE_EINVAL (another iterator: a search by words) or
 * a read failure. */
int store_iter_seek_id(struct store_iter *it, const char *id);

/* Copies the next id into id (CORE_ID_MAX bytes).  Returns 0, or
 * STORE_ENOTFOUND at the end, or STORE_EIO. */
int store_iter_next(struct store_iter *it, char *id);

/* Going backwards (the list's End and PgUp without reading the whole range
 * from the start).  An iterator's position is the entry it last returned
 * (or was seeked to, or the beginning of its range, or its end after
 * store_iter_last): store_iter_next returns the entry just after it,
 * store_iter_prev the entry just before it, in the iterator's own order.
 * The iterators of store_iter_kind, store_iter_index and store_iter_search
 * (name order, and a search by words) can go backwards; one that cannot
 * (store_audit_iter) answers STORE_EINVAL to both: walk it forwards.
 *
 * store_iter_last moves it to the end of its range: store_iter_prev then
 * returns the last entry, store_iter_next STORE_ENOTFOUND.  Returns 0 or
 * STORE_EINVAL (cannot go backwards). */
int store_iter_last(struct store_iter *it);

/* Copies the id of the entry just before its position into id
 * (CORE_ID_MAX bytes) and moves there (store_iter_pos then gives that
 * entry's position; store_iter_next returns the entry after it).  Returns
 * 0, STORE_ENOTFOUND at the beginning of the range (the position is left
 * as it was), STORE_EINVAL (cannot go backwards), STORE_EIO or
 * STORE_ECORRUPT. */
int store_iter_prev(struct store_iter *it, char *id);

/* Stores the position of the id last returned by store_iter_next or
 * store_iter_prev. */
void store_iter_pos(const struct store_iter *it, struct store_pos *pos);

/* Frees it; NULL is a no-op. */
void store_iter_free(struct store_iter *it);

/* ---- needs: money ------------------------------------------------------------ */

struct store_need_sums {
	int64_t estimated;	/* estimated_cost (0 if unset) */
	int64_t pledged;	/* non-cancelled material pledges' amounts
				   (deactivated pledges left out) */
	int64_t received;	/* payments on those pledges (deactivated
				   payments left out) */
	int64_t gap;		/* estimated - pledged, or 0 once the
				   pledges reach it (never negative) */
	int64_t surplus;	/* pledged - estimated when the pledges pass
				   an estimated cost the need has, else 0 */
	int material;		/* 1: its category is material (space,
				   equipment, costs: core_ptype_material)
				   or not set; 0: non-material (information,
				   support, oversight, policing), whose
				   pledges carry no rials, so that the
				   programme's money totals leave it out */
	size_t pledges;		/* its pledges of any type, neither
				   cancelled nor deactivated */
};

/* Computes the sums of need id (SPEC §3: gap = estimated cost minus the sum
 * of non-cancelled material pledges, as core_need_gap and
 * core_need_surplus have it).  Returns 0, STORE_ENOTFOUND, or an error. */
int store_need_sums(struct store_txn *t, const char *id, struct store_need_sums *out);

/* How far need id's execution stages are (SPEC §3 stage), for the
 * question before a need is marked done: stages not marked deleted,
 * unfinished and overdue as core_stage_unfinished and core_stage_overdue
 * (core/workflow.h) judge them on day today (a day number). */
struct store_need_stages {
	int total;		/* the need's stages */
	int unfinished;		/* of them, below 100 percent */
	int overdue;		/* of the unfinished, past their planned end */
};

/* Counts the stages of need id into *out (zeroed first; a need with no
 * stages, or none stored, gives zeros).  Returns 0 or a read error. */
int store_need_stages(struct store_txn *t, const char *id, int32_t today,
    struct store_need_stages *out);

/* Whether writing stage r (new, or changed from the stored one of its id)
 * gives a need that is done a stage not complete (core_stage_reopens): a
 * stage of it lowered below 100 percent, or a new one below it, so the
 * user is asked (the import warns) before.  Sets *reopens to 1 or 0 (0
 * also for a need not stored).  Returns 0 or a read error. */
int store_stage_reopens(struct store_txn *t, const struct core_record *r, int *reopens);

/* The sum of the amounts of need id's pledges that count towards it
 * (material, not cancelled, not deactivated), leaving out pledge except
 * (NULL: none; a pledge being edited), into *pledged: what
 * core_pledge_validate compares a pledge's amount with.  Returns 0 or a
 * store code. */
int store_need_pledged(struct store_txn *t, const char *id, const char *except, int64_t *pledged);
/* How many of need id's pledges (not deactivated) would not fit it were
 * its category category (core_pledge_misfits: not cancelled, material on
 * a non-material category or the reverse), into *n.  The need form and
 * `import needs` warn of a category changed so.  Returns 0 or a store
 * code. */
int store_need_misfits(struct store_txn *t, const char *id, int category, int64_t *n);

/* The sum of the amounts of pledge pid's payments that are not deactivated,
 * leaving out payment except (NULL: none; a payment being edited), into
 * *paid.  Returns 0 or a store code. */
int store_pledge_paid(struct store_txn *t, const char *pid, const char *except, int64_t *paid);
/* Not 0 if a sum read in t (store_pledge_paid, store_need_sums,
 * store_need_pledged, store_donor_open, store_rank_donor_history) left
 * out a record its index names that is not there (a page a failing disk
 * cut short, read without an error): the sum of the others was given,
 * short; 0 if none did.  Before, such a sum was short in silence.  The
 * value says which records were left out: STORE_SHORT_PAYMENT (a
 * pledge's paid sum, a need's received, a donor's open remainder) and
 * STORE_SHORT_PLEDGE (a need's pledged sum and gap, a donor's open
 * remainder), or both. */
#define STORE_SHORT_PAYMENT	1
#define STORE_SHORT_PLEDGE	2
int store_sum_short(const struct store_txn *t);
/* Says a sum read in t left out a record of kind k (CORE_PAYMENT or
 * CORE_PLEDGE) its index names that is not there (store_sum_short): for
 * the sums worked out outside store.c (store/stats.c). */
void store_sum_left_out(struct store_txn *t, enum core_kind k);
/* The next record of kind k (CORE_PAYMENT or CORE_PLEDGE) that it, an
 * index walk, names, but except (NULL: none): its id into id, the record
 * into *r (caller frees) and its meta into *m; returns 0, STORE_ENOTFOUND
 * at the end, or another error.  A record the index names that is not
 * there (a page a failing disk cut short, read without an error) is
 * passed over and the sum being read said short (store_sum_left_out). */
int store_iter_next_sum(struct store_txn *t, struct store_iter *it, enum core_kind k,
    const char *except, char *id, struct core_record **r, struct store_meta *m);

/* The day of the first of pledge pid's payments that are not deactivated
 * into *first, *has set to 1; *has 0 when it has none.  What a pledge's
 * date may not pass (core_pledge_payments_check).  A payment its index
 * names that is not there is left out and t's sums said short
 * (store_sum_short, STORE_SHORT_PAYMENT).  Returns 0 or a store code. */
int store_pledge_first_paid(struct store_txn *t, const char *pid, int *has, int32_t *first);

/* Sets *found to 1 if payment y repeats another payment of its pledge that
 * is stored and not deactivated (payment except left out: y's own stored
 * version, NULL for a new one): the same receipt number, or with no
 * receipt the same day and the same amount; else to 0.  Texts compare as
 * stored (normalised when parsed).  other (CORE_ID_MAX bytes, or NULL)
 * gets the id of the payment repeated.  A payment its index names that
 * is not there is passed over and t's sums said short (store_sum_short,
 * STORE_SHORT_PAYMENT): *found 0 then may be wrong.  Returns 0 or a
 * store code. */
int store_payment_repeats(struct store_txn *t, const struct core_record *y, const char *except,
    int *found, char *other);

/* What pledge p, stored with meta m, adds to its need's sum in
 * store_need_pledged: its amount if it counts (material, not cancelled,
 * not deactivated), else 0; and what payment y adds to its pledge's sum in
 * store_pledge_paid: its amount unless deactivated.  For callers that keep
 * those sums as they write (an import of thousands of pledges on one need
 * adds each pledge's share instead of summing the need's pledges again). */
/* Whether pledge p, stored with meta m, counts towards its need: material,
 * not cancelled, not deactivated (its share, if it has an amount). */
int store_pledge_counts(const struct core_record *p, const struct store_meta *m);
int64_t store_pledge_share(const struct core_record *p, const struct store_meta *m);
int64_t store_payment_share(const struct core_record *y, const struct store_meta *m);
/* Whether donor has a live pledge (neither cancelled nor deactivated, of
 * any type), on need if need is not NULL: 1 (its id into pid, pidn bytes,
 * if pid is not NULL), 0, or a negative store code. */
int store_donor_live_pledge(struct store_txn *t, const char *donor, const char *need,
    char *pid, size_t pidn);

/* The unpaid remainder of donor's open pledges into *open: over his
 * pledges, what each counts for (store_pledge_share: material, not
 * cancelled, not deactivated) less its payments (store_pledge_paid), at
 * least 0 each (core_pledge_unpaid), for those whose need is open: stored,
 * not deactivated, neither done nor rejected.  What his capacity less is
 * his free capacity for matching (core_match_free).  Returns 0 or a store
 * code (*open 0 then). */
int store_donor_open(struct store_txn *t, const char *donor, int64_t *open);
/* What one pledge p (id, its meta m) adds to its donor's *open, as
 * store_donor_open sums it, into *owed: for a caller already reading the
 * donor's pledges for something else.  Returns 0 or a store code. */
int store_pledge_open(struct store_txn *t, const char *id, const struct core_record *p,
    const struct store_meta *m, int64_t *owed);

/* ---- settings ------------------------------------------------------------------ */

/* Settings are named blobs, shared by the station.  Names in use:
 *   "station", "station.name"        (store_init; read-only afterwards)
 *   "rank.weights"                   six numbers, enum core_crit order
 *   "rank.matrix"                    the AHP pairwise matrix, row-major
 *   "user.LOGIN.KEY"                 per-user settings (bidi, digits, ...)
 *   "sync.*"                         reserved for the sync module
 *   "import.KIND.DIGEST"             a CSV file imported (tui/verb_exchange.c):
 *                                    "TIME\tLOGIN\tROWS"; the station's own
 *   "import.KIND.content.DIGEST"     the same, by the digest of its rows'
 *                                    values rather than of its bytes
 *   "moved.SEQ.UNIT"                 a unit's county changed and n of its
 *                                    needs went with it: "TIME\tFROM\tTO\tN"
 *   "moved.SEQ.NEED"                 a need given a unit of another county:
 *                                    "TIME\tFROM\tTO\t1\tneed"
 *                                    (the store writes it; the clerks of
 *                                    both counties are told, tui/app.c)
 * Writing a setting is not audited unless it begins with "rank." or
 * "sync.trust." (which key a station is trusted with), or is
 * "station.name" changed once set (init's first write is not). */

/* Copies setting name into a new buffer (NUL-terminated after len bytes)
 * stored in *out, length in *len (may be NULL).  Caller frees.
 * Errors: STORE_ENOTFOUND, STORE_ENOMEM, STORE_EINVAL. */
int store_setting_get(struct store_txn *t, const char *name, char **out, size_t *len);

/* Sets setting name to len bytes of data (a text: len = strlen).  Errors:
 * STORE_EINVAL (empty name, or "station"), STORE_ERDONLY, LMDB failures. */
int store_setting_set(struct store_txn *t, const char *name, const void *data, size_t len);

/* Like store_setting_set, for a setting taken from station from's bundle
 * (the ranking's weights, SPEC §8): its audit entry is of action
 * STORE_ACT_SYNC, kind CORE_NKINDS, with the setting's field and a field
 * "from" naming the station ("" -> from).  from NULL is store_setting_set. */
int store_setting_receive(struct store_txn *t, const char *name, const void *data, size_t len,
    const char *from);

/* Like store_setting_receive, for a setting that has a value in use while
 * it is unset (the ranking's defaults): an audited setting never set is
 * logged as changed from unset, not from "".  unset NULL is
 * store_setting_receive. */
int store_setting_receive_dflt(struct store_txn *t, const char *name, const void *data,
    size_t len, const char *from, const char *unset);

/* Removes setting name.  Returns 0 or STORE_ENOTFOUND (or an error). */
int store_setting_del(struct store_txn *t, const char *name);

/* Calls fn(name, data, len, ctx) for each setting whose name starts with
 * prefix, in name order; data is a copy valid during the call.  Stops when
 * fn returns nonzero and returns that.  Returns 0 or an error. */
int store_setting_each(struct store_txn *t, const char *prefix,
    int (*fn)(const char *name, const void *data, size_t len, void *ctx), void *ctx);

/* ---- drafts --------------------------------------------------------------------- */

/* A draft is an opaque blob per user and form (e.g. "donor:new",
 * "need:TBZ-7"), kept until deleted.  Writing drafts is not audited and does
 * not enter the change log. */

/* Stores len bytes of data as user's draft of form.  Errors: STORE_EINVAL,
 * STORE_ERDONLY, LMDB failures. */
int store_draft_put(struct store_txn *t, const char *user, const char *form,
    const void *data, size_t len);

/* Copies user's draft of form into a new buffer in *out (NUL-terminated
 * after len bytes), its length in *len.  Caller frees.  Errors:
 * STORE_ENOTFOUND, STORE_ENOMEM, STORE_EINVAL. */
int store_draft_get(struct store_txn *t, const char *user, const char *form,
    char **out, size_t *len);

/* Deletes user's draft of form.  Returns 0 or STORE_ENOTFOUND. */
int store_draft_del(struct store_txn *t, const char *user, const char *form);

/* Calls fn(form, data, len, ctx) for each draft of user, in form-name order
 * (data a copy valid during the call).  Stops when fn returns nonzero and
 * returns that.  Returns 0 or an error. */
int store_draft_each(struct store_txn *t, const char *user,
    int (*fn)(const char *form, const void *data, size_t len, void *ctx), void *ctx);

/* ---- change log (sync) ------------------------------------------------------------ */

/* Every record write appends one change with a local sequence number (1, 2,
 * ... in commit order; never reused).  A change holds the whole record as
 * written. */
struct store_change {
	uint64_t seq;			/* local sequence number */
	enum core_kind kind;
	char id[CORE_ID_MAX];
	struct store_meta meta;		/* version, base, rev of this write */
	struct core_record *rec;	/* the record as written; owned */
};

/* Reads the first change with sequence number > after into *c.  Call
 * store_change_done on it afterwards.  Returns 0, STORE_ENOTFOUND when
 * there is none, STORE_ECORRUPT, STORE_ENOMEM. */
int store_change_next(struct store_txn *t, uint64_t after, struct store_change *c);

/* Frees what c owns (not c itself); safe on a zeroed struct. */
void store_change_done(struct store_change *c);

/* Stores the sequence number of the last change (0 if none) in *seq. */
int store_change_last(struct store_txn *t, uint64_t *seq);

/* The snapshot a read transaction sees: the number of the last write
 * transaction committed before it began (LMDB's), the same for two read
 * transactions that see the same data, another once anything was written
 * (a record, a setting, a restore).  For a check made once per state of
 * the database (the list's End count, tui/list.c). */
uint64_t store_txn_snapshot(struct store_txn *t);

/* The station's hybrid logical clock: returns a new local stamp (write
 * transaction; the clock is stored), or 0 on failure. */
uint64_t store_hlc_tick(struct store_txn *t);

/* Moves the station's clock past remote, a stamp received from another
 * station (write transaction).  Returns 0 or a code. */
int store_hlc_seen(struct store_txn *t, uint64_t remote);

/* ---- audit log ---------------------------------------------------------------------- */

enum store_action { STORE_ACT_CREATE, STORE_ACT_UPDATE, STORE_ACT_DEACTIVATE,
	STORE_ACT_SYNC, STORE_ACT_SETTING,
	STORE_ACT_RESOLVE,	/* a sync conflict decided (store_audit_resolved) */
	STORE_ACT_RESTORE,	/* audit log only: a record of a kind with no
				   "active" field (a user) in use again
				   (store_reactivate): its fields are unchanged,
				   so an entry of action update would list
				   nothing and say nothing */
	STORE_ACT_DB_RESTORE	/* the whole database put back from a backup
				   (store_audit_db_restored); kind CORE_NKINDS,
				   id STORE_RESTORE_ID */
};

/* The id of the audit entries of STORE_ACT_DB_RESTORE (`audit --id
 * RESTORE`): no record id (no dash), login (capitals) or setting name. */
#define STORE_RESTORE_ID "RESTORE"

struct store_audit_field {
	char *name;		/* field (or setting) name; owned */
	char *old_text;		/* core_value_format text, "" if unset; owned */
	char *new_text;		/* likewise; owned */
};

struct store_audit {
	uint64_t seq;			/* position in the log */
	int64_t time;			/* Unix seconds */
	char user[64];
	enum store_action action;
	enum core_kind kind;		/* STORE_ACT_SETTING: CORE_NKINDS */
	char id[CORE_ID_MAX];		/* record id, or the setting's name (cut) */
	size_t nfields;
	struct store_audit_field *fields;	/* owned */
};

/* Frees what a owns (not a itself); safe on a zeroed struct. */
void store_audit_done(struct store_audit *a);

/* Appends one entry of action STORE_ACT_RESOLVE for record id (kind k),
 * by the user of t: a sync conflict decided here.  Its n fields are as the
 * caller words them (store/sync.c: "decision" open -> mine|theirs|merged,
 * "peer" -> the other version's station, and per record field that
 * differed, the value set aside -> the value kept).  The record writes the
 * decision makes are audited by themselves; this entry says why, and is
 * there even when the decision keeps the version in use and writes none.
 * Needs a write transaction.  Returns 0, STORE_EINVAL, STORE_ERDONLY,
 * STORE_ENOMEM or an LMDB failure. */
int store_audit_resolved(struct store_txn *t, enum core_kind k, const char *id,
    const struct store_audit_field *f, size_t n);

/* Appends one entry of action STORE_ACT_DB_RESTORE, by the user of t: this
 * database was put back from a backup (tui/verb_store.c, restore, in its
 * own transaction after the backup took data.mdb's name).  Its n lines
 * are as the caller words them ("" -> value: "from" the backup file,
 * "station" its station, "aside" the name the database there before is
 * kept under); at least one.  Needs a write transaction.  Returns 0, STORE_EINVAL,
 * STORE_ERDONLY, STORE_ENOMEM or an LMDB failure. */
int store_audit_db_restored(struct store_txn *t, const struct store_audit_field *f, size_t n);

/* Appends one entry of action STORE_ACT_SYNC for record id (kind k) that
 * holds only the n lines f (worded by the caller, tui/bundle.c: "apart"
 * and "in_use", see store/sync.c), for an incoming version that changed
 * no record here yet is to be told: another record under this number,
 * set aside in the conflict queue.  Needs a write transaction.  Returns 0, STORE_EINVAL,
 * STORE_ERDONLY, STORE_ENOMEM or an LMDB failure. */
int store_audit_synced(struct store_txn *t, enum core_kind k, const char *id,
    const struct store_audit_field *f, size_t n);

/* Iterates audit entries in time order: those of record id (any kind; NULL
 * for all) written at or after Unix time since.  Use store_audit_next with
 * the returned iterator and free it with store_iter_free.  Errors:
 * STORE_ENOMEM, STORE_EIO. */
int store_audit_iter(struct store_txn *t, const char *id, int64_t since,
    struct store_iter **out);

/* Reads the next audit entry into *a (call store_audit_done on it).
 * Returns 0, STORE_ENOTFOUND at the end, STORE_ECORRUPT, STORE_ENOMEM, or
 * an LMDB failure.  STORE_ECORRUPT is an entry that cannot be read (its
 * value does not decode, or the id index names an entry not there): a->seq
 * and a->time, from its key, name it (a->seq 0 when not even the key could
 * be read), and the next call goes on with the entries after it. */
int store_audit_next(struct store_iter *it, struct store_audit *a);

/* After store_audit_next's STORE_ECORRUPT: 1 if it was no entry but the
 * log itself that could not be read (a page of it LMDB could not make
 * sense of, or a lookup in it that failed): the walk is over, nothing
 * after it can be listed.  0 for one entry, the walk going on. */
int store_audit_broken(const struct store_iter *it);

/* After a walk of the log from a day on (store_audit_iter with no id,
 * read to its STORE_ENOTFOUND): the entries of that period lost (a leaf
 * of the log a failing disk cut short, read as fewer entries with no
 * error), into *lost, each passed to fn (if not NULL) by its number, its
 * time and its record's id (not NUL-ended), as the log's id index still
 * names them; into *unknown, entries lost from the index too, whose time
 * cannot be known (they may be of the period).  Cheap on a sound log:
 * its entries are numbered one after the other as they are written, so
 * a walk that read numbers without a gap up to the last, after the
 * number of the entry before its first, lost none (one look-up); only
 * otherwise (damage, or a clock that went back) is the log read, keys
 * only, and counted.  Returns 0, STORE_EINVAL (a walk by id, or not
 * ended), STORE_ECORRUPT (a page that cannot be read) or an LMDB failure. */
int store_audit_lost(struct store_iter *it,
    void (*fn)(void *ctx, uint64_t seq, int64_t time, const char *id, size_t idlen),
    void *ctx, size_t *lost, size_t *unknown);

/* How many entries the audit log holds, as LMDB counts them in the log's
 * record in the database's own table (mdb_stat), into *n: what a walk of
 * it whole reads.  A page of the log overwritten with other entries'
 * bytes, its header left, reads as no entries at all: `audit` listed
 * nothing and ended as on an empty log.  Returns 0 or an LMDB failure. */
int store_audit_count(struct store_txn *t, uint64_t *n);

/* ---- maintenance -------------------------------------------------------------------- */

/* Writes a compacted copy of the whole database to the file path, while
 * other processes go on writing.  The copy is made under a temporary name
 * beside path (store_backup_tmpname), checked as store_verify checks a
 * database, and only then renamed into place: a damaged database gives
 * STORE_ECORRUPT, each problem found passed to fn (if not NULL) and their
 * number stored in *nproblems (if not NULL; 0 when LMDB itself could not
 * copy or read the copy), and no file is written or replaced.  The copy
 * is a data.mdb: store_open can open it read-only directly; to restore,
 * put it in an empty directory as data.mdb.  Temporary copies of earlier
 * backups into that folder that were killed midway are removed first.
 * Errors: STORE_ECORRUPT, STORE_EPERM, STORE_ENOSPC, STORE_ENODB (path's
 * folder is missing), STORE_EIO.  The copy, and only it, holds the setting
 * "sync.backup": a database restored from it knows that it was
 * (tui/bundle.c).
 *
 * store_backup_checked is store_backup, the checked copy given its name
 * by place(tmp, path, how) (0 or an errno; NULL: renamed over whatever
 * is at path), how passed through, unread: the caller's own rule for a
 * name (tui/cli.c's cli_out_place: not over a file that came at path,
 * or took the place of the one seen there, while the copy was made).  When place says EEXIST, STORE_EEXIST is returned,
 * the copy removed and the file at path left as it is. */
int store_backup(struct store *st, const char *path);
struct store_problem;
int store_backup_checked(struct store *st, const char *path,
    int (*place)(const char *tmp, const char *path, const void *how), const void *how,
    void (*fn)(const struct store_problem *p, void *ctx), void *ctx, size_t *nproblems);

/* The folder path is in, into dir (n bytes): "." for a bare name, "/"
 * for a name in the root. */
void store_dir_of(const char *path, char *dir, size_t n);

/* Makes the database folder path, mode 0770 whatever the umask, and its
 * missing parents (as mkdir -p), as store_open with STORE_CREATE makes
 * it.  Returns 0, or -1 with errno set. */
int store_mkdir(const char *path);

/* Makes a rename to path durable: fsync of the folder holding it.  Best
 * effort: some file systems refuse a folder's fsync, and the file's own
 * bytes are on the disk already. */
void store_sync_dir(const char *path);

/* 1 if the file path is an LMDB file (a database's data.mdb or a backup),
 * by the magic of its meta page, or one that cannot be opened to read
 * (the open that follows says why); 0 if it is some other file (a CSV, a
 * document). */
int store_file_is_db(const char *path);

/* The temporary name store_backup writes path under, in buf (n bytes):
 * ".NAME.hamyar-incomplete.PID" in path's folder, hidden and saying what
 * it is, so that a copy a killed backup left is not taken for a backup
 * (and is removed by the next backup into that folder; it is locked with
 * flock while its backup runs).  Returns 0, or STORE_EINVAL when path is
 * too long. */
int store_backup_tmpname(const char *path, char *buf, size_t n);

/* Removes from folder dir the temporary copies (store_backup_tmpname's
 * names) that a backup or a restore killed midway left there: those no
 * process holds the flock of. */
void store_clean_stale(const char *dir);

enum store_problem_code {
	STORE_PB_DANGLING,	/* an index entry names a missing record */
	STORE_PB_STALE,		/* an index entry does not match its record's field */
	STORE_PB_UNINDEXED,	/* a record's indexed field has no index entry */
	STORE_PB_UNDECODABLE,	/* a record cannot be decoded */
	STORE_PB_COUNTER,	/* the station counter is not past a record's number */
	STORE_PB_DERIVED,	/* a derived field disagrees (a need's county) */
	STORE_PB_AUDIT,		/* an audit log entry cannot be decoded */
	STORE_PB_AUDIT_DANGLING, /* the audit log's id index names a missing entry */
	STORE_PB_UNREADABLE	/* a page of a table the checks above do not
				   walk (detail: the table) cannot be read */
};

struct store_problem {
	enum store_problem_code code;
	enum core_kind kind;
	char id[CORE_ID_MAX];		/* the record (or counter's station) */
	int field;			/* -1 if not about a field */
	char detail[96];		/* the index key or value concerned, as text */
};

/* Checks the database in one read transaction: every index entry points to
 * a live record whose field has that value, every record is in each of its
 * indexes, every record decodes, counters are past every record's number,
 * every audit log entry decodes and its id index names only entries there,
 * and every other table (change log, history, settings, drafts, counters,
 * the audit log's id index) can be read through (STORE_PB_UNREADABLE).
 * Calls fn for each problem (if fn is not NULL) and stores their number in
 * *nproblems.  Returns 0 (even with problems) or an error. */
int store_verify(struct store *st, void (*fn)(const struct store_problem *p, void *ctx),
    void *ctx, size_t *nproblems);

/* What the table a STORE_PB_UNREADABLE problem names in its detail holds,
 * in words for the administrator: a msgid (N_()), for the caller to
 * translate; NULL for a name store_verify does not give. */
const char *store_unreadable_label(const char *table);

/* Map figures for tests and the bench: current map size, bytes in use, and
 * the hard limit.  Returns 0 or STORE_EIO. */
int store_map_info(struct store *st, size_t *mapsize, size_t *used, size_t *limit);

#endif
