/*
 * core/rank.c — TOPSIS and SAW scores of needs, their per-criterion
 * explanation, and the deterministic order (SPEC §8).
 *
 * Both methods make two passes over the items: one for column statistics
 * (TOPSIS: the Euclidean norm of each criterion and the ideal/anti-ideal;
 * SAW: each criterion's minimum and maximum), one to score each item into
 * the caller's result array.  The array is then sorted in place by an
 * introsort that takes the items as context (qsort has none), so ranking
 * allocates nothing and costs O(n log n).
 *
 * TOPSIS after Hwang & Yoon, "Multiple Attribute Decision Making", Springer
 * 1981: r_ik = x_ik / sqrt(sum_i x_ik^2), v_ik = w_k r_ik, v+_k / v-_k the
 * best / worst v_ik by the criterion's direction, S+ and S- the Euclidean
 * distances to them, C = S- / (S+ + S-).  The explanation splits C exactly:
 * S- = sum_k d-_k^2 / S-, so C = sum_k (d-_k^2 / S-) / (S+ + S-); each term is
 * the criterion's share of the item's distance from the anti-ideal.
 *
 * SAW: r_ik = (x_ik - min_k) / (max_k - min_k) for benefit criteria,
 * (max_k - x_ik) / (max_k - min_k) for cost; a constant column gives 1.
 * The score is sum_k w_k r_ik and the explanation is its terms.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "core/rank.h"
#include "locale/catalog.h"

const char *const core_crit_names[CORE_NCRIT] = {
	"urgency", "impact", "population", "gap", "waiting", "interest"
};

const char *const core_crit_labels[CORE_NCRIT] = {
	N_("Urgency"), N_("Impact"), N_("Population"), N_("Gap"), N_("Waiting"), N_("Interest")
};

const int core_crit_benefit[CORE_NCRIT] = { 1, 1, 1, 0, 1, 1 };

const double core_rank_default_matrix[CORE_NCRIT * CORE_NCRIT] = {
	1,       1,       3,       3,       5, 5,
	1,       1,       3,       3,       5, 5,
	1.0 / 3, 1.0 / 3, 1,       1,       2, 2,
	1.0 / 3, 1.0 / 3, 1,       1,       2, 2,
	1.0 / 5, 1.0 / 5, 1.0 / 2, 1.0 / 2, 1, 1,
	1.0 / 5, 1.0 / 5, 1.0 / 2, 1.0 / 2, 1, 1,
};

int
core_crit_from_name(const char *name)
{
	int k;

	for (k = 0; name && k < CORE_NCRIT; k++)
		if (strcmp(name, core_crit_names[k]) == 0)
			return k;
	return -1;
}

void
core_weights_default(struct core_weights *w)
{
	struct core_ahp_result r;
	int k;

	/* The default matrix is valid and consistent (tests/core/test_rank.c
	 * checks), so core_ahp fills r.w. */
	core_ahp(core_rank_default_matrix, CORE_NCRIT, &r);
	for (k = 0; k < CORE_NCRIT; k++)
		w->w[k] = r.w[k];
}

int
core_rank_method_from_name(const char *name)
{
	if (name && strcmp(name, "topsis") == 0)
		return CORE_RANK_TOPSIS;
	if (name && strcmp(name, "saw") == 0)
		return CORE_RANK_SAW;
	return -1;
}

const char *
core_rank_method_name(enum core_rank_method m)
{
	return m == CORE_RANK_SAW ? "saw" : "topsis";
}

int
core_rank_eligible(int status, int64_t gap)
{
	return (status == CORE_NEED_IDENTIFIED || status == CORE_NEED_ASSESSED ||
	    status == CORE_NEED_APPROVED) && gap > 0;
}

double
core_rank_waiting(int32_t identified_on, int32_t today)
{
	int64_t d = (int64_t)today - identified_on;

	return d > 0 ? (double)d : 0;
}

/* Splits "STATION-N" at its last '-'.  Returns 0, or -1 if malformed. */
static int
id_split(const char *id, size_t *stlen, uint64_t *seq)
{
	const char *dash = strrchr(id, '-');
	const char *p;
	uint64_t v = 0;

	if (!dash || dash == id || !dash[1])
		return -1;
	for (p = dash + 1; *p; p++) {
		if (*p < '0' || *p > '9' || v > (UINT64_MAX - 9) / 10)
			return -1;
		v = v * 10 + (uint64_t)(*p - '0');
	}
	*stlen = (size_t)(dash - id);
	*seq = v;
	return 0;
}

