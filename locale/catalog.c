/*
 * locale/catalog.c — message lookup in the compiled catalogs.
 *
 * The tables come from build/gen/catalog.c (locale/po2c.sh).  On first use
 * each language gets an open-addressing hash of its msgids; lookups are then
 * one hash and usually one strcmp.  The tables are built once and only read
 * afterwards.  Missing entries fall back to the msgid itself (English).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "locale/catalog.h"
#include "locale/loc.h"

extern const char *const loc_catalog_fa[][2];
extern const char *const loc_catalog_en[][2];

struct catalog {
	const char *code;
	const char *const (*entries)[2];
	uint32_t *slots;	/* entry index + 1, 0 = empty */
	uint32_t mask;
	int failed;
};

static struct catalog catalogs[] = {
	{ "fa", loc_catalog_fa, NULL, 0, 0 },
	{ "en", loc_catalog_en, NULL, 0, 0 },
};
static struct catalog *current = &catalogs[0];

static uint32_t
hash(const char *s)
{
	uint32_t h = 2166136261u;	/* FNV-1a */

	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h;
}

static int
build(struct catalog *c)
{
	uint32_t n = 0, size = 16, i, j;

	while (c->entries[n][0] != NULL)
		n++;
	while (size < 2 * n)
		size *= 2;
	c->slots = calloc(size, sizeof *c->slots);
	if (c->slots == NULL) {
		c->failed = 1;
		return LOC_ENOMEM;
	}
	c->mask = size - 1;
	for (i = 0; i < n; i++) {
		j = hash(c->entries[i][0]) & c->mask;
		while (c->slots[j] != 0)
			j = (j + 1) & c->mask;
		c->slots[j] = i + 1;
	}
	return 0;
}

static const char *
lookup(struct catalog *c, const char *msgid)
{
	uint32_t j, e;

	if (msgid == NULL)
		return "";
	if (c->slots == NULL && (c->failed || build(c) != 0))
		return msgid;
	for (j = hash(msgid) & c->mask; (e = c->slots[j]) != 0; j = (j + 1) & c->mask)
		if (strcmp(c->entries[e - 1][0], msgid) == 0)
			return c->entries[e - 1][1];
	return msgid;
}

static struct catalog *
find(const char *lang)
{
	size_t i;

	for (i = 0; i < sizeof catalogs / sizeof catalogs[0]; i++)
		if (lang != NULL && strcmp(catalogs[i].code, lang) == 0)
			return &catalogs[i];
	return NULL;
}

int
loc_lang_set(const char *lang)
{
	struct catalog *c = find(lang);

	if (c == NULL)
		return LOC_EINVAL;
	current = c;
	return 0;
}

const char *
loc_lang(void)
{
	return current->code;
}

const char *
loc_gettext(const char *msgid)
{
	return lookup(current, msgid);
}

const char *
loc_gettext_lang(const char *lang, const char *msgid)
{
	struct catalog *c = find(lang);

	return c == NULL ? msgid : lookup(c, msgid);
}

const char *
loc_strerror(int code)
{
	switch (code) {
	case LOC_OK:		return "success";
	case LOC_EINVAL:	return "malformed input";
	case LOC_ERANGE:	return "out of range";
	case LOC_ENOMEM:	return "out of memory";
	default:		return "unknown error";
	}
}
