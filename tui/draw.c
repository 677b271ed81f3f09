/*
 * tui/draw.c — laid-out text onto the curses screen.
 *
 * The one path from text to terminal: loc_layout_line gives visual cells
 * (placeholders already in place of unsafe characters), and each cell
 * becomes a cchar_t with its combining marks.  Attributes fall back to
 * reverse/bold/underline when the terminal has no colours (vt100).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include <unictype.h>
#include <unigbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "locale/catalog.h"
#include "locale/digits.h"
#include "locale/text.h"
#include "tui/draw.h"

static enum tui_bidi bidi_mode = TUI_BIDI_APP;
static int colors;

enum { PAIR_BAR = 1, PAIR_ERROR, PAIR_WARNING, PAIR_FIELD };

void
tui_draw_set_bidi(enum tui_bidi mode)
{
	bidi_mode = mode;
}

enum tui_bidi
tui_draw_bidi(void)
{
	return bidi_mode;
}

unsigned
tui_draw_layout_flags(void)
{
	return bidi_mode == TUI_BIDI_APP ? LOC_LAYOUT_SHAPE : LOC_LAYOUT_LOGICAL;
}

enum loc_dir
tui_ui_dir(void)
{
	return strcmp(loc_lang(), "en") == 0 ? LOC_DIR_LTR : LOC_DIR_RTL;
}

enum loc_dir
tui_data_dir(void)
{
	return tui_ui_dir() == LOC_DIR_RTL ? LOC_DIR_RTL : LOC_DIR_AUTO;
}

void
tui_draw_colors_init(void)
{
	colors = 0;
	if (!has_colors() || getenv("NO_COLOR") != NULL)
		return;
	if (start_color() != OK)
		return;
	use_default_colors();
	/* The terminal's own background may be dark (PuTTY, the Linux
	 * console) or light (xterm's default): yellow letters on it, or a
	 * white background, vanished on a light one.  So a warning has a
	 * background of its own, and the field being edited is reverse video
	 * (tui_attr_focus), which stands out on either. */
	init_pair(PAIR_BAR, COLOR_BLACK, COLOR_CYAN);
	init_pair(PAIR_ERROR, COLOR_RED, -1);
	init_pair(PAIR_WARNING, COLOR_BLACK, COLOR_YELLOW);
	init_pair(PAIR_FIELD, -1, -1);
	colors = 1;
}

attr_t tui_attr_bar(void) { return colors ? COLOR_PAIR(PAIR_BAR) : A_REVERSE; }
attr_t tui_attr_error(void) { return colors ? (COLOR_PAIR(PAIR_ERROR) | A_BOLD) : A_BOLD; }
attr_t tui_attr_warning(void) { return colors ? COLOR_PAIR(PAIR_WARNING) : A_UNDERLINE; }
attr_t tui_attr_focus(void) { return A_REVERSE; }
attr_t tui_attr_field(void) { return A_UNDERLINE; }
attr_t tui_attr_label(void) { return A_BOLD; }
/* A_DIM where the terminal has it; a vt100 has none, and a dimmed row
 * looked like any other there: underlined instead. */
attr_t tui_attr_inactive(void) { return (termattrs() & A_DIM) ? A_DIM : A_UNDERLINE; }

void
tui_draw_blank(int y, int x, int w, attr_t attr)
{
	cchar_t cc;
	wchar_t sp[2] = { L' ', 0 };
	int i;

	setcchar(&cc, sp, attr, PAIR_NUMBER(attr), NULL);
	for (i = 0; i < w; i++)
		mvadd_wch(y, x + i, &cc);
}

int
tui_draw_cells(int y, int x, int w, const struct loc_layout *l, int vx, attr_t attr)
{
	cchar_t cc;
	wchar_t wch[4];
	size_t c;
	int col = 0, drawn = 0, n;
	attr_t a;

	for (c = 0; c < l->ncells; c++) {
		const struct loc_cell *cell = &l->cells[c];
		int cw = cell->width ? cell->width : 1;

		if (col + cw <= vx || col >= vx + w) {
			col += cw;
			continue;
		}
		if (col < vx || col + cw > vx + w) {	/* cut in half: blank */
			int from = col < vx ? vx : col;
			int to = col + cw > vx + w ? vx + w : col + cw;
			tui_draw_blank(y, x + from - vx, to - from, attr);
			drawn += to - from;
			col += cw;
			continue;
		}
		n = 0;
		wch[n++] = (wchar_t)cell->cp;
		if (cell->comb[0] != 0)
			wch[n++] = (wchar_t)cell->comb[0];
		if (cell->comb[1] != 0)
			wch[n++] = (wchar_t)cell->comb[1];
		wch[n] = 0;
		a = attr;
		if (cell->flags & LOC_CELL_PLACEHOLDER)
			a ^= A_REVERSE;
		setcchar(&cc, wch, a, PAIR_NUMBER(a), NULL);
		mvadd_wch(y, x + col - vx, &cc);
		drawn += cw;
		col += cw;
	}
	return drawn;
}

/* Appends mark (a zero-width character) to the cell at row y, column x as
 * one of its combining characters, written after its character. */
static void
mark_cell(int y, int x, wchar_t mark)
{
	cchar_t cc;
	wchar_t wch[CCHARW_MAX + 1];
	attr_t a;
	short pair;
	size_t n;

	if (y < 0 || y >= LINES || x < 0 || x >= COLS || mvin_wch(y, x, &cc) == ERR ||
	    getcchar(&cc, wch, &a, &pair, NULL) == ERR)
		return;
	wch[CCHARW_MAX] = 0;
	n = wcslen(wch);
	if (n == 0 || n >= CCHARW_MAX || wch[n - 1] == mark)
		return;
	wch[n] = mark;
	wch[n + 1] = 0;
	if (setcchar(&cc, wch, a, pair, NULL) == OK)
		mvadd_wch(y, x, &cc);
}

