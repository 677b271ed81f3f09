/*
 * tui/keys.c — reading keys: curses codes to TUI_KEY_*, Esc+digit, the
 * ISIRI 9147 toggle, and the table of key bindings.
 *
 * ESCDELAY is set low (tui_screen_start) so a lone Esc is seen after 50 ms
 * instead of curses' default second.  A digit that comes with the Esc, or
 * within ESC_DIGIT_WAIT_MS after curses hands it over, makes an F-key (Esc
 * 2 is F2, for terminals without function keys; Alt-2 sends the two at
 * once on most).  A digit later than that is the next key typed: a clerk
 * who pressed Esc to leave a form and typed a number into the next
 * screen's search got F2 (the form saved) and lost the digit, the wait
 * having been 600 ms.  The rest of a sequence after ESC [ or ESC O is
 * waited for up to SEQ_BYTE_WAIT_MS, as a slow link splits it; a lone Esc
 * waits LONE_ESC_WAIT_MS more for the '[' or 'O'.
 */
#include <errno.h>
#include <poll.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

#include "locale/digits.h"
#include "locale/keyboard.h"
#include "tui/curses.h"
#include "tui/keys.h"

#define ESC_DIGIT_WAIT_MS 150
#define SEQ_BYTE_WAIT_MS 600
/* After a lone Esc and ESC_DIGIT_WAIT_MS with nothing, how much longer a
 * '[' or 'O' is still taken as the rest of a key's sequence.  It was
 * SEQ_BYTE_WAIT_MS in all (Esc then took 0.65 s to act on, over a
 * second in tmux, whose escape-time adds 0.5 s: the first start's display
 * question seemed not to take it).  A key's sequence is written at once
 * by the terminal and over SSH comes in one packet, the ESC with what
 * follows it; the splits a slow link makes come later in the sequence,
 * after ESC [ (read_sequence still waits SEQ_BYTE_WAIT_MS there:
 * tests/screen/slow_keys.sh).  Esc now acts after about 0.25 s. */
#define LONE_ESC_WAIT_MS 50

/* read_raw's name for curses' KEY_MOUSE, which is ESC [ M where the
 * terminfo entry has kmous=\E[M (linux, screen): see csi_m.  Never
 * returned by tui_key_read. */
#define RAW_CSI_M (TUI_KEY_NONE + 1)

static int persian;
static int latin_field;		/* tui_kbd_set_latin_field */

/* A key read while waiting for the digit after Esc that is no character
 * (Tab, Enter, an arrow, a function key): curses' unget_wch takes only
 * characters, so it waits here and is the next key read.  Also the keys
 * of a "sequence" typed by a person after a lone Esc (see tui_key_read),
 * in the order typed: pend[0] is read first. */
#define PEND_MAX 20
static int pend[PEND_MAX];
static size_t npend;

static void
pend_push(int key)
{
	if (npend < PEND_MAX)
		pend[npend++] = key;
}

uint32_t
tui_kbd_isiri(int ascii)
{
	return loc_kbd_isiri(ascii);
}

static const struct {
	int key;
	enum tui_action act;
} bindings[] = {
	{ TUI_KEY_F(1), TUI_ACT_HELP },	    { TUI_KEY_F(2), TUI_ACT_SAVE },
	{ TUI_KEY_F(3), TUI_ACT_SEARCH },   { TUI_KEY_F(4), TUI_ACT_FILTER },
	{ TUI_KEY_F(5), TUI_ACT_NEW },	    { TUI_KEY_F(6), TUI_ACT_SORT },
	{ TUI_KEY_F(8), TUI_ACT_DELETE },   { TUI_KEY_F(9), TUI_ACT_SETTINGS },
	{ TUI_KEY_F(10), TUI_ACT_BACK },    { TUI_KEY_ESC, TUI_ACT_BACK },
	{ TUI_KEY_INTERRUPT, TUI_ACT_BACK },
	{ TUI_KEY_TAB, TUI_ACT_NEXT },	    { TUI_KEY_BTAB, TUI_ACT_PREV },
	{ TUI_KEY_UP, TUI_ACT_UP },	    { TUI_KEY_DOWN, TUI_ACT_DOWN },
	{ TUI_KEY_PGUP, TUI_ACT_PGUP },	    { TUI_KEY_PGDN, TUI_ACT_PGDN },
	{ TUI_KEY_HOME, TUI_ACT_HOME },	    { TUI_KEY_END, TUI_ACT_END },
	{ TUI_KEY_ENTER, TUI_ACT_OPEN },
};

