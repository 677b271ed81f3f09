/*
 * tui/dash.c — the dashboard (SPEC §7): where the programme stands.
 *
 * Three parts, top to bottom:
 *   - needs by county (those neither deleted nor rejected, as in the
 *     report): for each county, its number of needs, one bar
 *     scaled to the largest estimated cost (received in full blocks, pledged
 *     but not yet received in dark shade, the rest of the cost in light
 *     shade: three different characters, so it reads in monochrome), and
 *     the county's gap as a number;
 *   - the top-ranked needs (TOPSIS with the stored weights, as `hamyar
 *     rank`), with score and gap; Up/Down selects one, Enter opens it;
 *   - recent activity from the audit log: when, who, what.
 *
 * Everything is read in one short read transaction when the screen is
 * first drawn and again whenever tui_list_generation changes (any save), so
 * a pledge made from the matching screen shows here as a smaller gap.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/access.h"
#include "locale/catalog.h"
#include "locale/jalali.h"
#include "store/stats.h"
#include "store/store.h"
#include "tui/identity.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/screens.h"

#define DASH_TOP 5
#define DASH_ACT 6

struct dash_top {
	char id[CORE_ID_MAX];
	char title[160];
	double score;
	int64_t gap;
};

struct dash {
	int loaded;
	unsigned gen;
	struct store_county_stats *cs;
	size_t ncs;
	int64_t total_gap, total_est;
	struct dash_top top[DASH_TOP];
	size_t ntop, nranked;
	struct store_activity act[DASH_ACT];
	size_t nact;
	int act_hidden;			/* the user may not read the audit log */
	int sel;
	char error[200];
};

static const struct tui_fkey dash_keys[] = {
	{ 1, N_("Help") }, { 3, N_("Need") }, { 4, N_("Ranking") }, { 6, N_("Matching") },
	{ 7, N_("Ceremonies") }, { 9, N_("Settings") }, { 10, N_("Back") }, { 0, NULL }
};

static const char dash_help[] = N_(
    "The bars show each county's needs: full blocks what was received,\n"
    "dark shade what is pledged but not yet received, light shade the gap.\n"
    "Up/Down and Enter open one of the top-ranked needs.\n"
    "F3 opens any need, F4 the ranking and weights, F6 matching,\n"
    "F7 ceremonies and thank-you letters, F9 settings, F10 back.");

static void
dash_load(struct dash *d)
{
	struct store_txn *t;
	struct store_rank_data g;
	struct core_weights w;
	struct core_rank_result *res = NULL;
	size_t i, k;
	int rc;
	char cbuf[CORE_COUNTY_MAX];
	const char *only = tui_read_county(cbuf, sizeof cbuf);

	free(d->cs);
	d->cs = NULL;
	d->ncs = d->ntop = d->nact = d->nranked = 0;
	d->total_gap = d->total_est = 0;
	d->error[0] = '\0';
	d->loaded = 1;
	d->gen = tui_list_generation;
	if ((rc = store_read_begin(tui_app.st, &t)) != 0)
		goto fail;
	if ((rc = store_stats_counties(t, &d->cs, &d->ncs)) != 0)
		goto fail_txn;
	if (only != NULL) {	/* a clerk sees his own county only */
		for (i = k = 0; i < d->ncs; i++)
			if (strcmp(d->cs[i].county, only) == 0)
				d->cs[k++] = d->cs[i];
		d->ncs = k;
	}
	for (i = 0; i < d->ncs; i++) {
		d->total_gap += d->cs[i].gap;
		d->total_est += d->cs[i].estimated;
	}
	store_rank_weights(t, &w);
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
	store_read_end(t);
	if ((res = calloc(g.nitems + 1, sizeof *res)) != NULL &&
	    core_rank(g.items, g.nitems, &w, CORE_RANK_TOPSIS, res) == 0) {
		d->nranked = g.nitems;
		for (i = 0; i < g.nitems && i < DASH_TOP; i++) {
			size_t ni = g.item_need[res[i].item];

			snprintf(d->top[i].id, sizeof d->top[i].id, "%s", g.needs[ni].id);
			snprintf(d->top[i].title, sizeof d->top[i].title, "%s", g.titles[ni]);
			d->top[i].score = res[i].score;
			d->top[i].gap = g.needs[ni].gap;
			d->ntop++;
		}
	}
	free(res);
	store_rank_data_free(&g);
	if (d->sel >= (int)d->ntop)
		d->sel = d->ntop ? (int)d->ntop - 1 : 0;
	return;
fail_txn:
	store_read_end(t);
fail:
	snprintf(d->error, sizeof d->error, "%s %s", _("Cannot read the database:"), tui_store_strerror(rc));
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
	}
	return "";
}

