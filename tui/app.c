/*
 * tui/app.c — the full-screen program: start-up, first run, calibration,
 * drafts, the main menu, settings.
 *
 * Start-up order: open the database (none yet: the first-run questions make
 * one); pick the bidi mode (--bidi, else $HAMYAR_BIDI, else the user's saved
 * setting, else the calibration screen); offer any draft left by a form
 * that was not saved; then the main menu, from which every list is reached.
 * The main menu is a placeholder for the dashboard of a later issue: it
 * shows each kind with its record count.
 */
#include <errno.h>
#include <fcntl.h>
#include <langinfo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/access.h"
#include "core/record.h"
#include "core/validate.h"
#include "locale/catalog.h"
#include "locale/digits.h"
#include "locale/text.h"
#include "store/store.h"
#include "tui/cli.h"
#include "tui/auditscr.h"
#include "tui/form.h"
#include "tui/identity.h"
#include "tui/keys.h"
#include "tui/list.h"
#include "tui/screen.h"
#include "tui/screens.h"

/* The kinds on the main menu, in the order of the work (SPEC §1). */
static const enum core_kind menu_kinds[] = {
	CORE_DONOR, CORE_GROUP, CORE_UNIT, CORE_NEED, CORE_PLEDGE,
	CORE_PAYMENT, CORE_STAGE, CORE_RECOGNITION, CORE_USER
};
#define NMENU_KINDS (int)(sizeof menu_kinds / sizeof menu_kinds[0])

static const struct tui_fkey menu_keys[] = {
	{ 1, N_("Help"), 0 }, { 7, N_("Conflicts"), 0 }, { 8, N_("Audit"), 0 }, { 9, N_("Settings"), 0 },
	{ 10, N_("Quit"), 0 }, { 0, NULL, 0 }
};

/* The same without the keys of what the user may not open (SPEC §11): F7
 * for all but hq and admin (tui_conflicts_allowed), F8 for a clerk too
 * (the audit log).  The keys still answer, saying who may. */
static const struct tui_fkey menu_keys_audit[] = {
	{ 1, N_("Help"), 0 }, { 8, N_("Audit"), 0 }, { 9, N_("Settings"), 0 },
	{ 10, N_("Quit"), 0 }, { 0, NULL, 0 }
};
static const struct tui_fkey menu_keys_plain[] = {
	{ 1, N_("Help"), 0 }, { 9, N_("Settings"), 0 }, { 10, N_("Quit"), 0 }, { 0, NULL, 0 }
};

/* The main menu's help, made of the parts the user's role can use (see
 * menu_help_make): the keys the bar leaves out are not described either. */
static const char menu_help_lists[] = N_(
    "Choose a list with the arrows and Enter (or its number).\n"
    "In a list, type to search, Enter opens a record, F5 makes a new one.");
static const char menu_help_lists_ro[] = N_(
    "Choose a list with the arrows and Enter (or its number).\n"
    "In a list, type to search, Enter opens a record to read: an auditor changes nothing.");
static const char menu_help_conflicts[] = N_(
    "F7 the sync conflicts: records changed here and at another station.");
static const char menu_help_audit[] = N_("F8 the audit log.");
static const char menu_help_settings_sync[] = N_(
    "F9 settings: display calibration, digits, keyboard, this station's sync key\n"
    "and the stations it trusts.  F10 quits.");
static const char menu_help_settings[] = N_(
    "F9 settings: display calibration, digits, keyboard, colours.  F10 quits.");

