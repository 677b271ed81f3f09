/*
 * tui/report.c — the programme report, as HTML (print-ready, right to left)
 * or plain text.
 *
 * One read transaction gathers the figures: every need neither
 * deactivated nor rejected, with its sums (store_need_sums: estimated,
 * pledged = non-cancelled material pledges, received = their payments,
 * gap) and not an open need of a unit marked inactive
 * (store_need_unit_off, as the ranking and the dashboard leave those out;
 * a done need of such a unit is counted), grouped by county and by
 * category: the money of the material needs (store_need_sums'
 * .material), the non-material ones counted (struct sums); and, by Jalali month for the
 * over-time chart, the same pledges and payments as those sums (so the
 * chart ends at the tables' totals): non-cancelled material pledges on
 * those needs and the payments on them, deactivated ones left out.  The
 * material pledges the figures leave out are counted and summed apart,
 * with the payments on them, in five rows that the text and the page
 * both end with (struct left): cancelled ones, deactivated ones, those on
 * a need of an inactive unit, those on a non-material need, and the others on no need or on a rejected
 * or deactivated need.  The needs left out are summed apart too (struct
 * figures' need_off), in rows of their own before those: rejected ones,
 * deactivated ones and those of inactive units, each need in one row
 * only (see NEED_OFF_*).  With --county,
 * a pledge belongs to its need's county (or, without a need, its donor's)
 * and a payment to its pledge's.
 *
 * The page has no external files: styles inline, charts as inline SVG.  The
 * SVG is drawn right to left (bars grow leftwards from the labels on the
 * right; time runs from right to left) to read like the rest of the page;
 * an English page (--lang en) is left to right and its charts mirrored.
 * Numbers follow the user's settings as the screens do (struct look).
 * Every text placed in the page, the catalog's included, is escaped.
 */
#include <stdlib.h>
#include <string.h>

#include "core/pledge.h"
#include "core/validate.h"
#include "core/workflow.h"
#include "locale/catalog.h"
#include "locale/digits.h"
#include "locale/jalali.h"
#include "locale/text.h"
#include "store/stats.h"
#include "store/users.h"
#include "tui/cli.h"
#include "tui/html.h"
#include "tui/report.h"
#include "tui/screens.h"

#define MAX_COUNTIES 64
/* Every month of the calendar's years 1-3177 (locale/jalali.h), so that no
 * date, however far from the others (1303 typed for 1403), falls out of
 * the time chart while the tables count it: 600 KB, in the heap. */
#define MAX_MONTHS   ((LOC_JALALI_YEAR_MAX + 1) * 12)

/* A row's figures: its needs (material and non-material), the money of
 * its material needs alone (store_need_sums' .material), and its
 * non-material needs counted, not summed: open ones, those of them with a
 * pledge, and done ones (see material_note). */
struct sums {
	size_t needs;
	int64_t estimated, pledged, received, gap;
	size_t nm_open, nm_pledged, nm_done;
	size_t nm;		/* its non-material needs, whatever their status */
};

/* 1 if every need of row s is non-material: it has no money to speak of,
 * and its four amounts are written «-», not 0 (the text and the page's
 * tables), as the dashboard writes its gap and the page's chart counts
 * its open needs in its bars' place: a row of zeros read as nothing
 * needed there (before, the demo's Bonab read «۵ ۰ ۰ ۰ ۰ ۳ ۳ ۲»). */
static int
no_money(const struct sums *s)
{
	return s->needs > 0 && s->nm == s->needs;
}

/* Where a pledge stands in the report (pledge_place).  The LEFT_* rows are
 * material pledges the figures leave out, in the order the report lists
 * them; a pledge deactivated is counted there whatever its status, one
 * cancelled on a rejected need as cancelled. */
enum {
	PLACE_SCOPE = -2,	/* another county's (with --county) */
	PLACE_NONE = -1,	/* not material: neither counted nor said */
	LEFT_CANCELLED = 0,
	LEFT_DEACTIVATED,
	LEFT_UNIT,		/* on a need of a unit marked inactive */
	LEFT_NONMAT,		/* on a non-material need: its money is
				   not in the tables (material_note) */
	LEFT_OUTSIDE,		/* on no need, or a rejected or deactivated one */
	LEFT_N,
	PLACE_COUNTED = LEFT_N	/* in the figures */
};

/* The rows of the needs left out of the figures (struct figures'
 * need_off).  A need is in one row only: its own state before its unit's,
 * and its deactivation before its status; so a deactivated need is in
 * NEED_OFF_DEACTIVATED even when it is rejected or of an inactive unit,
 * and a rejected one in NEED_OFF_REJECTED even when its unit is inactive
 * (as pledge_place puts the pledges on those needs in LEFT_OUTSIDE, not
 * LEFT_UNIT). */
enum {
	NEED_OFF_REJECTED = 0,
	NEED_OFF_DEACTIVATED,
	NEED_OFF_UNIT,		/* of a unit marked inactive */
	NEED_OFF_N
};

/* Pledges left out of the figures, of one LEFT_* row. */
struct left {
	size_t pledges;
	int64_t pledged, received;	/* their amounts, the payments on them */
};

struct figures {
	const char *county;		/* filter code, or NULL */
	size_t ncounty;
	char codes[MAX_COUNTIES][16];
	struct sums by_county[MAX_COUNTIES];
	struct sums by_cat[CORE_NPTYPES];
	struct sums total;
	struct sums cat_total;		/* of the by_cat rows: the type table's */
	int month_lo, month_hi;		/* month index y*12+m-1 */
	int64_t pledged_m[MAX_MONTHS], received_m[MAX_MONTHS];
	int have_months;
	int base_month;			/* always 0: idx is the array index */
	/* material pledges (and their payments) not in the figures, but said:
	 * indexed by LEFT_* */
	struct left left[LEFT_N];
	/* the needs in scope left out of the tables, but said: indexed by
	 * NEED_OFF_* */
	struct sums need_off[NEED_OFF_N];
	/* what is recorded in scope (not deleted, in the county), counted
	 * or not: so that an empty chart says "none yet" only when there
	 * is none, and otherwise why it is empty */
	size_t seen_needs, seen_pledges;
	/* the report's day: the time chart ends there; counted pledges and
	 * payments dated later (a year mistyped, 1450 for 1405, is taken
	 * with a warning) are in the tables but not in the chart, which
	 * says how many */
	int32_t today;
	size_t later_pledges, later_payments;
};

static struct sums *
county_slot(struct figures *fg, const char *code)
{
	size_t i;

	for (i = 0; i < fg->ncounty; i++)
		if (strcmp(fg->codes[i], code) == 0)
			return &fg->by_county[i];
	if (fg->ncounty == MAX_COUNTIES)
		return NULL;
	snprintf(fg->codes[fg->ncounty], sizeof fg->codes[0], "%s", code);
	return &fg->by_county[fg->ncounty++];
}

static void
add_month(struct figures *fg, int32_t day, int64_t amount, int received)
{
	int y, m, d, idx;

	if (loc_day_to_jalali(day, &y, &m, &d) != 0)
		return;
	idx = y * 12 + m - 1;
	if (idx < 0 || idx >= MAX_MONTHS)
		return;		/* not a date the calendar has */
	if (!fg->have_months) {
		fg->base_month = 0;
		fg->month_lo = fg->month_hi = idx;
		fg->have_months = 1;
	}
	if (idx < fg->month_lo)
		fg->month_lo = idx;
	if (idx > fg->month_hi)
		fg->month_hi = idx;
	if (received)
		fg->received_m[idx - fg->base_month] += amount;
	else
		fg->pledged_m[idx - fg->base_month] += amount;
}

/* Adds a need's sums to s; its gap only if the need is still open
 * (store_need_open): a done or rejected need has no gap left to fund, so
 * every gap total is of open needs alone.  Its estimate, pledges and
 * payments count whatever its status.  A non-material need adds no money
 * (its pledges carry no rials: its estimated cost is a gap none of them
 * can close), it is counted: open, open with a pledge, or done (done: 1
 * if its status is done; a rejected one is in none of the three). */
static void
add_sums(struct sums *s, const struct store_need_sums *n, int open, int done)
{
	s->needs++;
	if (!n->material) {
		s->nm++;
		s->nm_open += open;
		s->nm_pledged += open && n->pledges > 0;
		s->nm_done += done;
		return;
	}
	s->estimated += n->estimated;
	s->pledged += n->pledged;
	s->received += n->received;
	if (open)
		s->gap += n->gap;	/* never negative (store_need_sums) */
}

/* Where the pledge p stands in the report (deleted: whether it is
 * deactivated): PLACE_SCOPE outside the county asked for (with --county; a
 * pledge belongs to its need's county, or without a need to its donor's);
 * PLACE_NONE not material; PLACE_COUNTED in the figures (material, neither
 * deactivated nor cancelled, on a need the tables count: neither
 * deactivated nor rejected, as store_need_sums and the tables have it,
 * nor of a unit marked inactive);
 * else the LEFT_* row that says it. */
static int
pledge_place(struct store_txn *t, const struct figures *fg, const struct core_record *p,
    int deleted)
{
	struct core_record *r = NULL;
	struct store_meta m = { 0 };
	char county[16] = "";
	/* core_pledge_counts checks the type is in range before it shifts
	 * the material mask by it; with the status "pledged" it says whether
	 * the type is material.  A status not set is "pledged", as
	 * store_need_sums reads it. */
	int material = p->v[CORE_PLEDGE_TYPE].set &&
	    core_pledge_counts((int)p->v[CORE_PLEDGE_TYPE].num, CORE_PLEDGE_PLEDGED);
	int on_need = 0, unit_off = 0, nonmat = 0, status;

	/* without a county every pledge is in scope: no need to read the
	 * need of one that is neither counted nor said */
	if (!material && fg->county == NULL)
		return PLACE_NONE;
	if (p->v[CORE_PLEDGE_NEED].set &&
	    store_get(t, CORE_NEED, core_record_text(p, CORE_PLEDGE_NEED), &r, &m) == 0) {
		loc_utf8_copy(county, sizeof county, core_record_text(r, CORE_NEED_COUNTY));
		on_need = !m.deleted && !(r->v[CORE_NEED_STATUS].set &&
		    r->v[CORE_NEED_STATUS].num == CORE_NEED_REJECTED);
		unit_off = on_need && store_need_unit_off(t, r);
		nonmat = on_need && r->v[CORE_NEED_CATEGORY].set &&
		    !core_ptype_material((int)r->v[CORE_NEED_CATEGORY].num);
	} else if (fg->county != NULL &&
	    store_get(t, CORE_DONOR, core_record_text(p, CORE_PLEDGE_DONOR), &r, NULL) == 0) {
		loc_utf8_copy(county, sizeof county, core_record_text(r, CORE_DONOR_COUNTY));
	}
	core_record_free(r);
	if (fg->county != NULL && strcmp(fg->county, county) != 0)
		return PLACE_SCOPE;
	if (!material)
		return PLACE_NONE;
	status = p->v[CORE_PLEDGE_STATUS].set ? (int)p->v[CORE_PLEDGE_STATUS].num :
	    CORE_PLEDGE_PLEDGED;
	if (deleted)
		return LEFT_DEACTIVATED;
	if (!core_pledge_counts((int)p->v[CORE_PLEDGE_TYPE].num, status))
		return LEFT_CANCELLED;
	if (unit_off)
		return LEFT_UNIT;
	if (nonmat)
		return LEFT_NONMAT;
	return on_need ? PLACE_COUNTED : LEFT_OUTSIDE;
}

