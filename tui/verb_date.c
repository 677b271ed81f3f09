/*
 * tui/verb_date.c — `hamyar date j2g|g2j [DATE ...]` (SPEC §12).
 *
 * j2g turns Jalali Y/M/D (or Y-M-D, any digit set) into ISO YYYY-MM-DD;
 * g2j turns ISO dates into Jalali Y/MM/DD with ASCII digits.  With no
 * dates, every stdin line is one date.  Each answer is one output line in
 * input order; a bad date answers "error: REASON" (the prefix stays ASCII
 * for scripts, the reason is in the UI language) and makes the exit status
 * 1.  The per-line path parses in place, formats into a stack buffer and
 * writes with one fwrite: no allocation, no stdio call per character.
 */
#include <stdio.h>
#include <string.h>

#include "locale/catalog.h"
#include "locale/jalali.h"
#include "locale/loc.h"
#include "locale/text.h"
#include "tui/cli.h"

static int
bad(FILE *out, const char *reason)
{
	fputs("error: ", out);
	fputs(reason, out);
	return 1;
}

/* Bytes that are not UTF-8 are named as such, not as a malformed date. */
static int
not_utf8(const char *value)
{
	return !loc_utf8_valid(value, strlen(value));
}

static int
j2g(const char *value, FILE *out, void *ctx)
{
	char buf[32];
	int32_t day;
	size_t n;
	int rc;

	(void)ctx;
	if (not_utf8(value))
		return bad(out, _("The text is not valid UTF-8"));
	if ((rc = loc_date_parse(value, &day)) != 0)
		return bad(out, rc == LOC_ERANGE
		    ? _("no such day in the Jalali calendar (years 1-3177)")
		    : _("not a Jalali date (expected Y/M/D)"));
	n = loc_date_format_iso(day, buf, sizeof buf);
	fwrite(buf, 1, n, out);
	return 0;
}

static int
g2j(const char *value, FILE *out, void *ctx)
{
	char buf[32];
	int32_t day;
	size_t n;
	int rc;

	(void)ctx;
	if (not_utf8(value))
		return bad(out, _("The text is not valid UTF-8"));
	if ((rc = loc_date_parse_iso(value, &day)) != 0)
		return bad(out, rc == LOC_ERANGE
		    ? _("no such day in the Gregorian calendar")
		    : _("not an ISO date (expected YYYY-MM-DD)"));
	if ((n = loc_date_format(day, 0, buf, sizeof buf)) == 0)
		return bad(out, _("outside the Jalali years 1-3177"));
	fwrite(buf, 1, n, out);
	return 0;
}

static void
usage(FILE *f)
{
	fputs(_("Usage: hamyar date j2g [Y/M/D ...] | g2j [YYYY-MM-DD ...]\n"), f);
	fputs(_("With no dates, converts one date per line of standard input.\n"), f);
}

int
verb_date(int argc, char **argv, const struct hamyar_opts *o)
{
	int (*fn)(const char *, FILE *, void *);

	(void)o;
	if (argc < 2) {
		cli_error("%s", _("date needs j2g or g2j"));
		usage(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
		usage(stdout);
		return EXIT_OK;
	}
	if (strcmp(argv[1], "j2g") == 0) {
		fn = j2g;
	} else if (strcmp(argv[1], "g2j") == 0) {
		fn = g2j;
	} else {
		cli_error(_("unknown date conversion '%s' (use j2g or g2j)"), argv[1]);
		usage(stderr);
		return EXIT_USAGE;
	}
	return cli_each_value(argc - 2, argv + 2, stdout, fn, NULL);
}
