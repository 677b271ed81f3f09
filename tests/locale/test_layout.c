/*
 * tests/locale/test_layout.c — line layout (locale/layout.c).
 *
 * Where the expectations come from:
 *   - visual orders are worked out by hand from UAX #9 (rules cited at
 *     each case); the conformance test covers the algorithm at large;
 *   - presentation forms: the table in shared/RTL.md (پ FB56–59, چ FB7A–7D,
 *     ژ FB8A–8B, ک FB8E–91, گ FB92–95, ی FBFC–FF; Unicode orders each as
 *     isolated, final, initial, medial) and, for every Persian letter, the
 *     <isolated>/<final>/<initial>/<medial> decompositions in
 *     /usr/share/unicode/UnicodeData.txt together with the joining types
 *     in ArabicShaping.txt (package unicode-data), read at test time;
 *   - widths: East Asian Wide characters take two columns (UAX #11);
 *   - UTF-8 errors: one U+FFFD per maximal ill-formed subpart (Unicode
 *     §3.9, "U+FFFD Substitution of Maximal Subparts").
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <unistr.h>

#include "locale/layout.h"
#include "locale/layout_internal.h"
#include "locale/loc.h"

#define NOSHAPE 0u
#define SHAPE	LOC_LAYOUT_SHAPE
#define N(a)	(sizeof(a) / sizeof((a)[0]))

/* Checks what must hold for every layout of s: byte offsets cover s and
 * each valid character's bytes decode to one character; log2cell and the
 * cells' idx agree both ways; widths add up; no unsafe character is in a
 * cell. */
static void
check_maps(const struct loc_layout *l, const char *s, size_t len)
{
	size_t i, c;
	int w = 0, k;
	ucs4_t uc;

	assert_int_equal(l->idx2off[0], 0);
	assert_int_equal(l->idx2off[l->nchars], len);
	for (i = 0; i < l->nchars; i++) {
		assert_true(l->idx2off[i] < l->idx2off[i + 1]);
		k = u8_mbtouc(&uc, (const uint8_t *)s + l->idx2off[i],
		    len - l->idx2off[i]);
		if (uc != 0xfffd)
			assert_int_equal((size_t)k, l->idx2off[i + 1] - l->idx2off[i]);
	}
	for (c = 0; c < l->ncells; c++) {
		const struct loc_cell *cell = &l->cells[c];

		assert_true(cell->idx >= 0 && (size_t)cell->idx < l->nchars);
		assert_int_equal(l->log2cell[cell->idx], (int)c);
		assert_true(cell->width == 1 || cell->width == 2);
		assert_false(cell->cp < 0x20 || (cell->cp >= 0x7f && cell->cp < 0xa0));
		assert_false(cell->cp >= 0x202a && cell->cp <= 0x202e);
		assert_false(cell->cp >= 0x2066 && cell->cp <= 0x2069);
		w += cell->width;
	}
	assert_int_equal(w, l->width);
	for (i = 0; i < l->nchars; i++) {
		k = l->log2cell[i];
		assert_true(k >= -1 && k < (int)l->ncells);
		/* A character shows in its own cell, or is a mark drawn on
		 * the cell of a character before it. */
		if (k >= 0)
			assert_true((size_t)l->cells[k].idx <= i);
	}
}

static void
lay(const char *s, enum loc_dir dir, unsigned flags, struct loc_layout *l)
{
	assert_int_equal(loc_layout_line(s, strlen(s), dir, flags, l), 0);
	check_maps(l, s, strlen(s));
}

static void
assert_cells(const struct loc_layout *l, const uint32_t *cp, size_t n)
{
	size_t i;

	assert_int_equal(l->ncells, n);
	for (i = 0; i < n; i++) {
		if (l->cells[i].cp != cp[i])
			print_error("cell %zu: U+%04X, expected U+%04X\n", i,
			    (unsigned)l->cells[i].cp, (unsigned)cp[i]);
		assert_int_equal(l->cells[i].cp, cp[i]);
	}
}

/* 'سلام ABC ۱۲۳' in an RTL paragraph.  Persian digits are EN; searching
 * back from ۱ the first strong character is C (L), so W7 makes ۱۲۳ L, and
 * "ABC ۱۲۳" (the space between two L resolves to L by N1) is one run at
 * level 2; the space after سلام sits between R and L and takes the
 * embedding level 1 (N2).  Reversing: the L run keeps its order at the left,
 * then the space, then سلام reversed.  With the digits first, 'سلام ۱۲۳
 * ABC', W2 makes ۱۲۳ AN (the first strong before it is AL) and the two
 * level-2 runs come out in the same visual string. */
