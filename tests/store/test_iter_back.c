/*
 * tests/store/test_iter_back.c — iterating backwards (store_iter_last,
 * store_iter_prev): over a kind in id order, over an index value, over the
 * name order; empty ranges; stepping past the first entry; a position from
 * store_iter_pos in a later transaction, also once the entry it names has
 * moved away; the word search (store/search.c), one word and several, a
 * record matched by two of its words listed once either way.
 *
 * The backward orders are checked two ways: against the forward order read
 * with store_iter_next (reversed), and, for the name order, against the
 * order worked out by hand from the Persian alphabet (CLDR fa: آ ا ب پ ت ث
 * ج چ ح خ د ذ ر ز ژ س ش ص ض ط ظ ع غ ف ق ک گ ل م ن و ه ی), names sharing
 * a name in the order they were put (ids).
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
#include "store/store.h"

static char tmpdir[256];
static int dbn;

static int
init_fn(struct store_txn *t, void *ctx)
{
	return store_init(t, ctx, "ایستگاه تبریز");
}

struct donors {
	const char *const *names;
	const char *const *counties;	/* NULL: all TBZ */
	size_t n;
	char (*ids)[CORE_ID_MAX];
};

static int
put_fn(struct store_txn *t, void *ctx)
{
	struct donors *c = ctx;
	struct core_record *r;
	size_t i;
	int rc;

	for (i = 0; i < c->n; i++) {
		r = core_record_new(CORE_DONOR);
		core_record_set_num(r, CORE_DONOR_KIND, CORE_DONOR_PERSON);
		core_record_set_text(r, CORE_DONOR_NAME, c->names[i]);
		core_record_set_text(r, CORE_DONOR_COUNTY, c->counties ? c->counties[i] : "TBZ");
		rc = store_put_new(t, r, c->ids ? c->ids[i] : NULL);
		core_record_free(r);
		if (rc != 0)
			return rc;
	}
	/* A group: entries of another kind after the donors' in the name
	 * index and the county index. */
	r = core_record_new(CORE_GROUP);
	core_record_set_num(r, CORE_GROUP_KIND, 0);
	core_record_set_text(r, CORE_GROUP_NAME, "آبادگران");
	core_record_set_text(r, CORE_GROUP_COUNTY, "MRG");
	rc = store_put_new(t, r, NULL);
	core_record_free(r);
	return rc;
}

static struct store *
open_with(const char *const *names, const char *const *counties, size_t n,
    char (*ids)[CORE_ID_MAX])
{
	struct store *st;
	struct donors c = { names, counties, n, ids };
	char p[512];

	snprintf(p, sizeof p, "%s/db%d", tmpdir, ++dbn);
	assert_int_equal(store_open(p, STORE_CREATE | STORE_NOSYNC, &st), 0);
	assert_int_equal(store_write(st, init_fn, "TBZ"), 0);
	assert_int_equal(store_user_set(st, "clerk1"), 0);
	assert_int_equal(store_write(st, put_fn, &c), 0);
	return st;
}

enum which { W_KIND, W_INDEX, W_NAMES, W_WORDS, W_ONE };

/* The iterator w; arg is the county (W_INDEX), the text typed (W_WORDS) or
 * the id (W_ONE). */
static struct store_iter *
iter(struct store_txn *t, enum which w, const char *arg)
{
	struct store_iter *it = NULL;

	if (w == W_KIND)
		assert_int_equal(store_iter_kind(t, CORE_DONOR, &it), 0);
	else if (w == W_INDEX)
		assert_int_equal(store_iter_index(t, CORE_DONOR, CORE_DONOR_COUNTY, arg, &it), 0);
	else if (w == W_ONE)
		assert_int_equal(store_iter_one(t, CORE_DONOR, arg, &it), 0);
	else
		assert_int_equal(store_iter_search(t, CORE_DONOR, w == W_WORDS ? arg : "", &it), 0);
	return it;
}

/* Forward ids into fw, backward ids (from store_iter_last) into bw; returns
 * how many of each (asserted equal); checks the ends. */
