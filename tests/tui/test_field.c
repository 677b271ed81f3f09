/*
 * tests/tui/test_field.c — editing a right-to-left field (tui/field.h):
 * grapheme-wise deletion, visual arrow movement in mixed text, where the
 * cursor shows, scrolling, a proposed value typed over.  No terminal is
 * needed.
 *
 * Expected columns are worked out by hand from the Unicode Bidi Algorithm
 * (an RTL paragraph: Persian letters at odd levels, digits and Latin at
 * even levels, runs reversed), not copied from the program's output.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "locale/layout.h"
#include "locale/text.h"
#include "tui/field.h"

#define SHAPE LOC_LAYOUT_SHAPE

/* Cursor column of e in the laid-out line (text coordinates). */
static int
cursor_col(struct tui_edit *e)
{
	struct loc_layout l;
	size_t idx = 0, i;
	int col;

	assert_int_equal(loc_layout_line(e->buf, e->len, e->dir, e->flags, &l), 0);
	for (i = 0; i <= l.nchars; i++)
		if (l.idx2off[i] == e->off) {
			idx = i;
			break;
		}
	col = tui_edit_cursor_col(&l, idx);
	loc_layout_done(&l);
	return col;
}

/* Column of the cell showing logical character idx. */
static int
char_col(struct tui_edit *e, size_t idx)
{
	struct loc_layout l;
	int c, col = 0, cell;

	assert_int_equal(loc_layout_line(e->buf, e->len, e->dir, e->flags, &l), 0);
	cell = l.log2cell[idx];
	assert_true(cell >= 0);
	for (c = 0; c < cell; c++)
		col += l.cells[c].width;
	loc_layout_done(&l);
	return col;
}

static void
type(struct tui_edit *e, const char *s)
{
	assert_int_equal(tui_edit_insert_str(e, s), 0);
}

static void
test_insert_and_backspace_graphemes(void **state)
{
	struct tui_edit e;

	(void)state;
	assert_int_equal(tui_edit_init(&e, NULL, LOC_DIR_RTL, SHAPE), 0);
	/* خیّر: yeh carries a shadda (U+0651): one grapheme of two characters. */
	type(&e, "\xd8\xae\xdb\x8c\xd9\x91\xd8\xb1");
	assert_int_equal(tui_edit_backspace(&e), 1);
	assert_string_equal(e.buf, "\xd8\xae\xdb\x8c\xd9\x91");
	assert_int_equal(tui_edit_backspace(&e), 1);	/* yeh and shadda together */
	assert_string_equal(e.buf, "\xd8\xae");
	assert_int_equal(tui_edit_backspace(&e), 1);
	assert_string_equal(e.buf, "");
	assert_int_equal(tui_edit_backspace(&e), 0);
	/* Latin e + combining acute is one grapheme too. */
	type(&e, "ae\xcc\x81");
	tui_edit_home(&e);
	assert_int_equal(tui_edit_delete(&e), 1);
	assert_string_equal(e.buf, "e\xcc\x81");
	assert_int_equal(tui_edit_delete(&e), 1);
	assert_string_equal(e.buf, "");
	tui_edit_done(&e);
}

static void
test_zwnj_is_its_own_step(void **state)
{
	struct tui_edit e;

	(void)state;
	/* می‌ then ZWNJ: one Backspace removes just the ZWNJ, not the yeh. */
	assert_int_equal(tui_edit_init(&e, "\xd9\x85\xdb\x8c\xe2\x80\x8c", LOC_DIR_RTL, SHAPE), 0);
	assert_int_equal(tui_edit_backspace(&e), 1);
	assert_string_equal(e.buf, "\xd9\x85\xdb\x8c");
	tui_edit_done(&e);
}

#define MISHAVAD "\xd9\x85\xdb\x8c\xe2\x80\x8c\xd8\xb4\xd9\x88\xd8\xaf"	/* می‌شود */

