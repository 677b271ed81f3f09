/*
 * Fuzz target: core_key_text, the reading of what `hamyar sync key`
 * printed, pasted into `sync trust` or the sync keys screen.
 *
 * Input: byte 0's low bits pick first_is_code and whether a station was
 * chosen before (code set to "TBZ"); the rest is the pasted text.
 * Invariants checked (abort() when broken):
 *   - the message is NUL-terminated within its buffer, and empty exactly
 *     when the text was read;
 *   - on success the code is a station code (core_station_normalize takes
 *     it back unchanged), the same as the one chosen before if any, and the
 *     key is 64 lower-case hex digits;
 *   - the same text read again gives the same result, code and key.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/keytext.h"
#include "core/record.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static enum core_keytext
read_text(const char *s, int first, int chosen, char *code, char *hex, char *msg, size_t n)
{
	strcpy(code, chosen ? "TBZ" : "");
	memset(msg, 'x', n);
	return core_key_text(s, first, code, hex, msg, n);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char code[CORE_STATION_MAX + 1], code2[CORE_STATION_MAX + 1], again[CORE_STATION_MAX + 1];
	char hex[CORE_KEY_HEX], hex2[CORE_KEY_HEX], msg[512], msg2[512], *s;
	enum core_keytext rc, rc2;
	int first, chosen;
	size_t i;

	if (size < 1)
		return 0;
	first = data[0] & 1;
	chosen = (data[0] >> 1) & 1;
	if ((s = malloc(size)) == NULL)
		return 0;
	memcpy(s, data + 1, size - 1);
	s[size - 1] = '\0';
	rc = read_text(s, first, chosen, code, hex, msg, sizeof msg);
	if (memchr(msg, '\0', sizeof msg) == NULL || (rc == CORE_KEYTEXT_OK) != (msg[0] == '\0'))
		abort();
	if (rc == CORE_KEYTEXT_OK) {
		if (core_station_normalize(code, again) != 0 || strcmp(again, code) != 0)
			abort();
		if (chosen && strcmp(code, "TBZ") != 0)
			abort();
		for (i = 0; i < CORE_KEY_HEX - 1; i++)
			if (!((hex[i] >= '0' && hex[i] <= '9') || (hex[i] >= 'a' && hex[i] <= 'f')))
				abort();
		if (hex[CORE_KEY_HEX - 1] != '\0')
			abort();
	}
	rc2 = read_text(s, first, chosen, code2, hex2, msg2, sizeof msg2);
	if (rc2 != rc || strcmp(msg, msg2) != 0 ||
	    (rc == CORE_KEYTEXT_OK && (strcmp(code, code2) != 0 || strcmp(hex, hex2) != 0)))
		abort();
	free(s);
	return 0;
}
