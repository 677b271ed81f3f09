/*
 * locale/digits.c — the three digit sets and amounts in rials.
 *
 * Every reader accepts ASCII 0-9, Persian (Extended Arabic-Indic) U+06F0-
 * U+06F9 and Arabic-Indic U+0660-U+0669 alike, since clerks type whichever
 * their keyboard gives and pasted text mixes them.  Writers produce ASCII
 * for storage and machine output, Persian for the screen.
 *
 * Amounts are whole rials, at most 10^15 (LOC_AMOUNT_MAX), which keeps
 * every sum of a province's programme far inside int64_t.  Groups are
 * separated by ',' or the Arabic thousands separator U+066C or spaces on
 * input; on output by U+066C with Persian digits and ',' with ASCII ones.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "locale/digits.h"
#include "locale/loc.h"
#include "locale/text.h"

#define ZWNJ	    0x200C
#define ARABIC_SEP  0x066C	/* ARABIC THOUSANDS SEPARATOR */
#define ARABIC_DECIMAL 0x066B	/* ARABIC DECIMAL SEPARATOR, typed to group digits too */

int
loc_digit_value(uint32_t cp)
{
	if (cp >= '0' && cp <= '9')
		return (int)(cp - '0');
	if (cp >= 0x06F0 && cp <= 0x06F9)
		return (int)(cp - 0x06F0);
	if (cp >= 0x0660 && cp <= 0x0669)
		return (int)(cp - 0x0660);
	return -1;
}

/* Copies s, rewriting digits: to ASCII (fa == 0) or ASCII ones to Persian.
 * Invalid UTF-8 bytes are copied one by one. */
static char *
convert(const char *s, int fa)
{
	size_t len = strlen(s), i, n, o = 0;
	char *out;
	uint32_t cp;
	int d;

	/* An ASCII digit (1 byte) becomes a Persian one (2 bytes). */
	if ((out = malloc(fa ? 2 * len + 1 : len + 1)) == NULL)
		return NULL;
	for (i = 0; i < len; i += n) {
		if ((n = loc_utf8_decode(s + i, len - i, &cp)) == 0) {
			out[o++] = s[i];
			n = 1;
			continue;
		}
		d = loc_digit_value(cp);
		if (d >= 0 && !fa)
			out[o++] = (char)('0' + d);
		else if (d >= 0 && fa && cp < 0x80)
			o += loc_utf8_encode(0x06F0 + (uint32_t)d, out + o);
		else {
			memcpy(out + o, s + i, n);
			o += n;
		}
	}
	out[o] = '\0';
	return out;
}

char *
loc_digits_to_ascii(const char *s)
{
	return convert(s, 0);
}

char *
loc_digits_to_fa(const char *s)
{
	return convert(s, 1);
}