static size_t
both_ways(struct store *st, enum which w, const char *county, char (*fw)[CORE_ID_MAX],
    char (*bw)[CORE_ID_MAX], size_t max)
{
	struct store_txn *t;
	struct store_iter *it;
	char id[CORE_ID_MAX];
	size_t nf = 0, nb = 0;

	assert_int_equal(store_read_begin(st, &t), 0);
	it = iter(t, w, county);
	while (store_iter_next(it, id) == 0) {
		assert_true(nf < max);
		strcpy(fw[nf++], id);
	}
	store_iter_free(it);
	it = iter(t, w, county);
	assert_int_equal(store_iter_last(it), 0);
	assert_int_equal(store_iter_next(it, id), STORE_ENOTFOUND);	/* at the end */
	while (store_iter_prev(it, id) == 0) {
		assert_true(nb < max);
		strcpy(bw[nb++], id);
	}
	/* past the first: nothing, again, and the position stays on the first
	 * entry, so next gives the second */
	assert_int_equal(store_iter_prev(it, id), STORE_ENOTFOUND);
	if (nb >= 2) {
		assert_int_equal(store_iter_next(it, id), 0);
		assert_string_equal(id, bw[nb - 2]);
		assert_int_equal(store_iter_prev(it, id), 0);
		assert_string_equal(id, bw[nb - 1]);
	}
	store_iter_free(it);
	store_read_end(t);
	assert_int_equal(nb, nf);
	return nf;
}

static void
assert_reversed(char (*fw)[CORE_ID_MAX], char (*bw)[CORE_ID_MAX], size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		assert_string_equal(bw[i], fw[n - 1 - i]);
}

/* Names, not all in name order, with a ZWNJ name, Arabic ي/ك typed, and one
 * name twice. */
static const char *const people[] = {
	"زهرا کریمی",		/* 1 */
	"علی کریمی",		/* 2 */
	"اکبر نوروزی‌فر",	/* 3 */
	"مریم کریم‌زاده",	/* 4 */
	"علی کریمی",		/* 5: the same name as 2 */
	"حسن نوروزی",		/* 6 */
	"كريم احمدي",		/* 7: Arabic kaf and yeh, stored as کریم احمدی */
	"بهاره ۱۲ صادقی",	/* 8 */
	"کریم کریمی",		/* 9: two words starting with کریم */
};
#define NPEOPLE (sizeof people / sizeof people[0])
static const char *const counties[NPEOPLE] = {
	"TBZ", "MRG", "AHR", "MRG", "MRG", "TBZ", "MRG", "AHR", "TBZ",
};

static void
test_kind_backwards(void **state)
{
	char ids[NPEOPLE][CORE_ID_MAX], fw[32][CORE_ID_MAX], bw[32][CORE_ID_MAX];
	struct store *st = open_with(people, counties, NPEOPLE, ids);
	size_t n, i;

	(void)state;
	n = both_ways(st, W_KIND, NULL, fw, bw, 32);
	assert_int_equal(n, NPEOPLE);
	assert_reversed(fw, bw, n);
	/* id order is the order they were put (TBZ-1 .. TBZ-9) */
	for (i = 0; i < n; i++)
		assert_string_equal(bw[i], ids[NPEOPLE - 1 - i]);
	store_close(st);
}

static void
test_index_backwards(void **state)
{
	char ids[NPEOPLE][CORE_ID_MAX], fw[32][CORE_ID_MAX], bw[32][CORE_ID_MAX];
	struct store *st = open_with(people, counties, NPEOPLE, ids);
	size_t n;

	(void)state;
	/* MRG: donors 2, 4, 5, 7 (AHR before, TBZ after, a group's MRG in
	 * another kind's range) */
	n = both_ways(st, W_INDEX, "MRG", fw, bw, 32);
	assert_int_equal(n, 4);
	assert_reversed(fw, bw, n);
	assert_string_equal(bw[0], ids[6]);
	assert_string_equal(bw[1], ids[4]);
	assert_string_equal(bw[2], ids[3]);
	assert_string_equal(bw[3], ids[1]);
	n = both_ways(st, W_INDEX, "AHR", fw, bw, 32);
	assert_int_equal(n, 2);
	assert_string_equal(bw[0], ids[7]);
	assert_string_equal(bw[1], ids[2]);
	/* a county nobody is in: empty either way */
	assert_int_equal(both_ways(st, W_INDEX, "HST", fw, bw, 32), 0);
	store_close(st);
}

/* store_iter_one: the one record either way, none for an id not here or
 * of another kind; a position kept and sought again. */
