/*
 * tests/core/test_record.c — the record model (core/record.h): the schemas
 * against SPEC §3's field lists, record life cycle, dup/equal/format, ids
 * and the county seed table.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "core/record.h"
#include "locale/catalog.h"
#include "locale/jalali.h"

/* SPEC §3, "Field names in CSV, JSON and code", with the additions that
 * record.h documents: group/unit `active`, need `county` (derived), payment
 * and stage `id`, and user login/role/county. */
static const char *const spec_fields[CORE_NKINDS] = {
	[CORE_DONOR] = "id kind name national_id legal_id mobile phone county address interests capacity introduced_by notes active",
	[CORE_GROUP] = "id kind name county contact phone active",
	[CORE_UNIT] = "id kind name county address active",
	[CORE_NEED] = "id unit category title description estimated_cost urgency impact population identified_on status county",
	[CORE_PLEDGE] = "id donor need type amount in_kind hours pledged_on status",
	[CORE_PAYMENT] = "id pledge paid_on amount receipt",
	[CORE_STAGE] = "id need title planned_start planned_end actual_end progress",
	[CORE_RECOGNITION] = "id held_on title place donors notes",
	[CORE_USER] = "id role county",
};

static void
test_schema_fields(void **state)
{
	char names[512];
	int k;
	size_t i;

	(void)state;
	for (k = 0; k < CORE_NKINDS; k++) {
		const struct core_schema *s = core_schema_get((enum core_kind)k);

		assert_non_null(s);
		assert_int_equal(s->kind, k);
		assert_true(s->nfields <= CORE_MAX_FIELDS);
		names[0] = '\0';
		for (i = 0; i < s->nfields; i++) {
			if (i > 0)
				strcat(names, " ");
			strcat(names, s->fields[i].name);
			assert_non_null(s->fields[i].label);
			if (s->fields[i].type == CORE_FT_ENUM ||
			    s->fields[i].type == CORE_FT_SET)
				assert_non_null(s->fields[i].choices);
		}
		assert_string_equal(names, spec_fields[k]);
		assert_int_equal(s->fields[0].type, CORE_FT_ID);
	}
	assert_null(core_schema_get(CORE_NKINDS));
	assert_null(core_schema_get((enum core_kind)-1));
}

static const struct core_field *
field(enum core_kind k, int i)
{
	return &core_schema_get(k)->fields[i];
}

