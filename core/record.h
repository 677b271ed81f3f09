/*
 * core/record.h — the records of SPEC §3, described by data.
 *
 * A record is a kind and an array of values, one per field of that kind's
 * schema.  The schema (name, type, flags, choices, English label) drives
 * everything that walks fields: validation, the store's encoding and
 * indexes, forms and lists, CSV/JSON, the audit log's per-field diff and
 * sync's field-by-field merge.  Field order is SPEC §3's order, which is also
 * the CSV/JSON export order; the CORE_<KIND>_<FIELD> enums index it.
 *
 * Values (struct core_value) are typed by the field:
 *   text-like (ID TEXT REF REFS COUNTY NID LEGAL MOBILE PHONE): text, normalised
 *   ENUM: num = index into choices;  SET: num = bit mask of choice indexes
 *   INT, AMOUNT: num;  DATE: num = day number (locale/jalali.h);  BOOL: 0/1
 * An unset optional field has set == 0.
 *
 * Every record kind has field 0 "id" (a user's id is its login).  Ids are
 * "STATION-N" (core_id_parse).
 */
#ifndef CORE_RECORD_H
#define CORE_RECORD_H

#include <stddef.h>
#include <stdint.h>

#define CORE_ID_MAX	   32	/* bytes, with NUL */
#define CORE_STATION_MAX   8	/* station code: 2-8 ASCII letters/digits */
#define CORE_MAX_FIELDS	   16

/* Error codes of core/ (0 is success). */
#define CORE_EINVAL	(-1)
#define CORE_ENOMEM	(-2)
#define CORE_ERANGE	(-3)
#define CORE_ENOTFOUND	(-4)
#define CORE_ECONSIST	(-5)	/* AHP matrix too inconsistent */
const char *core_strerror(int code);

enum core_kind {
	CORE_DONOR, CORE_GROUP, CORE_UNIT, CORE_NEED, CORE_PLEDGE,
	CORE_PAYMENT, CORE_STAGE, CORE_RECOGNITION, CORE_USER,
	CORE_NKINDS
};

/* Participation types (SPEC §1); a SET of them is a bit mask 1 << type. */
enum core_ptype {
	CORE_PT_SPACE, CORE_PT_EQUIPMENT, CORE_PT_COSTS,	/* material */
	CORE_PT_INFORMATION, CORE_PT_SUPPORT, CORE_PT_OVERSIGHT,
	CORE_PT_POLICING,					/* non-material */
	CORE_NPTYPES
};
#define CORE_PT_MATERIAL_MASK ((1u << CORE_PT_SPACE) | (1u << CORE_PT_EQUIPMENT) | (1u << CORE_PT_COSTS))

enum core_ftype {
	CORE_FT_ID, CORE_FT_TEXT, CORE_FT_ENUM, CORE_FT_SET, CORE_FT_INT,
	CORE_FT_AMOUNT, CORE_FT_DATE, CORE_FT_REF, CORE_FT_REFS,
	CORE_FT_COUNTY, CORE_FT_BOOL, CORE_FT_NID, CORE_FT_LEGAL,
	CORE_FT_MOBILE, CORE_FT_PHONE
};

#define CORE_FF_REQUIRED 0x01	/* must be set */
#define CORE_FF_UNIQUE	 0x02	/* unique index (national id, legal id) */
#define CORE_FF_INDEX	 0x04	/* secondary index (county, status, category, parent) */
#define CORE_FF_SEARCH	 0x08	/* search-key prefix index (name, title) */
#define CORE_FF_MULTILINE 0x10	/* long free text (description, notes) */
#define CORE_FF_DERIVED	 0x20	/* computed (a need's county): exported, not imported */
#define CORE_FF_TODAY	 0x40	/* a date whose natural value is the day it is
				   entered: a new record's form starts it at
				   today (records imported or synced keep what
				   they bring) */
#define CORE_FF_CODE	 0x80	/* digits that are a code, not a number (a
				   receipt no.): a spreadsheet that shows them
				   as a number drops their leading zeros */