static int
gather(struct store *st, struct figures *fg)
{
	struct store_txn *t = NULL;
	struct store_iter *it = NULL;
	struct store_need_sums ns;
	struct store_meta m;
	struct core_record *r = NULL, *p = NULL;
	struct sums *slot;
	char id[CORE_ID_MAX], county[16];
	int rc, cat, open, done;

	if ((rc = store_read_begin(st, &t)) != 0)
		return rc;
	/* Needs. */
	if ((rc = store_iter_kind(t, CORE_NEED, &it)) != 0)
		goto out;
	while ((rc = store_iter_next(it, id)) == 0) {
		if ((rc = store_get(t, CORE_NEED, id, &r, &m)) != 0)
			goto out;
		loc_utf8_copy(county, sizeof county, core_record_text(r, CORE_NEED_COUNTY));
		if (!m.deleted && (fg->county == NULL || strcmp(fg->county, county) == 0))
			fg->seen_needs++;
		/* A rejected or deactivated need is no longer part of the
		 * programme's figures (as store_stats_counties, the
		 * dashboard's, has it): it is summed apart, in one row of
		 * need_off only (NEED_OFF_*: deactivated first, then
		 * rejected, then of an inactive unit). */
		if ((fg->county == NULL || strcmp(fg->county, county) == 0) &&
		    (rc = store_need_sums(t, id, &ns)) == 0) {
			open = store_need_open(r);
			done = r->v[CORE_NEED_STATUS].set &&
			    r->v[CORE_NEED_STATUS].num == CORE_NEED_DONE;
			if (m.deleted) {
				add_sums(&fg->need_off[NEED_OFF_DEACTIVATED], &ns, open, done);
				goto next_need;
			}
			if (r->v[CORE_NEED_STATUS].set &&
			    r->v[CORE_NEED_STATUS].num == CORE_NEED_REJECTED) {
				add_sums(&fg->need_off[NEED_OFF_REJECTED], &ns, open, done);
				goto next_need;
			}
			/* a unit marked inactive takes no help: its open
			 * needs are left out as the ranking leaves them out,
			 * and summed apart; a done one stays, the money
			 * received on it counted (store_need_unit_off) */
			if (store_need_unit_off(t, r)) {
				add_sums(&fg->need_off[NEED_OFF_UNIT], &ns, open, done);
				goto next_need;
			}
			if ((slot = county_slot(fg, county)) != NULL)
				add_sums(slot, &ns, open, done);
			cat = (int)r->v[CORE_NEED_CATEGORY].num;
			if (r->v[CORE_NEED_CATEGORY].set && cat >= 0 && cat < CORE_NPTYPES) {
				add_sums(&fg->by_cat[cat], &ns, open, done);
				add_sums(&fg->cat_total, &ns, open, done);
			}
			add_sums(&fg->total, &ns, open, done);
		}
next_need:
		core_record_free(r);
		r = NULL;
		if (rc != 0)
			goto out;
	}
	/* the walk's end: STORE_ENOTFOUND, or STORE_ECORRUPT for a table
	 * read as fewer records than LMDB counts in it (store_iter_next) */
	if (rc != STORE_ENOTFOUND)
		goto out;
	store_iter_free(it);
	it = NULL;
	/* Pledges over time: those the tables count, so that the chart ends
	 * at the tables' totals; the others are counted and summed apart. */
	if ((rc = store_iter_kind(t, CORE_PLEDGE, &it)) != 0)
		goto out;
	while ((rc = store_iter_next(it, id)) == 0) {
		int place;

		if ((rc = store_get(t, CORE_PLEDGE, id, &r, &m)) != 0)
			goto out;
		place = pledge_place(t, fg, r, m.deleted);
		if (!m.deleted && place != PLACE_SCOPE)
			fg->seen_pledges++;
		if (place == PLACE_COUNTED) {
			if (r->v[CORE_PLEDGE_AMOUNT].set && r->v[CORE_PLEDGE_PLEDGED_ON].set &&
			    (int32_t)r->v[CORE_PLEDGE_PLEDGED_ON].num > fg->today)
				fg->later_pledges++;
			else if (r->v[CORE_PLEDGE_AMOUNT].set && r->v[CORE_PLEDGE_PLEDGED_ON].set)
				add_month(fg, (int32_t)r->v[CORE_PLEDGE_PLEDGED_ON].num,
				    r->v[CORE_PLEDGE_AMOUNT].num, 0);
		} else if (place >= 0) {
			fg->left[place].pledges++;
			if (r->v[CORE_PLEDGE_AMOUNT].set)
				fg->left[place].pledged += r->v[CORE_PLEDGE_AMOUNT].num;
		}
		core_record_free(r);
		r = NULL;
	}
	/* before, a pledges' table cut short ended this walk as a whole
	 * one: the report's pledged figures short, with exit 0 */
	if (rc != STORE_ENOTFOUND)
		goto out;
	store_iter_free(it);
	it = NULL;
	/* Payments over time; those on a pledge left out go to its row. */
	if ((rc = store_iter_kind(t, CORE_PAYMENT, &it)) != 0)
		goto out;
	while ((rc = store_iter_next(it, id)) == 0) {
		if ((rc = store_get(t, CORE_PAYMENT, id, &r, &m)) != 0)
			goto out;
		if (!m.deleted && r->v[CORE_PAYMENT_AMOUNT].set) {
			struct store_meta pm = { 0 };
			int place = PLACE_NONE;

			/* a payment is counted as its pledge is (none on a
			 * deactivated or cancelled pledge, as in the tables) */
			if (store_get(t, CORE_PLEDGE, core_record_text(r, CORE_PAYMENT_PLEDGE), &p, &pm) == 0) {
				place = pledge_place(t, fg, p, pm.deleted);
				core_record_free(p);
				p = NULL;
			}
			if (place == PLACE_COUNTED) {
				if (r->v[CORE_PAYMENT_PAID_ON].set &&
				    (int32_t)r->v[CORE_PAYMENT_PAID_ON].num > fg->today)
					fg->later_payments++;
				else if (r->v[CORE_PAYMENT_PAID_ON].set)
					add_month(fg, (int32_t)r->v[CORE_PAYMENT_PAID_ON].num,
					    r->v[CORE_PAYMENT_AMOUNT].num, 1);
			} else if (place >= 0) {
				fg->left[place].received += r->v[CORE_PAYMENT_AMOUNT].num;
			}
		}
		core_record_free(r);
		r = NULL;
	}
out:
	if (rc == STORE_ENOTFOUND)
		rc = 0;
	/* a sum that left out a payment or a pledge its index names that
	 * is not there (store_sum_short) is not printed as whole: the
	 * database is damaged */
	if (rc == 0 && store_sum_short(t))
		rc = STORE_ECORRUPT;
	core_record_free(r);
	store_iter_free(it);
	store_read_end(t);
	return rc;
}

/* Puts the counties in alphabetical order of their names, as the dashboard
 * lists them (tui_county_cmp: Persian collation, or the English names
 * under --lang en); insertion sort: a few dozen. */
static void
sort_counties(struct figures *fg)
{
	char code[16];
	struct sums s;
	size_t i, j;

	for (i = 1; i < fg->ncounty; i++) {
		memcpy(code, fg->codes[i], sizeof code);
		s = fg->by_county[i];
		for (j = i; j > 0 && tui_county_cmp(fg->codes[j - 1], code) > 0; j--) {
			memcpy(fg->codes[j], fg->codes[j - 1], sizeof code);
			fg->by_county[j] = fg->by_county[j - 1];
		}
		memcpy(fg->codes[j], code, sizeof code);
		fg->by_county[j] = s;
	}
}

static int
prepare(struct store *st, const char *county, struct figures *fg, char *code, size_t n)
{
	enum core_msg msg;
	int rc;

	const struct core_county *c;

	memset(fg, 0, sizeof *fg);
	fg->today = loc_day_today();
	if (county != NULL) {
		if (core_check_county(county, NULL, code, n, &msg) != CORE_SEV_OK)
			return TUI_REPORT_ECOUNTY;
		fg->county = code;
	}
	/* Every county of the province has its row, with zeros when none
	 * of its needs is counted, so that a county missing from the table
	 * is never taken for one overlooked (with --county, that one). */
	for (c = core_counties_seed; c->code != NULL; c++)
		if (fg->county == NULL || strcmp(fg->county, c->code) == 0)
			(void)county_slot(fg, c->code);
	if ((rc = gather(st, fg)) == 0)
		sort_counties(fg);
	return rc;
}

/* ---- text ----
 *
 * In Persian the headings and row names are the catalog's words (the
 * participation types by their labels); in English (--lang en) the
 * identifiers scripts read: "county", "total", "space", ...  Counties are
 * named as on the screens and the page (تبریز; with --lang en, Tabriz), not
 * by code.  Names are padded by display width, so Persian columns line up
 * too.  Figures are grouped by threes (tui_text_amount_flags). */

#define NAME_COLS 16

/* The rows of the pledges left out, as the text (under --lang en: the
 * identifiers) and the page name them. */
static const char *const left_ident[LEFT_N] = {
	"cancelled", "deactivated", "unit_inactive", "nonmaterial_need", "outside"
};
static const char *const left_label[LEFT_N] = {
	N_("Cancelled"), N_("Deactivated"), N_("For a need of a unit marked inactive"),
	N_("For a non-material need (its money is not in the tables)"),
	N_("For no need, or for a rejected or deactivated need")
};
/* The rows of the needs left out (fg->need_off), as they are named:
 * the identifiers differ from the pledges' rows' (which have their own
 * "deactivated"), but for unit_inactive, which is the same in both. */
static const char *const need_off_ident[NEED_OFF_N] = {
	"needs_rejected", "needs_deactivated", "unit_inactive"
};
static const char *const need_off_label[NEED_OFF_N] = {
	N_("Rejected needs"), N_("Deactivated needs"), N_("Of a unit marked inactive")
};

/* What the gap columns count, said once in the text and on the page. */
static const char gap_note[] =
    N_("The gap counts open needs only: done and rejected needs are not in it.");

/* What the amounts count, said once in the text and on the page: a
 * non-material need (information, support, oversight, policing) takes
 * pledges of hours or of nothing, never of rials, so its estimated cost
 * would stand in the gap for good; its needs are counted instead. */
static const char material_note[] =
    N_("Amounts count material needs only (space, equipment, costs). Non-material needs "
    "(information, support, oversight, policing) take no money: they are counted in the "
    "last three columns, open, open with a pledge, and done.");

/* Whether any need is left out: the text and the page then end with
 * their rows (only those with a need). */
static int
any_need_off(const struct figures *fg)
{
	size_t i;

	for (i = 0; i < NEED_OFF_N; i++)
		if (fg->need_off[i].needs > 0)
			return 1;
	return 0;
}

/* Whether any pledge is left out: the text and the page then end with
 * their rows (only those with a pledge). */
static int
any_left(const struct figures *fg)
{
	size_t i;

	for (i = 0; i < LEFT_N; i++)
		if (fg->left[i].pledges > 0)
			return 1;
	return 0;
}

/* The widths of a text table's figure columns: the number (of needs or
 * pledges), then the amounts; each as wide as its heading or its widest
 * figure, whichever is wider, so that a table of small sums stays narrow
 * and one of the 10^15 rials a need may have still lines up. */
#define TEXT_FIGS 8

struct text_cols {
	unsigned flags;		/* loc_amount_format's: grouped, which digits */
	int n;			/* columns: 8 (needs, four amounts, three counts of
				 * non-material needs) or 3 */
	int w[TEXT_FIGS];
};

/* A figure as the text writes it. */
static void
text_fig(char *buf, size_t n, const struct text_cols *tc, int64_t v)
{
	loc_amount_format(v, tc->flags, buf, n);
}

/* Widens tc's columns to hold the figures v[0..tc->n). */
static void
text_fit(struct text_cols *tc, const int64_t *v)
{
	char buf[64];
	int i, w;

	for (i = 0; i < tc->n; i++) {
		text_fig(buf, sizeof buf, tc, v[i]);
		if ((w = cli_width(buf)) > tc->w[i])
			tc->w[i] = w;
	}
}

/* Widens tc's columns to hold the headings heads[0..tc->n). */
static void
text_fit_heads(struct text_cols *tc, const char *const *heads)
{
	int i, w;

	for (i = 0; i < tc->n; i++)
		if ((w = cli_width(heads[i])) > tc->w[i])
			tc->w[i] = w;
}

/* The figures of a row of sums, in the columns' order. */
static void
sums_figs(const struct sums *s, int64_t *v)
{
	v[0] = (int64_t)s->needs;
	v[1] = s->estimated;
	v[2] = s->pledged;
	v[3] = s->received;
	v[4] = s->gap;
	v[5] = (int64_t)s->nm_open;
	v[6] = (int64_t)s->nm_pledged;
	v[7] = (int64_t)s->nm_done;
}

/* The headings of the tables of sums. */
static void
sums_heads(const char **h)
{
	h[0] = cli_word("needs", N_("Needs"));
	h[1] = cli_word("estimated", N_("Estimated cost"));
	h[2] = cli_word("pledged", N_("Pledged"));
	h[3] = cli_word("received", N_("Received"));
	h[4] = cli_word("gap", N_("Gap"));
	h[5] = cli_word("nonmat_open", N_("Non-material open"));
	h[6] = cli_word("nonmat_pledged", N_("With a pledge"));
	h[7] = cli_word("nonmat_done", N_("Done"));
}

/* A table's columns for the rows s[0..n) (those with a need, if
 * only_some) and total (if not NULL). */