static void
test_one(void **state)
{
	char ids[NPEOPLE][CORE_ID_MAX], fw[32][CORE_ID_MAX], bw[32][CORE_ID_MAX], id[CORE_ID_MAX];
	struct store *st = open_with(people, counties, NPEOPLE, ids);
	struct store_txn *t;
	struct store_iter *it;
	struct store_pos pos;

	(void)state;
	assert_int_equal(both_ways(st, W_ONE, ids[3], fw, bw, 32), 1);
	assert_string_equal(fw[0], ids[3]);
	assert_string_equal(bw[0], ids[3]);
	assert_int_equal(both_ways(st, W_ONE, "TBZ-99", fw, bw, 32), 0);
	assert_int_equal(both_ways(st, W_ONE, "TBZ-10", fw, bw, 32), 0);	/* the group */
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_iter_one(t, CORE_DONOR, "no id", &it), STORE_EINVAL);
	assert_null(it);
	assert_int_equal(store_iter_one(t, CORE_DONOR, ids[0], &it), 0);
	assert_int_equal(store_iter_next(it, id), 0);
	assert_string_equal(id, ids[0]);
	store_iter_pos(it, &pos);
	assert_int_equal(store_iter_next(it, id), STORE_ENOTFOUND);
	store_iter_free(it);
	assert_int_equal(store_iter_one(t, CORE_DONOR, ids[0], &it), 0);
	assert_int_equal(store_iter_seek(it, &pos), 0);
	assert_int_equal(store_iter_next(it, id), STORE_ENOTFOUND);	/* after its one entry */
	store_iter_free(it);
	store_read_end(t);
	store_close(st);
}

static void
test_names_backwards(void **state)
{
	char ids[NPEOPLE][CORE_ID_MAX], fw[32][CORE_ID_MAX], bw[32][CORE_ID_MAX];
	struct store *st = open_with(people, counties, NPEOPLE, ids);
	/* by hand: ا ب ح ز ع(2, 5) کریم ا(7) کریم ک(9) م, backwards */
	const int want[NPEOPLE] = { 4, 9, 7, 5, 2, 1, 6, 8, 3 };
	size_t n, i;

	(void)state;
	n = both_ways(st, W_NAMES, NULL, fw, bw, 32);
	assert_int_equal(n, NPEOPLE);	/* no group from the next kind */
	assert_reversed(fw, bw, n);
	for (i = 0; i < n; i++)
		assert_string_equal(bw[i], ids[want[i] - 1]);
	store_close(st);
}

static void
test_empty(void **state)
{
	struct store *st = open_with(people, counties, 0, NULL);
	struct store_txn *t;
	struct store_iter *it;
	char id[CORE_ID_MAX], fw[4][CORE_ID_MAX], bw[4][CORE_ID_MAX];

	(void)state;
	assert_int_equal(both_ways(st, W_KIND, NULL, fw, bw, 4), 0);
	assert_int_equal(both_ways(st, W_INDEX, "MRG", fw, bw, 4), 0);
	assert_int_equal(both_ways(st, W_NAMES, NULL, fw, bw, 4), 0);
	/* a kind with no records at all, and prev on a fresh iterator (at the
	 * beginning) */
	assert_int_equal(store_read_begin(st, &t), 0);
	assert_int_equal(store_iter_kind(t, CORE_NEED, &it), 0);
	assert_int_equal(store_iter_prev(it, id), STORE_ENOTFOUND);
	assert_int_equal(store_iter_last(it), 0);
	assert_int_equal(store_iter_prev(it, id), STORE_ENOTFOUND);
	assert_int_equal(store_iter_next(it, id), STORE_ENOTFOUND);
	store_iter_free(it);
	/* the groups' names: the last range of the name index (nothing after
	 * it), holding the one group */
	assert_int_equal(store_iter_search(t, CORE_GROUP, "", &it), 0);
	assert_int_equal(store_iter_last(it), 0);
	assert_int_equal(store_iter_prev(it, id), 0);
	assert_string_equal(id, "TBZ-1");
	assert_int_equal(store_iter_prev(it, id), STORE_ENOTFOUND);
	store_iter_free(it);
	store_read_end(t);
	store_close(st);
}

struct upd {
	const char *id;
	int field;
	const char *text;
};

