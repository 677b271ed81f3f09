/*
 * core/validate.h — the validation rules of SPEC §4.
 *
 * Every check answers with a severity (CORE_SEV_OK, CORE_SEV_WARNING: the
 * clerk may confirm and keep the value, CORE_SEV_ERROR: must be fixed), the
 * field it concerns and a message id (enum core_msg).  core/ never returns
 * sentences: core_msg_text() gives the English msgid, which the UI passes
 * through _() (locale/catalog.h) to show Persian.
 *
 * Input is normalised first: digits of any set (ASCII, Persian U+06F0-06F9,
 * Arabic-Indic U+0660-0669) become ASCII, and spaces, ZWNJ and dashes inside
 * numbers are dropped.  Each per-field checker writes the normalised,
 * storable form of a good value (ok or warning).
 *
 * Three levels:
 *   core_check_*         one value of one kind, no record (also the `check` verb);
 *   core_field_parse     input text -> a record's field, with its checker;
 *   core_record_validate a whole record: required fields, choice membership,
 *                        bounds, the typed values again, and cross-field rules
 *                        (given the parent pledge for a payment).
 */
#ifndef CORE_VALIDATE_H
#define CORE_VALIDATE_H

#include <stddef.h>
#include <stdint.h>

#include "core/record.h"

/* Severities, ordered: a larger one is worse. */
#define CORE_SEV_OK	 0
#define CORE_SEV_WARNING 1
#define CORE_SEV_ERROR	 2

