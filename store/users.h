/*
 * store/users.h — the users table and the enforcement of the access
 * policy (SPEC §11) at the store's single write path.
 *
 * Who is asking is decided above the store (tui/identity.c: the Unix login
 * of the real uid, and whether that uid owns the database directory).  Here:
 *
 *   - store_users_resolve turns that login into a role and county scope from
 *     the user records (kind CORE_USER, keyed by login).  The owner of the
 *     database is its admin (SPEC §11) whether or not it is in the table.
 *     A login not in the table is refused; while the table is empty only
 *     the owner gets in.
 *   - store_users_enforce makes every later write through that store handle
 *     pass core_access_check: record writes (create, update, deactivate,
 *     sync apply — TUI forms, verbs, CSV import and bundle import all end in
 *     the store's one write function), and setting writes and deletions:
 *     ranking ("rank.*": weights), sync ("sync.*"), the station's own
 *     ("station.*", "county.*": hq and admin), other users' settings
 *     ("user.LOGIN.*"), and any setting for an auditor.  A need's status
 *     moves only by the workflow's steps that the user's role may take
 *     (core/workflow.h), except in a version from another station (sync).  A refused write
 *     returns STORE_EACCES and nothing of the transaction is kept (the
 *     caller's store_write function returns the code); store_users_refusal
 *     says why and who may do it instead.
 *
 * The hook (store_policy_set) is general: the store calls it, when set,
 * before each record write and each setting write, inside the write
 * transaction.
 */
#ifndef STORE_USERS_H
#define STORE_USERS_H

#include <stddef.h>

#include "core/access.h"
#include "core/record.h"
#include "store/store.h"

#define STORE_LOGIN_MAX 64	/* login buffer, with NUL (store_user_set's limit) */

/* The policy hook: called with the action, the stored record (NULL for a
 * create) and the record about to be written (for a deactivation, the
 * record as it will be stored), or, for STORE_ACT_SETTING, both NULL and
 * the setting's name.  Returns 0 to allow, or a negative STORE_* code
 * (STORE_EACCES) that the write then returns with nothing written. */
typedef int (*store_policy_fn)(void *ctx, struct store_txn *t, enum store_action act,
    const struct core_record *old, const struct core_record *new_rec, const char *setting);

/* Sets st's policy hook (NULL removes it).  If ctx_free is not NULL it is
 * called on ctx when the hook is replaced or st is closed (ownership of
 * ctx passes to st).  Returns 0 or STORE_EINVAL. */
int store_policy_set(struct store *st, store_policy_fn check, void *ctx,
    void (*ctx_free)(void *ctx));

/* Called by store.c before each write (record or setting); returns 0 when
 * no hook is set.  Not for use outside store/. */
int store_policy_check(struct store_txn *t, enum store_action act,
    const struct core_record *old, const struct core_record *new_rec, const char *setting);

/* Who is using a store handle. */
struct store_identity {
	char login[STORE_LOGIN_MAX];
	struct core_actor actor;	/* role -1 while refused */
	int owner;			/* 1: this login owns the database */
	int listed;			/* 1: in the users table */
	int empty;			/* 1: the users table is empty */
	int removed;			/* 1: its user record is there, removed
					   (`user remove`) */
};

/* Reads login's user record: its role and county into *actor.  Returns 0,
 * STORE_ENOTFOUND (no such user, or deactivated), STORE_ECORRUPT, or an
 * error. */
int store_users_get(struct store_txn *t, const char *login, struct core_actor *actor);

/* Resolves login (owner: 1 if that login's uid owns the database) into *id.
 * The owner is admin.  Returns 0 when the login may use the database, or
 * STORE_EACCES when it is not in the table (id->empty tells whether the
 * table is empty, i.e. only the owner may), or a read error. */
int store_users_resolve(struct store *st, const char *login, int owner,
    struct store_identity *id);

/* Makes id the user of st: store_user_set(st, id->login) for the audit log,
 * and the access policy for every later write through st.  Returns 0,
 * STORE_EINVAL (id refused or malformed) or STORE_ENOMEM. */
int store_users_enforce(struct store *st, const struct store_identity *id);

/* Returns the decision of the last write refused on st by the policy that
 * store_users_enforce set (allowed == 1 if none), or NULL if that policy is
 * not set on st.  Static to st. */
const struct core_access *store_users_refusal(const struct store *st);

/* Returns the identity that store_users_enforce set on st, or NULL. */
const struct store_identity *store_users_identity(const struct store *st);

/* Works out the counties record r belongs to (core/access.h): reads the
 * donor, need, pledge or unit it refers to in t (a need's unit when the
 * need has no county of its own, for the need and for its pledges and
 * stages alike).  A reference to no record adds nothing and sets
 * out->missing.  Returns 0 or a read error. */
int store_record_scope(struct store_txn *t, const struct core_record *r, struct core_scope *out);

/* Asks the policy whether id may do act (weights, sync, users, audit, or
 * read of record r when r is not NULL) without writing anything.  Fills
 * *out; returns 1 if allowed, 0 if not, or a negative STORE_* code. */
int store_users_may(struct store_txn *t, const struct store_identity *id, enum core_action act,
    const struct core_record *r, struct core_access *out);

/* Asks the policy whether id may write record now, new (old NULL) or over
 * its stored version old, with every check the write itself makes (the
 * counties, a clerk's references to another county's records, a need's
 * status step) and nothing written: for a key that asks questions before
 * it writes, so that a refusal is said before any question.  Fills *out
 * (allowed, why, and who may instead); returns 1 if allowed, 0 if not,
 * STORE_EINVAL for a NULL argument, or a read error. */
int store_users_may_write(struct store_txn *t, const struct store_identity *id,
    const struct core_record *old, const struct core_record *now, struct core_access *out);

#endif
