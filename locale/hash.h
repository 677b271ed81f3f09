/*
 * locale/hash.h — the FNV-1a hash (32 and 64 bits) of a string or of
 * bytes, for the in-memory hash tables of every layer: the message
 * catalogs, the store's claims, id sums, deferred index and search word
 * sets, the list's caption cache and the import's tables.
 *
 * FNV-1a (Fowler, Noll, Vo): start from the offset basis, and for each
 * byte XOR it into the hash, then multiply by the FNV prime, modulo 2^32
 * or 2^64.  The values are the published ones (tests/locale/test_hash.c),
 * the same on every machine.
 */
#ifndef LOC_HASH_H
#define LOC_HASH_H

#include <stddef.h>
#include <stdint.h>

#define LOC_FNV64_BASIS 0xcbf29ce484222325ull

/* The hash of the n bytes at p; never fails. */
uint32_t loc_fnv32(const void *p, size_t n);
uint64_t loc_fnv64(const void *p, size_t n);

/* The hash of the bytes of the NUL-terminated s (not its NUL). */
uint32_t loc_fnv32_str(const char *s);
uint64_t loc_fnv64_str(const char *s);

/* h, a hash so far, carried over n more bytes at p: a value hashed in
 * pieces, starting from LOC_FNV64_BASIS, is loc_fnv64 of the pieces
 * joined. */
uint64_t loc_fnv64_add(uint64_t h, const void *p, size_t n);

#endif
