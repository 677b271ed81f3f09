/*
 * tests/bench/bench_store.c — the record store against SQLite and raw LMDB
 * (issue 4).
 *
 * 100,000 donors (HAMYAR_BENCH_N overrides) with Persian names, unique
 * national ids, counties, interests and capacities are:
 *   - inserted, the way a bulk import does it: 1,000 rows per transaction,
 *     each commit durable (LMDB fsyncs; SQLite in WAL mode with
 *     synchronous=FULL).  hamyar's store also writes, per record, its
 *     county, national-id and search-key index entries, a version-history
 *     entry, a change-log entry and an audit-log entry;
 *   - looked up by id and by national id (random order, one read
 *     transaction per lookup, the record decoded);
 *   - searched as a clerk types a name: for 300 names, every prefix typed
 *     character by character, each keystroke answered with the first
 *     screenful (20 rows, records read) in Persian order; p50/p99 per
 *     keystroke.  The same for a clerk who types only the FAMILY name, and
 *     one who types "family first" (two words, in the other order), which
 *     the store's word index (store/search.c) answers: p50/p99 per
 *     keystroke of those too (the SQLite table, indexed on the whole name,
 *     has no equivalent).  HAMYAR_BENCH_SLOW=1 lists on stderr the
 *     keystrokes of those two that took over 1 ms.
 * SQLite gets an equivalent table: the same columns, a primary key on id, a
 * unique index on national_id, an index on county and one on the same
 * collation key of the name (a BLOB searched by range).  Raw LMDB puts of
 * the encoded records, keyed by id, with no index at all, are the floor.
 *
 * Figures: "name: value unit (target ...)" lines, then one table, and the
 * TABLE lines of the summary of `make bench` (tests/bench/table.h).
 * `bench_store --raw-import CSV DIR` is the raw-LMDB floor that
 * bench_import.sh puts beside `hamyar import` (see raw_import).
 */
#include <errno.h>
#include <lmdb.h>
#include <sqlite3.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/record.h"
#include "locale/collate.h"
#include "locale/text.h"
#include "store/store.h"
#include "tests/bench/table.h"

#define BATCH 1000
#define SEARCH_NAMES 300
#define SCREEN 20

static double
now_us(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e6 + ts.tv_nsec / 1e3;
}

static uint64_t seed = 0x2545f4914f6cdd1dull;

static uint64_t
rnd(void)
{
	seed ^= seed >> 12;
	seed ^= seed << 25;
	seed ^= seed >> 27;
	return seed * 0x2545F4914F6CDD1DULL;
}

static const char *const first[] = {
	"محمد", "علی", "حسین", "رضا", "مهدی", "امیرحسین", "محمدرضا", "ابوالفضل", "یوسف",
	"جواد", "حمید", "سعید", "بهروز", "پرویز", "رحیم", "صمد", "اکبر", "داوود", "فاطمه",
	"زهرا", "مریم", "معصومه", "سیده‌زهرا", "نرگس", "لیلا", "پروین", "ژیلا", "سمیه",
	"طاهره", "شهلا", "رقیه", "آذر", "گلناز", "سارا", "الهه", "ملیحه", "کریم", "ناصر",
};
static const char *const last[] = {
	"حسین‌زاده", "عبدالله‌پور", "نوروزی‌فر", "رضایی", "قربانی", "جعفری", "صمدی", "اسدی",
	"کریمی", "آقایی", "محمدی", "ابراهیمی", "علیزاده", "پورمحمدی", "امامی‌نیا",
	"خلیل‌زاده", "نجف‌پور", "باقری", "صادقی", "رسولی", "فتحی", "ولی‌زاده", "شیخ‌الاسلامی",
	"حق‌شناس", "میرزایی", "تقی‌زاده", "اصغرزاده", "آذربایجانی", "بنابی", "مرندی",
	"قاسمی", "یزدانی", "ملکی", "شریفی", "طاهری", "نوری", "ژاله", "پاکزاد", "گودرزی",
};
static const char *const counties[] = { "TBZ", "MRG", "MRD", "AHR", "MNH", "SRB", "BNB", "HRS" };

struct donor {
	char id[CORE_ID_MAX];
	char name[96];
	char nid[11];
	const char *county;
	char mobile[12];
	unsigned interests;
	int64_t capacity;
	unsigned char key[160];	/* collation key of the folded name (SQLite) */
	size_t keylen;
};

