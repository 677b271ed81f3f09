/*
 * tui/auditscr.h — the audit log screen (SPEC §7, §11): who changed what,
 * when, field by field, newest at the bottom.
 */
#ifndef TUI_AUDITSCR_H
#define TUI_AUDITSCR_H

#include <stdint.h>

#include "core/record.h"
#include "core/validate.h"
#include "store/store.h"
#include "tui/screen.h"

/* A screen listing the audit log of tui_app.st: the changes of record id
 * (NULL or "": of every record in the last 30 days; F4 shows all time, F3
 * asks for a record id).  Users the policy does not let read the log
 * (clerks) see the sentence saying who may.  Returns the screen to push,
 * or NULL on allocation failure. */
struct tui_screen *tui_audit_new(const char *id);

/* What was done to what, as a sentence (object: "Unit MRD-1", the
 * setting's name): one text per action, so that each language puts the
 * verb where it goes, after its object in Persian («واحد MRD-1 را تغییر
 * داد»).  The audit screen's heading and `hamyar audit`'s in Persian. */
void tui_audit_action_sentence(enum store_action act, const char *object, char *buf, size_t n);
/* The label of a line ("from", "station", "aside") of a database restore's
 * entry (STORE_ACT_DB_RESTORE), translated; name itself if none. */
const char *tui_audit_restore_label(const char *name);
/* The line "unit_moved" or "unit_arrived" of a need's entry (store.c
 * rederive_needs: its county followed its unit's) as a sentence, a format
 * taking the unit's id, translated; NULL if name is neither. */
const char *tui_audit_unit_reason(const char *name);

/* A sync conflict decision's entry (STORE_ACT_RESOLVE) holds, besides
 * record fields, lines named "decision", "peer", "kept" and "retired"
 * (store/sync.c).  Their label for a reader, translated, or NULL if name
 * is none of them; and value (of a line called name) as a reader is
 * shown it: a decision worded, anything else as stored.  The strings are
 * static or value itself. */
const char *tui_audit_note_label(const char *name);
/* Whether entry e is a sync entry of an incoming record that met another
 * under its number here (two records made apart, store/sync.c): its first
 * lines, "apart" (the station the incoming one was made at) and "in_use"
 * ("mine" -> "theirs": the incoming one is in use now, the record fields
 * after them this database's version, waiting -> the incoming one; "" ->
 * "mine": this database's stays in use, nothing changed), are notes, worded
 * by tui_audit_note_label and tui_audit_note_value. */
struct store_audit;
int tui_audit_apart(const struct store_audit *e);
/* The line "origin" of a sync entry (store_apply: "MRD 1764680000", the
 * station and the Unix time its version was made) as a reader is shown
 * it, "station MRD, 1405/09/11 14:07" (when: tui_fmt_when's flags), into
 * buf; the text as stored if it is not of that form.  Returns buf. */
const char *tui_audit_origin(const char *text, unsigned when, char *buf, size_t n);
/* Asked for the changes of id (and of upper, its other case, or "") and
 * none is listed: has any record had it?  A record of any kind here (an
 * inactive one, a user), a change of it in the log at any time (one a
 * period leaves out, or of a record no longer here), or a setting this
 * program knows.  *no_rec set if none: hamyar audit --id and the screen's
 * F3 then say there is no such record, not that it has no changes.
 * Returns 0 or a store error. */
struct store_txn;
int tui_audit_id_known(struct store_txn *t, const char *id, const char *upper, int *no_rec);
/* A date from which to list the audit log (`hamyar audit --since`, the
 * screen's F6): Jalali Y/M/D in any digit set, or ISO YYYY-MM-DD, read and
 * checked as every date is (core_check_date: a mistyped year, 1043 for
 * 1403, is refused); *out the first second of that day in local time,
 * *dayp the day.  -1 with *msg saying why for a date refused. */
int tui_audit_since(const char *s, int64_t *out, int32_t *dayp, enum core_msg *msg);
/* A setting's name in the audit log as people read it ("ranking weights",
 * "key of station MRD"); buf holds it when it is made. */
const char *tui_setting_label(const char *name, char *buf, size_t n);
const char *tui_audit_note_value(const char *name, const char *value);
/* A merge's line "from_mine" or "from_theirs" (name) of a record of kind
 * k: value, field names separated by spaces, as a reader is shown it,
 * the fields' labels joined with commas ("(none)" for ""), in a new string
 * (caller frees); NULL if name is neither, or on allocation failure. */
char *tui_audit_note_fields(enum core_kind k, const char *name, const char *value);
/* The ranking's stored numbers (setting name "rank.weights" or
 * "rank.matrix", text as stored: numbers separated by spaces) for people
 * to read: as the weights editor shows them (weights with four decimals,
 * comparisons as 3 or 1/3, in the user's digits), or if exact each number
 * in full, as tui_fmt_shortest writes it (0.3 for 0.29999999999999999).
 * A new string (caller frees), or NULL if name is neither setting or text
 * is not such a list. */
char *tui_setting_numbers(const char *name, const char *text, int exact);

/* Under a change of setting name "rank.matrix" or "rank.weights" from
 * old_text to new_text (as stored): calls fn once for each comparison
 * (upper triangle, labelled "Waiting/Interest") or weight (labelled by its
 * criterion) whose shown value changed, with the old and new value as the
 * weights editor shows them, in the user's digits.  Nothing for another
 * name, or when either text is not such a list.  Returns 0, or -1 when fn
 * returns nonzero.  The audit screen and hamyar audit list changes so. */
int tui_rank_changes(const char *name, const char *old_text, const char *new_text,
    int (*fn)(void *arg, const char *label, const char *old_text, const char *new_text),
    void *arg);

#endif
