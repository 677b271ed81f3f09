/*
 * store/stats.h — figures gathered from the store for the screens: per
 * county sums of needs, the rank items of SPEC §8, the stored weights, and
 * the recent activity.
 *
 * Everything is read in the caller's read transaction and copied out; the
 * caller frees what it gets as each function says.  The rank gathering is
 * the one `hamyar rank` does (same needs, same criteria, same today), so a
 * screen and the command rank a database alike:
 *   - every need not marked deleted is read with its sums
 *     (store_need_sums: gap = estimated cost - non-cancelled material
 *     pledges);
 *   - a need with no identified_on waits from today;
 *   - the interest criterion counts the active donors of the need's county
 *     interested in its category (core_match_interest_counts);
 *   - the rankable ones are those of core_rank_eligible whose unit is not
 *     marked inactive (needs[i].unit_inactive: its active field 0, or
 *     deactivated), as matching proposes none of those
 *     (core_match_need_closed).
 */
#ifndef STORE_STATS_H
#define STORE_STATS_H

#include <stddef.h>
#include <stdint.h>

#include "core/match.h"
#include "core/rank.h"
#include "store/store.h"

/* ---- per county ----------------------------------------------------------- */

struct store_county_stats {
	char county[CORE_COUNTY_MAX];	/* county code ("" for needs without one) */
	size_t needs;			/* needs neither deleted nor rejected,
					   material and non-material */
	/* the money is of the material needs alone (store_need_sums'
	 * .material): a non-material need's pledges carry no rials, so its
	 * estimated cost is a gap no pledge of its kind can close */
	int64_t estimated, pledged, received;
	int64_t gap;			/* sum of the open material needs' gaps
					   (store_need_open), each at least 0 */
	/* the non-material needs, counted (of needs): open ones
	 * (store_need_open), those of them with a pledge (store_need_sums'
	 * .pledges), and done ones */
	size_t nm_open, nm_pledged, nm_done;
};

/* Sums every need by county, in county code order.  Stores a new array in
 * *out (caller frees with free) and its length in *n.  Deleted and
 * rejected needs count nowhere, nor do the open needs of a unit marked
 * inactive (store_need_unit_off), which the ranking leaves out too (the
 * report, tui/report.c, keeps the same rule, so its county rows and the
 * dashboard's agree): a county with no other need has no row.  A done
 * need of such a unit still counts: the money received on it was given.
 * Errors: STORE_ENOMEM, read errors. */
int store_stats_counties(struct store_txn *t, struct store_county_stats **out, size_t *n);

/* Whether the unit with id unit is marked inactive: stored with its
 * active field 0, or deactivated.  No unit, or one not found, is not.  The
 * rule store_rank_gather and store_stats_counties apply to a need's unit. */
int store_unit_inactive(struct store_txn *t, const char *unit);

/* Whether need (a need's record) is left out of the figures for its unit:
 * the unit is marked inactive (store_unit_inactive) and the need is not
 * done.  A done need was carried out and its payments received before the
 * unit was made inactive: the report and the dashboard keep counting it.
 * The rule store_stats_counties and tui/report.c apply. */
int store_need_unit_off(struct store_txn *t, const struct core_record *need);

/* Whether need (a need's record) is still open: identified (or no status),
 * assessed, approved or in progress.  Only an open need has a gap left to
 * fund: the gap totals of the report and the dashboard add up the gaps
 * of open needs alone (a done or rejected need's own gap, which its
 * screens still show, is not a gap to fund). */
int store_need_open(const struct core_record *need);

/* ---- ranking --------------------------------------------------------------- */

struct store_rank_data {
	struct core_match_donor *donors;
	char (*dnames)[128];		/* per donor: the name */
	size_t ndonors;
	struct core_match_need *needs;	/* every need read (for matching), with gap */
	size_t nneeds;
	char (*titles)[160];		/* per need */
	struct core_rank_item *items;	/* the rankable needs */
	size_t *item_need;		/* items[i] is needs[item_need[i]] */
	size_t nitems;
	/* what stands in for an unknown value (items[i].missing[k]):
	 * core_rank_fill_missing's median of the items' known ones */
	double fill[CORE_NCRIT];
};

/* Gathers the donors, the needs (only county's when county is not NULL)
 * and the rank items, as `hamyar rank` does (above).  today is the day
 * number the waiting criterion counts to (loc_day_today() normally).  On
 * failure *g is left freed.  Caller frees with store_rank_data_free.
 * Errors: STORE_ENOMEM, read errors. */
int store_rank_gather(struct store_txn *t, const char *county, int32_t today,
    struct store_rank_data *g);

/* Fills in donor d's record of pledges from the store, over his pledges
 * in one pass: .pledges (the tie-break of core_match_donors: more past
 * pledges first) and .past (per pledge type: the fit for a non-material
 * need), both counting those neither deleted nor cancelled; .open (what
 * his free capacity is his capacity less: store_donor_open's sum); and
 * .pledged, the sorted ids of the needs of his open pledges (pledged or
 * partial, not deleted), freed by store_rank_data_free for the donors of
 * a store_rank_data (replaced here if already set).  Returns 0,
 * STORE_ENOMEM or a read error. */
