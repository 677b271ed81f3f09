/*
 * core/validate.c — SPEC §4's rules.
 *
 * Numbers are read by one collector (collect()) that decodes UTF-8, maps
 * the three digit sets to ASCII and drops the separators a clerk types
 * (spaces, ZWNJ, dashes; brackets for phone numbers), so every checker sees
 * plain ASCII digits.  The checkers then apply their rule and write the
 * stored form.  Text fields go through loc_text_normalize (locale/text.h)
 * and dates through loc_date_parse (locale/jalali.h).
 *
 * Tables and their sources:
 * - national-id city prefixes: shared/data/nid-prefixes.txt (the known list
 *   of first three digits issued by city registry offices), as numbers;
 * - mobile operator prefixes: the mobile number ranges of libphonenumber's
 *   metadata for Iran (resources/PhoneNumberMetadata.xml, territory IR,
 *   <mobile> nationalNumberPattern 9(?:(?:0(?:[0-35]\d|4[4-6])|(?:[13]\d|
 *   2[0-3])\d)\d|9(?:[0-46]\d\d|5[15]0|8(?:[12]\d|88)|9(?:0[0-3]|[19]\d|21|
 *   69|77|8[7-9])))\d{5}) expanded into prefixes, plus 0941 (Irancell's
 *   TD-LTE range, Wikipedia "Telephone numbers in Iran"): MCI 0910-0919 and
 *   0990-0994/0996, Irancell 0900-0905, 0930, 0933, 0935-0939 and 0941,
 *   RighTel 0920-0923, Shatel Mobile 0998, the MVNOs of 0999, and the
 *   regional 0931 (Spadan), 0932 (Taliya) and 0934 (TeleKish).
 * - postal codes: Iran Post leaves the digits 0 and 2 out of the first five
 *   digits (the sorting code), since they look like 5 and 3 when written
 *   (Persian Wikipedia "کد پستی"; khabarkhan.molisy.ir, "نشانی پستی
 *   چیست"); SPEC §4 makes only length and repetition errors, so this is a
 *   warning;
 * - national-id check digit, legal-id check digit and Sheba mod 97: SPEC §4
 *   (the Sheba rule is ISO 13616's IBAN check).
 */
#include "core/validate.h"

#include <stdlib.h>
#include <string.h>

#include "core/pledge.h"
#include "locale/catalog.h"
#include "locale/digits.h"
#include "locale/jalali.h"
#include "locale/loc.h"
#include "locale/text.h"

#define NF(a) (sizeof(a) / sizeof((a)[0]))
#define AMOUNT_MAX 1000000000000000LL	/* 10^15 rials */

/* ---- messages ---- */

static const char *const msg_text[CORE_NMSGS] = {
	[CORE_MSG_OK] = N_("ok"),
	[CORE_MSG_REQUIRED] = N_("This field is required"),
	[CORE_MSG_NOT_DIGITS] = N_("Only digits are allowed here"),
	[CORE_MSG_NID_LENGTH] = N_("A national id has 10 digits"),
	[CORE_MSG_NID_CHECK] = N_("The national id's check digit is wrong"),
	[CORE_MSG_NID_SAME] = N_("A national id cannot be one digit repeated"),
	[CORE_MSG_NID_ZEROS] = N_("A national id cannot have six zeros after its first three digits"),
	[CORE_MSG_NID_PREFIX] = N_("The national id's first three digits are not a known city code"),
	[CORE_MSG_LEGAL_LENGTH] = N_("A legal id has 11 digits"),
	[CORE_MSG_LEGAL_CHECK] = N_("The legal id's check digit is wrong"),
	[CORE_MSG_LEGAL_SAME] = N_("A legal id cannot be one digit repeated"),
	[CORE_MSG_LEGAL_ZEROS] = N_("A legal id cannot have its first ten digits all zero"),
	[CORE_MSG_MOBILE_FORMAT] = N_("A mobile number is 09 and 9 more digits"),
	[CORE_MSG_MOBILE_OPERATOR] = N_("The mobile number's operator prefix is not a known one"),
	[CORE_MSG_PHONE_FORMAT] = N_("A phone number has 11 digits, starting with 0 and the area code"),
	[CORE_MSG_POSTAL_LENGTH] = N_("A postal code has 10 digits"),
	[CORE_MSG_POSTAL_SAME] = N_("A postal code cannot be one digit repeated"),
	[CORE_MSG_POSTAL_DIGITS] = N_("Postal codes have no 0 or 2 in their first five digits"),
	[CORE_MSG_SHEBA_FORMAT] = N_("A Sheba number is IR and 24 digits"),
	[CORE_MSG_SHEBA_CHECK] = N_("The Sheba number's check digits are wrong"),
	[CORE_MSG_AMOUNT_FORMAT] = N_("An amount is a whole number of rials"),
	[CORE_MSG_AMOUNT_NEGATIVE] = N_("An amount cannot be negative"),
	[CORE_MSG_AMOUNT_RANGE] = N_("The amount is too large (at most 10^15 rials)"),
	[CORE_MSG_DATE_FORMAT] = N_("A date is written year/month/day"),
	[CORE_MSG_DATE_INVALID] = N_("There is no such date in the calendar"),
	[CORE_MSG_INT_FORMAT] = N_("A whole number is expected"),
	[CORE_MSG_INT_RANGE] = N_("The number is out of the allowed range"),
	[CORE_MSG_SCORE_RANGE] = N_("Give a score from 1 to 5"),
	[CORE_MSG_PROGRESS_RANGE] = N_("Progress is a percentage from 0 to 100"),
	[CORE_MSG_CHOICE] = N_("Not one of the allowed choices"),
	[CORE_MSG_COUNTY] = N_("Unknown county"),
	[CORE_MSG_ID_FORMAT] = N_("An id is a station code, a dash and a number, like TBZ-42"),
	[CORE_MSG_LOGIN_FORMAT] = N_("A login is lower-case letters, digits, '_', '-' or '.', at most 31"),
	[CORE_MSG_BOOL] = N_("Answer 1 (yes) or 0 (no)"),
	[CORE_MSG_TEXT_INVALID] = N_("The text is not valid UTF-8"),
	[CORE_MSG_TEXT_LINES] = N_("This field takes a single line"),
	[CORE_MSG_TEXT_CONTROL] = N_("The text holds a control character (such as Esc), which cannot be kept"),
	[CORE_MSG_PERSON_LEGAL_ID] = N_("A person has a national id, not a legal id"),
	[CORE_MSG_ORG_NATIONAL_ID] = N_("An organisation has a legal id, not a national id"),
	[CORE_MSG_PLEDGE_AMOUNT] = N_("A pledge for police spaces or costs needs an amount"),
	[CORE_MSG_PLEDGE_EQUIPMENT] = N_("An equipment pledge needs an amount or an in-kind description"),
	[CORE_MSG_PLEDGE_NONMATERIAL_AMOUNT] = N_("A non-material pledge does not usually have an amount"),
	[CORE_MSG_PLEDGE_EMPTY] = N_("Say what is pledged: an in-kind description or hours"),
	[CORE_MSG_PAYMENT_BEFORE_PLEDGE] = N_("The payment is dated before its pledge"),
	[CORE_MSG_PAYMENT_OVER_PLEDGE] = N_("With this payment the pledge's payments add up to more than the pledged amount"),
	[CORE_MSG_PAYMENT_CANCELLED] = N_("The pledge of this payment is cancelled (its status: Cancelled): what is paid on it does not count as received for its need; check that the payment is for this pledge"),
	[CORE_MSG_STAGE_END_BEFORE_START] = N_("The planned end is before the planned start"),
	[CORE_MSG_STAGE_ACTUAL_BEFORE_START] = N_("The actual end is before the planned start"),
	[CORE_MSG_NOMEM] = N_("Out of memory"),
	[CORE_MSG_PTYPE_CHOICE] = N_("Not a participation type; the allowed values are space, equipment, costs, information, support, oversight and policing (or their labels), several separated by commas or semicolons"),
	[CORE_MSG_PTYPE_ONE] = N_("Not a participation type; write one of space, equipment, costs, information, support, oversight and policing (or its label)"),
	[CORE_MSG_PLEDGE_OVER_ESTIMATE] = N_("With this pledge the need's pledges add up to more than its estimated cost"),
	[CORE_MSG_NUMBER_GROUPS] = N_("Digits are grouped by threes (12,000,000); a comma does not mark a fraction"),
	[CORE_MSG_DATE_YEAR] = N_("Write the year with four digits, as in 1403/01/05"),
	[CORE_MSG_NUMBER_SCIENTIFIC] = N_("The spreadsheet wrote this number shortened (as 1.23457E+09), its other digits lost: format the column as Number with no decimals, or as Text, so that every digit shows, and save the file again"),
	[CORE_MSG_AMOUNT_TOMAN] = N_("Amounts are in rials: write this one in rials (a toman is ten rials)"),
	[CORE_MSG_DATE_GREGORIAN] = N_("A Gregorian date: kept as the same day of the Jalali calendar"),
	[CORE_MSG_DATE_UNLIKELY] = N_("The year looks mistyped: write the date as in 1403/01/05"),
	[CORE_MSG_USER_COUNTY] = N_("A clerk or supervisor needs a county: the county they work in"),
	[CORE_MSG_PLEDGE_AFTER_PAYMENT] = N_("The pledge is dated after a payment made on it"),
	[CORE_MSG_PLEDGE_BELOW_PAID] = N_("The pledged amount is below what is already paid on the pledge"),
	[CORE_MSG_PAYMENT_REPEATED] = N_("A payment with this receipt number (with none: of this amount on this day) is already recorded on this pledge"),
	[CORE_MSG_DATE_FUTURE] = N_("This date is after today: check its year, month and day"),
	[CORE_MSG_TEXT_LONG] = N_("The text is longer than this field takes"),
	[CORE_MSG_REFS_MANY] = N_("At most 500 donors are honoured in one ceremony: record the others in another ceremony"),
	[CORE_MSG_DATE_NOT_LEAP] = N_("This year is not a leap year: its Esfand has 29 days"),
	[CORE_MSG_PAYMENT_NONMATERIAL] = N_("The pledge of this payment is non-material and pledges no money"),
	[CORE_MSG_PLEDGE_NEED_CLOSED] = N_("The need of this pledge is done or rejected and takes no new pledges"),
	[CORE_MSG_PAYMENT_NO_AMOUNT] = N_("The pledge of this payment names no amount, so the payment cannot be checked against it"),
	[CORE_MSG_INT_NEGATIVE] = N_("The number cannot be negative"),
	[CORE_MSG_POPULATION_NEGATIVE] = N_("A population served cannot be negative: it is a number from 0 to 1,000,000,000"),
	[CORE_MSG_POPULATION_RANGE] = N_("A population served is a number from 0 to 1,000,000,000"),
	[CORE_MSG_HOURS_NEGATIVE] = N_("Hours cannot be negative: they are a number from 0 to 1,000,000"),
	[CORE_MSG_HOURS_RANGE] = N_("Hours are a number from 0 to 1,000,000"),
	[CORE_MSG_PAYMENT_FULFILLED] = N_("The pledge of this payment is already fulfilled (its status: Fulfilled): check that the payment is for this pledge"),
	[CORE_MSG_DATE_MONTH] = N_("There is no such month: a month is 1 to 12"),
	[CORE_MSG_DATE_DAY] = N_("There is no such day: a day of the month is 1 to 31"),
	[CORE_MSG_DATE_30_MEHR] = N_("Mehr has 30 days"),
	[CORE_MSG_DATE_30_ABAN] = N_("Aban has 30 days"),
	[CORE_MSG_DATE_30_AZAR] = N_("Azar has 30 days"),
	[CORE_MSG_DATE_30_DEY] = N_("Dey has 30 days"),
	[CORE_MSG_DATE_30_BAHMAN] = N_("Bahman has 30 days"),
	[CORE_MSG_DATE_ESFAND_31] = N_("Esfand has 29 days, 30 in a leap year"),
	[CORE_MSG_PLEDGE_TYPE_CATEGORY] = N_("The pledge's type does not fit its need's category: one is material, the other non-material"),
	[CORE_MSG_NEED_CATEGORY_PLEDGES] = N_("Some of this need's pledges no longer fit its category: one is material, the other non-material"),
	[CORE_MSG_NID_IS_LEGAL] = N_("This is an organisation's legal id (11 digits), not a national id"),
	[CORE_MSG_LEGAL_IS_NID] = N_("This is a person's national id (10 digits), not a legal id"),
};

const char *
core_msg_text(enum core_msg m)
{
	if ((int)m < 0 || m >= CORE_NMSGS || msg_text[m] == NULL)
		return "";
	return msg_text[m];
}

int
core_issues_worst(const struct core_issues *is)
{
	int w = CORE_SEV_OK;
	size_t i;

	for (i = 0; is != NULL && i < is->n; i++)
		if (is->v[i].severity > w)
			w = is->v[i].severity;
	return w;
}

/* ---- tables ---- */