static void
sums_cols(struct text_cols *tc, unsigned flags, const struct sums *s, size_t n, int only_some,
    const struct sums *total)
{
	const char *h[TEXT_FIGS];
	int64_t v[TEXT_FIGS];
	size_t i;

	memset(tc, 0, sizeof *tc);
	tc->flags = flags;
	tc->n = TEXT_FIGS;
	sums_heads(h);
	text_fit_heads(tc, h);
	for (i = 0; i < n; i++) {
		if (only_some && s[i].needs == 0)
			continue;
		sums_figs(&s[i], v);
		text_fit(tc, v);
	}
	if (total != NULL) {
		sums_figs(total, v);
		text_fit(tc, v);
	}
}

/* A heading line: first over the names, then heads over the figures. */
static void
text_heads(FILE *out, const char *first, int cols, const struct text_cols *tc,
    const char *const *heads)
{
	int i;

	cli_pad(out, first, -cols);
	for (i = 0; i < tc->n; i++) {
		putc(' ', out);
		cli_pad(out, heads[i], tc->w[i]);
	}
	putc('\n', out);
}

/* A row: its name, then its figures v[0..tc->n), right aligned; «-» in
 * the place of figure i when bit i of dash is set. */
static void
text_figs(FILE *out, const char *name, int cols, const struct text_cols *tc, const int64_t *v,
    unsigned dash)
{
	char buf[64];
	int i;

	cli_pad(out, name, -cols);
	for (i = 0; i < tc->n; i++) {
		if (dash & 1u << i)
			snprintf(buf, sizeof buf, "-");
		else
			text_fig(buf, sizeof buf, tc, v[i]);
		putc(' ', out);
		cli_pad(out, buf, tc->w[i]);
	}
	putc('\n', out);
}

static void
text_head(FILE *out, const char *first, int cols, const struct text_cols *tc)
{
	const char *h[TEXT_FIGS];

	sums_heads(h);
	text_heads(out, first, cols, tc, h);
}

static void
text_line(FILE *out, const char *name, int cols, const struct text_cols *tc, const struct sums *s)
{
	int64_t v[TEXT_FIGS];

	sums_figs(s, v);
	/* no material need: its amounts (columns 1 to 4) «-» (no_money) */
	text_figs(out, name, cols, tc, v, no_money(s) ? 0x1Eu : 0);
}

/* The width of the name column: NAME_COLS, or the widest of names. */
static int
name_cols(const char *const *names, size_t n, const char *first, const char *last)
{
	int cols = NAME_COLS, w;
	size_t i;

	for (i = 0; i < n; i++)
		if ((w = cli_width(names[i])) > cols)
			cols = w;
	if ((w = cli_width(first)) > cols)
		cols = w;
	if (last != NULL && (w = cli_width(last)) > cols)
		cols = w;
	return cols;
}

/* The needs left out, after the tables: a row for each kind of them
 * there is (rejected, deactivated, of units marked inactive), in the
 * columns of the tables above. */
static void
text_need_off(FILE *out, const struct figures *fg, unsigned flags)
{
	struct text_cols tc;
	const char *names[NEED_OFF_N];
	const char *first = cli_word("needs_left_out", N_("Needs not counted"));
	size_t i;
	int cols;

	if (!any_need_off(fg))
		return;
	for (i = 0; i < NEED_OFF_N; i++)
		names[i] = cli_word(need_off_ident[i], need_off_label[i]);
	cols = name_cols(names, NEED_OFF_N, first, NULL);
	sums_cols(&tc, flags, fg->need_off, NEED_OFF_N, 1, NULL);
	putc('\n', out);
	text_head(out, first, cols, &tc);
	for (i = 0; i < NEED_OFF_N; i++)
		if (fg->need_off[i].needs > 0)
			text_line(out, names[i], cols, &tc, &fg->need_off[i]);
}

/* The pledges left out, after the tables: a row for each kind of them
 * there is, with their number, their amounts and the payments on them, in
 * the columns of the tables above. */
static void
text_left(FILE *out, const struct figures *fg, unsigned flags)
{
	const char *names[LEFT_N], *first = cli_word("left_out", N_("Pledges not counted"));
	const char *h[3];
	struct text_cols tc;
	int64_t v[3];
	size_t i;
	int cols;

	if (!any_left(fg))
		return;
	for (i = 0; i < LEFT_N; i++)
		names[i] = cli_word(left_ident[i], left_label[i]);
	cols = name_cols(names, LEFT_N, first, NULL);
	h[0] = cli_word("pledges", N_("Pledges"));
	h[1] = cli_word("pledged", N_("Pledged"));
	h[2] = cli_word("received", N_("Received"));
	memset(&tc, 0, sizeof tc);
	tc.flags = flags;
	tc.n = 3;
	text_fit_heads(&tc, h);
	for (i = 0; i < LEFT_N; i++) {
		v[0] = (int64_t)fg->left[i].pledges;
		v[1] = fg->left[i].pledged;
		v[2] = fg->left[i].received;
		if (fg->left[i].pledges > 0)
			text_fit(&tc, v);
	}
	putc('\n', out);
	text_heads(out, first, cols, &tc, h);
	for (i = 0; i < LEFT_N; i++) {
		if (fg->left[i].pledges == 0)
			continue;
		v[0] = (int64_t)fg->left[i].pledges;
		v[1] = fg->left[i].pledged;
		v[2] = fg->left[i].received;
		text_figs(out, names[i], cols, &tc, v, 0);
	}
}

static char *user_setting(struct store *st, const char *key);

/* How the text writes its figures: grouped by threes, as the screens and
 * the page write them; in Persian with Persian digits and the Arabic
 * thousands separator (۱۳٬۷۶۰٬۰۰۰٬۰۰۰) unless the user's digits setting
 * is ASCII (13,760,000,000), under --lang en in ASCII with commas.  In
 * rials always: the headings name no unit. */
unsigned
tui_text_amount_flags(struct store *st)
{
	unsigned flags = LOC_FMT_GROUP;
	char *v;

	if (strcmp(loc_lang(), "en") == 0)
		return flags;
	flags |= LOC_FMT_FA_DIGITS;
	if ((v = user_setting(st, "digits")) != NULL) {
		if (strcmp(v, "ascii") == 0)
			flags &= ~LOC_FMT_FA_DIGITS;
		free(v);
	}
	return flags;
}

/* The text's title line, then a blank one: what the page's heading says,
 * «گزارش همیار — شهرستان: مرند — تهیه‌شده در ۱۴۰۵/۰۹/۱۱» (the county with
 * --county only), the date the report's day, in the digits of its figures.
 * Before, the text never said when it was made nor, with --county, of
 * which county it was: a printout or a saved file lost both. */
static void
text_title(FILE *out, const struct figures *fg, unsigned flags)
{
	char date[32];

	loc_date_format(fg->today, flags & LOC_FMT_FA_DIGITS, date, sizeof date);
	fputs(_("Hamyar report"), out);
	if (fg->county != NULL) {
		fputs(" — ", out);
		fprintf(out, _("County: %s"), cli_county_name(fg->county));
	}
	fputs(" — ", out);
	fprintf(out, _("Made on %s"), date);
	fputs("\n\n", out);
}

static int text_late(struct store *st, FILE *out, const char *county, unsigned flags);
static int text_honour(struct store *st, FILE *out, const char *county, unsigned flags);

int
tui_report_text(struct store *st, FILE *out, const char *county)
{
	struct figures *fg = malloc(sizeof *fg);
	const char *names[MAX_COUNTIES > CORE_NPTYPES ? MAX_COUNTIES : CORE_NPTYPES];
	const struct core_field *cat = &core_schema_get(CORE_NEED)->fields[CORE_NEED_CATEGORY];
	const char *first, *total = cli_word("total", N_("Total"));
	struct text_cols tc;
	char code[16];
	size_t i;
	int rc, cols;
	unsigned flags;

	if (fg == NULL)
		return STORE_ENOMEM;
	if ((rc = prepare(st, county, fg, code, sizeof code)) != 0) {
		free(fg);
		return rc;
	}
	flags = tui_text_amount_flags(st);
	text_title(out, fg, flags);
	for (i = 0; i < fg->ncounty; i++)
		names[i] = cli_county_name(fg->codes[i]);
	first = cli_word("county", N_("County"));
	cols = name_cols(names, fg->ncounty, first, total);
	sums_cols(&tc, flags, fg->by_county, fg->ncounty, 0, &fg->total);
	text_head(out, first, cols, &tc);
	for (i = 0; i < fg->ncounty; i++)
		text_line(out, names[i], cols, &tc, &fg->by_county[i]);
	text_line(out, total, cols, &tc, &fg->total);
	putc('\n', out);
	for (i = 0; i < CORE_NPTYPES; i++)
		names[i] = cli_word(core_ptype_names[i], core_choice_label(cat, (int)i));
	first = cli_word("type", N_("Participation type"));
	cols = name_cols(names, CORE_NPTYPES, first, total);
	sums_cols(&tc, flags, fg->by_cat, CORE_NPTYPES, 0, &fg->cat_total);
	text_head(out, first, cols, &tc);
	for (i = 0; i < CORE_NPTYPES; i++)
		text_line(out, names[i], cols, &tc, &fg->by_cat[i]);
	text_line(out, total, cols, &tc, &fg->cat_total);
	putc('\n', out);
	fputs(_(gap_note), out);
	putc('\n', out);
	fputs(_(material_note), out);
	putc('\n', out);
	/* the headings name no unit: said once, as a screen or the page may
	 * show toman (the user's setting), which the text never does */
	fputs(_("Amounts are in rials."), out);
	putc('\n', out);
	if ((rc = text_honour(st, out, fg->county, flags)) != 0 ||
	    (rc = text_late(st, out, fg->county, flags)) != 0) {
		free(fg);
		return rc;
	}
	text_need_off(out, fg, flags);
	text_left(out, fg, flags);
	free(fg);
	return ferror(out) ? STORE_EIO : 0;
}

/* ---- HTML ---- */

/*
 * How the page writes numbers and which way it runs, as the screens do
 * (tui/scrkit.c): the digits and the money unit are the user's settings
 * "digits" (fa / ascii) and "currency" (rial / toman), read from the store
 * for the login the verb runs as.  A Persian page is right to left, in
 * Persian digits unless the user chose ASCII; an English page (--lang en)
 * is left to right with Latin digits whatever the setting.  Amounts in toman
 * are rials / 10 exactly, a tenth shown as on the screens (loc_money_format),
 * so that the rows add up to the total row.
 */
struct look {
	int rtl;		/* 1: Persian page, right to left */
	int fa_digits;		/* 1: Persian digits and ٬ separators */
	int toman;		/* 1: amounts in toman */
};

/* The user's setting key (caller frees), or NULL if unset or unreadable. */
static char *
user_setting(struct store *st, const char *key)
{
	const struct store_identity *id = store_users_identity(st);
	struct store_txn *t;
	char name[160], *v = NULL;

	if (id == NULL || id->login[0] == '\0')
		return NULL;
	snprintf(name, sizeof name, "user.%s.%s", id->login, key);
	if (store_read_begin(st, &t) != 0)
		return NULL;
	if (store_setting_get(t, name, &v, NULL) != 0)
		v = NULL;
	store_read_end(t);
	return v;
}

static void
look_load(struct store *st, struct look *lk)
{
	char *v;

	lk->rtl = strcmp(loc_lang(), "en") != 0;
	lk->fa_digits = lk->rtl;
	lk->toman = 0;
	if ((v = user_setting(st, "digits")) != NULL) {
		if (strcmp(v, "ascii") == 0)
			lk->fa_digits = 0;
		free(v);
	}
	if ((v = user_setting(st, "currency")) != NULL) {
		lk->toman = strcmp(v, "toman") == 0;
		free(v);
	}
}

/* The unit's name, translated. */
static const char *
unit_name(const struct look *lk)
{
	return lk->toman ? _("toman") : _("rials");
}

/* x of a point placed at x on a right-to-left chart W wide, on this page. */
static int
mx(const struct look *lk, int W, int x)
{
	return lk->rtl ? x : W - x;
}

/* The same for the left edge of a box w wide. */
static int
mbox(const struct look *lk, int W, int x, int w)
{
	return lk->rtl ? x : W - x - w;
}

/* The direction attribute of chart text (none on a left-to-right page). */
static const char *
tdir(const struct look *lk)
{
	return lk->rtl ? " direction=\"rtl\"" : "";
}

/* A number (a count) in the page's digits, grouped. */
static void
count(FILE *out, const struct look *lk, int64_t v)
{
	char buf[64];

	loc_amount_format(v, LOC_FMT_GROUP | (lk->fa_digits ? LOC_FMT_FA_DIGITS : 0), buf, sizeof buf);
	fputs(buf, out);
}

