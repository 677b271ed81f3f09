/*
 * tests/locale/test_jalali.c — the Jalali calendar (locale/jalali.c).
 *
 * Independent sources the expectations come from:
 *   - tests/data/leap-years-ut-1206-1498.txt: the University of Tehran
 *     Calendar Center table (new-year Gregorian date and leap flag of every
 *     year 1206-1498), parsed at test time;
 *   - a day-by-day walk over every day of 1-3177 AP whose expected next day
 *     follows only the month-length rules (31 x 6, 30 x 5, Esfand 29/30) and
 *     the Gregorian leap rule, written here independently of the library;
 *   - E. M. Reingold and N. Dershowitz, "Calendrical Calculations" (3rd ed.,
 *     2008), ch. 15: persian-epoch = fixed-from-julian(622 CE, March 19),
 *     i.e. 1 Farvardin 1 AP is 19 March 622 in the Julian calendar, a
 *     Friday.  We convert that Julian date with J. Meeus's Julian-day formula
 *     ("Astronomical Algorithms", ch. 7), independent of the library;
 *   - well-known dates of Iranian history: 11 Farvardin 1304 = 31 March
 *     1925 (the law that made this calendar official), 15 Khordad 1342 =
 *     5 June 1963 (the uprising), 22 Bahman 1357 = 11 February 1979 (the
 *     revolution), 12 Farvardin 1358 = 1 April 1979 (the referendum day).
 *     Dates before 1304 are proleptic and often converted loosely: the
 *     constitution decree is commonly given as 14 Mordad 1285 = 5 August
 *     1906, but the Tehran table starts 1285 on 22 March, giving 6 August,
 *     so that one is not used;
 *   - SPEC §5: 1403 is leap, 1 Farvardin 1404 = 2025-03-21 (a Friday);
 *   - the Unix epoch 1970-01-01 (a Thursday) is day 0; 946684800 s is
 *     2000-01-01; the Gregorian reform day 1582-10-15 is JDN 2299161.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <cmocka.h>

#include "locale/digits.h"
#include "locale/jalali.h"
#include "locale/loc.h"

#define JDN_UNIX_EPOCH 2440588	/* Julian day number of 1970-01-01 */

/* Julian-calendar date -> day number, by Meeus's formula (integer form,
 * valid for positive years): JDN = floor(365.25 (Y + 4716)) +
 * floor(30.6001 (M + 1)) + D - 1524, with January and February counted as
 * months 13 and 14 of the year before. */
static int32_t
julian_to_day(int y, int m, int d)
{
	if (m <= 2) {
		y -= 1;
		m += 12;
	}
	return (int32_t)(1461L * (y + 4716) / 4 + 306001L * (m + 1) / 10000 + d - 1524
	    - JDN_UNIX_EPOCH);
}

static int32_t
jday(int y, int m, int d)
{
	int32_t day = 0;

	assert_int_equal(loc_jalali_to_day(y, m, d, &day), 0);
	return day;
}

static int32_t
gday(int y, int m, int d)
{
	int32_t day = 0;

	assert_int_equal(loc_gregorian_to_day(y, m, d, &day), 0);
	return day;
}

static void
test_tehran_table(void **state)
{
	const char *src = getenv("HAMYAR_SRC");
	char path[4096], line[256], *p;
	int years = 0, leaps = 0, gaps5 = 0, jy, gy, gm, gd, leap, prev, k;
	FILE *f;

	(void)state;
	snprintf(path, sizeof path, "%s/tests/data/leap-years-ut-1206-1498.txt",
	    src != NULL ? src : ".");
	f = fopen(path, "r");
	assert_non_null(f);
	while (fgets(line, sizeof line, f) != NULL) {
		if (line[0] == '#' || line[0] == '\n')
			continue;
		jy = (int)strtol(line, &p, 10);
		k = 0;
		while (*p == '*') {
			k++;
			p++;
		}
		assert_int_equal(sscanf(p, " %d-%d-%d", &gy, &gm, &gd), 3);
		leap = k > 0;
		/* New year and leap flag. */
		assert_int_equal(jday(jy, 1, 1), gday(gy, gm, gd));
		assert_int_equal(loc_jalali_is_leap(jy), leap);
		assert_int_equal(loc_jalali_month_days(jy, 12), 29 + leap);
		/* "**" marks a leap year after a five-year gap, "*" after four. */
		if (leap) {
			for (prev = jy - 1; !loc_jalali_is_leap(prev); prev--)
				;
			assert_int_equal(jy - prev, k == 2 ? 5 : 4);
			gaps5 += k == 2;
			leaps++;
		}
		years++;
	}
	fclose(f);
	assert_int_equal(years, 1498 - 1206 + 1);
	print_message("# Tehran table: %d years checked (%d leap, %d after a 5-year gap)\n",
	    years, leaps, gaps5);
}

