/*
 * tui/bundle.h — signed sync bundles (SPEC §10): this station's key, the
 * trusted keys of peers, making a bundle for a peer and importing one.
 *
 * A bundle is UTF-8 text, one item per line, signed as a whole:
 *
 *   hamyar-bundle 2         (1: a bundle of an older program, still read;
 *                           it has no tip, acktip, restored or heard line)
 *   from STATION            the station that made it
 *   to PEER                 the station it is for
 *   key HEX                 the maker's Ed25519 public key (64 hex digits)
 *   since N                 it holds the maker's changes after seq N ...
 *   upto M                  ... up to seq M
 *   ack K                   the maker holds PEER's changes up to PEER's seq K
 *   tip VERSION             the version of the maker's change M ("0@": none)
 *   acktip VERSION          PEER's change K as PEER named it in the bundle
 *                           that told the maker of it ("0@": not known)
 *   restored S              0, or the maker's stamp of when it last found its
 *                           log behind what a peer held of it (restored from
 *                           a backup): PEER, the first time it sees S, takes
 *                           the maker's numbers as they are and sends back
 *                           its own changes too
 *   heard H                 PEER's last such stamp the maker acted on
 *   changes C
 *   c KIND ID VERSION BASE DELETED<TAB>FIELDS        (C lines)
 *   resolved R
 *   x KIND ID VERSION STATE [BY KEPT]
 *                           (R lines: conflicts resolved, store_sync_settle;
 *                           BY the station that decided, KEPT "queued",
 *                           "other" or "merged": what it kept, the same at
 *                           every database, where STATE is in BY's words;
 *                           a program before this one refuses the two
 *                           words: HQ and its stations are upgraded together)
 *   imported I              (optional: not in bundles of older programs)
 *   i KIND b|c DIGEST TIME ROWS STATION<TAB>LOGIN
 *                           (I lines: the files imported at STATION, by the
 *                           digest of their bytes or content; see bundle.c)
 *   rank VERSION<TAB>WEIGHTS<TAB>MATRIX
 *                           the province's ranking (store_rank_shared), when
 *                           the maker has one saved or received; optional
 *   sig HEX                 Ed25519 signature (crypto_sign_detached) of every
 *                           byte before this line
 *
 * VERSION and BASE are "HLC@STATION" (core/hlc.h); FIELDS is
 * store_sync_record_encode's text.  Importing checks, before anything is
 * applied, that the maker is trusted (`sync trust`) with exactly the key
 * named, that the signature is good, that the whole text parses and that it
 * is addressed to this station; then applies every change in one write
 * transaction (store/sync.h), so a bundle is applied whole or not at all.
 *
 * Watermarks: "since" is what the peer has acknowledged of our log (its
 * last bundle's "ack"); a bundle whose "since" is not past what we already
 * hold from its maker moves our "recv" for it to "upto"; its "ack" moves
 * our "acked" for it, but never past the end of our own change log, and (a
 * bundle of version 2) only if our change K is the version acktip names:
 * otherwise this database is behind what the maker holds of it (restored
 * from a backup) and notes a stamp that its later bundles carry as
 * "restored".  A bundle with a "restored" stamp newer than the last one
 * heard from its maker sets our numbers for it as the bundle says them
 * (both may go down); one whose "heard" is older than our own last stamp
 * moves neither.  Changes that originated at the peer are not sent back to
 * it, but for those in our log up to where it was when we heard that the
 * peer was restored (see "where two logs stand" in bundle.c).  A record
 * made here that never went into a bundle and meets, under its number,
 * another record's creation is made again under a new number, and our
 * versions under the old one never go out; a restored database's bundle
 * to a peer that has not heard of the restore stops before its first new
 * record not yet sent ("numbers taken" in bundle.c).  Numbers past
 * 2^64 - 1, stamps past CORE_HLC_MAX, and change lines with other than the
 * five words above (DELETED is 0 or 1), an ID that is not STATION-N with
 * N from 1 to 10^15, bytes that are not UTF-8, or a
 * field value this program has no meaning for (a choice, set bit, flag or
 * date out of range) make a bundle malformed.
 */
#ifndef TUI_BUNDLE_H
#define TUI_BUNDLE_H

#include <stddef.h>
#include <stdint.h>

#include "core/access.h"
#include "core/record.h"
#include "store/store.h"

