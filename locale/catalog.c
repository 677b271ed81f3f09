/*
 * locale/catalog.c — message lookup in the compiled catalogs.
 *
 * The tables come from build/gen/catalog.c (locale/po2c.sh).  On first use
 * each language gets an open-addressing hash of its msgids; lookups are then
 * one hash and usually one strcmp.  The tables are built once and only read
 * afterwards.  Missing entries fall back to the msgid itself (English).
 *
 * An entry is { msgid, msgstr, NULL } or, for a message with plural forms,
 * { msgid, msgstr[0], msgstr[1] }.  Which form a count takes is the
 * language's rule, the one of the Plural-Forms header of its .po file:
 * both have two.  Persian's second form is for more than one (0 and 1 take
 * the first, as CLDR has it); a noun after a number stays singular in both
 * («۳ خیّر»), but a verb agrees with the count («۱ نیاز ... ندارد», «۳ نیاز
 * ... ندارند»).  English: n != 1.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "locale/catalog.h"
#include "locale/hash.h"
#include "locale/loc.h"

extern const char *const loc_catalog_fa[][3];
extern const char *const loc_catalog_en[][3];

/* The plural rules, as in the headers of fa.po and en.po: the index of the
 * form (msgstr[i]) a count n takes. */
static int plural_fa(unsigned long n) { return n > 1; }
static int plural_en(unsigned long n) { return n != 1; }

struct catalog {
	const char *code;
	const char *const (*entries)[3];
	int (*plural)(unsigned long n);
	uint32_t *slots;	/* entry index + 1, 0 = empty */
	uint32_t mask;
	int failed;
};

static struct catalog catalogs[] = {
	{ "fa", loc_catalog_fa, plural_fa, NULL, 0, 0 },
	{ "en", loc_catalog_en, plural_en, NULL, 0, 0 },
};
static struct catalog *current = &catalogs[0];

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
		j = loc_fnv32_str(c->entries[i][0]) & c->mask;
		while (c->slots[j] != 0)
			j = (j + 1) & c->mask;
		c->slots[j] = i + 1;
	}
	return 0;
}

/* The entry of msgid, or NULL. */
static const char *const *
entry(struct catalog *c, const char *msgid)
{
	uint32_t j, e;

	if (c->slots == NULL && (c->failed || build(c) != 0))
		return NULL;
	for (j = loc_fnv32_str(msgid) & c->mask; (e = c->slots[j]) != 0; j = (j + 1) & c->mask)
		if (strcmp(c->entries[e - 1][0], msgid) == 0)
			return c->entries[e - 1];
	return NULL;
}

static const char *
lookup(struct catalog *c, const char *msgid)
{
	const char *const *e;

	if (msgid == NULL)
		return "";
	e = entry(c, msgid);
	return e == NULL ? msgid : e[1];
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
loc_ngettext(const char *msgid, const char *plural, unsigned long n)
{
	const char *const *e;

	if (msgid == NULL || plural == NULL)
		return "";
	if ((e = entry(current, msgid)) == NULL)
		return plural_en(n) ? plural : msgid;
	/* a language's second form, or the one form it has */
	return current->plural(n) == 1 && e[2] != NULL ? e[2] : e[1];
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