#define CORE_FF_ZERO	 0x100	/* a number whose empty value means 0 (a
				   stage's progress): the store writes 0 for
				   it on a record made or changed here, a new
				   record's form proposes 0, and export writes
				   0 for one stored empty (by an older
				   version), so a round trip keeps it */

struct core_field {
	const char *name;		/* English identifier, CSV/JSON key */
	const char *label;		/* English label: a catalog msgid */
	enum core_ftype type;
	unsigned flags;			/* CORE_FF_* */
	const char *const *choices;	/* ENUM/SET: NULL-terminated identifiers */
	enum core_kind ref;		/* REF/REFS: the kind referred to */
	int64_t min, max;		/* INT/AMOUNT bounds (inclusive); for
					   TEXT, max is the most characters
					   (code points, after normalisation)
					   the field takes (core_text_max) */
};

struct core_schema {
	enum core_kind kind;
	const char *name;		/* "donor" */
	const char *plural;		/* "donors" */
	const char *label;		/* English label: a catalog msgid */
	size_t nfields;
	const struct core_field *fields;
};

/* Field indexes, SPEC §3 order. */
enum { CORE_DONOR_ID, CORE_DONOR_KIND, CORE_DONOR_NAME, CORE_DONOR_NATIONAL_ID,
	CORE_DONOR_LEGAL_ID, CORE_DONOR_MOBILE, CORE_DONOR_PHONE, CORE_DONOR_COUNTY,
	CORE_DONOR_ADDRESS, CORE_DONOR_INTERESTS, CORE_DONOR_CAPACITY,
	CORE_DONOR_INTRODUCED_BY, CORE_DONOR_NOTES, CORE_DONOR_ACTIVE };
enum { CORE_GROUP_ID, CORE_GROUP_KIND, CORE_GROUP_NAME, CORE_GROUP_COUNTY,
	CORE_GROUP_CONTACT, CORE_GROUP_PHONE, CORE_GROUP_ACTIVE };
enum { CORE_UNIT_ID, CORE_UNIT_KIND, CORE_UNIT_NAME, CORE_UNIT_COUNTY,
	CORE_UNIT_ADDRESS, CORE_UNIT_ACTIVE };
enum { CORE_NEED_ID, CORE_NEED_UNIT, CORE_NEED_CATEGORY, CORE_NEED_TITLE,
	CORE_NEED_DESCRIPTION, CORE_NEED_ESTIMATED_COST, CORE_NEED_URGENCY,
	CORE_NEED_IMPACT, CORE_NEED_POPULATION, CORE_NEED_IDENTIFIED_ON,
	CORE_NEED_STATUS, CORE_NEED_COUNTY };
enum { CORE_PLEDGE_ID, CORE_PLEDGE_DONOR, CORE_PLEDGE_NEED, CORE_PLEDGE_TYPE,
	CORE_PLEDGE_AMOUNT, CORE_PLEDGE_IN_KIND, CORE_PLEDGE_HOURS,
	CORE_PLEDGE_PLEDGED_ON, CORE_PLEDGE_STATUS };
enum { CORE_PAYMENT_ID, CORE_PAYMENT_PLEDGE, CORE_PAYMENT_PAID_ON,
	CORE_PAYMENT_AMOUNT, CORE_PAYMENT_RECEIPT };
enum { CORE_STAGE_ID, CORE_STAGE_NEED, CORE_STAGE_TITLE,
	CORE_STAGE_PLANNED_START, CORE_STAGE_PLANNED_END, CORE_STAGE_ACTUAL_END,
	CORE_STAGE_PROGRESS };
enum { CORE_RECOGNITION_ID, CORE_RECOGNITION_HELD_ON, CORE_RECOGNITION_TITLE,
	CORE_RECOGNITION_PLACE, CORE_RECOGNITION_DONORS, CORE_RECOGNITION_NOTES };
enum { CORE_USER_ID /* login */, CORE_USER_ROLE, CORE_USER_COUNTY };

/* Choice indexes of the ENUM fields. */
enum { CORE_DONOR_PERSON, CORE_DONOR_ORG };
enum { CORE_NEED_IDENTIFIED, CORE_NEED_ASSESSED, CORE_NEED_APPROVED,
	CORE_NEED_IN_PROGRESS, CORE_NEED_DONE, CORE_NEED_REJECTED };