/* Message ids.  core_msg_text() maps each to its English msgid. */
enum core_msg {
	CORE_MSG_OK,
	CORE_MSG_REQUIRED,
	CORE_MSG_NOT_DIGITS,
	CORE_MSG_NID_LENGTH,
	CORE_MSG_NID_CHECK,
	CORE_MSG_NID_SAME,
	CORE_MSG_NID_ZEROS,
	CORE_MSG_NID_PREFIX,		/* warning */
	CORE_MSG_LEGAL_LENGTH,
	CORE_MSG_LEGAL_CHECK,
	CORE_MSG_MOBILE_FORMAT,
	CORE_MSG_MOBILE_OPERATOR,	/* warning */
	CORE_MSG_PHONE_FORMAT,
	CORE_MSG_POSTAL_LENGTH,
	CORE_MSG_POSTAL_SAME,
	CORE_MSG_POSTAL_DIGITS,		/* warning: 0 or 2 in the first five */
	CORE_MSG_SHEBA_FORMAT,
	CORE_MSG_SHEBA_CHECK,
	CORE_MSG_AMOUNT_FORMAT,
	CORE_MSG_AMOUNT_NEGATIVE,
	CORE_MSG_AMOUNT_RANGE,
	CORE_MSG_DATE_FORMAT,
	CORE_MSG_DATE_INVALID,
	CORE_MSG_INT_FORMAT,
	CORE_MSG_INT_RANGE,
	CORE_MSG_SCORE_RANGE,		/* urgency, impact: 1-5 */
	CORE_MSG_PROGRESS_RANGE,	/* 0-100 */
	CORE_MSG_CHOICE,
	CORE_MSG_COUNTY,
	CORE_MSG_ID_FORMAT,
	CORE_MSG_LOGIN_FORMAT,
	CORE_MSG_BOOL,
	CORE_MSG_TEXT_INVALID,
	CORE_MSG_TEXT_LINES,
	CORE_MSG_TEXT_CONTROL,		/* a control character (Esc, NUL, C1) */
	CORE_MSG_PERSON_LEGAL_ID,
	CORE_MSG_ORG_NATIONAL_ID,
	CORE_MSG_PLEDGE_AMOUNT,		/* space/costs without an amount */
	CORE_MSG_PLEDGE_EQUIPMENT,	/* equipment with neither amount nor in-kind */
	CORE_MSG_PLEDGE_NONMATERIAL_AMOUNT, /* warning */
	CORE_MSG_PLEDGE_EMPTY,		/* warning: non-material, no in-kind/hours */
	CORE_MSG_PAYMENT_BEFORE_PLEDGE,	/* arg: the pledge's date (day number) */
	CORE_MSG_PAYMENT_OVER_PLEDGE,	/* warning */
	CORE_MSG_PAYMENT_CANCELLED,	/* warning: its pledge is cancelled */
	CORE_MSG_STAGE_END_BEFORE_START,
	CORE_MSG_STAGE_ACTUAL_BEFORE_START, /* warning */
	CORE_MSG_NOMEM,
	CORE_MSG_PTYPE_CHOICE,		/* not a participation type: lists them */
	CORE_MSG_PTYPE_ONE,		/* the same, for a field of one type */
	CORE_MSG_PLEDGE_OVER_ESTIMATE,	/* warning: the need's pledges pass its cost */
	CORE_MSG_NUMBER_GROUPS,		/* separators not between groups of three
					   digits (12000000,00: a decimal comma) */
	CORE_MSG_DATE_YEAR,		/* a year of fewer than four digits */
	CORE_MSG_NUMBER_SCIENTIFIC,	/* 1.23457E+09: a spreadsheet's short form */
	CORE_MSG_AMOUNT_TOMAN,		/* an amount given in tomans */
	CORE_MSG_DATE_GREGORIAN,	/* warning: a Gregorian date, read as such */
	CORE_MSG_DATE_UNLIKELY,		/* a year out of the programme's range:
					   1043 for 1403, 1504 for 1405 */
	CORE_MSG_USER_COUNTY,		/* a clerk or supervisor with no county */
	CORE_MSG_PLEDGE_AFTER_PAYMENT,	/* a pledge dated after a payment on it;
					   arg: the first payment's date (day
					   number) */
	CORE_MSG_PLEDGE_BELOW_PAID,	/* warning: lowered below its payments */
	CORE_MSG_PAYMENT_REPEATED,	/* warning: the same receipt (day and
					   amount) as another of its pledge's */
	CORE_MSG_DATE_FUTURE,		/* warning: a need identified, a pledge
					   made or a payment received after today */
	CORE_MSG_TEXT_LONG,		/* more characters than the field takes
					   (core_text_max): a UI that knows the
					   field says how many it takes */
	CORE_MSG_REFS_MANY,		/* a list of ids (a ceremony's donors
					   honoured) longer than CORE_REFS_MAX */
	CORE_MSG_DATE_NOT_LEAP,		/* Esfand 30 of a year that is not leap */
	CORE_MSG_PAYMENT_NONMATERIAL,	/* warning: money paid on a non-material
					   pledge that pledges no amount; arg:
					   the pledge's type (enum core_ptype) */
	CORE_MSG_PLEDGE_NEED_CLOSED,	/* warning: a pledge on a need done or
					   rejected */
	CORE_MSG_PAYMENT_NO_AMOUNT,	/* warning: money paid on a material
					   pledge that names no amount (equipment
					   in kind): nothing to check it against */
	CORE_MSG_LEGAL_SAME,		/* a legal id of one digit repeated */
	CORE_MSG_LEGAL_ZEROS,		/* a legal id whose first ten digits
					   are all zero */
	CORE_MSG_INT_NEGATIVE,		/* a negative number where 0 is the least */
	CORE_MSG_POPULATION_NEGATIVE,	/* population served: 0 to 10^9 */
	CORE_MSG_POPULATION_RANGE,
	CORE_MSG_HOURS_NEGATIVE,	/* a pledge's hours: 0 to 10^6 */
	CORE_MSG_HOURS_RANGE,
	CORE_MSG_PAYMENT_FULFILLED,	/* warning: a payment on a pledge its
					   other payments already fulfil (or,
					   with no amount, marked fulfilled) */
	CORE_MSG_DATE_MONTH,		/* a Jalali month not 1-12 (1403/13/01) */
	CORE_MSG_DATE_DAY,		/* a day not 1-31 (1403/01/32) */
	CORE_MSG_DATE_30_MEHR,		/* day 31 of a month of 30 days: Mehr, */
	CORE_MSG_DATE_30_ABAN,		/* Aban, Azar, Dey and Bahman, in their */
	CORE_MSG_DATE_30_AZAR,		/* order (core_date_fault counts on it) */
	CORE_MSG_DATE_30_DEY,
	CORE_MSG_DATE_30_BAHMAN,
	CORE_MSG_DATE_ESFAND_31,	/* day 31 of Esfand, of any year */
	CORE_MSG_PLEDGE_TYPE_CATEGORY,	/* warning: a material pledge (space,
					   equipment, costs) on a non-material
					   need, or a non-material one on a
					   material need; arg: the pledge's
					   type | the need's category << 8
					   (CORE_ISSUE_TYPE_CATEGORY) */
	CORE_MSG_NEED_CATEGORY_PLEDGES,	/* warning: a need's category changed
					   (material <-> non-material) with
					   pledges on it that now do not fit
					   it; arg: how many, | the category
					   << 32 (CORE_ISSUE_MISFITS) */
	CORE_MSG_NID_IS_LEGAL,		/* a national id's field given 11 digits
					   that are a well-formed legal id */
	CORE_MSG_LEGAL_IS_NID,		/* a legal id's field given a
					   well-formed national id */
	CORE_NMSGS
};

