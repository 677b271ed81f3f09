/*
 * store/sync.c — applying remote versions, the conflict queue, peer numbers
 * and the record text of bundles (see store/sync.h for the model).
 *
 * A queued conflict is one setting, "sync.conflict.KIND.ID.VERSION" where
 * VERSION is the queued (losing) version as "HLC@STATION", whose value is
 * lines of text:
 *
 *   local VERSION BASE REV DELETED
 *   remote VERSION BASE REV DELETED
 *   loser local|remote
 *   dup 0|1 [HOLDER]
 *   state open|mine|theirs|merged
 *   FIELDS            (store_sync_record_encode of the losing version)
 *
 * Using the losing version in the key makes "already queued?" one lookup,
 * which is what keeps a re-imported bundle a no-op.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "core/merge.h"
#include "core/validate.h"
#include "locale/strbuf.h"
#include "store/sync.h"
#include "store/store_int.h"

static const char *const state_names[] = { "open", "mine", "theirs", "merged", "superseded" };
#define NSTATES (int)(sizeof state_names / sizeof state_names[0])

/* ---- escaping and record text ---- */

char *
store_sync_escape(const char *text)
{
	size_t n = 0;
	const char *s;
	char *out, *o;

	for (s = text; *s; s++)
		n += (*s == '\\' || *s == '\t' || *s == '\n' || *s == '\r') ? 2 : 1;
	if ((out = malloc(n + 1)) == NULL)
		return NULL;
	for (s = text, o = out; *s; s++) {
		switch (*s) {
		case '\\': *o++ = '\\'; *o++ = '\\'; break;
		case '\t': *o++ = '\\'; *o++ = 't'; break;
		case '\n': *o++ = '\\'; *o++ = 'n'; break;
		case '\r': *o++ = '\\'; *o++ = 'r'; break;
		default: *o++ = *s;
		}
	}
	*o = '\0';
	return out;
}

char *
store_sync_unescape(const char *text, size_t len)
{
	char *out, *o;
	size_t i;

	if ((out = malloc(len + 1)) == NULL)
		return NULL;
	for (i = 0, o = out; i < len; i++) {
		if (text[i] != '\\') {
			*o++ = text[i];
			continue;
		}
		if (++i == len)
			goto bad;
		switch (text[i]) {
		case '\\': *o++ = '\\'; break;
		case 't': *o++ = '\t'; break;
		case 'n': *o++ = '\n'; break;
		case 'r': *o++ = '\r'; break;
		default: goto bad;
		}
	}
	*o = '\0';
	return out;
bad:
	free(out);
	return NULL;
}


int
store_sync_record_encode(const struct core_record *r, char **out)
{
	const struct core_schema *s = core_schema_get(r->kind);
	struct loc_strbuf b = { 0 };
	char num[32], *esc;
	size_t i;
	int first = 1;

	*out = NULL;
	if (s == NULL)
		return STORE_EINVAL;
	loc_strbuf_add(&b, "", 0);
	for (i = 0; i < s->nfields; i++) {
		const struct core_value *v = &r->v[i];

		if (!v->set)
			continue;
		if (!first)
			loc_strbuf_add(&b, "\t", 1);
		first = 0;
		loc_strbuf_str(&b, s->fields[i].name);
		loc_strbuf_add(&b, "=", 1);
		if (core_ftype_is_text(s->fields[i].type)) {
			if ((esc = store_sync_escape(v->text ? v->text : "")) == NULL) {
				free(b.p);
				return STORE_ENOMEM;
			}
			loc_strbuf_str(&b, esc);
			free(esc);
		} else {
			snprintf(num, sizeof num, "%" PRId64, v->num);
			loc_strbuf_str(&b, num);
		}
	}
	if (b.failed) {
		free(b.p);
		return STORE_ENOMEM;
	}
	*out = b.p;
	return 0;
}

int
store_sync_record_decode(enum core_kind k, const char *text, struct core_record **out)
{
	const struct core_schema *s = core_schema_get(k);
	struct core_record *r;
	const char *p = text, *tab, *eq;
	char name[64], *val, *end;
	int f, rc = 0;
	size_t i;

	*out = NULL;
	if (s == NULL)
		return STORE_EINVAL;
	if ((r = core_record_new(k)) == NULL)
		return STORE_ENOMEM;
	/* Fields absent from the text are unset, even "active". */
	for (i = 0; i < s->nfields; i++)
		core_record_unset(r, (int)i);
	while (*p != '\0') {
		tab = strchr(p, '\t');
		if (tab == NULL)
			tab = p + strlen(p);
		eq = memchr(p, '=', (size_t)(tab - p));
		if (eq == NULL || eq == p || (size_t)(eq - p) >= sizeof name) {
			rc = STORE_EINVAL;
			goto fail;
		}
		memcpy(name, p, (size_t)(eq - p));
		name[eq - p] = '\0';
		if ((f = core_field_find(s, name)) >= 0) {
			if ((val = store_sync_unescape(eq + 1, (size_t)(tab - eq - 1))) == NULL) {
				rc = STORE_EINVAL;
				goto fail;
			}
			if (core_ftype_is_text(s->fields[f].type)) {
				rc = core_record_set_text(r, f, val) == 0 ? 0 : STORE_ENOMEM;
			} else {
				long long n = strtoll(val, &end, 10);

				if (*val == '\0' || *end != '\0')
					rc = STORE_EINVAL;
				else
					core_record_set_num(r, f, (int64_t)n);
			}
			free(val);
			if (rc != 0)
				goto fail;
		}
		p = *tab ? tab + 1 : tab;
	}
	*out = r;
	return 0;
fail:
	core_record_free(r);
	return rc;
}

/* ---- peer numbers ---- */

static int
get_u64(struct store_txn *t, const char *name, uint64_t *v)
{
	char *data = NULL;
	size_t len;
	int rc;

	*v = 0;
	rc = store_setting_get(t, name, &data, &len);
	if (rc == STORE_ENOTFOUND)
		return 0;
	if (rc != 0)
		return rc;
	*v = strtoull(data, NULL, 10);
	free(data);
	return 0;
}

int
store_sync_peer_get(struct store_txn *t, const char *peer, const char *what, uint64_t *v)
{
	char name[96];

	*v = 0;
	if (!core_station_valid(peer))
		return STORE_EINVAL;
	snprintf(name, sizeof name, "sync.peer.%s.%s", peer, what);
	return get_u64(t, name, v);
}

int
store_sync_peer_raise(struct store_txn *t, const char *peer, const char *what, uint64_t v)
{
	char name[96], num[32];
	uint64_t cur;
	int rc;

	if (!core_station_valid(peer))
		return STORE_EINVAL;
	snprintf(name, sizeof name, "sync.peer.%s.%s", peer, what);
	if ((rc = get_u64(t, name, &cur)) != 0)
		return rc;
	if (v <= cur)
		return 0;
	snprintf(num, sizeof num, "%" PRIu64, v);
	return store_setting_set(t, name, num, strlen(num));
}

int
store_sync_peer_set(struct store_txn *t, const char *peer, const char *what, uint64_t v)
{
	char name[96], num[32];

	if (!core_station_valid(peer))
		return STORE_EINVAL;
	snprintf(name, sizeof name, "sync.peer.%s.%s", peer, what);
	snprintf(num, sizeof num, "%" PRIu64, v);
	return store_setting_set(t, name, num, strlen(num));
}

int
store_sync_peer_reset(struct store_txn *t, const char *peer)
{
	static const char *const what[] = { "acked", "recv", "tip", "own", "heard", "told" };
	char name[96];
	uint64_t last;
	/* (peer_numbers below: the same names) */
	size_t i;
	int rc;

	if (!core_station_valid(peer))
		return STORE_EINVAL;
	for (i = 0; i < sizeof what / sizeof what[0]; i++) {
		snprintf(name, sizeof name, "sync.peer.%s.%s", peer, what[i]);
		if ((rc = store_setting_del(t, name)) != 0 && rc != STORE_ENOTFOUND)
			return rc;
	}
	/* The station holds none of its old changes: every one in our log
	 * goes back to it, even once its first bundle has moved "recv" (a
	 * station that sends before it imports).  Without "own", a peer's
	 * changes go back only while recv and acked are both 0. */
	if ((rc = store_change_last(t, &last)) != 0)
		return rc;
	return last > 0 ? store_sync_peer_set(t, peer, "own", last) : 0;
}

/* A station's numbers set aside when a new key is trusted for it
 * (store_sync_peer_rekey), "NAME VALUE" lines in sync.peer.STATION.before,
 * until its first bundle signed with the new key says whether it is the
 * same database (a key made anew) or one installed afresh. */
static const char *const peer_numbers[] = { "acked", "recv", "tip", "own", "heard", "told" };
#define NPEER_NUMBERS (sizeof peer_numbers / sizeof peer_numbers[0])

int
store_sync_peer_rekey(struct store_txn *t, const char *peer)
{
	char name[96], *data = NULL;
	struct loc_strbuf b = { 0 };
	size_t i;
	int rc;

	if (!core_station_valid(peer))
		return STORE_EINVAL;
	snprintf(name, sizeof name, "sync.peer.%s.before", peer);
	rc = store_setting_get(t, name, &data, NULL);
	free(data);
	data = NULL;
	if (rc != 0 && rc != STORE_ENOTFOUND)
		return rc;
	if (rc == STORE_ENOTFOUND) {
		/* (a key replaced again before any bundle came keeps what
		 * was set aside the first time: the numbers now are the
		 * reset ones) */
		for (i = 0; i < NPEER_NUMBERS; i++) {
			char n2[96];

			snprintf(n2, sizeof n2, "sync.peer.%s.%s", peer, peer_numbers[i]);
			rc = store_setting_get(t, n2, &data, NULL);
			if (rc == STORE_ENOTFOUND)
				continue;
			if (rc != 0) {
				free(b.p);
				return rc;
			}
			if (strchr(data, '\n') == NULL) {
				loc_strbuf_str(&b, peer_numbers[i]);
				loc_strbuf_str(&b, " ");
				loc_strbuf_str(&b, data);
				loc_strbuf_str(&b, "\n");
			}
			free(data);
			data = NULL;
		}
		if (b.failed) {
			free(b.p);
			return STORE_ENOMEM;
		}
		rc = store_setting_set(t, name, b.p != NULL ? b.p : "", b.len);
		free(b.p);
		if (rc != 0)
			return rc;
	}
	return store_sync_peer_reset(t, peer);
}

/* The numbers set aside for PEER ("sync.peer.PEER.before") into *data
   (freed by the caller) and the setting's name into name: 1 if there are
   some, 0 if none, or a store error. */
static int
before_get(struct store_txn *t, const char *peer, char name[96], char **data)
{
	int rc;

	if (!core_station_valid(peer))
		return STORE_EINVAL;
	snprintf(name, 96, "sync.peer.%s.before", peer);
	rc = store_setting_get(t, name, data, NULL);
	if (rc == STORE_ENOTFOUND)
		return 0;
	return rc != 0 ? rc : 1;
}

/* Notes, in sync.peer.PEER.keyed ("same KEY" or "fresh KEY"), what the
 * first bundle signed with PEER's key trusted now (sync.trust.PEER) said
 * of it, for a restore of a backup made before that key was trusted
 * (store_sync_peer_keyed). */
