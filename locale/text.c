/*
 * locale/text.c — normalisation of stored Persian text and of search keys
 * (SPEC §5), and the UTF-8 primitives the locale module shares.
 *
 * loc_text_normalize works in passes over the string:
 *
 *   0. NFC (libunistring u8_normalize), skipped when every character is one
 *      NFC leaves alone (no combining mark, nothing outside the Latin,
 *      Arabic and general-punctuation ranges checked below), which is the
 *      common case and then costs no allocation;
 *   1. character mappings and removals (Arabic yeh/alef maksura -> Persian
 *      yeh, Arabic kaf -> keheh, U+06D5 -> heh, tatweel and harakat removed,
 *      bidi embedding/override/isolate controls U+202A-E, U+2066-9 removed);
 *   2. NFC again, only if pass 0 found combining marks and pass 1 changed
 *      something: removing a tatweel between alef and a combining maddah
 *      leaves a pair that composes, and normalising twice must change
 *      nothing (the fuzz target checks it);
 *   3. spaces and ZWNJ: a run of white space and ZWNJ becomes one space if
 *      it holds any space, else one ZWNJ; runs at either end of the text
 *      are dropped, and so is a ZWNJ next to a space (a word edge); digits
 *      of any set become ASCII.
 *
 * Text that the passes would leave as it is (already_normal: one scan finds
 * nothing that any pass changes; every stored value is such) is copied
 * after that one scan, and loc_text_key folds it directly.
 *
 * NFC comes first, as SPEC §5 lists it, so ە + hamza above is ۀ (kept),
 * not ه + hamza.  Passes 1 and 3 only shrink or keep the length and run in
 * one buffer; every pass is linear.
 *
 * loc_text_key normalises, then folds in one more linear pass: teh marbuta
 * and heh with yeh -> heh, alef with hamza or madda -> alef, waw with hamza
 * -> waw, yeh with hamza -> yeh, ZWNJ removed, Latin letters lowercased.
 * The combining hamza U+0654/U+0655 is dropped too, since it is how a
 * keyboard writes those same hamza forms (ه + ٔ is ۀ typed on ISIRI 9147).
 * loc_text_key_zwnj is the same key with the ZWNJs inside words kept, for
 * the word index that also indexes each part of a compound word.
 */
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>

#include "locale/text.h"

#define ZWNJ 0x200C

size_t
loc_utf8_decode(const char *str, size_t len, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	uint32_t c = s[0], min;
	size_t n, i;

	*cp = c;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF) {
		n = 2; c &= 0x1F; min = 0x80;
	} else if (c >= 0xE0 && c <= 0xEF) {
		n = 3; c &= 0x0F; min = 0x800;
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4; c &= 0x07; min = 0x10000;
	} else {
		return 0;
	}
	if (len < n)
		return 0;
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return n;
}

size_t
loc_utf8_encode(uint32_t cp, char *out)
{
	unsigned char *o = (unsigned char *)out;

	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | (cp >> 6));
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	if (cp < 0x10000) {
		o[0] = (unsigned char)(0xE0 | (cp >> 12));
		o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
		o[2] = (unsigned char)(0x80 | (cp & 0x3F));
		return 3;
	}
	o[0] = (unsigned char)(0xF0 | (cp >> 18));
	o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
	o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[3] = (unsigned char)(0x80 | (cp & 0x3F));
	return 4;
}

size_t
loc_utf8_copy(char *dst, size_t n, const char *src)
{
	size_t len = strlen(src), cut = len;

	if (n == 0)
		return len;
	if (cut >= n) {
		cut = n - 1;
		/* back to the first byte of the character cut in two */
		while (cut > 0 && ((unsigned char)src[cut] & 0xC0) == 0x80)
			cut--;
	}
	memcpy(dst, src, cut);
	dst[cut] = '\0';
	return len;
}

int
loc_ascii_casecmp(const char *a, const char *b)
{
	for (; *a != '\0' && *b != '\0'; a++, b++) {
		int x = (*a >= 'A' && *a <= 'Z') ? *a - 'A' + 'a' : *a;
		int y = (*b >= 'A' && *b <= 'Z') ? *b - 'A' + 'a' : *b;

		if (x != y)
			return x - y;
	}
	return (unsigned char)*a - (unsigned char)*b;
}