static const struct {
	int curses;
	int key;
} codes[] = {
	{ KEY_UP, TUI_KEY_UP },		  { KEY_DOWN, TUI_KEY_DOWN },
	{ KEY_LEFT, TUI_KEY_LEFT },	  { KEY_RIGHT, TUI_KEY_RIGHT },
	{ KEY_HOME, TUI_KEY_HOME },	  { KEY_END, TUI_KEY_END },
	{ KEY_FIND, TUI_KEY_HOME },	  { KEY_SELECT, TUI_KEY_END },
	{ KEY_A1, TUI_KEY_HOME },	  { KEY_C1, TUI_KEY_END },
	{ KEY_PPAGE, TUI_KEY_PGUP },	  { KEY_NPAGE, TUI_KEY_PGDN },
	{ KEY_A3, TUI_KEY_PGUP },	  { KEY_C3, TUI_KEY_PGDN },
	{ KEY_B2, TUI_KEY_PGDN },	/* ESC [ G where kb2 names it (linux): see seqs */
	{ KEY_BACKSPACE, TUI_KEY_BACKSPACE }, { KEY_DC, TUI_KEY_DELETE },
	{ KEY_ENTER, TUI_KEY_ENTER },	  { KEY_BTAB, TUI_KEY_BTAB },
	{ KEY_RESIZE, TUI_KEY_RESIZE },
};

enum tui_action
tui_key_action(int key)
{
	size_t i;

	for (i = 0; i < sizeof bindings / sizeof bindings[0]; i++)
		if (bindings[i].key == key)
			return bindings[i].act;
	return TUI_ACT_NONE;
}

int
tui_key_is_text(int key)
{
	if (key == 0x200C || key == 0x200D)
		return 1;
	if (key < 0x20 || (key >= 0x7f && key < 0xa0) || key >= 0x110000)
		return 0;
	if (key >= 0x202A && key <= 0x202E)	/* bidi embeddings/overrides */
		return 0;
	if (key >= 0x2066 && key <= 0x2069)	/* bidi isolates */
		return 0;
	return 1;
}

int
tui_kbd_persian(void)
{
	return persian;
}

void
tui_kbd_set_persian(int on)
{
	persian = on != 0;
}

void
tui_kbd_set_latin_field(int on)
{
	latin_field = on != 0;
}

int
tui_kbd_latin_field(void)
{
	return latin_field;
}

int
tui_kbd_map(int key)
{
	uint32_t cp;

	if (!persian || latin_field || key < 0x21 || key > 0x7e)
		return key;
	cp = tui_kbd_isiri(key);
	return cp != 0 ? (int)cp : key;
}

/* curses' keypad() sends the terminfo entry's smkx, which for xterm,
 * screen and vt100 also puts the keypad in application mode (ESC =).
 * PuTTY (and xterm without its numLock) then sends ESC O p ... ESC O y
 * for the keypad's digits, which no table here reads as digits and which
 * xterm's entry names as keys (ESC O q is its kc1, read as End): a clerk
 * typing an amount or a national id on the keypad got End, PgDn, Home and
 * PgUp for 1, 3, 7 and 9 and nothing for the other digits.  So ESC = in
 * smkx becomes ESC > (numeric mode, of the same length), in the terminal's
 * own string table: tigetstr's pointer is the string curses sends, while
 * <term.h>'s copy of the table is not the one ncurses 6 reads.  The cursor
 * keys keep their application mode (ESC [ ? 1 h). */
void
tui_keypad_numeric(void)
{
	char *s = tigetstr("smkx"), *p;

	if (s == NULL || s == (char *)-1)
		return;
	while ((p = strstr(s, "\033=")) != NULL)
		p[1] = '>';	/* ESC >: numeric, also where PuTTY starts in application mode */
}

