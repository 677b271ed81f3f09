/*
 * tui/field.c — editing the logical text of a field, showing it visually.
 *
 * Editing steps over units: graphemes (libunistring u8_grapheme_next), with
 * a ZWNJ/ZWJ a unit of its own: Unicode counts ZWNJ as part of the
 * preceding grapheme, but a clerk typed it (Shift+Space, or the Persian
 * keyboard's key) and expects one Backspace after it to remove just it, not
 * the letter before.  The cursor stops are the unit boundaries but those
 * just before a ZWNJ/ZWJ: the ZWNJ takes no cell, so the stops on either
 * side of it showed the cursor in one place and an arrow key seemed to do
 * nothing.  The stop after it remains, the cursor shown on the letter that
 * follows: Backspace there removes the ZWNJ, Delete that letter.  The
 * cursor may still stand just before a ZWNJ when an edit leaves it there
 * (Delete on the ی of می‌شود, Home on a text that starts with one), so that
 * what is typed next takes the deleted letter's place; it shows where the
 * stop after the ZWNJ shows, and the arrows go on from that stop (snap).
 * Each redraw lays the
 * line out afresh (fields are short) and derives every column from the
 * layout's log2cell map, so no column is ever computed from byte counts.
 */
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <unigbrk.h>
#include <unistr.h>

#include "locale/digits.h"
#include "locale/loc.h"
#include "locale/text.h"
#include "tui/field.h"

struct pos {
	size_t off;	/* byte offset */
	size_t idx;	/* character index */
	int col;	/* cursor column */
};

static int
reserve(struct tui_edit *e, size_t need)
{
	char *p;
	size_t cap;

	if (need + 1 <= e->cap)
		return 0;
	cap = e->cap ? e->cap : 32;
	while (cap < need + 1)
		cap *= 2;
	if ((p = realloc(e->buf, cap)) == NULL)
		return -1;
	e->buf = p;
	e->cap = cap;
	return 0;
}

int
tui_edit_init(struct tui_edit *e, const char *text, enum loc_dir dir, unsigned flags)
{
	memset(e, 0, sizeof *e);
	e->dir = dir;
	e->flags = flags;
	if (reserve(e, 0) != 0)
		return -1;
	e->buf[0] = '\0';
	return tui_edit_set(e, text);
}

enum loc_dir
tui_edit_text_dir(const struct tui_edit *e)
{
	size_t i, len, signs;
	uint32_t cp;

	if (!e->codes || e->dir == LOC_DIR_LTR || e->buf == NULL)
		return e->dir;
	/* UAX #9 P2-P3: the first strong character */
	for (i = 0; i < e->len; i += len) {
		int bc;

		if ((len = loc_utf8_decode(e->buf + i, e->len - i, &cp)) == 0)
			len = 1;
		bc = uc_bidi_class(cp);
		if (bc == UC_BIDI_L)
			return LOC_DIR_LTR;
		if (bc == UC_BIDI_R || bc == UC_BIDI_AL)
			return LOC_DIR_RTL;
	}
	/* none: a number typed alone, or the start of a date («۱۴۰۳/»), reads
	 * left to right, and so does one with its sign (-5, +5): its minus,
	 * neutral, took the field's direction and showed on the far side,
	 * «5-»; in a number's field the sign alone too, the digits still to
	 * come (the cursor right of it, where they go); nothing, or only
	 * signs elsewhere, takes the field's own */
	for (i = 0; i < e->len && e->buf[i] == ' '; i++)
		;
	for (signs = 0; i < e->len && (len = loc_utf8_decode(e->buf + i, e->len - i, &cp)) > 0 &&
	    (cp == '-' || cp == '+' || cp == 0x2212); i += len)
		signs++;
	if (signs > 0 && i == e->len && e->number)
		return LOC_DIR_LTR;
	if (i < e->len && loc_utf8_decode(e->buf + i, e->len - i, &cp) > 0 &&
	    loc_digit_value(cp) >= 0)
		return LOC_DIR_LTR;
	return e->dir;
}

int
tui_edit_isolated(const struct tui_edit *e)
{
	return e->codes && e->dir == LOC_DIR_RTL && e->len > 0 &&
	    tui_edit_text_dir(e) == LOC_DIR_LTR;
}

void
tui_edit_done(struct tui_edit *e)
{
	free(e->buf);
	e->buf = NULL;
	e->len = e->cap = e->off = 0;
}

int
tui_edit_set(struct tui_edit *e, const char *text)
{
	size_t n = text ? strlen(text) : 0;

	if (reserve(e, n) != 0)
		return -1;
	if (n)
		memcpy(e->buf, text, n);
	e->buf[n] = '\0';
	e->len = e->off = n;
	e->vx = 0;
	e->overtype = 0;
	return 0;
}

