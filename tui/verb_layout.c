/*
 * tui/verb_layout.c — `hamyar layout [--dir rtl|ltr|auto] [--no-shape]`
 * (SPEC §6, §12).
 *
 * Each line of standard input is logical UTF-8 text; each output line is
 * that text as the full-screen program would draw it (locale/layout.c):
 * visual order left to right, brackets mirrored, Arabic letters in their
 * presentation forms (unless --no-shape), unsafe characters as visible
 * placeholders.  The direction defaults to auto: the first strong letter
 * decides, LTR if there is none.  With the global `--bidi terminal` the
 * lines stay in logical order and unshaped, as that mode sends them.
 *
 * Lines are read as every value verb reads them (as cli_read_line: LF or
 * CR LF ends a line, a leading byte-order mark is dropped), by a reader of
 * our own that keeps at most LAYOUT_LINE_MAX bytes of one (below).  The
 * loop is our own rather than cli_each_value because a line may hold NUL
 * bytes:
 * U+0000 is valid UTF-8 and a control character, and like every control
 * character it comes out as a placeholder (␀), as the screen would show it.
 * A line that is not valid UTF-8 is not text at all: SPEC §12 says the
 * verbs read UTF-8 and a bad value gets "error: REASON" in its place, so it
 * is answered so and makes the exit status 1 (it used to come out with
 * U+FFFD in place of the bad bytes, hiding the bad input).  The exit status
 * is otherwise 0, 2 for a wrong option, 3 if reading, writing or memory
 * fails.
 *
 * A line is what a screen shows: a field's value, a list's row.  One of
 * more than LAYOUT_LINE_MAX bytes (32,000 Persian letters, 400 screen
 * lines at 80 columns) is no such value: laying it out whole took seconds
 * and some 50 bytes of memory per byte of it (10 MB: 5.8 s, 433 MB), the
 * cells, maps and FriBidi's arrays and runs of the whole paragraph, which
 * the algorithm cannot cut (the first strong letter sets the direction of
 * all of it, a bracket pairs across any length, and the visual order of a
 * right-to-left line starts with its logical end).  Such a line is read
 * through without being kept (read_line) and answered "error: ..." naming
 * its number and length, so memory stays bounded and time linear however
 * long the input's lines are.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>

#include "locale/catalog.h"
#include "locale/layout.h"
#include "locale/text.h"
#include "tui/cli.h"

#define LAYOUT_LINE_MAX 65536	/* bytes of a line laid out */

static void
usage(FILE *f)
{
	fputs(_("usage: hamyar layout [--dir rtl|ltr|auto] [--no-shape]\n"), f);
	fputs(_("Writes each line of standard input in visual order, as Hamyar draws it: reordered by the Unicode bidirectional algorithm, brackets mirrored, Arabic letters joined in their presentation forms, control characters shown as symbols.\n"), f);
	fputs(_("  --dir DIR    paragraph direction: rtl, ltr or auto (the default: the first strong letter decides, ltr if there is none)\n"), f);
	fputs(_("  --no-shape   leave the letters unjoined\n"), f);
	fputs(_("With --bidi terminal, lines stay in logical order and unjoined.\n"), f);
	fputs(_("A line that is not valid UTF-8 is answered \"error: ...\" and makes the exit status 1.\n"), f);
	fprintf(f, _("So is a line of more than %d bytes, naming its number.\n"), LAYOUT_LINE_MAX);
}

/* Reads a line as cli_read_line does (LF ends it; the LF and the CRs just
 * before it are dropped; a byte-order mark at the start of the input too),
 * into *line (cap bytes: LAYOUT_LINE_MAX + 8).  Bytes past cap are counted,
 * not kept.  Returns the line's length (more than LAYOUT_LINE_MAX: too long,
 * its bytes not all in *line), or -1 at the end of the input. */