/* Columns of the county rows and their headings; the bar takes the rest
 * (at most 40) before the gap. */
enum { DASH_COUNTY_W = 12, DASH_NEEDS_W = 6, DASH_GAP_W = 18 };

static void
draw_counties(struct dash *d, int y, int nrows)
{
	int64_t max = 1;
	size_t i;
	int w = COLS - 2, barw;
	char num[64], bar[400], gap[64], line[200];

	for (i = 0; i < d->ncs; i++)
		if (d->cs[i].estimated > max)
			max = d->cs[i].estimated;
	snprintf(line, sizeof line, "%s  (%s %s)", _("Needs by county"), _("total gap:"),
	    tui_fmt_amount(d->total_gap, 1, gap, sizeof gap));
	tui_draw_ui(y, 1, w, line, A_BOLD);
	barw = w - DASH_COUNTY_W - DASH_NEEDS_W - DASH_GAP_W - 3;
	if (barw > 40)
		barw = 40;
	/* column headings, the bar's legend in its column: characters that
	 * read in monochrome */
	snprintf(line, sizeof line, "\xe2\x96\x88 %s  \xe2\x96\x93 %s  \xe2\x96\x91 %s",
	    _("received"), _("pledged"), _("gap"));
	{
		struct tui_col head[4] = {
			{ DASH_COUNTY_W, _("County"), 0 }, { DASH_NEEDS_W, _("Needs"), 0 },
			{ barw, line, 0 },
			{ 0, _("Gap"), 0 },
		};

		tui_cols_draw(y + 1, 1, w, head, 4, A_DIM);
	}
	for (i = 0; i < d->ncs && (int)i < nrows; i++) {
		const struct store_county_stats *c = &d->cs[i];
		int64_t rec = c->received < c->pledged ? c->received : c->pledged;
		struct tui_col cols[4] = {
			{ DASH_COUNTY_W, c->county[0] ? tui_county_name(c->county) : "-", 0 },
			{ DASH_NEEDS_W, tui_fmt_int((int64_t)c->needs, num, sizeof num), 0 },
			{ barw, tui_bar(rec, c->pledged - rec, c->estimated - c->pledged, max, barw,
			    bar, sizeof bar), 0 },
			{ 0, tui_fmt_amount(c->gap, 0, gap, sizeof gap), 1 },
		};

		tui_cols_draw(y + 2 + (int)i, 1, w, cols, 4, A_NORMAL);
	}
	if (d->ncs == 0)
		tui_draw_ui(y + 2, 1, w, _("No needs recorded yet."), A_DIM);
}

