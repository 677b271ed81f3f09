/*
 * tests/store/test_trim.c — store/trim.c: store_trim gives back the pages
 * of the LMDB map that reads mapped into the process, and what is read
 * afterwards (or through a cursor opened before) is still right.
 *
 * The map's resident pages are read from /proc/self/smaps ("Rss:" of the
 * mapping whose path is the database file), independently of how trim.c
 * finds the map.  A database of NDONORS donors is written once; reading all
 * of them maps several MB of it (more than HAMYAR_TRIM_KB's default of
 * 1 MB), which store_trim must drop to almost nothing.  The records read
 * after a trim are compared with the same records read before it.
 */
#include <limits.h>
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
#include "store/trim.h"

#define NDONORS 20000

static char tmpdir[256];
static char dbdir[400];
static char (*ids)[CORE_ID_MAX];

/* Names as clerks type them: ZWNJ inside a word, Arabic ي and ك, Persian
 * and Latin digits. */
static const char *const first[] = {
	"علی‌رضا", "زهرا", "محمدعلي", "كاظم", "فاطمه", "امیرحسین", "مریم", "حسن",
};
static const char *const family[] = {
	"نوروزی‌فر", "کریمی", "رضايي", "كرمانی", "حسینی", "سلطان‌زاده", "امینی",
};
static const char *const digits[] = { "۰", "۱", "۲", "۳", "۴", "۵", "۶", "۷", "۸", "۹" };

static void
donor_name(size_t i, char *buf, size_t n)
{
	/* the number in Persian digits on even rows, Latin on odd ones */
	char num[64] = "";
	size_t v = i, o = 0;
	char tmp[64];
	int k = 0;

	if (i % 2) {
		snprintf(num, sizeof num, "%zu", i);
	} else {
		do {
			tmp[k++] = (char)(v % 10);
			v /= 10;
		} while (v > 0);
		while (k > 0)
			o += (size_t)snprintf(num + o, sizeof num - o, "%s", digits[(int)tmp[--k]]);
	}
	snprintf(buf, n, "%s %s %s", first[i % 8], family[(i / 8) % 7], num);
}

static int
init_fn(struct store_txn *t, void *ctx)
{
	return store_init(t, ctx, "ایستگاه تبریز");
}

static int
put_fn(struct store_txn *t, void *ctx)
{
	size_t i;
	int rc;

	(void)ctx;
	store_txn_bulk(t);
	for (i = 0; i < NDONORS; i++) {
		struct core_record *r = core_record_new(CORE_DONOR);
		char name[200];

		donor_name(i, name, sizeof name);
		core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
		core_record_set_text(r, CORE_DONOR_NAME, name);
		core_record_set_text(r, CORE_DONOR_COUNTY, i % 3 ? "TBZ" : "AHR");
		rc = store_put_new(t, r, ids[i]);
		core_record_free(r);
		if (rc != 0)
			return rc;
	}
	return 0;
}

/* KiB of the mapping of file `path` resident in this process (the sum
 * over its mappings in /proc/self/smaps); -1 if it is not mapped. */
static long
map_rss_kb(const char *path)
{
	char real[PATH_MAX], line[PATH_MAX + 200];
	FILE *f;
	long kb = -1;
	int in = 0;
	size_t rl;

	assert_non_null(realpath(path, real));
	rl = strlen(real);
	assert_non_null(f = fopen("/proc/self/smaps", "r"));
	while (fgets(line, sizeof line, f) != NULL) {
		char *nl = strchr(line, '\n');
		unsigned long lo, hi;
		long v;

		if (nl != NULL)
			*nl = '\0';
		/* a mapping's first line: "lo-hi perms offset dev inode path" */
		if (sscanf(line, "%lx-%lx ", &lo, &hi) == 2) {
			size_t ll = strlen(line);

			in = ll >= rl && strcmp(line + ll - rl, real) == 0 &&
			    line[ll - rl - 1] == ' ';
			continue;
		}
		if (in && sscanf(line, "Rss: %ld kB", &v) == 1)
			kb = (kb < 0 ? 0 : kb) + v;
	}
	fclose(f);
	return kb;
}

struct seen {
	char *name[NDONORS];
	char *county[NDONORS];
};

/* Reads records [from, to) by id through t; keeps copies of their texts in
 * s, or (keep 0) compares them with the copies already kept. */
static void
read_range(struct store_txn *t, struct seen *s, size_t from, size_t to, int keep)
{
	size_t i;

	for (i = from; i < to; i++) {
		struct core_record *r;
		const char *name, *county;

		assert_int_equal(store_get(t, CORE_DONOR, ids[i], &r, NULL), 0);
		name = core_record_text(r, CORE_DONOR_NAME);
		county = core_record_text(r, CORE_DONOR_COUNTY);
		assert_non_null(name);
		assert_non_null(county);
		if (keep) {
			assert_non_null(s->name[i] = strdup(name));
			assert_non_null(s->county[i] = strdup(county));
		} else {
			assert_string_equal(name, s->name[i]);
			assert_string_equal(county, s->county[i]);
		}
		core_record_free(r);
	}
}

static void
read_all(struct store *st, struct seen *s, int keep)
{
	struct store_txn *t;

	assert_int_equal(store_read_begin(st, &t), 0);
	read_range(t, s, 0, NDONORS, keep);
	store_read_end(t);
}

static void
seen_free(struct seen *s)
{
	size_t i;

	for (i = 0; i < NDONORS; i++) {
		free(s->name[i]);
		free(s->county[i]);
	}
	free(s);
}

