/*
 * locale/loc.h — error codes shared by the locale module.
 *
 * Every locale function that can fail returns 0 or one of these negative
 * codes; loc_strerror() names them (in English, for logs: the UI shows its
 * own Persian message).
 */
#ifndef LOC_LOC_H
#define LOC_LOC_H

#define LOC_OK      0
#define LOC_EINVAL  (-1)	/* malformed input */
#define LOC_ERANGE  (-2)	/* well formed but out of range */
#define LOC_ENOMEM  (-3)	/* allocation failed */

/* Returns a static English description of a LOC_* code. Never NULL. */
const char *loc_strerror(int code);

#endif
