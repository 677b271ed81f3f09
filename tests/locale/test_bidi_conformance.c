/*
 * tests/locale/test_bidi_conformance.c — the layout's bidi step against
 * the Unicode conformance data BidiCharacterTest.txt (Debian package
 * unicode-data, /usr/share/unicode; $HAMYAR_BIDI_TEST names another copy).
 *
 * Each case is one line: code points; paragraph direction (0 LTR, 1 RTL,
 * 2 auto); resolved paragraph level; resolved levels ('x' for characters
 * removed by rule X9); visual order (logical indexes, left to right, with
 * the 'x' characters left out).  The comparison is the one of FriBidi's own
 * test/unicode-conformance/BidiCharacterTest.c: reorder flags 0, levels
 * compared except at 'x', and the visual order compared after removing the
 * characters X9 removes.  Two differences: every case is run (that program
 * skips all but the RTL ones: it tests `paragraph_dir & 1`), and the
 * resolved paragraph level is compared too.  The computation goes through
 * loc_layout_bidi, the code loc_layout_line runs, not through FriBidi.
 *
 * BidiTest.txt, from the same package, is run too: its cases are
 * sequences of bidi classes, each given here as a code point of that class
 * (none of them a paired bracket, as that file assumes), in every
 * paragraph direction its bitset names.
 *
 * A missing file fails the test: the package is a build dependency.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "locale/layout_internal.h"
#include "locale/loc.h"

#define MAXCP 256

struct bidi_case {
	uint32_t cp[MAXCP];
	int explevel[MAXCP];	/* -1 for 'x' */
	int exporder[MAXCP];
	size_t n, norder;
	int dir, parlevel;
};

/* Parses one data line; returns 0, or -1 if it is malformed. */
static int
parse_case(char *line, struct bidi_case *t)
{
	char *f[5], *p, *end;
	int k;

	for (k = 0, p = line; k < 5; k++) {
		f[k] = p;
		if (k < 4) {
			if ((p = strchr(p, ';')) == NULL)
				return -1;
			*p++ = '\0';
		}
	}
	for (t->n = 0, p = f[0];; p = end) {
		unsigned long v = strtoul(p, &end, 16);

		if (end == p)
			break;
		if (t->n == MAXCP)
			return -1;
		t->cp[t->n++] = (uint32_t)v;
	}
	t->dir = atoi(f[1]);
	t->parlevel = atoi(f[2]);
	for (k = 0, p = f[3]; *p != '\0';) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		if ((size_t)k == t->n)
			return -1;
		if (*p == 'x') {
			t->explevel[k++] = -1;
			p++;
		} else {
			t->explevel[k++] = (int)strtol(p, &end, 10);
			if (end == p)
				return -1;
			p = end;
		}
	}
	if ((size_t)k != t->n)
		return -1;
	for (t->norder = 0, p = f[4];; p = end) {
		long v = strtol(p, &end, 10);

		if (end == p)
			break;
		if (t->norder == MAXCP)
			return -1;
		t->exporder[t->norder++] = (int)v;
	}
	return t->dir >= 0 && t->dir <= 2 ? 0 : -1;
}

/* Runs one case; returns 1 if it passes. */
static int
run_case(const struct bidi_case *t, int verbose, long lineno)
{
	static const enum loc_dir dirs[] = { LOC_DIR_LTR, LOC_DIR_RTL, LOC_DIR_AUTO };
	uint8_t levels[MAXCP];
	int order[MAXCP], rtl, ok = 1;
	size_t i, j;

	if (loc_layout_bidi(t->cp, t->n, dirs[t->dir], levels, order, &rtl) != 0)
		return 0;
	if (t->parlevel >= 0 && rtl != (t->parlevel & 1))
		ok = 0;
	for (i = 0; i < t->n; i++)
		if (t->explevel[i] >= 0 && levels[i] != t->explevel[i])
			ok = 0;
	/* The characters X9 removes are the ones with level 'x'. */
	for (i = 0, j = 0; i < t->n; i++)
		if (t->explevel[order[i]] >= 0)
			order[j++] = order[i];
	if (j != t->norder)
		ok = 0;
	for (i = 0; ok && i < j; i++)
		if (order[i] != t->exporder[i])
			ok = 0;
	if (!ok && verbose) {
		printf("# line %ld fails: levels", lineno);
		for (i = 0; i < t->n; i++)
			printf(" %d", levels[i]);
		printf("; order");
		for (i = 0; i < j; i++)
			printf(" %d", order[i]);
		printf("\n");
	}
	return ok;
}

