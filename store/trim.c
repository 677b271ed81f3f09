/*
 * store/trim.c — store_trim: unmapping the pages of the LMDB map that the
 * process touched, once they add up (see trim.h).
 *
 * Why it is safe.  LMDB maps data.mdb (or a backup file) with PROT_READ and
 * MAP_SHARED whether the environment is read-only or not; without
 * MDB_WRITEMAP, which store.c never sets, it writes through the file
 * descriptor, never through the map.  madvise(2) says of MADV_DONTNEED that
 * later accesses "succeed, but will result in ... repopulating the memory
 * contents from the up-to-date contents of the underlying mapped file (for
 * shared file mappings ...)", and that the resident set "will be
 * immediately reduced".  The pages stay in the page cache; only this
 * process's page-table entries go, and a later read maps the page again
 * with a minor fault.  So addresses into the map (LMDB's cursors and pages
 * of an open transaction) stay valid and see the same bytes.  A writable
 * mapping (rw-s, as MDB_WRITEMAP would give) is left alone.
 *
 * Finding the map.  mdb_env_info's me_mapaddr is only the fixed address of
 * an MDB_FIXEDMAP environment (NULL here), so the map is found from a key
 * read in a short read transaction: LMDB returns pointers into the map,
 * and the mapping in /proc/self/maps holding that key, read-only, shared
 * and as long as the map (me_mapsize), is the one dropped.  That is looked
 * up again at each trim, since a resize (mdb_env_set_mapsize) maps the
 * file anew, maybe elsewhere.
 *
 * When.  Each call compares the process's minor page faults (getrusage,
 * well under a microsecond) with the last look: pages get mapped only by
 * faults, so with fewer than TRIM_FAULTS new ones nothing much can have
 * been added.  Otherwise it reads /proc/self/statm (a few microseconds):
 * its "shared" field counts the process's resident file pages (the
 * libraries' and the map's).  Once that has grown by HAMYAR_TRIM_KB since
 * just after the last trim, the map is dropped.  The figures are the
 * process's, so the baseline is kept per thread, not per store: with two
 * stores open, a trim of one restarts the count for both.
 */
#include "store/trim.h"

#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include "store/store_int.h"

#define TRIM_KB_DEFAULT 1024
#define TRIM_FAULTS	16	/* new minor faults before /proc is read */

static _Thread_local long limit_pages = -1;	/* HAMYAR_TRIM_KB in pages */
static _Thread_local long faults_seen = -1;	/* ru_minflt at the last look */
static _Thread_local long shared_base = -1;	/* statm "shared" after the last trim */

static long
page_size(void)
{
	long ps = sysconf(_SC_PAGESIZE);

	return ps > 0 ? ps : 4096;
}

static long
minor_faults(void)
{
	struct rusage ru;

	if (getrusage(RUSAGE_SELF, &ru) != 0)
		return -1;
	return ru.ru_minflt;
}

/* The third field of /proc/self/statm: resident pages backed by a file
 * (or shared memory); -1 if it cannot be read. */
static long
shared_pages(void)
{
	char b[256], *p, *end;
	ssize_t n;
	long v = -1;
	int fd, i;

	if ((fd = open("/proc/self/statm", O_RDONLY | O_CLOEXEC)) < 0)
		return -1;
	n = read(fd, b, sizeof b - 1);
	close(fd);
	if (n <= 0)
		return -1;
	b[n] = '\0';
	p = b;
	for (i = 0; i < 3; i++) {
		v = strtol(p, &end, 10);
		if (end == p)
			return -1;
		p = end;
	}
	return v;
}

static void
read_limit(void)
{
	const char *s = getenv("HAMYAR_TRIM_KB");
	long kb = TRIM_KB_DEFAULT;
	char *end;

	if (s != NULL && *s != '\0') {
		long v = strtol(s, &end, 10);

		if (*end == '\0' && v >= 0 && v <= 1024L * 1024)
			kb = v;
	}
	limit_pages = kb * 1024 / page_size();
}

/* An address inside st's map: the first key of LMDB's main database (the
 * names of the sub-databases), read in a read transaction of its own.
 * Returns 0 if there is none. */
static uintptr_t
map_address(struct store *st)
{
	MDB_txn *txn;
	MDB_cursor *cur;
	MDB_dbi main_dbi;
	MDB_val k, v;
	uintptr_t p = 0;

	if (mdb_txn_begin(st->env, NULL, MDB_RDONLY, &txn) != 0)
		return 0;
	if (mdb_dbi_open(txn, NULL, 0, &main_dbi) == 0 &&
	    mdb_cursor_open(txn, main_dbi, &cur) == 0) {
		if (mdb_cursor_get(cur, &k, &v, MDB_FIRST) == 0)
			p = (uintptr_t)k.mv_data;
		mdb_cursor_close(cur);
	}
	mdb_txn_abort(txn);
	return p;
}

/* The mapping of /proc/self/maps that holds address p: its bounds, and
 * whether it is read-only and shared.  Returns 0, or -1 if not found. */
static int
mapping_of(uintptr_t p, uintptr_t *lo, uintptr_t *hi, int *ro_shared)
{
	char line[512];
	FILE *f;
	int at_start = 1, found = -1;

	if ((f = fopen("/proc/self/maps", "re")) == NULL)
		return -1;
	while (fgets(line, sizeof line, f) != NULL) {
		int was_start = at_start;
		unsigned long long a, b;
		char *s = line, *e;

		/* a long path ends in pieces of later reads: only line starts */
		at_start = strchr(line, '\n') != NULL;
		if (!was_start)
			continue;
		a = strtoull(s, &e, 16);
		if (e == s || *e != '-')
			continue;
		s = e + 1;
		b = strtoull(s, &e, 16);
		if (e == s || *e != ' ' || strlen(e + 1) < 4)
			continue;
		if (p < a || p >= b)
			continue;
		*lo = (uintptr_t)a;
		*hi = (uintptr_t)b;
		*ro_shared = e[1] == 'r' && e[2] == '-' && e[4] == 's';
		found = 0;
		break;
	}
	fclose(f);
	return found;
}

/* Drops st's map: 1 done, 0 not found, STORE_EIO if madvise failed. */
static int
drop_map(struct store *st)
{
	MDB_envinfo info;
	uintptr_t p, lo, hi;
	unsigned long ps = (unsigned long)page_size();
	int ro_shared;

	if (mdb_env_info(st->env, &info) != 0 || info.me_mapsize == 0)
		return 0;
	if ((p = map_address(st)) == 0 || mapping_of(p, &lo, &hi, &ro_shared) != 0)
		return 0;
	/* the map, whole and as LMDB made it: else leave it */
	if (!ro_shared || hi - lo != (info.me_mapsize + ps - 1) / ps * ps)
		return 0;
	if (madvise((void *)lo, hi - lo, MADV_DONTNEED) != 0)
		return STORE_EIO;
	return 1;
}

int
store_trim(struct store *st)
{
	long flt, sh;
	int rc;

	if (st == NULL || st->env == NULL)
		return 0;
	if (limit_pages < 0)
		read_limit();
	flt = minor_faults();
	if (flt >= 0 && faults_seen >= 0 && shared_base >= 0 &&
	    flt - faults_seen < (limit_pages > 0 ? TRIM_FAULTS : 1))
		return 0;
	faults_seen = flt;
	if ((sh = shared_pages()) < 0)
		return 0;
	if (shared_base >= 0 && sh - shared_base <= limit_pages)
		return 0;
	rc = drop_map(st);
	shared_base = shared_pages();
	faults_seen = minor_faults();
	return rc;
}
