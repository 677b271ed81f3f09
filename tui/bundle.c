/*
 * tui/bundle.c — making, checking and applying signed sync bundles.
 *
 * The format is in tui/bundle.h.  Everything that could refuse a bundle
 * (signature, trust, addressee, syntax of every line) is checked before the
 * write transaction starts; the transaction then applies the changes in the
 * order they were made at the maker, so a record's history arrives oldest
 * first and core/merge.c can see it as history rather than as conflicts.
 */
#include <errno.h>
#include <inttypes.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include "locale/catalog.h"
#include "locale/jalali.h"
#include "locale/strbuf.h"
#include "locale/text.h"
#include "store/stats.h"
#include "store/sync.h"
#include "tui/bundle.h"
#include "tui/identity.h"
#include "tui/screens.h"

/* Version 2 adds the lines tip, acktip, restored and heard (tui/bundle.h;
 * "where two logs stand" below); a bundle of version 1 is still read,
 * without them. */
#define MAGIC "hamyar-bundle 2"
#define MAGIC1 "hamyar-bundle 1"
/* The largest N of a record id "STATION-N" taken from a bundle: far more
 * than a station makes, far from 2^64, where the store's id sequence for
 * that station (moved past every id it receives) would wrap to 1 and every
 * new record there would collide with an existing one. */
#define ID_SEQ_MAX UINT64_C(1000000000000000)
#define SIG_HEX (crypto_sign_BYTES * 2)

const char tui_conflict_apart_text[] = N_("Two different records under one number (a station installed afresh): no decision keeps both; keep one, type the other again as a new record and move to it the pledges and ceremonies that were its (they name this number).");

/* A version's station, an empty origin being this database's. */
static const char *
origin_or(const struct core_version *v, const char *self)
{
	return v->origin[0] != '\0' ? v->origin : self;
}

int
tui_conflict_one_station(const struct store_conflict *c, const struct core_version *mine,
    const struct core_version *theirs, const char *self, char *station)
{
	const char *s = origin_or(&c->remote.version, self);

	station[0] = '\0';
	if (c->dup || core_version_is_zero(&c->local.version) ||
	    strcasecmp(origin_or(&c->local.version, self), s) != 0 ||
	    strcasecmp(origin_or(mine, self), s) != 0 || strcasecmp(origin_or(theirs, self), s) != 0)
		return 0;
	loc_utf8_copy(station, CORE_STATION_MAX + 1, s);
	return 1;
}

const char *
tui_bundle_strerror(int code)
{
	switch (code) {
	case TUI_BUNDLE_EFORMAT: return _("not a well-formed bundle");
	case TUI_BUNDLE_EBADSIG: return _("bad signature: the bundle was altered");
	case TUI_BUNDLE_EUNTRUSTED: return _("bundle signed with a key that is not trusted");
	case TUI_BUNDLE_ENOTFORUS: return _("bundle is addressed to another station");
	case TUI_BUNDLE_ECRYPTO: return _("cryptography library failed to start");
	case TUI_BUNDLE_EKEY: return _("malformed public key");
	case TUI_BUNDLE_ESELF: return _("a database does not trust a key for its own station");
	case TUI_BUNDLE_ETRUSTED: return _("the station already has another trusted key");
	case TUI_BUNDLE_EKEYUSED: return _("the key already speaks for another station");
	case TUI_BUNDLE_ETOSELF: return _("a bundle goes to another station, not to this one");
	case TUI_BUNDLE_ENEWER: return _("the bundle was made by a newer version of Hamyar, whose format this program does not know: install the same version here as at the station that made it, then import it again");
	case TUI_BUNDLE_EUSER: return _("the bundle carries a user account, which sync never sends: each station's users and roles are its own (its owner always its administrator); check where the bundle came from");
	default: return tui_store_strerror(code);
	}
}

static int
crypto_ready(void)
{
	return sodium_init() < 0 ? TUI_BUNDLE_ECRYPTO : 0;
}

/* ---- keys ---- */

static int
make_key(struct store_txn *t, void *ctx)
{
	unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
	char pkh[sizeof pk * 2 + 1], skh[sizeof sk * 2 + 1], *have = NULL;
	int rc;

	(void)ctx;
	rc = store_setting_get(t, "sync.key.public", &have, NULL);
	free(have);
	if (rc == 0)
		return 0;	/* another process made it first */
	if (rc != STORE_ENOTFOUND)
		return rc;
	crypto_sign_keypair(pk, sk);
	sodium_bin2hex(pkh, sizeof pkh, pk, sizeof pk);
	sodium_bin2hex(skh, sizeof skh, sk, sizeof sk);
	sodium_memzero(sk, sizeof sk);
	rc = store_setting_set(t, "sync.key.secret", skh, strlen(skh));
	sodium_memzero(skh, sizeof skh);
	if (rc == 0)
		rc = store_setting_set(t, "sync.key.public", pkh, strlen(pkh));
	return rc;
}

static int
get_setting_text(struct store *st, const char *name, char **out)
{
	struct store_txn *t;
	int rc;

	*out = NULL;
	if ((rc = store_read_begin(st, &t)) != 0)
		return rc;
	rc = store_setting_get(t, name, out, NULL);
	store_read_end(t);
	return rc;
}

int
tui_sync_key(struct store *st, char hex[TUI_KEY_HEX])
{
	char *pk = NULL;
	int rc;

	hex[0] = '\0';
	if ((rc = crypto_ready()) != 0)
		return rc;
	rc = get_setting_text(st, "sync.key.public", &pk);
	if (rc == STORE_ENOTFOUND) {
		if ((rc = store_write(st, make_key, NULL)) != 0)
			return rc;
		rc = get_setting_text(st, "sync.key.public", &pk);
	}
	if (rc != 0)
		return rc;
	if (strlen(pk) != TUI_KEY_HEX - 1) {
		free(pk);
		return STORE_ECORRUPT;
	}
	memcpy(hex, pk, TUI_KEY_HEX);
	free(pk);
	return 0;
}

struct newkey_ctx {
	char pub[TUI_KEY_HEX];	/* the new public key made */
};

/* Makes a new key pair and stores it in place of the old one, in the one
 * write transaction: on any failure both halves stay as they were.  The
 * public half's change is audited (store_setting_receive: old key, new),
 * never the secret. */
static int
renew_key(struct store_txn *t, void *vctx)
{
	struct newkey_ctx *c = vctx;
	unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
	char skh[sizeof sk * 2 + 1];
	int rc;

	crypto_sign_keypair(pk, sk);
	sodium_bin2hex(c->pub, sizeof c->pub, pk, sizeof pk);
	sodium_bin2hex(skh, sizeof skh, sk, sizeof sk);
	sodium_memzero(sk, sizeof sk);
	rc = store_setting_set(t, "sync.key.secret", skh, strlen(skh));
	sodium_memzero(skh, sizeof skh);
	if (rc == 0)
		rc = store_setting_set(t, "sync.key.public", c->pub, strlen(c->pub));
	return rc;
}

int
tui_sync_key_new(struct store *st, char hex[TUI_KEY_HEX])
{
	struct newkey_ctx c;
	int rc;

	hex[0] = '\0';
	if ((rc = crypto_ready()) != 0)
		return rc;
	/* the old key made first if there was none, so that the new one's
	 * audit entry always says which key it replaced */
	if ((rc = tui_sync_key(st, c.pub)) != 0)
		return rc;
	memset(&c, 0, sizeof c);
	if ((rc = store_write(st, renew_key, &c)) != 0)
		return rc;
	memcpy(hex, c.pub, TUI_KEY_HEX);
	return 0;
}

/* Checks hex is 64 hex digits; writes it lower-case into out. */
static int
key_text(const char *hex, char out[TUI_KEY_HEX])
{
	size_t i;

	if (strlen(hex) != TUI_KEY_HEX - 1)
		return TUI_BUNDLE_EKEY;
	for (i = 0; i < TUI_KEY_HEX - 1; i++) {
		char c = hex[i];

		if (c >= 'A' && c <= 'F')
			c = (char)(c - 'A' + 'a');
		if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
			return TUI_BUNDLE_EKEY;
		out[i] = c;
	}
	out[i] = '\0';
	return 0;
}

struct trust_ctx {
	const char *station;
	const char *hex;
	int replace;
	int replaced;		/* another key was trusted for the station */
};

struct holder_ctx {
	const char *hex;	/* lower case */
	const char *except;	/* a station not counted (the one being set) */
	char *out;		/* the holder's code */
};

static int
holder_each(const char *name, const void *data, size_t len, void *vctx)
{
	struct holder_ctx *h = vctx;
	const char *code = name + strlen("sync.trust.");

	if (len != TUI_KEY_HEX - 1 || strncasecmp(data, h->hex, len) != 0 ||
	    (h->except != NULL && strcmp(code, h->except) == 0))
		return 0;
	snprintf(h->out, CORE_STATION_MAX + 1, "%s", code);
	return 1;	/* found: stop */
}

/* The station that key hex (lower case) speaks for at this database,
 * other than except (may be NULL): this database's own station if it is
 * its own key, else a station it is trusted for.  Returns 1 with the code
 * in out, 0 if none, or a store code. */
static int
key_holder(struct store_txn *t, const char *hex, const char *except, char *out)
{
	struct holder_ctx h = { hex, except, out };
	char *own = NULL;
	int rc;

	rc = store_setting_get(t, "sync.key.public", &own, NULL);
	if (rc == 0) {
		rc = strcasecmp(own, hex) == 0;
		free(own);
		if (rc)
			return (rc = store_station(store_txn_store(t), out)) == 0 ? 1 : rc;
	} else if (rc != STORE_ENOTFOUND) {
		return rc;
	}
	rc = store_setting_each(t, "sync.trust.", holder_each, &h);
	return rc < 0 ? rc : rc > 0 ? 1 : 0;
}

static int
set_trust(struct store_txn *t, void *vctx)
{
	struct trust_ctx *c = vctx;
	char name[64], *have = NULL, holder[CORE_STATION_MAX + 1];
	int rc;

	snprintf(name, sizeof name, "sync.trust.%s", c->station);
	/* Checked in the write transaction: no other process can slip a
	 * key in between. */
	rc = store_setting_get(t, name, &have, NULL);
	c->replaced = 0;
	if (rc == 0) {
		rc = strcmp(have, c->hex) == 0 ? 1 : c->replace ? 0 : TUI_BUNDLE_ETRUSTED;
		free(have);
		if (rc == 1)
			return 0;	/* the same key: nothing to change */
		if (rc != 0)
			return rc;
		c->replaced = 1;
	} else if (rc != STORE_ENOTFOUND) {
		return rc;
	}
	/* One key speaks for one station: a key trusted under a second code
	 * would let that station sign as either. */
	if ((rc = key_holder(t, c->hex, c->station, holder)) != 0)
		return rc == 1 ? TUI_BUNDLE_EKEYUSED : rc;
	/* A new key for a station is a station installed afresh (its disk
	 * died, its database made again with `init`): it holds nothing of
	 * ours, and its change log starts again from 1.  What it acknowledged
	 * and what we hold of its old log no longer say anything: forgotten,
	 * the next bundle for it carries this database's whole log, with the
	 * station's own records (tui_sync_export), and so gives it back its
	 * work and its numbering (store_apply raises a station's next id). */
	if (c->replaced && (rc = store_sync_peer_rekey(t, c->station)) != 0)
		return rc;
	return store_setting_set(t, name, c->hex, strlen(c->hex));
}

int
tui_sync_trust(struct store *st, const char *station, const char *hex, int replace)
{
	return tui_sync_trust_replaced(st, station, hex, replace, NULL);
}

int
tui_sync_trust_replaced(struct store *st, const char *station, const char *hex, int replace,
    int *replaced)
{
	char key[TUI_KEY_HEX], code[CORE_STATION_MAX + 1], own[CORE_STATION_MAX + 1];
	struct trust_ctx c;
	int rc;

	if (core_station_normalize(station, code) != 0)
		return STORE_EINVAL;
	if ((rc = key_text(hex, key)) != 0)
		return rc;
	if ((rc = store_station(st, own)) != 0)
		return rc;
	/* (strcasecmp: a database made before codes were upper-cased) */
	if (strcasecmp(code, own) == 0)
		return TUI_BUNDLE_ESELF;
	c.station = code;
	c.hex = key;
	c.replace = replace;
	c.replaced = 0;
	if ((rc = store_write(st, set_trust, &c)) == 0 && replaced != NULL)
		*replaced = c.replaced;
	return rc;
}

int
tui_sync_key_holder(struct store *st, const char *hex, const char *except, char *out)
{
	char key[TUI_KEY_HEX], code[CORE_STATION_MAX + 1];
	struct store_txn *t;
	int rc;

	out[0] = '\0';
	if ((rc = key_text(hex, key)) != 0)
		return rc;
	if (except != NULL && core_station_normalize(except, code) == 0)
		except = code;
	if ((rc = store_read_begin(st, &t)) != 0)
		return rc;
	rc = key_holder(t, key, except, out);
	store_read_end(t);
	return rc;
}