int
loc_utf8_valid(const char *s, size_t len)
{
	size_t i = 0, n;
	uint32_t cp;

	while (i < len) {
		if ((unsigned char)s[i] < 0x80) {
			i++;
			continue;
		}
		if ((n = loc_utf8_decode(s + i, len - i, &cp)) == 0)
			return 0;
		i += n;
	}
	return 1;
}

/* White space that normalisation turns into one ASCII space. */
static int
is_space(uint32_t cp)
{
	return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0xA0 ||
	    (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F || cp == 0x205F ||
	    cp == 0x3000;
}

/* Pass 1 mapping of one character: the replacement, or 0 to remove it. */
static uint32_t
map_char(uint32_t cp)
{
	switch (cp) {
	case 0x064A: case 0x0649: return 0x06CC;	/* ي ى -> ی */
	case 0x0643: return 0x06A9;			/* ك -> ک */
	case 0x06D5: return 0x0647;			/* ە -> ه */
	case 0x0640: return 0;				/* tatweel */
	default: break;
	}
	if (cp >= 0x064B && cp <= 0x0652)		/* harakat */
		return 0;
	/* bidi embedding, override and isolate controls (LRE RLE PDF LRO
	 * RLO, LRI RLI FSI PDI): a name holding an RLO displays backwards on
	 * every screen; the marks LRM, RLM and ALM are kept */
	if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069))
		return 0;
	return cp;
}

/* 1 if NFC certainly leaves cp (and its neighbours) unchanged: a starter
 * with no decomposition and nothing that composes with it.  Deliberately
 * narrow: anything else goes through u8_normalize. */
static int
nfc_inert(uint32_t cp)
{
	if (cp < 0x300)
		return 1;
	/* Letters and digits of the Arabic block (U+0620-U+064A tatweel
	 * included, U+0660-U+0669, U+0671-U+06D3, U+06F0-U+06F9) are starters
	 * (combining class 0 in the UCD) without a decomposition: answered
	 * without the class lookup. */
	if ((cp >= 0x0620 && cp <= 0x064A) || (cp >= 0x0660 && cp <= 0x0669) ||
	    (cp >= 0x0671 && cp <= 0x06D3) || (cp >= 0x06F0 && cp <= 0x06F9))
		return 1;
	if (cp >= 0x0600 && cp <= 0x06FF)
		return uc_combining_class(cp) == 0 &&
		    !(cp >= 0x0653 && cp <= 0x0655);
	return (cp >= 0x2002 && cp <= 0x206F) || cp == 0xFDFC;
}

/* Returns a malloc'd NUL-terminated NFC form of s (length len) and its
 * length in *outlen, or NULL on allocation failure. */
static char *
nfc(const char *s, size_t len, size_t *outlen)
{
	uint8_t *n = u8_normalize(UNINORM_NFC, (const uint8_t *)s, len, NULL, outlen);
	char *r;

	if (n == NULL)
		return NULL;
	if ((r = realloc(n, *outlen + 1)) == NULL) {
		free(n);
		return NULL;
	}
	r[*outlen] = '\0';
	return r;
}

/* 1 if every character of s (valid UTF-8, length len) is NFC-inert. */
static int
all_inert(const char *s, size_t len)
{
	size_t i, n;
	uint32_t cp;

	for (i = 0; i < len; i += n) {
		if ((unsigned char)s[i] < 0x80) {
			n = 1;
			continue;
		}
		n = loc_utf8_decode(s + i, len - i, &cp);
		if (!nfc_inert(cp))
			return 0;
	}
	return 1;
}

/* The search-key folding of one character of normalised text: the
 * replacement, or 0 to drop it. */
static uint32_t
fold_char(uint32_t cp)
{
	switch (cp) {
	case 0x0629: case 0x06C0: return 0x0647;		/* ة ۀ -> ه */
	case 0x0623: case 0x0625: case 0x0622: return 0x0627;	/* أ إ آ -> ا */
	case 0x0624: return 0x0648;				/* ؤ -> و */
	case 0x0626: return 0x06CC;				/* ئ -> ی */
	case ZWNJ: case 0x0654: case 0x0655: return 0;
	/* LRM, RLM and ALM, which normalising keeps (SPEC 5 does not remove
	 * them): text copied from a letter or a web page brings them along
	 * unseen ("\u200Fمرند"), and a county, a choice or a name compared by
	 * its key was not found for a mark no one can see */
	case 0x200E: case 0x200F: case 0x061C: return 0;
	default: break;
	}
	if (cp >= 'A' && cp <= 'Z')
		return cp + ('a' - 'A');
	if (cp >= 0xC0 && cp < 0x250)
		return uc_tolower(cp);
	return cp;
}