/* An amount of rials in the page's unit (no name: the heading has it). */
static void
amount(FILE *out, const struct look *lk, int64_t rials)
{
	char buf[64];

	loc_money_format(rials, lk->toman, LOC_FMT_GROUP | (lk->fa_digits ? LOC_FMT_FA_DIGITS : 0),
	    buf, sizeof buf);
	fputs(buf, out);
}

/* A heading of amounts: "Estimated cost (toman)". */
static void
money_label(FILE *out, const struct look *lk, const char *label)
{
	tui_html_fputs(out, label);
	fputs(" (", out);
	tui_html_fputs(out, unit_name(lk));
	fputc(')', out);
}

/* The characters (not bytes) of rials written as an amount on this page. */
static int
amount_chars(const struct look *lk, int64_t rials)
{
	char buf[64];
	const char *p;
	int n = 0;

	loc_money_format(rials, lk->toman, LOC_FMT_GROUP | (lk->fa_digits ? LOC_FMT_FA_DIGITS : 0),
	    buf, sizeof buf);
	for (p = buf; *p; p++)
		if (((unsigned char)*p & 0xC0) != 0x80)
			n++;
	return n;
}

/* The characters of the widest figures of the n sums s (and total, if
 * not NULL), column by column of amounts, into col[4]. */
static void
sums_chars(const struct look *lk, const struct sums *s, size_t n, const struct sums *total,
    int col[4])
{
	int c, k;
	size_t i;

	for (k = 0; k < 4; k++)
		col[k] = 0;
	for (i = 0; i <= n; i++) {
		const struct sums *r = i < n ? &s[i] : total;
		const int64_t v[4] = { r ? r->estimated : 0, r ? r->pledged : 0,
			r ? r->received : 0, r ? r->gap : 0 };

		if (r == NULL)
			continue;
		for (k = 0; k < 4; k++)
			if ((c = amount_chars(lk, v[k])) > col[k])
				col[k] = c;
	}
}

/* The characters of the longest word of s, the most a heading or a name
 * wrapped at its words leaves on one line (a ZWNJ, which has no width,
 * not counted), or at least least. */
static int
word_chars(const char *s, int least)
{
	int n = 0, most = least;

	/* characters counted by their first bytes, as amount_chars does */
	for (; *s != '\0'; s++) {
		if (*s == ' ')
			n = 0;
		else if (((unsigned char)*s & 0xC0) != 0x80 &&
		    strncmp(s, "\xe2\x80\x8c", 3) != 0 && ++n > most)
			most = n;
	}
	return most;
}

/* The longest word of a heading of amounts, money_label's. */
static int
money_word_chars(const struct look *lk, const char *label, int least)
{
	char unit[64];

	snprintf(unit, sizeof unit, "(%s)", unit_name(lk));
	return word_chars(unit, word_chars(label, least));
}

/*
 * Opens a table of cols columns, the characters of whose widest
 * unbreakable content (a figure: a figure is never broken over two lines,
 * td is nowrap; a heading's or a name's longest word, where they wrap)
 * add up, column by column, to chars.  A table of very large sums (a need
 * of 10^15 rials, the most one may have, or a county's sum of several)
 * grew wider than the page, its last columns past the printed width: its
 * font is made smaller instead, just enough for those and the cells'
 * padding to fit in the page's 180mm (TABLE_FIT_PX), reckoning a
 * character at 0.64em (a digit of DejaVu Sans, the widest of the page's
 * fonts; a separator is narrower, a Persian letter of a bold heading
 * about 0.6em).  Ordinary sums keep 10pt.  Before the headings' words
 * were counted (with a fixed 12em for the name and count columns), the
 * table of needs not counted, one 10^15 figure and nine headings, was
 * left at 10pt and laid out 722 pixels wide by Chromium 156.
 */
#define TABLE_FIT_PX	680
#define TABLE_PAD_PX	18	/* a cell's padding and borders */
static void
table_open(FILE *out, int cols, int chars)
{
	double px = (double)(TABLE_FIT_PX - cols * TABLE_PAD_PX) / (chars * 0.64);
	double pt = px * 0.75;

	if (pt >= 10) {
		fputs("<table>", out);
		return;
	}
	if (pt < 5)
		pt = 5;
	/* (%d: no locale's decimal comma in the CSS) */
	fprintf(out, "<table style=\"font-size:%d.%dpt\">", (int)pt, (int)(pt * 10) % 10);
}

/* A table of sums: its first column headed first, its rows named
 * names[0..nnames-1], the widest figures of its columns of amounts fig
 * (sums_chars), and the counts of needs, open and done. */
static void
table_head(FILE *out, const struct look *lk, const char *first, const char *const *names,
    size_t nnames, const int fig[4])
{
	const char *money[] = { _("Estimated cost"), _("Pledged"), _("Received"), _("Gap") };
	/* the non-material needs, counted (material_note) */
	const char *counts[] = { _("Non-material open"), _("With a pledge"), _("Done") };
	size_t i;
	int chars = word_chars(first, word_chars(_("Total"), 0));

	for (i = 0; i < nnames; i++)
		chars = word_chars(names[i], chars);
	/* a count of a few digits */
	chars += word_chars(_("Needs"), 5);
	for (i = 0; i < 4; i++)
		chars += money_word_chars(lk, money[i], fig[i]);
	for (i = 0; i < sizeof counts / sizeof counts[0]; i++)
		chars += word_chars(counts[i], 5);
	table_open(out, 9, chars);
	fputs("<thead><tr><th>", out);
	tui_html_fputs(out, first);
	fputs("</th><th>", out);
	tui_html_fputs(out, _("Needs"));
	fputs("</th>", out);
	for (i = 0; i < sizeof money / sizeof money[0]; i++) {
		fputs("<th>", out);
		money_label(out, lk, money[i]);
		fputs("</th>", out);
	}
	for (i = 0; i < sizeof counts / sizeof counts[0]; i++) {
		fputs("<th class=\"nm\">", out);
		tui_html_fputs(out, counts[i]);
		fputs("</th>", out);
	}
	fputs("</tr></thead><tbody>\n", out);
}

static void
table_row(FILE *out, const struct look *lk, const char *name, const struct sums *s, int total)
{
	fputs(total ? "<tr class=\"total\"><th>" : "<tr><th>", out);
	tui_html_fputs(out, name);
	fputs("</th><td>", out);
	count(out, lk, (int64_t)s->needs);
	fputs("</td><td>", out);
	if (no_money(s)) {
		/* no material need: no money to speak of, as the text */
		fputs("-</td><td>-</td><td>-</td><td>-</td><td>", out);
	} else {
		amount(out, lk, s->estimated);
		fputs("</td><td>", out);
		amount(out, lk, s->pledged);
		fputs("</td><td>", out);
		amount(out, lk, s->received);
		fputs("</td><td>", out);
		amount(out, lk, s->gap);
		fputs("</td><td>", out);
	}
	count(out, lk, (int64_t)s->nm_open);
	fputs("</td><td>", out);
	count(out, lk, (int64_t)s->nm_pledged);
	fputs("</td><td>", out);
	count(out, lk, (int64_t)s->nm_done);
	fputs("</td></tr>\n", out);
}

/*
 * Opens a chart drawn on a W by H plane.  It is as wide as the page
 * (width 100%, the style caps it at the printed 180mm) and as high as its
 * plane's proportion makes it (no height: the style's height:auto), so
 * that it scales with a window narrower than the page, a printed page
 * or a zoom, instead of standing W pixels wide past the page's border.
 * Its text (11 units) scales with it: 11 pixels at the full width.
 */
static void
svg_open(FILE *out, int W, int H)
{
	fprintf(out, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%%\" "
	    "viewBox=\"0 0 %d %d\" role=\"img\">\n", W, H);
}

/* "Estimated cost: 1,200,000,000 rials", the amount in the page's digits
 * and unit: a <title>'s line, or a total at the top of the time chart. */
static void
label_amount(FILE *out, const struct look *lk, const char *label, int64_t rials)
{
	tui_html_fputs(out, label);
	fputs(": ", out);
	amount(out, lk, rials);
	fputc(' ', out);
	tui_html_fputs(out, unit_name(lk));
}

/*
 * The <title> of a bar or a row's label, which a browser shows when the
 * pointer rests on it: the row's name whole, then its estimated cost
 * (est) and its gap (gap), each on a line of its own (&#10;, so that the
 * page keeps a line per element).  A bar names its own amount only.
 */
static void
bar_title(FILE *out, const struct look *lk, const char *name, const struct sums *s,
    int est, int gap)
{
	fputs("<title>", out);
	tui_html_fputs(out, name);
	if (est) {
		fputs("&#10;", out);
		label_amount(out, lk, _("Estimated cost"), s->estimated);
	}
	if (gap) {
		fputs("&#10;", out);
		label_amount(out, lk, _("Gap"), s->gap);
	}
	fputs("</title>", out);
}

/* A sentence in place of a chart that would show nothing. */
static void
no_chart(FILE *out, const char *why)
{
	fputs("<p>", out);
	tui_html_fputs(out, why);
	fputs("</p>\n", out);
}

/* The width of a bar of v of max on span pixels: at least one pixel for
 * v > 0, so that a county's gap of 1,600,000,000 beside an estimate of
 * 2,500,000,000,000 is still seen, as the dashboard's bars keep a cell. */
static int
bar_width(int64_t v, int64_t max, int span)
{
	int w = (int)((double)v / (double)max * span);

	return v > 0 && w < 1 ? 1 : w;
}

/* The step of a chart's scale: a round amount (1, 2, 2.5 or 5 times a
 * power of ten rials, at least 10 so that a toman page's step is whole)
 * that cuts 0..max in at most n parts. */
static int64_t
scale_step(int64_t max, int n)
{
	static const int mul[] = { 10, 20, 25, 50 };	/* tenths */
	int64_t mag = 1, raw = (max + n - 1) / n;
	size_t k;

	if (raw < 10)
		return 10;
	while (mag <= INT64_MAX / 100 && mag * 10 < raw)
		mag *= 10;
	for (;;) {
		for (k = 0; k < sizeof mul / sizeof mul[0]; k++)
			if (mag / 10 * mul[k] >= raw)
				return mag / 10 * mul[k];
		if (mag > INT64_MAX / 10)
			return raw;
		mag *= 10;
	}
}

/* How many parts a scale of amounts up to max may have on len pixels:
 * each value's label (about 6.5 pixels a character) with room beside it,
 * at most 5. */
static int
scale_parts(const struct look *lk, int64_t max, int len)
{
	int n = len / (amount_chars(lk, max) * 13 / 2 + 24);

	return n < 1 ? 1 : n > 5 ? 5 : n;
}

/* A value of a scale: the amount in the page's digits and unit, grouped
 * (the chart's legend names the unit), at x, y, anchored as said.  A
 * number runs left to right on either page, so its anchor does too
 * ("end": it ends at x), whatever the page's direction. */
static void
scale_label(FILE *out, const struct look *lk, int x, int y, const char *anchor, int64_t rials)
{
	fprintf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" direction=\"ltr\" class=\"scale\">",
	    x, y, anchor);
	amount(out, lk, rials);
	fputs("</text>\n", out);
}

/* Horizontal bars: estimated cost and gap per row.  Drawn right to left
 * (labels on the right, bars growing leftwards), mirrored on an English
 * page.  With no need, or no need with an estimated cost, every bar would
 * be zero wide: a sentence says so instead.  A row whose needs are all
 * non-material (a county such as the demo's Bonab) counts its open ones
 * in its bars' place, «فقط نیاز معنوی (۳ باز)», as the dashboard does. */
