/*
 * core/pledge.h — a pledge's status from its payments, and a need's gap
 * from its pledges (SPEC §3).
 *
 * A pledge with an amount is "pledged" until something is paid, "partial"
 * while the payments are below the amount, and "fulfilled" once they reach
 * it.  A cancelled pledge stays cancelled whatever is paid.  A pledge with
 * no amount (in kind, or hours of volunteer work) has nothing to count
 * payments against: its status is left as the clerk set it.
 *
 * A need's gap is its estimated cost minus the amounts of its non-cancelled
 * material pledges (space, equipment, costs); payments do not change it (a
 * pledge counts when it is made).  The gap is never negative: a need
 * pledged beyond its estimated cost has a gap of 0 and a surplus, the
 * pledges' amount beyond the estimate, which the screens show as such
 * ("over the estimate"), never as a gap below 0.
 *
 * Pure functions; the store (store_need_sums) computes the same figures
 * from stored records, and the tests hold the two to each other.
 */
#ifndef CORE_PLEDGE_H
#define CORE_PLEDGE_H

#include <stddef.h>
#include <stdint.h>

/* One pledge as the gap sees it. */
struct core_pledge_line {
	int type;		/* enum core_ptype */
	int status;		/* CORE_PLEDGE_PLEDGED ... CANCELLED */
	int amount_set;		/* 0: no amount */
	int64_t amount;		/* rials */
};

/* Returns the status a pledge in status current, with amount (amount_set 0
 * when it has none), should have once paid rials have been paid on it.  An
 * out-of-range current status is returned unchanged. */
int core_pledge_status(int current, int amount_set, int64_t amount, int64_t paid);

/* Returns 1 if participation type (a pledge's type, a need's category)
 * is material (space, equipment, costs: CORE_PT_MATERIAL_MASK), else 0,
 * out of range too. */
int core_ptype_material(int type);

/* Returns 1 if a pledge of this type and status counts towards its need
 * (material and not cancelled), else 0. */
int core_pledge_counts(int type, int status);

/* Sum of the amounts of the counting pledges of p[0..n). */
int64_t core_pledge_total(const struct core_pledge_line *p, size_t n);

/* The gap of a need of estimated cost estimated with pledges p[0..n):
 * estimated - core_pledge_total(p, n), or 0 if the pledges reach it. */
int64_t core_need_gap(int64_t estimated, const struct core_pledge_line *p, size_t n);

/* What pledges p[0..n) pledge beyond estimated:
 * core_pledge_total(p, n) - estimated, or 0 if they do not pass it. */
int64_t core_need_surplus(int64_t estimated, const struct core_pledge_line *p, size_t n);

/* What a pledge still owes against its donor's capacity: share (what it
 * counts for, store_pledge_share: its amount if material, not cancelled,
 * not deactivated, else 0) minus paid (its payments), at least 0, if its
 * need is open, that is neither done nor rejected (need_status; a need
 * deactivated is the caller's to leave out); 0 otherwise: a done need's
 * pledges are settled, a rejected one's will not be paid.  A donor's free
 * capacity (core_match_free) is his capacity less the sum of these. */
int64_t core_pledge_unpaid(int need_status, int64_t share, int64_t paid);

#endif