/* shared/data/nid-prefixes.txt, as numbers, ascending. */
static const unsigned short nid_prefixes[] = {
	1, 2, 3, 4, 5, 6, 7, 8, 11, 15, 20, 25, 31, 32, 37, 38,
	41, 42, 43, 44, 45, 48, 49, 51, 52, 53, 55, 56, 57, 58, 59, 60,
	61, 62, 63, 64, 65, 67, 68, 69, 70, 72, 73, 74, 75, 76, 77, 78,
	79, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 96,
	97, 98, 105, 106, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119,
	120, 121, 122, 123, 124, 125, 126, 127, 128, 129, 136, 137, 138, 145, 146, 149,
	150, 152, 153, 154, 155, 157, 158, 159, 160, 161, 162, 163, 164, 165, 166, 167,
	168, 169, 170, 171, 172, 173, 174, 175, 181, 182, 183, 184, 185, 186, 187, 188,
	189, 190, 191, 192, 193, 194, 195, 196, 197, 198, 199, 200, 202, 203, 205, 206,
	208, 209, 211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222, 223, 224,
	225, 226, 227, 228, 229, 230, 236, 237, 238, 239, 240, 241, 242, 243, 244, 245,
	246, 247, 248, 249, 250, 251, 252, 253, 254, 255, 256, 257, 258, 259, 261, 262,
	263, 264, 265, 266, 267, 268, 269, 270, 271, 272, 273, 274, 275, 279, 280, 282,
	283, 284, 285, 286, 287, 288, 289, 290, 291, 292, 293, 294, 295, 296, 297, 298,
	299, 302, 303, 304, 305, 306, 307, 308, 309, 310, 311, 312, 313, 314, 315, 316,
	317, 318, 319, 320, 321, 322, 323, 324, 325, 330, 331, 332, 333, 334, 335, 336,
	337, 338, 339, 341, 342, 343, 344, 345, 346, 347, 348, 349, 350, 351, 352, 353,
	354, 355, 356, 357, 358, 359, 361, 362, 364, 365, 366, 367, 369, 370, 371, 372,
	373, 375, 376, 377, 378, 379, 380, 381, 382, 383, 384, 385, 386, 387, 392, 393,
	394, 395, 396, 397, 398, 399, 400, 401, 402, 403, 404, 405, 406, 407, 412, 413,
	416, 417, 418, 419, 420, 421, 422, 423, 424, 425, 426, 427, 428, 431, 432, 436,
	437, 438, 439, 440, 441, 442, 443, 444, 445, 446, 447, 448, 449, 450, 451, 452,
	453, 454, 455, 456, 457, 458, 459, 460, 461, 462, 464, 465, 466, 467, 468, 469,
	470, 471, 472, 481, 482, 483, 484, 485, 486, 487, 488, 489, 490, 491, 492, 493,
	494, 495, 496, 497, 498, 499, 500, 501, 502, 503, 504, 505, 506, 507, 508, 509,
	510, 511, 512, 513, 514, 515, 516, 517, 518, 519, 520, 521, 522, 523, 524, 525,
	526, 527, 528, 529, 530, 531, 532, 533, 534, 535, 536, 537, 538, 539, 540, 541,
	542, 543, 544, 545, 546, 547, 548, 549, 550, 551, 552, 553, 554, 555, 556, 557,
	558, 559, 560, 561, 562, 563, 564, 565, 566, 567, 568, 569, 570, 571, 572, 573,
	574, 575, 576, 577, 578, 579, 580, 581, 582, 583, 584, 585, 586, 587, 588, 589,
	590, 591, 592, 593, 594, 595, 596, 597, 598, 599, 600, 601, 602, 603, 604, 605,
	606, 607, 608, 609, 610, 611, 612, 613, 614, 615, 616, 617, 618, 619, 620, 621,
	622, 623, 624, 625, 626, 627, 628, 629, 630, 631, 632, 633, 634, 635, 636, 637,
	638, 639, 640, 641, 642, 643, 644, 645, 646, 647, 648, 649, 650, 651, 652, 653,
	654, 655, 656, 657, 658, 659, 660, 661, 662, 663, 664, 665, 666, 667, 668, 669,
	670, 671, 672, 673, 674, 675, 676, 677, 678, 679, 680, 681, 682, 683, 684, 685,
	686, 687, 688, 689, 690, 691, 692, 693, 694, 695, 696, 697, 698, 699, 700, 701,
	702, 703, 704, 705, 706, 707, 708, 709, 710, 711, 712, 713, 714, 715, 716, 717,
	718, 719, 720, 721, 722, 723, 724, 725, 726, 727, 728, 729, 730, 731, 732, 775,
	778, 986, 
};

/* Known operator prefixes of normalised mobile numbers (see the opening
 * comment for the source). */
static const char *const mobile_prefixes[] = {
	"0900", "0901", "0902", "0903", "09044", "09045", "09046", "0905",
	"0910", "0911", "0912", "0913", "0914", "0915", "0916", "0917",
	"0918", "0919",
	"0920", "0921", "0922", "0923",
	"0930", "0931", "0932", "0933", "0934", "0935", "0936", "0937",
	"0938", "0939",
	"0941",
	"0990", "0991", "0992", "0993", "0994", "0996",
	"099510", "099550",
	"09981", "09982", "099888",
	"099900", "099901", "099902", "099903", "09991", "09999", "099921",
	"099969", "099977", "099987", "099988", "099989",
};

static int
cmp_ushort(const void *a, const void *b)
{
	return (int)*(const unsigned short *)a - (int)*(const unsigned short *)b;
}

int
core_nid_prefix_known(const char *p)
{
	unsigned short k;

	if (p == NULL || p[0] < '0' || p[0] > '9' || p[1] < '0' || p[1] > '9' ||
	    p[2] < '0' || p[2] > '9')
		return 0;
	k = (unsigned short)((p[0] - '0') * 100 + (p[1] - '0') * 10 + (p[2] - '0'));
	return bsearch(&k, nid_prefixes, NF(nid_prefixes), sizeof(k),
	    cmp_ushort) != NULL;
}

int
core_mobile_operator_known(const char *m)
{
	size_t i;

	if (m == NULL)
		return 0;
	for (i = 0; i < NF(mobile_prefixes); i++) {
		const char *p = mobile_prefixes[i], *q = m;

		while (*p != '\0' && *p == *q)
			p++, q++;
		if (*p == '\0')	/* m starts with the whole prefix */
			return 1;
	}
	return 0;
}

/* ---- reading input ---- */

/* Decodes one UTF-8 character at s into *cp.  Returns its length in bytes,
 * or 0 at the end of s, or -1 for an invalid sequence. */
static int
utf8_next(const char *s, uint32_t *cp)
{
	size_t n;

	if (*s == '\0')
		return 0;
	if ((unsigned char)*s < 0x80) {	/* most characters of an import */
		*cp = (unsigned char)*s;
		return 1;
	}
	/* s ends in a NUL, which is not a continuation byte: decoding stops
	 * there, so no length needs counting */
	n = loc_utf8_decode(s, 4, cp);
	return n > 0 ? (int)n : -1;
}

static int
utf8_valid(const char *s)
{
	return loc_utf8_valid(s, strlen(s));
}

/* The checkers first refuse bytes that are not UTF-8, whatever else is
 * wrong with the value: "not valid UTF-8" is the reason a user can act on
 * (save the file as UTF-8), not "only digits" or "not a date". */
#define REFUSE_INVALID_UTF8(s, out, n, msg) do { \
	if ((s) != NULL && !utf8_valid(s)) \
		return answer(CORE_SEV_ERROR, CORE_MSG_TEXT_INVALID, NULL, out, n, msg); \
} while (0)

static int
is_space_cp(uint32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x200C ||
	    cp == 0x200F || cp == 0x200E || cp == 0x202F || cp == 0x2009;
}

static int
is_dash_cp(uint32_t cp)
{
	return cp == '-' || (cp >= 0x2010 && cp <= 0x2015) || cp == 0x2212 ||
	    cp == 0x06D4;
}

#define C_PLUS	  0x1	/* a leading '+' is allowed (reported in *plus) */
#define C_BRACKET 0x2	/* '(' ')' '.' '/' are separators too (phones) */
#define C_LETTERS 0x4	/* ASCII letters are kept (upper-cased) */

#define C_BAD	  (-1)	/* a character that is not allowed */
#define C_LONG	  (-2)	/* more than fits */

/* Collects the digits of s (any set) as ASCII into out (size n), dropping
 * spaces, ZWNJ and dashes.  Returns the count, C_BAD or C_LONG. */
