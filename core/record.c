/*
 * core/record.c — the schema tables of SPEC §3 and the record functions.
 *
 * Each kind is a static array of struct core_field in SPEC §3's order (the
 * CORE_<KIND>_<FIELD> enums of record.h index it).  Beyond SPEC's lists:
 * group and unit end in an `active` BOOL (deleting marks inactive, SPEC §3);
 * a need ends in its DERIVED `county` (its unit's county, kept for the
 * county index; exported, for a sheet to be filtered by, and checked
 * against the unit's on import, never imported); payment and stage, which SPEC lists
 * without an id, get field 0 `id` like every kind, then their parent as an
 * indexed REF.  A user is login / role / county scope.
 *
 * Labels are English msgids; the UI passes them through _().  Choice labels
 * (core_choice_label) likewise.
 *
 * A record owns the text of its text-like values; numeric values hold num.
 * Nothing here normalises input: that is core/validate.c's job.
 */
#include "core/record.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "locale/catalog.h"
#include "locale/digits.h"
#include "locale/jalali.h"

#define AMOUNT_MAX 1000000000000000LL	/* 10^15 rials, SPEC §4 */

/* ---- choices and their English labels (msgids) ---- */

const char *const core_ptype_names[] = {
	"space", "equipment", "costs", "information", "support", "oversight",
	"policing", NULL
};
static const char *const ptype_labels[] = {
	N_("Development of police spaces"), N_("Public equipment"),
	N_("Service and security costs"), N_("Information"), N_("Support"), N_("Oversight"),
	N_("Volunteer policing"), NULL
};

static const char *const donor_kinds[] = { "person", "org", NULL };
static const char *const donor_kind_labels[] = { N_("Person"), N_("Organisation"), NULL };

static const char *const group_kinds[] = {
	"imam_office", "council", "religious_board", "industry", "other", NULL
};
static const char *const group_kind_labels[] = {
	N_("Friday-prayer imam's office"), N_("Islamic council"), N_("Religious board"),
	N_("Industry"), N_("Other"), NULL
};

static const char *const unit_kinds[] = { "station", "post", "command", "other", NULL };
static const char *const unit_kind_labels[] = { N_("Station"), N_("Post"), N_("Command"), N_("Other"), NULL };

static const char *const need_statuses[] = {
	"identified", "assessed", "approved", "in_progress", "done", "rejected", NULL
};
static const char *const need_status_labels[] = {
	N_("Identified"), N_("Assessed"), N_("Approved"), N_("In progress"), N_("Done"), N_("Rejected"), NULL
};

static const char *const pledge_statuses[] = {
	"pledged", "partial", "fulfilled", "cancelled", NULL
};
static const char *const pledge_status_labels[] = {
	N_("Pledged"), N_("Partly fulfilled"), N_("Fulfilled"), N_("Cancelled"), NULL
};

static const char *const roles[] = {
	"admin", "hq", "supervisor", "clerk", "auditor", NULL
};
static const char *const role_labels[] = {
	N_("Administrator"), N_("Provincial HQ"), N_("Supervisor"), N_("Clerk"), N_("Auditor"), NULL
};

static const struct {
	const char *const *choices, *const *labels;
} choice_labels[] = {
	{ core_ptype_names, ptype_labels },
	{ donor_kinds, donor_kind_labels },
	{ group_kinds, group_kind_labels },
	{ unit_kinds, unit_kind_labels },
	{ need_statuses, need_status_labels },
	{ pledge_statuses, pledge_status_labels },
	{ roles, role_labels },
};

/* ---- the schemas ---- */

#define REQ CORE_FF_REQUIRED
#define UNQ CORE_FF_UNIQUE
#define IDX CORE_FF_INDEX
#define SRCH CORE_FF_SEARCH
#define ML CORE_FF_MULTILINE
#define DER CORE_FF_DERIVED
#define TDY CORE_FF_TODAY

