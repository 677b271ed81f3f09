/*
 * core/ahp.c — the Analytic Hierarchy Process: weights and consistency of a
 * pairwise-comparison matrix, and the parser of a matrix row typed by a user.
 *
 * Method (T. L. Saaty, "The Analytic Hierarchy Process", McGraw-Hill 1980):
 * the priority vector is the principal right eigenvector of the positive
 * reciprocal matrix A.  By Perron-Frobenius it is the limit of A^k e, so we
 * use power iteration, renormalising to sum 1 each step, until no component
 * moves more than 1e-13 (a positive matrix converges geometrically; for a
 * consistent matrix in one step).  lambda_max is the mean of (A w)_i / w_i,
 * exact at the fixed point.  CI = (lambda_max - n) / (n - 1), CR = CI / RI(n)
 * with Saaty's random indexes (SPEC §8).
 *
 * The pair that "most breaks consistency": for a consistent matrix
 * a_ij = w_i / w_j, so e_ij = a_ij * w_j / w_i is 1 everywhere.  The entry
 * whose e_ij is furthest from 1 in ratio (largest |ln e_ij|) is the judgement
 * the derived weights disagree with most; revising it moves CR the most in
 * practice.  Ties go to the first in row-major order.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "core/rank.h"
#include "locale/digits.h"

#define RECIP_TOL 2e-3		/* a_ij * a_ji within 0.2% of 1 */
#define SCALE_TOL 2e-3
#define POWER_EPS 1e-13
#define POWER_MAX 10000

/* Saaty's random consistency indexes for n = 1..10 (SPEC §8). */
static const double random_index[CORE_AHP_MAX + 1] = {
	0, 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49
};

static void
set_fault(enum core_ahp_fault *fault, int *fi, int *fj, enum core_ahp_fault f, int i, int j)
{
	if (fault)
		*fault = f;
	if (fi)
		*fi = i;
	if (fj)
		*fj = j;
}

int
core_ahp_check(const double *a, int n, enum core_ahp_fault *fault, int *fi, int *fj)
{
	int i, j;

	set_fault(fault, fi, fj, CORE_AHP_OK, -1, -1);
	if (!a || n < 1 || n > CORE_AHP_MAX) {
		set_fault(fault, fi, fj, CORE_AHP_SIZE, -1, -1);
		return CORE_EINVAL;
	}
	/* Per-entry faults first, row-major, so the first bad entry is named. */
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++) {
			double x = a[i * n + j];
			enum core_ahp_fault f = CORE_AHP_OK;

			if (!isfinite(x))
				f = CORE_AHP_NOTFINITE;
			else if (x <= 0)
				f = CORE_AHP_NONPOSITIVE;
			else if (x < (1.0 / 9) * (1 - SCALE_TOL) || x > 9 * (1 + SCALE_TOL))
				f = CORE_AHP_SCALE;
			else if (i == j && fabs(x - 1) > 1e-9)
				f = CORE_AHP_DIAGONAL;
			if (f != CORE_AHP_OK) {
				set_fault(fault, fi, fj, f, i, j);
				return CORE_EINVAL;
			}
		}
	/* Reciprocity: named at the lower-triangle entry, which is the one
	 * that disagrees with a judgement already read above it. */
	for (i = 0; i < n; i++)
		for (j = 0; j < i; j++)
			if (fabs(a[i * n + j] * a[j * n + i] - 1) > RECIP_TOL) {
				set_fault(fault, fi, fj, CORE_AHP_RECIPROCAL, i, j);
				return CORE_EINVAL;
			}
	return 0;
}

int
core_ahp(const double *a, int n, struct core_ahp_result *out)
{
	double m[CORE_AHP_MAX * CORE_AHP_MAX], w[CORE_AHP_MAX], aw[CORE_AHP_MAX];
	double worst = -1, lambda = 0, sum;
	int i, j, it, rc;

	memset(out, 0, sizeof *out);
	out->worst_i = out->worst_j = -1;
	rc = core_ahp_check(a, n, &out->fault, &out->fault_i, &out->fault_j);
	if (rc)
		return rc;
	out->n = n;
	/* The upper triangle holds the judgements; the lower one, checked
	 * above to within RECIP_TOL, is taken as their exact reciprocals, so
	 * that a typed 0.333 for 1/3 cannot pull lambda_max below n. */
	for (i = 0; i < n; i++)
		for (j = 0; j < n; j++)
			m[i * n + j] = i == j ? 1 : i < j ? a[i * n + j] : 1 / a[j * n + i];
	a = m;

	for (i = 0; i < n; i++)
		w[i] = 1.0 / n;
	for (it = 1; it <= POWER_MAX; it++) {
		double delta = 0;

		sum = 0;
		for (i = 0; i < n; i++) {
			aw[i] = 0;
			for (j = 0; j < n; j++)
				aw[i] += a[i * n + j] * w[j];
			sum += aw[i];
		}
		for (i = 0; i < n; i++) {
			double x = aw[i] / sum;

			if (fabs(x - w[i]) > delta)
				delta = fabs(x - w[i]);
			w[i] = x;
		}
		if (delta < POWER_EPS)
			break;
	}
	out->iterations = it > POWER_MAX ? POWER_MAX : it;

	for (i = 0; i < n; i++) {
		out->w[i] = w[i];
		aw[i] = 0;
		for (j = 0; j < n; j++)
			aw[i] += a[i * n + j] * w[j];
		lambda += aw[i] / w[i];
	}
	out->lambda_max = lambda / n;
	/* Rounding can leave lambda_max a hair below n for a consistent
	 * matrix; CI is never negative in exact arithmetic. */
	out->ci = n > 1 ? (out->lambda_max - n) / (n - 1) : 0;
	if (out->ci < 0 && out->ci > -1e-9)
		out->ci = 0;
	out->cr = random_index[n] > 0 ? out->ci / random_index[n] : 0;

	for (i = 0; i < n; i++)
		for (j = i + 1; j < n; j++) {
			double e = fabs(log(a[i * n + j] * w[j] / w[i]));

			if (e > worst) {
				worst = e;
				out->worst_i = i;
				out->worst_j = j;
			}
		}
	if (out->cr > CORE_AHP_CR_MAX)
		return CORE_ECONSIST;
	out->worst_i = out->worst_j = -1;
	return 0;
}

