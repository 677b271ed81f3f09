/*
 * core/merge.h — what sync does with an incoming record version (SPEC §10).
 *
 * Every record version carries its own version (hlc, origin) and its base:
 * the version it was edited from (zero for a new record).  A database keeps,
 * for each record, every version it has seen and that version's base, so it
 * can tell history from concurrency:
 *
 *   - remote already seen                      -> skip (importing twice is a no-op)
 *   - local is an ancestor of remote (or none) -> apply, no conflict
 *   - remote is an ancestor of local           -> skip (remote is old news)
 *   - otherwise both sides changed the record since they last agreed: the
 *     newer version wins (core_version_cmp) and the loser goes to the
 *     conflict queue.
 *
 * The winner is always the newest version seen, whatever the order bundles
 * arrive in, so databases that have seen the same versions hold the same
 * records (a last-writer-wins register); the ancestry only decides whether a
 * person must look at the loser.
 *
 * Field-by-field resolution (keep mine, keep theirs, or choose per field)
 * works on two records of one kind.  Pure logic: ancestry lookups go through
 * a callback that the store supplies.
 */
#ifndef CORE_MERGE_H
#define CORE_MERGE_H

#include "core/hlc.h"
#include "core/record.h"

enum core_merge_action {
	CORE_MERGE_SKIP,		/* nothing to do */
	CORE_MERGE_APPLY,		/* remote replaces local; no conflict */
	CORE_MERGE_APPLY_CONFLICT,	/* remote wins; local version to the queue */
	CORE_MERGE_KEEP_CONFLICT	/* local wins; remote version to the queue */
};

/* Looks up the base of version v of the record being merged.  Returns 1 and
 * fills *base if v is known, 0 if it is not, or a negative code on error. */
typedef int (*core_merge_base_fn)(void *ctx, const struct core_version *v,
    struct core_version *base);

#define CORE_MERGE_MAX_DEPTH 100000	/* ancestry walk bound */

/* Returns 1 if anc is v or an ancestor of v (following bases through
 * base_of), 0 if not (or history is unknown), or a negative code from
 * base_of.  The zero version is an ancestor of every version. */
int core_merge_is_ancestor(const struct core_version *anc, const struct core_version *v,
    core_merge_base_fn base_of, void *ctx);

/* Decides what to do with remote (whose base is remote_base) given the local
 * current version (zero if the record is not here).  base_of knows the local
 * history; remote_seen says whether remote is already in it.  Returns a
 * core_merge_action (>= 0) or a negative code from base_of. */
int core_merge_decide(const struct core_version *local, const struct core_version *remote,
    const struct core_version *remote_base, int remote_seen,
    core_merge_base_fn base_of, void *ctx);

/* The last version two records' histories share (where the two sides last
 * agreed): a's chain (a, its base, ...) and b's (b, then b_base if not NULL
 * — a version not in the history, such as a queued remote one — then the
 * bases base_of knows).  Returns 1 and fills *anc, 0 if they share none
 * (made apart) or a base is not known here, or a negative code from
 * base_of. */
int core_merge_common(const struct core_version *a, const struct core_version *b,
    const struct core_version *b_base, core_merge_base_fn base_of, void *ctx,
    struct core_version *anc);

/* The fields a three-way merge takes from theirs, among the fields in diff
 * (where the two sides differ): those only theirs changed since the common
 * version (bits of theirs_changed, not of mine_changed), and those both
 * changed if theirs is the version in use (theirs_in_use), as the newer
 * one won.  The rest stay mine. */
unsigned core_merge_pick(unsigned diff, unsigned mine_changed, unsigned theirs_changed,
    int theirs_in_use);

/* Sets bit i of *mask for each field i that differs between a and b (same
 * kind).  Returns the number of differing fields, or CORE_EINVAL if the
 * kinds differ. */
int core_merge_diff(const struct core_record *a, const struct core_record *b, unsigned *mask);

/* Builds a resolved record: field i from theirs if bit i of take_theirs is
 * set, else from mine.  Returns a new record (caller frees with
 * core_record_free) in *out; 0, CORE_EINVAL (kinds differ) or CORE_ENOMEM. */
int core_merge_fields(const struct core_record *mine, const struct core_record *theirs,
    unsigned take_theirs, struct core_record **out);

#endif