int
tui_sync_key_replaced(struct store *st, const char *station, const char *hex, int64_t *when)
{
	char name[64], code[CORE_STATION_MAX + 1];
	struct store_txn *t;
	struct store_iter *it;
	struct store_audit a;
	int rc;

	*when = 0;
	if (core_station_normalize(station, code) != 0)
		return 0;
	snprintf(name, sizeof name, "sync.trust.%s", code);
	if ((rc = store_read_begin(st, &t)) != 0)
		return rc;
	if ((rc = store_audit_iter(t, name, 0, &it)) == 0) {
		for (;;) {
			memset(&a, 0, sizeof a);
			if ((rc = store_audit_next(it, &a)) == STORE_ECORRUPT)
				continue;
			if (rc != 0)
				break;
			/* the key's last replacement counts (trusted again
			 * and replaced again since) */
			if (a.action == STORE_ACT_SETTING && a.nfields == 1 &&
			    strcmp(a.fields[0].name, name) == 0 &&
			    strcasecmp(a.fields[0].old_text, hex) == 0 &&
			    strcasecmp(a.fields[0].new_text, hex) != 0)
				*when = a.time;
			store_audit_done(&a);
		}
		store_iter_free(it);
		rc = rc == STORE_ENOTFOUND ? 0 : rc;
	}
	store_read_end(t);
	return rc < 0 ? rc : *when != 0;
}

/* ---- growing text ---- */


/* ---- making ---- */

int
tui_sync_trusted(struct store *st, const char *station)
{
	struct store_txn *t;
	char name[64], code[CORE_STATION_MAX + 1], *k = NULL;
	int rc;

	if (core_station_normalize(station, code) != 0)
		return 0;
	if (store_read_begin(st, &t) != 0)
		return 0;
	snprintf(name, sizeof name, "sync.trust.%s", code);
	rc = store_setting_get(t, name, &k, NULL);
	free(k);
	store_read_end(t);
	return rc == 0;
}

struct peers_ctx {
	struct tui_sync_peer *v;
	size_t n, cap;
	int oom;
};

static int
peers_each(const char *name, const void *data, size_t len, void *vctx)
{
	struct peers_ctx *c = vctx;
	struct tui_sync_peer *p;

	if (c->n == c->cap) {
		size_t cap = c->cap ? 2 * c->cap : 8;

		if ((p = realloc(c->v, cap * sizeof *p)) == NULL) {
			c->oom = 1;
			return 1;
		}
		c->v = p;
		c->cap = cap;
	}
	p = &c->v[c->n];
	memset(p, 0, sizeof *p);
	snprintf(p->code, sizeof p->code, "%s", name + strlen("sync.trust."));
	if (len >= sizeof p->key)
		len = sizeof p->key - 1;
	memcpy(p->key, data, len);
	p->key[len] = '\0';
	/* (a code not of a station's shape: no numbers to read for it) */
	if (core_station_valid(p->code))
		c->n++;
	return 0;
}

int
tui_sync_peers(struct store *st, struct tui_sync_peer **out, size_t *n, uint64_t *last)
{
	struct peers_ctx c = { NULL, 0, 0, 0 };
	struct store_txn *t;
	size_t i;
	int rc;

	*out = NULL;
	*n = 0;
	*last = 0;
	if ((rc = store_read_begin(st, &t)) != 0)
		return rc;
	rc = store_setting_each(t, "sync.trust.", peers_each, &c);
	if (c.oom)
		rc = STORE_ENOMEM;
	if (rc >= 0)
		rc = store_change_last(t, last);
	for (i = 0; rc == 0 && i < c.n; i++) {
		struct tui_sync_peer *p = &c.v[i];

		if ((rc = store_sync_peer_get(t, p->code, "recv", &p->recv)) == 0 &&
		    (rc = store_sync_peer_get(t, p->code, "acked", &p->acked)) == 0 &&
		    (rc = store_sync_peer_when(t, p->code, STORE_SYNC_IN, &p->in)) == 0)
			rc = store_sync_peer_when(t, p->code, STORE_SYNC_OUT, &p->out);
	}
	store_read_end(t);
	if (rc < 0) {
		free(c.v);
		*last = 0;
		return rc;
	}
	*out = c.v;
	*n = c.n;
	return 0;
}

struct settled_ctx {
	struct loc_strbuf *out;
	size_t n;
};

/* "x KIND ID VERSION STATE" for each resolved queue entry. */
static int
settled_line(const struct store_conflict *c, void *vctx)
{
	struct settled_ctx *x = vctx;
	char line[256], ver[64];

	/* A duplicate closes wherever the edits that settle it arrive
	 * (store_sync_recheck); see store/sync.c for why it is not sent. */
	if (c->state == STORE_CONFLICT_OPEN || c->state == STORE_CONFLICT_SUPERSEDED ||
	    (c->dup && c->holder[0]))
		return 0;
	core_version_format(c->loser_is_local ? &c->local.version : &c->remote.version,
	    ver, sizeof ver);
	if (c->by[0] != '\0' && c->kept != STORE_KEPT_UNKNOWN)
		snprintf(line, sizeof line, "x %s %s %s %s %s %s\n", core_schema_get(c->kind)->name,
		    c->id, ver, store_conflict_state_name(c->state), c->by, store_kept_name(c->kept));
	else
		snprintf(line, sizeof line, "x %s %s %s %s\n", core_schema_get(c->kind)->name, c->id,
		    ver, store_conflict_state_name(c->state));
	loc_strbuf_str(x->out, line);
	x->n++;
	return 0;
}

/* ---- the files each station imported ----
 *
 * An import notes the file it read in the setting "import.KIND.DIGEST"
 * (and "import.KIND.content.DIGEST", by its rows' values), "TIME\tUSER\tROWS"
 * (tui/verb_exchange.c), and refuses the same file later.  The same sheet
 * often reaches two places (a county's list sent to HQ as well): once the
 * county has edited the records it made, HQ's import of it would no longer
 * equal them row by row, and would make every one again.  So every bundle
 * carries the marks its maker holds, its own and those it was sent, as
 * "i KIND b|c DIGEST TIME ROWS STATION<TAB>USER" (b: by the bytes, c: by
 * the content), and a database takes each one it lacks, as
 * "TIME\tUSER\tROWS\tSTATION": the refusal then names the station.  A
 * mark never replaces one held (the first import of a file is the one
 * that counts), so every database that has seen the same marks holds them. */

#define MARK_HEX (2 * crypto_generichash_BYTES)

struct mark {
	char name[128];		/* the setting: "import.KIND[.content].DIGEST" */
	char value[160];	/* "TIME\tUSER\tROWS\tSTATION" */
};

/* Whether the parts of a mark are ones an import makes: a kind's plural,
 * a digest of MARK_HEX lower-case hex digits, a login of printable
 * characters, a station code. */
static int
mark_parts_ok(const char *kind, const char *hex, const char *user, const char *station)
{
	const unsigned char *u;
	int k;
	size_t i;

	if ((k = core_kind_from_name(kind)) < 0 || strcmp(core_schema_get(k)->plural, kind) != 0 ||
	    strlen(hex) != MARK_HEX || *user == '\0' || strlen(user) >= 64 ||
	    !core_station_valid(station))
		return 0;
	/* a bundle is UTF-8 text, refused whole otherwise (check_and_parse),
	 * and a Unix login may be any bytes: such a note stays here, where
	 * it still refuses the file, rather than stop every bundle */
	if (!loc_utf8_valid(user, strlen(user)))
		return 0;
	for (i = 0; i < MARK_HEX; i++)
		if (!((hex[i] >= '0' && hex[i] <= '9') || (hex[i] >= 'a' && hex[i] <= 'f')))
			return 0;
	for (u = (const unsigned char *)user; *u; u++)
		if (*u < 0x20 || *u == 0x7f)
			return 0;
	return 1;
}

struct marks_ctx {
	struct loc_strbuf *out;
	const char *station;	/* this database's: a mark of its own */
	size_t n;
};

/* store_setting_each: the bundle line of one mark; a setting of another
 * shape under "import." is left out (not this program's). */
static int
mark_line(const char *name, const void *data, size_t len, void *vctx)
{
	struct marks_ctx *x = vctx;
	char kind[32], hex[MARK_HEX + 2], val[128], *user, *rows, *station, *end;
	const char *rest = name + 7, *dot;
	unsigned long long when, nrows;
	int content;

	if ((dot = strchr(rest, '.')) == NULL || (size_t)(dot - rest) >= sizeof kind ||
	    len >= sizeof val)
		return 0;
	memcpy(kind, rest, (size_t)(dot - rest));
	kind[dot - rest] = '\0';
	rest = dot + 1;
	content = strncmp(rest, "content.", 8) == 0;
	if (content)
		rest += 8;
	if (strlen(rest) >= sizeof hex)
		return 0;
	strcpy(hex, rest);
	memcpy(val, data, len);
	val[len] = '\0';
	/* TIME<TAB>USER<TAB>ROWS[<TAB>STATION] */
	when = strtoull(val, &end, 10);
	if (end == val || *end != '\t')
		return 0;
	user = end + 1;
	if ((rows = strchr(user, '\t')) == NULL)
		return 0;
	*rows++ = '\0';
	nrows = strtoull(rows, &end, 10);
	if (end == rows || (*end != '\0' && *end != '\t'))
		return 0;
	station = *end == '\t' ? end + 1 : (char *)x->station;
	*end = '\0';
	if (!mark_parts_ok(kind, hex, user, station))
		return 0;
	{
		char line[300];

		snprintf(line, sizeof line, "i %s %c %s %llu %llu %s\t%s\n", kind, content ? 'c' : 'b',
		    hex, when, nrows, station, user);
		loc_strbuf_str(x->out, line);
	}
	x->n++;
	return 0;
}

/* Parses one "i KIND b|c DIGEST TIME ROWS STATION<TAB>USER" line into m. */
static int
parse_mark(const char *line, struct mark *m)
{
	char kind[32], how[2], hex[MARK_HEX + 2], station[CORE_STATION_MAX + 2], ws[24], rs[24];
	unsigned long long when, nrows;
	const char *tab;
	int end = -1;

	if ((tab = strchr(line, '\t')) == NULL || strchr(tab + 1, '\t') != NULL)
		return TUI_BUNDLE_EFORMAT;
	/* the numbers as digits alone: %llu would take "-5" as 2^64 - 5 */
	if (sscanf(line, "i %31s %1[bc] %65s %20[0-9] %20[0-9] %9[A-Z0-9]%n", kind, how, hex, ws,
	    rs, station, &end) != 6 || line + end != tab)
		return TUI_BUNDLE_EFORMAT;
	errno = 0;
	when = strtoull(ws, NULL, 10);
	nrows = strtoull(rs, NULL, 10);
	if (errno != 0 || !mark_parts_ok(kind, hex, tab + 1, station) ||
	    when > (unsigned long long)INT64_MAX)
		return TUI_BUNDLE_EFORMAT;
	snprintf(m->name, sizeof m->name, "import.%s.%s%s", kind, how[0] == 'c' ? "content." : "",
	    hex);
	snprintf(m->value, sizeof m->value, "%llu\t%s\t%llu\t%s", when, tab + 1, nrows, station);
	return 0;
}

/* ---- where two logs stand ----
 *
 * A database restored from a backup has a change log shorter than the one
 * its peers heard of: they hold its changes made after the backup, which
 * it no longer has, and what it says it holds of theirs is less than what
 * they noted.  Left so, the peer never sends those changes back (a
 * station's own are not sent to it), the restored database numbers its
 * next records with ids the peer holds for others, and, worse, its new
 * changes take sequence numbers the peer's "ack" already covers, so they
 * would never be sent at all.  So:
 *
 *   - Each bundle names the version of its maker's last change ("tip", at
 *     "upto"), and echoes the version of the addressee's change at "ack"
 *     as the addressee named it ("acktip").  The addressee takes the ack
 *     only if its own log reaches that number and holds that version
 *     there.  If not, it holds less than the maker does of it: it was
 *     restored.  It notes a new stamp, "sync.restored", which every later
 *     bundle it makes carries ("restored").
 *   - A database that sees a "restored" stamp newer than the last it acted
 *     on from that maker ("heard") takes the maker's numbers as they are
 *     now (what it holds of ours, what we hold of its log: both may go
 *     down), and sends back, with everything the maker no longer holds of
 *     ours, the maker's own changes in our log up to here ("own").  Its
 *     bundles echo the stamp acted on ("heard").
 *   - A bundle whose maker has not yet heard of our last restore was made
 *     for the log we had: it left out our own changes, which we may no
 *     longer hold, and its ack is of that log.  Neither number moves on it
 *     (its changes are applied as any).
 *
 * Everything sent again that a database holds is skipped there, so sending
 * more than needed costs only the bytes; sending less would lose changes.
 * A replayed old bundle carries a stamp already heard and changes nothing.
 * What this cannot see: a restored database whose log grew again past
 * what its peer held of the old one and that sent a bundle before hearing
 * from the peer, which then takes the new log for the old one's sequel;
 * its changes made after the backup then stay at the peer, and its next new
 * records meet the peer's as conflicts (held for a person, not lost). */

/* The setting name (a number) into *v, 0 if unset; or sets it. */
static int
setting_u64(struct store_txn *t, const char *name, uint64_t *v)
{
	char *data = NULL;
	int rc;

	*v = 0;
	rc = store_setting_get(t, name, &data, NULL);
	if (rc == STORE_ENOTFOUND)
		return 0;
	if (rc == 0)
		*v = strtoull(data, NULL, 10);
	free(data);
	return rc;
}

