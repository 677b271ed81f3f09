/*
 * tui/recog.c — ceremonies of recognition (تجلیل) and their letters
 * (SPEC §1 item 6).
 *
 * Two levels in one screen.  The list of ceremonies (date, title, place,
 * number of donors honoured), newest first; F5 records a new one (title,
 * place, date asked in popups) and Enter opens it.  Inside a ceremony: its
 * donors; F5 adds one (picked by searching as you type), F6 writes the
 * selected donor's thank-you letter (tui/letter.h) to a file path the user
 * gives (by default tashakor-ID.html in the current directory), F10 goes
 * back to the list.  Each change to a ceremony is one store_write on the
 * revision shown.
 *
 * A donor honoured and marked inactive (in the donors' screen, by an
 * import; or added after the question F5 asks) stays in the ceremony,
 * nothing removed behind the user's back: his row is drawn set apart
 * (dim, as the lists draw an inactive record) with the word «inactive»,
 * the line under the table says so when he is selected, and F6 asks
 * before writing his letter, naming him.  F8 takes him out if wanted.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "core/validate.h"
#include "locale/catalog.h"
#include "locale/jalali.h"
#include "locale/text.h"
#include "store/stats.h"
#include "store/store.h"
#include "store/users.h"
#include "tui/cli.h"
#include "tui/draw.h"
#include "tui/identity.h"
#include "tui/keys.h"
#include "tui/letter.h"
#include "tui/list.h"
#include "tui/screens.h"

struct cer {
	char id[CORE_ID_MAX];
	char title[160], place[160];
	int32_t on;
	int ndonors;
};

struct don {
	char id[CORE_ID_MAX];
	char name[200];
	int org;			/* an organisation: its letter says so */
	int foreign;			/* another county's, for a clerk: not named */
	int inactive;			/* marked inactive (now: maybe since he
					   was added), drawn set apart */
	int unread;			/* not there, or not readable (a page a
					   failing disk cut short): his id where
					   his name goes, and no letter */
};

struct recog {
	int loaded;
	unsigned gen;
	struct cer *c;			/* every ceremony (grown) */
	size_t ccap;
	int nc, sel;
	int open;			/* -1: the list; else index into c */
	int direct;			/* opened at a ceremony (tui_recog_open):
					   F10 there closes the screen */
	char cid[CORE_ID_MAX];		/* the open ceremony's id */
	struct don *d;			/* every donor of the open one (grown) */
	size_t dcap;
	int nd, dsel;
	/* Either list scrolls under its selection: the first row shown and
	 * how many were at the last draw (a page). */
	size_t ctop, cpage, dtop, dpage;
	int ninactive;			/* donors of the open one marked inactive */
	/* a donor of the open one that cannot be read (unread): the
	 * damaged-database sentence under the rows, as the pledges' screen
	 * says it of a pledge's donor */
	int damaged;
	uint64_t rev;
	char note[400];
	char note_path[300];	/* a path after the note, drawn left to right */
	char error[1200];
	struct tui_seq seq;		/* F5's prompts, kept as a draft */
};

static const struct tui_fkey list_keys[] = {
	{ 1, N_("Help"), 0 }, { 5, N_("New ceremony"), TUI_FKEY_WRITE }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};
