/*
 * locale/strbuf.c — the growing byte string of strbuf.h.  Capacity
 * doubles from 128 bytes, so n appends cost O(total length).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "locale/strbuf.h"

static int
reserve(struct loc_strbuf *b, size_t n)
{
	size_t cap;
	char *p;

	if (b->failed)
		return -1;
	if (n > (size_t)-1 / 2 - b->len - 1) {
		b->failed = 1;
		return -1;
	}
	if (b->len + n + 1 <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 128;
	while (cap < b->len + n + 1)
		cap *= 2;
	if ((p = realloc(b->p, cap)) == NULL) {
		b->failed = 1;
		return -1;
	}
	b->p = p;
	b->cap = cap;
	return 0;
}

void
loc_strbuf_add(struct loc_strbuf *b, const char *s, size_t n)
{
	if (reserve(b, n) != 0)
		return;
	if (n > 0)
		memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = '\0';
}

void
loc_strbuf_str(struct loc_strbuf *b, const char *s)
{
	loc_strbuf_add(b, s, strlen(s));
}

void
loc_strbuf_printf(struct loc_strbuf *b, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0) {
		b->failed = 1;
		return;
	}
	if (reserve(b, (size_t)n) != 0)
		return;
	va_start(ap, fmt);
	vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
	va_end(ap);
	b->len += (size_t)n;
}

char *
loc_strbuf_take(struct loc_strbuf *b)
{
	char *p;

	if (b->failed) {
		loc_strbuf_done(b);
		return NULL;
	}
	if (b->p == NULL) {
		if (reserve(b, 0) != 0)
			return NULL;
		b->p[0] = '\0';
	}
	p = b->p;
	b->p = NULL;
	b->len = b->cap = 0;
	return p;
}

void
loc_strbuf_done(struct loc_strbuf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
	b->failed = 0;
}