/* The ZWNJ of می‌شود takes no cell: one cursor stop, after it. */
static void
test_zwnj_one_stop(void **state)
{
	struct tui_edit e;
	int col, prev, stops = 1;

	(void)state;
	assert_int_equal(tui_edit_init(&e, MISHAVAD, LOC_DIR_RTL, SHAPE), 0);
	/* From the start (the right end), Left visits every stop once, each
	 * somewhere else on the screen: before م, ی, ش, و, د and the end. */
	tui_edit_home(&e);
	prev = cursor_col(&e);
	while (tui_edit_left(&e)) {
		col = cursor_col(&e);
		assert_true(col < prev);
		assert_true(e.off != 4);		/* never between ی and the ZWNJ */
		prev = col;
		stops++;
	}
	assert_int_equal(stops, 6);
	assert_int_equal(e.off, e.len);
	while (tui_edit_right(&e))
		stops--;
	assert_int_equal(stops, 1);
	assert_int_equal(e.off, 0u);
	/* Two Lefts: on ش, past the ZWNJ; Backspace removes the ZWNJ. */
	tui_edit_left(&e);
	tui_edit_left(&e);
	assert_int_equal(e.off, 7u);
	assert_int_equal(tui_edit_backspace(&e), 1);
	assert_string_equal(e.buf, "\xd9\x85\xdb\x8c\xd8\xb4\xd9\x88\xd8\xaf");
	assert_int_equal(e.off, 4u);
	assert_int_equal(tui_edit_backspace(&e), 1);	/* then the ی */
	assert_string_equal(e.buf, "\xd9\x85\xd8\xb4\xd9\x88\xd8\xaf");
	tui_edit_done(&e);

	/* Delete on the ی of می‌شود removes the ی, not the ZWNJ, and the
	 * cursor stays where the ی was, before the ZWNJ (shown on ش, as the
	 * stop past it): a letter typed now takes the ی's place. */
	assert_int_equal(tui_edit_init(&e, MISHAVAD, LOC_DIR_RTL, SHAPE), 0);
	tui_edit_home(&e);
	tui_edit_left(&e);
	assert_int_equal(e.off, 2u);
	assert_int_equal(tui_edit_delete(&e), 1);
	assert_string_equal(e.buf, "\xd9\x85\xe2\x80\x8c\xd8\xb4\xd9\x88\xd8\xaf");
	assert_int_equal(e.off, 2u);
	col = cursor_col(&e);
	type(&e, "\xdb\x8c");
	assert_string_equal(e.buf, MISHAVAD);
	assert_int_equal(tui_edit_backspace(&e), 1);	/* م‌شود again */
	assert_int_equal(e.off, 2u);
	assert_int_equal(tui_edit_left(&e), 1);		/* on from the stop past the ZWNJ */
	assert_true(cursor_col(&e) < col);
	assert_int_equal(e.off, 7u);			/* on و */
	tui_edit_right(&e);
	assert_int_equal(e.off, 5u);
	assert_int_equal(tui_edit_backspace(&e), 1);	/* the ZWNJ */
	assert_string_equal(e.buf, "\xd9\x85\xd8\xb4\xd9\x88\xd8\xaf");
	tui_edit_done(&e);
}

static void
test_cursor_in_persian(void **state)
{
	struct tui_edit e;

	(void)state;
	/* سلام in an RTL paragraph: visual م ا ل س, columns 0..3. */
	assert_int_equal(tui_edit_init(&e, "\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85", LOC_DIR_RTL, SHAPE), 0);
	assert_int_equal(cursor_col(&e), -1);		/* end: left of م */
	tui_edit_home(&e);
	assert_int_equal(cursor_col(&e), 3);		/* on س, the rightmost */
	assert_int_equal(tui_edit_right(&e), 0);	/* already at the right edge */
	assert_int_equal(tui_edit_left(&e), 1);
	assert_int_equal(cursor_col(&e), 2);		/* on ل */
	assert_int_equal(e.off, 2u);			/* after one 2-byte letter */
	tui_edit_done(&e);
}

