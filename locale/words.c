/*
 * locale/words.c — numbers in words, Persian and English (see words.h).
 *
 * The magnitude is taken as uint64_t (INT64_MIN has no positive int64_t),
 * split into groups of three digits from the top, each group written with
 * its scale word; the text is built in a local buffer long enough for the
 * longest (INT64_MIN in either language is under 600 bytes) and copied out.
 */
#include <string.h>

#include "locale/words.h"

#define WORDS_MAX 1024

struct wbuf {
	char s[WORDS_MAX];
	size_t len;
};

static void
put(struct wbuf *w, const char *s)
{
	size_t n = strlen(s);

	if (w->len + n >= sizeof w->s)
		n = sizeof w->s - 1 - w->len;	/* cannot happen: sized above */
	memcpy(w->s + w->len, s, n);
	w->len += n;
	w->s[w->len] = '\0';
}

/* Copies w into buf of size n, cut at a UTF-8 character boundary if it
 * does not fit; returns its whole length. */
static size_t
out(const struct wbuf *w, char *buf, size_t n)
{
	size_t k;

	if (buf == NULL || n == 0)
		return w->len;
	k = w->len < n - 1 ? w->len : n - 1;
	while (k > 0 && k < w->len && ((unsigned char)w->s[k] & 0xC0) == 0x80)
		k--;
	memcpy(buf, w->s, k);
	buf[k] = '\0';
	return w->len;
}

/* The magnitude of v and whether it is negative. */
static uint64_t
magnitude(int64_t v, int *neg)
{
	*neg = v < 0;
	return v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
}

/* The groups of three digits of m, the lowest first, into g[7] (INT64's
 * magnitude has at most 7); returns how many up to the highest nonzero. */
static int
groups(uint64_t m, int g[7])
{
	int k = 0;

	memset(g, 0, 7 * sizeof g[0]);
	while (m > 0 && k < 7) {
		g[k++] = (int)(m % 1000);
		m /= 1000;
	}
	return k;
}

/* ---- Persian ---- */

static const char *const fa_ones[20] = {
	"", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه",
	"ده", "یازده", "دوازده", "سیزده", "چهارده", "پانزده", "شانزده", "هفده",
	"هجده", "نوزده",
};
static const char *const fa_tens[10] = {
	"", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود",
};
static const char *const fa_hundreds[10] = {
	"", "یکصد", "دویست", "سیصد", "چهارصد", "پانصد", "ششصد", "هفتصد", "هشتصد", "نهصد",
};
/* the scale of group k (10^(3k)) */
static const char *const fa_scales[7] = {
	"", "هزار", "میلیون", "میلیارد", "هزار میلیارد", "میلیون میلیارد", "میلیارد میلیارد",
};

#define FA_AND " و "

/* A group 1-999: its hundreds, tens and units joined by « و ». */
static void
fa_group(struct wbuf *w, int n)
{
	int h = n / 100, r = n % 100;

	if (h > 0) {
		put(w, fa_hundreds[h]);
		if (r > 0)
			put(w, FA_AND);
	}
	if (r >= 20) {
		put(w, fa_tens[r / 10]);
		if (r % 10) {
			put(w, FA_AND);
			put(w, fa_ones[r % 10]);
		}
	} else if (r > 0) {
		put(w, fa_ones[r]);
	}
}

size_t
loc_words_fa(int64_t v, char *buf, size_t n)
{
	struct wbuf w = { .len = 0 };
	int g[7], k, i, neg, first = 1;
	uint64_t m = magnitude(v, &neg);

	w.s[0] = '\0';
	if (m == 0) {
		put(&w, "صفر");
		return out(&w, buf, n);
	}
	if (neg)
		put(&w, "منفی ");
	k = groups(m, g);
	for (i = k - 1; i >= 0; i--) {
		if (g[i] == 0)
			continue;
		if (!first)
			put(&w, FA_AND);
		first = 0;
		fa_group(&w, g[i]);
		if (i > 0) {
			put(&w, " ");
			put(&w, fa_scales[i]);
		}
	}
	return out(&w, buf, n);
}

/* ---- English ---- */

static const char *const en_ones[20] = {
	"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
	"seventeen", "eighteen", "nineteen",
};
static const char *const en_tens[10] = {
	"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
};
static const char *const en_scales[7] = {
	"", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion",
};

/* 1-99: "seven", "nineteen", "forty", "forty-two" */
static void
en_tens_units(struct wbuf *w, int r)
{
	if (r >= 20) {
		put(w, en_tens[r / 10]);
		if (r % 10) {
			put(w, "-");
			put(w, en_ones[r % 10]);
		}
	} else {
		put(w, en_ones[r]);
	}
}

size_t
loc_words_en(int64_t v, char *buf, size_t n)
{
	struct wbuf w = { .len = 0 };
	int g[7], k, i, neg, first = 1;
	uint64_t m = magnitude(v, &neg);

	w.s[0] = '\0';
	if (m == 0) {
		put(&w, "zero");
		return out(&w, buf, n);
	}
	if (neg)
		put(&w, "minus ");
	k = groups(m, g);
	for (i = k - 1; i >= 0; i--) {
		int h = g[i] / 100, r = g[i] % 100;

		if (g[i] == 0)
			continue;
		if (!first)
			/* the last group under a hundred after higher ones:
			 * "one thousand and five" */
			put(&w, i == 0 && h == 0 ? " and " : " ");
		first = 0;
		if (h > 0) {
			put(&w, en_ones[h]);
			put(&w, " hundred");
			if (r > 0)
				put(&w, " and ");
		}
		if (r > 0)
			en_tens_units(&w, r);
		if (i > 0) {
			put(&w, " ");
			put(&w, en_scales[i]);
		}
	}
	return out(&w, buf, n);
}

size_t
loc_words(const char *lang, int64_t v, char *buf, size_t n)
{
	if (lang != NULL && strncmp(lang, "fa", 2) == 0)
		return loc_words_fa(v, buf, n);
	return loc_words_en(v, buf, n);
}