/* Walks every day from 1/1/1 to the last day of 3177, checking the
 * library's conversions against an independent next-day rule in both
 * calendars and the round trip day -> Jalali -> day. */
static void
test_every_day(void **state)
{
	int32_t day, first, last;
	int y = 1, m = 1, d = 1, gy, gm, gd, ry, rm, rd, wd, n = 0, leaps = 0, lastleap = 0;
	int gml, esfand30 = 0;
	static const int gmdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	(void)state;
	first = jday(1, 1, 1);
	last = jday(3177, 12, 29 + loc_jalali_is_leap(3177));
	loc_day_to_gregorian(first, &gy, &gm, &gd);
	wd = loc_day_weekday(first);
	for (day = first; day <= last; day++, n++) {
		int32_t back = 0;

		assert_int_equal(loc_day_to_jalali(day, &ry, &rm, &rd), 0);
		if (ry != y || rm != m || rd != d)
			fail_msg("day %d: got %d/%d/%d, expected %d/%d/%d", day, ry, rm, rd, y, m, d);
		assert_int_equal(loc_jalali_to_day(y, m, d, &back), 0);
		assert_int_equal(back, day);
		assert_int_equal(loc_day_weekday(day), wd);
		loc_day_to_gregorian(day, &ry, &rm, &rd);
		if (ry != gy || rm != gm || rd != gd)
			fail_msg("day %d: Gregorian %d-%d-%d, expected %d-%d-%d", day, ry, rm, rd, gy, gm, gd);
		assert_int_equal(loc_gregorian_to_day(gy, gm, gd, &back), 0);
		assert_int_equal(back, day);

		/* Next Jalali day: months 1-6 have 31 days, 7-11 30, Esfand 29
		 * or 30; which one, the library's next answer decides, and it
		 * must match loc_jalali_is_leap and the gap rule. */
		if (m == 12 && d == 29 && day < last) {
			assert_int_equal(loc_day_to_jalali(day + 1, &ry, &rm, &rd), 0);
			esfand30 = rm == 12;
			assert_int_equal(loc_jalali_is_leap(y), esfand30);
			if (esfand30) {
				if (lastleap > 0)
					assert_true(y - lastleap == 4 || y - lastleap == 5);
				lastleap = y;
				leaps++;
			}
		}
		if (d < (m <= 6 ? 31 : m <= 11 ? 30 : 29 + esfand30)) {
			d++;
		} else if (m < 12) {
			m++;
			d = 1;
		} else {
			y++;
			m = d = 1;
			esfand30 = 0;
		}
		/* Next Gregorian day. */
		gml = gmdays[gm - 1] + (gm == 2 && ((gy % 4 == 0 && gy % 100 != 0) || gy % 400 == 0));
		if (gd < gml) {
			gd++;
		} else if (gm < 12) {
			gm++;
			gd = 1;
		} else {
			gy++;
			gm = gd = 1;
		}
		wd = (wd + 1) % 7;
	}
	assert_int_equal(y, 3178);
	assert_int_equal(m, 1);
	/* Outside the range. */
	assert_int_equal(loc_day_to_jalali(first - 1, &ry, &rm, &rd), LOC_ERANGE);
	assert_int_equal(loc_day_to_jalali(last + 1, &ry, &rm, &rd), LOC_ERANGE);
	assert_int_equal(loc_day_to_jalali(INT32_MIN, &ry, &rm, &rd), LOC_ERANGE);
	assert_int_equal(loc_day_to_jalali(INT32_MAX, &ry, &rm, &rd), LOC_ERANGE);
	/* The calendar follows the March equinox, so 3177 years hold about
	 * 3177 x 0.2422 = 769.5 leap days. */
	assert_true(leaps >= 765 && leaps <= 775);
	print_message("# round trip: %d days (1/1/1 to 3177/12/%d), %d leap years\n",
	    n, 29 + loc_jalali_is_leap(3177), leaps);
}

