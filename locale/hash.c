/*
 * locale/hash.c — FNV-1a, 32 and 64 bits.  See hash.h.
 *
 * The algorithm, its offset bases (2166136261, 0xcbf29ce484222325) and
 * primes (16777619 = 2^24 + 2^8 + 0x93; 0x100000001b3 = 2^40 + 2^8 +
 * 0xb3) are those of G. Fowler, L. C. Noll and K.-P. Vo, as set down in
 * the IETF draft "The FNV Non-Cryptographic Hash Algorithm"
 * (draft-eastlake-fnv) and on http://www.isthe.com/chongo/tech/comp/fnv/;
 * tests/locale/test_hash.c checks its published test vectors.
 */
#include "locale/hash.h"

#define FNV32_BASIS 2166136261u
#define FNV32_PRIME 16777619u
#define FNV64_PRIME 0x100000001b3ull

uint32_t
loc_fnv32(const void *p, size_t n)
{
	const unsigned char *b = p;
	uint32_t h = FNV32_BASIS;

	while (n-- > 0)
		h = (h ^ *b++) * FNV32_PRIME;
	return h;
}

uint32_t
loc_fnv32_str(const char *s)
{
	const unsigned char *b = (const unsigned char *)s;
	uint32_t h = FNV32_BASIS;

	while (*b != '\0')
		h = (h ^ *b++) * FNV32_PRIME;
	return h;
}

uint64_t
loc_fnv64_add(uint64_t h, const void *p, size_t n)
{
	const unsigned char *b = p;

	while (n-- > 0)
		h = (h ^ *b++) * FNV64_PRIME;
	return h;
}

uint64_t
loc_fnv64(const void *p, size_t n)
{
	return loc_fnv64_add(LOC_FNV64_BASIS, p, n);
}

uint64_t
loc_fnv64_str(const char *s)
{
	const unsigned char *b = (const unsigned char *)s;
	uint64_t h = LOC_FNV64_BASIS;

	while (*b != '\0')
		h = (h ^ *b++) * FNV64_PRIME;
	return h;
}