static void
test_mixed_rtl(void **state)
{
	static const uint32_t vis[] = { 'A', 'B', 'C', ' ', 0x6f1, 0x6f2, 0x6f3,
	    ' ', 0x645, 0x627, 0x644, 0x633 };
	/* Shaped: seen initial, lam medial, alef final (alef does not join
	 * to the next letter), so meem is isolated; no lam-alef ligature. */
	static const uint32_t shaped[] = { 'A', 'B', 'C', ' ', 0x6f1, 0x6f2,
	    0x6f3, ' ', 0xfee1, 0xfe8e, 0xfee0, 0xfeb3 };
	struct loc_layout l, m;
	char *u;

	(void)state;
	lay("سلام ABC ۱۲۳", LOC_DIR_RTL, NOSHAPE, &l);
	assert_true(l.rtl);
	assert_int_equal(l.nchars, 12);
	assert_cells(&l, vis, N(vis));
	assert_int_equal(l.width, 12);
	assert_int_equal(l.log2cell[0], 11);	/* س is at the right end */
	assert_int_equal(l.log2cell[5], 0);	/* A at the left */
	assert_int_equal(l.cells[11].level, 1);
	assert_int_equal(l.cells[0].level, 2);
	assert_int_equal(l.cells[4].level, 2);	/* ۱ */
	assert_int_equal(l.cells[7].level, 1);	/* the space after سلام */
	u = loc_layout_utf8(&l);
	assert_non_null(u);
	assert_string_equal(u, "ABC ۱۲۳ مالس");
	free(u);

	lay("سلام ABC ۱۲۳", LOC_DIR_RTL, SHAPE, &m);
	assert_cells(&m, shaped, N(shaped));
	assert_int_equal(m.width, l.width);
	assert_int_equal(m.ncells, l.ncells);
	loc_layout_done(&m);
	loc_layout_done(&l);

	lay("سلام ۱۲۳ ABC", LOC_DIR_RTL, NOSHAPE, &l);
	assert_cells(&l, vis, N(vis));
	assert_int_equal(l.cells[4].level, 2);	/* ۱, now AN */
	loc_layout_done(&l);
}

/* LTR paragraph: "ABC سلام 123".  W2 makes 123 AN (the first strong
 * before it is AL), AN at level 0 goes to 2 (I1); the space between سلام
 * and 123 is between R and AN (treated as R by N1), so level 1.  Reversing
 * levels >= 2 then >= 1 leaves: ABC, space, 123, space, سلام reversed. */
static void
test_ltr_base(void **state)
{
	static const uint32_t vis[] = { 'A', 'B', 'C', ' ', '1', '2', '3', ' ',
	    0x645, 0x627, 0x644, 0x633 };
	struct loc_layout l;

	(void)state;
	lay("ABC سلام 123", LOC_DIR_LTR, NOSHAPE, &l);
	assert_false(l.rtl);
	assert_cells(&l, vis, N(vis));
	assert_int_equal(l.cells[0].level, 0);
	assert_int_equal(l.cells[4].level, 2);
	assert_int_equal(l.cells[8].level, 1);
	loc_layout_done(&l);

	/* Pure Latin in LTR: identity, every level 0. */
	lay("Hamyar 1.0 (beta)", LOC_DIR_LTR, SHAPE, &l);
	assert_int_equal(l.ncells, 17);
	assert_int_equal(l.cells[11].cp, '(');
	assert_int_equal(l.cells[16].cp, ')');
	for (size_t i = 0; i < l.ncells; i++) {
		assert_int_equal(l.cells[i].idx, (int)i);
		assert_int_equal(l.cells[i].level, 0);
	}
	loc_layout_done(&l);
}