/* One get_wch with a timeout; returns the TUI key, or TUI_KEY_NONE. */
static int
read_raw(int timeout_ms)
{
	wint_t wc;
	int r;
	size_t i;

	timeout(timeout_ms);
	r = get_wch(&wc);
	if (r == ERR)
		return TUI_KEY_NONE;
	if (r == KEY_CODE_YES) {
		if (wc >= KEY_F(1) && wc <= KEY_F(12))
			return TUI_KEY_F((int)wc - KEY_F(0));
		if (wc == KEY_MOUSE)
			return RAW_CSI_M;
		for (i = 0; i < sizeof codes / sizeof codes[0]; i++)
			if (codes[i].curses == (int)wc)
				return codes[i].key;
		return TUI_KEY_NONE;
	}
	switch (wc) {
	case 27: return TUI_KEY_ESC;
	case '\r': case '\n': return TUI_KEY_ENTER;
	case '\t': return TUI_KEY_TAB;
	case 8: case 127: return TUI_KEY_BACKSPACE;
	case 3: return TUI_KEY_INTERRUPT;
	case 26: return TUI_KEY_SUSPEND;
	case 21: return TUI_KEY_CLEAR;		/* Ctrl-U */
	case 12: return TUI_KEY_RESIZE;		/* Ctrl-L: repaint everything */
	case 0: return TUI_KEY_F(12);		/* Ctrl-Space */
	case 20: return TUI_KEY_F(12);		/* Ctrl-T */
	default: return (int)wc;
	}
}

/* The escape sequences of keys as common terminals send them (xterm,
 * screen/tmux, linux, vt100/vt220), for when TERM's terminfo entry does not
 * describe the terminal actually in use: after ESC, the bytes up to and
 * including the final byte. */
static const struct {
	const char *seq;
	int key;
} seqs[] = {
	{ "[A", TUI_KEY_UP }, { "[B", TUI_KEY_DOWN }, { "[C", TUI_KEY_RIGHT },
	{ "[D", TUI_KEY_LEFT }, { "OA", TUI_KEY_UP }, { "OB", TUI_KEY_DOWN },
	{ "OC", TUI_KEY_RIGHT }, { "OD", TUI_KEY_LEFT }, { "[H", TUI_KEY_HOME },
	{ "[F", TUI_KEY_END }, { "OH", TUI_KEY_HOME }, { "OF", TUI_KEY_END },
	{ "[1~", TUI_KEY_HOME }, { "[4~", TUI_KEY_END }, { "[7~", TUI_KEY_HOME },
	{ "[8~", TUI_KEY_END }, { "[3~", TUI_KEY_DELETE }, { "[5~", TUI_KEY_PGUP },
	{ "[6~", TUI_KEY_PGDN }, { "[Z", TUI_KEY_BTAB },
	{ "OP", TUI_KEY_F(1) }, { "OQ", TUI_KEY_F(2) }, { "OR", TUI_KEY_F(3) },
	{ "OS", TUI_KEY_F(4) }, { "[11~", TUI_KEY_F(1) }, { "[12~", TUI_KEY_F(2) },
	{ "[13~", TUI_KEY_F(3) }, { "[14~", TUI_KEY_F(4) }, { "[15~", TUI_KEY_F(5) },
	{ "[17~", TUI_KEY_F(6) }, { "[18~", TUI_KEY_F(7) }, { "[19~", TUI_KEY_F(8) },
	{ "[20~", TUI_KEY_F(9) }, { "[21~", TUI_KEY_F(10) }, { "[23~", TUI_KEY_F(11) },
	{ "[24~", TUI_KEY_F(12) }, { "[[A", TUI_KEY_F(1) }, { "[[B", TUI_KEY_F(2) },
	{ "[[C", TUI_KEY_F(3) }, { "[[D", TUI_KEY_F(4) }, { "[[E", TUI_KEY_F(5) },
	/* PuTTY's "VT100+" function keys (Terminal > Keyboard): F5-F12 go on
	 * from SS3 P-S as SS3 T-[, which no terminfo entry names. */
	{ "OT", TUI_KEY_F(5) }, { "OU", TUI_KEY_F(6) }, { "OV", TUI_KEY_F(7) },
	{ "OW", TUI_KEY_F(8) }, { "OX", TUI_KEY_F(9) }, { "OY", TUI_KEY_F(10) },
	{ "OZ", TUI_KEY_F(11) }, { "O[", TUI_KEY_F(12) },
	/* PuTTY's "SCO" function keys: "In SCO mode, the function keys F1 to
	 * F12 generate ESC [M through to ESC [X" (PuTTY User Manual, 4.4.3
	 * "Changing the action of the function keys and keypad").  ESC [ M,
	 * F1, is also a mouse report's start: csi_m decides, not this table.
	 * Their Shift and Ctrl forms (ESC [ Y ... ESC [ {) are not read. */
	{ "[N", TUI_KEY_F(2) }, { "[O", TUI_KEY_F(3) }, { "[P", TUI_KEY_F(4) },
	{ "[Q", TUI_KEY_F(5) }, { "[R", TUI_KEY_F(6) }, { "[S", TUI_KEY_F(7) },
	{ "[T", TUI_KEY_F(8) }, { "[U", TUI_KEY_F(9) }, { "[V", TUI_KEY_F(10) },
	{ "[W", TUI_KEY_F(11) }, { "[X", TUI_KEY_F(12) },
	/* Its SCO mode's editing keys: Home ESC [ H and End ESC [ F as above,
	 * PgUp ESC [ I, PgDn ESC [ G (PuTTY's source, unix/gtkwin.c, "SCO small
	 * keypad"; Delete sends DEL there, read as Backspace, as it must be
	 * where Backspace sends DEL too).  ESC [ G is also the keypad's 5
	 * with NumLock off (kb2 of the linux entry, which curses reads as
	 * KEY_B2): PgDn then, rather than nothing, whatever TERM says. */
	{ "[I", TUI_KEY_PGUP }, { "[G", TUI_KEY_PGDN },
};

