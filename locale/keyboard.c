/*
 * locale/keyboard.c — the built-in ISIRI 9147 Persian keyboard layout.
 *
 * The table maps the ASCII character a US QWERTY key produces (with Shift
 * when the character is a shifted one: 'A' is Shift+a, '!' is Shift+1) to
 * the character the Persian layout gives on that key at the same level.
 *
 * Source: shared/data/isiri9147.txt (copied to tests/data/, whose test
 * checks every row), which is xkeyboard-config symbols/ir, xkb_symbols
 * "pes" (pes_part_basic + pes_part_ext), ISIRI 9147 1st edition.  Levels 1
 * and 2 only; AltGr symbols are not part of it.  Shift+space gives ZWNJ on
 * that layout, but Shift+space is no distinct ASCII character, so the TUI
 * handles that key itself.  Note Shift+9 is ')' and Shift+0 '(' (logical
 * order: they show mirrored in right-to-left text).
 */
#include "locale/keyboard.h"

static const uint16_t isiri9147[0x7F] = {
	[' '] = 0x0020,	/* space */
	['!'] = 0x0021,	/* EXCLAMATION MARK */
	['"'] = 0x061B,	/* ARABIC SEMICOLON */
	['#'] = 0x066B,	/* ARABIC DECIMAL SEPARATOR */
	['$'] = 0xFDFC,	/* RIAL SIGN */
	['%'] = 0x066A,	/* ARABIC PERCENT SIGN */
	['&'] = 0x060C,	/* ARABIC COMMA */
	['\''] = 0x06AF,	/* ARABIC LETTER GAF */
	['('] = 0x0029,	/* RIGHT PARENTHESIS */
	[')'] = 0x0028,	/* LEFT PARENTHESIS */
	['*'] = 0x002A,	/* ASTERISK */
	['+'] = 0x002B,	/* PLUS SIGN */
	[','] = 0x0648,	/* ARABIC LETTER WAW */
	['-'] = 0x002D,	/* HYPHEN-MINUS */
	['.'] = 0x002E,	/* FULL STOP */
	['/'] = 0x002F,	/* SOLIDUS */
	['0'] = 0x06F0,	/* EXTENDED ARABIC-INDIC DIGIT ZERO */
	['1'] = 0x06F1,	/* EXTENDED ARABIC-INDIC DIGIT ONE */
	['2'] = 0x06F2,	/* EXTENDED ARABIC-INDIC DIGIT TWO */
	['3'] = 0x06F3,	/* EXTENDED ARABIC-INDIC DIGIT THREE */
	['4'] = 0x06F4,	/* EXTENDED ARABIC-INDIC DIGIT FOUR */
	['5'] = 0x06F5,	/* EXTENDED ARABIC-INDIC DIGIT FIVE */
	['6'] = 0x06F6,	/* EXTENDED ARABIC-INDIC DIGIT SIX */
	['7'] = 0x06F7,	/* EXTENDED ARABIC-INDIC DIGIT SEVEN */
	['8'] = 0x06F8,	/* EXTENDED ARABIC-INDIC DIGIT EIGHT */
	['9'] = 0x06F9,	/* EXTENDED ARABIC-INDIC DIGIT NINE */
	[':'] = 0x003A,	/* COLON */
	[';'] = 0x06A9,	/* ARABIC LETTER KEHEH */
	['<'] = 0x003E,	/* GREATER-THAN SIGN */
	['='] = 0x003D,	/* EQUALS SIGN */
	['>'] = 0x003C,	/* LESS-THAN SIGN */
	['?'] = 0x061F,	/* ARABIC QUESTION MARK */
	['@'] = 0x066C,	/* ARABIC THOUSANDS SEPARATOR */
	['A'] = 0x0624,	/* ARABIC LETTER WAW WITH HAMZA ABOVE */
	['B'] = 0x200C,	/* ZERO WIDTH NON-JOINER */
	['C'] = 0x0698,	/* ARABIC LETTER JEH */
	['D'] = 0x064A,	/* ARABIC LETTER YEH */
	['E'] = 0x064D,	/* ARABIC KASRATAN */
	['F'] = 0x0625,	/* ARABIC LETTER ALEF WITH HAMZA BELOW */
	['G'] = 0x0623,	/* ARABIC LETTER ALEF WITH HAMZA ABOVE */
	['H'] = 0x0622,	/* ARABIC LETTER ALEF WITH MADDA ABOVE */
	['I'] = 0x0651,	/* ARABIC SHADDA */
	['J'] = 0x0629,	/* ARABIC LETTER TEH MARBUTA */
	['K'] = 0x00BB,	/* RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK */
	['L'] = 0x00AB,	/* LEFT-POINTING DOUBLE ANGLE QUOTATION MARK */
	['M'] = 0x0621,	/* ARABIC LETTER HAMZA */
	['N'] = 0x0654,	/* ARABIC HAMZA ABOVE */
	['O'] = 0x005D,	/* RIGHT SQUARE BRACKET */
	['P'] = 0x005B,	/* LEFT SQUARE BRACKET */
	['Q'] = 0x0652,	/* ARABIC SUKUN */
	['R'] = 0x064B,	/* ARABIC FATHATAN */
	['S'] = 0x0626,	/* ARABIC LETTER YEH WITH HAMZA ABOVE */
	['T'] = 0x064F,	/* ARABIC DAMMA */
	['U'] = 0x064E,	/* ARABIC FATHA */
	['V'] = 0x0670,	/* ARABIC LETTER SUPERSCRIPT ALEF */
	['W'] = 0x064C,	/* ARABIC DAMMATAN */
	['X'] = 0x0653,	/* ARABIC MADDAH ABOVE */
	['Y'] = 0x0650,	/* ARABIC KASRA */
	['Z'] = 0x0643,	/* ARABIC LETTER KAF */
	['['] = 0x062C,	/* ARABIC LETTER JEEM */
	['\\'] = 0x005C,	/* REVERSE SOLIDUS */
	[']'] = 0x0686,	/* ARABIC LETTER TCHEH */
	['^'] = 0x00D7,	/* MULTIPLICATION SIGN */
	['_'] = 0x0640,	/* ARABIC TATWEEL */
	['`'] = 0x200D,	/* ZERO WIDTH JOINER */
	['a'] = 0x0634,	/* ARABIC LETTER SHEEN */
	['b'] = 0x0630,	/* ARABIC LETTER THAL */
	['c'] = 0x0632,	/* ARABIC LETTER ZAIN */
	['d'] = 0x06CC,	/* ARABIC LETTER FARSI YEH */
	['e'] = 0x062B,	/* ARABIC LETTER THEH */
	['f'] = 0x0628,	/* ARABIC LETTER BEH */
	['g'] = 0x0644,	/* ARABIC LETTER LAM */
	['h'] = 0x0627,	/* ARABIC LETTER ALEF */
	['i'] = 0x0647,	/* ARABIC LETTER HEH */
	['j'] = 0x062A,	/* ARABIC LETTER TEH */
	['k'] = 0x0646,	/* ARABIC LETTER NOON */
	['l'] = 0x0645,	/* ARABIC LETTER MEEM */
	['m'] = 0x067E,	/* ARABIC LETTER PEH */
	['n'] = 0x062F,	/* ARABIC LETTER DAL */
	['o'] = 0x062E,	/* ARABIC LETTER KHAH */
	['p'] = 0x062D,	/* ARABIC LETTER HAH */
	['q'] = 0x0636,	/* ARABIC LETTER DAD */
	['r'] = 0x0642,	/* ARABIC LETTER QAF */
	['s'] = 0x0633,	/* ARABIC LETTER SEEN */
	['t'] = 0x0641,	/* ARABIC LETTER FEH */
	['u'] = 0x0639,	/* ARABIC LETTER AIN */
	['v'] = 0x0631,	/* ARABIC LETTER REH */
	['w'] = 0x0635,	/* ARABIC LETTER SAD */
	['x'] = 0x0637,	/* ARABIC LETTER TAH */
	['y'] = 0x063A,	/* ARABIC LETTER GHAIN */
	['z'] = 0x0638,	/* ARABIC LETTER ZAH */
	['{'] = 0x007D,	/* RIGHT CURLY BRACKET */
	['|'] = 0x007C,	/* VERTICAL LINE */
	['}'] = 0x007B,	/* LEFT CURLY BRACKET */
	['~'] = 0x00F7,	/* DIVISION SIGN */
};

uint32_t
loc_kbd_isiri(int ascii)
{
	if (ascii < 0 || ascii >= 0x7F)
		return 0;
	return isiri9147[ascii];
}

int
loc_kbd_key(uint32_t cp)
{
	int c, shifted = 0;

	if (cp == 0)
		return 0;
	/* the unshifted key first: a lower-case letter, a digit, ";" */
	for (c = 0x21; c < 0x7F; c++)
		if (isiri9147[c] == cp) {
			if (c < 'A' || c > 'Z')
				return c;
			if (shifted == 0)
				shifted = c;
		}
	if (shifted != 0)
		return shifted;
	return cp > 0x20 && cp < 0x7F ? (int)cp : 0;
}
