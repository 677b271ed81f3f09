/*
 * tui/settings.c — the user's settings screen (SPEC §5, §6, §7).
 *
 * One row per setting with its current value; Enter (or Space) changes it
 * and saves it at once, per user, in the store setting "user.LOGIN.KEY"
 * (the keys app.c reads at start: bidi, digits, keyboard; and the ones of
 * this module: colors, currency, read by tui_settings_load):
 *   rendering mode   app / terminal        key bidi
 *   recalibrate      the two-line test of SPEC §6; 1 or 2 picks the mode
 *   digits           Persian / ASCII       key digits (fa / ascii)
 *   keyboard         Persian / Latin at start   key keyboard (fa / en)
 *   colours          on / off (monochrome) key colors (on / off)
 *   amounts          rial / toman          key currency (rial / toman)
 * and, under them, the station's (not the login's): its name, the store
 * setting "station.name" that init wrote (the title bar, thank-you
 * letters), which an administrator or HQ corrects here (the store's
 * policy refuses anyone else, and audits the change).
 * Colours off works by the NO_COLOR convention the drawing module honours:
 * the variable is set and the colour pairs set up again.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "locale/catalog.h"
#include "locale/digits.h"
#include "locale/text.h"
#include "store/store.h"
#include "tui/form.h"
#include "tui/keys.h"
#include "tui/screens.h"

enum { S_BIDI, S_CALIB, S_DIGITS, S_KBD, S_COLORS, S_MONEY, S_STATION, S_N };

struct settings {
	int sel;
	int calib;		/* 1 while the calibration test is shown */
	int colors_off;
	char note[200];
};

