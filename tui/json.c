/*
 * tui/json.c — JSON string escaping and scalar output (RFC 8259).
 */
#include <inttypes.h>

#include "tui/json.h"

int
tui_json_string(FILE *f, const char *text)
{
	const unsigned char *s;

	putc('"', f);
	for (s = (const unsigned char *)text; *s; s++) {
		switch (*s) {
		case '"': fputs("\\\"", f); break;
		case '\\': fputs("\\\\", f); break;
		case '\n': fputs("\\n", f); break;
		case '\r': fputs("\\r", f); break;
		case '\t': fputs("\\t", f); break;
		default:
			if (*s < 0x20 || *s == 0x7f)
				fprintf(f, "\\u%04x", *s);
			else
				putc(*s, f);
		}
	}
	return putc('"', f) == EOF ? TUI_JSON_EIO : 0;
}

int
tui_json_key(FILE *f, const char *key)
{
	if (tui_json_string(f, key) != 0)
		return TUI_JSON_EIO;
	return fputs(": ", f) == EOF ? TUI_JSON_EIO : 0;
}

int
tui_json_int(FILE *f, int64_t v)
{
	return fprintf(f, "%" PRId64, v) < 0 ? TUI_JSON_EIO : 0;
}