/* ESC [ M has been read (from curses as KEY_MOUSE, or byte by byte).  It is
 * F1 in PuTTY's SCO mode, and the start of an X10/normal mouse report, ESC
 * [ M Cb Cx Cy, three bytes from 0x20 up.  The program never turns mouse
 * reporting on, but a program before it may have left it on (a vim or mc
 * killed with the connection): a click must then neither open the help nor
 * type three letters into a field.  A terminal writes a report in one
 * piece, while a person types nothing within no time of pressing F1; so
 * three bytes that are already there, no waiting, are a report and are
 * dropped with it, and otherwise what was read is put back and the key is
 * F1.  (A report split by a slow link reads as F1 and three characters.) */
static int
csi_m(void)
{
	wint_t got[3];
	int code[3], r;
	size_t n, i;

	timeout(0);
	for (n = 0; n < 3; n++) {
		r = get_wch(&got[n]);
		if (r == ERR)
			break;
		code[n] = r == KEY_CODE_YES;
		if (code[n] || got[n] < (n == 0 ? 0x20u : 0x21u)) {
			n++;
			break;
		}
	}
	if (n == 3 && !code[2] && got[2] >= 0x21)
		return TUI_KEY_NONE;
	for (i = n; i > 0; i--) {	/* curses returns the last put back first */
		if (code[i - 1])
			ungetch((int)got[i - 1]);
		else
			unget_wch((wchar_t)got[i - 1]);
	}
	return TUI_KEY_F(1);
}

/* ESC and then '[' or 'O' (first) arrived together: reads the rest of the
 * sequence and names its key, or TUI_KEY_NONE for one we do not know (it
 * is dropped whole rather than typed into a field).  Over a slow SSH link
 * the rest of a key's sequence may come a few hundred milliseconds after
 * its start (curses, after ESCDELAY, has already given up on it and handed
 * us the bytes one by one): each byte is waited for as long as the digit
 * after a lone Esc, or "D" of a split Left arrow, "5~" of a split F5, were
 * typed into the field.  The keys read after first go into got (at most
 * 16), for a caller that puts an unknown sequence back as typed keys. */