/* name, label, type, flags, choices, ref, min, max */
#define F_ID(label)	  { "id", label, CORE_FT_ID, REQ, NULL, 0, 0, 0 }
#define F(n, l, t, fl)	  { n, l, t, fl, NULL, 0, 0, 0 }
#define F_CH(n, l, t, fl, ch) { n, l, t, fl, ch, 0, 0, 0 }
#define F_REF(n, l, t, fl, k) { n, l, t, fl, NULL, k, 0, 0 }
#define F_NUM(n, l, t, fl, lo, hi) { n, l, t, fl, NULL, 0, lo, hi }
#define F_TXT(n, l, fl, most) { n, l, CORE_FT_TEXT, fl, NULL, 0, 0, most }

/*
 * The most characters a text field takes (code points of the normalised
 * text, a line break counting as one), so that a cell pasted over with a
 * page, or a 10 MB "name" from a broken export, is refused with the field
 * named instead of stored, indexed, synced and shown.  Each is well above
 * what the field holds in real use, so a clerk never meets it:
 * - a name: a person's full name is under 50 characters; an organisation's
 *   or a unit's official name («شرکت تعاونی ... استان آذربایجان شرقی»,
 *   «پاسگاه انتظامی ... شهرستان ...») under 100: 150;
 * - a contact person, a name with a title (جناب آقای حاج ...): 100;
 * - a title (a need's, a stage's, a ceremony's), one line: 200;
 * - an address with its alleys, floor and landmarks: 300; a place: 200;
 * - in-kind text (what is given, «۲۰ دستگاه رایانه ...»), one line: 300;
 * - a receipt: a bank tracking number (up to about 30 digits), or, as
 *   clerks fill it in, the deposit said in words (account, branch, who
 *   brought it; about 100, tests/screen/pay_receipt.sh): 200;
 * - free notes and a need's description, several paragraphs: 4000 (a
 *   typed page is about 2500).
 */
#define TXT_NAME	150
#define TXT_CONTACT	100
#define TXT_TITLE	200
#define TXT_ADDRESS	300
#define TXT_PLACE	200
#define TXT_IN_KIND	300
#define TXT_RECEIPT	200
#define TXT_NOTES	4000

static const struct core_field donor_fields[] = {
	F_ID(N_("Id")),
	F_CH("kind", N_("Kind"), CORE_FT_ENUM, REQ, donor_kinds),
	F_TXT("name", N_("Name"), REQ | SRCH, TXT_NAME),
	F("national_id", N_("National id"), CORE_FT_NID, UNQ),
	F("legal_id", N_("Legal id"), CORE_FT_LEGAL, UNQ),
	F("mobile", N_("Mobile"), CORE_FT_MOBILE, IDX),
	F("phone", N_("Phone"), CORE_FT_PHONE, 0),
	F("county", N_("County"), CORE_FT_COUNTY, REQ | IDX),
	F_TXT("address", N_("Address"), ML, TXT_ADDRESS),
	F_CH("interests", N_("Interests"), CORE_FT_SET, 0, core_ptype_names),
	F_NUM("capacity", N_("Capacity (rials)"), CORE_FT_AMOUNT, 0, 0, AMOUNT_MAX),
	F_REF("introduced_by", N_("Introduced by"), CORE_FT_REF, 0, CORE_GROUP),
	F_TXT("notes", N_("Notes"), ML, TXT_NOTES),
	F("active", N_("Active"), CORE_FT_BOOL, 0),
};

static const struct core_field group_fields[] = {
	F_ID(N_("Id")),
	F_CH("kind", N_("Kind"), CORE_FT_ENUM, REQ, group_kinds),
	F_TXT("name", N_("Name"), REQ | SRCH, TXT_NAME),
	F("county", N_("County"), CORE_FT_COUNTY, REQ | IDX),
	F_TXT("contact", N_("Contact person"), 0, TXT_CONTACT),
	F("phone", N_("Phone"), CORE_FT_PHONE, 0),
	F("active", N_("Active"), CORE_FT_BOOL, 0),
};

static const struct core_field unit_fields[] = {
	F_ID(N_("Id")),
	F_CH("kind", N_("Kind"), CORE_FT_ENUM, REQ, unit_kinds),
	F_TXT("name", N_("Name"), REQ | SRCH, TXT_NAME),
	F("county", N_("County"), CORE_FT_COUNTY, REQ | IDX),
	F_TXT("address", N_("Address"), ML, TXT_ADDRESS),
	F("active", N_("Active"), CORE_FT_BOOL, 0),
};

