/* Fuzz target: line layout of any bytes, in every direction and mode.  The
 * maps must be consistent and no unsafe character may reach a cell. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "locale/layout.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
unsafe(uint32_t cp)
{
	return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) ||
	    (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const unsigned modes[] = { 0, LOC_LAYOUT_SHAPE, LOC_LAYOUT_LOGICAL };
	struct loc_layout l;
	size_t i, m;
	int d, c;

	for (d = LOC_DIR_LTR; d <= LOC_DIR_AUTO; d++)
		for (m = 0; m < sizeof modes / sizeof modes[0]; m++) {
			if (loc_layout_line((const char *)data, size, d, modes[m], &l) != 0)
				continue;
			for (i = 0; i < l.ncells; i++) {
				if (unsafe(l.cells[i].cp))
					abort();
				if (l.cells[i].idx < 0 || (size_t)l.cells[i].idx >= l.nchars)
					abort();
			}
			for (i = 0; i < l.nchars; i++) {
				c = l.log2cell[i];
				if (c < -1 || c >= (int)l.ncells)
					abort();
				if (l.idx2off[i] > l.idx2off[i + 1])
					abort();
			}
			if (l.nchars > 0 && l.idx2off[l.nchars] != size)
				abort();
			free(loc_layout_utf8(&l));
			loc_layout_done(&l);
		}
	return 0;
}