static void
test_auto_direction(void **state)
{
	static const struct {
		const char *s;
		int rtl;
	} cases[] = {
		{ "سلام ABC", 1 },
		{ "ABC سلام", 0 },
		{ "۱۲۳ سلام", 1 },	/* digits are not strong (P2) */
		{ "123 - ...", 0 },	/* no strong character: LTR */
		{ "", 0 },
		{ "«علی‌اکبر» Ali", 1 },
		/* The isolate is inert: its placeholder is a neutral, so the
		 * first strong character is س (obeyed, RLI...PDI would be
		 * skipped by P2 and 'abc' would make it LTR). */
		{ "\u2067سلام\u2069 abc", 1 },
	};
	struct loc_layout l;
	size_t i;

	(void)state;
	for (i = 0; i < N(cases); i++) {
		lay(cases[i].s, LOC_DIR_AUTO, SHAPE, &l);
		if (l.rtl != cases[i].rtl)
			print_error("case %zu: '%s'\n", i, cases[i].s);
		assert_int_equal(l.rtl, cases[i].rtl);
		loc_layout_done(&l);
	}
	lay("", LOC_DIR_RTL, SHAPE, &l);
	assert_true(l.rtl);
	assert_int_equal(l.ncells, 0);
	assert_int_equal(l.nchars, 0);
	assert_int_equal(l.width, 0);
	loc_layout_done(&l);
	lay("abc", LOC_DIR_RTL, SHAPE, &l);
	assert_true(l.rtl);	/* a given direction is kept */
	loc_layout_done(&l);
}

/* Shapes s in an RTL paragraph and returns the cell of logical idx. */
static uint32_t
shaped_at(const char *s, int idx)
{
	struct loc_layout l;
	uint32_t cp;

	lay(s, LOC_DIR_RTL, SHAPE, &l);
	assert_true(l.log2cell[idx] >= 0);
	cp = l.cells[l.log2cell[idx]].cp;
	loc_layout_done(&l);
	return cp;
}

/* The forms from shared/RTL.md: "XXX" gives initial, medial, final;
 * "X" alone isolated; ژ joins only to the letter before it. */
static void
test_persian_forms(void **state)
{
	static const struct {
		const char *one, *three;
		uint32_t first;	/* isolated; then final, initial, medial */
	} dual[] = {
		{ "پ", "پپپ", 0xfb56 }, { "چ", "چچچ", 0xfb7a },
		{ "ک", "ککک", 0xfb8e }, { "گ", "گگگ", 0xfb92 },
		{ "ی", "ییی", 0xfbfc },
	};
	size_t i;

	(void)state;
	for (i = 0; i < N(dual); i++) {
		assert_int_equal(shaped_at(dual[i].one, 0), dual[i].first);
		assert_int_equal(shaped_at(dual[i].three, 0), dual[i].first + 2);
		assert_int_equal(shaped_at(dual[i].three, 1), dual[i].first + 3);
		assert_int_equal(shaped_at(dual[i].three, 2), dual[i].first + 1);
	}
	assert_int_equal(shaped_at("ژ", 0), 0xfb8a);
	assert_int_equal(shaped_at("مژده", 1), 0xfb8b);	/* after meem: final */
	assert_int_equal(shaped_at("ژاله", 0), 0xfb8a);	/* word start */
	/* Arabic ي and ك (common typos for ی and ک) shape as Arabic letters:
	 * final yeh FEF2, initial kaf FEDB. */
	assert_int_equal(shaped_at("علي", 2), 0xfef2);
	assert_int_equal(shaped_at("كريمي", 0), 0xfedb);
}

/* Presentation forms of letter c per UnicodeData.txt: forms[c - 0x600][f]
 * lists the code points whose decomposition is <f> c, f in isolated,
 * final, initial, medial order. */
#define NFORM 4
#define NCAND 3
static uint32_t forms[0x100][NFORM][NCAND];
static char joining[0x100];

static int
load_unicode_data(void)
{
	static const char *tags[NFORM] = { "<isolated> ", "<final> ", "<initial> ", "<medial> " };
	char line[1024], *p;
	unsigned long cp, base;
	FILE *f;
	int t, k;

	if ((f = fopen("/usr/share/unicode/UnicodeData.txt", "r")) == NULL)
		return -1;
	while (fgets(line, sizeof line, f) != NULL) {
		cp = strtoul(line, NULL, 16);
		if (cp < 0xfb50 || cp > 0xfeff)
			continue;
		for (t = 0; t < NFORM; t++) {
			if ((p = strstr(line, tags[t])) == NULL)
				continue;
			base = strtoul(p + strlen(tags[t]), &p, 16);
			if (*p != ';' || base < 0x600 || base > 0x6ff)
				continue;	/* ligatures decompose to several */
			for (k = 0; k < NCAND && forms[base - 0x600][t][k] != 0; k++)
				;
			if (k < NCAND)
				forms[base - 0x600][t][k] = (uint32_t)cp;
		}
	}
	fclose(f);
	if ((f = fopen("/usr/share/unicode/ArabicShaping.txt", "r")) == NULL)
		return -1;
	while (fgets(line, sizeof line, f) != NULL) {
		if (line[0] == '#' || (cp = strtoul(line, &p, 16)) < 0x600 || cp > 0x6ff)
			continue;
		if ((p = strchr(p + 1, ';')) != NULL && p[1] == ' ')
			joining[cp - 0x600] = p[2];
	}
	fclose(f);
	return 0;
}