static void
bars(FILE *out, const struct look *lk, const char *const *names, const struct sums *s, size_t n,
    size_t seen, size_t unit_off, size_t nonmat)
{
	const int W = 680, label = 190, rowh = 34, top = 30;
	int64_t max = 0;
	size_t i, needs = 0;
	/* under the rows, the scale's values (SCALE_H) */
	int H = top + (int)n * rowh + 10 + 16, span = W - label - 20;
	int64_t step, v;

	for (i = 0; i < n; i++) {
		if (s[i].estimated > max)
			max = s[i].estimated;
		needs += s[i].needs;
	}
	/* (non-material needs counted, with no material one: no amounts,
	 * said below) */
	if (needs == 0 && nonmat == 0) {
		/* needs recorded but none counted: rejected ones, or of
		 * units marked inactive (deleted ones are not seen) */
		no_chart(out, unit_off > 0 ?
		    _("No needs to show: the needs recorded are rejected or of units marked inactive.") :
		    seen > 0 ? _("No needs to show: the needs recorded are all rejected.") :
		    _("No needs yet."));
		return;
	}
	if (max == 0) {
		no_chart(out, _("No material need has an estimated cost yet."));
		return;
	}
	svg_open(out, W, H);
	fprintf(out, "<rect x=\"%d\" y=\"8\" width=\"12\" height=\"12\" class=\"est\"/>"
	    "<text x=\"%d\" y=\"18\"%s>", mbox(lk, W, W - 16, 12), mx(lk, W, W - 22), tdir(lk));
	money_label(out, lk, _("Estimated cost"));
	fprintf(out, "</text>\n<rect x=\"%d\" y=\"8\" width=\"12\" height=\"12\" class=\"gap\"/>"
	    "<text x=\"%d\" y=\"18\"%s>", mbox(lk, W, W - 236, 12), mx(lk, W, W - 242), tdir(lk));
	money_label(out, lk, _("Gap"));
	fputs("</text>\n", out);
	/* the scale: a gridline at each round amount, from 0 at the
	 * labels' edge, its value under the rows, drawn under the bars */
	step = scale_step(max, scale_parts(lk, max, span));
	for (v = 0; v <= max; v += step) {
		int d = (int)((double)v / (double)max * span), x = mx(lk, W, W - label - d);
		/* centred under its line, but for one so near the far
		 * edge that half of it would run off: it ends there */
		const char *anchor = span - d < amount_chars(lk, v) * 7 / 2 ?
		    (lk->rtl ? "start" : "end") : "middle";

		fprintf(out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"grid\"/>\n",
		    x, top, x, H - 22);
		scale_label(out, lk, anchor[0] == 'm' ? x : mx(lk, W, W - label - span), H - 6, anchor, v);
		if (v > max - step)
			break;
	}
	for (i = 0; i < n; i++) {
		int y = top + (int)i * rowh;
		int we = bar_width(s[i].estimated, max, span);
		int wg = bar_width(s[i].gap, max, span);

		if (no_money(&s[i])) {
			/* a row whose needs are all non-material has no money
			 * to draw: two bars 0 wide and "Gap: 0 rials" read as
			 * nothing needed there.  Its open non-material needs
			 * are counted in the bars' place instead, as the
			 * dashboard's row says it */
			char num[32], nm[200];

			loc_amount_format((int64_t)s[i].nm_open,
			    LOC_FMT_GROUP | (lk->fa_digits ? LOC_FMT_FA_DIGITS : 0), num, sizeof num);
			snprintf(nm, sizeof nm, _("non-material needs only (%s open)"), num);
			fprintf(out, "<text x=\"%d\" y=\"%d\"%s><title>", mx(lk, W, W - 4), y + 18,
			    tdir(lk));
			tui_html_fputs(out, names[i]);
			fputs("&#10;", out);
			tui_html_fputs(out, nm);
			fputs("</title>", out);
			tui_html_fputs(out, names[i]);
			fprintf(out, "</text>\n<text x=\"%d\" y=\"%d\"%s class=\"nm-only\">",
			    mx(lk, W, W - label - 4), y + 18, tdir(lk));
			tui_html_fputs(out, nm);
			fputs("</text>\n", out);
			continue;
		}
		fprintf(out, "<text x=\"%d\" y=\"%d\"%s>", mx(lk, W, W - 4), y + 18, tdir(lk));
		bar_title(out, lk, names[i], &s[i], 1, 1);
		tui_html_fputs(out, names[i]);
		fputs("</text>\n", out);
		fprintf(out, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"12\" class=\"est\">",
		    mbox(lk, W, W - label - we, we), y + 4, we);
		bar_title(out, lk, names[i], &s[i], 1, 0);
		fprintf(out, "</rect>\n<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"12\" class=\"gap\">",
		    mbox(lk, W, W - label - wg, wg), y + 17, wg);
		bar_title(out, lk, names[i], &s[i], 0, 1);
		fputs("</rect>\n", out);
	}
	fputs("</svg>\n", out);
}

/* The county chart: bars for the counties with a need counted; those
 * with none (every county has a row in the table) are named under it,
 * so that a county missing from the chart is said to be. */
static void
county_bars(FILE *out, const struct look *lk, const struct figures *fg, const char *const *names)
{
	const char *shown[MAX_COUNTIES];
	struct sums s[MAX_COUNTIES];
	size_t i, n = 0, empty = 0;
	char *list = NULL, *line = NULL, num[32];
	size_t len = 0;
	FILE *m;

	for (i = 0; i < fg->ncounty; i++) {
		if (fg->by_county[i].needs == 0) {
			empty++;
			continue;
		}
		shown[n] = names[i];
		s[n++] = fg->by_county[i];
	}
	bars(out, lk, shown, s, n, fg->seen_needs, fg->need_off[NEED_OFF_UNIT].needs,
	    fg->total.nm_open + fg->total.nm_done);
	if (n == 0 || empty == 0 || (m = open_memstream(&list, &len)) == NULL)
		return;
	for (i = 0, n = 0; i < fg->ncounty; i++)
		if (fg->by_county[i].needs == 0)
			fprintf(m, "%s%s", n++ ? _(", ") : "", names[i]);
	fclose(m);
	loc_amount_format((int64_t)empty, LOC_FMT_GROUP | (lk->fa_digits ? LOC_FMT_FA_DIGITS : 0),
	    num, sizeof num);
	if (asprintf(&line, _("Counties with no need counted, not in the chart (%s): %s."),
	    num, list != NULL ? list : "") < 0)
		line = NULL;
	fputs("<p class=\"note\" id=\"county-empty\">", out);
	tui_html_fputs(out, line != NULL ? line : "");
	fputs("</p>\n", out);
	free(line);
	free(list);
}

/* "Pledged: 1,200,000,000 rials" at the top of the time chart. */
static void
total_label(FILE *out, const struct look *lk, int x, int y, const char *cls,
    const char *label, int64_t rials)
{
	fprintf(out, "<text x=\"%d\" y=\"%d\"%s class=\"%s\">", x, y, tdir(lk), cls);
	label_amount(out, lk, label, rials);
	fputs("</text>\n", out);
}

/* Month idx (y*12+m-1) written under the axis at x, "1404/01", in the
 * page's digits. */
static void
month_label(FILE *out, const struct look *lk, int x, int y, int idx)
{
	char buf[32], *fa = NULL;

	snprintf(buf, sizeof buf, "%d/%02d", idx / 12, idx % 12 + 1);
	if (lk->fa_digits)
		fa = loc_digits_to_fa(buf);
	fprintf(out, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>\n", x, y,
	    fa ? fa : buf);
	free(fa);
}

/* Under the time chart: how many counted pledges and payments are dated
 * after the report's day, and so not in it (a date mistyped years ahead
 * would otherwise stretch the chart until the real months are a sliver). */
static void
later_note(FILE *out, const struct look *lk, const struct figures *fg)
{
	char num[32], *line = NULL;
	int k;

	for (k = 0; k < 2; k++) {
		size_t n = k ? fg->later_payments : fg->later_pledges;

		if (n == 0)
			continue;
		loc_amount_format((int64_t)n, LOC_FMT_GROUP | (lk->fa_digits ? LOC_FMT_FA_DIGITS : 0),
		    num, sizeof num);
		if (asprintf(&line, k ?
		    P_("%s payment dated after today is not in the chart.",
		    "%s payments dated after today are not in the chart.", n) :
		    P_("%s pledge dated after today is not in the chart.",
		    "%s pledges dated after today are not in the chart.", n), num) < 0)
			line = NULL;
		fprintf(out, "<p class=\"note\" id=\"later-%s\">", k ? "payments" : "pledges");
		tui_html_fputs(out, line != NULL ? line : "");
		fputs("</p>\n", out);
		free(line);
		line = NULL;
	}
}

/* Cumulative pledged and received by month; time runs right to left (left
 * to right on an English page).  Each line starts at zero at the start of
 * the first month and has a point at the end of each month, so that a
 * single month is a line too (one point draws nothing). */
static void
timeline_chart(FILE *out, const struct look *lk, const struct figures *fg)
{
	/* top: where the plot starts, under the two totals written above it
	 * (baselines 20 and 40), so that a line at its highest does not run
	 * through them */
	const int W = 680, H = 260, pad = 40, top = 56;
	int months, i, x, step, nticks = 0, every, k;
	int64_t cp = 0, cr = 0, max = 1;

	if (!fg->have_months) {
		/* (pledges on no counted need have their own rows below,
		 * which says where the amounts went; those dated after
		 * today, the line under it) */
		if (fg->left[LEFT_OUTSIDE].pledged == 0 && fg->left[LEFT_OUTSIDE].received == 0 &&
		    fg->left[LEFT_UNIT].pledged == 0 && fg->left[LEFT_UNIT].received == 0 &&
		    fg->later_pledges == 0 && fg->later_payments == 0)
			no_chart(out, fg->seen_pledges > 0 ?
			    _("No pledged amount to chart: the pledges recorded are cancelled, non-material or in kind.") :
			    _("No pledges yet."));
		return;
	}
	months = fg->month_hi - fg->month_lo + 1;
	for (i = 0; i < months; i++) {
		cp += fg->pledged_m[fg->month_lo - fg->base_month + i];
		cr += fg->received_m[fg->month_lo - fg->base_month + i];
	}
	max = cp > cr ? cp : cr;
	if (max <= 0)
		max = 1;
	svg_open(out, W, H);
	/* the axis first, the chart's first line (the gridlines are above) */
	fprintf(out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>\n",
	    pad, H - pad, W - pad, H - pad);
	/* the scale: a gridline at each round amount above 0, its value
	 * over it at the side where time starts (the lines are lowest
	 * there), under the lines */
	{
		int64_t ystep = scale_step(max, 4), v;

		for (v = ystep; v <= max; v += ystep) {
			int y = H - pad - (int)((double)v / (double)max * (H - pad - top));

			fprintf(out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"grid\"/>\n",
			    pad, y, W - pad, y);
			scale_label(out, lk, mx(lk, W, W - pad), y - 3, lk->rtl ? "end" : "start", v);
			if (v > max - ystep)
				break;
		}
	}
	for (int pass = 0; pass < 2; pass++) {
		int64_t c = 0;

		fprintf(out, "<polyline class=\"%s\" points=\"", pass ? "rcv" : "plg");
		for (i = 0; i <= months; i++) {
			if (i > 0)
				c += (pass ? fg->received_m : fg->pledged_m)[fg->month_lo - fg->base_month + i - 1];
			x = W - pad - (int)((double)i / months * (W - 2 * pad));
			fprintf(out, "%d,%d ", mx(lk, W, x), H - pad - (int)((double)c / (double)max * (H - pad - top)));
		}
		/* the line's total on hover, as written at the top */
		fputs("\"><title>", out);
		label_amount(out, lk, pass ? _("Received") : _("Pledged"), pass ? cr : cp);
		fputs("</title></polyline>\n", out);
	}
	/* First and last month under the axis (one month: once, in the
	 * middle), the totals at the top. */
	for (i = 0; i < (months == 1 ? 1 : 2); i++)
		month_label(out, lk, months == 1 ? W / 2 : mx(lk, W, i ? pad : W - pad),
		    H - pad + 20, i ? fg->month_hi : fg->month_lo);
	/* Between them, a tick where a season starts (Farvardin, Tir, Mehr,
	 * Dey) over two years or less, else where a year starts, each named
	 * by its month (at most 8 named, every other year or so over a long
	 * span; none so near an end that it would run into its name): with
	 * the ends alone named, 27 months of pledges read as one stretch,
	 * and when they came in could not be told. */
	step = months <= 24 ? 3 : 12;
	for (i = 1; i < months; i++)
		nticks += (fg->month_lo + i) % step == 0;
	every = nticks > 8 ? (nticks + 7) / 8 : 1;
	for (i = 1, k = 0; i < months; i++) {
		if ((fg->month_lo + i) % step != 0)
			continue;
		x = W - pad - (int)((double)i / months * (W - 2 * pad));
		fprintf(out, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>\n",
		    mx(lk, W, x), H - pad, mx(lk, W, x), H - pad + 5);
		if (k++ % every != 0 || x - pad < 50 || W - pad - x < 50)
			continue;
		month_label(out, lk, mx(lk, W, x), H - pad + 20, fg->month_lo + i);
	}
	total_label(out, lk, mx(lk, W, W - pad), 20, "plg-t", _("Pledged"), cp);
	total_label(out, lk, mx(lk, W, W - pad), 40, "rcv-t", _("Received"), cr);
	fputs("</svg>\n", out);
}

/* The time chart, up to the report's day, and what it leaves out. */
static void
timeline(FILE *out, const struct look *lk, const struct figures *fg)
{
	timeline_chart(out, lk, fg);
	later_note(out, lk, fg);
}

/* ---- honouring donors (SPEC §1 item 6) ---- */

