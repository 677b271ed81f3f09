/*
 * store/sync.h — the store side of offline sync (SPEC §10): applying record
 * versions that came from another station, the conflict queue, per-peer
 * watermarks, trusted keys, and a text encoding of records for bundles.
 *
 * Built only on the public store API (store/store.h) and core/merge.h:
 *
 *   - Applying a remote version asks core_merge_decide, with the store's
 *     version history as the ancestry, whether it is old news, a plain
 *     update, or concurrent with the local version.  Concurrent versions:
 *     the newer (hlc, then station code) is the record; the other is kept in
 *     the conflict queue until a person resolves it.  Nothing is dropped.
 *   - A version already applied, or already queued, is skipped, so importing
 *     a bundle twice changes nothing.
 *   - The queue and the per-peer state are settings under "sync." (the store
 *     reserves that prefix for this module):
 *       sync.key.public, sync.key.secret        this station's Ed25519 key (hex)
 *       sync.trust.STATION                      a trusted station's public key (hex)
 *       sync.peer.STATION.acked                 our change seq the peer has
 *       sync.peer.STATION.recv                  the peer's change seq we have
 *       sync.peer.STATION.tip                   "N VERSION": the version of the
 *                                               peer's change N, as it said
 *       sync.peer.STATION.own                   our change seq up to which the
 *                                               peer's own changes go back to it
 *       sync.peer.STATION.heard                 the peer's last "restored" stamp
 *                                               acted on
 *       sync.peer.STATION.told                  our last "restored" stamp the peer
 *                                               said it acted on
 *       sync.peer.STATION.before                its numbers set aside when a new
 *                                               key was trusted for it, until its
 *                                               first bundle signed with that key
 *                                               (store_sync_peer_rekey)
 *       sync.peer.STATION.keyed                 "same KEY" or "fresh KEY": what
 *                                               its first bundle signed with KEY
 *                                               said (store_sync_peer_keyed)
 *       sync.peer.STATION.in, .out              "SECONDS TAG": when the last
 *                                               bundle from / for the peer passed
 *                                               (store_sync_peer_stamp)
 *       sync.restored                           a stamp: when this database last
 *                                               found itself restored from a backup
 *       sync.sent                               how far our log went into bundles
 *       sync.renum.KIND.ID                      our versions of ID up to this change
 *                                               stay here (renumbered)
 *       sync.backup                             set in a copy made by `backup`
 *     (tui/bundle.c says how they are used.)
 *       sync.conflict.KIND.ID.VERSION           a queued version (see below)
 *   - Resolving a conflict (keep mine, keep theirs, or field by field) writes
 *     the chosen content as a new local version (newer than both sides), so
 *     it reaches every peer like any edit; the queue entry is then marked
 *     resolved, never deleted, so a re-imported bundle stays a no-op.
 *   - A queued version is the same at every database (the loser of two
 *     concurrent versions is the older one everywhere), so a resolution made
 *     at one database travels in bundles as "version V of record R settled"
 *     and closes the same entry at the others (store_sync_settle).
 *   - Two records holding one unique value (the same person registered at
 *     two stations while apart) are both applied everywhere, and the later
 *     one is queued as a suspected duplicate of the earlier one (dup,
 *     holder).  Settling it keeps one record and retires the other (inactive,
 *     the shared value cleared) by ordinary edits, which close the entry
 *     wherever they arrive (store_sync_recheck).  See store/sync.c.
 */
#ifndef STORE_SYNC_H
#define STORE_SYNC_H

#include <stddef.h>
#include <stdint.h>

#include "core/hlc.h"
#include "core/record.h"
#include "store/store.h"

/* What store_sync_apply did. */
enum store_sync_outcome {
	STORE_SYNC_SKIPPED,	/* already known, or older than what is here */
	STORE_SYNC_APPLIED,	/* a plain update or a new record */
	STORE_SYNC_WON,		/* concurrent; remote won, the local version queued */
	STORE_SYNC_LOST,	/* concurrent; local won, the remote version queued */
	STORE_SYNC_DUP		/* remote holds a unique value (national id...) of
				   another local record: applied, and the pair
				   queued as a suspected duplicate */
};

/* Applies version meta of record r (from a bundle) in the write transaction
 * t, per core/merge.h, and stores what happened in *outcome.  r is not
 * consumed.  Returns 0 or a STORE_* code (fatal to the transaction). */
