/*
 * tests/bench/bench_rank.c — ranking 100,000 needs (issue 3: under 100 ms).
 *
 * Random needs with the value ranges of SPEC §3 (urgency and impact 1-5,
 * population, gaps up to 10^10 rials, up to three years waiting, up to 40
 * interested donors), ids "TBZ-N" with many ties on identified_on, default
 * AHP weights.  Each method runs several times and the best and median wall
 * times are printed; the first line per method is the figure:
 *     rank 100000 needs (topsis): X ms (target < 100 ms)
 * Also the interest counts (core_match_interest_counts) for the same needs
 * against 20,000 donors, which the store computes before ranking.
 * HAMYAR_BENCH_N overrides the number of needs.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/match.h"
#include "core/rank.h"
#include "tests/bench/table.h"

#define RUNS 7

static double
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static uint64_t seed = 0x9e3779b97f4a7c15ull;

static uint64_t
rnd(void)
{
	/* xorshift64* */
	seed ^= seed >> 12;
	seed ^= seed << 25;
	seed ^= seed >> 27;
	return seed * 2685821657736338717ull;
}

static int
cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

int
main(void)
{
	static const char *const counties[] = { "TBZ", "AHR", "AJB", "MRG", "MND", "SRB", "BNB", "JLF" };
	const char *env = getenv("HAMYAR_BENCH_N");
	size_t n = env ? (size_t)strtoul(env, NULL, 10) : 100000, nd = 20000, i;
	struct core_rank_item *items = malloc(n * sizeof *items);
	struct core_rank_result *out = malloc(n * sizeof *out);
	struct core_match_need *needs = malloc(n * sizeof *needs);
	struct core_match_donor *donors = malloc(nd * sizeof *donors);
	uint32_t *counts = malloc(n * sizeof *counts);
	struct core_weights w;
	double t[RUNS];
	int m, r;

	if (!items || !out || !needs || !donors || !counts || n == 0) {
		fprintf(stderr, "bench_rank: out of memory\n");
		return 1;
	}
	core_weights_default(&w);
	for (i = 0; i < nd; i++) {
		memset(&donors[i], 0, sizeof donors[i]);
		snprintf(donors[i].id, sizeof donors[i].id, "TBZ-%zu", i + 1);
		snprintf(donors[i].county, sizeof donors[i].county, "%s", counties[rnd() % 8]);
		donors[i].interests = (unsigned)(rnd() % (1u << CORE_NPTYPES));
		donors[i].capacity = (int64_t)(rnd() % 1000000000);
		donors[i].active = rnd() % 10 != 0;
	}
	for (i = 0; i < n; i++) {
		memset(&needs[i], 0, sizeof needs[i]);
		snprintf(needs[i].id, sizeof needs[i].id, "TBZ-%zu", nd + i + 1);
		snprintf(needs[i].county, sizeof needs[i].county, "%s", counties[rnd() % 8]);
		needs[i].category = (int)(rnd() % CORE_NPTYPES);
	}

	t[0] = now_ms();
	core_match_interest_counts(needs, n, donors, nd, counts);
	t[0] = now_ms() - t[0];
	printf("interest counts %zu needs x %zu donors: %.1f ms\n", n, nd, t[0]);

	for (i = 0; i < n; i++) {
		struct core_rank_item *it = &items[i];

		memcpy(it->id, needs[i].id, sizeof it->id);
		it->identified_on = 19000 + (int32_t)(rnd() % 1000);	/* many ties */
		it->crit[CORE_CRIT_URGENCY] = (double)(1 + rnd() % 5);
		it->crit[CORE_CRIT_IMPACT] = (double)(1 + rnd() % 5);
		it->crit[CORE_CRIT_POPULATION] = (double)(rnd() % 50000);
		it->crit[CORE_CRIT_GAP] = (double)(1 + rnd() % 10000000000ull);
		it->crit[CORE_CRIT_WAITING] = core_rank_waiting(it->identified_on, 20100);
		it->crit[CORE_CRIT_INTEREST] = counts[i];
	}

	for (m = CORE_RANK_TOPSIS; m <= CORE_RANK_SAW; m++) {
		for (r = 0; r < RUNS; r++) {
			double t0 = now_ms();

			if (core_rank(items, n, &w, (enum core_rank_method)m, out) != 0) {
				fprintf(stderr, "bench_rank: core_rank failed\n");
				return 1;
			}
			t[r] = now_ms() - t0;
		}
		qsort(t, RUNS, sizeof *t, cmp_double);
		printf("rank %zu needs (%s): %.1f ms (target < 100 ms; median of %d runs, best %.1f ms)\n",
		    n, core_rank_method_name((enum core_rank_method)m), t[RUNS / 2], RUNS, t[0]);
		{
			char fig[64];

			snprintf(fig, sizeof fig, "rank %zu needs (%s, median)", n,
			    core_rank_method_name((enum core_rank_method)m));
			table_line(fig, t[RUNS / 2], "ms", NULL, "<", 100, NULL);
		}
		/* Keep the result live and show it is sane. */
		printf("   best %s score %.4f, worst %.4f\n", items[out[0].item].id,
		    out[0].score, out[n - 1].score);
	}
	free(items);
	free(out);
	free(needs);
	free(donors);
	free(counts);
	return 0;
}
