/*
 * tui/list.c — the generic list screen and the record picker popup.
 *
 * Paging without loading: the list remembers `top`, the store position just
 * before its first visible row (empty: the beginning), and a history of
 * earlier tops with how many rows each step moved, so scrolling back is
 * exact.  Each paint opens a read transaction, seeks an iterator to top and
 * reads one screenful plus one row (to know whether more follow).  A search
 * or a filter restarts from the beginning.  End reads the last screenful
 * backwards from the end of the iterator (store_iter_last/prev), so it
 * reads a screenful of rows, not the whole index (issue 9: peak memory;
 * end_count walks the index's keys once, to count them, giving the pages
 * back as it goes); `top` becomes the position of the entry before its first row,
 * with no history.  Going up past the first row with no history left
 * (after End) steps back with store_iter_prev from the first row shown.
 * Should an iterator not go backwards (store_iter_prev: STORE_EINVAL), End
 * walks forward once from the current top keeping the last two
 * screenfuls' positions in a ring, so the first PgUp after it is exact.
 *
 * Iterator per state: search text -> store_iter_search (by the matched
 * word; a filter is then checked on each record); otherwise name order
 * (store_iter_search "", a filter checked on each record) or id order
 * (store_iter_index of the filtered field, or store_iter_kind).
 *
 * F6 sorts by any shown column.  Name and id order come from the store's
 * indexes at any size; another column is sorted in memory, which is allowed
 * when the rows in view (after search and filter) number at most
 * SORT_LIMIT: then the ids with their sort keys (a number, or the Persian
 * collation key of the shown text) are loaded once, sorted, and paged by
 * index.  Choosing the same column again reverses the order.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/validate.h"
#include "core/workflow.h"
#include "locale/catalog.h"
#include "locale/collate.h"
#include "locale/digits.h"
#include "locale/hash.h"
#include "locale/jalali.h"
#include "locale/text.h"
#include "store/store.h"
#include "store/trim.h"
#include "store/users.h"
#include "tui/field.h"
#include "tui/form.h"
#include "tui/identity.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/screens.h"

unsigned tui_list_generation;

#define MAXROWS 128
#define MAXCOLS 10
/* Spaces between two columns: one reads as the space between two words. */
#define COL_GAP 2
/* A list narrower than this (a 40- or 50-column terminal) cuts its
 * names at a word's start (list_draw) */
#define NARROW_LIST 60
#define SORT_LIMIT 5000
/* The stages' list's own order, by need then planned start (stage_by_need),
 * is its default: so many rows may be sorted so (a stage's row is small). */
#define STAGE_SORT_LIMIT 200000
/* The cells a name (a donor's, a need's title) and a pledge's type get
 * before either grows further (fit_columns): «سیده‌زهرا عبدالله‌زاده»
 * whole, and «تجهیزات عمومی» nearly. */
#define NAME_ROOM 22
#define TYPE_ROOM 12

/* The F4 menu's entries besides the fields: «No filter», and the county
 * read from each row (county_by_row). */
#define FILTER_NONE (-1)
#define FILTER_BY_ROW (-2)
/* the stages' list: its overdue stages only (late_only) */
#define FILTER_LATE (-3)

struct hent {
	struct store_pos pos;
	int rows;
};

struct list {
	enum core_kind kind;
	const struct core_schema *sc;
	int search_field;		/* CORE_FF_SEARCH field, or -1 */
	int exact;			/* the search text names one record
					   (exact_iter): its iterator is open */
	int by_words;			/* the rows are a search of the names'
					   word index (open_iter) */
	char id_part[CORE_ID_MAX];	/* the search text is a part of an id
					   (id_part_of): the records whose id
					   holds it, in id order; else "" */
	struct tui_edit q;		/* search text */
	int by_id;			/* order: id (1) or name (0) */
	int filter_field;		/* -1: none */
	char filter_value[64];		/* as store_iter_index wants it */
	char filter_canon[64];		/* as core_value_format writes it */
	char filter_label[160];
	int filter_locked;		/* a clerk's list: the county filter is his */
	/* The second filter, checked on each row, beside the indexed one: a
	 * reference no index keeps (ref_filterable: a donor's introducing
	 * group), or, on a clerk's list, whose indexed slot holds his county,
	 * any other field F4 filters by (a need's status or category), so
	 * his county stays while he lists one group's donors or his needs
	 * of one status. */
	int ref_field;			/* -1: none */
	char ref_value[64];		/* as core_value_format writes it: the
					 * id, or the choice's canonical name */
	char ref_label[160];		/* «گروه معرف: دفتر امام جمعهٔ مرند» */
	int need_county;		/* the second filter is a county: ref_field
					 * is what names the row's county (a stage's
					 * need, a payment's pledge, a ceremony's
					 * donors), ref_value the county code
					 * (county_by_row, row_in_county) */
	int scope_check;		/* a clerk's list of a kind with no county
					 * field: each row's scope is asked */
	int no_county;			/* a clerk saved with no county: every
					 * row is out of his scope; the list
					 * says why it is empty */
	int late_only;			/* the stages' list: only the rows
					 * marked overdue (stage_late), beside
					 * a county filter */
	int filter_last;		/* the F4 menu's entry last chosen (a
					 * field, or FILTER_BY_ROW), FILTER_NONE
					 * if none: which of two filters in use
					 * the menu opens on (filter_menu_sel) */
	struct store_pos top;
	struct hent *hist;
	size_t nhist, caphist;
	int sel, nrows, more;
	char ids[MAXROWS][CORE_ID_MAX];
	unsigned char inactive[MAXROWS];	/* row shown dimmed */
	unsigned char late[MAXROWS];	/* an overdue stage: bold, "!" */
	int32_t today;			/* the day late[] was judged on */
	struct store_pos pos[MAXROWS];
	char *cells[MAXROWS][MAXCOLS];
	int cols[MAXCOLS], widths[MAXCOLS], ncols;
	/* the widest text of each column seen since the search, the
	 * filter or the columns last changed (fit_columns): widths only
	 * grow while the clerk pages through one list, so that the
	 * columns do not jump back and forth from page to page */
	int seen[MAXCOLS], seen_cols[MAXCOLS], seen_ncols, seen_width;
	int width;			/* the rows' width (pick_columns) */
	/* The fields with a value in a row read since the rows last
	 * started again (restart): pick_columns leaves out a column empty
	 * in all of them (the phones of donors imported without one), its
	 * room going to the others.  fetch fills filled_new from the rows
	 * it reads, every field's (the records are read whole anyway);
	 * filled is what the columns were picked by.  Only the rows in view
	 * are known: the filtered set may be 100,000 records, which a
	 * paint does not read (list_layout). */
	unsigned char filled[CORE_MAX_FIELDS], filled_new[CORE_MAX_FIELDS];
	int filled_fresh;		/* filled_new has the rows since restart */
	char count[64];
	int read_rc;			/* the store's refusal of the last fetch */
	/* A read of the list met damage the store reads in silence: an
	 * entry naming a record that is not there (store_get's
	 * STORE_ENOTFOUND, an undecodable record), a walk of the whole
	 * table ending short of LMDB's count (store_iter_next's
	 * STORE_ECORRUPT), or the whole list, read from its first row,
	 * fewer rows than its count (a leaf a failing disk cut short).
	 * Before, the donors' list said «رکوردها: ۲» over one donor and
	 * nothing of damage.  Kept for the list's life: list_draw says the
	 * damaged-database sentence under the rows. */
	int damaged;
	int lost_county;		/* a clerk's row left out whose county is
					   lost with a record it names
					   (CORE_ACCESS_LOST): his sentence says
					   whom to ask */
	int dmg_rows;			/* the rows its sentence takes (list_draw) */
	int short_rows;			/* the rows short_note takes (list_draw) */
	/* The filters on a row of their own under the search line (1), where
	 * the search line has no room for them whole (filters_apart); and
	 * the count's width there the search line leaves room for: as wide
	 * as when the search box was last empty, or wider, so that neither
	 * moves as a search is typed (list_draw). */
	int filt_apart, count_w;
	/* End's count (end_count) found the list whole: in which snapshot
	 * of the database (store_txn_snapshot), list generation and order
	 * and filter (end_key); End again on the same is not walked again */
	int end_whole;
	uint64_t end_snap;
	unsigned end_gen;
	char end_key[200];
	int short_sum;			/* sum_pass's sums left out a payment or
					   pledge an index names that is not
					   there (store_sum_short): said under
					   the rows as damaged is */
	char status[800];
	/* The saved note (list_saved_note): the record saved and its
	 * caption's parts, kept until the next key so that the note is
	 * fitted anew to the screen's width at each paint (a terminal made
	 * narrower, KEY_RESIZE); saved_id "" when status holds none.
	 * saved_w: the width status was last fitted to. */
	char saved_id[CORE_ID_MAX];
	char saved_head[400], saved_name[1000], saved_tail[400];
	int saved_w;
	char help[3000];		/* F1: the keys this list has (list_help_make) */
	/* In-memory sort (see the file comment); sort_field -1: store order. */
	int sort_field, sort_desc, mem_valid;
	unsigned mem_gen;
	struct srow *mem;
	size_t nmem, mtop;
	/* The pledges' and payments' lists: the sums of the rows in view
	 * (sum_pass), worked out once for a search, a filter and a
	 * generation of the data, not on every key that only moves; the
	 * foot line says them (foot_text) over foot_rows rows. */
	int sum_valid, foot_rows, sum_defer;
	unsigned sum_gen;
	uint64_t sum_seq;		/* the change log's last number then */
	char *sum_q, sum_filter[160];	/* sum_q: the search summed (malloc'd) */
	/* text_matches: the query's search key (of qkey_of) and the pass's
	 * captions' keys (cap_key) */
	char *qkey, *qkey_of;
	struct capent *capt;		/* NULL between passes */
	size_t capn, capcap, cap_look, cap_hit;
	char *cap_scratch;		/* a key not kept (cap_key) */
	size_t sum_rows, sum_out;	/* rows; cancelled or deactivated rows */
	int sum_more;			/* a count-only pass stopped at
					 * COUNT_READ_MAX rows read: sum_rows
					 * is a least count */
	int count_more;			/* count is sum_rows of such a pass */
	int count_only;			/* the record picker: sum_pass counts
					 * only, even on a list with sums */
	int64_t sum_pledged, sum_received;
};

struct srow {
	char id[CORE_ID_MAX];
	int64_t num;
	char *key;		/* collation key, or NULL for numeric columns */
	char grp[CORE_ID_MAX];	/* stage_by_need: the stage's need, sorted
				   before num (its planned start) */
};

static char *cell_text(struct list *l, struct store_txn *t, const struct core_record *r, int c);
static int is_inactive(const struct list *l, const struct core_record *r, const struct store_meta *m);
static void mark_late(struct list *l, struct store_txn *t, const struct core_record *r);
static int stage_late(const struct list *l, struct store_txn *t, const struct core_record *r);
static void caption_in(struct store_txn *t, enum core_kind k, const char *id, char *buf, size_t n);
static void caption_depth(struct store_txn *t, enum core_kind k, const char *id, char *buf, size_t n,
    int depth, char *name, size_t nn);