static int
collect(const char *s, char *out, size_t n, unsigned flags, int *plus)
{
	size_t k = 0;
	uint32_t cp;
	int l, d, seen = 0;

	if (plus != NULL)
		*plus = 0;
	while ((l = utf8_next(s, &cp)) > 0) {
		s += l;
		if ((d = loc_digit_value(cp)) >= 0 ||
		    ((flags & C_LETTERS) && cp < 0x80 &&
		    ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')))) {
			if (k + 1 >= n)
				return C_LONG;
			out[k++] = d >= 0 ? (char)('0' + d) :
			    (char)(cp >= 'a' ? cp - 'a' + 'A' : cp);
			seen = 1;
		} else if (is_space_cp(cp) || is_dash_cp(cp)) {
			continue;
		} else if ((flags & C_BRACKET) && (cp == '(' || cp == ')' ||
		    cp == '.' || cp == '/')) {
			continue;
		} else if ((flags & C_PLUS) && cp == '+' && !seen &&
		    plus != NULL && !*plus) {
			*plus = 1;
		} else {
			return C_BAD;
		}
	}
	if (l < 0)
		return C_BAD;
	out[k] = '\0';
	return (int)k;
}

/* Returns 1 if s is a number in a spreadsheet's scientific form
 * (1.23457E+09, 9,14123E+09 where the comma is the decimal mark): Excel
 * writes a long number so in a CSV, keeping six digits of it.  Such a
 * value is never read: its other digits are lost. */
static int
scientific(const char *s)
{
	int digits = 0;

	while (*s == ' ')
		s++;
	if (*s == '+' || *s == '-')
		s++;
	while (*s >= '0' && *s <= '9')
		s++, digits++;
	if (*s == '.' || *s == ',')
		for (s++; *s >= '0' && *s <= '9'; s++)
			digits++;
	if (digits == 0 || (*s != 'E' && *s != 'e'))
		return 0;
	s++;
	if (*s == '+' || *s == '-')
		s++;
	if (!(*s >= '0' && *s <= '9'))
		return 0;
	while (*s >= '0' && *s <= '9')
		s++;
	while (*s == ' ')
		s++;
	return *s == '\0';
}

/* The error for characters collect() does not take: the scientific form's
 * own, or "only digits". */
#define NOT_DIGITS_MSG(s) \
	(scientific((s) != NULL ? (s) : "") ? CORE_MSG_NUMBER_SCIENTIFIC : CORE_MSG_NOT_DIGITS)

/* Writes the answer: out gets val (or "" on error), *msg gets m. */
static int
answer(int sev, enum core_msg m, const char *val, char *out, size_t n,
    enum core_msg *msg)
{
	if (msg != NULL)
		*msg = m;
	if (out != NULL && n > 0) {
		if (sev == CORE_SEV_ERROR || val == NULL || strlen(val) >= n)
			out[0] = '\0';
		else
			memcpy(out, val, strlen(val) + 1);
	}
	return sev;
}

static int
all_same(const char *d)
{
	size_t i;

	for (i = 1; d[i] != '\0'; i++)
		if (d[i] != d[0])
			return 0;
	return 1;
}

/* ---- the checkers ---- */

int
core_check_nid(const char *s, char *out, size_t n, enum core_msg *msg)
{
	char d[16], id[11];
	int len, i, sum = 0, r, c;

	REFUSE_INVALID_UTF8(s, out, n, msg);
	len = collect(s ? s : "", d, sizeof(d), 0, NULL);
	if (len == C_BAD)
		return answer(CORE_SEV_ERROR, NOT_DIGITS_MSG(s), NULL, out, n, msg);
	/* 8 or 9 digits: an id whose leading zeros a spreadsheet dropped
	 * (0012345679 shown and saved as 12345679; Tehran's ids begin 001 to
	 * 008).  Restoring them is safe: zeros in front are the only digits a
	 * number format loses, there is one way to make 10 digits of them, and
	 * the result must still pass the check digit, so a value short of a
	 * digit elsewhere (a typo) is refused 10 times in 11, as any typo is.
	 * Fewer than 8 would make the city code 000, which no office issues:
	 * refused as too short. */
	/* An organisation's legal id typed where a person's national id
	 * goes (one id column for both in a sheet, the wrong one of a form's
	 * two fields): said so, not "10 digits" of a value that is right. */
	if (len == 11 && core_check_legal(s, NULL, 0, NULL) == CORE_SEV_OK)
		return answer(CORE_SEV_ERROR, CORE_MSG_NID_IS_LEGAL, NULL, out, n, msg);
	if (len < 8 || len > 10)
		return answer(CORE_SEV_ERROR, CORE_MSG_NID_LENGTH, NULL, out, n, msg);
	memset(id, '0', 10);
	memcpy(id + 10 - len, d, (size_t)len);
	id[10] = '\0';
	if (all_same(id))
		return answer(CORE_SEV_ERROR, CORE_MSG_NID_SAME, NULL, out, n, msg);
	if (strncmp(id + 3, "000000", 6) == 0)
		return answer(CORE_SEV_ERROR, CORE_MSG_NID_ZEROS, NULL, out, n, msg);
	for (i = 0; i < 9; i++)
		sum += (id[i] - '0') * (10 - i);
	r = sum % 11;
	c = r < 2 ? r : 11 - r;
	if (id[9] - '0' != c)
		return answer(CORE_SEV_ERROR, CORE_MSG_NID_CHECK, NULL, out, n, msg);
	if (!core_nid_prefix_known(id))
		return answer(CORE_SEV_WARNING, CORE_MSG_NID_PREFIX, id, out, n, msg);
	return answer(CORE_SEV_OK, CORE_MSG_OK, id, out, n, msg);
}

int
core_check_legal(const char *s, char *out, size_t n, enum core_msg *msg)
{
	static const int w[5] = { 29, 27, 23, 19, 17 };
	char d[16];
	int len, i, k, sum = 0, r;

	REFUSE_INVALID_UTF8(s, out, n, msg);
	len = collect(s ? s : "", d, sizeof(d), 0, NULL);
	if (len == C_BAD)
		return answer(CORE_SEV_ERROR, NOT_DIGITS_MSG(s), NULL, out, n, msg);
	/* the other way round: a person's national id (its leading zeros
	 * maybe dropped) where an organisation's legal id goes */
	if (len >= 8 && len <= 10 && core_check_nid(s, NULL, 0, NULL) != CORE_SEV_ERROR)
		return answer(CORE_SEV_ERROR, CORE_MSG_LEGAL_IS_NID, NULL, out, n, msg);
	if (len != 11)
		return answer(CORE_SEV_ERROR, CORE_MSG_LEGAL_LENGTH, NULL, out, n, msg);
	/* As a national id's rules: no office issues these, though some fit
	 * the check digit (00000000009, all zeros but the last). */
	if (all_same(d))
		return answer(CORE_SEV_ERROR, CORE_MSG_LEGAL_SAME, NULL, out, n, msg);
	if (strncmp(d, "0000000000", 10) == 0)
		return answer(CORE_SEV_ERROR, CORE_MSG_LEGAL_ZEROS, NULL, out, n, msg);
	k = d[9] - '0' + 2;
	for (i = 0; i < 10; i++)
		sum += (d[i] - '0' + k) * w[i % 5];
	r = sum % 11;
	if (r == 10)
		r = 0;
	if (d[10] - '0' != r)
		return answer(CORE_SEV_ERROR, CORE_MSG_LEGAL_CHECK, NULL, out, n, msg);
	return answer(CORE_SEV_OK, CORE_MSG_OK, d, out, n, msg);
}

/* Reduces a phone-like digit string to its 10-digit national number (no
 * trunk 0), given the +98 / 0098 / 98 / 0 prefixes.  Returns a pointer into
 * d, or NULL if it has no such form. */
static const char *
national_number(const char *d, int len, int plus)
{
	if (plus)
		return (len == 12 && strncmp(d, "98", 2) == 0) ? d + 2 : NULL;
	if (len == 14 && strncmp(d, "0098", 4) == 0)
		return d + 4;
	if (len == 12 && strncmp(d, "98", 2) == 0)
		return d + 2;
	if (len == 11 && d[0] == '0')
		return d + 1;
	return NULL;
}

/* Returns 1 if d is a number written with the country code and then the
 * national trunk 0 as well (+98 0914 123 4567, 0098 0914..., 98 0914...;
 * a landline +98 041 3333 4444): exactly 98, 0, a first digit from lo to
 * hi (9 for a mobile, an area code 1-8 or 9 for a phone) and 9 more
 * digits, so the one 0 that is not part of the number is plain to see.
 * Any other length or digit there stays refused. */
static int
trunk_after_code(const char *d, int len, int plus, char lo, char hi)
{
	const char *p;

	if (len == 13 && strncmp(d, "980", 3) == 0)
		p = d + 3;
	else if (!plus && len == 15 && strncmp(d, "00980", 5) == 0)
		p = d + 5;
	else
		return 0;
	return p[0] >= lo && p[0] <= hi;
}

int
core_check_mobile(const char *s, char *out, size_t n, enum core_msg *msg)
{
	char d[24], m[12];
	const char *nn;
	int len, plus;

	REFUSE_INVALID_UTF8(s, out, n, msg);
	len = collect(s ? s : "", d, sizeof(d), C_PLUS | C_BRACKET, &plus);
	if (len == C_BAD)
		return answer(CORE_SEV_ERROR, NOT_DIGITS_MSG(s), NULL, out, n, msg);
	if (len == C_LONG)
		return answer(CORE_SEV_ERROR, CORE_MSG_MOBILE_FORMAT, NULL, out, n, msg);
	if (!plus && len == 10 && d[0] == '9')
		nn = d;			/* written without the trunk 0 */
	else if (trunk_after_code(d, len, plus, '9', '9'))
		nn = d + len - 10;	/* +98 0914..., 0098 0914..., 98 0914... */
	else
		nn = national_number(d, len, plus);
	if (nn == NULL || nn[0] != '9')
		return answer(CORE_SEV_ERROR, CORE_MSG_MOBILE_FORMAT, NULL, out, n, msg);
	m[0] = '0';
	memcpy(m + 1, nn, 11);	/* 10 digits and the NUL */
	if (!core_mobile_operator_known(m))
		return answer(CORE_SEV_WARNING, CORE_MSG_MOBILE_OPERATOR, m, out, n, msg);
	return answer(CORE_SEV_OK, CORE_MSG_OK, m, out, n, msg);
}

int
core_check_phone(const char *s, char *out, size_t n, enum core_msg *msg)
{
	char d[24], p[12];
	const char *nn;
	int len, plus;

	REFUSE_INVALID_UTF8(s, out, n, msg);
	len = collect(s ? s : "", d, sizeof(d), C_PLUS | C_BRACKET, &plus);
	if (len == C_BAD)
		return answer(CORE_SEV_ERROR, NOT_DIGITS_MSG(s), NULL, out, n, msg);
	if (len == C_LONG)
		return answer(CORE_SEV_ERROR, CORE_MSG_PHONE_FORMAT, NULL, out, n, msg);
	/* Written without the trunk 0, as a spreadsheet shows a number that
	 * came with one (4133334444 for 04133334444): ten digits that start
	 * with an area code cannot be read otherwise. */
	if (!plus && len == 10 && d[0] >= '1' && d[0] <= '9')
		nn = d;
	else if (trunk_after_code(d, len, plus, '1', '9'))
		nn = d + len - 10;	/* +98 041 ..., 0098 041 ..., as a mobile */
	else
		nn = national_number(d, len, plus);
	/* The national number starts with an area code (1-8) or 9 (mobile). */
	if (nn == NULL || nn[0] == '0')
		return answer(CORE_SEV_ERROR, CORE_MSG_PHONE_FORMAT, NULL, out, n, msg);
	p[0] = '0';
	memcpy(p + 1, nn, 11);
	return answer(CORE_SEV_OK, CORE_MSG_OK, p, out, n, msg);
}

int
core_check_postal(const char *s, char *out, size_t n, enum core_msg *msg)
{
	char d[16];
	int len;

	REFUSE_INVALID_UTF8(s, out, n, msg);
	len = collect(s ? s : "", d, sizeof(d), 0, NULL);
	if (len == C_BAD)
		return answer(CORE_SEV_ERROR, NOT_DIGITS_MSG(s), NULL, out, n, msg);
	if (len != 10)
		return answer(CORE_SEV_ERROR, CORE_MSG_POSTAL_LENGTH, NULL, out, n, msg);
	if (all_same(d))
		return answer(CORE_SEV_ERROR, CORE_MSG_POSTAL_SAME, NULL, out, n, msg);
	if (strcspn(d, "02") < 5)
		return answer(CORE_SEV_WARNING, CORE_MSG_POSTAL_DIGITS, d, out, n, msg);
	return answer(CORE_SEV_OK, CORE_MSG_OK, d, out, n, msg);
}

int
core_check_sheba(const char *s, char *out, size_t n, enum core_msg *msg)
{
	char d[32], ib[27];
	const char *num;
	int len, i, r = 0;
	char rearranged[31];

	REFUSE_INVALID_UTF8(s, out, n, msg);
	len = collect(s ? s : "", d, sizeof(d), C_LETTERS, NULL);
	if (len < 0)
		return answer(CORE_SEV_ERROR, CORE_MSG_SHEBA_FORMAT, NULL, out, n, msg);
	num = (len >= 2 && d[0] == 'I' && d[1] == 'R') ? d + 2 : d;
	if (strlen(num) != 24)
		return answer(CORE_SEV_ERROR, CORE_MSG_SHEBA_FORMAT, NULL, out, n, msg);
	for (i = 0; i < 24; i++)
		if (num[i] < '0' || num[i] > '9')
			return answer(CORE_SEV_ERROR, CORE_MSG_SHEBA_FORMAT, NULL, out, n, msg);
	/* BBAN, then "IR" as 18 27, then the check digits (ISO 13616). */
	memcpy(rearranged, num + 2, 22);
	memcpy(rearranged + 22, "1827", 4);
	memcpy(rearranged + 26, num, 2);
	rearranged[28] = '\0';
	for (i = 0; rearranged[i] != '\0'; i++)
		r = (r * 10 + (rearranged[i] - '0')) % 97;
	if (r != 1)
		return answer(CORE_SEV_ERROR, CORE_MSG_SHEBA_CHECK, NULL, out, n, msg);
	ib[0] = 'I';
	ib[1] = 'R';
	memcpy(ib + 2, num, 25);
	return answer(CORE_SEV_OK, CORE_MSG_OK, ib, out, n, msg);
}

static const char *
skip_space(const char *s)
{
	uint32_t cp;
	int l;

	while ((l = utf8_next(s, &cp)) > 0 && is_space_cp(cp))
		s += l;
	return s;
}

/* Reads a whole number: digits of any set, with group separators when
 * groups is set (commas, ٬ or spaces, one between two digits).  Surrounding
 * space allowed, and a leading minus (U+002D or
 * U+2212).  Returns 0 and sets *neg, *v (saturating at > 10^18 as
 * *big = 1); -1 if malformed, RN_GROUPS if separated but not by threes.
 *
 * Separators group the digits by threes: 1 to 3 digits before the first,
 * exactly 3 after each.  Anything else is not a grouped number but most
 * likely a decimal comma (12000000,00 or 1,5 from a spreadsheet of a
 * region that writes decimals so), which read as a separator gave
 * 1,200,000,000 or 15: refused, never guessed.  A decimal point (. or ٫)
 * may follow with one or two zeros (12000000.00).  (A comma then three
 * digits, 1,500, is read as fifteen hundred: a fraction of exactly three
 * decimal places is not how rials, hours or people are written.)
 *
 * Dots (. or ٫) group digits too, as many in Iran write amounts
 * (20.000.000), but only when every group is well formed: 1 to 3 digits
 * not starting with 0 before the first dot, exactly 3 after each, the
 * same dot throughout and no other separator.  Anything else with a dot
 * in it (20.5, 1.2345, 0.500, 1.000,000) is a fraction or a guess: -1,
 * "an amount is a whole number". */
#define RN_GROUPS (-2)

static int
read_number(const char *s, int groups, int *neg, int64_t *v, int *big)
{
	uint32_t cp, next, dot = 0;
	int l, ln, d, ndig = 0, after_sep = 0, nsep = 0, gdig = 0, misgrouped = 0;
	int other_sep = 0, lead0 = 0;

	*neg = 0;
	*v = 0;
	*big = 0;
	s = skip_space(s);
	if ((l = utf8_next(s, &cp)) > 0 && (cp == '-' || cp == 0x2212)) {
		*neg = 1;
		s += l;
	}
	while ((l = utf8_next(s, &cp)) > 0) {
		if ((d = loc_digit_value(cp)) >= 0) {
			if (ndig == 0 && d == 0)
				lead0 = 1;
			if (*v > 100000000000000000LL)
				*big = 1;
			else
				*v = *v * 10 + d;
			ndig++;
			gdig++;
			after_sep = 0;
		} else if (groups && ndig > 0 && !after_sep &&
		    (cp == ',' || cp == 0x066C || cp == 0x060C || cp == 0x2019 ||
		    cp == '\'')) {
			after_sep = 1;
			other_sep = 1;
		} else if (groups && ndig > 0 && !after_sep &&
		    (cp == ' ' || cp == 0x00A0 || cp == 0x202F || cp == 0x2009) &&
		    (ln = utf8_next(s + l, &next)) > 0 && loc_digit_value(next) >= 0) {
			/* a space, no-break or thin space between two digits
			 * groups them too (SPEC §4: spaces removed in numbers;
			 * 1 000 000); one after the last digit ends the number */
			after_sep = 1;
			other_sep = 1;
		} else if ((cp == '.' || cp == 0x066B) && ndig > 0 && !after_sep) {
			/* Excel's Number format writes 12000000.00: a fraction
			 * of one or two zeros, the whole number it shows.  Any
			 * other dot groups digits by threes or is refused (rials
			 * have no fraction). */
			const char *q = s + l;
			int zeros = 0;

			while ((ln = utf8_next(q, &next)) > 0 && loc_digit_value(next) == 0) {
				zeros++;
				q += ln;
			}
			if (zeros >= 1 && zeros <= 2 && *skip_space(q) == '\0') {
				if (dot != 0)	/* 1.000.00: no fraction */
					return -1;
				s = q;
				break;
			}
			if (!groups || (dot != 0 && cp != dot))
				break;
			/* a dot grouping digits (20.000.000): judged below */
			dot = cp;
			after_sep = 1;
		} else {
			break;
		}
		if (after_sep && gdig > 0) {	/* a separator: the group before it */
			if (nsep == 0 ? gdig > 3 : gdig != 3)
				misgrouped = 1;
			nsep++;
			gdig = 0;
		}
		s += l;
	}
	if (nsep > 0 && gdig != 3)
		misgrouped = 1;
	if (l < 0 || ndig == 0 || after_sep)
		return -1;
	s = skip_space(s);
	if (*s != '\0')
		return -1;
	if (dot != 0 && (misgrouped || other_sep || lead0))
		return -1;	/* a dot not grouping by threes: a fraction */
	return misgrouped ? RN_GROUPS : 0;
}

/* The unit words an amount may carry, as a spreadsheet's Currency format
 * writes them ("12,000,000 ريال", Arabic yeh and all): ریال, the unit
 * amounts are in, is taken off; تومان (ten rials) is refused, never
 * multiplied: a clerk who wrote tomans in a rials column would be wrong by
 * ten either way unless told. */
#define UNIT_RIAL  1
#define UNIT_TOMAN 2

/* Copies s into buf (size n) without a unit word before or after the
 * number; returns the UNIT_* found, 0 for none (buf then holds s), or -1
 * if s does not fit. */
static int
amount_unit(const char *s, char *buf, size_t n)
{
	static const struct { const char *word; int unit; } units[] = {
		{ "ریال", UNIT_RIAL }, { "ريال", UNIT_RIAL }, { "تومان", UNIT_TOMAN },
	};
	size_t i, len, wl;
	const char *p;

	if ((len = strlen(s)) >= n)
		return -1;
	memcpy(buf, s, len + 1);
	while (len > 0 && buf[len - 1] == ' ')
		buf[--len] = '\0';
	for (p = buf; *p == ' '; p++)
		;
	for (i = 0; i < sizeof units / sizeof units[0]; i++) {
		wl = strlen(units[i].word);
		if (len >= wl && strcmp(buf + len - wl, units[i].word) == 0) {
			buf[len - wl] = '\0';
			return units[i].unit;
		}
		if (strncmp(p, units[i].word, wl) == 0) {
			memmove(buf, p + wl, strlen(p + wl) + 1);
			return units[i].unit;
		}
	}
	return 0;
}

int
core_check_amount(const char *s, int64_t *out, enum core_msg *msg)
{
	int neg, big, rc, unit;
	int64_t v;
	char num[96];

	if (out != NULL)
		*out = 0;
	REFUSE_INVALID_UTF8(s, NULL, 0, msg);
	if (s != NULL && (unit = amount_unit(s, num, sizeof num)) > 0) {
		if (unit == UNIT_TOMAN)
			return answer(CORE_SEV_ERROR, CORE_MSG_AMOUNT_TOMAN, NULL, NULL, 0, msg);
		s = num;
	}
	if ((rc = read_number(s ? s : "", 1, &neg, &v, &big)) < 0)
		return answer(CORE_SEV_ERROR, rc == RN_GROUPS ? CORE_MSG_NUMBER_GROUPS :
		    scientific(s ? s : "") ? CORE_MSG_NUMBER_SCIENTIFIC :
		    CORE_MSG_AMOUNT_FORMAT, NULL, NULL, 0, msg);
	if (neg && (v != 0 || big))
		return answer(CORE_SEV_ERROR, CORE_MSG_AMOUNT_NEGATIVE, NULL, NULL, 0, msg);
	if (big || v > AMOUNT_MAX)
		return answer(CORE_SEV_ERROR, CORE_MSG_AMOUNT_RANGE, NULL, NULL, 0, msg);
	if (out != NULL)
		*out = v;
	return answer(CORE_SEV_OK, CORE_MSG_OK, NULL, NULL, 0, msg);
}

/* The message for a number outside lo..hi, neg if it is negative: the
 * range named for the fields that have one of their own (urgency and
 * impact, progress, population served, hours), and a negative number
 * called negative where 0 is the least, as an amount is («مبلغ نمی‌تواند
 * منفی باشد»), rather than "out of the allowed range" naming neither. */
static enum core_msg
range_msg(int64_t lo, int64_t hi, int neg)
{
	if (lo == 1 && hi == 5)
		return CORE_MSG_SCORE_RANGE;
	if (lo == 0 && hi == 100)
		return CORE_MSG_PROGRESS_RANGE;
	if (lo == 0 && hi == 1000000000)	/* record.c: population */
		return neg ? CORE_MSG_POPULATION_NEGATIVE : CORE_MSG_POPULATION_RANGE;
	if (lo == 0 && hi == 1000000)		/* record.c: hours */
		return neg ? CORE_MSG_HOURS_NEGATIVE : CORE_MSG_HOURS_RANGE;
	if (lo >= 0 && neg)
		return CORE_MSG_INT_NEGATIVE;
	return CORE_MSG_INT_RANGE;
}

int
core_check_int(const char *s, int64_t lo, int64_t hi, int64_t *out,
    enum core_msg *msg)
{
	int neg, big, rc;
	int64_t v;
	char pct[64];

	if (out != NULL)
		*out = 0;
	REFUSE_INVALID_UTF8(s, NULL, 0, msg);
	/* A percentage (progress, 0-100) as a spreadsheet's Percent format
	 * writes it: 40% or ۴۰٪ is 40. */
	if (s != NULL && lo == 0 && hi == 100 && strlen(s) < sizeof pct) {
		size_t k = strlen(strcpy(pct, s));

		while (k > 0 && pct[k - 1] == ' ')
			k--;
		if (k >= 1 && pct[k - 1] == '%')
			k--;
		else if (k >= 2 && memcmp(pct + k - 2, "\xD9\xAA", 2) == 0)	/* ٪ U+066A */
			k -= 2;
		pct[k] = '\0';
		s = pct;
	}
	/* grouped like an amount (a population of ۱۲٬۰۰۰; the form shows
	 * it so) */
	/* A word where a score or a percentage goes (urgency «زیاد», progress
	 * «نیمه») is told the range the field takes, which "a whole number
	 * is expected" left to be found by trying numbers. */
	if ((rc = read_number(s ? s : "", 1, &neg, &v, &big)) < 0)
		return answer(CORE_SEV_ERROR, rc == RN_GROUPS ? CORE_MSG_NUMBER_GROUPS :
		    scientific(s ? s : "") ? CORE_MSG_NUMBER_SCIENTIFIC :
		    (lo == 1 && hi == 5) || (lo == 0 && hi == 100) ? range_msg(lo, hi, 0) :
		    CORE_MSG_INT_FORMAT, NULL, NULL, 0, msg);
	if (neg)
		v = -v;
	if (big || v < lo || v > hi)
		return answer(CORE_SEV_ERROR, range_msg(lo, hi, neg && (big || v < 0)), NULL, NULL, 0, msg);
	if (out != NULL)
		*out = v;
	return answer(CORE_SEV_OK, CORE_MSG_OK, NULL, NULL, 0, msg);
}

/* 1 if day falls in the years a record of this programme can bear
 * (validate.h): none before Jalali 1300 (1921), none more than
 * CORE_DATE_YEARS_AHEAD years after today's. */
static int
date_plausible(int32_t day)
{
	int y, m, d, ty;

	if (loc_day_to_jalali(day, &y, &m, &d) != 0 || y < CORE_DATE_YEAR_MIN)
		return 0;
	if (loc_day_to_jalali(loc_day_today(), &ty, &m, &d) != 0)
		return 1;
	return y <= ty + CORE_DATE_YEARS_AHEAD;
}

enum core_msg
core_date_fault(int y, int m, int d)
{
	if (y < LOC_JALALI_YEAR_MIN || y > LOC_JALALI_YEAR_MAX)
		return CORE_MSG_DATE_INVALID;
	if (m < 1 || m > 12)
		return CORE_MSG_DATE_MONTH;
	if (d < 1 || d > 31)
		return CORE_MSG_DATE_DAY;
	if (m >= 7 && m <= 11 && d == 31)
		return (enum core_msg)(CORE_MSG_DATE_30_MEHR + (m - 7));
	if (loc_jalali_esfand30_not_leap(y, m, d))
		return CORE_MSG_DATE_NOT_LEAP;
	if (m == 12 && d == 31)
		return CORE_MSG_DATE_ESFAND_31;
	return CORE_MSG_DATE_INVALID;
}

int
core_check_date(const char *s, int32_t *day, enum core_msg *msg)
{
	int32_t d = 0;
	int f[3], nd[3], rc, y, m, dd;

	if (day != NULL)
		*day = 0;
	REFUSE_INVALID_UTF8(s, NULL, 0, msg);
	if (loc_date_fields(s ? s : "", f, nd) != 0 || nd[2] > 2)
		/* not a date, or day/month/year (05/01/1403, Excel's
		 * 3/24/2024): which is the day and which the month is not
		 * guessed */
		return answer(CORE_SEV_ERROR, CORE_MSG_DATE_FORMAT, NULL, NULL, 0, msg);
	/* A clerk's short year (03/1/5 for 1403/1/5) was year 3; whether 99
	 * is 1399 or 1499 is not guessed either. */
	if (nd[0] < 4)
		return answer(CORE_SEV_ERROR, CORE_MSG_DATE_YEAR, NULL, NULL, 0, msg);
	if (f[0] >= 1900) {
		/* Gregorian: the Jalali year 1900 is 2521 AD, which no record
		 * of this programme bears, and 2024-03-24 read as Jalali was
		 * stored as 2645-06-14.  Kept as the day it names, with a
		 * warning saying so; a day that is no Gregorian date, or one
		 * past the Jalali calendar's years, is no date at all. */
		if (loc_gregorian_to_day(f[0], f[1], f[2], &d) != 0 ||
		    loc_day_to_jalali(d, &y, &m, &dd) != 0)
			return answer(CORE_SEV_ERROR, CORE_MSG_DATE_INVALID, NULL, NULL, 0, msg);
		/* 1910 or 2204 for 2024 */
		if (!date_plausible(d))
			return answer(CORE_SEV_ERROR, CORE_MSG_DATE_UNLIKELY, NULL, NULL, 0, msg);
		if (day != NULL)
			*day = d;
		return answer(CORE_SEV_WARNING, CORE_MSG_DATE_GREGORIAN, NULL, NULL, 0, msg);
	}
	rc = loc_jalali_to_day(f[0], f[1], f[2], &d);
	/* The fault named (core_date_fault): Esfand 30 is a day of the leap
	 * years only (1403, 1408), and "no such date" alone left a clerk who
	 * knows the day exists looking for the typo, where the year was not a
	 * leap one; so with month 13 or Mehr 31. */
	if (rc != 0)
		return answer(CORE_SEV_ERROR, rc == LOC_ERANGE ?
		    core_date_fault(f[0], f[1], f[2]) : CORE_MSG_DATE_FORMAT, NULL, NULL, 0, msg);
	/* 1043 for 1403 was stored as the year 1043 */
	if (!date_plausible(d))
		return answer(CORE_SEV_ERROR, CORE_MSG_DATE_UNLIKELY, NULL, NULL, 0, msg);
	if (day != NULL)
		*day = d;
	return answer(CORE_SEV_OK, CORE_MSG_OK, NULL, NULL, 0, msg);
}

/* ---- counties ---- */

/* Two texts are the same name if their search keys (locale/text.h: Arabic
 * yeh/kaf folded, ZWNJ dropped, ...) are equal.  Returns 1 or 0, or -1 if
 * a key could not be made (no memory: both texts are valid UTF-8). */
static int
same_name(const char *a, const char *b)
{
	char *ka = loc_text_key(a), *kb = loc_text_key(b);
	int same = ka == NULL || kb == NULL ? -1 : strcmp(ka, kb) == 0;

	free(ka);
	free(kb);
	return same;
}

char *
core_county_key(const char *name)
{
	static const char word[] = "شهرستان ";
	char *k = loc_text_key(name), *r, *w;

	if (k == NULL)
		return NULL;
	r = strncmp(k, word, sizeof word - 1) == 0 && k[sizeof word - 1] != '\0' ?
	    k + sizeof word - 1 : k;
	for (w = k; *r != '\0'; r++)
		if (*r != ' ')
			*w++ = *r;
	*w = '\0';
	return k;
}

/* Is a the name b (core_county_key)?  1 or 0; -1 for want of memory. */
static int
same_county(const char *a, const char *b)
{
	char *ka = core_county_key(a), *kb = core_county_key(b);
	int same = ka == NULL || kb == NULL ? -1 : strcmp(ka, kb) == 0;

	free(ka);
	free(kb);
	return same;
}

int
core_check_county(const char *s, const struct core_vopts *o, char *out,
    size_t n, enum core_msg *msg)
{
	const struct core_county *t;
	char *text;
	int found = 0, same = 0;

	text = loc_text_normalize(s ? s : "");
	if (text == NULL)
		return answer(CORE_SEV_ERROR, utf8_valid(s ? s : "") ?
		    CORE_MSG_NOMEM : CORE_MSG_TEXT_INVALID, NULL, out, n, msg);
	if (*text == '\0') {
		free(text);
		return answer(CORE_SEV_ERROR, CORE_MSG_COUNTY, NULL, out, n, msg);
	}
	if (o != NULL && o->county_find != NULL) {
		char code[CORE_STATION_MAX + 8];

		if (o->county_find(o->arg, text, code, sizeof(code)) == 1) {
			free(text);
			return answer(CORE_SEV_OK, CORE_MSG_OK, code, out, n, msg);
		}
		free(text);
		return answer(CORE_SEV_ERROR, CORE_MSG_COUNTY, NULL, out, n, msg);
	}
	t = (o != NULL && o->counties != NULL) ? o->counties : core_counties_seed;
	for (; t->code != NULL; t++)
		if (loc_ascii_casecmp(text, t->code) == 0 ||
		    (t->name_en != NULL && (same = same_county(text, t->name_en)) != 0) ||
		    (t->name_fa != NULL && (same = same_county(text, t->name_fa)) != 0)) {
			found = same >= 0;
			break;
		}
	free(text);
	if (same < 0)	/* out of memory is not an unknown county */
		return answer(CORE_SEV_ERROR, CORE_MSG_NOMEM, NULL, out, n, msg);
	if (!found)
		return answer(CORE_SEV_ERROR, CORE_MSG_COUNTY, NULL, out, n, msg);
	return answer(CORE_SEV_OK, CORE_MSG_OK, t->code, out, n, msg);
}

int
core_county_station(const char *typed, char *code)
{
	char county[CORE_STATION_MAX + 8];
	enum core_msg msg;

	code[0] = '\0';
	if (core_check_county(typed, NULL, county, sizeof county, &msg) != CORE_SEV_OK)
		return 0;
	return core_station_normalize(county, code) == 0;
}

/* ---- a record's field ---- */

/* Returns 1 if s holds nothing but spaces, line breaks, ZWNJ and LRM/RLM
 * (is_space_cp). */
static int
blank(const char *s)
{
	uint32_t cp;
	int l;

	while ((l = utf8_next(s, &cp)) > 0) {
		if (!is_space_cp(cp) && cp != '\n' && cp != '\r')
			return 0;
		s += l;
	}
	return l == 0;	/* invalid UTF-8 is not blank */
}

/* Returns 1 if the first n bytes of s are blank. */
static int
blank_prefix(const char *s, size_t n)
{
	char buf[256];

	if (n >= sizeof(buf))
		return 0;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return blank(buf);
}

/* Copies s into out (size n) trimmed, with digits of any set as ASCII and
 * dashes as '-'.  Returns 0, or -1 if s holds a non-ASCII character other
 * than those, or does not fit. */
static int
fold_ascii(const char *s, char *out, size_t n)
{
	size_t k = 0;
	uint32_t cp;
	int l, d;

	s = skip_space(s);
	while ((l = utf8_next(s, &cp)) > 0) {
		s += l;
		if ((d = loc_digit_value(cp)) >= 0)
			cp = (uint32_t)('0' + d);
		else if (is_dash_cp(cp))
			cp = '-';
		else if (is_space_cp(cp))
			cp = ' ';
		else if (cp >= 0x80 || cp < 0x20)
			return -1;
		if (k + 1 >= n)
			return -1;
		out[k++] = (char)cp;
	}
	if (l < 0)
		return -1;
	while (k > 0 && out[k - 1] == ' ')
		k--;
	out[k] = '\0';
	return 0;
}

/* Checks one id of a REF/ID field. */
static int
id_valid(const struct core_record *r, const struct core_field *f, const char *id)
{
	if (f->type == CORE_FT_ID && r->kind == CORE_USER)
		return core_login_valid(id);
	return core_id_parse(id, NULL, NULL) == 0;
}

#define TOK_NOMEM (-3)

size_t
core_list_sep(const char *s)
{
	if (*s == ',' || *s == ';' || *s == '\n' || *s == '\r')
		return 1;
	if ((unsigned char)s[0] == 0xD8 && ((unsigned char)s[1] == 0x8C ||	/* ، */
	    (unsigned char)s[1] == 0x9B))					/* ؛ */
		return 2;
	return 0;
}

/* Splits s at the separators of core_list_sep and, if spaces is set,
 * spaces: calls fn for each token (in a scratch copy).  Returns the first
 * nonzero return of fn, or 0; -1 for invalid UTF-8, TOK_NOMEM if the copy
 * cannot be made. */
static int
each_token(const char *s, int spaces, int (*fn)(const char *tok, void *arg), void *arg)
{
	char *buf, *p, *tok;
	size_t k = 0;
	uint32_t cp;
	int l, rc = 0;

	if ((buf = malloc(strlen(s) + 1)) == NULL)
		return TOK_NOMEM;
	while ((l = utf8_next(s, &cp)) > 0) {
		if (core_list_sep(s) != 0)
			buf[k++] = '\n';
		else if (spaces && is_space_cp(cp))
			buf[k++] = '\n';
		else {
			memcpy(buf + k, s, (size_t)l);
			k += (size_t)l;
		}
		s += l;
	}
	buf[k] = '\0';
	if (l < 0)
		rc = -1;
	for (p = buf; rc == 0 && (tok = strtok_r(p, "\n", &p)) != NULL; )
		if (!blank(tok))
			rc = fn(tok, arg);
	free(buf);
	return rc;
}

struct set_acc {
	const struct core_field *f;
	int64_t mask;
};

/* Returns the index of the choice of f that text names (its name, English
 * label or Persian label, as enum_find), or -1. */
static int enum_find(const struct core_field *f, const char *text);

/* Returns 1 for the spaces that separate the words of a SET value (ZWNJ is
 * part of a word: تأمین هزینه‌های ...). */
static int
word_space(uint32_t cp)
{
	return cp != 0x200C && (is_space_cp(cp) || cp == '\n' || cp == '\r');
}

/* One comma-separated part of a SET value: words, each matched with the
 * longest run of following words that names a choice (a label of several
 * words), so "تجهیزات عمومی اطلاعاتی" is two choices and "space costs"
 * two names.  Returns 0, or 1 if some words name no choice. */
static int
set_token(const char *part, void *arg)
{
	struct set_acc *a = arg;
	const char *w[64], *e[64], *p = part;
	char *buf;
	size_t nw = 0, i, j, k, len;
	uint32_t cp;
	int l, c, rc = 0;

	for (;;) {
		while ((l = utf8_next(p, &cp)) > 0 && word_space(cp))
			p += l;
		if (l <= 0)
			break;
		if (nw == sizeof w / sizeof w[0])
			return 1;	/* no choice has so many words */
		w[nw] = p;
		while ((l = utf8_next(p, &cp)) > 0 && !word_space(cp))
			p += l;
		e[nw++] = p;
		if (l <= 0)
			break;
	}
	if ((buf = malloc(strlen(part) + 1)) == NULL)
		return TOK_NOMEM;
	for (i = 0; i < nw && rc == 0; i = j) {
		for (j = nw; j > i; j--) {
			/* words i..j-1, one space between them */
			for (k = i, len = 0; k < j; k++) {
				if (k > i)
					buf[len++] = ' ';
				memcpy(buf + len, w[k], (size_t)(e[k] - w[k]));
				len += (size_t)(e[k] - w[k]);
			}
			buf[len] = '\0';
			if ((c = enum_find(a->f, buf)) >= 0) {
				a->mask |= (int64_t)1 << c;
				break;
			}
		}
		if (j == i)
			rc = 1;
	}
	free(buf);
	return rc;
}

struct refs_acc {
	const struct core_record *r;
	const struct core_field *f;
	char *out;		/* as long as the input: ids only shrink */
	size_t len, cap;
	size_t n;		/* ids kept */
};

/* ref_token's return for an id past CORE_REFS_MAX */
#define TOK_MANY 2

static int
ref_token(const char *tok, void *arg)
{
	struct refs_acc *a = arg;
	char id[CORE_ID_MAX + 1];
	const char *p;
	size_t l;

	if (fold_ascii(tok, id, sizeof(id)) < 0)
		return 1;
	core_id_upper(id);
	if (!id_valid(a->r, a->f, id))
		return 1;
	l = strlen(id);
	/* A list is a set (the donors honoured): an id given twice
	 * ("MRD-19 MRD-19", or a donor named by id and by national id in an
	 * import) is kept once, not honoured twice. */
	for (p = a->out; p < a->out + a->len; p += strcspn(p, " ") + 1)
		if (strncmp(p, id, l) == 0 && (p[l] == ' ' || p[l] == '\0'))
			return 0;
	if (a->len + l + 2 > a->cap)
		return 1;
	if (++a->n > CORE_REFS_MAX)
		return TOK_MANY;
	if (a->len > 0)
		a->out[a->len++] = ' ';
	memcpy(a->out + a->len, id, l + 1);
	a->len += l;
	return 0;
}

/* The message for a value that is none of f's choices: for the
 * participation types (interests, category, type), one that lists them. */
static enum core_msg
choice_msg(const struct core_field *f)
{
	if (f->choices != core_ptype_names)
		return CORE_MSG_CHOICE;
	return f->type == CORE_FT_SET ? CORE_MSG_PTYPE_CHOICE : CORE_MSG_PTYPE_ONE;
}

/* Other words clerks use for a choice (by its name): a donor's kind is
 * said حقیقی / حقوقی as often as شخص حقیقی / شخص حقوقی; a religious board
 * is written هیأت as often as هیئت. */
static const struct {
	const char *choice, *alias;
} choice_aliases[] = {
	{ "person", "حقیقی" }, { "person", "individual" },
	{ "org", "حقوقی" }, { "org", "organization" }, { "org", "organisation" },
	/* هیأت, the spelling most offices still use, is هیات by its key;
	 * the label's هیئت is هییت */
	{ "religious_board", "هیات مذهبی" },
};

char *
core_text_squash(const char *s, int bracket, const char *drop)
{
	char *k = loc_text_key(s), *r, *w;
	size_t n;

	if (k == NULL)
		return NULL;
	n = strlen(k);
	while (n > 0 && k[n - 1] == ' ')
		n--;
	if (bracket && n > 0 && k[n - 1] == ')' && (r = memchr(k, '(', n)) != NULL && r > k)
		n = (size_t)(r - k);
	k[n] = '\0';
	for (r = w = k; *r != '\0'; r++)
		if (strchr(drop, *r) == NULL)
			*w++ = *r;
	*w = '\0';
	return k;
}

/* The search key of s without its spaces and brackets and, if bracket,
 * without a bracketed part at its end; NULL for want of memory. */
static char *
label_key(const char *s, int bracket)
{
	return core_text_squash(s, bracket, " ()");
}

/* Is text a Persian label as a clerk types it: a space where the label has
 * a ZWNJ or none (شناسایی شده, تامین هزینه های ...: the search key drops
 * ZWNJ, and no two labels of a field differ only there), without the
 * brackets or the bracketed words at its end (انتظامی داوطلبانه, or
 * انتظامی, the name SPEC §1 gives the type, for انتظامی (داوطلبانه))?  Returns 1 or 0 (0 also for want of memory:
 * the value is then refused, not misread). */
static int
same_label(const char *text, const char *label)
{
	char *a = label_key(text, 0), *b = label_key(label, 0), *c = label_key(label, 1);
	int same = a != NULL && b != NULL && c != NULL && *a != '\0' &&
	    (strcmp(a, b) == 0 || strcmp(a, c) == 0);

	free(a);
	free(b);
	free(c);
	return same;
}

/* Finds an ENUM choice by name, English label, Persian label or alias. */
static int
enum_find(const struct core_field *f, const char *text)
{
	size_t a;
	int i;

	for (i = 0; f->choices[i] != NULL; i++) {
		const char *label = core_choice_label(f, i);

		if (loc_ascii_casecmp(text, f->choices[i]) == 0 ||
		    (label != NULL && (loc_ascii_casecmp(text, label) == 0 ||
		    same_name(text, loc_gettext_lang("fa", label)))))
			return i;
	}
	for (i = 0; f->choices[i] != NULL; i++) {
		const char *label = core_choice_label(f, i);

		if (label != NULL && same_label(text, loc_gettext_lang("fa", label)))
			return i;
		for (a = 0; a < sizeof choice_aliases / sizeof choice_aliases[0]; a++)
			if (strcmp(f->choices[i], choice_aliases[a].choice) == 0 &&
			    (loc_ascii_casecmp(text, choice_aliases[a].alias) == 0 ||
			    same_name(text, choice_aliases[a].alias)))
				return i;
	}
	return -1;
}

static int
bool_parse(const char *text)
{
	/* digits of any set (SPEC §4): ۱ and ١ are 1; بلی is the other
	 * spelling of بله; نه is no (it is also نُه, nine, but a yes/no field
	 * takes no number: before, it was refused) */
	static const char *const yes[] = { "1", "۱", "١", "yes", "true", "y", "بله", "بلی", "آری", NULL };
	static const char *const no[] = { "0", "۰", "٠", "no", "false", "n", "خیر", "نه", NULL };
	int i, same = 0, answer = -1;

	/* نُه written with its damma is nine alone (the search key below
	 * drops the harakat): no answer */
	if (strstr(text, "\u064F") != NULL)
		return -1;

	for (i = 0; yes[i] != NULL; i++)
		if (loc_ascii_casecmp(text, yes[i]) == 0)
			return 1;
	for (i = 0; no[i] != NULL; i++)
		if (loc_ascii_casecmp(text, no[i]) == 0)
			return 0;
	/* As a clerk types them, and as a cell copied from a letter brings
	 * them (a Persian sheet's بله and خیر, export --headers fa): Arabic
	 * ي/ك, a direction mark (RLM) before the word, by the search key.
	 * Invalid UTF-8, or no memory for the keys, is no answer. */
	if (!utf8_valid(text))
		return -1;
	for (i = 0; answer < 0 && same >= 0 && yes[i] != NULL; i++)
		if ((same = same_name(text, yes[i])) == 1)
			answer = 1;
	for (i = 0; answer < 0 && same >= 0 && no[i] != NULL; i++)
		if ((same = same_name(text, no[i])) == 1)
			answer = 0;
	return answer;
}

int
core_bool_parse(const char *text)
{
	return bool_parse(text);
}

/* Returns 1 if s has a line break between non-blank text. */
static int
inner_newline(const char *s)
{
	const char *nl = strpbrk(s, "\r\n");

	return nl != NULL && !blank(nl) && !blank_prefix(s, (size_t)(nl - s));
}

/* Returns 1 if UTF-8 text s holds a control character: C0 other than the
 * line break of a multiline field (a tab is a space to loc_text_normalize
 * and never reaches here), DEL, or C1.  Such text, from a spreadsheet or a
 * crafted file, would reach a terminal through export or report as an
 * escape sequence. */
static int
has_control(const char *s, int multiline)
{
	uint32_t cp;
	int l;

	while ((l = utf8_next(s, &cp)) > 0) {
		if ((cp < 0x20 && !(multiline && cp == '\n')) || (cp >= 0x7f && cp <= 0x9f))
			return 1;
		s += l;
	}
	return 0;
}

/* Normalises text with loc_text_normalize, line by line when multiline
 * (which keeps the line breaks; blank lines at either end are dropped).
 * Returns the text (caller frees) or NULL on allocation failure. */
static char *
normalize_text(const char *s, int multiline)
{
	char *out, *line, *norm;
	size_t len = 0, cap, l;
	const char *p = s, *e;

	if (!multiline)
		return loc_text_normalize(s);
	cap = strlen(s) * 2 + 1;
	if ((out = malloc(cap)) == NULL)
		return NULL;
	out[0] = '\0';
	for (;;) {
		e = strchr(p, '\n');
		l = e ? (size_t)(e - p) : strlen(p);
		if ((line = strndup(p, l)) == NULL)
			goto fail;
		norm = loc_text_normalize(line);
		free(line);
		if (norm == NULL)
			goto fail;
		l = strlen(norm);
		if (len + l + 2 > cap) {
			char *bigger = realloc(out, cap = (len + l + 2) * 2);

			if (bigger == NULL) {
				free(norm);
				goto fail;
			}
			out = bigger;
		}
		if (len > 0 || l > 0) {		/* no blank lines at the start */
			memcpy(out + len, norm, l);
			len += l;
			out[len++] = '\n';
			out[len] = '\0';
		}
		free(norm);
		if (e == NULL)
			break;
		p = e + 1;
	}
	while (len > 0 && out[len - 1] == '\n')	/* nor at the end */
		out[--len] = '\0';
	return out;
fail:
	free(out);
	return NULL;
}

size_t
core_text_max(const struct core_field *f)
{
	return f != NULL && f->type == CORE_FT_TEXT && f->max > 0 ? (size_t)f->max : 0;
}

size_t
core_text_chars(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)	/* not a continuation */
			n++;
	return n;
}

