/*
 * locale/words.h — a whole number written in words, as a formal letter
 * writes a sum beside its digits: «مبلغ ۵۰٬۰۰۰٬۰۰۰ ریال (پنجاه میلیون
 * ریال)».
 *
 * Persian (loc_words_fa) as cheques and official letters write it:
 *   - the groups of three digits joined by « و », and within a group the
 *     hundreds, tens and units too: ۱٬۲۳۴ «یک هزار و دویست و سی و چهار»;
 *     a group that is zero is left out with its «و»: ۱٬۰۰۰٬۰۰۵ «یک
 *     میلیون و پنج»;
 *   - one hundred is always «یکصد» and a group of one always says «یک»
 *     («یک هزار», «یک میلیون»), never a bare «صد» or «هزار», so that a
 *     word cannot be put before it on a letter;
 *   - the scales: هزار (10^3), میلیون (10^6), میلیارد (10^9), هزار
 *     میلیارد (10^12), میلیون میلیارد (10^15), میلیارد میلیارد (10^18),
 *     which reach INT64_MAX;
 *   - ۰ «صفر», a negative number after «منفی»; Persian ی and ک (U+06CC,
 *     U+06A9), «هجده», «شصت», «پانصد».
 * English (loc_words_en), British: "one thousand two hundred and
 * thirty-four", "and" before the last part under a hundred ("one
 * million and five"), short scale (billion 10^9, trillion, quadrillion,
 * quintillion), "zero", "minus".
 *
 * Each writes into buf of size n, NUL-terminated (cut at a character
 * boundary if too small), and returns the length in bytes it needs, like
 * snprintf.  Any int64_t is written, INT64_MIN included.
 */
#ifndef LOC_WORDS_H
#define LOC_WORDS_H

#include <stddef.h>
#include <stdint.h>

size_t loc_words_fa(int64_t v, char *buf, size_t n);
size_t loc_words_en(int64_t v, char *buf, size_t n);

/* loc_words_fa when lang is "fa" (or starts "fa"), else loc_words_en. */
size_t loc_words(const char *lang, int64_t v, char *buf, size_t n);

#endif