static int
is_form(uint32_t letter, int form, uint32_t got)
{
	int k;

	/* A non-joining letter (hamza) has no joined form to take; FriBidi
	 * leaves it as it is, which draws the same as its isolated form. */
	if (joining[letter - 0x600] == 'U' && got == letter)
		return 1;
	for (k = 0; k < NCAND; k++)
		if (forms[letter - 0x600][form][k] == got)
			return 1;
	return 0;
}

/* Every letter of the Persian alphabet (and hamza forms Persian text
 * uses, and the Arabic yeh and kaf typos), between beh (dual joining) and
 * alone, takes the form its joining type gives it. */
static void
test_every_persian_letter(void **state)
{
	static const char *letters[] = {
		"آ", "ا", "ب", "پ", "ت", "ث", "ج", "چ", "ح", "خ", "د", "ذ",
		"ر", "ز", "ژ", "س", "ش", "ص", "ض", "ط", "ظ", "ع", "غ", "ف",
		"ق", "ک", "گ", "ل", "م", "ن", "و", "ه", "ی", "ء", "أ", "ؤ",
		"ئ", "ۀ", "ي", "ك",
	};
	enum { ISO, FIN, INI, MED };
	char buf[32];
	size_t i;
	ucs4_t x;
	int jt, exp_ini, exp_fin, exp_med;

	(void)state;
	if (load_unicode_data() != 0)
		fail_msg("cannot read /usr/share/unicode (package unicode-data)");
	for (i = 0; i < N(letters); i++) {
		u8_mbtouc(&x, (const uint8_t *)letters[i], strlen(letters[i]));
		jt = joining[x - 0x600];
		assert_true(jt == 'D' || jt == 'R' || jt == 'U');
		exp_ini = jt == 'D' ? INI : ISO;
		exp_fin = jt == 'U' ? ISO : FIN;
		exp_med = jt == 'D' ? MED : exp_fin;
		assert_true(is_form(x, ISO, shaped_at(letters[i], 0)));
		snprintf(buf, sizeof buf, "%sب", letters[i]);
		assert_true(is_form(x, exp_ini, shaped_at(buf, 0)));
		snprintf(buf, sizeof buf, "ب%s", letters[i]);
		assert_true(is_form(x, exp_fin, shaped_at(buf, 1)));
		snprintf(buf, sizeof buf, "ب%sب", letters[i]);
		if (!is_form(x, exp_med, shaped_at(buf, 1)))
			print_error("letter U+%04X in the middle\n", (unsigned)x);
		assert_true(is_form(x, exp_med, shaped_at(buf, 1)));
	}
}

/* ZWNJ breaks the join and takes no cell: می‌شود is م(initial) ی(final)
 * ZWNJ ش(initial) و(final) د(isolated, waw does not join forward).
 * Without the ZWNJ, ی and ش are medial. */
static void
test_zwnj(void **state)
{
	static const uint32_t with[] = { 0xfea9, 0xfeee, 0xfeb7, 0xfbfd, 0xfee3 };
	static const uint32_t without[] = { 0xfea9, 0xfeee, 0xfeb8, 0xfbff, 0xfee3 };
	/* علی‌اکبر: ع initial, ل medial, ی final, ZWNJ, ا isolated, ک initial,
	 * ب medial, ر final. */
	static const uint32_t name[] = { 0xfeae, 0xfe92, 0xfb90, 0xfe8d, 0xfbfd,
	    0xfee0, 0xfecb };
	struct loc_layout l;

	(void)state;
	lay("می‌شود", LOC_DIR_RTL, SHAPE, &l);
	assert_int_equal(l.nchars, 6);
	assert_cells(&l, with, N(with));
	assert_int_equal(l.log2cell[2], -1);
	assert_int_equal(l.width, 5);
	loc_layout_done(&l);
	lay("میشود", LOC_DIR_RTL, SHAPE, &l);
	assert_cells(&l, without, N(without));
	loc_layout_done(&l);
	lay("علی‌اکبر", LOC_DIR_AUTO, SHAPE, &l);
	assert_cells(&l, name, N(name));
	loc_layout_done(&l);
	/* Unshaped, the ZWNJ still takes no cell. */
	lay("می‌شود", LOC_DIR_RTL, NOSHAPE, &l);
	assert_int_equal(l.ncells, 5);
	assert_int_equal(l.cells[0].cp, 0x62f);
	loc_layout_done(&l);
	/* LRM, RLM and ZWJ take no cell either. */
	lay("a\u200eb\u200fc\u200dd", LOC_DIR_LTR, SHAPE, &l);
	assert_int_equal(l.nchars, 7);
	assert_int_equal(l.ncells, 4);
	assert_int_equal(l.log2cell[1], -1);
	assert_int_equal(l.log2cell[6], 3);
	loc_layout_done(&l);
}