/* Is text longer than field f takes (core_text_max)? */
static int
text_long(const struct core_field *f, const char *text)
{
	size_t most = core_text_max(f);

	/* a text of no more bytes than that has no more characters: not counted */
	return most > 0 && strlen(text) > most && core_text_chars(text) > most;
}

static int
issue(struct core_issue *out, int field, int sev, enum core_msg m)
{
	if (out != NULL) {
		out->severity = sev;
		out->field = field;
		out->msg = m;
		out->arg = 0;
	}
	return sev;
}

/* Stores text into the field; maps CORE_ENOMEM through. */
static int
store_text(struct core_record *r, int field, const char *text, int sev,
    enum core_msg m, struct core_issue *out)
{
	if (core_record_set_text(r, field, text) < 0) {
		issue(out, field, CORE_SEV_ERROR, CORE_MSG_NOMEM);
		return CORE_ENOMEM;
	}
	return issue(out, field, sev, m);
}

static int
store_num(struct core_record *r, int field, int64_t num, int sev,
    enum core_msg m, struct core_issue *out)
{
	core_record_set_num(r, field, num);
	return issue(out, field, sev, m);
}

/* Unsets the field: an error if it is required, else ok.  An input with
 * nothing in it (blank, or a list of no items such as ",") means unset,
 * the value core_value_format writes as "" and that "" parses back to. */