int store_sync_apply(struct store_txn *t, struct core_record *r,
    const struct store_meta *meta, enum store_sync_outcome *outcome);

/* A bundle is applied as a whole, as the import that made it at its
 * station was (store_txn_defer_unique, each change's number as the tag):
 * a record may take a national id that a later change of the bundle gives
 * up (two records swapped, a cycle of three), so store_sync_apply does not
 * see a duplicate then (its outcome is STORE_SYNC_APPLIED).  A value still
 * indexed to another record, holder, once every change is applied
 * (store_unique_settle) is one: version meta of r is then kept with it
 * (the entry stays the holder's; the settling callback returns 1) and the
 * pair queued as a suspected duplicate here, as store_sync_apply does at
 * once in a transaction without the deferred check (STORE_SYNC_DUP).
 * Returns 0 or a STORE_* code. */
int store_sync_dup(struct store_txn *t, const struct core_record *r,
    const struct store_meta *meta, const char *holder);

/* ---- the conflict queue ---- */

enum store_conflict_state { STORE_CONFLICT_OPEN, STORE_CONFLICT_MINE,
	STORE_CONFLICT_THEIRS, STORE_CONFLICT_MERGED,
	STORE_CONFLICT_SUPERSEDED	/* its author's newer version came: not a
					   decision, never sent in bundles */
};

/* What a decision kept, in the same terms at every database: a decided
 * entry's state (mine, theirs) is in the words of the database that
 * decided, whose "mine" may be the version queued everywhere or the
 * other one. */
enum store_kept { STORE_KEPT_UNKNOWN,
	STORE_KEPT_QUEUED,	/* the version queued (set aside, the same
				   everywhere) */
	STORE_KEPT_OTHER,	/* the other version, the one in use then */
	STORE_KEPT_MERGED	/* a mixture of the two */
};

/* The name of k in queue entries and bundles ("queued", "other",
 * "merged"; "" for unknown), and back (-1 if none). */
const char *store_kept_name(enum store_kept k);
int store_kept_from_name(const char *s);

struct store_conflict {
	char key[128];			/* its setting name (identifies it) */
	enum core_kind kind;
	char id[CORE_ID_MAX];
	struct store_meta local;	/* the local version at conflict time */
	struct store_meta remote;	/* the incoming version */
	int loser_is_local;		/* 1: local lost (queued), remote applied */
	int dup;			/* a unique value (national id...) shared with
					   another record */
	char holder[CORE_ID_MAX];	/* dup: that other record (empty in entries
					   of older programs, whose remote version
					   was refused, not applied) */
	enum store_conflict_state state;
	char by[CORE_STATION_MAX + 1];	/* closed by a decision: the station
					   that made it ("" not known: an entry
					   of an older program, or one closed by
					   an edit or superseded) */
	enum store_kept kept;		/* what that decision kept, whatever
					   the words of its station's sides */
	struct core_record *loser;	/* the queued (losing) version; owned */
};

/* Frees what c owns (not c); safe on a zeroed struct. */
void store_conflict_done(struct store_conflict *c);

/* What a decision of state st on entry c, made at the database that holds
 * c, kept (STORE_KEPT_UNKNOWN for open and superseded). */
enum store_kept store_conflict_kept(const struct store_conflict *c,
    enum store_conflict_state st);

/* Calls fn for each queued conflict (open ones only unless all), in key
 * order (kind, id, version).  c is valid during the call only.  Stops when
 * fn returns nonzero and returns that.  Returns 0 or a STORE_* code. */
int store_sync_conflicts(struct store_txn *t, int all,
    int (*fn)(const struct store_conflict *c, void *ctx), void *ctx);

/* The records that have an open conflict queued under them, or are the
 * earlier record of an open duplicate entry (queued under the later one),
 * found in one pass over the queue (a bundle asks about thousands).
 * store_sync_open_set returns 0, STORE_ENOMEM or a store code; free the
 * set with store_open_set_free. */
struct store_open_set;
int store_sync_open_set(struct store_txn *t, struct store_open_set **out);
int store_open_set_has(const struct store_open_set *s, enum core_kind k, const char *id);
void store_open_set_free(struct store_open_set *s);

/* Builds the two sides of conflict c as records: *mine (what this database
 * had) and *theirs (what came in).  The winning side is the record as
 * stored now.  Caller frees both.  Returns 0 or a STORE_* code. */