static int
keyed_set(struct store_txn *t, const char *peer, int same)
{
	char name[96], *key = NULL, *v;
	size_t len;
	int rc;

	snprintf(name, sizeof name, "sync.trust.%s", peer);
	rc = store_setting_get(t, name, &key, &len);
	if (rc == STORE_ENOTFOUND)
		return 0;
	if (rc != 0)
		return rc;
	if ((v = malloc(len + 8)) == NULL) {
		free(key);
		return STORE_ENOMEM;
	}
	snprintf(v, len + 8, "%s %.*s", same ? "same" : "fresh", (int)len, key);
	free(key);
	snprintf(name, sizeof name, "sync.peer.%s.keyed", peer);
	rc = store_setting_set(t, name, v, strlen(v));
	free(v);
	return rc;
}

int
store_sync_peer_before(struct store_txn *t, const char *peer, int same)
{
	char name[96], *data = NULL, *p, *nl;
	size_t i;
	int rc;

	if ((rc = before_get(t, peer, name, &data)) != 1)
		return rc;
	if (same) {
		for (i = 0; i < NPEER_NUMBERS; i++) {
			char n2[96];

			snprintf(n2, sizeof n2, "sync.peer.%s.%s", peer, peer_numbers[i]);
			if ((rc = store_setting_del(t, n2)) != 0 && rc != STORE_ENOTFOUND)
				goto out;
		}
		for (p = data; *p != '\0'; p = nl + 1) {
			char *sp, n2[96];

			if ((nl = strchr(p, '\n')) == NULL)
				break;
			*nl = '\0';
			if ((sp = strchr(p, ' ')) == NULL)
				continue;
			*sp = '\0';
			for (i = 0; i < NPEER_NUMBERS && strcmp(p, peer_numbers[i]) != 0; i++)
				;
			if (i == NPEER_NUMBERS)
				continue;
			snprintf(n2, sizeof n2, "sync.peer.%s.%s", peer, p);
			if ((rc = store_setting_set(t, n2, sp + 1, strlen(sp + 1))) != 0)
				goto out;
		}
	}
	if ((rc = store_setting_del(t, name)) != 0)
		goto out;
	rc = keyed_set(t, peer, same);
out:
	free(data);
	return rc != 0 ? rc : 1;
}

int
store_sync_peer_keyed(struct store_txn *t, const char *peer, const char *key)
{
	char name[96], *data = NULL;
	int rc, fate = 0;

	if (!core_station_valid(peer))
		return STORE_EINVAL;
	snprintf(name, sizeof name, "sync.peer.%s.keyed", peer);
	rc = store_setting_get(t, name, &data, NULL);
	if (rc == STORE_ENOTFOUND)
		return 0;
	if (rc != 0)
		return rc;
	if (strncmp(data, "same ", 5) == 0)
		fate = STORE_KEYED_SAME;
	else if (strncmp(data, "fresh ", 6) == 0)
		fate = STORE_KEYED_FRESH;
	if (fate != 0 && strcasecmp(data + (fate == STORE_KEYED_SAME ? 5 : 6), key) != 0)
		fate = 0;
	free(data);
	return fate;
}

int
store_sync_peer_before_num(struct store_txn *t, const char *peer, const char *what, uint64_t *v)
{
	char name[96], *data = NULL, *p;
	size_t n = strlen(what);
	int rc;

	*v = 0;
	if ((rc = before_get(t, peer, name, &data)) != 1)
		return rc;
	for (p = data; p != NULL && *p != '\0'; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL)
		if (strncmp(p, what, n) == 0 && p[n] == ' ') {
			*v = strtoull(p + n + 1, NULL, 10);
			break;
		}
	free(data);
	return 1;
}

/* ---- when bundles last passed ---- */

static void
way_name(char *name, size_t n, const char *peer, enum store_sync_way way)
{
	snprintf(name, n, "sync.peer.%s.%s", peer, way == STORE_SYNC_IN ? "in" : "out");
}

/* "SECONDS TAG" (or "SECONDS"): the time into *when, the tag's start
 * into *tag (into data).  Returns 0, or -1 if it is not of that shape. */
static int
parse_when(const char *data, int64_t *when, const char **tag)
{
	char *end;
	long long v;

	*when = 0;
	*tag = "";
	if (*data < '0' || *data > '9')
		return -1;
	v = strtoll(data, &end, 10);
	if (v <= 0 || (*end != '\0' && *end != ' '))
		return -1;
	*when = (int64_t)v;
	*tag = *end == ' ' ? end + 1 : end;
	return 0;
}

int
store_sync_peer_stamp(struct store_txn *t, const char *peer, enum store_sync_way way,
    int64_t when, const char *tag)
{
	char name[96], val[96], *have = NULL;
	const char *had;
	int64_t was;
	int rc;

	if (tag == NULL)
		tag = "";
	if (!core_station_valid(peer) || when <= 0 || strlen(tag) > 64 || strchr(tag, ' ') != NULL)
		return STORE_EINVAL;
	way_name(name, sizeof name, peer, way);
	rc = store_setting_get(t, name, &have, NULL);
	if (rc != 0 && rc != STORE_ENOTFOUND)
		return rc;
	if (rc == 0 && *tag != '\0' && parse_when(have, &was, &had) == 0 && strcmp(had, tag) == 0) {
		free(have);
		return 0;	/* the same bundle again */
	}
	free(have);
	snprintf(val, sizeof val, *tag != '\0' ? "%lld %s" : "%lld%s", (long long)when, tag);
	return store_setting_set(t, name, val, strlen(val));
}

int
store_sync_peer_when(struct store_txn *t, const char *peer, enum store_sync_way way,
    int64_t *when)
{
	char name[96], *have = NULL;
	const char *tag;
	int rc;

	*when = 0;
	if (!core_station_valid(peer))
		return STORE_EINVAL;
	way_name(name, sizeof name, peer, way);
	rc = store_setting_get(t, name, &have, NULL);
	if (rc == STORE_ENOTFOUND)
		return 0;
	if (rc != 0)
		return rc;
	if (parse_when(have, when, &tag) != 0)
		*when = 0;
	free(have);
	return 0;
}

/* ---- the conflict queue ---- */

static void
conflict_key(char *buf, size_t n, enum core_kind k, const char *id, const struct core_version *v)
{
	char ver[64];

	core_version_format(v, ver, sizeof ver);
	snprintf(buf, n, "sync.conflict.%s.%s.%s", core_schema_get(k)->name, id, ver);
}

static void
meta_line(struct loc_strbuf *b, const char *tag, const struct store_meta *m)
{
	char v1[64], v2[64], line[200];

	core_version_format(&m->version, v1, sizeof v1);
	core_version_format(&m->base, v2, sizeof v2);
	snprintf(line, sizeof line, "%s %s %s %" PRIu64 " %d\n", tag, v1, v2, m->rev, m->deleted);
	loc_strbuf_str(b, line);
}

static int
parse_meta(const char *line, const char *tag, struct store_meta *m)
{
	char v1[64], v2[64], t[16];
	unsigned long long rev;
	int del;

	memset(m, 0, sizeof *m);
	if (sscanf(line, "%15s %63s %63s %llu %d", t, v1, v2, &rev, &del) != 5 || strcmp(t, tag) != 0)
		return STORE_ECORRUPT;
	if (core_version_parse(v1, &m->version) != 0 || core_version_parse(v2, &m->base) != 0)
		return STORE_ECORRUPT;
	m->rev = rev;
	m->deleted = del;
	return 0;
}

static int
conflict_write(struct store_txn *t, const struct store_conflict *c, const struct core_record *loser)
{
	struct loc_strbuf b = { 0 };
	char *fields = NULL, line[64 + CORE_ID_MAX];
	int rc;

	if ((rc = store_sync_record_encode(loser, &fields)) != 0)
		return rc;
	meta_line(&b, "local", &c->local);
	meta_line(&b, "remote", &c->remote);
	/* "state STATE BY KEPT": who decided and what was kept after the
	 * state, which a program before this one reads alone */
	snprintf(line, sizeof line, "loser %s\ndup %d%s%s\nstate %s%s%s%s%s\n",
	    c->loser_is_local ? "local" : "remote", c->dup, c->holder[0] ? " " : "", c->holder,
	    state_names[c->state], c->by[0] && c->kept ? " " : "", c->by[0] && c->kept ? c->by : "",
	    c->by[0] && c->kept ? " " : "", c->by[0] && c->kept ? store_kept_name(c->kept) : "");
	loc_strbuf_str(&b, line);
	loc_strbuf_str(&b, fields);
	free(fields);
	if (b.failed) {
		free(b.p);
		return STORE_ENOMEM;
	}
	rc = store_setting_set(t, c->key, b.p, b.len);
	free(b.p);
	return rc;
}

/* Parses a queue entry's value (NUL-terminated) into c. */
static int
conflict_parse(const char *key, const char *data, struct store_conflict *c)
{
	const char *lines[6], *p = data, *nl;
	char kname[32], tmp[16];
	int i, rc, k;
	const char *rest;

	memset(c, 0, sizeof *c);
	snprintf(c->key, sizeof c->key, "%s", key);
	/* key: sync.conflict.KIND.ID.VERSION */
	rest = key + strlen("sync.conflict.");
	if ((nl = strchr(rest, '.')) == NULL || (size_t)(nl - rest) >= sizeof kname)
		return STORE_ECORRUPT;
	memcpy(kname, rest, (size_t)(nl - rest));
	kname[nl - rest] = '\0';
	if ((k = core_kind_from_name(kname)) < 0)
		return STORE_ECORRUPT;
	c->kind = (enum core_kind)k;
	rest = nl + 1;
	if ((nl = strchr(rest, '.')) == NULL || (size_t)(nl - rest) >= CORE_ID_MAX)
		return STORE_ECORRUPT;
	memcpy(c->id, rest, (size_t)(nl - rest));
	c->id[nl - rest] = '\0';
	for (i = 0; i < 5; i++) {
		lines[i] = p;
		if ((nl = strchr(p, '\n')) == NULL)
			return STORE_ECORRUPT;
		p = nl + 1;
	}
	lines[5] = p;
	if ((rc = parse_meta(lines[0], "local", &c->local)) != 0 ||
	    (rc = parse_meta(lines[1], "remote", &c->remote)) != 0)
		return rc;
	if (sscanf(lines[2], "loser %15s", tmp) != 1)
		return STORE_ECORRUPT;
	c->loser_is_local = strcmp(tmp, "local") == 0;
	{
		char holder[CORE_ID_MAX + 1];
		int n = sscanf(lines[3], "dup %d %32[^\n]", &c->dup, holder);

		if (n < 1)
			return STORE_ECORRUPT;
		if (n == 2 && strlen(holder) < CORE_ID_MAX)
			strcpy(c->holder, holder);
	}
	{
		char by[16], kept[16];
		int n = sscanf(lines[4], "state %15s %15s %15s", tmp, by, kept);

		if (n < 1)
			return STORE_ECORRUPT;
		/* (an entry of an older program: who decided not known) */
		if (n == 3 && core_station_valid(by) && store_kept_from_name(kept) > 0) {
			memcpy(c->by, by, strlen(by) + 1);
			c->kept = (enum store_kept)store_kept_from_name(kept);
		}
	}
	for (i = 0; i < NSTATES; i++)
		if (strcmp(tmp, state_names[i]) == 0)
			c->state = (enum store_conflict_state)i;
	if ((rc = store_sync_record_decode(c->kind, lines[5], &c->loser)) != 0)
		return rc == STORE_ENOMEM ? rc : STORE_ECORRUPT;
	c->loser->kind = c->kind;
	return 0;
}