void
tui_draw_isolate(int y, int x, int w, const struct loc_layout *l, int vx)
{
	int first, last;

	if (bidi_mode != TUI_BIDI_TERMINAL || l->ncells == 0 || w < 1)
		return;
	/* the text's columns on screen, as far as they are shown */
	first = x - vx > x ? x - vx : x;
	last = x - vx + l->width < x + w ? x - vx + l->width : x + w;
	if (last <= first)
		return;
	mark_cell(y, first - 1, 0x200e);
	mark_cell(y, last - 1, 0x200e);
}

/* The code point of logical character i of s (laid out as l), 0 past
 * its end. */
static uint32_t
char_at(const char *s, const struct loc_layout *l, size_t i)
{
	uint32_t cp = 0;

	if (i >= l->nchars)
		return 0;
	loc_utf8_decode(s + l->idx2off[i], l->idx2off[i + 1] - l->idx2off[i], &cp);
	return cp;
}

/* Whether logical character i of s is part of a figure: a digit of any
 * set, or a separator with a digit on both sides (the group separators
 * «٬» and ',', the decimal «٫» and '.', the '/' of a date, the ':' of a
 * time, the '-' of a phone number). */
static int
in_figure(const char *s, const struct loc_layout *l, size_t i)
{
	uint32_t cp = char_at(s, l, i);

	if (loc_digit_value(cp) >= 0)
		return 1;
	if (cp != 0x066C && cp != ',' && cp != 0x066B && cp != '.' && cp != '/' &&
	    cp != ':' && cp != '-')
		return 0;
	return i > 0 && loc_digit_value(char_at(s, l, i - 1)) >= 0 &&
	    loc_digit_value(char_at(s, l, i + 1)) >= 0;
}

/* A cut between logical characters k - 1 and k of s moved back to the
 * start of the figure it falls in, if it does: a prefix of an amount's
 * digits («۸۴۶٬۰۰۰٬۰…» of ۸۴۶٬۰۰۰٬۰۰۰) reads as another amount. */
static size_t
figure_start(const char *s, const struct loc_layout *l, size_t k)
{
	if (k == 0 || k >= l->nchars || !in_figure(s, l, k) || !in_figure(s, l, k - 1))
		return k;
	while (k > 0 && in_figure(s, l, k - 1))
		k--;
	return k;
}

/* The same for a cut where a kept end starts: moved on past the figure. */
static size_t
figure_end(const char *s, const struct loc_layout *l, size_t k)
{
	if (k == 0 || k >= l->nchars || !in_figure(s, l, k) || !in_figure(s, l, k - 1))
		return k;
	while (k < l->nchars && in_figure(s, l, k))
		k++;
	return k;
}

/* The width of logical character i of l, read in order from the start
 * (*prev: the cell of the one before, -1 at first): its cell's, or 0 for a
 * character with no cell of its own (a ZWNJ, a combining mark drawn with
 * its letter), which goes with the one before it. */
static int
char_width(const struct loc_layout *l, size_t i, int *prev)
{
	int c = l->log2cell[i];

	if (c < 0 || c == *prev)
		return 0;
	*prev = c;
	return l->cells[c].width;
}

/* The logical characters of l that fit in w columns from its start (a
 * mark stays with its letter). */
static size_t
fit_chars(const struct loc_layout *l, int w)
{
	size_t i, keep = 0;
	int acc = 0, prev = -1;

	for (i = 0; i < l->nchars; i++) {
		int cw = char_width(l, i, &prev);

		if (acc + cw > w)
			break;
		acc += cw;
		keep = i + 1;
	}
	return keep;
}

/* Whether cp is a separator a cut text should not end with before its
 * ellipsis, nor a kept end start with after one: a space, a hyphen or
 * dash, a ZWNJ («ساختمان-…», «می‌…» read as a word left hanging). */
static int
cut_sep(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x202F || cp == 0x200C ||
	    cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

/* Whether cp parts two words: a space, a hyphen or dash (cut_sep without
 * the ZWNJ, which joins the parts of one word: «کتاب‌ها»). */
static int
word_sep(uint32_t cp)
{
	return cp != 0x200C && cut_sep(cp);
}

/* A cut between logical characters k - 1 and k of s (k < l->nchars)
 * moved back until it parts two grapheme clusters: never a letter
 * without the mark or the ZWNJ that goes with it. */
static size_t
grapheme_start(const char *s, const struct loc_layout *l, size_t k)
{
	while (k > 0 && k < l->nchars && !uc_is_grapheme_break(char_at(s, l, k - 1), char_at(s, l, k)))
		k--;
	return k;
}

/* A cut between logical characters k - 1 and k of s that keeps only one
 * or two letters of a word moved back to that word's start, when a word
 * comes before it: «تعمیر سقف پاسگاه و…», not «تعمیر سقف پاسگاه و ن…»,
 * whose «ن» a clerk reads as noise, nor «(تازه‌تر اس…». */
static size_t
word_start(const char *s, const struct loc_layout *l, size_t k)
{
	size_t b;
	int n = 0;

	if (k == 0 || k >= l->nchars || word_sep(char_at(s, l, k)) || word_sep(char_at(s, l, k - 1)))
		return k;
	for (b = k; b > 0 && !word_sep(char_at(s, l, b - 1)); b--) {
		uint32_t cp = char_at(s, l, b - 1);

		if (uc_is_alpha(cp) || loc_digit_value(cp) >= 0)
			n++;
	}
	return b == 0 || n > 2 ? k : b;
}

/* The little words that join or lead the next («و», «یا», «از», «به»,
 * «در», «با», and «یا» typed with an Arabic yeh): a cut after one leaves
 * it hanging before the ellipsis, «تأمین مصالح و…». */
static int
joining_word(const char *s, size_t n)
{
	static const char *const words[] = {
		"\xd9\x88", "\xdb\x8c\xd8\xa7", "\xd9\x8a\xd8\xa7", "\xd8\xa7\xd8\xb2",
		"\xd8\xa8\xd9\x87", "\xd8\xaf\xd8\xb1", "\xd8\xa8\xd8\xa7", "&",
		"and", "or", "of",
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i]) == n && memcmp(s, words[i], n) == 0)
			return 1;
	return 0;
}