static void
test_anchors(void **state)
{
	int32_t day;

	(void)state;
	/* The Persian epoch (Reingold & Dershowitz): 19 March 622 Julian,
	 * which is 22 March 622 in the proleptic Gregorian calendar; a Friday. */
	day = jday(1, 1, 1);
	assert_int_equal(day, julian_to_day(622, 3, 19));
	assert_int_equal(day, gday(622, 3, 22));
	assert_int_equal(loc_day_weekday(day), 6);
	/* Meeus's formula itself, on the reform: 4 Oct 1582 (Julian) was
	 * followed by 15 Oct 1582 (Gregorian), JDN 2299161. */
	assert_int_equal(julian_to_day(1582, 10, 4) + 1, 2299161 - JDN_UNIX_EPOCH);
	assert_int_equal(gday(1582, 10, 15), 2299161 - JDN_UNIX_EPOCH);

	assert_int_equal(gday(1970, 1, 1), 0);
	assert_int_equal(gday(2000, 1, 1), 946684800 / 86400);
	assert_int_equal(loc_day_weekday(0), 5);	/* Thursday */

	assert_int_equal(jday(1404, 1, 1), gday(2025, 3, 21));
	assert_int_equal(loc_day_weekday(gday(2025, 3, 21)), 6);	/* Friday */
	assert_int_equal(jday(1403, 12, 30), gday(2025, 3, 20));
	assert_int_equal(loc_jalali_is_leap(1403), 1);
	assert_int_equal(loc_jalali_is_leap(1404), 0);
	assert_int_equal(jday(1357, 11, 22), gday(1979, 2, 11));
	assert_int_equal(jday(1358, 1, 12), gday(1979, 4, 1));
	assert_int_equal(jday(1342, 3, 15), gday(1963, 6, 5));
	assert_int_equal(jday(1304, 1, 11), gday(1925, 3, 31));
}

