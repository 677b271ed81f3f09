/*
 * tui/field.h — right-to-left field editing.
 *
 * struct tui_edit is the text of one field being edited: logical UTF-8 and a
 * cursor.  As in dialog's inputstr.c, three positions are kept apart:
 *   off  byte offset into buf (the cursor; on a grapheme boundary or
 *        either side of a ZWNJ/ZWJ; the arrows stop only after a ZWNJ,
 *        which takes no cell: see field.c)
 *   idx  character index (what loc_layout_line maps)
 *   col  display column of the laid-out line (what the screen shows)
 * Editing is logical: a typed character goes in at off; Backspace and Delete
 * remove one whole grapheme before/after off, a ZWNJ/ZWJ being one of its
 * own (Backspace after می‌ removes the ZWNJ, not the ی).  Movement with the arrow keys
 * is visual: the cursor positions are sorted by the column where the cursor
 * shows for each (the layout's log2cell map), and Left/Right step to the
 * neighbour in that order, so in mixed Persian/Latin/digit text the cursor
 * always moves the way the arrow points.
 *
 * Where the cursor shows for logical position idx: on the cell of character
 * idx (the character the next keystroke goes before); at the end of the
 * text, just past the last character in its own direction (left of a
 * Persian letter, right of a digit or Latin letter).  A field wider than its
 * area scrolls (vx, the first visible column) just enough to keep the cursor
 * in view.
 *
 * A right-to-left field sits on the right of its area in both bidi modes.
 * With LOC_LAYOUT_LOGICAL (mode terminal: the cells are the logical text,
 * the terminal reorders it) the logical end is the right of the cells, so
 * the cursor there takes the area's last column and the text ends just
 * left of it, as a left-to-right field keeps a column for the cursor past
 * its end.
 *
 * The arrows in mode terminal: a person sees the line the terminal has
 * reordered, not the logical cells, so Left and Right step through the
 * positions in the visual order of FriBidi's reordered layout (the one
 * mode app draws), computed although the cells written stay logical: the
 * same keys visit the same logical positions in both modes, and Left from
 * the end of a Persian text does nothing (the end is its left edge).  The
 * terminal cursor still goes on the logical cell of character idx: a
 * reordering terminal shows its cursor over the character of its cell, so
 * it appears on that character where the terminal has moved it, as in mode
 * app.  Past the logical end there is no character; the cursor stays on the
 * cell after the text, which the terminal places by its own paragraph
 * direction.  This assumes the terminal reorders the field's text as
 * FriBidi does in the field's direction; a terminal that takes the whole
 * row as a left-to-right paragraph agrees on pure Persian text but not
 * always on mixed text.
 *
 * Home and End are the logical start and end in both modes: Home the
 * first character typed (the rightmost of a Persian text, the leftmost of
 * a Latin one), End where typing goes on.
 *
 * Nothing here touches curses, so tests/tui/test_field.c exercises it alone.
 */
#ifndef TUI_FIELD_H
#define TUI_FIELD_H

#include <stddef.h>
#include <stdint.h>

#include "locale/layout.h"

struct tui_edit {
	char *buf;		/* logical UTF-8, NUL-terminated; owned */
	size_t len, cap;	/* bytes used (without NUL), allocated */
	size_t off;		/* cursor: byte offset */
	int vx;			/* scroll: text column at the area's left edge */
	enum loc_dir dir;	/* paragraph direction of the field */
	unsigned flags;		/* loc_layout_line flags (shaping / logical) */
	int overtype;		/* the text is a proposal (tui_edit_propose) */
	int codes;		/* ids and codes: see tui_edit_text_dir */
	int number;		/* (with codes) a number's: a sign typed
				   alone reads left to right too */
};

/* Where things land when the field is drawn in an area of w columns. */
struct tui_edit_view {
	int text_x;		/* area column of the text's column 0 (may be < 0) */
	int cursor_x;		/* area column of the cursor, 0..w-1 */
};

/* The paragraph direction e's text is laid out in.  e->dir, but in a
 * field of ids and codes (a search field, an id, a phone: e->codes set) of
 * direction RTL or AUTO, the direction of its first strong character (UAX
 * #9 P2-P3); with none, LTR for a text that starts with a digit or with
 * a sign and a digit (-5: «5-» before), or, in a number's field
 * (e->number), a sign alone; else e->dir.  In a Persian search field an id typed as «TST-» showed «-TST»:
 * its dash, neutral at the end, took the field's right-to-left direction
 * and jumped to its left.  Persian text keeps RTL («علی-» shows its dash
 * on its left, where a Persian text ends).  The field stays on the side of
 * e->dir (tui_edit_layout). */
enum loc_dir tui_edit_text_dir(const struct tui_edit *e);
/* 1 if e's text is laid out left to right in a right-to-left field (a
 * number, a date or an id in a Persian box: tui_edit_text_dir), which mode
 * terminal brackets with marks (tui_draw_isolate), else 0. */
int tui_edit_isolated(const struct tui_edit *e);

/* Starts editing text (NULL = empty) with the cursor at the end.  Returns
 * 0, or -1 on allocation failure (e is then empty but usable). */
int tui_edit_init(struct tui_edit *e, const char *text, enum loc_dir dir, unsigned flags);
/* Frees the buffer; safe twice. */
void tui_edit_done(struct tui_edit *e);
/* Replaces the text; cursor to the end.  0 or -1 (no memory; unchanged). */
int tui_edit_set(struct tui_edit *e, const char *text);

/* Replaces the text with a proposal (a new record's date set to today):
 * shown and kept as it is, but the first character inserted replaces it
 * whole (overtype) rather than going after it.  Any other edit or cursor
 * key (Backspace, Delete, arrows, Home, End) means the text is being
 * edited: the proposal becomes ordinary text, typing then inserts.
 * tui_edit_set ends a proposal too.  0 or -1 (no memory; unchanged). */
int tui_edit_propose(struct tui_edit *e, const char *text);

/* Inserts code point cp at the cursor and moves past it (over a proposal:
 * in its place).  0 or -1. */
int tui_edit_insert(struct tui_edit *e, uint32_t cp);
/* Inserts UTF-8 text s at the cursor (likewise).  0 or -1. */
int tui_edit_insert_str(struct tui_edit *e, const char *s);
/* Removes the grapheme (or ZWNJ/ZWJ) before (backspace) / after (delete)
 * the cursor.  Returns 1 if something was removed, else 0. */
int tui_edit_backspace(struct tui_edit *e);
int tui_edit_delete(struct tui_edit *e);
/* Logical start / end (Home: on the first character, the rightmost of
 * right-to-left text; End: past the last), in both bidi modes. */
void tui_edit_home(struct tui_edit *e);
void tui_edit_end(struct tui_edit *e);
/* Visual movement: one cursor position to the left / right on screen, in
 * the reordered line also with LOC_LAYOUT_LOGICAL (see above).
 * Returns 1 if the cursor moved, 0 at the edge or on failure. */
int tui_edit_left(struct tui_edit *e);
int tui_edit_right(struct tui_edit *e);

/* The column (in the laid-out line's coordinates, -1..width) where the
 * cursor shows for logical character index idx.  l is e's layout. */
int tui_edit_cursor_col(const struct loc_layout *l, size_t idx);

/* Lays out e for an area of w columns: fills *l (release with
 * loc_layout_done) and *v, and updates e->vx so the cursor is visible.
 * Returns 0 or LOC_ENOMEM. */
int tui_edit_layout(struct tui_edit *e, int w, struct loc_layout *l, struct tui_edit_view *v);

#endif
