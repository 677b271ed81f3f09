/*
 * tests/locale/test_collate.c — Persian alphabetical order (locale/collate.h)
 * against glibc's fa_IR locale itself.
 *
 * The reference is glibc: the test compiles fa_IR with localedef into a
 * temporary folder (the locale is not installed by default) and sorts with
 * strcoll.  If localedef or the locale sources are missing the test
 * fails: it never passes without its reference.
 *
 *   - tests/data/fa-words.txt (over 1000 real words and names, with آ, ء
 *     and the hamza forms, ZWNJ, spaces, Arabic ي/ك/ة variants, a shadda)
 *     sorted with loc_collate_cmp, and sorted by memcmp of the keys, gives
 *     exactly glibc's order.  glibc's order on these words is strict (no
 *     two distinct words compare equal, checked), so "the same order" is
 *     unambiguous: the fourth level breaks every tie between variants.
 *   - random strings over letters, their variants (hamza forms, Arabic
 *     yeh/kaf, heh forms), a lone hamza above, harakat, tatweel, space,
 *     ZWNJ, ZWJ, digits of the three sets, Arabic and ASCII punctuation
 *     and Latin compare as glibc's strcoll compares them, pair by pair
 *     (30000 pairs; HAMYAR_COLLATE_ROUNDS=N and HAMYAR_COLLATE_SEED=S for
 *     longer runs: 1.2 million pairs over seeds 1-4 passed).  strcoll is
 *     the reference, as sort(1) uses it; glibc's strxfrm differs from it
 *     for some of these (it puts "ّئ" before "ّ-ئ", strcoll after);
 *   - the prefix property of the keys (collate.h).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "locale/collate.h"
#include "locale/text.h"

static char tmpdir[] = "/tmp/hamyar-collate.XXXXXX";
static char **words;
static size_t nwords;

static int
setup(void **state)
{
	char cmd[512];
	const char *src = getenv("HAMYAR_SRC");
	char path[1024];
	FILE *f;
	char line[512];
	size_t cap = 0;

	(void)state;
	if (mkdtemp(tmpdir) == NULL) {
		fprintf(stderr, "# cannot make a temporary folder\n");
		return -1;
	}
	snprintf(cmd, sizeof cmd,
	    "localedef -i fa_IR -f UTF-8 %s/fa_IR.UTF-8 >%s/log 2>&1", tmpdir, tmpdir);
	if (system(cmd) != 0) {
		fprintf(stderr, "# localedef -i fa_IR -f UTF-8 failed (is glibc's "
		    "localedef with /usr/share/i18n/locales installed?): the "
		    "reference order is missing, so the test fails\n");
		return -1;
	}
	setenv("LOCPATH", tmpdir, 1);
	/* setlocale rather than newlocale: glibc 2.36's newlocale leaks its
	 * copy of LOCPATH, which LeakSanitizer reports. */
	if (setlocale(LC_COLLATE, "fa_IR.UTF-8") == NULL) {
		fprintf(stderr, "# setlocale(fa_IR.UTF-8) failed with LOCPATH=%s\n", tmpdir);
		return -1;
	}
	snprintf(path, sizeof path, "%s/tests/data/fa-words.txt", src ? src : ".");
	if ((f = fopen(path, "r")) == NULL) {
		fprintf(stderr, "# cannot read %s\n", path);
		return -1;
	}
	while (fgets(line, sizeof line, f) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if (line[0] == '\0')
			continue;
		if (nwords == cap) {
			cap = cap ? 2 * cap : 1024;
			words = realloc(words, cap * sizeof *words);
		}
		words[nwords++] = strdup(line);
	}
	fclose(f);
	return 0;
}

