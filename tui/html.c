/*
 * tui/html.c — HTML escaping (see html.h).
 *
 * One scan serves both outputs: runs of bytes that need nothing are passed
 * on whole (strcspn), each special byte as its entity, through a small
 * "put" callback that appends to a string or writes to a file.
 */
#include <string.h>

#include "tui/html.h"

/* The entity of a byte that needs one, else NULL.  &#39; rather than
 * &apos;, which HTML 4 lacks. */
static const char *
entity(char c)
{
	switch (c) {
	case '&': return "&amp;";
	case '<': return "&lt;";
	case '>': return "&gt;";
	case '"': return "&quot;";
	case '\'': return "&#39;";
	default: return NULL;
	}
}

/* Whether s starts with a bidi embedding, override or isolate control
 * (U+202A-U+202E, U+2066-U+2069: E2 80 AA-AE, E2 81 A6-A9 in UTF-8). */
static int
bidi_control(const unsigned char *s)
{
	return s[0] == 0xE2 && ((s[1] == 0x80 && s[2] >= 0xAA && s[2] <= 0xAE) ||
	    (s[1] == 0x81 && s[2] >= 0xA6 && s[2] <= 0xA9));
}

/* Calls put(ctx, bytes, n) for each piece of s escaped; stops when put
 * returns nonzero and returns that.  A bidi embedding, override or
 * isolate control is dropped: in a page, as on the screen, a stored
 * name's RLO would print the rest of it backwards on the letter. */
static int
escape(const char *s, int (*put)(void *ctx, const char *p, size_t n), void *ctx)
{
	const char *e;
	size_t n;
	int rc;

	while (s != NULL && *s != '\0') {
		n = strcspn(s, "&<>\"'\xE2");
		if (n > 0 && (rc = put(ctx, s, n)) != 0)
			return rc;
		s += n;
		if (*s == '\0')
			break;
		if ((unsigned char)*s == 0xE2) {
			if (bidi_control((const unsigned char *)s))
				s += 3;
			else if ((rc = put(ctx, s++, 1)) != 0)
				return rc;
			continue;
		}
		e = entity(*s++);
		if ((rc = put(ctx, e, strlen(e))) != 0)
			return rc;
	}
	return 0;
}

static int
put_buf(void *ctx, const char *p, size_t n)
{
	loc_strbuf_add(ctx, p, n);
	return 0;
}

static int
put_file(void *ctx, const char *p, size_t n)
{
	return fwrite(p, 1, n, ctx) == n ? 0 : EOF;
}

void
tui_html_escape(struct loc_strbuf *b, const char *s)
{
	escape(s, put_buf, b);
}

int
tui_html_fputs(FILE *f, const char *s)
{
	return escape(s, put_file, f);
}
