/*
 * tests/bench/bench_access.c — what the access policy (store/users.h)
 * costs at the write path.
 *
 * A database with 1,000 donors and 1,000 needs (units in four counties),
 * then N pledges (HAMYAR_BENCH_N, default 50,000), each linking a donor to
 * a need, written 1,000 per transaction (NOSYNC: the policy's cost, not the
 * disk's) three ways:
 *   - no policy installed (the store alone);
 *   - as HQ (the policy's fast path: no county look-up);
 *   - as a clerk whose county holds every pledge's need (two record reads
 *     per pledge to find the donor's and the need's counties).
 * Figures: "name: value unit" lines.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "core/record.h"
#include "store/store.h"
#include "store/users.h"

#define BATCH 1000
#define NDONORS 1000
#define NNEEDS 1000

static const char *const counties[] = { "TBZ", "MRD", "AHR", "MRG" };

static double
now_s(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

struct fill {
	int phase;		/* 0: people and places; 1: pledges */
	size_t from, n;
	char donors[NDONORS][CORE_ID_MAX];
	char needs[NNEEDS][CORE_ID_MAX];
};

static int
fill_fn(struct store_txn *t, void *ctx)
{
	struct fill *f = ctx;
	struct core_record *r;
	char unit[4][CORE_ID_MAX], name[64];
	size_t i;
	int rc;

	if (f->phase == 0) {
		if ((rc = store_init(t, "MRD", "bench")) != 0)
			return rc;
		for (i = 0; i < 4; i++) {
			r = core_record_new(CORE_UNIT);
			core_record_set_num(r, CORE_UNIT_KIND, 0);
			core_record_set_text(r, CORE_UNIT_NAME, "کلانتری");
			core_record_set_text(r, CORE_UNIT_COUNTY, counties[i]);
			rc = store_put_new(t, r, unit[i]);
			core_record_free(r);
			if (rc != 0)
				return rc;
		}
		for (i = 0; i < NDONORS; i++) {
			r = core_record_new(CORE_DONOR);
			snprintf(name, sizeof name, "خیّر %zu", i);
			core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
			core_record_set_text(r, CORE_DONOR_NAME, name);
			core_record_set_text(r, CORE_DONOR_COUNTY, counties[i % 4]);
			rc = store_put_new(t, r, f->donors[i]);
			core_record_free(r);
			if (rc != 0)
				return rc;
		}
		for (i = 0; i < NNEEDS; i++) {
			r = core_record_new(CORE_NEED);
			core_record_set_text(r, CORE_NEED_UNIT, unit[1]);	/* Marand */
			core_record_set_num(r, CORE_NEED_CATEGORY, CORE_PT_EQUIPMENT);
			core_record_set_text(r, CORE_NEED_TITLE, "تجهیزات");
			core_record_set_num(r, CORE_NEED_URGENCY, 3);
			core_record_set_num(r, CORE_NEED_IMPACT, 3);
			core_record_set_num(r, CORE_NEED_IDENTIFIED_ON, 20000);
			core_record_set_num(r, CORE_NEED_STATUS, 0);
			rc = store_put_new(t, r, f->needs[i]);
			core_record_free(r);
			if (rc != 0)
				return rc;
		}
		return 0;
	}
	for (i = f->from; i < f->from + f->n; i++) {
		r = core_record_new(CORE_PLEDGE);
		core_record_set_text(r, CORE_PLEDGE_DONOR, f->donors[i % NDONORS]);
		core_record_set_text(r, CORE_PLEDGE_NEED, f->needs[(i * 7) % NNEEDS]);
		core_record_set_num(r, CORE_PLEDGE_TYPE, CORE_PT_EQUIPMENT);
		core_record_set_num(r, CORE_PLEDGE_AMOUNT, 1000000);
		core_record_set_num(r, CORE_PLEDGE_PLEDGED_ON, 20100);
		core_record_set_num(r, CORE_PLEDGE_STATUS, 0);
		rc = store_put_new(t, r, NULL);
		core_record_free(r);
		if (rc != 0)
			return rc;
	}
	return 0;
}

/* Writes n pledges through st; returns seconds, or -1. */
static double
pledges(struct store *st, struct fill *f, size_t n)
{
	double t0 = now_s();
	size_t done;

	f->phase = 1;
	for (done = 0; done < n; done += BATCH) {
		f->from = done;
		f->n = n - done < BATCH ? n - done : BATCH;
		if (store_write(st, fill_fn, f) != 0)
			return -1;
	}
	return now_s() - t0;
}

static int
user_fn(struct store_txn *t, void *ctx)
{
	const char *const *u = ctx;
	struct core_record *r = core_record_new(CORE_USER);
	int rc;

	core_record_set_text(r, CORE_USER_ID, u[0]);
	core_record_set_num(r, CORE_USER_ROLE, atoi(u[1]));
	if (u[2] != NULL)
		core_record_set_text(r, CORE_USER_COUNTY, u[2]);
	rc = store_put_new(t, r, NULL);
	core_record_free(r);
	return rc;
}

static struct store *
as(const char *dir, const char *login)
{
	struct store *st;
	struct store_identity id;

	if (store_open(dir, STORE_NOSYNC, &st) != 0)
		return NULL;
	if (login != NULL && (store_users_resolve(st, login, 0, &id) != 0 ||
	    store_users_enforce(st, &id) != 0)) {
		store_close(st);
		return NULL;
	}
	return st;
}

/* A fresh database with the people, places and both users; then n pledges
 * written as login (NULL: no policy).  Returns seconds, or -1. */
static double
run(const char *dir, const char *login, size_t n)
{
	static struct fill f;
	const char *hq[3] = { "hq1", "1", NULL }, *clerk[3] = { "ali", "3", "MRD" };
	struct store *st;
	char cmd[600];
	double t = -1;

	if (store_open(dir, STORE_CREATE | STORE_NOSYNC, &st) != 0)
		return -1;
	f.phase = 0;
	if (store_write(st, fill_fn, &f) != 0 || store_write(st, user_fn, (void *)hq) != 0 ||
	    store_write(st, user_fn, (void *)clerk) != 0) {
		store_close(st);
		return -1;
	}
	store_close(st);
	if ((st = as(dir, login)) != NULL)
		t = pledges(st, &f, n);
	store_close(st);
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
	if (system(cmd) != 0)
		return -1;
	return t;
}

int
main(void)
{
	const char *env = getenv("HAMYAR_BENCH_N"), *tmp = getenv("TMPDIR");
	size_t n = env != NULL ? (size_t)strtoul(env, NULL, 10) : 50000;
	char dir[512];
	double t_none, t_hq, t_clerk;

	snprintf(dir, sizeof dir, "%s/bench-access-%ld", tmp ? tmp : "/tmp", (long)getpid());
	t_none = run(dir, NULL, n);
	t_hq = run(dir, "hq1", n);
	t_clerk = run(dir, "ali", n);
	if (t_none <= 0 || t_hq <= 0 || t_clerk <= 0)
		return 3;
	printf("pledges written: %zu per run, %d per transaction, each run on a fresh database\n", n, BATCH);
	printf("no policy: %.0f pledges/s\n", n / t_none);
	printf("policy, as hq: %.0f pledges/s (%.0f%% of no policy)\n", n / t_hq, 100.0 * t_none / t_hq);
	printf("policy, as a clerk (2 reads per pledge): %.0f pledges/s (%.0f%% of no policy)\n",
	    n / t_clerk, 100.0 * t_none / t_clerk);
	return 0;
}
