/*
 * locale/text.h — normalisation of stored Persian text and of search keys
 * (SPEC §5).
 *
 * Stored text: NFC; Arabic yeh/alef maksura -> Persian yeh U+06CC; Arabic kaf
 * -> keheh U+06A9; U+06D5 -> heh; tatweel and harakat U+064B-U+0652 removed;
 * runs of spaces and ZWNJ collapsed; ZWNJ kept inside words, dropped at word
 * edges; digits stored as ASCII; leading/trailing space trimmed.
 * Search keys fold further: teh marbuta and heh with yeh -> heh, alef with
 * hamza/madda -> alef, waw with hamza -> waw, yeh with hamza -> yeh, ZWNJ
 * removed, Latin letters lowercased.
 */
#ifndef LOC_TEXT_H
#define LOC_TEXT_H

#include <stddef.h>

/* Returns the normalised stored form of UTF-8 text s.  Caller frees.  NULL
 * on allocation failure or if s is not valid UTF-8. */
char *loc_text_normalize(const char *s);

/* Returns the search key of s (normalised, then folded).  Caller frees.
 * NULL on allocation failure or invalid UTF-8. */
char *loc_text_key(const char *s);

/* Returns 1 if s is valid UTF-8 of length len, else 0. */
int loc_utf8_valid(const char *s, size_t len);

#endif
