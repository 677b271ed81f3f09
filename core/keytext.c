/*
 * core/keytext.c — what `hamyar sync key` printed, read for `sync trust`
 * and the sync keys screen (see core/keytext.h).
 */
#include "core/keytext.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "locale/catalog.h"
#include "locale/layout.h"

int
core_keytext_station_word(const char *w)
{
	return strcasecmp(w, "station") == 0 || strcmp(w, "ایستگاه") == 0;
}

int
core_keytext_key_word(const char *w)
{
	size_t i;

	for (i = 0; w[i] != '\0'; i++)
		if (!isxdigit((unsigned char)w[i]))
			return 0;
	return i == CORE_KEY_HEX - 1;
}

/* What separates the words of the text (core_key_text, core_keytext_scan). */
static const char blank[] = " \t\r\n\v\f";

size_t
core_keytext_scan(const char *text, int *marked, int *first_plain)
{
	const char *p = text;
	size_t words = 0, len;
	char w[CORE_KEY_HEX + 1];
	int mark;

	*marked = *first_plain = 0;
	while (*(p += strspn(p, blank)) != '\0') {
		len = strcspn(p, blank);
		/* longer than a key: neither the station word nor a key */
		mark = 0;
		if (len < sizeof w) {
			memcpy(w, p, len);
			w[len] = '\0';
			mark = core_keytext_station_word(w) || core_keytext_key_word(w);
		}
		if (words == 0)
			*first_plain = !mark;
		*marked |= mark;
		words++;
		p += len;
	}
	return words;
}

/* The word w in a sentence: control characters shown as symbols. */
static void
say_word(char *msg, size_t n, const char *fmt, const char *w)
{
	char *shown = loc_text_sanitize(w);

	snprintf(msg, n, fmt, shown != NULL ? shown : "?");
	free(shown);
}

enum core_keytext
core_key_text(const char *text, int first_is_code, char code[CORE_STATION_MAX + 1],
    char hex[CORE_KEY_HEX], char *msg, size_t n)
{
	char named[CORE_STATION_MAX + 1], *copy, *w, *save = NULL;
	enum core_keytext rc = CORE_KEYTEXT_OK;
	int after_word = 0, nth = 0;

	if (n > 0)
		msg[0] = '\0';
	hex[0] = '\0';
	if ((copy = strdup(text)) == NULL) {
		/* (a key's text is a few hundred bytes) */
		snprintf(msg, n, "%s", _("out of memory"));
		return CORE_KEYTEXT_WORD;
	}
	for (w = strtok_r(copy, blank, &save); w != NULL; w = strtok_r(NULL, blank, &save), nth++) {
		if (after_word || (nth == 0 && first_is_code)) {
			/* the code after "station", or the one typed first */
			if (core_station_normalize(w, named) != 0) {
				say_word(msg, n, _("'%s' is not a station code: 2 to 8 ASCII letters or digits"), w);
				rc = CORE_KEYTEXT_CODE;
				break;
			}
			if (code[0] != '\0' && strcmp(code, named) != 0) {
				snprintf(msg, n, _("the text names two stations, %s and %s: the key 'hamyar sync key' prints is the station's on the line above it; give one station's code and its key; nothing was changed"),
				    code, named);
				rc = CORE_KEYTEXT_STATIONS;
				break;
			}
			memcpy(code, named, sizeof named);
			after_word = 0;
		} else if (core_keytext_station_word(w)) {
			after_word = 1;
		} else if (core_keytext_key_word(w)) {
			char low[CORE_KEY_HEX];
			size_t i;

			for (i = 0; i < CORE_KEY_HEX; i++)
				low[i] = (char)tolower((unsigned char)w[i]);
			if (hex[0] != '\0' && strcmp(hex, low) != 0) {
				snprintf(msg, n, "%s", _("the text holds two different keys: give the one key of one station, the last line that 'hamyar sync key' prints there; nothing was changed"));
				rc = CORE_KEYTEXT_KEYS;
				break;
			}
			memcpy(hex, low, sizeof low);
		} else {
			say_word(msg, n, _("«%s» is neither a station's public key nor a word of what 'hamyar sync key' prints (station CODE, then the key: 64 characters, 0-9 and a-f, on a line of their own); nothing was changed"), w);
			rc = CORE_KEYTEXT_WORD;
			break;
		}
	}
	free(copy);
	if (rc != CORE_KEYTEXT_OK)
		return rc;
	if (hex[0] == '\0') {
		snprintf(msg, n, "%s", _("no station's public key was given: a key is the 64 characters (0-9 and a-f) on the last line that 'hamyar sync key' prints at that station; nothing was changed"));
		return CORE_KEYTEXT_NOKEY;
	}
	if (code[0] == '\0') {
		snprintf(msg, n, "%s", _("which station's key this is was not given: give the station's code before the key (hamyar sync trust STATION KEY), or all that 'hamyar sync key' printed there, its station line too"));
		return CORE_KEYTEXT_NOSTATION;
	}
	return CORE_KEYTEXT_OK;
}