static const struct core_field need_fields[] = {
	F_ID(N_("Id")),
	F_REF("unit", N_("Unit"), CORE_FT_REF, REQ | IDX, CORE_UNIT),
	F_CH("category", N_("Category"), CORE_FT_ENUM, REQ | IDX, core_ptype_names),
	F_TXT("title", N_("Title"), REQ | SRCH, TXT_TITLE),
	F_TXT("description", N_("Description"), ML, TXT_NOTES),
	F_NUM("estimated_cost", N_("Estimated cost (rials)"), CORE_FT_AMOUNT, 0, 0, AMOUNT_MAX),
	F_NUM("urgency", N_("Urgency"), CORE_FT_INT, REQ, 1, 5),
	F_NUM("impact", N_("Impact"), CORE_FT_INT, REQ, 1, 5),
	F_NUM("population", N_("Population served"), CORE_FT_INT, 0, 0, 1000000000),
	F("identified_on", N_("Identified on"), CORE_FT_DATE, REQ | TDY),
	F_CH("status", N_("Status"), CORE_FT_ENUM, REQ | IDX, need_statuses),
	F("county", N_("County"), CORE_FT_COUNTY, DER | IDX),
};

static const struct core_field pledge_fields[] = {
	F_ID(N_("Id")),
	F_REF("donor", N_("Donor"), CORE_FT_REF, REQ | IDX, CORE_DONOR),
	F_REF("need", N_("Need"), CORE_FT_REF, IDX, CORE_NEED),
	F_CH("type", N_("Type"), CORE_FT_ENUM, REQ, core_ptype_names),
	F_NUM("amount", N_("Amount (rials)"), CORE_FT_AMOUNT, 0, 0, AMOUNT_MAX),
	F_TXT("in_kind", N_("In kind"), 0, TXT_IN_KIND),
	F_NUM("hours", N_("Hours"), CORE_FT_INT, 0, 0, 1000000),
	F("pledged_on", N_("Pledged on"), CORE_FT_DATE, REQ | TDY),
	F_CH("status", N_("Status"), CORE_FT_ENUM, IDX, pledge_statuses),
};

static const struct core_field payment_fields[] = {
	F_ID(N_("Id")),
	F_REF("pledge", N_("Pledge"), CORE_FT_REF, REQ | IDX, CORE_PLEDGE),
	F("paid_on", N_("Paid on"), CORE_FT_DATE, REQ | TDY),
	F_NUM("amount", N_("Amount (rials)"), CORE_FT_AMOUNT, REQ, 0, AMOUNT_MAX),
	F_TXT("receipt", N_("Receipt no."), CORE_FF_CODE, TXT_RECEIPT),
};

static const struct core_field stage_fields[] = {
	F_ID(N_("Id")),
	F_REF("need", N_("Need"), CORE_FT_REF, REQ | IDX, CORE_NEED),
	F_TXT("title", N_("Title"), REQ | SRCH, TXT_TITLE),
	F("planned_start", N_("Planned start"), CORE_FT_DATE, TDY),
	F("planned_end", N_("Planned end"), CORE_FT_DATE, 0),
	F("actual_end", N_("Actual end"), CORE_FT_DATE, 0),
	F_NUM("progress", N_("Progress (%)"), CORE_FT_INT, CORE_FF_ZERO, 0, 100),
};

static const struct core_field recognition_fields[] = {
	F_ID(N_("Id")),
	F("held_on", N_("Held on"), CORE_FT_DATE, REQ | TDY),
	F_TXT("title", N_("Title"), REQ | SRCH, TXT_TITLE),
	F_TXT("place", N_("Place"), 0, TXT_PLACE),
	F_REF("donors", N_("Donors honoured"), CORE_FT_REFS, 0, CORE_DONOR),
	F_TXT("notes", N_("Notes"), ML, TXT_NOTES),
};

static const struct core_field user_fields[] = {
	{ "id", N_("Login"), CORE_FT_ID, REQ, NULL, 0, 0, 0 },
	F_CH("role", N_("Role"), CORE_FT_ENUM, REQ, roles),
	F("county", N_("County scope"), CORE_FT_COUNTY, IDX),
};

