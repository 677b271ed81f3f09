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

/* Calls put(ctx, bytes, n) for each piece of s escaped; stops when put
 * returns nonzero and returns that. */
static int
escape(const char *s, int (*put)(void *ctx, const char *p, size_t n), void *ctx)
{
	const char *e;
	size_t n;
	int rc;

	while (s != NULL && *s != '\0') {
		n = strcspn(s, "&<>\"'");
		if (n > 0 && (rc = put(ctx, s, n)) != 0)
			return rc;
		s += n;
		if (*s == '\0')
			break;
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