enum { CORE_PLEDGE_PLEDGED, CORE_PLEDGE_PARTIAL, CORE_PLEDGE_FULFILLED,
	CORE_PLEDGE_CANCELLED };
/* 1 if a need of this status is closed: done or rejected (it takes no new
 * pledge, owes nothing unpaid, is no match). */
int core_need_closed(int status);
enum { CORE_ROLE_ADMIN, CORE_ROLE_HQ, CORE_ROLE_SUPERVISOR, CORE_ROLE_CLERK,
	CORE_ROLE_AUDITOR };

struct core_value {
	int set;
	int64_t num;
	char *text;		/* owned by the record; NULL for numeric types */
};

struct core_record {
	enum core_kind kind;
	struct core_value v[CORE_MAX_FIELDS];
};

/* Returns the schema of kind k (static), or NULL if k is out of range. */
const struct core_schema *core_schema_get(enum core_kind k);

/* Returns the kind whose name or plural is name ("donor", "donors"), or -1. */
int core_kind_from_name(const char *name);

/* Returns the index of the field called name (English identifier) in s, or
 * -1.  The participation-type choice names are core_ptype_names. */
int core_field_find(const struct core_schema *s, const char *name);

extern const char *const core_ptype_names[];	/* "space", ..., NULL */

/* Added by the record helper (compatible additions):
 * core_choice_find returns the index of choice name in an ENUM/SET field, or
 * -1; core_choice_count the number of choices (0 if none); core_choice_label
 * the English label (a catalog msgid) of choice i, or NULL if out of range;
 * core_ftype_is_text 1 for the text-like types (value in text), else 0. */
int core_choice_find(const struct core_field *f, const char *name);
int core_choice_count(const struct core_field *f);
const char *core_choice_label(const struct core_field *f, int i);
int core_ftype_is_text(enum core_ftype t);

/* Returns a new empty record of kind k (every field unset except active=1
 * where the kind has it).  Caller frees with core_record_free.  NULL on
 * allocation failure. */
struct core_record *core_record_new(enum core_kind k);

/* Frees r and its texts; NULL is a no-op. */
void core_record_free(struct core_record *r);

/* Returns a deep copy of r, or NULL on allocation failure.  Caller frees. */
struct core_record *core_record_dup(const struct core_record *r);

/* Sets a text-like field to a copy of text (NULL or "" unsets it), or a
 * numeric field to num.  Return 0 or CORE_ENOMEM (the field is then
 * unchanged). */
int core_record_set_text(struct core_record *r, int field, const char *text);

/* Calls fn(field, kind, id, ctx) for each record id r names, in field
 * order: a reference field's id (its leading spaces left out), each id of
 * a list of ids (a ceremony's donors); an id longer than CORE_ID_MAX - 1
 * bytes is cut there.  Stops at fn's first non-zero result and returns
 * it; 0 when every call returned 0. */
int core_record_each_ref(const struct core_record *r,
    int (*fn)(int field, enum core_kind kind, const char *id, void *ctx), void *ctx);
void core_record_set_num(struct core_record *r, int field, int64_t num);
void core_record_unset(struct core_record *r, int field);

/* Returns the text of a field, or "" if unset.  Never NULL. */
const char *core_record_text(const struct core_record *r, int field);

/* Returns 1 if r, a donor, is marked inactive: its active field set to 0
 * (typed, imported as active=0, or store_deactivate).  An unset active
 * field (a record written by an older program) is active, as
 * core_record_new has it.  The metadata's deleted flag, which the store
 * keeps for the kinds without an active field, is the caller's to add
 * where it may be set. */
int core_donor_inactive(const struct core_record *r);

/* The same for any record with an active field (a donor, a group, a
 * unit): 1 if it says inactive; 0 for it unset, and for the other kinds. */
int core_record_inactive(const struct core_record *r);

/* 1 if the stored donor o may be donor r (a const struct core_record *)
 * registered twice, r's name and county being o's: o is active, and
 * nothing that identifies a donor beside his name tells them apart (both
 * have a national id, a legal id or a mobile, and theirs differ).  The
 * donor form and import ask it of the donors store_name_twin_if finds. */
