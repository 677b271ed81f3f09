/*
 * tests/locale/test_text.c — normalisation of stored text and search keys
 * (locale/text.h, SPEC §5), and the UTF-8 helpers.
 *
 * The expected strings are written from the SPEC rules, character by
 * character (escapes where the difference is invisible).
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "locale/text.h"

static void
norm_is(const char *in, const char *want)
{
	char *got = loc_text_normalize(in), *again;

	assert_non_null(got);
	assert_string_equal(got, want);
	/* Normalising is idempotent. */
	again = loc_text_normalize(got);
	assert_non_null(again);
	assert_string_equal(again, got);
	free(again);
	free(got);
}

static void
key_is(const char *in, const char *want)
{
	char *got = loc_text_key(in);

	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

/* loc_text_key_zwnj(in) is want, and want without its ZWNJs is
 * loc_text_key(in). */
static void
key_zwnj_is(const char *in, const char *want)
{
	char *got = loc_text_key_zwnj(in), *k = loc_text_key(in), *p;

	assert_non_null(got);
	assert_non_null(k);
	assert_string_equal(got, want);
	while ((p = strstr(got, "\u200c")) != NULL)
		memmove(p, p + 3, strlen(p + 3) + 1);
	assert_string_equal(got, k);
	free(got);
	free(k);
}

static void
twin_is(const char *in, const char *want)
{
	char *got = loc_text_twin_key(in);

	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static void
test_arabic_letters(void **state)
{
	(void)state;
	/* The issue's example: Arabic yeh and kaf typed on an Arabic layout. */
	norm_is("علي كريمي", "علی کریمی");
	norm_is("\u0639\u0644\u064a", "\u0639\u0644\u06cc");
	norm_is("موسى", "موسی");			/* alef maksura */
	norm_is("كوچك", "کوچک");
	norm_is("خانە", "خانه");			/* U+06D5 */
	norm_is("کریمی", "کریمی");			/* already Persian */
}

static void
test_marks(void **state)
{
	(void)state;
	norm_is("مُحَمَّد", "محمد");			/* damma, fatha, shadda */
	norm_is("كتابـــخانه", "کتابخانه");		/* tatweel */
	norm_is("عِلْمً", "علم");
	/* U+0670 superscript alef is not a haraka in SPEC's range: kept. */
	norm_is("\u0647\u0670\u0630\u0627", "\u0647\u0670\u0630\u0627");
	/* NFC: alef + combining maddah is alef with madda; waw + hamza above. */
	norm_is("\u0627\u0653\u0628", "\u0622\u0628");
	norm_is("\u0645\u0648\u0654\u0645\u0646", "\u0645\u0624\u0645\u0646");
	/* ە + hamza above composes to ۀ (kept in stored text). */
	norm_is("\u062e\u0627\u0646\u06d5\u0654", "\u062e\u0627\u0646\u06c0");
	/* Removing a tatweel between alef and maddah still gives a stable
	 * result (idempotence is checked by norm_is). */
	norm_is("\u0627\u0640\u0653", "\u0622");
	/* Latin NFC too. */
	norm_is("Jose\u0301", "Jos\u00e9");
}

static void
test_spaces_and_zwnj(void **state)
{
	(void)state;
	norm_is("  علی   رضایی  ", "علی رضایی");
	norm_is("علی\t\u00a0رضا", "علی رضا");
	norm_is("می\u200cشود", "می\u200cشود");		/* kept inside a word */
	norm_is("می\u200c\u200c\u200cشود", "می\u200cشود");	/* run collapsed */
	norm_is("\u200cکتاب\u200c", "کتاب");			/* word edges */
	norm_is("کتاب\u200c ها", "کتاب ها");
	norm_is("کتاب \u200cها", "کتاب ها");
	norm_is("کتاب\u200c \u200c ها", "کتاب ها");
	norm_is("\u200c \u200c", "");
	norm_is("", "");
	norm_is("   ", "");
	/* A word made only of a removed mark leaves one space, not two. */
	norm_is("علی \u064e رضا", "علی رضا");
}

static void
test_digits(void **state)
{
	(void)state;
	norm_is("پلاک ۱۲ واحد ٣", "پلاک 12 واحد 3");
	norm_is("۱۴۰۳/۱۲/۳۰", "1403/12/30");
	norm_is("09١٢۳", "09123");
}

static void
test_invalid(void **state)
{
	(void)state;
	assert_null(loc_text_normalize("\xff"));
	assert_null(loc_text_normalize("علی\xd9"));		/* cut sequence */
	assert_null(loc_text_normalize("\xc0\xaf"));		/* overlong '/' */
	assert_null(loc_text_normalize("\xed\xa0\x80"));	/* surrogate */
	assert_null(loc_text_key("\xf5\x80\x80\x80"));
}

static void
test_key(void **state)
{
	(void)state;
	key_is("علي كريمي", "علی کریمی");
	key_is("فاطمة", "فاطمه");
	key_is("خانۀ دوست", "خانه دوست");
	key_is("خانهٔ دوست", "خانه دوست");		/* heh + hamza above */
	key_is("أحمد", "احمد");
	key_is("إسماعيل", "اسماعیل");
	key_is("آرش", "ارش");
	key_is("مؤمن", "مومن");
	key_is("مسئول", "مسیول");
	key_is("پائیز", "پاییز");
	key_is("می\u200cشود", "میشود");
	key_is("Ali REZAEI", "ali rezaei");
	key_is("ÉCOLE", "école");
	key_is("  کتاب\u200cهای   ۱۲  ", "کتابهای 12");
	/* the ZWNJs inside words kept (the parts of a compound name) */
	key_zwnj_is("مریم احمدی\u200cنژاد", "مریم احمدی\u200cنژاد");	/* the one-scan path */
	key_zwnj_is("مريم احمدي\u200cنژاد", "مریم احمدی\u200cنژاد");	/* Arabic yeh */
	key_zwnj_is("عبدالله\u200c\u200cزادة", "عبدالله\u200cزاده");	/* two in a row */
	key_zwnj_is("\u200cمیرزا\u200cآقایی\u200c ", "میرزا\u200cاقایی");	/* at the edges */
	key_zwnj_is("حسین \u200cپور", "حسین پور");	/* next to a space */
	key_zwnj_is("قلی\u200cزاده\u200cاصل", "قلی\u200cزاده\u200cاصل");
}

static void
test_utf8(void **state)
{
	uint32_t cp;
	char buf[4];

	(void)state;
	assert_true(loc_utf8_valid("علی", strlen("علی")));
	assert_true(loc_utf8_valid("", 0));
	assert_false(loc_utf8_valid("\x80", 1));
	assert_false(loc_utf8_valid("\xe0\x80\x80", 3));	/* overlong */
	assert_false(loc_utf8_valid("\xf4\x90\x80\x80", 4));	/* > U+10FFFF */
	assert_true(loc_utf8_valid("\xf0\x9f\x98\x80", 4));
	/* len limits what is read: a cut sequence is invalid. */
	assert_false(loc_utf8_valid("\xd8\xb9", 1));
	assert_int_equal(loc_utf8_decode("\xdb\x8c", 2, &cp), 2);
	assert_int_equal(cp, 0x06CC);
	assert_int_equal(loc_utf8_decode("\xe2\x80\x8c", 3, &cp), 3);
	assert_int_equal(cp, 0x200C);
	assert_int_equal(loc_utf8_decode("\xff", 1, &cp), 0);
	assert_int_equal(cp, 0xFF);
	assert_int_equal(loc_utf8_encode(0x06F1, buf), 2);
	assert_memory_equal(buf, "۱", 2);
	assert_int_equal(loc_utf8_encode(0x1F600, buf), 4);
	assert_memory_equal(buf, "\xf0\x9f\x98\x80", 4);
	assert_int_equal(loc_utf8_encode('a', buf), 1);
}

/* Random strings over the characters the rules touch: the output is
 * valid UTF-8, normalising it again changes nothing, it has no ZWNJ or
 * space at either end, the key never holds a ZWNJ and is the key of the
 * normalised text too. */
/* loc_utf8_copy cuts a long text before the character that does not fit,
 * never inside it. */
/* A-Z folded to a-z and nothing else: not the Persian letters, not the
 * bytes past ASCII, the order of strcmp otherwise. */
static void
test_ascii_casecmp(void **state)
{
	(void)state;
	assert_int_equal(loc_ascii_casecmp("TBZ", "tbz"), 0);
	assert_int_equal(loc_ascii_casecmp("East Azarbaijan", "east AZARBAIJAN"), 0);
	assert_int_equal(loc_ascii_casecmp("تبریز", "تبریز"), 0);
	assert_true(loc_ascii_casecmp("تبريز", "تبریز") != 0);	/* Arabic yeh: not folded here */
	assert_true(loc_ascii_casecmp("MRD", "mrg") < 0);
	assert_true(loc_ascii_casecmp("tbz", "TB") > 0);
	assert_true(loc_ascii_casecmp("", "a") < 0);
	assert_true(loc_ascii_casecmp("@", "`") != 0);	/* not a fold by | 0x20 */
	assert_true(loc_ascii_casecmp("\xc3\x89", "\xc3\xa9") != 0);	/* É, é: not ASCII */
}

static void
test_utf8_copy(void **state)
{
	char buf[8];
	const char *name = "علی‌رضا";	/* 2-byte letters, a 3-byte ZWNJ */

	(void)state;
	/* fits: copied whole, its length returned */
	assert_int_equal(loc_utf8_copy(buf, sizeof buf, "TBZ-12"), 6);
	assert_string_equal(buf, "TBZ-12");
	/* 7 bytes of room: علی (6 bytes), not half of the ZWNJ */
	assert_int_equal(loc_utf8_copy(buf, sizeof buf, name), strlen(name));
	assert_string_equal(buf, "علی");
	/* 5 bytes of room (n = 6): two letters, not half of the third */
	loc_utf8_copy(buf, 6, name);
	assert_string_equal(buf, "عل");
	assert_true(loc_utf8_valid(buf, strlen(buf)));
	/* room for nothing but the NUL */
	loc_utf8_copy(buf, 1, name);
	assert_string_equal(buf, "");
	/* ASCII is cut at the byte, as snprintf would */
	loc_utf8_copy(buf, 4, "TBZ-12");
	assert_string_equal(buf, "TBZ");
}

static void
test_random_stable(void **state)
{
	static const uint32_t alphabet[] = {
		'a', 'B', ' ', '\t', '5', 0xA0, 0x0622, 0x0627, 0x0623, 0x0626,
		0x0624, 0x0629, 0x0640, 0x0643, 0x0649, 0x064A, 0x064B, 0x064E,
		0x0651, 0x0652, 0x0653, 0x0654, 0x0655, 0x0647, 0x06C0, 0x06CC,
		0x06D5, 0x06F3, 0x0663, 0x200C, 0x200D, 0x0301, 0x0065, 0x2000,
	};
	unsigned seed = 12345;
	char in[64];

	(void)state;
	for (int t = 0; t < 20000; t++) {
		size_t o = 0;
		int len = (int)((seed = seed * 1103515245u + 12345u) >> 16) % 10;
		for (int k = 0; k < len; k++) {
			seed = seed * 1103515245u + 12345u;
			o += loc_utf8_encode(alphabet[(seed >> 16) %
			    (sizeof alphabet / sizeof alphabet[0])], in + o);
		}
		in[o] = '\0';
		char *n = loc_text_normalize(in), *n2, *k;
		assert_non_null(n);
		assert_true(loc_utf8_valid(n, strlen(n)));
		n2 = loc_text_normalize(n);
		assert_non_null(n2);
		if (strcmp(n, n2) != 0)
			fail_msg("not stable: input of %zu bytes", o);
		size_t nl = strlen(n);
		if (nl > 0) {
			assert_true(n[0] != ' ' && n[nl - 1] != ' ');
			assert_true(strncmp(n, "\u200c", 3) != 0);
			assert_true(nl < 3 || strcmp(n + nl - 3, "\u200c") != 0);
		}
		k = loc_text_key(in);
		assert_non_null(k);
		assert_null(strstr(k, "\u200c"));
		/* with the ZWNJs kept: the same once they are taken out */
		{
			char *kz = loc_text_key_zwnj(in), *z;

			assert_non_null(kz);
			while ((z = strstr(kz, "\u200c")) != NULL)
				memmove(z, z + 3, strlen(z + 3) + 1);
			if (strcmp(k, kz) != 0)
				fail_msg("key with ZWNJs differs: input of %zu bytes", o);
			free(kz);
		}
		/* The key is the folding of the normalised text: n, already
		 * normal, takes the one-scan path and must give the same. */
		char *k2 = loc_text_key(n);
		assert_non_null(k2);
		if (strcmp(k, k2) != 0)
			fail_msg("key of the normal form differs: input of %zu bytes", o);
		free(k2);
		free(k);
		free(n2);
		free(n);
	}
}

/* LRM, RLM and ALM, which text copied from a letter or a web page brings
 * along unseen, are kept by normalising (SPEC 5) but left out of the key:
 * "\u200Fمرند" is the county مرند, "زهرا احمدی\u200F" the name. */
/* The twin key: the search key with the spaces out too, so that a space
 * typed for a ZWNJ, or none typed, is the same name (a group or donor
 * registered twice). */
/* loc_text_no_letter: a name of digits (any set) and signs only, the
 * mobile typed one Tab short, against a name with letters and digits. */
static void
test_no_letter(void **state)
{
	(void)state;
	assert_int_equal(loc_text_no_letter("۰۹۱۴۱۲۳۴۵۶۷"), 1);
	assert_int_equal(loc_text_no_letter("09141234567"), 1);
	assert_int_equal(loc_text_no_letter("٠٩١٤ - ١٢٣"), 1);	/* Arabic-Indic digits */
	assert_int_equal(loc_text_no_letter("-"), 1);
	assert_int_equal(loc_text_no_letter(""), 0);
	assert_int_equal(loc_text_no_letter("کلانتری ۱۲"), 0);
	assert_int_equal(loc_text_no_letter("۱۲ ك"), 0);	/* Arabic kaf typed by mistake */
	assert_int_equal(loc_text_no_letter("\u200c۱۲"), 1);	/* a ZWNJ is no letter */
	assert_int_equal(loc_text_no_letter("B2"), 0);
	assert_int_equal(loc_text_no_letter("12\xff"), 0);	/* not UTF-8: nothing said */
}

static void
test_twin_key(void **state)
{
	char *a, *b;

	(void)state;
	twin_is("امام جمعه", "امامجمعه");
	twin_is("امام\u200cجمعه", "امامجمعه");
	twin_is("امامجمعه", "امامجمعه");
	twin_is("خیریه ها", "خیریهها");
	twin_is("خیریه\u200cها", "خیریهها");
	twin_is("  هيئت  امناي\u200c مسجد ", "هییتامنایمسجد");	/* Arabic yeh, spaces */
	twin_is("كانون \u200c فرهنگی", "کانونفرهنگی");
	twin_is("Ali  REZAEI", "alirezaei");
	twin_is("", "");
	assert_null(loc_text_twin_key("\xff"));
	/* the search key keeps the words apart: only the twin key joins them */
	a = loc_text_key("امام جمعه");
	b = loc_text_key("امام\u200cجمعه");
	assert_string_not_equal(a, b);
	free(a);
	free(b);
}

static void
test_key_bidi_marks(void **state)
{
	(void)state;
	key_is("\u200f\u0645\u0631\u0646\u062f", "\u0645\u0631\u0646\u062f");
	key_is("\u0632\u0647\u0631\u0627 \u0627\u062d\u0645\u062f\u064a\u200f",
	    "\u0632\u0647\u0631\u0627 \u0627\u062d\u0645\u062f\u06cc");
	key_is("\u200e0914 111 2233\u200e", "0914 111 2233");
	key_is("\u061c\u0639\u0644\u06cc", "\u0639\u0644\u06cc");
	key_zwnj_is("\u200f\u0646\u06cc\u06a9\u200c\u0646\u0627\u0645\u200f",
	    "\u0646\u06cc\u06a9\u200c\u0646\u0627\u0645");
	/* the stored text keeps them */
	norm_is("\u200f\u0645\u0631\u0646\u062f", "\u200f\u0645\u0631\u0646\u062f");
}

/* The embedding, override and isolate controls are dropped from stored
 * text: a name with an RLO displayed backwards on every screen. */
static void
test_bidi_controls(void **state)
{
	(void)state;
	norm_is("\u202e\u0632\u0647\u0631\u0627 \u0627\u062d\u0645\u062f\u06cc",
	    "\u0632\u0647\u0631\u0627 \u0627\u062d\u0645\u062f\u06cc");
	norm_is("\u202aABC\u202c-\u202b\u0639\u0644\u06cc\u202c", "ABC-\u0639\u0644\u06cc");
	norm_is("\u202dx\u2066y\u2067z\u2068w\u2069", "xyzw");
	norm_is("\u0645\u0631\u06cc\u0645 \u202e \u0631\u0636\u0627\u06cc\u06cc",
	    "\u0645\u0631\u06cc\u0645 \u0631\u0636\u0627\u06cc\u06cc");
	norm_is("\u0645\u06cc\u200c\u2067\u0634\u0648\u062f", "\u0645\u06cc\u200c\u0634\u0648\u062f");
	norm_is("\u202e", "");
	/* the marks stay */
	norm_is("\u200f\u202e\u0645\u0631\u0646\u062f", "\u200f\u0645\u0631\u0646\u062f");
	key_is("\u202e\u0639\u0644\u064a", "\u0639\u0644\u06cc");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_arabic_letters),
		cmocka_unit_test(test_marks),
		cmocka_unit_test(test_spaces_and_zwnj),
		cmocka_unit_test(test_digits),
		cmocka_unit_test(test_invalid),
		cmocka_unit_test(test_key),
		cmocka_unit_test(test_twin_key),
		cmocka_unit_test(test_key_bidi_marks),
		cmocka_unit_test(test_bidi_controls),
		cmocka_unit_test(test_no_letter),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_utf8_copy),
		cmocka_unit_test(test_ascii_casecmp),
		cmocka_unit_test(test_random_stable),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