static int
store_none(struct core_record *r, int field, const struct core_field *f,
    struct core_issue *out)
{
	core_record_unset(r, field);
	if (f->flags & CORE_FF_REQUIRED)
		return issue(out, field, CORE_SEV_ERROR, CORE_MSG_REQUIRED);
	return issue(out, field, CORE_SEV_OK, CORE_MSG_OK);
}

int
core_field_parse(struct core_record *r, int field, const char *input,
    struct core_issue *out)
{
	return core_field_parse_opts(r, field, input, NULL, out);
}

int
core_field_parse_opts(struct core_record *r, int field, const char *input,
    const struct core_vopts *o, struct core_issue *out)
{
	const struct core_schema *s = r ? core_schema_get(r->kind) : NULL;
	const struct core_field *f;
	enum core_msg m = CORE_MSG_OK;
	char buf[64], *text = NULL;
	int64_t num;
	int32_t day;
	int sev, rc, i;

	if (s == NULL || field < 0 || (size_t)field >= s->nfields)
		return CORE_EINVAL;
	f = &s->fields[field];
	if (input == NULL || blank(input))
		return store_none(r, field, f, out);
	switch (f->type) {
	case CORE_FT_NID:
	case CORE_FT_LEGAL:
	case CORE_FT_MOBILE:
	case CORE_FT_PHONE:
		sev = f->type == CORE_FT_NID ? core_check_nid(input, buf, sizeof(buf), &m) :
		    f->type == CORE_FT_LEGAL ? core_check_legal(input, buf, sizeof(buf), &m) :
		    f->type == CORE_FT_MOBILE ? core_check_mobile(input, buf, sizeof(buf), &m) :
		    core_check_phone(input, buf, sizeof(buf), &m);
		if (sev == CORE_SEV_ERROR)
			return issue(out, field, sev, m);
		return store_text(r, field, buf, sev, m, out);
	case CORE_FT_COUNTY:
		sev = core_check_county(input, o, buf, sizeof(buf), &m);
		if (sev == CORE_SEV_ERROR)
			return m == CORE_MSG_NOMEM ? (issue(out, field, sev, m), CORE_ENOMEM) :
			    issue(out, field, sev, m);
		return store_text(r, field, buf, sev, m, out);
	case CORE_FT_ID:
	case CORE_FT_REF:
	{
		int login = f->type == CORE_FT_ID && r->kind == CORE_USER;

		if (fold_ascii(input, buf, sizeof(buf)) < 0)
			return issue(out, field, CORE_SEV_ERROR,
			    login ? CORE_MSG_LOGIN_FORMAT : CORE_MSG_ID_FORMAT);
		if (!login)
			core_id_upper(buf);	/* "mrd-1" typed: MRD-1 */
		if (!id_valid(r, f, buf))
			return issue(out, field, CORE_SEV_ERROR,
			    login ? CORE_MSG_LOGIN_FORMAT : CORE_MSG_ID_FORMAT);
		return store_text(r, field, buf, CORE_SEV_OK, CORE_MSG_OK, out);
	}
	case CORE_FT_REFS: {
		struct refs_acc a;

		a.r = r;
		a.f = f;
		a.len = 0;
		a.n = 0;
		a.cap = strlen(input) + 2;
		if ((a.out = malloc(a.cap)) == NULL) {
			issue(out, field, CORE_SEV_ERROR, CORE_MSG_NOMEM);
			return CORE_ENOMEM;
		}
		a.out[0] = '\0';
		if ((rc = each_token(input, 1, ref_token, &a)) != 0) {
			free(a.out);
			if (rc == TOK_NOMEM) {
				issue(out, field, CORE_SEV_ERROR, CORE_MSG_NOMEM);
				return CORE_ENOMEM;
			}
			return issue(out, field, CORE_SEV_ERROR,
			    rc == TOK_MANY ? CORE_MSG_REFS_MANY : CORE_MSG_ID_FORMAT);
		}
		if (a.len == 0) {	/* separators only: no ids */
			free(a.out);
			return store_none(r, field, f, out);
		}
		rc = store_text(r, field, a.out, CORE_SEV_OK, CORE_MSG_OK, out);
		free(a.out);
		return rc;
	}
	case CORE_FT_AMOUNT:
		if ((sev = core_check_amount(input, &num, &m)) == CORE_SEV_ERROR)
			return issue(out, field, sev, m);
		return store_num(r, field, num, sev, m, out);
	case CORE_FT_INT:
		sev = core_check_int(input, f->min, f->max, &num, &m);
		if (sev == CORE_SEV_ERROR)
			return issue(out, field, sev, m);
		return store_num(r, field, num, sev, m, out);
	case CORE_FT_DATE:
		if ((sev = core_check_date(input, &day, &m)) == CORE_SEV_ERROR)
			return issue(out, field, sev, m);
		return store_num(r, field, day, sev, m, out);
	case CORE_FT_SET: {
		struct set_acc a;

		a.f = f;
		a.mask = 0;
		if ((rc = each_token(input, 0, set_token, &a)) != 0) {
			if (rc == TOK_NOMEM) {
				issue(out, field, CORE_SEV_ERROR, CORE_MSG_NOMEM);
				return CORE_ENOMEM;
			}
			return issue(out, field, CORE_SEV_ERROR,
			    rc == -1 ? CORE_MSG_TEXT_INVALID : choice_msg(f));
		}
		/* Separators only (","): no choice, the empty set, which is an
		 * unset field (as the form's checklist leaves it), not a set
		 * field of mask 0 that would format as "" and read back unset. */
		if (a.mask == 0)
			return store_none(r, field, f, out);
		return store_num(r, field, a.mask, CORE_SEV_OK, CORE_MSG_OK, out);
	}
	default:
		break;
	}
	/* The rest read normalised text. */
	if (!utf8_valid(input))
		return issue(out, field, CORE_SEV_ERROR, CORE_MSG_TEXT_INVALID);
	if (!(f->flags & CORE_FF_MULTILINE) && inner_newline(input))
		return issue(out, field, CORE_SEV_ERROR, CORE_MSG_TEXT_LINES);
	if ((text = normalize_text(input, f->flags & CORE_FF_MULTILINE)) == NULL) {
		issue(out, field, CORE_SEV_ERROR, CORE_MSG_NOMEM);
		return CORE_ENOMEM;
	}
	if (has_control(text, f->flags & CORE_FF_MULTILINE)) {
		free(text);
		return issue(out, field, CORE_SEV_ERROR, CORE_MSG_TEXT_CONTROL);
	}
	switch (f->type) {
	case CORE_FT_ENUM:
		if ((i = enum_find(f, text)) < 0)
			rc = issue(out, field, CORE_SEV_ERROR, choice_msg(f));
		else
			rc = store_num(r, field, i, CORE_SEV_OK, CORE_MSG_OK, out);
		break;
	case CORE_FT_BOOL:
		if ((i = bool_parse(text)) < 0)
			rc = issue(out, field, CORE_SEV_ERROR, CORE_MSG_BOOL);
		else
			rc = store_num(r, field, i, CORE_SEV_OK, CORE_MSG_OK, out);
		break;
	default:	/* CORE_FT_TEXT */
		/* Empty after normalisation by the same rule as the input
		 * (blank): normalising keeps LRM/RLM (SPEC §5 does not remove
		 * them), which blank() counts as space, so a text of only
		 * bidi marks would otherwise be stored, format as itself and
		 * read back unset. */
		if (blank(text))
			rc = store_none(r, field, f, out);
		else if (text_long(f, text))
			rc = issue(out, field, CORE_SEV_ERROR, CORE_MSG_TEXT_LONG);
		else
			rc = store_text(r, field, text, CORE_SEV_OK, CORE_MSG_OK, out);
		break;
	}
	free(text);
	return rc;
}