void
store_conflict_done(struct store_conflict *c)
{
	core_record_free(c->loser);
	c->loser = NULL;
}

struct each_ctx {
	int all;
	int (*fn)(const struct store_conflict *c, void *ctx);
	void *ctx;
	int err;
};

static int
each_setting(const char *name, const void *data, size_t len, void *vctx)
{
	struct each_ctx *e = vctx;
	struct store_conflict c;
	char *copy;
	int rc;

	if ((copy = malloc(len + 1)) == NULL) {
		e->err = STORE_ENOMEM;
		return 1;
	}
	memcpy(copy, data, len);
	copy[len] = '\0';
	rc = conflict_parse(name, copy, &c);
	free(copy);
	if (rc != 0) {
		store_conflict_done(&c);
		e->err = rc;
		return 1;
	}
	rc = 0;
	if (e->all || c.state == STORE_CONFLICT_OPEN)
		rc = e->fn(&c, e->ctx);
	store_conflict_done(&c);
	return rc;
}

static int
conflicts_under(struct store_txn *t, const char *prefix, int all,
    int (*fn)(const struct store_conflict *c, void *ctx), void *ctx)
{
	struct each_ctx e = { all, fn, ctx, 0 };
	int rc = store_setting_each(t, prefix, each_setting, &e);

	return e.err ? e.err : rc;
}

int
store_sync_conflicts(struct store_txn *t, int all,
    int (*fn)(const struct store_conflict *c, void *ctx), void *ctx)
{
	return conflicts_under(t, "sync.conflict.", all, fn, ctx);
}

static int
queue(struct store_txn *t, enum core_kind k, const char *id, const struct store_meta *local,
    const struct store_meta *remote, int loser_is_local, int dup, const struct core_record *loser)
{
	struct store_conflict c;

	memset(&c, 0, sizeof c);
	c.kind = k;
	snprintf(c.id, sizeof c.id, "%s", id);
	c.local = *local;
	c.remote = *remote;
	c.loser_is_local = loser_is_local;
	c.dup = dup;
	c.state = STORE_CONFLICT_OPEN;
	conflict_key(c.key, sizeof c.key, k, id, loser_is_local ? &local->version : &remote->version);
	return conflict_write(t, &c, loser);
}

int
store_conflict_state_from_name(const char *s)
{
	int i;

	for (i = 0; i < NSTATES; i++)
		if (strcmp(s, state_names[i]) == 0)
			return i;
	return -1;
}

const char *
store_conflict_state_name(enum store_conflict_state st)
{
	return (int)st >= 0 && (int)st < NSTATES ? state_names[st] : "open";
}

static const char *const kept_names[] = { "", "queued", "other", "merged" };

const char *
store_kept_name(enum store_kept k)
{
	return (int)k >= 0 && (size_t)k < sizeof kept_names / sizeof kept_names[0] ?
	    kept_names[k] : "";
}

int
store_kept_from_name(const char *s)
{
	size_t i;

	for (i = 1; i < sizeof kept_names / sizeof kept_names[0]; i++)
		if (strcmp(s, kept_names[i]) == 0)
			return (int)i;
	return -1;
}

enum store_kept
store_conflict_kept(const struct store_conflict *c, enum store_conflict_state st)
{
	switch (st) {
	case STORE_CONFLICT_MINE:
		return c->loser_is_local ? STORE_KEPT_QUEUED : STORE_KEPT_OTHER;
	case STORE_CONFLICT_THEIRS:
		return c->loser_is_local ? STORE_KEPT_OTHER : STORE_KEPT_QUEUED;
	case STORE_CONFLICT_MERGED:
		return STORE_KEPT_MERGED;
	default:
		return STORE_KEPT_UNKNOWN;
	}
}

static int close_entry_by(struct store_txn *t, const char *key, enum store_conflict_state state,
    int remote_only, const char *by, enum store_kept kept);

/* Gives the queue entry named key state if it is still open (and, with
 * remote_only, if it holds an incoming version that lost, not a duplicate).
 * Returns 0, STORE_ENOTFOUND (no such entry), or a store code. */
static int
close_entry(struct store_txn *t, const char *key, enum store_conflict_state state,
    int remote_only)
{
	return close_entry_by(t, key, state, remote_only, "", STORE_KEPT_UNKNOWN);
}

/* close_entry, noting who decided (by) and what was kept. */
static int
close_entry_by(struct store_txn *t, const char *key, enum store_conflict_state state,
    int remote_only, const char *by, enum store_kept kept)
{
	struct store_conflict c;
	char *data = NULL;
	int rc;

	if ((rc = store_setting_get(t, key, &data, NULL)) != 0)
		return rc;
	rc = conflict_parse(key, data, &c);
	free(data);
	if (rc == 0 && c.state == STORE_CONFLICT_OPEN &&
	    !(remote_only && (c.loser_is_local || c.dup))) {
		c.state = state;
		snprintf(c.by, sizeof c.by, "%s", by != NULL ? by : "");
		c.kept = kept;
		rc = conflict_write(t, &c, c.loser);
	}
	store_conflict_done(&c);
	return rc;
}

int
store_sync_settle(struct store_txn *t, enum core_kind k, const char *id,
    const struct core_version *v, enum store_conflict_state state)
{
	return store_sync_settle_by(t, k, id, v, state, "", STORE_KEPT_UNKNOWN);
}

int
store_sync_settle_by(struct store_txn *t, enum core_kind k, const char *id,
    const struct core_version *v, enum store_conflict_state state, const char *by,
    enum store_kept kept)
{
	struct store_conflict c;
	struct core_record *empty;
	char key[128];
	int rc;

	if (core_schema_get(k) == NULL || id == NULL || strlen(id) >= CORE_ID_MAX ||
	    state == STORE_CONFLICT_OPEN)
		return STORE_EINVAL;
	if (by == NULL || (by[0] != '\0' && !core_station_valid(by)))
		by = "";
	conflict_key(key, sizeof key, k, id, v);
	rc = close_entry_by(t, key, state, 0, by, kept);
	if (rc != STORE_ENOTFOUND)
		return rc;
	/* Not here (yet): keep the decision, with an empty record. */
	memset(&c, 0, sizeof c);
	snprintf(c.key, sizeof c.key, "%s", key);
	c.kind = k;
	snprintf(c.id, sizeof c.id, "%s", id);
	c.remote.version = *v;
	c.state = state;
	snprintf(c.by, sizeof c.by, "%s", by);
	c.kept = kept;
	if ((empty = core_record_new(k)) == NULL)
		return STORE_ENOMEM;
	{
		const struct core_schema *s = core_schema_get(k);
		size_t i;

		for (i = 0; i < s->nfields; i++)
			core_record_unset(empty, (int)i);
	}
	rc = conflict_write(t, &c, empty);
	core_record_free(empty);
	return rc;
}

/* ---- duplicates ----
 *
 * Two stations that register one person while apart (the same national
 * id in two new records, TBZ-7 and MRG-3) make records that differ in id
 * and so never meet as versions of one record.  Refusing the second one
 * where it arrives (what an earlier version did) made every database keep
 * whichever came first, so they never agreed again, and a "theirs" could
 * not be written while the other held the value.
 *
 * Now both records are applied everywhere (store_apply_dup), whatever the
 * order, so every database that has seen both bundles holds the same two
 * records and exports the same files; nothing of either is lost.  The
 * later of the two (core_version_cmp of their versions: the same answer at
 * every database) is the suspected duplicate: one queue entry under its
 * id and version, "dup 1 HOLDER" naming the earlier one.  Since every
 * database makes the same entry, a person can settle it at any of them:
 *
 *   mine        keep the earlier record (HOLDER); the later one is retired
 *   theirs      keep the later record; the earlier one is retired
 *   FIELD,...   keep the earlier one with those fields from the later one
 *
 * Retired = a new version with active = 0 and the shared unique values
 * cleared (the kept record holds them), so the rest of what the other
 * station typed stays readable, and the history and audit log keep all of
 * it.  These are ordinary edits and travel in bundles; a database that
 * applies them sees the two records no longer share a value and closes its
 * entry itself (store_sync_recheck).  That is also why dup entries are not
 * sent as "settled" lines: a placeholder made from one would mark the
 * later record's version as seen at a database that has not applied it.
 */

/* Returns 1 if a and b hold the same value in some unique field. */
static int
share_unique(const struct core_record *a, const struct core_record *b)
{
	const struct core_schema *s = core_schema_get(a->kind);
	size_t i;

	for (i = 0; i < s->nfields; i++)
		if ((s->fields[i].flags & CORE_FF_UNIQUE) && a->v[i].set && b->v[i].set &&
		    core_value_equal(a, b, (int)i))
			return 1;
	return 0;
}

struct pair_ctx {
	const char *a, *b;
	int found;
};

static int
pair_open(const struct store_conflict *c, void *vctx)
{
	struct pair_ctx *p = vctx;

	if (c->dup && c->holder[0] &&
	    ((strcmp(c->id, p->a) == 0 && strcmp(c->holder, p->b) == 0) ||
	    (strcmp(c->id, p->b) == 0 && strcmp(c->holder, p->a) == 0))) {
		p->found = 1;
		return 1;
	}
	return 0;
}

/* Queues the duplicate pair: later record sid (version smeta, content
 * scontent) suspected of being earlier record hid (hmeta), unless an open
 * entry already names the pair or this exact entry exists.  Returns 1 if
 * this version of sid already has an entry naming a third record. */
static int
queue_dup(struct store_txn *t, enum core_kind k, const char *sid, const struct store_meta *smeta,
    const struct core_record *scontent, const char *hid, const struct store_meta *hmeta)
{
	struct store_conflict c;
	struct pair_ctx p = { sid, hid, 0 };
	char prefix[96], *data = NULL;
	int rc, i;

	for (i = 0; i < 2 && !p.found; i++) {
		snprintf(prefix, sizeof prefix, "sync.conflict.%s.%s.", core_schema_get(k)->name,
		    i == 0 ? sid : hid);
		if ((rc = conflicts_under(t, prefix, 0, pair_open, &p)) < 0)
			return rc;
	}
	if (p.found)
		return 0;
	memset(&c, 0, sizeof c);
	c.kind = k;
	snprintf(c.id, sizeof c.id, "%s", sid);
	snprintf(c.holder, sizeof c.holder, "%s", hid);
	c.local = *hmeta;
	c.remote = *smeta;
	c.dup = 1;
	c.state = STORE_CONFLICT_OPEN;
	conflict_key(c.key, sizeof c.key, k, sid, &smeta->version);
	rc = store_setting_get(t, c.key, &data, NULL);
	if (rc == 0) {
		/* Queued before (and maybe settled), or this version of sid
		 * is already listed against a third record (regroup). */
		struct store_conflict old;

		rc = conflict_parse(c.key, data, &old);
		free(data);
		if (rc == 0 && old.dup && strcmp(old.holder, hid) != 0)
			rc = 1;
		store_conflict_done(&old);
		return rc;
	}
	free(data);
	if (rc != STORE_ENOTFOUND)
		return rc;
	return conflict_write(t, &c, scontent);
}