static int
setting_u64_set(struct store_txn *t, const char *name, uint64_t v)
{
	char num[32];

	snprintf(num, sizeof num, "%" PRIu64, v);
	return store_setting_set(t, name, num, strlen(num));
}

/* Notes that this database's log is behind what a peer holds of it: a new
 * stamp in "sync.restored", which every later bundle carries. */
static int
note_restored(struct store_txn *t)
{
	uint64_t stamp;

	if ((stamp = store_hlc_tick(t)) == 0)
		return STORE_EIO;
	return setting_u64_set(t, "sync.restored", stamp);
}

/* A database restored from a copy made by `backup` (store_backup) holds
 * the setting "sync.backup": the first bundle made or taken here notes a
 * restore (and drops the setting), so the very first bundle to a peer
 * asks for the changes made since the backup.  Sets *noticed. */
static int
notice_backup(struct store_txn *t, int *noticed)
{
	char *v = NULL;
	int rc;

	rc = store_setting_get(t, "sync.backup", &v, NULL);
	free(v);
	if (rc == STORE_ENOTFOUND)
		return 0;
	if (rc != 0 || (rc = store_setting_del(t, "sync.backup")) != 0)
		return rc;
	*noticed = 1;
	return note_restored(t);
}

/* The version of this database's change seq (zero for 0, or a change not
 * in the log).  Returns 0 or a store code. */
static int
log_version(struct store_txn *t, uint64_t seq, struct core_version *v)
{
	struct store_change c;
	int rc;

	memset(v, 0, sizeof *v);
	if (seq == 0)
		return 0;
	memset(&c, 0, sizeof c);
	rc = store_change_next(t, seq - 1, &c);
	if (rc == STORE_ENOTFOUND)
		return 0;
	if (rc != 0)
		return rc;
	if (c.seq == seq)
		*v = c.meta.version;
	store_change_done(&c);
	return 0;
}

/* The version of peer's change recv as the peer named it ("tip" of the
 * bundle that moved recv there), zero if not known.  Returns 0 or a code. */
static int
peer_tip(struct store_txn *t, const char *peer, uint64_t recv, struct core_version *v)
{
	char name[96], *data = NULL, *end;
	uint64_t n;
	int rc;

	memset(v, 0, sizeof *v);
	snprintf(name, sizeof name, "sync.peer.%s.tip", peer);
	rc = store_setting_get(t, name, &data, NULL);
	if (rc == STORE_ENOTFOUND)
		return 0;
	if (rc != 0)
		return rc;
	errno = 0;
	n = strtoull(data, &end, 10);
	/* a tip of another number than recv is of a bundle since overtaken */
	if (end == data || *end != ' ' || errno != 0 || n != recv ||
	    core_version_parse(end + 1, v) != 0)
		memset(v, 0, sizeof *v);
	free(data);
	return 0;
}

/* Notes that peer's change n is version v. */
static int
peer_tip_set(struct store_txn *t, const char *peer, uint64_t n, const struct core_version *v)
{
	char name[96], text[128], ver[64];

	snprintf(name, sizeof name, "sync.peer.%s.tip", peer);
	core_version_format(v, ver, sizeof ver);
	snprintf(text, sizeof text, "%" PRIu64 " %s", n, ver);
	return store_setting_set(t, name, text, strlen(text));
}

/* ---- numbers taken ----
 *
 * A record typed at a station installed afresh, or restored from an old
 * backup, before it takes HQ's bundle takes the next number there, which
 * HQ may hold for another record the station made before (TBZ-4 at HQ,
 * made after the backup; TBZ-4 typed here since).  When the bundle brings
 * that other record's creation, the two are not versions of one record
 * (each has its own creation) but two records with one number.  If ours
 * never left this database (every change of it is past "sync.sent", how
 * far our log has gone into any bundle), nothing refers to it here, and
 * none of its unique values (national id...) is another record's or the
 * incoming one's (that would be one person twice: a duplicate for a
 * person to settle), it is renumbered: the incoming record takes the
 * number, as it has everywhere else, and ours is made again under the
 * next number of this station, which is past every id of ours seen.  The
 * queue entries the meeting made are set aside (superseded: never sent),
 * the audit log says it under the old number, and our old versions under
 * that number never go out (sync.renum.KIND.ID: up to that change). */

struct renum_item {
	enum core_kind kind;
	char id[CORE_ID_MAX];
	uint64_t upto;		/* our changes of it up to here stay here */
};

struct renum_list {
	struct renum_item *v;
	size_t n, cap;
	int oom;
};

/* store_setting_each: "sync.renum.KIND.ID" = "SEQ". */
static int
renum_each(const char *name, const void *data, size_t len, void *vctx)
{
	struct renum_list *l = vctx;
	const char *rest = name + strlen("sync.renum."), *dot;
	char kind[32], num[32];
	struct renum_item *nv;
	int k;

	if ((dot = strchr(rest, '.')) == NULL || (size_t)(dot - rest) >= sizeof kind ||
	    strlen(dot + 1) >= CORE_ID_MAX || len >= sizeof num)
		return 0;
	memcpy(kind, rest, (size_t)(dot - rest));
	kind[dot - rest] = '\0';
	if ((k = core_kind_from_name(kind)) < 0)
		return 0;
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 8;
		if ((nv = realloc(l->v, l->cap * sizeof *nv)) == NULL) {
			l->oom = 1;
			return 1;
		}
		l->v = nv;
	}
	memcpy(num, data, len);
	num[len] = '\0';
	l->v[l->n].kind = (enum core_kind)k;
	strcpy(l->v[l->n].id, dot + 1);
	l->v[l->n].upto = strtoull(num, NULL, 10);
	l->n++;
	return 0;
}

static int
renum_load(struct store_txn *t, struct renum_list *l)
{
	int rc = store_setting_each(t, "sync.renum.", renum_each, l);

	return l->oom ? STORE_ENOMEM : rc < 0 ? rc : 0;
}

/* 1 if change c is one of our versions of a record renumbered since. */
static int
renum_skips(const struct renum_list *l, const struct store_change *c, const char *station)
{
	size_t i;

	if (strcasecmp(c->meta.version.origin, station) != 0)
		return 0;
	for (i = 0; i < l->n; i++)
		if (l->v[i].kind == c->kind && c->seq <= l->v[i].upto &&
		    strcmp(l->v[i].id, c->id) == 0)
			return 1;
	return 0;
}

struct before {
	const char *peer;
	char station[CORE_STATION_MAX + 1];
	uint64_t cap;		/* the bundle stops at this change */
};

/* store_write, before a bundle is made: notes a restore from a backup,
 * notes when a bundle was last made for the peer (store_sync_peer_stamp),
 * and moves "sync.sent" to where the bundle will stop, our log's end (a
 * change made meanwhile waits for the next bundle).  A restored database
 * whose peer has not yet heard of the restore stops before its first new
 * record that has not gone out: the peer's answer may bring another record
 * of ours under that number, and this one, still here only, is then
 * renumbered (renumber_taken); it goes in the bundle after. */
static int
before_make(struct store_txn *t, void *vctx)
{
	struct before *b = vctx;
	struct store_change c;
	uint64_t sent, restored, told, after;
	int noticed = 0, rc;

	if ((rc = notice_backup(t, &noticed)) != 0 ||
	    (rc = store_change_last(t, &b->cap)) != 0 ||
	    (rc = setting_u64(t, "sync.sent", &sent)) != 0 ||
	    (rc = setting_u64(t, "sync.restored", &restored)) != 0 ||
	    (rc = store_sync_peer_get(t, b->peer, "told", &told)) != 0 ||
	    (rc = store_sync_peer_stamp(t, b->peer, STORE_SYNC_OUT, (int64_t)time(NULL), NULL)) != 0)
		return rc;
	if (restored > told) {
		memset(&c, 0, sizeof c);
		for (after = sent; after < b->cap;) {
			if ((rc = store_change_next(t, after, &c)) == STORE_ENOTFOUND)
				break;
			if (rc != 0)
				return rc;
			after = c.seq;
			if (c.seq <= b->cap && c.kind != CORE_USER &&
			    core_version_is_zero(&c.meta.base) &&
			    strcasecmp(c.meta.version.origin, b->station) == 0)
				b->cap = c.seq - 1;
			store_change_done(&c);
		}
	}
	return sent >= b->cap ? 0 : setting_u64_set(t, "sync.sent", b->cap);
}

int
tui_bundle_make(struct store *st, const char *peer, char **out, size_t *len,
    size_t *nchanges)
{
	struct store_txn *t = NULL;
	struct store_change c;
	struct loc_strbuf body = { 0 }, all = { 0 }, settled = { 0 }, marks = { 0 };
	struct settled_ctx sx;
	char station[CORE_STATION_MAX + 1], pub[TUI_KEY_HEX], *skhex = NULL;
	char line[512], v1[64], v2[64], *fields, code[CORE_STATION_MAX + 1];
	unsigned char sk[crypto_sign_SECRETKEYBYTES], sig[crypto_sign_BYTES];
	char sighex[SIG_HEX + 1], *rank_w = NULL, *rank_m = NULL;
	struct core_version rank_v, tip, acktip;
	char v3[64], v4[64];
	uint64_t acked, recv, last, after, own, restored, heard, cap = UINT64_MAX;
	struct renum_list renum = { 0 };
	size_t n = 0;
	int rc;

	*out = NULL;
	*len = 0;
	if (nchanges != NULL)
		*nchanges = 0;
	if (core_station_normalize(peer, code) != 0)
		return STORE_EINVAL;
	peer = code;
	if ((rc = store_station(st, station)) != 0)
		return rc;
	if ((rc = tui_sync_key(st, pub)) != 0)
		return rc;
	if (strcmp(peer, station) != 0) {
		/* Before a change goes out: a restore from a backup noted,
		 * and how far our log has gone out ("sync.sent"), so that no
		 * record that may have left is renumbered later; the bundle
		 * stops there. */
		struct before b;

		b.peer = peer;
		snprintf(b.station, sizeof b.station, "%s", station);
		if ((rc = store_write(st, before_make, &b)) != 0)
			return rc;
		cap = b.cap;
	}
	if ((rc = store_read_begin(st, &t)) != 0)
		return rc;
	if (strcmp(peer, station) == 0) {
		rc = TUI_BUNDLE_ETOSELF;
		goto out;
	}
	if ((rc = store_setting_get(t, "sync.key.secret", &skhex, NULL)) != 0)
		goto out;
	if (sodium_hex2bin(sk, sizeof sk, skhex, strlen(skhex), NULL, NULL, NULL) != 0) {
		rc = STORE_ECORRUPT;
		goto out;
	}
	if ((rc = store_change_last(t, &last)) != 0)
		goto out;
	if (last > cap)
		last = cap;	/* written since before_make: the next bundle's */
	if ((rc = store_sync_peer_get(t, peer, "acked", &acked)) != 0 ||
	    (rc = store_sync_peer_get(t, peer, "recv", &recv)) != 0 ||
	    (rc = renum_load(t, &renum)) != 0 ||
	    (rc = store_sync_peer_get(t, peer, "own", &own)) != 0 ||
	    (rc = setting_u64(t, "sync.restored", &restored)) != 0 ||
	    (rc = store_sync_peer_get(t, peer, "heard", &heard)) != 0 ||
	    (rc = log_version(t, last, &tip)) != 0 ||
	    (rc = peer_tip(t, peer, recv, &acktip)) != 0)
		goto out;
	memset(&c, 0, sizeof c);
	for (after = acked; after < last;) {
		rc = store_change_next(t, after, &c);
		if (rc == STORE_ENOTFOUND) {
			rc = 0;
			break;
		}
		if (rc != 0)
			goto out;
		if (c.seq > last) {
			store_change_done(&c);
			break;
		}
		after = c.seq;
		/* Users are per station; the peer has its own versions, unless
		 * nothing has passed between us either way (both numbers 0):
		 * a station installed afresh gets its own records back
		 * (set_trust forgot its numbers, and set "own" to our log's
		 * end, so they go back even after its first bundle came), a
		 * new one has none here.
		 * (Once we hold some of its log, it holds its records: a new
		 * station's first bundle back does not return ours.)  A peer
		 * restored from a backup gets back its own changes in our log
		 * up to "own", the end of our log when we heard of it. */
		if (c.kind == CORE_USER || ((acked > 0 || recv > 0) && c.seq > own &&
		    strcmp(c.meta.version.origin, peer) == 0) ||
		    renum_skips(&renum, &c, station)) {
			store_change_done(&c);
			continue;
		}
		if ((rc = store_sync_record_encode(c.rec, &fields)) != 0) {
			store_change_done(&c);
			goto out;
		}
		core_version_format(&c.meta.version, v1, sizeof v1);
		core_version_format(&c.meta.base, v2, sizeof v2);
		snprintf(line, sizeof line, "c %s %s %s %s %d\t", core_schema_get(c.kind)->name,
		    c.id, v1, v2, c.meta.deleted ? 1 : 0);
		loc_strbuf_str(&body, line);
		loc_strbuf_str(&body, fields);
		loc_strbuf_add(&body, "\n", 1);
		free(fields);
		store_change_done(&c);
		n++;
	}
	/* Resolutions made here or heard of: every one, every time (few). */
	memset(&sx, 0, sizeof sx);
	sx.out = &settled;
	if ((rc = store_sync_conflicts(t, 1, settled_line, &sx)) != 0)
		goto out;
	core_version_format(&tip, v3, sizeof v3);
	core_version_format(&acktip, v4, sizeof v4);
	snprintf(line, sizeof line,
	    MAGIC "\nfrom %s\nto %s\nkey %s\nsince %" PRIu64 "\nupto %" PRIu64
	    "\nack %" PRIu64 "\ntip %s\nacktip %s\nrestored %" PRIu64 "\nheard %" PRIu64
	    "\nchanges %zu\n", station, peer, pub, acked, last, recv, v3, v4, restored, heard, n);
	loc_strbuf_str(&all, line);
	loc_strbuf_add(&all, body.p ? body.p : "", body.len);
	snprintf(line, sizeof line, "resolved %zu\n", sx.n);
	loc_strbuf_str(&all, line);
	loc_strbuf_add(&all, settled.p ? settled.p : "", settled.len);
	/* The files imported here or heard of: every one, every time. */
	{
		char self[CORE_STATION_MAX + 1];
		struct marks_ctx mx = { &marks, self, 0 };

		/* (upper case: a database made before codes were) */
		if ((rc = core_station_normalize(station, self)) != 0)
			goto out;
		if ((rc = store_setting_each(t, "import.", mark_line, &mx)) != 0)
			goto out;
		snprintf(line, sizeof line, "imported %zu\n", mx.n);
		loc_strbuf_str(&all, line);
		loc_strbuf_add(&all, marks.p ? marks.p : "", marks.len);
	}
	/* The province's ranking (SPEC §8), once saved here or received: every
	 * bundle carries it, and the newer version wins where it arrives. */
	rc = store_rank_shared(t, &rank_v, &rank_w, &rank_m);
	if (rc == 0) {
		core_version_format(&rank_v, v1, sizeof v1);
		loc_strbuf_str(&all, "rank ");
		loc_strbuf_str(&all, v1);
		loc_strbuf_add(&all, "\t", 1);
		loc_strbuf_str(&all, rank_w);
		loc_strbuf_add(&all, "\t", 1);
		loc_strbuf_str(&all, rank_m);
		loc_strbuf_add(&all, "\n", 1);
	} else if (rc != STORE_ENOTFOUND) {
		goto out;
	}
	rc = 0;
	if (all.failed || body.failed || settled.failed || marks.failed) {
		rc = STORE_ENOMEM;
		goto out;
	}
	crypto_sign_detached(sig, NULL, (const unsigned char *)all.p, all.len, sk);
	sodium_bin2hex(sighex, sizeof sighex, sig, sizeof sig);
	loc_strbuf_str(&all, "sig ");
	loc_strbuf_str(&all, sighex);
	loc_strbuf_add(&all, "\n", 1);
	if (all.failed) {
		rc = STORE_ENOMEM;
		goto out;
	}
	*out = all.p;
	*len = all.len;
	all.p = NULL;
	if (nchanges != NULL)
		*nchanges = n;
out:
	free(renum.v);
	sodium_memzero(sk, sizeof sk);
	if (skhex != NULL)
		sodium_memzero(skhex, strlen(skhex));
	free(skhex);
	free(rank_w);
	free(rank_m);
	free(body.p);
	free(settled.p);
	free(marks.p);
	free(all.p);
	store_read_end(t);
	return rc;
}

