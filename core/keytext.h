/*
 * core/keytext.h — reading what `hamyar sync key` prints at another
 * station, as an administrator copies it whole: its station line
 * ("station TBZ" or «ایستگاه TBZ», in either language, the other station's
 * may be Persian while this one's is English) and, on the line under it,
 * the station's Ed25519 public key in 64 hex digits.  The one reading of
 * it, for `hamyar sync trust` (tui/verb_exchange.c) and the sync keys
 * screen (tui/keyscr.c), so the two take the same text and refuse the
 * same text with the same sentence.  Pure text: no I/O.
 */
#ifndef CORE_KEYTEXT_H
#define CORE_KEYTEXT_H

#include <stddef.h>

#include "core/record.h"

#define CORE_KEY_HEX 65		/* 64 hex digits and NUL */

enum core_keytext {
	CORE_KEYTEXT_OK = 0,
	CORE_KEYTEXT_CODE,	/* the code after "station" is no station code */
	CORE_KEYTEXT_STATIONS,	/* two stations named */
	CORE_KEYTEXT_KEYS,	/* two different keys */
	CORE_KEYTEXT_WORD,	/* a word that is neither */
	CORE_KEYTEXT_NOKEY,	/* no key in the text */
	CORE_KEYTEXT_NOSTATION	/* a key, but which station's is not said */
};

/* 1 if w is the word `sync key` prints before the station's code
 * ("station", any case, or «ایستگاه»). */
int core_keytext_station_word(const char *w);
/* 1 if w is a public key: 64 hex digits, either case. */
int core_keytext_key_word(const char *w);

/* The number of words of text, split as core_key_text splits them; *marked
 * 1 if one of them is the station word or a key, *first_plain 1 if the
 * first is neither (a station code typed before the text, or a word of
 * something else). */
size_t core_keytext_scan(const char *text, int *marked, int *first_plain);

/* Reads text, words split at spaces, tabs and line ends: a station line
 * (the station word, then the code), a key, as often as the text has
 * them.  When first_is_code, the first word is a station code typed before
 * the text (sync trust TBZ "..."); code may also come in set (a station
 * already chosen, "" if none), and then a station line must name it.  A
 * station named twice must be one station, and a key given twice one key.
 * On success returns CORE_KEYTEXT_OK with the code (upper case) in code and
 * the key (lower case) in hex.  Otherwise the reason, and the sentence
 * saying it (translated, naming the word at fault, ending "nothing was
 * changed" where nothing is) in msg (n bytes); code and hex are then
 * unspecified. */
enum core_keytext core_key_text(const char *text, int first_is_code,
    char code[CORE_STATION_MAX + 1], char hex[CORE_KEY_HEX], char *msg, size_t n);

#endif
