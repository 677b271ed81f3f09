/* Fuzz target: amount parsing and digit conversion. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "locale/digits.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1), buf[64], dig[64];
	int64_t v, again;

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	if (loc_amount_parse(s, &v) == 0) {
		if (v < 0 || v > LOC_AMOUNT_MAX)
			abort();
		/* A formatted amount, in either digit set, parses back. */
		loc_amount_format(v, LOC_FMT_GROUP | LOC_FMT_FA_DIGITS, buf, sizeof buf);
		if (loc_amount_parse(buf, &again) != 0 || again != v)
			abort();
		loc_amount_format(v, LOC_FMT_GROUP, buf, sizeof buf);
		if (loc_amount_parse(buf, &again) != 0 || again != v)
			abort();
	}
	free(loc_digits_to_ascii(s));
	free(loc_digits_to_fa(s));
	(void)loc_digits_collect(s, dig, sizeof dig);
	free(s);
	return 0;
}
