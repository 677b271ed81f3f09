/*
 * store/idsum.h — a table of int64 sums by record id.
 *
 * Two places keep a running sum per record while a write transaction goes
 * on: the store, each pledge's paid sum (store_pledge_paid, kept by the
 * record writes), and the import, each need's pledged sum and each
 * pledge's paid sum (tui/verb_exchange.c).  Both want a small map from an
 * id to a number that is read and changed once per row, and nothing else:
 * no removal, no iteration.  This is that map: open addressing with linear
 * probing, the ids stored in the slots (an empty id marks a free slot), the
 * capacity a power of 2 kept at most half full.
 *
 * A zeroed struct store_idsum is an empty table; store_idsum_free empties
 * it again.  A pointer store_idsum_get returns stays valid until the next
 * store_idsum_set or store_idsum_free (a set may move every entry).
 */
#ifndef STORE_IDSUM_H
#define STORE_IDSUM_H

#include <stddef.h>
#include <stdint.h>

#include "core/record.h"

struct store_idsum_ent {
	char id[CORE_ID_MAX];	/* "" a free slot */
	int64_t sum;
};

struct store_idsum {
	struct store_idsum_ent *v;
	size_t n, cap;		/* cap 0 or a power of 2, n <= cap / 2 */
};

/* The sum kept for id, or NULL if there is none (m empty, id "" or
 * CORE_ID_MAX bytes or longer included).  The pointer may be used to
 * change the sum in place. */
int64_t *store_idsum_get(const struct store_idsum *m, const char *id);

/* Keeps sum as id's, in place of any sum it had.  Returns 0, STORE_EINVAL
 * for an id that is "" or does not fit (CORE_ID_MAX bytes with its NUL), or
 * STORE_ENOMEM if the table had to grow and could not (m is then as it
 * was; an id already in it is always set, without growing). */
int store_idsum_set(struct store_idsum *m, const char *id, int64_t sum);

/* Frees the table's memory and leaves it empty (a zeroed struct).  A
 * table never set, or freed already, is fine. */
void store_idsum_free(struct store_idsum *m);

#endif