int
core_rank_id_cmp(const char *a, const char *b)
{
	size_t la, lb;
	uint64_t sa, sb;
	int pa = id_split(a, &la, &sa) == 0;
	int pb = id_split(b, &lb, &sb) == 0;

	if (pa && pb) {
		int c = memcmp(a, b, la < lb ? la : lb);

		if (c)
			return c;
		if (la != lb)
			return la < lb ? -1 : 1;
		if (sa != sb)
			return sa < sb ? -1 : 1;
	} else if (pa != pb)
		return pa ? -1 : 1;
	return strcmp(a, b);	/* "TBZ-07" vs "TBZ-7": still a total order */
}

/* ---- the order ------------------------------------------------------- */

/* Scores are rounded to 12 decimal places before they are compared (and
 * reported).  Two needs that tie exactly on paper (criteria swapped between
 * two equally weighted columns) can get scores one unit in the last place
 * apart, by the order of the additions: unrounded, float noise rather than
 * identified_on and id would decide between them, and could decide
 * differently on another machine.  Scores lie in [0, 1], so s * 1e12 is
 * exact enough and far below 2^53. */
static double
tie_round(double s)
{
	return nearbyint(s * 1e12) / 1e12;
}

/* Returns <0 if x ranks before y. */
static int
result_cmp(const struct core_rank_result *x, const struct core_rank_result *y,
    const struct core_rank_item *items)
{
	const struct core_rank_item *a = &items[x->item], *b = &items[y->item];
	int c;

	if (x->score != y->score)
		return x->score > y->score ? -1 : 1;
	if (a->identified_on != b->identified_on)
		return a->identified_on < b->identified_on ? -1 : 1;
	if (x->item == y->item)
		return 0;
	c = core_rank_id_cmp(a->id, b->id);
	if (c != 0)
		return c;
	/* The same id twice (a caller's mistake): the caller's order, so the
	 * order is still total whatever path the sort takes. */
	return x->item < y->item ? -1 : 1;
}

int
core_rank_tie(const struct core_rank_item *items, const struct core_rank_result *a,
    const struct core_rank_result *b)
{
	/* The scores as result_cmp compared them (tie_round'ed by core_rank). */
	if (a->score != b->score)
		return CORE_RANK_TIE_NONE;
	if (items[a->item].identified_on != items[b->item].identified_on)
		return CORE_RANK_TIE_OLDER;
	return CORE_RANK_TIE_ID;
}

static void
swap(struct core_rank_result *a, struct core_rank_result *b)
{
	struct core_rank_result t = *a;

	*a = *b;
	*b = t;
}

static void
insertion_sort(struct core_rank_result *r, size_t n, const struct core_rank_item *items)
{
	size_t i, j;

	for (i = 1; i < n; i++) {
		struct core_rank_result t = r[i];

		for (j = i; j > 0 && result_cmp(&t, &r[j - 1], items) < 0; j--)
			r[j] = r[j - 1];
		r[j] = t;
	}
}

static void
sift_down(struct core_rank_result *r, size_t root, size_t n, const struct core_rank_item *items)
{
	for (;;) {
		size_t child = 2 * root + 1;

		if (child >= n)
			return;
		if (child + 1 < n && result_cmp(&r[child], &r[child + 1], items) < 0)
			child++;
		if (result_cmp(&r[root], &r[child], items) >= 0)
			return;
		swap(&r[root], &r[child]);
		root = child;
	}
}

static void
heap_sort(struct core_rank_result *r, size_t n, const struct core_rank_item *items)
{
	size_t i;

	for (i = n / 2; i-- > 0;)
		sift_down(r, i, n, items);
	for (i = n; i-- > 1;) {
		swap(&r[0], &r[i]);
		sift_down(r, 0, i, items);
	}
}

/* Introsort: quicksort with a median-of-three pivot, heapsort past a depth
 * limit (no quadratic worst case), insertion sort for short runs. */
static void
intro_sort(struct core_rank_result *r, size_t n, int depth, const struct core_rank_item *items)
{
	while (n > 16) {
		size_t mid = n / 2, i, j;
		struct core_rank_result pivot;

		if (depth-- == 0) {
			heap_sort(r, n, items);
			return;
		}
		if (result_cmp(&r[mid], &r[0], items) < 0)
			swap(&r[mid], &r[0]);
		if (result_cmp(&r[n - 1], &r[0], items) < 0)
			swap(&r[n - 1], &r[0]);
		if (result_cmp(&r[n - 1], &r[mid], items) < 0)
			swap(&r[n - 1], &r[mid]);
		pivot = r[mid];
		/* Hoare partition; r[0] <= pivot <= r[n-1] act as sentinels. */
		i = 0;
		j = n - 1;
		for (;;) {
			while (result_cmp(&r[i], &pivot, items) < 0)
				i++;
			while (result_cmp(&pivot, &r[j], items) < 0)
				j--;
			if (i >= j)
				break;
			swap(&r[i], &r[j]);
			i++;
			j--;
		}
		/* [0, j] <= pivot <= [j+1, n); recurse on the smaller side. */
		if (j + 1 < n - j - 1) {
			intro_sort(r, j + 1, depth, items);
			r += j + 1;
			n -= j + 1;
		} else {
			intro_sort(r + j + 1, n - j - 1, depth, items);
			n = j + 1;
		}
	}
	insertion_sort(r, n, items);
}