/* r (version meta) holds a unique value of another record here: applies it
 * anyway and queues the pair.  See above. */
static int
apply_dup(struct store_txn *t, struct core_record *r, const struct store_meta *meta,
    enum store_sync_outcome *outcome)
{
	char holder[CORE_ID_MAX];
	int rc;

	if ((rc = store_apply_dup(t, r, meta)) != 0)
		return rc;
	*outcome = STORE_SYNC_APPLIED;
	if (store_txn_why(t)->code != STORE_EDUP)
		return 0;
	snprintf(holder, sizeof holder, "%s", store_txn_why(t)->id);
	*outcome = STORE_SYNC_DUP;
	return store_sync_dup(t, r, meta, holder);
}

int
store_sync_dup(struct store_txn *t, const struct core_record *r, const struct store_meta *meta,
    const char *holder)
{
	struct core_record *h = NULL;
	struct store_meta hm;
	const char *id = core_record_text(r, 0);
	int rc;

	if ((rc = store_get(t, r->kind, holder, &h, &hm)) != 0)
		return rc == STORE_ENOTFOUND ? STORE_ECORRUPT : rc;
	if (core_version_cmp(&meta->version, &hm.version) > 0) {
		rc = queue_dup(t, r->kind, id, meta, r, holder, &hm);
	} else if ((rc = queue_dup(t, r->kind, holder, &hm, h, id, meta)) == 1) {
		/* The holder is listed against a third record already: list
		 * r against the holder for now, so that regroup (at the end of
		 * the bundle) finds r among the records sharing the value and
		 * lists every later one against the earliest. */
		rc = queue_dup(t, r->kind, id, meta, r, holder, &hm);
	}
	core_record_free(h);
	return rc < 0 ? rc : 0;
}

struct dup_list {
	struct store_conflict *c;	/* copies (own their losers) */
	size_t n, cap;
	int err;
};

static int
dup_collect(const struct store_conflict *c, void *vctx)
{
	struct dup_list *l = vctx;
	struct store_conflict *nl;

	if (!c->dup || !c->holder[0])
		return 0;
	if (l->n == l->cap) {
		size_t ncap = l->cap ? l->cap * 2 : 4;

		if ((nl = realloc(l->c, ncap * sizeof *nl)) == NULL) {
			l->err = STORE_ENOMEM;
			return 1;
		}
		l->c = nl;
		l->cap = ncap;
	}
	l->c[l->n] = *c;
	if ((l->c[l->n].loser = core_record_dup(c->loser)) == NULL) {
		l->err = STORE_ENOMEM;
		return 1;
	}
	l->n++;
	return 0;
}

/* Lets a record that holds a unique value take its index entry if nobody
 * has it (a duplicate that was settled).  Another holder is no error. */
static int
claim(struct store_txn *t, enum core_kind k, const char *id)
{
	int rc = store_unique_claim(t, k, id);

	return rc == STORE_EDUP || rc == STORE_ENOTFOUND ? 0 : rc;
}

/* ---- groups of duplicates ----
 *
 * One national id registered at three places while apart gives three
 * records that share it.  Pairing each arriving record with the one the
 * unique index names here (apply_dup) made the lists depend on the order
 * the bundles came in: a database that saw MRD-1, then MRG-1, then TBZ-1
 * listed MRG-1 against MRD-1's later pairing, one that saw TBZ-1 first
 * listed both against TBZ-1, and a database that saw TBZ-1 last listed
 * MRG-1 against it and MRD-1 against MRG-1.  And when a decision retired
 * the earliest record, the third one was left sharing the value with the
 * record kept, listed nowhere.
 *
 * So after every bundle and every decision (store_sync_recheck) the
 * entries are made a function of the records alone: the records that
 * share a unique value (found through every duplicate entry, open or
 * closed, and the unique index) form a group; the one with the earliest
 * version (core_version_cmp, then the id) is kept as the group's root, and
 * every other member has exactly one open entry, under its current
 * version, naming the root; any other open duplicate entry of a member
 * (an older version's, or the root's own) is closed as superseded.
 * Databases that hold the same records thus list the same duplicates.
 */
struct gmember {
	enum core_kind kind;
	char id[CORE_ID_MAX];
	struct core_record *r;
	struct store_meta m;
	size_t up;		/* union-find parent */
	size_t size;		/* members under it, if it is a root */
};

struct gref {			/* a record named somewhere */
	enum core_kind kind;
	char id[CORE_ID_MAX];
};

struct grefs {
	struct gref *v;
	size_t n, cap;
};

/* Adds record id of kind k to l (nothing for an empty id).  Returns 0 or
 * STORE_ENOMEM. */
static int
grefs_add(struct grefs *l, enum core_kind k, const char *id)
{
	if (id == NULL || id[0] == '\0')
		return 0;
	if (store_grow((void **)&l->v, &l->cap, l->n + 1, sizeof *l->v) != 0)
		return STORE_ENOMEM;
	l->v[l->n].kind = k;
	snprintf(l->v[l->n].id, sizeof l->v[l->n].id, "%s", id);
	l->n++;
	return 0;
}

struct gvalue {			/* a member's unique value */
	enum core_kind kind;
	int field;
	const char *text;
	size_t member;
};

struct dgroups {
	struct gmember *v;
	size_t n, cap;
	struct grefs ref;	/* records to load next */
};

/* The order of records by kind, then id: of the lists below, each an
 * array of some struct holding both. */
static int
kind_id_cmp(enum core_kind ka, const char *ia, enum core_kind kb, const char *ib)
{
	if (ka != kb)
		return ka < kb ? -1 : 1;
	return strcmp(ia, ib);
}

static int
gref_cmp(const void *a, const void *b)
{
	const struct gref *x = a, *y = b;

	return kind_id_cmp(x->kind, x->id, y->kind, y->id);
}

struct store_open_set {
	struct grefs l;
	int err;
};

static int
open_set_collect(const struct store_conflict *c, void *vctx)
{
	struct store_open_set *s = vctx;

	if ((s->err = grefs_add(&s->l, c->kind, c->id)) == 0 && c->dup)
		s->err = grefs_add(&s->l, c->kind, c->holder);
	return s->err != 0;
}

int
store_sync_open_set(struct store_txn *t, struct store_open_set **out)
{
	struct store_open_set *s;
	int rc;

	*out = NULL;
	if ((s = calloc(1, sizeof *s)) == NULL)
		return STORE_ENOMEM;
	rc = store_sync_conflicts(t, 0, open_set_collect, s);
	if (rc == 0 || rc == 1)
		rc = s->err;
	if (rc != 0) {
		store_open_set_free(s);
		return rc;
	}
	if (s->l.n > 1)
		qsort(s->l.v, s->l.n, sizeof *s->l.v, gref_cmp);
	*out = s;
	return 0;
}

int
store_open_set_has(const struct store_open_set *s, enum core_kind k, const char *id)
{
	struct gref key;

	if (s == NULL || s->l.n == 0 || id == NULL || strlen(id) >= CORE_ID_MAX)
		return 0;
	key.kind = k;
	snprintf(key.id, sizeof key.id, "%s", id);
	return bsearch(&key, s->l.v, s->l.n, sizeof *s->l.v, gref_cmp) != NULL;
}

void
store_open_set_free(struct store_open_set *s)
{
	if (s != NULL) {
		free(s->l.v);
		free(s);
	}
}


static int
gmember_cmp(const void *a, const void *b)
{
	const struct gmember *x = a, *y = b;

	return kind_id_cmp(x->kind, x->id, y->kind, y->id);
}

static int
gvalue_cmp(const void *a, const void *b)
{
	const struct gvalue *x = a, *y = b;

	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	if (x->field != y->field)
		return x->field < y->field ? -1 : 1;
	return strcmp(x->text, y->text);
}

static int
conflict_cmp(const void *a, const void *b)
{
	const struct store_conflict *x = a, *y = b;

	return kind_id_cmp(x->kind, x->id, y->kind, y->id);
}

/* Loads the noted records that are stored here and not members yet (the
 * members are sorted by kind and id, and stay so).  Sets *added. */
static int
group_load(struct store_txn *t, struct dgroups *g, int *added)
{
	size_t i, n0 = g->n;
	int rc = 0;

	*added = 0;
	if (g->ref.n > 1)
		qsort(g->ref.v, g->ref.n, sizeof *g->ref.v, gref_cmp);
	for (i = 0; rc == 0 && i < g->ref.n; i++) {
		struct gmember key;
		struct core_record *r = NULL;
		struct store_meta m;

		if (i > 0 && gref_cmp(&g->ref.v[i - 1], &g->ref.v[i]) == 0)
			continue;
		key.kind = g->ref.v[i].kind;
		memcpy(key.id, g->ref.v[i].id, sizeof key.id);
		if (n0 > 0 && bsearch(&key, g->v, n0, sizeof *g->v, gmember_cmp) != NULL)
			continue;
		if ((rc = store_get(t, key.kind, key.id, &r, &m)) != 0) {
			rc = rc == STORE_ENOTFOUND ? 0 : rc;
			continue;
		}
		if (store_grow((void **)&g->v, &g->cap, g->n + 1, sizeof *g->v) != 0) {
			core_record_free(r);
			rc = STORE_ENOMEM;
			break;
		}
		key.r = r;
		key.m = m;
		g->v[g->n++] = key;
		*added = 1;
	}
	g->ref.n = 0;
	if (*added)
		qsort(g->v, g->n, sizeof *g->v, gmember_cmp);
	return rc;
}

static size_t
group_root(struct dgroups *g, size_t i)
{
	while (g->v[i].up != i)
		i = g->v[i].up = g->v[g->v[i].up].up;
	return i;
}

/* Is member a earlier than b (the one the others are duplicates of)? */
static int
group_earlier(const struct gmember *a, const struct gmember *b)
{
	int c = core_version_cmp(&a->m.version, &b->m.version);

	return c < 0 || (c == 0 && strcmp(a->id, b->id) < 0);
}

/* Makes member mb's open duplicate entries the one that names root (see
 * above), or none if mb is the root.  open: every open duplicate entry,
 * sorted by kind and id. */
static int
group_settle_member(struct store_txn *t, const struct dup_list *open, const struct gmember *mb,
    const struct gmember *root)
{
	struct store_conflict probe, *hit;
	char key[128];
	size_t i, lo;
	int rc, have = 0;

	conflict_key(key, sizeof key, mb->kind, mb->id, &mb->m.version);
	memset(&probe, 0, sizeof probe);
	probe.kind = mb->kind;
	memcpy(probe.id, mb->id, sizeof probe.id);
	hit = open->n ? bsearch(&probe, open->c, open->n, sizeof *open->c, conflict_cmp) : NULL;
	lo = hit != NULL ? (size_t)(hit - open->c) : open->n;
	while (lo > 0 && conflict_cmp(&open->c[lo - 1], &probe) == 0)
		lo--;
	for (i = lo; i < open->n && conflict_cmp(&open->c[i], &probe) == 0; i++) {
		struct store_conflict c = open->c[i];

		if (mb != root && strcmp(c.key, key) == 0) {
			have = strcmp(c.holder, root->id) == 0 &&
			    core_version_cmp(&c.local.version, &root->m.version) == 0;
			continue;	/* kept, or rewritten below */
		}
		c.state = STORE_CONFLICT_SUPERSEDED;
		if ((rc = conflict_write(t, &c, c.loser)) != 0)
			return rc;
	}
	if (mb == root || have)
		return 0;
	memset(&probe, 0, sizeof probe);
	snprintf(probe.key, sizeof probe.key, "%s", key);
	probe.kind = mb->kind;
	memcpy(probe.id, mb->id, sizeof probe.id);
	memcpy(probe.holder, root->id, sizeof probe.holder);
	probe.local = root->m;
	probe.remote = mb->m;
	probe.dup = 1;
	probe.state = STORE_CONFLICT_OPEN;
	return conflict_write(t, &probe, mb->r);
}

