/*
 * tui/list.h — the list of one record kind, built from its schema.
 *
 * A list never loads all rows: it keeps the store position of its first
 * visible row (and a history of earlier ones to scroll back), and each paint
 * reads one screenful through a store iterator in a short read
 * transaction.  Orders are the ones the store keeps indexes for: id order
 * and name (search field) order, the latter in Persian alphabetical order.
 * Typing searches as you type on the normalised search key (store prefix
 * search); F4 filters by an indexed field (county, status, category) or a
 * donor's introducing group; F6
 * switches the order; Enter opens the record's form; F5 makes a new one.
 */
#ifndef TUI_LIST_H
#define TUI_LIST_H

#include "core/record.h"
#include "tui/screen.h"

/* Returns a new list screen of kind k (push it), or NULL on failure. */
struct tui_screen *tui_list_new(enum core_kind k);

/* The same, listing only the records whose reference field `field`
 * names record id (a donor's introducing group: a group's form opens its
 * donors so, F7); F4 can change the filter.  NULL if field is not one F4
 * filters by (a reference to a group) or on failure. */
struct tui_screen *tui_list_new_ref(enum core_kind k, int field, const char *id);

/* A popup to pick one record of kind k by searching as you type.  Writes
 * the id into id (CORE_ID_MAX bytes) and returns 1, or returns 0 if
 * cancelled. */
int tui_list_pick(enum core_kind k, char *id);
/* The same, the search already holding query (NULL or "": none). */
int tui_list_pick_from(enum core_kind k, const char *query, char *id);
/* The same, opened on record cur (NULL or "": at the top, as
 * tui_list_pick): in name order, cur's row selected and in view, so that
 * Enter picks it again (F4 on the group a list is filtered by now). */
int tui_list_pick_at(enum core_kind k, const char *cur, char *id);
/* The picker of a form's reference box: its search holding query (the
 * text typed in the box), with record cur, if not NULL or "", selected
 * among the rows it lists (this station's record of a number typed
 * alone, among the other stations' of that number and the names with
 * it), and, with space, the next word typed put after a space the
 * query was typed with but which the search leaves out. */
int tui_list_pick_typed(enum core_kind k, const char *query, int space, const char *cur, char *id);
/* How many records the picker opened on query would list (the same
 * search, and a clerk's county only): 0, 1 (its id into id, CORE_ID_MAX
 * bytes), or 2 for more than one. */
int tui_list_match(enum core_kind k, const char *query, char *id);

/* A one-line description of record id of kind k (its name or title), or ""
 * if none: for reference fields.  Writes into buf of size n. */
void tui_record_caption(enum core_kind k, const char *id, char *buf, size_t n);

/* (a msgid) Why a clerk whose user has no county sees nothing, in a list
 * or on the dashboard, and who can change it. */
extern const char tui_no_county_listed[];

/* «label id (name)» for a status line of w columns, into buf (size n):
 * donor id and his name (tui_record_caption's: another county's donor is
 * not named), in the user's digits, the name cut with an ellipsis so that
 * the line fits w; "-" when he has none.  Says whom F5 or the "by
 * giving" list added to a ceremony.  Returns buf. */
const char *tui_donor_note(const char *label, const char *id, int w, char *buf, size_t n);

/* What a list of references (a REFS value: ids separated by spaces, as a
 * ceremony's donors are stored) names, for a reader: each record's caption
 * in the user's digits, separated by «، », with its id after it in
 * parentheses when another record of kind k has the same name (two «علی
 * رضایی») and the id alone when there is no such record.  Writes into buf
 * of size n (cut between characters); "" if ids is empty. */
void tui_refs_caption(enum core_kind k, const char *ids, char *buf, size_t n);

/* Incremented by every successful save: lists re-read when it changes. */
extern unsigned tui_list_generation;
/* The number of the last change written to the database by any session,
 * an import or a sync (the change log's last number), or 0 if it cannot
 * be read: one key.  A screen that keeps what it read compares it at
 * each paint and reads again when another session wrote meanwhile. */
uint64_t tui_change_last(void);
/* Whether a screen that reads its data again when another session wrote
 * (the ranking, the dashboard) may look now: at_ms, when it last read
 * (tui_clock_ms), cost_ms, what that read took.  Not before two seconds,
 * nor before four times the read's cost (0.85 s on 20,000 needs: 3.4 s),
 * so that reading takes a quarter of the time at most while another session
 * writes all the while; not while a key waits to be read, nor within a
 * second of the last key, so that keys are not held up behind a read; but
 * after four times that wait, whatever the keys, so that a person going
 * through the list without a pause still sees the change.  Before, every
 * two seconds, keys or none: on 20,000 needs a key waited up to 0.9 s
 * while another session saved. */
int tui_reread_due(int64_t at_ms, int64_t cost_ms);
/* Says what a screen did about another session's writes, for tests and
 * measurements: a line "SCREEN WHAT SEQ" appended to the file named by
 * HAMYAR_REREAD_LOG, if set (WHAT: "read" read again, "skip" the changes
 * were of kinds it does not show). */
void tui_reread_note(const char *screen, const char *what, uint64_t seq);

#endif