static void
test_arrows_move_visually_in_mixed_text(void **state)
{
	struct tui_edit e;
	int prev, col, i, visited = 1;
	size_t offs[16];

	(void)state;
	/* "سلام abc": visual "abc مالس"; a0 b1 c2 space3 م4 ا5 ل6 س7. */
	assert_int_equal(tui_edit_init(&e, "\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85 abc", LOC_DIR_RTL, SHAPE), 0);
	assert_int_equal(cursor_col(&e), 3);		/* end: right of c */
	tui_edit_home(&e);
	prev = cursor_col(&e);
	assert_int_equal(prev, 7);
	offs[0] = e.off;
	/* Left walks every position once, never moving right on screen. */
	while (tui_edit_left(&e)) {
		col = cursor_col(&e);
		assert_true(col <= prev);
		for (i = 0; i < visited; i++)
			assert_true(offs[i] != e.off);
		offs[visited++] = e.off;
		prev = col;
	}
	assert_int_equal(visited, 9);			/* 8 characters + end */
	assert_int_equal(prev, 0);			/* ends on a, the leftmost */
	assert_int_equal(e.off, strlen("\xd8\xb3\xd9\x84\xd8\xa7\xd9\x85 "));
	/* and Right walks back to the start. */
	while (tui_edit_right(&e))
		visited--;
	assert_int_equal(visited, 1);
	assert_int_equal(e.off, 0u);
	tui_edit_done(&e);
}

static void
test_typed_character_lands_at_cursor(void **state)
{
	struct tui_edit e;
	int before;

	(void)state;
	assert_int_equal(tui_edit_init(&e, "\xd8\xb9\xd9\x84\xdb\x8c ", LOC_DIR_RTL, SHAPE), 0);
	/* علی + space: digits typed now run left to right, left of the name. */
	type(&e, "\xdb\xb1");				/* ۱ */
	before = cursor_col(&e);
	assert_int_equal(before, char_col(&e, 4) + 1);	/* right of ۱ */
	type(&e, "\xdb\xb2");				/* ۲ goes where the cursor was */
	assert_int_equal(char_col(&e, 5), before);
	/* Latin digits the same. */
	before = cursor_col(&e);
	type(&e, "3");
	assert_int_equal(char_col(&e, 6), before);
	tui_edit_done(&e);
}

static void
test_scrolling_keeps_cursor_visible(void **state)
{
	struct tui_edit e;
	struct loc_layout l;
	struct tui_edit_view v;
	int i;

	(void)state;
	assert_int_equal(tui_edit_init(&e, NULL, LOC_DIR_RTL, SHAPE), 0);
	for (i = 0; i < 12; i++) {
		type(&e, "\xd8\xa8");			/* ب */
		assert_int_equal(tui_edit_layout(&e, 5, &l, &v), 0);
		assert_true(v.cursor_x >= 0 && v.cursor_x < 5);
		loc_layout_done(&l);
	}
	tui_edit_home(&e);
	assert_int_equal(tui_edit_layout(&e, 5, &l, &v), 0);
	assert_true(v.cursor_x >= 0 && v.cursor_x < 5);
	loc_layout_done(&l);
	/* Short text sits on the right of the area, the cursor left of it. */
	assert_int_equal(tui_edit_set(&e, "\xd8\xa8\xd8\xa8"), 0);
	assert_int_equal(tui_edit_layout(&e, 10, &l, &v), 0);
	assert_int_equal(v.text_x, 8);
	assert_int_equal(v.cursor_x, 7);
	loc_layout_done(&l);
	tui_edit_done(&e);
}

static void
test_ltr_field(void **state)
{
	struct tui_edit e;
	struct loc_layout l;
	struct tui_edit_view v;

	(void)state;
	assert_int_equal(tui_edit_init(&e, "abc", LOC_DIR_LTR, SHAPE), 0);
	assert_int_equal(cursor_col(&e), 3);
	assert_int_equal(tui_edit_layout(&e, 10, &l, &v), 0);
	assert_int_equal(v.text_x, 0);
	assert_int_equal(v.cursor_x, 3);
	loc_layout_done(&l);
	assert_int_equal(tui_edit_left(&e), 1);
	assert_int_equal(e.off, 2u);
	tui_edit_done(&e);
}

/*
 * Bidi mode terminal: the cells are the text in logical order, and the
 * terminal reorders them.  A right-to-left field still sits on the right of
 * its area; its logical end, where typing goes on, is the right of its
 * cells, so the cursor there is on the area's last column and the text
 * just left of it.
 */