static void
nid_of(unsigned n, char *out)
{
	int d[10], i, s = 0, r;

	for (i = 8; i >= 0; i--) {
		d[i] = (int)(n % 10);
		n /= 10;
	}
	d[0] = 1;	/* never all zeros */
	for (i = 0; i < 9; i++)
		s += d[i] * (10 - i);
	r = s % 11;
	d[9] = r < 2 ? r : 11 - r;
	for (i = 0; i < 10; i++)
		out[i] = (char)('0' + d[i]);
	out[10] = '\0';
}

static void
make_donors(struct donor *d, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		char *k;

		snprintf(d[i].id, sizeof d[i].id, "BNC-%zu", i + 1);
		snprintf(d[i].name, sizeof d[i].name, "%s %s %s", first[rnd() % 38],
		    first[rnd() % 38], last[rnd() % 39]);
		nid_of((unsigned)(i * 7919 % 100000000), d[i].nid);
		d[i].county = counties[rnd() % 8];
		snprintf(d[i].mobile, sizeof d[i].mobile, "0914%07u", (unsigned)(rnd() % 10000000));
		d[i].interests = (unsigned)(rnd() % 127) + 1;
		d[i].capacity = (int64_t)(rnd() % 1000) * 1000000;
		k = loc_text_key(d[i].name);
		d[i].keylen = loc_collate_key(k ? k : "", (char *)d[i].key, sizeof d[i].key);
		if (d[i].keylen >= sizeof d[i].key)
			d[i].keylen = sizeof d[i].key - 1;
		free(k);
	}
}