/* n, less the joining words (joining_word) that end s[0..n) and the
 * separators before them, when a word is left before them. */
static size_t
drop_joining(const char *s, size_t n)
{
	for (;;) {
		size_t b = n, m;

		while (b > 0) {
			size_t c = b - 1;
			uint32_t cp;

			while (c > 0 && ((unsigned char)s[c] & 0xC0) == 0x80)
				c--;
			if (loc_utf8_decode(s + c, b - c, &cp) == b - c && word_sep(cp))
				break;
			b = c;
		}
		if (b == 0 || !joining_word(s + b, n - b) || (m = tui_cut_trim(s, b)) == 0)
			return n;
		n = m;
	}
}

const char *
tui_fit_words(const char *s, int w, char *buf, size_t n)
{
	size_t i, best = 0;

	if (tui_text_width(s) <= w) {
		loc_utf8_copy(buf, n, s);
		return buf;
	}
	loc_utf8_copy(buf, n, s);
	for (i = 1; buf[i] != '\0'; i++) {
		if (buf[i] != ' ')
			continue;
		buf[i] = '\0';
		if (tui_text_width(buf) + 1 <= w)
			best = tui_cut_trim(buf, i);
		buf[i] = ' ';
	}
	best = drop_joining(buf, best);
	if (best == 0 || best + sizeof "\xe2\x80\xa6" > n)
		return tui_fit_end(s, w, buf, n);
	memcpy(buf + best, "\xe2\x80\xa6", sizeof "\xe2\x80\xa6");	/* … */
	return buf;
}

size_t
tui_cut_trim(const char *s, size_t n)
{
	while (n > 0) {
		size_t b = n - 1;
		uint32_t cp;

		while (b > 0 && ((unsigned char)s[b] & 0xC0) == 0x80)
			b--;
		if (loc_utf8_decode(s + b, n - b, &cp) != n - b || !cut_sep(cp))
			break;
		n = b;
	}
	return n;
}

/* n, less the separators that end s[0..n). */
static size_t
trim_end(const char *s, size_t n)
{
	return tui_cut_trim(s, n);
}

/* The characters of s[0..n) other than spaces and marks. */
static size_t
letters(const char *s, size_t n)
{
	size_t i, len, k = 0;

	for (i = 0; i < n; i += len) {
		uint32_t cp;

		if ((len = loc_utf8_decode(s + i, n - i, &cp)) == 0)
			len = 1;
		if (cp != ' ' && uc_width(cp, "UTF-8") > 0)
			k++;
	}
	return k;
}

#define CUT_OPEN_MAX 8

/* The brackets s[0..n) leaves open, outermost first: their byte offsets
 * into open, their closers into close ('G' for «»»).  Returns how many
 * (at most CUT_OPEN_MAX; one nested deeper is not closed). */
static int
open_brackets(const char *s, size_t n, size_t *open, char *close)
{
	size_t i, len;
	int depth = 0, deeper = 0;

	for (i = 0; i < n; i += len) {
		uint32_t cp;
		char want = 0, got = 0;

		if ((len = loc_utf8_decode(s + i, n - i, &cp)) == 0)
			len = 1;
		switch (cp) {
		case '(': want = ')'; break;
		case '[': want = ']'; break;
		case '{': want = '}'; break;
		case 0xAB: want = 'G'; break;
		case ')': case ']': case '}': got = (char)cp; break;
		case 0xBB: got = 'G'; break;
		default: break;
		}
		if (want) {
			if (depth < CUT_OPEN_MAX) {
				open[depth] = i;
				close[depth++] = want;
			} else
				deeper++;
		} else if (got) {
			if (deeper > 0)
				deeper--;
			else if (depth > 0 && close[depth - 1] == got)
				depth--;
		}
	}
	return depth;
}

/*
 * Text too wide for its w columns, cut at its logical end: the longest start
 * of it that fits in w - 1 columns, then an ellipsis.  Cutting the visual
 * row instead would, for text whose direction is not the paragraph's (a
 * Persian name in an English column, an English note in a Persian one), cut
 * its start and keep its end.  Never inside a figure: the cut goes back to
 * the figure's start, to the ellipsis alone if the text is one amount too
 * wide for its column.  Brackets stay balanced: one left open is closed
 * after the ellipsis, «(Vali…)», where the complete «(Va…» showed as
 * «Va…)» in a Persian line; with less than two characters of it kept, the
 * cut goes before it.  The ellipsis is followed by a mark of the
 * direction of the last strong character kept (RLM after a Persian letter,
 * LRM after a Latin one; the paragraph's with none), so it stands at that
 * run's end, not across from it.  Not the level of the last character: the
 * digits of «کلانتری ۱۲» are laid out left to right inside the Persian run,
 * and an LRM after them put the ellipsis of a Persian name in an English
 * line on the far side of the name, by its first word.  Returns the cut
 * text (caller frees), or NULL on allocation failure.
 */
