/*
 * tui/verb_exchange.c — the verbs that move data in and out (SPEC §10, §12):
 * import, export, report and sync.
 *
 * Every verb opens the database as the real user (tui/identity.h), so the
 * access policy holds: a clerk imports rows of his own county only, and his
 * export and report hold his county only; sync is for HQ and the admin.
 *
 * import checks every row (core/validate.h) and reports every bad one (line,
 * column, reason, sorted by line) before anything is kept: the rows are
 * checked by a reader thread while the main thread writes the good ones in
 * one store_write, which is aborted at the end if any row was bad, so
 * nothing is written.  The checks that need the database (a duplicate
 * national id, a reference to no record, another county's row) are made by
 * the write and reported the same way.  --dry-run aborts the write anyway.
 * A file imported before as the same kind (by the digest of its bytes) is
 * refused before its rows are read; one of the same content (by the digest
 * of its rows' values: saved again by a spreadsheet program) once they are
 * all read; and a row without an id that repeats a stored record is
 * refused (the same rows in another file), unless --allow-repeats: see
 * "the content of a file", "files imported before" and "repeats" below.
 * Kinds: donors, groups, units, needs, pledges, and also payments, stages
 * and recognitions (so that `export all` can be imported back).
 *
 * export walks each kind in id order (the store's order: station code, then
 * number: TBZ-9 before TBZ-10) and writes the fields of SPEC §3 in order,
 * skipping derived ones, as core_value_format's canonical text: the same
 * records always give the same bytes.  CSV has a BOM and CRLF row ends;
 * `export all` as CSV writes one file per kind into a folder.  JSON is one
 * object {"donors": [{...}, ...], ...}, each record an object keyed by the
 * field names, null for an unset field (but a list: [], as a list with
 * nothing in it, so a script walks it without a test), numbers for
 * amounts, counts and booleans.
 *
 * sync wraps tui/bundle.c; `sync push` pipes a bundle into `hamyar sync
 * import -` on the other machine through the ssh client ($HAMYAR_SSH, default
 * "ssh"; the remote program is $HAMYAR_REMOTE, default "hamyar"), after
 * asking that machine for its station code with `hamyar sync key`.
 */
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <inttypes.h>
#include <pthread.h>
#include <signal.h>
#include <sodium.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unictype.h>
#include <unistd.h>
#include <unistr.h>

#include "core/hlc.h"
#include "core/keytext.h"
#include "core/merge.h"
#include "core/record.h"
#include "core/validate.h"
#include "core/workflow.h"
#include "locale/catalog.h"
#include "locale/digits.h"
#include "locale/hash.h"
#include "locale/jalali.h"
#include "locale/layout.h"
#include "locale/strbuf.h"
#include "locale/text.h"
#include "store/idsum.h"
#include "store/store.h"
#include "store/sync.h"
#include "store/users.h"
#include "tui/bundle.h"
#include "tui/cli.h"
#include "tui/identity.h"
#include "tui/csv.h"
#include "tui/json.h"
#include "tui/auditscr.h"
#include "tui/report.h"
#include "tui/screens.h"

/* Kinds that import and export handle, in the order "all" exports them
 * (referenced kinds first, so importing the files in this order works). */
static const enum core_kind all_kinds[] = {
	CORE_GROUP, CORE_DONOR, CORE_UNIT, CORE_NEED, CORE_PLEDGE, CORE_PAYMENT,
	CORE_STAGE, CORE_RECOGNITION
};
#define NALL (sizeof all_kinds / sizeof all_kinds[0])

/* ---- shared ---- */

static int
exit_for(int rc)
{
	switch (rc) {
	case STORE_EDUP: case STORE_EREF: case STORE_EINVAL: case STORE_EEXIST:
	case STORE_EACCES: case STORE_ERDONLY:
	case TUI_BUNDLE_EFORMAT: case TUI_BUNDLE_EBADSIG: case TUI_BUNDLE_EUNTRUSTED:
	case TUI_BUNDLE_ENOTFORUS: case TUI_BUNDLE_EKEY:
	case TUI_BUNDLE_ETOSELF: case TUI_BUNDLE_EUSER: case TUI_BUNDLE_ENEWER:
		return EXIT_INVALID;
	default:
		return EXIT_SYSTEM;
	}
}

/* Opens the database as the real user (tui/identity.h): a stranger is
 * refused, and every write through the handle is held to the access policy
 * (record writes by county, sync settings by role). */
/* The user's role on st (CORE_ROLE_*), or -1. */
static int
role_of(const struct store *st)
{
	const struct store_identity *id = store_users_identity(st);

	return id != NULL ? id->actor.role : -1;
}

/* Asks the policy whether the user of st may do act (r: a record to read,
 * or NULL).  Returns 1 if so; 0 after saying why on stderr (if loud). */
static int
may(struct store *st, struct store_txn *t, enum core_action act,
    const struct core_record *r, int loud)
{
	const struct store_identity *id = store_users_identity(st);
	struct core_access acc;
	char msg[512];
	int rc;

	if (id == NULL)
		return 1;
	rc = store_users_may(t, id, act, r, &acc);
	if (rc == 1)
		return 1;
	if (loud)
		cli_error("%s", rc == 0 ? tui_access_message(&acc, msg, sizeof msg) :
		    tui_store_strerror(rc));
	return 0;
}

/* Says why a store call failed (the policy's sentence for STORE_EACCES). */
static const char *
why(const struct store *st, int rc, char *buf, size_t n)
{
	return tui_identity_why(st, rc, buf, n);
}

/* The database import writes in (verb_import), named when a page of it
 * could not be read or a sum a row is checked against was read short
 * (import_failed). */
static const char *import_db;

/* Says why an import failed, nothing written: a page that could not be
 * read, or a sum read short of a record its index names (check_row), as
 * the other verbs say a damaged database (what to run, what to restore);
 * else the store's error or the policy's sentence. */
static void
import_failed(const struct store *st, int rc)
{
	char msg[512];

	if (rc == STORE_ECORRUPT && import_db != NULL)
		tui_identity_damaged(import_db);
	else
		cli_error(_("import failed, nothing was written: %s"), why(st, rc, msg, sizeof msg));
}

/* A progress bar on stderr, only when it is a terminal.  progress_open:
 * a bar is on the screen without the line end that 100% gives it, so
 * whatever comes next on the terminal (an error, a dry run's summary)
 * would be written on its line, after "99%": progress_end wipes it. */
static int progress_on = -1;
/* The database export reads (verb_export), named when a kind's table
 * reads as fewer records than it holds (export_failed). */
static const char *export_db;

/* The record an export stopped on (refs_there): the row's (kind, id),
 * the record that names one not there (the row's own, or one the row
 * rests on: a payment's pledge, its donor) and the one named; kind -1
 * when none (a table read short). */
static struct {
	int row_kind, holder_kind, lost_kind;
	char row[CORE_ID_MAX], holder[CORE_ID_MAX], lost[CORE_ID_MAX];
} export_lost = { -1, -1, -1, "", "", "" };

static const char *kind_word(const struct core_schema *s);

/* Says why an export failed (exit 3): a table read as fewer records than
 * it holds, or a record that cannot be read, as a damaged page is said
 * (what to run, what to restore), after the record that names one not
 * there, and that one; else the store's error. */
static int
export_failed(int rc)
{
	if (rc == STORE_ECORRUPT && export_lost.row_kind >= 0) {
		const char *rk = kind_word(core_schema_get((enum core_kind)export_lost.row_kind));
		const char *hk = kind_word(core_schema_get((enum core_kind)export_lost.holder_kind));
		const char *lk = kind_word(core_schema_get((enum core_kind)export_lost.lost_kind));

		if (export_lost.row_kind == export_lost.holder_kind &&
		    strcmp(export_lost.row, export_lost.holder) == 0)
			cli_error(_("%s %s names %s %s, which is not in the database"),
			    hk, export_lost.holder, lk, export_lost.lost);
		else
			cli_error(_("%s %s, which %s %s rests on, names %s %s, which is not in the database"),
			    hk, export_lost.holder, rk, export_lost.row, lk, export_lost.lost);
	}
	if (rc == STORE_ECORRUPT && export_db != NULL)
		tui_identity_damaged(export_db);
	else
		cli_error(_("export failed: %s"), tui_store_strerror(rc));
	return EXIT_SYSTEM;
}
static int progress_open;

static void
progress(size_t done, size_t total)
{
	int i, w = 40, fill;

	if (progress_on < 0)
		progress_on = isatty(2);
	if (!progress_on || total == 0)
		return;
	fill = (int)((double)done / (double)total * w);
	fputc('\r', stderr);
	fputc('[', stderr);
	for (i = 0; i < w; i++)
		fputc(i < fill ? '#' : '.', stderr);
	fprintf(stderr, "] %3d%%", (int)(100.0 * (double)done / (double)total));
	progress_open = done < total;
	if (!progress_open)
		fputc('\n', stderr);
	fflush(stderr);
}

/* Wipes a bar left short of 100% (progress_open): the line it is on is
 * blanked (spaces: no terminal capability needed) and the cursor put back
 * at its start, for the text that follows. */
static void
progress_end(void)
{
	if (!progress_open)
		return;
	fprintf(stderr, "\r%*s\r", 40 + 2 + 5, "");
	fflush(stderr);
	progress_open = 0;
}

static int
importable(int k)
{
	size_t i;

	for (i = 0; i < NALL; i++)
		if ((int)all_kinds[i] == k)
			return 1;
	return 0;
}

/* ---- import ----
 *
 * Two threads: a reader parses and checks the CSV rows (core_field_parse,
 * core_record_validate) while the main thread, already inside the write
 * transaction, writes each good row as soon as it is ready.  Any bad row,
 * found by either thread, makes the write function return an error at the
 * end, so the transaction is aborted and nothing is written; every bad row is
 * still found and reported, sorted by line.  On a single core this costs
 * nothing; on two it overlaps the checking with the writing. */

#define ARABIC_SEMICOLON "\xd8\x9b"	/* U+061B ؛ */
#define COL_BLANK (-3)	/* col_field of a column whose header cell is empty */
#define COL_ACTIVE (-4)	/* col_field of the column `active` of a kind without
			   that field: 0 marks a deleted record (meta.deleted),
			   as export writes it */
#define COL_FAMILY (-5)	/* col_field of a donor's column of family names,
			   joined to the first names' (name_join) */
#define TITLES_MAX 3	/* title lines passed over above the header: a
			   sheet's title, a subtitle, a date line */

struct repeat;
/* A reference cell that gives a record by a natural key (a donor's
 * national id or legal id) rather than by its id: the reader checks its
 * form and keeps the cell; the writer, which reads the database, puts the
 * record's id in its place (natref_resolve). */
struct natref {
	int field;
	char *cell;
	char *key;		/* its parts as read (an id, a national id with
				   its zeros), each ended by a NUL: what the
				   content digest takes (content_row) */
	size_t keylen;
	struct natref *next;
};

/* A value of a unique field that two records hold: a duplicate that a
 * sync brought in and a person has not settled (store/sync.h).  Such a
 * value names neither of them. */
struct natdup {
	enum core_kind kind;
	int field;
	char *value;
	char a[CORE_ID_MAX], b[CORE_ID_MAX];
};

struct natkeys {
	struct natref *rnat;	/* the reader's: the current row's */
	struct natdup *dups;	/* the writer's (natdup_other, loaded once) */
	size_t ndups;
	int loaded;
};

/* The writer's running sums for the warnings of pledges and payments
 * (sums_get): what each need's pledges (each pledge's payments) add up to
 * in the database as the import has written it so far, so that a row does
 * not read all of its need's pledges again. */
struct run_sums {
	struct store_idsum by_id;	/* need (pledge) id -> that sum */
	struct core_record *rec;	/* the row checked last, to settle */
	struct core_record *stored;	/* its stored version, NULL if new: read
					   by sums_before, used by check_row;
					   owned, freed when the row settles */
	char old_parent[CORE_ID_MAX];	/* its stored version's need (pledge) */
	int64_t old;			/* and that version's share in it */
};

struct row {
	size_t line;
	struct natref *nat;	/* references given by natural keys */
	int had_id;
	int later;		/* validated by the writer, once merged (partial) */
	int bad;		/* found bad by the reader: only its references
				   are checked by the writer, so a missing one is
				   reported with the rest */
	int deleted;		/* COL_ACTIVE: 1 deleted, 0 in use, -1 not said */
	/* a need's county as its row gives it (the code, or the cell as
	 * typed if it names no county; "" if none): not imported, the
	 * county being its unit's, but checked against it (county_check) */
	char county[64];
	struct core_record *rec;
};

struct msg {
	size_t line;
	size_t seq;		/* order within a line */
	char *text;
};

struct msgs {
	struct msg *v;
	size_t n, cap;
	int oom;		/* a message was lost for want of memory */
};

struct import {
	const struct core_schema *s;
	const char *file;
	FILE *in;
	off_t size;			/* the file's size, 0 if not a file */
	unsigned char head[64];		/* the file's first bytes (file_digest), */
	size_t nhead;			/* for not_csv */
	int shown;			/* the bar's last percentage */
	struct store *st;
	int col_field[64];		/* column -> field, -1 ignored */
	char *col_head[64];		/* column -> its header cell as the file
					   has it (sanitized), for the messages */
	int field_col[CORE_MAX_FIELDS];	/* field -> column (1-based), 0 absent */
	int active_col;			/* the COL_ACTIVE column (1-based), 0 none */
	int family_col;			/* the COL_FAMILY column (1-based), 0 none */
	int first_col;			/* with it, the column of first names */
	size_t ncols;
	size_t nheads;			/* the header row's cells, empty ones
					   past ncols too */
	int header_done;
	struct title {			/* title lines held above the header */
		char *text;		/* sanitized (title_candidate) */
		size_t line, n, at;	/* its line, cells, the cell's index */
	} titles[TITLES_MAX];
	size_t ntitles;
	int partial;			/* an id column, and some field's column absent */
	int dry_run;
	/* Shared between the threads, under mu. */
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct row *rows;		/* good rows, in file order */
	size_t nrows, cap;
	int done;			/* the reader has finished */
	int bad;			/* rows with errors found by the reader */
	int fatal;			/* EXIT_* for a problem that is not a row's */
	int read_rc;			/* tui_csv_read's result */
	int arabic_sep;			/* the header was split at ؛ (arabic_header) */
	size_t err_line, err_col;	/* where the reading stopped (err_col:
					   the cell, 1-based) */
	/* The reader's own. */
	struct msgs rmsgs;
	struct core_vopts vopts;	/* county lookups through county_find */
	char *county_key[128];		/* core_county_key of the seed's names:
					   [2i] Persian, [2i+1] English */
	int county_keys;		/* county_key filled */
	int county_oom;			/* a county lookup ran out of memory */
	size_t rbad_pending;		/* bad rows not yet published */
	int derived_col;		/* a need's county column (1-based), 0 none */
	char row_county[64];		/* its cell in the row read (struct row) */
	/* the row read: a donor's id read into the other id's field
	 * (id_field_of), and the column it came from (1-based; 0: none),
	 * which the reader's messages about that field name (row_msg) */
	int row_id_field, row_id_col;
	unsigned status_said;		/* new needs taken as identified, for
					   want of a status column (on_row) */
	struct seen *seen;		/* the ids of the rows so far: a
					   record named twice is reported */
	size_t nseen, seen_cap;
	const struct import *pledges;	/* import all, a payments file: the
					   pledges file's import, read and
					   written before it (pledge_brought) */
	crypto_generichash_state chs;	/* the rows' values so far (content_row) */
	unsigned char cbuf[4096];	/* what content_put has not hashed yet */
	size_t cn;
	size_t cnew;			/* good rows without an id so far */
	/* The writer's own (reset when store_write runs the write again). */
	struct msgs wmsgs;
	int wbad;
	size_t created, updated, unchanged;
	/* lines of the rows given new ids, by id number from auto_first on:
	 * a later duplicate of one of them is reported by line, as the id is
	 * only provisional */
	size_t *auto_line, nauto, auto_cap;
	uint64_t auto_first;
	/* the twin keys of the group or donor rows written (twin_warn) */
	struct twin_seen **twins;
	size_t ntwins, twin_nb;
	/* The writer's check of repeats (repeat_check; reset with the rest). */
	int allow_repeats;		/* --allow-repeats: no check */
	/* The command an advice to import again names, as the user ran it:
	 * `import all DIR` for a file of a folder; NULL: `import KIND FILE`. */
	const char *again_kind, *again_path;
	struct repeat *rep;		/* the stored records' tuples; NULL until
					   the first row that needs them */
	size_t rep_cap, nrep;
	char (*written)[CORE_ID_MAX];	/* ids the file's rows wrote before rep
					   was built */
	size_t nwritten, written_cap;
	size_t repeats;			/* rows refused as repeats */
	/* The file as a whole (file_digest, file_seen). */
	char digest[2 * crypto_generichash_BYTES + 1];	/* hex; "" not known */
	char content[2 * crypto_generichash_BYTES + 1];	/* of its rows' values
					   (content_end): hex; "" not known */
	struct file_seen {		/* an earlier import of the same file */
		int64_t when;
		char user[64];
		size_t rows;
		char station[CORE_STATION_MAX + 1];	/* where, if another
					   station's (a mark a bundle brought,
					   tui/bundle.c); "" here */
	} seen_before;
	struct run_sums sums;		/* the writer's */
	unsigned all_kinds;		/* import all: the kinds whose files
					   are imported before this one (bit
					   per kind) */
	struct natkeys nk;		/* rnat the reader's, the rest the writer's */
};

static void
msg_add(struct msgs *m, size_t line, char *text)
{
	struct msg *nv;

	if (text == NULL) {
		m->oom = 1;
		return;
	}
	if (m->n == m->cap) {
		size_t ncap = m->cap ? m->cap * 2 : 16;

		if ((nv = realloc(m->v, ncap * sizeof *nv)) == NULL) {
			free(text);
			m->oom = 1;
			return;
		}
		m->v = nv;
		m->cap = ncap;
	}
	m->v[m->n].line = line;
	m->v[m->n].seq = m->n;
	m->v[m->n].text = text;
	m->n++;
}

static void
msgs_free(struct msgs *m)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		free(m->v[i].text);
	free(m->v);
	memset(m, 0, sizeof *m);
}

static int
msg_cmp(const void *a, const void *b)
{
	const struct msg *x = a, *y = b;

	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Prints the messages of both threads to stderr, by line. */
static void
msgs_print(struct import *im)
{
	struct msgs all = { NULL, 0, 0, 0 };
	size_t i;

	for (i = 0; i < im->rmsgs.n; i++)
		msg_add(&all, im->rmsgs.v[i].line, im->rmsgs.v[i].text);
	for (i = 0; i < im->wmsgs.n; i++)
		msg_add(&all, im->wmsgs.v[i].line, im->wmsgs.v[i].text);
	for (i = 0; i < all.n; i++)
		all.v[i].seq = i;
	if (all.n > 1)
		qsort(all.v, all.n, sizeof *all.v, msg_cmp);
	for (i = 0; i < all.n; i++)
		fputs(all.v[i].text, stderr);
	/* The texts now belong to all. */
	free(im->rmsgs.v);
	free(im->wmsgs.v);
	memset(&im->rmsgs, 0, sizeof im->rmsgs);
	memset(&im->wmsgs, 0, sizeof im->wmsgs);
	msgs_free(&all);
}

static char *
format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

static char *
format(const char *fmt, ...)
{
	va_list ap;
	char *s = NULL;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) < 0)
		s = NULL;
	va_end(ap);
	return s;
}

/* What a message quotes of a cell or a header cell: the whole of it when
 * short, else its start, cut between characters, and "…".  A file of one
 * 10 MB line, or a cell pasted over with a page of text, was written back
 * whole, twice over for a header (the error and the column hint). */
#define SHOWN_MAX 120		/* bytes: 60 Persian letters */

static const char *
shown(const char *s, char buf[SHOWN_MAX + 4])
{
	if (strlen(s) <= SHOWN_MAX)
		return s;
	loc_utf8_copy(buf, SHOWN_MAX + 1, s);
	strcat(buf, "\u2026");
	return buf;
}

/* A header cell as the messages name it (struct import's col_head):
 * sanitized, and cut as shown cuts it.  NULL when out of memory. */
static char *
shown_head(const char *h)
{
	char *t = loc_text_sanitize(h), *c, buf[SHOWN_MAX + 4];

	/* the cut with its "…" (3 bytes) may be longer than t: a header of
	 * 121 or 122 bytes (fuzz_csv) */
	if (t != NULL && shown(t, buf) == buf) {
		c = strdup(buf);
		free(t);
		t = c;
	}
	return t;
}

static const char *
field_name(const struct import *im, int field)
{
	return field >= 0 && (size_t)field < im->s->nfields ? im->s->fields[field].name : "";
}

/* How a message names a field with no column in the file: its name in
 * English ("kind"), its label and name in Persian («نوع» (kind)). */
static void
absent_word(const struct import *im, int field, char *buf, size_t n)
{
	const char *name = field_name(im, field);

	if (strcmp(loc_lang(), "en") == 0 || field < 0 || (size_t)field >= im->s->nfields)
		snprintf(buf, n, "%s", name);
	else
		snprintf(buf, n, _("«%s» (%s)"), _(im->s->fields[field].label), name);
}

/* A message about a row (warning or error) into m. */
static void
row_msg(struct import *im, struct msgs *m, size_t line, int field, const char *reason,
    int warning)
{
	int col = field >= 0 && field < CORE_MAX_FIELDS ? im->field_col[field] : 0;
	char *r = warning ? format(_("warning: %s"), reason) : NULL;
	const char *text = r != NULL ? r : reason;
	char word[256];

	/* A column is named by its header cell as the file has it (a Persian
	 * header in a Persian file), which is what the clerk looks for: for
	 * an id read into the other id's field, the column it was in (only
	 * the reader's messages, in its thread, are about the row read). */
	if (m == &im->rmsgs && im->row_id_col > 0 && field == im->row_id_field)
		col = im->row_id_col;
	if (col > 0)
		msg_add(m, line, format(_("%s: line %zu, column %d (%s): %s\n"), im->file, line,
		    col, im->col_head[col - 1] != NULL ? im->col_head[col - 1] : field_name(im, field),
		    text));
	else if (field >= 0) {
		absent_word(im, field, word, sizeof word);
		msg_add(m, line, format(_("%s: line %zu, field %s: %s\n"), im->file, line,
		    word, text));
	} else
		msg_add(m, line, format(_("%s: line %zu: %s\n"), im->file, line, text));
	free(r);
}

/* A finding of core/validate.c about a row, as row_msg.  A value that is
 * none of a field's choices is answered with the choices, each by its name
 * and its label (either may be typed). */
static void
issue_msg(struct import *im, struct msgs *m, size_t line, int field, enum core_msg msg,
    int warning)
{
	const struct core_field *fd = field >= 0 && (size_t)field < im->s->nfields ?
	    &im->s->fields[field] : NULL;
	char list[1024];
	size_t len = 0;
	/* a field the file has no column for: "this cell" is nowhere */
	int absent = msg == CORE_MSG_REQUIRED && fd != NULL && im->field_col[field] == 0;
	int i, n = msg == CORE_MSG_CHOICE || absent ? core_choice_count(fd) : 0;
	const char *why = cli_msg(msg);	/* its digits ASCII */
	char *t;

	if (msg == CORE_MSG_TEXT_LONG && fd != NULL) {
		/* how long a text the field takes */
		t = format(_("the text is longer than this field takes: at most %zu characters"),
		    core_text_max(fd));
		row_msg(im, m, line, field, t != NULL ? t : why, warning);
		free(t);
		return;
	}
	if (absent)
		why = im->s->kind == CORE_DONOR && field == CORE_DONOR_KIND ?
		    _("neither a national id (a person) nor a legal id (an organisation) says which this donor is, and the file has no column for it: add the column") :
		    _("a new record needs it, and the file has no column for it: add the column");
	if (n == 0) {
		row_msg(im, m, line, field, why, warning);
		return;
	}
	list[0] = '\0';
	for (i = 0; i < n && len < sizeof list; i++) {
		const char *lab = core_choice_label(fd, i);
		int w = snprintf(list + len, sizeof list - len, "%s%s (%s)", i ? _(", ") : "",
		    fd->choices[i], lab != NULL ? _(lab) : fd->choices[i]);

		if (w < 0)
			break;
		len += (size_t)w;
	}
	t = format(_("%s; write one of: %s"), why, list);
	row_msg(im, m, line, field, t != NULL ? t : why, warning);
	free(t);
}

/* Trims ASCII spaces at both ends, in place. */
static char *
trim(char *s)
{
	char *e;

	while (*s == ' ' || *s == '\t')
		s++;
	e = s + strlen(s);
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		*--e = '\0';
	return s;
}

/* The column (1-based) of the first of cells[0..n) that is not UTF-8, or 0. */
static size_t
bad_utf8(size_t n, char *const *cells)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (u8_check((const uint8_t *)cells[i], strlen(cells[i])) != NULL)
			return i + 1;
	return 0;
}

/* A header or label as header_field compares it loosely (caller frees;
 * NULL for want of memory): its search key (case, Arabic letters, harakat
 * and ZWNJ folded), without a unit in brackets at the end ("(ریال)") and
 * without spaces, '_' and '-': "کدملی", "کد‌ملی" and "national-id" are
 * کد ملی and national_id. */
static char *
header_squash(const char *text)
{
	/* The ezafe after ه written as a word of its own, as many type it:
	 * "زمینه ی مشارکت", "شماره‌ی رسید" are زمینهٔ مشارکت, شمارهٔ رسید (whose
	 * hamza the squash drops).  Only a lone ی (or Arabic ي) after ه and a
	 * space or ZWNJ, before a space or the end: گواهی and ماهی keep theirs. */
	static const char he[] = "\xd9\x87", zwnj[] = "\xe2\x80\x8c";
	static const char *const yeh[] = { "\xdb\x8c", "\xd9\x8a" };
	char *copy = strdup(text), *out;
	size_t i = 0, o = 0, n = strlen(text);

	if (copy == NULL)
		return NULL;
	while (i < n) {
		size_t sep = text[i + 0] == ' ' ? 1 : strncmp(text + i, zwnj, 3) == 0 ? 3 : 0;
		int lone = 0;

		if (sep && o >= 2 && memcmp(copy + o - 2, he, 2) == 0 && i + sep + 2 <= n &&
		    (memcmp(text + i + sep, yeh[0], 2) == 0 || memcmp(text + i + sep, yeh[1], 2) == 0) &&
		    (i + sep + 2 == n || text[i + sep + 2] == ' '))
			lone = 1;
		if (lone) {
			i += sep + 2;	/* the separator and the ی */
			continue;
		}
		copy[o++] = text[i++];
	}
	copy[o] = '\0';
	out = core_text_squash(copy, 1, " _-");
	free(copy);
	return out;
}

/* The headers clerks give a field in their own sheets, beside its name and
 * its label (README "CSV import"), in one table: a sheet moved into Hamyar
 * says موبایل, آدرس or نام و نام خانوادگی, not the form's تلفن همراه, نشانی
 * or نام.  Compared as header_squash compares headers, so each word is also
 * taken with Arabic ي/ك, with or without its ZWNJ and spaces (نام‌ونام‌خانوادگی)
 * and with a unit in brackets after it.  A word is read as the field of that
 * name in each kind that has the field (and, where kinds is not 0, only in
 * the kinds it lists).  A word that names two fields of one kind (a donor's
 * شماره تماس: mobile or phone?  a stage's تاریخ: which of its three dates?)
 * is not guessed: the column is refused with the fields it could be; such
 * a word has one line for each of its fields.  A field's own name or label
 * is matched before this table is looked at, so نام is a donor's name and
 * تلفن his phone.  A word that names two fields of which the file heads
 * one by another column (a donor's شماره تماس beside موبایل) is the other
 * one (resolve_ambiguous).  Kept out: words whose field Hamyar does not
 * hold (کد پستی, شماره شبا), a family name (نام خانوادگی: a donor's is
 * joined to the first name, is_family_header), and the columns that refer
 * to other records. */
#define K(kind) (1u << (kind))
static const struct header_synonym {
	const char *word;
	const char *field;
	unsigned kinds;		/* K() of the kinds it is read in; 0: any */
} header_synonyms[] = {
	/* a person's full name: a donor's name; a group's name or contact */
	{ "نام و نام خانوادگی", "name", K(CORE_DONOR) | K(CORE_GROUP) },
	{ "نام و نام خانوادگی", "contact", K(CORE_GROUP) },
	{ "نام کامل", "name", K(CORE_DONOR) },
	{ "نام خیر", "name", K(CORE_DONOR) },
	{ "full name", "name", K(CORE_DONOR) },
	{ "نام واحد", "name", K(CORE_UNIT) },
	{ "نام گروه", "name", K(CORE_GROUP) },
	{ "نام رابط", "contact", 0 },
	{ "مسئول", "contact", 0 },
	{ "شماره ملی", "national_id", 0 },
	{ "national code", "national_id", 0 },
	{ "شناسه ملی شرکت", "legal_id", 0 },
	/* one column for both ids, as the donors' list heads it: read as
	 * the national id's, a legal id in it taken by its 11 digits
	 * (id_field_of) */
	{ "کد/شناسه ملی", "national_id", 0 },
	{ "کد/شناسهٔ ملی", "national_id", 0 },
	{ "کد ملی/شناسه ملی", "national_id", 0 },
	{ "شناسه/کد ملی", "national_id", 0 },
	{ "national/legal id", "national_id", 0 },
	{ "national or legal id", "national_id", 0 },
	{ "موبایل", "mobile", 0 },
	{ "شماره موبایل", "mobile", 0 },
	{ "همراه", "mobile", 0 },
	{ "شماره همراه", "mobile", 0 },
	{ "شماره تلفن همراه", "mobile", 0 },
	{ "mobile phone", "mobile", 0 },
	{ "cell phone", "mobile", 0 },
	{ "تلفن ثابت", "phone", 0 },
	{ "telephone", "phone", 0 },
	/* a number to call: the phone, where there is no mobile */
	{ "شماره تماس", "mobile", 0 },
	{ "شماره تماس", "phone", 0 },
	{ "تلفن تماس", "mobile", 0 },
	{ "تلفن تماس", "phone", 0 },
	{ "شماره تلفن", "mobile", 0 },
	{ "شماره تلفن", "phone", 0 },
	{ "آدرس", "address", 0 },
	{ "معرف", "introduced_by", 0 },
	{ "توضیحات", "notes", 0 },
	{ "توضیحات", "description", 0 },
	{ "عنوان نیاز", "title", K(CORE_NEED) },
	{ "شرح نیاز", "description", K(CORE_NEED) },
	{ "برآورد هزینه", "estimated_cost", 0 },
	{ "هزینه", "estimated_cost", 0 },
	{ "جمعیت", "population", 0 },
	/* a pledge's type: its label is نوع مشارکت, but a pledge sheet
	 * heads the column نوع as the donors' sheet does (a donor's kind) */
	{ "نوع", "type", K(CORE_PLEDGE) },
	{ "kind", "type", K(CORE_PLEDGE) },
	{ "مبلغ تعهد", "amount", K(CORE_PLEDGE) },
	{ "مبلغ پرداختی", "amount", K(CORE_PAYMENT) },
	{ "مبلغ واریزی", "amount", K(CORE_PAYMENT) },
	{ "ساعات", "hours", 0 },
	{ "تعداد ساعت", "hours", 0 },
	{ "غیرنقدی", "in_kind", 0 },
	{ "رسید", "receipt", 0 },
	{ "شماره فیش", "receipt", 0 },
	{ "فیش", "receipt", 0 },
	{ "شماره پیگیری", "receipt", 0 },
	{ "receipt number", "receipt", 0 },
	{ "تاریخ واریز", "paid_on", 0 },
	{ "درصد پیشرفت", "progress", 0 },
	/* the place's label before it was «مکان», as the ceremony box asks:
	 * the sheets exported then */
	{ "محل", "place", 0 },
	{ "خیرین", "donors", K(CORE_RECOGNITION) },
	/* the one date of a kind; a stage's three are not guessed */
	{ "تاریخ", "identified_on", 0 },
	{ "تاریخ", "pledged_on", 0 },
	{ "تاریخ", "paid_on", 0 },
	{ "تاریخ", "held_on", 0 },
	{ "تاریخ", "planned_start", 0 },
	{ "تاریخ", "planned_end", 0 },
	{ "تاریخ", "actual_end", 0 },
	{ "date", "identified_on", 0 },
	{ "date", "pledged_on", 0 },
	{ "date", "paid_on", 0 },
	{ "date", "held_on", 0 },
	{ "date", "planned_start", 0 },
	{ "date", "planned_end", 0 },
	{ "date", "actual_end", 0 },
};
#undef K

/* Does header h of an amount's column give no unit, or rials?  The loose
 * match takes a header without its unit in brackets, so مبلغ (تومان) or
 * مبلغ (میلیون ریال) would be read as an amount's column in rials, each
 * figure a tenth or a millionth of what the clerk meant: such a column is
 * refused (-4 of header_field), as a cell in tomans is. */
static int
amount_unit_ok(const char *h)
{
	static const char *const rials[] = { "(ریال)", "(rials)", "(rial)", "(irr)" };
	char *whole = core_text_squash(h, 0, " _-"), *bare = core_text_squash(h, 1, " _-");
	size_t i;
	int ok = 0;

	if (whole != NULL && bare != NULL) {
		const char *unit = whole + strlen(bare);

		ok = *unit == '\0';
		for (i = 0; i < sizeof rials / sizeof rials[0] && !ok; i++)
			ok = strcmp(unit, rials[i]) == 0;
	}
	free(whole);
	free(bare);
	return ok;
}

/* The field of s that header sq (header_squash'ed) names by header_synonyms:
 * its index, -1 for none, -2 for want of memory, -3 for a word that names
 * more than one (*amb gets them: bit f for field f). */
static int
header_synonym(const struct core_schema *s, const char *sq, unsigned *amb)
{
	size_t i;
	int f, found = -1;
	char *w;

	*amb = 0;
	for (i = 0; i < sizeof header_synonyms / sizeof header_synonyms[0]; i++) {
		const struct header_synonym *y = &header_synonyms[i];

		if ((y->kinds != 0 && !(y->kinds & (1u << s->kind))) ||
		    (f = core_field_find(s, y->field)) < 0 ||
		    (s->fields[f].flags & CORE_FF_DERIVED))
			continue;
		if ((w = header_squash(y->word)) == NULL)
			return -2;
		if (strcmp(w, sq) == 0) {
			*amb |= 1u << f;
			found = f;
		}
		free(w);
	}
	return (*amb & (*amb - 1)) != 0 ? -3 : found;
}

/* The field of s that header h names: its index; -1 for none, -2 for want
 * of memory, -3 for a synonym that names more than one (*amb gets them, as
 * header_synonym; 0 otherwise), -4 for an amount's column headed with a
 * unit that is not rials (amount_unit_ok). */
static int
header_field(const struct core_schema *s, const char *h, unsigned *amb)
{
	size_t i;
	char *norm, *sq, *a, *b, *c;
	int found = -1;

	*amb = 0;
	for (i = 0; i < s->nfields; i++)
		if (strcasecmp(h, s->fields[i].name) == 0)
			return (int)i;
	/* A Persian label, as typed (Arabic yeh/kaf and all): compare normalised. */
	if ((norm = loc_text_normalize(h)) == NULL)
		return -2;	/* out of memory */
	for (i = 0; i < s->nfields && found < 0; i++) {
		const char *fa = loc_gettext_lang("fa", s->fields[i].label);
		const char *en = s->fields[i].label;

		if (strcmp(norm, fa) == 0 || strcasecmp(norm, en) == 0)
			found = (int)i;
	}
	free(norm);
	if (found >= 0)
		return found;
	/* Loosely, as a clerk may write it. */
	if ((sq = header_squash(h)) == NULL)
		return -2;
	for (i = 0; i < s->nfields && found == -1; i++) {
		a = header_squash(s->fields[i].name);
		b = header_squash(loc_gettext_lang("fa", s->fields[i].label));
		c = header_squash(s->fields[i].label);
		if (a == NULL || b == NULL || c == NULL)
			found = -2;
		else if (*sq != '\0' && (strcmp(sq, a) == 0 || strcmp(sq, b) == 0 || strcmp(sq, c) == 0))
			found = (int)i;
		free(a);
		free(b);
		free(c);
	}
	/* As clerks head it in their own sheets. */
	if (found == -1 && *sq != '\0')
		found = header_synonym(s, sq, amb);
	free(sq);
	if (found >= 0 && s->fields[found].type == CORE_FT_AMOUNT)
		found = amount_unit_ok(h) ? found : -4;
	return found;
}

/* Is the one cell of a header row (or title) a header whose columns are
 * separated by Arabic semicolons (؛, the list separator of Persian
 * Windows' region, which Excel writes in its CSV): two of its parts or
 * more name fields of s.  Not any ؛: a title is Persian text, which may
 * have one ("فهرست خیّرین؛ شهرستان مرند"). */
static int
by_arabic_semicolons(const struct core_schema *s, const char *cell)
{
	char *copy = strdup(cell), *part, *next;
	unsigned amb;
	int named = 0;

	if (copy == NULL || strstr(copy, ARABIC_SEMICOLON) == NULL) {
		free(copy);
		return 0;
	}
	for (part = copy; part != NULL; part = next) {
		if ((next = strstr(part, ARABIC_SEMICOLON)) != NULL) {
			*next = '\0';
			next += strlen(ARABIC_SEMICOLON);
		}
		if (header_field(s, trim(part), &amb) >= 0)
			named++;
	}
	free(copy);
	return named >= 2;
}

/* A name in two columns, first name and family name, as many station
 * sheets keep a person's: read as one, "first family", in the kinds whose
 * name is a person's.  A donor only: a group's نام is the group's own name
 * (a board, a guild), and beside a family name it could as well be its
 * contact person's first name; not guessed, its family name's column is an
 * unknown one.  The words a family name's column is headed with, compared
 * as header_squash compares headers (Arabic ي/ك, ZWNJ and spaces). */
static int
joins_names(const struct core_schema *s)
{
	return s->kind == CORE_DONOR;
}

/* Is header h one of the words of words[0..n), compared loosely? */
static int
header_is_word(const char *h, const char *const *words, size_t n)
{
	char *sq = header_squash(h), *w;
	size_t i;
	int yes = 0;

	for (i = 0; sq != NULL && i < n && !yes; i++) {
		if ((w = header_squash(words[i])) == NULL)
			break;
		yes = strcmp(sq, w) == 0;
		free(w);
	}
	free(sq);
	return yes;
}

static int
is_family_header(const char *h)
{
	static const char *const words[] = { "نام خانوادگی", "فامیل", "فامیلی",
		"last name", "surname", "family name" };

	return header_is_word(h, words, sizeof words / sizeof words[0]);
}

/* The header of first names: the name field's Persian label, نام, alone
 * (not نام و نام خانوادگی, name or نام خیر, which head whole names), or
 * English "first name" (is_english_first_name). */
static int
is_first_name_header(const char *h)
{
	static const char *const words[] = { "نام", "first name" };

	return header_is_word(h, words, sizeof words / sizeof words[0]);
}

/* "first name" (First Name, first_name): a column of first names, which
 * no field's name or label is.  Read as the name's column only beside a
 * family name's (names_check); alone it is refused (on_header), as a
 * name of one word is not a donor's whole name. */
static int
is_english_first_name(const char *h)
{
	static const char *const words[] = { "first name" };

	return header_is_word(h, words, sizeof words / sizeof words[0]);
}

/* After an unknown column: the columns a file of this kind may have, each
 * by its name and label (either may head it); and, when every column of
 * the header is one of another kind's (a needs file given as donors), the
 * command that was meant.  heads: the header's cells, trimmed ("" for an
 * empty one).  A family name's column (نام خانوادگی) is a donor's only
 * when family_counts: when some other column is unknown too.  A groups
 * file of نام and نام خانوادگی (its contact's?) is not a donors file
 * for that column alone, and hamyar import donors is not suggested. */
static void
columns_hint(struct import *im, size_t line, size_t n, char *const *heads, int family_counts)
{
	char list[4096], lab[64];
	size_t i, len = 0, k, known;
	const struct core_schema *o;
	int w;

	list[0] = '\0';
	for (i = 0; i < im->s->nfields && len < sizeof list; i++) {
		if (im->s->fields[i].flags & CORE_FF_DERIVED)
			continue;
		w = snprintf(list + len, sizeof list - len, "%s%s (%s)", len ? _(", ") : "",
		    im->s->fields[i].name, _(im->s->fields[i].label));
		if (w < 0)
			break;
		len += (size_t)w;
	}
	msg_add(&im->rmsgs, line, format(_("%s: line %zu: columns allowed for %s (%s): %s; give each unknown column one of these names or labels, or delete it\n"),
	    im->file, line, cli_label_mid(im->s->label, lab, sizeof lab), im->s->plural, list));
	for (k = 0; k < NALL; k++) {
		o = core_schema_get(all_kinds[k]);
		if (o == im->s)
			continue;
		for (i = 0, known = 0; i < n; i++) {
			unsigned amb;
			int f = heads[i][0] != '\0' ? header_field(o, heads[i], &amb) : 0;

			if (f == -2) {
				im->rmsgs.oom = 1;
				return;
			}
			if (f >= 0 || f == -3 || f == -4 ||
			    (family_counts && joins_names(o) && is_family_header(heads[i])))
				known++;
		}
		if (known == n)
			msg_add(&im->rmsgs, line, format(_("%s: line %zu: these are the columns of %s (%s); to import them: hamyar import %s %s\n"),
			    im->file, line, cli_label_mid(o->label, lab, sizeof lab), o->plural, o->plural, im->file));
	}
}

/* The header of a column of row numbers, the first column of most Persian
 * office spreadsheets (ردیف, "Row", #): nothing a record holds, passed
 * over rather than refused as an unknown column. */
static int
is_rownum_header(const char *h)
{
	static const char *const names[] = { "ردیف", "شمارهردیف", "row", "rowno", "#" };
	char *sq = header_squash(h);
	size_t i;
	int yes = 0;

	for (i = 0; sq != NULL && i < sizeof names / sizeof names[0]; i++)
		if (strcasecmp(sq, names[i]) == 0)
			yes = 1;
	free(sq);
	return yes;
}

/* A column whose header is a word of header_synonyms that names more than
 * one field of the kind (amb, as header_synonym gives it): refused, with
 * the fields it could be, rather than read as one of them. */
static void
ambiguous_column(struct import *im, size_t line, size_t col, unsigned amb)
{
	char list[1024];
	size_t f, len = 0;
	int w;

	list[0] = '\0';
	for (f = 0; f < im->s->nfields && len < sizeof list; f++) {
		if (!(amb & (1u << f)))
			continue;
		w = snprintf(list + len, sizeof list - len, "%s%s (%s)", len ? _(", ") : "",
		    im->s->fields[f].name, _(im->s->fields[f].label));
		if (w < 0)
			break;
		len += (size_t)w;
	}
	msg_add(&im->rmsgs, line, format(_("%s: line %zu, column %zu: column '%s' could be any of: %s; head it with the name or label of the one it holds\n"),
	    im->file, line, col, im->col_head[col - 1], list));
}

/* Does kind s mark a deleted record in its metadata (no `active` field)? */
static int
kind_deletes(const struct core_schema *s)
{
	size_t i;

	for (i = 0; i < s->nfields; i++)
		if (strcmp(s->fields[i].name, "active") == 0)
			return 0;
	return 1;
}

/* The header of the column `active`: its name or label, English or
 * Persian, as an `active` field's would be read. */
static int
is_active_header(const char *h)
{
	char *norm = loc_text_normalize(h);
	int yes = strcasecmp(h, "active") == 0 || strcasecmp(h, "Active") == 0 ||
	    (norm != NULL && strcmp(norm, loc_gettext_lang("fa", "Active")) == 0);

	free(norm);
	return yes;
}

/* After the header, with a family name's column: the name's column must
 * be the first names' (نام); a column of whole names beside a family
 * name's, or none at all, is refused, naming the columns.  Returns 1 for
 * a refused header. */
static int
names_check(struct import *im, size_t line, char *const *heads)
{
	int name = core_field_find(im->s, "name");
	int nc = name >= 0 ? im->field_col[name] : 0;
	int fc = im->family_col;

	if (nc != 0 && is_first_name_header(heads[nc - 1])) {
		im->first_col = nc;
		return 0;
	}
	if (nc != 0)
		msg_add(&im->rmsgs, line, format(_("%s: line %zu: column %d (%s) holds whole names and column %d (%s) family names; head the column of first names '%s' to join the two, or delete the column of family names\n"),
		    im->file, line, nc, im->col_head[nc - 1], fc, im->col_head[fc - 1],
		    loc_gettext_lang("fa", "Name")));
	else
		msg_add(&im->rmsgs, line, format(_("%s: line %zu: column %d (%s) holds family names but no column holds the first names; add a column '%s' of first names beside it\n"),
		    im->file, line, fc, im->col_head[fc - 1], loc_gettext_lang("fa", "Name")));
	return 1;
}

/* With no family name's column: a name's column headed "first name"
 * (is_english_first_name) is refused, naming it; a first name alone is
 * not a donor's name.  Returns 1 for a refused header. */
static int
first_names_alone(struct import *im, size_t line)
{
	int name = core_field_find(im->s, "name");
	int nc = name >= 0 ? im->field_col[name] : 0;

	if (nc == 0 || im->col_head[nc - 1] == NULL || !is_english_first_name(im->col_head[nc - 1]))
		return 0;
	msg_add(&im->rmsgs, line, format(_("%s: line %zu: column %d (%s) holds first names but no column holds the family names; add a column 'last name' of family names beside it, or head a column of whole names 'name'\n"),
	    im->file, line, nc, im->col_head[nc - 1]));
	return 1;
}

/* A row's name from its first and family names (columns first_col and
 * family_col): "first family", one space between, an empty part left out;
 * each part without the guard of a formula (tui/csv.h).  The caller
 * frees; NULL for want of memory. */
static char *
name_join(const struct import *im, size_t n, char *const *cells)
{
	const char *first = (size_t)im->first_col <= n ? trim(tui_csv_unguard(cells[im->first_col - 1])) : "";
	const char *family = (size_t)im->family_col <= n ? trim(tui_csv_unguard(cells[im->family_col - 1])) : "";

	return format("%s%s%s", first, *first != '\0' && *family != '\0' ? " " : "", family);
}

/* A header word that could be two or more fields (amb[i], as
 * header_synonym gives it, for column i; 0 for the others): the one field
 * left when the file's other columns already name the rest (a donor's
 * شماره تماس beside موبایل is his phone); else refused as before
 * (ambiguous_column).  Only the columns named outright count; two such
 * columns left with the same field: the second repeats the first.
 * Returns the columns refused. */
static int
resolve_ambiguous(struct import *im, size_t line, size_t n, const unsigned *amb)
{
	unsigned taken = 0, left;
	size_t i, f;
	int refused = 0;

	for (f = 0; f < im->s->nfields && f < 32; f++)
		if (im->field_col[f] != 0)
			taken |= 1u << f;
	for (i = 0; i < n; i++) {
		if (amb[i] == 0)
			continue;
		left = amb[i] & ~taken;
		if (left == 0 || (left & (left - 1)) != 0) {
			ambiguous_column(im, line, i + 1, amb[i]);
			refused++;
			continue;
		}
		for (f = 0; !(left & (1u << f)); f++)
			;
		if (im->field_col[f] != 0) {
			msg_add(&im->rmsgs, line, format(_("%s: line %zu, column %zu: column '%s' repeats column %d (%s)\n"),
			    im->file, line, i + 1, im->col_head[i], im->field_col[f],
			    im->col_head[im->field_col[f] - 1]));
			refused++;
			continue;
		}
		im->col_field[i] = (int)f;
		im->field_col[f] = (int)i + 1;
	}
	return refused;
}

/* Takes column i (0-based) of the header as the one column of its kind
 * (COL_ACTIVE, COL_FAMILY), noting it in *col (1-based); a second one is
 * reported, naming the first.  Returns 1 if refused, else 0. */
static int
special_column(struct import *im, size_t line, size_t i, int mark, int *col)
{
	if (*col != 0) {
		msg_add(&im->rmsgs, line, format(_("%s: line %zu, column %zu: column '%s' repeats column %d (%s)\n"),
		    im->file, line, i + 1, im->col_head[i], *col, im->col_head[*col - 1]));
		return 1;
	}
	im->col_field[i] = mark;
	*col = (int)i + 1;
	return 0;
}

static int on_header(struct import *im, size_t line, size_t n, char *const *cells);

/* A header whose columns are separated by Arabic semicolons (؛), as Excel
 * writes a CSV in Persian Windows' region (by_arabic_semicolons): read as
 * those columns, and the reader told to split the rows after it at ؛ too
 * (TUI_CSV_ARABIC_SEMICOLON).  Its one cell came whole from the reader,
 * which splits at commas: a column name has no ؛ of its own.  Returns what
 * on_header returns, or TUI_CSV_ARABIC_SEMICOLON when it is 0. */
static int
arabic_header(struct import *im, size_t line, const char *cell)
{
	char *copy = strdup(cell), *parts[sizeof im->col_field / sizeof im->col_field[0] + 1];
	char *p, *next;
	size_t n = 0;
	int rc;

	if (copy == NULL) {
		im->rmsgs.oom = 1;
		pthread_mutex_lock(&im->mu);
		im->fatal = EXIT_SYSTEM;
		pthread_mutex_unlock(&im->mu);
		return 1;
	}
	/* the last part keeps the rest whole, ؛ and all: more than fit, so
	 * on_header says too many (every cell it is given is there) */
	for (p = copy; p != NULL && n < sizeof parts / sizeof parts[0]; p = next) {
		if (n + 1 < sizeof parts / sizeof parts[0] &&
		    (next = strstr(p, ARABIC_SEMICOLON)) != NULL) {
			*next = '\0';
			next += strlen(ARABIC_SEMICOLON);
		} else {
			next = NULL;
		}
		parts[n++] = p;
	}
	im->arabic_sep = 1;
	rc = on_header(im, line, n, parts);
	free(copy);
	return rc == 0 ? TUI_CSV_ARABIC_SEMICOLON : rc;
}

static int
on_header(struct import *im, size_t line, size_t n, char *const *cells)
{
	char *heads[sizeof im->col_field / sizeof im->col_field[0]];
	unsigned ambs[sizeof im->col_field / sizeof im->col_field[0]] = { 0 };
	size_t i, named, unknown = 0, unknown_other = 0;
	unsigned amb;
	int f, fatal = 0;

	/* Empty header cells after the last named column, as a sheet whose
	 * used range runs on to column CZ (formatted once) is saved, name no
	 * column and do not count against the limit: a file of four columns
	 * was refused for "too many columns".  Those past the limit are not
	 * kept (on_row names a value under one by im->nheads). */
	im->nheads = n;
	for (named = n; named > 1 && *trim(cells[named - 1]) == '\0'; named--)
		;
	if (named > sizeof im->col_field / sizeof im->col_field[0]) {
		const char *q = cells[n - 1];

		/* (arabic_header's last cell holds the rest: counted here) */
		while (im->arabic_sep && named == n && (q = strstr(q, ARABIC_SEMICOLON)) != NULL) {
			q += strlen(ARABIC_SEMICOLON);
			named++, n++;
		}
		msg_add(&im->rmsgs, line, format(_("%s: line %zu: %zu columns, more than the %zu an import reads\n"),
		    im->file, line, named, sizeof im->col_field / sizeof im->col_field[0]));
		fatal = 1;
		n = 0;
	} else if (n > sizeof im->col_field / sizeof im->col_field[0]) {
		n = sizeof im->col_field / sizeof im->col_field[0];
	}
	im->ncols = n;
	if (bad_utf8(n, cells) != 0) {
		/* a spreadsheet's "CSV" in Windows-1256, most likely */
		msg_add(&im->rmsgs, line, format(_("%s: line %zu: the file is not UTF-8 text; save it as \"CSV UTF-8\" and import it again\n"),
		    im->file, line));
		fatal = 1;
		n = 0;
	}
	if (n == 1 && strpbrk(cells[0], ";\t") == NULL && by_arabic_semicolons(im->s, cells[0]) &&
	    !fatal && !im->arabic_sep)
		return arabic_header(im, line, cells[0]);
	if (n == 1 && (strpbrk(cells[0], ";\t") != NULL || by_arabic_semicolons(im->s, cells[0])) &&
	    !fatal) {
		/* A spreadsheet's "CSV" of another region (semicolons; the
		 * reader takes them when the first line tells, but not beside
		 * tabs or in a header with ؛ too) or its "Text (tab
		 * delimited)": one column named "kind;name;county". */
		msg_add(&im->rmsgs, line, format(_("%s: line %zu: the columns are separated by %s, not by commas; save the file as \"CSV UTF-8 (comma delimited)\" and import it again\n"),
		    im->file, line, strchr(cells[0], ';') != NULL ? _("semicolons (;)") :
		    strchr(cells[0], '\t') != NULL ? _("tabs") : _("Persian semicolons (؛)")));
		fatal = 1;
		n = 0;
	}
	for (i = 0; i < n; i++) {
		char *h = heads[i] = trim(cells[i]);

		if (*h != '\0' && (im->col_head[i] = shown_head(h)) == NULL) {
			im->rmsgs.oom = 1;
			fatal = 1;
			break;
		}
		if (*h == '\0') {
			/* trailing columns a spreadsheet left empty */
			im->col_field[i] = COL_BLANK;
			continue;
		}
		if (kind_deletes(im->s) && is_active_header(h)) {
			fatal |= special_column(im, line, i, COL_ACTIVE, &im->active_col);
			continue;
		}
		if (joins_names(im->s) && is_family_header(h)) {
			fatal |= special_column(im, line, i, COL_FAMILY, &im->family_col);
			continue;
		}
		f = header_field(im->s, h, &amb);
		if (f == -1 && joins_names(im->s) && is_english_first_name(h))
			f = core_field_find(im->s, "name");
		if (f == -1 && is_rownum_header(h)) {
			im->col_field[i] = -1;	/* row numbers: ignored */
			continue;
		}
		if (f == -2) {
			im->rmsgs.oom = 1;
			fatal = 1;
			break;
		}
		if (f == -3) {
			ambs[i] = amb;	/* resolve_ambiguous, once all are read */
			continue;
		}
		if (f == -4) {
			msg_add(&im->rmsgs, line, format(_("%s: line %zu, column %zu: column '%s' gives amounts in another unit than rials; amounts are in rials: write them in rials (a toman is ten rials) and head the column without that unit\n"),
			    im->file, line, i + 1, im->col_head[i]));
			fatal = 1;
			continue;
		}
		if (f < 0) {
			msg_add(&im->rmsgs, line, format(_("%s: line %zu, column %zu: unknown column '%s'\n"),
			    im->file, line, i + 1, im->col_head[i]));
			fatal = 1;
			unknown++;
			if (!is_family_header(h))
				unknown_other++;
			continue;
		}
		if (im->s->fields[f].flags & CORE_FF_DERIVED) {
			/* computed here, not imported; its cells are checked
			 * against what is computed (county_check) */
			im->col_field[i] = -1;
			if (im->derived_col == 0)
				im->derived_col = (int)i + 1;
			continue;
		}
		if (im->field_col[f] != 0) {
			/* under another name, maybe (نام and name) */
			msg_add(&im->rmsgs, line, format(_("%s: line %zu, column %zu: column '%s' repeats column %d (%s)\n"),
			    im->file, line, i + 1, im->col_head[i], im->field_col[f],
			    im->col_head[im->field_col[f] - 1]));
			fatal = 1;
			continue;
		}
		im->col_field[i] = f;
		im->field_col[f] = (int)i + 1;
	}
	if (i == n && resolve_ambiguous(im, line, n, ambs) > 0)
		fatal = 1;
	if (i == n && im->family_col != 0 && names_check(im, line, heads))
		fatal = 1;
	if (i == n && im->family_col == 0 && first_names_alone(im, line))
		fatal = 1;
	if (unknown > 0 && !im->rmsgs.oom)
		columns_hint(im, line, n, heads, unknown_other > 0);
	if (unknown == 1 && !im->rmsgs.oom) {
		/* one cell alone, unknown: a title above the header row
		 * ("فهرست خیرین شهرستان مرند"), as office sheets have */
		size_t filled = 0, at = 0;

		for (i = 0; i < n; i++)
			if (heads[i][0] != '\0')
				filled++, at = i;
		if (filled == 1 && im->col_head[at] != NULL)
			msg_add(&im->rmsgs, line, format(_("%s: line %zu: the first line that is not empty is read as the column names; if '%s' is a title above them, delete its line\n"),
			    im->file, line, im->col_head[at]));
	}
	/* An update from a file with some columns left out keeps what those
	 * fields hold (only an empty cell clears a field). */
	if (im->field_col[0] != 0)
		for (i = 1; i < im->s->nfields; i++)
			if (im->field_col[i] == 0 && !(im->s->fields[i].flags & CORE_FF_DERIVED))
				im->partial = 1;
	/* field_col is read by the writer's messages: set before any row is
	 * published (publishing takes the mutex). */
	im->header_done = 1;
	if (fatal) {
		pthread_mutex_lock(&im->mu);
		im->fatal = im->rmsgs.oom ? EXIT_SYSTEM : EXIT_INVALID;
		pthread_mutex_unlock(&im->mu);
	}
	return fatal;
}

/* Is the line cells[0..n) a possible title above the header row, as
 * office sheets have ("فهرست خیرین شهرستان مرند ۱۴۰۳" in the first cell,
 * maybe merged across the others)?  One cell that is not empty, in UTF-8,
 * not "a;b;c" (a file of another separator: on_header says so) and that
 * heads no column of the kind (a one-column file's "name" is a header).
 * Returns the cell's index, or -1. */
static int
title_candidate(const struct import *im, size_t n, char *const *cells)
{
	size_t i, filled = 0, at = 0;
	unsigned amb;
	const char *h;
	int f;

	for (i = 0; i < n; i++)
		if (*trim(cells[i]) != '\0')
			filled++, at = i;
	if (filled != 1 || bad_utf8(n, cells) != 0)
		return -1;
	h = trim(cells[at]);
	if (strpbrk(h, ";\t") != NULL || by_arabic_semicolons(im->s, h) || is_rownum_header(h) ||
	    (kind_deletes(im->s) && is_active_header(h)) ||
	    (joins_names(im->s) && (is_family_header(h) || is_english_first_name(h))))
		return -1;
	f = header_field(im->s, h, &amb);
	return f == -1 ? (int)at : -1;
}

/* The first lines that are not empty, before any header.  A title line
 * (title_candidate) is held, not read as the header, and so are up to
 * TITLES_MAX of them in a row (a sheet's title, a subtitle, the date it
 * was made: "فهرست خیّرین شهرستان مرند", "تهیه‌شده در ۱۴۰۳/۰۲/۱۰"): the
 * next line that is not one decides.  If it has two cells or more, or its
 * one cell heads a column of the kind, it is the header and each title is
 * passed over, with a note naming it (printed whether the import succeeds
 * or not, so that a clerk sees which lines were left out).  Skipping is
 * safe: a title line read as the header was refused anyway (its one cell
 * is no column), so no file that imported before imports otherwise now,
 * and the lines passed over held no record.  If one more lone unknown
 * cell comes after TITLES_MAX of them (a one-column file whose header is
 * mistyped, most likely), the first held line is read as the header as
 * before, and refused with the columns allowed and the advice about
 * titles; so it is at the end of the file (reader).  Returns what
 * on_header returns; 0 for a line held. */
static int title_as_header(struct import *im);

/* Is title text Excel's separator line, «sep=;» («sep=,», «sep=\t»), which
 * Excel writes first to name a CSV's separator?  The line is split at the
 * separator it names, which is then the file's (its first line decides
 * it), leaving the cell «sep=».  Returns that separator, or -1 for another
 * title (a «sep=|» naming a separator the reader does not take is one
 * cell, and said as a title). */
static int
excel_sep_line(const char *text)
{
	return strcasecmp(text, "sep=") == 0 ? tui_csv_separator() : -1;
}

/* The separator sep (',', ';' or '\t') as a message names it. */
static const char *
sep_name(int sep)
{
	return sep == ';' ? _("semicolons (;)") : sep == '\t' ? _("tabs") : _("commas (,)");
}

static void
titles_free(struct import *im)
{
	size_t i;

	for (i = 0; i < im->ntitles; i++)
		free(im->titles[i].text);
	im->ntitles = 0;
}

static int
header_or_title(struct import *im, size_t line, size_t n, char *const *cells)
{
	struct title *tl;
	size_t i;
	int at;

	if ((at = title_candidate(im, n, cells)) >= 0) {
		if (im->ntitles == TITLES_MAX)
			return title_as_header(im);
		tl = &im->titles[im->ntitles];
		if ((tl->text = loc_text_sanitize(trim(cells[at]))) == NULL) {
			/* no memory: read as the header, as before */
			if (im->ntitles > 0)
				return title_as_header(im);
			return on_header(im, line, n, cells);
		}
		tl->line = line;
		tl->n = n;
		tl->at = (size_t)at;
		im->ntitles++;
		return 0;
	}
	for (i = 0; i < im->ntitles; i++) {
		char buf[SHOWN_MAX + 4];
		int sep = excel_sep_line(im->titles[i].text);

		if (sep >= 0)
			msg_add(&im->rmsgs, im->titles[i].line, format(_("%s: line %zu: 'sep=%s' is Excel's separator line (the cells are separated by %s), and passed over; the column names are read from line %zu\n"),
			    im->file, im->titles[i].line, sep == '\t' ? "\\t" : (char[2]){ (char)sep, 0 },
			    sep_name(sep), line));
		else
			msg_add(&im->rmsgs, im->titles[i].line, format(_("%s: line %zu: '%s' is read as a title above the column names, and passed over; the column names are read from line %zu\n"),
			    im->file, im->titles[i].line, shown(im->titles[i].text, buf), line));
	}
	titles_free(im);
	return on_header(im, line, n, cells);
}

/* The first held title line read as the header after all
 * (header_or_title); the others are dropped with it, as the header is
 * refused (its one cell is no column). */
static int
title_as_header(struct import *im)
{
	char *cells[sizeof im->col_field / sizeof im->col_field[0]];
	char empty[1] = "";
	const struct title *tl = &im->titles[0];
	size_t i, n = tl->n;
	int rc;

	if (n > sizeof cells / sizeof cells[0])
		n = sizeof cells / sizeof cells[0];	/* on_header: too many */
	for (i = 0; i < n; i++)
		cells[i] = i == tl->at ? tl->text : empty;
	rc = on_header(im, tl->line, tl->n > n ? tl->n : n, cells);
	titles_free(im);
	return rc;
}

/* The reader's county lookup (core_vopts.county_find): the seed table
 * answered as core_check_county answers without a lookup function (code
 * in any case, or the English or Persian name by core_county_key, first
 * match in table order), but each name's key is made once, not once per
 * row and county.  Out of memory sets county_oom (the row is then
 * not reported as naming an unknown county). */
static int
county_find(void *arg, const char *text, char *code, size_t n)
{
	struct import *im = arg;
	const struct core_county *t;
	char *key = NULL;
	size_t i;
	int found = 0;

	if (!im->county_keys) {
		for (i = 0, t = core_counties_seed; t->code != NULL; t++, i++) {
			if (2 * i + 1 >= sizeof im->county_key / sizeof im->county_key[0])
				return im->county_oom = 1, 0;	/* more than the seed has */
			if (t->name_fa != NULL && (im->county_key[2 * i] = core_county_key(t->name_fa)) == NULL)
				return im->county_oom = 1, 0;
			if (t->name_en != NULL && (im->county_key[2 * i + 1] = core_county_key(t->name_en)) == NULL)
				return im->county_oom = 1, 0;
		}
		im->county_keys = 1;
	}
	/* a code first (a file's usual cell, and what the record check
	 * gives back), then the names by their key */
	for (t = core_counties_seed; t->code != NULL; t++)
		if (loc_ascii_casecmp(text, t->code) == 0) {
			found = 1;
			break;
		}
	for (i = 0, t = found ? t : core_counties_seed; !found && t->code != NULL; t++, i++) {
		if (key == NULL && (key = core_county_key(text)) == NULL)
			return im->county_oom = 1, 0;
		if ((im->county_key[2 * i] != NULL && strcmp(key, im->county_key[2 * i]) == 0) ||
		    (im->county_key[2 * i + 1] != NULL && strcmp(key, im->county_key[2 * i + 1]) == 0)) {
			found = 1;
			break;
		}
	}
	free(key);
	if (!found || strlen(t->code) >= n)
		return 0;
	strcpy(code, t->code);
	return 1;
}

/* The ids the file's rows have named, for the reader: a record named on
 * two lines is reported (which of the two did the clerk mean?), not
 * written twice with the later line silently winning.  An open-addressing
 * table of the id's parts (station code packed in 8 bytes, number), kept
 * at most half full. */
struct seen {
	uint64_t code;		/* 0: empty slot */
	uint64_t seq;
	size_t line;
};

static uint64_t
seen_hash(uint64_t code, uint64_t seq)
{
	uint64_t h = code * 0x9e3779b97f4a7c15ull ^ seq * 0xc2b2ae3d27d4eb4full;

	return h ^ (h >> 29);
}

/* Notes id (on line).  Returns 0, the earlier line that named it, or
 * (size_t)-1 for want of memory.  An id that does not parse is left to
 * the store (which reports it). */
static size_t
seen_note(struct import *im, const char *id, size_t line)
{
	char station[CORE_STATION_MAX + 1];
	uint64_t code = 0, seq;
	size_t i, mask;

	if (core_id_parse(id, station, &seq) != 0)
		return 0;
	memcpy(&code, station, strlen(station) < 8 ? strlen(station) : 8);
	if (code == 0)
		return 0;
	if (2 * (im->nseen + 1) > im->seen_cap) {
		size_t ncap = im->seen_cap ? im->seen_cap * 2 : 1024, j;
		struct seen *nv = calloc(ncap, sizeof *nv);

		if (nv == NULL)
			return (size_t)-1;
		for (j = 0; j < im->seen_cap; j++) {
			if (im->seen[j].code == 0)
				continue;
			for (i = seen_hash(im->seen[j].code, im->seen[j].seq) & (ncap - 1);
			    nv[i].code != 0; i = (i + 1) & (ncap - 1))
				;
			nv[i] = im->seen[j];
		}
		free(im->seen);
		im->seen = nv;
		im->seen_cap = ncap;
	}
	mask = im->seen_cap - 1;
	for (i = seen_hash(code, seq) & mask; im->seen[i].code != 0; i = (i + 1) & mask)
		if (im->seen[i].code == code && im->seen[i].seq == seq)
			return im->seen[i].line;
	im->seen[i].code = code;
	im->seen[i].seq = seq;
	im->seen[i].line = line;
	im->nseen++;
	return 0;
}

/* Whether id is among the ids the rows of im named (seen_note; the
 * reader of im has finished). */
static int
seen_has(const struct import *im, const char *id)
{
	char station[CORE_STATION_MAX + 1];
	uint64_t code = 0, seq;
	size_t i, mask;

	if (im->seen_cap == 0 || core_id_parse(id, station, &seq) != 0)
		return 0;
	memcpy(&code, station, strlen(station) < 8 ? strlen(station) : 8);
	if (code == 0)
		return 0;
	mask = im->seen_cap - 1;
	for (i = seen_hash(code, seq) & mask; im->seen[i].code != 0; i = (i + 1) & mask)
		if (im->seen[i].code == code && im->seen[i].seq == seq)
			return 1;
	return 0;
}

/* Whether pledge id came in the same import all as the payments file of
 * im, with its status (the pledges file has a status column): a payment
 * on it marked fulfilled is history brought whole, not a clerk's slip. */
static int
pledge_brought(const struct import *im, const char *id)
{
	const struct import *p = im->pledges;

	return p != NULL && p->field_col[CORE_PLEDGE_STATUS] != 0 && seen_has(p, id);
}

/* ---- references by natural key ----
 *
 * A reference column takes a record's id; a pledge sheet kept before
 * Hamyar names its donor by national id (or an organisation by its legal
 * id) instead.  Such a value is taken where the kind referred to has
 * unique fields (CORE_FF_UNIQUE: a donor's national id and legal id, the
 * store's unique index), each read by its own field's checker (Persian
 * digits, leading zeros a spreadsheet dropped), and the id of the one
 * record holding it is stored, as if the id had been written.  Names and
 * titles are not unique, so a record is never looked up by one; the kinds
 * without unique fields (groups, units, needs, pledges) are given by id
 * only.  A value that no record holds, or that two hold (a duplicate from
 * a sync, not yet settled), is a row error.  The records must be in the
 * database already: the reader, which has no transaction, checks the
 * cell's form (natref_take), the writer looks it up (natref_resolve). */

/* Whether kind k has a unique field: a record of it may be named by its
 * value in a reference column. */
static int
natkey_kind(enum core_kind k)
{
	const struct core_schema *s = core_schema_get(k);
	size_t i;

	for (i = 0; s != NULL && i < s->nfields; i++)
		if (s->fields[i].flags & CORE_FF_UNIQUE)
			return 1;
	return 0;
}

/* Reads tok as a value of field uf of kind k, with that field's checker,
 * into val (CORE_ID_MAX bytes: its stored form).  Returns 1 if it is one,
 * 0 if not (*msg says why), -1 for want of memory. */
static int
natkey_value(enum core_kind k, int uf, const char *tok, char *val, enum core_msg *msg)
{
	struct core_record *r = core_record_new(k);
	struct core_issue is;
	int sev, ok;

	if (r == NULL)
		return -1;
	is.msg = CORE_MSG_OK;
	sev = core_field_parse_opts(r, uf, tok, NULL, &is);
	ok = (sev == CORE_SEV_OK || sev == CORE_SEV_WARNING) && r->v[uf].set &&
	    strlen(core_record_text(r, uf)) < CORE_ID_MAX;
	if (ok)
		strcpy(val, core_record_text(r, uf));
	*msg = is.msg;
	core_record_free(r);
	return sev == CORE_ENOMEM || is.msg == CORE_MSG_NOMEM ? -1 : ok;
}

/* Reads tok as an id for reference field f of the import's kind, into id
 * (CORE_ID_MAX bytes), as core_field_parse reads one.  Returns 1 if it is
 * one, 0 if not, -1 for want of memory. */
static int
natref_id(const struct import *im, int f, const char *tok, char *id)
{
	struct core_record *r = core_record_new(im->s->kind);
	struct core_issue is;
	int sev, ok;

	if (r == NULL)
		return -1;
	sev = core_field_parse_opts(r, f, tok, NULL, &is);
	ok = sev == CORE_SEV_OK && r->v[f].set && strlen(core_record_text(r, f)) < CORE_ID_MAX;
	if (ok)
		strcpy(id, core_record_text(r, f));
	core_record_free(r);
	return sev == CORE_ENOMEM ? -1 : ok;
}

/* The parts of reference cell cell, one after another, each ended by a
 * NUL, and an empty one at the end: the cell (trimmed) for a REF, its ids
 * for a REFS (list), separated as core_field_parse separates them
 * (core_list_sep's separators, spaces).  Caller frees; NULL for want of memory. */
static char *
natref_parts(const char *cell, int list)
{
	size_t n = strlen(cell), k = 0, i;
	char *buf = malloc(n + 2);
	const unsigned char *c = (const unsigned char *)cell;

	if (buf == NULL)
		return NULL;
	if (!list) {
		/* one part: the cell without the spaces around it */
		memcpy(buf, cell, n + 1);
		memmove(buf, trim(buf), strlen(trim(buf)) + 1);
		buf[strlen(buf) + 1] = '\0';
		return buf;
	}
	for (i = 0; i < n; i++) {
		size_t l = core_list_sep(cell + i);
		int sep = l != 0 || c[i] == ' ' || c[i] == '\t';

		if (i + 1 < n && c[i] == 0xC2 && c[i + 1] == 0xA0)	/* no-break space */
			l = 2, sep = 1;
		if (l == 2)
			i++;
		if (!sep)
			buf[k++] = (char)c[i];
		else if (k > 0 && buf[k - 1] != '\0')
			buf[k++] = '\0';
	}
	if (k > 0 && buf[k - 1] != '\0')
		buf[k++] = '\0';
	buf[k] = '\0';
	return buf;
}

/* The unique fields of kind k as a message names them: «کد ملی یا شناسه
 * ملی», "national id or legal id". */
static void
natkey_words(enum core_kind k, char *buf, size_t n)
{
	const struct core_schema *s = core_schema_get(k);
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < s->nfields && len < n; i++)
		if (s->fields[i].flags & CORE_FF_UNIQUE) {
			char lb[64];
			int w = snprintf(buf + len, n - len, "%s%s", len ? _(" or ") : "",
			    cli_label_mid(s->fields[i].label, lb, sizeof lb));

			if (w < 0)
				break;
			len += (size_t)w;
		}
}

/* Says why part tok of reference field f is neither an id nor a natural
 * key: why, if not CORE_MSG_OK, is what the checker of the unique field
 * uf found wrong with it (a national id's check digit). */
static void
natref_refuse(struct import *im, size_t line, int f, const char *tok, int uf, enum core_msg why)
{
	enum core_kind k = im->s->fields[f].ref;
	const struct core_schema *rs = core_schema_get(k);
	char words[256], lb[64], kb[64], *t, buf[SHOWN_MAX + 4];

	tok = shown(tok, buf);
	if (uf >= 0)
		t = format(_("%s is not an id (like TBZ-42), and as a %s: %s"), tok,
		    cli_label_mid(rs->fields[uf].label, lb, sizeof lb), cli_msg(why));
	else if (natkey_kind(k)) {
		natkey_words(k, words, sizeof words);
		t = format(_("%s is neither an id (like TBZ-42) nor a %s of a %s; a name is not taken, as names are not unique"),
		    tok, words, cli_label_mid(rs->label, kb, sizeof kb));
	} else
		t = format(_("%s is not an id (a station code, a dash and a number, like TBZ-42); the column takes the id of the %s, not its name or title, which are not unique"),
		    tok, cli_label_mid(rs->label, kb, sizeof kb));
	row_msg(im, &im->rmsgs, line, f, t != NULL ? t : cli_msg(CORE_MSG_ID_FORMAT), 0);
	free(t);
}

static void
natref_free(struct natref *n)
{
	while (n != NULL) {
		struct natref *next = n->next;

		free(n->cell);
		free(n->key);
		free(n);
		n = next;
	}
}

/* The reader's side: cell, of reference field f, was refused as an id
 * (core_field_parse).  If each of its parts is an id or a value of a
 * unique field of the kind referred to, the cell is kept for the writer
 * (im->nk.rnat, taken by publish) and the field left unset; else the first
 * other part is reported.  Returns 0, 1 (reported) or -1 for want of
 * memory. */
static int
natref_take(struct import *im, size_t line, int f, const char *cell)
{
	enum core_kind k = im->s->fields[f].ref;
	const struct core_schema *rs = core_schema_get(k);
	char *parts, *tok, val[CORE_ID_MAX], *key = NULL;
	struct natref *n;
	size_t uf, nparts = 0, keylen = 0;
	int rc = 0;

	if ((parts = natref_parts(cell, im->s->fields[f].type == CORE_FT_REFS)) == NULL)
		return -1;
	for (tok = parts; *tok != '\0'; tok += strlen(tok) + 1)
		nparts++;
	if ((key = malloc(nparts * CORE_ID_MAX + 1)) == NULL) {
		free(parts);
		return -1;
	}
	for (tok = parts; rc == 0 && *tok != '\0'; tok += strlen(tok) + 1) {
		int got, why_field = -1;
		enum core_msg m, why = CORE_MSG_OK;

		if ((got = natref_id(im, f, tok, val)) != 0) {
			rc = got < 0 ? -1 : 0;
			if (got > 0) {
				memcpy(key + keylen, val, strlen(val) + 1);
				keylen += strlen(val) + 1;
			}
			continue;
		}
		for (uf = 0; got == 0 && uf < rs->nfields; uf++) {
			if (!(rs->fields[uf].flags & CORE_FF_UNIQUE))
				continue;
			got = natkey_value(k, (int)uf, tok, val, &m);
			/* a value of the field's form, but not a good one
			 * (a check digit): worth saying rather than "no id" */
			if (got == 0 && why_field < 0 && m != CORE_MSG_NOT_DIGITS &&
			    m != CORE_MSG_NID_LENGTH && m != CORE_MSG_LEGAL_LENGTH && m != CORE_MSG_OK)
				why_field = (int)uf, why = m;
		}
		if (got < 0)
			rc = -1;
		else if (got == 0) {
			natref_refuse(im, line, f, tok, why_field, why);
			rc = 1;
		} else {
			memcpy(key + keylen, val, strlen(val) + 1);
			keylen += strlen(val) + 1;
		}
	}
	free(parts);
	if (rc != 0) {
		free(key);
		return rc;
	}
	if ((n = calloc(1, sizeof *n)) == NULL || (n->cell = strdup(cell)) == NULL) {
		free(n);
		free(key);
		return -1;
	}
	n->key = key;
	n->keylen = keylen;
	n->field = f;
	n->next = im->nk.rnat;
	im->nk.rnat = n;
	return 0;
}

/* Whether the reader's current row gives field f by natural key (the
 * field is unset until the writer resolves it: not "required"). */
static int
natref_pending(const struct import *im, int f)
{
	const struct natref *n;

	for (n = im->nk.rnat; n != NULL; n = n->next)
		if (n->field == f)
			return 1;
	return 0;
}

struct natdup_ctx {
	struct import *im;
	struct store_txn *t;
	int rc;
};

/* One queued conflict: if it is a suspected duplicate whose two records
 * still share a unique value, notes the value. */
static int
natdup_one(const struct store_conflict *c, void *vctx)
{
	struct natdup_ctx *x = vctx;
	struct natkeys *nk = &x->im->nk;
	const struct core_schema *s = core_schema_get(c->kind);
	struct core_record *a = NULL, *b = NULL;
	size_t f;
	int rc;

	if (!c->dup || c->holder[0] == '\0' || !natkey_kind(c->kind))
		return 0;
	if ((rc = store_get(x->t, c->kind, c->holder, &a, NULL)) != 0 ||
	    (rc = store_get(x->t, c->kind, c->id, &b, NULL)) != 0) {
		core_record_free(a);
		if (rc == STORE_ENOTFOUND)
			return 0;
		return x->rc = rc;
	}
	for (f = 0; f < s->nfields && rc == 0; f++) {
		struct natdup *nv;

		if (!(s->fields[f].flags & CORE_FF_UNIQUE) || !a->v[f].set || !b->v[f].set ||
		    !core_value_equal(a, b, (int)f))
			continue;
		if ((nv = realloc(nk->dups, (nk->ndups + 1) * sizeof *nv)) == NULL) {
			rc = STORE_ENOMEM;
			break;
		}
		nk->dups = nv;
		nv += nk->ndups;
		nv->kind = c->kind;
		nv->field = (int)f;
		snprintf(nv->a, sizeof nv->a, "%s", c->holder);
		snprintf(nv->b, sizeof nv->b, "%s", c->id);
		if ((nv->value = strdup(core_record_text(a, (int)f))) == NULL)
			rc = STORE_ENOMEM;
		else
			nk->ndups++;
	}
	core_record_free(a);
	core_record_free(b);
	return rc != 0 ? (x->rc = rc) : 0;
}

/* The other holder of value val of unique field uf of kind k besides
 * holder, if a sync duplicate shares it, into other (CORE_ID_MAX bytes;
 * "" if none).  Returns 0 or a store code. */
static int
natdup_other(struct import *im, struct store_txn *t, enum core_kind k, int uf,
    const char *val, const char *holder, char *other)
{
	struct natkeys *nk = &im->nk;
	size_t i;

	other[0] = '\0';
	if (!nk->loaded) {
		struct natdup_ctx x = { im, t, 0 };
		int rc = store_sync_conflicts(t, 0, natdup_one, &x);

		if (rc == 0)
			rc = x.rc;
		if (rc != 0)
			return rc;
		nk->loaded = 1;
	}
	for (i = 0; i < nk->ndups; i++) {
		const struct natdup *d = &nk->dups[i];

		if (d->kind != k || d->field != uf || strcmp(d->value, val) != 0)
			continue;
		snprintf(other, CORE_ID_MAX, "%s", strcmp(d->a, holder) != 0 ? d->a : d->b);
		return 0;
	}
	return 0;
}

static void
natdup_free(struct natkeys *nk)
{
	size_t i;

	for (i = 0; i < nk->ndups; i++)
		free(nk->dups[i].value);
	free(nk->dups);
	nk->dups = NULL;
	nk->ndups = 0;
	nk->loaded = 0;
}

/* The record of kind k that part tok of a reference cell names by a
 * unique value, into id (CORE_ID_MAX bytes).  Returns 0, 1 if none or
 * more than one does (reported, on the row's line and field f), or a
 * store code. */
static int
natref_find(struct import *im, struct store_txn *t, const struct row *w, int f,
    const char *tok, char *id)
{
	enum core_kind k = im->s->fields[f].ref;
	const struct core_schema *rs = core_schema_get(k);
	char val[CORE_ID_MAX], first[CORE_ID_MAX], shared[CORE_ID_MAX];
	char cand[2][CORE_ID_MAX], got[CORE_ID_MAX], other[CORE_ID_MAX], *t2;
	char kb[64], lb[64];
	enum core_msg m;
	size_t uf;
	int rc, firstf = -1, sharedf = -1, nc = 0, j;

	for (uf = 0; uf < rs->nfields; uf++) {
		if (!(rs->fields[uf].flags & CORE_FF_UNIQUE))
			continue;
		if ((rc = natkey_value(k, (int)uf, tok, val, &m)) <= 0) {
			if (rc < 0)
				return STORE_ENOMEM;
			continue;
		}
		if (firstf < 0) {
			firstf = (int)uf;
			strcpy(first, val);
		}
		rc = store_lookup_unique(t, k, (int)uf, val, got);
		if (rc == STORE_ENOTFOUND)
			continue;
		if (rc != 0)
			return rc;
		/* the holder, and the other record of a sync duplicate */
		if ((rc = natdup_other(im, t, k, (int)uf, val, got, other)) != 0)
			return rc;
		for (j = 0; j < 2; j++) {
			const char *x = j == 0 ? got : other;

			if (*x == '\0' || (nc > 0 && strcmp(cand[0], x) == 0) ||
			    (nc > 1 && strcmp(cand[1], x) == 0))
				continue;
			if (nc < 2)
				strcpy(cand[nc], x);
			nc++;
			if (nc == 2 && sharedf < 0) {
				sharedf = (int)uf;
				strcpy(shared, val);
			}
		}
	}
	if (nc == 1) {
		strcpy(id, cand[0]);
		return 0;
	}
	if (firstf < 0)		/* natref_take took it: cannot be */
		return STORE_EINVAL;
	if (nc > 1)
		t2 = format(_("%s %s is held by more than one %s (%s and %s), a duplicate not yet settled (hamyar sync conflicts): give the id of the one meant"),
		    _(rs->fields[sharedf].label), shared, cli_label_mid(rs->label, kb, sizeof kb), cand[0], cand[1]);
	else if (strcmp(tok, first) != 0)
		t2 = format(_("no %s has the %s %s (written %s)"), cli_label_mid(rs->label, kb, sizeof kb),
		    cli_label_mid(rs->fields[firstf].label, lb, sizeof lb), first, tok);
	else
		t2 = format(_("no %s has the %s %s"), cli_label_mid(rs->label, kb, sizeof kb),
		    cli_label_mid(rs->fields[firstf].label, lb, sizeof lb), first);
	row_msg(im, &im->wmsgs, w->line, f, t2 != NULL ? t2 : "?", 0);
	free(t2);
	return 1;
}

/* The writer's side: puts in the row the ids of the records its reference
 * cells name by natural key (natref_take).  Every cell is tried, so that
 * each unknown value is reported.  Returns 0, 1 if some value names no
 * record or more than one (reported), or a store code. */
static int
natref_resolve(struct import *im, struct store_txn *t, const struct row *w)
{
	const struct natref *n;
	int bad = 0;

	for (n = w->nat; n != NULL; n = n->next) {
		int list = im->s->fields[n->field].type == CORE_FT_REFS, rc = 0, got;
		char *parts = natref_parts(n->cell, list), *tok, *ids, id[CORE_ID_MAX];
		size_t len = 0;
		struct core_issue is;

		if (parts == NULL || (ids = malloc(strlen(n->cell) / 2 * CORE_ID_MAX + CORE_ID_MAX)) == NULL) {
			free(parts);
			return STORE_ENOMEM;
		}
		ids[0] = '\0';
		for (tok = parts; *tok != '\0'; tok += strlen(tok) + 1) {
			if ((got = natref_id(im, n->field, tok, id)) < 0) {
				rc = STORE_ENOMEM;
				break;
			}
			if (got == 0 && (rc = natref_find(im, t, w, n->field, tok, id)) != 0) {
				if (rc < 0)
					break;
				bad = 1;
				rc = 0;
				continue;
			}
			len += (size_t)sprintf(ids + len, "%s%s", len ? " " : "", id);
		}
		free(parts);
		if (rc == 0 && !bad) {
			int sev = core_field_parse_opts(w->rec, n->field, ids, NULL, &is);

			if (sev == CORE_ENOMEM)
				rc = STORE_ENOMEM;
			else if (sev != CORE_SEV_OK)
				rc = STORE_EINVAL;	/* ids the store gave: cannot be */
		}
		free(ids);
		if (rc != 0)
			return rc;
	}
	return bad;
}

/* ---- the content of a file ----
 *
 * A file saved again by a spreadsheet program (CRLF row ends, a BOM added
 * or dropped, cells quoted otherwise, a mobile's leading 0 dropped,
 * 12000000 shown as 12,000,000) has other bytes, so the digest of its bytes
 * (file_digest) does not know it; and the records it made may have been
 * edited since, so the row check (repeats, below) does not see those rows
 * either.  So the reader also takes a digest of what the file says: the
 * kind, then each good row as it is parsed (before the writer gives it an
 * id or fills in the fields its file left out), in file order: whether the
 * row deletes its record (the column `active`), then each field in the
 * schema's order, as the record would be written with it (a text as
 * stored, ي as ی; a number, a date, a choice as its value; a reference
 * given by a national id as that id with its zeros; a code's leading zeros
 * dropped, as a spreadsheet drops them), each value tagged with its kind
 * and a text with its length, so no cell boundary can shift; and at the end
 * which fields the file has columns for (an absent column leaves a field
 * as it is, an empty cell clears it).  Nothing of the file's formatting
 * goes in: its header's words, its columns' order, its title lines, its
 * empty lines.  A row's id, when the file gives one, is part of its
 * content.  But a file whose rows all have ids (an export, a sheet of
 * updates) makes no new record: imported again, its rows leave their
 * records as they are, or set them to what it says, which is what such a
 * file is for (an export opened in a spreadsheet program and imported back
 * says "0 new, 0 updated, N unchanged", as often as it is).  So its content
 * is neither checked nor noted; only its bytes are.  A file with one row
 * without an id or more (it makes records) is checked whole.
 *
 * The hashing is the reader's, as it parses each row: it has the values
 * as read, before the writer gives the row an id or fills in what the file
 * left out (done by either thread, it is the same work on the two cores
 * they share with the sorter).  The values come in pieces of a few bytes
 * (a tag and a number, a text), so they go through a buffer (cbuf) to
 * BLAKE2b in 4 KiB pieces: a call of the library for each piece, though
 * BLAKE2b keeps a block not yet full itself, cost more (callgrind, 3,000
 * donors, dry run: 192.2M instructions in all against 189.9M).  The
 * digest is known once the reader is through (content_end) and is checked
 * by the writer at the end of the write (content_seen). */

static int all_digits(const char *text);

/* Hands n bytes at p to the content digest. */
static void
content_put(struct import *im, const void *p, size_t n)
{
	if (im->cn + n > sizeof im->cbuf) {
		crypto_generichash_update(&im->chs, im->cbuf, im->cn);
		im->cn = 0;
		if (n > sizeof im->cbuf) {
			crypto_generichash_update(&im->chs, p, n);
			return;
		}
	}
	memcpy(im->cbuf + im->cn, p, n);
	im->cn += n;
}

/* Hands a tag and a 64-bit number (little-endian) to the digest. */
static void
content_num(struct import *im, unsigned char tag, uint64_t v)
{
	unsigned char b[9];
	int i;

	b[0] = tag;
	for (i = 0; i < 8; i++)
		b[1 + i] = (unsigned char)(v >> (8 * i));
	content_put(im, b, sizeof b);
}

/* Hands a tag, n and n bytes at p to the digest. */
static void
content_text(struct import *im, unsigned char tag, const char *p, size_t n)
{
	content_num(im, tag, (uint64_t)n);
	content_put(im, p, n);
}

/* Starts the digest with the kind (verb_import, before the reader
 * starts).  Returns 0 or -1 (libsodium could not start). */
static int
content_start(struct import *im)
{
	static const char tag[] = "hamyar import content 1";

	if (sodium_init() < 0 ||
	    crypto_generichash_init(&im->chs, NULL, 0, crypto_generichash_BYTES) != 0)
		return -1;
	content_text(im, 'V', tag, sizeof tag - 1);
	content_text(im, 'K', im->s->plural, strlen(im->s->plural));
	return 0;
}

/* Hands the good row r (deleted: its `active` column's say, -1 none) to
 * the digest, with the references the reader keeps for the writer
 * (im->nk.rnat). */
static void
content_row(struct import *im, const struct core_record *r, int deleted)
{
	const struct natref *n;
	size_t f;

	if (!r->v[0].set)
		im->cnew++;
	content_num(im, 'R', (uint64_t)(deleted + 1));
	for (f = 0; f < im->s->nfields; f++) {
		const struct core_field *fd = &im->s->fields[f];
		const char *t;

		for (n = im->nk.rnat; n != NULL && n->field != (int)f; n = n->next)
			;
		if (n != NULL)
			content_text(im, 'N', n->key, n->keylen);
		else if (!r->v[f].set)
			content_put(im, "-", 1);
		else if (core_ftype_is_text(fd->type)) {
			t = r->v[f].text != NULL ? r->v[f].text : "";
			if ((fd->flags & CORE_FF_CODE) && all_digits(t))
				t += strspn(t, "0");
			content_text(im, 'T', t, strlen(t));
		} else
			content_num(im, 'I', (uint64_t)r->v[f].num);
	}
}

/* Ends the digest (the reader, once the file is read through) with the
 * fields the file has columns for, into im->content; left "" if every row
 * has an id. */
static void
content_end(struct import *im)
{
	unsigned char out[crypto_generichash_BYTES];
	size_t f;

	if (im->cnew == 0)
		return;
	content_num(im, 'H', (uint64_t)im->s->nfields);
	for (f = 0; f < im->s->nfields; f++)
		content_put(im, im->field_col[f] != 0 ? "1" : "0", 1);
	content_put(im, im->active_col != 0 ? "1" : "0", 1);
	crypto_generichash_update(&im->chs, im->cbuf, im->cn);
	im->cn = 0;
	crypto_generichash_final(&im->chs, out, sizeof out);
	sodium_bin2hex(im->content, sizeof im->content, out, sizeof out);
}

/* Publishes the good row r (NULL: only the bad-row count) to the writer. */
static int
publish(struct import *im, size_t line, struct core_record *r, int force_signal, int bad,
    int deleted)
{
	int rc = 0;

	pthread_mutex_lock(&im->mu);
	im->bad += (int)im->rbad_pending;
	im->rbad_pending = 0;
	if (r != NULL) {
		if (im->nrows == im->cap) {
			size_t ncap = im->cap ? im->cap * 2 : 1024;
			struct row *nr = realloc(im->rows, ncap * sizeof *nr);

			if (nr == NULL) {
				im->fatal = EXIT_SYSTEM;
				rc = 1;
				goto out;
			}
			im->rows = nr;
			im->cap = ncap;
		}
		im->rows[im->nrows].line = line;
		im->rows[im->nrows].had_id = r->v[0].set;
		im->rows[im->nrows].later = im->partial && r->v[0].set;
		im->rows[im->nrows].bad = bad;
		im->rows[im->nrows].deleted = deleted;
		memcpy(im->rows[im->nrows].county, im->row_county, sizeof im->row_county);
		im->rows[im->nrows].rec = r;
		im->rows[im->nrows].nat = im->nk.rnat;
		im->nk.rnat = NULL;
		im->nrows++;
		r = NULL;
	}
	if (force_signal || im->nrows % 256 == 0)
		pthread_cond_signal(&im->cv);
out:
	pthread_mutex_unlock(&im->mu);
	core_record_free(r);
	natref_free(im->nk.rnat);	/* a row not kept */
	im->nk.rnat = NULL;
	im->row_county[0] = '\0';	/* the reader's, for the next row */
	im->row_id_col = 0;
	return rc;
}

/* Is a row the header row again: each cell that of its column's header
 * (the first maybe after a BOM of its own), as where two exports or two
 * sheets were joined into one file ("cat a.csv b.csv"), or a sheet repeats
 * its header on each printed page.  Read as a record, each of its cells was
 * refused ("kind" is no kind), drowning the file's real errors. */
static int
header_again(const struct import *im, size_t n, char *const *cells)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const char *c = trim(cells[i]);

		if (i == 0 && strncmp(c, "\xEF\xBB\xBF", 3) == 0)
			c += 3;
		if (i >= im->ncols || im->col_head[i] == NULL) {
			if (*c != '\0')
				return 0;
		} else if (strcmp(c, im->col_head[i]) != 0) {
			return 0;
		}
	}
	return n >= im->ncols;
}

/* A donors sheet often has one id column for people and organisations
 * alike, whatever its header says: an organisation's legal id (شناسه ملی,
 * 11 digits) under کد ملی, a person's national id under شناسه ملی.  Such a
 * cell is read by its digits, not refused for the other id's length: 11
 * digits in the national id's column are the row's legal id, and 8 to 10
 * digits (a national id, maybe without the zeros a spreadsheet drops) in
 * the legal id's column its national id, when the row's cell of the other
 * id is empty or the file has no column for it, and the row's kind, if it
 * says one, is the one that id belongs to (an organisation's, a person's).
 * Cell i holds the value; f is its column's field.  Returns the field to
 * read it into, and notes a move in im->row_id_field/row_id_col. */
static int
id_field_of(struct import *im, struct core_record *r, size_t n, char *const *cells, size_t i,
    int f)
{
	char digits[32];
	struct core_issue is;
	int nd, other, oc, kc, kind;

	if (im->s->kind != CORE_DONOR ||
	    (f != CORE_DONOR_NATIONAL_ID && f != CORE_DONOR_LEGAL_ID))
		return f;
	nd = loc_digits_collect(trim(cells[i]), digits, sizeof digits);
	if (f == CORE_DONOR_NATIONAL_ID ? nd != 11 : nd < 8 || nd > 10)
		return f;
	other = f == CORE_DONOR_NATIONAL_ID ? CORE_DONOR_LEGAL_ID : CORE_DONOR_NATIONAL_ID;
	kind = other == CORE_DONOR_LEGAL_ID ? CORE_DONOR_ORG : CORE_DONOR_PERSON;
	oc = im->field_col[other];
	if (oc > 0 && (size_t)oc <= n && *trim(cells[oc - 1]) != '\0')
		return f;	/* both given: each is its own column's */
	kc = im->field_col[CORE_DONOR_KIND];
	/* the kind read ahead of its column (read again there, and said
	 * there if it is none) */
	if (kc > 0 && (size_t)kc <= n && *trim(cells[kc - 1]) != '\0' &&
	    (core_field_parse_opts(r, CORE_DONOR_KIND, trim(cells[kc - 1]), &im->vopts, &is) !=
	    CORE_SEV_OK || r->v[CORE_DONOR_KIND].num != kind))
		return f;
	im->row_id_field = other;
	im->row_id_col = (int)i + 1;
	return other;
}

static int
on_row(void *ctx, size_t line, size_t n, char *const *cells)
{
	struct import *im = ctx;
	struct core_record *r;
	struct core_issue is;
	struct core_issues all;
	size_t i, ngreg = 0;
	int sev, errors = 0, deleted = -1;
	unsigned parsed = 0;		/* fields read with no finding */
	char *whole = NULL;		/* a name joined from two columns */
	int greg[CORE_MAX_FIELDS];	/* fields given a Gregorian date */
	const char *greg_cell[CORE_MAX_FIELDS];

	if (!im->header_done) {
		/* A row of empty cells above the header (",,,," of a sheet's
		 * first row left empty) is passed over as a blank line is:
		 * taken for the header, it made every column nameless. */
		for (i = 0; i < n && *trim(cells[i]) == '\0'; i++)
			;
		if (i == n)
			return 0;
		return header_or_title(im, line, n, cells);
	}
	if ((i = bad_utf8(n, cells)) != 0) {
		/* a file in another encoding: one message, not one per cell of
		 * every row */
		msg_add(&im->rmsgs, line, format(_("%s: line %zu, column %zu: the file is not UTF-8 text; save it as \"CSV UTF-8\" and import it again\n"),
		    im->file, line, i));
		pthread_mutex_lock(&im->mu);
		im->fatal = im->rmsgs.oom ? EXIT_SYSTEM : EXIT_INVALID;
		pthread_mutex_unlock(&im->mu);
		return 1;
	}
	/* A row of empty cells (",,,"): nothing there.  So is one whose
	 * only values are in the column of row numbers (col_field -1): an
	 * office sheet numbers its rows ahead of those filled in, "7,,,". */
	for (i = 0; i < n && (*trim(cells[i]) == '\0' ||
	    (i < im->ncols && im->col_field[i] == -1)); i++)
		;
	if (i == n)
		return 0;
	if (header_again(im, n, cells)) {
		msg_add(&im->rmsgs, line, format(_("%s: line %zu: the header row (the columns' names) again, as where two sheets were joined: passed over\n"),
		    im->file, line));
		return 0;
	}
	for (i = 0; i < n && i < im->ncols; i++)
		if (im->col_field[i] == COL_BLANK && *trim(cells[i]) != '\0') {
			char *t = format(_("a value in column %zu, which has no name in the header"), i + 1);

			row_msg(im, &im->rmsgs, line, -1, t != NULL ? t : "?", 0);
			free(t);
			errors++;
			break;
		}
	if (n > im->ncols) {
		/* Extra cells are an error unless they are empty. */
		for (i = im->ncols; i < n; i++)
			if (*trim(cells[i]) != '\0' && i < im->nheads) {
				/* under an empty header cell past the limit */
				char *t = format(_("a value in column %zu, which has no name in the header"), i + 1);

				row_msg(im, &im->rmsgs, line, -1, t != NULL ? t : "?", 0);
				free(t);
				errors++;
				break;
			} else if (*trim(cells[i]) != '\0') {
				row_msg(im, &im->rmsgs, line, -1,
				    _("more cells than the header has columns"), 0);
				errors++;
				break;
			}
	}
	/* Fewer cells than the header has columns: a separator lost when the
	 * row was typed or mended in a text editor (the cells after it moved
	 * one column towards the start) or a row cut short.  Its missing
	 * cells are not empty ones: read so, a row with an id cleared those
	 * fields of its record in silence, and a missing required cell was
	 * said to be "empty".  Columns the reading ignores (row numbers,
	 * unnamed ones, a derived status) may be missing. */
	if (n < im->ncols) {
		for (i = n; i < im->ncols && (im->col_field[i] == COL_BLANK ||
		    im->col_field[i] == -1); i++)
			;
		if (i < im->ncols) {
			/* (the header has more columns than the row cells, so
			 * at least 2 once the row has 1: only "cells" varies) */
			char *t = format(P_("column %zu (%s) and those after it are missing: the row has %zu cell and the header %zu columns; a separator (a comma) was lost or the row was cut short; give every column its cell, an empty one too",
			    "column %zu (%s) and those after it are missing: the row has %zu cells and the header %zu columns; a separator (a comma) was lost or the row was cut short; give every column its cell, an empty one too", n),
			    i + 1, im->col_head[i] != NULL ? im->col_head[i] : "?", n, im->ncols);

			row_msg(im, &im->rmsgs, line, -1, t != NULL ? t : "?", 0);
			free(t);
			errors++;
		}
	}
	if ((r = core_record_new(im->s->kind)) == NULL)
		goto nomem;
	im->row_id_col = 0;
	for (i = 0; i < n && i < im->ncols; i++) {
		int f = im->col_field[i];

		if (f == COL_ACTIVE && *trim(cells[i]) != '\0') {
			int yes = core_bool_parse(trim(cells[i]));

			if (yes < 0) {
				char *t = format(_("column %zu (%s): 1 (yes) for a record in use, 0 (no) for a deleted one"),
				    i + 1, im->col_head[i] != NULL ? im->col_head[i] : "active");

				row_msg(im, &im->rmsgs, line, -1, t != NULL ? t : "?", 0);
				free(t);
				errors++;
			}
			deleted = yes < 0 ? -1 : !yes;
			continue;
		}
		if ((int)i + 1 == im->derived_col && *trim(cells[i]) != '\0') {
			enum core_msg cm;
			char code[16];

			if (core_check_county(trim(cells[i]), &im->vopts, code, sizeof code,
			    &cm) == CORE_SEV_OK)
				loc_utf8_copy(im->row_county, sizeof im->row_county, code);
			else {
				/* named in a message: nothing of it raw */
				char *typed = loc_text_sanitize(trim(cells[i]));

				if (typed == NULL)
					goto nomem;
				loc_utf8_copy(im->row_county, sizeof im->row_county, typed);
				free(typed);
			}
		}
		if (f < 0)
			continue;
		f = id_field_of(im, r, n, cells, i, f);
		/* first and family names are read as one (name_join) */
		if ((int)i + 1 == im->first_col && (whole = name_join(im, n, cells)) == NULL)
			goto nomem;
		/* a text is taken without the guard of a formula (tui/csv.h) */
		sev = core_field_parse_opts(r, f, whole != NULL ? whole :
		    im->s->fields[f].type == CORE_FT_TEXT ? tui_csv_unguard(cells[i]) : cells[i],
		    &im->vopts, &is);
		free(whole);
		whole = NULL;
		if (sev == CORE_SEV_OK)
			parsed |= 1u << f;
		else
			parsed &= ~(1u << f);
		if (sev == CORE_ENOMEM || (sev == CORE_SEV_ERROR && is.msg == CORE_MSG_NOMEM) ||
		    im->county_oom)
			goto nomem;
		if (sev == CORE_SEV_ERROR && is.msg == CORE_MSG_ID_FORMAT &&
		    (im->s->fields[f].type == CORE_FT_REF || im->s->fields[f].type == CORE_FT_REFS)) {
			/* not an id: a record named by a natural key, or said */
			if ((sev = natref_take(im, line, f, cells[i])) < 0)
				goto nomem;
			errors += sev;
		} else if (sev == CORE_SEV_ERROR && is.msg == CORE_MSG_TEXT_LONG) {
			/* the cell's start, not the page pasted into it (a name
			 * of first and family names: the two as read) */
			char *joined = (int)i + 1 == im->first_col ? name_join(im, n, cells) : NULL;
			char buf[SHOWN_MAX + 4], *t = format(_("«%s» is longer than this field takes: at most %zu characters; shorten it"),
			    shown(joined != NULL ? joined : trim(cells[i]), buf),
			    core_text_max(&im->s->fields[f]));

			row_msg(im, &im->rmsgs, line, f, t != NULL ? t : "?", 0);
			free(t);
			free(joined);
			errors++;
		} else if (sev == CORE_SEV_ERROR && !(f == 0 && is.msg == CORE_MSG_REQUIRED)) {
			issue_msg(im, &im->rmsgs, line, f, is.msg, 0);
			errors++;
		} else if (sev == CORE_SEV_WARNING && is.msg == CORE_MSG_DATE_GREGORIAN &&
		    ngreg < CORE_MAX_FIELDS) {
			/* said below with the day it is kept as, if the row
			 * is good: the stored day no longer shows it */
			greg[ngreg] = f;
			greg_cell[ngreg++] = trim(cells[i]);
		} else if (!r->v[f].set && im->s->fields[f].type == CORE_FT_BOOL &&
		    strcmp(im->s->fields[f].name, "active") == 0) {
			/* a record is active (1) or not (0): an empty cell
			 * would leave it neither */
			issue_msg(im, &im->rmsgs, line, f, CORE_MSG_REQUIRED, 0);
			errors++;
		}
	}
	/* a new need of a sheet with no status column: identified, as the
	 * form starts one (said at the first) */
	if (im->s->kind == CORE_NEED && im->field_col[CORE_NEED_STATUS] == 0 && !r->v[0].set) {
		core_record_set_num(r, CORE_NEED_STATUS, CORE_NEED_IDENTIFIED);
		if (!im->status_said++)
			msg_add(&im->rmsgs, line, format(_("%s: line %zu: the file has no column for the status: this new need, and each after it, is taken as identified, as a new need's form starts it\n"),
			    im->file, line));
	}
	/* A donors file with no kind column, as a clerk's list of people is:
	 * a new donor's national id makes it a person, a legal id an
	 * organisation (core/validate.c refuses the other pairings).  One
	 * with neither is still asked for its kind; a row with an id keeps
	 * the stored one (merge_absent). */
	if (im->s->kind == CORE_DONOR && im->field_col[CORE_DONOR_KIND] == 0 && !r->v[0].set &&
	    r->v[CORE_DONOR_NATIONAL_ID].set != r->v[CORE_DONOR_LEGAL_ID].set)
		core_record_set_num(r, CORE_DONOR_KIND, r->v[CORE_DONOR_NATIONAL_ID].set ?
		    CORE_DONOR_PERSON : CORE_DONOR_ORG);
	if (r->v[0].set) {
		size_t first = seen_note(im, core_record_text(r, 0), line);

		if (first == (size_t)-1)
			goto nomem;
		if (first != 0) {
			char *t = format(_("%s is also on line %zu of this file; give each record once"),
			    core_record_text(r, 0), first);

			row_msg(im, &im->rmsgs, line, 0, t != NULL ? t : "?", 0);
			free(t);
			errors++;
		}
	}
	/* A row that may update a record with columns left out is checked by
	 * the writer once the record's other fields are in (merge_absent). */
	if (errors == 0 && !(im->partial && r->v[0].set)) {
		core_record_validate_parsed(r, &im->vopts, parsed, &all);
		if (im->county_oom)
			goto nomem;
		for (i = 0; i < all.n; i++) {
			const struct core_issue *x = &all.v[i];

			/* A row without an id gets one when written. */
			if (x->field == 0 && x->msg == CORE_MSG_REQUIRED)
				continue;
			if (natref_pending(im, x->field))
				continue;	/* an id by natural key, later */
			if (x->msg == CORE_MSG_NOMEM)
				goto nomem;
			if (x->severity == CORE_SEV_ERROR) {
				issue_msg(im, &im->rmsgs, line, x->field, x->msg, 0);
				errors++;
			}
		}
		/* Warnings (a clerk could confirm them) let the row through. */
		if (errors == 0)
			for (i = 0; i < all.n; i++)
				if (all.v[i].severity == CORE_SEV_WARNING)
					issue_msg(im, &im->rmsgs, line, all.v[i].field, all.v[i].msg, 1);
	}
	for (i = 0; errors == 0 && i < ngreg; i++) {
		char jal[32], *t;

		loc_date_format((int32_t)r->v[greg[i]].num, 0, jal, sizeof jal);
		t = format(_("%s is a Gregorian date: kept as %s, the same day of the Jalali calendar"),
		    greg_cell[i], jal);
		row_msg(im, &im->rmsgs, line, greg[i], t != NULL ? t : "?", 1);
		free(t);
	}
	if (im->rmsgs.oom)
		goto nomem;	/* a report lost: say out of memory instead */
	if (errors) {
		im->rbad_pending++;
		return publish(im, line, r, 1, 1, deleted);
	}
	content_row(im, r, deleted);
	return publish(im, line, r, 0, 0, deleted);
nomem:
	core_record_free(r);
	natref_free(im->nk.rnat);
	im->nk.rnat = NULL;
	pthread_mutex_lock(&im->mu);
	im->fatal = EXIT_SYSTEM;
	pthread_mutex_unlock(&im->mu);
	return 1;
}

/* The reader thread: the whole CSV through on_row. */
static void *
reader(void *arg)
{
	struct import *im = arg;
	size_t err_line = 0, err_col = 0;
	int rc = tui_csv_read(im->in, on_row, im, &err_line, &err_col);

	/* Title lines held and no line after them: read as the header, as
	 * before (header_or_title). */
	if (rc == 0 && im->ntitles > 0 && !im->header_done)
		(void)title_as_header(im);	/* its errors: in rmsgs, im->fatal */
	if (rc == 0 && im->header_done)
		content_end(im);	/* read by the writer once done is set */
	pthread_mutex_lock(&im->mu);
	im->read_rc = rc;
	im->err_line = err_line;
	im->err_col = err_col;
	/* A reading that did not reach the end of the file must stop the
	 * writer: the rows it has are not all the rows. */
	if (!im->fatal) {
		if (rc == TUI_CSV_EPARSE || rc == TUI_CSV_EQUOTE || rc == TUI_CSV_ENUL)
			im->fatal = EXIT_INVALID;
		else if (rc != 0)
			im->fatal = EXIT_SYSTEM;
		else if (!im->header_done)
			im->fatal = -1;		/* no header: said by the main thread */
	}
	im->done = 1;
	pthread_cond_broadcast(&im->cv);
	pthread_mutex_unlock(&im->mu);
	return NULL;
}

#define IMPORT_ROWS_BAD 1	/* store_write fn: some rows failed */
#define IMPORT_DRY	2	/* store_write fn: dry run, abort */
#define IMPORT_READER	3	/* store_write fn: the reader failed */
#define IMPORT_FILE_SEEN 4	/* store_write fn: the file was imported before */
#define IMPORT_CONTENT_SEEN 5	/* store_write fn: its content was imported before */

/* Waits for row i.  Returns 1 and copies it into *w, or 0 when there is no
 * row i (the reader is done), or -1 when the reader failed. */
static int
next_row(struct import *im, size_t i, struct row *w, int *bad, size_t *total)
{
	int rc;

	pthread_mutex_lock(&im->mu);
	while (i >= im->nrows && !im->done && !im->fatal)
		pthread_cond_wait(&im->cv, &im->mu);
	if (im->fatal)
		rc = -1;
	else if (i < im->nrows) {
		*w = im->rows[i];
		rc = 1;
	} else
		rc = 0;
	*bad = im->bad;
	*total = im->done ? im->nrows : 0;
	pthread_mutex_unlock(&im->mu);
	return rc;
}

struct refs_ctx {
	struct import *im;
	struct store_txn *t;
	size_t line;
	int missing;
};

/* The field a store refusal of a row is about, named by its column, or
 * -1: a need's status for a step the user's role may not take; a record
 * he may not read for a reference to it; for a county outside the user's,
 * the field that chose it (a donor's, group's or unit's county; a need's
 * unit, whose county the need takes), as the form puts the cursor there
 * (tui/form.c refused_entry).  A pledge belongs to its donor's and its
 * need's counties, and a payment or stage to its parent's: no one cell of
 * theirs is wrong. */
static int
refused_field(enum core_kind k, const struct core_access *a)
{
	if (a == NULL)
		return -1;
	if (a->why == CORE_ACCESS_WORKFLOW)
		return CORE_NEED_STATUS;
	if (a->why == CORE_ACCESS_FOREIGN)
		return a->field;
	if (a->why != CORE_ACCESS_COUNTY)
		return -1;
	switch (k) {
	case CORE_DONOR:
		return CORE_DONOR_COUNTY;
	case CORE_GROUP:
		return CORE_GROUP_COUNTY;
	case CORE_UNIT:
		return CORE_UNIT_COUNTY;
	case CORE_NEED:
		return CORE_NEED_UNIT;
	default:
		return -1;
	}
}

/* Why a row's reference is refused: the record it names is not here.
 * The folder of an `export all` is imported kind by kind, and donors
 * before the groups that introduced them fail so: the reason says which
 * kind is missing and which file to import first.  An id that is a record
 * of another kind in t (a group's id typed among a ceremony's donors: ids
 * are unique across kinds) is said to be so: importing the kind first
 * would not help.  Caller frees; NULL when out of memory. */
static char *
missing_reason(const struct import *im, struct store_txn *t, int field, const char *id)
{
	const struct core_schema *o = field >= 0 && (size_t)field < im->s->nfields &&
	    (im->s->fields[field].type == CORE_FT_REF || im->s->fields[field].type == CORE_FT_REFS) ?
	    core_schema_get(im->s->fields[field].ref) : NULL;
	char a[64];
	int k;

	if (o == NULL)
		return format(_("no record %s"), id);
	for (k = 0; t != NULL && k < CORE_NKINDS; k++) {
		char b[64];

		if (k == (int)o->kind || k == CORE_USER || store_exists(t, (enum core_kind)k, id, NULL) != 0)
			continue;
		return format(_("%s is the id of a record of another kind (%s), not of a %s"), id,
		    cli_label_mid(core_schema_get((enum core_kind)k)->label, a, sizeof a),
		    cli_label_mid(o->label, b, sizeof b));
	}
	/* import all: the kind's file came before this one */
	if (im->all_kinds & (1u << o->kind))
		return format(_("no record %s (%s) here, nor a good row of %s.csv giving it"),
		    id, cli_label_mid(o->label, a, sizeof a), o->plural);
	return format(_("no record %s (%s) here; if it is in a file of its own, as export all writes each kind, import that file first: hamyar import %s FILE"),
	    id, cli_label_mid(o->label, a, sizeof a), o->plural);
}

static int
report_missing(int field, const char *id, void *vctx)
{
	struct refs_ctx *c = vctx;
	char *reason = missing_reason(c->im, c->t, field, id);

	row_msg(c->im, &c->im->wmsgs, c->line, field, reason != NULL ? reason : id, 0);
	free(reason);
	c->missing = 1;
	return 0;	/* go on: every one is named */
}

/* The references of a row the reader found bad for other reasons: a
 * missing record is reported with them (the row is not written).  Returns
 * 0, 1 if one is missing (reported), or a store code. */
static int
check_refs(struct import *im, struct store_txn *t, const struct row *w)
{
	struct refs_ctx c = { im, t, w->line, 0 };
	int rc = store_missing_refs(t, w->rec, report_missing, &c);

	return rc != 0 ? rc : c.missing;
}

/* Copies into the row the fields whose columns the file left out, from the
 * stored record (an update from a partial file changes only what it
 * names).  Returns 0 or a store code. */
static int
merge_absent(struct import *im, struct store_txn *t, const struct row *w)
{
	struct core_record *old = NULL;
	size_t f;
	int rc;

	if ((rc = store_get(t, im->s->kind, core_record_text(w->rec, 0), &old, NULL)) != 0)
		return rc;
	for (f = 1; f < im->s->nfields && rc == 0; f++) {
		const struct core_value *v = &old->v[f];

		if (im->field_col[f] != 0 || (im->s->fields[f].flags & CORE_FF_DERIVED))
			continue;
		if (!v->set)
			core_record_unset(w->rec, (int)f);
		else if (v->text != NULL)
			rc = core_record_set_text(w->rec, (int)f, v->text) == 0 ? 0 : STORE_ENOMEM;
		else
			core_record_set_num(w->rec, (int)f, v->num);
	}
	core_record_free(old);
	return rc;
}

/* Is text one or more ASCII digits? */
static int
all_digits(const char *text)
{
	if (text == NULL || *text == '\0')
		return 0;
	while (*text >= '0' && *text <= '9')
		text++;
	return *text == '\0';
}

/* An update of a stored record whose code field (CORE_FF_CODE: a receipt
 * no.) is the stored digits without some of their leading zeros (000123
 * given as 123: the file went through a spreadsheet that showed it as a
 * number) keeps the stored value, so the row is not taken for an edit and
 * an export imported back is all unchanged.  A new record's code is kept
 * as given: nothing says how many zeros it had, where a national id's or
 * a phone's fixed length does (core/validate.c restores those).  Fetches
 * the stored record only for a row with such a value.  Returns 0 or a
 * store code. */
static int
keep_zeros(struct import *im, struct store_txn *t, const struct row *w)
{
	struct core_record *old = NULL;
	size_t f;
	int rc = 0;

	for (f = 1; f < im->s->nfields && rc == 0; f++) {
		const char *now = core_record_text(w->rec, (int)f), *was;
		size_t zeros;

		if (!(im->s->fields[f].flags & CORE_FF_CODE) || im->field_col[f] == 0 ||
		    !all_digits(now))
			continue;
		if (old == NULL &&
		    (rc = store_get(t, im->s->kind, core_record_text(w->rec, 0), &old, NULL)) != 0)
			return rc;
		was = core_record_text(old, (int)f);
		if (!all_digits(was) || strlen(was) <= strlen(now))
			continue;
		zeros = strlen(was) - strlen(now);
		if (strspn(was, "0") >= zeros && strcmp(was + zeros, now) == 0)
			rc = core_record_set_text(w->rec, (int)f, was) == 0 ? 0 : STORE_ENOMEM;
	}
	core_record_free(old);
	return rc;
}

/* ---- running sums of needs' pledges and pledges' payments ----
 *
 * check_row warns about a pledge that takes its need's pledges past the
 * estimated cost, and a payment that takes its pledge's payments past the
 * pledged amount.  Summing the need's stored pledges for each row made an
 * import of thousands of pledges on one need quadratic.  Instead the sum of
 * a parent (need or pledge) is read from the database once, when a row
 * first names it, and kept as the rows are written: each row's share
 * (store_pledge_share, store_payment_share) is taken off its stored
 * version's parent and added to its parent as written (sums_settle).  The
 * sums are those store_need_pledged and store_pledge_paid give in the
 * transaction at that row, so the warnings are the same. */

/* Forgets every sum, and the stored version kept (store_write may run the
 * writer again from the start). */
static void
sums_reset(struct run_sums *s)
{
	store_idsum_free(&s->by_id);
	core_record_free(s->stored);
	memset(s, 0, sizeof *s);
}

/* The parent of a pledge (its need) or of a payment (its pledge), and the
 * share it adds to the parent's sum, of record id of kind k as stored now
 * ("" and 0 if it is not).  keep: NULL, or where the stored record is put
 * (NULL if there is none; the caller frees it).  Returns 0 or a store code
 * (*keep NULL then). */
static int
sums_share(struct store_txn *t, enum core_kind k, const char *id, char *parent, int64_t *share,
    struct core_record **keep)
{
	struct core_record *r;
	struct store_meta m;
	int rc;

	parent[0] = '\0';
	*share = 0;
	if (keep != NULL)
		*keep = NULL;
	if (*id == '\0')
		return 0;
	if ((rc = store_get(t, k, id, &r, &m)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	snprintf(parent, CORE_ID_MAX, "%s", core_record_text(r, k == CORE_PLEDGE ?
	    CORE_PLEDGE_NEED : CORE_PAYMENT_PLEDGE));
	*share = k == CORE_PLEDGE ? store_pledge_share(r, &m) : store_payment_share(r, &m);
	if (keep != NULL)
		*keep = r;
	else
		core_record_free(r);
	return 0;
}

/* Adds d to the sum of parent, if it is kept. */
static void
sums_add(struct run_sums *s, const char *parent, int64_t d)
{
	int64_t *sum;

	if (d != 0 && (sum = store_idsum_get(&s->by_id, parent)) != NULL)
		*sum += d;
}

/* The row checked last has been written, or refused: its stored version's
 * share moves from the parent it had to the one it has now.  Returns 0 or
 * a store code. */
static int
sums_settle(struct import *im, struct store_txn *t)
{
	struct run_sums *s = &im->sums;
	char parent[CORE_ID_MAX];
	int64_t share;
	int rc;

	core_record_free(s->stored);	/* the row's check is over */
	s->stored = NULL;
	if (s->rec == NULL)
		return 0;
	rc = sums_share(t, im->s->kind, core_record_text(s->rec, 0), parent, &share, NULL);
	s->rec = NULL;
	if (rc != 0)
		return rc;
	sums_add(s, s->old_parent, -s->old);
	sums_add(s, parent, share);
	return 0;
}

/* Before row w is checked and written: notes its stored version's share
 * (a row updating a pledge leaves its own old amount out of its need's
 * sum, as store_need_pledged's except does), and keeps that version for
 * check_row (s->stored, until the row settles).  Returns 0 or a store
 * code. */
static int
sums_before(struct import *im, struct store_txn *t, const struct row *w, int exists)
{
	struct run_sums *s = &im->sums;
	int rc;

	core_record_free(s->stored);	/* settled already: NULL */
	s->stored = NULL;
	s->old_parent[0] = '\0';
	s->old = 0;
	if (exists && (rc = sums_share(t, im->s->kind, core_record_text(w->rec, 0),
	    s->old_parent, &s->old, &s->stored)) != 0)
		return rc;
	s->rec = w->rec;
	return 0;
}

/* What the other pledges of need id (the other payments of pledge id)
 * hold, the earlier rows of the file among them, not the row being checked
 * (sums_before): store_need_pledged (store_pledge_paid) with the row as
 * except, from the sums kept.  Returns 0 or a store code. */
static int
sums_get(struct import *im, struct store_txn *t, const char *id, int64_t *out)
{
	struct run_sums *s = &im->sums;
	const int64_t *kept;
	int64_t sum;
	int rc;

	if (strlen(id) >= CORE_ID_MAX)
		return STORE_EINVAL;
	if ((kept = store_idsum_get(&s->by_id, id)) != NULL) {
		sum = *kept;
	} else {
		rc = im->s->kind == CORE_PLEDGE ? store_need_pledged(t, id, NULL, &sum) :
		    store_pledge_paid(t, id, NULL, &sum);
		if (rc != 0)
			return rc;
		/* "" (no parent) is not kept: read each time */
		if (*id != '\0' && (rc = store_idsum_set(&s->by_id, id, sum)) != 0)
			return rc;
	}
	*out = sum - (strcmp(s->old_parent, id) == 0 ? s->old : 0);
	return 0;
}

/* The line of this file that made record id, given a new id by this run
 * (note_auto), or 0. */
static size_t
auto_line_of(struct import *im, const char *id)
{
	char code[CORE_STATION_MAX + 1], own[CORE_STATION_MAX + 1];
	uint64_t seq;

	if (im->nauto > 0 && core_id_parse(id, code, &seq) == 0 &&
	    store_station(im->st, own) == 0 && strcmp(code, own) == 0 &&
	    seq >= im->auto_first && seq - im->auto_first < im->nauto)
		return im->auto_line[seq - im->auto_first];
	return 0;
}

/* A payment row whose receipt number another payment of its pledge has
 * (store_payment_repeats, the form's check): the same slip typed again,
 * whatever its day or amount.  The whole-row check (repeat_check) sees
 * only rows equal in every column, so a file imported again with a date
 * corrected brought the payment in a second time, its money counted
 * twice.  A stored payment's receipt refuses a new row, naming that
 * payment and its day, unless --allow-repeats (then a warning; and a
 * warning for a row updating a stored payment: an edit, as in the
 * form, not a slip counted again); an
 * earlier line of this file with it is a warning naming that line (rows
 * of one file are taken, as repeat_check takes them).  Only a new
 * payment, or one whose receipt, day or amount the row changes (old: its
 * stored version), and only with a receipt: two payments with none are
 * the row check's.  Returns 0, 1 for a refused row (reported), or a
 * store code. */
static int
receipt_check(struct import *im, struct store_txn *t, const struct row *w,
    const struct core_record *old)
{
	const char *receipt = core_record_text(w->rec, CORE_PAYMENT_RECEIPT);
	struct core_record *x = NULL;
	char other[CORE_ID_MAX], day[32], reason[512];
	size_t line;
	int rc, found = 0;

	if (*receipt == '\0' || (old != NULL &&
	    strcmp(core_record_text(old, CORE_PAYMENT_RECEIPT), receipt) == 0 &&
	    old->v[CORE_PAYMENT_PAID_ON].num == w->rec->v[CORE_PAYMENT_PAID_ON].num &&
	    old->v[CORE_PAYMENT_AMOUNT].num == w->rec->v[CORE_PAYMENT_AMOUNT].num))
		return 0;
	if ((rc = store_payment_repeats(t, w->rec, old != NULL ? core_record_text(old, 0) : NULL,
	    &found, other)) != 0)
		return rc;
	/* a payment of the pledge not there (store_sum_short): "no repeat"
	 * may be wrong; the row check before this stops on it today, this
	 * keeps the check right on its own */
	if (store_sum_short(t))
		return STORE_ECORRUPT;
	if (!found)
		return 0;
	if ((line = auto_line_of(im, other)) != 0) {
		snprintf(reason, sizeof reason,
		    _("the same receipt number on the same pledge as line %zu of this file"), line);
		row_msg(im, &im->wmsgs, w->line, CORE_PAYMENT_RECEIPT, reason, 1);
		return 0;
	}
	day[0] = '\0';
	if ((rc = store_get(t, CORE_PAYMENT, other, &x, NULL)) != 0 && rc != STORE_ENOTFOUND)
		return rc;
	if (x != NULL && x->v[CORE_PAYMENT_PAID_ON].set)
		loc_date_format((int32_t)x->v[CORE_PAYMENT_PAID_ON].num, 0, day, sizeof day);
	core_record_free(x);
	snprintf(reason, sizeof reason,
	    _("this receipt number is already recorded on this pledge, as payment %s paid on %s (the same slip imported again?)"),
	    other, day[0] ? day : "-");
	row_msg(im, &im->wmsgs, w->line, CORE_PAYMENT_RECEIPT, reason, im->allow_repeats || old != NULL);
	if (im->allow_repeats || old != NULL)
		return 0;
	im->repeats++;
	return 1;
}

/* The checks of a row made by the writer.  whole: a row the reader left
 * to it (w->later, merged with the stored record): every rule, with the
 * payment's pledge or the pledge's need when there is one.  Else the rules
 * that need the parent (core_payment_validate, core_pledge_validate): a
 * payment not dated before its pledge; warnings for a payment past what
 * was pledged or on a cancelled or already fulfilled pledge, and for a pledge that takes its
 * need's pledges past the estimated cost, is on a need done or
 * rejected, or is material on a non-material need (or the reverse).  Returns 0, 1 for a bad row
 * (reported), or a store code. */
/* Whether finding x of row w is a text longer than its field takes that
 * the file has no column for: a row updating a record from a partial file
 * holds the stored value there (merge_absent), which an older version or
 * another station's sync kept; it is not the file's to shorten. */
static int
kept_long(const struct import *im, const struct row *w, const struct core_issue *x)
{
	return x->msg == CORE_MSG_TEXT_LONG && w->later && x->field > 0 &&
	    (size_t)x->field < im->s->nfields && im->field_col[x->field] == 0;
}

/* Finding x of a row, as issue_msg; one about a value (x->arg: the
 * pledge's date, its type, its first payment's date) says it
 * (tui_issue_text), digits ASCII. */
static void
issue_say(struct import *im, struct msgs *m, size_t line, const struct core_issue *x,
    int warning)
{
	char said[600];

	if (x->msg == CORE_MSG_PAYMENT_BEFORE_PLEDGE || x->msg == CORE_MSG_PAYMENT_NONMATERIAL ||
	    x->msg == CORE_MSG_PLEDGE_AFTER_PAYMENT || x->msg == CORE_MSG_PLEDGE_TYPE_CATEGORY ||
	    x->msg == CORE_MSG_NEED_CATEGORY_PLEDGES)
		row_msg(im, m, line, x->field, cli_ascii(tui_issue_text(x, 1, said, sizeof said)),
		    warning);
	else
		issue_msg(im, m, line, x->field, x->msg, warning);
}

static int
check_row(struct import *im, struct store_txn *t, const struct row *w, int whole)
{
	struct core_record *parent = NULL;
	const struct core_record *old = NULL;
	struct core_issues is;
	size_t i;
	int rc, bad = 0;
	int64_t paid = 0;

	/* a row updating a record: its stored version (read by sums_before,
	 * which runs before this for every payment and pledge row; NULL for
	 * a new one), so that a row unchanged (or lowered) on a pledge or
	 * need already over is not warned about again */
	if (im->s->kind == CORE_PAYMENT || im->s->kind == CORE_PLEDGE)
		old = im->sums.stored;

	if (im->s->kind == CORE_PAYMENT) {
		const char *pid = core_record_text(w->rec, CORE_PAYMENT_PLEDGE);

		rc = store_get(t, CORE_PLEDGE, pid, &parent, NULL);
		if (rc == STORE_ENOTFOUND && !whole)
			return 0;	/* store_put_new names the missing pledge */
		if (rc != 0 && rc != STORE_ENOTFOUND)
			return rc;
		/* what the pledge's other payments hold, the earlier rows of
		 * the file among them (a row updating a payment: not itself) */
		if (parent != NULL && (rc = sums_get(im, t, pid, &paid)) != 0) {
			core_record_free(parent);
			return rc;
		}
	} else if (im->s->kind == CORE_PLEDGE && w->rec->v[CORE_PLEDGE_NEED].set) {
		const char *nid = core_record_text(w->rec, CORE_PLEDGE_NEED);

		rc = store_get(t, CORE_NEED, nid, &parent, NULL);
		if (rc == STORE_ENOTFOUND && !whole)
			return 0;	/* store_put_new names the missing need */
		if (rc != 0 && rc != STORE_ENOTFOUND)
			return rc;
		/* what the need's other pledges hold, the earlier rows of the
		 * file among them (a row updating a pledge: not itself) */
		if (parent != NULL && (rc = sums_get(im, t, nid, &paid)) != 0) {
			core_record_free(parent);
			return rc;
		}
	}
	/* what the other payments (pledges) hold left out one their index
	 * names that is not there (store_sum_short): a warning of a payment
	 * past its pledge, or of pledges past the estimate, would be missed
	 * on it.  The database is damaged: the import stops, nothing
	 * written.  Before, such a row was imported without the warning. */
	if (store_sum_short(t)) {
		core_record_free(parent);
		return STORE_ECORRUPT;
	}
	if (im->s->kind == CORE_PLEDGE)
		core_pledge_validate(w->rec, parent, paid, old, &is);
	else
		core_payment_validate(w->rec, parent, paid, old, &is);
	core_record_free(parent);
	/* a row updating a stored pledge: its date not after the pledge's
	 * payments, its amount not lowered below them unsaid (a pledges
	 * file holds no payments: the stored ones are all there are) */
	if (im->s->kind == CORE_PLEDGE && old != NULL) {
		int64_t ypaid;
		int32_t first;
		int has_first;
		const char *pid = core_record_text(w->rec, CORE_PLEDGE_ID);

		if ((rc = store_pledge_paid(t, pid, NULL, &ypaid)) != 0 ||
		    (rc = store_pledge_first_paid(t, pid, &has_first, &first)) != 0)
			return rc;
		if (store_sum_short(t))	/* as above: its payments read short */
			return STORE_ECORRUPT;
		core_pledge_payments_check(w->rec, old, ypaid, has_first, first, &is);
	}
	for (i = 0; i < is.n; i++)
		if (is.v[i].msg == CORE_MSG_NOMEM)
			return STORE_ENOMEM;
	for (i = 0; i < is.n; i++)
		if (is.v[i].severity == CORE_SEV_ERROR &&
		    !(is.v[i].field == 0 && is.v[i].msg == CORE_MSG_REQUIRED) &&
		    !kept_long(im, w, &is.v[i])) {
			issue_say(im, &im->wmsgs, w->line, &is.v[i], 0);
			bad = 1;
		}
	for (i = 0; !bad && i < is.n; i++) {
		/* a pledge on a need done or rejected: a new pledge (no id)
		 * or a stored one moved onto it, not one of another database
		 * brought with its id (import all of an export: a pledge made
		 * before its need was closed, history, not a new pledge) */
		if (is.v[i].msg == CORE_MSG_PLEDGE_NEED_CLOSED && w->had_id && old == NULL)
			continue;
		/* a payment on a pledge fulfilled, both brought with their
		 * ids in one import all (an export's round trip): the pledge
		 * was marked fulfilled after its payments, history too */
		if (is.v[i].msg == CORE_MSG_PAYMENT_FULFILLED && w->had_id && old == NULL &&
		    pledge_brought(im, core_record_text(w->rec, CORE_PAYMENT_PLEDGE)))
			continue;
		if (is.v[i].severity == CORE_SEV_WARNING && (whole ||
		    is.v[i].msg == CORE_MSG_PAYMENT_OVER_PLEDGE || is.v[i].msg == CORE_MSG_PAYMENT_CANCELLED ||
		    is.v[i].msg == CORE_MSG_PAYMENT_FULFILLED ||
		    is.v[i].msg == CORE_MSG_PAYMENT_NONMATERIAL || is.v[i].msg == CORE_MSG_PAYMENT_NO_AMOUNT ||
		    is.v[i].msg == CORE_MSG_PLEDGE_OVER_ESTIMATE || is.v[i].msg == CORE_MSG_PLEDGE_BELOW_PAID ||
		    is.v[i].msg == CORE_MSG_PLEDGE_NEED_CLOSED ||
		    is.v[i].msg == CORE_MSG_PLEDGE_TYPE_CATEGORY))
			issue_say(im, &im->wmsgs, w->line, &is.v[i], 1);
	}
	if (!bad && im->s->kind == CORE_PAYMENT && (rc = receipt_check(im, t, w, old)) != 0)
		return rc;
	return bad;
}

/* Row w updating a stored need (exists) whose category it changes
 * between material and non-material: when some of the need's active
 * pledges no longer fit the new category (store_need_misfits), a warning
 * on the category's column says how many and which way, as the need form
 * asks at F2 (core_need_category_check).  The row is written.  Returns 0
 * or a store code. */
static int
need_category_check(struct import *im, struct store_txn *t, const struct row *w, int exists)
{
	struct core_record *old;
	struct core_issues is;
	int64_t misfits;
	size_t i;
	int rc;
	const char *id = core_record_text(w->rec, 0);

	if (im->s->kind != CORE_NEED || !exists || !w->rec->v[CORE_NEED_CATEGORY].set)
		return 0;
	if ((rc = store_get(t, CORE_NEED, id, &old, NULL)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	if ((rc = store_need_misfits(t, id, (int)w->rec->v[CORE_NEED_CATEGORY].num,
	    &misfits)) != 0) {
		core_record_free(old);
		return rc;
	}
	is.n = is.dropped = 0;
	core_need_category_check(w->rec, old, misfits, &is);
	core_record_free(old);
	for (i = 0; i < is.n; i++)
		issue_say(im, &im->wmsgs, w->line, &is.v[i], 1);
	return 0;
}

/* The stored status of need id, into *status (-1 when it has none or is
 * not stored).  Returns 0 or a store code. */
static int
stored_need_status(struct store_txn *t, const char *id, int *status)
{
	struct core_record *r;
	int rc;

	*status = -1;
	if ((rc = store_get(t, CORE_NEED, id, &r, NULL)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	if (r->v[CORE_NEED_STATUS].set)
		*status = (int)r->v[CORE_NEED_STATUS].num;
	core_record_free(r);
	return 0;
}

/* Row w, just written, marked its stored need done or rejected (it was
 * old, another status): when some of the need's stages are below 100
 * percent, a warning on the status column says how many, and how many of
 * those are overdue (store_need_stages), in the words of the program's
 * question before the same step (tui_need_stages_text, tui_need_final_ok),
 * in ASCII digits; for a rejection, that they are no longer followed
 * (core_stage_late).  The row is taken, as the rows of other warnings
 * are: an import cannot ask, and the file may well be right (the stages'
 * progress not kept up to date).  Returns 0 or a store code. */
static int
done_check(struct import *im, struct store_txn *t, const struct row *w, int old)
{
	struct store_need_stages ns;
	char text[600], *reason;
	int rc, now;

	if (im->s->kind != CORE_NEED || !w->rec->v[CORE_NEED_STATUS].set)
		return 0;
	now = (int)w->rec->v[CORE_NEED_STATUS].num;
	if ((now != CORE_NEED_DONE && now != CORE_NEED_REJECTED) || old == now)
		return 0;
	if ((rc = store_need_stages(t, core_record_text(w->rec, 0), loc_day_today(), &ns)) != 0)
		return rc;
	/* done with pledges not fulfilled yet: how many of each status and
	 * what is not received on them, as the program's question says */
	if (now == CORE_NEED_DONE) {
		tui_need_unfulfilled_text(t, core_record_text(w->rec, 0), 1, text, sizeof text);
		if (text[0] != '\0') {
			reason = format(_("marked done, but %s"), text);
			row_msg(im, &im->wmsgs, w->line, CORE_NEED_STATUS, reason != NULL ? reason : text, 1);
			free(reason);
		}
	}
	if (ns.unfinished == 0)
		return 0;
	if (now == CORE_NEED_REJECTED)
		reason = format(_("marked rejected, but %s %s"), tui_need_stages_text(&ns, 1, text, sizeof text),
		    _("Once rejected, its stages are no longer followed: none of them counts as overdue."));
	else
		reason = format(_("marked done, but %s"), tui_need_stages_text(&ns, 1, text, sizeof text));
	row_msg(im, &im->wmsgs, w->line, CORE_NEED_STATUS, reason != NULL ? reason : text, 1);
	free(reason);
	return 0;
}

/* Row w marks its stored need inactive (its active column 0 or «خیر», the
 * need in use before, old its stored status): when some of the need's
 * stages are below 100 percent, a warning on the active column names the
 * need and says how many, and how many of those are overdue, in the words
 * the program and done_check use for a rejection (tui_need_stages_text):
 * a deactivated need's stages are no longer followed (core_stage_late, the
 * stages list's mark_late), as a rejected one's.  A row that rejects the
 * need too is told so by done_check, and a need rejected before had its
 * stages left already.  Before, the row was taken without a word.
 * Returns 0 or a store code. */
static int
deact_stages_warn(struct import *im, struct store_txn *t, const struct row *w, int old)
{
	struct store_need_stages ns;
	char text[600], *reason, *r;
	const char *id = core_record_text(w->rec, 0);
	int rc, col = im->active_col;

	if (im->s->kind != CORE_NEED || w->deleted != 1 || old == CORE_NEED_REJECTED ||
	    (w->rec->v[CORE_NEED_STATUS].set && w->rec->v[CORE_NEED_STATUS].num == CORE_NEED_REJECTED))
		return 0;
	if ((rc = store_need_stages(t, id, loc_day_today(), &ns)) != 0)
		return rc;
	if (ns.unfinished == 0)
		return 0;
	reason = format(_("need %s marked inactive, but %s %s"), id,
	    tui_need_stages_text(&ns, 1, text, sizeof text),
	    _("Once inactive, its stages are no longer followed: none of them counts as overdue."));
	r = format(_("warning: %s"), reason != NULL ? reason : text);
	if (col > 0)
		msg_add(&im->wmsgs, w->line, format(_("%s: line %zu, column %d (%s): %s\n"), im->file,
		    w->line, col, im->col_head[col - 1] != NULL ? im->col_head[col - 1] : "active",
		    r != NULL ? r : text));
	else
		msg_add(&im->wmsgs, w->line, format(_("%s: line %zu: %s\n"), im->file, w->line,
		    r != NULL ? r : text));
	free(r);
	free(reason);
	return 0;
}

/* Whether donor id has a pledge that is neither cancelled nor
 * deactivated, as the program asks (tui_donor_has_contribution).  Returns
 * 1 (also when there is no such donor), 0, or a negative store code. */
static int
donor_gave(struct store_txn *t, const char *id)
{
	struct store_meta dm;
	int rc;

	/* no such donor: the reference's own error says so */
	if ((rc = store_exists(t, CORE_DONOR, id, &dm)) != 0)
		return rc == STORE_ENOTFOUND ? 1 : rc;
	return store_donor_live_pledge(t, id, NULL, NULL, 0);
}

/* Whether donor id is stored and marked inactive (his active field 0, or
 * deactivated): 1, 0 (also when there is no such donor), or a negative
 * store code. */
static int
donor_off(struct store_txn *t, const char *id)
{
	struct core_record *r;
	struct store_meta m;
	int rc, off;

	if ((rc = store_get(t, CORE_DONOR, id, &r, &m)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	off = m.deleted || core_donor_inactive(r);
	core_record_free(r);
	return off;
}

/* Row w of a recognitions file, about to be written, honours a donor the
 * stored ceremony (if exists) does not who has no contribution recorded
 * (no pledge that is not cancelled): a warning on the donors column names
 * him, as the program asks before honouring one (his letter would thank
 * him for a participation the database does not hold: a donor given by a
 * mistyped id, or one whose pledges are all cancelled).  The row is taken,
 * as the rows of other warnings are.  Returns 0 or a store code. */
static int
honour_check(struct import *im, struct store_txn *t, const struct row *w, int exists)
{
	struct core_record *old = NULL;
	char *ids, *tok, *save = NULL, reason[400];
	int rc = 0, gave;

	if (im->s->kind != CORE_RECOGNITION)
		return 0;
	if (exists && (rc = store_get(t, CORE_RECOGNITION, core_record_text(w->rec, 0), &old, NULL)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	if ((ids = strdup(core_record_text(w->rec, CORE_RECOGNITION_DONORS))) == NULL) {
		core_record_free(old);
		return STORE_ENOMEM;
	}
	for (tok = strtok_r(ids, " ", &save); tok != NULL; tok = strtok_r(NULL, " ", &save)) {
		if (old != NULL && core_list_has(core_record_text(old, CORE_RECOGNITION_DONORS), tok, strlen(tok)))
			continue;
		/* a donor marked inactive, as the program asks (honour_ok) */
		if ((rc = donor_off(t, tok)) != 0) {
			if (rc < 0)
				break;
			snprintf(reason, sizeof reason, _("donor %s is inactive; honoured all the same"), tok);
			row_msg(im, &im->wmsgs, w->line, CORE_RECOGNITION_DONORS, reason, 1);
			rc = 0;
		}
		if ((gave = donor_gave(t, tok)) < 0) {
			rc = gave;
			break;
		}
		if (gave)
			continue;
		snprintf(reason, sizeof reason,
		    _("no contribution of donor %s is recorded (no pledge that is not cancelled); honoured all the same"),
		    tok);
		row_msg(im, &im->wmsgs, w->line, CORE_RECOGNITION_DONORS, reason, 1);
	}
	free(ids);
	core_record_free(old);
	return rc;
}

/* Row w of a pledges file, about to be written, pledges on a need whose
 * unit is marked inactive (a new pledge, or one moved to that need): a
 * warning on the need column names the unit, as the pledge form warns
 * (its needs are out of the ranking and matching).  The row is taken, as
 * the rows of other warnings are.  Returns 0 or a store code. */
static int
unit_check(struct import *im, struct store_txn *t, const struct row *w, int exists)
{
	struct core_record *r;
	struct store_meta um;
	char unit[CORE_ID_MAX], reason[400];
	const char *nid;
	int rc, off;

	if (im->s->kind != CORE_PLEDGE || !w->rec->v[CORE_PLEDGE_NEED].set)
		return 0;
	nid = core_record_text(w->rec, CORE_PLEDGE_NEED);
	if (exists && store_get(t, CORE_PLEDGE, core_record_text(w->rec, 0), &r, NULL) == 0) {
		int same = strcmp(core_record_text(r, CORE_PLEDGE_NEED), nid) == 0;

		core_record_free(r);
		if (same)
			return 0;	/* said when it was pledged */
	}
	if ((rc = store_get(t, CORE_NEED, nid, &r, NULL)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	loc_utf8_copy(unit, sizeof unit, core_record_text(r, CORE_NEED_UNIT));
	core_record_free(r);
	if (unit[0] == '\0' || (rc = store_get(t, CORE_UNIT, unit, &r, &um)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	off = um.deleted || core_record_inactive(r);
	core_record_free(r);
	if (!off)
		return 0;
	snprintf(reason, sizeof reason,
	    _("need %s is of unit %s, which is inactive (out of the ranking and matching); pledge taken all the same"),
	    nid, unit);
	row_msg(im, &im->wmsgs, w->line, CORE_PLEDGE_NEED, reason, 1);
	return 0;
}

/* Row w, a need just written (its county filled in from its unit by the
 * store), whose file has a county column: a need's county is its unit's,
 * and the column is not imported, so a cell that names another county (an
 * analyst's sheet moving a need to Tabriz, a unit id mistyped beside the
 * county meant) is an error on that column naming the unit and its
 * county; before, the row came in with the need where its unit is, and
 * "unchanged" or "updated" said nothing of the cell.  An empty cell, or
 * the unit's county by its code or name, is taken.  Returns 1 if the row
 * is bad (said), else 0. */
static int
county_check(struct import *im, const struct row *w)
{
	const char *unit, *got, *want;
	char *t, buf[SHOWN_MAX + 4];
	int col = im->derived_col;

	if (im->s->kind != CORE_NEED || col == 0 || w->county[0] == '\0')
		return 0;
	got = core_record_text(w->rec, CORE_NEED_COUNTY);
	if (strcmp(got, w->county) == 0)
		return 0;
	unit = core_record_text(w->rec, CORE_NEED_UNIT);
	want = got[0] != '\0' ? cli_county_name(got) : "?";
	t = format(_("a need's county is its unit's and is not imported: unit %s is in %s, not %s; to move the need to another county give it a unit there, or leave this cell %s or empty"),
	    unit, want, shown(cli_county_name(w->county), buf), want);
	msg_add(&im->wmsgs, w->line, format(_("%s: line %zu, column %d (%s): %s\n"), im->file,
	    w->line, col, im->col_head[col - 1] != NULL ? im->col_head[col - 1] : "county",
	    t != NULL ? t : "?"));
	free(t);
	return 1;
}

/* Row w, a donor, introduced by a reference group marked inactive (in its
 * metadata or its active field): a warning on the row's introduced_by
 * column naming the group, as the donor form warns under the field.  The
 * row is taken.  old: the group a stored donor had (stored_donor; NULL
 * for a new one); kept unchanged, it is not warned about again.  Before,
 * such rows came in without a word.  Returns 0 or a store code. */
static int
group_check(struct import *im, struct store_txn *t, const struct row *w, const char *old)
{
	struct core_record *r;
	struct store_meta gm;
	char gid[CORE_ID_MAX], reason[400];
	int rc, off;

	if (im->s->kind != CORE_DONOR || !w->rec->v[CORE_DONOR_INTRODUCED_BY].set)
		return 0;
	loc_utf8_copy(gid, sizeof gid, core_record_text(w->rec, CORE_DONOR_INTRODUCED_BY));
	if (gid[0] == '\0')
		return 0;
	if (old != NULL && strcmp(old, gid) == 0)
		return 0;	/* said when it was given */
	if ((rc = store_get(t, CORE_GROUP, gid, &r, &gm)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	off = gm.deleted || core_record_inactive(r);
	core_record_free(r);
	if (!off)
		return 0;
	snprintf(reason, sizeof reason,
	    _("reference group %s is inactive; donor taken all the same"), gid);
	row_msg(im, &im->wmsgs, w->line, CORE_DONOR_INTRODUCED_BY, reason, 1);
	return 0;
}

/* Row w, a stage, about to be written: whether it gives a need that is
 * done a stage below 100 percent it did not have (store_stage_reopens: a
 * stage's progress lowered, or a new stage below 100 percent, its
 * progress left empty too), into *reopens.  The program asks before the
 * same write (tui_stage_reopen_ok); an import warns on the row, on its
 * progress column (stage_warn, once the row is written), and takes it.
 * Returns 0 or a store code. */
static int
stage_check(struct import *im, struct store_txn *t, const struct row *w, int *reopens)
{
	*reopens = 0;
	if (im->s->kind != CORE_STAGE || w->deleted == 1)	/* a deleted stage counts in none */
		return 0;
	return store_stage_reopens(t, w->rec, reopens);
}

/* Row w, a stage about to be written: an actual end it gives (new, or
 * other than the stored one) with its progress left empty (an empty cell,
 * or no progress column for a new stage) makes the stage 100 percent, as
 * the stage's form and the need's screen do (the day a stage was done is
 * the day it was done); so does one whose file has no progress column,
 * updating a stage (its progress untouched, as the form's rule says).  Before, such a row stored 0 percent: a stage
 * done on 1403/05/20 past its planned end of 1403/04/30 was listed
 * overdue, one done in time «0%, done on ...».  Returns 0 or a store
 * code. */
static int
stage_done_fill(struct store_txn *t, const struct import *im, struct row *w, int exists)
{
	struct core_record *old;
	int rc, same;

	if (im->s->kind != CORE_STAGE || w->deleted == 1 || !w->rec->v[CORE_STAGE_ACTUAL_END].set)
		return 0;
	/* the progress given: a cell not empty (with no column, the stored
	 * one, merge_absent, is untouched) */
	if (w->rec->v[CORE_STAGE_PROGRESS].set && im->field_col[CORE_STAGE_PROGRESS] != 0)
		return 0;
	if (exists) {
		if ((rc = store_get(t, CORE_STAGE, core_record_text(w->rec, 0), &old, NULL)) != 0)
			return rc == STORE_ENOTFOUND ? 0 : rc;
		same = old->v[CORE_STAGE_ACTUAL_END].set &&
		    old->v[CORE_STAGE_ACTUAL_END].num == w->rec->v[CORE_STAGE_ACTUAL_END].num;
		core_record_free(old);
		if (same)	/* stored so: no change made here */
			return 0;
	}
	core_record_set_num(w->rec, CORE_STAGE_PROGRESS, 100);
	return 0;
}

/* Row w, a stage about to be written: whether it gives the stage an actual
 * end with a progress below 100 percent (new, or either of them other
 * than stored), into *open_end.  A stage with an actual end is done: the
 * stage's form asks before saving one so, and the need's screen clears the
 * actual end of a stage set below 100; an import cannot ask, so it warns
 * on the row (stage_open_end_warn, once it is written) and takes it as
 * given.  Before, such a row was taken without a word: a stage at 50
 * percent «done on 1405/04/20», and, its actual end before its planned end,
 * never overdue.  Returns 0 or a store code. */
static int
stage_open_end_check(struct store_txn *t, const struct import *im, const struct row *w,
    int exists, int *open_end)
{
	struct core_record *old;
	int rc;

	*open_end = 0;
	if (im->s->kind != CORE_STAGE || w->deleted == 1 ||
	    !w->rec->v[CORE_STAGE_ACTUAL_END].set || !core_stage_unfinished(w->rec))
		return 0;
	if (exists) {
		if ((rc = store_get(t, CORE_STAGE, core_record_text(w->rec, 0), &old, NULL)) != 0)
			return rc == STORE_ENOTFOUND ? 0 : rc;
		*open_end = !core_value_equal(w->rec, old, CORE_STAGE_ACTUAL_END) ||
		    core_stage_progress(w->rec) != core_stage_progress(old);
		core_record_free(old);
		return 0;
	}
	*open_end = 1;
	return 0;
}

static void
stage_open_end_warn(struct import *im, const struct row *w)
{
	row_msg(im, &im->wmsgs, w->line,
	    im->field_col[CORE_STAGE_PROGRESS] != 0 ? CORE_STAGE_PROGRESS : CORE_STAGE_ACTUAL_END,
	    _("this stage has an actual end but is below 100 percent: a stage with an actual end is done; give 100, or leave its actual end empty"), 1);
}

static void
stage_warn(struct import *im, const struct row *w)
{
	char *reason = format(_("need %s is done, but this stage is below 100 percent, which says its work is not over"),
	    core_record_text(w->rec, CORE_STAGE_NEED));

	if (reason != NULL)
		row_msg(im, &im->wmsgs, w->line, CORE_STAGE_PROGRESS, reason, 1);
	free(reason);
}

/* Notes the line of a row just given a new id.  Returns 0 or STORE_ENOMEM. */
static int
note_auto(struct import *im, const struct row *w)
{
	uint64_t seq;

	if (core_id_parse(core_record_text(w->rec, 0), NULL, &seq) != 0)
		return 0;
	if (im->nauto == 0)
		im->auto_first = seq;
	if (seq != im->auto_first + im->nauto)
		return 0;	/* not the next number: leave the map as it is */
	if (im->nauto == im->auto_cap) {
		size_t ncap = im->auto_cap ? im->auto_cap * 2 : 1024;
		size_t *nv = realloc(im->auto_line, ncap * sizeof *nv);

		if (nv == NULL)
			return STORE_ENOMEM;
		im->auto_line = nv;
		im->auto_cap = ncap;
	}
	im->auto_line[im->nauto++] = w->line;
	return 0;
}

static int twin_key(const struct core_record *r, char *buf, size_t n);
static int twin_key_t(struct store_txn *t, const struct core_record *r, char *buf, size_t n);

/* Copies the stored mobile, introducing group and twin key (twin_key) of
 * donor id into mobile, group and twin ("" if none), read once for
 * mobile_warn, group_check and twin_warn.  Returns 0 or a store code. */
static int
stored_donor(struct store_txn *t, const char *id, char *mobile, size_t mn, char *group,
    size_t gn, char *twin, size_t tn)
{
	struct core_record *o = NULL;
	int rc;

	mobile[0] = group[0] = twin[0] = '\0';
	if ((rc = store_get(t, CORE_DONOR, id, &o, NULL)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	snprintf(mobile, mn, "%s", core_record_text(o, CORE_DONOR_MOBILE));
	snprintf(group, gn, "%s", core_record_text(o, CORE_DONOR_INTRODUCED_BY));
	twin_key(o, twin, tn);
	core_record_free(o);
	return 0;
}

/* The name of record id of kind k (a donor, a group: field 1, its name)
 * into buf, if the user may read it; "-" otherwise, or if there is none.
 * A warning names the record another row's value is already on by it.
 * Returns 0 or a store code. */
static int
name_if_readable(struct import *im, struct store_txn *t, enum core_kind k, const char *id,
    char *buf, size_t n)
{
	struct core_record *o = NULL;
	const char *name;
	int rc;

	snprintf(buf, n, "-");
	rc = store_get(t, k, id, &o, NULL);
	if (rc != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	name = core_record_text(o, k == CORE_DONOR ? CORE_DONOR_NAME : CORE_GROUP_NAME);
	if (name != NULL && may(im->st, t, CORE_ACCESS_READ, o, 0))
		loc_utf8_copy(buf, n, name);
	core_record_free(o);
	return 0;
}

/* A donor row's mobile that another donor already has (stored, or written
 * by an earlier row of this file in the same transaction): a warning on
 * the row, naming the holder (by its line of this file, or its id and, if
 * the user may read it, its name), as the donor form warns when the clerk
 * leaves the mobile (tui/form.c dup_check).  Mostly the same donor typed
 * in twice; two of one family may share a phone, so the row is taken.
 * old: the mobile the record had before this row (NULL for a new one); a
 * mobile kept as it was is not warned about again.  Called once the row
 * is written.  Returns 0 or a store code. */
static int
mobile_warn(struct import *im, struct store_txn *t, const struct row *w, const char *old)
{
	const char *mob = core_record_text(w->rec, CORE_DONOR_MOBILE);
	const char *own = core_record_text(w->rec, 0);
	char other[CORE_ID_MAX], reason[1024], name[600];
	size_t line;
	int rc;

	if (im->s->kind != CORE_DONOR || mob == NULL || *mob == '\0' ||
	    (old != NULL && strcmp(old, mob) == 0))
		return 0;
	rc = store_index_other(t, CORE_DONOR, CORE_DONOR_MOBILE, mob, own, other);
	if (rc == STORE_ENOTFOUND)
		return 0;
	if (rc != 0)
		return rc;
	if ((line = auto_line_of(im, other)) != 0)
		snprintf(reason, sizeof reason,
		    _("this mobile is also on line %zu of this file; if it is the same donor, give him once"),
		    line);
	else {
		if ((rc = name_if_readable(im, t, CORE_DONOR, other, name, sizeof name)) != 0)
			return rc;
		snprintf(reason, sizeof reason,
		    _("this mobile is also registered for %s (%s); if it is the same donor, give that id in the id column to update his record"),
		    other, name);
	}
	row_msg(im, &im->wmsgs, w->line, CORE_DONOR_MOBILE, reason, 1);
	return 0;
}

/* What a group's, a unit's or a donor's twin is judged by, into buf: its
 * county, a newline and the twin key of its name (loc_text_twin_key:
 * Arabic ي/ك, ZWNJ and spaces folded), as store_name_twin compares them;
 * "" when either is empty or the key cannot be made.  (A group's, a
 * unit's and a donor's name are all field CORE_GROUP_NAME; a donor's
 * county is not the others'.) */
static int
twin_key(const struct core_record *r, char *buf, size_t n)
{
	return twin_key_t(NULL, r, buf, n);
}

/* As twin_key; in t (not NULL) the name's key is taken from what writing
 * r has just folded (store_twin_key). */
static int
twin_key_t(struct store_txn *t, const struct core_record *r, char *buf, size_t n)
{
	const char *name = core_record_text(r, r->kind == CORE_DONOR ? CORE_DONOR_NAME : CORE_GROUP_NAME);
	const char *county = core_record_text(r, r->kind == CORE_DONOR ? CORE_DONOR_COUNTY :
	    CORE_GROUP_COUNTY);
	char *key;
	size_t cl, kl;

	int whole;

	buf[0] = '\0';
	if (name == NULL || *name == '\0' || county == NULL || *county == '\0' ||
	    (key = t != NULL ? store_twin_key(t, name) : loc_text_twin_key(name)) == NULL)
		return 0;
	cl = strlen(county);
	kl = strlen(key);
	if ((whole = cl + 1 + kl < n)) {	/* "%s\n%s" without snprintf (one a row) */
		memcpy(buf, county, cl);
		buf[cl] = '\n';
		memcpy(buf + cl + 1, key, kl + 1);
	} else {
		snprintf(buf, n, "%s\n%s", county, key);
	}
	free(key);
	return whole;
}

/* Copies group or unit id's twin key (twin_key) into buf and its county
 * code into county ("" if none is stored).  Returns 0 or a store code. */
static int
stored_group_key(struct store_txn *t, enum core_kind k, const char *id, char *buf, size_t n,
    char *county, size_t cn)
{
	struct core_record *o = NULL;
	int rc;

	buf[0] = county[0] = '\0';
	if ((rc = store_get(t, k, id, &o, NULL)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	twin_key(o, buf, n);
	snprintf(county, cn, "%s", core_record_text(o, CORE_GROUP_COUNTY));
	core_record_free(o);
	return 0;
}

/*
 * The rows of this file a later row may be the twin of.  store_name_twin_if
 * does not see the names an import wrote (their word entries wait for the
 * commit: store/defer.c), so each group or donor row written is kept here
 * by its twin key, with its id, in a hash table of chains.
 */
struct twin_seen {
	struct twin_seen *next;
	uint32_t h;		/* loc_fnv32_str(key) */
	char id[CORE_ID_MAX];
	char key[];
};

/* Forgets the rows kept (the write run again), keeping the table. */
static void
twins_reset(struct import *im)
{
	size_t i;

	for (i = 0; i < im->twin_nb; i++)
		while (im->twins[i] != NULL) {
			struct twin_seen *e = im->twins[i];

			im->twins[i] = e->next;
			free(e);
		}
	im->ntwins = 0;
}

/* Puts e at the end of the chain at *p: a chain in the order of the
 * rows, so that the earliest twin is named. */
static void
twin_append(struct twin_seen **p, struct twin_seen *e)
{
	while (*p != NULL)
		p = &(*p)->next;
	e->next = NULL;
	*p = e;
}

/* Keeps the record id a row wrote under key (its hash h).  Returns 0 or
 * STORE_ENOMEM. */
static int
twins_add(struct import *im, const char *key, uint32_t h, const char *id)
{
	struct twin_seen *e;
	size_t len = strlen(key), i;

	if (im->ntwins >= im->twin_nb) {
		size_t nb = im->twin_nb ? 2 * im->twin_nb : 256;
		struct twin_seen **tb = calloc(nb, sizeof *tb);

		if (tb == NULL)
			return STORE_ENOMEM;
		for (i = 0; i < im->twin_nb; i++)
			while (im->twins[i] != NULL) {
				e = im->twins[i];
				im->twins[i] = e->next;
				twin_append(&tb[e->h & (nb - 1)], e);
			}
		free(im->twins);
		im->twins = tb;
		im->twin_nb = nb;
	}
	if ((e = malloc(sizeof *e + len + 1)) == NULL)
		return STORE_ENOMEM;
	memcpy(e->key, key, len + 1);
	e->h = h;
	loc_utf8_copy(e->id, sizeof e->id, id);
	twin_append(&im->twins[h & (im->twin_nb - 1)], e);
	im->ntwins++;
	return 0;
}

/* An earlier row of this file (not own) kept under key (its hash h) whose record, as
 * it is now, still has that key and is w's twin (a donor: core_donor_twin):
 * its id into other.  Returns 0, STORE_ENOTFOUND or a store code. */
static int
twins_find(struct import *im, struct store_txn *t, const char *key, uint32_t h,
    const struct row *w, const char *own, char *other)
{
	struct twin_seen *e;
	char now[1200];
	int rc;

	if (im->twin_nb == 0)
		return STORE_ENOTFOUND;
	for (e = im->twins[h & (im->twin_nb - 1)]; e != NULL; e = e->next) {
		struct core_record *o;
		int take;

		if (strcmp(e->key, key) != 0 || (own != NULL && strcmp(e->id, own) == 0))
			continue;
		if ((rc = store_get(t, im->s->kind, e->id, &o, NULL)) == STORE_ENOTFOUND)
			continue;
		if (rc != 0)
			return rc;
		twin_key(o, now, sizeof now);
		take = strcmp(now, key) == 0 &&
		    (o->kind != CORE_DONOR || core_donor_twin(o, w->rec));
		core_record_free(o);
		if (take) {
			loc_utf8_copy(other, CORE_ID_MAX, e->id);
			return 0;
		}
	}
	return STORE_ENOTFOUND;
}

/* A group or donor row whose name (its twin key) another record of the
 * same county has, stored or written by an earlier row of this file in
 * the same transaction: a warning on the row's name column, naming that
 * record (its id and, if the user may read it, its name) or the earlier
 * line, as the group and donor forms warn (tui/form.c twin_check).  A
 * donor is another's twin only if that one is active and no national id,
 * legal id or mobile tells them apart (core_donor_twin); a donor row
 * marked inactive is not warned about.  The row is taken: it may be
 * another group or donor of the same name.  old: the key the record had
 * before this row (NULL for a new one); a record keeping its name and
 * county is not warned about again.  Before, such rows came in without a
 * word (a donor's always).  Called once the row is written.  Returns 0
 * or a store code. */
static int
twin_warn(struct import *im, struct store_txn *t, const struct row *w, const char *old)
{
	enum core_kind k = im->s->kind;
	int donor = k == CORE_DONOR;
	int namef = donor ? CORE_DONOR_NAME : CORE_GROUP_NAME;
	const char *own = core_record_text(w->rec, 0);
	const char *county = core_record_text(w->rec, donor ? CORE_DONOR_COUNTY : CORE_GROUP_COUNTY);
	char key[1200], other[CORE_ID_MAX], reason[1024], name[600];
	size_t line;
	uint32_t h;
	int rc, whole;

	if (k != CORE_GROUP && k != CORE_UNIT && !donor)
		return 0;
	whole = twin_key_t(t, w->rec, key, sizeof key);
	if (key[0] == '\0')
		return 0;
	h = loc_fnv32_str(key);	/* once, for twins_find and twins_add */
	if ((donor && core_record_inactive(w->rec)) || (old != NULL && strcmp(old, key) == 0))
		rc = STORE_ENOTFOUND;
	else if ((rc = store_name_twin_key_if(t, k, county, core_record_text(w->rec, namef),
	    whole ? key + strlen(county) + 1 : NULL, own, donor ? core_donor_twin : NULL, w->rec,
	    other)) == STORE_ENOTFOUND)
		rc = twins_find(im, t, key, h, w, own, other);
	if ((rc == 0 || rc == STORE_ENOTFOUND) && own != NULL && *own != '\0' &&
	    twins_add(im, key, h, own) != 0)
		return STORE_ENOMEM;
	if (rc == STORE_ENOTFOUND)
		return 0;
	if (rc != 0)
		return rc;
	if ((line = auto_line_of(im, other)) != 0)
		snprintf(reason, sizeof reason, donor ?
		    _("a donor of this name in this county is also on line %zu of this file; if it is the same donor, give him once") :
		    k == CORE_UNIT ?
		    _("a unit of this name in this county is also on line %zu of this file; if it is the same unit, give it once") :
		    _("a group of this name in this county is also on line %zu of this file; if it is the same group, give it once"),
		    line);
	else {
		if ((rc = name_if_readable(im, t, k, other, name, sizeof name)) != 0)
			return rc;
		snprintf(reason, sizeof reason, donor ?
		    _("a donor of this name is already registered in this county: %s (%s); if it is the same donor, give that id in the id column to update his record") :
		    k == CORE_UNIT ?
		    _("unit %s (%s) of this name is already registered in this county; if it is the same unit, give that id in the id column to update it") :
		    _("group %s (%s) of this name is already registered in this county; if it is the same group, give that id in the id column to update it"),
		    other, name);
	}
	row_msg(im, &im->wmsgs, w->line, namef, reason, 1);
	return 0;
}

/* A donor's, group's or unit's name with no letter in it («۱۲۳», a mobile
 * in the name's column): warned about as the form warns under the name
 * (tui/form.c name_no_letter), the row taken.  Before, a unit or group
 * named «۰۹۱۴۱۲۳۴۵۶۷» came in without a word. */
static void
name_no_letter_warn(struct import *im, const struct row *w)
{
	const char *p;

	if (im->s->kind != CORE_DONOR && im->s->kind != CORE_GROUP && im->s->kind != CORE_UNIT)
		return;
	if (im->field_col[CORE_GROUP_NAME] == 0 ||
	    (p = core_record_text(w->rec, CORE_GROUP_NAME)) == NULL || !loc_text_no_letter(p))
		return;
	row_msg(im, &im->wmsgs, w->line, CORE_GROUP_NAME,
	    _("The name has no letter: was a number typed in it?"), 1);
}

/* A stored unit row whose county changed: its needs (a need's county is
 * its unit's: store.c rederive_needs) and their pledges move with it to
 * the new county, out of the old county's lists, sums and ranking.  A
 * warning on the row's county column, naming how many needs (and how many
 * of them are open) move and where, as the unit form warns (tui/form.c
 * county_move_check).  The row is taken: a unit moved on the map is.
 * Before, such a row said only "1 updated".  old: the county the unit had
 * before this row.  Returns 0 or a store code. */
static int
county_move_warn(struct import *im, struct store_txn *t, const struct row *w, const char *old)
{
	const char *county = core_record_text(w->rec, CORE_UNIT_COUNTY);
	char reason[1024];
	long all = 0, open = 0;
	int rc;

	if (im->s->kind != CORE_UNIT || county == NULL || old == NULL || old[0] == '\0' ||
	    strcmp(old, county) == 0)
		return 0;
	if ((rc = tui_unit_needs(t, core_record_text(w->rec, 0), &all, &open)) != 0)
		return rc;
	if (all == 0)
		return 0;
	snprintf(reason, sizeof reason,
	    _("with this change, this unit's needs (%ld, %ld of them open) and their pledges move to county %s"),
	    all, open, cli_county_name(county));
	row_msg(im, &im->wmsgs, w->line, CORE_UNIT_COUNTY, reason, 1);
	return 0;
}

/* The county of stored need id (its unit's) into buf ("" if none).
 * Returns 0 or a store code. */
static int
stored_need_county(struct store_txn *t, const char *id, char *buf, size_t n)
{
	struct core_record *r;
	struct store_meta m;
	const char *c;
	int rc;

	buf[0] = '\0';
	if ((rc = store_get(t, CORE_NEED, id, &r, &m)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	c = core_record_text(r, CORE_NEED_COUNTY);
	loc_utf8_copy(buf, n, c != NULL ? c : "");
	core_record_free(r);
	return 0;
}

/* A stored need row given a unit of another county (its county is its
 * unit's): it and its pledges move to that county, out of the old one's
 * lists, as a unit's needs do when the unit moves (county_move_warn).  A
 * warning on the row's unit column.  Before, such a row said only "1
 * updated".  old: the need's county before this row; w->rec's county is
 * the new unit's once stored. */
static void
need_move_warn(struct import *im, const struct row *w, const char *old)
{
	const char *county = core_record_text(w->rec, CORE_NEED_COUNTY);
	char reason[512];

	if (im->s->kind != CORE_NEED || county == NULL || old == NULL || old[0] == '\0' ||
	    strcmp(old, county) == 0)
		return;
	snprintf(reason, sizeof reason,
	    _("with this change, this need and its pledges move to county %s, its new unit's"),
	    cli_county_name(county));
	row_msg(im, &im->wmsgs, w->line, CORE_NEED_UNIT, reason, 1);
}

/* Why a row's unique value is refused: the record already holding it, or
 * the earlier line of this file that holds it (its id is only provisional
 * and is not written). */
static void
dup_reason(struct import *im, const char *id, char *buf, size_t n)
{
	size_t line = auto_line_of(im, id);

	if (line != 0)
		snprintf(buf, n, _("the same value is on line %zu of this file"), line);
	else
		snprintf(buf, n, _("the same value is held by %s"), id);
}

/* A row's unique value that another record still holds once every row is
 * written (store_unique_settle): until then a row may take a value that a
 * later row of the file gives up, as when two donors' national ids, typed
 * the wrong way round, are swapped back in a spreadsheet.  Named as a row
 * refused at once was: its line, the column, and the holder or the line
 * of this file that holds it. */
static int
dup_settled(const struct store_why *dup, const char *id, size_t line, void *ctx)
{
	struct import *im = ctx;
	char reason[512];

	(void)id;
	dup_reason(im, dup->id, reason, sizeof reason);
	row_msg(im, &im->wmsgs, line, dup->field, reason, 0);
	im->wbad++;
	return 0;
}

/* The bar of an import, at row done of total (0 while the reader is still
 * going, which it is for most of a big file: the two threads share the
 * cores with the sorter, and the reader ends only a little before the
 * writer).  Until the count is known, the share of the file the reader has
 * got through stands for it, short of 100% (the writer follows it
 * closely). */
static void
progress_rows(struct import *im, size_t done, size_t total)
{
	off_t pos;
	int pct;

	if (progress_on < 0)
		progress_on = isatty(2);
	if (!progress_on)
		return;
	if (total == 0) {
		/* the reader is ahead by what it has read and not yet
		 * handed over: the bar never steps back when the count of
		 * rows takes over */
		if (im->size <= 0 || (pos = ftello(im->in)) <= 0)
			return;
		if (pos >= im->size)
			pos = im->size - 1;
		done = (size_t)pos;
		total = (size_t)im->size;
	}
	if (done >= total)
		return;		/* 100% once, when the write has succeeded */
	pct = (int)(100.0 * (double)done / (double)total);
	if (pct < im->shown)
		return;
	im->shown = pct;
	progress(done, total);
}

/* A row's `active` column (COL_ACTIVE) on the record just written: deleted
 * (store_deactivate) or in use again (store_reactivate), as the column
 * says.  Returns 0 or a store code. */
static int
mark_deleted(struct import *im, struct store_txn *t, const struct row *w)
{
	const char *id = core_record_text(w->rec, 0);
	struct store_meta m;
	int rc;

	if ((rc = store_exists(t, im->s->kind, id, &m)) != 0)
		return rc;
	if (m.deleted == w->deleted)
		return 0;
	return w->deleted ? store_deactivate(t, im->s->kind, id, m.rev) :
	    store_reactivate(t, im->s->kind, id, m.rev);
}

/* ---- repeats ----
 *
 * A row without an id makes a new record.  One that gives, in every column
 * the file has, what a record of the kind already holds is most likely the
 * same file imported a second time (the network dropped, the clerk was not
 * sure it had worked), and would leave two of everything, totals doubled:
 * it is refused, naming the record it repeats, unless --allow-repeats (two
 * equal payments of one day do happen).  Values are compared as stored: the
 * row is parsed as it is written, so ي and ك, Persian digits or a grouped
 * amount compare as what they are kept as.  Rows that repeat each other in
 * the file are not refused (the file may really hold two); nor is a row with
 * a unique value (a donor's national id), which the unique index guards.
 *
 * The stored records are read once, into an open-addressing table of the
 * hash of their values in the file's columns (and their ids, to read the
 * record back and compare it whole on a hit), when the first row that needs
 * it comes: a file whose rows all carry an id or a unique value never reads
 * them.  A record the file's rows wrote before that (by its id) is not
 * counted: what a later row repeats is then a line of the file. */

struct repeat {
	uint64_t hash;
	char id[CORE_ID_MAX];	/* "": an empty slot */
	int told;		/* named by a row already (repeat_check) */
};

/* Whether field f is compared: a column the file has (derived fields have
 * none), not the id. */
static int
repeat_field(const struct import *im, size_t f)
{
	return f > 0 && f < CORE_MAX_FIELDS && im->field_col[f] != 0;
}

/* A pledge's status is worked out from its payments when it is written
 * (store.c, pledge_status_fill), but for a cancelled one: only whether it
 * is cancelled is the file's. */
static int
repeat_status(const struct import *im, size_t f)
{
	return im->s->kind == CORE_PLEDGE && f == CORE_PLEDGE_STATUS;
}

static int
repeat_cancelled(const struct core_record *r)
{
	return r->v[CORE_PLEDGE_STATUS].set &&
	    r->v[CORE_PLEDGE_STATUS].num == CORE_PLEDGE_CANCELLED;
}

/* The hash of r's values in the compared fields (never 0). */
static uint64_t
repeat_hash(const struct import *im, const struct core_record *r)
{
	uint64_t h = LOC_FNV64_BASIS;	/* FNV-1a of the fields in turn */
	size_t f;

	for (f = 1; f < im->s->nfields; f++) {
		const struct core_value *v = &r->v[f];
		unsigned char tag[2] = { (unsigned char)f, (unsigned char)(v->set != 0) };

		if (!repeat_field(im, f))
			continue;
		if (repeat_status(im, f)) {
			tag[1] = (unsigned char)repeat_cancelled(r);
			h = loc_fnv64_add(h, tag, sizeof tag);
			continue;
		}
		h = loc_fnv64_add(h, tag, sizeof tag);
		if (!v->set)
			continue;
		if (core_ftype_is_text(im->s->fields[f].type)) {
			const char *x = v->text != NULL ? v->text : "";

			h = loc_fnv64_add(h, x, strlen(x) + 1);
		} else
			h = loc_fnv64_add(h, &v->num, sizeof v->num);
	}
	return h != 0 ? h : 1;
}

/* Whether a and b hold the same in every compared field. */
static int
repeat_equal(const struct import *im, const struct core_record *a, const struct core_record *b)
{
	size_t f;

	for (f = 1; f < im->s->nfields; f++) {
		if (!repeat_field(im, f))
			continue;
		if (repeat_status(im, f) ? repeat_cancelled(a) != repeat_cancelled(b) :
		    !core_value_equal(a, b, (int)f))
			return 0;
	}
	return 1;
}

/* Puts (h, id) into the table, which has room.  */
static void
repeat_put(struct repeat *tab, size_t cap, uint64_t h, const char *id)
{
	size_t i;

	for (i = h & (cap - 1); tab[i].id[0] != '\0'; i = (i + 1) & (cap - 1))
		;
	tab[i].hash = h;
	snprintf(tab[i].id, sizeof tab[i].id, "%s", id);
}

/* Doubles the table (or makes it, for about n records).  Returns 0 or
 * STORE_ENOMEM. */
static int
repeat_grow(struct import *im, size_t n)
{
	size_t ncap = im->rep_cap ? im->rep_cap * 2 : 64, i;
	struct repeat *nv;

	while (ncap < 2 * (n + 1))
		ncap *= 2;
	if ((nv = calloc(ncap, sizeof *nv)) == NULL)
		return STORE_ENOMEM;
	for (i = 0; i < im->rep_cap; i++)
		if (im->rep[i].id[0] != '\0')
			repeat_put(nv, ncap, im->rep[i].hash, im->rep[i].id);
	free(im->rep);
	im->rep = nv;
	im->rep_cap = ncap;
	return 0;
}

static int
repeat_idcmp(const void *a, const void *b)
{
	return strcmp(a, b);
}

/* Reads the records of the kind in use now (not deleted ones) into the
 * table.  Returns 0 or a store code. */
static int
repeat_build(struct import *im, struct store_txn *t)
{
	struct store_iter *it = NULL;
	struct store_meta m;
	struct core_record *r;
	char id[CORE_ID_MAX];
	size_t n = 0;
	int rc;

	if ((rc = store_count(t, im->s->kind, &n)) != 0 || (rc = repeat_grow(im, n)) != 0)
		return rc;
	if ((rc = store_iter_kind(t, im->s->kind, &it)) != 0)
		return rc;
	while ((rc = store_iter_next(it, id)) == 0) {
		if ((rc = store_get(t, im->s->kind, id, &r, &m)) != 0)
			break;
		if (!m.deleted && 2 * (im->nrep + 1) > im->rep_cap &&
		    (rc = repeat_grow(im, im->nrep + 1)) != 0) {
			core_record_free(r);
			break;
		}
		if (!m.deleted) {
			repeat_put(im->rep, im->rep_cap, repeat_hash(im, r), id);
			im->nrep++;
		}
		core_record_free(r);
	}
	store_iter_free(it);
	if (rc != STORE_ENOTFOUND)
		return rc;
	if (im->nwritten > 1)
		qsort(im->written, im->nwritten, sizeof *im->written, repeat_idcmp);
	return 0;
}

/* Notes the id of a record a row with an id has just written, while the
 * table is not built yet (repeat_build leaves it out).  Returns 0 or
 * STORE_ENOMEM. */
static int
repeat_note_written(struct import *im, const char *id)
{
	if (im->allow_repeats || im->rep != NULL)
		return 0;
	if (im->nwritten == im->written_cap) {
		size_t ncap = im->written_cap ? im->written_cap * 2 : 256;
		char (*nv)[CORE_ID_MAX] = realloc(im->written, ncap * sizeof *nv);

		if (nv == NULL)
			return STORE_ENOMEM;
		im->written = nv;
		im->written_cap = ncap;
	}
	snprintf(im->written[im->nwritten++], CORE_ID_MAX, "%s", id);
	return 0;
}

/* Forgets the table and the ids (a new run of the write). */
static void
repeat_reset(struct import *im)
{
	free(im->rep);
	im->rep = NULL;
	im->rep_cap = im->nrep = 0;
	im->nwritten = 0;
	im->repeats = 0;
}

/* Finds in the table a stored record in use that holds what r gives (its
 * hash h), among those named by an earlier row (told 1) or not (told 0),
 * and the user may see, into *hit (NULL: none); *other is set if an entry
 * of hash h was passed over for its told.  Returns 0 or a store code. */
static int
repeat_find(struct import *im, struct store_txn *t, const struct core_record *r, uint64_t h,
    int told, struct repeat **hit, int *other)
{
	struct core_record *old;
	struct store_meta m;
	size_t i, mask = im->rep_cap - 1;
	int rc, same;

	*hit = NULL;
	*other = 0;
	for (i = h & mask; im->rep[i].id[0] != '\0'; i = (i + 1) & mask) {
		struct repeat *e = &im->rep[i];

		if (e->hash != h)
			continue;
		if (e->told != told) {
			*other = 1;
			continue;
		}
		if (im->nwritten > 0 && bsearch(e->id, im->written, im->nwritten,
		    sizeof *im->written, repeat_idcmp) != NULL)
			continue;	/* written by an earlier line of the file */
		/* read back: an earlier row may have changed it */
		if ((rc = store_get(t, im->s->kind, e->id, &old, &m)) != 0) {
			if (rc != STORE_ENOTFOUND)
				return rc;
			continue;
		}
		/* a record the user may not see is not named to him (his
		 * row is refused for its county anyway) */
		same = !m.deleted && repeat_equal(im, r, old) &&
		    may(im->st, t, CORE_ACCESS_READ, old, 0);
		core_record_free(old);
		if (same) {
			*hit = e;
			return 0;
		}
	}
	return 0;
}

/* The check of a row without an id: refused (reported) if a stored record
 * of the kind holds what it gives.  Of equal records, one not named by an
 * earlier row is named (two rows repeating two records name both).
 * Returns 0, 1 for a repeat, or a store code. */
static int
repeat_check(struct import *im, struct store_txn *t, const struct row *w)
{
	struct repeat *hit = NULL;
	char reason[512];
	uint64_t h;
	size_t f;
	int rc, other;

	if (im->allow_repeats)
		return 0;
	for (f = 1; f < im->s->nfields; f++)
		if ((im->s->fields[f].flags & CORE_FF_UNIQUE) && w->rec->v[f].set)
			return 0;	/* the unique index answers for it */
	if (im->rep == NULL && (rc = repeat_build(im, t)) != 0)
		return rc;
	if (im->nrep == 0)
		return 0;
	h = repeat_hash(im, w->rec);
	if ((rc = repeat_find(im, t, w->rec, h, 0, &hit, &other)) != 0 ||
	    (hit == NULL && other && (rc = repeat_find(im, t, w->rec, h, 1, &hit, &other)) != 0))
		return rc;
	if (hit == NULL)
		return 0;
	hit->told = 1;
	snprintf(reason, sizeof reason,
	    _("the same as record %s already in the database (was this file imported before?)"),
	    hit->id);
	row_msg(im, &im->wmsgs, w->line, -1, reason, 0);
	im->repeats++;
	return 1;
}

/* ---- files imported before ----
 *
 * The row check above cannot see a file imported again after some of its
 * records were edited (a need moved on to approved, a donor's mobile
 * changed): those rows no longer equal what is stored, and would come in
 * twice.  So the station remembers each file it imported, by the BLAKE2b
 * digest of its bytes (crypto_generichash) and the kind: the setting
 * "import.KIND.DIGEST" holds "TIME\tUSER\tROWS" (Unix seconds, the
 * login, the rows written).  A file with the same digest for the same kind
 * is refused before its rows are read, naming when and by whom it was
 * imported, unless --allow-repeats (which then notes the new import in
 * its place).  The setting is written by write_rows in the transaction of
 * the rows, so a refused or failed import (or a dry run) leaves no mark;
 * and it is looked up again there, so that two clerks importing the same
 * file at once do not both get it in.  A backup holds it with the records
 * it speaks of, and every sync bundle carries it (tui/bundle.c): a mark
 * taken from another station's bundle has a fourth field, that station,
 * which the refusal names.  A file of no rows is not noted.
 *
 * Beside it, the digest of the file's content (content_end), in
 * "import.KIND.content.DIGEST", with the same value and under the same
 * rules; it is known only once the reader is through, so it is looked up
 * at the end of write_rows (content_seen), before the rows' own errors
 * are counted: the same content is then the one thing said. */

/* Reads all of im->in into im->digest and leaves im->in where the reader
 * starts: a regular file is read again from its start; anything else (a
 * pipe on standard input) is copied into a temporary file as it is read,
 * and that file is read instead.  Returns 0 or an errno. */
static int
file_digest(struct import *im)
{
	crypto_generichash_state hs;
	unsigned char buf[65536], out[crypto_generichash_BYTES];
	struct stat sf;
	FILE *copy = NULL;
	size_t n;
	int regular = fstat(fileno(im->in), &sf) == 0 && S_ISREG(sf.st_mode);

	if (sodium_init() < 0 || crypto_generichash_init(&hs, NULL, 0, sizeof out) != 0)
		return ENOMEM;
	if (!regular && (copy = tmpfile()) == NULL)
		return errno;
	while ((n = fread(buf, 1, sizeof buf, im->in)) > 0) {
		if (im->nhead < sizeof im->head) {
			size_t take = sizeof im->head - im->nhead;

			if (take > n)
				take = n;
			memcpy(im->head + im->nhead, buf, take);
			im->nhead += take;
		}
		crypto_generichash_update(&hs, buf, n);
		if (copy != NULL && fwrite(buf, 1, n, copy) != n) {
			int e = errno ? errno : EIO;

			fclose(copy);
			return e;
		}
	}
	if (ferror(im->in)) {
		if (copy != NULL)
			fclose(copy);
		return EIO;
	}
	crypto_generichash_final(&hs, out, sizeof out);
	sodium_bin2hex(im->digest, sizeof im->digest, out, sizeof out);
	if (copy == NULL)
		return fseeko(im->in, 0, SEEK_SET) != 0 ? errno : 0;
	if (fflush(copy) != 0 || fseeko(copy, 0, SEEK_SET) != 0) {
		int e = errno;

		fclose(copy);
		return e;
	}
	if (im->in != stdin)
		fclose(im->in);
	im->in = copy;
	return 0;
}

/* Is the file, by its first bytes (im->head), one a clerk gives for a CSV
 * that is none: 1 a spreadsheet's workbook (.xlsx and .ods are ZIP
 * archives, "PK\3\4"; .xls an OLE2 compound file), 2 JSON (an export
 * with --format json: an object of "kind": [...] or a list of objects);
 * 0 else.  Read as CSV, either was refused for "a quote out of place" on
 * line 1 or 2, which sends the clerk looking for a quote in a file that
 * he never saw as text. */
static int
not_csv(const struct import *im)
{
	const unsigned char *p = im->head, *end = im->head + im->nhead;
	unsigned char open;

	if (im->nhead >= 4 && (memcmp(p, "PK\3\4", 4) == 0 ||
	    memcmp(p, "\xD0\xCF\x11\xE0", 4) == 0))
		return 1;
	if (im->nhead >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
		p++;
	if (p == end || (*p != '{' && *p != '['))
		return 0;
	/* a JSON object's first key or its end; a list's first object */
	for (open = *p++; p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'); p++)
		;
	if (p < end && ((open == '{' && (*p == '"' || *p == '}')) ||
	    (open == '[' && (*p == '{' || *p == ']'))))
		return 2;
	return 0;
}

/* The setting that notes the file by the digest of its bytes, or (content)
 * by that of its rows' values (content_end). */
static void
file_key(const struct import *im, int content, char *key, size_t n)
{
	if (content)
		snprintf(key, n, "import.%s.content.%s", im->s->plural, im->content);
	else
		snprintf(key, n, "import.%s.%s", im->s->plural, im->digest);
}

/* Looks the file up by its bytes, or (content) by its rows' values: 1 and
 * im->seen_before filled if it was imported as this kind before, 0 if not,
 * or a store code. */
static int
file_seen(struct import *im, struct store_txn *t, int content)
{
	char key[160], *v = NULL, *user, *rows;
	long long when;
	int rc;

	file_key(im, content, key, sizeof key);
	if ((rc = store_setting_get(t, key, &v, NULL)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	memset(&im->seen_before, 0, sizeof im->seen_before);
	when = strtoll(v, &user, 10);
	if (*user == '\t') {
		user++;
		if ((rows = strchr(user, '\t')) != NULL) {
			char *end, self[CORE_STATION_MAX + 1];

			*rows++ = '\0';
			im->seen_before.rows = (size_t)strtoull(rows, &end, 10);
			/* a fourth field: the station it was imported at */
			if (*end == '\t' && core_station_valid(end + 1) &&
			    (store_station(im->st, self) != 0 || strcasecmp(self, end + 1) != 0))
				snprintf(im->seen_before.station, sizeof im->seen_before.station,
				    "%s", end + 1);
		}
		snprintf(im->seen_before.user, sizeof im->seen_before.user, "%s", user);
	}
	im->seen_before.when = when;
	if (im->seen_before.user[0] == '\0')
		strcpy(im->seen_before.user, "?");
	free(v);
	return 1;
}

/* Whether the file's content (its rows' values, not its bytes) was
 * imported as this kind before (write_rows, once every row is read, none
 * of them bad): 1 and im->seen_before filled if so, and no
 * --allow-repeats; else 0; or a store code. */
static int
content_seen(struct import *im, struct store_txn *t)
{
	if (im->allow_repeats || im->content[0] == '\0' || im->nrows == 0)
		return 0;
	return file_seen(im, t, 1);
}

/* Notes the file, by its bytes and by its content, as imported now by the
 * store's user (write_rows, once every row is written).  Returns 0,
 * IMPORT_FILE_SEEN (imported before, and no --allow-repeats), or a store
 * code. */
static int
file_note(struct import *im, struct store_txn *t)
{
	char key[160], val[160];
	int rc;

	if (im->digest[0] == '\0' || im->nrows == 0)
		return 0;
	if (!im->allow_repeats && (rc = file_seen(im, t, 0)) != 0)
		return rc < 0 ? rc : IMPORT_FILE_SEEN;
	snprintf(val, sizeof val, "%lld\t%s\t%zu", (long long)time(NULL),
	    store_user(im->st), im->nrows);
	file_key(im, 0, key, sizeof key);
	if ((rc = store_setting_set(t, key, val, strlen(val))) != 0 || im->content[0] == '\0')
		return rc;
	file_key(im, 1, key, sizeof key);
	return store_setting_set(t, key, val, strlen(val));
}

/* Says that the file was imported before (im->seen_before): its bytes, or
 * (content) its content though not its bytes. */
static void
seen_error(const struct import *im, const char *kname, int content)
{
	char when[48];
	/* The login is from the database: nothing of it raw on the terminal. */
	char *user = loc_text_sanitize(im->seen_before.user);
	const char *path = im->again_path != NULL ? im->again_path : im->file;

	if (im->again_kind != NULL)
		kname = im->again_kind;
	tui_fmt_when(im->seen_before.when, TUI_WHEN_ASCII, when, sizeof when);
	if (im->seen_before.station[0] != '\0')	/* at another station */
		cli_error(content ?
		    _("%s: the same content (the same rows with the same values) was imported at station %s on %s by %s (rows: %zu), and its records reach here by sync; the file may have been saved again by a spreadsheet program. Nothing was imported. To import it all the same: hamyar import %s %s --allow-repeats") :
		    _("%s: this file, with the same content, was imported at station %s on %s by %s (rows: %zu), and its records reach here by sync; nothing was imported. To import it again all the same: hamyar import %s %s --allow-repeats"),
		    im->file, im->seen_before.station, when, user != NULL ? user : "?",
		    im->seen_before.rows, kname, path);
	else
		cli_error(content ?
		    _("%s: the same content (the same rows with the same values) was imported on %s by %s (rows: %zu); the file may have been saved again by a spreadsheet program. Nothing was imported. To import it all the same: hamyar import %s %s --allow-repeats") :
		    _("%s: this file, with the same content, was imported on %s by %s (rows: %zu); nothing was imported. To import it again all the same: hamyar import %s %s --allow-repeats"),
		    im->file, when, user != NULL ? user : "?", im->seen_before.rows, kname, path);
	free(user);
}

static int
write_rows(struct store_txn *t, void *ctx)
{
	struct import *im = ctx;
	struct store_meta meta;
	const struct store_why *wy;
	struct row w;
	char reason[512];
	size_t i, total;
	char old_mobile[64], old_group[CORE_ID_MAX];
	char old_twin[1200], old_county[64];
	int rc, more, bad, exists, nat, old_status, reopens, open_end;

	/* store_write may run this again from the start. */
	store_txn_bulk(t);
	/* the file counts as a whole: a row may take a national id that a
	 * later row gives up (two swapped back), see dup_settled */
	if ((rc = store_txn_defer_unique(t)) != 0)
		return rc;
	sums_reset(&im->sums);
	im->created = im->updated = im->unchanged = 0;
	im->wbad = 0;
	im->nauto = 0;
	twins_reset(im);
	repeat_reset(im);
	msgs_free(&im->wmsgs);
	/* Every row is tried even once a bad one is known (nothing is kept
	 * then), so that the report names every problem of the file. */
	for (i = 0; (more = next_row(im, i, &w, &bad, &total)) == 1; i++) {
		if ((rc = sums_settle(im, t)) != 0)
			return rc;
		nat = w.nat != NULL ? natref_resolve(im, t, &w) : 0;
		if (nat < 0)
			return nat;
		if (w.bad) {
			if ((rc = check_refs(im, t, &w)) < 0)
				return rc;
			continue;	/* counted by the reader */
		}
		if (nat) {
			im->wbad++;	/* said by natref_resolve */
			continue;
		}
		if (!w.had_id)
			core_record_unset(w.rec, 0);	/* a re-run: assign again */
		rc = STORE_ENOTFOUND;
		if (w.had_id)
			rc = store_exists(t, im->s->kind, core_record_text(w.rec, 0), &meta);
		if (rc != 0 && rc != STORE_ENOTFOUND)
			return rc;
		exists = rc == 0;
		if (!w.had_id && (rc = repeat_check(im, t, &w)) != 0) {
			if (rc < 0)
				return rc;
			im->wbad++;
			continue;
		}
		if (exists && w.later && (rc = merge_absent(im, t, &w)) != 0)
			return rc;
		if (exists && (rc = keep_zeros(im, t, &w)) != 0)
			return rc;
		rc = 0;
		if ((im->s->kind == CORE_PAYMENT || im->s->kind == CORE_PLEDGE) &&
		    (rc = sums_before(im, t, &w, exists)) != 0)
			return rc;
		if (w.later || im->s->kind == CORE_PAYMENT || im->s->kind == CORE_PLEDGE)
			rc = check_row(im, t, &w, w.later);
		if (rc != 0) {
			if (rc < 0)
				return rc;
			im->wbad++;
			continue;
		}
		store_unique_tag(t, w.line);
		if ((rc = stage_done_fill(t, im, &w, exists)) != 0)
			return rc;
		if ((rc = stage_check(im, t, &w, &reopens)) != 0)
			return rc;
		if ((rc = stage_open_end_check(t, im, &w, exists, &open_end)) != 0)
			return rc;
		old_status = -1;
		old_county[0] = '\0';
		if ((rc = honour_check(im, t, &w, exists)) != 0)
			return rc;
		if ((rc = unit_check(im, t, &w, exists)) != 0)
			return rc;
		if (exists && im->s->kind == CORE_DONOR &&
		    (rc = stored_donor(t, core_record_text(w.rec, 0), old_mobile,
		    sizeof old_mobile, old_group, sizeof old_group, old_twin,
		    sizeof old_twin)) != 0)
			return rc;
		if ((rc = group_check(im, t, &w, exists ? old_group : NULL)) != 0)
			return rc;
		if (exists && im->s->kind == CORE_NEED &&
		    (rc = stored_need_status(t, core_record_text(w.rec, 0), &old_status)) != 0)
			return rc;
		if ((rc = need_category_check(im, t, &w, exists)) != 0)
			return rc;
		if (exists && (im->s->kind == CORE_GROUP || im->s->kind == CORE_UNIT) &&
		    (rc = stored_group_key(t, im->s->kind, core_record_text(w.rec, 0), old_twin,
		    sizeof old_twin, old_county, sizeof old_county)) != 0)
			return rc;
		if (exists && im->s->kind == CORE_NEED &&
		    (rc = stored_need_county(t, core_record_text(w.rec, 0), old_county,
		    sizeof old_county)) != 0)
			return rc;
		if (exists) {
			rc = store_update(t, w.rec, meta.rev);
			/* counted below: changed, or as it was */
		} else {
			rc = store_put_new(t, w.rec, NULL);
			if (rc == 0)
				im->created++;
			if (rc == 0 && !w.had_id && (rc = note_auto(im, &w)) != 0)
				return rc;
		}
		if (rc == STORE_EEXIST && !exists) {
			/* ids are unique across kinds: store_put_new */
			char kb[64];

			wy = store_txn_why(t);
			snprintf(reason, sizeof reason, _("%s is the id of a record of another kind (%s)"),
			    wy->id, cli_label_mid(core_schema_get(wy->kind)->label, kb, sizeof kb));
			row_msg(im, &im->wmsgs, w.line, 0, reason, 0);
			im->wbad++;
			continue;
		}
		if (rc == STORE_EDUP || rc == STORE_EREF) {
			wy = store_txn_why(t);
			if (rc == STORE_EDUP)
				dup_reason(im, wy->id, reason, sizeof reason);
			else {
				char *m = missing_reason(im, t, wy->field, wy->id);

				snprintf(reason, sizeof reason, "%s", m != NULL ? m : wy->id);
				free(m);
			}
			row_msg(im, &im->wmsgs, w.line, wy->field, reason, 0);
			im->wbad++;
			continue;
		}
		if (rc == STORE_EACCES) {
			/* Another county's record, for a clerk, or a need's
			 * status step his role may not take (named by its
			 * column): this row's fault. */
			const struct core_access *a = store_users_refusal(im->st);
			const char *msg = reason;

			if (a != NULL && a->why == CORE_ACCESS_FOREIGN)
				/* a reference to a record he may not read
				 * (store/users.c foreign_ref), by its column
				 * (which names the field) and the id only */
				snprintf(reason, sizeof reason,
				    _("%s is a record of another county; a county clerk works with his own county's records only."),
				    a->ref);
			else
				msg = why(im->st, rc, reason, sizeof reason);
			row_msg(im, &im->wmsgs, w.line, refused_field(im->s->kind, a), msg, 0);
			im->wbad++;
			continue;
		}
		if (rc != 0)
			return rc;
		if (county_check(im, &w)) {
			im->wbad++;
			continue;
		}
		if (exists && (rc = done_check(im, t, &w, old_status)) != 0)
			return rc;
		if (reopens)
			stage_warn(im, &w);
		if (open_end)
			stage_open_end_warn(im, &w);
		if (w.deleted != 1 &&
		    (rc = mobile_warn(im, t, &w, exists ? old_mobile : NULL)) != 0)
			return rc;
		if (w.deleted != 1 &&
		    (rc = twin_warn(im, t, &w, exists ? old_twin : NULL)) != 0)
			return rc;
		if (w.deleted != 1)
			name_no_letter_warn(im, &w);
		if (exists && (rc = county_move_warn(im, t, &w, old_county)) != 0)
			return rc;
		if (exists && w.deleted != 1)
			need_move_warn(im, &w, old_county);
		if (exists && !meta.deleted &&
		    (rc = deact_stages_warn(im, t, &w, old_status)) != 0)
			return rc;
		if (w.deleted >= 0 && (rc = mark_deleted(im, t, &w)) != 0) {
			if (rc != STORE_EACCES)
				return rc;
			row_msg(im, &im->wmsgs, w.line, -1, why(im->st, rc, reason, sizeof reason), 0);
			im->wbad++;
			continue;
		}
		if (w.had_id && (rc = repeat_note_written(im, core_record_text(w.rec, 0))) != 0)
			return rc;
		if (exists) {
			/* a row that gives a record as it is (an export
			 * imported back) writes nothing: not "updated" */
			struct store_meta now;

			if ((rc = store_exists(t, im->s->kind, core_record_text(w.rec, 0), &now)) != 0)
				return rc;
			if (now.rev != meta.rev)
				im->updated++;
			else
				im->unchanged++;
		}
		if ((i + 1) % 1000 == 0)
			progress_rows(im, i + 1, total);
	}
	if (more < 0)
		return IMPORT_READER;
	/* The same content imported before: said alone, in place of what
	 * the rows found (they repeat records, or name ones deleted since) */
	if (!bad && (rc = content_seen(im, t)) != 0)
		return rc < 0 ? rc : IMPORT_CONTENT_SEEN;
	if ((rc = store_unique_settle(t, dup_settled, im)) != 0)
		return rc;
	if (bad || im->wbad)
		return IMPORT_ROWS_BAD;
	if (im->dry_run)
		return IMPORT_DRY;
	return file_note(im, t);
}

/* A big import is one write transaction; if the map fills up midway the
 * store grows it and runs the whole write again, more than once for a large
 * file.  So the map is made big enough first: what the database holds now
 * plus about 24 bytes of map per byte of CSV (records, indexes, change log,
 * audit log, history; 100,000 donors take ~87 MB from a 6 MB file), unless
 * HAMYAR_MAP_INIT says otherwise. */
static void
presize_map(const struct hamyar_opts *o, const char *file)
{
	struct stat sf, sd;
	char path[4200], num[32];
	const char *db = cli_db_path(o);
	unsigned long long want;

	if (getenv("HAMYAR_MAP_INIT") != NULL || db == NULL || stat(file, &sf) != 0 ||
	    !S_ISREG(sf.st_mode))
		return;
	snprintf(path, sizeof path, "%s/data.mdb", db);
	want = (unsigned long long)sf.st_size * 24 + (32ull << 20);
	if (stat(path, &sd) == 0)
		want += (unsigned long long)sd.st_size;
	if (sizeof(void *) < 8 && want > (512ull << 20))
		want = 512ull << 20;
	snprintf(num, sizeof num, "%llu", want);
	setenv("HAMYAR_MAP_INIT", num, 0);
}

/* The policy of an auditor's dry run (import_check_only): the rows are
 * written as anyone's would be, to meet the store's own checks (a national
 * id held, a record referred to), in a transaction never committed
 * (write_rows_uncommitted); settings, which no dry run writes, stay
 * refused.  Who may import the rows is not judged: the auditor does not
 * import them. */
static int
check_only_policy(void *ctx, struct store_txn *t, enum store_action act,
    const struct core_record *old, const struct core_record *new_rec, const char *setting)
{
	(void)ctx;
	(void)t;
	(void)old;
	(void)new_rec;
	(void)setting;
	return act == STORE_ACT_SETTING ? STORE_EACCES : 0;
}

/* write_rows for an auditor's dry run: whatever the rows give, never 0, so
 * store_write never commits. */
static int
write_rows_uncommitted(struct store_txn *t, void *arg)
{
	int rc = write_rows(t, arg);

	return rc == 0 ? IMPORT_DRY : rc;
}

/* An auditor (SPEC §11: read-only) may check a file with --dry-run, as a
 * station's spreadsheet is checked before a clerk imports it: nothing is
 * written.  Without --dry-run he is refused before a row is read, told
 * that --dry-run checks the file.  Returns 1 if st is an auditor's store
 * made ready for a dry run (check_only_policy); 0 if st is not an
 * auditor's; -1 after refusing him. */
static int
import_check_only(struct store *st, const struct import *im, const char *kname, const char *file)
{
	const struct store_identity *id = store_users_identity(st);
	struct core_access acc;
	char msg[512];

	if (id == NULL || id->actor.role != CORE_ROLE_AUDITOR)
		return 0;
	if (!im->dry_run) {
		memset(&acc, 0, sizeof acc);
		acc.action = CORE_ACCESS_CREATE;
		acc.why = CORE_ACCESS_READONLY;
		acc.roles_ok = (1u << CORE_ROLE_ADMIN) | (1u << CORE_ROLE_HQ) |
		    (1u << CORE_ROLE_SUPERVISOR) | (1u << CORE_ROLE_CLERK);
		cli_error("%s", tui_access_message(&acc, msg, sizeof msg));
		cli_error(_("'hamyar import %s %s --dry-run' checks the file without writing anything; nothing was imported"),
		    kname, file);
		return -1;
	}
	if (store_policy_set(st, check_only_policy, NULL, NULL) != 0)
		return -1;
	return 1;
}

/* Opens file (or stdin for "-") for an import of kind k into im (zeroed
 * by the caller) and checks that it is CSV before a row is read.  Returns
 * EXIT_OK, or an EXIT_* code after saying why (the file is then closed;
 * import_free is still called). */
static int
import_open(struct import *im, enum core_kind k, const char *file)
{
	size_t i;
	int rc;

	im->s = core_schema_get(k);
	im->file = file;
	im->vopts.county_find = county_find;
	im->vopts.arg = im;
	for (i = 0; i < sizeof im->col_field / sizeof im->col_field[0]; i++)
		im->col_field[i] = -1;
	pthread_mutex_init(&im->mu, NULL);
	pthread_cond_init(&im->cv, NULL);
	if (strcmp(file, "-") == 0) {
		im->in = stdin;
	} else if ((im->in = fopen(file, "rb")) == NULL) {
		cli_error(_("cannot open %s: %s"), file, tui_errno_text(errno));
		return EXIT_SYSTEM;
	}
	{
		struct stat sf;

		if (fstat(fileno(im->in), &sf) == 0 && S_ISREG(sf.st_mode))
			im->size = sf.st_size;
		/* "import donors ~/sheets": fopen takes a folder, and its
		 * reading fails as a disk error would; say what it is, as
		 * backup does */
		if (fstat(fileno(im->in), &sf) == 0 && S_ISDIR(sf.st_mode)) {
			cli_error(_("cannot open %s: %s"), file, tui_errno_text(EISDIR));
			goto closed;
		}
	}
	if ((rc = file_digest(im)) != 0 || (rc = content_start(im)) != 0) {
		if (rc < 0)
			rc = ENOMEM;
		cli_error(_("cannot read %s: %s"), file, tui_errno_text(rc));
		goto closed;
	}
	if ((rc = not_csv(im)) != 0) {
		if (rc == 1)
			cli_error(_("%s is a spreadsheet workbook (.xlsx, .xls or .ods) or another file that is not text, not a CSV file: open it in the spreadsheet program, save it as \"CSV UTF-8\" and import that file; nothing was imported"), file);
		else
			cli_error(_("%s is JSON, not CSV: import reads CSV files only; export the records as CSV (without --format json) and import that file; nothing was imported"), file);
		if (im->in != stdin)
			fclose(im->in);
		im->in = NULL;
		return EXIT_INVALID;
	}
	return EXIT_OK;
closed:
	if (im->in != stdin)
		fclose(im->in);
	im->in = NULL;
	return EXIT_SYSTEM;
}

/* Frees what import_open and the import made, and closes the file. */
static void
import_free(struct import *im)
{
	size_t i;

	if (im->in != NULL && im->in != stdin)
		fclose(im->in);
	im->in = NULL;
	msgs_free(&im->rmsgs);
	msgs_free(&im->wmsgs);
	for (i = 0; i < im->nrows; i++) {
		core_record_free(im->rows[i].rec);
		natref_free(im->rows[i].nat);
	}
	natref_free(im->nk.rnat);
	natdup_free(&im->nk);
	free(im->rows);
	free(im->auto_line);
	twins_reset(im);
	free(im->twins);
	free(im->seen);
	free(im->rep);
	free(im->written);
	sums_reset(&im->sums);
	for (i = 0; i < sizeof im->county_key / sizeof im->county_key[0]; i++)
		free(im->county_key[i]);
	for (i = 0; i < sizeof im->col_head / sizeof im->col_head[0]; i++)
		free(im->col_head[i]);
	titles_free(im);
	pthread_cond_destroy(&im->cv);
	pthread_mutex_destroy(&im->mu);
}

/* The file imported before, byte for byte (file_seen), unless
 * --allow-repeats: refused before a row is read.  Returns EXIT_OK or an
 * EXIT_* code after saying why. */
static int
import_seen_before(struct import *im, struct store *st, const char *kname)
{
	struct store_txn *t;
	int rc;

	if (im->allow_repeats)
		return EXIT_OK;
	if ((rc = store_read_begin(st, &t)) == 0) {
		rc = file_seen(im, t, 0);
		store_read_end(t);
	}
	if (rc < 0) {
		import_failed(st, rc);
		return exit_for(rc);
	}
	if (rc == 1) {
		seen_error(im, kname, 0);
		return EXIT_INVALID;
	}
	return EXIT_OK;
}

/* Says what came of the import of one file, whose write gave rc (write_rows'
 * result, or store_write's): its rows' messages in line order, then the
 * outcome.  With all set (import all), a file whose rows are all good is
 * said so, the others' outcome being said after every file's.  Returns
 * the file's EXIT_* code. */
static int
import_report(struct import *im, struct store *st, int rc, const char *kname, int check_only,
    int all)
{
	const char *file = im->file;
	int ret = EXIT_OK, mem_lost;

	/* A reading that stopped (a malformed file, no memory) stops the
	 * writer where it was: only the file's own problems are reported. */
	if (im->fatal) {
		msgs_free(&im->wmsgs);
		im->wbad = 0;
	}
	/* Content imported before: that alone is said (no row's error nor
	 * warning with it). */
	if (rc == IMPORT_CONTENT_SEEN && !im->fatal) {
		msgs_free(&im->rmsgs);
		msgs_free(&im->wmsgs);
	}
	mem_lost = im->rmsgs.oom || im->wmsgs.oom;
	progress_end();		/* the messages start on a line of their own */
	msgs_print(im);
	if (mem_lost) {
		im->rmsgs.oom = 1;	/* msgs_print cleared it */
	}
	if (im->read_rc == TUI_CSV_EPARSE || im->read_rc == TUI_CSV_EQUOTE ||
	    im->read_rc == TUI_CSV_ENUL) {
		if (im->read_rc == TUI_CSV_ENUL)
			cli_error(_("%s: line %zu: a zero byte (NUL), which a text file does not have: the file is not UTF-8 text (a \"Unicode text\" file is UTF-16); save it as \"CSV UTF-8\" and import it again"),
			    file, im->err_line);
		else {
			/* the column as the other errors name it: by its
			 * header cell as the file has it, once the header is
			 * read (a quote in the header itself: its number) */
			const char *head = im->header_done && im->err_col >= 1 &&
			    im->err_col <= im->ncols && im->err_col <= 64 ?
			    im->col_head[im->err_col - 1] : NULL;

			if (im->read_rc == TUI_CSV_EPARSE && head != NULL)
				cli_error(_("%s: line %zu, column %zu (%s): malformed CSV (a quote not closed?)"),
				    file, im->err_line, im->err_col, head);
			else if (im->read_rc == TUI_CSV_EPARSE)
				cli_error(_("%s: line %zu, column %zu: malformed CSV (a quote not closed?)"),
				    file, im->err_line, im->err_col);
			else if (head != NULL)
				cli_error(_("%s: line %zu, column %zu (%s): a quote (\") out of place; a cell with a quote in it is written between quotes, its quote doubled: \"ab\"\"c\""),
				    file, im->err_line, im->err_col, head);
			else
				cli_error(_("%s: line %zu, column %zu: a quote (\") out of place; a cell with a quote in it is written between quotes, its quote doubled: \"ab\"\"c\""),
				    file, im->err_line, im->err_col);
		}
		cli_error("%s", _("the file cannot be read as it is; nothing was imported"));
		ret = EXIT_INVALID;
	} else if (im->read_rc == TUI_CSV_EIO) {
		cli_error(_("cannot read %s"), file);
		ret = EXIT_SYSTEM;
	} else if (im->read_rc == TUI_CSV_ENOMEM || im->fatal == EXIT_SYSTEM ||
	    im->rmsgs.oom || im->wmsgs.oom || (rc == IMPORT_ROWS_BAD && mem_lost)) {
		cli_error(_("import failed, nothing was written: %s"), tui_store_strerror(STORE_ENOMEM));
		ret = EXIT_SYSTEM;
	} else if (im->fatal == -1 && im->nhead == 0) {
		/* not a file of empty lines: nothing at all (a copy that
		 * failed, a sheet saved before it was filled) */
		cli_error(_("%s is empty (0 bytes): no header row, no rows; nothing was imported"), file);
		ret = EXIT_INVALID;
	} else if (im->fatal == -1) {
		cli_error(_("%s: no header row"), file);
		ret = EXIT_INVALID;
	} else if (im->fatal) {
		/* the file's problems are said above (its header, its
		 * encoding): say what came of it, as for bad rows */
		cli_error("%s", _("the file cannot be read as it is; nothing was imported"));
		ret = im->fatal;
	} else if (rc == IMPORT_READER) {
		cli_error(_("import failed, nothing was written: %s"), tui_store_strerror(STORE_EIO));
		ret = EXIT_SYSTEM;
	} else if (rc == IMPORT_CONTENT_SEEN) {
		seen_error(im, kname, 1);
		ret = EXIT_INVALID;
	} else if (rc == IMPORT_ROWS_BAD) {
		if (all)
			cli_error(_("%s: rows with errors: %d"), file, im->bad + im->wbad);
		else
			cli_error(_("rows with errors: %d; nothing was imported"), im->bad + im->wbad);
		if (im->repeats > 0 && im->again_path != NULL)
			cli_error(_("rows that repeat records already in the database: %zu; if they are really new records, import them all the same: hamyar import all %s --allow-repeats"),
			    im->repeats, im->again_path);
		else if (im->repeats > 0)
			cli_error(_("rows that repeat records already in the database: %zu; if they are really new records, import the file with --allow-repeats"),
			    im->repeats);
		ret = EXIT_INVALID;
	} else if (rc == IMPORT_FILE_SEEN) {
		/* imported by another process since the check above */
		seen_error(im, kname, 0);
		ret = EXIT_INVALID;
	} else if (all && (rc == 0 || rc == IMPORT_DRY)) {
		/* said by import_all once every file is known */
	} else if (rc == IMPORT_DRY) {
		/* what the import would do, as its summary says it: a sheet
		 * checked before it goes in says which rows would make new
		 * records (its ids lost in a spreadsheet, say) */
		cli_printf(stdout, cli_person_digits(st), _("rows that are good: %zu (new: %zu, updated: %zu, unchanged: %zu; dry run: nothing written)\n"),
		    im->nrows, im->created, im->updated, im->unchanged);
		if (check_only)
			printf("%s\n", _("Checked by an auditor: whether the one who imports the file may write in its counties is judged when he imports it."));
	} else if (rc != 0) {
		import_failed(st, rc);
		ret = exit_for(rc);
	} else {
		progress(im->nrows, im->nrows);
		cli_printf(stdout, cli_person_digits(st), _("rows imported: %zu (new: %zu, updated: %zu, unchanged: %zu)\n"), im->nrows,
		    im->created, im->updated, im->unchanged);
	}
	return ret;
}

/* Reads the flags of import; the rest of argv (KIND FILE) into *kname and
 * *file.  Returns 0, or -1 for a usage error. */
static int
import_args(int argc, char **argv, struct import *im, const char **kname, const char **file)
{
	int i;

	*kname = *file = NULL;
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--dry-run") == 0)
			im->dry_run = 1;
		else if (strcmp(argv[i], "--allow-repeats") == 0)
			im->allow_repeats = 1;
		else if (*kname == NULL)
			*kname = argv[i];
		else if (*file == NULL)
			*file = argv[i];
		else
			return -1;
	}
	return *kname == NULL || *file == NULL ? -1 : 0;
}

static int import_all(const char *dir, const struct import *flags, const struct hamyar_opts *o);

int
verb_import(int argc, char **argv, const struct hamyar_opts *o)
{
	struct import im;
	struct store *st = NULL;
	const char *file = NULL, *kname = NULL;
	pthread_t th;
	int k, rc, ret = EXIT_OK, started = 0, check_only = 0;

	memset(&im, 0, sizeof im);
	import_db = cli_db_path(o);
	if (import_args(argc, argv, &im, &kname, &file) != 0) {
		cli_error("%s", _("usage: hamyar import KIND FILE.csv | all DIR [--dry-run] [--allow-repeats]"));
		return EXIT_USAGE;
	}
	if (strcmp(kname, "all") == 0)
		return import_all(file, &im, o);
	k = core_kind_from_name(kname);
	if (k < 0 || !importable(k)) {
		cli_error(_("cannot import '%s': give donors, groups, units, needs, pledges, payments, stages, recognitions or all"), kname);
		return EXIT_USAGE;
	}
	if ((ret = import_open(&im, (enum core_kind)k, file)) != EXIT_OK)
		goto out;
	presize_map(o, file);
	if ((ret = tui_identity_open_verb(o, im.dry_run ? TUI_OPEN_UNCOMMITTED : 0, &st)) != 0)
		goto out;
	if ((check_only = import_check_only(st, &im, kname, file)) < 0) {
		ret = EXIT_INVALID;
		goto out;
	}
	im.st = st;
	/* The catalogs build their lookup tables on first use: do it here,
	 * before two threads look things up. */
	(void)loc_gettext_lang("fa", "Id");
	(void)loc_gettext_lang("en", "Id");
	if ((ret = import_seen_before(&im, st, kname)) != EXIT_OK)
		goto out;
	if (pthread_create(&th, NULL, reader, &im) != 0) {
		cli_error(_("cannot start a thread: %s"), tui_errno_text(errno));
		ret = EXIT_SYSTEM;
		goto out;
	}
	started = 1;
	rc = store_write(st, check_only ? write_rows_uncommitted : write_rows, &im);
	pthread_join(th, NULL);
	started = 0;
	ret = import_report(&im, st, rc, kname, check_only, 0);
out:
	if (started)
		pthread_join(th, NULL);
	store_close(st);
	import_free(&im);
	return ret;
}

/* ---- import all ----
 *
 * The files of an `export all --out DIR` (DIR/groups.csv ...), each
 * imported as its kind in the order that lets every reference find its
 * record: groups and units (which refer to nothing imported), donors (a
 * donor's group), needs (a need's unit), pledges (a donor, a need), then
 * the pledges' payments, the needs' stages and the ceremonies
 * (recognitions, which name donors).  All of them in ONE write
 * transaction (store_write, write_all): every file's rows are checked,
 * each file against the records of the files before it as written so
 * far, and a bad row anywhere, in any file, leaves the transaction
 * uncommitted, so nothing of any file is written; every bad row of every
 * file is still found and reported, by file, line, column and reason.
 * A file the folder lacks is passed over with a note; a folder without
 * any is refused. */

static const enum core_kind import_order[] = {
	CORE_GROUP, CORE_UNIT, CORE_DONOR, CORE_NEED, CORE_PLEDGE, CORE_PAYMENT,
	CORE_STAGE, CORE_RECOGNITION
};
#define NORDER (sizeof import_order / sizeof import_order[0])

struct import_all {
	struct import im[NORDER];
	char path[NORDER][4200];
	int present[NORDER];		/* the file is in the folder */
	int started[NORDER];		/* its reader thread was started */
	int joined[NORDER];
	pthread_t th[NORDER];
	int res[NORDER];		/* write_rows' result for the file */
	int check_only;
};

/* store_write fn of import all: each file's rows in import_order (a
 * file's reader is started when its turn first comes; store_write may run
 * this again from the start, the rows read then kept).  Returns 0 if every
 * file is good (the whole is committed), IMPORT_DRY for a dry run,
 * IMPORT_ROWS_BAD if any file is not, or a negative store code. */
static int
write_all(struct store_txn *t, void *ctx)
{
	struct import_all *a = ctx;
	size_t i;
	int rc, bad = 0;

	for (i = 0; i < NORDER; i++) {
		struct import *im = &a->im[i];

		a->res[i] = 0;
		if (!a->present[i])
			continue;
		if (!a->started[i]) {
			if (pthread_create(&a->th[i], NULL, reader, im) != 0)
				return STORE_ENOMEM;
			a->started[i] = 1;
		}
		rc = write_rows(t, im);
		if (!a->joined[i]) {
			pthread_join(a->th[i], NULL);
			a->joined[i] = 1;
		}
		if (rc < 0)
			return rc;
		a->res[i] = rc;
		if (rc != 0 && rc != IMPORT_DRY)
			bad = 1;
	}
	if (bad)
		return IMPORT_ROWS_BAD;
	if (a->check_only || a->im[0].dry_run)
		return IMPORT_DRY;
	return 0;
}

static int
name_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Says each CSV file of dir that import all does not read (a name other
 * than a kind's: "donor.csv", "Donors.csv", "خیرین.csv"), in name order.
 * Passed over in silence, such a file's rows were not imported while the
 * administrator took the folder for imported.  Returns how many, or -1
 * out of memory. */
static int
import_all_strays(const char *dir)
{
	DIR *d;
	struct dirent *e;
	char **v = NULL, **nv, path[4200];
	size_t n = 0, cap = 0, i, k, len;
	int bad = 0;

	if ((d = opendir(dir)) == NULL)
		return 0;	/* the files' own opens say why */
	while ((e = readdir(d)) != NULL) {
		len = strlen(e->d_name);
		if (e->d_name[0] == '.' || len < 5 || strcasecmp(e->d_name + len - 4, ".csv") != 0)
			continue;
		for (k = 0; k < NORDER; k++) {
			char want[64];

			snprintf(want, sizeof want, "%s.csv", core_schema_get(import_order[k])->plural);
			if (strcmp(e->d_name, want) == 0)
				break;
		}
		if (k < NORDER)
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 8;
			if ((nv = realloc(v, cap * sizeof *v)) == NULL) {
				bad = -1;
				break;
			}
			v = nv;
		}
		if ((v[n] = strdup(e->d_name)) == NULL) {
			bad = -1;
			break;
		}
		n++;
	}
	closedir(d);
	if (n > 0)
		qsort(v, n, sizeof *v, name_cmp);
	for (i = 0; i < n; i++) {
		cli_path_join(path, sizeof path, dir, v[i]);
		if (bad >= 0)
			fprintf(stderr, _("%s: not read: import all takes only the files export all writes, each named by its kind (donors.csv, groups.csv ...); rename it so, import it alone (hamyar import KIND FILE), or move it out of the folder\n"),
			    path);
		free(v[i]);
	}
	free(v);
	return bad < 0 ? -1 : (int)n;
}

static int
import_all(const char *dir, const struct import *flags, const struct hamyar_opts *o)
{
	struct import_all *a;
	struct store *st = NULL;
	struct stat sd;
	size_t i, j, nfiles = 0, rows = 0, created = 0, updated = 0, unchanged = 0;
	int rc, ret = EXIT_OK, e, nbad = 0, dry = flags->dry_run;

	if (strcmp(dir, "-") == 0 || stat(dir, &sd) != 0 || !S_ISDIR(sd.st_mode)) {
		cli_error(_("import all reads the folder an 'export all --out DIR' wrote (DIR/donors.csv ...); %s is not a folder"),
		    dir);
		return EXIT_USAGE;
	}
	if ((e = import_all_strays(dir)) != 0) {
		if (e < 0)
			cli_error(_("import failed, nothing was written: %s"), tui_store_strerror(STORE_ENOMEM));
		else
			cli_error("%s", _("nothing was imported from any file"));
		return e < 0 ? EXIT_SYSTEM : EXIT_INVALID;
	}
	if ((a = calloc(1, sizeof *a)) == NULL) {
		cli_error(_("import failed, nothing was written: %s"), tui_store_strerror(STORE_ENOMEM));
		return EXIT_SYSTEM;
	}
	for (i = 0; i < NORDER; i++) {
		const struct core_schema *s = core_schema_get(import_order[i]);
		struct import *im = &a->im[i];
		char name[64];

		snprintf(name, sizeof name, "%s.csv", s->plural);
		cli_path_join(a->path[i], sizeof a->path[i], dir, name);
		im->dry_run = flags->dry_run;
		im->allow_repeats = flags->allow_repeats;
		im->again_kind = "all";		/* advised again as it was run */
		im->again_path = dir;
		if (stat(a->path[i], &sd) != 0 && errno == ENOENT) {
			/* pthread objects of a file not opened: made for
			 * import_free all the same */
			pthread_mutex_init(&im->mu, NULL);
			pthread_cond_init(&im->cv, NULL);
			fprintf(stderr, _("%s: no such file; passed over\n"), a->path[i]);
			continue;
		}
		if ((e = import_open(im, import_order[i], a->path[i])) != EXIT_OK) {
			ret = e;
			continue;	/* the others are still checked */
		}
		a->present[i] = 1;
		for (j = 0; j < i; j++)
			if (a->present[j])
				im->all_kinds |= 1u << import_order[j];
		nfiles++;
		presize_map(o, a->path[i]);
	}
	/* the payments' checks look up the pledges file's ids (written
	 * before them: import_order) */
	for (i = 0; i < NORDER; i++)
		for (j = 0; j < NORDER; j++)
			if (import_order[i] == CORE_PAYMENT && import_order[j] == CORE_PLEDGE &&
			    a->present[i] && a->present[j] && j < i)
				a->im[i].pledges = &a->im[j];
	if (ret != EXIT_OK) {
		cli_error("%s", _("nothing was imported from any file"));
		goto out;
	}
	if (nfiles == 0) {
		cli_error(_("%s holds none of the files an 'export all' writes (donors.csv, groups.csv ...); nothing was imported"),
		    dir);
		ret = EXIT_INVALID;
		goto out;
	}
	if ((ret = tui_identity_open_verb(o, dry ? TUI_OPEN_UNCOMMITTED : 0, &st)) != 0)
		goto out;
	if ((a->check_only = import_check_only(st, &a->im[0], "all", dir)) < 0) {
		ret = EXIT_INVALID;
		goto out;
	}
	(void)loc_gettext_lang("fa", "Id");
	(void)loc_gettext_lang("en", "Id");
	for (i = 0; i < NORDER; i++) {
		if (!a->present[i])
			continue;
		a->im[i].st = st;
		if ((e = import_seen_before(&a->im[i], st, core_schema_get(import_order[i])->plural)) != EXIT_OK)
			ret = e;
	}
	if (ret != EXIT_OK) {
		cli_error("%s", _("nothing was imported from any file"));
		goto out;
	}
	rc = store_write(st, write_all, a);
	/* the readers of the files that store_write did not reach (it
	 * stopped on a store error) */
	for (i = 0; i < NORDER; i++)
		if (a->started[i] && !a->joined[i]) {
			pthread_join(a->th[i], NULL);
			a->joined[i] = 1;
		}
	if (rc < 0) {
		for (i = 0; i < NORDER; i++)
			if (a->present[i])
				msgs_print(&a->im[i]);
		import_failed(st, rc);
		ret = exit_for(rc);
		goto out;
	}
	for (i = 0; i < NORDER; i++) {
		if (!a->present[i])
			continue;
		e = import_report(&a->im[i], st, a->res[i], core_schema_get(import_order[i])->plural,
		    a->check_only, 1);
		if (e != EXIT_OK) {
			nbad++;
			if (ret == EXIT_OK || e == EXIT_SYSTEM)
				ret = e;
		}
		rows += a->im[i].nrows;
		created += a->im[i].created;
		updated += a->im[i].updated;
		unchanged += a->im[i].unchanged;
	}
	if (nbad > 0) {
		cli_error(_("files with errors: %d of %zu; nothing was imported from any file"), nbad, nfiles);
	} else if (rc == IMPORT_DRY) {
		for (i = 0; i < NORDER; i++)
			if (a->present[i])
				cli_printf(stdout, cli_person_digits(st), _("%s: rows that are good: %zu (new: %zu, updated: %zu, unchanged: %zu)\n"),
				    a->path[i], a->im[i].nrows, a->im[i].created, a->im[i].updated,
				    a->im[i].unchanged);
		cli_printf(stdout, cli_person_digits(st), _("rows that are good: %zu, in files: %zu (new: %zu, updated: %zu, unchanged: %zu; dry run: nothing written)\n"),
		    rows, nfiles, created, updated, unchanged);
		if (a->check_only)
			printf("%s\n", _("Checked by an auditor: whether the one who imports the file may write in its counties is judged when he imports it."));
	} else if (rc != 0) {
		/* IMPORT_ROWS_BAD with every file's rows good cannot be;
		 * another refusal of the whole */
		import_failed(st, rc);
		ret = exit_for(rc);
	} else {
		for (i = 0; i < NORDER; i++)
			if (a->present[i])
				cli_printf(stdout, cli_person_digits(st), _("%s: rows imported: %zu (new: %zu, updated: %zu, unchanged: %zu)\n"),
				    a->path[i], a->im[i].nrows, a->im[i].created, a->im[i].updated,
				    a->im[i].unchanged);
		cli_printf(stdout, cli_person_digits(st), _("rows imported in one transaction: %zu, from files: %zu (new: %zu, updated: %zu, unchanged: %zu)\n"),
		    rows, nfiles, created, updated, unchanged);
	}
out:
	store_close(st);
	for (i = 0; i < NORDER; i++)
		import_free(&a->im[i]);
	free(a);
	return ret;
}

/* ---- export ---- */

/* Whether field f is exported: every field but the derived ones, and of
 * those a need's county, its unit's (kept with the need for the county
 * index), so that a sheet of needs can be sorted and filtered by county.
 * The import reads that column back as it reads any county column of a
 * needs file: checked against the unit's county, not imported
 * (county_check). */
static int
exported_field(const struct core_field *f)
{
	return !(f->flags & CORE_FF_DERIVED) || f->type == CORE_FT_COUNTY;
}

/* Writes a list value (a set of choices, a list of ids), stored and
 * written in CSV as its items separated by spaces (SPEC §3), as a JSON
 * array of strings, so that a script need not split it: "space
 * equipment" as ["space", "equipment"]. */
static void
json_list(FILE *out, char *val)
{
	char *p = val, end;
	int first = 1;

	fputc('[', out);
	for (;;) {
		size_t n;

		p += strspn(p, " ");
		if ((n = strcspn(p, " ")) == 0)
			break;
		/* the item alone, the buffer given back as it was */
		end = p[n];
		p[n] = '\0';
		if (!first)
			fputs(", ", out);
		tui_json_string(out, p);
		p[n] = end;
		first = 0;
		p += n;
	}
	fputc(']', out);
}

/* A Persian sheet (--headers fa) is Persian throughout, as a county
 * office's clerk reads it under its Persian header: a choice is the
 * Persian label its form shows (شخص حقیقی, شناسایی‌شده), a county its
 * Persian name (میانه), a yes/no field بله or خیر as the form shows it,
 * and a list's items are separated by «، », as the labels have spaces of
 * their own (a ceremony's ids too, one rule for a sheet's lists).  Ids,
 * dates and numbers stay as they are, in ASCII digits: a spreadsheet
 * reads a cell of ASCII digits as a number it sorts and sums, one of
 * Persian digits as text.  The import reads all of it back (enum_find,
 * core_check_county, core_bool_parse, core_list_sep), so such a sheet
 * imports into the records it came from. */
#define FA_LIST_SEP "\u060C "

/* The Persian name of county code, or code if the table has none. */
static const char *
county_fa(const char *code)
{
	const struct core_county *c;

	for (c = core_counties_seed; c->code != NULL; c++)
		if (strcmp(c->code, code) == 0)
			return c->name_fa != NULL ? c->name_fa : code;
	return code;
}

/* The cell of field fd of r (set; val, its value as core_value_format
 * writes it) in a Persian sheet: a static string, val itself, or *own,
 * which the caller frees.  NULL for want of memory. */
static const char *
fa_cell(const struct core_field *fd, const struct core_value *v, const char *val, char **own)
{
	struct loc_strbuf b = { 0 };
	const char *l;
	int i, n;

	*own = NULL;
	switch (fd->type) {
	case CORE_FT_ENUM:
		l = core_choice_label(fd, (int)v->num);
		return l != NULL ? loc_gettext_lang("fa", l) : val;
	case CORE_FT_BOOL:
		return loc_gettext_lang("fa", v->num ? "Yes" : "No");
	case CORE_FT_COUNTY:
		return county_fa(val);
	case CORE_FT_SET:
		n = core_choice_count(fd);
		for (i = 0; i < n && i < 63; i++) {
			if (!(v->num & ((int64_t)1 << i)))
				continue;
			if (b.len > 0)
				loc_strbuf_str(&b, FA_LIST_SEP);
			l = core_choice_label(fd, i);
			loc_strbuf_str(&b, l != NULL ? loc_gettext_lang("fa", l) : fd->choices[i]);
		}
		break;
	case CORE_FT_REFS:
		for (l = val; *l != '\0'; ) {
			size_t k = strcspn(l, " ");

			if (k > 0) {
				if (b.len > 0)
					loc_strbuf_str(&b, FA_LIST_SEP);
				loc_strbuf_add(&b, l, k);
			}
			l += k;
			l += strspn(l, " ");
		}
		break;
	default:
		return val;
	}
	if (b.len == 0 && !b.failed)
		return val;	/* nothing in it: as it is (empty) */
	return (*own = loc_strbuf_take(&b));
}

/* The records an export found whole with all they name, and all those
 * name in turn (refs_there): each looked at once an export, however many
 * rows name it (a donor's 40 pledges, a pledge's payments).  A table of
 * kind and id, open addressing; NULL slots free. */
static struct {
	char **key;
	size_t cap, n;
} export_whole;

static void
whole_free(void)
{
	size_t i;

	for (i = 0; i < export_whole.cap; i++)
		free(export_whole.key[i]);
	free(export_whole.key);
	memset(&export_whole, 0, sizeof export_whole);
}

static size_t
whole_slot(char *const *key, size_t cap, const char *k)
{
	size_t i;

	for (i = loc_fnv32_str(k) & (cap - 1); key[i] != NULL && strcmp(key[i], k) != 0; i = (i + 1) & (cap - 1))
		;
	return i;
}

/* Whether kind k's id was found whole (add 0), or notes it so (add 1:
 * 0, or STORE_ENOMEM). */
static int
whole_has(enum core_kind k, const char *id, int add)
{
	char k_id[CORE_ID_MAX + 4], **nk;
	size_t i, j;

	snprintf(k_id, sizeof k_id, "%d:%s", (int)k, id);
	if (!add)
		return export_whole.cap > 0 &&
		    export_whole.key[whole_slot(export_whole.key, export_whole.cap, k_id)] != NULL;
	if (2 * (export_whole.n + 1) > export_whole.cap) {
		size_t cap = export_whole.cap ? 2 * export_whole.cap : 256;

		if ((nk = calloc(cap, sizeof *nk)) == NULL)
			return STORE_ENOMEM;
		for (i = 0; i < export_whole.cap; i++) {
			if (export_whole.key[i] == NULL)
				continue;
			j = whole_slot(nk, cap, export_whole.key[i]);
			nk[j] = export_whole.key[i];
		}
		free(export_whole.key);
		export_whole.key = nk;
		export_whole.cap = cap;
	}
	i = whole_slot(export_whole.key, export_whole.cap, k_id);
	if (export_whole.key[i] != NULL)
		return 0;
	if ((export_whole.key[i] = strdup(k_id)) == NULL)
		return STORE_ENOMEM;
	export_whole.n++;
	return 0;
}

/* Whether kind k names other records (a donor his group, a pledge its
 * donor and need). */
static int
names_others(enum core_kind k)
{
	const struct core_schema *s = core_schema_get(k);
	size_t i;

	for (i = 0; i < s->nfields; i++)
		if (s->fields[i].type == CORE_FT_REF || s->fields[i].type == CORE_FT_REFS)
			return 1;
	return 0;
}

/* Whether every record r (id rid) names is stored, deleted or not, and
 * every record those name in turn (a payment its pledge, and the
 * pledge's donor and need, and the need's unit; a ceremony its donors
 * and their groups): 0, or STORE_ECORRUPT for one that is not, with
 * export_lost.holder saying which record names it and lost which one
 * (the store refuses to write a record naming one, and keeps the deleted
 * as such, so only damage leaves one: a page a failing disk cut short),
 * or another store code.  Before, only the row's own references were
 * looked for: a payment whose pledge named a donor lost was exported,
 * exit 0, from a database no import could make again. */
static int refs_there(struct store_txn *t, const struct core_record *r, const char *rid);

struct there_ctx {
	struct store_txn *t;
	enum core_kind kind;	/* the record naming them, */
	const char *rid;	/* its id */
};

/* core_record_each_ref callback of refs_there: the record id of kind k
 * there, and those it names in turn. */
static int
ref_there(int field, enum core_kind k, const char *id, void *vctx)
{
	const struct there_ctx *c = vctx;
	struct core_record *x = NULL;
	int rc;

	(void)field;
	if (whole_has(k, id, 0))
		return 0;
	rc = names_others(k) ? store_get(c->t, k, id, &x, NULL) : store_exists(c->t, k, id, NULL);
	if (rc == STORE_ENOTFOUND) {
		export_lost.holder_kind = (int)c->kind;
		snprintf(export_lost.holder, sizeof export_lost.holder, "%s", c->rid);
		export_lost.lost_kind = (int)k;
		snprintf(export_lost.lost, sizeof export_lost.lost, "%s", id);
		return STORE_ECORRUPT;
	}
	if (rc == 0 && x != NULL)
		rc = refs_there(c->t, x, id);
	core_record_free(x);
	if (rc == 0)
		rc = whole_has(k, id, 1);
	return rc;
}

static int
refs_there(struct store_txn *t, const struct core_record *r, const char *rid)
{
	struct there_ctx c = { t, r->kind, rid };

	return core_record_each_ref(r, ref_there, &c);
}

/* Writes kind k's records to out, in JSON (json) or CSV.  A CSV's header
 * row is the fields' English names, or with fa (--headers fa) their
 * Persian labels as the forms show them, which import reads back
 * (header_field) and an analyst's sheet keeps; its cells are then
 * Persian too (fa_cell). */
/* Writes kind k's records (a clerk's: his county's) as CSV or JSON.  late
 * non-NULL (export stages --overdue): only the stages overdue on day *late
 * and still followed, by the rule of the report's overdue stages and the
 * stages list's F4 (tui_report_stage_late); the columns are the same as
 * the whole export's, so that such a file imported back changes nothing. */
static int
export_kind(struct store_txn *t, enum core_kind k, FILE *out, int json, int first_kind, int fa,
    const int32_t *late)
{
	const struct core_schema *s = core_schema_get(k);
	struct store_iter *it = NULL;
	struct core_record *r;
	char id[CORE_ID_MAX], *val = NULL;
	size_t need, cap = 256, i, nrec = 0, total = 0;
	int rc, first, deletes = kind_deletes(s);
	struct store_meta meta;
	/* A clerk reads his own county only (SPEC §11): so does his export. */
	int filter = role_of(store_txn_store(t)) == CORE_ROLE_CLERK;

	if ((val = malloc(cap)) == NULL)
		return STORE_ENOMEM;
	store_count(t, k, &total);
	if (json) {
		if (!first_kind)
			fputs(",\n", out);
		tui_json_key(out, s->plural);
		fputs("[", out);
	} else {
		tui_csv_bom(out);
		for (i = 0, first = 1; i < s->nfields; i++) {
			if (!exported_field(&s->fields[i]))
				continue;
			tui_csv_field(out, fa ? loc_gettext_lang("fa", s->fields[i].label) :
			    s->fields[i].name, first);
			first = 0;
		}
		if (deletes)
			tui_csv_field(out, fa ? loc_gettext_lang("fa", "Active") : "active", 0);
		tui_csv_endrow(out);
	}
	if ((rc = store_iter_kind(t, k, &it)) != 0)
		goto out;
	while ((rc = store_iter_next(it, id)) == 0) {
		if ((rc = store_get(t, k, id, &r, &meta)) != 0)
			goto out;
		/* a record naming one that is not there (a ceremony its
		 * donor, a pledge its donor or need, a payment its pledge,
		 * a stage its need): the export stops as a damaged page
		 * stops it, no file written; before, exit 0 with the row
		 * naming the id, a file the import refuses (export_failed) */
		if ((rc = refs_there(t, r, id)) != 0) {
			/* named (export_failed) to one who may read the row:
			 * a clerk is not told of another county's records */
			if (rc == STORE_ECORRUPT && (!filter ||
			    may(store_txn_store(t), t, CORE_ACCESS_READ, r, 0))) {
				export_lost.row_kind = (int)k;
				snprintf(export_lost.row, sizeof export_lost.row, "%s", id);
			}
			core_record_free(r);
			goto out;
		}
		if (filter && !may(store_txn_store(t), t, CORE_ACCESS_READ, r, 0)) {
			core_record_free(r);
			continue;
		}
		if (late != NULL) {
			char code[CORE_COUNTY_MAX];

			if (k != CORE_STAGE ||
			    !tui_report_stage_late(t, r, meta.deleted, *late, code, sizeof code)) {
				core_record_free(r);
				continue;
			}
		}
		if (json)
			fputs(nrec ? ",\n{" : "\n{", out);
		for (i = 0, first = 1; i < s->nfields; i++) {
			const struct core_field *fd = &s->fields[i];

			if (!exported_field(fd))
				continue;
			/* empty, stored by an older version: the 0 it means,
			 * as the store writes it now (a round trip through a
			 * fresh database keeps it) */
			if ((fd->flags & CORE_FF_ZERO) && !r->v[i].set)
				core_record_set_num(r, (int)i, 0);
			need = core_value_format(r, (int)i, val, cap);
			if (need >= cap) {
				char *nv = realloc(val, need + 1);

				if (nv == NULL) {
					core_record_free(r);
					rc = STORE_ENOMEM;
					goto out;
				}
				val = nv;
				cap = need + 1;
				core_value_format(r, (int)i, val, cap);
			}
			if (json) {
				if (!first)
					fputs(", ", out);
				tui_json_key(out, fd->name);
				if (!r->v[i].set && (fd->type == CORE_FT_SET ||
				    fd->type == CORE_FT_REFS))
					fputs("[]", out);	/* a list with nothing in it */
				else if (!r->v[i].set)
					fputs("null", out);
				else if (fd->type == CORE_FT_INT || fd->type == CORE_FT_AMOUNT ||
				    fd->type == CORE_FT_BOOL)
					tui_json_int(out, r->v[i].num);
				else if (fd->type == CORE_FT_SET || fd->type == CORE_FT_REFS)
					json_list(out, val);
				else
					tui_json_string(out, val);
			} else if (fd->type == CORE_FT_TEXT) {
				if (tui_csv_field_text(out, val, first) == TUI_CSV_ENOMEM) {
					core_record_free(r);
					rc = STORE_ENOMEM;
					goto out;
				}
			} else if (fa && r->v[i].set) {
				char *own;
				const char *cell = fa_cell(fd, &r->v[i], val, &own);

				if (cell == NULL) {
					core_record_free(r);
					rc = STORE_ENOMEM;
					goto out;
				}
				tui_csv_field(out, cell, first);
				free(own);
			} else {
				tui_csv_field(out, val, first);
			}
			first = 0;
		}
		/* a kind without an `active` field: whether the record is
		 * deleted, so that the import brings that back too */
		if (deletes && json) {
			fputs(", ", out);
			tui_json_key(out, "active");
			tui_json_int(out, meta.deleted ? 0 : 1);
		} else if (deletes) {
			tui_csv_field(out, fa ? loc_gettext_lang("fa", meta.deleted ? "No" : "Yes") :
			    meta.deleted ? "0" : "1", 0);
		}
		if (json)
			fputs("}", out);
		else
			tui_csv_endrow(out);
		core_record_free(r);
		nrec++;
		if (nrec % 1000 == 0)
			progress(nrec, total);
	}
	if (rc == STORE_ENOTFOUND)
		rc = 0;
	if (json)
		fputs(nrec ? "\n]" : "]", out);
	if (total >= 1000)
		progress(total, total);
out:
	store_iter_free(it);
	free(val);
	return rc;
}

static int
export_to(struct store *st, const enum core_kind *kinds, size_t n, const char *path, int json,
    int fa, const int32_t *late, const struct cli_out_seen *over)
{
	struct store_txn *t = NULL;
	FILE *out = stdout;
	char tmp[4200], *text = NULL;
	size_t i, len = 0;
	int rc, werr = 0, mem = 0;

	/* a stop (Ctrl-C, a kill) removes the temporary file */
	if (path != NULL && (out = cli_out_open(path, tmp, sizeof tmp)) == NULL) {
		cli_remove_on_stop(NULL);
		cli_error(_("cannot write %s: %s"), path, tui_errno_text(errno));
		return EXIT_SYSTEM;
	}
	/* To the standard output (a terminal, a pipe, "> file"), as to
	 * --out FILE: all or nothing.  The export is made in a temporary
	 * file of its own, removed as it is made (tmpfile: nothing left
	 * behind, however the program ends), or where none can be made in
	 * memory, and copied out only once whole; before, the rows before a
	 * record naming one not there (refs_there) or a table read short
	 * went out, then the error, a half export that reads as a whole one
	 * once the error has scrolled by or gone to another file.  (In a
	 * file, not in memory: 35 MB of JSON for 40,000 donors took 68 MB
	 * more at its peak.) */
	if (path == NULL && (out = tmpfile()) == NULL) {
		if ((out = open_memstream(&text, &len)) == NULL) {
			cli_error(_("export failed: %s"), tui_store_strerror(STORE_ENOMEM));
			return EXIT_SYSTEM;
		}
		mem = 1;
	}
	export_lost.row_kind = -1;
	if ((rc = store_read_begin(st, &t)) != 0)
		goto out;
	if (json)
		fputs("{\n", out);
	for (i = 0; i < n && rc == 0; i++) {
		rc = export_kind(t, kinds[i], out, json, i == 0, fa, late);
	}
	if (json)
		fputs("\n}\n", out);
	store_read_end(t);
out:
	whole_free();
	/* what stopped the writes (a full disk) is said as the file's, not
	 * as the database's input/output error */
	if (rc == 0 && (fflush(out) != 0 || ferror(out))) {
		werr = errno ? errno : EIO;
		rc = STORE_EIO;
	}
	if (path == NULL) {
		/* the export made aside: out only when whole (a temporary
		 * file a full disk stopped is said as the standard output's
		 * error: where the export was going) */
		if (rc == 0 && !mem) {
			char buf[65536];
			size_t got;

			rewind(out);
			while ((got = fread(buf, 1, sizeof buf, out)) > 0)
				if (fwrite(buf, 1, got, stdout) != got)
					break;
			if (ferror(out) || ferror(stdout)) {
				werr = errno ? errno : EIO;
				rc = STORE_EIO;
			}
		}
		if (fclose(out) != 0 && rc == 0) {
			werr = errno ? errno : ENOMEM;
			rc = STORE_EIO;
		}
		if (rc == 0 && mem && len > 0 && fwrite(text, 1, len, stdout) != len) {
			werr = errno ? errno : EIO;
			rc = STORE_EIO;
		}
		free(text);
		out = stdout;
		if (rc == 0 && (fflush(stdout) != 0 || ferror(stdout))) {
			werr = errno ? errno : EIO;
			rc = STORE_EIO;
		}
	}
	progress_end();
	if (path != NULL) {
		int e;

		e = cli_out_finish(out, tmp, path, rc == 0, over);
		if (e == EEXIST) {	/* a file came there meanwhile: kept */
			cli_out_kept(path, NULL);
			return EXIT_INVALID;
		}
		if (e == 0)
			e = werr;
		if (e != 0) {
			cli_error(_("cannot write %s: %s"), path, tui_errno_text(e));
			return EXIT_SYSTEM;
		}
	} else if (werr != 0) {
		cli_error(_("cannot write %s: %s"), _("the standard output"), tui_errno_text(werr));
		return EXIT_SYSTEM;
	}
	if (rc != 0)
		return export_failed(rc);
	return EXIT_OK;
}

/* `export all --out DIR` as CSV: one file per kind, all or nothing.  Every
 * kind is written from one read transaction (one moment of the database)
 * to a temporary name beside its file (cli_out_open), each synced; only
 * when all are whole do they take their names.  A failure (a full disk)
 * removes what was written, and the folder if this export made it, and
 * names the file and the cause: files of an earlier export stay as they
 * were.  over[j] is how the j-th file may take its name (folder_free):
 * a file that came where there was none at the start is kept, and then
 * none of the export's files takes its name.  Returns an exit status. */
static int
export_folder(struct store *st, const char *dir, int fa, const struct cli_out_seen *over)
{
	char file[NALL][4200], tmp[NALL][4200];
	FILE *out = NULL;
	struct store_txn *t = NULL;
	size_t j, done = 0, renamed = 0;
	int rc = 0, e = 0, made = 0, ret = EXIT_OK;
	const char *bad = NULL;
	int pass, kept = 0;

	/* A stop (Ctrl-C, a kill) removes the temporary files, each named
	 * for removal before it is made, and the folder if this export made
	 * it: held back while the files take their names, it comes after. */
	cli_remove_on_stop(NULL);
	if (mkdir(dir, 0777) == 0) {
		made = 1;
		cli_rmdir_on_stop(dir);
	} else if (errno != EEXIST) {
		cli_error(_("cannot make the folder %s: %s"), dir, tui_errno_text(errno));
		return EXIT_SYSTEM;
	}
	for (j = 0; j < NALL; j++) {
		char name[64];

		snprintf(name, sizeof name, "%s.csv", core_schema_get(all_kinds[j])->plural);
		cli_path_join(file[j], sizeof file[j], dir, name);
	}
	export_lost.row_kind = -1;
	if ((rc = store_read_begin(st, &t)) != 0)
		goto out;
	for (j = 0; j < NALL; j++) {
		bad = file[j];
		if ((out = cli_out_open(file[j], tmp[j], sizeof tmp[j])) == NULL) {
			e = errno != 0 ? errno : EIO;
			break;
		}
		done = j + 1;
		errno = 0;
		rc = export_kind(t, all_kinds[j], out, 0, 1, fa, NULL);
		/* what stops the writes (a full disk) is the file's */
		if (rc == 0 && (fflush(out) != 0 || ferror(out)))
			e = errno != 0 ? errno : EIO;
		/* synced, closed, not yet renamed (ok 0: the temporary
		 * file is kept for the renames below) */
		if (rc == 0 && e == 0 && tmp[j][0] != '\0' && fsync(fileno(out)) != 0)
			e = errno != 0 ? errno : EIO;
		if (fclose(out) != 0 && rc == 0 && e == 0)
			e = errno != 0 ? errno : EIO;
		out = NULL;
		if (rc != 0 || e != 0)
			break;
	}
	store_read_end(t);
	t = NULL;
	whole_free();
	cli_stop_hold(1);	/* all renamed (or all removed) before a stop */
	if (rc == 0 && e == 0) {
		/* Each file's name looked at first, all of them, before
		 * any is placed: a file that came where none was, or took
		 * the place of the one seen there at the start (a clerk's
		 * sheet saved over an empty needs.csv), is kept, and then
		 * none of the export's files takes its name. */
		for (j = 0; j < NALL && e == 0; j++) {
			if (tmp[j][0] != '\0' && (e = cli_out_still(file[j], &over[j])) != 0) {
				bad = file[j];
				kept = e == EEXIST;
			}
		}
		/* Then the files new at that name (nothing there at the
		 * start), each only if nothing came there meanwhile: one that
		 * did is kept, and those placed before it are removed again,
		 * new as they were.  Then those written over what is there,
		 * each still only over the file seen at the start: one that
		 * changed in the instant since the look above is kept too,
		 * but those placed over theirs before it cannot be taken
		 * back (renamed counts them). */
		for (pass = 0; pass < 2 && e == 0; pass++) {
			for (j = 0; j < NALL; j++) {
				if (tmp[j][0] == '\0' || (over[j].how == CLI_OUT_NEW) != (pass == 0))
					continue;
				if ((e = cli_out_place(tmp[j], file[j], &over[j])) != 0) {
					bad = file[j];
					kept = e == EEXIST;
					break;
				}
				tmp[j][0] = '\0';	/* has its name now */
				renamed++;
			}
		}
		if (kept) {	/* the new files placed: taken back */
			for (j = 0; j < NALL; j++)
				if (tmp[j][0] == '\0' && over[j].how == CLI_OUT_NEW &&
				    unlink(file[j]) == 0)
					renamed--;
		}
		if (e == 0) {
			cli_remove_on_stop(NULL);
			cli_stop_hold(0);
			store_sync_dir(file[0]);
			progress_end();
			return EXIT_OK;
		}
	}
out:
	progress_end();
	for (j = 0; j < done; j++)
		if (tmp[j][0] != '\0')
			unlink(tmp[j]);
	if (made)
		rmdir(dir);	/* (only if nothing else is in it) */
	cli_remove_on_stop(NULL);
	cli_stop_hold(0);
	if (kept) {
		cli_out_kept(bad, NULL);
		return EXIT_INVALID;
	} else if (e != 0 && bad != NULL) {
		cli_error(_("cannot write %s: %s"), bad, tui_errno_text(e));
		ret = EXIT_SYSTEM;
	} else if (rc != 0) {
		ret = export_failed(rc);
	}
	/* (a rename refused after others took their names: not "nothing") */
	if (renamed == 0)
		cli_error(_("nothing was exported into %s: the files written before the error were removed"), dir);
	return ret != EXIT_OK ? ret : EXIT_SYSTEM;
}

/* "--force" (export, report --html, sync export --out: write over a file
 * already there, cli_out_free): 1 with *force set when arg is it, else 0.
 * Given twice it is taken once. */
static int
force_opt(const char *arg, int *force)
{
	if (strcmp(arg, "--force") != 0)
		return 0;
	*force = 1;
	return 1;
}

/* PATH's last part ends in .csv or .json (any case) after a name: a
 * file's name, not a folder's. */
static int
file_named(const char *path)
{
	const char *base = strrchr(path, '/'), *dot;

	base = base != NULL ? base + 1 : path;
	dot = strrchr(base, '.');
	return dot != NULL && dot > base && (strcasecmp(dot, ".csv") == 0 || strcasecmp(dot, ".json") == 0);
}

/* May `export all --out DIR` write its files (DIR/donors.csv ...)?  Each
 * one already there is kept unless --force (cli_out_free), the first
 * such named.  Returns 1 or 0; over[j] is what cli_out_free saw of the
 * j-th file (CLI_OUT_NEW for one not there, or not looked at). */
static int
folder_free(const char *dir, int force, struct cli_out_seen *over)
{
	char file[4200], name[64];
	size_t j;

	for (j = 0; j < NALL; j++) {
		snprintf(name, sizeof name, "%s.csv", core_schema_get(all_kinds[j])->plural);
		memset(&over[j], 0, sizeof over[j]);
		over[j].how = CLI_OUT_NEW;
		if (cli_path_join(file, sizeof file, dir, name) == 0 &&
		    !cli_out_free(file, force, NULL, NULL, &over[j]))
			return 0;
	}
	return 1;
}

int
verb_export(int argc, char **argv, const struct hamyar_opts *o)
{
	const char *what = NULL, *format = NULL, *path = NULL, *headers = NULL;
	enum core_kind one;
	struct store *st = NULL;
	int i, k, json, ret, got, force = 0, fa = 0, overdue = 0;
	int32_t today;
	struct cli_out_seen over = CLI_OUT_ANY, over_all[NALL];

	for (i = 1; i < argc; i++) {
		if (force_opt(argv[i], &force))
			continue;
		if (strcmp(argv[i], "--overdue") == 0) {
			overdue = 1;
			continue;
		}
		if ((got = cli_opt(argc, argv, &i, "--format", &format)) == 0 &&
		    (got = cli_opt(argc, argv, &i, "--headers", &headers)) == 0)
			got = cli_opt(argc, argv, &i, "--out", &path);
		if (got < 0)
			return EXIT_USAGE;
		if (got > 0)
			continue;
		if (what == NULL && argv[i][0] != '-')
			what = argv[i];
		else
			goto usage;
	}
	if (what == NULL)
		goto usage;
	if (format == NULL)
		format = "csv";
	/* "--out -" is stdout, as for sync export (write_file), not a file
	 * named "-" in the current folder */
	if (path != NULL && strcmp(path, "-") == 0)
		path = NULL;
	/* "CSV", "JSON", as the README and the files' names write them */
	if (strcasecmp(format, "csv") == 0)
		format = "csv";
	else if (strcasecmp(format, "json") == 0)
		format = "json";
	if (strcmp(format, "csv") != 0 && strcmp(format, "json") != 0) {
		char *typed = loc_text_sanitize(format);

		cli_error(_("--format '%s': give csv or json"), typed != NULL ? typed : "?");
		free(typed);
		return EXIT_USAGE;
	}
	json = strcmp(format, "json") == 0;
	/* A CSV's header row: the fields' English names (SPEC §12, the
	 * default) or their Persian labels, for a sheet an analyst reads;
	 * import takes either.  JSON's keys are the names. */
	if (headers != NULL) {
		if (strcasecmp(headers, "fa") == 0)
			fa = 1;
		else if (strcasecmp(headers, "en") != 0) {
			char *typed = loc_text_sanitize(headers);

			cli_error(_("--headers '%s': give en or fa"), typed != NULL ? typed : "?");
			free(typed);
			return EXIT_USAGE;
		}
		if (fa && json) {
			cli_error("%s", _("--headers fa is for CSV: JSON's keys are the fields' English names"));
			return EXIT_USAGE;
		}
	}
	if (strcmp(what, "all") != 0) {
		k = core_kind_from_name(what);
		if (k < 0 || !importable(k)) {
			char *typed = loc_text_sanitize(what);

			cli_error(_("cannot export '%s': give donors, groups, units, needs, pledges, payments, stages, recognitions or all"),
			    typed != NULL ? typed : "?");
			free(typed);
			return EXIT_USAGE;
		}
	} else if (!json && path == NULL) {
		cli_error("%s", _("export all --format csv needs --out DIR (one file per kind)"));
		return EXIT_USAGE;
	} else {
		k = -1;
	}
	/* --overdue picks stages by the day's rule: other kinds have none */
	if (overdue && k != CORE_STAGE) {
		cli_error("%s", _("--overdue is for export stages only: the stages overdue today"));
		return EXIT_USAGE;
	}
	if (path != NULL && !tui_identity_out_ok(o, path))
		return EXIT_USAGE;
	/* "--out /mnt/usb" (a folder: a name in it proposed), "--out
	 * nodir/x.csv": a path to correct, as backup's (before, exit 3) */
	if (path != NULL) {
		char name[64];
		struct stat sb;

		if (k >= 0)
			snprintf(name, sizeof name, "%s.%s", core_schema_get(k)->plural, json ? "json" : "csv");
		else
			snprintf(name, sizeof name, "%s", "all.json");
		/* "export all --out all.csv" over a file: not only that it
		 * is a file, but that all kinds need a folder, and the two
		 * ways out (before, «... پرونده است، نه پوشه» alone) */
		if (k < 0 && !json && stat(path, &sb) == 0 && !S_ISDIR(sb.st_mode)) {
			char dir[4096], *dot, *slash;

			/* the folder proposed: the file's name without its
			 * extension (all.csv: all), when nothing but a
			 * folder is there */
			snprintf(dir, sizeof dir, "%s", path);
			dot = strrchr(dir, '.');
			slash = strrchr(dir, '/');
			if (dot != NULL && dot > dir && (slash == NULL || dot > slash + 1))
				*dot = '\0';
			else
				dir[0] = '\0';
			if (dir[0] != '\0' && (stat(dir, &sb) != 0 || S_ISDIR(sb.st_mode)))
				cli_error(_("cannot write %s: export all in CSV writes one file per kind (donors.csv, needs.csv, ...) into a folder, and %s is a file. Give a folder for --out, such as --out %s (made if it is not there), or add --format json for every kind in one file"),
				    path, path, dir);
			else
				cli_error(_("cannot write %s: export all in CSV writes one file per kind (donors.csv, needs.csv, ...) into a folder, and %s is a file. Give a folder for --out (made if it is not there), or add --format json for every kind in one file"),
				    path, path);
			return EXIT_USAGE;
		}
		/* "export all --out all.csv" where nothing is: a file's name,
		 * which would become a folder of that name holding the
		 * kinds' files (before, made without a word) */
		if (k < 0 && !json && stat(path, &sb) != 0 && errno == ENOENT && file_named(path)) {
			char dir[4096];

			snprintf(dir, sizeof dir, "%s", path);
			*strrchr(dir, '.') = '\0';
			cli_error(_("cannot write %s: export all in CSV writes one file per kind (donors.csv, needs.csv, ...) into a folder, and %s is named as a file. Give a folder for --out, such as --out %s, or add --format json for every kind in one file"),
			    path, path, dir);
			return EXIT_USAGE;
		}
		if (!cli_out_where(path, _("cannot write %s"), k < 0 && !json ? NULL : name))
			return EXIT_USAGE;
	}
	/* a file already there (a mistyped name, a sheet of the same name)
	 * is kept unless --force, said before the database is opened */
	if (path != NULL && !(k < 0 && !json ? folder_free(path, force, over_all) :
	    cli_out_free(path, force, NULL, NULL, &over)))
		return EXIT_INVALID;
	/* Records going to the terminal: a bar drawn over them would garble
	 * both. */
	if (path == NULL && isatty(1))
		progress_on = 0;
	if ((ret = tui_identity_open_verb(o, STORE_RDONLY, &st)) != 0)
		return ret;
	export_db = cli_db_path(o);
	if (k >= 0) {
		one = (enum core_kind)k;
		today = loc_day_today();
		ret = export_to(st, &one, 1, path, json, fa, overdue ? &today : NULL, &over);
	} else if (json) {
		ret = export_to(st, all_kinds, NALL, path, 1, 0, NULL, &over);
	} else {
		ret = export_folder(st, path, fa, over_all);
	}
	store_close(st);
	return ret;
usage:
	cli_error("%s", _("usage: hamyar export donors|groups|units|needs|pledges|payments|stages|recognitions|all [--format csv|json] [--headers en|fa] [--overdue] [--out FILE [--force]]"));
	return EXIT_USAGE;
}

/* ---- report ---- */

int
verb_report(int argc, char **argv, const struct hamyar_opts *o)
{
	const char *html = NULL, *county = NULL;
	struct store *st = NULL;
	FILE *out = stdout;
	char tmp[4200], *mem = NULL;
	size_t memlen = 0;
	int i, rc, ret, e, got, force = 0, buffered = 0;
	struct cli_out_seen over = CLI_OUT_ANY;

	for (i = 1; i < argc; i++) {
		if (force_opt(argv[i], &force))
			continue;
		if ((got = cli_opt(argc, argv, &i, "--html", &html)) == 0)
			got = cli_opt(argc, argv, &i, "--county", &county);
		if (got < 0)
			return EXIT_USAGE;
		if (got == 0) {
			cli_error("%s", _("usage: hamyar report [--html FILE [--force]] [--county C]"));
			return EXIT_USAGE;
		}
	}
	/* a county that does not exist is a value --county does not take: a
	 * usage error, as a bad --method or --role is, told before the
	 * database is opened or a page begun */
	if (county != NULL) {
		char code[CORE_COUNTY_MAX];
		enum core_msg m;

		if (core_check_county(county, NULL, code, sizeof code, &m) != CORE_SEV_OK) {
			cli_no_county(county);
			return EXIT_USAGE;
		}
	}
	if (html != NULL && !tui_identity_out_ok(o, html))
		return EXIT_USAGE;
	/* a folder, or one that is not there: as export --out */
	if (html != NULL && strcmp(html, "-") != 0 &&
	    !cli_out_where(html, _("cannot write %s"), "report.html"))
		return EXIT_USAGE;
	/* a file already there is kept unless --force ("-" is stdout) */
	if (html != NULL && strcmp(html, "-") != 0 &&
	    !cli_out_free(html, force, NULL, NULL, &over))
		return EXIT_INVALID;
	if ((ret = tui_identity_open_verb(o, STORE_RDONLY, &st)) != 0)
		return ret;
	/* A clerk's report is his county's; one with no county reads none. */
	if (cli_clerk_without_county(st)) {
		store_close(st);
		return EXIT_INVALID;
	}
	if (role_of(st) == CORE_ROLE_CLERK) {
		const struct store_identity *id = store_users_identity(st);
		char code[CORE_COUNTY_MAX], msg[400];
		enum core_msg m;
		struct core_scope s;
		struct core_access a;

		/* another county named is refused, as rank --county is: a page
		 * of his own county's figures when he asked for another's
		 * would be read as that county's */
		if (county != NULL) {
			if (core_check_county(county, NULL, code, sizeof code, &m) != CORE_SEV_OK) {
				store_close(st);
				cli_no_county(county);
				return EXIT_USAGE;
			}
			memset(&s, 0, sizeof s);
			core_scope_add(&s, code);
			if (!core_access_check(&id->actor, CORE_ACCESS_READ, &s, NULL, &a)) {
				cli_error("%s", tui_access_message(&a, msg, sizeof msg));
				store_close(st);
				return EXIT_INVALID;
			}
		}
		county = id->actor.county;
	}
	/* the page is written whole or not at all: a failed run leaves an
	 * earlier page as it was, not half of a new one; so does a stop
	 * (Ctrl-C, a kill), which removes the temporary file, as export's */
	if (html != NULL && strcmp(html, "-") != 0 &&
	    (out = cli_out_open(html, tmp, sizeof tmp)) == NULL) {
		cli_remove_on_stop(NULL);
		cli_error(_("cannot write %s: %s"), html, tui_errno_text(errno));
		store_close(st);
		return EXIT_SYSTEM;
	}
	/* to stdout (the text, or --html -): made whole in memory first and
	 * written only then, as the page is; before, a section that stopped
	 * on a damaged page (the overdue stages, the ceremonies) left the
	 * tables printed above the damaged-database sentence, a report that
	 * looked whole but for its last lines */
	if (out == stdout && (buffered = 1, out = open_memstream(&mem, &memlen)) == NULL) {
		cli_error(_("report failed: %s"), tui_store_strerror(STORE_ENOMEM));
		store_close(st);
		return EXIT_SYSTEM;
	}
	rc = html != NULL ? tui_report_html(st, out, county) : tui_report_text(st, out, county);
	if (buffered) {
		if (fclose(out) != 0 && rc == 0)
			rc = STORE_ENOMEM;
		out = stdout;
		if (rc == 0 && (fwrite(mem, 1, memlen, stdout) != memlen || fflush(stdout) != 0)) {
			free(mem);
			store_close(st);
			cli_error(_("cannot write %s: %s"), "stdout", tui_errno_text(errno));
			return EXIT_SYSTEM;
		}
		free(mem);
		mem = NULL;
	}
	if (out != stdout) {
		e = cli_out_finish(out, tmp, html, rc == 0, &over);
		if (e == EEXIST) {	/* a file came there meanwhile: kept */
			cli_out_kept(html, NULL);
			store_close(st);
			return EXIT_INVALID;
		}
		if (e != 0) {
			cli_error(_("cannot write %s: %s"), html, tui_errno_text(e));
			store_close(st);
			return EXIT_SYSTEM;
		}
	}
	store_close(st);
	if (rc == TUI_REPORT_ECOUNTY) {
		cli_no_county(county);
		return EXIT_USAGE;
	}
	/* a page that could not be read (a ceremony naming a donor that is
	 * not there), or a sum that left out a payment or a pledge not
	 * there (store_sum_short): nothing printed (the page not written),
	 * and said as the other verbs say it, with verify and the last
	 * backup */
	if (rc == STORE_ECORRUPT) {
		tui_identity_damaged(cli_db_path(o));
		return EXIT_SYSTEM;
	}
	if (rc != 0) {
		cli_error(_("report failed: %s"), tui_store_strerror(rc));
		return EXIT_SYSTEM;
	}
	return EXIT_OK;
}

/* ---- sync ---- */

static int
read_all(FILE *f, char **out, size_t *len)
{
	size_t cap = 1 << 16, n = 0, got;
	char *buf = malloc(cap), *nb;

	if (buf == NULL)
		return -1;
	while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap) {
			if ((nb = realloc(buf, cap * 2)) == NULL) {
				free(buf);
				return -1;
			}
			buf = nb;
			cap *= 2;
		}
	}
	if (ferror(f)) {
		free(buf);
		return -1;
	}
	*out = buf;
	*len = n;
	return 0;
}

/* 1 if file is a copy of a database (a backup, a data.mdb) that says
 * whose station it is, the code copied into station (CORE_STATION_MAX
 * + 1 bytes): the wrong file from the stick, given for a bundle. */
static int
db_copy_station(const char *file, char *station)
{
	struct store *b = NULL;
	struct stat sb;
	int rc;

	station[0] = '\0';
	/* a regular file only: a pipe (mkfifo), read once, is opened no
	 * more, which would wait for another writer */
	if (strcmp(file, "-") == 0 || stat(file, &sb) != 0 || !S_ISREG(sb.st_mode) ||
	    !store_file_is_db(file) ||
	    store_open(file, STORE_RDONLY, &b) != 0)
		return 0;
	rc = store_station(b, station);
	store_close(b);
	return rc == 0 && station[0] != '\0';
}

/* Says why a bundle read from file was refused and what to do about it,
 * naming the stations involved (stats: what tui_bundle_import could read
 * of the bundle; NULL for an empty file). */
static void
refusal(struct store *st, const char *file, int rc, const struct tui_bundle_stats *stats)
{
	char own[CORE_STATION_MAX + 1] = "", msg[2560], when[48];
	char copy_of[CORE_STATION_MAX + 1];
	int64_t replaced_at = 0;
	const char *from = stats != NULL ? stats->from : "", *to = stats != NULL ? stats->to : "";
	const char *name = strcmp(file, "-") == 0 ? _("the standard input") : file;

	if (store_station(st, own) != 0)
		own[0] = '\0';
	if (stats == NULL)
		snprintf(msg, sizeof msg, _("%s is empty: it holds no bundle; make the bundle again at the sending station (hamyar sync export --to %s) and copy it again"),
		    name, own);
	else if (rc == TUI_BUNDLE_EFORMAT && stats->cut && from[0] != '\0')
		snprintf(msg, sizeof msg, _("the bundle from %s in %s is cut short: its end, with the signature, is missing, as when a copy stops part way; copy it again from the sending station"),
		    from, name);
	else if (rc == TUI_BUNDLE_EFORMAT && db_copy_station(file, copy_of))
		/* a backup beside the bundle on the stick: not to be asked
		 * for again, and not a bundle */
		snprintf(msg, sizeof msg, _("%s is a copy of station %s's database (a backup, or a data.mdb), not a sync bundle: a bundle is the file that hamyar sync export --to %s writes at the sending station; a backup is put back with hamyar restore (README, \"Backup and restore\")"),
		    name, copy_of, own);
	else if (rc == TUI_BUNDLE_EFORMAT)
		snprintf(msg, sizeof msg, _("%s is not a sync bundle, or it is damaged; ask the sending station for a new one (hamyar sync export --to %s)"),
		    name, own);
	else if (rc == TUI_BUNDLE_EUNTRUSTED && from[0] != '\0' && strcmp(from, own) == 0)
		snprintf(msg, sizeof msg, _("this bundle was made at this station (%s), for %s; take it to %s and import it there"),
		    own, to[0] ? to : "?", to[0] ? to : "?");
	else if (rc == TUI_BUNDLE_EUNTRUSTED && stats->other_key &&
	    tui_sync_key_replaced(st, from, stats->key, &replaced_at) == 1)
		/* a bundle made before its maker's key was made anew, come
		 * after its new key was trusted here: refused (whoever holds
		 * the old key, which may have leaked, could make such a
		 * bundle), and nothing of it is lost */
		snprintf(msg, sizeof msg, _("this bundle is signed with station %s's previous key, which the key trusted here for it replaced on %s (sync trust --replace): it was made before %s's key was made anew, and a bundle signed with a replaced key is never taken, as whoever holds that key (it may have leaked) could have made it. Nothing of it is lost: every change in it that this database does not hold goes in %s's next bundle, signed with its new key; ask %s for one (hamyar sync export --to %s). Import a station's pending bundles before trusting its new key. If %s was restored from a backup made before its new key and signs with this old key again, make a new key there (hamyar sync key --new) and trust it here: hamyar sync trust %s KEY --replace"),
		    from, tui_fmt_when(replaced_at, TUI_WHEN_ASCII, when, sizeof when), from, from,
		    from, own, from, from);
	else if (rc == TUI_BUNDLE_EUNTRUSTED && stats->other_key)
		snprintf(msg, sizeof msg, _("the key of station %s has changed: this bundle is signed with another key than the one trusted here for it (a new key made there with hamyar sync key --new, or the station installed afresh). Confirm the new key with station %s by phone or in person (what hamyar sync key prints there), trust it anew: hamyar sync trust %s KEY --replace, then import the bundle again; otherwise the bundle did not come from %s"),
		    from, from, from, from);
	else if (rc == TUI_BUNDLE_EUNTRUSTED && from[0] != '\0')
		snprintf(msg, sizeof msg, _("no key is trusted here for station %s, which made this bundle; an administrator gets from %s the key that hamyar sync key prints there (by phone or in person, not from the bundle) and runs: hamyar sync trust %s KEY"),
		    from, from, from);
	else if (rc == TUI_BUNDLE_ENOTFORUS)
		snprintf(msg, sizeof msg, _("this bundle from %s is addressed to station %s, not to this one (%s); import it at %s, and ask %s for a bundle of this station's own (hamyar sync export --to %s)"),
		    from, to, own, to, from, own);
	else if (rc == TUI_BUNDLE_EBADSIG)
		snprintf(msg, sizeof msg, _("the bundle from %s was changed after it was signed (damaged in copying, or altered); ask %s for a new one"),
		    from, from);
	else
		loc_utf8_copy(msg, sizeof msg, tui_bundle_strerror(rc));
	cli_error(_("bundle refused, nothing applied: %s"), msg);
}

static const char *kind_word(const struct core_schema *s);

/* A bundle found in a folder (import_folder). */
struct folder_bundle {
	char *path;
	char from[CORE_STATION_MAX + 1], to[CORE_STATION_MAX + 1];
	struct timespec written;
};

static int
folder_bundle_cmp(const void *a, const void *b)
{
	const struct folder_bundle *x = a, *y = b;

	if (x->written.tv_sec != y->written.tv_sec)
		return x->written.tv_sec < y->written.tv_sec ? -1 : 1;
	if (x->written.tv_nsec != y->written.tv_nsec)
		return x->written.tv_nsec < y->written.tv_nsec ? -1 : 1;
	return strcmp(x->path, y->path);
}

static int
not_hidden_entry(const struct dirent *e)
{
	return e->d_name[0] != '.';
}

/*
 * "sync import /mnt/usb": the stick's folder given for the bundle in it,
 * a usage error (exit 2) as restore FOLDER is, nothing imported, naming
 * the bundles in it, oldest written first, each with its maker, its
 * addressee and when it was written (the file's time), then those for
 * this station, in the order to import them, or that none is.  Before,
 * «... یک پوشه است، نه بسته» alone: which of the files on the stick was
 * the one to import was left to `ls` and to opening each.
 */
static int
import_folder(struct store *st, const char *dir)
{
	struct dirent **e = NULL;
	struct folder_bundle *v = NULL;
	struct loc_strbuf list = { 0 }, ours = { 0 };
	char path[4096 + 256], own[CORE_STATION_MAX + 1], when[48], line[4096 + 512];
	size_t nv = 0, i, nours = 0;
	int n, k;

	if (store_station(st, own) != 0)
		own[0] = '\0';
	n = scandir(dir, &e, not_hidden_entry, alphasort);
	for (k = 0; k < n; k++) {
		struct stat sb;
		struct folder_bundle b, *nvv;

		memset(&b, 0, sizeof b);
		if (cli_path_join(path, sizeof path, dir, e[k]->d_name) == 0 &&
		    stat(path, &sb) == 0 && S_ISREG(sb.st_mode) && tui_bundle_file(path) &&
		    tui_bundle_file_ends(path, b.from, b.to) &&
		    (nvv = realloc(v, (nv + 1) * sizeof *v)) != NULL) {
			v = nvv;
			b.written = sb.st_mtim;
			if ((b.path = strdup(path)) != NULL)
				v[nv++] = b;
		}
		free(e[k]);
	}
	free(e);
	if (cli_path_join(path, sizeof path, dir, "FILE") != 0)
		snprintf(path, sizeof path, "FILE");
	if (nv == 0) {
		cli_error(_("%s is a folder, not a bundle, and there is no bundle in it; nothing was imported. Name the bundle's file, as sync export --out wrote it (hamyar sync import %s)"),
		    dir, path);
		free(v);
		return EXIT_USAGE;
	}
	qsort(v, nv, sizeof *v, folder_bundle_cmp);
	for (i = 0; i < nv; i++) {
		tui_fmt_when((int64_t)v[i].written.tv_sec, TUI_WHEN_ASCII, when, sizeof when);
		snprintf(line, sizeof line, _("%s: from %s to %s, written %s"), v[i].path,
		    v[i].from, v[i].to, when);
		loc_strbuf_str(&list, "\n  ");
		loc_strbuf_str(&list, line);
		if (strcmp(v[i].to, own) == 0) {
			loc_strbuf_str(&ours, "\n  hamyar sync import ");
			loc_strbuf_str(&ours, v[i].path);
			nours++;
		}
	}
	{
		char *l = loc_strbuf_take(&list), *o = loc_strbuf_take(&ours);

		cli_error(_("%s is a folder, not a bundle; nothing was imported. Name one of the bundles in it (hamyar sync import %s):%s"),
		    dir, path, l != NULL ? l : "");
		if (nours > 0)
			cli_error(_("those for this station (%s), oldest first:%s"), own, o != NULL ? o : "");
		else
			cli_error(_("none of them is for this station (%s): each is imported at the station it is for"),
			    own);
		free(l);
		free(o);
	}
	for (i = 0; i < nv; i++)
		free(v[i].path);
	free(v);
	return EXIT_USAGE;
}

static int
sync_import(struct store *st, const char *file, const char *db)
{
	struct tui_bundle_stats stats;
	FILE *f = stdin;
	char *data = NULL;
	size_t len;
	int rc;

	struct stat sb;

	/* the stick's folder named instead of the bundle in it */
	if (strcmp(file, "-") != 0 && stat(file, &sb) == 0 && S_ISDIR(sb.st_mode))
		return import_folder(st, file);
	if (strcmp(file, "-") != 0 && (f = fopen(file, "rb")) == NULL) {
		cli_error(_("cannot open %s: %s"), file, tui_errno_text(errno));
		return EXIT_SYSTEM;
	}
	errno = 0;
	rc = read_all(f, &data, &len);
	if (rc != 0) {
		int e = errno != 0 ? errno : EIO;

		if (f != stdin)
			fclose(f);
		cli_error(_("cannot read %s: %s"), strcmp(file, "-") == 0 ? _("the standard input") : file,
		    tui_errno_text(e));
		return EXIT_SYSTEM;
	}
	if (f != stdin)
		fclose(f);
	if (len == 0) {
		free(data);
		refusal(st, file, TUI_BUNDLE_EFORMAT, NULL);
		return EXIT_INVALID;
	}
	rc = tui_bundle_import(st, data, len, &stats, progress);
	free(data);
	if (rc == STORE_ENOSPC && stats.from[0] != '\0') {
		/* not the bundle's fault: "refused" would send the
		 * administrator to ask the station for a new one */
		cli_error(_("the bundle from %s in %s was not imported, nothing applied: the database's disk is full. Make room on it (df -h %s) and import the same bundle again; the bundle is sound."),
		    stats.from, strcmp(file, "-") == 0 ? _("the standard input") : file, db);
		return exit_for(rc);
	}
	if (rc == STORE_EFULL && stats.from[0] != '\0') {
		/* the map at its limit (HAMYAR_MAP_LIMIT): not the bundle's
		 * fault either; the store's own sentence says what to do, as
		 * import's and backup's do */
		cli_error(_("the bundle from %s in %s was not imported, nothing applied: %s; then import the same bundle again: the bundle is sound."),
		    stats.from, strcmp(file, "-") == 0 ? _("the standard input") : file,
		    tui_store_strerror(STORE_EFULL));
		return exit_for(rc);
	}
	if (rc != 0) {
		refusal(st, file, rc, &stats);
		return exit_for(rc);
	}
	cli_printf(stdout, cli_person_digits(st), _("bundle from %s: changes: %zu, applied: %zu, already here: %zu, conflicts: %zu\n"),
	    stats.from, stats.changes, stats.applied, stats.skipped, stats.conflicts);
	/* what the applied changes were, by kind of record ("donor 2,
	 * pledge 1"), in kind order */
	if (stats.applied > 0) {
		struct loc_strbuf b = { 0 };
		int k;

		for (k = 0; k < CORE_NKINDS; k++) {
			char n[32];

			if (stats.applied_kind[k] == 0)
				continue;
			if (b.len > 0)
				loc_strbuf_str(&b, _(", "));
			/* in the digits of the line above («اهداکننده ۲») */
			n[0] = ' ';
			loc_amount_format((int64_t)stats.applied_kind[k], cli_person_digits(st) & ~LOC_FMT_GROUP,
			    n + 1, sizeof n - 1);
			loc_strbuf_str(&b, kind_word(core_schema_get((enum core_kind)k)));
			loc_strbuf_str(&b, n);
		}
		if (!b.failed && b.p != NULL)
			printf(_("changes applied, by kind of record: %s\n"), b.p);
		free(b.p);
	}
	/* a suspected duplicate is counted among the conflicts, not the
	 * changes applied, yet its record is here: said, so that the donors
	 * missing from the line above (a station's 410 registered while
	 * apart) are not read as left out */
	if (stats.ndup > 0)
		cli_printf(stdout, cli_person_digits(st), _("of the conflicts, suspected duplicates (a national or legal id that another record here holds too): %zu; their records came in and both of each pair are kept until you decide which stays (hamyar sync conflicts)\n"),
		    stats.ndup);
	if (stats.settled > 0)
		cli_printf(stdout, cli_person_digits(st), _("conflicts that came already settled at another database (nothing to decide here): %zu\n"),
		    stats.settled);
	if (stats.decided > 0)
		cli_printf(stdout, cli_person_digits(st), _("conflicts that waited here, decided at another database (the decisions came in this bundle; nothing is left to decide for them): %zu\n"),
		    stats.decided);
	if (stats.rank)
		printf(_("the ranking's weights came from %s, newer than these: the needs are ranked by them now\n"),
		    stats.from);
	/* a unit moved to another county takes its needs with it: one
	 * county's clerks lose them and another's gain them, which the unit
	 * form and `import units` warn of, and the import says */
	for (size_t i = 0; i < stats.nmoved && i < TUI_BUNDLE_MOVES; i++) {
		const struct tui_bundle_move *mv = &stats.moved[i];
		unsigned flags = cli_person_digits(st);
		char from[200];
		/* the counts, and the name stored beside them, in the digits
		 * a person reads (cli_printf; «کلانتری ۱۲ تبریز»), as
		 * report and audit write a stored name among figures */
		char *name = (flags & LOC_FMT_FA_DIGITS) ? loc_digits_to_fa_text(mv->name) : NULL;
		const char *shown = name != NULL ? name : mv->name;

		loc_utf8_copy(from, sizeof from, cli_county_name(mv->from));
		if (mv->need[0] != '\0') {
			/* a need given a unit of another county */
			printf(_("need %s (%s) moved with this bundle from county %s to county %s, its unit now %s: it and its pledges moved (the clerks of %s no longer see them; those of %s do)"),
			    mv->need, shown, from, cli_county_name(mv->to), mv->unit,
			    from, cli_county_name(mv->to));
			putchar('\n');
			free(name);
			continue;
		}
		cli_printf(stdout, flags, _("unit %s (%s) moved with this bundle from county %s to county %s: its needs (%ld, %ld of them open) and their pledges moved with it (the clerks of %s no longer see them; those of %s do)"),
		    mv->unit, shown, from, cli_county_name(mv->to), mv->needs, mv->open,
		    from, cli_county_name(mv->to));
		putchar('\n');
		free(name);
	}
	if (stats.nmoved > TUI_BUNDLE_MOVES) {
		cli_printf(stdout, cli_person_digits(st),
		    _("and %zu more units or needs moved to another county (hamyar audit says which)"),
		    stats.nmoved - TUI_BUNDLE_MOVES);
		putchar('\n');
	}
	/* a database restored from a backup, this one or the maker: what
	 * to do next, so that its changes since the backup come back */
	if (stats.nrenumbered > 0) {
		printf(_("records made here took numbers that %s holds for other records, and were made again under new numbers (the audit log says so): %s"),
		    stats.from, stats.renumbered);
		putchar('\n');
	}
	if (stats.napart > 0) {
		printf(_("two different records under one number, one from %s and one here, wait in the conflicts: keep one, type the other again as a new record and move to it its pledges and ceremonies (hamyar sync conflicts): %s"),
		    stats.from, stats.apart);
		putchar('\n');
	}
	if (stats.rekeyed == 1) {
		printf(_("the first bundle from %s signed with its new key goes on from what its old key signed (the same database, its key made anew): what %s acknowledged and what this database holds of it are kept, and the next bundle for it carries only what it lacks"),
		    stats.from, stats.from);
		putchar('\n');
	} else if (stats.rekeyed == 2) {
		printf(_("the first bundle from %s signed with its new key begins a new change log (the station installed afresh): what it acknowledged stays forgotten, and the next bundle for it carries everything, its own records too"),
		    stats.from);
		putchar('\n');
	}
	if (stats.from_backup && !stats.behind)
		printf("%s\n", _("this database was restored from a backup: its bundles now ask the other stations for the changes made since the backup"));
	if (stats.behind) {
		printf(_("%s holds changes made here that this database no longer has (it was restored from a backup): the next bundle for %s asks for them back; send it (hamyar sync export --to %s) and import the bundle %s sends back"),
		    stats.from, stats.from, stats.from, stats.from);
		putchar('\n');
	}
	if (stats.peer_restored) {
		printf(_("station %s was restored from a backup: the next bundle for it gives back its own changes that it no longer has (hamyar sync export --to %s)"),
		    stats.from, stats.from);
		putchar('\n');
	}
	/* An hour past this clock is no small disagreement: a wrong date or
	 * time at that station, whose edits now win over newer ones. */
	if (stats.ahead_ms > UINT64_C(3600000)) {
		char at[48], now[48];

		tui_fmt_when((int64_t)(stats.ahead_at_ms / 1000), TUI_WHEN_ASCII, at, sizeof at);
		tui_fmt_when((int64_t)time(NULL), TUI_WHEN_ASCII, now, sizeof now);
		cli_error(_("warning: station %s's clock runs ahead: its changes in this bundle are dated %s, and it is %s here; set the date and time right at %s (until this clock passes that time, its edits win over newer ones made elsewhere)"),
		    stats.ahead_by, at, now, stats.ahead_by);
	}
	return EXIT_OK;
}

/* data to path, whole or not at all (a bundle cut short would be refused
 * at the other end), or to stdout.  A stop (Ctrl-C, a kill) while it is
 * written removes the temporary file, as export's does; one while it is
 * renamed comes after; over as cli_out_close's.  Returns 0 or -1 (errno
 * set; EEXIST: a file came at path meanwhile, and is kept). */
static int
write_file(const char *path, const char *data, size_t len, const struct cli_out_seen *over)
{
	char tmp[4200];
	FILE *f;
	int e, c;

	if (path == NULL || strcmp(path, "-") == 0)
		return fwrite(data, 1, len, stdout) == len && fflush(stdout) == 0 ? 0 : -1;
	if ((f = cli_out_open(path, tmp, sizeof tmp)) == NULL) {
		e = errno;
		cli_remove_on_stop(NULL);
		errno = e;
		return -1;
	}
	e = fwrite(data, 1, len, f) == len ? 0 : (errno != 0 ? errno : EIO);
	c = cli_out_finish(f, tmp, path, e == 0, over);	/* 0 when not ok */
	if (e == 0)
		e = c;
	errno = e;
	return e == 0 ? 0 : -1;
}

/* Host names for `sync push`: letters, digits and . _ - @ : only, so the
 * shell command built from them holds no surprises. */
static int
host_ok(const char *h)
{
	const char *at = strchr(h, '@');

	if (*h == '\0' || *h == '-')
		return 0;
	/* "root@" (a host forgotten), "@host", "a@b@c": ssh was left to
	 * say "Could not resolve hostname", about a host never named */
	if (at != NULL && (at == h || at[1] == '\0' || at[1] == '-' || strchr(at + 1, '@') != NULL))
		return 0;
	for (; *h; h++)
		if (!((*h >= 'a' && *h <= 'z') || (*h >= 'A' && *h <= 'Z') ||
		    (*h >= '0' && *h <= '9') || strchr("._-@:[]", *h) != NULL))
			return 0;
	return 1;
}

/* Says why `sync push` to host failed, from the exit status of ssh
 * (255: ssh itself; 127: no remote program; 1: the remote refused the
 * bundle, in its words above) and what to do next.  sending: the bundle
 * was being sent (else the station code was being asked for); nothing is
 * marked as delivered either way, so pushing again sends it all again. */
static void
push_failed(const char *host, const char *remote, int status, int sending)
{
	int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;

	if (code == 255 || code == -1)
		cli_error(sending ?
		    _("the connection to %s broke while the bundle was being sent (ssh exit %d); nothing was marked as sent: check the network and run hamyar sync push %s again") :
		    _("could not reach %s over ssh (exit %d); the ssh message above says why: check the network, the host name, the login and the host's key, and try again (hamyar sync push %s)"),
		    host, code, host);
	else if (code == 127 || code == 126)
		cli_error(_("hamyar could not be run on %s ('%s' was not found there, exit %d); install hamyar there, or name the program with HAMYAR_REMOTE"),
		    host, remote, code);
	else if (sending && code == EXIT_INVALID)
		cli_error(_("%s refused the bundle (its reason is above); nothing was marked as sent"),
		    host);
	else if (sending)
		cli_error(_("hamyar on %s could not take the bundle (exit %d; its message is above); nothing was marked as sent: fix it there and run hamyar sync push %s again"),
		    host, code, host);
	else if (code == EXIT_INVALID) {
		/* `sync key` there refused the login: not a user of that
		 * database, or a role that may not exchange bundles (a
		 * clerk, a supervisor, an auditor); before, this was said
		 * as a missing database */
		const char *at = strchr(host, '@');

		cli_error(_("the login on %s may not exchange sync bundles there (exit %d; its message is above): a push is received only by a user of that database whose role is provincial HQ or administrator. Have its administrator give that login one of these roles (hamyar user add LOGIN --role hq, there), or push as a login that has one (hamyar sync push USER@%s); nothing was sent"),
		    host, code, at != NULL ? at + 1 : host);
	} else
		cli_error(_("hamyar on %s could not say its station code (exit %d; its message is above): where it has no database, make one there (hamyar init --station CODE) or set HAMYAR_DB for that login"),
		    host, code);
}

/* A bundle of n changes made for peer while the new key trusted for it
 * has signed nothing here yet (tui_bundle_rekey_pending): it carries
 * everything, which a station installed afresh needs; said, with how
 * many of the changes the same database, its key only made anew, lacks,
 * and how to send it only those.  Returns 1 if said. */
static int
rekey_pending_said(struct store *st, const char *peer, size_t n)
{
	char self[CORE_STATION_MAX + 1], code[CORE_STATION_MAX + 1];
	size_t lacks;

	if (core_station_normalize(peer, code) != 0 ||
	    tui_bundle_rekey_pending(st, code, &lacks) != 1 || lacks >= n ||
	    store_station(st, self) != 0)
		return 0;
	fflush(stdout);
	cli_error(_("note: a new key is trusted here for %s and no bundle signed with it has come yet, so this bundle carries all of this database's changes (%zu), %s's own records too, as a station installed afresh needs. If %s only made its key anew (sync key --new), it lacks %zu of them: import its bundle first (hamyar sync export --to %s there), and the next bundle made for it carries only what it lacks."),
	    code, n, code, code, lacks, self);
	return 1;
}

/* Asks the station peer at host (`sync status` there, in English) how far
 * it holds this database's change log, and notes it (tui_bundle_peer_holds).
 * Returns 0 if it said; else, as it cannot say (an older program there,
 * the question refused), the exit status of `sync status` there (-1: not
 * run; 0 with no line naming this station is returned as -2): the bundle
 * then carries everything, as a file would, and the push says why. */
static int
peer_holds(struct store *st, const char *peer, const char *ssh, const char *host,
    const char *remote)
{
	char cmd[2048], line[512], self[CORE_STATION_MAX + 1], head[64];
	unsigned long long recv = 0;
	size_t hl;
	FILE *p;
	int found = 0, status;

	if (store_station(st, self) != 0)
		return -1;
	hl = (size_t)snprintf(head, sizeof head, "%s: received up to ", self);
	snprintf(cmd, sizeof cmd, "%s -- %s '%s --lang en sync status 2>/dev/null' </dev/null", ssh,
	    host, remote);
	if ((p = popen(cmd, "r")) == NULL)
		return -1;
	while (fgets(line, sizeof line, p) != NULL)
		if (!found && strncmp(line, head, hl) == 0 && line[hl] >= '0' && line[hl] <= '9') {
			char *end;

			errno = 0;
			recv = strtoull(line + hl, &end, 10);
			found = *end == ',' && errno == 0;
		}
	status = pclose(p);
	if (status != 0)
		return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
	if (!found)
		return -2;
	(void)tui_bundle_peer_holds(st, peer, (uint64_t)recv);
	return 0;
}

static int
sync_push(struct store *st, const char *host)
{
	const char *ssh = getenv("HAMYAR_SSH"), *remote = getenv("HAMYAR_REMOTE");
	char cmd[2048], line[512], peer[CORE_STATION_MAX + 1] = "", *data = NULL;
	char self[CORE_STATION_MAX + 1];
	size_t len, n;
	FILE *p;
	int rc, status, cut, asked = 0;
	void (*old_pipe)(int);

	if (ssh == NULL || *ssh == '\0')
		ssh = "ssh";
	if (remote == NULL || *remote == '\0')
		remote = "hamyar";
	if (!host_ok(host)) {
		cli_error(_("bad host name '%s'"), host);
		return EXIT_USAGE;
	}
	/* Which station is there?  ssh's input is /dev/null: ssh forwards
	 * its input to the remote command, and would otherwise swallow the
	 * rest of the caller's (a script reading station names line by line
	 * pushed to the first only). */
	/* The other side answers in the language of the one who pushes: its
	 * messages (a refusal, a failure) are shown here, and ssh does not
	 * carry --lang or HAMYAR_LANG over.  loc_lang() is "fa" or "en". */
	snprintf(cmd, sizeof cmd, "%s -- %s '%s --lang %s sync key' </dev/null", ssh, host, remote,
	    loc_lang());
	if ((p = popen(cmd, "r")) == NULL) {
		cli_error(_("cannot run %s: %s"), ssh, tui_errno_text(errno));
		return EXIT_SYSTEM;
	}
	/* "station CODE" (or its Persian, in the remote's language), then
	 * the key alone on the last line. */
	while (fgets(line, sizeof line, p) != NULL) {
		char word[16];

		if (sscanf(line, "%*s %15s", word) == 1 && core_station_valid(word))
			snprintf(peer, sizeof peer, "%.8s", word);
	}
	status = pclose(p);
	if (status != 0 || !core_station_valid(peer)) {
		push_failed(host, remote, status, 0);
		/* the login refused there: refused, as a bundle is (exit 1) */
		return WIFEXITED(status) && WEXITSTATUS(status) == EXIT_INVALID ? EXIT_INVALID :
		    EXIT_SYSTEM;
	}
	/* A station whose new key has signed nothing here yet: a bundle for
	 * it would carry our whole log (it may be installed afresh), but it
	 * can say, being on the line, how much of our log it holds. */
	if (tui_bundle_rekey_pending(st, peer, &n) == 1)
		asked = peer_holds(st, peer, ssh, host, remote);
	if ((rc = tui_bundle_make(st, peer, &data, &len, &n)) != 0) {
		cli_error(_("cannot make the bundle: %s"), tui_bundle_strerror(rc));
		return exit_for(rc);
	}
	snprintf(cmd, sizeof cmd, "%s -- %s '%s --lang %s sync import -'", ssh, host, remote,
	    loc_lang());
	if ((p = popen(cmd, "w")) == NULL) {
		free(data);
		cli_error(_("cannot run %s: %s"), ssh, tui_errno_text(errno));
		return EXIT_SYSTEM;
	}
	/* The connection may drop part way: ssh ends and the pipe breaks.
	 * That is said below (nothing is marked as delivered), not left to
	 * SIGPIPE, which would end hamyar without a word. */
	old_pipe = signal(SIGPIPE, SIG_IGN);
	cut = fwrite(data, 1, len, p) != len;
	status = pclose(p);
	signal(SIGPIPE, old_pipe);
	if (cut && status == 0)
		status = -1;	/* not all of it went: not delivered */
	/* Delivered: the next push starts after these changes. */
	if (status == 0 && (rc = tui_bundle_delivered(st, data, len)) != 0)
		cli_error(_("the bundle was delivered, but noting it failed: %s"), tui_bundle_strerror(rc));
	free(data);
	if (status != 0) {
		push_failed(host, remote, status, 1);
		return WIFEXITED(status) && WEXITSTATUS(status) == EXIT_INVALID ? EXIT_INVALID : EXIT_SYSTEM;
	}
	cli_printf(stdout, cli_person_digits(st), _("changes sent: %zu, to %s (%s)\n"), n, peer, host);
	/* it carried everything: say what was missing for it to carry
	 * less (the station's answer to how much of our log it holds) */
	if (rekey_pending_said(st, peer, n) && asked != 0) {
		if (asked > 0)
			cli_error(_("%s could not say how much of this database's change log it holds, which lets a push send only what it lacks: hamyar sync status there ended with exit %d (its message is there: run it on %s as the login pushed to). A program there older than this one cannot answer it: upgrade it to this version."),
			    host, asked, host);
		else if (store_station(st, self) == 0)
			cli_error(_("%s could not say how much of this database's change log it holds, which lets a push send only what it lacks: hamyar sync status there did not name this station %s, or could not be run. Check there that %s's key is trusted (hamyar sync status, hamyar sync trust)."),
			    host, self, self);
	}
	return EXIT_OK;
}

/* One waiting version of the record being listed, as list_entry wrote it. */
struct list_ver {
	struct core_version remote;	/* its incoming version: the newest first */
	char *text;			/* its lines; the first "KIND ID mine=..." */
};

struct list_ctx {
	struct store_txn *t;
	FILE *out;
	size_t n;		/* records listed */
	int err;
	char self[CORE_STATION_MAX + 1];	/* this database's station */
	const struct store_identity *who;	/* NULL: no policy */
	int clocks;		/* --clocks: the versions' clock stamps */
	unsigned amount_flags;	/* how an amount is written (tui_text_amount_flags) */
	int all;		/* --all: the decided entries too, after the open ones */
	FILE *dec;		/* ... written here meanwhile */
	size_t ndec;		/* ... how many */
	size_t hidden;		/* conflicts of records he may not read ... */
	size_t nhidden;		/* ... and those records, each once */
	enum core_kind hkind;	/* the last of them */
	char hid[CORE_ID_MAX];
	/* the record being listed: its waiting versions, written out
	 * together once the queue moves on to another record (list_flush) */
	enum core_kind kind;
	char id[CORE_ID_MAX];
	struct list_ver *v;
	size_t nv, capv;
};

/* A kind in a listing: its name under --lang en (as scripts and the
 * English catalog have it), its Persian label otherwise. */
static const char *
kind_word(const struct core_schema *s)
{
	return strcmp(loc_lang(), "en") == 0 ? s->name : _(s->label);
}

/* Field f of s in a listing: "name" in English; in Persian its label,
 * with (with_name) the name that `sync resolve ID FIELD,...` takes. */
static void
field_word(const struct core_schema *s, size_t f, int with_name, char *buf, size_t n)
{
	if (strcmp(loc_lang(), "en") == 0)
		snprintf(buf, n, "%s", s->fields[f].name);
	else if (with_name)
		snprintf(buf, n, "%s (%s)", _(s->fields[f].label), s->fields[f].name);
	else
		snprintf(buf, n, "%s", _(s->fields[f].label));
}

/* The station that changed a field, by (store_sync_conflict_by; dflt
 * where it is not known), as `sync conflicts` says it: "here" for this
 * database's. */
static const char *
changed_by(const char *self, const char *by, const char *dflt)
{
	if (*by == '\0')
		by = dflt;
	return strcasecmp(by, self) == 0 ? _("here") : by;
}

/* Field f of r as `sync conflicts` writes it, into buf: in Persian (any
 * language but English) a choice by the label its form shows
 * («تصویب‌شده», not approved), a set of them joined with «، », a
 * yes/no field بله or خیر and a county by its name (مرند, not MRD), as `hamyar audit` and the conflict screen say
 * them, a whole number (urgency) in the amounts' digits, grouped, and a
 * text (a title) in those digits too, a Latin word's as written; under
 * --lang en, for a script, and every other value, as stored
 * (core_value_format).  An amount of money is grouped by threes as
 * amount_flags says (tui_text_amount_flags: ۴۰۰٬۰۰۰٬۰۰۰ in Persian,
 * 400,000,000 under --lang en or for a user of ASCII digits), as
 * `report`, `match` and `rank --explain` write their figures: nine
 * digits in a row are misread by a zero. */
static void
conflict_value(const struct core_record *r, int f, unsigned amount_flags, char *buf, size_t n)
{
	const struct core_field *fd = &core_schema_get(r->kind)->fields[f];
	const struct core_value *v = &r->v[f];
	const char *l;
	size_t len = 0;
	int i, k;

	core_value_format(r, f, buf, n);
	if (!v->set || buf[0] == '\0')
		return;
	if (fd->type == CORE_FT_AMOUNT) {
		loc_amount_format(v->num, amount_flags, buf, n);
		return;
	}
	if (strcmp(loc_lang(), "en") == 0)
		return;
	switch (fd->type) {
	case CORE_FT_ENUM:
		if ((l = core_choice_label(fd, (int)v->num)) != NULL)
			loc_utf8_copy(buf, n, _(l));
		break;
	case CORE_FT_BOOL:
		loc_utf8_copy(buf, n, v->num ? _("Yes") : _("No"));
		break;
	case CORE_FT_INT:
		/* a whole number (urgency, a population) in the amounts'
		 * digits, grouped, as `hamyar audit` writes it (before,
		 * «5» beside «۴۰۰٬۰۰۰٬۰۰۰») */
		loc_amount_format(v->num, amount_flags, buf, n);
		break;
	case CORE_FT_TEXT:
		/* a title, a name: in the digits of the figures around
		 * it, a Latin word's as written, as the screens show stored
		 * text (before, «پاسگاه 3» beside «۴۰۰٬۰۰۰٬۰۰۰») */
		if (amount_flags & LOC_FMT_FA_DIGITS) {
			char *fa = loc_digits_to_fa_text(buf);

			if (fa != NULL)
				loc_utf8_copy(buf, n, fa);
			free(fa);
		}
		break;
	case CORE_FT_COUNTY:	/* by its name, as the form shows it */
		if ((l = county_fa(buf)) != buf)
			loc_utf8_copy(buf, n, l);
		break;
	case CORE_FT_SET:
		k = core_choice_count(fd);
		for (i = 0; i < k && i < 63; i++)
			if ((v->num & ((int64_t)1 << i)) && core_choice_label(fd, i) == NULL)
				return;	/* a choice this program has no label for: as stored */
		buf[0] = '\0';
		for (i = 0; i < k && i < 63 && len < n; i++)
			if (v->num & ((int64_t)1 << i))
				len += (size_t)snprintf(buf + len, n - len, "%s%s",
				    len > 0 ? "\u060C " : "", _(core_choice_label(fd, i)));
		break;
	default:
		break;
	}
}

/* changed_by, but for versions made in two databases of one station, one
 * (tui_conflict_one_station), whose code tells no side: a change of that
 * station's is said by its side, "mine" or "theirs" (theirs set). */
static const char *
changed_side(const char *self, const char *one, int theirs, const char *by, const char *dflt)
{
	if (one[0] != '\0' && strcasecmp(*by != '\0' ? by : dflt, one) == 0)
		return theirs ? _("theirs") : _("mine");
	return changed_by(self, by, dflt);
}

/* A side's version in an entry's header: the station that made it and
 * when, a Jalali date and time in ASCII digits, "TBZ 1405/09/11 08:15";
 * with --clocks its clock stamp instead, "117692239560769536@TBZ", for a
 * script (the changed: line under it then gives the times). */
static void
version_word(const struct core_version *v, const struct list_ctx *l, char *buf, size_t n)
{
	char when[48];

	if (l->clocks) {
		core_version_format(v, buf, n);
		return;
	}
	if (v->hlc == 0)
		snprintf(when, sizeof when, "?");
	else
		tui_fmt_when((int64_t)(core_hlc_ms(v->hlc) / 1000), TUI_WHEN_ASCII, when,
		    sizeof when);
	snprintf(buf, n, "%s %s", v->origin[0] != '\0' ? v->origin : l->self, when);
}

static int
list_entry(const struct store_conflict *c, struct list_ctx *l)
{
	const struct core_schema *s = core_schema_get(c->kind);
	struct core_record *mine, *theirs;
	struct core_version mv, tv;
	char v1[96], v2[96], a[512], b[512], fw[160];
	char one[CORE_STATION_MAX + 1];	/* two databases of this station made
					   the versions (tui_conflict_one_station) */
	unsigned diff, mine_ch = 0, theirs_ch = 0;
	char by_mine[32][CORE_STATION_MAX + 1], by_theirs[32][CORE_STATION_MAX + 1];
	size_t i;
	int rc, known, apart;

	if ((rc = store_sync_conflict_sides(l->t, c, &mine, &theirs)) != 0) {
		l->err = rc;
		return 1;
	}
	if (l->who != NULL) {
		/* a clerk reads his own county's records only (SPEC §11):
		 * another county's conflict, both its versions' values, is
		 * not his to see; either side out of his scope hides it */
		struct core_access acc;
		int r1 = store_users_may(l->t, l->who, CORE_ACCESS_READ, mine, &acc);
		int r2 = r1 == 1 ? store_users_may(l->t, l->who, CORE_ACCESS_READ, theirs, &acc) : r1;

		if (r2 != 1) {
			core_record_free(mine);
			core_record_free(theirs);
			if (r2 < 0) {
				l->err = r2;
				return 1;
			}
			l->hidden++;
			return 0;
		}
	}
	/* the stations and times of the two sides' versions as the values
	 * below are: the record in use may be a third station's version,
	 * newer than the entry (store_sync_conflict_versions); the header
	 * names the same versions as the changed: line under it (--clocks) */
	if ((rc = store_sync_conflict_versions(l->t, c, l->self, &mv, &tv)) != 0) {
		core_record_free(mine);
		core_record_free(theirs);
		l->err = rc;
		return 1;
	}
	version_word(&mv, l, v1, sizeof v1);
	version_word(&tv, l, v2, sizeof v2);
	tui_conflict_one_station(c, &mv, &tv, l->self, one);
	if (c->dup && c->holder[0])
		/* Both records are kept until a person settles them; mine is
		 * the earlier one (the holder), theirs the later one (c->id). */
		fprintf(l->out, _("%s %s mine=%s theirs=%s kept=both duplicate\n"),
		    kind_word(s), c->id, v1, v2);
	else
		fprintf(l->out, _("%s %s mine=%s theirs=%s kept=%s%s\n"), kind_word(s), c->id,
		    v1, v2, c->dup || !c->loser_is_local ? _("mine") : _("theirs"),
		    c->dup ? _(" duplicate") : "");
	{
		/* Under the header, what it does not say: where two records
		 * of a duplicate were each changed, or that one station's two
		 * databases made the two versions (which "mine=TBZ ...
		 * theirs=TBZ ..." does not tell); with --clocks, whose header
		 * gives clock stamps, when each version was made, as a
		 * Jalali date and time.  Without it the header already says
		 * each side's station and time: a line saying them again
		 * only made the supervisor read each entry twice. */
		char wl[48], wr[48];

		tui_fmt_when((int64_t)(core_hlc_ms(mv.hlc) / 1000), TUI_WHEN_ASCII,
		    wl, sizeof wl);
		tui_fmt_when((int64_t)(core_hlc_ms(tv.hlc) / 1000), TUI_WHEN_ASCII,
		    wr, sizeof wr);
		if (c->dup && c->holder[0] && l->clocks)
			/* two records, each changed at its own station,
			 * maybe neither here */
			fprintf(l->out, _("  changed: %s at %s %s, %s at %s %s\n"),
			    c->holder, c->local.version.origin, wl,
			    c->id, c->remote.version.origin, wr);
		else if (c->dup && c->holder[0])
			fprintf(l->out, _("  changed: %s at %s, %s at %s\n"),
			    c->holder, c->local.version.origin,
			    c->id, c->remote.version.origin);
		else if (one[0] != '\0') {
			/* made in two databases of one station (installed
			 * afresh or restored from a backup), which "at TBZ,
			 * at TBZ" would not say */
			if (strcasecmp(one, l->self) == 0 && l->clocks)
				fprintf(l->out, _("  changed: in two databases of this station (installed afresh or restored from a backup): this database's version %s, the incoming %s\n"),
				    wl, wr);
			else if (strcasecmp(one, l->self) == 0)
				fprintf(l->out, "%s", _("  changed: in two databases of this station (installed afresh or restored from a backup)\n"));
			else if (l->clocks)
				fprintf(l->out, _("  changed: in two databases of %s (installed afresh or restored from a backup): this database's version %s, the incoming %s\n"),
				    one, wl, wr);
			else
				fprintf(l->out, _("  changed: in two databases of %s (installed afresh or restored from a backup)\n"),
				    one);
		} else if (!l->clocks)
			;	/* the header says it all */
		else if (mv.origin[0] == '\0' || strcasecmp(mv.origin, l->self) == 0)
			fprintf(l->out, _("  changed: here %s, at %s %s\n"), wl, tv.origin, wr);
		else	/* the version in use here is a third station's */
			fprintf(l->out, _("  changed: at %s %s, at %s %s\n"), mv.origin, wl,
			    tv.origin, wr);
	}
	/* Two records typed apart under one number (a station installed
	 * afresh): no decision here keeps both */
	if ((rc = store_sync_conflict_apart(l->t, c)) < 0) {
		core_record_free(mine);
		core_record_free(theirs);
		l->err = rc;
		return 1;
	}
	if ((apart = rc == 1))
		fprintf(l->out, "  %s\n", _(tui_conflict_apart_text));
	/* A duplicate: name the other record that holds the value. */
	for (i = 0; c->dup && i < s->nfields; i++) {
		char holder[CORE_ID_MAX];

		if (!(s->fields[i].flags & CORE_FF_UNIQUE) || !theirs->v[i].set)
			continue;
		if (c->holder[0]) {
			if (!mine->v[i].set || !core_value_equal(mine, theirs, (int)i))
				continue;
			loc_utf8_copy(holder, sizeof holder, c->holder);
		} else if (store_lookup_unique(l->t, c->kind, (int)i,
		    core_record_text(theirs, (int)i), holder) != 0) {
			continue;
		}
		field_word(s, i, 0, fw, sizeof fw);
		fprintf(l->out, _("  duplicate of %s (%s)\n"), holder, fw);
	}
	core_merge_diff(mine, theirs, &diff);
	/* Which side changed each field since the two last agreed, where
	 * that is known (not for a duplicate) */
	/* and which station made each change: a side is not one station's
	 * (at HQ the version set aside may be TBZ's, the one in use MRG's,
	 * with an edit made here since) */
	if ((rc = store_sync_conflict_changed(l->t, c, mine, theirs, &mine_ch, &theirs_ch)) < 0 ||
	    ((known = rc == 1) && (rc = store_sync_conflict_by(l->t, c, mine_ch, theirs_ch,
	    by_mine, by_theirs)) != 0)) {
		core_record_free(mine);
		core_record_free(theirs);
		l->err = rc;
		return 1;
	}
	/* Two records of a duplicate differ in id, of course. */
	for (i = c->dup && c->holder[0] ? 1 : 0; i < s->nfields; i++) {
		if (!(diff & (1u << i)))
			continue;
		conflict_value(mine, (int)i, l->amount_flags, a, sizeof a);
		conflict_value(theirs, (int)i, l->amount_flags, b, sizeof b);
		field_word(s, i, 1, fw, sizeof fw);
		{
			/* a bidi override or a control character in a value
			 * must not reach the terminal raw */
			char *sa = loc_text_sanitize(a), *sb = loc_text_sanitize(b);

			if (!known)
				fprintf(l->out, _("  %s: mine=\"%s\" theirs=\"%s\"\n"), fw,
				    sa != NULL ? sa : "?", sb != NULL ? sb : "?");
			else	/* here, the other station, or both */
				fprintf(l->out, _("  %s: mine=\"%s\" theirs=\"%s\" changed=%s\n"), fw,
				    sa != NULL ? sa : "?", sb != NULL ? sb : "?",
				    (mine_ch & theirs_ch & (1u << i)) ? _("both") :
				    changed_side(l->self, one, (theirs_ch & (1u << i)) != 0,
				    (theirs_ch & (1u << i)) ? by_theirs[i] : by_mine[i],
				    (theirs_ch & (1u << i)) ? tv.origin : l->self));
			free(sa);
			free(sb);
		}
	}
	{
		/* deleted on one side only: the record's state, not a field */
		int md, td;

		if ((rc = store_sync_conflict_deleted(l->t, c, &md, &td)) != 0) {
			core_record_free(mine);
			core_record_free(theirs);
			l->err = rc;
			return 1;
		}
		if (md != td)
			fprintf(l->out, _("  deleted: mine=%s theirs=%s\n"), md ? _("yes") : _("no"),
			    td ? _("yes") : _("no"));
		/* No field listed and nothing else apart: the two hold the
		 * same values (both stations made the same edit), nothing to
		 * merge; say so, and what closes it, as the conflict screen's
		 * foot does.  Before, the header stood alone, with no line
		 * saying why. */
		else if (!apart && (diff & ~(c->dup && c->holder[0] ? 1u : 0u)) == 0) {
			if (c->dup && c->holder[0])
				fprintf(l->out, _("  the two records hold the same values: mine keeps %s and retires %s, theirs the reverse\n"),
				    c->holder, c->id);
			else
				fprintf(l->out, "%s", _("  the two versions hold the same values: mine or theirs closes it, there is nothing to merge\n"));
		}
	}
	core_record_free(mine);
	core_record_free(theirs);
	return 0;
}

static int
ver_newest_first(const void *a, const void *b)
{
	return -core_version_cmp(&((const struct list_ver *)a)->remote,
	    &((const struct list_ver *)b)->remote);
}

/* Writes the record gathered in l, one entry per record: its newest
 * incoming version's lines first, the header ending with how many
 * versions wait when more than one does ("versions=2"), then each other
 * version's, its header indented and numbered ("  version 2 of 2:
 * mine=... theirs=... kept=..."), as the conflict screen shows them one
 * at a time.  A supervisor reads one entry per record to decide, as
 * `sync resolve ID` decides a record. */
static void
list_flush(struct list_ctx *l)
{
	size_t i, plen;
	char prefix[CORE_ID_MAX + 80];

	if (l->nv == 0)
		return;
	qsort(l->v, l->nv, sizeof *l->v, ver_newest_first);
	snprintf(prefix, sizeof prefix, "%s %s ", kind_word(core_schema_get(l->kind)), l->id);
	plen = strlen(prefix);
	for (i = 0; i < l->nv; i++) {
		char *t = l->v[i].text, *nl = strchr(t, '\n');
		size_t hl = nl != NULL ? (size_t)(nl - t) : strlen(t);

		if (i == 0 && l->nv > 1) {
			fprintf(l->out, "%.*s", (int)hl, t);
			fprintf(l->out, _(" versions=%zu"), l->nv);
		} else if (i > 0 && hl >= plen && strncmp(t, prefix, plen) == 0) {
			fprintf(l->out, _("  version %zu of %zu: "), i + 1, l->nv);
			fprintf(l->out, "%.*s", (int)(hl - plen), t + plen);
		} else {
			fprintf(l->out, "%.*s", (int)hl, t);
		}
		fputs(nl != NULL ? nl : "\n", l->out);
		free(t);
	}
	l->n++;
	l->nv = 0;
}

static int list_open(const struct store_conflict *c, void *vctx);

/* The audit entry of the decision that closed entry c as its state says,
 * made here (store_audit_resolved: "decision" mine, theirs or merged, a
 * merge whose result is one side whole "merged" with "result"): the first
 * such entry of its record made after the later of its two versions (less
 * ten minutes, for another station's clock ahead of ours), into who and
 * when (a Jalali date and time in the digits of amount_flags, a person's
 * as `hamyar audit` writes its times: «۱۴۰۵/۰۹/۱۲ ۰۹:۳۵» in Persian;
 * before, always ASCII in a Persian sentence).  Returns 1 if found, 0 if
 * not (decided at another database, whose decision came in a bundle, or
 * by a program before the audit log said so), <0 a store code. */
static int
decided_by(struct store_txn *t, const struct store_conflict *c, char *who, size_t wn,
    char *when, size_t whn, unsigned amount_flags)
{
	const char *want = store_conflict_state_name(c->state);
	int64_t after = (int64_t)(core_hlc_ms(c->local.version.hlc > c->remote.version.hlc ?
	    c->local.version.hlc : c->remote.version.hlc) / 1000) - 600;
	struct store_iter *it;
	struct store_audit a;
	int rc, found = 0;

	if ((rc = store_audit_iter(t, c->id, 0, &it)) != 0)
		return rc;
	for (;;) {
		const char *dec = NULL, *res = NULL;
		size_t i;

		memset(&a, 0, sizeof a);
		if ((rc = store_audit_next(it, &a)) == STORE_ENOTFOUND) {
			rc = 0;
			break;
		}
		if (rc == STORE_ECORRUPT)
			continue;	/* (an entry that cannot be read) */
		if (rc != 0)
			break;
		for (i = 0; a.action == STORE_ACT_RESOLVE && i < a.nfields; i++)
			if (strcmp(a.fields[i].name, "decision") == 0)
				dec = a.fields[i].new_text;
			else if (strcmp(a.fields[i].name, "result") == 0)
				res = a.fields[i].new_text;
		if (dec != NULL && a.kind == c->kind && strcmp(a.id, c->id) == 0 && a.time >= after &&
		    (strcmp(dec, want) == 0 || (strcmp(dec, "merged") == 0 && res != NULL &&
		    strcmp(res, want) == 0))) {
			loc_utf8_copy(who, wn, a.user);
			tui_fmt_when(a.time, TUI_WHEN_ASCII, when, whn);
			if (amount_flags & LOC_FMT_FA_DIGITS) {
				char *fa = loc_digits_to_fa(when);

				if (fa != NULL)
					loc_utf8_copy(when, whn, fa);
				free(fa);
			}
			found = 1;
		}
		store_audit_done(&a);
		if (found)
			break;
	}
	store_iter_free(it);
	return rc < 0 ? rc : found;
}

/* A decided (or superseded) entry c, for `sync conflicts --all`, into
 * l->dec: a header as an open entry's, its two versions at the time,
 * with how it was closed, "decided=theirs" (mine, theirs, merged;
 * superseded: its author's newer version took its place), then a line
 * saying it in words with who decided and when where the audit log here
 * holds it.  A decision that came in a bundle is stored in its maker's
 * words (store_sync_settle): its "mine" is the other database's own
 * version, which the line says.  The fields are not listed: the record
 * has moved on since. */
static int
list_decided(const struct store_conflict *c, struct list_ctx *l)
{
	const struct core_schema *s = core_schema_get(c->kind);
	char v1[96], v2[96], who[64], when[48];
	enum store_conflict_state state;
	const char *how;
	int rc, elsewhere;

	if (l->who != NULL) {
		/* a clerk: his own county's records only, as the open ones */
		struct core_record *mine = NULL, *theirs = NULL;
		struct core_access acc;
		int r = store_sync_conflict_sides(l->t, c, &mine, &theirs);

		if (r == 0) {
			r = store_users_may(l->t, l->who, CORE_ACCESS_READ, mine, &acc);
			if (r == 1)
				r = store_users_may(l->t, l->who, CORE_ACCESS_READ, theirs, &acc);
		}
		core_record_free(mine);
		core_record_free(theirs);
		if (r < 0 && r != STORE_ENOTFOUND) {
			l->err = r;
			return 1;
		}
		if (r != 1)
			return 0;
	}
	/* A decision made at another station that said what it kept
	 * (store_kept): in this database's words, whatever that station's
	 * "mine" was (TBZ keeping its own version is "theirs" at HQ). */
	elsewhere = c->by[0] != '\0' && c->kept != STORE_KEPT_UNKNOWN &&
	    c->state != STORE_CONFLICT_SUPERSEDED && strcasecmp(c->by, l->self) != 0;
	state = c->state;
	if (elsewhere) {
		/* (an entry settled before its version came: that version,
		 * the one queued everywhere, is the incoming one here) */
		int queued_mine = c->local.version.hlc != 0 && c->loser_is_local;

		state = c->kept == STORE_KEPT_MERGED ? STORE_CONFLICT_MERGED :
		    (c->kept == STORE_KEPT_QUEUED) == queued_mine ? STORE_CONFLICT_MINE :
		    STORE_CONFLICT_THEIRS;
	}
	switch (state) {
	case STORE_CONFLICT_MINE:	how = _("mine"); break;
	case STORE_CONFLICT_THEIRS:	how = _("theirs"); break;
	case STORE_CONFLICT_MERGED:	how = _("merged"); break;
	default:			how = _("superseded"); break;
	}
	version_word(&c->remote.version, l, v2, sizeof v2);
	if (c->local.version.hlc == 0 && elsewhere)
		fprintf(l->dec, _("%s %s version=%s decided=%s at=%s\n"), kind_word(s), c->id, v2, how,
		    c->by);
	else if (c->local.version.hlc == 0)	/* settled at another database before it came here */
		fprintf(l->dec, _("%s %s version=%s decided=%s\n"), kind_word(s), c->id, v2, how);
	else {
		version_word(&c->local.version, l, v1, sizeof v1);
		if (elsewhere)
			fprintf(l->dec, _("%s %s mine=%s theirs=%s decided=%s at=%s\n"), kind_word(s),
			    c->id, v1, v2, how, c->by);
		else
			fprintf(l->dec, _("%s %s mine=%s theirs=%s decided=%s\n"), kind_word(s), c->id,
			    v1, v2, how);
	}
	if (elsewhere) {
		const char *kept = tui_audit_note_value("decision", store_conflict_state_name(state));

		/* (this database's version: the one it had, or has, of the
		 * record; a version settled before it came is the incoming
		 * one) */
		fprintf(l->dec, _("  decided at station %s: %s (in this database's words; who and when are in %s's audit log, not here)\n"),
		    c->by, kept, c->by);
	} else if (c->state == STORE_CONFLICT_SUPERSEDED) {
		fprintf(l->dec, "%s", _("  superseded: a newer version from the same station took its place in the queue (not a decision)\n"));
	} else {
		const char *kept = tui_audit_note_value("decision", store_conflict_state_name(c->state));

		if (c->dup && c->holder[0])
			kept = c->state == STORE_CONFLICT_MINE ? _("the earlier record kept the value") :
			    _("the later record kept the value");
		if ((rc = decided_by(l->t, c, who, sizeof who, when, sizeof when, l->amount_flags)) < 0) {
			l->err = rc;
			return 1;
		}
		if (rc == 1)
			fprintf(l->dec, _("  decided: %s, by %s, %s\n"), kept, who, when);
		else	/* (a decision that came in a bundle keeps its maker's words:
			 * "mine" was that database's own version) */
			fprintf(l->dec, "%s", _("  decided at another database (mine and theirs are that database's sides there), or by an earlier version of the program: who and when are not in the audit log here\n"));
	}
	l->ndec++;
	return 0;
}

static int
list_conflict(const struct store_conflict *c, void *vctx)
{
	struct list_ctx *l0 = vctx;

	if (c->state != STORE_CONFLICT_OPEN)
		return l0->all ? list_decided(c, l0) : 0;
	return list_open(c, vctx);
}

static int
list_open(const struct store_conflict *c, void *vctx)
{
	struct list_ctx *l = vctx;
	FILE *real = l->out, *f;
	char *text = NULL;
	size_t len = 0, hidden = l->hidden;
	int rc;

	if (l->nv > 0 && (l->kind != c->kind || strcmp(l->id, c->id) != 0))
		list_flush(l);
	if ((f = open_memstream(&text, &len)) == NULL) {
		l->err = STORE_ENOMEM;
		return 1;
	}
	l->out = f;
	rc = list_entry(c, l);
	l->out = real;
	if (fclose(f) != 0 || text == NULL) {
		free(text);
		l->err = STORE_ENOMEM;
		return 1;
	}
	if (rc == 0 && l->hidden != hidden && (l->nhidden == 0 || l->hkind != c->kind ||
	    strcmp(l->hid, c->id) != 0)) {
		/* a record he may not read, counted once however many of
		 * its versions wait */
		l->nhidden++;
		l->hkind = c->kind;
		memcpy(l->hid, c->id, sizeof l->hid);
	}
	if (rc != 0 || l->hidden != hidden || len == 0) {
		free(text);
		return rc;
	}
	if (l->nv == l->capv) {
		size_t cap = l->capv ? 2 * l->capv : 4;
		struct list_ver *nv = realloc(l->v, cap * sizeof *nv);

		if (nv == NULL) {
			free(text);
			l->err = STORE_ENOMEM;
			return 1;
		}
		l->v = nv;
		l->capv = cap;
	}
	l->kind = c->kind;
	loc_utf8_copy(l->id, sizeof l->id, c->id);
	l->v[l->nv].remote = c->remote.version;
	l->v[l->nv++].text = text;
	return 0;
}

struct resolve_ctx {
	const char *id;
	int kind;		/* found kind, -1 */
	const char *how;	/* mine | theirs | merge | field list */
	struct store_txn *t;	/* merge: the write, where the mask is made */
	int known;		/* merge: which side changed what is known */
	int picked;		/* merge: the mask is of entry best (below) */
	int best_dup;		/* merge: best is a duplicate's entry */
	struct core_version best;	/* merge: its incoming version */
	unsigned mask;
	int bad_field;
	int rc;
	struct store_why why;	/* of a refusal */
	int entries;		/* merge: the record's open entries */
	int same;		/* merge: entry best's two versions hold the
				   same values (one record, neither deleted
				   where the other is, not made apart) */
	int as_mine;		/* merge asked, recorded as mine: nothing
				   was there to merge */
};

/* `resolve ID merge`: the fields to take from theirs, each side's own
 * changes since the two last agreed kept (core_merge_pick), into r->mask;
 * r->known 0 when that cannot be told. */
static int
merge_mask(struct store_txn *t, const struct store_conflict *c, struct resolve_ctx *r)
{
	struct core_record *mine = NULL, *theirs = NULL;
	unsigned diff, mc, tc;
	int rc;

	r->known = 0;
	r->same = 0;
	if ((rc = store_sync_conflict_sides(t, c, &mine, &theirs)) == 0 &&
	    (rc = store_sync_conflict_changed(t, c, mine, theirs, &mc, &tc)) == 1 &&
	    core_merge_diff(mine, theirs, &diff) >= 0) {
		int md, td;

		r->mask = core_merge_pick(diff, mc, tc, !c->dup && c->loser_is_local);
		r->known = 1;
		/* the two alike, as `sync conflicts` and the conflict screen
		 * tell it (nothing to merge: mine or theirs closes it) */
		if (diff == 0 && !(c->dup && c->holder[0]) &&
		    store_sync_conflict_apart(t, c) == 0 &&
		    store_sync_conflict_deleted(t, c, &md, &td) == 0 && md == td)
			r->same = 1;
	}
	core_record_free(mine);
	core_record_free(theirs);
	return rc < 0 ? rc : 0;
}

static int
find_kind(const struct store_conflict *c, void *vctx)
{
	struct resolve_ctx *r = vctx;

	if (strcmp(c->id, r->id) != 0)
		return 0;
	r->kind = (int)c->kind;
	if (r->t == NULL)
		return 1;
	r->entries++;
	/* A record with several entries (versions from two stations) is
	 * decided on the one store_sync_resolve takes its two sides from, as
	 * the conflict screen shows it: a duplicate's, else the newest
	 * incoming version.  The marks of another entry, of other sides,
	 * would take the wrong fields. */
	if (r->picked && (r->best_dup || (!(c->dup && c->holder[0]) &&
	    core_version_cmp(&c->remote.version, &r->best) <= 0)))
		return 0;
	r->picked = 1;
	r->best_dup = c->dup && c->holder[0];
	r->best = c->remote.version;
	if ((r->rc = merge_mask(r->t, c, r)) != 0)
		return r->rc;
	return 0;
}

static int
do_resolve(struct store_txn *t, void *vctx)
{
	struct resolve_ctx *r = vctx;
	enum store_conflict_state state = STORE_CONFLICT_MERGED;
	int rc;

	if (strcmp(r->how, "merge") == 0) {
		/* made in this transaction, from the queue as it is now */
		r->t = t;
		r->kind = -1;
		r->picked = 0;
		r->entries = 0;
		r->as_mine = 0;
		rc = store_sync_conflicts(t, 0, find_kind, r);
		r->t = NULL;
		if (rc < 0)
			return rc;
		if (r->kind < 0)
			return STORE_ENOTFOUND;
		if (!r->known)
			return STORE_EINVAL;	/* r->why.code 0: said by the caller */
		/* One version waiting, holding the values of the one in use
		 * (both stations made the same edit): nothing to merge.  It
		 * is recorded as what it is, mine kept, as the conflict
		 * screen's F4 records it (F2 is refused there); before, the
		 * audit log read «merged» for it.  Still taken, so a script
		 * that resolves every conflict with merge goes on. */
		if (r->same && r->entries == 1) {
			r->as_mine = 1;
			r->mask = 0;
			if ((rc = store_sync_resolve_fold(t, (enum core_kind)r->kind, r->id, 0,
			    STORE_CONFLICT_MINE, 0)) != 0)
				r->why = *store_txn_why(t);
			return rc;
		}
	}
	if (r->mask == 0)
		state = STORE_CONFLICT_MINE;
	else if (strcmp(r->how, "theirs") == 0)
		state = STORE_CONFLICT_THEIRS;
	if ((rc = store_sync_resolve_fold(t, (enum core_kind)r->kind, r->id, r->mask, state,
	    strcmp(r->how, "merge") == 0 ? STORE_RESOLVE_FOLD | STORE_RESOLVE_MERGE : 0)) != 0)
		r->why = *store_txn_why(t);
	return rc;
}

/* sync resolve: id, the record's (raised: core_id_upper), typed as the
 * administrator gave it, which "no open conflict" quotes. */
/* sync resolve of an id with no open conflict: the open conflicts on
 * records of its number at other stations ("1" typed at MRG is MRG-1, the
 * conflict is on TBZ-1), joined by ", " in list. */
struct same_number {
	uint64_t seq;
	char list[200];
};

static int
same_number(const struct store_conflict *c, void *vctx)
{
	struct same_number *sn = vctx;
	uint64_t seq;
	size_t len = strlen(sn->list);

	if (core_id_parse(c->id, NULL, &seq) != 0 || seq != sn->seq ||
	    strstr(sn->list, c->id) != NULL || len + strlen(c->id) + 3 >= sizeof sn->list)
		return 0;
	snprintf(sn->list + len, sizeof sn->list - len, "%s%s", len > 0 ? ", " : "", c->id);
	return 0;
}

/* Unit id's county as stored now into out (n bytes; "" if none or not
 * read).  Returns 0 or a store code. */
static int
unit_county(struct store *st, const char *id, char *out, size_t n)
{
	struct store_txn *t;
	struct core_record *u;
	struct store_meta m;
	const char *c;
	int rc;

	out[0] = '\0';
	if ((rc = store_read_begin(st, &t)) != 0)
		return rc;
	if ((rc = store_get(t, CORE_UNIT, id, &u, &m)) == 0) {
		if ((c = core_record_text(u, CORE_UNIT_COUNTY)) != NULL)
			loc_utf8_copy(out, n, c);
		core_record_free(u);
	}
	store_read_end(t);
	return rc;
}

static int
sync_resolve(struct store *st, const char *id, const char *typed, const char *how)
{
	struct resolve_ctx r;
	struct store_txn *t;
	const struct core_schema *s;
	char *list, *tok, *save, before[CORE_COUNTY_MAX] = "";
	int rc, f;

	memset(&r, 0, sizeof r);
	r.id = id;
	r.kind = -1;
	r.how = how;
	if ((rc = store_read_begin(st, &t)) != 0)
		goto fail;
	rc = store_sync_conflicts(t, 0, find_kind, &r);
	store_read_end(t);
	if (rc < 0)
		goto fail;
	if (r.kind < 0) {
		struct same_number sn;

		memset(&sn, 0, sizeof sn);
		if (core_id_parse(id, NULL, &sn.seq) == 0 && store_read_begin(st, &t) == 0) {
			(void)store_sync_conflicts(t, 0, same_number, &sn);
			store_read_end(t);
		}
		if (sn.list[0] != '\0')
			cli_error(_("no open conflict on %s; open conflicts on that number: %s"), typed,
			    sn.list);
		else
			cli_error(_("no open conflict on %s"), typed);
		return EXIT_INVALID;
	}
	s = core_schema_get((enum core_kind)r.kind);
	if (strcmp(how, "mine") == 0 || strcmp(how, "merge") == 0) {
		r.mask = 0;	/* merge: made by do_resolve */
	} else if (strcmp(how, "theirs") == 0) {
		r.mask = (1u << s->nfields) - 1;
	} else {
		/* FIELD,FIELD: those fields from theirs, the rest mine. */
		if ((list = strdup(how)) == NULL)
			return EXIT_SYSTEM;
		for (tok = strtok_r(list, ", ", &save); tok; tok = strtok_r(NULL, ", ", &save)) {
			if ((f = core_field_find(s, tok)) <= 0) {
				/* the names `sync conflicts` gives in brackets */
				char names[1024];
				size_t i, n = 0;

				names[0] = '\0';
				for (i = 1; i < s->nfields && n < sizeof names; i++)
					n += (size_t)snprintf(names + n, sizeof names - n, "%s%s",
					    i > 1 ? ", " : "", s->fields[i].name);
				cli_error(_("'%s' is not a field of a %s: name the fields as sync conflicts gives them in brackets (%s)"),
				    tok, kind_word(s), names);
				free(list);
				return EXIT_USAGE;
			}
			r.mask |= 1u << f;
		}
		free(list);
	}
	/* a unit: its county before the decision, to say where its needs
	 * go if the version kept names another (unit_county) */
	if (r.kind == CORE_UNIT)
		unit_county(st, id, before, sizeof before);
	if ((rc = store_write(st, do_resolve, &r)) != 0) {
		if (rc == STORE_EINVAL && strcmp(how, "merge") == 0 && !r.known) {
			cli_error(_("cannot merge %s: which side changed what is not known here (a duplicate, or a history from before this version); resolve it with mine, theirs or the fields to take"),
			    id);
			return EXIT_INVALID;
		}
		if (rc == STORE_EINVAL && r.why.code == STORE_EINVAL && r.why.field > 0 &&
		    (size_t)r.why.field < s->nfields) {
			/* a mixture whose fields do not go together, and the
			 * value the rule is about (the pledge's date) */
			struct core_issue is = { CORE_SEV_ERROR, r.why.field, (enum core_msg)r.why.msg,
			    r.why.arg };
			char said[300];

			cli_error(_("cannot resolve %s: the fields taken do not go together with the rest: %s (%s): %s; take the fields it goes with from the same side, or keep one version whole (mine or theirs)"),
			    id, _(s->fields[r.why.field].label), s->fields[r.why.field].name,
			    cli_ascii(tui_issue_fact(&is, 1, said, sizeof said)));
			return EXIT_INVALID;
		}
		goto fail;
	}
	printf(_("%s resolved\n"), id);
	if (r.as_mine) {
		/* on the standard error: scripts read "ID resolved" alone */
		fflush(stdout);
		cli_error(_("%s: the two versions hold the same values, nothing to merge: recorded as mine (this database's version kept)"),
		    id);
	}
	if (r.kind == CORE_UNIT && before[0] != '\0') {
		char after[CORE_COUNTY_MAX];
		long all = 0, open = 0;

		if (unit_county(st, id, after, sizeof after) == 0 && after[0] != '\0' &&
		    strcmp(before, after) != 0 && store_read_begin(st, &t) == 0) {
			if (tui_unit_needs(t, id, &all, &open) == 0 && all > 0) {
				cli_printf(stdout, cli_person_digits(st),
				    _("with this change, this unit's needs (%ld, %ld of them open) and their pledges move to county %s"),
				    all, open, cli_county_name(after));
				putchar('\n');
			}
			store_read_end(t);
		}
	}
	return EXIT_OK;
fail:
	cli_error(_("cannot resolve %s: %s"), id, tui_store_strerror(rc));
	return exit_for(rc);
}

static void
sync_usage(void)
{
	cli_error("%s", _("usage: hamyar sync key [--new] | trust STATION PUBKEY|- [--replace] | export --to PEER [--out FILE [--force]] | import FILE|- | push [USER@]HOST | conflicts [--clocks] [--all] | resolve ID mine|theirs|merge|FIELD,... | status"));
}

/* sync status: this station and, per station trusted here, the numbers the
 * bundles move and when the last bundle came from it and went to it (what
 * the keys screen shows), so HQ sees which station has been silent and for
 * how long.  Returns 0 or a store code. */
static int
sync_status(struct store *st)
{
	struct tui_sync_peer *v = NULL;
	char station[CORE_STATION_MAX + 1], in[96], out[96], a[24], b[24], c[24];
	uint64_t last;
	size_t n, i;
	int rc;
	/* in the digits a person reads (a change's number as it is, not
	 * grouped: «تا شمارهٔ ۱۳۶۷»), the times too; before, ASCII in the
	 * Persian sentence */
	unsigned flags = cli_person_digits(st) & ~LOC_FMT_GROUP;
	unsigned when = (flags & LOC_FMT_FA_DIGITS) ? 0 : TUI_WHEN_ASCII;

	if ((rc = store_station(st, station)) != 0 ||
	    (rc = tui_sync_peers(st, &v, &n, &last)) != 0)
		return rc;
	loc_amount_format((int64_t)last, flags, c, sizeof c);
	printf(_("station %s, its change log up to %s\n"), station, c);
	if (n == 0)
		fputs(_("no station is trusted yet (sync trust)\n"), stdout);
	for (i = 0; i < n; i++) {
		loc_amount_format((int64_t)v[i].recv, flags, a, sizeof a);
		loc_amount_format((int64_t)v[i].acked, flags, b, sizeof b);
		printf(_("%s: received up to %s, acknowledged %s of %s; last bundle in: %s; last bundle out: %s\n"),
		    v[i].code, a, b, c, tui_fmt_ago(v[i].in, when, in, sizeof in),
		    tui_fmt_ago(v[i].out, when, out, sizeof out));
	}
	free(v);
	return 0;
}

/* sync trust STATION KEY [--replace]: a station's key is replaced only when
 * asked for by name, since the new key speaks for that station from then on
 * (the change is in the audit log, old key and new). */
static int
sync_trust(struct store *st, const char *station, const char *hex, int replace)
{
	struct store_txn *t;
	char code[CORE_STATION_MAX + 1], name[64], *have = NULL;
	int rc, replaced = 0;

	if (core_station_normalize(station, code) != 0) {
		/* «مرند» typed for MRD: a county's name (the county table,
		 * Persian or English, ي/ك and spaces as ever) is answered
		 * with its code, which the stations of that county use */
		if (core_county_station(station, code))
			cli_error(_("'%s' is not a station code but a county's name: its code is %s (hamyar sync trust %s KEY), if that is the station whose key this is"),
			    station, code, code);
		else
			cli_error(_("'%s' is not a station code: 2 to 8 ASCII letters or digits"), station);
		return EXIT_INVALID;
	}
	/* Whether a key is there already, only to say so: tui_sync_trust
	 * decides again inside its write. */
	snprintf(name, sizeof name, "sync.trust.%s", code);
	if ((rc = store_read_begin(st, &t)) == 0) {
		if (store_setting_get(t, name, &have, NULL) != 0)
			have = NULL;
		store_read_end(t);
	}
	rc = tui_sync_trust_replaced(st, code, hex, replace, &replaced);
	switch (rc) {
	case 0:
		if (replaced)
			printf(_("the trusted key of station %s was replaced. What it acknowledged is set aside until its first bundle signed with the new key comes: if that bundle goes on from its old change log (its key made anew with sync key --new), it is taken back and the next bundle for %s carries only what it lacks; if not (the station installed afresh), it is forgotten and the next bundle for %s carries all of this database's changes, its own records too. A bundle made for %s before its own comes carries everything, which it takes without change: import %s's bundle first\n"),
			    code, code, code, code, code);
		else if (have != NULL && strcasecmp(have, hex) != 0)
			printf(_("the trusted key of station %s was replaced\n"), code);
		else if (have != NULL)
			/* the same key again: set_trust wrote nothing */
			printf(_("the key of %s is already trusted: nothing changed\n"), code);
		else
			printf(_("%s trusted\n"), code);
		break;
	case TUI_BUNDLE_ESELF:
		cli_error(_("%s is this database's own station: its key is made here (sync key), not trusted"),
		    code);
		break;
	case TUI_BUNDLE_ETRUSTED:
		cli_error(_("station %s already has a trusted key, and this would change it; if the station really has a new key, run again with --replace"),
		    code);
		break;
	case TUI_BUNDLE_EKEYUSED: {
		char holder[CORE_STATION_MAX + 1], own[CORE_STATION_MAX + 1];

		if (tui_sync_key_holder(st, hex, code, holder) != 1)
			cli_error("%s", tui_bundle_strerror(rc));
		else if (store_station(st, own) == 0 && strcmp(holder, own) == 0)
			cli_error(_("this is this database's own key (sync key), not station %s's; ask station %s for the key its 'hamyar sync key' prints"),
			    code, code);
		else
			cli_error(_("this key is already trusted for station %s; one key speaks for one station, so check which station's key this is"),
			    holder);
		break;
	}
	case TUI_BUNDLE_EKEY: {	/* typed by hand: shown as typed, but clean */
		char *typed = loc_text_sanitize(hex), bad[8] = "";
		size_t i, len = 0, l;
		uint32_t cp;

		/* what is wrong with it, as the sync keys screen says: how
		 * many characters it has (one lost or doubled in the copy),
		 * else the first that is not 0-9 or a-f */
		for (i = 0; hex[i] != '\0'; i += l > 0 ? l : 1, len++) {
			l = loc_utf8_decode(hex + i, strlen(hex + i), &cp);
			if (bad[0] == '\0' && !isxdigit((unsigned char)hex[i])) {
				size_t m = l > 0 && l < sizeof bad ? l : 1;

				memcpy(bad, hex + i, m);
				bad[m] = '\0';
			}
		}
		if (len != CORE_KEY_HEX - 1)
			cli_error(_("«%s» is not a station's public key: a key, the last line that 'hamyar sync key' prints at that station, has 64 characters (0-9 and a-f), and this has %zu"),
			    typed != NULL ? typed : "?", len);
		else if (bad[0] != '\0' && (unsigned char)bad[0] >= 0x20)
			cli_error(_("«%s» is not a station's public key: it has «%s» in it, and a key, the last line that 'hamyar sync key' prints at that station, has only 0-9 and a-f"),
			    typed != NULL ? typed : "?", bad);
		else
			cli_error(_("«%s» is not a station's public key: a key is the 64 characters (0-9 and a-f) on the last line that 'hamyar sync key' prints at that station"),
			    typed != NULL ? typed : "?");
		free(typed);
		break;
	}
	default:
		cli_error("%s", tui_bundle_strerror(rc));
		break;
	}
	free(have);
	return rc == 0 ? EXIT_OK : rc == TUI_BUNDLE_ESELF || rc == TUI_BUNDLE_ETRUSTED ||
	    rc == TUI_BUNDLE_EKEYUSED || rc == TUI_BUNDLE_EKEY ? EXIT_INVALID : exit_for(rc);
}

struct trusted_ctx {
	char *buf;
	size_t n;
};

static int
trusted_one(const char *name, const void *data, size_t len, void *vctx)
{
	struct trusted_ctx *c = vctx;
	size_t at = strlen(c->buf);

	(void)data;
	(void)len;
	snprintf(c->buf + at, c->n - at, "%s%s", at > 0 ? " " : "", name + strlen("sync.trust."));
	return 0;
}

/* The stations a key is trusted for here, space-separated, into buf ("" for
 * none, or when they cannot be read: it only helps a message). */
static void
trusted_list(struct store *st, char *buf, size_t n)
{
	struct trusted_ctx c = { buf, n };
	struct store_txn *t;

	buf[0] = '\0';
	if (store_read_begin(st, &t) != 0)
		return;
	if (store_setting_each(t, "sync.trust.", trusted_one, &c) < 0)
		buf[0] = '\0';
	store_read_end(t);
}

/* What sync export --out says of a file there that it keeps, not a bundle
 * (cli_out_free's other_kind, one %s for its path). */
static const char *
not_bundle(void)
{
	return _("%s is already there and is not a sync bundle (a CSV, a document?): nothing was written and the file is kept as it was. Give another name, or add --force to write over it.");
}

/* May sync export --out write over the bundle at path (cli_out_free let it:
 * a bundle is there)?  Only over this station's own earlier bundle for
 * peer, which the new one supersedes.  Another station's, waiting on a
 * stick passed around the offices to be imported elsewhere (MRD's for TBZ
 * at TBZ's name), or this station's for another peer, was replaced in
 * silence; now it is kept (one for this station, imported here already,
 * is written over), said whose it is and another name proposed
 * (--force writes over it).  A header that cannot be read is taken as an
 * earlier bundle, as before.  1, or 0 after saying so. */
static int
bundle_ours(struct store *st, const char *path, const char *peer)
{
	char mine[CORE_STATION_MAX + 1], from[CORE_STATION_MAX + 1], to[CORE_STATION_MAX + 1];
	char dir[4096], name[64], other[4200];

	/* (a pipe or a device there is written to, never read: cli_out_there
	 * says a regular file with something in it) */
	if (path == NULL || strcmp(path, "-") == 0 || !cli_out_there(path) ||
	    store_station(st, mine) != 0 || !tui_bundle_file_ends(path, from, to) ||
	    (strcmp(from, mine) == 0 && strcmp(to, peer) == 0))
		return 1;
	/* one for this station, imported here already (HQ's answer written
	 * over the station's bundle on the stick it came on): done with */
	if (tui_bundle_file_here(st, path))
		return 1;
	store_dir_of(path, dir, sizeof dir);
	snprintf(name, sizeof name, "%s-to-%s.bundle", mine, peer);
	if (cli_path_join(other, sizeof other, dir, name) != 0)
		snprintf(other, sizeof other, "%s", name);
	if (strcmp(from, mine) != 0)
		cli_error(_("%s is station %s's bundle for %s, not one this station (%s) wrote: it may be waiting to be imported there, so it is kept and nothing was written. Give another file name, such as %s, or add --force to write over it."),
		    path, from, to, mine, other);
	else
		cli_error(_("%s is this station's bundle for %s, not for %s: it may be waiting to be imported there, so it is kept and nothing was written. Give another file name, such as %s, or add --force to write over it."),
		    path, to, peer, other);
	return 0;
}

int
verb_sync(int argc, char **argv, const struct hamyar_opts *o)
{
	struct store *st = NULL;
	const char *sub, *peer = NULL, *path = NULL;
	char key[TUI_KEY_HEX], station[CORE_STATION_MAX + 1], *data;
	char peer_code[CORE_STATION_MAX + 1];
	const char *trust_arg[2] = { NULL, NULL };
	char trust_code[CORE_STATION_MAX + 1], trust_hex[CORE_KEY_HEX];
	char trust_why[1024] = "";
	int trust_bad = 0;		/* the key text's fault, said after the role check */
	size_t len, n;
	int i, rc, ret = EXIT_OK, replace = 0, force = 0, clocks = 0, all = 0, newkey = 0;
	struct cli_out_seen over = CLI_OUT_ANY;

	if (argc < 2) {
		sync_usage();
		return EXIT_USAGE;
	}
	sub = argv[1];
	if (strcmp(sub, "key") != 0 && strcmp(sub, "trust") != 0 && strcmp(sub, "export") != 0 &&
	    strcmp(sub, "import") != 0 && strcmp(sub, "push") != 0 &&
	    strcmp(sub, "conflicts") != 0 && strcmp(sub, "resolve") != 0 &&
	    strcmp(sub, "status") != 0) {
		sync_usage();
		return EXIT_USAGE;
	}
	if (strcmp(sub, "export") == 0) {
		for (i = 2; i < argc; i++) {
			int got;

			if (force_opt(argv[i], &force))
				continue;
			if ((got = cli_opt(argc, argv, &i, "--to", &peer)) == 0)
				got = cli_opt(argc, argv, &i, "--out", &path);
			if (got < 0)
				return EXIT_USAGE;
			if (got == 0) {
				sync_usage();
				return EXIT_USAGE;
			}
		}
		if (peer == NULL || core_station_normalize(peer, peer_code) != 0) {
			sync_usage();
			return EXIT_USAGE;
		}
		peer = peer_code;	/* "mrd" is MRD */
		if (path != NULL && !tui_identity_out_ok(o, path))
			return EXIT_USAGE;
		/* a folder, or one that is not there: as export --out */
		if (path != NULL && strcmp(path, "-") != 0) {
			char name[64];

			snprintf(name, sizeof name, "to-%s.bundle", peer);
			if (!cli_out_where(path, _("cannot write %s"), name))
				return EXIT_USAGE;
		}
		/* an earlier bundle gives way, as an earlier backup does;
		 * another file (a sheet, a document) only to --force */
		if (path != NULL && strcmp(path, "-") != 0 &&
		    !cli_out_free(path, force, tui_bundle_file, not_bundle(), &over))
			return EXIT_INVALID;
	} else if (strcmp(sub, "trust") == 0) {
		struct loc_strbuf text = { 0 };
		int np = 0, whole = 0, stdin_read = 0;

		for (i = 2; i < argc; i++) {
			if (strcmp(argv[i], "--replace") == 0) {
				replace = 1;
				continue;
			}
			/* "-": what `sync key` printed, on standard input
			 * (ssh tbz hamyar sync key | hamyar sync trust -) */
			if (strcmp(argv[i], "-") == 0 && !stdin_read) {
				char *in = NULL;
				size_t inlen = 0;

				stdin_read = 1;
				if (read_all(stdin, &in, &inlen) != 0 || inlen > 65536 ||
				    memchr(in, '\0', inlen) != NULL) {
					free(in);
					loc_strbuf_done(&text);
					cli_error("%s", _("standard input does not hold what 'hamyar sync key' prints (station CODE, then the key); nothing was changed"));
					return EXIT_INVALID;
				}
				loc_strbuf_add(&text, in, inlen);
				free(in);
				whole = 1;
			} else if (argv[i][0] == '-') {
				loc_strbuf_done(&text);
				sync_usage();
				return EXIT_USAGE;
			} else {
				if (strpbrk(argv[i], " \t\r\n") != NULL)
					whole = 1;	/* lines pasted in quotes */
				loc_strbuf_str(&text, argv[i]);
			}
			loc_strbuf_str(&text, "\n");
			if (np < 2)
				trust_arg[np] = argv[i];
			np++;
		}
		/* a key read out over the phone and typed: its digits in
		 * any script (the Persian layout left on), in groups with
		 * blanks between, as the sync keys screen takes it
		 * (tui/keyscr.c) */
		if (np == 2 && strcmp(trust_arg[0], "-") != 0 && strcmp(trust_arg[1], "-") != 0 &&
		    strpbrk(trust_arg[0], " \t\r\n") == NULL) {
			char *a = loc_digits_to_ascii(trust_arg[1]), *p, *q;

			if (a != NULL) {
				for (p = q = a; *p != '\0'; p++)
					if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n')
						*q++ = *p;
				*q = '\0';
				if (core_keytext_key_word(a)) {
					snprintf(trust_hex, sizeof trust_hex, "%s", a);
					trust_arg[1] = trust_hex;
					whole = 0;
				}
				free(a);
			}
		}
		if (np == 2 && !whole) {
			/* STATION KEY, as typed (a key pasted with blanks) */
			trust_arg[0] = cli_trim((char *)trust_arg[0]);
			trust_arg[1] = cli_trim((char *)trust_arg[1]);
			loc_strbuf_done(&text);
		} else if (np == 0 || (np == 1 && !whole)) {
			loc_strbuf_done(&text);
			sync_usage();
			return EXIT_USAGE;
		} else {
			/* more: all that `sync key` printed, the station's
			 * code before it or not */
			char *t = loc_strbuf_take(&text);
			int first_is_code = trust_arg[0] != NULL && strcmp(trust_arg[0], "-") != 0 &&
			    strpbrk(trust_arg[0], " \t\r\n") == NULL && !core_keytext_station_word(trust_arg[0]) &&
			    !core_keytext_key_word(trust_arg[0]);
			char why[1024];
			enum core_keytext kt;

			if (t == NULL) {
				cli_error("%s", tui_errno_text(ENOMEM));
				return EXIT_SYSTEM;
			}
			/* read as the sync keys screen reads it (core/keytext.c) */
			trust_code[0] = '\0';
			kt = core_key_text(t, first_is_code, trust_code, trust_hex, why, sizeof why);
			free(t);
			/* what is wrong with the key said after the role is
			 * checked (below): an auditor is told he may not trust
			 * a station, not asked for a key he may not give */
			if (kt != CORE_KEYTEXT_OK) {
				snprintf(trust_why, sizeof trust_why, "%s", why);
				trust_bad = kt == CORE_KEYTEXT_NOSTATION ? EXIT_USAGE : EXIT_INVALID;
				if (trust_code[0] == '\0' && strcmp(trust_arg[0], "-") == 0)
					snprintf(trust_code, sizeof trust_code, "%s", "CODE");
				else if (trust_code[0] == '\0')
					snprintf(trust_code, sizeof trust_code, "%.*s", CORE_STATION_MAX, trust_arg[0]);
			}
			trust_arg[0] = trust_code;
			trust_arg[1] = trust_hex;
		}
	} else if (strcmp(sub, "conflicts") == 0) {
		/* --clocks: each side's clock stamp, as a script compares them */
		for (i = 2; i < argc; i++) {
			if (strcmp(argv[i], "--clocks") == 0) {
				clocks = 1;
				continue;
			}
			if (strcmp(argv[i], "--all") == 0) {	/* the decided ones too */
				all = 1;
				continue;
			}
			sync_usage();
			return EXIT_USAGE;
		}
	} else if (strcmp(sub, "key") == 0 && argc == 3 && strcmp(argv[2], "--new") == 0) {
		newkey = 1;	/* a new key pair in place of the old one */
	} else if (strcmp(sub, "resolve") == 0 ? argc != 4 :
	    (strcmp(sub, "import") == 0 || strcmp(sub, "push") == 0) ? argc != 3 : argc != 2) {
		sync_usage();
		return EXIT_USAGE;
	}
	if ((ret = tui_identity_open_verb(o, strcmp(sub, "conflicts") == 0 ||
	    strcmp(sub, "status") == 0 ? STORE_RDONLY : 0, &st)) != 0)
		return ret;
	if (strcmp(sub, "conflicts") != 0) {
		struct store_txn *t;
		int ok;

		if ((rc = store_read_begin(st, &t)) != 0)
			goto fail;
		/* trust and key: refused in their own words (they exchange
		 * no bundle; an auditor asking for the key changes nothing) */
		ok = may(st, t, CORE_ACCESS_SYNC, NULL, strcmp(sub, "trust") != 0 &&
		    strcmp(sub, "key") != 0 && strcmp(sub, "status") != 0);
		/* a new key for the station: its identity, the owner's alone
		 * (as users and roles are) */
		if (ok && newkey && !may(st, t, CORE_ACCESS_USERS, NULL, 0)) {
			store_read_end(t);
			cli_error("%s", _("Only the administrator can make a new sync key for this station; nothing was changed."));
			store_close(st);
			return EXIT_INVALID;
		}
		store_read_end(t);
		if (!ok && newkey) {
			cli_error("%s", _("Only the administrator can make a new sync key for this station; nothing was changed."));
			store_close(st);
			return EXIT_INVALID;
		}
		if (!ok) {
			if (strcmp(sub, "trust") == 0)
				cli_error(_("Only provincial HQ or the administrator can trust a station's key; nothing was changed. Ask one of them to run: hamyar sync trust %s KEY"),
				    trust_arg[0]);
			else if (strcmp(sub, "key") == 0)
				cli_error("%s", _("Only provincial HQ or the administrator can see this station's sync key and trust other stations' keys."));
			else if (strcmp(sub, "status") == 0)
				cli_error("%s", _("Only provincial HQ or the administrator can see how far the exchange with each station has gone."));
			store_close(st);
			return EXIT_INVALID;
		}
	}
	if (trust_bad) {
		cli_error("%s", trust_why);
		store_close(st);
		return trust_bad;
	}
	if (strcmp(sub, "key") == 0 && newkey) {
		if ((rc = store_station(st, station)) != 0 || (rc = tui_sync_key_new(st, key)) != 0)
			goto fail;
		/* what to do now on stderr; the station and the key on
		 * stdout, as `sync key` prints them (sync trust - reads it) */
		fprintf(stderr, _("a new sync key was made for station %s and the old one no longer signs: bundles made from now on are signed with the new key. Every station that exchanges bundles with this one must now trust the new key (confirm it by phone or in person): run there hamyar sync trust %s KEY --replace, with the key below. Bundles made before stay readable where the old key is still trusted.\n"),
		    station, station);
		printf(_("station %s\n"), station);
		printf("%s\n", key);
	} else if (strcmp(sub, "key") == 0) {
		if ((rc = tui_sync_key(st, key)) != 0 || (rc = store_station(st, station)) != 0)
			goto fail;
		/* The key stays the last line, alone (SPEC §12; sync push reads
		 * the code as the second word of the line before it). */
		printf(_("station %s\n"), station);
		printf("%s\n", key);
	} else if (strcmp(sub, "trust") == 0) {
		ret = sync_trust(st, trust_arg[0], trust_arg[1], replace);
	} else if (strcmp(sub, "export") == 0) {
		if (over.how == CLI_OUT_SAME && !bundle_ours(st, path, peer)) {
			ret = EXIT_INVALID;
			goto out;
		}
		if ((rc = tui_bundle_make(st, peer, &data, &len, &n)) == TUI_BUNDLE_ETOSELF) {
			char list[256];

			trusted_list(st, list, sizeof list);
			cli_error(_("%s is this database's own station: a bundle is made for another station, named with --to (stations trusted here: %s)"),
			    peer, list[0] != '\0' ? list : _("none yet: sync trust"));
			ret = EXIT_INVALID;
			goto out;
		}
		if (rc != 0)
			goto fail;
		/* "written" is said once the file is whole and on the disk
		 * (write_file), never before a full disk stops it */
		if (write_file(path, data, len, &over) != 0) {
			free(data);
			if (errno == EEXIST) {	/* a file came there meanwhile */
				cli_out_kept(path, tui_bundle_file(path) ? NULL : not_bundle());
				ret = EXIT_INVALID;
				goto out;
			}
			cli_error(_("cannot write %s: %s"), path != NULL && strcmp(path, "-") != 0 ?
			    path : _("the standard output"), tui_errno_text(errno));
			ret = EXIT_SYSTEM;
			goto out;
		}
		free(data);
		if (!tui_sync_trusted(st, peer))	/* a mistyped code? */
			cli_error(_("warning: no key is trusted for %s; check the station code (the bundle is written)"), peer);
		if (path != NULL)
			cli_printf(stderr, cli_person_digits(st), _("changes: %zu, for %s, in %s\n"),
			    n, peer, path);
		rekey_pending_said(st, peer, n);
	} else if (strcmp(sub, "import") == 0) {
		ret = sync_import(st, argv[2], cli_db_path(o));
	} else if (strcmp(sub, "push") == 0) {
		ret = sync_push(st, argv[2]);
	} else if (strcmp(sub, "status") == 0) {
		if ((rc = sync_status(st)) != 0)
			goto fail;
	} else if (strcmp(sub, "conflicts") == 0) {
		struct list_ctx l;
		char *dtext = NULL;
		size_t k, dlen = 0;

		memset(&l, 0, sizeof l);
		l.out = stdout;
		l.clocks = clocks;
		l.amount_flags = tui_text_amount_flags(st);
		l.all = all;
		if (all && (l.dec = open_memstream(&dtext, &dlen)) == NULL) {
			rc = STORE_ENOMEM;
			goto fail;
		}
		l.who = store_users_identity(st);
		if ((rc = store_station(st, l.self)) != 0 || (rc = store_read_begin(st, &l.t)) != 0)
			goto fail;
		rc = store_sync_conflicts(l.t, all, list_conflict, &l);
		if (rc == 0 && l.err == 0)
			list_flush(&l);
		if (l.dec != NULL && fclose(l.dec) != 0 && rc == 0 && l.err == 0)
			l.err = STORE_ENOMEM;
		for (k = 0; k < l.nv; k++)
			free(l.v[k].text);
		free(l.v);
		store_read_end(l.t);
		if (l.err != 0)
			rc = l.err;
		if (rc < 0) {
			free(dtext);
			goto fail;
		}
		/* a clerk: the others' conflicts are not his to see, but
		 * "no conflicts" would tell him that none waits */
		if (l.n == 0 && l.nhidden > 0)
			cli_printf(stdout, cli_person_digits(st), _("no conflicts in the counties you may read; conflicts of other counties' records, for provincial HQ or the administrator to decide: %zu\n"),
			    l.nhidden);
		else if (l.n == 0 && l.ndec > 0)
			fputs(_("no open conflicts\n"), stdout);
		else if (l.n == 0)
			fputs(_("no conflicts\n"), stdout);
		else if (l.nhidden > 0)
			cli_printf(stdout, cli_person_digits(st), _("conflicts of other counties' records, not listed, for provincial HQ or the administrator to decide: %zu\n"),
			    l.nhidden);
		/* --all: then the entries closed, each with how */
		if (l.ndec > 0) {
			cli_printf(stdout, cli_person_digits(st), _("decided conflicts: %zu\n"), l.ndec);
			fputs(dtext, stdout);
		}
		free(dtext);
	} else {
		/* "tbz-12" or "TBZ-۱۲" typed: TBZ-12, the blanks around
		 * it dropped; "12" alone: this station's TBZ-12 */
		const char *typed;
		char *id;

		if (store_station(st, station) != 0)
			station[0] = '\0';
		id = cli_id_arg(argv[2], station, &typed);

		if (id == NULL) {
			cli_error("%s", tui_store_strerror(STORE_ENOMEM));
			ret = EXIT_SYSTEM;
		} else if (id[0] == '\0') {
			sync_usage();
			ret = EXIT_USAGE;
		} else
			ret = sync_resolve(st, id, typed, argv[3]);
		free(id);
	}
out:
	store_close(st);
	return ret;
fail:
	{
		char msg[512];

		cli_error("%s", rc == STORE_EACCES || rc == STORE_ERDONLY ? why(st, rc, msg, sizeof msg) :
		    tui_bundle_strerror(rc));
	}
	store_close(st);
	return exit_for(rc);
}