static void
test_schema_flags(void **state)
{
	(void)state;
	/* SPEC §3 bold = required. */
	assert_true(field(CORE_DONOR, CORE_DONOR_KIND)->flags & CORE_FF_REQUIRED);
	assert_true(field(CORE_DONOR, CORE_DONOR_NAME)->flags & CORE_FF_REQUIRED);
	assert_true(field(CORE_DONOR, CORE_DONOR_COUNTY)->flags & CORE_FF_REQUIRED);
	assert_false(field(CORE_DONOR, CORE_DONOR_MOBILE)->flags & CORE_FF_REQUIRED);
	assert_false(field(CORE_DONOR, CORE_DONOR_NATIONAL_ID)->flags & CORE_FF_REQUIRED);
	assert_true(field(CORE_NEED, CORE_NEED_URGENCY)->flags & CORE_FF_REQUIRED);
	assert_true(field(CORE_NEED, CORE_NEED_IDENTIFIED_ON)->flags & CORE_FF_REQUIRED);
	assert_false(field(CORE_PLEDGE, CORE_PLEDGE_NEED)->flags & CORE_FF_REQUIRED);
	assert_true(field(CORE_PLEDGE, CORE_PLEDGE_PLEDGED_ON)->flags & CORE_FF_REQUIRED);
	/* Unique, index, search, derived. */
	assert_true(field(CORE_DONOR, CORE_DONOR_NATIONAL_ID)->flags & CORE_FF_UNIQUE);
	assert_true(field(CORE_DONOR, CORE_DONOR_LEGAL_ID)->flags & CORE_FF_UNIQUE);
	assert_true(field(CORE_DONOR, CORE_DONOR_NAME)->flags & CORE_FF_SEARCH);
	assert_true(field(CORE_NEED, CORE_NEED_TITLE)->flags & CORE_FF_SEARCH);
	assert_true(field(CORE_NEED, CORE_NEED_STATUS)->flags & CORE_FF_INDEX);
	assert_true(field(CORE_NEED, CORE_NEED_CATEGORY)->flags & CORE_FF_INDEX);
	assert_true(field(CORE_NEED, CORE_NEED_UNIT)->flags & CORE_FF_INDEX);
	assert_true(field(CORE_PLEDGE, CORE_PLEDGE_DONOR)->flags & CORE_FF_INDEX);
	assert_true(field(CORE_PLEDGE, CORE_PLEDGE_NEED)->flags & CORE_FF_INDEX);
	assert_true(field(CORE_PAYMENT, CORE_PAYMENT_PLEDGE)->flags & CORE_FF_INDEX);
	assert_true(field(CORE_STAGE, CORE_STAGE_NEED)->flags & CORE_FF_INDEX);
	assert_true(field(CORE_NEED, CORE_NEED_COUNTY)->flags & CORE_FF_DERIVED);
	assert_false(field(CORE_DONOR, CORE_DONOR_COUNTY)->flags & CORE_FF_DERIVED);
	/* Types and references. */
	assert_int_equal(field(CORE_DONOR, CORE_DONOR_INTERESTS)->type, CORE_FT_SET);
	assert_ptr_equal(field(CORE_DONOR, CORE_DONOR_INTERESTS)->choices, core_ptype_names);
	assert_ptr_equal(field(CORE_NEED, CORE_NEED_CATEGORY)->choices, core_ptype_names);
	assert_int_equal(field(CORE_DONOR, CORE_DONOR_INTRODUCED_BY)->ref, CORE_GROUP);
	assert_int_equal(field(CORE_NEED, CORE_NEED_UNIT)->ref, CORE_UNIT);
	assert_int_equal(field(CORE_RECOGNITION, CORE_RECOGNITION_DONORS)->type, CORE_FT_REFS);
	assert_int_equal(field(CORE_RECOGNITION, CORE_RECOGNITION_DONORS)->ref, CORE_DONOR);
	assert_int_equal(field(CORE_NEED, CORE_NEED_URGENCY)->min, 1);
	assert_int_equal(field(CORE_NEED, CORE_NEED_URGENCY)->max, 5);
	assert_int_equal(field(CORE_STAGE, CORE_STAGE_PROGRESS)->max, 100);
	assert_int_equal(field(CORE_PLEDGE, CORE_PLEDGE_AMOUNT)->max, 1000000000000000LL);
}

static void
test_choices(void **state)
{
	const struct core_field *f;

	(void)state;
	assert_string_equal(core_ptype_names[CORE_PT_SPACE], "space");
	assert_string_equal(core_ptype_names[CORE_PT_POLICING], "policing");
	assert_null(core_ptype_names[CORE_NPTYPES]);
	f = field(CORE_GROUP, CORE_GROUP_KIND);
	assert_int_equal(core_choice_count(f), 5);
	assert_int_equal(core_choice_find(f, "religious_board"), 2);
	assert_int_equal(core_choice_find(f, "mosque"), -1);
	f = field(CORE_NEED, CORE_NEED_STATUS);
	assert_int_equal(core_choice_find(f, "in_progress"), CORE_NEED_IN_PROGRESS);
	assert_int_equal(core_choice_find(f, "rejected"), CORE_NEED_REJECTED);
	f = field(CORE_PLEDGE, CORE_PLEDGE_STATUS);
	assert_int_equal(core_choice_find(f, "cancelled"), CORE_PLEDGE_CANCELLED);
	f = field(CORE_USER, CORE_USER_ROLE);
	assert_int_equal(core_choice_find(f, "auditor"), CORE_ROLE_AUDITOR);
	assert_int_equal(core_choice_find(field(CORE_UNIT, CORE_UNIT_KIND), "post"), 1);
	assert_int_equal(core_choice_find(field(CORE_DONOR, CORE_DONOR_KIND), "org"),
	    CORE_DONOR_ORG);
	assert_null(core_choice_label(f, 5));
	assert_null(core_choice_label(f, -1));
	assert_int_equal(core_choice_count(field(CORE_DONOR, CORE_DONOR_NAME)), 0);
}

