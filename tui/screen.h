/*
 * tui/screen.h — the screen manager (after htop's ScreenManager/Panel).
 *
 * The program is a stack of screens.  The top screen draws itself into the
 * rows between the title bar and the status bar and gets every key first;
 * its handler says what it did: TUI_HANDLED (repaint), TUI_IGNORED (the
 * manager applies the shared keys: F1 help, suspend), TUI_CLOSE (pop it).
 * A screen may push another on top of itself (a list opens a form).
 *
 * Each pass of the loop repaints the whole top screen into curses' virtual
 * screen and lets curses send only the difference, so one typed character
 * costs a few bytes on the wire.  Always on screen: the title bar (top), the
 * status bar (user, station, keyboard layout FA/EN, an unsaved-changes
 * mark) and the function-key bar (data: key and label) at the bottom.
 *
 * Popups (confirm, message, menu, check list, help) run their own small key
 * loop over the painted stack and return the answer.
 *
 * Signals: SIGHUP, SIGTERM and SIGINT only set a flag; the loop (and every
 * popup loop) calls each screen's save hook, then, for SIGHUP (the terminal
 * is gone) exits without touching the terminal, else restores it and exits.
 * The terminal is put in explicit bidi mode (CSI 8 l) on start and resume
 * and back to implicit (CSI 8 h) on exit and suspend, in bidi mode app only.
 */
#ifndef TUI_SCREEN_H
#define TUI_SCREEN_H

#include "tui/draw.h"

struct store;

enum tui_result { TUI_IGNORED, TUI_HANDLED, TUI_CLOSE };

/* One function-key bar entry: key number 1-12, label (a msgid), and
 * whether the key changes the database (TUI_FKEY_WRITE): the bar and F1's
 * list of keys leave such keys out for a user whose role writes nothing
 * (an auditor, tui_user_reads_only), though the key still answers him
 * with the reason. */
struct tui_fkey {
	int n;
	const char *label;
	int write;
};
#define TUI_FKEY_WRITE 1
#define TUI_FKEY_BTAB (-1)	/* n of Shift-Tab in a bar */

struct tui_screen {
	char title[160];		/* shown in the title bar (already translated) */
	const struct tui_fkey *fkeys;	/* bar; ends with n == 0 */
	const char *help;		/* F1 help text (msgid); lines split on \n */
	/* Draws rows [top, top + rows) of the screen; sets cursor_y/x (or -1). */
	void (*draw)(struct tui_screen *s, int top, int rows);
	enum tui_result (*event)(struct tui_screen *s, int key);
	/* Returns 1 if the screen holds unsaved changes (status bar mark). */
	int (*dirty)(struct tui_screen *s);
	/* Saves what must not be lost (a form's draft, the draft of a popup
	 * sequence open over the screen).  Called from the loop after
	 * SIGHUP/SIGTERM, so it must not draw. */
	void (*save)(struct tui_screen *s);
	void (*destroy)(struct tui_screen *s);	/* frees s and its data */
	void *data;
	int cursor_y, cursor_x;		/* set by draw; -1: hide the cursor */
	int latin;			/* set by draw: 1 while the focused field
					   takes Latin only (a login): the keys
					   then go in as typed, the program's
					   Persian keyboard left aside */
	struct tui_screen *below;	/* the stack, managed by the manager */
};

/* What the whole program shares. */
struct tui_app {
	struct store *st;		/* open database */
	char user[64];			/* Unix login of the real uid */
	char station[16];		/* station code */
	char station_name[1024];	/* cut between characters */
	const char *db_path;
	int ro_disk;			/* opened read-only: TUI_RO_DISK, its disk
					   is mounted so; TUI_RO_FILE, --db named
					   a file (a backup, a data.mdb) */
};
extern struct tui_app tui_app;
#define TUI_RO_DISK 1
#define TUI_RO_FILE 2

/* Starts curses (UTF-8 locale expected), colours, raw keys, Esc delay and
 * the signal flags; sends CSI 8 l in bidi mode app.  Returns 0, or one of
 * TUI_START_* if the terminal cannot be used (nothing to restore then). */
int tui_screen_start(void);
#define TUI_START_UNKNOWN_TERM	(-2)	/* no terminfo entry for $TERM */
#define TUI_START_NO_CURSOR	(-3)	/* $TERM cannot place the cursor (dumb) */
/* Restores the terminal (endwin, CSI 8 h in mode app).  Safe twice. */
void tui_screen_stop(void);
/* Restores the terminal, prints msg on stderr and exits with status 3.
 * For allocation failures and other impossibilities. */
