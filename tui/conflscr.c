/*
 * tui/conflscr.c — the sync conflict queue (SPEC §10; issue 7): the records
 * that two databases changed while apart, and a person's decision on each.
 *
 * The list shows one row per record with open conflicts: its kind, id and
 * name, the station the other version came from, and how many fields
 * differ.  Enter opens the record: for each differing field its label,
 * this database's value and the other's, side by side, with a mark on the
 * value that will be kept.  Space (or Left/Right) moves the mark of the
 * selected field; F2 saves the marked mixture, as F2 saves a form (merge
 * field by field; logged as a merge even when the marks keep one side
 * whole), F3 keeps the other's version, F4 this database's; Esc or F10
 * with the marks changed asks first (marks_left).  Each decision asks first, is one
 * write (store_sync_resolve), goes out in the next bundle like any change,
 * and leaves the losing version in the queue marked as decided, so nothing
 * is lost.  A suspected duplicate (one national or legal id registered at
 * two stations, store/sync.c) shows the earlier record and the later one
 * side by side; F4 keeps the earlier, F3 the later, F2 the earlier with the
 * marked values of the later, and the other record is retired (inactive,
 * without the shared id).  A record that several databases edited while
 * apart waits with several versions: the list says how many, and the
 * record's page shows one at a time (PgDn, PgUp), each against the version
 * in use, and decides the one shown only (store_sync_resolve_entry); the
 * next is then shown against what that decision made.  Values are drawn
 * through tui/draw.c (control characters and bidi
 * overrides as placeholders); resolving needs the sync right of the access
 * policy, which the store enforces as well.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/access.h"
#include "core/hlc.h"
#include "core/merge.h"
#include "core/rank.h"
#include "core/record.h"
#include "core/validate.h"
#include "locale/catalog.h"
#include "locale/strbuf.h"
#include "locale/text.h"
#include "store/store.h"
#include "store/sync.h"
#include "store/users.h"
#include "tui/bundle.h"
#include "tui/form.h"
#include "tui/identity.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/screens.h"

struct cfl {
	enum core_kind kind;
	char id[CORE_ID_MAX];
	char caption[160];
	char from[CORE_STATION_MAX + 1];	/* station of the other version
						   (other.origin) */
	int kept_local;			/* this database's version is the stored one */
	int dup;			/* a duplicate: holder[0] two records both kept
					   (mine the earlier, theirs this later one);
					   else an older entry, the other version
					   refused */
	char holder[CORE_ID_MAX];	/* dup: the earlier record */
	struct core_version local;	/* this database's version: of the
					   first column (store_sync_conflict_mine_version) */
	struct core_version remote;	/* the incoming version of the entry */
	struct core_version other;	/* the version of the second column
					   (store_sync_conflict_versions) */
	struct core_record *mine, *theirs;
	unsigned diff;			/* fields that differ */
	int ndiff;
	int known;			/* the version both last agreed on is
					   known here (store_sync_conflict_base) */
	unsigned mine_ch, theirs_ch;	/* known: fields each side changed since */
	char by_mine[32][CORE_STATION_MAX + 1];	/* known: the station that made */
	char by_theirs[32][CORE_STATION_MAX + 1];	/* each change (sync.h) */
	int mine_del, theirs_del;	/* each side has the record deleted */
	char one[CORE_STATION_MAX + 1];	/* the station whose two databases made
					   the two versions, "" if not so
					   (tui_conflict_one_station) */
	int apart;			/* two records made apart under one number
					   (store_sync_conflict_apart) */
	int others;			/* a duplicate: the record's other entries,
					   which its decision closes too */
	char key[128];			/* the queue entry shown (store_conflict) */
	int ver, nver;			/* its place among the record's waiting
					   versions, newest incoming first, and
					   how many wait */
};

struct confl_scr {
	struct cfl *v;			/* every waiting version (entry) */
	size_t n, cap;
	size_t *rows;			/* the list: each record's first entry in v */
	size_t nrows;
	size_t sel, top;		/* in rows */
	size_t cur;			/* detail: the entry shown, in v */
	enum core_kind back_kind;	/* detail: the record to show again after */
	char back_id[CORE_ID_MAX];	/* a decision, if versions still wait */
	int loaded;
	unsigned gen;
	char err[512];
	char refused[512];		/* the policy's sentence: no sync right */
	char note[600];			/* the last decision, until the next key */
	size_t note_at;			/* its decision's start (0: none), which
					   starts a row of its own where the
					   note takes more than one */
	int note_rows;			/* the rows the page gives the note */
	int detail;			/* 1: one record's fields */
	int fsel;			/* selected differing field (0-based among them) */
	unsigned take;			/* fields marked to take from theirs */
	unsigned take0;			/* the marks as the entry opened */
	struct store_txn *t;		/* during load only */
};

