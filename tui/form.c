/*
 * tui/form.c — the generic record form.
 *
 * Model: the form owns a working record (the stored one, or a new one) and,
 * for each editable field, either a text box (struct tui_edit: text, ids,
 * numbers, dates, counties, references) or a choice (ENUM, SET, BOOL: Space
 * or F4 opens a popup or toggles).  A box's text is what the clerk sees and
 * types; when the cursor leaves a changed box, core_field_parse turns the
 * text into the record's value and the box is rewritten in display form
 * (normalised letters, Persian digits, grouped amounts), or, on an error,
 * keeps the typed text with the message under it.
 *
 * Drafts are lines "NAME=TEXT" (the box text, or a choice's canonical
 * text), backslash-escaped, after a header line "rev=N" (and, for a stored
 * record, "ver=HLC@ORIGIN", the version read at N, whose record the store
 * gives back when the draft is resumed over a newer revision: merge_theirs
 * then tells the typing from another's save), and a last line
 * "focus=NAME", the field the person was in.  Resuming a draft re-parses
 * every line, so a draft is just typing replayed, and puts the cursor back
 * in that field (a draft without the line, from an older program, starts
 * at the first).  A line "session=PID.TIME" names the session that wrote
 * it (tui_draft_takeover).
 */
#include <errno.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unictype.h>
#include <unistd.h>

#include "core/validate.h"
#include "core/workflow.h"
#include "locale/catalog.h"
#include "locale/digits.h"
#include "locale/jalali.h"
#include "locale/keyboard.h"
#include "locale/text.h"
#include "store/store.h"
#include "store/users.h"
#include "tui/field.h"
#include "tui/form.h"
#include "tui/identity.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/screens.h"

int tui_fa_digits = 1;

#define LABEL_W 22

/* The label column of the form being drawn: LABEL_W, or as wide as its
 * widest label up to a third of the screen (English's "Estimated cost
 * (rials):" lost its unit to LABEL_W, «Estimated cost (rials…»). */
static int label_w = LABEL_W;

/* The rows a note under a field (struct ffield's note) may take. */
#define NOTE_ROWS 5

struct ffield {
	int fi;				/* field index in the schema */
	const struct core_field *f;
	int box;			/* has a text box */
	struct tui_edit ed;
	int changed;			/* box edited since entered */
	int recheck;			/* its message was checked again as it
					   was edited (box_recheck): checked
					   at each edit till it is left */
	struct core_issue issue;	/* last finding (severity 0: none) */
	int of_record;			/* issue was put here by F2's check of
					   the whole record (a payment past its
					   pledge): it may rest on other fields,
					   and goes when any value changes */
	char refused[300];		/* with issue: the store's refusal of this
					   field's value (a need's status step),
					   shown instead of issue.msg */
	int named_rows;			/* rows refused_naming fitted refused to
					   (MSG_ROWS, or one more where even a
					   name cut short does not fit them) */
	char hint[640];			/* a reference's caption */
	int found;			/* a name typed in a reference box: the
					   records its words found (0, 1, 2 for
					   several); -1 not looked up */
	int took_name;			/* this box's name just took the one
					   record it found: F2 shows it before
					   it saves */
	int twin;			/* issue is twin_check's: another group
					   unit or donor of this name in the county */
	int again;			/* issue is again_check's: the pledge's
					   donor has another on its need */
	char names[600];		/* a list of references (a ceremony's
					   donors): what its ids name, shown
					   in their place while the field is
					   not being edited */
	char note[800];			/* keys this field took nowhere (text
					   typed on a yes/no or a check list):
					   said under it, in no way an issue
					   (F2 does not ask about it); goes with
					   the next key */
	int note_whole;			/* the note takes the rows it needs
					   (note_rows), not NOTE_ROWS at most:
					   a choice field's list of choices */
	char bare[256];			/* a list of references: the ids its
					   numbers alone were read as (refs_bare),
					   one space apart, that refs_exist_check
					   names as a single box names one */
	int damaged;			/* a reference whose record, as stored
					   (or a payment's pledge's donor or
					   need), could not be read: a page a
					   failing disk cut short (ref_damage);
					   the form says so and does not save */
	enum core_kind gone_kind;	/* with damaged: the record not read */
	char gone_id[CORE_ID_MAX];
};

struct form {
	enum core_kind kind;
	const struct core_schema *sc;
	struct core_record *rec;
	uint64_t rev;			/* 0: new record */
	struct core_record *base;	/* the stored record as read at rev, to
					   tell the user's changes from another's
					   (NULL: unknown, a draft of an older
					   revision whose record is no longer
					   known here) */
	struct core_version ver;	/* the version stored at rev: a draft
					   names it, so that resumed over a
					   newer revision its base is found */
	struct core_record *orig;	/* the values the form was opened with
					   (the stored record, or a new one with
					   its proposals), before any draft:
					   what is unsaved is what differs from
					   it (form_changed) */
	int stored_status;		/* a stored need's or pledge's status, -1 */
	char id[CORE_ID_MAX];
	int n;
	struct ffield ff[CORE_MAX_FIELDS];
	int cur;			/* focused entry of ff */
	int top;			/* first entry shown */
	int moving;			/* the box is left for another field
					   (Tab): several records found by a
					   name typed open the list */
	int drafted;			/* a draft of this form may be stored */
	int warn_ok;			/* saving with warnings agreed to */
	int readonly;			/* a stored record the user may only read
					   (why: status, which nothing then clears) */
	int deleted;			/* a stored record deactivated
					   (meta.deleted: a user removed, a need;
					   or the active field of a donor, group
					   or unit at 0): F8 undoes it */
	char status[400];
	attr_t status_attr;
	char draft[64];
	struct tui_ahead ahead;		/* letters typed on a choice field */
	int ahead_from;			/* that field's choice before the word
					   typed on it began (-1: none), put
					   back if the word names no choice */
	int set_typing;			/* text typed on a check list since the
					   last other key: a Space there is a
					   word's end, not "open it" (set_key) */
	int set_sel;			/* the choice of the check list the
					   letters typed found (-1 none): its
					   list opens on it */
	int handed;			/* the draft was resumed in another
					   session: this one writes it no more */
	char held_county[CORE_ID_MAX];	/* a user's county taken off when a
					   role with none (admin, HQ, auditor)
					   was chosen: put back if a clerk's or
					   supervisor's is chosen again before
					   saving (user_role_county) */
	/* A stored group's donors, a unit's needs, and their pledges
	 * (refs_summary), worked out for a generation of the data. */
	char refs[400];
	unsigned refs_gen;
	int refs_valid;
	int refs_short;			/* refs' sums left out a pledge or a
					   payment not there (store_sum_short) */
	int sums_short;			/* F2's check read a sum short (a
					   pledge's payments, a need's pledges):
					   not saved, said at the foot */
	/* A stored group's bar and help: the others' with F7, which lists
	 * the donors it introduced (group_donors); a ceremony's, with F7 on
	 * its donors field (form_honour). */
	struct tui_fkey bar[8];
	char help[3000];
};

