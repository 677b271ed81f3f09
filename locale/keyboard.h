/*
 * locale/keyboard.h — the built-in ISIRI 9147 Persian keyboard layout, for
 * machines with no Persian layout installed (SPEC §5).  The table comes
 * from shared/data/isiri9147.txt (xkeyboard-config symbols/ir "pes").
 */
#ifndef LOC_KEYBOARD_H
#define LOC_KEYBOARD_H

#include <stdint.h>

/* Returns the code point the ISIRI 9147 layout gives for the US-layout key
 * that produces ASCII character ascii (shift level included: 'A' is Shift+a),
 * or 0 if that key has no Persian character. */
uint32_t loc_kbd_isiri(int ascii);

/* The other way: the ASCII character of the US-layout key that gives code
 * point cp on the ISIRI 9147 layout (a key's own level first: ی is 'd',
 * ي is 'D'), or 0 if no key gives it (a digit's or a letter beyond the
 * layout).  An ASCII cp the layout leaves as it is ('.', '-') is itself. */
int loc_kbd_key(uint32_t cp);

#endif
