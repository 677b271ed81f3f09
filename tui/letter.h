/*
 * tui/letter.h — the printable thank-you letter (تقدیرنامه) to a donor
 * honoured at a ceremony (SPEC §1 item 6).
 *
 * The letter is one self-contained HTML page: dir="rtl" lang="fa", UTF-8,
 * all CSS inline in style attributes, no images, fonts, scripts or links to
 * other files, so it prints the same from any browser on a machine with no
 * network.  Its text is Persian whatever the interface language (it is
 * handed to a Persian donor), with dates in Persian digits, and so the
 * digits of every text from the database (a name, a title, a place, the
 * station's name), but those of a Latin word ("3D"), as on the screens.  Every text from the database is HTML-escaped.
 *
 * It says what the donor is thanked for: a short table of his
 * contributions (the need, the participation type, the money received or
 * pledged, in Persian digits grouped with U+066C, in rials or toman as the
 * user's setting says, or the hours or the thing given in kind), the sum
 * received under it, from the day of his first payment to the day the
 * letter is written («از ۵ اسفند ۱۴۰۲ تا امروز»), that sum written in
 * words too, after its digits, as formal letters write it
 * («۵۰٬۰۰۰٬۰۰۰ ریال (پنجاه میلیون ریال)», locale/words.h); a sum in
 * toman that is not whole toman (15 rials, ۱٫۵ toman) is said in words
 * in rials.  The table's amounts are figures, in digits alone.  An organisation is addressed «مدیریت محترم», a
 * person «خیّر گرامی».
 */
#ifndef TUI_LETTER_H
#define TUI_LETTER_H

#include <stddef.h>
#include <stdint.h>

#include "store/store.h"

/* One contribution the letter thanks the donor for: a pledge of his that
 * is neither cancelled nor deactivated. */
struct tui_letter_item {
	char *title;			/* the title of the need it went to, or
					   "" (a pledge on no need) */
	int type;			/* its participation type (core_ptype_names) */
	int has_amount;			/* a material pledge with an amount */
	int64_t pledged;		/* that amount, rials */
	int64_t received;		/* its payments, rials (deactivated ones
					   left out) */
	int64_t hours;			/* hours given (volunteer policing), or 0 */
	char *in_kind;			/* what was given in kind, or "" */
	int has_first;			/* received > 0 and the day of its
					   first payment known: */
	int32_t first_paid;		/* that day (the letter's sum says it
					   counts from the earliest) */
};

/* The letter lists at most this many contributions, the largest first;
 * the rest are said as "and N more" so the letter stays on one page. */
#define TUI_LETTER_ITEMS_MAX 5

struct tui_letter {
	const char *donor_name;		/* the honoured donor */
	const char *ceremony;		/* the ceremony's title ("" if none) */
	const char *place;		/* where it was held ("" if none) */
	int32_t held_on;		/* day number of the ceremony */
	const char *station;		/* the issuing station's name ("" if none) */
	int org;			/* the donor is an organisation (a firm, a
					   foundation): thanked as such, not as a
					   person ("جنابعالی", "سلامتی") */
	const struct tui_letter_item *items;	/* what he is thanked for */
	size_t nitems;
	int toman;			/* amounts in toman (rials / 10), else rials */
};

/* Reads the contributions of donor (its pledges but cancelled and
 * deactivated ones, each with the sum of its payments and the day of the
 * first of them, its need's title)
 * into a new array *items of *n (caller frees with tui_letter_items_free),
 * sorted for the letter: money received first, the largest first, then
 * amounts pledged, then the rest.  Returns 0 or a store code (*items NULL,
 * *n 0): STORE_ECORRUPT if a pledge the donor's index names, its need or
 * one of its payments is not there (the database damaged: a letter
 * without it would thank him for less). */
int tui_letter_items_load(struct store_txn *t, const char *donor,
    struct tui_letter_item **items, size_t *n);
void tui_letter_items_free(struct tui_letter_item *items, size_t n);

/* Returns the letter as a new NUL-terminated HTML page (caller frees), or
 * NULL on allocation failure. */
char *tui_letter_html(const struct tui_letter *l);

/* Writes the letter to the file path (created or replaced, mode 0644
 * subject to umask), whole or not at all: under a temporary name beside
 * it, synced, then renamed over it (cli_out_open_here), so a file already
 * there is kept as it was if the letter cannot be written, and no
 * temporary file is left.  over is how it takes its name (tui/cli.h):
 * CLI_OUT_OVER replaces what is there, CLI_OUT_NEW only if nothing is
 * (what was free when the clerk chose the name must still be), and
 * CLI_OUT_SAME only the file seen when he chose it (the one he said yes
 * to, or an empty one), unchanged; else -1, errno EEXIST, the file there
 * kept.  Asking before replacing a file is the caller's.  Returns 0, or
 * -1 with errno set. */
struct cli_out_seen;
int tui_letter_write(const char *path, const struct tui_letter *l,
    const struct cli_out_seen *over);

#endif
