/*
 * tui/auditscr.h — the audit log screen (SPEC §7, §11): who changed what,
 * when, field by field, newest at the bottom.
 */
#ifndef TUI_AUDITSCR_H
#define TUI_AUDITSCR_H

#include "tui/screen.h"

/* A screen listing the audit log of tui_app.st: the changes of record id
 * (NULL or "": of every record in the last 30 days; F4 shows all time, F3
 * asks for a record id).  Users the policy does not let read the log
 * (clerks) see the sentence saying who may.  Returns the screen to push,
 * or NULL on allocation failure. */
struct tui_screen *tui_audit_new(const char *id);

#endif
