/*
 * locale/jalali.c — the Jalali (Solar Hijri) calendar and day numbers.
 *
 * Everything converts through day numbers (day 0 = 1970-01-01).
 *
 * Gregorian <-> day number uses the proleptic Gregorian calendar, computed
 * by 400-year eras of 146097 days with the year starting on 1 March, so the
 * leap day is the last day of a year (the method of H. Hinnant,
 * "chrono-Compatible Low-Level Date Algorithms", 2013,
 * https://howardhinnant.github.io/date_algorithms.html).
 *
 * Jalali years follow K. M. Borkowski, "The Persian calendar for 3000 years",
 * Earth, Moon and Planets 74 (1996) 223-230.  A Jalali year begins on the
 * day of the March equinox when the equinox falls before noon in Tehran,
 * else on the next day.  Borkowski computed that rule for 3000 years and
 * found that leap years fall in 33-year cycles (a leap year every fourth
 * year, eight per cycle, the last gap five years), except that the pattern
 * restarts at a few "break" years where the astronomical rule drifts from
 * the arithmetic one.  The table below lists those break years; a stretch
 * between two breaks is a run of whole 33-year cycles plus 29 years (or, in
 * a few stretches, plus 4).  Within a stretch, counting from its start jp:
 *   - n = jy - jp years have passed; the leap years before jy number
 *     8 per whole 33-year cycle plus (n mod 33 + 3) / 4 (one every 4 years,
 *     the first falling in the first year of the stretch);
 *   - the year is leap when ((n + 1) mod 33 - 1) mod 4 == 0, where in the
 *     last 5 years before a break n is counted from the next cycle so that
 *     the 5-year gap falls at the end of the stretch.
 * The day in March of 1 Farvardin in Gregorian year jy + 621 is then
 * 20 + (Jalali leap days so far) - (Gregorian leap days so far), both counts
 * offset so that the constants -14 and -150 line the two up.
 * This agrees with the University of Tehran Calendar Center table for
 * 1206-1498 AP (tests/data/leap-years-ut-1206-1498.txt, checked by
 * tests/locale/test_jalali.c) and covers 1-3177 AP.  1 Farvardin 1 AP
 * comes out as 22 March 622 proleptic Gregorian, i.e. 19 March 622 Julian,
 * the Persian epoch of Reingold & Dershowitz, "Calendrical Calculations".
 *
 * Month lengths: Farvardin-Shahrivar 31 days, Mehr-Bahman 30, Esfand 29 (30
 * in a leap year).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "locale/digits.h"
#include "locale/jalali.h"
#include "locale/loc.h"

/* Borkowski (1996), the break years (the last one ends the range). */
static const int16_t breaks[] = {
	-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210,
	1635, 2060, 2097, 2192, 2262, 2324, 2394, 2456, 3178,
};
#define NBREAKS ((int)(sizeof breaks / sizeof breaks[0]))

/* Years of the proleptic Gregorian calendar accepted (keeps day numbers
 * far inside int32_t). */
#define GREG_YEAR_LIMIT 1000000

int
loc_gregorian_to_day(int y, int m, int d, int32_t *day)
{
	static const unsigned char mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int64_t yy, era, yoe, doy, doe;
	int leap, dim;

	if (y < -GREG_YEAR_LIMIT || y > GREG_YEAR_LIMIT || m < 1 || m > 12 || d < 1)
		return LOC_ERANGE;
	leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	dim = mdays[m - 1] + (m == 2 && leap);
	if (d > dim)
		return LOC_ERANGE;
	yy = (int64_t)y - (m <= 2);	/* years start on 1 March */
	era = (yy >= 0 ? yy : yy - 399) / 400;
	yoe = yy - era * 400;					/* 0-399 */
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;	/* 0-365 */
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;		/* 0-146096 */
	*day = (int32_t)(era * 146097 + doe - 719468);		/* 719468: 0000-03-01 to 1970-01-01 */
	return 0;
}

