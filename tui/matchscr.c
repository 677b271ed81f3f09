/*
 * tui/matchscr.c — donor <-> need matching (SPEC §7), and a pledge made
 * from a match in two keys.
 *
 * From a donor: the needs of the donor's county in a category among his
 * interests that take a pledge (the same needs that list him from their
 * side), the ranked ones first by priority score (TOPSIS, stored
 * weights), then those the ranking leaves out (in progress, a volunteer
 * need with no cost: score «-»), each then by fit of his free capacity to
 * the gap (core_match_needs).  From a need: the active
 * donors of its county interested in its category, by fit
 * (core_match_donors).  A donor's free capacity is his capacity less the
 * unpaid remainder of his open pledges (store_donor_open,
 * core_match_free): the head line (from a donor) and the columns (from a
 * need) show both.  A non-material need takes no money: its donors fit by
 * their past participation (core_match_past_fit), its columns are their
 * past pledges of its type and of the other non-material types, its gap
 * «-» from a donor, and a donor with an open pledge on it is not listed
 * (core_match_pledged_skip).  The columns' widths are measured when the
 * matches are loaded (match_widths), not on every draw.
 *
 * Enter on a match shows the pledge it would make, each record named by
 * id and name: the donor, the need, and a new pledge with the need's
 * category as its type, today as its date, status pledged, and for a
 * material category an amount of the donor's free capacity or the gap,
 * whichever is smaller (the whole gap when the capacity is unknown), said
 * which it is.  A donor with no money left free (his pledges elsewhere
 * take all of his capacity) is still listed, for the non-material needs
 * above all, but is proposed no amount: the preview says why and F2
 * records nothing.  Under it: whether the user may record it (his role and
 * county), whether the donor already has a pledge on the need, or that F2
 * records it.  F2 then writes it in one store_write (all or nothing,
 * through the access policy) and the screen, like every other, reloads:
 * the need's gap is smaller at once.
 *
 * F2's checks, refusals before questions: the access policy's own
 * decision (store_users_may_write: role, county, a clerk's references to
 * another county), then the record's validation, and only then the
 * question about a donor who already has a pledge on the need (not
 * cancelled), as a payment recorded twice is asked about (tui/pledges.c).
 * A question whose yes the store would refuse is never asked.  Before writing,
 * the donor and the need are read again: one made inactive (or the need
 * rejected or done) by another session since Enter is refused, as a gap
 * or a donor's free capacity changed meanwhile is.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/match.h"
#include "core/pledge.h"
#include "core/validate.h"
#include "locale/catalog.h"
#include "locale/jalali.h"
#include "locale/text.h"
#include "store/stats.h"
#include "store/store.h"
#include "store/users.h"
#include "tui/form.h"
#include "tui/identity.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/screens.h"

struct mscr {
	int by_donor;
	char help[4096];		/* F1: match_help_text */
	char id[CORE_ID_MAX];		/* the donor or need matched from */
	int loaded;
	unsigned gen;
	struct store_rank_data g;
	int found;			/* index of id in g.donors / g.needs, -1 */
	struct core_match *m;
	size_t nm;
	char (*names)[160];		/* donor names (by_donor == 0), per donor */
	char dname[160];		/* the donor's name (by_donor) */
	char head[300];
	char head_short[300];		/* from a donor: free capacity alone */
	int figw;			/* cells of head before the name */
	int idw;			/* cells of the longest id listed, at least 10 */
	int valw;			/* cells of the widest figure in the two
					   figure columns (match_cell), measured
					   once per load by match_widths */
	int sel;
	size_t top, page;		/* first row shown; rows shown */
	int chosen;			/* index into m marked by Enter, -1 */
	char note[600];
	int short_sum;			/* a sum its figures rest on (a gap, a
					   donor's free capacity) left out a
					   pledge or a payment not there
					   (store_sum_short): said at the foot,
					   and F2 records nothing */
	char why[700];			/* why nothing is proposed, or "" */
	char error[1200];
};

static const struct tui_fkey match_keys[] = {
	{ 1, N_("Help"), 0 }, { 2, N_("Make pledge"), TUI_FKEY_WRITE }, { 3, N_("Need"), 0 }, { 10, N_("Back"), 0 },
	{ 0, NULL, 0 }
};

