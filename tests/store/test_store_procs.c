/*
 * tests/store/test_store_procs.c — the store under several processes, under
 * SIGKILL, and at the end of its map.
 *
 *  - 8 processes write 1,000 donors each at once into one database, one
 *    transaction per donor: 8,000 records, 8,000 distinct ids, verify
 *    clean.  They commit without fsync (STORE_NOSYNC) to keep the test to
 *    seconds; with fsync the same test takes about 5 s and passes alike.
 *  - A writer is killed with SIGKILL at a random moment, 20 times
 *    (HAMYAR_LONG=1: 200).  The child reports, through a pipe, the ids of
 *    each transaction just before it commits ("P id ...") and "C" once the
 *    commit has returned.  Afterwards: the database opens, verify is clean,
 *    every committed transaction's records are there, every record there
 *    was reported, and the one transaction in flight is all there or not at
 *    all.
 *  - A tiny map (HAMYAR_MAP_INIT/HAMYAR_MAP_LIMIT) fills and grows; at the
 *    limit the write fails with STORE_EFULL, and every earlier commit is
 *    intact after reopening.
 *  - A full disk (a file-size limit, RLIMIT_FSIZE, makes writes fail as on
 *    a full disk): STORE_ENOSPC, and every earlier commit is there.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "core/record.h"
#include "store/store.h"

static char tmpdir[256];

static int
init_fn(struct store_txn *t, void *ctx)
{
	return store_init(t, ctx, "آزمون");
}

static void
make_db(const char *path, const char *station)
{
	struct store *st;

	assert_int_equal(store_open(path, STORE_CREATE, &st), 0);
	assert_int_equal(store_write(st, init_fn, (void *)station), 0);
	store_close(st);
}

static const char *const first[] = { "زهرا", "علی", "محمدرضا", "فاطمه", "حسین",
	"مریم", "امیرحسین", "نرگس", "یوسف", "سیده‌زینب", "پرویز", "ژیلا" };
static const char *const last[] = { "کریمی", "نوروزی‌فر", "حسین‌زاده", "رضایی",
	"آقایی", "قربانی", "عبدالله‌پور", "جعفری", "صمدی", "اسدی" };

static struct core_record *
donor(unsigned i)
{
	struct core_record *r = core_record_new(CORE_DONOR);
	char name[128];

	snprintf(name, sizeof name, "%s %s", first[i % 12], last[(i / 12) % 10]);
	core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
	core_record_set_text(r, CORE_DONOR_NAME, name);
	core_record_set_text(r, CORE_DONOR_COUNTY, i % 2 ? "TBZ" : "MRG");
	core_record_set_num(r, CORE_DONOR_CAPACITY, (int64_t)i * 1000);
	return r;
}

/* ---- 8 writers ---- */

struct one_ctx {
	unsigned i;
};

static int
one_fn(struct store_txn *t, void *vctx)
{
	struct one_ctx *c = vctx;
	struct core_record *r = donor(c->i);
	int rc = store_put_new(t, r, NULL);

	core_record_free(r);
	return rc;
}

