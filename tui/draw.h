/*
 * tui/draw.h — drawing laid-out text with curses.
 *
 * Nothing in tui/ writes a string to the terminal directly: every text, a
 * label from the catalog as much as a name from the database, goes through
 * loc_layout_line and is drawn cell by cell with setcchar/mvadd_wch, marks
 * of a cell attached as combining characters.  Placeholder cells (unsafe
 * characters: controls, escapes, bidi overrides) are drawn in reverse
 * video, so ESC [2J in a donor's name shows as a visible mark and the screen
 * stays intact.
 *
 * Coordinates are screen rows and columns; "start" and "end" of a text are
 * logical, "left" and "right" are on the screen.
 */
#ifndef TUI_DRAW_H
#define TUI_DRAW_H

#include "locale/layout.h"
#include "tui/curses.h"

enum tui_align { TUI_ALIGN_LEFT, TUI_ALIGN_RIGHT, TUI_ALIGN_CENTER };

/* Display mode (SPEC §6): TUI_BIDI_APP reorders and shapes, TUI_BIDI_TERMINAL
 * draws logical order without shaping for terminals that reorder. */
enum tui_bidi { TUI_BIDI_APP, TUI_BIDI_TERMINAL };
void tui_draw_set_bidi(enum tui_bidi mode);
enum tui_bidi tui_draw_bidi(void);

/* Flags for loc_layout_line in the current mode. */
unsigned tui_draw_layout_flags(void);

/* The paragraph direction of the interface: RTL in Persian, LTR in English. */
enum loc_dir tui_ui_dir(void);
/* The direction a value typed by people is laid out in: the interface's
 * in Persian; in English each value's own, from its first strong letter
 * (LOC_DIR_AUTO), so a Persian name or note reads right to left, its
 * final full stop on its left, not at its start. */
enum loc_dir tui_data_dir(void);

/* Draws the visual columns [vx, vx + w) of l at row y, columns x..x+w-1:
 * cells partly outside are replaced by spaces; the rest of the area is
 * left alone.  Returns the number of columns drawn (<= w). */
int tui_draw_cells(int y, int x, int w, const struct loc_layout *l, int vx, attr_t attr);
/* After tui_draw_cells(y, x, w, l, vx, ...) of a field's text laid out left
 * to right in a right-to-left field (tui_edit_isolated: -5 or ۱۴۰۳/ in a
 * Persian number or date box): in mode terminal, where the terminal
 * reorders the row, an LRM before the text (on the column left of its
 * first cell shown) and one after it (on its last cell shown), so that the
 * terminal lays out its sign, dash or slash with it, left to right, not on
 * the far side («5-» for -5) as the row's Persian around it would have
 * it: the equivalent of the isolate mode app lays the text out in.  Does
 * nothing in mode app. */
void tui_draw_isolate(int y, int x, int w, const struct loc_layout *l, int vx);

/* Lays out text s (UTF-8, logical order) with direction dir and draws it in
 * the w columns at (y, x), aligned as asked, padding the rest of the area
 * with spaces in attr.  Text wider than w is cut at its logical end (the
 * left for RTL), as tui_fit_end cuts it: never inside a figure.  On
 * allocation failure draws nothing.  Returns the width
 * the text took. */
int tui_draw_text(int y, int x, int w, const char *s, enum loc_dir dir,
    enum tui_align align, attr_t attr);

/* Like tui_draw_text in the interface direction, aligned to its start
 * (right in Persian). */
int tui_draw_ui(int y, int x, int w, const char *s, attr_t attr);

/* Draws s over up to maxlines rows from (y, x), w columns each, breaking
 * between words; the last row takes the rest (cut).  Returns rows used. */
int tui_draw_wrapped(int y, int x, int w, int maxlines, const char *s, attr_t attr);
/* Whether a text may be broken onto a new row at the space it points at:
 * not before a word that starts with a dash (an option, «--county», or a
 * dash between two dates), which at the start of a right-to-left row the
 * bidi algorithm shows after the word, «county--».  A word too long for
 * the row is then cut when drawn, as one with no space is. */
int tui_wrap_at(const char *space);
/* The first line of s broken to fit w columns, for a value shown over
 * several lines (the conflict screen's columns): its length in bytes,
 * the offset of the next line's start in *next (strlen(s) when s fits).
 * It breaks at the last space (tui_wrap_at) after which the words still
 * fit, keeping the blanks before it; a first word wider than w is broken
 * inside it, as much as fits, never between a letter and its mark or a
 * ZWNJ, nor before the punctuation that ends it («.» of a link). */