#define NF(a) (sizeof(a) / sizeof((a)[0]))
static const struct core_schema schemas[CORE_NKINDS] = {
	{ CORE_DONOR, "donor", "donors", N_("Donor"), NF(donor_fields), donor_fields },
	{ CORE_GROUP, "group", "groups", N_("Reference group"), NF(group_fields), group_fields },
	{ CORE_UNIT, "unit", "units", N_("Unit"), NF(unit_fields), unit_fields },
	{ CORE_NEED, "need", "needs", N_("Need"), NF(need_fields), need_fields },
	{ CORE_PLEDGE, "pledge", "pledges", N_("Pledge"), NF(pledge_fields), pledge_fields },
	{ CORE_PAYMENT, "payment", "payments", N_("Payment"), NF(payment_fields), payment_fields },
	{ CORE_STAGE, "stage", "stages", N_("Stage"), NF(stage_fields), stage_fields },
	{ CORE_RECOGNITION, "recognition", "recognitions", N_("Recognition"),
	  NF(recognition_fields), recognition_fields },
	{ CORE_USER, "user", "users", N_("User"), NF(user_fields), user_fields },
};

/* ---- lookups ---- */

const char *
core_strerror(int code)
{
	switch (code) {
	case 0:			return "success";
	case CORE_EINVAL:	return "invalid value";
	case CORE_ENOMEM:	return "out of memory";
	case CORE_ERANGE:	return "value out of range";
	case CORE_ENOTFOUND:	return "not found";
	case CORE_ECONSIST:	return "comparison matrix too inconsistent";
	default:		return "unknown error";
	}
}

const struct core_schema *
core_schema_get(enum core_kind k)
{
	if ((int)k < 0 || k >= CORE_NKINDS)
		return NULL;
	return &schemas[k];
}

int
core_kind_from_name(const char *name)
{
	int k;

	if (name == NULL)
		return -1;
	for (k = 0; k < CORE_NKINDS; k++)
		if (strcmp(name, schemas[k].name) == 0 ||
		    strcmp(name, schemas[k].plural) == 0)
			return k;
	return -1;
}

int
core_field_find(const struct core_schema *s, const char *name)
{
	size_t i;

	if (s == NULL || name == NULL)
		return -1;
	for (i = 0; i < s->nfields; i++)
		if (strcmp(name, s->fields[i].name) == 0)
			return (int)i;
	return -1;
}

int
core_choice_find(const struct core_field *f, const char *name)
{
	int i;

	if (f == NULL || f->choices == NULL || name == NULL)
		return -1;
	for (i = 0; f->choices[i] != NULL; i++)
		if (strcmp(name, f->choices[i]) == 0)
			return i;
	return -1;
}

int
core_choice_count(const struct core_field *f)
{
	int i = 0;

	if (f == NULL || f->choices == NULL)
		return 0;
	while (f->choices[i] != NULL)
		i++;
	return i;
}

const char *
core_choice_label(const struct core_field *f, int i)
{
	size_t t;

	if (i < 0 || i >= core_choice_count(f))
		return NULL;
	for (t = 0; t < NF(choice_labels); t++)
		if (choice_labels[t].choices == f->choices)
			return choice_labels[t].labels[i];
	return f->choices[i];
}

int
core_ftype_is_text(enum core_ftype t)
{
	switch (t) {
	case CORE_FT_ID: case CORE_FT_TEXT: case CORE_FT_REF: case CORE_FT_REFS:
	case CORE_FT_COUNTY: case CORE_FT_NID: case CORE_FT_LEGAL:
	case CORE_FT_MOBILE: case CORE_FT_PHONE:
		return 1;
	default:
		return 0;
	}
}

/* The field descriptor of r's field, or NULL if out of range. */
static const struct core_field *
field_of(const struct core_record *r, int field)
{
	const struct core_schema *s;

	if (r == NULL || (s = core_schema_get(r->kind)) == NULL)
		return NULL;
	if (field < 0 || (size_t)field >= s->nfields)
		return NULL;
	return &s->fields[field];
}

/* ---- records ---- */