static struct core_record *
donor_record(const struct donor *d, int with_id)
{
	struct core_record *r = core_record_new(CORE_DONOR);

	if (with_id)
		core_record_set_text(r, CORE_DONOR_ID, d->id);
	core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
	core_record_set_text(r, CORE_DONOR_NAME, d->name);
	core_record_set_text(r, CORE_DONOR_NATIONAL_ID, d->nid);
	core_record_set_text(r, CORE_DONOR_MOBILE, d->mobile);
	core_record_set_text(r, CORE_DONOR_COUNTY, d->county);
	core_record_set_text(r, CORE_DONOR_ADDRESS, "تبریز، خیابان امام، کوچه شهید بهشتی");
	core_record_set_num(r, CORE_DONOR_INTERESTS, d->interests);
	core_record_set_num(r, CORE_DONOR_CAPACITY, d->capacity);
	return r;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

static double
pct(double *v, size_t n, double p)
{
	size_t i;

	if (n == 0)
		return 0;
	qsort(v, n, sizeof *v, cmp_double);
	i = (size_t)(p * (double)(n - 1) + 0.5);
	return v[i];
}

/* Every UTF-8 prefix (by character) of each search name: the keystrokes. */
struct keys {
	char (*prefix)[96];
	size_t n;
};

static void
make_keystrokes(const struct donor *d, size_t n, struct keys *k)
{
	size_t i, cap = SEARCH_NAMES * 40;

	k->prefix = malloc(cap * sizeof *k->prefix);
	k->n = 0;
	for (i = 0; i < SEARCH_NAMES; i++) {
		const char *name = d[rnd() % n].name;
		size_t len = strlen(name), off;

		for (off = 1; off <= len && k->n < cap; off++) {
			if (off < len && ((unsigned char)name[off] & 0xC0) == 0x80)
				continue;	/* inside a character */
			memcpy(k->prefix[k->n], name, off);
			k->prefix[k->n][off] = '\0';
			k->n++;
		}
	}
}

/* The keystrokes of the family name (the last word) of SEARCH_NAMES names,
 * or (rev) of "family first". */
static void
make_word_keystrokes(const struct donor *d, size_t n, struct keys *k, int rev)
{
	size_t i, cap = SEARCH_NAMES * 40;

	k->prefix = malloc(cap * sizeof *k->prefix);
	k->n = 0;
	for (i = 0; i < SEARCH_NAMES; i++) {
		const char *name = d[rnd() % n].name, *fam = strrchr(name, ' ') + 1;
		char typed[96];
		size_t len, off;

		if (rev)
			snprintf(typed, sizeof typed, "%s %.*s", fam, (int)strcspn(name, " "), name);
		else
			snprintf(typed, sizeof typed, "%s", fam);
		len = strlen(typed);
		for (off = 1; off <= len && k->n < cap; off++) {
			if (off < len && ((unsigned char)typed[off] & 0xC0) == 0x80)
				continue;	/* inside a character */
			memcpy(k->prefix[k->n], typed, off);
			k->prefix[k->n][off] = '\0';
			k->n++;
		}
	}
}

/* ---- hamyar store ---- */

struct ins_ctx {
	const struct donor *d;
	size_t from, to;
};

static int
ins_fn(struct store_txn *t, void *vctx)
{
	struct ins_ctx *c = vctx;
	size_t i;
	int rc;

	for (i = c->from; i < c->to; i++) {
		struct core_record *r = donor_record(&c->d[i], 1);

		rc = store_put_new(t, r, NULL);
		core_record_free(r);
		if (rc != 0)
			return rc;
	}
	return 0;
}

static int
init_fn(struct store_txn *t, void *ctx)
{
	(void)ctx;
	return store_init(t, "BNC", "bench");
}

struct result {
	double insert_s, by_id_us, by_nid_us, p50_us, p99_us, p50_rows;
	double fam_p50, fam_p99, fam_rows, rev_p50, rev_p99, rev_rows, max_us;
};

/* Each keystroke of k answered with the first screenful, records read:
 * p50/p99 in us, rows on average. */
static void
keystrokes(struct store *st, const struct keys *k, double *p50, double *p99, double *avg_rows,
    double *max)
{
	double *lat = malloc(k->n * sizeof *lat);
	size_t i, rows = 0;

	for (i = 0; i < k->n; i++) {
		struct store_txn *t;
		struct store_iter *it;
		char id[CORE_ID_MAX];
		size_t got = 0;
		double s = now_us();

		store_read_begin(st, &t);
		if (store_iter_search(t, CORE_DONOR, k->prefix[i], &it) != 0)
			exit(4);
		while (got < SCREEN && store_iter_next(it, id) == 0) {
			struct core_record *r;

			if (store_get(t, CORE_DONOR, id, &r, NULL) != 0)
				exit(5);
			core_record_free(r);
			got++;
		}
		store_iter_free(it);
		store_read_end(t);
		lat[i] = now_us() - s;
		if (getenv("HAMYAR_BENCH_SLOW") && lat[i] > 1000)
			fprintf(stderr, "slow %.0f us [%s] rows %zu\n", lat[i], k->prefix[i], got);
		if (lat[i] > *max)
			*max = lat[i];
		rows += got;
	}
	*avg_rows = (double)rows / (double)k->n;
	*p50 = pct(lat, k->n, 0.50);
	*p99 = pct(lat, k->n, 0.99);
	free(lat);
}

static void
bench_hamyar(const char *dir, const struct donor *d, size_t n, const struct keys *k,
    const struct keys *fam, const struct keys *rev, struct result *res)
{
	struct store *st;
	struct store_txn *t;
	struct ins_ctx c;
	double t0, *lat;
	size_t i, rows = 0;
	int rc;

	if ((rc = store_open(dir, STORE_CREATE, &st)) != 0 || (rc = store_write(st, init_fn, NULL)) != 0) {
		fprintf(stderr, "store: %s\n", store_strerror(rc));
		exit(1);
	}
	store_user_set(st, "bench");
	t0 = now_us();
	c.d = d;
	for (c.from = 0; c.from < n; c.from = c.to) {
		c.to = c.from + BATCH < n ? c.from + BATCH : n;
		if ((rc = store_write(st, ins_fn, &c)) != 0) {
			fprintf(stderr, "store insert: %s\n", store_strerror(rc));
			exit(1);
		}
	}
	res->insert_s = (now_us() - t0) / 1e6;

	t0 = now_us();
	for (i = 0; i < n; i++) {
		struct core_record *r;

		store_read_begin(st, &t);
		if (store_get(t, CORE_DONOR, d[rnd() % n].id, &r, NULL) != 0)
			exit(2);
		core_record_free(r);
		store_read_end(t);
	}
	res->by_id_us = (now_us() - t0) / (double)n;

	t0 = now_us();
	for (i = 0; i < n; i++) {
		struct core_record *r;
		char id[CORE_ID_MAX];

		store_read_begin(st, &t);
		if (store_lookup_unique(t, CORE_DONOR, CORE_DONOR_NATIONAL_ID, d[rnd() % n].nid, id) != 0 ||
		    store_get(t, CORE_DONOR, id, &r, NULL) != 0)
			exit(3);
		core_record_free(r);
		store_read_end(t);
	}
	res->by_nid_us = (now_us() - t0) / (double)n;

	lat = malloc(k->n * sizeof *lat);
	for (i = 0; i < k->n; i++) {
		struct store_iter *it;
		char id[CORE_ID_MAX];
		size_t got = 0;
		double s = now_us();

		store_read_begin(st, &t);
		if (store_iter_search(t, CORE_DONOR, k->prefix[i], &it) != 0)
			exit(4);
		while (got < SCREEN && store_iter_next(it, id) == 0) {
			struct core_record *r;

			if (store_get(t, CORE_DONOR, id, &r, NULL) != 0)
				exit(5);
			core_record_free(r);
			got++;
		}
		store_iter_free(it);
		store_read_end(t);
		lat[i] = now_us() - s;
		rows += got;
	}
	res->p50_rows = (double)rows / (double)k->n;
	res->p50_us = pct(lat, k->n, 0.50);
	res->p99_us = pct(lat, k->n, 0.99);
	free(lat);
	keystrokes(st, fam, &res->fam_p50, &res->fam_p99, &res->fam_rows, &res->max_us);
	keystrokes(st, rev, &res->rev_p50, &res->rev_p99, &res->rev_rows, &res->max_us);
	store_close(st);
}

/* ---- SQLite ---- */

static void
sq(sqlite3 *db, const char *sql)
{
	char *err = NULL;

	if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK) {
		fprintf(stderr, "sqlite: %s: %s\n", sql, err);
		exit(1);
	}
}