static void
writer(const char *path, unsigned who, unsigned n)
{
	struct store *st;
	unsigned i;
	struct one_ctx c;

	if (store_open(path, STORE_NOSYNC, &st) != 0)
		_exit(10);
	for (i = 0; i < n; i++) {
		c.i = who * n + i;
		if (store_write(st, one_fn, &c) != 0)
			_exit(11);
	}
	store_close(st);
	_exit(0);
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
test_eight_writers(void **state)
{
	char path[512];
	pid_t pids[8];
	int i, status;
	struct store *st;
	struct store_txn *t;
	struct store_iter *it;
	char id[CORE_ID_MAX], **ids;
	size_t n = 0, k, problems;

	(void)state;
	snprintf(path, sizeof path, "%s/eight", tmpdir);
	/* a small map, so that the writers grow it under each other's feet
	 * (MDB_MAP_RESIZED in the others) */
	setenv("HAMYAR_MAP_INIT", "256K", 1);
	make_db(path, "TBZ");
	for (i = 0; i < 8; i++) {
		if ((pids[i] = fork()) == 0)
			writer(path, (unsigned)i, 1000);
		assert_true(pids[i] > 0);
	}
	for (i = 0; i < 8; i++) {
		assert_int_equal(waitpid(pids[i], &status, 0), pids[i]);
		assert_true(WIFEXITED(status));
		assert_int_equal(WEXITSTATUS(status), 0);
	}
	unsetenv("HAMYAR_MAP_INIT");
	assert_int_equal(store_open(path, 0, &st), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_count(t, CORE_DONOR, &n), 0);
	assert_int_equal(n, 8000);
	ids = calloc(n, sizeof *ids);
	assert_int_equal(store_iter_kind(t, CORE_DONOR, &it), 0);
	for (k = 0; store_iter_next(it, id) == 0; k++) {
		assert_true(k < n);
		ids[k] = strdup(id);
	}
	assert_int_equal(k, 8000);
	store_iter_free(it);
	store_read_end(t);
	{
		size_t map;

		assert_int_equal(store_map_info(st, &map, NULL, NULL), 0);
		assert_true(map > (256u << 10));	/* it grew */
	}
	qsort(ids, k, sizeof *ids, cmp_str);
	for (k = 1; k < n; k++)
		assert_string_not_equal(ids[k - 1], ids[k]);
	for (k = 0; k < n; k++)
		free(ids[k]);
	free(ids);
	assert_int_equal(store_verify(st, NULL, NULL, &problems), 0);
	assert_int_equal(problems, 0);
	store_close(st);
}

/* ---- SIGKILL ---- */

struct kill_ctx {
	unsigned base, n;
	int fd;
	char ids[8][CORE_ID_MAX];
	char upd[CORE_ID_MAX];
};

static int
kill_fn(struct store_txn *t, void *vctx)
{
	struct kill_ctx *c = vctx;
	char line[512];
	size_t len;
	unsigned i;
	int rc;

	for (i = 0; i < c->n; i++) {
		struct core_record *r = donor(c->base + i);

		rc = store_put_new(t, r, c->ids[i]);
		core_record_free(r);
		if (rc != 0)
			return rc;
	}
	if (c->upd[0]) {	/* rename an earlier record: index entries move */
		struct core_record *r;
		struct store_meta m;

		if ((rc = store_get(t, CORE_DONOR, c->upd, &r, &m)) != 0)
			return rc;
		core_record_set_text(r, CORE_DONOR_NAME, c->base % 2 ? "ژینا امینی" : "پیمان کاظمی");
		core_record_set_text(r, CORE_DONOR_COUNTY, c->base % 2 ? "HRS" : "AHR");
		rc = store_update(t, r, m.rev);
		core_record_free(r);
		if (rc != 0)
			return rc;
	}
	/* Reported last thing before the commit: these may be committed. */
	len = (size_t)snprintf(line, sizeof line, "P");
	for (i = 0; i < c->n; i++)
		len += (size_t)snprintf(line + len, sizeof line - len, " %s", c->ids[i]);
	line[len++] = '\n';
	if (write(c->fd, line, len) != (ssize_t)len)
		return STORE_EIO;
	return 0;
}

static void
kill_child(const char *path, int fd, unsigned seed)
{
	struct store *st;
	struct kill_ctx c;
	unsigned round;

	srand(seed);
	/* odd rounds without fsync: many more commits before the kill */
	if (store_open(path, seed % 2 ? STORE_NOSYNC : 0, &st) != 0)
		_exit(10);
	memset(&c, 0, sizeof c);
	c.fd = fd;
	if (write(fd, "R\n", 2) != 2)	/* open: the parent starts its timer */
		_exit(12);
	for (round = 0;; round++) {
		c.base = seed * 100000 + round * 8;
		c.n = 1 + (unsigned)rand() % 8;
		if (store_write(st, kill_fn, &c) != 0)
			_exit(11);
		if (write(fd, "C\n", 2) != 2)
			_exit(12);
		strcpy(c.upd, c.ids[0]);
	}
}

struct txnrec {
	char ids[8][CORE_ID_MAX];
	int n;
	int committed;
};

static void
kill_once(const char *path, unsigned seed, struct txnrec **all, size_t *nall, size_t *cap)
{
	int fds[2];
	pid_t pid;
	FILE *f;
	char line[1024];
	struct timespec ts;
	int status;
	size_t start = *nall;

	assert_int_equal(pipe(fds), 0);
	if ((pid = fork()) == 0) {
		close(fds[0]);
		kill_child(path, fds[1], seed);
	}
	assert_true(pid > 0);
	close(fds[1]);
	{
		char ch[2];

		assert_int_equal(read(fds[0], ch, 2), 2);	/* "R\n" */
	}
	ts.tv_sec = 0;
	ts.tv_nsec = (long)(rand() % 30000) * 1000L;	/* 0-30 ms */
	nanosleep(&ts, NULL);
	kill(pid, SIGKILL);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFSIGNALED(status));
	f = fdopen(fds[0], "r");
	while (fgets(line, sizeof line, f)) {
		if (line[0] == 'P') {
			struct txnrec *x;
			char *p, *save = NULL;

			/* a P after a P without C: the first run was retried
			 * (store_write ran the function again); keep the last */
			if (*nall > start && !(*all)[*nall - 1].committed)
				--*nall;
			if (*nall == *cap) {
				*cap = *cap ? *cap * 2 : 256;
				*all = realloc(*all, *cap * sizeof **all);
			}
			x = &(*all)[(*nall)++];
			memset(x, 0, sizeof *x);
			for (p = strtok_r(line + 1, " \n", &save); p; p = strtok_r(NULL, " \n", &save))
				snprintf(x->ids[x->n++], CORE_ID_MAX, "%s", p);
		} else if (line[0] == 'C') {
			assert_true(*nall > 0);
			(*all)[*nall - 1].committed = 1;
		}
	}
	fclose(f);
}