static int
upd_fn(struct store_txn *t, void *ctx)
{
	struct upd *u = ctx;
	struct core_record *r;
	struct store_meta m;
	int rc;

	if ((rc = store_get(t, CORE_DONOR, u->id, &r, &m)) != 0)
		return rc;
	core_record_set_text(r, u->field, u->text);
	rc = store_update(t, r, m.rev);
	core_record_free(r);
	return rc;
}

/* The position of id in iterator w (walked forwards). */
static void
pos_of(struct store *st, enum which w, const char *county, const char *want,
    struct store_pos *pos)
{
	struct store_txn *t;
	struct store_iter *it;
	char id[CORE_ID_MAX];
	int found = 0;

	assert_int_equal(store_read_begin(st, &t), 0);
	it = iter(t, w, county);
	while (!found && store_iter_next(it, id) == 0)
		if (strcmp(id, want) == 0) {
			store_iter_pos(it, pos);
			found = 1;
		}
	assert_true(found);
	store_iter_free(it);
	store_read_end(t);
}

/* The id before (dir < 0) or after pos in a new transaction. */
static void
step_from(struct store *st, enum which w, const char *county, const struct store_pos *pos,
    int dir, const char *want)
{
	struct store_txn *t;
	struct store_iter *it;
	char id[CORE_ID_MAX];

	assert_int_equal(store_read_begin(st, &t), 0);
	it = iter(t, w, county);
	assert_int_equal(store_iter_seek(it, pos), 0);
	if (want == NULL) {
		assert_int_equal(dir < 0 ? store_iter_prev(it, id) : store_iter_next(it, id),
		    STORE_ENOTFOUND);
	} else {
		assert_int_equal(dir < 0 ? store_iter_prev(it, id) : store_iter_next(it, id), 0);
		assert_string_equal(id, want);
	}
	store_iter_free(it);
	store_read_end(t);
}

static void
test_positions(void **state)
{
	char ids[NPEOPLE][CORE_ID_MAX];
	struct store *st = open_with(people, counties, NPEOPLE, ids);
	struct store_pos pos;
	struct store_txn *t;
	struct store_iter *it;
	char id[CORE_ID_MAX], first[CORE_ID_MAX];
	struct upd u;

	(void)state;
	/* Name order: ا(3) ب(8) ح(6) ز(1) ع(2) ع(5) ک(7) م(4).  From the
	 * second علی کریمی (5) back to the first (2), forward to کریم (7). */
	pos_of(st, W_NAMES, NULL, ids[4], &pos);
	step_from(st, W_NAMES, NULL, &pos, -1, ids[1]);
	step_from(st, W_NAMES, NULL, &pos, 1, ids[6]);
	/* Prev then next: next returns the entry after the one prev gave. */
	assert_int_equal(store_read_begin(st, &t), 0);
	it = iter(t, W_NAMES, NULL);
	assert_int_equal(store_iter_seek(it, &pos), 0);
	assert_int_equal(store_iter_prev(it, id), 0);
	assert_string_equal(id, ids[1]);
	assert_int_equal(store_iter_prev(it, id), 0);
	assert_string_equal(id, ids[0]);			/* زهرا */
	store_iter_pos(it, &pos);
	assert_int_equal(store_iter_next(it, id), 0);
	assert_string_equal(id, ids[1]);
	store_iter_free(it);
	store_read_end(t);
	/* The position of زهرا (1), kept while she is renamed "یاسمن": her
	 * old name key is gone; before it is still حسن (6), after it علی (2). */
	u.id = ids[0];
	u.field = CORE_DONOR_NAME;
	u.text = "یاسمن کریمی";
	assert_int_equal(store_write(st, upd_fn, &u), 0);
	step_from(st, W_NAMES, NULL, &pos, -1, ids[5]);
	step_from(st, W_NAMES, NULL, &pos, 1, ids[1]);
	/* The second علی کریمی (5) renamed: from its old position, back is
	 * the first (2), whose record key is before it under the same name. */
	pos_of(st, W_NAMES, NULL, ids[4], &pos);
	u.id = ids[4];
	u.text = "آرش کریمی";
	assert_int_equal(store_write(st, upd_fn, &u), 0);
	step_from(st, W_NAMES, NULL, &pos, -1, ids[1]);
	/* ... and the new first name in the order: آ before ا */
	assert_int_equal(store_read_begin(st, &t), 0);
	it = iter(t, W_NAMES, NULL);
	assert_int_equal(store_iter_next(it, first), 0);
	assert_string_equal(first, ids[4]);
	store_iter_pos(it, &pos);
	assert_int_equal(store_iter_prev(it, id), STORE_ENOTFOUND);
	store_iter_free(it);
	store_read_end(t);
	step_from(st, W_NAMES, NULL, &pos, -1, NULL);
	/* Index: the last MRG donor (7) moved to TBZ; from its position the
	 * MRG range has 5, 4, 2 before it, and nothing after. */
	pos_of(st, W_INDEX, "MRG", ids[6], &pos);
	u.id = ids[6];
	u.field = CORE_DONOR_COUNTY;
	u.text = "TBZ";
	assert_int_equal(store_write(st, upd_fn, &u), 0);
	step_from(st, W_INDEX, "MRG", &pos, -1, ids[4]);
	step_from(st, W_INDEX, "MRG", &pos, 1, NULL);
	/* Kind: from the third record back to the second, on to the fourth. */
	pos_of(st, W_KIND, NULL, ids[2], &pos);
	step_from(st, W_KIND, NULL, &pos, -1, ids[1]);
	step_from(st, W_KIND, NULL, &pos, 1, ids[3]);
	store_close(st);
}