static void
read_row(sqlite3_stmt *s)
{
	int c, nc = sqlite3_column_count(s);
	volatile size_t sink = 0;

	/* copy every column out, as the store's decode does */
	for (c = 0; c < nc; c++) {
		const unsigned char *txt = sqlite3_column_text(s, c);

		if (txt) {
			char *copy = strdup((const char *)txt);

			sink += strlen(copy);
			free(copy);
		}
	}
	(void)sink;
}

static void
bench_sqlite(const char *path, const struct donor *d, size_t n, const struct keys *k,
    struct result *res)
{
	sqlite3 *db;
	sqlite3_stmt *ins, *byid, *bynid, *srch;
	double t0, *lat;
	size_t i;

	if (sqlite3_open(path, &db) != SQLITE_OK)
		exit(1);
	sq(db, "PRAGMA journal_mode=WAL");
	sq(db, "PRAGMA synchronous=FULL");
	sq(db, "CREATE TABLE donors (id TEXT PRIMARY KEY, kind INTEGER, name TEXT, "
	    "national_id TEXT UNIQUE, legal_id TEXT UNIQUE, mobile TEXT, phone TEXT, county TEXT, "
	    "address TEXT, interests INTEGER, capacity INTEGER, introduced_by TEXT, notes TEXT, "
	    "active INTEGER, name_key BLOB)");
	sq(db, "CREATE INDEX donors_county ON donors(county)");
	sq(db, "CREATE INDEX donors_name_key ON donors(name_key, id)");
	sqlite3_prepare_v2(db, "INSERT INTO donors VALUES (?,0,?,?,NULL,?,NULL,?,?,?,?,NULL,NULL,1,?)",
	    -1, &ins, NULL);
	t0 = now_us();
	for (i = 0; i < n; i++) {
		char *name;

		if (i % BATCH == 0)
			sq(db, "BEGIN");
		/* the same normalisation the store's callers do on input */
		name = loc_text_normalize(d[i].name);
		sqlite3_bind_text(ins, 1, d[i].id, -1, SQLITE_STATIC);
		sqlite3_bind_text(ins, 2, name, -1, SQLITE_TRANSIENT);
		sqlite3_bind_text(ins, 3, d[i].nid, -1, SQLITE_STATIC);
		sqlite3_bind_text(ins, 4, d[i].mobile, -1, SQLITE_STATIC);
		sqlite3_bind_text(ins, 5, d[i].county, -1, SQLITE_STATIC);
		sqlite3_bind_text(ins, 6, "تبریز، خیابان امام، کوچه شهید بهشتی", -1, SQLITE_STATIC);
		sqlite3_bind_int64(ins, 7, d[i].interests);
		sqlite3_bind_int64(ins, 8, d[i].capacity);
		{	/* the key computed at insert time, as the store does */
			char *kf = loc_text_key(d[i].name);
			unsigned char key[160];
			size_t kl = loc_collate_key(kf ? kf : "", (char *)key, sizeof key);

			free(kf);
			if (kl >= sizeof key)
				kl = sizeof key - 1;
			sqlite3_bind_blob(ins, 9, key, (int)kl, SQLITE_TRANSIENT);
		}
		if (sqlite3_step(ins) != SQLITE_DONE) {
			fprintf(stderr, "sqlite insert: %s\n", sqlite3_errmsg(db));
			exit(1);
		}
		sqlite3_reset(ins);
		free(name);
		if (i % BATCH == BATCH - 1 || i == n - 1)
			sq(db, "COMMIT");
	}
	res->insert_s = (now_us() - t0) / 1e6;
	sqlite3_finalize(ins);

