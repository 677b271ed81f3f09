/*
 * locale/layout.c — one line of text laid out for a terminal (SPEC §6,
 * shared/RTL.md).
 *
 * The pipeline follows fribidi_log2vis, with terminal concerns around it:
 *
 *   1. UTF-8 is decoded here (not by FriBidi) so every character keeps its
 *      byte offset; each maximal ill-formed subpart (Unicode §3.9) becomes
 *      one U+FFFD placeholder.
 *   2. Unsafe characters are replaced, before the bidi algorithm sees them,
 *      by visible one-cell placeholders (LOC_CELL_PLACEHOLDER):
 *        C0 controls U+0000–U+001F (ESC, TAB, ...)  -> U+2400 + c (␛, ␉, ...)
 *        DEL U+007F                                 -> U+2421 ␡
 *        C1 controls U+0080–U+009F, invalid bytes   -> U+FFFD �
 *        LINE/PARAGRAPH SEPARATOR U+2028, U+2029    -> U+2424 ␤
 *        bidi embeddings, overrides and isolates
 *        U+202A–U+202E, U+2066–U+2069               -> U+25CA ◊ LOZENGE
 *      The lozenge was chosen over U+25C6 ◆ because its East Asian width is
 *      Neutral (◆ is Ambiguous, two columns in some CJK terminal setups);
 *      it is in every common terminal font.  Replacing the controls rather
 *      than obeying them means hidden text cannot reorder what a user sees
 *      (the "Trojan Source" trick), and one line can never break the
 *      screen with an escape sequence.
 *   3. FriBidi: bidi types, bracket types, paragraph and embedding levels
 *      (fribidi_get_par_embedding_levels_ex; a 0 return is an error).
 *   4. Mirroring of brackets at RTL levels (rule L4, always when reordering)
 *      and, with LOC_LAYOUT_SHAPE, Arabic joining and shaping to
 *      presentation forms.  Never FRIBIDI_FLAG_SHAPE_ARAB_LIGA: lam-alef
 *      would become one glyph plus U+FEFF and the cell count would change.
 *   5. fribidi_reorder_line (flags 0, map initialised to the identity)
 *      gives the visual -> logical map.
 *   6. Cells: a character of width 0 takes no cell of its own.  Format
 *      characters (Cf: ZWNJ, ZWJ, LRM, RLM, ALM, ...) have done their work
 *      in steps 3–4 and are dropped; marks (Mn, Me, and other width-0
 *      characters such as conjoining jamo) are attached, in logical order,
 *      to the nearest preceding character that has a cell (up to two per
 *      cell; more are dropped but still map to that cell).  A mark with no
 *      base before it is drawn on U+25CC ◌ DOTTED CIRCLE.  Widths come from
 *      libunistring's uc_width (wide CJK and emoji take 2 columns).
 *
 * LOC_LAYOUT_LOGICAL ("terminal" bidi mode) keeps logical order and does no
 * shaping or mirroring: the terminal does both.  Its zero-width format
 * characters are attached like marks rather than dropped, because the
 * terminal still needs them: without ZWNJ it would join می‌شود as میشود.
 *
 * A line costs one allocation: the output arrays and all scratch space are
 * carved from one block sized from the byte length (an upper bound on the
 * character count).  A line with no character from U+0590 up in an LTR or
 * automatic paragraph has every level 0 and needs no FriBidi call at all.
 */
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <fribidi.h>
#include <unictype.h>
#include <uniwidth.h>

#include "locale/layout.h"
#include "locale/layout_internal.h"
#include "locale/loc.h"

#define BAD_BYTES	0xFFFFFFFFu	/* decoder: ill-formed subpart */
#define PH_INVALID	0xFFFDu
#define PH_LINESEP	0x2424u
#define PH_BIDICTL	0x25CAu
#define DOTTED_CIRCLE	0x25CCu
#define FIRST_RTL_CP	0x0590u		/* nothing below is R, AL or AN */

