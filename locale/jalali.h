/*
 * locale/jalali.h — the Jalali (Solar Hijri) calendar.
 *
 * Dates are day numbers: day 0 is 1970-01-01 (Gregorian), so a day number
 * is also days since the Unix epoch.  Years 1-3177 AP are supported.
 */
#ifndef LOC_JALALI_H
#define LOC_JALALI_H

#include <stddef.h>
#include <stdint.h>

#define LOC_JALALI_YEAR_MIN 1
#define LOC_JALALI_YEAR_MAX 3177

/* Returns 1 if Jalali year y (1-3177) is leap (Esfand has 30 days), else 0. */
int loc_jalali_is_leap(int y);

/* Returns 1 if y/m/d is Esfand 30 of a year (1-3177) that is not leap: a
 * day the clerk knows exists, refused for the year, not for a typo. */
int loc_jalali_esfand30_not_leap(int y, int m, int d);

/* Returns the days in month m (1-12) of year y, or 0 if out of range. */
int loc_jalali_month_days(int y, int m);

/* Jalali y/m/d -> day number.  Returns 0, or LOC_ERANGE if the date is not
 * a real date within the supported years. */
int loc_jalali_to_day(int y, int m, int d, int32_t *day);

/* Day number -> Jalali.  Returns 0, or LOC_ERANGE outside years 1-3177. */
int loc_day_to_jalali(int32_t day, int *y, int *m, int *d);

/* Proleptic Gregorian <-> day number.  Same returns. */
int loc_gregorian_to_day(int y, int m, int d, int32_t *day);
void loc_day_to_gregorian(int32_t day, int *y, int *m, int *d);

/* Weekday of a day number: 0 = Saturday (شنبه) ... 6 = Friday (جمعه). */
int loc_day_weekday(int32_t day);

/* Persian name of month m (1-12) or weekday w (0-6); English
 * transliteration when en is nonzero.  Static strings; NULL if out of range. */
const char *loc_jalali_month_name(int m, int en);
const char *loc_weekday_name(int w, int en);

/* Parses a Jalali date "Y/M/D" or "Y-M-D" in any digit set, surrounding
 * space allowed.  Returns 0, LOC_EINVAL if malformed, LOC_ERANGE if not a
 * real date. */
int loc_date_parse(const char *s, int32_t *day);

/* The three numbers of a date written as loc_date_parse reads it (f[0] the
 * first), each one's count of digits in nd, whether or not they make a real
 * date.  Returns 0 or LOC_EINVAL if malformed. */
int loc_date_fields(const char *s, int f[3], int nd[3]);
/* Parses an ISO date "YYYY-MM-DD" (ASCII digits).  Same returns. */
int loc_date_parse_iso(const char *s, int32_t *day);

/* Writes day as Jalali "Y/MM/DD" (Persian digits with LOC_FMT_FA_DIGITS
 * from digits.h) or, for _iso, as Gregorian "YYYY-MM-DD".  Returns the
 * length needed (like snprintf).  loc_date_format writes "" and returns 0
 * for a day outside years 1-3177. */
size_t loc_date_format(int32_t day, unsigned flags, char *buf, size_t n);
size_t loc_date_format_iso(int32_t day, char *buf, size_t n);

/* Today's day number in local time, or the Jalali date in the environment
 * variable HAMYAR_TODAY when it holds a real one (the tests' fixed day). */
int32_t loc_day_today(void);

#endif
