/*
 * tui/rankscr.c — the ranking screen and the AHP weights editor (SPEC §8).
 *
 * Ranking: the needs `hamyar rank` ranks (store_rank_gather, the stored
 * weights), best first, with rank, id, score, county and title; under the
 * list, the selected need's six criteria: raw value, normalised value
 * (core_rank_normalised), weight and contribution to its score (they add
 * up to the score).  F4 switches
 * TOPSIS / SAW (the needs read ranked again, not read again, while the
 * database has not changed: rank_rescore); F6 opens the weights editor;
 * Enter opens the need.
 *
 * Weights editor: the 6 x 6 pairwise matrix of Saaty judgements, the upper
 * triangle edited (the lower one follows as reciprocals).  The cursor moves
 * over the judgements with the arrows; + and - step along the scale 1/9 ..
 * 1/2, 1, 2 .. 9; a digit 1-9 sets the judgement, and / turns it over.
 * After every change the weights, lambda_max, CI and CR are recomputed
 * (core_ahp) and shown; when CR > 0.10 the pair that most breaks
 * consistency is named and highlighted, with the judgement the other
 * comparisons point to (core_ahp_implied), and F2 refuses to save.  Changing
 * the weights is for hq and admin (core/access.h, CORE_ACCESS_WEIGHTS):
 * others (clerk, supervisor, auditor) read the matrix, with no F2 on the
 * bar, and a judgement typed is refused at once saying who may; the
 * store's policy hook refuses a save anyway.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/access.h"
#include "core/rank.h"
#include "locale/catalog.h"
#include "locale/digits.h"
#include "locale/jalali.h"
#include "locale/text.h"
#include "store/stats.h"
#include "store/store.h"
#include "tui/identity.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/screens.h"

/* The fewest cells a need's title is given beside the other columns; under
 * it the county and score columns give way (rank_draw). */
#define TITLE_MIN 12

#define N CORE_NCRIT

/* Labels of the criteria (msgids), enum core_crit order. */
#define crit_label core_crit_labels

/* ---- ranking ---- */

struct rank {
	int loaded;
	unsigned gen;
	enum core_rank_method method;
	struct core_weights w;
	struct store_rank_data g;
	struct core_rank_result *res;
	struct core_rank_norm norm;	/* the explanation's normalised values */
	int sel;
	size_t top, page;		/* first row shown; rows shown */
	/* F8: the county ranked alone ("" every county), as `hamyar rank
	 * --county`: a supervisor looks at his own county's needs */
	char county[CORE_COUNTY_MAX];
	int fresh;			/* F8: start at the top, not at the need
					   selected before */
	size_t left;			/* open needs not ranked: no gap */
	size_t left_unit;		/* ... of a unit marked inactive */
	int short_sum;			/* a gap read short of a pledge its
					   need's index names that is not there
					   (store_sum_short): said at the foot */
	/* what the needs were read from, for F4 to rank them again without
	 * reading them (rank_rescore): the change log's last number (this
	 * session's writes and any other's: a clerk at the next desk, an
	 * import, a sync) and the day the waiting was counted to */
	uint64_t seq;
	int32_t day;
	int64_t read_ms;		/* when they were read, and what that */
	int64_t cost_ms;		/* took (rank_draw looks at the change
					   log as tui_reread_due says) */
	char error[1200];
	char help[4096];		/* F1's text, translated (rank_help_make) */
};