/* The fault of a Jalali date y/m/d (numbers as typed) that is no day of
 * the calendar: CORE_MSG_DATE_MONTH for a month not 1-12, DATE_DAY for a
 * day not 1-31, DATE_30_MEHR ... DATE_30_BAHMAN for day 31 of a month of 30
 * days, DATE_NOT_LEAP for Esfand 30 of a year that is not leap,
 * DATE_ESFAND_31 for Esfand 31; else (a year out of the calendar's, or a
 * day that is) CORE_MSG_DATE_INVALID.  The forms, the import and `date j2g`
 * name the fault by it, not only "no such date". */
enum core_msg core_date_fault(int y, int m, int d);

/* The pledge's type and its need's category of a PLEDGE_TYPE_CATEGORY
 * finding's arg (enum core_ptype each). */
#define CORE_ISSUE_PTYPE(arg)	((int)((arg) & 0xff))
#define CORE_ISSUE_CATEGORY(arg) ((int)(((arg) >> 8) & 0xff))
/* The pledges that do not fit and the need's new category of a
 * NEED_CATEGORY_PLEDGES finding's arg. */
#define CORE_ISSUE_MISFITS(arg)	((int64_t)((arg) & 0xffffffff))
#define CORE_ISSUE_NEW_CATEGORY(arg) ((int)(((arg) >> 32) & 0xff))

/* Returns the English msgid of m (pass it through _() to show it).  Static;
 * never NULL ("" for an out-of-range m). */
const char *core_msg_text(enum core_msg m);

/* One finding.  arg is a value the message is about, for a UI that says
 * it (the pledge's date a payment is dated before, the first payment's
 * date a pledge is dated after, the type of the non-material pledge
 * money is paid on: see enum core_msg); 0 for the others. */
struct core_issue {
	int severity;		/* CORE_SEV_* */
	int field;		/* field index in the record's schema, or -1 */
	enum core_msg msg;
	int64_t arg;
};

/* The findings of a whole-record check, in field order then rule order.
 * Fixed size: a record has at most CORE_MAX_FIELDS fields and a few
 * cross-field rules; extra findings are counted in dropped. */
#define CORE_MAX_ISSUES 32
struct core_issues {
	size_t n;
	size_t dropped;
	struct core_issue v[CORE_MAX_ISSUES];
};

/* Returns the worst severity in is (CORE_SEV_OK when empty). */
int core_issues_worst(const struct core_issues *is);