int
tui_edit_propose(struct tui_edit *e, const char *text)
{
	if (tui_edit_set(e, text) != 0)
		return -1;
	e->overtype = 1;
	return 0;
}

int
tui_edit_insert_str(struct tui_edit *e, const char *s)
{
	size_t n = strlen(s);

	if (e->overtype) {	/* typing over a proposal: it goes */
		if (reserve(e, n) != 0)
			return -1;
		e->buf[0] = '\0';
		e->len = e->off = 0;
		e->vx = 0;
		e->overtype = 0;
	}
	if (reserve(e, e->len + n) != 0)
		return -1;
	memmove(e->buf + e->off + n, e->buf + e->off, e->len - e->off + 1);
	memcpy(e->buf + e->off, s, n);
	e->len += n;
	e->off += n;
	return 0;
}

int
tui_edit_insert(struct tui_edit *e, uint32_t cp)
{
	char u[8];
	int n;

	n = u8_uctomb((uint8_t *)u, cp, 6);
	if (n <= 0)
		return -1;
	u[n] = '\0';
	return tui_edit_insert_str(e, u);
}

static int
is_zw_joiner(const uint8_t *p, const uint8_t *end)
{
	/* U+200C / U+200D are E2 80 8C / E2 80 8D */
	return end - p >= 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x8C || p[2] == 0x8D);
}

/* The cursor stop at or after byte offset off: past any ZWNJ/ZWJ there. */
static size_t
snap(const char *buf, size_t len, size_t off)
{
	while (off < len && is_zw_joiner((const uint8_t *)buf + off, (const uint8_t *)buf + len))
		off += 3;
	return off;
}

/* Byte offsets of the unit boundaries (see above), ascending, 0 and len
 * included; with stops_only, only the cursor stops.  Caller frees.  NULL on
 * allocation failure. */
static size_t *
boundaries(const char *buf, size_t len, int stops_only, size_t *n)
{
	const uint8_t *s = (const uint8_t *)buf, *end = s + len, *p, *q, *r;
	size_t *b, k = 0;

	if ((b = malloc((len + 2) * sizeof *b)) == NULL)
		return NULL;
	p = s;
	while (p < end) {
		b[k++] = (size_t)(p - s);
		q = u8_grapheme_next(p, end);
		if (q == NULL || q <= p)
			q = p + 1;
		for (r = p; r < q; r++) {
			if (is_zw_joiner(r, end)) {
				if (r > p && b[k - 1] != (size_t)(r - s))
					b[k++] = (size_t)(r - s);
				if (r + 3 < q)
					b[k++] = (size_t)(r + 3 - s);
				r += 2;
			}
		}
		p = q;
	}
	b[k++] = len;
	if (stops_only) {
		size_t i, m = 0;

		for (i = 0; i < k; i++)
			if (snap(buf, len, b[i]) == b[i])
				b[m++] = b[i];
		k = m;
	}
	*n = k;
	return b;
}

int
tui_edit_backspace(struct tui_edit *e)
{
	size_t *b, n, i, prev = 0;

	e->overtype = 0;
	if (e->off == 0 || (b = boundaries(e->buf, e->len, 0, &n)) == NULL)
		return 0;
	for (i = 0; i < n && b[i] < e->off; i++)
		prev = b[i];
	free(b);
	memmove(e->buf + prev, e->buf + e->off, e->len - e->off + 1);
	e->len -= e->off - prev;
	e->off = prev;
	return 1;
}

int
tui_edit_delete(struct tui_edit *e)
{
	size_t *b, n, i, next = e->len;

	e->overtype = 0;
	if (e->off >= e->len || (b = boundaries(e->buf, e->len, 0, &n)) == NULL)
		return 0;
	for (i = 0; i < n; i++)
		if (b[i] > e->off) {
			next = b[i];
			break;
		}
	free(b);
	memmove(e->buf + e->off, e->buf + next, e->len - next + 1);
	e->len -= next - e->off;
	return 1;
}

void
tui_edit_home(struct tui_edit *e)
{
	e->off = 0;
	e->overtype = 0;
}

void
tui_edit_end(struct tui_edit *e)
{
	e->off = e->len;
	e->overtype = 0;
}

static int
cell_col(const struct loc_layout *l, int cell)
{
	int c, col = 0;

	for (c = 0; c < cell; c++)
		col += l->cells[c].width ? l->cells[c].width : 1;
	return col;
}

static int
cursor_col(const struct loc_layout *l, size_t idx, int logical)
{
	size_t j;
	int c;

	for (j = idx; j < l->nchars; j++)
		if (l->log2cell[j] >= 0)
			return cell_col(l, l->log2cell[j]);
	for (j = idx < l->nchars ? idx : l->nchars; j > 0; j--) {
		if ((c = l->log2cell[j - 1]) < 0)
			continue;
		if (!logical && (l->cells[c].level & 1))
			return cell_col(l, c) - 1;
		return cell_col(l, c) + (l->cells[c].width ? l->cells[c].width : 1);
	}
	return l->rtl && !logical ? -1 : 0;
}