size_t tui_wrap_next(const char *s, int w, size_t *next);
/* The rows tui_draw_wrapped would use for s, without drawing. */
int tui_wrapped_rows(int w, int maxlines, const char *s);

/* s made to fit w columns, into buf (size n): whole when it fits, else its
 * logical start and end with an ellipsis between, cut at word boundaries
 * where one is near (the start: a word ending in its second half or
 * within 8 characters), never inside a grapheme (a letter with its mark
 * or ZWNJ kept whole or not at all), no joining word («و», «از»...) left
 * before the ellipsis (as tui_fit_words): two need titles that differ only at their end
 * («... بخش شمالی», «... بخش جنوبی») cut at the end read the same.
 * Returns buf (s whole in it, to be cut at its end when drawn, if no such
 * cut fits). */
const char *tui_fit_middle(const char *s, int w, char *buf, size_t n);

/* s made to fit w columns, into buf (size n): whole when it fits, else the
 * longest start of it that fits with an ellipsis after it, as tui_draw_text
 * cuts a text: never inside a figure (an amount, a date), whose digits cut
 * read as another figure; the cut goes back to the figure's start, to the
 * ellipsis alone when the text is one figure too wide; a joining word
 * («و», «یا», «از»...; and, or, of) kept last goes with the word it joins,
 * as tui_fit_words cuts.  Returns buf. */
const char *tui_fit_end(const char *s, int w, char *buf, size_t n);

/* s made to fit w columns at a word's start, into buf (size n): whole
 * when it fits, else its first words that fit with an ellipsis after
 * them (the separators before it left off), a word never cut: a name in
 * a narrow column, «کارخانه…», not «کارخانه لبنیا…»; its first word cut
 * as tui_fit_end does when even that one does not fit.  Returns buf. */
const char *tui_fit_words(const char *s, int w, char *buf, size_t n);

/* s made to fit w columns by cutting what comes before its last sep (a
 * name before « — » and its amount) as tui_fit_end does, keeping sep and
 * what follows whole; into buf (size n).  s whole when it fits, has no
 * sep, or its end alone leaves no room for the ellipsis (it is then cut
 * at its end when drawn, never inside a figure).  Returns buf. */
const char *tui_fit_before(const char *s, const char *sep, int w, char *buf, size_t n);

/* s with an LRM before and after each Latin piece of it (a run of
 * characters between blanks with a Latin letter and no right-to-left
 * one: a link, an address) that starts or ends with neither a letter
 * nor a digit, so that in a right-to-left line its punctuation stays on
 * its side: «https://r.example.ir/», not «/https://r.example.ir», and a
 * link broken over two lines reads right on each (its second piece
 * «xample.ir/», not «/xample.ir»).  An LRM is a mark of no width (laid out, then
 * dropped: isolates would show as placeholders), so lines broken to a
 * width keep it.  Returns a new string (caller frees), or NULL on
 * allocation failure. */
char *tui_latin_marked(const char *s);

/* n, less the separators that end s[0..n): spaces, hyphens and dashes,
 * ZWNJs, none of which a text cut short should show before its ellipsis
 * («ساختمان-…» is «ساختمان…»).  s[0..n) is whole UTF-8. */
size_t tui_cut_trim(const char *s, size_t n);

/* Display width of s once laid out (0 on failure). */
int tui_text_width(const char *s);

/* Fills w columns at (y, x) with spaces in attr. */
void tui_draw_blank(int y, int x, int w, attr_t attr);

/* Draws a box border (ASCII-safe on vt100: curses' line characters) with
 * its interior cleared. */
void tui_draw_box(int y, int x, int h, int w, attr_t attr);

/* Attributes of the interface parts: work with and without colours. */
attr_t tui_attr_bar(void);	/* title and key bar labels */
attr_t tui_attr_error(void);
attr_t tui_attr_warning(void);
attr_t tui_attr_focus(void);	/* the field being edited */
attr_t tui_attr_field(void);	/* other fields */
attr_t tui_attr_label(void);
attr_t tui_attr_inactive(void);	/* a record marked inactive, in a list */
void tui_draw_colors_init(void);

#endif
