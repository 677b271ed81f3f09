/*
 * tui/html.h — text from the database made safe for an HTML page (the
 * programme report, tui/report.c, and the thank-you letter, tui/letter.c).
 *
 * Every database value placed in a page goes through here: & < > " and '
 * become entities, so a name such as <script>... or a quote cannot open a
 * tag or end an attribute value (either quoting).  Bidi embedding,
 * override and isolate controls (U+202A-U+202E, U+2066-U+2069) are
 * dropped, so that a stored text's RLO cannot print a donor's name, or
 * the line after it, backwards.  Other bytes, Persian letters, ZWNJ,
 * LRM/RLM and digits included, pass as they are (pages are UTF-8).
 */
#ifndef TUI_HTML_H
#define TUI_HTML_H

#include <stdio.h>

#include "locale/strbuf.h"

/* Appends s (NULL: nothing) to b, escaped.  An allocation failure is left
 * in b->failed, as for every loc_strbuf addition. */
void tui_html_escape(struct loc_strbuf *b, const char *s);

/* Writes s (NULL: nothing) to f, escaped.  Returns 0, or EOF on a write
 * error (ferror(f) is then set). */
int tui_html_fputs(FILE *f, const char *s);

#endif