/* The sentence written on the standard error, after the terminal is given
 * back, when the program dies of SIGSEGV or SIGBUS (text copied). */
void tui_screen_crash_text(const char *text);
void tui_fatal(const char *msg) __attribute__((noreturn));

/* Pushes s on the stack (it becomes the top).  Takes ownership. */
void tui_screen_push(struct tui_screen *s);
/* Pops the top screen and destroys it; no-op on an empty stack. */
void tui_screen_pop(void);
/* Runs the loop until the stack is empty or tui_screen_quit is called. */
void tui_screen_run(void);
/* Makes tui_screen_run return after the current key (stack destroyed). */
void tui_screen_quit(void);
/* Returns the top screen, or NULL. */
struct tui_screen *tui_screen_top(void);

/* Paints the top screen with its bars into the virtual screen (no refresh):
 * the background of a popup. */
void tui_screen_paint(void);
/* Rows available to a screen's content, and its first row. */
int tui_screen_rows(void);
int tui_screen_first_row(void);

/* Reads a key for a popup loop: handles resize and signals like the main
 * loop.  Returns the key, or TUI_KEY_NONE after a timeout or a keyboard
 * layout toggle (repaint then). */
int tui_screen_key(void);

/* Popups.  Each paints the stack, draws itself, and returns:
 * tui_confirm: 1 yes, 0 no, -1 cancelled (Esc).  msg is shown as is. */
int tui_confirm(const char *msg, int default_yes);
/* As tui_confirm, but a digit typed answers no and is written to *digit
 * (else 0) for the caller to act on: the main menu's quit question, where
 * a clerk who pressed one F10 too many types the menu's digit next. */
int tui_confirm_or_digit(const char *msg, int default_yes, int *digit);
/* The question whether to discard a form's changes (default no): as
 * tui_confirm, and 2 for F2, which there saves them (its bar says so). */
int tui_confirm_discard(const char *msg);
/* Shows msg (lines split on \n, wrapped to the screen as it is at each
 * repaint) until a key; taller than the screen, the arrows, PgUp/PgDn and
 * Home/End scroll it and a mark on its bottom border says more is there. */
void tui_message(const char *title, const char *msg);
/* The same for a help text, as F1 shows a screen's (tui_help): below 80
 * columns the lines of a paragraph flow into each other, broken between
 * words, rather than leaving a word or two on a short line. */
void tui_message_help(const char *msg);
/* The same with a file path under msg, on lines of its own drawn left to
 * right (a Latin path in a Persian sentence is reordered by the bidi of
 * the sentence around it), split after a '/' where it is too wide. */
void tui_message_path(const char *title, const char *msg, const char *path);
/* tui_message of a text made for the popup's width: build(arg, width)
 * returns it (malloc'd; NULL: out of memory, the popup closes) with lines
 * of at most width columns, and is called again on each repaint, so that
 * after a resize the text is made anew for the screen there is now. */
void tui_message_fit(const char *title, char *(*build)(void *arg, int width), void *arg);
/* Type-ahead on a list of choices: the letters typed one after another
 * (kept in a, which a non-letter key empties).  tui_ahead_key takes key
 * and returns the choice to select, or -1 if none fits: the first from
 * sel on with a word that begins with all the letters typed («مرند» on
 * the counties), else the next after sel with a word beginning with this
 * letter alone (the same letter again goes on to the next such choice).
 * A Latin key is also read on the built-in Persian layout.  label(arg,
 * i) gives choice i's text, NULL for one not offered; sel may be -1. */
struct tui_ahead {
	char typed[64];
	size_t len;
	char keys[64];		/* the keys typed since, read as US-layout
				   keys ("clerk" for «زمثقن» on the program's
				   Persian layout); "" once one has none */
	size_t klen;
	/* A form's choice field (strict set by its owner): the keys as sent
	 * since the last reset (raw) are read as one word once it has two
	 * letters (not one letter again), as typed, as Latin keys on the
	 * Persian layout («pldhj» is حمایت) and as the US keys of Persian
	 * letters; one that begins no choice's word picks nothing (-1 with
	 * nomatch set), where each letter alone went on to some choice
	 * («building» left a need's category on whatever its last letters
	 * began).  inword is 1 while such a word is looked for, for label
	 * to add words it has only then (a choice's English name). */
	char raw[64];
	size_t rlen;
	int strict, nomatch, inword, anew;	/* anew: this key began the word */
};
void tui_ahead_reset(struct tui_ahead *a);
int tui_ahead_key(struct tui_ahead *a, int key, int n, int sel,
    const char *(*label)(void *arg, int i), void *arg);