static const struct tui_fkey list_keys[] = {
	{ 1, N_("Help"), 0 }, { 3, N_("Search"), 0 }, { 4, N_("Filter"), 0 },
	{ 5, N_("New"), TUI_FKEY_WRITE }, { 6, N_("Sort"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};
/* the ceremonies' list: F7 opens the selected one's donors and letters */
static const struct tui_fkey recog_list_keys[] = {
	{ 1, N_("Help"), 0 }, { 3, N_("Search"), 0 }, { 4, N_("Filter"), 0 },
	{ 5, N_("New"), TUI_FKEY_WRITE }, { 6, N_("Sort"), 0 }, { 7, N_("Letters"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};
/* the needs' list: F7 opens the selected need's screen (tui/stages.c) */
static const struct tui_fkey need_list_keys[] = {
	{ 1, N_("Help"), 0 }, { 3, N_("Search"), 0 }, { 4, N_("Filter"), 0 },
	{ 5, N_("New"), TUI_FKEY_WRITE }, { 6, N_("Sort"), 0 }, { 7, N_("Stages"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};
/* A kind with nothing to filter by (list_filters; none now: the payments,
 * stages and ceremonies, which have no field for it, filter by a county
 * read from each row, county_via): no F4, whose menu would hold nothing
 * but «No filter». */
static const struct tui_fkey list_keys_nofilter[] = {
	{ 1, N_("Help"), 0 }, { 3, N_("Search"), 0 },
	{ 5, N_("New"), TUI_FKEY_WRITE }, { 6, N_("Sort"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};
/* the users' list of one who may not add users (all but the admin): no F5,
 * which only says so (new_refused) */
static const struct tui_fkey list_keys_users_ro[] = {
	{ 1, N_("Help"), 0 }, { 3, N_("Search"), 0 }, { 4, N_("Filter"), 0 },
	{ 6, N_("Sort"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};
static const struct tui_fkey recog_list_keys_nofilter[] = {
	{ 1, N_("Help"), 0 }, { 3, N_("Search"), 0 },
	{ 5, N_("New"), TUI_FKEY_WRITE }, { 6, N_("Sort"), 0 }, { 7, N_("Letters"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

/*
 * F1's text, made for each list from what it has (list_help_make): a kind
 * with a name is searched by its words, one without (pledges, payments) by
 * id; national and legal ids and mobiles find records only in a kind that
 * has them; F4 names the fields this kind filters by.  The picker popup
 * (pick 1) says that Enter picks the record for the field and has neither
 * F4, F5 nor F6.
 */
static const char help_name[] = N_(
    "Type to search by name: any word of it, the family name first too, and\n"
    "several words in any order (کریمی علی finds علی کریمی).  Each word may\n"
    "be the start of a word, the earlier ones too (کری عل finds علی کریمی).\n"
    "Arabic ي and ك match Persian ی and ک; the half-space may be left out,\n"
    "the part after it is a word too (نژاد finds احمدی‌نژاد).  A record's id\n"
    "(TBZ-12) finds that record, its number alone (12) that number at every\n"
    "station, before the names holding it.");
/* a stage is found by its need's title too (scan_search) */
static const char help_stage_need[] = N_(
    "A stage is found by its need's title too.");
/* the stages' own order (stage_by_need) */
static const char help_stage_order[] = N_(
    "Stages are listed by need, each need's by planned start; F6 sorts\n"
    "otherwise (by title too).");
/* help_name for a kind searched by a title or a name not a person's (a
 * need, a unit, a group, a ceremony): no family name to put first */
static const char help_title[] = N_(
    "Type to search by title or name: any word of it, several words in any\n"
    "order (مرزی پاسگاه finds پاسگاه مرزی).  Each word may be the start of a\n"
    "word, the earlier ones too (مرز پاس).  Arabic ي and ك match\n"
    "Persian ی and ک; the half-space may be left out, the part after it is a\n"
    "word too.  A record's id (TBZ-12) finds that record, its number alone\n"
    "(12) that number at every station, before the titles holding it.");
/* after help_name: a part of an id (id_part_of) */
static const char help_id_part[] = N_("A part of an id with its dash (TBZ-1, -12) finds the records whose id holds it.");
static const char help_id[] = N_(
    "Type a record's id (TBZ-12), or a part of it, to find it, or words of\n"
    "the names it refers to: a pledge's donor or need, a payment's donor.");
static const char help_id_pay[] = N_(
    "Type a payment's id (TBZ-12) or its receipt number, or a part of\n"
    "either, to find it, or words of its donor's name.");
/* The users' list: an account's id is its Unix login (ali.karimi). */
static const char help_login[] = N_("Type a login name, or a part of it, to find the account.");
static const char help_unique[] = N_("A national or legal id finds the record that has it.");
static const char help_mobile[] = N_("A mobile number finds every record that gave it.");
static const char help_move[] = N_(
    "Backspace deletes; Ctrl-U or Esc empties the search.\n"
    "Up/Down, PgUp/PgDn, Home/End move; Enter opens the record's form.");
static const char help_filter[] = N_("F4 filters by %s.");
/* a clerk's list, his county fixed (filter_locked) */
static const char help_filter_county[] = N_(
    "Your county stays under any filter; \"No filter\" clears the filter,\n"
    "not your county.");
/* a list F4 filters by county and by another field (county_filtered) */
static const char help_filter_both[] = N_(
    "A county filter stays when you filter by another field too; \"No filter\"\n"
    "clears both.");
static const char help_sort_name[] = N_(
    "F6 sorts by a column, again to reverse (columns other than name and id\n"
    "only once a search or filter leaves at most 5000 rows).");
static const char help_sort_id[] = N_(
    "F6 sorts by a column, again to reverse (columns other than id only\n"
    "once a search or filter leaves at most 5000 rows).");
static const char help_new[] = N_("F5 makes a new record; F10 goes back.");
static const char help_back[] = N_("F10 goes back.");	/* never_new */
static const char help_letters[] = N_(
    "F7 opens the selected ceremony's donors, where F6 writes a donor's\n"
    "thank-you letter.");
static const char help_need[] = N_(
    "F7 opens the selected need's screen: its money, status and stages, and\n"
    "from there its pledges and payments; F10 there comes back to this list.");
/* county_via: what the county filter of these lists reads */
static const char help_recog_county[] = N_(
    "The county filter shows the ceremonies honouring a donor of that county:\n"
    "one of several counties is shown under each of them.");
static const char help_pay_county[] = N_(
    "The county filter shows the payments whose pledge's donor or need is of\n"
    "that county, as a pledge is either county's.");
static const char help_pledge_county[] = N_(
    "The county filter shows the pledges whose donor or need is of that county:\n"
    "a donor's pledge to another county's need is under both.");
/* the stages' list (FILTER_LATE) */
static const char help_late_filter[] = N_(
    "F4's \"Overdue only\" lists the stages marked \"!\" alone; a county filter\n"
    "stays beside it, and \"No filter\" clears both.");
static const char help_late[] = N_(
    "\"!\" before a title and a bold row mark an overdue stage: below 100 percent\n"
    "and past its planned end (one finished late is done, not overdue; a stage\n"
    "of a need rejected or deactivated is no longer followed).");
static const char help_pick[] = N_(
    "Backspace deletes; Ctrl-U or Esc empties the search, and Esc with the\n"
    "search empty closes the list without picking, as F10 does.\n"
    "Up/Down, PgUp/PgDn, Home/End move; Enter picks the selected record for the\n"
    "field.");

static int
filterable(const struct core_field *f)
{
	return (f->flags & CORE_FF_INDEX) && (f->type == CORE_FT_COUNTY || f->type == CORE_FT_ENUM);
}

/* A reference F4 also filters by, though no index keeps it: a donor's
 * introducing group (SPEC §3), its group chosen with the record picker
 * (tui_list_pick) and each row checked (passes).  A supervisor asked which
 * donors a council brought in had no list of them. */
static int
ref_filterable(const struct core_field *f)
{
	return f->type == CORE_FT_REF && f->ref == CORE_GROUP;
}

/* What F4's menu, the list's help and the search line call field f's
 * filter: a reference's is named for the group it names («گروه معرف»,
 * shorter and plainer than the form's «معرفی‌شده از سوی»), the others
 * by their label. */
static const char *
filter_name(const struct core_field *f)
{
	return ref_filterable(f) ? _("Introducing group") : _(f->label);
}

/* Whether F4 on list l offers field k: not a clerk's county, which is
 * his (filter_locked), only the others (the second slot, beside it). */
static int
offered(const struct list *l, size_t k)
{
	const struct core_field *f = &l->sc->fields[k];

	return ref_filterable(f) ||
	    (filterable(f) && !(l->filter_locked && (int)k == l->filter_field));
}

/* Whether kind sc has any field F4 filters by. */
static int
has_filter(const struct core_schema *sc)
{
	size_t k;

	for (k = 0; k < sc->nfields; k++)
		if (filterable(&sc->fields[k]) || ref_filterable(&sc->fields[k]))
			return 1;
	return 0;
}

/* The field of a kind with no county field of its own that names the
 * records its county is read from, or -1: a stage's need (its county), a
 * pledge's donor (its donor's or its need's county, as the policy scopes
 * a pledge, store_record_scope: the rows a clerk of that county reads), a
 * payment's pledge (its pledge's counties), a ceremony's donors (any
 * honoured donor's county: a ceremony of several counties is in each).
 * F4 filters these by county all the same, each row's records read
 * (row_in_county), as the other lists filter by theirs. */
static int
county_via(enum core_kind k)
{
	switch (k) {
	case CORE_STAGE: return CORE_STAGE_NEED;
	case CORE_PLEDGE: return CORE_PLEDGE_DONOR;
	case CORE_PAYMENT: return CORE_PAYMENT_PLEDGE;
	case CORE_RECOGNITION: return CORE_RECOGNITION_DONORS;
	default: return -1;
	}
}

/* Whether F4 offers list l a county read from each row (county_via): not
 * to a clerk, whose rows are his county's anyway (scope_check). */
static int
county_by_row(const struct list *l)
{
	return county_via(l->kind) >= 0 && !l->scope_check;
}

/* Whether F4 filters list l: a field of its kind, or a county read from
 * each row (on a clerk's list too, where F4 says his county is fixed). */
static int
list_filters(const struct list *l)
{
	return has_filter(l->sc) || county_via(l->kind) >= 0;
}

/* Whether the user may never save a new record of l's kind: an auditor
 * (no record), or anyone but the admin on the users' list.  Then neither
 * the bar nor the help offers F5, and the empty list does not tell him to
 * press it. */
static int
never_new(const struct list *l)
{
	struct core_actor me;
	struct core_access acc;

	if (tui_user_reads_only())
		return 1;
	if (l->kind != CORE_USER || tui_user_actor(&me) != 0)
		return 0;
	return !core_access_check(&me, CORE_ACCESS_USERS, NULL, NULL, &acc);
}

static void
help_add(struct list *l, size_t *n, const char *text)
{
	if (*n < sizeof l->help)
		*n += (size_t)snprintf(l->help + *n, sizeof l->help - *n, "%s%s",
		    *n ? "\n" : "", text);
}

static void
list_help_make(struct list *l, int pick)
{
	char labels[600], line[800];
	size_t n = 0, k, ln = 0;
	int unique = 0, mobile = 0, county = 0, other = 0;

	l->help[0] = '\0';
	labels[0] = '\0';
	for (k = 0; k < l->sc->nfields; k++) {
		const struct core_field *f = &l->sc->fields[k];

		if ((f->flags & CORE_FF_UNIQUE) && (f->type == CORE_FT_NID || f->type == CORE_FT_LEGAL))
			unique = 1;
		if (f->type == CORE_FT_MOBILE && (f->flags & CORE_FF_INDEX))
			mobile = 1;
		if (offered(l, k) && f->type == CORE_FT_COUNTY)
			county = 1;
		else if (offered(l, k))
			other = 1;
		if (offered(l, k) && ln < sizeof labels)
			ln += (size_t)snprintf(labels + ln, sizeof labels - ln, "%s%s",
			    ln ? _(", ") : "", filter_name(f));
	}
	if (county_by_row(l)) {
		county = 1;	/* beside a pledge's status (help_filter_both) */
		if (ln < sizeof labels)
			ln += (size_t)snprintf(labels + ln, sizeof labels - ln, "%s%s",
			    ln ? _(", ") : "", _("County"));
	}
	help_add(l, &n, l->search_field >= 0 && l->kind == CORE_DONOR ? _(help_name) :
	    l->search_field >= 0 && l->kind != CORE_USER ? _(help_title) :
	    l->kind == CORE_USER ? _(help_login) : l->kind == CORE_PAYMENT ? _(help_id_pay) :
	    _(help_id));
	if (l->kind == CORE_STAGE)
		help_add(l, &n, _(help_stage_need));
	if (l->search_field >= 0 && l->kind != CORE_USER)
		help_add(l, &n, _(help_id_part));
	if (unique)
		help_add(l, &n, _(help_unique));
	if (mobile)
		help_add(l, &n, _(help_mobile));
	if (pick) {
		help_add(l, &n, _(help_pick));
		return;
	}
	help_add(l, &n, _(help_move));
	if (labels[0]) {
		snprintf(line, sizeof line, _(help_filter), labels);
		help_add(l, &n, line);
		if (l->filter_locked)
			help_add(l, &n, _(help_filter_county));
		else if (county && other)
			help_add(l, &n, _(help_filter_both));
		/* what the county filter reads (county_via) */
		if (l->kind == CORE_RECOGNITION && county_by_row(l))
			help_add(l, &n, _(help_recog_county));
		if (l->kind == CORE_PAYMENT && county_by_row(l))
			help_add(l, &n, _(help_pay_county));
		if (l->kind == CORE_PLEDGE && county_by_row(l))
			help_add(l, &n, _(help_pledge_county));
	}
	help_add(l, &n, l->search_field >= 0 ? _(help_sort_name) : _(help_sort_id));
	if (l->kind == CORE_RECOGNITION)
		help_add(l, &n, _(help_letters));
	if (l->kind == CORE_NEED)
		help_add(l, &n, _(help_need));
	if (l->kind == CORE_STAGE) {
		help_add(l, &n, _(help_late));
		help_add(l, &n, _(help_late_filter));
		help_add(l, &n, _(help_stage_order));
	}
	help_add(l, &n, never_new(l) ? _(help_back) : _(help_new));
}

static int
col_width(enum core_ftype t)
{
	switch (t) {
	case CORE_FT_TEXT: return 24;
	case CORE_FT_AMOUNT: return 16;
	case CORE_FT_DATE: return 10;
	case CORE_FT_INT: case CORE_FT_BOOL: return 6;
	case CORE_FT_ENUM: return 14;
	case CORE_FT_COUNTY: return 12;
	case CORE_FT_NID: case CORE_FT_LEGAL: case CORE_FT_MOBILE: case CORE_FT_PHONE: return 12;
	case CORE_FT_ID: return 10;
	case CORE_FT_REF: return 16;
	default: return 0;
	}
}

/* How much a field deserves a column (higher first); 0: never. */
static int
col_priority(const struct core_field *f)
{
	if (f->flags & CORE_FF_MULTILINE)
		return 0;
	switch (f->type) {
	case CORE_FT_ID: return 100;
	case CORE_FT_TEXT: return (f->flags & CORE_FF_SEARCH) ? 90 : 10;
	case CORE_FT_COUNTY: return 80;
	case CORE_FT_ENUM: return (f->flags & CORE_FF_INDEX) ? 70 : 40;
	case CORE_FT_REF: return (f->flags & CORE_FF_INDEX) ? 60 : 20;
	case CORE_FT_AMOUNT: return 50;
	case CORE_FT_DATE: return 45;
	case CORE_FT_MOBILE: return 55;
	case CORE_FT_NID: return 52;
	case CORE_FT_INT: return 25;
	case CORE_FT_PHONE: return 15;
	default: return 0;
	}
}

/* The heading of field k's column: its label, but an amount's in the
 * unit the user's setting shows amounts in («مبلغ (تومان)» when the rows
 * say toman), and a donor's national id's column, where an
 * organisation's legal id is shown (cell_text), names both. */
static const char *
col_label(const struct list *l, size_t k)
{
	static const struct { const char *rials, *toman; } units[] = {
		{ N_("Amount (rials)"), N_("Amount (toman)") },
		{ N_("Estimated cost (rials)"), N_("Estimated cost (toman)") },
		{ N_("Capacity (rials)"), N_("Capacity (toman)") },
	};
	const struct core_field *f = &l->sc->fields[k];
	size_t i;

	if (l->kind == CORE_DONOR && k == CORE_DONOR_NATIONAL_ID)
		return _("National or legal id");
	/* the stages' timetable, headed as a need's stages screen heads it:
	 * short headings («شروع برنامه‌ریزی‌شده» took 20 cells) leave room
	 * at 80 columns for the planned end and the progress that a
	 * stage's "!" is judged by (priority) */
	if (l->kind == CORE_STAGE)
		switch (k) {
		case CORE_STAGE_PLANNED_START: return _("Start");
		case CORE_STAGE_PLANNED_END: return _("End");
		case CORE_STAGE_ACTUAL_END: return _("Done on");
		case CORE_STAGE_PROGRESS: return _("Progress");
		default: break;
		}
	if (f->type == CORE_FT_AMOUNT && tui_toman)
		for (i = 0; i < sizeof units / sizeof units[0]; i++)
			if (strcmp(f->label, units[i].rials) == 0)
				return _(units[i].toman);
	return _(f->label);
}

/* A pledge's type: a column of text that takes the room it is given (its
 * longest label, «تأمین هزینه‌های خدماتی و امنیتی», would take 30
 * cells), from 100 columns on, before the date; its hours are shown in
 * its amount's column (cell_text), as on a need's pledges screen. */
static int
pledge_type_col(const struct list *l, size_t k)
{
	return l->kind == CORE_PLEDGE && k == CORE_PLEDGE_TYPE;
}

/* A need's category on the needs' list, from about 120 columns: picked
 * at its longest label's width (field_width), as before, but then drawn
 * as a pledge's type is, a column of text sharing the room (fit_columns):
 * at 132 columns it kept 32 cells for «اطلاعاتی» while the titles and
 * units beside it were cut with «…». */
static int
need_category_col(const struct list *l, size_t k)
{
	return l->kind == CORE_NEED && k == CORE_NEED_CATEGORY;
}

/* How much field k of this list deserves a column (col_priority). */
static int
priority(const struct list *l, size_t k)
{
	if (l->kind == CORE_PLEDGE && k == CORE_PLEDGE_HOURS)
		return 0;
	/* (in the record picker after the date: at 80 columns its 14
	 * cells took the date's place) */
	if (pledge_type_col(l, k))
		return l->count_only ? 44 : 46;
	/* A pledge says how much first, then who, then for what: below 80
	 * columns its status goes first (not in the record picker, 72
	 * cells wide at 80, which picks its names narrower: field_width),
	 * then its need, keeping its amount and its donor (a
	 * reference's and a status's priorities had dropped the amount
	 * first, the status kept) */
	if (l->kind == CORE_PLEDGE && k == CORE_PLEDGE_AMOUNT)
		return 80;
	if (l->kind == CORE_PLEDGE && k == CORE_PLEDGE_DONOR)
		return 75;
	if (l->kind == CORE_PLEDGE && k == CORE_PLEDGE_NEED)
		return 72;
	/* a payment says how much first: on a narrow terminal (40
	 * columns) its amount is kept whole and its pledge, cut at a
	 * word's start down to DONOR_LEAST (pick_width), takes what is
	 * left; before, the pledge's 15 cells left no room for the amount,
	 * which the list at 40 columns never showed */
	if (l->kind == CORE_PAYMENT && k == CORE_PAYMENT_AMOUNT)
		return 80;
	/* a payment's receipt number, which the clerk holds in his hand
	 * and searches by (text_matches): before its date */
	if (l->kind == CORE_PAYMENT && k == CORE_PAYMENT_RECEIPT)
		return 47;
	/* a unit's address, which tells two posts of one county apart: the
	 * last column, where there is room for it (at 120 columns the list
	 * showed four columns and a wide empty name); its lines joined */
	if (l->kind == CORE_UNIT && k == CORE_UNIT_ADDRESS)
		return 5;
	/* a stage's planned end and progress, by which the list marks it
	 * overdue ("!"), before its planned start (at 80 columns the start
	 * alone was shown beside the "!", under the first date's priority) */
	if (l->kind == CORE_STAGE && k == CORE_STAGE_PLANNED_END)
		return 48;
	if (l->kind == CORE_STAGE && k == CORE_STAGE_PROGRESS)
		return 47;
	/* a donor's address, which tells two «علی کریمی» apart and says
	 * where a letter goes: after his kind, once the columns shown at
	 * 80 and 120 columns (id, name, national id, mobile, county,
	 * capacity, kind) have theirs, from about 135 columns on; before
	 * his group and phone */
	if (l->kind == CORE_DONOR && k == CORE_DONOR_ADDRESS)
		return 30;
	/* a user's role, what the users' list is read for: before his
	 * county (at 40 columns the county's 21 cells, room for «ندارد؛
	 * باید تعیین شود», left none for the role, and the list showed
	 * logins and counties alone) */
	if (l->kind == CORE_USER && k == CORE_USER_ROLE)
		return 85;
	return col_priority(&l->sc->fields[k]);
}

/* The widest label of choice f in language lang (NULL: the user's). */
static int
choice_width(const struct core_field *f, const char *lang)
{
	int w = 0, lw, i, n = core_choice_count(f);

	for (i = 0; i < n; i++) {
		const char *s = core_choice_label(f, i);

		if ((lw = tui_text_width(lang != NULL ? loc_gettext_lang(lang, s) : _(s))) > w)
			w = lw;
	}
	return w;
}

/* The width of field k's column: its type's, or its label's if wider (a
 * header cut short reads as another word: "(ریا" for "(ریال)"). */
static int
field_width(const struct list *l, size_t k)
{
	const struct core_field *f = &l->sc->fields[k];
	int w = col_width(f->type), lw;

	if (pledge_type_col(l, k))
		return 14;	/* what pick_columns leaves it at least */
	/* a donor's address: a short column to start with, widened from
	 * what is left (fit_columns), as a name's is */
	if (l->kind == CORE_DONOR && k == CORE_DONOR_ADDRESS)
		return 16;
	/* The pledges' list at 80 columns holds its id, donor, need,
	 * amount and status in English too («Partly fulfilled» takes 16
	 * cells): its amount is picked at the width of 1,550,000,000 (it
	 * is then drawn as wide as its widest, fit_columns) and its names
	 * at 15 cells, which fit_columns widens from what is left.  The
	 * record picker (a payment's pledge, 72 cells at 80) picks its
	 * names at 8, so that both the status (a cancelled or fulfilled
	 * pledge looked open) and the date (which the form's error names
	 * when a payment is dated before it) fit beside them at 80 columns
	 * in both languages (at 13 the date gave way to the status);
	 * fit_columns then gives the names what is left, and a name longer
	 * is cut in its middle (list_draw: tui_fit_middle).  Narrower (64
	 * columns, 56 cells) neither fits beside names still readable:
	 * the rows of pledges cancelled or fulfilled are dimmed
	 * (is_inactive). */
	if (l->kind == CORE_PLEDGE && f->type == CORE_FT_AMOUNT)
		return (lw = tui_text_width(col_label(l, k))) > 13 ? lw : 13;
	if (l->kind == CORE_PLEDGE && f->type == CORE_FT_REF)
		return l->count_only ? 8 : 15;
	/* the payments' list: its amount as the pledges' has it, and a
	 * receipt number picked at 12 cells (R-1403-00125), its column
	 * widened from what is left (fit_columns), as a name's is */
	if (l->kind == CORE_PAYMENT && f->type == CORE_FT_AMOUNT)
		return (lw = tui_text_width(col_label(l, k))) > 13 ? lw : 13;
	if (l->kind == CORE_PAYMENT && k == CORE_PAYMENT_RECEIPT)
		return (lw = tui_text_width(col_label(l, k))) > 12 ? lw : 12;

	/* A choice: its longest label (COL_GAP keeps the widest one from
	 * running into the next column as if they were one phrase: "دفتر
	 * امام جمعه ستاد ..."), and the short ones leave room.  Its Persian
	 * label in English too, so that both languages pick the same
	 * columns: picked at «Friday-prayer imam's office» (27 cells against
	 * «دفتر امام جمعه»'s 14), a group's kind no longer fitted at 80
	 * columns and the phone, which most groups leave empty, took its
	 * place.  A longer English label widens its column from the room
	 * left, as a name does, or is cut with «…» (choice_wide). */
	if (f->type == CORE_FT_ENUM && core_choice_count(f) > 0)
		w = choice_width(f, "fa");

	if (w > 0 && (lw = tui_text_width(col_label(l, k))) > w)
		w = lw;
	/* a user's county: room for saying a clerk has none (cell_text) */
	if (l->kind == CORE_USER && k == CORE_USER_COUNTY &&
	    (lw = tui_text_width(_("none: needs one"))) > w)
		w = lw;
	if (l->kind == CORE_USER && k == CORE_USER_COUNTY &&
	    (lw = tui_text_width(_("All counties"))) > w)
		w = lw;
	return w;
}

/* A choice with a label in the user's language wider than the column
 * it is picked at (field_width: a group's kind in English): its column
 * is sized as a name's is (fit_columns). */
static int
choice_wide(const struct list *l, size_t k)
{
	const struct core_field *f = &l->sc->fields[k];

	return f->type == CORE_FT_ENUM && !pledge_type_col(l, k) && core_choice_count(f) > 0 &&
	    choice_width(f, NULL) > field_width(l, k);
}

/* Columns of text of any length (a name, the caption of a reference, a
 * long choice): they share the room the other columns leave
 * (fit_columns). */
static int
col_flexible(const struct list *l, size_t k)
{
	const struct core_field *f = &l->sc->fields[k];

	return f->type == CORE_FT_TEXT || f->type == CORE_FT_REF || pledge_type_col(l, k) ||
	    need_category_col(l, k) || choice_wide(l, k);
}

/* The least width field k's column is drawn at: its heading for a
 * column of text (fit_columns), its own width for the others. */
static int
least_width(const struct list *l, size_t k)
{
	return col_flexible(l, k) ? tui_text_width(col_label(l, k)) : field_width(l, k);
}

/* Whether row r shows something in field k's column (cell_text): a
 * donor's national id column his legal id too, a pledge's amount its
 * hours or "-", a clerk's missing county a word, a progress 0. */
static int
col_has_value(const struct list *l, const struct core_record *r, size_t k)
{
	const struct core_field *f = &l->sc->fields[k];

	if (f->flags & CORE_FF_ZERO)
		return 1;
	if (l->kind == CORE_DONOR && k == CORE_DONOR_NATIONAL_ID)
		return r->v[k].set || r->v[CORE_DONOR_LEGAL_ID].set;
	if (l->kind == CORE_PLEDGE && k == CORE_PLEDGE_AMOUNT)
		return 1;
	if (l->kind == CORE_USER && k == CORE_USER_COUNTY)
		return 1;
	if (!r->v[k].set)
		return 0;
	return !core_ftype_is_text(f->type) || (r->v[k].text != NULL && r->v[k].text[0] != '\0');
}

/* Notes which fields row r has a value in (filled_new, list_layout). */
static void
note_filled(struct list *l, const struct core_record *r)
{
	size_t k;

	if (!l->filled_fresh) {
		memset(l->filled_new, 0, sizeof l->filled_new);
		l->filled_fresh = 1;
	}
	for (k = 0; k < l->sc->nfields; k++)
		if (!l->filled_new[k] && col_has_value(l, r, k))
			l->filled_new[k] = 1;
}

/* Whether field k's column is left out as empty in every row read
 * (filled): never the id, the name, nor the column sorted by. */
static int
col_empty(const struct list *l, size_t k)
{
	const struct core_field *f = &l->sc->fields[k];

	return !l->filled[k] && f->type != CORE_FT_ID && !(f->flags & CORE_FF_SEARCH) &&
	    (int)k != l->sort_field;
}

/* The least a pledge's donor is picked at when his 15 cells do not fit
 * (a 40-column terminal): his name, cut at a word's start, tells more
 * than the pledge's date, which was shown in his place. */
#define DONOR_LEAST 8

/* The width field k's column takes in pick_columns with room cells left,
 * or -1 if it does not fit: its field_width, or for the pledges' donor
 * (not in the record picker) and the payments' pledge what is left down
 * to DONOR_LEAST. */
static int
pick_width(const struct list *l, size_t k, int room)
{
	int w = field_width(l, k);

	if (w <= room)
		return w;
	if (((l->kind == CORE_PLEDGE && k == CORE_PLEDGE_DONOR && !l->count_only) ||
	    (l->kind == CORE_PAYMENT && k == CORE_PAYMENT_PLEDGE)) &&
	    room >= DONOR_LEAST && room >= least_width(l, k))
		return room;
	/* a user's county beside his role on a narrow terminal: as wide
	 * as «همهٔ شهرستان‌ها», the rare «ندارد؛ باید تعیین شود» cut */
	if (l->kind == CORE_USER && k == CORE_USER_COUNTY &&
	    room >= tui_text_width(_("All counties")) &&
	    room >= tui_text_width(col_label(l, k)))
		return room;
	return -1;
}

/* Chooses the columns that fit width at their widths with COL_GAP between
 * them: the most telling fields, shown in schema order.  fit_columns then
 * shares the room among the columns of text. */
static void
pick_columns(struct list *l, int width)
{
	int take[CORE_MAX_FIELDS] = { 0 }, used = 0, best, bp, p, ntake = 0;
	size_t k;

	/* The column the list is sorted by stays in view whatever the
	 * width (F6 offers the columns shown; a terminal made narrower
	 * afterwards hid it, the rows in an order nothing on screen said) */
	if (l->sort_field > 0 && field_width(l, (size_t)l->sort_field) <= width) {
		take[l->sort_field] = 1;
		used = field_width(l, (size_t)l->sort_field);
		ntake = 1;
	}
	/* at most MAXCOLS, the most telling (a cut in schema order, after
	 * more were taken, dropped the last field, whatever it told) */
	while (ntake < MAXCOLS) {
		best = -1;
		bp = 0;
		for (k = 0; k < l->sc->nfields; k++) {
			p = priority(l, k);
			if (!take[k] && p > bp && !col_empty(l, k) &&
			    pick_width(l, k, width - used - (used > 0 ? COL_GAP : 0)) >= 0) {
				best = (int)k;
				bp = p;
			}
		}
		if (best < 0)
			break;
		take[best] = 1 + pick_width(l, (size_t)best, width - used - (used > 0 ? COL_GAP : 0));
		ntake++;
		used += (used > 0 ? COL_GAP : 0) + take[best] - 1;
	}
	l->ncols = 0;
	for (k = 0; k < l->sc->nfields && l->ncols < MAXCOLS; k++) {
		if (!take[k])
			continue;
		l->cols[l->ncols] = (int)k;
		l->widths[l->ncols++] = take[k] > 1 ? take[k] - 1 : field_width(l, k);
	}
	l->width = width;
}

/* Whether the column of field f is drawn as wide as its widest value
 * seen (or its heading), no wider than pick_columns gave it: an amount;
 * in the pledge picker, whose row is crowded, the id too. */
static int
fit_widest(const struct list *l, const struct core_field *f)
{
	return f->type == CORE_FT_AMOUNT ||
	    (f->type == CORE_FT_ID && l->count_only && l->kind == CORE_PLEDGE);
}

/* Column c's width as its widest: its heading, each cell on the rows read
 * and the widest seen before (kept in l->seen, so that a column does not
 * narrow as the list scrolls). */
static int
widest_seen(struct list *l, int c)
{
	int r, w = tui_text_width(col_label(l, (size_t)l->cols[c]));

	for (r = 0; r < l->nrows; r++)
		if (l->cells[r][c] != NULL && tui_text_width(l->cells[r][c]) > w)
			w = tui_text_width(l->cells[r][c]);
	if (l->seen[c] > w)
		w = l->seen[c];
	l->seen[c] = w;
	return w;
}

/* Shares the room the other columns leave among the columns of text by
 * the rows fetched: the narrowest grows a cell at a time up to its widest
 * text, so that one long column (a stage's need, cut to a few cells
 * beside a short title) gets its fair share, and the rest goes to the
 * name.  Each keeps at least its heading.  Called after fetch;
 * returns whether a column of text is still short of its widest text. */
static int
fit_share(struct list *l, int narrow)
{
	int want[MAXCOLS], room = l->width, c, r, w, grew, name = -1, phase, short_ = 0;

	if (l->seen_width != l->width || l->seen_ncols != l->ncols ||
	    memcmp(l->seen_cols, l->cols, (size_t)l->ncols * sizeof l->cols[0]) != 0) {
		memset(l->seen, 0, sizeof l->seen);
		memcpy(l->seen_cols, l->cols, sizeof l->seen_cols);
		l->seen_ncols = l->ncols;
		l->seen_width = l->width;
	}
	for (c = 0; c < l->ncols; c++) {
		const struct core_field *f = &l->sc->fields[l->cols[c]];

		room -= c > 0 ? COL_GAP : 0;
		if (fit_widest(l, f)) {
			/* an amount: as wide as the widest seen, no wider
			 * (its type's 16 cells left the names 3 fewer); so
			 * too the pledge picker's ids (TST-40 in 10 cells
			 * left its names, cut to 8, 4 fewer) */
			w = widest_seen(l, c);
			if (w < l->widths[c])	/* never past what pick_columns gave */
				l->widths[c] = w;
		}
		if (f->type == CORE_FT_ID && !fit_widest(l, f)) {
			/* an id: its widest seen and its heading noted; on a
			 * narrow screen where a name is cut short (fit_columns)
			 * the column is drawn that wide, not 10 cells (TBZ-906
			 * left a payment's «حمید پورمحمدی…» a cell short, at
			 * «حمید…») */
			w = widest_seen(l, c);
			if (narrow && w < l->widths[c])
				l->widths[c] = w;
		} else if (!col_flexible(l, (size_t)l->cols[c]) && !fit_widest(l, f)) {
			/* a column empty on every row seen that list_layout
			 * keeps (the one sorted by; col_empty): its heading
			 * stays, the rest of its room goes to the names
			 * (fit_columns' room), as an amount's does; its first
			 * value seen gives it its width back */
			for (w = 0, r = 0; r < l->nrows; r++)
				if (l->cells[r][c] != NULL && l->cells[r][c][0] != '\0')
					w = 1;
			if (w)
				l->seen[c] = 1;
			if (!l->seen[c] && l->nrows > 0 &&
			    (w = tui_text_width(col_label(l, (size_t)l->cols[c]))) < l->widths[c])
				l->widths[c] = w;
		}
		if (!col_flexible(l, (size_t)l->cols[c])) {
			room -= l->widths[c];
			want[c] = 0;
			continue;
		}
		if (f->flags & CORE_FF_SEARCH)
			name = c;
		l->widths[c] = least_width(l, (size_t)l->cols[c]);
		room -= l->widths[c];
		want[c] = l->widths[c];
		for (r = 0; r < l->nrows; r++)
			if (l->cells[r][c] != NULL && (w = tui_text_width(l->cells[r][c])) > want[c])
				want[c] = w;
		if (l->seen[c] > want[c])
			want[c] = l->seen[c];
		l->seen[c] = want[c];
	}
	/* the narrowest first: a column with a long heading (a pledge's
	 * «نوع مشارکت») does not keep its lead over a name headed «خیّر»;
	 * first the names up to NAME_ROOM cells and a pledge's type up to
	 * TYPE_ROOM (a choice reads well enough cut), then all of them */
	for (phase = 0; phase < 2; phase++)
		for (grew = 1; room > 0 && grew; ) {
			int n = -1;

			for (c = 0; c < l->ncols; c++) {
				int cap = phase > 0 ? want[c] :
				    pledge_type_col(l, (size_t)l->cols[c]) ||
				    need_category_col(l, (size_t)l->cols[c]) ? TYPE_ROOM : NAME_ROOM;

				if (l->widths[c] < want[c] && l->widths[c] < cap &&
				    (n < 0 || l->widths[c] < l->widths[n]))
					n = c;
			}
			if ((grew = n >= 0) != 0) {
				l->widths[n]++;
				room--;
			}
		}
	if (room > 0 && name >= 0)
		l->widths[name] += room;
	for (c = 0; c < l->ncols; c++)
		if (col_flexible(l, (size_t)l->cols[c]) && l->widths[c] < want[c])
			short_ = 1;
	return short_;
}

/* Shares the room among the columns (fit_share).  On a narrow screen
 * (under NARROW_LIST cells: 40 or 50 columns) where a name or title is
 * still cut short, the id column is as wide as the ids seen and its
 * heading, not its 10 cells, the name taking what it frees; at 80
 * columns, or where every name fits, the layout is as it was. */
static void
fit_columns(struct list *l)
{
	int saved[MAXCOLS];

	memcpy(saved, l->widths, sizeof saved);
	if (fit_share(l, 0) && l->width < NARROW_LIST) {
		memcpy(l->widths, saved, sizeof saved);
		fit_share(l, 1);
	}
}

static void
clear_rows(struct list *l)
{
	int r, c;

	for (r = 0; r < l->nrows; r++)
		for (c = 0; c < MAXCOLS; c++) {
			free(l->cells[r][c]);
			l->cells[r][c] = NULL;
		}
	l->nrows = 0;
}

static void
mem_free(struct list *l)
{
	size_t i;

	for (i = 0; i < l->nmem; i++)
		free(l->mem[i].key);
	free(l->mem);
	l->mem = NULL;
	l->nmem = l->mtop = 0;
	l->mem_valid = 0;
}

static void
restart(struct list *l)
{
	l->seen_ncols = -1;	/* another set of rows: fit_columns afresh */
	l->filled_fresh = 0;	/* and the columns' values: fetch anew */
	l->top.len = 0;
	l->nhist = 0;
	l->sel = 0;
	l->mtop = 0;
	l->mem_valid = 0;
}

/* The search text changed in the list (a key typed, deleted, cleared):
 * the rows start again, and the sums wait for the typing to pause
 * (sum_pass). */
static void
searched(struct list *l)
{
	restart(l);
	l->sum_defer = 1;
}

/* 1 if a search is checked on each row (text_matches) rather than read
 * from the search index: a kind with no search field (pledge, payment),
 * and a stage, found by its own title or its need's: «اجرا» is the title
 * of many needs' stages, and a supervisor following one need's timetable
 * types the need's title (before, a stage was found by its own title
 * alone, and «میانه» found none of the stages of Mianeh's needs that the
 * list showed beside them). */
static int
scan_search(const struct list *l)
{
	return l->q.len > 0 && (l->search_field < 0 || l->kind == CORE_STAGE);
}

/* 1 if the iterator of open_iter applies the filter itself (the index of
 * the filtered field, in id order); otherwise each row is checked. */
static int
filter_in_iter(const struct list *l)
{
	return l->filter_field >= 0 && !(l->q.len > 0 && l->search_field >= 0) &&
	    (l->by_id || l->search_field < 0) && !l->exact;
}

/*
 * A search text that names one record exactly opens an iterator over that
 * record alone: its id ("TBZ-12", "tbz-12") or the value of a unique field
 * (a national or legal id, in any digits, with dashes or spaces; a
 * national id of 8 or 9 digits with its leading zeros dropped), which a
 * clerk with a donor on the phone types as readily as a name.  Returns 1
 * with *it open, 0 if the text names no record here.
 */
static int
exact_iter(struct list *l, struct store_txn *t, struct store_iter **it)
{
	char id[CORE_ID_MAX], digits[64], padded[80], station[CORE_STATION_MAX + 1];
	const char *q = l->q.buf;
	uint64_t seq;
	size_t f;
	int nd;

	while (*q == ' ')
		q++;
	if (strlen(q) < sizeof id) {
		if (!core_id_raised(q, id))
			loc_utf8_copy(id, sizeof id, q);
		id[strcspn(id, " ")] = '\0';
		if (core_id_parse(id, station, &seq) == 0 && store_exists(t, l->kind, id, NULL) == 0)
			return store_iter_one(t, l->kind, id, it) == 0;
	}
	if ((nd = loc_digits_collect(q, digits, sizeof digits)) >= 8)
		for (f = 1; f < l->sc->nfields; f++) {
			const char *v = digits;

			if (!(l->sc->fields[f].flags & CORE_FF_UNIQUE))
				continue;
			/* a national id whose leading zeros a spreadsheet
			 * dropped (12345679 for 0012345679), restored as the
			 * form and an import restore them (core_check_nid);
			 * one typed with its zeros ("00123456", the start of
			 * 0012345678) is not padded: it goes on to the search */
			if (l->sc->fields[f].type == CORE_FT_NID && nd < 10 && digits[0] != '0' &&
			    core_check_nid(digits, padded, sizeof padded, NULL) != CORE_SEV_ERROR)
				v = padded;
			if (store_lookup_unique(t, l->kind, (int)f, v, id) == 0)
				return store_iter_index(t, l->kind, (int)f, v, it) == 0;
		}
	/* a mobile number, as core_check_mobile reads one (0914..., +98914...,
	 * 914...): every record that has it */
	for (f = 1; f < l->sc->nfields; f++) {
		const struct core_field *fd = &l->sc->fields[f];
		char m[16];
		enum core_msg msg;

		if (fd->type != CORE_FT_MOBILE || !(fd->flags & CORE_FF_INDEX) ||
		    core_check_mobile(q, m, sizeof m, &msg) == CORE_SEV_ERROR ||
		    store_iter_index(t, l->kind, (int)f, m, it) != 0)
			continue;
		if (store_iter_next(*it, id) == 0) {
			store_iter_free(*it);	/* probe: reopened for the rows */
			return store_iter_index(t, l->kind, (int)f, m, it) == 0;
		}
		store_iter_free(*it);
		*it = NULL;
	}
	return 0;
}

/*
 * A search text in a named kind that has the shape of a part of a record's
 * id (Latin letters and digits, in any digits, with a dash: "TST-3",
 * "tst-3", "ST-۳۱", "-31", "TST-") into out, raised as an id is:
 * the records whose id holds it are listed, in id order, as pledges and
 * payments are found by a part of their id.  Without a dash the text is a
 * name's word or a number (the records of that number at every station,
 * store_iter_search).  Returns 1, or 0 with out "".
 */
static int
id_part_of(const struct list *l, char *out, size_t n)
{
	const char *q = l->q.buf;
	char *fa;
	size_t i;

	out[0] = '\0';
	if (l->search_field < 0 || l->kind == CORE_USER)
		return 0;
	while (*q == ' ')
		q++;
	if (strchr(q, '-') == NULL || (fa = loc_digits_to_ascii(q)) == NULL)
		return 0;
	i = strlen(fa);
	while (i > 0 && fa[i - 1] == ' ')
		fa[--i] = '\0';
	for (i = 0; fa[i] != '\0'; i++)
		if (!((fa[i] >= 'A' && fa[i] <= 'Z') || (fa[i] >= 'a' && fa[i] <= 'z') ||
		    (fa[i] >= '0' && fa[i] <= '9') || fa[i] == '-'))
			break;
	/* and a digit in it, or the dash last (a station's, "TST-"): a
	 * Latin name with a dash ("Azar-Co") is a name */
	if (fa[i] != '\0' || i >= n || i < 2 ||
	    (strpbrk(fa, "0123456789") == NULL && fa[i - 1] != '-')) {
		free(fa);
		return 0;
	}
	for (i = 0; fa[i] != '\0'; i++)
		if (fa[i] >= 'a' && fa[i] <= 'z')
			fa[i] = (char)(fa[i] - 'a' + 'A');
	loc_utf8_copy(out, n, fa);
	free(fa);
	return 1;
}

/* Whether l's search text is a part of an id (id_part_of): each row is
 * then read and checked. */
static int
has_id_part(const struct list *l)
{
	char b[CORE_ID_MAX];

	return l->q.len > 0 && id_part_of(l, b, sizeof b);
}

static int
open_iter(struct list *l, struct store_txn *t, struct store_iter **it)
{
	l->id_part[0] = '\0';
	l->by_words = 0;
	if ((l->exact = l->q.len > 0 && exact_iter(l, t, it)) != 0)
		return 0;
	if (l->q.len > 0 && id_part_of(l, l->id_part, sizeof l->id_part))
		return store_iter_kind(t, l->kind, it);
	if (l->q.len > 0 && l->search_field >= 0 && !scan_search(l)) {
		l->by_words = 1;
		return store_iter_search(t, l->kind, l->q.buf, it);
	}
	if (filter_in_iter(l))
		return store_iter_index(t, l->kind, l->filter_field, l->filter_value, it);
	if (!l->by_id && l->search_field >= 0)
		return store_iter_search(t, l->kind, "", it);
	return store_iter_kind(t, l->kind, it);
}

/* The search keys of the captions text_matches reads (a pledge's donor
 * and need), kept for one pass over the rows (cap_reset when a pass
 * starts): 100,000 pledges name a few thousand donors and needs, whose
 * captions (a read, a scope check and a key each) took two thirds of a
 * search's time when they were made again for every pledge. */
struct capent {
	char id[CORE_ID_MAX];
	int kind;
	char *key;		/* NULL: a free slot */
};

static void
cap_reset(struct list *l)
{
	size_t i;

	for (i = 0; i < l->capcap; i++)
		free(l->capt[i].key);
	free(l->capt);
	free(l->cap_scratch);
	l->capt = NULL;
	l->cap_scratch = NULL;
	l->capn = l->capcap = 0;
	l->cap_look = l->cap_hit = 0;
}

static size_t
cap_slot(const struct capent *v, size_t cap, int kind, const char *id)
{
	uint32_t h = loc_fnv32_str(id) ^ (uint32_t)kind;
	size_t i;

	for (i = h & (cap - 1); v[i].key != NULL; i = (i + 1) & (cap - 1))
		if (v[i].kind == kind && strcmp(v[i].id, id) == 0)
			break;
	return i;
}

/* The search key of the caption of record id of kind k (loc_text_key of
 * caption_in), from the pass's cache; "" if it cannot be made. */
/* The search key of a caption or a title (loc_text_key), a word after a
 * ZWNJ a word too (word_start_in): «نژاد» finds «احمدی‌نژاد», as the
 * donors' search does; the text is kept whole beside it, for
 * «احمدی‌نژاد» typed.  NULL for want of memory.  Caller frees. */
static char *
words_key(const char *cap)
{
	char *key;

	if (strstr(cap, "\xe2\x80\x8c") != NULL) {
		/* a word after a ZWNJ starts a word too (word_start_in):
		 * «نژاد» finds «احمدی‌نژاد», as the donors' search does; the
		 * caption is kept whole beside it, for «احمدی‌نژاد» typed */
		char both[420], *p;
		size_t n = strlen(cap);

		memcpy(both, cap, n);
		both[n] = ' ';
		memcpy(both + n + 1, cap, n + 1);
		for (p = both + n + 1; (p = strstr(p, "\xe2\x80\x8c")) != NULL; ) {
			*p = ' ';
			memmove(p + 1, p + 3, strlen(p + 3) + 1);
		}
		key = loc_text_key(both);
	} else {
		key = loc_text_key(cap);
	}
	return key;
}

static const char *
cap_key(struct list *l, struct store_txn *t, enum core_kind k, const char *id)
{
	char cap[200], *key;
	size_t i, j;

	l->cap_look++;
	if (l->capcap > 0 && l->capt[i = cap_slot(l->capt, l->capcap, (int)k, id)].key != NULL) {
		l->cap_hit++;
		return l->capt[i].key;
	}
	caption_in(t, k, id, cap, sizeof cap);
	key = words_key(cap);
	if (key == NULL)
		return "";
	/* rows that each name a record of their own (the demo's 100,000
	 * pledges name 73,000 donors): a table that is rarely read again
	 * only costs, so past 32768 look-ups with under a quarter found
	 * the pass stops filling it (the key, kept to the next call, is
	 * read by the caller before) */
	if (l->cap_look >= 32768 && l->cap_hit * 4 < l->cap_look) {
		free(l->cap_scratch);
		return l->cap_scratch = key;
	}
	if ((l->capn + 1) * 2 > l->capcap) {	/* grow: at most half full */
		size_t ncap = l->capcap ? l->capcap * 2 : 1024;
		struct capent *v = calloc(ncap, sizeof *v);

		if (v == NULL) {
			free(key);
			return "";
		}
		for (j = 0; j < l->capcap; j++)
			if (l->capt[j].key != NULL)
				v[cap_slot(v, ncap, l->capt[j].kind, l->capt[j].id)] = l->capt[j];
		free(l->capt);
		l->capt = v;
		l->capcap = ncap;
	}
	i = cap_slot(l->capt, l->capcap, (int)k, id);
	loc_utf8_copy(l->capt[i].id, sizeof l->capt[i].id, id);
	l->capt[i].kind = (int)k;
	l->capt[i].key = key;
	l->capn++;
	return key;
}

/* Appends s to buf (size n, *o bytes used), after a space unless first;
 * cut where it does not fit (between bytes: a search key's words are
 * compared as bytes). */
static void
hay_add(char *buf, size_t n, size_t *o, const char *s)
{
	size_t len = strlen(s);

	if (*o > 0 && *o + 1 < n)
		buf[(*o)++] = ' ';
	if (*o + len >= n)
		len = n - 1 - *o;
	memcpy(buf + *o, s, len);
	*o += len;
	buf[*o] = '\0';
}

/* 1 if word starts a word of hay: found at its start or after a byte
 * that is no letter or digit (a space, a '-'), as the donors' search
 * takes each word typed as the start of a word of the name: «یکوکا» is
 * not in «نیکوکاری».  A byte of a multibyte letter (0x80 and up) is a
 * letter. */
static int
word_start_in(const char *hay, const char *word)
{
	const char *p;

	for (p = hay; (p = strstr(p, word)) != NULL; p++) {
		unsigned char b = p == hay ? ' ' : (unsigned char)p[-1];

		if (b < 0x80 && !(b >= '0' && b <= '9') && !((b | 32) >= 'a' && (b | 32) <= 'z'))
			return 1;
	}
	return 0;
}

/* A kind with no search field (pledge, payment), or a stage (scan_search,
 * its own title then beside its need's): 1 if each word typed is
 * in the record's id or in a code it holds (a payment's receipt number),
 * or starts a word (word_start_in) of the captions of what it refers to
 * (a pledge's donor and need, a payment's pledge: its donor), compared by their search keys (loc_text_key:
 * any digits, Arabic ي/ك, ZWNJ left out).  A clerk knows the donor,
 * rarely the pledge's id.  The query's key is made once for the text
 * typed (qkey), the captions' once a pass (cap_key). */
static int
text_matches(struct list *l, struct store_txn *t, const struct core_record *r)
{
	char own[256], hay[1024], *h, *sp;
	const char *q;
	size_t i, o;
	int ok = 1;

	if (l->qkey == NULL || l->qkey_of == NULL || strcmp(l->qkey_of, l->q.buf) != 0) {
		free(l->qkey);
		free(l->qkey_of);
		l->qkey = loc_text_key(l->q.buf);
		l->qkey_of = strdup(l->q.buf);
		if (l->qkey == NULL || l->qkey_of == NULL)
			return 0;
	}
	/* the record's own texts: its id, a code a clerk copies from paper
	 * (a payment's receipt); appended by hand (hay_add), as snprintf
	 * took a quarter of a search's time */
	o = 0;
	own[0] = '\0';
	hay_add(own, sizeof own, &o, core_record_text(r, 0));
	for (i = 1; i < l->sc->nfields; i++)
		if ((l->sc->fields[i].flags & CORE_FF_CODE) && r->v[i].set && r->v[i].text)
			hay_add(own, sizeof own, &o, r->v[i].text);
	if ((h = loc_text_key(own)) == NULL)
		return 0;
	/* the captions: names and titles, each word typed the start of one
	 * of their words; the id and codes (h) take a part anywhere, the
	 * last digits of a receipt number too */
	o = 0;
	hay[0] = '\0';
	for (i = 1; i < l->sc->nfields; i++)
		if (l->sc->fields[i].type == CORE_FT_REF && r->v[i].set)
			hay_add(hay, sizeof hay, &o, cap_key(l, t, l->sc->fields[i].ref, r->v[i].text));
	/* a stage's own title beside its need's (scan_search) */
	if (l->search_field >= 0 && r->v[l->search_field].set && r->v[l->search_field].text) {
		char title[200], *k;

		loc_utf8_copy(title, sizeof title, r->v[l->search_field].text);
		if ((k = words_key(title)) != NULL) {
			hay_add(hay, sizeof hay, &o, k);
			free(k);
		}
	}
	for (q = l->qkey; ok && *q != '\0'; q = sp) {
		char word[256];
		size_t n;

		sp = strchr(q, ' ');
		n = sp != NULL ? (size_t)(sp - q) : strlen(q);
		sp = (char *)q + n + (sp != NULL);
		if (n == 0)
			continue;
		if (n >= sizeof word)
			n = sizeof word - 1;
		memcpy(word, q, n);
		word[n] = '\0';
		ok = strstr(h, word) != NULL || word_start_in(hay, word);
	}
	free(h);
	return ok;
}

static int row_got(struct list *l, int rc);

/* Whether r, of a kind whose county is read from the records it names
 * (county_via), is in county code: a stage if its need is, a pledge if its
 * donor or its need is, a payment if its pledge's donor or need is (their
 * scope, store_record_scope, as the access rule reads it), a ceremony if
 * one donor it honours is (its scope is the one county all its donors
 * share, too narrow for a filter).  A record that cannot be read is in
 * none.  A row left out whose scope misses a record it names (s.missing: a
 * page a failing disk cut short) marks l damaged, as does a donor a
 * ceremony names that is not there: a row of that county would be left
 * out in silence.  The scope's own reads tell the missing record: before,
 * each row of another county had its records read a second time. */
static int
row_in_county(struct list *l, struct store_txn *t, const struct core_record *r, const char *code)
{
	struct core_record *x;
	struct core_scope s;
	char *ids, *tok, *save = NULL;
	int in = 0, k;

	if (r->kind != CORE_RECOGNITION) {
		if (row_got(l, store_record_scope(t, r, &s)) != 0)
			return 0;
		for (k = 0; k < s.n; k++)
			if (strcmp(s.county[k], code) == 0)
				return 1;
		if (s.missing)
			l->damaged = 1;
		return 0;
	}
	if ((ids = strdup(core_record_text(r, CORE_RECOGNITION_DONORS))) == NULL)
		return 0;
	for (tok = strtok_r(ids, " ", &save); tok != NULL && !in;
	    tok = strtok_r(NULL, " ", &save)) {
		if (row_got(l, store_get(t, CORE_DONOR, tok, &x, NULL)) != 0)
			continue;
		in = strcmp(core_record_text(x, CORE_DONOR_COUNTY), code) == 0;
		core_record_free(x);
	}
	free(ids);
	return in;
}

/* Whether the clerk may read r (a clerk's list of a kind with no county
 * field, scope_check): the access rule on its scope.  A row refused whose
 * scope misses a record it names (s.missing) marks l damaged, as the
 * county filter does (row_in_county): before, a pledge of his county's
 * need, lost, and another county's donor was left out of his list in
 * silence, while a supervisor's list filtered by his county said a record
 * was not shown. */
static int
row_readable(struct list *l, struct store_txn *t, const struct core_record *r)
{
	const struct store_identity *id = store_users_identity(tui_app.st);
	struct core_scope s;
	struct core_access a;

	if (id == NULL || row_got(l, store_record_scope(t, r, &s)) != 0)
		return 0;
	if (core_access_check(&id->actor, CORE_ACCESS_READ, &s, NULL, &a))
		return 1;
	if (s.missing && a.why != CORE_ACCESS_NOSCOPE)
		l->damaged = 1;
	if (a.why == CORE_ACCESS_LOST)
		l->lost_county = 1;
	return 0;
}

/* 1 if the record passes the filter (only checked when the iterator does
 * not already apply it). */

static int
passes(struct list *l, struct store_txn *t, const struct core_record *r)
{
	char buf[128];

	if (l->scope_check && !row_readable(l, t, r))
		return 0;
	if (scan_search(l) && !text_matches(l, t, r))
		return 0;
	if (l->id_part[0] != '\0' && strstr(core_record_text(r, 0), l->id_part) == NULL)
		return 0;
	if (l->ref_field >= 0 && l->need_county && !row_in_county(l, t, r, l->ref_value))
		return 0;
	if (l->late_only && !stage_late(l, t, r))
		return 0;
	if (l->ref_field >= 0 && !l->need_county && (!r->v[l->ref_field].set ||
	    (core_value_format(r, l->ref_field, buf, sizeof buf), strcmp(buf, l->ref_value) != 0)))
		return 0;
	if (l->filter_field < 0 || filter_in_iter(l))
		return 1;
	core_value_format(r, l->filter_field, buf, sizeof buf);
	return strcmp(buf, l->filter_canon) == 0;
}

static int
numeric_type(enum core_ftype t)
{
	return t == CORE_FT_AMOUNT || t == CORE_FT_INT || t == CORE_FT_DATE ||
	    t == CORE_FT_ENUM || t == CORE_FT_BOOL || t == CORE_FT_SET;
}

static int sort_desc_now;	/* qsort has no context argument */
static int sort_grp_now;	/* stage_by_need: grp, then num */

/* Ids in the order registered: station, then number (TST-9 before TST-10). */
static int
srow_id_cmp(const char *x, const char *y)
{
	size_t a = strlen(x), b = strlen(y);

	return a != b ? (a < b ? -1 : 1) : strcmp(x, y);
}

static int
srow_cmp(const void *a, const void *b)
{
	const struct srow *x = a, *y = b;
	int c;

	if (sort_grp_now) {
		/* by need (in the order the needs were registered), then
		 * planned start (none first), then the stage's id */
		if ((c = srow_id_cmp(x->grp, y->grp)) == 0)
			c = x->num < y->num ? -1 : x->num > y->num;
		if (c == 0)
			c = srow_id_cmp(x->id, y->id);
		return sort_desc_now ? -c : c;
	}
	if (x->key != NULL || y->key != NULL)
		c = strcmp(x->key ? x->key : "", y->key ? y->key : "");
	else
		c = x->num < y->num ? -1 : x->num > y->num;
	if (c == 0)	/* ties by id: station, then number */
		c = strlen(x->id) != strlen(y->id) ?
		    (strlen(x->id) < strlen(y->id) ? -1 : 1) : strcmp(x->id, y->id);
	return sort_desc_now ? -c : c;
}

/* row_got: store_get's rc for an id a walk of the list named: an entry naming a
 * record not there, or one that cannot be read, is damage (l->damaged).
 * Returns rc. */
static int
row_got(struct list *l, int rc)
{
	if (rc == STORE_ENOTFOUND || rc == STORE_ECORRUPT)
		l->damaged = 1;
	return rc;
}

/* Whether the record id is a row of the list: read (a record missing or
 * unreadable marks l damaged, row_got) and passing its filters. */
static int
row_shown(struct list *l, struct store_txn *t, const char *id)
{
	struct core_record *r;
	int shown;

	if (row_got(l, store_get(t, l->kind, id, &r, NULL)) != 0)
		return 0;
	shown = passes(l, t, r);
	core_record_free(r);
	return shown;
}

/* store_iter_next for a walk of the list: its STORE_ECORRUPT (a whole
 * table read as fewer records than LMDB counts) marks l damaged. */
static int
next_row(struct list *l, struct store_iter *it, char *id)
{
	int rc = store_iter_next(it, id);

	if (rc == STORE_ECORRUPT)
		l->damaged = 1;
	return rc;
}

/* 1 if l is the stages' list sorted by its need column: by need, then
 * each need's stages by planned start, the order a supervisor reads them
 * in (its default, list_alloc); before, the stages of every need were
 * listed by title, «اجرا» of one need beside «اجرا» of another. */
static int
stage_by_need(const struct list *l)
{
	return l->kind == CORE_STAGE && l->sort_field == CORE_STAGE_NEED;
}

/* Loads the rows in view with their keys for sort_field and sorts them.
 * Returns 0, 1 if there are more than SORT_LIMIT (STAGE_SORT_LIMIT for
 * stage_by_need), -1 on failure. */
static int
mem_load(struct list *l)
{
	const struct core_field *f = &l->sc->fields[l->sort_field];
	int by_need = stage_by_need(l);
	size_t limit = by_need ? STAGE_SORT_LIMIT : SORT_LIMIT;
	struct store_txn *t;
	struct store_iter *it = NULL;
	struct core_record *r;
	struct srow *v;
	char id[CORE_ID_MAX], *d, kb[512];
	size_t n = 0, klen, read = 0;
	int rc = 0;

	mem_free(l);
	if ((v = calloc(limit, sizeof *v)) == NULL)
		return -1;
	if (store_read_begin(tui_app.st, &t) != 0) {
		free(v);
		return -1;
	}
	if (open_iter(l, t, &it) != 0)
		rc = -1;
	while (rc == 0 && next_row(l, it, id) == 0) {
		if ((++read & 255) == 0)
			store_trim(tui_app.st);	/* as sum_pass: every row is read */
		if (row_got(l, store_get(t, l->kind, id, &r, NULL)) != 0)
			continue;
		if (!passes(l, t, r)) {
			core_record_free(r);
			continue;
		}
		if (n == limit) {
			core_record_free(r);
			rc = 1;
			break;
		}
		loc_utf8_copy(v[n].id, sizeof v[n].id, id);
		if (by_need) {
			loc_utf8_copy(v[n].grp, sizeof v[n].grp, core_record_text(r, CORE_STAGE_NEED));
			v[n].num = r->v[CORE_STAGE_PLANNED_START].set ?
			    r->v[CORE_STAGE_PLANNED_START].num : INT64_MIN;
		} else if (numeric_type(f->type))
			/* empty, but for a number whose empty is 0 (a stage's
			 * progress stored empty by an older version), first */
			v[n].num = r->v[l->sort_field].set ? r->v[l->sort_field].num :
			    (f->flags & CORE_FF_ZERO) ? 0 : INT64_MIN;
		else if ((d = tui_value_display(r, l->kind == CORE_DONOR &&
		    l->sort_field == CORE_DONOR_NATIONAL_ID && !r->v[l->sort_field].set ?
		    CORE_DONOR_LEGAL_ID : l->sort_field)) != NULL) {
			klen = loc_collate_key(d, kb, sizeof kb);
			if (klen >= sizeof kb)
				klen = sizeof kb - 1;
			kb[klen] = '\0';
			v[n].key = strdup(kb);
			free(d);
		}
		core_record_free(r);
		n++;
	}
	store_iter_free(it);
	cap_reset(l);	/* the pass's captions (cap_key) */
	store_read_end(t);
	l->mem = v;
	l->nmem = n;
	if (rc != 0) {
		mem_free(l);
		return rc;
	}
	sort_desc_now = l->sort_desc;
	sort_grp_now = by_need;
	qsort(v, n, sizeof *v, srow_cmp);
	l->mem_valid = 1;
	l->mem_gen = tui_list_generation;
	return 0;
}

/* What a list says when the store refuses to read (rc of store_read_begin):
 * not an empty table, which would send the clerk to type the records again. */
static const char *
read_refused(int rc, char *buf, size_t n)
{
	if (rc == STORE_EMOVED)
		snprintf(buf, n, "%s", _("The list could not be read: the database's file was replaced while the program ran (a backup put back?). Quit and start the program again."));
	else
		snprintf(buf, n, _("The list could not be read: %s"), tui_store_strerror(rc));
	return buf;
}

/* fetch() in memory-sort mode: rows mtop.. of the sorted ids. */
static void
fetch_mem(struct list *l, int h)
{
	struct store_txn *t;
	struct core_record *r;
	struct store_meta m;
	size_t i;
	int c;

	snprintf(l->count, sizeof l->count, "%zu", l->nmem);
	l->count_more = 0;
	if (l->mtop >= l->nmem)
		l->mtop = l->nmem > 0 ? l->nmem - 1 : 0;
	if ((l->read_rc = store_read_begin(tui_app.st, &t)) != 0)
		return;
	for (i = l->mtop; i < l->nmem && l->nrows < h; i++) {
		if (row_got(l, store_get(t, l->kind, l->mem[i].id, &r, &m)) != 0)
			continue;
		snprintf(l->ids[l->nrows], CORE_ID_MAX, "%s", l->mem[i].id);
		note_filled(l, r);
		l->inactive[l->nrows] = (unsigned char)is_inactive(l, r, &m);
		for (c = 0; c < l->ncols; c++)
			l->cells[l->nrows][c] = cell_text(l, t, r, c);
		mark_late(l, t, r);
		l->nrows++;
		core_record_free(r);
	}
	store_read_end(t);
	l->more = i < l->nmem;
	if (l->sel >= l->nrows)
		l->sel = l->nrows > 0 ? l->nrows - 1 : 0;
}

/* 1 if r is marked inactive: its `active` field is 0 (a donor, a group,
 * a unit), or, in a kind with no such field (a user, a need, a pledge, a
 * payment, a stage, a ceremony), its metadata says it was deactivated
 * (store_deactivate: meta.deleted); in the picker, a need done or
 * rejected, a pledge cancelled or fulfilled. */
static int
is_inactive(const struct list *l, const struct core_record *r, const struct store_meta *m)
{
	int f = core_field_find(l->sc, "active");

	/* the record picker (a pledge's need): a need done or rejected takes
	 * no new pledge (F2 warns of one, core_pledge_validate), and is set
	 * apart as a deactivated one is, besides its status column; it can
	 * still be picked (a pledge recorded late) */
	if (l->count_only && l->kind == CORE_NEED && r->v[CORE_NEED_STATUS].set &&
	    core_need_closed((int)r->v[CORE_NEED_STATUS].num))
		return 1;
	/* so too a payment's pledge cancelled or already fulfilled (F2
	 * warns of a payment on it): dimmed, so that the clerk picks an
	 * open one, whether or not its status column fits */
	if (l->count_only && l->kind == CORE_PLEDGE && r->v[CORE_PLEDGE_STATUS].set &&
	    (r->v[CORE_PLEDGE_STATUS].num == CORE_PLEDGE_CANCELLED ||
	    r->v[CORE_PLEDGE_STATUS].num == CORE_PLEDGE_FULFILLED))
		return 1;
	if (f < 0)
		return m->deleted != 0;
	return r->v[f].set && r->v[f].num == 0;
}

/* Whether stage r is overdue on the day the rows are judged on (set
 * by fetch before it reads them): what both the "!" (mark_late) and
 * F4's «Overdue only» (passes) go by, so the filter lists exactly the
 * rows marked.  As on the need's screen and in the question before a need
 * is marked done (store_need_stages), a stage deactivated is not followed,
 * nor is one of a need rejected (core_stage_late) or deactivated: its meta
 * and its need, read in t, say so. */
static int
stage_late(const struct list *l, struct store_txn *t, const struct core_record *r)
{
	struct core_record *need;
	struct store_meta m;
	int status = -1;

	if (!core_stage_overdue(r, l->today))
		return 0;
	if (store_exists(t, CORE_STAGE, core_record_text(r, 0), &m) == 0 && m.deleted)
		return 0;
	if (store_get(t, CORE_NEED, core_record_text(r, CORE_STAGE_NEED), &need, &m) == 0) {
		int off = m.deleted;

		if (need->v[CORE_NEED_STATUS].set)
			status = (int)need->v[CORE_NEED_STATUS].num;
		core_record_free(need);
		if (off)	/* a need deactivated: nor are its stages followed */
			return 0;
	}
	return core_stage_late(r, status, l->today);
}

/* A stage past its planned end and not done (core_stage_overdue: the
 * need's screen and the final-status question count the same ones), in the
 * list of all stages, stands out as on its need's screen: the row is bold
 * and its title starts with "!", which a monochrome terminal shows too.
 * Called after the row's cells are made. */
static void
mark_late(struct list *l, struct store_txn *t, const struct core_record *r)
{
	int c, row = l->nrows;
	char *s;

	l->late[row] = 0;
	if (l->kind != CORE_STAGE)
		return;
	if (!(l->late[row] = (unsigned char)stage_late(l, t, r)))
		return;
	for (c = 0; c < l->ncols; c++)
		if (l->cols[c] == CORE_STAGE_TITLE && l->cells[row][c] != NULL &&
		    (s = malloc(strlen(l->cells[row][c]) + 3)) != NULL) {
			sprintf(s, "! %s", l->cells[row][c]);
			free(l->cells[row][c]);
			l->cells[row][c] = s;
		}
}

/* The text of column c of record r: a reference shows the name of what
 * it names (its id if that cannot be read). */
static char *
cell_text(struct list *l, struct store_txn *t, const struct core_record *r, int c)
{
	const struct core_field *f = &l->sc->fields[l->cols[c]];
	char buf[200];

	if (f->type == CORE_FT_REF && r->v[l->cols[c]].set) {
		caption_in(t, f->ref, r->v[l->cols[c]].text, buf, sizeof buf);
		if (buf[0] != '\0')
			return tui_fa_digits ? loc_digits_to_fa_text(buf) : strdup(buf);
		/* no caption: the record named is not there or cannot be
		 * read, damage the list says under its rows (before, its id
		 * alone, a pledge's donor «TST-12», and no word) */
		row_got(l, store_exists(t, f->ref, r->v[l->cols[c]].text, NULL));
	}
	/* an amount in the user's unit, as the foot line's sums and the
	 * heading (col_label) have it: the rows add up to the sums */
	if (f->type == CORE_FT_AMOUNT && r->v[l->cols[c]].set)
		return strdup(tui_fmt_amount(r->v[l->cols[c]].num, 0, buf, sizeof buf));
	/* an organisation: its legal id in the national id's column */
	if (l->kind == CORE_DONOR && l->cols[c] == CORE_DONOR_NATIONAL_ID &&
	    !r->v[CORE_DONOR_NATIONAL_ID].set && r->v[CORE_DONOR_LEGAL_ID].set)
		return tui_value_display(r, CORE_DONOR_LEGAL_ID);
	/* a pledge of time: its hours where its amount would be */
	if (l->kind == CORE_PLEDGE && l->cols[c] == CORE_PLEDGE_AMOUNT &&
	    !r->v[CORE_PLEDGE_AMOUNT].set && r->v[CORE_PLEDGE_HOURS].set) {
		char h[32];

		snprintf(buf, sizeof buf, P_("%s hour", "%s hours", r->v[CORE_PLEDGE_HOURS].num),
		    tui_fmt_int(r->v[CORE_PLEDGE_HOURS].num, h, sizeof h));
		return strdup(buf);
	}
	/* neither (a pledge in kind): "-", as on a need's pledges screen,
	 * not a blank read as a column missing its value */
	if (l->kind == CORE_PLEDGE && l->cols[c] == CORE_PLEDGE_AMOUNT &&
	    !r->v[CORE_PLEDGE_AMOUNT].set)
		return strdup("-");
	/* a clerk or supervisor saved with no county (before the users'
	 * form refused one): an empty cell would read as every county, as
	 * an admin's does, where he may save nothing at all */
	if (l->kind == CORE_USER && l->cols[c] == CORE_USER_COUNTY &&
	    !r->v[CORE_USER_COUNTY].set && r->v[CORE_USER_ROLE].set &&
	    (r->v[CORE_USER_ROLE].num == CORE_ROLE_CLERK ||
	    r->v[CORE_USER_ROLE].num == CORE_ROLE_SUPERVISOR))
		return strdup(_("none: needs one"));
	/* a role that works with every county (an administrator, the
	 * provincial HQ, an auditor): said so, as `user add` confirms it,
	 * where the cell was left blank */
	if (l->kind == CORE_USER && l->cols[c] == CORE_USER_COUNTY &&
	    !r->v[CORE_USER_COUNTY].set && r->v[CORE_USER_ROLE].set)
		return strdup(_("All counties"));
	/* a text of several lines (a unit's address) on its row's one line */
	if (f->flags & CORE_FF_MULTILINE) {
		char *d = tui_value_display(r, l->cols[c]), *p;

		for (p = d; p != NULL && *p != '\0'; p++)
			if (*p == '\n' || *p == '\r' || *p == '\t')
				*p = ' ';
		return d;
	}
	return tui_value_display(r, l->cols[c]);
}

/* The rows l lists, as its heading counts them (*n), read in t without
 * reading them: 1, or 0 where that is not known without reading every
 * row (a clerk's county, a search, a filter not indexed). */
static int
head_count(const struct list *l, struct store_txn *t, size_t *n)
{
	if (l->scope_check)
		return 0;	/* not known without reading every row */
	if (l->ref_field >= 0 || l->late_only)
		return 0;	/* as for the scope: every row would be read */
	if (l->q.len == 0 && l->filter_field < 0)
		return store_count(t, l->kind, n) == 0;
	if (l->q.len == 0 && l->filter_field >= 0)
		return store_count_index(t, l->kind, l->filter_field, l->filter_value, n) == 0;
	return 0;
}

/* Reads up to h rows from top (plus one to learn if more follow). */
static void
fetch(struct list *l, int h)
{
	struct store_txn *t;
	struct store_iter *it = NULL;
	struct core_record *r;
	struct store_meta m;
	char id[CORE_ID_MAX];
	size_t n = 0;
	int c, counted = 0;

	clear_rows(l);
	l->more = 0;
	/* the day the rows are judged overdue on (stage_late), the same
	 * for the filter and the mark of this paint's rows */
	l->today = loc_day_today();
	if (h > MAXROWS - 1)
		h = MAXROWS - 1;
	if (h < 1)		/* a terminal smaller than any sensible size */
		h = 1;
	/* Name order is the store's (a filter checked on each row); a search
	 * lists by the matched word, so its rows are sorted by name here. */
	if (l->sort_field >= 0 && l->sort_field == l->search_field && l->q.len == 0) {
		l->sort_field = -1;
		l->by_id = 0;
	}
	if (l->sort_field >= 0 && (!l->mem_valid || l->mem_gen != tui_list_generation)) {
		int rc = mem_load(l);

		if (rc != 0) {
			l->sort_field = -1;
			loc_utf8_copy(l->status, sizeof l->status, rc > 0 ?
			    _("Too many rows to sort by that column: search or filter first.") :
			    _("Cannot sort the list."));
		}
	}
	if (l->sort_field >= 0) {
		fetch_mem(l, h);
		return;
	}
	/* a refusal (the database's file replaced under the session) is
	 * said by draw, not shown as an empty table */
	l->count_more = 0;	/* (count_rows: of its own pass only) */
	if ((l->read_rc = store_read_begin(tui_app.st, &t)) != 0) {
		l->count[0] = '\0';
		return;
	}
	if ((counted = head_count(l, t, &n)) != 0)
		snprintf(l->count, sizeof l->count, "%zu", n);
	else
		l->count[0] = '\0';
	if (open_iter(l, t, &it) != 0)
		goto out;
	if (l->top.len > 0 && store_iter_seek(it, &l->top) != 0)
		goto out;
	while (next_row(l, it, id) == 0) {
		if (row_got(l, store_get(t, l->kind, id, &r, &m)) != 0)
			continue;
		if (!passes(l, t, r)) {
			core_record_free(r);
			continue;
		}
		if (l->nrows == h) {
			l->more = 1;
			core_record_free(r);
			break;
		}
		snprintf(l->ids[l->nrows], CORE_ID_MAX, "%s", id);
		note_filled(l, r);
		l->inactive[l->nrows] = (unsigned char)is_inactive(l, r, &m);
		store_iter_pos(it, &l->pos[l->nrows]);
		for (c = 0; c < l->ncols; c++)
			l->cells[l->nrows][c] = cell_text(l, t, r, c);
		mark_late(l, t, r);
		l->nrows++;
		core_record_free(r);
	}
	/* the whole list read from its first row: as many rows as counted
	 * (a leaf cut short reads fewer records, or fewer index entries,
	 * without an error) */
	if (counted && l->top.len == 0 && !l->more && (size_t)l->nrows < n)
		l->damaged = 1;
	/* the last page of a list paged from its first row (PgDn, Down,
	 * End read forwards): the rows each move passed (the history, from
	 * the first row on) and this page's, as many as counted; before,
	 * only a list of one page was checked, and a list of 30 donors read
	 * page by page showed 29 in silence */
	if (counted && l->top.len > 0 && !l->more && l->nhist > 0 && l->hist[0].pos.len == 0) {
		size_t rows = (size_t)l->nrows, i;

		for (i = 0; i < l->nhist; i++)
			rows += (size_t)l->hist[i].rows;
		if (rows < n)
			l->damaged = 1;
	}
out:
	store_iter_free(it);
	cap_reset(l);	/* the pass's captions (cap_key) */
	store_read_end(t);
	if (l->sel >= l->nrows)
		l->sel = l->nrows > 0 ? l->nrows - 1 : 0;
}

static void
push_hist(struct list *l, int rows)
{
	struct hent *p;

	if (l->nhist == l->caphist) {
		size_t cap = l->caphist ? l->caphist * 2 : 64;
		if ((p = realloc(l->hist, cap * sizeof *p)) == NULL)
			return;
		l->hist = p;
		l->caphist = cap;
	}
	l->hist[l->nhist].pos = l->top;
	l->hist[l->nhist++].rows = rows;
}

/* Scrolls down by up to k rows (the page read last must be current). */
static void
down(struct list *l, int k, int h)
{
	if (l->nrows == 0)
		return;
	if (l->sort_field >= 0 && l->sel + k >= l->nrows && l->more) {
		l->mtop += (size_t)k;
		if (l->mtop + (size_t)l->nrows > l->nmem)
			l->mtop = l->nmem > (size_t)l->nrows ? l->nmem - (size_t)l->nrows : 0;
		fetch(l, h);
		return;
	}
	if (l->sel + k < l->nrows) {
		l->sel += k;
		return;
	}
	if (!l->more) {
		l->sel = l->nrows - 1;
		return;
	}
	if (k > l->nrows)
		k = l->nrows;
	push_hist(l, k);
	l->top = l->pos[k - 1];
	fetch(l, h);
}

/* Reads backwards from the iterator's position (store_iter_prev) up to n
 * rows that pass the filter; then *top is the position of the entry before
 * the last row read (the beginning if none).  Returns the rows read, or -1
 * if the iterator cannot go backwards or fails. */
static int
read_back(struct list *l, struct store_txn *t, struct store_iter *it, int n, struct store_pos *top)
{
	char id[CORE_ID_MAX];
	int got = 0, rc = 0;
	int need_get = l->scope_check || (l->filter_field >= 0 && !filter_in_iter(l)) || l->ref_field >= 0 ||
	    l->late_only || scan_search(l) || has_id_part(l);

	while (got < n && (rc = store_iter_prev(it, id)) == 0) {
		if (need_get && !row_shown(l, t, id))
			continue;
		got++;
	}
	if (rc == 0 && (rc = store_iter_prev(it, id)) == 0)
		store_iter_pos(it, top);
	else if (rc == STORE_ENOTFOUND)
		top->len = 0;	/* the first row read is the first of all */
	if (rc != 0 && rc != STORE_ENOTFOUND)
		return -1;
	return got;
}

/* Up with no history left: moves top back k rows before the first row
 * shown.  Returns the rows moved (0 at the beginning), -1 if the iterator
 * cannot go backwards. */
static int
up_back(struct list *l, int k)
{
	struct store_txn *t;
	struct store_iter *it = NULL;
	struct store_pos top;
	int moved = -1;

	if (l->top.len == 0)
		return 0;
	if (store_read_begin(tui_app.st, &t) != 0)
		return -1;
	/* From the first row shown (from top if none is: then the entry at
	 * top is not counted). */
	if (open_iter(l, t, &it) == 0 &&
	    store_iter_seek(it, l->nrows > 0 ? &l->pos[0] : &l->top) == 0 &&
	    (moved = read_back(l, t, it, k, &top)) >= 0)
		l->top = top;
	store_iter_free(it);
	cap_reset(l);	/* the pass's captions (cap_key) */
	store_read_end(t);
	return moved;
}

static void
up(struct list *l, int k, int h)
{
	int moved = 0, m;

	if (l->sel - k >= 0) {
		l->sel -= k;
		return;
	}
	if (l->sort_field >= 0) {
		if (l->mtop == 0)
			l->sel = 0;
		l->mtop = l->mtop > (size_t)k ? l->mtop - (size_t)k : 0;
		fetch(l, h);
		return;
	}
	while (moved < k && l->nhist > 0) {
		l->nhist--;
		l->top = l->hist[l->nhist].pos;
		moved += l->hist[l->nhist].rows;
	}
	/* No history left short of the beginning (after End): step back. */
	if (moved < k && l->nhist == 0 && l->top.len > 0) {
		if (moved > 0)
			fetch(l, h);	/* pos[0]: the first row at the popped top */
		if ((m = up_back(l, k - moved)) > 0)
			moved += m;
	}
	if (moved == 0)
		l->sel = 0;
	fetch(l, h);
}

/* The order and filter End's count was made under, as one key. */
static void
end_key(const struct list *l, char *buf, size_t n)
{
	snprintf(buf, n, "%d %d %d:%s", (int)l->kind, l->by_id, l->filter_field, l->filter_value);
}

/* End reads the last page backwards, with no history: fetch cannot count
 * the rows before it against the heading's count, as it does for a last
 * page paged down to.  A list whose count is known has its entries
 * walked forwards here, their keys only (no record read, no row kept),
 * and counted against it: fewer (a page a failing disk cut short, read
 * without an error) marks it damaged (returns 1), and the sentence is
 * said under the last page, which End then reads as many rows shorter.
 * Before, End on the donors' list by id of a copy whose last donor was
 * lost showed eleven under «رکوردها: ۱۲» in silence.  At any length:
 * the map's pages the walk touches are given back as they add up
 * (store_trim, as sum_pass does: issue 9, peak memory), and a list found
 * whole is not walked again while the database is unchanged (the same
 * snapshot, store_txn_snapshot) under the same order and filter; before,
 * a list of more than 5000 rows (SORT_LIMIT) was not counted at all, and
 * End on 5,100 donors by id, one of them lost, said nothing.  A list
 * whose rows must each be read to be counted (a filter not in its
 * iterator) is walked up to SORT_LIMIT rows only: that would read every
 * record, and its damage is said where a walk or a row read finds it.
 * A walk of an index counts its entries, and an entry naming a record a
 * cut leaf lost counts as one there: in name order End said nothing where
 * id order, the table's walk, said the list was short (one donor of 60
 * lost between the first and last page).  Now name order walks the table
 * too, its keys only, as id order does; a filter's index (in id order)
 * has each entry's record looked for (store_exists). */
static int
end_count(struct list *l)
{
	struct store_txn *t;
	struct store_iter *it = NULL;
	char id[CORE_ID_MAX], key[sizeof l->end_key];
	size_t n, seen = 0, walked = 0;
	uint64_t snap;
	int rc, need_get = l->scope_check || (l->filter_field >= 0 && !filter_in_iter(l)) ||
	    l->ref_field >= 0 || l->late_only || scan_search(l) || has_id_part(l);
	/* the iterator walks an index, not the records' table (open_iter):
	 * a filter's, whose entries name their records in id order, each
	 * looked for; or in name order the names', and then the table is
	 * walked too, as id order walks it (the names' order looked up
	 * one by one, page after page given back by store_trim, took ten
	 * times as long: 0.4 s for 40,000 donors) */
	int look = !need_get && filter_in_iter(l);
	int by_name = !need_get && !filter_in_iter(l) && !l->by_id && l->search_field >= 0;

	if (l->damaged || l->sort_field >= 0 || store_read_begin(tui_app.st, &t) != 0)
		return 0;
	snap = store_txn_snapshot(t);
	end_key(l, key, sizeof key);
	if (l->end_whole && l->end_snap == snap && l->end_gen == tui_list_generation &&
	    strcmp(l->end_key, key) == 0) {
		store_read_end(t);	/* counted whole in this very state */
		return 0;
	}
	l->end_whole = 0;
	if (!head_count(l, t, &n) || (need_get && n > SORT_LIMIT) || open_iter(l, t, &it) != 0) {
		store_read_end(t);
		return 0;
	}
	while ((rc = next_row(l, it, id)) == 0) {
		if ((++walked & 255) == 0)
			store_trim(tui_app.st);
		if (need_get && !row_shown(l, t, id))
			continue;
		if (look && row_got(l, store_exists(t, l->kind, id, NULL)) != 0)
			continue;
		seen++;
	}
	if (rc == STORE_ENOTFOUND && seen < n)
		l->damaged = 1;
	if (rc == STORE_ENOTFOUND && !l->damaged && by_name) {
		size_t recs = 0;

		store_iter_free(it);
		it = NULL;
		if ((rc = store_iter_kind(t, l->kind, &it)) == 0) {
			while ((rc = next_row(l, it, id)) == 0) {
				if ((++walked & 255) == 0)
					store_trim(tui_app.st);
				recs++;
			}
			if (rc == STORE_ENOTFOUND && recs < n)
				l->damaged = 1;
		}
	}
	if (rc == STORE_ENOTFOUND && !l->damaged) {
		l->end_whole = 1;
		l->end_snap = snap;
		l->end_gen = tui_list_generation;
		loc_utf8_copy(l->end_key, sizeof l->end_key, key);
	}
	store_iter_free(it);
	cap_reset(l);	/* the pass's captions (cap_key) */
	store_read_end(t);
	return l->damaged;
}

static void
to_end(struct list *l, int h)
{
	struct store_txn *t;
	struct store_iter *it = NULL;
	struct store_pos *ring, top;
	char id[CORE_ID_MAX];
	long seen = 0, nring = 2 * (long)h + 1;
	int need_get = l->scope_check || (l->filter_field >= 0 && !filter_in_iter(l)) || l->ref_field >= 0 ||
	    l->late_only || scan_search(l) || has_id_part(l);

	if (h < 1)
		h = 1;
	if (l->sort_field >= 0) {
		l->mtop = l->nmem > (size_t)h ? l->nmem - (size_t)h : 0;
		fetch(l, h);
		l->sel = l->nrows - 1;
		return;
	}
	if (store_read_begin(tui_app.st, &t) != 0)
		return;
	/* The last screenful read backwards. */
	if (open_iter(l, t, &it) == 0 && store_iter_last(it) == 0 &&
	    read_back(l, t, it, h, &top) >= 0) {
		l->top = top;
		l->nhist = 0;
		goto out;
	}
	store_iter_free(it);
	it = NULL;
	/* An iterator that cannot go backwards: forwards from top. */
	if ((ring = calloc((size_t)nring, sizeof *ring)) == NULL)
		goto out;
	if (open_iter(l, t, &it) == 0 && (l->top.len == 0 || store_iter_seek(it, &l->top) == 0)) {
		ring[0] = l->top;
		while (next_row(l, it, id) == 0) {
			if (need_get && !row_shown(l, t, id))
				continue;
			seen++;
			store_iter_pos(it, &ring[seen % nring]);
		}
		/* The history gets the screenful before the last: the first
		 * PgUp goes back exactly h rows. */
		if (seen > 2 * h) {
			push_hist(l, (int)(seen - 2 * h));
			l->top = ring[(seen - 2 * h) % nring];
			push_hist(l, h);
			l->top = ring[(seen - h) % nring];
		} else if (seen > h) {
			push_hist(l, (int)(seen - h));
			l->top = ring[(seen - h) % nring];
		}
	}
	free(ring);
out:
	store_iter_free(it);
	cap_reset(l);	/* the pass's captions (cap_key) */
	store_read_end(t);
	fetch(l, h);
	l->sel = l->nrows - 1;
}

/*
 * Puts record id on l's page of h rows, selected: the picker F4 opens
 * on the group a list is filtered by now, and a list back from a form
 * that saved id (list_saved_take).  The store finds the record's
 * entry by its key (store_iter_seek_id: by its name, in name order), not
 * by reading the rows before it; read_back then steps back over up to
 * half a page of the rows shown before it, which the page shows above it
 * as up() would, and a page that would end short with rows before it is
 * the last page, as End shows it (to_end).  A list sorted with F6 finds
 * it among its rows in memory (mem_load), the page put around it so.
 * Where id is not among the rows l lists (no such record now, another
 * county's on a clerk's list, a search by words, which cannot seek), l
 * stays where it was: a new picker at its first row, a list at its page.
 */
static void
list_goto(struct list *l, const char *id, int h)
{
	struct store_txn *t;
	struct store_iter *it = NULL;
	struct store_pos top;
	int i, found = 0;

	if (h < 1)
		h = 1;
	if (l->sort_field >= 0 && l->sort_field == l->search_field && l->q.len == 0) {
		l->sort_field = -1;	/* name order is the store's (fetch) */
		l->by_id = 0;
	}
	if (l->sort_field >= 0) {
		/* sorted (F6): the rows are in memory, id found among them */
		if ((!l->mem_valid || l->mem_gen != tui_list_generation) && mem_load(l) != 0) {
			restart(l);	/* fetch tries again, and says why */
			return;
		}
		for (i = 0; (size_t)i < l->nmem; i++)
			if (strcmp(l->mem[i].id, id) == 0)
				break;
		if ((size_t)i == l->nmem)
			return;
		l->seen_ncols = -1;	/* another set of rows (restart) */
		l->filled_fresh = 0;
		l->mtop = (size_t)i > (size_t)(h - 1) / 2 ? (size_t)i - (size_t)(h - 1) / 2 : 0;
		if (l->nmem > (size_t)h && l->mtop > l->nmem - (size_t)h)
			l->mtop = l->nmem - (size_t)h;	/* the last page, full */
		l->sel = i - (int)l->mtop;
		return;
	}
	if (store_read_begin(tui_app.st, &t) != 0)
		return;
	if (open_iter(l, t, &it) == 0 && store_iter_seek_id(it, id) == 0 &&
	    read_back(l, t, it, (h - 1) / 2, &top) >= 0)
		found = 1;
	store_iter_free(it);
	cap_reset(l);	/* the pass's captions (cap_key) */
	store_read_end(t);
	if (!found)
		return;
	restart(l);
	l->top = top;
	fetch(l, h);
	if (l->nrows < h && !l->more && l->top.len > 0)
		to_end(l, h);
	for (i = 0; i < l->nrows; i++)
		if (strcmp(l->ids[i], id) == 0) {
			l->sel = i;
			return;
		}
	restart(l);
}

/* Whether kind k's list has a foot line of sums: the money lists. */
static int
has_sums(const struct list *l)
{
	return l->kind == CORE_PLEDGE || l->kind == CORE_PAYMENT;
}

/*
 * The sums of the rows in view (after search and filter, a clerk's scope
 * too), counted as the rest of the program counts them: a pledge's amount
 * when it counts towards its need (store_pledge_share: material, neither
 * cancelled nor deactivated) and what was paid on those pledges
 * (store_pledge_paid), as store_need_sums and the dashboard have them; a
 * payment's amount unless deactivated (store_payment_share).  Rows with an
 * amount that is left out are counted apart, for the foot line to say so.
 * One pass over the rows' records (the pledges' payments through their
 * index), made again only when the search, the filter or the data
 * changed (this session's saves, tui_list_generation, and any session's
 * or import's, the change log's last number): moving through the list
 * costs nothing more.  While the clerk
 * types a search it waits (sum_defer): the paint after a key that changed
 * the search leaves the sums out, and the next one, on the next key or
 * when the keys have paused for the half second the screen waits for one
 * (tui_screen_key), makes them, so a search typed letter by letter over
 * 100,000 pledges reads them once, not once a letter.  It also gives the
 * count of rows where the indexes cannot (a search, a clerk's scope, a
 * second filter), on every list: the lists without sums make the pass to
 * count alone (count_rows), and stop it after COUNT_READ_MAX rows read,
 * the count then a least one ("5,000 or more").
 */
#define COUNT_READ_MAX 200000
/* The number of the last change written to the database (by this
 * session or another: a clerk at the next desk, an import), or 0 if it
 * cannot be read; a read of one key. */
static uint64_t
change_seq(void)
{
	struct store_txn *t;
	uint64_t seq = 0;

	if (store_read_begin(tui_app.st, &t) != 0)
		return 0;
	if (store_change_last(t, &seq) != 0)
		seq = 0;
	store_read_end(t);
	return seq;
}

uint64_t
tui_change_last(void)
{
	return change_seq();
}

int
tui_reread_due(int64_t at_ms, int64_t cost_ms)
{
	int64_t now = tui_clock_ms(), wait = cost_ms * 4 > 2000 ? cost_ms * 4 : 2000;

	if (now - at_ms < wait)
		return 0;
	if (now - at_ms >= wait * 4)
		return 1;
	return !tui_key_queued() && now - tui_key_last_ms() >= 1000;
}

void
tui_reread_note(const char *screen, const char *what, uint64_t seq)
{
	const char *path = getenv("HAMYAR_REREAD_LOG");
	FILE *f;

	if (path == NULL || *path == '\0' || (f = fopen(path, "a")) == NULL)
		return;
	fprintf(f, "%s %s %llu\n", screen, what, (unsigned long long)seq);
	fclose(f);
}

/* The change log's last number for this paint: read at the first call
 * (*seq SEQ_UNREAD), then the same (list_draw hands it to sum_current and
 * sum_pass, which read it twice before when the sums were made again). */
#define SEQ_UNREAD UINT64_MAX
static uint64_t
paint_seq(uint64_t *seq)
{
	if (*seq == SEQ_UNREAD)
		*seq = change_seq();
	return *seq;
}

/* The filters the sums were made under, as one key (sum_filter): the
 * field and county filters, and the day overdue stages are judged on. */
static void
sum_key(const struct list *l, char *buf, size_t n)
{
	snprintf(buf, n, "%d:%s %d:%s %ld", l->filter_field, l->filter_value, l->ref_field, l->ref_value,
	    l->late_only ? (long)l->today : -1L);
}

/* Whether the sums are those of the rows in view now: the same search,
 * filter and data (the change log's last number, paint_seq, read only
 * when all else is the same). */
static int
sum_current(const struct list *l, uint64_t *seq)
{
	char fkey[sizeof l->sum_filter];

	sum_key(l, fkey, sizeof fkey);
	return l->sum_valid && l->sum_gen == tui_list_generation && l->sum_q != NULL &&
	    strcmp(l->sum_q, l->q.buf ? l->q.buf : "") == 0 && strcmp(l->sum_filter, fkey) == 0 &&
	    l->sum_seq == paint_seq(seq);
}

/* Makes the sums, unless current; the paint's change number (paint_seq)
 * is kept with them (read before the pass's own transaction: a write in
 * between makes the next paint's number differ, and the sums are made
 * again). */
static void
sum_pass(struct list *l, uint64_t *seq)
{
	struct store_txn *t;
	struct store_iter *it = NULL;
	struct core_record *r;
	struct store_meta m;
	char id[CORE_ID_MAX], fkey[sizeof l->sum_filter];
	int64_t paid;
	size_t read = 0, pass = 0;

	if (sum_current(l, seq))
		return;
	sum_key(l, fkey, sizeof fkey);
	l->sum_valid = 0;
	l->sum_rows = l->sum_out = 0;
	l->sum_more = 0;
	l->sum_pledged = l->sum_received = 0;
	l->short_sum = 0;
	l->sum_seq = paint_seq(seq);	/* (its own read: before t begins) */
	if (store_read_begin(tui_app.st, &t) != 0)
		return;
	if (open_iter(l, t, &it) != 0)
		goto out;
	while (next_row(l, it, id) == 0) {
		/* every row of a search or filter may be read: the map's
		 * pages given back as they add up, not at the paint's end
		 * (a one-letter search of 100,000 donors touched 36 MB) */
		if ((++pass & 255) == 0)
			store_trim(tui_app.st);
		if ((!has_sums(l) || l->count_only) && ++read > COUNT_READ_MAX) {
			l->sum_more = 1;
			break;
		}
		if (row_got(l, store_get(t, l->kind, id, &r, &m)) != 0)
			continue;
		if (!passes(l, t, r)) {
			core_record_free(r);
			continue;
		}
		l->sum_rows++;
		if (!has_sums(l) || l->count_only)
			;	/* counted only */
		else if (l->kind == CORE_PLEDGE) {
			int st = r->v[CORE_PLEDGE_STATUS].set ? (int)r->v[CORE_PLEDGE_STATUS].num :
			    CORE_PLEDGE_PLEDGED;

			if (m.deleted || st == CORE_PLEDGE_CANCELLED)
				l->sum_out++;
			else if (store_pledge_counts(r, &m)) {
				l->sum_pledged += store_pledge_share(r, &m);
				if (store_pledge_paid(t, id, NULL, &paid) == 0)
					l->sum_received += paid;
			}
		} else if (m.deleted)
			l->sum_out++;
		else
			l->sum_received += store_payment_share(r, &m);
		core_record_free(r);
	}
	free(l->sum_q);
	if ((l->sum_q = strdup(l->q.buf ? l->q.buf : "")) != NULL)
		l->sum_valid = 1;
	l->sum_gen = tui_list_generation;
	loc_utf8_copy(l->sum_filter, sizeof l->sum_filter, fkey);
out:
	l->short_sum = store_sum_short(t);
	store_iter_free(it);
	cap_reset(l);	/* the pass's captions (cap_key) */
	store_read_end(t);
}

/* The count of the rows in view where fetch could not give it (l->count
 * ""): from sum_pass, made again only when the search, the filters or the
 * data changed, and while a search is being typed, at the paint after
 * the keys pause, as the sums are ("…" until then).  On every list: a
 * search with a filter, or a second filter, left the count out.  A count
 * there already is kept whole, a least one with it (count_more, which
 * fetch clears): the picker counts again after each read of its rows in
 * a paint, and the second call made «۲۰۰۰۰۰ یا بیشتر» «۲۰۰۰۰۰». */
static void
count_rows(struct list *l)
{
	uint64_t seq = SEQ_UNREAD;

	if (l->count[0] != '\0')
		return;
	l->count_more = 0;
	if (l->sum_defer && !sum_current(l, &seq)) {
		l->sum_defer = 0;
		l->sum_valid = 0;
	} else if (!has_sums(l) || l->count_only)	/* (else list_draw made the sums) */
		sum_pass(l, &seq);
	if (l->sum_valid) {
		snprintf(l->count, sizeof l->count, "%zu", l->sum_rows);
		l->count_more = l->sum_more;
	} else
		snprintf(l->count, sizeof l->count, "%s", "\u2026");
}

static void
unit_amount(int64_t rials, char *buf, size_t n)
{
	char num[64];

	snprintf(buf, n, "%s\u00a0%s", tui_fmt_amount(rials, 0, num, sizeof num),
	    tui_toman ? _("toman") : _("rials"));
}

/* The foot line's texts: into buf (size n) the sums of sum_pass in the
 * user's digits and unit, into note (size nn) how many rows they leave
 * out ("" if none). */
static void
foot_text(const struct list *l, char *buf, size_t n, char *note, size_t nn)
{
	char a[64], b[64], c[32];

	buf[0] = note[0] = '\0';
	if (!l->sum_valid)
		return;
	/* each amount with its unit, joined by a no-break space: the foot
	 * line wraps between words, never between a sum and its unit */
	unit_amount(l->sum_pledged, a, sizeof a);
	unit_amount(l->sum_received, b, sizeof b);
	if (l->kind == CORE_PLEDGE)
		snprintf(buf, n, _("Total of these pledges: %s; received on them: %s."), a, b);
	else
		snprintf(buf, n, _("Total of these payments: %s."), b);
	if (l->sum_out > 0)
		snprintf(note, nn, l->kind == CORE_PLEDGE ?
		    _("Not counted: %s cancelled or deactivated.") : _("Not counted: %s deactivated."),
		    tui_fmt_int((int64_t)l->sum_out, c, sizeof c));
}

static int
page_rows(struct list *l)
{
	/* search line, header, status line; the sums' foot line; the
	 * filters' own row */
	return tui_screen_rows() - 3 - (has_sums(l) ? l->foot_rows : 0) - l->dmg_rows -
	    l->short_rows - l->filt_apart;
}

static void
draw_rows(struct list *l, int y, int x, int w, int h, int with_header)
{
	int rtl = tui_ui_dir() == LOC_DIR_RTL;
	int r, c, cx;
	char cut[800];

	(void)h;
	if (with_header) {
		cx = rtl ? x + w : x;
		for (c = 0; c < l->ncols; c++) {
			int cw = l->widths[c];
			if (rtl)
				cx -= cw;
			tui_draw_ui(y, cx, cw, col_label(l, (size_t)l->cols[c]), A_BOLD | A_UNDERLINE);
			if (!rtl)
				cx += cw + COL_GAP;
			else
				cx -= COL_GAP;
		}
		y++;
	}
	for (r = 0; r < l->nrows; r++) {
		attr_t a = (r == l->sel ? A_REVERSE : A_NORMAL) | (l->inactive[r] ? tui_attr_inactive() : 0) |
		    (l->late[r] ? tui_attr_error() | A_BOLD : 0);

		tui_draw_blank(y + r, x, w, a);
		cx = rtl ? x + w : x;
		for (c = 0; c < l->ncols; c++) {
			int cw = l->widths[c];
			const struct core_field *f = &l->sc->fields[l->cols[c]];
			const char *s = l->cells[r][c] ? l->cells[r][c] : "";

			if (rtl)
				cx -= cw;
			/* a title, a name, a reference's caption too long for
			 * its column: cut in its middle, its start and end kept
			 * (tui_fit_middle), as the matching screen cuts them:
			 * two needs' titles that differ only at their end
			 * («... بخش مرکزی», «... بخش شمالی») cut at the end
			 * read the same at 80 columns.  On a narrow terminal
			 * (below NARROW_LIST cells: 40 or 50 columns), where a
			 * middle cut glued pieces of two words («همایش
			 * تجلیل…رکت‌های مردمی»), its start cut at a word's
			 * start (tui_fit_words); an id is never cut */
			/* A reference labelled with its amount (a payment's
			 * pledge, «سیده‌زهرا حق‌شناس — ۱۱۵٬۰۰۰٬۰۰۰») too long:
			 * cut at a word's start, the name kept before the
			 * amount (a middle cut ran the name into the amount,
			 * «سیده‌زهرا…۱۱۵٬۰۰۰٬۰۰۰»; the payment's own amount
			 * is beside it) */
			/* Another county's record, which a clerk is not
			 * told the name of: where «پرونده‌ای از شهرستانی
			 * دیگر» is too long (a clerk's pledges, his donors'
			 * on other counties' needs, at 80 columns), the
			 * short words, which fit; cut, it read «پرونده‌ای…دیگر»
			 * on every row, saying nothing */
			if (f->type == CORE_FT_REF && tui_text_width(s) > cw &&
			    strcmp(s, _("a record of another county")) == 0)
				s = _("another county");
			if (f->type == CORE_FT_REF && tui_text_width(s) > cw && strstr(s, " — ") != NULL)
				s = tui_fit_words(s, cw, cut, sizeof cut);
			else if ((f->type == CORE_FT_TEXT || f->type == CORE_FT_REF) &&
			    tui_text_width(s) > cw)
				s = w < NARROW_LIST ? tui_fit_words(s, cw, cut, sizeof cut) :
				    tui_fit_middle(s, cw, cut, sizeof cut);
			if (f->type == CORE_FT_ID)
				tui_draw_text(y + r, cx, cw, s, LOC_DIR_LTR,
				    rtl ? TUI_ALIGN_RIGHT : TUI_ALIGN_LEFT, a);
			else	/* a value: under English, in its own direction */
				tui_draw_text(y + r, cx, cw, s, tui_data_dir(),
				    rtl ? TUI_ALIGN_RIGHT : TUI_ALIGN_LEFT, a);
			if (!rtl)
				cx += cw + COL_GAP;
			else
				cx -= COL_GAP;
		}
	}
}

/* The fewest cells the search box keeps beside the filters and the
 * count, whatever is typed in it: on a narrow screen (below NARROW_LIST
 * cells), SEARCH_NARROW.  The filters that do not fit beside it whole
 * (by their values alone) take a row of their own (filters_apart). */
#define SEARCH_MIN 16
#define SEARCH_NARROW 10

/* A filter's value, without its «name: » («تبریز» for «شهرستان: تبریز»). */
static const char *
filter_value_of(const char *s)
{
	const char *v = strstr(s, ": ");

	return v != NULL && v[2] != '\0' ? v + 2 : s;
}

/* The filters in force in the order they are named, into *a and *b
 * (either "" for none): the indexed one's label, then the reference's
 * («گروه معرف: ...»). */
static void
filter_pair(const struct list *l, const char **a, const char **b)
{
	*a = l->filter_label;
	*b = l->ref_label;
	if (l->need_county) {
		/* a county read from each row (a pledge's, in the second
		 * slot) is named first, as a county in the first slot is
		 * (a need's «تبریز   تصویب‌شده») */
		*a = l->ref_label;
		*b = l->filter_label;
	}
	/* the stages' overdue filter after the county (a stage has no
	 * field filtered by: one of the two is empty) */
	if (l->late_only && (*a)[0] == '\0')
		*a = _("Overdue only");
	else if (l->late_only && (*b)[0] == '\0')
		*b = _("Overdue only");
}

/* The filters in force, as the search line names them (filter_pair);
 * "" if none.  Wider than w columns, they are shortened to fit: the
 * second's value alone, then both values alone (the value tells the
 * filter: a clerk's «تبریز», a group's name), then the values cut with an
 * ellipsis, the shorter whole if it takes at most half, the other the
 * rest («گروه معرف: …ان» told nothing). */
static const char *
filter_shown(const struct list *l, char *buf, size_t n, int w)
{
	const char *a, *b;
	char ca[sizeof l->filter_label], cb[sizeof l->ref_label];
	int wa, wb, half;

	filter_pair(l, &a, &b);
	if (a[0] == '\0' || b[0] == '\0') {
		a = a[0] ? a : b;
		if (tui_text_width(a) > w)
			a = filter_value_of(a);
		tui_fit_end(a, w, buf, n);
		return buf;
	}
	if (tui_text_width(a) + 3 + tui_text_width(b) > w)
		b = filter_value_of(b);
	if (tui_text_width(a) + 3 + tui_text_width(b) > w)
		a = filter_value_of(a);
	wa = tui_text_width(a);
	wb = tui_text_width(b);
	if (wa + 3 + wb > w) {
		half = (w - 3) / 2;
		if (wa <= half)
			wb = w - 3 - wa;
		else if (wb <= half)
			wa = w - 3 - wb;
		else {
			wa = half;
			wb = w - 3 - half;
		}
		/* the cells the first's cut leaves (a letter wider than
		 * one cell, or none, at its end) go to the second */
		a = tui_fit_end(a, wa, ca, sizeof ca);
		b = tui_fit_end(b, w - 3 - tui_text_width(a), cb, sizeof cb);
	}
	snprintf(buf, n, "%s   %s", a, b);
	return buf;
}

/* The cells the filters take whole at the fewest, each by its value
 * alone; 0 if none. */
static int
filters_least(const struct list *l)
{
	const char *a, *b;

	filter_pair(l, &a, &b);
	if (a[0] == '\0' || b[0] == '\0')
		return tui_text_width(filter_value_of(a[0] ? a : b));
	return tui_text_width(filter_value_of(a)) + 3 + tui_text_width(filter_value_of(b));
}

/* The search line's label, «جست‌وجو:», into buf; returns its cells and
 * the blank after it. */
static int
search_label(char *buf, size_t n)
{
	snprintf(buf, n, "%s:", _("Search"));
	return tui_text_width(buf) + 1;
}

/* How many records are in view, as the search line says it, into buf
 * ("" if not known); returns its cells. */
static int
count_text(const struct list *l, char *buf, size_t n)
{
	buf[0] = '\0';
	if (l->count[0]) {
		char *c = tui_fa_digits ? loc_digits_to_fa(l->count) : strdup(l->count);

		if (c != NULL && l->count_more)
			snprintf(buf, n, _("Records: %s or more"), c);
		else if (c != NULL)
			snprintf(buf, n, "%s %s", _("Records:"), c);
		free(c);
	}
	return tui_text_width(buf);
}

/* The cells a search line of w cells has beside its label and its box
 * at its fewest, whatever is typed in the box: for the filters and the
 * count. */
static int
search_room(int w)
{
	char label[120];

	return w - search_label(label, sizeof label) - 2 - (w < NARROW_LIST ? SEARCH_NARROW : SEARCH_MIN);
}

/* The cells the search line of w cells leaves the filters: what the
 * label, the box at its fewest and the count (at l->count_w, or cw if
 * wider) leave, whatever is typed in the box. */
static int
filters_room(const struct list *l, int w, int cw)
{
	if (l->count_w > cw)
		cw = l->count_w;
	return search_room(w) - (cw > 0 ? cw + 3 : 0);
}

/* Whether the count (at l->count_w, or wider now) is wider than what the
 * search line of w cells leaves beside the box at its fewest: then it
 * goes on the filters' own row (filters_apart), whole.  Before, at 40
 * columns it was cut there, a count past 200,000 rows read to
 * «رکوردها: ۲۰۰۰۰۰…», which read as a count still to come that never
 * came. */
static int
count_apart(const struct list *l, int w)
{
	char cnt[100];
	int cw = count_text(l, cnt, sizeof cnt), room = search_room(w);

	if (l->count_w > cw)
		cw = l->count_w;
	if (room < w / 2 - 2)	/* (draw_search gives it half the line) */
		room = w / 2 - 2;
	return cw > 0 && cw > room;
}

/* Whether the filters go on a row of their own under the search line, at
 * w cells: where they do not fit beside the box at its fewest whole, by
 * their values alone.  Before, at 40 and 50 columns, two filters were
 * cut to a letter or two each, «آذ…   شن…», and the room they had went
 * and came as the search box took the letters typed. */
static int
filters_apart(const struct list *l, int w)
{
	char cnt[100];
	int least = filters_least(l);

	return count_apart(l, w) || (least > 0 && least > filters_room(l, w, count_text(l, cnt, sizeof cnt)));
}

/* The search line: label and the box; sets the cursor.  Beside the box:
 * the filters in force (unless on their own row: l->filt_apart) and how
 * many records are in view, the count always whole, the filters fitted
 * to the room filters_room gives them, which what is typed does not
 * change (the box's own width changing with the count's figures at
 * most). */
static void
draw_search(struct list *l, struct tui_screen *s, int y, int x, int w)
{
	int rtl = tui_ui_dir() == LOC_DIR_RTL;
	char label[120], fl[sizeof l->filter_label + sizeof l->ref_label + 4];
	char cnt[100];
	/* the filters, the three spaces between and the count, each whole */
	char info[sizeof fl + 3 + sizeof cnt];
	int lw, bw, bx, iw = 0, tw, most, cw;
	struct loc_layout lay;
	struct tui_edit_view v;

	lw = search_label(label, sizeof label);
	bw = w - lw - 2;
	most = search_room(w);
	cw = count_text(l, cnt, sizeof cnt);
	if (l->filt_apart && count_apart(l, w))
		cw = 0, cnt[0] = '\0';	/* (on the filters' row) */
	fl[0] = '\0';
	if (!l->filt_apart)
		filter_shown(l, fl, sizeof fl, filters_room(l, w, cw));
	info[0] = '\0';
	if (cnt[0] || fl[0]) {
		snprintf(info, sizeof info, "%s%s%s", fl, fl[0] && cnt[0] ? "   " : "", cnt);
		bw = w / 2 - lw;
		iw = w / 2 - 2;
		/* two filters (a clerk's county and his status or category)
		 * may not fit in half the line: the search box gives up room
		 * down to its fewest cells rather than cut the filter short;
		 * the count as wide as filters_room takes it */
		tw = tui_text_width(fl) + (fl[0] && cnt[0] ? 3 : 0) + (cw > l->count_w ? cw : l->count_w);
		if (tw > iw && most > iw) {
			iw = tw < most ? tw : most;
			bw = w - lw - 2 - iw;
		}
	}
	tui_draw_ui(y, rtl ? x + w - lw : x, lw, label, A_BOLD);
	bx = rtl ? x + w - lw - bw - 1 : x + lw + 1;
	tui_draw_blank(y, bx, bw, tui_attr_field());
	l->q.flags = tui_draw_layout_flags();
	if (tui_edit_layout(&l->q, bw, &lay, &v) == 0) {
		tui_draw_cells(y, bx, bw, &lay, -v.text_x, tui_attr_field());
		if (tui_edit_isolated(&l->q))
			tui_draw_isolate(y, bx, bw, &lay, -v.text_x);
		if (s != NULL) {
			s->cursor_y = y;
			s->cursor_x = bx + v.cursor_x;
		}
		loc_layout_done(&lay);
	}
	if (info[0])
		tui_draw_ui(y, rtl ? x : iw > w / 2 - 2 ? x + w - iw : x + w / 2 + 1, iw, info, A_NORMAL);
}

/* A stage's caption in caption_parts' three parts: a stage's title
 * («اجرا») is shared by many needs' stages, so its need's title is said
 * too, «اجرا (نیاز: ...)», and is the name a short line cuts.  0 when the
 * need's title is not to be said (another county's need). */
static int
stage_parts(struct store_txn *t, const char *id, const char *title, char *head, size_t hn,
    char *name, size_t nn, char *tail, size_t tn)
{
	struct core_record *r;
	char cap[1200] = "", need[sizeof cap] = "", both[sizeof cap + 100], *mark;

	if (store_get(t, CORE_STAGE, id, &r, NULL) != 0)
		return 0;
	if (r->v[CORE_STAGE_NEED].set)
		caption_depth(t, CORE_NEED, r->v[CORE_STAGE_NEED].text, cap, sizeof cap, 0,
		    need, sizeof need);
	core_record_free(r);
	/* \x1f, which no title holds, marks where the need's title goes */
	snprintf(both, sizeof both, _("%s (need: %s)"), title, "\x1f");
	if (need[0] == '\0' || strcmp(cap, need) != 0 || (mark = strchr(both, '\x1f')) == NULL)
		return 0;
	*mark = '\0';
	loc_utf8_copy(head, hn, both);
	loc_utf8_copy(name, nn, need);
	loc_utf8_copy(tail, tn, mark + 1);
	return 1;
}

/* tui_record_caption of record id of kind k in three parts, each in the
 * user's digits: what its caption has before the name (caption_depth's),
 * the name, and what follows it (a payment's amounts).  name is "" when
 * the caption has none (another county's record: all of it in head). */
static void
caption_parts(enum core_kind k, const char *id, char *head, size_t hn, char *name, size_t nn,
    char *tail, size_t tn)
{
	struct store_txn *t;
	char cap[1200], nm[sizeof cap] = "";
	char *at;

	head[0] = name[0] = tail[0] = '\0';
	if (tui_app.st == NULL || store_read_begin(tui_app.st, &t) != 0)
		return;
	caption_depth(t, k, id, cap, sizeof cap, 2, nm, sizeof nm);
	if (k == CORE_STAGE && nm[0] && stage_parts(t, id, nm, head, hn, name, nn, tail, tn)) {
		store_read_end(t);
		goto digits;
	}
	store_read_end(t);
	if (nm[0] == '\0' || (at = strstr(cap, nm)) == NULL)
		at = cap + strlen(cap), nm[0] = '\0';
	/* each part cut between letters, at its own end */
	loc_utf8_copy(tail, tn, at + strlen(nm));
	loc_utf8_copy(name, nn, nm);
	*at = '\0';
	loc_utf8_copy(head, hn, cap);
digits:
	tui_fmt_digits(head, hn);
	tui_fmt_digits(name, nn);
	tui_fmt_digits(tail, tn);
}

/* The fewest columns a name cut to fit the saved line keeps (its start,
 * «…» and its end): fewer, and the whole line is cut instead. */
#define SAVED_NAME_MIN 10

/* Back from a form that saved a record of this list's kind (new, F5, or
 * edited, Enter): the list comes back with it selected and in view, among
 * the rows of the list's order (name order, or the F6 sort), on a page
 * of h rows (list_goto); where it cannot be found so (a search by words,
 * a filter it does not pass), the list stays at its page.  Before, the
 * list came back on the page it was left at (its first, usually), the row
 * at the old place selected, and only the status line named the record
 * saved.  The caption is read here, once. */
static void
list_saved_take(struct list *l, int h)
{
	char id[CORE_ID_MAX];

	if (!tui_form_take_saved(l->kind, id))
		return;
	loc_utf8_copy(l->saved_id, sizeof l->saved_id, id);
	caption_parts(l->kind, id, l->saved_head, sizeof l->saved_head, l->saved_name,
	    sizeof l->saved_name, l->saved_tail, sizeof l->saved_tail);
	l->saved_w = -1;
	list_goto(l, id, h);
}

/* Back from a form that saved a record of this list's kind: the status
 * line names it, a new record by the id the store gave it (the record
 * itself selected, list_saved_take).  One row
 * of the screen: a long name (a payment's donor's) is cut in its middle,
 * as the lists cut one, the id and the amounts whole; it wrapped onto a
 * second row, over the row above it (the payments' sums), and a name of
 * 150 letters lost the amounts.  On a screen too narrow even so, the line
 * itself is cut in its middle.  The caption is read once, when the form
 * hands the record over; the line is fitted at each paint whose width
 * differs, so that a terminal made narrower afterwards (KEY_RESIZE) keeps
 * it on one row, and one made wider shows more of the name again. */
static void
list_saved_note(struct list *l)
{
	char cut[sizeof l->saved_name + 1];
	char both[sizeof l->saved_head + sizeof l->saved_name + sizeof l->saved_tail];
	char all[sizeof both + 200], one[sizeof all];
	int w = COLS - 2, nw;

	if (l->saved_id[0] == '\0' || l->saved_w == w)
		return;
	l->saved_w = w;
	snprintf(both, sizeof both, "%s%s%s", l->saved_head, l->saved_name, l->saved_tail);
	snprintf(all, sizeof all, _("Saved: %s %s"), l->saved_id, both);
	/* the name as many columns shorter as the line is too long; a
	 * column less again if its cut laid out anew is wider */
	for (nw = tui_text_width(l->saved_name) - (tui_text_width(all) - w);
	    tui_text_width(all) > w && l->saved_name[0] && nw >= SAVED_NAME_MIN; nw--) {
		tui_fit_middle(l->saved_name, nw, cut, sizeof cut);
		snprintf(both, sizeof both, "%s%s%s", l->saved_head, cut, l->saved_tail);
		snprintf(all, sizeof all, _("Saved: %s %s"), l->saved_id, both);
	}
	if (tui_text_width(all) > w) {
		tui_fit_middle(all, w, one, sizeof one);
		snprintf(all, sizeof all, "%s", one);
	}
	/* cut between letters: a long name cut at a byte of the status
	 * showed half a Persian letter (a replacement mark) */
	loc_utf8_copy(l->status, sizeof l->status, all);
}

/* A search that found nothing, typed with the keyboard left in Latin (the
 * clerk thinking «بناب» sent "fkhf"): what the same keys give on the
 * program's Persian layout, into buf, so that the list can say so.  0 if
 * the query has a character beyond ASCII or no letter. */
static int
latin_reading(const char *q, char *buf, size_t n)
{
	const unsigned char *p;
	char *o = buf;
	uint32_t cp;
	int letters = 0;

	for (p = (const unsigned char *)q; *p != '\0'; p++) {
		if (*p >= 0x80 || (size_t)(o - buf) + 5 > n)
			return 0;
		letters += (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z');
		if (*p == ' ' || (cp = tui_kbd_isiri(*p)) == 0)
			*o++ = (char)*p;
		else
			o += loc_utf8_encode(cp, o);
	}
	*o = '\0';
	return letters > 0;
}

/* What an empty list says when a search found nothing. */
static const char *
nothing_found(const struct list *l, char *buf, size_t n)
{
	char fa[256];

	/* Logins are Latin: no Persian reading of the keys for them. */
	if (!tui_kbd_persian() && l->kind != CORE_USER && latin_reading(l->q.buf, fa, sizeof fa)) {
		snprintf(buf, n, _("Nothing found. On the Persian keyboard: \"%s\" (F12 switches the keyboard)."), fa);
		return buf;
	}
	return _("Nothing found.");
}

/*
 * Picks the columns for width, reads h rows from top and shares the room
 * among the columns (fit_columns).  A column empty in every row read
 * since the rows started again (col_empty: no donor of the filter has a
 * phone) is left out, its room going to the next column that fits or to
 * the name.  The columns are picked by what the rows read before showed
 * (filled): when the rows read now say otherwise (the first paint, a
 * search or filter whose rows differ, a first value on a later page),
 * they are picked again and the screenful read again, once; a column
 * once shown stays while the clerk pages through the same rows.  Only
 * the rows in view are known: knowing the whole filtered set would read
 * every record of it on each paint.
 */
static void
list_layout(struct list *l, int width, int h)
{
	int cols[MAXCOLS], ncols = l->ncols, pass;

	for (pass = 0; pass < 2; pass++) {
		pick_columns(l, width);
		if (pass > 0 && l->ncols == ncols &&
		    memcmp(cols, l->cols, (size_t)ncols * sizeof cols[0]) == 0)
			break;	/* the same columns: the rows read hold */
		fetch(l, h);
		/* rows read: the fields they fill are the columns' (none
		 * read, a search that found nothing: as before) */
		if (l->filled_fresh && l->nrows > 0)
			memcpy(l->filled, l->filled_new, sizeof l->filled);
		ncols = l->ncols;
		memcpy(cols, l->cols, sizeof cols);
	}
}

/* The rows a damage sentence msg takes at width w under a list's or the
 * picker's rows, room of them in all: as many as its words need while
 * keep rows are left above it for the records (cut there, drawn with an
 * ellipsis), else its first 4 (or fewer, all it needs) where those leave
 * 2; 0 where they do not.  Before, at most 4, which cut the sentence at
 * 40 columns (about 9 rows there) after the database's name, before what
 * to do, while rows above stood empty. */
static int
dmg_fit(int w, int room, int keep, const char *msg)
{
	int dn = tui_wrapped_rows(w, room > 4 ? room : 4, msg);

	if (dn < 1)
		dn = 1;
	if (dn > room - keep)
		dn = room - keep;
	if (dn < 4) {	/* as before where the records have fewer rows */
		int old = tui_wrapped_rows(w, 4, msg);

		if (old < 1)
			old = 1;
		if (dn < old)
			dn = room - old < 2 ? 0 : old;
	}
	return dn;
}

/* The rows a list keeps for its records under a damage sentence
 * (damaged_rows), and the picker (pick_damaged). */
#define DMG_KEEP	3

/* Writes the damaged-database sentence of l (l->damaged) into buf and
 * returns the rows it takes under the list's rows (l->dmg_rows), room of
 * them in all (dmg_fit): what the verbs say of a page that could not be
 * read (tui_identity_damaged), and that the list does not show every
 * record. */
static int
damaged_rows(struct list *l, char *buf, size_t n, int room)
{
	if (l->damaged && l->lost_county)
		/* a clerk: a record of a county not known, left out; not his
		 * to verify or restore */
		snprintf(buf, n, _("This list does not show every record: a page of the database %s could not be read; it may be damaged. A record whose county could not be read with it is shown only to supervisors, provincial HQ and auditors: ask provincial HQ."),
		    tui_app.db_path);
	else if (l->damaged)
		snprintf(buf, n, _("This list does not show every record: a page of the database %s could not be read; it may be damaged. Run 'hamyar --db %s verify'; if it finds damage, restore the last backup (README, \"Backup and restore\")."),
		    tui_app.db_path, tui_app.db_path);
	else
		tui_short_sums_text(buf, n);
	l->dmg_rows = dmg_fit(COLS - 2, room, DMG_KEEP, buf);
	return l->dmg_rows;
}

/* An older database opened read-only (store_search_short) keeps 32 words
 * of a name in its word index, so a search of it by words may miss a long
 * name by a later word, whether it finds others or none: the sentence
 * saying so into buf (the list and the picker say it once, dim, under
 * the rows) and the rows it takes at width w, at most max; 0 and buf ""
 * when l's rows are no such search.  Before, the list said it only when
 * it found nothing, and the picker never. */
static int
short_note(const struct list *l, char *buf, size_t n, int w, int max)
{
	int r;

	buf[0] = '\0';
	if (!l->by_words || l->q.len == 0 || !store_search_short(tui_app.st))
		return 0;
	loc_utf8_copy(buf, n, _("A long name may be missing: an earlier version's read-only database finds a name by its first 32 words; opening it once for writing mends that."));
	if ((r = tui_wrapped_rows(w, max, buf)) < 1)
		r = 1;
	return r;
}

static void
list_draw(struct tui_screen *s, int top, int rows)
{
	struct list *l = s->data;
	int h;
	char msg[600], foot[400], note[200], dmg[1200], shortn[600];
	int sum_rows = 0, sn;

	foot[0] = note[0] = '\0';
	l->foot_rows = 0;
	if (has_sums(l)) {
		uint64_t seq = SEQ_UNREAD;	/* read once a paint at most */

		if (l->sum_defer && !sum_current(l, &seq)) {
			/* a search being typed: the sums at the next paint */
			l->sum_defer = 0;
			l->sum_valid = 0;
			loc_utf8_copy(foot, sizeof foot, _("Totals: …"));
		} else {
			sum_pass(l, &seq);
			foot_text(l, foot, sizeof foot, note, sizeof note);
		}
		/* under the rows: the sums and what they leave out on one
		 * line where it is wide enough; else the sums over up to two
		 * lines and the rows left out on a line of their own */
		if (note[0] != '\0' && tui_text_width(foot) + 1 + tui_text_width(note) <= COLS - 2) {
			size_t o = strlen(foot);

			snprintf(foot + o, sizeof foot - o, " %s", note);
			note[0] = '\0';
		}
		if (foot[0] != '\0')
			sum_rows = tui_wrapped_rows(COLS - 2, 2, foot);
		l->foot_rows = sum_rows + (note[0] != '\0');
	}
	h = rows - 3 - l->foot_rows - l->filt_apart;
	/* a damaged database (l->damaged): its sentence under the rows, for
	 * as long as the list is open; the page made shorter for it, at the
	 * paint that finds the damage too */
	dmg[0] = '\0';
	if (l->damaged || l->short_sum)
		h -= damaged_rows(l, dmg, sizeof dmg, h);
	else
		l->dmg_rows = 0;
	/* a search that may miss a long name (short_note): its sentence
	 * under the rows, the page made shorter for it, at the paint whose
	 * reading finds the search to be one too */
	sn = short_note(l, shortn, sizeof shortn, COLS - 2, 4);
	h -= sn;
	list_saved_take(l, h);
	list_layout(l, COLS - 2, h);
	if (l->damaged && dmg[0] == '\0') {
		h -= damaged_rows(l, dmg, sizeof dmg, h);
		list_layout(l, COLS - 2, h);
	}
	if ((l->short_rows = short_note(l, shortn, sizeof shortn, COLS - 2, 4)) != sn) {
		h += sn - l->short_rows;
		list_layout(l, COLS - 2, h);
	}
	count_rows(l);	/* a search, a second filter: by sum_pass */
	/* the count's width the search line keeps room for: reset while
	 * the box is empty, only growing while a search is typed */
	{
		char cnt[100];
		int cw = count_text(l, cnt, sizeof cnt), apart;

		if (l->q.len == 0 || cw > l->count_w)
			l->count_w = cw;
		/* the filters on a row of their own, or back on the search
		 * line: the page a row shorter or longer */
		if ((apart = filters_apart(l, COLS - 2)) != l->filt_apart) {
			h -= apart - l->filt_apart;
			l->filt_apart = apart;
			list_layout(l, COLS - 2, h);
			count_rows(l);
		}
	}
	fit_columns(l);
	list_saved_note(l);
	draw_search(l, s, top, 1, COLS - 2);
	if (l->filt_apart) {	/* with their names where they fit */
		char fl[sizeof l->filter_label + sizeof l->ref_label + 4];
		char cnt[100], both[sizeof fl + sizeof cnt + 4];
		int cw = count_apart(l, COLS - 2) ? count_text(l, cnt, sizeof cnt) : 0;

		/* the count too where the search line cannot hold it whole,
		 * after the filters */
		filter_shown(l, fl, sizeof fl, cw > 0 ? COLS - 2 - cw - 3 : COLS - 2);
		if (cw > 0)
			snprintf(both, sizeof both, "%s%s%s", fl, fl[0] ? "   " : "", cnt);
		else
			snprintf(both, sizeof both, "%s", fl);
		tui_draw_ui(top + 1, 1, COLS - 2, both, A_NORMAL);
		top++;		/* (the page under it: its last row stays) */
		rows--;
	}
	draw_rows(l, top + 1, 1, COLS - 2, h, 1);
	if (sum_rows > 0)
		tui_draw_wrapped(top + 2 + h, 1, COLS - 2, sum_rows, foot, A_BOLD);
	if (note[0] != '\0')
		tui_draw_ui(top + 2 + h + sum_rows, 1, COLS - 2, note, A_BOLD);
	if (l->dmg_rows > 0)
		tui_draw_wrapped(top + 2 + h + l->foot_rows, 1, COLS - 2, l->dmg_rows, dmg, A_BOLD);
	if (l->short_rows > 0)
		tui_draw_wrapped(top + 2 + h + l->foot_rows + l->dmg_rows, 1, COLS - 2,
		    l->short_rows, shortn, A_DIM);
	if (l->nrows == 0 && l->read_rc != 0)
		tui_draw_wrapped(top + 3, 1, COLS - 2, 3, read_refused(l->read_rc, msg, sizeof msg),
		    A_BOLD);
	else if (l->nrows == 0 && l->no_county)
		/* not "no records yet", as if there were none: why he sees
		 * none, and who can change it (the popup at the start said
		 * it once; tui/app.c) */
		tui_draw_wrapped(top + 3, 1, COLS - 2, 3, _(tui_no_county_listed), A_BOLD);
	else if (l->nrows == 0)
		tui_draw_ui(top + 3, 1, COLS - 2, l->q.len ? nothing_found(l, msg, sizeof msg) :
		    l->ref_field >= 0 || l->late_only ?
		    _("No record has this filter's value: F4 changes the filter.") :
		    never_new(l) ? _("No records yet.") : _("No records yet: F5 makes a new one."),
		    A_DIM);
	if (l->status[0]) {
		/* a sentence longer than the line (a refusal saying who may,
		 * in Persian on 80 columns) takes the row above too, over the
		 * last record's until the next key, rather than being cut */
		int nl = tui_wrapped_rows(COLS - 2, 2, l->status);

		if (nl < 1)
			nl = 1;
		tui_draw_blank(top + rows - nl, 0, COLS, A_NORMAL);
		tui_draw_wrapped(top + rows - nl, 1, COLS - 2, nl, l->status, A_NORMAL);
	}
}

/* Sets l's second, row-checked filter: field k must hold value (as
 * core_value_format writes it), shown in the search line as
 * «name: shown». */
static void
row_filter_set(struct list *l, int k, const char *value, const char *shown)
{
	l->ref_field = k;
	l->need_county = 0;
	loc_utf8_copy(l->ref_value, sizeof l->ref_value, value);
	snprintf(l->ref_label, sizeof l->ref_label, "%s: %s", filter_name(&l->sc->fields[k]), shown);
	restart(l);
}

/* Sets l's reference filter: field k must name record id (its caption
 * in the search line, in the user's digits). */
static void
ref_filter_set(struct list *l, int k, const char *id)
{
	char cap[120];

	tui_record_caption(l->sc->fields[k].ref, id, cap, sizeof cap);
	row_filter_set(l, k, id, cap[0] ? cap : id);
}

/* Whether l's indexed filter is a county (a clerk's own or chosen with
 * F4): another field F4 then filters by goes beside it. */
static int
county_filtered(const struct list *l)
{
	return l->filter_field >= 0 && l->sc->fields[l->filter_field].type == CORE_FT_COUNTY;
}

/* The entry of F4's menu (fields[0..nf)) the menu opens on: the filter in
 * use, the one last chosen where two are (a county and a status); with
 * none, «No filter».  A clerk's own county is not in the menu.  Before,
 * the menu always opened on «No filter», the clerk who went on from one
 * status to another walking down to it each time. */
static int
filter_menu_sel(const struct list *l, const int *fields, int nf)
{
	int use[3], nu = 0, i, j;

	if (l->late_only)
		use[nu++] = FILTER_LATE;
	if (l->ref_field >= 0)
		use[nu++] = l->need_county ? FILTER_BY_ROW : l->ref_field;
	if (l->filter_field >= 0 && !l->filter_locked)
		use[nu++] = l->filter_field;
	for (i = 0; i < nu; i++)
		if (use[i] == l->filter_last)
			break;
	if (i == nu)
		i = 0;
	for (; nu > 0 && i < nu; i++)
		for (j = 0; j < nf; j++)
			if (fields[j] == use[i])
				return j;
	return 0;
}

/* The row of a choice field f's menu that the filter in use holds (its
 * indexed slot: the choice's number; the second slot: its canonical
 * name), else 0. */
static int
choice_menu_sel(const struct list *l, int k)
{
	const struct core_field *f = &l->sc->fields[k];
	int i, n = core_choice_count(f);

	if (l->filter_field == k && !l->filter_locked) {
		i = atoi(l->filter_value);
		return i >= 0 && i < n ? i : 0;
	}
	if (l->ref_field == k && !l->need_county)
		for (i = 0; i < n; i++)
			if (strcmp(f->choices[i], l->ref_value) == 0)
				return i;
	return 0;
}

static void
choose_filter(struct list *l)
{
	const char *items[80];
	int fields[CORE_MAX_FIELDS], nf = 0, i, sel, n;
	size_t k;

	items[nf] = _("No filter");
	fields[nf++] = FILTER_NONE;
	for (k = 0; k < l->sc->nfields; k++) {
		const struct core_field *f = &l->sc->fields[k];
		/* a clerk's county is his: the menu offers the rest */
		if (offered(l, k)) {
			items[nf] = filter_name(f);
			fields[nf++] = (int)k;
		}
	}
	if (county_by_row(l)) {
		items[nf] = _("County");
		fields[nf++] = FILTER_BY_ROW;
	}
	if (l->kind == CORE_STAGE) {
		items[nf] = _("Overdue only");
		fields[nf++] = FILTER_LATE;
	}
	if (nf == 1) {
		snprintf(l->status, sizeof l->status, "%s",
		    _("Your account works in this county only: the list shows its records."));
		return;
	}
	if ((sel = tui_menu(_("Filter by"), items, nf, filter_menu_sel(l, fields, nf))) < 0)
		return;
	if (fields[sel] == FILTER_LATE) {
		/* checked on each row (passes), a county staying beside it */
		l->late_only = 1;
		l->filter_last = FILTER_LATE;
		restart(l);
		return;
	}
	if (fields[sel] == FILTER_BY_ROW) {
		char code[CORE_COUNTY_MAX];

		/* a county read from each row (county_via): in the second
		 * slot, checked on each row (passes), shown as the other
		 * lists' county */
		if (!tui_county_pick(_("County"), l->need_county ? l->ref_value : NULL, code))
			return;
		row_filter_set(l, county_via(l->kind), code, "");
		l->need_county = 1;
		l->filter_last = FILTER_BY_ROW;
		snprintf(l->ref_label, sizeof l->ref_label, "%s: %s", _("County"), tui_county_name(code));
		return;
	}
	if (fields[sel] < 0) {
		if (!l->filter_locked) {
			l->filter_field = -1;
			l->filter_label[0] = '\0';
		}
		l->ref_field = -1;
		l->need_county = 0;
		l->ref_label[0] = '\0';
		l->late_only = 0;
		l->filter_last = FILTER_NONE;
		restart(l);
		return;
	}
	if (ref_filterable(&l->sc->fields[fields[sel]])) {
		char id[CORE_ID_MAX];

		/* the popup a form's reference field opens (tui_list_pick),
		 * on the group filtered by now, as the county picker opens
		 * on its county: Enter keeps it, a group beside it in name
		 * order is a few keys away */
		if (!tui_list_pick_at(l->sc->fields[fields[sel]].ref,
		    l->ref_field == fields[sel] && !l->need_county ? l->ref_value : NULL, id))
			return;
		ref_filter_set(l, fields[sel], id);
		l->filter_last = fields[sel];
		if (!county_filtered(l)) {	/* a county stays, else one at a time */
			l->filter_field = -1;
			l->filter_label[0] = '\0';
		}
		return;
	}
	{
		const struct core_field *f = &l->sc->fields[fields[sel]];

		if (f->type == CORE_FT_COUNTY) {
			char code[CORE_COUNTY_MAX];

			/* the county filtered by now selected, in view: a
			 * clerk going on to a neighbouring county starts
			 * from it, not from the top of the 21 */
			if (!tui_county_pick(_(f->label), l->filter_field == fields[sel] &&
			    l->filter_value[0] != '\0' ? l->filter_value : NULL, code))
				return;
			/* a status or category filtered by moves to the
			 * second slot, beside the county (an HQ user's
			 * «تبریز, تصویب‌شده»); a county replaces a county */
			if (l->filter_field >= 0 && l->filter_field != fields[sel] &&
			    l->filter_canon[0] != '\0') {
				const char *lab = strstr(l->filter_label, ": ");
				char canon[sizeof l->filter_canon];

				loc_utf8_copy(canon, sizeof canon, l->filter_canon);
				row_filter_set(l, l->filter_field, canon, lab != NULL ? lab + 2 : canon);
			}
			l->filter_last = fields[sel];
			loc_utf8_copy(l->filter_value, sizeof l->filter_value, code);
			loc_utf8_copy(l->filter_canon, sizeof l->filter_canon, code);
			snprintf(l->filter_label, sizeof l->filter_label, "%s: %s", _(f->label),
			    tui_county_name(code));
		} else {
			for (n = 0; n < core_choice_count(f) && n < 80; n++)
				items[n] = _(core_choice_label(f, n));
			/* on the value filtered by now, as the county
			 * picker opens on its county */
			if ((i = tui_menu(_(f->label), items, n, choice_menu_sel(l, fields[sel]))) < 0)
				return;
			l->filter_last = fields[sel];
			if (l->filter_locked || county_filtered(l)) {
				/* the indexed slot is a county's (a clerk's
				 * own, or one F4 chose): this one goes in the
				 * second, checked on each row, the county
				 * staying */
				row_filter_set(l, fields[sel], f->choices[i], items[i]);
				return;
			}
			snprintf(l->filter_value, sizeof l->filter_value, "%d", i);
			loc_utf8_copy(l->filter_canon, sizeof l->filter_canon, f->choices[i]);
			snprintf(l->filter_label, sizeof l->filter_label, "%s: %s", _(f->label), items[i]);
		}
		/* no county: one at a time; a county read from each row (a
		 * pledge's) stays in the second slot, as a county stays
		 * beside a need's status */
		if (f->type != CORE_FT_COUNTY && !l->need_county) {
			l->ref_field = -1;
			l->need_county = 0;
			l->ref_label[0] = '\0';
		}
		l->filter_field = fields[sel];
		restart(l);
	}
}

static void
choose_sort(struct list *l)
{
	const char *items[MAXCOLS + 2];
	int fields[MAXCOLS + 2], n = 0, i, sel, f;
	char msg[200];

	/* the columns shown (pick_columns at this width, which keeps the
	 * sorted one among them) */
	for (i = 0; i < l->ncols; i++) {
		fields[n] = l->cols[i];
		items[n++] = col_label(l, (size_t)l->cols[i]);
	}
	if ((sel = tui_menu(_("Sort by"), items, n, 0)) < 0)
		return;
	f = fields[sel];
	if (f == l->search_field && l->q.len == 0) {
		l->sort_field = -1;
		l->by_id = 0;
		loc_utf8_copy(l->status, sizeof l->status, _("Sorted by name."));
	} else if (f == 0) {
		l->sort_field = -1;
		l->by_id = 1;
		loc_utf8_copy(l->status, sizeof l->status, _("Sorted by id."));
	} else {
		l->sort_desc = l->sort_field == f ? !l->sort_desc : 0;
		l->sort_field = f;
		snprintf(msg, sizeof msg, l->sort_desc ? _("Sorted by %s, descending.") :
		    _("Sorted by %s."), col_label(l, (size_t)f));
		loc_utf8_copy(l->status, sizeof l->status, msg);
	}
	restart(l);
}

/* F5 on a list whose new record the user may never save (an auditor; a
 * user's record for anyone but the admin): said at once in the list's
 * status line, before he types a whole form to be refused at F2.  A clerk's
 * county is judged when the record is saved (its county is not yet known).
 * Returns 1 if refused. */
static int
new_refused(struct list *l)
{
	struct core_actor me;
	struct core_access acc;
	enum core_action act = l->kind == CORE_USER ? CORE_ACCESS_USERS : CORE_ACCESS_CREATE;

	if (tui_app.ro_disk) {
		snprintf(l->status, sizeof l->status, "%s", tui_app.ro_disk == TUI_RO_FILE ?
		    _("Nothing can be saved: the database was opened from a file (a backup, or its data.mdb), to read only.") :
		    _("Nothing can be saved: the database's disk is mounted read-only."));
		return 1;
	}
	if (tui_user_actor(&me) != 0)
		return 0;	/* the store decides, and says why */
	if (act == CORE_ACCESS_CREATE && me.role != CORE_ROLE_AUDITOR)
		return 0;
	if (core_access_check(&me, act, NULL, NULL, &acc))
		return 0;
	tui_access_message(&acc, l->status, sizeof l->status);
	return 1;
}

static enum tui_result
list_event(struct tui_screen *s, int key)
{
	struct list *l = s->data;
	struct tui_screen *f;
	int h = page_rows(l), cancelled;

	l->status[0] = '\0';
	l->saved_id[0] = '\0';	/* the saved note goes with the status */
	switch (key) {
	case TUI_KEY_UP: up(l, 1, h); return TUI_HANDLED;
	case TUI_KEY_DOWN: down(l, 1, h); return TUI_HANDLED;
	case TUI_KEY_PGUP: up(l, h, h); return TUI_HANDLED;
	case TUI_KEY_PGDN: down(l, h, h); return TUI_HANDLED;
	case TUI_KEY_HOME: restart(l); return TUI_HANDLED;
	case TUI_KEY_END:
		/* the rows End does not read counted (end_count): damage
		 * found takes its sentence's rows from the last page */
		if (end_count(l)) {
			char dmg[1200];

			damaged_rows(l, dmg, sizeof dmg, page_rows(l) + l->dmg_rows);
			h = page_rows(l);
		}
		to_end(l, h);
		return TUI_HANDLED;
	case TUI_KEY_LEFT: tui_edit_left(&l->q); return TUI_HANDLED;
	case TUI_KEY_RIGHT: tui_edit_right(&l->q); return TUI_HANDLED;
	case TUI_KEY_BACKSPACE:
		if (tui_edit_backspace(&l->q))
			searched(l);
		return TUI_HANDLED;
	case TUI_KEY_DELETE:
		if (tui_edit_delete(&l->q))
			searched(l);
		return TUI_HANDLED;
	case TUI_KEY_CLEAR:	/* Ctrl-U, as in a form's field */
		if (l->q.len > 0) {
			tui_edit_set(&l->q, "");
			searched(l);
		}
		return TUI_HANDLED;
	case TUI_KEY_ESC:
		if (l->q.len > 0) {
			tui_edit_set(&l->q, "");
			searched(l);
			return TUI_HANDLED;
		}
		return TUI_CLOSE;
	case TUI_KEY_ENTER:
		if (l->nrows > 0) {
			if ((f = tui_form_open(l->kind, l->ids[l->sel], &cancelled)) != NULL)
				tui_screen_push(f);
			else if (!cancelled)
				loc_utf8_copy(l->status, sizeof l->status, _("Cannot open this record."));
		}
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(7) && l->kind == CORE_RECOGNITION) {
		/* the ceremony's donors and their letters (tui/recog.c) */
		if (l->nrows > 0 && (f = tui_recog_open(l->ids[l->sel])) != NULL)
			tui_screen_push(f);
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(7) && l->kind == CORE_NEED) {
		/* the need's money, status and stages (tui/stages.c) */
		if (l->nrows > 0 && (f = tui_need_new(l->ids[l->sel])) != NULL)
			tui_screen_push(f);
		return TUI_HANDLED;
	}
	switch (tui_key_action(key)) {
	case TUI_ACT_NEW:
		if (new_refused(l))
			return TUI_HANDLED;
		if ((f = tui_form_open(l->kind, NULL, &cancelled)) != NULL)
			tui_screen_push(f);
		return TUI_HANDLED;
	case TUI_ACT_SEARCH:
		return TUI_HANDLED;	/* the search box always has the keys */
	case TUI_ACT_FILTER:
		if (list_filters(l))	/* else the bar does not offer F4 */
			choose_filter(l);
		return TUI_HANDLED;
	case TUI_ACT_SORT:
		choose_sort(l);
		return TUI_HANDLED;
	case TUI_ACT_BACK:
		return TUI_CLOSE;
	default:
		break;
	}
	if (key == '/')
		return TUI_HANDLED;
	if (tui_key_is_text(key)) {
		tui_edit_insert(&l->q, (uint32_t)key);
		searched(l);
		return TUI_HANDLED;
	}
	return TUI_IGNORED;
}

static void
list_free(struct list *l)
{
	mem_free(l);
	free(l->sum_q);
	free(l->qkey);
	free(l->qkey_of);
	cap_reset(l);
	clear_rows(l);
	tui_edit_done(&l->q);
	free(l->hist);
	free(l);
}

static void
list_destroy(struct tui_screen *s)
{
	list_free(s->data);
	free(s);
}

/* A clerk reads his own county only (SPEC §11, core/access.h): a kind with
 * an indexed county field gets that county as a filter he cannot change; the
 * other kinds (pledges, payments, stages, recognitions) ask the policy about
 * each row's scope. */
static void
clerk_scope(struct list *l)
{
	char county[CORE_COUNTY_MAX];
	size_t i;
	int n;

	/* (a clerk with no county: TUI_NO_COUNTY, which no row has) */
	if (tui_read_county(county, sizeof county) == NULL)
		return;
	l->no_county = strcmp(county, TUI_NO_COUNTY) == 0;
	for (i = 0; i < l->sc->nfields; i++) {
		const struct core_field *f = &l->sc->fields[i];

		if (f->type != CORE_FT_COUNTY || !(f->flags & CORE_FF_INDEX))
			continue;
		l->filter_field = (int)i;
		l->filter_locked = 1;
		loc_utf8_copy(l->filter_value, sizeof l->filter_value, county);
		loc_utf8_copy(l->filter_canon, sizeof l->filter_canon, county);
		for (n = 0; core_counties_seed[n].code != NULL; n++)
			if (strcmp(core_counties_seed[n].code, county) == 0)
				break;
		snprintf(l->filter_label, sizeof l->filter_label, "%s: %s", _(f->label),
		    l->no_county ? _("none: needs one") :
		    core_counties_seed[n].code == NULL ? county :
		    strcmp(loc_lang(), "en") == 0 ? core_counties_seed[n].name_en :
		    core_counties_seed[n].name_fa);
		return;
	}
	if (l->kind != CORE_USER)
		l->scope_check = 1;
	/* the pledges', stages', payments' and ceremonies' lists say whose
	 * they are, as his other lists do (county_by_row: a supervisor's
	 * filter) */
	if (county_via(l->kind) >= 0) {
		l->filter_locked = 1;
		snprintf(l->filter_label, sizeof l->filter_label, "%s: %s", _("County"),
		    l->no_county ? _("none: needs one") : tui_county_name(county));
	}
}

static struct list *
list_alloc(enum core_kind k)
{
	struct list *l;
	size_t i;

	if ((l = calloc(1, sizeof *l)) == NULL)
		return NULL;
	l->kind = k;
	l->sc = core_schema_get(k);
	l->search_field = -1;
	l->filter_field = -1;
	l->ref_field = -1;
	l->filter_last = FILTER_NONE;
	l->sort_field = -1;
	/* every column may have values until rows are read (list_layout) */
	memset(l->filled, 1, sizeof l->filled);
	for (i = 0; i < l->sc->nfields; i++)
		if (l->sc->fields[i].flags & CORE_FF_SEARCH) {
			l->search_field = (int)i;
			break;
		}
	l->by_id = l->search_field < 0;
	/* the stages: by need, then planned start (stage_by_need); F6
	 * offers the title's order and the others */
	if (k == CORE_STAGE)
		l->sort_field = CORE_STAGE_NEED;
	if (tui_edit_init(&l->q, NULL, tui_ui_dir(), tui_draw_layout_flags()) != 0) {
		free(l);
		return NULL;
	}
	l->q.codes = 1;	/* «TST-» typed reads «TST-», not «-TST» */
	clerk_scope(l);
	return l;
}

struct tui_screen *
tui_list_new(enum core_kind k)
{
	struct tui_screen *s;
	struct list *l;

	if ((s = calloc(1, sizeof *s)) == NULL)
		return NULL;
	if ((l = list_alloc(k)) == NULL) {
		free(s);
		return NULL;
	}
	loc_utf8_copy(s->title, sizeof s->title, _(l->sc->label));
	if (k == CORE_NEED)
		s->fkeys = need_list_keys;
	else if (k == CORE_USER && never_new(l))
		s->fkeys = list_keys_users_ro;
	else if (k == CORE_RECOGNITION)
		s->fkeys = list_filters(l) ? recog_list_keys : recog_list_keys_nofilter;
	else
		s->fkeys = list_filters(l) ? list_keys : list_keys_nofilter;
	list_help_make(l, 0);
	s->help = l->help;
	s->draw = list_draw;
	s->event = list_event;
	s->destroy = list_destroy;
	s->data = l;
	return s;
}

struct tui_screen *
tui_list_new_ref(enum core_kind k, int field, const char *id)
{
	struct tui_screen *s;

	if (field < 0 || (size_t)field >= core_schema_get(k)->nfields ||
	    !ref_filterable(&core_schema_get(k)->fields[field]) || (s = tui_list_new(k)) == NULL)
		return NULL;
	ref_filter_set(s->data, field, id);
	return s;
}

static int pick(enum core_kind k, const char *query, int space, const char *cur, char *id);

int
tui_list_pick(enum core_kind k, char *id)
{
	return pick(k, NULL, 0, NULL, id);
}

int
tui_list_pick_from(enum core_kind k, const char *query, char *id)
{
	return pick(k, query, 0, NULL, id);
}

int
tui_list_pick_at(enum core_kind k, const char *cur, char *id)
{
	return pick(k, NULL, 0, cur, id);
}

int
tui_list_pick_typed(enum core_kind k, const char *query, int space, const char *cur, char *id)
{
	return pick(k, query, space, cur, id);
}

/* Selects record cur among the rows of l's search, read from its first
 * row on: the search of a number alone lists the records of that number
 * at every station first (store_iter_search), one a station, so this
 * station's is among the first few; up to PICK_SEEK rows are stepped
 * over.  Where cur is not among them, l stays at its first row. */
#define PICK_SEEK 64
static void
pick_select(struct list *l, const char *cur, int h)
{
	int n;

	restart(l);
	fetch(l, h);
	for (n = 0; n < PICK_SEEK && l->nrows > 0; n++) {
		if (strcmp(l->ids[l->sel], cur) == 0)
			return;
		if (l->sel == l->nrows - 1 && !l->more)
			break;
		down(l, 1, h);
	}
	restart(l);
}

/* The damaged-database sentence of the record picker l (l->damaged) into
 * buf, as the list says it (damaged_rows), and the rows it takes at width
 * w under the picker's rows, rows of them in all: as many as its words
 * need while DMG_KEEP are left for the records (dmg_fit); before, at most
 * 4, cut at 40 columns before what to do. */
static int
pick_damaged(struct list *l, char *buf, size_t n, int w, int rows)
{
	damaged_rows(l, buf, n, rows);
	l->dmg_rows = 0;	/* the list's own, not the picker's */
	return dmg_fit(w, rows, DMG_KEEP, buf);
}

/* pick_damaged in a picker box of *h rows (*rh of them its records')
 * that may grow down by up to 3 rows, to the status line, where the
 * sentence needs them (at 40 columns, its last words): the rows it takes. */
static int
pick_damaged_grow(struct list *l, char *buf, size_t n, int w, int *h, int *rh)
{
	int dn = pick_damaged(l, buf, n, w, *rh), need, grow;

	if ((need = tui_wrapped_rows(w, LINES, buf)) <= dn)
		return dn;
	if ((grow = need - dn) > 3)
		grow = 3;
	*h += grow;
	*rh += grow;
	return pick_damaged(l, buf, n, w, *rh);
}

/* short_note for the record picker l: its sentence into buf and the rows
 * it takes at width w (at most 4) under the picker's rows, rows of them
 * in all; none where fewer than 2 would be left for the records. */
static int
pick_short(const struct list *l, char *buf, size_t n, int w, int rows)
{
	int r = short_note(l, buf, n, w, 4);

	return rows - r < 2 ? 0 : r;
}

/* The record picker: its search holding query, or, with none, on record
 * cur (list_goto); either NULL or "" for none.  With both, the search's
 * rows with cur's selected where the search lists it (pick_select).
 * space: the query was typed with a space after it that the search
 * leaves out (a word typed in part, "نیکو", which the space would make
 * a whole word no name has): the next word typed goes after a space, as
 * typed, not onto the word ("نیکومهر"); a Backspace takes the space. */
static int
pick(enum core_kind k, const char *query, int space, const char *cur, char *id)
{
	struct list *l;
	int y, x, w, h, key, picked = 0, rh = LINES - 8 - 4, dn, sn, k2, co;
	int rtl = tui_ui_dir() == LOC_DIR_RTL;
	char title[200], dmg[1200], sbuf[600];

	if ((l = list_alloc(k)) == NULL)
		return 0;
	l->count_only = 1;
	list_help_make(l, 1);
	if (query != NULL && *query) {
		tui_edit_set(&l->q, query);
		restart(l);
		if (cur != NULL && *cur)
			pick_select(l, cur, LINES - 8 - 4);
	} else if (cur != NULL && *cur) {
		/* the page's rows as the loop below lays them out */
		restart(l);
		list_goto(l, cur, LINES - 8 - 4);
	}
	snprintf(title, sizeof title, "%s: %s", _("Choose"), _(l->sc->label));
	for (;;) {
		tui_screen_paint();
		w = COLS - 4;
		h = LINES - 8;
		y = 3;
		x = 2;
		/* The columns fill the rows' width, under their headings as in
		 * the list: a column of bare figures (a pledge's hours, empty on
		 * most rows) read as an empty column nobody could name. */
		l->ncols = 0;
		/* a damaged database (l->damaged, as the list finds it): its
		 * sentence on the box's bottom rows, under its rows, as the
		 * list says it; the rows made fewer for it, at the paint that
		 * finds the damage too.  Before, «رکوردها: ۳» stood over two
		 * donors in silence. */
		rh = h - 4;
		dn = l->damaged ? pick_damaged_grow(l, dmg, sizeof dmg, w - 4, &h, &rh) : 0;
		/* a search that may miss a long name (short_note), said
		 * under the rows (and the damage) as the list says it;
		 * before, the picker never said it */
		sn = pick_short(l, sbuf, sizeof sbuf, w - 4, rh - dn);
		list_layout(l, w - 4, rh - dn - sn);
		count_rows(l);
		if (l->damaged && dn == 0 &&
		    (dn = pick_damaged_grow(l, dmg, sizeof dmg, w - 4, &h, &rh)) > 0)
			list_layout(l, w - 4, rh - dn - sn);
		if ((k2 = pick_short(l, sbuf, sizeof sbuf, w - 4, rh - dn)) != sn) {
			sn = k2;
			list_layout(l, w - 4, rh - dn - sn);
		}
		rh -= dn + sn;
		/* a count the search line cannot hold whole beside the box
		 * (count_apart): on a row of its own under it, the rows one
		 * fewer; before, at 40 columns, cut to «رکوردها:…» whatever
		 * the count, as if it were still being made */
		count_rows(l);	/* (again after a layout above read anew) */
		co = rh > 2 && count_apart(l, w - 4);
		l->filt_apart = co;	/* (draw_search leaves the count out) */
		if (co) {
			rh--;
			list_layout(l, w - 4, rh);
			count_rows(l);
		}
		fit_columns(l);
		tui_draw_box(y, x, h, w, A_NORMAL);
		tui_draw_text(y, x + 2, w - 4, title, tui_ui_dir(), TUI_ALIGN_CENTER, A_BOLD);
		/* The bar under the popup is its own, not the keys of the
		 * screen behind it (a form's F2 save, the dashboard's F4
		 * ranking), which do nothing here. */
		tui_popup_fkeys_draw();
		{
			struct tui_screen tmp;

			tmp.cursor_y = tmp.cursor_x = -1;
			/* a blank cell inside each border, as in the other popups */
			draw_search(l, &tmp, y + 1, x + 2, w - 4);
			if (co) {
				char cnt[100];

				count_text(l, cnt, sizeof cnt);
				tui_draw_ui(y + 2, x + 2, w - 4, cnt, A_NORMAL);
			}
			draw_rows(l, y + 2 + co, x + 2, w - 4, rh, 1);
			if (dn > 0)
				tui_draw_wrapped(y + 3 + co + rh, x + 2, w - 4, dn, dmg, A_BOLD);
			if (sn > 0)
				tui_draw_wrapped(y + 3 + co + rh + dn, x + 2, w - 4, sn, sbuf, A_DIM);
			/* as the list says it: an empty popup said nothing */
			if (l->nrows == 0 && l->q.len > 0) {
				char msg[600];

				tui_draw_ui(y + 4 + co, x + 2, w - 4, nothing_found(l, msg, sizeof msg), A_DIM);
			}
			if (tmp.cursor_y >= 0) {
				curs_set(1);
				move(tmp.cursor_y, tmp.cursor_x);
			}
		}
		(void)rtl;
		refresh();
		key = tui_screen_key();
		if (key == TUI_KEY_NONE || key == TUI_KEY_RESIZE)
			continue;
		if (key == TUI_KEY_ENTER) {
			if (l->nrows > 0) {
				snprintf(id, CORE_ID_MAX, "%s", l->ids[l->sel]);
				picked = 1;
			}
			break;
		}
		if (key == TUI_KEY_ESC && l->q.len > 0) {
			space = 0;
			tui_edit_set(&l->q, "");
			searched(l);
			continue;
		}
		if (tui_key_action(key) == TUI_ACT_BACK)
			break;
		if (tui_key_action(key) == TUI_ACT_HELP) {
			/* as a screen's F1: the help, then the keys of the
			 * popup's bar and the keys every screen has (Esc and a
			 * digit, F12); reflowed below 80 columns */
			struct tui_screen hs;

			memset(&hs, 0, sizeof hs);
			hs.fkeys = tui_popup_fkeys();
			hs.help = l->help;
			tui_help(&hs);
			continue;
		}
		switch (key) {
		case TUI_KEY_UP: up(l, 1, rh); continue;
		case TUI_KEY_DOWN: down(l, 1, rh); continue;
		case TUI_KEY_PGUP: up(l, rh, rh); continue;
		case TUI_KEY_PGDN: down(l, rh, rh); continue;
		/* as in the list: the first and the last record */
		case TUI_KEY_HOME: restart(l); continue;
		case TUI_KEY_END:
			/* the rows End does not read counted, as the list
			 * counts them (end_count); damage found takes its
			 * sentence's rows from the last page, as the next
			 * paint lays it out.  Before, End here counted
			 * nothing, in name order or by id. */
			if (end_count(l) && dn == 0)
				rh -= pick_damaged(l, dmg, sizeof dmg, w - 4, rh);
			to_end(l, rh);
			continue;
		case TUI_KEY_BACKSPACE:
			if (space)	/* the space typed after the word */
				space = 0;
			else if (tui_edit_backspace(&l->q))
				searched(l);
			continue;
		case TUI_KEY_CLEAR:	/* Ctrl-U, as in a form's field */
			space = 0;
			if (l->q.len > 0) {
				tui_edit_set(&l->q, "");
				searched(l);
			}
			continue;
		case TUI_KEY_LEFT: space = 0; tui_edit_left(&l->q); continue;
		case TUI_KEY_RIGHT: space = 0; tui_edit_right(&l->q); continue;
		}
		if (tui_key_is_text(key)) {
			if (space && key != ' ' && l->q.off == l->q.len)
				tui_edit_insert(&l->q, ' ');
			space = 0;
			tui_edit_insert(&l->q, (uint32_t)key);
			searched(l);
		}
	}
	list_free(l);
	return picked;
}

int
tui_list_match(enum core_kind k, const char *query, char *id)
{
	struct list *l;
	int n;

	if (tui_app.st == NULL || query == NULL || *query == '\0' || (l = list_alloc(k)) == NULL)
		return 0;
	l->count_only = 1;
	tui_edit_set(&l->q, query);
	restart(l);
	fetch(l, 1);	/* one row, and whether more follow */
	n = l->nrows == 0 ? 0 : l->more ? 2 : 1;
	if (n == 1)
		snprintf(id, CORE_ID_MAX, "%s", l->ids[0]);
	list_free(l);
	return n;
}

/* The caption of record id of kind k read in transaction t (see
 * tui_record_caption); depth limits how far references are followed.
 * name (unless NULL; "" on the first call) gets the name the caption
 * shows (the record's own, or what its reference names: a payment's
 * donor), as far as buf keeps it, for a line that cuts the name alone. */
static void
caption_depth(struct store_txn *t, enum core_kind k, const char *id, char *buf, size_t n,
    int depth, char *name, size_t nn)
{
	const struct core_schema *sc = core_schema_get(k);
	struct core_record *r;
	/* a whole name (150 letters, each of up to 3 bytes, and some ZWNJs):
	 * a pledge's caption cut short lost its amount, and a payment's
	 * its labelled amounts with it */
	char ref[640];
	size_t i;

	buf[0] = '\0';
	if (store_get(t, k, id, &r, NULL) != 0)
		return;
	/* a clerk is not told what another county's record says (SPEC §11):
	 * not its name beside a reference, nor through a search by it */
	if (!tui_may_read(t, r)) {
		snprintf(buf, n, "%s", _("a record of another county"));
		core_record_free(r);
		return;
	}
	for (i = 0; i < sc->nfields; i++)
		if (sc->fields[i].flags & CORE_FF_SEARCH) {
			/* cut between letters: a name of 150 Persian letters
			 * is longer than the buffers captions go to, and
			 * half a letter showed a replacement mark */
			loc_utf8_copy(buf, n, core_record_text(r, (int)i));
			if (name != NULL)
				loc_utf8_copy(name, nn, buf);
			break;
		}
	/* No name (a pledge, a payment): what its first reference names, and
	 * its amount, say what it is.  A payment's caption holds its
	 * pledge's amount too: each is labelled («… — تعهد ۵۰٬۰۰۰٬۰۰۰،
	 * پرداخت ۲۰٬۰۰۰٬۰۰۰»), where two bare amounts side by side left the
	 * clerk to guess which was which. */
	for (i = 1; buf[0] == '\0' && i < sc->nfields; i++)
		if (sc->fields[i].type == CORE_FT_REF && r->v[i].set) {
			char *amt = NULL, *pamt = NULL, all[sizeof ref + 200];
			struct core_record *p;
			size_t a, rl, pl;

			ref[0] = '\0';
			if (depth > 0)
				caption_depth(t, sc->fields[i].ref, r->v[i].text, ref, sizeof ref,
				    depth - 1, name, nn);
			for (a = 1; a < sc->nfields; a++)
				if (sc->fields[a].type == CORE_FT_AMOUNT && r->v[a].set) {
					amt = tui_value_display(r, (int)a);
					break;
				}
			/* the pledge's amount, at the end of its caption */
			if (amt != NULL && k == CORE_PAYMENT && sc->fields[i].ref == CORE_PLEDGE &&
			    ref[0] && store_get(t, CORE_PLEDGE, r->v[i].text, &p, NULL) == 0) {
				if (p->v[CORE_PLEDGE_AMOUNT].set)
					pamt = tui_value_display(p, CORE_PLEDGE_AMOUNT);
				core_record_free(p);
				rl = strlen(ref);
				pl = pamt != NULL ? strlen(pamt) : 0;
				if (pamt != NULL && rl > pl + 5 && strcmp(ref + rl - pl, pamt) == 0 &&
				    strncmp(ref + rl - pl - 5, " — ", 5) == 0)
					ref[rl - pl - 5] = '\0';
				else {
					free(pamt);
					pamt = NULL;
				}
			}
			for (;;) {
				if (pamt != NULL)
					snprintf(all, sizeof all, _("%s — pledge %s, payment %s"), ref, pamt, amt);
				else
					snprintf(all, sizeof all, "%s%s%s", ref[0] ? ref : r->v[i].text,
					    amt ? " — " : "", amt ? amt : "");
				/* longer than buf takes: the reference's caption
				 * (a long name) cut at its end, between letters,
				 * the amounts after it kept whole */
				if (strlen(all) < n || !ref[0] || strlen(all) - (n - 1) >= strlen(ref))
					break;
				rl = strlen(ref) - (strlen(all) - (n - 1));
				while (rl > 0 && ((unsigned char)ref[rl] & 0xC0) == 0x80)
					rl--;
				if (rl == 0)
					break;
				ref[rl] = '\0';
				/* the name, which begins ref, as far as it stays */
				if (name != NULL && strlen(name) > rl)
					name[rl] = '\0';
			}
			loc_utf8_copy(buf, n, all);
			free(pamt);
			free(amt);
		}
	core_record_free(r);
}

static void
caption_in(struct store_txn *t, enum core_kind k, const char *id, char *buf, size_t n)
{
	caption_depth(t, k, id, buf, n, 2, NULL, 0);
}

void
tui_record_caption(enum core_kind k, const char *id, char *buf, size_t n)
{
	struct store_txn *t;

	buf[0] = '\0';
	if (tui_app.st == NULL || store_read_begin(tui_app.st, &t) != 0)
		return;
	caption_in(t, k, id, buf, n);
	store_read_end(t);
	tui_fmt_digits(buf, n);
}

const char tui_no_county_listed[] = N_("Nothing is listed: your account has no county, and a clerk sees only his own county's records. Ask the database administrator to set your county.");

const char *
tui_donor_note(const char *label, const char *id, int w, char *buf, size_t n)
{
	char name[400], cut[sizeof name + 8];
	int room;

	tui_record_caption(CORE_DONOR, id, name, sizeof name);
	if (name[0] == '\0')
		snprintf(name, sizeof name, "-");
	/* what the name leaves: the label, the id, a space each and «()» */
	snprintf(buf, n, "%s %s ()", label, id);
	room = w - tui_text_width(buf);
	tui_fit_end(name, room > 4 ? room : 4, cut, sizeof cut);
	snprintf(buf, n, "%s %s (%s)", label, id, cut);
	return buf;
}

/* Whether a record of kind k other than id has caption name (already
 * read in t): the search by its words, then the name compared whole.  A
 * name is stored normalised (Persian yeh, one ZWNJ...), so equal names are
 * equal strings. */
static int
caption_shared(struct store_txn *t, enum core_kind k, const char *id, const char *name)
{
	struct store_iter *it;
	char q[404], other[CORE_ID_MAX], cap[400];
	int found = 0, seen = 0;

	/* a space after the last word: whole words only */
	snprintf(q, sizeof q, "%s ", name);
	if (store_iter_search(t, k, q, &it) != 0)
		return 0;
	while (!found && seen++ < 1000 && store_iter_next(it, other) == 0) {
		if (strcmp(other, id) == 0)
			continue;
		caption_in(t, k, other, cap, sizeof cap);
		found = strcmp(cap, name) == 0;
	}
	store_iter_free(it);
	return found;
}

void
tui_refs_caption(enum core_kind k, const char *ids, char *buf, size_t n)
{
	struct store_txn *t;
	char *copy, *tok, *save = NULL;
	char cap[400], one[sizeof cap + CORE_ID_MAX + 4];
	size_t len = 0;

	buf[0] = '\0';
	if (n == 0 || (copy = strdup(ids)) == NULL)
		return;
	if (tui_app.st == NULL || store_read_begin(tui_app.st, &t) != 0) {
		free(copy);
		return;
	}
	for (tok = strtok_r(copy, " ", &save); tok; tok = strtok_r(NULL, " ", &save)) {
		caption_in(t, k, tok, cap, sizeof cap);
		if (cap[0] == '\0')
			loc_utf8_copy(one, sizeof one, tok);	/* no such record */
		else {
			int shared = caption_shared(t, k, tok, cap);

			/* the name in the user's digits, the id as ids are
			 * shown everywhere (Latin, ASCII digits) */
			tui_fmt_digits(cap, sizeof cap);
			if (shared)
				snprintf(one, sizeof one, "%s (%s)", cap, tok);
			else
				loc_utf8_copy(one, sizeof one, cap);
		}
		if (len > 0 && len + 1 < n) {
			loc_utf8_copy(buf + len, n - len, _(", "));
			len += strlen(buf + len);
		}
		if (len + 1 < n) {
			loc_utf8_copy(buf + len, n - len, one);
			len += strlen(buf + len);
		}
	}
	store_read_end(t);
	free(copy);
}