static const struct tui_fkey calib_keys[] = {
	{ 1, N_("Help"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

#define MENU_UNCOUNTED ((size_t)-1)

#define MENU_MOVES 2	/* moves named on the main menu; more are counted */
struct menu {
	int sel;
	size_t counts[NMENU_KINDS];
	size_t conflicts;		/* records with open sync conflicts */
	char help[2048];		/* F1's text for this user (menu_help_make) */
	int counted;
	unsigned gen;
};

/* moves_read: a clerk told of the needs a unit's move took from his
 * county or brought to it, on the main menu and on the dashboard
 * (tui_moves_draw) for as long as the program runs; read at the start,
 * and again when another session, an import or a sync wrote
 * (tui_moves_poll), the notes marked told as they are read. */
static struct {
	char line[MENU_MOVES][600];
	size_t n;			/* of them, all (more than kept) */
	int clerk;			/* the notes are for this user */
	char after[400];		/* the last note read ("" none) */
	uint64_t chg;			/* the change log's last number then */
	time_t read_at;			/* when they were read */
} moves_told;

/* ---- calibration --------------------------------------------------------- */

static int
utf8_terminal(void)
{
	const char *vars[] = { "LC_ALL", "LC_CTYPE", "LANG" }, *v;
	size_t i;

	if (strcmp(nl_langinfo(CODESET), "UTF-8") != 0)
		return 0;
	/* main.c falls back to C.UTF-8 when the login sets no UTF-8 locale:
	 * then the terminal's own setting is unknown. */
	for (i = 0; i < 3; i++)
		if ((v = getenv(vars[i])) != NULL && *v != '\0')
			return strstr(v, "UTF-8") != NULL || strstr(v, "utf8") != NULL ||
			    strstr(v, "UTF8") != NULL || strstr(v, "utf-8") != NULL;
	return 0;
}

struct calib {
	int done;
	int first;	/* asked at a start with no saved choice: Esc saves
			   the mode in use (app), so it is not asked again */
};

static const char calib_line[] = "همیار: ثبت خیّرین (سال ۱۴۰۳) Hamyar";

static void
calib_draw(struct tui_screen *s, int top, int rows)
{
	enum tui_bidi keep = tui_draw_bidi();
	int w = COLS - 8;

	tui_draw_ui(top + 1, 2, COLS - 4, _("Display calibration"), A_BOLD);
	/* Two lines at 80 columns; a narrower window (SSH at 60) takes the
	 * blank row under them too rather than cut the question's end. */
	tui_draw_wrapped(top + 3, 2, COLS - 4, 3,
	    _("Below, one Persian line is shown in two ways. Which one reads correctly, "
	    "with joined letters and the words from right to left?"), A_NORMAL);
	/* Both numbers in the mode in use, as the rest of the screen: «2)»
	 * drawn in mode terminal came out as «2)» beside a «(1» in mode app. */
	tui_draw_ui(top + 6, COLS - 5, 3, "1)", A_BOLD);
	tui_draw_ui(top + 8, COLS - 5, 3, "2)", A_BOLD);
	tui_draw_set_bidi(TUI_BIDI_APP);
	tui_draw_text(top + 6, 2, w - 1, calib_line, LOC_DIR_RTL, TUI_ALIGN_RIGHT, A_NORMAL);
	tui_draw_set_bidi(TUI_BIDI_TERMINAL);
	tui_draw_text(top + 8, 2, w - 1, calib_line, LOC_DIR_RTL, TUI_ALIGN_RIGHT, A_NORMAL);
	tui_draw_set_bidi(keep);
	/* at the first start, Esc is an answer too: said, with where to
	 * change it (wrapped: two lines at 64 columns) */
	tui_draw_wrapped(top + 10, 2, COLS - 4, 2, ((struct calib *)s->data)->first ?
	    _("Press 1 or 2. Esc keeps line 1 and does not ask again (F9 Settings changes it).") :
	    _("Press 1 or 2. Esc keeps the current setting."), A_NORMAL);
	if (!utf8_terminal()) {
		tui_draw_wrapped(top + 12, 2, COLS - 4, rows - 13,
		    _("Note: your login's locale does not say UTF-8. Set your terminal "
		    "(PuTTY: Window > Translation) to UTF-8, or the letters will be garbled."),
		    tui_attr_warning());
	}
}

static enum tui_result
calib_event(struct tui_screen *s, int key)
{
	struct calib *c = s->data;
	/* 1 or 2 in any digits: ASCII, Persian, or Arabic (a Windows
	 * Arabic layout's ١ was dropped here, on the first screen of all) */
	int d = key >= 0 && key < TUI_KEY_BASE ? loc_digit_value((uint32_t)key) : -1;

	if (d == 1) {
		tui_screen_set_bidi(TUI_BIDI_APP);
		tui_user_setting_save("bidi", "app");
		c->done = 1;
		return TUI_CLOSE;
	}
	if (d == 2) {
		tui_screen_set_bidi(TUI_BIDI_TERMINAL);
		tui_user_setting_save("bidi", "terminal");
		c->done = 1;
		return TUI_CLOSE;
	}
	if (tui_key_action(key) == TUI_ACT_BACK) {
		/* first start: the default kept is an answer, saved as 1 or
		 * 2 would be (the screen says so and where to change it),
		 * not the question again at every start */
		if (c->first)
			tui_user_setting_save("bidi",
			    tui_draw_bidi() == TUI_BIDI_TERMINAL ? "terminal" : "app");
		return TUI_CLOSE;
	}
	return TUI_IGNORED;
}

static void
free_screen(struct tui_screen *s)
{
	free(s->data);
	free(s);
}

static struct tui_screen *
calib_new(void)
{
	struct tui_screen *s = calloc(1, sizeof *s);

	if (s == NULL || (s->data = calloc(1, sizeof(struct calib))) == NULL) {
		free(s);
		return NULL;
	}
	loc_utf8_copy(s->title, sizeof s->title, _("Display calibration"));
	s->fkeys = calib_keys;
	s->help = N_("If line 1 reads right, Hamyar lays out Persian itself (mode app).\n"
	    "If line 2 reads right, your terminal reorders text itself (mode terminal).\n"
	    "The choice is saved for your login; --bidi or HAMYAR_BIDI override it.");
	s->draw = calib_draw;
	s->event = calib_event;
	s->destroy = free_screen;
	return s;
}

/* ---- settings screen ----------------------------------------------------- */

static void
settings(void)
{
	const char *items[5];
	struct tui_screen *s;
	int sel;

	items[0] = _("Display calibration (bidi mode)");
	items[1] = tui_fa_digits ? _("Digits: Persian (switch to ASCII)") :
	    _("Digits: ASCII (switch to Persian)");
	items[2] = tui_kbd_persian() ? _("Keyboard at start: Persian (switch to Latin)") :
	    _("Keyboard at start: Latin (switch to Persian)");
	items[3] = _("All settings (colours, rial or toman, ...)");
	items[4] = _("Sync keys and trusted stations");
	sel = tui_menu(_("Settings"), items, 5, 0);
	if (sel == 0 && (s = calib_new()) != NULL)
		tui_screen_push(s);
	else if (sel == 1) {
		tui_fa_digits = !tui_fa_digits;
		tui_user_setting_save("digits", tui_fa_digits ? "fa" : "ascii");
	} else if (sel == 2) {
		tui_kbd_set_persian(!tui_kbd_persian());
		tui_user_setting_save("keyboard", tui_kbd_persian() ? "fa" : "en");
	} else if (sel == 3 && (s = tui_settings_new()) != NULL)
		tui_screen_push(s);
	else if (sel == 4 && (s = tui_sync_keys_new()) != NULL)
		tui_screen_push(s);
}

/* ---- main menu ------------------------------------------------------------- */

/* The indexed county field of kind k, or -1 if it has none. */
static int
county_field(enum core_kind k)
{
	const struct core_schema *sc = core_schema_get(k);
	size_t i;

	for (i = 0; i < sc->nfields; i++)
		if (sc->fields[i].type == CORE_FT_COUNTY && (sc->fields[i].flags & CORE_FF_INDEX))
			return (int)i;
	return -1;
}

/* The number of records of each kind, as its list will hold them: for a
 * clerk, who reads his own county only, those of his county where the kind
 * has a county index, and no number (MENU_UNCOUNTED) where his list asks
 * each row's scope; everyone else the whole store's.  The open sync
 * conflicts are counted where sync says the user may decide them. */
static void
menu_count(struct menu *m, int sync)
{
	struct store_txn *t;
	char cbuf[CORE_COUNTY_MAX];
	const char *only = tui_read_county(cbuf, sizeof cbuf);
	int i, f;

	if (m->counted && m->gen == tui_list_generation)
		return;
	if (store_read_begin(tui_app.st, &t) != 0)
		return;
	for (i = 0; i < NMENU_KINDS; i++) {
		if (only == NULL) {
			if (store_count(t, menu_kinds[i], &m->counts[i]) != 0)
				m->counts[i] = 0;
		} else if ((f = county_field(menu_kinds[i])) < 0) {
			m->counts[i] = MENU_UNCOUNTED;
		} else if (store_count_index(t, menu_kinds[i], f, only, &m->counts[i]) != 0) {
			m->counts[i] = 0;
		}
	}
	store_read_end(t);
	if (!sync || tui_conflicts_open(&m->conflicts) != 0)
		m->conflicts = 0;
	m->counted = 1;
	m->gen = tui_list_generation;
}

/* ---- needs moved with their unit ---------------------------------------------- */

struct moves_ctx {
	struct store_txn *t;
	int live;			/* read again while the program runs */
	const char *county;	/* the clerk's */
	const char *after;	/* the last note he was told of ("" none) */
	char last[400];		/* the last note of all */
};

/* store_setting_each's callback: one note "moved.SEQ.UNIT" =
 * "TIME\tFROM\tTO\tN", or "moved.SEQ.NEED" = "TIME\tFROM\tTO\t1\tneed"
 * for a need given a unit of another county (store/store.c, move_note,
 * need_move_note), worded for the clerk
 * if it is newer than the one he was last told of and one of its two
 * counties is his.  The unit's name is said only to the clerks of the
 * county it went to (a clerk reads his own county's records only, and
 * the unit is no longer the other county's); a need's title likewise. */
static int
moves_one(const char *name, const void *data, size_t len, void *vctx)
{
	struct moves_ctx *c = vctx;
	char v[128], from[CORE_COUNTY_MAX], to[CORE_COUNTY_MAX], cname[200], num[32];
	char kind[8] = "";
	const char *unit, *dot;
	long long when;
	long n;
	int need;
	char *line;

	loc_utf8_copy(c->last, sizeof c->last, name);
	if (strcmp(name, c->after) <= 0 || len >= sizeof v)
		return 0;
	memcpy(v, data, len);
	v[len] = '\0';
	if ((dot = strchr(name + 6, '.')) == NULL)
		return 0;
	unit = dot + 1;
	if (sscanf(v, "%lld\t%15[^\t]\t%15[^\t]\t%ld\t%7s", &when, from, to, &n, kind) < 4)
		return 0;
	need = strcmp(kind, "need") == 0;	/* a need given another unit */
	if (strcmp(from, c->county) != 0 && strcmp(to, c->county) != 0)
		return 0;
	if (moves_told.n >= MENU_MOVES) {
		/* more than are named: at the start the first are named,
		 * the rest counted; a note come while the program runs is
		 * named, the oldest named counted instead (the news is what
		 * the clerk looks for) */
		moves_told.n++;
		if (!c->live)
			return 0;
		memmove(moves_told.line[0], moves_told.line[1],
		    (MENU_MOVES - 1) * sizeof moves_told.line[0]);
		line = moves_told.line[MENU_MOVES - 1];
	} else {
		line = moves_told.line[moves_told.n++];
	}
	snprintf(num, sizeof num, "%ld", n);
	tui_fmt_digits(num, sizeof num);
	if (strcmp(from, c->county) == 0 && need) {
		loc_utf8_copy(cname, sizeof cname, tui_county_name(to));
		snprintf(line, sizeof moves_told.line[0],
		    _("Need %s was given a unit of county %s and moved there: it is no longer in your lists"),
		    unit, cname);
	} else if (strcmp(from, c->county) == 0) {
		loc_utf8_copy(cname, sizeof cname, tui_county_name(to));
		snprintf(line, sizeof moves_told.line[0],
		    _("Unit %s was moved to county %s: its needs (%s) went with it and are no longer in your lists"),
		    unit, cname, num);
	} else {
		struct core_record *r;
		struct store_meta meta;
		const char *uname = NULL;
		char nm[200] = "";

		if (store_get(c->t, need ? CORE_NEED : CORE_UNIT, unit, &r, &meta) == 0) {
			uname = core_record_text(r, need ? CORE_NEED_TITLE : CORE_UNIT_NAME);
			loc_utf8_copy(nm, sizeof nm, uname != NULL ? uname : "");
			core_record_free(r);
		}
		loc_utf8_copy(cname, sizeof cname, tui_county_name(from));
		if (need)
			snprintf(line, sizeof moves_told.line[0],
			    _("Need %s (%s) was given a unit of this county and moved here from county %s: it is in your lists now"),
			    unit, nm, cname);
		else
			snprintf(line, sizeof moves_told.line[0],
			    _("Unit %s (%s) was moved here from county %s: its needs (%s) came with it and are in your lists now"),
			    unit, nm, cname, num);
	}
	return 0;
}

/* For a clerk: the needs that a unit's county changed, here or at another
 * station (a bundle), took out of his county or brought into it, and the
 * needs given a unit of another county, since he
 * was last told (setting "user.LOGIN.moved", the last note told), into
 * moves_told, to be said on the main menu for as long as it is open (and
 * on the dashboard, tui_moves_draw, a clerk's other place to look); the
 * notes are marked told at once, so the next start says only newer ones.
 * Before, his needs count dropped with no word: the import's summary said
 * it to whoever imported the bundle, and the audit log, which a clerk
 * may not read.  With live (tui_moves_poll), the notes after the last
 * read are added to those already told. */
static void
moves_read(int live)
{
	struct moves_ctx c;
	struct store_txn *t;
	char cbuf[CORE_COUNTY_MAX], *seen = NULL;
	const char *only = tui_read_county(cbuf, sizeof cbuf);

	moves_told.read_at = time(NULL);
	if (!live) {
		moves_told.n = 0;
		moves_told.after[0] = '\0';
	}
	moves_told.clerk = !(only == NULL || only[0] == '\0' || strcmp(only, TUI_NO_COUNTY) == 0);
	if (!moves_told.clerk)
		return;
	if (!live) {
		seen = tui_user_setting_load("moved");
		loc_utf8_copy(moves_told.after, sizeof moves_told.after, seen != NULL ? seen : "");
		free(seen);
	}
	memset(&c, 0, sizeof c);
	c.county = only;
	c.live = live;
	c.after = moves_told.after;
	if (store_read_begin(tui_app.st, &t) == 0) {
		c.t = t;
		if (store_change_last(t, &moves_told.chg) != 0)
			moves_told.chg = 0;
		(void)store_setting_each(t, "moved.", moves_one, &c);
		store_read_end(t);
	}
	if (c.last[0] != '\0' && strcmp(c.last, moves_told.after) > 0) {
		loc_utf8_copy(moves_told.after, sizeof moves_told.after, c.last);
		tui_user_setting_save("moved", c.last);
	}
}

int
tui_moves_poll(void)
{
	size_t n = moves_told.n;

	/* at most every two seconds, and only when the change log moved
	 * (a move writes its needs): one key read, as the dashboard's */
	if (!moves_told.clerk || time(NULL) - moves_told.read_at < 2)
		return 0;
	moves_told.read_at = time(NULL);
	if (tui_change_last() == moves_told.chg)
		return 0;
	moves_read(1);
	return moves_told.n != n;
}

size_t
tui_moves_count(void)
{
	return moves_told.n;
}

void
tui_moves_draw(int y, int last)
{
	char more[200], num[32];
	size_t i;

	for (i = 0; i < moves_told.n && i < MENU_MOVES && y <= last; i++)
		y += tui_draw_wrapped(y, 1, COLS - 2, last - y + 1, moves_told.line[i], tui_attr_warning());
	if (moves_told.n > MENU_MOVES && y <= last) {
		snprintf(num, sizeof num, "%zu", moves_told.n - MENU_MOVES);
		tui_fmt_digits(num, sizeof num);
		snprintf(more, sizeof more, _("and %s more units or needs moved"), num);
		tui_draw_wrapped(y, 1, COLS - 2, 1, more, tui_attr_warning());
	}
}

/* What the user's role lets the main menu offer (SPEC §11), worked out
 * once for its key bar and its help, which must agree. */
struct menu_role {
	int sync;	/* hq, admin: F7 the conflicts, the sync keys in settings */
	int audit;	/* all but a clerk: F8 the audit log */
	int ro;		/* an auditor: reads only */
};

static void
menu_role_get(struct menu_role *r)
{
	const struct store_identity *me = store_users_identity(tui_app.st);
	struct core_access a;

	r->sync = tui_conflicts_allowed(NULL, 0);	/* the sync right */
	r->audit = me == NULL || core_access_check(&me->actor, CORE_ACCESS_AUDIT, NULL, NULL, &a);
	r->ro = me != NULL && me->actor.role == CORE_ROLE_AUDITOR;
}

/* The main menu's key bar for the role (see menu_keys_audit). */
static const struct tui_fkey *
menu_bar(const struct menu_role *r)
{
	if (r->sync)
		return menu_keys;
	return r->audit ? menu_keys_audit : menu_keys_plain;
}

/* F1's text on the main menu: only what the role can use, as its key bar
 * (menu_bar): no F7 but for hq and admin, no F8 for a clerk, no sync keys
 * but for hq and admin, no "F5 makes a new one" for an auditor.  Made
 * translated: tui_help's _() gives it back unchanged. */
static void
menu_help_make(struct menu *m, const struct menu_role *r)
{
	size_t n;

	n = (size_t)snprintf(m->help, sizeof m->help, "%s", _(r->ro ? menu_help_lists_ro : menu_help_lists));
	if (n < sizeof m->help && r->sync)
		n += (size_t)snprintf(m->help + n, sizeof m->help - n, "\n%s", _(menu_help_conflicts));
	if (n < sizeof m->help && r->audit)
		n += (size_t)snprintf(m->help + n, sizeof m->help - n, "\n%s", _(menu_help_audit));
	if (n < sizeof m->help)
		snprintf(m->help + n, sizeof m->help - n, "\n%s",
		    _(r->sync ? menu_help_settings_sync : menu_help_settings));
}

/* The key bar and the help of the main menu s, for the user's role. */
static void
menu_for_role(struct tui_screen *s, const struct menu_role *r)
{
	struct menu *m = s->data;

	s->fkeys = menu_bar(r);
	menu_help_make(m, r);
	s->help = m->help;
}

/* Menu rows: 0 is the dashboard, 1..NMENU_KINDS the lists (their digit
 * is their row number). */
static void
menu_draw(struct tui_screen *s, int top, int rows)
{
	struct menu *m = s->data;
	/* 44 columns, or the window's less its edges (40 columns: its
	 * start, «۰.» and the heading's first letters, were off the edge) */
	int i, w = COLS - 2 < 44 ? COLS - 2 : 44, x = (COLS - w) / 2, lx, lw;
	char line[200], num[32], *fa;
	struct menu_role r;

	menu_role_get(&r);
	if (tui_moves_poll())
		m->counted = 0;	/* the counts of his county's needs moved too */
	menu_count(m, r.sync);
	menu_for_role(s, &r);
	tui_draw_ui(top + 1, x, w, _("Main menu"), A_BOLD);
	snprintf(line, sizeof line, "0. %s", _("Dashboard"));
	fa = tui_fa_digits ? loc_digits_to_fa(line) : strdup(line);
	tui_draw_ui(top + 3, x, w, fa ? fa : line, m->sel == 0 ? A_REVERSE : A_NORMAL);
	free(fa);
	for (i = 0; i < NMENU_KINDS; i++) {
		snprintf(num, sizeof num, "%d", i + 1);
		if (m->counts[i] == MENU_UNCOUNTED)
			snprintf(line, sizeof line, "%s. %s", num,
			    _(core_schema_get(menu_kinds[i])->label));
		else
			snprintf(line, sizeof line, "%s. %s (%zu)", num,
			    _(core_schema_get(menu_kinds[i])->label), m->counts[i]);
		/* Digits of the labels too: none of them has any. */
		fa = tui_fa_digits ? loc_digits_to_fa(line) : strdup(line);
		tui_draw_ui(top + 4 + i, x, w, fa ? fa : line, i + 1 == m->sel ? A_REVERSE : A_NORMAL);
		free(fa);
	}
	tui_draw_ui(top + 5 + NMENU_KINDS, x, w, _("F9 settings, F10 quit"), A_DIM);
	if (m->conflicts > 0) {
		snprintf(num, sizeof num, "%zu", m->conflicts);
		tui_fmt_digits(num, sizeof num);
		snprintf(line, sizeof line, _("Sync conflicts waiting for a decision: %s (F7)"), num);
		lw = tui_text_width(line);
		if (lw > w) {	/* wider than the menu: keep its start edge */
			lx = tui_ui_dir() == LOC_DIR_RTL ? x + w - lw : x;
			if (lx < 1)
				lx = 1;
			if (lx + lw > COLS - 1)
				lw = COLS - 1 - lx;
		} else {
			lx = x;
			lw = w;
		}
		tui_draw_ui(top + 7 + NMENU_KINDS, lx, lw, line, tui_attr_warning());
	}
	if (moves_told.n > 0)
		tui_moves_draw(top + 7 + NMENU_KINDS + (m->conflicts > 0), top + rows - 1);
}

static enum tui_result
menu_event(struct tui_screen *s, int key)
{
	struct menu *m = s->data;
	struct tui_screen *l;
	int d = loc_digit_value((uint32_t)key);

	if (key < TUI_KEY_BASE && d >= 0 && d <= NMENU_KINDS) {
		m->sel = d;
		key = TUI_KEY_ENTER;
	}
	if (key == TUI_KEY_F(7)) {	/* the sync conflicts (tui/conflscr.c) */
		if ((l = tui_conflicts_new()) != NULL)
			tui_screen_push(l);
		return TUI_HANDLED;
	}
	if (key == TUI_KEY_F(8)) {	/* the audit log (tui/auditscr.h) */
		if ((l = tui_audit_new(NULL)) != NULL)
			tui_screen_push(l);
		return TUI_HANDLED;
	}
	switch (tui_key_action(key)) {
	case TUI_ACT_UP:
		if (m->sel > 0)
			m->sel--;
		return TUI_HANDLED;
	case TUI_ACT_DOWN:
		if (m->sel < NMENU_KINDS)
			m->sel++;
		return TUI_HANDLED;
	case TUI_ACT_OPEN:
		l = m->sel == 0 ? tui_dashboard_new() : tui_list_new(menu_kinds[m->sel - 1]);
		if (l != NULL)
			tui_screen_push(l);
		return TUI_HANDLED;
	case TUI_ACT_SETTINGS:
		settings();
		return TUI_HANDLED;
	case TUI_ACT_BACK:
		/* The main menu is the last screen: closing it ends the
		 * program.  A clerk backing out of a list with one Esc too
		 * many lost his place, so ask first (default no). */
		/* a digit answers no and opens its menu item: one F10
		 * too many, then the digit meant for the menu, was
		 * swallowed by the question */
		if (tui_confirm_or_digit(_("Quit Hamyar?"), 0, &d) == 1)
			return TUI_CLOSE;
		if (d != 0)
			return menu_event(s, d);
		return TUI_HANDLED;
	default:
		return TUI_IGNORED;
	}
}

static struct tui_screen *
menu_new(void)
{
	struct tui_screen *s = calloc(1, sizeof *s);
	struct menu_role r;

	if (s == NULL || (s->data = calloc(1, sizeof(struct menu))) == NULL) {
		free(s);
		return NULL;
	}
	((struct menu *)s->data)->sel = 1;	/* donors: the daily work */
	moves_read(0);
	loc_utf8_copy(s->title, sizeof s->title, _("Main menu"));
	menu_role_get(&r);
	menu_for_role(s, &r);
	s->draw = menu_draw;
	s->event = menu_event;
	s->destroy = free_screen;
	return s;
}

/* ---- first run ------------------------------------------------------------ */

static int
mkdir_parents(const char *path)
{
	char buf[4096], *p;

	loc_utf8_copy(buf, sizeof buf, path);
	for (p = buf + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(buf, 0770) != 0 && errno != EEXIST)
			return -1;
		*p = '/';
	}
	return 0;
}

struct init_ctx {
	const char *code, *name;
};

static int
init_fn(struct store_txn *t, void *ctx)
{
	struct init_ctx *c = ctx;
	char login[64];

	/* as `init`: the maker's login, if it has one, is recorded as the
	 * admin */
	return cli_init_store(t, c->code, c->name,
	    tui_identity_login(login, sizeof login) == 0 ? login : NULL);
}

static void
blank_draw(struct tui_screen *s, int top, int rows)
{
	(void)s;
	(void)rows;
	tui_draw_ui(top + 1, 2, COLS - 4, _("Welcome to Hamyar."), A_BOLD);
	tui_draw_ui(top + 3, 2, COLS - 4, _("There is no database here yet; a new one will be made at:"), A_NORMAL);
	tui_draw_text(top + 4, 2, COLS - 4, tui_app.db_path, LOC_DIR_LTR,
	    tui_ui_dir() == LOC_DIR_RTL ? TUI_ALIGN_RIGHT : TUI_ALIGN_LEFT, A_NORMAL);
}

static enum tui_result
blank_event(struct tui_screen *s, int key)
{
	(void)s;
	(void)key;
	return TUI_IGNORED;
}

static struct tui_screen *
blank_new(const char *title)
{
	struct tui_screen *s = calloc(1, sizeof *s);

	if (s == NULL)
		return NULL;
	loc_utf8_copy(s->title, sizeof s->title, title);
	s->fkeys = calib_keys;
	s->draw = blank_draw;
	s->event = blank_event;
	s->destroy = free_screen;
	return s;
}

/* Runs a verb with its standard output and error sent to /dev/null (the
 * screen is about to be repainted); returns its exit code. */
static int
run_quietly(cli_verb_fn fn, int argc, char **argv, const struct hamyar_opts *o)
{
	int out, err, null, rc;

	fflush(stdout);
	fflush(stderr);
	null = open("/dev/null", O_WRONLY);
	out = dup(STDOUT_FILENO);
	err = dup(STDERR_FILENO);
	if (null >= 0) {
		dup2(null, STDOUT_FILENO);
		dup2(null, STDERR_FILENO);
		close(null);
	}
	rc = fn(argc, argv, o);
	fflush(stdout);
	fflush(stderr);
	if (out >= 0) {
		dup2(out, STDOUT_FILENO);
		close(out);
	}
	if (err >= 0) {
		dup2(err, STDERR_FILENO);
		close(err);
	}
	return rc;
}

/* Asks for the station and makes the database.  Returns 0, or -1 if the
 * user gave up or it failed (message already shown). */
static int
first_run(const struct hamyar_opts *o)
{
	struct tui_screen *bg = blank_new(_("First start"));
	struct init_ctx c;
	char *code = NULL, *name = NULL, *norm, msg[512], why[400];
	char county[CORE_STATION_MAX + 1];
	int rc = STORE_EIO;

	if (bg == NULL)
		return -1;
	tui_screen_push(bg);
	for (;;) {
		code = tui_prompt_code(_("New database"), _("Station code (2-8 Latin letters or digits):"), code);
		if (code == NULL)
			goto fail;
		if (core_station_valid(code)) {
			/* one form everywhere: "mrd" is MRD */
			core_station_normalize(code, code);
			break;
		}
		/* «مرند» for MRD: the county's code suggested, as sync
		 * trust and init --station do (core_county_station) */
		if (core_county_station(code, county)) {
			char *shown = loc_text_sanitize(code);

			snprintf(msg, sizeof msg, _("«%s» is not a station code but a county's name: its code is %s, if the station is that county's."),
			    shown != NULL ? shown : "?", county);
			free(shown);
			tui_message(_("Station code"), msg);
		} else
			tui_message(_("Station code"), _("The station code is 2 to 8 Latin letters or digits, e.g. TBZ."));
	}
	name = tui_prompt(_("New database"), _("Station name:"), NULL);
	if (name == NULL)
		goto fail;
	if (mkdir_parents(tui_app.db_path) != 0 ||
	    (rc = tui_identity_open_store(tui_app.db_path, STORE_CREATE, &tui_app.st, why,
	    sizeof why)) != 0) {
		/* (a folder of one's own only: its maker is the admin) */
		snprintf(msg, sizeof msg, "%s\n%s", _("Cannot make the database:"), why);
		tui_message(_("Error"), msg);
		goto fail;
	}
	/* The station name is stored text: normalised like any other. */
	if ((norm = loc_text_normalize(name)) != NULL) {
		free(name);
		name = norm;
	}
	c.code = code;
	c.name = name;
	store_user_set(tui_app.st, tui_app.user);
	if ((rc = store_write(tui_app.st, init_fn, &c)) != 0) {
		snprintf(msg, sizeof msg, "%s\n%s", _("Cannot make the database:"), tui_store_strerror(rc));
		tui_message(_("Error"), msg);
		goto fail;
	}
	if (tui_identity_attach(tui_app.st, tui_app.db_path, msg, sizeof msg) != 0) {
		tui_message(_("Error"), msg);
		goto fail;
	}
	if (tui_confirm(_("Add sample data (donors, units, needs) to try the program?"), 0) == 1) {
		char *argv[] = { "demo", NULL };

		store_close(tui_app.st);
		tui_app.st = NULL;
		tui_screen_stop();
		rc = run_quietly(verb_demo, 1, argv, o);
		tui_screen_start();
		if (tui_identity_open_store(tui_app.db_path, 0, &tui_app.st, msg, sizeof msg) != 0) {
			tui_message(_("Error"), msg);
			goto fail;
		}
		if (rc != 0)
			tui_message(_("Sample data"), _("The sample data was not written (hamyar demo says why)."));
	}
	free(code);
	free(name);
	tui_screen_pop();
	return 0;
fail:
	free(code);
	free(name);
	tui_screen_pop();
	return -1;
}

/* ---- drafts ----------------------------------------------------------------- */

struct draft_found {
	char name[64];
	char *data;
};

static int
draft_first(const char *form, const void *data, size_t len, void *ctx)
{
	struct draft_found *d = ctx;
	enum core_kind k;
	char id[CORE_ID_MAX];

	/* a form's, or a popup sequence's (a payment, a stage) */
	if (tui_form_draft_parse_name(form, &k, id) != 0 && tui_seq_kind_of(form, id) == NULL)
		return 0;
	loc_utf8_copy(d->name, sizeof d->name, form);
	if ((d->data = malloc(len + 1)) == NULL)
		return 1;
	memcpy(d->data, data, len);
	d->data[len] = '\0';
	return 1;	/* one is enough: the others are offered next time */
}

struct draft_del {
	const char *name;
};

static int
draft_del_fn(struct store_txn *t, void *ctx)
{
	struct draft_del *d = ctx;
	int rc = store_draft_del(t, tui_app.user, d->name);

	return rc == STORE_ENOTFOUND ? 0 : rc;
}

/* Offers the user's unsaved form or popup sequence, if any. */
static void
offer_draft(void)
{
	struct draft_found d = { "", NULL };
	struct store_txn *t;
	struct tui_screen *f;
	const struct tui_seq_kind *sk = NULL;
	enum core_kind k;
	char id[CORE_ID_MAX], what[600];
	int ans;

	if (store_read_begin(tui_app.st, &t) != 0)
		return;
	store_draft_each(t, tui_app.user, draft_first, &d);
	store_read_end(t);
	if (d.data == NULL)
		return;
	if (tui_form_draft_parse_name(d.name, &k, id) == 0)
		tui_draft_what(k, id, d.data, what, sizeof what);
	else if ((sk = tui_seq_kind_of(d.name, id)) != NULL)
		tui_seq_what(sk, id, d.data, what, sizeof what);
	else {
		free(d.data);
		return;
	}
	ans = tui_draft_ask(what);
	if (ans == 1)
		tui_draft_takeover(d.name, d.data);
	if (ans == 1 && sk != NULL) {
		/* over the screen it was started from, as it was */
		sk->resume(id, d.data);
	} else if (ans == 1) {
		/* on the kind's list, as when the form was opened: saving or
		 * going back lands there, not on the main menu */
		if ((f = tui_list_new(k)) != NULL)
			tui_screen_push(f);
		if ((f = tui_form_new(k, *id ? id : NULL, d.data)) != NULL)
			tui_screen_push(f);
	} else if (ans == 0) {
		struct draft_del dd = { d.name };
		store_write(tui_app.st, draft_del_fn, &dd);
	}
	free(d.data);
}

/* A clerk or supervisor recorded with no county (as the users' form let
 * one be saved before it refused it, or a station of an older version
 * sent): every save of his is refused, each time saying only that his
 * account has none.  Said once, at the start, with what to ask the
 * administrator for and how he sets it. */
static void
warn_no_county(void)
{
	const struct core_field *f = &core_schema_get(CORE_USER)->fields[CORE_USER_ROLE];
	struct core_actor a;
	char msg[800];

	if (tui_user_actor(&a) != 0 || a.county[0] != '\0' ||
	    (a.role != CORE_ROLE_CLERK && a.role != CORE_ROLE_SUPERVISOR))
		return;
	snprintf(msg, sizeof msg, _("Your account (%s, %s) has no county, and a clerk or supervisor works in one: nothing you record can be saved until the database administrator sets yours. Ask the administrator for your county (the users screen, or 'hamyar user add %s --role %s --county COUNTY')."),
	    tui_app.user, _(core_choice_label(f, a.role)), tui_app.user, core_role_name(a.role));
	tui_message(_("No county"), msg);
}

/* ---- the program ------------------------------------------------------------- */

static void
load_identity(void)
{
	struct store_txn *t;
	char *name = NULL;

	if (store_station(tui_app.st, tui_app.station) != 0)
		tui_app.station[0] = '\0';
	if (store_read_begin(tui_app.st, &t) == 0) {
		if (store_setting_get(t, "station.name", &name, NULL) == 0) {
			loc_utf8_copy(tui_app.station_name, sizeof tui_app.station_name, name);
			free(name);
		}
		store_read_end(t);
	}
}

static void
load_user_settings(void)
{
	char *v;

	/* Persian digits in the Persian interface, ASCII ones in the English
	 * one (as the English report page has them), unless the user chose */
	tui_fa_digits = strcmp(loc_lang(), "en") != 0;
	if ((v = tui_user_setting_load("digits")) != NULL) {
		tui_fa_digits = strcmp(v, "ascii") != 0;
		free(v);
	}
	if ((v = tui_user_setting_load("keyboard")) != NULL) {
		tui_kbd_set_persian(strcmp(v, "fa") == 0);
		free(v);
	}
}

/* The mode from the command line or environment; -1 if neither says. */
static int
bidi_override(const struct hamyar_opts *o)
{
	const char *v = o->bidi;

	if (v == NULL)
		v = getenv("HAMYAR_BIDI");
	if (v == NULL || *v == '\0')
		return -1;
	if (strcmp(v, "app") == 0)
		return TUI_BIDI_APP;
	if (strcmp(v, "terminal") == 0)
		return TUI_BIDI_TERMINAL;
	return -1;
}

int
tui_main(const struct hamyar_opts *o)
{
	struct tui_screen *s;
	struct stat sb;
	int rc, mode, first = 0, calibrate = 0;
	char *v, msg[512];

	memset(&tui_app, 0, sizeof tui_app);
	if ((tui_app.db_path = cli_db_path(o)) == NULL) {
		cli_error("%s", _("no database path: use --db DIR or set HAMYAR_DB"));
		return EXIT_USAGE;
	}
	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		cli_error("%s", _("the full-screen program needs a terminal"));
		return EXIT_USAGE;
	}
	/* The user is the login of the real uid (tui/identity.h), nothing else. */
	if (tui_identity_login(tui_app.user, sizeof tui_app.user) != 0)
		snprintf(tui_app.user, sizeof tui_app.user, "uid%ld", (long)getuid());
	/* LMDB trusts its pages: a damaged one read in a list kills the
	 * program; said as the verbs say it once the terminal is back */
	{
		char text[1024];

		snprintf(text, sizeof text, _("stopped on a page of the database %s that could not be read: it may be damaged. Run 'hamyar --db %s verify'; if it finds damage, restore the last backup (README, \"Backup and restore\")."),
		    tui_app.db_path, tui_app.db_path);
		tui_screen_crash_text(text);
	}
	rc = tui_identity_open_store(tui_app.db_path, TUI_OPEN_OWN_SETTINGS, &tui_app.st, msg,
	    sizeof msg);
	if (rc == STORE_EPERM && tui_identity_ro_disk(tui_app.db_path) &&
	    tui_identity_open_store(tui_app.db_path, STORE_RDONLY, &tui_app.st, msg,
	    sizeof msg) == 0) {
		/* a disk mounted read-only: to look through, saying so */
		tui_app.ro_disk = TUI_RO_DISK;
		rc = 0;
	}
	/* a backup file (or a data.mdb) is opened to read only, as the verbs
	 * open it: said at the start, and F5 and the forms refuse as on a
	 * disk mounted read-only, not only F2 after the typing */
	if (rc == 0 && stat(tui_app.db_path, &sb) == 0 && S_ISREG(sb.st_mode))
		tui_app.ro_disk = TUI_RO_FILE;
	if (rc == STORE_ENODB && !(stat(tui_app.db_path, &sb) == 0 && S_ISREG(sb.st_mode)))
		first = 1;	/* (a file that is no database: said, not made) */
	else if (rc != 0) {
		cli_error("%s", msg);
		return EXIT_SYSTEM;
	}
	mode = bidi_override(o);
	if (mode < 0 && !first && (v = tui_user_setting_load("bidi")) != NULL) {
		mode = strcmp(v, "terminal") == 0 ? TUI_BIDI_TERMINAL : TUI_BIDI_APP;
		free(v);
	}
	if (mode < 0) {
		mode = TUI_BIDI_APP;
		calibrate = 1;
	}
	tui_draw_set_bidi((enum tui_bidi)mode);
	if ((rc = tui_screen_start()) != 0) {
		const char *term = getenv("TERM");

		store_close(tui_app.st);
		if (term == NULL)
			term = "";
		if (rc == TUI_START_UNKNOWN_TERM)
			cli_error(_("the terminal type TERM=%s is not known on this machine (it has no terminfo entry for it): start the program with a known type, e.g. TERM=xterm-256color hamyar, or install the type's entry (Debian's ncurses-term)"), term);
		else if (rc == TUI_START_NO_CURSOR)
			cli_error(_("the terminal type TERM=%s cannot move the cursor, which the full-screen program needs: start it with the type of the terminal in use, e.g. TERM=xterm-256color hamyar (or vt100, linux)"), term);
		else
			cli_error("%s", _("cannot start the full-screen program on this terminal"));
		return EXIT_SYSTEM;
	}
	if (first && first_run(o) != 0) {
		tui_screen_stop();
		store_close(tui_app.st);
		return EXIT_OK;
	}
	load_identity();
	load_user_settings();
	tui_settings_load();
	if ((s = menu_new()) == NULL)
		tui_fatal(_("out of memory"));
	tui_screen_push(s);
	if (tui_app.ro_disk == TUI_RO_FILE)
		tui_message(_("Read only"), _("This is a file (a backup, or a database's data.mdb), opened only to look through: nothing can be saved. To change the database, start the program on its folder, not on this file."));
	else if (tui_app.ro_disk)
		tui_message(_("Read only"), _("The database is on a disk mounted read-only: you can look through it, but nothing can be saved. Ask the administrator to mount the disk writable again."));
	else {
		warn_no_county();
		offer_draft();
	}
	if (calibrate && (s = calib_new()) != NULL) {
		((struct calib *)s->data)->first = 1;
		tui_screen_push(s);
	}
	tui_screen_run();
	tui_screen_stop();
	store_close(tui_app.st);
	return EXIT_OK;
}