static void
test_logical_rtl_field_on_the_right(void **state)
{
	struct tui_edit e;
	struct loc_layout l;
	struct tui_edit_view v;
	int i;

	(void)state;
	assert_int_equal(tui_edit_init(&e, NULL, LOC_DIR_RTL, LOC_LAYOUT_LOGICAL), 0);
	assert_int_equal(tui_edit_layout(&e, 20, &l, &v), 0);
	assert_int_equal(v.cursor_x, 19);		/* empty: the area's right end */
	loc_layout_done(&l);
	/* کوچه 12 Tehran: 14 cells, in the order typed */
	type(&e, "\xda\xa9\xd9\x88\xda\x86\xd9\x87 12 Tehran");
	assert_int_equal(tui_edit_layout(&e, 20, &l, &v), 0);
	assert_int_equal(l.width, 14);
	assert_int_equal(l.cells[0].cp, 0x06A9);	/* ک first: not reordered */
	assert_int_equal(l.cells[13].cp, 'n');
	assert_int_equal(v.text_x, 5);			/* 20 - 1 - 14 */
	assert_int_equal(v.cursor_x, 19);		/* right after «Tehran» */
	loc_layout_done(&l);
	tui_edit_home(&e);
	assert_int_equal(tui_edit_layout(&e, 20, &l, &v), 0);
	assert_int_equal(v.text_x, 5);
	assert_int_equal(v.cursor_x, 5);		/* on ک */
	loc_layout_done(&l);
	/* a ZWNJ takes no column: علی‌رضا is 6 cells */
	assert_int_equal(tui_edit_set(&e, "\xd8\xb9\xd9\x84\xdb\x8c\xe2\x80\x8c\xd8\xb1\xd8\xb6\xd8\xa7"), 0);
	assert_int_equal(tui_edit_layout(&e, 20, &l, &v), 0);
	assert_int_equal(v.text_x, 13);
	assert_int_equal(v.cursor_x, 19);
	loc_layout_done(&l);
	/* wider than the area: it scrolls, the cursor stays in it */
	for (i = 0; i < 30; i++) {
		type(&e, "\xd8\xa8");			/* ب */
		assert_int_equal(tui_edit_layout(&e, 20, &l, &v), 0);
		assert_true(v.cursor_x >= 0 && v.cursor_x < 20);
		loc_layout_done(&l);
	}
	assert_int_equal(v.cursor_x, 19);
	tui_edit_done(&e);
}

/*
 * Bidi mode terminal, the arrows.  The program writes the logical text and
 * the terminal reorders it; a person sees the reordered line, so Left must
 * move the cursor left on that line, not one character back in the text.
 * A reordering terminal is modelled here as FriBidi in the field's
 * direction (the visual order mode app draws), showing its cursor over the
 * character of the cell the program put it on (the cursor "follows the
 * character it belongs to", as in the terminal-wg BiDi recommendation).
 */
#define ZAHRA "\xd8\xb2\xd9\x87\xd8\xb1\xd8\xa7 \xda\xa9\xd8\xb1\xdb\x8c\xd9\x85\xdb\x8c"	/* زهرا کریمی */
#define NEJAD "\xe2\x80\x8c\xd9\x86\xda\x98\xd8\xa7\xd8\xaf"	/* ZWNJ نژاد */
#define KUCHE "\xda\xa9\xd9\x88\xda\x86\xd9\x87 12 Tehran"	/* کوچه 12 Tehran */
#define NOT_ON_A_CHAR (-100)

static int
col_of_cell(const struct loc_layout *l, int cell)
{
	int c, col = 0;

	for (c = 0; c < cell; c++)
		col += l->cells[c].width;
	return col;
}

/* The column of the reordered line where a reordering terminal shows the
 * cursor of e, or NOT_ON_A_CHAR when the program put it past the text. */
static int
term_col(struct tui_edit *e)
{
	struct loc_layout l, r;
	struct tui_edit_view v;
	int c, shown = NOT_ON_A_CHAR;

	assert_true(e->flags & LOC_LAYOUT_LOGICAL);
	assert_int_equal(tui_edit_layout(e, 40, &l, &v), 0);
	for (c = 0; c < (int)l.ncells; c++)
		if (col_of_cell(&l, c) == v.cursor_x - v.text_x)
			break;
	if (c < (int)l.ncells) {
		assert_int_equal(loc_layout_line(e->buf, e->len, e->dir, 0, &r), 0);
		assert_true(r.log2cell[l.cells[c].idx] >= 0);
		shown = col_of_cell(&r, r.log2cell[l.cells[c].idx]);
		loc_layout_done(&r);
	}
	loc_layout_done(&l);
	return shown;
}

