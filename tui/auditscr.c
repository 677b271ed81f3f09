/*
 * tui/auditscr.c — the audit log screen (see tui/auditscr.h).
 *
 * The log is read once per (re)load in one read transaction and turned into
 * lines: for each change a heading (date, time, login, what was done, the
 * record) and under it one line per field: label, old value, an arrow
 * pointing the reading way (← in Persian), new value, each in its own
 * column so that the values' own directions cannot reorder the line.  At most MAX_LINES lines are
 * kept, the newest; the view starts at the end.  Values are drawn through
 * tui/draw.c, so control characters and bidi overrides stored in a record
 * show as placeholders and cannot disturb the terminal.
 */
#include "tui/auditscr.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unigbrk.h>

#include "core/access.h"
#include "core/rank.h"
#include "core/record.h"
#include "core/validate.h"
#include "locale/catalog.h"
#include "locale/jalali.h"
#include "locale/strbuf.h"
#include "locale/text.h"
#include "store/store.h"
#include "store/users.h"
#include "tui/form.h"
#include "tui/identity.h"
#include "tui/draw.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/screens.h"

#define MAX_LINES 20000
#define RECENT_DAYS 30

struct aline {
	char *text;		/* heading, or the field's label */
	char *old_text;		/* a field's values (NULL for a heading) */
	char *new_text;
	int head;		/* 1: the heading of a change */
	int bad;		/* 1: an entry that could not be read */
	int wide;		/* 1: a sentence under a heading, across the
				   columns (text only) */
	int cont;		/* 1: the rest of the values of the field
				   line above (no label, no arrow) */
	/* a heading's parts (head_fit): the login at [login, login +
	 * login_len) of text, the time's start (0: none) and the end of
	 * the record's id in it (0: no id, a setting) */
	int login, login_len, time_at, id_end;
};

#define LOST_IDS 5		/* records named of F6's entries lost */

static const char *head_fit(const struct aline *l, int above, int w, char *buf, size_t n);

struct audit_scr {
	char id[CORE_ID_MAX];
	char asked[CORE_ID_MAX];	/* the id as F3 was given it (id may be
					   its other case, as found) */
	int no_rec;		/* 1: no record has ever had that id */
	char user[STORE_LOGIN_MAX];	/* F5: that login's changes only ("": all) */
	int all_time;
	int has_since;		/* F6: the changes from since_day on (0:
				   the period F4 chose) */
	int32_t since_day;
	int64_t since;		/* ... its first second, local time */
	char find[128];		/* F7: the changes whose text holds this
				   ("": all) */
	int loaded;
	unsigned gen;		/* tui_list_generation seen at load */
	struct aline *lines;
	size_t n, cap;
	size_t changes;
	size_t bad;		/* entries that could not be read (STORE_ECORRUPT) */
	size_t top;		/* first line shown */
	int cols;		/* COLS the values were broken for */
	char refused[512];	/* the policy's sentence, if not allowed */
	char err[512];
	char note[512];		/* how many could not be read, and what to do */
	/* the log read short of the entries LMDB counts in it, or a page
	 * of it unreadable (store_audit_broken): the damaged-database
	 * sentence over dmg_rows rows above the changes (audit_draw) */
	int damaged, dmg_rows;
	/* F6's period (no F3 record) read whole but short of entries the
	 * log's numbers say it had (store_audit_lost, as `hamyar audit
	 * --since` says it): how many, and the records named by the id
	 * index, said once above the changes in the damaged sentence's
	 * place */
	size_t lost, lost_unknown;
	char lost_id[LOST_IDS][CORE_ID_MAX];
	int lost_nid, lost_more;
	/* F7: while set, add_entry only writes the change's text here (as
	 * entry_matches joins its lines, each value whole, on one line),
	 * its lines taken off again after (match_first) */
	struct loc_strbuf *flat;
	int flat_nokey;		/* a part of it had no key (not UTF-8) */
};