static int
teardown(void **state)
{
	char cmd[512];

	(void)state;
	for (size_t i = 0; i < nwords; i++)
		free(words[i]);
	free(words);
	setlocale(LC_COLLATE, "C");
	snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

static int
by_glibc(const void *a, const void *b)
{
	return strcoll(*(char *const *)a, *(char *const *)b);
}

static int
by_ours(const void *a, const void *b)
{
	return loc_collate_cmp(*(char *const *)a, *(char *const *)b);
}

static int
by_bytes(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

struct keyed {
	char *key;
	size_t len;
	const char *word;
};

static int
by_key(const void *a, const void *b)
{
	const struct keyed *x = a, *y = b;
	int r = memcmp(x->key, y->key, x->len < y->len ? x->len : y->len);

	return r ? r : (x->len > y->len) - (x->len < y->len);
}

static char *
key_of(const char *s, size_t *len)
{
	size_t n = loc_collate_key(s, NULL, 0);
	char *k = malloc(n + 1);

	assert_non_null(k);
	assert_int_equal(loc_collate_key(s, k, n + 1), n);
	assert_int_equal(strlen(k), n);	/* no NUL inside */
	*len = n;
	return k;
}

static void
test_words_like_glibc(void **state)
{
	char **ref = malloc(nwords * sizeof *ref), **ours = malloc(nwords * sizeof *ours);
	struct keyed *keyed = malloc(nwords * sizeof *keyed);
	size_t i, same_as_bytes = 0, bad = 0;

	(void)state;
	assert_true(nwords >= 1000);
	memcpy(ref, words, nwords * sizeof *ref);
	memcpy(ours, words, nwords * sizeof *ours);
	qsort(ref, nwords, sizeof *ref, by_glibc);
	qsort(ours, nwords, sizeof *ours, by_ours);
	for (i = 0; i + 1 < nwords; i++)
		assert_true(strcoll(ref[i], ref[i + 1]) < 0);
	for (i = 0; i < nwords; i++) {
		if (strcmp(ref[i], ours[i]) != 0 && bad++ < 10)
			printf("# at %zu glibc has '%s', loc_collate_cmp '%s'\n", i, ref[i], ours[i]);
		keyed[i].word = words[i];
		keyed[i].key = key_of(words[i], &keyed[i].len);
	}
	assert_int_equal(bad, 0);
	qsort(keyed, nwords, sizeof *keyed, by_key);
	for (i = 0; i < nwords; i++) {
		assert_string_equal(keyed[i].word, ref[i]);
		free(keyed[i].key);
	}
	/* The order is not byte order: the test can tell them apart. */
	qsort(ours, nwords, sizeof *ours, by_bytes);
	for (i = 0; i < nwords; i++)
		same_as_bytes += strcmp(ours[i], ref[i]) == 0;
	assert_true(same_as_bytes < nwords / 2);
	printf("# %zu words sorted as glibc fa_IR sorts them\n", nwords);
	free(keyed);
	free(ours);
	free(ref);
}

/* Orders CLDR and fa_IR state, independently of glibc's output. */
static void
test_known_orders(void **state)
{
	static const char *const alphabet[] = {
		"آ", "ا", "ء", "ب", "پ", "ت", "ث", "ج", "چ", "ح", "خ", "د", "ذ", "ر",
		"ز", "ژ", "س", "ش", "ص", "ض", "ط", "ظ", "ع", "غ", "ف", "ق", "ک",
		"گ", "ل", "م", "ن", "و", "ه", "ی",
	};
	size_t i;

	(void)state;
	for (i = 0; i + 1 < sizeof alphabet / sizeof alphabet[0]; i++)
		if (loc_collate_cmp(alphabet[i], alphabet[i + 1]) >= 0)
			fail_msg("%s should sort before %s", alphabet[i], alphabet[i + 1]);
	/* Variants sort next to their letter: ي right after ی, not apart. */
	assert_true(loc_collate_cmp("علی", "علي") < 0);
	assert_true(loc_collate_cmp("علي", "علیرضا") < 0);
	assert_true(loc_collate_cmp("کریمی", "كريمي") < 0);
	assert_true(loc_collate_cmp("كريمي", "کریمیان") < 0);
	/* Spaces and ZWNJ are ignored until the last level. */
	assert_true(loc_collate_cmp("حسن زاده", "حسن‌زاده") > 0);
	assert_true(loc_collate_cmp("حسن‌زاده", "حسنزاده") < 0);
	assert_true(loc_collate_cmp("حسن زاده", "حسنی") < 0);
	assert_int_equal(loc_collate_cmp("مریم", "مریم"), 0);
	assert_true(loc_collate_cmp("", "ا") < 0);
	assert_true(loc_collate_cmp("ب", "بب") < 0);
}

/* Random strings over the covered characters compare as glibc compares. */
static void
test_random_like_glibc(void **state)
{
	static const uint32_t set[] = {
		0x0622, 0x0627, 0x0621, 0x0623, 0x0625, 0x0624, 0x0626, 0x0628,
		0x067E, 0x0647, 0x0629, 0x06C0, 0x06D5, 0x06CC, 0x064A, 0x0649,
		0x06A9, 0x0643, 0x06AF, 0x0648, 0x0654, 0x064E, 0x0650, 0x0651,
		0x0640, 0x0020, 0x200C, 0x200D, '-', '.', '1', 0x06F1, 0x0661,
		'2', 0x06F2, 'a', 'A', 'b', 0x00E9, 0x060C, 0x061F, 0x0671,
		0x06C1, 0x06BE, 0x0698, 0x0686,
	};
	unsigned seed = 2024;
	char a[64], b[64];
	int bad = 0, rounds = 30000;

	(void)state;
	/* HAMYAR_COLLATE_ROUNDS=N and HAMYAR_COLLATE_SEED=S for a longer run. */
	if (getenv("HAMYAR_COLLATE_ROUNDS"))
		rounds = atoi(getenv("HAMYAR_COLLATE_ROUNDS"));
	if (getenv("HAMYAR_COLLATE_SEED"))
		seed = (unsigned)atoi(getenv("HAMYAR_COLLATE_SEED"));
	for (int t = 0; t < rounds; t++) {
		char *s[2] = { a, b };
		for (int w = 0; w < 2; w++) {
			size_t o = 0;
			seed = seed * 1103515245u + 12345u;
			int len = 1 + (int)((seed >> 16) % 6);
			for (int k = 0; k < len; k++) {
				seed = seed * 1103515245u + 12345u;
				/* Often share a start, so later levels decide. */
				if (w == 1 && k < len - 1 && (seed >> 20) % 3 != 0 &&
				    o < strlen(a)) {
					size_t n = loc_utf8_decode(a + o, strlen(a) - o, &(uint32_t){0});
					memcpy(b + o, a + o, n);
					o += n;
					continue;
				}
				o += loc_utf8_encode(set[(seed >> 16) % (sizeof set / sizeof set[0])],
				    s[w] + o);
			}
			s[w][o] = '\0';
		}
		int g = strcoll(a, b), o = loc_collate_cmp(a, b);
		g = (g > 0) - (g < 0);
		if (g != o && bad++ < 10) {
			printf("# glibc %d, ours %d:", g, o);
			for (const char *p = a; *p; p++)
				printf("%02x", (unsigned char)*p);
			printf(" vs ");
			for (const char *p = b; *p; p++)
				printf("%02x", (unsigned char)*p);
			printf("\n");
		}
	}
	assert_int_equal(bad, 0);
}

/* Long texts (around and past the 96 units that collate.c splits into a
 * list at once; longer ones are read level by level) compare as glibc
 * compares: pairs that differ in one character only, by a variant (ي/ی,
 * ك/ک, أ/ا, ة/ه, case, digit set, an added ZWNJ), so that the later
 * levels decide, or in a random tail. */
static void
test_long_like_glibc(void **state)
{
	static const uint32_t set[] = {
		0x0622, 0x0627, 0x0623, 0x0624, 0x0626, 0x0628, 0x067E, 0x0647,
		0x0629, 0x06C0, 0x06CC, 0x064A, 0x06A9, 0x0643, 0x0654, 0x064E,
		0x0651, 0x0640, 0x0020, 0x200C, '-', '1', 0x06F1, 0x0661, 'a',
		'A', 0x00E9, 0x060C,
	};
	static const uint32_t variant[][2] = {
		{ 0x06CC, 0x064A }, { 0x06A9, 0x0643 }, { 0x0627, 0x0623 },
		{ 0x0647, 0x0629 }, { 'a', 'A' }, { '1', 0x06F1 }, { 0x0628, 0x200C },
	};
	uint32_t ca[200], cb[201];
	unsigned seed = 7;
	char a[1024], b[1024];
	int bad = 0;

	(void)state;
	for (int t = 0; t < 3000; t++) {
		size_t na, nb, k, at, oa = 0, ob = 0;

		seed = seed * 1103515245u + 12345u;
		na = 80 + (seed >> 16) % 80;
		for (k = 0; k < na; k++) {
			seed = seed * 1103515245u + 12345u;
			ca[k] = set[(seed >> 16) % (sizeof set / sizeof set[0])];
		}
		memcpy(cb, ca, na * sizeof ca[0]);
		nb = na;
		seed = seed * 1103515245u + 12345u;
		at = (seed >> 16) % na;
		seed = seed * 1103515245u + 12345u;
		if (t % 4 == 3) {	/* a random tail from at on */
			for (k = at; k < na; k++) {
				seed = seed * 1103515245u + 12345u;
				cb[k] = set[(seed >> 16) % (sizeof set / sizeof set[0])];
			}
		} else {
			const uint32_t *v = variant[(seed >> 16) % (sizeof variant / sizeof variant[0])];

			if (v[1] == 0x200C) {	/* a ZWNJ added after a letter */
				memmove(cb + at + 2, cb + at + 1, (na - at - 1) * sizeof cb[0]);
				cb[at] = v[0];
				cb[at + 1] = v[1];
				nb = na + 1;
			} else {
				ca[at] = v[0];
				cb[at] = v[1];
			}
		}
		for (k = 0; k < na; k++)
			oa += loc_utf8_encode(ca[k], a + oa);
		for (k = 0; k < nb; k++)
			ob += loc_utf8_encode(cb[k], b + ob);
		a[oa] = b[ob] = '\0';
		int g = strcoll(a, b), r = loc_collate_cmp(a, b);
		g = (g > 0) - (g < 0);
		if (g != r && bad++ < 5)
			printf("# long texts: glibc %d, ours %d (%zu and %zu units)\n", g, r, na, nb);
	}
	assert_int_equal(bad, 0);
}

static void
test_prefix_property(void **state)
{
	size_t checked = 0;

	(void)state;
	for (size_t i = 0; i < nwords; i++) {
		const char *w = words[i];
		size_t wl = strlen(w), klen, off, n;
		char *key = key_of(w, &klen);
		uint32_t cp;

		for (off = 0; off <= wl; off += n) {
			char *p = strndup(w, off), pk[512];
			size_t plen = loc_collate_prefix(p, pk, sizeof pk), fl;
			char *full;

			assert_true(plen < sizeof pk);
			assert_int_equal(strlen(pk), plen);
			/* ی then hamza above is one unit (a contraction):
			 * cutting between them is not a prefix in letters. */
			if (!(off < wl && strncmp(w + off, "\u0654", 2) == 0)) {
				assert_true(plen <= klen);
				assert_memory_equal(pk, key, plen);
				checked++;
			}
			/* The full key of a prefix sorts before the text. */
			full = key_of(p, &fl);
			assert_true(memcmp(full, key, fl < klen ? fl : klen) < 0 ||
			    (memcmp(full, key, fl < klen ? fl : klen) == 0 && fl <= klen));
			free(full);
			free(p);
			n = off < wl ? loc_utf8_decode(w + off, wl - off, &cp) : 1;
			assert_true(n > 0);
		}
		free(key);
	}
	printf("# %zu prefixes checked\n", checked);
}

static void
test_key_buffer(void **state)
{
	char small[4], big[256];
	size_t n;

	(void)state;
	n = loc_collate_key("کتابخانه", big, sizeof big);
	assert_true(n < sizeof big);
	assert_int_equal(loc_collate_key("کتابخانه", small, sizeof small), n);
	assert_int_equal(strlen(small), 3);
	assert_memory_equal(small, big, 3);
	assert_int_equal(loc_collate_key("کتابخانه", NULL, 0), n);
	/* Invalid UTF-8 and characters outside the table still give keys
	 * without NUL bytes, after every letter. */
	n = loc_collate_key("\xff\xfe", big, sizeof big);
	assert_int_equal(strlen(big), n);
	assert_true(loc_collate_cmp("ی", "\xe4\xb8\xad") < 0);	/* a CJK letter */
	assert_true(loc_collate_cmp("\xe4\xb8\xad", "\xe4\xb8\xae") < 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_words_like_glibc),
		cmocka_unit_test(test_known_orders),
		cmocka_unit_test(test_random_like_glibc),
		cmocka_unit_test(test_long_like_glibc),
		cmocka_unit_test(test_prefix_property),
		cmocka_unit_test(test_key_buffer),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