/* Every label, of kinds, fields and choices, has a Persian translation. */
static void
test_labels_translated(void **state)
{
	int k, c;
	size_t i;

	(void)state;
	for (k = 0; k < CORE_NKINDS; k++) {
		const struct core_schema *s = core_schema_get((enum core_kind)k);

		assert_string_not_equal(loc_gettext_lang("fa", s->label), s->label);
		for (i = 0; i < s->nfields; i++) {
			const struct core_field *f = &s->fields[i];

			if (strcmp(loc_gettext_lang("fa", f->label), f->label) == 0)
				fail_msg("no Persian for label '%s'", f->label);
			for (c = 0; c < core_choice_count(f); c++) {
				const char *l = core_choice_label(f, c);

				assert_non_null(l);
				if (strcmp(loc_gettext_lang("fa", l), l) == 0)
					fail_msg("no Persian for choice '%s'", l);
			}
		}
	}
	assert_string_equal(loc_gettext_lang("fa", "National id"), "کد ملی");
	assert_string_equal(loc_gettext_lang("fa", "Legal id"), "شناسه ملی");
	assert_string_equal(loc_gettext_lang("fa", "Donor"), "خیّر");
}

static void
test_lookup(void **state)
{
	const struct core_schema *s = core_schema_get(CORE_PLEDGE);

	(void)state;
	assert_int_equal(core_kind_from_name("donor"), CORE_DONOR);
	assert_int_equal(core_kind_from_name("donors"), CORE_DONOR);
	assert_int_equal(core_kind_from_name("recognitions"), CORE_RECOGNITION);
	assert_int_equal(core_kind_from_name("user"), CORE_USER);
	assert_int_equal(core_kind_from_name("Donor"), -1);
	assert_int_equal(core_kind_from_name(""), -1);
	assert_int_equal(core_kind_from_name(NULL), -1);
	assert_int_equal(core_field_find(s, "in_kind"), CORE_PLEDGE_IN_KIND);
	assert_int_equal(core_field_find(s, "status"), CORE_PLEDGE_STATUS);
	assert_int_equal(core_field_find(s, "county"), -1);
	assert_int_equal(core_field_find(NULL, "id"), -1);
}

static void
test_new_set_unset(void **state)
{
	struct core_record *r;

	(void)state;
	r = core_record_new(CORE_DONOR);
	assert_non_null(r);
	assert_int_equal(r->kind, CORE_DONOR);
	assert_true(r->v[CORE_DONOR_ACTIVE].set);
	assert_int_equal(r->v[CORE_DONOR_ACTIVE].num, 1);
	assert_false(r->v[CORE_DONOR_NAME].set);
	assert_string_equal(core_record_text(r, CORE_DONOR_NAME), "");

	assert_int_equal(core_record_set_text(r, CORE_DONOR_NAME, "مهدی یزدانی‌فر"), 0);
	assert_true(r->v[CORE_DONOR_NAME].set);
	assert_string_equal(core_record_text(r, CORE_DONOR_NAME), "مهدی یزدانی‌فر");
	assert_int_equal(core_record_set_text(r, CORE_DONOR_NAME, "علی"), 0);
	assert_string_equal(core_record_text(r, CORE_DONOR_NAME), "علی");
	assert_int_equal(core_record_set_text(r, CORE_DONOR_NAME, ""), 0);
	assert_false(r->v[CORE_DONOR_NAME].set);
	assert_null(r->v[CORE_DONOR_NAME].text);
	assert_int_equal(core_record_set_text(r, CORE_DONOR_NAME, "x"), 0);
	assert_int_equal(core_record_set_text(r, CORE_DONOR_NAME, NULL), 0);
	assert_false(r->v[CORE_DONOR_NAME].set);
	assert_int_equal(core_record_set_text(r, 99, "x"), CORE_EINVAL);

	core_record_set_num(r, CORE_DONOR_CAPACITY, 5000000);
	assert_true(r->v[CORE_DONOR_CAPACITY].set);
	assert_int_equal(r->v[CORE_DONOR_CAPACITY].num, 5000000);
	core_record_unset(r, CORE_DONOR_CAPACITY);
	assert_false(r->v[CORE_DONOR_CAPACITY].set);
	assert_string_equal(core_record_text(r, CORE_DONOR_CAPACITY), "");
	core_record_free(r);
	core_record_free(NULL);

	r = core_record_new(CORE_UNIT);
	assert_int_equal(r->v[CORE_UNIT_ACTIVE].num, 1);
	core_record_free(r);
	r = core_record_new(CORE_NEED);
	for (int i = 0; i < CORE_MAX_FIELDS; i++)
		assert_false(r->v[i].set);
	core_record_free(r);
	assert_null(core_record_new(CORE_NKINDS));
}