	sqlite3_prepare_v2(db, "SELECT * FROM donors WHERE id = ?", -1, &byid, NULL);
	t0 = now_us();
	for (i = 0; i < n; i++) {
		sqlite3_bind_text(byid, 1, d[rnd() % n].id, -1, SQLITE_STATIC);
		if (sqlite3_step(byid) != SQLITE_ROW)
			exit(2);
		read_row(byid);
		sqlite3_reset(byid);
	}
	res->by_id_us = (now_us() - t0) / (double)n;
	sqlite3_finalize(byid);

	sqlite3_prepare_v2(db, "SELECT * FROM donors WHERE national_id = ?", -1, &bynid, NULL);
	t0 = now_us();
	for (i = 0; i < n; i++) {
		sqlite3_bind_text(bynid, 1, d[rnd() % n].nid, -1, SQLITE_STATIC);
		if (sqlite3_step(bynid) != SQLITE_ROW)
			exit(3);
		read_row(bynid);
		sqlite3_reset(bynid);
	}
	res->by_nid_us = (now_us() - t0) / (double)n;
	sqlite3_finalize(bynid);

	sqlite3_prepare_v2(db, "SELECT * FROM donors WHERE name_key >= ?1 AND name_key < ?2 "
	    "ORDER BY name_key, id LIMIT 20", -1, &srch, NULL);
	lat = malloc(k->n * sizeof *lat);
	for (i = 0; i < k->n; i++) {
		unsigned char lo[160], hi[160];
		char *kf;
		size_t kl;
		double s = now_us();

		kf = loc_text_key(k->prefix[i]);
		kl = loc_collate_prefix(kf ? kf : "", (char *)lo, sizeof lo - 4);	/* the letters */
		free(kf);
		/* every key with that level-1 prefix sorts below prefix + ff ff ff ff */
		memcpy(hi, lo, kl);
		memset(hi + kl, 0xff, 4);
		sqlite3_bind_blob(srch, 1, lo, (int)kl, SQLITE_STATIC);
		sqlite3_bind_blob(srch, 2, hi, (int)kl + 4, SQLITE_STATIC);
		while (sqlite3_step(srch) == SQLITE_ROW)
			read_row(srch);
		sqlite3_reset(srch);
		lat[i] = now_us() - s;
	}
	res->p50_us = pct(lat, k->n, 0.50);
	res->p99_us = pct(lat, k->n, 0.99);
	free(lat);
	sqlite3_finalize(srch);
	sqlite3_close(db);
}

/* ---- raw LMDB: the floor ---- */

static void
bench_raw(const char *dir, const struct donor *d, size_t n, struct result *res)
{
	MDB_env *env;
	MDB_txn *txn = NULL;
	MDB_dbi dbi;
	double t0;
	size_t i;
	char val[512];

	mkdir(dir, 0770);
	mdb_env_create(&env);
	mdb_env_set_mapsize(env, (size_t)1 << 30);
	if (mdb_env_open(env, dir, 0, 0660) != 0)
		exit(1);
	t0 = now_us();
	for (i = 0; i < n; i++) {
		MDB_val k, v;
		int len;

		if (i % BATCH == 0) {
			mdb_txn_begin(env, NULL, 0, &txn);
			mdb_dbi_open(txn, NULL, 0, &dbi);
		}
		len = snprintf(val, sizeof val, "%s|%s|%s|%s|%s|%u|%lld", d[i].id, d[i].name, d[i].nid,
		    d[i].mobile, d[i].county, d[i].interests, (long long)d[i].capacity);
		k.mv_size = strlen(d[i].id);
		k.mv_data = (void *)d[i].id;
		v.mv_size = (size_t)len;
		v.mv_data = val;
		if (mdb_put(txn, dbi, &k, &v, 0) != 0)
			exit(1);
		if (i % BATCH == BATCH - 1 || i == n - 1)
			mdb_txn_commit(txn);
	}
	res->insert_s = (now_us() - t0) / 1e6;
	mdb_env_close(env);
}