static int
read_sequence(int first, int *got, size_t *ngot)
{
	char buf[16];
	size_t n = 0, i;
	int c;

	*ngot = 0;
	buf[n++] = (char)first;
	for (;;) {
		c = read_raw(SEQ_BYTE_WAIT_MS);
		if (c != TUI_KEY_NONE && c != RAW_CSI_M)
			got[(*ngot)++] = c;	/* at most sizeof buf */
		if (c == TUI_KEY_NONE || c >= 0x80 || n + 1 >= sizeof buf)
			return TUI_KEY_NONE;
		buf[n++] = (char)c;
		buf[n] = '\0';
		/* SS3 takes one byte; CSI ends with a byte in @..~ (but '[' after
		 * "[" is the linux console's F1-F5 prefix). */
		if (first == 'O' && n == 2)
			break;
		if (first == '[' && c >= 0x40 && c <= 0x7e && !(n == 2 && c == '['))
			break;
	}
	if (strcmp(buf, "[M") == 0)
		return csi_m();
	for (i = 0; i < sizeof seqs / sizeof seqs[0]; i++)
		if (strcmp(seqs[i].seq, buf) == 0)
			return seqs[i].key;
	return TUI_KEY_NONE;
}

int
tui_key_waiting(int timeout_ms)
{
	wint_t wc;
	int r;

	if (npend > 0)
		return 1;
	timeout(timeout_ms);
	r = get_wch(&wc);
	if (r == ERR)
		return 0;
	if (r == KEY_CODE_YES)	/* put back as read: the next tui_key_read's */
		ungetch((int)wc);
	else
		unget_wch((wchar_t)wc);
	return 1;
}

/* When the last key was read (CLOCK_MONOTONIC, ms; 0: none yet): for a
 * screen that reads its data again in the pauses between keys
 * (tui_reread_due). */
static int64_t last_key_ms;

static int key_read_once(int timeout_ms);

int64_t
tui_clock_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int64_t
tui_key_last_ms(void)
{
	return last_key_ms;
}

int
tui_key_queued(void)
{
	struct pollfd p = { STDIN_FILENO, POLLIN, 0 };

	if (npend > 0)
		return 1;
	return poll(&p, 1, 0) == 1 && (p.revents & POLLIN);
}

int
tui_key_read(int timeout_ms)
{
	int k = key_read_once(timeout_ms);

	if (k != TUI_KEY_NONE)
		last_key_ms = tui_clock_ms();
	return k;
}

static int
key_read_once(int timeout_ms)
{
	int k, next;

	if (npend > 0) {
		k = pend[0];
		memmove(pend, pend + 1, --npend * sizeof pend[0]);
	} else
		k = read_raw(timeout_ms);
	if (k == RAW_CSI_M)
		k = csi_m();
	if (k == TUI_KEY_ESC) {
		int d, soon = 1;

		/* a digit now is Esc's F-key; one later is typed after a
		 * lone Esc (see the file comment) */
		if ((next = read_raw(ESC_DIGIT_WAIT_MS)) == TUI_KEY_NONE) {
			soon = 0;
			next = read_raw(LONE_ESC_WAIT_MS);
		}
		d = next >= 0 && next < TUI_KEY_BASE ? loc_digit_value((uint32_t)next) : -1;
		/* A sequence's F12 (PuTTY's ESC O [ or ESC [ X, ESC [ 24~ where
		 * TERM names another terminal) toggles the layout as F12 does. */
		if (next == '[' || next == 'O') {
			int got[16];
			size_t ngot, i;

			k = read_sequence(next, got, &ngot);
			/* none we know, begun after the Esc was alone: a
			 * person typing (ج is [ on the built-in Persian
			 * layout: Esc, then «جواد» in the list's search lost
			 * its first letters); Esc now, the keys as typed */
			if (k == TUI_KEY_NONE && !soon) {
				k = TUI_KEY_ESC;
				pend_push(next);
				for (i = 0; i < ngot; i++)
					pend_push(got[i]);
			}
		} else if (soon && d >= 0)	/* ASCII, Persian or Arabic digits */
			k = TUI_KEY_F(d == 0 ? 10 : d);
		else if (next != TUI_KEY_NONE) {
			/* Esc then another key: Esc now, the key next time. */
			if (next < TUI_KEY_BASE)
				unget_wch((wchar_t)next);
			else
				pend_push(next);
		}
	}
	if (k == TUI_KEY_F(12)) {
		persian = !persian;
		return TUI_KEY_NONE;
	}
	return tui_kbd_map(k);
}
