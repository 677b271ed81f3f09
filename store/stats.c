/*
 * store/stats.c — figures for the dashboard, ranking and matching screens
 * (see stats.h).  Plain reads through the public store API: records by id,
 * the need/county and pledge/need indexes (via store_need_sums), the
 * settings and the audit log.
 */
#include "store/stats.h"
#include "store/idsum.h"
#include "core/pledge.h"

#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Copies text into dst (n bytes) for display.  Text that does not fit is
 * cut after a whole character, never inside one (the CLI prints these
 * buffers as they are, and half a letter is not UTF-8), and ends in "…". */
static void
copy_shown(char *dst, size_t n, const char *text)
{
	size_t len = strlen(text), cut;

	if (len < n) {
		memcpy(dst, text, len + 1);
		return;
	}
	cut = n - 1 - 3;	/* room for U+2026 and the NUL */
	while (cut > 0 && ((unsigned char)text[cut] & 0xC0) == 0x80)
		cut--;		/* text[cut] starts a character: cut before it */
	memcpy(dst, text, cut);
	memcpy(dst + cut, "\xe2\x80\xa6", 4);
}

static int inactive_units(struct store_txn *t, char (**out)[CORE_ID_MAX], size_t *n);
static int id_cmp(const void *a, const void *b);

/* ---- per county ---- */

static int
county_cmp(const void *a, const void *b)
{
	return strcmp(((const struct store_county_stats *)a)->county,
	    ((const struct store_county_stats *)b)->county);
}

int
store_stats_counties(struct store_txn *t, struct store_county_stats **out, size_t *n)
{
	struct store_county_stats *cs = NULL, *c;
	char (*off)[CORE_ID_MAX] = NULL;
	size_t ncs = 0, cap = 0, noff = 0, i;
	struct store_iter *it;
	char id[CORE_ID_MAX];
	int rc;

	*out = NULL;
	*n = 0;
	if ((rc = inactive_units(t, &off, &noff)) != 0)
		return rc;
	if ((rc = store_iter_kind(t, CORE_NEED, &it)) != 0) {
		free(off);
		return rc;
	}
	while ((rc = store_iter_next(it, id)) == 0) {
		struct core_record *r;
		struct store_meta m;
		struct store_need_sums s;
		const char *county;
		int status, open;

		if ((rc = store_get(t, CORE_NEED, id, &r, &m)) != 0)
			break;
		status = r->v[CORE_NEED_STATUS].set ? (int)r->v[CORE_NEED_STATUS].num : 0;
		if (m.deleted || status == CORE_NEED_REJECTED ||
		    (noff > 0 && status != CORE_NEED_DONE && r->v[CORE_NEED_UNIT].set &&
		    bsearch(core_record_text(r, CORE_NEED_UNIT), off, noff, sizeof *off, id_cmp) != NULL)) {
			/* not part of the programme's figures; nor is an open
			 * need of a unit marked inactive, which the ranking
			 * leaves out as it leaves out a deactivated need (a
			 * done one stays: store_need_unit_off) */
			core_record_free(r);
			continue;
		}
		county = core_record_text(r, CORE_NEED_COUNTY);
		for (c = NULL, i = 0; i < ncs; i++)
			if (strcmp(cs[i].county, county) == 0) {
				c = &cs[i];
				break;
			}
		if (c == NULL) {
			if (ncs == cap) {
				size_t ncap = cap ? cap * 2 : 16;
				struct store_county_stats *x = realloc(cs, ncap * sizeof *x);

				if (x == NULL) {
					core_record_free(r);
					rc = STORE_ENOMEM;
					break;
				}
				cs = x;
				cap = ncap;
			}
			c = &cs[ncs++];
			memset(c, 0, sizeof *c);
			snprintf(c->county, sizeof c->county, "%s", county);
		}
		open = store_need_open(r);
		core_record_free(r);
		c->needs++;
		if ((rc = store_need_sums(t, id, &s)) != 0)
			break;
		if (!s.material) {
			/* counted, not summed: its pledges carry no rials */
			c->nm_open += open;
			c->nm_pledged += open && s.pledges > 0;
			c->nm_done += !open;	/* (rejected ones are out) */
			continue;
		}
		c->estimated += s.estimated;
		c->pledged += s.pledged;
		c->received += s.received;
		/* a done need has no gap left to fund: the gap is of the
		 * open needs only (store_need_open) */
		if (open)
			c->gap += s.gap;	/* never negative (store_need_sums) */
	}
	store_iter_free(it);
	free(off);
	if (rc != STORE_ENOTFOUND) {
		free(cs);
		return rc;
	}
	if (ncs > 1)
		qsort(cs, ncs, sizeof *cs, county_cmp);
	*out = cs;
	*n = ncs;
	return 0;
}