static char *
cut_end(const char *s, const struct loc_layout *l, int w)
{
	size_t i, keep, n, len, open[CUT_OPEN_MAX];
	char close[CUT_OPEN_MAX + 1];
	int depth = 0, extra = 0, tries, rtl;
	char *t;

	/* room for the closing brackets of those left open, found by trying */
	for (tries = 0; tries < 4; tries++) {
		keep = word_start(s, l, figure_start(s, l, fit_chars(l, w - 1 - extra)));
		n = trim_end(s, l->idx2off[keep]);
		/* a whole word kept last that joins the next («و», «از»...)
		 * goes with it, as tui_fit_words cuts: «تعمیر سقف
		 * پاسگاه…», not «تعمیر سقف پاسگاه و…» */
		if (keep > 0 && keep < l->nchars &&
		    (word_sep(char_at(s, l, keep)) || word_sep(char_at(s, l, keep - 1))))
			n = drop_joining(s, n);
		depth = open_brackets(s, n, open, close);
		/* an opening bracket with less than two characters after it
		 * («(V…)» says nothing): cut before it */
		while (depth > 0 && letters(s + open[depth - 1] + 1, n - open[depth - 1] - 1) < 2) {
			n = trim_end(s, open[depth - 1]);
			depth = open_brackets(s, n, open, close);
		}
		if (depth <= extra)
			break;
		extra = depth;
	}
	rtl = l->rtl;
	for (i = 0; i < n; i += len) {
		uint32_t cp;
		int bc;

		if ((len = loc_utf8_decode(s + i, n - i, &cp)) == 0)
			len = 1;
		bc = uc_bidi_class(cp);
		if (bc == UC_BIDI_L)
			rtl = 0;
		else if (bc == UC_BIDI_R || bc == UC_BIDI_AL)
			rtl = 1;
	}
	if ((t = malloc(n + 7 + 2 * (size_t)depth)) == NULL)
		return NULL;
	memcpy(t, s, n);
	memcpy(t + n, rtl ? "\xe2\x80\xa6\xe2\x80\x8f" : "\xe2\x80\xa6\xe2\x80\x8e", 6);
	/* innermost first; «» are two bytes each */
	for (n += 6; depth > 0; depth--) {
		if (close[depth - 1] == 'G') {
			memcpy(t + n, "\xc2\xbb", 2);
			n += 2;
		} else
			t[n++] = close[depth - 1];
	}
	t[n] = '\0';
	return t;
}

/* cut_end laid out in direction dir into *out: 0, or -1 (keep l as it
 * is) if it fails or is still too wide. */
static int
cut_logical(const char *s, const struct loc_layout *l, int w, enum loc_dir dir,
    struct loc_layout *out)
{
	char *t;
	int rc;

	if (w < 1 || l->log2cell == NULL || l->idx2off == NULL ||
	    (t = cut_end(s, l, w)) == NULL)
		return -1;
	rc = loc_layout_line(t, strlen(t), dir, tui_draw_layout_flags(), out);
	free(t);
	if (rc != 0)
		return -1;
	if (out->width > w) {
		loc_layout_done(out);
		return -1;
	}
	return 0;
}

const char *
tui_fit_end(const char *s, int w, char *buf, size_t n)
{
	struct loc_layout l;
	char *t;

	if (n == 0)
		return s;
	loc_utf8_copy(buf, n, s);
	if (w < 1 || loc_layout_line(s, strlen(s), tui_ui_dir(), tui_draw_layout_flags(), &l) != 0)
		return buf;
	if (l.width > w && l.log2cell != NULL && l.idx2off != NULL &&
	    (t = cut_end(s, &l, w)) != NULL) {
		if (strlen(t) < n)
			memcpy(buf, t, strlen(t) + 1);
		free(t);
	}
	loc_layout_done(&l);
	return buf;
}

const char *
tui_fit_before(const char *s, const char *sep, int w, char *buf, size_t n)
{
	const char *at = NULL, *p;
	char *head;
	size_t hl;
	int tw;

	if (n == 0)
		return s;
	loc_utf8_copy(buf, n, s);
	for (p = strstr(s, sep); sep[0] && p != NULL; p = strstr(p + 1, sep))
		at = p;
	if (at == NULL || at == s || tui_text_width(s) <= w)
		return buf;
	tw = tui_text_width(at);
	hl = (size_t)(at - s);
	/* the start cut to the room left, the ellipsis in it; nothing kept
	 * of it (the ellipsis alone) is still better than the end cut */
	if (w - tw < 1 || (head = malloc(hl + 1)) == NULL)
		return buf;
	memcpy(head, s, hl);
	head[hl] = '\0';
	tui_fit_end(head, w - tw, buf, n);
	free(head);
	if (strlen(buf) + strlen(at) + 1 > n) {
		loc_utf8_copy(buf, n, s);
		return buf;
	}
	strcat(buf, at);
	if (tui_text_width(buf) > w)
		loc_utf8_copy(buf, n, s);
	return buf;
}

int
tui_draw_text(int y, int x, int w, const char *s, enum loc_dir dir,
    enum tui_align align, attr_t attr)
{
	struct loc_layout l, cut;
	int vx = 0, lead = 0, shown;