static void
test_dup_equal(void **state)
{
	struct core_record *a, *b, *c;
	int i;

	(void)state;
	a = core_record_new(CORE_DONOR);
	core_record_set_text(a, CORE_DONOR_ID, "TBZ-42");
	core_record_set_text(a, CORE_DONOR_NAME, "زهرا کریمی");
	core_record_set_text(a, CORE_DONOR_COUNTY, "TBZ");
	core_record_set_num(a, CORE_DONOR_INTERESTS, 1 << CORE_PT_COSTS);
	b = core_record_dup(a);
	assert_non_null(b);
	for (i = 0; i < CORE_MAX_FIELDS; i++)
		assert_true(core_value_equal(a, b, i) || i >= (int)core_schema_get(CORE_DONOR)->nfields);
	/* Deep: the texts are copies. */
	assert_ptr_not_equal(a->v[CORE_DONOR_NAME].text, b->v[CORE_DONOR_NAME].text);
	core_record_set_text(a, CORE_DONOR_NAME, "زهرا كريمي");	/* Arabic kaf/yeh */
	assert_false(core_value_equal(a, b, CORE_DONOR_NAME));
	assert_string_equal(core_record_text(b, CORE_DONOR_NAME), "زهرا کریمی");
	/* Unset vs set, and both unset. */
	assert_true(core_value_equal(a, b, CORE_DONOR_NOTES));
	core_record_set_text(b, CORE_DONOR_NOTES, "-");
	assert_false(core_value_equal(a, b, CORE_DONOR_NOTES));
	assert_false(core_value_equal(b, a, CORE_DONOR_NOTES));
	/* Numbers. */
	core_record_set_num(b, CORE_DONOR_INTERESTS, 1 << CORE_PT_SPACE);
	assert_false(core_value_equal(a, b, CORE_DONOR_INTERESTS));
	/* Different kinds never compare equal. */
	c = core_record_new(CORE_GROUP);
	assert_false(core_value_equal(a, c, 0));
	core_record_free(a);
	core_record_free(b);
	core_record_free(c);
	/* A number whose empty value means 0 (CORE_FF_ZERO, a stage's
	 * progress stored empty by an older version): empty and 0 are the
	 * same, empty and 40 are not.  Another number's empty is not 0. */
	a = core_record_new(CORE_STAGE);
	b = core_record_new(CORE_STAGE);
	assert_true(core_value_equal(a, b, CORE_STAGE_PROGRESS));
	core_record_set_num(b, CORE_STAGE_PROGRESS, 0);
	assert_true(core_value_equal(a, b, CORE_STAGE_PROGRESS));
	assert_true(core_value_equal(b, a, CORE_STAGE_PROGRESS));
	core_record_set_num(b, CORE_STAGE_PROGRESS, 40);
	assert_false(core_value_equal(a, b, CORE_STAGE_PROGRESS));
	assert_false(core_value_equal(b, a, CORE_STAGE_PROGRESS));
	core_record_free(a);
	core_record_free(b);
	a = core_record_new(CORE_NEED);
	b = core_record_new(CORE_NEED);
	core_record_set_num(b, CORE_NEED_URGENCY, 0);
	assert_false(core_value_equal(a, b, CORE_NEED_URGENCY));
	core_record_free(a);
	core_record_free(b);
	assert_null(core_record_dup(NULL));
}