static const struct tui_fkey audit_keys[] = {
	{ 1, N_("Help"), 0 }, { 3, N_("Record"), 0 }, { 4, N_("Period"), 0 }, { 5, N_("User"), 0 },
	{ 6, N_("From date"), 0 }, { 7, N_("Find"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

/* The bar for a user who may not read the log (the screen says why): F3,
 * F4 and F5 would only ask for a record, a period or a login to refuse
 * again, as the sync conflicts' screen offers such a user F1 and F10. */
static const struct tui_fkey refused_keys[] = {
	{ 1, N_("Help"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

static const char audit_help[] = N_(
    "Every change to the database: when, who, what was done to which record,\n"
    "and for each field its old and new value.\n"
    "F3 shows the changes of one record (an empty id: all records).\n"
    "F4 switches between the last 30 days and all time.\n"
    "F5 shows the changes one user made (an empty login: every user).\n"
    "F6 shows the changes from a day on (a Jalali date, 1405/09/01;\n"
    "empty: the period F4 chose again).\n"
    "F7 keeps the changes whose text holds the words typed: a name, a\n"
    "value, a login (empty: every change).\n"
    "Arrows, PgUp/PgDn, Home/End scroll.  F10 goes back.");

/* F1 for a user who may not read the log: what his bar offers, not F3,
 * F4 and F5, which are not there. */
static const char refused_help[] = N_(
    "The audit log keeps every change to the database: when, who, what was\n"
    "done to which record.  Your role may not read it: the screen says who\n"
    "may.  F10 goes back.");

static void
lines_free(struct audit_scr *a)
{
	size_t i;

	for (i = 0; i < a->n; i++) {
		free(a->lines[i].text);
		free(a->lines[i].old_text);
		free(a->lines[i].new_text);
	}
	free(a->lines);
	a->lines = NULL;
	a->n = a->cap = 0;
}

/*
 * Drops the oldest changes, whole (a change: its heading's line and the
 * lines under it), until at most max lines are left, but never the last
 * change (the one being added).  Dropping the oldest change each time a
 * line found the lines full moved all 20,000 of them for every change
 * read: on a log of 130,000 changes in the screen's 30 days (an import),
 * a third of the 15 s the screen took to open.
 */
static void
trim_lines(struct audit_scr *a, size_t max)
{
	size_t cut = 0, last = a->n, i;

	while (last > 0 && !a->lines[last - 1].head)
		last--;
	if (last > 0)
		last--;		/* the last change's heading */
	while (a->n - cut > max && cut < last)
		for (cut++; cut < last && !a->lines[cut].head; cut++)
			;
	if (cut == 0)
		return;
	for (i = 0; i < cut; i++) {
		free(a->lines[i].text);
		free(a->lines[i].old_text);
		free(a->lines[i].new_text);
	}
	memmove(a->lines, a->lines + cut, (a->n - cut) * sizeof *a->lines);
	a->n -= cut;
}

/* Appends copies of text (and of a field's old and new values, or NULLs
 * for a heading).  The oldest changes are dropped (trim_lines) when the
 * lines reach twice MAX_LINES, and at the end of load to MAX_LINES: the
 * same newest changes are kept as if each were dropped as soon as the
 * lines were full, with a move of the lines per MAX_LINES added. */
static int
add_line(struct audit_scr *a, const char *text, const char *old_text, const char *new_text)
{
	struct aline *l;
	struct aline *nl;

	if (a->flat != NULL) {	/* the text's keys alone, no copies (match_first) */
		const char *part[3] = { text, old_text, new_text };
		int i;

		for (i = 0; i < 3; i++) {
			char *k = part[i] != NULL ? loc_text_key(part[i]) : NULL;

			if (part[i] != NULL && k == NULL)
				a->flat_nokey = 1;
			if (k != NULL) {
				loc_strbuf_str(a->flat, " ");
				loc_strbuf_str(a->flat, k);
				free(k);
			}
		}
	} else if (a->n >= 2 * MAX_LINES)
		trim_lines(a, MAX_LINES - 1);
	if (a->n == a->cap) {
		size_t nc = a->cap ? a->cap * 2 : 256;

		if ((nl = realloc(a->lines, nc * sizeof *nl)) == NULL)
			return -1;
		a->lines = nl;
		a->cap = nc;
	}
	l = &a->lines[a->n];
	memset(l, 0, sizeof *l);
	l->head = old_text == NULL;
	if (a->flat != NULL) {
		a->n++;		/* (for its flags to be set; no text) */
		return 0;
	}
	if ((l->text = strdup(text)) == NULL ||
	    (old_text != NULL && (l->old_text = strdup(old_text)) == NULL) ||
	    (new_text != NULL && (l->new_text = strdup(new_text)) == NULL)) {
		free(l->text);
		free(l->old_text);
		return -1;
	}
	a->n++;
	return 0;
}

/* What was done to what, as a sentence of the heading: object is the
 * record ("Unit MRD-1") or the setting ("ranking weights").  One text per
 * action, so that each language puts the verb where it goes: after its
 * object in Persian («واحد MRD-1 را تغییر داد»), not before it («تغییر
 * داد  واحد MRD-1», as the heading said before). */
void
tui_audit_action_sentence(enum store_action act, const char *object, char *buf, size_t n)
{
	const char *fmt;

	switch (act) {
	case STORE_ACT_CREATE:		fmt = _("added %s"); break;
	case STORE_ACT_UPDATE:		fmt = _("changed %s"); break;
	case STORE_ACT_DEACTIVATE:	fmt = _("deactivated %s"); break;
	case STORE_ACT_SYNC:		fmt = _("%s received by sync"); break;
	case STORE_ACT_SETTING:		fmt = _("changed the setting %s"); break;
	case STORE_ACT_RESOLVE:		fmt = _("resolved the conflict on %s"); break;
	case STORE_ACT_RESTORE:		fmt = _("made %s active again"); break;
	case STORE_ACT_DB_RESTORE:
		/* no object: the whole database */
		snprintf(buf, n, "%s", _("restored the database from a backup"));
		return;
	default:			fmt = "? %s"; break;
	}
	snprintf(buf, n, fmt, object);
}

const char *
tui_audit_restore_label(const char *name)
{
	if (strcmp(name, "from") == 0)
		return _("from the backup");
	if (strcmp(name, "station") == 0)
		return _("the backup's station");
	if (strcmp(name, "aside") == 0)
		return _("the database there before, kept as");
	return name;
}

const char *
tui_audit_unit_reason(const char *name)
{
	if (strcmp(name, "unit_moved") == 0)
		return _("reason: its unit %s was moved to another county, and the need with it");
	if (strcmp(name, "unit_arrived") == 0)
		return _("reason: its unit %s came after it by sync, and the need takes the unit's county");
	return NULL;
}

const char *
tui_audit_note_label(const char *name)
{
	static const struct { const char *name, *label; } names[] = {
		{ "decision", N_("decision") }, { "peer", N_("the other version's station") },
		{ "kept", N_("record kept") }, { "retired", N_("record retired") },
		/* a merge whose result is one side's version whole */
		{ "result", N_("the result of the merge") },
		/* a merge: the fields each side gave (tui_audit_note_fields) */
		{ "from_mine", N_("fields from here") },
		{ "from_theirs", N_("fields from the other") },
		/* tui/bundle.c: a record made here that met another under
		 * its number, made again under a new one */
		{ "renumbered", N_("the record made here, under a new number") },
		/* store/sync.c: an incoming record met another here under
		 * its number (a sync entry, tui_audit_apart) */
		{ "apart", N_("another record under this number") },
		{ "in_use", N_("version in use") },
	};
	size_t i;

	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (strcmp(name, names[i].name) == 0)
			return _(names[i].label);
	return NULL;
}

const char *
tui_audit_note_value(const char *name, const char *value)
{
	static const struct { const char *state, *label; } states[] = {
		{ "open", N_("waiting for a decision") },
		{ "mine", N_("this database's version kept") },
		{ "theirs", N_("the other version kept") },
		{ "merged", N_("merged field by field") },
	};
	static const struct { const char *state, *label; } results[] = {
		{ "mine", N_("the same as this database's version") },
		{ "theirs", N_("the same as the other version") },
	};
	static char made[256];
	size_t i;

	if (strcmp(name, "apart") == 0 && value[0] != '\0') {
		snprintf(made, sizeof made,
		    _("made at %s; the two wait in the conflicts for a decision"),
		    value);
		return made;
	}
	if (strcmp(name, "in_use") == 0 && strcmp(value, "mine") == 0)
		return _("this database's");
	if (strcmp(name, "in_use") == 0 && strcmp(value, "theirs") == 0)
		return _("the incoming one");
	if (strcmp(name, "decision") == 0)
		for (i = 0; i < sizeof states / sizeof states[0]; i++)
			if (strcmp(value, states[i].state) == 0)
				return _(states[i].label);
	if (strcmp(name, "result") == 0)
		for (i = 0; i < sizeof results / sizeof results[0]; i++)
			if (strcmp(value, results[i].state) == 0)
				return _(results[i].label);
	return value;
}

int
tui_audit_apart(const struct store_audit *e)
{
	return e->action == STORE_ACT_SYNC && e->kind < CORE_NKINDS && e->nfields > 0 &&
	    strcmp(e->fields[0].name, "apart") == 0;
}

const char *
tui_audit_origin(const char *text, unsigned when, char *buf, size_t n)
{
	char station[CORE_STATION_MAX + 1], at[64], *end;
	const char *sp = strchr(text, ' ');
	unsigned long long sec;

	if (sp == NULL || sp == text || (size_t)(sp - text) > CORE_STATION_MAX ||
	    sp[1] < '0' || sp[1] > '9' || (sec = strtoull(sp + 1, &end, 10), *end != '\0')) {
		snprintf(buf, n, "%s", text);
		return buf;
	}
	memcpy(station, text, (size_t)(sp - text));
	station[sp - text] = '\0';
	snprintf(buf, n, _("station %s, %s"), station,
	    tui_fmt_when((int64_t)sec, when, at, sizeof at));
	return buf;
}

/* Whether line name of entry e is one of its notes (tui_audit_note_label),
 * not a record field. */
static int
is_note(const struct store_audit *e, const char *name)
{
	return (e->action == STORE_ACT_RESOLVE || tui_audit_apart(e)) &&
	    tui_audit_note_label(name) != NULL;
}

char *
tui_audit_note_fields(enum core_kind k, const char *name, const char *value)
{
	const struct core_schema *s = core_schema_get(k);
	struct loc_strbuf b = { 0 };
	char *copy, *tok, *save, *p;
	int f;

	if (s == NULL || (strcmp(name, "from_mine") != 0 && strcmp(name, "from_theirs") != 0))
		return NULL;
	if (value[0] == '\0')
		return strdup(_("(none)"));
	if ((copy = strdup(value)) == NULL)
		return NULL;
	for (p = copy; (tok = strtok_r(p, " ", &save)) != NULL; p = NULL) {
		if (b.len > 0)
			loc_strbuf_str(&b, _(", "));
		f = core_field_find(s, tok);
		loc_strbuf_str(&b, f > 0 ? _(s->fields[f].label) : tok);
	}
	free(copy);
	if (b.failed || b.p == NULL) {
		free(b.p);
		return NULL;
	}
	return b.p;
}

/*
 * A setting the audit log records (store_setting_set: the ranking's
 * weights and comparisons, a station's trusted key, its own) by what people call
 * it; a setting this program does not know by its stored name.  buf holds
 * the station's name for a key.
 */
const char *
tui_setting_label(const char *name, char *buf, size_t n)
{
	if (strcmp(name, "rank.weights") == 0)
		return _("ranking weights");
	if (strcmp(name, "rank.matrix") == 0)
		return _("ranking comparisons (AHP)");
	if (strcmp(name, "station.name") == 0)
		return _("station name");
	if (strcmp(name, "sync.key.public") == 0)
		return _("this station's sync key");
	if (strncmp(name, "sync.trust.", 11) == 0 && name[11] != '\0') {
		snprintf(buf, n, _("key of station %s"), name + 11);
		return buf;
	}
	return name;
}

char *
tui_setting_numbers(const char *name, const char *text, int exact)
{
	int matrix = strcmp(name, "rank.matrix") == 0;
	size_t cap = strlen(text) * 2 + 16, len = 0;
	char *out, *end, num[64];
	const char *p = text;

	if (!matrix && strcmp(name, "rank.weights") != 0)
		return NULL;
	if ((out = malloc(cap)) == NULL)
		return NULL;
	out[0] = '\0';
	for (;;) {
		double v;

		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		v = strtod(p, &end);
		if (end == p || !(v > 0 || v == 0) || v > 1e9 || (*end != ' ' && *end != '\0')) {
			free(out);
			return NULL;
		}
		p = end;
		if (exact)
			tui_fmt_shortest(v, num, sizeof num);
		else if (matrix && v > 0 && v < 1)
			snprintf(num, sizeof num, "1/%.0f", 1 / v);
		else if (matrix)
			snprintf(num, sizeof num, "%.0f", v);
		else
			tui_fmt_fixed(v, 4, num, sizeof num);
		if (!exact)
			tui_fmt_digits(num, sizeof num);
		if (len + strlen(num) + 2 > cap) {
			free(out);
			return NULL;
		}
		len += (size_t)snprintf(out + len, cap - len, "%s%s", len ? " " : "", num);
	}
	return out;
}

static const char *
field_label(const struct store_audit *e, const char *name)
{
	const struct core_schema *s = core_schema_get(e->kind);
	int f;

	if (e->kind >= CORE_NKINDS) {
		static char buf[120];

		if (strcmp(name, "from") == 0)	/* taken from a bundle */
			return _("from station");
		return tui_setting_label(name, buf, sizeof buf);
	}
	if (s != NULL && strcmp(name, "active") == 0 && core_field_find(s, name) < 0)
		return _("Active");	/* a retirement received by sync (store_apply) */
	if (s == NULL || (f = core_field_find(s, name)) < 0) {
		const char *l = is_note(e, name) ? tui_audit_note_label(name) : NULL;

		return l != NULL ? l : name;
	}
	return _(s->fields[f].label);
}

/*
 * A field's stored value (core_value_format's text: choice names, "1"/"0",
 * ASCII digits, county codes) as the record's form shows it: a choice by
 * its label, a flag as yes/no, a county by its name, numbers and dates in
 * the user's digits, amounts grouped.  Free text (an address, a name) is
 * the text stored, not parsed again, with its digits the user's as a form
 * and the conflict screen show them («پلاک ۱۲», not «پلاک 12» beside
 * Persian dates); ids are shown exactly as stored, as is a value this
 * program cannot read back (a setting, a field or choice it does not
 * know).
 * Returns a new string (caller frees), or NULL on allocation failure.
 */
static char *
value_display(const struct store_audit *e, const char *name, const char *text)
{
	const struct core_schema *s = core_schema_get(e->kind);
	struct core_record *r;
	char *out = NULL;
	int f;

	if (text[0] == '\0')	/* (the station weights came from had no before; a
				   note of two records under one number none) */
		return strdup((e->kind >= CORE_NKINDS && strcmp(name, "from") == 0) ||
		    (tui_audit_apart(e) && is_note(e, name)) ? "" : _("(empty)"));
	if (e->action == STORE_ACT_RESOLVE && (out = tui_audit_note_fields(e->kind, name, text)) != NULL)
		return out;
	if (is_note(e, name))
		return strdup(tui_audit_note_value(name, text));
	if (e->kind < CORE_NKINDS && s != NULL && strcmp(name, "active") == 0 &&
	    core_field_find(s, name) < 0 && (strcmp(text, "1") == 0 || strcmp(text, "0") == 0))
		/* a kind whose deactivation is no field, retired or made
		 * active again at another station (store_apply) */
		return strdup(text[0] == '1' ? _("Yes") : _("No"));
	if (e->kind >= CORE_NKINDS && (out = tui_setting_numbers(name, text, 0)) != NULL)
		return out;
	if (e->kind >= CORE_NKINDS || s == NULL || (f = core_field_find(s, name)) < 0 ||
	    (r = core_record_new(e->kind)) == NULL)
		return strdup(text);
	core_record_unset(r, f);	/* a flag starts set: parse it from nothing */
	switch (s->fields[f].type) {
	case CORE_FT_ID: case CORE_FT_REF: case CORE_FT_REFS:
		break;			/* ids, exactly */
	case CORE_FT_TEXT:		/* as stored, its digits the user's */
	case CORE_FT_COUNTY: case CORE_FT_NID: case CORE_FT_LEGAL:
	case CORE_FT_MOBILE: case CORE_FT_PHONE:
		core_record_set_text(r, f, text);
		break;
	default:
		core_field_parse(r, f, text, NULL);
		break;
	}
	if (r->v[f].set)
		out = tui_value_display(r, f);
	core_record_free(r);
	return out != NULL && out[0] != '\0' ? out : (free(out), strdup(text));
}

/* A list of records (a ceremony's donors) as one side of a change: the ids
 * the other side lacks first, each marked (+ added, - taken out), then the
 * others in their order (a mark adds at most 4 bytes to an id of at least
 * one: 5 times the list's length is room enough).  Shown as stored, both sides were cut at the
 * column's width alike and the change itself could not be seen.  Returns a
 * new string (caller frees), or NULL on allocation failure. */
static char *
refs_marked(const char *mine, const char *theirs, char mark)
{
	size_t cap = 5 * strlen(mine) + 1, len = 0;
	char *out = malloc(cap);
	int pass;

	if (out == NULL)
		return NULL;
	for (pass = 0; pass < 2; pass++) {
		const char *p = mine;

		while (*p != '\0') {
			size_t n;
			int other;

			while (*p == ' ')
				p++;
			if ((n = strcspn(p, " ")) == 0)
				break;
			other = !core_list_has(theirs, p, n);
			if (other == (pass == 0)) {
				if (len > 0)
					out[len++] = ' ';
				if (other) {
					/* an LRM first: the mark stays by its
					 * id in a right-to-left column */
					memcpy(out + len, "\xe2\x80\x8e", 3);
					len += 3;
					out[len++] = mark;
				}
				memcpy(out + len, p, n);
				len += n;
			}
			p += n;
		}
	}
	out[len] = '\0';
	return out;
}

/* Reads up to max numbers of a stored weights or matrix text into v;
 * returns how many, or -1 if anything else is there. */
static int
read_numbers(const char *p, double *v, int max)
{
	int k = 0;
	char *end;

	for (;;) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			return k;
		if (k == max)
			return -1;
		v[k] = strtod(p, &end);
		if (end == p || !(v[k] > 0 || v[k] == 0) || v[k] > 1e9)
			return -1;
		k++;
		p = end;
	}
}

/* A judgement of the matrix as the weights editor shows it: 3, 1/3. */
static const char *
judgement_text(double v, char *buf, size_t n)
{
	if (v > 0 && v < 1)
		snprintf(buf, n, "1/%.0f", 1 / v);
	else
		snprintf(buf, n, "%.0f", v);
	return tui_fmt_digits(buf, n);
}

/* Under a change of the ranking's comparisons or weights: a line for each
 * judgement (upper triangle, the one the editor edits) or weight that
 * changed, by criterion.  The whole value, 36 judgements or 6 weights in a
 * row, is cut at 80 columns after about ten, so a change to waiting /
 * interest was not to be seen at all, and a supervisor could not tell
 * which comparison anyone had changed.  The screen and hamyar audit both
 * list them so (auditscr.h). */
int
tui_rank_changes(const char *name, const char *old_text, const char *new_text,
    int (*fn)(void *arg, const char *label, const char *old_text, const char *new_text),
    void *arg)
{
	double o[CORE_NCRIT * CORE_NCRIT], nw[CORE_NCRIT * CORE_NCRIT];
	char label[160], ob[32], nb[32];
	int matrix = strcmp(name, "rank.matrix") == 0, want, i, j;

	if (!matrix && strcmp(name, "rank.weights") != 0)
		return 0;
	want = matrix ? CORE_NCRIT * CORE_NCRIT : CORE_NCRIT;
	if (read_numbers(old_text, o, want) != want || read_numbers(new_text, nw, want) != want)
		return 0;
	for (i = 0; i < CORE_NCRIT; i++) {
		if (!matrix) {
			/* as the weights editor shows them: four places */
			tui_fmt_fixed(o[i], 4, ob, sizeof ob);
			tui_fmt_fixed(nw[i], 4, nb, sizeof nb);
			tui_fmt_digits(ob, sizeof ob);
			tui_fmt_digits(nb, sizeof nb);
			if (strcmp(ob, nb) != 0 &&
			    fn(arg, _(core_crit_labels[i]), ob, nb) != 0)
				return -1;
			continue;
		}
		for (j = i + 1; j < CORE_NCRIT; j++) {
			judgement_text(o[i * CORE_NCRIT + j], ob, sizeof ob);
			judgement_text(nw[i * CORE_NCRIT + j], nb, sizeof nb);
			if (strcmp(ob, nb) == 0)
				continue;
			snprintf(label, sizeof label, "%s/%s", _(core_crit_labels[i]),
			    _(core_crit_labels[j]));
			if (fn(arg, label, ob, nb) != 0)
				return -1;
		}
	}
	return 0;
}

int
tui_audit_id_known(struct store_txn *t, const char *id, const char *upper, int *no_rec)
{
	const char *ids[2] = { id, upper };
	struct store_iter *it = NULL;
	struct store_audit a;
	char label[120];
	int i, k, rc;

	*no_rec = 0;
	if (tui_setting_label(id, label, sizeof label) != id)
		return 0;
	for (i = 0; i < 2; i++) {
		if (ids[i][0] == '\0')
			continue;
		for (k = 0; k < CORE_NKINDS; k++)
			if ((rc = store_exists(t, (enum core_kind)k, ids[i], NULL)) != STORE_ENOTFOUND)
				return rc;
		if ((rc = store_audit_iter(t, ids[i], 0, &it)) != 0)
			return rc;
		memset(&a, 0, sizeof a);
		rc = store_audit_next(it, &a);
		store_audit_done(&a);
		store_iter_free(it);
		it = NULL;
		if (rc != STORE_ENOTFOUND)
			return rc == STORE_ECORRUPT ? 0 : rc;
	}
	*no_rec = 1;
	return 0;
}

/* The fewest cells a value's column has beside the label's: fewer (below
 * 55 columns), and the label goes on a row of its own above its values. */
#define VALUE_MIN 12

/* The widths of the old and the new value's columns of a field line on a
 * screen of cols columns, as audit_draw lays it out over cols - 2: a
 * margin of 2, the label's 21 (20 and its colon), the old value, the arrow's 2, the new
 * value, one column between each.  Returns the label's column, 21, or 0
 * on a narrow screen, where a margin of 4 stands in its place and the
 * label has the row above: at 40 columns the values had 4 and 5 cells,
 * «(خالی)» and an amount broken inside («(خال» over «ی)», «۵۰٬۰۰» over
 * «۰٬۰۰۰»). */
static int
value_widths(int cols, int *ow, int *nw)
{
	if ((cols - 31) / 2 < VALUE_MIN) {
		*ow = (cols - 11) / 2;
		*nw = cols - 11 - *ow;
		return 0;
	}
	*ow = (cols - 31) / 2;
	*nw = cols - 31 - *ow;
	return 21;
}

/* The display width of s's first n bytes. */
static int
prefix_width(const char *s, size_t n)
{
	char *p = strndup(s, n);
	int w = p != NULL ? tui_text_width(p) : 0;

	free(p);
	return w;
}

/* How many bytes of s make its first row in w columns: s whole when it
 * fits; else whole words while they fit (broken where tui_wrap_at lets a
 * row end); else, a first word too wide for the row (a station's key, 64
 * hex digits), as many whole graphemes as fit, one at least.  The next row
 * starts after the spaces that follow. */
static size_t
row_len(const char *s, int w)
{
	const uint8_t *b = (const uint8_t *)s, *end = b + strlen(s), *p, *q;
	const char *sp;
	size_t best = 0;

	/* (no wider than its bytes, a character a cell at most, but for
	 * the wide ones of three bytes or more: most values need no layout) */
	if (strlen(s) <= (size_t)w || tui_text_width(s) <= w)
		return strlen(s);
	for (sp = strchr(s, ' '); sp != NULL; sp = strchr(sp + 1, ' ')) {
		if (prefix_width(s, (size_t)(sp - s)) > w)
			break;
		if (sp > s && tui_wrap_at(sp))
			best = (size_t)(sp - s);
	}
	if (best > 0)
		return best;
	for (p = b; (q = u8_grapheme_next(p, end)) != NULL &&
	    prefix_width(s, (size_t)(q - b)) <= w; p = q)
		;
	if (p == b && (q = u8_grapheme_next(b, end)) != NULL)
		p = q;
	return (size_t)(p - b);
}

/* A field's line: its label and the old and new values (as shown).  A
 * value wider than its column goes on over the rows under it, broken
 * between words, so the whole of it is read on the screen as `hamyar
 * audit` writes it: before, an address, a note or a station's key was cut
 * at about 25 columns and the rest could not be seen anywhere on the
 * screen.  With whole 0 (the ranking's weights, whose changes have lines
 * of their own) each value takes one row, cut. */
static int add_wide_row(struct audit_scr *a, const char *text, size_t len, int first);

static int
add_field(struct audit_scr *a, const char *label, const char *o, const char *n, int whole)
{
	int ow, nw, first = 1;

	if (value_widths(a->cols, &ow, &nw) == 0) {
		/* narrow: the label on its own row, with its colon */
		char lab[300];

		snprintf(lab, sizeof lab, "%s:", label);
		if (add_wide_row(a, lab, strlen(lab), 1) != 0)
			return -1;
		label = "";
	}
	/* (F7's text: each value whole; its rows' words are in it) */
	if (!whole || ow < 4 || nw < 4 || a->flat != NULL)
		return add_line(a, label, o, n);
	while (first || *o != '\0' || *n != '\0') {
		size_t lo = row_len(o, ow), ln = row_len(n, nw);
		char *po = strndup(o, lo), *pn = strndup(n, ln);
		int rc = po == NULL || pn == NULL || add_line(a, first ? label : "", po, pn) != 0;

		free(po);
		free(pn);
		if (rc)
			return -1;
		a->lines[a->n - 1].cont = !first;
		first = 0;
		for (o += lo; *o == ' '; o++)
			;
		for (n += ln; *n == ' '; n++)
			;
	}
	return 0;
}

/* Adds one row of a sentence under a heading: text's first len bytes. */
static int
add_wide_row(struct audit_scr *a, const char *text, size_t len, int first)
{
	char row[1024];

	if (len >= sizeof row)
		len = sizeof row - 1;
	memcpy(row, text, len);
	row[len] = '\0';
	if (add_line(a, row, NULL, NULL) != 0)
		return -1;
	a->lines[a->n - 1].head = 0;
	a->lines[a->n - 1].wide = 1;
	a->lines[a->n - 1].cont = !first;
	return 0;
}

/* A sentence under a heading (a wide line), broken over as many rows as
 * it needs at the screen's width (the lines are laid out again when it
 * changes): a merge's fields of one side, a dozen labels, were cut at
 * the row's end («…توان مشارک…»).  With sep, the sentence is a list: its
 * heading up to its first ": ", then entries separated by sep (a merge's
 * field labels, «، »), and a row is broken only between whole entries,
 * an entry wider than a row alone between its own words; before, a row
 * could end inside an entry, a label parted from its unit («توان
 * مشارکت» / «(تومان)») or a heading from its colon's words. */
static int
add_sentence(struct audit_scr *a, const char *text, const char *sep)
{
	size_t len, next, at[64], n = 0, k;
	int first = 1, w = COLS - 4 > 10 ? COLS - 4 : 10;
	const char *p, *q;

	if (a->flat != NULL)	/* F7's text: the sentence whole */
		return add_wide_row(a, text, strlen(text), 1);
	if (sep != NULL && sep[0] != '\0') {
		/* where each entry ends (its separator's end: the next one
		 * starts there), the heading's first */
		if ((q = strstr(text, ": ")) != NULL)
			at[n++] = (size_t)(q - text) + 2;
		for (p = n > 0 ? text + at[0] : text; n < 63 && (q = strstr(p, sep)) != NULL;
		    p = q + strlen(sep))
			at[n++] = (size_t)(q - text) + strlen(sep);
		at[n++] = strlen(text);
		for (k = 0; k < n; first = 0) {
			/* as many whole entries as fit, from entry k on (the
			 * blanks ending the last one left out) */
			size_t start = k > 0 ? at[k - 1] : 0, end = start, j;

			for (j = k; j < n; j++) {
				size_t e = at[j];

				while (e > start && text[e - 1] == ' ')
					e--;
				if (prefix_width(text + start, e - start) > w)
					break;
				end = e;
			}
			if (j > k) {
				if (add_wide_row(a, text + start, end - start, first) != 0)
					return -1;
				k = j;
				continue;
			}
			/* entry k alone is wider than a row: its words */
			{
				size_t e = at[k];
				char *one;

				while (e > start && text[e - 1] == ' ')
					e--;
				if ((one = strndup(text + start, e - start)) == NULL)
					return -1;
				next = 1;
				for (p = one; *p != '\0' && next > 0; p += next, first = 0) {
					len = tui_wrap_next(p, w, &next);
					if (add_wide_row(a, p, len, first) != 0) {
						free(one);
						return -1;
					}
				}
				free(one);
				k++;
			}
		}
		return 0;
	}
	do {
		len = tui_wrap_next(text, w, &next);
		if (add_wide_row(a, text, len, first) != 0)
			return -1;
		first = 0;
		text += next;
	} while (*text != '\0' && next > 0);
	return 0;
}

static int
rank_line(void *arg, const char *label, const char *old_text, const char *new_text)
{
	return add_field(arg, label, old_text, new_text, 0);
}

static int
add_entry(struct audit_scr *a, const struct store_audit *e)
{
	const struct core_schema *s = core_schema_get(e->kind);
	char when[64], line[1024], setting[120], object[300], what[600];
	size_t i;

	if (e->kind >= CORE_NKINDS || s == NULL)
		snprintf(object, sizeof object, "%s", e->kind >= CORE_NKINDS ?
		    tui_setting_label(e->id, setting, sizeof setting) : e->id);
	else
		snprintf(object, sizeof object, "%s %s", _(s->label), e->id);
	tui_audit_action_sentence(e->action, object, what, sizeof what);
	snprintf(line, sizeof line, "%s  %s  %s", tui_fmt_when(e->time, 0, when, sizeof when),
	    e->user, what);
	if (add_line(a, line, NULL, NULL) != 0)
		return -1;
	{	/* its parts, for head_fit */
		struct aline *h = &a->lines[a->n - 1];
		const char *sp = strchr(when, ' '), *id;

		h->time_at = sp != NULL ? (int)(sp - when) : 0;
		h->login = (int)strlen(when) + 2;
		h->login_len = (int)strlen(e->user);
		if (e->kind < CORE_NKINDS && s != NULL && e->id[0] != '\0' &&
		    (id = strstr(what, e->id)) != NULL)
			h->id_end = h->login + h->login_len + 2 + (int)(id - what) + (int)strlen(e->id);
	}
	for (i = 0; i < e->nfields; i++) {
		const struct store_audit_field *f = &e->fields[i];
		int fi = s != NULL ? core_field_find(s, f->name) : -1;
		const char *why;
		char *o, *n;
		int rc;

		if (e->action == STORE_ACT_DB_RESTORE) {
			/* the backup, its station, the file kept aside: a
			 * path is too long for a value's column */
			const char *v = f->new_text, *slash = strrchr(v, '/');

			/* the old file by its name: its folder is the
			 * database's, and a long path cut its dated end */
			if (strcmp(f->name, "aside") == 0 && slash != NULL)
				v = slash + 1;
			snprintf(line, sizeof line, "%s: %s", tui_audit_restore_label(f->name), v);
			if (add_line(a, line, NULL, NULL) != 0)
				return -1;
			a->lines[a->n - 1].head = 0;
			a->lines[a->n - 1].wide = 1;
			continue;
		}
		if (e->action == STORE_ACT_SYNC && e->kind < CORE_NKINDS &&
		    strcmp(f->name, "origin") == 0) {
			/* where and when the version was made: the heading's
			 * login and time are the import's */
			char made[160];

			snprintf(line, sizeof line, "%s: %s", _("made at"),
			    tui_audit_origin(f->new_text, 0, made, sizeof made));
			if (add_line(a, line, NULL, NULL) != 0)
				return -1;
			a->lines[a->n - 1].head = 0;
			a->lines[a->n - 1].wide = 1;
			continue;
		}
		if (fi < 0 && (why = tui_audit_unit_reason(f->name)) != NULL) {
			/* a need's county that followed its unit's: why */
			snprintf(line, sizeof line, why, f->new_text);
			if (add_line(a, line, NULL, NULL) != 0)
				return -1;
			a->lines[a->n - 1].head = 0;
			a->lines[a->n - 1].wide = 1;
			continue;
		}
		if (e->action == STORE_ACT_RESOLVE && fi < 0 &&
		    tui_audit_note_label(f->name) != NULL) {
			/* a conflict decision's note (its decision, the other
			 * version's station, the fields each side gave): a
			 * sentence, as `hamyar audit` says it.  Before, a field's
			 * change from an empty value the entry never had,
			 * «ایستگاه نسخهٔ دیگر: (خالی) ← TBZ». */
			char *fields = tui_audit_note_fields(e->kind, f->name, f->new_text);

			snprintf(line, sizeof line, "%s: %s", tui_audit_note_label(f->name),
			    fields != NULL ? fields : tui_audit_note_value(f->name, f->new_text));
			/* the fields' labels broken between labels only */
			rc = add_sentence(a, line, fields != NULL ? _(", ") : NULL);
			free(fields);
			if (rc != 0)
				return -1;
			continue;
		}
		if (tui_audit_apart(e) && strcmp(f->name, "apart") == 0) {
			/* another record under this number: a sentence, too
			 * long for a value's column */
			snprintf(line, sizeof line, "%s: %s", tui_audit_note_label(f->name),
			    tui_audit_note_value(f->name, f->new_text));
			if (add_line(a, line, NULL, NULL) != 0)
				return -1;
			a->lines[a->n - 1].head = 0;
			a->lines[a->n - 1].wide = 1;
			continue;
		}
		if (fi >= 0 && s->fields[fi].type == CORE_FT_REFS &&
		    f->old_text[0] != '\0' && f->new_text[0] != '\0') {
			o = refs_marked(f->old_text, f->new_text, '-');
			n = refs_marked(f->new_text, f->old_text, '+');
		} else {
			o = value_display(e, f->name, f->old_text);
			n = value_display(e, f->name, f->new_text);
		}
		rc = o == NULL || n == NULL ||
		    add_field(a, field_label(e, f->name), o, n,
		    !(e->kind >= CORE_NKINDS && (strcmp(f->name, "rank.weights") == 0 ||
		    strcmp(f->name, "rank.matrix") == 0))) != 0 ||
		    (e->kind >= CORE_NKINDS &&
		    tui_rank_changes(e->id, f->old_text, f->new_text, rank_line, a) != 0);

		free(o);
		free(n);
		if (rc)
			return -1;
	}
	a->changes++;
	return 0;
}

/* A line in place of an entry that could not be read (store_audit_next's
 * STORE_ECORRUPT: e->seq and e->time, when its key could be read). */
static int
bad_entry(struct audit_scr *a, const struct store_audit *e)
{
	char line[512], when[64], num[32];

	snprintf(num, sizeof num, "%llu", (unsigned long long)e->seq);
	tui_fmt_digits(num, sizeof num);
	/* shorter than `hamyar audit`'s: one line of 80 columns */
	snprintf(line, sizeof line, _("Audit log entry %s (%s) cannot be read."),
	    e->seq != 0 ? num : "?", e->seq != 0 ? tui_fmt_when(e->time, 0, when, sizeof when) : "?");
	if (add_line(a, line, NULL, NULL) != 0)
		return -1;
	a->lines[a->n - 1].bad = 1;
	a->bad++;
	return 0;
}

/* The first line of the change add_entry added last: its heading (a
 * heading line that is no sentence under one, and no unreadable entry). */
static size_t
last_entry(const struct audit_scr *a)
{
	size_t i = a->n;

	while (i > 0 && !(a->lines[i - 1].head && !a->lines[i - 1].wide && !a->lines[i - 1].bad))
		i--;
	return i > 0 ? i - 1 : 0;
}

/* Whether the change added last holds F7's words: its heading, labels and
 * values as the screen shows them, compared by their search keys
 * (loc_text_key: any digits, Arabic yeh and kaf, a ZWNJ or a space left
 * out alike), each word typed on its own, in any order, as a list's
 * search takes them ("نژاد مریم" finds «مریم کاظمی‌نژاد»; before, the
 * words had to be found together, as typed).  1, 0, or -1 for want of
 * memory. */
/* 1 if each word (a run of non-spaces) of fkey, F7's words' search key,
 * is in the key hay; else 0. */
static int
key_words_in(const char *fkey, const char *hay)
{
	size_t hl = strlen(hay), wl;
	const char *p;

	for (p = fkey; *p != '\0'; p += wl) {
		p += strspn(p, " ");
		if ((wl = strcspn(p, " ")) > 0 && memmem(hay, hl, p, wl) == NULL)
			return 0;
	}
	return 1;
}

static int
entry_matches(const struct audit_scr *a, const char *fkey)
{
	struct loc_strbuf b = { 0 };
	char *hay;
	size_t i;
	int m;

	for (i = last_entry(a); i < a->n; i++) {
		const struct aline *l = &a->lines[i];

		/* a value broken over rows (cont) joins its row above */
		loc_strbuf_str(&b, l->cont ? " " : "\n");
		loc_strbuf_str(&b, l->text);
		if (l->old_text != NULL) {
			loc_strbuf_str(&b, "\t");
			loc_strbuf_str(&b, l->old_text);
		}
		if (l->new_text != NULL) {
			loc_strbuf_str(&b, "\t");
			loc_strbuf_str(&b, l->new_text);
		}
	}
	if (b.failed) {
		free(b.p);
		return -1;
	}
	hay = loc_text_key(b.p != NULL ? b.p : "");
	free(b.p);
	/* (a text no key is made of, not valid UTF-8, matches nothing) */
	m = hay != NULL && key_words_in(fkey, hay);
	free(hay);
	return m;
}

/*
 * Whether change e can hold F7's words, told before it is laid out: 0 if
 * its text as entry_matches joins it, but with each value whole on one
 * line, nothing copied and each part's search key made alone
 * (add_entry with a->flat), lacks a word; 1 if it may hold them all (it
 * is laid out, and entry_matches tells); -1 for want of memory.  Each of
 * the laid-out lines' words (a key's run of non-spaces: its lines' tabs,
 * line feeds and row breaks are spaces) is part of one of this text's,
 * where a value is broken over rows only between words or whole
 * graphemes, so no word is found in the lines that is not found here.
 * Laying out every change of the period (FriBidi's widths of its values,
 * each row copied) and making one key of its whole text (NFC over it all:
 * its tabs and line feeds are not a key's) to drop most took 6-8 s for
 * 130,000 changes.
 */
static int
match_first(struct audit_scr *a, const struct store_audit *e, const char *fkey)
{
	struct loc_strbuf b = { 0 };
	size_t n = a->n, changes = a->changes;
	int rc, m;

	a->flat = &b;
	a->flat_nokey = 0;
	rc = add_entry(a, e);
	a->flat = NULL;
	a->n = n;	/* (the lines it took hold no copies) */
	a->changes = changes;
	if (rc != 0 || b.failed) {
		free(b.p);
		return -1;
	}
	/* (no key made of a part: laid out, as before) */
	m = a->flat_nokey || key_words_in(fkey, b.p != NULL ? b.p : "");
	free(b.p);
	return m;
}

/* Takes the change added last off the lines again (F7's words not in it);
 * changes: the count before it. */
static void
drop_entry(struct audit_scr *a, size_t changes)
{
	size_t i, from = last_entry(a);

	for (i = from; i < a->n; i++) {
		free(a->lines[i].text);
		free(a->lines[i].old_text);
		free(a->lines[i].new_text);
	}
	a->n = from;
	a->changes = changes;
}

/* store_audit_lost's each entry of F6's period lost: its record's id
 * kept for the sentence that says so (damaged_text), each once, the
 * first LOST_IDS of them (then «…»). */
static void
audit_lost_one(void *ctx, uint64_t seq, int64_t time, const char *id, size_t idlen)
{
	struct audit_scr *a = ctx;
	char rid[CORE_ID_MAX];
	int i;

	(void)seq;
	(void)time;
	if (idlen == 0 || idlen >= sizeof rid)
		return;
	memcpy(rid, id, idlen);
	rid[idlen] = '\0';
	for (i = 0; i < a->lost_nid; i++)
		if (strcmp(a->lost_id[i], rid) == 0)
			return;
	if (a->lost_nid == LOST_IDS)
		a->lost_more = 1;
	else
		memcpy(a->lost_id[a->lost_nid++], rid, idlen + 1);
}

/*
 * The changes read, not yet laid out into lines: only the newest are, as
 * many as can still be among the MAX_LINES kept, each change taking at
 * least a line for its heading and one per field (an unreadable entry
 * one).  Laying out every change read (its values through FriBidi, its
 * lines copied) took most of the 15 s the screen took to open on 130,000
 * changes in its 30 days; those with more than MAX_LINES lines after them
 * are now only counted.  Not with F7's words, which are looked for in
 * the lines laid out, each change laid out only if its text may hold them
 * (match_first).
 */
struct pending {
	struct store_audit e;	/* owned; for an unreadable entry, its
				   seq and time alone */
	int bad;
	size_t lines;		/* the fewest it takes */
};

struct pendq {
	struct pending *p;
	size_t head, n, cap;
	size_t lines;		/* of those from head on */
};

/* Takes e (owned from now on, e zeroed) into q, and counts as read (not
 * laid out) the oldest that the newer ones leave no room for. */
static int
pend_push(struct audit_scr *a, struct pendq *q, struct store_audit *e, int bad)
{
	struct pending *np;

	if (q->n == q->cap) {
		if (q->head > 0) {
			memmove(q->p, q->p + q->head, (q->n - q->head) * sizeof *q->p);
			q->n -= q->head;
			q->head = 0;
		}
		if (q->n == q->cap) {
			size_t nc = q->cap ? q->cap * 2 : 256;

			if ((np = realloc(q->p, nc * sizeof *np)) == NULL)
				return -1;
			q->p = np;
			q->cap = nc;
		}
	}
	np = &q->p[q->n++];
	np->e = *e;
	np->bad = bad;
	np->lines = bad ? 1 : 1 + e->nfields;
	q->lines += np->lines;
	memset(e, 0, sizeof *e);
	while (q->n - q->head > 1 && q->lines - q->p[q->head].lines > MAX_LINES) {
		struct pending *o = &q->p[q->head++];

		if (o->bad)
			a->bad++;
		else
			a->changes++;
		q->lines -= o->lines;
		store_audit_done(&o->e);
	}
	return 0;
}

/* Lays out what q holds, oldest first, and empties it. */
static int
pend_flush(struct audit_scr *a, struct pendq *q)
{
	int rc = 0;
	size_t i;

	for (i = q->head; i < q->n; i++) {
		if (rc == 0)
			rc = q->p[i].bad ? bad_entry(a, &q->p[i].e) : add_entry(a, &q->p[i].e);
		store_audit_done(&q->p[i].e);
	}
	free(q->p);
	memset(q, 0, sizeof *q);
	return rc;
}

static void
load(struct audit_scr *a)
{
	const struct store_identity *me = store_users_identity(tui_app.st);
	struct store_txn *t = NULL;
	struct store_iter *it = NULL;
	struct store_audit e;
	struct core_access acc;
	struct pendq q = { 0 };
	char *fkey = NULL;	/* F7's words' search key, made once */
	int64_t since = 0;
	int rc;
	char up[CORE_ID_MAX], stn[CORE_STATION_MAX + 1];

	lines_free(a);
	a->changes = a->bad = 0;
	a->damaged = 0;
	a->lost = a->lost_unknown = 0;
	a->lost_nid = a->lost_more = 0;
	a->no_rec = 0;
	a->top = 0;
	a->refused[0] = a->err[0] = a->note[0] = '\0';
	a->loaded = 1;
	a->gen = tui_list_generation;
	a->cols = COLS;
	if (me != NULL && !core_access_check(&me->actor, CORE_ACCESS_AUDIT, NULL, NULL, &acc)) {
		tui_access_message(&acc, a->refused, sizeof a->refused);
		return;
	}
	if (a->has_since)
		since = a->since;	/* F6's day, whatever else narrows it */
	else if (a->id[0] == '\0' && a->user[0] == '\0' && !a->all_time)
		since = (int64_t)time(NULL) - (int64_t)RECENT_DAYS * 86400;
	memset(&e, 0, sizeof e);
	if (a->find[0] != '\0')
		fkey = loc_text_key(a->find);
	if ((rc = store_read_begin(tui_app.st, &t)) == 0 &&
	    (rc = store_audit_iter(t, a->id[0] ? a->id : NULL, since, &it)) == 0) {
		while ((rc = store_audit_next(it, &e)) == 0 || rc == STORE_ECORRUPT) {
			if (rc == STORE_ECORRUPT && store_audit_broken(it)) {
				/* the log itself (a page of it, or read as
				 * fewer entries than it holds): no entry to
				 * name; the walk is over, what was read shown */
				store_audit_done(&e);
				a->damaged = 1;
				rc = STORE_ENOTFOUND;
				break;
			}
			if (rc == STORE_ECORRUPT) {
				/* one entry a failing disk garbled: named, and
				 * the rest shown, as `hamyar audit` does; who
				 * made it is not known, so whatever F5 asks */
				store_audit_done(&e);
				if ((a->find[0] == '\0' ? pend_push(a, &q, &e, 1) :
				    bad_entry(a, &e)) != 0) {
					rc = STORE_ENOMEM;
					break;
				}
				continue;
			}
			if (a->user[0] != '\0' && strcmp(e.user, a->user) != 0) {
				store_audit_done(&e);
				continue;
			}
			if (a->find[0] == '\0') {
				if (pend_push(a, &q, &e, 0) != 0) {
					store_audit_done(&e);
					rc = STORE_ENOMEM;
					break;
				}
				continue;
			}
			if (fkey == NULL) {	/* (words no key is made of find nothing) */
				store_audit_done(&e);
				continue;
			}
			{
				size_t ch = a->changes;
				int may = match_first(a, &e, fkey);

				rc = may < 0 ? -1 : 0;
				if (may == 0)
					a->changes = ch;	/* (none of it laid out) */
				else if (rc == 0)
					rc = add_entry(a, &e);
				if (rc == 0 && may > 0 && a->changes > ch) {
					int m = entry_matches(a, fkey);

					if (m < 0)
						rc = -1;
					else if (m == 0)
						drop_entry(a, ch);
				}
			}
			store_audit_done(&e);
			if (rc != 0) {
				rc = STORE_ENOMEM;
				break;
			}
		}
	}
	free(fkey);
	if (pend_flush(a, &q) != 0 && (rc == 0 || rc == STORE_ENOTFOUND))
		rc = STORE_ENOMEM;
	trim_lines(a, MAX_LINES);
	/* F6's period of the whole log read to its end: its entries lost,
	 * if any (one look-up on a sound log) */
	if (rc == STORE_ENOTFOUND && it != NULL && !a->damaged && a->has_since &&
	    a->id[0] == '\0') {
		int lr = store_audit_lost(it, audit_lost_one, a, &a->lost, &a->lost_unknown);

		if (lr == STORE_ECORRUPT)
			a->damaged = 1;
		if (lr != 0)
			a->lost = a->lost_unknown = 0;
	}
	store_iter_free(it);
	store_read_end(t);
	if (a->bad > 0) {
		char num[32];

		snprintf(num, sizeof num, "%zu", a->bad);
		tui_fmt_digits(num, sizeof num);
		/* one line, above the list (whose view starts at its end):
		 * short enough for 80 columns, so no database path */
		snprintf(a->note, sizeof a->note,
		    P_("%s audit log entry could not be read: run 'hamyar verify'.",
		    "%s audit log entries could not be read: run 'hamyar verify'.", a->bad), num);
	}
	if (rc != 0 && rc != STORE_ENOTFOUND) {
		tui_identity_why(tui_app.st, rc, a->err, sizeof a->err);
		return;
	}
	/* Nothing for an id typed in lower case: the record's, in upper case
	 * (a login, also listed by id, is lower case: tried first); for a
	 * login typed with capitals ("ALI"), the user's (ali); for a number
	 * alone ("۱۲"), this station's record of that number (MRD-12), as
	 * hamyar audit --id reads it. */
	if (a->changes == 0 && a->bad == 0 && a->id[0] != '\0' &&
	    (core_id_raised(a->id, up) || core_id_lowered(a->id, up) ||
	    (store_station(tui_app.st, stn) == 0 && core_id_bare(a->id, stn, up)))) {
		loc_utf8_copy(a->id, sizeof a->id, up);
		load(a);
		return;
	}
	/* None for an id no record has ever had: said so, as hamyar audit
	 * --id says it, not "no changes recorded", as if the record were
	 * there and never changed. */
	if (a->changes == 0 && a->bad == 0 && a->id[0] != '\0' &&
	    store_read_begin(tui_app.st, &t) == 0) {
		const char *asked = a->asked[0] != '\0' ? a->asked : a->id;

		if (tui_audit_id_known(t, asked, strcmp(asked, a->id) != 0 ? a->id : "",
		    &a->no_rec) != 0)
			a->no_rec = 0;
		store_read_end(t);
	}
}

/* The sentence of a log read short (a->damaged) into buf, as the lists
 * say it (tui/list.c, damaged_rows), or of F6's period's entries lost
 * (a->lost), and a->dmg_rows the rows it takes (0 when neither). */
static void
damaged_text(struct audit_scr *a, char *buf, size_t n)
{
	buf[0] = '\0';
	a->dmg_rows = 0;
	if (!a->damaged && a->lost + a->lost_unknown > 0) {
		char num[32], day[32], ids[LOST_IDS * (CORE_ID_MAX + 8) + 200], more[32];
		size_t len = 0;
		int i;

		snprintf(num, sizeof num, "%zu", a->lost + a->lost_unknown);
		tui_fmt_digits(num, sizeof num);
		ids[0] = '\0';
		for (i = 0; i < a->lost_nid; i++) {
			char *shown = loc_text_sanitize(a->lost_id[i]);

			len = strlen(ids);
			snprintf(ids + len, sizeof ids - len, "%s%s", i ? _(", ") : "",
			    shown != NULL ? shown : "?");
			free(shown);
		}
		if (a->lost_more) {
			len = strlen(ids);
			snprintf(ids + len, sizeof ids - len, "%s…", _(", "));
		}
		if (a->lost_unknown > 0) {
			len = strlen(ids);
			snprintf(more, sizeof more, "%zu", a->lost_unknown);
			tui_fmt_digits(more, sizeof more);
			snprintf(ids + len, sizeof ids - len, "%s", len ? _(", ") : "");
			len = strlen(ids);
			snprintf(ids + len, sizeof ids - len,
			    _("%s whose time and record are not known"), more);
		}
		snprintf(buf, n, _("Audit log entries on or after %s lost: %s (records: %s); not every change of the period is listed. The database may be damaged: run 'hamyar --db %s verify' and restore the last backup."),
		    tui_fmt_date(a->since_day, day, sizeof day), num, ids, tui_app.db_path);
		a->dmg_rows = tui_wrapped_rows(COLS - 2, 8, buf);
		if (a->dmg_rows < 1)
			a->dmg_rows = 1;
		return;
	}
	if (!a->damaged)
		return;
	snprintf(buf, n, _("This list does not show every record: a page of the database %s could not be read; it may be damaged. Run 'hamyar --db %s verify'; if it finds damage, restore the last backup (README, \"Backup and restore\")."),
	    tui_app.db_path, tui_app.db_path);
	a->dmg_rows = tui_wrapped_rows(COLS - 2, 4, buf);
	if (a->dmg_rows < 1)
		a->dmg_rows = 1;
}

static void
audit_draw(struct tui_screen *s, int top, int rows)
{
	struct audit_scr *a = s->data;
	char head[512], num[32], day[32];
	char dmg[1200];
	int r, body, ow, nw, lw, y0 = 2;
	size_t i;

	/* reloaded on a new width too: the values were broken for the
	 * columns they had */
	if (!a->loaded || a->gen != tui_list_generation || a->cols != COLS) {
		load(a);
		damaged_text(a, dmg, sizeof dmg);
		body = rows - 1 - (a->dmg_rows > 0 ? a->dmg_rows : 1);
		if (a->n > (size_t)(body > 0 ? body : 0))
			a->top = a->n - (size_t)body;
	}
	damaged_text(a, dmg, sizeof dmg);
	if (a->dmg_rows > 0)
		y0 = 1 + a->dmg_rows;
	body = rows - y0;
	s->fkeys = a->refused[0] != '\0' ? refused_keys : audit_keys;
	s->help = a->refused[0] != '\0' ? refused_help : audit_help;
	for (r = 0; r < rows; r++)
		tui_draw_blank(top + r, 0, COLS, A_NORMAL);
	if (a->refused[0] != '\0') {
		tui_draw_wrapped(top + 1, 2, COLS - 4, rows - 2, a->refused, tui_attr_error());
		return;
	}
	snprintf(num, sizeof num, "%zu", a->changes);
	tui_fmt_digits(num, sizeof num);
	if (a->id[0] != '\0' && a->user[0] != '\0')
		snprintf(head, sizeof head, _("Changes of %s by %s: %s"), a->id, a->user, num);
	else if (a->user[0] != '\0')
		snprintf(head, sizeof head, _("Changes by %s: %s"), a->user, num);
	else if (a->id[0] != '\0')
		snprintf(head, sizeof head, _("Changes of %s: %s"), a->id, num);
	else if (a->has_since)
		snprintf(head, sizeof head, _("Changes from %s on: %s"),
		    tui_fmt_date(a->since_day, day, sizeof day), num);
	else if (a->all_time)
		snprintf(head, sizeof head, _("All changes: %s"), num);
	else {
		/* the 30 in the UI's digits too, like the count */
		char days[8] = "30";

		tui_fmt_digits(days, sizeof days);
		snprintf(head, sizeof head, _("Changes in the last %s days: %s"), days, num);
	}
	/* F6's day beside a record or a login, F7's words: after the count */
	if (a->has_since && (a->id[0] != '\0' || a->user[0] != '\0')) {
		size_t len = strlen(head);

		snprintf(head + len, sizeof head - len, "   ");
		len = strlen(head);
		snprintf(head + len, sizeof head - len, _("from %s on"),
		    tui_fmt_date(a->since_day, day, sizeof day));
	}
	if (a->find[0] != '\0') {
		size_t len = strlen(head);

		snprintf(head + len, sizeof head - len, "   ");
		len = strlen(head);
		snprintf(head + len, sizeof head - len, _("holding «%s»"), a->find);
	}
	tui_draw_ui(top, 1, COLS - 2, head, tui_attr_label());
	if (a->err[0] != '\0' && a->n == 0)	/* wrapped: its end says what to do */
		tui_draw_wrapped(top + 1, 1, COLS - 2, 3, a->err, tui_attr_error());
	else if (a->err[0] != '\0')
		tui_draw_ui(top + 1, 1, COLS - 2, a->err, tui_attr_error());
	else if (a->dmg_rows > 0)
		tui_draw_wrapped(top + 1, 1, COLS - 2, a->dmg_rows, dmg, tui_attr_error());
	else if (a->note[0] != '\0')
		tui_draw_ui(top + 1, 1, COLS - 2, a->note, tui_attr_error());
	else if (a->n == 0 && a->no_rec) {
		char msg[256];

		snprintf(msg, sizeof msg, _("No record has the id %s."),
		    a->asked[0] != '\0' ? a->asked : a->id);
		tui_draw_ui(top + 2, 2, COLS - 4, msg, A_NORMAL);
	} else if (a->n == 0 && a->find[0] != '\0') {
		char msg[256];

		/* F7's words: not "no changes", as if none were recorded */
		snprintf(msg, sizeof msg, _("No change holds «%s»."), a->find);
		tui_draw_ui(top + 2, 2, COLS - 4, msg, A_NORMAL);
	} else if (a->n == 0)
		tui_draw_ui(top + 2, 2, COLS - 4, _("No changes recorded."), A_NORMAL);
	lw = value_widths(COLS, &ow, &nw);
	for (r = 0, i = a->top; r < body && i < a->n; r++, i++) {
		const struct aline *l = &a->lines[i];
		int above = 0;

		/* A change cut by the top of the view (the view starts at the
		 * end, and scrolls by lines) shows its heading in the first
		 * row: field lines under no heading said neither which record
		 * nor who.  The row it takes comes into view one line up.
		 * The heading says that lines of the change are above it
		 * (above): under it alone, a conflict merged field by field
		 * read as a decision of its last field only, its decision,
		 * station and other fields out of view. */
		if (r == 0 && !l->head && !l->bad) {
			size_t h = i;

			while (h > 0 && !a->lines[h].head && !a->lines[h].bad)
				h--;
			if (a->lines[h].head) {
				l = &a->lines[h];
				above = 1;
			}
		}
		if (l->bad) {
			tui_draw_ui(top + y0 + r, 1, COLS - 2, l->text, tui_attr_error());
		} else if (l->wide) {
			tui_draw_ui(top + y0 + r, 3, COLS - 4, l->text, A_NORMAL);
		} else if (l->head) {
			char fit[1400];

			tui_draw_ui(top + y0 + r, 1, COLS - 2,
			    head_fit(l, above, COLS - 2, fit, sizeof fit), A_BOLD);
		} else {
			/* label, old, arrow, new: each in its own column, so
			 * the values' own directions cannot swap them */
			/* the label ends with a colon: beside an old value
			 * in brackets, «هزینهٔ برآوردی (ریال) (خالی)» read as
			 * one phrase, a label filling its 20 columns one
			 * space from the value */
			char lab[256];
			struct tui_col c[5] = {
				{ 2, "", 0 }, { lw, lab, 0 }, { ow, l->old_text, 0 },
				{ 2, l->cont ? "" : tui_ui_dir() == LOC_DIR_RTL ?
				    "\xe2\x86\x90" : "\xe2\x86\x92", 1 },
				{ 0, l->new_text, 0 }
			};
			/* (narrow: a margin of 4, the label above) */
			if (lw == 0)
				c[0].w = 4;
			if (l->text[0] != '\0') {
				char cut[256];	/* cut to 20 (as before), the colon kept */

				snprintf(lab, sizeof lab, "%s:", tui_fit_end(l->text, 20, cut, sizeof cut));
			} else
				lab[0] = '\0';
			if (lw == 0) {	/* (no label column: c[1] left out) */
				c[1] = c[0];
				tui_cols_draw(top + y0 + r, 1, COLS - 2, c + 1, 4, A_NORMAL);
			} else
				tui_cols_draw(top + y0 + r, 1, COLS - 2, c, 5, A_NORMAL);
		}
	}
	s->cursor_y = s->cursor_x = -1;
}

/* s with its bytes [at, at + len) replaced by rep, into buf (size n). */
static char *
splice(const char *s, int at, int len, const char *rep, char *buf, size_t n)
{
	snprintf(buf, n, "%.*s%s%s", at, s, rep, s + at + len);
	return buf;
}

/* Heading l at width w into buf (size n; returns buf), with «(continued
 * from above)» after it when above: whole where it fits; else the login
 * cut in its middle (as far as makes it fit, to 3 cells at the fewest;
 * to 8 where more must go), then the time left out (the date kept), then
 * the words after the record's id cut at their end, so that the id is
 * never cut; only a heading whose id and date alone are too wide is cut
 * at its end.  Before, every heading was cut at its end: at 40 columns
 * «تعارض خیّر TBZ…» (ids are what people read out). */
static const char *
head_fit(const struct aline *l, int above, int w, char *buf, size_t n)
{
	const char *fmt = _("%s (continued from above)"), *p = strstr(fmt, "%s");
	int pre = above && p != NULL ? (int)(p - fmt) : 0;
	int login = l->login + pre, id_end = l->id_end + pre, time_at = l->time_at + pre;
	char s[1200], t[1200], cut[300], name[300], tail[1200];
	int over, lw, hw, room;

	if (above)
		snprintf(s, sizeof s, fmt, l->text);
	else
		snprintf(s, sizeof s, "%s", l->text);
	if (tui_text_width(s) <= w || l->login_len == 0 ||
	    (size_t)login + (size_t)l->login_len > strlen(s))
		return tui_fit_end(s, w, buf, n);
	/* the login: its middle */
	snprintf(name, sizeof name, "%.*s", l->login_len, s + login);
	over = tui_text_width(s) - w;
	lw = tui_text_width(name);
	if (lw > 3) {
		int to = lw - over;

		if (to < 3)	/* more must go than the login: 8 cells of it */
			to = lw > 8 ? 8 : lw;
		if (to < lw) {
			tui_fit_middle(name, to, cut, sizeof cut);
			splice(s, login, l->login_len, cut, t, sizeof t);
			id_end += (int)strlen(cut) - l->login_len;
			snprintf(s, sizeof s, "%s", t);
		}
	}
	/* the time: left out, the date kept */
	if (tui_text_width(s) > w && time_at > 0 && time_at < login - 2) {
		splice(s, time_at, login - 2 - time_at, "", t, sizeof t);
		id_end -= login - 2 - time_at;
		snprintf(s, sizeof s, "%s", t);
	}
	if (tui_text_width(s) <= w || l->id_end <= 0 || (size_t)id_end >= strlen(s))
		return tui_fit_end(s, w, buf, n);
	/* the words after the id: their end */
	snprintf(t, sizeof t, "%.*s", id_end, s);
	hw = tui_text_width(t);
	if ((room = w - hw) >= 2) {
		size_t tl = strlen(t);

		tui_fit_end(s + id_end, room, tail, sizeof tail);
		if (tl + strlen(tail) >= n)
			return tui_fit_end(s, w, buf, n);
		memcpy(buf, t, tl);
		memcpy(buf + tl, tail, strlen(tail) + 1);
		if (tui_text_width(buf) <= w)
			return buf;
	}
	return tui_fit_end(s, w, buf, n);
}

/* F6's date, as `hamyar audit --since` reads it: tui_audit_since. */
int
tui_audit_since(const char *s, int64_t *out, int32_t *dayp, enum core_msg *msg)
{
	struct tm tm;
	int32_t day;
	time_t tt;

	if (core_check_date(s, &day, msg) == CORE_SEV_ERROR)
		return -1;
	*dayp = day;
	*msg = CORE_MSG_DATE_INVALID;	/* a day mktime cannot give */
	memset(&tm, 0, sizeof tm);
	tm.tm_year = 70;
	tm.tm_mday = 1 + day;
	tm.tm_isdst = -1;
	if ((tt = mktime(&tm)) == (time_t)-1) {
		/* A day past the last second a 32-bit time_t names (2038):
		 * no change can be stamped from then on, so none is listed. */
		if (day <= 0 || sizeof(time_t) >= 8)
			return -1;
		*out = INT64_MAX;
		return 0;
	}
	*out = (int64_t)tt;
	return 0;
}

static enum tui_result
audit_event(struct tui_screen *s, int key)
{
	struct audit_scr *a = s->data;
	/* the rows audit_draw gives the lines (under the heading and the
	 * line below it): with one fewer, End left the last row empty and the
	 * newest line one up from where the screen first showed it */
	size_t page = (size_t)(tui_screen_rows() > 3 + a->dmg_rows ?
	    tui_screen_rows() - 2 - (a->dmg_rows > 1 ? a->dmg_rows - 1 : 0) : 1);
	size_t last = a->n > page ? a->n - page : 0;
	char *id;

	if (a->refused[0] != '\0' && (key == TUI_KEY_F(3) || key == '/' ||
	    key == TUI_KEY_F(4) || key == TUI_KEY_F(5) || key == TUI_KEY_F(6) ||
	    key == TUI_KEY_F(7)))
		return TUI_HANDLED;	/* not on his bar: the screen says why */
	if (key == TUI_KEY_F(3) || key == '/') {
		id = tui_prompt_code(_("Audit log"), _("Record id (empty: every record):"), a->id);
		if (id != NULL) {
			loc_utf8_copy(a->id, sizeof a->id, id);
			loc_utf8_copy(a->asked, sizeof a->asked, id);
			free(id);
			a->loaded = 0;
		}
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(5)) {
		id = tui_prompt_code(_("Audit log"), _("User's login (empty: every user):"), a->user);
		if (id != NULL) {
			/* a login is ASCII: one typed with the Persian layout on
			 * is kept as typed, and matches nobody, as it should */
			loc_utf8_copy(a->user, sizeof a->user, id);
			free(id);
			a->loaded = 0;
		}
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(4)) {
		/* from a day F6 gave: back to the period F4 names */
		if (a->has_since)
			a->has_since = 0;
		else
			a->all_time = !a->all_time;
		a->loaded = 0;
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(6)) {
		char day[32] = "";

		if (a->has_since)
			tui_fmt_date(a->since_day, day, sizeof day);
		id = tui_prompt_code(_("Audit log"),
		    _("From date (empty: the period F4 chose):"), day);
		if (id != NULL) {
			int64_t sec;
			int32_t d;
			enum core_msg msg;
			char why[512];

			if (id[strspn(id, " ")] == '\0') {
				a->has_since = 0;
				a->loaded = 0;
			} else if (tui_audit_since(id, &sec, &d, &msg) != 0) {
				snprintf(why, sizeof why, _("«%s»: %s"), id, _(core_msg_text(msg)));
				tui_message(_("Audit log"), why);
			} else {
				a->has_since = 1;
				a->since_day = d;
				a->since = sec;
				a->loaded = 0;
			}
			free(id);
		}
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(7)) {
		id = tui_prompt(_("Audit log"), _("Find in the changes (empty: every change):"),
		    a->find);
		if (id != NULL) {
			size_t b = strspn(id, " "), e = strlen(id);

			while (e > b && id[e - 1] == ' ')
				e--;
			id[e] = '\0';
			loc_utf8_copy(a->find, sizeof a->find, id + b);
			free(id);
			a->loaded = 0;
		}
		return TUI_HANDLED;
	}
	switch (tui_key_action(key)) {
	case TUI_ACT_UP:
		if (a->top > 0)
			a->top--;
		return TUI_HANDLED;
	case TUI_ACT_DOWN:
		if (a->top < last)
			a->top++;
		return TUI_HANDLED;
	case TUI_ACT_PGUP:
		a->top = a->top > page ? a->top - page : 0;
		return TUI_HANDLED;
	case TUI_ACT_PGDN:
		a->top = a->top + page < last ? a->top + page : last;
		return TUI_HANDLED;
	case TUI_ACT_HOME:
		a->top = 0;
		return TUI_HANDLED;
	case TUI_ACT_END:
		a->top = last;
		return TUI_HANDLED;
	case TUI_ACT_BACK:
		return TUI_CLOSE;
	default:
		return TUI_IGNORED;
	}
}

static void
audit_destroy(struct tui_screen *s)
{
	lines_free(s->data);
	tui_screen_free(s);
}

struct tui_screen *
tui_audit_new(const char *id)
{
	struct tui_screen *s = tui_screen_make(_("Audit log"), sizeof(struct audit_scr),
	    audit_keys, audit_help);
	struct audit_scr *a;

	if (s == NULL)
		return NULL;
	a = s->data;
	if (id != NULL) {
		loc_utf8_copy(a->id, sizeof a->id, id);
		loc_utf8_copy(a->asked, sizeof a->asked, id);
	}
	s->draw = audit_draw;
	s->event = audit_event;
	s->destroy = audit_destroy;
	return s;
}
