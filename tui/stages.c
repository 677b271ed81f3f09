/*
 * tui/stages.c — one need: its figures, its status along the workflow, and
 * its execution stages as a timeline (SPEC §1 item 5, §3).
 *
 * The head shows the need's status, county and category, and its money:
 * estimated cost, pledged, received and gap (store_need_sums, so it
 * follows every pledge and payment); pledges beyond the estimated cost
 * leave a gap of 0 and are shown as what is pledged over the estimate.  Below, each stage on a row: title,
 * planned start and end, actual end (Jalali), progress, and a timeline bar
 * over the span of all stages and today: the planned span drawn in light
 * shade, its done part (progress) in full blocks, today's column marked
 * with a bar, over a stage's bar too.  The timeline runs in the interface
 * direction (right to left in Persian).  A stage below 100 percent past
 * its planned end (core_stage_overdue, which the question before a need
 * is marked done counts by too; one finished late is done, not overdue)
 * is overdue: its row is bold and carries a "!" marker, so it shows on a
 * monochrome terminal too.
 *
 * Keys: F5 adds a stage (title, planned start and end), Enter on a stage
 * sets its progress or actual end, F6 changes the status to one the
 * workflow allows the user (core/workflow.h; approval needs a supervisor,
 * hq or admin; his county, core/access.h), offering no other, and asks
 * before a final one (rejected, done), F7 the
 * need's pledges and payments, F8 the donors that fit it.  To one who may
 * not change the need's county's records, F5, Enter and F6 say so before
 * asking anything.
 * Every change is one store_write on the revision read, so a record
 * changed meanwhile by someone else is refused, not overwritten.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/rank.h"
#include "core/validate.h"
#include "core/workflow.h"
#include "locale/catalog.h"
#include "locale/jalali.h"
#include "locale/text.h"
#include "store/store.h"
#include "tui/form.h"
#include "tui/identity.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/screens.h"

struct stage_row {
	char id[CORE_ID_MAX];
	char title[160];
	int32_t start, end, actual;	/* day numbers; 0 when unset */
	int has_start, has_end, has_actual;
	int progress;
	uint64_t rev;
	int overdue;
};

struct needscr {
	char id[CORE_ID_MAX];
	int loaded;
	unsigned gen;
	uint64_t chg;			/* the change log's last number at load */
	int busy;			/* a key is acting: no reading again */
	struct core_record *need;
	uint64_t rev;
	struct store_need_sums sums;
	struct stage_row *st;		/* every stage of the need (grown) */
	size_t stcap;
	int nst, sel;
	size_t top, page;		/* the first stage shown; a page of them */
	int32_t today;
	/* the need's stages' index names a stage that is not there, or one
	 * that cannot be read (a page a failing disk cut short): need_draw
	 * says the damaged-database sentence under the rows */
	int damaged;
	int short_sum;			/* its sums left out a payment or a pledge
					   an index names that is not there
					   (store_sum_short) */
	char note[300];
	char error[1200];
	struct tui_seq seq;		/* F5's prompts, kept as a draft */
};