/* Adds the index holders of the members' unique values to the records to
 * load. */
static int
group_ref_holders(struct store_txn *t, struct dgroups *g)
{
	char holder[CORE_ID_MAX];
	size_t i, f;
	int rc = 0;

	for (i = 0; rc == 0 && i < g->n; i++) {
		const struct core_schema *s = core_schema_get(g->v[i].kind);
		const struct core_record *r = g->v[i].r;

		for (f = 0; rc == 0 && f < s->nfields; f++) {
			if (!(s->fields[f].flags & CORE_FF_UNIQUE) || !r->v[f].set ||
			    r->v[f].text == NULL)
				continue;
			rc = store_lookup_unique(t, g->v[i].kind, (int)f, r->v[f].text, holder);
			if (rc == 0 && strcmp(holder, g->v[i].id) != 0)
				rc = grefs_add(&g->ref, g->v[i].kind, holder);
			else if (rc == 0 || rc == STORE_ENOTFOUND || rc == STORE_EINVAL)
				rc = 0;
		}
	}
	return rc;
}

/* Joins the members that share a unique value (sorted, so n log n). */
static int
group_join(struct dgroups *g)
{
	struct gvalue *val = NULL;
	size_t i, f, n = 0, cap = 0;

	for (i = 0; i < g->n; i++) {
		const struct core_schema *s = core_schema_get(g->v[i].kind);
		const struct core_record *r = g->v[i].r;

		g->v[i].up = i;
		for (f = 0; f < s->nfields; f++) {
			if (!(s->fields[f].flags & CORE_FF_UNIQUE) || !r->v[f].set ||
			    r->v[f].text == NULL)
				continue;
			if (store_grow((void **)&val, &cap, n + 1, sizeof *val) != 0) {
				free(val);
				return STORE_ENOMEM;
			}
			val[n].kind = g->v[i].kind;
			val[n].field = (int)f;
			val[n].text = r->v[f].text;
			val[n].member = i;
			n++;
		}
	}
	if (n > 1)
		qsort(val, n, sizeof *val, gvalue_cmp);
	for (i = 1; i < n; i++)
		if (gvalue_cmp(&val[i - 1], &val[i]) == 0) {
			size_t a = group_root(g, val[i - 1].member), b = group_root(g, val[i].member);

			if (a != b)
				g->v[a].up = b;
		}
	free(val);
	/* Each group's earliest member as its root, and its size. */
	for (i = 0; i < g->n; i++) {
		size_t r = group_root(g, i);

		if (r != i && group_earlier(&g->v[i], &g->v[r])) {
			g->v[i].up = i;
			g->v[r].up = i;
		}
	}
	for (i = 0; i < g->n; i++)
		g->v[i].size = 0;
	for (i = 0; i < g->n; i++)
		g->v[group_root(g, i)].size++;
	return 0;
}

static int
regroup(struct store_txn *t)
{
	struct dgroups g;
	struct dup_list all, open;
	size_t i;
	int rc, added = 1;

	memset(&g, 0, sizeof g);
	memset(&all, 0, sizeof all);
	memset(&open, 0, sizeof open);
	rc = store_sync_conflicts(t, 1, dup_collect, &all);
	if (rc == 0 || rc == 1)
		rc = all.err;
	for (i = 0; rc == 0 && i < all.n; i++)
		if ((rc = grefs_add(&g.ref, all.c[i].kind, all.c[i].id)) == 0)
			rc = grefs_add(&g.ref, all.c[i].kind, all.c[i].holder);
	if (rc == 0)
		rc = group_load(t, &g, &added);
	/* The index may name a holder that no entry names (the record a
	 * decision kept took the value there). */
	while (rc == 0 && added && (rc = group_ref_holders(t, &g)) == 0)
		rc = group_load(t, &g, &added);
	if (rc == 0 && g.n > 0)
		rc = group_join(&g);
	if (rc == 0 && g.n > 0) {
		rc = store_sync_conflicts(t, 0, dup_collect, &open);
		if (rc == 0 || rc == 1)
			rc = open.err;
		if (rc == 0 && open.n > 1)
			qsort(open.c, open.n, sizeof *open.c, conflict_cmp);
	}
	for (i = 0; rc == 0 && i < g.n; i++) {
		size_t r = group_root(&g, i);

		if (g.v[r].size > 1)
			rc = group_settle_member(t, &open, &g.v[i], &g.v[r]);
	}
	for (i = 0; i < all.n; i++)
		store_conflict_done(&all.c[i]);
	free(all.c);
	for (i = 0; i < open.n; i++)
		store_conflict_done(&open.c[i]);
	free(open.c);
	for (i = 0; i < g.n; i++)
		core_record_free(g.v[i].r);
	free(g.v);
	free(g.ref.v);
	return rc;
}

int
store_sync_recheck(struct store_txn *t)
{
	struct dup_list l;
	struct core_record *sr, *hr;
	size_t i;
	int rc;

	memset(&l, 0, sizeof l);
	rc = store_sync_conflicts(t, 0, dup_collect, &l);
	if (rc == 0 || rc == 1)
		rc = l.err;
	for (i = 0; rc == 0 && i < l.n; i++) {
		struct store_conflict *c = &l.c[i];

		sr = hr = NULL;
		if ((rc = store_get(t, c->kind, c->id, &sr, NULL)) == 0 &&
		    (rc = store_get(t, c->kind, c->holder, &hr, NULL)) == 0 &&
		    !share_unique(sr, hr)) {
			/* Settled by an edit: say who kept the value. */
			c->state = share_unique(sr, c->loser) ? STORE_CONFLICT_THEIRS
							     : STORE_CONFLICT_MINE;
			if ((rc = conflict_write(t, c, c->loser)) == 0 &&
			    (rc = claim(t, c->kind, c->id)) == 0)
				rc = claim(t, c->kind, c->holder);
		}
		core_record_free(sr);
		core_record_free(hr);
		if (rc == STORE_ENOTFOUND)
			rc = 0;	/* not both here: nothing to decide */
	}
	for (i = 0; i < l.n; i++)
		store_conflict_done(&l.c[i]);
	free(l.c);
	return rc != 0 ? rc : regroup(t);
}

/* Returns field f of r as core_value_format writes it, in a new string
 * ("" if unset), or NULL on allocation failure.  Caller frees. */
static char *
value_text(const struct core_record *r, int f)
{
	size_t n = core_value_format(r, f, NULL, 0);
	char *p = malloc(n + 1);

	if (p != NULL)
		core_value_format(r, f, p, n + 1);
	return p;
}

/* Appends name to the space-separated list *list (made if NULL).  Returns
 * 0 or STORE_ENOMEM. */
static int
append_name(char **list, const char *name)
{
	size_t len = *list != NULL ? strlen(*list) : 0;
	char *p = realloc(*list, len + strlen(name) + 2);

	if (p == NULL)
		return STORE_ENOMEM;
	if (len > 0)
		p[len++] = ' ';
	strcpy(p + len, name);
	*list = p;
	return 0;
}

/* Writes the audit entry of a decision on record id (store_audit_resolved):
 * the decision, the station of the other version (peer), the extra
 * name -> value pairs of x (nx of them, may be 0), then per field where
 * mine and theirs differ (the id excepted) the value set aside -> the
 * value kept (final's).  With asked_merge (STORE_RESOLVE_MERGE: the user
 * asked for a merge) the decision is "merged" whatever state the queue
 * keeps, and a merge whose result is one side's version whole says so
 * ("result": "mine" or "theirs"): the log shows what the user chose, not
 * what the queue entry records.  A merge of one record's two versions also
 * names the differing fields each side gave ("from_mine", "from_theirs":
 * field names separated by spaces, "" for none).  With mine_del and
 * theirs_del (0 or 1; -1: not known), of a kind that keeps its
 * deactivation out of its fields (a need, a pledge...), sides that differ
 * in it have a line "active" too, the side set aside's -> the state kept
 * ("1" active, "0" not), as every field that differed has: before, a
 * decision between a retired version and an edited one did not say which
 * state it kept. */
static int
audit_decision(struct store_txn *t, enum core_kind k, const char *id,
    enum store_conflict_state state, int asked_merge, const char *peer,
    const char *const *x, size_t nx, const struct core_record *mine,
    const struct core_record *theirs, const struct core_record *final,
    int mine_del, int theirs_del)
{
	const struct core_schema *s = core_schema_get(k);
	struct store_audit_field *f;
	char *from_mine = NULL, *from_theirs = NULL;
	size_t i, n = 0, nstatic = 0;
	int rc = STORE_ENOMEM;

	if ((f = calloc(6 + nx + s->nfields, sizeof *f)) == NULL)
		return STORE_ENOMEM;
	f[n].name = "decision";
	f[n].old_text = "open";
	f[n++].new_text = (char *)store_conflict_state_name(asked_merge ? STORE_CONFLICT_MERGED : state);
	if (asked_merge && state != STORE_CONFLICT_MERGED) {
		f[n].name = "result";
		f[n].old_text = "";
		f[n++].new_text = (char *)store_conflict_state_name(state);
	}
	f[n].name = "peer";
	f[n].old_text = "";
	f[n++].new_text = (char *)peer;
	for (i = 0; i < nx; i++) {
		f[n].name = (char *)x[2 * i];
		f[n].old_text = "";
		f[n++].new_text = (char *)x[2 * i + 1];
	}
	/* A merge of two versions of one record: which side each differing
	 * field came from, by name ("from_mine", "from_theirs"), so the log
	 * says what the person chose field by field, not only the values.
	 * (A duplicate's sides are two records: its "kept" says which.) */
	if ((asked_merge || state == STORE_CONFLICT_MERGED) && nx == 0) {
		for (i = 1; i < s->nfields; i++) {
			char **to;

			if ((s->fields[i].flags & CORE_FF_DERIVED) ||
			    core_value_equal(mine, theirs, (int)i))
				continue;
			to = core_value_equal(final, mine, (int)i) ? &from_mine : &from_theirs;
			if (append_name(to, s->fields[i].name) != 0) {
				n = 0;	/* (nothing of its own to free yet) */
				goto out;
			}
		}
		f[n].name = "from_mine";
		f[n].old_text = "";
		f[n++].new_text = from_mine != NULL ? from_mine : "";
		f[n].name = "from_theirs";
		f[n].old_text = "";
		f[n++].new_text = from_theirs != NULL ? from_theirs : "";
	}
	if (mine_del >= 0 && theirs_del >= 0 && mine_del != theirs_del &&
	    core_field_find(s, "active") < 0) {
		/* the side kept gives the state (resolve_some), mine for
		 * a mixture */
		int kept = state == STORE_CONFLICT_THEIRS ? theirs_del : mine_del;

		f[n].name = "active";
		f[n].old_text = kept ? "1" : "0";
		f[n++].new_text = kept ? "0" : "1";
	}
	nstatic = n;
	for (i = 1; i < s->nfields; i++) {
		const struct core_record *aside;

		if ((s->fields[i].flags & CORE_FF_DERIVED) ||
		    core_value_equal(mine, theirs, (int)i))
			continue;
		aside = core_value_equal(final, mine, (int)i) ? theirs : mine;
		f[n].name = (char *)s->fields[i].name;
		f[n].old_text = value_text(aside, (int)i);
		f[n].new_text = value_text(final, (int)i);
		n++;
		if (f[n - 1].old_text == NULL || f[n - 1].new_text == NULL)
			goto out;
	}
	rc = store_audit_resolved(t, k, id, f, n);
out:
	for (i = nstatic; i < n; i++) {
		free(f[i].old_text);
		free(f[i].new_text);
	}
	free(f);
	free(from_mine);
	free(from_theirs);
	return rc;
}