/* Per-character information, one byte each. */
#define I_WIDTH	 0x03		/* display columns of the character */
#define I_PH	 0x04		/* replaced by a placeholder */
#define I_KIND	 0x30
#define K_CELL	 0x00		/* takes a cell */
#define K_DOTTED 0x10		/* a mark with no base: takes a ◌ cell */
#define K_ATTACH 0x20		/* drawn in the cell of the character before */
#define K_DROP	 0x30		/* drawn nowhere */

/* Decodes the character at s[0..len), len >= 1: returns its byte length
 * and sets *cp, or returns the length of the maximal ill-formed subpart
 * and sets *cp to BAD_BYTES. */
static size_t
utf8_next(const unsigned char *s, size_t len, uint32_t *cp)
{
	unsigned char b = s[0], lo = 0x80, hi = 0xbf;
	size_t need, i;
	uint32_t c;

	if (b < 0x80) {
		*cp = b;
		return 1;
	}
	if (b < 0xc2 || b > 0xf4) {
		*cp = BAD_BYTES;
		return 1;
	}
	if (b < 0xe0) {
		need = 1;
		c = b & 0x1f;
	} else if (b < 0xf0) {
		need = 2;
		c = b & 0x0f;
		if (b == 0xe0)
			lo = 0xa0;	/* overlong */
		else if (b == 0xed)
			hi = 0x9f;	/* surrogates */
	} else {
		need = 3;
		c = b & 0x07;
		if (b == 0xf0)
			lo = 0x90;	/* overlong */
		else if (b == 0xf4)
			hi = 0x8f;	/* above U+10FFFF */
	}
	for (i = 1; i <= need; i++) {
		if (i >= len || s[i] < lo || s[i] > hi) {
			*cp = BAD_BYTES;
			return i;
		}
		c = c << 6 | (s[i] & 0x3f);
		lo = 0x80;
		hi = 0xbf;
	}
	*cp = c;
	return need + 1;
}

/* Returns the placeholder drawn for an unsafe character, or 0 if c is
 * safe to send to a terminal. */
static uint32_t
placeholder(uint32_t c)
{
	if (c < 0x20)
		return 0x2400 + c;
	if (c < 0x7f)
		return 0;
	if (c == 0x7f)
		return 0x2421;
	if (c < 0xa0 || c == BAD_BYTES)
		return PH_INVALID;
	if (c < 0x2028 || c > 0x2069)
		return 0;
	if (c <= 0x2029)
		return PH_LINESEP;
	if (c <= 0x202e || c >= 0x2066)
		return PH_BIDICTL;
	return 0;
}