static void
test_words_backwards(void **state)
{
	char ids[NPEOPLE][CORE_ID_MAX], fw[32][CORE_ID_MAX], bw[32][CORE_ID_MAX];
	struct store *st = open_with(people, counties, NPEOPLE, ids);
	struct store_pos pos;
	/* By the matched word, then id: کریم (7, 9) < کریم‌زاده (4) <
	 * کریمی (1, 2, 5; 9 already listed at its کریم), backwards. */
	const int want[] = { 5, 2, 1, 4, 9, 7 };
	size_t n, i;

	(void)state;
	n = both_ways(st, W_WORDS, "کریم", fw, bw, 32);
	assert_int_equal(n, 6);
	assert_reversed(fw, bw, n);
	for (i = 0; i < n; i++)
		assert_string_equal(bw[i], ids[want[i] - 1]);
	/* Arabic kaf and yeh typed, two words in the other order */
	n = both_ways(st, W_WORDS, "كريمي علي", fw, bw, 32);
	assert_int_equal(n, 2);
	assert_string_equal(bw[0], ids[4]);
	assert_string_equal(bw[1], ids[1]);
	/* a space after the word: its start still, as without it */
	n = both_ways(st, W_WORDS, "کریم ", fw, bw, 32);
	assert_int_equal(n, 6);
	for (i = 0; i < n; i++)
		assert_string_equal(bw[i], ids[want[i] - 1]);
	/* two words on two words of the name: کریم کریمی (9) alone, at its
	 * کریم; the other entries of the range (7, 4, 1, 2, 5, and 9's
	 * کریمی) skipped both ways */
	n = both_ways(st, W_WORDS, "کریم کریم", fw, bw, 32);
	assert_int_equal(n, 1);
	assert_string_equal(bw[0], ids[8]);
	assert_int_equal(both_ways(st, W_WORDS, "پروین", fw, bw, 32), 0);
	/* From زهرا کریمی (1): back to کریم‌زاده (4), on to علی کریمی (2). */
	pos_of(st, W_WORDS, "کریم", ids[0], &pos);
	step_from(st, W_WORDS, "کریم", &pos, -1, ids[3]);
	step_from(st, W_WORDS, "کریم", &pos, 1, ids[1]);
	/* From the first (7): nothing before. */
	pos_of(st, W_WORDS, "کریم", ids[6], &pos);
	step_from(st, W_WORDS, "کریم", &pos, -1, NULL);
	store_close(st);
}

/* store_iter_seek_id on iterator w, for every id forward (fw[0..n)):
 * the position is the one walking gives, next the id after it, prev the
 * one before. */
