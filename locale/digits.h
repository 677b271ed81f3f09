/*
 * locale/digits.h — digit sets and amounts.
 *
 * Three digit sets are read everywhere: ASCII 0-9, Extended Arabic-Indic
 * (Persian) U+06F0-U+06F9 and Arabic-Indic U+0660-U+0669.  Stored text holds
 * ASCII digits; the screen shows Persian ones unless a setting says ASCII.
 */
#ifndef LOC_DIGITS_H
#define LOC_DIGITS_H

#include <stddef.h>
#include <stdint.h>

#define LOC_FMT_FA_DIGITS 0x1	/* write Persian digits (else ASCII) */
#define LOC_FMT_GROUP     0x2	/* group thousands (U+066C with Persian digits, ',' with ASCII) */

#define LOC_AMOUNT_MAX 1000000000000000LL	/* 10^15 rials */

/* Returns the value 0-9 of the digit code point cp in any set, or -1. */
int loc_digit_value(uint32_t cp);

/* Returns a copy of s with every digit of any set turned to ASCII (or, for
 * _to_fa, every ASCII digit turned Persian).  Caller frees.  NULL on
 * allocation failure.  Invalid UTF-8 bytes are copied unchanged. */
char *loc_digits_to_ascii(const char *s);
char *loc_digits_to_fa(const char *s);
/* As loc_digits_to_fa for a text shown on screen or printed, but the ASCII
 * digits of a Latin word or code stay ASCII ("3B", "4MP", "B2B", and
 * "ABC-123", "TBZ-HQ-01", "A/3", "No.5": Latin letters joined to the
 * digits by '-', '/' or '.' make one code).  Every other ASCII digit turns
 * Persian ("پلاک 12" shows "پلاک ۱۲", a date "1403/05/01" «۱۴۰۳/۰۵/۰۱»,
 * "10-12" «۱۰-۱۲»).  A receipt number is shown so too (tui_fmt_code):
 * "TBZ/12346" as it is, "12346" «۱۲۳۴۶». */
char *loc_digits_to_fa_text(const char *s);

/* Collects the digits of s (any set) as ASCII into out (NUL-terminated),
 * skipping spaces, ZWNJ and dashes.  Returns the number of digits, or
 * LOC_EINVAL if s holds any other character, LOC_ERANGE if out (size n) is
 * too small.  Used by the validators of ids and phone numbers. */
int loc_digits_collect(const char *s, char *out, size_t n);

/* Parses a non-negative integer amount in rials: any digit set, group
 * separators ',' U+066C and spaces accepted, and dots ('.' or U+066B, one
 * kind, alone) only between well-formed groups of three (20.000.000; not
 * 20.5, 1.2345 or 0.500).  (core_check_amount, which forms and imports
 * use, reads dots by the same rule, and takes Excel's 12000000.00 too.)  Returns 0 and sets *out,
 * LOC_EINVAL for an empty or malformed string, LOC_ERANGE above 10^15. */
int loc_amount_parse(const char *s, int64_t *out);

/* Formats v (may be negative) per flags into buf of size n, NUL-terminated.
 * Returns the length in bytes it needs (like snprintf). */
size_t loc_amount_format(int64_t v, unsigned flags, char *buf, size_t n);
/* An amount of rials as loc_amount_format writes it, or, toman set, in
 * toman exactly: rials / 10 with the tenth after a decimal separator when
 * there is one (U+066B with Persian digits, '.' with ASCII): 15 rials are
 * 1.5 toman, not 1, so that amounts shown add up to the totals shown. */
size_t loc_money_format(int64_t rials, int toman, unsigned flags, char *buf, size_t n);

#endif