int
tui_bundle_rekey_pending(struct store *st, const char *peer, size_t *lacks)
{
	struct store_txn *t = NULL;
	struct store_change c;
	char code[CORE_STATION_MAX + 1];
	uint64_t acked, own, last, after;
	int rc;

	*lacks = 0;
	if (core_station_normalize(peer, code) != 0)
		return 0;
	if ((rc = store_read_begin(st, &t)) != 0)
		return rc;
	if ((rc = store_sync_peer_before_num(t, code, "acked", &acked)) <= 0)
		goto out;
	if (acked == 0) {
		rc = 0;
		goto out;
	}
	if ((rc = store_sync_peer_before_num(t, code, "own", &own)) < 0 ||
	    (rc = store_change_last(t, &last)) != 0)
		goto out;
	/* as tui_bundle_make counts, from the numbers set aside */
	memset(&c, 0, sizeof c);
	for (after = acked; after < last;) {
		if ((rc = store_change_next(t, after, &c)) == STORE_ENOTFOUND)
			break;
		if (rc != 0)
			goto out;
		after = c.seq;
		if (c.seq <= last && c.kind != CORE_USER &&
		    !(c.seq > own && strcmp(c.meta.version.origin, code) == 0))
			(*lacks)++;
		store_change_done(&c);
	}
	rc = 1;
out:
	store_read_end(t);
	return rc;
}

struct holds {
	char peer[CORE_STATION_MAX + 1];
	uint64_t recv;
};

static int
raise_held(struct store_txn *t, void *vctx)
{
	struct holds *h = vctx;
	uint64_t aside, restored, last;
	int rc;

	if ((rc = store_sync_peer_before_num(t, h->peer, "acked", &aside)) <= 0)
		return rc;
	if ((rc = setting_u64(t, "sync.restored", &restored)) != 0 ||
	    (rc = store_change_last(t, &last)) != 0)
		return rc;
	if (restored != 0)
		return 0;
	return store_sync_peer_raise(t, h->peer, "acked", h->recv < last ? h->recv : last);
}

int
tui_bundle_peer_holds(struct store *st, const char *peer, uint64_t recv)
{
	struct holds h;

	if (core_station_normalize(peer, h.peer) != 0)
		return STORE_EINVAL;
	h.recv = recv;
	return recv == 0 ? 0 : store_write(st, raise_held, &h);
}

struct delivered {
	char to[CORE_STATION_MAX + 1];
	uint64_t upto;
};

static int
raise_acked(struct store_txn *t, void *vctx)
{
	struct delivered *d = vctx;

	return store_sync_peer_raise(t, d->to, "acked", d->upto);
}

/* Whether line is the first line of a bundle of a version after this
 * program's: MAGIC's words with a larger number ("hamyar-bundle 3"). */
static int
newer_magic(const char *line)
{
	enum { STEM = sizeof MAGIC - 2 };
	const char *d = line + STEM;
	unsigned long v = 0;

	if (strncmp(line, MAGIC, STEM) != 0 || *d < '1' || *d > '9')
		return 0;
	for (; *d >= '0' && *d <= '9' && v < 100000; d++)
		v = v * 10 + (unsigned long)(*d - '0');
	return *d == '\0' && v > (unsigned long)(MAGIC[STEM] - '0');
}

static void peek_header(const char *data, size_t len, struct tui_bundle_stats *stats);

int
tui_bundle_file(const char *path)
{
	/* MAGIC without its version number: a bundle of any version */
	enum { STEM = sizeof MAGIC - 2 };
	char head[STEM];
	FILE *f;
	size_t n;

	if ((f = fopen(path, "rb")) == NULL)
		return 0;
	n = fread(head, 1, STEM, f);
	fclose(f);
	return n == STEM && memcmp(head, MAGIC, STEM) == 0;
}

/* The maker's last change a bundle carries: the number on the "upto"
 * line of its header, head (NUL-terminated), tui_bundle_make's.  0, or -1
 * if there is no such line. */
static int
header_upto(const char *head, uint64_t *upto)
{
	const char *u = strstr(head, "\nupto ");
	char *e;

	if (u == NULL || u[6] < '0' || u[6] > '9')
		return -1;
	errno = 0;
	*upto = strtoull(u + 6, &e, 10);
	return *e != '\n' || errno == ERANGE ? -1 : 0;
}

/* The maker and addressee the header of the bundle at path names and, if
 * upto is not NULL, its upto line's number (header_upto), read at once:
 * 1, or 0 if path holds no such header. */
static int
file_ends(const char *path, char from[CORE_STATION_MAX + 1], char to[CORE_STATION_MAX + 1],
    uint64_t *upto)
{
	struct tui_bundle_stats *stats;
	char head[513];
	FILE *f;
	size_t n;
	int ok;

	from[0] = to[0] = '\0';
	if ((f = fopen(path, "rb")) == NULL)
		return 0;
	n = fread(head, 1, sizeof head - 1, f);
	fclose(f);
	head[n] = '\0';
	if ((stats = calloc(1, sizeof *stats)) == NULL)
		return 0;
	peek_header(head, n, stats);
	ok = stats->from[0] != '\0' && stats->to[0] != '\0' &&
	    (upto == NULL || header_upto(head, upto) == 0);
	if (ok) {
		memcpy(from, stats->from, CORE_STATION_MAX + 1);
		memcpy(to, stats->to, CORE_STATION_MAX + 1);
	}
	free(stats);
	return ok;
}

int
tui_bundle_file_ends(const char *path, char from[CORE_STATION_MAX + 1],
    char to[CORE_STATION_MAX + 1])
{
	return file_ends(path, from, to, NULL);
}

int
tui_bundle_file_here(struct store *st, const char *path)
{
	char from[CORE_STATION_MAX + 1], to[CORE_STATION_MAX + 1], own[CORE_STATION_MAX + 1];
	struct store_txn *t = NULL;
	uint64_t u, recv = 0;
	int rc;

	/* the maker's last change in it, against the last of the maker's
	 * this database has taken */
	if (!file_ends(path, from, to, &u) || store_station(st, own) != 0 ||
	    strcmp(to, own) != 0 || store_read_begin(st, &t) != 0)
		return 0;
	rc = store_sync_peer_get(t, from, "recv", &recv);
	store_read_end(t);
	return rc == 0 && recv >= u;
}

int
tui_bundle_delivered(struct store *st, const char *data, size_t len)
{
	struct delivered d;
	char head[256], *to;
	size_t n = len < sizeof head - 1 ? len : sizeof head - 1;

	memset(&d, 0, sizeof d);
	/* Our own bundle: the header lines are where tui_bundle_make put them,
	 * within its first bytes.  Those are copied and NUL-terminated, so the
	 * scanning below stays inside data even if it is cut short. */
	memcpy(head, data, n);
	head[n] = '\0';
	if (n < sizeof MAGIC || (memcmp(head, MAGIC "\n", sizeof MAGIC) != 0 &&
	    memcmp(head, MAGIC1 "\n", sizeof MAGIC1) != 0) ||
	    (to = strstr(head, "\nto ")) == NULL)
		return TUI_BUNDLE_EFORMAT;
	to += 4;
	if (sscanf(to, "%8[A-Za-z0-9]", d.to) != 1 || core_station_normalize(d.to, d.to) != 0)
		return TUI_BUNDLE_EFORMAT;
	if (header_upto(head, &d.upto) != 0)
		return TUI_BUNDLE_EFORMAT;
	return store_write(st, raise_acked, &d);
}

/* ---- reading ---- */

struct change {
	struct core_record *rec;
	struct store_meta meta;
	int queued;		/* apply_all: it went to the conflict queue */
	int apart;		/* a creation (no base) that met a version of
				   another creation here: two records made apart
				   under one number */
	int won;		/* apply_all: it is in use, the version here
				   queued (STORE_SYNC_WON) */
	int skipped;		/* apply_all: already here, or older */
	int dup;		/* apply_all: applied, and listed as a suspected
				   duplicate of another record (dup_left) */
};

struct settle {
	enum core_kind kind;
	char id[CORE_ID_MAX];
	struct core_version v;
	enum store_conflict_state state;
	char by[CORE_STATION_MAX + 1];	/* the station that decided ("": not said) */
	enum store_kept kept;		/* what it kept */
};

struct parsed {
	char from[CORE_STATION_MAX + 1], to[CORE_STATION_MAX + 1];
	char key[TUI_KEY_HEX];
	uint64_t since, upto, ack;
	int v2;			/* version 2: the four lines below were read */
	struct core_version tip;	/* the maker's change at upto */
	struct core_version acktip;	/* ours at ack, as the maker knows it */
	uint64_t restored;	/* the maker's stamp of its last restore found */
	uint64_t heard;		/* our last such stamp the maker acted on */
	int other_key;		/* a key is trusted for from, not this one */
	size_t n;
	struct change *ch;
	size_t nx;
	struct settle *x;
	struct core_version rank_v;	/* the ranking it carries: zero for none */
	char *rank_w, *rank_m;	/* its weights and matrix, as stored */
	size_t nm;
	struct mark *m;		/* the files its maker knows were imported */
	char sig[33];		/* its signature's first 32 hex digits: names
				   it (store_sync_peer_stamp) */
};

static void
parsed_free(struct parsed *p)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		core_record_free(p->ch[i].rec);
	free(p->ch);
	free(p->x);
	free(p->rank_w);
	free(p->rank_m);
	free(p->m);
	p->m = NULL;
	p->nm = 0;
	p->ch = NULL;
	p->x = NULL;
	p->rank_w = p->rank_m = NULL;
	p->n = p->nx = 0;
}