/* lam followed by alef: two cells (lam initial FEDF, alef final FE8E),
 * never the one-glyph ligature FEFB. */
static void
test_lam_alef(void **state)
{
	static const uint32_t la[] = { 0xfe8e, 0xfedf };
	struct loc_layout l;
	size_t i;

	(void)state;
	lay("لا", LOC_DIR_RTL, SHAPE, &l);
	assert_cells(&l, la, N(la));
	assert_int_equal(l.width, 2);
	loc_layout_done(&l);
	lay("کلاس سلام الله", LOC_DIR_RTL, SHAPE, &l);
	assert_int_equal(l.ncells, 14);
	assert_int_equal(l.width, 14);
	for (i = 0; i < l.ncells; i++) {
		assert_false(l.cells[i].cp >= 0xfef5 && l.cells[i].cp <= 0xfefc);
		assert_int_not_equal(l.cells[i].cp, 0xfeff);
	}
	loc_layout_done(&l);
}

/* Brackets at RTL levels are drawn mirrored (L4).  "(سلام)": N0 gives the
 * pair R, all level 1, reversed: logical ')' comes first and shows '('. */
static void
test_brackets(void **state)
{
	static const uint32_t vis[] = { '(', 0x645, 0x627, 0x644, 0x633, ')' };
	struct loc_layout l;

	(void)state;
	lay("(سلام)", LOC_DIR_RTL, NOSHAPE, &l);
	assert_cells(&l, vis, N(vis));
	assert_int_equal(l.cells[0].idx, 5);
	assert_int_equal(l.cells[5].idx, 0);
	loc_layout_done(&l);
	/* "(abc)" in RTL: the brackets' context is sos (R), so they are R
	 * (N0 c.2) around an L run; mirrored they read (abc). */
	lay("(abc)", LOC_DIR_RTL, SHAPE, &l);
	assert_int_equal(l.cells[0].cp, '(');
	assert_int_equal(l.cells[0].idx, 4);
	assert_int_equal(l.cells[1].cp, 'a');
	assert_int_equal(l.cells[4].cp, ')');
	loc_layout_done(&l);
	/* «» and [] too; not in LTR. */
	lay("[«نام»]", LOC_DIR_RTL, SHAPE, &l);
	assert_int_equal(l.cells[0].cp, '[');
	assert_int_equal(l.cells[1].cp, 0xab);	/* « */
	assert_int_equal(l.cells[5].cp, 0xbb);
	assert_int_equal(l.cells[6].cp, ']');
	loc_layout_done(&l);
	lay("f(x) [y]", LOC_DIR_LTR, SHAPE, &l);
	assert_int_equal(l.cells[1].cp, '(');
	assert_int_equal(l.cells[7].cp, ']');
	loc_layout_done(&l);
	/* Terminal mode mirrors nothing: the terminal will. */
	lay("(سلام)", LOC_DIR_RTL, SHAPE | LOC_LAYOUT_LOGICAL, &l);
	assert_int_equal(l.cells[0].cp, '(');
	assert_int_equal(l.cells[0].idx, 0);
	loc_layout_done(&l);
}