static void
fmt_is(const struct core_record *r, int f, const char *want)
{
	char buf[128];
	size_t n = core_value_format(r, f, buf, sizeof(buf));

	assert_string_equal(buf, want);
	assert_int_equal(n, strlen(want));
}

static void
test_format(void **state)
{
	struct core_record *r;
	char small[5];
	int32_t day;

	(void)state;
	r = core_record_new(CORE_DONOR);
	fmt_is(r, CORE_DONOR_NAME, "");
	fmt_is(r, CORE_DONOR_ACTIVE, "1");
	core_record_set_num(r, CORE_DONOR_ACTIVE, 0);
	fmt_is(r, CORE_DONOR_ACTIVE, "0");
	core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_ORG);
	fmt_is(r, CORE_DONOR_KIND, "org");
	/* Sets in choice order, space separated. */
	core_record_set_num(r, CORE_DONOR_INTERESTS,
	    (1 << CORE_PT_POLICING) | (1 << CORE_PT_SPACE) | (1 << CORE_PT_SUPPORT));
	fmt_is(r, CORE_DONOR_INTERESTS, "space support policing");
	core_record_set_num(r, CORE_DONOR_INTERESTS, 0);
	fmt_is(r, CORE_DONOR_INTERESTS, "");
	core_record_set_num(r, CORE_DONOR_CAPACITY, 1000000000000000LL);
	fmt_is(r, CORE_DONOR_CAPACITY, "1000000000000000");
	core_record_set_text(r, CORE_DONOR_NAME, "شرکت آذر‌آب");
	fmt_is(r, CORE_DONOR_NAME, "شرکت آذر‌آب");
	/* Truncation follows snprintf: returns the length needed. */
	assert_int_equal(core_value_format(r, CORE_DONOR_CAPACITY, small, sizeof(small)), 16);
	assert_string_equal(small, "1000");
	assert_int_equal(core_value_format(r, CORE_DONOR_KIND, NULL, 0), 3);
	core_record_free(r);

	r = core_record_new(CORE_NEED);
	assert_int_equal(loc_jalali_to_day(1403, 1, 1, &day), 0);
	core_record_set_num(r, CORE_NEED_IDENTIFIED_ON, day);
	fmt_is(r, CORE_NEED_IDENTIFIED_ON, "1403/01/01");
	core_record_set_num(r, CORE_NEED_STATUS, CORE_NEED_IN_PROGRESS);
	fmt_is(r, CORE_NEED_STATUS, "in_progress");
	core_record_set_num(r, CORE_NEED_CATEGORY, CORE_PT_OVERSIGHT);
	fmt_is(r, CORE_NEED_CATEGORY, "oversight");
	core_record_set_num(r, CORE_NEED_URGENCY, 5);
	fmt_is(r, CORE_NEED_URGENCY, "5");
	core_record_free(r);
}

