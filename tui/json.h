/*
 * tui/json.h — a small JSON writer for exports.
 *
 * Strings are written as UTF-8 with only the escapes JSON requires (quote,
 * backslash, control characters as \uXXXX, with \n \r \t short forms), so the
 * output is deterministic and readable Persian stays readable.  Invalid
 * UTF-8 is not checked here: stored text is already valid UTF-8.
 */
#ifndef TUI_JSON_H
#define TUI_JSON_H

#include <stdint.h>
#include <stdio.h>

#define TUI_JSON_EIO (-1)

/* Writes text as a JSON string (with quotes).  Returns 0 or TUI_JSON_EIO. */
int tui_json_string(FILE *f, const char *text);

/* Writes "key": (the key as a JSON string, then a colon and a space).
 * Returns 0 or TUI_JSON_EIO. */
int tui_json_key(FILE *f, const char *key);

/* Writes a signed integer.  Returns 0 or TUI_JSON_EIO. */
int tui_json_int(FILE *f, int64_t v);

#endif