static const struct tui_fkey set_keys[] = {
	{ 1, N_("Help"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};

static const char set_help[] = N_(
    "Up/Down, Home/End select a setting; Enter or Space changes it, and\n"
    "it is saved for your login at once.  Recalibrate shows a Persian line\n"
    "drawn two ways: press the number of the one that reads correctly.\n"
    "F10 back.\n"
    "The station's name (title bar, thank-you letters) is the station's:\n"
    "only its administrator or HQ changes it, and the audit log keeps it.");

static const char calib_line[] = "همیار: ثبت خیّرین (سال ۱۴۰۳) Hamyar";

struct kv {
	char name[160];
	const char *value;
};

static int
put_fn(struct store_txn *t, void *ctx)
{
	struct kv *kv = ctx;

	return store_setting_set(t, kv->name, kv->value, strlen(kv->value));
}

void
tui_user_setting_save(const char *key, const char *value)
{
	struct kv kv;
	int rc;

	snprintf(kv.name, sizeof kv.name, "user.%s.%s", tui_app.user, key);
	kv.value = value;
	if (tui_app.st != NULL && (rc = store_write(tui_app.st, put_fn, &kv)) != 0)
		tui_write_failed(rc);
}

char *
tui_user_setting_load(const char *key)
{
	char name[160], *v = NULL;
	struct store_txn *t;

	snprintf(name, sizeof name, "user.%s.%s", tui_app.user, key);
	if (tui_app.st == NULL || store_read_begin(tui_app.st, &t) != 0)
		return NULL;
	if (store_setting_get(t, name, &v, NULL) != 0)
		v = NULL;
	store_read_end(t);
	return v;
}

static void
apply_colors(int off)
{
	if (off)
		setenv("NO_COLOR", "1", 1);
	else
		unsetenv("NO_COLOR");
	tui_draw_colors_init();
}

void
tui_settings_load(void)
{
	char *v;

	if ((v = tui_user_setting_load("currency")) != NULL) {
		tui_toman = strcmp(v, "toman") == 0;
		free(v);
	}
	if ((v = tui_user_setting_load("colors")) != NULL) {
		if (strcmp(v, "off") == 0)
			apply_colors(1);
		free(v);
	}
}

static const char *
value_of(struct settings *st, int i)
{
	switch (i) {
	case S_BIDI:
		return tui_draw_bidi() == TUI_BIDI_APP ? _("the program lays out Persian (app)") :
		    _("the terminal lays out Persian (terminal)");
	case S_CALIB:
		return _("show the test line");
	case S_DIGITS:
		return tui_fa_digits ? _("Persian") : _("ASCII");
	case S_KBD:
		return tui_kbd_persian() ? _("Persian") : _("Latin");
	case S_COLORS:
		return st->colors_off ? _("off (monochrome)") : _("on");
	case S_MONEY:
		return tui_toman ? _("toman") : _("rials");
	case S_STATION:
		return tui_app.station_name[0] ? tui_app.station_name : "-";
	}
	return "";
}

static const char *const labels[S_N] = {
	N_("Rendering mode"), N_("Recalibrate the display"), N_("Digits"),
	N_("Keyboard at start"), N_("Colours"), N_("Amounts in"), N_("Station name")
};

/* The screen row of setting i: the station's below the login's, under
 * a heading of its own. */
static int
row_of(int top, int i)
{
	return i == S_STATION ? top + 2 + i + 2 : top + 2 + i;
}

static void
set_draw(struct tui_screen *s, int top, int rows)
{
	struct settings *st = s->data;
	int w = COLS - 2, i;

	(void)rows;
	if (st->calib) {
		enum tui_bidi keep = tui_draw_bidi();

		tui_draw_ui(top + 1, 1, w, _("Which line reads correctly, with joined letters, right to left?"), A_BOLD);
		tui_draw_ui(top + 3, COLS - 5, 3, "1)", A_BOLD);
		tui_draw_set_bidi(TUI_BIDI_APP);
		tui_draw_text(top + 3, 2, COLS - 9, calib_line, LOC_DIR_RTL, TUI_ALIGN_RIGHT, A_NORMAL);
		tui_draw_set_bidi(TUI_BIDI_TERMINAL);
		tui_draw_ui(top + 5, COLS - 5, 3, "2)", A_BOLD);
		tui_draw_text(top + 5, 2, COLS - 9, calib_line, LOC_DIR_RTL, TUI_ALIGN_RIGHT, A_NORMAL);
		tui_draw_set_bidi(keep);
		tui_draw_ui(top + 7, 1, w, _("Press 1 or 2. Esc keeps the current setting."), A_NORMAL);
		return;
	}
	tui_draw_ui(top, 1, w, _("Settings of your login"), A_BOLD);
	tui_draw_ui(row_of(top, S_STATION) - 1, 1, w, _("Settings of the station"), A_BOLD);
	for (i = 0; i < S_N; i++) {
		struct tui_col cols[2] = {
			{ 26, _(labels[i]), 0 }, { 0, value_of(st, i), 0 },
		};
		tui_cols_draw(row_of(top, i), 1, w, cols, 2, i == st->sel ? A_REVERSE : A_NORMAL);
	}
	if (st->note[0])
		tui_draw_ui(row_of(top, S_N - 1) + 2, 1, w, st->note, A_BOLD);
}

static int
station_fn(struct store_txn *t, void *ctx)
{
	const char *name = ctx;

	return store_setting_set(t, "station.name", name, strlen(name));
}

/* The station's name, typed over the one init was given (a typo there
 * stayed on every thank-you letter: nothing could change it).  Returns 1
 * if saved. */
static int
station_rename(struct settings *st)
{
	char *typed, *name, why[512];
	int rc;

	if ((typed = tui_prompt(_("Station name"), _("Station name:"), tui_app.station_name)) == NULL)
		return 0;
	name = loc_text_normalize(typed);	/* stored text, as init stores it */
	free(typed);
	if (name == NULL)
		tui_fatal(_("out of memory"));
	if (name[0] == '\0') {
		snprintf(st->note, sizeof st->note, "%s", _("Not saved: the station needs a name."));
		free(name);
		return 0;
	}
	if ((rc = store_write(tui_app.st, station_fn, name)) != 0) {
		snprintf(st->note, sizeof st->note, "%s %s", _("Not saved:"), tui_write_why(rc, why, sizeof why));
		free(name);
		return 0;
	}
	loc_utf8_copy(tui_app.station_name, sizeof tui_app.station_name, name);
	free(name);
	return 1;
}

static void
change(struct settings *st)
{
	switch (st->sel) {
	case S_BIDI:
		tui_screen_set_bidi(tui_draw_bidi() == TUI_BIDI_APP ? TUI_BIDI_TERMINAL : TUI_BIDI_APP);
		tui_user_setting_save("bidi", tui_draw_bidi() == TUI_BIDI_APP ? "app" : "terminal");
		break;
	case S_CALIB:
		st->calib = 1;
		return;
	case S_DIGITS:
		tui_fa_digits = !tui_fa_digits;
		tui_user_setting_save("digits", tui_fa_digits ? "fa" : "ascii");
		break;
	case S_KBD:
		tui_kbd_set_persian(!tui_kbd_persian());
		tui_user_setting_save("keyboard", tui_kbd_persian() ? "fa" : "en");
		break;
	case S_COLORS:
		st->colors_off = !st->colors_off;
		apply_colors(st->colors_off);
		tui_user_setting_save("colors", st->colors_off ? "off" : "on");
		break;
	case S_MONEY:
		tui_toman = !tui_toman;
		tui_user_setting_save("currency", tui_toman ? "toman" : "rial");
		break;
	case S_STATION:
		if (!station_rename(st))
			return;
		break;
	}
	snprintf(st->note, sizeof st->note, "%s %s: %s", _("Saved."), _(labels[st->sel]),
	    value_of(st, st->sel));
	tui_data_changed();
}

static enum tui_result
set_event(struct tui_screen *s, int key)
{
	struct settings *st = s->data;

	if (st->calib) {
		/* 1 or 2 in any digits (loc_digit_value: an Arabic ١ too) */
		int d = key >= 0 && key < TUI_KEY_BASE ? loc_digit_value((uint32_t)key) : -1;

		if (d == 1 || d == 2) {
			enum tui_bidi m = d == 1 ? TUI_BIDI_APP : TUI_BIDI_TERMINAL;

			tui_screen_set_bidi(m);
			tui_user_setting_save("bidi", m == TUI_BIDI_APP ? "app" : "terminal");
			st->calib = 0;
			snprintf(st->note, sizeof st->note, "%s %s: %s", _("Saved."), _(labels[S_BIDI]),
			    value_of(st, S_BIDI));
			return TUI_HANDLED;
		}
		if (tui_key_action(key) == TUI_ACT_BACK) {
			st->calib = 0;
			return TUI_HANDLED;
		}
		return TUI_HANDLED;
	}
	if (key == ' ') {
		change(st);
		return TUI_HANDLED;
	}
	switch (tui_key_action(key)) {
	case TUI_ACT_UP:
		if (st->sel > 0)
			st->sel--;
		return TUI_HANDLED;
	case TUI_ACT_DOWN:
		if (st->sel + 1 < S_N)
			st->sel++;
		return TUI_HANDLED;
	case TUI_ACT_HOME:	/* as in the lists: the first, the last */
		st->sel = 0;
		return TUI_HANDLED;
	case TUI_ACT_END:
		st->sel = S_N - 1;
		return TUI_HANDLED;
	case TUI_ACT_OPEN:
		change(st);
		return TUI_HANDLED;
	case TUI_ACT_BACK:
		return TUI_CLOSE;
	default:
		return TUI_IGNORED;
	}
}

struct tui_screen *
tui_settings_new(void)
{
	struct tui_screen *s = tui_screen_make(_("Settings"), sizeof(struct settings), set_keys, set_help);
	struct settings *st;

	if (s == NULL)
		return NULL;
	st = s->data;
	/* The colours as they are: off by the setting (tui_settings_load sets
	 * NO_COLOR for it) or by the login's own NO_COLOR, which the setting
	 * stored as "on" does not undo at the start. */
	st->colors_off = getenv("NO_COLOR") != NULL;
	s->draw = set_draw;
	s->event = set_event;
	return s;
}
