/*
 * tui/pledges.c — a need's pledges and their payments (SPEC §3).
 *
 * The head shows the need's estimated cost, pledged, received and gap
 * (store_need_sums; never below 0: pledges beyond the estimate are shown as
 * over it).  The upper list holds its pledges: donor, type,
 * amount, paid so far, status; the lower one the selected pledge's
 * payments with date, amount and receipt number.  Either list scrolls
 * under its selection as the dashboard's counties do (Up/Down, PgUp/PgDn,
 * Home/End; Tab moves the keys between the two), its heading saying which
 * rows are shown when not all fit («۱–۶ از ۸»).
 *
 * Enter opens the selected pledge, or on the payments the selected payment,
 * in its form (tui_form_open), where it is corrected as anywhere else.
 * F5 records a payment on the selected pledge (date, amount, receipt).  In
 * the same store_write the store sums the pledge's payments again and sets
 * its status by core_pledge_status (pledged / partial / fulfilled; a
 * cancelled pledge stays so), as it does for every payment written here,
 * so the pledge's status never disagrees with its payments.  F8 cancels the selected pledge: it then no longer counts
 * and the need's gap grows back.  Every screen reloads after a write.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/validate.h"
#include "locale/catalog.h"
#include "locale/digits.h"
#include "locale/jalali.h"
#include "locale/text.h"
#include "store/store.h"
#include "tui/form.h"
#include "tui/identity.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/screens.h"

struct prow {
	char id[CORE_ID_MAX];
	char donor[160];
	int type, status, amount_set, hours_set;
	int deleted;			/* deactivated: not in the head's sums */
	int paid_short;			/* paid left out a payment its index
					   names that is not there or cannot be
					   read (payments_of): no payment is
					   recorded on it (new_payment) */
	int64_t amount, paid, hours;
};

struct payrow {
	char id[CORE_ID_MAX];
	int32_t on;
	int64_t amount;
	char receipt[256];		/* a receipt's text (a bank's slip and
					   branch), as wide as a screen's row */
};

struct plscr {
	char need[CORE_ID_MAX];
	char title[160];
	int loaded;
	unsigned gen;
	uint64_t chg;			/* the change log's last number at load */
	int busy;			/* a key is acting: no reading again */
	struct store_need_sums sums;
	struct prow *p;			/* every pledge of the need (grown) */
	size_t pcap;
	int np, sel;
	struct payrow *y;		/* every payment of the selected one */
	size_t ycap;
	int ny;
	/* Either table scrolls under its selection: the first row shown and
	 * how many were at the last draw (a page).  Tab moves the keys from
	 * the pledges to the selected pledge's payments and back. */
	size_t ptop, ppage, ysel, ytop, ypage;
	int on_pay;
	char ynew[CORE_ID_MAX];		/* a payment just recorded: select it */
	char note[300];
	char error[1200];
	/* the need's pledges' index names a pledge that is not there, or
	 * one that cannot be read (a page a failing disk cut short):
	 * pl_draw says the damaged-database sentence under the rows */
	int damaged;
	struct tui_seq seq;		/* F5's prompts, kept as a draft */
};

static int may_write_quiet(const char *id);

static const struct tui_fkey pl_keys[] = {
	{ 1, N_("Help"), 0 }, { 5, N_("Payment"), TUI_FKEY_WRITE }, { 8, N_("Cancel pledge"), TUI_FKEY_WRITE }, { 10, N_("Back"), 0 },
	{ 0, NULL, 0 }
};

/* The bar offers only what the keys do: with no pledge, F5 and F8 have
 * none to act on; on a cancelled one F8 has nothing left to cancel (a
 * payment on it is still taken, after a warning). */
