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

/* Same, in a named language. */
const char *loc_gettext_lang(const char *lang, const char *msgid);

#define _(s)  loc_gettext(s)
#define N_(s) (s)

#endif