static void
test_invalid(void **state)
{
	int32_t day = 12345;

	(void)state;
	assert_int_equal(loc_date_parse("1404/12/30", &day), LOC_ERANGE);	/* 1404 not leap */
	assert_int_equal(loc_date_parse("1403/12/30", &day), 0);
	assert_int_equal(loc_date_parse("1403/13/01", &day), LOC_ERANGE);
	assert_int_equal(loc_date_parse("1403/00/10", &day), LOC_ERANGE);
	assert_int_equal(loc_date_parse("1403/01/00", &day), LOC_ERANGE);
	assert_int_equal(loc_date_parse("1403/06/32", &day), LOC_ERANGE);
	assert_int_equal(loc_date_parse("1403/07/31", &day), LOC_ERANGE);
	assert_int_equal(loc_date_parse("1403/06/31", &day), 0);
	assert_int_equal(loc_date_parse("0/1/1", &day), LOC_ERANGE);
	assert_int_equal(loc_date_parse("3178/1/1", &day), LOC_ERANGE);
	assert_int_equal(loc_date_parse("99999999999999/1/1", &day), LOC_ERANGE);
	assert_int_equal(loc_date_parse("1403/1", &day), LOC_EINVAL);
	assert_int_equal(loc_date_parse("abc", &day), LOC_EINVAL);
	assert_int_equal(loc_date_parse("", &day), LOC_EINVAL);
	assert_int_equal(loc_date_parse("   ", &day), LOC_EINVAL);
	assert_int_equal(loc_date_parse(NULL, &day), LOC_EINVAL);
	assert_int_equal(loc_date_parse("1403/01-01", &day), LOC_EINVAL);
	assert_int_equal(loc_date_parse("1403/1/1/1", &day), LOC_EINVAL);
	assert_int_equal(loc_date_parse("1403/1/1x", &day), LOC_EINVAL);
	assert_int_equal(loc_date_parse("1403 /1/1", &day), LOC_EINVAL);
	assert_int_equal(loc_date_parse("-1403/1/1", &day), LOC_EINVAL);
	assert_int_equal(loc_date_parse("1403.1.1", &day), LOC_EINVAL);
	assert_int_equal(loc_date_parse("۱۴۰۳٫۱٫۱", &day), LOC_EINVAL);	/* U+066B is not a separator */
	assert_int_equal(loc_date_parse("1403/\xdb", &day), LOC_EINVAL);	/* truncated UTF-8 */
	assert_int_equal(day, jday(1403, 6, 31));	/* failures leave *day alone */

	assert_int_equal(loc_jalali_to_day(1403, 12, 31, &day), LOC_ERANGE);
	assert_int_equal(loc_jalali_to_day(-5, 1, 1, &day), LOC_ERANGE);
	assert_int_equal(loc_jalali_month_days(1403, 0), 0);
	assert_int_equal(loc_jalali_month_days(1403, 13), 0);
	assert_int_equal(loc_jalali_month_days(0, 1), 0);
	assert_int_equal(loc_jalali_month_days(3178, 1), 0);
	assert_int_equal(loc_jalali_month_days(1403, 1), 31);
	assert_int_equal(loc_jalali_month_days(1403, 7), 30);
	assert_int_equal(loc_jalali_is_leap(0), 0);

	assert_int_equal(loc_date_parse_iso("2025-02-29", &day), LOC_ERANGE);
	assert_int_equal(loc_date_parse_iso("1900-02-29", &day), LOC_ERANGE);
	assert_int_equal(loc_date_parse_iso("2000-02-29", &day), 0);
	assert_int_equal(day, gday(2000, 2, 29));
	assert_int_equal(loc_date_parse_iso("2024-02-29", &day), 0);
	assert_int_equal(loc_date_parse_iso("2025-13-01", &day), LOC_ERANGE);
	assert_int_equal(loc_date_parse_iso("2025-04-31", &day), LOC_ERANGE);
	assert_int_equal(loc_date_parse_iso("2025-3-21", &day), LOC_EINVAL);
	assert_int_equal(loc_date_parse_iso("2025/03/21", &day), LOC_EINVAL);
	assert_int_equal(loc_date_parse_iso("۲۰۲۵-۰۳-۲۱", &day), LOC_EINVAL);
	assert_int_equal(loc_date_parse_iso("20250321", &day), LOC_EINVAL);
	assert_int_equal(loc_date_parse_iso("", &day), LOC_EINVAL);
	assert_int_equal(loc_date_parse_iso(" 2025-03-21\n", &day), 0);
	assert_int_equal(day, gday(2025, 3, 21));

	assert_int_equal(loc_gregorian_to_day(2025, 2, 29, &day), LOC_ERANGE);
	assert_int_equal(loc_gregorian_to_day(2025, 0, 1, &day), LOC_ERANGE);
	assert_int_equal(loc_gregorian_to_day(2000000000, 1, 1, &day), LOC_ERANGE);
}

static void
test_parse_digit_sets(void **state)
{
	int32_t day = 0, want = jday(1404, 1, 1);

	(void)state;
	assert_int_equal(loc_date_parse("1404/01/01", &day), 0);
	assert_int_equal(day, want);
	assert_int_equal(loc_date_parse("1404-1-1", &day), 0);
	assert_int_equal(day, want);
	assert_int_equal(loc_date_parse("۱۴۰۴/۰۱/۰۱", &day), 0);		/* Persian */
	assert_int_equal(day, want);
	assert_int_equal(loc_date_parse("١٤٠٤-١-١", &day), 0);		/* Arabic-Indic */
	assert_int_equal(day, want);
	assert_int_equal(loc_date_parse(" \t۱۴۰۳/12/٣٠  ", &day), 0);	/* mixed sets, spaces */
	assert_int_equal(day, jday(1403, 12, 30));
	assert_int_equal(loc_date_parse("۱۴۰۴/۱۲/۳۰", &day), LOC_ERANGE);
}