/* Settles duplicate entry c (see above): keeps one record, retires the
 * other. */
static int
resolve_dup(struct store_txn *t, const struct store_conflict *c, unsigned take_theirs,
    enum store_conflict_state state, int asked_merge)
{
	const struct core_schema *s = core_schema_get(c->kind);
	struct core_record *h = NULL, *sr = NULL, *keep = NULL, *drop = NULL;
	struct store_meta hm, sm;
	const struct store_meta *dm, *km;
	unsigned diff;
	size_t i;
	int rc, active = core_field_find(s, "active");

	if ((rc = store_get(t, c->kind, c->holder, &h, &hm)) != 0 ||
	    (rc = store_get(t, c->kind, c->id, &sr, &sm)) != 0)
		goto out;
	if (state == STORE_CONFLICT_THEIRS) {
		keep = sr;
		sr = NULL;
		km = &sm;
		drop = h;
		h = NULL;
		dm = &hm;
	} else {
		if ((rc = core_merge_fields(h, sr, take_theirs & ~1u, &keep)) != 0) {
			rc = rc == CORE_ENOMEM ? STORE_ENOMEM : STORE_EINVAL;
			goto out;
		}
		km = &hm;
		drop = sr;
		sr = NULL;
		dm = &sm;
	}
	{
		const char *x[4] = { "kept", core_record_text(keep, 0),
			"retired", core_record_text(drop, 0) };

		/* mine the earlier record (h), theirs the later (c->id) */
		if ((rc = audit_decision(t, c->kind, c->id, state, asked_merge,
		    c->remote.version.origin, x, 2,
		    state == STORE_CONFLICT_THEIRS ? drop : h,
		    state == STORE_CONFLICT_THEIRS ? keep : drop, keep, -1, -1)) != 0)
			goto out;
	}
	/* The retired one first, so the kept one can take its values. */
	for (i = 0; i < s->nfields; i++)
		if ((s->fields[i].flags & CORE_FF_UNIQUE) && drop->v[i].set &&
		    keep->v[i].set && core_value_equal(drop, keep, (int)i))
			core_record_unset(drop, (int)i);
	if (active >= 0)
		core_record_set_num(drop, active, 0);
	if ((rc = store_update(t, drop, dm->rev)) != 0)
		goto out;
	if (state != STORE_CONFLICT_THEIRS) {
		struct core_record *cur = NULL;

		if ((rc = store_get(t, c->kind, c->holder, &cur, NULL)) != 0)
			goto out;
		if (core_merge_diff(cur, keep, &diff) > 0)
			rc = store_update(t, keep, km->rev);
		core_record_free(cur);
		if (rc != 0)
			goto out;
	}
	rc = claim(t, c->kind, core_record_text(keep, 0));
out:
	core_record_free(h);
	core_record_free(sr);
	core_record_free(keep);
	core_record_free(drop);
	return rc;
}

/* ---- applying ---- */

struct base_ctx {
	struct store_txn *t;
	enum core_kind kind;
	const char *id;
};

static int
base_of(void *vctx, const struct core_version *v, struct core_version *base)
{
	struct base_ctx *b = vctx;

	return store_version_base(b->t, b->kind, b->id, v, base);
}

/*
 * A version from a peer whose base is a version of the peer's that lost
 * here and waits in the queue (its author went on editing from it) takes
 * that entry's place: the entry is closed as superseded, and what a person
 * decides on is the newer version, applied or queued in its turn.  Without
 * this, a station that edited a record twice between exchanges left here
 * an entry for the intermediate version that no decision elsewhere would
 * ever name, and deciding it here would bring that old version back.
 * Every database does this itself when the newer version arrives, so it is
 * not sent in bundles.
 */
static int
supersede(struct store_txn *t, enum core_kind k, const char *id, const struct store_meta *meta)
{
	char key[128];
	int rc;

	if (meta->base.hlc == 0)
		return 0;	/* a new record: nothing before it */
	conflict_key(key, sizeof key, k, id, &meta->base);
	rc = close_entry(t, key, STORE_CONFLICT_SUPERSEDED, 1);
	return rc == STORE_ENOTFOUND ? 0 : rc;
}

static int chain_root(struct base_ctx *bc, const struct core_version *v,
    const struct core_version *base, struct core_version *root);

/*
 * An incoming version that meets here a version of another record under
 * its number (their chains run back to two creations: a station installed
 * afresh typed a record under a number HQ holds for another person,
 * store_sync_conflict_apart) is no edit of the record here, whichever of
 * the two is in use after it.  Its audit entry says so, in lines before
 * the record's fields (read by tui/auditscr.c and `hamyar audit`):
 *
 *   apart   "" -> STATION          another record under this number, made
 *                                  at STATION (the incoming one's creation),
 *                                  waits with this one in the conflicts
 *   in_use  "mine" -> "theirs"     the incoming one is in use now (the
 *                                  fields that follow: this database's
 *                                  version, now waiting -> the incoming)
 *
 * When this database's version stays in use, nothing is written here
 * (tui/bundle.c writes an entry of the two lines, in_use "" -> "mine",
 * once it knows the two wait: store_audit_synced).
 *
 * Fills note (2 lines, pointing into station and the static words) and
 * returns 1 if local and remote began apart, 0 if not, or a code.
 */
static int
apart_note(struct store_txn *t, enum core_kind k, const char *id, const struct store_meta *local,
    const struct store_meta *remote, char *station, struct store_audit_field *note)
{
	struct base_ctx bc = { t, k, id };
	struct core_version lr, rr;
	int rc;

	/* as store_sync_conflict_apart, keeping the incoming one's creation */
	if (core_version_is_zero(&local->version) || core_version_is_zero(&remote->version))
		return 0;
	if ((rc = chain_root(&bc, &local->version, &local->base, &lr)) <= 0 ||
	    (rc = chain_root(&bc, &remote->version, &remote->base, &rr)) <= 0)
		return rc;
	if (core_version_cmp(&lr, &rr) == 0)
		return 0;
	snprintf(station, CORE_STATION_MAX + 1, "%s", rr.origin);
	note[0].name = (char *)"apart";
	note[0].old_text = (char *)"";
	note[0].new_text = station;
	note[1].name = (char *)"in_use";
	note[1].old_text = (char *)"mine";
	note[1].new_text = (char *)"theirs";
	return 1;
}

int
store_sync_apply(struct store_txn *t, struct core_record *r,
    const struct store_meta *meta, enum store_sync_outcome *outcome)
{
	struct store_meta local;
	struct core_version dummy;
	struct core_record *mine = NULL;
	struct base_ctx bc;
	struct store_audit_field note[2];
	char key[128], *data = NULL, station[CORE_STATION_MAX + 1];
	const char *id = core_record_text(r, 0);
	int rc, seen, action;

	*outcome = STORE_SYNC_SKIPPED;
	if (core_schema_get(r->kind) == NULL || *id == '\0')
		return STORE_EINVAL;
	bc.t = t;
	bc.kind = r->kind;
	bc.id = id;
	/* Seen: in the history, or queued. */
	rc = store_version_base(t, r->kind, id, &meta->version, &dummy);
	if (rc < 0)
		return rc;
	seen = rc == 1;
	if (!seen) {
		conflict_key(key, sizeof key, r->kind, id, &meta->version);
		rc = store_setting_get(t, key, &data, NULL);
		free(data);
		if (rc == 0)
			seen = 1;
		else if (rc != STORE_ENOTFOUND)
			return rc;
	}
	memset(&local, 0, sizeof local);
	rc = store_exists(t, r->kind, id, &local);
	if (rc != 0 && rc != STORE_ENOTFOUND)
		return rc;
	action = core_merge_decide(&local.version, &meta->version, &meta->base, seen, base_of, &bc);
	if (action < 0)
		return action;
	if (action != CORE_MERGE_SKIP && (rc = supersede(t, r->kind, id, meta)) != 0)
		return rc;
	switch (action) {
	case CORE_MERGE_SKIP:
		return 0;
	case CORE_MERGE_APPLY:
		rc = store_apply(t, r, meta);
		if (rc == STORE_EDUP)
			return apply_dup(t, r, meta, outcome);
		if (rc == 0)
			*outcome = STORE_SYNC_APPLIED;
		return rc;
	case CORE_MERGE_APPLY_CONFLICT:
		if ((rc = store_get(t, r->kind, id, &mine, &local)) != 0)
			return rc;
		if ((rc = apart_note(t, r->kind, id, &local, meta, station, note)) < 0) {
			core_record_free(mine);
			return rc;
		}
		/* its audit entry says what happened, not "name: A -> B" */
		t->sync_note = rc == 1 ? note : NULL;
		t->nsync_note = rc == 1 ? 2 : 0;
		rc = store_apply(t, r, meta);
		if (rc == STORE_EDUP && (rc = apply_dup(t, r, meta, outcome)) == 0)
			rc = queue(t, r->kind, id, &local, meta, 1, 0, mine);
		else if (rc == 0) {
			*outcome = STORE_SYNC_WON;
			rc = queue(t, r->kind, id, &local, meta, 1, 0, mine);
		}
		t->sync_note = NULL;
		t->nsync_note = 0;
		core_record_free(mine);
		return rc;
	default:	/* CORE_MERGE_KEEP_CONFLICT */
		*outcome = STORE_SYNC_LOST;
		/* (nothing changes here: tui/bundle.c writes the entry that
		 * says another record came, once the bundle is applied and
		 * it knows the two still wait, not renumbered) */
		return queue(t, r->kind, id, &local, meta, 0, 0, r);
	}
}

/* ---- resolving ---- */

int
store_sync_conflict_sides(struct store_txn *t, const struct store_conflict *c,
    struct core_record **mine, struct core_record **theirs)
{
	struct core_record *cur = NULL, *loser;
	int rc;

	*mine = *theirs = NULL;
	if (c->dup && c->holder[0]) {
		/* Two records: the earlier (holder) and the later. */
		if ((rc = store_get(t, c->kind, c->holder, mine, NULL)) != 0)
			return rc;
		if ((rc = store_get(t, c->kind, c->id, theirs, NULL)) != 0) {
			core_record_free(*mine);
			*mine = NULL;
		}
		return rc;
	}
	rc = store_get(t, c->kind, c->id, &cur, NULL);
	if (rc == STORE_ENOTFOUND && !c->loser_is_local) {
		/* A refused new record: nothing here yet. */
		if ((cur = core_record_new(c->kind)) == NULL)
			return STORE_ENOMEM;
		core_record_set_text(cur, 0, c->id);
	} else if (rc != 0) {
		return rc;
	}
	if ((loser = core_record_dup(c->loser)) == NULL) {
		core_record_free(cur);
		return STORE_ENOMEM;
	}
	if (c->loser_is_local) {
		*mine = loser;
		*theirs = cur;
	} else {
		*mine = cur;
		*theirs = loser;
	}
	return 0;
}