int core_donor_twin(const struct core_record *o, void *r);

/* Returns 1 if the space-separated list (a set's choices, a REFS field's
 * ids) holds the word of len bytes (> 0). */
int core_list_has(const char *list, const char *word, size_t len);

/* Returns 1 if field has the same value in a and b (both unset counts).
 * A number whose empty value means 0 (CORE_FF_ZERO) is the same unset and
 * at 0: the audit log's old -> new, a write's "unchanged", a form's and a
 * sync's comparisons see no change between them. */
int core_value_equal(const struct core_record *a, const struct core_record *b, int field);

/* Canonical text of a field for CSV, JSON, the audit log and sync: ASCII
 * digits, dates "Y/MM/DD", enums and sets by choice name (sets
 * space-separated in choice order), booleans "1"/"0", "" when unset.
 * Writes into buf (size n) and returns the length needed (like snprintf). */
size_t core_value_format(const struct core_record *r, int field, char *buf, size_t n);

/* Id "STATION-N": splits it.  Returns 0, or CORE_EINVAL if malformed.
 * station must hold CORE_STATION_MAX + 1 bytes. */
int core_id_parse(const char *id, char *station, uint64_t *seq);
/* Raises the station code of id in place ("mrd-12" typed: MRD-12): the
 * letters before its last dash; and makes Persian or Arabic-Indic digits
 * ASCII ("MRD-۱۲" typed on a Persian keyboard: MRD-12), the zeros before
 * the number dropped ("MRD-099": MRD-99).  A text without a dash (a login)
 * is left as it is. */
void core_id_upper(char *id);
/* A bare number typed for a record id ("503", "۵۰۳", "0503"): the id of
 * that number at station (this database's own), "TBZ-503", copied into out
 * (CORE_ID_MAX bytes); returns 1, or 0 (out "") if typed is not a number
 * in ASCII, Persian or Arabic-Indic digits alone. */
int core_id_bare(const char *typed, const char *station, char *out);
/* The record id that text typed in lower case or Persian digits stands
 * for: copies id into out (CORE_ID_MAX bytes) made so (core_id_upper);
 * returns 1 if that differs from id and is a well-formed record id, else
 * 0 (already upper case, a login, not an id). */
int core_id_raised(const char *id, char *out);
/* A Unix login: a lower-case letter or '_', then lower-case letters,
 * digits, '_', '-' or '.', at most 31 bytes (a user record's id, with its
 * NUL CORE_ID_MAX). */
int core_login_valid(const char *s);
/* s in lower case (ASCII letters) into out (CORE_ID_MAX bytes): returns 1
 * if that differs from s and is a login ("ALI": ali; "ALI-2": ali-2), else
 * 0.  A user's login typed with capitals, where no record id is meant
 * (user add, user remove). */
int core_login_lowered(const char *s, char *out);
/* The login that text typed with capitals stands for ("ALI": ali; logins
 * are lower case): copies id into out (CORE_ID_MAX bytes) in lower case;
 * returns 1 if that differs from id and is a login, else 0 (already lower
 * case, a record id in any case, not a login). */
int core_id_lowered(const char *id, char *out);
/* Writes "STATION-N" into buf (CORE_ID_MAX bytes).  Returns 0 or CORE_EINVAL
 * for a bad station code. */
int core_id_make(const char *station, uint64_t seq, char *buf);
/* Returns 1 if code is a valid station code (2-8 ASCII letters or digits). */
int core_station_valid(const char *code);
/* Copies station code into out (CORE_STATION_MAX + 1 bytes) in upper case,
 * the one form a station code takes (init, sync trust, bundles), so "mrd"
 * and "MRD" are one station, its digits ASCII ("TB۲", typed with the
 * Persian layout on, is TB2); out may be code.  Returns 0, or CORE_EINVAL if
 * code is not a station code (out is then ""). */
int core_station_normalize(const char *code, char *out);

/* The county table: code, Persian name, English name (seeded from
 * shared/data/counties-east-azerbaijan.txt).  NULL-terminated by code. */
struct core_county { const char *code, *name_fa, *name_en; };
extern const struct core_county core_counties_seed[];

#endif
