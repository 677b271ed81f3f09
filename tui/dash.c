/*
 * tui/dash.c — the dashboard (SPEC §7): where the programme stands.
 *
 * Three parts, top to bottom:
 *   - needs by county (those neither deleted nor rejected, as in the
 *     report), the counties in the order of their names (tui_county_cmp,
 *     as the county popups list them), those with no need counted last,
 *     with zeros, so none is missing (a clerk has his own county only):
 *     for each county, its number of needs, one bar scaled to the largest estimated cost (received in
 *     full blocks, pledged but not yet received in dark shade, the gap in
 *     light shade: three different characters, so it reads in monochrome;
 *     bar_len), and the county's gap as a number; the money is of the
 *     material needs alone (store_county_stats), the non-material ones
 *     counted under the rows;  A province has more
 *     counties than an 80x24 screen has rows, so the rows scroll under a
 *     selected county, the heading says which rows are shown ("1-6 of
 *     21"), and the lines under the rows give the selected county's
 *     figures in full (estimated cost, pledged, received, gap), which the
 *     bar only shows in proportion;
 *   - the top-ranked needs (TOPSIS with the stored weights, as `hamyar
 *     rank`), with score and gap; Enter opens the selected one, whichever
 *     part has the focus;
 *   - recent activity from the audit log: when, who, what.
 *
 * Up/Down, PgUp/PgDn and Home/End move in the part that has the focus: the
 * counties at first (the top-ranked needs when there is one county, as
 * for a clerk); Tab and Shift-Tab move it to the other part.  The selected
 * row of the focused part is in reverse video, that of the other in bold.
 *
 * Everything is read in one short read transaction when the screen is
 * first drawn and again whenever tui_list_generation changes (any save), so
 * a pledge made from the matching screen shows here as a smaller gap, and
 * when another session, an import or a sync wrote (dash_draw).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/access.h"
#include "core/pledge.h"
#include "locale/catalog.h"
#include "locale/jalali.h"
#include "locale/text.h"
#include "store/stats.h"
#include "store/store.h"
#include "tui/auditscr.h"
#include "tui/identity.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/report.h"
#include "tui/screens.h"

#define DASH_TOP 5
#define DASH_ACT 6
#define DASH_LATE_MAX 64	/* counties with an overdue stage */

struct dash_top {
	char id[CORE_ID_MAX];
	char title[160];
	double score;
	int64_t gap;			/* the gap it was ranked by (SPEC §3:
					   estimated cost less its material
					   pledges, a non-material need's too) */
};

struct dash {
	int loaded;
	unsigned gen;
	uint64_t chg;			/* the change log's last number at load */
	int64_t read_ms;		/* when it was read, and what that took */
	int64_t cost_ms;		/* (tui_reread_due) */
	struct store_county_stats *cs;
	size_t ncs;
	size_t ncounted;		/* rows with a need counted (the first) */
	int rejected_only;		/* no county row, but needs, all rejected */
	int unit_off;			/* ... or some of a unit marked inactive */
	int no_county;			/* a clerk whose user has no county: he
					   reads no need, which is said */
	int64_t total_gap, total_est;
	struct dash_top top[DASH_TOP];
	size_t ntop, nranked;
	char rank_err[600];	/* stored weights the ranking cannot use */
	struct store_activity act[DASH_ACT];
	int short_sum;			/* a county's sums left out a payment or a
					   pledge an index names that is not
					   there (store_sum_short): said at the
					   foot, the figures of what was read
					   shown */
	size_t nact;
	int act_hidden;			/* the user may not read the audit log */
	int sel;			/* selected top-ranked need */
	size_t csel, ctop;		/* selected county row, first row shown */
	size_t cpage;			/* county rows shown at the last draw */
	char selcode[CORE_COUNTY_MAX];	/* the selected county, kept over reloads */
	int focus;			/* DASH_FOCUS_* */
	char error[1200];
	/* the overdue stages of each county that has some (dash_late) */
	struct dash_late {
		char county[CORE_COUNTY_MAX];
		int n;
	} late[DASH_LATE_MAX];
	size_t nlate;
};

enum { DASH_FOCUS_COUNTIES, DASH_FOCUS_TOP };