int
store_sync_conflict_versions(struct store_txn *t, const struct store_conflict *c,
    const char *self, struct core_version *mine, struct core_version *theirs)
{
	struct store_meta m;
	int rc;

	*mine = c->local.version;
	*theirs = c->remote.version;
	if (c->dup)
		return 0;
	if ((rc = store_exists(t, c->kind, c->id, &m)) == STORE_ENOTFOUND)
		return 0;
	if (rc != 0)
		return rc;
	/* the side that is the record as stored now: a later version (a
	 * third station's that won since) may have replaced the one the
	 * entry was made with; an edit made here on the incoming version
	 * leaves that side the incoming station's */
	if (!c->loser_is_local)
		*mine = m.version;
	else if (strcasecmp(m.version.origin, self) != 0)
		*theirs = m.version;
	return 0;
}

/* The queue entry of version v of the conflict's record, if v is another
 * station's version that lost here and was never applied: 1 and *q filled
 * (the caller frees it with store_conflict_done), 0 if not, or a code. */
static int
queued_remote(struct base_ctx *b, const struct core_version *v, struct store_conflict *q)
{
	char key[128], *data = NULL;
	int rc;

	conflict_key(key, sizeof key, b->kind, b->id, v);
	if ((rc = store_setting_get(b->t, key, &data, NULL)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	rc = conflict_parse(key, data, q);
	free(data);
	if (rc == 0 && !q->dup && !q->loser_is_local && core_version_cmp(&q->remote.version, v) == 0)
		return 1;
	store_conflict_done(q);
	return rc;	/* 0: not a queued version of the other side's */
}

/*
 * base_of, and also for a version of another station's that lost here and
 * was never applied: its history entry is not here, but its queue entry
 * holds its base.  A station that went on editing from such a version
 * (the entry then closed as superseded) sent a version whose chain runs
 * through it to the version both last agreed on.
 */
static int
base_or_queued(void *vctx, const struct core_version *v, struct core_version *base)
{
	struct store_conflict q;
	int rc;

	if ((rc = base_of(vctx, v, base)) != 0 || (rc = queued_remote(vctx, v, &q)) != 1)
		return rc;
	*base = q.remote.base;
	store_conflict_done(&q);
	return 1;
}

/* The version conflict c's two sides last shared, into *anc: the record as
 * it is now (version now; its history is here) and the version set aside
 * (a local one is in the history, a remote one only in the queue, with its
 * base).  Returns 1, 0 if not known here, or a code. */
static int
conflict_anc(struct base_ctx *bc, const struct store_conflict *c, const struct core_version *now,
    struct core_version *anc)
{
	const struct store_meta *lost = c->loser_is_local ? &c->local : &c->remote;

	return core_merge_common(now, &lost->version, c->loser_is_local ? NULL : &lost->base,
	    base_or_queued, bc, anc);
}

int
store_sync_conflict_base(struct store_txn *t, const struct store_conflict *c,
    struct core_record **base)
{
	struct base_ctx bc = { t, c->kind, c->id };
	struct store_meta now;
	struct core_version anc;
	int rc;

	*base = NULL;
	if (c->dup)
		return 0;	/* two records, or a version never applied */
	if ((rc = store_exists(t, c->kind, c->id, &now)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	if ((rc = conflict_anc(&bc, c, &now.version, &anc)) <= 0)
		return rc;
	return store_version_record(t, c->kind, c->id, &anc, base);
}

/* The first version of the chain that runs back from v (whose base is
 * base): the record's creation, into *root.  Returns 1, 0 if a base on the
 * way is not known here, or a code. */
static int
chain_root(struct base_ctx *bc, const struct core_version *v, const struct core_version *base,
    struct core_version *root)
{
	struct core_version cur = *v, b = *base;
	long depth;
	int rc;

	for (depth = 0; depth < CORE_MERGE_MAX_DEPTH; depth++) {
		if (core_version_is_zero(&b)) {
			*root = cur;
			return 1;
		}
		if (core_version_cmp(&b, &cur) >= 0)
			return 0;	/* corrupt: a base must be older */
		cur = b;
		if ((rc = base_or_queued(bc, &cur, &b)) <= 0)
			return rc;
	}
	return 0;
}

int
store_sync_conflict_apart(struct store_txn *t, const struct store_conflict *c)
{
	struct base_ctx bc = { t, c->kind, c->id };
	struct core_version lr, rr;
	int rc;

	if (c->dup)
		return 0;	/* two numbers already */
	if (core_version_is_zero(&c->local.version) || core_version_is_zero(&c->remote.version))
		return 0;
	if ((rc = chain_root(&bc, &c->local.version, &c->local.base, &lr)) <= 0 ||
	    (rc = chain_root(&bc, &c->remote.version, &c->remote.base, &rr)) <= 0)
		return rc;
	return core_version_cmp(&lr, &rr) != 0;
}

int
store_sync_conflict_changed(struct store_txn *t, const struct store_conflict *c,
    const struct core_record *mine, const struct core_record *theirs, unsigned *mine_ch,
    unsigned *theirs_ch)
{
	struct core_record *base = NULL;
	int rc;

	*mine_ch = *theirs_ch = 0;
	if ((rc = store_sync_conflict_base(t, c, &base)) == 1 &&
	    (core_merge_diff(base, mine, mine_ch) < 0 || core_merge_diff(base, theirs, theirs_ch) < 0)) {
		*mine_ch = *theirs_ch = 0;
		rc = 0;		/* not the record's kind: nothing known */
	}
	core_record_free(base);
	return rc;
}

/* The record as version v of the conflict's record was written: from the
 * change log (store_version_record), or, for a version of another
 * station's that lost here and was never applied, from its queue entry.
 * Returns 1, 0 if not known here, or a STORE_* code. */
static int
record_or_queued(struct base_ctx *b, const struct core_version *v, struct core_record **out)
{
	struct store_conflict q;
	int rc;

	if ((rc = store_version_record(b->t, b->kind, b->id, v, out)) != 0 ||
	    (rc = queued_remote(b, v, &q)) != 1)
		return rc;
	*out = q.loser;
	q.loser = NULL;
	store_conflict_done(&q);
	return 1;
}

/* One side's chain, from version v (record r, not consumed) back to anc:
 * each field of mask gets in by[] the station of the newest version of the
 * chain that changed it.  A step whose record is not known here gives the
 * fields left the station of the version above it. */
static int
side_by(struct base_ctx *b, const struct core_version *v, const struct core_record *r,
    const struct core_version *anc, unsigned mask, char (*by)[CORE_STATION_MAX + 1])
{
	struct core_version cur = *v, parent;
	struct core_record *rv = NULL, *rp = NULL;
	const struct core_record *top = r;
	unsigned d, f;
	long depth;
	int rc = 0;

	for (depth = 0; mask != 0 && depth < CORE_MERGE_MAX_DEPTH; depth++) {
		if (core_version_cmp(&cur, anc) == 0)
			break;
		if ((rc = base_or_queued(b, &cur, &parent)) < 0)
			break;
		if (rc == 1 && (rc = record_or_queued(b, &parent, &rp)) < 0)
			break;
		if (rc == 0) {
			d = mask;	/* the rest: this version's, as far as is known */
		} else if (core_merge_diff(top, rp, &d) < 0) {
			rc = STORE_EINVAL;
			break;
		}
		for (f = 0; f < 32; f++)
			if ((d & mask) & (1u << f))
				snprintf(by[f], sizeof by[f], "%s", cur.origin);
		mask &= ~d;
		if (rp == NULL)
			break;
		core_record_free(rv);
		rv = rp;
		rp = NULL;
		top = rv;
		cur = parent;
	}
	core_record_free(rv);
	core_record_free(rp);
	return rc < 0 ? rc : 0;
}

int
store_sync_conflict_by(struct store_txn *t, const struct store_conflict *c,
    unsigned mine_ch, unsigned theirs_ch,
    char (*by_mine)[CORE_STATION_MAX + 1], char (*by_theirs)[CORE_STATION_MAX + 1])
{
	struct base_ctx bc = { t, c->kind, c->id };
	struct core_record *cur = NULL;
	struct store_meta now;
	struct core_version anc;
	int rc;

	memset(by_mine, 0, 32 * sizeof *by_mine);
	memset(by_theirs, 0, 32 * sizeof *by_theirs);
	if (c->dup || (mine_ch | theirs_ch) == 0)
		return 0;	/* (nothing changed, or not known) */
	if ((rc = store_get(t, c->kind, c->id, &cur, &now)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	/* the version both last agreed on, as store_sync_conflict_base found it */
	if ((rc = conflict_anc(&bc, c, &now.version, &anc)) == 1) {
		/* the side in use is the record now (edits made here after the
		 * conflict included); the other, the version set aside */
		if (c->loser_is_local)
			rc = side_by(&bc, &c->local.version, c->loser, &anc, mine_ch, by_mine);
		else
			rc = side_by(&bc, &now.version, cur, &anc, mine_ch, by_mine);
		if (rc == 0 && c->loser_is_local)
			rc = side_by(&bc, &now.version, cur, &anc, theirs_ch, by_theirs);
		else if (rc == 0)
			rc = side_by(&bc, &c->remote.version, c->loser, &anc, theirs_ch, by_theirs);
	}
	core_record_free(cur);
	return rc < 0 ? rc : 0;
}

int
store_sync_conflict_deleted(struct store_txn *t, const struct store_conflict *c, int *mine,
    int *theirs)
{
	struct store_meta now;
	int rc;

	*mine = *theirs = 0;
	if (c->dup)
		return 0;	/* two records, or a version never applied */
	if ((rc = store_exists(t, c->kind, c->id, &now)) != 0)
		return rc == STORE_ENOTFOUND ? 0 : rc;
	/* the side in use is the record as it is now */
	*mine = c->loser_is_local ? c->local.deleted : now.deleted;
	*theirs = c->loser_is_local ? now.deleted : c->remote.deleted;
	return 0;
}

struct resolve_ctx {
	struct store_conflict *list;	/* copies of the open conflicts (own their losers) */
	size_t n, cap;
	int err;
	const char *only;		/* the key of the one entry decided, or NULL */
};

static int
resolve_collect(const struct store_conflict *c, void *vctx)
{
	struct resolve_ctx *x = vctx;
	struct store_conflict *nl;

	if (x->only != NULL && strcmp(c->key, x->only) != 0)
		return 0;
	if (x->n == x->cap) {
		size_t ncap = x->cap ? x->cap * 2 : 4;

		if ((nl = realloc(x->list, ncap * sizeof *nl)) == NULL) {
			x->err = STORE_ENOMEM;
			return 1;
		}
		x->list = nl;
		x->cap = ncap;
	}
	x->list[x->n] = *c;
	if ((x->list[x->n].loser = core_record_dup(c->loser)) == NULL) {
		x->err = STORE_ENOMEM;
		return 1;
	}
	x->n++;
	return 0;
}

static int
has_issue(const struct core_issues *is, const struct core_issue *e)
{
	size_t i;

	for (i = 0; i < is->n; i++)
		if (is->v[i].severity == CORE_SEV_ERROR && is->v[i].field == e->field &&
		    is->v[i].msg == e->msg)
			return 1;
	return 0;
}

/* The pledge payment r is paid on, into *out (NULL for another kind, a
 * payment that names none, or a pledge not held here), for the checks
 * that weigh a payment against its pledge.  Returns 0 or a STORE_* code;
 * caller frees *out. */
static int
pledge_of(struct store_txn *t, const struct core_record *r, struct core_record **out)
{
	int rc;

	*out = NULL;
	if (r->kind != CORE_PAYMENT || !r->v[CORE_PAYMENT_PLEDGE].set)
		return 0;
	rc = store_get(t, CORE_PLEDGE, core_record_text(r, CORE_PAYMENT_PLEDGE), out, NULL);
	if (rc == STORE_ENOTFOUND) {
		*out = NULL;
		return 0;
	}
	return rc;
}

/* store_sync_resolve: STORE_EINVAL (why: field, msg, arg) when final, a
 * field-by-field mixture of mine and theirs, has an error neither had.
 * A payment is checked against the pledge it names, as a form checks it
 * (each side against its own): one side's date with the other's pledge
 * may be dated before that pledge (why.arg: the pledge's date). */
static int
merge_check(struct store_txn *t, const struct core_record *mine,
    const struct core_record *theirs, const struct core_record *final)
{
	struct core_issues m, th, f;
	struct core_record *pm = NULL, *pt = NULL, *pf = NULL;
	size_t i;
	int rc;

	if ((rc = pledge_of(t, final, &pf)) != 0 || (rc = pledge_of(t, mine, &pm)) != 0 ||
	    (rc = pledge_of(t, theirs, &pt)) != 0)
		goto out;
	if (core_record_validate(final, pf, &f) < CORE_SEV_ERROR)
		goto out;
	core_record_validate(mine, pm, &m);
	core_record_validate(theirs, pt, &th);
	for (i = 0; i < f.n; i++) {
		if (f.v[i].severity != CORE_SEV_ERROR || has_issue(&m, &f.v[i]) ||
		    has_issue(&th, &f.v[i]))
			continue;
		t->why.code = STORE_EINVAL;
		t->why.kind = final->kind;
		t->why.field = f.v[i].field;
		t->why.msg = (int)f.v[i].msg;
		t->why.arg = f.v[i].arg;
		rc = STORE_EINVAL;
		break;
	}
out:
	core_record_free(pf);
	core_record_free(pm);
	core_record_free(pt);
	return rc;
}

/*
 * A record with several waiting versions (three databases edited it while
 * apart): the decision is made on the newest incoming one, whose two sides
 * may both miss what an older entry's version set aside changed -- at HQ,
 * its own edit, set aside when TBZ's won, and TBZ's then set aside when
 * MRG's won.  Into *final, every field that such a version alone changed
 * since it last agreed with the record in use, where *final still has the
 * value of that shared version: no other side changed it.  The newest such
 * version goes first, so of two that changed one field the newer wins.  An
 * entry whose shared version is not known here adds nothing.  Returns 1
 * if *final changed, 0 if not, or a STORE_* code.
 */
static int
fold_others(struct store_txn *t, struct resolve_ctx *x, const struct store_conflict *last,
    struct core_record **final)
{
	struct core_record *base = NULL, *mixed;
	const struct store_conflict *e, *done = NULL;
	unsigned lch, fch;
	size_t i;
	int rc, changed = 0;

	for (;;) {
		/* the newest entry older than the last one taken */
		e = NULL;
		for (i = 0; i < x->n; i++) {
			const struct store_conflict *q = &x->list[i];

			if (q == last || q->dup || q->loser == NULL ||
			    (done != NULL && core_version_cmp(&q->remote.version, &done->remote.version) >= 0) ||
			    (e != NULL && core_version_cmp(&q->remote.version, &e->remote.version) <= 0))
				continue;
			e = q;
		}
		if (e == NULL)
			return changed;
		done = e;
		/* the version it last shared with the record in use */
		if ((rc = store_sync_conflict_base(t, e, &base)) < 0)
			return rc;
		if (rc == 0)
			continue;
		rc = 0;
		if (core_merge_diff(base, e->loser, &lch) >= 0 &&
		    core_merge_diff(base, *final, &fch) >= 0 && (lch & ~fch & ~1u) != 0) {
			rc = core_merge_fields(*final, e->loser, lch & ~fch & ~1u, &mixed);
			if (rc == 0) {
				core_record_free(*final);
				*final = mixed;
				changed = 1;
			} else {
				rc = rc == CORE_ENOMEM ? STORE_ENOMEM : STORE_EINVAL;
			}
		}
		core_record_free(base);
		base = NULL;
		if (rc != 0)
			return rc;
	}
}

int
store_sync_resolve(struct store_txn *t, enum core_kind k, const char *id,
    unsigned take_theirs, enum store_conflict_state state)
{
	return store_sync_resolve_fold(t, k, id, take_theirs, state, 0);
}

static int resolve_some(struct store_txn *t, enum core_kind k, const char *id,
    const char *only, unsigned take_theirs, enum store_conflict_state state, int flags);

int
store_sync_resolve_fold(struct store_txn *t, enum core_kind k, const char *id,
    unsigned take_theirs, enum store_conflict_state state, int flags)
{
	return resolve_some(t, k, id, NULL, take_theirs, state, flags);
}

int
store_sync_resolve_entry(struct store_txn *t, enum core_kind k, const char *id,
    const char *key, unsigned take_theirs, enum store_conflict_state state, int flags)
{
	if (key == NULL)
		return STORE_EINVAL;
	return resolve_some(t, k, id, key, take_theirs, state, flags & STORE_RESOLVE_MERGE);
}

static int
resolve_some(struct store_txn *t, enum core_kind k, const char *id, const char *only,
    unsigned take_theirs, enum store_conflict_state state, int flags)
{
	struct resolve_ctx x;
	struct store_meta meta;
	struct core_record *mine = NULL, *theirs = NULL, *final = NULL, *cur = NULL;
	const struct store_conflict *last;
	char prefix[96], self[CORE_STATION_MAX + 1];
	unsigned diff;
	size_t i;
	int rc, mine_del, theirs_del;

	if (core_schema_get(k) == NULL || id == NULL || strlen(id) >= CORE_ID_MAX)
		return STORE_EINVAL;
	memset(&x, 0, sizeof x);
	x.only = only;
	/* The versions written here are the stations' own (a need's status
	 * that another station decided): the local write rules do not judge
	 * them again (store_int.h). */
	t->remote = 1;
	snprintf(prefix, sizeof prefix, "sync.conflict.%s.%s.", core_schema_get(k)->name, id);
	rc = conflicts_under(t, prefix, 0, resolve_collect, &x);
	if (rc == 0)
		rc = x.err;
	if (rc != 0)
		goto out;
	if (x.n == 0) {
		rc = STORE_ENOTFOUND;
		goto out;
	}
	/* A duplicate (see above) is settled between the two records; the
	 * record's other entries close with it. */
	for (i = 0; i < x.n; i++)
		if (x.list[i].dup && x.list[i].holder[0])
			break;
	if (i < x.n) {
		if ((rc = resolve_dup(t, &x.list[i], take_theirs, state,
		    (flags & STORE_RESOLVE_MERGE) != 0)) != 0)
			goto out;
		goto mark;
	}
	/* Mine and theirs come from the newest incoming version. */
	last = &x.list[0];
	for (i = 1; i < x.n; i++)
		if (core_version_cmp(&x.list[i].remote.version, &last->remote.version) > 0)
			last = &x.list[i];
	if ((rc = store_sync_conflict_sides(t, last, &mine, &theirs)) != 0 ||
	    (rc = store_sync_conflict_deleted(t, last, &mine_del, &theirs_del)) != 0)
		goto out;
	if ((rc = core_merge_fields(mine, theirs, take_theirs, &final)) != 0) {
		rc = rc == CORE_ENOMEM ? STORE_ENOMEM : STORE_EINVAL;
		goto out;
	}
	if ((flags & STORE_RESOLVE_FOLD) && x.n > 1) {
		if ((rc = fold_others(t, &x, last, &final)) < 0)
			goto out;
		if (rc == 1)
			state = STORE_CONFLICT_MERGED;	/* no longer one side's */
		rc = 0;
	}
	/* A mixture is a record neither side wrote: its fields may not go
	 * together (an organisation's kind from one side with a person's
	 * national id from the other).  An error of its own is refused,
	 * naming the field (why: field, msg); one either side had already is
	 * not this decision's doing and does not block it. */
	if (state == STORE_CONFLICT_MERGED && (rc = merge_check(t, mine, theirs, final)) != 0)
		goto out;
	if ((rc = audit_decision(t, k, id, state, (flags & STORE_RESOLVE_MERGE) != 0,
	    last->remote.version.origin, NULL, 0,
	    mine, theirs, final, mine_del, theirs_del)) != 0)
		goto out;
	rc = store_get(t, k, id, &cur, &meta);
	if (rc == STORE_ENOTFOUND) {
		/* A refused new record (duplicate unique value): taking it means
		 * writing it as new, which fails again while the duplicate is here. */
		rc = take_theirs != 0 ? store_put_new(t, final, NULL) : 0;
	} else if (rc == 0 && core_merge_diff(cur, final, &diff) > 0) {
		rc = store_update(t, final, meta.rev);
	}
	/* Deleted or not is the record's state, not a field (needs, pledges,
	 * payments, stages, ceremonies): the side kept gives it, mine for a
	 * mixture (mine with some of theirs' fields).  Before, a decision
	 * never changed it: a deletion kept here was undone by the other
	 * side's edit that won, whatever was decided. */
	if (rc == 0 && cur != NULL) {
		int want = state == STORE_CONFLICT_THEIRS ? theirs_del : mine_del;

		if ((rc = store_exists(t, k, id, &meta)) == 0 && want != meta.deleted)
			rc = want ? store_deactivate(t, k, id, meta.rev) :
			    store_reactivate(t, k, id, meta.rev);
	}
mark:
	/* who decided (this station) and what was kept, for the bundles
	 * that carry the decision to databases whose sides are the other
	 * way round */
	if (rc == 0 && x.n > 0 && (rc = store_station(store_txn_store(t), self)) == 0)
		for (i = 0; i < x.n; i++)
			if (!x.list[i].dup) {
				snprintf(x.list[i].by, sizeof x.list[i].by, "%s", self);
				x.list[i].kept = store_conflict_kept(&x.list[i], state);
			}
	for (i = 0; rc == 0 && i < x.n; i++) {
		x.list[i].state = state;
		rc = conflict_write(t, &x.list[i], x.list[i].loser);
	}
	/* Entries of the same pair under the other record, if any. */
	if (rc == 0)
		rc = store_sync_recheck(t);
out:
	t->remote = 0;
	for (i = 0; i < x.n; i++)
		store_conflict_done(&x.list[i]);
	free(x.list);
	core_record_free(mine);
	core_record_free(theirs);
	core_record_free(final);
	core_record_free(cur);
	return rc;
}
