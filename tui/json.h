/*
 * tui/json.h — a small JSON writer for exports.
 *
 * Strings are written as UTF-8 with the escapes JSON requires (quote,
 * backslash, control characters as \uXXXX, with \n \r \t short forms), plus
 * DEL, U+2028 and U+2029 (line ends to older JavaScript), so the output is
 * deterministic and readable Persian stays readable.  Each byte of invalid
 * UTF-8 (which a peer's bundle could bring into the store) is written as
 * \ufffd, so the output is always valid JSON.
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