static void
test_logical_arrows_follow_the_screen(void **state)
{
	struct tui_edit e;

	(void)state;
	/* زهرا کریمی reordered: ی م ی ر ک _ ا ر ه ز, columns 0..9; its
	 * logical end, where typing goes on, is the left of the name. */
	assert_int_equal(tui_edit_init(&e, ZAHRA, LOC_DIR_RTL, LOC_LAYOUT_LOGICAL), 0);
	assert_int_equal(tui_edit_left(&e), 0);		/* nothing further left */
	assert_int_equal(e.off, e.len);
	type(&e, NEJAD);				/* the name goes on */
	assert_string_equal(e.buf, ZAHRA NEJAD);
	/* Right from the end: onto the last ی, the leftmost letter; what is
	 * typed now goes in before it (right of it on the screen). */
	assert_int_equal(tui_edit_set(&e, ZAHRA), 0);
	assert_int_equal(tui_edit_right(&e), 1);
	assert_int_equal(e.off, e.len - 2);
	assert_int_equal(term_col(&e), 0);
	assert_int_equal(tui_edit_right(&e), 1);
	assert_int_equal(e.off, e.len - 4);		/* on م */
	assert_int_equal(term_col(&e), 1);
	type(&e, "\xdb\x8c");				/* ی */
	assert_string_equal(e.buf, "\xd8\xb2\xd9\x87\xd8\xb1\xd8\xa7 \xda\xa9\xd8\xb1\xdb\x8c\xdb\x8c\xd9\x85\xdb\x8c");
	/* Home: the logical start, ز, the rightmost letter; Left from there
	 * goes to the next letter on its left. */
	assert_int_equal(tui_edit_set(&e, ZAHRA), 0);
	tui_edit_home(&e);
	assert_int_equal(e.off, 0u);
	assert_int_equal(term_col(&e), 9);
	assert_int_equal(tui_edit_right(&e), 0);	/* already the rightmost */
	assert_int_equal(tui_edit_left(&e), 1);
	assert_int_equal(e.off, 2u);			/* on ه */
	assert_int_equal(term_col(&e), 8);
	tui_edit_end(&e);
	assert_int_equal(e.off, e.len);
	tui_edit_done(&e);
}

static void
test_logical_arrows_in_mixed_text(void **state)
{
	/* کوچه 12 Tehran in an RTL paragraph reads, left to right,
	 * "Tehran 12 هچوک": T..n columns 0..5 (characters 8..13), the space
	 * between them 6 (7), 1 at 7 (5), 2 at 8 (6), the space 9 (4), ه چ و ک
	 * 10..13 (3..0).  The cursor at character i shows on that character's
	 * cell; at the end (14), right of «Tehran», in the column of space 7.
	 * From Home (on ک) Left visits, by character index: */
	static const size_t walk[] = { 1, 2, 3, 4, 6, 5, 14, 7, 13, 12, 11, 10, 9, 8 };
	/* with byte offsets: a Persian letter is 2 bytes, the rest 1 */
	struct tui_edit e;
	size_t k, idx, off;
	int col, prev;

	(void)state;
	assert_int_equal(tui_edit_init(&e, KUCHE, LOC_DIR_RTL, LOC_LAYOUT_LOGICAL), 0);
	tui_edit_home(&e);
	prev = term_col(&e);
	assert_int_equal(prev, 13);
	for (k = 0; k < sizeof walk / sizeof walk[0]; k++) {
		assert_int_equal(tui_edit_left(&e), 1);
		idx = walk[k];
		off = idx <= 4 ? 2 * idx : idx + 4;
		assert_int_equal(e.off, off);
		col = term_col(&e);
		if (idx == 14) {			/* past the text */
			assert_int_equal(col, NOT_ON_A_CHAR);
			continue;
		}
		assert_true(col < prev);		/* left on the screen */
		prev = col;
	}
	assert_int_equal(prev, 0);			/* on T, the leftmost */
	assert_int_equal(tui_edit_left(&e), 0);
	/* and back: Right retraces the walk to Home */
	for (k = sizeof walk / sizeof walk[0] - 1; k > 0; k--) {
		assert_int_equal(tui_edit_right(&e), 1);
		idx = walk[k - 1];
		assert_int_equal(e.off, idx <= 4 ? 2 * idx : idx + 4);
	}
	assert_int_equal(tui_edit_right(&e), 1);
	assert_int_equal(e.off, 0u);
	assert_int_equal(tui_edit_right(&e), 0);
	/* Home, five times Left: on 2, across the digits; a digit typed there
	 * goes before it, between 1 and 2 */
	for (k = 0; k < 5; k++)
		assert_int_equal(tui_edit_left(&e), 1);
	type(&e, "3");
	assert_string_equal(e.buf, "\xda\xa9\xd9\x88\xda\x86\xd9\x87 132 Tehran");
	/* End, two Lefts: on n, the end of the Latin run; a letter typed there
	 * goes before it */
	assert_int_equal(tui_edit_set(&e, "\xda\xa9\xd9\x88\xda\x86\xd9\x87 12 Tehrn"), 0);
	assert_int_equal(tui_edit_left(&e), 1);	/* the space's column */
	assert_int_equal(tui_edit_left(&e), 1);
	type(&e, "a");
	assert_string_equal(e.buf, KUCHE);
	tui_edit_done(&e);
}

