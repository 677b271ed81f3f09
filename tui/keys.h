/*
 * tui/keys.h — keys as the screens see them, and the key bindings.
 *
 * Every key reaches a screen as one int: a Unicode code point for a typed
 * character, or a TUI_KEY_* value (above U+10FFFF) for everything else.
 * Curses key codes stay inside keys.c.  Two translations happen there:
 *
 *   - Esc followed by a digit acts as F1-F10 (Esc 0 = F10), for terminals
 *     without function keys (SPEC §7).  Esc alone is Esc after a short wait.
 *   - While the built-in ISIRI 9147 layout is on (toggled by F12, Ctrl-Space
 *     or Ctrl-T), a printable ASCII key is turned into the Persian character
 *     that key gives on a Persian keyboard (locale/keyboard.h).
 *
 * What a key does is looked up in one table (tui_key_action), not decided by
 * scattered switch statements: screens switch on the action.
 */
#ifndef TUI_KEYS_H
#define TUI_KEYS_H

#include <stdint.h>

#define TUI_KEY_BASE	  0x200000
#define TUI_KEY_F(n)	  (TUI_KEY_BASE + (n))	/* n = 1..12 */
enum {
	TUI_KEY_UP = TUI_KEY_BASE + 32, TUI_KEY_DOWN, TUI_KEY_LEFT, TUI_KEY_RIGHT,
	TUI_KEY_HOME, TUI_KEY_END, TUI_KEY_PGUP, TUI_KEY_PGDN,
	TUI_KEY_BACKSPACE, TUI_KEY_DELETE, TUI_KEY_ENTER, TUI_KEY_TAB,
	TUI_KEY_BTAB, TUI_KEY_ESC, TUI_KEY_RESIZE, TUI_KEY_SUSPEND,
	TUI_KEY_INTERRUPT, TUI_KEY_CLEAR,	/* Ctrl-U: empty the field */
	TUI_KEY_NONE	/* timeout: no key */
};

/* What a key means; screens switch on these. */
enum tui_action {
	TUI_ACT_NONE, TUI_ACT_HELP, TUI_ACT_SAVE, TUI_ACT_SEARCH,
	TUI_ACT_FILTER, TUI_ACT_NEW, TUI_ACT_BACK, TUI_ACT_NEXT,
	TUI_ACT_PREV, TUI_ACT_UP, TUI_ACT_DOWN, TUI_ACT_PGUP, TUI_ACT_PGDN,
	TUI_ACT_HOME, TUI_ACT_END, TUI_ACT_OPEN, TUI_ACT_SORT,
	TUI_ACT_DELETE, TUI_ACT_SETTINGS
};

/* Returns the action bound to key in the shared table, or TUI_ACT_NONE.
 * Enter maps to TUI_ACT_OPEN; in a form the form treats it as "next". */
enum tui_action tui_key_action(int key);

/* Returns 1 if key is a character a text field takes (printable, ZWNJ). */
int tui_key_is_text(int key);

/* Persian keyboard state: 1 while the ISIRI 9147 layout is on. */
int tui_kbd_persian(void);
void tui_kbd_set_persian(int on);

/* Reads one key, waiting at most timeout_ms (negative: forever; a signal
 * also ends the wait with TUI_KEY_NONE).  Applies Esc+digit (the digit
 * within ESC_DIGIT_WAIT_MS of the Esc; a later one is Esc, then the digit
 * as typed: tui/keys.c) and the ISIRI
 * layout.  The layout toggle keys are consumed here (the status bar shows
 * the change) and returned as TUI_KEY_NONE.  Needs curses started. */
int tui_key_read(int timeout_ms);
/* 1 if a key is waiting to be read, without waiting or reading it (the
 * terminal's input, or keys put back); for a screen that puts off a slow
 * read of its data while a person types (tui_reread_due). */
int tui_key_queued(void);
/* When tui_key_read last returned a key, in tui_clock_ms's milliseconds
 * (0: none yet). */
int64_t tui_key_last_ms(void);
/* A monotonic clock in milliseconds. */
int64_t tui_clock_ms(void);
/* 1 if a key is already waiting, or arrives within timeout_ms (it stays
 * to be read); 0 if none.  Text pasted into a terminal arrives in one
 * piece, while a person types nothing within no time of pressing Enter:
 * an Enter with more keys right behind it is a line break of a paste. */
int tui_key_waiting(int timeout_ms);

/* Translates an ASCII key through the ISIRI layout when it is on; other
 * keys are returned unchanged.  Exposed for tests. */
int tui_kbd_map(int key);

/* While on (a field of Latin only has the focus: a login), tui_kbd_map
 * leaves the keys as typed whatever tui_kbd_persian says.  The screen
 * loop turns it on for the key read of such a field (tui_screen.latin). */
void tui_kbd_set_latin_field(int on);
int tui_kbd_latin_field(void);

/* Makes the terminal's smkx, which curses' keypad() sends, put the keypad
 * in numeric mode (ESC > for its ESC =): the keypad's digits then come as
 * digits (tui/keys.c).  Call after newterm, before keypad(). */
void tui_keypad_numeric(void);

/* loc_kbd_isiri (locale/keyboard.h), for the files that include only this. */
uint32_t tui_kbd_isiri(int ascii);

#endif
