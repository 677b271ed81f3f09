/*
 * core/match.h — matching donors and needs (issue 3 item 6).
 *
 * Inputs are plain structs the caller (store/) fills from records; outputs
 * are arrays of indexes into the caller's input with a fit value, sorted
 * best first.  Nothing here does I/O; the output arrays are caller-allocated
 * (the sorts use one temporary array, freed before returning).
 *
 * A donor's capacity is his total capacity in rials; what matching may
 * use of it is his free capacity (core_match_free): the capacity less the
 * unpaid remainder of his open pledges (the caller sums those: core gets
 * the sum as input, in .open), never below 0.  A donor whose pledges
 * elsewhere already take all of his capacity has none left to propose.
 *
 * Fit of a donor's free capacity to a need's gap, in [0, 1]:
 *   free >= gap:  0.5 + 0.5 * gap / free   (covers it; 1 when equal)
 *   0 < free < gap:  0.5 * free / gap       (covers part of it)
 *   capacity unknown (<= 0), or nothing free:  0
 * so a donor who can cover the whole gap always fits better than one who
 * cannot, and among those who can, the closest capacity fits best (a large
 * donor is not spent on a small gap when a smaller one can cover it).
 */
#ifndef CORE_MATCH_H
#define CORE_MATCH_H

#include <stddef.h>
#include <stdint.h>

#include "core/record.h"

#define CORE_COUNTY_MAX 16	/* county code with NUL ("TBZ") */

struct core_match_donor {
	char id[CORE_ID_MAX];
	char county[CORE_COUNTY_MAX];	/* county code */
	unsigned interests;		/* mask of 1 << enum core_ptype */
	int64_t capacity;		/* rials, his total capacity; <= 0 unknown */
	int64_t open;			/* rials: the unpaid remainder of his open
					   pledges (core_pledge_unpaid of each,
					   summed by the caller; 0 if none or not
					   read) */
	int active;			/* 0 or 1 */
	int32_t pledges;		/* past non-cancelled pledges (0 if unknown) */
};

struct core_match_need {
	char id[CORE_ID_MAX];
	char county[CORE_COUNTY_MAX];	/* its unit's county code */
	int category;			/* enum core_ptype */
	int status;			/* CORE_NEED_IDENTIFIED ... */
	int64_t gap;			/* rials: estimated cost - material pledges, at least 0 */
	double score;			/* priority score (core_rank), higher first */
	int32_t identified_on;		/* day number, for ties */
	char unit[CORE_ID_MAX];		/* its unit's id ("" if none) */
	int unit_inactive;		/* 1: its unit is marked inactive (its
					   active field 0, or deactivated) */
};

struct core_match {
	size_t index;			/* into the caller's input array */
	double fit;			/* core_match_fit */
};

/* Returns the fit of capacity to gap as described above (the callers
 * below pass the donor's free capacity). */
double core_match_fit(int64_t capacity, int64_t gap);

/* Returns d's free capacity: d->capacity - d->open, at least 0 (an open
 * sum below 0 counts as 0); 0 when the capacity is unknown (<= 0), which
 * the caller tells apart by d->capacity. */
int64_t core_match_free(const struct core_match_donor *d);

/* The needs for donor d: those in d's county whose category is among d's
 * interests and which take a pledge (core_match_need_closed is
 * CORE_MATCH_OPEN), the same needs that core_match_donors would give d
 * for: a need in progress with a gap, and a non-material need with no
 * cost, as well as the ranked ones.  Sorted the ranked needs
 * (core_match_need_ranked) first, by score descending, then the others;
 * within each, fit descending, then older identified_on, then id
 * (core_rank_id_cmp).  (Before, only the ranked needs were given, so a
 * need proposed this donor from its side was missing from his.)  An
 * inactive donor gets none.  out has room for n entries; *nout gets the
 * number written.  Returns 0, CORE_ENOMEM (*nout = 0), or
 * CORE_EINVAL for NULL arguments (n > 0). */
int core_match_needs(const struct core_match_donor *d,
    const struct core_match_need *needs, size_t n,
    struct core_match *out, size_t *nout);

/* Why need x takes no pledge now, so that matching proposes no donor for
 * it: CORE_MATCH_OPEN (0) if it does; CORE_MATCH_CLOSED_STATUS when it is
 * done or rejected; CORE_MATCH_CLOSED_UNIT when its unit is marked
 * inactive (the need stays stored, but the unit takes no help now: it is
 * out of the ranking too); CORE_MATCH_CLOSED_COVERED when its category is
 * material (space, equipment, costs) and its gap is 0: the pledges already
 * cover its estimated cost, and a pledge would have no amount to give.  A
 * non-material need (volunteers, information...) has no cost to cover and
 * stays open whatever its gap; one in progress too (the work has started,
 * its gap may still be open). */
enum core_match_closed {
	CORE_MATCH_OPEN, CORE_MATCH_CLOSED_STATUS, CORE_MATCH_CLOSED_COVERED,
	CORE_MATCH_CLOSED_UNIT
};
int core_match_need_closed(const struct core_match_need *x);

/* 1 if x is among the needs the priority ranking scores (status
 * identified, assessed or approved, gap > 0, unit active), so that its
 * .score means something; 0 for an open need it leaves out (in progress,
 * or non-material with no cost). */
int core_match_need_ranked(const struct core_match_need *x);

/* The donors for need x: active, in x's county, interested in x's category.
 * Sorted by fit descending, then more past pledges, then id.  A need that is
 * not open still gets its fitting donors (the caller decides).  out has room
 * for n entries; *nout gets the number written.  Returns 0, CORE_ENOMEM
 * (*nout = 0), or CORE_EINVAL for NULL arguments (n > 0). */
int core_match_donors(const struct core_match_need *x,
    const struct core_match_donor *donors, size_t n,
    struct core_match *out, size_t *nout);

/* The interest criterion for every need at once: counts[i] = the number of
 * active donors in needs[i]'s county interested in needs[i]'s category.
 * O((nn + nd) log nd).  Returns 0, CORE_ENOMEM (counts unchanged), or
 * CORE_EINVAL for NULL arrays with a non-zero count. */
int core_match_interest_counts(const struct core_match_need *needs, size_t nn,
    const struct core_match_donor *donors, size_t nd, uint32_t *counts);

#endif