static const struct tui_fkey rank_keys[] = {
	{ 1, N_("Help"), 0 }, { 3, N_("Find"), 0 }, { 4, N_("TOPSIS/SAW"), 0 },
	{ 6, N_("Weights"), 0 }, { 7, N_("Match"), 0 }, { 8, N_("County"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};
/* a clerk's ranking is of his own county already: no F8 */
static const struct tui_fkey rank_keys_clerk[] = {
	{ 1, N_("Help"), 0 }, { 3, N_("Find"), 0 }, { 4, N_("TOPSIS/SAW"), 0 },
	{ 6, N_("Weights"), 0 }, { 7, N_("Match"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

/* F1: what the screen shows, the same for every user, then its keys
 * (rank_help_make joins them with a line break).  Each a msgid of its
 * own, so the body is translated once; they split where a line ends in
 * both languages, so the joined text reads as the one text before. */
static const char rank_help_body[] = N_(
    "Needs open for participation, best first, by TOPSIS or SAW with the\n"
    "province's weights (as 'hamyar rank').  Under the list, the selected\n"
    "need's six criteria: raw value, normalised value (SAW: min-max, 0 to 1;\n"
    "TOPSIS: value / root of the sum of squares), weight and contribution,\n"
    "adding up to the score.  TOPSIS: the line above them gives the distances\n"
    "to the best and the worst need; the score is the second over their sum.\n"
    "Ties: the need identified earlier first, then the lower id.\n"
    "Left out, counted in the heading: needs with no gap or of an inactive\n"
    "unit.  Up/Down, PgUp/PgDn, Home/End: through the needs.");
/* How the criteria count, between the body and the keys; the three fit
 * one page at 80x24 (help_fit.sh), in Persian and in English. */
static const char rank_help_criteria[] = N_(
    "The gap is a cost: the smaller the gap, the higher the need ranks; for\n"
    "the other five, more is better.  Interest: the active donors of the\n"
    "need's county interested in its category.  A blank population shows as\n"
    "'unknown' and counts as the others' median: neither raising nor\n"
    "lowering the need.");

static const char rank_help_keys[] = N_(
    "F3, / or a digit or Latin letter typed finds a need by id or number,\n"
    "F4 switches the method, F6 edits the weights (AHP), F7 finds\n"
    "donors for the selected need, F8 ranks one county's needs alone\n"
    "('hamyar rank --county') or all again, Enter opens a need, F10 back.");

/* The keys for a user who may not change the weights (a clerk, a
 * supervisor, an auditor: weights_mine): F6 shows them. */
static const char rank_help_keys_ro[] = N_(
    "F3, / or a digit or Latin letter typed finds a need by id or number,\n"
    "F4 switches the method, F6 shows the weights (AHP; provincial HQ\n"
    "or the administrator changes them), F7 finds donors for the selected\n"
    "need, F8 ranks one county's needs alone ('hamyar rank --county') or all\n"
    "again, Enter opens a need, F10 back.");

/* The keys for a user of one county (rank_keys_clerk): no F8, his
 * county's needs being the ones ranked. */
static const char rank_help_keys_county[] = N_(
    "F3, / or a digit or Latin letter typed finds a need by id or number,\n"
    "F4 switches the method, F6 shows the weights (AHP; provincial HQ\n"
    "or the administrator changes them), F7 finds donors for the selected\n"
    "need, Enter opens a need, F10 back.  Your county's needs alone are\n"
    "ranked.");

/* 1 if the user may change the ranking weights (hq, admin:
 * CORE_ACCESS_WEIGHTS); else 0, with why (if not NULL) saying who may.
 * A user the program cannot name is let through here: the store's policy
 * hook refuses his save anyway. */
static int
weights_mine(char *why, size_t n)
{
	struct core_actor who;
	struct core_access acc;

	if (tui_user_actor(&who) != 0)
		return 1;
	if (core_access_check(&who, CORE_ACCESS_WEIGHTS, NULL, NULL, &acc))
		return 1;
	if (why != NULL)
		tui_access_message(&acc, why, n);
	return 0;
}

const char *
tui_rank_weights_fault(int bad, char *buf, size_t n)
{
	if (bad >= 0 && bad < N)
		snprintf(buf, n, _("The stored ranking weights cannot be used: the weight of %s is not a number of 0 or more. Provincial HQ or the administrator saves the weights again in the weights editor (F6 on the ranking screen)."),
		    _(crit_label[bad]));
	else
		snprintf(buf, n, "%s", _("The stored ranking weights cannot be used: together they come to 0 or to more than can be counted. Provincial HQ or the administrator saves the weights again in the weights editor (F6 on the ranking screen)."));
	return buf;
}

/* 1 if scores a and b are shown alike to four places (the list's, and
 * core_rank_explain_round's rounding). */
static int
shown_alike(double a, double b)
{
	return llround(a * 1e4) == llround(b * 1e4);
}

/* Score s with places decimals, ASCII or the user's digits, into buf. */
static const char *
score_text(double s, int places, int ascii, char *buf, size_t n)
{
	if (ascii) {
		snprintf(buf, n, "%.*f", places, s);
		return buf;
	}
	return tui_fmt_fixed(s, places, buf, n);
}

/* tui_rank_tie_note's second case: need k and a neighbour that do not tie
 * but are shown alike. */
static const char *
shown_tie_note(const struct core_rank_item *items, const struct core_rank_result *res,
    size_t n, size_t k, int ascii, char *buf, size_t sz)
{
	const struct core_rank_result *o = NULL;
	char mine[40], theirs[40];
	int places;

	if (k > 0 && shown_alike(res[k - 1].score, res[k].score))
		o = &res[k - 1];
	else if (k + 1 < n && shown_alike(res[k].score, res[k + 1].score))
		o = &res[k + 1];
	if (o == NULL)
		return NULL;
	/* as many places as tell them apart: core_rank rounds scores to 12,
	 * and two that are not a tie differ there */
	for (places = 5; places < 12; places++) {
		double scale = pow(10, places);

		if (llround(res[k].score * scale) != llround(o->score * scale))
			break;
	}
	/* one line at 80 columns: the neighbour by id alone (it is the row
	 * above or below) */
	snprintf(buf, sz, _("Shown equal to %s's score; more precisely %s to %s."),
	    items[o->item].id, score_text(res[k].score, places, ascii, mine, sizeof mine),
	    score_text(o->score, places, ascii, theirs, sizeof theirs));
	return buf;
}

const char *
tui_rank_tie_note(const struct core_rank_item *items, const struct core_rank_result *res,
    size_t n, size_t k, int cli, char *buf, size_t sz)
{
	const struct core_rank_result *o = NULL;
	char num[32];
	int tie = CORE_RANK_TIE_NONE, after = 0;

	if (k >= n)
		return NULL;
	if (k > 0 && (tie = core_rank_tie(items, &res[k - 1], &res[k])) != CORE_RANK_TIE_NONE) {
		o = &res[k - 1];
		after = 1;
	} else if (k + 1 < n && (tie = core_rank_tie(items, &res[k], &res[k + 1])) != CORE_RANK_TIE_NONE)
		o = &res[k + 1];
	if (o == NULL)
		return shown_tie_note(items, res, n, k, cli, buf, sz);
	/* the rank in the digits of the figures around it: before, `rank
	 * --explain` wrote «رتبهٔ 3» under «فوریت ۵»; as `rank` writes a
	 * position, not grouped there */
	if (cli) {
		snprintf(num, sizeof num, "%zu", o->rank);
		tui_fmt_digits(num, sizeof num);
	} else
		tui_fmt_int((int64_t)o->rank, num, sizeof num);
	if (tie == CORE_RANK_TIE_OLDER)
		snprintf(buf, sz, after ?
		    _("Same score as %s, rank %s: after it, as that need was identified earlier.") :
		    _("Same score as %s, rank %s: before it, as this need was identified earlier."),
		    items[o->item].id, num);
	else
		snprintf(buf, sz, after ? _("Same score and date as %s, rank %s: after it, by id.") :
		    _("Same score and date as %s, rank %s: before it, by id."), items[o->item].id, num);
	return buf;
}

/* Scores the needs read (r->g) by r->method with r->w into r->res, the
 * need whose id is keep (if any) selected again. */
static void
rank_score(struct rank *r, const char *keep)
{
	size_t i;

	if (core_rank(r->g.items, r->g.nitems, &r->w, r->method, r->res) != 0 ||
	    core_rank_norm_init(r->g.items, r->g.nitems, r->method, &r->norm) != 0) {
		loc_utf8_copy(r->error, sizeof r->error, _("cannot rank the needs"));
		r->g.nitems = 0;
		return;
	}
	for (i = 0; keep[0] != '\0' && i < r->g.nitems; i++)
		if (strcmp(r->g.items[r->res[i].item].id, keep) == 0) {
			r->sel = (int)i;
			break;
		}
	if (r->sel >= (int)r->g.nitems)
		r->sel = r->g.nitems ? (int)r->g.nitems - 1 : 0;
}

static int rank_rescore_if(struct rank *r, int always);

/* The change log's last number, or UINT64_MAX if it cannot be read. */
static uint64_t
rank_seq(struct store_txn *t)
{
	uint64_t seq;

	return store_change_last(t, &seq) == 0 ? seq : UINT64_MAX;
}

static void
rank_load(struct rank *r)
{
	struct store_txn *t;
	int rc, bad;
	char cbuf[CORE_COUNTY_MAX];
	const char *only = tui_read_county(cbuf, sizeof cbuf);

	char keep[CORE_ID_MAX];
	size_t i;

	/* The need selected stays selected where the order changes under it
	 * (F4's other method, weights saved, a record changed): before, the
	 * row stayed and another need's explanation took its place, so a
	 * supervisor could not follow one need from TOPSIS to SAW or see
	 * where a new weight moved it. */
	keep[0] = '\0';
	if (!r->fresh && r->res != NULL && (size_t)r->sel < r->g.nitems)
		loc_utf8_copy(keep, sizeof keep, r->g.items[r->res[r->sel].item].id);
	r->fresh = 0;
	if (only == NULL && r->county[0] != '\0')
		only = r->county;
	store_rank_data_free(&r->g);
	free(r->res);
	r->res = NULL;
	r->error[0] = '\0';
	r->loaded = 1;
	r->gen = tui_list_generation;
	r->read_ms = tui_clock_ms();
	if ((rc = store_read_begin(tui_app.st, &t)) != 0)
		goto fail;
	bad = store_rank_weights(t, &r->w);
	r->day = loc_day_today();
	r->seq = rank_seq(t);
	rc = store_rank_gather(t, only, r->day, &r->g);
	/* the gaps rest on the pledges alone (a payment left out changes
	 * none of them), as `hamyar rank` has it */
	r->short_sum = (store_sum_short(t) & STORE_SHORT_PLEDGE) != 0;
	store_read_end(t);
	if (rc != 0)
		goto fail;
	if (bad >= 0) {
		tui_rank_weights_fault(bad, r->error, sizeof r->error);
		r->g.nitems = 0;
		return;
	}
	tui_rank_data_digits(&r->g);
	/* the open needs SPEC §8 leaves out, as `hamyar rank` counts them */
	for (r->left = r->left_unit = 0, i = 0; i < r->g.nneeds; i++)
		if (!core_rank_eligible(r->g.needs[i].status, 1))
			;
		else if (r->g.needs[i].unit_inactive)
			r->left_unit++;
		else if (r->g.needs[i].gap <= 0)
			r->left++;
	rc = STORE_ENOMEM;
	if ((r->res = calloc(r->g.nitems + 1, sizeof *r->res)) == NULL)
		goto fail;
	rank_score(r, keep);
	r->cost_ms = tui_clock_ms() - r->read_ms;
	return;
fail:
	r->g.nitems = 0;
	tui_read_failed(rc, r->error, sizeof r->error);
}

/* The raw value of criterion k as shown: the gap with its currency, the
 * waiting time with its unit (a bare "1210" says nothing). */
static const char *
crit_value(int k, double v, char *buf, size_t n)
{
	char num[32];

	if (k == CORE_CRIT_GAP)
		return tui_fmt_amount((int64_t)v, 1, buf, n);
	if (k == CORE_CRIT_WAITING) {
		snprintf(buf, n, "%s %s", tui_fmt_int((int64_t)llround(v), num, sizeof num), _("days"));
		return buf;
	}
	return tui_fmt_int((int64_t)llround(v), buf, n);
}

static void
rank_draw(struct tui_screen *s, int top, int rows)
{
	struct rank *r = s->data;
	int w = COLS - 2, listh, i, k, rankw, idw, longest, titlew, narrow;
	char line[300], a[64], b[64], c[64], d[64];
	double wsum = 0;

	/* Read again after a save in this session, and, as the dashboard
	 * (dash_draw), after a write by another session, an import, a
	 * bundle or a sync (the change log's last number, one key), at most
	 * every two seconds, and when the day changes (the waiting counts to
	 * it); the need selected stays selected (rank_load).  Weights saved
	 * in another session meanwhile rank them again (rank_rescore_if).  Before, a
	 * ranking left open kept the scores it was opened with until F4 was
	 * pressed twice.  Another session's writes are looked at as
	 * tui_reread_due says (not while keys come, at most a quarter of the
	 * time reading), and read again only if they are of what the ranking
	 * rests on (rank_changes_matter); before, every two seconds, whatever
	 * was written: on 20,000 needs, while another session saved, the
	 * screen read 0.85 s in every 2.9 and a key waited up to 0.9 s. */
	if (!r->loaded || r->gen != tui_list_generation)
		rank_load(r);
	else if (r->error[0] == '\0' && r->seq != UINT64_MAX && tui_reread_due(r->read_ms, r->cost_ms)) {
		/* (weights saved in another session are no record's change:
		 * the needs ranked again with them, not read again) */
		r->read_ms = tui_clock_ms();
		if (rank_rescore_if(r, 0) != 0) {
			rank_load(r);
			tui_reread_note("rank", "read", r->seq);
		}
	}
	snprintf(line, sizeof line, "%s %s    %s %s", _("Method:"),
	    r->method == CORE_RANK_TOPSIS ? "TOPSIS" : "SAW", _("needs ranked:"),
	    tui_fmt_int((int64_t)r->g.nitems, a, sizeof a));
	if (r->county[0] != '\0') {
		size_t len = strlen(line);

		snprintf(line + len, sizeof line - len, "    %s: %s", _("County"),
		    tui_county_name(r->county));
	}
	/* and the open needs left out for having no gap, where the line
	 * has room for it beside the range (at 80 columns, not with a
	 * county's name too) */
	if ((r->left > 0 || r->left_unit > 0) && !r->error[0]) {
		char more[2][120], rg[96];
		size_t lh = rows - 2 - (N + 3) < 3 ? 3 : (size_t)(rows - 2 - (N + 3));
		/* the range at its widest, the last rows («۲۳۰–۲۳۹ از ۲۳۹»),
		 * so that scrolling never cuts the line */
		size_t last = r->g.nitems > lh ? r->g.nitems - lh : 0;
		int rw = tui_text_width(tui_fmt_range(last, lh, r->g.nitems, rg, sizeof rg));

		more[0][0] = more[1][0] = '\0';
		if (r->left > 0)
			snprintf(more[0], sizeof more[0], "    %s: %s", _("left out, no gap"),
			    tui_fmt_int((int64_t)r->left, a, sizeof a));
		/* and those of a unit made inactive, which a supervisor
		 * would otherwise look for in vain; each where it fits */
		if (r->left_unit > 0)
			snprintf(more[1], sizeof more[1], "    %s: %s", _("left out, unit inactive"),
			    tui_fmt_int((int64_t)r->left_unit, b, sizeof b));
		for (i = 0; i < 2; i++) {
			size_t len = strlen(line);

			if (more[i][0] && len + strlen(more[i]) < sizeof line &&
			    tui_text_width(line) + tui_text_width(more[i]) + rw + TUI_COL_GAP <= w)
				memcpy(line + len, more[i], strlen(more[i]) + 1);
		}
	}
	if (r->error[0]) {
		tui_draw_ui(top, 1, w, line, A_BOLD);
		tui_draw_wrapped(top + 2, 1, w, rows - 2, r->error, tui_attr_error());
		return;
	}
	/* a gap read short: said on the bottom rows, as the dashboard says
	 * it, the list and the explanation over the rows above (the scores
	 * are of those gaps) */
	if (r->short_sum)
		rows -= tui_draw_short_sums(top, rows, w, N + 8);
	/* under the list: the heading, the criteria and a line for a tie */
	listh = rows - 2 - (N + 3);
	if (listh < 3)
		listh = 3;
	/* the selected need kept in view, the heading saying which are
	 * shown when not all fit */
	tui_sel_keep((size_t)r->sel, &r->top, r->g.nitems, (size_t)listh);
	r->page = (size_t)listh;
	tui_draw_range_heading(top, w, line, r->top, (size_t)listh, r->g.nitems);
	/* the rank column as wide as the largest rank: «۱٬۲۰۰» whole, not
	 * «۱٬۲…», in a province of thousands of needs */
	rankw = tui_text_width(tui_fmt_int((int64_t)r->g.nitems, a, sizeof a));
	if (rankw < 4)
		rankw = 4;
	/* and the id column as wide as the longest id (a station code has
	 * up to 8 letters: MARAGHEH-10045, not MARAGHEH-…) */
	for (longest = 0, i = 0; i < (int)r->g.nitems; i++)
		if ((int)strlen(r->g.items[i].id) > longest)
			longest = (int)strlen(r->g.items[i].id);
	idw = longest > 10 ? longest : 10;
	/* Too narrow for a title beside the county (40 columns, where the
	 * title had no cell left and a need was its id alone): the county
	 * and the score go (the selected need's score heads its
	 * explanation below), and the id column is as wide as the ids and
	 * its heading, not ten cells, the title taking what they free. */
	narrow = w - (rankw + idw + 7 + 10 + 4 * TUI_COL_GAP) < TITLE_MIN;
	if (narrow) {
		idw = tui_text_width(_("Id"));
		if (longest > idw)
			idw = longest;
	}
	titlew = narrow ? w - (rankw + idw + 2 * TUI_COL_GAP) :
	    w - (rankw + idw + 7 + 10 + 4 * TUI_COL_GAP);
	{
		struct tui_col h[5] = {
			{ rankw, _("Rank"), 0 }, { idw, _("Id"), 0 }, { 7, _("Score"), 0 },
			{ 10, _("County"), 0 }, { 0, _("Title"), 0 },
		};

		/* two cells apart, as the lists: «Rank Id», «رتبه شناسه» read
		 * as one heading, a county's name as the title's first word */
		if (narrow)
			h[2] = h[4];
		tui_cols_draw_gap(top + 1, 1, w, h, narrow ? 3 : 5, TUI_COL_GAP, A_UNDERLINE);
	}
	for (i = 0; i < listh && r->top + (size_t)i < r->g.nitems; i++) {
		const struct core_rank_result *x = &r->res[r->top + (size_t)i];
		size_t ni = r->g.item_need[x->item];
		double score, part[N];
		struct tui_col cols[5];
		char cut[600];

		/* the score as the explanation shows it (and `hamyar rank`) */
		core_rank_explain_round(x, 4, &score, part);
		cols[0] = (struct tui_col){ rankw, tui_fmt_int((int64_t)x->rank, a, sizeof a), 0 };
		cols[1] = (struct tui_col){ idw, r->g.items[x->item].id, 1 };
		cols[2] = (struct tui_col){ 7, tui_fmt_fixed(score, 4, b, sizeof b), 0 };
		cols[3] = (struct tui_col){ 10, tui_county_name(r->g.needs[ni].county), 0 };
		/* a long title cut in its middle, its end (the county and
		 * the post) kept, as the lists cut it */
		cols[4] = (struct tui_col){ 0, tui_fit_middle(r->g.titles[ni],
		    titlew > 0 ? titlew : 0, cut, sizeof cut), 0 };
		if (narrow)
			cols[2] = cols[4];

		tui_cols_draw_gap(top + 2 + i, 1, w, cols, narrow ? 3 : 5, TUI_COL_GAP,
		    r->top + (size_t)i == (size_t)r->sel ? A_REVERSE : A_NORMAL);
	}
	if (r->g.nitems == 0) {
		tui_draw_ui(top + 3, 1, w, _("No open needs with a gap."), A_DIM);
		return;
	}
	/* the selected need's explanation */
	{
		const struct core_rank_result *x = &r->res[r->sel];
		const struct core_rank_item *it = &r->g.items[x->item];
		int y = top + 2 + listh;
		double score, part[N], nv[N];
		char e[64];
		/* the normalised value and the weight too: the same raw 5 and
		 * the same weight gave urgency and impact different parts, with
		 * nothing on the screen to say why (SAW: part = weight x
		 * normalised; TOPSIS: the distances are of weight x
		 * normalised) */
		struct tui_col h[5] = {
			{ 12, _("Criterion"), 0 }, { 20, _("Value"), 0 }, { 10, _("Normalised"), 0 },
			{ 8, _("Weight"), 0 }, { 0, _("Contribution"), 0 },
		};

		/* TOPSIS: not weight x normalised, as under SAW, but the
		 * criterion's share of the score (core_rank: in proportion
		 * to its squared distance from the worst need), which may
		 * exceed its weight: headed so, lest it read as a mistake */
		if (r->method == CORE_RANK_TOPSIS)
			h[4].s = _("Share of score");

		for (k = 0; k < N; k++)
			wsum += r->w.w[k];
		/* shown to four places, the parts add up to the score */
		core_rank_explain_round(x, 4, &score, part);
		core_rank_normalised(&r->norm, it, nv);
		snprintf(line, sizeof line, "%s %s: %s %s", _("Why"), it->id, _("score"),
		    tui_fmt_fixed(score, 4, a, sizeof a));
		/* TOPSIS: the distances the score is made of, S- / (S+ + S-):
		 * the contributions say which criteria took it from the worst
		 * need, these how far it is from the best and the worst */
		if (r->method == CORE_RANK_TOPSIS && x->dist_best + x->dist_worst > 0) {
			size_t len = strlen(line);
			char more[200];

			snprintf(more, sizeof more, _("distance to the best %s, to the worst %s"),
			    tui_fmt_fixed(x->dist_best, 4, b, sizeof b),
			    tui_fmt_fixed(x->dist_worst, 4, c, sizeof c));
			if (len + 4 + strlen(more) < sizeof line &&
			    tui_text_width(line) + 4 + tui_text_width(more) <= w)
				snprintf(line + len, sizeof line - len, "    %s", more);
		}
		/* Too narrow for the five columns (under 64 columns, where the
		 * normalised values and the weights read «…»): the criterion,
		 * its value (as wide as the widest) and its share, with the
		 * bar, the normalised values and weights left to a wider
		 * screen and `hamyar rank --explain`. */
		if (w - (12 + 20 + 10 + 8 + 7 + 5) < 0) {
			int vw = tui_text_width(h[1].s);

			for (k = 0; k < N; k++) {
				int x1 = tui_text_width(it->missing[k] ? _("unknown") :
				    crit_value(k, it->crit[k], b, sizeof b));

				if (x1 > vw)
					vw = x1;
			}
			if (vw > 20)
				vw = 20;
			tui_draw_ui(y, 1, w, line, A_BOLD);
			h[1].w = vw;
			/* «سهم» alone: «سهم از امتیاز» (TOPSIS) says it is no
			 * weight x normalised value, and no weight is beside it */
			h[2] = h[4];
			h[2].w = 0;
			h[2].s = _("Contribution");
			tui_cols_draw(y + 1, 1, w, h, 3, A_UNDERLINE);
			for (k = 0; k < N; k++) {
				char bar[400];
				int bw = w - (12 + vw + 7 + 3);
				struct tui_col cols[4] = {
					{ 12, _(crit_label[k]), 0 },
					{ vw, it->missing[k] ? _("unknown") :
					    crit_value(k, it->crit[k], b, sizeof b), 0 },
					{ 7, tui_fmt_fixed(part[k], 4, d, sizeof d), 0 },
					{ 0, tui_bar(llround(x->contribution[k] * 10000), 0, 0, 10000,
					    bw > 0 ? bw : 0, bar, sizeof bar), 0 },
				};

				tui_cols_draw(y + 2 + k, 1, w, cols, bw > 0 ? 4 : 3, A_NORMAL);
			}
			if (tui_rank_tie_note(r->g.items, r->res, r->g.nitems, (size_t)r->sel, 0,
			    line, sizeof line) != NULL)
				tui_draw_ui(y + 2 + N, 1, w, line, A_NORMAL);
			return;
		}
		tui_draw_ui(y, 1, w, line, A_BOLD);
		tui_cols_draw(y + 1, 1, w, h, 5, A_UNDERLINE);
		for (k = 0; k < N; k++) {
			char bar[400];
			/* a contribution is at most 1 (they add up to the score):
			 * 1 fills what the four columns before the bar leave */
			int bw = w - (12 + 20 + 10 + 8 + 7 + 5);
			struct tui_col cols[6] = {
				{ 12, _(crit_label[k]), 0 },
				/* in the UI's direction: "۵٬۰۰۰ ریال" and "۹۷۰ روز"
				 * must read number first in Persian */
				{ 20, it->missing[k] ? _("unknown") :
				    crit_value(k, it->crit[k], b, sizeof b), 0 },
				{ 10, tui_fmt_fixed(nv[k], 4, e, sizeof e), 0 },
				/* to four places, as the parts: w x r by hand */
				{ 8, tui_fmt_fixed(wsum > 0 ? r->w.w[k] / wsum : 0, 4, c, sizeof c), 0 },
				{ 7, tui_fmt_fixed(part[k], 4, d, sizeof d), 0 },
				{ 0, tui_bar(llround(x->contribution[k] * 10000), 0, 0, 10000, bw,
				    bar, sizeof bar), 0 },
			};

			tui_cols_draw(y + 2 + k, 1, w, cols, 6, A_NORMAL);
		}
		/* equal scores: which rule put it where it is (SPEC §8) */
		if (tui_rank_tie_note(r->g.items, r->res, r->g.nitems, (size_t)r->sel, 0,
		    line, sizeof line) != NULL)
			tui_draw_ui(y + 2 + N, 1, w, line, A_NORMAL);
	}
}

/* The change log's changes after r->seq up to seq (the last): 1 if one
 * of them may change the ranking read (a need, a pledge: the gap, a unit:
 * marked inactive; a donor whose county, interests, capacity or being
 * active differ from those read: the interest), 0 if none can (a
 * payment, a stage, a ceremony, a group, a user, a donor's name, mobile
 * or notes).  1 where it cannot be told: the log read short or out of
 * order (a restore), or more changes than are worth walking (a bundle,
 * an import: reading again is then due anyway). */
static int
rank_changes_matter(struct rank *r, struct store_txn *t, uint64_t seq)
{
	struct store_change c;
	uint64_t at = r->seq;
	size_t n = 0, ndonors = 0, i, last = SIZE_MAX;
	int rc, matter = 0;

	if (seq < at || seq - at > 2000)
		return 1;
	while (!matter && at < seq) {
		if ((rc = store_change_next(t, at, &c)) != 0 || c.seq != at + 1 || ++n > 2000) {
			store_change_done(&c);
			return 1;
		}
		at = c.seq;
		switch (c.kind) {
		case CORE_NEED: case CORE_PLEDGE: case CORE_UNIT:
			matter = 1;
			break;
		case CORE_DONOR:
			/* (a walk of the donors read for each, 0.1 ms on
			 * 40,000: those saved by hand, the same one again
			 * found at once; many others are a bundle or an
			 * import) */
			if (c.rec == NULL || c.meta.deleted) {
				matter = 1;
				break;
			}
			if (!(last < r->g.ndonors && strcmp(r->g.donors[last].id, c.id) == 0)) {
				if (++ndonors > 200) {
					matter = 1;
					break;
				}
				for (i = 0; i < r->g.ndonors && strcmp(r->g.donors[i].id, c.id) != 0; i++)
					;
				last = i;
			}
			i = last;
			if (i == r->g.ndonors) {	/* a new donor: counts if interested */
				matter = !core_donor_inactive(c.rec) && c.rec->v[CORE_DONOR_INTERESTS].set &&
				    c.rec->v[CORE_DONOR_INTERESTS].num != 0;
			} else {
				const struct core_match_donor *d = &r->g.donors[i];
				const char *county = core_record_text(c.rec, CORE_DONOR_COUNTY);
				unsigned in = c.rec->v[CORE_DONOR_INTERESTS].set ?
				    (unsigned)c.rec->v[CORE_DONOR_INTERESTS].num : 0;
				int64_t cap = c.rec->v[CORE_DONOR_CAPACITY].set ?
				    c.rec->v[CORE_DONOR_CAPACITY].num : 0;

				matter = strcmp(d->county, county != NULL ? county : "") != 0 ||
				    d->interests != in || d->capacity != cap ||
				    d->active != !core_donor_inactive(c.rec);
			}
			break;
		default:
			break;
		}
		store_change_done(&c);
	}
	return matter;
}

/* F4: the needs read already ranked by the other method, without
 * reading them again, when nothing they were read from has changed: no
 * save in this session (tui_list_generation), no change in the database
 * by any session, an import or a sync (the change log's last number: one
 * key to read), the same day (the waiting counts to it); the weights are
 * read again (one key: saved by HQ meanwhile, they are not a record's
 * change).  Before, every F4 read every donor and need again: 0.4 to
 * 0.85 s a press on `hamyar demo --size 20000` (9,386 needs ranked), 5 to
 * 13 ms now (tests/bench/bench_rank_f4.sh).  Returns 0 if ranked so,
 * -1 if they must be read (rank_load).  always 0 (rank_draw's look every
 * two seconds): ranked again only if the weights read differ. */
static int
rank_rescore_if(struct rank *r, int always)
{
	struct store_txn *t;
	struct core_weights w;
	uint64_t seq;
	char keep[CORE_ID_MAX];
	int bad, matter = 0;

	if (!r->loaded || r->error[0] || r->res == NULL || r->gen != tui_list_generation ||
	    r->seq == UINT64_MAX || r->day != loc_day_today())
		return -1;
	if (store_read_begin(tui_app.st, &t) != 0)
		return -1;
	seq = rank_seq(t);
	bad = store_rank_weights(t, &w);
	if (seq != r->seq && seq != UINT64_MAX && bad < 0)
		matter = rank_changes_matter(r, t, seq);
	store_read_end(t);
	if (seq == UINT64_MAX || matter || bad >= 0)
		return -1;
	if (seq != r->seq) {
		/* written meanwhile, but nothing the ranking rests on */
		r->seq = seq;
		tui_reread_note("rank", "skip", seq);
	}
	if (!always && memcmp(&w, &r->w, sizeof w) == 0)
		return 0;
	keep[0] = '\0';
	if ((size_t)r->sel < r->g.nitems)
		loc_utf8_copy(keep, sizeof keep, r->g.items[r->res[r->sel].item].id);
	r->w = w;
	rank_score(r, keep);
	return 0;
}

static int
rank_rescore(struct rank *r)
{
	return rank_rescore_if(r, 1);
}


/* F3 or /: a need found by its id or its number ("TBZ-12", "tbz-۱۲", "12":
 * this station's), selected where it is ranked, its explanation under
 * the list; or, where it is not ranked, why not, in a box: its status,
 * no gap, its unit inactive, another county than the one ranked, not a
 * need at all.  Before, the screen had no search: a supervisor asked why
 * one need stood where it did paged through the whole ranking for it
 * (thousands of needs in a province), and a need left out was looked
 * for in vain, with nothing to say why.  first: the character typed that
 * opened the question (a digit, a Latin letter), or 0 for F3 and /. */
static void
rank_find(struct rank *r, int first)
{
	char *typed, id[CORE_ID_MAX], stn[CORE_STATION_MAX + 1], msg[700];
	const struct core_field *sf = &core_schema_get(CORE_NEED)->fields[CORE_NEED_STATUS];
	struct store_txn *t;
	struct core_record *rec = NULL;
	struct store_meta m;
	const char *p;
	size_t i;
	int k, rc;

	/* a digit or a Latin letter typed on the list starts the id, as
	 * typing in a list searches at once */
	if (first != 0) {
		char init[8];

		init[loc_utf8_encode((uint32_t)first, init)] = '\0';
		typed = tui_prompt_code(_("Ranking of needs"), _("Need's id or number:"), init);
	} else
		typed = tui_prompt_code(_("Ranking of needs"), _("Need's id or number:"), NULL);
	if (typed == NULL)
		return;
	for (p = typed; *p == ' ' || *p == '\t'; p++)
		;
	loc_utf8_copy(id, sizeof id, p);
	free(typed);
	for (k = (int)strlen(id); k > 0 && (id[k - 1] == ' ' || id[k - 1] == '\t'); k--)
		id[k - 1] = '\0';
	if (id[0] == '\0')
		return;
	if (store_station(tui_app.st, stn) != 0 || !core_id_bare(id, stn, msg))
		core_id_upper(id);
	else
		loc_utf8_copy(id, sizeof id, msg);
	for (i = 0; i < r->g.nitems; i++)
		if (strcmp(r->g.items[r->res[i].item].id, id) == 0) {
			r->sel = (int)i;
			return;
		}
	for (i = 0; i < r->g.nneeds; i++) {
		const struct core_match_need *x = &r->g.needs[i];

		if (strcmp(x->id, id) != 0)
			continue;
		if (!core_rank_eligible(x->status, 1))
			snprintf(msg, sizeof msg, _("%s is not ranked: its status is \"%s\", and only needs identified, assessed or approved are ranked."),
			    id, _(core_choice_label(sf, x->status)));
		else if (x->unit_inactive)
			snprintf(msg, sizeof msg, _("%s is not ranked: its unit %s is marked inactive."),
			    id, x->unit);
		else
			snprintf(msg, sizeof msg, _("%s is not ranked: it has no gap (its estimated cost is pledged in full, or it has none)."),
			    id);
		tui_message(_("Ranking of needs"), msg);
		return;
	}
	/* not among the needs read: another county's, deactivated, or none */
	msg[0] = '\0';
	if ((rc = store_read_begin(tui_app.st, &t)) != 0) {
		snprintf(msg, sizeof msg, "%s %s", _("Cannot read the database:"), tui_store_strerror(rc));
		tui_message(_("Ranking of needs"), msg);
		return;
	}
	rc = store_get(t, CORE_NEED, id, &rec, &m);
	if (rc == 0 && m.deleted)
		snprintf(msg, sizeof msg, _("%s is not ranked: the need is deactivated."), id);
	else if (rc == 0) {
		const char *c = rec->v[CORE_NEED_COUNTY].set && rec->v[CORE_NEED_COUNTY].text ?
		    rec->v[CORE_NEED_COUNTY].text : "";
		char cbuf[CORE_COUNTY_MAX];
		const char *only = tui_read_county(cbuf, sizeof cbuf);

		if (only != NULL)
			snprintf(msg, sizeof msg, _("%s is a need of %s: your county's needs alone are ranked here."),
			    id, tui_county_name(c));
		else if (r->county[0] == '\0')
			snprintf(msg, sizeof msg, _("There is no need %s."), id);
		else
			snprintf(msg, sizeof msg, _("%s is a need of %s: the needs of %s alone are ranked now (F8: every county)."),
			    id, tui_county_name(c), tui_county_name(r->county));
	} else {
		for (k = 0; k < CORE_NKINDS; k++)
			if (k != CORE_NEED && store_exists(t, (enum core_kind)k, id, NULL) == 0)
				break;
		if (k < CORE_NKINDS)
			snprintf(msg, sizeof msg, _("%s is a %s, not a need."), id,
			    _(core_schema_get((enum core_kind)k)->label));
		else
			snprintf(msg, sizeof msg, _("There is no need %s."), id);
	}
	if (rec != NULL)
		core_record_free(rec);
	store_read_end(t);
	tui_message(_("Ranking of needs"), msg);
}

static enum tui_result
rank_event(struct tui_screen *s, int key)
{
	struct rank *r = s->data;
	struct tui_screen *n;
	size_t sel;

	if (key == TUI_KEY_F(4)) {
		r->method = r->method == CORE_RANK_TOPSIS ? CORE_RANK_SAW : CORE_RANK_TOPSIS;
		if (rank_rescore(r) != 0)
			r->loaded = 0;
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(3) || key == '/') {
		if (!r->error[0])
			rank_find(r, 0);
		return TUI_HANDLED;
	}
	if ((key >= '0' && key <= '9') || (key >= 0x6F0 && key <= 0x6F9) ||
	    (key >= 0x660 && key <= 0x669) || (key >= 'a' && key <= 'z') ||
	    (key >= 'A' && key <= 'Z')) {
		if (!r->error[0])
			rank_find(r, key);
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(6)) {
		if ((n = tui_weights_new()) != NULL)
			tui_screen_push(n);
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(8) && s->fkeys == rank_keys) {
		char code[CORE_COUNTY_MAX], own[CORE_COUNTY_MAX];
		struct core_actor a;

		/* the supervisor's own county first, the one he looks for */
		own[0] = '\0';
		if (r->county[0] == '\0' && tui_user_actor(&a) == 0)
			loc_utf8_copy(own, sizeof own, a.county);
		if (tui_county_pick_all(_("County"), _("All counties"),
		    r->county[0] ? r->county : own, code)) {
			loc_utf8_copy(r->county, sizeof r->county, code);
			r->sel = 0;
			r->top = 0;
			r->fresh = 1;
			r->loaded = 0;
		}
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(7)) {
		if (r->g.nitems > 0 &&
		    (n = tui_match_need_new(r->g.items[r->res[r->sel].item].id)) != NULL)
			tui_screen_push(n);
		return TUI_HANDLED;
	}
	sel = (size_t)r->sel;
	if (tui_sel_scroll(tui_key_action(key), &sel, &r->top, r->g.nitems, r->page)) {
		r->sel = (int)sel;
		return TUI_HANDLED;
	}
	switch (tui_key_action(key)) {
	case TUI_ACT_OPEN:
		if (r->g.nitems > 0 && (n = tui_need_new(r->g.items[r->res[r->sel].item].id)) != NULL)
			tui_screen_push(n);
		return TUI_HANDLED;
	case TUI_ACT_BACK:
		return TUI_CLOSE;
	default:
		return TUI_IGNORED;
	}
}

static void
rank_destroy(struct tui_screen *s)
{
	struct rank *r = s->data;

	store_rank_data_free(&r->g);
	free(r->res);
	tui_screen_free(s);
}

/* F1's text of the ranking: the body, then the keys (one of the
 * rank_help_keys texts, by the user's role).  Made translated: tui_help's _()
 * gives it back unchanged. */
static void
rank_help_make(struct rank *r, const char *keys)
{
	snprintf(r->help, sizeof r->help, "%s\n%s\n%s", _(rank_help_body),
	    _(rank_help_criteria), _(keys));
}

struct tui_screen *
tui_rank_new(void)
{
	struct tui_screen *s = tui_screen_make(_("Ranking of needs"), sizeof(struct rank),
	    rank_keys, NULL);
	struct rank *r;

	if (s == NULL)
		return NULL;
	r = s->data;
	s->draw = rank_draw;
	s->event = rank_event;
	s->destroy = rank_destroy;
	{
		char cbuf[CORE_COUNTY_MAX];

		const char *keys = weights_mine(NULL, 0) ? rank_help_keys : rank_help_keys_ro;

		if (tui_read_county(cbuf, sizeof cbuf) != NULL) {
			s->fkeys = rank_keys_clerk;
			keys = rank_help_keys_county;
		}
		rank_help_make(r, keys);
	}
	s->help = r->help;
	return s;
}

/* ---- weights editor ---- */

struct wed {
	double m[N * N];
	int ci, cj;			/* cursor: upper triangle, ci < cj */
	int dirty;
	int rc;				/* core_ahp's answer */
	int ro;				/* the user may not change them
					   (weights_mine): read only */
	struct core_ahp_result ar;
	char note[300];
};

static const struct tui_fkey wed_keys[] = {
	{ 1, N_("Help"), 0 }, { 2, N_("Save"), TUI_FKEY_WRITE }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

/* For a user who may not change the weights: nothing to save. */
static const struct tui_fkey wed_keys_ro[] = {
	{ 1, N_("Help"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

static const char wed_help[] = N_(
    "Each cell says how much more important the row's criterion is than the\n"
    "column's, on Saaty's scale: 1 equal, 3 moderately, 5 strongly,\n"
    "7 very strongly, 9 extremely more important (1/3 ... 1/9: less).\n"
    "Arrows, Tab and Shift-Tab move, + and - step the scale, a digit 1-9\n"
    "sets it, / turns it over.  CR over 0.10 is too inconsistent to save: change the pair named.\n"
    "F2 saves the weights for the province (hq and admin only).");

/* The help of a user who may not change the weights (a clerk, a
 * supervisor, an auditor: weights_mine): the matrix to read, nothing to
 * change; the keys that would change a judgement say so instead. */
static const char wed_help_ro[] = N_(
    "Each cell says how much more important the row's criterion is than the\n"
    "column's, on Saaty's scale: 1 equal, 3 moderately, 5 strongly,\n"
    "7 very strongly, 9 extremely more important (1/3 ... 1/9: less).\n"
    "Arrows, Tab and Shift-Tab move.  You read the weights only:\n"
    "provincial HQ or the administrator changes them.  F10 back.");

/* The scale as an index -8..8: 1/9 .. 1/2, 1, 2 .. 9. */
static int
scale_index(double v)
{
	if (v >= 1)
		return (int)lround(v) - 1;
	return -((int)lround(1 / v) - 1);
}

static double
scale_value(int idx)
{
	if (idx > 8)
		idx = 8;
	if (idx < -8)
		idx = -8;
	return idx >= 0 ? idx + 1 : 1.0 / (1 - idx);
}

static void
wed_set(struct wed *e, int i, int j, double v)
{
	e->m[i * N + j] = v;
	e->m[j * N + i] = 1 / v;
	e->dirty = 1;
	e->note[0] = '\0';
	e->rc = core_ahp(e->m, N, &e->ar);
}

static const char *
judgement(double v, char *buf, size_t n)
{
	int idx = scale_index(v);

	if (idx >= 0)
		snprintf(buf, n, "%d", idx + 1);
	else
		snprintf(buf, n, "1/%d", 1 - idx);
	return tui_fmt_digits(buf, n);
}

static void
wed_draw(struct tui_screen *s, int top, int rows)
{
	struct wed *e = s->data;
	int rtl = tui_ui_dir() == LOC_DIR_RTL;
	int labw = 12, cellw = 8, wcol = 8, i, j, w = COLS - 2, lw = 0;
	int gridw, x0, gx0, stagger = 0;
	char buf[64], line[400], a[32], b[32], c[32];
	int bad = e->rc == CORE_ECONSIST;

	(void)rows;
	/* Cells as wide as the widest criterion's name where the screen has
	 * room (علاقه‌مندی was cut to علاقه… at 80 columns). */
	for (i = 0; i < N; i++)
		if (tui_text_width(_(crit_label[i])) > lw)
			lw = tui_text_width(_(crit_label[i]));
	if (lw + 1 > cellw - 1) {
		labw = lw + 2;
		wcol = 7;	/* "وزن" over ۰٫۴۱۲۳, four places as the ranking */
		cellw = (w - labw - wcol) / N < lw + 1 ? (w - labw - wcol) / N : lw + 1;
		if (cellw < 8) {
			labw = 12;
			cellw = wcol = 8;
		}
	}
	/* Narrower than the grid (below the 80 columns asked for): the
	 * cells give way, not the weights.  At 64 columns the grid was 68
	 * wide and began off the screen: the weights' column, drawn first
	 * on the left, showed «۴» of ۰٫۱۷۲۴.  A judgement («۱/۹») takes 3. */
	if (labw + N * cellw + wcol > w) {
		cellw = (w - labw - wcol) / N;
		if (cellw < 5)
			cellw = 5;
	}
	gridw = labw + N * cellw + wcol;
	x0 = rtl ? COLS - 1 - gridw : 1;
	tui_draw_ui(top, 1, w, _("How much more important is the row than the column?"), A_BOLD);
	/* header row: criteria of the columns.  Where a name is wider than
	 * its cell (English "Population" in 8 of 80 columns: six cells as
	 * wide as it, the row names and the weights take 84), the names
	 * take two lines, every other one on the line above, each centred
	 * over its column and as wide as two cells: its neighbours are on
	 * the other line. */
	for (j = 0; j < N; j++)
		if (tui_text_width(_(crit_label[j])) > cellw - 1)
			stagger = 1;
	gx0 = rtl ? x0 + gridw - labw - N * cellw : x0 + labw;
	for (j = 0; j < N; j++) {
		int x = rtl ? x0 + gridw - labw - (j + 1) * cellw : x0 + labw + j * cellw;
		int cw = cellw - 1, y = top + 2;

		if (stagger) {
			cw = tui_text_width(_(crit_label[j]));
			if (cw > 2 * cellw - 2)
				cw = 2 * cellw - 2;
			if (cw < cellw - 1)
				cw = cellw - 1;
			x += (cellw - 1 - cw) / 2;	/* same centre */
			if (x < gx0)
				x = gx0;
			if (x + cw > gx0 + N * cellw - 1)
				x = gx0 + N * cellw - 1 - cw;
			y = top + 1 + (j % 2 == 0);
		}
		tui_draw_text(y, x, cw, _(crit_label[j]), tui_ui_dir(),
		    TUI_ALIGN_CENTER, A_UNDERLINE);
	}
	tui_draw_text(top + 2, rtl ? x0 : x0 + labw + N * cellw, wcol - 1, _("Weight"), tui_ui_dir(),
	    TUI_ALIGN_CENTER, A_BOLD | A_UNDERLINE);
	for (i = 0; i < N; i++) {
		int y = top + 3 + i;

		tui_draw_ui(y, rtl ? x0 + gridw - labw : x0, labw - 1, _(crit_label[i]), A_BOLD);
		for (j = 0; j < N; j++) {
			int x = rtl ? x0 + gridw - labw - (j + 1) * cellw : x0 + labw + j * cellw;
			attr_t at = A_DIM;

			if (i < j)
				at = A_NORMAL;
			if (bad && ((i == e->ar.worst_i && j == e->ar.worst_j) ||
			    (j == e->ar.worst_i && i == e->ar.worst_j)))
				at = tui_attr_error() | A_UNDERLINE;
			if (i == e->ci && j == e->cj)
				at = A_REVERSE;
			tui_draw_text(y, x, cellw - 1, judgement(e->m[i * N + j], buf, sizeof buf),
			    LOC_DIR_LTR, TUI_ALIGN_CENTER, at);
			if (i == e->ci && j == e->cj) {
				s->cursor_y = y;
				s->cursor_x = x + (cellw - 1) / 2;
			}
		}
		tui_draw_text(y, rtl ? x0 : x0 + labw + N * cellw, wcol - 1,
		    tui_fmt_fixed(e->rc == CORE_EINVAL ? 0 : e->ar.w[i], 4, buf, sizeof buf),
		    LOC_DIR_LTR, TUI_ALIGN_CENTER, A_BOLD);
	}
	/* consistency */
	{
		int y = top + 4 + N;

		snprintf(line, sizeof line, "λmax = %s   CI = %s   CR = %s",
		    tui_fmt_fixed(e->ar.lambda_max, 3, a, sizeof a),
		    tui_fmt_fixed(e->ar.ci, 3, b, sizeof b), tui_fmt_fixed(e->ar.cr, 3, c, sizeof c));
		tui_draw_text(y, 1, w, line, LOC_DIR_LTR, rtl ? TUI_ALIGN_RIGHT : TUI_ALIGN_LEFT,
		    bad ? tui_attr_error() : A_BOLD);
		if (bad) {
			tui_draw_ui(y + 1, 1, w, _("CR over 0.10: too inconsistent to save."), tui_attr_error());
			snprintf(line, sizeof line, "%s %s / %s", _("The pair that breaks it most:"),
			    _(crit_label[e->ar.worst_i]), _(crit_label[e->ar.worst_j]));
			tui_draw_ui(y + 2, 1, w, line, tui_attr_error());
			/* what to change it to: the pair alone left a supervisor
			 * guessing which way, and how far */
			{
				int wi = e->ar.worst_i, wj = e->ar.worst_j;
				double v = core_ahp_implied(e->m, N, wi, wj);
				char given[32], to[32];

				judgement(e->m[wi * N + wj], given, sizeof given);
				judgement(v, to, sizeof to);
				if (strcmp(given, to) != 0) {
					snprintf(line, sizeof line,
					    _("For %s against %s you gave %s; your other comparisons point to about %s: move that cell towards it."),
					    _(crit_label[wi]), _(crit_label[wj]), given, to);
					tui_draw_wrapped(y + 3, 1, w, 2, line, tui_attr_error());
				}
			}
		} else {
			tui_draw_ui(y + 1, 1, w, e->rc != 0 ? _("The matrix is not valid.") :
			    _("Consistent (CR at most 0.10)."), e->rc != 0 ? tui_attr_error() : A_NORMAL);
		}
		if (e->note[0])
			tui_draw_ui(y + 5, 1, w, e->note, A_BOLD);
	}
}

static int
weights_save_fn(struct store_txn *t, void *ctx)
{
	struct wed *e = ctx;
	struct core_weights w;

	memcpy(w.w, e->ar.w, sizeof w.w);
	return store_rank_save(t, e->m, &w);
}

static void
wed_save(struct wed *e)
{
	struct core_actor who;
	struct core_access acc;
	struct core_weights w;
	char msg[400];
	int rc, bad;

	if (e->rc == CORE_ECONSIST) {
		tui_message(_("Not saved"), _("CR is over 0.10: change the pair named before saving."));
		return;
	}
	if (e->rc != 0)
		return;
	memcpy(w.w, e->ar.w, sizeof w.w);
	if ((bad = core_weights_check(&w)) >= 0) {
		/* The store would refuse them too (store_rank_save). */
		if (bad < N)
			snprintf(msg, sizeof msg, _("The weight of %s is not a number of 0 or more: change the judgements of its row."),
			    _(crit_label[bad]));
		else
			loc_utf8_copy(msg, sizeof msg, _("The weights come to 0 or to more than can be counted: change the judgements."));
		tui_message(_("Not saved"), msg);
		return;
	}
	tui_user_actor(&who);
	if (!core_access_check(&who, CORE_ACCESS_WEIGHTS, NULL, NULL, &acc)) {
		tui_message(_("Not saved"), tui_access_message(&acc, msg, sizeof msg));
		return;
	}
	if ((rc = store_write(tui_app.st, weights_save_fn, e)) != 0) {
		tui_write_failed(rc);
		return;
	}
	e->dirty = 0;
	loc_utf8_copy(e->note, sizeof e->note, _("Weights saved: the ranking uses them now."));
	tui_data_changed();
}

static enum tui_result
wed_event(struct tui_screen *s, int key)
{
	struct wed *e = s->data;
	int rtl = tui_ui_dir() == LOC_DIR_RTL;
	int d = key < TUI_KEY_BASE ? loc_digit_value((uint32_t)key) : -1;
	double v = e->m[e->ci * N + e->cj];

	/* A user who may not change the weights (a clerk, a supervisor, an
	 * auditor) reads the matrix: a key that would change a judgement
	 * changes nothing and says at once who may, so nothing is typed to
	 * be refused by F2 at the end, nor left unsaved to be asked about on
	 * leaving.  Before, only an auditor was stopped here: a clerk's
	 * judgements were taken, then lost to F2's refusal. */
	if (e->ro && ((d >= 1 && d <= 9) || key == '+' || key == '=' ||
	    key == '-' || key == '/') && !weights_mine(e->note, sizeof e->note))
		return TUI_HANDLED;
	if (d >= 1 && d <= 9) {
		wed_set(e, e->ci, e->cj, d);
		return TUI_HANDLED;
	}
	if (key == '+' || key == '=') {
		wed_set(e, e->ci, e->cj, scale_value(scale_index(v) + 1));
		return TUI_HANDLED;
	}
	if (key == '-') {
		wed_set(e, e->ci, e->cj, scale_value(scale_index(v) - 1));
		return TUI_HANDLED;
	}
	if (key == '/') {
		wed_set(e, e->ci, e->cj, 1 / v);
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_LEFT || key == TUI_KEY_RIGHT) {
		int next = (key == TUI_KEY_RIGHT) != rtl;	/* towards higher j */

		if (next && e->cj + 1 < N)
			e->cj++;
		else if (!next && e->cj - 1 > e->ci)
			e->cj--;
		return TUI_HANDLED;
	}
	switch (tui_key_action(key)) {
	case TUI_ACT_UP:
		if (e->ci > 0)
			e->ci--;
		return TUI_HANDLED;
	case TUI_ACT_DOWN:
		if (e->ci + 1 < N - 1) {
			e->ci++;
			if (e->cj <= e->ci)
				e->cj = e->ci + 1;
		}
		return TUI_HANDLED;
	case TUI_ACT_NEXT:
		if (e->cj + 1 < N)
			e->cj++;
		else if (e->ci + 2 < N) {
			e->ci++;
			e->cj = e->ci + 1;
		}
		return TUI_HANDLED;
	case TUI_ACT_PREV:
		/* back along the judgements, as Tab goes forward */
		if (e->cj - 1 > e->ci)
			e->cj--;
		else if (e->ci > 0) {
			e->ci--;
			e->cj = N - 1;
		}
		return TUI_HANDLED;
	case TUI_ACT_SAVE:
		wed_save(e);
		return TUI_HANDLED;
	case TUI_ACT_BACK:
		if (!e->dirty)
			return TUI_CLOSE;
		/* F2 there saves, as under a form's question: an HQ user who
		 * pressed F10 first and then F2 to save lost the change when F2
		 * answered "leave without saving" */
		/* judgements too inconsistent to save: F2 would only say so
		 * (wed_save), so the question does not offer it */
		switch (tui_confirm_discard(e->rc == CORE_ECONSIST ?
		    _("The weights have unsaved changes, too inconsistent to save (CR over 0.10).\nDiscard them and go back?\n(n goes back to the editor, to change the pair named.)") :
		    _("The weights have unsaved changes.\nDiscard them and go back?\n(F2 saves them.)"))) {
		case 1:
			return TUI_CLOSE;
		case 2:
			wed_save(e);
			return e->dirty ? TUI_HANDLED : TUI_CLOSE;
		default:
			return TUI_HANDLED;
		}
	default:
		return TUI_IGNORED;
	}
}

static int
wed_dirty(struct tui_screen *s)
{
	return ((struct wed *)s->data)->dirty;
}

struct tui_screen *
tui_weights_new(void)
{
	struct tui_screen *s = tui_screen_make(_("Ranking weights (AHP)"), sizeof(struct wed),
	    wed_keys, wed_help);
	struct wed *e;
	struct store_txn *t;

	if (s == NULL)
		return NULL;
	e = s->data;
	memcpy(e->m, core_rank_default_matrix, sizeof e->m);
	if (store_read_begin(tui_app.st, &t) == 0) {
		store_rank_matrix(t, e->m);
		store_read_end(t);
	}
	e->ci = 0;
	e->cj = 1;
	e->rc = core_ahp(e->m, N, &e->ar);
	if (!weights_mine(NULL, 0)) {
		e->ro = 1;
		s->help = wed_help_ro;
		s->fkeys = wed_keys_ro;
	}
	s->draw = wed_draw;
	s->event = wed_event;
	s->dirty = wed_dirty;
	return s;
}
