/*
 * locale/text.h — normalisation of stored Persian text and of search keys
 * (SPEC §5).
 *
 * Stored text: NFC; Arabic yeh/alef maksura -> Persian yeh U+06CC; Arabic kaf
 * -> keheh U+06A9; U+06D5 -> heh; tatweel and harakat U+064B-U+0652 removed;
 * bidi embedding, override and isolate controls (U+202A-U+202E,
 * U+2066-U+2069) removed;
 * runs of spaces and ZWNJ collapsed; ZWNJ kept inside words, dropped at word
 * edges; digits stored as ASCII; leading/trailing space trimmed.
 * Search keys fold further: teh marbuta and heh with yeh -> heh, alef with
 * hamza/madda -> alef, waw with hamza -> waw, yeh with hamza -> yeh, ZWNJ
 * removed, the direction marks LRM, RLM and ALM (kept in stored text)
 * removed, Latin letters lowercased.
 */
#ifndef LOC_TEXT_H
#define LOC_TEXT_H

#include <stddef.h>
#include <stdint.h>

/* Returns the normalised stored form of UTF-8 text s.  Caller frees.  NULL
 * on allocation failure or if s is not valid UTF-8. */
char *loc_text_normalize(const char *s);

/* Returns the search key of s (normalised, then folded).  Caller frees.
 * NULL on allocation failure or invalid UTF-8. */
char *loc_text_key(const char *s);

/* As loc_text_key, but each ZWNJ left inside a word by the normalisation
 * is kept (removing them gives loc_text_key's result): the parts of a
 * compound word such as احمدی‌نژاد can be told.  Caller frees.  NULL on
 * allocation failure or invalid UTF-8. */
char *loc_text_key_zwnj(const char *s);

/* The key two names are told to be the same record's by (a reference
 * group, a unit or a donor registered twice): loc_text_key with its spaces
 * removed as well, so that a space typed where a ZWNJ belongs, or left
 * out, makes no difference («امام جمعه», «امام‌جمعه» and «امامجمعه»,
 * «خیریه ها» and «خیریه‌ها» are one key).  Only for that comparison: the
 * search key and the collation keep the words apart.  Caller frees.  NULL
 * on allocation failure or invalid UTF-8. */
char *loc_text_twin_key(const char *s);

/* Returns 1 if s is a nonempty valid UTF-8 text with no letter in it
 * (Unicode category L: digits of any set, signs and spaces only, as
 * `۰۹۱۴۱۲۳۴۵۶۷` or `-`), else 0.  A name so is mostly the mobile typed one
 * Tab short; the forms and import warn about it alike. */
int loc_text_no_letter(const char *s);

/* Returns 1 if s is valid UTF-8 of length len, else 0. */
int loc_utf8_valid(const char *s, size_t len);

/* Decodes the character at s (at most len bytes, len > 0) into *cp and
 * returns its length 1-4; returns 0 if the bytes there are not valid UTF-8
 * (overlong forms, surrogates and values above U+10FFFF included), *cp then
 * being the first byte. */
size_t loc_utf8_decode(const char *s, size_t len, uint32_t *cp);

/* Writes the UTF-8 form of cp (a Unicode scalar value) to out, which has
 * room for 4 bytes, and returns its length 1-4. */
size_t loc_utf8_encode(uint32_t cp, char *out);

/* Copies the text src into dst (n > 0 bytes) as snprintf would, but a text
 * too long is cut before the character that does not fit whole, never in
 * the middle of one.  Returns strlen(src) (>= n: cut). */
size_t loc_utf8_copy(char *dst, size_t n, const char *src);

/* Compares a and b as strcmp does, but the ASCII letters A-Z as a-z and
 * nothing else folded, whatever the C locale (county codes and English
 * names, choices typed in either case): <0, 0 or >0. */
int loc_ascii_casecmp(const char *a, const char *b);

#endif