static int
latin_letter(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static int
ascii_alnum(char c)
{
	return latin_letter(c) || (c >= '0' && c <= '9');
}

/* A dash, slash or dot joins two runs of ASCII letters and digits into
 * one code: "ABC-123", "TBZ-HQ-01", "A/3", "No.5". */
static int
joiner(char c)
{
	return c == '-' || c == '/' || c == '.';
}

/* The end of the token that starts at s[i], an ASCII letter or digit:
 * runs of them joined by single joiners, each with a run on both sides.
 * Sets *latin when a Latin letter is in it. */
static size_t
token_end(const char *s, size_t i, int *latin)
{
	*latin = 0;
	for (;;) {
		for (; ascii_alnum(s[i]); i++)
			if (latin_letter(s[i]))
				*latin = 1;
		if (!joiner(s[i]) || !ascii_alnum(s[i + 1]))
			return i;
		i++;
	}
}

/* A token of ASCII letters and digits with a Latin letter in it ("3B",
 * "4MP", "HD-1080", "TBZ-HQ-01") is a Latin word or code: its digits stay
 * as written.  One with none is a figure ("12", "1403/05/01", "10-12"):
 * its digits turn Persian.  Tokens are met from their start, since each
 * is copied whole; UTF-8 passes byte by byte (its lead and continuation
 * bytes are never ASCII). */
char *
loc_digits_to_fa_text(const char *s)
{
	size_t len = strlen(s), i = 0, e, o = 0;
	char *out;
	int latin;

	if ((out = malloc(2 * len + 1)) == NULL)
		return NULL;
	while (i < len) {
		if (!ascii_alnum(s[i])) {
			out[o++] = s[i++];
			continue;
		}
		e = token_end(s, i, &latin);
		for (; i < e; i++)
			if (latin || s[i] < '0' || s[i] > '9')
				out[o++] = s[i];
			else
				o += loc_utf8_encode(0x06F0 + (uint32_t)(s[i] - '0'), out + o);
	}
	out[o] = '\0';
	return out;
}

/* Spaces that may sit between digit groups. */
static int
is_space(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x202F ||
	    (cp >= 0x2000 && cp <= 0x200A);
}

static int
is_dash(uint32_t cp)
{
	return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212;
}

int
loc_digits_collect(const char *s, char *out, size_t n)
{
	size_t len = strlen(s), i, k, cnt = 0;
	uint32_t cp;
	int d;

	if (n == 0)
		return LOC_ERANGE;
	for (i = 0; i < len; i += k) {
		if ((k = loc_utf8_decode(s + i, len - i, &cp)) == 0)
			return LOC_EINVAL;
		if ((d = loc_digit_value(cp)) >= 0) {
			if (cnt + 1 >= n)
				return LOC_ERANGE;
			out[cnt++] = (char)('0' + d);
		} else if (!is_space(cp) && cp != ZWNJ && !is_dash(cp)) {
			return LOC_EINVAL;
		}
	}
	out[cnt] = '\0';
	return (int)cnt;
}

int
loc_amount_parse(const char *s, int64_t *out)
{
	size_t len = strlen(s), i, k, end;
	uint32_t cp, dot = 0;
	int64_t v = 0;
	int d, digits = 0, after_sep = 0, range = 0, other = 0, nsep = 0, gdig = 0;
	int misgrouped = 0, lead0 = 0;

	/* Trim white space at both ends. */
	for (i = 0; i < len; i += k) {
		if ((k = loc_utf8_decode(s + i, len - i, &cp)) == 0 || !is_space(cp))
			break;
	}
	end = len;
	while (end > i) {
		size_t j = end - 1;
		while (j > i && ((unsigned char)s[j] & 0xC0) == 0x80)
			j--;
		if (loc_utf8_decode(s + j, end - j, &cp) != end - j || !is_space(cp))
			break;
		end = j;
	}
	/* Digits, with single separators only between two digits. */
	for (; i < end; i += k) {
		if ((k = loc_utf8_decode(s + i, end - i, &cp)) == 0)
			return LOC_EINVAL;
		if ((d = loc_digit_value(cp)) >= 0) {
			if (digits == 0 && d == 0)
				lead0 = 1;
			if (v > (LOC_AMOUNT_MAX - d) / 10)
				range = 1;
			else
				v = v * 10 + d;
			digits++;
			gdig++;
			after_sep = 0;
		} else if (cp == ',' || cp == ARABIC_SEP || is_space(cp) ||
		    cp == '.' || cp == ARABIC_DECIMAL) {
			if (digits == 0 || after_sep)
				return LOC_EINVAL;
			if (cp == '.' || cp == ARABIC_DECIMAL) {
				if (dot != 0 && cp != dot)
					return LOC_EINVAL;
				dot = cp;
			} else {
				other = 1;
			}
			if (nsep == 0 ? gdig > 3 : gdig != 3)
				misgrouped = 1;
			nsep++;
			gdig = 0;
			after_sep = 1;
		} else {
			return LOC_EINVAL;
		}
	}
	if (digits == 0 || after_sep)
		return LOC_EINVAL;
	/* dots group by threes only (20.000.000): 20.5 is a fraction */
	if (dot != 0 && (other || lead0 || misgrouped || gdig != 3))
		return LOC_EINVAL;
	if (range)
		return LOC_ERANGE;
	*out = v;
	return 0;
}

size_t
loc_amount_format(int64_t v, unsigned flags, char *buf, size_t n)
{
	char tmp[64], digits[24];
	size_t nd = 0, o = 0, i, cut;
	uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
	int fa = (flags & LOC_FMT_FA_DIGITS) != 0;

	do {
		digits[nd++] = (char)('0' + u % 10);
		u /= 10;
	} while (u > 0);
	if (v < 0)
		tmp[o++] = '-';
	for (i = nd; i-- > 0;) {
		if (fa)
			o += loc_utf8_encode(0x06F0 + (uint32_t)(digits[i] - '0'), tmp + o);
		else
			tmp[o++] = digits[i];
		if ((flags & LOC_FMT_GROUP) && i > 0 && i % 3 == 0) {
			if (fa)
				o += loc_utf8_encode(ARABIC_SEP, tmp + o);
			else
				tmp[o++] = ',';
		}
	}
	if (n > 0) {
		/* Cut like snprintf, but never inside a character. */
		cut = o < n ? o : n - 1;
		while (cut > 0 && cut < o && ((unsigned char)tmp[cut] & 0xC0) == 0x80)
			cut--;
		memcpy(buf, tmp, cut);
		buf[cut] = '\0';
	}
	return o;
}

size_t
loc_money_format(int64_t rials, int toman, unsigned flags, char *buf, size_t n)
{
	char whole[64], tmp[96];
	int tenth = (int)(rials % 10);
	size_t o;

	if (!toman)
		return loc_amount_format(rials, flags, buf, n);
	if (tenth == 0)
		return loc_amount_format(rials / 10, flags, buf, n);
	if (tenth < 0)
		tenth = -tenth;
	loc_amount_format(rials / 10, flags, whole, sizeof whole);
	/* -5 rials: -0.5 toman, the sign that rials / 10 (0) lost */
	o = (size_t)snprintf(tmp, sizeof tmp, "%s%s", rials < 0 && rials > -10 ? "-" : "", whole);
	if (flags & LOC_FMT_FA_DIGITS) {
		o += loc_utf8_encode(0x066B, tmp + o);	/* ARABIC DECIMAL SEPARATOR */
		o += loc_utf8_encode(0x06F0 + (uint32_t)tenth, tmp + o);
	} else {
		tmp[o++] = '.';
		tmp[o++] = (char)('0' + tenth);
	}
	tmp[o] = '\0';
	return loc_utf8_copy(buf, n, tmp);	/* (strlen(tmp), that is o) */
}