static void
draw_top(struct dash *d, int y, int nrows)
{
	int w = COLS - 2;
	size_t i;
	char line[200], n1[32], n2[32], sc[32], gap[64];

	snprintf(line, sizeof line, "%s (%s %s)", _("Top-ranked needs"),
	    tui_fmt_int((int64_t)d->nranked, n1, sizeof n1), _("ranked"));
	tui_draw_ui(y, 1, w, line, A_BOLD);
	for (i = 0; i < d->ntop && (int)i < nrows; i++) {
		struct tui_col cols[5] = {
			{ 3, tui_fmt_int((int64_t)i + 1, n2, sizeof n2), 0 },
			{ 10, d->top[i].id, 1 },
			{ 7, tui_fmt_fixed(d->top[i].score, 4, sc, sizeof sc), 0 },
			{ 18, tui_fmt_amount(d->top[i].gap, 0, gap, sizeof gap), 1 },
			{ 0, d->top[i].title, 0 },
		};

		tui_cols_draw(y + 1 + (int)i, 1, w, cols, 5,
		    (int)i == d->sel ? A_REVERSE : A_NORMAL);
	}
	if (d->ntop == 0)
		tui_draw_ui(y + 1, 1, w, _("No open needs with a gap."), A_DIM);
}

static void
draw_activity(struct dash *d, int y, int nrows)
{
	int w = COLS - 2;
	size_t i;
	char when[64], what[120], date[32];

	tui_draw_ui(y, 1, w, _("Recent activity"), A_BOLD);
	for (i = 0; i < d->nact && (int)i < nrows; i++) {
		const struct store_activity *a = &d->act[i];
		time_t tt = (time_t)a->time;
		struct tm tm;
		char hm[16];
		int32_t day;

		localtime_r(&tt, &tm);
		day = (int32_t)(a->time / 86400);
		if (loc_gregorian_to_day(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, &day) != 0)
			day = (int32_t)(a->time / 86400);
		snprintf(hm, sizeof hm, "%02d:%02d", tm.tm_hour, tm.tm_min);
		tui_fmt_digits(hm, sizeof hm);
		snprintf(when, sizeof when, "%s %s", tui_fmt_date(day, date, sizeof date), hm);
		if (a->kind < CORE_NKINDS)
			snprintf(what, sizeof what, "%s %s %s", action_label(a->action),
			    _(core_schema_get(a->kind)->label), a->id);
		else
			snprintf(what, sizeof what, "%s %s", action_label(a->action), a->id);
		{
			struct tui_col cols[3] = {
				{ 17, when, 0 }, { 12, a->user, 0 }, { 0, what, 0 },
			};

			tui_cols_draw(y + 1 + (int)i, 1, w, cols, 3, A_NORMAL);
		}
	}
	if (d->act_hidden)
		tui_draw_ui(y + 1, 1, w, _("Shown to those who may read the audit log."), A_DIM);
	else if (d->nact == 0)
		tui_draw_ui(y + 1, 1, w, _("Nothing yet."), A_DIM);
}

static void
dash_draw(struct tui_screen *s, int top, int rows)
{
	struct dash *d = s->data;
	int ncounty, nact;

	if (!d->loaded || d->gen != tui_list_generation)
		dash_load(d);
	if (d->error[0]) {
		tui_draw_ui(top + 1, 1, COLS - 2, d->error, tui_attr_error());
		return;
	}
	/* rows: county header + legend + counties, blank, top header + 5,
	 * blank, activity header + at least 2 */
	nact = 3;
	ncounty = rows - 2 - 1 - (1 + DASH_TOP) - 1 - (1 + nact);
	if (ncounty < 1)
		ncounty = 1;
	if ((int)d->ncs < ncounty) {
		nact += ncounty - (d->ncs ? (int)d->ncs : 1);
		ncounty = d->ncs ? (int)d->ncs : 1;
	}
	if (nact > DASH_ACT)
		nact = DASH_ACT;
	draw_counties(d, top, ncounty);
	draw_top(d, top + 2 + ncounty + 1, DASH_TOP);
	draw_activity(d, top + 2 + ncounty + 1 + 1 + DASH_TOP + 1, nact);
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
	switch (tui_key_action(key)) {
	case TUI_ACT_UP:
		if (d->sel > 0)
			d->sel--;
		return TUI_HANDLED;
	case TUI_ACT_DOWN:
		if (d->sel + 1 < (int)d->ntop)
			d->sel++;
		return TUI_HANDLED;
	case TUI_ACT_OPEN:
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