static size_t
utf8_len(uint32_t c)
{
	return c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

static char *
utf8_put(char *p, uint32_t c)
{
	if (c < 0x80) {
		*p++ = (char)c;
	} else if (c < 0x800) {
		*p++ = (char)(0xc0 | c >> 6);
		*p++ = (char)(0x80 | (c & 0x3f));
	} else if (c < 0x10000) {
		*p++ = (char)(0xe0 | c >> 12);
		*p++ = (char)(0x80 | (c >> 6 & 0x3f));
		*p++ = (char)(0x80 | (c & 0x3f));
	} else {
		*p++ = (char)(0xf0 | c >> 18);
		*p++ = (char)(0x80 | (c >> 12 & 0x3f));
		*p++ = (char)(0x80 | (c >> 6 & 0x3f));
		*p++ = (char)(0x80 | (c & 0x3f));
	}
	return p;
}

static FriBidiParType
par_type(enum loc_dir dir)
{
	switch (dir) {
	case LOC_DIR_LTR:
		return FRIBIDI_PAR_LTR;
	case LOC_DIR_RTL:
		return FRIBIDI_PAR_RTL;
	default:
		return FRIBIDI_PAR_ON;	/* rules P2–P3; LTR if no strong char */
	}
}

/* Resolves the paragraph direction (*base) and the embedding levels of
 * cp[0..n), n > 0, filling types and btypes on the way.  Returns the
 * highest level plus one (1: every level is 0, and types and btypes may be
 * left unfilled), or 0 if FriBidi failed. */
static int
bidi_levels(const FriBidiChar *cp, FriBidiStrIndex n, enum loc_dir dir,
    FriBidiCharType *types, FriBidiBracketType *btypes,
    FriBidiLevel *levels, FriBidiParType *base)
{
	FriBidiStrIndex i;

	*base = par_type(dir);
	if (dir != LOC_DIR_RTL) {
		for (i = 0; i < n && cp[i] < FIRST_RTL_CP; i++)
			;
		if (i == n) {
			*base = FRIBIDI_PAR_LTR;
			memset(levels, 0, (size_t)n);
			return 1;
		}
	}
	fribidi_get_bidi_types(cp, n, types);
	fribidi_get_bracket_types(cp, n, types, btypes);
	return fribidi_get_par_embedding_levels_ex(types, btypes, n, base, levels);
}

/* Fills map (visual position -> logical index) for the line cp[0..n) laid
 * out by bidi_levels, which returned maxlevel1.  Applies rule L1 to levels.
 * Returns 0 or LOC_ENOMEM. */
static int
bidi_reorder(const FriBidiCharType *types, FriBidiStrIndex n, int maxlevel1,
    FriBidiParType base, FriBidiLevel *levels, FriBidiStrIndex *map)
{
	FriBidiStrIndex i;

	for (i = 0; i < n; i++)
		map[i] = i;
	if (maxlevel1 <= 1)
		return 0;
	if (fribidi_reorder_line(0, types, n, 0, base, levels, NULL, map) == 0)
		return LOC_ENOMEM;
	return 0;
}

int
loc_layout_bidi(const uint32_t *cp, size_t n, enum loc_dir dir,
    uint8_t *levels, int *vis2log, int *rtl)
{
	FriBidiCharType *types;
	FriBidiBracketType *btypes;
	FriBidiStrIndex *map;
	FriBidiLevel *lev;
	FriBidiParType base;
	unsigned char *block;
	int max1, rc = 0;
	size_t i;

	*rtl = dir == LOC_DIR_RTL;
	if (n == 0)
		return 0;
	if (n > INT_MAX / 16)
		return LOC_ENOMEM;
	block = malloc(n * (sizeof *types + sizeof *btypes + sizeof *map + sizeof *lev));
	if (block == NULL)
		return LOC_ENOMEM;
	types = (FriBidiCharType *)block;
	btypes = (FriBidiBracketType *)(types + n);
	map = (FriBidiStrIndex *)(btypes + n);
	lev = (FriBidiLevel *)(map + n);
	max1 = bidi_levels(cp, (FriBidiStrIndex)n, dir, types, btypes, lev, &base);
	if (max1 == 0)
		rc = LOC_ENOMEM;
	else
		rc = bidi_reorder(types, (FriBidiStrIndex)n, max1, base, lev, map);
	if (rc == 0) {
		for (i = 0; i < n; i++) {
			levels[i] = (uint8_t)lev[i];
			vis2log[i] = map[i];
		}
		*rtl = FRIBIDI_IS_RTL(base) != 0;
	}
	free(block);
	return rc;
}

/* Carves count elements of size bytes, aligned to align, from a block
 * being laid out: returns the offset and advances *off. */
static size_t
carve(size_t *off, size_t count, size_t size, size_t align)
{
	size_t at = (*off + align - 1) / align * align;

	*off = at + count * size;
	return at;
}

/* Bytes of block per input byte, an upper bound used to refuse lines too
 * long to lay out before any size computation can overflow. */
#define PER_CHAR (sizeof(size_t) + sizeof(struct loc_cell) + sizeof(int) + \
    sizeof(FriBidiChar) + sizeof(FriBidiCharType) + sizeof(FriBidiBracketType) + \
    sizeof(FriBidiStrIndex) + sizeof(FriBidiLevel) + 2)