static const struct tui_fkey form_keys[] = {
	{ 1, N_("Help"), 0 }, { 2, N_("Save"), TUI_FKEY_WRITE }, { 4, N_("Choose"), 0 },
	{ 10, N_("Back"), 0 }, { 0, NULL, 0 }
};
static const struct tui_fkey form_keys_stored[] = {	/* a stored record */
	{ 1, N_("Help"), 0 }, { 2, N_("Save"), TUI_FKEY_WRITE }, { 4, N_("Choose"), 0 },
	{ 8, N_("Deactivate"), TUI_FKEY_WRITE }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

/* The same on a field F4 does nothing in (a name, an id, an amount, a
 * date): the bar offers only what the keys do there. */
static const struct tui_fkey form_keys_typed[] = {
	{ 1, N_("Help"), 0 }, { 2, N_("Save"), TUI_FKEY_WRITE }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};
static const struct tui_fkey form_keys_stored_typed[] = {
	{ 1, N_("Help"), 0 }, { 2, N_("Save"), TUI_FKEY_WRITE }, { 8, N_("Deactivate"), TUI_FKEY_WRITE },
	{ 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

/* The same on a record deactivated (struct form's deleted): F8 makes it
 * active again, the only way back for a kind with no active field. */
static const struct tui_fkey form_keys_deleted[] = {
	{ 1, N_("Help"), 0 }, { 2, N_("Save"), TUI_FKEY_WRITE }, { 4, N_("Choose"), 0 },
	{ 8, N_("Activate"), TUI_FKEY_WRITE }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};
static const struct tui_fkey form_keys_deleted_typed[] = {
	{ 1, N_("Help"), 0 }, { 2, N_("Save"), TUI_FKEY_WRITE }, { 8, N_("Activate"), TUI_FKEY_WRITE },
	{ 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

static const struct tui_fkey form_keys_ro[] = {	/* a record only to read */
	{ 1, N_("Help"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

static const char form_help[] = N_(
    "Fill in the fields; Tab, Enter or the down arrow goes to the next field,\n"
    "Shift-Tab or the up arrow to the previous one.\n"
    "Each field is checked when you leave it; a message appears under it.\n"
    "Ctrl-U empties the field you are in.\n"
    "On a new record, a date of the day of entry (pledged, paid, held...)\n"
    "starts at today's: keep it by moving on, or type another date over it\n"
    "(the first character typed replaces it; after an arrow, Home, End or\n"
    "Backspace, typing edits it instead).\n"
    "Errors must be fixed; with warnings, F2 asks before it saves.\n"
    "Choices: Space or F4 opens the list, or type the start of a choice;\n"
    "in a list Space ticks an item.\n"
    "A reference (a need's unit, a pledge's donor): type its id, or a name\n"
    "and Tab: the one record found is taken, several open the list; Space or\n"
    "F4 opens the list searching for the name typed.  A record picked there\n"
    "stays in the box until you type: the next letter typed replaces its id.\n"
    "F2 saves the whole form.  F10 or Esc goes back (asks first if unsaved).\n"
    "F8 marks a stored record inactive (nothing is ever deleted).\n"
    "Your typing is kept as a draft and offered again if the program stops.");

/* after form_help or form_help_ro on a stored group's form */
static const char group_help[] = N_("F7 lists the donors this group introduced.");

/* after form_help on a ceremony's form, and after the help of the list
 * its F7 opens (tui_honour_by_giving) */
static const char honour_help[] = N_(
    "On a ceremony's form, F7 on its donors field lists donors by what they\n"
    "gave in the 365 days up to the form's date (today's while it has none);\n"
    "Enter there adds the selected donor to the field, and F2 on the form\n"
    "saves him with the ceremony.");

/* what the list F7 opens from a ceremony's form says Enter does
 * (tui_honour's enter_help): an inactive donor is not asked about there, but
 * said under the field (contrib_check), and F2 asks before saving him */
static const char honour_enter_help[] = N_(
    "«(inactive)» marks one marked inactive: Enter adds him to the field all\n"
    "the same, a warning under the field names him, and F2 asks before the\n"
    "ceremony is saved with him.  The list stays open for the next.");

/* A record the user may only read (an auditor's, another county's for a
 * clerk): the keys of form_help that write (F2, F8, drafts) are not his. */
static const char form_help_ro[] = N_(
    "This record is yours to read only: nothing can be typed or saved here,\n"
    "and the status line says who makes changes to it.\n"
    "Tab, Enter or the arrows move through the fields; a long value\n"
    "scrolls with the left and right arrows.\n"
    "F10 or Esc goes back.");

/* A user's form: who the login is, and where his password is changed
 * (an administrator looked for it here, and for a forgotten one). */
static const char user_help[] = N_(
    "The login is the Unix account the person signs in with (over SSH or at\n"
    "this computer).  Hamyar has no password of its own: the station's\n"
    "administrator sets a new password, or one forgotten, as root with\n"
    "'passwd LOGIN'; the person then changes it himself with 'passwd'.\n"
    "The role says what the user may do; a clerk or supervisor needs a county.\n"
    "Choosing administrator, HQ or auditor, who work with every county, clears\n"
    "the county; choosing clerk or supervisor again before F2 brings it back.\n"
    "Tab, Enter or the down arrow goes to the next field, Shift-Tab back;\n"
    "Space or F4 opens a choice's list.  F2 saves; F10 or Esc goes back.\n"
    "F8 takes a user's access away (his record and its audit trail stay);\n"
    "on a user so removed, F8 gives it back.\n"
    "A program the user has open already takes a change at his next save.");

static int
is_box(enum core_ftype t)
{
	return t != CORE_FT_ENUM && t != CORE_FT_SET && t != CORE_FT_BOOL;
}

/* Fields of ids, codes and figures: laid out left to right when their text
 * starts as one does (tui_edit_text_dir), so «TST-» or «۱۴۰۳/» being typed
 * does not show its dash or slash on the far side. */
static int
is_code(enum core_ftype t)
{
	return t == CORE_FT_ID || t == CORE_FT_REF || t == CORE_FT_REFS || t == CORE_FT_NID ||
	    t == CORE_FT_LEGAL || t == CORE_FT_MOBILE || t == CORE_FT_PHONE ||
	    t == CORE_FT_DATE || t == CORE_FT_AMOUNT || t == CORE_FT_INT;
}

static char *
digits_out(const char *s)
{
	return tui_fa_digits ? loc_digits_to_fa_text(s) : strdup(s);
}

char *
tui_value_display(const struct core_record *r, int fi)
{
	const struct core_schema *sc = core_schema_get(r->kind);
	const struct core_field *f = &sc->fields[fi];
	const struct core_value *v = &r->v[fi];
	static const struct core_value zero = { .set = 1, .num = 0 };
	char buf[1024];
	size_t len = 0;
	int i, n;

	/* a number whose empty value means 0 (a stage's progress stored
	 * empty by an older version): shown as the 0 it is */
	if (!v->set && (f->flags & CORE_FF_ZERO))
		v = &zero;
	if (!v->set)
		return strdup("");
	switch (f->type) {
	case CORE_FT_ID: case CORE_FT_REF: case CORE_FT_REFS:
		return strdup(v->text ? v->text : "");
	case CORE_FT_TEXT: case CORE_FT_NID: case CORE_FT_LEGAL:
	case CORE_FT_MOBILE: case CORE_FT_PHONE:
		/* a code (a receipt) too, as tui_fmt_code: «TBZ/12346»
		 * keeps its ASCII digits, «12346» is shown «۱۲۳۴۶» */
		return digits_out(v->text ? v->text : "");
	case CORE_FT_COUNTY:
		return strdup(tui_county_name(v->text ? v->text : ""));
	case CORE_FT_AMOUNT:
	case CORE_FT_INT:	/* a population of ۱۲٬۰۰۰ (core_check_int reads it) */
		loc_amount_format(v->num, LOC_FMT_GROUP | (tui_fa_digits ? LOC_FMT_FA_DIGITS : 0),
		    buf, sizeof buf);
		return strdup(buf);
	case CORE_FT_DATE:
		loc_date_format((int32_t)v->num, tui_fa_digits ? LOC_FMT_FA_DIGITS : 0,
		    buf, sizeof buf);
		return strdup(buf);
	case CORE_FT_ENUM:
		return strdup(_(core_choice_label(f, (int)v->num) ?
		    core_choice_label(f, (int)v->num) : ""));
	case CORE_FT_BOOL:
		return strdup(v->num ? _("Yes") : _("No"));
	case CORE_FT_SET:
		n = core_choice_count(f);
		buf[0] = '\0';
		for (i = 0; i < n && i < 63; i++) {
			if (!((uint64_t)v->num >> i & 1))
				continue;
			len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s",
			    len ? (strcmp(loc_lang(), "en") == 0 ? ", " : "، ") : "",
			    _(core_choice_label(f, i)));
			if (len >= sizeof buf)
				break;
		}
		return strdup(buf);
	}
	return strdup("");
}

/* ---- drafts ---------------------------------------------------------- */

void
tui_form_draft_name(enum core_kind k, const char *id, char *buf, size_t n)
{
	snprintf(buf, n, "%s:%s", core_schema_get(k)->name, id && *id ? id : "new");
}

int
tui_form_draft_parse_name(const char *name, enum core_kind *k, char *id)
{
	const char *c = strchr(name, ':');
	char kind[32];
	int ki;

	if (c == NULL || (size_t)(c - name) >= sizeof kind || strlen(c + 1) >= CORE_ID_MAX)
		return -1;
	memcpy(kind, name, (size_t)(c - name));
	kind[c - name] = '\0';
	if ((ki = core_kind_from_name(kind)) < 0)
		return -1;
	*k = (enum core_kind)ki;
	strcpy(id, strcmp(c + 1, "new") == 0 ? "" : c + 1);
	return 0;
}

/* The text a field contributes to a draft (box text, or canonical value).
 * Caller frees. */
static char *
field_input(const struct form *fm, const struct ffield *x)
{
	char buf[1024];

	if (x->box)
		return strdup(x->ed.buf);
	core_value_format(fm->rec, x->fi, buf, sizeof buf);
	return strdup(buf);
}

void
tui_draft_escape(FILE *f, const char *s)
{
	for (; *s; s++) {
		if (*s == '\\')
			fputs("\\\\", f);
		else if (*s == '\n')
			fputs("\\n", f);
		else
			fputc(*s, f);
	}
}

void
tui_draft_unescape(char *s)
{
	char *p, *q;

	for (p = q = s; *p; p++) {
		if (*p == '\\' && p[1] != '\0') {
			p++;
			*q++ = *p == 'n' ? '\n' : *p;
		} else
			*q++ = *p;
	}
	*q = '\0';
}

int
tui_draft_typed_name(enum core_kind k, const char *data, char *buf, size_t n)
{
	static const char *const names[] = { "name", "title" };
	const struct core_schema *sc = core_schema_get(k);
	const char *field = NULL, *p;
	char line[400];
	size_t fl, ll, i;

	buf[0] = '\0';
	if (sc == NULL || data == NULL)
		return 0;
	if (k == CORE_USER)
		field = sc->fields[CORE_USER_ID].name;
	for (i = 0; field == NULL && i < sizeof names / sizeof names[0]; i++)
		if (core_field_find(sc, names[i]) >= 0)
			field = names[i];
	if (field == NULL)
		return 0;
	fl = strlen(field);
	for (p = data; *p != '\0'; p += strcspn(p, "\n"), p += *p == '\n') {
		if (strncmp(p, field, fl) != 0 || p[fl] != '=')
			continue;
		p += fl + 1;
		ll = strcspn(p, "\n");
		if (ll >= sizeof line)
			ll = sizeof line - 1;
		memcpy(line, p, ll);
		line[ll] = '\0';
		tui_draft_unescape(line);
		/* on the question's one line: a long name cut in its middle */
		for (p = line; *p == ' '; p++)
			;
		tui_fit_middle(p, 40, buf, n);
		return buf[0] != '\0';
	}
	return 0;
}

void
tui_draft_what(enum core_kind k, const char *id, const char *data, char *buf, size_t n)
{
	char name[400];

	name[0] = '\0';
	if (id != NULL && *id) {
		/* a stored record named as well as numbered: «خیّر TBZ-2»
		 * alone left the clerk to remember whose form it was */
		tui_record_caption(k, id, name, sizeof name);
		if (name[0])
			snprintf(buf, n, "%s %s (%s)", _(core_schema_get(k)->label), id, name);
		else
			snprintf(buf, n, "%s %s", _(core_schema_get(k)->label), id);
	} else if (tui_draft_typed_name(k, data, name, sizeof name))
		snprintf(buf, n, _("%s (new): \"%s\""), _(core_schema_get(k)->label), name);
	else
		snprintf(buf, n, "%s %s", _(core_schema_get(k)->label), _("(new)"));
}

int
tui_draft_ask(const char *what)
{
	char msg[1024];

	snprintf(msg, sizeof msg, "%s\n%s\n%s", _("A form was left unsaved last time:"), what,
	    _("Resume it? (No discards it.)"));
	return tui_confirm(msg, 1);
}

/* ---- drafts resumed in another session ----
 *
 * A clerk whose SSH connection hangs logs in again while the first session
 * still runs (sshd notices the dead line only much later): the new one
 * offers the draft, and he goes on there and saves.  When the old session's
 * line at last drops, SIGHUP makes it keep its work as a draft, and that
 * stale copy would come back at the next start as unsaved work, to be saved
 * a second time.  So a draft names the session that wrote it, and resuming
 * one written by another session that still runs leaves a mark,
 * "taken/SESSION/NAME"; that session, finding its mark, writes and deletes
 * that draft no more (the mark is then deleted).  The mark's name is no
 * form's: the offers pass it over. */

const char *
tui_draft_session(void)
{
	static char tok[48];
	struct timespec ts;

	if (tok[0] == '\0') {
		clock_gettime(CLOCK_REALTIME, &ts);
		snprintf(tok, sizeof tok, "%ld.%lld%09ld", (long)getpid(),
		    (long long)ts.tv_sec, (long)ts.tv_nsec);
	}
	return tok;
}

static void
taken_name(const char *session, const char *name, char *buf, size_t n)
{
	snprintf(buf, n, "taken/%s/%s", session, name);
}

struct taken {
	const char *mark;
};

static int
taken_put_fn(struct store_txn *t, void *ctx)
{
	const struct taken *m = ctx;

	return store_draft_put(t, tui_app.user, m->mark, "", 0);
}

void
tui_draft_takeover(const char *name, const char *data)
{
	const char *p = data, *end;
	char session[48], mark[160];
	struct taken m = { mark };
	size_t len;
	long pid;

	if (tui_app.st == NULL || data == NULL)
		return;
	for (;;) {
		if (strncmp(p, "session=", 8) == 0)
			break;
		if ((p = strchr(p, '\n')) == NULL)
			return;	/* an older program's draft */
		p++;
	}
	p += 8;
	end = strchr(p, '\n');
	len = end != NULL ? (size_t)(end - p) : strlen(p);
	if (len == 0 || len >= sizeof session)
		return;
	memcpy(session, p, len);
	session[len] = '\0';
	if (strcmp(session, tui_draft_session()) == 0)
		return;	/* this session's own */
	pid = strtol(session, NULL, 10);
	if (pid <= 0 || (kill((pid_t)pid, 0) != 0 && errno == ESRCH))
		return;	/* its session has ended: nothing will write it again */
	taken_name(session, name, mark, sizeof mark);
	store_write(tui_app.st, taken_put_fn, &m);
}

int
tui_draft_given_up(struct store_txn *t, const char *name)
{
	char mark[160];
	int rc;

	taken_name(tui_draft_session(), name, mark, sizeof mark);
	if ((rc = store_draft_del(t, tui_app.user, mark)) == 0)
		return 1;
	return rc == STORE_ENOTFOUND ? 0 : rc;
}

struct blob {
	char *data;
	size_t len;
	const char *user, *name;
	int *handed;		/* set when the draft was found taken over */
};

static int
draft_put_fn(struct store_txn *t, void *ctx)
{
	struct blob *b = ctx;
	int r;

	if (b->handed != NULL && (r = tui_draft_given_up(t, b->name)) != 0) {
		if (r == 1)
			*b->handed = 1;
		return r < 0 ? r : 0;
	}
	return store_draft_put(t, b->user, b->name, b->data, b->len);
}

static int
draft_del_fn(struct store_txn *t, void *ctx)
{
	struct blob *b = ctx;
	int r;

	/* the draft of another session that took this form over is its own */
	if (b->handed != NULL && (r = tui_draft_given_up(t, b->name)) != 0)
		return r < 0 ? r : 0;
	r = store_draft_del(t, b->user, b->name);
	return r == STORE_ENOTFOUND ? 0 : r;
}

/* Whether field x would save a value other than the one the form was
 * opened with.  Values are compared, not keys pressed: a letter typed and
 * erased, or a name typed again with an Arabic ي, is no change.  Text not
 * read into the record yet (the box being edited, or one whose text did
 * not parse) is parsed here, over the value it was opened with; text that
 * does not parse differs unless it is what the box showed then. */
static int
field_changed(const struct form *fm, const struct ffield *x)
{
	struct core_record *r;
	struct core_issue is;
	char *was;
	int sev, diff;

	if (!x->box || !x->changed)
		return !core_value_equal(fm->rec, fm->orig, x->fi);
	if ((r = core_record_dup(fm->orig)) == NULL)
		return 1;
	sev = core_field_parse(r, x->fi, x->ed.buf, &is);
	if (sev < 0)
		diff = 1;
	else if (sev != CORE_SEV_ERROR || !core_value_equal(r, fm->orig, x->fi))
		diff = !core_value_equal(r, fm->orig, x->fi);	/* emptied: unset */
	else if (x->ed.buf[strspn(x->ed.buf, " \t")] == '\0')
		diff = 0;	/* blank, as the value it was opened with */
	else {
		was = tui_value_display(fm->orig, x->fi);
		diff = was == NULL || strcmp(was, x->ed.buf) != 0;
		free(was);
	}
	core_record_free(r);
	return diff;
}

/* Whether the form holds a change to save (the question on Esc, the
 * status bar's mark, a draft kept). */
static int
form_changed(const struct form *fm)
{
	int i;

	if (fm->readonly)
		return 0;
	if (fm->orig == NULL)
		return 1;	/* not known: as if it did */
	for (i = 0; i < fm->n; i++)
		if (field_changed(fm, &fm->ff[i]))
			return 1;
	return 0;
}

static void draft_delete(struct form *fm);
static const struct ffield *form_damaged(const struct form *fm);

/* Keeps the form's typing as a draft, or, when it holds no change (all
 * typed was undone), deletes the draft kept before: a form with nothing
 * to save is not offered at the next start. */
static void
draft_save(struct form *fm)
{
	struct blob b = { NULL, 0, tui_app.user, fm->draft, &fm->handed };
	FILE *f;
	char *s;
	int i;

	if (tui_app.st == NULL || fm->handed)
		return;
	/* nothing written while a record it names could not be read, or
	 * once F2 found a sum it is checked against read short (save) */
	if (form_damaged(fm) != NULL || fm->sums_short)
		return;
	if (!form_changed(fm)) {
		if (fm->drafted)
			draft_delete(fm);
		return;
	}
	if ((f = open_memstream(&b.data, &b.len)) == NULL)
		return;
	fprintf(f, "rev=%llu\n", (unsigned long long)fm->rev);
	if (fm->rev != 0 && !core_version_is_zero(&fm->ver)) {
		char vb[64];

		core_version_format(&fm->ver, vb, sizeof vb);
		fprintf(f, "ver=%s\n", vb);
	}
	for (i = 0; i < fm->n; i++) {
		if ((s = field_input(fm, &fm->ff[i])) == NULL)
			continue;
		fprintf(f, "%s=", fm->ff[i].f->name);
		tui_draft_escape(f, s);
		fputc('\n', f);
		free(s);
	}
	/* where the typing was: a resumed draft goes on from there */
	fprintf(f, "focus=%s\n", fm->ff[fm->cur].f->name);
	fprintf(f, "session=%s\n", tui_draft_session());
	if (fclose(f) == 0 && store_write(tui_app.st, draft_put_fn, &b) == 0) {
		fm->drafted = 1;
		if (fm->handed) {
			snprintf(fm->status, sizeof fm->status, "%s",
			    _("This form was resumed in another session of yours: what is typed here is no longer kept as a draft."));
			fm->status_attr = tui_attr_warning();
		}
	}
	free(b.data);
}

static void
draft_delete(struct form *fm)
{
	struct blob b = { NULL, 0, tui_app.user, fm->draft, &fm->handed };

	if (tui_app.st != NULL && !fm->handed && store_write(tui_app.st, draft_del_fn, &b) == 0)
		fm->drafted = 0;
}

/* ---- fields ---------------------------------------------------------- */

static void deact_refs(enum core_kind k, const char *id, char *buf, size_t n);

/* What is said before the name of record id of kind k beside a field
 * that refers to it, or NULL: "inactive" if it is stored and deactivated
 * (in its metadata or its active field), "cancelled" or "fulfilled" if
 * it is a pledge cancelled or fulfilled (a payment's form says so as soon
 * as the pledge is typed or picked: the warning at F2 came only after the
 * amount and the receipt).
 * NULL when it cannot be read.  One read for both. */
static const char *
ref_state(enum core_kind k, const char *id)
{
	struct store_txn *t;
	struct core_record *r;
	struct store_meta m;
	const char *said = NULL;

	if (tui_app.st == NULL || store_read_begin(tui_app.st, &t) != 0)
		return NULL;
	if (store_get(t, k, id, &r, &m) == 0) {
		if (m.deleted || core_record_inactive(r))
			said = _("inactive");
		else if (k == CORE_PLEDGE && r->v[CORE_PLEDGE_STATUS].set &&
		    r->v[CORE_PLEDGE_STATUS].num == CORE_PLEDGE_CANCELLED)
			said = _("cancelled");
		else if (k == CORE_PLEDGE && r->v[CORE_PLEDGE_STATUS].set &&
		    r->v[CORE_PLEDGE_STATUS].num == CORE_PLEDGE_FULFILLED)
			said = _("fulfilled");
		core_record_free(r);
	}
	store_read_end(t);
	return said;
}

/* A payment's pledge beside its id: its donor, its need and its amount
 * («علیرضا کریمی — TBZ-41 بازسازی پاسگاه — ۳۰۰٬۰۰۰٬۰۰۰»), the parts joined by
 * « — » for pledge_fit.  Before, the donor and the amount alone: two
 * pledges of one donor and amount could not be told apart. */
static void
pledge_caption(const char *id, char *buf, size_t n)
{
	struct store_txn *t;
	struct core_record *p;
	char donor[640], need[400], *amt = NULL;

	buf[0] = '\0';
	if (tui_app.st == NULL || store_read_begin(tui_app.st, &t) != 0)
		return;
	if (store_get(t, CORE_PLEDGE, id, &p, NULL) != 0 || !tui_may_read(t, p)) {
		if (p != NULL)
			core_record_free(p);
		store_read_end(t);
		tui_record_caption(CORE_PLEDGE, id, buf, n);
		return;
	}
	store_read_end(t);
	donor[0] = need[0] = '\0';
	if (p->v[CORE_PLEDGE_DONOR].set)
		tui_record_caption(CORE_DONOR, p->v[CORE_PLEDGE_DONOR].text, donor, sizeof donor);
	if (p->v[CORE_PLEDGE_NEED].set) {
		char title[360];

		tui_record_caption(CORE_NEED, p->v[CORE_PLEDGE_NEED].text, title, sizeof title);
		snprintf(need, sizeof need, "%s%s%s", p->v[CORE_PLEDGE_NEED].text,
		    title[0] ? " " : "", title);
	}
	if (p->v[CORE_PLEDGE_AMOUNT].set)
		amt = tui_value_display(p, CORE_PLEDGE_AMOUNT);
	snprintf(buf, n, "%s%s%s%s%s", donor[0] ? donor : "-",
	    need[0] ? " — " : "", need, amt ? " — " : "", amt ? amt : "");
	free(amt);
	core_record_free(p);
}

/* Whether record id of kind k, which a stored record names, could not
 * be read: STORE_ENOTFOUND (not there: a page a failing disk cut short,
 * read without an error) or STORE_ECORRUPT; else 0 (a record of another
 * county is there). */
static int
ref_gone(struct store_txn *t, enum core_kind k, const char *id)
{
	int rc = store_exists(t, k, id, NULL);

	return rc == STORE_ENOTFOUND || rc == STORE_ECORRUPT ? rc : 0;
}

/* Sets x->damaged (and which record) when reference box x names a record
 * that could not be read: the record it held when the form was opened
 * (fm->base) not there, any on a page that could not be read, or a
 * pledge's donor or need not there.  An id typed that names nothing is
 * the clerk's to put right (ref_exists_check), not damage.  Before, the
 * form showed the id alone («خیّر: TST-12»), said nothing, and saved. */
static void
ref_damage(struct form *fm, struct ffield *x)
{
	const char *v = core_record_text(fm->rec, x->fi);
	struct store_txn *t;
	struct core_record *p;
	int rc, stored = fm->base != NULL && fm->base->v[x->fi].set &&
	    strcmp(core_record_text(fm->base, x->fi), v) == 0;
	static const int sub[] = { CORE_PLEDGE_DONOR, CORE_PLEDGE_NEED };
	static const enum core_kind subk[] = { CORE_DONOR, CORE_NEED };
	size_t i;

	x->damaged = 0;
	if (tui_app.st == NULL || store_read_begin(tui_app.st, &t) != 0)
		return;
	rc = ref_gone(t, x->f->ref, v);
	if (rc == STORE_ECORRUPT || (rc == STORE_ENOTFOUND && stored)) {
		x->damaged = 1;
		x->gone_kind = x->f->ref;
		loc_utf8_copy(x->gone_id, sizeof x->gone_id, v);
	} else if (rc == 0 && x->f->ref == CORE_PLEDGE &&
	    store_get(t, CORE_PLEDGE, v, &p, NULL) == 0) {
		for (i = 0; i < sizeof sub / sizeof sub[0] && !x->damaged; i++)
			if (p->v[sub[i]].set && p->v[sub[i]].text != NULL &&
			    ref_gone(t, subk[i], p->v[sub[i]].text) != 0) {
				x->damaged = 1;
				x->gone_kind = subk[i];
				loc_utf8_copy(x->gone_id, sizeof x->gone_id, p->v[sub[i]].text);
			}
		core_record_free(p);
	}
	store_read_end(t);
}

/* ref_damage for a list of ids (a ceremony's donors): x->damaged when
 * one of them that the stored record names is not there, or any is on a
 * page that could not be read; its id where its name goes (the names
 * line, tui_refs_caption) and the sentence under the fields name him.
 * Before, the form showed «..., TST-12» among the names, said nothing,
 * and saved.  An id typed that names nothing is the clerk's to put right
 * (ref_exists_check), not damage. */
static void
refs_damage(struct form *fm, struct ffield *x)
{
	const char *had = fm->base != NULL && fm->base->v[x->fi].set ?
	    core_record_text(fm->base, x->fi) : "";
	char *copy, *tok, *save = NULL;
	struct store_txn *t;
	int rc;

	x->damaged = 0;
	if (tui_app.st == NULL || (copy = strdup(core_record_text(fm->rec, x->fi))) == NULL)
		return;
	if (store_read_begin(tui_app.st, &t) != 0) {
		free(copy);
		return;
	}
	for (tok = strtok_r(copy, " ", &save); tok != NULL && !x->damaged;
	    tok = strtok_r(NULL, " ", &save)) {
		rc = ref_gone(t, x->f->ref, tok);
		if (rc == STORE_ECORRUPT ||
		    (rc == STORE_ENOTFOUND && core_list_has(had, tok, strlen(tok)))) {
			x->damaged = 1;
			x->gone_kind = x->f->ref;
			loc_utf8_copy(x->gone_id, sizeof x->gone_id, tok);
		}
	}
	store_read_end(t);
	free(copy);
}

/* The first field of fm whose reference could not be read, or NULL. */
static const struct ffield *
form_damaged(const struct form *fm)
{
	int i;

	for (i = 0; i < fm->n; i++)
		if (fm->ff[i].damaged)
			return &fm->ff[i];
	return NULL;
}

/* The damaged-database sentence of field d (form_damaged) into buf. */
static void
damaged_sentence(const struct ffield *d, char *buf, size_t n)
{
	snprintf(buf, n, _("%s %s, which this form names, could not be read: a page of the database %s could not be read; it may be damaged. Run 'hamyar --db %s verify'; if it finds damage, restore the last backup (README, \"Backup and restore\"). The form is not saved while it names it."),
	    _(core_schema_get(d->gone_kind)->label), d->gone_id,
	    tui_app.db_path ? tui_app.db_path : "", tui_app.db_path ? tui_app.db_path : "");
}

/* pledge_caption's text fitted to w columns: the amount whole, the
 * donor's name cut at its end and the need (its id and title) in its
 * middle, so that its id stays and a letter of its title keeps the id
 * from running into the amount (where that leaves too little, the
 * need's id alone before the donor), each keeping
 * at least half of what is left when both are too long (before, the
 * donor alone was cut to what the amount left). */
const char *
tui_pledge_fit(const char *s, int w, char *buf, size_t n)
{
	const char *sep = " — ", *a = strstr(s, sep), *b;
	char donor[640], need[640], amt[100], d2[640], n2[640], all[2100];
	int sw = tui_text_width(sep), aw, dw, nw, room, dmax;

	if (a == NULL || tui_text_width(s) <= w)
		return tui_fit_before(s, sep, w, buf, n);
	for (b = a; strstr(b + 1, sep) != NULL; )
		b = strstr(b + 1, sep);
	if (b == a)	/* no need: the donor and the amount */
		return tui_fit_before(s, sep, w, buf, n);
	snprintf(donor, sizeof donor, "%.*s", (int)(a - s), s);
	snprintf(need, sizeof need, "%.*s", (int)(b - a - strlen(sep)), a + strlen(sep));
	snprintf(amt, sizeof amt, "%s", b + strlen(sep));
	aw = tui_text_width(amt);
	room = w - aw - 2 * sw;
	if (room < 12)	/* too narrow for both: the donor and amount */
		return tui_fit_before(s, sep, w, buf, n);
	dw = tui_text_width(donor);
	nw = tui_text_width(need);
	/* too narrow for the donor and a cut title to be read: the need's
	 * id alone, first (after the donor it would run into the amount,
	 * both read left to right) */
	if (dw + nw > room && room < 40 && (b = strchr(need, ' ')) != NULL) {
		need[b - need] = '\0';
		/* (the two separators are room's already: the need's
		 * id and the donor's name change places.  Before, a
		 * third was taken off, three cells left blank while
		 * the name was cut) */
		room -= tui_text_width(need);
		if (room < 6)
			return tui_fit_before(s, sep, w, buf, n);
		tui_fit_end(donor, room, d2, sizeof d2);
		snprintf(all, sizeof all, "%s%s%s%s%s", need, sep, d2, sep, amt);
		loc_utf8_copy(buf, n, all);
		return buf;
	}
	dmax = dw + nw <= room ? dw : nw < room / 2 ? room - nw : dw < room / 2 ? dw : room / 2;
	tui_fit_end(donor, dmax, d2, sizeof d2);
	tui_fit_middle(need, room - tui_text_width(d2), n2, sizeof n2);
	if (tui_text_width(n2) > room - tui_text_width(d2))
		tui_fit_end(need, room - tui_text_width(d2), n2, sizeof n2);
	/* the cells the need's cut leaves at a word's end or start go back
	 * to the donor's name where it is cut: before, «سیده‌زهرا…» beside
	 * four blank cells its next letters would have filled */
	if (tui_text_width(d2) < dw && tui_text_width(d2) + tui_text_width(n2) < room) {
		char more[sizeof d2];

		tui_fit_end(donor, room - tui_text_width(n2), more, sizeof more);
		if (tui_text_width(more) > tui_text_width(d2))
			memcpy(d2, more, strlen(more) + 1);
	}
	snprintf(all, sizeof all, "%s%s%s%s%s", d2, sep, n2, sep, amt);
	loc_utf8_copy(buf, n, all);
	return buf;
}

static void
box_reset(struct form *fm, struct ffield *x)
{
	char *s = tui_value_display(fm->rec, x->fi);

	if (s != NULL) {
		tui_edit_set(&x->ed, s);
		free(s);
	}
	x->changed = 0;
	x->hint[0] = '\0';
	x->names[0] = '\0';
	x->damaged = 0;
	if ((x->f->type == CORE_FT_REF) && fm->rec->v[x->fi].set) {
		const char *said;

		if (x->f->ref == CORE_PLEDGE)
			pledge_caption(fm->rec->v[x->fi].text, x->hint, sizeof x->hint);
		else
			tui_record_caption(x->f->ref, fm->rec->v[x->fi].text, x->hint, sizeof x->hint);
		/* a donor's group, a need's unit, deactivated since, or a
		 * pledge cancelled or fulfilled: said before its name (which a narrow form
		 * cuts), as the picker dims it */
		said = x->hint[0] ? ref_state(x->f->ref, fm->rec->v[x->fi].text) : NULL;
		if (said != NULL) {
			char both[sizeof x->hint + 100];

			snprintf(both, sizeof both, "(%s) %s", said, x->hint);
			loc_utf8_copy(x->hint, sizeof x->hint, both);
		}
		/* a record not there where the stored one names it: said
		 * beside it, the damaged-database sentence under the fields
		 * (form_draw) */
		ref_damage(fm, x);
		if (x->damaged && x->gone_kind == x->f->ref)
			snprintf(x->hint, sizeof x->hint, "(%s)", _("could not be read"));
	}
	/* Amounts are typed and stored in rials, as the label says; a clerk
	 * who chose toman reads them in toman everywhere else (lists, the
	 * dashboard): the same amount in toman beside the field. */
	if (x->f->type == CORE_FT_AMOUNT && tui_toman && fm->rec->v[x->fi].set)
		tui_fmt_amount(fm->rec->v[x->fi].num, 1, x->hint, sizeof x->hint);
	/* A list of ids (TST-10 TST-11) says nothing to the supervisor
	 * reading a ceremony: its names are shown, the ids when the field
	 * is edited. */
	if (x->f->type == CORE_FT_REFS && fm->rec->v[x->fi].set) {
		tui_refs_caption(x->f->ref, fm->rec->v[x->fi].text, x->names, sizeof x->names);
		refs_damage(fm, x);
	}
}

/* Box x shows the value just set in the record as a proposal: kept by
 * moving on, replaced by typing (tui_edit_propose). */
static void
box_propose_set(struct form *fm, struct ffield *x)
{
	char *s;

	if ((s = tui_value_display(fm->rec, x->fi)) == NULL) {
		core_record_unset(fm->rec, x->fi);	/* as the empty box shows */
		return;
	}
	tui_edit_propose(&x->ed, s);
	free(s);
}

/* A new record's date whose natural value is the day it is entered
 * (CORE_FF_TODAY): today, proposed. */
static void
box_propose_today(struct form *fm, struct ffield *x)
{
	core_record_set_num(fm->rec, x->fi, loc_day_today());
	box_propose_set(fm, x);
}

/* A new record's county, when the user works in one (a clerk or supervisor
 * may write in no other): his, shown as a proposal as a date is, so that
 * the clerk registering the morning's donors does not choose it on each. */
static void
box_propose_county(struct form *fm, struct ffield *x)
{
	const struct store_identity *who = store_users_identity(tui_app.st);

	if (who == NULL || who->actor.county[0] == '\0' ||
	    (who->actor.role != CORE_ROLE_CLERK && who->actor.role != CORE_ROLE_SUPERVISOR))
		return;
	if (core_record_set_text(fm->rec, x->fi, who->actor.county) == 0)
		box_propose_set(fm, x);
}

/* The rows a field's message may take: a long one (a cross-field rule
 * naming both fields) wraps rather than losing its end. */
#define MSG_ROWS 2

static int field_width(void);

/* x->refused from fmt, whose two %s are id and name, and its severity:
 * the name cut in its middle (tui_fit_middle) as far as the message needs
 * to fit, with its «هشدار:» or «خطا:», in the MSG_ROWS rows under the field
 * at the field's width, so that its end (what to do) is not cut off by a
 * long name («غلامرضا عبدالحسین‌زاده قراملکی تبریزی اصل») at 80 or 64
 * columns. */
static int msg_width(void);

static void
refused_naming(struct ffield *x, int sev, const char *fmt, const char *id, const char *name)
{
	char cut[200], shown[sizeof x->refused + 64];
	const char *nm;
	int w, len, rows, fits = 0;

	/* at 64 columns the message alone may need a third row: then it
	 * takes it (msg_rows), the name cut to fit three */
	for (rows = MSG_ROWS; !fits && rows <= MSG_ROWS + 1; rows++) {
		nm = name;
		w = tui_text_width(name);
		for (;;) {
			len = snprintf(x->refused, sizeof x->refused, fmt, id, nm);
			snprintf(shown, sizeof shown, "%s %s",
			    sev == CORE_SEV_ERROR ? _("Error:") : _("Warning:"), x->refused);
			fits = len < (int)sizeof x->refused &&
			    tui_wrapped_rows(msg_width(), rows + 1, shown) <= rows;
			if (fits || w <= 5)
				break;
			nm = tui_fit_middle(name, --w, cut, sizeof cut);
		}
		x->named_rows = rows;
	}
	x->issue.severity = sev;
	x->issue.field = x->fi;
}

static const char *issue_text(const struct ffield *x, char *buf, size_t n);

/* The rows the message under x may take: MSG_ROWS, or up to two more
 * where it needs them to be read whole (a narrow terminal: at 64 columns
 * a user's login with no Unix account, «... بی آن (useradd، passwd) کاربر
 * نمی‌تواند وارد شود.», lost its end, what it means, to «ک…»). */
static int
msg_rows(const struct ffield *x)
{
	char msg[400];
	int n;

	if (x->refused[0] && x->named_rows > MSG_ROWS)
		return x->named_rows;
	if (x->issue.severity > CORE_SEV_OK &&
	    (n = tui_wrapped_rows(msg_width(), MSG_ROWS + 2, issue_text(x, msg, sizeof msg))) > MSG_ROWS)
		return n;
	return MSG_ROWS;
}

/* Another record holding x's value: a national or legal id (unique: the
 * store refuses it at F2, an error) or a donor's mobile (two donors of one
 * family may share one, but mostly it is the same donor typed in twice: a
 * warning).  The finding goes under the field and names the holder, so
 * that the clerk opens that record instead of making a second one.  A
 * worse finding already there is kept. */
static void
dup_check(struct form *fm, struct ffield *x)
{
	const struct core_value *v = &fm->rec->v[x->fi];
	struct store_txn *t;
	struct store_iter *it;
	char other[CORE_ID_MAX], id[CORE_ID_MAX], name[200];
	int unique = (x->f->flags & CORE_FF_UNIQUE) != 0, sev;

	if (!v->set || v->text == NULL || *v->text == '\0' || tui_app.st == NULL)
		return;
	if (!unique && !(fm->kind == CORE_DONOR && x->f->type == CORE_FT_MOBILE))
		return;
	sev = unique ? CORE_SEV_ERROR : CORE_SEV_WARNING;
	if (x->issue.severity >= sev)
		return;
	other[0] = '\0';
	if (store_read_begin(tui_app.st, &t) != 0)
		return;
	if (unique) {
		if (store_lookup_unique(t, fm->kind, x->fi, v->text, id) == 0 &&
		    (fm->rev == 0 || strcmp(id, fm->id) != 0))
			loc_utf8_copy(other, sizeof other, id);
	} else if (store_iter_index(t, fm->kind, x->fi, v->text, &it) == 0) {
		while (store_iter_next(it, id) == 0)
			if (fm->rev == 0 || strcmp(id, fm->id) != 0) {
				loc_utf8_copy(other, sizeof other, id);
				break;
			}
		store_iter_free(it);
	}
	store_read_end(t);
	if (other[0] == '\0')
		return;
	tui_record_caption(fm->kind, other, name, sizeof name);
	if (unique) {
		char fmt[300];

		/* the field's label in, the id and the name left to fill */
		snprintf(fmt, sizeof fmt,
		    _("This %s is already registered for %s (%s); edit that record instead."),
		    _(x->f->label), "%s", "%s");
		refused_naming(x, sev, fmt, other, name[0] ? name : "-");
	} else
		refused_naming(x, sev,
		    _("This mobile is also registered for %s (%s); if the same donor, edit that one."),
		    other, name[0] ? name : "-");
}

/* A reference group, a unit or a donor registered a second time: another
 * record of its kind whose name has the same twin key (store_name_twin:
 * Arabic ي/ك, spaces, ZWNJ folded, a space typed for a ZWNJ too) in the
 * same county; for a donor, another active donor of that name whom no
 * national id, legal id or mobile tells apart from this one
 * (core_donor_twin: both have one, and theirs differ).  Two records of one
 * group split the donors it introduced and its sums; two of one unit split
 * its needs, their pledges and its sums (and a unit made inactive leaves
 * its twin's needs ranked); two of one donor his pledges and his letters.
 * So it is warned about under the name, naming the record already there,
 * when the name, the county (or a donor's ids and mobile) is left with
 * both given, and at F2 (which then asks).  The same name in another
 * county is another group (each county has its «اتاق بازرگانی»).  A
 * warning of this check found before is dropped first, so that a county
 * changed since does not keep it. */
static int field_entry(const struct form *fm, int fi);

static void
twin_check(struct form *fm, struct ffield *x)
{
	const char *name, *county;
	struct ffield *nx;
	struct store_txn *t;
	char other[CORE_ID_MAX];
	int e, donor = fm->kind == CORE_DONOR;
	int namef = donor ? CORE_DONOR_NAME : CORE_GROUP_NAME;
	int countyf = donor ? CORE_DONOR_COUNTY : CORE_GROUP_COUNTY;

	/* a group's and a unit's name and county are the same fields
	 * (store_name_twin) */
	if ((fm->kind != CORE_GROUP && fm->kind != CORE_UNIT && !donor) || tui_app.st == NULL ||
	    (x->fi != namef && x->fi != countyf && !(donor && (x->fi == CORE_DONOR_NATIONAL_ID ||
	    x->fi == CORE_DONOR_LEGAL_ID || x->fi == CORE_DONOR_MOBILE))) ||
	    (e = field_entry(fm, namef)) < 0)
		return;
	nx = &fm->ff[e];
	if (nx->twin) {
		nx->twin = 0;
		if (nx->issue.severity == CORE_SEV_WARNING) {
			memset(&nx->issue, 0, sizeof nx->issue);
			nx->refused[0] = '\0';
		}
	}
	name = core_record_text(fm->rec, namef);
	county = core_record_text(fm->rec, countyf);
	if (nx->issue.severity != CORE_SEV_OK)
		return;
	/* a stored record keeping its name and county is not warned about
	 * again, as import does not (a twin registered before, or made by
	 * sync): its address or active field changed saves at once */
	if (fm->base != NULL && name != NULL && county != NULL &&
	    core_record_text(fm->base, namef) != NULL &&
	    core_record_text(fm->base, countyf) != NULL &&
	    strcmp(core_record_text(fm->base, namef), name) == 0 &&
	    strcmp(core_record_text(fm->base, countyf), county) == 0)
		return;
	other[0] = '\0';
	if (store_read_begin(tui_app.st, &t) == 0) {
		if (store_name_twin_if(t, fm->kind, county, name, fm->rev != 0 ? fm->id : NULL,
		    donor ? core_donor_twin : NULL, fm->rec, other) != 0)
			other[0] = '\0';
		store_read_end(t);
	}
	if (other[0] == '\0')
		return;
	if (fm->kind == CORE_UNIT)
		refused_naming(nx, CORE_SEV_WARNING,
		    _("Unit %s of this name is already registered in this county; if it is the same unit, edit that one."),
		    other, "");
	else
		/* (no name to cut: refused_naming gives it a third row if needed) */
		refused_naming(nx, CORE_SEV_WARNING, donor ?
		    _("A donor of this name is already in this county: %s; if the same donor, edit that one.") :
		    _("Group %s of this name is already registered in this county; if it is the same group, edit that one."),
		    other, "");
	nx->twin = 1;
}

/* A ceremony's donors in the recognitions' form: a donor added who is
 * marked inactive, or has no contribution recorded, is said under the
 * field, naming him, as the
 * ceremony screen asks when he is picked there (tui/recog.c); F2 then asks
 * before saving, as about any warning.  Before, the form took him without
 * a word, and his letter thanked him for a participation nobody recorded.
 * Donors the stored ceremony already has are not said again. */
static void
contrib_check(struct form *fm, struct ffield *x)
{
	const struct core_value *v = &fm->rec->v[x->fi];
	const char *had = fm->base != NULL ? core_record_text(fm->base, x->fi) : "";
	char *copy, *tok, *save = NULL, name[200];

	if (fm->kind != CORE_RECOGNITION || x->fi != CORE_RECOGNITION_DONORS || !v->set ||
	    v->text == NULL || x->issue.severity != CORE_SEV_OK || tui_app.st == NULL)
		return;
	if ((copy = strdup(v->text)) == NULL)
		tui_fatal(_("out of memory"));
	for (tok = strtok_r(copy, " ", &save); tok != NULL; tok = strtok_r(NULL, " ", &save)) {
		int off;

		if (core_list_has(had, tok, strlen(tok)))
			continue;
		/* a donor marked inactive too, as the ceremony screen asks */
		if (!(off = tui_donor_inactive(tok)) && tui_donor_has_contribution(tok))
			continue;
		tui_record_caption(CORE_DONOR, tok, name, sizeof name);
		snprintf(x->refused, sizeof x->refused, off ? _("Donor %s (%s) is inactive.") :
		    _("No contribution of %s (%s) is recorded (no pledge that is not cancelled)."),
		    tok, name[0] ? name : "-");
		x->issue.severity = CORE_SEV_WARNING;
		x->issue.field = x->fi;
		break;
	}
	free(copy);
}

/* A pledge's need whose unit is marked inactive (F8 on the unit, or its
 * Active field set to no): said under the field, naming the unit, and F2
 * asks before saving, as about any warning.  Such a need stays stored and
 * listed but is out of the ranking and matching (store/stats.h); before,
 * a new pledge on it was taken without a word.  A stored pledge whose need
 * is unchanged is not warned about again. */
static void
unit_check(struct form *fm, struct ffield *x)
{
	const struct core_value *v = &fm->rec->v[x->fi];
	struct store_txn *t;
	struct core_record *n, *u;
	struct store_meta um;
	char unit[CORE_ID_MAX], name[200];
	int off = 0;

	if (fm->kind != CORE_PLEDGE || x->fi != CORE_PLEDGE_NEED || !v->set || v->text == NULL ||
	    *v->text == '\0' || x->issue.severity != CORE_SEV_OK || tui_app.st == NULL)
		return;
	if (fm->base != NULL && fm->base->v[x->fi].set &&
	    strcmp(core_record_text(fm->base, x->fi), v->text) == 0)
		return;
	if (store_read_begin(tui_app.st, &t) != 0)
		return;
	unit[0] = '\0';
	if (store_get(t, CORE_NEED, v->text, &n, NULL) == 0) {
		loc_utf8_copy(unit, sizeof unit, core_record_text(n, CORE_NEED_UNIT));
		core_record_free(n);
	}
	if (unit[0] != '\0' && store_get(t, CORE_UNIT, unit, &u, &um) == 0) {
		off = um.deleted || core_record_inactive(u);
		core_record_free(u);
	}
	store_read_end(t);
	if (!off)
		return;
	tui_record_caption(CORE_UNIT, unit, name, sizeof name);
	snprintf(x->refused, sizeof x->refused,
	    _("Need %s is of unit %s (%s), which is inactive: out of the ranking and matching."),
	    v->text, unit, name[0] ? name : "-");
	x->issue.severity = CORE_SEV_WARNING;
	x->issue.field = x->fi;
}

/* A pledge whose donor already has a live one (neither cancelled nor
 * deactivated) on its need: said under the need, naming that pledge, and
 * F2 asks before saving, as about any warning, in the words the matching
 * screen's F2 asks in: the same promise typed twice would count the
 * donor's money twice against the need's gap.  Before, the matching
 * screen asked, and the pledge's form saved a second one without a word.
 * Checked when the donor or the need is left and at F2, a finding made
 * before for another donor going; a stored pledge keeping its donor and
 * need is not said again. */
static void
again_check(struct form *fm, struct ffield *x)
{
	struct ffield *nx;
	const char *donor, *need;
	char pid[CORE_ID_MAX];
	int e;

	if (fm->kind != CORE_PLEDGE || tui_app.st == NULL ||
	    (x->fi != CORE_PLEDGE_DONOR && x->fi != CORE_PLEDGE_NEED) ||
	    (e = field_entry(fm, CORE_PLEDGE_NEED)) < 0)
		return;
	nx = &fm->ff[e];
	if (nx->again) {
		nx->again = 0;
		if (nx->issue.severity == CORE_SEV_WARNING) {
			memset(&nx->issue, 0, sizeof nx->issue);
			nx->refused[0] = '\0';
		}
	}
	if (nx->issue.severity != CORE_SEV_OK)
		return;
	donor = core_record_text(fm->rec, CORE_PLEDGE_DONOR);
	need = core_record_text(fm->rec, CORE_PLEDGE_NEED);
	if (donor == NULL || *donor == '\0' || need == NULL || *need == '\0')
		return;
	if (fm->base != NULL && core_record_text(fm->base, CORE_PLEDGE_DONOR) != NULL &&
	    core_record_text(fm->base, CORE_PLEDGE_NEED) != NULL &&
	    strcmp(core_record_text(fm->base, CORE_PLEDGE_DONOR), donor) == 0 &&
	    strcmp(core_record_text(fm->base, CORE_PLEDGE_NEED), need) == 0)
		return;
	if (tui_live_pledge(donor, need, pid, sizeof pid) != 1 ||
	    (fm->rev != 0 && strcmp(pid, fm->id) == 0))
		return;
	snprintf(nx->refused, sizeof nx->refused,
	    _("Donor %s already has pledge %s on this need; saving records another pledge of his on it."),
	    donor, pid);
	nx->issue.severity = CORE_SEV_WARNING;
	nx->issue.field = nx->fi;
	nx->again = 1;
}

/* A payment dated before its pledge: said under its date when the date,
 * or its pledge with the date already there, is left, by the rule and in
 * the words F2's check of the whole record uses (core_record_validate's
 * CORE_MSG_PAYMENT_BEFORE_PLEDGE, naming the pledge's date).  Before, only
 * F2 said it, though F1 says each field is checked when it is left.  A
 * finding of this kind made before goes when either field is left again. */
static void
pay_date_check(struct form *fm, struct ffield *x)
{
	struct core_issues is;
	struct core_record *p = NULL;
	struct store_txn *t;
	struct ffield *d;
	const char *pid;
	size_t k;
	int e;

	if (fm->kind != CORE_PAYMENT || tui_app.st == NULL ||
	    (x->fi != CORE_PAYMENT_PLEDGE && x->fi != CORE_PAYMENT_PAID_ON) ||
	    (e = field_entry(fm, CORE_PAYMENT_PAID_ON)) < 0)
		return;
	d = &fm->ff[e];
	if (d != x && d->issue.msg == CORE_MSG_PAYMENT_BEFORE_PLEDGE && !d->refused[0]) {
		memset(&d->issue, 0, sizeof d->issue);
		d->of_record = 0;
	}
	if (x->issue.severity == CORE_SEV_ERROR || d->issue.severity == CORE_SEV_ERROR ||
	    !fm->rec->v[CORE_PAYMENT_PAID_ON].set || !fm->rec->v[CORE_PAYMENT_PLEDGE].set ||
	    (pid = core_record_text(fm->rec, CORE_PAYMENT_PLEDGE)) == NULL || *pid == '\0')
		return;
	if (store_read_begin(tui_app.st, &t) != 0)
		return;
	if (store_get(t, CORE_PLEDGE, pid, &p, NULL) != 0)
		p = NULL;
	store_read_end(t);
	if (p == NULL)
		return;
	core_record_validate(fm->rec, p, &is);
	core_record_free(p);
	for (k = 0; k < is.n; k++)
		if (is.v[k].msg == CORE_MSG_PAYMENT_BEFORE_PLEDGE) {
			d->issue = is.v[k];
			d->refused[0] = '\0';
			d->of_record = d != x;	/* rests on the pledge too */
			break;
		}
}

/* A pledge's need chosen while its type is still empty: the need's
 * category is proposed as the type (the clerk may choose another), so its
 * list opens on it.  Before, the type stayed empty and its list opened on
 * the first item, whatever the need was for. */
static void
type_from_need(struct form *fm, struct ffield *x)
{
	const struct core_value *v = &fm->rec->v[x->fi];
	struct store_txn *t;
	struct core_record *n;

	if (fm->kind != CORE_PLEDGE || x->fi != CORE_PLEDGE_NEED || !v->set || v->text == NULL ||
	    *v->text == '\0' || x->issue.severity == CORE_SEV_ERROR || tui_app.st == NULL ||
	    fm->rec->v[CORE_PLEDGE_TYPE].set)
		return;
	if (store_read_begin(tui_app.st, &t) != 0)
		return;
	if (store_get(t, CORE_NEED, v->text, &n, NULL) == 0) {
		if (n->v[CORE_NEED_CATEGORY].set)
			core_record_set_num(fm->rec, CORE_PLEDGE_TYPE, n->v[CORE_NEED_CATEGORY].num);
		core_record_free(n);
	}
	store_read_end(t);
}

/* A donor's introducing group marked inactive (F8 on the group, or its
 * Active field set to no): said under the field, naming the group, and F2
 * asks before saving, as about a pledge's need of an inactive unit
 * (unit_check).  Before, the form showed «(inactive)» beside the group and
 * F2 saved without a word.  A need's unit alike: a need of an inactive
 * unit is out of the ranking and matching (store/stats.h), and a clerk
 * who picked the unit of that name made inactive (its twin, or a post
 * closed) saw only «(غیرفعال)» beside it, the need saved at once and never
 * ranked.  A stored record whose group or unit is unchanged is not warned
 * about again. */
static void
group_check(struct form *fm, struct ffield *x)
{
	const struct core_value *v = &fm->rec->v[x->fi];
	enum core_kind k;
	char name[200];

	if (fm->kind == CORE_DONOR && x->fi == CORE_DONOR_INTRODUCED_BY)
		k = CORE_GROUP;
	else if (fm->kind == CORE_NEED && x->fi == CORE_NEED_UNIT)
		k = CORE_UNIT;
	else
		return;
	if (!v->set || v->text == NULL || *v->text == '\0' || x->issue.severity != CORE_SEV_OK ||
	    tui_app.st == NULL)
		return;
	if (fm->base != NULL && fm->base->v[x->fi].set &&
	    strcmp(core_record_text(fm->base, x->fi), v->text) == 0)
		return;
	/* a group or a unit is only ever "inactive" (ref_state: "cancelled"
	 * and "fulfilled" are a pledge's) */
	if (ref_state(k, v->text) == NULL)
		return;
	tui_record_caption(k, v->text, name, sizeof name);
	if (k == CORE_UNIT)
		snprintf(x->refused, sizeof x->refused,
		    _("Unit %s (%s) is inactive: its needs are out of the ranking and matching."),
		    v->text, name[0] ? name : "-");
	else
		snprintf(x->refused, sizeof x->refused, _("Reference group %s (%s) is inactive."),
		    v->text, name[0] ? name : "-");
	x->issue.severity = CORE_SEV_WARNING;
	x->issue.field = x->fi;
}

int
tui_unit_needs(struct store_txn *t, const char *id, long *all, long *open)
{
	struct store_iter *it;
	char rid[CORE_ID_MAX];
	int rc;

	*all = *open = 0;
	if ((rc = store_iter_index(t, CORE_NEED, CORE_NEED_UNIT, id, &it)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	while ((rc = store_iter_next(it, rid)) == 0) {
		struct core_record *x;
		struct store_meta m;

		if ((rc = store_get(t, CORE_NEED, rid, &x, &m)) != 0) {
			if (rc == STORE_ENOTFOUND)
				continue;
			break;
		}
		if (!m.deleted) {
			(*all)++;
			*open += !(x->v[CORE_NEED_STATUS].set &&
			    (x->v[CORE_NEED_STATUS].num == CORE_NEED_DONE ||
			    x->v[CORE_NEED_STATUS].num == CORE_NEED_REJECTED));
		}
		core_record_free(x);
	}
	store_iter_free(it);
	return rc == STORE_ENOTFOUND ? 0 : rc;
}

/* A stored unit's county changed: its needs (a need's county is its
 * unit's) and their pledges move with it to the new county, out of the
 * old county's lists, sums and ranking.  Said under the county, naming how
 * many needs (how many open) move and where; F2 then asks before saving,
 * as about any warning.  Before, the form saved it without a word, as
 * import did (tui/verb_exchange.c county_move_warn). */
static void
county_move_check(struct form *fm, struct ffield *x)
{
	const char *county, *old;
	struct store_txn *t;
	char a[32], b[32];
	long all = 0, open = 0;
	int rc;

	if (fm->kind != CORE_UNIT || x->fi != CORE_UNIT_COUNTY || fm->base == NULL ||
	    fm->rev == 0 || x->issue.severity != CORE_SEV_OK || tui_app.st == NULL)
		return;
	county = core_record_text(fm->rec, CORE_UNIT_COUNTY);
	old = core_record_text(fm->base, CORE_UNIT_COUNTY);
	if (county == NULL || *county == '\0' || old == NULL || *old == '\0' ||
	    strcmp(county, old) == 0)
		return;
	if (store_read_begin(tui_app.st, &t) != 0)
		return;
	rc = tui_unit_needs(t, fm->id, &all, &open);
	store_read_end(t);
	if (rc != 0 || all == 0)
		return;
	tui_fmt_int(all, a, sizeof a);
	tui_fmt_int(open, b, sizeof b);
	snprintf(x->refused, sizeof x->refused,
	    _("With this change, this unit's needs (%s, %s of them open) and their pledges move to county %s."),
	    a, b, tui_county_name(county));
	x->issue.severity = CORE_SEV_WARNING;
	x->issue.field = x->fi;
}

/* A new user's login with no Unix account on this computer (mistyped:
 * «alli» for «ali»; or the account not made yet): said under the field,
 * a warning, since README's order adds the user first and the account
 * after.  Before, nothing told the admin that the person could not sign
 * in, nor where his password is made (Hamyar has none). */
static void
account_check(struct form *fm, struct ffield *x)
{
	const struct core_value *v = &fm->rec->v[x->fi];

	if (fm->kind != CORE_USER || x->fi != CORE_USER_ID || fm->rev != 0 || !v->set ||
	    v->text == NULL || x->issue.severity != CORE_SEV_OK || getpwnam(v->text) != NULL)
		return;
	snprintf(x->refused, sizeof x->refused,
	    _("There is no Unix account '%s' on this computer: without one (useradd, passwd) the user cannot sign in."),
	    v->text);
	x->issue.severity = CORE_SEV_WARNING;
	x->issue.field = x->fi;
}

/* What the keys of ASCII text in give on the program's Persian layout
 * (locale/keyboard.h), into out: the clerk thinking «تبریز» whose
 * terminal sent "jfvdc".  Returns the number of letters read, 0 when in
 * has a character beyond ASCII or does not fit. */
static int
latin_reading(const char *in, char *out, size_t n)
{
	const unsigned char *p;
	char *o = out;
	uint32_t cp;
	int letters = 0;

	for (p = (const unsigned char *)in; *p != '\0'; p++) {
		if (*p >= 0x80 || (size_t)(o - out) + 5 > n)
			return 0;
		letters += (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    *p == ';' || *p == '\'' || *p == '[' || *p == ']' || *p == ',';
		if (*p == ' ' || (cp = tui_kbd_isiri(*p)) == 0)
			*o++ = (char)*p;
		else
			o += loc_utf8_encode(cp, o);
	}
	*o = '\0';
	return letters;
}

/* A county typed with the keyboard in Latin by mistake: the same keys
 * read on the Persian layout.  When they name a county, the county is
 * set, with a warning saying how it was read; returns its severity, or
 * sev unchanged when they name none. */
static int
county_latin(struct form *fm, struct ffield *x, int sev)
{
	char fa[256];			/* a county name is short */
	struct core_issue is;

	if (latin_reading(x->ed.buf, fa, sizeof fa) == 0 ||
	    core_field_parse(fm->rec, x->fi, fa, &is) != CORE_SEV_OK)
		return sev;
	snprintf(x->refused, sizeof x->refused,
	    _("\"%s\" was typed with the Latin keyboard: read as %s (F12 switches the keyboard)."),
	    x->ed.buf, tui_county_name(fm->rec->v[x->fi].text));
	x->issue.severity = CORE_SEV_WARNING;
	x->issue.field = x->fi;
	x->issue.msg = CORE_MSG_COUNTY;
	return CORE_SEV_WARNING;
}

/* A name or title typed with the keyboard left in Latin ("ugd lplnd"
 * for «علی محمدی») in the Persian interface: kept as typed (a company
 * may have a Latin name), with a warning giving the Persian reading of
 * the keys and how to type it again. */
static void
name_latin(struct ffield *x)
{
	char fa[200];

	if (x->f->type != CORE_FT_TEXT || !(x->f->flags & CORE_FF_SEARCH) ||
	    tui_ui_dir() != LOC_DIR_RTL || x->issue.severity != CORE_SEV_OK)
		return;
	if (latin_reading(x->ed.buf, fa, sizeof fa) < 3)
		return;
	snprintf(x->refused, sizeof x->refused,
	    _("In Latin letters: on the Persian keyboard these keys are \"%s\" (Ctrl-U, F12, and type it again)."), fa);
	x->issue.severity = CORE_SEV_WARNING;
	x->issue.field = x->fi;
}

/* A name with no letter in it (donor, group, unit): digits, a dash, a
 * dot.  Mostly the mobile or the national id typed one Tab short, or a
 * sign typed to get past the field; warned about under the name, and F2
 * asks.  A name with letters and digits («کلانتری ۱۲») is no matter. */
static void
name_no_letter(struct ffield *x)
{
	if (x->f->type != CORE_FT_TEXT || !(x->f->flags & CORE_FF_SEARCH) ||
	    strcmp(x->f->name, "name") != 0 || x->issue.severity != CORE_SEV_OK ||
	    !loc_text_no_letter(x->ed.buf))
		return;
	snprintf(x->refused, sizeof x->refused, "%s",
	    _("The name has no letter: was a number typed in it?"));
	x->issue.severity = CORE_SEV_WARNING;
	x->issue.field = x->fi;
}

static void ref_missing(struct ffield *x, const char *id, enum core_kind other, int bare);
static int ref_stored(enum core_kind want, const char *id, enum core_kind *other);

/* Whether id is among the ids of list, one space apart (a list field's
 * value, as core stores it). */
static int
id_listed(const char *list, const char *id)
{
	size_t l = strlen(id), n;
	const char *p = list;

	for (;;) {
		while (*p == ' ')
			p++;
		if ((n = strcspn(p, " ")) == 0)
			return 0;
		if (n == l && strncmp(p, id, l) == 0)
			return 1;
		p += n;
	}
}

/* A list of ids (a ceremony's donors) with one that names no donor, or
 * a record of another kind ("TST-999", "TST-20", a need): said under the
 * field when it is left, naming the first such id, as a single
 * reference box says it (ref_exists_check), a number alone ("۹۹۹") in
 * its words too: this station has no such record, a number alone being
 * this station's (before, "no record TST-999 exists").  Before, only F2
 * said it, on the status line.  An id the stored record already listed
 * is left to the store. */
static void
refs_exist_check(struct form *fm, struct ffield *x)
{
	const struct core_value *v = &fm->rec->v[x->fi];
	const char *was = NULL, *p;
	char id[CORE_ID_MAX];
	enum core_kind other;
	size_t l;

	if (!v->set || v->text == NULL || x->issue.severity == CORE_SEV_ERROR)
		return;
	if (fm->base != NULL && fm->base->v[x->fi].set)
		was = core_record_text(fm->base, x->fi);
	for (p = v->text; *p != '\0'; p += l) {
		while (*p == ' ')
			p++;
		if ((l = strcspn(p, " ")) == 0 || l >= sizeof id)
			continue;
		memcpy(id, p, l);
		id[l] = '\0';
		if ((was != NULL && id_listed(was, id)) || ref_stored(x->f->ref, id, &other) != 0)
			continue;
		ref_missing(x, id, other, id_listed(x->bare, id));
		return;
	}
}

/* A record's id typed in reference box x (TBZ-12 in a need's unit) that
 * names no record of the field's kind, or one of another kind: said
 * under the field when it is left, as an error.  Before, nothing was said
 * until F2, and then only on the status line ("no record ... exists").
 * A value the stored record already held is left to the store. */
static void
ref_exists_check(struct form *fm, struct ffield *x)
{
	const struct core_value *v = &fm->rec->v[x->fi];
	enum core_kind other;

	if (x->f->type == CORE_FT_REFS) {
		refs_exist_check(fm, x);
		return;
	}
	if (x->f->type != CORE_FT_REF || !v->set || v->text == NULL || *v->text == '\0' ||
	    x->issue.severity == CORE_SEV_ERROR)
		return;
	if (fm->base != NULL && fm->base->v[x->fi].set &&
	    strcmp(core_record_text(fm->base, x->fi), v->text) == 0)
		return;
	if (ref_stored(x->f->ref, v->text, &other) != 0)
		return;
	ref_missing(x, v->text, other, 0);
}

/* A reference typed to a record the user may not read: a clerk's to
 * another county's donor or need (SPEC §11: a clerk sees his own county
 * only).  Refused under the field, naming it, without the record's name,
 * which would tell him what he may not read.  A value the record already
 * held when opened (a pledge of his county's need by HQ with another
 * county's donor) is kept: refusing it would stop him saving the pledge
 * at all.  Returns 1 if refused. */
static int
ref_check(struct form *fm, struct ffield *x)
{
	const struct core_value *v = &fm->rec->v[x->fi];
	struct store_txn *t;
	struct core_record *r;
	int ok = 1;

	if (x->f->type != CORE_FT_REF || !v->set || v->text == NULL || *v->text == '\0' ||
	    tui_app.st == NULL || x->issue.severity == CORE_SEV_ERROR)
		return 0;
	if (fm->base != NULL && fm->base->v[x->fi].set &&
	    strcmp(core_record_text(fm->base, x->fi), v->text) == 0)
		return 0;
	if (store_read_begin(tui_app.st, &t) != 0)
		return 0;
	if (store_get(t, x->f->ref, v->text, &r, NULL) == 0) {
		ok = tui_may_read(t, r);
		core_record_free(r);
	}
	store_read_end(t);
	if (ok)
		return 0;
	x->hint[0] = '\0';
	snprintf(x->refused, sizeof x->refused,
	    _("%s: %s is a record of another county; a county clerk works with his own county's records only."),
	    _(x->f->label), v->text);
	x->issue.severity = CORE_SEV_ERROR;
	x->issue.field = x->fi;
	return 1;
}

/* The id of the one donor whose national id or legal id text is (any
 * digits, a national id's dropped zeros too: core_check_nid), as a clerk
 * with a donor on the phone types it in a pledge's donor box, and as an
 * import takes it there.  Returns 1 with id (CORE_ID_MAX bytes); 0 when it
 * is neither, or no donor or two (a duplicate from sync, not settled)
 * hold it. */
static int
donor_by_unique(const char *text, char *id)
{
	static const int fields[] = { CORE_DONOR_NATIONAL_ID, CORE_DONOR_LEGAL_ID };
	struct store_txn *t;
	struct store_iter *it;
	char v[32], other[CORE_ID_MAX];
	size_t i;
	int n = 0;

	if (tui_app.st == NULL || store_read_begin(tui_app.st, &t) != 0)
		return 0;
	for (i = 0; i < 2 && n == 0; i++) {
		if ((i == 0 ? core_check_nid(text, v, sizeof v, NULL) :
		    core_check_legal(text, v, sizeof v, NULL)) == CORE_SEV_ERROR ||
		    store_iter_index(t, CORE_DONOR, fields[i], v, &it) != 0)
			continue;
		while (n < 2 && store_iter_next(it, n == 0 ? id : other) == 0)
			n++;
		store_iter_free(it);
	}
	store_read_end(t);
	return n == 1;
}

static int is_id_text(const char *text);
static int pick_ref(struct ffield *x, const char *more, char *id);

/* Whether record id of kind want is stored; if not, into *other the kind
 * of the record that holds that id instead (ids are a station's, shared
 * by every kind: TBZ-12 is a group, not a unit), CORE_NKINDS if none.
 * Returns 1 if stored, 0 if not, -1 if the store cannot be read (said
 * nothing about). */
static int
ref_stored(enum core_kind want, const char *id, enum core_kind *other)
{
	struct store_txn *t;
	struct core_record *r;
	int k, found = 0;

	*other = CORE_NKINDS;
	if (tui_app.st == NULL || store_read_begin(tui_app.st, &t) != 0)
		return -1;
	if (store_get(t, want, id, &r, NULL) == 0) {
		core_record_free(r);
		found = 1;
	}
	for (k = 0; !found && k < CORE_NKINDS; k++) {
		if (k == (int)want || k == CORE_USER || store_get(t, (enum core_kind)k, id, &r, NULL) != 0)
			continue;
		core_record_free(r);
		*other = (enum core_kind)k;
		break;
	}
	store_read_end(t);
	return found;
}

/* How the record of reference box x is found in the list instead, as
 * its messages end: by what the list's search reads of that kind, a
 * need by its title, a pledge, which has no name, by its donor's name or
 * its need's title (before, every kind's said "by its name", a pledge's
 * too); in a list of ids (a ceremony's donors), where Space separates
 * the ids, by F4 and a name typed after them. */
static const char *
ref_find_how(const struct ffield *x)
{
	if (x->f->type == CORE_FT_REFS)
		return _("F4 finds the donor by a name typed after the ids.");
	switch (x->f->ref) {
	case CORE_DONOR: return _("Space or F4 finds the donor by name.");
	case CORE_GROUP: return _("Space or F4 finds the reference group by name.");
	case CORE_UNIT: return _("Space or F4 finds the unit by name.");
	case CORE_NEED: return _("Space or F4 finds the need by its title.");
	case CORE_PLEDGE: return _("Space or F4 finds the pledge by its donor's name or its need's title.");
	default: return _("Space or F4 finds the record by its name.");
	}
}

/* Reference box x holding id, which names no record of its kind: said
 * under the field as an error (the store would refuse it at F2 only),
 * naming the kind the id is of, when it is one, and how to find the
 * record instead (ref_find_how).  bare: the id was typed as its number
 * alone. */
static void
ref_missing(struct ffield *x, const char *id, enum core_kind other, int bare)
{
	const char *want = _(core_schema_get(x->f->ref)->label);

	x->hint[0] = '\0';
	if (other != CORE_NKINDS)
		snprintf(x->refused, sizeof x->refused, _("%s is a %s, not a %s: %s"),
		    id, _(core_schema_get(other)->label), want, ref_find_how(x));
	else if (bare)
		snprintf(x->refused, sizeof x->refused,
		    _("This station has no record %s (a number alone is this station's record): %s"),
		    id, ref_find_how(x));
	else
		snprintf(x->refused, sizeof x->refused, _("No record %s exists: %s"),
		    id, ref_find_how(x));
	x->issue.severity = CORE_SEV_ERROR;
	x->issue.field = x->fi;
}

/* A number alone typed in reference box x ("12", "۱۲", "٠١٢"): this
 * station's record of that number, TBZ-12, as the CLI takes one
 * (cli_id_arg), not a search of the names with 12 in them.  Returns 1
 * with its id in id when a record of the field's kind holds it; -1 when
 * none does, said under the field (ref_missing); 0 when the text is no
 * bare number. */
static int
ref_bare(struct ffield *x, char *id)
{
	char typed[CORE_ID_MAX], nid[32];
	size_t a = 0, b = x->ed.len;
	enum core_kind other;
	int rc;

	while (a < b && x->ed.buf[a] == ' ')
		a++;
	while (b > a && x->ed.buf[b - 1] == ' ')
		b--;
	if (b - a >= sizeof typed)
		return 0;
	memcpy(typed, x->ed.buf + a, b - a);
	typed[b - a] = '\0';
	if (x->f->type != CORE_FT_REF || !core_id_bare(typed, tui_app.station, id))
		return 0;
	/* a donor's national or legal id no donor holds (donor_by_unique
	 * found none): the search by it says so, not a record TBZ-0076229645 */
	if (x->f->ref == CORE_DONOR &&
	    (core_check_nid(typed, nid, sizeof nid, NULL) != CORE_SEV_ERROR ||
	    core_check_legal(typed, nid, sizeof nid, NULL) != CORE_SEV_ERROR)) {
		id[0] = '\0';
		return 0;
	}
	if ((rc = ref_stored(x->f->ref, id, &other)) != 0)
		return 1;	/* stored, or not known: the store judges it */
	ref_missing(x, id, other, 1);
	return -1;
}

/* A name typed in reference box x where the record's id goes (a clerk
 * knows the unit, the group or the donor by name): the records the list's
 * search finds by its words, the user's county only for a clerk
 * (tui_list_match), into x->found.  One: its id into id, returns 1.
 * Several, the box being left for another field (fm->moving, Tab): the
 * list opens searching for the name, as Space or F4 opens it; returns 1
 * with the id picked there.  Else 0, box_commit's error saying which. */
static int
ref_by_name(struct form *fm, struct ffield *x, char *id)
{
	x->found = tui_list_match(x->f->ref, x->ed.buf, id);
	if (x->found == 1)
		return 1;
	return x->found == 2 && fm->moving && pick_ref(x, NULL, id);
}

/* Whether box x holds, unchanged, the value its field was opened with,
 * which the record still holds: a stored text longer than the field takes
 * now (core_text_max), kept as it is unless the clerk changes it. */
static int
kept_long(const struct form *fm, const struct ffield *x)
{
	char *was;
	int same;

	if (fm->orig == NULL || !fm->orig->v[x->fi].set ||
	    !core_value_equal(fm->rec, fm->orig, x->fi))
		return 0;
	if ((was = tui_value_display(fm->orig, x->fi)) == NULL)
		return 0;
	same = strcmp(was, x->ed.buf) == 0;
	free(was);
	return same;
}

/* A value of the form changed: the warnings F2's check of the whole
 * record put under fields go, as they may rest on the value changed (a
 * payment past its pledge, said under the amount, no longer holds when
 * another pledge is typed).  The next F2 checks the record again and
 * says again those that still hold.  Errors stay until their field is
 * changed or F2 is pressed again: a clerk told of two required fields
 * left empty who fills the first must still see the second marked
 * (form_f2_errors_kept.sh).  Findings said on leaving a field stay: they
 * are that field's own, judged again when it changes.  (F2's agreement
 * to warnings goes with any edit, mark_dirty.) */
static void
record_issues_clear(struct form *fm)
{
	int i;

	for (i = 0; i < fm->n; i++)
		if (fm->ff[i].of_record && fm->ff[i].issue.severity == CORE_SEV_WARNING) {
			fm->ff[i].of_record = 0;
			if (!fm->ff[i].refused[0])
				memset(&fm->ff[i].issue, 0, sizeof fm->ff[i].issue);
		}
}

/* A county the user may not write in (a clerk of Ahar typing تبریز on a
 * new unit): said under the field when it is left, as the store says it
 * at F2 (tui_access_message).  Before, nothing was said until F2. */
static void
county_scope_check(struct form *fm, struct ffield *x)
{
	const struct store_identity *who = store_users_identity(tui_app.st);
	const char *c;
	struct core_scope now;
	struct core_access a;

	if (who == NULL || fm->kind == CORE_USER || x->f->type != CORE_FT_COUNTY ||
	    x->issue.severity == CORE_SEV_ERROR || !fm->rec->v[x->fi].set ||
	    (c = core_record_text(fm->rec, x->fi)) == NULL || *c == '\0')
		return;
	memset(&now, 0, sizeof now);
	memset(&a, 0, sizeof a);
	if (core_scope_add(&now, c) != 0)
		return;
	if (core_access_check(&who->actor, fm->rev == 0 ? CORE_ACCESS_CREATE : CORE_ACCESS_UPDATE,
	    fm->rev == 0 ? NULL : &now, &now, &a) || a.why != CORE_ACCESS_COUNTY)
		return;
	tui_access_message(&a, x->refused, sizeof x->refused);
	x->issue.severity = CORE_SEV_ERROR;
	x->issue.field = x->fi;
}

/* A list of ids (a ceremony's donors) with numbers alone among them,
 * "TBZ-10 ۱۱ 12": each number made this station's id of it, as in a
 * single reference box (ref_bare), the ids one space apart, in box x,
 * and listed in x->bare.  A name typed after the ids keeps its digits
 * (refs_name_start: «کارگاه ۲ برادران» is no TST-2).  Returns 1 if a
 * number was so read, else 0 (x unchanged). */
static size_t refs_sep(const char *s);
static size_t refs_name_start(const char *s, size_t len);

static int
refs_bare(struct ffield *x)
{
	char tok[64], id[CORE_ID_MAX], *out;
	size_t i = 0, t, n, len = x->ed.len, o = 0, b = 0;
	size_t end = refs_name_start(x->ed.buf, len);
	int any = 0;

	if ((out = malloc(len * (CORE_ID_MAX + 1) + 64)) == NULL)
		tui_fatal(_("out of memory"));
	while (i < len) {
		while (i < len && (n = refs_sep(x->ed.buf + i)) > 0)
			i += n;
		for (t = i; i < len && refs_sep(x->ed.buf + i) == 0; i++)
			;
		if (i == t)
			break;
		if (o > 0)
			out[o++] = ' ';
		tok[0] = '\0';
		if (i - t < sizeof tok) {
			memcpy(tok, x->ed.buf + t, i - t);
			tok[i - t] = '\0';
		}
		if (t < end && tok[0] != '\0' && core_id_bare(tok, tui_app.station, id)) {
			memcpy(out + o, id, strlen(id));
			o += strlen(id);
			any = 1;
			if (b + strlen(id) + 2 <= sizeof x->bare) {
				b += (size_t)snprintf(x->bare + b, sizeof x->bare - b, "%s%s",
				    b > 0 ? " " : "", id);
			}
		} else {
			memcpy(out + o, x->ed.buf + t, i - t);
			o += i - t;
		}
	}
	out[o] = '\0';
	if (any)
		tui_edit_set(&x->ed, out);
	free(out);
	return any;
}

static void refs_put(struct ffield *x, const char *id);
static size_t refs_name_start(const char *s, size_t len);
static int pick_ref(struct ffield *x, const char *more, char *id);

/* A name typed after the ids of a list box (a ceremony's donors), the box
 * left with Tab: looked up as in a single reference box (ref_by_name), the
 * one record found put in its place after the ids, as F4's pick puts it;
 * several open the list searching for it.  Returns 1 if the box now ends
 * with the id found, else 0 (x->found says how many were: the error
 * under the box names the name).  Before, the name was refused as "not
 * an id" on Tab, where every other reference box looks it up. */
static int
refs_by_name(struct form *fm, struct ffield *x)
{
	char id[CORE_ID_MAX];
	size_t at;

	if (!fm->moving || (at = refs_name_start(x->ed.buf, x->ed.len)) >= x->ed.len)
		return 0;
	x->found = tui_list_match(x->f->ref, x->ed.buf + at, id);
	if (x->found != 1 && !(x->found == 2 && pick_ref(x, NULL, id)))
		return 0;
	refs_put(x, id);
	return 1;
}

/* Parses box x into the record; returns the severity. */
static int
box_commit(struct form *fm, struct ffield *x)
{
	int sev, bare;
	char id[CORE_ID_MAX];

	record_issues_clear(fm);
	x->recheck = 0;
	x->of_record = 0;	/* judged again here, as its own */
	x->refused[0] = '\0';	/* a duplicate found before: looked for again */
	x->named_rows = 0;
	x->found = -1;
	x->took_name = 0;
	x->bare[0] = '\0';
	sev = core_field_parse(fm->rec, x->fi, x->ed.buf, &x->issue);
	if (sev == CORE_SEV_ERROR && x->f->type == CORE_FT_REF && x->f->ref == CORE_DONOR &&
	    x->issue.msg == CORE_MSG_ID_FORMAT && donor_by_unique(x->ed.buf, id))
		sev = core_field_parse(fm->rec, x->fi, id, &x->issue);
	else if (sev == CORE_SEV_ERROR && x->f->type == CORE_FT_REF &&
	    x->issue.msg == CORE_MSG_ID_FORMAT && (bare = ref_bare(x, id)) != 0) {
		if (bare < 0)
			return CORE_SEV_ERROR;	/* ref_bare said why */
		x->took_name = fm->moving ? 0 : 2;
		tui_edit_set(&x->ed, id);	/* as after a pick */
		sev = core_field_parse(fm->rec, x->fi, id, &x->issue);
	} else if (sev == CORE_SEV_ERROR && x->f->type == CORE_FT_REF &&
	    x->issue.msg == CORE_MSG_ID_FORMAT && !is_id_text(x->ed.buf)) {
		if (ref_by_name(fm, x, id)) {
			x->took_name = !fm->moving;
			tui_edit_set(&x->ed, id);	/* as after a pick */
			sev = core_field_parse(fm->rec, x->fi, id, &x->issue);
		} else
			x->hint[0] = '\0';	/* the record picked before: not this text's */
	}
	if (sev == CORE_SEV_ERROR && x->f->type == CORE_FT_REFS &&
	    x->issue.msg == CORE_MSG_ID_FORMAT && (refs_bare(x) | refs_by_name(fm, x))) {
		char *ids = strdup(x->ed.buf);

		if (ids == NULL)
			tui_fatal(_("out of memory"));
		sev = core_field_parse(fm->rec, x->fi, ids, &x->issue);
		free(ids);
	}
	if (sev == CORE_SEV_ERROR && x->f->type == CORE_FT_COUNTY &&
	    x->issue.msg == CORE_MSG_COUNTY)
		sev = county_latin(fm, x, sev);
	if (sev < 0) {
		x->issue.severity = CORE_SEV_ERROR;
		x->issue.msg = CORE_MSG_NOMEM;
		return CORE_SEV_ERROR;
	}
	if (sev == CORE_SEV_ERROR && x->issue.msg == CORE_MSG_TEXT_LONG && kept_long(fm, x)) {
		/* a text longer than the field takes, stored so (an older
		 * version, another station) and not changed: a letter typed
		 * and erased in it keeps it, as the form was opened with */
		box_reset(fm, x);
		memset(&x->issue, 0, sizeof x->issue);
		return CORE_SEV_OK;
	}
	if (sev == CORE_SEV_ERROR)
		return sev;
	/* Keep a warning shown, rewrite the text in display form. */
	{
		struct core_issue keep = x->issue;
		box_reset(fm, x);
		x->issue = keep;
	}
	dup_check(fm, x);
	twin_check(fm, x);
	ref_exists_check(fm, x);
	ref_check(fm, x);
	name_latin(x);
	name_no_letter(x);
	contrib_check(fm, x);
	unit_check(fm, x);
	again_check(fm, x);
	type_from_need(fm, x);
	group_check(fm, x);
	county_move_check(fm, x);
	account_check(fm, x);
	county_scope_check(fm, x);
	pay_date_check(fm, x);
	return x->issue.severity;
}

/* Leaving the focused field: check it if it changed, keep the draft. */
static void
leave_field(struct form *fm)
{
	struct ffield *x = &fm->ff[fm->cur];

	if (x->box && x->changed)
		box_commit(fm, x);
	draft_save(fm);
}

static void
focus(struct form *fm, int i)
{
	struct ffield *x = &fm->ff[fm->cur];

	if (i < 0 || i >= fm->n || i == fm->cur)
		return;
	if (x->box && x->changed)
		box_commit(fm, x);
	fm->cur = i;
	fm->set_typing = 0;
	fm->set_sel = -1;
	if (!fm->ff[i].ed.overtype)	/* a proposal keeps waiting to be typed over */
		tui_edit_end(&fm->ff[i].ed);
	draft_save(fm);	/* after the move: the draft names the field reached */
}

/* The text of box x was edited: its message, said of the text before,
 * is checked again against the text now (box_recheck), as a choice's
 * goes when another is picked (ahead_set).  Before, only a reference's
 * went (it names what was typed: TBZ-12 found a group, not a unit;
 * «کلانتری» found several); every other box kept its message, a national
 * id's «کد ملی ۱۰ رقم دارد» under the id emptied or corrected, until the
 * field was left. */
static void mark_dirty(struct form *fm);

/* x's own finding checked again for its text now, quietly: one the text
 * no longer has goes (the text emptied, or corrected), an error the text
 * still has is said as of this text (ten digits typed of a national id
 * not yet right: its check digit, not its length).  A finding of F2's
 * check of the whole record (of_record) rests on other fields too and
 * stays till the next F2, but for «پر کردن این خانه لازم است» once the
 * box has text.  A reference's goes: its finding was a lookup of the
 * text (box_commit) that is made again when the field is left.  Nothing
 * is said of a box that had no message: the text is checked when the
 * field is left, not at each key; one that had goes on being checked at
 * each key till it is left (a national id's ninth digit makes it right,
 * read with a 0 before it, the tenth wrong again). */
static void
box_recheck(struct form *fm, struct ffield *x)
{
	struct core_record *tmp;
	struct core_issue is;

	if ((x->f->type == CORE_FT_REF || x->f->type == CORE_FT_REFS) && !x->of_record) {
		x->issue.severity = CORE_SEV_OK;
		x->refused[0] = '\0';
		x->named_rows = 0;
		x->found = -1;
		return;
	}
	if (x->issue.severity <= CORE_SEV_OK && !x->recheck)
		return;
	if (x->of_record && !(x->issue.msg == CORE_MSG_REQUIRED && x->ed.len > 0))
		return;
	x->recheck = 1;
	x->of_record = 0;
	x->refused[0] = '\0';
	x->named_rows = 0;
	memset(&is, 0, sizeof is);
	if (x->f->type == CORE_FT_REF || x->f->type == CORE_FT_REFS) {
		x->found = -1;
	} else if (x->ed.len > 0 && (tmp = core_record_dup(fm->rec)) != NULL) {
		if (core_field_parse(tmp, x->fi, x->ed.buf, &is) != CORE_SEV_ERROR)
			memset(&is, 0, sizeof is);
		core_record_free(tmp);
	}
	x->issue = is;
}

static void
box_edited(struct form *fm, struct ffield *x)
{
	x->changed = 1;
	box_recheck(fm, x);
	mark_dirty(fm);
}

/* An edit: warnings agreed to are asked about again, the status cleared.
 * (Whether the form then holds a change is form_changed's to say.) */
static void
mark_dirty(struct form *fm)
{
	fm->warn_ok = 0;
	fm->status[0] = '\0';
}

/* Is choice i of x's field offered?  A need's status: only the steps the
 * user's role may take from the stored status (and that status itself),
 * or, for a new need, the statuses the role may record it at
 * (core/workflow.h); the store refuses the others anyway.  A pledge's
 * status: its stored one, cancelled, and pledged (a new pledge, or taking
 * a cancellation back); partial and fulfilled follow the payments (the
 * store sets them on saving, core_pledge_status), so choosing one by hand
 * would be undone without a word.  Every other choice is offered. */
static int
choice_offered(const struct form *fm, const struct ffield *x, int i)
{
	struct core_actor who;

	if (fm->kind == CORE_PLEDGE && x->fi == CORE_PLEDGE_STATUS)
		return i == CORE_PLEDGE_CANCELLED || i == fm->stored_status ||
		    (i == CORE_PLEDGE_PLEDGED && (fm->stored_status < 0 ||
		    fm->stored_status == CORE_PLEDGE_CANCELLED));
	if (fm->kind != CORE_NEED || x->fi != CORE_NEED_STATUS)
		return 1;
	tui_user_actor(&who);
	if (fm->rev == 0 || fm->stored_status < 0)
		return core_workflow_check_new(who.role, i) == CORE_WF_OK;
	return i == fm->stored_status ||
	    core_workflow_check(who.role, fm->stored_status, i) == CORE_WF_OK;
}

struct ahead_arg {
	struct form *fm;
	struct ffield *x;
	char buf[256];		/* a label with a word added (ahead_label) */
};

/* Choice i's label on field x, NULL for one not offered there.  A word
 * typed (struct tui_ahead's inword) also finds the choice's English name,
 * the word a CSV cell or `user add --role` takes, and its English label:
 * "support" or "equipment" on a need's category, "clerk" on a role, where
 * each Latin key read on the Persian layout alone left some other choice
 * (s, u, p ... ended on توسعهٔ فضاهای انتظامی).  A user's role has its
 * word for a letter alone too ("کارشناس clerk": c is a clerk, where l
 * read as م gave مدیر سامانه); a Latin key is tried as itself before its
 * Persian reading (tui_ahead_key), so the role's word comes first.
 * Other choices take a Latin letter alone as the Persian one it types. */
static const char *
ahead_label(void *arg, int i)
{
	struct ahead_arg *aa = arg;
	const char *l, *en;
	int role = aa->fm->kind == CORE_USER && aa->x->fi == CORE_USER_ROLE;

	if (!choice_offered(aa->fm, aa->x, i))
		return NULL;
	en = core_choice_label(aa->x->f, i);
	l = _(en);
	if (l == NULL || aa->x->f->choices == NULL || (!role && !aa->fm->ahead.inword))
		return l;
	snprintf(aa->buf, sizeof aa->buf, "%s %s %s", l, aa->x->f->choices[i],
	    aa->fm->ahead.inword ? en : "");
	return aa->buf;
}

/* Under choice field x, where the clerk looks: the word typed names none
 * of its choices, and what it takes (each offered choice with its English
 * name).  Before, its last letters went on to some choice unsaid. */
static void
choice_nomatch_note(struct form *fm, struct ffield *x)
{
	char list[600];
	size_t len;
	int i, n = core_choice_count(x->f), en;

	/* With each choice's English name where the note so fits in
	 * NOTE_ROWS; in a narrower form (at 64 columns the need's seven
	 * categories lost their last two to «(supp…)») the Persian names
	 * alone, the note taking the rows they need (note_rows), so that
	 * every choice is read whole. */
	for (en = 1; en >= 0; en--) {
		list[0] = '\0';
		len = 0;
		for (i = 0; i < n && len < sizeof list; i++) {
			if (!choice_offered(fm, x, i))
				continue;
			len += (size_t)snprintf(list + len, sizeof list - len, en ? "%s%s (%s)" : "%s%s",
			    len ? _(", ") : "", _(core_choice_label(x->f, i)), x->f->choices[i]);
		}
		snprintf(x->note, sizeof x->note,
		    _("\"%s\" is no choice of \"%s\", which takes: %s."),
		    fm->ahead.raw, _(x->f->label), list);
		if (tui_wrapped_rows(msg_width(), NOTE_ROWS + 1, x->note) <= NOTE_ROWS)
			break;
	}
	x->note_whole = 1;
}

/* A user's role just changed (typed, or picked with Space or F4).  The
 * administrator, HQ and an auditor work with every county (core/access.c),
 * and F2 refuses a county given one of them (user_county_rule): the
 * county he had as a clerk or supervisor is taken off here, and said so
 * under it, instead of F2 refusing until it is emptied by hand (`user
 * add --role hq` takes it off too, tui/verb_users.c).  It is held, and
 * put back, said so too, if a clerk's or supervisor's role is chosen
 * again before saving. */
static void
user_role_county(struct form *fm)
{
	const struct core_field *rf = &core_schema_get(CORE_USER)->fields[CORE_USER_ROLE];
	const struct core_value *v = &fm->rec->v[CORE_USER_ROLE];
	int ec = field_entry(fm, CORE_USER_COUNTY);
	struct ffield *c;
	const char *code;

	if (fm->kind != CORE_USER || ec < 0 || fm->readonly || !v->set)
		return;
	c = &fm->ff[ec];
	if (v->num == CORE_ROLE_CLERK || v->num == CORE_ROLE_SUPERVISOR) {
		if (fm->held_county[0] && !fm->rec->v[CORE_USER_COUNTY].set &&
		    (!c->box || c->ed.len == 0) &&
		    core_record_set_text(fm->rec, CORE_USER_COUNTY, fm->held_county) == 0) {
			box_reset(fm, c);
			memset(&c->issue, 0, sizeof c->issue);
			c->refused[0] = '\0';
			snprintf(c->note, sizeof c->note,
			    _("The county %s is back, as it was before the role was changed."),
			    tui_county_name(fm->held_county));
			c->note_whole = 1;
		} else if (fm->held_county[0])
			c->note[0] = '\0';
		fm->held_county[0] = '\0';
		return;
	}
	if (fm->rec->v[CORE_USER_COUNTY].set &&
	    (code = core_record_text(fm->rec, CORE_USER_COUNTY)) != NULL && *code)
		snprintf(fm->held_county, sizeof fm->held_county, "%s", code);
	else if (!c->box || c->ed.len == 0) {
		/* nothing to take off: a note said of the role before names
		 * the role now */
		if (fm->held_county[0] && c->note[0])
			goto say;
		return;
	}
	core_record_unset(fm->rec, CORE_USER_COUNTY);
	if (c->box)
		tui_edit_set(&c->ed, "");
	box_reset(fm, c);
	memset(&c->issue, 0, sizeof c->issue);
	c->refused[0] = '\0';
	if (!fm->held_county[0]) {
		c->note[0] = '\0';	/* text that named no county: gone */
		return;
	}
say:
	snprintf(c->note, sizeof c->note,
	    _("%s works with every county: the county %s is taken off (it comes back if the role is changed back before saving)."),
	    _(core_choice_label(rf, (int)v->num)), tui_county_name(fm->held_county));
	c->note_whole = 1;
}

/* Sets choice field x to choice i, as typed (type_ahead, bool_ahead):
 * the form's issues found before are cleared and the form is changed. */
static void
ahead_set(struct form *fm, struct ffield *x, int i)
{
	core_record_set_num(fm->rec, x->fi, i);
	record_issues_clear(fm);
	x->issue.severity = 0;
	x->refused[0] = '\0';
	mark_dirty(fm);
	if (fm->kind == CORE_USER && x->fi == CORE_USER_ROLE)
		user_role_county(fm);
}

/* Letters typed on a choice field pick the choice they begin, as in a
 * menu (tui_ahead_key: «مرند» on a county is مرند; ح gives شخص حقیقی,
 * again شخص حقوقی; Arabic ك as Persian ک; a Latin key that picks nothing
 * is read on the program's Persian layout, the clerk thinking «ح» with
 * the keyboard left in Latin typed "p").  Returns 1 if one did. */
static int
type_ahead(struct form *fm, struct ffield *x, int key)
{
	struct core_value *v = &fm->rec->v[x->fi];
	struct ahead_arg aa = { fm, x, "" };
	int i;

	int from = v->set ? (int)v->num : -1;

	fm->ahead.strict = 1;
	i = tui_ahead_key(&fm->ahead, key, core_choice_count(x->f), from, ahead_label, &aa);
	if (fm->ahead.anew)
		fm->ahead_from = from;
	if (i < 0 && fm->ahead.nomatch) {
		/* the word's first letters may have picked one: put back
		 * the choice there was before it */
		if (fm->ahead_from < 0 && v->set) {
			core_record_unset(fm->rec, x->fi);
			record_issues_clear(fm);
			mark_dirty(fm);
		} else if (fm->ahead_from >= 0 && (!v->set || v->num != fm->ahead_from))
			ahead_set(fm, x, fm->ahead_from);
		choice_nomatch_note(fm, x);
		return 1;
	}
	if (i < 0)
		return 0;
	if (!v->set || v->num != i)
		ahead_set(fm, x, i);
	return 1;
}

/* A yes/no field's choices for the type-ahead: i 0 No, 1 Yes, each with
 * its English word where the label is not it ("بله yes"), and No with
 * «نه», which a yes/no cell of an import takes too (core_bool_parse):
 * ن picks خیر. */
static const char *
bool_label(void *arg, int i)
{
	char *buf = arg;
	const char *l = i ? _("Yes") : _("No"), *w = i ? "yes" : "no";

	if (strcasecmp(l, w) == 0)
		snprintf(buf, 64, "%s%s", l, i ? "" : " نه");
	else
		snprintf(buf, 64, "%s %s%s", l, w, i ? "" : " نه");
	return buf;
}

/* A letter typed on a yes/no field (فعال) picks the answer it begins: ب
 * بله, خ خیر and ن (نه) خیر (also typed as Latin keys on the Persian
 * layout, f, o and k), y and n.  Before, only Space toggled it and a letter was refused as
 * typed in a list.  Returns 1 if one did. */
static int
bool_ahead(struct form *fm, struct ffield *x, int key)
{
	struct core_value *v = &fm->rec->v[x->fi];
	char buf[64];
	int i;

	/* letters one at a time: after x, خ still picks خیر */
	fm->ahead.strict = 0;
	i = tui_ahead_key(&fm->ahead, key, 2, v->set ? (v->num != 0) : -1, bool_label, buf);
	if (i < 0)
		return 0;
	if (!v->set || (v->num != 0) != i)
		ahead_set(fm, x, i);
	return 1;
}

/* Text typed on a check list (a donor's «زمینه‌های علاقه‌مندی»), which
 * takes none: a clerk typing an address there one field too far.  Before,
 * the first Space opened the list and each Space after ticked whatever the
 * letters had moved to.  Now letters only find a choice, as on a choice
 * field (tui_ahead_key), and the list opens on it with F4 (or a Space not
 * right after typing); a Space right after typed text ends a word: it
 * opens nothing and ticks nothing.  What became of the typing is said
 * under the field.  Returns 1 if key was taken so. */
static int
set_key(struct form *fm, struct ffield *x, int key)
{
	struct ahead_arg aa = { fm, x, "" };
	int i;

	if (key == ' ' && !fm->set_typing)
		return 0;	/* Space opens the list */
	if (key != ' ') {
		/* a choice is named only for a word that begins one: before,
		 * letters that began none kept the choice found before them
		 * (the «ت» of «تهران» named توسعهٔ فضاهای انتظامی) or went
		 * on to one their last letter began */
		fm->ahead.strict = 1;
		i = tui_ahead_key(&fm->ahead, key, core_choice_count(x->f), fm->set_sel,
		    ahead_label, &aa);
		fm->set_sel = i;
	}
	fm->set_typing = 1;
	if (fm->set_sel >= 0)
		snprintf(x->note, sizeof x->note,
		    _("\"%s\" is ticked, not typed: nothing was ticked. F4 opens the list on \"%s\"."),
		    _(x->f->label), _(core_choice_label(x->f, fm->set_sel)));
	else
		snprintf(x->note, sizeof x->note,
		    _("\"%s\" is ticked, not typed: nothing was ticked. F4 opens the list."),
		    _(x->f->label));
	return 1;
}

/* Is text (as typed in a reference box) a record's id, "TBZ-42" or
 * "tbz-۴۲"? */
static int
is_id_text(const char *text)
{
	char buf[CORE_ID_MAX], st[CORE_STATION_MAX + 1];
	uint64_t seq;

	if (strlen(text) >= sizeof buf)
		return 0;
	loc_utf8_copy(buf, sizeof buf, text);
	core_id_upper(buf);
	return core_id_parse(buf, st, &seq) == 0;
}

/* Bytes of the separator of a list of ids at s (core_list_sep's, a space
 * or a tab), 0 if none is there (as core's REFS parsing splits). */
static size_t
refs_sep(const char *s)
{
	if (*s == ' ' || *s == '\t')
		return 1;
	return core_list_sep(s);
}

/* Whether token tok of a list box (a ceremony's donors) is an id: one
 * typed in full, "tst-۱۱", or a number alone, "۱۰", this station's
 * (refs_bare reads it so on Tab); its id, raised, into id (CORE_ID_MAX
 * bytes). */
static int
refs_token_id(const char *tok, char *id)
{
	if (is_id_text(tok)) {
		loc_utf8_copy(id, CORE_ID_MAX, tok);
		core_id_upper(id);
		return 1;
	}
	return core_id_bare(tok, tui_app.station, id);
}

/* The next word of the list box text s (len bytes) from *i on, past the
 * separators before it (refs_sep), into tok (REFS_TOK bytes; "" for a
 * word too long to be an id), *i moved to its end; returns the offset it
 * starts at, or (size_t)-1 when no word is left. */
#define REFS_TOK 64
static size_t
refs_next_word(const char *s, size_t len, size_t *i, char *tok)
{
	size_t t, n;

	while (*i < len && (n = refs_sep(s + *i)) > 0)
		*i += n;
	for (t = *i; *i < len && refs_sep(s + *i) == 0; (*i)++)
		;
	if (*i == t)
		return (size_t)-1;
	tok[0] = '\0';
	if (*i - t < REFS_TOK) {
		memcpy(tok, s + t, *i - t);
		tok[*i - t] = '\0';
	}
	return t;
}

/* Where the name typed after the ids of a list box (a ceremony's donors)
 * begins: "TST-11 بنیاد" gives the offset of "بنیاد", the text from the
 * first item that is no id (refs_token_id: an id, or a number alone) to
 * the end, from its first character that is not a separator; len when
 * nothing follows the ids.  A number inside the name is the name's:
 * "TST-10 کارگاه ۲ برادران" searches for «کارگاه ۲ برادران» (before, ۲
 * was read as TST-2 and the name searched for was «برادران»). */
static size_t
refs_name_start(const char *s, size_t len)
{
	char tok[REFS_TOK], id[CORE_ID_MAX];
	size_t i = 0, start = 0, n;

	while (refs_next_word(s, len, &i, tok) != (size_t)-1) {
		if (tok[0] == '\0' || !refs_token_id(tok, id))
			break;	/* the name begins */
		start = i;
	}
	while (start < len && (n = refs_sep(s + start)) > 0)
		start += n;
	return start;
}

/* The id of a list box (a ceremony's donors) the clerk is at, into cur
 * (CORE_ID_MAX bytes, raised with core_id_upper): the id under the cursor
 * off or just before it (a cursor after "TST-11 TST-14", where it is after
 * typing, a pick, or on entering the box, is at TST-14; one moved back
 * onto TST-11 is at TST-11), the last id of the box when that is no id
 * (a cursor before the first, an id typed in part).  "" if the box holds
 * no id. */
static void
refs_current(const char *s, size_t len, size_t off, char *cur)
{
	char tok[REFS_TOK], at[CORE_ID_MAX], last[CORE_ID_MAX], id[CORE_ID_MAX];
	size_t i = 0, t;

	at[0] = last[0] = '\0';
	while ((t = refs_next_word(s, len, &i, tok)) != (size_t)-1) {
		if (tok[0] != '\0' && refs_token_id(tok, id))
			loc_utf8_copy(last, sizeof last, id);
		else
			id[0] = '\0';
		if (t <= off)	/* the last word from the cursor back */
			loc_utf8_copy(at, sizeof at, id);
	}
	loc_utf8_copy(cur, CORE_ID_MAX, at[0] != '\0' ? at : last);
	core_id_upper(cur);
}

/* 1 if a search of kind k for q finds a record (any county's). */
static int
search_finds(enum core_kind k, const char *q)
{
	struct store_txn *t;
	struct store_iter *it;
	char id[CORE_ID_MAX];
	int found = 0;

	if (tui_app.st == NULL || store_read_begin(tui_app.st, &t) != 0)
		return 1;	/* not known: as if it did */
	if (store_iter_search(t, k, q, &it) == 0) {
		found = store_iter_next(it, id) == 0;
		store_iter_free(it);
	} else
		found = 1;
	store_read_end(t);
	return found;
}

/* The list to pick the record of reference box x from.  A name typed in
 * the box (the clerk knows the donor by name, not by id) is what the list
 * opens searching for, with more, if not NULL, after it (the Space that
 * opened it); in a list of ids, the name typed after them.  Every word
 * of a search is the start of a word, a space after it or not
 * (store/search.c), so "کریم" and Space lists "علی کریمی"; a text that
 * finds nothing so opens the list on it as typed, the Space kept for the
 * next word (once, that Space made the word a whole one, and the list
 * opened empty on a word typed in part).  A single reference box holding a
 * record's id (a stored pledge's donor, "tbz-۴۲" typed too) opens the
 * list on that record, selected and in view (tui_list_pick_at), so that
 * Enter keeps it and its neighbour is a key away; an id of no record
 * listed there opens it at the top.  A list of ids with no name after
 * them opens so on the id the clerk is at (refs_current: under the
 * cursor, else the last), the donor just added and those beside him in
 * name order in view.  Returns 1 with the id. */
static int
pick_ref(struct ffield *x, const char *more, char *id)
{
	char q[512], cur[CORE_ID_MAX], typed[CORE_ID_MAX];
	size_t at, a, b;
	int space = 0;
	enum core_kind other;

	q[0] = cur[0] = '\0';
	if (x->f->type == CORE_FT_REF && x->ed.len > 0 && is_id_text(x->ed.buf)) {
		loc_utf8_copy(cur, sizeof cur, x->ed.buf);
		core_id_upper(cur);
		return tui_list_pick_at(x->f->ref, cur, id);
	} else if (x->f->type == CORE_FT_REF && x->ed.len > 0) {
		snprintf(q, sizeof q, "%s%s", x->ed.buf, more ? more : "");
		if (more != NULL && !search_finds(x->f->ref, q)) {
			snprintf(q, sizeof q, "%s", x->ed.buf);
			space = 1;	/* kept for the next word typed */
		}
	} else if (x->f->type == CORE_FT_REFS &&
	    (at = refs_name_start(x->ed.buf, x->ed.len)) < x->ed.len)
		snprintf(q, sizeof q, "%s", x->ed.buf + at);
	else if (x->f->type == CORE_FT_REFS) {
		refs_current(x->ed.buf, x->ed.len, x->ed.off, cur);
		if (cur[0] != '\0')
			return tui_list_pick_at(x->f->ref, cur, id);
	}
	/* a number alone ("۱۲"): the search lists the records of that
	 * number at every station, then the names with it; this station's
	 * record of it (TBZ-12, what Tab takes: ref_bare) is selected */
	for (a = 0; q[a] == ' '; a++)
		;
	for (b = strlen(q); b > a && q[b - 1] == ' '; b--)
		;
	if (b > a && b - a < sizeof typed) {
		memcpy(typed, q + a, b - a);
		typed[b - a] = '\0';
		if (!core_id_bare(typed, tui_app.station, cur) ||
		    ref_stored(x->f->ref, cur, &other) != 1)
			cur[0] = '\0';
	}
	return tui_list_pick_typed(x->f->ref, q, space, cur, id);
}

/* Record id picked for reference box x: in a list of ids (a ceremony's
 * donors) the id takes the place of the name typed after the ids (what
 * F4 found it by), after the ids already there; else the box holds it.
 * Then checked, as on leaving the box. */
static void
refs_put(struct ffield *x, const char *id)
{
	size_t at = refs_name_start(x->ed.buf, x->ed.len);
	char *keep = strndup(x->ed.buf, at);

	if (keep == NULL)
		tui_fatal(_("out of memory"));
	while (at > 0 && refs_sep(keep + at - 1) == 1)
		keep[--at] = '\0';
	tui_edit_set(&x->ed, keep);
	free(keep);
	tui_edit_end(&x->ed);
	if (at > 0)
		tui_edit_insert_str(&x->ed, " ");
	tui_edit_insert_str(&x->ed, id);
}

/* A single reference or a county just picked from its popup (F4, Space):
 * the box holds it whole as a proposal, kept by moving on, replaced by
 * typing (as a new record's date is): typing on is a new search, not
 * letters put after the id.  Before, the cursor stayed after the id and
 * «بی‌سیم» typed there gave «TBZ-1280بی‌سیم».  Not a list of ids (a
 * ceremony's donors), where what is typed after them is the next name;
 * nor a pick its checks refused, whose text is to be put right. */
static void
picked_propose(struct ffield *x)
{
	if ((x->f->type == CORE_FT_REF || x->f->type == CORE_FT_COUNTY) && x->ed.len > 0 &&
	    x->issue.severity != CORE_SEV_ERROR)
		x->ed.overtype = 1;
}

static void
ref_take(struct form *fm, struct ffield *x, const char *id)
{
	if (x->f->type == CORE_FT_REFS && x->ed.len > 0)
		refs_put(x, id);
	else
		tui_edit_set(&x->ed, id);
	x->changed = 1;
	mark_dirty(fm);
	box_commit(fm, x);
	picked_propose(x);
}

/* Space / F4 on a choice field (or F4 on a county or reference box). */
static void
choose(struct form *fm, struct ffield *x)
{
	const char *items[80], *words[80];
	int n, i, sel, idx[80], m, cur;
	unsigned long mask;
	char id[CORE_ID_MAX];
	struct core_value *v = &fm->rec->v[x->fi];

	switch (x->f->type) {
	case CORE_FT_ENUM:
		n = core_choice_count(x->f);
		for (i = 0, m = 0, cur = 0; i < n && i < 80; i++) {
			if (!choice_offered(fm, x, i))
				continue;
			if (v->set && v->num == i)
				cur = m;
			idx[m] = i;
			/* a role is also found by its --role word, and any
			 * choice by its English name typed as a word, as on
			 * the field (ahead_label) */
			words[m] = x->f->choices != NULL ? x->f->choices[i] : NULL;
			items[m++] = _(core_choice_label(x->f, i));
		}
		sel = fm->kind == CORE_USER && x->fi == CORE_USER_ROLE ?
		    tui_menu_words(_(x->f->label), items, words, m, cur) :
		    tui_menu_names(_(x->f->label), items, words, m, cur);
		if (sel >= 0)
			sel = idx[sel];
		if (sel >= 0 && (!v->set || sel != v->num)) {
			core_record_set_num(fm->rec, x->fi, sel);
			record_issues_clear(fm);
			x->issue.severity = 0;
			x->refused[0] = '\0';
			mark_dirty(fm);
			if (fm->kind == CORE_USER && x->fi == CORE_USER_ROLE)
				user_role_county(fm);
		}
		break;
	case CORE_FT_SET:
		n = core_choice_count(x->f);
		for (i = 0; i < n && i < 64; i++)
			items[i] = _(core_choice_label(x->f, i));
		mask = v->set ? (unsigned long)v->num : 0;
		if (tui_checklist_at(_(x->f->label), items, n, fm->set_sel, &mask)) {
			if (mask != (v->set ? (unsigned long)v->num : 0)) {
				if (mask)
					core_record_set_num(fm->rec, x->fi, (int64_t)mask);
				else
					core_record_unset(fm->rec, x->fi);
				record_issues_clear(fm);
				mark_dirty(fm);
			}
			x->issue.severity = 0;
		}
		break;
	case CORE_FT_BOOL:
		core_record_set_num(fm->rec, x->fi, v->set ? !v->num : 1);
		record_issues_clear(fm);
		mark_dirty(fm);
		break;
	case CORE_FT_COUNTY:
		if (tui_county_pick(_(x->f->label), v->set ? v->text : NULL, id)) {
			tui_edit_set(&x->ed, tui_county_name(id));
			x->changed = 1;
			mark_dirty(fm);
			box_commit(fm, x);
			picked_propose(x);
		}
		break;
	case CORE_FT_REF: case CORE_FT_REFS:
		if (pick_ref(x, NULL, id))
			ref_take(fm, x, id);
		break;
	default:
		break;
	}
}

/* ---- saving ----------------------------------------------------------- */

struct save_ctx {
	struct form *fm;
	int code;
	struct store_why why;
	char id[CORE_ID_MAX];
};

static int
save_fn(struct store_txn *t, void *ctx)
{
	struct save_ctx *c = ctx;
	struct form *fm = c->fm;
	struct core_record *r;
	int rc;

	/* A retry (map grown) must start from the unsaved record again.  A
	 * pledge's status follows its payments: the store sets it when a
	 * pledge or a payment is written. */
	if ((r = core_record_dup(fm->rec)) == NULL)
		return STORE_ENOMEM;
	if (fm->rev == 0)
		rc = store_put_new(t, r, c->id);
	else {
		rc = store_update(t, r, fm->rev);
		loc_utf8_copy(c->id, sizeof c->id, fm->id);
	}
	core_record_free(r);
	if (rc != 0) {
		c->why = *store_txn_why(t);
		return rc;
	}
	/* the draft, unless another session took it over (tui_draft_takeover) */
	if (fm->handed || (rc = tui_draft_given_up(t, fm->draft)) == 1)
		return 0;
	if (rc < 0)
		return rc;
	rc = store_draft_del(t, tui_app.user, fm->draft);
	return rc == STORE_ENOTFOUND ? 0 : rc;
}

static int
field_entry(const struct form *fm, int fi)
{
	int i;

	for (i = 0; i < fm->n; i++)
		if (fm->ff[i].fi == fi)
			return i;
	return -1;
}

/* The entry of the field a store refusal is about, or -1: a need's status
 * for a step of the workflow the user may not take; for a county outside
 * the user's, the field that chose it (a donor's, group's or unit's county;
 * a need's unit, whose county the need takes).  A pledge belongs to two
 * counties, its donor's and its need's, and a payment or stage to its
 * parent's: no one field of theirs is wrong, and the status line says it. */
static int
refused_entry(const struct form *fm, const struct core_access *a)
{
	int fi = -1;

	if (a->why == CORE_ACCESS_WORKFLOW)
		fi = fm->kind == CORE_NEED ? CORE_NEED_STATUS : -1;
	else if (a->why == CORE_ACCESS_COUNTY) {
		switch (fm->kind) {
		case CORE_DONOR:
			fi = CORE_DONOR_COUNTY;
			break;
		case CORE_GROUP:
			fi = CORE_GROUP_COUNTY;
			break;
		case CORE_UNIT:
			fi = CORE_UNIT_COUNTY;
			break;
		case CORE_NEED:
			fi = field_entry(fm, CORE_NEED_COUNTY) >= 0 ? CORE_NEED_COUNTY :
			    CORE_NEED_UNIT;
			break;
		default:
			break;
		}
	}
	return fi < 0 ? -1 : field_entry(fm, fi);
}

/* The record the last form saved (tui_form_take_saved); kind -1: none. */
static struct {
	int kind;
	char id[CORE_ID_MAX];
} last_saved = { -1, "" };

int
tui_form_take_saved(enum core_kind k, char *id)
{
	if (last_saved.kind != (int)k || last_saved.id[0] == '\0')
		return 0;
	snprintf(id, CORE_ID_MAX, "%s", last_saved.id);
	last_saved.kind = -1;
	return 1;
}

static void
value_copy(struct core_record *to, const struct core_record *from, int fi)
{
	const struct core_value *v = &from->v[fi];

	if (!v->set)
		core_record_unset(to, fi);
	else if (core_ftype_is_text(core_schema_get(from->kind)->fields[fi].type))
		core_record_set_text(to, fi, v->text ? v->text : "");
	else
		core_record_set_num(to, fi, v->num);
}

/* A save refused because someone else saved the record since it was read
 * (two clerks at one donor): the form takes their version, with the
 * user's own changes (the fields where the form differs from what was
 * read) over it, so nothing typed is lost and nothing of theirs is undone
 * unseen.  The user checks it and saves with F2.  Says so in the status,
 * naming a field both changed, where the user's value is kept, or else
 * the fields theirs changed.  A draft typed over an older revision and
 * resumed is merged so too, its base the record as that revision was
 * written (apply_draft); where the store no longer knows it (a draft of
 * an earlier program, a change log trimmed), every value of the draft
 * that differs from theirs is kept, and those fields are named for the
 * user to check.  Before, such a draft was refused for good: go back and
 * open it again, which threw the typing away.  Returns 0, or -1 when the
 * record cannot be read, the store left as it is. */
static int
merge_theirs(struct form *fm)
{
	struct store_txn *t;
	struct store_meta meta;
	struct core_record *cur = NULL, *merged;
	const char *clash = NULL;
	char *theirs = NULL, shown[48];	/* a long note cut: the status has two rows */
	char names[300];		/* the fields theirs changed, or the draft's */
	size_t i, len = 0;
	int e, rc, mine, named, known = fm->base != NULL;

	names[0] = '\0';
	if (store_read_begin(tui_app.st, &t) != 0)
		return -1;
	rc = store_get(t, fm->kind, fm->id, &cur, &meta);
	store_read_end(t);
	if (rc != 0 || (merged = core_record_dup(cur)) == NULL) {
		core_record_free(cur);
		return -1;
	}
	for (i = 0; i < fm->sc->nfields; i++) {
		if ((e = field_entry(fm, (int)i)) < 0)
			continue;	/* not in the form: theirs */
		/* the base not known (a draft of a revision the store no
		 * longer has): every value the draft holds that differs
		 * from theirs is taken for the user's, and named */
		mine = !core_value_equal(fm->rec, known ? fm->base : cur, (int)i);
		named = known ? !mine && !core_value_equal(cur, fm->base, (int)i) : mine;
		if (named && len + 1 < sizeof names) {
			snprintf(names + len, sizeof names - len, "%s%s", len ? _(", ") : "",
			    _(fm->ff[e].f->label));
			len = strlen(names);
		}
		if (!mine)
			continue;
		value_copy(merged, fm->rec, (int)i);
		if (known && clash == NULL && !core_value_equal(cur, fm->base, (int)i) &&
		    !core_value_equal(cur, fm->rec, (int)i)) {
			clash = fm->ff[e].f->label;
			theirs = tui_value_display(cur, (int)i);
		}
	}
	core_record_free(fm->rec);
	fm->rec = merged;
	core_record_free(fm->base);
	fm->base = cur;
	fm->rev = meta.rev;
	fm->ver = meta.version;
	/* unsaved from now on: what differs from their revision, which is
	 * what Esc would go back to */
	{
		struct core_record *o = core_record_dup(cur);

		if (o != NULL) {
			core_record_free(fm->orig);
			fm->orig = o;
		}
	}
	if (fm->kind == CORE_NEED && cur->v[CORE_NEED_STATUS].set)
		fm->stored_status = (int)cur->v[CORE_NEED_STATUS].num;
	if (fm->kind == CORE_PLEDGE && cur->v[CORE_PLEDGE_STATUS].set)
		fm->stored_status = (int)cur->v[CORE_PLEDGE_STATUS].num;
	/* the boxes show the merged values; the user's keep his text */
	for (e = 0; e < fm->n; e++)
		if (fm->ff[e].box && core_value_equal(fm->rec, fm->base, fm->ff[e].fi))
			box_reset(fm, &fm->ff[e]);
	fm->warn_ok = 0;
	if (clash != NULL) {
		loc_utf8_copy(shown, sizeof shown, theirs != NULL && *theirs ? theirs : "-");
		snprintf(fm->status, sizeof fm->status,
		    _("Not saved: someone else saved this record meanwhile, \"%s\" too (as %s; yours is kept). Their other changes are in the form; F2 saves."),
		    _(clash), shown);
	} else if (!known && names[0])
		snprintf(fm->status, sizeof fm->status,
		    _("Not saved: this record was saved elsewhere after your draft was typed. The form holds it now with the draft's values over it in: %s. Check them; F2 saves."),
		    names);
	else if (names[0])
		snprintf(fm->status, sizeof fm->status,
		    _("Not saved: someone else saved this record meanwhile; their changes (%s) are now in the form with yours. Check it; F2 saves."),
		    names);
	else
		snprintf(fm->status, sizeof fm->status, "%s",
		    _("Not saved: someone else saved this record meanwhile; their changes are now in the form with yours. Check it; F2 saves."));
	free(theirs);
	return 0;
}

/* ---- a refused save: said once ----
 * Each reason F2 is refused for is said once, under the field it is
 * about (refuse_at, or the field's own check), and the status line says
 * only that nothing was saved and names those fields (refused_fields):
 * before, the owner's role, a privileged user's county, a value the
 * store found registered or a record it found missing were said in the
 * status line alone, naming no field, and the words "Not saved: fix the
 * fields marked with errors." were built in three places. */
/* The labels of the fields whose message is of severity sev, into names
 * («کد ملی، شهرستان»); the entry of the first, or -1 if none. */
static int
fields_of(const struct form *fm, int sev, char *names, size_t n)
{
	size_t len = 0;
	int i, first = -1;

	if (n > 0)
		names[0] = '\0';
	for (i = 0; i < fm->n && len < n; i++) {
		if (fm->ff[i].issue.severity != sev)
			continue;
		if (first < 0)
			first = i;
		snprintf(names + len, n - len, "%s%s",
		    len ? _(", ") : "", _(fm->ff[i].f->label));
		len = strlen(names);
	}
	return first;
}

static void
refused_fields(struct form *fm, const char *other, int at)
{
	char names[400];
	size_t len;
	int first = fields_of(fm, CORE_SEV_ERROR, names, sizeof names);

	if (first >= 0)
		snprintf(fm->status, sizeof fm->status,
		    _("Not saved: fix the fields marked with errors: %s."), names);
	else
		snprintf(fm->status, sizeof fm->status, "%s", _("Not saved:"));
	if (other != NULL && *other) {
		len = strlen(fm->status);
		snprintf(fm->status + len, sizeof fm->status - len, " %s", other);
	}
	fm->status_attr = tui_attr_error();
	if (at >= 0)
		fm->cur = at;
	else if (first >= 0)
		fm->cur = first;
}

/* F2 refused for why, which field entry e can put right: said under it,
 * the cursor there, the status naming it; with e < 0 (the field is not on
 * this form), said in the status. */
static void
refuse_at(struct form *fm, int e, const char *why)
{
	struct ffield *x;

	if (e < 0) {
		snprintf(fm->status, sizeof fm->status, "%s %s", _("Not saved:"), why);
		fm->status_attr = tui_attr_error();
		return;
	}
	x = &fm->ff[e];
	loc_utf8_copy(x->refused, sizeof x->refused, why);
	x->named_rows = 0;
	x->issue.severity = CORE_SEV_ERROR;
	x->issue.field = x->fi;
	refused_fields(fm, NULL, e);
}

/* F2 refused on a sum read short: the note at the foot says the database
 * may be damaged and what to do (before, the status said the damage
 * again, and at 40x24 was cut before its pointer to the note). */
static void
refused_short(struct form *fm)
{
	snprintf(fm->status, sizeof fm->status, "%s",
	    _("Not saved: a sum this record is checked against may be short (see the note at the foot)."));
	fm->status_attr = tui_attr_error();
}

/* The database's owner is its admin whatever the users table says
 * (store/users.h): another role given him here would be written and
 * never apply (the store does not know the folder's owner), so it is
 * refused under the role, as user add refuses it.  Returns 0 if not to
 * save. */
static int
owner_role_rule(struct form *fm)
{
	const struct core_value *v = &fm->rec->v[CORE_USER_ROLE];
	int er = field_entry(fm, CORE_USER_ROLE);
	char why[300];

	if (fm->kind != CORE_USER || fm->rev == 0 || !v->set || v->num == CORE_ROLE_ADMIN ||
	    !tui_identity_login_owns(tui_app.db_path, fm->id))
		return 1;
	snprintf(why, sizeof why,
	    _("%s owns this database and is always its administrator: another role would not apply"), fm->id);
	refuse_at(fm, er, why);
	return 0;
}

/* The access policy (core/access.c) gives admin, hq and auditors every
 * county whatever their record says: a county given one of them is a
 * limit that is not there, so it is refused under the county, as `user
 * add --county` refuses it.  Returns 0 if not to save. */
static int
user_county_rule(struct form *fm)
{
	const struct core_field *f = &core_schema_get(CORE_USER)->fields[CORE_USER_ROLE];
	const struct core_value *v = &fm->rec->v[CORE_USER_ROLE];
	int ec = field_entry(fm, CORE_USER_COUNTY);
	char why[300];

	if (fm->kind != CORE_USER || !v->set || v->num == CORE_ROLE_CLERK ||
	    v->num == CORE_ROLE_SUPERVISOR || !fm->rec->v[CORE_USER_COUNTY].set)
		return 1;
	snprintf(why, sizeof why,
	    _("The county is for a clerk or supervisor: %s works with every county; leave the county empty"),
	    _(core_choice_label(f, (int)v->num)));
	refuse_at(fm, ec, why);
	return 0;
}

/* A stage with an actual end is done, at 100 percent: the rule of the
 * need's stages screen (tui/stages.c), where setting the actual end sets
 * the progress to 100 and a progress below 100 opens the stage again,
 * after asking, and clears its actual end.  The form (main menu, stages)
 * kept both: a stage set back to 50% was still «done on ...», never
 * overdue.  Here, at F2: an actual end typed (the progress untouched, or
 * empty) makes the stage 100%; a progress below 100 with an actual end
 * asks the stage screen's question, yes clearing the actual end, no
 * leaving the form unsaved on the progress.  Returns 0 if not to save. */
static int
stage_done_rule(struct form *fm)
{
	struct core_record *r = fm->rec;
	const struct core_value *a = &r->v[CORE_STAGE_ACTUAL_END], *p = &r->v[CORE_STAGE_PROGRESS];
	int ea = field_entry(fm, CORE_STAGE_ACTUAL_END), ep = field_entry(fm, CORE_STAGE_PROGRESS);
	int typed_end, typed_progress;

	if (fm->kind != CORE_STAGE || !a->set || (p->set && p->num >= 100) ||
	    (ea >= 0 && fm->ff[ea].issue.severity == CORE_SEV_ERROR) ||
	    (ep >= 0 && fm->ff[ep].issue.severity == CORE_SEV_ERROR))
		return 1;
	typed_end = fm->base == NULL || !core_value_equal(r, fm->base, CORE_STAGE_ACTUAL_END);
	typed_progress = p->set && (fm->base == NULL ||
	    !core_value_equal(r, fm->base, CORE_STAGE_PROGRESS));
	if (typed_end && !typed_progress) {
		core_record_set_num(r, CORE_STAGE_PROGRESS, 100);
		if (ep >= 0)
			box_reset(fm, &fm->ff[ep]);
		return 1;
	}
	if (tui_confirm(_("This stage has an actual end: below 100 percent it is open again and its actual end is cleared. Go on?"), 0) != 1) {
		snprintf(fm->status, sizeof fm->status, "%s",
		    _("Not saved: a stage with an actual end is at 100 percent."));
		fm->status_attr = tui_attr_warning();
		if (ep >= 0)
			fm->cur = ep;
		return 0;
	}
	core_record_unset(r, CORE_STAGE_ACTUAL_END);
	if (ea >= 0) {
		box_reset(fm, &fm->ff[ea]);
		fm->ff[ea].issue.severity = CORE_SEV_OK;
	}
	return 1;
}

/* F2's checks and write (save).  Returns 1 if saved. */
static int
save_checked(struct form *fm)
{
	struct core_issues is;
	struct save_ctx c;
	int i, worst = CORE_SEV_OK, nerr = 0, nwarn = 0, e, rc;
	size_t k;
	char other[160], why[sizeof fm->ff[0].refused];
	struct core_record *parent, *old;
	struct store_txn *t;
	const struct core_access *a;
	int64_t paid, ypaid = 0;
	int32_t first = 0;
	int has_first = 0, repeats = 0;
	/* a payment past its pledge: the payments with it, the pledge */
	int64_t over_paid = -1, over_pledged = 0;

	fm->sums_short = 0;
	/* A name typed in the box F2 left took the one record its words
	 * found (a prefix: «علی» is «علیرضا …» when he is the only one): it
	 * is shown, and the next F2 saves, so that no record is taken
	 * unseen. */
	if (fm->cur >= 0 && fm->cur < fm->n && fm->ff[fm->cur].took_name) {
		struct ffield *x = &fm->ff[fm->cur];
		char shown[128];

		loc_utf8_copy(shown, sizeof shown, x->hint[0] ? x->hint : x->ed.buf);
		snprintf(fm->status, sizeof fm->status, x->took_name == 2 ?
		    _("Not saved yet: %s: the number typed is this station's %s, \"%s\". If it is the one, F2 saves.") :
		    _("Not saved yet: %s: the name typed found \"%s\" (%s). If it is the one, F2 saves."),
		    _(x->f->label), x->took_name == 2 ? x->ed.buf : shown,
		    x->took_name == 2 ? shown : x->ed.buf);
		x->took_name = 0;
		return 0;
	}
	/* A record a field names could not be read (a page a failing disk
	 * cut short): nothing is written to a damaged database in its
	 * name; the sentence under the fields says which record and what to
	 * do, and the status names the field (before, it said the sentence's
	 * first half again). */
	{
		const struct ffield *d = form_damaged(fm);

		if (d != NULL) {
			snprintf(fm->status, sizeof fm->status,
			    _("Not saved: see the note under the fields on \"%s\"."), _(d->f->label));
			fm->status_attr = tui_attr_error();
			return 0;
		}
	}
	/* Boxes whose text did not parse still hold the error. */
	for (i = 0; i < fm->n; i++) {
		if (fm->ff[i].refused[0]) {
			/* A warning said on leaving the field (a mobile
			 * another donor has, a name in Latin letters, a
			 * county read from Latin keys) is no one's to judge
			 * again: it stays, and the clerk is asked about it
			 * below, as about the record's own warnings.  Before,
			 * it was dropped here and F2 saved without a word. */
			if (fm->ff[i].issue.severity == CORE_SEV_WARNING)
				continue;
			fm->ff[i].refused[0] = '\0';	/* the store judges it again */
			fm->ff[i].issue.severity = CORE_SEV_OK;
		}
		if (fm->ff[i].issue.severity == CORE_SEV_ERROR && fm->ff[i].box &&
		    box_commit(fm, &fm->ff[i]) != CORE_SEV_ERROR)
			continue;
		if (fm->ff[i].issue.severity != CORE_SEV_ERROR)
			fm->ff[i].issue.severity = CORE_SEV_OK;
	}
	if (!stage_done_rule(fm))
		return 0;
	if (!owner_role_rule(fm))
		return 0;
	if (!user_county_rule(fm))
		return 0;
	/* A payment is checked against its pledge (date, status, and the
	 * amount with the pledge's other payments); a pledge against its need
	 * (the amount with the need's other pledges, beyond its estimated
	 * cost: a warning).  paid holds what those others add up to; old is
	 * the stored record, so that one already over and saved again
	 * without adding to it is not warned about each time. */
	parent = old = NULL;
	paid = 0;
	if (fm->kind == CORE_PAYMENT && fm->rec->v[CORE_PAYMENT_PLEDGE].set &&
	    store_read_begin(tui_app.st, &t) == 0) {
		if (store_get(t, CORE_PLEDGE, fm->rec->v[CORE_PAYMENT_PLEDGE].text, &parent, NULL) != 0)
			parent = NULL;
		else if (store_pledge_paid(t, fm->rec->v[CORE_PAYMENT_PLEDGE].text,
		    fm->rev != 0 ? fm->id : NULL, &paid) != 0)
			paid = 0;
		if (fm->rev != 0 && store_get(t, CORE_PAYMENT, fm->id, &old, NULL) != 0)
			old = NULL;
		/* the same slip typed twice would count its money twice: a
		 * new payment, or one whose receipt, day or amount changed */
		if (parent != NULL && (old == NULL ||
		    strcmp(core_record_text(old, CORE_PAYMENT_RECEIPT),
		    core_record_text(fm->rec, CORE_PAYMENT_RECEIPT)) != 0 ||
		    old->v[CORE_PAYMENT_PAID_ON].num != fm->rec->v[CORE_PAYMENT_PAID_ON].num ||
		    old->v[CORE_PAYMENT_AMOUNT].num != fm->rec->v[CORE_PAYMENT_AMOUNT].num) &&
		    store_payment_repeats(t, fm->rec, fm->rev != 0 ? fm->id : NULL, &repeats, NULL) != 0)
			repeats = 0;
		fm->sums_short |= store_sum_short(t) != 0;
		store_read_end(t);
	} else if (fm->kind == CORE_PLEDGE && fm->rec->v[CORE_PLEDGE_NEED].set &&
	    store_read_begin(tui_app.st, &t) == 0) {
		if (store_get(t, CORE_NEED, fm->rec->v[CORE_PLEDGE_NEED].text, &parent, NULL) != 0)
			parent = NULL;
		else if (store_need_pledged(t, fm->rec->v[CORE_PLEDGE_NEED].text,
		    fm->rev != 0 ? fm->id : NULL, &paid) != 0)
			paid = 0;
		if (fm->rev != 0 && store_get(t, CORE_PLEDGE, fm->id, &old, NULL) != 0)
			old = NULL;
		fm->sums_short |= store_sum_short(t) != 0;
		store_read_end(t);
	}
	/* a stored pledge (with a need or not) has payments its date and
	 * amount must not leave behind */
	if (fm->kind == CORE_PLEDGE && fm->rev != 0 && store_read_begin(tui_app.st, &t) == 0) {
		if (store_pledge_paid(t, fm->id, NULL, &ypaid) != 0 ||
		    store_pledge_first_paid(t, fm->id, &has_first, &first) != 0)
			ypaid = has_first = 0;
		if (old == NULL && store_get(t, CORE_PLEDGE, fm->id, &old, NULL) != 0)
			old = NULL;
		fm->sums_short |= store_sum_short(t) != 0;
		store_read_end(t);
	}
	/* The sums the record is checked against (what its pledge's other
	 * payments add up to, its need's other pledges, its own payments)
	 * left out a record their index names that is not there: a warning
	 * of a payment past its pledge, or of pledges past the estimate,
	 * would be missed on them.  Not saved; the foot says what to do. */
	if (fm->sums_short) {
		core_record_free(parent);
		core_record_free(old);
		refused_short(fm);
		return 0;
	}
	if (fm->kind == CORE_PLEDGE) {
		core_pledge_validate(fm->rec, parent, paid, old, &is);
		core_pledge_payments_check(fm->rec, old, ypaid, has_first, first, &is);
	} else {
		core_payment_validate(fm->rec, parent, paid, old, &is);
		if (repeats && is.n < CORE_MAX_ISSUES) {
			is.v[is.n].severity = CORE_SEV_WARNING;
			is.v[is.n].field = CORE_PAYMENT_RECEIPT;
			is.v[is.n].msg = CORE_MSG_PAYMENT_REPEATED;
			is.v[is.n].arg = 0;
			is.n++;
		}
		for (k = 0; k < is.n; k++)
			if (is.v[k].msg == CORE_MSG_PAYMENT_OVER_PLEDGE && parent != NULL &&
			    parent->v[CORE_PLEDGE_AMOUNT].set) {
				over_paid = paid + fm->rec->v[CORE_PAYMENT_AMOUNT].num;
				over_pledged = parent->v[CORE_PLEDGE_AMOUNT].num;
			}
	}
	/* a stored need whose category is changed between material and
	 * non-material: its pledges that no longer fit it, counted */
	if (fm->kind == CORE_NEED && fm->rev != 0 && fm->rec->v[CORE_NEED_CATEGORY].set &&
	    store_read_begin(tui_app.st, &t) == 0) {
		int64_t misfits = 0;

		if (store_get(t, CORE_NEED, fm->id, &old, NULL) != 0)
			old = NULL;
		else if (store_need_misfits(t, fm->id,
		    (int)fm->rec->v[CORE_NEED_CATEGORY].num, &misfits) != 0)
			misfits = 0;
		store_read_end(t);
		core_need_category_check(fm->rec, old, misfits, &is);
	}
	core_record_free(parent);
	core_record_free(old);
	other[0] = '\0';
	for (k = 0; k < is.n; k++) {
		/* A new record's id is given by the store when it is saved. */
		if (is.v[k].field == 0 && fm->rev == 0 && fm->kind != CORE_USER)
			continue;
		/* A text longer than its field takes that the form was
		 * opened with (stored by an older version, or come by sync)
		 * and the clerk did not change is kept: it held up the save
		 * of a change to another field.  One typed or changed is
		 * refused by box_commit, under its field. */
		if (is.v[k].msg == CORE_MSG_TEXT_LONG && fm->orig != NULL &&
		    is.v[k].field >= 0 && fm->orig->v[is.v[k].field].set &&
		    core_value_equal(fm->rec, fm->orig, is.v[k].field))
			continue;
		e = field_entry(fm, is.v[k].field);
		if (e >= 0 && fm->ff[e].issue.severity < is.v[k].severity) {
			fm->ff[e].issue = is.v[k];
			fm->ff[e].of_record = 1;
		}
		else if (e < 0 && is.v[k].severity == CORE_SEV_ERROR) {
			char said[600];

			nerr++;
			loc_utf8_copy(other, sizeof other, tui_issue_text(&is.v[k], 0, said, sizeof said));
		}
	}
	for (i = 0; i < fm->n; i++) {
		dup_check(fm, &fm->ff[i]);
		twin_check(fm, &fm->ff[i]);
		ref_check(fm, &fm->ff[i]);
		unit_check(fm, &fm->ff[i]);	/* a need given before the form */
		again_check(fm, &fm->ff[i]);
		group_check(fm, &fm->ff[i]);	/* a group or unit given before the form */
		county_move_check(fm, &fm->ff[i]);
	}
	for (i = 0; i < fm->n; i++) {
		if (fm->ff[i].issue.severity == CORE_SEV_ERROR)
			nerr++;
		else if (fm->ff[i].issue.severity == CORE_SEV_WARNING)
			nwarn++;
	}
	worst = nerr ? CORE_SEV_ERROR : nwarn ? CORE_SEV_WARNING : CORE_SEV_OK;
	if (worst == CORE_SEV_ERROR) {
		refused_fields(fm, other, -1);
		return 0;
	}
	if (worst == CORE_SEV_WARNING && !fm->warn_ok) {
		/* asked once, as the other questions are (yes / no, F2
		 * yes), naming the fields warned about: they are under
		 * the question, and may be further down the form */
		char names[400], q[2000];
		int warned = fields_of(fm, CORE_SEV_WARNING, names, sizeof names);

		/* past the pledge: by how much, as the need's pledges
		 * screen says it (a clerk met the bare question here) */
		if (over_paid >= 0) {
			char a1[64], a2[64];

			snprintf(q, sizeof q, _("Paid with this payment: %s; pledged: %s.\nWarnings on: %s. Save this record anyway?"),
			    tui_fmt_amount(over_paid, 1, a1, sizeof a1),
			    tui_fmt_amount(over_pledged, 1, a2, sizeof a2), names);
		} else
			snprintf(q, sizeof q, _("Warnings on: %s. Save this record anyway?"), names);
		/* and what each warning says: the line under its field is
		 * often under this question too (a need's identification
		 * date at 80x24), and a yes to a warning not read is no
		 * check at all */
		for (i = 0; i < fm->n; i++) {
			const struct ffield *x = &fm->ff[i];
			size_t ql = strlen(q);
			char said[600];

			if (x->issue.severity != CORE_SEV_WARNING)
				continue;
			snprintf(q + ql, sizeof q - ql, "\n%s: %s", _(x->f->label),
			    x->refused[0] ? x->refused :
			    tui_issue_text(&x->issue, 0, said, sizeof said));
		}
		if (tui_confirm(q, 0) != 1) {
			snprintf(fm->status, sizeof fm->status, "%s",
			    _("Not saved: check the warnings."));
			fm->status_attr = tui_attr_warning();
			if (warned >= 0)
				fm->cur = warned;
			return 0;
		}
		fm->warn_ok = 1;
	}
	/* A need given a final status here (rejected, done), a stored one or
	 * a new one, is asked about as F6 on its screen asks: F2 would
	 * otherwise take a step there is no way back from without a word.
	 * Before, a new need saved done or rejected was not asked. */
	if (fm->kind == CORE_NEED && fm->rec->v[CORE_NEED_STATUS].set &&
	    (fm->rev == 0 || (int)fm->rec->v[CORE_NEED_STATUS].num != fm->stored_status)) {
		struct store_need_sums sums, *sp = NULL;
		struct store_txn *rt;

		if (fm->rev != 0 && store_read_begin(tui_app.st, &rt) == 0) {
			if (store_need_sums(rt, fm->id, &sums) == 0)
				sp = &sums;
			/* rejecting it, the question names its pledged and
			 * received sums: not asked on sums read short */
			fm->sums_short = store_sum_short(rt) != 0 &&
			    fm->rec->v[CORE_NEED_STATUS].num == CORE_NEED_REJECTED;
			store_read_end(rt);
		}
		if (fm->sums_short) {
			refused_short(fm);
			return 0;
		}
		if (!tui_need_final_ok(fm->rev != 0 ? fm->id : NULL, (int)fm->rec->v[CORE_NEED_STATUS].num, sp)) {
			snprintf(fm->status, sizeof fm->status, "%s",
			    _("Not saved: a final status is saved only after a yes."));
			fm->status_attr = tui_attr_warning();
			return 0;
		}
	}
	/* A stage of a need that is done, lowered below 100 percent here (or
	 * a new one below it): asked, as on the need's screen; no leaves the
	 * form unsaved on the progress.  Before, it was saved without a
	 * word, and the done need had work not over. */
	if (fm->kind == CORE_STAGE && !tui_stage_reopen_ok(fm->rec)) {
		snprintf(fm->status, sizeof fm->status, "%s",
		    _("Not saved: a stage of a need that is done is saved below 100 percent only after a yes."));
		fm->status_attr = tui_attr_warning();
		if ((e = field_entry(fm, CORE_STAGE_PROGRESS)) >= 0)
			fm->cur = e;
		return 0;
	}
	/* A group or unit made inactive here, its Active field set to no,
	 * is asked about as F8 asks (deactivate), when donors or open needs
	 * still point at it: F2 took it without a word. */
	if ((fm->kind == CORE_GROUP || fm->kind == CORE_UNIT) && fm->rev != 0 && fm->base != NULL &&
	    !core_record_inactive(fm->base) && core_record_inactive(fm->rec)) {
		char refs[400], q[800];

		deact_refs(fm->kind, fm->id, refs, sizeof refs);
		if (refs[0]) {
			snprintf(q, sizeof q, "%s\n%s",
			    _("Mark this record inactive?\nIt stays in the database and can be made active again."),
			    refs);
			if (tui_confirm(q, 0) != 1) {
				snprintf(fm->status, sizeof fm->status, "%s",
				    _("Not saved: the record is made inactive only after a yes."));
				fm->status_attr = tui_attr_warning();
				return 0;
			}
		}
	}
	memset(&c, 0, sizeof c);
	c.fm = fm;
	rc = store_write(tui_app.st, save_fn, &c);
	if (rc != 0) {
		fm->status_attr = tui_attr_error();
		if (rc == STORE_EDUP && (e = field_entry(fm, c.why.field)) >= 0) {
			/* saved by another meanwhile: said under the field */
			dup_check(fm, &fm->ff[e]);
			if (fm->ff[e].refused[0])
				refused_fields(fm, NULL, e);
			else {
				snprintf(why, sizeof why,
				    _("This value is already registered for %s."), c.why.id);
				refuse_at(fm, e, why);
			}
		} else if (rc == STORE_EREF && (e = field_entry(fm, c.why.field)) >= 0) {
			snprintf(why, sizeof why, _("There is no record %s."), c.why.id);
			refuse_at(fm, e, why);
		} else if (rc == STORE_EACCES && (a = store_users_refusal(tui_app.st)) != NULL &&
		    (e = refused_entry(fm, a)) >= 0) {
			/* a status step the user may not take, a county not
			 * his: said under the field where it is changed */
			tui_identity_why(tui_app.st, rc, why, sizeof why);
			refuse_at(fm, e, why);
		} else if (rc == STORE_ECONFLICT && merge_theirs(fm) == 0)
			fm->status_attr = tui_attr_warning();	/* save keeps the draft */
		else if (rc == STORE_ECONFLICT)
			snprintf(fm->status, sizeof fm->status, "%s",
			    _("Not saved: someone else changed this record meanwhile; go back and open it again."));
		else
			snprintf(fm->status, sizeof fm->status, "%s %s", _("Not saved:"),
			    tui_write_why(rc, why, sizeof why));
		return 0;
	}
	tui_list_generation++;
	/* the list says which record it was: a new one's id is known only now */
	last_saved.kind = (int)fm->kind;
	loc_utf8_copy(last_saved.id, sizeof last_saved.id, c.id);
	return 1;
}

/* F2.  Returns 1 if saved, its draft deleted with the write (save_fn).
 * Refused, the form stays open holding what was typed, and so does its
 * draft, written here once the checks have run (its focus is then the
 * field to put right) so that a line dropped meanwhile loses nothing: an
 * error, a value already registered, a step or a county refused, a
 * warning not accepted, another's save merged in (the draft goes on from
 * their revision).  Esc then asks, and its yes deletes the draft: it is
 * never offered over another new form.  Not on damage: a record a field
 * names could not be read (draft_save), or a sum the record is checked
 * against was read short; nothing is written to the damaged database
 * then.  Before, the draft was written first, whatever the checks found,
 * the short sums' refusal too. */
static int
save(struct form *fm)
{
	struct ffield *x = &fm->ff[fm->cur];
	int saved;

	if (x->box && x->changed)
		box_commit(fm, x);
	if ((saved = save_checked(fm)) == 0)
		draft_save(fm);
	return saved;
}

struct deact_ctx {
	struct form *fm;
};

static int
deact_fn(struct store_txn *t, void *ctx)
{
	struct deact_ctx *c = ctx;

	if (c->fm->deleted)
		return store_reactivate(t, c->fm->kind, c->fm->id, c->fm->rev);
	return store_deactivate(t, c->fm->kind, c->fm->id, c->fm->rev);
}

/* Adds to *pledged and *received the pledges whose field (their donor or
 * their need) is id and that count as the pledges' list sums count them
 * (store_pledge_counts: material, neither cancelled nor deactivated; their
 * payments that are not deactivated).  Returns 0 or a store code. */
static int
add_pledges(struct store_txn *t, int field, const char *id, int64_t *pledged, int64_t *received)
{
	struct store_iter *it;
	char pid[CORE_ID_MAX];
	int64_t paid;
	int rc;

	if ((rc = store_iter_index(t, CORE_PLEDGE, field, id, &it)) != 0)
		return rc;
	while (store_iter_next(it, pid) == 0) {
		struct core_record *p;
		struct store_meta m;

		/* one the index names that is not there: the others
		 * summed, said short (store_sum_short) */
		if ((rc = store_get(t, CORE_PLEDGE, pid, &p, &m)) != 0) {
			if (rc == STORE_ENOTFOUND)
				store_sum_left_out(t, CORE_PLEDGE);
			continue;
		}
		if (store_pledge_counts(p, &m)) {
			*pledged += store_pledge_share(p, &m);
			if (store_pledge_paid(t, pid, NULL, &paid) == 0)
				*received += paid;
		}
		core_record_free(p);
	}
	store_iter_free(it);
	return 0;
}

/* The line under a stored group's form: the donors it introduced (active,
 * and inactive ones) and their pledges, pledged and received, summed as
 * the pledges' list sums them; under a unit's: its needs (those still
 * open) and the pledges on them.  Neither is shown anywhere else: a clerk
 * asked which donors a council brought in, or what a station's needs
 * drew, had no answer on the screen.  Into fm->refs, "" for other kinds. */
static void
refs_summary(struct form *fm)
{
	struct store_txn *t;
	struct store_iter *it;
	char rid[CORE_ID_MAX], a[32], b[32], c[64], d[64];
	int64_t n = 0, n2 = 0, pledged = 0, received = 0;
	int rc;

	fm->refs[0] = '\0';
	fm->refs_short = 0;
	fm->refs_valid = 1;
	fm->refs_gen = tui_list_generation;
	if (fm->rev == 0 || (fm->kind != CORE_GROUP && fm->kind != CORE_UNIT) ||
	    store_read_begin(tui_app.st, &t) != 0)
		return;
	/* a donor's introducer is not indexed: every donor is read (some
	 * 10^4), once for the form and each change of the data */
	rc = fm->kind == CORE_GROUP ? store_iter_kind(t, CORE_DONOR, &it) :
	    store_iter_index(t, CORE_NEED, CORE_NEED_UNIT, fm->id, &it);
	if (rc != 0) {
		store_read_end(t);
		return;
	}
	while (rc == 0 && store_iter_next(it, rid) == 0) {
		struct core_record *x;
		struct store_meta m;
		int live;

		if (store_get(t, fm->kind == CORE_GROUP ? CORE_DONOR : CORE_NEED, rid, &x, &m) != 0)
			continue;
		if (fm->kind == CORE_GROUP) {
			/* a clerk: his county's donors only, as his lists */
			if (!m.deleted && strcmp(core_record_text(x, CORE_DONOR_INTRODUCED_BY), fm->id) == 0 &&
			    tui_may_read(t, x)) {
				live = !core_donor_inactive(x);
				n += live;
				n2 += !live;
				/* a deactivated donor's pledges still count */
				rc = add_pledges(t, CORE_PLEDGE_DONOR, rid, &pledged, &received);
			}
		} else if (!m.deleted) {
			n++;
			n2 += !(x->v[CORE_NEED_STATUS].set &&
			    (x->v[CORE_NEED_STATUS].num == CORE_NEED_DONE ||
			    x->v[CORE_NEED_STATUS].num == CORE_NEED_REJECTED));
			/* a rejected need's pledges are no need's sums */
			if (!(x->v[CORE_NEED_STATUS].set && x->v[CORE_NEED_STATUS].num == CORE_NEED_REJECTED))
				rc = add_pledges(t, CORE_PLEDGE_NEED, rid, &pledged, &received);
		}
		core_record_free(x);
	}
	store_iter_free(it);
	fm->refs_short = store_sum_short(t) != 0;
	store_read_end(t);
	if (rc != 0)
		return;
	tui_fmt_int(n, a, sizeof a);
	tui_fmt_int(n2, b, sizeof b);
	tui_fmt_amount(pledged, 1, c, sizeof c);
	tui_fmt_amount(received, 1, d, sizeof d);
	if (fm->kind == CORE_GROUP)
		snprintf(fm->refs, sizeof fm->refs,
		    _("Donors this group introduced: %s active, %s inactive. Their pledges: %s; received: %s."),
		    a, b, c, d);
	else
		snprintf(fm->refs, sizeof fm->refs,
		    _("Needs of this unit: %s, %s of them open. Pledged on them: %s; received: %s."),
		    a, b, c, d);
}

/* A need's stages below 100 percent, for F8's question on it: how many,
 * and how many of those are overdue (tui_need_stages_text, the words of
 * the question before rejecting it), and that its stages are then no
 * longer followed, as an import's row that deactivates it is warned.  A
 * rejected need's stages are not followed already: nothing.  Into buf,
 * "" when there are none or the store cannot be read. */
static void
deact_need_stages(const char *id, char *buf, size_t n)
{
	struct store_need_stages ns;
	struct store_txn *t;
	struct core_record *r;
	char text[600];
	int rc, rejected = 0;

	buf[0] = '\0';
	if (store_read_begin(tui_app.st, &t) != 0)
		return;
	if (store_get(t, CORE_NEED, id, &r, NULL) == 0) {
		rejected = r->v[CORE_NEED_STATUS].set && r->v[CORE_NEED_STATUS].num == CORE_NEED_REJECTED;
		core_record_free(r);
	}
	rc = store_need_stages(t, id, loc_day_today(), &ns);
	store_read_end(t);
	if (rc != 0 || rejected || ns.unfinished == 0)
		return;
	snprintf(buf, n, "%s %s", tui_need_stages_text(&ns, 0, text, sizeof text),
	    _("Once inactive, its stages are no longer followed: none of them counts as overdue."));
}

/* What deactivating record id of kind k leaves pointing at it, for F8's
 * question: a group's active donors it introduced (they keep it as the
 * group that introduced them), a unit's needs still open, neither done
 * nor rejected (they stay stored and listed, but out of the ranking and
 * matching, and a new pledge on one is warned about: unit_check).  The
 * clerk heard only that the record stays in the database.  Into buf, ""
 * when there are none or the store cannot be read. */
static void
deact_refs(enum core_kind k, const char *id, char *buf, size_t n)
{
	struct store_txn *t;
	struct store_iter *it;
	char rid[CORE_ID_MAX], num[32];
	long count = 0;
	int rc;

	buf[0] = '\0';
	if (k == CORE_NEED) {
		deact_need_stages(id, buf, n);
		return;
	}
	if ((k != CORE_GROUP && k != CORE_UNIT) || store_read_begin(tui_app.st, &t) != 0)
		return;
	/* a donor's introducer is not indexed: every donor is read, as the
	 * clerk waits for the question anyway (some 10^4 donors) */
	rc = k == CORE_GROUP ? store_iter_kind(t, CORE_DONOR, &it) :
	    store_iter_index(t, CORE_NEED, CORE_NEED_UNIT, id, &it);
	if (rc != 0) {
		store_read_end(t);
		return;
	}
	while (store_iter_next(it, rid) == 0) {
		struct core_record *x;
		struct store_meta m;

		if (store_get(t, k == CORE_GROUP ? CORE_DONOR : CORE_NEED, rid, &x, &m) != 0)
			continue;
		if (m.deleted)
			;
		else if (k == CORE_GROUP)	/* a clerk: his county's, as his lists */
			count += strcmp(core_record_text(x, CORE_DONOR_INTRODUCED_BY), id) == 0 &&
			    !core_donor_inactive(x) &&
			    tui_may_read(t, x);
		else
			count += !(x->v[CORE_NEED_STATUS].set &&
			    (x->v[CORE_NEED_STATUS].num == CORE_NEED_DONE ||
			    x->v[CORE_NEED_STATUS].num == CORE_NEED_REJECTED));
		core_record_free(x);
	}
	store_iter_free(it);
	store_read_end(t);
	if (count == 0)
		return;
	tui_fmt_int(count, num, sizeof num);
	snprintf(buf, n, k == CORE_GROUP ?
	    _("Active donors this group introduced: %s. They keep it as the group that introduced them.") :
	    _("Open needs of this unit (neither done nor rejected): %s. They stay stored and listed, but leave the ranking and matching; a new pledge on one is asked about."),
	    num);
}

/* F8's question on a user's form: what it does to that user, named with
 * his role and county, as `user remove` says it («... دیگر نمی‌تواند این
 * پایگاه داده را باز کند»).  Before, it asked the question of any record,
 * «این رکورد غیرفعال شود؟», which did not say that he loses his access. */
static void
user_question(const struct form *fm, char *q, size_t n)
{
	const struct core_record *r = fm->base != NULL ? fm->base : fm->rec;
	const struct core_field *rf = &fm->sc->fields[CORE_USER_ROLE];
	const char *county = core_record_text(r, CORE_USER_COUNTY);
	char who[300];

	snprintf(who, sizeof who, "%s%s%s", r->v[CORE_USER_ROLE].set ?
	    _(core_choice_label(rf, (int)r->v[CORE_USER_ROLE].num)) : "", _(", "),
	    county != NULL && county[0] != '\0' ? tui_county_name(county) : _("All counties"));
	if (fm->deleted)
		snprintf(q, n, _("Give user %s (%s) access to this database again?\nThat login can open it again, in that role."),
		    fm->id, who);
	else
		snprintf(q, n, _("Take away user %s's access (%s)?\nThat login can no longer open this database. The user stays listed, with his history; F8 here gives the access back."),
		    fm->id, who);
}

/* F8 on a stored record: mark it inactive (nothing is ever removed, SPEC
 * §3), or, on one marked so (a user whose access was taken away, a need),
 * make it active again, as the question that deactivated it promised.
 * Returns 1 if done. */
static int
deactivate(struct form *fm)
{
	struct deact_ctx c = { fm };
	char why[400], refs[800], q[1200];
	int rc;

	if (fm->rev == 0)
		return 0;
	/* the owner is the admin whatever the table says (store/users.h):
	 * refused as user remove refuses him, by anyone; the store, which
	 * does not know the folder's owner, would mark him removed for
	 * another admin, and tell the owner "another administrator can" */
	if (fm->kind == CORE_USER && !fm->deleted && tui_identity_login_owns(tui_app.db_path, fm->id)) {
		snprintf(fm->status, sizeof fm->status,
		    _("%s owns this database and is always its administrator: he cannot be removed"), fm->id);
		fm->status_attr = tui_attr_error();
		return 0;
	}
	/* What was typed and not saved would be lost: the form closes on a
	 * yes, its draft deleted.  Said instead, and nothing asked: F2 saves
	 * it first, or Esc gives it up.  Before, a note typed in a donor's
	 * form and then F8, yes, left the donor inactive without the note,
	 * and nothing said it was not saved. */
	leave_field(fm);
	if (form_changed(fm)) {
		snprintf(fm->status, sizeof fm->status, "%s", fm->deleted ?
		    _("Not made active again: this form has unsaved changes. Save them with F2 first (or give them up with Esc), then F8.") :
		    _("Not made inactive: this form has unsaved changes. Save them with F2 first (or give them up with Esc), then F8."));
		fm->status_attr = tui_attr_warning();
		return 0;
	}
	refs[0] = '\0';
	if (!fm->deleted)
		deact_refs(fm->kind, fm->id, refs, sizeof refs);
	if (fm->kind == CORE_USER)
		user_question(fm, q, sizeof q);
	else
		snprintf(q, sizeof q, "%s%s%s", fm->deleted ? _("Make this record active again?") :
		    _("Mark this record inactive?\nIt stays in the database and can be made active again."),
		    refs[0] ? "\n" : "", refs);
	if (tui_confirm(q, 0) != 1)
		return 0;
	if ((rc = store_write(tui_app.st, deact_fn, &c)) != 0) {
		snprintf(fm->status, sizeof fm->status, "%s %s", _("Not saved:"),
		    tui_write_why(rc, why, sizeof why));
		fm->status_attr = tui_attr_error();
		return 0;
	}
	draft_delete(fm);
	tui_list_generation++;
	return 1;
}

/* ---- screen callbacks --------------------------------------------------- */


/* The key bar for the field the cursor is in: F4 ("Choose") where it
 * opens a list or toggles (choose), not on a box of typed text, where it
 * did nothing while the bar offered it. */
static const struct tui_fkey *
form_bar_of(const struct form *fm)
{
	enum core_ftype t;
	int chooses;

	if (fm->readonly)
		return form_keys_ro;
	t = fm->n > 0 ? fm->ff[fm->cur].f->type : CORE_FT_ENUM;
	chooses = t == CORE_FT_ENUM || t == CORE_FT_SET || t == CORE_FT_BOOL ||
	    t == CORE_FT_COUNTY || t == CORE_FT_REF || t == CORE_FT_REFS;
	if (fm->rev && fm->deleted)
		return chooses ? form_keys_deleted : form_keys_deleted_typed;
	if (fm->rev)
		return chooses ? form_keys_stored : form_keys_stored_typed;
	return chooses ? form_keys : form_keys_typed;
}

/* Whether F7 lists the donors this form's record introduced: a stored
 * reference group (a new one has none yet). */
static int
has_donors_key(const struct form *fm)
{
	return fm->kind == CORE_GROUP && fm->rev != 0;
}

/* Whether F7 lists donors by what they gave (form_honour): in the donors
 * field of a ceremony's form the user may change, as F7 in a ceremony. */
static int
has_honour_key(const struct form *fm)
{
	return fm->kind == CORE_RECOGNITION && !fm->readonly && fm->n > 0 &&
	    fm->ff[fm->cur].fi == CORE_RECOGNITION_DONORS && fm->ff[fm->cur].box;
}

static const struct tui_fkey *
form_bar(struct form *fm)
{
	const struct tui_fkey *b = form_bar_of(fm);
	struct tui_fkey f7;
	size_t i, o = 0;

	if (has_donors_key(fm))
		f7 = (struct tui_fkey){ 7, N_("Donors"), 0 };
	else if (has_honour_key(fm))	/* as a ceremony's bar names it */
		f7 = (struct tui_fkey){ 7, N_("By giving"), TUI_FKEY_WRITE };
	else
		return b;
	/* the same keys, F7 in its place before F8 or F10 */
	for (i = 0; b[i].n != 0 && o + 2 < sizeof fm->bar / sizeof fm->bar[0]; i++) {
		if (b[i].n > 7 && (o == 0 || fm->bar[o - 1].n < 7))
			fm->bar[o++] = f7;
		fm->bar[o++] = b[i];
	}
	fm->bar[o] = (struct tui_fkey){ 0, NULL, 0 };
	return fm->bar;
}

/* F7 on a stored group's form: the donors' list of those it introduced
 * (SPEC §3: donor.introduced_by), over the form, which stays as it is. */
static void
group_donors(struct form *fm)
{
	struct tui_screen *s;

	if ((s = tui_list_new_ref(CORE_DONOR, CORE_DONOR_INTRODUCED_BY, fm->id)) != NULL)
		tui_screen_push(s);
	else
		snprintf(fm->status, sizeof fm->status, "%s", _("Cannot open the donors' list."));
}

/* ---- F7 on a ceremony's donors field: whom to honour ---- */

/* Each id of list box x before a name typed after them (refs_name_start),
 * raised as the field stores it (core_id_upper), given to fn until it
 * returns nonzero; returns that, or 0. */
static int
box_ids(const struct ffield *x, int (*fn)(const char *id, void *arg), void *arg)
{
	size_t end = refs_name_start(x->ed.buf, x->ed.len), i = 0, t, n;
	char tok[CORE_ID_MAX];
	int rc;

	while (i < end) {
		while (i < end && (n = refs_sep(x->ed.buf + i)) > 0)
			i += n;
		for (t = i; i < end && refs_sep(x->ed.buf + i) == 0; i++)
			;
		if (i == t || i - t >= sizeof tok)
			continue;
		memcpy(tok, x->ed.buf + t, i - t);
		tok[i - t] = '\0';
		core_id_upper(tok);
		if ((rc = fn(tok, arg)) != 0)
			return rc;
	}
	return 0;
}

/* The form and its donors' box, for tui_honour_by_giving's callbacks;
 * seen, n: the box's ids counted, each once, as the field keeps them. */
struct form_honour {
	struct form *fm;
	struct ffield *x;
	char (*seen)[CORE_ID_MAX];
	size_t n;
};

static int
id_is(const char *id, void *arg)
{
	return strcmp(id, arg) == 0;
}

static int
box_has(void *ctx, const char *id)
{
	struct form_honour *h = ctx;

	return box_ids(h->x, id_is, (void *)id);
}

static int
id_count(const char *id, void *arg)
{
	struct form_honour *h = arg;
	size_t i;

	for (i = 0; i < h->n; i++)
		if (strcmp(h->seen[i], id) == 0)
			return 0;
	if (h->n >= CORE_REFS_MAX)
		return 1;	/* one more: past the most */
	loc_utf8_copy(h->seen[h->n++], CORE_ID_MAX, id);
	return 0;
}

/* 1 when the box names CORE_REFS_MAX donors (or more), the status line
 * saying so before one is picked, as ceremony_full in a ceremony. */
static int
box_full(void *ctx)
{
	struct form_honour *h = ctx;
	int over;

	if ((h->seen = malloc(CORE_REFS_MAX * sizeof *h->seen)) == NULL)
		tui_fatal(_("out of memory"));
	h->n = 0;
	over = box_ids(h->x, id_count, h);
	free(h->seen);
	if (!over && h->n < CORE_REFS_MAX)
		return 0;
	snprintf(h->fm->status, sizeof h->fm->status, "%s", _(core_msg_text(CORE_MSG_REFS_MANY)));
	h->fm->status_attr = tui_attr_warning();
	return 1;
}

/* Enter in the list: the donor's id after the box's ids, as F4 puts it
 * there (ref_take), checked; the status line says whom it added. */
static int
box_add(void *ctx, const char *id)
{
	struct form_honour *h = ctx;

	ref_take(h->fm, h->x, id);
	tui_donor_note(_("Donor added:"), id, COLS - 2, h->fm->status, sizeof h->fm->status);
	h->fm->status_attr = A_NORMAL;
	return 1;
}

/* F7 on the donors field of a ceremony's form: the donors by what they
 * gave (tui_honour_by_giving, as F7 in a ceremony), in the 365 days up to
 * the form's date, or today's while it has none; Enter adds the one
 * selected to the field, the list staying open for the next.  The form
 * saves them with F2, its checks (another county's donor, an inactive
 * one) as for a donor F4 adds. */
static void
form_honour(struct form *fm, struct ffield *x)
{
	const struct core_value *on = &fm->rec->v[CORE_RECOGNITION_HELD_ON];
	struct form_honour fh;
	struct tui_honour h;

	fh.fm = fm;
	fh.x = x;
	if (box_full(&fh))
		return;
	h.on = on->set ? (int32_t)on->num : loc_day_today();
	h.cid = fm->rev != 0 ? fm->id : NULL;
	h.has = box_has;
	h.full = box_full;
	h.add = box_add;
	h.ctx = &fh;
	h.enter_help = honour_enter_help;
	h.help = honour_help;
	h.note_rows = 2;	/* the form's status (form_draw) */
	tui_honour_by_giving(&h);
}

/* Columns of the field area beside the labels. */
static int
field_width(void)
{
	return COLS - label_w - 4;
}

/* A field narrower than this (at 40 and 50 columns) has its message and
 * its note on the rows under it across the screen's width. */
#define MSG_NARROW 30

/* Columns of the message (and the note) under a field: the field's; on a
 * narrow screen the screen's, from its first column, so that a reason is
 * read whole.  Before, at 40x24 the 15 columns under a national id said
 * «خطا: این کد ملی پیش‌تر برای TBZ-81 (مع…د…» and lost what to do. */
static int
msg_width(void)
{
	int fw = field_width();

	return fw < MSG_NARROW ? COLS - 2 : fw;
}

/* Whether text, refused as a national or legal id, is a mobile number
 * written as one is (0914 123 4567, ۰۹۱۴۱۲۳۴۵۶۷, +98 914 ...): its digits
 * start with 09, +98 or 0098, and it reads as a mobile. */
static int
looks_mobile(const char *text)
{
	char *a = loc_digits_to_ascii(text), out[32];
	const char *p;
	int yes;

	if (a == NULL)
		return 0;
	for (p = a; *p == ' '; p++)
		;
	yes = (strncmp(p, "09", 2) == 0 || strncmp(p, "+98", 3) == 0 || strncmp(p, "0098", 4) == 0) &&
	    core_check_mobile(text, out, sizeof out, NULL) != CORE_SEV_ERROR;
	free(a);
	return yes;
}

/* The message under field x ("Error: ..."), into buf. */
static const char *
issue_text(const struct ffield *x, char *buf, size_t n)
{
	char said[600];
	const char *m = x->refused[0] ? x->refused : tui_issue_text(&x->issue, 0, said, sizeof said);

	/* a name typed where a record's id goes: what its words found, and
	 * how to find the record by name */
	if (!x->refused[0] && x->issue.msg == CORE_MSG_ID_FORMAT && x->f->type == CORE_FT_REF &&
	    x->found >= 0 && n > 0) {
		char shown[120];
		size_t len;

		loc_utf8_copy(shown, sizeof shown, x->ed.buf);
		snprintf(buf, n, "%s ", _("Error:"));
		len = strlen(buf);
		snprintf(buf + len, n - len, x->found == 0 ?
		    _("%s: no record is found by \"%s\"; Space or F4 opens the list.") :
		    _("%s: several records are found by \"%s\"; Space or F4 lists them to pick one."),
		    _(x->f->label), shown);
		return buf;
	} else if (!x->refused[0] && x->issue.msg == CORE_MSG_ID_FORMAT && x->f->type == CORE_FT_REF &&
	    n > 0) {
		snprintf(buf, n, "%s ", _("Error:"));
		snprintf(buf + strlen(buf), n - strlen(buf),
		    _("This is not a record's id (like TBZ-42): %s"), ref_find_how(x));
		return buf;
	} else if (!x->refused[0] && x->issue.msg == CORE_MSG_COUNTY && x->f->type == CORE_FT_COUNTY)
		/* which counties there are: the list */
		m = _("Unknown county: F4 lists the counties (type its first letters to find it).");
	else if (!x->refused[0] && x->issue.msg == CORE_MSG_ID_FORMAT && x->f->type == CORE_FT_REFS)
		/* Space separates the ids of a list: F4 alone looks up */
		m = _("Not an id (like TBZ-42): F4 finds the record by the name typed after the ids.");
	if (!x->refused[0] && x->issue.msg == CORE_MSG_TEXT_LONG && core_text_max(x->f) > 0) {
		/* how long a text the field takes, in the digits of the screen */
		char most[32];

		tui_fmt_int((int64_t)core_text_max(x->f), most, sizeof most);
		snprintf(buf, n, "%s ", _("Error:"));
		snprintf(buf + strlen(buf), n - strlen(buf),
		    _("The text is too long: this field takes at most %s characters; shorten it."), most);
		return buf;
	}
	if (!x->refused[0] && x->issue.severity == CORE_SEV_ERROR &&
	    (x->f->type == CORE_FT_NID || x->f->type == CORE_FT_LEGAL) && looks_mobile(x->ed.buf)) {
		/* the mobile typed one Tab short: where it goes, not that a
		 * digit of a card is mistyped */
		snprintf(buf, n, "%s ", _("Error:"));
		snprintf(buf + strlen(buf), n - strlen(buf),
		    _("This is a mobile number, not a %s: it goes in \"%s\"."),
		    _(x->f->label), _(core_schema_get(CORE_DONOR)->fields[CORE_DONOR_MOBILE].label));
		return buf;
	}
	if (!x->refused[0] && (x->issue.msg == CORE_MSG_NID_CHECK || x->issue.msg == CORE_MSG_LEGAL_CHECK)) {
		/* what is wrong, and how a clerk puts it right */
		snprintf(buf, n, "%s %s: %s",
		    x->issue.severity == CORE_SEV_ERROR ? _("Error:") : _("Warning:"), m,
		    _("a digit is mistyped or two are swapped; read it again from the card."));
		return buf;
	}
	snprintf(buf, n, "%s %s",
	    x->issue.severity == CORE_SEV_ERROR ? _("Error:") : _("Warning:"), m);
	return buf;
}

/* The rows the names of a list of references may take (three donors of a
 * ceremony do not fit in one at 80 columns). */
#define NAMES_ROWS 3

/* Whether entry i of fm shows its names (tui_refs_caption) in place of
 * its ids: not being edited, and holding what the record holds. */
static int
shows_names(const struct form *fm, int i)
{
	const struct ffield *x = &fm->ff[i];

	return x->box && i != fm->cur && !x->changed && x->names[0] != '\0';
}

/* Lays out names (items separated by «، » or ", ") in rows of w columns,
 * broken only between items, so that no name is split across rows; at
 * most max, the last one taking the rest (cut by the drawing).  Draws
 * them from (y, x) with attr if draw.  Returns the rows. */
static int
names_rows(int y, int x, int w, int max, const char *names, attr_t attr, int draw)
{
	char *copy, *line, *p, *q, *brk;
	int n = 0;

	if ((copy = strdup(names)) == NULL)
		return 1;
	line = copy;
	while (*line && n < max) {
		brk = NULL;
		if (n + 1 < max && tui_text_width(line) > w) {
			for (p = line; (q = strchr(p, ' ')) != NULL; p = q + 1) {
				char keep = *q;

				/* a space after a comma ends an item */
				if (!(q > line && (q[-1] == ',' ||
				    (q - line >= 2 && (unsigned char)q[-2] == 0xd8 &&
				    (unsigned char)q[-1] == 0x8c))))
					continue;
				*q = '\0';
				if (brk != NULL && tui_text_width(line) > w) {
					*q = keep;
					break;
				}
				*q = keep;
				brk = q;
			}
		}
		if (brk != NULL)
			*brk = '\0';
		if (draw) {
			tui_draw_blank(y + n, x, w, attr);
			tui_draw_ui(y + n, x, w, line, attr);
		}
		n++;
		if (brk == NULL)
			break;
		line = brk + 1;
	}
	free(copy);
	return n > 0 ? n : 1;
}

/* The rows the note under x takes: NOTE_ROWS at most, or those it needs
 * where it is to be read whole (note_whole). */
static int
note_rows(const struct ffield *x)
{
	return tui_wrapped_rows(msg_width(), x->note_whole ? 4 * NOTE_ROWS : NOTE_ROWS, x->note);
}

static int
field_rows(const struct form *fm, int i)
{
	const struct ffield *x = &fm->ff[i];
	char msg[400];
	int n = shows_names(fm, i) ? names_rows(0, 0, field_width(), NAMES_ROWS, x->names, A_NORMAL, 0) : 1;

	if (x->note[0])
		n += note_rows(x);
	if (x->issue.severity <= CORE_SEV_OK)
		return n;
	return n + tui_wrapped_rows(msg_width(), msg_rows(x), issue_text(x, msg, sizeof msg));
}

/* Is x a login being typed (a user's, in a form that edits)?  It takes
 * Latin only: the keys go in as typed with the program's Persian keyboard
 * on (struct tui_screen's latin), and a Persian letter from the system's
 * layout as the key that gave it.  Before, "ali" typed with Ctrl-T on
 * showed «شمه», refused as not lower-case Latin letters. */
static int
login_field(const struct form *fm, const struct ffield *x)
{
	return fm->kind == CORE_USER && x->fi == CORE_USER_ID && x->box && !fm->readonly;
}

static void
form_draw(struct tui_screen *s, int top, int rows)
{
	struct form *fm = s->data;
	int rtl = tui_ui_dir() == LOC_DIR_RTL;
	int lw, fw, lx, fx, mx, mw, y, i, need, srow, sn;
	char label[200], msg[400];
	struct ffield *x;
	const struct ffield *gone;

	s->fkeys = form_bar(fm);
	s->latin = login_field(fm, &fm->ff[fm->cur]);
	label_w = LABEL_W;
	for (i = 0; i < fm->n; i++) {
		snprintf(label, sizeof label, "%s%s:", _(fm->ff[i].f->label),
		    (fm->ff[i].f->flags & CORE_FF_REQUIRED) ? "*" : "");
		if ((lw = tui_text_width(label)) > label_w)
			label_w = lw;
	}
	if (label_w > COLS / 3)
		label_w = COLS / 3 > LABEL_W ? COLS / 3 : LABEL_W;
	lw = label_w;
	fw = field_width();
	/* the form's own status lines: two, or up to four where its
	 * words need them (a refusal naming several fields, at 40
	 * columns), so that none is cut before its end */
	if ((sn = fm->status[0] ? tui_wrapped_rows(COLS - 2, 4, fm->status) : 2) < 2)
		sn = 2;
	rows -= sn;
	srow = top + rows;
	if (!fm->refs_valid || fm->refs_gen != tui_list_generation)
		refs_summary(fm);
	/* a sum read short (F2's check, the line under a group's or a
	 * unit's fields): said on the rows above the status, as the lists
	 * and the dashboard say it; the fields laid out over the rows above */
	if (fm->sums_short || fm->refs_short)
		rows -= tui_draw_short_sums(top, rows, COLS - 2, 6);
	lx = rtl ? COLS - 1 - lw : 1;
	fx = rtl ? 1 : lw + 3;
	mw = msg_width();
	mx = mw == fw ? fx : 1;
	/* Scroll so the focused field and its message are visible. */
	if (fm->cur < fm->top)
		fm->top = fm->cur;
	for (;;) {
		need = 0;
		for (i = fm->top; i <= fm->cur; i++)
			need += field_rows(fm, i);
		if (need <= rows || fm->top >= fm->cur)
			break;
		fm->top++;
	}
	y = top;
	for (i = fm->top; i < fm->n && y < top + rows; i++) {
		x = &fm->ff[i];
		snprintf(label, sizeof label, "%s%s:", _(x->f->label),
		    (x->f->flags & CORE_FF_REQUIRED) ? "*" : "");
		tui_draw_ui(y, lx, lw, label, i == fm->cur ? A_BOLD : A_NORMAL);
		if (x->box) {
			struct loc_layout l;
			struct tui_edit_view v;
			int w = fw, hintw = 0;
			attr_t a = i == fm->cur ? tui_attr_focus() : tui_attr_field();

			/* a reference's caption (the unit's name beside its
			 * id) stays while the cursor is on the field and
			 * nothing is typed there yet: the first field of a
			 * need opened to be reviewed is its unit, and an id
			 * alone tells the supervisor nothing (an amount's
			 * toman goes while the field is edited) */
			if (x->hint[0] && (i != fm->cur ||
			    (x->f->type == CORE_FT_REF && !x->changed))) {
				hintw = fw / 2;
				w = fw - hintw - 1;
				/* a payment's pledge: its id is short, its
				 * caption (donor, need, amount) long; at 64
				 * columns too, where half the field left the
				 * box 12 blank cells beside «(ای…)» */
				if (x->f->ref == CORE_PLEDGE) {
					int iw = tui_text_width(x->ed.buf) + 2;

					w = iw < 9 ? 9 : iw > fw / 2 ? fw / 2 : iw;
					hintw = fw - w - 1;
				}
				/* a narrow form (40 or 50 columns): the id
				 * whole, with the cursor's cell, before the
				 * caption (at 40 «TBZ-44» read «BZ-44»); no
				 * caption where it has under 6 cells */
				if (w < tui_text_width(x->ed.buf) + 1) {
					w = tui_text_width(x->ed.buf) + 1;
					hintw = fw - w - 1;
					if (hintw < 6) {
						hintw = 0;
						w = fw;
					}
				}
			}
			struct tui_edit shown;

			x->ed.flags = tui_draw_layout_flags();
			/* A field not being edited shows the start of its text
			 * (an address wider than the box keeps its first words),
			 * not where the cursor was left at its end. */
			shown = x->ed;
			if (i != fm->cur) {
				shown.off = 0;
				shown.vx = 0;
			}
			tui_draw_blank(y, fx + (rtl ? hintw + (hintw ? 1 : 0) : 0), w, a);
			if (shows_names(fm, i))
				/* the rows past the first: no further than
				 * the form goes */
				y += names_rows(y, fx, w, top + rows - y < NAMES_ROWS ?
				    top + rows - y : NAMES_ROWS, x->names, a, 1) - 1;
			else if (tui_edit_layout(i == fm->cur ? &x->ed : &shown, w, &l, &v) == 0) {
				int bx = fx + (rtl ? hintw + (hintw ? 1 : 0) : 0);

				/* Too wide and not being edited: cut at its
				 * logical end with an ellipsis (the box's edge
				 * would keep the end of a Latin run in it). */
				if (i != fm->cur && l.width > w)
					tui_draw_text(y, bx, w, x->ed.buf, tui_edit_text_dir(&x->ed),
					    l.rtl ? TUI_ALIGN_RIGHT : TUI_ALIGN_LEFT, a);
				else {
					tui_draw_cells(y, bx, w, &l, -v.text_x, a);
					if (tui_edit_isolated(&x->ed))
						tui_draw_isolate(y, bx, w, &l, -v.text_x);
				}
				if (i == fm->cur) {
					s->cursor_y = y;
					s->cursor_x = bx + v.cursor_x;
				}
				loc_layout_done(&l);
			}
			if (hintw) {
				char hb[sizeof x->hint];

				/* a pledge's donor is cut, not its amount; a
				 * need's title in its middle, as the lists cut
				 * it, keeping its end (the county) */
				/* (in under 20 cells its first words that
				 * fit: its middle cut left pieces of words,
				 * «پاس…ر ۲» at 40 columns; tui_fit_words) */
				tui_draw_ui(y, rtl ? fx : fx + w + 1, hintw,
				    x->f->ref == CORE_PLEDGE ? tui_pledge_fit(x->hint, hintw, hb, sizeof hb) :
				    x->f->type == CORE_FT_REF && strstr(x->hint, " — ") == NULL ?
				    (hintw < 20 ? tui_fit_words(x->hint, hintw, hb, sizeof hb) :
				    tui_fit_middle(x->hint, hintw, hb, sizeof hb)) :
				    tui_fit_before(x->hint, " — ", hintw, hb, sizeof hb), A_DIM);
			}
		} else {
			char *d = tui_value_display(fm->rec, x->fi);
			char shown[1100];

			loc_utf8_copy(shown, sizeof shown, d ? d : "");
			free(d);
			tui_draw_ui(y, fx, fw, shown, i == fm->cur ? tui_attr_focus() : tui_attr_field());
			if (i == fm->cur) {
				s->cursor_y = y;
				s->cursor_x = rtl ? fx + fw - 1 : fx;
			}
		}
		y++;
		if (x->issue.severity > CORE_SEV_OK && y < top + rows)
			y += tui_draw_wrapped(y, mx, mw, top + rows - y < msg_rows(x) ? top + rows - y : msg_rows(x),
			    issue_text(x, msg, sizeof msg), x->issue.severity == CORE_SEV_ERROR ?
			    tui_attr_error() : tui_attr_warning());
		if (x->note[0] && y < top + rows)
			y += tui_draw_wrapped(y, mx, mw, top + rows - y < note_rows(x) ? top + rows - y : note_rows(x),
			    x->note, tui_attr_warning());
	}
	/* a record a field names could not be read: the damaged-database
	 * sentence, a row apart, as wide as the screen, on the rows its
	 * words need where the form has them (about 10 at 40 columns;
	 * before, at most 6, which cut it before what to do) */
	if ((gone = form_damaged(fm)) != NULL && y + 1 < top + rows) {
		char dmg[1400];
		int dn;

		damaged_sentence(gone, dmg, sizeof dmg);
		dn = tui_wrapped_rows(COLS - 2, top + rows - y - 1, dmg);
		y += 1 + tui_draw_wrapped(y + 1, 1, COLS - 2, dn > 0 ? dn : 1, dmg, tui_attr_error());
	}
	/* under the fields, a row apart, when the form leaves room */
	if (fm->refs[0] && y + 1 < top + rows)
		tui_draw_wrapped(y + 1, 1, COLS - 2, top + rows - y - 1 < 2 ? top + rows - y - 1 : 2,
		    fm->refs, A_DIM);
	if (fm->status[0])
		tui_draw_wrapped(srow, 1, COLS - 2, sn, fm->status, fm->status_attr);
}

static int
form_dirty(struct tui_screen *s)
{
	return form_changed(s->data);
}

static void
form_save_hook(struct tui_screen *s)
{
	struct form *fm = s->data;
	struct ffield *x = &fm->ff[fm->cur];

	/* Keep what is in the box as typed: the draft holds input text. */
	(void)x;
	draft_save(fm);
}

static void
form_destroy(struct tui_screen *s)
{
	struct form *fm = s->data;
	int i;

	for (i = 0; i < fm->n; i++)
		tui_edit_done(&fm->ff[i].ed);
	core_record_free(fm->rec);
	core_record_free(fm->base);
	core_record_free(fm->orig);
	free(fm);
	free(s);
}

/* Tab, the arrows and PgUp/PgDn between the fields.  Returns 1 if key
 * was one of them. */
static int
form_nav(struct form *fm, int key)
{
	fm->moving = 1;
	switch (key) {
	case TUI_KEY_TAB: case TUI_KEY_DOWN:
		if (fm->cur + 1 < fm->n)
			focus(fm, fm->cur + 1);
		else if (!fm->readonly)
			leave_field(fm);	/* the last field is checked too */
		break;
	case TUI_KEY_BTAB: case TUI_KEY_UP:
		focus(fm, fm->cur - 1);
		break;
	case TUI_KEY_PGDN:
		focus(fm, fm->n - 1);
		break;
	case TUI_KEY_PGUP:
		focus(fm, 0);
		break;
	default:
		fm->moving = 0;
		return 0;
	}
	fm->moving = 0;
	return 1;
}

/* The arrows, Home and End in a box: the cursor only. */
static enum tui_result
form_event_box_move(struct ffield *x, int key)
{
	if (!x->box)
		return TUI_HANDLED;
	switch (key) {
	case TUI_KEY_LEFT: tui_edit_left(&x->ed); break;
	case TUI_KEY_RIGHT: tui_edit_right(&x->ed); break;
	case TUI_KEY_HOME: tui_edit_home(&x->ed); break;
	case TUI_KEY_END: tui_edit_end(&x->ed); break;
	}
	return TUI_HANDLED;
}

static enum tui_result
form_event(struct tui_screen *s, int key)
{
	struct form *fm = s->data;
	struct ffield *x = &fm->ff[fm->cur];
	int r;

	/* any key but a letter starts a choice's type-ahead anew */
	if (!tui_key_is_text(key) || key == ' ')
		tui_ahead_reset(&fm->ahead);
	if (!tui_key_is_text(key) && key != TUI_KEY_NONE && key != TUI_KEY_RESIZE)
		fm->set_typing = 0;
	x->note[0] = '\0';	/* said of the key before */
	x->note_whole = 0;
	switch (key) {
	case TUI_KEY_LEFT: case TUI_KEY_RIGHT: case TUI_KEY_HOME: case TUI_KEY_END:
		return form_event_box_move(x, key);
	}
	if (key == TUI_KEY_F(7) && has_donors_key(fm)) {
		leave_field(fm);
		group_donors(fm);
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(7) && has_honour_key(fm)) {
		form_honour(fm, x);
		return TUI_HANDLED;
	}
	if (fm->readonly) {
		/* moving through the fields and going back; any other key
		 * would edit: the status line keeps saying why it may not */
		if (form_nav(fm, key == TUI_KEY_ENTER ? TUI_KEY_TAB : key))
			return TUI_HANDLED;
		if (tui_key_action(key) == TUI_ACT_BACK)
			return TUI_CLOSE;
		if (tui_key_is_text(key) || key == TUI_KEY_BACKSPACE || key == TUI_KEY_DELETE ||
		    key == TUI_KEY_CLEAR || tui_key_action(key) == TUI_ACT_SAVE ||
		    tui_key_action(key) == TUI_ACT_FILTER || tui_key_action(key) == TUI_ACT_DELETE)
			return TUI_HANDLED;
		return TUI_IGNORED;
	}
	switch (key) {
	case TUI_KEY_BACKSPACE:
		if (x->box && tui_edit_backspace(&x->ed))
			box_edited(fm, x);
		return TUI_HANDLED;
	case TUI_KEY_DELETE:
		if (x->box && tui_edit_delete(&x->ed))
			box_edited(fm, x);
		return TUI_HANDLED;
	case TUI_KEY_CLEAR:
		/* the whole field at once, to type another value in its place */
		if (x->box && x->ed.len > 0) {
			tui_edit_set(&x->ed, "");
			box_edited(fm, x);
		}
		return TUI_HANDLED;
	case TUI_KEY_ENTER:
		/* the next field, from a choice too (Space or F4 opens its
		 * list): a clerk going down the form with Enter was held on
		 * the first choice, its list opening again after each pick */
		form_nav(fm, TUI_KEY_TAB);
		return TUI_HANDLED;
	}
	if (form_nav(fm, key))
		return TUI_HANDLED;
	switch (tui_key_action(key)) {
	case TUI_ACT_SAVE:
		if (save(fm))
			return TUI_CLOSE;
		return TUI_HANDLED;
	case TUI_ACT_FILTER:	/* F4: choose */
		choose(fm, x);
		return TUI_HANDLED;
	case TUI_ACT_DELETE:	/* F8 */
		return deactivate(fm) ? TUI_CLOSE : TUI_HANDLED;
	case TUI_ACT_BACK:
		leave_field(fm);	/* its draft deleted if nothing differs */
		if (!form_changed(fm))
			return TUI_CLOSE;
		r = tui_confirm_discard(_("This form has unsaved changes.\nDiscard them and go back?\n(F2 saves them.)"));
		if (r == 1) {
			draft_delete(fm);
			return TUI_CLOSE;
		}
		if (r == 2 && save(fm))	/* F2: save, as on the form */
			return TUI_CLOSE;
		return TUI_HANDLED;
	default:
		break;
	}
	if (x->f->type == CORE_FT_SET && !x->box && tui_key_is_text(key) && set_key(fm, x, key))
		return TUI_HANDLED;
	if (key == ' ' && !x->box) {
		choose(fm, x);
		return TUI_HANDLED;
	}
	if (key == ' ' && x->f->type == CORE_FT_REF) {
		char id[CORE_ID_MAX];

		if (pick_ref(x, " ", id))
			ref_take(fm, x, id);
		return TUI_HANDLED;
	}
	if (tui_key_is_text(key) && x->box) {
		/* A login is Latin: a Persian letter is the key that gave it
		 * («شمه», typed with the system's Persian layout, is ali) */
		if (login_field(fm, x) && key >= 0x80 && loc_kbd_key((uint32_t)key) != 0)
			key = loc_kbd_key((uint32_t)key);
		/* its message is checked again for the text now
		 * (box_edited) */
		if (tui_edit_insert(&x->ed, (uint32_t)key) == 0)
			box_edited(fm, x);
		return TUI_HANDLED;
	}
	if (tui_key_is_text(key)) {
		/* A choice field takes no text: a letter picks a choice that
		 * begins with it; anything else is said, not silently lost. */
		if (x->f->type == CORE_FT_ENUM && type_ahead(fm, x, key))
			return TUI_HANDLED;
		if (x->f->type == CORE_FT_BOOL && bool_ahead(fm, x, key))
			return TUI_HANDLED;
		if (x->f->type == CORE_FT_BOOL) {
			/* under the field, where the clerk looks: what it
			 * takes, and that the typing went nowhere */
			snprintf(x->note, sizeof x->note,
			    _("\"%s\" takes only Yes or No: y picks Yes, n No, Space switches it; what was typed is not kept."),
			    _(x->f->label));
			return TUI_HANDLED;
		}
		snprintf(fm->status, sizeof fm->status,
		    _("\"%s\" is chosen from a list: Space or F4 opens it, Tab goes to the next field."),
		    _(x->f->label));
		fm->status_attr = tui_attr_warning();
		return TUI_HANDLED;
	}
	return TUI_IGNORED;
}

struct tui_screen *
tui_form_open(enum core_kind k, const char *id, int *cancelled)
{
	struct blob b = { NULL, 0, tui_app.user, NULL, NULL };
	struct tui_screen *s;
	struct store_txn *t;
	char name[64], what[600], *draft = NULL;
	int ans;

	*cancelled = 0;
	tui_form_draft_name(k, id, name, sizeof name);
	if (tui_app.st != NULL && store_read_begin(tui_app.st, &t) == 0) {
		if (store_draft_get(t, tui_app.user, name, &draft, NULL) != 0)
			draft = NULL;
		store_read_end(t);
	}
	if (draft != NULL) {
		/* Only one draft is offered at the start; another, or one put
		 * off with Esc, was written over by the first field left in a
		 * new form of the same name. */
		tui_draft_what(k, id, draft, what, sizeof what);
		ans = tui_draft_ask(what);
		if (ans < 0) {
			free(draft);
			*cancelled = 1;
			return NULL;
		}
		if (ans == 0) {
			b.name = name;
			store_write(tui_app.st, draft_del_fn, &b);
			free(draft);
			draft = NULL;
		} else
			tui_draft_takeover(name, draft);
	}
	s = tui_form_new(k, id, draft);
	free(draft);
	return s;
}

/* Applies draft text (see the file comment) over the form. */
static void
apply_draft(struct form *fm, const char *draft)
{
	char *copy = strdup(draft), *line, *save = NULL, *eq;
	int fi, e, stale = 0;
	size_t i;

	if (copy == NULL)
		return;
	for (line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
		if ((eq = strchr(line, '=')) == NULL)
			continue;
		*eq = '\0';
		tui_draft_unescape(eq + 1);
		if (strcmp(line, "rev") == 0) {
			/* The draft was typed over this revision: saving it
			 * must conflict if the record changed since. */
			unsigned long long rev = strtoull(eq + 1, NULL, 10);

			if (fm->rev != 0 && rev != 0 && rev != fm->rev) {
				fm->rev = rev;
				/* typed over a revision not read here: its
				 * record, if the draft names its version
				 * and the store still knows it (ver=) */
				core_record_free(fm->base);
				fm->base = NULL;
				stale = 1;
			}
			continue;
		}
		if (strcmp(line, "ver") == 0) {
			struct core_version v;
			struct store_txn *t;

			if (stale && fm->base == NULL && core_version_parse(eq + 1, &v) == 0 &&
			    store_read_begin(tui_app.st, &t) == 0) {
				if (store_version_record(t, fm->kind, fm->id, &v, &fm->base) != 1)
					fm->base = NULL;
				for (i = 0; fm->base != NULL && i < fm->sc->nfields; i++)
					if ((fm->sc->fields[i].flags & CORE_FF_ZERO) &&
					    !fm->base->v[i].set)
						core_record_set_num(fm->base, (int)i, 0);
				store_read_end(t);
			}
			continue;
		}
		if (strcmp(line, "focus") == 0) {
			if ((fi = core_field_find(fm->sc, eq + 1)) >= 0 && (e = field_entry(fm, fi)) >= 0) {
				fm->cur = e;
				if (!fm->ff[e].ed.overtype)
					tui_edit_end(&fm->ff[e].ed);
			}
			continue;
		}
		if ((fi = core_field_find(fm->sc, line)) < 0 || (e = field_entry(fm, fi)) < 0)
			continue;
		if (fm->ff[e].box) {
			if (strcmp(fm->ff[e].ed.buf, eq + 1) != 0) {
				tui_edit_set(&fm->ff[e].ed, eq + 1);
				fm->ff[e].changed = 1;
				box_commit(fm, &fm->ff[e]);
			}
		} else {
			char cur[1024];

			core_value_format(fm->rec, fi, cur, sizeof cur);
			if (strcmp(cur, eq + 1) != 0)
				core_field_parse(fm->rec, fi, eq + 1, &fm->ff[e].issue);
		}
	}
	free(copy);
}

/* A stored record the user may read but not change (another county's,
 * for a supervisor; any, for an auditor; a user's record, for anyone but
 * the admin): the form opens to read only, and says why. */
static void
check_writable(struct store_txn *t, struct form *fm)
{
	const struct store_identity *who = store_users_identity(tui_app.st);
	struct core_access a;
	char msg[300];

	if (fm->rev == 0)
		return;
	if (tui_app.ro_disk) {
		loc_utf8_copy(msg, sizeof msg, tui_app.ro_disk == TUI_RO_FILE ?
		    _("the database was opened from a file (a backup, or its data.mdb), to read only.") :
		    _("the database's disk is mounted read-only."));
	} else {
		if (who == NULL)
			return;
		memset(&a, 0, sizeof a);
		a.allowed = 1;
		if (fm->kind == CORE_USER) {
			if (store_users_may(t, who, CORE_ACCESS_USERS, NULL, &a) != 0)
				return;
		} else if (store_users_may(t, who, CORE_ACCESS_UPDATE, fm->rec, &a) != 0)
			return;		/* allowed, or a read error the save will meet */
		tui_access_message(&a, msg, sizeof msg);
	}
	fm->readonly = 1;
	snprintf(fm->status, sizeof fm->status, "%s %s", _("Read only:"), msg);
	fm->status_attr = tui_attr_warning();
}

/* 1 if the user may see stored record r (a clerk: his county's only, SPEC
 * §11); else says why and returns 0. */
static int
readable(struct store_txn *t, const struct core_record *r)
{
	const struct store_identity *who = store_users_identity(tui_app.st);
	struct core_access a;
	char msg[400];

	memset(&a, 0, sizeof a);
	a.allowed = 1;
	if (who == NULL || store_users_may(t, who, CORE_ACCESS_READ, r, &a) == 1)
		return 1;
	if (a.allowed == 0 && a.why != CORE_ACCESS_OK)
		tui_message(_("Not allowed"), tui_access_message(&a, msg, sizeof msg));
	return 0;
}

/* A stored record holding a text longer than its field takes now (from an
 * older version, or come by sync): the status line names the fields, which
 * are kept as they are (save) unless changed. */
static void
long_note(struct form *fm)
{
	char names[300];
	size_t len = 0;
	int i;

	names[0] = '\0';
	for (i = 0; i < fm->n; i++) {
		const struct core_value *v = &fm->rec->v[fm->ff[i].fi];
		size_t most = core_text_max(fm->ff[i].f);

		if (most == 0 || !v->set || v->text == NULL || core_text_chars(v->text) <= most)
			continue;
		snprintf(names + len, sizeof names - len, "%s%s",
		    len ? _(", ") : "", _(fm->ff[i].f->label));
		len = strlen(names);
	}
	if (len == 0)
		return;
	snprintf(fm->status, sizeof fm->status,
	    _("Longer than the field takes, kept as stored: %s. A change to it must shorten it."),
	    names);
	fm->status_attr = tui_attr_warning();
}

struct tui_screen *
tui_form_new(enum core_kind k, const char *id, const char *draft)
{
	struct tui_screen *s;
	struct form *fm;
	struct store_txn *t;
	struct store_meta meta;
	size_t i;
	int rc;

	if ((s = calloc(1, sizeof *s)) == NULL || (fm = calloc(1, sizeof *fm)) == NULL) {
		free(s);
		return NULL;
	}
	last_saved.kind = -1;
	fm->kind = k;
	fm->sc = core_schema_get(k);
	fm->stored_status = -1;
	fm->set_sel = -1;
	if (id != NULL && *id) {
		if (store_read_begin(tui_app.st, &t) != 0)
			goto fail;
		rc = store_get(t, k, id, &fm->rec, &meta);
		if (rc == 0 && !readable(t, fm->rec)) {
			store_read_end(t);
			goto fail;
		}
		if (rc == 0) {
			/* a number stored empty by an older version whose
			 * empty value means 0 (a stage's progress): the form
			 * shows and keeps the 0 it is, which is no change */
			for (i = 0; i < fm->sc->nfields; i++)
				if ((fm->sc->fields[i].flags & CORE_FF_ZERO) && !fm->rec->v[i].set)
					core_record_set_num(fm->rec, (int)i, 0);
			fm->rev = meta.rev;
			fm->ver = meta.version;
			fm->base = core_record_dup(fm->rec);
			/* a donor, group or unit keeps it in its active
			 * field: F8 on one marked so offered to deactivate
			 * it again, and wrote nothing */
			fm->deleted = meta.deleted || core_record_inactive(fm->rec);
			check_writable(t, fm);
			if (fm->deleted && !fm->readonly) {
				snprintf(fm->status, sizeof fm->status, "%s", k == CORE_USER ?
				    _("This user is inactive and has no access to the program; F8 makes him active again.") :
				    _("This record is inactive; F8 makes it active again."));
				fm->status_attr = tui_attr_warning();
			}
		}
		store_read_end(t);
		if (rc != 0)
			goto fail;
		loc_utf8_copy(fm->id, sizeof fm->id, id);
		if (k == CORE_NEED && fm->rec->v[CORE_NEED_STATUS].set)
			fm->stored_status = (int)fm->rec->v[CORE_NEED_STATUS].num;
		if (k == CORE_PLEDGE && fm->rec->v[CORE_PLEDGE_STATUS].set)
			fm->stored_status = (int)fm->rec->v[CORE_PLEDGE_STATUS].num;
	} else if ((fm->rec = core_record_new(k)) == NULL)
		goto fail;
	tui_form_draft_name(k, fm->id, fm->draft, sizeof fm->draft);
	for (i = 0; i < fm->sc->nfields; i++) {
		const struct core_field *f = &fm->sc->fields[i];
		struct ffield *x;

		if (f->type == CORE_FT_ID && k != CORE_USER)
			continue;
		if (f->type == CORE_FT_ID && fm->rev != 0)
			continue;	/* a login cannot be renamed */
		if (f->flags & CORE_FF_DERIVED)
			continue;
		x = &fm->ff[fm->n++];
		x->fi = (int)i;
		x->f = f;
		x->box = is_box(f->type);
		x->found = -1;
		tui_edit_init(&x->ed, NULL, tui_data_dir(), tui_draw_layout_flags());
		x->ed.codes = is_code(f->type);
		x->ed.number = f->type == CORE_FT_AMOUNT || f->type == CORE_FT_INT;
		if (x->box)
			box_reset(fm, x);
		if (fm->rev == 0 && x->box && f->type == CORE_FT_DATE && (f->flags & CORE_FF_TODAY))
			box_propose_today(fm, x);
		if (fm->rev == 0 && x->box && f->type == CORE_FT_COUNTY && k != CORE_USER)
			box_propose_county(fm, x);
		/* a number whose empty value is 0 (a stage's progress,
		 * CORE_FF_ZERO): 0, proposed, as a new stage of the need's
		 * screen (F5) starts */
		if (fm->rev == 0 && x->box && (f->flags & CORE_FF_ZERO) && !fm->rec->v[x->fi].set) {
			core_record_set_num(fm->rec, x->fi, 0);
			box_propose_set(fm, x);
		}
		/* a need is first identified (SPEC's workflow): a new one's
		 * status starts there, where the user may set it so */
		if (fm->rev == 0 && k == CORE_NEED && x->fi == CORE_NEED_STATUS &&
		    choice_offered(fm, x, CORE_NEED_IDENTIFIED))
			core_record_set_num(fm->rec, x->fi, CORE_NEED_IDENTIFIED);
	}
	/* what is unsaved is what differs from this (form_changed) */
	if ((fm->orig = core_record_dup(fm->rec)) == NULL)
		tui_fatal(_("out of memory"));
	if (fm->rev != 0 && !fm->readonly && !fm->status[0])
		long_note(fm);
	/* a draft's text (an emptied date too) then goes over the proposal */
	if (draft != NULL) {
		fm->drafted = 1;
		apply_draft(fm, draft);
	}
	if (fm->readonly && fm->deleted)
		snprintf(s->title, sizeof s->title, "%s %s (%s, %s)", _(fm->sc->label), fm->id,
		    _("inactive"), _("read only"));
	else if (fm->readonly)
		snprintf(s->title, sizeof s->title, "%s %s (%s)", _(fm->sc->label), fm->id,
		    _("read only"));
	else if (fm->deleted)
		snprintf(s->title, sizeof s->title, "%s %s (%s)", _(fm->sc->label), fm->id,
		    _("inactive"));
	else if (fm->rev)
		snprintf(s->title, sizeof s->title, "%s %s", _(fm->sc->label), fm->id);
	else
		snprintf(s->title, sizeof s->title, "%s: %s", _(fm->sc->label), _("new"));
	s->fkeys = form_bar(fm);
	s->help = fm->readonly ? form_help_ro : k == CORE_USER ? user_help : form_help;
	if (has_donors_key(fm)) {
		snprintf(fm->help, sizeof fm->help, "%s\n%s", _(s->help), _(group_help));
		s->help = fm->help;
	} else if (k == CORE_RECOGNITION && !fm->readonly) {
		snprintf(fm->help, sizeof fm->help, "%s\n%s", _(s->help), _(honour_help));
		s->help = fm->help;
	}
	s->draw = form_draw;
	s->event = form_event;
	s->dirty = form_dirty;
	s->save = form_save_hook;
	s->destroy = form_destroy;
	s->data = fm;
	return s;
fail:
	core_record_free(fm->rec);
	free(fm);
	free(s);
	return NULL;
}