struct honour_cer {
	int32_t on;
	char *title, *place;
	size_t donors;			/* honoured there (in scope) */
};

static int
honour_cer_cmp(const void *a, const void *b)
{
	const struct honour_cer *x = a, *y = b;

	return x->on != y->on ? (x->on > y->on ? -1 : 1) : strcmp(x->title, y->title);
}

/* Planned ceremonies: the soonest first. */
static int
honour_planned_cmp(const void *a, const void *b)
{
	const struct honour_cer *x = a, *y = b;

	return x->on != y->on ? (x->on < y->on ? -1 : 1) : strcmp(x->title, y->title);
}

static int
str_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A text from the database in the page's digits, escaped. */
static void
page_text(FILE *out, const struct look *lk, const char *s)
{
	char *p = lk->fa_digits ? loc_digits_to_fa_text(s) : NULL;

	tui_html_fputs(out, p != NULL ? p : s);
	free(p);
}

/* The ceremonies of a report, gathered once for the page and the text. */
struct honour_list {
	struct honour_cer *v;
	size_t n, cap;
	size_t uniq;		/* donors honoured, each once */
};

static void
honour_free(struct honour_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].title);
		free(l->v[i].place);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

/*
 * Gathers into l the ceremonies held up to the report's day (a ceremony
 * recorded for a later day is not yet one), newest first, each with the
 * donors honoured there, and how many donors (each once, however many
 * times honoured).  With a county (--county, a clerk's), the donors of
 * that county only, and the ceremonies that honoured one of them.
 * With planned, the ceremonies recorded for a later day instead, the
 * soonest first, with the donors to be honoured there so far (without a
 * county, one that names no donor yet too).
 * Returns 0 or a store code: STORE_ECORRUPT when a ceremony names a
 * donor that is not there.
 */
static int
honour_gather(struct store *st, const char *county, int32_t today, int planned,
    struct honour_list *l)
{
	char **ids = NULL, id[CORE_ID_MAX];
	size_t ni = 0, ci = 0, i;
	struct store_txn *t;
	struct store_iter *it;
	int rc;

	memset(l, 0, sizeof *l);
	if ((rc = store_read_begin(st, &t)) != 0)
		return rc;
	if ((rc = store_iter_kind(t, CORE_RECOGNITION, &it)) != 0) {
		store_read_end(t);
		return rc;
	}
	/* the walk's end: STORE_ENOTFOUND, or STORE_ECORRUPT for a table
	 * read as fewer ceremonies than LMDB counts in it (store_iter_next);
	 * before, such a walk ended as a whole one, a ceremony left out of
	 * the honouring section in silence, as was one that could not be
	 * read */
	while (rc == 0 && (rc = store_iter_next(it, id)) == 0) {
		struct core_record *x;
		struct store_meta m;
		const char *p;
		size_t here = 0;

		if ((rc = store_get(t, CORE_RECOGNITION, id, &x, &m)) != 0) {
			if (rc == STORE_ENOTFOUND)
				rc = STORE_ECORRUPT;
			break;
		}
		if (m.deleted || !x->v[CORE_RECOGNITION_HELD_ON].set ||
		    ((int32_t)x->v[CORE_RECOGNITION_HELD_ON].num > today) != (planned != 0)) {
			core_record_free(x);
			continue;
		}
		for (p = core_record_text(x, CORE_RECOGNITION_DONORS); *p; ) {
			size_t n = strcspn(p, " ");
			char did[CORE_ID_MAX];

			if (n == 0) {
				p++;
				continue;
			}
			snprintf(did, sizeof did, "%.*s", (int)n, p);
			p += n;
			{
				struct core_record *d;
				int grc;

				/* a donor the ceremony names that is not
				 * there (a page a failing disk cut short):
				 * the section is not made of what is left
				 * (STORE_ECORRUPT, the report stopped);
				 * before, counted as honoured unread, or,
				 * with a county, left out in silence */
				if ((grc = store_get(t, CORE_DONOR, did, &d, NULL)) != 0) {
					rc = grc == STORE_ENOTFOUND ? STORE_ECORRUPT : grc;
					break;
				}
				n = county == NULL ||
				    strcmp(core_record_text(d, CORE_DONOR_COUNTY), county) == 0;
				core_record_free(d);
				if (!n)
					continue;
			}
			if (ni == ci) {
				char **nids = realloc(ids, (ci = ci ? ci * 2 : 64) * sizeof *ids);

				if (nids == NULL) {
					rc = STORE_ENOMEM;
					break;
				}
				ids = nids;
			}
			if ((ids[ni] = strdup(did)) == NULL) {
				rc = STORE_ENOMEM;
				break;
			}
			ni++;
			here++;
		}
		if (rc == 0 && (here > 0 || (planned && county == NULL))) {
			if (l->n == l->cap) {
				struct honour_cer *nv = realloc(l->v,
				    (l->cap = l->cap ? l->cap * 2 : 16) * sizeof *nv);

				if (nv == NULL)
					rc = STORE_ENOMEM;
				else
					l->v = nv;
			}
			if (rc == 0) {
				struct honour_cer *c = &l->v[l->n];

				c->on = (int32_t)x->v[CORE_RECOGNITION_HELD_ON].num;
				c->title = strdup(core_record_text(x, CORE_RECOGNITION_TITLE));
				c->place = strdup(core_record_text(x, CORE_RECOGNITION_PLACE));
				c->donors = here;
				if (c->title == NULL || c->place == NULL) {
					free(c->title);
					free(c->place);
					rc = STORE_ENOMEM;
				} else {
					l->n++;
				}
			}
		}
		core_record_free(x);
	}
	if (rc == STORE_ENOTFOUND)
		rc = 0;
	store_iter_free(it);
	store_read_end(t);
	if (rc == 0) {
		if (ni > 1)
			qsort(ids, ni, sizeof *ids, str_cmp);
		for (i = 0; i < ni; i++)
			l->uniq += i == 0 || strcmp(ids[i], ids[i - 1]) != 0;
		if (l->n > 1)
			qsort(l->v, l->n, sizeof *l->v,
			    planned ? honour_planned_cmp : honour_cer_cmp);
	}
	for (i = 0; i < ni; i++)
		free(ids[i]);
	free(ids);
	if (rc != 0)
		honour_free(l);
	return rc;
}

/* The sentence over the ceremonies: how many up to which day, and how
 * many donors honoured in them; or that none is held yet (caller frees;
 * NULL if out of memory). */
static char *
honour_line(const struct honour_list *l, int32_t today, unsigned flags)
{
	char date[32], a[64], b[64], *line = NULL;

	if (l->n == 0)
		return strdup(_("No ceremony of recognition held yet."));
	loc_date_format(today, flags & LOC_FMT_FA_DIGITS, date, sizeof date);
	loc_amount_format((int64_t)l->n, flags, a, sizeof a);
	loc_amount_format((int64_t)l->uniq, flags, b, sizeof b);
	if (asprintf(&line, _("Ceremonies held up to %s: %s; donors honoured in them: %s "
	    "(each once, however often honoured)."), date, a, b) < 0)
		line = NULL;
	return line;
}

/* The sentence over the planned ceremonies: how many after which day,
 * and how many donors to be honoured in them so far; or that none is
 * planned (caller frees; NULL if out of memory). */
static char *
planned_line(const struct honour_list *l, int32_t today, unsigned flags)
{
	char date[32], a[64], b[64], *line = NULL;

	loc_date_format(today, flags & LOC_FMT_FA_DIGITS, date, sizeof date);
	if (l->n == 0) {
		if (asprintf(&line, _("No ceremony planned after %s."), date) < 0)
			line = NULL;
		return line;
	}
	loc_amount_format((int64_t)l->n, flags, a, sizeof a);
	loc_amount_format((int64_t)l->uniq, flags, b, sizeof b);
	if (asprintf(&line, _("Ceremonies planned after %s, not yet held: %s; donors to be "
	    "honoured in them so far: %s (each once)."), date, a, b) < 0)
		line = NULL;
	return line;
}

/* The page's table of ceremonies, open for a row more (its tbody not
 * closed): the heading (the date's, then title, place and the donors'),
 * then a row for each, of class cls (an attribute, or ""). */
static void
page_honour_rows(FILE *out, const struct look *lk, const struct honour_list *l, const char *cls,
    const char *date_head, const char *donors_head)
{
	char date[32];
	size_t i;

	fprintf(out, "<table%s><thead><tr><th>", cls);
	tui_html_fputs(out, date_head);
	fputs("</th><th>", out);
	tui_html_fputs(out, _("Title"));
	fputs("</th><th>", out);
	tui_html_fputs(out, _("Place"));
	fputs("</th><th>", out);
	tui_html_fputs(out, donors_head);
	fputs("</th></tr></thead><tbody>\n", out);
	for (i = 0; i < l->n; i++) {
		loc_date_format(l->v[i].on, lk->fa_digits ? LOC_FMT_FA_DIGITS : 0, date, sizeof date);
		fprintf(out, "<tr%s><td>%s</td><th>", cls, date);
		page_text(out, lk, l->v[i].title);
		fputs("</th><th>", out);
		page_text(out, lk, l->v[i].place[0] ? l->v[i].place : "—");
		fputs("</th><td>", out);
		count(out, lk, (int64_t)l->v[i].donors);
		fputs("</td></tr>\n", out);
	}
}

/* The page's planned ceremonies, under their own heading after those
 * held: date, title, place and the donors to be honoured so far, the
 * soonest first; none: a sentence says so. */
static int
planned_section(struct store *st, FILE *out, const struct look *lk, const char *county,
    int32_t today)
{
	unsigned flags = LOC_FMT_GROUP | (lk->fa_digits ? LOC_FMT_FA_DIGITS : 0);
	struct honour_list l;
	char *line;
	int rc;

	if ((rc = honour_gather(st, county, today, 1, &l)) != 0)
		return rc;
	fputs("<h3 id=\"planned-ceremonies\">", out);
	tui_html_fputs(out, _("Planned ceremonies (not yet held)"));
	fputs("</h3>\n<p id=\"planned\">", out);
	line = planned_line(&l, today, flags);
	tui_html_fputs(out, line != NULL ? line : "");
	free(line);
	fputs("</p>\n", out);
	if (l.n == 0) {
		honour_free(&l);
		return 0;
	}
	page_honour_rows(out, lk, &l, " class=\"planned\"", _("Planned for"), _("Donors to be honoured"));
	fputs("</tbody></table>\n", out);
	honour_free(&l);
	return 0;
}

/* The page's ceremonies: date, title, place and the donors honoured at
 * each, newest first, a sentence over them and a total row; none: a
 * sentence says so. */
static int
honour_section(struct store *st, FILE *out, const struct look *lk, const char *county,
    int32_t today)
{
	unsigned flags = LOC_FMT_GROUP | (lk->fa_digits ? LOC_FMT_FA_DIGITS : 0);
	struct honour_list l;
	char *line;
	int rc;

	if ((rc = honour_gather(st, county, today, 0, &l)) != 0)
		return rc;
	fputs("<h2>", out);
	tui_html_fputs(out, _("Honouring donors"));
	fputs("</h2>\n", out);
	if (l.n == 0) {
		no_chart(out, _("No ceremony of recognition held yet."));
		honour_free(&l);
		return planned_section(st, out, lk, county, today);
	}
	line = honour_line(&l, today, flags);
	fputs("<p id=\"honoured\">", out);
	tui_html_fputs(out, line != NULL ? line : "");
	free(line);
	fputs("</p>\n", out);
	page_honour_rows(out, lk, &l, "", _("Held on"), _("Donors honoured"));
	fputs("<tr class=\"total\"><th colspan=\"3\">", out);
	tui_html_fputs(out, _("Donors honoured, each once"));
	fputs("</th><td>", out);
	count(out, lk, (int64_t)l.uniq);
	fputs("</td></tr>\n</tbody></table>\n", out);
	honour_free(&l);
	return planned_section(st, out, lk, county, today);
}

/* The text's rows of ceremonies under a date heading: the day, the
 * donors (honoured, or to be), then the title and place. */