int
loc_layout_line(const char *s, size_t len, enum loc_dir dir,
    unsigned flags, struct loc_layout *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t cap = len > 0 ? len : 1, off = 0, o_off, o_cells, o_l2c, o_cp,
	    o_types, o_btypes, o_map, o_lev, o_ar, o_info, i, k, n, step, nc;
	FriBidiCharType *types;
	FriBidiBracketType *btypes;
	FriBidiStrIndex *map;
	FriBidiLevel *levels;
	FriBidiArabicProp *ar;
	FriBidiChar *cp;
	FriBidiParType base;
	FriBidiFlags sflags;
	struct loc_cell *cell;
	unsigned char *block, *info;
	uint32_t c, ph;
	int logical = (flags & LOC_LAYOUT_LOGICAL) != 0, have_base = 0, max1 = 1,
	    w, cur;

	memset(out, 0, sizeof *out);
	if (cap > (size_t)INT_MAX - 1 || cap > (SIZE_MAX - 256) / (PER_CHAR + 8))
		return LOC_ENOMEM;
	o_off = carve(&off, cap + 1, sizeof(size_t), _Alignof(size_t));
	o_cells = carve(&off, cap, sizeof(struct loc_cell), _Alignof(struct loc_cell));
	o_l2c = carve(&off, cap, sizeof(int), _Alignof(int));
	o_cp = carve(&off, cap, sizeof(FriBidiChar), _Alignof(FriBidiChar));
	o_types = carve(&off, cap, sizeof(FriBidiCharType), _Alignof(FriBidiCharType));
	o_btypes = carve(&off, cap, sizeof(FriBidiBracketType), _Alignof(FriBidiBracketType));
	o_map = carve(&off, cap, sizeof(FriBidiStrIndex), _Alignof(FriBidiStrIndex));
	o_lev = carve(&off, cap, sizeof(FriBidiLevel), 1);
	o_ar = carve(&off, cap, sizeof(FriBidiArabicProp), 1);
	o_info = carve(&off, cap, 1, 1);
	if ((block = malloc(off)) == NULL)
		return LOC_ENOMEM;
	out->idx2off = (size_t *)(void *)(block + o_off);
	out->cells = (struct loc_cell *)(void *)(block + o_cells);
	out->log2cell = (int *)(void *)(block + o_l2c);
	cp = (FriBidiChar *)(void *)(block + o_cp);
	types = (FriBidiCharType *)(void *)(block + o_types);
	btypes = (FriBidiBracketType *)(void *)(block + o_btypes);
	map = (FriBidiStrIndex *)(void *)(block + o_map);
	levels = (FriBidiLevel *)(void *)(block + o_lev);
	ar = (FriBidiArabicProp *)(void *)(block + o_ar);
	info = block + o_info;

	/* Steps 1, 2 and the cell kinds of step 6, in logical order. */
	for (i = 0, n = 0; i < len; i += step, n++) {
		out->idx2off[n] = i;
		if (u[i] >= 0x20 && u[i] < 0x7f) {	/* printable ASCII */
			step = 1;
			cp[n] = u[i];
			info[n] = 1 | K_CELL;
			have_base = 1;
			continue;
		}
		step = utf8_next(u + i, len - i, &c);
		if ((ph = placeholder(c)) != 0) {
			cp[n] = ph;
			info[n] = 1 | I_PH | K_CELL;
			have_base = 1;
			continue;
		}
		cp[n] = c;
		w = uc_width(c, "UTF-8");
		if (w < 0) {	/* a control libunistring knows of */
			cp[n] = PH_INVALID;
			info[n] = 1 | I_PH | K_CELL;
			have_base = 1;
		} else if (w > 0) {
			info[n] = (unsigned char)(w > 2 ? 2 : w) | K_CELL;
			have_base = 1;
		} else if (uc_is_general_category(c, UC_CATEGORY_Cf)) {
			info[n] = logical && have_base ? K_ATTACH : K_DROP;
		} else if (have_base) {
			info[n] = K_ATTACH;
		} else {
			info[n] = 1 | K_DOTTED;
			have_base = 1;
		}
	}
	out->idx2off[n] = len;
	out->nchars = n;
	out->rtl = dir == LOC_DIR_RTL;
	if (n == 0)
		return 0;

	/* Steps 3–5. */
	max1 = bidi_levels(cp, (FriBidiStrIndex)n, dir, types, btypes, levels, &base);
	if (max1 == 0)
		goto fail;
	out->rtl = FRIBIDI_IS_RTL(base) != 0;
	if (logical || max1 <= 1) {
		for (i = 0; i < n; i++)
			map[i] = (FriBidiStrIndex)i;
	} else {
		sflags = FRIBIDI_FLAG_SHAPE_MIRRORING;
		if (flags & LOC_LAYOUT_SHAPE) {
			sflags |= FRIBIDI_FLAG_SHAPE_ARAB_PRES;
			fribidi_get_joining_types(cp, (FriBidiStrIndex)n, ar);
			fribidi_join_arabic(types, (FriBidiStrIndex)n, levels, ar);
		}
		fribidi_shape(sflags, levels, (FriBidiStrIndex)n,
		    (flags & LOC_LAYOUT_SHAPE) ? ar : NULL, cp);
		if (bidi_reorder(types, (FriBidiStrIndex)n, max1, base, levels, map) != 0)
			goto fail;
	}

	/* Step 6: cells in visual order, then marks onto their bases. */
	nc = 0;
	for (k = 0; k < n; k++) {
		i = (size_t)map[k];
		out->log2cell[i] = -1;
		if ((info[i] & I_KIND) != K_CELL && (info[i] & I_KIND) != K_DOTTED)
			continue;
		cell = &out->cells[nc];
		cell->cp = cp[i];
		cell->comb[0] = cell->comb[1] = 0;
		if ((info[i] & I_KIND) == K_DOTTED) {
			cell->cp = DOTTED_CIRCLE;
			cell->comb[0] = cp[i];
		}
		cell->idx = (int)i;
		cell->width = info[i] & I_WIDTH;
		cell->flags = (info[i] & I_PH) ? LOC_CELL_PLACEHOLDER : 0;
		cell->level = (uint8_t)levels[i];
		out->width += cell->width;
		out->log2cell[i] = (int)nc++;
	}
	out->ncells = nc;
	for (i = 0, cur = -1; i < n; i++) {
		switch (info[i] & I_KIND) {
		case K_CELL:
		case K_DOTTED:
			cur = out->log2cell[i];
			break;
		case K_ATTACH:
			out->log2cell[i] = cur;
			cell = &out->cells[cur];
			if (cell->comb[0] == 0)
				cell->comb[0] = cp[i];
			else if (cell->comb[1] == 0)
				cell->comb[1] = cp[i];
			break;
		}
	}
	return 0;
fail:
	free(block);
	memset(out, 0, sizeof *out);
	return LOC_ENOMEM;
}