struct core_record *
core_record_new(enum core_kind k)
{
	const struct core_schema *s = core_schema_get(k);
	struct core_record *r;
	size_t i;

	if (s == NULL)
		return NULL;
	if ((r = calloc(1, sizeof(*r))) == NULL)
		return NULL;
	r->kind = k;
	for (i = 0; i < s->nfields; i++)
		if (strcmp(s->fields[i].name, "active") == 0) {
			r->v[i].set = 1;
			r->v[i].num = 1;
		}
	return r;
}

void
core_record_free(struct core_record *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < CORE_MAX_FIELDS; i++)
		if (r->v[i].text != NULL)	/* most fields of most records hold none */
			free(r->v[i].text);
	free(r);
}

struct core_record *
core_record_dup(const struct core_record *r)
{
	struct core_record *d;
	size_t i;

	if (r == NULL || (d = calloc(1, sizeof(*d))) == NULL)
		return NULL;
	d->kind = r->kind;
	for (i = 0; i < CORE_MAX_FIELDS; i++) {
		d->v[i].set = r->v[i].set;
		d->v[i].num = r->v[i].num;
		if (r->v[i].text != NULL &&
		    (d->v[i].text = strdup(r->v[i].text)) == NULL) {
			core_record_free(d);
			return NULL;
		}
	}
	return d;
}

int
core_record_set_text(struct core_record *r, int field, const char *text)
{
	const struct core_field *f = field_of(r, field);
	char *copy;

	if (f == NULL)
		return CORE_EINVAL;
	if (text == NULL || *text == '\0') {
		core_record_unset(r, field);
		return 0;
	}
	if ((copy = strdup(text)) == NULL)
		return CORE_ENOMEM;
	free(r->v[field].text);
	r->v[field].text = copy;
	r->v[field].num = 0;
	r->v[field].set = 1;
	return 0;
}

void
core_record_set_num(struct core_record *r, int field, int64_t num)
{
	if (field_of(r, field) == NULL)
		return;
	free(r->v[field].text);
	r->v[field].text = NULL;
	r->v[field].num = num;
	r->v[field].set = 1;
}

void
core_record_unset(struct core_record *r, int field)
{
	if (r == NULL || field < 0 || field >= CORE_MAX_FIELDS)
		return;
	free(r->v[field].text);
	r->v[field].text = NULL;
	r->v[field].num = 0;
	r->v[field].set = 0;
}

const char *
core_record_text(const struct core_record *r, int field)
{
	if (field_of(r, field) == NULL || !r->v[field].set ||
	    r->v[field].text == NULL)
		return "";
	return r->v[field].text;
}

int
core_donor_inactive(const struct core_record *r)
{
	return r->v[CORE_DONOR_ACTIVE].set && r->v[CORE_DONOR_ACTIVE].num == 0;
}

int
core_record_inactive(const struct core_record *r)
{
	int af = r->kind == CORE_DONOR ? CORE_DONOR_ACTIVE : r->kind == CORE_GROUP ?
	    CORE_GROUP_ACTIVE : r->kind == CORE_UNIT ? CORE_UNIT_ACTIVE : -1;

	return af >= 0 && r->v[af].set && r->v[af].num == 0;
}

int
core_donor_twin(const struct core_record *o, void *r)
{
	static const int by[] = { CORE_DONOR_NATIONAL_ID, CORE_DONOR_LEGAL_ID, CORE_DONOR_MOBILE };
	size_t i;

	if (o->kind != CORE_DONOR || core_record_inactive(o))
		return 0;
	for (i = 0; i < sizeof by / sizeof by[0]; i++) {
		const char *x = core_record_text(o, by[i]), *y = core_record_text(r, by[i]);

		if (*x != '\0' && *y != '\0' && strcmp(x, y) != 0)
			return 0;	/* told apart */
	}
	return 1;
}

int
core_list_has(const char *list, const char *word, size_t len)
{
	const char *p = list;

	while (*p != '\0') {
		size_t n;

		while (*p == ' ')
			p++;
		n = strcspn(p, " ");
		if (n == len && n > 0 && memcmp(p, word, n) == 0)
			return 1;
		p += n;
	}
	return 0;
}

