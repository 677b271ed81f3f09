/*
 * tui/csv.h — RFC 4180 CSV reading (through libcsv) and writing.
 *
 * The reader hands each row to a callback with the line number the row
 * starts on (1-based, counting every line feed in the file, including those
 * inside quoted fields), so import errors can name the line a person sees in
 * an editor.  A UTF-8 byte-order mark at the start is skipped; empty lines
 * are skipped.  A cell's U+FEFF (a BOM or zero width no-break space
 * anywhere else), U+200B and U+2060 are taken out of it.  Cells are separated by commas, or by semicolons or tabs when
 * the first line has those and no comma (a spreadsheet's CSV of a region
 * whose list separator is the semicolon).  Fields are NUL-terminated copies owned by the reader, valid
 * only during the callback.
 *
 * The writer quotes a field only when it must (comma, quote, CR, LF, or a
 * leading/trailing space), ends rows with CRLF as RFC 4180 says, and is
 * deterministic: the same values give the same bytes.
 */
#ifndef TUI_CSV_H
#define TUI_CSV_H

#include <stddef.h>
#include <stdio.h>

#define TUI_CSV_EPARSE (-1)	/* malformed CSV: a quote not closed by the end */
#define TUI_CSV_ENOMEM (-2)
#define TUI_CSV_EIO    (-3)	/* read error */
#define TUI_CSV_ESTOP  (-4)	/* the callback asked to stop */
#define TUI_CSV_EQUOTE (-5)	/* malformed CSV: a quote inside a cell that does
				   not begin with one (ab"c), or text after a
				   cell's closing quote ("ab"c) */
#define TUI_CSV_ENUL   (-6)	/* a NUL byte (a UTF-16 file, a binary one): a
				   cell would end there, the rest of it lost */

/* Called per row: line it starts on, the number of fields and the fields.
 * Returns 0 to go on, nonzero to stop the reading (tui_csv_read then
 * returns TUI_CSV_ESTOP), or TUI_CSV_ARABIC_SEMICOLON to go on with the
 * cells of the rows after this one separated by the Arabic semicolon ؛
 * (U+061B) outside quotes: the list separator of Persian Windows' region,
 * which Excel writes in its CSV there.  The reader cannot tell it from the
 * first line alone, as it can a semicolon: a title line is Persian text
 * and may have one ("فهرست خیّرین؛ شهرستان مرند"); the caller, which knows
 * the columns' names, tells it from the header. */
#define TUI_CSV_ARABIC_SEMICOLON 0x61b
typedef int (*tui_csv_row_fn)(void *ctx, size_t line, size_t nfields, char *const *fields);

/* Reads all of f, calling fn for each non-empty row.  Returns 0 or a
 * TUI_CSV_* code; on TUI_CSV_EPARSE or TUI_CSV_EQUOTE *err_line (if not
 * NULL) is the line where the parser gave up, on TUI_CSV_ENUL the line of
 * the NUL; *err_col (if not NULL) is then the cell of that row (1-based)
 * the parser gave up in, or the NUL is in. */
int tui_csv_read(FILE *f, tui_csv_row_fn fn, void *ctx, size_t *err_line, size_t *err_col);

/* The separator (',', ';' or '\t') of the file tui_csv_read is reading in
 * this thread, as its first line decided: for the row callback (the
 * Arabic semicolon a callback asked for aside). */
unsigned char tui_csv_separator(void);

/* Writes one field (with a separating comma unless first).  Returns 0 or
 * TUI_CSV_EIO. */
int tui_csv_field(FILE *f, const char *text, int first);

/* Formula injection (OWASP "CSV injection"): a spreadsheet runs a cell that
 * begins with = + - or @ as a formula.  A text field's value that begins so
 * is written after an apostrophe, which spreadsheets take as "text, not a
 * formula" and do not show; an import takes the apostrophe off again, so a
 * round trip keeps the value.  A text that itself begins with apostrophes
 * before such a sign ('=x) gets one more, so that it too comes back as it
 * was.  tui_csv_field_text writes such a field; tui_csv_unguard returns
 * text past the apostrophe of a guarded value. */
int tui_csv_field_text(FILE *f, const char *text, int first);
char *tui_csv_unguard(char *text);

/* Ends a row (CRLF).  Returns 0 or TUI_CSV_EIO. */
int tui_csv_endrow(FILE *f);

/* Writes the UTF-8 byte-order mark.  Returns 0 or TUI_CSV_EIO. */
int tui_csv_bom(FILE *f);

/* Returns a static English description of a TUI_CSV_* code. */
const char *tui_csv_strerror(int code);

#endif
