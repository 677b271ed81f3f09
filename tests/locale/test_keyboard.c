/*
 * tests/locale/test_keyboard.c — the ISIRI 9147 table (locale/keyboard.h)
 * against its data file tests/data/isiri9147.txt, row by row: the base
 * level on the unshifted key's character, the Shift level on the shifted
 * character of a US keyboard.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "locale/keyboard.h"

/* The US layout's Shift level of the non-letter keys. */
static int
us_shift(int c)
{
	static const char plain[] = "`1234567890-=[]\\;',./";
	static const char shifted[] = "~!@#$%^&*()_+{}|:\"<>?";
	const char *p;

	if (c >= 'a' && c <= 'z')
		return c - 'a' + 'A';
	p = strchr(plain, c);
	return p != NULL && c != 0 ? shifted[p - plain] : -1;
}

static void
test_every_row(void **state)
{
	const char *src = getenv("HAMYAR_SRC");
	char path[1024], line[512];
	FILE *f;
	int rows = 0, seen[0x80] = { 0 };

	(void)state;
	snprintf(path, sizeof path, "%s/tests/data/isiri9147.txt", src ? src : ".");
	f = fopen(path, "r");
	if (f == NULL)
		fail_msg("cannot read %s", path);
	while (fgets(line, sizeof line, f) != NULL) {
		char *col[8];
		int n = 0;
		unsigned base, shift;

		if (line[0] == '#' || line[0] == '\n')
			continue;
		line[strcspn(line, "\n")] = '\0';
		for (char *p = strtok(line, "\t"); p != NULL && n < 8; p = strtok(NULL, "\t"))
			col[n++] = p;
		assert_true(n >= 6);
		assert_int_equal(sscanf(col[3], "U+%x", &base), 1);
		assert_int_equal(sscanf(col[5], "U+%x", &shift), 1);
		if (strcmp(col[0], "space") == 0) {
			assert_int_equal(loc_kbd_isiri(' '), base);
			rows++;
			continue;
		}
		assert_int_equal(strlen(col[0]), 1);
		int key = (unsigned char)col[0][0], skey = us_shift(key);
		assert_true(skey > 0);
		if (loc_kbd_isiri(key) != base)
			fail_msg("key '%c': table U+%04X, data U+%04X", key, loc_kbd_isiri(key), base);
		if (loc_kbd_isiri(skey) != shift)
			fail_msg("key '%c': table U+%04X, data U+%04X", skey, loc_kbd_isiri(skey), shift);
		seen[key] = seen[skey] = 1;
		rows++;
	}
	fclose(f);
	assert_int_equal(rows, 48);	/* 47 keys and the space bar */
	/* Every printable ASCII character is some key's level 1 or 2. */
	for (int c = 0x21; c < 0x7F; c++)
		if (!seen[c])
			fail_msg("'%c' is on no key of the data file", c);
	printf("# %d keys checked at both levels\n", rows);
}

static void
test_known_keys(void **state)
{
	(void)state;
	/* Independent spot checks of the layout as printed on Iranian
	 * keyboards. */
	assert_int_equal(loc_kbd_isiri('d'), 0x06CC);	/* ی, Persian yeh */
	assert_int_equal(loc_kbd_isiri(';'), 0x06A9);	/* ک, keheh */
	assert_int_equal(loc_kbd_isiri('h'), 0x0627);	/* ا */
	assert_int_equal(loc_kbd_isiri('H'), 0x0622);	/* آ */
	assert_int_equal(loc_kbd_isiri('m'), 0x067E);	/* پ */
	assert_int_equal(loc_kbd_isiri('M'), 0x0621);	/* ء */
	assert_int_equal(loc_kbd_isiri('C'), 0x0698);	/* ژ */
	assert_int_equal(loc_kbd_isiri('B'), 0x200C);	/* ZWNJ */
	assert_int_equal(loc_kbd_isiri('1'), 0x06F1);	/* ۱ */
	assert_int_equal(loc_kbd_isiri('@'), 0x066C);	/* ٬ */
	assert_int_equal(loc_kbd_isiri(0), 0);
	assert_int_equal(loc_kbd_isiri('\n'), 0);
	assert_int_equal(loc_kbd_isiri(0x7F), 0);
	assert_int_equal(loc_kbd_isiri(-1), 0);
	assert_int_equal(loc_kbd_isiri(0x633), 0);
}

/* The way back, for a Latin word typed with the program's Persian layout
 * on ("clerk" arriving as «زمثقن»): each key's letter gives that key, and
 * every key with a character of its own is found again. */
static void
test_key_of(void **state)
{
	const char *w = "clerk supervisor auditor hq admin";
	int c;

	(void)state;
	for (; *w != '\0'; w++)
		if (*w != ' ')
			assert_int_equal(loc_kbd_key(loc_kbd_isiri(*w)), *w);
	assert_int_equal(loc_kbd_key(0x06CC), 'd');	/* ی */
	assert_int_equal(loc_kbd_key(0x064A), 'D');	/* ي, Shift+d */
	assert_int_equal(loc_kbd_key(0x0622), 'H');	/* آ */
	assert_int_equal(loc_kbd_key(0x06F1), '1');	/* ۱ */
	assert_int_equal(loc_kbd_key('.'), '.');	/* the same on both */
	assert_int_equal(loc_kbd_key(0), 0);
	assert_int_equal(loc_kbd_key(0x0661), 0);	/* ١, Arabic-Indic: no key */
	for (c = 'a'; c <= 'z'; c++)
		assert_int_equal(loc_kbd_key(loc_kbd_isiri(c)), c);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_row),
		cmocka_unit_test(test_known_keys),
		cmocka_unit_test(test_key_of),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