static void
test_ids(void **state)
{
	char st[CORE_STATION_MAX + 1], buf[CORE_ID_MAX];
	uint64_t seq = 0;

	(void)state;
	assert_int_equal(core_id_parse("TBZ-42", st, &seq), 0);
	assert_string_equal(st, "TBZ");
	assert_int_equal(seq, 42);
	assert_int_equal(core_id_parse("HQ-1", st, &seq), 0);
	assert_string_equal(st, "HQ");
	assert_int_equal(seq, 1);
	assert_int_equal(core_id_parse("ABCDEFGH-18446744073709551615", st, &seq), 0);
	assert_string_equal(st, "ABCDEFGH");
	assert_true(seq == UINT64_MAX);
	assert_int_equal(core_id_parse("DEMO7-0", NULL, NULL), 0);

	assert_int_equal(core_id_parse("ABCDEFGH-18446744073709551616", st, &seq), CORE_EINVAL);
	assert_int_equal(core_id_parse("T-1", st, &seq), CORE_EINVAL);
	assert_int_equal(core_id_parse("ABCDEFGHI-1", st, &seq), CORE_EINVAL);
	assert_int_equal(core_id_parse("TBZ-", st, &seq), CORE_EINVAL);
	assert_int_equal(core_id_parse("TBZ42", st, &seq), CORE_EINVAL);
	assert_int_equal(core_id_parse("-42", st, &seq), CORE_EINVAL);
	assert_int_equal(core_id_parse("TBZ-042", st, &seq), CORE_EINVAL);
	assert_int_equal(core_id_parse("TBZ-4a", st, &seq), CORE_EINVAL);
	assert_int_equal(core_id_parse("TBZ--4", st, &seq), CORE_EINVAL);
	assert_int_equal(core_id_parse("TB Z-4", st, &seq), CORE_EINVAL);
	assert_int_equal(core_id_parse("TBZ-۴۲", st, &seq), CORE_EINVAL);
	assert_int_equal(core_id_parse("تبر-4", st, &seq), CORE_EINVAL);
	assert_int_equal(core_id_parse("", st, &seq), CORE_EINVAL);
	assert_int_equal(core_id_parse(NULL, st, &seq), CORE_EINVAL);

	/* Typed in lower case: the record id it stands for. */
	assert_int_equal(core_id_raised("tbz-42", buf), 1);
	assert_string_equal(buf, "TBZ-42");
	assert_int_equal(core_id_raised("Hq-1", buf), 1);
	assert_string_equal(buf, "HQ-1");
	assert_int_equal(core_id_raised("TBZ-42", buf), 0);	/* already */
	assert_int_equal(core_id_raised("ali", buf), 0);	/* a login */
	assert_string_equal(buf, "ali");
	/* zeros before the number dropped, as a sheet pads it */
	assert_int_equal(core_id_raised("tbz-04", buf), 1);
	assert_string_equal(buf, "TBZ-4");
	assert_int_equal(core_id_raised("MRD-\xdb\xb0\xdb\xb9\xdb\xb9", buf), 1);	/* MRD-۰۹۹ */
	assert_string_equal(buf, "MRD-99");
	assert_int_equal(core_id_raised("TBZ-000", buf), 1);
	assert_string_equal(buf, "TBZ-0");
	assert_int_equal(core_id_raised("tbz-0x4", buf), 0);	/* not an id */
	/* a bare number: this station's record of that number */
	assert_int_equal(core_id_bare("503", "TBZ", buf), 1);
	assert_string_equal(buf, "TBZ-503");
	assert_int_equal(core_id_bare("\xdb\xb0\xdb\xb5\xdb\xb0\xdb\xb3", "HQ", buf), 1);	/* ۰۵۰۳ */
	assert_string_equal(buf, "HQ-503");
	assert_int_equal(core_id_bare("TBZ-503", "TBZ", buf), 0);
	assert_int_equal(core_id_bare("50 3", "TBZ", buf), 0);
	assert_int_equal(core_id_bare("", "TBZ", buf), 0);
	assert_int_equal(core_id_bare("503", NULL, buf), 0);
	assert_int_equal(core_id_bare("503", "", buf), 0);
	assert_int_equal(core_id_raised("abcdefghi-1", buf), 0);
	/* typed on a Persian keyboard: Persian or Arabic-Indic digits */
	assert_int_equal(core_id_raised("TBZ-\xdb\xb4\xdb\xb2", buf), 1);	/* TBZ-۴۲ */
	assert_string_equal(buf, "TBZ-42");
	assert_int_equal(core_id_raised("tbz-\xd9\xa4\xd9\xa2", buf), 1);	/* tbz-٤٢ */
	assert_string_equal(buf, "TBZ-42");
	assert_int_equal(core_id_raised("T\xdb\xb1-\xdb\xb1", buf), 1);	/* T۱-۱ */
	assert_string_equal(buf, "T1-1");
	assert_int_equal(core_id_raised("\xd8\xb9\xd9\x84\xdb\x8c", buf), 0);	/* a Persian login */

	/* A login typed with capitals: the login it stands for (lower case). */
	assert_int_equal(core_login_lowered("ALI-2", buf), 1);	/* an id's shape: still a login */
	assert_string_equal(buf, "ali-2");
	assert_int_equal(core_login_lowered("ali", buf), 0);
	assert_int_equal(core_login_lowered("ALI!", buf), 0);
	assert_int_equal(core_id_lowered("ALI", buf), 1);
	assert_string_equal(buf, "ali");
	assert_int_equal(core_id_lowered("Ali.Rezaei", buf), 1);
	assert_string_equal(buf, "ali.rezaei");
	assert_int_equal(core_id_lowered("ali", buf), 0);	/* already */
	assert_int_equal(core_id_lowered("TBZ-42", buf), 0);	/* a record id */
	assert_int_equal(core_id_lowered("tbz-42", buf), 0);	/* ... in any case */
	assert_int_equal(core_id_lowered("9AB", buf), 0);	/* not a login */
	assert_int_equal(core_id_lowered("ALI!", buf), 0);
	assert_int_equal(core_id_lowered("\xd8\xb9\xd9\x84\xdb\x8c", buf), 0);	/* Persian */
	assert_int_equal(core_login_valid("ali_2.x-y"), 1);
	assert_int_equal(core_login_valid("Ali"), 0);
	assert_int_equal(core_login_valid(""), 0);

	assert_int_equal(core_id_make("MRG", 7, buf), 0);
	assert_string_equal(buf, "MRG-7");
	assert_int_equal(core_id_make("ABCDEFGH", UINT64_MAX, buf), 0);
	assert_string_equal(buf, "ABCDEFGH-18446744073709551615");
	assert_int_equal(core_id_parse(buf, st, &seq), 0);
	assert_true(seq == UINT64_MAX);
	/* as snprintf "%s-%llu" writes it, at each number of digits */
	{
		uint64_t v = 1;
		char want[CORE_ID_MAX];
		int d;

		for (d = 0; d < 20; d++, v *= 10) {
			uint64_t around[3] = { v - 1, v, v + 1 };
			int j;

			for (j = 0; j < 3; j++) {
				snprintf(want, sizeof want, "TBZ-%llu", (unsigned long long)around[j]);
				assert_int_equal(core_id_make("TBZ", around[j], buf), 0);
				assert_string_equal(buf, want);
			}
		}
	}
	assert_int_equal(core_id_make("X", 1, buf), CORE_EINVAL);
	assert_int_equal(core_id_make("TB-Z", 1, buf), CORE_EINVAL);

	/* a station code typed: upper case, digits of any set ASCII */
	assert_int_equal(core_station_normalize("tb\xdb\xb2", buf), 0);	/* tb۲ */
	assert_string_equal(buf, "TB2");
	assert_int_equal(core_station_normalize("TB\xd9\xa3", buf), 0);	/* TB٣ */
	assert_string_equal(buf, "TB3");
	assert_int_equal(core_station_normalize("mrd", buf), 0);
	assert_string_equal(buf, "MRD");
	assert_int_equal(core_station_normalize("\xd8\xaa\xd8\xa8", buf), CORE_EINVAL);	/* تب */
	assert_string_equal(buf, "");
	assert_int_equal(core_station_normalize("T", buf), CORE_EINVAL);
	assert_true(core_station_valid("TBZ"));
	assert_true(core_station_valid("A1"));
	assert_true(core_station_valid("ABCDEFGH"));
	assert_false(core_station_valid("A"));
	assert_false(core_station_valid("ABCDEFGHI"));
	assert_false(core_station_valid("TB_Z"));
	assert_false(core_station_valid("تبریز"));
	assert_false(core_station_valid(""));
	assert_false(core_station_valid(NULL));
}

