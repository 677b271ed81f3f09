/*
 * tui/verb_date.c — `hamyar date j2g|g2j [DATE ...]` (SPEC §12).
 *
 * j2g turns Jalali Y/M/D (or Y-M-D, any digit set) into ISO YYYY-MM-DD;
 * g2j turns ISO dates (any digit set, month and day padded or not) into
 * Jalali Y/MM/DD with ASCII digits.  With no
 * dates, every stdin line is one date.  Each answer is one output line in
 * input order; a bad date answers "error: REASON" (the prefix stays ASCII
 * for scripts, the reason is in the UI language) and makes the exit status
 * 1.  The per-line path parses in place, formats into a stack buffer and
 * writes with one fwrite: no allocation (but for a date in other digits,
 * made ASCII first), no stdio call per character.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/validate.h"
#include "locale/catalog.h"
#include "locale/digits.h"
#include "locale/jalali.h"
#include "locale/loc.h"
#include "locale/text.h"
#include "tui/cli.h"

static int
bad(FILE *out, const char *reason)
{
	fputs("error: ", out);
	/* the reason's numbers ("years 1-3177") in ASCII, as the dates
	 * answered are; the screens' date fields give it in Persian digits */
	fputs(cli_ascii(reason), out);
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
	int rc, f[3], nd[3];

	(void)ctx;
	if (not_utf8(value))
		return bad(out, _("The text is not valid UTF-8"));
	rc = loc_date_parse(value, &day);
	/* a month or day that is not, in a year of the calendar, named as
	 * the forms and the import name it (core_date_fault: month 13, Mehr
	 * 31, Esfand 30 of 1404), not as a year out of range */
	if (rc == LOC_ERANGE && loc_date_fields(value, f, nd) == 0 &&
	    core_date_fault(f[0], f[1], f[2]) != CORE_MSG_DATE_INVALID)
		return bad(out, _(core_msg_text(core_date_fault(f[0], f[1], f[2]))));
	if (rc != 0)
		return bad(out, rc == LOC_ERANGE
		    ? _("no such day in the Jalali calendar (years 1-3177)")
		    : _("not a Jalali date (expected Y/M/D)"));
	n = loc_date_format_iso(day, buf, sizeof buf);
	fwrite(buf, 1, n, out);
	return 0;
}

/* An ISO date YYYY-MM-DD in any digit set, month and day of one or two
 * digits, surrounding space allowed.  Returns as loc_date_parse_iso. */
static int
iso_lenient(const char *value, int32_t *day)
{
	char *a = NULL, iso[11];
	const char *p;
	size_t len[3] = { 0, 0, 0 }, i;
	const char *start[3];
	int rc = LOC_EINVAL;

	/* an ISO date as ISO writes it (a million of them through one
	 * process): read as it is */
	if (loc_date_parse_iso(value, day) == 0)
		return 0;
	/* other digits made ASCII first; an ASCII line is read in place */
	for (p = value; *p != '\0' && (unsigned char)*p < 0x80; p++)
		;
	if (*p != '\0' && (a = loc_digits_to_ascii(value)) == NULL)
		return LOC_EINVAL;
	for (p = a != NULL ? a : value; *p == ' ' || *p == '\t'; p++)
		;
	for (i = 0; i < 3; i++) {
		if (i > 0 && *p++ != '-')
			break;
		start[i] = p;
		while (*p >= '0' && *p <= '9')
			p++;
		len[i] = (size_t)(p - start[i]);
	}
	while (*p == ' ' || *p == '\t' || *p == '\r')
		p++;
	if (i == 3 && *p == '\0' && len[0] == 4 && len[1] >= 1 && len[1] <= 2 &&
	    len[2] >= 1 && len[2] <= 2) {
		snprintf(iso, sizeof iso, "%.4s-%s%.*s-%s%.*s", start[0],
		    len[1] == 1 ? "0" : "", (int)len[1], start[1],
		    len[2] == 1 ? "0" : "", (int)len[2], start[2]);
		rc = loc_date_parse_iso(iso, day);
	}
	free(a);
	return rc;
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
	/* Persian or Arabic-Indic digits read as ASCII (verbs read UTF-8; a
	 * date copied from a Persian text has them), and a month or day
	 * without its 0 (2025-3-21): the order and the dashes stay ISO's */
	if ((rc = iso_lenient(value, &day)) != 0)
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
	fputs(_("usage: hamyar date j2g [Y/M/D ...] | g2j [YYYY-MM-DD ...]\n"), f);
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