/*
 * bench_store --raw-import CSV DIR: the raw-LMDB floor of bench_import.sh.
 * Reads CSV (the file that benchmark gives `hamyar import`, one row a line,
 * no quoted fields) and puts every row after the header, as it is, keyed by
 * its 4th field (the national id), into a new LMDB environment in DIR: one
 * transaction, one durable commit, like the import.  No validation, no
 * index.  Prints the seconds, file reading included.  Returns 0, or 1 on an
 * error (said on stderr).
 */
static int
raw_import(const char *csv, const char *dir)
{
	MDB_env *env = NULL;
	MDB_txn *txn = NULL;
	MDB_dbi dbi;
	FILE *f;
	char line[2048];
	size_t rows = 0;
	double t0;
	int rc;

	if (mkdir(dir, 0770) != 0 && errno != EEXIST) {
		perror(dir);
		return 1;
	}
	t0 = now_us();
	if ((f = fopen(csv, "r")) == NULL) {
		perror(csv);
		return 1;
	}
	if ((rc = mdb_env_create(&env)) != 0 || (rc = mdb_env_set_mapsize(env, (size_t)1 << 30)) != 0 ||
	    (rc = mdb_env_open(env, dir, 0, 0660)) != 0 || (rc = mdb_txn_begin(env, NULL, 0, &txn)) != 0 ||
	    (rc = mdb_dbi_open(txn, NULL, 0, &dbi)) != 0) {
		fprintf(stderr, "raw import: %s\n", mdb_strerror(rc));
		if (txn != NULL)
			mdb_txn_abort(txn);
		if (env != NULL)
			mdb_env_close(env);
		fclose(f);
		return 1;
	}
	if (fgets(line, sizeof line, f) == NULL)	/* the header */
		line[0] = '\0';
	while (fgets(line, sizeof line, f) != NULL) {
		MDB_val k, v;
		char *p = line;
		int i;

		v.mv_size = strcspn(line, "\r\n");
		v.mv_data = line;
		for (i = 0; i < 3 && p != NULL; i++)
			if ((p = strchr(p, ',')) != NULL)
				p++;
		if (p == NULL)
			continue;
		k.mv_data = p;
		k.mv_size = strcspn(p, ",\r\n");
		if ((rc = mdb_put(txn, dbi, &k, &v, 0)) != 0) {
			fprintf(stderr, "raw import: %s\n", mdb_strerror(rc));
			mdb_txn_abort(txn);
			mdb_env_close(env);
			fclose(f);
			return 1;
		}
		rows++;
	}
	fclose(f);
	if ((rc = mdb_txn_commit(txn)) != 0) {
		fprintf(stderr, "raw import: %s\n", mdb_strerror(rc));
		mdb_env_close(env);
		return 1;
	}
	mdb_env_close(env);
	printf("%.3f %zu\n", (now_us() - t0) / 1e6, rows);
	return 0;
}