/* Saaty's scale as an index -8..8 (1/9 .. 1/2, 1, 2 .. 9) and back. */
static double
scale_at(int idx)
{
	return idx >= 0 ? idx + 1 : 1.0 / (1 - idx);
}

static int
scale_nearest(double x)
{
	int idx, best = 0;

	for (idx = -8; idx <= 8; idx++)
		if (fabs(log(scale_at(idx) / x)) < fabs(log(scale_at(best) / x)))
			best = idx;
	return best;
}

double
core_ahp_implied(const double *a, int n, int i, int j)
{
	double given = a[i * n + j], lsum = 0, x;
	int idx, k;

	if (n < 3)
		return given;
	for (k = 0; k < n; k++)
		if (k != i && k != j)
			lsum += log(a[i * n + k] * a[k * n + j]);
	x = exp(lsum / (n - 2));
	idx = scale_nearest(x);
	/* (the mean is a product of logs and exp: equal to a_ij within
	 * rounding counts as equal) */
	if (idx == scale_nearest(given) && fabs(log(x / given)) > 1e-9) {
		if (x > given && idx < 8)
			idx++;
		else if (x < given && idx > -8)
			idx--;
	}
	return scale_at(idx);
}

/* ---- parsing --------------------------------------------------------- */

/* Decodes one UTF-8 character at s into *cp; returns its length, or 0 for
 * an invalid sequence (or NUL). */
static size_t
utf8_next(const char *s, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t len, k;
	uint32_t c;

	if (u[0] < 0x80) {
		*cp = u[0];
		return u[0] ? 1 : 0;
	}
	if ((u[0] & 0xe0) == 0xc0) {
		len = 2;
		c = u[0] & 0x1f;
	} else if ((u[0] & 0xf0) == 0xe0) {
		len = 3;
		c = u[0] & 0x0f;
	} else if ((u[0] & 0xf8) == 0xf0) {
		len = 4;
		c = u[0] & 0x07;
	} else
		return 0;
	for (k = 1; k < len; k++) {
		if ((u[k] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (u[k] & 0x3f);
	}
	*cp = c;
	return len;
}

static int
is_point(uint32_t cp)
{
	return cp == '.' || cp == 0x066B;	/* ARABIC DECIMAL SEPARATOR */
}

static int
is_bar(uint32_t cp)
{
	return cp == '/' || cp == 0x2044;	/* FRACTION SLASH */
}

/* Parses a decimal number at *s (digits of any set, one optional point),
 * advancing *s.  Returns 0, or -1 if there is no digit. */
static int
parse_decimal(const char **s, double *out)
{
	double v = 0, scale = 1;
	int digits = 0, point = 0;
	uint32_t cp;
	size_t len;

	while ((len = utf8_next(*s, &cp)) > 0) {
		int d = loc_digit_value(cp);

		if (d >= 0) {
			if (point) {
				scale /= 10;
				v += d * scale;
			} else
				v = v * 10 + d;
			digits++;
		} else if (is_point(cp) && !point)
			point = 1;
		else
			break;
		*s += len;
	}
	if (!digits)
		return -1;
	*out = v;
	return 0;
}

int
core_ahp_parse_entry(const char *s, double *out)
{
	double num, den;
	uint32_t cp;
	size_t len;

	if (!s || parse_decimal(&s, &num))
		return CORE_EINVAL;
	len = utf8_next(s, &cp);
	if (len && is_bar(cp)) {
		s += len;
		if (parse_decimal(&s, &den) || den == 0)
			return CORE_EINVAL;
		num /= den;
	}
	if (*s)
		return CORE_EINVAL;
	*out = num;
	return 0;
}

int
core_ahp_parse_row(const char *line, double *row, int max, int *count, int *bad)
{
	char tok[64];
	int k = 0;

	*count = 0;
	*bad = 0;
	for (;;) {
		size_t len;

		while (*line == ' ' || *line == '\t' || *line == '\r' || *line == '\n')
			line++;
		if (!*line)
			break;
		len = strcspn(line, " \t\r\n");
		if (k >= max) {
			*bad = max + 1;
			return CORE_ERANGE;
		}
		if (len >= sizeof tok) {
			*bad = k + 1;
			return CORE_EINVAL;
		}
		memcpy(tok, line, len);
		tok[len] = '\0';
		if (core_ahp_parse_entry(tok, &row[k])) {
			*bad = k + 1;
			return CORE_EINVAL;
		}
		k++;
		line += len;
	}
	*count = k;
	return 0;
}
