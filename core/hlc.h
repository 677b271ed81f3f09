/*
 * core/hlc.h — hybrid logical clock and record versions (SPEC §10).
 *
 * A hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014)
 * stamps each change with a 64-bit number: wall-clock milliseconds in the
 * high 48 bits and a counter in the low 16.  A station's clock never goes
 * backwards, every new stamp is greater than every stamp the station has
 * made or received, and stamps stay close to real time, so "newer wins"
 * means what a person expects even when machines' clocks disagree a little.
 *
 * A record version is (hlc, origin station); versions are totally ordered by
 * hlc, then by station code (bytewise), which is how sync breaks ties.  The
 * zero version (hlc 0, origin "") is "no version": older than all others.
 *
 * Pure functions: the caller supplies the wall clock and keeps the state.
 */
#ifndef CORE_HLC_H
#define CORE_HLC_H

#include <stddef.h>
#include <stdint.h>

#include "core/record.h"

#define CORE_HLC_COUNTER_BITS 16
#define CORE_HLC_TEXT_MAX 24	/* decimal uint64 with NUL */
/* The largest stamp a version may carry: milliseconds below 2^46 (the year
 * 4199), so ticking can never wrap the 64 bits.  core_version_parse refuses
 * larger stamps; the clock functions saturate here instead of wrapping. */
#define CORE_HLC_MAX (UINT64_MAX >> 2)

/* Returns the stamp of a local event: greater than last, and at least the
 * wall clock wall_ms (milliseconds since the Unix epoch).  Never more than
 * CORE_HLC_MAX, unless last already is (then last: a clock never goes
 * backwards). */
uint64_t core_hlc_tick(uint64_t last, uint64_t wall_ms);

/* Returns the new clock after receiving remote: greater than both last and
 * remote, and at least the wall clock; saturating as core_hlc_tick (a
 * remote stamp past CORE_HLC_MAX is not followed past it). */
uint64_t core_hlc_recv(uint64_t last, uint64_t remote, uint64_t wall_ms);

/* The wall-clock milliseconds part of a stamp. */
uint64_t core_hlc_ms(uint64_t hlc);

struct core_version {
	uint64_t hlc;
	char origin[CORE_STATION_MAX + 1];	/* station code, "" for none */
};

/* Compares versions: negative, 0 or positive as a is older than, the same
 * as, or newer than b (hlc first, then station code). */
int core_version_cmp(const struct core_version *a, const struct core_version *b);

/* Returns 1 if v is the zero version. */
int core_version_is_zero(const struct core_version *v);

/* Sets v to (hlc, origin).  Returns 0, or CORE_EINVAL if origin is neither
 * "" nor a valid station code (v is then the zero version). */
int core_version_set(struct core_version *v, uint64_t hlc, const char *origin);

/* Writes "HLC@ORIGIN" (decimal hlc) into buf of size n; returns the length
 * needed, like snprintf. */
size_t core_version_format(const struct core_version *v, char *buf, size_t n);

/* Parses "HLC@ORIGIN" (or "0@" for the zero version).  Returns 0 or
 * CORE_EINVAL (also for a stamp above CORE_HLC_MAX). */
int core_version_parse(const char *text, struct core_version *v);

#endif
