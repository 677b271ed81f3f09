/*
 * core/merge.c — sync merge decisions and field-by-field resolution.
 *
 * See core/merge.h for the rules.  The ancestry walk follows base links
 * backwards from a version; each step goes to a strictly older version
 * (a base's hlc is below its child's, since an edit ticks the clock past
 * the version it edits), so the walk ends; the depth bound only guards
 * against a corrupt history that loops.
 */
#include <string.h>

#include "core/merge.h"

int
core_merge_is_ancestor(const struct core_version *anc, const struct core_version *v,
    core_merge_base_fn base_of, void *ctx)
{
	struct core_version cur = *v, base;
	long depth;
	int rc;

	if (core_version_is_zero(anc))
		return 1;
	for (depth = 0; depth < CORE_MERGE_MAX_DEPTH; depth++) {
		if (core_version_cmp(&cur, anc) == 0)
			return 1;
		if (core_version_is_zero(&cur) || core_version_cmp(&cur, anc) < 0)
			return 0;
		rc = base_of(ctx, &cur, &base);
		if (rc <= 0)
			return rc;
		if (core_version_cmp(&base, &cur) >= 0)
			return 0;	/* corrupt: a base must be older */
		cur = base;
	}
	return 0;
}

int
core_merge_common(const struct core_version *a, const struct core_version *b,
    const struct core_version *b_base, core_merge_base_fn base_of, void *ctx,
    struct core_version *anc)
{
	struct core_version x = *a, y = *b, base;
	int first_b = 1;	/* y is b: its base is b_base, if given */
	long depth;
	int rc, c;

	/* Each chain runs from newer to older versions, so stepping the newer
	 * of the two meets the first version they share, if any (the two
	 * walks of git's merge-base, for histories of one parent each). */
	for (depth = 0; depth < 2 * CORE_MERGE_MAX_DEPTH; depth++) {
		if (core_version_is_zero(&x) || core_version_is_zero(&y))
			return 0;	/* made apart: nothing in common */
		if ((c = core_version_cmp(&x, &y)) == 0) {
			*anc = x;
			return 1;
		}
		if (c < 0 && first_b && b_base != NULL) {
			base = *b_base;
			rc = 1;
		} else if ((rc = base_of(ctx, c > 0 ? &x : &y, &base)) <= 0)
			return rc;	/* history unknown here, or an error */
		if (c < 0)
			first_b = 0;
		if (core_version_cmp(&base, c > 0 ? &x : &y) >= 0)
			return 0;	/* corrupt: a base must be older */
		if (c > 0)
			x = base;
		else
			y = base;
	}
	return 0;
}

unsigned
core_merge_pick(unsigned diff, unsigned mine_changed, unsigned theirs_changed, int theirs_in_use)
{
	unsigned both = mine_changed & theirs_changed;

	return diff & ((theirs_changed & ~both) | (theirs_in_use ? both : 0u));
}

int
core_merge_decide(const struct core_version *local, const struct core_version *remote,
    const struct core_version *remote_base, int remote_seen,
    core_merge_base_fn base_of, void *ctx)
{
	int rc;

	if (remote_seen || core_version_cmp(local, remote) == 0)
		return CORE_MERGE_SKIP;
	if (core_version_is_zero(local))
		return CORE_MERGE_APPLY;
	/* local is remote's base or an ancestor of it: a plain update. */
	if (core_version_cmp(local, remote_base) == 0)
		return CORE_MERGE_APPLY;
	rc = core_merge_is_ancestor(local, remote_base, base_of, ctx);
	if (rc < 0)
		return rc;
	if (rc == 1)
		return CORE_MERGE_APPLY;
	/* remote is local's ancestor: old news. */
	rc = core_merge_is_ancestor(remote, local, base_of, ctx);
	if (rc < 0)
		return rc;
	if (rc == 1)
		return CORE_MERGE_SKIP;
	return core_version_cmp(remote, local) > 0 ? CORE_MERGE_APPLY_CONFLICT
						   : CORE_MERGE_KEEP_CONFLICT;
}

int
core_merge_diff(const struct core_record *a, const struct core_record *b, unsigned *mask)
{
	const struct core_schema *s;
	size_t i;
	int n = 0;

	*mask = 0;
	if (a->kind != b->kind || (s = core_schema_get(a->kind)) == NULL)
		return CORE_EINVAL;
	for (i = 0; i < s->nfields; i++)
		if (!core_value_equal(a, b, (int)i)) {
			*mask |= 1u << i;
			n++;
		}
	return n;
}

int
core_merge_fields(const struct core_record *mine, const struct core_record *theirs,
    unsigned take_theirs, struct core_record **out)
{
	const struct core_schema *s;
	struct core_record *r;
	const struct core_value *src;
	size_t i;

	*out = NULL;
	if (mine->kind != theirs->kind || (s = core_schema_get(mine->kind)) == NULL)
		return CORE_EINVAL;
	if ((r = core_record_dup(mine)) == NULL)
		return CORE_ENOMEM;
	for (i = 0; i < s->nfields; i++) {
		if (!(take_theirs & (1u << i)))
			continue;
		src = &theirs->v[i];
		if (!src->set) {
			core_record_unset(r, (int)i);
		} else if (src->text != NULL) {
			if (core_record_set_text(r, (int)i, src->text) != 0) {
				core_record_free(r);
				return CORE_ENOMEM;
			}
		} else {
			core_record_set_num(r, (int)i, src->num);
		}
	}
	*out = r;
	return 0;
}