/* ---- unknown values -------------------------------------------------- */

static int
dbl_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return x < y ? -1 : x > y;
}

int
core_rank_fill_missing(struct core_rank_item *items, size_t n, double fill[CORE_NCRIT])
{
	double *v, med[CORE_NCRIT];
	size_t i, m;
	int k;

	if (n > 0 && !items)
		return CORE_EINVAL;
	if ((v = malloc((n + 1) * sizeof *v)) == NULL)
		return CORE_ENOMEM;
	for (k = 0; k < CORE_NCRIT; k++) {
		for (i = m = 0; i < n; i++)
			if (!items[i].missing[k])
				v[m++] = items[i].crit[k];
		med[k] = 0;
		if (m > 0) {
			qsort(v, m, sizeof *v, dbl_cmp);
			/* halves first: two values near DBL_MAX do not
			 * overflow their sum */
			med[k] = m % 2 ? v[m / 2] : v[m / 2 - 1] / 2 + v[m / 2] / 2;
		}
	}
	free(v);
	for (i = 0; i < n; i++)
		for (k = 0; k < CORE_NCRIT; k++)
			if (items[i].missing[k])
				items[i].crit[k] = med[k];
	if (fill)
		for (k = 0; k < CORE_NCRIT; k++)
			fill[k] = med[k];
	return 0;
}

/* ---- scoring --------------------------------------------------------- */

int
core_rank_norm_init(const struct core_rank_item *items, size_t n,
    enum core_rank_method m, struct core_rank_norm *c)
{
	size_t i;
	int k;

	if ((m != CORE_RANK_TOPSIS && m != CORE_RANK_SAW) || (n > 0 && !items))
		return CORE_EINVAL;
	memset(c, 0, sizeof *c);
	c->method = m;
	for (k = 0; k < CORE_NCRIT && n > 0; k++) {
		double mn = items[0].crit[k], mx = items[0].crit[k], ss = 0;

		for (i = 0; i < n; i++) {
			double x = items[i].crit[k];

			ss += x * x;
			if (x < mn)
				mn = x;
			if (x > mx)
				mx = x;
		}
		if (m == CORE_RANK_SAW) {
			/* Cost criteria run from max down: r = (max - x) / span. */
			c->lo[k] = core_crit_benefit[k] ? mn : mx;
			c->span[k] = core_crit_benefit[k] ? mx - mn : mn - mx;
		} else
			c->span[k] = sqrt(ss);
	}
	return 0;
}

void
core_rank_normalised(const struct core_rank_norm *c, const struct core_rank_item *it,
    double r[CORE_NCRIT])
{
	int k;

	for (k = 0; k < CORE_NCRIT; k++) {
		if (c->span[k] != 0)
			r[k] = (it->crit[k] - c->lo[k]) / c->span[k];
		else
			r[k] = c->method == CORE_RANK_SAW ? 1 : 0;
		/* a cost column's span is negative under SAW: its largest
		 * value gives 0 / negative = -0, which printf shows as
		 * "-0.0000"; adding +0 makes every zero a plain one */
		r[k] += 0.0;
	}
}

static void
score_saw(const struct core_rank_item *items, size_t n, const double *w,
    struct core_rank_result *out)
{
	struct core_rank_norm c;
	size_t i;
	int k;

	/* the explanation's normalised values are these (one function) */
	core_rank_norm_init(items, n, CORE_RANK_SAW, &c);
	for (i = 0; i < n; i++) {
		double s = 0, r[CORE_NCRIT];

		core_rank_normalised(&c, &items[i], r);
		for (k = 0; k < CORE_NCRIT; k++) {
			out[i].contribution[k] = w[k] * r[k];
			s += out[i].contribution[k];
		}
		out[i].item = i;
		out[i].dist_best = out[i].dist_worst = 0;
		out[i].score = s;
	}
}

static void
score_topsis(const struct core_rank_item *items, size_t n, const double *w,
    struct core_rank_result *out)
{
	double f[CORE_NCRIT], best[CORE_NCRIT], worst[CORE_NCRIT];
	size_t i;
	int k;