/* 1 for the Persian letters that no pass and no key folding changes (the
 * bulk of a name): ا-غ but ة, ف-و but ك, and پ چ ژ ک گ ی. */
static int
plain_letter(uint32_t cp)
{
	return (cp >= 0x0627 && cp <= 0x063A && cp != 0x0629) ||
	    (cp >= 0x0641 && cp <= 0x0648 && cp != 0x0643) || cp == 0x067E ||
	    cp == 0x0686 || cp == 0x0698 || cp == 0x06A9 || cp == 0x06AF || cp == 0x06CC;
}

/* 1 if s (length len) is valid UTF-8 that loc_text_normalize returns
 * unchanged: every character NFC-inert and left alone by pass 1, no digit
 * but ASCII ones, no white space but single ASCII spaces and no ZWNJ but
 * single ones, each between two other characters.  Most stored text (and
 * every text normalised before) is so; one scan then replaces the passes.
 * With key not NULL (room for len + len / 2 + 1 bytes) the same scan writes
 * the search key of s there (see loc_text_key; its ZWNJs kept if zwnj),
 * valid if 1 is returned. */
static int
already_normal(const char *s, size_t len, char *key, int zwnj)
{
	size_t i, n, o = 0;
	uint32_t cp, f;
	int prev = 1;	/* the previous character: 0 other, 1 space or start, 2 ZWNJ */

	for (i = 0; i < len; i += n) {
		unsigned char c = (unsigned char)s[i];

		if (c < 0x80) {
			n = 1;
			if (c == ' ') {
				if (prev != 0)
					return 0;
				prev = 1;
			} else if (c >= 0x09 && c <= 0x0D) {
				return 0;
			} else {
				prev = 0;
			}
			if (key != NULL)
				key[o++] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
			continue;
		}
		if (c >= 0xC2 && c <= 0xDF && i + 1 < len &&
		    ((unsigned char)s[i + 1] & 0xC0) == 0x80) {
			n = 2;	/* as loc_utf8_decode */
			cp = ((uint32_t)(c & 0x1F) << 6) | ((unsigned char)s[i + 1] & 0x3F);
			if (plain_letter(cp)) {
				prev = 0;
				if (key != NULL) {
					key[o++] = s[i];
					key[o++] = s[i + 1];
				}
				continue;
			}
		} else if ((n = loc_utf8_decode(s + i, len - i, &cp)) == 0) {
			return 0;
		}
		if (cp == ZWNJ) {
			if (prev != 0)
				return 0;
			prev = 2;
			if (key != NULL && zwnj)
				o += loc_utf8_encode(ZWNJ, key + o);
			continue;
		}
		if (!nfc_inert(cp) || map_char(cp) != cp || is_space(cp) ||
		    (cp >= 0x06F0 && cp <= 0x06F9) || (cp >= 0x0660 && cp <= 0x0669))
			return 0;
		prev = 0;
		if (key != NULL && (f = fold_char(cp)) != 0)
			o += loc_utf8_encode(f, key + o);
	}
	if (key != NULL)
		key[o] = '\0';
	return prev == 0 || len == 0;
}