void
loc_day_to_gregorian(int32_t day, int *y, int *m, int *d)
{
	int64_t z = (int64_t)day + 719468, era, doe, yoe, doy, mp;

	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

/* For Jalali year jy (1-3177): sets *nowruz to the day number of its
 * 1 Farvardin and returns 1 if the year is leap, else 0.  Borkowski's
 * method; see the comment at the top. */
static int
jal_year(int jy, int32_t *nowruz)
{
	int leap_j = -14, jp = breaks[0], jump = 0, jm, n, gy, leap_g, r, i;

	for (i = 1; i < NBREAKS; i++) {
		jm = breaks[i];
		jump = jm - jp;
		if (jy < jm)
			break;
		leap_j += jump / 33 * 8 + jump % 33 / 4;
		jp = jm;
	}
	n = jy - jp;
	leap_j += n / 33 * 8 + (n % 33 + 3) / 4;
	if (jump % 33 == 4 && jump - n == 4)
		leap_j++;
	gy = jy + 621;
	leap_g = gy / 4 - (gy / 100 + 1) * 3 / 4 - 150;
	if (nowruz != NULL)
		loc_gregorian_to_day(gy, 3, 20 + leap_j - leap_g, nowruz);
	if (jump - n < 6)
		n = n - jump + (jump + 4) / 33 * 33;
	r = ((n + 1) % 33 - 1) % 4;
	return r == 0;
}

int
loc_jalali_is_leap(int y)
{
	if (y < LOC_JALALI_YEAR_MIN || y > LOC_JALALI_YEAR_MAX)
		return 0;
	return jal_year(y, NULL);
}

int
loc_jalali_esfand30_not_leap(int y, int m, int d)
{
	return m == 12 && d == 30 && y >= LOC_JALALI_YEAR_MIN &&
	    y <= LOC_JALALI_YEAR_MAX && !loc_jalali_is_leap(y);
}

int
loc_jalali_month_days(int y, int m)
{
	if (y < LOC_JALALI_YEAR_MIN || y > LOC_JALALI_YEAR_MAX || m < 1 || m > 12)
		return 0;
	if (m <= 6)
		return 31;
	if (m <= 11)
		return 30;
	return 29 + jal_year(y, NULL);
}

/* Days from 1 Farvardin to the first of month m. */
static int
month_start(int m)
{
	return m <= 7 ? (m - 1) * 31 : 186 + (m - 7) * 30;
}

int
loc_jalali_to_day(int y, int m, int d, int32_t *day)
{
	int32_t nowruz;
	int leap;

	if (y < LOC_JALALI_YEAR_MIN || y > LOC_JALALI_YEAR_MAX || m < 1 || m > 12 || d < 1)
		return LOC_ERANGE;
	if (d > 31 || (m > 6 && d > 30))
		return LOC_ERANGE;
	leap = jal_year(y, &nowruz);
	if (m == 12 && d > 29 + leap)
		return LOC_ERANGE;
	*day = nowruz + month_start(m) + d - 1;
	return 0;
}

int
loc_day_to_jalali(int32_t day, int *y, int *m, int *d)
{
	int32_t nowruz;
	int gy, gm, gd, jy, leap, off;

	loc_day_to_gregorian(day, &gy, &gm, &gd);
	jy = gy - 621;
	if (jy > LOC_JALALI_YEAR_MAX)
		jy = LOC_JALALI_YEAR_MAX;
	if (jy < LOC_JALALI_YEAR_MIN)
		return LOC_ERANGE;
	leap = jal_year(jy, &nowruz);
	if (day < nowruz) {
		if (--jy < LOC_JALALI_YEAR_MIN)
			return LOC_ERANGE;
		leap = jal_year(jy, &nowruz);
	}
	off = (int)(day - nowruz);
	if (off >= 365 + leap)
		return LOC_ERANGE;	/* only past the end of 3177 */
	*y = jy;
	if (off < 186) {
		*m = off / 31 + 1;
		*d = off % 31 + 1;
	} else {
		off -= 186;
		*m = off / 30 + 7;
		*d = off % 30 + 1;
	}
	return 0;
}

int
loc_day_weekday(int32_t day)
{
	int w = (int)(((int64_t)day + 5) % 7);	/* day 0 was a Thursday (5) */

	return w < 0 ? w + 7 : w;
}

#define ZWNJ "\xe2\x80\x8c"

static const char *const month_fa[12] = {
	"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
	"مهر", "آبان", "آذر", "دی", "بهمن", "اسفند",
};
static const char *const month_en[12] = {
	"Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
	"Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand",
};
static const char *const weekday_fa[7] = {
	"شنبه", "یکشنبه", "دوشنبه", "سه" ZWNJ "شنبه", "چهارشنبه",
	"پنج" ZWNJ "شنبه", "جمعه",
};
static const char *const weekday_en[7] = {
	"Shanbeh", "Yekshanbeh", "Doshanbeh", "Seshanbeh", "Chaharshanbeh",
	"Panjshanbeh", "Jomeh",
};

const char *
loc_jalali_month_name(int m, int en)
{
	if (m < 1 || m > 12)
		return NULL;
	return en ? month_en[m - 1] : month_fa[m - 1];
}

const char *
loc_weekday_name(int w, int en)
{
	if (w < 0 || w > 6)
		return NULL;
	return en ? weekday_en[w] : weekday_fa[w];
}

/* The value of the digit (any set) at *s, advancing *s past it; -1 (and
 * *s unchanged) if there is none.  Every digit of the three sets is one
 * byte (ASCII) or two (U+0660-U+0669, U+06F0-U+06F9), so only two-byte
 * sequences are decoded and handed to loc_digit_value. */
static int
take_digit(const unsigned char **s)
{
	const unsigned char *p = *s;
	uint32_t cp;
	int v;

	if (p[0] >= '0' && p[0] <= '9') {
		*s = p + 1;
		return p[0] - '0';
	}
	if ((p[0] & 0xE0) != 0xC0 || (p[1] & 0xC0) != 0x80)
		return -1;
	cp = (uint32_t)(p[0] & 0x1F) << 6 | (p[1] & 0x3F);
	if ((v = loc_digit_value(cp)) < 0)
		return -1;
	*s = p + 2;
	return v;
}

/* Reads one or more digits at *s into *v (saturating at 10^9).  Returns
 * the number of digits read. */
static int
take_number(const unsigned char **s, int *v)
{
	int n = 0, dv;

	*v = 0;
	while ((dv = take_digit(s)) >= 0) {
		*v = *v >= 100000000 ? 1000000000 : *v * 10 + dv;
		n++;
	}
	return n;
}

static int
is_space(unsigned char c)
{
	return c == ' ' || (c >= '\t' && c <= '\r');
}

/* Parses "Y<sep>M<sep>D" with surrounding space.  ndig[3] gets the digit
 * count of each field.  Returns 0 or LOC_EINVAL. */
static int
split_date(const char *str, int f[3], int ndig[3], int any_sep)
{
	const unsigned char *s = (const unsigned char *)str;
	unsigned char sep = 0;
	int i;

	while (is_space(*s))
		s++;
	for (i = 0; i < 3; i++) {
		if (i > 0) {
			if (i == 1 && (*s == '/' || *s == '-') && (any_sep || *s == '-'))
				sep = *s;
			else if (i == 1 || *s != sep)
				return LOC_EINVAL;
			s++;
		}
		if ((ndig[i] = take_number(&s, &f[i])) == 0)
			return LOC_EINVAL;
	}
	while (is_space(*s))
		s++;
	return *s == '\0' ? 0 : LOC_EINVAL;
}

int
loc_date_parse(const char *s, int32_t *day)
{
	int f[3], ndig[3], rc;

	if (s == NULL)
		return LOC_EINVAL;
	if ((rc = split_date(s, f, ndig, 1)) != 0)
		return rc;
	return loc_jalali_to_day(f[0], f[1], f[2], day);
}

int
loc_date_fields(const char *s, int f[3], int nd[3])
{
	if (s == NULL)
		return LOC_EINVAL;
	return split_date(s, f, nd, 1);
}

int
loc_date_parse_iso(const char *str, int32_t *day)
{
	const unsigned char *p;
	int f[3], ndig[3], rc;

	if (str == NULL)
		return LOC_EINVAL;
	for (p = (const unsigned char *)str; *p != '\0'; p++)
		if (*p >= 0x80)
			return LOC_EINVAL;	/* ASCII digits only */
	if ((rc = split_date(str, f, ndig, 0)) != 0)
		return rc;
	if (ndig[0] != 4 || ndig[1] != 2 || ndig[2] != 2)
		return LOC_EINVAL;
	return loc_gregorian_to_day(f[0], f[1], f[2], day);
}

/* Appends v as at least width digits (ASCII, or Persian when fa). */
static char *
put_number(char *p, int v, int width, int fa)
{
	char tmp[12];
	int n = 0;

	do {
		tmp[n++] = (char)(v % 10);
		v /= 10;
	} while (v > 0 || n < width);
	while (n > 0) {
		if (fa) {
			*p++ = (char)0xDB;			/* U+06F0 + d */
			*p++ = (char)(0xB0 + tmp[--n]);
		} else {
			*p++ = (char)('0' + tmp[--n]);
		}
	}
	return p;
}

/* Copies the len bytes of tmp to buf (size n) as snprintf would. */
static size_t
put_out(const char *tmp, size_t len, char *buf, size_t n)
{
	size_t k;

	if (n > 0) {
		k = len < n ? len : n - 1;
		memcpy(buf, tmp, k);
		buf[k] = '\0';
	}
	return len;
}

size_t
loc_date_format(int32_t day, unsigned flags, char *buf, size_t n)
{
	char tmp[48], *p = tmp;
	int y, m, d, fa = (flags & LOC_FMT_FA_DIGITS) != 0;

	if (loc_day_to_jalali(day, &y, &m, &d) != 0)
		return put_out("", 0, buf, n);
	p = put_number(p, y, 1, fa);
	*p++ = '/';
	p = put_number(p, m, 2, fa);
	*p++ = '/';
	p = put_number(p, d, 2, fa);
	return put_out(tmp, (size_t)(p - tmp), buf, n);
}

size_t
loc_date_format_iso(int32_t day, char *buf, size_t n)
{
	char tmp[32], *p = tmp;
	int y, m, d;

	loc_day_to_gregorian(day, &y, &m, &d);
	if (y < 0) {
		*p++ = '-';
		y = -y;
	}
	p = put_number(p, y, 4, 0);
	*p++ = '-';
	p = put_number(p, m, 2, 0);
	*p++ = '-';
	p = put_number(p, d, 2, 0);
	return put_out(tmp, (size_t)(p - tmp), buf, n);
}

/* HAMYAR_TODAY, a Jalali date, stands for the clock: the tests fix "today"
 * with it (a form's date proposed, a ranking's ages).  A value that is not
 * a real date is ignored. */
int32_t
loc_day_today(void)
{
	time_t t = time(NULL);
	struct tm tm;
	int32_t day = 0;
	const char *fixed = getenv("HAMYAR_TODAY");

	if (fixed != NULL && *fixed != '\0' && loc_date_parse(fixed, &day) == 0)
		return day;
	if (localtime_r(&t, &tm) == NULL)
		return (int32_t)(t / 86400);
	loc_gregorian_to_day(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, &day);
	return day;
}