static void
test_placeholders(void **state)
{
	static const uint32_t esc[] = { 0x241b, '[', '2', 'J' };
	static const uint32_t rlo[] = { 'a', 'b', 'c', 0x25ca, 'd', 'e', 'f' };
	struct loc_layout l;
	size_t i;

	(void)state;
	lay("\x1b[2J", LOC_DIR_LTR, SHAPE, &l);
	assert_cells(&l, esc, N(esc));
	assert_int_equal(l.cells[0].flags, LOC_CELL_PLACEHOLDER);
	for (i = 1; i < 4; i++)
		assert_int_equal(l.cells[i].flags, 0);
	assert_int_equal(l.width, 4);
	loc_layout_done(&l);

	/* U+202E RLO would draw "def" as "fed"; as a placeholder it is
	 * inert and shown. */
	lay("abc\u202edef", LOC_DIR_LTR, SHAPE, &l);
	assert_cells(&l, rlo, N(rlo));
	assert_int_equal(l.cells[3].flags, LOC_CELL_PLACEHOLDER);
	assert_int_equal(l.nchars, 7);
	loc_layout_done(&l);
	lay("\u202eabc", LOC_DIR_RTL, SHAPE, &l);
	assert_int_equal(l.ncells, 4);
	assert_int_equal(l.cells[0].cp, 'a');	/* abc keeps its order */
	assert_int_equal(l.cells[3].cp, 0x25ca);
	loc_layout_done(&l);

	/* Every kind in one line, with a NUL inside: TAB, NUL, DEL, C1 NEL,
	 * LRE, PDF, LRI, PDI, LINE SEPARATOR, BEL. */
	{
		static const char s[] = "\t\0\x7f\xc2\x85\u202a\u202c\u2066\u2069\u2028\a";
		static const uint32_t exp[] = { 0x2409, 0x2400, 0x2421, 0xfffd,
		    0x25ca, 0x25ca, 0x25ca, 0x25ca, 0x2424, 0x2407 };

		assert_int_equal(loc_layout_line(s, sizeof s - 1, LOC_DIR_AUTO, SHAPE, &l), 0);
		check_maps(&l, s, sizeof s - 1);
		assert_cells(&l, exp, N(exp));
		for (i = 0; i < l.ncells; i++) {
			assert_int_equal(l.cells[i].flags, LOC_CELL_PLACEHOLDER);
			assert_int_equal(l.cells[i].width, 1);
		}
		loc_layout_done(&l);
	}
	/* A real U+FFFD in the text is text, not a placeholder. */
	lay("a\xef\xbf\xbd", LOC_DIR_LTR, SHAPE, &l);
	assert_int_equal(l.cells[1].cp, 0xfffd);
	assert_int_equal(l.cells[1].flags, 0);
	loc_layout_done(&l);
}

static void
test_invalid_utf8(void **state)
{
	static const struct {
		const char *s;
		size_t nchars;
		const char *expect;	/* loc_layout_utf8, LTR */
	} cases[] = {
		{ "a\xff" "b", 3, "a\uFFFDb" },
		{ "\xe2\x82", 1, "\uFFFD" },		/* truncated: one subpart */
		{ "\xe2\x82" "a", 2, "\uFFFDa" },
		{ "\xc0\xaf", 2, "\uFFFD\uFFFD" },	/* overlong '/' */
		{ "\xed\xa0\x80", 3, "\uFFFD\uFFFD\uFFFD" },	/* surrogate */
		{ "\xf4\x90\x80\x80", 4, "\uFFFD\uFFFD\uFFFD\uFFFD" },	/* > U+10FFFF */
		{ "\xf0\x9f\x98", 1, "\uFFFD" },
		{ "\xd8\xb3\xd9", 2, "\u0633\uFFFD" },	/* س then a cut letter */
	};
	struct loc_layout l;
	size_t i, k;
	char *u;

	(void)state;
	for (i = 0; i < N(cases); i++) {
		lay(cases[i].s, LOC_DIR_LTR, NOSHAPE, &l);
		assert_int_equal(l.nchars, cases[i].nchars);
		u = loc_layout_utf8(&l);
		assert_non_null(u);
		assert_string_equal(u, cases[i].expect);
		for (k = 0; k < l.ncells; k++)
			if (l.cells[k].cp == 0xfffd)
				assert_int_equal(l.cells[k].flags, LOC_CELL_PLACEHOLDER);
		free(u);
		loc_layout_done(&l);
	}
	/* idx2off of "a\xffb": one byte each. */
	lay("a\xff" "b", LOC_DIR_LTR, SHAPE, &l);
	for (k = 0; k <= 3; k++)
		assert_int_equal(l.idx2off[k], k);
	loc_layout_done(&l);
}

