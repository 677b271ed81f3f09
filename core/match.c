/*
 * core/match.c — which needs suit a donor, which donors suit a need, and how
 * many donors could help each need (the ranking's interest criterion).
 *
 * Matching is a filter then a sort of small index arrays (a county holds at
 * most a few thousand of either), so qsort with the comparison keys copied
 * into the output entries is enough; the interest counts for a whole
 * province sort the donors' (county, category) keys once and look each need
 * up by binary search.  The fit (of free capacity to gap for a material
 * need, of past participation for a non-material one) is documented in
 * core/match.h.
 */
#include <stdlib.h>
#include <string.h>

#include "core/match.h"
#include "core/pledge.h"
#include "core/rank.h"

double
core_match_fit(int64_t capacity, int64_t gap)
{
	if (capacity <= 0)
		return 0;
	if (gap <= 0)		/* nothing left to give: any donor covers it */
		return 1;
	if (capacity >= gap)
		return 0.5 + 0.5 * ((double)gap / (double)capacity);
	return 0.5 * ((double)capacity / (double)gap);
}

double
core_match_past_fit(int32_t same, int32_t other)
{
	double w = 2.0 * (same > 0 ? same : 0) + (other > 0 ? other : 0);

	return w / (w + 2.0);
}

void
core_match_past(const struct core_match_donor *d, int category, int32_t *same,
    int32_t *other)
{
	int t;

	*same = *other = 0;
	for (t = 0; t < CORE_NPTYPES; t++) {
		if (t == category)
			*same = d->past[t];
		else if (!core_ptype_material(t))
			*other += d->past[t];
	}
}

double
core_match_pair_fit(const struct core_match_donor *d, const struct core_match_need *x)
{
	int32_t same, other;

	if (core_ptype_material(x->category))
		return core_match_fit(core_match_free(d), x->gap);
	core_match_past(d, x->category, &same, &other);
	return core_match_past_fit(same, other);
}

static int
cmp_id(const void *a, const void *b)
{
	return strcmp(a, b);
}

int
core_match_pledged(const struct core_match_donor *d, const char *id)
{
	return d->pledged != NULL && d->npledged > 0 &&
	    bsearch(id, d->pledged, d->npledged, sizeof *d->pledged, cmp_id) != NULL;
}

int
core_match_pledged_skip(const struct core_match_donor *d, const struct core_match_need *x)
{
	return !core_ptype_material(x->category) && core_match_pledged(d, x->id);
}

int64_t
core_match_free(const struct core_match_donor *d)
{
	int64_t open = d->open > 0 ? d->open : 0;

	if (d->capacity <= 0 || open >= d->capacity)
		return 0;
	return d->capacity - open;
}

int
core_match_need_closed(const struct core_match_need *x)
{
	if (core_need_closed(x->status))
		return CORE_MATCH_CLOSED_STATUS;
	if (x->unit_inactive)
		return CORE_MATCH_CLOSED_UNIT;
	if (x->gap <= 0 && core_ptype_material(x->category))
		return CORE_MATCH_CLOSED_COVERED;
	return CORE_MATCH_OPEN;
}

int
core_match_need_ranked(const struct core_match_need *x)
{
	return !x->unit_inactive && core_rank_eligible(x->status, x->gap);
}

/* qsort has no context, so each candidate carries the record its order
 * reads: a core_match_need for cmp_need, a core_match_donor for cmp_donor. */
struct cand {
	struct core_match m;
	const void *rec;
};

static int
cmp_need(const void *pa, const void *pb)
{
	const struct cand *a = pa, *b = pb;
	const struct core_match_need *x = a->rec, *y = b->rec;
	int rx = core_match_need_ranked(x), ry = core_match_need_ranked(y);

	if (rx != ry)		/* the ranked needs first, by their score */
		return rx ? -1 : 1;
	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	if (a->m.fit != b->m.fit)
		return a->m.fit > b->m.fit ? -1 : 1;
	if (x->identified_on != y->identified_on)
		return x->identified_on < y->identified_on ? -1 : 1;
	if (a->m.index != b->m.index) {
		int c = core_rank_id_cmp(x->id, y->id);

		return c ? c : (a->m.index < b->m.index ? -1 : 1);
	}
	return 0;
}

static int
cmp_donor(const void *pa, const void *pb)
{
	const struct cand *a = pa, *b = pb;
	const struct core_match_donor *d = a->rec, *e = b->rec;

	if (a->m.fit != b->m.fit)
		return a->m.fit > b->m.fit ? -1 : 1;
	if (d->pledges != e->pledges)
		return d->pledges > e->pledges ? -1 : 1;
	if (a->m.index != b->m.index) {
		int c = core_rank_id_cmp(d->id, e->id);

		return c ? c : (a->m.index < b->m.index ? -1 : 1);
	}
	return 0;
}