/* with no match: F2 and F3 have nothing to act on */
static const struct tui_fkey match_keys_none[] = {
	{ 1, N_("Help"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

/* Why a match is listed and what its figures mean, before the keys: the
 * rules of core_match_needs, core_match_donors and core_match_fit
 * (core/match.c), nothing more. */
static const char match_help_why[] = N_(
    "Why a match is listed: the donor is active, of the need's county (its\n"
    "unit's), and the need's type is among his interests.  A need is listed\n"
    "while it takes a pledge: not done or rejected, its unit active, and if\n"
    "material (space, equipment, costs) with a gap left.\n"
    "\n"
    "Fit, 0 to 1.  For a material need it weighs the donor's free capacity\n"
    "(his capacity less the unpaid rest of his open pledges) against the gap:\n"
    "1 when equal, over 0.5 when he covers it all, under 0.5 when part, 0\n"
    "with none recorded or free; 1 for a need with no gap.  A non-material\n"
    "need takes no money: his past pledges (not cancelled), 2 for each of its\n"
    "type and 1 of another non-material type, sum / (sum + 2); not proposed\n"
    "again to a donor with an open pledge on it.\n"
    "\n"
    "Score is the need's priority in the ranking (its weights); \"-\" for a\n"
    "need the ranking leaves out (in progress, or with no gap).  From a donor:\n"
    "the scored needs first, by score, then by fit; from a need: the donors\n"
    "by fit, then by more past pledges.");
/* The keys, after it (match_help_text). */
static const char match_help_keys[] = N_(
    "The matches, best first.  Up/Down, PgUp/PgDn and Home/End move through\n"
    "them; the head line tells which are shown when not all of them fit.\n"
    "Enter on a match shows the new pledge it would make: its donor and need,\n"
    "amount and why, type and date, and whether you may record it.  F2 then\n"
    "records it: refused first if your role or county does not allow it,\n"
    "asked first if the donor already has a pledge on the need.  The need's\n"
    "gap is lowered at once.  F10 or Esc back, recording nothing.");
/* The same for an auditor, whose bar has no F2. */
static const char match_help_keys_ro[] = N_(
    "The matches, best first.  Up/Down, PgUp/PgDn and Home/End move through\n"
    "them; the head line tells which are shown when not all of them fit.\n"
    "Enter on a match shows the new pledge it would make: its donor and need,\n"
    "amount and why, type and date; an auditor records none.  F10 or Esc back.");

/* The F1 help: why a match is listed, then the keys of the user's role;
 * into x->help, translated. */
static const char *
match_help_text(struct mscr *x)
{
	snprintf(x->help, sizeof x->help, "%s\n\n%s", _(match_help_why),
	    _(tui_user_reads_only() ? match_help_keys_ro : match_help_keys));
	return x->help;
}

static void match_other_id(const struct mscr *x, int i, char *out, size_t n);

/* 1 if the figure columns of the list from a need hold the donors' past
 * participation (a non-material need), not their capacity and free
 * capacity in rials, which play no part in its fit. */
static int
match_past_cols(const struct mscr *x)
{
	return !x->by_donor && x->found >= 0 && !core_ptype_material(x->g.needs[x->found].category);
}

/* The text of figure column col (0 or 1) of match k, into buf: from a
 * donor, col 0 the need's gap (SPEC §3), a non-material need's too (col 1
 * unused, ""); from a material need the
 * donor's capacity and free capacity, "-" when his capacity is not
 * recorded; from a non-material one his past pledges of its type and of
 * the other non-material types (core_match_past: what its fit weighs). */
static const char *
match_cell(const struct mscr *x, size_t k, int col, char *buf, size_t n)
{
	size_t idx = x->m[k].index;

	if (x->by_donor) {
		const struct core_match_need *nd = &x->g.needs[idx];

		if (col != 0)
			return "";
		/* the gap the ranking scores, a non-material need's too
		 * (SPEC §3: its estimated cost less its material pledges),
		 * as the ranking, the dashboard and its own screen show it;
		 * before, "-" for one, beside the score its gap had made */
		return tui_fmt_amount(nd->gap, 0, buf, n);
	} else {
		const struct core_match_donor *d = &x->g.donors[idx];

		if (match_past_cols(x)) {
			int32_t same, other;

			core_match_past(d, x->g.needs[x->found].category, &same, &other);
			return tui_fmt_int(col == 0 ? same : other, buf, n);
		}
		if (d->capacity <= 0)
			return "-";
		return tui_fmt_amount(col == 0 ? d->capacity : core_match_free(d), 0, buf, n);
	}
}

/* The widths of the id column and of the figures, over every match, once
 * when the matches are (re)loaded: match_draw used to format each
 * match's figures on every key pressed, in two loops of the same shape. */
static void
match_widths(struct mscr *x)
{
	char a[64], id[CORE_ID_MAX];
	size_t k;
	int col;

	x->idw = 10;
	x->valw = 0;
	for (k = 0; k < x->nm; k++) {
		match_other_id(x, (int)k, id, sizeof id);
		if ((int)strlen(id) > x->idw)
			x->idw = (int)strlen(id);
		for (col = 0; col < 2; col++) {
			int cw = tui_text_width(match_cell(x, k, col, a, sizeof a));

			if (cw > x->valw)
				x->valw = cw;
		}
	}
}

static int
read_names(struct store_txn *t, struct mscr *x)
{
	size_t i;

	if ((x->names = calloc(x->g.ndonors + 1, sizeof *x->names)) == NULL)
		return STORE_ENOMEM;
	for (i = 0; i < x->nm; i++) {
		struct core_record *r;
		size_t k = x->m[i].index;

		if (store_get(t, CORE_DONOR, x->g.donors[k].id, &r, NULL) == 0) {
			tui_fmt_text(x->names[k], sizeof x->names[k], core_record_text(r, CORE_DONOR_NAME));
			core_record_free(r);
		}
	}
	return 0;
}

/* The id of match i's other record (the need from a donor, the donor
 * from a need) into out (empty if there is none). */
static void
match_other_id(const struct mscr *x, int i, char *out, size_t n)
{
	out[0] = '\0';
	if (x->m == NULL || i < 0 || i >= (int)x->nm)
		return;
	loc_utf8_copy(out, n, x->by_donor ? x->g.needs[x->m[i].index].id :
	    x->g.donors[x->m[i].index].id);
}

/* The index of the match whose other record is id, or -1. */
static int
match_find(const struct mscr *x, const char *id)
{
	char cur[CORE_ID_MAX];
	int i;

	if (id[0] == '\0')
		return -1;
	for (i = 0; i < (int)x->nm; i++) {
		match_other_id(x, i, cur, sizeof cur);
		if (strcmp(cur, id) == 0)
			return i;
	}
	return -1;
}

const char *
tui_match_none_why(const struct store_rank_data *g, int by_donor, size_t i, char *buf, size_t n)
{
	if (by_donor) {
		const struct core_match_donor *d = &g->donors[i];

		if (!d->active)
			snprintf(buf, n, _("Donor %s is inactive: inactive donors are not matched with needs."), d->id);
		else if (d->interests == 0)
			snprintf(buf, n, _("Donor %s has no interests recorded: needs are matched by the donor's interests."), d->id);
		else
			return NULL;
		return buf;
	}
	switch (core_match_need_closed(&g->needs[i])) {
	case CORE_MATCH_CLOSED_STATUS:
		snprintf(buf, n, _("Need %s is \"%s\": no donor is proposed."), g->needs[i].id,
		    tui_choice(CORE_NEED, CORE_NEED_STATUS, g->needs[i].status));
		return buf;
	case CORE_MATCH_CLOSED_UNIT: {
		char name[200], unit[260];

		/* its name where the screen can read it (not the CLI) */
		tui_record_caption(CORE_UNIT, g->needs[i].unit, name, sizeof name);
		if (name[0])
			snprintf(unit, sizeof unit, "%s (%s)", g->needs[i].unit, name);
		else
			snprintf(unit, sizeof unit, "%s", g->needs[i].unit);
		snprintf(buf, n, _("Need %s is of unit %s, which is inactive: needs of an inactive unit are not matched with donors."),
		    g->needs[i].id, unit);
		return buf;
	}
	case CORE_MATCH_CLOSED_COVERED:
		snprintf(buf, n, _("Need %s has no gap left: its pledges cover the estimated cost, so no donor is proposed."),
		    g->needs[i].id);
		return buf;
	default:
		return NULL;
	}
}

const char *
tui_match_pledged_why(const struct store_rank_data *g, int by_donor, size_t i, char *buf,
    size_t n)
{
	struct core_match m1, *m = NULL;
	size_t k, nm = 0, np = 0;

	if (by_donor) {
		/* the same donor without his open pledges: his needs then */
		struct core_match_donor d = g->donors[i];

		d.pledged = NULL;
		d.npledged = 0;
		if ((m = calloc(g->nneeds + 1, sizeof *m)) == NULL)
			return NULL;
		if (core_match_needs(&d, g->needs, g->nneeds, m, &np) != 0)
			np = 0;
		free(m);
		if (np == 0)
			return NULL;
		snprintf(buf, n, _("Donor %s already has an open pledge on each need of his interests in %s county that takes one: a non-material need is not proposed again to a donor who has an open pledge on it."),
		    g->donors[i].id, tui_county_name(g->donors[i].county));
		return buf;
	}
	for (k = 0; k < g->ndonors; k++) {
		struct core_match_donor d = g->donors[k];

		if (!core_match_pledged(&d, g->needs[i].id))
			continue;
		d.pledged = NULL;
		d.npledged = 0;
		if (core_match_donors(&g->needs[i], &d, 1, &m1, &nm) == 0 && nm == 1)
			np++;
	}
	if (np == 0)
		return NULL;
	snprintf(buf, n, _("Every active donor of %s county interested in \"%s\" already has an open pledge on need %s: a non-material need is not proposed again to a donor who has an open pledge on it."),
	    tui_county_name(g->needs[i].county),
	    tui_choice(CORE_NEED, CORE_NEED_CATEGORY, g->needs[i].category), g->needs[i].id);
	return buf;
}

const char *
tui_match_no_free(const struct core_match_donor *d, char *buf, size_t n)
{
	char a[64], b[64];

	if (d->capacity <= 0 || core_match_free(d) > 0)
		return NULL;
	snprintf(buf, n, _("Donor %s has no money left free: his open pledges, %s not yet paid, take all of his capacity of %s. No amount is proposed to him."),
	    d->id, tui_fmt_amount(d->open, 1, a, sizeof a), tui_fmt_amount(d->capacity, 1, b, sizeof b));
	return buf;
}

const char *
tui_match_capacity(const struct core_match_donor *d, char *buf, size_t n)
{
	char a[64], b[64];

	if (d->capacity <= 0)
		snprintf(buf, n, "%s %s", _("capacity"), _("not recorded"));
	else
		/* the unit once, after both: the head line has little room */
		snprintf(buf, n, _("capacity: %s, free: %s"), tui_fmt_amount(d->capacity, 0, a, sizeof a),
		    tui_fmt_amount(core_match_free(d), 1, b, sizeof b));
	return buf;
}

/* Why nothing is proposed for a donor or need that could have matches:
 * none of the other kind in its county fits (not a bare «No matches.»). */
static void
none_why(struct mscr *x)
{
	if (x->by_donor)
		snprintf(x->why, sizeof x->why,
		    _("No need of %s county in the donor's interests is open to pledges (not \"%s\" or \"%s\", and with a gap left if it has a cost)."),
		    tui_county_name(x->g.donors[x->found].county),
		    tui_choice(CORE_NEED, CORE_NEED_STATUS, CORE_NEED_DONE),
		    tui_choice(CORE_NEED, CORE_NEED_STATUS, CORE_NEED_REJECTED));
	else
		snprintf(x->why, sizeof x->why, _("No active donor of %s county is interested in \"%s\"."),
		    tui_county_name(x->g.needs[x->found].county),
		    tui_choice(CORE_NEED, CORE_NEED_CATEGORY, x->g.needs[x->found].category));
}

static void
match_load(struct mscr *x)
{
	struct store_txn *t;
	struct core_weights w;
	struct core_rank_result *res = NULL;
	char cap[300], gap[64], a[64];
	size_t i;
	int rc, bad, k;
	char cbuf[CORE_COUNTY_MAX];
	const char *only = tui_read_county(cbuf, sizeof cbuf);
	char sel_id[CORE_ID_MAX], chosen_id[CORE_ID_MAX];

	/* the selection and the mark follow their record, not their row:
	 * a pledge made or a change elsewhere reorders the matches */
	match_other_id(x, x->sel, sel_id, sizeof sel_id);
	match_other_id(x, x->chosen, chosen_id, sizeof chosen_id);
	store_rank_data_free(&x->g);
	free(x->m);
	free(x->names);
	x->m = NULL;
	x->names = NULL;
	x->nm = 0;
	x->found = -1;
	x->why[0] = '\0';
	x->error[0] = '\0';
	x->dname[0] = '\0';
	x->short_sum = 0;
	x->loaded = 1;
	x->gen = tui_list_generation;
	if ((rc = store_read_begin(tui_app.st, &t)) != 0)
		goto fail;
	if ((bad = store_rank_weights(t, &w)) >= 0) {
		/* matches are ordered by the ranking: not by other weights */
		store_read_end(t);
		tui_rank_weights_fault(bad, x->error, sizeof x->error);
		return;
	}
	if ((rc = store_rank_gather(t, only, loc_day_today(), &x->g)) != 0) {
		store_read_end(t);
		goto fail;
	}
	tui_rank_data_digits(&x->g);
	rc = STORE_ENOMEM;
	if ((res = calloc(x->g.nitems + 1, sizeof *res)) == NULL ||
	    core_rank(x->g.items, x->g.nitems, &w, CORE_RANK_TOPSIS, res) != 0 ||
	    (x->m = calloc((x->by_donor ? x->g.nneeds : x->g.ndonors) + 1, sizeof *x->m)) == NULL) {
		store_read_end(t);
		free(res);
		goto fail;
	}
	for (i = 0; i < x->g.nitems; i++)
		x->g.needs[x->g.item_need[res[i].item]].score = res[i].score;
	free(res);
	if (x->by_donor) {
		for (i = 0; i < x->g.ndonors; i++)
			if (strcmp(x->g.donors[i].id, x->id) == 0)
				x->found = (int)i;
		if (x->found >= 0) {
			struct core_match_donor *d = &x->g.donors[x->found];
			struct core_record *r;
			const char *name = "";

			/* his free capacity (what his open pledges leave),
			 * his past pledges by type (the fit for a
			 * non-material need) and the needs he has an open
			 * pledge on */
			if ((rc = store_rank_donor_history(t, d)) != 0) {
				store_read_end(t);
				goto fail;
			}
			if (tui_match_none_why(&x->g, 1, (size_t)x->found, x->why, sizeof x->why) == NULL)
				core_match_needs(d, x->g.needs, x->g.nneeds, x->m, &x->nm);
			if (store_get(t, CORE_DONOR, d->id, &r, NULL) == 0) {
				char dname[sizeof x->head];

				/* the name in the user's digits, as the needs'
				 * titles and the list of donors show it (not
				 * the id: TST-10 stays as stored) */
				loc_utf8_copy(dname, sizeof dname, core_record_text(r, CORE_DONOR_NAME));
				tui_fmt_digits(dname, sizeof dname);
				tui_fmt_text(x->dname, sizeof x->dname, core_record_text(r, CORE_DONOR_NAME));
				size_t hl;

				/* The figure before the name: a long name
				 * is cut, not the figure (and between
				 * characters, its Persian digits two bytes). */
				hl = (size_t)snprintf(x->head, sizeof x->head, "%s %s  %s  ", _("Donor"),
				    d->id, tui_match_capacity(d, cap, sizeof cap));
				x->figw = tui_text_width(x->head);
				if (hl < sizeof x->head)
					loc_utf8_copy(x->head + hl, sizeof x->head - hl, dname);
				/* narrower (64 columns): the free capacity
				 * alone, which matching weighs, and the name */
				if (d->capacity > 0)
					snprintf(cap, sizeof cap, _("free capacity: %s"),
					    tui_fmt_amount(core_match_free(d), 1, a, sizeof a));
				hl = (size_t)snprintf(x->head_short, sizeof x->head_short, "%s %s  %s  ",
				    _("Donor"), d->id, cap);
				if (hl < sizeof x->head_short)
					loc_utf8_copy(x->head_short + hl, sizeof x->head_short - hl, dname);
				core_record_free(r);
			}
			(void)name;
		}
	} else {
		for (i = 0; i < x->g.nneeds; i++)
			if (strcmp(x->g.needs[i].id, x->id) == 0)
				x->found = (int)i;
		if (x->found >= 0) {
			struct core_match_need *n = &x->g.needs[x->found];

			/* none proposed for a need that takes no pledge: each
			 * would fit «best» with nothing to give; donors who fit
			 * alike by their past pledges, more first */
			if (tui_match_none_why(&x->g, 0, (size_t)x->found, x->why, sizeof x->why) == NULL) {
				if ((rc = store_rank_donor_pledges(t, &x->g, n->county)) != 0) {
					store_read_end(t);
					goto fail;
				}
				core_match_donors(n, x->g.donors, x->g.ndonors, x->m, &x->nm);
			}
			/* The gap before the title, which is cut if long: a
			 * non-material need's too (SPEC §3: its estimated
			 * cost less its material pledges), the gap it was
			 * ranked by, as the ranking, the dashboard and the
			 * matches from a donor show it.  Before, such a
			 * need's type in its place, no gap. */
			snprintf(x->head, sizeof x->head, "%s %s  %s %s  %s", _("Need"), n->id,
			    _("gap"), tui_fmt_amount(n->gap, 1, gap, sizeof gap),
			    x->g.titles[x->found]);
			if ((rc = read_names(t, x)) != 0) {
				store_read_end(t);
				goto fail;
			}
		}
	}
	x->short_sum = store_sum_short(t) != 0;
	store_read_end(t);
	/* said again with the unit's name, which cannot be read while t
	 * was open */
	if (x->found >= 0 && !x->by_donor &&
	    core_match_need_closed(&x->g.needs[x->found]) == CORE_MATCH_CLOSED_UNIT)
		tui_match_none_why(&x->g, 0, (size_t)x->found, x->why, sizeof x->why);
	if (x->found < 0)
		snprintf(x->error, sizeof x->error, "%s %s", _("No such record:"), x->id);
	else if (x->nm == 0 && x->why[0] == '\0' &&
	    tui_match_pledged_why(&x->g, x->by_donor, (size_t)x->found, x->why, sizeof x->why) == NULL)
		none_why(x);
	match_widths(x);
	if ((k = match_find(x, sel_id)) >= 0)
		x->sel = k;
	if (x->sel >= (int)x->nm)
		x->sel = x->nm ? (int)x->nm - 1 : 0;
	if (x->chosen >= 0)
		x->chosen = match_find(x, chosen_id);
	return;
fail:
	tui_read_failed(rc, x->error, sizeof x->error);
}

/* The donor and need of match i. */
static void
match_pair(struct mscr *x, int i, struct core_match_donor **d, struct core_match_need **n,
    const char **title)
{
	size_t k = x->m[i].index;

	if (x->by_donor) {
		*d = &x->g.donors[x->found];
		*n = &x->g.needs[k];
		*title = x->g.titles[k];
	} else {
		*d = &x->g.donors[k];
		*n = &x->g.needs[x->found];
		*title = x->g.titles[x->found];
	}
}

/* The donor's name of match i ("" if not read). */
static const char *
match_donor_name(const struct mscr *x, int i)
{
	if (x->by_donor)
		return x->dname;
	return x->names != NULL ? x->names[x->m[i].index] : "";
}

static int
material(const struct core_match_need *n)
{
	return core_ptype_material(n->category);
}

/* The amount a pledge from this match would have; 0 if none: a
 * non-material need, or a donor with no money left free (his capacity
 * recorded, all of it taken by his open pledges: tui_match_no_free).
 * *why (if not NULL) gets where it comes from, for the preview. */
static int64_t
proposed_amount(const struct core_match_donor *d, const struct core_match_need *n,
    const char **why)
{
	int64_t gap = n->gap > 0 ? n->gap : 0, avail = core_match_free(d);

	if (!material(n) || (d->capacity > 0 && avail <= 0)) {
		if (why != NULL)
			*why = "";
		return 0;
	}
	if (d->capacity > 0 && avail < gap) {
		if (why != NULL)
			*why = _("all the donor's free capacity, below the gap");
		return avail;
	}
	if (why != NULL)
		*why = d->capacity > 0 ? _("the whole gap, within the donor's free capacity") :
		    _("the need's whole gap: the donor's capacity is not recorded");
	return gap;
}

/* The pledge match i would make (caller frees); *amt gets its amount.
 * Out of memory ends the program. */
static struct core_record *
match_record(struct mscr *x, int i, int64_t *amt)
{
	struct core_match_donor *d;
	struct core_match_need *n;
	struct core_record *r;
	const char *title;

	match_pair(x, i, &d, &n, &title);
	*amt = proposed_amount(d, n, NULL);
	if ((r = core_record_new(CORE_PLEDGE)) == NULL ||
	    core_record_set_text(r, CORE_PLEDGE_DONOR, d->id) != 0 ||
	    core_record_set_text(r, CORE_PLEDGE_NEED, n->id) != 0)
		tui_fatal(_("out of memory"));
	core_record_set_num(r, CORE_PLEDGE_TYPE, n->category);
	if (*amt > 0)
		core_record_set_num(r, CORE_PLEDGE_AMOUNT, *amt);
	core_record_set_num(r, CORE_PLEDGE_PLEDGED_ON, loc_day_today());
	core_record_set_num(r, CORE_PLEDGE_STATUS, CORE_PLEDGE_PLEDGED);
	return r;
}

/* Whether the user may write new pledge r, as the store's policy will
 * decide it (role, county, a clerk's references to another county): 1 if
 * refused, with the sentence saying why and who may in buf.  0 when
 * allowed, with no policy set, or when the store cannot be read (the
 * write meets that and says so). */
static int
match_refused(const struct core_record *r, char *buf, size_t n)
{
	const struct store_identity *who = store_users_identity(tui_app.st);
	struct store_txn *t;
	struct core_access a;
	int rc;

	if (who == NULL || store_read_begin(tui_app.st, &t) != 0)
		return 0;
	rc = store_users_may_write(t, who, NULL, r, &a);
	store_read_end(t);
	if (rc != 0)
		return 0;
	tui_access_message(&a, buf, n);
	return 1;
}

/* The head line of the matching screen in room cells, when its whole
 * does not fit: «WORD ID  FIGURE  TITLE», the title (a need's, a donor's
 * name) cut at a word's start (tui_fit_words, as the column cuts it) and
 * only where its first word stays whole.  Shorter forms in turn, so that
 * what is cut is what matters least: the figure without its unit (bare),
 * then without the word that names the kind (the screen's title says
 * it), then one space after the id; where not even that leaves its first
 * word room, the title leaves before the figure is cut; where the
 * figure itself does not fit (a gap of 14 digits beside an id of 8
 * letters at 40 columns: «MARAGHEH-20077  کسری…», the figure gone and
 * the word that said it left hanging), it is left out, as the
 * dashboard's heading leaves out its total gap, the word and the id kept
 * whole.  fig and bare hold the word that says the figure («کسری»,
 * «توان آزاد:»): without a letter of the line's direction between them
 * the id and the figure read as one left-to-right run.  Into buf (size
 * n). */
static const char *
fit_head(int room, const char *word, const char *id, const char *fig, const char *bare,
    const char *title, char *buf, size_t n)
{
	char lead[400], first[600], cut[600];
	const char *sp;
	int form, pass, fw, left;

	/* the cells the title's first word takes with the ellipsis after it */
	loc_utf8_copy(first, sizeof first, title);
	if ((sp = strchr(title, ' ')) != NULL && (size_t)(sp - title) < sizeof first)
		first[sp - title] = '\0';
	fw = title[0] != '\0' ? tui_text_width(first) + (sp != NULL ? 1 : 0) : 0;
	for (pass = 0; pass < 3; pass++)
		for (form = pass < 2 ? 0 : 4; form < (pass < 2 ? 4 : 5); form++) {
			if (form == 0)
				snprintf(lead, sizeof lead, "%s %s  %s", word, id, fig);
			else if (form == 1)
				snprintf(lead, sizeof lead, "%s %s  %s", word, id, bare);
			else if (form == 2)
				snprintf(lead, sizeof lead, "%s  %s", id, bare);
			else if (form == 3)
				snprintf(lead, sizeof lead, "%s %s", id, bare);
			else
				snprintf(lead, sizeof lead, "%s %s", word, id);
			left = room - tui_text_width(lead) - 2;
			/* the first pass with the title's first word, the
			 * second without it; the third, the figure left out,
			 * with it if it fits */
			if (pass == 1 ? left + 2 >= 0 : fw > 0 && left >= fw)
				goto found;
		}
	/* not even «WORD ID» fits: the id alone, cut at its end when drawn */
	snprintf(buf, n, "%s", id);
	return buf;
found:
	if (fw == 0 || left < fw)
		snprintf(buf, n, "%s", lead);
	else
		snprintf(buf, n, "%s  %s", lead, tui_fit_words(title, left, cut, sizeof cut));
	return buf;
}

/* The head of the donors for a need in room cells: x->head (its id, its
 * gap and its title) when it fits, else as fit_head shortens it; before,
 * at 50 and 40 columns «ریال» and the words before the id took the
 * title's place to its last letter («…د» in English at 44 columns), and
 * a gap of 14 digits was cut whole. */
static const char *
need_head(const struct mscr *x, int room, char *buf, size_t n)
{
	const struct core_match_need *nd = &x->g.needs[x->found];
	char gap[64], fig[100], bare[100];

	if (tui_text_width(x->head) <= room)
		return x->head;
	snprintf(fig, sizeof fig, "%s %s", _("gap"), tui_fmt_amount(nd->gap, 1, gap, sizeof gap));
	snprintf(bare, sizeof bare, "%s %s", _("gap"), tui_fmt_amount(nd->gap, 0, gap, sizeof gap));
	return fit_head(room, _("Need"), nd->id, fig, bare, x->g.titles[x->found], buf, n);
}

/* The head of the needs for a donor in room cells: x->head (both his
 * figures and his name) where the name keeps 12 cells beside them, else
 * his free capacity alone (what matching weighs) and his name as
 * fit_head shortens them: before, at 40 columns «خیّر MARAGHEH-10045
 * توان آزاد:…», his free capacity of 14 digits cut whole. */
static const char *
donor_head(const struct mscr *x, int room, char *buf, size_t n)
{
	const struct core_match_donor *d = &x->g.donors[x->found];
	char a[64], fig[200], bare[200];

	if (x->head_short[0] == '\0' || x->figw + 12 <= room)
		return x->head;
	if (tui_text_width(x->head_short) <= room)
		return x->head_short;
	if (d->capacity > 0) {
		snprintf(fig, sizeof fig, _("free capacity: %s"),
		    tui_fmt_amount(core_match_free(d), 1, a, sizeof a));
		snprintf(bare, sizeof bare, _("free capacity: %s"),
		    tui_fmt_amount(core_match_free(d), 0, a, sizeof a));
	} else {
		tui_match_capacity(d, fig, sizeof fig);
		loc_utf8_copy(bare, sizeof bare, fig);
	}
	return fit_head(room, _("Donor"), d->id, fig, bare, x->dname, buf, n);
}

static void
match_draw(struct tui_screen *s, int top, int rows)
{
	struct mscr *x = s->data;
	int w = COLS - 2, listh, i, idw, amw;	/* amw: the figure columns' width */
	char a[64], b[64], c[64], line[600];

	if (!x->loaded || x->gen != tui_list_generation)
		match_load(x);
	idw = x->idw;		/* as the load measured it */
	s->help = match_help_text(x);
	s->fkeys = x->nm > 0 && !x->error[0] ? match_keys : match_keys_none;
	/* the preview of a chosen match takes seven rows above the note */
	listh = rows - (x->chosen >= 0 ? 11 : 6);
	if (x->error[0]) {
		tui_draw_wrapped(top + 1, 1, w, rows - 1, x->error, tui_attr_error());
		return;
	}
	/* a gap or a free capacity read short: said on the bottom rows, as
	 * the dashboard and a need's screen say it, the matches and the
	 * preview laid out over the rows above */
	if (x->short_sum) {
		rows -= tui_draw_short_sums(top, rows, w, 12);
		listh = rows - (x->chosen >= 0 ? 11 : 6);
	}
	/* the selected match kept in view, the head line saying which are
	 * shown when not all fit (as the ranking's heading does) */
	if (listh < 1)
		listh = 1;
	tui_sel_keep((size_t)x->sel, &x->top, x->nm, (size_t)listh);
	x->page = (size_t)listh;
	{
		/* from a donor, where his name would keep fewer than 12
		 * cells beside both figures, the head with his free
		 * capacity alone: at 64 columns «ریال» was cut, the name
		 * gone */
		char range[96], nh[600];
		int rw = tui_text_width(tui_fmt_range(x->top, (size_t)listh, x->nm, range, sizeof range));
		int room = w - (rw ? rw + TUI_COL_GAP : 0);

		tui_draw_range_heading(top, w, x->found < 0 ? x->head : x->by_donor ?
		    donor_head(x, room, nh, sizeof nh) : need_head(x, room, nh, sizeof nh),
		    x->top, (size_t)listh, x->nm);
	}
	/* the id column as wide as the longest id listed (a station code has
	 * up to 8 letters: MARAGHEH-10045, not MARAGHEH-…), the figure
	 * columns as the widest figure listed or their heading, both
	 * measured when the matches were loaded (match_widths) */
	if (x->by_donor) {
		/* over the rows' columns, the mark of the chosen match first */
		struct tui_col h[6] = {
			{ 1, "", 0 }, { idw, _("Id"), 0 }, { 7, _("Score"), 0 }, { 6, _("Fit"), 0 },
			{ 18, _("Gap"), 0 }, { 0, _("Title"), 0 },
		};

		/* the gap column as wide as the widest gap listed or its
		 * heading, not 18 cells whatever it holds: at 64 columns the
		 * titles had 9 cells left («نصب…تبریز») */
		amw = x->valw > 6 ? x->valw : 6;
		if (tui_text_width(h[4].s) > amw)
			amw = tui_text_width(h[4].s);
		if (amw > 18)
			amw = 18;
		h[4].w = amw;
		tui_cols_draw(top + 1, 1, w, h, 6, A_UNDERLINE);
	} else {
		/* for a non-material need, the donors' past participation
		 * its fit weighs, not rials that play no part in it */
		int past = match_past_cols(x);
		struct tui_col h[6] = {
			{ 1, "", 0 }, { idw, _("Id"), 0 }, { 6, _("Fit"), 0 },
			{ 16, past ? _("This type") : _("Capacity"), 0 },
			{ 16, past ? _("Other types") : _("Free"), 0 }, { 0, _("Name"), 0 },
		};

		/* each figure column as wide as the widest figure listed or
		 * its heading, not 16 cells whatever it holds: at 64 columns
		 * the names had 9 cells left («سید…نیا») */
		amw = x->valw > 6 ? x->valw : 6;
		if (tui_text_width(h[3].s) > amw)
			amw = tui_text_width(h[3].s);
		if (tui_text_width(h[4].s) > amw)
			amw = tui_text_width(h[4].s);
		if (amw > 16)
			amw = 16;
		h[3].w = h[4].w = amw;
		tui_cols_draw(top + 1, 1, w, h, 6, A_UNDERLINE);
	}
	for (i = 0; i < listh && x->top + (size_t)i < x->nm; i++) {
		int k = (int)x->top + i;
		size_t idx = x->m[k].index;
		attr_t at = k == x->sel ? A_REVERSE : A_NORMAL;
		char mark[8], last[600];

		loc_utf8_copy(mark, sizeof mark, k == x->chosen ? "\xe2\x96\xb6" : "");
		if (x->by_donor) {
			const struct core_match_need *n = &x->g.needs[idx];
			struct tui_col cols[6] = {
				{ 1, mark, 0 }, { idw, n->id, 1 },
				/* a need the ranking leaves out (in
				 * progress, a volunteer need with no
				 * cost) has no score */
				{ 7, core_match_need_ranked(n) ? tui_fmt_fixed(n->score, 4, a, sizeof a) : "-", 0 },
				{ 6, tui_fmt_fixed(x->m[k].fit, 2, b, sizeof b), 0 },
				{ amw, match_cell(x, (size_t)k, 0, c, sizeof c), 1 },
				/* cut in its middle: titles that differ only at
				 * their end («... بخش شمالی», «... بخش جنوبی»)
				 * cut at the end read the same */
				{ 0, tui_fit_middle(x->g.titles[idx], w - idw - 37 + (18 - amw), last,
				    sizeof last), 0 },
			};
			tui_cols_draw(top + 2 + i, 1, w, cols, 6, at);
		} else {
			const struct core_match_donor *d = &x->g.donors[idx];
			/* his capacity and what his open pledges leave free
			 * of it, both wholly or "-" when not recorded; his
			 * past participation for a non-material need */
			struct tui_col cols[6] = {
				{ 1, mark, 0 }, { idw, d->id, 1 },
				{ 6, tui_fmt_fixed(x->m[k].fit, 2, b, sizeof b), 0 },
				{ amw, match_cell(x, (size_t)k, 0, c, sizeof c), 1 },
				{ amw, match_cell(x, (size_t)k, 1, a, sizeof a), 1 },
				{ 0, tui_fit_middle(x->names ? x->names[idx] : "", w - idw - 45 + 2 * (16 - amw),
				    last, sizeof last), 0 },
			};
			tui_cols_draw(top + 2 + i, 1, w, cols, 6, at);
		}
	}
	if (x->nm == 0 && x->why[0])
		tui_draw_wrapped(top + 3, 1, w, 3, x->why, A_BOLD);
	else if (x->nm == 0)
		tui_draw_ui(top + 3, 1, w, _("No matches."), A_DIM);
	if (x->chosen >= 0) {
		struct core_match_donor *d;
		struct core_match_need *n;
		struct core_record *r;
		const char *title, *why;
		char refusal[512], pid[CORE_ID_MAX];
		int64_t amt;

		/* what F2 will record, each record by id and name: the donor,
		 * the need, a new pledge and its figures; then whether it may
		 * be recorded, or will be asked about */
		match_pair(x, x->chosen, &d, &n, &title);
		amt = proposed_amount(d, n, &why);
		/* why the match is listed, in the terms of core_match_donors:
		 * the county they share, the need's type among the donor's
		 * interests, and what its fit weighs: the free capacity for
		 * a material need, past participation for another */
		if (!material(n)) {
			int32_t same, other;

			core_match_past(d, n->category, &same, &other);
			snprintf(line, sizeof line, _("Why: both in %s; interested in %s; past: %s of this type, %s other."),
			    tui_county_name(d->county), tui_choice(CORE_NEED, CORE_NEED_CATEGORY, n->category),
			    tui_fmt_int(same, a, sizeof a), tui_fmt_int(other, c, sizeof c));
			/* narrower: the county left out (the two share it),
			 * the past participation kept: it is what the fit
			 * weighs */
			if (tui_text_width(line) > w)
				snprintf(line, sizeof line, _("Why: interested in %s; past: %s of this type, %s other."),
				    tui_choice(CORE_NEED, CORE_NEED_CATEGORY, n->category),
				    tui_fmt_int(same, a, sizeof a), tui_fmt_int(other, c, sizeof c));
		} else if (d->capacity > 0)
			snprintf(line, sizeof line, _("Why: both in %s; interested in %s; free %s."),
			    tui_county_name(d->county), tui_choice(CORE_NEED, CORE_NEED_CATEGORY, n->category),
			    tui_fmt_amount(core_match_free(d), 1, a, sizeof a));
		else
			snprintf(line, sizeof line, _("Why: both in %s; interested in %s; capacity not recorded."),
			    tui_county_name(d->county), tui_choice(CORE_NEED, CORE_NEED_CATEGORY, n->category));
		/* too narrow for the figure (64 columns): the reasons alone,
		 * not a cut amount; the amount's row below says it */
		if (tui_text_width(line) > w)
			snprintf(line, sizeof line, _("Why: both in %s; interested in %s."),
			    tui_county_name(d->county), tui_choice(CORE_NEED, CORE_NEED_CATEGORY, n->category));
		tui_draw_ui(top + rows - 9, 1, w, line, A_NORMAL);
		snprintf(line, sizeof line, _("New pledge from donor %s  %s"), d->id,
		    match_donor_name(x, x->chosen));
		tui_draw_ui(top + rows - 8, 1, w, line, A_BOLD);
		/* the title last, cut in its middle to the room left (two
		 * titles alike but at their end are told apart) */
		{
			char fit[600];

			snprintf(line, sizeof line, _("to need %s  %s"), n->id, "");
			tui_fit_middle(title, w - tui_text_width(line), fit, sizeof fit);
			snprintf(line, sizeof line, _("to need %s  %s"), n->id, fit);
		}
		tui_draw_ui(top + rows - 7, 1, w, line, A_BOLD);
		if (amt > 0)
			snprintf(line, sizeof line, _("Amount %s (%s)."), tui_fmt_amount(amt, 1, a, sizeof a), why);
		else if (material(n))
			/* one row at 80 columns: the figures are above */
			snprintf(line, sizeof line, "%s",
			    _("No amount: the donor's open pledges take all of his capacity."));
		else
			snprintf(line, sizeof line, "%s", _("No amount (non-material participation)."));
		tui_draw_ui(top + rows - 6, 1, w, line, A_BOLD);
		snprintf(line, sizeof line, _("Type %s; dated %s."),
		    tui_choice(CORE_NEED, CORE_NEED_CATEGORY, n->category),
		    tui_fmt_date(loc_day_today(), b, sizeof b));
		tui_draw_ui(top + rows - 5, 1, w, line, A_BOLD);
		r = match_record(x, x->chosen, &amt);
		if (x->short_sum)	/* make_pledge records nothing */
			tui_draw_wrapped(top + rows - 4, 1, w, 2,
			    _("F2 records nothing: this pledge's figures may be short; the database may be damaged (see the note at the foot)."),
			    tui_attr_error());
		else if (amt == 0 && material(n))
			tui_draw_wrapped(top + rows - 4, 1, w, 2,
			    _("F2 records nothing: a pledge from this match would have no money to give."),
			    A_BOLD);
		else if (match_refused(r, refusal, sizeof refusal)) {
			snprintf(line, sizeof line, "%s %s", _("You may not record it:"), refusal);
			tui_draw_wrapped(top + rows - 4, 1, w, 2, line, tui_attr_error());
		} else if (tui_live_pledge(d->id, n->id, pid, sizeof pid) == 1) {
			snprintf(line, sizeof line,
			    _("The donor already has pledge %s on this need: F2 asks before recording another."), pid);
			tui_draw_wrapped(top + rows - 4, 1, w, 2, line, A_BOLD);
		} else
			tui_draw_ui(top + rows - 4, 1, w, _("F2 records it."), A_BOLD);
		core_record_free(r);
	}
	if (x->note[0])	/* two rows: a sentence is not cut at 80 columns */
		tui_draw_wrapped(top + rows - 2, 1, w, 2, x->note, A_BOLD);
	else if (x->by_donor && x->nm > 0 &&
	    tui_match_no_free(&x->g.donors[x->found], line, sizeof line) != NULL)
		/* his needs are listed (the non-material ones he can still
		 * help with), but no money is proposed: said why */
		tui_draw_wrapped(top + rows - 2, 1, w, 2, line, A_BOLD);
}

struct pledge_ctx {
	struct core_record *r;
	char id[CORE_ID_MAX];
};

static int
pledge_put_fn(struct store_txn *t, void *vctx)
{
	struct pledge_ctx *c = vctx;

	return store_put_new(t, c->r, c->id);
}

/* 1 if need n's gap in the store is no longer the one the screen read,
 * with the sentence saying so in buf; 0 if it is, or cannot be read (the
 * write meets that). */
static int
gap_changed(const struct core_match_need *n, char *buf, size_t sz)
{
	struct store_need_sums sums;
	struct store_txn *t;
	char a[64];
	int rc;

	if (store_read_begin(tui_app.st, &t) != 0)
		return 0;
	rc = store_need_sums(t, n->id, &sums);
	store_read_end(t);
	if (rc != 0 || sums.gap == n->gap)
		return 0;
	snprintf(buf, sz, _("Need %s's gap changed meanwhile, by a pledge recorded elsewhere: it is now %s. Nothing recorded; look at the new pledge again."),
	    n->id, tui_fmt_amount(sums.gap, 1, a, sizeof a));
	return 1;
}

/* 1 if donor d's free capacity in the store is no longer the one the
 * screen read (a pledge of his, or a payment on one, recorded elsewhere
 * since), with the sentence saying so in buf; 0 if it is, or cannot be
 * read (the write meets that). */
static int
free_changed(const struct core_match_donor *d, char *buf, size_t sz)
{
	struct core_match_donor now = *d;
	struct store_txn *t;
	char a[64];
	int rc;

	if (d->capacity <= 0 || store_read_begin(tui_app.st, &t) != 0)
		return 0;
	rc = store_donor_open(t, d->id, &now.open);
	store_read_end(t);
	if (rc != 0 || core_match_free(&now) == core_match_free(d))
		return 0;
	snprintf(buf, sz, _("Donor %s's free capacity changed meanwhile, by a pledge or payment recorded elsewhere: it is now %s. Nothing recorded; look at the new pledge again."),
	    d->id, tui_fmt_amount(core_match_free(&now), 1, a, sizeof a));
	return 1;
}

/* 1 if the donor or the need of the match is no longer one a pledge may
 * be made from, as the screen read them: the donor made inactive, the
 * need deactivated, rejected or done meanwhile (by another session, an
 * import or a station's bundle), with the sentence saying so in buf; 0 if
 * both still are, or they cannot be read (the write meets that).  The
 * list shows only active donors and open needs: a pledge written for
 * either would be one the screen never offered. */
static int
pair_changed(const struct core_match_donor *d, const struct core_match_need *n, char *buf,
    size_t sz)
{
	struct store_txn *t;
	struct core_record *r;
	struct store_meta meta;
	int rc = 0;

	if (store_read_begin(tui_app.st, &t) != 0)
		return 0;
	if (store_get(t, CORE_DONOR, d->id, &r, NULL) == 0) {
		if (core_donor_inactive(r)) {
			snprintf(buf, sz, _("Donor %s was made inactive meanwhile, in another session: inactive donors are not matched. Nothing recorded."),
			    d->id);
			rc = 1;
		}
		core_record_free(r);
	}
	if (rc == 0 && store_get(t, CORE_NEED, n->id, &r, &meta) == 0) {
		if (meta.deleted) {
			snprintf(buf, sz, _("Need %s was deactivated meanwhile, in another session: it takes no pledges. Nothing recorded."),
			    n->id);
			rc = 1;
		} else if (r->v[CORE_NEED_STATUS].set && (r->v[CORE_NEED_STATUS].num == CORE_NEED_DONE ||
		    r->v[CORE_NEED_STATUS].num == CORE_NEED_REJECTED)) {
			snprintf(buf, sz, _("Need %s was made \"%s\" meanwhile, in another session: it takes no pledges. Nothing recorded."),
			    n->id, tui_choice(CORE_NEED, CORE_NEED_STATUS, (int)r->v[CORE_NEED_STATUS].num));
			rc = 1;
		} else {
			struct core_record *u;
			struct store_meta um;

			/* its unit made inactive since: matching proposes
			 * no need of it (core_match_need_closed) */
			if (store_get(t, CORE_UNIT, core_record_text(r, CORE_NEED_UNIT), &u, &um) == 0) {
				if (um.deleted || (u->v[CORE_UNIT_ACTIVE].set && u->v[CORE_UNIT_ACTIVE].num == 0)) {
					snprintf(buf, sz, _("Unit %s of need %s was made inactive meanwhile, in another session: needs of an inactive unit are not matched. Nothing recorded."),
					    core_record_text(r, CORE_NEED_UNIT), n->id);
					rc = 1;
				}
				core_record_free(u);
			}
		}
		core_record_free(r);
	}
	store_read_end(t);
	return rc;
}

static void
make_pledge(struct mscr *x)
{
	struct core_match_donor *d;
	struct core_match_need *n;
	struct core_issue is;
	struct pledge_ctx c;
	const char *title;
	char a[64], b[CORE_ID_MAX], msg[512];
	int64_t amt;
	int rc;

	if (x->chosen < 0) {
		loc_utf8_copy(x->note, sizeof x->note, _("Choose a match with Enter first."));
		return;
	}
	/* the amount proposed, the gap or the free capacity it is checked
	 * against may be short of a pledge or a payment not there: nothing
	 * is recorded on it (the foot says what to do) */
	if (x->short_sum) {
		loc_utf8_copy(x->note, sizeof x->note,
		    _("Nothing recorded: this pledge's figures may be short; the database may be damaged (see the note at the foot)."));
		return;
	}
	match_pair(x, x->chosen, &d, &n, &title);
	/* a donor with no money left free is proposed no amount, and a
	 * material pledge without one is no pledge (core_pledge_validate) */
	if (material(n) && proposed_amount(d, n, NULL) == 0 &&
	    tui_match_no_free(d, msg, sizeof msg) != NULL) {
		snprintf(x->note, sizeof x->note,
		    _("Nothing recorded: donor %s has no money left free; his open pledges take all of his capacity."),
		    d->id);
		return;
	}
	c.r = match_record(x, x->chosen, &amt);
	c.id[0] = '\0';
	/* refusals first: a question whose yes the store would refuse
	 * leads nowhere (another county's donor or need, an auditor) */
	if (match_refused(c.r, msg, sizeof msg)) {
		tui_message(_("Not allowed"), msg);
		loc_utf8_copy(x->note, sizeof x->note, _("No pledge recorded."));
		core_record_free(c.r);
		return;
	}
	if (tui_validate_new(c.r, NULL, &is) == CORE_SEV_ERROR) {
		loc_utf8_copy(x->note, sizeof x->note, _(core_msg_text(is.msg)));
		core_record_free(c.r);
		return;
	}
	/* the donor and the need as the screen read them: one made inactive
	 * meanwhile is not matched any more, and no pledge is written for it */
	if (pair_changed(d, n, msg, sizeof msg)) {
		loc_utf8_copy(x->note, sizeof x->note, msg);
		core_record_free(c.r);
		tui_data_changed();
		return;
	}
	/* the amount shown comes from the gap as the screen read it: a
	 * pledge written since by another session (or a station's bundle)
	 * would make it pass the need's estimate; shown again, not written */
	if (amt > 0 && gap_changed(n, msg, sizeof msg)) {
		loc_utf8_copy(x->note, sizeof x->note, msg);
		core_record_free(c.r);
		tui_data_changed();
		return;
	}
	/* the same for the donor's free capacity, which the amount may be */
	if (amt > 0 && free_changed(d, msg, sizeof msg)) {
		loc_utf8_copy(x->note, sizeof x->note, msg);
		core_record_free(c.r);
		tui_data_changed();
		return;
	}
	/* The amount proposed (the donor's free capacity or the gap) is what
	 * the screen offers, not always what was agreed: asked with it
	 * proposed, kept with Enter, replaced by typing; Esc records
	 * nothing.  Asked once the screen's figures are known to hold
	 * (gap_changed, free_changed).  Before, F2 wrote the proposal, and a clerk agreed on
	 * another amount had to open the pledge and change it after. */
	if (amt > 0) {
		char *init = tui_value_display(c.r, CORE_PLEDGE_AMOUNT);
		int got;

		got = tui_ask_proposed(c.r, CORE_PLEDGE_AMOUNT, _("Make pledge"),
		    _("Amount (rials):"), init);	/* with its colon, as every box's label */
		free(init);
		if (!got || !c.r->v[CORE_PLEDGE_AMOUNT].set) {
			loc_utf8_copy(x->note, sizeof x->note, _("No pledge recorded."));
			core_record_free(c.r);
			return;
		}
		/* more than proposed passes the gap or the donor's free
		 * capacity: asked, as the form asks about a warning */
		if (c.r->v[CORE_PLEDGE_AMOUNT].num > amt) {
			const char *why;
			char q[800], pa[64];

			proposed_amount(d, n, &why);
			snprintf(q, sizeof q,
			    _("%s is more than the amount proposed, %s (%s). Record the pledge with it anyway?"),
			    tui_fmt_amount(c.r->v[CORE_PLEDGE_AMOUNT].num, 1, a, sizeof a),
			    tui_fmt_amount(amt, 1, pa, sizeof pa), why);
			if (tui_confirm(q, 0) != 1) {
				loc_utf8_copy(x->note, sizeof x->note, _("No pledge recorded."));
				core_record_free(c.r);
				return;
			}
		}
		amt = c.r->v[CORE_PLEDGE_AMOUNT].num;
		if (tui_validate_new(c.r, NULL, &is) == CORE_SEV_ERROR) {
			loc_utf8_copy(x->note, sizeof x->note, _(core_msg_text(is.msg)));
			core_record_free(c.r);
			return;
		}
	}
	/* F2 pressed twice, or the match taken again another day, would
	 * count the donor's money twice against the need's gap */
	if (tui_live_pledge(d->id, n->id, b, sizeof b) == 1) {
		char q[600];

		if (amt > 0)
			snprintf(q, sizeof q, _("Donor %s already has pledge %s on need %s. Record another pledge, of %s?"),
			    d->id, b, n->id, tui_fmt_amount(amt, 1, a, sizeof a));
		else
			snprintf(q, sizeof q, _("Donor %s already has pledge %s on need %s. Record another pledge?"),
			    d->id, b, n->id);
		if (tui_confirm(q, 0) != 1) {
			loc_utf8_copy(x->note, sizeof x->note, _("No pledge recorded."));
			core_record_free(c.r);
			return;
		}
	}
	rc = store_write(tui_app.st, pledge_put_fn, &c);
	core_record_free(c.r);
	if (rc != 0) {
		tui_write_failed(rc);
		return;
	}
	snprintf(x->note, sizeof x->note, _("Pledge %s recorded: donor %s, need %s, %s."), c.id,
	    d->id, n->id, amt > 0 ? tui_fmt_amount(amt, 1, a, sizeof a) : _("no amount"));
	x->chosen = -1;
	tui_data_changed();
}

static enum tui_result
match_event(struct tui_screen *s, int key)
{
	struct mscr *x = s->data;
	struct tui_screen *n;
	size_t sel = (size_t)x->sel;

	/* Up/Down, PgUp/PgDn, Home/End: a need can have hundreds of donors */
	if (tui_sel_scroll(tui_key_action(key), &sel, &x->top, x->nm, x->page)) {
		x->sel = (int)sel;
		return TUI_HANDLED;
	}
	switch (tui_key_action(key)) {
	case TUI_ACT_OPEN:
		if (x->nm > 0) {
			x->chosen = x->sel;
			x->note[0] = '\0';
		}
		return TUI_HANDLED;
	case TUI_ACT_SAVE:
		make_pledge(x);
		return TUI_HANDLED;
	case TUI_ACT_SEARCH:
		/* F3: open the need of the selected match */
		if (x->nm > 0) {
			struct core_match_donor *d;
			struct core_match_need *nd;
			const char *title;

			match_pair(x, x->sel, &d, &nd, &title);
			if ((n = tui_need_new(nd->id)) != NULL)
				tui_screen_push(n);
		}
		return TUI_HANDLED;
	case TUI_ACT_BACK:
		return TUI_CLOSE;
	default:
		return TUI_IGNORED;
	}
}

static void
match_destroy(struct tui_screen *s)
{
	struct mscr *x = s->data;

	store_rank_data_free(&x->g);
	free(x->m);
	free(x->names);
	tui_screen_free(s);
}

static struct tui_screen *
match_new(int by_donor, const char *id)
{
	struct tui_screen *s = tui_screen_make(by_donor ? _("Needs for a donor") : _("Donors for a need"),
	    sizeof(struct mscr), match_keys, match_help_why);
	struct mscr *x;

	if (s == NULL)
		return NULL;
	x = s->data;
	s->help = match_help_text(x);
	x->by_donor = by_donor;
	x->chosen = -1;
	loc_utf8_copy(x->id, sizeof x->id, id);
	s->draw = match_draw;
	s->event = match_event;
	s->destroy = match_destroy;
	return s;
}

struct tui_screen *
tui_match_donor_new(const char *donor_id)
{
	return match_new(1, donor_id);
}

struct tui_screen *
tui_match_need_new(const char *need_id)
{
	return match_new(0, need_id);
}

struct tui_screen *
tui_match_ask(void)
{
	const char *items[2];
	char id[CORE_ID_MAX];
	int sel;

	items[0] = _("From a donor: the needs that fit");
	items[1] = _("From a need: the donors that fit");
	if ((sel = tui_menu(_("Matching"), items, 2, 0)) < 0)
		return NULL;
	if (!tui_list_pick(sel == 0 ? CORE_DONOR : CORE_NEED, id))
		return NULL;
	return match_new(sel == 0, id);
}
