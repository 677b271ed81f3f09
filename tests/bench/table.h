/*
 * tests/bench/table.h — one row of the summary table of `make bench`.
 *
 * Every benchmark prints its figures in its own words; the figures that
 * have a target (or that issue 9 names) are also printed as one
 * machine-readable line
 *
 *     TABLE|figure|measured|target|met or missed (gap ...)
 *
 * which tests/bench/run.sh takes out of the normal output and gathers into
 * one table at the end.  tests/bench/table.inc is the same for the shell
 * benchmarks.  Included by the bench_*.c programs only (static: one copy per
 * program).
 */
#ifndef HAMYAR_BENCH_TABLE_H
#define HAMYAR_BENCH_TABLE_H

#include <math.h>
#include <stdio.h>
#include <string.h>

/* A number as the table shows it: whole if whole or above 100, else 3
 * digits. */
static const char *
table_num(double v, char *buf, size_t size)
{
	if (fabs(v) >= 100 || v == floor(v))
		snprintf(buf, size, "%.0f", v);
	else if (fabs(v) >= 10)
		snprintf(buf, size, "%.1f", v);
	else
		snprintf(buf, size, "%.3g", v);
	return buf;
}

/*
 * Prints the TABLE line of a figure: VALUE in UNIT, then NOTE (NULL or
 * "": nothing) in the measured column; the target is OP ("<", "<=", ">",
 * ">=") TARGET, shown as TARGET_TEXT (NULL: "OP TARGET UNIT").  The
 * verdict is "met", or "missed (gap G UNIT; R x the target)".
 */
static void
table_line(const char *figure, double value, const char *unit, const char *note,
    const char *op, double target, const char *target_text)
{
	char v[32], t[32], g[32], r[32], tt[96];
	int met;

	table_num(value, v, sizeof v);
	table_num(target, t, sizeof t);
	if (target_text == NULL) {
		snprintf(tt, sizeof tt, "%s %s %s", op, t, unit);
		target_text = tt;
	}
	if (strcmp(op, "<") == 0)
		met = value < target;
	else if (strcmp(op, "<=") == 0)
		met = value <= target;
	else if (strcmp(op, ">") == 0)
		met = value > target;
	else
		met = value >= target;
	printf("TABLE|%s|%s %s%s%s|%s|", figure, v, unit, note && *note ? " " : "",
	    note ? note : "", target_text);
	if (met)
		printf("met\n");
	else
		printf("missed (gap %s %s; %sx the target)\n", table_num(fabs(value - target), g, sizeof g),
		    unit, table_num(target != 0 ? value / target : 0, r, sizeof r));
}

#endif