/* "rank VERSION<TAB>WEIGHTS<TAB>MATRIX": the province's ranking, as the
 * maker holds it (store_rank_shared).  Its numbers are checked when it is
 * taken (store_rank_receive); here only its shape and its version. */
static int
parse_rank(const char *line, struct parsed *p)
{
	const char *v = line + 5, *t1, *t2;
	char ver[CORE_HLC_TEXT_MAX + CORE_STATION_MAX + 2];

	if (strncmp(line, "rank ", 5) != 0 || (t1 = strchr(v, '\t')) == NULL ||
	    (t2 = strchr(t1 + 1, '\t')) == NULL || strchr(t2 + 1, '\t') != NULL ||
	    (size_t)(t1 - v) >= sizeof ver || t2 == t1 + 1 || t2[1] == '\0')
		return TUI_BUNDLE_EFORMAT;
	memcpy(ver, v, (size_t)(t1 - v));
	ver[t1 - v] = '\0';
	if (core_version_parse(ver, &p->rank_v) != 0 || core_version_is_zero(&p->rank_v))
		return TUI_BUNDLE_EFORMAT;
	if ((p->rank_w = strndup(t1 + 1, (size_t)(t2 - t1 - 1))) == NULL ||
	    (p->rank_m = strdup(t2 + 1)) == NULL)
		return STORE_ENOMEM;
	return 0;
}

/* Returns 1 if id is one the store makes (store_put_new): STATION-N with N
 * from 1 to ID_SEQ_MAX.  (A dot would also split the conflict queue's
 * setting name "sync.conflict.KIND.ID.VERSION" in the wrong place.) */
static int
id_made_here(const char *id)
{
	char st[CORE_STATION_MAX + 1];
	uint64_t seq;

	return strlen(id) < CORE_ID_MAX && core_id_parse(id, st, &seq) == 0 && seq >= 1 &&
	    seq <= ID_SEQ_MAX;
}

/* Parses one "x KIND ID VERSION STATE" line into x. */
static int
parse_settle(const char *line, struct settle *x)
{
	char kname[32], id[CORE_ID_MAX + 1], ver[64], st[16], by[16], kept[16], extra[2];
	int k, state, n;

	/* "x KIND ID VERSION STATE", and since this version "BY KEPT": the
	 * station that decided and what it kept (store_kept) */
	n = sscanf(line, "x %31s %32s %63s %15s %15s %15s %1s", kname, id, ver, st, by, kept,
	    extra);
	if (n != 4 && n != 6)
		return TUI_BUNDLE_EFORMAT;
	x->by[0] = '\0';
	x->kept = STORE_KEPT_UNKNOWN;
	if (n == 6) {
		if (!core_station_valid(by) || store_kept_from_name(kept) <= 0)
			return TUI_BUNDLE_EFORMAT;
		memcpy(x->by, by, strlen(by) + 1);
		x->kept = (enum store_kept)store_kept_from_name(kept);
	}
	if ((k = core_kind_from_name(kname)) < 0 || k == CORE_USER || !id_made_here(id))
		return TUI_BUNDLE_EFORMAT;
	if (core_version_parse(ver, &x->v) != 0 || core_version_is_zero(&x->v))
		return TUI_BUNDLE_EFORMAT;
	if ((state = store_conflict_state_from_name(st)) <= 0)
		return TUI_BUNDLE_EFORMAT;
	x->kind = (enum core_kind)k;
	strcpy(x->id, id);
	x->state = (enum store_conflict_state)state;
	return 0;
}

/* A position in the signed part of a bundle. */
struct cursor {
	const char *data;
	size_t len, pos;
	int oom;	/* a line could not be copied: refuse as out of memory */
};

/* Copies the line at c->pos (without its LF) into a new string; moves past
 * it.  NULL at the end, on a missing LF, a NUL byte, or no memory (c->oom
 * set).  Caller frees. */
static char *
next_line(struct cursor *c)
{
	const char *s = c->data + c->pos, *nl;
	char *line;
	size_t n;

	if (c->pos >= c->len || (nl = memchr(s, '\n', c->len - c->pos)) == NULL)
		return NULL;
	n = (size_t)(nl - s);
	if (memchr(s, '\0', n) != NULL)
		return NULL;
	if ((line = malloc(n + 1)) == NULL) {
		c->oom = 1;
		return NULL;
	}
	memcpy(line, s, n);
	line[n] = '\0';
	c->pos += n + 1;
	return line;
}

static int
header_u64(const char *line, const char *tag, uint64_t *v)
{
	size_t n = strlen(tag);
	char *end;

	if (strncmp(line, tag, n) != 0 || line[n] != ' ' || line[n + 1] < '0' || line[n + 1] > '9')
		return TUI_BUNDLE_EFORMAT;
	errno = 0;
	*v = strtoull(line + n + 1, &end, 10);
	/* Past 2^64 - 1 is malformed, not the largest number. */
	return *end == '\0' && errno != ERANGE ? 0 : TUI_BUNDLE_EFORMAT;
}

static int
header_word(const char *line, const char *tag, char *out, size_t size)
{
	size_t n = strlen(tag);

	if (strncmp(line, tag, n) != 0 || line[n] != ' ' || strlen(line + n + 1) >= size ||
	    line[n + 1] == '\0')
		return TUI_BUNDLE_EFORMAT;
	strcpy(out, line + n + 1);
	return 0;
}

/* Returns 1 if every choice, set, flag and date value of r is one this
 * program knows: the store keeps a peer's numbers as they come, and code
 * above it indexes tables and shifts masks by them. */
static int
values_known(const struct core_record *r)
{
	const struct core_schema *s = core_schema_get(r->kind);
	const struct core_field *f;
	const struct core_value *v;
	int y, m, d, n;
	size_t i;

	for (i = 0; i < s->nfields; i++) {
		f = &s->fields[i];
		v = &r->v[i];
		if (!v->set)
			continue;
		n = core_choice_count(f);
		switch (f->type) {
		case CORE_FT_ENUM:
			if (v->num < 0 || v->num >= n)
				return 0;
			break;
		case CORE_FT_SET:
			if (v->num < 0 || (n < 62 && v->num >= (int64_t)1 << n))
				return 0;
			break;
		case CORE_FT_BOOL:
			if (v->num != 0 && v->num != 1)
				return 0;
			break;
		case CORE_FT_DATE:
			if (v->num < INT32_MIN || v->num > INT32_MAX ||
			    loc_day_to_jalali((int32_t)v->num, &y, &m, &d) != 0)
				return 0;
			break;
		default:
			break;
		}
	}
	return 1;
}

/* Parses one "c ..." line into ch. */
static int
parse_change(char *line, struct change *ch)
{
	char kname[32], id[CORE_ID_MAX + 1], v1[64], v2[64], del[2], *tab;
	int k, rc, end = -1;

	memset(ch, 0, sizeof *ch);
	if ((tab = strchr(line, '\t')) == NULL)
		return TUI_BUNDLE_EFORMAT;
	*tab = '\0';
	/* Exactly five words, the last "0" or "1": nothing else is made. */
	if (sscanf(line, "c %31s %32s %63s %63s %1[01]%n", kname, id, v1, v2, del, &end) != 5 ||
	    end < 0 || line[end] != '\0')
		return TUI_BUNDLE_EFORMAT;
	/* Users are each station's own (tui_bundle_make sends none): one in
	 * a bundle, even signed by a trusted key, would change who may do
	 * what here (the owner made a clerk, an admin removed); the whole
	 * bundle is refused, saying so. */
	if ((k = core_kind_from_name(kname)) == CORE_USER)
		return TUI_BUNDLE_EUSER;
	if (k < 0 || !id_made_here(id))
		return TUI_BUNDLE_EFORMAT;
	if (core_version_parse(v1, &ch->meta.version) != 0 ||
	    core_version_parse(v2, &ch->meta.base) != 0 ||
	    core_version_is_zero(&ch->meta.version) ||
	    core_version_cmp(&ch->meta.base, &ch->meta.version) >= 0)
		return TUI_BUNDLE_EFORMAT;
	ch->meta.deleted = del[0] == '1';
	rc = store_sync_record_decode((enum core_kind)k, tab + 1, &ch->rec);
	if (rc == STORE_ENOMEM)
		return rc;
	if (rc != 0)
		return TUI_BUNDLE_EFORMAT;
	if (strcmp(core_record_text(ch->rec, 0), id) != 0 || !values_known(ch->rec)) {
		core_record_free(ch->rec);
		ch->rec = NULL;
		return TUI_BUNDLE_EFORMAT;
	}
	return 0;
}

/* Checks trust and signature, then parses the whole bundle into p. */
static int
check_and_parse(struct store *st, const char *data, size_t len, struct parsed *p)
{
	unsigned char pk[crypto_sign_PUBLICKEYBYTES], sig[crypto_sign_BYTES];
	struct cursor cur;
	size_t siglen, signed_len, i;
	char *line = NULL, *trusted = NULL, name[64], station[CORE_STATION_MAX + 1];
	uint64_t count;
	const char *s;
	int rc;

	memset(p, 0, sizeof *p);
	if ((rc = crypto_ready()) != 0)
		return rc;
	/* The signature line: the last line, "sig " + hex + LF. */
	siglen = 4 + SIG_HEX + 1;
	if (len < siglen || data[len - 1] != '\n')
		return TUI_BUNDLE_EFORMAT;
	signed_len = len - siglen;
	cur.data = data;
	cur.len = signed_len;
	cur.pos = 0;
	cur.oom = 0;
	s = data + signed_len;
	if (memcmp(s, "sig ", 4) != 0 || (signed_len > 0 && data[signed_len - 1] != '\n'))
		return TUI_BUNDLE_EFORMAT;
	if (sodium_hex2bin(sig, sizeof sig, s + 4, SIG_HEX, NULL, &i, NULL) != 0 || i != sizeof sig)
		return TUI_BUNDLE_EFORMAT;
	sodium_bin2hex(p->sig, sizeof p->sig, sig, (sizeof p->sig - 1) / 2);
	/* The maker and its key, then trust, then the signature. */
	if ((line = next_line(&cur)) == NULL)
		goto bad;
	if (strcmp(line, MAGIC) != 0 && strcmp(line, MAGIC1) != 0) {
		/* "hamyar-bundle N" of a later version: said as such, so
		 * that the clerk upgrades rather than asks for it again */
		int newer = newer_magic(line);

		free(line);
		parsed_free(p);
		return newer ? TUI_BUNDLE_ENEWER : TUI_BUNDLE_EFORMAT;
	}
	p->v2 = strcmp(line, MAGIC) == 0;
	free(line);
	if ((line = next_line(&cur)) == NULL ||
	    header_word(line, "from", p->from, sizeof p->from) != 0 ||
	    core_station_normalize(p->from, p->from) != 0)
		goto bad;
	free(line);
	if ((line = next_line(&cur)) == NULL ||
	    header_word(line, "to", p->to, sizeof p->to) != 0 ||
	    core_station_normalize(p->to, p->to) != 0)
		goto bad;
	free(line);
	if ((line = next_line(&cur)) == NULL ||
	    header_word(line, "key", p->key, sizeof p->key) != 0)
		goto bad;
	free(line);
	line = NULL;
	snprintf(name, sizeof name, "sync.trust.%s", p->from);
	rc = get_setting_text(st, name, &trusted);
	if (rc == STORE_ENOTFOUND)
		return TUI_BUNDLE_EUNTRUSTED;
	if (rc != 0)
		return rc;
	rc = strcmp(trusted, p->key) == 0 ? 0 : TUI_BUNDLE_EUNTRUSTED;
	p->other_key = rc != 0;
	if (rc == 0 && sodium_hex2bin(pk, sizeof pk, trusted, strlen(trusted), NULL, &i, NULL) != 0)
		rc = STORE_ECORRUPT;
	free(trusted);
	if (rc != 0)
		return rc;
	if (crypto_sign_verify_detached(sig, (const unsigned char *)data, signed_len, pk) != 0)
		return TUI_BUNDLE_EBADSIG;
	/* Signed by a trusted key: now the rest must parse, as UTF-8 text (the
	 * store keeps the texts of its fields as they come; nothing else lets
	 * invalid UTF-8 in). */
	if (!loc_utf8_valid(data, signed_len))
		return TUI_BUNDLE_EFORMAT;
	if ((line = next_line(&cur)) == NULL || header_u64(line, "since", &p->since) != 0)
		goto bad;
	free(line);
	if ((line = next_line(&cur)) == NULL || header_u64(line, "upto", &p->upto) != 0)
		goto bad;
	free(line);
	if ((line = next_line(&cur)) == NULL || header_u64(line, "ack", &p->ack) != 0)
		goto bad;
	free(line);
	line = NULL;
	if (p->v2) {
		char ver[64];

		if ((line = next_line(&cur)) == NULL ||
		    header_word(line, "tip", ver, sizeof ver) != 0 ||
		    core_version_parse(ver, &p->tip) != 0)
			goto bad;
		free(line);
		if ((line = next_line(&cur)) == NULL ||
		    header_word(line, "acktip", ver, sizeof ver) != 0 ||
		    core_version_parse(ver, &p->acktip) != 0)
			goto bad;
		free(line);
		if ((line = next_line(&cur)) == NULL ||
		    header_u64(line, "restored", &p->restored) != 0)
			goto bad;
		free(line);
		if ((line = next_line(&cur)) == NULL ||
		    header_u64(line, "heard", &p->heard) != 0)
			goto bad;
		free(line);
	}
	if ((line = next_line(&cur)) == NULL ||
	    header_u64(line, "changes", &count) != 0 || count > len)
		goto bad;
	free(line);
	line = NULL;
	if (count > 0 && (p->ch = calloc((size_t)count, sizeof *p->ch)) == NULL)
		return STORE_ENOMEM;
	for (i = 0; i < count; i++) {
		if ((line = next_line(&cur)) == NULL)
			goto bad;
		rc = parse_change(line, &p->ch[i]);
		free(line);
		line = NULL;
		if (rc != 0) {
			parsed_free(p);
			return rc;
		}
		p->n++;
	}
	if ((line = next_line(&cur)) == NULL ||
	    header_u64(line, "resolved", &count) != 0 || count > len)
		goto bad;
	free(line);
	line = NULL;
	if (count > 0 && (p->x = calloc((size_t)count, sizeof *p->x)) == NULL) {
		parsed_free(p);
		return STORE_ENOMEM;
	}
	for (i = 0; i < count; i++) {
		if ((line = next_line(&cur)) == NULL ||
		    parse_settle(line, &p->x[i]) != 0)
			goto bad;
		free(line);
		line = NULL;
		p->nx++;
	}
	/* The files imported (a bundle of the program before has no such
	 * section), then the ranking, in a bundle of a maker that holds one
	 * (optional). */
	if (cur.pos != signed_len) {
		if ((line = next_line(&cur)) == NULL)
			goto bad;
		if (strncmp(line, "imported ", 9) == 0) {
			if (header_u64(line, "imported", &count) != 0 || count > len)
				goto bad;
			free(line);
			line = NULL;
			if (count > 0 && (p->m = calloc((size_t)count, sizeof *p->m)) == NULL) {
				parsed_free(p);
				return STORE_ENOMEM;
			}
			for (i = 0; i < count; i++) {
				if ((line = next_line(&cur)) == NULL || parse_mark(line, &p->m[i]) != 0)
					goto bad;
				free(line);
				line = NULL;
				p->nm++;
			}
			if (cur.pos != signed_len && (line = next_line(&cur)) == NULL)
				goto bad;
		}
	}
	if (line != NULL) {
		if ((rc = parse_rank(line, p)) != 0) {
			free(line);
			line = NULL;
			if (rc != TUI_BUNDLE_EFORMAT) {
				parsed_free(p);
				return rc;
			}
			goto bad;
		}
		free(line);
		line = NULL;
	}
	if (cur.pos != signed_len)
		goto bad;
	/* Addressed to us? */
	if ((rc = store_station(st, station)) != 0) {
		parsed_free(p);
		return rc;
	}
	/* (strcasecmp: a database made before codes were upper-cased) */
	if (strcasecmp(station, p->to) != 0) {
		parsed_free(p);
		return TUI_BUNDLE_ENOTFORUS;
	}
	return 0;
bad:
	free(line);
	parsed_free(p);
	return cur.oom ? STORE_ENOMEM : TUI_BUNDLE_EFORMAT;
}

