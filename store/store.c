/*
 * store/store.c — the LMDB record store: environment, transactions, records
 * and their indexes, the change log, the audit log, settings and drafts.
 *
 * One environment per database directory, with the named sub-databases of
 * store_int.h.  The encodings are described in codec.c.
 *
 * Writes run through store_write(): a function run inside one write
 * transaction.  On MDB_MAP_FULL the transaction is aborted, the map doubled
 * (up to the hard limit) and the function run again; a map that another
 * process grew is adopted on MDB_MAP_RESIZED (mdb_env_set_mapsize(env, 0)).
 * Because LMDB commits by switching a meta page after the data is on disk,
 * an aborted or killed writer leaves every earlier commit intact.
 *
 * Every record write goes through write_rec(), which checks the unique
 * indexes before touching anything (so STORE_EDUP leaves the transaction
 * usable; in a transaction whose unique check is deferred to its end, an
 * import's, the value is claimed instead: claim.c), updates only the
 * index entries whose values changed, and appends
 * to the version history, the change log and the audit log.  In a bulk
 * write (store_txn_bulk: import, sync import) the entries of the
 * secondary indexes and the history are kept and put in key order just
 * before the commit (defer.c).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

#include "core/pledge.h"
#include "core/validate.h"
#include "core/workflow.h"
#include "locale/collate.h"
#include "locale/text.h"
#include "store/store_int.h"
#include "store/users.h"

#define MAP_INIT_DEFAULT ((size_t)16 << 20)
#if SIZE_MAX > 0xffffffffu
#define MAP_LIMIT_DEFAULT ((size_t)8 << 30)
#else
#define MAP_LIMIT_DEFAULT ((size_t)1 << 30)
#endif

static const char *const db_names[DB_REC0] = {
	"meta", "settings", "drafts", "changes", "audit", "audit_id",
	"unique", "index", "search", "history", "words",
};

const char *
store_strerror(int code)
{
	switch (code) {
	case STORE_OK:		return "success";
	case STORE_EINVAL:	return "invalid argument or record";
	case STORE_ENOMEM:	return "out of memory";
	case STORE_ENOTFOUND:	return "not found";
	case STORE_EDUP:	return "value already held by another record";
	case STORE_ECONFLICT:	return "record changed by someone else since it was read";
	case STORE_EEXIST:	return "already exists";
	case STORE_ENODB:	return "no database there";
	case STORE_EFULL:	return "database reached its size limit";
	case STORE_ENOSPC:	return "disk full";
	case STORE_EPERM:	return "permission denied";
	case STORE_ECORRUPT:	return "database damaged";
	case STORE_EVERSION:	return "database made by a newer version";
	case STORE_EREF:	return "reference to a missing record";
	case STORE_ERDONLY:	return "database opened read-only";
	case STORE_EIO:		return "input/output error";
	case STORE_EBUSY:	return "database busy";
	case STORE_EACCES:	return "refused by the access policy";
	case STORE_EMOVED:	return "database file replaced since it was opened";
	case STORE_ECOPIED:	return "database file overwritten while open elsewhere";
	default:		return "unknown error";
	}
}

/* Translates an LMDB or errno code. */
static int
xlate(int rc)
{
	switch (rc) {
	case 0:			return 0;
	case MDB_NOTFOUND:	return STORE_ENOTFOUND;
	case MDB_KEYEXIST:	return STORE_EEXIST;
	case MDB_MAP_FULL:	return STORE_EFULL;
	case MDB_READERS_FULL:	return STORE_EBUSY;
	case MDB_VERSION_MISMATCH:
	case MDB_INCOMPATIBLE:	return STORE_EVERSION;
	case MDB_CORRUPTED:
	case MDB_PAGE_NOTFOUND:
	case MDB_INVALID:	return STORE_ECORRUPT;
	case ENOSPC:
	case EDQUOT:
	case EFBIG:		return STORE_ENOSPC;
	case EACCES:
	case EPERM:
	case EROFS:		return STORE_EPERM;
	case ENOMEM:		return STORE_ENOMEM;
	case ENOENT:		return STORE_ENODB;
	default:		return STORE_EIO;
	}
}

int
lmdb_err(struct store_txn *t, int rc)
{
	if (t != NULL) {
		t->lmdb_rc = rc;
		if (rc == MDB_MAP_FULL)
			t->mapfull = 1;
	}
	return xlate(rc);
}

static void
why_clear(struct store_txn *t)
{
	memset(&t->why, 0, sizeof t->why);
	t->why.field = -1;
}

const struct store_why *
store_txn_why(const struct store_txn *t)
{
	return &t->why;
}

int
store_txn_writable(const struct store_txn *t)
{
	return t->write;
}

struct store *
store_txn_store(struct store_txn *t)
{
	return t->st;
}

int
store_size_parse(const char *v, size_t *out)
{
	char *end;
	unsigned long long n;
	int shift = 0;

	if (v == NULL || *v < '0' || *v > '9')
		return STORE_EINVAL;
	errno = 0;
	n = strtoull(v, &end, 10);
	if (errno != 0)
		return STORE_EINVAL;
	switch (*end) {
	case 'k': case 'K': shift = 10; end++; break;
	case 'm': case 'M': shift = 20; end++; break;
	case 'g': case 'G': shift = 30; end++; break;
	default: break;
	}
	/* "16GB", "16GiB": what an administrator may well write */
	if (shift != 0 && (*end == 'i' || *end == 'I') && (end[1] == 'b' || end[1] == 'B'))
		end += 2;
	else if (shift != 0 && (*end == 'b' || *end == 'B'))
		end++;
	if (*end != '\0' || (shift != 0 && n > (ULLONG_MAX >> shift)))
		return STORE_EINVAL;
	n <<= shift;
	if (n < 65536)
		n = 65536;
	if (n > SIZE_MAX)
		n = SIZE_MAX;
	*out = (size_t)n;
	return 0;
}

/* The size in the environment variable name, or dflt when it is not set.
 * One that is not a size (tui_identity_open_store refuses to open a
 * database under it, naming it) also gives dflt. */
static size_t
env_size(const char *name, size_t dflt)
{
	const char *v = getenv(name);
	size_t n;

	if (v == NULL || *v == '\0' || store_size_parse(v, &n) != 0)
		return dflt;
	return n;
}

/* ---- meta counters ----
 *
 * Every record write reads and sets several counters (the change and audit
 * sequences, the clock, the station's id sequence).  A write transaction
 * keeps the ones it has read or set in t->meta and writes the changed ones
 * to DB_META once, just before the commit (meta_flush); a transaction that
 * is aborted loses them with everything else.  Only meta_get/meta_put may
 * read or set them while a write runs. */

static struct meta_slot *
meta_slot(struct store_txn *t, const char *name)
{
	int i;

	for (i = 0; i < t->nmeta; i++)
		if (strcmp(t->meta[i].name, name) == 0)
			return &t->meta[i];
	return NULL;
}

/* A new slot for name, or NULL when there is no room (or the name is too
 * long): the counter is then read and written in DB_META directly. */
static struct meta_slot *
meta_slot_add(struct store_txn *t, const char *name, uint64_t v)
{
	struct meta_slot *m;

	if (!t->write || t->nmeta == META_SLOTS || strlen(name) >= sizeof m->name)
		return NULL;
	m = &t->meta[t->nmeta++];
	strcpy(m->name, name);
	m->v = v;
	m->dirty = 0;
	return m;
}

static int
meta_get(struct store_txn *t, const char *name, uint64_t *v)
{
	struct meta_slot *m = t->write ? meta_slot(t, name) : NULL;
	MDB_val k = { strlen(name), (void *)name }, d;
	int rc;

	if (m != NULL) {
		*v = m->v;
		return 0;
	}
	rc = mdb_get(t->txn, t->st->dbi[DB_META], &k, &d);
	*v = 0;
	if (rc == MDB_NOTFOUND) {
		meta_slot_add(t, name, 0);
		return 0;
	}
	if (rc != 0)
		return lmdb_err(t, rc);
	if (d.mv_size != 8)
		return STORE_ECORRUPT;
	*v = be64_get(d.mv_data);
	meta_slot_add(t, name, *v);
	return 0;
}

static int
meta_write(struct store_txn *t, const char *name, uint64_t v)
{
	unsigned char b[8];
	MDB_val k = { strlen(name), (void *)name }, d = { 8, b };

	be64_put(b, v);
	return lmdb_err(t, mdb_put(t->txn, t->st->dbi[DB_META], &k, &d, 0));
}

static int
meta_put(struct store_txn *t, const char *name, uint64_t v)
{
	struct meta_slot *m = t->write ? meta_slot(t, name) : NULL;

	if (m == NULL && (m = meta_slot_add(t, name, v)) == NULL)
		return meta_write(t, name, v);
	m->v = v;
	m->dirty = 1;
	return 0;
}

/* Writes the changed counters of t to DB_META (before the commit). */
static int
meta_flush(struct store_txn *t)
{
	int i, rc;

	for (i = 0; i < t->nmeta; i++) {
		if (!t->meta[i].dirty)
			continue;
		if ((rc = meta_write(t, t->meta[i].name, t->meta[i].v)) != 0)
			return rc;
		t->meta[i].dirty = 0;
	}
	return 0;
}

static uint64_t
wall_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_REALTIME, &ts);
	return (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
}

uint64_t
store_hlc_tick(struct store_txn *t)
{
	uint64_t last, now;

	if (!t->write || meta_get(t, "hlc", &last) != 0)
		return 0;
	now = core_hlc_tick(last, wall_ms());
	if (meta_put(t, "hlc", now) != 0)
		return 0;
	return now;
}

int
store_hlc_seen(struct store_txn *t, uint64_t remote)
{
	uint64_t last;
	int rc;

	if (!t->write)
		return STORE_ERDONLY;
	if ((rc = meta_get(t, "hlc", &last)) != 0)
		return rc;
	return meta_put(t, "hlc", core_hlc_recv(last, remote, wall_ms()));
}

/* ---- open / close ---- */

static int grow(struct store *st);
static void drop_spare(struct store *st);

/*
 * 1 if the file holds an LMDB database of some other program: named
 * sub-databases, none of them Hamyar's "meta" (which every format had).
 * An older Hamyar database lacks some sub-databases and gets them made on
 * its first writing open; an LMDB file put in the folder by mistake (the
 * wrong file restored as data.mdb) must not: that open would make all of
 * Hamyar's in it and then take it for a database with no station.  A file
 * with no sub-database at all (an init killed before its first commit) is
 * taken as Hamyar's.
 */
static int
foreign(struct store *st)
{
	MDB_txn *txn;
	MDB_dbi main;
	MDB_cursor *c;
	MDB_val k = { 4, "meta" }, d;
	int rc, other;

	if (mdb_txn_begin(st->env, NULL, MDB_RDONLY, &txn) != 0)
		return 0;
	if (mdb_dbi_open(txn, NULL, 0, &main) != 0 || mdb_cursor_open(txn, main, &c) != 0) {
		mdb_txn_abort(txn);
		return 0;
	}
	other = mdb_cursor_get(c, &d, &d, MDB_FIRST) == 0;
	rc = mdb_get(txn, main, &k, &d);
	mdb_cursor_close(c);
	mdb_txn_abort(txn);
	return other && rc == MDB_NOTFOUND;
}

static int
open_dbis(struct store *st, int create)
{
	MDB_txn *txn;
	unsigned fl;
	int rc, i;

	rc = mdb_txn_begin(st->env, NULL, create ? 0 : MDB_RDONLY, &txn);
	if (rc == MDB_MAP_RESIZED) {
		mdb_env_set_mapsize(st->env, 0);
		rc = mdb_txn_begin(st->env, NULL, create ? 0 : MDB_RDONLY, &txn);
	}
	if (rc != 0)
		return rc;
	for (i = 0; i < DB_COUNT; i++) {
		const char *name = i < DB_REC0 ? db_names[i] : core_schema_get(i - DB_REC0)->name;

		fl = create ? MDB_CREATE : 0;
		if (i == DB_INDEX || i == DB_SEARCH || i == DB_AUDIT_ID)
			fl |= MDB_DUPSORT;
		if (i == DB_AUDIT_ID)
			fl |= MDB_DUPFIXED;
		rc = mdb_dbi_open(txn, name, fl, &st->dbi[i]);
		if (rc == MDB_NOTFOUND && i == DB_WORDS &&
		    (st->flags & (STORE_RDONLY | STORE_OWN_SETTINGS))) {
			st->nowords = 1;	/* format 1, read only: search falls back */
			continue;
		}
		if (rc != 0) {
			mdb_txn_abort(txn);
			return rc;
		}
	}
	return mdb_txn_commit(txn);
}

static int
load_station(struct store *st)
{
	struct store_txn *t;
	char *s = NULL;
	size_t n;
	uint64_t fmt = 0;
	int rc;

	if ((rc = store_read_begin(st, &t)) != 0)
		return rc;
	rc = meta_get(t, "format", &fmt);
	if (rc == 0 && fmt > DB_FORMAT)
		rc = STORE_EVERSION;
	st->format = fmt;
	if (rc == 0 && store_setting_get(t, "station", &s, &n) == 0 && n <= CORE_STATION_MAX)
		memcpy(st->station, s, n + 1);
	free(s);
	store_read_end(t);
	return rc;
}

static int index_entry(struct store_txn *t, unsigned flags, const unsigned char *key,
    size_t klen, const unsigned char *rkey, size_t rklen, int add);
static int rec_search_key(const struct core_record *r, int f, unsigned char *key, size_t *len);

int
rec_each(struct store_txn *t, unsigned kinds,
    int (*fn)(struct store_txn *t, const struct core_record *r, const unsigned char *rkey,
    size_t rklen, void *ctx), void *ctx)
{
	int k, rc;

	for (k = 0; k < CORE_NKINDS; k++) {
		MDB_cursor *c;
		MDB_val key, d;
		int op = MDB_FIRST;

		if (!(kinds & (1u << k)))
			continue;
		if ((rc = mdb_cursor_open(t->txn, t->st->dbi[DB_REC0 + k], &c)) != 0)
			return lmdb_err(t, rc);
		while ((rc = mdb_cursor_get(c, &key, &d, op)) == 0) {
			struct core_record *r;
			unsigned char rk[RKEY_MAX];
			size_t rkl = key.mv_size;

			op = MDB_NEXT;
			if (rkl > RKEY_MAX || rec_decode((enum core_kind)k, d.mv_data, d.mv_size, &r,
			    NULL) != 0)
				continue;	/* verify reports it */
			memcpy(rk, key.mv_data, rkl);
			rc = fn(t, r, rk, rkl, ctx);
			core_record_free(r);
			if (rc != 0) {
				mdb_cursor_close(c);
				return rc;
			}
		}
		mdb_cursor_close(c);
		if (rc != MDB_NOTFOUND)
			return lmdb_err(t, rc);
	}
	return 0;
}

/* rec_each: the DB_INDEX entries of one record. */
static int
index_record(struct store_txn *t, const struct core_record *r, const unsigned char *rkey,
    size_t rklen, void *ctx)
{
	const struct core_schema *s = core_schema_get(r->kind);
	unsigned char key[KEY_MAX];
	size_t i;
	int n, rc = 0;

	(void)ctx;
	for (i = 0; i < s->nfields && rc == 0; i++)
		if ((s->fields[i].flags & (CORE_FF_INDEX | CORE_FF_UNIQUE)) == CORE_FF_INDEX &&
		    (n = index_key(r, (int)i, key)) > 0)
			rc = index_entry(t, CORE_FF_INDEX, key, (size_t)n, rkey, rklen, 1);
	return rc;
}

/* Sub-database db emptied and filled again from the records by fn (a
 * rec_each callback).  Returns 0 or a store code. */
static int
rebuild(struct store_txn *t, int db,
    int (*fn)(struct store_txn *t, const struct core_record *r, const unsigned char *rkey,
    size_t rklen, void *ctx))
{
	int rc;

	if ((rc = defer_flush_db(t, db)) != 0)
		return rc;
	if ((rc = mdb_drop(t->txn, t->st->dbi[db], 0)) != 0)
		return lmdb_err(t, rc);
	return rec_each(t, ~0u, fn, NULL);
}

/* rec_each: the DB_SEARCH entries (whole names) of one record. */
static int
names_record(struct store_txn *t, const struct core_record *r, const unsigned char *rkey,
    size_t rklen, void *ctx)
{
	const struct core_schema *s = core_schema_get(r->kind);
	unsigned char key[KEY_MAX];
	size_t i, n;
	int rc = 0;

	(void)ctx;
	for (i = 0; i < s->nfields && rc == 0; i++)
		if (search_only(s->fields[i].flags) &&
		    (rc = rec_search_key(r, (int)i, key, &n)) == 0 && n > 0)
			rc = index_entry(t, s->fields[i].flags, key, n, rkey, rklen, 1);
	return rc;
}

/* An older database brought to DB_FORMAT, in one write transaction
 * (another process may have done it first): formats 1 to 8 get the word
 * index (search.c) filled from the records (1 had none, 2 and 3 other
 * layouts, 4 to 6 no entries for the parts after a ZWNJ, 4 to 8 at most
 * 32 entries of a name), formats 1 to 4
 * the record index (a donor's mobile came in format 5), formats 1 to 5 the
 * names' index (its keys changed in format 6). */
static int
migrate(struct store_txn *t, void *ctx)
{
	uint64_t fmt = 0;
	int rc;

	(void)ctx;
	if ((rc = meta_get(t, "format", &fmt)) != 0)
		return rc;
	if (fmt >= DB_FORMAT)
		return 0;
	store_txn_bulk(t);	/* the entries put in key order (defer.c) */
	if (fmt < LONG_FORMAT) {
		t->st->nowords = 0;
		t->st->noparts = 0;
		t->st->shortwords = 0;
		if ((rc = words_rebuild(t)) != 0)
			return rc;
	}
	/* format 5 added a donor's mobile to DB_INDEX, 6 changed the keys of
	 * DB_SEARCH */
	if (fmt < MOBILE_FORMAT && (rc = rebuild(t, DB_INDEX, index_record)) != 0)
		return rc;
	if (fmt < NAMES_FORMAT && (rc = rebuild(t, DB_SEARCH, names_record)) != 0)
		return rc;
	return meta_put(t, "format", DB_FORMAT);
}

static int
exists_file(const char *dir, const char *name)
{
	char p[4096];
	struct stat sb;

	snprintf(p, sizeof p, "%s/%s", dir, name);
	return stat(p, &sb) == 0;
}

/* Creates the missing parents of path (as mkdir -p, modes from the umask):
 * the default database lives in ~/.local/share, which a fresh account may
 * not have yet. */
static int
mkparents(const char *path)
{
	char p[4096];
	size_t i, n = strlen(path);

	if (n >= sizeof p)
		return -1;
	memcpy(p, path, n + 1);
	while (n > 1 && p[n - 1] == '/')
		p[--n] = '\0';
	for (i = 1; i < n; i++) {
		if (p[i] != '/')
			continue;
		p[i] = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST)
			return -1;
		p[i] = '/';
	}
	return 0;
}

int
store_mkdir(const char *path)
{
	if (mkdir(path, 0770) != 0 && (errno != ENOENT || mkparents(path) != 0 ||
	    mkdir(path, 0770) != 0))
		return -1;
	chmod(path, 0770);	/* whatever the umask: the group shares it */
	return 0;
}

/* Stats the data file of a database at path (the file itself for a backup
 * file).  Returns stat's result. */
static int
data_stat(const char *path, int isfile, struct stat *sb)
{
	char p[4096];

	if (isfile)
		snprintf(p, sizeof p, "%s", path);
	else
		snprintf(p, sizeof p, "%s/data.mdb", path);
	return stat(p, sb);
}

/* 1 if the file at path has an LMDB meta page (its magic number) where
 * one of the two is, for the page sizes LMDB uses; 0 for any other file
 * (a CSV, a report, an export given to --db), which is no database at
 * all rather than a damaged one. */