	if (w <= 0)
		return 0;
	if (s == NULL)
		s = "";
	if (loc_layout_line(s, strlen(s), dir, tui_draw_layout_flags(), &l) != 0) {
		tui_draw_blank(y, x, w, attr);
		return 0;
	}
	if (l.width > w && cut_logical(s, &l, w, dir, &cut) == 0) {
		loc_layout_done(&l);
		l = cut;
	}
	if (l.width > w) {
		/* Cut the logical end: the left side of right-to-left text. */
		vx = l.rtl && tui_draw_bidi() == TUI_BIDI_APP ? l.width - w : 0;
		shown = w;
	} else {
		shown = l.width;
		if (align == TUI_ALIGN_RIGHT)
			lead = w - shown;
		else if (align == TUI_ALIGN_CENTER)
			lead = (w - shown) / 2;
	}
	tui_draw_blank(y, x, lead, attr);
	tui_draw_cells(y, x + lead, shown, &l, vx, attr);
	tui_draw_blank(y, x + lead + shown, w - lead - shown, attr);
	loc_layout_done(&l);
	return shown;
}

/* The widths of the logical characters of l into cw (l->nchars entries),
 * as char_width gives them. */
static void
char_widths(const struct loc_layout *l, int *cw)
{
	size_t i;
	int prev = -1;

	for (i = 0; i < l->nchars; i++)
		cw[i] = char_width(l, i, &prev);
}

/* s[0..head) + "…" + s[tail..] into buf (size n); 0, or -1 if it does not
 * fit buf. */
static int
join_middle(const char *s, size_t head, size_t tail, char *buf, size_t n)
{
	size_t tl = strlen(s + tail);

	if (head + 3 + tl + 1 > n)
		return -1;
	memcpy(buf, s, head);
	memcpy(buf + head, "\xe2\x80\xa6", 3);
	memcpy(buf + head + 3, s + tail, tl + 1);
	return 0;
}

/* The most cells fewer a middle cut shows to start its kept end at a
 * word's start (tail_at_word). */
#define TAIL_WORD_LOSS 3

/* A middle cut whose kept end starts inside a word (*ts, the start kept
 * up to *hk; «همایش تجلیل…رکت‌های مردمی» of «مشارکت‌های») moved to start
 * at a word's start where that shows at most TAIL_WORD_LOSS cells fewer
 * than budget allows now: the word whole, the start giving up its last
 * words for it if need be («همایش…مشارکت‌های مردمی»), or the word left
 * out, the end from the next word on; whichever shows more. */
static void
tail_at_word(const char *s, const struct loc_layout *l, const int *cw, int budget,
    size_t *hk, size_t *ts)
{
	size_t k, kb, h2, best_hk = *hk, best_ts = *ts;
	int head = 0, tail = 0, room, lost = 0, extra = 0, cut = 0, best = TAIL_WORD_LOSS + 1;

	for (k = 0; k < *hk; k++)
		head += cw[k];
	for (k = *ts; k < l->nchars; k++)
		tail += cw[k];
	room = budget - head - tail;
	/* the word left out */
	for (k = *ts; k < l->nchars && !word_sep(char_at(s, l, k)); k++)
		lost += cw[k];
	for (; k < l->nchars && (cut_sep(char_at(s, l, k)) || cw[k] == 0); k++)
		lost += cw[k];
	if (k < l->nchars && lost < best) {
		best = lost;
		best_ts = k;
	}
	/* the word whole: its start's cells from the room left, then from
	 * the start's last words, each given up whole (and a joining word
	 * left hanging with it: drop_joining) */
	for (kb = *ts; kb > *hk && !word_sep(char_at(s, l, kb - 1)); kb--)
		extra += cw[kb - 1];
	for (h2 = *hk; h2 > 0 && extra - cut > room;) {
		size_t off;

		for (; h2 > 0 && !word_sep(char_at(s, l, h2 - 1)); h2--)
			cut += cw[h2 - 1];
		for (; h2 > 0 && cut_sep(char_at(s, l, h2 - 1)); h2--)
			cut += cw[h2 - 1];
		off = drop_joining(s, l->idx2off[h2]);
		for (; h2 > 0 && l->idx2off[h2] > off; h2--)
			cut += cw[h2 - 1];
	}
	if (h2 > 0 && kb > h2 + 1 && extra - cut <= room && cut - extra < best) {
		best = cut - extra;
		best_hk = h2;
		best_ts = kb;
	}
	if (best <= TAIL_WORD_LOSS) {
		*hk = best_hk;
		*ts = best_ts;
	}
}

/* The middle cut of s (laid out in l, its characters' cells in cw) that
 * keeps budget cells of it around the ellipsis, into buf (size n): its
 * width once laid out, or -1 if there is none at this budget nor at any
 * smaller one. */
