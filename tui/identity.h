/*
 * tui/identity.h — who is running the program, and opening the database as
 * that user (SPEC §11).
 *
 * The identity is the Unix login of the REAL uid (getpwuid(getuid())): SSH
 * (or the console login) authenticated it.  Nothing else is consulted — not
 * $USER, $LOGNAME, $HOME, $HAMYAR_* nor any flag — so nobody becomes another
 * user by setting a variable.  The database's owner (the uid owning its
 * directory) is its admin; everyone else must be in its users table
 * (store/users.h), which then gives the role and county scope.
 *
 * Every place that opens the database for a person goes through
 * tui_identity_open_store: it opens, resolves the login, refuses a stranger
 * with a Persian sentence, writes the login into the audit log of every
 * write, and installs the access policy at the store's write path, so the
 * TUI, the verbs, CSV import and bundle import are all held to it.
 */
#ifndef TUI_IDENTITY_H
#define TUI_IDENTITY_H

#include <stddef.h>

#include "core/access.h"
#include "store/store.h"
#include "store/users.h"

/* Copies the login of the real uid into buf (size n).  Returns 0, or -1 if
 * the uid has no passwd entry or the name does not fit. */
int tui_identity_login(char *buf, size_t n);

/* Returns 1 if the real uid owns path (the database directory, or a backup
 * file), else 0. */
int tui_identity_owns(const char *path);

/* Returns 1 if making a database at path is refused to the real uid: the
 * folder is there, not his, and holds no database (only its owner makes
 * one there); else 0. */
int tui_identity_create_refused(const char *path);

/* Returns 1 if login's uid owns path (the database directory): that login
 * is the database's admin whatever its users table says, and cannot be
 * removed (store/users.h); else 0 (no such login, path unreadable). */
int tui_identity_login_owns(const char *path, const char *login);

/* 1 if the disk holding path is mounted read-only. */
int tui_identity_ro_disk(const char *path);

/* Opens the database at path for the real user: store_open(path, flags),
 * then store_users_resolve and store_users_enforce.  An auditor's store is
 * reopened read-only.  With STORE_CREATE the new directory is also made
 * setgid (mode 2770) so files made in it keep the station's group (see
 * tui_identity_share_dir); a folder that exists must be the user's (the
 * one who makes a database is its admin).  Stores the handle in *out (caller closes with
 * store_close).  On failure writes a sentence for the user (current
 * language) into msg (size n) and returns the STORE_* code: STORE_EACCES
 * (not a user of this database), STORE_EPERM (the files belong to a group
 * the user is not in), or store_open's errors. */
int tui_identity_open_store(const char *path, unsigned flags, struct store **out,
    char *msg, size_t n);

/* A flag of tui_identity_open_store and tui_identity_open_verb, not of
 * store_open: an auditor's store is not reopened read-only, for a write
 * that is never committed (import --dry-run: tui/verb_exchange.c).  The
 * policy still refuses his writes. */
#define TUI_OPEN_UNCOMMITTED 0x1000
/* tui_identity_open_store: an auditor's store is reopened with
 * STORE_OWN_SETTINGS instead of STORE_RDONLY (the full-screen program):
 * he saves his own display settings, and the store refuses every other
 * write. */
#define TUI_OPEN_OWN_SETTINGS 0x2000

/* Same as tui_identity_open_store's second half, for a store already open
 * (e.g. one the TUI opened to create it): resolves and enforces.  No
 * read-only reopen for auditors (the policy refuses their writes).  Returns
 * 0 or STORE_EACCES (msg filled) or an error. */
int tui_identity_attach(struct store *st, const char *path, char *msg, size_t n);

/* Makes directory path group-shared: mode 2770 (setgid: files created in it
 * get its group, as LMDB's lock file must).  Returns 0 or -1 (errno set). */
int tui_identity_share_dir(const char *path);

/* Returns 0 if path (a file the program is asked to write: a letter, an
 * export) would land in the database directory db_path — where the
 * station's group may write, so a clerk could otherwise overwrite
 * data.mdb through the program — else 1.  Symbolic links are followed. */
int tui_identity_path_ok(const char *db_path, const char *path);

/* For a verb's output file (backup, export --out, report --html, sync
 * export --out): 1 if it may be written; else says why on stderr and
 * returns 0 (the verb exits EXIT_USAGE). */
struct hamyar_opts;
int tui_identity_out_ok(const struct hamyar_opts *o, const char *path);

/* Writes into buf (size n) the sentence for decision a: what was refused and
 * who may do it instead, in the current language.  Returns buf. */
const char *tui_access_message(const struct core_access *a, char *buf, size_t n);

/* Writes into buf (size n) why the user may take no step of a need in
 * status from (core/workflow.h), his role being none of those that may
 * take its next steps: the status, where it may go, and who takes it
 * there.  For a final status, that it is final. */
void tui_workflow_none_message(int from, char *buf, size_t n);

/* Writes into buf (size n) the sentence for a failed store call on st with
 * code rc: the policy's refusal for STORE_EACCES (who may do it instead), a
 * plain sentence for STORE_ECONFLICT and for an auditor's STORE_ERDONLY,
 * else tui_store_strerror's text.  Returns buf. */
const char *tui_identity_why(const struct store *st, int rc, char *buf, size_t n);

/* Opens the database of a verb (cli_db_path) with tui_identity_open_store;
 * on failure prints why and returns the exit status: EXIT_INVALID for a
 * refused user, EXIT_SYSTEM for anything else (no database there, no
 * access to its files, damage).  Returns 0 when open. */
struct hamyar_opts;
int tui_identity_open_verb(const struct hamyar_opts *o, unsigned flags, struct store **st);
/* Says on stderr that a verb stopped on a page of the database at path
 * that could not be read, to run verify and to restore the last backup
 * (the sentence of a damaged page that stops LMDB): for a table read as
 * fewer records than it holds (STORE_ECORRUPT of a whole walk). */
void tui_identity_damaged(const char *path);

/* The sentence for store code rc (store.h), in the current language. */
const char *tui_store_strerror(int rc);

/* The sentence for a system error number (errno), in the current language:
 * strerror's texts are English whatever the locale, as the program runs
 * under C.UTF-8. */
const char *tui_errno_text(int e);

/* Returns the county name of code in the current language (the code itself
 * if unknown).  Static. */
const char *tui_county_name(const char *code);

#endif