int store_sync_conflict_sides(struct store_txn *t, const struct store_conflict *c,
    struct core_record **mine, struct core_record **theirs);

/* The versions of conflict c's two sides as store_sync_conflict_sides
 * builds them, into *mine and *theirs, so a heading names the station each
 * came from: the version queued (the local one at conflict time, or the
 * incoming one) for the side that lost; for the side that is the record as
 * stored now, its version now, which may be a third station's that won
 * here since (at HQ, TBZ's entry weighed against MRG's newer version), or
 * for mine an edit made here.  self is this database's station: an edit
 * made here on the incoming side leaves theirs the incoming version.  A
 * duplicate's are c->local and c->remote.  Returns 0 or a STORE_* code. */
int store_sync_conflict_versions(struct store_txn *t, const struct store_conflict *c,
    const char *self, struct core_version *mine, struct core_version *theirs);

/* The record as the two sides of conflict c last agreed on it (the last
 * version both histories share, core_merge_common), into *base (caller
 * frees): a field that differs there from one side only was changed by
 * that side only.  Returns 1, 0 when it cannot be told (a duplicate, a
 * history this database does not hold, a version written before format 8),
 * or a STORE_* code. */
int store_sync_conflict_base(struct store_txn *t, const struct store_conflict *c,
    struct core_record **base);

/* Whether conflict c's two versions are two records made apart under one
 * number (a station installed afresh that typed a record under a number
 * HQ holds for another): the chains of both versions, as this database
 * knows them, run back to two different creations.  Returns 1, 0 if not
 * or if it cannot be told (a duplicate, a history not held here), or a
 * STORE_* code. */
int store_sync_conflict_apart(struct store_txn *t, const struct store_conflict *c);

/* Which fields each side of conflict c changed since the two last agreed
 * (store_sync_conflict_base): *mine_ch and *theirs_ch, the bits of the
 * fields in which mine and theirs (store_sync_conflict_sides) differ from
 * that version.  Returns 1, 0 when it cannot be told (both masks 0), or a
 * STORE_* code. */
int store_sync_conflict_changed(struct store_txn *t, const struct store_conflict *c,
    const struct core_record *mine, const struct core_record *theirs, unsigned *mine_ch,
    unsigned *theirs_ch);

/* Who made each side's changes (mine_ch, theirs_ch: the fields each side
 * changed since the two last agreed, store_sync_conflict_changed's): by_mine[f] and
 * by_theirs[f] (32 entries each) get the station of the newest version on
 * that side's chain that changed field f.  A side is not one station's: at
 * HQ the version set aside may be TBZ's, and the one in use MRG's with an
 * edit made here after the conflict.  Entries of no change stay "".
 * Returns 0 or a STORE_* code. */
int store_sync_conflict_by(struct store_txn *t, const struct store_conflict *c,
    unsigned mine_ch, unsigned theirs_ch,
    char (*by_mine)[CORE_STATION_MAX + 1], char (*by_theirs)[CORE_STATION_MAX + 1]);

/* Whether each side of conflict c has the record deleted (meta.deleted:
 * kinds without an active field): *mine this database's, *theirs the
 * other's; both 0 for a duplicate.  Returns 0 or a STORE_* code. */
int store_sync_conflict_deleted(struct store_txn *t, const struct store_conflict *c, int *mine,
    int *theirs);

/* Resolves the open conflicts of record id (kind k), in a write transaction:
 * the record becomes mine with the fields whose bit is set in take_theirs
 * replaced by theirs (0: keep mine; all bits: keep theirs), written as a new
 * local version if it differs from what is stored.  state is what the
 * queue entries record.  If id is queued as a duplicate of an earlier
 * record (dup, holder), the two records are settled instead: mine keeps the
 * earlier one (with the take_theirs fields from id, the id field excepted),
 * theirs (state STORE_CONFLICT_THEIRS) keeps id; the other is retired
 * (active = 0, the unique values it shares with the kept one cleared).
 * A mixture (state STORE_CONFLICT_MERGED) with an error neither side had
 * (a payment checked against the pledge it names, each side against its
 * own) is refused: STORE_EINVAL, store_txn_why giving the field, the
 * enum core_msg and the finding's arg (a pledge's date), nothing written.
 * Returns 0, STORE_ENOTFOUND (no open conflict), STORE_EINVAL, or a
 * STORE_* code from the write (STORE_EDUP, ...). */