static const struct tui_fkey pl_keys_none[] = {
	{ 1, N_("Help"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};
static const struct tui_fkey pl_keys_cancelled[] = {
	{ 1, N_("Help"), 0 }, { 5, N_("Payment"), TUI_FKEY_WRITE }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

static const char pl_help[] = N_(
    "The need's pledges (above) and the selected pledge's payments (below).\n"
    "Up/Down, PgUp/PgDn and Home/End move through the pledges; a heading\n"
    "tells which rows are shown when not all of them fit.  Tab moves to\n"
    "the payments and back: there the same keys move through them.\n"
    "Enter opens the selected pledge, or payment, in its form to correct it.\n"
    "F5 records a payment with its receipt number; the pledge's status\n"
    "follows (partly fulfilled, fulfilled).  F8 cancels a pledge: the\n"
    "need's gap grows back.  F10 back.");
/* The same for an auditor, whose bar has neither F5 nor F8. */
static const char pl_help_ro[] = N_(
    "The need's pledges (above) and the selected pledge's payments (below).\n"
    "Up/Down, PgUp/PgDn and Home/End move through the pledges; a heading\n"
    "tells which rows are shown when not all of them fit.  Tab moves to\n"
    "the payments and back: there the same keys move through them.\n"
    "Enter opens the selected pledge, or payment, in its form.\n"
    "Payments and cancellations are recorded by the clerks and supervisors\n"
    "of each county or by provincial HQ.  F10 back.");

/* Sums the payments of pledge pid; fills the rows *y (of *cap, grown as
 * needed) if y is not NULL.  Returns 0, STORE_ECORRUPT if a payment its
 * index names is missing or unreadable (the others summed), or an error. */
static int
payments_of(struct store_txn *t, const char *pid, int64_t *sum, struct payrow **y, size_t *cap,
    int *ny)
{
	struct store_iter *it;
	char id[CORE_ID_MAX];
	int rc, damaged = 0;

	*sum = 0;
	if (ny)
		*ny = 0;
	if ((rc = store_iter_index(t, CORE_PAYMENT, CORE_PAYMENT_PLEDGE, pid, &it)) != 0)
		return rc;
	while ((rc = store_iter_next(it, id)) == 0) {
		struct core_record *r;
		struct store_meta m;

		/* a payment the index names that is not there, or cannot be
		 * read: the others summed and listed, the damage returned */
		if ((rc = store_get(t, CORE_PAYMENT, id, &r, &m)) != 0) {
			if (rc != STORE_ENOTFOUND && rc != STORE_ECORRUPT)
				break;
			damaged = 1;
			continue;
		}
		if (!m.deleted) {
			int64_t a = r->v[CORE_PAYMENT_AMOUNT].set ? r->v[CORE_PAYMENT_AMOUNT].num : 0;

			*sum += a;
			if (y != NULL) {
				struct payrow *x;

				*y = tui_grow(*y, cap, (size_t)*ny, sizeof **y);
				x = &(*y)[(*ny)++];

				loc_utf8_copy(x->id, sizeof x->id, id);
				x->on = (int32_t)r->v[CORE_PAYMENT_PAID_ON].num;
				x->amount = a;
				tui_fmt_code(x->receipt, sizeof x->receipt,
				    core_record_text(r, CORE_PAYMENT_RECEIPT));
			}
		}
		core_record_free(r);
	}
	store_iter_free(it);
	if (rc == STORE_ENOTFOUND)
		rc = 0;
	return rc == 0 && damaged ? STORE_ECORRUPT : rc;
}

static void
pl_load(struct plscr *s)
{
	struct store_txn *t;
	struct store_iter *it;
	struct core_record *r;
	char id[CORE_ID_MAX];
	int rc;

	s->np = s->ny = 0;
	s->error[0] = '\0';
	s->damaged = 0;
	s->loaded = 1;
	s->gen = tui_list_generation;
	if ((rc = store_read_begin(tui_app.st, &t)) != 0)
		goto fail;
	if (store_change_last(t, &s->chg) != 0)
		s->chg = 0;
	if ((rc = store_get(t, CORE_NEED, s->need, &r, NULL)) != 0)
		goto fail_txn;
	tui_fmt_text(s->title, sizeof s->title, core_record_text(r, CORE_NEED_TITLE));
	core_record_free(r);
	if ((rc = store_need_sums(t, s->need, &s->sums)) != 0 ||
	    (rc = store_iter_index(t, CORE_PLEDGE, CORE_PLEDGE_NEED, s->need, &it)) != 0)
		goto fail_txn;
	while (store_iter_next(it, id) == 0) {
		struct prow *p;
		struct core_record *d;
		struct store_meta m;

		if ((rc = store_get(t, CORE_PLEDGE, id, &r, &m)) != 0) {
			if (rc == STORE_ENOTFOUND || rc == STORE_ECORRUPT)
				s->damaged = 1;
			continue;
		}
		s->p = tui_grow(s->p, &s->pcap, (size_t)s->np, sizeof *s->p);
		p = &s->p[s->np];
		memset(p, 0, sizeof *p);
		loc_utf8_copy(p->id, sizeof p->id, id);
		p->deleted = m.deleted;
		p->type = (int)r->v[CORE_PLEDGE_TYPE].num;
		p->status = (int)r->v[CORE_PLEDGE_STATUS].num;
		p->amount_set = r->v[CORE_PLEDGE_AMOUNT].set;
		p->amount = r->v[CORE_PLEDGE_AMOUNT].num;
		p->hours_set = r->v[CORE_PLEDGE_HOURS].set;
		p->hours = r->v[CORE_PLEDGE_HOURS].num;
		if ((rc = store_get(t, CORE_DONOR, core_record_text(r, CORE_PLEDGE_DONOR), &d, NULL)) == 0) {
			/* his county's need pledged by another county's
			 * donor: a clerk is not told who (SPEC §11) */
			tui_fmt_text(p->donor, sizeof p->donor, tui_may_read(t, d) ?
			    core_record_text(d, CORE_DONOR_NAME) : _("a record of another county"));
			core_record_free(d);
		} else {
			/* its donor not there (a page a failing disk cut
			 * short): his id shown, and the damage said */
			if (rc == STORE_ENOTFOUND || rc == STORE_ECORRUPT)
				s->damaged = 1;
			loc_utf8_copy(p->donor, sizeof p->donor, core_record_text(r, CORE_PLEDGE_DONOR));
		}
		core_record_free(r);
		p->paid_short = payments_of(t, id, &p->paid, NULL, NULL, NULL) == STORE_ECORRUPT;
		if (p->paid_short)
			s->damaged = 1;
		s->np++;
	}
	store_iter_free(it);
	if (s->sel >= s->np)
		s->sel = s->np ? s->np - 1 : 0;
	if (s->np > 0) {
		int64_t sum;
		int i;

		if (payments_of(t, s->p[s->sel].id, &sum, &s->y, &s->ycap, &s->ny) == STORE_ECORRUPT)
			s->damaged = 1;
		for (i = 0; s->ynew[0] && i < s->ny; i++)
			if (strcmp(s->y[i].id, s->ynew) == 0)
				s->ysel = (size_t)i;
		s->ynew[0] = '\0';
	}
	if (s->ysel >= (size_t)s->ny)
		s->ysel = s->ny > 0 ? (size_t)s->ny - 1 : 0;
	store_read_end(t);
	return;
fail_txn:
	store_read_end(t);
fail:
	tui_read_failed(rc, s->error, sizeof s->error);
}

/* A pledge's amount as the upper list shows it, into a (size n): its rials,
 * or for a pledge of time (volunteering, oversight) its hours, as words in
 * the interface's direction ("۱۲۰ ساعت"; *ltr = 0), or "-". */
static const char *
amount_text(const struct prow *p, char *a, size_t n, int *ltr)
{
	char h[32];

	*ltr = 1;
	if (p->amount_set)
		return tui_fmt_amount(p->amount, 0, a, n);
	if (!p->hours_set)
		return "-";
	snprintf(a, n, P_("%s hour", "%s hours", p->hours), tui_fmt_int(p->hours, h, sizeof h));
	*ltr = 0;
	return a;
}

static int
widest(int w, const char *s)
{
	int t = tui_text_width(s);

	return t > w ? t : w;
}

/* The upper list's columns (id, donor, type, amount, paid, status) across
 * w cells, TUI_COL_GAP apart, laid out as the lists lay theirs
 * (tui/list.c): the id, the amounts and the status at their rows' widest
 * text, never cut (the status kept the room of «Partly fulfilled» where
 * every pledge was only pledged, and at 80 columns the type read «Public
 * equipme…»); the donor and the type at least their headings, then the
 * narrower of them a cell at a time up to its widest text (a short heading
 * does not leave the donor's name the smaller share), the rest to the
 * donor. */
#define PL_DONOR_MIN 12
/* Below this many cells for the tables (40 or 50 columns), a name too long
 * is cut at a word's start, not in its middle, as the lists cut (tui/list.c
 * NARROW_LIST). */
#define PL_NARROW 60

static void
pl_widths(const struct plscr *s, const char *const head[6], int w, int cw[6])
{
	int want[6], i, k, room, grew, ltr;
	char a[64];

	for (k = 0; k < 6; k++)
		cw[k] = tui_text_width(head[k]);
	memcpy(want, cw, sizeof want);
	for (i = 0; i < s->np; i++) {
		const struct prow *p = &s->p[i];

		cw[0] = widest(cw[0], p->id);
		want[1] = widest(want[1], p->donor);
		want[2] = widest(want[2], tui_choice(CORE_PLEDGE, CORE_PLEDGE_TYPE, p->type));
		cw[3] = widest(cw[3], amount_text(p, a, sizeof a, &ltr));
		cw[4] = widest(cw[4], tui_fmt_amount(p->paid, 0, a, sizeof a));
		cw[5] = widest(cw[5], tui_choice(CORE_PLEDGE, CORE_PLEDGE_STATUS, p->status));
	}
	room = w - 5 * TUI_COL_GAP;
	for (k = 0; k < 6; k++)
		room -= cw[k];
	/* A narrow terminal (40 or 50 columns): where the donor's name
	 * would have fewer than PL_DONOR_MIN cells (or its widest), the
	 * type, then the amount paid, then the status leave (-1), F1 and
	 * the pledge's form still saying them; before, the name read
	 * «کا…» */
	for (i = 0; i < 3 && room + cw[1] < (want[1] < PL_DONOR_MIN ? want[1] : PL_DONOR_MIN); i++) {
		static const int drop[3] = { 2, 4, 5 };

		room += cw[drop[i]] + TUI_COL_GAP;
		cw[drop[i]] = -1;
	}
	for (grew = 1; room > 0 && grew; ) {
		grew = 0;
		k = cw[1] < want[1] && (cw[2] < 0 || cw[1] <= cw[2] || cw[2] >= want[2]) ? 1 :
		    cw[2] >= 0 && cw[2] < want[2] ? 2 : 0;
		if (k > 0) {
			cw[k]++;
			room--;
			grew = 1;
		}
	}
	if (room > 0)
		cw[1] += room;
	if (cw[5] >= 0)
		cw[5] = 0;		/* the status takes what is left */
}

/* Reads the pledges again after a save in this session or a write by
 * another (a payment recorded at the next desk, an import), as the need's
 * screen does (need_fresh): at each paint and before a key acts. */
static void
pl_fresh(struct plscr *s)
{
	if (!s->loaded || s->gen != tui_list_generation ||
	    (!s->busy && s->error[0] == '\0' && tui_change_last() != s->chg))
		pl_load(s);
}

static void
pl_draw(struct tui_screen *scr, int top, int rows)
{
	struct plscr *s = scr->data;
	int w = COLS - 2, i, ph, py, body, cw[6], pw[2];
	int64_t nout;
	size_t k;
	char line[400], a[64], b[64], c[64], d[64];

	pl_fresh(s);
	/* a pledge or payment corrected in its form (Enter) and saved: said
	 * on the note line, as a list says it; before, the form closed onto
	 * the tables with no word that the receipt typed anew was kept */
	{
		char sid[CORE_ID_MAX];

		if (tui_form_take_saved(CORE_PAYMENT, sid) || tui_form_take_saved(CORE_PLEDGE, sid))
			snprintf(s->note, sizeof s->note, _("Saved: %s."), sid);
	}
	scr->help = tui_user_reads_only() ? pl_help_ro : pl_help;
	scr->fkeys = s->np == 0 || s->error[0] ? pl_keys_none :
	    s->p[s->sel].status == CORE_PLEDGE_CANCELLED ? pl_keys_cancelled : pl_keys;
	if (s->error[0]) {
		tui_draw_wrapped(top + 1, 1, w, rows > 2 ? rows - 2 : 1, s->error, tui_attr_error());
		return;
	}
	/* as the lists say it (tui/list.c), on the bottom rows; the tables
	 * laid out over the rows above */
	if (s->damaged)
		rows -= tui_draw_damaged(top, rows, w, 8);
	snprintf(line, sizeof line, "%s %s: %s", _("Need"), s->need, s->title);
	tui_draw_ui(top, 1, w, line, A_BOLD);
	snprintf(line, sizeof line, "%s %s   %s %s", _("Estimated:"),
	    tui_fmt_amount(s->sums.estimated, 0, a, sizeof a), _("Pledged:"),
	    tui_fmt_amount(s->sums.pledged, 0, b, sizeof b));
	tui_draw_ui(top + 1, 1, w, line, A_NORMAL);
	snprintf(line, sizeof line, "%s %s   %s %s", _("Received:"),
	    tui_fmt_amount(s->sums.received, 0, c, sizeof c), _("Gap:"),
	    tui_fmt_amount(s->sums.gap, 0, d, sizeof d));
	tui_append_surplus(line, sizeof line, s->sums.surplus, 0);
	tui_draw_ui(top + 2, 1, w, line, A_BOLD);
	/* Under the need's three lines: the pledges' heading, their column
	 * headings and rows; a blank line; the payments' heading, column
	 * headings and rows; the note line.  The pledges take half the rest
	 * (all of them if fewer), the payments what remains. */
	body = rows - 9;
	ph = body / 2;
	if (s->np < ph)
		ph = s->np;
	if (ph < 1)
		ph = 1;
	py = body - ph;
	if (py < 1)
		py = 1;
	tui_sel_keep((size_t)s->sel, &s->ptop, (size_t)s->np, (size_t)ph);
	s->ppage = (size_t)ph;
	/* the head's sums are the need's (store_need_sums): the rows below
	 * that they leave out are said to be so */
	for (i = 0, nout = 0; i < s->np; i++)
		nout += s->p[i].deleted || s->p[i].status == CORE_PLEDGE_CANCELLED;
	if (nout > 0) {
		snprintf(line, sizeof line, _("Pledges (%s cancelled or deactivated, not in the sums above)"),
		    tui_fmt_int(nout, a, sizeof a));
		tui_draw_range_heading(top + 3, w, line, s->ptop, (size_t)ph, (size_t)s->np);
	} else
		tui_draw_range_heading(top + 3, w, _("Pledges"), s->ptop, (size_t)ph, (size_t)s->np);
	{
		const char *const head[6] = {
			_("Pledge"), _("Donor"), _("Type"), _("Amount"), _("Paid"), _("Status"),
		};
		struct tui_col h[6];
		int n = 0;

		pl_widths(s, head, w, cw);
		for (i = 0; i < 6; i++) {
			if (cw[i] < 0)
				continue;	/* (left off: pl_widths) */
			h[n].w = cw[i];
			h[n].s = head[i];
			h[n++].ltr = 0;
		}
		tui_cols_draw_gap(top + 4, 1, w, h, n, TUI_COL_GAP, A_UNDERLINE);
	}
	for (k = s->ptop; k < (size_t)s->np && k < s->ptop + (size_t)ph; k++) {
		const struct prow *p = &s->p[k];
		attr_t at = A_NORMAL;
		struct tui_col cols[6] = {
			{ cw[0], p->id, 1 }, { cw[1], p->donor, 0 },
			{ cw[2], tui_choice(CORE_PLEDGE, CORE_PLEDGE_TYPE, p->type), 0 },
			{ cw[3], NULL, 1 },
			{ cw[4], tui_fmt_amount(p->paid, 0, b, sizeof b), 1 },
			{ 0, tui_choice(CORE_PLEDGE, CORE_PLEDGE_STATUS, p->status), 0 },
		};

		int ci, n = 0;
		char dn[sizeof p->donor + 8];

		/* the name too long for its column cut in its middle, its
		 * start and end kept (tui_fit_middle), as the lists and the
		 * matching screen cut a name: at 80 columns, beside a
		 * partly fulfilled pledge, «زهرا عبدالله‌زاده» and «زهرا
		 * عبدالله‌پور» both read «زهرا…», their surnames lost.  On a
		 * narrow terminal (below PL_NARROW cells: 40 or 50 columns),
		 * where a middle cut glues pieces of two words, at a word's
		 * start (tui_fit_words) */
		if (cw[1] > 0)
			cols[1].s = w < PL_NARROW ? tui_fit_words(p->donor, cw[1], dn, sizeof dn) :
			    tui_fit_middle(p->donor, cw[1], dn, sizeof dn);
		cols[3].s = amount_text(p, a, sizeof a, &cols[3].ltr);
		for (ci = 0; ci < 6; ci++)
			if (cw[ci] >= 0)
				cols[n++] = cols[ci];
		if (n > 0 && cw[5] < 0)
			cols[n - 1].w = 0;	/* the last shown: the rest */
		if (k == (size_t)s->sel)	/* bold while the keys move the payments */
			at = s->on_pay ? A_BOLD : A_REVERSE;
		tui_cols_draw_gap(top + 5 + (int)(k - s->ptop), 1, w, cols, n, TUI_COL_GAP, at);
	}
	if (s->np == 0) {
		tui_draw_ui(top + 5, 1, w, _("No pledges for this need yet."), A_DIM);
		return;
	}
	{
		int y = top + 5 + ph + 1;
		struct tui_col h[3] = {
			{ 0, _("Paid on"), 0 }, { 0, _("Amount"), 0 }, { 0, _("Receipt no."), 0 },
		};

		/* the date and the amount at their widest, the receipt the rest */
		pw[0] = tui_text_width(h[0].s);
		pw[1] = tui_text_width(h[1].s);
		for (i = 0; i < s->ny; i++) {
			pw[0] = widest(pw[0], tui_fmt_date(s->y[i].on, a, sizeof a));
			pw[1] = widest(pw[1], tui_fmt_amount(s->y[i].amount, 0, b, sizeof b));
		}
		h[0].w = pw[0];
		h[1].w = pw[1];
		tui_sel_keep(s->ysel, &s->ytop, (size_t)s->ny, (size_t)py);
		s->ypage = (size_t)py;
		if (s->ny > 0)	/* their sum: the pledge's «paid» */
			snprintf(line, sizeof line, _("Payments of pledge %s, in all %s"), s->p[s->sel].id,
			    tui_fmt_amount(s->p[s->sel].paid, 1, c, sizeof c));
		else
			snprintf(line, sizeof line, "%s %s", _("Payments of pledge"), s->p[s->sel].id);
		tui_draw_range_heading(y, w, line, s->ytop, (size_t)py, (size_t)s->ny);
		tui_cols_draw_gap(y + 1, 1, w, h, 3, TUI_COL_GAP, A_UNDERLINE);
		for (k = s->ytop; k < (size_t)s->ny && k < s->ytop + (size_t)py; k++) {
			struct tui_col cols[3] = {
				{ pw[0], tui_fmt_date(s->y[k].on, a, sizeof a), 1 },
				{ pw[1], tui_fmt_amount(s->y[k].amount, 0, b, sizeof b), 1 },
				{ 0, s->y[k].receipt, 1 },
			};
			tui_cols_draw_gap(y + 2 + (int)(k - s->ytop), 1, w, cols, 3, TUI_COL_GAP,
			    s->on_pay && k == s->ysel ? A_REVERSE : A_NORMAL);
		}
		if (s->ny == 0)	/* F5 named to those who may use it */
			tui_draw_ui(y + 2, 1, w, tui_user_reads_only() || !may_write_quiet(s->p[s->sel].id) ?
			    _("No payments yet.") : _("No payments yet: F5 records one."), A_DIM);
	}
	if (s->note[0])
		tui_draw_ui(top + rows - 1, 1, w, s->note, A_BOLD);
}

/* ---- writes ---- */

struct pay_ctx {
	struct core_record *pay;	/* the new payment */
	const struct tui_seq *seq;	/* its prompts' draft, deleted with it */
	const char *pledge;
	int status;			/* out: the pledge's status afterwards */
	char id[CORE_ID_MAX];
};

/* Adds the payment; the store sets the pledge's status from its payments
 * in the same transaction.  Notes the status it now has. */
static int
pay_fn(struct store_txn *t, void *vctx)
{
	struct pay_ctx *c = vctx;
	int rc;

	struct core_record *p;

	/* the store brings the pledge's status in line (store_put_new) */
	if ((rc = store_put_new(t, c->pay, c->id)) != 0 ||
	    (rc = tui_seq_draft_del(t, c->seq)) != 0)
		return rc;
	if ((rc = store_get(t, CORE_PLEDGE, c->pledge, &p, NULL)) != 0)
		return rc;
	c->status = (int)p->v[CORE_PLEDGE_STATUS].num;
	core_record_free(p);
	return 0;
}

/* The prompt label of a payment field, or NULL. */
static const char *
pay_label(int field)
{
	switch (field) {
	case CORE_PAYMENT_PAID_ON: return _("Paid on (Y/M/D):");
	case CORE_PAYMENT_AMOUNT: return _("Amount (rials):");
	case CORE_PAYMENT_RECEIPT: return _("Receipt no.:");
	default: return NULL;
	}
}

/* Whether new payment pay repeats one stored on its pledge
 * (store_payment_repeats); 0 also when the store cannot be read: the
 * write will meet it and say so. */
static int
payment_twice(const struct core_record *pay)
{
	struct store_txn *t;
	int found = 0;

	if (store_read_begin(tui_app.st, &t) != 0)
		return 0;
	if (store_payment_repeats(t, pay, NULL, &found, NULL) != 0)
		found = 0;
	store_read_end(t);
	return found;
}

/* The prompts of a payment on pledge p (rest: the amount proposed): the
 * new payment, checked against its pledge (a warning accepted), or NULL if
 * cancelled. */
static struct core_record *
ask_payment(const struct prow *p, const char *rest)
{
	struct core_record *pay, *parent = NULL;
	struct core_issue is;
	struct store_txn *t;
	char q[1024], a1[64], a2[64], said[600], *cur;
	int64_t pledged;
	int rc;

	if ((pay = core_record_new(CORE_PAYMENT)) == NULL ||
	    core_record_set_text(pay, CORE_PAYMENT_PLEDGE, p->id) != 0)
		tui_fatal(_("out of memory"));
	if (!tui_ask_date_today(pay, CORE_PAYMENT_PAID_ON, _("New payment"),
		pay_label(CORE_PAYMENT_PAID_ON)) ||
	    !tui_ask_proposed(pay, CORE_PAYMENT_AMOUNT, _("New payment"),
		pay_label(CORE_PAYMENT_AMOUNT), rest) ||
	    !tui_ask_field(pay, CORE_PAYMENT_RECEIPT, _("New payment"),
		pay_label(CORE_PAYMENT_RECEIPT), NULL)) {
		core_record_free(pay);
		return NULL;
	}
	if (store_read_begin(tui_app.st, &t) == 0) {
		if (store_get(t, CORE_PLEDGE, p->id, &parent, NULL) != 0)
			parent = NULL;
		store_read_end(t);
	}
	/* Refused as a whole (paid before the pledge was made...): the field
	 * at fault is asked again with what was typed, nothing is lost.  A
	 * warning answered no likewise: the field it is about is asked again
	 * (the amount past the pledge, the receipt or the amount of a
	 * payment already recorded; a repeated one the receipt, or the
	 * amount if it has none), as a form stays open on the field
	 * warned about; Esc there gives the payment up, asking first.
	 * Before, no threw away the three answers and their draft. */
	for (;;) {
		int field = -1;

		if (!tui_ask_until_valid(pay, parent, _("New payment"), pay_label))
			break;
		/* passes: a warning at most (more than the pledge, with what
		 * is already paid on it; cancelled) */
		rc = tui_validate_payment(pay, parent, p->paid, &is);
		pledged = parent != NULL && parent->v[CORE_PLEDGE_AMOUNT].set ?
		    parent->v[CORE_PLEDGE_AMOUNT].num : p->amount;
		/* The warning is a statement: the question says what yes
		 * does, and, past the pledge, by how much (a clerk met "the
		 * payments add up to more than the pledged amount" over yes
		 * and no). */
		if (rc == CORE_SEV_WARNING) {
			if (is.msg == CORE_MSG_PAYMENT_OVER_PLEDGE)
				snprintf(q, sizeof q, _("%s.\nPaid with this payment: %s; pledged: %s.\nRecord this payment anyway?"),
				    tui_issue_text(&is, 0, said, sizeof said),
				    tui_fmt_amount(p->paid + pay->v[CORE_PAYMENT_AMOUNT].num, 1, a1, sizeof a1),
				    tui_fmt_amount(pledged, 1, a2, sizeof a2));
			else
				snprintf(q, sizeof q, _("%s.\nRecord this payment anyway?"),
				    tui_issue_text(&is, 0, said, sizeof said));
			/* (a warning of no prompt's, the pledge cancelled:
			 * no gives the payment up, as before) */
			if (tui_confirm(q, 0) != 1 && (field = pay_label(is.field) != NULL ?
			    is.field : -1) < 0)
				break;
		}
		/* the same slip typed twice would count its money twice */
		if (field < 0 && payment_twice(pay) && tui_confirm(*core_record_text(pay, CORE_PAYMENT_RECEIPT) ?
		    _("A payment with this receipt number is already recorded on this pledge. Record it again?") :
		    _("A payment of this amount on this day is already recorded on this pledge. Record it again?"),
		    0) != 1)
			field = *core_record_text(pay, CORE_PAYMENT_RECEIPT) ? CORE_PAYMENT_RECEIPT :
			    CORE_PAYMENT_AMOUNT;
		if (field < 0) {
			core_record_free(parent);
			return pay;
		}
		if ((cur = tui_value_display(pay, field)) == NULL)
			tui_fatal(_("out of memory"));
		rc = tui_ask_field(pay, field, _("New payment"), pay_label(field), cur);
		free(cur);
		if (!rc)
			break;
	}
	core_record_free(parent);
	core_record_free(pay);
	return NULL;
}

static int may_write(const char *id);

/* F5: a payment on the selected pledge, asked in prompts kept as a draft
 * (screens.h); draft: one to resume, or NULL. */
static void
new_payment(struct plscr *s, const char *draft)
{
	struct prow *p;
	struct core_record *pay;
	struct pay_ctx c;
	char rest[32];
	int rc;

	if (s->np == 0)
		return;
	p = &s->p[s->sel];
	/* what is paid on it read short: the rest proposed, and the warning
	 * of a payment past the pledge, would be of that sum; nothing is
	 * asked or recorded (a draft coming back is kept for later).
	 * Before, a payment past the pledge was recorded without the
	 * question. */
	if (p->paid_short) {
		char msg[800];

		snprintf(msg, sizeof msg,
		    _("Not recorded: a payment of pledge %s could not be read, and what is paid on it may be short; the database may be damaged (see the note under the tables)."),
		    p->id);
		tui_message(_("New payment"), msg);
		return;
	}
	/* (a draft coming back is asked for again, and kept if given up) */
	if (draft == NULL && !may_write(p->id))
		return;
	if (!tui_seq_begin(&s->seq, &tui_seq_payment, p->id, draft))
		return;
	loc_amount_format(p->amount_set && p->amount > p->paid ? p->amount - p->paid : 0,
	    LOC_FMT_GROUP | (tui_fa_digits ? LOC_FMT_FA_DIGITS : 0), rest, sizeof rest);
	for (;;) {
		if ((pay = ask_payment(p, rest)) == NULL) {
			tui_seq_end(&s->seq, 1);	/* given up: no draft */
			return;
		}
		c.pay = pay;
		c.seq = &s->seq;
		c.pledge = p->id;
		c.status = p->status;
		c.id[0] = '\0';
		rc = store_write(tui_app.st, pay_fn, &c);
		core_record_free(pay);
		if (rc == 0)
			break;
		/* Not written (a full database...): why, then the prompts
		 * again with what was typed in them, as a form stays open;
		 * Esc there gives it up. */
		tui_write_failed(rc);
		tui_seq_again(&s->seq);
	}
	tui_seq_end(&s->seq, 0);	/* the write deleted its draft */
	loc_utf8_copy(s->ynew, sizeof s->ynew, c.id);	/* shown after the reload */
	snprintf(s->note, sizeof s->note, "%s %s: %s", _("Payment recorded; pledge"), p->id,
	    tui_choice(CORE_PLEDGE, CORE_PLEDGE_STATUS, c.status));
	tui_data_changed();
}

struct cancel_ctx {
	const char *pledge;
};

static int
cancel_fn(struct store_txn *t, void *vctx)
{
	struct cancel_ctx *c = vctx;
	struct core_record *p;
	struct store_meta m;
	int rc;

	if ((rc = store_get(t, CORE_PLEDGE, c->pledge, &p, &m)) != 0)
		return rc;
	core_record_set_num(p, CORE_PLEDGE_STATUS, CORE_PLEDGE_CANCELLED);
	rc = store_update(t, p, m.rev);
	core_record_free(p);
	return rc;
}

/* Whether the user may change pledge id, or record a payment on it (whose
 * county is the pledge's, store/users.c: a clerk or supervisor of its
 * donor's or its need's county, hq, admin); if not, says why before asking
 * anything (tui_may_change). */
/* Whether the user may write pledge id (a payment on it), without a word
 * (the hint under its payments); 1 when it cannot be read. */
/* May the user change pledge id?  check is tui_may_change (which says
 * why not) or tui_may_change_quiet; 1 when the pledge cannot be read:
 * the write will meet it and say so. */
static int
may_write_by(const char *id, int (*check)(const struct core_record *))
{
	struct store_txn *t;
	struct core_record *p;
	int ok;

	if (store_read_begin(tui_app.st, &t) != 0)
		return 1;
	if (store_get(t, CORE_PLEDGE, id, &p, NULL) != 0) {
		store_read_end(t);
		return 1;
	}
	store_read_end(t);
	ok = check(p);
	core_record_free(p);
	return ok;
}

static int
may_write_quiet(const char *id)
{
	return may_write_by(id, tui_may_change_quiet);
}

static int
may_write(const char *id)
{
	return may_write_by(id, tui_may_change);
}

static void
cancel_pledge(struct plscr *s)
{
	struct cancel_ctx c;
	int rc;

	if (s->np == 0 || s->p[s->sel].status == CORE_PLEDGE_CANCELLED)
		return;
	if (!may_write(s->p[s->sel].id))
		return;
	if (s->p[s->sel].paid > 0) {
		/* what was paid on it leaves the need's «received» too
		 * (store_need_sums): said with the sum, not found afterwards */
		char a[64], msg[400];

		snprintf(msg, sizeof msg,
		    _("Cancel this pledge? It will no longer count towards the need, nor will the %s already paid on it count as received."),
		    tui_fmt_amount(s->p[s->sel].paid, 1, a, sizeof a));
		if (tui_confirm(msg, 0) != 1)
			return;
	} else if (tui_confirm(_("Cancel this pledge? It will no longer count towards the need."), 0) != 1)
		return;
	c.pledge = s->p[s->sel].id;
	if ((rc = store_write(tui_app.st, cancel_fn, &c)) != 0) {
		tui_write_failed(rc);
		return;
	}
	snprintf(s->note, sizeof s->note, "%s %s", _("Pledge cancelled:"), s->p[s->sel].id);
	tui_data_changed();
}

/* Enter: the selected payment (on the payments) or pledge in its form, as
 * a list's Enter opens it (tui_form_open: a draft of it offered first), to
 * be corrected there with the form's checks, its warnings and its audit;
 * the screen reloads when the form has saved (tui_data_changed). */
static void
open_selected(struct plscr *s)
{
	struct tui_screen *f;
	int cancelled = 0, pay = s->on_pay && s->ny > 0;

	if (s->np == 0)
		return;
	f = tui_form_open(pay ? CORE_PAYMENT : CORE_PLEDGE,
	    pay ? s->y[s->ysel].id : s->p[s->sel].id, &cancelled);
	if (f != NULL)
		tui_screen_push(f);
	else if (!cancelled)
		snprintf(s->note, sizeof s->note, "%s", _("Cannot open this record."));
}

static enum tui_result
pl_event_do(struct tui_screen *scr, int key)
{
	struct plscr *s = scr->data;
	size_t sel;
	int act;

	sel = (size_t)s->sel;
	if (key == TUI_KEY_ENTER) {
		open_selected(s);
		return TUI_HANDLED;
	}

	if (key == TUI_KEY_F(5)) {
		new_payment(s, NULL);
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(8)) {
		cancel_pledge(s);
		return TUI_HANDLED;
	}
	act = tui_key_action(key);
	if (s->on_pay && tui_sel_scroll(act, &s->ysel, &s->ytop, (size_t)s->ny, s->ypage))
		return TUI_HANDLED;
	if (!s->on_pay && tui_sel_scroll(act, &sel, &s->ptop, (size_t)s->np, s->ppage)) {
		if (s->np > 0 && (int)sel != s->sel) {
			s->sel = (int)sel;
			s->ysel = s->ytop = 0;	/* another pledge's payments */
			s->loaded = 0;
		}
		return TUI_HANDLED;
	}
	switch (act) {
	case TUI_ACT_NEXT:
	case TUI_ACT_PREV:
		s->on_pay = !s->on_pay && s->ny > 0;
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
pl_event(struct tui_screen *scr, int key)
{
	struct plscr *s = scr->data;
	enum tui_result r;

	pl_fresh(s);
	s->busy = 1;
	r = pl_event_do(scr, key);
	s->busy = 0;
	return r;
}

static void
pl_destroy(struct tui_screen *scr)
{
	struct plscr *s = scr->data;

	free(s->p);
	free(s->y);
	tui_screen_free(scr);
}

/* SIGHUP/SIGTERM: the payment being typed is kept. */
static void
pl_save(struct tui_screen *scr)
{
	struct plscr *s = scr->data;

	tui_seq_save(&s->seq);
}

/* The start took up the draft of a payment on pledge: over the need's
 * screen and its pledges, that pledge selected, the prompts again. */
static void
payment_resume(const char *pledge, const char *draft)
{
	struct tui_screen *scr;
	struct core_record *r;
	struct store_txn *t;
	struct plscr *s;
	char need[CORE_ID_MAX];
	int rc, i;

	if (store_read_begin(tui_app.st, &t) != 0)
		return;
	rc = store_get(t, CORE_PLEDGE, pledge, &r, NULL);
	store_read_end(t);
	if (rc != 0)
		return;
	loc_utf8_copy(need, sizeof need, core_record_text(r, CORE_PLEDGE_NEED));
	core_record_free(r);
	if ((scr = tui_need_new(need)) != NULL)
		tui_screen_push(scr);
	if ((scr = tui_pledges_new(need)) == NULL)
		return;
	tui_screen_push(scr);
	s = scr->data;
	pl_load(s);
	for (i = 0; i < s->np; i++)
		if (strcmp(s->p[i].id, pledge) == 0)
			break;
	if (i == s->np)
		return;
	s->sel = i;
	pl_load(s);	/* its payments */
	s->busy = 1;	/* as while a key acts (pl_event) */
	new_payment(s, draft);
	s->busy = 0;
}

const struct tui_seq_kind tui_seq_payment = {
	"new-payment", CORE_PAYMENT, N_("New payment on pledge %s"), payment_resume
};

struct tui_screen *
tui_pledges_new(const char *need_id)
{
	struct tui_screen *s = tui_screen_make(_("Pledges and payments"), sizeof(struct plscr),
	    pl_keys, pl_help);
	struct plscr *p;

	if (s == NULL)
		return NULL;
	p = s->data;
	loc_utf8_copy(p->need, sizeof p->need, need_id);
	s->draw = pl_draw;
	s->event = pl_event;
	s->save = pl_save;
	s->destroy = pl_destroy;
	return s;
}