static void
test_combining_marks(void **state)
{
	struct loc_layout l, m;

	(void)state;
	/* سَلام: the fatha rides on seen, which still joins (marks are
	 * transparent to joining): seen initial FEB3. */
	lay("سَلام", LOC_DIR_RTL, SHAPE, &l);
	assert_int_equal(l.nchars, 5);
	assert_int_equal(l.ncells, 4);
	assert_int_equal(l.width, 4);
	assert_int_equal(l.log2cell[1], l.log2cell[0]);
	assert_int_equal(l.cells[3].cp, 0xfeb3);
	assert_int_equal(l.cells[3].comb[0], 0x64e);
	assert_int_equal(l.cells[3].comb[1], 0);
	loc_layout_done(&l);

	/* Two marks kept, the third dropped but mapped to its base. */
	lay("xe\u0301\u0302\u0303y", LOC_DIR_LTR, SHAPE, &l);
	assert_int_equal(l.ncells, 3);
	assert_int_equal(l.cells[1].cp, 'e');
	assert_int_equal(l.cells[1].comb[0], 0x301);
	assert_int_equal(l.cells[1].comb[1], 0x302);
	assert_int_equal(l.log2cell[4], 1);
	assert_int_equal(l.log2cell[5], 2);
	loc_layout_done(&l);

	/* A mark with no base is drawn on a dotted circle. */
	lay("\u0301a", LOC_DIR_LTR, SHAPE, &l);
	assert_int_equal(l.ncells, 2);
	assert_int_equal(l.cells[0].cp, 0x25cc);
	assert_int_equal(l.cells[0].comb[0], 0x301);
	assert_int_equal(l.width, 2);
	loc_layout_done(&l);

	/* Marks change no width: same width with and without tashkil. */
	lay("مُحَمَّد", LOC_DIR_RTL, SHAPE, &l);
	lay("محمد", LOC_DIR_RTL, SHAPE, &m);
	assert_int_equal(l.width, m.width);
	assert_int_equal(l.ncells, m.ncells);
	loc_layout_done(&m);
	loc_layout_done(&l);
}

static void
test_wide(void **state)
{
	struct loc_layout l;

	(void)state;
	lay("中文a", LOC_DIR_LTR, SHAPE, &l);
	assert_int_equal(l.ncells, 3);
	assert_int_equal(l.cells[0].width, 2);
	assert_int_equal(l.cells[1].width, 2);
	assert_int_equal(l.cells[2].width, 1);
	assert_int_equal(l.width, 5);
	loc_layout_done(&l);
	lay("کمک 中文", LOC_DIR_RTL, SHAPE, &l);
	assert_int_equal(l.width, 3 + 1 + 4);
	assert_int_equal(l.cells[0].cp, 0x4e2d);	/* L run at the left */
	loc_layout_done(&l);
}

/* Consistency of the maps on mixed lines in every direction and mode:
 * cell -> idx -> cell round trips, and every character that has a cell is
 * found exactly once. */
static void
test_maps_round_trip(void **state)
{
	static const char *lines[] = {
		"Ali علی‌اکبر (۱۲۳) e\u0301 中文 \x1b[0m x",
		"کد ملی: 0012345678، تلفن ۰۹۱۲-۳۴۵-۶۷۸۹",
		"«مؤسسهٔ خیریه» [Tehran] ١٢٣ abc",
		"\u202bسلام\u202c world \xff\xfe",
		"   ",
		"a",
	};
	static const unsigned modes[] = { 0, SHAPE, LOC_LAYOUT_LOGICAL, SHAPE | LOC_LAYOUT_LOGICAL };
	struct loc_layout l;
	size_t i, m, c, k;
	int d, seen;

	(void)state;
	for (i = 0; i < N(lines); i++)
		for (d = LOC_DIR_LTR; d <= LOC_DIR_AUTO; d++)
			for (m = 0; m < N(modes); m++) {
				lay(lines[i], d, modes[m], &l);
				for (k = 0; k < l.nchars; k++) {
					if (l.log2cell[k] < 0 ||
					    l.cells[l.log2cell[k]].idx != (int)k)
						continue;
					for (c = 0, seen = 0; c < l.ncells; c++)
						seen += l.cells[c].idx == (int)k;
					assert_int_equal(seen, 1);
				}
				if (modes[m] & LOC_LAYOUT_LOGICAL)
					for (c = 1; c < l.ncells; c++)
						assert_true(l.cells[c].idx > l.cells[c - 1].idx);
				loc_layout_done(&l);
			}
}

/* loc_layout_line orders cells exactly as loc_layout_bidi (the entry the
 * conformance test checks) orders characters, when every character takes
 * a cell of its own. */