int
core_value_equal(const struct core_record *a, const struct core_record *b, int field)
{
	const struct core_field *f = field_of(a, field);
	const struct core_value *x, *y;

	if (f == NULL || b == NULL || a->kind != b->kind)
		return 0;
	x = &a->v[field];
	y = &b->v[field];
	/* a number whose empty value means 0 (a stage's progress stored
	 * empty by an older version): empty and 0 are the same value */
	if ((f->flags & CORE_FF_ZERO) && (!x->set || !y->set))
		return (x->set ? x->num : 0) == (y->set ? y->num : 0);
	if (!x->set || !y->set)
		return !x->set && !y->set;
	if (core_ftype_is_text(f->type))
		return strcmp(x->text ? x->text : "", y->text ? y->text : "") == 0;
	return x->num == y->num;
}

/* Appends s to buf (size n) at *len, keeping snprintf's contract. */
static void
put(char *buf, size_t n, size_t *len, const char *s)
{
	size_t sl = strlen(s);

	if (*len < n) {
		size_t room = n - *len - 1;
		size_t c = sl < room ? sl : room;

		memcpy(buf + *len, s, c);
		buf[*len + c] = '\0';
	}
	*len += sl;
}

size_t
core_value_format(const struct core_record *r, int field, char *buf, size_t n)
{
	const struct core_field *f = field_of(r, field);
	const struct core_value *v;
	char tmp[32];
	size_t len = 0;
	int i, first;

	if (n > 0)
		buf[0] = '\0';
	if (f == NULL || !r->v[field].set)
		return 0;
	v = &r->v[field];
	switch (f->type) {
	case CORE_FT_ENUM:
		if (v->num >= 0 && v->num < core_choice_count(f))
			put(buf, n, &len, f->choices[v->num]);
		break;
	case CORE_FT_SET:
		first = 1;
		for (i = 0; i < 63 && f->choices[i] != NULL; i++) {
			if (!(v->num & ((int64_t)1 << i)))
				continue;
			if (!first)
				put(buf, n, &len, " ");
			put(buf, n, &len, f->choices[i]);
			first = 0;
		}
		break;
	case CORE_FT_INT:
	case CORE_FT_AMOUNT:
		snprintf(tmp, sizeof(tmp), "%lld", (long long)v->num);
		put(buf, n, &len, tmp);
		break;
	case CORE_FT_BOOL:
		put(buf, n, &len, v->num ? "1" : "0");
		break;
	case CORE_FT_DATE:
		len = loc_date_format((int32_t)v->num, 0, buf, n);
		break;
	default:
		put(buf, n, &len, v->text ? v->text : "");
		break;
	}
	return len;
}

/* ---- ids ---- */

static int
is_alnum_ascii(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
	    (c >= 'a' && c <= 'z');
}

int
core_station_valid(const char *code)
{
	size_t i;

	if (code == NULL)
		return 0;
	for (i = 0; code[i] != '\0'; i++)
		if (i >= CORE_STATION_MAX || !is_alnum_ascii((unsigned char)code[i]))
			return 0;
	return i >= 2;
}

int
core_station_normalize(const char *code, char *out)
{
	char *ascii;
	size_t i;

	/* "TB۲" typed with the Persian layout on: TB2 (digits of any set
	 * ASCII, as ids' are) */
	if (code == NULL || (ascii = loc_digits_to_ascii(code)) == NULL ||
	    !core_station_valid(ascii)) {
		if (code != NULL)
			free(ascii);
		out[0] = '\0';
		return CORE_EINVAL;
	}
	for (i = 0; ascii[i] != '\0'; i++)
		out[i] = (char)(ascii[i] >= 'a' && ascii[i] <= 'z' ? ascii[i] - 'a' + 'A' : ascii[i]);
	out[i] = '\0';
	free(ascii);
	return 0;
}