char *
loc_text_normalize(const char *s)
{
	size_t len = strlen(s), i, n, o = 0;
	char *buf, *tmp, *out;
	const char *src = s;
	char *first = NULL;
	uint32_t cp, m;
	int inert, changed = 0, pend_space = 0, pend_zwnj = 0;

	if (already_normal(s, len, NULL, 0)) {
		if ((out = malloc(len + 1)) != NULL)
			memcpy(out, s, len + 1);
		return out;
	}
	if (!loc_utf8_valid(s, len))
		return NULL;
	/* Pass 0: NFC of the input, only when some character may need it. */
	if (!(inert = all_inert(s, len))) {
		if ((first = nfc(s, len, &len)) == NULL)
			return NULL;
		src = first;
	}
	/* Pass 1: mappings and removals; never longer than its input. */
	if ((buf = malloc(len + 1)) == NULL) {
		free(first);
		return NULL;
	}
	for (i = 0; i < len; i += n) {
		n = loc_utf8_decode(src + i, len - i, &cp);
		if ((m = map_char(cp)) != cp)
			changed = 1;
		if (m != 0)
			o += loc_utf8_encode(m, buf + o);
	}
	buf[o] = '\0';
	free(first);
	len = o;
	/* Pass 2: a removal can bring a base and a combining mark together
	 * (alef, tatweel, maddah): compose again so that the result is
	 * stable. */
	if (!inert && changed && !all_inert(buf, len)) {
		tmp = nfc(buf, len, &len);
		free(buf);
		if ((buf = tmp) == NULL)
			return NULL;
	}
	/* Pass 3, in place (the write position never passes the read one):
	 * spaces, ZWNJ and digits. */
	out = buf;
	o = 0;
	for (i = 0; i < len; i += n) {
		n = loc_utf8_decode(buf + i, len - i, &cp);
		if (is_space(cp)) {
			pend_space = 1;
			continue;
		}
		if (cp == ZWNJ) {
			pend_zwnj = 1;
			continue;
		}
		if (o > 0) {
			if (pend_space)
				out[o++] = ' ';
			else if (pend_zwnj)
				o += loc_utf8_encode(ZWNJ, out + o);
		}
		pend_space = pend_zwnj = 0;
		if (cp >= 0x06F0 && cp <= 0x06F9)
			out[o++] = (char)('0' + (cp - 0x06F0));
		else if (cp >= 0x0660 && cp <= 0x0669)
			out[o++] = (char)('0' + (cp - 0x0660));
		else {
			memmove(out + o, buf + i, n);
			o += n;
		}
	}
	out[o] = '\0';
	return out;
}

/* The search key of s; its ZWNJs (single, inside words once normalised)
 * kept if zwnj. */
static char *
text_key(const char *s, int zwnj)
{
	char *norm = NULL, *key;
	const char *src = s;
	size_t len = strlen(s), i, n, o = 0;
	uint32_t cp;

	/* Lowercasing a Latin letter can grow it from 2 to 3 bytes. */
	if ((key = malloc(len + len / 2 + 1)) == NULL)
		return NULL;
	/* Text already normal (the usual case: stored values) is folded in the
	 * scan that finds it so. */
	if (already_normal(s, len, key, zwnj))
		return key;
	free(key);
	if ((norm = loc_text_normalize(s)) == NULL)
		return NULL;
	src = norm;
	len = strlen(norm);
	if ((key = malloc(len + len / 2 + 1)) == NULL) {
		free(norm);
		return NULL;
	}
	for (i = 0; i < len; i += n) {
		unsigned char c = (unsigned char)src[i];

		if (c < 0x80) {
			n = 1;
			key[o++] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
			continue;
		}
		n = loc_utf8_decode(src + i, len - i, &cp);
		if ((cp = cp == ZWNJ && zwnj ? ZWNJ : fold_char(cp)) != 0)
			o += loc_utf8_encode(cp, key + o);
	}
	key[o] = '\0';
	free(norm);
	return key;
}

char *
loc_text_key(const char *s)
{
	return text_key(s, 0);
}

char *
loc_text_key_zwnj(const char *s)
{
	return text_key(s, 1);
}

char *
loc_text_twin_key(const char *s)
{
	char *key = text_key(s, 0), *p, *o;

	if (key == NULL)
		return NULL;
	/* the normalised text has single ASCII spaces for any white space */
	for (p = o = key; *p != '\0'; p++)
		if (*p != ' ')
			*o++ = *p;
	*o = '\0';
	return key;
}

int
loc_text_no_letter(const char *s)
{
	size_t len = strlen(s), k;
	uint32_t cp;

	if (len == 0)
		return 0;
	while (len > 0) {
		if ((k = loc_utf8_decode(s, len, &cp)) == 0)
			return 0;
		if (uc_is_general_category(cp, UC_CATEGORY_L))
			return 0;	/* a letter (uc_is_alpha takes ۰-۹ too) */
		s += k;
		len -= k;
	}
	return 1;
}
