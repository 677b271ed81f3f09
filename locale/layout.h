/*
 * locale/layout.h — one line of text laid out for a terminal (SPEC §6,
 * shared/RTL.md).
 *
 * Input is a logical UTF-8 string and a base direction; output is the row of
 * visual cells, left to right, with maps between logical character indexes
 * and visual cell indexes.  Steps (GNU FriBidi): unsafe characters (C0/C1
 * controls, DEL, bidi embedding/override/isolate controls) are first replaced
 * by visible one-cell placeholders; then bidi types, bracket types,
 * embedding levels; bracket mirroring (rule L4, whenever reordering) and
 * optional Arabic shaping to presentation forms (never ligatures, so one
 * character stays one cell); reordering; finally zero-width characters
 * (ZWNJ, ZWJ, LRM, RLM, combining marks attach to their base) take no cell
 * of their own.
 *
 * Positions: idx counts logical characters (code points), cell counts
 * visual cells, col counts display columns (a wide character is one cell of
 * width 2).
 */
#ifndef LOC_LAYOUT_H
#define LOC_LAYOUT_H

#include <stddef.h>
#include <stdint.h>

enum loc_dir { LOC_DIR_LTR, LOC_DIR_RTL, LOC_DIR_AUTO };

#define LOC_LAYOUT_SHAPE     0x1	/* Arabic presentation forms */
#define LOC_LAYOUT_LOGICAL   0x2	/* no reordering, mirroring or shaping
					   ("terminal" bidi mode) */

#define LOC_CELL_PLACEHOLDER 0x1	/* cell stands for an unsafe character */

struct loc_cell {
	uint32_t cp;		/* code point to draw */
	uint32_t comb[2];	/* combining marks drawn with it, 0 if none */
	int idx;		/* logical index of the character it shows */
	uint8_t width;		/* display columns: 1 or 2 */
	uint8_t flags;		/* LOC_CELL_* */
	uint8_t level;		/* bidi embedding level (odd = RTL) */
};

struct loc_layout {
	size_t nchars;		/* logical characters in the input */
	size_t ncells;		/* visual cells, left to right */
	struct loc_cell *cells;
	int *log2cell;		/* [nchars]: cell showing char idx, or -1 if none */
	size_t *idx2off;	/* [nchars + 1]: byte offset of each character */
	int width;		/* total display columns */
	int rtl;		/* resolved paragraph direction is RTL */
};

/* Lays out len bytes of UTF-8 text s.  Invalid bytes become U+FFFD
 * placeholders.  LOC_DIR_AUTO takes the direction of the first strong
 * character (UBA rules P2–P3), LTR if there is none.  Returns 0 and fills
 * *out (release with loc_layout_done), or LOC_ENOMEM (also for a line too
 * long to index); on failure *out is left empty and needs no release. */
int loc_layout_line(const char *s, size_t len, enum loc_dir dir,
    unsigned flags, struct loc_layout *out);

/* Frees what loc_layout_line allocated; safe on a zeroed struct. */
void loc_layout_done(struct loc_layout *l);

/* Writes the visual cells as UTF-8 (placeholders included) into a new
 * string.  Caller frees.  NULL on allocation failure. */
char *loc_layout_utf8(const struct loc_layout *l);

/* Returns a copy of s fit to print raw on a terminal in logical order
 * (unsafe characters and invalid bytes replaced by the same placeholders;
 * ZWNJ and the other format characters kept).  Caller frees.  NULL on
 * allocation failure. */
char *loc_text_sanitize(const char *s);

#endif