static const struct tui_fkey list_keys[] = {
	{ 1, N_("Help"), 0 }, { 6, N_("Keys"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

/* The list's bar for a user who may not decide conflicts (the screen says
 * why): F6 would only open the sync keys' screen to say the same. */
static const struct tui_fkey refused_keys[] = {
	{ 1, N_("Help"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

static const struct tui_fkey detail_keys[] = {
	{ 1, N_("Help"), 0 }, { 2, N_("Save"), TUI_FKEY_WRITE }, { 3, N_("Keep theirs"), TUI_FKEY_WRITE },
	{ 4, N_("Keep mine"), TUI_FKEY_WRITE }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

static const struct tui_fkey dup_keys[] = {
	{ 1, N_("Help"), 0 }, { 2, N_("Earlier, marked"), TUI_FKEY_WRITE }, { 3, N_("Keep later"), TUI_FKEY_WRITE },
	{ 4, N_("Keep earlier"), TUI_FKEY_WRITE }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

/* A suspected duplicate whose two records hold the same values: no value
 * to mark, so no F2 ("Earlier, marked"); F4 and F3 settle it, as the foot
 * says.  Before, the bar offered F2 there too, which merged nothing and
 * wrote the decision as a merge. */
static const struct tui_fkey dup_same_keys[] = {
	{ 1, N_("Help"), 0 }, { 3, N_("Keep later"), TUI_FKEY_WRITE },
	{ 4, N_("Keep earlier"), TUI_FKEY_WRITE }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

/* A conflict of one record whose two versions hold the same values (both
 * stations made the same edit while apart), neither deleted where the
 * other is, nor two records under one number: nothing to mark, so no F2
 * ("Save" the marks); F4 or F3 closes it, as the foot says.  Before, the
 * bar offered F2 there too, which merged nothing and wrote the decision
 * as a merge. */
static const struct tui_fkey same_keys[] = {
	{ 1, N_("Help"), 0 }, { 3, N_("Keep theirs"), TUI_FKEY_WRITE },
	{ 4, N_("Keep mine"), TUI_FKEY_WRITE }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

/* Whether it is a suspected duplicate (two records, both kept) whose
 * records hold the same values: nothing to mark (dup_same_keys). */
static int
dup_same(const struct cfl *it)
{
	return it->dup && it->holder[0] && it->ndiff == 0;
}

/* Whether it is one record's two versions holding the same values, in
 * being deleted too, and not two records made apart: nothing to mark
 * (same_keys). */
static int
one_same(const struct cfl *it)
{
	return !(it->dup && it->holder[0]) && it->ndiff == 0 && it->mine_del == it->theirs_del &&
	    !it->apart;
}

static const char confl_help[] = N_(
    "Records that this database and another changed while apart.\n"
    "Enter opens one: each field that differs, this database's value and\n"
    "the other's.  Space or the arrows Left/Right choose which to keep;\n"
    "Enter shows both values in full.  A star marks a value its side changed\n"
    "since the two last agreed; the marks start on those, so F2 keeps the\n"
    "changes of both (a field both changed: the version in use).\n"
    "F2 saves the chosen fields of each, F3 keeps the other's version, F4\n"
    "this database's.  The version not kept stays in the queue as decided.\n"
    "A record edited at three places waits with several versions: PgDn\n"
    "and PgUp show each, and each is decided in its turn.\n"
    "In the list, F6 opens this station's sync key and the stations it\n"
    "trusts.  F10 goes back, asking first if you changed the marks.");

/* F1 in the detail of two records made apart under one number (a station
 * installed afresh): what to do, as README says it. */
static const char confl_help_apart[] = N_(
    "These two versions are two different records under one number: a\n"
    "station installed afresh typed a new record under a number that HQ\n"
    "holds for another, and sent it before HQ's bundle reached it.\n"
    "No decision keeps both, and F2 would mix two people into one.\n"
    "Keep one (F3 or F4), then type the other again as a new record (it\n"
    "gets a new number): its values are here and, once decided, in the\n"
    "record's audit log.  Pledges and ceremonies name the number, not the\n"
    "person: look at them, and move the other's to the new record.\n"
    "F10 goes back.");

int
tui_conflicts_allowed(char *why, size_t n)
{
	const struct store_identity *me = store_users_identity(tui_app.st);
	struct core_access acc;

	if (me == NULL || core_access_check(&me->actor, CORE_ACCESS_SYNC, NULL, NULL, &acc))
		return 1;
	/* the sync right, but said of what was asked: deciding, not exchanging
	 * bundles (an auditor's refusal says he only reads, as everywhere) */
	if (why != NULL && acc.why == CORE_ACCESS_ROLE)
		snprintf(why, n, "%s", _("Only provincial HQ or the administrator can decide sync conflicts."));
	else if (why != NULL)
		tui_access_message(&acc, why, n);
	return 0;
}

static void
items_free(struct confl_scr *c)
{
	size_t i;

	for (i = 0; i < c->n; i++) {
		core_record_free(c->v[i].mine);
		core_record_free(c->v[i].theirs);
	}
	free(c->v);
	c->v = NULL;
	c->n = c->cap = 0;
	free(c->rows);
	c->rows = NULL;
	c->nrows = 0;
}

/* store_sync_conflicts callback: one item per record (a decision resolves
 * all its entries). */
static int
add_conflict(const struct store_conflict *q, void *ctx)
{
	struct confl_scr *c = ctx;
	struct cfl *it, *nv;
	int rc, others = 0;

	/* A record with several queued versions (three databases edited it)
	 * gives one item per version, each decided in its turn
	 * (store_sync_resolve_entry); but a suspected duplicate, settled
	 * between two records, shows once, with its entry, and its decision
	 * closes the record's other entries (store_sync_resolve). */
	if (c->n > 0 && c->v[c->n - 1].kind == q->kind && strcmp(c->v[c->n - 1].id, q->id) == 0 &&
	    ((c->v[c->n - 1].dup && c->v[c->n - 1].holder[0]) || (q->dup && q->holder[0]))) {
		it = &c->v[c->n - 1];
		others = it->others + 1;
		if (it->dup && it->holder[0]) {
			it->others = others;
			return 0;
		}
		core_record_free(it->mine);
		core_record_free(it->theirs);
		c->n--;
	} else if (c->n == c->cap) {
		size_t ncap = c->cap ? c->cap * 2 : 32;

		if ((nv = realloc(c->v, ncap * sizeof *nv)) == NULL)
			return STORE_ENOMEM;
		c->v = nv;
		c->cap = ncap;
	}
	it = &c->v[c->n];
	memset(it, 0, sizeof *it);
	it->others = others;
	it->kind = q->kind;
	loc_utf8_copy(it->key, sizeof it->key, q->key);
	loc_utf8_copy(it->id, sizeof it->id, q->id);
	it->kept_local = q->dup || !q->loser_is_local;
	it->dup = q->dup;
	it->remote = q->remote.version;
	/* the versions of the two columns, to name the station of each: the
	 * record in use, one side, may be a third station's version that won
	 * since the entry was made (the second waiting version of a record) */
	if ((rc = store_sync_conflict_versions(c->t, q, tui_app.station, &it->local, &it->other)) != 0)
		return rc;
	loc_utf8_copy(it->from, sizeof it->from, it->other.origin);
	tui_conflict_one_station(q, &it->local, &it->other, tui_app.station, it->one);
	loc_utf8_copy(it->holder, sizeof it->holder, q->holder);
	if ((rc = store_sync_conflict_sides(c->t, q, &it->mine, &it->theirs)) != 0)
		return rc;
	it->ndiff = core_merge_diff(it->mine, it->theirs, &it->diff);
	if (it->ndiff < 0)
		it->ndiff = 0;
	if (it->dup && it->holder[0] && (it->diff & 1u)) {
		it->diff &= ~1u;	/* two records: their ids differ, of course */
		it->ndiff--;
	}
	if ((rc = store_sync_conflict_deleted(c->t, q, &it->mine_del, &it->theirs_del)) != 0)
		return rc;
	if ((rc = store_sync_conflict_apart(c->t, q)) < 0)
		return rc;
	it->apart = rc == 1;
	{
		/* which side changed what since they last agreed: the marks
		 * start on each side's own changes, so F2 loses neither */
		if ((rc = store_sync_conflict_changed(c->t, q, it->mine, it->theirs, &it->mine_ch,
		    &it->theirs_ch)) < 0)
			return rc;
		it->known = rc == 1;
		/* and who made them: a side is not one station's (at HQ the
		 * version set aside may be TBZ's, the one in use MRG's with
		 * an edit made here since) */
		if (it->known && (rc = store_sync_conflict_by(c->t, q, it->mine_ch, it->theirs_ch,
		    it->by_mine, it->by_theirs)) < 0)
			return rc;
	}
	c->n++;
	return 0;
}

static int
item_cmp(const void *a, const void *b)
{
	const struct cfl *x = a, *y = b;
	int r;

	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	if ((r = core_rank_id_cmp(x->id, y->id)) != 0)	/* TBZ-2 before TBZ-10 */
		return r;
	if (strcmp(x->id, y->id) != 0)
		return strcmp(x->id, y->id);
	/* a record's versions: the newest incoming first */
	return -core_version_cmp(&x->remote, &y->remote);
}

/* The list's rows, one per record (its first entry), and each entry's
 * place among its record's.  Returns 0 or STORE_ENOMEM. */
static int
make_rows(struct confl_scr *c)
{
	size_t i, j;

	free(c->rows);
	c->nrows = 0;
	if ((c->rows = malloc((c->n > 0 ? c->n : 1) * sizeof *c->rows)) == NULL)
		return STORE_ENOMEM;
	for (i = 0; i < c->n; i = j) {
		for (j = i + 1; j < c->n && c->v[j].kind == c->v[i].kind &&
		    strcmp(c->v[j].id, c->v[i].id) == 0; j++)
			;
		c->rows[c->nrows++] = i;
		for (size_t k = i; k < j; k++) {
			c->v[k].ver = (int)(k - i);
			c->v[k].nver = (int)(j - i);
		}
	}
	return 0;
}

/* The marks of the entry shown, as it opens: each side's own changes,
 * where they are known (a field both changed: the version in use); else
 * what is in use now. */
static void
start_marks(struct confl_scr *c)
{
	const struct cfl *it = &c->v[c->cur];

	c->fsel = 0;
	c->take = it->known ? core_merge_pick(it->diff, it->mine_ch, it->theirs_ch,
	    !it->kept_local) : it->kept_local ? 0 : it->diff;
	c->take0 = c->take;
}

/* The entry shown in the detail view. */
static struct cfl *
shown(struct confl_scr *c)
{
	return c->cur < c->n ? &c->v[c->cur] : NULL;
}

static void
load(struct confl_scr *c)
{
	size_t i;
	int rc;

	items_free(c);
	c->err[0] = c->refused[0] = '\0';
	c->loaded = 1;
	c->gen = tui_list_generation;
	/* The queue holds records of every county: it is for those who may
	 * exchange bundles (hq, admin), as the decisions are theirs. */
	if (!tui_conflicts_allowed(c->refused, sizeof c->refused)) {
		c->detail = 0;
		return;
	}
	if ((rc = store_read_begin(tui_app.st, &c->t)) == 0) {
		rc = store_sync_conflicts(c->t, 0, add_conflict, c);
		store_read_end(c->t);
	}
	c->t = NULL;
	if (rc != 0)
		tui_identity_why(tui_app.st, rc, c->err, sizeof c->err);
	/* by kind, then by id as a station and a number (TBZ-2 before TBZ-10) */
	if (c->n > 1)
		qsort(c->v, c->n, sizeof *c->v, item_cmp);
	for (i = 0; i < c->n; i++)
		tui_record_caption(c->v[i].kind, c->v[i].id, c->v[i].caption, sizeof c->v[i].caption);
	if (make_rows(c) != 0 && c->err[0] == '\0')
		tui_identity_why(tui_app.st, STORE_ENOMEM, c->err, sizeof c->err);
	if (c->sel >= c->nrows)
		c->sel = c->nrows > 0 ? c->nrows - 1 : 0;
	/* after a decision on one of several versions: the record again, at
	 * its next waiting version, if one is left */
	if (c->back_id[0] != '\0') {
		c->detail = 0;
		for (i = 0; i < c->nrows; i++)
			if (c->v[c->rows[i]].kind == c->back_kind &&
			    strcmp(c->v[c->rows[i]].id, c->back_id) == 0) {
				c->sel = i;
				c->cur = c->rows[i];
				c->detail = 1;
				start_marks(c);
				break;
			}
		c->back_id[0] = '\0';
	}
	if (c->detail && c->cur >= c->n)
		c->detail = 0;
	if (c->nrows == 0)
		c->detail = 0;
}

/* The index of the k-th differing field of it, or -1. */
static int
diff_field(const struct cfl *it, int k)
{
	const struct core_schema *s = core_schema_get(it->kind);
	size_t i;

	for (i = 0; i < s->nfields; i++)
		if ((it->diff & (1u << i)) && k-- == 0)
			return (int)i;
	return -1;
}

/* The least room the list's names keep before a column goes. */
#define LIST_NAME_MIN 16

/* The widths of the list's columns (kind, id, from, fields, versions,
 * name) into w, -1 for a column not shown: each as wide as its heading
 * or its widest value, the name the rest.  Where the name would have
 * fewer than LIST_NAME_MIN cells (or its widest, if less), the least
 * telling columns go first: how many versions, how many fields, the
 * station, the kind; the record's id and name stay.  Returns the name's
 * width.  Before, the fixed
 * widths (14, 12, 10, 8, 8) filled 40 and 50 columns and the name had
 * none. */
static int
list_widths(const struct confl_scr *c, int *w)
{
	static const int drop[4] = { 4, 3, 2, 0 };
	const char *hs[5] = { _("Kind"), _("Id"), _("From"), _("Fields"), _("Versions") };
	int k, room, name = tui_text_width(_("Name")), used, d;
	size_t i;

	for (k = 0; k < 5; k++)
		w[k] = tui_text_width(hs[k]);
	for (i = 0; i < c->nrows; i++) {
		const struct cfl *it = &c->v[c->rows[i]];
		char num[32];
		int v[5], n;

		v[0] = tui_text_width(_(core_schema_get(it->kind)->label));
		v[1] = tui_text_width(it->id);
		v[2] = tui_text_width(it->from[0] ? it->from : "?");
		v[3] = snprintf(num, sizeof num, "%d", it->ndiff);
		v[4] = snprintf(num, sizeof num, "%d", it->nver);
		for (k = 0; k < 5; k++)
			if (v[k] > w[k])
				w[k] = v[k];
		if ((n = tui_text_width(it->caption)) > name)
			name = n;
	}
	if (name > LIST_NAME_MIN)
		name = LIST_NAME_MIN;
	for (d = 0; ; d++) {
		for (used = 0, k = 0; k < 5; k++)
			if (w[k] >= 0)
				used += w[k] + TUI_COL_GAP;
		room = COLS - 2 - used;
		if (room >= name || d == 4)
			break;
		w[drop[d]] = -1;
	}
	w[5] = 0;	/* the rest */
	return room;
}

/* The rows the status line (c->note) takes at w cells: one if it fits,
 * else its record on the first and its decision (from c->note_at) broken
 * between words over up to two more, or, a note of no decision, the
 * whole broken over up to three.  Before, it was cut at its end, the
 * decision with it, at 40 columns. */
static int
note_rows(const struct confl_scr *c, int w)
{
	if (c->note[0] == '\0')
		return 0;
	if (tui_text_width(c->note) <= w)
		return 1;
	if (c->note_at > 0)
		return 1 + tui_wrapped_rows(w, 2, c->note + c->note_at);
	return tui_wrapped_rows(w, 3, c->note);
}

/* Draws the status line over the page's last n rows, from row y on. */
static void
note_draw(const struct confl_scr *c, int y, int n)
{
	int w = COLS - 2, r;

	for (r = 0; r < n; r++)
		tui_draw_blank(y + r, 1, w, A_NORMAL);
	if (n <= 1 || tui_text_width(c->note) <= w) {
		tui_draw_ui(y + n - 1, 1, w, c->note, A_BOLD);
	} else if (c->note_at > 0 && c->note_at < sizeof c->note) {
		char head[sizeof c->note];
		size_t k = c->note_at;

		while (k > 0 && c->note[k - 1] == ' ')
			k--;
		memcpy(head, c->note, k);
		head[k] = '\0';
		tui_draw_ui(y, 1, w, head, A_BOLD);
		tui_draw_wrapped(y + 1, 1, w, n - 1, c->note + c->note_at, A_BOLD);
	} else {
		tui_draw_wrapped(y, 1, w, n, c->note, A_BOLD);
	}
}

static void
draw_list(struct confl_scr *c, int top, int rows)
{
	char head[256], num[32], cnt[32], from[64];
	/* the last row (or the rows it takes): the status line */
	int r, body = rows - 3 - (c->note_rows > 1 ? c->note_rows : 1);
	int cw[6], namew;
	size_t i;

	if (c->refused[0] != '\0') {
		tui_draw_wrapped(top + 1, 2, COLS - 4, rows - 2, c->refused, tui_attr_error());
		return;
	}
	snprintf(num, sizeof num, "%zu", c->nrows);
	tui_fmt_digits(num, sizeof num);
	snprintf(head, sizeof head, _("Open sync conflicts: %s"), num);
	tui_draw_ui(top, 1, COLS - 2, head, tui_attr_label());
	if (c->err[0] != '\0') {
		tui_draw_wrapped(top + 2, 2, COLS - 4, rows - 2, c->err, tui_attr_error());
		return;
	}
	if (c->nrows == 0) {
		tui_draw_ui(top + 2, 2, COLS - 4, _("No open conflicts: every change has been settled."), A_NORMAL);
		return;
	}
	namew = list_widths(c, cw);
	{
		const char *hs[6] = { _("Kind"), _("Id"), _("From"), _("Fields"), _("Versions"), _("Name") };
		struct tui_col h[6];
		int n = 0, k;

		for (k = 0; k < 6; k++)
			if (cw[k] >= 0)
				h[n++] = (struct tui_col){ cw[k], hs[k], 0 };
		tui_cols_draw_gap(top + 2, 1, COLS - 2, h, n, TUI_COL_GAP, A_BOLD);
	}
	if (body < 1)
		body = 1;
	if (c->sel < c->top)
		c->top = c->sel;
	if (c->sel >= c->top + (size_t)body)
		c->top = c->sel - (size_t)body + 1;
	for (r = 0, i = c->top; r < body && i < c->nrows; r++, i++) {
		const struct cfl *it = &c->v[c->rows[i]];
		char nv[32];

		snprintf(cnt, sizeof cnt, "%d", it->ndiff);
		tui_fmt_digits(cnt, sizeof cnt);
		snprintf(nv, sizeof nv, "%d", it->nver);
		tui_fmt_digits(nv, sizeof nv);
		loc_utf8_copy(from, sizeof from, it->from[0] ? it->from : "?");
		{
			char nm[sizeof it->caption + 8];
			/* the name cut at a word's start (tui_fit_words) */
			const char *vs[6] = { _(core_schema_get(it->kind)->label), it->id, from, cnt, nv,
			    tui_fit_words(it->caption, namew, nm, sizeof nm) };
			static const int ltr[6] = { 0, 1, 1, 1, 1, 0 };
			struct tui_col col[6];
			int n = 0, k;

			for (k = 0; k < 6; k++)
				if (cw[k] >= 0)
					col[n++] = (struct tui_col){ cw[k], vs[k], ltr[k] };
			tui_cols_draw_gap(top + 3 + r, 1, COLS - 2, col, n, TUI_COL_GAP,
			    i == c->sel ? A_REVERSE : A_NORMAL);
		}
	}
}

/* The heading of side 0 (this database's, or the earlier record of a
 * duplicate) or 1 (the other's, or the later record) into buf; returns buf.
 * With w > 0, its column's width: a heading wider than that in a shorter
 * form (the column of this database's «اینجا», of TBZ's «TBZ», of an
 * earlier record its id), not cut («این پایگا…» at 40 columns). */
static const char *
side_head(const struct cfl *it, int side, int w, char *buf, size_t n)
{
	if (it->dup && it->holder[0])
		snprintf(buf, n, side == 0 ? _("Earlier: %s") : _("Later: %s"),
		    side == 0 ? it->holder : it->id);
	else if (side == 1 && it->from[0] != '\0')	/* whose it is, as the heading says */
		snprintf(buf, n, _("Version from %s"), it->from);
	else
		snprintf(buf, n, "%s", side == 0 ? _("This database") : _("The other"));
	if (w > 0 && tui_text_width(buf) > w) {
		if (it->dup && it->holder[0])
			snprintf(buf, n, "%s", side == 0 ? it->holder : it->id);
		else if (side == 1 && it->from[0] != '\0')
			snprintf(buf, n, "%s", it->from);
		else
			snprintf(buf, n, "%s", side == 0 ? _("Here") : _("The other"));
	}
	return buf;
}

/* Field f of r as the conflict screen shows it: as a form does, but a
 * list of records (a ceremony's donors) by their names, as the form shows
 * it when not edited (tui_refs_caption), not as ids.  Caller frees. */
static char *
value_shown(const struct core_record *r, int f)
{
	const struct core_field *fd = &core_schema_get(r->kind)->fields[f];
	char names[600];

	if (fd->type == CORE_FT_REFS && r->v[f].set) {
		tui_refs_caption(fd->ref, core_record_text(r, f), names, sizeof names);
		if (names[0] != '\0')
			return strdup(names);
	}
	return tui_value_display(r, f);
}

/* Which side changed field f of it since the two last agreed, and which
 * value of it is marked to keep now (theirs: the other's), as a sentence,
 * into buf; returns buf.  The marks start on the side that changed it;
 * once Space has moved a mark to the side that did not, the line says so
 * (before, it still said the change was marked to take). */
static const char *
changed_line(const struct cfl *it, int f, int theirs, char *buf, size_t n)
{
	int m = (it->mine_ch >> f) & 1, t = (it->theirs_ch >> f) & 1;
	const char *self = tui_app.station;
	/* the station that made each side's change: the version set aside
	 * may be a third station's, the one in use hold an edit made here */
	const char *bm = it->by_mine[f][0] ? it->by_mine[f] : self;
	const char *bt = it->by_theirs[f][0] ? it->by_theirs[f] : it->from[0] ? it->from : "?";
	const char *fr = it->from[0] ? it->from : "?";
	int hm = strcasecmp(bm, self) == 0, ht = strcasecmp(bt, self) == 0;
	/* one side changed it, and the mark is on the other side's value */
	int away = theirs != t;

	if (!it->known)
		snprintf(buf, n, "%s", _("Which side changed this field is not known here (a history from before this version)."));
	else if (m && t && hm && !ht)
		snprintf(buf, n, _("Changed here and at %s since they last agreed: choose which to keep."), bt);
	else if (m && t && hm)	/* both here: one side may be another database of this station's */
		snprintf(buf, n, "%s", _("Both sides changed it here since they last agreed: choose which to keep."));
	else if (m && t && strcasecmp(bm, bt) == 0)	/* not "at TBZ and at TBZ" */
		snprintf(buf, n, _("Both sides changed it at %s since they last agreed: choose which to keep."), bt);
	else if (m && t)
		snprintf(buf, n, _("Changed at %s and at %s since they last agreed: choose which to keep."),
		    bm, bt);
	else if (t && it->one[0] != '\0' && strcasecmp(bt, it->one) == 0)
		/* two databases of one station: its code tells no side */
		snprintf(buf, n, "%s", away ?
		    _("Only the incoming changed it since they last agreed, but this database's value is marked.") :
		    _("Only the incoming changed it since they last agreed: marked to take it."));
	else if (!t && it->one[0] != '\0' && strcasecmp(bm, it->one) == 0)
		snprintf(buf, n, "%s", away ?
		    _("Only this database's changed it since they last agreed, but the incoming value is marked.") :
		    _("Only this database's changed it since they last agreed: marked to keep it."));
	else if (t && ht)
		snprintf(buf, n, "%s", away ?
		    _("Changed here, in the version in use, since they last agreed, but the value set aside is marked.") :
		    _("Changed here, in the version in use, since they last agreed: marked to take it."));
	else if (t && away)
		snprintf(buf, n, _("Changed at %s only since they last agreed, but this database's value is marked."), bt);
	else if (t)
		snprintf(buf, n, _("Changed at %s only since they last agreed: marked to take theirs."), bt);
	else if (hm && away)
		snprintf(buf, n, _("Changed here only since they last agreed, but the value from %s is marked."), fr);
	else if (hm)
		snprintf(buf, n, "%s", _("Changed here only since they last agreed: marked to keep this database's."));
	else if (away)
		snprintf(buf, n, _("Changed at %s only since they last agreed, but the value from %s is marked."),
		    bm, fr);
	else
		snprintf(buf, n, _("Changed at %s only since they last agreed: marked to keep this database's."), bm);
	return buf;
}

/* The length of the first line of v in lines of w columns, broken
 * between words (tui_wrap_next), and the next line's start in *next:
 * the value's last line keeps star columns for its star (its side
 * changed it), the lines before it take all w. */
static size_t
next_line(const char *v, int w, int star, size_t *next)
{
	int vw = tui_text_width(v);

	if (vw <= w - star) {
		*next = strlen(v);
		return *next;
	}
	return tui_wrap_next(v, vw <= w && w - star >= 1 ? w - star : w, next);
}

/* The width of v's widest word (between spaces): what a line of it
 * cannot be narrower than without breaking a word (a figure). */
static int
widest_word(const char *v)
{
	char word[512];
	int most = 0, w;

	while (*v != '\0') {
		size_t len = strcspn(v, " ");

		if (len > 0 && len < sizeof word) {
			memcpy(word, v, len);
			word[len] = '\0';
			if ((w = tui_text_width(word)) > most)
				most = w;
		}
		v += len;
		while (*v == ' ')
			v++;
	}
	return most;
}

/* How many lines of w columns value v takes (next_line), at most max. */
static int
value_lines(const char *v, int w, int star, int max)
{
	size_t next;
	int n = 1;

	if (w < 1)
		return 1;
	while (n < max) {
		next_line(v, w, star, &next);
		if (v[next] == '\0')
			break;
		v += next;
		n++;
	}
	return n;
}

/* Line j of value v broken into lines of w columns (next_line), into buf
 * (n bytes); with last, the rest of the value from line j on, cut in
 * its middle if it is still wider (tui_fit_middle, star columns kept for
 * the star); "" past its end.  Returns 1 if this is the value's last
 * line shown (where its star goes). */
static int
value_line(const char *v, int w, int star, int j, int last, char *buf, size_t n)
{
	size_t len = 0, next = 0;
	int i;

	buf[0] = '\0';
	if (w < 1) {
		loc_utf8_copy(buf, n, v);
		return 1;
	}
	for (i = 0; i <= j; i++) {
		v += next;
		if (*v == '\0' && i > 0)
			return 0;	/* (a shorter value: nothing on this line) */
		len = next_line(v, w, star, &next);
	}
	if (last && v[next] != '\0') {
		tui_fit_middle(v, w - star, buf, n);
		if (tui_text_width(buf) > w - star && w - star > 1) {
			/* no cut in its middle fits (one long word): its
			 * start, and the ellipsis, the star in sight */
			len = tui_wrap_next(v, w - star - 1, &next);
			if (len + 4 > n)
				len = 0;
			memcpy(buf, v, len);
			memcpy(buf + len, "\xe2\x80\xa6", 4);
		}
		return 1;
	}
	if (len >= n)		/* (never a character cut in two) */
		for (len = n - 1; len > 0 && ((unsigned char)v[len] & 0xC0) == 0x80; len--)
			;
	memcpy(buf, v, len);
	buf[len] = '\0';
	return v[next] == '\0' || last;
}

/* Draws line at row y of the record's page: on one line if it fits, else
 * on two, broken between words, as long as the fields' lines (*body) keep
 * three after giving one; the page's lines (*rows) and *body then one
 * less.  Returns the lines it took. */
static int
wide_line(int y, const char *line, attr_t attr, int *rows, int *body)
{
	if (tui_text_width(line) <= COLS - 2 || *body <= 3 || tui_wrapped_rows(COLS - 2, 2, line) < 2) {
		tui_draw_ui(y, 1, COLS - 2, line, attr);
		return 1;
	}
	tui_draw_wrapped(y, 1, COLS - 2, 2, line, attr);
	(*rows)--;
	(*body)--;
	return 2;
}

static void
draw_detail(struct confl_scr *c, int top, int rows)
{
	const struct cfl *it = &c->v[c->cur];
	const struct core_schema *s = core_schema_get(it->kind);
	char head[512], line[512], tail[512], ha[128], hb[128], capbuf[512];
	const char *hint = _("Space or the arrows: the value to keep.  Enter: both in full."), *hint2 = NULL;
	char hint1[512];
	int nh = 1, nc = 1, cl;
	const char *capfit = "";
	int pass, r, k, f, body, lw, vw, rw, hx = 0, two = it->dup && it->holder[0], apart = 0;
	/* deleted on one side: the record's state, which no field shows, on
	 * a line of its own above the fields */
	int del = !two && it->mine_del != it->theirs_del;
	/* two records made apart under one number: a line of its own too */
	int ap = !two && it->apart;
	/* several waiting versions: which one this is, on a line of its own */
	int mv = it->nver > 1;
	/* this database's column is a version made here (not one a third
	 * station made, in use here since it won) */
	int here = it->local.origin[0] == '\0' || strcasecmp(it->local.origin, tui_app.station) == 0;
	/* made in two databases of one station (installed afresh or restored
	 * from a backup): "at TBZ and at TBZ" would say nothing */
	int twice = !two && it->one[0] != '\0';

	/* nothing to choose between (a duplicate registered alike at two
	 * stations, 0 fields listed): not "Space or the arrows: the value to
	 * keep", but which key settles it */
	if (it->ndiff == 0 && !del && !ap)
		hint = two ? _("Same values: F4 keeps the earlier, retires the later; F3 the reverse.") :
		    _("Same values: F4 or F3 closes the conflict.");
	body = rows - 6 - del - mv - ap;
	/* the field column as wide as the labels it shows (and its heading),
	 * the rest shared by the two values: a fixed 22 columns left most
	 * of it blank and cut values an 80-column screen had room for */
	lw = tui_text_width(_("Field"));
	for (k = 0; (f = diff_field(it, k)) >= 0; k++)
		if (tui_text_width(_(s->fields[f].label)) > lw)
			lw = tui_text_width(_(s->fields[f].label));
	if (lw > 22)
		lw = 22;
	/* (the columns: mark 2, field lw, this database's vw, gap 2, the
	 * other's rw, one blank between each) */
	vw = (COLS - 10 - lw) / 2;
	rw = COLS - 10 - lw - vw;
	/* a word of a value (a figure, «۳۰٬۰۰۰» and its star) wider than
	 * its column beside the labels: each field's label on a row of its
	 * own, its values on the rows under it across the label's column
	 * too, so that no figure is broken over rows (where the wider
	 * columns hold it).  Before, at 40
	 * columns a cost read «۳۰٬۰» over «۰۰ *». */
	for (k = 0; (f = diff_field(it, k)) >= 0 && !apart; k++) {
		char *a = value_shown(it->mine, f), *b = value_shown(it->theirs, f);
		int wa = widest_word(a != NULL && *a ? a : _("(empty)")) + 2 * (int)((it->mine_ch >> f) & 1);
		int wb = widest_word(b != NULL && *b ? b : _("(empty)")) + 2 * (int)((it->theirs_ch >> f) & 1);

		/* (only where that makes it fit: a link wider than either
		 * is broken inside it as before) */
		if ((wa > vw - 2 || wb > rw - 2) && wa <= (COLS - 9) / 2 - 2 && wb <= COLS - 9 - (COLS - 9) / 2 - 2)
			apart = 1;
		free(a);
		free(b);
	}
	if (apart) {	/* (mark 2, this database's vw, gap 2, the other's rw) */
		lw = 0;
		vw = (COLS - 9) / 2;
		rw = COLS - 9 - vw;
	}

	/* The heading: the record's name cut in its middle when the whole
	 * does not fit, so that what happened to it (changed here and at
	 * TBZ) stays in sight; before, a long need's title pushed it off the
	 * line.  Built once without the name to know the room it has.  Where
	 * even that leaves the name no room (below about 60 columns), the
	 * heading takes two lines, the name cut to what they hold, and the
	 * rest of the page moves down one; before, it was cut at its end
	 * there («...: هم اینجا…»), what happened to the record lost. */
	for (pass = 0; pass < 3; pass++) {
		const char *cap = pass == 0 ? "" : capfit;

		if (two)
			snprintf(head, sizeof head, _("%s %s (%s): a possible duplicate of %s"), _(s->label),
			    it->id, cap, it->holder);
		else if (twice && strcasecmp(it->one, tui_app.station) == 0)
			snprintf(head, sizeof head, _("%s %s (%s): changed in two databases of this station"),
			    _(s->label), it->id, cap);
		else if (twice)
			snprintf(head, sizeof head, _("%s %s (%s): changed in two databases of %s"),
			    _(s->label), it->id, cap, it->one);
		else if (here)
			snprintf(head, sizeof head, _("%s %s (%s): changed here and at %s"), _(s->label),
			    it->id, cap, it->from[0] ? it->from : "?");
		else	/* the version in use here came from a third station */
			snprintf(head, sizeof head, _("%s %s (%s): changed at %s and at %s"), _(s->label),
			    it->id, cap, it->local.origin, it->from[0] ? it->from : "?");
		if (pass == 0) {
			int bare = tui_text_width(head), room = COLS - 2 - bare;

			if (tui_text_width(it->caption) <= room) {
				capfit = it->caption;
				pass++;		/* one line, the name whole */
			} else if (room >= 8) {
				capfit = tui_fit_middle(it->caption, room, capbuf, sizeof capbuf);
				pass++;		/* one line, the name cut */
			} else {
				/* two lines: the name given what they hold,
				 * less what breaking between words may leave
				 * blank at the first line's end */
				room = 2 * (COLS - 2) - bare - 12;
				hx = 1;
				capfit = it->caption;
				if (tui_text_width(it->caption) > room)
					capfit = room >= 8 ? tui_fit_middle(it->caption, room, capbuf,
					    sizeof capbuf) : "\xe2\x80\xa6";
			}
		}
	}
	if (hx && tui_wrapped_rows(COLS - 2, 3, head) < 2)
		hx = 0;
	if (hx)	/* (narrower still: its second line is cut at its end) */
		tui_draw_wrapped(top, 1, COLS - 2, 2, head, tui_attr_label());
	else
		tui_draw_ui(top, 1, COLS - 2, head, tui_attr_label());
	top += hx;
	rows -= hx;
	body -= hx;
	if (two)
		snprintf(line, sizeof line, _("%s and %s hold the same national id; both stay until you decide."),
		    it->holder, it->id);
	else if (it->dup)
		loc_utf8_copy(line, sizeof line, _("The other version was not applied: one of its values is held by another record here."));
	else if (it->kept_local && !here)
		snprintf(line, sizeof line, _("This database's version, the one in use now, came from %s."),
		    it->local.origin);
	else if (it->kept_local)
		loc_utf8_copy(line, sizeof line, _("This database's version is the one in use now."));
	else if (tui_text_width(_("The other version is the one in use now (it is the newer).")) <= COLS - 2)
		loc_utf8_copy(line, sizeof line, _("The other version is the one in use now (it is the newer)."));
	else	/* (the line under it says when each changed) */
		loc_utf8_copy(line, sizeof line, _("The other version is the one in use now."));
	/* A line too wide for the screen (below about 60 columns) takes two,
	 * broken between words, and the page under it moves down one, as
	 * long as the fields keep three lines; before, it was cut at its end
	 * («زمان تغییر: ... د…»). */
	top += wide_line(top + 1, line, A_NORMAL, &rows, &body) - 1;
	if (c->err[0] != '\0') {
		tui_draw_ui(top + 2, 1, COLS - 2, c->err, tui_attr_error());
	} else if (!two) {
		/* when each side was changed: which is newer is not a guess */
		char wl[48], wr[48];

		tui_fmt_when((int64_t)(core_hlc_ms(it->local.hlc) / 1000), 0, wl, sizeof wl);
		tui_fmt_when((int64_t)(core_hlc_ms(it->other.hlc) / 1000), 0, wr, sizeof wr);
		if (twice)	/* one station: the heading names it */
			snprintf(line, sizeof line, _("Changed: this database's %s, the incoming %s."),
			    wl, wr);
		else if (here)
			snprintf(line, sizeof line, _("Changed here %s, at %s %s."), wl,
			    it->from[0] ? it->from : "?", wr);
		else
			snprintf(line, sizeof line, _("Changed at %s %s, at %s %s."), it->local.origin, wl,
			    it->from[0] ? it->from : "?", wr);
		top += wide_line(top + 2, line, A_NORMAL, &rows, &body) - 1;
	}
	if (ap)
		tui_draw_ui(top + 3, 1, COLS - 2,
		    _("Two different records under one number: no decision keeps both (F1: what to do)."),
		    tui_attr_error());
	if (del)
		tui_draw_ui(top + 3 + ap, 1, COLS - 2, it->mine_del ?
		    _("This database's version has it deleted (F2 and F4 keep it so).") :
		    _("The other version has it deleted (F3 deletes it here too)."), tui_attr_label());
	if (mv) {
		char a[16], b[16];

		snprintf(a, sizeof a, "%d", it->ver + 1);
		snprintf(b, sizeof b, "%d", it->nver);
		tui_fmt_digits(a, sizeof a);
		tui_fmt_digits(b, sizeof b);
		snprintf(line, sizeof line, _("Waiting version %s of %s of this record (PgDn: the next, PgUp: the one before)."),
		    a, b);
		tui_draw_ui(top + 3 + ap + del, 1, COLS - 2, line, tui_attr_label());
	}
	del += mv + ap;	/* (below: the lines above the fields) */
	{
		struct tui_col h[5] = {
			{ 2, "", 0 }, { lw, _("Field"), 0 }, { vw, side_head(it, 0, vw, ha, sizeof ha), 0 },
			{ 2, "", 0 }, { 0, side_head(it, 1, rw, hb, sizeof hb), 0 }
		};

		if (apart)	/* (no field column: the labels on their rows) */
			h[1] = h[0];
		tui_cols_draw(top + 3 + del, 1, COLS - 2, h + apart, 5 - apart, A_BOLD);
	}
	/* The page's foot: which side changed the selected field, and the
	 * keys' hint; each too wide for the screen broken between words
	 * over the lines the fields can spare, keeping three (the hint two
	 * at most: «Enter: هر دو مقدار کامل.» on its own line at 40
	 * columns); before, both were cut at their end there («Ente…»).
	 * (Two records made apart: no history in common to tell by.) */
	if ((cl = (f = diff_field(it, c->fsel)) >= 0 && !two && !ap))
		changed_line(it, f, (c->take >> f) & 1, tail, sizeof tail);
	if (cl && tui_text_width(tail) > COLS - 2)
		for (nc = tui_wrapped_rows(COLS - 2, 3, tail); nc > 1 && body - (nc - 1) < 3; nc--)
			;
	body -= nc - 1;
	/* (after a decision its note is drawn over the hint, which gives it
	 * the rows it takes while the fields keep three) */
	if (c->note_rows > 1) {
		while (c->note_rows > 1 && body - (c->note_rows - 1) < 3)
			c->note_rows--;
		nh = c->note_rows;
		body -= nh - 1;
	} else if (c->note[0] == '\0' && tui_text_width(hint) > COLS - 2 && body > 3 &&
	    tui_wrapped_rows(COLS - 2, 2, hint) == 2) {
		const char *gap = strstr(hint, "  ");

		nh = 2;
		body--;
		/* broken where its two parts meet, if each fits a line */
		if (gap != NULL && (size_t)(gap - hint) < sizeof tail) {
			char h1[512];

			memcpy(h1, hint, (size_t)(gap - hint));
			h1[gap - hint] = '\0';
			if (tui_text_width(h1) <= COLS - 2 && tui_text_width(gap + 2) <= COLS - 2) {
				hint2 = gap + 2;
				snprintf(hint1, sizeof hint1, "%s", h1);
			}
		}
	}
	if (it->ndiff == 0)
		tui_draw_ui(top + 4 + del, 2, COLS - 4, _("The two versions hold the same values."), A_NORMAL);
	/* A value too long for its column goes on over the lines under
	 * it, broken between words and filling each (tui_wrap_next), up to
	 * cap lines a field, cap as large as lets every field be seen (8 at
	 * most, 1 where they are many), the lines left given to those that
	 * need more: before, it was cut in its middle on
	 * one line, between words, up to 9 of its columns left blank.
	 * What still does not fit is cut in its middle on its last line, its
	 * end kept, so two values that differ only at their end (an address
	 * with a word added) do not read the same; the mark starts the
	 * value's first line, a star (its side changed it since the two last
	 * agreed) ends its last. */
	{
		int need[32], give[32], cap, total;

		for (k = 0; k < 32 && (f = diff_field(it, k)) >= 0; k++) {
			char *a = value_shown(it->mine, f), *b = value_shown(it->theirs, f);
			int sa = (it->mine_ch >> f) & 1, sb = (it->theirs_ch >> f) & 1;
			int na = value_lines(a != NULL && *a ? a : _("(empty)"), vw - 2, 2 * sa, 9);
			int nb = value_lines(b != NULL && *b ? b : _("(empty)"), rw - 2, 2 * sb, 9);

			need[k] = apart + (na > nb ? na : nb);
			free(a);
			free(b);
		}
		for (cap = 8 + apart; cap > 1 + apart; cap--) {
			for (total = 0, r = 0; r < k; r++)
				total += need[r] < cap ? need[r] : cap;
			if (total <= body)
				break;
		}
		/* each field its lines, up to cap; the lines left over to the
		 * fields that need more, the selected one first */
		for (r = 0; r < k; r++)
			give[r] = need[r] < cap ? need[r] : cap;
		for (total = 0, r = 0; r < k; r++)
			total += give[r];
		for (r = -1; r < k && total < body; r++) {
			int q = r < 0 ? c->fsel : r, more;

			if (q < 0 || q >= k || (r >= 0 && q == c->fsel))
				continue;
			more = need[q] - give[q] < body - total ? need[q] - give[q] : body - total;
			give[q] += more;
			total += more;
		}
		for (r = 0, k = 0; r < body && k < 32 && (f = diff_field(it, k)) >= 0; k++) {
			char *a = value_shown(it->mine, f), *b = value_shown(it->theirs, f);
			int theirs = (c->take >> f) & 1;
			char ma[1100], mb[1100], fa[512], fb[512];
			int sa = (it->mine_ch >> f) & 1, sb = (it->theirs_ch >> f) & 1;
			int j, n = give[k];

			if (n > body - r)
				n = body - r;
			for (j = 0; j < n; j++, r++) {
				int jv = j - apart, la, lb;
				char *xa, *xb;

				if (jv < 0) {	/* apart: the label's own row */
					struct tui_col col[2] = {
						{ 2, k != c->fsel ? "" : tui_ui_dir() == LOC_DIR_RTL ?
						    "\xe2\x97\x82" : "\xe2\x96\xb8", 1 },
						{ 0, _(s->fields[f].label), 0 }
					};

					tui_cols_draw(top + 4 + del + r, 1, COLS - 2, col, 2,
					    k == c->fsel ? A_REVERSE : A_NORMAL);
					continue;
				}
				la = value_line(a != NULL && *a ? a : _("(empty)"), vw - 2, 2 * sa, jv,
				    j == n - 1, fa, sizeof fa);
				lb = value_line(b != NULL && *b ? b : _("(empty)"), rw - 2, 2 * sb, jv,
				    j == n - 1, fb, sizeof fb);
				/* a link's punctuation on its side, its
				 * pieces too (tui_latin_marked) */
				xa = tui_latin_marked(fa);
				xb = tui_latin_marked(fb);
				snprintf(ma, sizeof ma, "%s %s%s", jv > 0 ? " " : theirs ?
				    "\xe2\x97\x8b" : "\xe2\x97\x8f", xa != NULL ? xa : fa, sa && la ? " *" : "");
				snprintf(mb, sizeof mb, "%s %s%s", jv > 0 ? " " : theirs ?
				    "\xe2\x97\x8f" : "\xe2\x97\x8b", xb != NULL ? xb : fb, sb && lb ? " *" : "");
				free(xa);
				free(xb);
				if (apart) {
					struct tui_col col[4] = {
						{ 2, "", 0 }, { vw, ma, 0 }, { 2, "", 0 }, { 0, mb, 0 }
					};

					tui_cols_draw(top + 4 + del + r, 1, COLS - 2, col, 4,
					    k == c->fsel ? A_REVERSE : A_NORMAL);
					continue;
				}
				{
					struct tui_col col[5] = {
						{ 2, k != c->fsel || j > 0 ? "" : tui_ui_dir() == LOC_DIR_RTL ?
						    "\xe2\x97\x82" : "\xe2\x96\xb8", 1 },
						{ lw, j > 0 ? "" : _(s->fields[f].label), 0 },
						{ vw, ma, 0 }, { 2, "", 0 }, { 0, mb, 0 }
					};
					tui_cols_draw(top + 4 + del + r, 1, COLS - 2, col, 5,
					    k == c->fsel ? A_REVERSE : A_NORMAL);
				}
			}
			free(a);
			free(b);
		}
	}
	if (cl)
		tui_draw_wrapped(top + rows - nh - nc, 1, COLS - 2, nc, tail, A_NORMAL);
	if (hint2 != NULL) {
		tui_draw_ui(top + rows - 2, 1, COLS - 2, hint1, A_DIM);
		tui_draw_ui(top + rows - 1, 1, COLS - 2, hint2, A_DIM);
	} else
		tui_draw_wrapped(top + rows - nh, 1, COLS - 2, nh, hint, A_DIM);
}

static void
confl_draw(struct tui_screen *s, int top, int rows)
{
	struct confl_scr *c = s->data;
	int r;

	if (!c->loaded || c->gen != tui_list_generation)
		load(c);
	for (r = 0; r < rows; r++)
		tui_draw_blank(top + r, 0, COLS, A_NORMAL);
	s->fkeys = c->refused[0] != '\0' ? refused_keys : !c->detail ? list_keys : c->cur < c->n &&
	    c->v[c->cur].dup && c->v[c->cur].holder[0] ?
	    (dup_same(&c->v[c->cur]) ? dup_same_keys : dup_keys) :
	    c->cur < c->n && one_same(&c->v[c->cur]) ? same_keys : detail_keys;
	s->help = c->refused[0] == '\0' && c->detail && c->cur < c->n && c->v[c->cur].apart ?
	    confl_help_apart : confl_help;
	/* (the page may give it fewer: draw_detail) */
	c->note_rows = note_rows(c, COLS - 2);
	if (c->detail && c->cur < c->n)
		draw_detail(c, top, rows);
	else
		draw_list(c, top, rows);
	if (c->note_rows > 0)	/* (in the detail: the next waiting version's) */
		note_draw(c, top + rows - c->note_rows, c->note_rows);
	s->cursor_y = s->cursor_x = -1;
}

struct resolve {
	enum core_kind kind;
	const char *id;
	unsigned take;
	enum store_conflict_state state;
	int fold;		/* store_sync_resolve_fold */
	int merge;		/* F2: the user asked for a merge
				   (STORE_RESOLVE_MERGE), whatever state the
				   marks make */
	const char *key;	/* one waiting version only (store_sync_resolve_entry) */
	struct store_why why;	/* of a refusal */
};

static int
do_resolve(struct store_txn *t, void *ctx)
{
	struct resolve *r = ctx;
	int rc;

	if (r->key != NULL)
		rc = store_sync_resolve_entry(t, r->kind, r->id, r->key, r->take, r->state,
		    r->merge ? STORE_RESOLVE_MERGE : 0);
	else
		rc = store_sync_resolve_fold(t, r->kind, r->id, r->take, r->state,
		    (r->fold ? STORE_RESOLVE_FOLD : 0) | (r->merge ? STORE_RESOLVE_MERGE : 0));
	if (rc != 0)
		r->why = *store_txn_why(t);
	return rc;
}

/* note_text: the status line after decision r on it, into c->note, with
 * the record's name as cap (may be empty); c->note_at where the decision
 * starts, after the record and the punctuation that ends it. */
static void
note_text(struct confl_scr *c, const struct cfl *it, const struct resolve *r,
    const char *keep, const char *drop, const char *cap)
{
	char what[300];
	const char *at;
	int dup = it->dup && it->holder[0];

	if (cap[0] != '\0')
		snprintf(what, sizeof what, "%s %s (%s)", _(core_schema_get(it->kind)->label),
		    dup ? keep : it->id, cap);
	else
		snprintf(what, sizeof what, "%s %s", _(core_schema_get(it->kind)->label),
		    dup ? keep : it->id);
	if (dup && r->state == STORE_CONFLICT_MERGED)
		snprintf(c->note, sizeof c->note,
		    _("Conflict settled: %s kept with the values as marked, %s retired."), what, drop);
	else if (dup)
		snprintf(c->note, sizeof c->note, _("Conflict settled: %s kept, %s retired."), what, drop);
	else if (r->merge && r->state == STORE_CONFLICT_MINE)
		snprintf(c->note, sizeof c->note,
		    _("Conflict settled: %s, merged (all as this database's version)."),
		    what);
	else if (r->merge && r->state == STORE_CONFLICT_THEIRS)
		snprintf(c->note, sizeof c->note,
		    _("Conflict settled: %s, merged (all as the version from %s)."),
		    what, it->from[0] ? it->from : "?");
	else if (r->state == STORE_CONFLICT_MINE)
		snprintf(c->note, sizeof c->note,
		    _("Conflict settled: %s, this database's version kept."), what);
	else if (r->state == STORE_CONFLICT_THEIRS)
		snprintf(c->note, sizeof c->note, _("Conflict settled: %s, the version from %s kept."),
		    what, it->from[0] ? it->from : "?");
	else
		snprintf(c->note, sizeof c->note, _("Conflict settled: %s, merged field by field."), what);
	c->note_at = 0;
	if ((at = strstr(c->note, what)) != NULL) {
		at += strlen(what);
		while (*at != '\0' && *at != ' ')	/* «؛», «,» */
			at++;
		while (*at == ' ')
			at++;
		if (*at != '\0')
			c->note_at = (size_t)(at - c->note);
	}
}

/* The width of the note's first row where it takes more than one: the
 * record, up to its decision. */
static int
note_head_width(const struct confl_scr *c)
{
	char head[sizeof c->note];

	if (c->note_at == 0)
		return tui_text_width(c->note);
	memcpy(head, c->note, c->note_at);
	head[c->note_at] = '\0';
	return tui_text_width(head);
}

/* The status line after a decision r on it: the record (its kind, id and
 * name as it is now) and what was kept, into c->note.  keep and drop: a
 * duplicate's record kept and the one retired.  What was kept comes last,
 * so the line is made to fit by cutting the name (a need's title is often
 * most of the width), not the decision: the line cut at its end read
 * «... پاسگاه انتظامی اهر ۵)؛ نسخهٔ این پایگاه داده مان...».  Where even
 * the name cut to a few cells leaves the line too wide (below about 60
 * columns), the decision takes a row of its own (two if it needs them:
 * note_rows), and the name what the first row leaves: before, at 40
 * columns, the name went and the decision was cut at its end all the
 * same («تعارض حل شد: خیّر TBZ-1؛ نسخهٔ این پایگ…»). */
static void
decided_note(struct confl_scr *c, const struct cfl *it, const struct resolve *r,
    const char *keep, const char *drop)
{
	char full[160], cap[168];
	const char *fit;
	int dup = it->dup && it->holder[0], room, w = COLS - 2;

	tui_record_caption(it->kind, dup ? keep : it->id, full, sizeof full);
	note_text(c, it, r, keep, drop, full);
	if (full[0] == '\0' || tui_text_width(c->note) <= w)
		return;
	/* Too wide: the name cut in its middle to the cells the rest leaves
	 * (less « (» and «)»), as the screen's heading cuts it, its end (a
	 * need's county, a donor's surname) kept; cut at its end, the line
	 * read «(ساخت پارکینگ کلانتری…)», the county lost */
	note_text(c, it, r, keep, drop, "");
	room = w - tui_text_width(c->note) - 3;
	if (room >= 8) {
		fit = tui_fit_middle(full, room, cap, sizeof cap);
		note_text(c, it, r, keep, drop, fit);
		return;
	}
	/* the record on a row of its own: the name whole if it fits there,
	 * else cut in its middle to what the row leaves (none below a few
	 * cells: kind and id alone) */
	note_text(c, it, r, keep, drop, full);
	if (c->note_at == 0 || note_head_width(c) <= w)
		return;
	note_text(c, it, r, keep, drop, "");
	room = w - note_head_width(c) - 3;
	if (room < 6)
		return;
	fit = tui_fit_middle(full, room, cap, sizeof cap);
	note_text(c, it, r, keep, drop, fit);
}

/* A unit's conflict: when the version a decision keeps (theirs: the other
 * side's county) names another county than the one in use, the unit's
 * needs (their county is their unit's) and their pledges move with it,
 * which the question says on a line of its own, appended to q (n bytes),
 * as the unit form warns of the same move (tui/form.c). */
static void
unit_move_note(const struct cfl *it, int theirs, char *q, size_t n)
{
	const char *to = core_record_text(theirs ? it->theirs : it->mine, CORE_UNIT_COUNTY);
	const char *from;
	struct store_txn *t;
	struct core_record *now;
	struct store_meta m;
	long all = 0, open = 0;
	char a[32], b[32], line[512];
	int rc;

	if (to == NULL || *to == '\0' || tui_app.st == NULL || store_read_begin(tui_app.st, &t) != 0)
		return;
	if ((rc = store_get(t, CORE_UNIT, it->id, &now, &m)) == 0) {
		from = core_record_text(now, CORE_UNIT_COUNTY);
		if (from != NULL && strcmp(from, to) != 0)
			rc = tui_unit_needs(t, it->id, &all, &open);
		core_record_free(now);
	}
	store_read_end(t);
	if (rc != 0 || all == 0)
		return;
	tui_fmt_int(all, a, sizeof a);
	tui_fmt_int(open, b, sizeof b);
	line[0] = '\n';
	snprintf(line + 1, sizeof line - 1,
	    _("With this change, this unit's needs (%s, %s of them open) and their pledges move to county %s."),
	    a, b, tui_county_name(to));
	if (strlen(q) + strlen(line) < n)
		strcat(q, line);
}

/* Asks (unless asked), then writes the decision on the open record.
 * how: 2 mine, 3 theirs, 4 the marked fields.  Returns 1 if written. */
static int
decide(struct confl_scr *c, int how, int asked)
{
	const struct cfl *it = &c->v[c->cur];
	const struct core_schema *s = core_schema_get(it->kind);
	struct resolve r;
	char q[1024];
	const char *keep = it->id, *drop = "";
	int rc;

	c->err[0] = '\0';
	if (!tui_conflicts_allowed(q, sizeof q)) {
		tui_message(_("Not allowed"), q);
		return 0;
	}
	r.kind = it->kind;
	r.id = it->id;
	r.fold = 0;
	/* F2 (the marks) is a merge the audit log records as one, even when the marks
	 * make one side's version whole (before, it read "keep mine") */
	r.merge = how == 4;
	/* several waiting versions: this one only, the others in their turn */
	r.key = it->nver > 1 && !(it->dup && it->holder[0]) ? it->key : NULL;
	if (how == 2) {
		r.take = 0;
		r.state = STORE_CONFLICT_MINE;
		snprintf(q, sizeof q, _("Keep this database's version of %s?\nThe other is set aside; its values stay in the audit log."), it->id);
	} else if (how == 3) {
		r.take = (s->nfields >= 32 ? 0xffffffffu : (1u << s->nfields) - 1) & ~1u;
		r.state = STORE_CONFLICT_THEIRS;
		snprintf(q, sizeof q, _("Keep the other version of %s?\nThis database's is set aside; its values stay in the audit log."), it->id);
	} else {
		r.take = c->take & it->diff;
		/* every field of theirs is theirs, unless the two differ in
		 * being deleted too: F2 keeps this database's (mine with
		 * theirs' fields) */
		r.state = r.take == 0 ? STORE_CONFLICT_MINE : r.take == it->diff &&
		    it->mine_del == it->theirs_del ? STORE_CONFLICT_THEIRS : STORE_CONFLICT_MERGED;
		/* (Other waiting versions are decided each in its turn,
		 * store_sync_resolve_entry, not folded into this one.) */
		snprintf(q, sizeof q, _("Save %s with the values as marked?"), it->id);
	}
	if (it->dup && it->holder[0]) {
		/* Two records (store/sync.c): one is kept, the other retired. */
		keep = how == 3 ? it->id : it->holder;
		drop = how == 3 ? it->holder : it->id;
		if (how == 4)
			r.state = r.take == 0 ? STORE_CONFLICT_MINE : STORE_CONFLICT_MERGED;
		snprintf(q, sizeof q, how == 4 ?
		    _("Keep %s with the values as marked, and retire %s?\n(It is made inactive, without the shared id.)") :
		    _("Keep %s, and retire %s?\n(It is made inactive, without the shared id.)"), keep, drop);
	}
	/* a unit's county: its needs go where the kept version puts it */
	if (it->kind == CORE_UNIT && !(it->dup && it->holder[0]))
		unit_move_note(it, (r.take >> CORE_UNIT_COUNTY) & 1, q, sizeof q);
	if (r.key != NULL) {
		char more[300], num[32];

		tui_fmt_int(it->nver - 1, num, sizeof num);	/* the UI's digits */
		snprintf(more, sizeof more, P_("\nThe other waiting version of %s (%s) stays in the queue, to be decided in its turn.",
		    "\nThe other waiting versions of %s (%s) stay in the queue, to be decided in their turn.", it->nver - 1),
		    it->id, num);
		if (strlen(q) + strlen(more) < sizeof q)
			strcat(q, more);
	}
	if (!asked && tui_confirm(q, 0) != 1)
		return 0;
	memset(&r.why, 0, sizeof r.why);
	if ((rc = store_write(tui_app.st, do_resolve, &r)) != 0) {
		if (rc == STORE_EINVAL && r.why.code == STORE_EINVAL && r.why.field > 0 &&
		    (size_t)r.why.field < s->nfields) {
			/* a mixture whose fields do not go together: say which,
			 * and the value the rule is about (the pledge's date) */
			struct core_issue is = { CORE_SEV_ERROR, r.why.field, (enum core_msg)r.why.msg,
			    r.why.arg };
			char said[300];

			snprintf(q, sizeof q, _("The values as marked do not go together: %s: %s.\nMark that field's value on the same side as the others it goes with, or keep one version whole (F3, F4)."),
			    _(s->fields[r.why.field].label), tui_issue_fact(&is, 0, said, sizeof said));
			tui_message(_("Not saved"), q);
			return 0;
		}
		tui_write_failed(rc);
		return 0;
	}
	decided_note(c, it, &r, keep, drop);
	if (r.key != NULL) {	/* the next waiting version is shown at once */
		c->back_kind = it->kind;
		loc_utf8_copy(c->back_id, sizeof c->back_id, it->id);
	}
	tui_data_changed();
	c->detail = 0;
	c->take = 0;
	c->fsel = 0;
	return 1;
}

/* Appends text to b broken into lines of w cells, at most maxl of them
 * (an ellipsis on a line of its own when more is left): between words,
 * a word wider than w inside it (tui_wrap_next, as the columns break a
 * value), the blanks and line breaks as typed.  Before, a word wider
 * than the popup (a link in the notes) was cut at its end, in the popup
 * that shows both values in full, and line breaks and double blanks were
 * dropped. */
static void
wrap_into(struct loc_strbuf *b, const char *text, int w, int maxl)
{
	char *copy = strdup(text), *para, *nl;
	int lines = 0;

	if (copy == NULL)
		return;
	for (para = copy; para != NULL; para = nl) {
		const char *p = para;

		if ((nl = strchr(para, '\n')) != NULL)
			*nl++ = '\0';
		do {
			size_t len, next;

			if (lines == maxl) {
				loc_strbuf_str(b, "\n\xe2\x80\xa6");
				free(copy);
				return;
			}
			len = tui_wrap_next(p, w, &next);
			if (lines++ > 0)
				loc_strbuf_str(b, "\n");
			{
				/* a link's punctuation on its side
				 * (tui_latin_marked), each piece's */
				char *piece = strndup(p, len), *x = piece != NULL ?
				    tui_latin_marked(piece) : NULL;

				if (x != NULL)
					loc_strbuf_str(b, x);
				else
					loc_strbuf_add(b, p, len);
				free(x);
				free(piece);
			}
			p += next;
		} while (*p != '\0');
	}
	free(copy);
}

/* The two values of the full-value popup. */
struct values {
	const struct cfl *it;
	const char *v[2];
};

/* The popup's text for lines of w columns: each side's heading and its
 * value wrapped, at most 8 lines of it (made anew for each paint: after a
 * resize the values are wrapped to the screen there is now). */
static char *
values_text(void *arg, int w)
{
	const struct values *vs = arg;
	struct loc_strbuf b = { 0 };
	char head[160];
	int side;

	for (side = 0; side < 2; side++) {
		const char *v = vs->v[side];

		loc_strbuf_str(&b, side == 0 ? "" : "\n\n");
		loc_strbuf_str(&b, side_head(vs->it, side, 0, head, sizeof head));
		loc_strbuf_str(&b, ":\n");
		wrap_into(&b, v != NULL && *v ? v : _("(empty)"), w, 8);
	}
	if (b.failed || b.p == NULL) {
		free(b.p);
		return NULL;
	}
	return b.p;
}

/* Enter on a field: both values in full, wrapped, in a popup (the columns
 * crop a long note or name). */
static void
show_values(const struct cfl *it, int k)
{
	const struct core_schema *s = core_schema_get(it->kind);
	int f = diff_field(it, k);
	char *a, *o;
	struct values vs;

	if (f < 0)
		return;
	a = value_shown(it->mine, f);
	o = value_shown(it->theirs, f);
	vs.it = it;
	vs.v[0] = a;
	vs.v[1] = o;
	tui_message_fit(_(s->fields[f].label), values_text, &vs);
	free(a);
	free(o);
}

/* Whether the marks made on the entry shown (which value to keep of each
 * field) may go: none was changed since it opened, or the supervisor says
 * to discard them, as a form asks (F2 there saves them, and they go then
 * too, written).  Returns 1 to go on leaving the entry. */
static int
marks_left(struct confl_scr *c, const struct cfl *it)
{
	char q[512];
	int r;

	if (((c->take ^ c->take0) & it->diff) == 0)
		return 1;
	snprintf(q, sizeof q, _("You changed which values of %s to keep.\nDiscard these marks?\n(F2 saves the record with them.)"),
	    it->id);
	r = tui_confirm_discard(q);
	/* F2: saved, asking no more where this was the question (two
	 * records, one retired, or other versions waiting: decide says so) */
	if (r == 2)
		decide(c, 4, !(it->dup && it->holder[0]) && it->nver <= 1);
	return r == 1;
}

static enum tui_result
confl_event(struct tui_screen *s, int key)
{
	struct confl_scr *c = s->data;
	size_t page = (size_t)(tui_screen_rows() > 4 ? tui_screen_rows() - 4 : 1);
	struct cfl *it = c->detail ? shown(c) : c->sel < c->nrows ? &c->v[c->rows[c->sel]] : NULL;
	int f;

	c->note[0] = '\0';	/* a decision's status line lasts until the next key */
	c->note_at = 0;
	if (c->detail && it != NULL) {
		/* F2 saves the marks, as a form saves; F3 and F4 keep one
		 * version whole */
		if (key == TUI_KEY_F(2) && dup_same(it)) {
			/* nothing marked to keep: say which keys settle it */
			snprintf(c->note, sizeof c->note, "%s",
			    _("Same values: F4 keeps the earlier, retires the later; F3 the reverse."));
			return TUI_HANDLED;
		}
		if (key == TUI_KEY_F(2) && one_same(it)) {
			snprintf(c->note, sizeof c->note, "%s",
			    _("Same values: F4 or F3 closes the conflict."));
			return TUI_HANDLED;
		}
		if (key == TUI_KEY_F(2) || key == TUI_KEY_F(3) || key == TUI_KEY_F(4)) {
			decide(c, key == TUI_KEY_F(2) ? 4 : key == TUI_KEY_F(3) ? 3 : 2, 0);
			return TUI_HANDLED;
		}
		if (key == ' ' || key == TUI_KEY_LEFT || key == TUI_KEY_RIGHT) {
			if ((f = diff_field(it, c->fsel)) < 0)
				return TUI_HANDLED;
			if (key == ' ') {
				c->take ^= 1u << f;
			} else {
				/* the arrow points at the column to keep: this
				 * database's is the first from the start side (the
				 * right in Persian), the other's after it */
				int left = key == TUI_KEY_LEFT, rtl = tui_ui_dir() == LOC_DIR_RTL;

				if (left == rtl)
					c->take |= 1u << f;
				else
					c->take &= ~(1u << f);
			}
			return TUI_HANDLED;
		}
		switch (tui_key_action(key)) {
		case TUI_ACT_OPEN:
			show_values(it, c->fsel);
			return TUI_HANDLED;
		case TUI_ACT_UP:
			if (c->fsel > 0)
				c->fsel--;
			return TUI_HANDLED;
		case TUI_ACT_DOWN:
			if (c->fsel + 1 < it->ndiff)
				c->fsel++;
			return TUI_HANDLED;
		case TUI_ACT_PGDN:	/* the record's next waiting version */
		case TUI_ACT_PGUP:
			if ((tui_key_action(key) == TUI_ACT_PGDN ? it->ver + 1 < it->nver : it->ver > 0) &&
			    marks_left(c, it)) {
				c->cur = tui_key_action(key) == TUI_ACT_PGDN ? c->cur + 1 : c->cur - 1;
				start_marks(c);
			}
			return TUI_HANDLED;
		case TUI_ACT_BACK:
			if (!marks_left(c, it))
				return TUI_HANDLED;
			c->detail = 0;
			c->err[0] = '\0';
			return TUI_HANDLED;
		default:
			return TUI_IGNORED;
		}
	}
	if (tui_sel_move(tui_key_action(key), &c->sel, c->nrows, page))
		return TUI_HANDLED;
	if (key == TUI_KEY_F(6)) {	/* the keys of the stations bundles come from */
		struct tui_screen *k = tui_sync_keys_new();

		if (k != NULL)
			tui_screen_push(k);
		return TUI_HANDLED;
	}
	switch (tui_key_action(key)) {
	case TUI_ACT_OPEN:
		if (it != NULL) {
			c->detail = 1;
			c->cur = c->rows[c->sel];
			start_marks(c);
		}
		return TUI_HANDLED;
	case TUI_ACT_BACK:
		return TUI_CLOSE;
	default:
		return TUI_IGNORED;
	}
}

static void
confl_destroy(struct tui_screen *s)
{
	items_free(s->data);
	tui_screen_free(s);
}

struct tui_screen *
tui_conflicts_new(void)
{
	struct tui_screen *s = tui_screen_make(_("Sync conflicts"), sizeof(struct confl_scr),
	    list_keys, confl_help);

	if (s == NULL)
		return NULL;
	s->draw = confl_draw;
	s->event = confl_event;
	s->destroy = confl_destroy;
	return s;
}

struct counter {
	size_t n;
	enum core_kind kind;
	char id[CORE_ID_MAX];
};

static int
count_one(const struct store_conflict *q, void *ctx)
{
	struct counter *k = ctx;

	if (k->n > 0 && k->kind == q->kind && strcmp(k->id, q->id) == 0)
		return 0;
	k->n++;
	k->kind = q->kind;
	loc_utf8_copy(k->id, sizeof k->id, q->id);
	return 0;
}

int
tui_conflicts_open(size_t *n)
{
	struct store_txn *t;
	struct counter k;
	int rc;

	memset(&k, 0, sizeof k);
	*n = 0;
	if ((rc = store_read_begin(tui_app.st, &t)) != 0)
		return rc;
	rc = store_sync_conflicts(t, 0, count_one, &k);
	store_read_end(t);
	*n = k.n;
	return rc;
}