int
tui_edit_cursor_col(const struct loc_layout *l, size_t idx)
{
	return cursor_col(l, idx, 0);
}

static size_t
off2idx(const struct loc_layout *l, size_t off)
{
	size_t lo = 0, hi = l->nchars, mid;

	while (lo < hi) {	/* first idx with idx2off[idx] >= off */
		mid = (lo + hi) / 2;
		if (l->idx2off[mid] < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The cursor positions of e with their columns in l, laid out in logical
 * order (logical != 0) or visual order.  Caller frees. */
static struct pos *
positions(const struct tui_edit *e, const struct loc_layout *l, int logical, size_t *n)
{
	size_t *b, i;
	struct pos *p;

	if ((b = boundaries(e->buf, e->len, 1, n)) == NULL)
		return NULL;
	if ((p = malloc(*n * sizeof *p)) == NULL) {
		free(b);
		return NULL;
	}
	for (i = 0; i < *n; i++) {
		p[i].off = b[i];
		p[i].idx = off2idx(l, b[i]);
		p[i].col = cursor_col(l, p[i].idx, logical);
	}
	free(b);
	return p;
}

static int
pos_cmp(const void *a, const void *b)
{
	const struct pos *x = a, *y = b;

	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Steps to the neighbour of the cursor in the visual order of the cursor
 * positions.  That order comes from FriBidi's reordered layout in both bidi
 * modes: in mode terminal the program writes logical cells, but the
 * terminal reorders them before anyone sees them, so the arrows follow the
 * same order as in mode app (where the flags are used as they are). */
static int
move(struct tui_edit *e, int step)
{
	struct loc_layout l;
	struct pos *p;
	size_t n, i, off = snap(e->buf, e->len, e->off);
	int moved = 0;

	e->overtype = 0;
	if (loc_layout_line(e->buf, e->len, tui_edit_text_dir(e),
	    e->flags & ~(unsigned)LOC_LAYOUT_LOGICAL, &l) != 0)
		return 0;
	if ((p = positions(e, &l, 0, &n)) != NULL) {
		qsort(p, n, sizeof *p, pos_cmp);
		for (i = 0; i < n; i++)
			if (p[i].off == off)
				break;
		if (i < n && (step < 0 ? i > 0 : i + 1 < n)) {
			e->off = p[step < 0 ? i - 1 : i + 1].off;
			moved = 1;
		}
		free(p);
	}
	loc_layout_done(&l);
	return moved;
}

int
tui_edit_left(struct tui_edit *e)
{
	return move(e, -1);
}

int
tui_edit_right(struct tui_edit *e)
{
	return move(e, +1);
}

int
tui_edit_layout(struct tui_edit *e, int w, struct loc_layout *l, struct tui_edit_view *v)
{
	struct pos *p;
	size_t n, i, off = snap(e->buf, e->len, e->off);
	int lo, hi, cc = 0, vx, rtl;

	if (loc_layout_line(e->buf, e->len, tui_edit_text_dir(e), e->flags, l) != 0)
		return LOC_ENOMEM;
	if ((p = positions(e, l, (e->flags & LOC_LAYOUT_LOGICAL) != 0, &n)) == NULL) {
		loc_layout_done(l);
		return LOC_ENOMEM;
	}
	lo = 0;
	hi = l->width - 1;
	for (i = 0; i < n; i++) {
		if (p[i].col < lo)
			lo = p[i].col;
		if (p[i].col > hi)
			hi = p[i].col;
		if (p[i].off == off)
			cc = p[i].col;
	}
	free(p);
	/* Right-to-left text sits on the right of the area in both modes.  In
	 * logical order (mode terminal) its logical end, where typing goes on,
	 * is the right of its cells: the cursor's column there is the last of
	 * the area, the text just left of it.  The side is the field's, not
	 * its text's: an id laid out left to right in a Persian field (codes)
	 * stays on the right, where the field's text starts. */
	rtl = e->dir == LOC_DIR_RTL || (e->dir == LOC_DIR_AUTO && l->rtl);
	if (w < 1)
		w = 1;
	if (hi - lo + 1 <= w) {
		v->text_x = rtl ? w - 1 - hi : -lo;
		e->vx = -v->text_x;
	} else {
		vx = e->vx;
		if (cc < vx)
			vx = cc;
		if (cc > vx + w - 1)
			vx = cc - w + 1;
		if (vx < lo)
			vx = lo;
		if (vx > hi - w + 1)
			vx = hi - w + 1;
		e->vx = vx;
		v->text_x = -vx;
	}
	v->cursor_x = cc + v->text_x;
	return 0;
}