static void
test_conformance(void **state)
{
	const char *path = getenv("HAMYAR_BIDI_TEST");
	struct bidi_case *t;
	char line[4096];
	long lineno = 0, bad = 0, cases = 0, passed = 0, bydir[3] = { 0, 0, 0 };
	FILE *f;

	(void)state;
	if (path == NULL || *path == '\0')
		path = "/usr/share/unicode/BidiCharacterTest.txt";
	f = fopen(path, "r");
	if (f == NULL)
		fail_msg("cannot open %s (Debian package unicode-data)", path);
	t = malloc(sizeof *t);
	assert_non_null(t);
	while (fgets(line, sizeof line, f) != NULL) {
		lineno++;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		if (strchr(line, '\n') == NULL || parse_case(line, t) != 0) {
			bad = lineno;
			break;
		}
		cases++;
		bydir[t->dir]++;
		if (run_case(t, cases - passed <= 20, lineno))
			passed++;
	}
	fclose(f);
	free(t);
	if (bad != 0)
		fail_msg("%s:%ld: malformed or overlong line", path, bad);
	printf("# bidi conformance: %ld cases, %ld passed\n", cases, passed);
	printf("# (paragraph LTR %ld, RTL %ld, auto %ld)\n", bydir[0], bydir[1], bydir[2]);
	/* Unicode 6.3 to 15 ship about 91,000 cases: far fewer means a
	 * truncated or misparsed file. */
	assert_true(cases > 90000);
	assert_int_equal(passed, cases);
}

/* A code point of each bidi class BidiTest.txt names. */
static const struct {
	const char *name;
	uint32_t cp;
} classes[] = {
	{ "L", 'a' }, { "R", 0x5d0 }, { "AL", 0x627 }, { "EN", '1' },
	{ "ES", '+' }, { "ET", '$' }, { "AN", 0x660 }, { "CS", ',' },
	{ "NSM", 0x300 }, { "BN", 0xad }, { "B", 0x2029 }, { "S", '\t' },
	{ "WS", ' ' }, { "ON", '!' }, { "LRE", 0x202a }, { "RLE", 0x202b },
	{ "PDF", 0x202c }, { "LRO", 0x202d }, { "RLO", 0x202e },
	{ "LRI", 0x2066 }, { "RLI", 0x2067 }, { "FSI", 0x2068 },
	{ "PDI", 0x2069 },
};

/* Parses "@Levels:" or "@Reorder:" values (levels: 'x' is -1) into v;
 * returns how many, or -1 if there are too many. */
static int
parse_list(const char *p, int *v, int levels)
{
	char *end;
	int n = 0;

	for (;;) {
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '\0' || *p == '\n')
			return n;
		if (n == MAXCP)
			return -1;
		if (levels && *p == 'x') {
			v[n++] = -1;
			p++;
			continue;
		}
		v[n++] = (int)strtol(p, &end, 10);
		if (end == p)
			return -1;
		p = end;
	}
}

/* Parses a class sequence and its direction bitset into t->cp and
 * *dirs; returns 0 or -1. */
static int
parse_classes(char *p, struct bidi_case *t, int *dirs)
{
	size_t k, len;

	for (t->n = 0;;) {
		while (*p == ' ')
			p++;
		if (*p == ';')
			break;
		for (len = 0; p[len] >= 'A' && p[len] <= 'Z'; len++)
			;
		for (k = 0; k < sizeof classes / sizeof classes[0]; k++)
			if (strlen(classes[k].name) == len &&
			    strncmp(classes[k].name, p, len) == 0)
				break;
		if (len == 0 || k == sizeof classes / sizeof classes[0] || t->n == MAXCP)
			return -1;
		t->cp[t->n++] = classes[k].cp;
		p += len;
	}
	*dirs = atoi(p + 1);
	return 0;
}