/* ---- a whole record ---- */

/* Appends a finding with the value arg its message is about. */
static void
add_arg(struct core_issues *out, int field, int sev, enum core_msg m, int64_t arg)
{
	if (out->n >= CORE_MAX_ISSUES) {
		out->dropped++;
		return;
	}
	out->v[out->n].severity = sev;
	out->v[out->n].field = field;
	out->v[out->n].msg = m;
	out->v[out->n].arg = arg;
	out->n++;
}

static void
add(struct core_issues *out, int field, int sev, enum core_msg m)
{
	add_arg(out, field, sev, m, 0);
}

struct refs_check {
	const struct core_record *r;
	const struct core_field *f;
	size_t n;	/* ids read (a stored list holds each once) */
};

static int
ref_ok(const char *tok, void *arg)
{
	struct refs_check *c = arg;

	if (!id_valid(c->r, c->f, tok))
		return 1;
	return ++c->n > CORE_REFS_MAX ? TOK_MANY : 0;
}

/* Checks the stored value of one set field. */
static void
check_value(const struct core_record *r, int i, const struct core_field *f,
    const struct core_vopts *o, struct core_issues *out)
{
	const struct core_value *v = &r->v[i];
	const char *t = v->text != NULL ? v->text : "";
	enum core_msg m = CORE_MSG_OK;
	char buf[64];
	int sev = CORE_SEV_OK, y, mo, d, nch;

	switch (f->type) {
	case CORE_FT_ENUM:
		if (v->num < 0 || v->num >= core_choice_count(f))
			sev = CORE_SEV_ERROR, m = choice_msg(f);
		break;
	case CORE_FT_SET:
		nch = core_choice_count(f);
		if (v->num < 0 || (nch < 63 && (v->num >> nch) != 0))
			sev = CORE_SEV_ERROR, m = choice_msg(f);
		break;
	case CORE_FT_INT:
		if (v->num < f->min || v->num > f->max)
			sev = CORE_SEV_ERROR, m = range_msg(f->min, f->max, v->num < 0);
		break;
	case CORE_FT_AMOUNT:
		if (v->num < 0)
			sev = CORE_SEV_ERROR, m = CORE_MSG_AMOUNT_NEGATIVE;
		else if (v->num > f->max)
			sev = CORE_SEV_ERROR, m = CORE_MSG_AMOUNT_RANGE;
		break;
	case CORE_FT_BOOL:
		if (v->num != 0 && v->num != 1)
			sev = CORE_SEV_ERROR, m = CORE_MSG_BOOL;
		break;
	case CORE_FT_DATE:
		if (v->num < INT32_MIN || v->num > INT32_MAX ||
		    loc_day_to_jalali((int32_t)v->num, &y, &mo, &d) != 0)
			sev = CORE_SEV_ERROR, m = CORE_MSG_DATE_INVALID;
		break;
	case CORE_FT_NID:
		sev = core_check_nid(t, buf, sizeof(buf), &m);
		break;
	case CORE_FT_LEGAL:
		sev = core_check_legal(t, buf, sizeof(buf), &m);
		break;
	case CORE_FT_MOBILE:
		sev = core_check_mobile(t, buf, sizeof(buf), &m);
		break;
	case CORE_FT_PHONE:
		sev = core_check_phone(t, buf, sizeof(buf), &m);
		break;
	case CORE_FT_COUNTY:
		sev = core_check_county(t, o, buf, sizeof(buf), &m);
		break;
	case CORE_FT_ID:
	case CORE_FT_REF:
		if (!id_valid(r, f, t))
			sev = CORE_SEV_ERROR, m = (f->type == CORE_FT_ID &&
			    r->kind == CORE_USER) ? CORE_MSG_LOGIN_FORMAT :
			    CORE_MSG_ID_FORMAT;
		break;
	case CORE_FT_REFS: {
		struct refs_check c = { r, f, 0 };

		int rc = each_token(t, 1, ref_ok, &c);

		if (rc != 0)
			sev = CORE_SEV_ERROR, m = rc == TOK_NOMEM ? CORE_MSG_NOMEM :
			    rc == TOK_MANY ? CORE_MSG_REFS_MANY : CORE_MSG_ID_FORMAT;
		break;
	}
	case CORE_FT_TEXT:
		if (!utf8_valid(t))
			sev = CORE_SEV_ERROR, m = CORE_MSG_TEXT_INVALID;
		else if (!(f->flags & CORE_FF_MULTILINE) && strpbrk(t, "\r\n") != NULL)
			sev = CORE_SEV_ERROR, m = CORE_MSG_TEXT_LINES;
		else if (has_control(t, f->flags & CORE_FF_MULTILINE))
			sev = CORE_SEV_ERROR, m = CORE_MSG_TEXT_CONTROL;
		else if (text_long(f, t))
			sev = CORE_SEV_ERROR, m = CORE_MSG_TEXT_LONG;
		break;
	}
	if (sev != CORE_SEV_OK)
		add(out, i, sev, m);
}