void
loc_layout_done(struct loc_layout *l)
{
	/* The arrays share one block, which starts at idx2off. */
	free(l->idx2off);
	memset(l, 0, sizeof *l);
}

char *
loc_layout_utf8(const struct loc_layout *l)
{
	size_t size = 1, i, j;
	char *s, *p;

	for (i = 0; i < l->ncells; i++) {
		size += utf8_len(l->cells[i].cp);
		for (j = 0; j < 2 && l->cells[i].comb[j] != 0; j++)
			size += utf8_len(l->cells[i].comb[j]);
	}
	if ((s = malloc(size)) == NULL)
		return NULL;
	p = s;
	for (i = 0; i < l->ncells; i++) {
		p = utf8_put(p, l->cells[i].cp);
		for (j = 0; j < 2 && l->cells[i].comb[j] != 0; j++)
			p = utf8_put(p, l->cells[i].comb[j]);
	}
	*p = '\0';
	return s;
}

char *
loc_text_sanitize(const char *s)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t len = strlen(s), size = 1, i, step;
	uint32_t c, ph;
	char *r, *p;

	for (i = 0; i < len; i += step) {
		step = utf8_next(u + i, len - i, &c);
		ph = placeholder(c);
		size += ph != 0 ? utf8_len(ph) : step;
	}
	if ((r = malloc(size)) == NULL)
		return NULL;
	for (i = 0, p = r; i < len; i += step) {
		step = utf8_next(u + i, len - i, &c);
		if ((ph = placeholder(c)) != 0) {
			p = utf8_put(p, ph);
		} else {
			memcpy(p, s + i, step);
			p += step;
		}
	}
	*p = '\0';
	return r;
}