static void
test_line_matches_bidi(void **state)
{
	static const char *lines[] = {
		"سلام ABC ۱۲۳", "ABC سلام 123", "(مبلغ: ۱٬۲۰۰٬۰۰۰ ریال) - paid",
		"کد 12-34 [الف] «ب» x", "  فاصله در پایان  ", "a (b) c",
		"نام: Ali, شهر: Tehran.",
	};
	struct loc_layout l;
	uint32_t cp[64];
	uint8_t levels[64];
	int order[64], rtl, d;
	size_t i, k;

	(void)state;
	for (i = 0; i < N(lines); i++)
		for (d = LOC_DIR_LTR; d <= LOC_DIR_AUTO; d++) {
			lay(lines[i], d, NOSHAPE, &l);
			assert_int_equal(l.ncells, l.nchars);
			assert_true(l.nchars <= 64);
			for (k = 0; k < l.nchars; k++) {
				ucs4_t uc;

				u8_mbtouc(&uc, (const uint8_t *)lines[i] + l.idx2off[k],
				    strlen(lines[i]) - l.idx2off[k]);
				cp[k] = uc;
			}
			assert_int_equal(loc_layout_bidi(cp, l.nchars, d, levels, order, &rtl), 0);
			assert_int_equal(rtl, l.rtl);
			for (k = 0; k < l.ncells; k++) {
				assert_int_equal(l.cells[k].idx, order[k]);
				assert_int_equal(l.cells[k].level, levels[order[k]]);
			}
			loc_layout_done(&l);
		}
}

/* Terminal mode: logical order, no shaping; ZWNJ is kept (attached to
 * the letter before it) because the terminal shapes. */
static void
test_logical(void **state)
{
	struct loc_layout l;
	char *u;

	(void)state;
	lay("می‌شود ok", LOC_DIR_AUTO, SHAPE | LOC_LAYOUT_LOGICAL, &l);
	assert_true(l.rtl);
	assert_int_equal(l.ncells, 8);
	assert_int_equal(l.cells[0].cp, 0x645);
	assert_int_equal(l.cells[1].cp, 0x6cc);
	assert_int_equal(l.cells[1].comb[0], 0x200c);
	assert_int_equal(l.log2cell[2], 1);
	u = loc_layout_utf8(&l);
	assert_string_equal(u, "می‌شود ok");
	free(u);
	loc_layout_done(&l);
	lay("a\x1b[1mb", LOC_DIR_LTR, LOC_LAYOUT_LOGICAL, &l);
	u = loc_layout_utf8(&l);
	assert_string_equal(u, "a\u241b[1mb");
	assert_int_equal(l.cells[1].flags, LOC_CELL_PLACEHOLDER);
	free(u);
	loc_layout_done(&l);
}

static void
test_sanitize(void **state)
{
	static const struct {
		const char *in, *out;
	} cases[] = {
		{ "", "" },
		{ "علی‌اکبر کریمی", "علی‌اکبر کریمی" },	/* ZWNJ stays */
		{ "a\x1b[31mb\u202e\t", "a\u241b[31mb\u25ca\u2409" },
		{ "a\xff" "b\x7f", "a\uFFFDb\u2421" },
		{ "\xc2\x9b" "2J", "\uFFFD2J" },	/* C1 CSI */
		{ "x\u2067y\u2069\u2029", "x\u25cay\u25ca\u2424" },
		{ "\u200f\u200e", "\u200f\u200e" },	/* marks are safe */
	};
	size_t i;
	char *s;

	(void)state;
	for (i = 0; i < N(cases); i++) {
		s = loc_text_sanitize(cases[i].in);
		assert_non_null(s);
		assert_string_equal(s, cases[i].out);
		free(s);
	}
}

static void
test_done_zeroed(void **state)
{
	struct loc_layout l;

	(void)state;
	memset(&l, 0, sizeof l);
	loc_layout_done(&l);
	loc_layout_done(&l);
	assert_null(l.cells);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mixed_rtl),
		cmocka_unit_test(test_ltr_base),
		cmocka_unit_test(test_auto_direction),
		cmocka_unit_test(test_persian_forms),
		cmocka_unit_test(test_every_persian_letter),
		cmocka_unit_test(test_zwnj),
		cmocka_unit_test(test_lam_alef),
		cmocka_unit_test(test_brackets),
		cmocka_unit_test(test_placeholders),
		cmocka_unit_test(test_invalid_utf8),
		cmocka_unit_test(test_combining_marks),
		cmocka_unit_test(test_wide),
		cmocka_unit_test(test_maps_round_trip),
		cmocka_unit_test(test_line_matches_bidi),
		cmocka_unit_test(test_logical),
		cmocka_unit_test(test_sanitize),
		cmocka_unit_test(test_done_zeroed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