static int
interested(unsigned mask, int category)
{
	return category >= 0 && category < CORE_NPTYPES && (mask >> category) & 1u;
}

/* Puts the k matches of out in cmp's order; base and size are the array
 * the matches index (needs or donors). */
static int
sort_matches(struct core_match *out, size_t k, const void *base, size_t size,
    int (*cmp)(const void *, const void *))
{
	struct cand *c;
	size_t i;

	if (k < 2)
		return 0;
	c = malloc(k * sizeof *c);
	if (!c)
		return CORE_ENOMEM;
	for (i = 0; i < k; i++) {
		c[i].m = out[i];
		c[i].rec = (const char *)base + out[i].index * size;
	}
	qsort(c, k, sizeof *c, cmp);
	for (i = 0; i < k; i++)
		out[i] = c[i].m;
	free(c);
	return 0;
}

int
core_match_needs(const struct core_match_donor *d,
    const struct core_match_need *needs, size_t n,
    struct core_match *out, size_t *nout)
{
	size_t i, k = 0;

	if (!d || !nout || (n > 0 && (!needs || !out)))
		return CORE_EINVAL;
	*nout = 0;
	if (!d->active || n == 0)
		return 0;
	for (i = 0; i < n; i++) {
		const struct core_match_need *x = &needs[i];

		if (strcmp(x->county, d->county) == 0 &&
		    interested(d->interests, x->category) &&
		    core_match_need_closed(x) == CORE_MATCH_OPEN &&
		    !core_match_pledged_skip(d, x)) {
			out[k].index = i;
			out[k].fit = core_match_pair_fit(d, x);
			k++;
		}
	}
	if (sort_matches(out, k, needs, sizeof *needs, cmp_need) != 0)
		return CORE_ENOMEM;
	*nout = k;
	return 0;
}

int
core_match_donors(const struct core_match_need *x,
    const struct core_match_donor *donors, size_t n,
    struct core_match *out, size_t *nout)
{
	size_t i, k = 0;

	if (!x || !nout || (n > 0 && (!donors || !out)))
		return CORE_EINVAL;
	*nout = 0;
	for (i = 0; i < n; i++) {
		const struct core_match_donor *d = &donors[i];

		if (d->active && strcmp(d->county, x->county) == 0 &&
		    interested(d->interests, x->category) &&
		    !core_match_pledged_skip(d, x)) {
			out[k].index = i;
			out[k].fit = core_match_pair_fit(d, x);
			k++;
		}
	}
	if (sort_matches(out, k, donors, sizeof *donors, cmp_donor) != 0)
		return CORE_ENOMEM;
	*nout = k;
	return 0;
}

/* One active donor's county and interests, for the interest counts. */
struct dkey {
	const char *county;
	unsigned interests;
};

static int
cmp_dkey(const void *pa, const void *pb)
{
	const struct dkey *a = pa, *b = pb;

	return strcmp(a->county, b->county);
}

int
core_match_interest_counts(const struct core_match_need *needs, size_t nn,
    const struct core_match_donor *donors, size_t nd, uint32_t *counts)
{
	/* Per county, donors interested in each category: a run of equal
	 * counties in the sorted keys, summed once per run. */
	struct run {
		const char *county;
		uint32_t per[CORE_NPTYPES];
	} *runs = NULL;
	struct dkey *keys = NULL;
	size_t i, k = 0, nr = 0;

	if ((nn > 0 && (!needs || !counts)) || (nd > 0 && !donors))
		return CORE_EINVAL;
	if (nn == 0)
		return 0;
	if (nd > 0) {
		keys = malloc(nd * sizeof *keys);
		runs = malloc(nd * sizeof *runs);
		if (!keys || !runs) {
			free(keys);
			free(runs);
			return CORE_ENOMEM;
		}
	}
	for (i = 0; i < nd; i++)
		if (donors[i].active) {
			keys[k].county = donors[i].county;
			keys[k].interests = donors[i].interests;
			k++;
		}
	if (k > 1)
		qsort(keys, k, sizeof *keys, cmp_dkey);
	for (i = 0; i < k; i++) {
		int t;

		if (nr == 0 || strcmp(runs[nr - 1].county, keys[i].county) != 0) {
			runs[nr].county = keys[i].county;
			memset(runs[nr].per, 0, sizeof runs[nr].per);
			nr++;
		}
		for (t = 0; t < CORE_NPTYPES; t++)
			if ((keys[i].interests >> t) & 1u)
				runs[nr - 1].per[t]++;
	}
	for (i = 0; i < nn; i++) {
		size_t lo = 0, hi = nr;

		counts[i] = 0;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			int c = strcmp(runs[mid].county, needs[i].county);

			if (c == 0) {
				if (needs[i].category >= 0 && needs[i].category < CORE_NPTYPES)
					counts[i] = runs[mid].per[needs[i].category];
				break;
			}
			if (c < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
	}
	free(keys);
	free(runs);
	return 0;
}
