/* Fuzz target: Jalali and ISO date parsing, and formatting what parsed. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "locale/digits.h"
#include "locale/jalali.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1), buf[64];
	int32_t day, again;

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (loc_date_parse(s, &day) == 0) {
		/* What parses must format and parse back to the same day. */
		loc_date_format(day, 0, buf, sizeof buf);
		if (loc_date_parse(buf, &again) != 0 || again != day)
			abort();
		loc_date_format(day, LOC_FMT_FA_DIGITS, buf, sizeof buf);
		if (loc_date_parse(buf, &again) != 0 || again != day)
			abort();
	}
	if (loc_date_parse_iso(s, &day) == 0) {
		loc_date_format_iso(day, buf, sizeof buf);
		if (loc_date_parse_iso(buf, &again) != 0 || again != day)
			abort();
	}
	free(s);
	return 0;
}