/* The offsets the arrow visits from the cursor until the edge; n of them. */
static size_t
arrow_walk(struct tui_edit *e, int left, size_t *offs, size_t max)
{
	size_t n = 0;

	while ((left ? tui_edit_left(e) : tui_edit_right(e)) && n < max)
		offs[n++] = e->off;
	return n;
}

static void
test_logical_arrows_as_in_mode_app(void **state)
{
	static const struct { const char *text; enum loc_dir dir; } cases[] = {
		{ ZAHRA, LOC_DIR_RTL },
		{ ZAHRA NEJAD, LOC_DIR_RTL },
		{ KUCHE, LOC_DIR_RTL },
		{ KUCHE, LOC_DIR_AUTO },
		{ "Room 5, \xda\xa9\xd9\x88\xda\x86\xd9\x87 \xdb\xb1\xdb\xb2", LOC_DIR_LTR },
		{ "\xd8\xb9\xd9\x84\xd9\x8a (Ali)", LOC_DIR_RTL },	/* Arabic yeh, brackets */
	};
	struct tui_edit a, t;
	size_t i, h, side, na, nt, oa[64], ot[64];

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		for (h = 0; h < 2; h++)		/* from the end, from Home */
			for (side = 0; side < 2; side++) {
				assert_int_equal(tui_edit_init(&a, cases[i].text, cases[i].dir, SHAPE), 0);
				assert_int_equal(tui_edit_init(&t, cases[i].text, cases[i].dir, LOC_LAYOUT_LOGICAL), 0);
				if (h) {
					tui_edit_home(&a);
					tui_edit_home(&t);
				}
				na = arrow_walk(&a, side == 0, oa, 64);
				nt = arrow_walk(&t, side == 0, ot, 64);
				assert_int_equal(nt, na);
				assert_memory_equal(ot, oa, na * sizeof oa[0]);
				tui_edit_done(&a);
				tui_edit_done(&t);
			}
}

/* ۱۴۰۵/۰۱/۱۵, a date as a new record's form proposes it, and ۶. */
#define PROPOSED "\xdb\xb1\xdb\xb4\xdb\xb0\xdb\xb5/\xdb\xb0\xdb\xb1/\xdb\xb1\xdb\xb5"
#define SIX "\xdb\xb6"

static void
test_proposal_typed_over(void **state)
{
	struct tui_edit e;

	(void)state;
	assert_int_equal(tui_edit_init(&e, NULL, LOC_DIR_RTL, SHAPE), 0);
	assert_int_equal(tui_edit_propose(&e, PROPOSED), 0);
	assert_string_equal(e.buf, PROPOSED);		/* shown, kept as is */
	assert_int_equal(e.off, e.len);
	/* the first character replaces the whole proposal... */
	assert_int_equal(tui_edit_insert(&e, 0x06F1), 0);	/* ۱ */
	assert_string_equal(e.buf, "\xdb\xb1");
	assert_int_equal(e.off, e.len);
	/* ...the next ones go after it */
	type(&e, "\xdb\xb4\xdb\xb0\xdb\xb5/");
	assert_string_equal(e.buf, "\xdb\xb1\xdb\xb4\xdb\xb0\xdb\xb5/");
	/* inserting text (a pasted date) over a proposal replaces it too */
	assert_int_equal(tui_edit_propose(&e, PROPOSED), 0);
	type(&e, "1405/01/02");
	assert_string_equal(e.buf, "1405/01/02");
	tui_edit_done(&e);
}