/* For the message of a refusal only, nothing trusted: the maker and the
 * addressee the bundle's header names, if it begins as a bundle, and
 * whether its last line, the signature, is missing (a copy cut short). */
static void
peek_header(const char *data, size_t len, struct tui_bundle_stats *stats)
{
	static const char *const tag[2] = { "from ", "to " };
	char *out[2] = { stats->from, stats->to };
	const char *p = data, *end = data + len, *nl, *last;
	char word[CORE_STATION_MAX + 2];
	size_t n, i;

	n = strlen(MAGIC);
	if (len <= n || (memcmp(data, MAGIC, n) != 0 && memcmp(data, MAGIC1, n) != 0) ||
	    data[n] != '\n')
		return;
	/* The last line: "sig " and the hex, then LF. */
	for (last = end - (end[-1] == '\n' ? 1 : 0); last > data && last[-1] != '\n'; last--)
		;
	stats->cut = end[-1] != '\n' || (size_t)(end - last) != 4 + SIG_HEX + 1 ||
	    memcmp(last, "sig ", 4) != 0;
	p = data + n + 1;
	for (i = 0; i < 2 && p < end; i++) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			return;
		n = strlen(tag[i]);
		if ((size_t)(nl - p) <= n || (size_t)(nl - p) - n >= sizeof word ||
		    memcmp(p, tag[i], n) != 0)
			return;
		memcpy(word, p + n, (size_t)(nl - p) - n);
		word[(nl - p) - n] = '\0';
		if (core_station_normalize(word, out[i]) != 0) {
			out[i][0] = '\0';
			return;
		}
		p = nl + 1;
	}
}

/* A unit of the bundle that was here before it, and its county then
 * (units_before, units_moved). */
struct unit_was {
	const char *id;		/* the change's record's, in the parsed bundle */
	enum core_kind kind;	/* a unit, or a need (whose unit may change) */
	char county[CORE_COUNTY_MAX];
	char unit[CORE_ID_MAX];	/* a need's unit then */
};

struct apply_ctx {
	struct parsed *p;
	struct tui_bundle_stats *stats;
	void (*progress)(size_t done, size_t total);
	struct store_txn *t;
	struct unit_was *was;	/* units_before's list (freed by the caller) */
	size_t nwas;
	struct waiting *wait;	/* waiting_before's list (freed by the caller) */
	size_t nwait;
};

/* A record whose conflict waited here before the bundle was applied. */
struct waiting {
	enum core_kind kind;
	char id[CORE_ID_MAX];
};

static int
waiting_cmp(const void *va, const void *vb)
{
	const struct waiting *x = va, *y = vb;

	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	return strcmp(x->id, y->id);
}

/* store_sync_conflicts' callback for waiting_before: each record once (the
 * queue is in kind, id order). */
static int
waiting_collect(const struct store_conflict *c, void *vctx)
{
	struct apply_ctx *a = vctx;
	struct waiting *nw;

	if (a->nwait > 0 && a->wait[a->nwait - 1].kind == c->kind &&
	    strcmp(a->wait[a->nwait - 1].id, c->id) == 0)
		return 0;
	if ((nw = realloc(a->wait, (a->nwait + 1) * sizeof *nw)) == NULL)
		return STORE_ENOMEM;
	a->wait = nw;
	nw[a->nwait].kind = c->kind;
	memcpy(nw[a->nwait].id, c->id, sizeof nw[a->nwait].id);
	a->nwait++;
	return 0;
}

/* Notes the records whose conflicts wait here before the bundle is
 * applied, as `sync conflicts` lists them (one per record), into a->wait:
 * those the bundle's decisions close were decided at another database,
 * which the import says (waiting_decided).  Returns 0 or a store code. */
static int
waiting_before(struct store_txn *t, struct apply_ctx *a)
{
	free(a->wait);
	a->wait = NULL;
	a->nwait = 0;
	return store_sync_conflicts(t, 0, waiting_collect, a);
}

/* Whether record id of kind k waited here before the bundle (a->wait). */
static int
waited(const struct apply_ctx *a, enum core_kind k, const char *id)
{
	struct waiting key;

	if (a->nwait == 0 || id == NULL || strlen(id) >= sizeof key.id)
		return 0;
	key.kind = k;
	strcpy(key.id, id);
	return bsearch(&key, a->wait, a->nwait, sizeof *a->wait, waiting_cmp) != NULL;
}

/* Once the whole bundle is applied: how many records of a->wait no longer
 * wait (open, the set of store_sync_open_set), into the stats.  Returns 0
 * or a store code. */
static int
waiting_decided(struct store_txn *t, struct apply_ctx *a)
{
	struct store_open_set *open;
	size_t i;
	int rc;

	a->stats->decided = 0;
	if (a->nwait == 0)
		return 0;
	if ((rc = store_sync_open_set(t, &open)) != 0)
		return rc;
	for (i = 0; i < a->nwait; i++)
		a->stats->decided += !store_open_set_has(open, a->wait[i].kind, a->wait[i].id);
	store_open_set_free(open);
	return 0;
}

/* Notes, before any change of the bundle is applied, the county of each
 * unit it changes that is here already (once per unit), and of each need
 * with its unit, into a->was.  Returns 0 or a store code. */
static int
units_before(struct store_txn *t, struct apply_ctx *a)
{
	struct parsed *p = a->p;
	size_t i, j;
	int rc;

	free(a->was);
	a->was = NULL;
	a->nwas = 0;
	for (i = 0; i < p->n; i++) {
		const char *id = core_record_text(p->ch[i].rec, 0), *county;
		struct core_record *r;
		struct store_meta m;
		struct unit_was *nw;

		enum core_kind k = p->ch[i].rec->kind;

		if ((k != CORE_UNIT && k != CORE_NEED) || id == NULL)
			continue;
		for (j = 0; j < a->nwas && (a->was[j].kind != k || strcmp(a->was[j].id, id) != 0); j++)
			;
		if (j < a->nwas)
			continue;
		if ((rc = store_get(t, k, id, &r, &m)) == STORE_ENOTFOUND)
			continue;	/* a new record: nothing moves */
		if (rc != 0)
			return rc;
		if ((nw = realloc(a->was, (a->nwas + 1) * sizeof *nw)) == NULL) {
			core_record_free(r);
			return STORE_ENOMEM;
		}
		a->was = nw;
		county = core_record_text(r, k == CORE_UNIT ? CORE_UNIT_COUNTY : CORE_NEED_COUNTY);
		nw[a->nwas].id = id;
		nw[a->nwas].kind = k;
		loc_utf8_copy(nw[a->nwas].county, sizeof nw[a->nwas].county,
		    county != NULL ? county : "");
		loc_utf8_copy(nw[a->nwas].unit, sizeof nw[a->nwas].unit,
		    k == CORE_NEED && core_record_text(r, CORE_NEED_UNIT) != NULL ?
		    core_record_text(r, CORE_NEED_UNIT) : "");
		a->nwas++;
		core_record_free(r);
	}
	return 0;
}

/* units_moved for a need of the bundle that was here (w): if the version
 * in use now names another unit, of another county, it left the old
 * county's lists for the new one's with its pledges, as a unit's needs
 * do when the unit moves, and is said the same way (the stats' move with
 * need set).  A need whose unit stayed and moved is its unit's move.
 * Returns 0 or a store code. */
static int
need_moved(struct store_txn *t, struct apply_ctx *a, const struct unit_was *w)
{
	struct core_record *r;
	struct store_meta m;
	struct tui_bundle_move *mv;
	const char *county, *unit, *title;
	int rc;

	if ((rc = store_get(t, CORE_NEED, w->id, &r, &m)) != 0)
		return rc;
	county = core_record_text(r, CORE_NEED_COUNTY);
	unit = core_record_text(r, CORE_NEED_UNIT);
	title = core_record_text(r, CORE_NEED_TITLE);
	if (!m.deleted && county != NULL && unit != NULL && strcmp(county, w->county) != 0 &&
	    strcmp(unit, w->unit) != 0) {
		if (a->stats->nmoved < TUI_BUNDLE_MOVES) {
			mv = &a->stats->moved[a->stats->nmoved];
			memset(mv, 0, sizeof *mv);
			loc_utf8_copy(mv->need, sizeof mv->need, w->id);
			loc_utf8_copy(mv->unit, sizeof mv->unit, unit);
			loc_utf8_copy(mv->name, sizeof mv->name, title != NULL ? title : "");
			memcpy(mv->from, w->county, sizeof mv->from);
			loc_utf8_copy(mv->to, sizeof mv->to, county);
			mv->needs = 1;
		}
		a->stats->nmoved++;
	}
	core_record_free(r);
	return 0;
}

/* Once the whole bundle is applied (its conflicts decided by version):
 * each unit of a->was whose version in use now names another county, and
 * that has needs, into the stats (their county is their unit's: they and
 * their pledges left the old county's lists for the new one's, which the
 * one who imports is to be told).  Returns 0 or a store code. */
static int
units_moved(struct store_txn *t, struct apply_ctx *a)
{
	size_t i;
	int rc;

	a->stats->nmoved = 0;
	for (i = 0; i < a->nwas; i++) {
		struct core_record *r;
		struct store_meta m;
		struct tui_bundle_move *mv;
		const char *county, *name;
		long all, open;

		if (a->was[i].kind == CORE_NEED) {
			if ((rc = need_moved(t, a, &a->was[i])) != 0)
				return rc;
			continue;
		}
		if ((rc = store_get(t, CORE_UNIT, a->was[i].id, &r, &m)) != 0)
			return rc;
		county = core_record_text(r, CORE_UNIT_COUNTY);
		name = core_record_text(r, CORE_UNIT_NAME);
		if (county == NULL || strcmp(county, a->was[i].county) == 0 ||
		    (rc = tui_unit_needs(t, a->was[i].id, &all, &open)) != 0 || all == 0) {
			core_record_free(r);
			if (rc != 0)
				return rc;
			continue;
		}
		if (a->stats->nmoved < TUI_BUNDLE_MOVES) {
			mv = &a->stats->moved[a->stats->nmoved];
			mv->need[0] = '\0';
			loc_utf8_copy(mv->unit, sizeof mv->unit, a->was[i].id);
			loc_utf8_copy(mv->name, sizeof mv->name, name != NULL ? name : "");
			memcpy(mv->from, a->was[i].county, sizeof mv->from);
			loc_utf8_copy(mv->to, sizeof mv->to, county);
			mv->needs = all;
			mv->open = open;
		}
		a->stats->nmoved++;
		core_record_free(r);
	}
	return 0;
}