static void
text_honour_rows(FILE *out, const struct honour_list *l, const char *date_word,
    const char *date_head, const char *donors_head, unsigned flags)
{
	const char *h[2];
	char buf[2][64];
	int w[2], k;
	size_t i;

	h[0] = cli_word(date_word, date_head);
	h[1] = cli_word("donors", donors_head);
	for (k = 0; k < 2; k++)
		w[k] = cli_width(h[k]);
	for (i = 0; i < l->n; i++) {
		loc_date_format(l->v[i].on, flags & LOC_FMT_FA_DIGITS, buf[0], sizeof buf[0]);
		loc_amount_format((int64_t)l->v[i].donors, flags, buf[1], sizeof buf[1]);
		for (k = 0; k < 2; k++)
			if (cli_width(buf[k]) > w[k])
				w[k] = cli_width(buf[k]);
	}
	putc('\n', out);
	cli_pad(out, h[0], -w[0]);
	putc(' ', out);
	cli_pad(out, h[1], w[1]);
	putc(' ', out);
	fputs(cli_word("ceremony", N_("Title and place")), out);
	putc('\n', out);
	for (i = 0; i < l->n; i++) {
		loc_date_format(l->v[i].on, flags & LOC_FMT_FA_DIGITS, buf[0], sizeof buf[0]);
		loc_amount_format((int64_t)l->v[i].donors, flags, buf[1], sizeof buf[1]);
		cli_pad(out, buf[0], -w[0]);
		putc(' ', out);
		cli_pad(out, buf[1], w[1]);
		putc(' ', out);
		cli_put_stored(out, l->v[i].title, flags);
		if (l->v[i].place[0]) {
			fputs(" — ", out);
			cli_put_stored(out, l->v[i].place, flags);
		}
		putc('\n', out);
	}
}

/*
 * The text's ceremonies, as the page lists them: a heading, the sentence,
 * then a row for each ceremony: the day it was held, the donors honoured
 * there, then its title and place.  Under --lang en the headings are
 * identifiers.  Before, only the page said anything of honouring.  Then,
 * under a heading of their own, the ceremonies planned for a later day,
 * the soonest first, with the donors to be honoured there so far (before,
 * a supervisor preparing the next ceremony found none of them here).
 */
static int
text_honour(struct store *st, FILE *out, const char *county, unsigned flags)
{
	struct honour_list l;
	char buf[64], *line;
	int32_t today = loc_day_today();
	int rc;

	if ((rc = honour_gather(st, county, today, 0, &l)) != 0)
		return rc;
	putc('\n', out);
	fputs(cli_word("honouring", N_("Honouring donors")), out);
	putc('\n', out);
	line = honour_line(&l, today, flags);
	fputs(line != NULL ? line : "", out);
	putc('\n', out);
	free(line);
	if (l.n > 0) {
		text_honour_rows(out, &l, "held_on", N_("Held on"), N_("Donors honoured"), flags);
		loc_amount_format((int64_t)l.uniq, flags, buf, sizeof buf);
		fprintf(out, "%s: %s\n", cli_word("honoured_once", N_("Donors honoured, each once")), buf);
	}
	honour_free(&l);
	if ((rc = honour_gather(st, county, today, 1, &l)) != 0)
		return rc;
	putc('\n', out);
	fputs(cli_word("planned_ceremonies", N_("Planned ceremonies (not yet held)")), out);
	putc('\n', out);
	line = planned_line(&l, today, flags);
	fputs(line != NULL ? line : "", out);
	putc('\n', out);
	free(line);
	if (l.n > 0)
		text_honour_rows(out, &l, "planned_for", N_("Planned for"),
		    N_("Donors to be honoured"), flags);
	honour_free(&l);
	return 0;
}

/* ---- overdue stages (SPEC §1: each funded need's stages and timetable) ----
 *
 * The stages overdue on the report's day, per county, as main menu 7's
 * F4 «Overdue only» lists them: a stage below 100 percent, the report's
 * day past its planned end (core_stage_overdue), that is
 * still followed: neither it nor its need deactivated, its need not
 * rejected (core_stage_late).  A stage belongs to its need's county; with
 * --county (a clerk's report is his county's) that county's only.  The
 * days late are counted to its actual end when it has one between its
 * planned end and the report's day, else to the report's day (an actual
 * end ahead, or before the planned end, is not a day it was late to).
 * Within a county the latest come first. */

struct late_stage {
	char county[16];
	char need[CORE_ID_MAX], stage[CORE_ID_MAX];
	char *need_title, *title;
	int32_t end;		/* planned end */
	int32_t days;		/* days late */
	int progress;
};

struct late_list {
	struct late_stage *v;
	size_t n, cap;
	size_t ncounty;		/* counties with an overdue stage */
};

int
tui_report_stage_late(struct store_txn *t, const struct core_record *r, int deleted,
    int32_t today, char *county, size_t n)
{
	struct core_record *need = NULL;
	struct store_meta nm;
	int status = -1, late;

	if (deleted || !core_stage_overdue(r, today) ||
	    store_get(t, CORE_NEED, core_record_text(r, CORE_STAGE_NEED), &need, &nm) != 0)
		return 0;
	if (need->v[CORE_NEED_STATUS].set)
		status = (int)need->v[CORE_NEED_STATUS].num;
	late = !nm.deleted && core_stage_late(r, status, today);
	if (late)
		loc_utf8_copy(county, n, core_record_text(need, CORE_NEED_COUNTY));
	core_record_free(need);
	return late;
}

static int
late_cmp(const void *a, const void *b)
{
	const struct late_stage *x = a, *y = b;
	int c;

	if (strcmp(x->county, y->county) != 0)
		return (c = tui_county_cmp(x->county, y->county)) != 0 ? c :
		    strcmp(x->county, y->county);
	if (x->days != y->days)
		return x->days > y->days ? -1 : 1;
	if ((c = strcmp(x->need, y->need)) != 0)
		return c;
	return strcmp(x->stage, y->stage);
}

static void
late_free(struct late_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].need_title);
		free(l->v[i].title);
	}
	free(l->v);
	memset(l, 0, sizeof *l);
}

/* Gathers into l the stages overdue on day today (of county only, if not
 * NULL), sorted by county (as the tables list them), then days late.
 * Returns 0 or a store code. */
static int
late_gather(struct store *st, const char *county, int32_t today, struct late_list *l)
{
	struct store_txn *t = NULL;
	struct store_iter *it = NULL;
	char id[CORE_ID_MAX];
	size_t i;
	int rc;

	memset(l, 0, sizeof *l);
	if ((rc = store_read_begin(st, &t)) != 0)
		return rc;
	if ((rc = store_iter_kind(t, CORE_STAGE, &it)) != 0)
		goto out;
	while ((rc = store_iter_next(it, id)) == 0) {
		struct core_record *r = NULL, *need = NULL;
		struct store_meta m;
		struct late_stage *x;
		char code[16];

		if ((rc = store_get(t, CORE_STAGE, id, &r, &m)) != 0)
			break;
		if (!tui_report_stage_late(t, r, m.deleted, today, code, sizeof code) ||
		    (county != NULL && strcmp(county, code) != 0) ||
		    store_get(t, CORE_NEED, core_record_text(r, CORE_STAGE_NEED), &need, NULL) != 0)
			goto next;
		if (l->n == l->cap) {
			struct late_stage *nv = realloc(l->v, (l->cap ? l->cap * 2 : 64) * sizeof *nv);

			if (nv == NULL) {
				rc = STORE_ENOMEM;
				goto next;
			}
			l->v = nv;
			l->cap = l->cap ? l->cap * 2 : 64;
		}
		x = &l->v[l->n];
		memset(x, 0, sizeof *x);
		loc_utf8_copy(x->county, sizeof x->county, core_record_text(need, CORE_NEED_COUNTY));
		loc_utf8_copy(x->need, sizeof x->need, core_record_text(need, CORE_NEED_ID));
		loc_utf8_copy(x->stage, sizeof x->stage, core_record_text(r, CORE_STAGE_ID));
		x->need_title = strdup(core_record_text(need, CORE_NEED_TITLE));
		x->title = strdup(core_record_text(r, CORE_STAGE_TITLE));
		x->end = (int32_t)r->v[CORE_STAGE_PLANNED_END].num;
		x->days = today - x->end;
		if (r->v[CORE_STAGE_ACTUAL_END].set && r->v[CORE_STAGE_ACTUAL_END].num > x->end &&
		    r->v[CORE_STAGE_ACTUAL_END].num < today)
			x->days = (int32_t)r->v[CORE_STAGE_ACTUAL_END].num - x->end;
		x->progress = (int)core_stage_progress(r);
		l->n++;
		if (x->need_title == NULL || x->title == NULL)
			rc = STORE_ENOMEM;
next:
		core_record_free(need);
		core_record_free(r);
		if (rc != 0)
			break;
	}
out:
	if (rc == STORE_ENOTFOUND)
		rc = 0;
	store_iter_free(it);
	store_read_end(t);
	if (rc != 0) {
		late_free(l);
		return rc;
	}
	if (l->n > 1)
		qsort(l->v, l->n, sizeof *l->v, late_cmp);
	for (i = 0; i < l->n; i++)
		l->ncounty += i == 0 || strcmp(l->v[i].county, l->v[i - 1].county) != 0;
	return 0;
}

/* The end of the rows of l's county that starts at row i. */
static size_t
late_county_end(const struct late_list *l, size_t i)
{
	size_t j;

	for (j = i + 1; j < l->n && strcmp(l->v[j].county, l->v[i].county) == 0; j++)
		;
	return j;
}

/* The sentence over the overdue stages: how many, on which day, in how
 * many counties; or that there is none. */
static char *
late_line(const struct late_list *l, int32_t today, unsigned flags)
{
	char date[32], a[32], b[32], *s = NULL;

	loc_date_format(today, flags & LOC_FMT_FA_DIGITS, date, sizeof date);
	loc_amount_format((int64_t)l->n, flags, a, sizeof a);
	loc_amount_format((int64_t)l->ncounty, flags, b, sizeof b);
	if ((l->n == 0 ? asprintf(&s, _("No stage is overdue on %s."), date) :
	    asprintf(&s, _("Stages overdue on %s: %s (counties with one: %s)."), date, a, b)) < 0)
		s = NULL;
	return s;
}

/*
 * The text's overdue stages: a line saying how many, then for each county
 * with some its name and how many, and a row for each stage: need id,
 * planned end, days late, progress in percent, then the need's title and
 * the stage's.  Under --lang en the headings are identifiers.
 */
static int
text_late(struct store *st, FILE *out, const char *county, unsigned flags)
{
	struct late_list l;
	const char *h[4];
	char buf[4][64], *line;
	int w[4], k, rc;
	size_t i, j, e;

	if ((rc = late_gather(st, county, loc_day_today(), &l)) != 0)
		return rc;
	putc('\n', out);
	fputs(cli_word("overdue_stages", N_("Overdue stages")), out);
	putc('\n', out);
	line = late_line(&l, loc_day_today(), flags);
	fputs(line != NULL ? line : "", out);
	putc('\n', out);
	free(line);
	h[0] = cli_word("need", N_("Need"));
	h[1] = cli_word("planned_end", N_("Planned end"));
	h[2] = cli_word("days_late", N_("Days late"));
	h[3] = cli_word("progress", N_("Progress (percent)"));
	for (k = 0; k < 4; k++)
		w[k] = cli_width(h[k]);
	for (i = 0; i < l.n; i++) {
		loc_date_format(l.v[i].end, flags & LOC_FMT_FA_DIGITS, buf[1], sizeof buf[1]);
		loc_amount_format(l.v[i].days, flags, buf[2], sizeof buf[2]);
		loc_amount_format(l.v[i].progress, flags, buf[3], sizeof buf[3]);
		if ((k = cli_width(l.v[i].need)) > w[0])
			w[0] = k;
		for (k = 1; k < 4; k++)
			if (cli_width(buf[k]) > w[k])
				w[k] = cli_width(buf[k]);
	}
	for (i = 0; i < l.n; i = e) {
		e = late_county_end(&l, i);
		loc_amount_format((int64_t)(e - i), flags, buf[0], sizeof buf[0]);
		putc('\n', out);
		fprintf(out, "%s: %s\n", cli_county_name(l.v[i].county), buf[0]);
		for (k = 0; k < 4; k++) {
			cli_pad(out, h[k], k == 0 ? -w[k] : w[k]);
			putc(' ', out);
		}
		fputs(cli_word("title", N_("Need and stage")), out);
		putc('\n', out);
		for (j = i; j < e; j++) {
			loc_date_format(l.v[j].end, flags & LOC_FMT_FA_DIGITS, buf[1], sizeof buf[1]);
			loc_amount_format(l.v[j].days, flags, buf[2], sizeof buf[2]);
			loc_amount_format(l.v[j].progress, flags, buf[3], sizeof buf[3]);
			cli_pad(out, l.v[j].need, -w[0]);
			for (k = 1; k < 4; k++) {
				putc(' ', out);
				cli_pad(out, buf[k], w[k]);
			}
			putc(' ', out);
			cli_put_stored(out, l.v[j].need_title, flags);
			fputs(" — ", out);
			cli_put_stored(out, l.v[j].title, flags);
			putc('\n', out);
		}
	}
	late_free(&l);
	return 0;
}

