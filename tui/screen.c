/*
 * tui/screen.c — the screen stack, the bars, the key loop, popups and the
 * terminal's state (curses, bidi mode sequences, signals).
 *
 * Layout of the terminal (any size from 80x24 up):
 *   row 0            title bar: program, station, screen title
 *   rows 1..LINES-3  the top screen's content
 *   row LINES-2      status bar: user, station, keyboard FA/EN, unsaved mark
 *   row LINES-1      function-key bar
 * In Persian everything is anchored on the right.
 */
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "locale/catalog.h"
#include "locale/collate.h"
#include "locale/digits.h"
#include "locale/keyboard.h"
#include "locale/text.h"
#include "store/store.h"
#include "store/trim.h"
#include "store/users.h"
#include "tui/field.h"
#include "tui/identity.h"
#include "tui/keys.h"
#include "tui/screen.h"
#include "tui/screens.h"

struct tui_app tui_app;

static struct tui_screen *top;
static int running, started, quit;
static volatile sig_atomic_t got_signal;

static const struct tui_fkey popup_keys[] = {
	{ 1, N_("Help"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};
/* The bar under a prompt (a box asking one answer): Enter or F2 accepts
 * it, which only F1 said, the bar offering F1 and F10 alone; in a
 * sequence's prompt after its first, Shift-Tab goes back a prompt too. */
static const struct tui_fkey prompt_keys[] = {
	{ 1, N_("Help"), 0 }, { 2, N_("Accept"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};
static const struct tui_fkey prompt_back_keys[] = {
	{ 1, N_("Help"), 0 }, { 2, N_("Accept"), 0 }, { TUI_FKEY_BTAB, N_("Previous"), 0 },
	{ 10, N_("Back"), 0 }, { 0, NULL, 0 }
};
/* The bar under a yes/no question: its own keys, F2 for yes (so that a
 * second F2 saves over a form's warnings) and F10 to go back.  It kept the bar of
 * the screen behind it, where a form's "F2 save" stood under the question
 * whether to discard the form's changes, which F2 answers yes. */
static const struct tui_fkey confirm_keys[] = {
	{ 2, N_("Yes"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};
/* The bar under the question whether to discard a form's changes: F2 saves
 * them, as it does on the form (a clerk who pressed Esc by mistake and then
 * F2 to save had his typing thrown away, F2 answering yes). */
static const struct tui_fkey discard_keys[] = {
	{ 2, N_("Save"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};
/* The bar under a list of [ ] boxes: F2 keeps the ticks (as Enter does),
 * which the bar did not say, offering only F10, which drops them. */
static const struct tui_fkey checklist_keys[] = {
	{ 1, N_("Help"), 0 }, { 2, N_("Keep the ticks"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};
/* The question whether to drop ticks changed: F2 keeps them there too. */
static const struct tui_fkey ticks_discard_keys[] = {
	{ 2, N_("Keep the ticks"), 0 }, { 10, N_("Back"), 0 }, { 0, NULL, 0 }
};
/* F1 in the popups whose bar is popup_keys: how each works (a clerk who
 * met a list of [ ] boxes had no word on the screen of Space ticking). */
static const char menu_help[] = N_(
    "Up/Down, PgUp/PgDn, Home/End move; Enter chooses.\n"
    "Letters typed one after another go to the choice with a word beginning with them;\n"
    "the same letter again, to the next choice with it.\n"
    "F10 or Esc goes back without choosing.");
static const char checklist_help[] = N_(
    "Any number of these may be ticked.\n"
    "Up/Down move; Space ticks the choice, or unticks it.\n"
    "Enter or F2 keeps the ticks; F10 or Esc goes back without changing them\n"
    "(asking first if you changed any).");
static const char prompt_help[] = N_(
    "Type the answer; Enter or F2 accepts it.\n"
    "Ctrl-U empties it; F12 switches the Persian/Latin keyboard.\n"
    "F10 or Esc cancels.");
/* The same in a sequence's prompt after its first (tui_prompt_back). */
static const char prompt_back_help[] = N_(
    "Type the answer; Enter or F2 accepts it.\n"
    "Shift-Tab or Up goes back to the previous prompt, keeping this answer.\n"
    "Ctrl-U empties it; F12 switches the Persian/Latin keyboard.\n"
    "F10 or Esc cancels.");

static void
on_signal(int sig)
{
	got_signal = sig;
}

static char crash_text[1024];	/* tui_screen_crash_text */
static size_t crash_len;

void
tui_screen_crash_text(const char *text)
{
	snprintf(crash_text, sizeof crash_text, "hamyar: %s\n", text);
	crash_len = strlen(crash_text);
}

static void
on_crash(int sig)
{
	/* The fatal path restores the terminal first. */
	if (started) {
		endwin();
		if (tui_draw_bidi() == TUI_BIDI_APP)
			(void)!write(STDOUT_FILENO, "\033[8h", 4);
	}
	/* then says what may have stopped it: a damaged page of the
	 * database, as the verbs say (before, only the shell's "Bus error") */
	if (crash_len > 0 && sig != SIGABRT)
		(void)!write(STDERR_FILENO, crash_text, crash_len);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
bidi_explicit(int on)
{
	if (tui_draw_bidi() != TUI_BIDI_APP)
		return;
	fflush(stdout);
	(void)!write(STDOUT_FILENO, on ? "\033[8l" : "\033[8h", 4);
}

/*
 * Mouse and focus reports an earlier program left on.  This program never
 * asks for them, but a program that ended without switching them off (a
 * crashed editor, `printf '\033[?1004h'`) leaves the terminal sending them:
 * a focus event, ESC [ I or ESC [ O, read as PgUp (PuTTY's SCO keys) or F3,
 * and a click as ESC [ M and three bytes or an SGR report.  So at start the
 * modes are reset once: 1000 (X11 mouse), 1002 (with motion while
 * pressed), 1003 (any motion), 1004 (focus), and the report encodings
 * 1005, 1006 (SGR), 1015 (urxvt); xterm's ctlseqs lists them all, and a
 * mode reset that is off already changes nothing.
 *
 * Only where the terminal has such modes: its terminfo entry names a
 * mouse report (kmous: xterm, screen, tmux, rxvt...), or TERM is putty
 * (PuTTY reports the mouse as xterm does, its entry names no kmous).  The
 * Linux console has ?1000 alone (console_codes(4): "ESC [ ? 1000 h  X11
 * Mouse Reporting"), so it is sent that alone; a vt100 or vt220 entry
 * names no mouse, and nothing is sent there: DEC terminals are meant to
 * ignore a private mode they do not have, but no mode of these exists on
 * them to reset.  Once, at the first start: not at exit or on resume, no
 * mode was set here.
 */
static void
reports_off(void)
{
	static const char all[] = "\033[?1000l\033[?1002l\033[?1003l\033[?1004l"
	    "\033[?1005l\033[?1006l\033[?1015l";
	const char *term = getenv("TERM");
	char *kmous = tigetstr("kmous");
	int mouse = kmous != NULL && kmous != (char *)-1 && kmous[0] != '\0';
	static int sent;

	if (sent++)	/* curses started again after the sample data: once */
		return;
	if (term == NULL)
		term = "";
	fflush(stdout);
	if (strncmp(term, "linux", 5) == 0) {
		if (mouse)
			(void)!write(STDOUT_FILENO, "\033[?1000l", 8);
	} else if (mouse || strncmp(term, "putty", 5) == 0)
		(void)!write(STDOUT_FILENO, all, sizeof all - 1);
}

int
tui_screen_start(void)
{
	struct sigaction sa;
	SCREEN *scr;
	char *cup;

	if (getenv("ESCDELAY") == NULL)
		set_escdelay(50);
	/* newterm, not initscr: initscr exits the process when $TERM has no
	 * terminfo entry here (an SSH client's xterm-kitty, alacritty), with
	 * curses' own English line and status 1.  A terminal that cannot place
	 * the cursor (dumb: Emacs' shell, a pipe-like console) would get a
	 * screen drawn as one scrolling line. */
	if ((scr = newterm(NULL, stdout, stdin)) == NULL)
		return TUI_START_UNKNOWN_TERM;
	def_prog_mode();	/* as initscr does after its newterm */
	cup = tigetstr("cup");
	if (cup == NULL || cup == (char *)-1) {
		endwin();
		delscreen(scr);
		return TUI_START_NO_CURSOR;
	}
	started = 1;
	raw();
	noecho();
	nonl();
	tui_keypad_numeric();
	keypad(stdscr, TRUE);
	meta(stdscr, TRUE);
	/* Shift-Tab as xterm, PuTTY and console keymaps send it: the linux
	 * entry names ESC [ Z only as an extended key (kcbt2, a code above
	 * KEY_MAX that no table here knows), so on a Linux console Shift-Tab
	 * did nothing */
	if (key_defined("\033[Z") != KEY_BTAB)
		define_key("\033[Z", KEY_BTAB);
	tui_draw_colors_init();
	reports_off();
	bidi_explicit(1);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGHUP, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	signal(SIGSEGV, on_crash);
	signal(SIGABRT, on_crash);
	signal(SIGBUS, on_crash);
	signal(SIGPIPE, SIG_IGN);
	return 0;
}

void
tui_screen_stop(void)
{
	if (!started)
		return;
	started = 0;
	endwin();
	bidi_explicit(0);
}

void
tui_fatal(const char *msg)
{
	tui_screen_stop();
	fprintf(stderr, "hamyar: %s\n", msg);
	exit(3);
}

struct tui_screen *
tui_screen_top(void)
{
	return top;
}

void
tui_screen_push(struct tui_screen *s)
{
	s->below = top;
	s->cursor_y = s->cursor_x = -1;
	top = s;
}

void
tui_screen_pop(void)
{
	struct tui_screen *s = top;

	if (s == NULL)
		return;
	top = s->below;
	s->destroy(s);
}

void
tui_screen_quit(void)
{
	quit = 1;
}

int
tui_screen_first_row(void)
{
	return 1;
}

void
tui_popup_fkeys_draw(void)
{
	tui_fkeys_draw(LINES - 1, popup_keys);
}

const struct tui_fkey *
tui_popup_fkeys(void)
{
	return popup_keys;
}

int
tui_screen_rows(void)
{
	return LINES - 3 > 0 ? LINES - 3 : 1;
}

/* The bar's labels are padded to 6 columns where the row has room.  On a
 * narrower window (an SSH client's 60 columns, a phone's 40) the least
 * needed keys leave it, never F1 (whose help lists them all), F10 (back)
 * nor F2 (save) while another can go, so that the labels shown read
 * whole (fkey_rank).  Before, every key kept its number and the labels
 * were cut evenly, to a letter or two at 40 columns; and before that
 * the keys that did not fit were left off the end, F10 first. */
#define FKEYS_MAX 16

/* The keys of bar that the user can use into shown (FKEYS_MAX + 1 entries,
 * ending with n == 0): the keys that write left out for a user whose role
 * writes nothing.  Returns shown, or bar as it is. */
static const struct tui_fkey *
fkeys_usable(const struct tui_fkey *bar, struct tui_fkey *shown)
{
	int i, n = 0;

	if (bar == NULL || !tui_user_reads_only())
		return bar;
	for (i = 0; bar[i].n != 0 && n < FKEYS_MAX; i++)
		if (!bar[i].write)
			shown[n++] = bar[i];
	shown[n].n = 0;
	shown[n].label = NULL;
	shown[n].write = 0;
	return shown;
}

/* The name a bar shows for key n: F1..F12, or a key named (TUI_FKEY_BTAB). */
static void
fkey_name(int n, char *kb, size_t size)
{
	if (n == TUI_FKEY_BTAB)
		snprintf(kb, size, "Shift-Tab");
	else
		snprintf(kb, size, "F%d", n);
}

/* How much key n of a bar is kept where not all fit (0 the most): F1
 * (help, which lists every key of the screen), F10 (back, as Esc), F2
 * (save, accept), then the others in the bar's order (its i). */
static int
fkey_rank(int n, int i)
{
	return n == 1 ? 0 : n == 10 ? 1 : n == 2 ? 2 : 3 + i;
}

void
tui_fkeys_draw(int y, const struct tui_fkey *bar)
{
	int rtl = tui_ui_dir() == LOC_DIR_RTL;
	int x = rtl ? COLS : 0, n, nk, kw[FKEYS_MAX], w[FKEYS_MAX];
	int need = 0, keysw = 0, budget, cap, sum, whole, i;
	char kb[16];
	struct tui_fkey shown[FKEYS_MAX + 1], kept[FKEYS_MAX + 1];
	const struct tui_fkey *keys = fkeys_usable(bar, shown);

	tui_draw_blank(y, 0, COLS, A_NORMAL);
	/* Where the keys' labels do not all fit whole (an SSH window of
	 * 60 columns, a phone's 40), the least needed keys leave the bar
	 * until the rest read whole (fkey_rank; F1's help lists them all,
	 * and they work as ever); before, every label was cut, to a
	 * letter or two at 40 columns, «F1ر… F3ن…».  Only a bar whose
	 * first key alone does not fit is cut (below). */
	for (nk = 0; keys != NULL && keys[nk].n != 0 && nk < FKEYS_MAX; nk++)
		;
	for (;;) {
		for (whole = 0, keysw = 0, n = 0; n < nk; n++) {
			fkey_name(keys[n].n, kb, sizeof kb);
			keysw += (int)strlen(kb);
			whole += (int)strlen(kb) + tui_text_width(_(keys[n].label)) + (n > 0);
		}
		if (nk <= 1 || whole <= COLS)
			break;
		/* the key of the highest rank out */
		for (i = 0, n = 1; n < nk; n++)
			if (fkey_rank(keys[n].n, n) > fkey_rank(keys[i].n, i))
				i = n;
		if (keys != kept)
			memcpy(kept, keys, (size_t)nk * sizeof kept[0]);
		memmove(kept + i, kept + i + 1, (size_t)(nk - i - 1) * sizeof kept[0]);
		nk--;
		kept[nk].n = 0;
		kept[nk].label = NULL;
		keys = kept;
	}
	for (need = 0, keysw = 0, n = 0; n < nk; n++) {
		fkey_name(keys[n].n, kb, sizeof kb);
		kw[n] = (int)strlen(kb);
		w[n] = tui_text_width(_(keys[n].label));
		keysw += kw[n];
		need += kw[n] + (w[n] < 6 ? 6 : w[n]);
	}
	if (nk == 0)
		return;
	need += nk - 1;			/* one space between entries */
	if (need <= COLS) {
		for (n = 0; n < nk; n++)
			if (w[n] < 6)
				w[n] = 6;
	} else {
		/* The widest label width cap that lets all of them fit. */
		budget = COLS - keysw - (nk - 1);
		for (cap = 0, n = 0; n < nk; n++)
			if (w[n] > cap)
				cap = w[n];
		for (; cap > 0; cap--) {
			for (sum = 0, n = 0; n < nk; n++)
				sum += w[n] < cap ? w[n] : cap;
			if (sum <= budget)
				break;
		}
		for (n = 0; n < nk; n++)
			if (w[n] > cap)
				w[n] = cap;
	}
	for (n = 0; n < nk; n++) {
		fkey_name(keys[n].n, kb, sizeof kb);
		if (rtl) {
			if (x - kw[n] - w[n] < 0)
				break;
			tui_draw_text(y, x - kw[n], kw[n], kb, LOC_DIR_LTR, TUI_ALIGN_LEFT, A_NORMAL);
			tui_draw_ui(y, x - kw[n] - w[n], w[n], _(keys[n].label), tui_attr_bar());
			x -= kw[n] + w[n] + 1;
		} else {
			if (x + kw[n] + w[n] > COLS)
				break;
			tui_draw_text(y, x, kw[n], kb, LOC_DIR_LTR, TUI_ALIGN_LEFT, A_NORMAL);
			tui_draw_ui(y, x + kw[n], w[n], _(keys[n].label), tui_attr_bar());
			x += kw[n] + w[n] + 1;
		}
	}
}

/* tui_screen_run is painting for a key the top screen reads itself (not
 * a popup's over it: status_draw). */
static int top_reads;

/* The status line's user part, fuller to shorter (level 0 to 4): the
 * login with his role and, for a clerk's or a supervisor's, county, and
 * the station: «کاربر: ali (متصدی، تبریز)   ایستگاه: TBZ»; then without
 * the county; without the role; the user alone; his login alone.  The
 * narrow-screen rule: a part given up whole, never cut in a word.
 * Returns 0, or -1 past the last level. */
static int
status_who(int level, char *who, size_t n)
{
	static const char *const role_labels[] = {
		N_("Administrator"), N_("Provincial HQ"), N_("Supervisor"), N_("Clerk"), N_("Auditor")
	};
	const struct store_identity *id = tui_app.st != NULL ? store_users_identity(tui_app.st) : NULL;
	int role = id != NULL ? id->actor.role : -1;
	const char *county = (role == CORE_ROLE_CLERK || role == CORE_ROLE_SUPERVISOR) &&
	    id->actor.county[0] != '\0' ? tui_county_name(id->actor.county) : NULL;
	char what[200];

	if (role < 0 || role >= (int)(sizeof role_labels / sizeof role_labels[0])) {
		role = -1;
		if (level < 2)
			level = 2;
	}
	if (level == 0 && county == NULL)
		level = 1;
	switch (level) {
	case 0:
		snprintf(what, sizeof what, _("%s, %s"), _(role_labels[role]), county);
		break;
	case 1:
		snprintf(what, sizeof what, "%s", _(role_labels[role]));
		break;
	default:
		what[0] = '\0';
	}
	if (level <= 2)
		snprintf(who, n, "%s: %s%s%s%s   %s: %s", _("User"), tui_app.user,
		    what[0] ? " (" : "", what, what[0] ? ")" : "", _("Work station"), tui_app.station);
	else if (level == 3)
		snprintf(who, n, "%s: %s", _("User"), tui_app.user);
	else if (level == 4)
		snprintf(who, n, "%s", tui_app.user);
	else
		return -1;
	return 0;
}

static void
status_draw(int y)
{
	char info[512], who[400], kbd[80], kval[64], mark[160];
	int dirty = top != NULL && top->dirty != NULL && top->dirty(top);
	int small = COLS < 80 || LINES < 24, mw, iw, kw;
	int rtl = tui_ui_dir() == LOC_DIR_RTL;
	/* the keys go to the top screen's field only when it reads them
	 * itself: a popup over a login (Esc's question) takes them as the
	 * toggle says, and the bar said «EN (خانهٔ لاتین)» there */
	int latin = top != NULL && top->latin && top_reads;

	int level;

	status_who(0, who, sizeof who);
	/* a field of Latin only takes the keys as typed: EN there, said so
	 * when the Persian keyboard is on (Ctrl-T seems to do nothing) */
	if (latin && tui_kbd_persian())
		snprintf(kval, sizeof kval, "EN (%s)", _("Latin field"));
	else
		snprintf(kval, sizeof kval, "%s", tui_kbd_persian() && !latin ? "FA" : "EN");
	snprintf(kbd, sizeof kbd, "%s: %s", _("Keyboard"), kval);
	snprintf(info, sizeof info, "%s   %s", who, kbd);
	/* What must not be lost off the end of the bar: the unsaved
	 * changes, and that the window is under the 80x24 everything is
	 * laid out for (so text cut elsewhere is the window's doing).  They
	 * keep their width; the user and station give way, cut. */
	snprintf(mark, sizeof mark, "%s%s%s%s", dirty ? "* " : "",
	    dirty ? _("unsaved changes") : "", dirty && small ? "   " : "",
	    small ? _("window under 80x24") : "");
	mw = mark[0] ? tui_text_width(mark) + 3 : 0;
	/* at 40 columns the note's 22 cells left no room for even the
	 * user's login beside the keyboard layout: a shorter note there,
	 * «پنجره کوچک», below 50 columns (at 50 and 60 the full one leaves
	 * the login room) */
	if (small && COLS < 50) {
		snprintf(mark, sizeof mark, "%s%s%s%s", dirty ? "* " : "",
		    dirty ? _("unsaved changes") : "", dirty ? "   " : "", _("small window"));
		mw = tui_text_width(mark) + 3;
	}
	if (mw > COLS)
		mw = COLS;
	iw = COLS - mw;
	tui_draw_blank(y, 0, COLS, A_NORMAL);
	if (rtl)
		tui_draw_text(y, 0, mw, mark, LOC_DIR_RTL, TUI_ALIGN_LEFT,
		    small ? tui_attr_warning() : A_NORMAL);
	else
		tui_draw_text(y, iw, mw, mark, LOC_DIR_LTR, TUI_ALIGN_RIGHT,
		    small ? tui_attr_warning() : A_NORMAL);
	/* the county, then the role, given up whole before the layout's
	 * label and the station are */
	for (level = 1; level <= 2 && tui_text_width(info) > iw; level++) {
		status_who(level, who, sizeof who);
		snprintf(info, sizeof info, "%s   %s", who, kbd);
	}
	if (tui_text_width(info) <= iw) {
		tui_draw_ui(y, rtl ? mw : 0, iw, info, A_NORMAL);
		return;
	}
	/* Too narrow (an SSH window of 60 columns): the keyboard layout,
	 * which says what typing will give, keeps its place at the end;
	 * before, it was the part cut off («Keyboard: …»). */
	/* at 64 columns, beside the unsaved mark and the window's size, the
	 * layout without its label: «EN (خانهٔ لاتین)» whole, not
	 * «صفحه‌کلید: EN (خا…» */
	if (tui_text_width(kbd) > iw)
		snprintf(kbd, sizeof kbd, "%s", kval);
	kw = tui_text_width(kbd);
	if (kw > iw)
		kw = iw;
	if (rtl)
		tui_draw_ui(y, mw, kw, kbd, A_NORMAL);
	else
		tui_draw_ui(y, iw - kw, kw, kbd, A_NORMAL);
	if (iw - kw - 3 < 4)	/* no room for a word of it */
		return;
	/* the user and station whole, or the user alone, or his login
	 * alone: not cut in a word («کاربر: roo…» at 50 columns) */
	for (level = 3; tui_text_width(who) > iw - kw - 3; level++)
		if (status_who(level, who, sizeof who) != 0)
			return;
	if (rtl)
		tui_draw_ui(y, mw + kw + 3, iw - kw - 3, who, A_NORMAL);
	else
		tui_draw_ui(y, 0, iw - kw - 3, who, A_NORMAL);
}

static void
title_draw(void)
{
	char buf[2700], head[2200], name[sizeof tui_app.station_name * 2];
	int hw, tw;
	size_t n;

	/* The station's name in the user's digits, as every screen under it
	 * shows record text («کلانتری ۱۱ تبریز»); its code (TBZ2), as ids
	 * are, as stored.  Persian digits take two bytes: name has room for
	 * all of them, and a cut here falls between characters too. */
	if (tui_app.station_name[0]) {
		loc_utf8_copy(name, sizeof name, tui_app.station_name);
		tui_fmt_digits(name, sizeof name);
	} else
		loc_utf8_copy(name, sizeof name, tui_app.station);
	/* Before the first start has named the station, no dash before an
	 * empty name («همیار —    نخستین اجرا»). */
	if (name[0] == '\0')
		snprintf(head, sizeof head, " %s", _("Hamyar"));
	else {
		n = (size_t)snprintf(head, sizeof head, " %s — ", _("Hamyar"));
		loc_utf8_copy(head + n, sizeof head - n, name);
	}
	n = (size_t)snprintf(buf, sizeof buf, "%s   ", head);
	loc_utf8_copy(buf + n, sizeof buf - n, top != NULL ? top->title : "");
	hw = tui_text_width(head);
	tw = top != NULL ? tui_text_width(top->title) + 3 : 0;
	if (hw + tw <= COLS || COLS - tw < COLS / 3) {
		tui_draw_ui(0, 0, COLS, buf, tui_attr_bar());
		return;
	}
	/* A long station name would push the screen's title (which record
	 * this form is) off the bar: the name is cut instead. */
	snprintf(buf, sizeof buf, "   %s", top->title);
	hw = COLS - tw;
	if (tui_ui_dir() == LOC_DIR_RTL) {
		tui_draw_ui(0, tw, hw, head, tui_attr_bar());
		tui_draw_ui(0, 0, tw, buf, tui_attr_bar());
	} else {
		tui_draw_ui(0, 0, hw, head, tui_attr_bar());
		tui_draw_ui(0, hw, tw, buf, tui_attr_bar());
	}
}

void
tui_screen_paint(void)
{
	int rows = tui_screen_rows();

	erase();
	title_draw();
	if (top != NULL) {
		top->cursor_y = top->cursor_x = -1;
		top->latin = 0;
		top->draw(top, tui_screen_first_row(), rows);
	}
	status_draw(LINES - 2);
	tui_fkeys_draw(LINES - 1, top != NULL ? top->fkeys : NULL);
}

static void
place_cursor(void)
{
	if (top != NULL && top->cursor_y >= 0) {
		curs_set(1);
		move(top->cursor_y, top->cursor_x);
	} else {
		curs_set(0);
		move(LINES - 1, COLS - 1);
	}
}

/* Saves every screen's work, and leaves: the answer to SIGHUP/SIGTERM. */
static void
handle_signal(void)
{
	struct tui_screen *s;
	int sig = got_signal;

	if (sig == 0)
		return;
	got_signal = 0;
	for (s = top; s != NULL; s = s->below)
		if (s->save != NULL)
			s->save(s);
	if (sig == SIGHUP) {
		/* The terminal is gone: do not write to it. */
		store_close(tui_app.st);
		_exit(0);
	}
	tui_screen_stop();
	store_close(tui_app.st);
	exit(0);
}

static void
suspend(void)
{
	tui_screen_stop();
	kill(getpid(), SIGSTOP);
	/* continued */
	started = 1;
	bidi_explicit(1);
	refresh();
	clearok(curscr, TRUE);
}

int
tui_screen_key(void)
{
	int k;

	handle_signal();
	/* The screen is painted: give back the pages of the database map the
	 * last key touched, once they add up (issue 9; cheap when not). */
	store_trim(tui_app.st);
	k = tui_key_read(500);
	handle_signal();
	if (k == TUI_KEY_SUSPEND) {
		suspend();
		return TUI_KEY_RESIZE;
	}
	/* TUI_KEY_NONE: a timeout or a layout toggle; the caller repaints,
	 * which refreshes the status bar. */
	return k;
}

void
tui_screen_run(void)
{
	int k;
	enum tui_result r;

	running = 1;
	quit = 0;
	while (top != NULL && !quit) {
		top_reads = 1;
		tui_screen_paint();
		top_reads = 0;
		place_cursor();
		refresh();
		/* a login takes the keys as typed (struct tui_screen) */
		tui_kbd_set_latin_field(top->latin);
		k = tui_screen_key();
		tui_kbd_set_latin_field(0);
		if (k == TUI_KEY_NONE)
			continue;
		if (k == TUI_KEY_RESIZE) {
			clearok(curscr, TRUE);
			continue;
		}
		r = top->event(top, k);
		if (r == TUI_CLOSE)
			tui_screen_pop();
		else if (r == TUI_IGNORED && tui_key_action(k) == TUI_ACT_HELP)
			tui_help(top);
	}
	while (top != NULL)
		tui_screen_pop();
	running = 0;
}

/* ---- popups ---------------------------------------------------------- */

struct box {
	int y, x, h, w;
};

static struct box
box_place(int h, int w)
{
	struct box b;

	if (w > COLS - 2)
		w = COLS - 2;
	if (h > LINES - 2)
		h = LINES - 2;
	b.h = h;
	b.w = w;
	b.y = (LINES - h) / 2;
	b.x = (COLS - w) / 2;
	return b;
}

/* A box of a list to pick from, placed as box_place but above the status
 * line (LINES - 2) as well as the key bar: a long list (the province's 21
 * counties, F4 on a list) scrolls inside it.  Before, its bottom border
 * was drawn over the status line at 80x24. */
static struct box
box_place_list(int h, int w)
{
	struct box b;

	if (h > LINES - 3)
		h = LINES - 3;
	b = box_place(h, w);
	if (b.y + b.h > LINES - 2 && LINES - 2 - b.h >= 0)
		b.y = LINES - 2 - b.h;
	return b;
}

/* A box of a message or a help, placed as box_place but, a tall one, over
 * the title line rather than the status line: it ends above the status
 * line (LINES - 2), which keeps the user, the station and the keyboard in
 * view, and has the rows box_place gave it (LINES - 2 at most), so that
 * a help made to fit 80x24 still fits without scrolling.  Before, a help
 * of 20 lines (the donors' list's at 80x24) covered the status line. */
static struct box
box_place_above(int h, int w)
{
	struct box b = box_place(h, w);

	if (b.y + b.h > LINES - 2 && LINES - 2 - b.h >= 0)
		b.y = LINES - 2 - b.h;
	return b;
}

/* A key for a popup loop; a timeout comes back as TUI_KEY_RESIZE, which
 * every popup treats as "repaint". */
static int
popup_key(void)
{
	int k = tui_screen_key();

	return k == TUI_KEY_NONE ? TUI_KEY_RESIZE : k;
}

/* Width of the bytes from p up to end (not included). */
static int
width_upto(char *p, char *end)
{
	char keep = *end;
	int w;

	*end = '\0';
	w = tui_text_width(p);
	*end = keep;
	return w;
}

/* Splits copy in place into at most max lines: at its newlines, and at the
 * spaces where a line would be wider than w columns, so that a popup's
 * text is never cut at the screen's edge (a word wider than w stays whole
 * and is cut when drawn).  With flow (a help text, whose lines were
 * broken by hand for 80 columns), a line that had to be broken runs on
 * into the next one of its paragraph instead of leaving its last word or
 * two on a short line of their own, as they did on 60 to 79 columns:
 * its newline is read as a space, unless a blank line (a new paragraph)
 * or a line of the key bar's keys follows (keys_line).  A text that fits
 * keeps its lines as written.  Returns the number of lines. */
/* Whether the line at p is one of tui_help's lines of keys: "F1 Help  F3
 * Search...", a key and its label, two spaces before the next key. */
static int
keys_line(const char *p)
{
	const char *nl = strchr(p, '\n'), *sp = strstr(p, "  F");

	return p[0] == 'F' && p[1] >= '0' && p[1] <= '9' && sp != NULL && (nl == NULL || sp < nl);
}

static int
wrap_lines(char *copy, char **lines, int max, int w, int flow)
{
	int n = 0, broke = 0;
	char *p = copy, *end, *q, *brk;

	while (n < max && p != NULL) {
		if ((end = strchr(p, '\n')) == NULL)
			end = p + strlen(p);
		brk = NULL;
		if (width_upto(p, end) > w)
			for (q = p; q < end && (q = memchr(q, ' ', (size_t)(end - q))) != NULL; q++) {
				if (brk != NULL && width_upto(p, q) > w)
					break;
				if (tui_wrap_at(q))
					brk = q;
			}
		if (brk == NULL && flow && broke && *end == '\n' && end[1] != '\n' &&
		    end[1] != '\0' && !keys_line(end + 1)) {
			*end = ' ';	/* the tail joins the next line */
			continue;
		}
		lines[n++] = p;
		if (brk != NULL) {
			*brk = '\0';
			p = brk + 1;
			broke = 1;
		} else if (*end == '\n') {
			*end = '\0';
			p = end + 1;
			broke = 0;
		} else
			p = NULL;
	}
	return n;
}

/*
 * A help text taller than the screen made shorter, by level: 1, its lines
 * of keys joined where they fit w columns side by side (the ranking's six
 * keys on one line of 80 columns, not two); 2, its blank lines left out
 * too; 3, its lines broken by hand run on into each other too (wrap_lines
 * breaks them at w).  A line of keys is never run into a sentence.  At
 * 80x24 the ranking's help and a clerk's donors' list's, two lines too
 * tall, fit so without scrolling.  Returns a new string (NULL: no memory).
 */
static char *
help_compact(const char *text, int level, int w)
{
	char *src = strdup(text), *out, *p, *nl;
	size_t o = 0;
	int prev_keys = 0, prev_blank = 1, first = 1, cur = 0;

	if (src == NULL || (out = malloc(2 * strlen(text) + 2)) == NULL) {
		free(src);
		return NULL;
	}
	for (p = src; p != NULL; p = nl) {
		int keys, lw;

		if ((nl = strchr(p, '\n')) != NULL)
			*nl++ = '\0';
		if (*p == '\0') {
			if (level < 2) {
				out[o++] = '\n';
				cur = 0;
			}
			prev_blank = 1;
			prev_keys = 0;
			continue;
		}
		/* (a last line of keys may hold one: "F10 Back") */
		keys = keys_line(p) || (prev_keys && p[0] == 'F' && p[1] >= '0' && p[1] <= '9');
		lw = tui_text_width(p);
		if (!first && keys && prev_keys && cur + 2 + lw <= w) {
			memcpy(out + o, "  ", 2);
			o += 2;
			cur += 2 + lw;
		} else if (!first && level >= 3 && !keys && !prev_keys && !prev_blank) {
			out[o++] = ' ';
			cur += 1 + lw;
		} else {
			if (!first)
				out[o++] = '\n';
			cur = lw;
		}
		memcpy(out + o, p, strlen(p));
		o += strlen(p);
		first = 0;
		prev_keys = keys;
		prev_blank = 0;
	}
	out[o] = '\0';
	free(src);
	return out;
}

/* The most lines a popup's text is wrapped into (a long help at 64
 * columns, scrolled), the path's 8 aside; a longer text is cut. */
#define TEXT_LINES_MAX 120

/* The widest text a popup box can hold on this screen. */
static int
popup_text_width(void)
{
	return COLS - 6 > 10 ? COLS - 6 : 10;
}

static int
is_key(int k, int ascii)
{
	return k == ascii || k == (int)tui_kbd_isiri(ascii);
}

/* A yes/no question over keys (its bar), F2 answering f2.  digit, if not
 * NULL: a digit (Latin or Persian) answers no and is put there, for the
 * screen below to take (else 0). */
static int
confirm_with(const char *msg, int default_yes, const struct tui_fkey *keys, int f2, int *digit)
{
	char *copy = strdup(msg), *lines[16];
	int n, i, w = 30, sel = default_yes ? 1 : 0, k;
	struct box b;
	char yes[64], no[64];

	if (copy == NULL)
		return -1;
	for (;;) {
		/* wrapped anew on each paint: the screen may have been resized */
		strcpy(copy, msg);
		n = wrap_lines(copy, lines, 16, popup_text_width(), 0);
		for (w = 30, i = 0; i < n; i++)
			if (tui_text_width(lines[i]) + 4 > w)
				w = tui_text_width(lines[i]) + 4;
		tui_screen_paint();
		b = box_place(n + 4, w);
		tui_draw_box(b.y, b.x, b.h, b.w, A_NORMAL);
		for (i = 0; i < n; i++)
			tui_draw_ui(b.y + 1 + i, b.x + 2, b.w - 4, lines[i], A_NORMAL);
		snprintf(yes, sizeof yes, " %s (y) ", _("Yes"));
		snprintf(no, sizeof no, " %s (n) ", _("No"));
		tui_draw_text(b.y + b.h - 2, b.x + b.w / 2, b.w / 2 - 2, yes,
		    tui_ui_dir(), TUI_ALIGN_CENTER, sel ? A_REVERSE : A_NORMAL);
		tui_draw_text(b.y + b.h - 2, b.x + 2, b.w / 2 - 2, no,
		    tui_ui_dir(), TUI_ALIGN_CENTER, sel ? A_NORMAL : A_REVERSE);
		if (tui_ui_dir() == LOC_DIR_LTR) {
			tui_draw_text(b.y + b.h - 2, b.x + 2, b.w / 2 - 2, yes,
			    LOC_DIR_LTR, TUI_ALIGN_CENTER, sel ? A_REVERSE : A_NORMAL);
			tui_draw_text(b.y + b.h - 2, b.x + b.w / 2, b.w / 2 - 2, no,
			    LOC_DIR_LTR, TUI_ALIGN_CENTER, sel ? A_NORMAL : A_REVERSE);
		}
		tui_fkeys_draw(LINES - 1, keys);
		curs_set(0);
		refresh();
		k = popup_key();
		if (k == TUI_KEY_F(2)) {
			free(copy);
			return f2;
		}
		if (is_key(k, 'y') || is_key(k, 'Y')) {
			free(copy);
			return 1;
		}
		if (is_key(k, 'n') || is_key(k, 'N')) {
			free(copy);
			return 0;
		}
		if (k == TUI_KEY_ENTER) {
			free(copy);
			return sel;
		}
		if (digit != NULL && k >= 0 && k < TUI_KEY_BASE && loc_digit_value((uint32_t)k) >= 0) {
			*digit = k;
			free(copy);
			return 0;
		}
		if (k == TUI_KEY_ESC || k == TUI_KEY_F(10) || k == TUI_KEY_INTERRUPT) {
			free(copy);
			return -1;
		}
		if (k == TUI_KEY_LEFT || k == TUI_KEY_RIGHT || k == TUI_KEY_TAB)
			sel = !sel;
	}
}

int
tui_confirm(const char *msg, int default_yes)
{
	return confirm_with(msg, default_yes, confirm_keys, 1, NULL);
}

int
tui_confirm_or_digit(const char *msg, int default_yes, int *digit)
{
	*digit = 0;
	return confirm_with(msg, default_yes, confirm_keys, 1, digit);
}

int
tui_confirm_discard(const char *msg)
{
	return confirm_with(msg, 0, discard_keys, 2, NULL);
}

/* Splits the path copy in place into at most max lines no wider than w
 * where it can: after a '/', so that each line is a whole part of the
 * path.  Returns the number of lines. */
static int
path_lines(char *copy, char **lines, int max, int w)
{
	int n = 0;
	char *p = copy, *q, *brk;

	while (n < max && p != NULL && *p != '\0') {
		brk = NULL;
		if (tui_text_width(p) > w)
			for (q = p; (q = strchr(q, '/')) != NULL && q[1] != '\0'; q++) {
				if (brk != NULL && width_upto(p, q + 1) > w)
					break;
				brk = q + 1;
			}
		if (n + 1 < max && brk != NULL) {
			/* the line ends with its '/': move the rest on */
			memmove(brk + 1, brk, strlen(brk) + 1);
			*brk = '\0';
			lines[n++] = p;
			p = brk + 1;
		} else {
			lines[n++] = p;
			p = NULL;
		}
	}
	return n;
}

/* The message popup: msg, or the text build(arg, width) makes for the
 * width there is at each paint, with path under it (NULL: none). */
static void
message_popup(const char *title, const char *msg, char *(*build)(void *, int),
    void *arg, const char *path, int flow)
{
	size_t mlen = build == NULL ? strlen(msg) : 0, plen = path != NULL ? strlen(path) : 0;
	/* room for the path split into up to 8 lines, each with its NUL */
	char *copy = build == NULL ? malloc(mlen + 1) : NULL, *pcopy = malloc(plen + 9), *lines[TEXT_LINES_MAX + 8];
	char *short_copy = NULL;	/* help_compact's, lines point into it */
	int n, np = 0, i, w, k, first = 0, rows, act, level;
	struct box b;

	if ((build == NULL && copy == NULL) || pcopy == NULL) {
		free(copy);
		free(pcopy);
		return;
	}
	for (;;) {
		/* Wrapped anew on each paint: after a resize the lines fit the
		 * screen there is now, not the one the popup opened on. */
		if (build != NULL) {
			free(copy);
			if ((copy = build(arg, popup_text_width())) == NULL)
				break;
		} else
			memcpy(copy, msg, mlen + 1);
		n = wrap_lines(copy, lines, TEXT_LINES_MAX, popup_text_width(), flow);
		/* a help taller than the screen: made shorter (help_compact)
		 * as far as it takes to fit, before it has to scroll */
		for (level = 1; flow && build == NULL && level <= 3 && n > LINES - 4; level++) {
			char *c = help_compact(msg, level, popup_text_width());

			if (c == NULL)
				break;
			free(short_copy);
			short_copy = c;
			n = wrap_lines(short_copy, lines, TEXT_LINES_MAX, popup_text_width(), flow);
		}
		/* ... and where even that does not fit, it scrolls: with its
		 * blank lines and paragraphs kept (only its keys joined), not
		 * run into one block that scrolls all the same */
		if (level > 2 && n > LINES - 4) {
			char *c = help_compact(msg, 1, popup_text_width());

			if (c != NULL) {
				free(short_copy);
				short_copy = c;
				n = wrap_lines(short_copy, lines, TEXT_LINES_MAX, popup_text_width(), flow);
			}
		}
		np = 0;
		if (path != NULL) {
			memcpy(pcopy, path, plen + 1);
			np = path_lines(pcopy, lines + n, 8, popup_text_width());
		}
		w = 30;
		for (i = 0; i < n + np; i++)
			if (tui_text_width(lines[i]) + 4 > w)
				w = tui_text_width(lines[i]) + 4;
		if (title != NULL && tui_text_width(title) + 6 > w)
			w = tui_text_width(title) + 6;
		tui_screen_paint();
		/* above the status line and the key bar: the user, station
		 * and keyboard stay in sight under a tall help (at 80x24 the
		 * donors' list's help covered the status line) */
		b = box_place_above(n + np + 2, w);
		rows = b.h - 2 > 0 ? b.h - 2 : 0;
		/* Taller than the screen: the arrows scroll it, and the
		 * bottom border says there is more (▼) or was more (▲). */
		if (first > n + np - rows)
			first = n + np - rows;
		if (first < 0)
			first = 0;
		tui_draw_box(b.y, b.x, b.h, b.w, A_NORMAL);
		if (title != NULL)
			tui_draw_text(b.y, b.x + 2, b.w - 4, title, tui_ui_dir(),
			    TUI_ALIGN_CENTER, A_BOLD);
		for (i = 0; i < rows && first + i < n + np; i++)
			if (first + i < n)
				tui_draw_ui(b.y + 1 + i, b.x + 2, b.w - 4, lines[first + i], A_NORMAL);
			else	/* the path: left to right, whatever its letters */
				tui_draw_text(b.y + 1 + i, b.x + 2, b.w - 4, lines[first + i],
				    LOC_DIR_LTR, tui_ui_dir() == LOC_DIR_RTL ?
				    TUI_ALIGN_RIGHT : TUI_ALIGN_LEFT, A_BOLD);
		/* the mark names the keys that scroll: a ▼ alone on the
		 * border went unseen, the help read as cut short */
		if (first + rows < n + np || first > 0) {
			char mark[160];

			snprintf(mark, sizeof mark, " %s ", first + rows >= n + np ?
			    _("▲ more above: Up, PgUp") : first > 0 ?
			    _("▲▼ more: Up/Down, PgUp/PgDn") :
			    _("▼ more below: Down, PgDn"));
			if (tui_text_width(mark) > b.w - 4)
				snprintf(mark, sizeof mark, " %s ", first + rows < n + np ?
				    "\xe2\x96\xbc" : "\xe2\x96\xb2");
			tui_draw_text(b.y + b.h - 1, b.x + 2, b.w - 4, mark,
			    tui_ui_dir(), TUI_ALIGN_CENTER, A_BOLD);
		}
		tui_fkeys_draw(LINES - 1, popup_keys);
		curs_set(0);
		refresh();
		k = popup_key();
		if (k == TUI_KEY_RESIZE)
			continue;
		act = tui_key_action(k);
		if (rows < n + np && (act == TUI_ACT_UP || act == TUI_ACT_DOWN ||
		    act == TUI_ACT_PGUP || act == TUI_ACT_PGDN ||
		    act == TUI_ACT_HOME || act == TUI_ACT_END)) {
			if (act == TUI_ACT_UP)
				first--;
			else if (act == TUI_ACT_DOWN)
				first++;
			else if (act == TUI_ACT_PGUP)
				first -= rows;
			else if (act == TUI_ACT_PGDN)
				first += rows;
			else
				first = act == TUI_ACT_HOME ? 0 : n + np;
			continue;
		}
		break;
	}
	free(copy);
	free(pcopy);
	free(short_copy);
}

void
tui_message_path(const char *title, const char *msg, const char *path)
{
	message_popup(title, msg, NULL, NULL, path, 0);
}

void
tui_message(const char *title, const char *msg)
{
	message_popup(title, msg, NULL, NULL, NULL, 0);
}

void
tui_message_help(const char *msg)
{
	message_popup(_("Help"), msg, NULL, NULL, NULL, 1);
}

void
tui_message_fit(const char *title, char *(*build)(void *arg, int width), void *arg)
{
	message_popup(title, NULL, build, arg, NULL, 0);
}

void
tui_help(struct tui_screen *s)
{
	char buf[4096], keys[1024];
	size_t n = 0, i;
	int w = 0;
	struct tui_fkey shown[FKEYS_MAX + 1];
	const struct tui_fkey *bar = fkeys_usable(s->fkeys, shown);

	/* The keys this screen has now (its key bar), four to a line; a
	 * screen without a bar gets the usual ones of SPEC §7.  In a
	 * right-to-left line each label ends with an RLM: a Latin label
	 * ("TOPSIS/SAW") would otherwise join the next key's "F6" into one
	 * left-to-right run, and "F6" would be read as that label's key. */
	keys[0] = '\0';
	for (i = 0; bar != NULL && bar[i].n != 0 && n < sizeof keys; i++) {
		n += (size_t)snprintf(keys + n, sizeof keys - n, "%sF%d %s%s",
		    i == 0 ? "" : i % 4 == 0 ? "\n" : "  ", bar[i].n, _(bar[i].label),
		    tui_ui_dir() == LOC_DIR_RTL ? "\xe2\x80\x8f" : "");
		w++;
	}
	if (w == 0)
		snprintf(keys, sizeof keys, "%s",
		    _("F1 help  F2 save  F3 or / search  F4 filter  F5 new  F10 or Esc back"));
	snprintf(buf, sizeof buf, "%s\n\n%s\n%s", s->help ? _(s->help) : "", keys,
	    _("Esc goes back too; Esc and a digit at once work as F1-F10.\n"
	      "F12, Ctrl-Space or Ctrl-T: Persian/Latin keyboard."));
	message_popup(_("Help"), buf, NULL, NULL, NULL, 1);	/* reflowed below 80 columns */
}

/* Does a word of label (any word, not only its first: «شخص حقیقی» and
 * «شخص حقوقی» differ in their second; its first alone if first) begin
 * with the letters whose collation prefix is want (ي is ی, آ is ا, as the
 * lists compare)? */
static int
ahead_word_starts(const char *label, const char *want, size_t wl, int first)
{
	char have[256];
	const char *p;
	size_t hl;

	for (p = label; *p != '\0'; p += strcspn(p, " ")) {
		if (*(p += strspn(p, " ")) == '\0')
			break;
		hl = loc_collate_prefix(p, have, sizeof have);
		if (hl > sizeof have - 1)
			hl = sizeof have - 1;
		if (hl >= wl && memcmp(have, want, wl) == 0)
			return 1;
		if (first)
			break;
	}
	return 0;
}

/* The first choice from start on (round from the top again) whose first
 * word begins with typed, else the first with another word that does
 * («انت» is «انتظامی (داوطلبانه)», not «توسعهٔ فضاهای انتظامی» above
 * it); -1 if none has one. */
static int
ahead_find(const char *typed, int n, int start,
    const char *(*label)(void *arg, int i), void *arg)
{
	char want[256];
	const char *l;
	size_t wl;
	int k, i, first;

	if (n <= 0 || (wl = loc_collate_prefix(typed, want, sizeof want)) == 0 ||
	    wl >= sizeof want)
		return -1;
	if (start < 0 || start >= n)
		start = 0;
	for (first = 1; first >= 0; first--)
		for (k = 0; k < n; k++) {
			i = (start + k) % n;
			if ((l = label(arg, i)) != NULL &&
			    ahead_word_starts(l, want, wl, first))
				return i;
		}
	return -1;
}

void
tui_ahead_reset(struct tui_ahead *a)
{
	a->len = 0;
	a->typed[0] = '\0';
	a->klen = 0;
	a->keys[0] = '\0';
	a->rlen = 0;
	a->raw[0] = '\0';
	a->nomatch = 0;
	a->inword = 0;
}

/* Reading r of the keys raw (UTF-8) into out (size n): 0 as sent, 1 each
 * Latin key as the letter it gives on the Persian layout, 2 each Persian
 * letter as the US key that gives it.  Returns 0 if reading r is the same
 * text as the one before it or does not fit, else 1. */
static int
ahead_reading(const char *raw, int r, char *out, size_t n)
{
	const char *p = raw;
	size_t o = 0, cl, ch;
	uint32_t cp, to;
	char u[8];
	int changed = 0;

	if (r == 0)
		return snprintf(out, n, "%s", raw) < (int)n;
	while (*p != '\0') {
		if ((ch = loc_utf8_decode(p, strlen(p), &cp)) == 0)
			return 0;
		p += ch;
		to = cp;
		if (r == 1 && cp > 0x20 && cp < 0x7f && tui_kbd_isiri((int)cp) != 0)
			to = tui_kbd_isiri((int)cp);
		else if (r == 2 && cp >= 0x80 && loc_kbd_key(cp) > 0x20)
			to = (uint32_t)loc_kbd_key(cp);
		changed |= to != cp;
		if ((cl = loc_utf8_encode(to, u)) == 0 || o + cl >= n)
			return 0;
		memcpy(out + o, u, cl);
		o += cl;
	}
	out[o] = '\0';
	return changed;
}

/* The keys raw, of two letters or more and not one letter again, as one
 * word (struct tui_ahead): the choice from sel on with a word beginning
 * with one of its readings, or -1. */
static int
ahead_word(struct tui_ahead *a, int n, int sel,
    const char *(*label)(void *arg, int i), void *arg)
{
	char buf[sizeof a->typed];
	int r, i = -1;

	a->inword = 1;
	for (r = 0; r < 3 && i < 0; r++)
		if (ahead_reading(a->raw, r, buf, sizeof buf))
			i = ahead_find(buf, n, sel, label, arg);
	a->inword = 0;
	if (i >= 0)
		snprintf(a->typed, sizeof a->typed, "%s", buf), a->len = strlen(a->typed);
	return i;
}

/* Is raw the key u (cl bytes) again and again? */
static int
ahead_same_key(const char *raw, const char *u, size_t cl)
{
	if (cl == 0)
		return 0;
	for (; *raw != '\0'; raw += cl)
		if (memcmp(raw, u, cl) != 0)
			return 0;
	return 1;
}

/* The keys typed so far, read as US-layout keys, and this one (its key
 * on that layout; 0: none, and the reading stops) into a->keys. */
static void
ahead_keys_add(struct tui_ahead *a, int asc, int anew)
{
	if (anew)
		a->klen = 0;
	if (asc == 0 || a->klen + 2 > sizeof a->keys) {
		a->klen = 0;
		a->keys[0] = '\0';
		return;
	}
	a->keys[a->klen++] = (char)asc;
	a->keys[a->klen] = '\0';
}

int
tui_ahead_key(struct tui_ahead *a, int key, int n, int sel,
    const char *(*label)(void *arg, int i), void *arg)
{
	uint32_t cand[3];
	char buf[sizeof a->typed], u[8];
	size_t cl;
	int nc = 0, c, i, asc;

	if (!tui_key_is_text(key) || key == ' ') {
		tui_ahead_reset(a);
		return -1;
	}
	cand[nc++] = (uint32_t)key;
	/* a Latin key is also read on the program's Persian layout: the
	 * clerk thinking «م» with the keyboard left in Latin typed "l" */
	if (key > 0x20 && key < 0x7f && tui_kbd_isiri(key) != 0)
		cand[nc++] = tui_kbd_isiri(key);
	/* and a Persian letter as the key that gives it on that layout:
	 * the administrator typing "clerk" with the keyboard in Persian
	 * sent «زمثقن», whose م picked مدیر سامانه, an administrator;
	 * "supervisor" gave ستاد استان.  Tried after the letter itself, and
	 * the keys typed so far read alike (a->keys) before one letter
	 * alone. */
	asc = key > 0x20 && key < 0x7f ? key : loc_kbd_key((uint32_t)key);
	if (asc != 0 && asc != key)
		cand[nc++] = (uint32_t)asc;
	/* a key with no letter to compare (a bracket, a ZWNJ: "P" is "[" on
	 * the Persian layout) adds nothing to the letters typed */
	for (c = i = 0; c < nc; c++) {
		if ((cl = loc_utf8_encode(cand[c], u)) == 0)
			continue;
		u[cl] = '\0';
		if (loc_collate_prefix(u, buf, sizeof buf) > 0)
			cand[i++] = cand[c];
	}
	if ((nc = i) == 0) {
		tui_ahead_reset(a);
		return -1;
	}
	if (a->strict) {
		/* the keys typed so far and this one as one word; one key
		 * again and again (ح, ح: going through the choices with it)
		 * and then another starts a word anew */
		uint32_t first;
		size_t fl = a->rlen ? loc_utf8_decode(a->raw, a->rlen, &first) : 0;

		if ((cl = loc_utf8_encode((uint32_t)key, u)) != 0 && fl > 0 &&
		    a->rlen >= 2 * fl && ahead_same_key(a->raw, a->raw, fl) &&
		    (cl != fl || memcmp(a->raw, u, cl) != 0))
			tui_ahead_reset(a);
		a->anew = a->rlen == 0;
		if (cl == 0 || a->rlen + cl >= sizeof a->raw) {
			a->nomatch = 1;
			return -1;
		}
		memcpy(a->raw + a->rlen, u, cl);
		a->rlen += cl;
		a->raw[a->rlen] = '\0';
		if (a->rlen > cl && !ahead_same_key(a->raw, u, cl)) {
			a->nomatch = 0;
			if ((i = ahead_word(a, n, sel, label, arg)) < 0)
				a->nomatch = 1;
			return i;
		}
	}
	/* The letters typed so far and this one, the start of a word of a
	 * choice, from the one selected now: «مرند» typed on the counties
	 * is مرند, where each letter alone went to the next choice with it
	 * and left مراغه, another county, in the field.  The same letter
	 * twice goes on to the next choice with it (below), as before. */
	for (c = 0; c < nc && a->len > 0; c++) {
		if ((cl = loc_utf8_encode(cand[c], u)) == 0 || a->len + cl >= sizeof buf)
			continue;
		if (a->len == cl && memcmp(a->typed, u, cl) == 0)
			continue;
		memcpy(buf, a->typed, a->len);
		memcpy(buf + a->len, u, cl);
		buf[a->len + cl] = '\0';
		if ((i = ahead_find(buf, n, sel, label, arg)) >= 0) {
			memcpy(a->typed, buf, a->len + cl + 1);
			a->len += cl;
			ahead_keys_add(a, asc, 0);
			return i;
		}
	}
	/* the keys typed so far and this one, as US-layout keys */
	if (a->len > 0 && a->klen > 0 && asc != 0 && a->klen + 1 < sizeof buf) {
		memcpy(buf, a->keys, a->klen);
		buf[a->klen] = (char)asc;
		buf[a->klen + 1] = '\0';
		if ((i = ahead_find(buf, n, sel, label, arg)) >= 0) {
			memcpy(a->typed, buf, a->klen + 2);
			a->len = a->klen + 1;
			ahead_keys_add(a, asc, 0);
			return i;
		}
	}
	/* One letter: the next choice after sel with a word beginning with
	 * it (ح: شخص حقیقی, again: شخص حقوقی). */
	for (c = 0; c < nc; c++) {
		if ((cl = loc_utf8_encode(cand[c], u)) == 0)
			continue;
		u[cl] = '\0';
		if ((i = ahead_find(u, n, sel + 1, label, arg)) >= 0) {
			memcpy(a->typed, u, cl + 1);
			a->len = cl;
			ahead_keys_add(a, asc, 1);
			return i;
		}
	}
	/* a strict word's first letter that begins nothing is its start
	 * all the same: "building" is one word, not "uilding" */
	memcpy(buf, a->raw, a->rlen + 1);
	cl = a->rlen;
	tui_ahead_reset(a);
	if (a->strict) {
		memcpy(a->raw, buf, cl + 1);
		a->rlen = cl;
	}
	return -1;
}

/* The items of a list and, for type-ahead only, a word more for each
 * (tui_menu_words; NULL: none), with room to join the two. */
struct items_arg {
	const char *const *items, *const *words;
	char buf[256];
	const struct tui_ahead *ahead;	/* words only in a word (inword)... */
	int inword_only;		/* ... if set (tui_menu_names) */
};

static const char *
item_label(void *arg, int i)
{
	struct items_arg *ia = arg;

	if (ia->words == NULL || ia->words[i] == NULL || (ia->inword_only && !ia->ahead->inword))
		return ia->items[i];
	snprintf(ia->buf, sizeof ia->buf, "%s %s", ia->items[i], ia->words[i]);
	return ia->buf;
}

static int
list_loop(const char *title, const char *const *items, const char *const *words, int n,
    int sel, unsigned long *mask, int inword_only)
{
	struct items_arg ia = { items, words, "", NULL, inword_only };
	int w = 24, i, h, first = 0, k, from = sel;	/* from: where a word began */
	struct box b;
	char line[512], note[160];
	unsigned long start = mask != NULL ? *mask : 0;
	struct tui_ahead ahead = { "", 0, "", 0, "", 0, 0, 0, 0, 0 };

	if (n <= 0)
		return -1;
	/* the letters typed one after another are one word, as on a form's
	 * choice field: before, each letter that went on no further from
	 * those before it moved to some item of its own */
	ahead.strict = 1;
	ia.ahead = &ahead;
	for (i = 0; i < n; i++)
		if (tui_text_width(items[i]) + 10 > w)
			w = tui_text_width(items[i]) + 10;
	if (title != NULL && tui_text_width(title) + 6 > w)
		w = tui_text_width(title) + 6;
	if (sel < 0 || sel >= n)
		sel = 0;
	for (;;) {
		int bw = w;

		/* A word typed that is in no item (ahead.nomatch: the list
		 * put back where it was) is said in the bottom border, the
		 * box made wide enough for it, as a form's choice field says
		 * it under the field; before, nothing was said.  The next
		 * key that is no letter (an arrow) takes it away. */
		note[0] = '\0';
		if (ahead.nomatch && ahead.rlen > 0) {
			/* a long word cut, not the sentence: «نیست» ends it */
			char word[sizeof ahead.raw + 4];
			int room = COLS - 8;

			snprintf(note, sizeof note, _("\"%s\" is not in this list"), "");
			room -= tui_text_width(note);
			tui_fit_end(ahead.raw, room > 1 ? room : 1, word, sizeof word);
			snprintf(note, sizeof note, _("\"%s\" is not in this list"), word);
			if (tui_text_width(note) + 6 > bw)
				bw = tui_text_width(note) + 6;
		}
		tui_screen_paint();
		b = box_place_list(n + 2, bw);
		h = b.h - 2;
		if (sel < first)
			first = sel;
		if (sel >= first + h)
			first = sel - h + 1;
		tui_draw_box(b.y, b.x, b.h, b.w, A_NORMAL);
		if (title != NULL)
			tui_draw_text(b.y, b.x + 2, b.w - 4, title, tui_ui_dir(),
			    TUI_ALIGN_CENTER, A_BOLD);
		for (i = 0; i < h && first + i < n; i++) {
			if (mask != NULL)
				snprintf(line, sizeof line, "[%s] %s",
				    (*mask >> (first + i)) & 1 ? "x" : " ", items[first + i]);
			else
				loc_utf8_copy(line, sizeof line, items[first + i]);
			/* the selection's bar spans the box; its text keeps a
			 * blank cell from each border, as the other popups do */
			tui_draw_blank(b.y + 1 + i, b.x + 1, b.w - 2,
			    first + i == sel ? A_REVERSE : A_NORMAL);
			tui_draw_ui(b.y + 1 + i, b.x + 2, b.w - 4, line,
			    first + i == sel ? A_REVERSE : A_NORMAL);
		}
		/* More choices than rows (the 21 counties on 80x24, the box
		 * as tall as the screen allows): the bottom border says so,
		 * as a long message's does (▼ more below, ▲ more above). */
		if (note[0] != '\0') {
			char pad[sizeof note + 2];

			snprintf(pad, sizeof pad, " %s ", note);
			tui_draw_text(b.y + b.h - 1, b.x + 2, b.w - 4, pad, tui_ui_dir(),
			    TUI_ALIGN_CENTER, A_BOLD);
		} else if (first + h < n || first > 0)
			tui_draw_text(b.y + b.h - 1, b.x + 2, b.w - 4,
			    first + h < n ? " \xe2\x96\xbc " : " \xe2\x96\xb2 ",
			    LOC_DIR_LTR, TUI_ALIGN_CENTER, A_BOLD);
		tui_fkeys_draw(LINES - 1, mask != NULL ? checklist_keys : popup_keys);
		curs_set(0);
		refresh();
		k = popup_key();
		/* a key that is no letter (an arrow) ends the word typed */
		if (k != TUI_KEY_RESIZE && (!tui_key_is_text(k) || k == ' '))
			tui_ahead_reset(&ahead);
		switch (tui_key_action(k)) {
		case TUI_ACT_UP: if (sel > 0) sel--; continue;
		case TUI_ACT_DOWN: if (sel + 1 < n) sel++; continue;
		case TUI_ACT_PGUP: sel = sel > h ? sel - h : 0; continue;
		case TUI_ACT_PGDN: sel = sel + h < n ? sel + h : n - 1; continue;
		case TUI_ACT_HOME: sel = 0; continue;
		case TUI_ACT_END: sel = n - 1; continue;
		case TUI_ACT_BACK:
			/* ticks changed here are not dropped by one Esc too
			 * many (Esc taken for "done") without asking */
			if (mask == NULL || *mask == start)
				return -1;
			switch (confirm_with(_("The ticks changed here will be lost.\nDrop them and go back?\n(F2 keeps them.)"),
			    0, ticks_discard_keys, 2, NULL)) {
			case 1: return -1;
			case 2: return sel;
			default: continue;
			}
		case TUI_ACT_SAVE: if (mask) return sel; break;
		case TUI_ACT_OPEN: return sel;
		case TUI_ACT_HELP:	/* the bar offers it: say how the list works */
			tui_message(_("Help"), mask != NULL ? _(checklist_help) : _(menu_help));
			continue;
		default: break;
		}
		if (mask != NULL && k == ' ')
			*mask ^= 1ul << sel;
		/* letters typed one after another: the choice they begin
		 * (any other key starts the typing anew) */
		if (k == TUI_KEY_RESIZE)	/* (a timeout too: popup_key) */
			continue;
		i = tui_ahead_key(&ahead, k, n, sel, item_label, &ia);
		if (ahead.anew)
			from = sel;
		if (i >= 0)
			sel = i;
		else if (ahead.nomatch)	/* its first letters may have moved */
			sel = from;
	}
}

int
tui_menu(const char *title, const char *const *items, int n, int sel)
{
	return list_loop(title, items, NULL, n, sel, NULL, 0);
}

int
tui_menu_words(const char *title, const char *const *items, const char *const *words, int n,
    int sel)
{
	return list_loop(title, items, words, n, sel, NULL, 0);
}

int
tui_menu_names(const char *title, const char *const *items, const char *const *names, int n,
    int sel)
{
	return list_loop(title, items, names, n, sel, NULL, 1);
}

int
tui_checklist(const char *title, const char *const *items, int n, unsigned long *mask)
{
	return tui_checklist_at(title, items, n, 0, mask);
}

int
tui_checklist_at(const char *title, const char *const *items, int n, int sel, unsigned long *mask)
{
	unsigned long m = *mask;

	if (list_loop(title, items, NULL, n, sel, &m, 0) < 0)
		return 0;
	*mask = m;
	return 1;
}

/* The prompt open now and the text it started with (tui_prompt_typing). */
static const struct tui_edit *prompt_open;
static const char *prompt_init;
static int prompt_back_on, prompt_back_taken;	/* tui_prompt_back */

void
tui_prompt_back(int on)
{
	prompt_back_on = on;
	prompt_back_taken = 0;
}

int
tui_prompt_went_back(void)
{
	return prompt_back_taken;
}

const char *
tui_prompt_typing(void)
{
	if (prompt_open == NULL || strcmp(prompt_open->buf, prompt_init) == 0)
		return NULL;
	return prompt_open->buf;
}

/* How long after an Enter the next line of a paste may come and the Enter
 * still be read as its line break: a terminal writes a paste at once (over
 * SSH in one packet or a few), and nobody types a key this soon after
 * Enter, so an Enter typed alone is not held up to be seen. */
#define PASTE_LINE_MS 40

/* The key loop of a prompt: the answer (caller frees), or NULL.  lines:
 * tui_prompt_lines. */
static char *
prompt_loop(struct tui_edit *ed, const char *title, const char *label, int lines)
{
	struct loc_layout l;
	struct tui_edit_view v;
	struct box b;
	int k, bw, bx;

	for (;;) {
		tui_screen_paint();
		b = box_place(6, 64);
		tui_draw_box(b.y, b.x, b.h, b.w, A_NORMAL);
		if (title != NULL)
			tui_draw_text(b.y, b.x + 2, b.w - 4, title, tui_ui_dir(),
			    TUI_ALIGN_CENTER, A_BOLD);
		tui_draw_ui(b.y + 2, b.x + 2, b.w - 4, label, A_BOLD);
		bw = b.w - 4;
		bx = b.x + 2;
		tui_draw_blank(b.y + 3, bx, bw, tui_attr_focus());
		ed->flags = tui_draw_layout_flags();
		if (tui_edit_layout(ed, bw, &l, &v) == 0) {
			tui_draw_cells(b.y + 3, bx, bw, &l, -v.text_x, tui_attr_focus());
			if (tui_edit_isolated(ed))
				tui_draw_isolate(b.y + 3, bx, bw, &l, -v.text_x);
			loc_layout_done(&l);
		}
		tui_fkeys_draw(LINES - 1, prompt_back_on ? prompt_back_keys : prompt_keys);
		curs_set(1);
		move(b.y + 3, bx + v.cursor_x);
		refresh();
		k = tui_screen_key();
		switch (k) {
		case TUI_KEY_NONE: case TUI_KEY_RESIZE: continue;
		case TUI_KEY_ENTER:
			/* the line break of a paste, the next line behind it
			 * (PASTE_LINE_MS: tui_key_waiting) */
			if (lines && tui_key_waiting(PASTE_LINE_MS)) {
				tui_edit_insert(ed, ' ');
				continue;
			}
			return strdup(ed->buf);
		case TUI_KEY_F(2):
			return strdup(ed->buf);
		case TUI_KEY_ESC: case TUI_KEY_F(10): case TUI_KEY_INTERRUPT:
			return NULL;
		case TUI_KEY_BTAB: case TUI_KEY_UP:
			/* back to the previous prompt, as Shift-Tab and Up
			 * go back to a form's previous field */
			if (!prompt_back_on)
				continue;
			prompt_back_taken = 1;
			return strdup(ed->buf);
		case TUI_KEY_LEFT: tui_edit_left(ed); continue;
		case TUI_KEY_RIGHT: tui_edit_right(ed); continue;
		case TUI_KEY_HOME: tui_edit_home(ed); continue;
		case TUI_KEY_END: tui_edit_end(ed); continue;
		case TUI_KEY_BACKSPACE: tui_edit_backspace(ed); continue;
		case TUI_KEY_DELETE: tui_edit_delete(ed); continue;
		case TUI_KEY_CLEAR: tui_edit_set(ed, ""); continue;	/* Ctrl-U, as in a form */
		case TUI_KEY_F(1):
			tui_message(_("Help"), prompt_back_on ? _(prompt_back_help) : _(prompt_help));
			continue;
		}
		if (tui_key_is_text(k))
			tui_edit_insert(ed, (uint32_t)k);
	}
}

static char *
prompt_run(const char *title, const char *label, const char *init, enum loc_dir dir,
    int propose, int codes, int lines)
{
	struct tui_edit ed;
	char *out;

	if (tui_edit_init(&ed, init, dir, tui_draw_layout_flags()) != 0)
		return NULL;
	ed.codes = codes != 0;
	ed.number = codes > 1;
	if (propose && init != NULL && tui_edit_propose(&ed, init) != 0) {
		tui_edit_done(&ed);
		return NULL;
	}
	prompt_open = &ed;
	prompt_init = init != NULL ? init : "";
	out = prompt_loop(&ed, title, label, lines);
	prompt_open = NULL;
	tui_edit_done(&ed);
	return out;
}

char *
tui_prompt(const char *title, const char *label, const char *init)
{
	return prompt_run(title, label, init, tui_ui_dir(), 0, 0, 0);
}

char *
tui_prompt_dir(const char *title, const char *label, const char *init, enum loc_dir dir)
{
	return prompt_run(title, label, init, dir, 0, 0, 0);
}

char *
tui_prompt_proposed(const char *title, const char *label, const char *init)
{
	return prompt_run(title, label, init, tui_ui_dir(), 1, 0, 0);
}

char *
tui_prompt_code(const char *title, const char *label, const char *init)
{
	return prompt_run(title, label, init, tui_ui_dir(), 0, 1, 0);
}

char *
tui_prompt_as(const char *title, const char *label, const char *init, unsigned how)
{
	return prompt_run(title, label, init, tui_ui_dir(), (how & TUI_PROMPT_PROPOSE) != 0,
	    !(how & TUI_PROMPT_CODE) ? 0 : (how & TUI_PROMPT_NUMBER) ? 2 : 1, 0);
}

char *
tui_prompt_lines(const char *title, const char *label, const char *init, enum loc_dir dir)
{
	return prompt_run(title, label, init, dir, 0, 0, 1);
}

void
tui_screen_set_bidi(enum tui_bidi mode)
{
	if (mode == tui_draw_bidi())
		return;
	if (started)
		bidi_explicit(0);	/* leave app mode (no-op in terminal mode) */
	tui_draw_set_bidi(mode);
	if (started) {
		bidi_explicit(1);
		clearok(curscr, TRUE);
	}
}