/* ---- one value ----
 *
 * Each checker takes UTF-8 input s, returns CORE_SEV_OK, CORE_SEV_WARNING or
 * CORE_SEV_ERROR and sets *msg (CORE_MSG_OK when ok).  For ok and warning the
 * normalised value is written to out (size n, NUL-terminated; n >= 32 is
 * always enough); on error out holds "".  msg may be NULL. */

/* National id: 8-10 digits (8-9 left-padded with zeros) -> 10 ASCII digits.
 * Errors: NOT_DIGITS, NID_LENGTH, NID_SAME, NID_ZEROS, NID_CHECK; warning
 * NID_PREFIX when the first three digits are not a known city code. */
int core_check_nid(const char *s, char *out, size_t n, enum core_msg *msg);

/* Legal id (شناسه ملی): 11 digits with SPEC §4's check digit.  Errors:
 * NOT_DIGITS, LEGAL_LENGTH, LEGAL_SAME (one digit repeated), LEGAL_ZEROS
 * (the first ten digits all zero: 00000000009 fits the check digit),
 * LEGAL_CHECK. */
int core_check_legal(const char *s, char *out, size_t n, enum core_msg *msg);

/* Mobile: +98, 0098, 98 or 0 prefix (or none: 9XXXXXXXXX) -> "09XXXXXXXXX";
 * the country code followed by the trunk 0 (+98 0914 123 4567) is taken too.
 * Error MOBILE_FORMAT (or NOT_DIGITS); warning MOBILE_OPERATOR when the
 * operator prefix is not a known one. */
int core_check_mobile(const char *s, char *out, size_t n, enum core_msg *msg);

/* A yes/no as a BOOL field reads it (1, yes, true, بله ...; 0, no, false,
 * خیر ...): 1, 0, or -1 for neither. */
int core_bool_parse(const char *text);

/* Phone: 11 digits starting with 0 and an area code (a +98/0098/98 prefix
 * is turned into 0; the country code followed by the trunk 0, +98 041 3333
 * 4444, is taken too, as for a mobile).  Error PHONE_FORMAT or NOT_DIGITS. */
int core_check_phone(const char *s, char *out, size_t n, enum core_msg *msg);

/* Postal code: 10 digits, not all the same.  Errors NOT_DIGITS,
 * POSTAL_LENGTH, POSTAL_SAME; warning POSTAL_DIGITS when a 0 or a 2 is among
 * the first five digits (Iran Post does not use them there). */
int core_check_postal(const char *s, char *out, size_t n, enum core_msg *msg);

/* Sheba (Iranian IBAN): "IR" (any case; may be left out) + 24 digits, mod 97
 * check -> "IR" + 24 ASCII digits.  Errors SHEBA_FORMAT, SHEBA_CHECK. */
int core_check_sheba(const char *s, char *out, size_t n, enum core_msg *msg);

/* Amount: a non-negative whole number of rials up to 10^15, any digit set,
 * group separators ',' U+066C U+060C and spaces accepted between groups of
 * three digits, dots ('.' or U+066B, one kind, alone) only between
 * well-formed groups of three (20.000.000; 20.5 is AMOUNT_FORMAT), and the
 * word ریال before or after.  Sets *out.  Errors
 * AMOUNT_FORMAT, NUMBER_GROUPS (separators not by threes: 12000000,00),
 * NUMBER_SCIENTIFIC, AMOUNT_TOMAN (the word تومان), AMOUNT_NEGATIVE,
 * AMOUNT_RANGE. */
int core_check_amount(const char *s, int64_t *out, enum core_msg *msg);

/* Whole number within lo..hi, any digit set, grouped as an amount.  Sets
 * *out.  Errors INT_FORMAT, NUMBER_GROUPS, INT_RANGE (SCORE_RANGE for 1..5,
 * PROGRESS_RANGE for 0..100). */
