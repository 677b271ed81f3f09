/*
 * tui/report.h — the programme report (SPEC §12 `report`): needs, estimated
 * cost, pledged, received and gap per county and per participation type,
 * and pledged against received over time.
 */
#ifndef TUI_REPORT_H
#define TUI_REPORT_H

#include <stdio.h>

#include "store/store.h"

#define TUI_REPORT_ECOUNTY (-201)	/* --county names no county */

/* Writes a print-ready HTML page (inline SVG charts, no external files) to
 * out: in Persian (lang=fa, dir=rtl) or, under --lang en, in English (lang=en,
 * dir=ltr, Latin digits); figures in the digits and money unit (rial or
 * toman) the user chose in the program's settings.  county: a code or Persian
 * name to limit the report to, or NULL.  Returns 0, TUI_REPORT_ECOUNTY or a
 * STORE_* code. */
int tui_report_html(struct store *st, FILE *out, const char *county);

/* Writes the same figures as plain text (one line per county and per type,
 * figures grouped by threes as tui_text_amount_flags says) to out, under a
 * title line naming the report, its county with --county and its day (the
 * Jalali date): headings and type names in the UI language, or the English
 * identifiers ("county", "total", "space") under --lang en.  Returns as
 * tui_report_html. */
int tui_report_text(struct store *st, FILE *out, const char *county);

/* The loc_amount_format flags of the whole figures the command line prints
 * for a person (the text report, rank --explain, match): grouped by threes;
 * in Persian in Persian digits with ٬ unless the user whose database st is
 * opened as chose ASCII digits, under --lang en in ASCII with commas. */
unsigned tui_text_amount_flags(struct store *st);

/* Whether stage r, read in t (deleted: whether it is deactivated), is
 * overdue on day today and still followed, as the stages list's F4
 * «Overdue only» and the report's overdue stages judge it: neither it nor
 * its need deactivated, its need not rejected (core_stage_late).  If so,
 * its need's county code is written into county (n bytes).  Returns 1 or
 * 0. */
int tui_report_stage_late(struct store_txn *t, const struct core_record *r, int deleted,
    int32_t today, char *county, size_t n);

#endif