static void
seek_each(struct store *st, enum which w, const char *county, char (*fw)[CORE_ID_MAX], size_t n)
{
	struct store_txn *t;
	struct store_iter *it;
	struct store_pos want, got;
	char id[CORE_ID_MAX];
	size_t i;

	for (i = 0; i < n; i++) {
		pos_of(st, w, county, fw[i], &want);
		assert_int_equal(store_read_begin(st, &t), 0);
		it = iter(t, w, county);
		assert_int_equal(store_iter_seek_id(it, fw[i]), 0);
		store_iter_pos(it, &got);
		assert_int_equal(got.len, want.len);
		assert_memory_equal(got.key, want.key, want.len);
		if (i + 1 < n) {
			assert_int_equal(store_iter_next(it, id), 0);
			assert_string_equal(id, fw[i + 1]);
		} else {
			assert_int_equal(store_iter_next(it, id), STORE_ENOTFOUND);
		}
		store_iter_free(it);
		it = iter(t, w, county);
		assert_int_equal(store_iter_seek_id(it, fw[i]), 0);
		if (i > 0) {
			assert_int_equal(store_iter_prev(it, id), 0);
			assert_string_equal(id, fw[i - 1]);
		} else {
			assert_int_equal(store_iter_prev(it, id), STORE_ENOTFOUND);
		}
		store_iter_free(it);
		store_read_end(t);
	}
}

/* store_iter_seek_id: onto a record's own entry by its key, in id order,
 * an index value's range and name order (a ZWNJ name, one typed with
 * Arabic ي/ك, two records of one name); not onto a record outside the
 * range, an id not here, one of another kind, nor in a search by words. */
static void
test_seek_id(void **state)
{
	char ids[NPEOPLE][CORE_ID_MAX], fw[32][CORE_ID_MAX], bw[32][CORE_ID_MAX];
	char names[32][CORE_ID_MAX];
	struct store *st = open_with(people, counties, NPEOPLE, ids);
	struct store_txn *t;
	struct store_iter *it;
	char id[CORE_ID_MAX];
	size_t n;

	(void)state;
	n = both_ways(st, W_NAMES, NULL, names, bw, 32);
	assert_int_equal(n, NPEOPLE);
	seek_each(st, W_NAMES, NULL, names, n);
	n = both_ways(st, W_KIND, NULL, fw, bw, 32);
	seek_each(st, W_KIND, NULL, fw, n);
	n = both_ways(st, W_INDEX, "MRG", fw, bw, 32);
	seek_each(st, W_INDEX, "MRG", fw, n);
	assert_int_equal(store_read_begin(st, &t), 0);
	it = iter(t, W_INDEX, "MRG");
	assert_int_equal(store_iter_seek_id(it, ids[2]), STORE_ENOTFOUND);	/* AHR's */
	store_iter_free(it);
	it = iter(t, W_NAMES, NULL);
	assert_int_equal(store_iter_seek_id(it, "TBZ-99"), STORE_ENOTFOUND);
	assert_int_equal(store_iter_seek_id(it, "TBZ-10"), STORE_ENOTFOUND);	/* the group */
	assert_int_equal(store_iter_seek_id(it, "no id"), STORE_ENOTFOUND);
	/* a failed seek leaves the iterator where it was: at the beginning */
	assert_int_equal(store_iter_next(it, id), 0);
	assert_string_equal(id, names[0]);
	store_iter_free(it);
	it = iter(t, W_WORDS, "کریم");
	assert_int_equal(store_iter_seek_id(it, ids[0]), STORE_EINVAL);
	store_iter_free(it);
	/* the group's own name order */
	assert_int_equal(store_iter_search(t, CORE_GROUP, "", &it), 0);
	assert_int_equal(store_iter_seek_id(it, "TBZ-10"), 0);
	assert_int_equal(store_iter_next(it, id), STORE_ENOTFOUND);
	assert_int_equal(store_iter_prev(it, id), STORE_ENOTFOUND);
	store_iter_free(it);
	store_read_end(t);
	store_close(st);
}

static int
setup(void **state)
{
	const char *base = getenv("TMPDIR");

	(void)state;
	snprintf(tmpdir, sizeof tmpdir, "%s/iterback.XXXXXX", base && *base ? base : "/tmp");
	return mkdtemp(tmpdir) == NULL ? -1 : 0;
}

static int
teardown(void **state)
{
	char cmd[600];

	(void)state;
	snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmpdir);
	return system(cmd) == 0 ? 0 : -1;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kind_backwards),
		cmocka_unit_test(test_index_backwards),
		cmocka_unit_test(test_one),
		cmocka_unit_test(test_names_backwards),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_positions),
		cmocka_unit_test(test_words_backwards),
		cmocka_unit_test(test_seek_id),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
