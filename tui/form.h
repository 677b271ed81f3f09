/*
 * tui/form.h — the form of one record kind, built from its schema.
 *
 * One generic engine for every kind: a row per field (label on the right,
 * the field to its left in Persian), an inline message under a field in
 * Persian when its value is wrong (error) or doubtful (warning).  A field is
 * checked when the cursor leaves it (core_field_parse); F2 checks the whole
 * record (core_record_validate) and saves it in one store transaction.
 * Errors block saving; with warnings (the record's, and those said on
 * leaving a field) F2 asks once, naming the fields, before it saves.
 * The unsaved input is kept as a draft in the store on every field exit
 * (and from the SIGHUP/SIGTERM path), and deleted by the save.
 */
#ifndef TUI_FORM_H
#define TUI_FORM_H

#include <stdio.h>

#include "core/record.h"
#include "tui/screen.h"

/* Returns a new form screen for record id of kind k, or for a new record
 * when id is NULL.  draft, if not NULL, is a draft blob (from the store) to
 * apply over it.  Returns NULL if the record cannot be read or on
 * allocation failure. */
struct tui_screen *tui_form_new(enum core_kind k, const char *id, const char *draft);

/* Opens the form of record id of kind k (NULL: a new one) as a list's
 * Enter or F5 does: if the user has a draft of that form (left by a lost
 * connection, and not taken up when the program started), asks first
 * whether to resume it; No discards it.  Returns the form to push, or NULL
 * with *cancelled set when the user answered Esc, or not set on failure. */
struct tui_screen *tui_form_open(enum core_kind k, const char *id, int *cancelled);

/* The record the last form saved, for the list it goes back to: returns 1
 * and writes its id into id (CORE_ID_MAX bytes) once, if it was of kind k
 * and no form was opened since; else 0. */
int tui_form_take_saved(enum core_kind k, char *id);

/* The draft name of a form: "KIND:new" or "KIND:ID".  Writes into buf
 * (size n).  Parses back with tui_form_draft_parse_name: returns 0 and sets
 * *k and id ("" for new), or -1. */
void tui_form_draft_name(enum core_kind k, const char *id, char *buf, size_t n);
int tui_form_draft_parse_name(const char *name, enum core_kind *k, char *id);

/* A draft's lines are "NAME=TEXT" with TEXT's backslashes and newlines
 * escaped: tui_draft_escape writes s so to f, tui_draft_unescape undoes
 * it in place. */
void tui_draft_escape(FILE *f, const char *s);
void tui_draft_unescape(char *s);

/* What was typed as the name of the record a draft of kind k holds (its
 * name, a need's or stage's title, a user's login), as a draft's offer
 * names it: written into buf (size n), cut to a line's room; returns 1,
 * or 0 with buf "" if the draft has none. */
int tui_draft_typed_name(enum core_kind k, const char *data, char *buf, size_t n);

/* The line naming the draft of a form of kind k (id NULL or "" for a new
 * record; data the draft), as the start and the opening of a form offer
 * it: «خیّر TST-10 (شرکت فولاد آذر)» for a stored record, by its stored
 * name, and «خیّر (تازه): «علی رضایی»» for a new one, by the name typed
 * (before, «خیّر (تازه)» alone).  Into buf (size n). */
void tui_draft_what(enum core_kind k, const char *id, const char *data, char *buf, size_t n);

/* Asks whether to resume the draft of what (a line naming it: "Donor
 * (new)", "New payment on pledge TBZ-30"), as the start and the opening
 * of a form ask: 1 yes, 0 no (discard it), -1 Esc (put it off). */
int tui_draft_ask(const char *what);

/* Drafts resumed in another session (form.c says why).  tui_draft_session
 * is this session's name, written in each draft as "session=NAME";
 * tui_draft_takeover(name, data), called when draft data of that name is
 * resumed, marks it taken from the session that wrote it, if that one still
 * runs; tui_draft_given_up(t, name), before this session writes or deletes
 * its draft of that name, is 1 if another session took it over (the mark is
 * deleted in t: the caller writes and deletes it no more), 0 if not, or a
 * STORE_* code. */
struct store_txn;
const char *tui_draft_session(void);
void tui_draft_takeover(const char *name, const char *data);
int tui_draft_given_up(struct store_txn *t, const char *name);

/* A payment's pledge as the form names it beside its id, «DONOR — NEED-ID
 * TITLE — AMOUNT», fitted to w columns (the field's caption): the amount
 * whole, the donor's name cut at its end, the need in its middle (its id
 * alone before the donor where that leaves too little), the cells either
 * cut leaves given to the other.  Into buf (size n); returns buf. */
const char *tui_pledge_fit(const char *s, int w, char *buf, size_t n);

/* Display text of field fi of r as the form shows it (Persian digits,
 * grouped amounts, Jalali dates, choice labels).  Caller frees; NULL on
 * allocation failure. */
char *tui_value_display(const struct core_record *r, int fi);

/* Shows numbers with Persian digits (1, the default) or ASCII (0). */
extern int tui_fa_digits;

#endif