static int
lmdb_file(const char *path)
{
	static const unsigned char magic[4] = { 0xde, 0xc0, 0xef, 0xbe };
	static const off_t at[] = { 0, 4096, 16384, 65536 };
	unsigned char b[4];
	size_t i;
	int fd, yes = 0;

	if ((fd = open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return 1;	/* let the open say why */
	for (i = 0; i < sizeof at / sizeof at[0] && !yes; i++)
		yes = pread(fd, b, 4, at[i] + 16) == 4 && memcmp(b, magic, 4) == 0;
	close(fd);
	return yes;
}

int
store_file_is_db(const char *path)
{
	return lmdb_file(path);
}

/* 1 if the data file is there but shorter than LMDB's two meta pages (an
 * empty file left by a failed copy): LMDB would take it for a new one. */
static int
too_short(const char *path, int isfile)
{
	struct stat sb;

	return data_stat(path, isfile, &sb) == 0 && sb.st_size < 2 * 4096;
}

/*
 * A file cut short (a copy interrupted, a full disk) still opens: LMDB reads
 * only its two meta pages.  Touching a page past the end of the file then
 * kills the process with SIGBUS instead of returning an error, so the file
 * must hold every page up to the last one the newer meta page names.
 */
static int
check_length(MDB_env *env, const char *path, int isfile)
{
	MDB_envinfo info;
	MDB_stat ms;
	struct stat sb;

	if (mdb_env_info(env, &info) != 0 || mdb_env_stat(env, &ms) != 0 ||
	    data_stat(path, isfile, &sb) != 0)
		return MDB_CORRUPTED;
	if ((uint64_t)sb.st_size < ((uint64_t)info.me_last_pgno + 1) * ms.ms_psize)
		return MDB_CORRUPTED;
	return 0;
}

int
store_data_short(const char *path, uint64_t *have, uint64_t *need)
{
	MDB_env *env;
	MDB_envinfo info;
	MDB_stat ms;
	struct stat sb;
	int isfile, cut = 0;

	*have = *need = 0;
	if (path == NULL || stat(path, &sb) != 0)
		return 0;
	isfile = S_ISREG(sb.st_mode);
	if (data_stat(path, isfile, &sb) != 0 || !S_ISREG(sb.st_mode))
		return 0;
	*have = (uint64_t)sb.st_size;
	if (too_short(path, isfile))
		return 1;	/* not even the meta pages: the size it needs is not known */
	/* read its meta pages only, without the lock file (another
	 * process may have the database open) */
	if (mdb_env_create(&env) != 0)
		return 0;
	if (isfile)
		mdb_env_set_mapsize(env, (size_t)sb.st_size);
	if (mdb_env_open(env, path, MDB_RDONLY | MDB_NOLOCK | MDB_NOTLS |
	    (isfile ? MDB_NOSUBDIR : 0), 0) == 0 &&
	    mdb_env_info(env, &info) == 0 && mdb_env_stat(env, &ms) == 0 &&
	    *have < ((uint64_t)info.me_last_pgno + 1) * ms.ms_psize) {
		*need = ((uint64_t)info.me_last_pgno + 1) * ms.ms_psize;
		cut = 1;
	}
	mdb_env_close(env);
	return cut;
}

/*
 * 1 if the data file is not the one the lock file's state was made for: a
 * file (a backup) copied over data.mdb in place, "cp backup data.mdb",
 * while processes had the database open.  LMDB keeps the last committed
 * transaction's number in the lock file, and txn (begun in this
 * environment) took it from there; the file's newer meta page has that
 * number (a write transaction is one past it).  A writer commits its meta
 * page before the lock's number, so a sound file's is never behind it; a
 * compact copy's is 1, an older copy's lower.  The first process to open
 * a database nobody has open makes the lock's state again from the file,
 * so once every session has ended the file copied in is simply opened.
 * (A copy whose number is ahead of the lock's is not seen.)
 */
static int
overwritten(struct store *st, MDB_txn *txn, int write)
{
	MDB_envinfo info;
	size_t id;

	if (st->isfile || mdb_env_info(st->env, &info) != 0)
		return 0;
	id = mdb_txn_id(txn);
	return write ? info.me_last_txnid + 1 != id : info.me_last_txnid < id;
}

/* store_open's check of overwritten, in a read transaction of its own. */
static int
overwritten_at_open(struct store *st)
{
	MDB_txn *txn;
	int r;

	if (st->isfile || mdb_txn_begin(st->env, NULL, MDB_RDONLY, &txn) != 0)
		return 0;
	r = overwritten(st, txn, 0);
	mdb_txn_abort(txn);
	return r;
}

static int replaced(struct store *st);

int
store_open(const char *path, unsigned flags, struct store **out)
{
	struct store *st;
	struct stat sb;
	/*
	 * MDB_NORDAHEAD: LMDB madvise()s the map MADV_RANDOM, so a page read
	 * brings in that page only, not the kernel's readahead window of its
	 * neighbours.  Walking an index of 100,000 entries otherwise made most
	 * of the file resident (issue 9: peak RSS while browsing).
	 */
	unsigned ef = MDB_NOTLS | MDB_NORDAHEAD;
	int rc, isfile = 0, created = 0, reopen = 0;
	unsigned ro;
	MDB_envinfo info;
	size_t init = env_size("HAMYAR_MAP_INIT", MAP_INIT_DEFAULT);

	*out = NULL;
	if (path == NULL || *path == '\0')
		return STORE_EINVAL;
	/* (before the directory is made) */
	if ((flags & STORE_CREATE) && (flags & (STORE_RDONLY | STORE_OWN_SETTINGS)))
		return STORE_EINVAL;
	if (stat(path, &sb) == 0) {
		if (S_ISREG(sb.st_mode)) {
			if (flags & STORE_CREATE)
				return STORE_EEXIST;
			if (!lmdb_file(path))
				return STORE_ENODB;
			isfile = 1;
			flags |= STORE_RDONLY;
		} else if (!S_ISDIR(sb.st_mode)) {
			return STORE_ENODB;
		} else if (exists_file(path, "data.mdb")) {
			if (flags & STORE_CREATE)
				return STORE_EEXIST;
		} else if (!(flags & STORE_CREATE)) {
			return STORE_ENODB;
		}
	} else if (errno == ENOENT) {
		if (!(flags & STORE_CREATE))
			return STORE_ENODB;
		if (store_mkdir(path) != 0)
			return xlate(errno);
		created = 1;
	} else {
		return xlate(errno);
	}
	/* own settings only: opened to write, but nothing else is written,
	 * not even at open (below: no sub-database made, no migration) */
	ro = flags & (STORE_RDONLY | STORE_OWN_SETTINGS);

	if ((st = calloc(1, sizeof *st)) == NULL)
		return STORE_ENOMEM;
	st->flags = flags;
	st->isfile = isfile;
	if ((st->path = strdup(path)) == NULL) {
		free(st);
		return STORE_ENOMEM;
	}
	st->limit = env_size("HAMYAR_MAP_LIMIT", MAP_LIMIT_DEFAULT);
	if (init > st->limit)
		init = st->limit;
	strcpy(st->user, "?");
again:
	if ((rc = mdb_env_create(&st->env)) != 0)
		goto fail;
	mdb_env_set_maxdbs(st->env, DB_COUNT + 4);
	mdb_env_set_maxreaders(st->env, 254);
	if (flags & STORE_CREATE)
		mdb_env_set_mapsize(st->env, init);
	if (isfile) {
		ef |= MDB_NOSUBDIR | MDB_NOLOCK;
		/* read only: a map as large as the file is enough (LMDB
		 * would take the size the copied database had, which on a
		 * 32-bit system may not fit beside the database's own map
		 * when backup checks its copy) */
		if (sb.st_size > 0)
			mdb_env_set_mapsize(st->env, (size_t)sb.st_size);
	}
	if (flags & STORE_RDONLY)
		ef |= MDB_RDONLY;
	if (flags & STORE_NOSYNC)
		ef |= MDB_NOSYNC;
	if (!(flags & STORE_CREATE) && too_short(path, isfile)) {
		rc = MDB_CORRUPTED;	/* not even its two meta pages */
		goto fail;
	}
	if ((rc = mdb_env_open(st->env, path, ef, 0660)) != 0)
		goto fail;
	if (!isfile && replaced(st) && reopen++ < 3) {
		/* LMDB opens data.mdb, then waits for the lock: a backup
		 * `hamyar restore` put in its place meanwhile (it holds the
		 * lock until then) is another file, to be opened afresh */
		mdb_env_close(st->env);
		st->env = NULL;
		goto again;
	}
	if (!(flags & STORE_CREATE) && (rc = check_length(st->env, path, isfile)) != 0)
		goto fail;
	if (!(flags & STORE_CREATE) && overwritten_at_open(st)) {
		/* nothing read or written: the lock's state is another
		 * file's (LMDB would take its pages by the wrong meta) */
		mdb_env_close(st->env);
		free(st->path);
		free(st);
		return STORE_ECOPIED;
	}
	if (flags & STORE_CREATE) {
		char p[4096];

		snprintf(p, sizeof p, "%s/data.mdb", path);
		chmod(p, 0660);
		snprintf(p, sizeof p, "%s/lock.mdb", path);
		chmod(p, 0660);
	} else if (!ro && mdb_env_info(st->env, &info) == 0 &&
	    info.me_mapsize < init) {
		mdb_env_set_mapsize(st->env, init);
	}
	if (!isfile) {
		int dead;

		/* slots of readers that died (a killed SSH session) would pin
		 * old pages and make the file grow */
		mdb_reader_check(st->env, &dead);
	}
	rc = open_dbis(st, 0);
	if (rc == MDB_NOTFOUND && !(flags & STORE_CREATE) && !ro &&
	    foreign(st))
		rc = MDB_NOTFOUND;	/* not ours: write nothing into it */
	else if (rc == MDB_NOTFOUND && !ro) {
		while ((rc = open_dbis(st, 1)) == MDB_MAP_FULL)
			if (grow(st) != 0)
				break;
	}
	if (rc != 0)
		goto fail;
	if ((rc = load_station(st)) != 0) {
		store_close(st);
		return rc;
	}
	if (st->format != 0 && st->format < DB_FORMAT) {
		/* format 1 had no word index, 2 and 3 other layouts, 4 no
		 * mobile in the record index, 4 to 6 no word entries for the
		 * parts after a ZWNJ, 4 to 8 at most 32 words and parts of a
		 * name: built once here (migrate); read only, or if that
		 * fails, search falls back to the start of the name (formats
		 * 1-3), a mobile is not found (format 4), a compound word
		 * only by its start (formats 4-6), and a word after a long
		 * name's 32nd not at all (formats 4-8: that index is read,
		 * verified and kept up to date as it is) */
		st->nowords = st->format < WORDS_FORMAT;
		st->noparts = st->format < PARTS_FORMAT;
		st->shortwords = st->format < LONG_FORMAT;
		if (!ro && store_write(st, migrate, NULL) == 0)
			st->format = DB_FORMAT;
		st->nowords = st->format < WORDS_FORMAT;
		st->noparts = st->format < PARTS_FORMAT;
		st->shortwords = st->format < LONG_FORMAT;
	}
	*out = st;
	return 0;
fail:
	rc = rc == MDB_NOTFOUND ? STORE_ENODB : xlate(rc);
	if (st->env)
		mdb_env_close(st->env);
	free(st->path);
	free(st);
	if (created) {
		char p[4096];

		snprintf(p, sizeof p, "%s/data.mdb", path);
		unlink(p);
		snprintf(p, sizeof p, "%s/lock.mdb", path);
		unlink(p);
		rmdir(path);
	}
	return rc;
}

void
store_close(struct store *st)
{
	if (st == NULL)
		return;
	if (st->policy_free != NULL)
		st->policy_free(st->policy_ctx);
	drop_spare(st);
	free(st->spare_t);
	mdb_env_close(st->env);
	free(st->path);
	free(st);
}

int
store_user_set(struct store *st, const char *login)
{
	if (login == NULL || *login == '\0' || strlen(login) >= sizeof st->user)
		return STORE_EINVAL;
	strcpy(st->user, login);
	return 0;
}

const char *
store_user(const struct store *st)
{
	return st->user;
}

int
store_station(struct store *st, char *buf)
{
	if (st->station[0] == '\0')
		return STORE_ENODB;
	strcpy(buf, st->station);
	return 0;
}

/* The station code, also inside the transaction that store_init ran in. */
static int
station_of(struct store_txn *t, char *buf)
{
	char *s;
	size_t n;
	int rc;

	if (t->st->station[0] != '\0') {
		strcpy(buf, t->st->station);
		return 0;
	}
	if ((rc = store_setting_get(t, "station", &s, &n)) != 0)
		return rc == STORE_ENOTFOUND ? STORE_ENODB : rc;
	if (n > CORE_STATION_MAX) {
		free(s);
		return STORE_ECORRUPT;
	}
	memcpy(buf, s, n + 1);
	free(s);
	return 0;
}

int
store_init(struct store_txn *t, const char *station, const char *name)
{
	char *old;
	const struct core_county *c;
	char buf[512], key[64], code[CORE_STATION_MAX + 1];
	int rc;

	if (!t->write)
		return STORE_ERDONLY;
	if (station == NULL || core_station_normalize(station, code) != 0)
		return STORE_EINVAL;
	station = code;	/* upper case: ids, versions and bundles use it */
	if (store_setting_get(t, "station", &old, NULL) == 0) {
		free(old);
		return STORE_EEXIST;
	}
	if ((rc = meta_put(t, "format", DB_FORMAT)) != 0)
		return rc;
	{
		MDB_val k = { 7, "station" }, d = { strlen(station), (void *)station };

		if ((rc = mdb_put(t->txn, t->st->dbi[DB_SETTINGS], &k, &d, 0)) != 0)
			return lmdb_err(t, rc);
	}
	if (name != NULL && *name != '\0' &&
	    (rc = store_setting_set(t, "station.name", name, strlen(name))) != 0)
		return rc;
	for (c = core_counties_seed; c->code != NULL; c++) {
		snprintf(key, sizeof key, "county.%s", c->code);
		snprintf(buf, sizeof buf, "%s\t%s", c->name_fa, c->name_en);
		if ((rc = store_setting_set(t, key, buf, strlen(buf))) != 0)
			return rc;
	}
	snprintf(key, sizeof key, "seq:%s", station);
	return meta_put(t, key, 1);
}

/* ---- transactions ---- */

/* Drops the spare read transaction: the map may only be resized with no
 * transaction of this process alive. */
static void
drop_spare(struct store *st)
{
	if (st->spare != NULL) {
		mdb_txn_abort(st->spare);
		st->spare = NULL;
	}
}

int
store_read_begin(struct store *st, struct store_txn **out)
{
	struct store_txn *t;
	int rc = -1, tries;

	*out = NULL;
	if (st->txn_open)
		return STORE_EBUSY;
	if ((t = st->spare_t) != NULL)
		st->spare_t = NULL;
	else if ((t = malloc(sizeof *t)) == NULL)
		return STORE_ENOMEM;
	memset(t, 0, sizeof *t);
	t->st = st;
	why_clear(t);
	/* Short read transactions, cheaply: the last one was reset, not freed,
	 * and is renewed here (LMDB's reset/renew). */
	if (st->spare != NULL) {
		if ((rc = mdb_txn_renew(st->spare)) == 0)
			t->txn = st->spare;
		else
			mdb_txn_abort(st->spare);
		st->spare = NULL;
	}
	for (tries = 0; rc != 0; tries++) {
		rc = mdb_txn_begin(st->env, NULL, MDB_RDONLY, &t->txn);
		if (rc != MDB_MAP_RESIZED || tries > 3)
			break;
		mdb_env_set_mapsize(st->env, 0);
	}
	if (rc != 0) {
		free(t);
		return xlate(rc);
	}
	if (overwritten(st, t->txn, 0)) {
		/* a session left open through a backup copied over its
		 * data.mdb: what it would read is not the database */
		mdb_txn_abort(t->txn);
		free(t);
		return STORE_EMOVED;
	}
	st->txn_open = 1;
	*out = t;
	return 0;
}

void
store_read_end(struct store_txn *t)
{
	struct store *st;

	if (t == NULL)
		return;
	st = t->st;
	if (st->spare == NULL) {
		mdb_txn_reset(t->txn);
		st->spare = t->txn;
	} else {
		mdb_txn_abort(t->txn);
	}
	st->txn_open = 0;
	if (st->spare_t == NULL)
		st->spare_t = t;
	else
		free(t);
}

/* LMDB reports a short write as EIO, which is what a full disk (or a file
 * size limit) usually gives: look at the free space and the limit to say
 * STORE_ENOSPC when that is the cause. */
static int
write_err(struct store *st, int mrc)
{
	struct statvfs vfs;
	struct rlimit rl;
	struct stat sb;
	char p[4096];

	if (mrc != EIO)
		return xlate(mrc);
	if (statvfs(st->path, &vfs) == 0 &&
	    (unsigned long long)vfs.f_bavail * vfs.f_frsize < (16ull << 20))
		return STORE_ENOSPC;
	snprintf(p, sizeof p, st->isfile ? "%s" : "%s/data.mdb", st->path);
	if (getrlimit(RLIMIT_FSIZE, &rl) == 0 && rl.rlim_cur != RLIM_INFINITY &&
	    stat(p, &sb) == 0 && (unsigned long long)sb.st_size + (16ull << 20) > rl.rlim_cur)
		return STORE_ENOSPC;
	return STORE_EIO;
}

/* Grows the map: doubles it, up to the limit.  Returns 0, or STORE_EFULL at
 * the limit. */
static int
grow(struct store *st)
{
	MDB_envinfo info;
	size_t cur, next;

	if (mdb_env_info(st->env, &info) != 0)
		return STORE_EIO;
	cur = info.me_mapsize;
	if (cur >= st->limit)
		return STORE_EFULL;
	next = cur > st->limit / 2 ? st->limit : cur * 2;
	drop_spare(st);
	if (mdb_env_set_mapsize(st->env, next) != 0)
		return STORE_EIO;
	return 0;
}

/* Grows the map before a write when it is already three quarters used, so
 * that most writes never have to run twice. */
static void
pregrow(struct store *st)
{
	MDB_envinfo info;
	MDB_stat ms;

	if (mdb_env_info(st->env, &info) != 0 || mdb_env_stat(st->env, &ms) != 0)
		return;
	if ((size_t)(info.me_last_pgno + 1) * ms.ms_psize > info.me_mapsize / 4 * 3)
		grow(st);
}

/*
 * 1 if the folder's data.mdb is no longer the file st has open: an
 * administrator put a backup back (moved data.mdb and lock.mdb aside and
 * copied the backup in, as the README says) while this program still ran.
 * LMDB goes on writing into the file moved aside, under the lock file moved
 * with it, so a write committed now would be reported saved and be lost,
 * found in neither database.  A data.mdb that cannot be looked at for
 * another reason does not stop the write (LMDB says what is wrong).
 */
static int
replaced(struct store *st)
{
	struct stat now, open_sb;
	mdb_filehandle_t fd;

	if (st->isfile || mdb_env_get_fd(st->env, &fd) != 0 || fstat(fd, &open_sb) != 0)
		return 0;
	if (data_stat(st->path, 0, &now) != 0)
		return errno == ENOENT;
	return now.st_dev != open_sb.st_dev || now.st_ino != open_sb.st_ino;
}

/* replaced, or a file copied over data.mdb in place (overwritten), for
 * the write transaction t: the moment before its commit. */
static int
replaced_txn(struct store *st, MDB_txn *txn)
{
	return replaced(st) || overwritten(st, txn, 1);
}

static void paid_free(struct store_txn *t);
static void bulk_cursors_close(struct store_txn *t);
static int bulk_get(struct store_txn *t, int db, MDB_val *k, MDB_val *d);

int
store_write(struct store *st, int (*fn)(struct store_txn *t, void *ctx), void *ctx)
{
	struct store_txn t;
	int rc, tries = 0;

	if (st->flags & STORE_RDONLY)
		return STORE_ERDONLY;
	if (st->txn_open)
		return STORE_EBUSY;
	for (;;) {
		pregrow(st);
		memset(&t, 0, sizeof t);
		t.st = st;
		/* STORE_OWN_SETTINGS: a write transaction in which only
		 * the user's own settings may be written (own_setting) */
		t.own_settings = (st->flags & STORE_OWN_SETTINGS) != 0;
		t.write = !t.own_settings;
		why_clear(&t);
		rc = mdb_txn_begin(st->env, NULL, 0, &t.txn);
		if (rc == MDB_MAP_RESIZED && tries++ < 8) {
			drop_spare(st);
			mdb_env_set_mapsize(st->env, 0);
			continue;
		}
		if (rc != 0)
			return xlate(rc);
		if (overwritten(st, t.txn, 1)) {
			/* (a backup copied over data.mdb since this
			 * process opened it: see replaced) */
			mdb_txn_abort(t.txn);
			return STORE_EMOVED;
		}
		st->txn_open = 1;
		rc = fn(&t, ctx);
		if (rc == 0 && !t.mapfull)
			rc = defer_flush(&t);
		bulk_cursors_close(&t);
		defer_free(&t);
		words_cache_free(&t);
		buf_free(&t.kept[0]);
		buf_free(&t.kept[1]);
		paid_free(&t);
		/* a deferred unique check not settled, or with duplicates
		 * found (store_unique_settle), is never committed */
		if (rc == 0 && t.claims != NULL && (t.claims->live > 0 || t.claims->refused > 0))
			rc = STORE_EDUP;
		claims_free(&t);
		if (rc == 0 && !t.mapfull)
			rc = meta_flush(&t);
		/* (a stat before each commit: the moment that would lose it) */
		if (rc == 0 && !t.mapfull && replaced_txn(st, t.txn))
			rc = STORE_EMOVED;
		if (rc == 0 && !t.mapfull) {
			int mrc = mdb_txn_commit(t.txn);

			st->txn_open = 0;
			if (mrc == 0) {
				if (st->station[0] == '\0')
					load_station(st);
				return 0;
			}
			if (mrc != MDB_MAP_FULL)
				return write_err(st, mrc);
		} else {
			mdb_txn_abort(t.txn);
			st->txn_open = 0;
			if (!t.mapfull)
				return rc == STORE_EIO && t.lmdb_rc == EIO ? write_err(st, EIO) : rc;
		}
		/* The map is full: grow it and run fn again. */
		if ((rc = grow(st)) != 0)
			return rc;
	}
}

int
store_map_info(struct store *st, size_t *mapsize, size_t *used, size_t *limit)
{
	MDB_envinfo info;
	MDB_stat ms;

	if (mdb_env_info(st->env, &info) != 0 || mdb_env_stat(st->env, &ms) != 0)
		return STORE_EIO;
	if (mapsize)
		*mapsize = info.me_mapsize;
	if (used)
		*used = (size_t)(info.me_last_pgno + 1) * ms.ms_psize;
	if (limit)
		*limit = st->limit;
	return 0;
}

/* ---- index keys ---- */

int
search_key(enum core_kind k, int f, const char *text, unsigned char *key, size_t *len)
{
	size_t n;

	/* the stored text itself, not the search key's folding (أ إ آ -> ا):
	 * glibc's fa_IR order has آ as a letter of its own, before ا */
	key[0] = (unsigned char)k;
	key[1] = (unsigned char)f;
	n = loc_collate_key(text, (char *)key + 2, KEY_MAX - 2);
	if (n >= KEY_MAX - 2)
		n = KEY_MAX - 3;	/* cut: a prefix of the full key */
	*len = n + 2;
	return 0;
}

/* Index value key of field f of r into key (KEY_MAX bytes); returns its
 * length, or 0 if the field is unset. */
int
index_key(const struct core_record *r, int f, unsigned char *key)
{
	const struct core_schema *s = core_schema_get(r->kind);
	const struct core_value *v = &r->v[f];
	size_t n;

	if (!v->set)
		return 0;
	key[0] = (unsigned char)r->kind;
	key[1] = (unsigned char)f;
	if (core_ftype_is_text(s->fields[f].type)) {
		n = strlen(v->text ? v->text : "");
		if (n == 0)
			return 0;
		if (n > KEY_MAX - 2)
			n = KEY_MAX - 2;
		memcpy(key + 2, v->text, n);
		return (int)n + 2;
	}
	be64_put(key + 2, (uint64_t)v->num ^ ((uint64_t)1 << 63));
	return 10;
}

/* Search key of field f of r; returns 0 with *len = 0 if unset. */
static int
rec_search_key(const struct core_record *r, int f, unsigned char *key, size_t *len)
{
	*len = 0;
	if (!r->v[f].set || r->v[f].text == NULL || r->v[f].text[0] == '\0')
		return 0;
	return search_key(r->kind, f, r->v[f].text, key, len);
}

/* ---- records ---- */

/*
 * The records, the change log and the audit log of a bulk write get one
 * entry a record each, with keys mostly past the last (new ids, the next
 * change number, the time): mdb_put walked each one down from the root,
 * looking every page of the path up in the transaction's dirty list.  A
 * cursor kept for the write (LMDB fixes up the cursors of a write
 * transaction when another put splits a page) sits on the last page, and
 * LMDB's put through it sees that a key past the page's last needs no
 * search.  Same flags, same entries, same pages.  Closed by
 * bulk_cursors_close before the transaction ends.
 */
static MDB_cursor *
bulk_cursor(struct store_txn *t, int db)
{
	if (t->defer == NULL)
		return NULL;
	if (t->bcur[db] == NULL && mdb_cursor_open(t->txn, t->st->dbi[db], &t->bcur[db]) != 0)
		t->bcur[db] = NULL;
	return t->bcur[db];
}

static void
bulk_cursors_close(struct store_txn *t)
{
	int i;

	for (i = 0; i < DB_COUNT; i++)
		if (t->bcur[i] != NULL) {
			mdb_cursor_close(t->bcur[i]);
			t->bcur[i] = NULL;
		}
}

/* mdb_put, through the write's cursor of db if it is bulk. */
int
bulk_put(struct store_txn *t, int db, MDB_val *k, MDB_val *d, unsigned flags)
{
	MDB_cursor *c = bulk_cursor(t, db);

	if (c == NULL)
		return mdb_put(t->txn, t->st->dbi[db], k, d, flags);
	return mdb_cursor_put(c, k, d, flags);
}

/* mdb_get, through the write's cursor of db if it is bulk. */
static int
bulk_get(struct store_txn *t, int db, MDB_val *k, MDB_val *d)
{
	MDB_cursor *c = bulk_cursor(t, db);

	if (c == NULL)
		return mdb_get(t->txn, t->st->dbi[db], k, d);
	return mdb_cursor_get(c, k, d, MDB_SET);
}

static int
get_raw(struct store_txn *t, enum core_kind k, const unsigned char *rkey, size_t rklen, MDB_val *d)
{
	MDB_val key = { rklen, (void *)rkey };
	int rc = bulk_get(t, DB_REC0 + k, &key, d);

	if (rc == MDB_NOTFOUND)
		return STORE_ENOTFOUND;
	return rc ? lmdb_err(t, rc) : 0;
}

int
store_get(struct store_txn *t, enum core_kind k, const char *id,
    struct core_record **out, struct store_meta *meta)
{
	unsigned char rkey[RKEY_MAX];
	size_t rklen;
	MDB_val d;
	int rc;

	*out = NULL;
	if (core_schema_get(k) == NULL)
		return STORE_EINVAL;
	if (id_to_key(k, id, rkey, &rklen) != 0)
		return STORE_ENOTFOUND;
	if ((rc = get_raw(t, k, rkey, rklen, &d)) != 0)
		return rc;
	return rec_decode(k, d.mv_data, d.mv_size, out, meta);
}

int
store_exists(struct store_txn *t, enum core_kind k, const char *id, struct store_meta *meta)
{
	unsigned char rkey[RKEY_MAX];
	size_t rklen;
	MDB_val d;
	int rc;
	struct store_meta m;

	if (core_schema_get(k) == NULL)
		return STORE_EINVAL;
	if (id_to_key(k, id, rkey, &rklen) != 0)
		return STORE_ENOTFOUND;
	if ((rc = get_raw(t, k, rkey, rklen, &d)) != 0)
		return rc;
	if ((rc = rec_decode_meta(d.mv_data, d.mv_size, &m, NULL)) != 0)
		return rc;
	if (meta)
		*meta = m;
	return 0;
}

static int
field_named(const struct core_schema *s, const char *name)
{
	return core_field_find(s, name);
}

/* A record made or changed here (not one applied from a peer, kept as it
 * came): its numbers whose empty value means 0 (CORE_FF_ZERO, a stage's
 * progress) are written as 0, whichever way the record came (a screen's
 * prompts, a form, an import). */
static void
fill_zero(const struct store_txn *t, struct core_record *r)
{
	const struct core_schema *s = core_schema_get(r->kind);
	size_t i;

	if (t->remote || s == NULL)
		return;
	for (i = 0; i < s->nfields; i++)
		if ((s->fields[i].flags & CORE_FF_ZERO) && !r->v[i].set)
			core_record_set_num(r, (int)i, 0);
}

/* Fills derived fields: a need's county is its unit's.  With strict, a
 * missing unit is STORE_EREF. */
static int
fill_derived(struct store_txn *t, struct core_record *r, int strict)
{
	struct core_record *u;
	int rc;

	if (r->kind != CORE_NEED || !r->v[CORE_NEED_UNIT].set)
		return 0;
	rc = store_get(t, CORE_UNIT, r->v[CORE_NEED_UNIT].text, &u, NULL);
	if (rc == STORE_ENOTFOUND) {
		if (!strict)
			return 0;
		t->why.code = STORE_EREF;
		t->why.kind = CORE_UNIT;
		t->why.field = CORE_NEED_UNIT;
		snprintf(t->why.id, sizeof t->why.id, "%s", r->v[CORE_NEED_UNIT].text);
		return STORE_EREF;
	}
	if (rc != 0)
		return rc;
	if (u->v[CORE_UNIT_COUNTY].set)
		rc = core_record_set_text(r, CORE_NEED_COUNTY, u->v[CORE_UNIT_COUNTY].text) ? STORE_ENOMEM : 0;
	else
		core_record_unset(r, CORE_NEED_COUNTY);
	core_record_free(u);
	return rc;
}

struct missing_ctx {
	struct store_txn *t;
	int (*fn)(int field, const char *id, void *ctx);
	void *ctx;
};

/* core_record_each_ref callback of store_missing_refs: fn for an id not
 * stored. */
static int
missing_one(int field, enum core_kind kind, const char *id, void *vctx)
{
	struct missing_ctx *c = vctx;
	int rc = store_exists(c->t, kind, id, NULL);

	return rc == STORE_ENOTFOUND ? c->fn(field, id, c->ctx) : rc;
}

int
store_missing_refs(struct store_txn *t, const struct core_record *r,
    int (*fn)(int field, const char *id, void *ctx), void *ctx)
{
	struct missing_ctx c = { t, fn, ctx };

	return core_record_each_ref(r, missing_one, &c);
}

struct first_ctx {
	struct store_txn *t;
	const struct core_schema *s;
};

/* store_missing_refs callback of check_refs: the first one refuses. */
static int
first_missing(int field, const char *id, void *vctx)
{
	struct first_ctx *c = vctx;

	c->t->why.code = STORE_EREF;
	c->t->why.kind = c->s->fields[field].ref;
	c->t->why.field = field;
	snprintf(c->t->why.id, sizeof c->t->why.id, "%s", id);
	return STORE_EREF;
}

/* Refuses r if a record it refers to is not here (why names the first). */
static int
check_refs(struct store_txn *t, const struct core_record *r)
{
	struct first_ctx c = { t, core_schema_get(r->kind) };

	return store_missing_refs(t, r, first_missing, &c);
}

/* The buffer to encode into: in a bulk write t->kept[i], emptied, else
 * local (empty); buf_done after. */
static struct buf *
buf_take(struct store_txn *t, int i, struct buf *local)
{
	struct buf *b = t->defer != NULL ? &t->kept[i] : local;

	if (b->err)
		buf_free(b);
	b->len = 0;
	return b;
}

static void
buf_done(struct buf *b, struct buf *local)
{
	if (b == local)
		buf_free(b);
}

/* Audit entry encoding: sv time, str user, u8 action, u8 kind, str id,
 * uv n, n x (str name, str old, str new).  The fields: the setting sname
 * if not NULL, else the nnote of note if not NULL, else those of the
 * record old -> nw that differ. */
static int
audit_append(struct store_txn *t, enum store_action act, enum core_kind k, const char *id,
    const struct core_record *old, const struct core_record *nw,
    const char *sname, const char *sold, size_t soldlen, const char *snew, size_t snewlen,
    const struct store_audit_field *note, size_t nnote)
{
	struct buf lb = { 0 }, *bp;
	unsigned char akey[16];
	MDB_val key = { 16, akey }, d;
	uint64_t seq;
	int64_t now = (int64_t)time(NULL);
	int rc;
	char ob[512], nb[512];

	if ((rc = meta_get(t, "auditseq", &seq)) != 0)
		return rc;
	seq++;
	bp = buf_take(t, 1, &lb);
	be64_put(akey, (uint64_t)now ^ ((uint64_t)1 << 63));
	be64_put(akey + 8, seq);
	buf_sv(bp, now);
	buf_str(bp, t->st->user, strlen(t->st->user));
	buf_u8(bp, act);
	buf_u8(bp, k);
	buf_str(bp, id, strlen(id));
	if (sname != NULL) {
		buf_uv(bp, 1);
		buf_str(bp, sname, strlen(sname));
		buf_str(bp, sold ? sold : "", sold ? soldlen : 0);
		buf_str(bp, snew ? snew : "", snew ? snewlen : 0);
	} else if (note != NULL && nw == NULL) {
		size_t i;

		buf_uv(bp, nnote);
		for (i = 0; i < nnote; i++) {
			buf_str(bp, note[i].name, strlen(note[i].name));
			buf_str(bp, note[i].old_text, strlen(note[i].old_text));
			buf_str(bp, note[i].new_text, strlen(note[i].new_text));
		}
	} else {
		/* the record's fields old -> nw, after the note's lines if
		 * there are any (a sync entry of two records under one
		 * number: what the fields' change means) */
		const struct core_schema *s = core_schema_get(k);
		size_t i, n = note != NULL ? nnote : 0, pass;

		for (pass = 0; pass < 2; pass++) {
			if (pass == 1) {
				buf_uv(bp, n);
				for (i = 0; note != NULL && i < nnote; i++) {
					buf_str(bp, note[i].name, strlen(note[i].name));
					buf_str(bp, note[i].old_text, strlen(note[i].old_text));
					buf_str(bp, note[i].new_text, strlen(note[i].new_text));
				}
			}
			for (i = 0; i < s->nfields; i++) {
				size_t ol = 0, nl = 0;
				char *op = ob, *np = nb;

				if (s->fields[i].flags & CORE_FF_DERIVED)
					continue;
				if (old != NULL && core_value_equal(old, nw, (int)i))
					continue;
				if (old == NULL && !nw->v[i].set)
					continue;
				if (pass == 0) {
					n++;
					continue;
				}
				buf_str(bp, s->fields[i].name, strlen(s->fields[i].name));
				if (core_ftype_is_text(s->fields[i].type)) {
					/* as core_value_format writes them, without
					 * the copy (a record's every field, on an
					 * import) */
					const char *ot = old != NULL && old->v[i].set &&
					    old->v[i].text != NULL ? old->v[i].text : "";
					const char *nt = nw->v[i].set && nw->v[i].text != NULL ?
					    nw->v[i].text : "";

					buf_str(bp, ot, strlen(ot));
					buf_str(bp, nt, strlen(nt));
					continue;
				}
				if (old != NULL)
					ol = core_value_format(old, (int)i, ob, sizeof ob);
				nl = core_value_format(nw, (int)i, nb, sizeof nb);
				if (ol >= sizeof ob && (op = malloc(ol + 1)) != NULL)
					core_value_format(old, (int)i, op, ol + 1);
				if (nl >= sizeof nb && (np = malloc(nl + 1)) != NULL)
					core_value_format(nw, (int)i, np, nl + 1);
				if (op == NULL || np == NULL)
					bp->err = 1;
				buf_str(bp, op ? op : "", op ? ol : 0);
				buf_str(bp, np ? np : "", np ? nl : 0);
				if (op != ob)
					free(op);
				if (np != nb)
					free(np);
			}
		}
	}
	if (bp->err) {
		buf_done(bp, &lb);
		return STORE_ENOMEM;
	}
	d.mv_size = bp->len;
	d.mv_data = bp->p;
	rc = bulk_put(t, DB_AUDIT, &key, &d, MDB_APPEND);
	if (rc == MDB_KEYEXIST)	/* the clock went back: not in order */
		rc = bulk_put(t, DB_AUDIT, &key, &d, 0);
	buf_done(bp, &lb);
	if (rc != 0)
		return lmdb_err(t, rc);
	{
		MDB_val ik = { strlen(id), (void *)id }, idat = { 16, akey };

		if (ik.mv_size > 0 && ik.mv_size < KEY_MAX &&
		    (rc = defer_put(t, DB_AUDIT_ID, ik.mv_data, ik.mv_size, idat.mv_data,
		    idat.mv_size, 0)) != 0)
			return rc;
	}
	return meta_put(t, "auditseq", seq);
}

/* The index entries of one field: put (add != 0) or delete. */
static int
index_entry(struct store_txn *t, unsigned flags, const unsigned char *key, size_t klen,
    const unsigned char *rkey, size_t rklen, int add)
{
	MDB_val k = { klen, (void *)key }, d = { rklen, (void *)rkey };
	int db = (flags & CORE_FF_UNIQUE) ? DB_UNIQUE : (flags & CORE_FF_INDEX) ? DB_INDEX : DB_SEARCH;
	int rc;

	if (add)
		return defer_put(t, db, key, klen, rkey, rklen, db == DB_UNIQUE ? 0 : MDB_NODUPDATA);
	if ((rc = defer_flush_db(t, db)) != 0)
		return rc;
	if (db == DB_UNIQUE) {
		/* Only this record's own entry: after a sync duplicate
		 * (store_apply_dup) the value may be indexed to the other
		 * record that holds it too. */
		MDB_val cur;

		rc = mdb_get(t->txn, t->st->dbi[db], &k, &cur);
		if (rc == MDB_NOTFOUND)
			return 0;
		if (rc != 0)
			return lmdb_err(t, rc);
		if (cur.mv_size != rklen || memcmp(cur.mv_data, rkey, rklen) != 0)
			return 0;
	}
	rc = mdb_del(t->txn, t->st->dbi[db], &k, db == DB_UNIQUE ? NULL : &d);
	if (rc == MDB_NOTFOUND)
		rc = 0;
	if (rc != 0)
		return lmdb_err(t, rc);
	if (db == DB_UNIQUE && t->claims != NULL) {
		/* a value given up that a record of this transaction claims
		 * (store_txn_defer_unique): the earliest claim takes it */
		struct claim *c = claim_first(t->claims, key, klen);

		if (c != NULL) {
			if ((rc = defer_put(t, DB_UNIQUE, key, klen, c->key + c->klen, c->rklen, 0)) != 0)
				return rc;
			claim_drop(t->claims, key, klen, c->key + c->klen, c->rklen);
		}
	}
	return 0;
}

/* ---- pledges' paid sums in a write transaction ----
 *
 * store_pledge_paid sums a pledge's payments, and a payment written makes
 * its pledge's status follow (pledge_follow), which asks for that sum: an
 * import of thousands of payments on one pledge read all of them again for
 * each.  A write transaction keeps the sums it has worked out (t->paid),
 * and write_rec, which every record write goes through, moves a payment's
 * share (store_payment_share) from the sum of the pledge it had to the sum
 * of the pledge it has as it writes it. */

/* The kept sum of pledge pid, or NULL. */
static int64_t *
paid_find(struct store_txn *t, const char *pid)
{
	return store_idsum_get(&t->paid, pid);
}

/* Keeps sum as pledge pid's (a cache: without memory it is not kept). */
static void
paid_keep(struct store_txn *t, const char *pid, int64_t sum)
{
	if (t->write)
		(void)store_idsum_set(&t->paid, pid, sum);
}

static void
paid_free(struct store_txn *t)
{
	store_idsum_free(&t->paid);
}

/* Payment r (key rkey) is about to be written with meta nm over old (NULL
 * if new): moves its share between the kept sums.  Reads the old
 * version's meta (was it deleted?) only while some sum is kept. */
static int
paid_move(struct store_txn *t, const struct core_record *r, const unsigned char *rkey,
    size_t rklen, const struct core_record *old, const struct store_meta *nm)
{
	int64_t *e;
	struct store_meta om;
	MDB_val d;
	int rc;

	if (r->kind != CORE_PAYMENT || t->paid.n == 0)
		return 0;
	if (old != NULL) {
		if ((rc = get_raw(t, CORE_PAYMENT, rkey, rklen, &d)) != 0 ||
		    (rc = rec_decode_meta(d.mv_data, d.mv_size, &om, NULL)) != 0)
			return rc;
		if ((e = paid_find(t, core_record_text(old, CORE_PAYMENT_PLEDGE))) != NULL)
			*e -= store_payment_share(old, &om);
	}
	if ((e = paid_find(t, core_record_text(r, CORE_PAYMENT_PLEDGE))) != NULL)
		*e += store_payment_share(r, nm);
	return 0;
}

/* Writes record r (key rkey) with metadata nm, replacing old (NULL for a
 * new record).  See the file comment. */
static int
write_rec(struct store_txn *t, const struct core_record *r, const unsigned char *rkey,
    size_t rklen, const struct core_record *old, const struct store_meta *nm,
    enum store_action act, int log)
{
	const struct core_schema *s = core_schema_get(r->kind);
	unsigned char key[KEY_MAX], okey[KEY_MAX];
	struct buf lb = { 0 }, *bp;
	MDB_val k, d;
	size_t i, hl;
	int rc;
	uint64_t seq;
	unsigned held = 0;	/* unique fields left to another record (allow_dup,
				   or claimed: t->claims) */

	/* 0. the access policy (store/users.h): refused before anything is
	 * written; a derived rewrite (log == 0) follows an allowed write */
	if (log && (rc = store_policy_check(t, act == STORE_ACT_RESTORE ? STORE_ACT_UPDATE : act,
	    old, r, NULL)) != 0)
		return rc;
	/* 1. unique values: refused before anything is written */
	for (i = 0; i < s->nfields; i++) {
		int n;

		if (!(s->fields[i].flags & CORE_FF_UNIQUE) || (n = index_key(r, (int)i, key)) == 0)
			continue;
		k.mv_size = (size_t)n;
		k.mv_data = key;
		rc = bulk_get(t, DB_UNIQUE, &k, &d);
		if (rc == MDB_NOTFOUND)
			continue;
		if (rc != 0)
			return lmdb_err(t, rc);
		if (d.mv_size == rklen && memcmp(d.mv_data, rkey, rklen) == 0)
			continue;
		/* A value the record already had, shared with another since a
		 * sync duplicate (store_apply_dup): this write does not make the
		 * duplicate, so it may go on (fixing a phone number, retiring
		 * the record) while the pair waits for a person.  Not one it
		 * only claims (written earlier in this transaction): that is
		 * claimed again. */
		if (old != NULL && index_key(old, (int)i, okey) == n && memcmp(okey, key, (size_t)n) == 0 &&
		    !claim_has(t->claims, key, (size_t)n, rkey, rklen))
			continue;
		if (held == 0) {	/* the first one is named */
			t->why.code = STORE_EDUP;
			t->why.kind = r->kind;
			t->why.field = (int)i;
			if (key_to_id(r->kind, d.mv_data, d.mv_size, t->why.id) != 0)
				strcpy(t->why.id, "?");
		}
		if (!t->allow_dup && t->claims == NULL)
			return STORE_EDUP;
		held |= 1u << i;	/* claimed in step 2, if not allow_dup */
	}
	/* 2. indexes: only the entries whose value changed */
	for (i = 0; i < s->nfields; i++) {
		unsigned fl = s->fields[i].flags;
		size_t nl = 0, ol = 0;

		if (!(fl & (CORE_FF_UNIQUE | CORE_FF_INDEX | CORE_FF_SEARCH)))
			continue;
		if (fl & (CORE_FF_UNIQUE | CORE_FF_INDEX)) {
			nl = (size_t)index_key(r, (int)i, key);
			if (old)
				ol = (size_t)index_key(old, (int)i, okey);
		}
		if (search_only(fl)) {
			if ((rc = words_field(t, old, r, (int)i, rkey, rklen)) != 0)
				return rc;
			if ((rc = rec_search_key(r, (int)i, key, &nl)) != 0)
				return rc;
			if (old && (rc = rec_search_key(old, (int)i, okey, &ol)) != 0)
				return rc;
		}
		if ((held & (1u << i)) && !t->allow_dup &&
		    (rc = claim_add(t, r->kind, (int)i, key, nl, rkey, rklen)) != 0)
			return rc;
		if (nl == ol && memcmp(key, okey, nl) == 0)
			continue;
		if (ol && (fl & CORE_FF_UNIQUE))
			claim_drop(t->claims, okey, ol, rkey, rklen);	/* given up */
		if (ol && (rc = index_entry(t, fl, okey, ol, rkey, rklen, 0)) != 0)
			return rc;
		if (nl && !(held & (1u << i)) &&
		    (rc = index_entry(t, fl, key, nl, rkey, rklen, 1)) != 0)
			return rc;
	}
	bp = buf_take(t, 0, &lb);
	/* 3. the record, after the head of its change-log entry (step 5:
	 * kind, key, then the same bytes), so that they are encoded once */
	buf_u8(bp, r->kind);
	buf_str(bp, (const char *)rkey, rklen);
	hl = bp->len;
	if ((rc = bp->err ? STORE_ENOMEM : rec_encode(r, nm, bp)) != 0) {
		buf_done(bp, &lb);	/* a failed growth keeps what it had */
		return rc;
	}
	if ((rc = paid_move(t, r, rkey, rklen, old, nm)) != 0) {
		buf_done(bp, &lb);
		return rc;
	}
	if (bp->err) {
		buf_done(bp, &lb);
		return STORE_ENOMEM;
	}
	k.mv_size = rklen;
	k.mv_data = (void *)rkey;
	d.mv_size = bp->len - hl;
	d.mv_data = bp->p + hl;
	if ((rc = bulk_put(t, DB_REC0 + r->kind, &k, &d, 0)) != 0) {
		buf_done(bp, &lb);
		return lmdb_err(t, rc);
	}
	if (!log) {
		buf_done(bp, &lb);
		return 0;
	}
	/* the change log's number for this version (step 5), which its
	 * history entry keeps too */
	if ((rc = meta_get(t, "changeseq", &seq)) != 0) {
		buf_done(bp, &lb);
		return rc;
	}
	seq++;
	/* 4. version history */
	{
		unsigned char hk[1 + RKEY_MAX + 8 + CORE_STATION_MAX];
		struct buf hd = { 0 };
		size_t ho = strlen(nm->version.origin);

		hk[0] = (unsigned char)r->kind;
		memcpy(hk + 1, rkey, rklen);
		be64_put(hk + 1 + rklen, nm->version.hlc);
		memcpy(hk + 9 + rklen, nm->version.origin, ho);
		buf_be64(&hd, nm->base.hlc);
		buf_put(&hd, nm->base.origin, strlen(nm->base.origin));
		buf_u8(&hd, 0);
		buf_be64(&hd, seq);
		k.mv_size = 9 + rklen + ho;
		k.mv_data = hk;
		d.mv_size = hd.len;
		d.mv_data = hd.p;
		rc = hd.err ? STORE_ENOMEM : defer_put(t, DB_HISTORY, hk, k.mv_size, hd.p, hd.len, 0);
		buf_free(&hd);
		if (rc != 0) {
			buf_done(bp, &lb);
			return rc;
		}
	}
	/* 5. change log */
	{
		unsigned char ck[8];

		be64_put(ck, seq);
		k.mv_size = 8;
		k.mv_data = ck;
		d.mv_size = bp->len;
		d.mv_data = bp->p;
		rc = bulk_put(t, DB_CHANGES, &k, &d, MDB_APPEND);
		buf_done(bp, &lb);
		if (rc != 0)
			return lmdb_err(t, rc);
		if ((rc = meta_put(t, "changeseq", seq)) != 0)
			return rc;
	}
	/* 6. audit */
	return audit_append(t, act, r->kind, r->v[0].text, old, r, NULL, NULL, 0, NULL, 0,
	    act == STORE_ACT_SYNC || act == STORE_ACT_DEACTIVATE || act == STORE_ACT_RESTORE ?
	    t->sync_note : NULL, t->nsync_note);
}

/* The meta name of station's id sequence, "seq:" + station, into name (32
 * bytes; as snprintf would cut it). */
static void
seq_name(char *name, const char *station)
{
	size_t n = strlen(station);

	if (n > 27)
		n = 27;
	memcpy(name, "seq:", 4);
	memcpy(name + 4, station, n);
	name[4 + n] = '\0';
}

static int
next_seq(struct store_txn *t, const char *station, uint64_t *seq)
{
	char name[32];
	int rc;

	seq_name(name, station);
	if ((rc = meta_get(t, name, seq)) != 0)
		return rc;
	if (*seq == 0)
		*seq = 1;
	return 0;
}

/* ---- a pledge's status from its payments ---- */

int64_t
store_payment_share(const struct core_record *y, const struct store_meta *m)
{
	return !m->deleted && y->v[CORE_PAYMENT_AMOUNT].set ? y->v[CORE_PAYMENT_AMOUNT].num : 0;
}

int
store_pledge_paid(struct store_txn *t, const char *pid, const char *except, int64_t *paid)
{
	int64_t *e;
	struct core_record *y;
	struct store_iter *it;
	struct store_meta m;
	char yid[CORE_ID_MAX];
	int rc;

	*paid = 0;
	if (except == NULL && (e = paid_find(t, pid)) != NULL) {
		*paid = *e;
		return 0;
	}
	if ((rc = store_iter_index(t, CORE_PAYMENT, CORE_PAYMENT_PLEDGE, pid, &it)) != 0)
		return rc;
	/* a payment the index names not there: the sum of the others, said
	 * short (store_iter_next_sum) */
	while ((rc = store_iter_next_sum(t, it, CORE_PAYMENT, except, yid, &y, &m)) == 0) {
		*paid += store_payment_share(y, &m);
		core_record_free(y);
	}
	store_iter_free(it);
	if (rc == STORE_ENOTFOUND && except == NULL)
		paid_keep(t, pid, *paid);
	return rc == STORE_ENOTFOUND ? 0 : rc;
}

int
store_sum_short(const struct store_txn *t)
{
	return t->short_sum;
}

void
store_sum_left_out(struct store_txn *t, enum core_kind k)
{
	t->short_sum |= k == CORE_PLEDGE ? STORE_SHORT_PLEDGE : STORE_SHORT_PAYMENT;
}

int
store_iter_next_sum(struct store_txn *t, struct store_iter *it, enum core_kind k,
    const char *except, char *id, struct core_record **r, struct store_meta *m)
{
	int rc;

	while ((rc = store_iter_next(it, id)) == 0) {
		if (except != NULL && strcmp(id, except) == 0)
			continue;
		if ((rc = store_get(t, k, id, r, m)) != STORE_ENOTFOUND)
			return rc;
		store_sum_left_out(t, k);
	}
	return rc;
}

int
store_pledge_first_paid(struct store_txn *t, const char *pid, int *has, int32_t *first)
{
	struct core_record *y;
	struct store_iter *it;
	struct store_meta m;
	char yid[CORE_ID_MAX];
	int rc;

	*has = 0;
	*first = 0;
	if ((rc = store_iter_index(t, CORE_PAYMENT, CORE_PAYMENT_PLEDGE, pid, &it)) != 0)
		return rc;
	/* a payment the index names not there: the first day of the
	 * others, said short, as store_pledge_paid */
	while ((rc = store_iter_next_sum(t, it, CORE_PAYMENT, NULL, yid, &y, &m)) == 0) {
		if (!m.deleted && y->v[CORE_PAYMENT_PAID_ON].set &&
		    (!*has || y->v[CORE_PAYMENT_PAID_ON].num < *first)) {
			*first = (int32_t)y->v[CORE_PAYMENT_PAID_ON].num;
			*has = 1;
		}
		core_record_free(y);
	}
	store_iter_free(it);
	return rc == STORE_ENOTFOUND ? 0 : rc;
}

int
store_payment_repeats(struct store_txn *t, const struct core_record *y, const char *except,
    int *found, char *other)
{
	const char *receipt = core_record_text(y, CORE_PAYMENT_RECEIPT);
	struct core_record *x;
	struct store_iter *it;
	struct store_meta m;
	char yid[CORE_ID_MAX];
	int rc;

	*found = 0;
	if ((rc = store_iter_index(t, CORE_PAYMENT, CORE_PAYMENT_PLEDGE,
	    core_record_text(y, CORE_PAYMENT_PLEDGE), &it)) != 0)
		return rc;
	/* a payment the index names not there: the others looked through,
	 * the answer said short */
	while (!*found &&
	    (rc = store_iter_next_sum(t, it, CORE_PAYMENT, except, yid, &x, &m)) == 0) {
		if (!m.deleted && strcmp(core_record_text(x, CORE_PAYMENT_RECEIPT), receipt) == 0)
			*found = *receipt != '\0' ||
			    (x->v[CORE_PAYMENT_PAID_ON].set == y->v[CORE_PAYMENT_PAID_ON].set &&
			    x->v[CORE_PAYMENT_PAID_ON].num == y->v[CORE_PAYMENT_PAID_ON].num &&
			    x->v[CORE_PAYMENT_AMOUNT].set == y->v[CORE_PAYMENT_AMOUNT].set &&
			    x->v[CORE_PAYMENT_AMOUNT].num == y->v[CORE_PAYMENT_AMOUNT].num);
		if (*found && other != NULL)
			snprintf(other, CORE_ID_MAX, "%s", yid);
		core_record_free(x);
	}
	store_iter_free(it);
	return rc == STORE_ENOTFOUND ? 0 : rc;
}

/* Sets pledge p's status to what its stored payments make it
 * (core_pledge_status: pledged, partial, fulfilled; a cancelled pledge,
 * or one with no amount, keeps its own; none given is pledged).  Returns
 * 0 or a store code. */
static int
pledge_status_fill(struct store_txn *t, struct core_record *p)
{
	const char *id = core_record_text(p, CORE_PLEDGE_ID);
	int64_t paid = 0;
	int rc, cur;

	if (*id != '\0' && (rc = store_pledge_paid(t, id, NULL, &paid)) != 0)
		return rc;
	cur = p->v[CORE_PLEDGE_STATUS].set ? (int)p->v[CORE_PLEDGE_STATUS].num : CORE_PLEDGE_PLEDGED;
	core_record_set_num(p, CORE_PLEDGE_STATUS, core_pledge_status(cur,
	    p->v[CORE_PLEDGE_AMOUNT].set, p->v[CORE_PLEDGE_AMOUNT].num, paid));
	return 0;
}

/* A payment of pledge pid was written: the pledge's status follows, as an
 * update of the pledge in the same transaction (its own revision, so it
 * travels to the other stations; they do not work it out again).  A
 * pledge not here is left alone.  Returns 0 or a store code. */
static int
pledge_follow(struct store_txn *t, const char *pid)
{
	struct core_record *p;
	struct store_meta m;
	int rc;

	if (pid == NULL || *pid == '\0')
		return 0;
	if ((rc = store_get(t, CORE_PLEDGE, pid, &p, &m)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	rc = store_update(t, p, m.rev);	/* fills the status (store_update) */
	core_record_free(p);
	return rc;
}

int
store_put_new(struct store_txn *t, struct core_record *r, char *id_out)
{
	const struct core_schema *s;
	char station[CORE_STATION_MAX + 1], idst[CORE_STATION_MAX + 1], id[CORE_ID_MAX];
	unsigned char rkey[RKEY_MAX];
	size_t rklen;
	uint64_t seq = 0, next;
	int rc, assigned = 0;
	struct store_meta m;
	MDB_val d;

	why_clear(t);
	if (!t->write)
		return STORE_ERDONLY;
	if (r == NULL || (s = core_schema_get(r->kind)) == NULL)
		return STORE_EINVAL;
	if ((rc = station_of(t, station)) != 0)
		return rc;
	if (!r->v[0].set) {
		if (r->kind == CORE_USER)
			return STORE_EINVAL;
		if ((rc = next_seq(t, station, &seq)) != 0)
			return rc;
		if (core_id_make(station, seq, id) != 0)
			return STORE_EINVAL;
		if (core_record_set_text(r, 0, id) != 0)
			return STORE_ENOMEM;
		assigned = 1;
		strcpy(idst, station);
	} else {
		snprintf(id, sizeof id, "%s", r->v[0].text);
		if (r->kind != CORE_USER && core_id_parse(id, idst, &seq) != 0)
			return STORE_EINVAL;
	}
	if ((rc = id_to_key(r->kind, id, rkey, &rklen)) != 0)
		goto undo;
	rc = get_raw(t, r->kind, rkey, rklen, &d);
	if (rc == 0) {
		rc = STORE_EEXIST;
		goto undo;
	}
	if (rc != STORE_ENOTFOUND)
		goto undo;
	/* Ids are unique across kinds (SPEC §3): a given id (an import) that
	 * a record of another kind holds is refused too.  The key of an id
	 * is the same in every kind but the users'. */
	if (!assigned && r->kind != CORE_USER) {
		int k;

		for (k = 0; k < CORE_NKINDS; k++) {
			if (k == (int)r->kind || k == CORE_USER)
				continue;
			if ((rc = get_raw(t, (enum core_kind)k, rkey, rklen, &d)) == STORE_ENOTFOUND)
				continue;
			if (rc == 0) {
				rc = STORE_EEXIST;
				t->why.code = rc;
				t->why.kind = (enum core_kind)k;
				snprintf(t->why.id, sizeof t->why.id, "%s", id);
			}
			goto undo;
		}
	}
	fill_zero(t, r);
	if ((rc = fill_derived(t, r, 1)) != 0 || (rc = check_refs(t, r)) != 0)
		goto undo;
	if (r->kind == CORE_PLEDGE && !t->remote && (rc = pledge_status_fill(t, r)) != 0)
		goto undo;
	memset(&m, 0, sizeof m);
	m.rev = 1;
	if ((m.version.hlc = store_hlc_tick(t)) == 0) {
		rc = t->mapfull ? STORE_EFULL : STORE_EIO;
		goto undo;
	}
	strcpy(m.version.origin, station);
	if ((rc = write_rec(t, r, rkey, rklen, NULL, &m, STORE_ACT_CREATE, 1)) != 0)
		goto undo;
	if (r->kind == CORE_PAYMENT && !t->remote &&
	    (rc = pledge_follow(t, core_record_text(r, CORE_PAYMENT_PLEDGE))) != 0)
		return rc;
	if (r->kind != CORE_USER) {
		char name[32];

		if ((rc = next_seq(t, idst, &next)) != 0)
			return rc;
		if (seq >= next) {
			seq_name(name, idst);
			if ((rc = meta_put(t, name, seq + 1)) != 0)
				return rc;
		}
	}
	if (id_out)
		strcpy(id_out, id);
	return 0;
undo:
	if (assigned)
		core_record_unset(r, 0);
	return rc;
}

/* Reads the stored record for an update: *old and *om, checking rev. */
static int
load_for_update(struct store_txn *t, enum core_kind k, const char *id, uint64_t rev,
    unsigned char *rkey, size_t *rklen, struct core_record **old, struct store_meta *om)
{
	MDB_val d;
	int rc;

	if (!t->write)
		return STORE_ERDONLY;
	if (core_schema_get(k) == NULL || id == NULL)
		return STORE_EINVAL;
	if (id_to_key(k, id, rkey, rklen) != 0)
		return STORE_ENOTFOUND;
	if ((rc = get_raw(t, k, rkey, *rklen, &d)) != 0)
		return rc;
	if ((rc = rec_decode(k, d.mv_data, d.mv_size, old, om)) != 0)
		return rc;
	if (om->rev != rev) {
		t->why.code = STORE_ECONFLICT;
		t->why.rev = om->rev;
		core_record_free(*old);
		*old = NULL;
		return STORE_ECONFLICT;
	}
	return 0;
}

static int
records_differ(const struct core_record *a, const struct core_record *b)
{
	const struct core_schema *s = core_schema_get(a->kind);
	size_t i;

	for (i = 0; i < s->nfields; i++)
		if (!core_value_equal(a, b, (int)i))
			return 1;
	return 0;
}

/* Notes that n needs of unit_id went from county `from` to county `to`
 * (rederive_needs; store_move_each reads it): setting
 * "moved.SEQ.UNIT" = "TIME\tFROM\tTO\tN", SEQ the change log's last
 * number, twenty digits, so that the notes sort in the order they were
 * made.  Written as the store's own, whoever's write moved them (a
 * supervisor's unit form, an import, a bundle): not a setting the user
 * sets, so no policy check and no audit entry (the needs' own entries
 * are the record of it). */
static int
move_note(struct store_txn *t, const char *unit_id, const char *from, const char *to, long n,
    enum core_kind kind)
{
	char key[KEY_MAX], val[128];
	uint64_t seq = 0;
	MDB_val k, d;
	int rc;

	if ((rc = store_change_last(t, &seq)) != 0)
		return rc;
	k.mv_size = (size_t)snprintf(key, sizeof key, "moved.%020llu.%s",
	    (unsigned long long)seq, unit_id);
	if (k.mv_size >= sizeof key)
		return 0;
	d.mv_size = (size_t)snprintf(val, sizeof val, "%lld\t%s\t%s\t%ld%s",
	    (long long)time(NULL), from, to, n, kind == CORE_NEED ? "\tneed" : "");
	k.mv_data = key;
	d.mv_data = val;
	return lmdb_err(t, mdb_put(t->txn, t->st->dbi[DB_SETTINGS], &k, &d, 0));
}

/* A need written with another unit, of another county, than old's (an
 * edit, an import, a bundle): noted as a unit's move is, for the clerks
 * of both counties ("moved.SEQ.NEED", N 1 and a fifth field "need").
 * Returns 0 or a code. */
static int
need_move_note(struct store_txn *t, const struct core_record *r, const struct core_record *old,
    const struct store_meta *m)
{
	const char *from, *to;

	if (r->kind != CORE_NEED || old == NULL || m->deleted)
		return 0;
	from = core_record_text(old, CORE_NEED_COUNTY);
	to = core_record_text(r, CORE_NEED_COUNTY);
	if (from == NULL || to == NULL || strcmp(from, to) == 0 ||
	    core_value_equal(r, old, CORE_NEED_UNIT))
		return 0;
	return move_note(t, r->v[0].text, from, to, 1, CORE_NEED);
}

/* A unit's county changed, or the unit came after its needs (arrived: by
 * a bundle): its needs' derived county follows (not a change
 * of the needs themselves: no new revision, no log).  Each need whose
 * county so changes gets an audit entry of it, as act (the unit's write:
 * an edit here, or a version received by sync), so that the need's own
 * history (`audit --id`) says when it left one county for another: a
 * clerk's needs that went with a unit moved elsewhere, by a bundle, were
 * gone from his county without a trace under their ids. */
static int
rederive_needs(struct store_txn *t, const char *unit_id, enum store_action act, int arrived)
{
	struct store_iter *it;
	char id[CORE_ID_MAX], from[CORE_COUNTY_MAX] = "", to[CORE_COUNTY_MAX] = "";
	long moved = 0;
	int rc;

	if ((rc = store_iter_index(t, CORE_NEED, CORE_NEED_UNIT, unit_id, &it)) != 0)
		return rc;
	while ((rc = store_iter_next(it, id)) == 0) {
		struct core_record *n, *old;
		struct store_meta m;
		unsigned char rkey[RKEY_MAX];
		size_t rklen;

		if ((rc = store_get(t, CORE_NEED, id, &n, &m)) != 0)
			break;
		if ((old = core_record_dup(n)) == NULL) {
			core_record_free(n);
			rc = STORE_ENOMEM;
			break;
		}
		rc = fill_derived(t, n, 0);
		if (rc == 0 && records_differ(n, old) && id_to_key(CORE_NEED, id, rkey, &rklen) == 0)
			rc = write_rec(t, n, rkey, rklen, old, &m, STORE_ACT_UPDATE, 0);
		if (rc == 0 && !m.deleted && !core_value_equal(n, old, CORE_NEED_COUNTY)) {
			/* the county, and why: a line "unit_moved" naming
			 * the unit (not a field of the need: it did not
			 * change), so that the entry says the need followed
			 * its unit and was not edited itself */
			struct store_audit_field f[2] = {
				{ (char *)"county", (char *)core_record_text(old, CORE_NEED_COUNTY),
				  (char *)core_record_text(n, CORE_NEED_COUNTY) },
				{ (char *)(arrived ? "unit_arrived" : "unit_moved"), (char *)"",
				  (char *)unit_id },
			};

			if (f[0].old_text == NULL)
				f[0].old_text = (char *)"";
			if (f[0].new_text == NULL)
				f[0].new_text = (char *)"";
			rc = audit_append(t, act, CORE_NEED, id, NULL, NULL, NULL, NULL, 0, NULL, 0,
			    f, 2);
			snprintf(from, sizeof from, "%s", f[0].old_text);
			snprintf(to, sizeof to, "%s", f[0].new_text);
			moved++;
		}
		core_record_free(n);
		core_record_free(old);
		if (rc != 0)
			break;
	}
	store_iter_free(it);
	if (rc == STORE_ENOTFOUND)
		rc = 0;
	/* a unit come after its needs moved none of them: no note */
	if (rc == 0 && moved > 0 && !arrived)
		rc = move_note(t, unit_id, from, to, moved, CORE_UNIT);
	return rc;
}

int
store_update(struct store_txn *t, struct core_record *r, uint64_t rev)
{
	unsigned char rkey[RKEY_MAX];
	size_t rklen;
	struct core_record *old = NULL;
	struct store_meta om, nm;
	char station[CORE_STATION_MAX + 1];
	int rc, county_changed;

	why_clear(t);
	if (r == NULL || !r->v[0].set)
		return STORE_EINVAL;
	if ((rc = station_of(t, station)) != 0)
		return rc;
	if ((rc = load_for_update(t, r->kind, r->v[0].text, rev, rkey, &rklen, &old, &om)) != 0)
		return rc;
	fill_zero(t, r);
	if ((rc = fill_derived(t, r, 1)) != 0 || (rc = check_refs(t, r)) != 0)
		goto out;
	if (r->kind == CORE_PLEDGE && !t->remote && (rc = pledge_status_fill(t, r)) != 0)
		goto out;
	if (!records_differ(r, old))
		goto out;
	nm = om;
	nm.rev = om.rev + 1;
	nm.base = om.version;
	if ((nm.version.hlc = store_hlc_tick(t)) == 0) {
		rc = t->mapfull ? STORE_EFULL : STORE_EIO;
		goto out;
	}
	strcpy(nm.version.origin, station);
	county_changed = r->kind == CORE_UNIT && !core_value_equal(r, old, CORE_UNIT_COUNTY);
	if ((rc = write_rec(t, r, rkey, rklen, old, &nm, STORE_ACT_UPDATE, 1)) != 0 ||
	    (rc = need_move_note(t, r, old, &nm)) != 0)
		goto out;
	if (county_changed)
		rc = rederive_needs(t, r->v[0].text, STORE_ACT_UPDATE, 0);
	/* a payment's pledge, and the one it left, follow */
	if (rc == 0 && r->kind == CORE_PAYMENT && !t->remote) {
		const char *pl = core_record_text(r, CORE_PAYMENT_PLEDGE);
		const char *was = core_record_text(old, CORE_PAYMENT_PLEDGE);

		rc = pledge_follow(t, pl);
		if (rc == 0 && strcmp(pl, was) != 0)
			rc = pledge_follow(t, was);
	}
out:
	core_record_free(old);
	return rc;
}

/* store_deactivate (on == 0) and store_reactivate (on == 1). */
static int
set_active(struct store_txn *t, enum core_kind k, const char *id, uint64_t rev, int on)
{
	const struct core_schema *s = core_schema_get(k);
	unsigned char rkey[RKEY_MAX];
	size_t rklen;
	struct core_record *old = NULL, *r = NULL;
	struct store_meta om, nm;
	char station[CORE_STATION_MAX + 1];
	int rc, af;

	why_clear(t);
	if (s == NULL)
		return STORE_EINVAL;
	if ((rc = station_of(t, station)) != 0)
		return rc;
	if ((rc = load_for_update(t, k, id, rev, rkey, &rklen, &old, &om)) != 0)
		return rc;
	if ((r = core_record_dup(old)) == NULL) {
		rc = STORE_ENOMEM;
		goto out;
	}
	nm = om;
	af = field_named(s, "active");
	if (af >= 0) {
		if (r->v[af].set && r->v[af].num == on)
			goto out;	/* already so: nothing written */
		core_record_set_num(r, af, on);
	} else {
		if (om.deleted == !on)
			goto out;
		nm.deleted = !on;
	}
	nm.rev = om.rev + 1;
	nm.base = om.version;
	if ((nm.version.hlc = store_hlc_tick(t)) == 0) {
		rc = t->mapfull ? STORE_EFULL : STORE_EIO;
		goto out;
	}
	strcpy(nm.version.origin, station);
	{
		/* A kind that keeps its deactivation in the meta has no field
		 * that shows it: its entry says it in a line "active", "1" ->
		 * "0", as one received by sync says it (store_apply).  Before,
		 * a payment or a need deactivated here had an entry listing
		 * nothing. */
		static char name[] = "active", one[] = "1", zero[] = "0";
		const struct store_audit_field *note = t->sync_note;
		size_t nnote = t->nsync_note;
		struct store_audit_field line;

		line.name = name;
		line.old_text = on ? zero : one;
		line.new_text = on ? one : zero;
		t->sync_note = af < 0 ? &line : NULL;
		t->nsync_note = af < 0 ? 1 : 0;
		rc = write_rec(t, r, rkey, rklen, old, &nm, !on ? STORE_ACT_DEACTIVATE :
		    af < 0 ? STORE_ACT_RESTORE : STORE_ACT_UPDATE, 1);
		t->sync_note = note;
		t->nsync_note = nnote;
	}
	if (rc == 0 && k == CORE_PAYMENT && !t->remote)
		rc = pledge_follow(t, core_record_text(r, CORE_PAYMENT_PLEDGE));
out:
	core_record_free(old);
	core_record_free(r);
	return rc;
}

int
store_deactivate(struct store_txn *t, enum core_kind k, const char *id, uint64_t rev)
{
	return set_active(t, k, id, rev, 0);
}

int
store_reactivate(struct store_txn *t, enum core_kind k, const char *id, uint64_t rev)
{
	return set_active(t, k, id, rev, 1);
}

int
store_apply(struct store_txn *t, struct core_record *r, const struct store_meta *meta)
{
	unsigned char rkey[RKEY_MAX];
	size_t rklen;
	struct core_record *old = NULL;
	struct store_meta om, nm;
	struct store_audit_field lines[4];
	MDB_val d;
	uint64_t last;
	int rc;

	why_clear(t);
	if (!t->write)
		return STORE_ERDONLY;
	if (r == NULL || meta == NULL || core_schema_get(r->kind) == NULL || !r->v[0].set)
		return STORE_EINVAL;
	if (id_to_key(r->kind, r->v[0].text, rkey, &rklen) != 0)
		return STORE_EINVAL;
	rc = get_raw(t, r->kind, rkey, rklen, &d);
	if (rc == 0) {
		if ((rc = rec_decode(r->kind, d.mv_data, d.mv_size, &old, &om)) != 0)
			return rc;
	} else if (rc == STORE_ENOTFOUND) {
		memset(&om, 0, sizeof om);
	} else {
		return rc;
	}
	if ((rc = fill_derived(t, r, 0)) != 0)
		goto out;
	nm = *meta;
	nm.rev = om.rev + 1;
	if ((rc = meta_get(t, "hlc", &last)) != 0 ||
	    (rc = meta_put(t, "hlc", core_hlc_recv(last, meta->version.hlc, wall_ms()))) != 0)
		goto out;
	{
		static char oname[] = "origin", name[] = "active", on[] = "1", off[] = "0",
		    none[] = "";
		const struct store_audit_field *note = t->sync_note;
		size_t nnote = t->nsync_note, i;
		char made[CORE_STATION_MAX + 24];

		for (i = 0; i < nnote && i < 2; i++)
			lines[i] = note[i];
		/* Where and when this version was made ("MRD 1764680000",
		 * the station and Unix seconds), after the notes there are:
		 * the entry's login and time are the import's, so before, a
		 * change that came by sync did not say whose station made
		 * it, nor when. */
		if (meta->version.origin[0] != '\0') {
			snprintf(made, sizeof made, "%s %llu", meta->version.origin,
			    (unsigned long long)(core_hlc_ms(meta->version.hlc) / 1000));
			lines[i].name = oname;
			lines[i].old_text = none;
			lines[i++].new_text = made;
		}
		/* A kind that keeps its deactivation in the meta (a need, a
		 * pledge, a payment, a user...) has no field that shows it:
		 * its entry says it in a line "active", "1" -> "0" (the
		 * export's column).  Before, a record deactivated at another
		 * station, or made active again there, came with an entry
		 * listing nothing. */
		if (field_named(core_schema_get(r->kind), "active") < 0 &&
		    (old != NULL ? om.deleted != nm.deleted : nm.deleted)) {
			lines[i].name = name;
			lines[i].old_text = old == NULL ? none : om.deleted ? off : on;
			lines[i++].new_text = nm.deleted ? off : on;
		}
		t->sync_note = lines;
		t->nsync_note = i;
		rc = write_rec(t, r, rkey, rklen, old, &nm, STORE_ACT_SYNC, 1);
		t->sync_note = note;
		t->nsync_note = nnote;
	}
	if (rc == 0)
		rc = need_move_note(t, r, old, &nm);
	if (rc != 0)
		goto out;
	if (r->kind != CORE_USER) {
		char st[CORE_STATION_MAX + 1], name[32];
		uint64_t seq, next;

		if (core_id_parse(r->v[0].text, st, &seq) == 0 && next_seq(t, st, &next) == 0 &&
		    seq >= next) {
			snprintf(name, sizeof name, "seq:%s", st);
			rc = meta_put(t, name, seq + 1);
		}
	}
	/* A unit's county changed, or a unit come after needs that name it
	 * (a bundle that brought a need before its unit, stored without a
	 * county): their derived county follows.  Before, such a need kept
	 * no county for good: no county's list, report or dashboard had it,
	 * and verify said its derived field was damaged. */
	if (rc == 0 && r->kind == CORE_UNIT &&
	    (old == NULL || !core_value_equal(r, old, CORE_UNIT_COUNTY)))
		rc = rederive_needs(t, r->v[0].text, STORE_ACT_SYNC, old == NULL);
out:
	core_record_free(old);
	return rc;
}

int
store_apply_dup(struct store_txn *t, struct core_record *r, const struct store_meta *meta)
{
	int rc;

	t->allow_dup = 1;
	rc = store_apply(t, r, meta);
	t->allow_dup = 0;
	return rc;
}

/* A history entry's value: the version's base, then (format 8 on) a 0
 * byte and the version's number in the change log, into *seq if not NULL
 * (0 for an entry without it).  Returns 1, or STORE_ECORRUPT. */
static int
hist_value(const MDB_val *d, struct core_version *base, uint64_t *seq)
{
	const char *p = d->mv_data, *nul;
	size_t ol;

	if (d->mv_size < 8)
		return STORE_ECORRUPT;
	nul = memchr(p + 8, '\0', d->mv_size - 8);
	ol = nul != NULL ? (size_t)(nul - (p + 8)) : d->mv_size - 8;
	if (ol > CORE_STATION_MAX || (nul != NULL && d->mv_size - 8 - ol != 9))
		return STORE_ECORRUPT;
	base->hlc = be64_get(d->mv_data);
	memcpy(base->origin, p + 8, ol);
	base->origin[ol] = '\0';
	if (seq != NULL)
		*seq = nul != NULL ? be64_get((const unsigned char *)nul + 1) : 0;
	return 1;
}

/* The history entry of version v of record id into *d (valid while t is).
 * Returns 1, 0 if none, or a negative code. */
static int
hist_get(struct store_txn *t, enum core_kind k, const char *id, const struct core_version *v,
    MDB_val *d)
{
	unsigned char rkey[RKEY_MAX], hk[1 + RKEY_MAX + 8 + CORE_STATION_MAX];
	size_t rklen, ho;
	MDB_val key;
	int rc;

	if (core_schema_get(k) == NULL || v == NULL || id == NULL)
		return STORE_EINVAL;
	if (id_to_key(k, id, rkey, &rklen) != 0)
		return 0;
	ho = strlen(v->origin);
	hk[0] = (unsigned char)k;
	memcpy(hk + 1, rkey, rklen);
	be64_put(hk + 1 + rklen, v->hlc);
	memcpy(hk + 9 + rklen, v->origin, ho);
	key.mv_size = 9 + rklen + ho;
	key.mv_data = hk;
	if ((rc = defer_flush_db(t, DB_HISTORY)) != 0)
		return rc;
	rc = mdb_get(t->txn, t->st->dbi[DB_HISTORY], &key, d);
	if (rc == MDB_NOTFOUND)
		return 0;
	if (rc != 0)
		return lmdb_err(t, rc);
	return 1;
}

int
store_version_base(struct store_txn *t, enum core_kind k, const char *id,
    const struct core_version *v, struct core_version *base)
{
	MDB_val d;
	int rc;

	if (base == NULL)
		return STORE_EINVAL;
	if ((rc = hist_get(t, k, id, v, &d)) <= 0)
		return rc;
	return hist_value(&d, base, NULL);
}

int
store_version_record(struct store_txn *t, enum core_kind k, const char *id,
    const struct core_version *v, struct core_record **out)
{
	struct core_version base;
	struct store_change c;
	uint64_t seq = 0;
	MDB_val d;
	int rc;

	*out = NULL;
	if ((rc = hist_get(t, k, id, v, &d)) <= 0)
		return rc;
	if ((rc = hist_value(&d, &base, &seq)) < 0)
		return rc;
	if (seq == 0)
		return 0;	/* written before format 8: not kept */
	if ((rc = store_change_next(t, seq - 1, &c)) != 0)
		return rc == STORE_ENOTFOUND ? STORE_ECORRUPT : rc;
	if (c.seq != seq || c.kind != k || strcmp(c.id, id) != 0 ||
	    core_version_cmp(&c.meta.version, v) != 0) {
		store_change_done(&c);
		return STORE_ECORRUPT;
	}
	*out = c.rec;
	return 1;
}

int
store_count(struct store_txn *t, enum core_kind k, size_t *n)
{
	MDB_stat ms;
	int rc;

	if (core_schema_get(k) == NULL)
		return STORE_EINVAL;
	if ((rc = mdb_stat(t->txn, t->st->dbi[DB_REC0 + k], &ms)) != 0)
		return lmdb_err(t, rc);
	*n = ms.ms_entries;
	return 0;
}

/* Builds the index key for a value given as text (see store_iter_index). */
static int
value_key(enum core_kind k, int field, const char *value, unsigned char *key, size_t *len,
    int *unique)
{
	const struct core_schema *s = core_schema_get(k);
	const struct core_field *f;
	size_t n;

	if (s == NULL || field < 0 || (size_t)field >= s->nfields || value == NULL)
		return STORE_EINVAL;
	f = &s->fields[field];
	if (!(f->flags & (CORE_FF_INDEX | CORE_FF_UNIQUE)))
		return STORE_EINVAL;
	*unique = (f->flags & CORE_FF_UNIQUE) != 0;
	key[0] = (unsigned char)k;
	key[1] = (unsigned char)field;
	if (core_ftype_is_text(f->type)) {
		n = strlen(value);
		if (n > KEY_MAX - 2)
			n = KEY_MAX - 2;
		memcpy(key + 2, value, n);
		*len = n + 2;
	} else {
		char *end;
		long long v;

		errno = 0;
		v = strtoll(value, &end, 10);
		if (errno != 0 || end == value || *end != '\0') {
			int c = f->choices ? core_choice_find(f, value) : -1;

			if (c < 0)
				return STORE_EINVAL;
			v = c;
		}
		be64_put(key + 2, (uint64_t)v ^ ((uint64_t)1 << 63));
		*len = 10;
	}
	return 0;
}

int
store_count_index(struct store_txn *t, enum core_kind k, int field, const char *value, size_t *n)
{
	unsigned char key[KEY_MAX];
	size_t len;
	int rc, unique;
	MDB_cursor *c;
	MDB_val kv, d;
	size_t cnt;

	*n = 0;
	if ((rc = value_key(k, field, value, key, &len, &unique)) != 0)
		return rc;
	kv.mv_size = len;
	kv.mv_data = key;
	if (unique) {
		rc = mdb_get(t->txn, t->st->dbi[DB_UNIQUE], &kv, &d);
		if (rc == 0)
			*n = 1;
		return rc == 0 || rc == MDB_NOTFOUND ? 0 : lmdb_err(t, rc);
	}
	if ((rc = defer_flush_db(t, DB_INDEX)) != 0)
		return rc;
	if ((rc = mdb_cursor_open(t->txn, t->st->dbi[DB_INDEX], &c)) != 0)
		return lmdb_err(t, rc);
	rc = mdb_cursor_get(c, &kv, &d, MDB_SET);
	if (rc == 0 && (rc = mdb_cursor_count(c, &cnt)) == 0)
		*n = (size_t)cnt;
	mdb_cursor_close(c);
	return rc == 0 || rc == MDB_NOTFOUND ? 0 : lmdb_err(t, rc);
}

int
store_unique_claim(struct store_txn *t, enum core_kind k, const char *id)
{
	const struct core_schema *s = core_schema_get(k);
	unsigned char rkey[RKEY_MAX], key[KEY_MAX];
	struct core_record *r = NULL;
	size_t rklen, i;
	MDB_val kv, d;
	int rc, n;

	why_clear(t);
	if (!t->write)
		return STORE_ERDONLY;
	if (s == NULL || id == NULL || id_to_key(k, id, rkey, &rklen) != 0)
		return STORE_EINVAL;
	if ((rc = get_raw(t, k, rkey, rklen, &d)) != 0)
		return rc;
	if ((rc = rec_decode(k, d.mv_data, d.mv_size, &r, NULL)) != 0)
		return rc;
	for (i = 0; i < s->nfields; i++) {
		if (!(s->fields[i].flags & CORE_FF_UNIQUE) || (n = index_key(r, (int)i, key)) == 0)
			continue;
		kv.mv_size = (size_t)n;
		kv.mv_data = key;
		rc = mdb_get(t->txn, t->st->dbi[DB_UNIQUE], &kv, &d);
		if (rc == MDB_NOTFOUND) {
			if ((rc = index_entry(t, s->fields[i].flags, key, (size_t)n, rkey, rklen, 1)) != 0)
				break;
			continue;
		}
		if (rc != 0) {
			rc = lmdb_err(t, rc);
			break;
		}
		rc = 0;
		if (d.mv_size == rklen && memcmp(d.mv_data, rkey, rklen) == 0)
			continue;
		t->why.code = STORE_EDUP;
		t->why.kind = k;
		t->why.field = (int)i;
		if (key_to_id(k, d.mv_data, d.mv_size, t->why.id) != 0)
			strcpy(t->why.id, "?");
		rc = STORE_EDUP;
		break;
	}
	core_record_free(r);
	return rc;
}

int
store_txn_defer_unique(struct store_txn *t)
{
	if (!t->write)
		return STORE_ERDONLY;
	if (t->claims == NULL && (t->claims = calloc(1, sizeof *t->claims)) == NULL)
		return STORE_ENOMEM;
	return 0;
}

void
store_unique_tag(struct store_txn *t, size_t tag)
{
	t->claim_tag = tag;
}

int
store_unique_settle(struct store_txn *t,
    int (*fn)(const struct store_why *dup, const char *id, size_t tag, void *ctx), void *ctx)
{
	struct claims *c = t->claims;
	struct store_why w;
	char id[CORE_ID_MAX];
	size_t i;
	int rc;

	for (i = 0; c != NULL && c->live > 0 && i < c->n; i++) {
		struct claim *e = &c->v[i];
		const unsigned char *rkey = e->key + e->klen;
		MDB_val k = { e->klen, e->key }, d;

		if (!e->live)
			continue;
		rc = mdb_get(t->txn, t->st->dbi[DB_UNIQUE], &k, &d);
		if (rc != 0 && rc != MDB_NOTFOUND)
			return lmdb_err(t, rc);
		if (rc == MDB_NOTFOUND || (d.mv_size == e->rklen && memcmp(d.mv_data, rkey, e->rklen) == 0)) {
			/* nobody else holds it (a holder always hands it
			 * over, so this is only for safety) */
			if (rc == MDB_NOTFOUND &&
			    (rc = defer_put(t, DB_UNIQUE, e->key, e->klen, rkey, e->rklen, 0)) != 0)
				return rc;
			claim_drop(c, e->key, e->klen, rkey, e->rklen);
			continue;
		}
		/* still held by another record: a real duplicate */
		memset(&w, 0, sizeof w);
		w.code = STORE_EDUP;
		w.kind = e->kind;
		w.field = e->field;
		if (key_to_id(e->kind, d.mv_data, d.mv_size, w.id) != 0)
			strcpy(w.id, "?");
		if (key_to_id(e->kind, rkey, e->rklen, id) != 0)
			strcpy(id, "?");
		e->live = 0;
		c->live--;
		if ((rc = fn(&w, id, e->tag, ctx)) < 0)
			return rc;
		if (rc == 0)
			c->refused++;
	}
	return 0;
}

int
store_lookup_unique(struct store_txn *t, enum core_kind k, int field, const char *value, char *id)
{
	unsigned char key[KEY_MAX];
	size_t len;
	int rc, unique;
	MDB_val kv, d;

	if ((rc = value_key(k, field, value, key, &len, &unique)) != 0)
		return rc;
	if (!unique)
		return STORE_EINVAL;
	kv.mv_size = len;
	kv.mv_data = key;
	rc = mdb_get(t->txn, t->st->dbi[DB_UNIQUE], &kv, &d);
	if (rc == MDB_NOTFOUND)
		return STORE_ENOTFOUND;
	if (rc != 0)
		return lmdb_err(t, rc);
	return key_to_id(k, d.mv_data, d.mv_size, id);
}

/* ---- iterators ---- */

static int
iter_new(struct store_txn *t, enum iter_type type, enum core_kind k, int db, struct store_iter **out)
{
	struct store_iter *it;
	int rc;

	*out = NULL;
	if ((rc = defer_flush_db(t, db)) != 0)
		return rc;
	if ((it = calloc(1, sizeof *it)) == NULL)
		return STORE_ENOMEM;
	it->t = t;
	it->type = type;
	it->kind = k;
	if ((rc = mdb_cursor_open(t->txn, t->st->dbi[db], &it->cur)) != 0) {
		free(it);
		return lmdb_err(t, rc);
	}
	*out = it;
	return 0;
}

int
store_iter_kind(struct store_txn *t, enum core_kind k, struct store_iter **out)
{
	if (core_schema_get(k) == NULL)
		return STORE_EINVAL;
	return iter_new(t, IT_KIND, k, DB_REC0 + k, out);
}

int
store_iter_index(struct store_txn *t, enum core_kind k, int field, const char *value,
    struct store_iter **out)
{
	unsigned char key[KEY_MAX];
	size_t len;
	int rc, unique;

	*out = NULL;
	if ((rc = value_key(k, field, value, key, &len, &unique)) != 0)
		return rc;
	if ((rc = iter_new(t, IT_INDEX, k, unique ? DB_UNIQUE : DB_INDEX, out)) != 0)
		return rc;
	memcpy((*out)->prefix, key, len);
	(*out)->plen = len;
	(*out)->by_id = unique;	/* reused: a unique index has one entry per key */
	return 0;
}

int
store_index_other(struct store_txn *t, enum core_kind k, int field, const char *value,
    const char *except, char *id)
{
	unsigned char key[KEY_MAX], pd[2][RKEY_MAX], best[RKEY_MAX];
	size_t len, pl[2], bl = 0;
	int rc, unique, np, i, have = 0;
	MDB_cursor *c;
	MDB_val kv, d;
	char cand[CORE_ID_MAX];

	if ((rc = value_key(k, field, value, key, &len, &unique)) != 0)
		return rc;
	if (unique || (np = defer_index_min(t, key, len, pd, pl)) < 0) {
		/* the iterator's way: the pending entries put first */
		struct store_iter *it;

		if ((rc = store_iter_index(t, k, field, value, &it)) != 0)
			return rc;
		while ((rc = store_iter_next(it, cand)) == 0)
			if (except == NULL || strcmp(cand, except) != 0)
				break;
		store_iter_free(it);
		if (rc == 0)
			memcpy(id, cand, CORE_ID_MAX);
		return rc;
	}
	/* LMDB's entries: the first other than except */
	if ((rc = mdb_cursor_open(t->txn, t->st->dbi[DB_INDEX], &c)) != 0)
		return lmdb_err(t, rc);
	kv.mv_size = len;
	kv.mv_data = key;
	for (rc = mdb_cursor_get(c, &kv, &d, MDB_SET); rc == 0;
	    rc = mdb_cursor_get(c, &kv, &d, MDB_NEXT_DUP)) {
		if (d.mv_size > RKEY_MAX) {
			mdb_cursor_close(c);
			return STORE_ECORRUPT;
		}
		if ((rc = key_to_id(k, d.mv_data, d.mv_size, cand)) != 0) {
			mdb_cursor_close(c);
			return rc;
		}
		if (except == NULL || strcmp(cand, except) != 0) {
			memcpy(best, d.mv_data, d.mv_size);
			bl = d.mv_size;
			have = 1;
			break;
		}
	}
	mdb_cursor_close(c);
	if (rc != 0 && rc != MDB_NOTFOUND)
		return lmdb_err(t, rc);
	/* the pending ones: the first other than except, if it sorts first */
	for (i = 0; i < np; i++) {
		int cmp;

		if ((rc = key_to_id(k, pd[i], pl[i], cand)) != 0)
			return rc;
		if (except != NULL && strcmp(cand, except) == 0)
			continue;
		if (have) {
			cmp = memcmp(pd[i], best, pl[i] < bl ? pl[i] : bl);
			if (cmp > 0 || (cmp == 0 && pl[i] >= bl))
				break;
		}
		memcpy(best, pd[i], pl[i]);
		bl = pl[i];
		have = 1;
		break;
	}
	if (!have)
		return STORE_ENOTFOUND;
	return key_to_id(k, best, bl, id);
}

int
store_iter_one(struct store_txn *t, enum core_kind k, const char *id, struct store_iter **out)
{
	unsigned char rkey[RKEY_MAX];
	size_t rklen;
	int rc;

	*out = NULL;
	if (core_schema_get(k) == NULL || id == NULL || id_to_key(k, id, rkey, &rklen) != 0 ||
	    rklen > sizeof (*out)->prefix)
		return STORE_EINVAL;
	if ((rc = iter_new(t, IT_INDEX, k, DB_REC0 + k, out)) != 0)
		return rc;
	memcpy((*out)->prefix, rkey, rklen);
	(*out)->plen = rklen;
	(*out)->by_id = 1;	/* one entry at most, found with MDB_SET */
	(*out)->keyself = 1;
	return 0;
}

static int
search_open(struct store_txn *t, enum core_kind k, const char *prefix,
    struct store_iter **out)
{
	const struct core_schema *s = core_schema_get(k);
	size_t i, len;
	int rc, f = -1;
	unsigned char key[KEY_MAX];

	*out = NULL;
	if (s == NULL || prefix == NULL)
		return STORE_EINVAL;
	for (i = 0; i < s->nfields && f < 0; i++)
		if (s->fields[i].flags & CORE_FF_SEARCH)
			f = (int)i;
	if (f < 0)
		return STORE_EINVAL;
	/* Words typed: the word index (search.c); nothing typed (or an older
	 * database read only): the whole names' index. */
	if (!t->st->nowords) {
		if ((rc = iter_new(t, IT_WORDS, k, DB_WORDS, out)) != 0)
			return rc;
		if ((rc = words_query(*out, f, prefix)) < 0) {
			store_iter_free(*out);
			*out = NULL;
			return rc;
		}
		if (rc > 0)
			return 0;
		store_iter_free(*out);
		*out = NULL;
	}
	/* Only the letters (primary weights, loc_collate_prefix) of what was
	 * typed are a prefix of the full keys in the index. */
	{
		char *folded = loc_text_key(prefix);
		size_t n;

		if (folded == NULL)
			return STORE_ENOMEM;
		key[0] = (unsigned char)k;
		key[1] = (unsigned char)f;
		n = loc_collate_prefix(folded, (char *)key + 2, KEY_MAX - 2);
		free(folded);
		if (n >= KEY_MAX - 2)
			n = KEY_MAX - 3;
		len = n + 2;
	}
	if ((rc = iter_new(t, IT_SEARCH, k, DB_SEARCH, out)) != 0)
		return rc;
	memcpy((*out)->prefix, key, len);
	(*out)->plen = len;
	return 0;
}

/*
 * A bare number (593, ۵۹۳): a clerk means the record whose id it is, at
 * whichever station made it (TBZ-593, MRG-593), as readily as a name with
 * that number in it (کلانتری ۱۲).  The search of such a text lists first
 * the records with that id number, in station order, then what the name
 * search finds (IT_NUMBER; a record found both ways is listed once, by
 * its number).
 */

/* The id number a text of digits alone is (any digit set, spaces around
 * it), or 0. */
static uint64_t
bare_number(const char *text)
{
	char *f = loc_text_key(text), *p;
	uint64_t v = 0;
	size_t n;

	if (f == NULL)
		return 0;
	for (p = f; *p == ' '; p++)
		;
	n = strspn(p, "0123456789");
	if (n == 0 || n > 18 || p[n + strspn(p + n, " ")] != '\0')
		n = 0;
	while (n-- > 0)
		v = v * 10 + (uint64_t)(*p++ - '0');
	free(f);
	return v;
}

/* The keys of the records of kind k numbered seq, one per station: the
 * record keys (station, 0, seq) are visited a station at a time, so the
 * cost is a lookup or two per station, not per record. */
static int
number_keys(struct store_iter *it, uint64_t seq)
{
	MDB_val k, d;
	unsigned char probe[RKEY_MAX];
	size_t n, cap = 0;
	int rc = mdb_cursor_get(it->cur, &k, &d, MDB_FIRST);
	void *p;

	while (rc == 0) {
		const unsigned char *z = memchr(k.mv_data, 0, k.mv_size);

		if (z == NULL || (n = (size_t)(z - (const unsigned char *)k.mv_data)) == 0 ||
		    n > CORE_STATION_MAX)
			return STORE_ECORRUPT;
		memcpy(probe, k.mv_data, n);
		probe[n] = 0;
		be64_put(probe + n + 1, seq);
		k.mv_size = n + 9;
		k.mv_data = probe;
		if ((rc = mdb_cursor_get(it->cur, &k, &d, MDB_SET)) == 0) {
			p = it->num;
			if (store_grow(&p, &cap, it->nnum + 1, sizeof *it->num) != 0)
				return STORE_ENOMEM;
			it->num = p;
			memcpy(it->num[it->nnum].k, probe, n + 9);
			it->num[it->nnum++].len = n + 9;
		} else if (rc != MDB_NOTFOUND) {
			return lmdb_err(it->t, rc);
		}
		/* the next station: the first key after every (station, 0, ...) */
		probe[n] = 1;
		k.mv_size = n + 1;
		k.mv_data = probe;
		rc = mdb_cursor_get(it->cur, &k, &d, MDB_SET_RANGE);
	}
	return rc == MDB_NOTFOUND ? 0 : lmdb_err(it->t, rc);
}

int
store_iter_search(struct store_txn *t, enum core_kind k, const char *prefix,
    struct store_iter **out)
{
	struct store_iter *it;
	uint64_t seq;
	int rc;

	*out = NULL;
	if (prefix == NULL || k == CORE_USER || (seq = bare_number(prefix)) == 0)
		return search_open(t, k, prefix, out);
	if ((rc = iter_new(t, IT_NUMBER, k, DB_REC0 + k, &it)) != 0)
		return rc;
	if ((rc = number_keys(it, seq)) != 0 || (rc = search_open(t, k, prefix, &it->then)) != 0) {
		store_iter_free(it);
		return rc;
	}
	*out = it;
	return 0;
}

/* IT_NUMBER: its position becomes the record key num[i] (then back at its
 * beginning), or the position of `then` after it moved; id is set. */
static int
number_at(struct store_iter *it, size_t i, char *id)
{
	struct store_pos none = { 0 };

	memcpy(it->last + 1, it->num[i].k, it->num[i].len);
	it->last[0] = 'N';
	it->lastlen = 1 + it->num[i].len;
	store_iter_seek(it->then, &none);
	return key_to_id(it->kind, it->num[i].k, it->num[i].len, id);
}

static void
number_then_pos(struct store_iter *it)
{
	struct store_pos p;

	store_iter_pos(it->then, &p);
	if (p.len + 1 > STORE_POS_MAX) {	/* cannot be resumed: restart */
		it->lastlen = 0;
		return;
	}
	it->last[0] = 'S';
	memcpy(it->last + 1, p.key, p.len);
	it->lastlen = 1 + p.len;
}

static int
keycmp_raw(const unsigned char *a, size_t al, const unsigned char *b, size_t bl)
{
	int c = memcmp(a, b, al < bl ? al : bl);

	return c ? c : (al > bl) - (al < bl);
}

/* The index of the first of num after (after 1) or at (0) the record key
 * of the position 'N'. */
static size_t
number_index(const struct store_iter *it, int after)
{
	size_t i;
	int c;

	for (i = 0; i < it->nnum; i++) {
		c = keycmp_raw(it->num[i].k, it->num[i].len, it->last + 1, it->lastlen - 1);
		if (c > 0 || (c == 0 && !after))
			break;
	}
	return i;
}

/* 1 if record id is one of num (listed already, by its number). */
static int
number_has(const struct store_iter *it, const char *id)
{
	unsigned char k[RKEY_MAX];
	size_t kl, i;

	if (id_to_key(it->kind, id, k, &kl) != 0)
		return 0;
	for (i = 0; i < it->nnum; i++)
		if (it->num[i].len == kl && memcmp(it->num[i].k, k, kl) == 0)
			return 1;
	return 0;
}

/* The next (prev 0) or previous (1) record of `then` not in num. */
static int
number_then(struct store_iter *it, int prev, char *id)
{
	int rc;

	do
		rc = prev ? store_iter_prev(it->then, id) : store_iter_next(it->then, id);
	while (rc == 0 && number_has(it, id));
	if (rc == 0)
		number_then_pos(it);
	return rc;
}

static int
number_next(struct store_iter *it, char *id)
{
	struct store_pos none = { 0 };
	size_t i = 0;

	if (it->lastlen > 0 && it->last[0] == 'S')
		return number_then(it, 0, id);
	if (it->lastlen > 0)
		i = number_index(it, 1);
	if (i < it->nnum)
		return number_at(it, i, id);
	store_iter_seek(it->then, &none);
	return number_then(it, 0, id);
}

static int
number_prev(struct store_iter *it, char *id)
{
	size_t i;
	int rc;

	if (it->atend || (it->lastlen > 0 && it->last[0] == 'S')) {
		if (it->atend && (rc = store_iter_last(it->then)) != 0)
			return rc;
		if ((rc = number_then(it, 1, id)) == 0)
			return 0;
		if (rc != STORE_ENOTFOUND)
			return rc;
		i = it->nnum;	/* before the name search: the last number */
	} else if (it->lastlen > 0) {
		i = number_index(it, 0);
	} else {
		return STORE_ENOTFOUND;	/* at the beginning */
	}
	if (i == 0)
		return STORE_ENOTFOUND;
	return number_at(it, i - 1, id);
}

int
store_iter_seek(struct store_iter *it, const struct store_pos *pos)
{
	if (pos == NULL || pos->len > STORE_POS_MAX)
		return STORE_EINVAL;
	memcpy(it->last, pos->key, pos->len);
	it->lastlen = pos->len;
	it->started = 0;
	it->done = 0;
	it->atend = 0;
	it->onlast = 0;
	if (it->then != NULL) {	/* IT_NUMBER: `then` at its own position */
		struct store_pos p = { 0 };

		if (pos->len > 0 && pos->key[0] == 'S') {
			p.len = pos->len - 1;
			memcpy(p.key, pos->key + 1, p.len);
		}
		store_iter_seek(it->then, &p);
	}
	return 0;
}

int
store_iter_seek_id(struct store_iter *it, const char *id)
{
	unsigned char rk[RKEY_MAX], key[KEY_MAX];
	size_t rl, kl;
	struct store_pos pos;
	struct core_record *r;
	MDB_val k, d;
	int rc;

	if (id_to_key(it->kind, id, rk, &rl) != 0)
		return STORE_ENOTFOUND;
	switch (it->type) {
	case IT_KIND:
		if ((rc = get_raw(it->t, it->kind, rk, rl, &d)) != 0)
			return rc;
		pos.len = rl;
		memcpy(pos.key, rk, rl);
		break;
	case IT_INDEX:
		if (it->by_id || it->keyself)
			return STORE_EINVAL;
		k.mv_size = it->plen;
		k.mv_data = it->prefix;
		d.mv_size = rl;
		d.mv_data = rk;
		if ((rc = mdb_cursor_get(it->cur, &k, &d, MDB_GET_BOTH)) != 0)
			return rc == MDB_NOTFOUND ? STORE_ENOTFOUND : lmdb_err(it->t, rc);
		pos.len = rl;
		memcpy(pos.key, rk, rl);
		break;
	case IT_SEARCH:
		/* the entry of the record's name, as rec_each put it (the
		 * prefix's second byte: the search field) */
		if (it->plen < 2)
			return STORE_EINVAL;
		if ((rc = store_get(it->t, it->kind, id, &r, NULL)) != 0)
			return rc;
		rc = rec_search_key(r, it->prefix[1], key, &kl);
		core_record_free(r);
		if (rc != 0)
			return rc;
		if (kl == 0 || kl < it->plen || memcmp(key, it->prefix, it->plen) != 0)
			return STORE_ENOTFOUND;
		k.mv_size = kl;
		k.mv_data = key;
		d.mv_size = rl;
		d.mv_data = rk;
		if ((rc = mdb_cursor_get(it->cur, &k, &d, MDB_GET_BOTH)) != 0)
			return rc == MDB_NOTFOUND ? STORE_ENOTFOUND : lmdb_err(it->t, rc);
		if (2 + kl + rl > STORE_POS_MAX)
			return STORE_ENOTFOUND;	/* no position to resume from */
		pos.key[0] = (unsigned char)(kl >> 8);
		pos.key[1] = (unsigned char)kl;
		memcpy(pos.key + 2, key, kl);
		memcpy(pos.key + 2 + kl, rk, rl);
		pos.len = 2 + kl + rl;
		break;
	default:
		return STORE_EINVAL;
	}
	return store_iter_seek(it, &pos);
}

void
store_iter_pos(const struct store_iter *it, struct store_pos *pos)
{
	pos->len = it->lastlen;
	memcpy(pos->key, it->last, it->lastlen);
}

/* Search position: u16 key length, key, data. */
static void
search_pos_set(struct store_iter *it, const MDB_val *k, const MDB_val *d)
{
	if (2 + k->mv_size + d->mv_size > STORE_POS_MAX) {
		it->lastlen = 0;
		return;
	}
	it->last[0] = (unsigned char)(k->mv_size >> 8);
	it->last[1] = (unsigned char)k->mv_size;
	memcpy(it->last + 2, k->mv_data, k->mv_size);
	memcpy(it->last + 2 + k->mv_size, d->mv_data, d->mv_size);
	it->lastlen = 2 + k->mv_size + d->mv_size;
}

static int
search_first(struct store_iter *it, MDB_val *k, MDB_val *d)
{
	int rc;

	if (it->lastlen >= 2) {
		size_t kl = (size_t)it->last[0] << 8 | it->last[1];
		unsigned char lk[KEY_MAX];
		size_t dl;

		if (kl + 2 > it->lastlen || kl > KEY_MAX)
			return MDB_NOTFOUND;
		dl = it->lastlen - 2 - kl;
		memcpy(lk, it->last + 2, kl);
		k->mv_size = kl;
		k->mv_data = lk;
		d->mv_size = dl;
		d->mv_data = it->last + 2 + kl;
		rc = mdb_cursor_get(it->cur, k, d, MDB_GET_BOTH_RANGE);
		if (rc == 0) {
			if (d->mv_size == dl && memcmp(d->mv_data, it->last + 2 + kl, dl) == 0)
				rc = mdb_cursor_get(it->cur, k, d, MDB_NEXT);
			return rc;
		}
		if (rc != MDB_NOTFOUND)
			return rc;
		k->mv_size = kl;
		k->mv_data = lk;
		rc = mdb_cursor_get(it->cur, k, d, MDB_SET_RANGE);
		if (rc == 0 && k->mv_size == kl && memcmp(k->mv_data, it->last + 2, kl) == 0)
			rc = mdb_cursor_get(it->cur, k, d, MDB_NEXT_NODUP);
		return rc;
	}
	k->mv_size = it->plen;
	k->mv_data = it->prefix;
	return mdb_cursor_get(it->cur, k, d, MDB_SET_RANGE);
}

int
store_iter_next(struct store_iter *it, char *id)
{
	MDB_val k, d;
	int rc;

	if (it->done)
		return STORE_ENOTFOUND;
	it->onlast = 0;
	switch (it->type) {
	case IT_KIND:
		if (!it->started && !it->lastlen) {
			it->whole = !it->t->write;
			it->walked = 0;
		}
		if (!it->started && it->lastlen) {
			k.mv_size = it->lastlen;
			k.mv_data = it->last;
			rc = mdb_cursor_get(it->cur, &k, &d, MDB_SET_RANGE);
			if (rc == 0 && k.mv_size == it->lastlen &&
			    memcmp(k.mv_data, it->last, it->lastlen) == 0)
				rc = mdb_cursor_get(it->cur, &k, &d, MDB_NEXT);
		} else {
			rc = mdb_cursor_get(it->cur, &k, &d, it->started ? MDB_NEXT : MDB_FIRST);
		}
		if (rc == 0) {
			if (k.mv_size > STORE_POS_MAX)
				return STORE_ECORRUPT;
			memcpy(it->last, k.mv_data, k.mv_size);
			it->lastlen = k.mv_size;
			rc = key_to_id(it->kind, k.mv_data, k.mv_size, id);
			it->started = 1;
			it->walked++;
			return rc;
		}
		/* The end of a walk of the whole table: as many records as
		 * LMDB counts in it (its record in the database's own table).
		 * A leaf whose bounds a failing disk damaged to fewer nodes
		 * reads as fewer records, in silence: `export donors` wrote
		 * one donor of two and ended with exit 0.  (Not in a write
		 * transaction, whose records may come during the walk.) */
		if (rc == MDB_NOTFOUND && it->whole) {
			MDB_stat ms;

			if (mdb_stat(it->t->txn, it->t->st->dbi[DB_REC0 + it->kind], &ms) == 0 &&
			    ms.ms_entries > it->walked) {
				it->done = 1;
				return STORE_ECORRUPT;
			}
		}
		break;
	case IT_INDEX:
		k.mv_size = it->plen;
		k.mv_data = it->prefix;
		if (it->by_id) {	/* unique: one entry */
			if (it->started)
				rc = MDB_NOTFOUND;
			else
				rc = mdb_cursor_get(it->cur, &k, &d, MDB_SET);
			if (rc == 0 && it->lastlen)
				rc = MDB_NOTFOUND;	/* seeked past the only entry */
		} else if (!it->started && it->lastlen) {
			d.mv_size = it->lastlen;
			d.mv_data = it->last;
			rc = mdb_cursor_get(it->cur, &k, &d, MDB_GET_BOTH_RANGE);
			if (rc == 0 && d.mv_size == it->lastlen &&
			    memcmp(d.mv_data, it->last, it->lastlen) == 0)
				rc = mdb_cursor_get(it->cur, &k, &d, MDB_NEXT_DUP);
		} else if (!it->started) {
			rc = mdb_cursor_get(it->cur, &k, &d, MDB_SET);
		} else {
			rc = mdb_cursor_get(it->cur, &k, &d, MDB_NEXT_DUP);
		}
		if (rc == 0) {
			MDB_val *rk = it->keyself ? &k : &d;

			if (rk->mv_size > STORE_POS_MAX)
				return STORE_ECORRUPT;
			memcpy(it->last, rk->mv_data, rk->mv_size);
			it->lastlen = rk->mv_size;
			it->started = 1;
			return key_to_id(it->kind, rk->mv_data, rk->mv_size, id);
		}
		break;
	case IT_WORDS:
		if ((rc = words_next(it, id)) == STORE_ENOTFOUND)
			it->done = 1;
		return rc;
	case IT_NUMBER:
		if ((rc = number_next(it, id)) == STORE_ENOTFOUND)
			it->done = 1;
		return rc;
	case IT_SEARCH:
		rc = it->started ? mdb_cursor_get(it->cur, &k, &d, MDB_NEXT) : search_first(it, &k, &d);
		it->started = 1;
		if (rc == 0) {
			if (k.mv_size < it->plen || memcmp(k.mv_data, it->prefix, it->plen) != 0) {
				rc = MDB_NOTFOUND;
				break;
			}
			search_pos_set(it, &k, &d);
			return key_to_id(it->kind, d.mv_data, d.mv_size, id);
		}
		break;
	default:
		return STORE_EINVAL;
	}
	if (rc == MDB_NOTFOUND) {
		it->done = 1;
		return STORE_ENOTFOUND;
	}
	return lmdb_err(it->t, rc);
}

/* ---- iterating backwards ---- */

static int
can_prev(const struct store_iter *it)
{
	return it->type == IT_KIND || it->type == IT_INDEX || it->type == IT_SEARCH ||
	    it->type == IT_WORDS || (it->type == IT_NUMBER && can_prev(it->then));
}

int
store_iter_last(struct store_iter *it)
{
	if (!can_prev(it))
		return STORE_EINVAL;
	it->atend = 1;
	it->done = 1;		/* nothing after the end */
	it->onlast = 0;
	it->started = 0;
	it->whole = 0;
	return 0;
}

/* IT_KIND: the record key before it->last (or the last one). */
static int
prev_kind(struct store_iter *it, MDB_val *k, MDB_val *d)
{
	int rc;

	if (it->onlast)
		return mdb_cursor_get(it->cur, k, d, MDB_PREV);
	if (it->atend)
		return mdb_cursor_get(it->cur, k, d, MDB_LAST);
	if (it->lastlen == 0)
		return MDB_NOTFOUND;
	k->mv_size = it->lastlen;
	k->mv_data = it->last;
	rc = mdb_cursor_get(it->cur, k, d, MDB_SET_RANGE);	/* first >= last */
	if (rc == 0)
		return mdb_cursor_get(it->cur, k, d, MDB_PREV);
	return rc == MDB_NOTFOUND ? mdb_cursor_get(it->cur, k, d, MDB_LAST) : rc;
}

/* IT_INDEX: the record key (a duplicate of the value's key) before
 * it->last (or the last one). */
static int
prev_index(struct store_iter *it, MDB_val *k, MDB_val *d)
{
	int rc;

	k->mv_size = it->plen;
	k->mv_data = it->prefix;
	if (it->by_id)	/* unique: one entry, before nothing but the end */
		return it->atend ? mdb_cursor_get(it->cur, k, d, MDB_SET) : MDB_NOTFOUND;
	if (it->onlast)
		return mdb_cursor_get(it->cur, k, d, MDB_PREV_DUP);
	if (!it->atend) {
		if (it->lastlen == 0)
			return MDB_NOTFOUND;
		d->mv_size = it->lastlen;
		d->mv_data = it->last;
		rc = mdb_cursor_get(it->cur, k, d, MDB_GET_BOTH_RANGE);	/* first >= last */
		if (rc == 0)
			return mdb_cursor_get(it->cur, k, d, MDB_PREV_DUP);
		if (rc != MDB_NOTFOUND)
			return rc;
		k->mv_size = it->plen;	/* every entry is before last */
		k->mv_data = it->prefix;
	}
	rc = mdb_cursor_get(it->cur, k, d, MDB_SET);
	return rc == 0 ? mdb_cursor_get(it->cur, k, d, MDB_LAST_DUP) : rc;
}

/* IT_SEARCH: the (name key, record key) entry before the one of it->last
 * (search_pos_set), or the last one of the range; the caller checks the
 * prefix. */
static int
prev_search(struct store_iter *it, MDB_val *k, MDB_val *d)
{
	unsigned char succ[KEY_MAX];
	size_t kl, n;
	int rc;

	if (it->onlast)
		return mdb_cursor_get(it->cur, k, d, MDB_PREV);
	if (it->atend) {
		/* The first key after the range: the prefix with its last byte
		 * below 0xff incremented (and the rest dropped). */
		memcpy(succ, it->prefix, it->plen);
		for (n = it->plen; n > 0 && succ[n - 1] == 0xff; n--)
			;
		if (n == 0)
			return mdb_cursor_get(it->cur, k, d, MDB_LAST);
		succ[n - 1]++;
		k->mv_size = n;
		k->mv_data = succ;
		rc = mdb_cursor_get(it->cur, k, d, MDB_SET_RANGE);
		if (rc == 0)
			return mdb_cursor_get(it->cur, k, d, MDB_PREV);
		return rc == MDB_NOTFOUND ? mdb_cursor_get(it->cur, k, d, MDB_LAST) : rc;
	}
	if (it->lastlen < 2)
		return MDB_NOTFOUND;
	kl = (size_t)it->last[0] << 8 | it->last[1];
	if (kl + 2 > it->lastlen || kl > KEY_MAX)
		return MDB_NOTFOUND;
	k->mv_size = kl;
	k->mv_data = it->last + 2;
	d->mv_size = it->lastlen - 2 - kl;
	d->mv_data = it->last + 2 + kl;
	rc = mdb_cursor_get(it->cur, k, d, MDB_GET_BOTH_RANGE);	/* first >= last */
	if (rc == 0)
		return mdb_cursor_get(it->cur, k, d, MDB_PREV);
	if (rc != MDB_NOTFOUND)
		return rc;
	k->mv_size = kl;
	k->mv_data = it->last + 2;
	rc = mdb_cursor_get(it->cur, k, d, MDB_SET_RANGE);
	if (rc == 0) {
		/* the same name key: its record keys are all before last */
		if (k->mv_size == kl && memcmp(k->mv_data, it->last + 2, kl) == 0)
			return mdb_cursor_get(it->cur, k, d, MDB_LAST_DUP);
		return mdb_cursor_get(it->cur, k, d, MDB_PREV);
	}
	return rc == MDB_NOTFOUND ? mdb_cursor_get(it->cur, k, d, MDB_LAST) : rc;
}

int
store_iter_prev(struct store_iter *it, char *id)
{
	MDB_val k, d;
	int rc;

	if (!can_prev(it))
		return STORE_EINVAL;
	it->whole = 0;
	if (it->type == IT_WORDS || it->type == IT_NUMBER) {
		/* search.c, number_prev: set it->last themselves */
		if ((rc = it->type == IT_WORDS ? words_prev(it, id) : number_prev(it, id)) != 0) {
			it->onlast = 0;
			return rc;
		}
		goto moved;
	}
	if (it->type == IT_KIND)
		rc = prev_kind(it, &k, &d);
	else if (it->type == IT_INDEX)
		rc = prev_index(it, &k, &d);
	else {
		rc = prev_search(it, &k, &d);
		if (rc == 0 && (k.mv_size < it->plen || memcmp(k.mv_data, it->prefix, it->plen) != 0))
			rc = MDB_NOTFOUND;
	}
	if (rc != 0) {
		it->onlast = 0;	/* the cursor may have moved; the position has not */
		return rc == MDB_NOTFOUND ? STORE_ENOTFOUND : lmdb_err(it->t, rc);
	}
	if (it->type == IT_SEARCH) {
		search_pos_set(it, &k, &d);
		rc = key_to_id(it->kind, d.mv_data, d.mv_size, id);
	} else {
		MDB_val *rk = it->type == IT_KIND || it->keyself ? &k : &d;

		if (rk->mv_size > STORE_POS_MAX)
			return STORE_ECORRUPT;
		memcpy(it->last, rk->mv_data, rk->mv_size);
		it->lastlen = rk->mv_size;
		rc = key_to_id(it->kind, rk->mv_data, rk->mv_size, id);
	}
moved:
	/* store_iter_next seeks again from the entry returned. */
	it->onlast = 1;
	it->atend = 0;
	it->done = 0;
	it->started = 0;
	return rc;
}

void
store_iter_free(struct store_iter *it)
{
	if (it == NULL)
		return;
	words_query_free(it);
	store_iter_free(it->then);
	free(it->num);
	mdb_cursor_close(it->cur);
	free(it);
}

/* ---- needs ---- */

/* Whether pledge p, stored with meta m, counts towards its need: material,
 * not cancelled, not deactivated (a deactivated pledge counts no more than
 * a cancelled one). */
int
store_pledge_counts(const struct core_record *p, const struct store_meta *m)
{
	return !m->deleted && p->v[CORE_PLEDGE_TYPE].set &&
	    core_pledge_counts((int)p->v[CORE_PLEDGE_TYPE].num,
	    p->v[CORE_PLEDGE_STATUS].set ? (int)p->v[CORE_PLEDGE_STATUS].num :
	    CORE_PLEDGE_PLEDGED);
}

int
store_donor_live_pledge(struct store_txn *t, const char *donor, const char *need,
    char *pid, size_t pidn)
{
	struct store_iter *it;
	char id[CORE_ID_MAX];
	int rc, found = 0;

	if ((rc = store_iter_index(t, CORE_PLEDGE, CORE_PLEDGE_DONOR, donor, &it)) != 0)
		return rc;
	while (!found && store_iter_next(it, id) == 0) {
		struct core_record *p;
		struct store_meta m;

		if (store_get(t, CORE_PLEDGE, id, &p, &m) != 0)
			continue;
		found = !m.deleted && !(p->v[CORE_PLEDGE_STATUS].set &&
		    p->v[CORE_PLEDGE_STATUS].num == CORE_PLEDGE_CANCELLED) &&
		    (need == NULL || strcmp(core_record_text(p, CORE_PLEDGE_NEED), need) == 0);
		if (found && pid != NULL)
			loc_utf8_copy(pid, pidn, id);
		core_record_free(p);
	}
	store_iter_free(it);
	return found;
}

int
store_pledge_open(struct store_txn *t, const char *id, const struct core_record *p,
    const struct store_meta *m, int64_t *owed)
{
	struct core_record *n;
	struct store_meta nm;
	int64_t share = store_pledge_share(p, m), paid;
	int rc;

	*owed = 0;
	if (share <= 0)
		return 0;
	if ((rc = store_get(t, CORE_NEED, core_record_text(p, CORE_PLEDGE_NEED), &n, &nm)) == 0) {
		if (!nm.deleted && (rc = store_pledge_paid(t, id, NULL, &paid)) == 0)
			*owed = core_pledge_unpaid(n->v[CORE_NEED_STATUS].set ?
			    (int)n->v[CORE_NEED_STATUS].num : CORE_NEED_IDENTIFIED, share, paid);
		core_record_free(n);
	}
	return rc == STORE_ENOTFOUND ? 0 : rc;	/* its need not stored: not open */
}

int
store_donor_open(struct store_txn *t, const char *donor, int64_t *open)
{
	struct core_record *p;
	struct store_meta m;
	struct store_iter *it;
	char id[CORE_ID_MAX];
	int64_t sum = 0;
	int rc;

	*open = 0;
	if ((rc = store_iter_index(t, CORE_PLEDGE, CORE_PLEDGE_DONOR, donor, &it)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	/* a pledge his index names not there: as a payment in
	 * store_pledge_paid, the others summed, said short (before, the walk
	 * ended there as if he had no more) */
	while ((rc = store_iter_next_sum(t, it, CORE_PLEDGE, NULL, id, &p, &m)) == 0) {
		int64_t owed;

		rc = store_pledge_open(t, id, p, &m, &owed);
		core_record_free(p);
		if (rc != 0)
			break;
		/* amounts are at most 10^15 rials: a sum past INT64_MAX
		 * would take some 9,000 of them at the largest */
		sum = owed > INT64_MAX - sum ? INT64_MAX : sum + owed;
	}
	store_iter_free(it);
	if (rc != STORE_ENOTFOUND)
		return rc;
	*open = sum;
	return 0;
}

int64_t
store_pledge_share(const struct core_record *p, const struct store_meta *m)
{
	return store_pledge_counts(p, m) && p->v[CORE_PLEDGE_AMOUNT].set ?
	    p->v[CORE_PLEDGE_AMOUNT].num : 0;
}

/* Sums need id's pledges that count towards it (material, not cancelled,
 * not deactivated: a deactivated pledge counts no more than a cancelled
 * one), leaving out pledge except (NULL: none), into *pledged, and when
 * received is not NULL the payments on them into *received. */
static int
need_pledges(struct store_txn *t, const char *id, const char *except, int64_t *pledged,
    int64_t *received, size_t *live)
{
	struct core_record *p;
	struct store_meta m;
	struct store_iter *it;
	char pid[CORE_ID_MAX];
	int rc;

	*pledged = 0;
	if (received != NULL)
		*received = 0;
	if (live != NULL)
		*live = 0;
	if ((rc = store_iter_index(t, CORE_PLEDGE, CORE_PLEDGE_NEED, id, &it)) != 0)
		return rc;
	/* a pledge the index names not there: as a payment in
	 * store_pledge_paid */
	while ((rc = store_iter_next_sum(t, it, CORE_PLEDGE, except, pid, &p, &m)) == 0) {
		int64_t paid;

		/* any pledge neither cancelled nor deactivated, of any type */
		if (live != NULL && !m.deleted && !(p->v[CORE_PLEDGE_STATUS].set &&
		    p->v[CORE_PLEDGE_STATUS].num == CORE_PLEDGE_CANCELLED))
			(*live)++;
		if (store_pledge_counts(p, &m)) {
			*pledged += store_pledge_share(p, &m);
			if (received != NULL) {
				if ((rc = store_pledge_paid(t, pid, NULL, &paid)) != 0) {
					core_record_free(p);
					break;
				}
				*received += paid;
			}
		}
		core_record_free(p);
	}
	store_iter_free(it);
	return rc == STORE_ENOTFOUND ? 0 : rc;
}

int
store_need_pledged(struct store_txn *t, const char *id, const char *except, int64_t *pledged)
{
	return need_pledges(t, id, except, pledged, NULL, NULL);
}

int
store_need_misfits(struct store_txn *t, const char *id, int category, int64_t *n)
{
	struct core_record *p;
	struct store_iter *it;
	char pid[CORE_ID_MAX];
	int rc;

	*n = 0;
	if ((rc = store_iter_index(t, CORE_PLEDGE, CORE_PLEDGE_NEED, id, &it)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	while ((rc = store_iter_next(it, pid)) == 0) {
		struct store_meta m;

		if ((rc = store_get(t, CORE_PLEDGE, pid, &p, &m)) != 0)
			break;
		if (!m.deleted && core_pledge_misfits(p, category))
			(*n)++;
		core_record_free(p);
	}
	store_iter_free(it);
	return rc == STORE_ENOTFOUND ? 0 : rc;
}

int
store_need_sums(struct store_txn *t, const char *id, struct store_need_sums *out)
{
	struct core_record *n;
	int rc, has_estimate;

	memset(out, 0, sizeof *out);
	if ((rc = store_get(t, CORE_NEED, id, &n, NULL)) != 0)
		return rc;
	if ((has_estimate = n->v[CORE_NEED_ESTIMATED_COST].set))
		out->estimated = n->v[CORE_NEED_ESTIMATED_COST].num;
	/* a need with no category is taken as material: its money counts,
	 * as it did before the category decided it */
	out->material = !n->v[CORE_NEED_CATEGORY].set ||
	    core_ptype_material((int)n->v[CORE_NEED_CATEGORY].num);
	core_record_free(n);
	if ((rc = need_pledges(t, id, NULL, &out->pledged, &out->received, &out->pledges)) != 0)
		return rc;
	/* never negative: beyond the estimate is the surplus, not a gap below
	 * 0 (core_need_gap, core_need_surplus) */
	out->gap = out->pledged < out->estimated ? out->estimated - out->pledged : 0;
	if (has_estimate && out->pledged > out->estimated)
		out->surplus = out->pledged - out->estimated;
	return 0;
}

int
store_need_stages(struct store_txn *t, const char *id, int32_t today, struct store_need_stages *out)
{
	struct store_iter *it;
	char sid[CORE_ID_MAX];
	int rc;

	memset(out, 0, sizeof *out);
	if ((rc = store_iter_index(t, CORE_STAGE, CORE_STAGE_NEED, id, &it)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	while ((rc = store_iter_next(it, sid)) == 0) {
		struct core_record *r;
		struct store_meta m;

		if ((rc = store_get(t, CORE_STAGE, sid, &r, &m)) != 0) {
			if (rc == STORE_ENOTFOUND)
				continue;
			break;
		}
		if (!m.deleted) {
			out->total++;
			out->unfinished += core_stage_unfinished(r);
			out->overdue += core_stage_overdue(r, today);
		}
		core_record_free(r);
	}
	store_iter_free(it);
	return rc == STORE_ENOTFOUND ? 0 : rc;
}

int
store_stage_reopens(struct store_txn *t, const struct core_record *r, int *reopens)
{
	struct core_record *old = NULL, *need;
	struct store_meta m;
	int rc, status;

	*reopens = 0;
	if (r->kind != CORE_STAGE || !r->v[CORE_STAGE_NEED].set)
		return 0;
	if ((rc = store_get(t, CORE_NEED, r->v[CORE_STAGE_NEED].text, &need, NULL)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	status = need->v[CORE_NEED_STATUS].set ? (int)need->v[CORE_NEED_STATUS].num : -1;
	core_record_free(need);
	if (status != CORE_NEED_DONE)
		return 0;
	if (r->v[0].set && (rc = store_get(t, CORE_STAGE, r->v[0].text, &old, &m)) != 0) {
		if (rc != STORE_ENOTFOUND)
			return rc;
		old = NULL;
	}
	/* a deleted stage counts in no need's stages: brought back, it is
	 * as a new one */
	if (old != NULL && m.deleted) {
		core_record_free(old);
		old = NULL;
	}
	*reopens = core_stage_reopens(old, r, status);
	core_record_free(old);
	return 0;
}

/* ---- settings and drafts ---- */

static int
blob_get(struct store_txn *t, int db, const void *key, size_t klen, char **out, size_t *len)
{
	MDB_val k = { klen, (void *)key }, d;
	int rc;

	*out = NULL;
	if (klen == 0 || klen >= KEY_MAX)
		return STORE_EINVAL;
	rc = mdb_get(t->txn, t->st->dbi[db], &k, &d);
	if (rc == MDB_NOTFOUND)
		return STORE_ENOTFOUND;
	if (rc != 0)
		return lmdb_err(t, rc);
	if ((*out = malloc(d.mv_size + 1)) == NULL)
		return STORE_ENOMEM;
	memcpy(*out, d.mv_data, d.mv_size);
	(*out)[d.mv_size] = '\0';
	if (len)
		*len = d.mv_size;
	return 0;
}

int
store_setting_get(struct store_txn *t, const char *name, char **out, size_t *len)
{
	if (name == NULL)
		return STORE_EINVAL;
	return blob_get(t, DB_SETTINGS, name, strlen(name), out, len);
}

/* Whether t is a STORE_OWN_SETTINGS write transaction and name one of its
 * user's own settings, "user.LOGIN.KEY" (the only writes it makes; KEY
 * has no dot, so that "user.ali.r.digits" is ali.r's, never ali's). */
static int
own_setting(const struct store_txn *t, const char *name)
{
	size_t n = strlen(t->st->user);

	return t->own_settings && t->txn != NULL && name != NULL &&
	    strncmp(name, "user.", 5) == 0 && strncmp(name + 5, t->st->user, n) == 0 &&
	    name[5 + n] == '.' && name[6 + n] != '\0' && strchr(name + 6 + n, '.') == NULL &&
	    strcmp(t->st->user, "?") != 0;
}

int
store_setting_set(struct store_txn *t, const char *name, const void *data, size_t len)
{
	return store_setting_receive(t, name, data, len, NULL);
}

int
store_setting_receive(struct store_txn *t, const char *name, const void *data, size_t len,
    const char *from)
{
	return store_setting_receive_dflt(t, name, data, len, from, NULL);
}

int
store_setting_receive_dflt(struct store_txn *t, const char *name, const void *data, size_t len,
    const char *from, const char *unset)
{
	MDB_val k, d = { len, (void *)data };
	char *old = NULL;
	size_t oldlen = 0;
	int rc, audited;

	if (!t->write && !own_setting(t, name))
		return STORE_ERDONLY;
	if (name == NULL || *name == '\0' || strlen(name) >= KEY_MAX || strcmp(name, "station") == 0)
		return STORE_EINVAL;
	if ((rc = store_policy_check(t, STORE_ACT_SETTING, NULL, NULL, name)) != 0)
		return rc;
	k.mv_size = strlen(name);
	k.mv_data = (void *)name;
	audited = strncmp(name, "rank.", 5) == 0 || strncmp(name, "sync.trust.", 11) == 0;
	if (strcmp(name, "station.name") == 0 || strcmp(name, "sync.key.public") == 0) {
		/* audited once set (a correction by the admin; a sync key
		 * made anew), not when init or first use writes it */
		rc = store_setting_get(t, name, &old, NULL);
		free(old);
		old = NULL;
		if (rc != 0 && rc != STORE_ENOTFOUND)
			return rc;
		audited = rc == 0;
	}
	if (audited) {
		rc = store_setting_get(t, name, &old, &oldlen);
		if (rc != 0 && rc != STORE_ENOTFOUND)
			return rc;
		if (rc == STORE_ENOTFOUND && unset != NULL) {
			/* never set: the value in use until now (the
			 * ranking's defaults) is the old one, not "" */
			if ((old = strdup(unset)) == NULL)
				return STORE_ENOMEM;
			oldlen = strlen(unset);
			if (oldlen == len && memcmp(old, data, len) == 0) {
				/* the defaults stored as they are: no
				 * change to log, but stored (a bundle's
				 * ranking line reads them) */
				free(old);
				return lmdb_err(t, mdb_put(t->txn, t->st->dbi[DB_SETTINGS], &k, &d, 0));
			}
			rc = 0;
		}
		if (rc == 0 && oldlen == len && memcmp(old, data, len) == 0) {
			/* saved again as it was (F2 in the weights editor
			 * with nothing changed): no change, no audit entry */
			free(old);
			return 0;
		}
		if (from == NULL)
			rc = audit_append(t, STORE_ACT_SETTING, CORE_NKINDS, name, NULL, NULL, name,
			    old, oldlen, data, len, NULL, 0);
		else {
			/* taken from another station's bundle: the entry says
			 * so, and which station, as the user of t only
			 * imported it */
			char *ot = strndup(old != NULL ? old : "", old != NULL ? oldlen : 0);
			char *nt = strndup(data, len);
			struct store_audit_field note[2] = {
				{ (char *)name, ot, nt },
				{ (char *)"from", (char *)"", (char *)from },
			};

			rc = ot == NULL || nt == NULL ? STORE_ENOMEM :
			    audit_append(t, STORE_ACT_SYNC, CORE_NKINDS, name, NULL, NULL, NULL,
			    NULL, 0, NULL, 0, note, 2);
			free(ot);
			free(nt);
		}
		free(old);
		if (rc != 0)
			return rc;
	}
	return lmdb_err(t, mdb_put(t->txn, t->st->dbi[DB_SETTINGS], &k, &d, 0));
}

int
store_setting_del(struct store_txn *t, const char *name)
{
	MDB_val k;
	int rc;

	if (!t->write && !own_setting(t, name))
		return STORE_ERDONLY;
	if (name == NULL || *name == '\0' || strcmp(name, "station") == 0)
		return STORE_EINVAL;
	if ((rc = store_policy_check(t, STORE_ACT_SETTING, NULL, NULL, name)) != 0)
		return rc;
	k.mv_size = strlen(name);
	k.mv_data = (void *)name;
	if (strncmp(name, "rank.", 5) == 0 || strncmp(name, "sync.trust.", 11) == 0 ||
	    strcmp(name, "station.name") == 0) {
		/* an audited setting deleted is a change as store_setting_put
		 * logs one: its old value, the new one empty */
		char *old = NULL;
		size_t oldlen = 0;

		rc = store_setting_get(t, name, &old, &oldlen);
		if (rc != 0)
			return rc;
		rc = audit_append(t, STORE_ACT_SETTING, CORE_NKINDS, name, NULL, NULL, name,
		    old, oldlen, "", 0, NULL, 0);
		free(old);
		if (rc != 0)
			return rc;
	}
	rc = mdb_del(t->txn, t->st->dbi[DB_SETTINGS], &k, NULL);
	return rc == MDB_NOTFOUND ? STORE_ENOTFOUND : lmdb_err(t, rc);
}

/* Calls fn for each entry of db whose key starts with prefix (plen bytes);
 * the name passed is the key after skip bytes. */
static int
blob_each(struct store_txn *t, int db, const void *prefix, size_t plen, size_t skip,
    int (*fn)(const char *name, const void *data, size_t len, void *ctx), void *ctx)
{
	MDB_cursor *c;
	MDB_val k = { plen, (void *)prefix }, d;
	int rc, op = MDB_SET_RANGE;
	char name[KEY_MAX + 1];

	if ((rc = mdb_cursor_open(t->txn, t->st->dbi[db], &c)) != 0)
		return lmdb_err(t, rc);
	if (plen == 0)
		op = MDB_FIRST;
	while ((rc = mdb_cursor_get(c, &k, &d, op)) == 0) {
		void *copy;

		op = MDB_NEXT;
		if (k.mv_size < plen || memcmp(k.mv_data, prefix, plen) != 0)
			break;
		if (k.mv_size - skip > KEY_MAX)
			continue;
		memcpy(name, (char *)k.mv_data + skip, k.mv_size - skip);
		name[k.mv_size - skip] = '\0';
		if ((copy = malloc(d.mv_size + 1)) == NULL) {
			mdb_cursor_close(c);
			return STORE_ENOMEM;
		}
		memcpy(copy, d.mv_data, d.mv_size);
		((char *)copy)[d.mv_size] = '\0';
		rc = fn(name, copy, d.mv_size, ctx);
		free(copy);
		if (rc != 0) {
			mdb_cursor_close(c);
			return rc;
		}
		/* k.mv_data may be stale after fn: the cursor still knows where it is */
	}
	mdb_cursor_close(c);
	return rc == 0 || rc == MDB_NOTFOUND ? 0 : lmdb_err(t, rc);
}

int
store_setting_each(struct store_txn *t, const char *prefix,
    int (*fn)(const char *name, const void *data, size_t len, void *ctx), void *ctx)
{
	if (prefix == NULL || fn == NULL)
		return STORE_EINVAL;
	return blob_each(t, DB_SETTINGS, prefix, strlen(prefix), 0, fn, ctx);
}

static int
draft_key(const char *user, const char *form, char *key, size_t *len)
{
	size_t ul, fl;

	if (user == NULL || form == NULL || *user == '\0' || *form == '\0')
		return STORE_EINVAL;
	ul = strlen(user);
	fl = form ? strlen(form) : 0;
	if (ul + 1 + fl >= KEY_MAX)
		return STORE_EINVAL;
	memcpy(key, user, ul);
	key[ul] = '\0';
	memcpy(key + ul + 1, form, fl);
	*len = ul + 1 + fl;
	return 0;
}

int
store_draft_put(struct store_txn *t, const char *user, const char *form,
    const void *data, size_t len)
{
	char key[KEY_MAX];
	MDB_val k, d = { len, (void *)data };
	int rc;

	if (!t->write)
		return STORE_ERDONLY;
	if ((rc = draft_key(user, form, key, &k.mv_size)) != 0)
		return rc;
	k.mv_data = key;
	return lmdb_err(t, mdb_put(t->txn, t->st->dbi[DB_DRAFTS], &k, &d, 0));
}

int
store_draft_get(struct store_txn *t, const char *user, const char *form, char **out, size_t *len)
{
	char key[KEY_MAX];
	size_t klen;
	int rc;

	*out = NULL;
	if ((rc = draft_key(user, form, key, &klen)) != 0)
		return rc;
	return blob_get(t, DB_DRAFTS, key, klen, out, len);
}

int
store_draft_del(struct store_txn *t, const char *user, const char *form)
{
	char key[KEY_MAX];
	MDB_val k;
	int rc;

	if (!t->write)
		return STORE_ERDONLY;
	if ((rc = draft_key(user, form, key, &k.mv_size)) != 0)
		return rc;
	k.mv_data = key;
	rc = mdb_del(t->txn, t->st->dbi[DB_DRAFTS], &k, NULL);
	return rc == MDB_NOTFOUND ? STORE_ENOTFOUND : lmdb_err(t, rc);
}

int
store_draft_each(struct store_txn *t, const char *user,
    int (*fn)(const char *form, const void *data, size_t len, void *ctx), void *ctx)
{
	char key[KEY_MAX];
	size_t ul;

	if (user == NULL || *user == '\0' || fn == NULL || (ul = strlen(user)) + 1 >= KEY_MAX)
		return STORE_EINVAL;
	memcpy(key, user, ul);
	key[ul] = '\0';
	return blob_each(t, DB_DRAFTS, key, ul + 1, ul + 1, fn, ctx);
}

/* ---- change log ---- */

uint64_t
store_txn_snapshot(struct store_txn *t)
{
	return t != NULL && t->txn != NULL ? (uint64_t)mdb_txn_id(t->txn) : 0;
}

int
store_change_last(struct store_txn *t, uint64_t *seq)
{
	return meta_get(t, "changeseq", seq);
}

void
store_change_done(struct store_change *c)
{
	if (c == NULL)
		return;
	core_record_free(c->rec);
	c->rec = NULL;
}

int
store_change_next(struct store_txn *t, uint64_t after, struct store_change *c)
{
	MDB_cursor *cur;
	unsigned char kb[8];
	MDB_val k = { 8, kb }, d;
	struct rd rd;
	unsigned kind;
	const char *rkey;
	size_t rklen;
	int rc;

	memset(c, 0, sizeof *c);
	if (after == UINT64_MAX)
		return STORE_ENOTFOUND;
	be64_put(kb, after + 1);
	if ((rc = mdb_cursor_open(t->txn, t->st->dbi[DB_CHANGES], &cur)) != 0)
		return lmdb_err(t, rc);
	rc = mdb_cursor_get(cur, &k, &d, MDB_SET_RANGE);
	if (rc != 0) {
		mdb_cursor_close(cur);
		return rc == MDB_NOTFOUND ? STORE_ENOTFOUND : lmdb_err(t, rc);
	}
	rd.p = d.mv_data;
	rd.len = d.mv_size;
	rd.off = 0;
	if (k.mv_size != 8 || rd_u8(&rd, &kind) != 0 || kind >= CORE_NKINDS ||
	    rd_str(&rd, &rkey, &rklen) != 0) {
		mdb_cursor_close(cur);
		return STORE_ECORRUPT;
	}
	c->seq = be64_get(k.mv_data);
	c->kind = (enum core_kind)kind;
	if ((rc = key_to_id(c->kind, (const unsigned char *)rkey, rklen, c->id)) == 0)
		rc = rec_decode(c->kind, rd.p + rd.off, rd.len - rd.off, &c->rec, &c->meta);
	mdb_cursor_close(cur);
	return rc;
}

/* ---- audit log ---- */

/* An audit entry of note lines alone (f, n; at least one if need_one) for
 * record id of kind k, as action act: checked, then appended. */
static int
audit_notes(struct store_txn *t, enum store_action act, enum core_kind k, const char *id,
    const struct store_audit_field *f, size_t n, int need_one)
{
	size_t i;

	if (!t->write)
		return STORE_ERDONLY;
	if (core_schema_get(k) == NULL || id == NULL || *id == '\0' || strlen(id) >= CORE_ID_MAX ||
	    (n > 0 && f == NULL) || (need_one && n == 0) || n > 1000)
		return STORE_EINVAL;
	for (i = 0; i < n; i++)
		if (f[i].name == NULL || f[i].old_text == NULL || f[i].new_text == NULL)
			return STORE_EINVAL;
	return audit_append(t, act, k, id, NULL, NULL, NULL, NULL, 0, NULL, 0, f, n);
}

int
store_audit_resolved(struct store_txn *t, enum core_kind k, const char *id,
    const struct store_audit_field *f, size_t n)
{
	return audit_notes(t, STORE_ACT_RESOLVE, k, id, f, n, 0);
}

int
store_audit_synced(struct store_txn *t, enum core_kind k, const char *id,
    const struct store_audit_field *f, size_t n)
{
	return audit_notes(t, STORE_ACT_SYNC, k, id, f, n, 1);
}

int
store_audit_db_restored(struct store_txn *t, const struct store_audit_field *f, size_t n)
{
	size_t i;

	if (!t->write)
		return STORE_ERDONLY;
	if (n == 0 || f == NULL || n > 1000)
		return STORE_EINVAL;
	for (i = 0; i < n; i++)
		if (f[i].name == NULL || f[i].old_text == NULL || f[i].new_text == NULL)
			return STORE_EINVAL;
	return audit_append(t, STORE_ACT_DB_RESTORE, CORE_NKINDS, STORE_RESTORE_ID, NULL, NULL,
	    NULL, NULL, 0, NULL, 0, f, n);
}

void
store_audit_done(struct store_audit *a)
{
	size_t i;

	if (a == NULL)
		return;
	for (i = 0; i < a->nfields; i++) {
		free(a->fields[i].name);
		free(a->fields[i].old_text);
		free(a->fields[i].new_text);
	}
	free(a->fields);
	a->fields = NULL;
	a->nfields = 0;
}

int
store_audit_iter(struct store_txn *t, const char *id, int64_t since, struct store_iter **out)
{
	int rc;

	if (id != NULL && (*id == '\0' || strlen(id) >= CORE_ID_MAX))
		return STORE_EINVAL;
	if ((rc = iter_new(t, IT_AUDIT, CORE_NKINDS, id ? DB_AUDIT_ID : DB_AUDIT, out)) != 0)
		return rc;
	if (id) {
		strcpy((*out)->id, id);
		(*out)->by_id = 1;
	}
	(*out)->since = since;
	return 0;
}

static char *
dupn(const char *s, size_t n)
{
	char *p = malloc(n + 1);

	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

int
audit_decode(const MDB_val *k, const MDB_val *d, struct store_audit *a)
{
	struct rd rd = { d->mv_data, d->mv_size, 0 };
	const char *s;
	size_t n, i;
	unsigned act, kind;
	uint64_t nf;

	memset(a, 0, sizeof *a);
	if (k->mv_size != 16)
		return STORE_ECORRUPT;
	/* the key's time and number first: they name an entry whose value
	 * cannot be read (store_audit_next) */
	a->time = (int64_t)(be64_get(k->mv_data) ^ ((uint64_t)1 << 63));
	a->seq = be64_get((const unsigned char *)k->mv_data + 8);
	if (rd_sv(&rd, &a->time) != 0 || rd_str(&rd, &s, &n) != 0)
		return STORE_ECORRUPT;
	if (n >= sizeof a->user)
		n = sizeof a->user - 1;
	memcpy(a->user, s, n);
	if (rd_u8(&rd, &act) != 0 || rd_u8(&rd, &kind) != 0 || rd_str(&rd, &s, &n) != 0)
		return STORE_ECORRUPT;
	a->action = (enum store_action)act;
	a->kind = (enum core_kind)kind;
	if (n >= sizeof a->id)
		n = sizeof a->id - 1;
	memcpy(a->id, s, n);
	if (rd_uv(&rd, &nf) != 0 || nf > 1000)
		return STORE_ECORRUPT;
	if (nf && (a->fields = calloc((size_t)nf, sizeof *a->fields)) == NULL)
		return STORE_ENOMEM;
	for (i = 0; i < nf; i++) {
		const char *nm, *o, *w;
		size_t nl, ol, wl;

		if (rd_str(&rd, &nm, &nl) != 0 || rd_str(&rd, &o, &ol) != 0 || rd_str(&rd, &w, &wl) != 0) {
			store_audit_done(a);
			return STORE_ECORRUPT;
		}
		a->nfields = i + 1;
		a->fields[i].name = dupn(nm, nl);
		a->fields[i].old_text = dupn(o, ol);
		a->fields[i].new_text = dupn(w, wl);
		if (!a->fields[i].name || !a->fields[i].old_text || !a->fields[i].new_text) {
			store_audit_done(a);
			return STORE_ENOMEM;
		}
	}
	return 0;
}

/* The first entry of the log: a cursor of its own (it->cur stays). */
static int
audit_first(struct store_iter *it, MDB_val *k, MDB_val *d)
{
	MDB_cursor *c;
	int rc;

	if (mdb_cursor_open(it->t->txn, it->t->st->dbi[DB_AUDIT], &c) != 0)
		return -1;
	rc = mdb_cursor_get(c, k, d, MDB_FIRST);
	mdb_cursor_close(c);
	return rc;
}

/* The audit log's id index read as fewer entries than LMDB counts in it
 * (a leaf a failing disk cut short: tests/cli/damage.py fewer audit_id),
 * or a page of it that cannot be read: 1.  Its keys walked, each one's
 * entries counted (mdb_cursor_count), not the entries themselves: one
 * step a record; once a transaction (t->audit_id_seen), which may end
 * many records' entries (sync conflicts --all, one walk a conflict). */
static int
audit_index_short(struct store_iter *it)
{
	struct store_txn *t = it->t;
	MDB_cursor *c;
	MDB_val k, d;
	MDB_stat ms;
	size_t n;
	size_t total = 0;
	int rc;

	if (t->audit_id_seen != 0)
		return t->audit_id_seen == 2;
	if (mdb_stat(t->txn, t->st->dbi[DB_AUDIT_ID], &ms) != 0 ||
	    mdb_cursor_open(t->txn, t->st->dbi[DB_AUDIT_ID], &c) != 0)
		return 0;
	for (rc = mdb_cursor_get(c, &k, &d, MDB_FIRST); rc == 0;
	    rc = mdb_cursor_get(c, &k, &d, MDB_NEXT_NODUP)) {
		if ((rc = mdb_cursor_count(c, &n)) != 0)
			break;
		total += n;
	}
	mdb_cursor_close(c);
	t->audit_id_seen = rc != MDB_NOTFOUND || total < ms.ms_entries ? 2 : 1;
	return t->audit_id_seen == 2;
}

/* Whether d, the first of record k's entries a walk by id found, is the
 * first the log's id index holds for it (no --since left some before
 * it): then the walk reads them all, and audit_id_short may count them. */
static int
audit_id_first(struct store_iter *it, const MDB_val *k, const MDB_val *d)
{
	MDB_cursor *c;
	MDB_val ck = *k, cd;
	int first;

	if (mdb_cursor_open(it->t->txn, it->t->st->dbi[DB_AUDIT_ID], &c) != 0)
		return 0;
	first = mdb_cursor_get(c, &ck, &cd, MDB_SET_KEY) == 0 && cd.mv_size == d->mv_size &&
	    memcmp(cd.mv_data, d->mv_data, d->mv_size) == 0;
	mdb_cursor_close(c);
	return first;
}

/* A walk of one record's entries that read fewer than LMDB counts under
 * its key: 1.  A record of many entries keeps them in a table of their
 * own inside the index, whose count is stored apart (mdb_cursor_count
 * reads it, not its pages): a leaf of it cut short reads one entry fewer
 * while every count still agrees, so that audit_index_short, which adds
 * those counts up, sees nothing; the walk itself is what counts it, at
 * no cost but one look-up.  A walk from a day after his first entry
 * (--since, it->whole 0), or past them all, has the entries before that
 * day counted here, their keys only (16 bytes each, no entry read), and
 * added to what it read; before, such a walk was not counted at all, and
 * `audit --id MRD-11 --since DAY` listed his changes of the period one
 * fewer, exit 0, where the same without --since said the damage. */
static int
audit_id_short(struct store_iter *it)
{
	MDB_cursor *c;
	MDB_val k, d;
	unsigned char since[16];
	size_t n = 0, before = 0;
	int rc;

	if (it->t->write)
		return 0;
	if (mdb_cursor_open(it->t->txn, it->t->st->dbi[DB_AUDIT_ID], &c) != 0)
		return 0;
	be64_put(since, (uint64_t)it->since ^ ((uint64_t)1 << 63));
	be64_put(since + 8, 0);
	k.mv_size = strlen(it->id);
	k.mv_data = it->id;
	rc = mdb_cursor_get(c, &k, &d, MDB_SET_KEY);
	if (rc == 0)
		rc = mdb_cursor_count(c, &n);
	/* the entries before the walk's first (none when it->whole) */
	while (rc == 0 && !it->whole && d.mv_size == 16 && memcmp(d.mv_data, since, 16) < 0) {
		before++;
		rc = mdb_cursor_get(c, &k, &d, MDB_NEXT_DUP);
	}
	mdb_cursor_close(c);
	if (rc != 0 && rc != MDB_NOTFOUND)
		return 0;
	return it->walked + before < n;
}

int
store_audit_next(struct store_iter *it, struct store_audit *a)
{
	MDB_val k, d;
	unsigned char since[16];
	int rc;

	memset(a, 0, sizeof *a);
	if (it->type != IT_AUDIT)
		return STORE_EINVAL;
	if (it->done)
		return STORE_ENOTFOUND;
	be64_put(since, (uint64_t)it->since ^ ((uint64_t)1 << 63));
	be64_put(since + 8, 0);
	if (it->by_id) {
		MDB_val ak;

		k.mv_size = strlen(it->id);
		k.mv_data = it->id;
		if (!it->started) {
			d.mv_size = 16;
			d.mv_data = since;
			rc = mdb_cursor_get(it->cur, &k, &d, MDB_GET_BOTH_RANGE);
			it->walked = 0;
			it->whole = rc == 0 && !it->t->write && audit_id_first(it, &k, &d);
		} else {
			rc = mdb_cursor_get(it->cur, &k, &d, MDB_NEXT_DUP);
		}
		it->started = 1;
		if (rc == 0) {
			it->walked++;
			ak = d;
			rc = mdb_get(it->t->txn, it->t->st->dbi[DB_AUDIT], &ak, &d);
			if (rc == 0)
				return audit_decode(&ak, &d, a);
			if (rc == MDB_NOTFOUND && ak.mv_size == 16) {
				/* the index names an entry not there: named
				 * by the index's key; the walk goes on */
				a->time = (int64_t)(be64_get(ak.mv_data) ^ ((uint64_t)1 << 63));
				a->seq = be64_get((const unsigned char *)ak.mv_data + 8);
				return STORE_ECORRUPT;
			}
			if (rc == MDB_NOTFOUND)
				return STORE_ECORRUPT;
		}
		/* the end of the record's entries: the index itself whole?
		 * Cut short, a record's entries (the last record's, all of
		 * them) were missing in silence: «no change recorded» */
		if (rc == MDB_NOTFOUND && !it->t->write &&
		    (audit_id_short(it) || audit_index_short(it))) {
			it->done = 1;
			it->broken = 1;
			return STORE_ECORRUPT;
		}
	} else {
		if (!it->started) {
			MDB_val fk, fd;

			k.mv_size = 16;
			k.mv_data = since;
			rc = mdb_cursor_get(it->cur, &k, &d, MDB_SET_RANGE);
			/* from the log's first entry (no --since, or one
			 * before it; the screen's 30 days of a newer log): a
			 * walk of it whole, counted (below) */
			it->walked = 0;
			if (it->t->write)
				it->whole = 0;
			else if (rc == MDB_NOTFOUND)	/* none since: none at all? */
				it->whole = audit_first(it, &fk, &fd) == MDB_NOTFOUND;
			else
				it->whole = rc == 0 && audit_first(it, &fk, &fd) == 0 &&
				    fk.mv_size == k.mv_size &&
				    memcmp(fk.mv_data, k.mv_data, k.mv_size) == 0;
		} else {
			rc = mdb_cursor_get(it->cur, &k, &d, MDB_NEXT);
		}
		it->started = 1;
		if (rc == 0) {
			uint64_t seq = k.mv_size == 16 ? be64_get((const unsigned char *)k.mv_data + 8) : 0;

			if (it->walked == 0)
				it->seq_first = seq;
			else if (seq != it->seq_last + 1)
				it->seq_gap = 1;
			it->seq_last = seq;
			it->walked++;
			return audit_decode(&k, &d, a);
		}
		/* The end of a walk of the whole log: as many entries as LMDB
		 * counts in it, else a leaf a failing disk cut short to fewer
		 * entries (tests/cli/damage.py fewer audit), read in silence
		 * as a shorter log: the log itself, not an entry. */
		if (rc == MDB_NOTFOUND && it->whole) {
			MDB_stat ms;

			it->whole = 0;
			if (mdb_stat(it->t->txn, it->t->st->dbi[DB_AUDIT], &ms) == 0 &&
			    ms.ms_entries > it->walked) {
				it->done = 1;
				it->broken = 1;
				return STORE_ECORRUPT;
			}
		}
	}
	if (rc == MDB_NOTFOUND) {
		it->done = 1;
		return STORE_ENOTFOUND;
	}
	/* a page LMDB could not make sense of, or the cursor it left failed
	 * (EINVAL): the log, not an entry; before, «entry ? cannot be read;
	 * the entries after it are listed», then a disk error */
	if (rc == MDB_CORRUPTED || rc == MDB_PAGE_NOTFOUND || rc == MDB_BAD_TXN ||
	    rc == EINVAL || rc == MDB_BAD_VALSIZE) {
		it->done = 1;
		it->broken = 1;
		(void)lmdb_err(it->t, rc);
		return STORE_ECORRUPT;
	}
	return lmdb_err(it->t, rc);
}

/* The fast look of store_audit_lost: whether the walk's entries were
 * numbered one after the other up to the log's last number, the entry
 * before the first of them the number before it.  Entries are numbered
 * 1, 2, ... as they are written (auditseq), so with a clock that never
 * went back, no entry of the walk's period can be missing then.  One
 * look-up before the walk's first entry (or at the log's end, for a
 * walk that read none), not a read of the log. */
static int
audit_seq_whole(struct store_iter *it)
{
	MDB_cursor *c;
	MDB_val k, d;
	unsigned char since[16];
	uint64_t top, before = 0;
	int rc;

	if (it->seq_gap || meta_get(it->t, "auditseq", &top) != 0)
		return 0;
	if (it->walked > 0 && it->seq_last != top)
		return 0;
	if (mdb_cursor_open(it->t->txn, it->t->st->dbi[DB_AUDIT], &c) != 0)
		return 0;
	be64_put(since, (uint64_t)it->since ^ ((uint64_t)1 << 63));
	be64_put(since + 8, 0);
	k.mv_size = 16;
	k.mv_data = since;
	rc = mdb_cursor_get(c, &k, &d, MDB_SET_RANGE);
	if (rc == 0)
		rc = mdb_cursor_get(c, &k, &d, MDB_PREV);
	else if (rc == MDB_NOTFOUND)
		rc = mdb_cursor_get(c, &k, &d, MDB_LAST);
	if (rc == 0 && k.mv_size == 16)
		before = be64_get((const unsigned char *)k.mv_data + 8);
	mdb_cursor_close(c);
	if (rc != 0 && rc != MDB_NOTFOUND)
		return 0;
	if (it->walked == 0)
		return before == top;
	return before + 1 == it->seq_first;
}

int
store_audit_lost(struct store_iter *it,
    void (*fn)(void *ctx, uint64_t seq, int64_t time, const char *id, size_t idlen),
    void *ctx, size_t *lost, size_t *unknown)
{
	MDB_cursor *c;
	MDB_val k, d, e;
	MDB_stat ms;
	unsigned char since[16];
	size_t present = 0, dangling = 0;
	int rc;

	*lost = *unknown = 0;
	if (it == NULL || it->type != IT_AUDIT || it->by_id || it->t->write || it->broken ||
	    !it->done)
		return STORE_EINVAL;
	if (audit_seq_whole(it))
		return 0;
	/* the slow look, a log numbered with gaps or a clock that went back
	 * as well as a damaged one: its entries counted, keys only */
	if ((rc = mdb_stat(it->t->txn, it->t->st->dbi[DB_AUDIT], &ms)) != 0)
		return lmdb_err(it->t, rc);
	if ((rc = mdb_cursor_open(it->t->txn, it->t->st->dbi[DB_AUDIT], &c)) != 0)
		return lmdb_err(it->t, rc);
	while ((rc = mdb_cursor_get(c, &k, &d, present == 0 ? MDB_FIRST : MDB_NEXT)) == 0)
		present++;
	mdb_cursor_close(c);
	if (rc != MDB_NOTFOUND)
		return rc == MDB_CORRUPTED || rc == MDB_PAGE_NOTFOUND ? STORE_ECORRUPT :
		    lmdb_err(it->t, rc);
	if (present >= ms.ms_entries)
		return 0;
	/* fewer than LMDB counts: which ones, by the id index, which keeps
	 * each entry's key (its time and number) under its record's id */
	be64_put(since, (uint64_t)it->since ^ ((uint64_t)1 << 63));
	be64_put(since + 8, 0);
	if ((rc = mdb_cursor_open(it->t->txn, it->t->st->dbi[DB_AUDIT_ID], &c)) != 0)
		return lmdb_err(it->t, rc);
	while ((rc = mdb_cursor_get(c, &k, &d, MDB_NEXT)) == 0) {
		MDB_val ak = d;

		if (d.mv_size != 16)
			continue;
		if ((rc = mdb_get(it->t->txn, it->t->st->dbi[DB_AUDIT], &ak, &e)) == 0)
			continue;
		if (rc != MDB_NOTFOUND)
			break;
		dangling++;
		if (memcmp(d.mv_data, since, 16) < 0)
			continue;
		(*lost)++;
		if (fn != NULL)
			fn(ctx, be64_get((const unsigned char *)d.mv_data + 8),
			    (int64_t)(be64_get(d.mv_data) ^ ((uint64_t)1 << 63)),
			    k.mv_data, k.mv_size);
	}
	mdb_cursor_close(c);
	if (rc != MDB_NOTFOUND)
		return rc == MDB_CORRUPTED || rc == MDB_PAGE_NOTFOUND ? STORE_ECORRUPT :
		    lmdb_err(it->t, rc);
	/* lost from the index too: when is not known */
	if (present + dangling < ms.ms_entries)
		*unknown = (size_t)(ms.ms_entries - present - dangling);
	return 0;
}

int
store_audit_broken(const struct store_iter *it)
{
	return it != NULL && it->type == IT_AUDIT && it->broken;
}

int
store_audit_count(struct store_txn *t, uint64_t *n)
{
	MDB_stat ms;
	int rc;

	*n = 0;
	if ((rc = mdb_stat(t->txn, t->st->dbi[DB_AUDIT], &ms)) != 0)
		return lmdb_err(t, rc);
	*n = ms.ms_entries;
	return 0;
}

/* ---- backup ---- */

#define TMP_MARK ".hamyar-incomplete."

/* Sets the setting "sync.backup" in the copy at path (no other process has
 * it open: no lock file is made): a database restored from it then knows
 * that it was, and the sync module tells its peers, which hold its changes
 * made after the backup (tui/bundle.c).  The live database has no such
 * setting.  Returns 0 or an errno/LMDB code. */
static int
mark_copy(const char *path)
{
	static const char name[] = "sync.backup", one[] = "1";
	MDB_env *env = NULL;
	MDB_txn *txn = NULL;
	MDB_dbi dbi;
	MDB_val k = { sizeof name - 1, (void *)name }, d = { sizeof one - 1, (void *)one };
	struct stat sb;
	int rc;

	if (stat(path, &sb) != 0)
		return errno;
	if ((rc = mdb_env_create(&env)) != 0)
		return rc;
	if ((rc = mdb_env_set_maxdbs(env, DB_COUNT + 4)) != 0 ||
	    (rc = mdb_env_set_mapsize(env, (size_t)sb.st_size + ((size_t)4 << 20))) != 0 ||
	    (rc = mdb_env_open(env, path, MDB_NOSUBDIR | MDB_NOLOCK, 0660)) != 0)
		goto out;
	if ((rc = mdb_txn_begin(env, NULL, 0, &txn)) != 0)
		goto out;
	if ((rc = mdb_dbi_open(txn, db_names[DB_SETTINGS], 0, &dbi)) != 0 ||
	    (rc = mdb_put(txn, dbi, &k, &d, 0)) != 0) {
		mdb_txn_abort(txn);
		goto out;
	}
	rc = mdb_txn_commit(txn);
out:
	mdb_env_close(env);
	return rc;
}

int
store_backup_tmpname(const char *path, char *buf, size_t n)
{
	const char *slash, *base;
	int len;

	if (path == NULL || *path == '\0')
		return STORE_EINVAL;
	slash = strrchr(path, '/');
	base = slash != NULL ? slash + 1 : path;
	len = snprintf(buf, n, "%.*s.%s" TMP_MARK "%ld", (int)(base - path), path, base,
	    (long)getpid());
	return len < 0 || (size_t)len >= n ? STORE_EINVAL : 0;
}

void
store_dir_of(const char *path, char *dir, size_t n)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		snprintf(dir, n, ".");
	else if (slash == path)
		snprintf(dir, n, "/");
	else
		snprintf(dir, n, "%.*s", (int)(slash - path), path);
}

void
store_sync_dir(const char *path)
{
	char dir[4096];
	int fd;

	store_dir_of(path, dir, sizeof dir);
	if ((fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) < 0)
		return;
	(void)fsync(fd);
	close(fd);
}

/* 1 if name is one store_backup_tmpname gives: ".X.hamyar-incomplete.DIGITS". */
static int
is_tmpname(const char *name)
{
	const char *m = strstr(name, TMP_MARK), *p;

	if (name[0] != '.' || m == NULL || m == name)
		return 0;
	for (p = m + strlen(TMP_MARK); *p >= '0' && *p <= '9'; p++)
		;
	return p > m + strlen(TMP_MARK) && *p == '\0';
}

/*
 * Removes the temporary copies that backups into folder dir left when
 * they were killed (SIGKILL, a power cut) before they could remove them:
 * those no process holds the flock of.  A backup running now, here or on
 * another machine the stick was in, holds it until its copy has its name.
 */
static void
clean_stale(const char *dir)
{
	DIR *d;
	struct dirent *e;
	char p[4096];
	int fd;

	if ((d = opendir(dir)) == NULL)
		return;
	while ((e = readdir(d)) != NULL) {
		if (!is_tmpname(e->d_name) ||
		    snprintf(p, sizeof p, "%s/%s", dir, e->d_name) >= (int)sizeof p)
			continue;
		if ((fd = open(p, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)) < 0)
			continue;
		if (flock(fd, LOCK_EX | LOCK_NB) == 0)
			unlink(p);
		close(fd);
	}
	closedir(d);
}

/* Checks the copy at tmp as store_verify checks a database. */
static int
check_copy(const char *tmp, void (*fn)(const struct store_problem *p, void *ctx), void *ctx,
    size_t *nproblems)
{
	struct store *c;
	size_t n = 0;
	int rc;

	if ((rc = store_open(tmp, STORE_RDONLY, &c)) != 0)
		return rc == STORE_ENODB ? STORE_ECORRUPT : rc;
	rc = store_verify(c, fn, ctx, &n);
	store_close(c);
	if (nproblems != NULL)
		*nproblems = n;
	if (rc == 0 && n > 0)
		rc = STORE_ECORRUPT;
	/* an error LMDB has no name for, from a page it could not make
	 * sense of, is damage too */
	return rc == STORE_EIO ? STORE_ECORRUPT : rc;
}

int
store_backup_checked(struct store *st, const char *path,
    int (*place)(const char *tmp, const char *path, const void *how), const void *how,
    void (*fn)(const struct store_problem *p, void *ctx), void *ctx, size_t *nproblems)
{
	char tmp[4096], dir[4096];
	int fd, rc, e;

	if (nproblems != NULL)
		*nproblems = 0;
	if (store_backup_tmpname(path, tmp, sizeof tmp) != 0)
		return STORE_EINVAL;
	store_dir_of(path, dir, sizeof dir);
	clean_stale(dir);
	/* 0640 whatever the umask (0002 gave 0660): the owner's, its group
	 * reading it as it reads the database; a clerk of the group cannot
	 * change the copy restore puts back (it makes data.mdb 0660 itself) */
	if ((fd = open(tmp, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0640)) < 0)
		return xlate(errno);
	/* held until the copy has its name or is removed: clean_stale */
	(void)flock(fd, LOCK_EX | LOCK_NB);
	rc = mdb_env_copyfd2(st->env, fd, MDB_CP_COMPACT);
	if (rc == 0 && fsync(fd) != 0)
		rc = errno;
	rc = xlate(rc);
	/* What was written, read back, before it takes the name of a
	 * backup: a copy of a damaged database, kept as the last good one,
	 * or written over it, is found out only when it is needed. */
	if (rc == 0)
		rc = check_copy(tmp, fn, ctx, nproblems);
	/* then marked as a backup (mark_copy), a small write of LMDB's own
	 * on the copy just checked */
	if (rc == 0)
		rc = xlate(mark_copy(tmp));
	if (rc == 0) {
		e = place != NULL ? place(tmp, path, how) : rename(tmp, path) == 0 ? 0 : errno;
		/* EEXIST: the caller's place found path taken, and keeps it */
		if (e != 0)
			rc = e == EEXIST ? STORE_EEXIST : xlate(e);
	}
	if (rc != 0)
		unlink(tmp);
	close(fd);	/* (after the rename: the flock, and it was synced) */
	if (rc == 0)
		store_sync_dir(path);	/* the new name on the stick too */
	return rc;
}

void
store_clean_stale(const char *dir)
{
	clean_stale(dir);
}

int
store_backup(struct store *st, const char *path)
{
	return store_backup_checked(st, path, NULL, NULL, NULL, NULL, NULL);
}
