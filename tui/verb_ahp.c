/*
 * tui/verb_ahp.c — `hamyar ahp` (SPEC §8, §12): a pairwise-comparison
 * matrix on stdin, its AHP weights and consistency on stdout.
 *
 * Input: one matrix row a line, entries separated by spaces or tabs, each
 * `3`, `1/3`, `0.5`, `۵` ... (core_ahp_parse_entry); blank lines are
 * skipped.  The first row fixes n (1-10).  Output, six decimals, ASCII:
 *     weight 1 0.547...        (n lines, I from 1)
 *     lambda_max X / CI X / CR X
 * Exit 0; 1 when CR > 0.10 (the figures are still printed, so the user
 * sees how far off the judgements are, and stderr names the judgement that
 * breaks consistency most, as typed, and the value the other judgements
 * point to, core_ahp_implied) or when the matrix is malformed (stderr names
 * the line and column); 2 for arguments; 3 when stdin cannot be read.
 * Messages go through the catalog; in Persian their digits are Persian,
 * save an entry quoted as typed («3x»).
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/rank.h"
#include "locale/catalog.h"
#include "tui/cli.h"

/* Formats a message and reports it with cli_error; when the UI is Persian,
 * with Persian digits and the Arabic decimal separator U+066B between
 * digits, except inside «...»: there the message quotes what the user
 * typed, which is shown as typed (an entry "3x" quoted as «۳x» is not
 * what the file holds, and cannot be searched for in it). */
static void
say(const char *fmt, ...)
{
	char buf[1024], fa[3 * sizeof buf];
	size_t i, k = 0;
	int quoted = 0;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	if (strcmp(loc_lang(), "fa") != 0) {
		cli_error("%s", buf);
		return;
	}
	for (i = 0; buf[i]; i++) {
		if (buf[i] == '\xc2' && buf[i + 1] == '\xab')	/* « */
			quoted = 1;
		else if (buf[i] == '\xc2' && buf[i + 1] == '\xbb')	/* » */
			quoted = 0;
		if (!quoted && buf[i] == '.' && i > 0 && buf[i - 1] >= '0' && buf[i - 1] <= '9' &&
		    buf[i + 1] >= '0' && buf[i + 1] <= '9') {
			fa[k++] = '\xd9';	/* U+066B */
			fa[k++] = '\xab';
		} else if (!quoted && buf[i] >= '0' && buf[i] <= '9') {
			fa[k++] = '\xdb';	/* U+06F0 + d */
			fa[k++] = (char)(0xb0 + (buf[i] - '0'));
		} else
			fa[k++] = buf[i];
	}
	fa[k] = '\0';
	cli_error("%s", fa);
}

static void
usage(FILE *f)
{
	fputs(_("usage: hamyar ahp < MATRIX\n"), f);
	fputs(_("Reads an n x n pairwise-comparison matrix (n from 1 to 10) from standard input, one row a line, with entries such as 3, 1/3, 0.5 or ۵, and prints the weights, lambda_max, CI and CR.\n"), f);
}

/* Returns the text of the first token of entry number col (1-based) on
 * line, for a message.  Writes into buf (size n). */
static const char *
token(const char *line, int col, char *buf, size_t n)
{
	size_t len = 0;
	int k = 0;

	for (;;) {
		line += strspn(line, " \t\r\n");
		if (!*line)
			break;
		len = strcspn(line, " \t\r\n");
		if (++k == col)
			break;
		line += len;
	}
	if (len >= n)
		len = n - 1;
	memcpy(buf, line, len);
	buf[len] = '\0';
	return buf;
}

/* Reports what core_ahp refused, by line and column. */
static void
report_fault(const struct core_ahp_result *r, const double *a, int n, const int *lineno)
{
	int i = r->fault_i, j = r->fault_j;
	double x = a[i * n + j];

	switch (r->fault) {
	case CORE_AHP_NONPOSITIVE:
		say(_("line %d, column %d: an entry must be positive"), lineno[i], j + 1);
		break;
	case CORE_AHP_SCALE:
		say(_("line %d, column %d: %g is outside Saaty's scale (1/9 to 9)"), lineno[i], j + 1, x);
		break;
	case CORE_AHP_DIAGONAL:
		say(_("line %d, column %d: a diagonal entry must be 1"), lineno[i], j + 1);
		break;
	case CORE_AHP_RECIPROCAL:
		say(_("line %d, column %d: %g is not the reciprocal of %g at line %d, column %d"),
		    lineno[i], j + 1, x, a[j * n + i], lineno[j], i + 1);
		break;
	default:
		say(_("line %d, column %d: not a number"), lineno[i], j + 1);
		break;
	}
}