int core_check_int(const char *s, int64_t lo, int64_t hi, int64_t *out,
    enum core_msg *msg);

/* Jalali date "Y/M/D" or "Y-M-D", any digit set -> day number (jalali.h).
 * The year has four digits: one of two (03/1/5) is not guessed (DATE_YEAR);
 * a year of 1900 or later is a Gregorian date (2024-03-24, from a bank's
 * statement or a spreadsheet's date cell: no record is dated in Jalali
 * 1900, 2521 AD), read as that day with the warning DATE_GREGORIAN.
 * The day must fall in the years a record of this programme can bear:
 * Jalali CORE_DATE_YEAR_MIN to CORE_DATE_YEARS_AHEAD years after today's
 * year (loc_day_today: a stage's timetable may run a few years ahead);
 * another (1043/01/05 for 1403, 1504 for 1405, 2204 for 2024) is refused
 * as mistyped (DATE_UNLIKELY).  `hamyar date j2g` converts any day and
 * does not come here.
 * Errors DATE_FORMAT (malformed, or the year last: 05/01/1403, 3/24/2024),
 * DATE_YEAR, DATE_INVALID (no such day), DATE_UNLIKELY. */
#define CORE_DATE_YEAR_MIN 1300
#define CORE_DATE_YEARS_AHEAD 50
int core_check_date(const char *s, int32_t *day, enum core_msg *msg);

/* ---- counties ----
 *
 * County input is a county code (any case) or its Persian name; the stored
 * value is the code.  By default the seed table core_counties_seed is used;
 * the store, which may hold an edited table, passes its own. */
struct core_vopts {
	/* If set: looks up text (trimmed, normalised) and on success writes
	 * the county code into code (size n) and returns 1; else returns 0. */
	int (*county_find)(void *arg, const char *text, char *code, size_t n);
	void *arg;
	/* Else, if set: a table ending in a NULL code.  Else the seed. */
	const struct core_county *counties;
};

/* The key a county's name is matched by (caller frees; NULL for want of
 * memory): its search key (locale/text.h) without spaces and without the
 * word شهرستان before it, so that «بستان آباد», «بستان‌آباد» and «شهرستان
 * بستان‌آباد», «Khoda Afarin» and «khodaafarin» are one name.  No two
 * counties' names are one so. */
char *core_county_key(const char *name);

/* The search key of s (loc_text_key: case, Arabic letters, harakat and
 * ZWNJ folded) without a bracketed part at its end if bracket ("(ریال)")
 * and without the characters of drop (" _-": "کد‌ملی", "national-id" are
 * کدملی, nationalid).  Caller frees; NULL for want of memory. */
char *core_text_squash(const char *s, int bracket, const char *drop);

/* County check with o (NULL: the seed table).  Error COUNTY. */
int core_check_county(const char *s, const struct core_vopts *o, char *out,
    size_t n, enum core_msg *msg);

/* Whether typed, refused as a station code, is a county's name in the seed
 * table (Persian or English, Arabic ي/ك and spaces folded as
 * core_check_county folds them): «مرند» typed for MRD.  Writes that
 * county's code, the one its stations use, into code (CORE_STATION_MAX + 1
 * bytes) and returns 1; else 0, code "".  sync trust, hamyar init
 * --station, the first start's and the sync keys screen's station code
 * suggest it so. */
int core_county_station(const char *typed, char *code);

/* ---- a record's field ----
 *
 * Parses input (UTF-8, as typed or read from CSV) into field of r with that
 * field's checker, setting the value when the answer is ok or a warning.  On
 * an error the field is left unchanged.  Empty input (only spaces) unsets
 * the field; for a required field the answer is then an error REQUIRED.
 * Text is normalised with loc_text_normalize; single-line fields refuse
 * line breaks.  ENUM accepts the choice name or its English or Persian
 * label; SET a list of choices separated by ',' or '،', each a name or an
 * English or Persian label (labels of several words too: the longest label
 * that matches is taken), names also separated by spaces; a participation
 * type refused is answered CORE_MSG_PTYPE_CHOICE, which lists them; BOOL
 * 1/0, yes/no, true/false, بله/خیر; REF an id; REFS ids separated like SET.
 * The finding is written to *out (may be NULL; field set to field).
 * Returns the severity, or CORE_ENOMEM (the field is then unchanged) or
 * CORE_EINVAL for a bad field index. */