/*
 * The page's overdue stages: the sentence, a table of the counties with
 * some (and the total), then each county's stages in a table of their
 * own (need, its title, stage, planned end, days late, progress), so that
 * a county's list can be printed and handed on.
 */
static int
html_late(struct store *st, FILE *out, const struct look *lk, const char *county)
{
	unsigned flags = LOC_FMT_GROUP | (lk->fa_digits ? LOC_FMT_FA_DIGITS : 0);
	struct late_list l;
	char date[32], *line;
	size_t i, j, e;
	int rc;

	if ((rc = late_gather(st, county, loc_day_today(), &l)) != 0)
		return rc;
	fputs("<h2 id=\"overdue\">", out);
	tui_html_fputs(out, _("Overdue stages"));
	fputs("</h2>\n<p id=\"overdue-count\">", out);
	line = late_line(&l, loc_day_today(), flags);
	tui_html_fputs(out, line != NULL ? line : "");
	free(line);
	fputs("</p>\n", out);
	if (l.n > 0) {
		fputs("<table><thead><tr><th>", out);
		tui_html_fputs(out, _("County"));
		fputs("</th><th>", out);
		tui_html_fputs(out, _("Overdue stages"));
		fputs("</th></tr></thead><tbody>\n", out);
		for (i = 0; i < l.n; i = e) {
			e = late_county_end(&l, i);
			fputs("<tr><th>", out);
			tui_html_fputs(out, cli_county_name(l.v[i].county));
			fputs("</th><td>", out);
			count(out, lk, (int64_t)(e - i));
			fputs("</td></tr>\n", out);
		}
		fputs("<tr class=\"total\"><th>", out);
		tui_html_fputs(out, _("Total"));
		fputs("</th><td>", out);
		count(out, lk, (int64_t)l.n);
		fputs("</td></tr>\n</tbody></table>\n", out);
	}
	for (i = 0; i < l.n; i = e) {
		e = late_county_end(&l, i);
		fputs("<h3>", out);
		tui_html_fputs(out, cli_county_name(l.v[i].county));
		fputs(" — ", out);
		count(out, lk, (int64_t)(e - i));
		fputs("</h3>\n<table class=\"late\"><thead><tr><th>", out);
		tui_html_fputs(out, _("Need"));
		fputs("</th><th>", out);
		tui_html_fputs(out, _("Title"));
		fputs("</th><th>", out);
		tui_html_fputs(out, _("Stage"));
		fputs("</th><th>", out);
		tui_html_fputs(out, _("Planned end"));
		fputs("</th><th>", out);
		tui_html_fputs(out, _("Days late"));
		fputs("</th><th>", out);
		tui_html_fputs(out, _("Progress (percent)"));
		fputs("</th></tr></thead><tbody>\n", out);
		for (j = i; j < e; j++) {
			fputs("<tr><td dir=\"ltr\">", out);
			tui_html_fputs(out, l.v[j].need);
			fputs("</td><th>", out);
			page_text(out, lk, l.v[j].need_title);
			fputs("</th><th>", out);
			page_text(out, lk, l.v[j].title);
			fputs("</th><td>", out);
			loc_date_format(l.v[j].end, lk->fa_digits ? LOC_FMT_FA_DIGITS : 0, date, sizeof date);
			fputs(date, out);
			fputs("</td><td>", out);
			count(out, lk, l.v[j].days);
			fputs("</td><td>", out);
			count(out, lk, l.v[j].progress);
			fputs("</td></tr>\n", out);
		}
		fputs("</tbody></table>\n", out);
	}
	late_free(&l);
	return 0;
}

/* The styles; figures sit at the cell's far side (left on a right-to-left
 * page), which the page adds after these. */
static const char style[] =
    "@page{size:A4;margin:15mm}\n"
    "body{font-family:Vazirmatn,'Noto Sans Arabic',Tahoma,sans-serif;margin:0 auto;max-width:180mm;color:#111}\n"
    "h1{font-size:20pt;margin-bottom:0}h2{font-size:14pt;margin-top:18pt;page-break-after:avoid}\n"
    "table{border-collapse:collapse;width:100%;margin:6pt 0;page-break-inside:avoid;font-size:10pt}\n"
    "th,td{border:1px solid #888;padding:3pt 6pt}thead th{background:#eee}\n"
    /* a figure is never broken; a name or heading wraps at its words */
    "td{white-space:nowrap}th{overflow-wrap:break-word}\n"
    "tr.total th,tr.total td{font-weight:bold;background:#f6f6f6}\n"
    "svg{display:block;margin:6pt 0;page-break-inside:avoid;width:100%;max-width:180mm;height:auto}\n"
    "svg text{font-size:11px;font-family:inherit}\n"
    ".est{fill:#9aa7b8}.gap{fill:#c0392b}.axis{stroke:#444}\n"
    ".plg{fill:none;stroke:#2c6fbb;stroke-width:2}.rcv{fill:none;stroke:#27a05a;stroke-width:2}\n"
    ".plg-t{fill:#2c6fbb}.rcv-t{fill:#27a05a}\n"
    "p.note{font-size:9pt;color:#444;margin:2pt 0}\n"
    ".grid{stroke:#ccc;stroke-width:1}svg text.scale{font-size:9px;fill:#555}svg text.nm-only{fill:#555}\n";

int
tui_report_html(struct store *st, FILE *out, const char *county)
{
	struct figures *fg = malloc(sizeof *fg);
	const char *names[MAX_COUNTIES > CORE_NPTYPES ? MAX_COUNTIES : CORE_NPTYPES];
	int fig[4];
	const struct core_field *cat;
	struct look lk;
	char code[16], date[32];
	size_t i;
	int rc;

	if (fg == NULL)
		return STORE_ENOMEM;
	if ((rc = prepare(st, county, fg, code, sizeof code)) != 0) {
		free(fg);
		return rc;
	}
	look_load(st, &lk);
	loc_date_format(loc_day_today(), lk.fa_digits ? LOC_FMT_FA_DIGITS : 0, date, sizeof date);
	fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\" dir=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>",
	    lk.rtl ? "fa" : "en", lk.rtl ? "rtl" : "ltr");
	/* the title names the county and the day, as a saved page or a
	 * printout's header lists them beside others */
	tui_html_fputs(out, _("Hamyar report"));
	if (fg->county != NULL) {
		fputs(" — ", out);
		tui_html_fputs(out, cli_county_name(fg->county));
	}
	fprintf(out, " — %s", date);
	fprintf(out, "</title>\n<style>\n%std{text-align:%s}\n</style>\n</head>\n<body>\n<h1>",
	    style, lk.rtl ? "left" : "right");
	tui_html_fputs(out, _("Hamyar report"));
	fputs("</h1>\n<p>", out);
	if (fg->county != NULL) {
		char *c = NULL;

		if (asprintf(&c, _("County: %s"), cli_county_name(fg->county)) < 0)
			c = NULL;

		tui_html_fputs(out, c != NULL ? c : cli_county_name(fg->county));
		free(c);
		fputs(" — ", out);
	}
	{
		char *m = NULL;

		if (asprintf(&m, _("Made on %s"), date) < 0)
			m = NULL;

		tui_html_fputs(out, m != NULL ? m : date);
		free(m);
	}
	fputs("</p>\n<p class=\"note\" id=\"gap-note\">", out);
	tui_html_fputs(out, _(gap_note));
	fputs("</p>\n<p class=\"note\" id=\"material-note\">", out);
	tui_html_fputs(out, _(material_note));
	fputs("</p>\n", out);

	fputs("<h2>", out);
	tui_html_fputs(out, _("Needs and gap per county (amounts: material needs only)"));
	fputs("</h2>\n", out);
	for (i = 0; i < fg->ncounty; i++)
		names[i] = cli_county_name(fg->codes[i]);
	county_bars(out, &lk, fg, names);
	sums_chars(&lk, fg->by_county, fg->ncounty, &fg->total, fig);
	table_head(out, &lk, _("County"), names, fg->ncounty, fig);
	for (i = 0; i < fg->ncounty; i++)
		table_row(out, &lk, names[i], &fg->by_county[i], 0);
	table_row(out, &lk, _("Total"), &fg->total, 1);
	fputs("</tbody></table>\n", out);

	fputs("<h2>", out);
	tui_html_fputs(out, _("Needs and gap per participation type (amounts: material needs only)"));
	fputs("</h2>\n", out);
	cat = &core_schema_get(CORE_NEED)->fields[CORE_NEED_CATEGORY];
	for (i = 0; i < CORE_NPTYPES; i++)
		names[i] = _(core_choice_label(cat, (int)i));
	{
		/* the chart has the material types alone: a non-material
		 * type's bars would be empty, its needs having no amounts */
		const char *mnames[CORE_NPTYPES];
		struct sums ms[CORE_NPTYPES];
		size_t nm = 0;

		for (i = 0; i < CORE_NPTYPES; i++)
			if (core_ptype_material((int)i)) {
				mnames[nm] = names[i];
				ms[nm++] = fg->by_cat[i];
			}
		bars(out, &lk, mnames, ms, nm, fg->seen_needs, fg->need_off[NEED_OFF_UNIT].needs,
		    fg->total.nm_open + fg->total.nm_done);
	}
	sums_chars(&lk, fg->by_cat, CORE_NPTYPES, &fg->cat_total, fig);
	table_head(out, &lk, _("Participation type"), names, CORE_NPTYPES, fig);
	for (i = 0; i < CORE_NPTYPES; i++)
		table_row(out, &lk, names[i], &fg->by_cat[i], 0);
	table_row(out, &lk, _("Total"), &fg->cat_total, 1);
	fputs("</tbody></table>\n", out);

	fputs("<h2>", out);
	tui_html_fputs(out, _("Pledged and received over time"));
	fputs("</h2>\n", out);
	timeline(out, &lk, fg);
	if ((rc = honour_section(st, out, &lk, fg->county, loc_day_today())) != 0) {
		free(fg);
		return rc;
	}
	if ((rc = html_late(st, out, &lk, fg->county)) != 0) {
		free(fg);
		return rc;
	}
	if (any_left(fg) || any_need_off(fg)) {
		fputs("<h2>", out);
		tui_html_fputs(out, _("Not counted in this report"));
		fputs("</h2>\n", out);
	}
	if (any_need_off(fg)) {
		const char *off[NEED_OFF_N];

		for (i = 0; i < NEED_OFF_N; i++)
			off[i] = _(need_off_label[i]);
		sums_chars(&lk, fg->need_off, NEED_OFF_N, NULL, fig);
		table_head(out, &lk, _("Needs not counted"), off, NEED_OFF_N, fig);
		for (i = 0; i < NEED_OFF_N; i++)
			if (fg->need_off[i].needs > 0)
				table_row(out, &lk, _(need_off_label[i]), &fg->need_off[i], 0);
		fputs("</tbody></table>\n", out);
	}
	if (any_left(fg)) {
		/* the widest pledged and received figures, as sums_chars */
		int pc = 0, rcv = 0, c;

		for (i = 0; i < LEFT_N; i++) {
			if ((c = amount_chars(&lk, fg->left[i].pledged)) > pc)
				pc = c;
			if ((c = amount_chars(&lk, fg->left[i].received)) > rcv)
				rcv = c;
		}
		c = word_chars(_("Pledges not counted"), 0);
		for (i = 0; i < LEFT_N; i++)
			c = word_chars(_(left_label[i]), c);
		table_open(out, 4, c + word_chars(_("Pledges"), 5) +
		    money_word_chars(&lk, _("Pledged"), pc) + money_word_chars(&lk, _("Received"), rcv));
		fputs("<thead><tr><th>", out);
		tui_html_fputs(out, _("Pledges not counted"));
		fputs("</th><th>", out);
		tui_html_fputs(out, _("Pledges"));
		fputs("</th><th>", out);
		money_label(out, &lk, _("Pledged"));
		fputs("</th><th>", out);
		money_label(out, &lk, _("Received"));
		fputs("</th></tr></thead><tbody>\n", out);
		for (i = 0; i < LEFT_N; i++) {
			if (fg->left[i].pledges == 0)
				continue;
			fputs("<tr><th>", out);
			tui_html_fputs(out, _(left_label[i]));
			fputs("</th><td>", out);
			count(out, &lk, (int64_t)fg->left[i].pledges);
			fputs("</td><td>", out);
			amount(out, &lk, fg->left[i].pledged);
			fputs("</td><td>", out);
			amount(out, &lk, fg->left[i].received);
			fputs("</td></tr>\n", out);
		}
		fputs("</tbody></table>\n", out);
	}
	fputs("</body>\n</html>\n", out);
	free(fg);
	return ferror(out) ? STORE_EIO : 0;
}