int
verb_ahp(int argc, char **argv, const struct hamyar_opts *o)
{
	double a[CORE_AHP_MAX * CORE_AHP_MAX], row[CORE_AHP_MAX];
	int lineno[CORE_AHP_MAX];
	char line_of[CORE_AHP_MAX][1024];	/* each row's text, for a message */
	struct core_ahp_result r;
	char *line = NULL, tok[64];
	size_t cap = 0;
	int n = -1, rows = 0, ln = 0, rc = EXIT_OK, i;

	(void)o;
	if (argc > 1) {
		if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
			usage(stdout);
			return EXIT_OK;
		}
		cli_error(_("unexpected argument '%s'"), argv[1]);
		usage(stderr);
		return EXIT_USAGE;
	}

	while (getline(&line, &cap, stdin) >= 0) {
		int count, bad;

		ln++;
		switch (core_ahp_parse_row(line, row, CORE_AHP_MAX, &count, &bad)) {
		case 0:
			break;
		case CORE_ERANGE:
			say(_("line %d: more than %d entries"), ln, CORE_AHP_MAX);
			rc = EXIT_INVALID;
			goto done;
		default:
			/* "-3" is a number, but not one a judgement can be */
			token(line, bad, tok, sizeof tok);
			if (tok[0] == '-' && core_ahp_parse_entry(tok + 1, &row[0]) == 0)
				say(_("line %d, column %d: an entry must be positive"), ln, bad);
			else
				say(_("line %d, column %d: '%s' is not a number"), ln, bad, tok);
			rc = EXIT_INVALID;
			goto done;
		}
		if (count == 0)
			continue;	/* blank line */
		if (n < 0)
			n = count;
		if (count != n) {
			say(P_("line %d has %d entry but the first row has %d (the matrix must be square)",
			    "line %d has %d entries but the first row has %d (the matrix must be square)", count),
			    ln, count, n);
			rc = EXIT_INVALID;
			goto done;
		}
		if (rows < n) {
			memcpy(&a[rows * n], row, (size_t)n * sizeof *row);
			lineno[rows] = ln;
			snprintf(line_of[rows], sizeof line_of[rows], "%s", line);
		}
		rows++;
	}
	if (ferror(stdin)) {
		cli_error("%s", _("cannot read standard input"));
		rc = EXIT_SYSTEM;
		goto done;
	}
	if (n < 0) {
		cli_error("%s", _("no matrix on standard input"));
		rc = EXIT_INVALID;
		goto done;
	}
	if (rows != n) {
		/* two counts, each with its noun: the matrix's sizes as
		 * numbers after labels, no plural to get wrong */
		say(_("rows: %d, columns: %d (the matrix must be square)"), rows, n);
		rc = EXIT_INVALID;
		goto done;
	}

	switch (core_ahp(a, n, &r)) {
	case 0:
		break;
	case CORE_ECONSIST:
		rc = EXIT_INVALID;
		break;
	default:
		report_fault(&r, a, n, lineno);
		rc = EXIT_INVALID;
		goto done;
	}
	for (i = 0; i < n; i++)
		printf("weight %d %.6f\n", i + 1, r.w[i]);
	printf("lambda_max %.6f\nCI %.6f\nCR %.6f\n", r.lambda_max, r.ci, r.cr);
	if (fflush(stdout) != 0) {
		rc = EXIT_SYSTEM;
		goto done;
	}
	if (rc == EXIT_INVALID)
		say(_("the judgements are too inconsistent (CR %.3f > 0.10): comparing criterion %d with criterion %d (line %d, column %d) breaks consistency the most"),
		    r.cr, r.worst_i + 1, r.worst_j + 1, lineno[r.worst_i], r.worst_j + 1);
	if (rc == EXIT_INVALID) {
		/* and what to change it to, in the scale's terms */
		double v = core_ahp_implied(a, n, r.worst_i, r.worst_j);
		char to[16];

		if (v >= 1)
			snprintf(to, sizeof to, "%.0f", v);
		else
			snprintf(to, sizeof to, "1/%.0f", 1 / v);
		if (fabs(v - a[r.worst_i * n + r.worst_j]) > 1e-9)
			say(_("the judgement there is %s; the other comparisons point to about %s: change it towards that"),
			    token(line_of[r.worst_i], r.worst_j + 1, tok, sizeof tok), to);
	}
done:
	free(line);
	return rc;
}