int store_sync_resolve(struct store_txn *t, enum core_kind k, const char *id,
    unsigned take_theirs, enum store_conflict_state state);

/* store_sync_resolve, and with STORE_RESOLVE_FOLD in flags, for a record
 * with several waiting versions (three databases edited it while apart),
 * also keeps each older entry's own changes: a field that version alone
 * changed since it last agreed with the record in use, and that the
 * decision leaves as it was then, takes its value (`sync resolve ID
 * merge`, the conflict screen's F4 with the marks as they start).  Without
 * it, only the newest incoming version's two sides are weighed.  With
 * STORE_RESOLVE_MERGE (the user asked for a merge), the audit log records
 * the decision as merged even when the result is one side's version whole
 * (state STORE_CONFLICT_MINE, as the queue keeps it), with a "result" line
 * naming that side. */
#define STORE_RESOLVE_FOLD  1
#define STORE_RESOLVE_MERGE 2
int store_sync_resolve_fold(struct store_txn *t, enum core_kind k, const char *id,
    unsigned take_theirs, enum store_conflict_state state, int flags);

/* store_sync_resolve for one waiting version only: the open entry whose
 * setting name (store_conflict.key) is key, of record id (kind k).  Its
 * two sides are the version it set aside and the record as stored now
 * (store_sync_conflict_sides), so a record with several waiting versions
 * (three databases edited it while apart) is decided one version at a
 * time, each against what the decisions before it made; the record's
 * other entries stay open, and each decision travels in bundles as the
 * settlement of its own version.  A duplicate entry (dup, holder) is
 * settled as store_sync_resolve settles it.  flags: STORE_RESOLVE_MERGE
 * (the audit log says merged, as store_sync_resolve_fold); FOLD is
 * ignored (the other entries stay open).  Returns 0, STORE_ENOTFOUND
 * (no open entry of that name), STORE_EINVAL, or a STORE_* code from the
 * write. */
int store_sync_resolve_entry(struct store_txn *t, enum core_kind k, const char *id,
    const char *key, unsigned take_theirs, enum store_conflict_state state, int flags);

/* Settles the queued version v of record id (kind k) as decided at another
 * database (a resolution that came in a bundle): an open entry takes state;
 * with no entry, one is made holding only the decision, so v is skipped if
 * it arrives later.  An entry already resolved here is left as it is.
 * Returns 0 or a STORE_* code. */
int store_sync_settle(struct store_txn *t, enum core_kind k, const char *id,
    const struct core_version *v, enum store_conflict_state state);
/* store_sync_settle, noting the station that decided (by, "" not known)
 * and what its decision kept, so that each database can say it in its
 * own words (a decision of TBZ's "mine" may be HQ's "theirs"). */
int store_sync_settle_by(struct store_txn *t, enum core_kind k, const char *id,
    const struct core_version *v, enum store_conflict_state state, const char *by,
    enum store_kept kept);

/* Closes the open duplicate entries whose two records no longer share a
 * unique value (one was settled by an edit here or at another database),
 * state "mine" if the earlier record kept the value, "theirs" if the later
 * did, and lets the one that holds it take its unique index entry.  Run
 * after applying a bundle.  Returns 0 or a STORE_* code. */
int store_sync_recheck(struct store_txn *t);

/* Returns the state named s ("open", "mine", "theirs", "merged",
 * "superseded"), or -1;
 * and the name of state st. */
int store_conflict_state_from_name(const char *s);
const char *store_conflict_state_name(enum store_conflict_state st);

/* ---- per-peer numbers ---- */

/* Reads the number setting sync.peer.PEER.WHAT (what: "acked" or "recv"),
 * 0 if unset.  Returns 0 or a STORE_* code. */
int store_sync_peer_get(struct store_txn *t, const char *peer, const char *what, uint64_t *v);

/* Raises sync.peer.PEER.WHAT to v (never lowers it).  Returns 0 or a code. */
int store_sync_peer_raise(struct store_txn *t, const char *peer, const char *what, uint64_t v);

/* Sets sync.peer.PEER.WHAT to v, lower or higher (a peer restored from a
 * backup holds less than it did).  Returns 0 or a code. */
int store_sync_peer_set(struct store_txn *t, const char *peer, const char *what, uint64_t v);