static void
test_null(void **state)
{
	(void)state;
	assert_int_equal(store_trim(NULL), 0);
}

/* Reading all donors maps MBs of data.mdb; store_trim drops them; a second
 * call with nothing new read does nothing; the records read again are the
 * same, and mapped again. */
static void
test_trim_after_reading(void **state)
{
	struct seen *s = calloc(1, sizeof *s);
	char file[500];
	struct store *st;
	struct store_txn *t;
	long before, after, again;

	(void)state;
	assert_non_null(s);
	snprintf(file, sizeof file, "%s/data.mdb", dbdir);
	assert_int_equal(store_open(dbdir, 0, &st), 0);	/* read-write, as the program */
	read_all(st, s, 1);
	before = map_rss_kb(file);
	assert_true(before > 2048);
	assert_int_equal(store_trim(st), 1);
	after = map_rss_kb(file);
	assert_true(after >= 0);	/* still mapped: only its pages went */
	assert_true(after * 8 < before);

	/* a few records read: far under the threshold, nothing done */
	assert_int_equal(store_read_begin(st, &t), 0);
	read_range(t, s, 0, 10, 0);
	store_read_end(t);
	assert_int_equal(store_trim(st), 0);

	read_all(st, s, 0);	/* the same texts after the trim */
	again = map_rss_kb(file);
	assert_true(again > after + 2048);
	assert_int_equal(store_trim(st), 1);	/* grown again: dropped again */
	assert_true(map_rss_kb(file) * 8 < again);
	read_all(st, s, 0);
	store_close(st);
	seen_free(s);
}

/* A trim while a read transaction is open with an iterator half way: the
 * iterator goes on in order and the records read through the same
 * transaction are the ones read before the trim. */
static void
test_trim_inside_transaction(void **state)
{
	struct seen *s = calloc(1, sizeof *s);
	char file[500], id[CORE_ID_MAX];
	struct store *st;
	struct store_txn *t;
	struct store_iter *it;
	size_t i, n = 0;
	long before;

	(void)state;
	assert_non_null(s);
	snprintf(file, sizeof file, "%s/data.mdb", dbdir);
	assert_int_equal(store_open(dbdir, 0, &st), 0);
	read_all(st, s, 1);
	store_close(st);

	assert_int_equal(store_open(dbdir, STORE_RDONLY, &st), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_iter_kind(t, CORE_DONOR, &it), 0);
	for (i = 0; i < NDONORS; i++) {
		if (i == NDONORS / 2) {
			read_range(t, s, 0, NDONORS, 0);
			before = map_rss_kb(file);
			assert_true(before > 2048);
			assert_int_equal(store_trim(st), 1);
			assert_true(map_rss_kb(file) * 8 < before);
		}
		assert_int_equal(store_iter_next(it, id), 0);
		/* ids were given in order, and the kind is listed in id order */
		assert_string_equal(id, ids[i]);
		n++;
	}
	assert_int_equal(store_iter_next(it, id), STORE_ENOTFOUND);
	assert_int_equal(n, NDONORS);
	read_range(t, s, 0, NDONORS, 0);
	store_iter_free(it);
	store_read_end(t);
	store_close(st);
	seen_free(s);
}

/* A store opened on a backup file: its map is the file's, trimmed alike. */
static void
test_trim_backup_file(void **state)
{
	struct seen *s = calloc(1, sizeof *s);
	char file[500];
	struct store *st, *bk;
	long before;

	(void)state;
	assert_non_null(s);
	snprintf(file, sizeof file, "%s/backup.mdb", tmpdir);
	assert_int_equal(store_open(dbdir, 0, &st), 0);
	read_all(st, s, 1);
	assert_int_equal(store_backup(st, file), 0);
	store_close(st);

	assert_int_equal(store_open(file, 0, &bk), 0);	/* a file: read only */
	read_all(bk, s, 0);
	before = map_rss_kb(file);
	assert_true(before > 2048);
	assert_int_equal(store_trim(bk), 1);
	assert_true(map_rss_kb(file) * 8 < before);
	read_all(bk, s, 0);
	store_close(bk);
	seen_free(s);
}

static int
setup(void **state)
{
	const char *base = getenv("HAMYAR_TEST_TMP");
	struct store *st;

	(void)state;
	snprintf(tmpdir, sizeof tmpdir, "%s/trim.XXXXXX", base && *base ? base : "/tmp");
	if (mkdtemp(tmpdir) == NULL)
		return -1;
	snprintf(dbdir, sizeof dbdir, "%s/db", tmpdir);
	if ((ids = calloc(NDONORS, sizeof *ids)) == NULL)
		return -1;
	if (store_open(dbdir, STORE_CREATE | STORE_NOSYNC, &st) != 0)
		return -1;
	if (store_write(st, init_fn, "TBZ") != 0 || store_user_set(st, "clerk1") != 0 ||
	    store_write(st, put_fn, NULL) != 0) {
		store_close(st);
		return -1;
	}
	store_close(st);
	return 0;
}

static int
teardown(void **state)
{
	char cmd[600];

	(void)state;
	free(ids);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_null),
		cmocka_unit_test(test_trim_after_reading),
		cmocka_unit_test(test_trim_inside_transaction),
		cmocka_unit_test(test_trim_backup_file),
	};

	unsetenv("HAMYAR_TRIM_KB");	/* the default threshold */
	return cmocka_run_group_tests(tests, setup, teardown);
}