static int
middle_cut(const char *s, const struct loc_layout *l, const int *cw, int budget, char *buf,
    size_t n)
{
	int hb, tb, used;
	size_t i, hk, hj, ts, k;

	/* the end first, what tells such titles apart: half the room,
	 * from the last character back, then on to the start of a word
	 * if one starts in its first half; never a mark without its
	 * letter */
	tb = budget / 2;
	for (ts = l->nchars, used = 0; ts > 0 && used + cw[ts - 1] <= tb; ts--)
		used += cw[ts - 1];
	if (ts > 0 && s[l->idx2off[ts - 1]] != ' ') {
		size_t half = ts + (l->nchars - ts) / 2;

		for (k = ts; k < half && s[l->idx2off[k]] != ' '; k++)
			;
		if (k < half)
			ts = k;
	}
	ts = figure_end(s, l, ts);	/* no end of an amount's digits */
	while (ts < l->nchars && (cut_sep(char_at(s, l, ts)) || cw[ts] == 0))
		ts++;
	for (i = ts, used = 0; i < l->nchars; i++)
		used += cw[i];
	/* the start: the room left, back to the end of a word if one
	 * is near (in its second half, or within 8 characters of a
	 * short start: «تبریز…جامع», not «تبریز خیاب…جامع») */
	hb = budget - used;
	for (hk = 0, used = 0; hk < ts && used + cw[hk] <= hb; hk++)
		used += cw[hk];
	if (hk < ts && !word_sep(char_at(s, l, hk))) {
		for (k = hk; k > 0 && !word_sep(char_at(s, l, k)); k--)
			;
		if (k > 0 && hk - k <= (hk / 2 > 8 ? hk / 2 : 8))
			hk = k;
	}
	hk = figure_start(s, l, hk);	/* nor a start of them */
	/* no separator before the ellipsis, and no letter cut from its
	 * mark or ZWNJ («کتا…» of «کتاب‌ها», not «کتاب…», another word):
	 * a cluster is kept whole or not at all */
	for (k = hk + 1; k != hk;) {
		k = hk;
		while (hk > 0 && cut_sep(char_at(s, l, hk - 1)))
			hk--;
		hk = grapheme_start(s, l, hk);
	}
	/* nor a joining word left hanging before it (drop_joining, as
	 * tui_fit_words and tui_fit_end cut): «همایش تجلیل…مشارکت‌های
	 * مردمی», not «همایش تجلیل از…» */
	hj = hk;
	if (hk > 0 && hk < ts && word_sep(char_at(s, l, hk))) {
		size_t off = drop_joining(s, l->idx2off[hk]);

		while (hk > 0 && l->idx2off[hk] > off)
			hk--;
	}
	/* the cells the start gave back at a word's end go to the end,
	 * back to the start of its first word if they reach it
	 * («همایش…شهرستان مرند», not «همایش…هرستان مرند») */
	for (i = 0, used = 0; i < hk; i++)
		used += cw[i];
	if (hk > 0 && ts > hk && ts < l->nchars && !word_sep(char_at(s, l, ts - 1))) {
		int more = 0;

		for (k = ts; k > hk && !word_sep(char_at(s, l, k - 1)); k--)
			more += cw[k - 1];
		if (k > hk + 1 && more <= hb - used)
			ts = k;
	}
	/* and the cells of a joining word the start left off go to the
	 * end too, a whole word at a time, as long as a word other than
	 * the joining ones stays left out between them: «حمایت…کلانتری
	 * ۱۶ هریس», not «حمایت…۱۶ هریس» with the room left empty */
	if (hk < hj && ts < l->nchars) {
		int room = budget - used;

		for (i = ts; i < l->nchars; i++)
			room -= cw[i];
		for (;;) {
			int more = 0;
			size_t m;

			for (k = ts; k > hj && word_sep(char_at(s, l, k - 1)); k--)
				more += cw[k - 1];
			for (; k > hj && !word_sep(char_at(s, l, k - 1)); k--)
				more += cw[k - 1];
			for (m = hj; m < k && word_sep(char_at(s, l, m)); m++)
				;
			if (k == ts || k <= hj || m >= k || more > room)
				break;
			ts = k;
			room -= more;
		}
	}
	/* nor an end that starts inside a word, where a word's start is
	 * a few cells away («همایش تجلیل…رکت‌های مردمی») */
	if (hk > 0 && ts > hk && ts < l->nchars && !word_sep(char_at(s, l, ts - 1)) &&
	    !word_sep(char_at(s, l, ts)))
		tail_at_word(s, l, cw, budget, &hk, &ts);
	if (hk == 0 || ts >= l->nchars || hk >= ts ||
	    join_middle(s, l->idx2off[hk], l->idx2off[ts], buf, n) != 0)
		return -1;
	return tui_text_width(buf);
}

/* The middle cuts of a text at each budget, made when first asked for
 * (tui_fit_middle). */
struct middle_cuts {
	const char *s;
	const struct loc_layout *l;
	const int *cw;
	char **cut;		/* [budget]: the cut, or NULL */
	int *width;		/* [budget]: its width, -1 none, -2 not made yet */
	char *try;
	size_t n;
};

/* The budget of the cut tui_fit_middle first took for width v (the
 * largest whose cut fits v), or -1 if none; 0, or -2 on allocation
 * failure. */
static int
middle_first(struct middle_cuts *m, int v, int *budget)
{
	int b;

	*budget = -1;
	for (b = v - 1; b >= 3; b--) {
		if (m->width[b] == -2) {
			m->width[b] = middle_cut(m->s, m->l, m->cw, b, m->try, m->n);
			if (m->width[b] >= 0 && (m->cut[b] = strdup(m->try)) == NULL)
				return -2;
		}
		if (m->width[b] == -1)
			return 0;	/* none at b, nor at any smaller budget */
		if (m->width[b] <= v) {
			*budget = b;
			return 0;
		}
	}
	return 0;
}

