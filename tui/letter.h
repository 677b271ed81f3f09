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
 */
#ifndef TUI_LETTER_H
#define TUI_LETTER_H

#include <stdint.h>

struct tui_letter {
	const char *donor_name;		/* the honoured donor */
	const char *ceremony;		/* the ceremony's title ("" if none) */
	const char *place;		/* where it was held ("" if none) */
	int32_t held_on;		/* day number of the ceremony */
	const char *station;		/* the issuing station's name ("" if none) */
	int org;			/* the donor is an organisation (a firm, a
					   foundation): thanked as such, not as a
					   person ("جنابعالی", "سلامتی") */
};

/* Returns the letter as a new NUL-terminated HTML page (caller frees), or
 * NULL on allocation failure. */
char *tui_letter_html(const struct tui_letter *l);

/* Writes the letter to the file path (created or replaced, mode 0644
 * subject to umask).  Returns 0, or -1 with errno set. */
int tui_letter_write(const char *path, const struct tui_letter *l);

#endif