static void
test_proposal_edited(void **state)
{
	struct tui_edit e;

	(void)state;
	assert_int_equal(tui_edit_init(&e, NULL, LOC_DIR_RTL, SHAPE), 0);
	/* Backspace: the last digit goes, typing then edits */
	assert_int_equal(tui_edit_propose(&e, PROPOSED), 0);
	assert_int_equal(tui_edit_backspace(&e), 1);
	type(&e, SIX);
	assert_string_equal(e.buf, "\xdb\xb1\xdb\xb4\xdb\xb0\xdb\xb5/\xdb\xb0\xdb\xb1/\xdb\xb1" SIX);
	/* Home, End: the cursor moves, nothing is replaced */
	assert_int_equal(tui_edit_propose(&e, PROPOSED), 0);
	tui_edit_home(&e);
	type(&e, SIX);
	assert_string_equal(e.buf, SIX PROPOSED);
	assert_int_equal(tui_edit_propose(&e, PROPOSED), 0);
	tui_edit_end(&e);
	type(&e, SIX);
	assert_string_equal(e.buf, PROPOSED SIX);
	/* an arrow: typing goes in where the cursor went (a left-to-right
	 * field, where Left is one character back) */
	e.dir = LOC_DIR_LTR;
	assert_int_equal(tui_edit_propose(&e, "1405/01/15"), 0);
	assert_int_equal(tui_edit_left(&e), 1);
	type(&e, "6");
	assert_string_equal(e.buf, "1405/01/165");
	assert_int_equal(tui_edit_propose(&e, "1405/01/15"), 0);
	assert_int_equal(tui_edit_right(&e), 0);	/* at the end already */
	type(&e, "6");
	assert_string_equal(e.buf, "1405/01/156");
	e.dir = LOC_DIR_RTL;
	/* Delete, even with nothing after the cursor */
	assert_int_equal(tui_edit_propose(&e, PROPOSED), 0);
	assert_int_equal(tui_edit_delete(&e), 0);
	type(&e, SIX);
	assert_string_equal(e.buf, PROPOSED SIX);
	/* text set (a stored date, a draft's) is no proposal */
	assert_int_equal(tui_edit_propose(&e, PROPOSED), 0);
	assert_int_equal(tui_edit_set(&e, PROPOSED), 0);
	type(&e, SIX);
	assert_string_equal(e.buf, PROPOSED SIX);
	/* and init's text is none either */
	tui_edit_done(&e);
	assert_int_equal(tui_edit_init(&e, PROPOSED, LOC_DIR_RTL, SHAPE), 0);
	type(&e, SIX);
	assert_string_equal(e.buf, PROPOSED SIX);
	tui_edit_done(&e);
}

/* The visual row of e laid out for an area of w columns, spaces where no
 * text is, and the cursor's area column into *cx. */
static void
row_of(struct tui_edit *e, int w, char *row, size_t n, int *cx)
{
	struct loc_layout l;
	struct tui_edit_view v;
	size_t c, len = 0;
	int col;

	assert_int_equal(tui_edit_layout(e, w, &l, &v), 0);
	for (col = 0; col < v.text_x && len + 1 < n; col++)
		row[len++] = ' ';
	for (c = 0; c < l.ncells; c++)
		len += loc_utf8_encode(l.cells[c].cp, row + len);
	row[len] = '\0';
	*cx = v.cursor_x;
	loc_layout_done(&l);
}