static long long
read_line(char *line, size_t cap, FILE *f, int first)
{
	long long total = 0, crs = 0;	/* bytes; CRs ending them */
	size_t kept = 0;
	int c;

	while ((c = getc_unlocked(f)) != EOF && c != '\n') {
		if (kept < cap)
			line[kept++] = (char)c;
		total++;
		crs = c == '\r' ? crs + 1 : 0;
	}
	if (c == EOF && total == 0)
		return -1;
	total -= crs;
	if (first && total >= 3 && memcmp(line, "\357\273\277", 3) == 0) {
		total -= 3;
		if (total <= LAYOUT_LINE_MAX)
			memmove(line, line + 3, (size_t)total);
	}
	if (total <= LAYOUT_LINE_MAX)
		line[total] = '\0';
	return total;
}

/* Parses a direction name; returns 0, or -1 if it is none. */
static int
parse_dir(const char *s, enum loc_dir *dir)
{
	if (strcmp(s, "rtl") == 0)
		*dir = LOC_DIR_RTL;
	else if (strcmp(s, "ltr") == 0)
		*dir = LOC_DIR_LTR;
	else if (strcmp(s, "auto") == 0)
		*dir = LOC_DIR_AUTO;
	else
		return -1;
	return 0;
}

int
verb_layout(int argc, char **argv, const struct hamyar_opts *o)
{
	static char obuf[1 << 16];
	enum loc_dir dir = LOC_DIR_AUTO;
	unsigned flags = LOC_LAYOUT_SHAPE;
	struct loc_layout l;
	const char *v = NULL;
	char *line, *vis;
	size_t cap = LAYOUT_LINE_MAX + 8, lineno;
	long long len;
	int i, got, bad = 0, rc = EXIT_OK;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			usage(stdout);
			return EXIT_OK;
		} else if (strcmp(argv[i], "--no-shape") == 0) {
			flags &= ~LOC_LAYOUT_SHAPE;
		} else if ((got = cli_opt(argc, argv, &i, "--dir", &v)) != 0) {
			if (got < 0) {
				usage(stderr);
				return EXIT_USAGE;
			}
			if (parse_dir(v, &dir) != 0) {
				cli_error(_("--dir takes rtl, ltr or auto, not '%s'"), v);
				return EXIT_USAGE;
			}
		} else {
			cli_error(argv[i][0] == '-' ? _("unknown option '%s'")
			    : _("unexpected argument '%s'"), argv[i]);
			usage(stderr);
			return EXIT_USAGE;
		}
	}
	if (o != NULL && o->bidi != NULL && strcmp(o->bidi, "terminal") == 0)
		flags = LOC_LAYOUT_LOGICAL;

	if ((line = malloc(cap + 1)) == NULL) {
		cli_error("%s", _("Out of memory"));
		return EXIT_SYSTEM;
	}
	setvbuf(stdout, obuf, _IOFBF, sizeof obuf);
	for (lineno = 1; (len = read_line(line, cap, stdin, lineno == 1)) >= 0; lineno++) {
		if (len > LAYOUT_LINE_MAX) {
			fputs("error: ", stdout);
			printf(_("line %zu is %lld bytes long, more than the %d bytes a line is laid out in"),
			    lineno, len, LAYOUT_LINE_MAX);
			putchar('\n');
			bad = 1;
			continue;
		}
		if (!loc_utf8_valid(line, (size_t)len)) {
			fputs("error: ", stdout);
			fputs(_("not valid UTF-8"), stdout);
			putchar('\n');
			bad = 1;
			continue;
		}
		if (loc_layout_line(line, (size_t)len, dir, flags, &l) != 0 ||
		    (vis = loc_layout_utf8(&l)) == NULL) {
			loc_layout_done(&l);
			cli_error("%s", _("Out of memory"));
			rc = EXIT_SYSTEM;
			break;
		}
		fputs(vis, stdout);
		putchar('\n');
		free(vis);
		loc_layout_done(&l);
	}
	if (rc == EXIT_OK && ferror(stdin)) {
		cli_error("%s", _("cannot read standard input"));
		rc = EXIT_SYSTEM;
	}
	free(line);
	if (fflush(stdout) != 0 && rc == EXIT_OK)
		rc = EXIT_SYSTEM;
	return rc == EXIT_OK && bad ? EXIT_INVALID : rc;
}
