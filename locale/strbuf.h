/*
 * locale/strbuf.h — a growing byte string for building text (bundles,
 * HTML pages, sync records).
 *
 * The buffer is always NUL-terminated once anything was added.  An
 * allocation failure is sticky: later additions do nothing and `failed`
 * stays set, so a builder appends freely and checks once at the end.
 * Zero-initialise (struct loc_strbuf b = { 0 }) before use.
 */
#ifndef LOC_STRBUF_H
#define LOC_STRBUF_H

#include <stddef.h>

struct loc_strbuf {
	char *p;	/* the bytes, NUL-terminated; NULL until the first add */
	size_t len;	/* bytes, without the NUL */
	size_t cap;
	int failed;	/* an allocation failed: the content is incomplete */
};

/* Appends n bytes of s.  On allocation failure sets b->failed. */
void loc_strbuf_add(struct loc_strbuf *b, const char *s, size_t n);

/* Appends the NUL-terminated string s. */
void loc_strbuf_str(struct loc_strbuf *b, const char *s);

/* Appends printf-style formatted text. */
void loc_strbuf_printf(struct loc_strbuf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Returns the string and leaves b empty: the caller frees it.  Returns
 * NULL (and frees what was built) if an allocation failed; an empty string
 * if nothing was added. */
char *loc_strbuf_take(struct loc_strbuf *b);

/* Frees the content and leaves b empty; safe on an empty buffer. */
void loc_strbuf_done(struct loc_strbuf *b);

#endif
