/*
 * store/codec.c — the byte encodings of the store.
 *
 * Record value (sub-database per kind), format 1:
 *
 *   u8  format (1)            a newer program bumps it; older formats stay readable
 *   u8  flags                 bit 0: deleted (kinds without an active field)
 *   uv  rev
 *   uv  version hlc, str version origin
 *   uv  base hlc,    str base origin
 *   uv  number of fields that follow
 *   per set field:  str name, u8 type (enum core_ftype), value
 *     value: str for the text-like types; sv (zigzag varint) for the others
 *
 * (uv = unsigned LEB128 varint; sv = zigzag of int64 then uv; str = uv
 * length then the bytes.)  Fields are self-describing by NAME, so adding a
 * field to a kind's schema needs no rewrite: an old record simply lacks it
 * (decoded as unset), and a name the program does not know is skipped.  A
 * field whose type changed between text and number is skipped too.  Unset
 * fields are not written.
 *
 * Record keys: for every kind but users, the id STATION-N is stored as the
 * station code, a 0 byte, then N as 8 bytes big-endian, so the cursor order
 * is id order (TBZ-9 before TBZ-10) and station codes never mix.  A user's
 * key is the login.
 *
 * Index keys start with the kind and field number (one byte each); then the
 * value: text bytes for text-like fields, 8 bytes big-endian with the sign
 * bit flipped for numbers (so memcmp orders them), or a collation key for
 * the search index.
 */
#include <stdlib.h>
#include <string.h>

#include "store/store_int.h"

int
buf_grow(struct buf *b, size_t need)
{
	size_t cap;
	unsigned char *p;

	if (b->err)
		return -1;
	if (b->len + need <= b->cap)
		return 0;
	cap = b->cap ? b->cap : 256;
	while (cap < b->len + need)
		cap *= 2;
	if ((p = realloc(b->p, cap)) == NULL) {
		b->err = 1;
		return -1;
	}
	b->p = p;
	b->cap = cap;
	return 0;
}

void
buf_put(struct buf *b, const void *p, size_t n)
{
	buf_bytes(b, p, n);
}

void
buf_sv(struct buf *b, int64_t v)
{
	buf_uv(b, ((uint64_t)v << 1) ^ (uint64_t)(v >> 63));
}

void
buf_be64(struct buf *b, uint64_t v)
{
	unsigned char tmp[8];

	be64_put(tmp, v);
	buf_put(b, tmp, 8);
}

void
buf_free(struct buf *b)
{
	free(b->p);
	b->p = NULL;
	b->len = b->cap = 0;
	b->err = 0;
}

void
be64_put(unsigned char *p, uint64_t v)
{
	int i;

	for (i = 7; i >= 0; i--) {
		p[i] = v & 0xff;
		v >>= 8;
	}
}

uint64_t
be64_get(const unsigned char *p)
{
	uint64_t v = 0;
	int i;

	for (i = 0; i < 8; i++)
		v = v << 8 | p[i];
	return v;
}

int
rd_u8(struct rd *r, unsigned *v)
{
	if (r->off >= r->len)
		return -1;
	*v = r->p[r->off++];
	return 0;
}

int
rd_uv(struct rd *r, uint64_t *v)
{
	uint64_t x = 0;
	int shift = 0;
	unsigned c;

	do {
		if (r->off >= r->len || shift > 63)
			return -1;
		c = r->p[r->off++];
		x |= (uint64_t)(c & 0x7f) << shift;
		shift += 7;
	} while (c & 0x80);
	*v = x;
	return 0;
}

int
rd_sv(struct rd *r, int64_t *v)
{
	uint64_t u;

	if (rd_uv(r, &u) != 0)
		return -1;
	*v = (int64_t)(u >> 1) ^ -(int64_t)(u & 1);
	return 0;
}

int
rd_str(struct rd *r, const char **s, size_t *n)
{
	uint64_t len;

	if (rd_uv(r, &len) != 0 || len > r->len - r->off)
		return -1;
	*s = (const char *)r->p + r->off;
	*n = (size_t)len;
	r->off += (size_t)len;
	return 0;
}

int
rd_be64(struct rd *r, uint64_t *v)
{
	if (r->len - r->off < 8)
		return -1;
	*v = be64_get(r->p + r->off);
	r->off += 8;
	return 0;
}

/* ---- ids and keys ---- */

int
id_to_key(enum core_kind k, const char *id, unsigned char *key, size_t *len)
{
	char station[CORE_STATION_MAX + 1];
	uint64_t seq;
	size_t n;

	if (id == NULL || *id == '\0')
		return STORE_EINVAL;
	if (k == CORE_USER) {
		n = strlen(id);
		if (n >= CORE_ID_MAX)
			return STORE_EINVAL;
		memcpy(key, id, n);
		*len = n;
		return 0;
	}
	if (core_id_parse(id, station, &seq) != 0)
		return STORE_EINVAL;
	n = strlen(station);
	memcpy(key, station, n);
	key[n] = 0;
	be64_put(key + n + 1, seq);
	*len = n + 9;
	return 0;
}

int
key_to_id(enum core_kind k, const unsigned char *key, size_t len, char *id)
{
	char station[CORE_STATION_MAX + 1];
	size_t n;

	if (k == CORE_USER) {
		if (len >= CORE_ID_MAX)
			return STORE_ECORRUPT;
		memcpy(id, key, len);
		id[len] = '\0';
		return 0;
	}
	if (len < 10 || len > CORE_STATION_MAX + 9)
		return STORE_ECORRUPT;
	n = len - 9;
	if (key[n] != 0)
		return STORE_ECORRUPT;
	memcpy(station, key, n);
	station[n] = '\0';
	if (core_id_make(station, be64_get(key + n + 1), id) != 0)
		return STORE_ECORRUPT;
	return 0;
}