const char *
tui_fit_middle(const char *s, int w, char *buf, size_t n)
{
	struct loc_layout l;
	struct middle_cuts m = { 0 };
	int *cw = NULL, *first = NULL, v, b, got = -1, gotw = 0, rc = 0;

	if (n == 0)
		return s;
	loc_utf8_copy(buf, n, s);
	if (loc_layout_line(s, strlen(s), tui_ui_dir(), tui_draw_layout_flags(), &l) != 0)
		return buf;
	if (l.width <= w) {
		loc_layout_done(&l);
		return buf;
	}
	if (w < 5 || l.log2cell == NULL || l.idx2off == NULL || l.nchars < 3 ||
	    (cw = calloc(l.nchars, sizeof *cw)) == NULL || (m.try = malloc(n)) == NULL ||
	    (m.cut = calloc((size_t)w + 1, sizeof *m.cut)) == NULL ||
	    (m.width = malloc(((size_t)w + 1) * sizeof *m.width)) == NULL ||
	    (first = malloc(((size_t)w + 1) * sizeof *first)) == NULL) {
		rc = -2;
		goto out;
	}
	char_widths(&l, cw);
	m.s = s;
	m.l = &l;
	m.cw = cw;
	m.n = n;
	for (v = 0; v <= w; v++)
		m.width[v] = -2;
	/* Each budget (w - 1: the ellipsis' cell; less, if the text laid out
	 * anew is wider than its characters' cells add up to) goes back to
	 * word boundaries, so that a larger budget's cut may be narrower
	 * than a smaller one's: a column made wider showed less of a title
	 * (53 cells of it at 54 columns, 48 at 55).  The cut for w is the
	 * first that fits, as before, unless the cut for w - 1 (found the
	 * same way) is wider: then that one.  Down from w only as far as a
	 * first cut fills its width but a cell (none below can be wider). */
	for (v = w; v >= 5; v--) {
		if ((rc = middle_first(&m, v, &first[v])) != 0)
			goto out;
		if (first[v] >= 0 && m.width[first[v]] >= v - 1)
			break;
	}
	for (v = v < 5 ? 5 : v; v <= w; v++)
		if ((b = first[v]) >= 0 && m.width[b] >= gotw) {
			got = b;
			gotw = m.width[b];
		}
	if (got >= 0)
		memcpy(buf, m.cut[got], strlen(m.cut[got]) + 1);
out:
	if (m.cut != NULL)
		for (v = 0; v <= w; v++)
			free(m.cut[v]);
	free(m.cut);
	free(m.width);
	free(m.try);
	free(first);
	free(cw);
	loc_layout_done(&l);
	if (got < 0)	/* no middle cut fits: at its end, as when drawn */
		return tui_fit_end(s, w, buf, n);
	return buf;
}

/* Whether bidi class bc is a strong left-to-right one, or a European
 * number (which a Latin letter before it makes left to right too). */
static int
ltr_class(int bc)
{
	return bc == UC_BIDI_L || bc == UC_BIDI_EN;
}

char *
tui_latin_marked(const char *s)
{
	size_t len = strlen(s), i = 0, o = 0;
	/* A piece gets at most two LRMs (3 bytes each): one when it is at
	 * least 2 bytes (a letter and a mark, ".a"), two when at least 3
	 * (".a."), so the text is at most 3 times as long. */
	char *out = len < SIZE_MAX / 3 ? malloc(3 * len + 1) : NULL;

	if (out == NULL)
		return NULL;
	while (i < len) {
		size_t e = i, k, cl;
		int latin = 0, rtl = 0, first = -1, last = -1;

		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n') {
			out[o++] = s[i++];
			continue;
		}
		/* the piece: up to the next blank */
		while (e < len && s[e] != ' ' && s[e] != '\t' && s[e] != '\n')
			e++;
		for (k = i; k < e; k += cl) {
			uint32_t cp;
			int bc;

			if ((cl = loc_utf8_decode(s + k, e - k, &cp)) == 0)
				cl = 1;
			bc = uc_bidi_class(cp);
			if (first < 0)
				first = bc;
			last = bc;
			if (bc == UC_BIDI_L)
				latin = 1;
			else if (bc == UC_BIDI_R || bc == UC_BIDI_AL || bc == UC_BIDI_AN)
				rtl = 1;
		}
		if (latin && !rtl && !ltr_class(first)) {
			memcpy(out + o, "\xe2\x80\x8e", 3);
			o += 3;
		}
		memcpy(out + o, s + i, e - i);
		o += e - i;
		if (latin && !rtl && !ltr_class(last)) {
			memcpy(out + o, "\xe2\x80\x8e", 3);
			o += 3;
		}
		i = e;
	}
	out[o] = '\0';
	return out;
}

int
tui_draw_ui(int y, int x, int w, const char *s, attr_t attr)
{
	enum loc_dir d = tui_ui_dir();

	return tui_draw_text(y, x, w, s, d,
	    d == LOC_DIR_RTL ? TUI_ALIGN_RIGHT : TUI_ALIGN_LEFT, attr);
}

int
tui_wrap_at(const char *space)
{
	return space[1] != '-';
}

/* Breaks s into rows of w columns between words, up to maxlines (the last
 * row takes the rest); draws them from (y, x) if draw.  Returns rows. */
static int
wrap_rows(int y, int x, int w, int maxlines, const char *s, attr_t attr, int draw)
{
	char *copy, *line, *p, *space;
	int n = 0;

	if (s == NULL || (copy = strdup(s)) == NULL)
		return 0;
	line = copy;
	while (*line && n < maxlines) {
		/* Take words while they fit (the last line takes the rest). */
		p = line;
		space = NULL;
		if (n + 1 < maxlines && tui_text_width(line) > w) {
			for (;;) {
				char *q = strchr(p, ' '), keep;

				if (q == NULL)
					break;
				keep = *q;
				*q = '\0';
				if (tui_text_width(line) > w) {
					*q = keep;
					break;
				}
				*q = keep;
				if (tui_wrap_at(q))
					space = q;
				p = q + 1;
			}
		}
		if (space != NULL)
			*space = '\0';
		if (draw)
			tui_draw_ui(y + n, x, w, line, attr);
		n++;
		if (space == NULL)
			break;
		line = space + 1;
	}
	free(copy);
	return n;
}