#define TUI_BUNDLE_EFORMAT   (-101)	/* not a bundle, or malformed */
#define TUI_BUNDLE_EBADSIG   (-102)	/* signature does not match */
#define TUI_BUNDLE_EUNTRUSTED (-103)	/* maker not trusted, or another key */
#define TUI_BUNDLE_ENOTFORUS (-104)	/* addressed to another station */
#define TUI_BUNDLE_ECRYPTO   (-105)	/* libsodium could not start */
#define TUI_BUNDLE_EKEY	     (-106)	/* malformed public key text */
#define TUI_BUNDLE_ESELF     (-107)	/* sync trust: this database's own station */
#define TUI_BUNDLE_ETRUSTED  (-108)	/* sync trust: the station has another key */
#define TUI_BUNDLE_ETOSELF   (-109)	/* sync export: to this database's own station */
#define TUI_BUNDLE_EKEYUSED  (-110)	/* sync trust: the key speaks for another station */
#define TUI_BUNDLE_EUSER     (-111)	/* import: a user account in it (users are
					   each station's own, never synced: a
					   signed bundle must not demote or remove
					   the owner or an admin) */
#define TUI_BUNDLE_ENEWER    (-112)	/* import: "hamyar-bundle N" of a version
					   this program does not know (a newer
					   program made it) */
/* Other codes are STORE_* codes. */

#define TUI_KEY_HEX 65		/* 64 hex digits and NUL */

/* 1 if the file at path begins as a bundle of any version does
 * ("hamyar-bundle N"): an earlier bundle, which sync export --out writes
 * over as backup writes over an earlier backup. */
int tui_bundle_file(const char *path);
/* The maker and the addressee a bundle at path names in its header (read,
 * not trusted: for what sync export --out and sync import FOLDER say of a
 * bundle already there).  1, or 0 if path holds no such header. */
int tui_bundle_file_ends(const char *path, char from[CORE_STATION_MAX + 1],
    char to[CORE_STATION_MAX + 1]);
/* 1 if the bundle at path is addressed to this database's station and
 * this database has taken every change in it (its maker's "upto", against
 * what was received from the maker): a bundle imported here already,
 * which sync export --out may write over (read, not trusted: nothing is
 * lost if it lies, the maker's next bundle carries the same). */
int tui_bundle_file_here(struct store *st, const char *path);

/* Returns a static English description of a TUI_BUNDLE_* or STORE_* code. */
const char *tui_bundle_strerror(int code);

/* Copies this station's public key (hex) into hex, making the key pair and
 * storing it in the settings on first use.  Returns 0 or a code. */
int tui_sync_key(struct store *st, char hex[TUI_KEY_HEX]);

/* Replaces this station's key pair with a new one (the old secret lost
 * with a backup), in one write transaction: nothing half-written on
 * failure; the public key's change is audited.  Bundles made from then on
 * are signed with the new key, which every peer must trust anew.  The
 * caller checks that the user is the administrator.  Copies the new public
 * key into hex.  Returns 0 or a code. */
int tui_sync_key_new(struct store *st, char hex[TUI_KEY_HEX]);

/* Trusts station's public key hex (64 hex digits, any case).  The code is
 * taken in upper case ("mrd" is MRD).  A station already trusted with
 * another key keeps it unless replace is nonzero (a new key would let
 * whoever holds it speak for that station); the same key again changes
 * nothing.  The write is audited (setting sync.trust.STATION, old and new
 * key).  Returns 0, STORE_EINVAL (bad station code), TUI_BUNDLE_EKEY,
 * TUI_BUNDLE_ESELF (this database's own station), TUI_BUNDLE_ETRUSTED
 * (another key is trusted and replace is 0), TUI_BUNDLE_EKEYUSED (the key
 * is this database's own or is trusted for another station: one key
 * speaks for one station; tui_sync_key_holder names it), or a store code. */
int tui_sync_trust(struct store *st, const char *station, const char *hex, int replace);
/* tui_sync_trust, and *replaced (if not NULL) 1 when the station had
 * another key trusted: a station installed afresh, whose numbers here are
 * forgotten (store_sync_peer_reset), so that the next bundle for it
 * carries this database's whole log, its own records too. */
int tui_sync_trust_replaced(struct store *st, const char *station, const char *hex, int replace,
    int *replaced);

/* The station key hex (any case) speaks for at this database, other than
 * except (may be NULL): this database's own station for its own key, else
 * the station it is trusted for.  Returns 1 with the code in out
 * (CORE_STATION_MAX + 1 bytes), 0 if none, or a code. */