/* ---- records ---- */

int
rec_encode(const struct core_record *r, const struct store_meta *m, struct buf *b)
{
	const struct core_schema *s = core_schema_get(r->kind);
	size_t i, n = 0;

	if (s == NULL)
		return STORE_EINVAL;
	for (i = 0; i < s->nfields; i++)
		n += r->v[i].set != 0;
	buf_u8(b, REC_FORMAT);
	buf_u8(b, m->deleted ? 1 : 0);
	buf_uv(b, m->rev);
	buf_uv(b, m->version.hlc);
	buf_str(b, m->version.origin, strlen(m->version.origin));
	buf_uv(b, m->base.hlc);
	buf_str(b, m->base.origin, strlen(m->base.origin));
	buf_uv(b, n);
	for (i = 0; i < s->nfields; i++) {
		const struct core_field *f = &s->fields[i];
		const struct core_value *v = &r->v[i];

		if (!v->set)
			continue;
		buf_str(b, f->name, strlen(f->name));
		buf_u8(b, f->type);
		if (core_ftype_is_text(f->type)) {
			const char *t = v->text ? v->text : "";

			buf_str(b, t, strlen(t));
		} else {
			buf_sv(b, v->num);
		}
	}
	return b->err ? STORE_ENOMEM : 0;
}

static int
rd_origin(struct rd *rd, char *origin)
{
	const char *s;
	size_t n;

	if (rd_str(rd, &s, &n) != 0 || n > CORE_STATION_MAX)
		return -1;
	memcpy(origin, s, n);
	origin[n] = '\0';
	return 0;
}

int
rec_decode_meta(const void *p, size_t len, struct store_meta *m, size_t *off)
{
	struct rd rd = { p, len, 0 };
	unsigned fmt, flags;

	memset(m, 0, sizeof *m);
	if (rd_u8(&rd, &fmt) != 0)
		return STORE_ECORRUPT;
	if (fmt > REC_FORMAT)
		return STORE_EVERSION;
	if (fmt == 0 || rd_u8(&rd, &flags) != 0 || rd_uv(&rd, &m->rev) != 0 ||
	    rd_uv(&rd, &m->version.hlc) != 0 || rd_origin(&rd, m->version.origin) != 0 ||
	    rd_uv(&rd, &m->base.hlc) != 0 || rd_origin(&rd, m->base.origin) != 0)
		return STORE_ECORRUPT;
	m->deleted = flags & 1;
	if (off)
		*off = rd.off;
	return 0;
}

int
rec_decode(enum core_kind k, const void *p, size_t len, struct core_record **out,
    struct store_meta *meta)
{
	const struct core_schema *s = core_schema_get(k);
	struct store_meta m;
	struct core_record *r;
	struct rd rd = { p, len, 0 };
	uint64_t n, i;
	int rc, hint = 0;
	char name[64];

	if (s == NULL)
		return STORE_EINVAL;
	if ((rc = rec_decode_meta(p, len, &m, &rd.off)) != 0)
		return rc;
	if ((r = core_record_new(k)) == NULL)
		return STORE_ENOMEM;
	/* core_record_new sets active = 1; the stored record says otherwise. */
	for (i = 0; i < s->nfields; i++)
		core_record_unset(r, (int)i);
	if (rd_uv(&rd, &n) != 0)
		goto bad;
	for (i = 0; i < n; i++) {
		const char *fname, *text;
		size_t fnlen, tlen;
		unsigned type;
		int64_t num = 0;
		int fi = -1;

		if (rd_str(&rd, &fname, &fnlen) != 0 || rd_u8(&rd, &type) != 0)
			goto bad;
		text = NULL;
		tlen = 0;
		if (core_ftype_is_text((enum core_ftype)type)) {
			if (rd_str(&rd, &text, &tlen) != 0)
				goto bad;
		} else if (rd_sv(&rd, &num) != 0) {
			goto bad;
		}
		/* Fields are usually in schema order: try the next one first. */
		if ((size_t)hint < s->nfields && strlen(s->fields[hint].name) == fnlen &&
		    memcmp(s->fields[hint].name, fname, fnlen) == 0) {
			fi = hint;
		} else if (fnlen < sizeof name) {
			memcpy(name, fname, fnlen);
			name[fnlen] = '\0';
			fi = core_field_find(s, name);
		}
		if (fi < 0)
			continue;	/* a field this program does not know */
		hint = fi + 1;
		if (core_ftype_is_text(s->fields[fi].type) != core_ftype_is_text((enum core_ftype)type))
			continue;	/* type changed between text and number */
		if (text != NULL) {
			char *t = malloc(tlen + 1);

			if (t == NULL) {
				core_record_free(r);
				return STORE_ENOMEM;
			}
			memcpy(t, text, tlen);
			t[tlen] = '\0';
			if (tlen == 0) {
				free(t);
				continue;
			}
			free(r->v[fi].text);
			r->v[fi].text = t;
			r->v[fi].set = 1;
			r->v[fi].num = 0;
		} else {
			core_record_set_num(r, fi, num);
		}
	}
	*out = r;
	if (meta)
		*meta = m;
	return 0;
bad:
	core_record_free(r);
	return STORE_ECORRUPT;
}
