/*
 * locale/layout_internal.h — the bidi step of locale/layout.c, exposed to
 * its tests only (tests/locale/test_bidi_conformance.c).  Nothing outside
 * locale/layout.c and its tests includes this header.
 */
#ifndef LOC_LAYOUT_INTERNAL_H
#define LOC_LAYOUT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "locale/layout.h"

/* Runs the same level and order computation as loc_layout_line (the same
 * code: paragraph level, embedding levels with bracket pairs, rule L1 and
 * reordering with FriBidi, reorder flags 0), but on n code points taken as
 * they are: nothing is sanitised, shaped, mirrored or dropped, so explicit
 * embedding and isolate controls take effect.  Fills levels[n] with each
 * character's resolved level, vis2log[n] with the logical index shown at
 * each visual position (left to right), and *rtl with the resolved
 * paragraph direction.  Returns 0, or LOC_ENOMEM (allocation failure, or n
 * too large to index). */
int loc_layout_bidi(const uint32_t *cp, size_t n, enum loc_dir dir,
    uint8_t *levels, int *vis2log, int *rtl);

#endif