int tui_sync_key_holder(struct store *st, const char *hex, const char *except, char *out);

/* Whether key hex (any case) was trusted here for station and replaced
 * by another (`sync trust --replace`): as the audit log says, the time of
 * its last replacement into *when.  Returns 1, 0 if not (or the log does
 * not hold it), or a store code. */
int tui_sync_key_replaced(struct store *st, const char *station, const char *hex,
    int64_t *when);

/* Makes a signed bundle for peer with every change peer has not
 * acknowledged.  *out is new (caller frees), *len its length, *nchanges
 * (may be NULL) the number of changes in it.  Returns 0, TUI_BUNDLE_ETOSELF
 * (peer is this station), or a code. */
int tui_bundle_make(struct store *st, const char *peer, char **out, size_t *len,
    size_t *nchanges);

/* Whether a new key is trusted for peer (`sync trust --replace`) and no
 * bundle signed with it has come yet: the station may be the same
 * database (its key made anew) or one installed afresh, which cannot be
 * told, so a bundle made for it now carries this database's whole log
 * (tui_bundle_make), its own records too.  Returns 1 with, in *lacks, how
 * many of those changes the same database would lack (those it had not
 * acknowledged before, its own left out, users aside), 0 if not so (or
 * nothing of ours was acknowledged then: everything goes either way), or
 * a store code. */
int tui_bundle_rekey_pending(struct store *st, const char *peer, size_t *lacks);

/* A station whose new key has signed nothing here yet
 * (tui_bundle_rekey_pending) says, over `sync push`'s ssh, that it holds
 * our change log up to recv: whether it is the same database or one
 * installed afresh, the next bundle for it need not carry what it holds,
 * so what it acknowledged is raised to that (never past our log's end;
 * nothing is done where no numbers are set aside for it, or where this
 * database was ever restored from a backup, whose log before the restore
 * is not this one).  Returns 0 or a store code. */
int tui_bundle_peer_holds(struct store *st, const char *peer, uint64_t recv);

/* 1 if a key is trusted for station (any case), else 0. */
int tui_sync_trusted(struct store *st, const char *station);

/* A station trusted here and where the two stand: what the keys screen
 * and `sync status` show. */
struct tui_sync_peer {
	char code[CORE_STATION_MAX + 1];
	char key[TUI_KEY_HEX];	/* as trusted (cut if not of a key's length) */
	uint64_t recv;		/* its changes held here, up to its number */
	uint64_t acked;		/* ours it has acknowledged, up to our number */
	int64_t in;		/* when its last bundle was imported here
				   (seconds; 0: never, or before this was kept) */
	int64_t out;		/* when the last bundle for it was made here */
};

/* The stations trusted here, in code order, into *out (*n of them; caller
 * frees *out), and our change log's last number into *last, in one read.
 * Returns 0, STORE_ENOMEM or a store code (*out NULL, *n 0). */
int tui_sync_peers(struct store *st, struct tui_sync_peer **out, size_t *n, uint64_t *last);

/* Records that data, a bundle this station made, was imported by its
 * addressee (a `sync push` whose remote import succeeded): the peer now
 * holds our changes up to its "upto", so the next bundle starts there.
 * Returns 0, TUI_BUNDLE_EFORMAT, or a store code. */
int tui_bundle_delivered(struct store *st, const char *data, size_t len);

/* A unit whose county the bundle changed here (its version in use after
 * the import names another county than before it): its needs, whose
 * county is their unit's, left one county's lists, sums and ranking for
 * the other's, and the one who imports is told, as the unit form and
 * `import units` tell the one who moves it. */
#define TUI_BUNDLE_MOVES 16	/* moves kept to be named; more are counted */
struct tui_bundle_move {
	char need[CORE_ID_MAX];	/* "": a unit moved; else a need whose unit
				   the bundle changed to one of another
				   county (unit its new unit, name its
				   title, needs 1) */
	char unit[CORE_ID_MAX];
	char name[160];		/* the unit's name (cut short if long) */
	char from[CORE_COUNTY_MAX], to[CORE_COUNTY_MAX];	/* county codes */
	long needs, open;	/* its needs now, and those of them open */
};

