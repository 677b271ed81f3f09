/* Fuzz target: normalisation, search keys and collation keys of any bytes. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "locale/collate.h"
#include "locale/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1), *n, *n2, *k, key[256];

	if (s == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	n = loc_text_normalize(s);
	if (n != NULL) {
		/* Normalising is idempotent, and its output is valid UTF-8. */
		if (!loc_utf8_valid(n, strlen(n)))
			abort();
		n2 = loc_text_normalize(n);
		if (n2 == NULL || strcmp(n, n2) != 0)
			abort();
		free(n2);
		(void)loc_collate_key(n, key, sizeof key);
		(void)loc_collate_cmp(n, s);
	}
	k = loc_text_key(s);
	free(k);
	free(n);
	free(s);
	return 0;
}
