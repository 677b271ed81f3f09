/*
 * tests/bench/bench_stats.c — what the dashboard costs to (re)load: the
 * per-county sums (store_stats_counties), the rank gathering and ranking
 * (store_rank_gather + core_rank, as the top-ranked list does) and the
 * recent activity, on a database made by `hamyar demo --size N`.
 *
 * Usage: bench_stats [DB]   (default: $HAMYAR_BENCH_DB; without either a
 * database of 10,000 needs is made in a temporary folder with $HAMYAR_BIN).
 * Prints "name: value unit"; never fails on a time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/rank.h"
#include "locale/jalali.h"
#include "store/stats.h"
#include "store/store.h"
#include "tests/bench/table.h"

static double
now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main(int argc, char **argv)
{
	const char *db = argc > 1 ? argv[1] : getenv("HAMYAR_BENCH_DB");
	char tmp[] = "/tmp/bench_statsXXXXXX", path[300], cmd[700];
	struct store *st;
	struct store_txn *t;
	struct store_county_stats *cs;
	struct store_rank_data g;
	struct store_activity act[6];
	struct core_rank_result *res;
	struct core_weights w;
	size_t n, nact;
	double t0, t1, t2, t3;
	int made = 0;

	if (db == NULL) {
		const char *bin = getenv("HAMYAR_BIN");

		if (bin == NULL || mkdtemp(tmp) == NULL) {
			fprintf(stderr, "bench_stats: give a database or set HAMYAR_BIN\n");
			return 1;
		}
		snprintf(path, sizeof path, "%s/db", tmp);
		snprintf(cmd, sizeof cmd, "'%s' --db '%s' demo --size 10000 >/dev/null", bin, path);
		if (system(cmd) != 0)
			return 1;
		db = path;
		made = 1;
	}
	if (store_open(db, STORE_RDONLY, &st) != 0 || store_read_begin(st, &t) != 0) {
		fprintf(stderr, "bench_stats: cannot open %s\n", db);
		return 1;
	}
	t0 = now();
	if (store_stats_counties(t, &cs, &n) != 0)
		return 1;
	t1 = now();
	store_rank_weights(t, &w);
	if (store_rank_gather(t, NULL, loc_day_today(), &g) != 0)
		return 1;
	if ((res = calloc(g.nitems + 1, sizeof *res)) == NULL ||
	    core_rank(g.items, g.nitems, &w, CORE_RANK_TOPSIS, res) != 0)
		return 1;
	t2 = now();
	if (store_stats_recent(t, (int64_t)time(NULL), act, 6, &nact) != 0)
		return 1;
	t3 = now();
	store_read_end(t);
	printf("dashboard counties: %zu counties, %zu needs read: %.1f ms\n", n, g.nneeds, (t1 - t0) * 1e3);
	printf("dashboard ranking: %zu needs ranked: %.1f ms\n", g.nitems, (t2 - t1) * 1e3);
	printf("dashboard recent activity: %zu entries: %.1f ms\n", nact, (t3 - t2) * 1e3);
	printf("dashboard load: %.1f ms (target: under 1000 ms at 10^4 needs)\n", (t3 - t0) * 1e3);
	table_line("dashboard load, 10^4 needs", (t3 - t0) * 1e3, "ms", NULL, "<", 1000, NULL);
	free(res);
	free(cs);
	store_rank_data_free(&g);
	store_close(st);
	if (made) {
		snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp);
		if (system(cmd) != 0)
			return 1;
	}
	return 0;
}
