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
 * That is the fit for a material need (space, equipment, costs:
 * core_ptype_material).
 *
 * A non-material need (information, support, oversight, volunteering)
 * takes pledges of hours or of none, never of money: rials play no part in
 * its fit.  The donor's fit for it is his record in that kind of
 * participation, core_match_past_fit of
 *   same  = his past pledges of the need's category,
 *   other = his past pledges of the other non-material categories
 * (past: not cancelled, not deactivated, open ones too; .past holds them
 * per pledge type), a pledge of the same category counting twice:
 *   w = 2 * same + other,  fit = w / (w + 2)
 * so 0 for a donor with no such pledge, 1/3 for one pledge of another
 * non-material kind, 1/2 for one of the same, 2/3 for two of the same,
 * towards 1 with more.  Donors who fit alike come by more past pledges of
 * any type (.pledges), so one who has never given anything is still listed
 * but last.
 *
 * A donor who already has an open pledge (pledged or partial) on a
 * non-material need is not proposed for it again, from either side
 * (core_match_pledged): a second pledge of the same hours would count his
 * participation twice, and with no money to fill, nothing else would
 * ever take him off its list.  A material need still lists him (a partial
 * pledge may leave money he can add; his free capacity already weighs what
 * he has pledged, and the screen asks before a second pledge).
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
	int32_t past[CORE_NPTYPES];	/* the same, per pledge type (0 if unknown) */
	char (*pledged)[CORE_ID_MAX];	/* the ids of the needs he has an open
					   (pledged or partial) pledge on, sorted
					   (strcmp); NULL if none or not read.
					   Owned by whoever filled it. */
	size_t npledged;
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

/* Returns the fit of a donor's past participation to a non-material need,
 * as described above: same pledges of its category, other of the other
 * non-material ones (below 0 counts as 0). */
double core_match_past_fit(int32_t same, int32_t other);

/* d's past pledges for a need of category: *same those of that type, and
 * *other those of the other non-material types (for a material category
 * too, which the fit does not use). */
void core_match_past(const struct core_match_donor *d, int category, int32_t *same,
    int32_t *other);

/* The fit of donor d to need x: of his free capacity to its gap
 * (core_match_fit) for a material need, of his past participation
 * (core_match_past_fit) for a non-material one. */
double core_match_pair_fit(const struct core_match_donor *d, const struct core_match_need *x);

/* 1 if d has an open pledge (pledged or partial) on need id, as d->pledged
 * says; 0 otherwise. */
int core_match_pledged(const struct core_match_donor *d, const char *id);

/* 1 if d is not proposed for x because of a pledge he already has on it:
 * x is non-material and core_match_pledged(d, x->id); else 0. */
int core_match_pledged_skip(const struct core_match_donor *d, const struct core_match_need *x);

/* Returns d's free capacity: d->capacity - d->open, at least 0 (an open
 * sum below 0 counts as 0); 0 when the capacity is unknown (<= 0), which
 * the caller tells apart by d->capacity. */
int64_t core_match_free(const struct core_match_donor *d);

/* The needs for donor d: those in d's county whose category is among d's
 * interests and which take a pledge (core_match_need_closed is
 * CORE_MATCH_OPEN), not those non-material ones he already has an open
 * pledge on (core_match_pledged_skip), the same needs that core_match_donors would give d
 * for: a need in progress with a gap, and a non-material need with no
 * cost, as well as the ranked ones.  Sorted the ranked needs
 * (core_match_need_ranked) first, by score descending, then the others;
 * within each, fit (core_match_pair_fit) descending, then older
 * identified_on, then id
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

/* The donors for need x: active, in x's county, interested in x's category,
 * and, for a non-material need, with no open pledge on it
 * (core_match_pledged_skip).  Sorted by fit (core_match_pair_fit)
 * descending, then more past pledges, then id.  A need that is
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