static int
isset(const struct core_record *r, int field)
{
	return r->v[field].set;
}

/* What the stored version old of payment or pledge r (NULL: r is new)
 * already counts towards the total r is checked with: its amount if it was
 * on the same pledge (a payment) or, counting, on the same need (a
 * pledge); else 0 (new, moved, or not counting before). */
static int64_t
counted_before(const struct core_record *r, const struct core_record *old)
{
	int ref = r->kind == CORE_PAYMENT ? CORE_PAYMENT_PLEDGE : CORE_PLEDGE_NEED;
	int amount = r->kind == CORE_PAYMENT ? CORE_PAYMENT_AMOUNT : CORE_PLEDGE_AMOUNT;

	if (old == NULL || old->kind != r->kind || !isset(old, amount) ||
	    !isset(old, ref) || !isset(r, ref) ||
	    strcmp(core_record_text(old, ref), core_record_text(r, ref)) != 0)
		return 0;
	if (r->kind == CORE_PLEDGE && (!isset(old, CORE_PLEDGE_TYPE) ||
	    !core_pledge_counts((int)old->v[CORE_PLEDGE_TYPE].num,
	    isset(old, CORE_PLEDGE_STATUS) ? (int)old->v[CORE_PLEDGE_STATUS].num :
	    CORE_PLEDGE_PLEDGED)))
		return 0;
	return old->v[amount].num > 0 ? old->v[amount].num : 0;
}

/* Is payment r its stored version old with the same pledge and the same
 * amount (both given and equal, or both not)?  Such a payment re-saved on
 * a cancelled pledge was warned about when it was written: not again. */
static int
payment_kept(const struct core_record *r, const struct core_record *old)
{
	if (r->kind != CORE_PAYMENT || old == NULL || old->kind != CORE_PAYMENT ||
	    !isset(old, CORE_PAYMENT_PLEDGE) || !isset(r, CORE_PAYMENT_PLEDGE) ||
	    strcmp(core_record_text(old, CORE_PAYMENT_PLEDGE),
	    core_record_text(r, CORE_PAYMENT_PLEDGE)) != 0 ||
	    isset(old, CORE_PAYMENT_AMOUNT) != isset(r, CORE_PAYMENT_AMOUNT))
		return 0;
	return !isset(r, CORE_PAYMENT_AMOUNT) ||
	    old->v[CORE_PAYMENT_AMOUNT].num == r->v[CORE_PAYMENT_AMOUNT].num;
}

/* Is pledge r its stored version old on the same need?  Such a pledge was
 * made before its need was done or rejected: not warned about it again. */
static int
pledge_need_kept(const struct core_record *r, const struct core_record *old)
{
	return r->kind == CORE_PLEDGE && old != NULL && old->kind == CORE_PLEDGE &&
	    isset(old, CORE_PLEDGE_NEED) && isset(r, CORE_PLEDGE_NEED) &&
	    strcmp(core_record_text(old, CORE_PLEDGE_NEED),
	    core_record_text(r, CORE_PLEDGE_NEED)) == 0;
}

/* Is pledge r its stored version old on the same need with the same type?
 * Such a pledge was warned about a type that does not fit the need when
 * it was saved so: not again. */
static int
pledge_type_kept(const struct core_record *r, const struct core_record *old)
{
	return pledge_need_kept(r, old) && isset(old, CORE_PLEDGE_TYPE) &&
	    isset(r, CORE_PLEDGE_TYPE) &&
	    old->v[CORE_PLEDGE_TYPE].num == r->v[CORE_PLEDGE_TYPE].num;
}

/* paid: for a payment, what its pledge's other payments hold; for a
 * pledge, what its need's other counting pledges hold (parent: the pledge
 * or the need).  before: what r's stored version already counted there
 * (counted_before): a total already past the limit is warned about only
 * when r takes it further.  kept: a payment re-saved with the pledge and
 * amount it had (payment_kept), not warned about its cancelled pledge; a
 * pledge re-saved on the need it had (pledge_need_kept), not warned about
 * its need done or rejected since.  type_kept: a pledge re-saved with the
 * need and type it had (pledge_type_kept). */
