/*
 * store/claim.c — the unique values claimed in a write transaction whose
 * unique check waits for its end (store_txn_defer_unique).
 *
 * An import is one transaction and its file counts as a whole: a row may
 * take a national id that a later row of the file gives up (two donors'
 * national ids typed the wrong way round and swapped back in a
 * spreadsheet, or a cycle of three).  So in such a transaction write_rec
 * writes a record whose unique value another record is indexed under all
 * the same, leaves the entry to the holder, and notes a claim here: the
 * value's index key, the claiming record's key, its field and the tag the
 * caller gave (store_unique_tag: the line of the file).  When the holder
 * gives the value up (index_entry), the earliest claim of it takes the
 * entry; when the claiming record is written again with another value, its
 * claims of the old one are dropped.  store_unique_settle then looks at the
 * claims still open: a value still indexed to another record is a real
 * duplicate.
 *
 * The claims are kept in an array in the order they were made (the order
 * the settle reports them in) and found by their value key through an
 * open-addressing table of their positions.  While no claim is open (an
 * import without swaps, all of bench_import.sh) a delete of a unique entry
 * or a change of a record's unique value costs one test of the count of
 * open claims, and a write that finds its value free nothing.  A closed
 * claim keeps its place (its live flag cleared); the table is made again,
 * twice as big, when half full.
 */
#include <stdlib.h>
#include <string.h>

#include "locale/hash.h"
#include "store/store_int.h"

/* Puts claim number i into the table, which has room. */
static void
slot_put(struct claims *c, size_t i)
{
	size_t mask = c->scap - 1, j;

	for (j = c->v[i].hash & mask; c->slot[j] != 0; j = (j + 1) & mask)
		;
	c->slot[j] = i + 1;
}

/* Makes the table twice as big (or 64 slots) and puts every claim in it
 * again.  Returns 0 or STORE_ENOMEM. */
static int
slots_grow(struct claims *c)
{
	size_t ncap = c->scap ? c->scap * 2 : 64, i;
	size_t *ns = calloc(ncap, sizeof *ns);

	if (ns == NULL)
		return STORE_ENOMEM;
	free(c->slot);
	c->slot = ns;
	c->scap = ncap;
	for (i = 0; i < c->n; i++)
		slot_put(c, i);
	return 0;
}

int
claim_add(struct store_txn *t, enum core_kind k, int field, const unsigned char *key,
    size_t klen, const unsigned char *rkey, size_t rklen)
{
	struct claims *c = t->claims;
	struct claim *e;

	if (c == NULL)
		return STORE_EINVAL;
	if (2 * (c->n + 1) > c->scap && slots_grow(c) != 0)
		return STORE_ENOMEM;
	if (store_grow((void **)&c->v, &c->cap, c->n + 1, sizeof *c->v) != 0)
		return STORE_ENOMEM;
	e = &c->v[c->n];
	memset(e, 0, sizeof *e);
	if ((e->key = malloc(klen + rklen)) == NULL)
		return STORE_ENOMEM;
	memcpy(e->key, key, klen);
	memcpy(e->key + klen, rkey, rklen);
	e->klen = klen;
	e->rklen = rklen;
	e->kind = k;
	e->field = field;
	e->tag = t->claim_tag;
	e->hash = loc_fnv64(key, klen);
	e->live = 1;
	slot_put(c, c->n);
	c->n++;
	c->live++;
	return 0;
}

/* The next live claim of key (by record rkey only, if not NULL) from slot
 * *j on, with *j moved past it; NULL when there is none.  h: the key's
 * hash. */
static struct claim *
claim_next(struct claims *c, const unsigned char *key, size_t klen, const unsigned char *rkey,
    size_t rklen, uint64_t h, size_t *j)
{
	size_t mask = c->scap - 1;

	for (; c->slot[*j] != 0; *j = (*j + 1) & mask) {
		struct claim *e = &c->v[c->slot[*j] - 1];

		if (!e->live || e->hash != h || e->klen != klen || memcmp(e->key, key, klen) != 0)
			continue;
		if (rkey != NULL && (e->rklen != rklen || memcmp(e->key + klen, rkey, rklen) != 0))
			continue;
		*j = (*j + 1) & mask;
		return e;
	}
	return NULL;
}

struct claim *
claim_first(struct claims *c, const unsigned char *key, size_t klen)
{
	struct claim *e, *best = NULL;
	uint64_t h;
	size_t j;

	if (c == NULL || c->live == 0)
		return NULL;
	h = loc_fnv64(key, klen);
	j = h & (c->scap - 1);
	/* the slots of one key are not in the order of the claims */
	while ((e = claim_next(c, key, klen, NULL, 0, h, &j)) != NULL)
		if (best == NULL || e < best)
			best = e;
	return best;
}

int
claim_has(struct claims *c, const unsigned char *key, size_t klen, const unsigned char *rkey,
    size_t rklen)
{
	uint64_t h;
	size_t j;

	if (c == NULL || c->live == 0)
		return 0;
	h = loc_fnv64(key, klen);
	j = h & (c->scap - 1);
	return claim_next(c, key, klen, rkey, rklen, h, &j) != NULL;
}

void
claim_drop(struct claims *c, const unsigned char *key, size_t klen, const unsigned char *rkey,
    size_t rklen)
{
	struct claim *e;
	uint64_t h;
	size_t j;

	if (c == NULL || c->live == 0)
		return;
	h = loc_fnv64(key, klen);
	j = h & (c->scap - 1);
	while ((e = claim_next(c, key, klen, rkey, rklen, h, &j)) != NULL) {
		e->live = 0;
		c->live--;
	}
}

void
claims_free(struct store_txn *t)
{
	struct claims *c = t->claims;
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->n; i++)
		free(c->v[i].key);
	free(c->v);
	free(c->slot);
	free(c);
	t->claims = NULL;
}
