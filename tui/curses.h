/*
 * tui/curses.h — the one place in Hamyar that includes <curses.h>.
 *
 * Every other tui/ file that needs curses includes this header, so the
 * wide-character feature macros are set once, the same way everywhere
 * (ncursesw: cchar_t, get_wch, mvadd_wch, setcchar), and a port to another
 * curses touches one file.  Modelled on htop's ProvideCurses.h.
 */
#ifndef TUI_CURSES_H
#define TUI_CURSES_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <curses.h>

#endif