void
core_id_upper(char *id)
{
	char *dash = strrchr(id, '-'), *out, *c;
	const unsigned char *p;

	if (dash == NULL)
		return;		/* not an id (a login) */
	for (c = id; c < dash; c++)
		if (*c >= 'a' && *c <= 'z')
			*c = (char)(*c - 'a' + 'A');
	/* Persian (U+06F0..9, DB B0..B9) and Arabic-Indic (U+0660..9,
	 * D9 A0..A9) digits, as a Persian keyboard types them, become ASCII:
	 * two bytes to one, so in place.  Station codes and numbers are
	 * ASCII, so nothing else in an id has these bytes. */
	for (p = (const unsigned char *)id, out = id; *p != '\0'; p++) {
		if ((p[0] == 0xDB && p[1] >= 0xB0 && p[1] <= 0xB9) ||
		    (p[0] == 0xD9 && p[1] >= 0xA0 && p[1] <= 0xA9)) {
			*out++ = (char)('0' + (p[1] & 0x0F));
			p++;
		} else
			*out++ = (char)*p;
	}
	*out = '\0';
	/* "MRD-099" or "MRD-۰۹۹": MRD-99, the number without the zeros
	 * before it (a number is stored so; one was typed from a sheet that
	 * padded it).  Only when the whole number is digits: "MRD-0x9" is
	 * left as it was, to be refused as it is. */
	dash = strrchr(id, '-');
	for (c = dash + 1; *c >= '0' && *c <= '9'; c++)
		;
	if (*c == '\0' && dash[1] == '0' && dash[2] != '\0') {
		for (c = dash + 1; c[0] == '0' && c[1] != '\0'; c++)
			;
		memmove(dash + 1, c, strlen(c) + 1);
	}
}

int
core_id_bare(const char *typed, const char *station, char *out)
{
	const unsigned char *p = (const unsigned char *)typed;
	size_t n = 0;
	char digits[CORE_ID_MAX];

	out[0] = '\0';
	if (station == NULL || !core_station_valid(station) || *p == '\0')
		return 0;
	/* ASCII, Persian (U+06F0..9) or Arabic-Indic (U+0660..9) digits */
	while (*p != '\0') {
		if (n + 1 >= sizeof digits)
			return 0;
		if (*p >= '0' && *p <= '9')
			digits[n++] = (char)*p++;
		else if ((p[0] == 0xDB && p[1] >= 0xB0 && p[1] <= 0xB9) ||
		    (p[0] == 0xD9 && p[1] >= 0xA0 && p[1] <= 0xA9)) {
			digits[n++] = (char)('0' + (p[1] & 0x0F));
			p += 2;
		} else
			return 0;
	}
	digits[n] = '\0';
	if (strlen(station) + 1 + n >= CORE_ID_MAX)
		return 0;
	memcpy(out, station, strlen(station));
	out[strlen(station)] = '-';
	memcpy(out + strlen(station) + 1, digits, n + 1);
	core_id_upper(out);	/* the zeros before the number dropped */
	if (core_id_parse(out, NULL, NULL) != 0) {
		out[0] = '\0';
		return 0;
	}
	return 1;
}

int
core_id_raised(const char *id, char *out)
{
	char station[CORE_STATION_MAX + 1];
	uint64_t seq;

	if (strlen(id) >= CORE_ID_MAX) {
		out[0] = '\0';
		return 0;
	}
	strcpy(out, id);
	core_id_upper(out);
	return strcmp(out, id) != 0 && core_id_parse(out, station, &seq) == 0;
}

int
core_need_closed(int status)
{
	return status == CORE_NEED_DONE || status == CORE_NEED_REJECTED;
}

/* A Unix login: [a-z_][a-z0-9_.-]*, at most 31 bytes (Debian's adduser
 * NAME_REGEX, with '.' allowed).  useradd takes 32, but a login is a user
 * record's id, CORE_ID_MAX bytes with its NUL: a 32nd letter was cut off
 * when the user was stored, and "user add" of 32 letters made a user of
 * the first 31, who could never sign in (user_login_rule.sh). */
int
core_login_valid(const char *s)
{
	size_t i;

	if (s == NULL || s[0] == '\0' || strlen(s) >= CORE_ID_MAX)
		return 0;
	if (!((s[0] >= 'a' && s[0] <= 'z') || s[0] == '_'))
		return 0;
	for (i = 1; s[i] != '\0'; i++)
		if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
		    s[i] == '_' || s[i] == '-' || s[i] == '.'))
			return 0;
	return 1;
}