int
store_need_open(const struct core_record *need)
{
	int status = need->v[CORE_NEED_STATUS].set ? (int)need->v[CORE_NEED_STATUS].num :
	    CORE_NEED_IDENTIFIED;

	/* the statuses a stored need may have: open unless done or rejected */
	return !core_need_closed(status);
}

/* ---- ranking ---- */

void
store_rank_data_free(struct store_rank_data *g)
{
	size_t i;

	for (i = 0; g->donors != NULL && i < g->ndonors; i++)
		free(g->donors[i].pledged);
	free(g->donors);
	free(g->dnames);
	free(g->needs);
	free(g->titles);
	free(g->items);
	free(g->item_need);
	memset(g, 0, sizeof *g);
}

static int
gather_donors(struct store_txn *t, struct store_rank_data *g)
{
	struct store_iter *it;
	char id[CORE_ID_MAX];
	size_t cap;
	int rc;

	if ((rc = store_count(t, CORE_DONOR, &cap)) != 0)
		return rc;
	if ((g->donors = calloc(cap + 1, sizeof *g->donors)) == NULL ||
	    (g->dnames = calloc(cap + 1, sizeof *g->dnames)) == NULL)
		return STORE_ENOMEM;
	if ((rc = store_iter_kind(t, CORE_DONOR, &it)) != 0)
		return rc;
	while (g->ndonors < cap && (rc = store_iter_next(it, id)) == 0) {
		struct core_record *r;
		struct core_match_donor *d = &g->donors[g->ndonors];

		if ((rc = store_get(t, CORE_DONOR, id, &r, NULL)) != 0)
			break;
		snprintf(d->id, sizeof d->id, "%s", id);
		snprintf(d->county, sizeof d->county, "%s", core_record_text(r, CORE_DONOR_COUNTY));
		d->interests = r->v[CORE_DONOR_INTERESTS].set ? (unsigned)r->v[CORE_DONOR_INTERESTS].num : 0;
		d->capacity = r->v[CORE_DONOR_CAPACITY].set ? r->v[CORE_DONOR_CAPACITY].num : 0;
		d->active = !core_donor_inactive(r);
		copy_shown(g->dnames[g->ndonors], sizeof g->dnames[0],
		    core_record_text(r, CORE_DONOR_NAME));
		core_record_free(r);
		g->ndonors++;
	}
	store_iter_free(it);
	return rc == STORE_ENOTFOUND || rc == 0 ? 0 : rc;
}

static int
id_cmp(const void *a, const void *b)
{
	return strcmp(a, b);
}

/* The ids of the units marked inactive (their active field 0, or
 * deactivated), sorted for bsearch, into *out (caller frees) and their
 * number into *n.  Units are few (a county's stations and posts): all are
 * read.  Returns 0, STORE_ENOMEM or a read error. */