static void
test_codes_left_to_right(void **state)
{
	struct tui_edit e;
	char row[200];
	int cx;

	(void)state;
	/* a Persian search field: an id typed as «TST-» showed «-TST» */
	assert_int_equal(tui_edit_init(&e, NULL, LOC_DIR_RTL, 0), 0);
	e.codes = 1;
	assert_int_equal(tui_edit_text_dir(&e), LOC_DIR_RTL);	/* empty: the field's */
	assert_int_equal(tui_edit_insert_str(&e, "TST-"), 0);
	assert_int_equal(tui_edit_text_dir(&e), LOC_DIR_LTR);
	row_of(&e, 10, row, sizeof row, &cx);
	/* on the field's right, its cursor past the dash in the last column */
	assert_string_equal(row, "     TST-");
	assert_int_equal(cx, 9);
	/* the number of an id alone, and a date being typed */
	assert_int_equal(tui_edit_set(&e, "12-"), 0);
	row_of(&e, 10, row, sizeof row, &cx);
	assert_string_equal(row, "      12-");
	assert_int_equal(tui_edit_set(&e, "۱۴۰۳/"), 0);
	assert_int_equal(tui_edit_text_dir(&e), LOC_DIR_LTR);
	/* Persian stays right to left, its dash or space at its left end */
	assert_int_equal(tui_edit_set(&e, "علی-"), 0);
	assert_int_equal(tui_edit_text_dir(&e), LOC_DIR_RTL);
	row_of(&e, 10, row, sizeof row, &cx);
	assert_string_equal(row, "      -یلع");
	assert_int_equal(cx, 5);
	assert_int_equal(tui_edit_set(&e, "محمد رضا "), 0);
	assert_int_equal(tui_edit_text_dir(&e), LOC_DIR_RTL);
	/* digits before a Persian word: its first strong letter decides */
	assert_int_equal(tui_edit_set(&e, "۱۲ کلانتری"), 0);
	assert_int_equal(tui_edit_text_dir(&e), LOC_DIR_RTL);
	assert_int_equal(tui_edit_set(&e, " -"), 0);
	assert_int_equal(tui_edit_text_dir(&e), LOC_DIR_RTL);
	assert_int_equal(tui_edit_isolated(&e), 0);
	/* a number with its sign: as typed, not «5-» */
	assert_int_equal(tui_edit_set(&e, "-5"), 0);
	assert_int_equal(tui_edit_text_dir(&e), LOC_DIR_LTR);
	assert_int_equal(tui_edit_isolated(&e), 1);	/* mode terminal: LRMs */
	row_of(&e, 10, row, sizeof row, &cx);
	assert_string_equal(row, "       -5");
	assert_int_equal(cx, 9);
	assert_int_equal(tui_edit_set(&e, "+۱۲"), 0);
	assert_int_equal(tui_edit_text_dir(&e), LOC_DIR_LTR);
	assert_int_equal(tui_edit_set(&e, "−۱۲"), 0);	/* U+2212 */
	assert_int_equal(tui_edit_text_dir(&e), LOC_DIR_LTR);
	assert_int_equal(tui_edit_set(&e, "-علی"), 0);
	assert_int_equal(tui_edit_text_dir(&e), LOC_DIR_RTL);
	/* the sign alone: the field's, but in a number's field left to
	 * right, the digits still to come */
	assert_int_equal(tui_edit_set(&e, "-"), 0);
	assert_int_equal(tui_edit_text_dir(&e), LOC_DIR_RTL);
	e.number = 1;
	assert_int_equal(tui_edit_text_dir(&e), LOC_DIR_LTR);
	e.number = 0;
	/* a field of names (no codes): the field's direction, as before */
	e.codes = 0;
	assert_int_equal(tui_edit_set(&e, "TST-"), 0);
	assert_int_equal(tui_edit_text_dir(&e), LOC_DIR_RTL);
	row_of(&e, 10, row, sizeof row, &cx);
	assert_string_equal(row, "      -TST");
	tui_edit_done(&e);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_insert_and_backspace_graphemes),
		cmocka_unit_test(test_zwnj_is_its_own_step),
		cmocka_unit_test(test_zwnj_one_stop),
		cmocka_unit_test(test_cursor_in_persian),
		cmocka_unit_test(test_arrows_move_visually_in_mixed_text),
		cmocka_unit_test(test_typed_character_lands_at_cursor),
		cmocka_unit_test(test_scrolling_keeps_cursor_visible),
		cmocka_unit_test(test_ltr_field),
		cmocka_unit_test(test_logical_rtl_field_on_the_right),
		cmocka_unit_test(test_logical_arrows_follow_the_screen),
		cmocka_unit_test(test_logical_arrows_in_mixed_text),
		cmocka_unit_test(test_logical_arrows_as_in_mode_app),
		cmocka_unit_test(test_proposal_typed_over),
		cmocka_unit_test(test_proposal_edited),
		cmocka_unit_test(test_codes_left_to_right),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