int
core_login_lowered(const char *s, char *out)
{
	size_t i;

	if (strlen(s) >= CORE_ID_MAX) {
		out[0] = '\0';
		return 0;
	}
	for (i = 0; s[i] != '\0'; i++)
		out[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] - 'A' + 'a' : s[i]);
	out[i] = '\0';
	return strcmp(out, s) != 0 && core_login_valid(out);
}

int
core_id_lowered(const char *id, char *out)
{
	char station[CORE_STATION_MAX + 1];
	uint64_t seq;

	if (strlen(id) >= CORE_ID_MAX) {
		out[0] = '\0';
		return 0;
	}
	/* a record id, in whatever case: core_id_raised's */
	strcpy(out, id);
	core_id_upper(out);
	if (core_id_parse(out, station, &seq) == 0) {
		out[0] = '\0';
		return 0;
	}
	return core_login_lowered(id, out);
}

int
core_id_parse(const char *id, char *station, uint64_t *seq)
{
	const char *dash, *p;
	char code[CORE_STATION_MAX + 1];
	uint64_t n = 0;
	size_t sl;

	if (id == NULL || (dash = strrchr(id, '-')) == NULL)
		return CORE_EINVAL;
	sl = (size_t)(dash - id);
	if (sl < 2 || sl > CORE_STATION_MAX)
		return CORE_EINVAL;
	memcpy(code, id, sl);
	code[sl] = '\0';
	if (!core_station_valid(code))
		return CORE_EINVAL;
	p = dash + 1;
	/* One or more ASCII digits, no leading zero. */
	if (*p < '0' || *p > '9' || (p[0] == '0' && p[1] != '\0'))
		return CORE_EINVAL;
	for (; *p != '\0'; p++) {
		if (*p < '0' || *p > '9')
			return CORE_EINVAL;
		if (n > (UINT64_MAX - (uint64_t)(*p - '0')) / 10)
			return CORE_EINVAL;
		n = n * 10 + (uint64_t)(*p - '0');
	}
	if (station != NULL)
		memcpy(station, code, sl + 1);
	if (seq != NULL)
		*seq = n;
	return 0;
}

int
core_id_make(const char *station, uint64_t seq, char *buf)
{
	char dig[20];
	size_t sl, n = 0;

	if (!core_station_valid(station))
		return CORE_EINVAL;
	/* "%s-%llu" written out: an import makes two ids a row, and snprintf
	 * was 4% of its writer's work.  A valid code has at most
	 * CORE_STATION_MAX bytes, so the id (at most 8 + 1 + 20 bytes) is
	 * never cut. */
	_Static_assert(CORE_STATION_MAX + 1 + 20 < CORE_ID_MAX, "an id fits");
	sl = strlen(station);
	do {
		dig[n++] = (char)('0' + seq % 10);
		seq /= 10;
	} while (seq != 0);
	memcpy(buf, station, sl);
	buf[sl++] = '-';
	while (n > 0)
		buf[sl++] = dig[--n];
	buf[sl] = '\0';
	return 0;
}

/* The tables must match record.h's field enums. */
_Static_assert(NF(donor_fields) == CORE_DONOR_ACTIVE + 1, "donor fields");
_Static_assert(NF(group_fields) == CORE_GROUP_ACTIVE + 1, "group fields");
_Static_assert(NF(unit_fields) == CORE_UNIT_ACTIVE + 1, "unit fields");
_Static_assert(NF(need_fields) == CORE_NEED_COUNTY + 1, "need fields");
_Static_assert(NF(pledge_fields) == CORE_PLEDGE_STATUS + 1, "pledge fields");
_Static_assert(NF(payment_fields) == CORE_PAYMENT_RECEIPT + 1, "payment fields");
_Static_assert(NF(stage_fields) == CORE_STAGE_PROGRESS + 1, "stage fields");
_Static_assert(NF(recognition_fields) == CORE_RECOGNITION_NOTES + 1, "recognition fields");
_Static_assert(NF(user_fields) == CORE_USER_COUNTY + 1, "user fields");
_Static_assert(NF(core_ptype_names) == CORE_NPTYPES + 1, "ptype names");
