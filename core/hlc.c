/*
 * core/hlc.c — hybrid logical clock arithmetic and version order.
 *
 * The clock is one uint64: (milliseconds << 16) | counter.  A tick takes the
 * larger of "last + 1" and "wall clock with counter 0"; receiving also takes
 * "remote + 1".  Because the counter is the low bits, "+ 1" carries into the
 * milliseconds if 65536 events share one millisecond, which keeps the order
 * strict at the price of running a hair ahead of the wall clock.
 *
 * Stamps stop at CORE_HLC_MAX (a wall clock in the year 4199) and saturate
 * there rather than wrap: a version text from a peer cannot carry a larger
 * stamp, so a forged or corrupt "18446744073709551615@X" cannot wrap every
 * station's clock to 0 (after which the store refuses to stamp any write).
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/hlc.h"

uint64_t
core_hlc_ms(uint64_t hlc)
{
	return hlc >> CORE_HLC_COUNTER_BITS;
}

uint64_t
core_hlc_tick(uint64_t last, uint64_t wall_ms)
{
	uint64_t wall;

	/* "last + 1" must not wrap to 0: that would send the clock back to
	 * the wall clock, below stamps already made or received. */
	if (last >= CORE_HLC_MAX)
		return last;
	wall = wall_ms >= (CORE_HLC_MAX >> CORE_HLC_COUNTER_BITS) ? CORE_HLC_MAX
	    : wall_ms << CORE_HLC_COUNTER_BITS;
	return wall > last ? wall : last + 1;
}

uint64_t
core_hlc_recv(uint64_t last, uint64_t remote, uint64_t wall_ms)
{
	uint64_t t = core_hlc_tick(last, wall_ms);

	if (remote >= CORE_HLC_MAX)
		remote = CORE_HLC_MAX - 1;
	return remote >= t ? remote + 1 : t;
}

int
core_version_cmp(const struct core_version *a, const struct core_version *b)
{
	if (a->hlc != b->hlc)
		return a->hlc < b->hlc ? -1 : 1;
	return strcmp(a->origin, b->origin);
}

int
core_version_is_zero(const struct core_version *v)
{
	return v->hlc == 0 && v->origin[0] == '\0';
}

int
core_version_set(struct core_version *v, uint64_t hlc, const char *origin)
{
	memset(v, 0, sizeof *v);
	if (origin == NULL || *origin == '\0') {
		v->hlc = hlc;
		return 0;
	}
	if (!core_station_valid(origin))
		return CORE_EINVAL;
	v->hlc = hlc;
	memcpy(v->origin, origin, strlen(origin) + 1);
	return 0;
}

size_t
core_version_format(const struct core_version *v, char *buf, size_t n)
{
	int len = snprintf(buf, n, "%" PRIu64 "@%s", v->hlc, v->origin);

	return len < 0 ? 0 : (size_t)len;
}

int
core_version_parse(const char *text, struct core_version *v)
{
	const char *at;
	char *end;
	uint64_t hlc;

	memset(v, 0, sizeof *v);
	if (text == NULL || (at = strchr(text, '@')) == NULL || at == text)
		return CORE_EINVAL;
	if (text[0] < '0' || text[0] > '9')
		return CORE_EINVAL;
	errno = 0;
	hlc = strtoull(text, &end, 10);
	if (end != at || errno == ERANGE || hlc > CORE_HLC_MAX)
		return CORE_EINVAL;
	/* The zero version has no station; every other has one. */
	if ((hlc == 0) != (at[1] == '\0'))
		return CORE_EINVAL;
	return core_version_set(v, hlc, at + 1);
}