int core_field_parse(struct core_record *r, int field, const char *input,
    struct core_issue *out);
int core_field_parse_opts(struct core_record *r, int field, const char *input,
    const struct core_vopts *o, struct core_issue *out);

/* ---- a whole record ----
 *
 * Checks every field of r (required, choices, bounds, and the stored text of
 * ids, ids' references, counties and phone numbers again) and the
 * cross-field rules: a person donor has no legal id and an organisation no
 * national id; a space or costs pledge has an amount, an equipment pledge an
 * amount or in-kind text, a non-material pledge no amount (warning) and some
 * in-kind text or hours (warning); a stage's planned end is not before its
 * planned start (actual end before it: warning); with parent (the need of
 * a pledge) a pledge whose type is material (space, equipment, costs) on
 * a need whose category is not, or the reverse (warning
 * PLEDGE_TYPE_CATEGORY, on the type: its money would count in no gap, or
 * its hours fill none; not for a cancelled pledge, nor one re-saved with
 * the need and type it had); with parent (the pledge of
 * a payment; NULL if not known) a payment is not dated before its pledge
 * (the finding's arg: the pledge's date), not larger than the pledged
 * amount (warning), not money on a pledge that names no amount (warning:
 * PAYMENT_NONMATERIAL, arg the pledge's type, or PAYMENT_NO_AMOUNT for a
 * material one) and not against a cancelled pledge (warning) nor one
 * already fulfilled (warning PAYMENT_FULFILLED: its other payments, paid
 * rials, reach its amount; one with no amount, status fulfilled).
 * Findings are appended to out (reset first).  Returns the worst
 * severity. */
int core_record_validate(const struct core_record *r,
    const struct core_record *parent, struct core_issues *out);
int core_record_validate_opts(const struct core_record *r,
    const struct core_record *parent, const struct core_vopts *o,
    struct core_issues *out);
/* core_record_validate_opts (no parent) for a record whose fields in the
 * bit mask parsed (1 << field) were each just set by core_field_parse_opts
 * with no finding (CORE_SEV_OK): the values of those among them whose
 * parse makes the same check (ids of people and organisations, mobiles and
 * phones, counties, texts) are not checked again; required fields, the
 * other values and the cross-field rules are.  An import reads each cell
 * so, then checks the row. */
int core_record_validate_parsed(const struct core_record *r, const struct core_vopts *o,
    unsigned parsed, struct core_issues *out);
/* The same for payment r of pledge parent when the pledge's other payments
 * (not r itself) already add up to paid rials: r is "larger than the
 * pledged amount" (warning) when paid plus its amount would pass the
 * pledge's amount, as two payments of 60 and 70 on a pledge of 100 are.
 * old is r's stored version (NULL for a new payment): the warning is given
 * only when this save adds to the excess, i.e. r's amount is above what
 * old paid on the same pledge (a payment re-saved unchanged, or lowered,
 * on a pledge already overpaid is not warned about again; one moved to
 * another pledge counts as new there).  Likewise a payment on a cancelled
 * pledge is warned about only when it is new or its pledge or amount
 * changed: one re-saved with both as stored is not warned about again;
 * so too one on a pledge already fulfilled without it (PAYMENT_FULFILLED:
 * paid reaches the pledge's amount; with no amount, its status is
 * fulfilled). */
int core_payment_validate(const struct core_record *r,
    const struct core_record *parent, int64_t paid, const struct core_record *old,
    struct core_issues *out);