/* A list of items to pick one from; returns its index or -1 (Esc).
 * Typing goes to a choice (tui_ahead_key), the letters typed one after
 * another read as one word, as a form's choice field reads them (strict:
 * «pldhj» typed with the keyboard left in Latin is حمایت; a word that
 * begins no item moves nothing, where each letter alone went on to some
 * item); arrows, PgUp/PgDn, Home/End, Enter. */
int tui_menu(const char *title, const char *const *items, int n, int sel);
/* The same where typing also finds words[i] (not shown; NULL for none), as
 * a user's role is found by the word `user add --role` takes ("clerk"). */
int tui_menu_words(const char *title, const char *const *items, const char *const *words, int n,
    int sel);
/* The same where a word typed (two letters or more, not a letter alone)
 * also finds names[i] (not shown; NULL for none): a choice's English name
 * ("support" on a need's category), as on the form's field. */
int tui_menu_names(const char *title, const char *const *items, const char *const *names, int n,
    int sel);
/* Check list: Space toggles, Enter accepts (returns 1, *mask updated),
 * Esc cancels (returns 0, *mask unchanged). */
int tui_checklist(const char *title, const char *const *items, int n, unsigned long *mask);
/* The same with item sel selected when it opens. */
int tui_checklist_at(const char *title, const char *const *items, int n, int sel, unsigned long *mask);
/* The F1 help of screen s. */
void tui_help(struct tui_screen *s);
/* Asks for one line of text in a popup; returns a new string (caller
 * frees) or NULL if cancelled.  init may be NULL.  Ctrl-U empties it. */
char *tui_prompt(const char *title, const char *label, const char *init);
/* Whether the next prompts may go back (Shift-Tab or Up) to the prompt
 * before them, answering what was typed; tui_prompt_went_back says after
 * a prompt whether its answer was given so. */
void tui_prompt_back(int on);
int tui_prompt_went_back(void);
/* Likewise with the text's direction given: LOC_DIR_LTR for a file path,
 * whose slashes a right-to-left field would move to its other end. */
char *tui_prompt_dir(const char *title, const char *label, const char *init,
    enum loc_dir dir);
/* Likewise with init a proposal (today's date): Enter keeps it, the first
 * character typed replaces it (tui_edit_propose). */
char *tui_prompt_proposed(const char *title, const char *label, const char *init);
/* Likewise for an id or a code (a record's id, a login, a station code):
 * laid out by its first letter (tui_edit_text_dir), «TST-» as typed. */
char *tui_prompt_code(const char *title, const char *label, const char *init);
/* Likewise, how: TUI_PROMPT_PROPOSE (init a proposal, as
 * tui_prompt_proposed), TUI_PROMPT_CODE (as tui_prompt_code: a date, an
 * amount, a number or an id asked for a record's field) and
 * TUI_PROMPT_NUMBER (with CODE: a number's, whose sign typed alone reads
 * left to right too, tui_edit_text_dir). */
enum { TUI_PROMPT_PROPOSE = 1, TUI_PROMPT_CODE = 2, TUI_PROMPT_NUMBER = 4 };
char *tui_prompt_as(const char *title, const char *label, const char *init, unsigned how);
/* Likewise (with the direction given) for a field that takes text of
 * several lines pasted into it (what `hamyar sync key` prints): an Enter
 * with more keys right behind it, as a paste sends them, is a line break,
 * kept as a space, and only an Enter on its own is the answer. */
char *tui_prompt_lines(const char *title, const char *label, const char *init,
    enum loc_dir dir);
/* The text of the prompt open now, if it was changed from the text it
 * started with (typed in, emptied); NULL if no prompt is open or nothing
 * was changed.  For a save hook (a popup sequence's draft). */
const char *tui_prompt_typing(void);

/* Switches the bidi mode, sending the terminal the sequences of the change. */
void tui_screen_set_bidi(enum tui_bidi mode);

/* Draws the function-key bar (row y) from the table. */
void tui_fkeys_draw(int y, const struct tui_fkey *keys);
/* Draws the bar of a popup over the screen: F1 help, F10 back. */
void tui_popup_fkeys_draw(void);
/* That bar's keys, for a popup's F1 (tui_help of a screen holding them). */
const struct tui_fkey *tui_popup_fkeys(void);

#endif