static void
test_counties(void **state)
{
	size_t n = 0;
	int tbz = -1, ajb = -1;

	(void)state;
	for (n = 0; core_counties_seed[n].code != NULL; n++) {
		assert_true(core_station_valid(core_counties_seed[n].code));
		assert_non_null(core_counties_seed[n].name_fa);
		assert_non_null(core_counties_seed[n].name_en);
		if (strcmp(core_counties_seed[n].code, "TBZ") == 0)
			tbz = (int)n;
		if (strcmp(core_counties_seed[n].code, "AJB") == 0)
			ajb = (int)n;
	}
	/* shared/data/counties-east-azerbaijan.txt lists 21 counties. */
	assert_int_equal(n, 21);
	assert_true(tbz >= 0 && ajb >= 0);
	assert_string_equal(core_counties_seed[tbz].name_fa, "تبریز");
	assert_string_equal(core_counties_seed[tbz].name_en, "Tabriz");
	assert_string_equal(core_counties_seed[ajb].name_fa, "عجب\u200cشیر");
}

static void
test_strerror(void **state)
{
	(void)state;
	assert_string_not_equal(core_strerror(CORE_EINVAL), core_strerror(CORE_ENOMEM));
	assert_string_not_equal(core_strerror(CORE_ERANGE), core_strerror(CORE_ENOTFOUND));
	assert_non_null(core_strerror(-999));
	assert_non_null(core_strerror(CORE_ECONSIST));
}

