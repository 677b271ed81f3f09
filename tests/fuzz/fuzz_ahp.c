/* Fuzz target: the AHP matrix-row parser and core_ahp on what it parses
 * (the path of `hamyar ahp`).  Invariants: parsed entries are finite and
 * non-negative; a matrix core_ahp accepts (or refuses only as inconsistent)
 * has positive weights summing to 1, lambda_max >= n - rounding, and a worst
 * pair exactly when refused, whose implied judgement (core_ahp_implied) is
 * a value of Saaty's scale. */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/rank.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	double a[CORE_AHP_MAX * CORE_AHP_MAX], row[CORE_AHP_MAX];
	struct core_ahp_result r;
	char *s = malloc(size + 1), *line, *next;
	int n = -1, rows = 0, count, bad, i, rc;

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	for (line = s; line; line = next) {
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		if (core_ahp_parse_row(line, row, CORE_AHP_MAX, &count, &bad) != 0) {
			if (bad < 1 || bad > CORE_AHP_MAX + 1)
				abort();
			goto out;
		}
		for (i = 0; i < count; i++)
			if (!isfinite(row[i]) || row[i] < 0)
				abort();
		if (count == 0)
			continue;
		if (n < 0)
			n = count;
		if (count != n || rows >= n)
			goto out;
		memcpy(&a[rows * n], row, (size_t)n * sizeof *row);
		rows++;
	}
	if (n < 1 || rows != n)
		goto out;
	rc = core_ahp(a, n, &r);
	if (rc == 0 || rc == CORE_ECONSIST) {
		double sum = 0;

		for (i = 0; i < n; i++) {
			if (!(r.w[i] > 0))
				abort();
			sum += r.w[i];
		}
		if (fabs(sum - 1) > 1e-9 || r.lambda_max < n - 1e-6 || r.ci < 0)
			abort();
		if ((rc == CORE_ECONSIST) != (r.worst_i >= 0) || (rc == CORE_ECONSIST && !(r.cr > 0.10)))
			abort();
		/* what the message says to change the worst pair to: a value
		 * of Saaty's scale (1/9 .. 9) */
		if (rc == CORE_ECONSIST) {
			double v = core_ahp_implied(a, n, r.worst_i, r.worst_j);
			double k = v >= 1 ? v : 1 / v;

			if (!(k >= 1 && k <= 9 && fabs(k - nearbyint(k)) < 1e-9))
				abort();
		}
	} else if (rc != CORE_EINVAL || r.fault == CORE_AHP_OK)
		abort();
out:
	free(s);
	return 0;
}