static const struct tui_fkey dash_keys[] = {
	{ 1, N_("Help"), 0 }, { 3, N_("Need"), 0 }, { 4, N_("Ranking"), 0 }, { 6, N_("Matching"), 0 },
	{ 7, N_("Ceremonies"), 0 }, { 9, N_("Settings"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

static const char dash_help[] = N_(
    "The bars show each county's needs: full blocks what was received,\n"
    "dark shade what is pledged but not yet received, light shade the gap.\n"
    "Up/Down, PgUp/PgDn and Home/End move through the counties, in\n"
    "alphabetical order; the lines under them give the selected one's\n"
    "figures in full.  Every county has a row: those with no need counted\n"
    "come last, zeros.  Rejected and deactivated needs are left out with\n"
    "their pledges, and so are the open needs of a unit marked inactive (a\n"
    "done one counts) and pledges cancelled, deactivated or on no need, as\n"
    "in 'hamyar report'.  The gap counts open needs only: done and rejected\n"
    "needs are not in it.  Amounts are of material needs (space, equipment,\n"
    "costs) only: a non-material need takes no money; such needs are counted,\n"
    "open, open with a pledge, and done, and a county with no other need\n"
    "shows the count of its open ones in place of the bar, \"-\" for its gap.\n"
    "Tab moves to the top-ranked needs and back; Enter opens the selected one.");

/* The counties with a need counted first, then those with none (the rows
 * of zeros add_zero_counties adds), each in the order of their names. */
static int
stats_cmp(const void *a, const void *b)
{
	const struct store_county_stats *x = a, *y = b;

	if ((x->needs == 0) != (y->needs == 0))
		return x->needs == 0 ? 1 : -1;
	return tui_county_cmp(x->county, y->county);
}

/* Selects the county row with code selcode again after a reload (the rows
 * may have changed); the same row number, within the rows, if it is gone. */
static void
reselect(struct dash *d)
{
	size_t i;

	for (i = 0; i < d->ncs; i++)
		if (strcmp(d->cs[i].county, d->selcode) == 0) {
			d->csel = i;
			return;
		}
	if (d->csel >= d->ncs)
		d->csel = d->ncs ? d->ncs - 1 : 0;
	if (d->ncs > 0)
		loc_utf8_copy(d->selcode, sizeof d->selcode, d->cs[d->csel].county);
}

/* Whether there is a need not deleted (in county only, if not NULL) into
 * *any, and whether one of them, not rejected, is an open need of a unit
 * marked inactive (store_need_unit_off) into *unit_off: with no county row, the needs there are are all
 * rejected or of inactive units, and the dashboard says so rather than
 * that none was recorded. */
static int
any_need(struct store_txn *t, const char *only, int *any, int *unit_off)
{
	struct store_iter *it;
	struct core_record *r;
	struct store_meta m;
	char id[CORE_ID_MAX];
	int rc;

	*any = *unit_off = 0;
	if ((rc = store_iter_kind(t, CORE_NEED, &it)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	while (!*unit_off && (rc = store_iter_next(it, id)) == 0) {
		int here;

		if ((rc = store_get(t, CORE_NEED, id, &r, &m)) != 0)
			break;
		here = !m.deleted && (only == NULL ||
		    strcmp(core_record_text(r, CORE_NEED_COUNTY), only) == 0);
		*any |= here;
		*unit_off = here && !(r->v[CORE_NEED_STATUS].set &&
		    r->v[CORE_NEED_STATUS].num == CORE_NEED_REJECTED) &&
		    store_need_unit_off(t, r);
		core_record_free(r);
	}
	store_iter_free(it);
	return rc == STORE_ENOTFOUND ? 0 : rc;
}

/* Adds a row of zeros for every county of the table that has no row (no
 * counted need), so a supervisor sees that a county has none rather than
 * not see it at all; they sort after the others (stats_cmp).  Only when some county has a row: with none, the
 * screen says why in one line (none recorded, all rejected...), which 21
 * rows of zeros would push away. */
static int
add_zero_counties(struct dash *d)
{
	struct store_county_stats *cs;
	size_t n, i, k, have = d->ncs;

	for (n = 0; core_counties_seed[n].code != NULL; n++)
		;
	if ((cs = realloc(d->cs, (d->ncs + n) * sizeof *cs)) == NULL)
		return STORE_ENOMEM;
	d->cs = cs;
	for (k = 0; k < n; k++) {
		for (i = 0; i < have; i++)
			if (strcmp(cs[i].county, core_counties_seed[k].code) == 0)
				break;
		if (i < have)
			continue;
		memset(&cs[d->ncs], 0, sizeof cs[d->ncs]);
		loc_utf8_copy(cs[d->ncs].county, sizeof cs[d->ncs].county,
		    core_counties_seed[k].code);
		d->ncs++;
	}
	return 0;
}

/* Counts, per county, the stages overdue today and still followed, as
 * the stages list's F4 «Overdue only» and the report's overdue stages
 * count them (tui_report_stage_late), of county only if not NULL, into
 * d->late.  Returns 0 or a store code. */
static int
dash_late(struct dash *d, struct store_txn *t, const char *only)
{
	struct store_iter *it;
	char id[CORE_ID_MAX], code[CORE_COUNTY_MAX];
	int32_t today = loc_day_today();
	size_t i;
	int rc;

	d->nlate = 0;
	if ((rc = store_iter_kind(t, CORE_STAGE, &it)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	while ((rc = store_iter_next(it, id)) == 0) {
		struct core_record *r;
		struct store_meta m;
		int late;

		if ((rc = store_get(t, CORE_STAGE, id, &r, &m)) != 0)
			break;
		late = tui_report_stage_late(t, r, m.deleted, today, code, sizeof code);
		core_record_free(r);
		if (!late || (only != NULL && strcmp(only, code) != 0))
			continue;
		for (i = 0; i < d->nlate && strcmp(d->late[i].county, code) != 0; i++)
			;
		if (i == d->nlate) {
			if (d->nlate == DASH_LATE_MAX)
				continue;
			loc_utf8_copy(d->late[i].county, sizeof d->late[i].county, code);
			d->late[i].n = 0;
			d->nlate++;
		}
		d->late[i].n++;
	}
	store_iter_free(it);
	return rc == STORE_ENOTFOUND ? 0 : rc;
}

/* The overdue stages of county code (dash_late). */
static int
late_of(const struct dash *d, const char *code)
{
	size_t i;

	for (i = 0; i < d->nlate; i++)
		if (strcmp(d->late[i].county, code) == 0)
			return d->late[i].n;
	return 0;
}

static void
dash_load(struct dash *d)
{
	struct store_txn *t;
	struct store_rank_data g;
	struct core_weights w;
	struct core_rank_result *res = NULL;
	size_t i, k;
	int rc, bad;
	char cbuf[CORE_COUNTY_MAX];
	const char *only = tui_read_county(cbuf, sizeof cbuf);
	int first = !d->loaded;

	free(d->cs);
	d->cs = NULL;
	d->ncs = d->ntop = d->nact = d->nranked = 0;
	d->total_gap = d->total_est = 0;
	d->error[0] = '\0';
	d->loaded = 1;
	d->gen = tui_list_generation;
	d->read_ms = tui_clock_ms();
	if ((rc = store_read_begin(tui_app.st, &t)) != 0)
		goto fail;
	if (store_change_last(t, &d->chg) != 0)
		d->chg = 0;
	if ((rc = store_stats_counties(t, &d->cs, &d->ncs)) != 0)
		goto fail_txn;
	if (only != NULL) {	/* a clerk sees his own county only */
		for (i = k = 0; i < d->ncs; i++)
			if (strcmp(d->cs[i].county, only) == 0)
				d->cs[k++] = d->cs[i];
		d->ncs = k;
	}
	d->no_county = only != NULL && strcmp(only, TUI_NO_COUNTY) == 0;
	d->rejected_only = d->unit_off = 0;
	if (d->ncs == 0 && (rc = any_need(t, only, &d->rejected_only, &d->unit_off)) != 0)
		goto fail_txn;
	d->ncounted = d->ncs;
	if (d->ncs > 0 && only == NULL && (rc = add_zero_counties(d)) != 0)
		goto fail_txn;
	if (d->ncs > 1)	/* (no county yet: d->cs is NULL, which qsort may not take) */
		qsort(d->cs, d->ncs, sizeof d->cs[0], stats_cmp);
	reselect(d);
	/* with one county row (a clerk's) there is nothing to move through:
	 * the keys start on the top-ranked needs, as they did before */
	if (first)
		d->focus = d->ncs > 1 ? DASH_FOCUS_COUNTIES : DASH_FOCUS_TOP;
	for (i = 0; i < d->ncs; i++) {
		d->total_gap += d->cs[i].gap;
		d->total_est += d->cs[i].estimated;
	}
	d->rank_err[0] = '\0';
	if ((bad = store_rank_weights(t, &w)) >= 0)	/* said, not ranked by others */
		tui_rank_weights_fault(bad, d->rank_err, sizeof d->rank_err);
	if ((rc = store_rank_gather(t, only, loc_day_today(), &g)) != 0)
		goto fail_txn;
	tui_rank_data_digits(&g);
	{
		struct core_actor who;
		struct core_access acc;

		/* recent activity is the audit log: only for those who may read it */
		tui_user_actor(&who);
		d->act_hidden = !core_access_check(&who, CORE_ACCESS_AUDIT, NULL, NULL, &acc);
	}
	if (d->act_hidden ||
	    store_stats_recent(t, (int64_t)time(NULL), d->act, DASH_ACT, &d->nact) != 0)
		d->nact = 0;
	if ((rc = dash_late(d, t, only)) != 0)
		goto fail_txn;
	d->short_sum = store_sum_short(t);
	store_read_end(t);
	if (d->rank_err[0] == '\0' && (res = calloc(g.nitems + 1, sizeof *res)) != NULL &&
	    core_rank(g.items, g.nitems, &w, CORE_RANK_TOPSIS, res) == 0) {
		d->nranked = g.nitems;
		for (i = 0; i < g.nitems && i < DASH_TOP; i++) {
			size_t ni = g.item_need[res[i].item];

			loc_utf8_copy(d->top[i].id, sizeof d->top[i].id, g.needs[ni].id);
			loc_utf8_copy(d->top[i].title, sizeof d->top[i].title, g.titles[ni]);
			d->top[i].score = res[i].score;
			d->top[i].gap = g.needs[ni].gap;
			d->ntop++;
		}
	}
	free(res);
	store_rank_data_free(&g);
	if (d->sel >= (int)d->ntop)
		d->sel = d->ntop ? (int)d->ntop - 1 : 0;
	d->cost_ms = tui_clock_ms() - d->read_ms;
	return;
fail_txn:
	store_read_end(t);
fail:
	tui_read_failed(rc, d->error, sizeof d->error);
}

/* What was done to a record, as a sentence of the catalog with the kind
 * and the id in it: Persian puts the verb last ("پرداخت TBZ-27 را
 * افزود"), which words joined in English order could not. */
static const char *
record_action(enum store_action a)
{
	switch (a) {
	case STORE_ACT_CREATE: return _("added %s %s");
	case STORE_ACT_UPDATE: return _("changed %s %s");
	case STORE_ACT_DEACTIVATE: return _("deactivated %s %s");
	case STORE_ACT_SYNC: return _("synced %s %s");
	case STORE_ACT_RESOLVE: return _("conflict resolved: %s %s");
	case STORE_ACT_RESTORE: return _("made %s %s active again");
	case STORE_ACT_SETTING: break;	/* not on a record */
	case STORE_ACT_DB_RESTORE: break;
	}
	return "%s %s";
}

static const char *
action_label(enum store_action a)
{
	switch (a) {
	case STORE_ACT_CREATE: return _("added");
	case STORE_ACT_UPDATE: return _("changed");
	case STORE_ACT_DEACTIVATE: return _("deactivated");
	case STORE_ACT_SYNC: return _("synced");
	case STORE_ACT_SETTING: return _("setting");
	case STORE_ACT_RESOLVE: return _("conflict resolved");
	case STORE_ACT_RESTORE: return _("made active again");
	case STORE_ACT_DB_RESTORE: return _("database restored from a backup");
	}
	return "";
}

/* Columns of the county rows and their headings; the bar takes the rest
 * of the row before the gap, however wide the terminal (a wider bar shows
 * smaller differences between counties), up to DASH_BAR_MAX cells: past
 * that the gap column takes the rest.  The gap column is DASH_GAP_W cells,
 * or as wide as the widest gap shown (amounts up to 10^15 a need). */
enum { DASH_COUNTY_W = 12, DASH_NEEDS_W = 6, DASH_GAP_W = 18, DASH_BAR_MAX = 200,
	DASH_BAR_LEAST = 4 };

/* The gap column of the top-ranked needs: at least so wide. */
#define DASH_TOP_GAP_W 18

/* The most lines the figures of one county take: three, where they fit
 * (at 64 and 80 columns), a fourth or fifth on a narrow terminal
 * (detail_lines). */
#define DASH_DETAIL_MAX 5

/* The county rows the blank line over recent activity gives way for
 * where the figures take more than three lines (dash_draw). */
#define DASH_ROWS_LEAST 5

/* Joins parts[0..nparts), but skip (-1: none), into lines of at most w
 * columns, breaking only between parts, at most max of them: the parts
 * from the first that does not fit on are left out, *cropped then set to
 * its index (else nparts).  Returns the number of lines. */
static int
join_parts(char part[][160], int nparts, int skip, int w, int max, char line[][400],
    int *cropped)
{
	int k, n = 0;

	*cropped = nparts;
	line[0][0] = '\0';
	for (k = 0; k < nparts; k++) {
		char joined[400];
		int len;

		if (k == skip)
			continue;
		len = snprintf(joined, sizeof joined, "%s%s%s", line[n],
		    line[n][0] ? "  " : "", part[k]);
		if (line[n][0] != '\0' && (len >= (int)sizeof joined || tui_text_width(joined) > w)) {
			if (n + 1 == max) {
				*cropped = k;
				break;
			}
			strcpy(line[++n], part[k]);	/* 160 bytes into 400 */
		} else {
			memcpy(line[n], joined, sizeof joined);
		}
	}
	return n + 1;
}

/* Lays out county c's figures in full ("Tabriz:  Estimated cost: ...
 * pledged: ...  received: ...  gap: ... rials") in lines of at most w
 * columns, breaking only between figures, into line[0..DASH_DETAIL_MAX).
 * Where they do not all fit three lines (64 columns in English, 50 and
 * 40), the gap, which the county's row shows in its gap column, is left
 * out and the count of overdue stages, a supervisor's figure, goes before
 * the non-material needs' count; then a fourth line is taken, a fifth
 * at 40 columns: both counts stay (before, three lines of amounts left
 * the non-material count out at 50 and 40 columns; the overdue stages
 * were left out at 50, 40 and 64 in English).  Returns the number of
 * lines. */
static int
detail_lines(const struct dash *d, const struct store_county_stats *c, int w, char line[][400])
{
	char part[7][160], num[64], n1[32], n2[32], n3[32];
	const char *label[4] = { _("estimated cost"), _("pledged"), _("received"), _("gap") };
	int64_t fig[4] = { c->estimated, c->pledged, c->received, c->gap };
	int k, n, nparts = 5, cropped, max, nm = -1;
	char nm_short[160] = "";
	/* a county whose needs are all non-material: «-» for its amounts,
	 * as its row's gap and the report's tables (before, «کسری: ۰ ریال»
	 * under a row whose gap said «-») */
	int nm_only = c->needs > 0 && c->nm_open + c->nm_done >= c->needs;

	snprintf(part[0], sizeof part[0], "%s:", c->county[0] ? tui_county_name(c->county) : "-");
	for (k = 0; k < 4; k++)
		snprintf(part[k + 1], sizeof part[k + 1], "%s: %s", label[k],
		    nm_only ? "-" : tui_fmt_amount(fig[k], k == 3, num, sizeof num));
	/* the non-material needs, counted: the amounts are the material
	 * needs' (store_county_stats) */
	if (c->nm_open + c->nm_done > 0) {
		snprintf(part[nparts++], sizeof part[0], _("non-material: %s open (%s with a pledge), %s done"),
		    tui_fmt_int((int64_t)c->nm_open, n1, sizeof n1),
		    tui_fmt_int((int64_t)c->nm_pledged, n2, sizeof n2),
		    tui_fmt_int((int64_t)c->nm_done, n3, sizeof n3));
		/* ... without the pledged ones where that is wider than
		 * the line (at 40 columns it was cut inside «انجام‌شده»),
		 * or where that keeps the figures to fewer lines (below) */
		snprintf(nm_short, sizeof nm_short, _("non-material: %s open, %s done"),
		    tui_fmt_int((int64_t)c->nm_open, n1, sizeof n1),
		    tui_fmt_int((int64_t)c->nm_done, n3, sizeof n3));
		if (tui_text_width(part[5]) > w)
			memcpy(part[5], nm_short, sizeof nm_short);
	}
	/* how many of its stages are overdue, as the stages list's F4
	 * «Overdue only» and the report count them */
	snprintf(part[nparts++], sizeof part[0], "%s: %s", _("overdue stages"),
	    tui_fmt_int(late_of(d, c->county), num, sizeof num));
	/* (part 4 is the gap, 5 the non-material count where there is
	 * one, the overdue stages last) */
	n = join_parts(part, nparts, -1, w, 3, line, &cropped);
	if (cropped == nparts)
		return n;
	if (nparts == 7) {	/* the overdue stages before the count */
		char t[160];

		memcpy(t, part[6], sizeof t);
		memcpy(part[6], part[5], sizeof t);
		memcpy(part[5], t, sizeof t);
		nm = 6;
	}
	/* in as few lines as hold them, the non-material count short
	 * where that saves a line (64 columns in English) */
	for (max = 3; max <= DASH_DETAIL_MAX; max++) {
		char full[160];

		n = join_parts(part, nparts, 4, w, max, line, &cropped);
		if (cropped == nparts)
			return n;
		if (nm < 0 || strcmp(part[nm], nm_short) == 0)
			continue;
		memcpy(full, part[nm], sizeof full);
		memcpy(part[nm], nm_short, sizeof nm_short);
		n = join_parts(part, nparts, 4, w, max, line, &cropped);
		if (cropped == nparts)
			return n;
		memcpy(part[nm], full, sizeof full);
	}
	return join_parts(part, nparts, 4, w, DASH_DETAIL_MAX, line, &cropped);
}

/* The lines the figures take for the county that needs the most, so the
 * rows do not jump as the selection moves. */
static int
detail_rows(const struct dash *d, int w)
{
	char line[DASH_DETAIL_MAX][400];
	size_t i;
	int most = 0, n;

	for (i = 0; i < d->ncs; i++)
		if ((n = detail_lines(d, &d->cs[i], w, line)) > most)
			most = n;
	return most;
}

/* What a county's bar spans: its pledges, then its gap (the light shade,
 * the sum of its needs' gaps as in the gap column).  That is its estimated
 * cost, or more where a need is pledged beyond its estimate: the surplus
 * does not fill another need's gap, so the estimate less the pledges
 * would draw the gap short. */
static int64_t
bar_len(const struct store_county_stats *c)
{
	int64_t n = c->pledged + c->gap;

	return n > c->estimated ? n : c->estimated;
}

/* The bar's legend into buf (size n), made to fit w columns whole: cut at
 * its end, it read «░ کس…» at 70 columns, a word of no use.  The entries
 * close up first (one space between them), then the received part goes
 * (it is a part of the pledged one, told apart by its darker shade). */
static void
legend(int w, char *buf, size_t n)
{
	snprintf(buf, n, "\xe2\x96\x88 %s  \xe2\x96\x93 %s  \xe2\x96\x91 %s",
	    _("received"), _("pledged"), _("gap"));
	if (tui_text_width(buf) <= w)
		return;
	snprintf(buf, n, "\xe2\x96\x88 %s \xe2\x96\x93 %s \xe2\x96\x91 %s",
	    _("received"), _("pledged"), _("gap"));
	if (tui_text_width(buf) <= w)
		return;
	snprintf(buf, n, "\xe2\x96\x93 %s \xe2\x96\x91 %s", _("pledged"), _("gap"));
	/* narrower still (50 columns): no legend rather than «▓ تعهدشد…»;
	 * F1 says what the shades are */
	if (tui_text_width(buf) > w)
		buf[0] = '\0';
}

static void
draw_counties(struct dash *d, int y, int nrows, int ndetail)
{
	int64_t max = 1;
	size_t i;
	int w = COLS - 2, barw, k, gapw = DASH_GAP_W;
	char num[64], bar[3 * DASH_BAR_MAX + 1], gap[64], line[200], range[96];
	char detail[DASH_DETAIL_MAX][400];

	for (i = 0; i < d->ncs; i++) {
		if (bar_len(&d->cs[i]) > max)
			max = bar_len(&d->cs[i]);
		/* a gap wider than its column (hundreds of trillions of rials)
		 * would be cut to a smaller-looking figure: the bar gives way */
		if ((k = tui_text_width(tui_fmt_amount(d->cs[i].gap, 0, gap, sizeof gap))) > gapw)
			gapw = k;
	}
	/* keep the selected row in the rows shown, and no empty rows under
	 * the last county */
	tui_sel_keep(d->csel, &d->ctop, d->ncs, (size_t)nrows);
	d->cpage = (size_t)nrows;

	/* rows are hidden: which are shown */
	tui_fmt_range(d->ctop, (size_t)nrows, d->ncs, range, sizeof range);
	{
		int rw = range[0] ? tui_text_width(range) : 0;
		int k2;

		/* the heading with the total gap; on a narrow window (64
		 * columns) the label is shortened, then the unit dropped,
		 * before the figure is cut: before, «(material gap:
		 * 74,969,000,000 ria…)» and, in Persian, «(کسری مادی:…» with
		 * no number at all */
		for (k2 = 0; k2 < 3; k2++) {
			snprintf(line, sizeof line, "%s  (%s %s)", _("Needs by county"),
			    k2 == 0 ? _("material gap:") : _("gap:"),
			    tui_fmt_amount(d->total_gap, k2 < 2, gap, sizeof gap));
			if (tui_text_width(line) <= (rw ? w - rw - 1 : w))
				break;
		}
		/* at 50 and 40 columns not even the figure fits: the
		 * heading alone, whole, rather than «(کسری:…)» */
		if (k2 == 3)
			loc_utf8_copy(line, sizeof line, _("Needs by county"));
		struct tui_col head[2] = {
			{ rw ? w - rw - 1 : 0, line, 0 }, { 0, range, 0 },
		};

		tui_cols_draw(y, 1, w, head, rw ? 2 : 1, A_BOLD);
	}
	barw = w - DASH_COUNTY_W - DASH_NEEDS_W - gapw - 3;
	if (barw > DASH_BAR_MAX)
		barw = DASH_BAR_MAX;
	/* a bar of a cell or two (40 columns) tells nothing and left its
	 * heading «…»: the column leaves, the gap column taking its place */
	if (barw < DASH_BAR_LEAST)
		barw = 0;
	/* column headings, the bar's legend in its column: characters that
	 * read in monochrome */
	legend(barw, line, sizeof line);
	{
		struct tui_col head[4] = {
			{ DASH_COUNTY_W, _("County"), 0 }, { DASH_NEEDS_W, _("Needs"), 0 },
			{ barw, line, 0 },
			{ 0, _("Gap"), 0 },
		};

		if (barw == 0)
			head[2] = head[3];
		tui_cols_draw(y + 1, 1, w, head, barw ? 4 : 3, A_DIM);
	}
	for (i = d->ctop; i < d->ncs && i < d->ctop + (size_t)nrows; i++) {
		const struct store_county_stats *c = &d->cs[i];
		int64_t rec = c->received < c->pledged ? c->received : c->pledged;
		/* a county whose needs are all non-material has no money to
		 * draw: an empty bar and a gap of 0 read as nothing needed
		 * there.  Its open non-material needs are counted in the
		 * bar's place instead, and its gap is "-", as a non-material
		 * need's is among the top-ranked */
		int nm_only = c->needs > 0 && c->nm_open + c->nm_done >= c->needs;
		char nm[200], n1[32];
		struct tui_col cols[4] = {
			{ DASH_COUNTY_W, c->county[0] ? tui_county_name(c->county) : "-", 0 },
			{ DASH_NEEDS_W, tui_fmt_int((int64_t)c->needs, num, sizeof num), 0 },
			{ barw, tui_bar(rec, c->pledged - rec, c->gap, max, barw, bar, sizeof bar), 0 },
			{ 0, tui_fmt_amount(c->gap, 0, gap, sizeof gap), 1 },
		};
		attr_t attr = A_NORMAL;

		if (nm_only) {
			snprintf(nm, sizeof nm, _("non-material needs only (%s open)"),
			    tui_fmt_int((int64_t)c->nm_open, n1, sizeof n1));
			/* a narrow bar (64 columns): short, its count whole */
			if (tui_text_width(nm) > barw)
				snprintf(nm, sizeof nm, _("non-material (%s open)"), n1);
			cols[2].s = nm;
			cols[3].s = "-";
		}

		if (i == d->csel)
			attr = d->focus == DASH_FOCUS_COUNTIES ? A_REVERSE : A_BOLD;
		if (barw == 0)
			cols[2] = cols[3];
		tui_cols_draw(y + 2 + (int)(i - d->ctop), 1, w, cols, barw ? 4 : 3, attr);
	}
	if (d->ncs == 0 && d->no_county) {
		/* not "no needs yet": why he sees none, as the lists say it */
		tui_draw_wrapped(y + 2, 1, w, nrows, _(tui_no_county_listed), A_BOLD);
		return;
	}
	if (d->ncs == 0) {
		tui_draw_ui(y + 2, 1, w, d->unit_off ?
		    _("No needs to show: the needs recorded are rejected or of units marked inactive.") :
		    d->rejected_only ?
		    _("No needs to show: the needs recorded are all rejected.") :
		    _("No needs recorded yet."), A_DIM);
		return;
	}
	k = detail_lines(d, &d->cs[d->csel], w, detail);
	for (i = 0; i < (size_t)ndetail; i++)
		tui_draw_ui(y + 2 + nrows + (int)i, 1, w, (int)i < k ? detail[i] : "", A_NORMAL);
}

static void
draw_top(struct dash *d, int y, int nrows)
{
	int w = COLS - 2, gapw = 0, k, idw, idmax = 0, scw = 7;
	size_t i;
	char line[200], n1[32], n2[32], sc[32], gap[64];

	/* the gap column as wide as its widest figure: cut, a gap of
	 * 123,456,789,012,345 would read as 123,456,789,012,3 */
	for (i = 0; i < d->ntop && (int)i < nrows; i++) {
		if ((k = tui_text_width(tui_fmt_amount(d->top[i].gap, 0, gap, sizeof gap))) > gapw)
			gapw = k;
		if ((int)strlen(d->top[i].id) > idmax)
			idmax = (int)strlen(d->top[i].id);
	}
	/* the id column as wide as the longest id shown (a station code has
	 * up to 8 letters: MARAGHEH-10045, not MARAGHEH-…), and the gap's
	 * 18 cells at the least, so that the columns stand where they did;
	 * where that would leave the title under 12 cells (40 columns: it
	 * had none, a row of figures no clerk could tell apart), the
	 * columns as wide as what they hold, and then the score left out
	 * (the ranking, F4, shows it) */
	idw = idmax > 10 ? idmax : 10;
	if (gapw < DASH_TOP_GAP_W && w - (3 + idw + scw + DASH_TOP_GAP_W + 4) >= 12)
		gapw = DASH_TOP_GAP_W;
	else if (w - (3 + idw + scw + gapw + 4) < 12) {
		idw = idmax;
		if (w - (3 + idw + scw + gapw + 4) < 12)
			scw = 0;
	}

	snprintf(line, sizeof line, "%s (%s %s)", _("Top-ranked needs"),
	    tui_fmt_int((int64_t)d->nranked, n1, sizeof n1), _("ranked"));
	if (d->focus != DASH_FOCUS_TOP && d->ntop > 0) {
		/* how to get there, now that Up/Down move in the counties */
		const char *hint = _("Tab selects one");
		int hw = tui_text_width(hint);
		struct tui_col head[2] = { { w - hw - 1, line, 0 }, { 0, hint, 0 } };

		tui_cols_draw(y, 1, w, head, 2, A_BOLD);
	} else {
		tui_draw_ui(y, 1, w, line, A_BOLD);
	}
	for (i = 0; i < d->ntop && (int)i < nrows; i++) {
		/* a long title cut in its middle, as the lists and the
		 * ranking cut it: its end names the county and the post
		 * («… کلانتری ۱۶ ملکان»), which a cut at the end lost; in
		 * under 20 cells (50 columns) its first words, its middle
		 * cut leaving pieces of two words there («حما…یس») */
		char cut[600];
		int tw = w - (3 + idw + scw + gapw + (scw ? 4 : 3));
		struct tui_col cols[5] = {
			{ 3, tui_fmt_int((int64_t)i + 1, n2, sizeof n2), 0 },
			{ idw, d->top[i].id, 1 },
			{ scw, tui_fmt_fixed(d->top[i].score, 4, sc, sizeof sc), 0 },
			/* the gap the ranking scored, a non-material need's
			 * too (SPEC §3, §8: its estimated cost less its
			 * material pledges): before, "-" for one, beside
			 * its rank and score that the gap had made */
			{ gapw, tui_fmt_amount(d->top[i].gap, 0, gap, sizeof gap), 1 },
			{ 0, tw < 20 ? tui_fit_words(d->top[i].title, tw, cut, sizeof cut) :
			    tui_fit_middle(d->top[i].title, tw, cut, sizeof cut), 0 },
		};

		if (scw == 0)	/* the score left out: the gap and title on */
			memmove(&cols[2], &cols[3], 2 * sizeof cols[0]);
		tui_cols_draw(y + 1 + (int)i, 1, w, cols, scw ? 5 : 4, (int)i != d->sel ? A_NORMAL :
		    d->focus == DASH_FOCUS_TOP ? A_REVERSE : A_BOLD);
	}
	if (d->rank_err[0])
		tui_draw_wrapped(y + 1, 1, w, nrows, d->rank_err, tui_attr_error());
	else if (d->ntop == 0)
		tui_draw_ui(y + 1, 1, w, _("No open needs with a gap."), A_DIM);
}

static void
draw_activity(struct dash *d, int y, int nrows)
{
	int w = COLS - 2, ww = 17, uw = 12, k;
	size_t i;
	char when[64], what[120];

	/* where the action would get under 20 cells (40 columns: one word,
	 * «تجلیل…»), the time and user columns as wide as what they hold */
	if (w - ww - uw - 2 < 20) {
		for (ww = uw = 1, i = 0; i < d->nact && (int)i < nrows; i++) {
			if ((k = tui_text_width(tui_fmt_when(d->act[i].time, 0, when, sizeof when))) > ww)
				ww = k;
			if ((k = tui_text_width(d->act[i].user)) > uw)
				uw = k;
		}
		ww = ww > 17 ? 17 : ww;
		uw = uw > 12 ? 12 : uw;
	}
	tui_draw_ui(y, 1, w, _("Recent activity"), A_BOLD);
	for (i = 0; i < d->nact && (int)i < nrows; i++) {
		const struct store_activity *a = &d->act[i];

		tui_fmt_when(a->time, 0, when, sizeof when);
		if (a->kind < CORE_NKINDS)
			snprintf(what, sizeof what, record_action(a->action),
			    _(core_schema_get(a->kind)->label), a->id);
		else if (a->action == STORE_ACT_DB_RESTORE)
			snprintf(what, sizeof what, "%s", action_label(a->action));
		else {
			char setting[120];

			snprintf(what, sizeof what, "%s: %s", action_label(a->action),
			    a->kind >= CORE_NKINDS ?
			    tui_setting_label(a->id, setting, sizeof setting) : a->id);
		}
		{
			struct tui_col cols[3] = {
				{ ww, when, 0 }, { uw, a->user, 0 }, { 0, what, 0 },
			};

			tui_cols_draw(y + 1 + (int)i, 1, w, cols, 3, A_NORMAL);
		}
	}
	if (d->act_hidden)	/* wrapped: in Persian it is longer than 80 */
		tui_draw_wrapped(y + 1, 1, w, nrows > 0 ? nrows : 1,
		    _("Shown to those who may read the audit log."), A_DIM);
	else if (d->nact == 0)
		tui_draw_ui(y + 1, 1, w, _("Nothing yet."), A_DIM);
}

static void
dash_draw(struct tui_screen *s, int top, int rows)
{
	struct dash *d = s->data;
	int ncounty, nact, ndetail, ntop, blank;

	/* Read again after a save in this session, and after a write by
	 * another session, an import or a sync (the change log's last
	 * number, one key), at most every two seconds for those: a clerk's
	 * dashboard left open showed the needs imported meanwhile only once
	 * he left it and came back.  A long import writing all the while
	 * does not keep it reading: it looks as tui_reread_due says, not
	 * while keys come and at most a quarter of the time reading (before,
	 * every two seconds: on 20,000 needs a key waited up to 0.9 s while
	 * another session saved). */
	/* move notes come meanwhile (tui_moves_poll): said under recent
	 * activity, as those read at the start */
	(void)tui_moves_poll();
	if (!d->loaded || d->gen != tui_list_generation)
		dash_load(d);
	else if (d->error[0] == '\0' && tui_reread_due(d->read_ms, d->cost_ms)) {
		if (tui_change_last() != d->chg) {
			dash_load(d);
			tui_reread_note("dash", "read", d->chg);
		} else
			d->read_ms = tui_clock_ms();	/* (looked: one key) */
	}
	if (d->error[0]) {
		/* wrapped: its end says what to do (quit and start again) */
		tui_draw_wrapped(top + 1, 1, COLS - 2, rows > 2 ? rows - 2 : 1, d->error,
		    tui_attr_error());
		return;
	}
	/* rows: county header + legend + counties + the selected county's
	 * figures, top header + 5, blank (not always, below), activity
	 * header + at least 2.  No
	 * blank line under the figures: the top header, in bold, parts them
	 * from it, and at 80x24 that line is a county row more */
	/* sums read short (a damaged database): said at the screen's
	 * foot, where the rows for the rest leave room */
	if (d->short_sum)
		rows -= tui_draw_short_sums(top, rows, COLS - 2, 15);
	nact = 2;
	ndetail = detail_rows(d, COLS - 2);
	/* the top-ranked needs take the rows they have (one for "no open
	 * needs"; all five for an error, wrapped): with fewer than five
	 * ranked (a clerk's county), the rest went blank between them and
	 * recent activity; now recent activity (or the notes under it)
	 * has them, and what it leaves is at the screen's foot */
	ntop = d->rank_err[0] ? DASH_TOP : d->ntop ? (int)d->ntop : 1;
	if (ntop > DASH_TOP)
		ntop = DASH_TOP;
	ncounty = rows - 2 - ndetail - (1 + DASH_TOP) - 1 - (1 + nact);
	/* The figures' fourth and fifth lines (40 columns: each of their
	 * labels, whole, is too wide to share a line with another figure)
	 * take the blank line over recent activity, whose heading, in
	 * bold, parts it from the top-ranked needs as theirs does from the
	 * figures, where it would leave fewer than DASH_ROWS_LEAST county
	 * rows and more counties than rows (not a clerk's one county): at
	 * 40x24 five, as at 80, 64 and 50 columns there are six; before,
	 * four */
	blank = 1;
	if (ndetail > 3 && ncounty < DASH_ROWS_LEAST && (int)d->ncs > ncounty) {
		blank = 0;
		ncounty++;
	}
	if (ncounty < 1)
		ncounty = 1;
	if ((int)d->ncs < ncounty) {
		/* none: one line for "no needs", three for why a clerk
		 * with no county has none */
		int none = d->no_county ? 3 : 1;

		if (none > ncounty)
			none = ncounty;
		nact += ncounty - (d->ncs ? (int)d->ncs : none);
		ncounty = d->ncs ? (int)d->ncs : none;
	} else if ((int)d->ncounted < ncounty) {
		/* the rows of zeros take no room from recent activity beyond
		 * its two rows: they are there to scroll to, the heading says
		 * how many there are */
		int want = ncounty - (DASH_ACT - nact);

		if (want < (int)d->ncounted)
			want = (int)d->ncounted;
		if (want < 1)
			want = 1;
		nact += ncounty - want;
		ncounty = want;
	}
	nact += DASH_TOP - ntop;
	if (nact > DASH_ACT)
		nact = DASH_ACT;
	draw_counties(d, top, ncounty, ndetail);
	draw_top(d, top + 2 + ncounty + ndetail, ntop);
	if (tui_moves_count() > 0) {
		/* a clerk told on the main menu of units or needs moved into
		 * or out of his county is told here too, where he may go
		 * straight on: under at most two rows of recent activity (a
		 * clerk has one, that he may not read it), to the screen's
		 * last row */
		int y = top + 2 + ncounty + ndetail + 1 + ntop + blank;

		if (nact > 2)
			nact = 2;
		draw_activity(d, y, nact);
		tui_moves_draw(y + 1 + (d->act_hidden || d->nact == 0 ? 1 :
		    (int)d->nact < nact ? (int)d->nact : nact), top + rows - 1);
		return;
	}
	draw_activity(d, top + 2 + ncounty + ndetail + 1 + ntop + blank, nact);
}

static void
open_need(const char *id)
{
	struct tui_screen *n = tui_need_new(id);

	if (n != NULL)
		tui_screen_push(n);
}

static enum tui_result
dash_event(struct tui_screen *s, int key)
{
	struct dash *d = s->data;
	struct tui_screen *n = NULL;
	char id[CORE_ID_MAX];
	int act;

	if (key == TUI_KEY_F(3)) {
		if (tui_list_pick(CORE_NEED, id))
			open_need(id);
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(4))
		n = tui_rank_new();
	else if (key == TUI_KEY_F(6))
		n = tui_match_ask();
	else if (key == TUI_KEY_F(7))
		n = tui_recog_new();
	else if (key == TUI_KEY_F(9))
		n = tui_settings_new();
	if (n != NULL) {
		tui_screen_push(n);
		return TUI_HANDLED;
	}
	if (key >= TUI_KEY_F(1) && key <= TUI_KEY_F(12) && key != TUI_KEY_F(10) &&
	    key != TUI_KEY_F(1))
		return TUI_HANDLED;
	act = tui_key_action(key);
	if (d->focus == DASH_FOCUS_COUNTIES &&
	    tui_sel_move(act, &d->csel, d->ncs, d->cpage > 0 ? d->cpage : 1)) {
		/* a page key turns the page: the rows move with the selection
		 * (the draw keeps them in range) */
		if (act == TUI_ACT_PGDN)
			d->ctop += d->cpage;
		else if (act == TUI_ACT_PGUP)
			d->ctop = d->ctop > d->cpage ? d->ctop - d->cpage : 0;
		if (d->csel < d->ncs)
			loc_utf8_copy(d->selcode, sizeof d->selcode, d->cs[d->csel].county);
		return TUI_HANDLED;
	}
	if (d->focus == DASH_FOCUS_TOP) {
		size_t sel = (size_t)d->sel;

		if (tui_sel_move(act, &sel, d->ntop, DASH_TOP)) {
			d->sel = (int)sel;
			return TUI_HANDLED;
		}
	}
	switch (act) {
	case TUI_ACT_NEXT:
	case TUI_ACT_PREV:
		d->focus = d->focus == DASH_FOCUS_TOP ? DASH_FOCUS_COUNTIES : DASH_FOCUS_TOP;
		return TUI_HANDLED;
	case TUI_ACT_OPEN:
		/* the counties open nothing: Enter opens the selected need (in
		 * bold) from either part, as it did before the counties moved */
		if (d->ntop > 0)
			open_need(d->top[d->sel].id);
		return TUI_HANDLED;
	case TUI_ACT_BACK:
		return TUI_CLOSE;
	default:
		return TUI_IGNORED;
	}
}

static void
dash_destroy(struct tui_screen *s)
{
	struct dash *d = s->data;

	free(d->cs);
	tui_screen_free(s);
}

struct tui_screen *
tui_dashboard_new(void)
{
	struct tui_screen *s = tui_screen_make(_("Dashboard"), sizeof(struct dash), dash_keys,
	    dash_help);

	if (s == NULL)
		return NULL;
	s->draw = dash_draw;
	s->event = dash_event;
	s->destroy = dash_destroy;
	return s;
}
