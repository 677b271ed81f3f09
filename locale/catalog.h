/*
 * locale/catalog.h — message catalogs (SPEC §5).
 *
 * Messages live in locale/po/fa.po and locale/po/en.po (standard gettext
 * form, English msgids); the build compiles both into the program, so
 * Persian is the default whatever the system locale, and nothing is read
 * from disk at run time.
 */
#ifndef LOC_CATALOG_H
#define LOC_CATALOG_H

/* Selects the UI language: "fa" (default) or "en".  Returns 0, or
 * LOC_EINVAL for an unknown language (the choice is then unchanged). */
int loc_lang_set(const char *lang);

/* Returns the current language code, "fa" or "en". */
const char *loc_lang(void);

/* Returns the translation of msgid in the current language, or msgid
 * itself when the catalog has none.  Static storage; never NULL. */
const char *loc_gettext(const char *msgid);

/* The translation of a message that holds a count n, in the form the
 * current language gives n (gettext's ngettext): English "%zu donor" for
 * 1 and plural for any other n; Persian the first form for 0 and 1, the
 * second for more (the noun after a number is singular in both; a verb
 * that agrees with the count differs).  msgid and plural are the English singular and plural;
 * without a catalog entry the English rule picks one.  The catalogs hold
 * such a message as msgid, msgid_plural and msgstr[N].  Never NULL. */
const char *loc_ngettext(const char *msgid, const char *plural, unsigned long n);

/* Same as loc_gettext, in a named language. */
const char *loc_gettext_lang(const char *lang, const char *msgid);

#define _(s)  loc_gettext(s)
#define N_(s) (s)
#define P_(s, p, n) loc_ngettext(s, p, (unsigned long)(n))

#endif