/* Forgets the numbers of PEER (as if it had never exchanged a bundle with
 * this database): for a station installed afresh (a new key trusted with
 * `sync trust --replace`), whose new change log starts again from 1 and
 * which holds nothing of ours, nor of its own: "own" is set to our log's
 * end, so the peer's own changes up to there go back to it whatever its
 * first bundle says (it may send before it imports).  The dates of the
 * last bundles (store_sync_peer_when) are kept.  Returns 0 or a code. */
int store_sync_peer_reset(struct store_txn *t, const char *peer);

/* A new key trusted for PEER (`sync trust --replace`): a station installed
 * afresh, or the same database whose key was made anew (`sync key --new`),
 * which cannot be told from the key.  Its numbers are set aside in
 * sync.peer.PEER.before ("NAME VALUE" lines; kept as they are if some are
 * there already, a key replaced twice before any bundle came) and then
 * forgotten (store_sync_peer_reset), so that a bundle made for it before
 * its own next one comes carries everything, which a station installed
 * afresh needs and the same database takes without change.  Returns 0 or
 * a code. */
int store_sync_peer_rekey(struct store_txn *t, const char *peer);

/* PEER's first bundle signed with its new key came: with same nonzero
 * (the bundle goes on from the log its old key signed), the numbers set
 * aside by store_sync_peer_rekey are put back, else they stay forgotten;
 * either way the aside is dropped.  Returns 1 if there was one, 0 if not,
 * or a code. */
int store_sync_peer_before(struct store_txn *t, const char *peer, int same);

/* What PEER's first bundle signed with key (hex, any case) said of it,
 * as store_sync_peer_before noted it (sync.peer.PEER.keyed): for a
 * restore of a backup made before key was trusted, which puts key back
 * (tui/verb_store.c).  Returns STORE_KEYED_SAME (the same database, its
 * key made anew: its numbers were put back), STORE_KEYED_FRESH (a station
 * installed afresh: they stayed forgotten), 0 if not known (no such
 * bundle came, or one signed with another key), or a code. */
#define STORE_KEYED_SAME  1
#define STORE_KEYED_FRESH 2
int store_sync_peer_keyed(struct store_txn *t, const char *peer, const char *key);

/* The number WHAT ("recv", "acked"...) as store_sync_peer_rekey set it
 * aside, into *v (0 if not there).  Returns 1 if numbers are set aside
 * for PEER, 0 if not, or a code. */
int store_sync_peer_before_num(struct store_txn *t, const char *peer, const char *what,
    uint64_t *v);

/* When a bundle last passed between this database and a peer, by this
 * machine's clock (seconds since the epoch): the last one imported from
 * it (STORE_SYNC_IN), the last one made for it (STORE_SYNC_OUT), so that
 * HQ sees which station has been silent for how long.  Settings
 * sync.peer.STATION.in and .out, "SECONDS TAG". */
enum store_sync_way { STORE_SYNC_IN, STORE_SYNC_OUT };

/* Notes that a bundle passed at when.  tag (may be NULL or "") names the
 * bundle (its signature): a bundle imported again with the tag already
 * noted changes nothing, so the date stays that of its first import.
 * Returns 0, STORE_EINVAL (peer not a station code, or a tag with a space
 * or longer than 64 bytes), or a store code. */
int store_sync_peer_stamp(struct store_txn *t, const char *peer, enum store_sync_way way,
    int64_t when, const char *tag);

/* Reads the time of the last bundle each way into *when, 0 if none has
 * passed (or the setting is not this program's).  Returns 0, STORE_EINVAL
 * or a store code. */
int store_sync_peer_when(struct store_txn *t, const char *peer, enum store_sync_way way,
    int64_t *when);

/* ---- record text for bundles ---- */

/* Encodes r's set fields as "name=value" joined by tabs; text values with
 * backslash, tab, CR and LF escaped (\\ \t \r \n); numeric values as the
 * decimal number.  *out is new (caller frees).  Returns 0 or STORE_ENOMEM. */
int store_sync_record_encode(const struct core_record *r, char **out);

/* Decodes text from store_sync_record_encode into a new record of kind k
 * (*out; caller frees).  Unknown field names are skipped (a newer peer).
 * Returns 0, STORE_EINVAL (malformed), STORE_ENOMEM. */
int store_sync_record_decode(enum core_kind k, const char *text, struct core_record **out);

/* Escapes (as above) or unescapes a text into a new string.  Return NULL on
 * allocation failure (or, unescaping, a bad escape).  Caller frees. */
char *store_sync_escape(const char *text);
char *store_sync_unescape(const char *text, size_t len);

#endif