/* Whether s[0..len) up to its first space or its end is punctuation
 * alone (a full stop, a comma, a closing bracket): a cut inside a word
 * before it would leave it alone on a line (with the conflict screen's
 * star, «* .»), not after the word it ends. */
static int
punct_only(const char *s, size_t len)
{
	size_t i = 0;
	int n = 0;

	while (i < len && s[i] != ' ') {
		ucs4_t c;
		int k = u8_mbtouc(&c, (const uint8_t *)s + i, len - i);

		if (!uc_is_general_category(c, UC_CATEGORY_P))
			return 0;
		i += (size_t)(k > 0 ? k : 1);
		n++;
	}
	return n > 0;
}

size_t
tui_wrap_next(const char *s, int w, size_t *next)
{
	size_t len = strlen(s), brk = 0, cut = 0, any = 0, i;
	int have_brk = 0;
	char *copy;

	*next = len;
	if (tui_text_width(s) <= w || (copy = malloc(len + 1)) == NULL)
		return len;
	memcpy(copy, s, len + 1);
	/* the last space at which the words before it still fit (the
	 * blanks before it stay on this line, as typed) */
	for (i = 0; i < len; i++) {
		if (s[i] != ' ')
			continue;
		copy[i] = '\0';
		if (i > 0 && tui_text_width(copy) > w) {
			copy[i] = ' ';
			break;
		}
		copy[i] = ' ';
		if (i > 0 && tui_wrap_at(s + i)) {
			brk = i;
			have_brk = 1;
		}
	}
	if (have_brk) {
		free(copy);
		*next = brk + 1;
		return brk;
	}
	/* a first word wider than the line: broken inside it, as much as
	 * fits, between two characters of which neither joins the other
	 * (a letter and its mark, or a ZWNJ, stay together), and not
	 * before the punctuation that ends it (punct_only) */
	for (i = 0; i < len;) {
		ucs4_t a, b;
		int na = u8_mbtouc(&a, (const uint8_t *)s + i, len - i);
		size_t j = i + (size_t)(na > 0 ? na : 1);

		if (j >= len)
			break;
		u8_mbtouc(&b, (const uint8_t *)s + j, len - j);
		if (b != ' ' && uc_is_grapheme_break(a, b) && a != 0x200C && b != 0x200C &&
		    a != 0x200D && b != 0x200D) {
			char keep = copy[j];

			copy[j] = '\0';
			if (tui_text_width(copy) > w) {
				copy[j] = keep;
				break;
			}
			copy[j] = keep;
			if (!punct_only(s + j, len - j))
				cut = j;
			else if (cut == 0)
				any = j;	/* (a line of a cell or two) */
		}
		i = j;
	}
	free(copy);
	if (cut == 0)
		cut = any;
	if (cut == 0)	/* not even one character fits: that one */
		return len;
	*next = cut;
	return cut;
}

int
tui_draw_wrapped(int y, int x, int w, int maxlines, const char *s, attr_t attr)
{
	return wrap_rows(y, x, w, maxlines, s, attr, 1);
}

int
tui_wrapped_rows(int w, int maxlines, const char *s)
{
	return wrap_rows(0, 0, w, maxlines, s, A_NORMAL, 0);
}

int
tui_text_width(const char *s)
{
	struct loc_layout l;
	int w;

	if (s == NULL || loc_layout_line(s, strlen(s), tui_ui_dir(), tui_draw_layout_flags(), &l) != 0)
		return 0;
	w = l.width;
	loc_layout_done(&l);
	return w;
}

static void
put_cp(int y, int x, wchar_t c, attr_t attr)
{
	cchar_t cc;
	wchar_t w[2] = { c, 0 };

	setcchar(&cc, w, attr, PAIR_NUMBER(attr), NULL);
	mvadd_wch(y, x, &cc);
}

void
tui_draw_box(int y, int x, int h, int w, attr_t attr)
{
	int i;

	/* Unicode box drawing, not the alternate character set: the same
	 * bytes on every terminal in UTF-8, and screen tests can read them. */
	for (i = 1; i < h - 1; i++) {
		tui_draw_blank(y + i, x + 1, w - 2, attr);
		put_cp(y + i, x, 0x2502, attr);
		put_cp(y + i, x + w - 1, 0x2502, attr);
	}
	for (i = 1; i < w - 1; i++) {
		put_cp(y, x + i, 0x2500, attr);
		put_cp(y + h - 1, x + i, 0x2500, attr);
	}
	put_cp(y, x, 0x250C, attr);
	put_cp(y, x + w - 1, 0x2510, attr);
	put_cp(y + h - 1, x, 0x2514, attr);
	put_cp(y + h - 1, x + w - 1, 0x2518, attr);
	/* A box as tall as the screen allows (a long help) lies over the
	 * status bar's row (LINES - 2): the bar's words showed in bits at its
	 * two sides («کا└──┘۲۴»).  The row is cleared there while it is up. */
	if (y <= LINES - 2 && y + h - 1 >= LINES - 2) {
		tui_draw_blank(LINES - 2, 0, x, A_NORMAL);
		tui_draw_blank(LINES - 2, x + w, COLS - x - w, A_NORMAL);
	}
}