static int
inactive_units(struct store_txn *t, char (**out)[CORE_ID_MAX], size_t *n)
{
	struct store_iter *it;
	char id[CORE_ID_MAX], (*v)[CORE_ID_MAX] = NULL;
	size_t cap = 0;
	int rc;

	*out = NULL;
	*n = 0;
	if ((rc = store_iter_kind(t, CORE_UNIT, &it)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	while ((rc = store_iter_next(it, id)) == 0) {
		struct core_record *r;
		struct store_meta m;
		int off;

		if ((rc = store_get(t, CORE_UNIT, id, &r, &m)) != 0)
			break;
		off = m.deleted || (r->v[CORE_UNIT_ACTIVE].set && r->v[CORE_UNIT_ACTIVE].num == 0);
		core_record_free(r);
		if (!off)
			continue;
		if (*n == cap) {
			size_t ncap = cap ? cap * 2 : 16;
			char (*x)[CORE_ID_MAX] = realloc(v, ncap * sizeof *x);

			if (x == NULL) {
				rc = STORE_ENOMEM;
				break;
			}
			v = x;
			cap = ncap;
		}
		snprintf(v[(*n)++], CORE_ID_MAX, "%s", id);
	}
	store_iter_free(it);
	if (rc != STORE_ENOTFOUND) {
		free(v);
		*n = 0;
		return rc;
	}
	if (*n > 1)
		qsort(v, *n, sizeof *v, id_cmp);
	*out = v;
	return 0;
}

int
store_unit_inactive(struct store_txn *t, const char *unit)
{
	struct core_record *r;
	struct store_meta m;
	int off;

	if (unit == NULL || unit[0] == '\0' || store_get(t, CORE_UNIT, unit, &r, &m) != 0)
		return 0;
	off = m.deleted || (r->v[CORE_UNIT_ACTIVE].set && r->v[CORE_UNIT_ACTIVE].num == 0);
	core_record_free(r);
	return off;
}

int
store_need_unit_off(struct store_txn *t, const struct core_record *need)
{
	if (need->v[CORE_NEED_STATUS].set && need->v[CORE_NEED_STATUS].num == CORE_NEED_DONE)
		return 0;
	return store_unit_inactive(t, core_record_text(need, CORE_NEED_UNIT));
}

int
store_rank_gather(struct store_txn *t, const char *county, int32_t today,
    struct store_rank_data *g)
{
	char (*off)[CORE_ID_MAX] = NULL;
	size_t noff = 0;
	struct store_iter *it;
	char id[CORE_ID_MAX];
	size_t cap, i;
	uint32_t *counts = NULL;
	int *urg = NULL, *imp = NULL;
	int64_t *pop = NULL;
	int rc;

	memset(g, 0, sizeof *g);
	if ((rc = gather_donors(t, g)) != 0)
		goto fail;
	if ((rc = inactive_units(t, &off, &noff)) != 0)
		goto fail;
	if ((rc = store_count(t, CORE_NEED, &cap)) != 0)
		goto fail;
	g->needs = calloc(cap + 1, sizeof *g->needs);
	g->titles = calloc(cap + 1, sizeof *g->titles);
	g->items = calloc(cap + 1, sizeof *g->items);
	g->item_need = calloc(cap + 1, sizeof *g->item_need);
	urg = calloc(cap + 1, sizeof *urg);
	imp = calloc(cap + 1, sizeof *imp);
	pop = calloc(cap + 1, sizeof *pop);
	rc = STORE_ENOMEM;
	if (!g->needs || !g->titles || !g->items || !g->item_need || !urg || !imp || !pop)
		goto fail;
	if (county != NULL)
		rc = store_iter_index(t, CORE_NEED, CORE_NEED_COUNTY, county, &it);
	else
		rc = store_iter_kind(t, CORE_NEED, &it);
	if (rc != 0)
		goto fail;
	while (g->nneeds < cap && (rc = store_iter_next(it, id)) == 0) {
		struct core_record *r;
		struct store_meta m;
		struct store_need_sums s;
		struct core_match_need *x = &g->needs[g->nneeds];

		/* a need the county's index names that is not there (a page
		 * a failing disk cut short, read without an error): the
		 * database damaged, as a walk of the whole table finds it
		 * (store_iter_next); before, the walk ended there as if the
		 * county had no more needs, and `rank --county` (a clerk's
		 * ranking, always of his county) ranked the others alone */
		if ((rc = store_get(t, CORE_NEED, id, &r, &m)) != 0) {
			if (rc == STORE_ENOTFOUND)
				rc = STORE_ECORRUPT;
			break;
		}
		if (m.deleted) {
			core_record_free(r);
			continue;
		}
		if ((rc = store_need_sums(t, id, &s)) != 0) {
			core_record_free(r);
			break;
		}
		snprintf(x->id, sizeof x->id, "%s", id);
		snprintf(x->county, sizeof x->county, "%s", core_record_text(r, CORE_NEED_COUNTY));
		snprintf(x->unit, sizeof x->unit, "%s", core_record_text(r, CORE_NEED_UNIT));
		x->unit_inactive = noff > 0 && x->unit[0] != '\0' &&
		    bsearch(x->unit, off, noff, sizeof *off, id_cmp) != NULL;
		x->category = r->v[CORE_NEED_CATEGORY].set ? (int)r->v[CORE_NEED_CATEGORY].num : 0;
		x->status = r->v[CORE_NEED_STATUS].set ? (int)r->v[CORE_NEED_STATUS].num : 0;
		x->gap = s.gap;
		x->identified_on = r->v[CORE_NEED_IDENTIFIED_ON].set ?
		    (int32_t)r->v[CORE_NEED_IDENTIFIED_ON].num : today;
		copy_shown(g->titles[g->nneeds], sizeof g->titles[0],
		    core_record_text(r, CORE_NEED_TITLE));
		urg[g->nneeds] = (int)r->v[CORE_NEED_URGENCY].num;
		imp[g->nneeds] = (int)r->v[CORE_NEED_IMPACT].num;
		/* a population left blank is unknown, not 0 (-1 here) */
		pop[g->nneeds] = r->v[CORE_NEED_POPULATION].set ? r->v[CORE_NEED_POPULATION].num : -1;
		core_record_free(r);
		g->nneeds++;
	}
	store_iter_free(it);
	if (rc != 0 && rc != STORE_ENOTFOUND)
		goto fail;
	rc = STORE_ENOMEM;
	if ((counts = calloc(g->nneeds + 1, sizeof *counts)) == NULL ||
	    core_match_interest_counts(g->needs, g->nneeds, g->donors, g->ndonors, counts) != 0)
		goto fail;
	for (i = 0; i < g->nneeds; i++) {
		struct core_rank_item *x;

		/* a unit marked inactive takes no help now: its needs stay
		 * stored and listed, but are ranked no more than a need
		 * deactivated (the screens and rank count them) */
		if (!core_rank_eligible(g->needs[i].status, g->needs[i].gap) ||
		    g->needs[i].unit_inactive)
			continue;
		x = &g->items[g->nitems];
		g->item_need[g->nitems++] = i;
		snprintf(x->id, sizeof x->id, "%s", g->needs[i].id);
		x->identified_on = g->needs[i].identified_on;
		x->crit[CORE_CRIT_URGENCY] = urg[i];
		x->crit[CORE_CRIT_IMPACT] = imp[i];
		x->crit[CORE_CRIT_POPULATION] = pop[i] >= 0 ? (double)pop[i] : 0;
		x->missing[CORE_CRIT_POPULATION] = pop[i] < 0;
		x->crit[CORE_CRIT_GAP] = (double)g->needs[i].gap;
		x->crit[CORE_CRIT_WAITING] = core_rank_waiting(g->needs[i].identified_on, today);
		x->crit[CORE_CRIT_INTEREST] = counts[i];
	}
	/* an unknown population ranks as the median of the known ones:
	 * neither the least (0, as before) nor the most */
	rc = STORE_ENOMEM;
	if (core_rank_fill_missing(g->items, g->nitems, g->fill) != 0)
		goto fail;
	rc = 0;
	goto done;
fail:
	store_rank_data_free(g);
done:
	free(off);
	free(counts);
	free(urg);
	free(imp);
	free(pop);
	return rc;
}

/* Adds need to d's sorted list of needs with an open pledge of his (once).
 * Returns 0 or STORE_ENOMEM. */
static int
add_pledged(struct core_match_donor *d, const char *need)
{
	char (*v)[CORE_ID_MAX];
	size_t i;

	if (need[0] == '\0' || core_match_pledged(d, need))
		return 0;
	if ((v = realloc(d->pledged, (d->npledged + 1) * sizeof *v)) == NULL)
		return STORE_ENOMEM;
	d->pledged = v;
	for (i = d->npledged; i > 0 && strcmp(v[i - 1], need) > 0; i--)
		memcpy(v[i], v[i - 1], sizeof *v);
	snprintf(v[i], sizeof *v, "%s", need);
	d->npledged++;
	return 0;
}

int
store_rank_donor_history(struct store_txn *t, struct core_match_donor *d)
{
	struct core_record *r;
	struct store_meta m;
	struct store_iter *it;
	char id[CORE_ID_MAX];
	int rc;

	d->pledges = 0;
	d->open = 0;
	memset(d->past, 0, sizeof d->past);
	free(d->pledged);
	d->pledged = NULL;
	d->npledged = 0;
	if ((rc = store_iter_index(t, CORE_PLEDGE, CORE_PLEDGE_DONOR, d->id, &it)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	/* one pass over his pledges: their count, per type too, the needs of
	 * his open ones, and what they leave unpaid (store_donor_open's
	 * sum, pledge by pledge); a pledge his index names not there left
	 * out of his counts and his open sum, said short, as
	 * store_donor_open has it (before, the walk ended there in silence,
	 * as if he had no more pledges) */
	while ((rc = store_iter_next_sum(t, it, CORE_PLEDGE, NULL, id, &r, &m)) == 0) {
		int64_t owed;
		int st;

		st = r->v[CORE_PLEDGE_STATUS].set ? (int)r->v[CORE_PLEDGE_STATUS].num :
		    CORE_PLEDGE_PLEDGED;
		if (!m.deleted && st != CORE_PLEDGE_CANCELLED) {
			int type = r->v[CORE_PLEDGE_TYPE].set ? (int)r->v[CORE_PLEDGE_TYPE].num : -1;

			d->pledges++;
			if (type >= 0 && type < CORE_NPTYPES)
				d->past[type]++;
			if ((st == CORE_PLEDGE_PLEDGED || st == CORE_PLEDGE_PARTIAL) &&
			    (rc = add_pledged(d, core_record_text(r, CORE_PLEDGE_NEED))) != 0) {
				core_record_free(r);
				break;
			}
		}
		rc = store_pledge_open(t, id, r, &m, &owed);
		core_record_free(r);
		if (rc != 0)
			break;
		d->open = owed > INT64_MAX - d->open ? INT64_MAX : d->open + owed;
	}
	store_iter_free(it);
	return rc == STORE_ENOTFOUND ? 0 : rc;
}

int
store_rank_donor_pledges(struct store_txn *t, struct store_rank_data *g, const char *county)
{
	size_t i;
	int rc;

	for (i = 0; i < g->ndonors; i++) {
		struct core_match_donor *d = &g->donors[i];

		if (!d->active || (county != NULL && strcmp(d->county, county) != 0))
			continue;
		if ((rc = store_rank_donor_history(t, d)) != 0)
			return rc;
	}
	return 0;
}

/* Reads up to n numbers of setting name into v (infinities and NaN too,
 * for the caller to judge); returns how many, or -1 if the setting is
 * unset or unreadable. */
static int
setting_numbers(struct store_txn *t, const char *name, double *v, int n)
{
	char *s = NULL, *p, *end;
	int k;

	if (store_setting_get(t, name, &s, NULL) != 0)
		return -1;
	for (p = s, k = 0; k < n; k++, p = end) {
		v[k] = strtod(p, &end);
		if (end == p)
			break;
	}
	free(s);
	return k;
}

int
store_rank_weights(struct store_txn *t, struct core_weights *w)
{
	struct core_weights x;
	int k;

	core_weights_default(w);
	if ((k = setting_numbers(t, "rank.weights", x.w, CORE_NCRIT)) < 0)
		return -1;
	if (k < CORE_NCRIT)
		return k;	/* criterion k's weight is missing or not a number */
	if ((k = core_weights_check(&x)) >= 0)
		return k;
	*w = x;
	return -1;
}

int
store_rank_matrix(struct store_txn *t, double *m)
{
	double x[CORE_NCRIT * CORE_NCRIT];

	if (setting_numbers(t, "rank.matrix", x, CORE_NCRIT * CORE_NCRIT) == CORE_NCRIT * CORE_NCRIT &&
	    core_ahp_check(x, CORE_NCRIT, NULL, NULL, NULL) == 0) {
		memcpy(m, x, sizeof x);
		return 1;
	}
	memcpy(m, core_rank_default_matrix, sizeof x);
	return 0;
}

/* The n numbers of v as a setting stores them ("%.17g", one space
 * between); returns the length written into buf (n bytes). */
static size_t
numbers_text(const double *v, int n, char *buf, size_t size)
{
	size_t len = 0;
	int k;

	buf[0] = '\0';
	for (k = 0; k < n && len < size; k++)
		len += (size_t)snprintf(buf + len, size - len, "%s%.17g", k ? " " : "", v[k]);
	return len < size ? len : size - 1;
}

/* Writes matrix m and weights w, stamped with version v; from: NULL when
 * saved here, else the station whose bundle brought them (the audit entries
 * say so). */
static int
rank_write(struct store_txn *t, const double *m, const struct core_weights *w,
    const struct core_version *v, const char *from)
{
	char buf[CORE_NCRIT * CORE_NCRIT * 26 + 1], dflt[sizeof buf];
	struct core_weights dw;
	size_t len;
	int rc;

	/* Weights that would stop the ranking (tui/rankscr.c names the
	 * criterion before it gets here) are never stored. */
	if (core_weights_check(w) >= 0 || core_ahp_check(m, CORE_NCRIT, NULL, NULL, NULL) != 0)
		return STORE_EINVAL;
	/* The first save's audit entry: the old values are the defaults the
	 * ranking used until then, written as the saved ones are. */
	numbers_text(core_rank_default_matrix, CORE_NCRIT * CORE_NCRIT, dflt, sizeof dflt);
	len = numbers_text(m, CORE_NCRIT * CORE_NCRIT, buf, sizeof buf);
	if ((rc = store_setting_receive_dflt(t, "rank.matrix", buf, len, from, dflt)) != 0)
		return rc;
	core_weights_default(&dw);
	numbers_text(dw.w, CORE_NCRIT, dflt, sizeof dflt);
	len = numbers_text(w->w, CORE_NCRIT, buf, sizeof buf);
	if ((rc = store_setting_receive_dflt(t, "rank.weights", buf, len, from, dflt)) != 0)
		return rc;
	len = (size_t)snprintf(buf, sizeof buf, "%" PRIu64 "@%s", v->hlc, v->origin);
	return store_setting_set(t, "sync.rank", buf, len);
}

int
store_rank_save(struct store_txn *t, const double *m, const struct core_weights *w)
{
	struct core_version v;
	char station[CORE_STATION_MAX + 1];
	uint64_t now;

	/* (numbers the ranking cannot use: rank_write refuses them, and the
	 * clock's tick goes with the refused transaction) */
	if (store_station(store_txn_store(t), station) != 0 || (now = store_hlc_tick(t)) == 0 ||
	    core_version_set(&v, now, station) != 0)
		return STORE_EIO;
	return rank_write(t, m, w, &v, NULL);
}

/* n numbers of text into v; 0 if there are exactly n, all finite. */
static int
text_numbers(const char *text, double *v, int n)
{
	const char *p = text;
	char *end;
	int k;

	for (k = 0; k < n; k++, p = end) {
		v[k] = strtod(p, &end);
		if (end == p || !isfinite(v[k]))
			return -1;
	}
	while (*p == ' ')
		p++;
	return *p == '\0' ? 0 : -1;
}

int
store_rank_shared(struct store_txn *t, struct core_version *v, char **weights, char **matrix)
{
	char *ver = NULL;
	int rc;

	*weights = *matrix = NULL;
	if ((rc = store_setting_get(t, "sync.rank", &ver, NULL)) != 0)
		return rc;
	rc = core_version_parse(ver, v) != 0 ? STORE_ECORRUPT : 0;
	free(ver);
	if (rc == 0 && (rc = store_setting_get(t, "rank.weights", weights, NULL)) == 0)
		rc = store_setting_get(t, "rank.matrix", matrix, NULL);
	if (rc != 0) {
		free(*weights);
		free(*matrix);
		*weights = *matrix = NULL;
		return rc == STORE_ENOTFOUND ? STORE_ECORRUPT : rc;
	}
	return 0;
}

int
store_rank_receive(struct store_txn *t, const struct core_version *v, const char *weights,
    const char *matrix)
{
	struct core_weights w;
	struct core_version have;
	double m[CORE_NCRIT * CORE_NCRIT];
	char *ver = NULL;
	int rc;

	if (text_numbers(weights, w.w, CORE_NCRIT) != 0 ||
	    text_numbers(matrix, m, CORE_NCRIT * CORE_NCRIT) != 0 ||
	    core_weights_check(&w) >= 0 || core_ahp_check(m, CORE_NCRIT, NULL, NULL, NULL) != 0)
		return STORE_EINVAL;
	memset(&have, 0, sizeof have);	/* none: older than every version */
	rc = store_setting_get(t, "sync.rank", &ver, NULL);
	if (rc == 0 && core_version_parse(ver, &have) != 0)
		memset(&have, 0, sizeof have);
	free(ver);
	if (rc != 0 && rc != STORE_ENOTFOUND)
		return rc;
	if (core_version_cmp(v, &have) <= 0)
		return 0;
	if ((rc = store_hlc_seen(t, v->hlc)) != 0 || (rc = rank_write(t, m, &w, v, v->origin)) != 0)
		return rc;
	return 1;
}

/* ---- recent activity ---- */

/* Reads the audit log from since on, keeping the last max entries in the
 * ring r (*count: how many entries seen in all). */
static int
recent_from(struct store_txn *t, int64_t since, struct store_activity *r, size_t max,
    size_t *count)
{
	struct store_iter *it;
	struct store_audit a;
	int rc;

	*count = 0;
	if ((rc = store_audit_iter(t, NULL, since, &it)) != 0)
		return rc;
	while ((rc = store_audit_next(it, &a)) == 0) {
		struct store_activity *x = &r[*count % max];

		x->time = a.time;
		snprintf(x->user, sizeof x->user, "%s", a.user);
		x->action = a.action;
		x->kind = a.kind;
		snprintf(x->id, sizeof x->id, "%s", a.id);
		store_audit_done(&a);
		(*count)++;
	}
	store_iter_free(it);
	return rc == STORE_ENOTFOUND ? 0 : rc;
}

int
store_stats_recent(struct store_txn *t, int64_t now, struct store_activity *out,
    size_t max, size_t *n)
{
	static const int64_t window[] = { 60, 3600, 86400, 30 * 86400, -1 };
	struct store_activity *ring;
	size_t count = 0, i, k;
	int rc = 0;

	*n = 0;
	if (max == 0)
		return 0;
	if ((ring = calloc(max, sizeof *ring)) == NULL)
		return STORE_ENOMEM;
	for (i = 0; i < sizeof window / sizeof window[0]; i++) {
		int64_t since = window[i] < 0 ? 0 : now - window[i];

		if ((rc = recent_from(t, since, ring, max, &count)) != 0)
			break;
		if (count >= max)
			break;
	}
	if (rc == 0) {
		k = count < max ? count : max;
		for (i = 0; i < k; i++)	/* newest first */
			out[i] = ring[(count - 1 - i) % max];
		*n = k;
	}
	free(ring);
	return rc;
}

/* ---- donors to honour ---------------------------------------------------------- */

/* The row of donor in *rows, made (zeroed) when he has none yet; by
 * holds a donor's index plus 1.  NULL when out of memory. */
static struct store_honour_row *
honour_row(struct store_idsum *by, struct store_honour_row **rows, size_t *n, size_t *cap,
    const char *donor)
{
	int64_t *k = store_idsum_get(by, donor);
	struct store_honour_row *r;

	if (k != NULL)
		return &(*rows)[*k - 1];
	if (*donor == '\0' || strlen(donor) >= CORE_ID_MAX)
		return NULL;
	if (*n == *cap) {
		size_t c = *cap ? *cap * 2 : 64;
		struct store_honour_row *v = realloc(*rows, c * sizeof *v);

		if (v == NULL)
			return NULL;
		*rows = v;
		*cap = c;
	}
	if (store_idsum_set(by, donor, (int64_t)*n + 1) != 0)
		return NULL;
	r = &(*rows)[(*n)++];
	memset(r, 0, sizeof *r);
	memcpy(r->donor, donor, strlen(donor) + 1);
	return r;
}

static int
in_period(const struct core_record *x, int field, int32_t from, int32_t to)
{
	return x->v[field].set && x->v[field].num >= from && x->v[field].num <= to;
}

int
store_honour_gather(struct store_txn *t, int32_t from, int32_t to, const char *except,
    struct store_honour_row **rows, size_t *n)
{
	struct store_idsum by = { 0 };
	struct store_iter *it;
	char id[CORE_ID_MAX];
	size_t cap = 0;
	int rc;

	*rows = NULL;
	*n = 0;
	/* payments: each one in the period adds its share to its pledge's
	 * donor (the pledge read for that one) */
	if ((rc = store_iter_kind(t, CORE_PAYMENT, &it)) == 0) {
		while ((rc = store_iter_next(it, id)) == 0) {
			struct core_record *y, *p;
			struct store_meta m, pm;
			struct store_honour_row *r;
			int64_t share;

			if ((rc = store_get(t, CORE_PAYMENT, id, &y, &m)) != 0)
				break;
			share = in_period(y, CORE_PAYMENT_PAID_ON, from, to) ? store_payment_share(y, &m) : 0;
			if (share > 0 && (rc = store_get(t, CORE_PLEDGE,
			    core_record_text(y, CORE_PAYMENT_PLEDGE), &p, &pm)) == 0) {
				if (!pm.deleted) {
					if ((r = honour_row(&by, rows, n, &cap,
					    core_record_text(p, CORE_PLEDGE_DONOR))) == NULL)
						rc = STORE_ENOMEM;
					else
						r->paid = share > INT64_MAX - r->paid ? INT64_MAX : r->paid + share;
				}
				core_record_free(p);
			}
			core_record_free(y);
			if (rc == STORE_ENOTFOUND)	/* its pledge not stored */
				rc = 0;
			if (rc != 0)
				break;
		}
		store_iter_free(it);
	}
	if (rc != STORE_ENOTFOUND)
		goto out;
	/* non-material pledges in the period */
	if ((rc = store_iter_kind(t, CORE_PLEDGE, &it)) == 0) {
		while ((rc = store_iter_next(it, id)) == 0) {
			struct core_record *p;
			struct store_meta m;
			struct store_honour_row *r;

			if ((rc = store_get(t, CORE_PLEDGE, id, &p, &m)) != 0)
				break;
			if (!m.deleted && p->v[CORE_PLEDGE_TYPE].set &&
			    p->v[CORE_PLEDGE_TYPE].num >= 0 && p->v[CORE_PLEDGE_TYPE].num < CORE_NPTYPES &&
			    !core_ptype_material((int)p->v[CORE_PLEDGE_TYPE].num) &&
			    !(p->v[CORE_PLEDGE_STATUS].set &&
			    p->v[CORE_PLEDGE_STATUS].num == CORE_PLEDGE_CANCELLED) &&
			    in_period(p, CORE_PLEDGE_PLEDGED_ON, from, to)) {
				if ((r = honour_row(&by, rows, n, &cap,
				    core_record_text(p, CORE_PLEDGE_DONOR))) == NULL)
					rc = STORE_ENOMEM;
				else
					r->nonmat++;
			}
			core_record_free(p);
			if (rc != 0)
				break;
		}
		store_iter_free(it);
	}
	if (rc != STORE_ENOTFOUND)
		goto out;
	/* the last ceremony of each donor listed */
	if (*n > 0) {
		if ((rc = store_iter_kind(t, CORE_RECOGNITION, &it)) == 0) {
			while ((rc = store_iter_next(it, id)) == 0) {
				struct core_record *x;
				struct store_meta m;
				char *ids, *tok, *save = NULL;
				int32_t on;

				if (except != NULL && strcmp(id, except) == 0)
					continue;
				if ((rc = store_get(t, CORE_RECOGNITION, id, &x, &m)) != 0)
					break;
				on = (int32_t)x->v[CORE_RECOGNITION_HELD_ON].num;
				ids = m.deleted || !x->v[CORE_RECOGNITION_HELD_ON].set ? NULL :
				    strdup(core_record_text(x, CORE_RECOGNITION_DONORS));
				for (tok = ids ? strtok_r(ids, " ", &save) : NULL; tok;
				    tok = strtok_r(NULL, " ", &save)) {
					int64_t *k = store_idsum_get(&by, tok);

					if (k != NULL && (*rows)[*k - 1].last < on)
						(*rows)[*k - 1].last = on;
				}
				free(ids);
				core_record_free(x);
			}
			store_iter_free(it);
		}
		if (rc != STORE_ENOTFOUND)
			goto out;
	}
	rc = 0;
out:
	store_idsum_free(&by);
	if (rc != 0) {
		free(*rows);
		*rows = NULL;
		*n = 0;
	}
	return rc;
}