static void
cross_rules(const struct core_record *r, const struct core_record *parent,
    int64_t paid, int64_t before, int kept, int type_kept, struct core_issues *out)
{
	int64_t type;

	switch (r->kind) {
	case CORE_DONOR:
		if (!isset(r, CORE_DONOR_KIND))
			break;
		if (r->v[CORE_DONOR_KIND].num == CORE_DONOR_PERSON &&
		    isset(r, CORE_DONOR_LEGAL_ID))
			add(out, CORE_DONOR_LEGAL_ID, CORE_SEV_ERROR,
			    CORE_MSG_PERSON_LEGAL_ID);
		if (r->v[CORE_DONOR_KIND].num == CORE_DONOR_ORG &&
		    isset(r, CORE_DONOR_NATIONAL_ID))
			add(out, CORE_DONOR_NATIONAL_ID, CORE_SEV_ERROR,
			    CORE_MSG_ORG_NATIONAL_ID);
		break;
	case CORE_PLEDGE:
		/* a need done or rejected takes no new pledge: one made on
		 * it, or moved onto it, is warned about (not a cancelled one) */
		if (!kept && parent != NULL && parent->kind == CORE_NEED &&
		    isset(parent, CORE_NEED_STATUS) &&
		    core_need_closed((int)parent->v[CORE_NEED_STATUS].num) &&
		    !(isset(r, CORE_PLEDGE_STATUS) &&
		    r->v[CORE_PLEDGE_STATUS].num == CORE_PLEDGE_CANCELLED))
			add(out, CORE_PLEDGE_NEED, CORE_SEV_WARNING,
			    CORE_MSG_PLEDGE_NEED_CLOSED);
		if (!isset(r, CORE_PLEDGE_TYPE))
			break;
		type = r->v[CORE_PLEDGE_TYPE].num;
		/* money on a need that takes none, or hours on one whose gap
		 * is rials: a type or need picked by mistake, said (a
		 * supervisor may mean it); not again for a pledge re-saved
		 * with the need and type it had, nor for a cancelled one */
		if (parent != NULL && parent->kind == CORE_NEED &&
		    isset(parent, CORE_NEED_CATEGORY) &&
		    core_pledge_misfits(r, (int)parent->v[CORE_NEED_CATEGORY].num) &&
		    !type_kept)
			add_arg(out, CORE_PLEDGE_TYPE, CORE_SEV_WARNING,
			    CORE_MSG_PLEDGE_TYPE_CATEGORY,
			    type | parent->v[CORE_NEED_CATEGORY].num << 8);
		if (type == CORE_PT_SPACE || type == CORE_PT_COSTS) {
			if (!isset(r, CORE_PLEDGE_AMOUNT))
				add(out, CORE_PLEDGE_AMOUNT, CORE_SEV_ERROR,
				    CORE_MSG_PLEDGE_AMOUNT);
		} else if (type == CORE_PT_EQUIPMENT) {
			if (!isset(r, CORE_PLEDGE_AMOUNT) &&
			    !isset(r, CORE_PLEDGE_IN_KIND))
				add(out, CORE_PLEDGE_AMOUNT, CORE_SEV_ERROR,
				    CORE_MSG_PLEDGE_EQUIPMENT);
		} else if (type >= 0 && type < CORE_NPTYPES) {
			if (isset(r, CORE_PLEDGE_AMOUNT) &&
			    r->v[CORE_PLEDGE_AMOUNT].num > 0)
				add(out, CORE_PLEDGE_AMOUNT, CORE_SEV_WARNING,
				    CORE_MSG_PLEDGE_NONMATERIAL_AMOUNT);
			if (!isset(r, CORE_PLEDGE_IN_KIND) &&
			    !isset(r, CORE_PLEDGE_HOURS))
				add(out, CORE_PLEDGE_IN_KIND, CORE_SEV_WARNING,
				    CORE_MSG_PLEDGE_EMPTY);
		}
		/* with what the need's other pledges already hold: the one
		 * that takes them past the estimated cost, or further past
		 * it than they were, is warned about (re-saved unchanged, it
		 * adds nothing) */
		if (parent != NULL && parent->kind == CORE_NEED &&
		    isset(parent, CORE_NEED_ESTIMATED_COST) &&
		    isset(r, CORE_PLEDGE_AMOUNT) && r->v[CORE_PLEDGE_AMOUNT].num > 0 &&
		    core_pledge_counts((int)type, isset(r, CORE_PLEDGE_STATUS) ?
		    (int)r->v[CORE_PLEDGE_STATUS].num : CORE_PLEDGE_PLEDGED) &&
		    r->v[CORE_PLEDGE_AMOUNT].num >
		    parent->v[CORE_NEED_ESTIMATED_COST].num - paid &&
		    r->v[CORE_PLEDGE_AMOUNT].num > before)
			add(out, CORE_PLEDGE_AMOUNT, CORE_SEV_WARNING,
			    CORE_MSG_PLEDGE_OVER_ESTIMATE);
		break;
	case CORE_PAYMENT:
		if (parent == NULL || parent->kind != CORE_PLEDGE)
			break;
		if (isset(r, CORE_PAYMENT_PAID_ON) &&
		    isset(parent, CORE_PLEDGE_PLEDGED_ON) &&
		    r->v[CORE_PAYMENT_PAID_ON].num <
		    parent->v[CORE_PLEDGE_PLEDGED_ON].num)
			add_arg(out, CORE_PAYMENT_PAID_ON, CORE_SEV_ERROR,
			    CORE_MSG_PAYMENT_BEFORE_PLEDGE,
			    parent->v[CORE_PLEDGE_PLEDGED_ON].num);
		/* with what the pledge's other payments already hold: a
		 * second payment that takes the total past the pledge is
		 * over it as much as one large payment; one re-saved
		 * unchanged (or lowered) takes it no further */
		if (isset(r, CORE_PAYMENT_AMOUNT) &&
		    isset(parent, CORE_PLEDGE_AMOUNT) &&
		    r->v[CORE_PAYMENT_AMOUNT].num >
		    parent->v[CORE_PLEDGE_AMOUNT].num - paid &&
		    r->v[CORE_PAYMENT_AMOUNT].num > before)
			add(out, CORE_PAYMENT_AMOUNT, CORE_SEV_WARNING,
			    CORE_MSG_PAYMENT_OVER_PLEDGE);
		/* a non-material pledge gives hours or service, not money:
		 * with no amount pledged there is nothing to be over, so
		 * money paid on it is warned about as such (new, or its
		 * pledge or amount changed; not re-saved as it was) */
		if (!kept && isset(r, CORE_PAYMENT_AMOUNT) &&
		    r->v[CORE_PAYMENT_AMOUNT].num > 0 &&
		    isset(parent, CORE_PLEDGE_TYPE) &&
		    !core_ptype_material((int)parent->v[CORE_PLEDGE_TYPE].num) &&
		    (!isset(parent, CORE_PLEDGE_AMOUNT) ||
		    parent->v[CORE_PLEDGE_AMOUNT].num <= 0))
			add_arg(out, CORE_PAYMENT_AMOUNT, CORE_SEV_WARNING,
			    CORE_MSG_PAYMENT_NONMATERIAL,
			    parent->v[CORE_PLEDGE_TYPE].num);
		/* a material pledge may name no amount (equipment given in
		 * kind): money paid on it cannot be checked against it, and
		 * the clerk is told so, as for a non-material one */
		if (!kept && isset(r, CORE_PAYMENT_AMOUNT) &&
		    r->v[CORE_PAYMENT_AMOUNT].num > 0 &&
		    isset(parent, CORE_PLEDGE_TYPE) &&
		    core_ptype_material((int)parent->v[CORE_PLEDGE_TYPE].num) &&
		    (!isset(parent, CORE_PLEDGE_AMOUNT) ||
		    parent->v[CORE_PLEDGE_AMOUNT].num <= 0))
			add(out, CORE_PAYMENT_AMOUNT, CORE_SEV_WARNING,
			    CORE_MSG_PAYMENT_NO_AMOUNT);
		if (!kept && isset(parent, CORE_PLEDGE_STATUS) &&
		    parent->v[CORE_PLEDGE_STATUS].num == CORE_PLEDGE_CANCELLED)
			add(out, CORE_PAYMENT_PLEDGE, CORE_SEV_WARNING,
			    CORE_MSG_PAYMENT_CANCELLED);
		/* a pledge already fulfilled without this payment: its
		 * other payments reach its amount, or, naming none (in
		 * kind, hours), it is marked fulfilled; a payment on it is
		 * likely meant for another of the donor's pledges (new, or
		 * its pledge or amount changed; not re-saved as it was) */
		else if (!kept && (isset(parent, CORE_PLEDGE_AMOUNT) &&
		    parent->v[CORE_PLEDGE_AMOUNT].num > 0 ?
		    paid >= parent->v[CORE_PLEDGE_AMOUNT].num :
		    isset(parent, CORE_PLEDGE_STATUS) &&
		    parent->v[CORE_PLEDGE_STATUS].num == CORE_PLEDGE_FULFILLED))
			add(out, CORE_PAYMENT_PLEDGE, CORE_SEV_WARNING,
			    CORE_MSG_PAYMENT_FULFILLED);
		break;
	case CORE_STAGE:
		if (!isset(r, CORE_STAGE_PLANNED_START))
			break;
		if (isset(r, CORE_STAGE_PLANNED_END) &&
		    r->v[CORE_STAGE_PLANNED_END].num <
		    r->v[CORE_STAGE_PLANNED_START].num)
			add(out, CORE_STAGE_PLANNED_END, CORE_SEV_ERROR,
			    CORE_MSG_STAGE_END_BEFORE_START);
		if (isset(r, CORE_STAGE_ACTUAL_END) &&
		    r->v[CORE_STAGE_ACTUAL_END].num <
		    r->v[CORE_STAGE_PLANNED_START].num)
			add(out, CORE_STAGE_ACTUAL_END, CORE_SEV_WARNING,
			    CORE_MSG_STAGE_ACTUAL_BEFORE_START);
		break;
	case CORE_USER:
		/* as `user add` requires: a clerk or supervisor works in
		 * one county, and one without would be held to none */
		if (isset(r, CORE_USER_ROLE) && !isset(r, CORE_USER_COUNTY) &&
		    (r->v[CORE_USER_ROLE].num == CORE_ROLE_CLERK ||
		    r->v[CORE_USER_ROLE].num == CORE_ROLE_SUPERVISOR))
			add(out, CORE_USER_COUNTY, CORE_SEV_ERROR,
			    CORE_MSG_USER_COUNTY);
		break;
	default:
		break;
	}
}

static int validate(const struct core_record *r, const struct core_record *parent,
    int64_t paid, const struct core_record *old, const struct core_vopts *o,
    unsigned parsed, struct core_issues *out);

int
core_pledge_payments_check(const struct core_record *r, const struct core_record *old,
    int64_t paid, int has_first, int32_t first_paid, struct core_issues *out)
{
	int worst = CORE_SEV_OK;

	if (r == NULL || r->kind != CORE_PLEDGE)
		return worst;
	if (has_first && isset(r, CORE_PLEDGE_PLEDGED_ON) &&
	    r->v[CORE_PLEDGE_PLEDGED_ON].num > first_paid) {
		add_arg(out, CORE_PLEDGE_PLEDGED_ON, CORE_SEV_ERROR, CORE_MSG_PLEDGE_AFTER_PAYMENT,
		    first_paid);
		worst = CORE_SEV_ERROR;
	}
	if (paid > 0 && isset(r, CORE_PLEDGE_AMOUNT) && r->v[CORE_PLEDGE_AMOUNT].num < paid &&
	    (old == NULL || !isset(old, CORE_PLEDGE_AMOUNT) ||
	    r->v[CORE_PLEDGE_AMOUNT].num < old->v[CORE_PLEDGE_AMOUNT].num)) {
		add(out, CORE_PLEDGE_AMOUNT, CORE_SEV_WARNING, CORE_MSG_PLEDGE_BELOW_PAID);
		if (worst < CORE_SEV_WARNING)
			worst = CORE_SEV_WARNING;
	}
	return worst;
}

int
core_record_validate(const struct core_record *r,
    const struct core_record *parent, struct core_issues *out)
{
	return core_record_validate_opts(r, parent, NULL, out);
}

int
core_payment_validate(const struct core_record *r,
    const struct core_record *parent, int64_t paid, const struct core_record *old,
    struct core_issues *out)
{
	return validate(r, parent, paid < 0 ? 0 : paid, old, NULL, 0, out);
}

int
core_pledge_misfits(const struct core_record *p, int category)
{
	int64_t type;

	if (p == NULL || p->kind != CORE_PLEDGE || !isset(p, CORE_PLEDGE_TYPE) ||
	    category < 0 || category >= CORE_NPTYPES)
		return 0;
	type = p->v[CORE_PLEDGE_TYPE].num;
	if (type < 0 || type >= CORE_NPTYPES ||
	    (isset(p, CORE_PLEDGE_STATUS) &&
	    p->v[CORE_PLEDGE_STATUS].num == CORE_PLEDGE_CANCELLED))
		return 0;
	return core_ptype_material((int)type) != core_ptype_material(category);
}

void
core_need_category_check(const struct core_record *r, const struct core_record *old,
    int64_t misfits, struct core_issues *out)
{
	int64_t cat;

	if (r == NULL || old == NULL || r->kind != CORE_NEED || old->kind != CORE_NEED ||
	    misfits <= 0 || !isset(r, CORE_NEED_CATEGORY) || !isset(old, CORE_NEED_CATEGORY))
		return;
	cat = r->v[CORE_NEED_CATEGORY].num;
	if (cat < 0 || cat >= CORE_NPTYPES || old->v[CORE_NEED_CATEGORY].num < 0 ||
	    old->v[CORE_NEED_CATEGORY].num >= CORE_NPTYPES ||
	    core_ptype_material((int)cat) ==
	    core_ptype_material((int)old->v[CORE_NEED_CATEGORY].num))
		return;
	add_arg(out, CORE_NEED_CATEGORY, CORE_SEV_WARNING, CORE_MSG_NEED_CATEGORY_PLEDGES,
	    (misfits > 0xffffffff ? 0xffffffff : misfits) | cat << 32);
}

int
core_pledge_validate(const struct core_record *r,
    const struct core_record *parent, int64_t pledged, const struct core_record *old,
    struct core_issues *out)
{
	return validate(r, parent, pledged < 0 ? 0 : pledged, old, NULL, 0, out);
}

int
core_record_validate_opts(const struct core_record *r,
    const struct core_record *parent, const struct core_vopts *o,
    struct core_issues *out)
{
	return validate(r, parent, 0, NULL, o, 0, out);
}

int
core_record_validate_parsed(const struct core_record *r, const struct core_vopts *o,
    unsigned parsed, struct core_issues *out)
{
	return validate(r, NULL, 0, NULL, o, parsed, out);
}

/* Field types whose value core_field_parse_opts sets only after the very
 * check check_value makes (the same checker, or the same text checks on
 * the normalised text), so that a value it set with no finding passes
 * check_value as it is. */
static int
parse_checks_all(enum core_ftype t)
{
	return t == CORE_FT_NID || t == CORE_FT_LEGAL || t == CORE_FT_MOBILE ||
	    t == CORE_FT_PHONE || t == CORE_FT_COUNTY || t == CORE_FT_TEXT;
}

/* A need identified, a pledge made, a payment received or a stage done
 * (its actual end) on a day still to come has not happened: a year or
 * month mistyped (1406 for 1405) that would also make a need's waiting
 * time 0, or a stage done, off the overdue ones, before its work is.  A
 * warning, which the person may confirm; a date already stored unchanged
 * (old) is not warned about again.  A stage's planned dates and a
 * ceremony's date may lie ahead. */
static void
future_rule(const struct core_record *r, const struct core_record *old,
    struct core_issues *out)
{
	int f;

	switch (r->kind) {
	case CORE_NEED:
		f = CORE_NEED_IDENTIFIED_ON;
		break;
	case CORE_PLEDGE:
		f = CORE_PLEDGE_PLEDGED_ON;
		break;
	case CORE_PAYMENT:
		f = CORE_PAYMENT_PAID_ON;
		break;
	case CORE_STAGE:
		f = CORE_STAGE_ACTUAL_END;
		break;
	default:
		return;
	}
	if (!isset(r, f) || r->v[f].num <= loc_day_today())
		return;
	if (old != NULL && isset(old, f) && old->v[f].num == r->v[f].num)
		return;
	add(out, f, CORE_SEV_WARNING, CORE_MSG_DATE_FUTURE);
}

static int
validate(const struct core_record *r, const struct core_record *parent,
    int64_t paid, const struct core_record *old, const struct core_vopts *o,
    unsigned parsed, struct core_issues *out)
{
	const struct core_schema *s;
	size_t i;

	out->n = 0;
	out->dropped = 0;
	if (r == NULL || (s = core_schema_get(r->kind)) == NULL) {
		add(out, -1, CORE_SEV_ERROR, CORE_MSG_CHOICE);
		return CORE_SEV_ERROR;
	}
	for (i = 0; i < s->nfields; i++) {
		const struct core_field *f = &s->fields[i];

		if (!r->v[i].set) {
			if ((f->flags & CORE_FF_REQUIRED) &&
			    !(f->flags & CORE_FF_DERIVED))
				add(out, (int)i, CORE_SEV_ERROR, CORE_MSG_REQUIRED);
			continue;
		}
		if ((parsed & (1u << i)) && parse_checks_all(f->type))
			continue;	/* core_record_validate_parsed: checked */
		check_value(r, (int)i, f, o, out);
	}
	cross_rules(r, parent, paid,
	    (r->kind == CORE_PAYMENT || r->kind == CORE_PLEDGE) ? counted_before(r, old) : 0,
	    payment_kept(r, old) || pledge_need_kept(r, old), pledge_type_kept(r, old), out);
	future_rule(r, old, out);
	return core_issues_worst(out);
}