/* core_list_has: a whole word of a space-separated list, not a part of
 * one (TBZ-1 is not in "TBZ-12"), with runs of spaces at either end. */
static void
test_list_has(void **state)
{
	(void)state;
	assert_true(core_list_has("TBZ-12 TBZ-1", "TBZ-1", 5));
	assert_true(core_list_has("  TBZ-1  TBZ-12 ", "TBZ-12", 6));
	assert_false(core_list_has("TBZ-12 TBZ-10", "TBZ-1", 5));
	assert_false(core_list_has("TBZ-12", "TBZ-123", 7));
	assert_false(core_list_has("", "TBZ-1", 5));
	assert_false(core_list_has("space equipment", "", 0));
	assert_true(core_list_has("space equipment", "equipment", 9));
}

/* core_donor_inactive: a donor whose active field is 0 (imported as
 * active=0, or deactivated, which writes 0 there; typed «خیر» in
 * test_validate) is inactive; active=1, and a record of an older program
 * that lacks the field, are active (a deactivated donor as stored:
 * test_store). */
static void
test_donor_inactive(void **state)
{
	struct core_record *r;

	(void)state;
	assert_non_null(r = core_record_new(CORE_DONOR));
	assert_int_equal(core_record_set_text(r, CORE_DONOR_NAME, "زهرا احمدی‌نژاد"), 0);
	assert_false(core_donor_inactive(r));		/* new: active = 1 */
	core_record_set_num(r, CORE_DONOR_ACTIVE, 0);
	assert_true(core_donor_inactive(r));		/* marked inactive */
	core_record_set_num(r, CORE_DONOR_ACTIVE, 1);
	assert_false(core_donor_inactive(r));		/* active again */
	core_record_set_num(r, CORE_DONOR_ACTIVE, 0);
	core_record_unset(r, CORE_DONOR_ACTIVE);
	assert_false(core_donor_inactive(r));		/* field missing */

	core_record_free(r);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_schema_fields),
		cmocka_unit_test(test_schema_flags),
		cmocka_unit_test(test_choices),
		cmocka_unit_test(test_labels_translated),
		cmocka_unit_test(test_lookup),
		cmocka_unit_test(test_new_set_unset),
		cmocka_unit_test(test_dup_equal),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_ids),
		cmocka_unit_test(test_counties),
		cmocka_unit_test(test_strerror),
		cmocka_unit_test(test_list_has),
		cmocka_unit_test(test_donor_inactive),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
