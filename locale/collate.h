/*
 * locale/collate.h — Persian alphabetical order (CLDR fa, as glibc's fa_IR).
 *
 * A collation key is a byte string: comparing two keys with memcmp gives
 * the order of the texts.  The store keeps keys in its name index so that
 * an LMDB cursor walks names in Persian order, and a prefix of a text gives
 * a prefix of its key (so prefix search works on the index): precisely, a
 * key starts with the text's letter (primary) weights, and
 * loc_collate_prefix gives those bytes alone, which are a prefix of the
 * key of every text that starts with the same letters (variants such as
 * ي/ی, ك/ک or أ/ا, and spaces or ZWNJ, do not change the letters).  The
 * full key of a prefix is not a byte prefix of the text's key, since the
 * finer levels follow the letters; it sorts before it.
 */
#ifndef LOC_COLLATE_H
#define LOC_COLLATE_H

#include <stddef.h>

/* Writes the collation key of UTF-8 text s into out (size n) and returns its
 * length in bytes; if that is >= n the key was cut and the caller retries
 * with a larger buffer (like strxfrm).  The key holds no NUL byte. */
size_t loc_collate_key(const char *s, char *out, size_t n);

/* Writes the primary part of the key of s (the bytes a prefix search
 * looks for; see above) into out like loc_collate_key, and returns its
 * length.  Never holds a NUL byte. */
size_t loc_collate_prefix(const char *s, char *out, size_t n);

/* Compares a and b in Persian order: <0, 0, >0. */
int loc_collate_cmp(const char *a, const char *b);

#endif