static void
test_class_conformance(void **state)
{
	const char *path = getenv("HAMYAR_BIDI_CLASS_TEST");
	struct bidi_case *t;
	char line[4096];
	long lineno = 0, bad = 0, cases = 0, passed = 0;
	int nlev = -1, nord = -1, dirs, k, n;
	FILE *f;

	(void)state;
	if (path == NULL || *path == '\0')
		path = "/usr/share/unicode/BidiTest.txt";
	if ((f = fopen(path, "r")) == NULL)
		fail_msg("cannot open %s (Debian package unicode-data)", path);
	t = malloc(sizeof *t);
	assert_non_null(t);
	while (fgets(line, sizeof line, f) != NULL) {
		lineno++;
		if (line[0] == '#' || line[0] == '\n')
			continue;
		if (strchr(line, '\n') == NULL) {
			bad = lineno;
			break;
		}
		if (strncmp(line, "@Levels:", 8) == 0) {
			nlev = parse_list(line + 8, t->explevel, 1);
			continue;
		}
		if (strncmp(line, "@Reorder:", 9) == 0) {
			nord = parse_list(line + 9, t->exporder, 0);
			continue;
		}
		if (line[0] == '@')
			continue;
		if (nlev < 0 || nord < 0 || parse_classes(line, t, &dirs) != 0 ||
		    (size_t)nlev != t->n) {
			bad = lineno;
			break;
		}
		t->norder = (size_t)nord;
		/* Bit 0 auto, bit 1 LTR, bit 2 RTL; run_case takes 0 LTR,
		 * 1 RTL, 2 auto, and no paragraph level to compare. */
		for (k = 0; k < 3; k++) {
			if (!(dirs & (1 << k)))
				continue;
			t->dir = k == 0 ? 2 : k == 1 ? 0 : 1;
			t->parlevel = -1;
			cases++;
			n = run_case(t, cases - passed <= 20, lineno);
			passed += n;
		}
	}
	fclose(f);
	free(t);
	if (bad != 0)
		fail_msg("%s:%ld: malformed or overlong line", path, bad);
	printf("# bidi class conformance (BidiTest.txt): %ld cases, %ld passed\n",
	    cases, passed);
	assert_true(cases > 400000);
	assert_int_equal(passed, cases);
}

/* The same entry point on a hand-checked case, so a broken data file or
 * parser cannot hide a broken bidi step: "ab (سلام) 12" in an RTL
 * paragraph.  L "ab" -> level 2; the brackets enclose R and sit in RTL
 * context -> R, level 1 (rule N0); "12" follows an AL letter, so W2
 * makes it AN -> level 2; spaces
 * between differing directions take the embedding level 1. */
static void
test_hand_case(void **state)
{
	static const uint32_t cp[] = { 'a', 'b', ' ', '(', 0x633, 0x644, 0x627,
	    0x645, ')', ' ', '1', '2' };
	static const uint8_t explev[] = { 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2 };
	/* Visual: the level-2 runs keep their order, the line is reversed. */
	static const int exporder[] = { 10, 11, 9, 8, 7, 6, 5, 4, 3, 2, 0, 1 };
	uint8_t levels[12];
	int order[12], rtl;
	size_t i;

	(void)state;
	assert_int_equal(loc_layout_bidi(cp, 12, LOC_DIR_RTL, levels, order, &rtl), 0);
	assert_true(rtl);
	for (i = 0; i < 12; i++) {
		assert_int_equal(levels[i], explev[i]);
		assert_int_equal(order[i], exporder[i]);
	}
	/* Auto direction: the first strong character, 'a', makes it LTR. */
	assert_int_equal(loc_layout_bidi(cp, 12, LOC_DIR_AUTO, levels, order, &rtl), 0);
	assert_false(rtl);
	assert_int_equal(levels[0], 0);
	assert_int_equal(levels[4], 1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hand_case),
		cmocka_unit_test(test_conformance),
		cmocka_unit_test(test_class_conformance),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
