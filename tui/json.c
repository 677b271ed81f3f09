/*
 * tui/json.c — JSON string escaping and scalar output (RFC 8259).
 *
 * A string is scanned one UTF-8 character at a time (loc_utf8_decode):
 * quote, backslash and the C0 controls get the escapes RFC 8259 section 7
 * requires (\n \r \t short, the rest \u00XX), DEL too; U+2028 and U+2029,
 * legal in JSON but line ends to JavaScript before ES2019, become
 * \u2028 and \u2029 so the output can be pasted into a script; a byte that
 * does not start a valid character (text from a peer's bundle is not
 * checked by the store) becomes \ufffd, so the output is always valid
 * UTF-8 and valid JSON.  Everything else, Persian included, is copied.
 */
#include <inttypes.h>
#include <string.h>

#include "locale/text.h"
#include "tui/json.h"

int
tui_json_string(FILE *f, const char *text)
{
	const char *s = text;
	size_t left = strlen(text), n;
	uint32_t cp;

	putc('"', f);
	while (left > 0) {
		n = loc_utf8_decode(s, left, &cp);
		if (n == 0) {
			fputs("\\ufffd", f);	/* one per bad byte */
			n = 1;
		} else if (cp == '"') {
			fputs("\\\"", f);
		} else if (cp == '\\') {
			fputs("\\\\", f);
		} else if (cp == '\n') {
			fputs("\\n", f);
		} else if (cp == '\r') {
			fputs("\\r", f);
		} else if (cp == '\t') {
			fputs("\\t", f);
		} else if (cp < 0x20 || cp == 0x7f || cp == 0x2028 || cp == 0x2029) {
			fprintf(f, "\\u%04x", (unsigned)cp);
		} else {
			fwrite(s, 1, n, f);
		}
		s += n;
		left -= n;
	}
	return putc('"', f) == EOF || ferror(f) ? TUI_JSON_EIO : 0;
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