static const struct tui_fkey need_keys[] = {
	{ 1, N_("Help"), 0 }, { 5, N_("New stage"), TUI_FKEY_WRITE }, { 6, N_("Status"), TUI_FKEY_WRITE }, { 7, N_("Pledges"), 0 },
	{ 8, N_("Donors"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

static const char need_help[] = N_(
    "The need's money, status and stages.  The timeline runs from the first\n"
    "planned start to the last end (and today, marked |): light shade is the\n"
    "planned span, full blocks the part done.  \"!\" marks an overdue stage.\n"
    "Up/Down, PgUp/PgDn and Home/End move through the stages; the heading\n"
    "tells which are shown when not all of them fit.\n"
    "F5 adds a stage, Enter sets a stage's progress or actual end,\n"
    "F6 moves the need along its workflow, F7 its pledges and payments,\n"
    "F8 the donors that fit it, F10 back.");
/* The same for an auditor, whose bar has neither F5 nor F6. */
static const char need_help_ro[] = N_(
    "The need's money, status and stages.  The timeline runs from the first\n"
    "planned start to the last end (and today, marked |): light shade is the\n"
    "planned span, full blocks the part done.  \"!\" marks an overdue stage.\n"
    "Up/Down, PgUp/PgDn and Home/End move through the stages; the heading\n"
    "tells which are shown when not all of them fit.\n"
    "F7 its pledges and payments, F8 the donors that fit it, F10 back.");

static int
stage_cmp(const void *a, const void *b)
{
	const struct stage_row *x = a, *y = b;

	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	/* on the same start, in the order registered: TST-9 before TST-10
	 * (as text, TST-10 came first) */
	return core_rank_id_cmp(x->id, y->id);
}

static void
need_load(struct needscr *n)
{
	struct store_txn *t;
	struct store_meta m;
	struct store_iter *it;
	char sid[CORE_ID_MAX];
	int rc;

	core_record_free(n->need);
	n->need = NULL;
	n->nst = 0;
	n->error[0] = '\0';
	n->damaged = 0;
	n->loaded = 1;
	n->gen = tui_list_generation;
	n->today = loc_day_today();
	if ((rc = store_read_begin(tui_app.st, &t)) != 0)
		goto fail;
	if (store_change_last(t, &n->chg) != 0)
		n->chg = 0;
	if ((rc = store_get(t, CORE_NEED, n->id, &n->need, &m)) != 0 ||
	    (rc = store_need_sums(t, n->id, &n->sums)) != 0 ||
	    (rc = store_iter_index(t, CORE_STAGE, CORE_STAGE_NEED, n->id, &it)) != 0) {
		store_read_end(t);
		goto fail;
	}
	n->rev = m.rev;
	n->short_sum = store_sum_short(t);
	while ((rc = store_iter_next(it, sid)) == 0) {
		struct core_record *r;
		struct store_meta sm;
		struct stage_row *s;

		if ((rc = store_get(t, CORE_STAGE, sid, &r, &sm)) != 0) {
			if (rc == STORE_ENOTFOUND || rc == STORE_ECORRUPT)
				n->damaged = 1;
			continue;
		}
		if (sm.deleted) {
			core_record_free(r);
			continue;
		}
		n->st = tui_grow(n->st, &n->stcap, (size_t)n->nst, sizeof *n->st);
		s = &n->st[n->nst];
		memset(s, 0, sizeof *s);
		loc_utf8_copy(s->id, sizeof s->id, sid);
		tui_fmt_text(s->title, sizeof s->title, core_record_text(r, CORE_STAGE_TITLE));
		if ((s->has_start = r->v[CORE_STAGE_PLANNED_START].set))
			s->start = (int32_t)r->v[CORE_STAGE_PLANNED_START].num;
		if ((s->has_end = r->v[CORE_STAGE_PLANNED_END].set))
			s->end = (int32_t)r->v[CORE_STAGE_PLANNED_END].num;
		if ((s->has_actual = r->v[CORE_STAGE_ACTUAL_END].set))
			s->actual = (int32_t)r->v[CORE_STAGE_ACTUAL_END].num;
		s->progress = (int)core_stage_progress(r);
		s->rev = sm.rev;
		/* a rejected need's stages are not followed, nor are a
		 * deactivated need's: none is late */
		s->overdue = !m.deleted &&
		    core_stage_late(r, (int)n->need->v[CORE_NEED_STATUS].num, n->today);
		core_record_free(r);
		n->nst++;
	}
	/* the index's walk stopped by a page it cannot read */
	if (rc == STORE_ECORRUPT)
		n->damaged = 1;
	store_iter_free(it);
	store_read_end(t);
	if (n->nst > 0)
		qsort(n->st, (size_t)n->nst, sizeof n->st[0], stage_cmp);
	if (n->sel >= n->nst)
		n->sel = n->nst ? n->nst - 1 : 0;
	return;
fail:
	tui_read_failed(rc, n->error, sizeof n->error);
}

/* The timeline cell of day d in [lo, hi] over w cells. */
static int
cell_of(int32_t d, int32_t lo, int32_t hi, int w)
{
	if (hi <= lo)
		return 0;
	if (d <= lo)
		return 0;
	if (d >= hi)
		return w - 1;
	return (int)((int64_t)(d - lo) * (w - 1) / (hi - lo));
}

static void
timeline(const struct needscr *n, const struct stage_row *s, int32_t lo, int32_t hi, int w,
    char *buf, size_t size)
{
	int a, b, done, today, i;
	size_t len = 0;
	int32_t end = s->has_actual && s->actual > s->end ? s->actual : s->end;

	a = cell_of(s->has_start ? s->start : lo, lo, hi, w);
	b = cell_of(s->has_end ? end : hi, lo, hi, w);
	done = a + (b - a + 1) * s->progress / 100;
	today = cell_of(n->today, lo, hi, w);
	for (i = 0; i < w && len + 4 < size; i++) {
		const char *g;

		/* today's mark first: on a stage's bar too, or a stage under
		 * way would hide where today is; but a bar of one cell (a short
		 * stage on a long timeline) keeps it, or the stage would not
		 * show at all */
		if (i == today && (i != a || a != b))
			g = "|";
		else if (i >= a && i <= b)
			g = i < done ? "\xe2\x96\x88" : "\xe2\x96\x91";	/* full block, light shade */
		else
			g = "\xc2\xb7";	/* middle dot */
		len += (size_t)snprintf(buf + len, size - len, "%s", g);
	}
}

/* Reads the need and its stages again when they may have changed: a save
 * in this session, or a write by another (a supervisor approving the need
 * at his desk, an import, a sync), which the change log's last number
 * tells at the cost of one key.  Called at each paint, which comes at
 * least every half second, and before a key acts, so that F6 offers the
 * steps from the status the need has now.  Before, a need approved and
 * set in progress in another session still read «ارزیابی‌شده» here, and
 * F6 told the clerk its next step was a supervisor's. */
static void
need_fresh(struct needscr *n)
{
	if (!n->loaded || n->gen != tui_list_generation ||
	    (!n->busy && n->error[0] == '\0' && tui_change_last() != n->chg))
		need_load(n);
}

/* Parts of a line of the need's head (a label and its value each), three
 * spaces apart, from row y in w columns: as many whole parts a line as
 * fit, the rest on the next, at most max lines (the last one's parts cut
 * at its end).  Returns the lines drawn.  At 40 and 50 columns a part cut
 * at the line's end had read «دری…» (received) and «(نیاز معنوی:…». */
static int
parts_draw(int y, int w, const char *const *part, int np, int max, attr_t attr)
{
	char line[800];
	int i = 0, lines = 0;

	while (i < np && lines < max) {
		size_t len = 0;
		int first = i;

		line[0] = '\0';
		for (; i < np; i++) {
			size_t was = len;

			len += (size_t)snprintf(line + len, sizeof line - len, "%s%s",
			    i > first ? "   " : "", part[i]);
			if (len >= sizeof line)
				len = sizeof line - 1;
			if (i > first && lines < max - 1 && tui_text_width(line) > w) {
				line[was] = '\0';	/* this part on the next line */
				len = was;
				break;
			}
		}
		tui_draw_ui(y + lines, 1, w, line, attr);
		lines++;
	}
	return lines;
}

static void
need_draw(struct tui_screen *s, int top, int rows)
{
	struct needscr *n = s->data;
	int w = COLS - 2, i, tw, sw, fixed, wide, ncol, nrows = rows - 9 > 1 ? rows - 9 : 1;
	size_t k;
	char line[400], a[64], b[64], c[64], d[64], title[300];
	char p1[200], p2[200], p3[200];
	const char *part[3];
	int32_t lo = 0, hi = 0;
	int extra = 0, more;

	s->help = tui_user_reads_only() ? need_help_ro : need_help;
	need_fresh(n);
	if (n->error[0]) {
		tui_draw_wrapped(top + 1, 1, w, rows > 2 ? rows - 2 : 1, n->error, tui_attr_error());
		return;
	}
	/* as the lists say it (tui/list.c), on the bottom rows; the head
	 * and the stages laid out over the rows above */
	if (n->damaged) {
		rows -= tui_draw_damaged(top, rows, w, 12);
		nrows = rows - 9 > 1 ? rows - 9 : 1;
	} else if (n->short_sum) {
		/* its received (or pledged) sum read short: said so */
		rows -= tui_draw_short_sums(top, rows, w, 12);
		nrows = rows - 9 > 1 ? rows - 9 : 1;
	}
	snprintf(line, sizeof line, "%s %s: %s", _("Need"), n->id,
	    tui_fmt_text(title, sizeof title, core_record_text(n->need, CORE_NEED_TITLE)));
	tui_draw_ui(top, 1, w, line, A_BOLD);
	/* the head's lines, each part whole on the line under it where it
	 * does not fit (parts_draw), while the stages keep 3 rows; the
	 * rows under them move down (extra) */
	more = nrows - 3 > 0 ? nrows - 3 : 0;
	snprintf(p1, sizeof p1, "%s %s", _("Status:"),
	    tui_choice(CORE_NEED, CORE_NEED_STATUS, (int)n->need->v[CORE_NEED_STATUS].num));
	snprintf(p2, sizeof p2, "%s %s", _("County:"),
	    tui_county_name(core_record_text(n->need, CORE_NEED_COUNTY)));
	snprintf(p3, sizeof p3, "%s %s", _("Category:"),
	    tui_choice(CORE_NEED, CORE_NEED_CATEGORY, (int)n->need->v[CORE_NEED_CATEGORY].num));
	part[0] = p1, part[1] = p2, part[2] = p3;
	extra += parts_draw(top + 1, w, part, 3, 1 + more - extra, A_NORMAL) - 1;
	snprintf(p1, sizeof p1, "%s %s", _("Estimated:"), tui_fmt_amount(n->sums.estimated, 0, a, sizeof a));
	snprintf(p2, sizeof p2, "%s %s", _("Pledged:"), tui_fmt_amount(n->sums.pledged, 0, b, sizeof b));
	snprintf(p3, sizeof p3, "%s %s", _("Received:"), tui_fmt_amount(n->sums.received, 0, c, sizeof c));
	extra += parts_draw(top + 2 + extra, w, part, 3, 1 + more - extra, A_NORMAL) - 1;
	/* the gap is never below 0: pledges beyond the estimate are said as
	 * such, not as a gap with a minus sign (the dashboard shows 0) */
	snprintf(line, sizeof line, "%s %s", _("Gap:"), tui_fmt_amount(n->sums.gap, 1, d, sizeof d));
	tui_append_surplus(line, sizeof line, n->sums.surplus, 1);
	if (!n->sums.material) {
		/* its own gap, as SPEC §3 has it; but the report and the
		 * dashboard sum the material needs' money alone */
		size_t len = strlen(line);

		snprintf(line + len, sizeof line - len, "  (%s)",
		    _("non-material need: not in the money totals"));
		if (tui_text_width(line) > w && more - extra > 0) {
			line[len] = '\0';
			snprintf(p1, sizeof p1, "(%s)", _("non-material need: not in the money totals"));
			part[0] = line, part[1] = p1;
			extra += parts_draw(top + 3 + extra, w, part, 2, 2, A_BOLD) - 1;
		} else
			tui_draw_ui(top + 3 + extra, 1, w, line, A_BOLD);
	} else
		tui_draw_ui(top + 3 + extra, 1, w, line, A_BOLD);
	top += extra;
	rows -= extra;
	nrows -= extra;

	/* the timeline's span: all stages and today */
	lo = hi = n->today;
	for (i = 0; i < n->nst; i++) {
		const struct stage_row *x = &n->st[i];

		if (x->has_start && x->start < lo)
			lo = x->start;
		if (x->has_end && x->end > hi)
			hi = x->end;
		if (x->has_actual && x->actual > hi)
			hi = x->actual;
	}
	if (n->nst == 0)	/* no span to give: it would be today to today */
		loc_utf8_copy(line, sizeof line, _("Stages"));
	else
		snprintf(line, sizeof line, "%s (%s %s - %s)", _("Stages"), _("timeline"),
		    tui_fmt_date(lo, a, sizeof a), tui_fmt_date(hi, b, sizeof b));
	/* the selected stage kept in view, the heading saying which are
	 * shown when not all fit */
	tui_sel_keep((size_t)n->sel, &n->top, (size_t)n->nst, (size_t)nrows);
	n->page = (size_t)nrows;
	/* the columns two cells apart, as the lists (the dates one apart
	 * read as one run of digits); the stage column as wide as its longest
	 * title (a whole «خرید و نصب دوربین‌ها», not «خرید و نصب دو…»), from
	 * 14 to 30 cells, leaving the timeline at least 12 */
	fixed = 1 + 10 + 10 + 10 + 3 + 6 * TUI_COL_GAP;	/* the columns other than these two */
	sw = 14;
	for (i = 0; i < n->nst; i++) {
		int tl = tui_text_width(n->st[i].title);

		if (tl > sw)
			sw = tl;
	}
	wide = sw;
	if (sw > 30)
		sw = 30;
	if (sw > w - fixed - 12)
		sw = w - fixed - 12;
	if (sw < 14)
		sw = 14;
	tw = w - fixed - sw;
	if (tw < 8)
		tw = 8;
	/* On a narrow terminal (50 or 40 columns) the columns that do not
	 * fit whole leave, from the end (the timeline, the progress, the
	 * date done, the planned end), their room going to the stage's
	 * title: before, the last one shown was cut, its heading «انجا…»
	 * for «تاریخ انجام» and its dates to a few digits */
	{
		int cw[7] = { 1, sw, 10, 10, 10, 3, tw }, used = -TUI_COL_GAP;

		for (ncol = 0; ncol < 7 && used + TUI_COL_GAP + cw[ncol] <= w; ncol++)
			used += TUI_COL_GAP + cw[ncol];
		if (ncol < 7 && ncol > 1) {
			sw += w - used;
			if (sw > wide)
				sw = wide;
		}
	}
	/* the timeline's span with the timeline only («(خط زمانی
	 * ۱۴۰۵/۰۱/۱۰…» cut at 40 columns) */
	if (ncol < 7)
		loc_utf8_copy(line, sizeof line, _("Stages"));
	tui_draw_range_heading(top + 5, w, line, n->top, (size_t)nrows, (size_t)n->nst);
	{
		struct tui_col h[7] = {
			{ 1, "", 0 }, { sw, _("Stage"), 0 }, { 10, _("Start"), 0 }, { 10, _("End"), 0 },
			{ 10, _("Done on"), 0 }, { 3, tui_fa_digits ? "\xd9\xaa" : "%", 0 },
			{ 0, _("Timeline"), 0 },
		};
		tui_cols_draw_gap(top + 6, 1, w, h, ncol, TUI_COL_GAP, A_UNDERLINE);
	}
	for (k = n->top; k < (size_t)n->nst && k < n->top + (size_t)nrows; k++) {
		const struct stage_row *x = &n->st[k];
		char bar[600], p[16];
		attr_t at = x->overdue ? (tui_attr_error() | A_BOLD) : A_NORMAL;
		struct tui_col cols[7] = {
			{ 1, x->overdue ? "!" : "", 0 },
			{ sw, x->title, 0 },
			{ 10, x->has_start ? tui_fmt_date(x->start, a, sizeof a) : "", 1 },
			{ 10, x->has_end ? tui_fmt_date(x->end, b, sizeof b) : "", 1 },
			{ 10, x->has_actual ? tui_fmt_date(x->actual, c, sizeof c) : "", 1 },
			{ 3, tui_fmt_int(x->progress, p, sizeof p), 0 },
			{ 0, "", 0 },
		};

		timeline(n, x, lo, hi, tw, bar, sizeof bar);
		cols[6].s = bar;
		if (k == (size_t)n->sel)
			at |= A_REVERSE;
		tui_cols_draw_gap(top + 7 + (int)(k - n->top), 1, w, cols, ncol, TUI_COL_GAP, at);
	}
	if (n->nst == 0)
		tui_draw_ui(top + 7, 1, w, tui_user_reads_only() || !tui_may_change_quiet(n->need) ?
		    _("No stages yet.") : _("No stages yet: F5 adds one."), A_DIM);
	else {
		int late = 0, sum = 0;

		for (i = 0; i < n->nst; i++) {
			late += n->st[i].overdue;
			sum += n->st[i].progress;
		}
		/* U+066A ARABIC PERCENT SIGN with Persian digits */
		snprintf(line, sizeof line, "%s %s%s   %s %s", _("Progress:"),
		    tui_fmt_int(sum / n->nst, a, sizeof a), tui_fa_digits ? "\xd9\xaa" : "%", _("overdue stages:"),
		    tui_fmt_int(late, b, sizeof b));
		tui_draw_ui(top + rows - 2, 1, w, line, late ? (tui_attr_error() | A_BOLD) : A_NORMAL);
	}
	if (n->note[0])
		tui_draw_ui(top + rows - 1, 1, w, n->note, A_BOLD);
}

/* ---- writes ---- */

struct upd_ctx {
	struct core_record *r;
	uint64_t rev;
	char id[CORE_ID_MAX];
	int is_new;
	const struct tui_seq *seq;	/* the prompts' draft, or NULL */
};

static int
upd_fn(struct store_txn *t, void *vctx)
{
	struct upd_ctx *c = vctx;
	int rc;

	rc = c->is_new ? store_put_new(t, c->r, c->id) : store_update(t, c->r, c->rev);
	if (rc == 0 && c->seq != NULL)
		rc = tui_seq_draft_del(t, c->seq);
	return rc;
}

/* Writes r (new or at revision rev), and deletes the draft of seq (if not
 * NULL) with it; shows the reason on failure.  Frees r.  Returns 0 on
 * success. */
static int
write_record(struct core_record *r, int is_new, uint64_t rev, const struct tui_seq *seq)
{
	struct upd_ctx c = { r, rev, "", is_new, seq };
	int rc = store_write(tui_app.st, upd_fn, &c);

	core_record_free(r);
	if (rc != 0) {
		tui_write_failed(rc);
		return rc;
	}
	tui_data_changed();
	return 0;
}

/* The prompt label of a stage field asked on this screen, or NULL. */
static const char *
stage_label(int field)
{
	switch (field) {
	case CORE_STAGE_TITLE: return _("Title:");
	case CORE_STAGE_PLANNED_START: return _("Planned start (Y/M/D):");
	case CORE_STAGE_PLANNED_END: return _("Planned end (Y/M/D):");
	case CORE_STAGE_ACTUAL_END: return _("Actual end (Y/M/D):");
	case CORE_STAGE_PROGRESS: return _("Progress (0-100):");
	default: return NULL;
	}
}

/* F5: a new stage, asked in prompts kept as a draft (screens.h); draft:
 * one to resume, or NULL. */
static void
new_stage(struct needscr *n, const char *draft)
{
	static const int steps[] = { CORE_STAGE_TITLE, CORE_STAGE_PLANNED_START,
		CORE_STAGE_PLANNED_END };
	struct core_record *r;
	int rc;

	if (!tui_seq_begin(&n->seq, &tui_seq_stage, n->id, draft))
		return;
	/* A need that is done: a new stage of it starts at 0 percent, and
	 * says its work is not over; asked before the prompts, not after
	 * them (the prompts do not ask the progress). */
	if (n->need->v[CORE_NEED_STATUS].set && n->need->v[CORE_NEED_STATUS].num == CORE_NEED_DONE) {
		char q[600];

		snprintf(q, sizeof q, _("Need %s is done, but a new stage starts at 0 percent, which says its work is not over. Add a stage anyway?"),
		    n->id);
		if (tui_confirm(q, 0) != 1) {
			tui_seq_end(&n->seq, 1);
			return;
		}
	}
	/* A need rejected: its work will not be done and its stages are
	 * no longer followed (core_stage_late); a new one is asked about
	 * first, as for a need done. */
	if (n->need->v[CORE_NEED_STATUS].set && n->need->v[CORE_NEED_STATUS].num == CORE_NEED_REJECTED) {
		char q[600];

		snprintf(q, sizeof q, _("Need %s is rejected: its stages are no longer followed, and a new one would never count as overdue. Add a stage anyway?"),
		    n->id);
		if (tui_confirm(q, 0) != 1) {
			tui_seq_end(&n->seq, 1);
			return;
		}
	}
	do {
		if ((r = core_record_new(CORE_STAGE)) == NULL ||
		    core_record_set_text(r, CORE_STAGE_NEED, n->id) != 0)
			tui_fatal(_("out of memory"));
		core_record_set_num(r, CORE_STAGE_PROGRESS, 0);
		/* Shift-Tab or Up goes back a prompt: a planned end
		 * refused as before the start, whose year was the typo */
		if (!tui_ask_steps(r, steps, 3, _("New stage"), stage_label,
		    CORE_STAGE_PLANNED_START)) {
			core_record_free(r);
			tui_seq_end(&n->seq, 1);	/* given up: no draft */
			return;
		}
		/* Not written (a full database...): why, then the prompts
		 * again with what was typed in them, as a form stays open;
		 * Esc there gives it up. */
		if ((rc = write_record(r, 1, 0, &n->seq)) != 0)
			tui_seq_again(&n->seq);
	} while (rc != 0);
	tui_seq_end(&n->seq, 0);	/* the write deleted its draft */
	loc_utf8_copy(n->note, sizeof n->note, _("Stage added."));
}

/* A warning left on stage r, shown as row x, once it passes (an actual end
 * before the planned start, a date mistyped as often as not): said, and
 * kept only if the user says so; if not, the field is asked again with
 * what was typed in it.  Before, the warning was never shown and the date
 * was written as typed.  Returns 1 to write r, 0 if given up. */
static int
stage_warned(struct core_record *r, const struct stage_row *x)
{
	const char *title = x->title;
	struct core_issue is;
	const char *label;
	char msg[400], *cur;
	int ok;

	while (tui_validate_new(r, NULL, &is) == CORE_SEV_WARNING) {
		/* an actual end stored so and kept as it is (only the
		 * progress set): said when it was typed, not each time */
		if (is.field == CORE_STAGE_ACTUAL_END && x->has_actual &&
		    r->v[CORE_STAGE_ACTUAL_END].set && r->v[CORE_STAGE_ACTUAL_END].num == x->actual)
			return 1;
		/* the warning a sentence, the question on its own line
		 * (as a payment's): not run together with no stop */
		snprintf(msg, sizeof msg, _("%s.\nKeep it anyway?"), _(core_msg_text(is.msg)));
		if (tui_confirm(msg, 0) == 1)
			return 1;
		if ((label = stage_label(is.field)) == NULL)
			return 0;
		if ((cur = tui_value_display(r, is.field)) == NULL)
			tui_fatal(_("out of memory"));
		ok = tui_ask_field(r, is.field, title, label, cur);
		free(cur);
		if (!ok || !tui_ask_until_valid(r, NULL, title, stage_label))
			return 0;
	}
	return 1;
}

static void
edit_stage(struct needscr *n)
{
	const char *items[2];
	struct stage_row *x;
	struct store_txn *t;
	struct core_record *r = NULL;
	struct store_meta m;
	int sel, ok;

	if (n->nst == 0)
		return;
	x = &n->st[n->sel];
	if (!tui_may_change(n->need))	/* the stage's county is its need's */
		return;
	/* A need rejected: its stages are no longer followed
	 * (core_stage_late), so a progress or an actual end recorded on one
	 * is asked about first, as adding a stage (F5) is. */
	if (n->need->v[CORE_NEED_STATUS].set && n->need->v[CORE_NEED_STATUS].num == CORE_NEED_REJECTED) {
		char q[600];

		snprintf(q, sizeof q, _("Need %s is rejected: its stages are no longer followed, and what is recorded on one counts nowhere. Change this stage anyway?"),
		    n->id);
		if (tui_confirm(q, 0) != 1)
			return;
	}
	items[0] = _("Set progress (percent)");
	items[1] = _("Set the actual end date");
	if ((sel = tui_menu(x->title, items, 2, 0)) < 0)
		return;
	if (store_read_begin(tui_app.st, &t) != 0)
		return;
	if (store_get(t, CORE_STAGE, x->id, &r, &m) != 0) {
		store_read_end(t);
		return;
	}
	store_read_end(t);
	if (m.rev != x->rev) {	/* changed since shown: take the stored one */
		x->rev = m.rev;
	}
	if (sel == 0) {
		char p[16];

		tui_fmt_int(x->progress, p, sizeof p);
		ok = tui_ask_proposed(r, CORE_STAGE_PROGRESS, x->title, stage_label(CORE_STAGE_PROGRESS), p);
		/* A stage with an actual end is done: below 100 it is open
		 * again, and its actual end goes, or the row would say «done
		 * on ...» at 50% and a stage past its planned end would never
		 * show as overdue. */
		if (ok && r->v[CORE_STAGE_ACTUAL_END].set && r->v[CORE_STAGE_PROGRESS].set &&
		    r->v[CORE_STAGE_PROGRESS].num < 100) {
			ok = tui_confirm(_("This stage has an actual end: below 100 percent it is open again and its actual end is cleared. Go on?"), 0) == 1;
			if (ok)
				core_record_unset(r, CORE_STAGE_ACTUAL_END);
		}
		/* Brought to 100 percent, the stage is done: on which day is
		 * asked, today proposed, as its actual end's own item asks
		 * (which sets 100 percent).  Before, the row said 100 with
		 * its «done on» column empty, the day never recorded; a
		 * stage already at 100 is not asked again. */
		if (ok && x->progress < 100 && r->v[CORE_STAGE_PROGRESS].set &&
		    r->v[CORE_STAGE_PROGRESS].num == 100 && !r->v[CORE_STAGE_ACTUAL_END].set)
			ok = tui_ask_date_today(r, CORE_STAGE_ACTUAL_END, x->title,
			    stage_label(CORE_STAGE_ACTUAL_END));
	} else {
		ok = tui_ask_date_today(r, CORE_STAGE_ACTUAL_END, x->title, stage_label(CORE_STAGE_ACTUAL_END));
		if (ok && r->v[CORE_STAGE_ACTUAL_END].set)
			core_record_set_num(r, CORE_STAGE_PROGRESS, 100);
	}
	if (ok)
		ok = tui_ask_until_valid(r, NULL, x->title, stage_label) &&
		    stage_warned(r, x) && tui_stage_reopen_ok(r);
	if (!ok) {
		core_record_free(r);
		return;
	}
	if (write_record(r, 0, x->rev, NULL) == 0)
		loc_utf8_copy(n->note, sizeof n->note, _("Stage updated."));
}

const char *
tui_need_stages_text(const struct store_need_stages *ns, int ascii, char *buf, size_t n)
{
	char a[32], b[32], more[300];
	size_t len;

	buf[0] = '\0';
	if (ns->unfinished <= 0)
		return buf;
	if (ascii) {
		snprintf(a, sizeof a, "%d", ns->unfinished);
		snprintf(b, sizeof b, "%d", ns->total);
	} else {
		tui_fmt_int(ns->unfinished, a, sizeof a);
		tui_fmt_int(ns->total, b, sizeof b);
	}
	if (ns->total == 1)
		snprintf(buf, n, "%s", _("Its one stage is not complete yet (below 100 percent)."));
	else
		snprintf(buf, n, P_("%s of its %s stages is not complete yet (below 100 percent).",
		    "%s of its %s stages are not complete yet (below 100 percent).", ns->unfinished), a, b);
	if (ns->overdue > 0 && (len = strlen(buf)) + 1 < n) {
		if (ascii)
			snprintf(a, sizeof a, "%d", ns->overdue);
		else
			tui_fmt_int(ns->overdue, a, sizeof a);
		snprintf(more, sizeof more, _("Overdue among them: %s."), a);
		snprintf(buf + len, n - len, " %s", more);
	}
	return buf;
}

const char *
tui_need_unfulfilled_text(struct store_txn *t, const char *id, int ascii, char *buf, size_t n)
{
	static const int st[2] = { CORE_PLEDGE_PLEDGED, CORE_PLEDGE_PARTIAL };
	struct store_iter *it;
	char pid[CORE_ID_MAX], a[32], list[300], more[300], q[128];
	int count[2] = { 0, 0 }, i;
	int64_t owed = 0, paid;
	size_t len;

	buf[0] = '\0';
	if (store_iter_index(t, CORE_PLEDGE, CORE_PLEDGE_NEED, id, &it) != 0)
		return buf;
	while (store_iter_next(it, pid) == 0) {
		struct core_record *p;
		struct store_meta m;
		int s;

		if (store_get(t, CORE_PLEDGE, pid, &p, &m) != 0)
			continue;
		s = p->v[CORE_PLEDGE_STATUS].set ? (int)p->v[CORE_PLEDGE_STATUS].num : CORE_PLEDGE_PLEDGED;
		if (!m.deleted && (s == CORE_PLEDGE_PLEDGED || s == CORE_PLEDGE_PARTIAL)) {
			count[s == CORE_PLEDGE_PARTIAL]++;
			if (p->v[CORE_PLEDGE_AMOUNT].set && store_pledge_paid(t, pid, NULL, &paid) == 0 &&
			    p->v[CORE_PLEDGE_AMOUNT].num > paid)
				owed += p->v[CORE_PLEDGE_AMOUNT].num - paid;
		}
		core_record_free(p);
	}
	store_iter_free(it);
	if (count[0] + count[1] == 0)
		return buf;
	list[0] = '\0';
	for (i = 0; i < 2; i++) {
		if (count[i] == 0)
			continue;
		if (ascii)
			snprintf(a, sizeof a, "%d", count[i]);
		else
			tui_fmt_int(count[i], a, sizeof a);
		len = strlen(list);
		/* the status quoted as the language quotes («» in Persian,
		 * “” in English, where «» read as foreign) */
		snprintf(q, sizeof q, _("“%s”"), tui_choice(CORE_PLEDGE, CORE_PLEDGE_STATUS, st[i]));
		snprintf(list + len, sizeof list - len, "%s%s %s", len ? _(", ") : "", a, q);
	}
	snprintf(buf, n, _("Its pledges not fulfilled yet: %s."), list);
	if (owed > 0 && (len = strlen(buf)) + 1 < n) {
		if (ascii)
			snprintf(a, sizeof a, "%lld", (long long)owed);
		else
			tui_fmt_amount(owed, 1, a, sizeof a);
		snprintf(more, sizeof more, ascii ? _("Not received on them: %s rials.") :
		    _("Not received on them: %s."), a);
		snprintf(buf + len, n - len, " %s", more);
	}
	return buf;
}

int
tui_need_final_ok(const char *id, int status, const struct store_need_sums *sums)
{
	char q[1000], more[600], a[64], b[64];
	struct store_txn *t;
	const char *label;
	int k, is_new = id == NULL || *id == '\0';

	if (core_workflow_next(status, &k, 1) != 0)
		return 1;	/* not final */
	label = tui_choice(CORE_NEED, CORE_NEED_STATUS, status);
	/* a new need (a form not saved yet) has no id, no pledges and no
	 * stages: the final step is asked all the same */
	if (is_new && status == CORE_NEED_REJECTED)
		snprintf(q, sizeof q, "%s", _("Record this new need as rejected? A rejected need cannot be opened again."));
	else if (is_new)
		snprintf(q, sizeof q, _("Record this new need as %s? The status is final: it cannot be changed again."),
		    label);
	else if (status == CORE_NEED_REJECTED)
		snprintf(q, sizeof q, _("Reject need %s? A rejected need cannot be opened again."), id);
	else
		snprintf(q, sizeof q, _("Mark need %s as %s? The status is final: it cannot be changed again."),
		    id, label);
	if (status == CORE_NEED_REJECTED && sums != NULL && sums->pledged > 0) {
		size_t len = strlen(q);

		snprintf(more, sizeof more, _("Its pledges of %s (%s received) stay recorded, but no longer count in the county's figures and the report."),
		    tui_fmt_amount(sums->pledged, 1, a, sizeof a),
		    tui_fmt_amount(sums->received, 1, b, sizeof b));
		snprintf(q + len, sizeof q - len, " %s", more);
	}
	/* Done or rejected with stages still below 100 percent (its
	 * timetable says the work is not over): said in the same question,
	 * with how many, so a yes is given knowing it, in the words of the
	 * import's warning (tui_need_stages_text), in the user's digits.  A
	 * rejected need's stages are no longer followed (core_stage_late):
	 * the question says so, as it says its pledges no longer count. */
	if ((status == CORE_NEED_DONE || status == CORE_NEED_REJECTED) && !is_new &&
	    store_read_begin(tui_app.st, &t) == 0) {
		struct store_need_stages ns;
		int rc = store_need_stages(t, id, loc_day_today(), &ns);

		store_read_end(t);
		if (rc == 0 && ns.unfinished > 0) {
			size_t len = strlen(q);

			snprintf(q + len, sizeof q - len, " %s", tui_need_stages_text(&ns, 0, more, sizeof more));
			if (status == CORE_NEED_REJECTED && (len = strlen(q)) + 1 < sizeof q)
				snprintf(q + len, sizeof q - len, " %s",
				    _("Once rejected, its stages are no longer followed: none of them counts as overdue."));
		}
	}
	/* Done with pledges still pledged or partly fulfilled: said with
	 * how many of each and what is not received on them, so that the
	 * yes is given knowing the money is not all in (before, only the
	 * stages were said, and a pledge half paid stayed «بخشی ایفاشده»
	 * on a need done). */
	if (status == CORE_NEED_DONE && !is_new && store_read_begin(tui_app.st, &t) == 0) {
		tui_need_unfulfilled_text(t, id, 0, more, sizeof more);
		store_read_end(t);
		if (more[0] != '\0' && strlen(q) + 1 < sizeof q)
			snprintf(q + strlen(q), sizeof q - strlen(q), " %s", more);
	}
	return tui_confirm(q, 0) == 1;
}

int
tui_stage_reopen_ok(const struct core_record *r)
{
	struct store_txn *t;
	char q[600];
	int reopens = 0, rc;

	if ((rc = store_read_begin(tui_app.st, &t)) != 0)
		return 1;	/* the write will say what is wrong */
	rc = store_stage_reopens(t, r, &reopens);
	store_read_end(t);
	if (rc != 0 || !reopens)
		return 1;
	snprintf(q, sizeof q, _("Need %s is done, but a stage of it below 100 percent says its work is not over. Save it anyway?"),
	    core_record_text(r, CORE_STAGE_NEED));
	return tui_confirm(q, 0) == 1;
}

/* F6: the steps of the workflow the user may take from the need's status
 * (his role, core/workflow.h; his county, core/access.h), and only those:
 * when there is none, why (a final status; a need of another county; a
 * step that is a supervisor's).  The store refuses any other step anyway. */
static void
change_status(struct needscr *n)
{
	int from = (int)n->need->v[CORE_NEED_STATUS].num, next[6], nn, i, k, sel;
	const char *items[6];
	struct core_actor who;
	struct core_record *r;
	char msg[400];

	nn = core_workflow_next(from, next, 6);
	if (nn == 0) {
		tui_message(_("Status"), _("This need's status is final."));
		return;
	}
	if (!tui_may_change(n->need))
		return;
	tui_user_actor(&who);
	for (i = k = 0; i < nn; i++)
		if (core_workflow_check(who.role, from, next[i]) == CORE_WF_OK)
			next[k++] = next[i];
	if ((nn = k) == 0) {
		tui_workflow_none_message(from, msg, sizeof msg);
		tui_message(_("Not allowed"), msg);
		return;
	}
	for (i = 0; i < nn; i++)
		items[i] = tui_choice(CORE_NEED, CORE_NEED_STATUS, next[i]);
	if ((sel = tui_menu(_("New status"), items, nn, 0)) < 0)
		return;
	/* One Enter in the popup would take a step there is no way back
	 * from (rejected and done are final): asked first. */
	if (!tui_need_final_ok(n->id, next[sel], &n->sums))
		return;
	if ((r = core_record_dup(n->need)) == NULL)
		tui_fatal(_("out of memory"));
	core_record_set_num(r, CORE_NEED_STATUS, next[sel]);
	if (write_record(r, 0, n->rev, NULL) == 0)
		snprintf(n->note, sizeof n->note, "%s %s", _("Status now:"), items[sel]);
}

static enum tui_result
need_event_do(struct tui_screen *s, int key)
{
	struct needscr *n = s->data;
	struct tui_screen *x = NULL;
	size_t sel = (size_t)n->sel;
	int act;

	sel = (size_t)n->sel;
	if (n->need == NULL)
		return tui_key_action(key) == TUI_ACT_BACK ? TUI_CLOSE : TUI_IGNORED;
	/* What the last key did («Stage updated.») is said until the next
	 * key, as on the other screens: kept for good, it still said so
	 * after another stage's edit given up with Esc. */
	n->note[0] = '\0';
	if (key == TUI_KEY_F(5)) {
		/* a stage belongs to its need's county: said before the
		 * prompts, not after them */
		if (tui_may_change(n->need))
			new_stage(n, NULL);
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(6)) {
		change_status(n);
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(7))
		x = tui_pledges_new(n->id);
	else if (key == TUI_KEY_F(8))
		x = tui_match_need_new(n->id);
	if (x != NULL) {
		tui_screen_push(x);
		return TUI_HANDLED;
	}
	act = tui_key_action(key);
	if (tui_sel_scroll(act, &sel, &n->top, (size_t)n->nst, n->page)) {
		n->sel = (int)sel;
		return TUI_HANDLED;
	}
	switch (act) {
	case TUI_ACT_OPEN:
		edit_stage(n);
		return TUI_HANDLED;
	case TUI_ACT_BACK:
		return TUI_CLOSE;
	default:
		return TUI_IGNORED;
	}
}

/* What was read is made current first (another session may have written
 * since the last paint), then kept while the key acts: its popups repaint
 * the screen under them, and what the action holds (the need, a row) must
 * not be read again and freed under it. */
static enum tui_result
need_event(struct tui_screen *scr, int key)
{
	struct needscr *n = scr->data;
	enum tui_result r;

	need_fresh(n);
	n->busy = 1;
	r = need_event_do(scr, key);
	n->busy = 0;
	return r;
}

static void
need_destroy(struct tui_screen *s)
{
	struct needscr *n = s->data;

	core_record_free(n->need);
	free(n->st);
	tui_screen_free(s);
}

/* SIGHUP/SIGTERM: the stage being typed is kept. */
static void
need_save(struct tui_screen *s)
{
	struct needscr *n = s->data;

	tui_seq_save(&n->seq);
}

/* The start took up the draft of a new stage of need: over the need's
 * screen, the prompts again. */
static void
stage_resume(const char *need, const char *draft)
{
	struct tui_screen *s;
	struct needscr *n;

	if ((s = tui_need_new(need)) == NULL)
		return;
	tui_screen_push(s);
	n = s->data;
	need_load(n);
	if (n->need != NULL) {
		n->busy = 1;	/* as while a key acts (need_event) */
		new_stage(n, draft);
		n->busy = 0;
	}
}

const struct tui_seq_kind tui_seq_stage = {
	"new-stage", CORE_STAGE, N_("New stage of need %s"), stage_resume
};

struct tui_screen *
tui_need_new(const char *need_id)
{
	struct tui_screen *s = tui_screen_make(_("Need: stages and status"), sizeof(struct needscr),
	    need_keys, need_help);
	struct needscr *n;

	if (s == NULL)
		return NULL;
	n = s->data;
	loc_utf8_copy(n->id, sizeof n->id, need_id);
	s->draw = need_draw;
	s->event = need_event;
	s->save = need_save;
	s->destroy = need_destroy;
	return s;
}