/* Change i of the bundle holds a unique value that another record, named
 * by dup, still holds once every change is applied (store_unique_settle):
 * the same person registered at two stations while apart.  Both records
 * keep it and the pair is listed (store_sync_dup); the change counts as a
 * conflict, not as applied. */
static int
dup_left(const struct store_why *dup, const char *id, size_t i, void *vctx)
{
	struct apply_ctx *a = vctx;
	struct change *ch = &a->p->ch[i];
	int rc;

	(void)id;
	if ((rc = store_sync_dup(a->t, ch->rec, &ch->meta, dup->id)) != 0)
		return rc;
	ch->dup = 1;
	if (!ch->queued) {
		ch->queued = 1;
		a->stats->applied--;
		a->stats->conflicts++;
	}
	return 1;
}

/* qsort: two queued changes by the record they are versions of. */
static int
change_rec_cmp(const void *va, const void *vb)
{
	const struct change *x = *(struct change *const *)va;
	const struct change *y = *(struct change *const *)vb;

	if (x->rec->kind != y->rec->kind)
		return x->rec->kind < y->rec->kind ? -1 : 1;
	return strcmp(core_record_text(x->rec, 0), core_record_text(y->rec, 0));
}

/* ---- numbers taken (see above): the import's side ---- */

struct taken {
	enum core_kind kind;
	char id[CORE_ID_MAX];
	size_t last;			/* the bundle's last change of it */
	int ours;			/* our creation of it is past sync.sent */
	int referred;			/* a change of ours past it refers to it */
	struct core_record *mine;	/* our last version of it; owned */
};

/* 1 if a REF or REFS field of r names record id of kind k. */
static int
refers_to(const struct core_record *r, enum core_kind k, const char *id)
{
	const struct core_schema *s = core_schema_get(r->kind);
	size_t i;

	for (i = 0; i < s->nfields; i++) {
		const struct core_field *f = &s->fields[i];

		if ((f->type != CORE_FT_REF && f->type != CORE_FT_REFS) || f->ref != k ||
		    !r->v[i].set || r->v[i].text == NULL)
			continue;
		if (f->type == CORE_FT_REF ? strcmp(r->v[i].text, id) == 0 :
		    core_list_has(r->v[i].text, id, strlen(id)))
			return 1;
	}
	return 0;
}

struct open_ctx {
	enum core_kind kind;
	const char *id;
	struct core_version v[16];
	size_t n;
};

static int
open_of(const struct store_conflict *c, void *vctx)
{
	struct open_ctx *o = vctx;

	if (c->kind == o->kind && strcmp(c->id, o->id) == 0 && o->n < 16)
		o->v[o->n++] = c->loser_is_local ? c->local.version : c->remote.version;
	return 0;
}

/* Whether record x may be renumbered (see "numbers taken"): ours, never
 * sent, nothing refers to it, and no unique value of it is another
 * record's or the incoming one's. */
static int
may_renumber(struct store_txn *t, const struct taken *x, const struct core_record *theirs)
{
	const struct core_schema *s = core_schema_get(x->kind);
	char holder[CORE_ID_MAX];
	size_t f;
	int rc;

	if (!x->ours || x->referred || x->mine == NULL)
		return 0;
	for (f = 0; f < s->nfields; f++) {
		if (!(s->fields[f].flags & CORE_FF_UNIQUE) || !x->mine->v[f].set ||
		    x->mine->v[f].text == NULL || x->mine->v[f].text[0] == '\0')
			continue;
		if (core_value_equal(x->mine, theirs, (int)f))
			return 0;
		rc = store_lookup_unique(t, x->kind, (int)f, x->mine->v[f].text, holder);
		if (rc == 0 && strcmp(holder, x->id) != 0)
			return 0;
		if (rc != 0 && rc != STORE_ENOTFOUND)
			return rc;
	}
	return 1;
}

/* Renumbers x: ours made again under the next number, the incoming record
 * in its place.  Returns 0, 1 if it could not be made (nothing done), or
 * a store code. */
static int
renumber_one(struct store_txn *t, const struct parsed *p, const struct taken *x, uint64_t ours,
    char *newid)
{
	const struct change *ch = &p->ch[x->last];
	struct core_record *r;
	struct store_meta meta;
	struct store_audit_field af;
	struct open_ctx o;
	char name[96], num[32];
	size_t i;
	int rc;

	/* ours again, under a new number (its unique values pass to it when
	 * the record in its old place gives them up, below) */
	if ((r = core_record_dup(x->mine)) == NULL)
		return STORE_ENOMEM;
	core_record_unset(r, 0);
	rc = store_put_new(t, r, newid);
	core_record_free(r);
	if (rc == STORE_EREF || rc == STORE_EDUP || rc == STORE_EEXIST || rc == STORE_EPERM ||
	    rc == STORE_EINVAL)
		return 1;	/* as it was: a conflict for a person */
	if (rc != 0)
		return rc;
	/* the incoming record in the old place, as everywhere else */
	if ((rc = store_exists(t, x->kind, x->id, &meta)) != 0)
		return rc;
	if (core_version_cmp(&meta.version, &ch->meta.version) != 0) {
		store_unique_tag(t, x->last);
		if ((r = core_record_dup(ch->rec)) == NULL)
			return STORE_ENOMEM;
		rc = store_apply(t, r, &ch->meta);
		core_record_free(r);
		if (rc != 0)
			return rc;
	}
	/* the meeting's queue entries: no decision for anyone to make */
	memset(&o, 0, sizeof o);
	o.kind = x->kind;
	o.id = x->id;
	if ((rc = store_sync_conflicts(t, 0, open_of, &o)) != 0)
		return rc;
	for (i = 0; i < o.n; i++)
		if ((rc = store_sync_settle(t, x->kind, x->id, &o.v[i],
		    STORE_CONFLICT_SUPERSEDED)) != 0)
			return rc;
	/* our versions under the old number stay here */
	snprintf(name, sizeof name, "sync.renum.%s.%s", core_schema_get(x->kind)->name, x->id);
	snprintf(num, sizeof num, "%" PRIu64, ours);
	if ((rc = store_setting_set(t, name, num, strlen(num))) != 0)
		return rc;
	af.name = "renumbered";
	af.old_text = (char *)x->id;
	af.new_text = newid;
	return store_audit_resolved(t, x->kind, x->id, &af, 1);
}

/* After the bundle's changes are applied: our records that met one of the
 * bundle's under one number, renumbered where that is safe.  ours is our
 * log's end before the bundle. */
static int
renumber_taken(struct store_txn *t, struct parsed *p, uint64_t ours,
    struct tui_bundle_stats *stats)
{
	struct taken *tk = NULL;
	struct store_change c;
	char station[CORE_STATION_MAX + 1], st[CORE_STATION_MAX + 1], newid[CORE_ID_MAX];
	uint64_t sent, seq, after;
	size_t i, j, n = 0;
	int rc;
	char *have = NULL;

	/* a database of an older program has no sync.sent: what it sent is
	 * not known, nothing is renumbered */
	rc = store_setting_get(t, "sync.sent", &have, NULL);
	free(have);
	if (rc == STORE_ENOTFOUND)
		return 0;
	if (rc != 0 || (rc = setting_u64(t, "sync.sent", &sent)) != 0 ||
	    (rc = store_station(store_txn_store(t), station)) != 0)
		return rc;
	if (sent >= ours)
		return 0;
	for (i = 0; i < p->n; i++) {
		const struct change *ch = &p->ch[i];
		const char *id = core_record_text(ch->rec, 0);

		if (!ch->queued || !core_version_is_zero(&ch->meta.base) ||
		    core_id_parse(id, st, &seq) != 0 || strcasecmp(st, station) != 0)
			continue;
		for (j = 0; j < n; j++)
			if (tk[j].kind == ch->rec->kind && strcmp(tk[j].id, id) == 0)
				break;
		if (j < n)
			continue;
		{
			struct taken *nt = realloc(tk, (n + 1) * sizeof *tk);

			if (nt == NULL) {
				rc = STORE_ENOMEM;
				goto out;
			}
			tk = nt;
		}
		memset(&tk[n], 0, sizeof tk[n]);
		tk[n].kind = ch->rec->kind;
		snprintf(tk[n].id, sizeof tk[n].id, "%s", id);
		for (j = i; j < p->n; j++)
			if (p->ch[j].rec->kind == tk[n].kind &&
			    strcmp(core_record_text(p->ch[j].rec, 0), id) == 0)
				tk[n].last = j;
		n++;
	}
	if (n == 0)
		return 0;
	/* our changes that never went out */
	memset(&c, 0, sizeof c);
	for (after = sent; after < ours;) {
		rc = store_change_next(t, after, &c);
		if (rc == STORE_ENOTFOUND)
			break;
		if (rc != 0)
			goto out;
		after = c.seq;
		if (c.seq > ours) {
			store_change_done(&c);
			break;
		}
		if (strcasecmp(c.meta.version.origin, station) == 0) {
			for (j = 0; j < n; j++) {
				if (c.kind == tk[j].kind && strcmp(c.id, tk[j].id) == 0) {
					if (core_version_is_zero(&c.meta.base))
						tk[j].ours = 1;
					core_record_free(tk[j].mine);
					tk[j].mine = core_record_dup(c.rec);
					if (tk[j].mine == NULL) {
						store_change_done(&c);
						rc = STORE_ENOMEM;
						goto out;
					}
				} else if (refers_to(c.rec, tk[j].kind, tk[j].id)) {
					tk[j].referred = 1;
				}
			}
		}
		store_change_done(&c);
	}
	rc = 0;
	for (j = 0; j < n; j++) {
		if ((rc = may_renumber(t, &tk[j], p->ch[tk[j].last].rec)) < 0)
			goto out;
		if (rc == 0)
			continue;
		if ((rc = renumber_one(t, p, &tk[j], ours, newid)) < 0)
			goto out;
		if (rc == 0) {
			char pair[2 * CORE_ID_MAX + 8];
			size_t have_len = strlen(stats->renumbered);

			snprintf(pair, sizeof pair, "%s%s → %s", have_len ? ", " : "", tk[j].id, newid);
			if (have_len + strlen(pair) < sizeof stats->renumbered)
				strcat(stats->renumbered, pair);
			stats->nrenumbered++;
			/* the incoming versions of it took its place: applied,
			 * not conflicts */
			for (i = 0; i < p->n; i++) {
				struct change *ch = &p->ch[i];

				if (ch->queued && ch->rec->kind == tk[j].kind &&
				    strcmp(core_record_text(ch->rec, 0), tk[j].id) == 0) {
					ch->queued = 0;
					stats->conflicts--;
					stats->applied++;
				}
			}
		}
		rc = 0;
	}
out:
	for (j = 0; j < n; j++)
		core_record_free(tk[j].mine);
	free(tk);
	return rc;
}

/* The numbers of p's maker once its bundle is applied (see "where two
 * logs stand" above); ours is the end of our log before the bundle. */
static int
where_logs_stand(struct store_txn *t, const struct parsed *p, uint64_t ours,
    struct tui_bundle_stats *stats)
{
	struct core_version mine;
	uint64_t recv, heard, restored;
	int ack_ok = 1, rc;