int
main(int argc, char **argv)
{
	const char *env = getenv("HAMYAR_BENCH_N");
	size_t n = env && atol(env) > 0 ? (size_t)atol(env) : 100000;
	char dir[512], cmd[600], path[600];
	struct donor *d = calloc(n, sizeof *d);
	struct keys k, fam, rev;
	struct result h, s, r;
	const char *base = getenv("TMPDIR");

	if (argc == 4 && strcmp(argv[1], "--raw-import") == 0) {
		free(d);
		return raw_import(argv[2], argv[3]);
	}
	if (argc != 1) {
		fprintf(stderr, "usage: bench_store [--raw-import CSV DIR]\n");
		free(d);
		return 2;
	}
	snprintf(dir, sizeof dir, "%s/bench_store.XXXXXX", base && *base ? base : "/tmp");
	if (d == NULL || mkdtemp(dir) == NULL)
		return 1;
	make_donors(d, n);
	make_keystrokes(d, n, &k);
	make_word_keystrokes(d, n, &fam, 0);
	make_word_keystrokes(d, n, &rev, 1);
	memset(&h, 0, sizeof h);
	memset(&s, 0, sizeof s);
	memset(&r, 0, sizeof r);

	snprintf(path, sizeof path, "%s/hamyar", dir);
	bench_hamyar(path, d, n, &k, &fam, &rev, &h);
	snprintf(path, sizeof path, "%s/sqlite.db", dir);
	bench_sqlite(path, d, n, &k, &s);
	snprintf(path, sizeof path, "%s/raw", dir);
	bench_raw(path, d, n, &r);

	printf("store insert %zu donors: %.0f rows/s (%.2f s; sqlite %.0f rows/s; raw lmdb %.0f rows/s) "
	    "(target >= sqlite)\n", n, n / h.insert_s, h.insert_s, n / s.insert_s, n / r.insert_s);
	printf("store lookup by id: %.1f us (sqlite %.1f us)\n", h.by_id_us, s.by_id_us);
	printf("store lookup by national id: %.1f us (sqlite %.1f us)\n", h.by_nid_us, s.by_nid_us);
	printf("store prefix search per keystroke: p50 %.0f us, p99 %.0f us (target p99 < 1000 us; "
	    "sqlite p50 %.0f us, p99 %.0f us)\n", h.p50_us, h.p99_us, s.p50_us, s.p99_us);
	printf("store family-name search per keystroke: p50 %.0f us, p99 %.0f us (target p99 < 1000 us; "
	    "%zu keystrokes, %.1f rows on average)\n", h.fam_p50, h.fam_p99, fam.n, h.fam_rows);
	printf("store \"family first\" search per keystroke: p50 %.0f us, p99 %.0f us (target p99 < 1000 us; "
	    "%zu keystrokes, %.1f rows on average; slowest word keystroke %.0f us)\n", h.rev_p50,
	    h.rev_p99, rev.n, h.rev_rows, h.max_us);
	{
		char fig[64], note[96], tt[64];

		snprintf(fig, sizeof fig, "store insert %zu donors, %d per commit", n, BATCH);
		snprintf(note, sizeof note, "(sqlite %.0f rows/s, raw LMDB %.0f rows/s)", n / s.insert_s,
		    n / r.insert_s);
		snprintf(tt, sizeof tt, ">= sqlite (%.0f rows/s)", n / s.insert_s);
		table_line(fig, n / h.insert_s, "rows/s", note, ">=", n / s.insert_s, tt);
		snprintf(fig, sizeof fig, "prefix search p99, %zu donors", n);
		snprintf(note, sizeof note, "per keystroke (p50 %.0f us; sqlite p99 %.0f us)", h.p50_us,
		    s.p99_us);
		table_line(fig, h.p99_us, "us", note, "<", 1000, NULL);
		snprintf(fig, sizeof fig, "family-name search p99, %zu donors", n);
		table_line(fig, h.fam_p99, "us", "per keystroke", "<", 1000, NULL);
		snprintf(fig, sizeof fig, "\"family first\" search p99, %zu donors", n);
		table_line(fig, h.rev_p99, "us", "per keystroke", "<", 1000, NULL);
	}
	printf("\n%zu donors, %d rows per transaction, durable commits; %zu keystrokes over %d names, "
	    "up to %d rows read each (%.1f on average)\n", n, BATCH, k.n, SEARCH_NAMES, SCREEN, h.p50_rows);
	printf("%-34s %12s %12s %12s\n", "operation", "hamyar", "sqlite", "raw lmdb");
	printf("%-34s %12.0f %12.0f %12.0f\n", "insert (rows/s)", n / h.insert_s, n / s.insert_s,
	    n / r.insert_s);
	printf("%-34s %12.1f %12.1f %12s\n", "lookup by id (us)", h.by_id_us, s.by_id_us, "-");
	printf("%-34s %12.1f %12.1f %12s\n", "lookup by national id (us)", h.by_nid_us, s.by_nid_us, "-");
	printf("%-34s %12.0f %12.0f %12s\n", "prefix search p50 (us/keystroke)", h.p50_us, s.p50_us, "-");
	printf("%-34s %12.0f %12.0f %12s\n", "prefix search p99 (us/keystroke)", h.p99_us, s.p99_us, "-");
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		return 1;
	free(k.prefix);
	free(fam.prefix);
	free(rev.prefix);
	free(d);
	return 0;
}
