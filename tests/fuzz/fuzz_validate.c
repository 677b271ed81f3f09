/*
 * Fuzz target: the validators of core/validate.h.
 *
 * Input: byte 0 picks the record kind, the rest is text split at 0x1F
 * (unit separator) into one piece per field.  Every piece goes through every
 * core_check_* (with a few integer ranges) and, as the field of its index,
 * through core_field_parse; the record is then checked whole with
 * core_record_validate (a payment also against a pledge parsed from the
 * same pieces).  Invariants checked (abort() when broken):
 *   - a checker that says ok/warning writes a NUL-terminated value that the
 *     same checker accepts again with the same result (idempotent);
 *   - a field that parsed keeps a value whose canonical text
 *     (core_value_format) parses back, into a fresh record, to an equal
 *     value (the property that export -> import relies on);
 *   - severities are CORE_SEV_* and messages are in range.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/record.h"
#include "core/validate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
sev_ok(int sev, enum core_msg msg)
{
	if (sev < CORE_SEV_OK || sev > CORE_SEV_ERROR || (unsigned)msg >= CORE_NMSGS)
		abort();
	if ((sev == CORE_SEV_OK) != (msg == CORE_MSG_OK))
		abort();
}

typedef int (*text_check)(const char *, char *, size_t, enum core_msg *);

static void
one_text_check(text_check fn, const char *s)
{
	char out[64], again[64];
	enum core_msg m, m2;
	int sev, sev2;

	memset(out, 'x', sizeof out);
	sev = fn(s, out, sizeof out, &m);
	sev_ok(sev, m);
	if (memchr(out, '\0', sizeof out) == NULL)
		abort();
	if (sev == CORE_SEV_ERROR) {
		if (out[0] != '\0')
			abort();
		return;
	}
	/* The normalised value is accepted again, unchanged, same severity. */
	sev2 = fn(out, again, sizeof again, &m2);
	if (sev2 != sev || strcmp(out, again) != 0)
		abort();
	(void)m2;
}

static void
checks(const char *s)
{
	static const int64_t ranges[][2] = { { 1, 5 }, { 0, 100 }, { 0, 1000000 },
		{ INT64_MIN, INT64_MAX }, { -5, 5 } };
	enum core_msg m;
	int64_t v;
	int32_t day;
	char out[64];
	size_t i;
	int sev;

	one_text_check(core_check_nid, s);
	one_text_check(core_check_legal, s);
	one_text_check(core_check_mobile, s);
	one_text_check(core_check_phone, s);
	one_text_check(core_check_postal, s);
	one_text_check(core_check_sheba, s);
	sev = core_check_county(s, NULL, out, sizeof out, &m);
	sev_ok(sev, m);
	if (sev != CORE_SEV_ERROR &&
	    core_check_county(out, NULL, out, sizeof out, &m) != sev)
		abort();
	sev = core_check_amount(s, &v, &m);
	sev_ok(sev, m);
	if (sev != CORE_SEV_ERROR && (v < 0 || v > 1000000000000000LL))
		abort();
	for (i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
		sev = core_check_int(s, ranges[i][0], ranges[i][1], &v, &m);
		sev_ok(sev, m);
		if (sev != CORE_SEV_ERROR && (v < ranges[i][0] || v > ranges[i][1]))
			abort();
	}
	sev = core_check_date(s, &day, &m);
	sev_ok(sev, m);
	(void)core_msg_text(m);
}

/* The value of field f in r formats to text that parses back equal. */
static void
round_trip(const struct core_record *r, int f)
{
	struct core_record *b;
	struct core_issue is;
	char buf[4096];
	size_t n;
	int sev;

	if (!r->v[f].set)
		return;
	n = core_value_format(r, f, buf, sizeof buf);
	if (n >= sizeof buf)
		return;
	if ((b = core_record_new(r->kind)) == NULL)
		return;
	sev = core_field_parse(b, f, buf, &is);
	if (sev == CORE_ENOMEM) {
		core_record_free(b);
		return;
	}
	if (sev == CORE_SEV_ERROR || !core_value_equal(r, b, f))
		abort();
	core_record_free(b);
}

/* Fills a new record of kind k from the pieces. */
static struct core_record *
fill(enum core_kind k, char **piece, size_t npiece)
{
	const struct core_schema *s = core_schema_get(k);
	struct core_record *r = core_record_new(k);
	struct core_issue is;
	size_t f;
	int sev;

	if (r == NULL)
		return NULL;
	for (f = 0; f < s->nfields && f < npiece; f++) {
		sev = core_field_parse(r, (int)f, piece[f], &is);
		if (sev == CORE_ENOMEM)
			continue;
		if (sev < CORE_SEV_OK || sev > CORE_SEV_ERROR)
			abort();
		sev_ok(is.severity, is.msg);
		if (is.severity != sev || is.field != (int)f)
			abort();
		round_trip(r, (int)f);
	}
	return r;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s, *piece[CORE_MAX_FIELDS + 1], *p;
	size_t npiece = 0, i;
	enum core_kind k;
	struct core_record *r, *parent = NULL;
	struct core_issues all;
	int worst;

	if (size < 1)
		return 0;
	k = (enum core_kind)(data[0] % CORE_NKINDS);
	if ((s = malloc(size)) == NULL)
		return 0;
	memcpy(s, data + 1, size - 1);
	s[size - 1] = '\0';
	for (p = s; npiece < CORE_MAX_FIELDS;) {
		char *sep = strchr(p, '\x1f');

		piece[npiece++] = p;
		if (sep == NULL)
			break;
		*sep = '\0';
		p = sep + 1;
	}
	for (i = 0; i < npiece; i++)
		checks(piece[i]);
	r = fill(k, piece, npiece);
	if (r != NULL && k == CORE_PAYMENT)
		parent = fill(CORE_PLEDGE, piece, npiece);
	if (r != NULL) {
		worst = core_record_validate(r, parent, &all);
		if (worst < CORE_SEV_OK || worst > CORE_SEV_ERROR || all.n > CORE_MAX_ISSUES ||
		    worst != core_issues_worst(&all))
			abort();
		for (i = 0; i < all.n; i++) {
			sev_ok(all.v[i].severity, all.v[i].msg);
			if (all.v[i].field < -1 || all.v[i].field >= CORE_MAX_FIELDS)
				abort();
		}
	}
	core_record_free(parent);
	core_record_free(r);
	free(s);
	return 0;
}