static void
test_sigkill(void **state)
{
	char path[512];
	const char *lng = getenv("HAMYAR_LONG");
	int rounds = lng && *lng && *lng != '0' ? 200 : 20, r;
	struct txnrec *all = NULL;
	size_t nall = 0, cap = 0, i, problems, ncommitted = 0, nrec;
	struct store *st;
	struct store_txn *t;

	(void)state;
	snprintf(path, sizeof path, "%s/killed", tmpdir);
	make_db(path, "KRM");
	srand((unsigned)time(NULL));
	for (r = 0; r < rounds; r++) {
		size_t start = nall;
		int j;

		kill_once(path, (unsigned)r + 1, &all, &nall, &cap);
		assert_int_equal(store_open(path, 0, &st), 0);
		assert_int_equal(store_verify(st, NULL, NULL, &problems), 0);
		assert_int_equal(problems, 0);
		assert_int_equal(store_read_begin(st, &t), 0);
		for (i = 0; i < nall; i++) {
			int present = 0;

			for (j = 0; j < all[i].n; j++)
				present += store_exists(t, CORE_DONOR, all[i].ids[j], NULL) == 0;
			if (all[i].committed) {
				assert_int_equal(present, all[i].n);
			} else if (i >= start) {
				/* in flight when killed: all or nothing */
				assert_true(present == 0 || present == all[i].n);
				if (present)
					all[i].committed = 1;
			}
		}
		/* nothing there that was never reported */
		assert_int_equal(store_count(t, CORE_DONOR, &nrec), 0);
		for (i = 0, ncommitted = 0; i < nall; i++)
			if (all[i].committed)
				ncommitted += (size_t)all[i].n;
		assert_int_equal(nrec, ncommitted);
		store_read_end(t);
		store_close(st);
	}
	print_message("# %d kills, %zu transactions reported, %zu records committed\n",
	    rounds, nall, ncommitted);
	free(all);
}

/* ---- the map ---- */

struct batch_ctx {
	unsigned base, n;
};

static int
batch_fn(struct store_txn *t, void *vctx)
{
	struct batch_ctx *c = vctx;
	unsigned i;
	int rc;

	for (i = 0; i < c->n; i++) {
		struct core_record *r = donor(c->base + i);

		rc = store_put_new(t, r, NULL);
		core_record_free(r);
		if (rc != 0)
			return rc;
	}
	return 0;
}

static void
test_map_grows_then_full(void **state)
{
	char path[512];
	struct store *st;
	struct store_txn *t;
	struct batch_ctx c;
	size_t map0, map1, limit, n, problems;
	unsigned committed = 0;
	int rc;

	(void)state;
	snprintf(path, sizeof path, "%s/tiny", tmpdir);
	setenv("HAMYAR_MAP_INIT", "256K", 1);
	setenv("HAMYAR_MAP_LIMIT", "2M", 1);
	make_db(path, "TBZ");
	assert_int_equal(store_open(path, STORE_NOSYNC, &st), 0);
	assert_int_equal(store_map_info(st, &map0, NULL, &limit), 0);
	assert_int_equal(limit, 2u << 20);
	assert_true(map0 <= 256u << 10);
	c.n = 50;
	for (c.base = 0;; c.base += c.n) {
		rc = store_write(st, batch_fn, &c);
		if (rc != 0)
			break;
		committed += c.n;
		assert_true(committed < 100000);
	}
	assert_int_equal(rc, STORE_EFULL);
	assert_string_equal(store_strerror(rc), "database reached its size limit");
	assert_int_equal(store_map_info(st, &map1, NULL, NULL), 0);
	assert_true(map1 > map0);	/* it grew on the way */
	assert_int_equal(map1, 2u << 20);
	store_close(st);
	unsetenv("HAMYAR_MAP_INIT");
	unsetenv("HAMYAR_MAP_LIMIT");

	/* reopened with the default limit: all committed records there, and
	 * writing goes on */
	assert_int_equal(store_open(path, STORE_NOSYNC, &st), 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_count(t, CORE_DONOR, &n), 0);
	store_read_end(t);
	assert_int_equal(n, committed);
	assert_int_equal(store_write(st, batch_fn, &c), 0);
	assert_int_equal(store_verify(st, NULL, NULL, &problems), 0);
	assert_int_equal(problems, 0);
	store_close(st);
	print_message("# map 256K grew to 2M; %u donors committed before the limit\n", committed);
}