int store_rank_donor_history(struct store_txn *t, struct core_match_donor *d);

/* store_rank_donor_history for the active donors of county
 * (every active donor if county is NULL).  Only for the donors a need's
 * matching can list, so that gathering for the ranking reads no pledges
 * (store_rank_gather leaves both 0).  Returns 0 or a read error. */
int store_rank_donor_pledges(struct store_txn *t, struct store_rank_data *g,
    const char *county);

/* Frees what g holds and zeroes it; safe on a zeroed struct. */
void store_rank_data_free(struct store_rank_data *g);

/* The stored weights ("rank.weights": six numbers separated by spaces,
 * enum core_crit order) into *w, or the default (core_weights_default)
 * when none are stored.  Returns -1 then.  Stored weights the ranking
 * cannot use (written by something other than store_rank_save: an older
 * version, a damaged file) are not replaced in silence: *w is the default
 * and the answer says what to fix, as core_weights_check does: the first
 * criterion whose weight is missing, not a number, infinite, NaN or
 * negative, or CORE_NCRIT if they sum to 0 or past the largest double.
 * Never fails otherwise (a read error gives the default, -1). */
int store_rank_weights(struct store_txn *t, struct core_weights *w);

/* The stored AHP matrix ("rank.matrix": 36 numbers row-major) into m
 * (CORE_NCRIT * CORE_NCRIT), or the default matrix.  Returns 1 if a stored
 * one was read, 0 for the default. */
int store_rank_matrix(struct store_txn *t, double *m);

/* Stores matrix m and its weights w (write transaction): "rank.matrix" and
 * "rank.weights" as text.  The policy hook (store/users.h) decides who may:
 * STORE_EACCES for the others.  Weights core_weights_check refuses, or a
 * matrix core_ahp_check refuses, are STORE_EINVAL and nothing is written.
 * Returns 0 or a store error. */
int store_rank_save(struct store_txn *t, const double *m, const struct core_weights *w);

/* The ranking a province shares (SPEC §8) travels in sync bundles: each
 * save stamps it with a version ("sync.rank": HLC@STATION, core/hlc.h), and
 * the newer version wins where it arrives.  store_rank_shared gives the
 * stored version and the texts of "rank.weights" and "rank.matrix" (caller
 * frees both); returns 0, STORE_ENOTFOUND when the weights were never
 * saved here nor received (the defaults: nothing to send), or a code. */
int store_rank_shared(struct store_txn *t, struct core_version *v, char **weights,
    char **matrix);

/* Takes a ranking received from another station (write transaction):
 * version v, weights and matrix as store_rank_shared gives them.  Applied
 * only when v is newer than the stored version (none is older than all):
 * the settings are written as store_rank_save writes them (audited), and
 * the clock moves past v.  Returns 1 if applied, 0 if not newer (nothing
 * written), STORE_EINVAL for numbers store_rank_save would refuse, or a
 * code. */
int store_rank_receive(struct store_txn *t, const struct core_version *v, const char *weights,
    const char *matrix);

/* ---- recent activity --------------------------------------------------------- */

struct store_activity {
	int64_t time;			/* Unix seconds */
	char user[64];
	enum store_action action;
	enum core_kind kind;		/* CORE_NKINDS for a setting */
	char id[CORE_ID_MAX];
};

/* The max latest entries of the audit log, newest first, into out; their
 * number into *n.  Reads back from now in widening windows (a minute, an hour, a
 * day, a month, all), so a long log costs only its last part.
 * Errors: STORE_ENOMEM, read errors. */
int store_stats_recent(struct store_txn *t, int64_t now, struct store_activity *out,
    size_t max, size_t *n);


/* ---- donors to honour ---------------------------------------------------------- */

/* What a donor gave in a period, for choosing whom a ceremony honours. */
struct store_honour_row {
	char donor[CORE_ID_MAX];
	int64_t paid;		/* rials: his payments (store_payment_share) dated
				   in the period, on pledges not deactivated */
	int nonmat;		/* his non-material pledges (support, policing...)
				   dated in the period, neither cancelled nor
				   deactivated */
	int32_t last;		/* the day of the last ceremony that honoured
				   him (the ceremony except left out), 0: none */
};

/* Every donor who paid something or made a non-material pledge dated
 * from day from to day to (both included), in no order, into a new array
 * *rows (caller frees) of *n rows; last read from every ceremony but
 * except (NULL: none).  Reads every payment once (and the pledge of each
 * one in the period), every pledge once and every ceremony once: no sum
 * is read twice.  Returns 0, STORE_ENOMEM or a read error (*rows NULL,
 * *n 0 then). */
int store_honour_gather(struct store_txn *t, int32_t from, int32_t to, const char *except,
    struct store_honour_row **rows, size_t *n);

#endif