static void
test_format(void **state)
{
	char buf[64];
	int32_t day = jday(1404, 1, 1), back;

	(void)state;
	assert_int_equal(loc_date_format(day, 0, buf, sizeof buf), 10);
	assert_string_equal(buf, "1404/01/01");
	assert_int_equal(loc_date_format(day, LOC_FMT_FA_DIGITS, buf, sizeof buf), 18);
	assert_string_equal(buf, "۱۴۰۴/۰۱/۰۱");
	assert_int_equal(loc_date_parse(buf, &back), 0);
	assert_int_equal(back, day);
	loc_date_format(jday(1403, 12, 30), LOC_FMT_FA_DIGITS, buf, sizeof buf);
	assert_string_equal(buf, "۱۴۰۳/۱۲/۳۰");
	assert_int_equal(loc_date_format(jday(1, 1, 1), 0, buf, sizeof buf), 7);
	assert_string_equal(buf, "1/01/01");	/* the year is not padded */
	assert_int_equal(loc_date_format(jday(1, 1, 1) - 1, 0, buf, sizeof buf), 0);
	assert_string_equal(buf, "");

	/* Truncation as snprintf. */
	assert_int_equal(loc_date_format(day, 0, buf, 5), 10);
	assert_string_equal(buf, "1404");
	assert_int_equal(loc_date_format(day, 0, NULL, 0), 10);

	assert_int_equal(loc_date_format_iso(day, buf, sizeof buf), 10);
	assert_string_equal(buf, "2025-03-21");
	loc_date_format_iso(jday(1, 1, 1), buf, sizeof buf);
	assert_string_equal(buf, "0622-03-22");
	loc_date_format_iso(0, buf, sizeof buf);
	assert_string_equal(buf, "1970-01-01");
	assert_int_equal(loc_date_format_iso(day, buf, 3), 10);
	assert_string_equal(buf, "20");
}

static void
test_names(void **state)
{
	(void)state;
	assert_string_equal(loc_jalali_month_name(1, 0), "فروردین");
	assert_string_equal(loc_jalali_month_name(2, 0), "اردیبهشت");
	assert_string_equal(loc_jalali_month_name(10, 0), "دی");
	assert_string_equal(loc_jalali_month_name(12, 0), "اسفند");
	assert_string_equal(loc_jalali_month_name(1, 1), "Farvardin");
	assert_string_equal(loc_jalali_month_name(12, 1), "Esfand");
	assert_null(loc_jalali_month_name(0, 0));
	assert_null(loc_jalali_month_name(13, 1));

	assert_string_equal(loc_weekday_name(0, 0), "شنبه");
	assert_string_equal(loc_weekday_name(3, 0), "سه\u200cشنبه");
	assert_string_equal(loc_weekday_name(5, 0), "پنج\u200cشنبه");
	assert_string_equal(loc_weekday_name(6, 0), "جمعه");
	assert_string_equal(loc_weekday_name(6, 1), "Jomeh");
	assert_null(loc_weekday_name(-1, 0));
	assert_null(loc_weekday_name(7, 0));
	/* 22 Bahman 1357 (11 February 1979) was a Sunday. */
	assert_string_equal(loc_weekday_name(loc_day_weekday(jday(1357, 11, 22)), 0), "یکشنبه");
	assert_int_equal(loc_day_weekday(-1), 4);	/* 1969-12-31, Wednesday */
}

static void
test_today(void **state)
{
	int32_t now = (int32_t)(time(NULL) / 86400), today = loc_day_today();
	int y, m, d;

	(void)state;
	assert_true(today >= now - 1 && today <= now + 1);
	assert_int_equal(loc_day_to_jalali(today, &y, &m, &d), 0);
	assert_true(y >= 1404);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tehran_table),
		cmocka_unit_test(test_every_day),
		cmocka_unit_test(test_anchors),
		cmocka_unit_test(test_invalid),
		cmocka_unit_test(test_parse_digit_sets),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_names),
		cmocka_unit_test(test_today),
	};
	return cmocka_run_group_tests_name("jalali", tests, NULL, NULL);
}