	/* f_k = w_k / ||x_k||, so v_ik = f_k x_ik. */
	for (k = 0; k < CORE_NCRIT; k++) {
		double ss = 0, mn = items[0].crit[k], mx = items[0].crit[k];

		for (i = 0; i < n; i++) {
			double x = items[i].crit[k];

			ss += x * x;
			if (x < mn)
				mn = x;
			if (x > mx)
				mx = x;
		}
		f[k] = ss > 0 ? w[k] / sqrt(ss) : 0;
		best[k] = f[k] * (core_crit_benefit[k] ? mx : mn);
		worst[k] = f[k] * (core_crit_benefit[k] ? mn : mx);
	}
	for (i = 0; i < n; i++) {
		double dp2[CORE_NCRIT], dm2[CORE_NCRIT], sp = 0, sm = 0, c, t;

		for (k = 0; k < CORE_NCRIT; k++) {
			double v = f[k] * items[i].crit[k];

			dp2[k] = (v - best[k]) * (v - best[k]);
			dm2[k] = (v - worst[k]) * (v - worst[k]);
			sp += dp2[k];
			sm += dm2[k];
		}
		sp = sqrt(sp);
		sm = sqrt(sm);
		out[i].item = i;
		out[i].dist_best = sp;
		out[i].dist_worst = sm;
		if (sp + sm == 0) {
			/* Every item ties in every criterion: all are ideal. */
			out[i].score = 1;
			for (k = 0; k < CORE_NCRIT; k++)
				out[i].contribution[k] = w[k];
			continue;
		}
		c = sm / (sp + sm);
		out[i].score = c;
		t = sm > 0 ? 1 / (sm * (sp + sm)) : 0;
		for (k = 0; k < CORE_NCRIT; k++)
			out[i].contribution[k] = dm2[k] * t;
	}
}

int
core_weights_check(const struct core_weights *w)
{
	double sum = 0;
	int k;

	for (k = 0; k < CORE_NCRIT; k++) {
		if (!isfinite(w->w[k]) || w->w[k] < 0)
			return k;
		sum += w->w[k];
	}
	return sum > 0 && isfinite(sum) ? -1 : CORE_NCRIT;
}

int
core_rank(const struct core_rank_item *items, size_t n,
    const struct core_weights *wt, enum core_rank_method m,
    struct core_rank_result *out)
{
	double w[CORE_NCRIT], sum = 0;
	size_t i;
	int k, depth;

	if (!wt || (m != CORE_RANK_TOPSIS && m != CORE_RANK_SAW) || core_weights_check(wt) >= 0)
		return CORE_EINVAL;
	for (k = 0; k < CORE_NCRIT; k++)
		sum += wt->w[k];
	if (n == 0)
		return 0;
	if (!items || !out)
		return CORE_EINVAL;
	for (i = 0; i < n; i++)
		for (k = 0; k < CORE_NCRIT; k++)
			if (!isfinite(items[i].crit[k]))
				return CORE_EINVAL;
	for (k = 0; k < CORE_NCRIT; k++)
		w[k] = wt->w[k] / sum;

	if (m == CORE_RANK_SAW)
		score_saw(items, n, w, out);
	else
		score_topsis(items, n, w, out);
	for (i = 0; i < n; i++) {
		/* Finite values near DBL_MAX can still overflow a column's
		 * range (inf / inf): refuse rather than sort NaNs. */
		if (!isfinite(out[i].score))
			return CORE_EINVAL;
		out[i].score = tie_round(out[i].score);
	}

	for (depth = 0, i = n; i > 1; i >>= 1)
		depth += 2;
	intro_sort(out, n, depth, items);
	for (i = 0; i < n; i++)
		out[i].rank = i + 1;
	return 0;
}

void
core_rank_explain_round(const struct core_rank_result *r, int places,
    double *score, double part[CORE_NCRIT])
{
	double scale = 1, frac[CORE_NCRIT];
	int64_t units[CORE_NCRIT], total, sum = 0;
	int k, p;

	if (places < 0)
		places = 0;
	if (places > 9)
		places = 9;
	for (p = 0; p < places; p++)
		scale *= 10;
	total = (int64_t)llround(r->score * scale);
	for (k = 0; k < CORE_NCRIT; k++) {
		double x = r->contribution[k] > 0 ? r->contribution[k] * scale : 0;

		units[k] = (int64_t)floor(x);
		frac[k] = x - (double)units[k];
		sum += units[k];
	}
	/* Hand out the missing units (or take back the extra ones, which only
	 * float noise can make) one at a time: at most a few of each. */
	while (sum != total) {
		int best = -1;

		for (k = 0; k < CORE_NCRIT; k++) {
			if (sum > total && units[k] == 0)
				continue;
			if (best < 0 || (sum < total ? frac[k] > frac[best] : frac[k] < frac[best]))
				best = k;
		}
		if (best < 0)
			break;
		if (sum < total) {
			units[best]++;
			sum++;
			frac[best] -= 1;
		} else {
			units[best]--;
			sum--;
			frac[best] += 1;
		}
	}
	*score = (double)total / scale;
	for (k = 0; k < CORE_NCRIT; k++)
		part[k] = (double)units[k] / scale;
}