/* ---- a full disk ---- */

/* The child writes batches under a file-size limit (RLIMIT_FSIZE: writes
 * past it fail like a full disk) and reports each committed batch, then
 * the error. */
static void
full_child(const char *path, int fd, rlim_t limit)
{
	struct store *st;
	struct batch_ctx c;
	struct rlimit rl;
	char line[64];
	int rc, len;

	signal(SIGXFSZ, SIG_IGN);
	if (store_open(path, 0, &st) != 0)
		_exit(10);
	rl.rlim_cur = rl.rlim_max = limit;
	if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
		_exit(11);
	c.n = 50;
	for (c.base = 0;; c.base += c.n) {
		rc = store_write(st, batch_fn, &c);
		len = snprintf(line, sizeof line, "%d\n", rc);
		if (write(fd, line, (size_t)len) != len)
			_exit(12);
		if (rc != 0)
			break;
	}
	/* the handle still answers after the failure */
	rc = store_write(st, batch_fn, &c);
	len = snprintf(line, sizeof line, "%d\n", rc);
	if (write(fd, line, (size_t)len) != len)
		_exit(12);
	store_close(st);
	_exit(0);
}

static void
test_disk_full(void **state)
{
	char path[512], data[600], line[64];
	struct store *st;
	struct store_txn *t;
	struct stat sb;
	int fds[2], status, rc = 0, after = 0, nlines = 0;
	pid_t pid;
	FILE *f;
	size_t committed = 0, n, problems;

	(void)state;
	snprintf(path, sizeof path, "%s/fulldisk", tmpdir);
	make_db(path, "TBZ");
	snprintf(data, sizeof data, "%s/data.mdb", path);
	assert_int_equal(stat(data, &sb), 0);
	assert_int_equal(pipe(fds), 0);
	if ((pid = fork()) == 0) {
		close(fds[0]);
		full_child(path, fds[1], (rlim_t)sb.st_size + (512 << 10));
	}
	close(fds[1]);
	f = fdopen(fds[0], "r");
	while (fgets(line, sizeof line, f)) {
		int v = atoi(line);

		if (rc != 0) {
			after = v;
			nlines++;
			break;
		}
		rc = v;
		if (v == 0)
			committed += 50;
	}
	fclose(f);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
	assert_int_equal(rc, STORE_ENOSPC);
	assert_int_equal(nlines, 1);
	assert_int_equal(after, STORE_ENOSPC);	/* still full, still clear */
	assert_true(committed > 0);

	assert_int_equal(store_open(path, 0, &st), 0);
	assert_int_equal(store_verify(st, NULL, NULL, &problems), 0);
	assert_int_equal(problems, 0);
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_count(t, CORE_DONOR, &n), 0);
	store_read_end(t);
	assert_int_equal(n, committed);	/* every commit before the full disk */
	store_close(st);
	print_message("# disk full after %zu donors: STORE_ENOSPC, all of them kept\n", committed);
}

static int
setup(void **state)
{
	const char *base = getenv("HAMYAR_TEST_TMP");

	(void)state;
	snprintf(tmpdir, sizeof tmpdir, "%s/procs.XXXXXX", base && *base ? base : "/tmp");
	return mkdtemp(tmpdir) ? 0 : -1;
}

static int
teardown(void **state)
{
	char cmd[600];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_eight_writers),
		cmocka_unit_test(test_sigkill),
		cmocka_unit_test(test_map_grows_then_full),
		cmocka_unit_test(test_disk_full),
	};

	signal(SIGPIPE, SIG_IGN);
	return cmocka_run_group_tests(tests, setup, teardown);
}