	if (!p->v2) {
		/* An older program's bundle: no versions to check.  Its ack
		 * is cut to our log's end: "acked" never goes down, so an ack
		 * past our log (a log of ours this database no longer has, or
		 * a faulty maker) would hold back every change we make up to
		 * that number, for good. */
		if ((rc = store_sync_peer_get(t, p->from, "recv", &recv)) != 0)
			return rc;
		if (p->since <= recv && (rc = store_sync_peer_raise(t, p->from, "recv", p->upto)) != 0)
			return rc;
		return store_sync_peer_raise(t, p->from, "acked", p->ack < ours ? p->ack : ours);
	}
	if ((rc = setting_u64(t, "sync.restored", &restored)) != 0)
		return rc;
	/* Does our log hold, at the maker's ack, what the maker holds?  (A
	 * maker that has not heard of our last restore acks the log we had:
	 * that is no news, and moves nothing below.) */
	if (restored > p->heard)
		ack_ok = 0;
	else if (p->ack > ours)
		ack_ok = 0;
	else if (!core_version_is_zero(&p->acktip)) {
		if ((rc = log_version(t, p->ack, &mine)) != 0)
			return rc;
		ack_ok = core_version_cmp(&mine, &p->acktip) == 0;
	}
	if (!ack_ok && restored <= p->heard) {
		/* It holds a log of ours that is not this one: we were
		 * restored from a backup. */
		if ((rc = note_restored(t)) != 0 ||
		    (rc = setting_u64(t, "sync.restored", &restored)) != 0)
			return rc;
		stats->behind = 1;
	}
	if ((rc = store_sync_peer_get(t, p->from, "recv", &recv)) != 0 ||
	    (rc = store_sync_peer_get(t, p->from, "heard", &heard)) != 0 ||
	    (rc = store_sync_peer_raise(t, p->from, "told", p->heard)) != 0)
		return rc;
	if (p->restored > heard) {
		/* The maker was restored from a backup: its numbers as it says
		 * them now (what it holds of ours, if that is of this log), and
		 * its own changes in our log go back to it too. */
		if (restored <= p->heard) {
			if ((rc = store_sync_peer_set(t, p->from, "recv", p->upto)) != 0 ||
			    (rc = peer_tip_set(t, p->from, p->upto, &p->tip)) != 0 ||
			    (ack_ok &&
			    (rc = store_sync_peer_set(t, p->from, "acked", p->ack)) != 0))
				return rc;
		} else if (p->since < recv) {
			/* both restored, and it has not heard of ours: its
			 * bundle left out our changes it thought we hold, so
			 * only what it says we acknowledged is sure */
			if ((rc = store_sync_peer_set(t, p->from, "recv", p->since)) != 0)
				return rc;
		}
		if ((rc = store_sync_peer_set(t, p->from, "own", ours)) != 0 ||
		    (rc = store_sync_peer_set(t, p->from, "heard", p->restored)) != 0)
			return rc;
		stats->peer_restored = 1;
		return 0;
	}
	/* A maker that has not heard of our last restore made this bundle for
	 * the log we had: it left out our own changes, which we may no longer
	 * hold, and its ack is of that log.  Neither number moves on it. */
	if (restored > p->heard)
		return 0;
	if (p->since <= recv) {
		if ((rc = store_sync_peer_raise(t, p->from, "recv", p->upto)) != 0)
			return rc;
		if (p->upto >= recv && (rc = peer_tip_set(t, p->from, p->upto, &p->tip)) != 0)
			return rc;
	}
	return ack_ok ? store_sync_peer_raise(t, p->from, "acked", p->ack) : 0;
}

/* The first bundle of a station signed with the key trusted for it with
 * `sync trust --replace` (set_trust): the numbers set aside then
 * (store_sync_peer_rekey) are put back if the bundle goes on from the log
 * its old key signed, that is, if it starts past a change of that log we
 * acknowledged ("since", what its maker holds of our ack, within what we
 * held of it): the same database, whose key was made anew (`sync key
 * --new`).  A station installed afresh starts a new log that no ack of
 * ours has reached yet (since 0: its maker has heard none, or only an ack
 * past its new log, which it does not take): its numbers stay
 * forgotten. */
static int
rekeyed(struct store_txn *t, const struct parsed *p, struct tui_bundle_stats *stats)
{
	uint64_t recv;
	int rc, same;

	stats->rekeyed = 0;
	if ((rc = store_sync_peer_before_num(t, p->from, "recv", &recv)) <= 0)
		return rc;
	same = p->since > 0 && p->since <= recv;
	if ((rc = store_sync_peer_before(t, p->from, same)) < 0)
		return rc;
	stats->rekeyed = same ? 1 : 2;
	return 0;
}

static int
apply_all(struct store_txn *t, void *vctx)
{
	struct apply_ctx *a = vctx;
	struct parsed *p = a->p;
	enum store_sync_outcome oc;
	uint64_t ours;
	size_t i;
	int rc;

	/* store_write may run this again from the start: count afresh. */
	store_txn_bulk(t);
	a->stats->applied = a->stats->skipped = a->stats->conflicts = a->stats->settled = 0;
	a->stats->peer_restored = a->stats->behind = a->stats->from_backup = 0;
	a->stats->nrenumbered = 0;
	a->stats->renumbered[0] = '\0';
	a->stats->napart = 0;
	a->stats->apart[0] = '\0';
	a->stats->ndup = 0;
	a->t = t;
	if ((rc = notice_backup(t, &a->stats->from_backup)) != 0)
		return rc;
	if ((rc = rekeyed(t, p, a->stats)) != 0)
		return rc;
	if ((rc = units_before(t, a)) != 0 || (rc = waiting_before(t, a)) != 0)
		return rc;
	/* The bundle counts as a whole, as the import that made it did: two
	 * records that swapped their national ids there are no duplicate
	 * here (dup_left). */
	if ((rc = store_txn_defer_unique(t)) != 0)
		return rc;
	/* Our log's end before this bundle adds to it: the most the maker can
	 * hold of it. */
	if ((rc = store_change_last(t, &ours)) != 0)
		return rc;
	for (i = 0; i < p->n; i++) {
		store_unique_tag(t, i);
		if ((rc = store_sync_apply(t, p->ch[i].rec, &p->ch[i].meta, &oc)) != 0)
			return rc;
		p->ch[i].queued = oc != STORE_SYNC_SKIPPED && oc != STORE_SYNC_APPLIED;
		/* a creation is no descendant of what is here, nor is that of
		 * it (that would be skipped): the two began apart */
		p->ch[i].apart = (oc == STORE_SYNC_WON || oc == STORE_SYNC_LOST) &&
		    core_version_is_zero(&p->ch[i].meta.base);
		p->ch[i].won = oc == STORE_SYNC_WON;
		p->ch[i].skipped = oc == STORE_SYNC_SKIPPED;
		p->ch[i].dup = 0;
		switch (oc) {
		case STORE_SYNC_SKIPPED: a->stats->skipped++; break;
		case STORE_SYNC_APPLIED: a->stats->applied++; break;
		default: a->stats->conflicts++; break;
		}
		if (a->progress != NULL && (i + 1) % 500 == 0)
			a->progress(i + 1, p->n);
	}
	if ((rc = renumber_taken(t, p, ours, a->stats)) != 0)
		return rc;
	if ((rc = store_unique_settle(t, dup_left, a)) != 0)
		return rc;
	for (i = 0; i < p->nx; i++)
		if ((rc = store_sync_settle_by(t, p->x[i].kind, p->x[i].id, &p->x[i].v,
		    p->x[i].state, p->x[i].by, p->x[i].kept)) != 0)
			return rc;
	/* the files imported elsewhere: each one not noted here yet */
	for (i = 0; i < p->nm; i++) {
		char *have = NULL;

		rc = store_setting_get(t, p->m[i].name, &have, NULL);
		free(have);
		if (rc == STORE_ENOTFOUND)
			rc = store_setting_set(t, p->m[i].name, p->m[i].value, strlen(p->m[i].value));
		if (rc != 0)
			return rc;
	}
	if ((rc = store_sync_recheck(t)) != 0)
		return rc;
	if ((rc = units_moved(t, a)) != 0 || (rc = waiting_decided(t, a)) != 0)
		return rc;
	/* A conflict that the bundle's decisions closed is not one to report
	 * as waiting here.  Records are counted, not changes: a bundle may
	 * carry two or three versions of one record (the other side's edit,
	 * a third station's, the decision between them), each queued in turn
	 * and each taking the last one's place, and one decision waits, as
	 * `sync conflicts` and the conflict screen list it. */
	if (a->stats->conflicts > 0) {
		struct store_open_set *open;
		struct change **q;
		size_t nq = 0;

		if ((q = malloc(a->stats->conflicts * sizeof *q)) == NULL)
			return STORE_ENOMEM;
		for (i = 0; i < p->n; i++)
			if (p->ch[i].queued && nq < a->stats->conflicts)
				q[nq++] = &p->ch[i];
		qsort(q, nq, sizeof *q, change_rec_cmp);
		/* One pass over the queue, not one per change: a bundle of
		 * thousands of duplicates took minutes. */
		if ((rc = store_sync_open_set(t, &open)) != 0) {
			free(q);
			return rc;
		}
		a->stats->conflicts = 0;
		for (i = 0; i < nq; i++) {
			size_t j;
			int apart = 0, won = 0, dup = 0;
			struct change *made = NULL;

			if (i > 0 && change_rec_cmp(&q[i - 1], &q[i]) == 0)
				continue;
			if (!store_open_set_has(open, q[i]->rec->kind,
			    core_record_text(q[i]->rec, 0))) {
				/* one that waited here before is counted
				 * as decided elsewhere (waiting_decided) */
				a->stats->settled += !waited(a, q[i]->rec->kind,
				    core_record_text(q[i]->rec, 0));
				continue;
			}
			a->stats->conflicts++;
			for (j = i; j < nq && change_rec_cmp(&q[i], &q[j]) == 0; j++) {
				if (q[j]->apart && !apart)
					made = q[j];
				apart |= q[j]->apart;
				won |= q[j]->won;
				dup |= q[j]->dup;
			}
			/* a suspected duplicate: the record is here, beside
			 * the other one, whichever the decision keeps */
			a->stats->ndup += dup && !apart;
			if (apart && !won) {
				/* this database's version stays in use, and
				 * nothing here was written: the audit log says
				 * another record came under its number (when
				 * the incoming one won, its sync entry says it,
				 * store/sync.c) */
				struct store_audit_field note[2] = {
					{ (char *)"apart", (char *)"", made->meta.version.origin },
					{ (char *)"in_use", (char *)"", (char *)"mine" },
				};

				if ((rc = store_audit_synced(t, made->rec->kind,
				    core_record_text(made->rec, 0), note, 2)) != 0) {
					store_open_set_free(open);
					free(q);
					return rc;
				}
			}
			if (apart) {
				const char *id = core_record_text(q[i]->rec, 0);
				size_t have = strlen(a->stats->apart);

				a->stats->napart++;
				if (have + strlen(id) + 3 < sizeof a->stats->apart)
					snprintf(a->stats->apart + have,
					    sizeof a->stats->apart - have, "%s%s",
					    have ? ", " : "", id);
			}
		}
		store_open_set_free(open);
		free(q);
	}
	/* what was applied, by kind: neither skipped nor left in the queue
	 * (dup_left and renumber_taken move changes between the two) */
	memset(a->stats->applied_kind, 0, sizeof a->stats->applied_kind);
	for (i = 0; i < p->n; i++)
		if (!p->ch[i].skipped && !p->ch[i].queued && p->ch[i].rec->kind < CORE_NKINDS)
			a->stats->applied_kind[p->ch[i].rec->kind]++;
	/* The province's ranking, when the maker holds a newer one.  Numbers
	 * the ranking could not use make the bundle malformed. */
	a->stats->rank = 0;
	if (p->rank_w != NULL) {
		rc = store_rank_receive(t, &p->rank_v, p->rank_w, p->rank_m);
		if (rc < 0)
			return rc == STORE_EINVAL ? TUI_BUNDLE_EFORMAT : rc;
		a->stats->rank = rc;
	}
	/* when the maker was last heard from (the same bundle again: no) */
	if ((rc = store_sync_peer_stamp(t, p->from, STORE_SYNC_IN, (int64_t)time(NULL),
	    p->sig)) != 0)
		return rc;
	return where_logs_stand(t, p, ours, a->stats);
}

/* A station whose clock runs ahead stamps its changes in the future, and
 * they win over every edit made elsewhere until the clocks catch up (and
 * the hybrid clock of each database that takes them moves ahead too).
 * Nothing is refused for it (the stamps are valid versions), but the
 * newest stamp past this machine's clock is noted, so it can be said. */
static void
clock_ahead(const struct parsed *p, struct tui_bundle_stats *stats)
{
	struct timespec ts;
	uint64_t now, ms;
	size_t i;

	clock_gettime(CLOCK_REALTIME, &ts);
	now = (uint64_t)ts.tv_sec * 1000 + (uint64_t)ts.tv_nsec / 1000000;
	for (i = 0; i < p->n; i++) {
		ms = core_hlc_ms(p->ch[i].meta.version.hlc);
		if (ms > now && ms - now > stats->ahead_ms) {
			stats->ahead_ms = ms - now;
			stats->ahead_at_ms = ms;
			memcpy(stats->ahead_by, p->ch[i].meta.version.origin, sizeof stats->ahead_by);
		}
	}
}

int
tui_bundle_import(struct store *st, const char *data, size_t len,
    struct tui_bundle_stats *stats, void (*progress)(size_t done, size_t total))
{
	struct parsed p;
	struct apply_ctx a;
	int rc;

	memset(stats, 0, sizeof *stats);
	if (len > 0)
		peek_header(data, len, stats);
	if ((rc = check_and_parse(st, data, len, &p)) != 0) {
		stats->other_key = rc == TUI_BUNDLE_EUNTRUSTED && p.other_key;
		if (stats->other_key)
			memcpy(stats->key, p.key, sizeof stats->key);
		return rc;
	}
	stats->cut = 0;
	memcpy(stats->from, p.from, sizeof stats->from);
	stats->changes = p.n;
	clock_ahead(&p, stats);
	a.p = &p;
	a.stats = stats;
	a.progress = progress;
	a.was = NULL;
	a.nwas = 0;
	a.wait = NULL;
	a.nwait = 0;
	rc = store_write(st, apply_all, &a);
	free(a.was);
	free(a.wait);
	if (rc == 0 && progress != NULL)
		progress(p.n, p.n);
	if (rc != 0)
	{
		stats->applied = stats->skipped = stats->conflicts = stats->settled =
		    stats->nmoved = stats->decided = stats->ndup = 0;
		memset(stats->applied_kind, 0, sizeof stats->applied_kind);
	}
	parsed_free(&p);
	return rc;
}
