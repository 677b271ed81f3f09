/*
 * store/idsum.c — a table of int64 sums by record id.  See idsum.h.
 *
 * The hash is 64-bit FNV-1a over the id's bytes; the first slot is its low
 * bits, and a lookup walks the following slots until it meets the id or a
 * free slot.  Nothing is removed, so a free slot always ends a walk.  The
 * table doubles (from 64 slots) before an insertion would fill more than
 * half of it, which keeps the walks short.
 */
#include <stdlib.h>
#include <string.h>

#include "locale/hash.h"
#include "store/idsum.h"
#include "store/store.h"

#define IDSUM_FIRST_CAP 64

/* The slot of id in v (cap slots, a power of 2, at least one free): its
 * entry, or the free slot it would take. */
static struct store_idsum_ent *
slot(struct store_idsum_ent *v, size_t cap, const char *id)
{
	size_t i, mask = cap - 1;

	for (i = loc_fnv64_str(id) & mask; v[i].id[0] != '\0'; i = (i + 1) & mask)
		if (strcmp(v[i].id, id) == 0)
			break;
	return &v[i];
}

static int
id_fits(const char *id)
{
	return *id != '\0' && strnlen(id, CORE_ID_MAX) < CORE_ID_MAX;
}

int64_t *
store_idsum_get(const struct store_idsum *m, const char *id)
{
	struct store_idsum_ent *e;

	if (m->n == 0 || !id_fits(id))
		return NULL;
	e = slot(m->v, m->cap, id);
	return e->id[0] != '\0' ? &e->sum : NULL;
}

int
store_idsum_set(struct store_idsum *m, const char *id, int64_t sum)
{
	struct store_idsum_ent *e;

	if (!id_fits(id))
		return STORE_EINVAL;
	if (m->cap > 0 && (e = slot(m->v, m->cap, id))->id[0] != '\0') {
		e->sum = sum;
		return 0;
	}
	if (2 * (m->n + 1) > m->cap) {
		size_t ncap = m->cap ? m->cap * 2 : IDSUM_FIRST_CAP, i;
		struct store_idsum_ent *nv;

		if (ncap < m->cap || (nv = calloc(ncap, sizeof *nv)) == NULL)
			return STORE_ENOMEM;
		for (i = 0; i < m->cap; i++)
			if (m->v[i].id[0] != '\0')
				*slot(nv, ncap, m->v[i].id) = m->v[i];
		free(m->v);
		m->v = nv;
		m->cap = ncap;
	}
	e = slot(m->v, m->cap, id);
	strcpy(e->id, id);
	e->sum = sum;
	m->n++;
	return 0;
}

void
store_idsum_free(struct store_idsum *m)
{
	free(m->v);
	m->v = NULL;
	m->n = m->cap = 0;
}