static const struct tui_fkey cer_keys[] = {
	{ 1, N_("Help"), 0 }, { 5, N_("Add donor"), TUI_FKEY_WRITE }, { 6, N_("Letter"), 0 },
	{ 7, N_("By giving"), TUI_FKEY_WRITE }, { 8, N_("Remove donor"), TUI_FKEY_WRITE },
	{ 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

/* a ceremony with no donor yet: no letter for F6 to write */
static const struct tui_fkey cer_keys_empty[] = {
	{ 1, N_("Help"), 0 }, { 5, N_("Add donor"), TUI_FKEY_WRITE },
	{ 7, N_("By giving"), TUI_FKEY_WRITE }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

static const char recog_help[] = N_(
    "Ceremonies where donors were honoured.  F5 records a ceremony, Enter\n"
    "opens it.  In a ceremony, F5 adds a donor and F6 writes the selected\n"
    "donor's thank-you letter as an HTML page to print.  F7 lists donors by\n"
    "what they gave in the year before the ceremony (F1 there tells more);\n"
    "Enter adds the one selected.  F8 removes the selected donor from the\n"
    "ceremony, asked first (he stays in the database).  A donor marked\n"
    "inactive is drawn dim, with the word «inactive», and F6 asks before\n"
    "his letter.  Up/Down, PgUp/PgDn and Home/End move through the rows;\n"
    "the heading tells which rows are shown when not all of them fit.\n"
    "F10 back.");
/* The same for an auditor, whose bar has no F5. */
static const char recog_help_ro[] = N_(
    "Ceremonies where donors were honoured.  Enter opens one.  In a\n"
    "ceremony, F6 writes the selected donor's thank-you letter as an HTML\n"
    "page to print.  Up/Down, PgUp/PgDn and Home/End move through the rows;\n"
    "the heading tells which rows are shown when not all of them fit.\n"
    "F10 back.");

static int
cer_cmp(const void *a, const void *b)
{
	const struct cer *x = a, *y = b;

	if (x->on != y->on)
		return x->on > y->on ? -1 : 1;
	return strcmp(y->id, x->id);
}

static int
count_refs(const char *s)
{
	int n = 0, in = 0;

	for (; *s; s++) {
		if (*s == ' ')
			in = 0;
		else if (!in) {
			in = 1;
			n++;
		}
	}
	return n;
}

/* Whether the donor x (its meta m) is marked inactive or deactivated:
 * what the ceremony sets apart and asks about (tui_donor_inactive). */
static int
donor_off(const struct core_record *x, const struct store_meta *m)
{
	return m->deleted || core_donor_inactive(x);
}

static void
recog_load(struct recog *r)
{
	struct store_txn *t;
	struct store_iter *it;
	char id[CORE_ID_MAX];
	int rc, i;

	r->nc = r->nd = r->ninactive = 0;
	r->damaged = 0;
	r->error[0] = '\0';
	r->loaded = 1;
	r->gen = tui_list_generation;
	if ((rc = store_read_begin(tui_app.st, &t)) != 0)
		goto fail;
	if ((rc = store_iter_kind(t, CORE_RECOGNITION, &it)) != 0) {
		store_read_end(t);
		goto fail;
	}
	while (store_iter_next(it, id) == 0) {
		struct core_record *x;
		struct store_meta m;
		struct cer *c;

		if (store_get(t, CORE_RECOGNITION, id, &x, &m) != 0)
			continue;
		/* a clerk's: his county's ceremonies and those of several
		 * counties (SPEC §11), not another county's alone */
		if (!m.deleted && tui_may_read(t, x)) {
			r->c = tui_grow(r->c, &r->ccap, (size_t)r->nc, sizeof *r->c);
			c = &r->c[r->nc];
			loc_utf8_copy(c->id, sizeof c->id, id);
			loc_utf8_copy(c->title, sizeof c->title, core_record_text(x, CORE_RECOGNITION_TITLE));
			loc_utf8_copy(c->place, sizeof c->place, core_record_text(x, CORE_RECOGNITION_PLACE));
			c->on = (int32_t)x->v[CORE_RECOGNITION_HELD_ON].num;
			c->ndonors = count_refs(core_record_text(x, CORE_RECOGNITION_DONORS));
			r->nc++;
		}
		core_record_free(x);
	}
	store_iter_free(it);
	if (r->nc > 0)
		qsort(r->c, (size_t)r->nc, sizeof r->c[0], cer_cmp);
	r->open = -1;
	for (i = 0; r->cid[0] && i < r->nc; i++)
		if (strcmp(r->c[i].id, r->cid) == 0)
			r->open = i;
	if (r->open >= 0) {
		struct core_record *x;
		struct store_meta m;

		if (store_get(t, CORE_RECOGNITION, r->cid, &x, &m) == 0) {
			char *ids = strdup(core_record_text(x, CORE_RECOGNITION_DONORS)), *tok, *save = NULL;

			r->rev = m.rev;
			for (tok = ids ? strtok_r(ids, " ", &save) : NULL; tok;
			    tok = strtok_r(NULL, " ", &save)) {
				struct core_record *d;
				struct store_meta dm;
				struct don *dn;

				r->d = tui_grow(r->d, &r->dcap, (size_t)r->nd, sizeof *r->d);
				dn = &r->d[r->nd++];

				loc_utf8_copy(dn->id, sizeof dn->id, tok);
				dn->name[0] = '\0';
				dn->org = 0;
				dn->foreign = 0;
				dn->inactive = 0;
				dn->unread = 0;
				if ((rc = store_get(t, CORE_DONOR, tok, &d, &dm)) == 0) {
					/* a ceremony of several counties: a
					 * clerk is not told who of another
					 * county was honoured there */
					dn->foreign = !tui_may_read(t, d);
					loc_utf8_copy(dn->name, sizeof dn->name, dn->foreign ?
					    _("(a donor of another county)") :
					    core_record_text(d, CORE_DONOR_NAME));
					dn->org = d->v[CORE_DONOR_KIND].set &&
					    d->v[CORE_DONOR_KIND].num == CORE_DONOR_ORG;
					/* of another county's, nothing is said */
					dn->inactive = !dn->foreign && donor_off(d, &dm);
					r->ninactive += dn->inactive;
					core_record_free(d);
				} else if (rc == STORE_ENOTFOUND || rc == STORE_ECORRUPT) {
					/* a donor it names not there (a page
					 * a failing disk cut short): his id
					 * where his name goes, and the damage
					 * said; before, a blank name, in
					 * silence, and his letter written */
					dn->unread = 1;
					r->damaged = 1;
					loc_utf8_copy(dn->name, sizeof dn->name, tok);
				}
			}
			free(ids);
			core_record_free(x);
		}
	} else {
		r->cid[0] = '\0';
	}
	store_read_end(t);
	if (r->sel >= r->nc)
		r->sel = r->nc ? r->nc - 1 : 0;
	if (r->dsel >= r->nd)
		r->dsel = r->nd ? r->nd - 1 : 0;
	return;
fail:
	tui_read_failed(rc, r->error, sizeof r->error);
}

static void
recog_draw(struct tui_screen *s, int top, int rows)
{
	struct recog *r = s->data;
	int w = COLS - 2, nrows = rows - 4 > 1 ? rows - 4 : 1;
	size_t i;
	char a[64], b[32], line[400];

	if (!r->loaded || r->gen != tui_list_generation)
		recog_load(r);
	s->help = tui_user_reads_only() ? recog_help_ro : recog_help;
	s->fkeys = r->open < 0 ? list_keys : r->nd > 0 ? cer_keys : cer_keys_empty;
	if (r->error[0]) {
		tui_draw_wrapped(top + 1, 1, w, rows > 2 ? rows - 2 : 1, r->error, tui_attr_error());
		return;
	}
	if (r->open < 0) {
		struct tui_col h[5] = {
			{ 10, _("Id"), 0 }, { 11, _("Date"), 0 }, { 6, _("Donors"), 0 },
			{ 0, _("Title"), 0 }, { 20, _("Place"), 0 },
		};

		/* the selected row kept in view, the heading saying which
		 * rows are shown when not all fit */
		tui_sel_keep((size_t)r->sel, &r->ctop, (size_t)r->nc, (size_t)nrows);
		r->cpage = (size_t)nrows;
		tui_draw_range_heading(top, w, _("Ceremonies"), r->ctop, (size_t)nrows, (size_t)r->nc);
		/* the title before the place, as the recognitions' list
		 * (main menu 8) has them: its width what the others leave */
		h[3].w = w - (10 + 11 + 6 + 20 + 4 * TUI_COL_GAP);
		if (h[3].w < 4)
			h[3].w = 4;
		/* two cells apart, as the lists: «Donors Place» read as one */
		tui_cols_draw_gap(top + 1, 1, w, h, 5, TUI_COL_GAP, A_UNDERLINE);
		for (i = r->ctop; i < (size_t)r->nc && i < r->ctop + (size_t)nrows; i++) {
			const struct cer *c = &r->c[i];
			char place[sizeof c->place * 2], title[sizeof c->title * 2];
			char pcut[sizeof place + 8], tcut[sizeof title + 8];
			int tw = w - (10 + 11 + 6 + 20 + 4 * TUI_COL_GAP);
			struct tui_col cols[5] = {
				{ 10, c->id, 1 }, { 11, tui_fmt_date(c->on, a, sizeof a), 1 },
				{ 6, tui_fmt_int(c->ndonors, b, sizeof b), 0 },
				{ tw > 4 ? tw : 4, tcut, 0 }, { 20, pcut, 0 },
			};

			/* record text in the user's digits, as the lists show it,
			 * and cut as they cut it, in its middle: two titles that
			 * differ at their end (the county, the year) told apart */
			tui_fmt_text(place, sizeof place, c->place);
			tui_fmt_text(title, sizeof title, c->title);
			tui_fit_middle(place, 20, pcut, sizeof pcut);
			tui_fit_middle(title, tw > 4 ? tw : 4, tcut, sizeof tcut);
			tui_cols_draw_gap(top + 2 + (int)(i - r->ctop), 1, w, cols, 5, TUI_COL_GAP,
			    i == (size_t)r->sel ? A_REVERSE : A_NORMAL);
		}
		if (r->nc == 0)
			tui_draw_ui(top + 3, 1, w, tui_user_reads_only() ?
			    _("No ceremonies yet.") : _("No ceremonies yet: F5 records one."), A_DIM);
	} else {
		const struct cer *c = &r->c[r->open];
		struct tui_col h[2] = { { 10, _("Id"), 0 }, { 0, _("Donor"), 0 } };

		/* a line under the table says which donors are inactive */
		if (r->ninactive > 0 && nrows > 1)
			nrows--;
		/* a donor that cannot be read: the damaged-database sentence
		 * above those lines, the table over the rows left */
		if (r->damaged)
			nrows -= tui_draw_damaged(top, rows - 2, w, 6);
		if (nrows < 1)
			nrows = 1;

		snprintf(line, sizeof line, "%s: %s  %s  %s", _("Ceremony"), c->title,
		    tui_fmt_date(c->on, a, sizeof a), c->place);
		tui_sel_keep((size_t)r->dsel, &r->dtop, (size_t)r->nd, (size_t)nrows);
		r->dpage = (size_t)nrows;
		tui_draw_range_heading(top, w, tui_fmt_digits(line, sizeof line), r->dtop,
		    (size_t)nrows, (size_t)r->nd);
		tui_cols_draw(top + 1, 1, w, h, 2, A_UNDERLINE);
		for (i = r->dtop; i < (size_t)r->nd && i < r->dtop + (size_t)nrows; i++) {
			char name[sizeof r->d[i].name * 2 + 64];
			struct tui_col cols[2] = { { 10, r->d[i].id, 1 }, { 0, name, 0 } };

			tui_fmt_text(name, sizeof name, r->d[i].name);
			/* set apart as the lists set an inactive record, and
			 * said in a word where dim does not show */
			if (r->d[i].inactive)
				snprintf(name + strlen(name), sizeof name - strlen(name), " (%s)",
				    _("inactive"));
			tui_cols_draw(top + 2 + (int)(i - r->dtop), 1, w, cols, 2,
			    (i == (size_t)r->dsel ? A_REVERSE : A_NORMAL) |
			    (r->d[i].inactive ? tui_attr_inactive() : 0));
		}
		if (r->ninactive > 0) {
			char n[32];

			if (r->dsel >= 0 && r->dsel < r->nd && r->d[r->dsel].inactive)
				snprintf(line, sizeof line, _("The selected donor (%s) is inactive: F6 asks before his letter."),
				    r->d[r->dsel].id);
			else
				snprintf(line, sizeof line, _("Inactive donors in this ceremony: %s; F6 asks before their letters."),
				    tui_fmt_int(r->ninactive, n, sizeof n));
			tui_draw_ui(top + rows - 2, 1, w, line, tui_attr_warning());
		}
		if (r->nd == 0)
			tui_draw_ui(top + 3, 1, w, tui_user_reads_only() ?
			    _("No donors honoured yet.") : _("No donors honoured yet: F5 adds one."), A_DIM);
	}
	if (r->note[0] && r->note_path[0]) {
		/* The path is a paragraph of its own: in the note's paragraph
		 * a Persian file name would split it ("tmp/x//نامه.html"). */
		int rtl = tui_ui_dir() == LOC_DIR_RTL;
		int lw = tui_text_width(r->note) + 1;

		if (lw > w)
			lw = w;
		tui_draw_ui(top + rows - 1, rtl ? 1 + w - lw : 1, lw, r->note, A_BOLD);
		tui_draw_text(top + rows - 1, rtl ? 1 : 1 + lw, w - lw, r->note_path,
		    LOC_DIR_LTR, rtl ? TUI_ALIGN_RIGHT : TUI_ALIGN_LEFT, A_BOLD);
	} else if (r->note[0])
		tui_draw_ui(top + rows - 1, 1, w, r->note, A_BOLD);
}

/* ---- writes ---- */

struct wctx {
	struct core_record *x;
	uint64_t rev;
	int is_new;
	char id[CORE_ID_MAX];
	const struct tui_seq *seq;	/* the prompts' draft, or NULL */
};

static int
write_fn(struct store_txn *t, void *vctx)
{
	struct wctx *c = vctx;
	int rc;

	rc = c->is_new ? store_put_new(t, c->x, c->id) : store_update(t, c->x, c->rev);
	if (rc == 0 && c->seq != NULL)
		rc = tui_seq_draft_del(t, c->seq);
	return rc;
}

/* a donor honoured gets a letter thanking him for his participation */
static const char no_contribution_q[] = N_("No contribution of this donor is recorded "
    "(no pledge that is not cancelled). Honour this donor anyway?");

static int honour_ok(const char *id);
static int may_honour_here(const struct core_record *old, const struct core_record *now,
    const char *did);

/* The ceremony's prompts (title, place, date held), kept as a draft
 * (screens.h); 0 if given up. */
static int
ask_ceremony(struct core_record *x)
{
	return tui_ask_field(x, CORE_RECOGNITION_TITLE, _("New ceremony"), _("Title:"), NULL) &&
	    tui_ask_field(x, CORE_RECOGNITION_PLACE, _("New ceremony"), _("Place:"), NULL) &&
	    tui_ask_date_today(x, CORE_RECOGNITION_HELD_ON, _("New ceremony"), _("Held on (Y/M/D):"));
}

/* F5: a new ceremony, asked in prompts kept as a draft (screens.h); draft:
 * one to resume, or NULL. */
static void
new_ceremony(struct recog *r, const char *draft)
{
	struct core_record *x;
	struct wctx c;
	struct core_actor a;
	char did[CORE_ID_MAX];
	int rc, county_bound;

	/* an auditor is told before the questions, not after them (and
	 * then asked them again) */
	if (!tui_may_create())
		return;
	if (!tui_seq_begin(&r->seq, &tui_seq_ceremony, "new", draft))
		return;
again:
	if ((x = core_record_new(CORE_RECOGNITION)) == NULL)
		tui_fatal(_("out of memory"));
	if (!ask_ceremony(x)) {
		core_record_free(x);
		tui_seq_end(&r->seq, 1);	/* given up: no draft */
		return;
	}
	/* A ceremony without donors is province-wide, which only HQ may
	 * record: a clerk or supervisor records his county's with its first
	 * donor, and picks again (what he typed kept) if the store refuses
	 * the one he picked. */
	county_bound = tui_user_actor(&a) == 0 && a.county[0] != '\0' &&
	    (a.role == CORE_ROLE_CLERK || a.role == CORE_ROLE_SUPERVISOR);
	if (county_bound)
		tui_message(_("New ceremony"),
		    _("A ceremony of your county is recorded with its first donor: pick one of your county's donors."));
	for (;;) {
		if (county_bound) {
			if (!tui_list_pick(CORE_DONOR, did)) {
				/* Esc in the list: the prompts again with what
				 * was typed in them, where Esc gives it up, as
				 * a write refused does (before, the title,
				 * place and date were dropped unasked) */
				core_record_free(x);
				tui_seq_again(&r->seq);
				goto again;
			}
			/* asked as F5 in a ceremony asks (add_donor), when
			 * he is picked: a donor of another county refused
			 * first, then "no" is the list again */
			if (core_record_set_text(x, CORE_RECOGNITION_DONORS, did) != 0)
				tui_fatal(_("out of memory"));
			if (!may_honour_here(NULL, x, did) || !honour_ok(did))
				continue;
		}
		c.x = x;
		c.rev = 0;
		c.is_new = 1;
		c.id[0] = '\0';
		c.seq = &r->seq;
		if ((rc = store_write(tui_app.st, write_fn, &c)) == 0)
			break;
		tui_write_failed(rc);
		if (!county_bound || rc != STORE_EACCES) {
			/* Not written (a full database...): the prompts
			 * again with what was typed in them, as a form
			 * stays open; Esc there gives it up. */
			core_record_free(x);
			tui_seq_again(&r->seq);
			goto again;
		}
	}
	core_record_free(x);
	tui_seq_end(&r->seq, 0);	/* the write deleted its draft */
	loc_utf8_copy(r->cid, sizeof r->cid, c.id);	/* open it */
	r->dsel = 0;
	r->dtop = 0;
	snprintf(r->note, sizeof r->note, "%s %s", _("Ceremony recorded:"), c.id);
	r->note_path[0] = '\0';
	tui_data_changed();
}

/* (screens.h) Material or not. */
int
tui_live_pledge(const char *donor, const char *need, char *buf, size_t n)
{
	struct store_txn *t;
	int found;

	if (store_read_begin(tui_app.st, &t) != 0)
		return -1;
	found = store_donor_live_pledge(t, donor, need, buf, n);
	store_read_end(t);
	return found < 0 ? -1 : found;
}

/* (screens.h) 1 also when the store cannot be read: nothing is claimed
 * then. */
int
tui_donor_has_contribution(const char *id)
{
	return tui_live_pledge(id, NULL, NULL, 0) != 0;
}

/* (screens.h) 0 also when the store cannot be read. */
int
tui_donor_inactive(const char *id)
{
	struct store_txn *t;
	struct core_record *x;
	struct store_meta m;
	int off = 0;

	if (tui_app.st == NULL || store_read_begin(tui_app.st, &t) != 0)
		return 0;
	if (store_get(t, CORE_DONOR, id, &x, &m) == 0) {
		off = donor_off(x, &m);
		core_record_free(x);
	}
	store_read_end(t);
	return off;
}

/* Whether the user may write ceremony now, donor did just put in it (old:
 * the ceremony as stored, NULL for a new one), as the store's policy will
 * decide it.  Said at once when he may not, before any question about the
 * donor: a supervisor picks among every county's donors, and one of
 * another county would make his county's ceremony province-wide (HQ's),
 * or a new one another county's.  The message names the donor and his
 * county, then who may write it.  1 if he may (or the store cannot be
 * read: the write meets that and says so). */
static int
may_honour_here(const struct core_record *old, const struct core_record *now, const char *did)
{
	const struct store_identity *who = store_users_identity(tui_app.st);
	char county[CORE_COUNTY_MAX] = "", name[200], why[600], msg[1400];
	struct store_txn *t;
	struct core_record *d;
	struct core_access a;
	int rc;

	if (who == NULL || store_read_begin(tui_app.st, &t) != 0)
		return 1;
	memset(&a, 0, sizeof a);
	rc = store_users_may_write(t, who, old, now, &a);
	if (rc == 0 && store_get(t, CORE_DONOR, did, &d, NULL) == 0) {
		loc_utf8_copy(county, sizeof county, core_record_text(d, CORE_DONOR_COUNTY));
		core_record_free(d);
	}
	store_read_end(t);
	if (rc != 0)
		return 1;
	tui_access_message(&a, why, sizeof why);
	if (county[0] != '\0' && (a.why == CORE_ACCESS_PROVINCE || a.why == CORE_ACCESS_COUNTY)) {
		tui_record_caption(CORE_DONOR, did, name, sizeof name);
		snprintf(msg, sizeof msg, _("Donor %s (%s) is of %s county."), did,
		    name[0] ? name : "-", tui_county_name(county));
		if (a.why == CORE_ACCESS_PROVINCE)
			snprintf(msg + strlen(msg), sizeof msg - strlen(msg), " %s",
			    _("With him this ceremony's donors would be of several counties."));
		snprintf(msg + strlen(msg), sizeof msg - strlen(msg), " %s", why);
	} else {
		snprintf(msg, sizeof msg, "%s", why);
	}
	tui_message(_("Not allowed"), msg);
	return 0;
}

/* Whether donor id may be honoured: a donor marked inactive (no longer
 * taking part, or registered twice) is asked about first, naming him, as
 * a donor with no contribution recorded is; then that.  1 if yes (or
 * nothing to ask). */
static int
honour_ok(const char *id)
{
	char name[200], q[600];

	if (tui_donor_inactive(id)) {
		tui_record_caption(CORE_DONOR, id, name, sizeof name);
		snprintf(q, sizeof q, _("Donor %s (%s) is inactive. Honour this donor anyway?"),
		    id, name[0] ? name : "-");
		if (tui_confirm(q, 0) != 1)
			return 0;
	}
	return tui_donor_has_contribution(id) || tui_confirm(_(no_contribution_q), 0) == 1;
}

/* The ceremony open, read afresh (NULL, said, when it cannot be read). */
static struct core_record *
ceremony_get(const struct recog *r)
{
	struct store_txn *t;
	struct core_record *x;
	struct store_meta m;
	int rc;

	if ((rc = store_read_begin(tui_app.st, &t)) != 0) {
		tui_write_failed(rc);
		return NULL;
	}
	rc = store_get(t, CORE_RECOGNITION, r->cid, &x, &m);
	store_read_end(t);
	if (rc != 0) {
		tui_write_failed(rc);
		return NULL;
	}
	return x;
}

/* Writes the open ceremony x, changed, and frees it; a failure is said.
 * Returns store_write's code. */
static int
ceremony_put(const struct recog *r, struct core_record *x)
{
	struct wctx c;
	int rc;

	c.x = x;
	c.rev = r->rev;
	c.is_new = 0;
	c.seq = NULL;
	rc = store_write(tui_app.st, write_fn, &c);
	core_record_free(x);
	/* refused as naming a donor not there, one the screen could not
	 * read (r->damaged): the damage said, what to run and restore;
	 * before, «refers to a record that does not exist» alone */
	if (rc == STORE_EREF && r->damaged)
		rc = STORE_ECORRUPT;
	if (rc != 0)
		tui_write_failed(rc);
	return rc;
}

/* A ceremony honours at most CORE_REFS_MAX: 1 when r's has them all, the
 * note line saying so before a donor is picked (F5, F7), not as a refused
 * write after. */
static int
ceremony_full(struct recog *r)
{
	if (r->nd < CORE_REFS_MAX)
		return 0;
	snprintf(r->note, sizeof r->note, "%s", _(core_msg_text(CORE_MSG_REFS_MANY)));
	r->note_path[0] = '\0';
	return 1;
}

/* 1 when the user may change the open ceremony; who may not (an auditor;
 * a clerk of another county's) is told so, before he picks a donor. */
static int
may_change_open(struct recog *r)
{
	struct core_record *x;
	int may;

	if (r->open < 0 || (x = ceremony_get(r)) == NULL)
		return 0;
	may = tui_may_change(x);
	core_record_free(x);
	return may;
}

static void add_donor_id(struct recog *r, const char *id);

static void
add_donor(struct recog *r)
{
	char id[CORE_ID_MAX];

	if (!may_change_open(r) || ceremony_full(r) || !tui_list_pick(CORE_DONOR, id))
		return;
	add_donor_id(r, id);
}

/* Adds donor id to the open ceremony, as F5 does once he is picked (the
 * questions, then one write); one already in it is selected. */
static void
add_donor_id(struct recog *r, const char *id)
{
	char *ids;
	struct core_record *x, *was;
	const char *old;
	size_t n;
	int i;

	for (i = 0; i < r->nd; i++)
		if (strcmp(r->d[i].id, id) == 0) {
			r->dsel = i;
			return;
		}
	if ((x = ceremony_get(r)) == NULL)
		return;
	old = core_record_text(x, CORE_RECOGNITION_DONORS);
	n = strlen(old) + strlen(id) + 2;
	if ((ids = malloc(n)) == NULL || (was = core_record_dup(x)) == NULL)
		tui_fatal(_("out of memory"));
	snprintf(ids, n, "%s%s%s", old, *old ? " " : "", id);
	if (core_record_set_text(x, CORE_RECOGNITION_DONORS, ids) != 0)
		tui_fatal(_("out of memory"));
	free(ids);
	/* one he may not add (another county's donor, for a supervisor)
	 * is said first; honoured, he gets a letter thanking him for his
	 * participation: a donor marked inactive, or one with none
	 * recorded (picked by a name like another's, or all his pledges
	 * cancelled), is said before he is added */
	i = may_honour_here(was, x, id) && honour_ok(id);
	core_record_free(was);
	if (!i) {
		core_record_free(x);
		return;
	}
	if (ceremony_put(r, x) != 0)
		return;
	r->dsel = r->nd;
	tui_donor_note(_("Donor added:"), id, COLS - 2, r->note, sizeof r->note);
	r->note_path[0] = '\0';
	tui_data_changed();
}

/* F8 in a ceremony: the selected donor is no longer honoured there,
 * asked first, naming him (added by mistake: a name like another's, the
 * wrong ceremony).  He stays in the database and in other ceremonies.
 * One store_write on the revision shown; before, only the recognitions'
 * form could take a donor out, by editing a field of ids. */
static void
remove_donor(struct recog *r)
{
	char id[CORE_ID_MAX], name[sizeof r->d[0].name * 2], q[700];
	char *ids, *tok, *save = NULL;
	struct core_record *x;
	size_t len = 0;
	int rc, may;

	if (r->open < 0 || r->nd == 0 || r->dsel < 0 || r->dsel >= r->nd)
		return;
	loc_utf8_copy(id, sizeof id, r->d[r->dsel].id);
	tui_fmt_text(name, sizeof name, r->d[r->dsel].name);
	/* who may not change the ceremony is told so before the question */
	if ((x = ceremony_get(r)) == NULL)
		return;
	may = tui_may_change(x);
	if (!may) {
		core_record_free(x);
		return;
	}
	snprintf(q, sizeof q, _("Remove donor %s (%s) from this ceremony?\nHe stays in the database and in other ceremonies."),
	    id, name[0] ? name : "-");
	if (tui_confirm(q, 0) != 1) {
		core_record_free(x);
		return;
	}
	/* the list without him (every time he is there) */
	if ((ids = strdup(core_record_text(x, CORE_RECOGNITION_DONORS))) == NULL)
		tui_fatal(_("out of memory"));
	for (tok = strtok_r(ids, " ", &save); tok != NULL; tok = strtok_r(NULL, " ", &save)) {
		size_t k = strlen(tok);

		if (strcmp(tok, id) == 0)
			continue;
		if (len > 0)
			ids[len++] = ' ';
		memmove(ids + len, tok, k);
		len += k;
	}
	ids[len] = '\0';
	rc = 0;
	if (len > 0)
		rc = core_record_set_text(x, CORE_RECOGNITION_DONORS, ids);
	else
		core_record_unset(x, CORE_RECOGNITION_DONORS);
	free(ids);
	if (rc != 0)
		tui_fatal(_("out of memory"));
	if (ceremony_put(r, x) != 0)
		return;
	snprintf(r->note, sizeof r->note, "%s %s", _("Donor removed:"), id);
	r->note_path[0] = '\0';
	tui_data_changed();
}

/* The ceremony's title and place and the donor's name as stored, whole,
 * into new strings (caller frees; NULL: the ceremony not found, the
 * screen's copy then used).  Returns 0, or a read error: STORE_ECORRUPT
 * for a donor the ceremony names that is not there. */
static int
full_texts(struct store_txn *t, const char *cid, const char *did, char **title,
    char **place, char **name)
{
	struct core_record *x;
	int rc;

	if ((rc = store_get(t, CORE_RECOGNITION, cid, &x, NULL)) == 0) {
		*title = strdup(core_record_text(x, CORE_RECOGNITION_TITLE));
		*place = strdup(core_record_text(x, CORE_RECOGNITION_PLACE));
		core_record_free(x);
		if (*title == NULL || *place == NULL)
			tui_fatal(_("out of memory"));
	} else if (rc != STORE_ENOTFOUND) {
		return rc;
	}
	if ((rc = store_get(t, CORE_DONOR, did, &x, NULL)) == 0) {
		*name = strdup(core_record_text(x, CORE_DONOR_NAME));
		core_record_free(x);
		if (*name == NULL)
			tui_fatal(_("out of memory"));
	} else {
		/* the ceremony names him: not there is damage (a page a
		 * failing disk cut short), not a letter to his id */
		return rc == STORE_ENOTFOUND ? STORE_ECORRUPT : rc;
	}
	return 0;
}

/* The note under the list: nothing written, the file at path kept. */
static void
note_kept(struct recog *r, const char *path)
{
	char *abs = realpath(path, NULL);

	loc_utf8_copy(r->note, sizeof r->note, _("Not written; the file there is kept:"));
	loc_utf8_copy(r->note_path, sizeof r->note_path, abs != NULL ? abs : path);
	free(abs);
}

/* The file F6 proposes for donor id's letter, by its whole path, so that
 * the clerk reads where it goes: tashakor-ID.html in the folder the
 * program was started in (README), or, where no file may be written
 * there (the database's own folder, a folder he may not write in), in
 * his home folder; the name alone if neither is known.  Before, the name
 * alone was proposed, the folder seen nowhere until the letter was
 * written. */
static void
letter_default(const char *id, char *def, size_t n)
{
	char name[CORE_ID_MAX + 32], dir[4096];
	const char *home = getenv("HOME");

	snprintf(name, sizeof name, "tashakor-%s.html", id);
	if (getcwd(dir, sizeof dir) != NULL && access(dir, W_OK) == 0 &&
	    (size_t)snprintf(def, n, "%s%s%s", dir, strcmp(dir, "/") ? "/" : "", name) < n &&
	    tui_identity_path_ok(tui_app.db_path, def))
		return;
	if (home != NULL && home[0] == '/' && access(home, W_OK) == 0 &&
	    (size_t)snprintf(def, n, "%s%s%s", home, home[strlen(home) - 1] == '/' ? "" : "/", name) < n &&
	    tui_identity_path_ok(tui_app.db_path, def))
		return;
	snprintf(def, n, "%s", name);
}

/* tui_confirm of question q, which names a file by its whole path: the
 * path marked left to right (tui_latin_marked), where its leading '/'
 * stood at its other end in the Persian sentence. */
static int
ask_path(const char *q)
{
	char *m = tui_latin_marked(q);
	int ans = tui_confirm(m != NULL ? m : q, 0);

	free(m);
	return ans;
}

/* path whole: a relative one under the program's folder, which the clerk
 * does not see (the failure named «tashakor-TBZ-2.html» alone). */
static void
path_whole(const char *path, char *buf, size_t n)
{
	char cwd[2048];

	if (path[0] != '/' && getcwd(cwd, sizeof cwd) != NULL)
		snprintf(buf, n, "%s%s%s", cwd, strcmp(cwd, "/") == 0 ? "" : "/", path);
	else
		snprintf(buf, n, "%s", path);
}

static void
write_letter(struct recog *r)
{
	struct tui_letter l;
	const struct cer *c;
	const struct don *d;
	char def[4096], whole[4096], msg[700], q[900];
	char *path, *title = NULL, *place = NULL, *name = NULL;
	struct cli_out_seen over;
	int rc, again;

	if (r->open < 0 || r->nd == 0)
		return;
	c = &r->c[r->open];
	d = &r->d[r->dsel];
	if (d->unread) {	/* a letter to an id, for what it could read */
		tui_write_failed(STORE_ECORRUPT);
		return;
	}
	if (d->foreign) {	/* the letter would name him */
		tui_message(_("Not allowed"),
		    _("This donor is of another county: his letter is written by a clerk of his county, its supervisor or provincial HQ."));
		return;
	}
	/* made inactive (maybe since he was honoured): asked, naming him,
	 * as adding him is; read afresh, another session may have changed
	 * him since the list was drawn */
	if (tui_donor_inactive(d->id)) {
		char shown[sizeof d->name * 2];

		tui_fmt_text(shown, sizeof shown, d->name);
		snprintf(q, sizeof q, _("Donor %s (%s) is inactive. Write his thank-you letter anyway?"),
		    d->id, shown[0] ? shown : "-");
		if (tui_confirm(q, 0) != 1)
			return;
	}
	letter_default(d->id, def, sizeof def);
ask:
	again = 0;
	title = place = name = NULL;
	if ((path = tui_prompt_dir(_("Thank-you letter"), _("Write the letter to the file:"), def,
	    LOC_DIR_LTR)) == NULL)
		return;
	if (!tui_identity_path_ok(tui_app.db_path, path)) {
		/* the station's group may write there: never over data.mdb */
		tui_message(_("Not saved"), _("A file cannot be written into the database folder."));
		free(path);
		return;
	}
	/* a file already there (another donor's letter, a name typed by
	 * mistake) is written over only if the clerk says so, as a verb
	 * does only with --force (cli_out_free): an empty one holds
	 * nothing to lose.  What is there is seen first (cli_out_free's
	 * look, carried to the end as the verbs carry it): the letter
	 * takes the name only if nothing came there meanwhile (nothing was
	 * there), or only over that same file, as it was (the one he said
	 * yes to, or the empty one); a file saved there instead before the
	 * letter takes the name is not replaced unasked, whatever he said
	 * of the one that was there. */
	cli_out_look(path, &over);
	if (cli_out_there(path)) {
		snprintf(q, sizeof q, _("The file %s is already there. Write this letter over it? What it holds now is lost."),
		    path);
		if (ask_path(q) != 1) {
			note_kept(r, path);
			free(path);
			return;
		}
	}
	l.donor_name = d->name[0] ? d->name : d->id;
	l.ceremony = c->title;
	l.place = c->place;
	l.held_on = c->on;
	l.station = tui_app.station_name;
	l.org = d->org;
	/* what he is thanked for: his pledges, but cancelled and
	 * deactivated ones, with the money received on them */
	l.items = NULL;
	l.nitems = 0;
	l.toman = tui_toman;
	{
		struct tui_letter_item *items = NULL;
		size_t nitems = 0;
		struct store_txn *t;

		if ((rc = store_read_begin(tui_app.st, &t)) == 0) {
			rc = tui_letter_items_load(t, d->id, &items, &nitems);
			/* the texts whole: the screen's copies are cut to
			 * its buffers (a long title lost its end) */
			if (rc == 0)
				rc = full_texts(t, r->cid, d->id, &title, &place, &name);
			store_read_end(t);
		}
		if (rc != 0) {	/* a letter that does not say what he gave:
				 * not written */
			tui_write_failed(rc);
			tui_letter_items_free(items, nitems);
			free(path);
			return;
		}
		l.items = items;
		l.nitems = nitems;
		if (title != NULL)
			l.ceremony = title;
		if (place != NULL)
			l.place = place;
		if (name != NULL && *name)
			l.donor_name = name;
	}
	rc = tui_letter_write(path, &l, &over);
	while (rc != 0 && errno == EEXIST && over.how != CLI_OUT_OVER) {
		/* A file came at the name, or took the place of the one seen
		 * there, while the letter was made (the clerk saving another
		 * letter or a sheet of that name in another window): kept,
		 * and he is asked now what he would have been asked had it
		 * been there when he chose the name, saying that it came
		 * meanwhile, no by default.  No keeps it and says so, as that
		 * question's no does: the letter is made again from the
		 * database by F6, under another name.  Yes is said of the
		 * file there when he is asked (looked at first): one saved
		 * in its place while he answers is asked about again. */
		cli_out_look(path, &over);
		snprintf(q, sizeof q, _("The file %s was saved there while this letter was being written. Write this letter over it? What it holds now is lost."),
		    path);
		if (ask_path(q) != 1) {
			note_kept(r, path);
			goto out;
		}
		rc = tui_letter_write(path, &l, &over);
	}
	if (rc != 0) {
		/* the path on a line of its own, left to right, as the note
		 * of a written letter shows it */
		snprintf(msg, sizeof msg, _("Cannot write the letter to this file: %s"),
		    tui_errno_text(errno));
		path_whole(path, whole, sizeof whole);
		tui_message_path(_("Not saved"), msg, whole);
		/* asked again, the path whole, for the clerk to change its
		 * folder: closing the message lost what he had typed */
		snprintf(def, sizeof def, "%s", whole);
		again = 1;
	} else {
		/* where it is, whole: the name proposed is relative to the
		 * program's folder, which the clerk does not see */
		char *abs = realpath(path, NULL);

		loc_utf8_copy(r->note, sizeof r->note, _("Letter written to"));
		loc_utf8_copy(r->note_path, sizeof r->note_path, abs != NULL ? abs : path);
		free(abs);
	}
out:
	tui_letter_items_free((struct tui_letter_item *)l.items, l.nitems);
	free(title);
	free(place);
	free(name);
	free(path);
	if (again)
		goto ask;
}

/* ---- F7: donors by what they gave ---- */

/* One row of the list: what store_honour_gather says of a donor, with
 * his name and county as shown. */
struct giver {
	struct store_honour_row h;
	/* whole: a name's 150 characters (core's most), each of up to 4
	 * bytes; cut here, the list's middle cut showed a false end */
	char name[4 * 150 + 1];
	char county[CORE_COUNTY_MAX];
	int inactive;			/* marked inactive or deactivated */
};

struct givers {
	struct giver *v;
	size_t n, cap;
	int32_t from, to;		/* the period, days both included */
	char county[CORE_COUNTY_MAX];	/* HQ's filter, "" all */
	char mine[CORE_COUNTY_MAX];	/* a clerk's county, "" not a clerk */
	size_t sel, top;
	char error[1200];
	int fig_w[4];			/* givers_widths': its values' widths, */
	int fig_measured;		/* measured since loaded and added to */
	int heads_short;		/* givers_widths: a heading not whole */
	/* a donor the payments or pledges read name that is not there (a
	 * page a failing disk cut short): the damaged-database sentence
	 * at the box's foot; before, left out in silence, and the box said
	 * nobody gave in the period */
	int damaged;
};

static const struct tui_fkey giver_keys[] = {
	{ 1, N_("Help"), 0 }, { 3, N_("Period"), 0 }, { 4, N_("County"), 0 },
	{ 10, N_("Back"), 0 }, { 0, NULL, 0 }
};
/* a clerk's: his county fixed */
static const struct tui_fkey giver_keys_clerk[] = {
	{ 1, N_("Help"), 0 }, { 3, N_("Period"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

static const char giver_help[] = N_(
    "Donors by what they gave in a period: by default the 365 days up to\n"
    "the ceremony's date, which the title shows; F3 changes it.  Paid in\n"
    "period is the sum of their payments dated in it; Non-mat. counts their\n"
    "non-material pledges (support, policing...) dated in it, neither\n"
    "cancelled nor deactivated.  The most paid first, then the most\n"
    "non-material pledges.  Donors who gave nothing in the period are not\n"
    "listed.  Last honoured: the date of the last other ceremony that\n"
    "honoured him, or «this one» for a donor already in this ceremony.");
/* after giver_help, the place's enter_help, then: */
static const char giver_help_keys[] = N_(
    "A clerk sees his county's donors; F4 filters by county.\n"
    "Up/Down, PgUp/PgDn, Home/End move; F10 back.");
/* after giver_help when every row is of one county (givers_one_county):
 * why there is no county column and where the county is said; a clerk's
 * and F4's */
static const char giver_help_mine[] = N_(
    "Every donor listed is of your county, %s: the title names it, and the\n"
    "list has no county column.");
static const char giver_help_filter[] = N_(
    "Every donor listed is of %s, as chosen with F4: the title names it, and\n"
    "the list has no county column; F4, All counties, brings the column back.");
/* after giver_help when a heading is shorter than its whole form (64
 * columns): which is which, giver_help naming the whole ones */
static const char giver_help_short[] = N_(
    "On this narrow screen the headings are shorter: Cnty is County, N.M. is\n"
    "Non-mat., Honoured is Last honoured, and Paid in period or In period is\n"
    "Paid in period (rials or toman).");
/* the ceremony screen's enter_help: Enter adds as F5 does, asking about an
 * inactive donor (may_honour) */
static const char giver_enter_ceremony[] = N_(
    "«(inactive)» marks one marked inactive, asked about before he is added.\n"
    "Enter adds the selected donor to the ceremony, the list staying open for\n"
    "the next.");

static int
giver_cmp(const void *a, const void *b)
{
	const struct giver *x = a, *y = b;
	int c;

	if (x->h.paid != y->h.paid)
		return x->h.paid > y->h.paid ? -1 : 1;
	if (x->h.nonmat != y->h.nonmat)
		return x->h.nonmat > y->h.nonmat ? -1 : 1;
	if ((c = strcmp(x->name, y->name)) != 0)
		return c;
	return strcmp(x->h.donor, y->h.donor);
}

/* Reads the list afresh for g's period and county: one store_honour_gather,
 * then each donor listed read for his name, county and whether the user
 * may see him. */
static void
givers_load(struct givers *g, const char *cid)
{
	struct store_honour_row *rows = NULL;
	struct store_txn *t;
	size_t n = 0, i;
	int rc;

	g->n = 0;
	g->error[0] = '\0';
	g->damaged = 0;
	g->fig_measured = 0;
	if ((rc = store_read_begin(tui_app.st, &t)) == 0) {
		rc = store_honour_gather(t, g->from, g->to, cid, &rows, &n);
		for (i = 0; rc == 0 && i < n; i++) {
			struct core_record *d;
			struct store_meta m;
			struct giver *v;

			int grc = store_get(t, CORE_DONOR, rows[i].donor, &d, &m);

			if (grc != 0) {	/* his pledges read, he not: damage */
				if (grc == STORE_ENOTFOUND || grc == STORE_ECORRUPT)
					g->damaged = 1;
				continue;
			}
			if (tui_may_read(t, d) && (g->county[0] == '\0' ||
			    strcmp(core_record_text(d, CORE_DONOR_COUNTY), g->county) == 0)) {
				g->v = tui_grow(g->v, &g->cap, g->n, sizeof *g->v);
				v = &g->v[g->n++];
				v->h = rows[i];
				loc_utf8_copy(v->name, sizeof v->name, core_record_text(d, CORE_DONOR_NAME));
				loc_utf8_copy(v->county, sizeof v->county,
				    core_record_text(d, CORE_DONOR_COUNTY));
				v->inactive = donor_off(d, &m);
			}
			core_record_free(d);
		}
		store_read_end(t);
	}
	free(rows);
	if (rc != 0)
		tui_read_failed(rc, g->error, sizeof g->error);
	if (g->n > 0)
		qsort(g->v, g->n, sizeof g->v[0], giver_cmp);
	if (g->sel >= g->n)
		g->sel = g->n ? g->n - 1 : 0;
}

/* F3: the period asked, from and to; a date that is not one is said,
 * naming the field, and nothing changes.  1 if changed. */
static int
givers_period(struct givers *g)
{
	char a[64], b[64];
	char *from, *to;
	int32_t f, t;

	tui_fmt_date(g->from, a, sizeof a);
	tui_fmt_date(g->to, b, sizeof b);
	if ((from = tui_prompt(_("Period"), _("From (Y/M/D):"), a)) == NULL)
		return 0;
	if (loc_date_parse(from, &f) != 0) {
		tui_message(_("Period"), _("From: not a date; write it as Y/M/D, such as 1403/05/01."));
		free(from);
		return 0;
	}
	free(from);
	if ((to = tui_prompt(_("Period"), _("To (Y/M/D):"), b)) == NULL)
		return 0;
	if (loc_date_parse(to, &t) != 0) {
		tui_message(_("Period"), _("To: not a date; write it as Y/M/D, such as 1403/05/01."));
		free(to);
		return 0;
	}
	free(to);
	if (t < f) {
		tui_message(_("Period"), _("To: a date before From."));
		return 0;
	}
	g->from = f;
	g->to = t;
	return 1;
}

/* Whether donor id is in the open ceremony. */
static int
in_ceremony(const struct recog *r, const char *id)
{
	int i;

	for (i = 0; i < r->nd; i++)
		if (strcmp(r->d[i].id, id) == 0)
			return 1;
	return 0;
}

/* The room the donors' names get in the list when the figures beside them
 * would leave less: a name of a few words read whole, a long one cut in
 * its middle with its start and end (tui_fit_middle). */
#define GIVER_NAME_MIN 24
/* A figure's column narrowed to its values is never narrower than this
 * (a count of one digit: its column as wide as «N.M.»). */
#define GIVER_FIG_MIN 4

/* The headings of the figures' columns (county, paid, non-material,
 * last honoured), each from its whole form to its shortest, NULL after
 * the last: where a column is narrowed below its whole heading
 * (givers_widths, 64 columns) the widest form that fits is shown, a
 * shorter word or an abbreviation the catalog gives («شهر», «پرداختی»,
 * «معنوی», «تجلیل قبلی», «تجلیل»), never a word cut with «…», which
 * left «شهرس…», «غیر…» and «آخرین تجل…» that a clerk could not read.
 * A language whose whole heading is short enough repeats it. */
#define GIVER_FORMS 4
static const char *const giver_county_heads[GIVER_FORMS] = {
	N_("County"), N_("Cnty"), NULL
};
/* The money paid is the period's (the heading line above gives it), and
 * every form of its heading says so: «پرداختی دوره (ریال)», not
 * «پرداختی (ریال)», which a clerk read as all the donor ever paid (the
 * letter's sum). */
static const char *const giver_rials_heads[GIVER_FORMS] = {
	N_("Paid in the period (rials)"), N_("Rials paid in the period"),
	N_("Paid in the period (a narrow column's heading)"), NULL
};
static const char *const giver_toman_heads[GIVER_FORMS] = {
	N_("Paid in the period (toman)"), N_("Toman paid in the period"),
	N_("Paid in the period (a narrow column's heading)"), NULL
};
static const char *const giver_nonmat_heads[GIVER_FORMS] = {
	N_("Non-mat."), N_("N.M."), NULL
};
static const char *const giver_last_heads[GIVER_FORMS] = {
	N_("Last honoured"), N_("Honoured before"), N_("Honoured"), NULL
};

/* The forms of the figures' headings, heads[i] for column i. */
static void
giver_heads(const char *const *heads[4])
{
	heads[0] = giver_county_heads;
	heads[1] = tui_toman ? giver_toman_heads : giver_rials_heads;
	heads[2] = giver_nonmat_heads;
	heads[3] = giver_last_heads;
}

/* The widest of forms (a NULL-ended list of msgids) at most w wide, or
 * the narrowest when none is; translated. */
static const char *
giver_head_fit(const char *const *forms, int w)
{
	const char *best = NULL, *least = NULL;
	int i, bw = -1, lw = 0;

	for (i = 0; i < GIVER_FORMS && forms[i] != NULL; i++) {
		const char *t = _(forms[i]);
		int tw = tui_text_width(t);

		if (tw <= w && tw > bw) {
			best = t;
			bw = tw;
		}
		if (least == NULL || tw < lw) {
			least = t;
			lw = tw;
		}
	}
	return best != NULL ? best : least;
}

/* The width of the narrowest of forms, translated. */
static int
giver_head_least(const char *const *forms)
{
	int i, lw = -1;

	for (i = 0; i < GIVER_FORMS && forms[i] != NULL; i++)
		if (lw < 0 || tui_text_width(_(forms[i])) < lw)
			lw = tui_text_width(_(forms[i]));
	return lw < 0 ? 0 : lw;
}

/* A giver's figures as the list shows them: county, paid, non-material,
 * last honoured (the bufs hold them). */
static void
giver_figs(const struct tui_honour *hon, const struct giver *v, const char *f[4],
    char *paid, size_t np, char *nm, size_t nn, char *last, size_t nl)
{
	int here = hon->has(hon->ctx, v->h.donor);

	f[0] = tui_county_name(v->county);
	f[1] = tui_fmt_amount(v->h.paid, 0, paid, np);
	f[2] = tui_fmt_int(v->h.nonmat, nm, nn);
	/* one in this ceremony is said so where the date of his last would
	 * be */
	f[3] = here ? _("this one") : v->h.last ? tui_fmt_date(v->h.last, last, nl) : "";
}

/* The county every row of g is of: a clerk's (he reads his county's
 * donors only, and a donor has one county) or the F4 filter's; NULL when
 * the rows may be of several.  Known from who reads and the filter, not
 * from the rows loaded: the county column does not come and go as F3's
 * period or an addition reloads the list, and an HQ list whose rows
 * happen to be of one county is not taken for a filtered one. */
static const char *
givers_one_county(const struct givers *g)
{
	return g->county[0] ? g->county : g->mine[0] ? g->mine : NULL;
}

/* The widths of the figures' columns (county, paid, non-material, last
 * honoured) in an area of w columns, and their headings in heads[1..4]
 * (giver_heads' forms), and returns the name's width: the rest.  Each
 * figure's column is as wide as its widest value or its whole heading;
 * when that leaves the name less than GIVER_NAME_MIN, the columns whose
 * headings are wider than their values (a count of non-material
 * pledges, one or two digits under «غیرمالی»; a county under
 * «شهرستان»; amounts under «پرداختی (ریال)») are narrowed towards their
 * values, no narrower than their shortest heading, and each gets the
 * widest of its headings that fits, so that the name, which the clerk
 * reads first, gets the room and every heading is read whole.  The
 * widths are the same
 * for every page (all rows measured, once a load and an addition, not
 * at each key): the columns do not move as the list scrolls.  With no
 * county column (every row of one county, givers_one_county) its width
 * is 0, its cells the name's. */
static int
givers_widths(const struct tui_honour *hon, struct givers *g, int w,
    const char *heads[5], int cw[4])
{
	int *val = g->fig_w, i, nw, want, nocounty = givers_one_county(g) != NULL;
	const char *const *forms[4];
	int least[4];
	/* narrowed first: the least read of a name's neighbours */
	static const int order[4] = { 2, 0, 3, 1 };
	size_t k;

	if (!g->fig_measured)
		memset(g->fig_w, 0, sizeof g->fig_w);
	for (k = 0; !g->fig_measured && k < g->n; k++) {
		char paid[64], nm[32], last[64];
		const char *f[4];

		giver_figs(hon, &g->v[k], f, paid, sizeof paid, nm, sizeof nm, last, sizeof last);
		for (i = 0; i < 4; i++)
			if (tui_text_width(f[i]) > val[i])
				val[i] = tui_text_width(f[i]);
	}
	g->fig_measured = 1;
	giver_heads(forms);
	nw = w - 4 * TUI_COL_GAP;
	for (i = 0; i < 4; i++) {
		if (val[i] < GIVER_FIG_MIN)
			val[i] = GIVER_FIG_MIN;
		/* narrowed no further than its values or its shortest
		 * heading, whichever is wider */
		least[i] = giver_head_least(forms[i]);
		if (least[i] < val[i])
			least[i] = val[i];
		cw[i] = tui_text_width(_(forms[i][0]));
		if (cw[i] < val[i])
			cw[i] = val[i];
		if (least[i] > cw[i])
			least[i] = cw[i];
		nw -= cw[i];
	}
	for (i = 0; i < 4 && nw < GIVER_NAME_MIN; i++) {
		int c = order[i];

		want = GIVER_NAME_MIN - nw;
		if (want > cw[c] - least[c])
			want = cw[c] - least[c];
		cw[c] -= want;
		nw += want;
	}
	g->heads_short = 0;
	for (i = 0; i < 4; i++) {
		heads[i + 1] = giver_head_fit(forms[i], cw[i]);
		if (strcmp(heads[i + 1], _(forms[i][0])) != 0 && !(i == 0 && nocounty))
			g->heads_short = 1;
	}
	/* the county column left out: its cells and its gap the name's,
	 * the other columns as they are beside it */
	if (nocounty) {
		nw += cw[0] + TUI_COL_GAP;
		cw[0] = 0;
	}
	return nw < 8 ? 8 : nw;
}

static void
givers_draw(const struct tui_honour *hon, struct givers *g, const struct tui_fkey *keys)
{
	/* the box ends above the screen's note line (the ceremony's, the
	 * form's status), which says who Enter added */
	int y = 2, x = 1, w = COLS - 2, h = LINES - 4 - hon->note_rows, rows, nw, cw[4];
	char title[300], a[64], b[64], paid[64];
	const char *heads[5], *one = givers_one_county(g);
	/* the columns: the county's (the second) left out when every row
	 * is of one county, which the title says once */
	int nc = one != NULL ? 4 : 5;
	size_t k;

	tui_screen_paint();
	rows = h - 4 > 1 ? h - 4 : 1;
	tui_draw_box(y, x, h, w, A_NORMAL);
	if (g->damaged) {	/* at the box's foot, the rows over the rest */
		char dmg[1200];
		int dn = tui_wrapped_rows(w - 4, 4, tui_damaged_text(dmg, sizeof dmg));

		if (dn < 1)
			dn = 1;
		if (rows - dn >= 2) {
			rows -= dn;
			tui_draw_wrapped(y + h - 1 - dn, x + 2, w - 4, dn, dmg, tui_attr_error());
		}
	}
	snprintf(title, sizeof title, "%s: %s - %s", _("Donors by giving"),
	    tui_fmt_date(g->from, a, sizeof a), tui_fmt_date(g->to, b, sizeof b));
	tui_sel_keep(g->sel, &g->top, g->n, (size_t)rows);
	{
		/* the heading in the box, which of the rows are shown at its
		 * far end when not all fit */
		char range[96];
		int rw = tui_text_width(tui_fmt_range(g->top, (size_t)rows, g->n, range, sizeof range));
		int tw = rw ? w - 4 - rw - TUI_COL_GAP : w - 4;
		struct tui_col hh[2] = {
			{ rw ? tw : 0, title, 0 }, { 0, range, 0 },
		};
		size_t at = strlen(title);

		/* the one county of the rows (a clerk's too; none if his
		 * user has none: he reads no donor, which the list says),
		 * set apart from the period by 4 spaces, 2 when that would
		 * cut it (a Tabriz clerk's at 64 columns) */
		if (one != NULL && strcmp(one, TUI_NO_COUNTY) != 0) {
			snprintf(title + at, sizeof title - at, "    %s: %s", _("County"),
			    tui_county_name(one));
			if (tui_text_width(title) > tw)
				snprintf(title + at, sizeof title - at, "  %s: %s", _("County"),
				    tui_county_name(one));
			/* nor so (64 columns, the rows' range beside it): the
			 * period and the county, the list's name (what F7
			 * opened) left out, as the county is said nowhere
			 * else */
			if (tui_text_width(title) > tw)
				snprintf(title, sizeof title, "%s - %s  %s: %s", a, b, _("County"),
				    tui_county_name(one));
		}

		tui_cols_draw_gap(y + 1, x + 2, w - 4, hh, rw ? 2 : 1, TUI_COL_GAP, A_BOLD);
	}
	heads[0] = _("Name");
	/* the name takes what the figures leave, the name first from the
	 * start side (the right in Persian); the figures' headings as
	 * their widths let them be (givers_widths) */
	nw = givers_widths(hon, g, w - 4, heads, cw);
	{
		struct tui_col hd[5] = {
			{ nw, heads[0], 0 }, { cw[0], heads[1], 0 }, { cw[1], heads[2], 0 },
			{ cw[2], heads[3], 0 }, { cw[3], heads[4], 0 },
		};

		if (nc == 4)
			memmove(&hd[1], &hd[2], 3 * sizeof hd[0]);
		tui_cols_draw_gap(y + 2, x + 2, w - 4, hd, nc, TUI_COL_GAP, A_UNDERLINE);
	}
	for (k = g->top; k < g->n && k < g->top + (size_t)rows; k++) {
		const struct giver *v = &g->v[k];
		char name[sizeof v->name * 2 + 200], full[sizeof v->name * 2], mark[160];
		char nm[32], last[64];
		int here = hon->has(hon->ctx, v->h.donor);
		const char *f[4];
		struct tui_col c[5];

		giver_figs(hon, v, f, paid, sizeof paid, nm, sizeof nm, last, sizeof last);
		c[0] = (struct tui_col){ nw, name, 0 };
		c[1] = (struct tui_col){ cw[0], f[0], 0 };
		c[2] = (struct tui_col){ cw[1], f[1], 1 };
		c[3] = (struct tui_col){ cw[2], f[2], 1 };
		c[4] = (struct tui_col){ cw[3], f[3], !here };
		if (nc == 4)
			memmove(&c[1], &c[2], 3 * sizeof c[0]);
		/* the marks kept whole, the name cut before them, in its
		 * middle: its start and its end (a family name, the town of
		 * a charity) both read, as the payments' saved line cuts it */
		mark[0] = '\0';
		if (v->inactive)
			snprintf(mark, sizeof mark, " (%s)", _("inactive"));
		tui_fmt_text(full, sizeof full, v->name);
		tui_fit_middle(full, nw - tui_text_width(mark) > 4 ? nw - tui_text_width(mark) : 4,
		    name, sizeof name);
		snprintf(name + strlen(name), sizeof name - strlen(name), "%s", mark);
		tui_cols_draw_gap(y + 3 + (int)(k - g->top), x + 2, w - 4, c, nc, TUI_COL_GAP,
		    (k == g->sel ? A_REVERSE : A_NORMAL) |
		    (v->inactive ? tui_attr_inactive() : here ? A_DIM : 0));
	}
	if (g->error[0])
		tui_draw_ui(y + 4, x + 2, w - 4, g->error, tui_attr_error());
	else if (g->n == 0 && !g->damaged)
		tui_draw_ui(y + 4, x + 2, w - 4, _("No donor paid or made a non-material pledge in this period."), A_DIM);
	tui_fkeys_draw(LINES - 1, keys);
	refresh();
}

/* (screens.h) The donors by what they gave in the 365 days up to h->on,
 * in a popup; Enter adds the selected one (h->add) and the list stays
 * open for the next, F3 changes the period, F4 the county (not a
 * clerk's).  Read once per period or county (store_honour_gather: each
 * payment, pledge and ceremony read once). */
void
tui_honour_by_giving(const struct tui_honour *h)
{
	struct givers g;
	char code[CORE_COUNTY_MAX], rc_county[CORE_COUNTY_MAX], id[CORE_ID_MAX];
	const struct tui_fkey *keys;
	int key, act, clerk;

	memset(&g, 0, sizeof g);
	g.to = h->on;
	g.from = g.to - 364;	/* 365 days with the ceremony's */
	clerk = tui_read_county(rc_county, sizeof rc_county) != NULL;
	if (clerk)
		loc_utf8_copy(g.mine, sizeof g.mine, rc_county);
	keys = clerk ? giver_keys_clerk : giver_keys;
	givers_load(&g, h->cid);
	for (;;) {
		givers_draw(h, &g, keys);
		key = tui_screen_key();
		if (key == TUI_KEY_NONE || key == TUI_KEY_RESIZE)
			continue;
		act = tui_key_action(key);
		if (key == TUI_KEY_ENTER) {
			/* added (h->add: in a ceremony as F5 adds him, on
			 * the form into its donors field); the list stays
			 * open for the next, him marked «this one», the note
			 * line under it saying so; one already in the
			 * ceremony is only selected there */
			if (g.n == 0 || h->has(h->ctx, g.v[g.sel].h.donor) || h->full(h->ctx))
				continue;
			loc_utf8_copy(id, sizeof id, g.v[g.sel].h.donor);
			if (!h->add(h->ctx, id))	/* gone meanwhile */
				break;
			g.fig_measured = 0;	/* «this one» in his row now */
			continue;
		}
		if (act == TUI_ACT_BACK)
			break;
		if (act == TUI_ACT_HELP) {
			struct tui_screen hs;
			/* the longest, the form's in Persian with both
			 * sentences of one county and short headings, about
			 * 2600 bytes */
			char help[3600], one[400];
			const char *oc = givers_one_county(&g);

			/* a list of one county says why it has no county
			 * column (the county in its title), naming it; a
			 * clerk of none reads no donor, which the list says */
			one[0] = '\0';
			if (oc != NULL && strcmp(oc, TUI_NO_COUNTY) != 0)
				snprintf(one, sizeof one, _(g.county[0] ? giver_help_filter : giver_help_mine),
				    tui_county_name(oc));
			/* what Enter does with a donor, an inactive one
			 * too, is the place's: asked about in a ceremony,
			 * warned about under the form's field */
			memset(&hs, 0, sizeof hs);
			hs.fkeys = keys;
			snprintf(help, sizeof help, "%s\n%s%s%s%s%s\n%s%s%s", _(giver_help),
			    g.heads_short ? _(giver_help_short) : "", g.heads_short ? "\n" : "",
			    one, one[0] ? "\n" : "", _(h->enter_help), _(giver_help_keys),
			    h->help != NULL ? "\n" : "", h->help != NULL ? _(h->help) : "");
			hs.help = help;
			tui_help(&hs);
			continue;
		}
		if (key == TUI_KEY_F(3)) {
			if (givers_period(&g))
				givers_load(&g, h->cid);
			continue;
		}
		if (key == TUI_KEY_F(4) && !clerk) {
			if (tui_county_pick_all(_("County"), _("All counties"), g.county, code)) {
				loc_utf8_copy(g.county, sizeof g.county, code);
				g.sel = g.top = 0;
				givers_load(&g, h->cid);
			}
			continue;
		}
		/* a page: givers_draw's rows */
		tui_sel_scroll(act, &g.sel, &g.top, g.n,
		    (size_t)(LINES - 8 - h->note_rows > 1 ? LINES - 8 - h->note_rows : 1));
	}
	free(g.v);
}

/* tui_honour_by_giving's callbacks in a ceremony: its donors, the 500
 * said (ceremony_full), and a donor added as F5 adds him. */
static int
open_has(void *ctx, const char *id)
{
	return in_ceremony(ctx, id);
}

static int
open_full(void *ctx)
{
	return ceremony_full(ctx);
}

static int
open_add(void *ctx, const char *id)
{
	struct recog *r = ctx;

	add_donor_id(r, id);
	/* the ceremony as written: its donors, and the revision the next
	 * add writes on */
	if (r->gen != tui_list_generation)
		recog_load(r);
	return r->open >= 0;
}

/* F7 in a ceremony: the donors by what they gave in the year before it
 * (tui_honour_by_giving), Enter adding one as F5 does. */
static void
honour_by_giving(struct recog *r)
{
	struct tui_honour h;

	if (!may_change_open(r) || ceremony_full(r))	/* as F5 */
		return;
	h.on = r->c[r->open].on;
	h.cid = r->cid;
	h.has = open_has;
	h.full = open_full;
	h.add = open_add;
	h.ctx = r;
	h.enter_help = giver_enter_ceremony;
	h.help = NULL;
	h.note_rows = 1;	/* recog_draw's note */
	tui_honour_by_giving(&h);
}

static enum tui_result
recog_event(struct tui_screen *s, int key)
{
	struct recog *r = s->data;
	int inside = r->open >= 0, act;
	int *sel = inside ? &r->dsel : &r->sel;
	size_t n = (size_t)(inside ? r->nd : r->nc), k = (size_t)*sel;

	if (key == TUI_KEY_F(5)) {
		if (inside)
			add_donor(r);
		else
			new_ceremony(r, NULL);
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(6)) {
		write_letter(r);
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(7)) {
		if (inside)
			honour_by_giving(r);
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(8)) {
		if (inside)
			remove_donor(r);
		return TUI_HANDLED;
	}
	act = tui_key_action(key);
	if (tui_sel_scroll(act, &k, inside ? &r->dtop : &r->ctop, n,
	    inside ? r->dpage : r->cpage)) {
		*sel = (int)k;
		return TUI_HANDLED;
	}
	switch (act) {
	case TUI_ACT_OPEN:
		if (!inside && r->nc > 0) {
			loc_utf8_copy(r->cid, sizeof r->cid, r->c[r->sel].id);
			r->dsel = 0;
			r->dtop = 0;
			r->note[0] = r->note_path[0] = '\0';
			r->loaded = 0;
		}
		return TUI_HANDLED;
	case TUI_ACT_BACK:
		if (inside && !r->direct) {
			r->cid[0] = '\0';
			r->open = -1;
			r->note[0] = r->note_path[0] = '\0';
			r->loaded = 0;
			return TUI_HANDLED;
		}
		return TUI_CLOSE;
	default:
		return TUI_IGNORED;
	}
}

static void
recog_destroy(struct tui_screen *s)
{
	struct recog *r = s->data;

	free(r->c);
	free(r->d);
	tui_screen_free(s);
}

/* SIGHUP/SIGTERM: the ceremony being typed is kept. */
static void
recog_save(struct tui_screen *s)
{
	struct recog *r = s->data;

	tui_seq_save(&r->seq);
}

/* The start took up the draft of a new ceremony: over the list of
 * ceremonies, the prompts again. */
static void
ceremony_resume(const char *id, const char *draft)
{
	struct tui_screen *s;
	struct recog *r;

	(void)id;
	if ((s = tui_recog_new()) == NULL)
		return;
	tui_screen_push(s);
	r = s->data;
	recog_load(r);
	new_ceremony(r, draft);
}

const struct tui_seq_kind tui_seq_ceremony = {
	"new-ceremony", CORE_RECOGNITION, N_("New ceremony"), ceremony_resume
};

struct tui_screen *
tui_recog_open(const char *id)
{
	struct tui_screen *s = tui_recog_new();

	if (s != NULL && id != NULL) {	/* opened by recog_load, as Enter does */
		snprintf(((struct recog *)s->data)->cid, CORE_ID_MAX, "%s", id);
		((struct recog *)s->data)->direct = 1;
	}
	return s;
}

struct tui_screen *
tui_recog_new(void)
{
	struct tui_screen *s = tui_screen_make(_("Recognition of donors"), sizeof(struct recog),
	    list_keys, recog_help);

	if (s == NULL)
		return NULL;
	((struct recog *)s->data)->open = -1;
	s->draw = recog_draw;
	s->event = recog_event;
	s->save = recog_save;
	s->destroy = recog_destroy;
	return s;
}