struct tui_bundle_stats {
	char from[CORE_STATION_MAX + 1];	/* the maker, as the bundle names
					   it ("" if not even that could be
					   read); set on refusal too, so a
					   message can name it */
	char to[CORE_STATION_MAX + 1];	/* the addressee, likewise */
	int other_key;		/* TUI_BUNDLE_EUNTRUSTED: a key is trusted for
				   the maker, and the bundle names another */
	int cut;		/* TUI_BUNDLE_EFORMAT: it begins as a bundle but
				   its last line, the signature, is missing (a
				   copy that stopped part way) */
	size_t changes;		/* in the bundle */
	size_t applied;		/* plain updates and new records ... */
	size_t applied_kind[CORE_NKINDS];	/* ... by kind of record */
	size_t skipped;		/* already here or older */
	size_t conflicts;	/* queued (won, lost, duplicates) and still
				   open once the whole bundle is applied */
	size_t settled;		/* queued, but closed by a decision that came
				   in the same bundle (made at another
				   database): nothing to decide here */
	size_t decided;		/* records whose conflicts waited here before
				   the bundle and that its decisions (made at
				   another database) closed */
	int rank;		/* it brought the province's ranking (weights
				   and AHP matrix) newer than this one's, now
				   taken here */
	uint64_t ahead_ms;	/* how far its newest change's stamp is past
				   this machine's clock (0: not past it): a
				   station whose clock runs ahead, whose
				   versions win over newer edits elsewhere */
	char ahead_by[CORE_STATION_MAX + 1];	/* the station that made
						   that change */
	uint64_t ahead_at_ms;	/* that stamp's wall-clock time */
	int peer_restored;	/* the maker found its log behind ours of it
				   (restored from a backup): its numbers were
				   taken as they are, and the next bundle for it
				   gives back its own changes it no longer has */
	int rekeyed;		/* the first bundle signed with the key trusted
				   for its maker with sync trust --replace: 1
				   it goes on from the log its old key signed
				   (the key made anew): its numbers here, set
				   aside then, are back; 2 a new log (installed
				   afresh): they stay forgotten; 0 neither */
	char key[TUI_KEY_HEX];	/* the key the bundle names (set on refusal
				   too: other_key, a key once trusted here) */
	int from_backup;	/* this database was restored from a copy made
				   by `backup`, noticed now: its bundles ask
				   for the changes made since */
	size_t nrenumbered;	/* records made here that met one of the
				   bundle's under their number, and were
				   renumbered (bundle.c, "numbers taken") */
	char renumbered[512];	/* "TBZ-4 → TBZ-8, ..." (cut short if long) */
	size_t napart;		/* of the conflicts, records whose incoming
				   creation met another record here under its
				   number: two records made apart (a station
				   installed afresh), no decision keeps both */
	char apart[512];	/* "TBZ-1, TBZ-2" (cut short if long) */
	size_t ndup;		/* of the conflicts, records listed as suspected
				   duplicates of another record (one national or
				   legal id in both): both kept here, applied,
				   until a decision retires one */
	int behind;		/* the maker holds changes of ours that this
				   database no longer has (restored from a
				   backup): the next bundle for it asks for
				   them back */
	size_t nmoved;		/* units with needs that moved to another
				   county, in the bundle's order ... */
	struct tui_bundle_move moved[TUI_BUNDLE_MOVES];	/* ... the first
							   TUI_BUNDLE_MOVES */
};

/* What `sync conflicts` and the conflict screen say of a conflict whose two
 * versions are two records made apart under one number
 * (store_sync_conflict_apart): a msgid, for _(). */
extern const char tui_conflict_apart_text[];

/* Whether conflict c's two versions were made in two databases of one
 * station (installed afresh, or restored from a backup): the versions the
 * entry was made with carry one station's code, and so do the two shown,
 * mine and theirs (store_sync_conflict_versions; self is this database's
 * station, an empty origin this station's).  One database makes each
 * version of a record on the one in use there, and a conflict has the
 * same winner everywhere, so two versions of one code that neither
 * descends from come from two databases: "changed at TBZ and at TBZ"
 * would say nothing.  The station's code into station (CORE_STATION_MAX
 * + 1 bytes, "" if not).  Returns 1 or 0 (a duplicate, two records: 0). */
struct store_conflict;
int tui_conflict_one_station(const struct store_conflict *c, const struct core_version *mine,
    const struct core_version *theirs, const char *self, char *station);

/* Checks a bundle (see above) and, if every check passes, applies it whole.
 * progress (may be NULL) is called with (done, total) now and then.
 * Returns 0 or a code; on any failure nothing is applied. */
int tui_bundle_import(struct store *st, const char *data, size_t len,
    struct tui_bundle_stats *stats, void (*progress)(size_t done, size_t total));

#endif