/* The same for pledge r of need parent when the need's other pledges that
 * count (material, not cancelled; not r itself) already add up to pledged
 * rials: r takes the need's pledges beyond its estimated cost (warning
 * PLEDGE_OVER_ESTIMATE, on the amount) when it counts, has an amount above
 * 0, and pledged plus that amount passes the need's estimated cost, as a
 * pledge of 100,000,000 on a need estimated at 90,000,000 does.  A need
 * with no estimated cost has nothing to pass.  old is r's stored version
 * (NULL for a new pledge): as for a payment, the warning is given only when
 * r's amount is above what old counted on the same need (re-saved
 * unchanged: no warning; moved to another need, or counting again after
 * being cancelled: as new). */
int core_pledge_validate(const struct core_record *r,
    const struct core_record *parent, int64_t pledged, const struct core_record *old,
    struct core_issues *out);

/* Whether pledge p (not deactivated) does not fit a need of category
 * (enum core_ptype): it is not cancelled and its type is material while
 * the category is not, or the reverse; the rule PLEDGE_TYPE_CATEGORY
 * warns of on the pledge.  0 for a pledge or category not set. */
int core_pledge_misfits(const struct core_record *p, int category);

/* Need r being saved over its stored version old (NULL: a new need, not
 * warned), with misfits of its pledges not fitting r's category
 * (core_pledge_misfits): when r's category changed between material and
 * non-material and misfits > 0, appends the warning NEED_CATEGORY_PLEDGES
 * (on the category; arg: misfits | the category << 32) to out.  A need
 * re-saved with its category as it was is not warned about again. */
void core_need_category_check(const struct core_record *r, const struct core_record *old,
    int64_t misfits, struct core_issues *out);

/* Checks a stored pledge r being changed against its payments, which add
 * up to paid rials, the first of them made on day first_paid when
 * has_first (none else): a pledge dated after a payment on it is an error
 * (PLEDGE_AFTER_PAYMENT, on pledged_on; the finding's arg: first_paid,
 * the day it must not be after), as a payment dated before its
 * pledge is; an amount below what is paid on it a warning
 * (PLEDGE_BELOW_PAID, on the amount), given only when the amount is below
 * old's (r's stored version), so one re-saved unchanged is not warned
 * about again.  Adds its findings to out; returns the worst of them. */
int core_pledge_payments_check(const struct core_record *r, const struct core_record *old,
    int64_t paid, int has_first, int32_t first_paid, struct core_issues *out);

/* Returns 1 if the three-digit national-id prefix p (ASCII) is in the known
 * list, else 0. */
int core_nid_prefix_known(const char *p);

/* Returns 1 if the normalised mobile number m ("09XXXXXXXXX") starts with a
 * known operator prefix, else 0. */
int core_mobile_operator_known(const char *m);

/* The most characters text field f takes (code points of its normalised
 * text, a line break counting as one; see core/record.c for the values),
 * or 0 for a field of another type, which has no such limit.  A longer
 * text is refused by core_field_parse and core_record_validate with
 * CORE_MSG_TEXT_LONG. */
size_t core_text_max(const struct core_field *f);
/* The number of characters (code points) of UTF-8 text s, as the limit
 * counts them. */
size_t core_text_chars(const char *s);

/* The most ids a list of references (a ceremony's donors honoured) holds,
 * each counted once: a ceremony honours tens of donors, a county's yearly
 * one a few hundred; a cell pasted over with a whole export of ids is
 * refused with CORE_MSG_REFS_MANY instead of stored, synced and lettered. */
#define CORE_REFS_MAX 500

/* Bytes of the separator of the values of a list cell (a donor's
 * interests, a ceremony's donors) at s: ',', '،' (U+060C), ';', '؛'
 * (U+061B), a line break; 0 if none is there.  Spaces, which some lists
 * take too, are the caller's. */
size_t core_list_sep(const char *s);

#endif
